"""`python -m aiwatch.doctor` = `aiwatch doctor`."""

import sys

from .cli import main

sys.exit(main())
