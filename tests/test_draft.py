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

from retrieval.answering.draft import comment_quotes, salutation
from retrieval.reading.intents import classify
from retrieval.service import Service
from retrieval.settings import Settings

PLAN_FIXTURE = ROOT / "tests" / "fixtures" / "hovedstaden-plan"


def rows_of(service, name):
    return [r for r in service.index().rows() if r.respondent == name]


def docx_parts(doc) -> tuple[list[str], list[str]]:
    """A draft's DOCX: the letter's paragraphs (before the page break) and what follows it."""
    texts, cut = [p.text for p in doc.paragraphs], None
    for i, p in enumerate(doc.paragraphs):
        if 'w:type="page"' in p._p.xml:
            cut = i
            break
    assert cut is not None, "no page break after the letter"
    return [t for t in texts[:cut] if t.strip()], [t for t in texts[cut + 1 :] if t.strip()]


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
        # the letter holds each point's paragraph in order; the sources after it name each point with its key
        at = [d.letter.index(p.paragraph) for p in d.points]
        assert at == sorted(at) and len(d.source_lines) == len(d.points)
        for p, line in zip(d.points, d.source_lines):
            assert line.startswith(f"Punkt {p.letter}" if p.letter else "Bemærkning") and f"[{p.cite}]" in line


def test_gribskov_draft_quotes_the_plan_where_the_notat_does(service):
    d = service.draft("Gribskov Kommune")
    assert len(d.points) == 9 and not d.plan_in_index
    assert d.text.startswith("Udkast til svar til Gribskov Kommune — 9 bemærkninger")
    assert d.letter.startswith("Kære Gribskov Kommune\n") and "Med venlig hilsen" in d.letter
    # the consulted plan is not in the bundled corpus: said to the caseworker, not in the letter
    assert "er ikke blandt de indlæste dokumenter" in d.note and "indlæste" not in d.letter
    by_letter = {p.letter: p for p in d.points}
    assert by_letter["e"].handling_label == "Giver ikke anledning til ændringer i planen"
    assert by_letter["f"].handling == "aendring" and "Den ændrede tekst i planen (s. 17) lyder:" in d.letter
    b = by_letter["b"].plan
    assert [(q.source, q.where) for q in b] == [("comment", "afsnit 1.5, side 5")]
    assert (
        b[0].text
        == "Praksisplanen og implementeringsarbejdet skal når relevant tage højde for en kommende overenskomst."
    )
    assert [q.where for q in by_letter["i"].plan] == ["s. 6"]
    assert not by_letter["a"].plan  # no quote in the comment, no plan to search
    assert by_letter["i"].paragraph.endswith(
        "Vi har ikke ændret planen på dette punkt, fordi dette er håndteret på s. 6. i praksisplane."
    )
    assert "Punkt e: høringsnotatet giver ingen begrundelse" in d.note  # e's comment cell is empty
    # an empty handling cell is told to the caseworker; a point answered "as PIU's" gets PIU's summary and reason
    d = service.draft("Helsingør Kommune")
    assert "Punkt a, b: høringsnotatet angiver ingen håndtering" in d.note
    d = service.draft("Regionsældrerådet i Region Hovedstaden")
    assert "Samme kommentar" not in d.letter and "håndteringen (og begrundelsen) er taget fra" in d.note
    b = d.points[1].paragraph
    assert b.startswith("I skriver, at der kan være behov for at tage alternative drifts- og organiseringsformer")
    assert "Vi har ikke ændret planen på dette punkt med følgende begrundelse: Regionernes muligheder" in b


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
    from retrieval.search.store import ChromaStore

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
    assert ans.question == "Udkast til svar til Gentofte" and service.read("og Herlev", ans.question).intent == "draft"
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
    assert "er i 9 punkter skrevet af sprogmodellen" in d.note
    for p in d.points:
        # the checked restatement, its keys kept out of the letter; the handling sentence stays the template's
        assert p.reply.endswith(f"[{p.cite}].") and p.paragraph.startswith(re.sub(r"\s*\[\d+\]", "", p.reply))
        assert p.paragraph in d.letter and "[" not in p.paragraph
    assert d.points[0].paragraph.endswith("Jeres bemærkning inddrages i implementeringsarbejdet.")
    # a model that invents a promise is not used: the template text stays
    with OpenAIStandIn(
        lambda m: "Vi lover 50 nye læger i Gribskov inden 2026 [P1]. Det er aftalt med ministeren [P4]."
    ) as llm:
        d = corpus_service(llm_base_url=llm.url, **settings).draft("Gribskov Kommune")
    assert d.polished == 0 and "50 nye læger" not in d.text and "I er interesseret i at udarbejde tiltag" in d.letter
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
    body, after = docx_parts(doc)
    assert body[0] == "Kære Gribskov Kommune" and body[-3:] == ["Med venlig hilsen", "[Navn]", "Region Hovedstaden"]
    assert after[0] == "Kilder pr. punkt (sendes ikke med brevet)"
    assert any(p.startswith("Punkt i") and "l. 408-444" in p for p in after)  # point i's source line
    assert len(list(doc.comments)) == 1 + 9  # the caseworker's note and one per point
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
        assert d["letter"].startswith("Kære Gribskov Kommune") and d["note"].startswith("Udkast til svar til")
        assert len(d["source_lines"]) == 9 and d["body"][0] == ["dear", "Kære Gribskov Kommune", 0]
        assert d["points"][8]["paragraph"] in d["letter"] and d["points"][8]["sources"] == [9]
        # the web page: the caseworker's note, the letter without keys, then the sources per point with their keys
        page = httpx.get(f"{server.url}/reply", params={"respondent": "Gribskov"}, timeout=30).text
        note, letter = page.index('class="caseworker"'), page.index('class="letter"')
        sources = page.index('class="point-sources"')
        assert note < letter < sources and "Kære Gribskov Kommune" in page[letter:sources]
        assert not re.search(r"\[\d", page[letter:sources]) and "[9]" in page[sources:]
        r = httpx.post(f"{server.url}/draft", json={"respondent": "Hvidbjerg"}, timeout=30)
        assert r.status_code == 200 and not r.json()["found"] and r.json()["suggestions"]
        assert httpx.post(f"{server.url}/draft", json={"respondent": "  "}, timeout=30).status_code == 422
        r = httpx.post(f"{server.url}/ask", json={"question": "oversigt"}, timeout=30)
        assert r.status_code == 200 and "Høringspunkter: 211" in r.json()["answer"]
        # downloads: the draft as Word, the overview and any answer as spreadsheets
        r = httpx.post(f"{server.url}/draft.docx", json={"respondent": "Gribskov"}, timeout=30)
        assert (
            r.status_code == 200 and 'filename="udkast-svar-gribskov-kommune.docx"' in r.headers["content-disposition"]
        )
        doc = docx.Document(io.BytesIO(r.content))
        assert sum(p.style.name == "List Number" and p.text.startswith("Punkt ") for p in doc.paragraphs) == 9
        r = httpx.post(f"{server.url}/draft.docx", json={"respondent": "Hvidbjerg"}, timeout=30)
        assert r.status_code == 404 and r.json()["suggestions"]
        r = httpx.get(f"{server.url}/overview", params={"format": "xlsx"}, timeout=30)
        wb = openpyxl.load_workbook(io.BytesIO(r.content))
        assert sum(row[-1] for row in list(wb["type x håndtering"].values)[1:]) == 211
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


