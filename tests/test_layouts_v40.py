"""Parser v40 (issue 20): the two error families blind set 31's held-out half still showed after v39, each on a
self-made variant (other names, wording, labels and order): a bulleted remark typed in two paragraphs in a DOCX
without heading styles, with an upright decision line under each italic answer; and a sheet row marked "(fortsat)"
under a sender merged over its rows."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, r.summary or "", r.handling) for r in parse_file(path) if r.is_row]


def _same(rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    """The rows are the expected ones in order: party, the summary's start, outcome."""
    return len(rows) == len(expected) and all(
        r[0] == e[0] and r[1].startswith(e[1]) and r[2] == e[2] for r, e in zip(rows, expected)
    )


# --- a DOCX typed without heading styles: bold party lines, remarks with a typed "•<TAB>", each answered by an italic
# paragraph and an upright decision line "Konsekvens for strategien: …" -------------------------------------------


def _bold(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _bullet(d, text: str) -> None:
    from docx.shared import Cm

    p = d.add_paragraph(f"•\t{text}")
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)


def _plain(d, text: str) -> None:
    from docx.shared import Cm

    d.add_paragraph(text).paragraph_format.left_indent = Cm(0.6)


def _answer(d, text: str, decision: str) -> None:
    from docx.shared import Cm

    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.add_run(text).italic = True
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.add_run("Konsekvens for strategien:").underline = True
    p.add_run(f" {decision}")


def _bullet_notat(path: Path, listed_together: bool = False) -> None:
    """Kulturstrategi for Tårnholm: three parties; the museum's first remark runs on in two unbulleted paragraphs
    before its answer; the theatre's one remark is typed without a bullet after the museum's last answer.
    listed_together: the library's remarks are two bullets one after another and an unbulleted third remark, answered
    together (no bulleted point answered on its own there)."""
    import docx

    d = docx.Document()
    _bold(d, "Høringsnotat")
    _bold(d, "Kulturstrategi 2028–2031, Tårnholm Kommune")
    d.add_paragraph("Kultur og Fritid – 14. januar 2028")
    _bold(d, "Indledning")
    d.add_paragraph(
        "Strategien har været i høring i seks uger. Der er kommet svar fra Tårnholm Museum, Teatret Kulissen og "
        "Biblioteksrådet. Under hvert svar står bemærkningerne i punktform med forvaltningens kommentar."
    )
    _bold(d, "Høringssvar fra Tårnholm Museum")
    _bullet(
        d,
        "Museet foreslår, at strategien får et selvstændigt mål for formidling til skoleklasser, så alle elever i "
        "kommunen besøger museet mindst én gang i løbet af skoletiden.",
    )
    _plain(
        d,
        "Museet påpeger, at transporten fra landsbyskolerne i dag er den største hindring, og ønsker, at kommunen "
        "dækker udgiften til bus for skolerne uden for byen.",
    )
    _plain(d, "Museet tilbyder selv at udvikle undervisningsforløbene sammen med skolerne.")
    _answer(
        d,
        "Forvaltningen takker for forslaget og noterer ønsket. Transport til skolerne afholdes inden for skolernes "
        "egne budgetter.",
        "Delvist imødekommet – mål 2.2 er justeret.",
    )
    _bullet(d, "Museet beder om, at strategien nævner museets magasiner som en del af kulturarven.")
    _answer(d, "Forvaltningen noterer ønsket.", "Strategien er tilrettet i afsnit 3.")
    _bold(d, "Høringssvar fra Teatret Kulissen")
    _plain(d, "Teatret ønsker, at kommunen opretter en pulje til opsøgende forestillinger på plejecentrene.")
    _answer(d, "Puljer fastlægges i budgettet og behandles ikke i strategien.", "Uden for strategiens rammer.")
    _bullet(d, "Teatret foreslår, at kulturhusets store sal kan lejes billigere af lokale amatørscener.")
    _answer(d, "Lejepriserne er fastsat i kulturhusets vedtægter, og de fastholdes.", "Ingen ændring.")
    _bold(d, "Høringssvar fra Biblioteksrådet")
    if listed_together:
        _bullet(d, "Rådet ønsker længere åbningstider i lokalbibliotekerne om lørdagen.")
        _bullet(d, "Rådet foreslår, at bogbussen kører til de nye boligområder ved Engvej.")
        _plain(d, "Rådet anbefaler, at biblioteket låner spil og musikinstrumenter ud til familier.")
        _answer(
            d, "Forslagene tages med i den kommende handleplan for bibliotekerne.", "Tages med i det videre arbejde."
        )
    else:
        _bullet(d, "Rådet ønsker længere åbningstider i lokalbibliotekerne om lørdagen.")
        _answer(
            d, "Åbningstiderne ses på, når handleplanen for bibliotekerne skrives.", "Indgår i handleplanen for 2029."
        )
    _bold(d, "Ikke modtaget høringssvar")
    d.add_paragraph("Følgende høringspart har ikke afgivet høringssvar:")
    _plain(d, "– Tårnholm Musikskole")
    d.save(str(path))


