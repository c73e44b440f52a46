"""The web page as a person uses it, in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright;
never `playwright install`): ask the example questions and open a citation, show all, filter the høringsnotat, a
respondent's points, the draft and its DOCX, the overview chart, the language switch, bad input, document text that
holds <script>, a phone's width and the keyboard. Screenshots at 1280 and 375 px go to PLANSVAR_TEST_ARTIFACTS, or
to web-screenshots/ in the run's pytest temp folder (README, "Web page").

No Chromium (or no playwright package): the browser tests skip, saying why; with CI=true they fail instead."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import httpx
import pytest
from conftest import ServerThread

from bot.api import create_app

CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")  # Debian's package (make chromium)
# NOTE: without the background-networking flags Chromium's own connections are refused by the closed network here
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = os.environ.get("PLANSVAR_TEST_ARTIFACTS")  # read at import: the tests clear every PLANSVAR_ variable
Q_EN = "What did municipalities say about fasttilknyttede læger?"
Q_DA = "Hvilke høringssvar førte til ændringer i teksten?"
PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=2">'


def _no_browser() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: `make chromium` run as root (or `apt-get install chromium`) installs it"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing: `make install` installs the dev extra"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _no_browser()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run: {reason} (CI=true: they must run on these machines)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    d = Path(ARTIFACTS) if ARTIFACTS else tmp_path_factory.getbasetemp() / "web-screenshots"
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture(scope="module")
def web_service(corpus_service, tmp_path_factory):
    """The warm corpus Service with a store folder of its own for the page's feedback (the corpus store is read only)."""
    return corpus_service(store=tmp_path_factory.mktemp("web-feedback"))


@pytest.fixture(scope="module")
def site(web_service):
    with ServerThread(create_app(web_service)) as server:
        yield server.url


class Page:
    """A page in its own browser context; JavaScript errors and console errors (CSP refusals too) fail the test."""

    def __init__(self, browser, base: str, width: int, shots: Path, bypass_csp: bool = False) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, base_url=base, accept_downloads=True, bypass_csp=bypass_csp
        )
        self.page = self.context.new_page()
        self.width, self.shots, self.errors = width, shots, []
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", self._console)

    def _console(self, m) -> None:
        # NOTE: a page answered 4xx/5xx on purpose (bad input, empty store) is logged as a failed load: the tests
        # check those statuses themselves
        if m.type == "error" and not m.text.startswith("Failed to load resource: the server responded with a status"):
            self.errors.append(f"console: {m.text}")

    def shot(self, name: str, full: bool = True) -> None:
        self.page.screenshot(path=str(self.shots / f"{name}-{self.width}.png"), full_page=full)

    def no_horizontal_scroll(self) -> None:
        sw = self.page.evaluate("document.documentElement.scrollWidth")
        assert sw <= self.width, f"{self.page.url}: {sw} px wide at a {self.width} px viewport"


@pytest.fixture
def open_page(browser, site, shots):
    pages = []

    def make(width: int = 1280, base: str = site, bypass_csp: bool = False) -> Page:
        p = Page(browser, base, width, shots, bypass_csp)
        pages.append(p)
        return p

    yield make
    for p in pages:
        p.context.close()
    assert not [e for p in pages for e in p.errors]


def _count_is(page, n: int) -> None:
    """Wait until the browse page's count says n (the page's CSP forbids eval, so no wait_for_function)."""
    from playwright.sync_api import expect

    expect(page.locator("#count")).to_have_text(re.compile(rf"^{n} "))


def _ask(page, question: str) -> None:
    page.fill("#q", question)
    page.press("#q", "Enter")
    page.wait_for_selector("section.answer")


