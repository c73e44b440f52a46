"""Several consultations in one index (issue 21): the bundled praksisplan consultation plus two written for these
tests by someone who had not read the code (tests/fixtures/consultations: a sundhedsaftale høringsnotat as DOCX, a
psykiatriplan høringsnotat as XLSX, overlapping parties, and three parties' own letters as PDF and DOCX). Scoping,
grouping, counts and letter links are checked end to end: in the service, on the CLI, over HTTP, in Slack (signed
requests against the stand-in Web API) and on the web page (real HTTP to the app)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from conftest import CORPUS, ServerThread, cli, file_lock
from slack_payloads import build_event
from slack_standin import SlackStandIn

from bot.api import create_app

FIXTURES = Path(__file__).parent / "fixtures" / "consultations"
GOLD = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))
SA, PP = "Sundhedsaftale 2024–2027", "Psykiatriplan 2023"
BUNDLED = "Praksisplan for almen praksis, Region Hovedstaden"
GRIBSKOV_LETTER_SA = "hoeringssvar-gribskov-sundhedsaftale-2024.pdf"


@pytest.fixture(scope="session")
def cons_store(tmp_path_factory, e5, shared_dir):
    """The bundled corpus and the three-consultation fixtures, ingested once (read only)."""
    from ingest.pipeline import ingest
    from retrieval.search.store import ChromaStore

    path = tmp_path_factory.mktemp("cons-store")
    with file_lock(shared_dir / "cons-store.lock"):
        report = ingest([CORPUS, FIXTURES], ChromaStore(path=path, collection="plansvar"), e5, progress=False)
    assert report.ok and not report.failed
    return path


@pytest.fixture(scope="session")
def cons(cons_store):
    from retrieval.service import Service
    from retrieval.settings import Settings

    svc = Service(Settings(store=cons_store))
    svc.index()
    return svc


def _gold_points(title: str) -> list[dict]:
    notat = next(n for n in GOLD["hoeringsnotater"] if n.get("consultation") == title)
    return [p for p in notat["points"] if p["handling"] != "intet_svar"]


def _in(c, title: str) -> bool:
    return c.consultation == title


# --- the unit: read from the documents ----------------------------------------------------------------------------


def test_each_hoeringsnotat_is_a_consultation_with_its_date_points_and_parties(cons):
    ix = cons.index()
    by = {c.title: c for c in ix.consultations}
    assert set(by) == {SA, PP, BUNDLED}
    assert [c.title for c in ix.consultations] == [SA, PP, BUNDLED]  # newest first, the undated one last
    assert (by[SA].date, by[SA].points, len(by[SA].parties), len(by[SA].silent)) == ("2024-05", 14, 7, 3)
    assert (by[PP].date, by[PP].points, len(by[PP].parties)) == ("2023-10", 12, 6)
    assert by[BUNDLED].date is None and by[BUNDLED].points > 200  # the title read from the document, no manifest
    assert sorted(by[SA].letters) == [GRIBSKOV_LETTER_SA, "hoeringssvar-plo-hovedstaden-sundhedsaftale-2024.pdf"]
    assert by[PP].letters == ["hoeringssvar-gribskov-psykiatriplan-2023.docx"]
    for r in ix.rows():
        assert r.consultation in by, r.id


def test_a_consultation_is_read_from_the_document_when_the_manifest_does_not_name_it(tmp_path):
    from ingest.consultation import consultation_date, consultation_title
    from ingest.pipeline import DocMeta, parse_file

    assert consultation_title(None, "Høringsnotat: høringssvar til praksisplan for almen praksis") == (
        "Praksisplan for almen praksis"
    )
    assert consultation_title(None, "hoeringsnotat-psykiatriplan-2023") == "Psykiatriplan 2023"
    assert consultation_title("Min høring", "whatever") == "Min høring"
    assert consultation_date(None, "Region X\nDato: 12. maj 2024\n") == "2024-05"
    assert consultation_date(None, "Hillerød, 2023-10-04") == "2023-10"
    assert consultation_date("2019", "maj 2024") == "2019"
    # no manifest: the DOCX's heading names the consultation; a letter is told from its opening line
    shutil.copy(FIXTURES / "hoeringsnotat-sundhedsaftale-2024-2027.docx", tmp_path / "notat.docx")
    recs = parse_file(tmp_path / "notat.docx", DocMeta())
    assert {r.consultation for r in recs} == {SA} and sum(r.is_row for r in recs) == 17
    shutil.copy(FIXTURES / "hoeringssvar-gribskov-psykiatriplan-2023.docx", tmp_path / "brev.docx")
    letter = parse_file(tmp_path / "brev.docx", DocMeta())
    assert {r.kind for r in letter} == {"hoeringssvar"} and not any(r.is_row for r in letter)


def test_letters_are_placed_and_each_point_links_to_the_sentence_it_summarises(cons):
    ix = cons.index()
    by_id = {r.id: r for r in ix.records}
    linked = [(by_id[i], ix.records[link.record], link.sentence) for i, link in ix.letter_links.items()]
    checked = 0
    for letter in GOLD["letters"]:
        for p in letter["points"]:
            start = " ".join(p["summary_start"].split()[:5])
            rec, sentence = next(
                (lr, s)
                for row, lr, s in linked
                if row.respondent == p["respondent"] and (row.summary or "").startswith(start)
            )
            assert rec.doc == letter["file"] and rec.respondent == p["respondent"]
            assert " ".join(p["letter_sentence"].split()[:6]) in " ".join(sentence.split()), (sentence, p)
            checked += 1
    assert checked >= 7
    # a point whose party wrote no letter links to none
    assert not any(by_id[i].respondent == "Københavns Kommune" for i in ix.letter_links)


# --- reading and answering -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, title",
    [
        ("Hvad skrev Gribskov Kommune i høringen om sundhedsaftalen?", SA),
        ("gribskov psykiatriplan-høringen", PP),
        ("Hvad sagde Gribskov i 2023-høringen?", PP),
        ("What did Gribskov say in the health agreement consultation?", SA),
        ("Gribskovs svar til psykiatriplanen", PP),
    ],
)
def test_a_named_consultation_scopes_the_answer_and_shows_in_the_reading(cons, question, title):
    ans = cons.answer(question)
    assert ans.found and ans.interpretation["filters"]["consultations"] == [title]
    assert title in ans.reading
    want = [p for p in _gold_points(title) if p["respondent"] == "Gribskov Kommune"]
    assert len(ans.citations) == len(want) and all(_in(c, title) for c in ans.citations)
    assert ans.matched_filters == len(want) == ans.returned


def test_a_party_over_several_consultations_is_answered_per_consultation_with_counts(cons):
    ans = cons.answer("Hvad skrev Gribskov Kommune?")
    rows = [r for r in cons.index().rows() if r.respondent == "Gribskov Kommune"]
    per = {t: sum(1 for r in rows if r.consultation == t) for t in (SA, PP, BUNDLED)}
    assert per[SA] == 3 and per[PP] == 2 and per[BUNDLED] >= 9
    assert f"Alle {len(rows)} høringspunkter" in ans.answer and len(ans.citations) == len(rows)
    for title, n in per.items():
        assert f"Høringen om {title}" in ans.answer and f"({n}):" in ans.answer
        assert f"{title} {n}" in ans.answer.split("\n")[0]  # the counts per consultation lead the answer
    # the answer lists each consultation's points under its own heading: never one mixed list
    order = [next(t for t in per if t == c.consultation) for c in ans.citations]
    assert (
        order == sorted(order, key=lambda t: [c.title for c in cons.index().consultations].index(t))
        or len(set(order)) == 3
    )


def test_a_partys_answers_in_the_different_consultations_are_its_points_not_a_comparison(cons):
    """ "… i de forskellige høringer" compares nothing: it asks for the party's points, per consultation."""
    rows = [r for r in cons.index().rows() if r.respondent == "Gribskov Kommune"]
    for q in ("Hvad har Gribskov Kommune svaret i de forskellige høringer?", "gribskovs svar i de enkelte høringer"):
        ans = cons.answer(q)
        assert ans.interpretation["intent"] != "synthesis" and len(ans.citations) == len(rows), (q, ans.answer[:200])
        assert f"Høringen om {SA}" in ans.answer and f"Høringen om {PP}" in ans.answer


