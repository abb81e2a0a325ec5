"""aiwatch: Prometheus monitoring for LLM-backed services."""

__version__ = "0.1.0"
