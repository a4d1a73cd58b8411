"""`idlibsite serve`: rebuilds on a change, reloads open pages, keeps the last good site on error."""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from clitools import cli_args, cli_env, run_cli
from conftest import copy_project
from idlibsite.build import build
from idlibsite.cache import CACHE_DIR, Cache
from idlibsite.config import Config, load_config
from idlibsite.errors import IdlibError
from idlibsite.filestats import STAT_KIND
from idlibsite import serve as serve_module
from idlibsite.serve import RELOAD_SCRIPT, STATUS_PATH, serve

CLAIM = "claims/turkish-troops-in-idlib-illegal.yaml"


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def wait_for_version(base: str, since: int) -> dict[str, object]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = json.loads(fetch(f"{base}{STATUS_PATH}?since={since}")[1])
        if status["version"] != since:
            return status
    raise AssertionError("no rebuild within 30 s")


def settled(base: str, since: int, done: Callable[[dict[str, object]], bool]) -> dict[str, object]:
    """The status of the first build after ``since`` for which ``done`` holds, or of the last one within 30 s:
    under load the watcher may report one save as two changes, and so build twice."""
    deadline = time.monotonic() + 30
    status = wait_for_version(base, since)
    while not done(status) and time.monotonic() < deadline:
        try:
            status = wait_for_version(base, int(status["version"]))
        except AssertionError:
            break
    return status


def save(path: Path, text: str) -> None:
    """Write ``text`` as an editor saves: a whole new file renamed over the old one."""
    spare = path.with_name(path.name + ".tmp")  # serve ignores *.tmp
    spare.write_text(text, "utf-8")
    os.replace(spare, path)


@contextlib.contextmanager
def serving(config: Config, cache: Cache | None = None) -> Iterator[str]:
    """``serve`` running in a thread, as ``idlibsite serve`` runs it (with ``cache``): its base URL."""
    ports: list[int] = []
    started = threading.Event()
    stop = threading.Event()

    def ready(port: int) -> None:
        ports.append(port)
        started.set()

    def rebuild() -> list[str]:
        try:
            build(config, cache=cache)
        except IdlibError as exc:
            return [p.format() for p in exc.problems]
        return []

    kwargs = {"stop": stop, "ready": ready, **({"changed": cache.changed} if cache else {})}
    thread = threading.Thread(target=serve, args=(config, 0, rebuild), kwargs=kwargs)
    thread.start()
    try:
        assert started.wait(30)
        yield f"http://127.0.0.1:{ports[0]}"
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()


def test_serve_rebuilds_on_change_and_keeps_the_last_good_site_on_error(tmp_path: Path) -> None:
    copy_project(tmp_path)
    with serving(load_config(tmp_path)) as base:
        code, page = fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")
        assert code == 200 and RELOAD_SCRIPT in page  # served pages reload themselves
        assert RELOAD_SCRIPT not in (tmp_path / "site" / "index.html").read_bytes()  # files on disk stay clean
        version = json.loads(fetch(f"{base}{STATUS_PATH}?since=-1")[1])["version"]

        claim = tmp_path / CLAIM
        save(claim, claim.read_text("utf-8").replace(
            "title: Turkish troops are in Syria without the Syrian government's consent",
            "title: Turkish troops are in Syria without the consent of Damascus"))
        status = settled(base, version, lambda s: s["errors"] == [])
        assert status["errors"] == []
        assert b"without the consent of Damascus" in fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1]

        text = claim.read_text("utf-8")
        first_quote = text.index("quote:")
        line_end = text.index("\n", first_quote)
        save(claim, text[:first_quote] + "quote: words nobody in this corpus ever said" + text[line_end:])
        status = settled(base, int(status["version"]),
                         lambda s: any("quote not anchored" in e for e in s["errors"]))
        assert any("quote not anchored" in e for e in status["errors"])  # shown in the browser overlay
        page = fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1]
        assert b"without the consent of Damascus" in page  # the last good site is still served

        code, missing = fetch(f"{base}/claims/no-such-claim/")
        assert code == 404 and b"Page not found" in missing


