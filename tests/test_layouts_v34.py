"""Parser v34 (issue 20): layout families first seen in blind set 28, each on a self-made variant (other names,
wording, column names and order): parties named by a legend table's codes, a comment thread whose answers are rows
that point at the remark they answer, and a table whose rows alternate between a remark and its answer."""

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


def test_parties_named_by_a_legend_tables_codes(tmp_path):
    """A legend table (Part | Kortnavn | Svar), the names first and the codes second, and remarks that name their
    party only by its code: each point is the party the legend names; the legend's silent party is intet_svar."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat om Trafikplan for Nordby", level=1)
    d.add_paragraph("Parterne nævnes nedenfor med kortnavnene i tabellen.")
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ("Part", "Kortnavn", "Svar")):
        c.text = h
    legend = [
        ("Nordby Cykelforening", "NCF", "Modtaget 2. maj"),
        ("Vestmark Kommune og Østmark Kommune", "VØK", "Modtaget 4. maj"),
        ("Handelsstandsforeningen i Nordby", "HAN", "Intet høringssvar"),
    ]
    for row in legend:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_heading("Bemærkninger", level=1)
    for text, answer in (
        (
            "NCF foreslår, at cykelstien langs Havnevej forlænges til stationen.",
            "Administrationens svar: Forslaget er indarbejdet, og afsnit 2 er ændret.",
        ),
        (
            "VØK ønsker, at busruten mellem kommunerne får halvtimesdrift hele dagen.",
            "Administrationens svar: Busdriften ligger uden for planens rammer.",
        ),
        (
            "NCF mener, at parkeringspladserne ved skolen skal nedlægges.",
            "Administrationens svar: Planen fastholdes, og bemærkningen giver ikke anledning til ændringer.",
        ),
    ):
        d.add_paragraph(text)
        d.add_paragraph(answer)
    p = tmp_path / "trafikplan-kortnavne.docx"
    d.save(p)
    rows = _rows(p)
    expected = [
        ("Nordby Cykelforening", "NCF foreslår, at cykelstien langs", "aendring"),
        ("Vestmark Kommune og Østmark Kommune", "VØK ønsker, at busruten", "uden_for_rammerne"),
        ("Nordby Cykelforening", "NCF mener, at parkeringspladserne", "ingen_aendring"),
        ("Handelsstandsforeningen i Nordby", "", "intet_svar"),
    ]
    assert _same(rows, expected), rows


def test_comment_thread_answers_are_rows_that_point_at_their_remark(tmp_path):
    """A portal's comment thread (Indlæg | Dato | Navn | Indhold | Reference | Udfald): the answers are rows whose
    Reference names the remark(s) they answer, in another order than the remarks; one answer covers two remarks.
    The answer's Udfald is the outcome, never the remark's own "Afsluttet"; the answerer is no party."""
    lines = [
        "Indlæg,Dato,Navn,Indhold,Reference,Udfald",
        "H7,01-05-2027,Sejlklubben Fjordvig,Klubben ønsker en ny slæbested ved den nordlige mole.,,Afsluttet",
        "H8,01-05-2027,Sejlklubben Fjordvig,Klubben beder om flere gæstepladser i sommerperioden.,,Afsluttet",
        'H9,02-05-2027,"Karen Holm, Fjordvig",Jeg synes at havnebadet skal have livredder hele sommeren.,,Afsluttet',
        "H10,03-05-2027,Fjordvig Erhverv,Foreningen ønsker parkering til lastbiler ved havnen.,,Afsluttet",
        "H21,10-05-2027,Teknisk Forvaltning,Livredning hører under kommunens badestrategi og ikke under havneplanen.,"
        "H9,Uden for planens rammer",
        "H22,10-05-2027,Teknisk Forvaltning,Slæbestedet og gæstepladserne indgår i det videre arbejde med "
        "havnens anlægsplan.,H7 og H8,Videre arbejde",
        "H23,11-05-2027,Teknisk Forvaltning,Planen er ændret: afsnit 4 udpeger en plads til lastbiler.,H10,Ændret",
        ",,Fjordvig Roklub,,,Intet høringssvar",
    ]
    p = tmp_path / "havneplan-kommentarer.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = _rows(p)
    assert _same(
        rows,
        [
            ("Sejlklubben Fjordvig", "Klubben ønsker en ny slæbested ved den no", "implementering"),
            ("Sejlklubben Fjordvig", "Klubben beder om flere gæstepladser i som", "implementering"),
            ("Karen Holm, Fjordvig", "Jeg synes at havnebadet skal have livredd", "uden_for_rammerne"),
            ("Fjordvig Erhverv", "Foreningen ønsker parkering til lastbiler", "aendring"),
            ("Fjordvig Roklub", "", "intet_svar"),
        ],
    ), rows


def test_table_rows_alternate_between_remark_and_answer(tmp_path):
    """A bold party line, a line saying when its response came in, then the party's table whose rows alternate:
    "1." | remark, then "Kommunens svar" | answer closing with "Indstilling: …". A row per remark, under its party;
    the parties that did not respond are a list typed with soft line breaks under its lead-in."""
    import docx

    d = docx.Document()
    d.add_paragraph("Høringsnotat – Kulturplan for Sydmark Kommune")
    d.add_paragraph("Høringssvarene er gengivet nedenfor med kommunens svar.")
    parties = [
        (
            "Sydmark Musikskole",
            [
                ("Musikskolen ønsker et nyt øvelokale i Bakkeby.", "Øvelokalet er tilføjet i afsnit 3.", "Ændres"),
                ("Skolen beder om gratis undervisning for alle.", "Det kan planen ikke love.", "Fastholdes"),
            ],
        ),
        (
            "Teaterforeningen Sydmark og Omegn",
            [("Foreningen foreslår en fast scene på torvet.", "Scenen indgår i det videre arbejde.", "Videre arbejde")],
        ),
    ]
    for name, points in parties:
        p = d.add_paragraph()
        p.add_run(name).bold = True
        d.add_paragraph("Indkommet 14. april 2027")
        t = d.add_table(rows=0, cols=2)
        for i, (remark, answer, code) in enumerate(points, 1):
            a = t.add_row().cells
            a[0].text, a[1].text = f"{i}.", remark
            b = t.add_row().cells
            b[0].text = "Kommunens svar"
            b[1].text = answer
            b[1].add_paragraph(f"Indstilling: {code}")
    d.add_paragraph("Disse parter har ikke svaret:")
    d.add_paragraph("Sydmark Billedskole\nForeningen Sydmark Bibliotekets Venner")
    p = tmp_path / "kulturplan-svarraekker.docx"
    d.save(p)
    rows = _rows(p)
    expected = [
        ("Sydmark Musikskole", "Musikskolen ønsker et nyt øvelokale", "aendring"),
        ("Sydmark Musikskole", "Skolen beder om gratis undervisning", "ingen_aendring"),
        ("Teaterforeningen Sydmark og Omegn", "Foreningen foreslår en fast scene", "implementering"),
        ("Sydmark Billedskole", "", "intet_svar"),
        ("Foreningen Sydmark Bibliotekets Venner", "", "intet_svar"),
    ]
    assert _same(rows, expected), rows


def _pdf(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A simple prose PDF: (kind, text) blocks, kind "h" a bold heading, "p" a paragraph, "i" an indented one,
    "s" a small grey line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in blocks:
        pdf.set_x(pdf.l_margin + (12 if kind == "i" else 0))
        pdf.set_font("DejaVu", "B" if kind == "h" else "", 12 if kind == "h" else (8 if kind == "s" else 10))
        pdf.set_text_color(120 if kind == "s" else 0)
        pdf.multi_cell(0, 6 if kind == "h" else 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def test_two_level_remark_labels_on_their_own_lines(tmp_path):
    """Remarks labelled "Punkt 3.1" on a line of their own (the first number the response's number in an annex),
    under bold party headings with a footnote mark glued on ("Naboforeningen Kærby²") and a grey line
    "Svar nr. 4 · tillægssvar · indkommet 2. juni 2027"; footnotes at the foot are no part of an answer; a sentence
    that only counts the silent parties ("Tre parter har ikke svaret") names none."""
    blocks = [
        ("h", "Høringsnotat om Naturplan for Kærby"),
        ("p", "Planen blev sendt til ni parter. Tre parter har ikke afgivet høringssvar."),
        ("h", "Kærby Jagtforening"),
        ("s", "Svar nr. 2 · indkommet 20. maj 2027"),
        ("p", "Punkt 2.1"),
        ("i", "Jagtforeningen ønsker, at stien gennem Kærby Skov flyttes væk fra vildtremisen."),
        ("i", "Administrationens svar: Stien er flyttet, og kortet i afsnit 3 er ændret."),
        ("p", "Punkt 2.2"),
        ("i", "Foreningen foreslår, at skoven lukkes for hunde i yngletiden¹."),
        ("i", "Administrationens svar: Forslaget giver ikke anledning til ændringer i planen."),
        ("h", "Naboforeningen Kærby²"),
        ("s", "Svar nr. 4 · tillægssvar · indkommet 2. juni 2027"),
        ("p", "Punkt 4.1"),
        ("i", "Naboerne beder om, at parkeringspladsen ved søen udvides med tyve pladser."),
        ("i", "Administrationens svar: Parkering ligger uden for planens rammer."),
        ("p", "¹ Yngletiden er 1. april til 30. juni."),
        ("p", "² Svaret er indkommet efter fristen og er medtaget efter aftale."),
    ]
    p = _pdf(tmp_path / "naturplan-punkter.pdf", blocks)
    rows = _rows(p)
    expected = [
        ("Kærby Jagtforening", "Jagtforeningen ønsker, at stien", "aendring"),
        ("Kærby Jagtforening", "Foreningen foreslår, at skoven lukkes", "ingen_aendring"),
        ("Naboforeningen Kærby", "Naboerne beder om, at parkeringspladsen", "uden_for_rammerne"),
    ]
    assert _same(rows, expected), rows


SYMBOL_LEGEND = (
    "Resultat: ● planen er ændret · ◐ delvist imødekommet · ○ ikke imødekommet · ► indgår i det videre arbejde · "
    "✕ uden for planens rammer"
)


def _borderless_symbol_pdf(path: Path, pages: list[list[tuple[str, str, str, str, str, str]]]) -> Path:
    """A landscape table without cell borders (a rule only between parties), the header repeated on each page and
    the symbol legend at each page's foot; the party's name on its first row only."""
    from fpdf import FPDF

    cols = [(10, 48), (60, 8), (70, 30), (102, 80), (184, 78), (266, 22)]
    head = ("Afsender", "Nr.", "Tema", "Sammenfatning", "Kommunens svar", "Resultat")
    pdf = FPDF(orientation="L")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)

    def row(cells: tuple, bold: bool = False) -> None:
        y, low = pdf.get_y(), pdf.get_y()
        pdf.set_font("DejaVu", "B" if bold else "", 8)
        for (x, w), text in zip(cols, cells):
            pdf.set_xy(x, y)
            pdf.multi_cell(w, 4, text, align="L")
            low = max(low, pdf.get_y())
        pdf.set_y(low + 3)

    for k, rows in enumerate(pages):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, "Høringsnotat om Idrætsplan for Åby" if k == 0 else "", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(pdf.get_y() + 4)
        row(head, bold=True)
        pdf.line(10, pdf.get_y() - 2, 287, pdf.get_y() - 2)
        for r in rows:
            if r[0] and r[0] != "–" and pdf.get_y() > 40:
                pdf.line(10, pdf.get_y() - 2, 287, pdf.get_y() - 2)  # a thin rule between parties
            row(r)
        pdf.set_font("DejaVu", "", 7)
        pdf.set_xy(10, 185)
        pdf.cell(0, 4, SYMBOL_LEGEND)
        pdf.set_xy(10, 192)
        pdf.cell(0, 4, f"Side {k + 1} af {len(pages)}")
    pdf.output(str(path))
    return path


def test_borderless_table_with_outcome_symbols_explained_in_a_legend_line(tmp_path):
    """Outcome symbols explained only by a legend line at each page's foot (which runs across the columns); the
    party's second row at the top of page 2 under the repeated header, its name cell empty."""
    p1 = [
        (
            "Åby Boldklub",
            "1",
            "Baner",
            "Klubben ønsker en ny kunstgræsbane ved skolen i Åby.",
            "Banen er indsat i plan-ens afsnit 3.",
            "●",
        ),
        (
            "",
            "2",
            "Haller",
            "Klubben beder om længere åbningstid i hallen om weekenden.",
            "Åbningstiden er udvidet om lørdagen, men ikke om søndagen.",
            "◐",
        ),
        (
            "Åby Svømmeklub",
            "3",
            "Svømning",
            "Svømmeklubben foreslår et nyt 50-meter bassin i Åby.",
            "Et nyt bassin kan ikke rummes i planens økonomi, og planen ændres ikke.",
            "○",
        ),
    ]
    p2 = [
        (
            "",
            "4",
            "Frivillige",
            "Klubben ønsker et fast tilskud til uddannelse af trænere.",
            "Tilskuddet indgår i det videre arbejde med foreningspuljen.",
            "►",
        ),
        (
            "Åby Rideklub",
            "5",
            "Stier",
            "Rideklubben ønsker ridestier langs landevejen mod Øby.",
            "Stier langs landevejen hører under vejplanen og ligger uden for denne plan.",
            "✕",
        ),
    ]
    p = _borderless_symbol_pdf(tmp_path / "idraetsplan-symboler.pdf", [p1, p2])
    rows = _rows(p)
    expected = [
        ("Åby Boldklub", "Klubben ønsker en ny kunstgræsbane", "aendring"),
        ("Åby Boldklub", "Klubben beder om længere åbningstid", "delvist"),
        ("Åby Svømmeklub", "Svømmeklubben foreslår et nyt", "ingen_aendring"),
        ("Åby Svømmeklub", "Klubben ønsker et fast tilskud", "implementering"),
        ("Åby Rideklub", "Rideklubben ønsker ridestier", "uden_for_rammerne"),
    ]
    assert _same(rows, expected), rows


def test_symbol_legend_line_in_other_wordings():
    """A legend of outcome symbols, "SYMBOL = meaning" items set apart by "|", is read; prose with a bullet is not."""
    from ingest.fields import code_legend

    line = (
        "Signaturforklaring: ▲ = teksten er rettet | ▼ = ingen ændring | ■ = delvist imødekommet | ◆ = uden for planen"
    )
    assert code_legend([], [line]) == {
        "▲": ("aendring", "teksten er rettet"),
        "▼": ("ingen_aendring", "ingen ændring"),
        "■": ("delvist", "delvist imødekommet"),
        "◆": ("uden_for_rammerne", "uden for planen"),
    }
    assert code_legend([], ["• Kommunen har rettet teksten · se afsnit 3 · bilag 2"]) == {}


def test_several_remarks_in_one_paragraph_answered_in_turn(tmp_path):
    """A letter-style memo: each party's remarks in ONE paragraph (the further ones open "Derudover foreslår …" or
    "Klubben beder også om …"), then ONE answer paragraph that deals with each remark in turn: a point per remark,
    each with the outcome of its own part of the answer; a party named with its branch ("Åby Sygehus, Akutafsnit,
    ser gerne …")."""
    blocks = [
        ("h", "Notat om høringen af Sundhedsplan for Åby"),
        ("p", "Til Socialudvalget. Planen har været i høring, og der er kommet to høringssvar, som gengives her."),
        (
            "p",
            "Åby Seniorråd ønsker, at busserne til sundhedshuset kører hver halve time. Derudover foreslår rådet, "
            "at venteværelset i sundhedshuset får flere stole med armlæn. Rådet beder også om, at planen nævner "
            "demensvenlig skiltning i alle kommunens bygninger.",
        ),
        (
            "i",
            "Forvaltningens bemærkninger: Bustrafikken hører under trafikplanen og ligger uden for denne plans "
            "rammer. Venteværelset er nu beskrevet i afsnit 2, hvor stole med armlæn er tilføjet. Skiltningen "
            "indgår i det videre arbejde med kommunens bygningsplan.",
        ),
        (
            "p",
            "Åby Sygehus, Akutafsnit, ser gerne, at kommunens akutsygeplejersker kan give blodtransfusion i hjemmet. "
            "Afsnittet ønsker tillige en fælles telefonlinje for praktiserende læger om natten.",
        ),
        (
            "i",
            "Forvaltningens bemærkninger: Blodtransfusion i hjemmet er ikke fagligt forsvarligt, og planen ændres "
            "ikke på dette punkt. En telefonlinje om natten er tilføjet i afsnit 4.",
        ),
    ]
    p = _pdf(tmp_path / "sundhedsplan-brev.pdf", blocks)
    rows = _rows(p)
    expected = [
        ("Åby Seniorråd", "Åby Seniorråd ønsker, at busserne", "uden_for_rammerne"),
        ("Åby Seniorråd", "Derudover foreslår rådet, at venteværelset", "aendring"),
        ("Åby Seniorråd", "Rådet beder også om, at planen nævner", "implementering"),
        ("Åby Sygehus, Akutafsnit", "Åby Sygehus, Akutafsnit, ser gerne", "ingen_aendring"),
        ("Åby Sygehus, Akutafsnit", "Afsnittet ønsker tillige en fælles", "aendring"),
    ]
    assert _same(rows, expected), rows


def test_wide_form_export_one_row_per_question(tmp_path):
    """A form exported wide (Indsender | Dato | Spørgsmål 1 – Vision | Svar til spørgsmål 1 | Status spørgsmål 1 | …):
    each filled question of each respondent is a point, its question the theme; "Intet at bemærke" and a blank
    question are none."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Besvarelser"
    ws.append(
        ["Indsender", "Dato", "Spørgsmål 1 – Vision", "Svar til spørgsmål 1", "Status spørgsmål 1"]
        + ["Spørgsmål 2 – Mål og indsatser", "Svar til spørgsmål 2", "Status spørgsmål 2"]
    )
    ws.append(
        [
            "Øby Borgerforening",
            "2027-03-01",
            "Visionen bør nævne landsbyerne.",
            "Landsbyerne er nu nævnt i visionen.",
            "Imødekommet",
            "Intet at bemærke.",
            "",
            "",
        ]
    )
    ws.append(
        [
            "Øby Ungdomsskole",
            "2027-03-04",
            "",
            "",
            "",
            "Skolen ønsker et mål for unges trivsel.",
            "Målet indgår i det videre arbejde med handleplanen.",
            "Videre arbejde",
        ]
    )
    p = tmp_path / "skemaeksport.xlsx"
    wb.save(p)
    recs = [r for r in parse_file(p) if r.is_row]
    got = [(r.respondent, r.summary, r.handling, r.theme) for r in recs]
    assert got == [
        ("Øby Borgerforening", "Visionen bør nævne landsbyerne.", "aendring", "Vision"),
        ("Øby Ungdomsskole", "Skolen ønsker et mål for unges trivsel.", "implementering", "Mål og indsatser"),
    ], got


def test_word_code_legend_continued_rows_and_a_total_row(tmp_path):
    """A sheet exported as CSV: a legend row of word codes above the header ("Lilla = …, Orange = …"), a remark that
    runs on in a row with no number, party or code (its text in lower case), and a total row "Total,5" under the
    rows: the codes read by the legend, the run-on row joined to its point, the total no point."""
    lines = [
        "Høringsnotat om Legepladsplan for Øby,,,,",
        "Koder: Lilla = planen er ændret, Orange = delvist imødekommet, Sort = ikke imødekommet,,,,",
        "Løbenr,Afsender,Bemærkning,Svar,Kode",
        "1,Øby Forældreråd,Rådet ønsker en legeplads med gynger og,Legepladsen er tilføjet.,Lilla",
        ",,klatrestativ ved skolen i Øby.,,",
        "2,,Rådet ønsker belysning på alle legepladser.,Belysning kommer ved to af fem pladser.,Orange",
        "3,Øby Dagpleje,Dagplejen ønsker hegn om alle legepladser.,Hegn er ikke nødvendigt.,Sort",
        "Total,3,,,",
    ]
    p = tmp_path / "legepladser.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = _rows(p)
    expected = [
        ("Øby Forældreråd", "Rådet ønsker en legeplads med gynger og klatrestativ ved skolen", "aendring"),
        ("Øby Forældreråd", "Rådet ønsker belysning", "delvist"),
        ("Øby Dagpleje", "Dagplejen ønsker hegn", "ingen_aendring"),
    ]
    assert _same(rows, expected), rows


def test_a_word_tables_remark_runs_on_in_a_continued_row(tmp_path):
    """A Word table whose answer and code cells are merged down over a remark that runs on in a row of its own,
    "(fortsat) …", with no number or party: one point, its text joined."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat om Parkplan for Øby", level=1)
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ("Nr.", "Høringspart", "Bemærkning", "Kommunens svar", "Indstilling")):
        c.text = h
    data = [
        ("1", "Øby Naturforening", "Foreningen ønsker, at parken får en sø med", "Søen er indsat i planen.", "Ændres"),
        ("", "", "(fortsat) plads til frøer og salamandre.", "", ""),
        ("2", "Øby Løbeklub", "Klubben ønsker lys på stien om vinteren.", "Lys ligger uden for planen.", "Udenfor"),
    ]
    for row in data:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for col in (3, 4):  # the answer and the code merged over the remark and its continued row
        top, low = t.rows[1].cells[col], t.rows[2].cells[col]
        top.merge(low)
        top.paragraphs[-1]._p.getparent().remove(top.paragraphs[-1]._p) if len(top.paragraphs) > 1 else None
    p = tmp_path / "parkplan-fortsat.docx"
    d.save(p)
    rows = _rows(p)
    expected = [
        ("Øby Naturforening", "Foreningen ønsker, at parken får en sø med plads til frøer og salamandre.", "aendring"),
        ("Øby Løbeklub", "Klubben ønsker lys på stien", "uden_for_rammerne"),
    ]
    assert _same(rows, expected), rows


