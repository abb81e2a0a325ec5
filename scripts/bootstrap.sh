#!/usr/bin/env bash
# Idempotent set-up used by every make target: system packages (when root and
# missing), a virtualenv, aiwatch itself (editable, with the server extra) and
# the development tools, all at the versions pinned in constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}
APT_PKGS=()
command -v promtool >/dev/null 2>&1 || APT_PKGS+=(prometheus)
command -v amtool >/dev/null 2>&1 || APT_PKGS+=(prometheus-alertmanager)
command -v docker-compose >/dev/null 2>&1 || APT_PKGS+=(docker-compose)
command -v vmalert >/dev/null 2>&1 || APT_PKGS+=(victoria-metrics)
command -v npm >/dev/null 2>&1 || APT_PKGS+=(npm)
# Headless Chromium for the browser test of the notification inbox (tests/firsthour). Large (~300 MB),
# so only installed when missing; the tests drive it through the system chromedriver, never a download.
command -v chromium >/dev/null 2>&1 || APT_PKGS+=(chromium)
command -v chromedriver >/dev/null 2>&1 || APT_PKGS+=(chromium-driver)

if ((${#APT_PKGS[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${APT_PKGS[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${APT_PKGS[@]}" >/dev/null
    # Debian starts packaged daemons where an init system runs; aiwatch runs its
    # own instances on its own ports and data directories, so stop those.
    for svc in prometheus prometheus-alertmanager prometheus-node-exporter victoria-metrics; do
      (command -v systemctl >/dev/null 2>&1 && systemctl stop "$svc" 2>/dev/null) || true
      (command -v service >/dev/null 2>&1 && service "$svc" stop >/dev/null 2>&1) || true
    done
  else
    echo "bootstrap: missing ${APT_PKGS[*]}; run as root or install them: apt-get install ${APT_PKGS[*]}" >&2
    exit 1
  fi
fi

STAMP="$VENV/.installed"
if [[ ! -x "$VENV/bin/python" ]]; then
  "$PYTHON" -m venv "$VENV"
fi
if [[ ! -f "$STAMP" || requirements.txt -nt "$STAMP" || requirements-dev.txt -nt "$STAMP" \
      || constraints.txt -nt "$STAMP" || pyproject.toml -nt "$STAMP" ]]; then
  echo "bootstrap: installing pinned Python dependencies into $VENV"
  PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt)
  # The build backend first: the editable install of aiwatch (`-e .[server]` in
  # requirements.txt) is then built with it, without an isolated build env.
  "${PIP[@]}" setuptools wheel
  "${PIP[@]}" --no-build-isolation -r requirements-dev.txt
  touch "$STAMP"
fi
# The prometheus-operator CRD schemas the bundle test validates against (versions in package-lock.json).
CRD_VALIDATOR=tests/deploy/crd-validator
if [[ ! -d $CRD_VALIDATOR/node_modules || $CRD_VALIDATOR/package-lock.json -nt $CRD_VALIDATOR/node_modules ]]; then
  echo "bootstrap: installing the pinned CRD schema validator into $CRD_VALIDATOR"
  (cd "$CRD_VALIDATOR" && npm ci --silent) && touch "$CRD_VALIDATOR/node_modules"
fi
