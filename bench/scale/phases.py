"""In-process phase timing, run in a child (``python -m bench.scale _phases ROOT OUTPUT ...``)."""

from __future__ import annotations

import importlib
import json
import re
import resource
import sys
import time
from pathlib import Path

PHASES = [  # (module, function, label); wrapped where the pipeline looks them up
    ("idlibsite.check", "load_corpus", "load corpus (read, cut blocks, sidecars)"),
    ("idlibsite.check", "load_annotations", "load annotations (YAML)"),
    ("idlibsite.check", "references", "check references"),
    ("idlibsite.check", "link", "anchor (link: prepare + anchor)"),
    ("idlibsite.anchoring.link", "prepare", "  normalize sources (prepare)"),
    ("idlibsite.anchoring.link", "anchor", "  anchor quotes"),
    ("idlibsite.check", "read_lock_rows", "read lock"),
    ("idlibsite.check", "stealth_edits", "compare with lock"),
    ("idlibsite.check", "_coverage", "coverage (find quotations)"),
    ("idlibsite.build", "plan_sections", "plan pages"),
    ("idlibsite.site.versioned", "history_rows", "  history rows (every claim's)"),
    ("idlibsite.site.incremental:InputHashes", "hashes_of", "hash inputs"),
    ("idlibsite.build", "template_files", "read templates"),
    ("idlibsite.site.incremental:SectionKeys", "keys", "page keys"),
    ("idlibsite.output.records:Records", "load", "read tree records"),
    ("idlibsite.output.aside:Aside", "reuse", "keep unchanged pages (stat)"),
    ("idlibsite.output.aside:Aside", "put", "write rendered files aside"),
    ("idlibsite.site.render", "_render", "  Jinja templates"),
    ("idlibsite.output.aside:Aside", "keep_keyed", "keep unchanged search shards"),
    ("idlibsite.build", "search_index", "search index (Pagefind, changed shards)"),
    ("idlibsite.output.aside:Aside", "finish", "finish the site (remove, fsync, swap)"),
    ("idlibsite.check", "snapshot_kept", "lock snapshot"),
    ("idlibsite.anchoring.lock", "_stage", "write lock (staged aside)"),
    ("idlibsite.check", "read_versions", "read versions"),
    ("idlibsite.build", "appended", "new versions (snapshots)"),
    ("idlibsite.build", "write_versions", "write versions"),
    ("idlibsite.check", "meaning_problems", "checks of meaning"),
    ("idlibsite.build", "_read", "read inputs again (build)"),
    ("idlibsite.output.records:Records", "save", "save tree records"),
    ("idlibsite.cache:Cache", "commit", "commit cache"),
]


def phase_targets() -> list[tuple[object, str, str]]:
    """Each of PHASES as the module or class that holds the function to time, its name and its label;
    SystemExit when one is gone: a moved function must not go unmeasured."""
    targets = []
    for mod, name, label in PHASES:
        mod, _, cls = mod.partition(":")
        module = importlib.import_module(mod)
        target = getattr(module, cls, None) if cls else module
        if target is None or not hasattr(target, name):
            raise SystemExit(f"bench.scale: no {mod}{':' + cls if cls else ''}.{name} to time; update PHASES")
        targets.append((target, name, label))
    return targets


def phases_cmd(*args: str) -> list[str]:
    """The command of a child that runs ``phases_main`` (run it from the project root)."""
    return [sys.executable, "-m", "bench.scale", "_phases", *args]


