"""Safety tests also read the committed corpus in bench/corpus: make the repository importable."""

import sys

from aiwatch.paths import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
