"""``python -m bench.edit``: how long `idlibsite serve --edit` takes from a save to the claim page showing it.

Starts the real command (``python -m idlibsite --root PROJECT serve --edit
--port 0``) and acts as the panel does, over HTTP with the page's token:
the source's panel state, ``describe`` of some words, ``add`` (the save: the
checks of ``idlibsite check`` on the changed file, then the atomic write),
then loads the claim page until the rebuild that follows shows the statement;
then ``undo`` and loads the page until the statement is gone.  Figures are
printed, nothing is asserted.

The words are those of a statement already in the project, added to a claim
that does not quote them yet (the panel's "add to another claim"), so every
save is one the checks accept on any project.  PROJECT defaults to a copy of
this repository's project in a temporary folder; a project given is used in
place (its site/ and cache are written, as `serve` writes them) and every
save is undone: its claims/ is byte-identical at the end (printed).

    .venv/bin/python -m bench.edit --rounds 3
    .venv/bin/python -m bench.edit /tmp/e23-1k/project --rounds 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from idlibsite.site.fragments import statement_fragment

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("pyproject.toml", "corpus", "claims", "templates")  # this repository's project
EDIT = "__idlibsite/edit/"
POLL_S = 0.05  # the claim page is loaded this often while waiting for the rebuild
WAIT_S = 600.0  # at most this long for a server start or a rebuild


class Server:
    """The command running, its address, and each line of its output with the time it came."""

    def __init__(self, project: Path) -> None:
        self.lines: list[tuple[float, str]] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "idlibsite", "--root", str(project), "serve", "--edit", "--port", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        started = time.monotonic()
        self.base = ""
        while not self.base:
            found = [m for _, line in self.lines if (m := re.search(r"at (http://127\.0\.0\.1:\d+/)", line))]
            if found:
                self.base = found[0].group(1)
            elif self.process.poll() is not None or time.monotonic() - started > WAIT_S:
                raise SystemExit("bench.edit: the server did not start:\n" + "\n".join(l for _, l in self.lines))
            time.sleep(0.1)
        self.start_s = time.monotonic() - started
        self.token = ""

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def quiet(self, seconds: float = 3.0) -> None:
        """Wait until the last build brought the search index up to date and nothing came for ``seconds``."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            built = [(at, line) for at, line in self.lines if line.startswith("Built ")]
            last = self.lines[-1][0] if self.lines else 0.0
            if built and "catching up" not in built[-1][1] and time.monotonic() - last >= seconds:
                return
            time.sleep(0.2)

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.base + path, timeout=WAIT_S) as response:
            return bytes(response.read())

    def post(self, name: str, body: dict[str, object]) -> dict[str, object]:
        request = urllib.request.Request(
            self.base + EDIT + name, json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "Origin": self.base.rstrip("/"),
                     "X-Idlibsite-Token": self.token})
        try:
            with urllib.request.urlopen(request, timeout=WAIT_S) as response:
                return dict(json.loads(response.read()))
        except urllib.error.HTTPError as err:
            return {"refused": err.code, **json.loads(err.read())}

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.monotonic()
    result = work()
    return time.monotonic() - start, result


MISSES: list[str] = []  # pages the server could not send while a rebuild ran (printed at the end)


def until(test: Callable[[], bool]) -> float:
    """Seconds until ``test()`` holds (polled; an HTTP error counts as "not yet" and is remembered)."""
    start = time.monotonic()
    while True:
        try:
            if test():
                return time.monotonic() - start
        except urllib.error.HTTPError as err:
            MISSES.append(f"{err.code} {err.url}")
        if time.monotonic() - start > WAIT_S:
            raise SystemExit("bench.edit: the rebuild never showed the change")
        time.sleep(POLL_S)