# --- the letter is a letter: issue 18, item 6 -------------------------------------------------------------------------

# a citation key, a handling code, a file name: none of them belongs in what is sent to the respondent
NOT_IN_LETTER = re.compile(
    r"\[\d|(?<![\w-])(?:aendring|ingen_aendring|uden_for_rammerne|intet_svar|delvist|implementering)(?![\w-])|\.txt\b",
    re.I,
)
META = (
    "Udkast til svar",
    "Skabelon",
    "sprogmodel",
    "Bemærk:",
    "indlæste dokumenter",
    "Kilder",
    "høringsnotatet",
    "Håndtering:",
)


def _without_own_words(text: str, rows) -> str:
    """The letter without the høringsnotat's own sentences (a comment may say "Implementering af praksisplanen …")
    and the Danish phrase "delvist imødekommet": what is left is the letter's own wording."""
    for r in rows:
        for cell in (r.text_change, r.summary):
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join((cell or "").split())):
                if len(sentence) > 12:  # the summary's speaker is turned into "I": its first words may differ
                    text = text.replace(sentence.strip().rstrip("."), "")
                    tail = sentence.strip().rstrip(".").split(" ", 2)[-1]
                    text = text.replace(tail, "") if len(tail) > 30 else text
    return text.replace("delvist imødekommet", "")


