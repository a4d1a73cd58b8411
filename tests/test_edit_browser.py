"""`idlibsite serve --edit` in a real browser: select words, save, see the statement, undo, and the refusals.

The project is a copy of this one with the README walkthrough's article added
(tests/fixtures/walkthrough/), whose quotations no statement covers yet.  The
server is `serve` with the editing layer, as `idlibsite serve --edit` runs it.
"""

import datetime as dt
import difflib
import hashlib
import json
import re
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page, Route, expect
from playwright.sync_api import Error as PlaywrightError

from conftest import ROOT, copy_project, serving
from idlibsite.addsource import add_source
from idlibsite.build import build
from idlibsite.config import Config, load_config
from idlibsite.editing.api import EditLayer
from idlibsite.editing.session import Session
from idlibsite.errors import IdlibError
from idlibsite.serve import serve
from idlibsite.site.fragments import statement_fragment
from test_browser import browser  # noqa: F401 (the fixture: Debian's chromium)
from test_walkthrough import ARTICLE, CLAIM, SOURCE_ID

TIMEOUT_MS = 20_000  # a save waits for the checks, then for the rebuild: generous on a loaded 2-core machine
expect.set_options(timeout=TIMEOUT_MS)
PESKOV = "The Turkish side undertook to separate the moderate opposition from the terrorists"
STATEMENT = "dmitry-peskov-the-turkish-side-undertook-to"
PESKOV_YAML = (  # the statement of PESKOV, as saved on the side of the assertion
    f"  - id: {STATEMENT}\n"
    "    speaker: dmitry-peskov\n"
    f"    source: {SOURCE_ID}\n"
    f"    quote: {PESKOV}\n"
    "    kind: direct\n"
    "    side: assertion\n"
    "    said: 2020-03-05\n"
    "    said_note: not dated in its sentence; reported in an article published 5 March 2020\n"
)
SEED_SOURCE = "russia-accuses-turkey-2020-02-13"  # an article of the project that statements quote
AGGRAVATING = "turkey-aggravating-situation-in-idlib"  # a claim quoting it three times
# select the first occurrence of some words in the page's main text, as a reader's mouse would
SELECT = """(words) => {
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(words);
    if (i >= 0) {
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + words.length);
      const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true;
    }
  }
  return false;
}"""


@dataclass
class Server:
    base: str  # http://127.0.0.1:port/
    project: Path
    session: Session
    status: list[list[str]]  # every rebuild's problems
    building: threading.Event  # set while a rebuild runs

    def claim(self, claim_id: str = CLAIM) -> Path:
        return self.project / "claims" / f"{claim_id}.yaml"

    def source_page(self, source_id: str = SOURCE_ID) -> str:
        return f"{self.base}sources/{source_id}/"

    def undo_all(self) -> None:
        while self.session.store.history:
            self.session.undo()

    def settle(self) -> None:
        """Wait for the rebuilds that the latest writes start: a page opened meanwhile would be reloaded."""
        deadline = time.monotonic() + 120
        quiet = 0.0
        while quiet < 3.0 and time.monotonic() < deadline:  # watchfiles yields a change within 1.6 s (its debounce)
            builds = len(self.status)
            time.sleep(0.25)
            quiet = 0.0 if self.building.is_set() or len(self.status) != builds else quiet + 0.25