def claims_digest(project: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((project / "claims").iterdir()):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def candidates(project: Path) -> Iterator[str]:
    """Source ids (the sidecars' ``id:``), in the order of the corpus."""
    for path in sorted((project / "corpus").glob("*.yaml")):
        found = re.search(r"(?m)^id: *([a-z0-9-]+) *$", path.read_text("utf-8"))
        if found:
            yield found.group(1)


def one_round(server: Server, source: str, n: int) -> dict[str, float] | None:
    """One save and its undo on ``source``; None when this source offers no statement to add elsewhere."""
    page = server.get(f"sources/{source}/").decode("utf-8")
    server.token = re.search(r'data-token="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    t_state, raw = timed(lambda: server.get(f"{EDIT}state?source={source}"))
    state = json.loads(raw)  # type: ignore[arg-type]
    if not state["statements"]:
        return None
    quoted = state["statements"][0]
    here = {s["claim"] for s in state["statements"]}
    claim = next(c for c in state["claims"] if c["id"] not in here)
    t_describe, described = timed(lambda: server.post("describe", {"source": source, "range": quoted["range"]}))
    ident = f"bench-edit-{n}-{quoted['id']}"[:60].rstrip("-")
    body = {"source": source, "range": quoted["range"], "id": ident, "speaker": quoted["speaker"],
            "kind": quoted["kind"], "side": "context", "said": quoted["said"], "claim": claim["id"],
            "hash": claim["hash"], "from_claim": quoted["claim"], "from_statement": quoted["id"]}
    marker = f'id="{statement_fragment(ident)}"'.encode()
    url = f"claims/{claim['id']}/"
    start = time.monotonic()
    saved = server.post("add", body)
    t_save = time.monotonic() - start
    if "refused" in saved:
        print(f"  {source}: refused ({saved})", file=sys.stderr)
        return None
    until(lambda: marker in server.get(url))
    t_shown = time.monotonic() - start
    server.quiet()
    start = time.monotonic()
    undone = server.post("undo", {})
    t_undo = time.monotonic() - start
    assert "refused" not in undone, undone
    until(lambda: marker not in server.get(url))
    t_gone = time.monotonic() - start
    server.quiet()
    del described
    return {"state": t_state, "describe": t_describe, "save": t_save, "save -> shown": t_shown,
            "undo": t_undo, "undo -> gone": t_gone}


@contextmanager
def project_folder(given: str | None) -> Iterator[Path]:
    if given:
        yield Path(given).resolve()
        return
    with tempfile.TemporaryDirectory(prefix="bench-edit-") as folder:
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, Path(folder) / name)
            elif source.exists():
                shutil.copy2(source, Path(folder) / name)
        yield Path(folder)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.edit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("project", nargs="?", help="a project folder (default: a copy of this repository's)")
    p.add_argument("--rounds", type=int, default=3, help="saves (each undone) to time (default 3)")
    args = p.parse_args(argv)
    with project_folder(args.project) as project:
        before = claims_digest(project)
        sources = len(list((project / "corpus").glob("*.txt")))
        claims = len(list((project / "claims").glob("*.yaml")))
        server = Server(project)
        try:
            server.quiet()
            print(f"project: {project} ({sources} sources, {claims} claim files)")
            print(f"serve --edit: first build and serving after {server.start_s:.1f} s")
            if any("Build failed" in line for _, line in server.lines):
                raise SystemExit("bench.edit: the project does not build:\n" +
                                 "\n".join(line for _, line in server.lines[-20:]))
            rows: list[dict[str, float]] = []
            for source in candidates(project):
                if len(rows) == args.rounds:
                    break
                row = one_round(server, source, len(rows))
                if row is not None:
                    rows.append(row)
                    print("  " + ", ".join(f"{k} {v:.2f} s" for k, v in row.items()), flush=True)
        finally:
            server.stop()
        print(f"{'step':<16} {'median':>8} {'min':>8} {'max':>8}   ({len(rows)} rounds, seconds)")
        for k in rows[0] if rows else ():
            values = [r[k] for r in rows]
            print(f"{k:<16} {statistics.median(values):8.2f} {min(values):8.2f} {max(values):8.2f}")
        print("claims/ byte-identical after the undos:", claims_digest(project) == before)
        print(f"HTTP errors while polling during rebuilds: {len(MISSES)}" + (f" (first: {MISSES[0]})" if MISSES else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
