"""Parser v38 (issue 20): layout families first seen in the held-out half of blind set 30 (and set 31's development
half), each on a self-made variant (other names, wording, column names and order)."""

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


# --- a sheet printed "down, then over": remarks on one page, answers and outcomes on the next ---------------------

PRINTED = [
    (
        "1",
        "Tandlægeforeningen Vesterå",
        "Foreningen foreslår, at børn under tre år indkaldes til et første tandeftersyn.",
        "Et første eftersyn ved 2½ år er tilføjet i afsnit 2.1.",
        "Tilrettet",
        "aendring",
    ),
    (
        "2",
        "Tandlægeforeningen Vesterå",
        "Tandlægerne ønsker, at regionen betaler for tandpleje til alle plejehjemsbeboere.",
        "Betalingen er fastsat i sundhedsloven og kan ikke ændres i planen.",
        "Uden for rammerne",
        "uden_for_rammerne",
    ),
    (
        "3",
        "Skolebestyrelsen ved Enggårdskolen",
        "Skolebestyrelsen beder om, at klinikken flytter tilbage til skolen.",
        "Klinikkens placering fastholdes af hensyn til udstyret.",
        "Fastholdt",
        "ingen_aendring",
    ),
    (
        "4",
        "Handicaprådet i Vesterå og Nørreby",
        "Rådet ønsker, at borgere i kørestol altid kan komme ind i klinikkerne.",
        "Adgangsforholdene gennemgås, når klinikkerne renoveres i 2028.",
        "Videre arbejde",
        "implementering",
    ),
    (
        "5",
        "Handicaprådet i Vesterå og Nørreby",
        "Handicaprådet anbefaler længere åbningstid om aftenen for voksne.",
        "Klinikken holder åbent til kl. 18 én dag om ugen, ikke hver dag.",
        "Delvist tilrettet",
        "delvist",
    ),
    ("", "Forældreforeningen Solsikken", "Har ikke afgivet høringssvar", "", "Intet høringssvar", "intet_svar"),
]