def test_with_a_cache_that_keeps_what_it_read_every_saved_edit_is_read_again(tmp_path: Path) -> None:
    """As `idlibsite serve` runs: files are read again only when the watcher reports them."""
    copy_project(tmp_path)
    config = load_config(tmp_path)
    cache = Cache(tmp_path / CACHE_DIR, writable=True, keep_reads=serve_module.watches(config))
    with serving(config, cache) as base:
        version = json.loads(fetch(f"{base}{STATUS_PATH}?since=-1")[1])["version"]
        claim = tmp_path / CLAIM
        original = claim.read_text("utf-8")
        for n in range(3):  # the first change reported makes every file be read again; the next ones, theirs
            edited = f"Edit {n} of Turkish troops"
            save(claim, original.replace("title: Turkish troops are in Syria without",
                                         f"title: {edited} are in Syria without"))
            status = settled(base, version, lambda s: edited.encode() in fetch(
                f"{base}/claims/turkish-troops-in-idlib-illegal/")[1])
            version = int(status["version"])
            assert edited.encode() in fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1]


def test_a_save_made_as_soon_as_the_site_is_served_is_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The watch begins before the first build: a save made once the site is served is never lost, even
    when the watcher is slow to start (as under load)."""
    real_watch = serve_module.watch

    def slow_to_start(*paths: Path, **kwargs: object) -> Iterator[set[tuple[object, str]]]:
        time.sleep(2)  # the watcher's set-up, slowed: a save in this moment must still be reported
        yield from real_watch(*paths, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(serve_module, "watch", slow_to_start)
    copy_project(tmp_path)
    config = load_config(tmp_path)
    with serving(config) as base:
        version = json.loads(fetch(f"{base}{STATUS_PATH}?since=-1")[1])["version"]
        claim = tmp_path / CLAIM
        save(claim, claim.read_text("utf-8").replace("title: Turkish troops are in Syria without",
                                                     "title: Saved at once, Turkish troops are in Syria without"))
        settled(base, version, lambda s: b"Saved at once" in fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1])
        assert b"Saved at once" in fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1]


@pytest.mark.parametrize("unseen", [False, True])
@pytest.mark.parametrize("made", [None, [], ["a problem"]])
def test_the_first_quiet_moment_builds_once_with_every_read_forgotten(tmp_path: Path, made: list[str] | None,
                                                                      unseen: bool) -> None:
    """With no change seen since the first build, serve's first quiet moment builds (``prepare``) after telling
    that any file may have changed, as its first change would have; a save after it is told by its path alone.
    With ``unseen`` (the files changed since they were read, told by their stat: keptreads.py), what it tells
    is that, and no path; else every file (None).  Open pages reload only when that build changed the site
    or failed (``made`` not None)."""
    copy_project(tmp_path)
    config = load_config(tmp_path)
    told: list[frozenset[str] | None] = []
    prepared = threading.Event()
    built: list[int] = []
    ports: list[int] = []
    started, stop = threading.Event(), threading.Event()

    def prepare() -> list[str] | None:
        built.append(len(told))
        prepared.set()
        return made

    def ready(port: int) -> None:
        ports.append(port)
        started.set()

    thread = threading.Thread(target=serve, args=(config, 0, lambda: [] if told else built.append(-1) or []), kwargs={
        "stop": stop, "ready": ready, "changed": told.append, "prepare": prepare,
        "unseen": (lambda: told.append(frozenset({"unseen"}))) if unseen else None})
    thread.start()
    try:
        assert started.wait(30) and prepared.wait(30)
        base = f"http://127.0.0.1:{ports[0]}"
        status = json.loads(fetch(f"{base}{STATUS_PATH}?since=-1")[1])
        assert (status["version"], status["errors"]) == ((1, []) if made is None else (2, made))
        claim = tmp_path / CLAIM
        save(claim, claim.read_text("utf-8").replace("title: Turkish troops", "title: Saved, Turkish troops"))
        wait_for_version(base, int(status["version"]))
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    first = [frozenset({"unseen"}), frozenset()] if unseen else [None]  # told of every file, or of those unseen
    assert built == [-1, len(first)]  # the first build, then one build at the first quiet moment
    assert told[:len(first)] == first
    assert told[len(first):] and all(paths == frozenset({str(claim)}) for paths in told[len(first):])


def test_a_change_outside_the_corpus_and_claims_makes_every_file_be_read_again(tmp_path: Path) -> None:
    copy_project(tmp_path)
    config = load_config(tmp_path)
    claim = str(tmp_path / CLAIM)
    assert serve_module.reported(config, {claim}) == frozenset({claim})
    assert serve_module.reported(config, {claim, str(tmp_path / "pyproject.toml")}) is None
    assert serve_module.reported(config, {str(tmp_path / "templates" / "footer.html")}) is None


def test_a_bad_status_query_or_a_nul_in_the_path_is_answered_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve_module, "LONG_POLL_SECONDS", 1)
    copy_project(tmp_path)
    config = load_config(tmp_path)
    build(config)
    ports: list[int] = []
    started, stop = threading.Event(), threading.Event()
    thread = threading.Thread(target=serve, args=(config, 0, lambda: []),
                              kwargs={"stop": stop, "ready": lambda port: (ports.append(port), started.set())})
    thread.start()
    try:
        assert started.wait(30)
        base = f"http://127.0.0.1:{ports[0]}"
        for since in ("abc", "1e9", "0x10", "%C2%B2", "%201", "1_0", "9" * 40):
            code, body = fetch(f"{base}{STATUS_PATH}?since={since}")
            assert (code, json.loads(body)["error"]) == (400, "since must be a build version (an integer)"), since
        assert fetch(f"{base}/%00")[0] == 404
        assert fetch(f"{base}/about/%00index.html")[0] == 404
        with ThreadPoolExecutor(50) as pool:  # many tabs polling at once are all answered
            answers = list(pool.map(lambda _: fetch(f"{base}{STATUS_PATH}?since=-1")[0], range(50)))
        assert answers == [200] * 50
        closed = socket.create_connection(("127.0.0.1", ports[0]))  # a tab closed while it waits for a build
        closed.sendall(f"GET {STATUS_PATH}?since=1 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        closed.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not FIN
        closed.close()
        time.sleep(2)  # the poll ends, and its answer meets the closed connection
        assert fetch(f"{base}/about/")[0] == 200
    finally:
        stop.set()
        thread.join(60)
    assert "Traceback" not in capsys.readouterr().err


def test_the_search_page_says_when_its_index_is_behind_until_it_catches_up(tmp_path: Path) -> None:
    """An edit is shown with the last search index; the search page says so until, with no change
    for a moment, a build brings the index up to date (then the site is a full build's)."""
    copy_project(tmp_path)
    config = load_config(tmp_path)
    cache = Cache(tmp_path / CACHE_DIR, writable=True)
    behind = [False]
    quiet = threading.Event()  # lets the catch-up run once the test has looked at the page behind
    caught_up = threading.Event()

    def rebuild(search_later: bool = True) -> list[str]:
        behind[0] = build(config, cache=cache, search_later=search_later).search_behind
        return []

    def catch_up() -> list[str]:
        assert quiet.wait(60)
        errors = rebuild(search_later=False)
        caught_up.set()
        return errors

    ports: list[int] = []
    started = threading.Event()
    stop = threading.Event()

    def ready(port: int) -> None:
        ports.append(port)
        started.set()

    thread = threading.Thread(target=serve, args=(config, 0, rebuild), kwargs={
        "stop": stop, "ready": ready, "behind": lambda: behind[0], "catch_up": catch_up})
    thread.start()
    try:
        assert started.wait(30)
        base = f"http://127.0.0.1:{ports[0]}"
        assert serve_module.BEHIND_NOTICE not in fetch(f"{base}/search/")[1]  # the first build indexes
        version = json.loads(fetch(f"{base}{STATUS_PATH}?since=-1")[1])["version"]
        index = (tmp_path / "site" / "pagefind" / "pagefind-entry.json").read_bytes()
        claim = tmp_path / CLAIM
        claim.write_text(claim.read_text("utf-8").replace(
            "title: Turkish troops are in Syria without the Syrian government's consent",
            "title: Turkish troops are in Syria without the consent of Damascus"), "utf-8")
        assert wait_for_version(base, version)["errors"] == []
        assert b"without the consent of Damascus" in fetch(f"{base}/claims/turkish-troops-in-idlib-illegal/")[1]
        assert behind[0] and not caught_up.is_set()
        assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").read_bytes() == index  # the last index
        page = fetch(f"{base}/search/")[1]
        assert serve_module.BEHIND_NOTICE in page and page.index(serve_module.BEHIND_NOTICE) > page.index(b"</h1>")
        assert serve_module.BEHIND_NOTICE not in (tmp_path / "site" / "search" / "index.html").read_bytes()
        quiet.set()  # no change for a moment: the index catches up
        assert caught_up.wait(120)
        deadline = time.monotonic() + 30
        while serve_module.BEHIND_NOTICE in fetch(f"{base}/search/")[1]:
            assert time.monotonic() < deadline, "the search page still says its index is behind"
            time.sleep(0.1)
    finally:
        quiet.set()
        stop.set()
        thread.join(60)
    assert not thread.is_alive()
    full = tmp_path / "full"
    shutil.copytree(tmp_path, full / "p", ignore=shutil.ignore_patterns("site", ".site*", ".idlibsite-cache", "full"))
    build(load_config(full / "p"), full=True)
    assert tree(tmp_path / "site") == tree(full / "p" / "site")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_after_a_serve_session_makes_again_only_what_the_edit_made_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`idlibsite serve` (the command, stopped by SIGTERM) with one claim edited while it runs, then `idlibsite
    build`: the build stores no cache entry and renders no file that a build after the same edit without serve
    would not (serve built the site with its own address in every link: the build after it made every page,
    and its claims' tables, again)."""
    served, plain = copy_project(tmp_path / "served"), copy_project(tmp_path / "plain")
    for project in (served, plain):
        assert run_cli(project, "build", "-q").returncode == 0
    before = "title: Turkish troops are in Syria without the Syrian government's consent"
    after = "title: Turkish troops are in Syria without the consent of Damascus"
    save(plain / CLAIM, (plain / CLAIM).read_text("utf-8").replace(before, after))
    with subprocess.Popen(cli_args(served, "serve", "--port", "0"), cwd=served, env=cli_env(),
                          stderr=subprocess.PIPE, text=True) as server:
        try:
            assert server.stderr is not None
            port = next(m[1] for line in server.stderr if (m := re.search(r"http://127\.0\.0\.1:([0-9]+)/", line)))
            save(served / CLAIM, (served / CLAIM).read_text("utf-8").replace(before, after))
            deadline = time.monotonic() + 120
            page = f"http://127.0.0.1:{port}/claims/turkish-troops-in-idlib-illegal/"
            while b"without the consent of Damascus" not in fetch(page)[1]:
                assert time.monotonic() < deadline, "the edit was not served within 120 s"
                time.sleep(0.2)
        finally:
            server.terminate()  # (SIGTERM: a test run in the background ignores Ctrl-C's SIGINT, as its children)
            assert server.wait(60) == -signal.SIGTERM
    made: dict[Path, tuple[int, Counter[str]]] = {}
    put = Cache.put
    for project in (served, plain):
        puts: Counter[str] = Counter()  # cache entries stored, by kind
        monkeypatch.setattr(Cache, "put", lambda self, kind, *args, **kwargs: (
            puts.update([kind]), put(self, kind, *args, **kwargs))[1])
        made[project] = build(load_config(project)).rendered, puts
    # (serve keeps each claim's meaning checks in the claim's entry and drops its statements' entries: those of
    # the claim edited, whose entry is made again, may be made again too; no other's)
    statements = (served / CLAIM).read_text("utf-8").count("quote:")
    made[served][1]["meaning"] = max(0, made[served][1]["meaning"] - statements)
    for _, puts in made.values():  # a folder's table of file stats is stored again once its files are old enough
        del puts[STAT_KIND]  # to be recorded (filestats.RACY_NS): a matter of when each build ran, not of serve
    assert made[served][0] <= made[plain][0] and made[served][1] <= made[plain][1], made
    assert tree(served / "site") == tree(plain / "site")  # byte for byte the site of a build after the edit