def test_which_consultations_are_there_lists_them_with_dates_parties_and_points(cons):
    for q in ("Hvilke høringer er der i materialet?", "which consultations do you have?"):
        ans = cons.answer(q)
        assert ans.interpretation["intent"] == "consultations" and ans.found
        assert all(t in ans.answer for t in (SA, PP, BUNDLED))
        assert "14" in ans.answer and "12" in ans.answer
        assert ("maj 2024" in ans.answer) or ("May 2024" in ans.answer)
        assert len(ans.citations) == 3
    party = cons.answer("Hvilke høringer har Hillerød Kommune svaret i?")
    assert PP in party.answer and SA not in party.answer and "2 høringspunkter" in party.answer


def test_parties_that_responded_to_both(cons):
    ans = cons.answer("Which parties responded to both the health agreement and the psykiatriplan?")
    assert ans.interpretation["intent"] == "overlap"
    names = {c.respondent for c in ans.citations}
    assert names == {"Gribskov Kommune", "Københavns Kommune"}
    assert all(c.consultation in (SA, PP) for c in ans.citations)
    assert len(ans.citations) == 3 + 2 + 2 + 2  # every point of theirs in the two consultations is cited
    da = cons.answer("hvilke kommuner svarede i begge høringer, sundhedsaftalen og psykiatriplanen?")
    assert {c.respondent for c in da.citations} == {"Gribskov Kommune", "Københavns Kommune"}


