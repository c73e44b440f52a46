"""Parser v41 (blind set 32's development half): the layout families it showed, each on a self-made variant (other
names, wording, labels and order) and with negative cases: a sheet with a two-row grouped header and its codes
explained on another sheet; a table whose one column holds the remark and, after a label, the answer (two rows of
a landscape PDF read as one), with one answer covering two remarks; a photocopied ruled table whose slanted rules
still divide its rows, with the parties as band rows and the non-responders in a list under it; numbered remarks
typed in two paragraphs before their answer; and the outcome wordings the set used."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, r.summary or "", r.handling) for r in parse_file(path) if r.is_row]


def _same(rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    """The rows are the expected ones in order: party, the summary's start, outcome."""
    return len(rows) == len(expected) and all(
        r[0] == e[0] and r[1].startswith(e[1]) and r[2] == e[2] for r, e in zip(rows, expected)
    )


# --- outcome wordings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("Indgår i driften", "implementering"),
        ("Indgår i den daglige drift.", "implementering"),
        ("Ej svar", "intet_svar"),
        ("Organisation, som ikke har afgivet høringssvar", "intet_svar"),
        ("Ønsket noteres og indgår i planlægningen af næste års kursusudbud.", "implementering"),
        ("Kommunen vil lave en tjekliste som en del af arbejdet med at gennemføre strategien.", "implementering"),
        ("Vi fastholder målet på 80 pct., men målet suppleres med en delmålsætning for 2029.", "delvist"),
    ],
)
def test_outcome_wordings_of_the_set(text, code):
    from ingest.handling import classify_handling

    assert classify_handling(text) == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Vi fastholder målet på 80 pct.", "ingen_aendring"),  # kept, nothing widened
        ("Ej relevant for planen", None),  # no "svar": not a party that did not answer
        ("Drift af nye tilbud ligger uden for planen", "uden_for_rammerne"),
        ("Bemærkningen noteres.", "ingen_aendring"),
        ("Regionen kan hjælpe, men forslaget indgår ikke i planen.", "ingen_aendring"),  # the proposal turned down
        # left to the answer's main outcome (blind26 gold: a no): not read as outside the plan by these words alone
        ("Pladserne reguleres af vejmyndigheden og indgår ikke i politikken.", "ingen_aendring"),
        # settled elsewhere, but the answer says only that the plan stays as it is
        ("Lønnen aftales i overenskomsten, og planen forbliver uændret.", "ingen_aendring"),
    ],
)
def test_outcome_wordings_do_not_overreach(text, code):
    from ingest.handling import classify_handling

    assert classify_handling(text) == code


def test_a_legend_meaning_that_leaves_the_outcome_to_the_assessment_is_a_bare_note():
    from ingest.fields import own_meaning

    assert own_meaning("Noteret. Om bemærkningen indgår i det videre arbejde, fremgår af vurderingen.") == "Noteret."
    assert own_meaning("Taget til efterretning; afhænger af kommentaren") == "Taget til efterretning;"
    assert own_meaning("Indgår i det videre arbejde") == "Indgår i det videre arbejde"  # nothing deferred
    assert own_meaning("Se vurderingen") == "Se vurderingen"  # all deferred: kept as it is


# --- a sheet with a two-row grouped header, codes explained on another sheet --------------------------------------