def _printout(path: Path, keys: tuple[str, ...], first: tuple[str, ...], second: tuple[str, ...]) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    for page, heads in ((1, first), (2, second)):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(
            0,
            16,
            "Regneark: Hoeringssvar" if page == 2 else "Tandplejeplan 2028 - hoeringsnotat",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font("Helvetica", size=8)
        widths = (40, 130) + ((60, 280) if page == 1 else (250, 90))
        with pdf.table(col_widths=widths, line_height=11, padding=2, width=sum(widths)) as table:
            row = table.row()
            for h in (*keys, *heads):
                row.cell(h)
            for r in PRINTED:
                row = table.row()
                vals = [r[0], r[1]] + ([("2." + r[0]) if r[0] else "", r[2]] if page == 1 else [r[3], r[4]])
                for v in vals:
                    row.cell(v)
        pdf.set_y(800)
        pdf.cell(0, 10, f"Side {page} af 2", align="C")
    pdf.output(str(path))


def test_a_sheet_printed_down_then_over_is_one_table_joined_by_row(tmp_path):
    """Page 1 holds the number, the party, a section and the remark; page 2 repeats the number and the party (the
    print titles) and holds the answer and the outcome code for the same rows, in the same order."""
    path = tmp_path / "tandpleje_udskrift.pdf"
    _printout(
        path, ("Løbenr.", "Afsender"), ("Afsnit", "Resumé af høringssvar"), ("Kommunens bemærkninger", "Konsekvens")
    )
    assert _same(_rows(path), [(r[1], r[2][:40] if r[0] else "", r[5]) for r in PRINTED])


def test_two_tables_with_the_same_columns_on_two_pages_are_not_joined_side_by_side(tmp_path):
    """Two pages each with a whole table of the same columns are two tables (rows go on), never one joined across."""
    path = tmp_path / "to_tabeller.pdf"
    heads = ("Resumé af høringssvar", "Konsekvens")
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    for part in (PRINTED[:3], PRINTED[3:5]):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        with pdf.table(col_widths=(40, 130, 250, 90), line_height=11, padding=2, width=510) as table:
            row = table.row()
            for h in ("Løbenr.", "Afsender", *heads):
                row.cell(h)
            for r in part:
                row = table.row()
                for v in (r[0], r[1], r[2], r[4]):
                    row.cell(v)
    pdf.output(str(path))
    assert _same(_rows(path), [(r[1], r[2][:40], r[5]) for r in PRINTED[:5]])


# --- a sheet laid out sideways: labels down column A, a column per point ---------------------------------------------


def test_a_transposed_sheet_with_a_merged_party_a_hidden_column_notes_and_a_code_sheet(tmp_path):
    """Field labels in column A, one column per point; the party's cell is merged over its points' columns; a hidden
    column holds a withdrawn duplicate; rows under the points are a note and counts; the outcome is a letter code
    explained on a sheet of its own, and the assessment beside it is prose that reads as outcomes on its own."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Oversigt"
    ws["A1"] = "Høringssvar til Rehabiliteringsplan 2029, Kommune Østermark"
    labels = ["ID", "Indsender", "Modtaget den", "Resumé", "Administrationens bemærkning", "Status"]
    cols = [
        (
            "R1",
            "Fysioterapeuterne i Østermark",
            "Fysioterapeuterne ønsker hjemmetræning inden fem dage efter udskrivelse.",
            "Fristen er skrevet ind i afsnit 4. Planen er tilrettet.",
            "J",
        ),
        (
            "R2",
            "Fysioterapeuterne i Østermark",
            "Desuden foreslås holdtræning i alle lokalområder hele året rundt.",
            "Holdtræning tilbydes i tre af fem lokalområder fra næste år.",
            "D",
        ),
        ("R2x", "Fysioterapeuterne i Østermark", "TRUKKET – registreret to gange.", "", ""),
        (
            "R3",
            "Seniorrådet Østermark",
            "Seniorrådet beder om gratis kørsel til træning for alle over 80 år.",
            "Kørselsreglerne fastsættes af Folketinget og ændres ikke her.",
            "U",
        ),
        (
            "R4",
            "Seniorrådet Østermark",
            "Rådet mener, at pårørende skal inddrages i alle forløb fra start.",
            "Pårørendeinddragelse er allerede beskrevet i afsnit 2, og teksten er ændret for at gøre det tydeligt.",
            "N",
        ),
        (
            "R5",
            "Ergoterapeutforeningen, Kreds Øst",
            "Foreningen ønsker et fælles skema for funktionsvurdering.",
            "Et fælles skema udvikles i samarbejde med hospitalet, når planen er vedtaget.",
            "V",
        ),
        ("R6", "Østermark Boldklub", "Intet høringssvar modtaget", "", "0"),
    ]
    for j, label in enumerate(labels, start=3):
        ws.cell(row=j, column=1, value=label)
    for i, (no, _party, remark, answer, code) in enumerate(cols, start=2):
        ws.cell(row=3, column=i, value=no)
        ws.cell(row=5, column=i, value="12.03.2029")
        ws.cell(row=6, column=i, value=remark)
        ws.cell(row=7, column=i, value=answer or None)
        ws.cell(row=8, column=i, value=code or None)
    ws.cell(row=4, column=2, value="Fysioterapeuterne i Østermark")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=4)
    ws.cell(row=4, column=5, value="Seniorrådet Østermark")
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=6)
    ws.cell(row=4, column=7, value="Ergoterapeutforeningen, Kreds Øst")
    ws.cell(row=4, column=8, value="Østermark Boldklub")
    ws.column_dimensions["D"].hidden = True
    ws["A10"] = "Bemærk:"
    ws["B10"] = "Statuskoderne står på fanen Forklaring."
    ws.merge_cells("B10:F10")
    ws["A11"] = "Antal svar:"
    ws["B11"] = 3
    leg = wb.create_sheet("Forklaring")
    leg.append(["Kode", "Betydning"])
    for code, meaning in [
        ("J", "Planen er tilrettet"),
        ("D", "Delvist imødekommet"),
        ("N", "Ingen ændring"),
        ("V", "Indgår i det videre arbejde"),
        ("U", "Uden for planens rammer"),
        ("0", "Intet høringssvar"),
    ]:
        leg.append([code, meaning])
    path = tmp_path / "rehab_sideways.xlsx"
    wb.save(path)
    assert _same(
        _rows(path),
        [
            ("Fysioterapeuterne i Østermark", "Fysioterapeuterne ønsker hjemmetræning", "aendring"),
            ("Fysioterapeuterne i Østermark", "Desuden foreslås holdtræning", "delvist"),
            ("Seniorrådet Østermark", "Seniorrådet beder om gratis kørsel", "uden_for_rammerne"),
            ("Seniorrådet Østermark", "Rådet mener, at pårørende", "ingen_aendring"),
            ("Ergoterapeutforeningen, Kreds Øst", "Foreningen ønsker et fælles skema", "implementering"),
            ("Østermark Boldklub", "", "intet_svar"),
        ],
    )


# --- prose by theme, each remark's sender in parentheses at its end --------------------------------------------------


def test_remarks_with_their_sender_in_parentheses_after_the_last_full_stop(tmp_path):
    """Bullets grouped by theme, no party headings; each remark ends with "(<party>)" after its final full stop (an
    inner "(jf. …)" is no sender), one sender wraps onto a line of its own; an answer paragraph under each."""
    from fpdf import FPDF

    items = [
        (
            "Kost og motion",
            [
                (
                    "Skolerne ønsker, at alle elever får et gratis måltid i frokostpausen hver dag.",
                    "Skolelederforeningen i Havnø",
                    "Et gratis måltid indføres på tre skoler. Forslaget imødekommes delvist.",
                ),
                (
                    "Klubben foreslår flere idrætstimer om ugen (jf. bilag 2 om bevægelse), også i udskolingen.",
                    "Havnø Idrætsklub",
                    "Planen ændres ikke, da timetallet er fastsat i folkeskoleloven.",
                ),
            ],
        ),
        (
            "Trivsel",
            [
                (
                    "Forældrene ønsker en fast sundhedsplejerske på hver skole to dage om ugen.",
                    "Forældrerådet ved Havnø Skole og Søbakkeskolen",
                    "Afsnit 3.1 er ændret, så der er en sundhedsplejerske på hver skole to dage om ugen.",
                ),
                (
                    "Skolelederne anbefaler et fælles trivselsmål for alle kommunens skoler.",
                    "Skolelederforeningen i Havnø",
                    "Et fælles trivselsmål udarbejdes som en del af implementeringen af planen.",
                ),
            ],
        ),
    ]
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 18, "Høringsnotat om skolesundhedsplan 2029", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0,
        13,
        "Planen har været i høring i seks uger. Bemærkningerne er samlet efter tema med afsenderen i parentes.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for n, (theme, points) in enumerate(items, start=1):
        pdf.ln(8)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 16, f"{n}. {theme}", new_x="LMARGIN", new_y="NEXT")
        for remark, party, answer in points:
            pdf.ln(6)
            pdf.set_font("Helvetica", size=10)
            pdf.set_x(60)
            pdf.multi_cell(470, 13, f"- {remark} ({party})", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.set_x(90)
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(440, 13, f"Administrationens svar: {answer}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 13, "Der er ikke modtaget høringssvar fra Havnø Ungdomsråd.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "skolesundhed_parentes.pdf"
    pdf.output(str(path))
    assert _same(
        _rows(path),
        [
            ("Skolelederforeningen i Havnø", "Skolerne ønsker, at alle elever", "delvist"),
            ("Havnø Idrætsklub", "Klubben foreslår flere idrætstimer", "ingen_aendring"),
            ("Forældrerådet ved Havnø Skole og Søbakkeskolen", "Forældrene ønsker en fast", "aendring"),
            ("Skolelederforeningen i Havnø", "Skolelederne anbefaler et fælles", "implementering"),
            ("Havnø Ungdomsråd", "", "intet_svar"),
        ],
    )


# --- set 31 (development half) families -------------------------------------------------------------------------------


def test_a_hearing_list_with_an_answered_column_is_no_point_table(tmp_path):
    """Party headings (Heading 2, numbered) over hand-numbered points and labelled answers; a closing Word table lists
    every consulted party with "Svar modtaget" Ja/Nej and a note ("2 bemærkninger"): it holds no points, its "Nej" rows
    are the parties that did not respond (the "Ja" rows are no outcome)."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat – Stiplan 2029", level=1)
    d.add_heading("2. Høringssvar", level=1)
    d.add_heading("2.1 Cyklistforbundet Egvad", level=2)
    d.add_paragraph("1.\tForbundet ønsker en cykelsti langs Åvej til skolen.")
    d.add_paragraph("Vejafdelingens bemærkning: Stien er tilføjet i afsnit 3.2.")
    d.add_paragraph("2.\tCyklistforbundet foreslår flere cykelparkeringer ved stationen.")
    d.add_paragraph("Vejafdelingens bemærkning: Antallet af pladser fastholdes, da arealet er begrænset.")
    d.add_heading("2.2 Grundejerforeningen Bakkely", level=2)
    d.add_paragraph("1.\tForeningen beder om lavere hastighed på Bakkevej om aftenen.")
    d.add_paragraph("Vejafdelingens bemærkning: Hastigheden vurderes i det videre arbejde med trafikplanen.")
    d.add_heading("3. Hørte parter", level=1)
    t = d.add_table(rows=5, cols=3)
    for i, r in enumerate(
        [
            ("Høringspart", "Svar modtaget", "Bemærkning"),
            ("Cyklistforbundet Egvad", "Ja", "2 bemærkninger"),
            ("Egvad Rideklub", "Nej", ""),
            ("Grundejerforeningen Bakkely", "Ja", "1 bemærkning"),
            ("Handicaprådet i Egvad", "Nej", ""),
        ]
    ):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    p = tmp_path / "stiplan_hoeringsliste.docx"
    d.save(str(p))
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Cyklistforbundet Egvad", "Forbundet ønsker en cykelsti", "aendring"),
            ("Cyklistforbundet Egvad", "Cyklistforbundet foreslår flere", "ingen_aendring"),
            ("Grundejerforeningen Bakkely", "Foreningen beder om lavere", "implementering"),
            ("Egvad Rideklub", "", "intet_svar"),
            ("Handicaprådet i Egvad", "", "intet_svar"),
        ],
    ), rows