def test_the_two_example_questions_get_cited_answers_and_a_citation_opens_its_source(open_page, web_service):
    p = open_page()
    pg = p.page
    pg.goto("/")
    assert pg.get_attribute("html", "lang") == "da"
    assert pg.locator("label[for=q]").inner_text().startswith("Dit spørgsmål")
    _ask(pg, Q_EN)
    lead = pg.locator(".lead").first.inner_text()
    want = web_service.answer(Q_EN)
    assert re.search(r"\d+", lead) and lead == want.answer.split("\n")[0]
    assert pg.locator(".item .cite-line").count() == len(want.citations) >= 2
    assert "Gribskov Kommune" in pg.locator(".answer").inner_text()
    assert "Read as:" in pg.locator(".reading").inner_text()  # the answer in the question's language
    p.shot("ask-en")
    _ask(pg, Q_DA)
    want = web_service.answer(Q_DA)
    assert pg.locator(".lead").first.inner_text() == want.answer.split("\n")[0]
    assert str(len(want.citations)) in pg.locator(".lead").first.inner_text()
    assert pg.locator(".sources li").count() == len(want.citations) >= 10
    p.shot("ask-da")
    # the first citation opens its row with the quoted words marked
    pg.locator(".item .cite-line a").first.click()
    pg.wait_for_url(re.compile(r"/source\?"))
    first = want.citations[0]
    assert first.respondent in pg.locator("h1").inner_text()
    marked = " ".join(pg.locator("mark").all_inner_texts())
    assert marked and marked.split()[0] in (first.text + " " + (first.text_change or ""))
    p.shot("source")


def test_a_narrowed_answer_links_to_the_whole_filtered_set(open_page):
    pg = open_page().page
    pg.goto("/")
    _ask(pg, "Hvad sagde Nordsjællands Hospital om FMK?")
    shown = pg.locator(".item .cite-line").count()
    link = pg.locator("#show-all")
    n = int(re.search(r"\d+", link.inner_text()).group(0))
    assert shown < n
    link.click()
    pg.wait_for_selector("section.answer")
    assert pg.locator(".item .cite-line").count() == n
    assert pg.locator("#show-all").count() == 0


def test_browse_filters_change_the_count_and_a_row_opens(open_page, web_service):
    rows = list(web_service.index().rows())
    p = open_page()
    pg = p.page
    pg.goto("/browse")
    assert pg.locator("#count").inner_text() == f"{len(rows)} af {len(rows)} høringspunkter"
    kommuner = [r for r in rows if r.respondent_type == "kommune"]
    pg.select_option("#f-type", "kommune")  # the page updates at once (web.js); no button press
    _count_is(pg, len(kommuner))
    changed = [r for r in kommuner if r.handling == "aendring"]
    pg.select_option("#f-handling", "aendring")
    _count_is(pg, len(changed))
    assert pg.locator("table.rows tbody tr").count() == len(changed)
    assert "handling=aendring" in pg.url and "type=kommune" in pg.url
    pg.fill("#f-q", "plejecentre")
    word = [
        r
        for r in changed
        if "plejecentre" in " ".join(filter(None, (r.summary, r.text_change, r.quote, r.text))).lower()
    ]
    _count_is(pg, len(word))
    assert 0 < len(word) < len(changed)
    p.shot("browse")
    # a row's full text, then its own page
    first = pg.locator("table.rows tbody tr").first
    first.locator("summary").click()
    full = first.locator("dl.row-full").inner_text()
    assert "Håndtering" in full and word[0].summary[:40] in full
    first.locator("a.open").click()
    pg.wait_for_url(re.compile(r"/source\?"))
    assert word[0].respondent in pg.locator("h1").inner_text()
    # the same filters without script (a plain GET)
    r = httpx.get(f"{pg.url.split('/source')[0]}/browse", params={"type": "kommune", "handling": "aendring"})
    assert f"{len(changed)} af {len(rows)}" in r.text