def prepared_project(root: Path) -> Config:
    """This project, with the walkthrough's article added and its sidecar reviewed (README steps 1-2)."""
    copy_project(root)
    config = load_config(root)
    add_source(config, ARTICLE, None)
    sidecar = root / "corpus" / "kremlin-urges-turkey.yaml"
    text = sidecar.read_text("utf-8")
    text = re.sub(r"(?m)^outlet: .*$", "outlet: Example Wire", text)
    text = re.sub(r"(?m)^outlet_note: .*$", "outlet_note: The URL is on example.com, Example Wire's site.", text)
    sidecar.write_text(text.replace("review: true", "review: false"), "utf-8")
    return config


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    config = prepared_project(tmp_path_factory.mktemp("project"))
    statuses: list[list[str]] = []
    building = threading.Event()

    def rebuild() -> list[str]:
        building.set()
        try:
            build(config, record_versions=False)
        except IdlibError as exc:
            statuses.append([p.format() for p in exc.problems])
            return statuses[-1]
        finally:
            building.clear()
        statuses.append([])
        return []

    ports: list[int] = []
    started, stop = threading.Event(), threading.Event()
    session = Session(config)

    def ready(port: int) -> None:
        ports.append(port)
        started.set()

    thread = threading.Thread(target=serve, args=(config, 0, rebuild),
                              kwargs={"stop": stop, "ready": ready, "layer": EditLayer(session)})
    thread.start()
    try:
        assert started.wait(120)
        yield Server(f"http://127.0.0.1:{ports[0]}/", config.root, session, statuses, building)
    finally:
        stop.set()
        thread.join(30)


def new_page(browser: Browser) -> Page:
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    page = new_page(browser)
    yield page
    page.context.close()
    server.undo_all()  # every test starts from the project as copied, and rebuilt
    server.settle()


def open_source(page: Page, server: Server, source_id: str = SOURCE_ID) -> None:
    try:
        page.goto(server.source_page(source_id))
    except PlaywrightError as error:  # serve's reload of the tab after a rebuild aborted the navigation: go again
        if "ERR_ABORTED" not in str(error):
            raise
        page.goto(server.source_page(source_id))
    expect(page.locator("#idlibsite-edit")).to_be_visible()
    expect(page.locator(".ie-block").first).to_be_attached()  # the script found the article's blocks


def annotate(page: Page, words: str) -> None:
    assert page.evaluate(SELECT, words)
    page.get_by_role("button", name="Annotate the selected words").click()
    expect(page.locator("#ie-form")).to_be_visible()


def wait_for_statement(page: Page, server: Server, claim_id: str, statement_id: str, shown: str = "article") -> None:
    """Load the claim page until the rebuild that follows a save shows the statement (as ``shown``, a
    CSS selector of its element: "article.side-context"; "" when the statement must be gone)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    found = f"{shown or 'article'}[id='{statement_fragment(statement_id)}']"
    while time.monotonic() < deadline:
        try:
            answer = page.goto(f"{server.base}claims/{claim_id}/")
            if answer is not None and answer.ok and bool(page.locator(found).count()) == bool(shown):
                return
        except PlaywrightError as err:  # the page reloaded itself as the rebuild ended: load it again
            # Chromium reports the same race as net::ERR_ABORTED when the reload cancels our navigation
            if not any(m in err.message for m in ("interrupted by another navigation", "context was destroyed",
                                                  "net::ERR_ABORTED")):
                raise
        time.sleep(0.5)
    raise AssertionError(f"{statement_id} not as {shown!r} on the claim page of {claim_id}; rebuilds: {server.status[-3:]}")


def diff_lines(before: str, after: str) -> list[str]:
    """The lines ``after`` has and ``before`` has not (-) or the reverse (+): the diff, without context."""
    return [line for line in difflib.unified_diff(before.splitlines(True), after.splitlines(True), n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def statement_button(page: Page, action: str, statement_id: str, claim_id: str) -> Locator:
    """A button of the panel's list of the statements quoting the article (opened first)."""
    summary = page.locator("#ie-statements summary")
    if page.locator("#ie-statements[open]").count() == 0:
        summary.click()
    return page.get_by_role("button", name=f"{action}: {statement_id} of claim {claim_id}", exact=True)


def undo_in_the_panel(page: Page, server: Server, source_id: str, label: str) -> None:
    open_source(page, server, source_id)
    expect(page.locator("#ie-last")).to_have_text(label)
    page.get_by_role("button", name="Undo the last save").click()
    expect(page.locator("#ie-live")).to_have_text(f"Undone: {label}. The page reloads when the site is rebuilt.")