def test_themes_with_remarks_that_open_with_the_party_and_a_closing_list_of_non_respondents(tmp_path):
    """A prose PDF by theme, no party sections: each remark is a paragraph at the margin that opens with its party's
    name ("X foreslår, at …"), each answer set in under a label; only the parties that did not respond are listed (at
    the end). A name the list does not give still opens a remark, back at the margin after an answer."""
    from fpdf import FPDF

    themes = [
        (
            "1. Tema: Faciliteter",
            [
                (
                    "Ulvby Boldklub foreslår, at kunstgræsbanen får lys, så den kan bruges om vinteren.",
                    "Lys på banen er tilføjet i afsnit 2.3.",
                ),
                (
                    "Svømmeklubben Delfinen og Ulvby Triatlon ønsker længere åbningstid i svømmehallen om morgenen.",
                    "Åbningstiden fastholdes, da der ikke er budget til flere timer.",
                ),
            ],
        ),
        (
            "2. Tema: Foreninger",
            [
                (
                    "Ulvby Boldklub opfordrer til, at frivillige trænere får gratis kurser i førstehjælp.",
                    "Kurser for frivillige indgår i det videre arbejde med foreningsstrategien.",
                ),
                (
                    "Ældre Sagen, Ulvby beder om motionshold for seniorer i dagtimerne i hallen.",
                    "Motionshold for seniorer er tilføjet som nyt mål i afsnit 4.1.",
                ),
            ],
        ),
    ]
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 18, "Høringsnotat - Idrætspolitik 2029", new_x="LMARGIN", new_y="NEXT")
    for head, points in themes:
        pdf.ln(8)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 16, head, new_x="LMARGIN", new_y="NEXT")
        for remark, answer in points:
            pdf.ln(6)
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(0, 13, remark, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            pdf.set_x(pdf.l_margin + 25)
            pdf.multi_cell(0, 13, f"Kommunens bemærkning: {answer}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 16, "3. Parter uden høringssvar", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 13, "Følgende parter har ikke afgivet høringssvar:", new_x="LMARGIN", new_y="NEXT")
    for name in ("Ulvby Skytteforening", "Rideklubben Hestehoven"):
        pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(0, 13, f"- {name}", new_x="LMARGIN", new_y="NEXT")
    p = tmp_path / "idraet_temaer.pdf"
    pdf.output(str(p))
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Ulvby Boldklub", "Ulvby Boldklub foreslår, at kunstgræsbanen", "aendring"),
            (
                "Svømmeklubben Delfinen og Ulvby Triatlon",
                "Svømmeklubben Delfinen og Ulvby Triatlon ønsker",
                "ingen_aendring",
            ),
            ("Ulvby Boldklub", "Ulvby Boldklub opfordrer til", "implementering"),
            ("Ældre Sagen, Ulvby", "Ældre Sagen, Ulvby beder om", "aendring"),
            ("Ulvby Skytteforening", "", "intet_svar"),
            ("Rideklubben Hestehoven", "", "intet_svar"),
        ],
    ), rows


