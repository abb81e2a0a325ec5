"""`python -m aiwatch.inbox`: the local notification inbox (see aiwatch.inbox.server)."""

import sys

from .server import main

sys.exit(main())
