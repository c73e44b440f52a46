"""Draft replies: every point of the respondent in order with its handling and citation, the plan quoted where the
høringsnotat quotes it (and from the plan itself when it is ingested), closest names for an unknown respondent,
LLM polish that never adds an unchecked claim; from Python, the CLI and HTTP."""

import io
import re
import shutil

import docx
import httpx
import openpyxl
import pytest

from conftest import ROOT, ServerThread, cli
from openai_standin import OpenAIStandIn
from retrieval.draft import comment_quotes
from retrieval.intents import classify
from retrieval.service import Service
from retrieval.settings import Settings

PLAN_FIXTURE = ROOT / "tests" / "fixtures" / "hovedstaden-plan"


def rows_of(service, name):
    return [r for r in service.index().rows() if r.respondent == name]


@pytest.mark.parametrize(
    "text, kind, name",
    [
        ("Udkast til svar til Gribskov Kommune", "draft", "Gribskov Kommune"),
        ("udkast Gribskov", "draft", "Gribskov"),
        ("Lav et udkast til svar til PIU", "draft", "PIU"),
        ("svarudkast til Gentofte Kommune?", "draft", "Gentofte Kommune"),
        ("Draft a reply to Gribskov", "draft", "Gribskov"),
        ("udkast", "draft", ""),
        ("oversigt", "overview", None),
        ("Giv mig et overblik over høringen", "overview", None),
        ("overview of the consultation", "overview", None),
        ("Giv mig en oversigt over hvad kommunerne sagde om fasttilknyttede læger", "ask", None),
        ("Hvad står der i udkastet til praksisplanen om lægedækning?", "ask", None),
    ],
)
def test_intents(text, kind, name):
    got = classify(text)
    assert got.kind == kind
    if name is not None:
        assert got.text == name


def test_every_respondent_gets_every_point_in_order(service):
    """For all respondents: one point per row with a response, in høringsnotat order, each citing its own row."""
    names = sorted({r.respondent for r in service.index().rows()})
    assert len(names) > 40
    for name in names:
        rows = sorted(rows_of(service, name), key=lambda r: r.position)
        d = service.draft(name)
        assert d.found and d.respondent == name, name
        answered = [r for r in rows if r.handling != "intet_svar"]
        if not answered:
            assert not d.points and "ikke fremsendt høringssvar" in d.text and len(d.citations) == 1
            continue
        assert [p.letter for p in d.points] == [r.letter for r in answered], name
        for p, r in zip(d.points, answered):
            c = d.citations[p.cite - 1]
            assert (c.respondent, c.letter, c.line_start) == (r.respondent, r.letter, r.line_start)
            assert p.summary == (r.summary or "")
        # the letter holds each point's heading with its key, in order, and each summary and comment verbatim
        heads = re.findall(r"^(\d+)\. (?:Punkt|Bemærkning).*\[(\d+)\]$", d.text, flags=re.M)
        assert [int(n) for n, _ in heads] == list(range(1, len(answered) + 1))
        assert [int(k) for _, k in heads] == [p.cite for p in d.points]
        for r in answered:
            assert (r.summary or "") in d.text and (r.text_change or "") in d.text


def test_gribskov_draft_quotes_the_plan_where_the_notat_does(service):
    d = service.draft("Gribskov Kommune")
    assert len(d.points) == 9 and not d.plan_in_index
    assert d.text.startswith("Udkast til svar til Gribskov Kommune — 9 bemærkninger")
    assert "Kære Gribskov Kommune" in d.text and "Med venlig hilsen" in d.text
    assert "er ikke blandt de indlæste dokumenter" in d.text  # the consulted plan is not in the bundled corpus
    by_letter = {p.letter: p for p in d.points}
    assert by_letter["e"].handling_label == "Giver ikke anledning til ændringer i praksisplanen"
    assert by_letter["f"].handling == "aendring" and "Tekstændring: s. 17." in d.text
    b = by_letter["b"].plan
    assert [(q.source, q.where) for q in b] == [("comment", "afsnit 1.5, side 5")]
    assert (
        b[0].text
        == "Praksisplanen og implementeringsarbejdet skal når relevant tage højde for en kommende overenskomst."
    )
    assert [q.where for q in by_letter["i"].plan] == ["s. 6"]
    assert not by_letter["a"].plan  # no quote in the comment, no plan to search
    # an empty handling cell says so; a handling taken from another row names it
    d = service.draft("Helsingør Kommune")
    assert "Håndtering: Ikke angivet i høringsnotatet (cellen er tom)." in d.text
    d = service.draft("Regionsældrerådet i Region Hovedstaden")
    assert "(samme håndtering som ved Patientinddragelsesudvalget i Region Hovedstaden a)." in d.text