def test_gribskov_points_draft_and_docx(open_page, web_service):
    p = open_page()
    pg = p.page
    pg.goto("/browse")
    pg.select_option("#f-respondent", "Gribskov Kommune")
    _count_is(pg, 9)
    pg.locator("table.rows tbody tr").first.get_by_role("link", name="Gribskov Kommune").click()
    pg.wait_for_url(re.compile(r"/respondent\?"))
    assert pg.locator("h1").inner_text() == "Gribskov Kommune"
    assert pg.locator("li.point").count() == 9
    p.shot("respondent")
    pg.click("#to-draft")
    pg.wait_for_url(re.compile(r"/reply\?"))
    letter = pg.locator(".letter").inner_text()
    assert letter.startswith("Kære Gribskov Kommune") and "Lægedækning og tilgængelighed" in letter
    assert "[" not in letter.replace("[Navn]", "") and "Punkt a" in pg.locator(".point-sources").inner_text()
    assert pg.locator(".sources li").count() == len(web_service.draft("Gribskov Kommune").citations)
    p.shot("draft")
    with pg.expect_download() as info:
        pg.click("#docx")
    download = info.value
    assert download.suggested_filename == "udkast-svar-gribskov-kommune.docx"
    with zipfile.ZipFile(download.path()) as z:
        assert "word/document.xml" in z.namelist()
        assert "Kære Gribskov Kommune" in z.read("word/document.xml").decode("utf-8")
    # asked for in the question box, as in Slack: the draft's own page
    pg.goto("/")
    pg.fill("#q", "Udkast til svar til Gribskov")
    pg.press("#q", "Enter")
    pg.wait_for_url(re.compile(r"/reply\?respondent=Gribskov"))
    assert "Kære Gribskov Kommune" in pg.locator(".letter").inner_text()


def test_overview_has_the_charts_and_who_did_not_respond(open_page, site, web_service):
    p = open_page()
    pg = p.page
    pg.goto("/")
    pg.fill("#q", "oversigt")  # as in Slack
    pg.press("#q", "Enter")
    pg.wait_for_url(re.compile(r"/summary$"))
    pg.get_by_role("link", name="Oversigt").click()
    pg.wait_for_url(re.compile(r"/summary$"))
    _ans, ov = web_service.overview()
    svg = pg.locator("svg#chart-types")
    assert svg.get_attribute("role") == "img"
    assert "type af høringspart" in svg.locator("title").first.inner_html()
    bars = svg.locator("g.bar")
    assert bars.count() == len(ov.by_type_handling)
    assert bars.first.locator("text").last.inner_html() == str(sum(next(iter(ov.by_type_handling.values())).values()))
    assert pg.locator("svg#chart-themes g.bar").count() == len(ov.by_theme)
    silent = pg.locator(".no-response li")
    assert silent.count() == len(ov.no_response) > 0
    assert ov.no_response[0]["respondent"] in silent.first.inner_text()
    p.shot("overview")
    r = httpx.get(f"{site}/summary/types.svg")
    assert r.headers["content-type"].startswith("image/svg+xml") and r.text.startswith("<svg xmlns=")
    import xml.etree.ElementTree as ET

    ET.fromstring(r.text)  # well-formed: it can go to Slack or a document as it is


def test_language_switch_to_english_stays(open_page):
    pg = open_page().page
    pg.goto("/browse")
    pg.click("a.lang")
    assert pg.get_attribute("html", "lang") == "en"
    assert pg.locator("h1").inner_text() == "The consultation memo's points"
    pg.get_by_role("link", name="Overview").click()
    assert pg.locator("h1").inner_text() == "Overview of the consultation"  # the choice is kept (a cookie)
    pg.click("a.lang")
    assert pg.get_attribute("html", "lang") == "da"


def test_bad_input_gets_the_apis_messages_in_the_page(open_page, site, tmp_path):
    pg = open_page().page
    pg.goto("/")
    pg.press("#q", "Enter")
    # the reply Slack gives the same typed error (bot/messages.py), in the page's language (Danish by default)
    assert (
        "Skriv et spørgsmål, fx: Hvad sagde kommunerne om fasttilknyttede læger?" in pg.locator(".error").inner_text()
    )
    assert pg.get_attribute("#q", "aria-invalid") == "true"
    pg.fill("#q", "x" * 2001)
    pg.press("#q", "Enter")
    pg.wait_for_selector(".error")
    assert "Spørgsmålet er for langt (2001 tegn; højst 2000)" in pg.locator(".error").inner_text()
    api = httpx.post(f"{site}/ask", json={"question": "x" * 2001}).json()
    # the API's clients get the same error, in English
    assert api["detail"][0]["ctx"]["error"].startswith("the question is 2001 characters long; the limit is 2000")
    assert httpx.get(f"{site}/?q=").status_code == 422
    # an empty store: the StoreError's public text, no trace, no path
    from retrieval.service import Service
    from retrieval.settings import Settings

    with ServerThread(create_app(Service(Settings(store=tmp_path / "none")))) as empty:
        for path in ("/?q=hej", "/browse", "/summary", "/reply?respondent=Gribskov"):
            r = httpx.get(f"{empty.url}{path}")
            assert r.status_code == 503 and "There is no index yet" in r.text and str(tmp_path) not in r.text


