"""Shared pytest set-up.

`tests/` has no __init__.py, so pytest (rootdir-based, "prepend" import mode)
puts this directory on the import path when it loads this conftest: the test-only
helpers in tests/support import as `support`. Servers, sinks, the fake LLM
provider and process helpers come from the package (aiwatch.stack.local,
aiwatch.stack.pipeline, aiwatch.inbox, aiwatch.fakellm, aiwatch.stack.processes).
"""
