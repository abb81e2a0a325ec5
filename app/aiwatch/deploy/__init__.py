"""Deployment bundles generated from the committed artifacts (rules/, grafana/dashboards/, alertmanager/, config/).

- kubernetes: the kustomize base in deploy/kubernetes/ for clusters run with the
  Prometheus Operator (kube-prometheus-stack); docs/kubernetes.md.
"""