def test_comment_quotes_need_plan_context():
    assert comment_quotes('Tilføjet s. 17: "Almen praksis skal have gode rammer for efteruddannelse."') == [
        ("Almen praksis skal have gode rammer for efteruddannelse.", "s. 17")
    ]
    assert (
        comment_quotes('Formuleringen ændres: "Opfølgning sker i tæt samarbejde med kommunen." s. 13.')[0][1] == "s. 13"
    )
    assert comment_quotes('Kommunen skriver "vi er glade for det gode samarbejde med regionen" hvilket noteres.') == []
    assert comment_quotes(None) == []


def test_plan_in_the_index_is_quoted_from_the_plan_itself(corpus_store, e5, tmp_path):
    """With the consulted region's plan ingested, the passage the comment quotes is cited to the plan's section,
    in the plan's own words; unrelated sections (parking, canteen) are never quoted."""
    from ingest.pipeline import ingest
    from retrieval.store import ChromaStore

    store = tmp_path / "store"
    shutil.copytree(corpus_store, store)
    report = ingest(
        [ROOT / "data" / "corpus", PLAN_FIXTURE], ChromaStore(path=store, collection="plansvar"), e5, progress=False
    )
    assert report.ingested == ["praksisplan-hovedstaden-uddrag.txt"]  # the rest reused with their vectors
    svc = Service(Settings(store=store))
    for name in ("Gribskov Kommune", "Gentofte Kommune", "Patientinddragelsesudvalget i Region Hovedstaden"):
        d = svc.draft(name)
        assert d.plan_in_index and "er ikke blandt de indlæste dokumenter" not in d.text
        for p in d.points:
            for q in p.plan:
                if q.source == "plan":
                    c = d.citations[q.cite - 1]
                    assert c.kind in ("plan", "sundhedsaftale") and c.doc == "praksisplan-hovedstaden-uddrag.txt"
                    assert "Parkering" not in (c.section or "") and "Kantine" not in (c.section or "")
                    assert q.text in re.sub(r"\s+", " ", c.text)
    d = svc.draft("Gribskov Kommune")
    i = next(p for p in d.points if p.letter == "i")
    plan = [q for q in i.plan if q.source == "plan"]
    assert len(plan) == 1 and plan[0].text.startswith("Almen praksis varetager i henhold til sundhedsloven")
    assert d.citations[plan[0].cite - 1].section == "2. Almen praksis og sundhedsaftalen"
    assert f"[{plan[0].cite}]" in d.text
    # Region Sjælland's plan is never quoted in a reply about Region Hovedstaden's plan
    assert not any(c.doc == "region-sjaelland-praksisplan-almen-praksis.txt" for c in d.citations)


def test_unknown_and_ambiguous_respondents_get_names_offered(service):
    d = service.draft("Gribskv")  # a typo still finds the respondent
    assert d.found and d.respondent == "Gribskov Kommune"
    d = service.draft("PIU")  # an acronym the respondent's own rows use
    assert d.respondent == "Patientinddragelsesudvalget i Region Hovedstaden"
    d = service.draft("Hvidbjerg Kommune")
    assert not d.found and not d.points and d.suggestions
    assert "Der er ingen høringspart ved navn «Hvidbjerg Kommune»" in d.text and "Mente du:" in d.text
    d = service.draft("Gentofte")
    assert d.respondent == "Gentofte Kommune"
    d = service.draft("Høje-Taastrup")  # answered jointly: the joint respondent is offered first
    assert not d.found and d.suggestions[0].startswith("Albertslund, pva. af Glostrup") and "står i navnet på" in d.text
    ans = service.answer("udkast")
    assert not ans.found and "Hvem skal svaret til?" in ans.answer
    for junk in ("!!!", "😀"):
        d = service.draft(junk)
        assert not d.found and not d.suggestions and "Hvem skal svaret til?" in d.text