def test_a_topic_across_consultations_is_grouped_and_a_topic_in_one_is_scoped(cons):
    across = cons.answer("hvad er der sagt om udskrivning på tværs af alle høringerne?")
    assert across.found and {c.consultation for c in across.citations} >= {SA, PP}
    assert "fordelt på høringer" in across.answer.split("\n")[0]
    one = cons.answer("Did anyone bring up relatives (pårørende) in the psykiatriplan?")
    assert one.found and one.citations and all(_in(c, PP) for c in one.citations)


def test_own_words_cite_the_partys_letter(cons):
    ans = cons.answer("vis Gribskovs egne ord om udskrivning i sundhedsaftalen")
    letters = [c for c in ans.citations if c.kind == "hoeringssvar"]
    assert letters and letters[0].doc == GRIBSKOV_LETTER_SA and letters[0].respondent == "Gribskov Kommune"
    gold = next(x for x in GOLD["letters"] if x["file"] == GRIBSKOV_LETTER_SA)["points"]
    assert "Egne ord" in ans.answer
    assert any(" ".join(p["letter_sentence"].split()[:8]) in " ".join(ans.answer.split()) for p in gold)
    # no letter from the party: the answer says so rather than passing the summary off as its words
    none = cons.answer("Københavns Kommunes egne ord om akutfunktioner i sundhedsaftalen")
    assert "ikke indlæst et høringssvar" in none.answer


def test_a_draft_is_for_one_consultation_and_asks_which_when_several(cons):
    ask = cons.respond("udkast til svar til Gribskov Kommune")
    assert ask.kind == "draft" and not ask.draft.found
    assert set(ask.draft.choices) == {SA, PP, BUNDLED} and "Hvilken høring" in ask.answer.answer
    rep = cons.respond("udkast til svar til Gribskov om psykiatriplanen")
    d = rep.draft
    assert d.found and d.consultation == PP and len(d.points) == 2
    assert all(c.consultation == PP for c in d.citations)
    assert "psykiatriplan 2023" in d.letter.lower() and "I jeres høringssvar skrev I:" in d.letter
    assert any(c.kind == "hoeringssvar" for c in d.citations)
    other = cons.draft("Hillerød Kommune", consultation=SA)
    assert not other.found and PP in other.text