def test_a_bulleted_remark_typed_in_two_paragraphs_goes_on_to_its_answer(tmp_path):
    """A DOCX without heading styles: the museum's first remark goes on in two unbulleted paragraphs before its
    italic answer (one point, not three); each upright "Konsekvens for strategien: …" line under an italic answer is
    that answer's decision (the museum's second point is decided by "Strategien er tilrettet", not by "noterer");
    the theatre's unbulleted remark after an answer is a point of its own."""
    p = tmp_path / "kulturstrategi_fede_linjer.docx"
    _bullet_notat(p)
    rows = _rows(p)
    expected = [
        ("Tårnholm Museum", "Museet foreslår, at strategien får et selvstændigt mål", "delvist"),
        ("Tårnholm Museum", "Museet beder om, at strategien nævner museets magasiner", "aendring"),
        ("Teatret Kulissen", "Teatret ønsker, at kommunen opretter en pulje", "uden_for_rammerne"),
        ("Teatret Kulissen", "Teatret foreslår, at kulturhusets store sal", "ingen_aendring"),
        ("Biblioteksrådet", "Rådet ønsker længere åbningstider", "implementering"),
        ("Tårnholm Musikskole", "", "intet_svar"),
    ]
    assert _same(rows, expected), rows
    museum = next(r for r in parse_file(p) if r.is_row and r.summary.startswith("Museet foreslår"))
    assert "transporten fra landsbyskolerne" in museum.summary and museum.summary.endswith("sammen med skolerne.")


def test_an_unbulleted_remark_after_bullets_listed_together_stays_a_point(tmp_path):
    """Where a party's bullets stand one after another (answered together, not each on its own), an unbulleted
    paragraph after them is a remark of its own: the rule that joins a bulleted remark's second paragraph does not
    apply to the document."""
    p = tmp_path / "kulturstrategi_samlet_svar.docx"
    _bullet_notat(p, listed_together=True)
    rows = _rows(p)
    library = [r for r in rows if r[0] == "Biblioteksrådet"]
    assert [r[1][:30] for r in library] == [
        "Rådet ønsker længere åbningsti",
        "Rådet foreslår, at bogbussen k",
        "Rådet anbefaler, at biblioteke",
    ], rows
    assert {r[2] for r in library} == {"implementering"}
    # the bullets listed together turn the joining off for the whole document: the museum's extra paragraphs are
    # read as before (a point each), never swallowed into a point they may not belong to
    assert sum(r[0] == "Tårnholm Museum" for r in rows) == 4, rows


def test_the_decision_label_under_an_answer_names_any_plan():
    from ingest.prose import _decision_label, _reply

    for t in (
        "Konsekvens for strategien: Ingen ændring.",
        "Konsekvens for handleplanen: Rettet.",
        "Konsekvens for sundhedsplanen: Afsnit 2 er udbygget.",
        "Konsekvens for planen: Ingen.",
        "Konsekvens: Ændres.",
    ):
        m = _reply(t)
        assert m and _decision_label(m), t
    assert not _reply("Konsekvensen for borgerne er, at ventetiden stiger.")


def test_unbulleted_paragraphs_join_only_between_a_bullet_and_its_answer():
    from ingest.loaders import Line
    from ingest.prose import Para, _bullet_goes_on

    def para(i: int, text: str, label: str | None = None, italic: bool = False) -> Para:
        ln = Line(i + 1, text, None, None, style="italic" if italic else None)
        return Para(i, i, text, False, ln, ln, label)

    paras = [
        para(0, "Rådet foreslår, at A.", "•"),
        para(1, "Rådet påpeger, at B."),  # between the bullet and its answer: goes on
        para(2, "Kommentaren er taget til efterretning.", italic=True),
        para(3, "Rådet ønsker, at C.", "•"),
        para(4, "Svar: Det er rettet."),
        para(5, "Rådet mener, at D."),  # after an answer: a point of its own
        para(6, "Svar: Fastholdes."),
        para(7, "Rådet savner E.", "•"),
        para(8, "Kommentar: Indgår i det videre arbejde."),
    ]
    assert _bullet_goes_on(paras) == {1}
    # numbered points are no bullets; one bullet answered on its own is no pattern; bullets one after another are a
    # list answered together
    assert _bullet_goes_on([para(0, "A.", "1"), para(1, "B."), para(2, "Svar: Rettet.")]) == set()
    assert _bullet_goes_on(paras[:5]) == set()
    assert _bullet_goes_on(paras + [para(9, "Rådet ønsker F.", "•"), para(10, "Rådet ønsker G.", "•")]) == set()