def test_the_readme_walks_through_these_steps() -> None:
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    path = readme[readme.index("### Annotate in the browser"):readme.index("### A saved web page")]
    for words in (".venv/bin/idlibsite serve --edit", f"sources/{SOURCE_ID}/", PESKOV, "Annotate the selected words",
                  "Add this actor", "Undo the last save", "changed since you opened it"):
        assert words in path, words


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_editing_layer_is_only_in_served_pages_never_in_the_built_site(
    server: Server, tmp_path: Path
) -> None:
    # first in this module: the site on disk is the one `serve --edit` built at its start
    served = urllib.request.urlopen(server.source_page(), timeout=30).read()
    assert b'id="idlibsite-edit"' in served and server.session.token.encode() in served
    on_disk = files(server.project / "site")
    assert not [name for name, data in on_disk.items() if b"idlibsite-edit" in data or b"ie-panel" in data]
    plain = prepared_project(tmp_path / "plain")
    build(plain, record_versions=False)  # as serve builds, without the editing layer
    assert files(plain.output) == on_disk


def test_select_words_save_and_find_the_statement_on_its_claim_page_then_undo(page: Page, server: Server) -> None:
    claim = server.claim()
    before = claim.read_bytes()
    open_source(page, server)
    annotate(page, PESKOV)
    # pre-filled as `suggest` attributes it: Peskov, a quotation, the article's date
    expect(page.locator("#ie-quote")).to_have_text(PESKOV)
    expect(page.locator("#ie-speaker")).to_have_value("dmitry-peskov")
    expect(page.locator("#ie-kind")).to_have_value("direct")
    expect(page.locator("#ie-said")).to_have_value("2020-03-05")
    expect(page.locator("#ie-id")).to_have_value(STATEMENT)
    page.get_by_label("Claim").select_option(CLAIM)
    page.get_by_label("Side").select_option("assertion")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#ie-live")).to_contain_text("Saved: added statement")

    # the diff is the statement alone: the file is the old one, a blank line, the statement
    assert claim.read_text("utf-8") == before.decode("utf-8") + "\n" + PESKOV_YAML
    wait_for_statement(page, server, CLAIM, STATEMENT)
    expect(page.locator(f"article[id='{statement_fragment(STATEMENT)}']")).to_contain_text("separate the moderate opposition")

    # undo from the panel: the claim file is back, byte for byte
    open_source(page, server)
    expect(page.locator("#ie-last")).to_have_text(f"added statement {STATEMENT} to claim {CLAIM}")
    page.get_by_role("button", name="Undo the last save").click()
    expect(page.locator("#ie-live")).to_contain_text("Undone")
    assert claim.read_bytes() == before


def test_a_save_the_checks_refuse_shows_their_message_and_writes_nothing(page: Page, server: Server) -> None:
    claim = server.claim()
    before = claim.read_bytes()
    open_source(page, server)
    annotate(page, PESKOV)
    page.get_by_label("Claim").select_option(CLAIM)
    page.get_by_label("Said (date").fill("04/03/2020")  # `check` refuses this date form
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("would refuse")
    expect(page.locator("#ie-problems")).to_contain_text("said: '04/03/2020' is not a date")
    assert claim.read_bytes() == before