def _grouped_sheet(path: Path, group_names: tuple[str, str] = ("Høringsbemærkning", "Kommunens behandling")) -> None:
    """Strategi for fritidstilbud, Lindbæk Kommune: "Indsendertype" and "Indsender" merged down the two header rows
    and down their groups; a group name merged over Nr. | Tema | Sammendrag and one over Kommentar | Status; codes on
    a sheet "Koder" (one defers to the comment); a pivot sheet of counts."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Behandling"
    ws["A1"] = "Høringsbehandling – Strategi for fritidstilbud 2029–2032"
    ws.merge_cells("A1:G1")
    ws["A2"] = "Lindbæk Kommune · Statuskoderne står på fanen Koder"
    ws.merge_cells("A2:G2")
    ws["A4"], ws["B4"] = "Indsendertype", "Indsender"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws["C4"], ws["F4"] = group_names
    ws.merge_cells("C4:E4")
    ws.merge_cells("F4:G4")
    for col, h in zip("CDEFG", ("Nr.", "Tema", "Sammendrag", "Kommentar", "Status")):
        ws[f"{col}5"] = h
    data = [
        (
            "Foreninger",
            "Lindbæk Idrætsforening",
            "1",
            "Haller",
            "Foreningen ønsker længere åbningstider i hallerne om lørdagen, så flere hold kan træne.",
            "Åbningstiderne udvides fra august. Afsnit 3 er rettet.",
            "R",
        ),
        (
            "Foreninger",
            "Lindbæk Idrætsforening",
            "2",
            "Tilskud",
            "Foreningen foreslår et særligt tilskud til trænere under 25 år.",
            "Forslaget noteres og indgår i planlægningen af næste års tilskudspulje.",
            "N",
        ),
        (
            "Foreninger",
            "Spejderne i Lindbæk og Omegn",
            "3",
            "Lokaler",
            "Spejderne beder om adgang til skolernes lokaler i weekenden.",
            "Lokalerne er i forvejen åbne for foreninger. Bemærkningen noteres.",
            "N",
        ),
        ("Foreninger", "Ungdomsklubben Kaskaden", "", "", "", "Der er ikke kommet et svar.", "Ikke svaret"),
        (
            "Råd",
            "Ungerådet",
            "4",
            "Inddragelse",
            "Ungerådet ønsker at være med, når strategien evalueres i 2031.",
            "Ungerådet inddrages i evalueringen. Strategien er tilpasset.",
            "R",
        ),
        (
            "Råd",
            "Ungerådet",
            "5",
            "Transport",
            "Rådet peger på, at busserne ikke kører sent nok til aftentræning.",
            "Busdriften hører under trafikselskabet og er ikke en del af strategien.",
            "U",
        ),
    ]
    for i, row in enumerate(data, start=6):
        for col, v in zip("ABCDEFG", row):
            ws[f"{col}{i}"] = v
    ws.merge_cells("A6:A9")
    ws.merge_cells("A10:A11")
    ws.merge_cells("B6:B7")
    ws.merge_cells("B10:B11")
    ws.freeze_panes = "C6"
    koder = wb.create_sheet("Koder")
    koder.append(["Koder til kolonnen Status"])
    koder.append(["Kode", "Forklaring"])
    koder.append(["R", "Strategien rettes"])
    koder.append(["N", "Noteret. Om bemærkningen indgår i det videre arbejde, fremgår af kommentaren"])
    koder.append(["U", "Uden for strategiens rammer"])
    pivot = wb.create_sheet("Opgørelse")
    pivot.append(["Indsendertype", "R", "N", "U", "I alt"])
    pivot.append(["Foreninger", 1, 2, 0, 3])
    pivot.append(["Råd", 1, 0, 1, 2])
    wb.save(path)


def test_a_grouped_header_sheet_with_codes_on_another_sheet(tmp_path):
    p = tmp_path / "fritid_lindbaek.xlsx"
    _grouped_sheet(p)
    assert _same(
        _rows(p),
        [
            ("Lindbæk Idrætsforening", "Foreningen ønsker længere åbningstider", "aendring"),
            ("Lindbæk Idrætsforening", "Foreningen foreslår et særligt tilskud", "implementering"),
            ("Spejderne i Lindbæk og Omegn", "Spejderne beder om adgang", "ingen_aendring"),
            ("Ungdomsklubben Kaskaden", "", "intet_svar"),
            ("Ungerådet", "Ungerådet ønsker at være med", "aendring"),
            ("Ungerådet", "Rådet peger på, at busserne", "uden_for_rammerne"),
        ],
    )


def test_a_consultation_group_name_alone_makes_the_sheet_a_hoeringsnotat(tmp_path):
    """Without the legend sheet the group name "Høringsbemærkning" still marks the sheet as a høringsnotat."""
    import openpyxl

    p = tmp_path / "fritid_uden_koder.xlsx"
    _grouped_sheet(p)
    wb = openpyxl.load_workbook(p)
    del wb["Koder"]
    wb.save(p)
    rows = _rows(p)
    assert [r[0] for r in rows][:3] == [
        "Lindbæk Idrætsforening",
        "Lindbæk Idrætsforening",
        "Spejderne i Lindbæk og Omegn",
    ]
    assert len([r for r in rows if r[2] != "intet_svar"]) == 5


def test_a_grouped_header_keeps_its_group_names_and_only_consultation_groups_count(tmp_path):
    from ingest.loaders import load
    from ingest.pipeline import CONSULTATION_GROUP

    p = tmp_path / "grupper.xlsx"
    _grouped_sheet(p, ("Aktivitet", "Økonomi"))
    sheet = next(t for t in load(p).tables if t.name == "Behandling")
    assert sheet.groups == ["Aktivitet", "Økonomi"]
    assert sheet.header[:5] == ["Indsendertype", "Indsender", "Nr.", "Tema", "Sammendrag"]
    for name in ("Høringssvar", "Høringsbemærkninger", "Administrationens behandling", "Regionens vurdering"):
        assert CONSULTATION_GROUP.search(name)
    for name in ("Aktivitet", "Økonomi", "Behandling", "Svar", "Sagsbehandling"):
        assert not CONSULTATION_GROUP.search(name)


# --- the remark and its answer in one column ----------------------------------------------------------------------


def _combined_sheet(path: Path, header: str = "Høringssvar og kommentar", label: str = "Kommentar") -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Høringsnotat"
    ws.append(["Løbenr.", "Afsender", header, "Indstilling"])
    ws.append(
        [
            "1",
            "Bakkely Kommune",
            f"Kommunen savner en tidsplan for udbygningen af cykelstierne. {label}: "
            "En tidsplan er tilføjet i afsnit 2.",
            "Ændret",
        ]
    )
    ws.append(
        [
            "2",
            "",
            f"Kommunen ønsker en ny sti langs Åvej. {label}: Stien ligger på privat grund og kan ikke indgå.",
            "Ingen ændring",
        ]
    )
    ws.append(["3", "Cyklistforbundet, Bakkely", "Forbundet foreslår belysning på skolevejene.", ""])
    ws.append(
        [
            "4",
            "",
            f"Forbundet ønsker desuden reflekser på stolperne. {label} (nr. 3-4): Belysning og "
            "reflekser er nu en del af afsnit 4.",
            "Ændret",
        ]
    )
    ws.append(
        [
            "5",
            "Grundejerforeningen Strandhaven",
            f"Foreningen foreslår en sti til stranden. {label}: Stien indgår i driften af stinettet.",
            "Indgår i driften",
        ]
    )
    wb.save(path)


def test_a_column_with_remark_and_labelled_answer_is_split(tmp_path):
    p = tmp_path / "stier_bakkely.xlsx"
    _combined_sheet(p)
    recs = [r for r in parse_file(p) if r.is_row]
    assert _same(
        [(r.respondent, r.summary or "", r.handling) for r in recs],
        [
            ("Bakkely Kommune", "Kommunen savner en tidsplan for udbygningen af cykelstierne.", "aendring"),
            ("Bakkely Kommune", "Kommunen ønsker en ny sti langs Åvej.", "ingen_aendring"),
            ("Cyklistforbundet, Bakkely", "Forbundet foreslår belysning på skolevejene.", "aendring"),
            ("Cyklistforbundet, Bakkely", "Forbundet ønsker desuden reflekser", "aendring"),
            ("Grundejerforeningen Strandhaven", "Foreningen foreslår en sti til stranden.", "implementering"),
        ],
    )
    assert all("Kommentar" not in (r.summary or "") for r in recs)  # the answer is no part of the remark


def test_split_answer_column_rules():
    from ingest.fields import split_answer_column

    rows = [["1", "A", "Rådet ønsker mere. Svar: Tilføjet."], ["2", "B", "Rådet foreslår mindre. Svar: Nej."]]
    out = split_answer_column(["Nr.", "Part", "Bemærkning / svar"], rows)
    assert out and out[0] == ["Nr.", "Part", "Bemærkning", "svar"]
    assert out[1][0] == ["1", "A", "Rådet ønsker mere.", "Tilføjet."]
    # a header that names only the remark: never split, whatever its cells hold
    assert split_answer_column(["Nr.", "Part", "Bemærkning"], rows) is None
    # a header naming both, but cells without an answer label: never split
    plain = [["1", "A", "Rådet ønsker mere svar på spørgsmål."], ["2", "B", "Rådet foreslår mindre."]]
    assert split_answer_column(["Nr.", "Part", "Høringssvar og kommentar"], plain) is None
    # a shared answer fills only a row with no answer and no outcome of its own
    shared = [
        ["5", "C", "Punkt fem.", "Ændret"],
        ["6", "C", "Punkt seks. Svar (bem. 5 og 6): Begge er rettet.", "Ændret"],
    ]
    out = split_answer_column(
        ["Nr.", "Part", "Bemærkning og svar", "Håndtering"], shared + [["7", "C", "Syv. Svar: Ja.", "Ændret"]]
    )
    assert out[1][0] == ["5", "C", "Punkt fem.", "", "Ændret"]  # it has an outcome of its own: kept as it is


# --- a photocopied ruled table: slanted rules, party band rows, a list of non-responders ---------------------------


def _photocopy_pdf(path: Path, slant: float = 0.6) -> None:
    """Plan for genoptræning, Egeskov Kommune: a ruled table Nr. | Indhold | Kommentar | Indstilling whose rules are
    drawn slightly slanted (a skewed copy); each party a shaded band row; a list of parties that sent nothing."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Høringsnotat - Plan for genoptræning 2029-2031", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, "Der er modtaget 3 høringssvar med i alt 5 bemærkninger.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    xs = [15, 27, 92, 160, 195]
    heads = ["Nr.", "Høringssvarets indhold", "Kommunens kommentar", "Indstilling"]
    items = [
        ("band", "Ergoterapeutforeningen, Egeskov"),
        (
            "1",
            "Foreningen ønsker, at ventetiden til genoptræning højst er to uger.",
            "Målet er skrevet ind i afsnit 3.",
            "Tiltrådt",
        ),
        (
            "2",
            "Foreningen foreslår hjemmetræning efter udskrivning.",
            "Hjemmetræning tilbydes allerede.",
            "Ikke tiltrådt",
        ),
        ("band", "Ældrerådet i Egeskov"),
        ("3", "Rådet ønsker holdtræning i alle lokalområder.", "Holdene oprettes løbende.", "Indgår i driften"),
        ("band", "Fysioterapeuterne i Egeskov og Omegn"),
        (
            "4",
            "Fysioterapeuterne beder om fælles journalføring.",
            "Journalsystemet er et regionalt ansvar.",
            "Ikke omfattet af planen",
        ),
        (
            "5",
            "De foreslår et fast samarbejdsmøde hvert halve år.",
            "Et møde holdes fremover hvert halve år.",
            "Tiltrådt",
        ),
    ]
    y = pdf.get_y()

    def rule(y0: float, tilt: float) -> None:
        pdf.line(xs[0], y0, xs[-1], y0 + tilt)

    def row(cells: list[str], h: float, bold: bool = False, band: bool = False) -> None:
        nonlocal y
        if band:
            pdf.set_fill_color(200, 200, 200)
            pdf.rect(xs[0], y, xs[-1] - xs[0], h, style="F")
        pdf.set_font("Helvetica", "B" if bold or band else "", 8.5)
        if band:
            pdf.set_xy(xs[0] + 1, y + 1)
            pdf.multi_cell(xs[-1] - xs[0] - 2, 4, cells[0])
        else:
            for i, c in enumerate(cells):
                pdf.set_xy(xs[i] + 1, y + 1)
                pdf.multi_cell(xs[i + 1] - xs[i] - 2, 4, c)
                pdf.line(xs[i], y, xs[i] + slant / 3, y + h)
            pdf.line(xs[-1], y, xs[-1] + slant / 3, y + h)
        if band:
            pdf.line(xs[0], y, xs[0], y + h)
            pdf.line(xs[-1], y, xs[-1], y + h)
        rule(y + h, slant)
        y += h

    rule(y, slant)
    row(heads, 8, bold=True)
    for it in items:
        if it[0] == "band":
            row([it[1]], 7, band=True)
        else:
            row(list(it), 14)
    pdf.set_xy(15, y + 6)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(0, 5, "Der er ikke modtaget bemærkninger fra:", new_x="LMARGIN", new_y="NEXT")
    for name in ("Egeskov Handicapråd", "Gigtforeningen, Egeskov"):
        pdf.set_x(22)
        pdf.multi_cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


