"""Every `make demo` scenario tells one story: on the fast profile it fires exactly its own alerts.

All eight run at once, each against its own exporter (real gunicorn) and Prometheus (fast rules
rendered from the demo config, 1 s intervals), driven by the real `aiwatch simulate` at the
`make demo` rate. Prometheus loads its rules only after its first scrape of the exporter, as the
native stack does, so nothing fires for a target not yet scraped. The firing alert names of each
scenario (Watchdog excluded) must equal the scenario's `alerts` list: a missing one means the
story is not told, an extra one means it is told badly.

The servers start all at once (support.servers: threads, each waiting for its own health check);
eight exporters in a row took most of the test's time. Round 22, on the shared 2-core host: 308 s
with the servers started one after another (load average 8-14), 185-195 s started at once (three
runs, load average 18-26), 155 s also stopped at once (load average 9-25); the traffic and the
watch are 83 s of that.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
import requests
from aiwatch.mixin.thresholds import thresholds_path
from aiwatch.simulate import SCENARIOS
from aiwatch.stack.democonfig import render_demo_config
from aiwatch.stack.local import start_exporter, start_prometheus
from aiwatch.stack.processes import LOOPBACK, Child, wait_for
from aiwatch.stack.rules import render_rules
from support.servers import distinct_free_ports, start_all

pytestmark = pytest.mark.e2e
DURATION = 75  # seconds of traffic: drift needs its baseline phase, TTFT evidence builds up slowly
RATE = "20"  # the make demo default


def test_each_scenario_fires_its_own_alerts_and_no_others(tmp_path: Path) -> None:
    config = render_demo_config(tmp_path / "config")
    rules = render_rules("fast", tmp_path / "rules-fast", thresholds_path(config))
    fired: dict[str, dict[str, float]] = {name: {} for name in SCENARIOS}
    names = list(SCENARIOS)
    for name in names:
        (tmp_path / name / "rules").mkdir(parents=True)
    ports = distinct_free_ports(len(names))
    with ExitStack() as stack:
        exps = start_all(
            stack,
            [
                functools.partial(
                    start_exporter, tmp_path / n, workers=1, port=ports.pop(), config_dir=config
                )
                for n in names
            ],
        )
        targets = [{"aiwatch": [f"{LOOPBACK}:{exp.port}"]} for exp in exps]
        ports = distinct_free_ports(len(names))  # chosen once the exporters hold theirs
        prom_list = start_all(
            stack,
            [
                functools.partial(
                    start_prometheus, tmp_path / n, t, port=ports.pop(), rules_dir=tmp_path / n / "rules"
                )
                for n, t in zip(names, targets, strict=True)
            ],
        )
        proms = {n: (prom, exp, tmp_path / n) for n, exp, prom in zip(names, exps, prom_list, strict=True)}
        sims = {}
        for name, (prom, _, work) in proms.items():
            wait_for(lambda p=prom: p.targets_up().get("aiwatch") == 1.0, 60, what=f"{name}: first scrape")
            for f in rules.glob("*.yml"):
                shutil.copy(f, work / "rules" / f.name)
            assert requests.post(prom.url + "/-/reload", timeout=30).status_code == 200
        start = time.monotonic()
        for name, (_, exp, work) in proms.items():
            argv = [sys.executable, "-m", "aiwatch.cli", "simulate", "--scenario", name, "--rate", RATE]
            argv += ["--duration", str(DURATION), "--target", exp.url, "--seed", "7"]
            sims[name] = stack.enter_context(
                Child(f"simulate-{name}", argv, work, env={"AIWATCH_CONFIG_DIR": str(config)})
            )
        while time.monotonic() - start < DURATION + 8:
            for name, (prom, _, _) in proms.items():
                for alert in prom.alerts():
                    label = alert["labels"]["alertname"]
                    if alert["state"] == "firing" and label != "Watchdog":
                        fired[name].setdefault(label, round(time.monotonic() - start))
            time.sleep(1.0)
        for name, sim in sims.items():
            # Each run ends on its own clock (its start came after the exporters'); on a loaded
            # host the last exits a few seconds after the watch: wait, bounded, for its status.
            try:
                code = sim.popen.wait(timeout=60)
            except subprocess.TimeoutExpired:
                code = None
            assert code == 0, f"{name}: the simulator failed (exit status {code}):\n{sim.log()}"
    print({name: dict(sorted(times.items(), key=lambda kv: kv[1])) for name, times in fired.items()})
    assert {name: set(times) for name, times in fired.items()} == {
        name: set(spec["alerts"]) for name, spec in SCENARIOS.items()
    }
