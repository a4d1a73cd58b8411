"""``python -m bench.scale``: the arguments and the work folder; in a child, the phase timing."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

try:
    import idlibsite.anchoring.normalize  # noqa: F401 - checked before the generator imports it
except ImportError:  # pragma: no cover - run with the wrong interpreter
    sys.exit("bench.scale: idlibsite is not importable; run it with .venv/bin/python")

from . import __doc__ as DESCRIPTION
from .phases import phases_main
from .runner import ROOT, bench, log, machine

MARKER = ".idlibsite-scale"  # marks a work folder this script may clear


def prepare_workdir(args: argparse.Namespace) -> tuple[Path, bool]:
    if args.workdir is None:
        return Path(tempfile.mkdtemp(prefix="idlibsite-scale-")), True
    work = Path(args.workdir).resolve()
    if work.exists() and any(work.iterdir()):
        if not (work / MARKER).exists():
            sys.exit(f"bench.scale: {work} is not empty and was not made by this script; choose another --workdir")
        for entry in work.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    work.mkdir(parents=True, exist_ok=True)
    return work, False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_phases"]:  # _phases ROOT OUTPUT full|incremental [PROFILE]  or  _phases ROOT OUTPUT warm CLAIM
        if argv[3] == "warm":
            phases_main(argv[1], argv[2], False, "", argv[4])
        else:
            phases_main(argv[1], argv[2], argv[3] == "full", argv[4] if len(argv) > 4 else "")
        return 0
    p = argparse.ArgumentParser(prog="python -m bench.scale", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=20200213)
    p.add_argument("--sources", type=int, default=1000, help="number of sources (default 1000)")
    p.add_argument("--claims-per-source", type=int, default=3, help="claims per source (default 3, at least 3)")
    p.add_argument("--workdir", help="work folder (default: a new temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    p.add_argument("--generate-only", action="store_true", help="generate the project and stop")
    p.add_argument("--skip-hugo", action="store_true")
    p.add_argument("--profile", action="store_true", help="also profile the full build with cProfile")
    p.add_argument("--timeout", type=float, default=3600, help="seconds allowed per command (default 3600)")
    p.add_argument("--five-root", default=str(ROOT), help="the five-article project to copy (default: this repository)")
    args = p.parse_args(argv)
    if args.claims_per_source < 3:
        p.error("--claims-per-source must be at least 3")
    if args.sources < 1:
        p.error("--sources must be at least 1")
    work, temporary = prepare_workdir(args)
    (work / MARKER).write_text("made by bench.scale; cleared on the next run\n", "utf-8")
    results: dict[str, object] = {"seed": args.seed, "sources": args.sources, "claims_per_source": args.claims_per_source,
                                  "workdir": str(work), "started": time.strftime("%Y-%m-%d %H:%M:%S"),
                                  "machine": machine()}
    try:
        code = bench(args, work, results)
    finally:
        (work / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
        if temporary and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"work folder kept: {work} (results.json there)")
    return code


if __name__ == "__main__":
    sys.exit(main())