def test_party_heading_with_a_dash_apposition_and_answers_run_together(tmp_path):
    """A lettered party heading "C. DH – Danske Handicaporganisationer, Ulvby" whose points say "DH …"; the answers
    come after the party's points as "Ad 1) …", and two answers run into one paragraph ("Ad 2) … Ad 3) …")."""
    md = """# Høringsnotat om tilgængelighedsplan

## A. Ulvby Seniorråd

Hovedpunkter:

1) Seniorrådet ønsker bænke for hver 200 meter på gågaden.

2) Rådet foreslår gratis bybus for alle over 75 år.

Sekretariatets bemærkninger:

Ad 1) Bænke for hver 200 meter er tilføjet i afsnit 2.1.

Ad 2) Takster for bybussen fastsættes af trafikselskabet og ligger uden for planen.

## B. DH – Danske Handicaporganisationer, Ulvby

Hovedpunkter:

1) DH ønsker ramper ved alle indgange til rådhuset.

2) DH foreslår taktile ledelinjer på stationen.

3) DH beder om et årligt møde om tilgængelighed.

Sekretariatets bemærkninger:

Ad 1) Ramper ved rådhuset er tilføjet i afsnit 3.1.

Ad 2) Ledelinjer på stationen ejes af Banedanmark og ligger uden for kommunens plan. Ad 3) Et årligt møde aftales som en del af implementeringen af planen.
"""
    p = tmp_path / "tilgaengelighed.md"
    p.write_text(md, encoding="utf-8")
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Ulvby Seniorråd", "Seniorrådet ønsker bænke", "aendring"),
            ("Ulvby Seniorråd", "Rådet foreslår gratis bybus", "uden_for_rammerne"),
            ("DH – Danske Handicaporganisationer, Ulvby", "DH ønsker ramper", "aendring"),
            ("DH – Danske Handicaporganisationer, Ulvby", "DH foreslår taktile", "uden_for_rammerne"),
            ("DH – Danske Handicaporganisationer, Ulvby", "DH beder om et årligt", "implementering"),
        ],
    ), rows


