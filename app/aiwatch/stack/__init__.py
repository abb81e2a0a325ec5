"""`make up|down|status`: run the whole stack with Docker Compose, or natively without a Docker engine.

Compose is used when a Docker engine answers (`docker info`); otherwise the
native stack starts the exporter (gunicorn), Prometheus and Alertmanager from
local binaries, and Grafana when one is installed. Both modes run the committed
prometheus.yml, rules/ and alertmanager.yml. Every knob is an environment
variable (docs/stack.md).

Modules, one job each:

- settings: environment -> `Settings`, the profiles, `StackError`;
- processes: free ports, polling, daemons with pid files, foreground children
  (the one process-control implementation; tests and benchmarks use it too);
- components: each component's command line and health check;
- prometheus, alertmanager, grafana, rules: the committed configs rendered for
  this machine;
- native, compose: the two ways to run the stack; ha: the HA topology (a Prometheus
  pair, VictoriaMetrics, vmalert; AIWATCH_TOPOLOGY=ha); cli: `python -m aiwatch.stack`;
- local, pipeline: exporter, Prometheus, Alertmanager and notification sinks on
  loopback for tests and benchmarks.
"""