def test_feedback_and_export(open_page, web_service):
    from bot.feedback import FeedbackStore
    from bot.slack_app import feedback_path

    pg = open_page().page
    pg.goto("/")
    _ask(pg, Q_DA)
    pg.click("#fb-up")
    pg.wait_for_selector(".fb-status:has-text('Tak for din feedback!')")
    got = FeedbackStore(feedback_path(web_service.settings)).list()
    assert got[0]["value"] == "up" and got[0]["question"] == Q_DA and got[0]["channel"] == "web"
    # without script the form posts and comes back to the answer, never to a URL the client names
    aid = pg.get_attribute("form[data-feedback] input[name=answer_id]", "value")
    site = pg.url.split("/?")[0]
    r = httpx.post(f"{site}/feedback", data={"answer_id": aid, "value": "down", "back": "//evil.example/?q=x"})
    assert r.status_code == 303 and r.headers["location"] == "/?q=x&fb=ok"
    assert FeedbackStore(feedback_path(web_service.settings)).list()[0]["value"] == "down"
    with pg.expect_download() as info:
        pg.get_by_role("link", name="Hent som CSV").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("# svar") and len(list(csv.reader(io.StringIO(text), delimiter=";"))) > 10


def test_phone_width_and_keyboard(open_page, site):
    p = open_page(width=375)
    pg = p.page
    pg.goto("/?q=" + Q_DA)  # an answer page: nothing has focus yet (the empty page focuses its question box itself)
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.className") == "skip"  # the first stop skips the menu
    for _ in range(10):  # the question box is reached with Tab, and Enter asks
        if pg.evaluate("document.activeElement && document.activeElement.id") == "q":
            break
        pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.id") == "q"
    pg.keyboard.press("Control+A")
    pg.keyboard.type(Q_EN)
    pg.keyboard.press("Enter")
    pg.wait_for_url(re.compile(r"fasttilknyttede"))
    pg.wait_for_selector("section.answer")
    p.no_horizontal_scroll()
    p.shot("ask-en")
    for name, path in (
        ("browse", "/browse"),
        ("overview", "/summary"),
        ("respondent", "/respondent?name=Gribskov+Kommune"),
        ("draft", "/reply?respondent=Gribskov+Kommune"),
    ):
        pg.goto(path)
        p.no_horizontal_scroll()
        p.shot(name, full=name != "browse")  # all 228 rows as cards: the first screen is enough
    assert pg.evaluate("getComputedStyle(document.body).fontSize") == "16px"