def _answered(service):
    names = sorted({r.respondent for r in service.index().rows()})
    for name in names:
        d = service.draft(name)
        if d.points:
            yield name, d


def test_a_body_named_in_its_definite_form_is_written_to_not_greeted():
    assert salutation("Gribskov Kommune") == "Kære Gribskov Kommune"
    assert salutation("Region Hovedstaden") == "Kære Region Hovedstaden"
    assert salutation("Patientinddragelsesudvalget i Region Hovedstaden") == (
        "Til Patientinddragelsesudvalget i Region Hovedstaden"
    )
    assert salutation("Ældrerådet i Vesterby") == "Til Ældrerådet i Vesterby"
    assert salutation("Sundhedsstyrelsen") == "Til Sundhedsstyrelsen"


def test_every_letter_is_sentences_to_the_party_without_keys_codes_or_notes(service, tmp_path):
    """For every respondent of the bundled høringsnotat: the letter (text and DOCX body) holds no citation key, no
    handling code, no file name and no note to the caseworker; it opens with the salutation and the thanks for the
    response to the plan, and every point is a paragraph addressed to the party ("I …", "jeres")."""
    from bot.exports import write_draft

    seen = 0
    rows = list(service.index().rows())
    for name, d in _answered(service):
        seen += 1
        assert d.letter.startswith(
            f"{salutation(name)}\n\nTak for jeres høringssvar til praksisplan for almen praksis, Region Hovedstaden."
        )
        own = _without_own_words(d.letter, rows)
        assert not NOT_IN_LETTER.search(own), (name, NOT_IN_LETTER.search(own).group(0))
        for meta in META:
            assert meta not in d.letter, (name, meta)
        for p in d.points:
            first = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", p.paragraph)[0]
            assert re.search(r"(?:^|\s)(?:I|[Jj]eres),?\s", first), (name, p.letter, first)
            assert p.paragraph in d.letter
        # the text: the caseworker's note, then the letter, then the sources per point, each part on its own
        assert d.text.index(d.note) < d.text.index(d.letter) < d.text.index(d.source_lines[0])
        body, _after = docx_parts(docx.Document(write_draft(tmp_path / "u.docx", d)))
        assert body[0] == salutation(name)
        for par in body:
            assert not NOT_IN_LETTER.search(_without_own_words(par, rows)), (name, par)
            assert not any(meta in par for meta in META), (name, par)
    assert seen > 25