def test_overview_and_exports_by_consultation(cons):
    from bot.exports import overview_sheets

    ans, ov = cons.overview("oversigt over sundhedsaftale-høringen")
    assert ov.consultation == SA and ov.rows == 14 and len(ov.no_response) == 3  # 17 rows: 14 points, 3 silent
    _, every = cons.overview()
    assert every.consultation is None and len(every.consultations) == 3
    assert "høringer" in [name for name, _h, _r in overview_sheets(every)]
    reply = cons.respond("overview of the psykiatriplan consultation")
    assert reply.kind == "overview" and reply.overview.consultation == PP and reply.overview.rows == 12


# --- the front ends --------------------------------------------------------------------------------------------


def test_cli_lists_consultations_and_scopes_drafts(cons_store):
    env = {"PLANSVAR_STORE": str(cons_store)}
    out = cli("consultations", "--json", env=env)
    assert out.returncode == 0
    assert [c["title"] for c in json.loads(out.stdout)] == [SA, PP, BUNDLED]
    asked = cli("ask", "Hvad skrev Gribskov i høringen om sundhedsaftalen?", env=env)
    assert asked.returncode == 0 and "i høringen om Sundhedsaftale 2024–2027" in asked.stdout
    drafted = cli("draft", "Gribskov", "--consultation", PP, env=env)
    assert drafted.returncode == 0 and "I jeres høringssvar skrev I:" in drafted.stdout


def test_http_and_web_pages_filter_by_consultation(cons, tmp_path):
    from conftest import service_with

    svc = service_with(cons, store=tmp_path / "feedback")
    with ServerThread(create_app(svc)) as server:
        u = server.url
        listed = httpx.get(f"{u}/consultations", timeout=30).json()
        assert [c["title"] for c in listed] == [SA, PP, BUNDLED] and listed[0]["points"] == 14
        a = httpx.post(f"{u}/ask", json={"question": "Hvad skrev Gribskov Kommune?"}, timeout=60).json()
        assert {c["consultation"] for c in a["citations"]} == {SA, PP, BUNDLED}
        ov = httpx.get(f"{u}/overview", params={"consultation": PP}, timeout=30).json()
        assert ov["consultation"] == PP and ov["rows"] == 12
        d = httpx.post(f"{u}/draft", json={"respondent": "Gribskov Kommune", "consultation": SA}, timeout=60)
        assert d.status_code == 200 and d.json()["consultation"] == SA
        page = httpx.get(f"{u}/browse", params={"consultation": PP}, timeout=30).text
        assert 'id="f-consultation"' in page and "12 " in page.split('id="count"')[1][:200]
        resp = httpx.get(f"{u}/respondent", params={"name": "Gribskov Kommune"}, timeout=30).text
        assert resp.count('class="consultation-group"') == 3
        reply = httpx.get(f"{u}/reply", params={"respondent": "Gribskov Kommune"}, timeout=60)
        assert reply.status_code == 404 and "consultation=" in reply.text  # a link per consultation to pick
        summary = httpx.get(f"{u}/summary", params={"consultation": SA}, timeout=30).text
        assert SA in summary and 'name="consultation"' in summary
        shown = httpx.get(f"{u}/", params={"q": "Hvad skrev Gribskov Kommune?"}, timeout=60).text
        assert "Høringen om Psykiatriplan 2023" in shown