PHOTOCOPY_ROWS = [
    ("Ergoterapeutforeningen, Egeskov", "Foreningen ønsker, at ventetiden", "aendring"),
    ("Ergoterapeutforeningen, Egeskov", "Foreningen foreslår hjemmetræning", "ingen_aendring"),
    ("Ældrerådet i Egeskov", "Rådet ønsker holdtræning", "implementering"),
    ("Fysioterapeuterne i Egeskov og Omegn", "Fysioterapeuterne beder om fælles", "uden_for_rammerne"),
    ("Fysioterapeuterne i Egeskov og Omegn", "De foreslår et fast samarbejdsmøde", "aendring"),
    ("Egeskov Handicapråd", "", "intet_svar"),
    ("Gigtforeningen, Egeskov", "", "intet_svar"),
]


@pytest.mark.parametrize("slant", [0.6, 0.0])
def test_a_photocopied_table_with_slanted_rules_keeps_its_rows(tmp_path, slant):
    p = tmp_path / f"genoptraening_{slant}.pdf"
    _photocopy_pdf(p, slant)
    assert _same(_rows(p), PHOTOCOPY_ROWS)


def test_straight_rules_need_no_settings(tmp_path):
    import pdfplumber

    from ingest.loaders import _straightened

    p = tmp_path / "lige.pdf"
    _photocopy_pdf(p, 0.0)
    with pdfplumber.open(p) as pdf:
        assert _straightened(pdf.pages[0]) == {}
    q = tmp_path / "skaev.pdf"
    _photocopy_pdf(q, 0.6)
    with pdfplumber.open(q) as pdf:
        s = _straightened(pdf.pages[0])
        assert s["explicit_horizontal_lines"] and all(e["top"] == e["bottom"] for e in s["explicit_horizontal_lines"])