def test_a_portal_export_with_a_remark_carried_on_a_marked_row_and_invited_parties_that_sent_nothing(tmp_path):
    """A semicolon CSV whose party is filled on a submission's first row only; a remark cut mid-sentence goes on in a
    row numbered "3 (forts.)" that holds the answer and the outcome; invited parties that sent nothing are rows with
    the outcome "Ikke modtaget (hørt part)"."""
    csv_text = (
        "Eksport fra høringsportalen\n\n"
        "Svar-nr;Organisation;Nr.;Bemærkning;Administrationens svar;Afgørelse\n"
        "S1;Ulvby Naturfredningsforening;1;Foreningen ønsker flere shelters i skoven.;Der er tilføjet to shelters i afsnit 5.;Tilrettet\n"
        "S1;;2;Foreningen foreslår, at stierne ikke asfalteres.;Stierne asfalteres kun ved skolen.;Delvist tilrettet\n"
        "S1;;3;Foreningen beder om, at kommunen laver en plan for …;;\n"
        "S1;;3 (forts.);… skiltning ved alle indgange til skoven.;Skiltning indgår i implementeringen.;Videre arbejde\n"
        "S2;Ulvby Jagtforening;1;Jægerne ønsker, at jagttider nævnes i planen.;Jagttider fastsættes i jagtloven og er ikke omfattet af planen.;Uden for planen\n"
        "H3;Ulvby Ornitologer;;;;Ikke modtaget (hørt part)\n"
    )
    p = tmp_path / "naturplan_portal.csv"
    p.write_text(csv_text, encoding="utf-8")
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Ulvby Naturfredningsforening", "Foreningen ønsker flere shelters", "aendring"),
            ("Ulvby Naturfredningsforening", "Foreningen foreslår, at stierne", "delvist"),
            (
                "Ulvby Naturfredningsforening",
                "Foreningen beder om, at kommunen laver en plan for skiltning",
                "implementering",
            ),
            ("Ulvby Jagtforening", "Jægerne ønsker, at jagttider", "uden_for_rammerne"),
            ("Ulvby Ornitologer", "", "intet_svar"),
        ],
    ), rows


