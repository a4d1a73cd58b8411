import sys, yaml, pathlib
n = s = 0; new = set()
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    c = yaml.safe_load(p.read_text("utf-8"))
    assert c["held_out"] == 35, p
    for l in c["passages"]:
        k = c["text"].count(l["find"])
        if k != 1: print("BAD", p.name, k, l["find"])
        assert l["kind"] in ("direct", "reported"), l
        n += 1
        if l.get("new") or l.get("speaker"): s += 1
        if l.get("new"): new.add(l["new"])
print(n, "passages", s, "with speaker", len(new), "new names")