# --- document text is shown, never run ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_site(e5, tmp_path_factory):
    """A store of its own with a høringsnotat (CSV) and a plan whose text holds script and markup."""
    from ingest.pipeline import ingest
    from retrieval.search.store import ChromaStore
    from retrieval.service import Service
    from retrieval.settings import Settings

    folder = tmp_path_factory.mktemp("hostile-docs")
    header = [
        "Høringspart",
        "Tema",
        "Sammendrag af høringssvaret",
        "Håndtering af høringssvar",
        "Kommentar og/eller forslag til tekstændring i planen",
        "Høringssvaret",
    ]
    rows = [
        [
            "Testby Kommune",
            "Lægedækning <b>fed</b>",
            f"a) Testby ønsker flere læger {PAYLOAD} i området.",
            "Inddrages i implementeringsarbejdet",
            f"Kommentar {IMG_PAYLOAD}",
            "Citat </dd><script>window.__pwned=3</script>",
        ],
        [
            "Testby Kommune",
            "Lægedækning <b>fed</b>",
            "b) Testby foreslår bedre adgang til lægevagten om natten.",
            "Giver anledning til ændring/tilføjelse i praksisplanen",
            "",
            "",
        ],
        [
            'Foreningen "><svg onload=window.__pwned=4>',
            "Kvalitet",
            "a) Foreningen ønsker mere kvalitet i praksis.",
            "Giver ikke anledning til ændringer i praksisplanen",
            "",
            "",
        ],
    ]
    with open(folder / "hoeringsnotat-test.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        w.writerows(rows)
    (folder / "plan-test.txt").write_text(
        "Praksisplan for Testregion\n\n1. Indledning\n\nPlanen handler om lægedækning i Testregion "
        f"{PAYLOAD} og om {IMG_PAYLOAD} adgang til almen praksis for alle borgere.\n",
        encoding="utf-8",
    )
    store = tmp_path_factory.mktemp("hostile-store")
    report = ingest([folder], ChromaStore(path=store, collection="plansvar"), e5, progress=False)
    assert report.ok and not report.failed
    with ServerThread(create_app(Service(Settings(store=store)))) as server:
        yield server.url


def test_script_in_a_document_is_shown_as_text_and_never_runs(open_page, hostile_site):
    p = open_page(base=hostile_site, bypass_csp=True)  # the escaping alone must hold, without the page's CSP behind it
    pg = p.page
    pg.goto("/browse")
    assert pg.locator("#count").inner_text().startswith("3 ")
    pg.locator("table.rows tbody tr summary").first.click()
    body = pg.locator("main").inner_text()
    assert PAYLOAD in body and "Kommentar <img src=x" in body and "Lægedækning <b>fed</b>" in body
    row_link = pg.locator("table.rows a.open").first.get_attribute("href")
    visits = [
        "/browse",
        row_link,
        "/respondent?name=Testby+Kommune",
        "/?q=Hvad+sagde+Testby+Kommune%3F",
        "/?q=Hvad+handler+planen+om+lægedækning+i+Testregion%3F",
        "/reply?respondent=Testby+Kommune",
        "/summary",
    ]
    other = pg.locator("table.rows tbody tr").nth(2).locator("a").first.get_attribute("href")
    visits.append(other)
    for path in visits:
        pg.goto(path)
        pg.wait_for_load_state("load")
        assert pg.evaluate("window.__pwned") is None, path
        assert pg.locator("main script, main img, main b, main svg[onload]").count() == 0, path
    pg.goto("/?q=Hvad+sagde+Testby+Kommune%3F")
    assert PAYLOAD in pg.locator(".answer").inner_text()
    pg.locator(".item .cite-line a").first.click()
    assert PAYLOAD in pg.locator("main").inner_text() and pg.evaluate("window.__pwned") is None
    pg.goto(row_link)
    assert "</dd><script>window.__pwned=3</script>" in pg.locator("main").inner_text()
    pg.goto("/summary")
    assert "Lægedækning <b>fed</b>" in pg.locator("svg#chart-themes").inner_html().replace("&lt;", "<").replace(
        "&gt;", ">"
    )
    p.shot("hostile")


def test_every_page_loads_only_its_own_assets(site):
    """No CDN: every src, href and form action is on this server, and the assets answer."""
    for path in (
        "/",
        "/?q=" + Q_DA,
        "/browse",
        "/summary",
        "/reply?respondent=Gribskov+Kommune",
        "/respondent?name=Gribskov+Kommune",
    ):
        r = httpx.get(f"{site}{path}", timeout=30)
        assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
        refs = set(re.findall(r'(?:src|href|action)="([^"#][^"]*)"', r.text))  # (document text may name a URL)
        assert refs and all(x.startswith("/") or x.startswith("data:") for x in refs), path
        for ref in sorted(x for x in refs if x.startswith("/static/")):
            assert httpx.get(f"{site}{ref}", timeout=30).status_code == 200, ref
