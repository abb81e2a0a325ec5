"""Test-only helpers: what a secret looks like, JSON stand-in handlers, the stack CLI, /metrics read as
samples. Real servers and sinks live in the package: aiwatch.stack.local."""
