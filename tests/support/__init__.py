"""Test-only helpers (what a secret looks like). Servers and sinks live in the package: aiwatch.stack.local."""
