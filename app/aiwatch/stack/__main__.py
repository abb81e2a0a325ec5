"""`python -m aiwatch.stack up|down|status`."""

import sys

from .cli import main

sys.exit(main())
