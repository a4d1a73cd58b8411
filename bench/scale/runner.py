"""The benchmark: generate the project, then time each step in a fresh process."""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pagefind.service import get_executable

from . import children
from .children import idlibsite_cmd, run, snapshot_package
from .claims import ClaimMaker, claim_yaml
from .generate import generate, write_source
from .hugo import write_hugo
from .phases import phases_cmd
from .report import report
from .sources import make_source
from .vocabulary import FACT_CHECKERS, yq

ROOT = Path(__file__).resolve().parents[2]  # the project root: git, the five articles, the phase children


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, object]:
    def out(*command: str) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=30, check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"nproc": out("nproc"), "cpu": next((line.split(":", 1)[1].strip() for line in out("lscpu").splitlines()
                                                  if line.startswith("Model name")), ""),
            "python": sys.version.split()[0], "commit": out("git", "rev-parse", "--short", "HEAD"),
            "dirty_src": out("git", "status", "--short", "--", "src").splitlines()}


def html_sizes(folder: Path) -> dict[str, tuple[int, int]]:
    """(count, bytes) of HTML files per top folder (claims, sources, actors, other)."""
    out: dict[str, list[int]] = {}
    for path in folder.rglob("*.html"):
        rel = path.relative_to(folder).parts
        kind = rel[0] if len(rel) > 2 and rel[0] in ("claims", "sources", "actors") else "other"
        entry = out.setdefault(kind, [0, 0])
        entry[0] += 1
        entry[1] += path.stat().st_size
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def bench(args: argparse.Namespace, work: Path, results: dict[str, object]) -> int:
    cmd = idlibsite_cmd()
    snapshot = snapshot_package(work)
    check_snapshot = subprocess.run([sys.executable, "-c", "import idlibsite; print(idlibsite.__file__)"],
                                    capture_output=True, text=True, env=children.ENV, check=False).stdout.strip()
    if not check_snapshot.startswith(str(snapshot)):
        print(f"bench.scale: the children do not import the snapshot ({check_snapshot})", file=sys.stderr)
        return 1
    logs = work / "logs"
    logs.mkdir()
    project_root = work / "project"
    log(f"generating {args.sources} sources, {args.claims_per_source} claims per source in {project_root}")
    project = generate(project_root, args.sources, args.claims_per_source, args.seed)
    statements = [s for c in project.claims for s in c.statements]
    variants: dict[str, int] = {}
    for s in statements:
        variants[s.variant] = variants.get(s.variant, 0) + 1
    corpus_bytes = sum(len(s.text.encode()) for s in project.sources)
    results["generated"] = {
        "seconds": project.seconds, "sources": len(project.sources), "actors": len(project.actors),
        "claims": len(project.claims), "statements": len(statements), "variants": dict(sorted(variants.items())),
        "corpus_bytes": corpus_bytes, "wrapped_sources": sum(s.wrapped for s in project.sources),
        "verdicts": sum(c.verdict is not None for c in project.claims),
    }
    log(f"generated in {project.seconds:.1f} s: {len(project.claims)} claims, {len(statements)} statements "
        f"({', '.join(f'{k} {v}' for k, v in sorted(variants.items()))}), corpus {corpus_bytes / 1e6:.1f} MB")
    if args.generate_only:
        return 0

    log("idlibsite check")
    r = run(cmd + ["--root", str(project_root), "check"], logs / "check", args.timeout)
    summary = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    results["check"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "returncode": r.returncode, "summary": summary}
    log(f"check: exit {r.returncode} in {r.wall:.1f} s; {summary}")
    if r.returncode != 0:
        errors = [line for line in r.stdout.splitlines() if ": warning:" not in line and re.match(r"\S+:\d+", line)]
        print("idlibsite check failed on the generated project:", *errors[:20], r.stderr_head, sep="\n", file=sys.stderr)
        return 1

    log("idlibsite build --full (fresh process, empty site/)")
    r = run(cmd + ["--root", str(project_root), "build", "--full", "-q"], logs / "build-full", args.timeout)
    if r.returncode != 0:
        print("idlibsite build failed:", r.stderr_head, sep="\n", file=sys.stderr)
        return 1
    site = project_root / "site"
    sizes = html_sizes(site)
    pages = sum(n for n, _ in sizes.values())
    results["idlibsite_full"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb, "pages": pages,
                                 "pages_per_s": pages / r.wall, "html_sizes": sizes,
                                 "files": sum(1 for p in site.rglob("*") if p.is_file()),
                                 "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
                                 "warnings_printed": r.stderr_lines}
    log(f"full build: {pages} pages in {r.wall:.1f} s = {pages / r.wall:.0f} pages/s; peak RSS {r.maxrss_mb:.0f} MB "
        f"(process tree {r.tree_mb:.0f} MB)")

    def rebuild(label: str) -> dict[str, object]:
        r = run(cmd + ["--root", str(project_root), "build"], logs / label, args.timeout)
        if r.returncode != 0:
            print(f"{label} failed:", r.stderr_head, sep="\n", file=sys.stderr)
        line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
        log(f"{label}: {r.wall:.2f} s, peak RSS {r.maxrss_mb:.0f} MB; {line}")
        return {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "returncode": r.returncode, "report": line}

    results["rebuild_nothing_changed"] = rebuild("rebuild-nothing-changed")

    # add one source and a claim quoting it
    rng = random.Random(f"{args.seed}-added")
    fact_checkers = [a for a in project.actors if a.id in {i for _, i in FACT_CHECKERS}]
    speakers = [a for a in project.actors if a not in fact_checkers]
    new = make_source(args.sources, args.seed + 1, speakers, fact_checkers, {s.title for s in project.sources},
                      {s.id for s in project.sources})
    write_source(project_root, new)
    maker = ClaimMaker(args.seed + 1, [new], speakers)
    maker.used_ids = {c.id for c in project.claims}
    added = maker.claims_for(new, 1)
    for c in added:
        (project_root / "claims" / f"{c.id}.yaml").write_text(claim_yaml(c), "utf-8")
    results["rebuild_add_source"] = rebuild("rebuild-add-source")

    # edit one claim's title
    victim = project.claims[rng.randrange(len(project.claims))]
    path = project_root / "claims" / f"{victim.id}.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace(f"title: {yq(victim.title)}\n", f"title: {yq(victim.title + ' (edited)')}\n", 1), "utf-8")
    results["rebuild_edit_claim"] = rebuild("rebuild-edit-claim")

    log("warm server: a build, then one claim edited and rebuilt in the same process with the same cache")
    victim = project.claims[rng.randrange(len(project.claims))]
    r = run(phases_cmd(str(project_root), str(project_root / "site"), "warm", str(project_root / "claims" / f"{victim.id}.yaml")),
            logs / "phases-edit-claim", args.timeout, cwd=ROOT)
    try:
        results["phases_edit_claim"] = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        results["phases_edit_claim"] = {"error": r.stderr_head}

    log("idlibsite build --full with the cache the rebuilds left (fresh process)")
    r = run(cmd + ["--root", str(project_root), "build", "--full", "-q"], logs / "build-full-warm", args.timeout)
    results["idlibsite_full_warm"] = {"wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb,
                                      "returncode": r.returncode}
    log(f"full build, warm cache: {r.wall:.1f} s = {pages / r.wall:.0f} pages/s; peak RSS {r.maxrss_mb:.0f} MB")

    cold = project_root / ".idlibsite-cache"
    log("in-process phase timing of the same full build (cache emptied first)")
    shutil.rmtree(cold, ignore_errors=True)
    r = run(phases_cmd(str(project_root), str(work / "site-phases"), "full"), logs / "phases", args.timeout, cwd=ROOT)
    try:
        phases = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        phases = {"error": r.stderr_head}
    results["phases"] = phases
    if "phases" in phases:
        anchoring = phases["phases"].get("anchor (link: prepare + anchor)", 0.0)
        log(f"phases: total {phases['total']:.1f} s, anchoring {anchoring:.1f} s = {100 * anchoring / phases['total']:.1f}%")
    if args.profile:
        log("cProfile of the full build (cache emptied first)")
        shutil.rmtree(cold, ignore_errors=True)
        r = run(phases_cmd(str(project_root), str(work / "site-profile"), "full", str(work / "build.prof")),
                logs / "profile", args.timeout, cwd=ROOT)
        (work / "profile.txt").write_text(r.stdout, "utf-8")
        results["profile"] = str(work / "profile.txt")

    if args.skip_hugo:
        results["hugo"] = None
    elif shutil.which("hugo") is None:
        log("hugo not found: install Debian's package (apt-get install -y hugo) to compare; skipped")
        results["hugo"] = None
    else:
        log("writing the equivalent Hugo site")
        started = time.perf_counter()
        hugo_root = work / "hugo"
        write_hugo(project, hugo_root)
        written = time.perf_counter() - started
        version = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False).stdout.strip()
        log("hugo build (fresh process, empty public/)")
        r = run(["hugo", "--source", str(hugo_root), "--destination", str(hugo_root / "public"), "--quiet",
                 "--cacheDir", str(hugo_root / ".cache")], logs / "hugo", args.timeout)
        hsizes = html_sizes(hugo_root / "public") if r.returncode == 0 else {}
        hpages = sum(n for n, _ in hsizes.values())
        results["hugo"] = {"version": version, "wall": r.wall, "maxrss_mb": r.maxrss_mb, "tree_mb": r.tree_mb,
                           "pages": hpages, "pages_per_s": hpages / r.wall if r.wall else 0, "html_sizes": hsizes,
                           "returncode": r.returncode, "content_written_s": written, "stderr": r.stderr_head}
        log(f"hugo: exit {r.returncode}, {hpages} pages in {r.wall:.1f} s = {hpages / r.wall:.0f} pages/s; "
            f"peak RSS {r.maxrss_mb:.0f} MB")
        if r.returncode == 0:  # what a Hugo user runs for search: Pagefind over Hugo's output, every page
            log("pagefind over hugo's public/ (fresh process)")
            p = run([str(get_executable()), "--site", str(hugo_root / "public")], logs / "hugo-pagefind", args.timeout)
            both = r.wall + p.wall
            results["hugo_pagefind"] = {"wall": p.wall, "maxrss_mb": p.maxrss_mb, "returncode": p.returncode,
                                        "total_wall": both, "pages_per_s": hpages / both if both else 0,
                                        "stderr": p.stderr_head}
            log(f"pagefind: exit {p.returncode} in {p.wall:.1f} s, peak RSS {p.maxrss_mb:.0f} MB; hugo + pagefind "
                f"{both:.1f} s = {hpages / both:.0f} pages/s")

    log("five-article project from a warm cache")
    five = work / "five"
    src = Path(args.five_root)
    five.mkdir()
    for name in ("pyproject.toml", "corpus", "claims", "templates"):
        if (src / name).is_dir():
            shutil.copytree(src / name, five / name)
        elif (src / name).exists():
            shutil.copy2(src / name, five / name)
    runs = [run(cmd + ["--root", str(five), "build", "--output", str(work / "five-site")], logs / f"five-{i}", args.timeout)
            for i in (1, 2)]
    results["five_warm"] = {"first": runs[0].wall, "second": runs[1].wall, "maxrss_mb": runs[1].maxrss_mb,
                            "returncode": runs[1].returncode, "report": runs[1].stdout.strip()}
    log(f"five articles: first {runs[0].wall:.2f} s, warm {runs[1].wall:.2f} s")
    report(results)
    return 0