# --- an ESDH-like sheet: the sender merged over its rows, a remark that runs out of its row and goes on in a row
# marked "(fortsat)" that holds the answer and the outcome ------------------------------------------------------


def _merged_sheet(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bemærkninger"
    ws.append(["Ravnsby Kommune – Teknik og Miljø"])
    ws.append(["Udtræk: bemærkninger til Trafikplan 2028–2032"])
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws.append([])
    ws.append(["Sag", "Afsender", "Pkt.", "Resumé", "Administrationens bemærkning", "Udfald", "Prioritet", "Note"])
    data = [
        (
            "S-101",
            "Cyklistforeningen Ravnsby",
            "1",
            "Foreningen ønsker en cykelbro over Ravnsby Å ved havnen.",
            "Cykelbroen er skrevet ind i afsnit 4.",
            "Tilrettet",
            "Høj",
            None,
        ),
        (None, None, "2", "Foreningen foreslår, at kommunen laver en samlet plan for", None, None, "Middel", None),
        (
            None,
            None,
            None,
            "(fortsat) vintervedligeholdelse af alle cykelstier i landsbyerne.",
            "Vintervedligeholdelsen indgår i driftsplanen, som udarbejdes i 2029.",
            "Til handleplan",
            None,
            None,
        ),
        (
            None,
            None,
            None,
            "Foreningen beder desuden om flere cykelparkeringer ved stationen.",
            "Antallet af pladser ved stationen fastholdes.",
            "Status quo",
            "Lav",
            None,
        ),
        (
            "S-102",
            "Grundejerforeningen Skovlyst",
            "1",
            "Grundejerne ønsker lavere hastighed på Skovvej.",
            "Hastigheden på Skovvej er sat ned til 40 km/t.",
            "Tilrettet",
            "Middel",
            None,
        ),
        (
            "S-103",
            "Ravnsby Handelsstandsforening",
            "1",
            "Butikkerne ønsker, at parkeringen i midtbyen forbliver gratis.",
            "Parkeringsregler vedtages af Teknik- og Miljøudvalget og hører ikke under trafikplanen.",
            "Udenfor emnet",
            "Lav",
            None,
        ),
        ("—", "Ravnsby Taxa", None, None, None, "Intet høringssvar", None, "Høringsbrev sendt"),
    ]
    for r in data:
        ws.append(list(r))
    ws.merge_cells("A5:A8")
    ws.merge_cells("B5:B8")
    p = path
    wb.save(p)


def test_a_row_marked_fortsat_under_a_merged_sender_goes_on_with_the_point_above(tmp_path):
    """The sender's cell is merged over its four rows (read into every row): the row with no number of its own whose
    remark opens "(fortsat)" carries on point 2 (its answer and outcome are point 2's); the next unmarked row of the
    same sender, a whole sentence of its own, stays a point."""
    p = tmp_path / "trafikplan_udtraek.xlsx"
    _merged_sheet(p)
    rows = _rows(p)
    expected = [
        ("Cyklistforeningen Ravnsby", "Foreningen ønsker en cykelbro", "aendring"),
        (
            "Cyklistforeningen Ravnsby",
            "Foreningen foreslår, at kommunen laver en samlet plan for vintervedligeholdelse",
            "implementering",
        ),
        ("Cyklistforeningen Ravnsby", "Foreningen beder desuden om flere cykelparkeringer", "ingen_aendring"),
        ("Grundejerforeningen Skovlyst", "Grundejerne ønsker lavere hastighed", "aendring"),
        ("Ravnsby Handelsstandsforening", "Butikkerne ønsker, at parkeringen", "uden_for_rammerne"),
        ("Ravnsby Taxa", "", "intet_svar"),
    ]
    assert _same(rows, expected), rows
    assert not any(r[1].startswith("(fortsat)") for r in rows)


def test_a_marked_row_of_another_sender_is_not_joined():
    from ingest.hoeringsnotat import _continued_row

    cols = {"respondent": 0, "point": 1, "summary": 2, "comment": 3, "handling": 4}
    above = ["Cyklistforeningen Ravnsby", "2", "Foreningen foreslår en plan for", "", ""]
    same = ["Cyklistforeningen Ravnsby", "", "(fortsat) vintervedligeholdelse.", "Indgår i driftsplanen.", "Videre"]
    other = ["Ravnsby Taxa", "", "(fortsat) flere holdepladser.", "Fastholdes.", "Status quo"]
    unmarked = ["Cyklistforeningen Ravnsby", "", "vintervedligeholdelse af stierne.", "Indgår.", "Videre"]
    assert _continued_row(same, above, cols)
    assert not _continued_row(other, above, cols)
    # without the mark the repeated name is read as the sender's own row (a merged name says nothing more)
    assert not _continued_row(unmarked, above, cols)
