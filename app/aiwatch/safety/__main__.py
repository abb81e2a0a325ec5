"""`python -m aiwatch.safety [--check] [--out PATH]`: (re)write the committed prefilter atoms table
(make generate), or with --check exit 1 when it is not what the current patterns give.

The sources are those the screens' matchers ask for when this process builds them (a fresh
process: nothing else has asked for atoms yet).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aiwatch import safety
from aiwatch.safety import prefilter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aiwatch.safety", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the table is stale")
    parser.add_argument("--out", type=Path, default=prefilter.ATOMS_TABLE, help="the table file")
    args = parser.parse_args(argv)
    safety.warm_up()
    content = prefilter.table_of(prefilter.ASKED)
    if args.check:
        stale = prefilter.table_drift(args.out, content)
        if stale:
            print(f"{args.out} is stale ({len(stale)} sources: {', '.join(stale[:5])}): run `make generate`",
                  file=sys.stderr)  # fmt: skip
            return 1
        return 0
    args.out.write_text(prefilter.dump_table(content), encoding="utf-8")
    print(f"{args.out}: atoms of {len(content['atoms'])} pattern sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