def test_a_new_speaker_gets_an_actor_stub_then_the_statement(page: Page, server: Server) -> None:
    actors = server.project / "claims" / "actors.yaml"
    before, claim_before = actors.read_bytes(), server.claim().read_bytes()
    open_source(page, server)
    annotate(page, "Hami Aksoy, the Turkish Foreign Ministry spokesman, said on Thursday")
    expect(page.locator("#ie-new-actor")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Hami Aksoy")
    expect(page.get_by_label("Role")).to_have_value("Turkish Foreign Ministry spokesman")
    page.get_by_label("Affiliation").fill("Turkey")
    page.get_by_role("button", name="Add this actor").click()
    expect(page.locator("#ie-speaker")).to_have_value("hami-aksoy")
    assert actors.read_text("utf-8").endswith(
        "\n\n  - id: hami-aksoy\n    name: Hami Aksoy\n    kind: person\n    affiliation: Turkey\n"
        "    aliases: []\n    roles:\n      - title: Turkish Foreign Ministry spokesman\n        until: unknown\n")
    assert actors.read_text("utf-8").startswith(before.decode("utf-8"))
    expect(page.locator("#ie-said-note")).to_have_value('"on Thursday" in an article dated 5 March 2020')
    page.get_by_label("Claim").select_option(CLAIM)
    page.get_by_label("Side").select_option("counter")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#ie-live")).to_contain_text("Saved")
    ident = "hami-aksoy-the-turkish-foreign-ministry-spokesman"
    wait_for_statement(page, server, CLAIM, ident)
    expect(page.locator(f"article[id='{statement_fragment(ident)}']")).to_contain_text("Hami Aksoy")
    # two saves, two undos: the statement, then the actor; both files back byte for byte
    undo_in_the_panel(page, server, SOURCE_ID, f"added statement {ident} to claim {CLAIM}")
    assert server.claim().read_bytes() == claim_before
    server.settle()  # the rebuild after the undo, which reloads the page
    open_source(page, server)
    expect(page.locator("#ie-last")).to_have_text("added actor hami-aksoy to actors.yaml")
    page.get_by_role("button", name="Undo the last save").click()
    expect(page.locator("#ie-live")).to_have_text(
        "Undone: added actor hami-aksoy to actors.yaml. The page reloads when the site is rebuilt.")
    assert actors.read_bytes() == before


def test_two_tabs_editing_one_claim_file_the_second_save_is_refused(
    browser: Browser, page: Page, server: Server
) -> None:
    claim = server.claim()
    other = new_page(browser)
    try:
        for tab, words in ((page, PESKOV), (other, "fully complied")):
            open_source(tab, server)
            annotate(tab, words)
            tab.get_by_label("Claim").select_option(CLAIM)
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.locator("#ie-live")).to_contain_text("Saved")
        saved = claim.read_bytes()
        time.sleep(3)  # the rebuild after the first save: the tab with its form open is not reloaded under it
        expect(other.locator("#ie-form")).to_be_visible()
        other.get_by_label("Statement id").fill("aksoy-fully-complied")
        other.get_by_role("button", name="Save", exact=True).click()
        expect(other.get_by_role("alert")).to_contain_text("changed since you opened it")
        assert claim.read_bytes() == saved  # never merged
    finally:
        other.context.close()


