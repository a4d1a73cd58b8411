"""Command line: parses arguments and calls in; no logic of its own."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from idlibsite import __version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="idlibsite")
    parser.add_argument("--version", action="version", version=f"idlibsite {__version__}")
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
