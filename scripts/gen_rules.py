#!/usr/bin/env python3
"""Thin wrapper kept for callers of the old path: `python -m aiwatch.mixin rules` does the work.

python scripts/gen_rules.py --profile fast --out DIR   # == python -m aiwatch.mixin rules --profile fast --out DIR
"""

import sys

from aiwatch.mixin.cli import main

if __name__ == "__main__":
    sys.exit(main(["rules", *sys.argv[1:]]))
