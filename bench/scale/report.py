"""The figures of one run, printed as a summary."""

from __future__ import annotations


def report(res: dict[str, object]) -> None:
    g = res["generated"]
    f = res["idlibsite_full"]
    h = res.get("hugo") or {}
    ph = res.get("phases") or {}
    m = res["machine"]
    print(f"\n{m['nproc']} × {m['cpu']}, Python {m['python']}, idlibsite at {m['commit']}"
          f"{' + uncommitted changes to ' + str(len(m['dirty_src'])) + ' files in src/' if m['dirty_src'] else ''}; {res['started']}")
    print(f"seed {res['seed']}; {g['sources']} sources ({g['corpus_bytes'] / 1e6:.1f} MB), {g['actors']} actors, "
          f"{g['claims']} claims, {g['statements']} statements; generated in {g['seconds']:.1f} s")
    print("statement variants: " + ", ".join(f"{k} {v}" for k, v in g["variants"].items()))
    print(f"check: exit {res['check']['returncode']} in {res['check']['wall']:.1f} s; {res['check']['summary']}")
    rows = [("idlibsite build --full", f["pages"], f["wall"], f["maxrss_mb"], f["tree_mb"])]
    if res.get("idlibsite_full_warm"):
        w = res["idlibsite_full_warm"]
        rows.append(("  same, warm cache", f["pages"], w["wall"], w["maxrss_mb"], w["tree_mb"]))
    if h:
        rows.append(("hugo", h["pages"], h["wall"], h["maxrss_mb"], h["tree_mb"]))
    print(f"\n{'':26}{'pages':>8}{'wall s':>9}{'pages/s':>9}{'RSS MB':>8}{'tree MB':>8}")
    for name, pages, wall, rss, tree in rows:
        print(f"{name:26}{pages:>8}{wall:>9.2f}{pages / wall:>9.0f}{rss:>8.0f}{tree:>8.0f}")
    if h:
        print(f"idlibsite / hugo pages/s: {f['pages_per_s'] / h['pages_per_s']:.3f}")
        hp = res.get("hugo_pagefind") or {}
        if hp.get("returncode") == 0:  # both with a search index (issue 18's target: >= 1.5)
            print(f"idlibsite (search included) / hugo + pagefind pages/s: {f['pages_per_s'] / hp['pages_per_s']:.3f}"
                  f"  (hugo {h['wall']:.1f} s + pagefind {hp['wall']:.1f} s, pagefind peak RSS {hp['maxrss_mb']:.0f} MB)")
            # the same project in both, but idlibsite makes more pages of it (a version and a timeline page per
            # claim): pages/s alone would flatter it, so the speed for the same project is printed beside it
            print(f"idlibsite (search included) / hugo + pagefind, speed for the same project (time ratio): "
                  f"{hp['total_wall'] / f['wall']:.3f}  ({f['pages']} pages against {h['pages']})")
        for name, sizes in (("idlibsite", f["html_sizes"]), ("hugo", h["html_sizes"])):
            print(f"  {name:10} HTML kB/page: " + ", ".join(f"{k} {v[1] / v[0] / 1024:.1f} ({v[0]})" for k, v in sizes.items()))
    for key, label in (("rebuild_nothing_changed", "rebuild, nothing changed"), ("rebuild_add_source", "rebuild after adding one source"),
                       ("rebuild_edit_claim", "rebuild after editing one claim"),):
        r = res[key]
        print(f"{label:34} {r['wall']:7.2f} s  (RSS {r['maxrss_mb']:.0f} MB)  {r['report']}")
    fw = res["five_warm"]
    print(f"{'five articles, warm cache':34} {fw['second']:7.2f} s  (first {fw['first']:.2f} s)")
    if "phases" in ph:
        total = ph["total"]
        print(f"\nin-process full build {total:.2f} s (RSS {ph['maxrss_mb']:.0f} MB):")
        for label, spent in ph["phases"].items():
            print(f"  {label:44}{spent:9.2f} s {100 * spent / total:6.1f}%  ({ph['calls'][label]} calls)")
        for method, m in sorted(ph["anchor_methods"].items()):
            print(f"  anchor {method:14} n={m['n']:>7}  mean {m['mean_us']:8.1f} µs  total {m['total']:.2f} s")
        for tpl, spent in sorted(ph["templates"].items(), key=lambda kv: -kv[1]):
            print(f"  template {tpl:16}{spent:9.2f} s")
    pe = res.get("phases_edit_claim") or {}
    if "phases" in pe:
        later = pe.get("search_catch_up")
        print(f"\nwarm server (same process and cache): rebuild after editing one claim {pe['total']:.2f} s, "
              f"{pe['rendered']} files rendered"
              + (f"; the search index caught up in a second build of {later:.2f} s" if later is not None else "") + ":")
        for label, spent in pe["phases"].items():
            print(f"  {label:44}{spent:9.2f} s {100 * spent / pe['total']:6.1f}%")