def post(url: str, body: dict[str, object], headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        return err.code


def test_a_cross_origin_post_is_refused(page: Page, server: Server, tmp_path: Path) -> None:
    claim = server.claim()
    before = hashlib.sha256(claim.read_bytes()).hexdigest()
    undo = f"{server.base}__idlibsite/edit/add"
    body = {"source": SOURCE_ID, "range": [0, 40], "id": "x", "speaker": "dmitry-peskov", "kind": "direct",
            "side": "assertion", "said": "2020-03-05", "claim": CLAIM, "hash": before}
    # another site open in the same browser: its page posts to the local server, with and without CORS
    (tmp_path / "evil.html").write_text(f"""<!doctype html><title>x</title><script>
    const body = {json.dumps(json.dumps(body))};
    window.results = Promise.all([
      fetch("{undo}", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}}, body}})
        .then(() => "sent", e => "blocked: " + e),
      fetch("{undo}", {{method: "POST", headers: {{"Content-Type": "application/json",
        "X-Idlibsite-Token": "guess"}}, body}}).then(r => "status " + r.status, e => "blocked: " + e),
    ]);
    </script>""", "utf-8")
    with serving(tmp_path) as other:
        page.goto(f"{other}evil.html")
        results = page.evaluate("window.results")
    assert results[1].startswith("blocked")  # the browser's CORS check: no answer lets it through
    assert hashlib.sha256(claim.read_bytes()).hexdigest() == before
    token = server.session.token
    # the server's own checks, as a script that forges what a browser would not let it
    assert post(undo, body, {"Origin": other.rstrip("/"), "X-Idlibsite-Token": token}) == 403
    assert post(undo, body, {"Origin": server.base.rstrip("/")}) == 403  # no token
    assert post(undo, body, {"Origin": server.base.rstrip("/"), "X-Idlibsite-Token": "guess"}) == 403
    assert hashlib.sha256(claim.read_bytes()).hexdigest() == before


def focused(page: Page) -> str:
    """The focused element, as its id (or its first words when it has none)."""
    return str(page.evaluate("document.activeElement.id || document.activeElement.textContent.slice(0, 40)"))


def test_keyboard_only_tab_shift_arrows_enter_save_and_undo_as_a_screen_reader_hears_it(
    page: Page, server: Server
) -> None:
    first = str(server.session.state(SOURCE_ID)["claims"][0]["id"])  # type: ignore[index]  # the form's default
    claim_file = server.claim(first)
    before = claim_file.read_bytes()
    open_source(page, server)
    live = page.locator("#ie-live")
    for _ in range(100):  # Tab from the top of the page to the paragraph
        page.keyboard.press("Tab")
        if focused(page).startswith('"The Turkish side'):
            break
    assert focused(page).startswith('"The Turkish side')
    page.keyboard.press("ArrowRight")  # past the opening quotation mark
    for _ in range(3):
        page.keyboard.press("Control+Shift+ArrowRight")
    expect(live).to_have_text("Selected: The Turkish side. Press Enter to annotate.")
    page.keyboard.press("Enter")
    expect(live).to_have_text("New statement: the form is open.")
    expect(page.locator("#ie-quote")).to_have_text("The Turkish side")
    assert focused(page) == "ie-speaker"
    order = []
    for _ in range(7):  # the form's controls in reading order, the hidden ones skipped
        page.keyboard.press("Tab")
        order.append(focused(page))
    assert order == ["ie-kind", "ie-said", "ie-said-note", "ie-claim", "ie-side", "ie-id", "ie-save"]
    claim, ident = page.locator("#ie-claim").input_value(), page.locator("#ie-id").input_value()
    assert (claim, ident) == (first, "dmitry-peskov-the-turkish-side")
    page.keyboard.press("Enter")  # on Save
    label = f"added statement {ident} to claim {claim}"
    said = f"Saved: {label}. The page reloads when the site is rebuilt."
    expect(live).to_have_text(said)
    assert f"  - id: {ident}\n" in claim_file.read_text("utf-8")
    server.settle()  # the rebuild, and the page reloaded: it says it again, and the keyboard is on Undo
    expect(live).to_have_text(said)
    expect(page.locator("#ie-undo-button")).to_be_focused()
    page.keyboard.press("Enter")
    expect(live).to_have_text(f"Undone: {label}. The page reloads when the site is rebuilt.")
    assert claim_file.read_bytes() == before
    expect(page.locator("#ie-h")).to_be_focused()  # the Undo button went away with the last save


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_violation_on_a_source_page_with_the_panel_and_its_form_open(
    page: Page, server: Server, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900 if width > 400 else 844})
    open_source(page, server, SEED_SOURCE)  # highlights, S1 links and folded furniture, with the panel
    annotate(page, "Russia on Wednesday accused Turkey")
    statement_button(page, "Edit", "russia-turkey-aggravating", AGGRAVATING)  # the list of statements opened
    found = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
             for v in Axe().run(page).response["violations"]]
    assert found == []


