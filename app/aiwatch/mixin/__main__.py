"""`python -m aiwatch.mixin --help`: see aiwatch.mixin.cli."""

import sys

from .cli import main

sys.exit(main())