def test_a_follow_up_after_a_draft_drafts_for_the_new_respondent(service):
    ans = service.answer("og Gentofte?", context="Udkast til svar til Gribskov Kommune")
    assert ans.answer.startswith("Udkast til svar til Gentofte Kommune")
    assert {c.respondent for c in ans.citations} == {"Gentofte Kommune"}
    assert (
        ans.question == "Udkast til svar til Gentofte" and service.intent("og Herlev", ans.question)[0].kind == "draft"
    )
    ans = service.answer("og hospitalerne?", context="oversigt")  # an overview is no context for a question
    assert "Høringspunkter:" not in ans.answer


def test_draft_through_ask_and_in_english(service):
    ans = service.answer("Udkast til svar til Gribskov Kommune")
    assert ans.found and ans.answer.startswith("Udkast til svar til Gribskov Kommune") and len(ans.citations) == 9
    ans = service.answer("Draft a reply to Gribskov")
    assert (
        ans.answer.startswith("Draft reply (in Danish) to Gribskov Kommune") and "Kære Gribskov Kommune" in ans.answer
    )


def polite_model(messages):
    """A careful model: thanks the respondent with the summary's own words, citing P1."""
    system = messages[0]["content"]
    block = re.search(r"\[P1\] \([^)]*\)\n(.+?)(?:\n\n\[P2\]|\n</passager>)", system, flags=re.S).group(1)
    summary = block.split(" · ")[2]
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", summary.strip())
    return " ".join(f"{s.rstrip('.')} [P1]." for s in sentences)


def test_llm_polish_keeps_checked_paragraphs_only(corpus_service):
    settings = dict(llm="openai", llm_model="standin", llm_api_key="sk-test-secret-123456")
    with OpenAIStandIn(polite_model) as llm:
        d = corpus_service(llm_base_url=llm.url, **settings).draft("Gribskov Kommune")
        assert len(llm.requests) == 9
        system = llm.requests[0]["body"]["messages"][0]["content"]
        assert "aldrig instruktioner" in system and "Region Hovedstaden" in system and "Gribskov Kommune" in system
    assert d.polished == 9 and all(p.reply for p in d.points)
    assert "Svarafsnittene er skrevet af sprogmodellen" in d.text
    for p in d.points:
        assert p.reply.endswith(f"[{p.cite}].") and p.reply in d.text
        assert "Håndtering:" in d.text  # the handling stays verbatim
    # a model that invents a promise is not used: the template text stays
    with OpenAIStandIn(
        lambda m: "Vi lover 50 nye læger i Gribskov inden 2026 [P1]. Det er aftalt med ministeren [P4]."
    ) as llm:
        d = corpus_service(llm_base_url=llm.url, **settings).draft("Gribskov Kommune")
    assert d.polished == 0 and "50 nye læger" not in d.text and "Jeres bemærkning (høringsnotatets resumé)" in d.text
    # a model that does not answer in time: the template text stays
    with OpenAIStandIn(polite_model, delay=3.0) as llm:
        d = corpus_service(llm_base_url=llm.url, llm_timeout=1.0, **settings).draft("Gribskov Kommune")
    assert d.polished == 0 and len(d.points) == 9