def test_edit_a_statement_in_the_panel_changes_its_line_alone_then_undo(page: Page, server: Server) -> None:
    claim = server.claim(AGGRAVATING)
    before = claim.read_text("utf-8")
    ident = "defence-ministry-seriously-aggravating"
    open_source(page, server, SEED_SOURCE)
    statement_button(page, "Edit", ident, AGGRAVATING).click()
    expect(page.locator("#ie-form-h")).to_have_text(f"Edit statement {ident}")
    expect(page.locator("#ie-quote")).to_have_text(
        "the Defence Ministry said Turkish troops were seriously aggravating the situation on the ground in Idlib")
    expect(page.locator("#ie-speaker")).to_have_value("russian-defence-ministry")
    expect(page.get_by_label("Claim", exact=True)).to_be_disabled()  # an edit keeps the statement where it is
    expect(page.get_by_label("Side", exact=True)).to_have_value("assertion")
    page.get_by_label("Side", exact=True).select_option("context")
    page.get_by_role("button", name="Save", exact=True).click()
    label = f"edited statement {ident} of claim {AGGRAVATING}"
    expect(page.locator("#ie-live")).to_have_text(f"Saved: {label}. The page reloads when the site is rebuilt.")
    # one line changed; the comments, the key order and the rest of the file as they were
    assert diff_lines(before, claim.read_text("utf-8")) == ["-    side: assertion\n", "+    side: context\n"]
    wait_for_statement(page, server, AGGRAVATING, ident, "article.side-context")
    expect(page.locator(f"#context-h ~ article[id='{statement_fragment(ident)}']")).to_have_count(1)
    undo_in_the_panel(page, server, SEED_SOURCE, label)
    assert claim.read_text("utf-8") == before


def test_delete_a_statement_in_the_panel_removes_its_lines_alone_then_undo(page: Page, server: Server) -> None:
    claim = server.claim(AGGRAVATING)
    before = claim.read_text("utf-8")
    ident = "defence-ministry-troops-and-arms-make-it-worse"
    open_source(page, server, SEED_SOURCE)
    statement_button(page, "Delete", ident, AGGRAVATING).click()
    label = f"deleted statement {ident} of claim {AGGRAVATING}"
    expect(page.locator("#ie-live")).to_contain_text(f"Saved: {label}. With 1 warning(s).")
    # the warning the check gives now: the words are no longer covered by a statement
    expect(page.locator("#ie-problems")).to_contain_text("not covered by any statement: 'It said the presence")
    assert diff_lines(before, claim.read_text("utf-8")) == [
        f"-  - id: {ident}\n",
        "-    speaker: russian-defence-ministry\n",
        f"-    source: {SEED_SOURCE}\n",
        "-    quote: It said the presence of Turkish troops and armour in Idlib was making the situation there much "
        "worse, as was the transport of weapons and ammunition across the Syrian-Turkish border.\n",
        "-    kind: reported\n",
        "-    side: assertion\n",
        "-    said: 2020-02-12\n",
        "-    said_note: '\"on Wednesday\" in an article dated 13 February 2020'\n",
        "-\n",
    ]
    wait_for_statement(page, server, AGGRAVATING, ident, "")
    expect(page.locator("article[id='s-defence-ministry-seriously-aggravating']")).to_have_count(1)  # the others stay
    undo_in_the_panel(page, server, SEED_SOURCE, label)
    assert claim.read_text("utf-8") == before