def test_nothing_received_from_opens_a_list_of_silent_parties():
    from ingest import prose

    assert prose.NOT_RESPONDED_INTRO.search("Der er ikke modtaget bemærkninger fra:")
    assert prose.NOT_RESPONDED_INTRO.search("Vi har intet modtaget bemærkninger fra følgende:")
    assert not prose.NOT_RESPONDED_INTRO.search("Der er modtaget bemærkninger fra:")
    assert not prose.NOT_RESPONDED_INTRO.search("Følgende har ikke haft bemærkninger:")


# --- numbered remarks typed in two paragraphs before their answer -----------------------------------------------


def _numbered_notat(path: Path, listed_together: bool = False) -> None:
    """Plan for skolesundhed, Kildeby Kommune: a heading per party, numbered remarks ("1." typed) each answered by
    "Forvaltningens vurdering: …"; the first remark runs on in a second, unnumbered paragraph; one answer covers
    remarks 2 and 3 of the school board. listed_together: the last party's remarks are listed one after another and
    answered together after an unnumbered remark of their own."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for skolesundhed 2029–2032", level=1)
    d.add_paragraph("Planen har været i høring hos skolebestyrelserne, Sundhedsplejen og Elevrådet.")
    d.add_heading("Sundhedsplejen i Kildeby", level=2)
    d.add_paragraph("1. Sundhedsplejen oplever, at mange elever i udskolingen ikke får talt om søvn og skærmbrug.")
    d.add_paragraph("Sundhedsplejen foreslår derfor en fast samtale om søvn i 8. klasse for alle elever.")
    d.add_paragraph("Forvaltningens vurdering: Samtalen om søvn er tilføjet i afsnit 3.2.")
    d.add_paragraph("2. Sundhedsplejen ønsker et lokale på hver skole.")
    d.add_paragraph("Forvaltningens vurdering: Lokalerne er et spørgsmål for skolernes ledelse. Planen ændres ikke.")
    d.add_heading("Skolebestyrelsen ved Kildeby Skole", level=2)
    d.add_paragraph("1. Bestyrelsen bakker op om planens mål om bevægelse i alle timer.")
    d.add_paragraph("Forvaltningens vurdering: Bemærkningen tages til efterretning.")
    d.add_paragraph("2. Bestyrelsen ønsker, at forældrene inviteres til et årligt sundhedsmøde.")
    d.add_paragraph("3. Bestyrelsen foreslår, at skolens frugtordning nævnes i planen.")
    d.add_paragraph("Forvaltningens vurdering af bemærkning 2 og 3: Begge dele er nu beskrevet i afsnit 4.")
    d.add_heading("Elevrådet", level=2)
    if listed_together:
        d.add_paragraph("1. Elevrådet ønsker vandautomater på gangene.")
        d.add_paragraph("2. Elevrådet ønsker mere tid til frokost.")
        d.add_paragraph("Elevrådet foreslår også, at eleverne selv planlægger en sundhedsuge.")
        d.add_paragraph("Forvaltningens vurdering: Ønskerne indgår i det videre arbejde med skolernes sundhedsprofil.")
    else:
        d.add_paragraph("1. Elevrådet ønsker vandautomater på gangene.")
        d.add_paragraph("Forvaltningens vurdering: Vandautomater opsættes, når planen er vedtaget.")
    d.save(path)


def test_a_numbered_remark_typed_in_two_paragraphs_goes_on_to_its_answer(tmp_path):
    p = tmp_path / "skolesundhed.docx"
    _numbered_notat(p)
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Sundhedsplejen i Kildeby", "Sundhedsplejen oplever, at mange elever", "aendring"),
            ("Sundhedsplejen i Kildeby", "Sundhedsplejen ønsker et lokale", "ingen_aendring"),
            ("Skolebestyrelsen ved Kildeby Skole", "Bestyrelsen bakker op", "ingen_aendring"),
            ("Skolebestyrelsen ved Kildeby Skole", "Bestyrelsen ønsker, at forældrene", "aendring"),
            ("Skolebestyrelsen ved Kildeby Skole", "Bestyrelsen foreslår, at skolens frugtordning", "aendring"),
            ("Elevrådet", "Elevrådet ønsker vandautomater", "implementering"),
        ],
    ), rows
    assert "søvn i 8. klasse" in rows[0][1]  # the second paragraph goes on with the first remark


def test_an_unnumbered_remark_after_numbered_ones_listed_together_stays_a_point(tmp_path):
    p = tmp_path / "skolesundhed_liste.docx"
    _numbered_notat(p, listed_together=True)
    rows = _rows(p)
    assert [r[1][:40] for r in rows if r[0] == "Elevrådet"] == [
        "Elevrådet ønsker vandautomater på gangen",
        "Elevrådet ønsker mere tid til frokost.",
        "Elevrådet foreslår også, at eleverne sel",
    ]