def test_slack_citations_name_the_consultation_and_a_draft_asks_which(cons, tmp_path):
    from conftest import service_with
    from test_slack import SECRET, TOKEN, answer_messages, post_event

    from bot.slack_app import SlackBot

    with SlackStandIn() as web:
        svc = service_with(
            cons, store=tmp_path / "s", slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_api_url=web.url
        )
        bot = SlackBot(svc)
        with ServerThread(create_app(svc, slack_bot=bot)) as server:
            post_event(server.url, build_event(text="<@UBOT> hvad skrev Gribskov om psykiatri?", channel="C1"))
            web.wait_for("chat.update")
            blocks = answer_messages(web)[-1]
            text = json.dumps(blocks, ensure_ascii=False)
            assert "Psykiatriplan 2023" in text
            post_event(server.url, build_event(text="<@UBOT> udkast til svar til Gribskov Kommune", channel="C2"))
            deadline = __import__("time").time() + 60
            while "Hvilken høring" not in json.dumps(web.calls, ensure_ascii=False):
                assert __import__("time").time() < deadline, "no 'which consultation' reply"
                __import__("time").sleep(0.2)


def test_a_letter_without_a_manifest_finds_its_party_and_consultation():
    from retrieval.search.consultations import collect, place_letters
    from retrieval.types import Record

    def row(cons, who, n):
        return Record(
            id=f"{cons}-{n}", doc=f"{cons}.docx", kind="hoeringsnotat", text="t", respondent=who, summary="s",
            handling="aendring", consultation=cons, doc_kind="hoeringsnotat",
        )  # fmt: skip

    rows = [row("Tandplejeplan 2025", "Vestby Kommune", 1), row("Akutplan 2026", "Vestby Kommune", 2)]
    rows.append(row("Akutplan 2026", "Østby Kommune", 3))
    letter = [
        Record(id="l1", doc="brev.pdf", kind="hoeringssvar", title="Brev", text="Vestby Kommune takker for udkastet."),
        Record(id="l2", doc="brev.pdf", kind="hoeringssvar", text="Om akutplanen: vi ønsker flere akutpladser."),
    ]
    found = collect(rows)
    place_letters(rows + letter, found, ["Vestby Kommune", "Østby Kommune"])
    assert {r.respondent for r in letter} == {"Vestby Kommune"}
    assert {r.consultation for r in letter} == {"Akutplan 2026"}  # its title's word, of the two Vestby answered
    assert next(c for c in found if c.title == "Akutplan 2026").letters == ["brev.pdf"]


def test_a_consultation_named_loosely_by_an_option_and_an_unknown_one_is_refused(cons, cons_store):
    from retrieval.errors import ConsultationUnknown

    ix = cons.index()
    assert ix.find_consultation("psykiatriplan").title == PP
    assert ix.find_consultation("Sundhedsaftale").title == SA
    assert ix.find_consultation("sundhedsaftalen").title == SA
    assert ix.find_consultation("akutplan") is None
    assert cons.overview(consultation="psykiatriplanen")[1].consultation == PP
    with pytest.raises(ConsultationUnknown):
        cons.overview(consultation="akutplan")
    assert cons.draft("Gribskov", consultation="psykiatriplan").consultation == PP
    out = cli("overview", "--consultation", "akutplan", env={"PLANSVAR_STORE": str(cons_store)})
    assert out.returncode != 0 and "no consultation matches 'akutplan'" in out.stderr
    gone = cons.answer("Hvad kom der ud af akutplan-høringen?")
    assert not gone.found and "ingen høring om «akutplan»" in gone.answer and SA in gone.answer


def test_counts_leave_out_the_parties_that_did_not_respond(cons):
    ans = cons.answer("Hvor mange høringspunkter kom der i sundhedsaftale-høringen?")
    assert ans.answer.startswith(
        "14 høringspunkter fra 7 høringsparter (i høringen om Sundhedsaftale 2024–2027) og 3 hørte parter, der ikke svarede"
    )


def test_a_changed_manifest_entry_re_reads_the_file():
    from ingest.pipeline import DocMeta, file_hash

    data = b"the same bytes"
    assert file_hash(data) == file_hash(data, DocMeta())
    assert file_hash(data, DocMeta(consultation="A")) != file_hash(data, DocMeta(consultation="B"))