def test_an_existing_quote_gets_a_second_claim_from_the_panel_then_undo(page: Page, server: Server) -> None:
    ident = "russia-turkey-aggravating"
    other = "russia-not-responsible-for-idlib-crisis"
    claim = server.claim(other)
    before = claim.read_text("utf-8")
    open_source(page, server, SEED_SOURCE)
    statement_button(page, "Add to another claim", ident, AGGRAVATING).click()
    expect(page.locator("#ie-form-h")).to_have_text("The same words in another claim")
    quote = ("Russia on Wednesday accused Turkey of flouting agreements it had made with Moscow on Syria and "
             "of aggravating the situation in Idlib")
    expect(page.locator("#ie-quote")).to_have_text(quote)
    expect(page.locator("#ie-speaker")).to_have_value("russia")
    page.get_by_label("Claim", exact=True).select_option(other)
    page.get_by_label("Side", exact=True).select_option("context")
    page.get_by_role("button", name="Save", exact=True).click()
    label = f"added statement {ident} to claim {other}"
    expect(page.locator("#ie-live")).to_contain_text(f"Saved: {label}.")
    # the old file, a blank line, the statement with the quote exactly as the first claim writes it
    assert claim.read_text("utf-8") == before + (
        "\n"
        f"  - id: {ident}\n"
        "    speaker: russia\n"
        f"    source: {SEED_SOURCE}\n"
        f"    quote: {quote}\n"
        "    kind: reported\n"
        "    side: context\n"
        "    said: 2020-02-12\n"
        "    said_note: '\"on Wednesday\" in an article dated 13 February 2020'\n"
    )
    wait_for_statement(page, server, other, ident, "article.side-context")
    expect(page.locator(f"article[id='{statement_fragment(ident)}']")).to_contain_text("flouting agreements")
    undo_in_the_panel(page, server, SEED_SOURCE, label)
    assert claim.read_text("utf-8") == before


def test_a_new_claim_from_the_panel_is_a_new_file_and_page_then_undo_removes_it(page: Page, server: Server) -> None:
    claim_id = "turkey-has-not-separated-the-opposition-from-terrorists"
    path = server.claim(claim_id)
    listing = sorted(p.name for p in path.parent.iterdir())
    open_source(page, server)
    annotate(page, PESKOV)
    page.get_by_label("Claim", exact=True).select_option(label="A new claim…")
    expect(page.locator("#ie-new-claim")).to_be_visible()
    page.get_by_label("Title").fill("Turkey has not separated the opposition from terrorists")
    expect(page.get_by_label("Id (its URL")).to_have_value(claim_id)  # proposed from the title
    page.get_by_label("Assertion").fill("Turkey has not separated the moderate opposition from the terrorists in Idlib.")
    page.get_by_label("Topics").fill("ceasefire, diplomacy")
    page.get_by_label("Side", exact=True).select_option("assertion")
    page.get_by_role("button", name="Save", exact=True).click()
    label = f"added statement {STATEMENT} to claim {claim_id}"
    expect(page.locator("#ie-live")).to_contain_text(f"Saved: {label}.")
    today = dt.date.today().isoformat()
    assert path.read_text("utf-8") == (
        f"id: {claim_id}\n"
        "title: Turkey has not separated the opposition from terrorists\n"
        "actor: dmitry-peskov\n"
        "date: 2020-03-05\n"
        "assertion: Turkey has not separated the moderate opposition from the terrorists in Idlib.\n"
        "topics: [ceasefire, diplomacy]\n"
        "status:\n"
        "  value: active\n"
        f"  date: {today}\n"
        "  note: First published.\n"
        f"updated: {today}\n"
        "statements:\n"
    ) + PESKOV_YAML
    wait_for_statement(page, server, claim_id, STATEMENT)
    expect(page.locator("h1")).to_have_text("Turkey has not separated the opposition from terrorists")
    undo_in_the_panel(page, server, SOURCE_ID, label)
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # the file is gone, nothing else changed


def test_a_source_template_without_the_block_hooks_is_named_in_the_panel(page: Page, server: Server) -> None:
    # as a templates/source.html override that drops data-block would serve it
    def without_hooks(route: Route) -> None:
        answer = route.fetch()
        route.fulfill(response=answer, body=re.sub(rb' data-block="\d+"', b"", answer.body()))

    page.route(server.source_page(SEED_SOURCE), without_hooks)
    page.goto(server.source_page(SEED_SOURCE))
    blocks = len(server.session.state(SEED_SOURCE)["blocks"])  # type: ignore[arg-type]
    expect(page.get_by_role("alert")).to_have_text(
        f"{blocks} of the article's {blocks} blocks cannot be selected: the page does not show them in elements "
        "marked data-block. A template override (templates/source.html) must keep the data-block and "
        "data-not-archived attributes.")
    expect(page.locator(".ie-block")).to_have_count(0)  # no guess at which words are the article's