def test_cli_draft_writes_a_word_document(corpus_store, tmp_path):
    env = {"PLANSVAR_STORE": str(corpus_store), "PLANSVAR_LOG_LEVEL": "warning"}
    out = tmp_path / "udkast.docx"
    r = cli("draft", "Gribskov", "--out", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Udkast til svar til Gribskov Kommune") and "Kilder:" in r.stdout
    doc = docx.Document(out)
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert heads[:9] == [h for h in heads if h.startswith(tuple(f"{n}. Punkt" for n in range(1, 10)))]
    assert len(heads) == 10 and heads[-1] == "Kilder"
    assert any("l. 408-444" in p.text for p in doc.paragraphs)  # point i's source line
    r = cli("draft", "Hvidbjerg", "Kommune", env=env)
    assert r.returncode == 1 and "Mente du:" in r.stdout
    r = cli("draft", "Gribskov", "--out", str(tmp_path / "x.pdf"), env=env)
    assert r.returncode == 2 and ".docx" in r.stderr


def test_http_draft(service):
    from bot.api import create_app

    with ServerThread(create_app(service)) as server:
        r = httpx.post(f"{server.url}/draft", json={"respondent": "Gribskov Kommune"}, timeout=30)
        assert r.status_code == 200
        d = r.json()
        assert d["found"] and d["respondent"] == "Gribskov Kommune" and len(d["points"]) == 9
        assert [p["letter"] for p in d["points"]] == list("abcdefghi")
        assert d["citations"][d["points"][8]["cite"] - 1]["line_start"] == 408
        r = httpx.post(f"{server.url}/draft", json={"respondent": "Hvidbjerg"}, timeout=30)
        assert r.status_code == 200 and not r.json()["found"] and r.json()["suggestions"]
        assert httpx.post(f"{server.url}/draft", json={"respondent": "  "}, timeout=30).status_code == 422
        r = httpx.post(f"{server.url}/ask", json={"question": "oversigt"}, timeout=30)
        assert r.status_code == 200 and "Høringspunkter: 228" in r.json()["answer"]
        # downloads: the draft as Word, the overview and any answer as spreadsheets
        r = httpx.post(f"{server.url}/draft.docx", json={"respondent": "Gribskov"}, timeout=30)
        assert (
            r.status_code == 200 and 'filename="udkast-svar-gribskov-kommune.docx"' in r.headers["content-disposition"]
        )
        doc = docx.Document(io.BytesIO(r.content))
        assert sum(p.style.name == "Heading 2" and p.text.startswith(tuple("123456789")) for p in doc.paragraphs) == 9
        r = httpx.post(f"{server.url}/draft.docx", json={"respondent": "Hvidbjerg"}, timeout=30)
        assert r.status_code == 404 and r.json()["suggestions"]
        r = httpx.get(f"{server.url}/overview", params={"format": "xlsx"}, timeout=30)
        wb = openpyxl.load_workbook(io.BytesIO(r.content))
        assert sum(row[-1] for row in list(wb["type x håndtering"].values)[1:]) == 228
        r = httpx.post(
            f"{server.url}/export",
            json={"question": "Which responses led to text changes?", "format": "csv"},
            timeout=30,
        )
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = [line for line in r.content.decode("utf-8-sig").splitlines() if line.count(";") > 5]
        assert len(rows) == 1 + 27 and rows[0].startswith("nr;høringspart")
        assert (
            httpx.post(f"{server.url}/export", json={"question": "x", "format": "pdf"}, timeout=30).status_code == 422
        )


def test_documents_know_their_region(service):
    """The manifest's region, else "Region X" in the title or publisher: drafts quote only the consulted region's plan."""
    from ingest.pipeline import infer_region

    regions = {r.doc: r.region for r in service.index().records}
    assert regions["region-hovedstaden-hoeringsnotat-praksisplan.txt"] == "Region Hovedstaden"
    assert regions["region-sjaelland-praksisplan-almen-praksis.txt"] == "Region Sjælland"
    assert infer_region("Praksisplan for almen praksis 2024, Region Midtjylland", None) == "Region Midtjylland"
    assert infer_region("Praksisplan", "Praksisplanudvalget, Region Nordjylland") == "Region Nordjylland"
    assert infer_region("Sundhedsaftale 2024-2027", "KL") is None
