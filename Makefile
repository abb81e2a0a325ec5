# aiwatch — the Makefile is the user interface. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      ?= .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
RUN_DIR   ?= run
SCENARIO  ?= normal
RATE      ?= 20
TEST_WORKERS ?= 3
PY_SRC    := app tests scripts bench examples conftest.py
DURATION  ?=
TARGET    ?= http://127.0.0.1:$(or $(AIWATCH_PORT),8000)
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: help setup up down status doctor demo test test-durations lint fmt dashboards rules generate measure bench bench-capacity loadtest \
        eval-safety train-safety import-dashboards clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-18s\033[0m %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml scripts/bootstrap.sh
	@scripts/bootstrap.sh

setup: ## install system packages (when root), the virtualenv and pinned deps
	@scripts/bootstrap.sh

up: $(STAMP) ## start the stack (Docker Compose, or natively without a Docker engine)
	@$(PY) -m aiwatch.stack up --run-dir $(RUN_DIR)

down: $(STAMP) ## stop what `make up` started
	@$(PY) -m aiwatch.stack down --run-dir $(RUN_DIR)

status: $(STAMP) ## show the health of each component (a stopped stack is reported, not an error)
	@$(PY) -m aiwatch.stack status --run-dir $(RUN_DIR); rc=$$?; [ $$rc -eq 3 ] && rc=0; exit $$rc

doctor: $(STAMP) ## check the running stack against the production checklist (docs/production.md)
	@$(VENV)/bin/aiwatch doctor --run-dir $(RUN_DIR) $(if $(GRAFANA_URL),--grafana-url "$(GRAFANA_URL)") $(DOCTOR_ARGS)

demo: $(STAMP) ## simulated traffic: make demo SCENARIO=error-burst [RATE=20 DURATION=<s>]; prints what to expect
	@$(VENV)/bin/aiwatch simulate --scenario $(SCENARIO) --rate $(RATE) $(if $(DURATION),--duration $(DURATION)) --target $(TARGET)

generate: $(STAMP) ## regenerate committed artifacts (rules, docs/alerts.md, dashboards, deploy/kubernetes, prefilter atoms)
	@$(PY) -m aiwatch.mixin generate
	@$(PY) -m aiwatch.deploy.kubernetes
	@$(PY) -m aiwatch.safety

rules: $(STAMP) ## regenerate rules/ and docs/alerts.md from config/thresholds.yaml
	@$(PY) -m aiwatch.mixin rules

dashboards: $(STAMP) ## regenerate grafana/dashboards/*.json from app/aiwatch/mixin/dashboards
	@$(PY) -m aiwatch.mixin dashboards

measure: $(STAMP) ## re-measure alert detection times (traffic matrix in promtool) into docs/alerts.md
	@$(PY) -m aiwatch.mixin measure

lint: $(STAMP) ## ruff, promtool and amtool checks, generated files fresh
	@$(VENV)/bin/ruff check $(PY_SRC)
	@$(VENV)/bin/ruff format --check $(PY_SRC)
	@promtool check rules rules/*.yml rules/optional/*.yml >/dev/null
	@amtool check-config alertmanager/alertmanager.yml >/dev/null
	@$(PY) -m aiwatch.mixin generate --check
	@$(PY) -m aiwatch.deploy.kubernetes --check

fmt: $(STAMP) ## format the code with ruff
	@$(VENV)/bin/ruff check --fix $(PY_SRC)
	@$(VENV)/bin/ruff format $(PY_SRC)

test: $(STAMP) lint ## run every test (unit, promtool, amtool, end to end)
	@$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=15

test-durations: $(STAMP) ## copy the per-module seconds the last whole `make test` measured into tests/durations.json
	@$(PY) -m tests.support.durations

bench: $(STAMP) ## run the benchmarks and write docs/benchmarks.md
	@$(PY) -m bench

bench-capacity: $(STAMP) ## series, memory and rule evaluation at 100 and 1,000 services (minutes)
	@$(PY) -m bench capacity

loadtest: $(STAMP) ## bounded load test on loopback; figures go to docs/benchmarks.md
	@$(PY) -m bench.loadtest

eval-safety: $(STAMP) ## held-out accuracy of the safety checks, written to docs/benchmarks.md
	@$(PY) -m bench.eval_safety --write

train-safety: $(STAMP) ## retrain the scoring model (app/aiwatch/safety/model.json) from dev sources; LOSO figures to docs/benchmarks.md
	@$(PY) -m bench.train_safety_model

import-dashboards: $(STAMP) ## push dashboards to Grafana: make import-dashboards GRAFANA_URL=… GRAFANA_TOKEN=…
	@$(PY) -m aiwatch.mixin import-dashboards --url "$(GRAFANA_URL)" --token "$(GRAFANA_TOKEN)"

clean: ## remove the virtualenv and the run directory
	rm -rf $(VENV) $(RUN_DIR)