def test_a_refusal_gives_the_reason_the_hoeringsnotat_gives(service):
    """Every point the region did not take into the plan (ingen_aendring, uden_for_rammerne) says so in a sentence to
    the party, followed by the høringsnotat's own comment (its reason), word for word; a refusal without a comment is
    flagged to the caseworker."""
    rows = {f"{r.respondent} {r.letter or ''}".strip(): r for r in service.index().rows()}
    refusals = 0
    for name, d in _answered(service):
        for p in d.points:
            if p.handling not in ("ingen_aendring", "uden_for_rammerne"):
                continue
            refusals += 1
            row = rows[f"{name} {p.letter or ''}".strip()]
            comment = row.text_change or (rows[row.refers_to].text_change if row.refers_to else None)
            text = " ".join(t for k, t, n in d.body if n == d.points.index(p) + 1).replace("«", "").replace("»", "")
            if not row.is_remark:
                assert "Vi har ikke ændret planen på dette punkt" in p.paragraph, (name, p.letter)
            if comment:
                # the comment's words, but for those that only introduce a quote ("Det fremgår af planen, at …")
                words = {w for w in re.findall(r"[a-zæøå]{4,}", comment.lower())}
                missing = words - set(re.findall(r"[a-zæøå]{4,}", text.lower()))
                assert len(missing) <= max(1, len(words) // 10), (name, p.letter, missing)
            elif p.handling == "uden_for_rammerne":  # the handling is the reason: outside the plan's scope
                assert "fordi det ligger uden for" in p.paragraph
            elif not row.is_remark:
                assert re.search(rf"Punkt [^:]*\b{p.letter}\b[^:]*: høringsnotatet giver ingen begrundelse", d.note)
    assert refusals > 40


def test_a_text_change_is_quoted_once_as_the_new_wording(service):
    """A passage the comment quotes appears once in its point: a text change labelled as the new or changed
    wording (never as the plan's text), a passage the plan already holds labelled as the plan's text."""
    changes = 0
    for name, d in _answered(service):
        assert "Planens tekst" not in d.letter
        for n, p in enumerate(d.points, start=1):
            parts = [(k, t) for k, t, m in d.body if m == n]
            joined = " ".join(t for _, t in parts)
            for q in p.plan:
                if q.source != "comment":
                    continue
                probe = q.text[:50]
                assert joined.count(probe) == 1, (name, p.letter, probe)
                if not q.in_letter:
                    continue
                i = next(i for i, (k, t) in enumerate(parts) if k == "quote" and probe in t)
                label = parts[i - 1][1]
                if q.role in ("added", "changed"):
                    changes += p.handling == "aendring"
                    assert label.startswith(("Den nye tekst i planen", "Den ændrede tekst i planen")), (name, label)
                else:
                    assert not label.startswith("Den "), (name, label)
    assert changes >= 10


def test_the_sources_after_the_letter_cite_every_point(service, tmp_path):
    """After the letter: one source line per point with its key, the row's page and lines; the key's citation is that
    row. The DOCX has them after a page break (with document title, respondent and point) and as Word comments."""
    from bot.exports import write_draft

    for name, d in _answered(service):
        assert len(d.source_lines) == len(d.points)
        for p, line in zip(d.points, d.source_lines):
            c = d.citations[p.cite - 1]
            assert (c.respondent, c.letter) == (name, p.letter)
            assert f"l. {c.line_start}-{c.line_end} [{p.cite}]" in line
    d = service.draft("Gribskov Kommune")
    doc = docx.Document(write_draft(tmp_path / "g.docx", d))
    _body, after = docx_parts(doc)
    lines = [t for t in after if t.startswith("Punkt ") and " – " in t]
    assert len(lines) == 9 and lines[0].startswith(
        "Punkt a – Lægedækning og tilgængelighed: Høringsnotat: høringssvar til praksisplan for almen praksis, "
        "Region Hovedstaden, Gribskov Kommune, punkt a, s. 1, l. 148-166"
    )
    comments = [c.text for c in doc.comments]
    assert comments[0].startswith("Udkast til svar til Gribskov Kommune") and comments[1:] == lines


def test_one_reader_reads_drafts_overviews_and_questions(service):
    """Drafts, the overview and questions are read by one reader into one QueryPlan, which the answer shows."""
    plan = service.read("Lav et udkast til svar til Gribskov")
    assert (plan.intent, plan.subject, plan.lang) == ("draft", "Gribskov", "da")
    assert service.read("Draft a reply to PLO-H").to_dict()["subject"] == "PLO-H"
    assert service.read("Draft a reply to").subject == ""  # no party named: the answer asks who it is for
    assert service.answer("Draft a reply to").answer.startswith("Who is the reply to?")
    assert service.read("giv mig et overblik over høringen").intent == "overview"
    assert service.read("giv mig en oversigt over hvad kommunerne sagde om lægedækning").intent != "overview"
    follow = service.read("og hospitalerne?", context="Hvad sagde kommunerne om lægedækning?")
    assert follow.follow_up and follow.respondent_types == ["hospital"] and follow.topic
    reply = service.respond("Udkast til svar til Gribskov Kommune")
    assert reply.kind == "draft" and reply.answer.interpretation["intent"] == "draft"
    assert reply.answer.interpretation["subject"] == "Gribskov Kommune"
    assert service.respond("oversigt").answer.interpretation["intent"] == "overview"
