import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Hypothesis: derandomized by default, so a run passes or fails on the code alone (CI, ./test.sh).
# A longer randomized run, to look for new failures:
#   HYPOTHESIS_PROFILE=long ./test.sh tests/test_fuzz.py tests/test_anchoring.py tests/test_incremental.py (README.md)
LONG_SCALE = 10  # how many times more examples each property test draws in the long profile
# No deadline: on a loaded machine one example can take over Hypothesis' default 200 ms, which
# would fail a test on timing alone (speed is measured by bench/, never by a timed test).
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
# as many examples as in CI, drawn from a seed: pytest --hypothesis-seed=N (random when not given)
settings.register_profile("random", derandomize=False, database=None, deadline=None, print_blob=True)
settings.register_profile("long", derandomize=False, max_examples=100 * LONG_SCALE, deadline=None,
                          print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def examples(n: int) -> int:
    """``n`` examples for a property test that sets its own count; LONG_SCALE times more in the long run."""
    return n * LONG_SCALE if PROFILE == "long" else n


ROOT = Path(__file__).resolve().parent.parent
# Debian's chromium (scripts/system-deps.sh installs it) and the flags it needs on this closed network
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def node_clients() -> Path:
    """tests/js with its npm packages installed (``npm ci``, from the lock file): citation-js, and jsdom
    and xpath for the harness that runs Zotero's translators.  Skips where node or the registry is missing."""
    folder = ROOT / "tests" / "js"
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.skip("node and npm are needed to run the JavaScript clients")
    wanted = {name for name in json.loads((folder / "package-lock.json").read_bytes())["packages"] if name}
    installed = folder / "node_modules" / ".package-lock.json"  # what npm installed last
    have = set(json.loads(installed.read_bytes())["packages"]) if installed.exists() else set()
    if wanted - have:
        run = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=folder, capture_output=True, text=True,
                             timeout=600, check=False)
        if run.returncode != 0:
            pytest.skip(f"npm ci failed (no registry?): {run.stderr[-300:]}")
    return folder


@pytest.fixture
def root() -> Path:
    """The project root (holds corpus/, claims/, templates/)."""
    return ROOT


def copy_project(dest: Path) -> Path:
    """A copy of this project's inputs (corpus, claims, templates, pyproject.toml) in ``dest``."""
    for name in ("corpus", "claims", "templates"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def site_file(site: Path, url: str) -> Path:
    """The file of ``site`` that an absolute URL of the built site (under the configured base URL) names."""
    base = "https://idlib.example.org/"
    assert url.startswith(base), url
    return site / url.removeprefix(base)


def claim_records(site: Path) -> list[dict[str, Any]]:
    """Every claim's data file, reached from the catalogue claims.json by its "data" link, in catalogue order."""
    catalogue = json.loads((site / "claims.json").read_text("utf-8"))
    records = []
    for entry in catalogue["claims"]:
        data = json.loads(site_file(site, entry["data"]).read_text("utf-8"))
        assert data["claim"]["id"] == entry["id"] and data["claim"]["title"] == entry["title"]
        records.append(data)
    return records


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """``folder`` served on a free local port; yields its root URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# A statement whose quote runs across two paragraphs of corpus/002_….txt (see tests/test_cross_paragraph.py).
CROSS_PARAGRAPH_ID = "defence-ministry-across-two-paragraphs"
CROSS_PARAGRAPH_QUOTE = (
    "do not correspond with reality,\" the Russian Defense Ministry said in a statement. "
    "\"The real reason for the crisis in the Idlib de-escalation zone"
)


def cite_in_a_claim(project: Path, statement_id: str, source: str, quote: str, said: str, kind: str = "reported") -> Path:
    """Add a statement quoting ``source`` to the first claim file of a project copy, by the speaker of its first
    statement, as context; the claim file it is in."""
    import yaml  # noqa: PLC0415

    claim = next(p for p in sorted((project / "claims").glob("*.yaml")) if p.name != "actors.yaml")
    speaker = yaml.safe_load(claim.read_text("utf-8"))["statements"][0]["speaker"]
    claim.write_text(claim.read_text("utf-8").rstrip("\n") + f"""
  - id: {statement_id}
    speaker: {speaker}
    source: {source}
    quote: {json.dumps(quote)}
    kind: {kind}
    side: context
    said: {said}
""", "utf-8")
    return claim


def add_cross_paragraph_statement(project: Path) -> Path:
    """Add the cross-paragraph statement to a project copy; the claim file it is in."""
    claim = project / "claims" / "russia-not-responsible-for-idlib-crisis.yaml"
    claim.write_text(claim.read_text("utf-8").rstrip("\n") + f"""

  - id: {CROSS_PARAGRAPH_ID}
    speaker: russian-defence-ministry
    source: russia-accuses-turkey-2020-02-13
    quote: {json.dumps(CROSS_PARAGRAPH_QUOTE)}
    kind: direct
    side: assertion
    said: 2020-02-12
    said_note: the ministry's statement "on Wednesday", in an article dated 13 February 2020
""", "utf-8")
    return claim


@pytest.fixture(scope="session")
def generated_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small project made by bench/scale's generator (40 sources, 3 claims each): sources and
    claims as messy as corpus/ and claims/, for checks that a fast path reads them as the slow one."""
    from bench.scale.generate import generate

    root = tmp_path_factory.mktemp("generated") / "project"
    generate(root, 40, 3, 20200213)
    return root