def test_points_by_theme_answered_by_ranges_of_numbers(tmp_path):
    """Points numbered across parties under theme headings, the party named only in the sentence ("Også
    Børneafsnittet, Øby Sygehus, vurderer …", "X har et ønske om …"), answered after each theme by "Ad 2–4:" (a range)
    and "Ad 5 og 6:": each point gets the answer its number is in."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat om Børnesundhedsplan for Øby", level=1)
    d.add_heading("1. Sundhedspleje", level=2)
    points = [
        "1. Øby Kommune foreslår flere hjemmebesøg i det første leveår.",
        "2. Øby Forældreforening ønsker en fast sundhedsplejerske for hver familie.",
        "3. Også Børneafsnittet, Øby Sygehus, vurderer, at familierne bør have en fast kontakt.",
        "4. Jordemødrene i Øby har et ønske om, at kontakten begynder før fødslen.",
    ]
    for x in points:
        d.add_paragraph(x)
    d.add_paragraph("Kommunens bemærkninger", style="Heading 3")
    d.add_paragraph("Ad 1: Antallet af hjemmebesøg er øget, og afsnit 2 er ændret.")
    d.add_paragraph("Ad 2–4: Ønsket om fast kontakt indgår i det videre arbejde med sundhedsplejens organisering.")
    d.add_heading("2. Skolesundhed", level=2)
    d.add_paragraph("5. Øby Skolebestyrelse ønsker daglig motion i alle klasser.")
    d.add_paragraph("6. Øby Idrætsråd foreslår gratis haltider til skolerne.")
    d.add_paragraph("Kommunens bemærkninger", style="Heading 3")
    d.add_paragraph("Ad 5 og 6: Skolernes skema og haltider ligger uden for planens rammer.")
    p = tmp_path / "boernesundhed-ad.docx"
    d.save(p)
    rows = _rows(p)
    expected = [
        ("Øby Kommune", "Øby Kommune foreslår flere", "aendring"),
        ("Øby Forældreforening", "Øby Forældreforening ønsker", "implementering"),
        ("Børneafsnittet, Øby Sygehus", "Også Børneafsnittet, Øby Sygehus, vurderer", "implementering"),
        ("Jordemødrene i Øby", "Jordemødrene i Øby har et ønske", "implementering"),
        ("Øby Skolebestyrelse", "Øby Skolebestyrelse ønsker", "uden_for_rammerne"),
        ("Øby Idrætsråd", "Øby Idrætsråd foreslår", "uden_for_rammerne"),
    ]
    assert _same(rows, expected), rows


def test_a_column_of_references_between_parties_rows_is_no_thread():
    """Rows that point at another party's row ("Se også" 1) but come from parties like the rest are points of their
    own, not answers."""
    from ingest.threads import answer_threads

    header = ["Nr.", "Part", "Bemærkning", "Se også", "Svar"]
    rows = [
        ["1", "Øby Kommune", "Kommunen ønsker flere stier.", "", "Stierne er tilføjet."],
        ["2", "Øby Cykelklub", "Klubben ønsker flere stier.", "1", "Se svaret til nr. 1."],
        ["3", "Øby Løbeklub", "Klubben ønsker lys på stierne.", "", "Lys ligger uden for planen."],
        ["4", "Øby Spejdere", "Spejderne ønsker flere stier.", "1", "Se svaret til nr. 1."],
    ]
    assert answer_threads(header, rows) is None