def phases_main(root: str, output: str, full: bool, profile: str, edit: str = "") -> None:
    """Time one build in this process, phase by phase.  With ``edit`` (a claim file), first build
    once and edit that claim once, untimed, then change its title and time the rebuild with the
    same Cache, as ``idlibsite serve`` does after an edit (the warm-server measure); when that
    build leaves the search index behind, the build that catches up is timed too."""
    import gc
    import inspect

    from idlibsite.build import build
    from idlibsite.cli import GC_THRESHOLDS
    from idlibsite.config import load_config

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line does

    totals: dict[str, float] = {}
    cpus: dict[str, float] = {}  # this process's CPU seconds per phase: steadier than wall time on a busy machine
    calls: dict[str, int] = {}
    methods: dict[str, list[float]] = {}
    templates: dict[str, float] = {}

    def wrap_fn(module: object, name: str, label: str) -> None:
        fn = getattr(module, name)

        def timed(*args: object, **kwargs: object) -> object:
            t, c = time.perf_counter(), time.process_time()
            try:
                result = fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - t
                totals[label] = totals.get(label, 0.0) + spent
                cpus[label] = cpus.get(label, 0.0) + time.process_time() - c
                calls[label] = calls.get(label, 0) + 1
            if name == "anchor":
                key = getattr(result, "method", None) or f"failed-{getattr(result, 'reason', '?')}"
                methods.setdefault(key, []).append(spent)
            if name == "_render" and len(args) > 1:
                tpl = getattr(args[1], "template", "?")
                templates[tpl] = templates.get(tpl, 0.0) + spent
            return result

        setattr(module, name, timed)

    if not profile:
        for target, name, label in phase_targets():
            wrap_fn(target, name, label)
    config = load_config(Path(root).resolve(), {"output": output})
    marks: list[tuple[str, float]] = []
    options: dict[str, object] = {"full": full}
    # as serve builds: the page first, the search index catches up after
    later = {"search_later": True} if edit and "search_later" in inspect.signature(build).parameters else {}
    if edit:
        later["record_versions"] = False  # a preview: serve adds no version to the versions file
    if edit:
        from idlibsite.cache import CACHE_DIR, Cache

        # as serve keeps it: with the files read, each read again when the watcher reports it changed
        watching = "keep_reads" in inspect.signature(Cache).parameters
        if watching:
            from idlibsite.serve import watches
        cache = options["cache"] = Cache(config.root / CACHE_DIR, writable=True,
                                         **({"keep_reads": watches(config)} if watching else {}))
        claim = Path(edit)

        def reported() -> None:  # what serve tells the cache before a rebuild
            if watching:
                cache.changed(frozenset({str(claim)}))

        build(config, **options)  # the server's first build
        original = claim.read_text("utf-8")
        claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (draft)", original, count=1, flags=re.M), "utf-8")
        reported()
        build(config, **options, **later)  # and a first edit (templates are compiled when first used)
        claim.write_text(original, "utf-8")
        reported()
        totals.clear()
        cpus.clear()
        calls.clear()
        methods.clear()
        templates.clear()
        claim.write_text(re.sub(r"^title: (.*)$", r"title: \1 (edited in the server)", claim.read_text("utf-8"),
                                count=1, flags=re.M), "utf-8")
        reported()
    if "progress" in inspect.signature(build).parameters:
        options["progress"] = lambda phase: marks.append((phase, time.perf_counter()))
    options |= later
    started = time.perf_counter()
    steps: list[tuple[float, float]] = []  # at each phase's start: this process's CPU seconds, peak RSS so far
    if "progress" in options:
        told = options["progress"]

        def progress_with_cpu(phase: str) -> None:
            told(phase)  # type: ignore[operator]
            steps.append((time.process_time(), _peak_mb()))

        options["progress"] = progress_with_cpu
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        result = build(config, **options)
        prof.disable()
        total = time.perf_counter() - started
        prof.dump_stats(profile)
        for key in ("cumulative", "tottime"):
            print(f"\n--- cProfile of build(full={full}), sorted by {key} (total {total:.2f} s under the profiler)")
            pstats.Stats(prof).sort_stats(key).print_stats(30)
        return
    cpu = time.process_time()
    result = build(config, **options)
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu  # this process's CPU seconds: steadier than wall time on a busy machine
    steps.append((time.process_time(), _peak_mb()))
    names = [phase for phase, _ in marks[:len(steps) - 1]]  # the measured build's phases, not the catch-up's
    progress_cpu = {phase: steps[i + 1][0] - steps[i][0] for i, phase in enumerate(names)}
    progress_peak = {phase: steps[i + 1][1] for i, phase in enumerate(names)}  # the peak by the end of each
    ends = [t for _, t in marks[1:]] + [started + total]
    progress = {phase: end - t for (phase, t), end in zip(marks, ends)}  # before the catch-up adds its own
    catch_up = None
    shown, shown_cpu, shown_calls = dict(totals), dict(cpus), dict(calls)  # the catch-up's phases are not the edit's
    if getattr(result, "search_behind", False):  # serve's next build, once no change has come for a moment
        options["search_later"] = False
        started = time.perf_counter()
        build(config, **options)
        catch_up = time.perf_counter() - started

    print(json.dumps({
        "total": total, "cpu": cpu, "edit": bool(edit), "search_catch_up": catch_up, "pages": result.pages, "rendered": result.rendered, "phases": shown, "phases_cpu": shown_cpu, "calls": shown_calls,
        "progress": progress,
        "progress_cpu": progress_cpu,
        "progress_peak_rss_mb": progress_peak,
        "templates": templates,
        "anchor_methods": {k: {"n": len(v), "mean_us": 1e6 * sum(v) / len(v), "total": sum(v)} for k, v in methods.items()},
        "maxrss_mb": _peak_mb(),
    }))


def _peak_mb() -> float:
    """This process's peak RSS so far, in MB (forked renderers and Pagefind not included)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