def test_reply_wordings_of_set_31_and_set_25_families():
    """Answers worded as administrations write them, read by family (not by one document's words)."""
    from ingest.handling import classify_prose

    cases = [
        ("Skemaet er indført, men kun i hjemmeplejen; forslaget er dermed fulgt i en tilpasset form.", "delvist"),
        ("Ønsket er imødekommet i en begrænset udgave, da budgettet ikke rækker.", "delvist"),
        ("Kommunen strammer kravet, men går ikke hele vejen: fristen er nu fire uger.", "delvist"),
        ("Et nyt værested kræver drift ud over planens rammer og kan derfor ikke indgå.", "uden_for_rammerne"),
        (
            "Cykelparkering håndteres i kommunens mobilitetsstrategi, og forslaget er sendt videre dertil.",
            "uden_for_rammerne",
        ),
        ("Kurserne planlægges af implementeringsgruppen, og forslaget er givet videre dertil.", "implementering"),
        (
            "Kørselstilskuddet følger af den rammeaftale, kommunen har med vognmændene. Ønsket kan først tages op, "
            "når aftalen fornyes.",
            "uden_for_rammerne",
        ),
        (
            "Parkering håndteres i kommunens mobilitetsstrategi, og bemærkningen giver ikke anledning til ændringer.",
            "ingen_aendring",
        ),
        # a kept target with the time it will be met is a no, not further work
        (
            "Fristen fastholdes. Vi vurderer, at de nye stillinger gør fristen mulig i løbet af planperioden.",
            "ingen_aendring",
        ),
        # a no to what was asked, then a change to the plan's text for a part of it after "dog"
        (
            "En ny svømmehal er ikke medtaget. Skolesvømning kan dog flyttes til Nordhallen, og det står nu i afsnit 3.",
            "delvist",
        ),
        ("Planen fastholdes. Kommunen har dog oprettet en fælles kalender for hallerne.", "ingen_aendring"),
    ]
    for text, want in cases:
        assert classify_prose(text)[0] == want, text
