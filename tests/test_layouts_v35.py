"""Parser v35 (issue 20): layout families first seen in blind set 29, each on a self-made variant (other names,
wording, column names and order)."""

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


def test_group_rows_over_numbered_point_rows_in_a_sheet(tmp_path):
    """A sheet whose parties are group rows (name, a count of remarks, a kind) with the point rows below them carrying
    only a number "n.k" in the party's column (some hidden in a collapsed outline): each point is the group's party; a
    group with count 0 and a no-response status did not answer; the total row is no point."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["Høringsnotat om Cykelplan for Lundholt"])
    ws.append([])
    ws.append(["Afsender / nr.", "Antal", "Kategori", "Resumé af bemærkning", "Administrationens svar", "Resultat"])
    data = [
        ("Cyklistforbundet Lundholt", 2, "Forening", None, None, None),
        ("1.1", None, None, "Forbundet ønsker en sikker cykelsti langs Åvej.", "Stien er tilføjet.", "Ændret"),
        ("1.2", None, None, "Forbundet foreslår flere cykelparkeringer.", "Det indgår i arbejdet.", "Til handleplan"),
        ("Grundejerforeningen Bakkely", 0, "Forening", None, None, "Intet høringssvar"),
        ("Lundholt Skole", 1, "Institution", None, None, None),
        ("3.1", None, None, "Skolen beder om lavere fart ved skolevejen.", "Planen fastholdes.", "Ikke ændret"),
        (None, None, None, None, None, None),
        ("I alt", 3, None, None, None, None),
    ]
    for r in data:
        ws.append(list(r))
    for n in (8, 9):  # the school's point row and the blank row in a collapsed group
        ws.row_dimensions[n].hidden = True
        ws.row_dimensions[n].outlineLevel = 1
    p = tmp_path / "cykelplan-grupper.xlsx"
    wb.save(p)
    expected = [
        ("Cyklistforbundet Lundholt", "Forbundet ønsker en sikker", "aendring"),
        ("Cyklistforbundet Lundholt", "Forbundet foreslår flere", "implementering"),
        ("Grundejerforeningen Bakkely", "", "intet_svar"),
        ("Lundholt Skole", "Skolen beder om lavere", "ingen_aendring"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def _fixed(cells: list[str], widths: list[int]) -> str:
    return "   ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def test_fixed_width_report_with_wrapped_cells_a_page_break_and_a_code_legend(tmp_path):
    """A fixed-width plain-text report: each cell wraps inside its column on the lines below, records between blank
    lines, the page header repeated after a form feed (one record split by it), outcome codes explained by a legend
    of one code per line at the end."""
    w = [22, 5, 34, 30, 3]
    head = ["Indsender", "Lbnr", "Bemærkningens indhold", "Kommunens svar", "Kode"]
    rule = "   ".join("-" * n for n in w)
    top = [
        "NORDVANG KOMMUNE - JOURNAL              Side {}",
        "Høringsrapport for Trafikplan 2028",
        "",
        _fixed(head, w),
        rule,
    ]
    recs = [
        [
            ["Vejlauget for", "1", "Lauget ønsker en ny overgang for", "Overgangen er tilføjet i", "PÆ"],
            ["Nordvang Bydel", "", "fodgængere ved Torvegade.", "afsnit 2.", ""],
        ],
        [
            ["Nordvang Rideklub", "2", "Klubben beder om en ridesti", "Ridestier ligger uden for", "UR"],
            ["", "", "langs skoven.", "planens rammer.", ""],
        ],
        [
            ["Ejerforeningen Kløver", "3", "Foreningen mener, at farten på", "Hastigheden fastholdes.", "PF"],
            ["", "", "Ringvejen skal sættes ned.", "", ""],
        ],
    ]
    lines = [t.format(1) for t in top]
    for n, rec in enumerate(recs):
        if n == 2:  # the page break splits the third record after its first line
            lines.append(_fixed(rec[0], w))
            lines.append("\f" + top[0].format(2))
            lines += top[1:]
            lines.append(_fixed(rec[1], w))
        else:
            lines += [_fixed(r, w) for r in rec]
        lines.append("")
    lines.append(_fixed(["Nordvang Skakklub", "-", "(intet høringssvar modtaget)", "", "IH"], w))
    lines += ["", "-" * 60, "Koder:", "  PÆ = planen ændres", "  PF = planen fastholdes", "  UR = uden for rammerne"]
    lines.append("  IH = intet høringssvar")
    p = tmp_path / "trafikplan-rapport.txt"
    p.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    expected = [
        ("Vejlauget for Nordvang Bydel", "Lauget ønsker en ny overgang for fodgængere ved", "aendring"),
        ("Nordvang Rideklub", "Klubben beder om en ridesti langs skoven", "uden_for_rammerne"),
        ("Ejerforeningen Kløver", "Foreningen mener, at farten på Ringvejen", "ingen_aendring"),
        ("Nordvang Skakklub", "", "intet_svar"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def _slides(path: Path, slides: list[tuple[str, list[tuple[str, str, str]]]]) -> Path:
    """A slide deck as PDF (16:9 landscape): per slide a title bar and items (kind, text, pill): kind "b" a "•"
    bullet, "r" a "●" remark, "a" an indented answer line with an outcome pill at the right margin on its line; a
    footer with the slide number."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format=(540, 960))
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    for n, (title, items) in enumerate(slides, start=1):
        pdf.add_page()
        pdf.set_fill_color(20, 110, 120)
        pdf.rect(0, 30, 960, 60, style="F")
        pdf.set_text_color(255)
        pdf.set_font("DejaVu", "B", 26)
        pdf.set_xy(50, 45)
        pdf.cell(860, 30, title)
        pdf.set_text_color(0)
        y = 120
        for kind, text, pill in items:
            pdf.set_font("DejaVu", "", 15 if kind != "a" else 13)
            x = {"b": 60, "r": 60, "a": 90}[kind]
            mark = {"b": "• ", "r": "● ", "a": "→ "}[kind]
            pdf.set_xy(x, y)
            pdf.multi_cell(700 if kind == "a" else 820, 20, mark + text)
            if pill:
                pdf.set_font("DejaVu", "B", 11)
                pdf.set_xy(800, y)
                pdf.cell(120, 18, pill, align="C")
            y = pdf.get_y() + 10
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(50, 505)
        pdf.cell(860, 14, f"Lundvig Kommune · Teknik- og Miljøudvalget {n}")
    pdf.output(str(path))
    return path


def test_slide_deck_one_party_per_slide_with_answer_lines_and_outcome_pills(tmp_path):
    """A committee slide deck: an agenda slide of bullets (one of them names the parties that did not answer: a list
    item, no list of its own), one slide per party titled "Høringssvar: X" (a second slide "X (fortsat)" goes on
    with the same party), "●" remarks each followed by "→ Forslag til svar: …" and an outcome pill; a slide of
    the parties that did not answer."""
    slides = [
        (
            "Program",
            [
                ("b", "Høringens forløb", ""),
                ("b", "Parter, der ikke har svaret", ""),
                ("b", "Tidsplan for vedtagelse", ""),
            ],
        ),
        (
            "Høringssvar: Lundvig Naturfredningsforening",
            [
                ("r", "Foreningen ønsker, at engen ved Møllebækken friholdes for byggeri i hele planperioden.", ""),
                ("a", "Forslag til svar: Engen er udlagt som grønt område i planens kort 2.", "ÆNDRING"),
                ("r", "Naturfredningsforeningen beder om en ny sti langs fjorden til Lundvig Strand.", ""),
                ("a", "Forslag til svar: Stien ligger uden for planen og henvises til stiplanen.", "UDEN FOR RAMMERNE"),
            ],
        ),
        (
            "Høringssvar: Lundvig Naturfredningsforening (fortsat)",
            [
                ("r", "Foreningen mener, at vejbelysningen ved engen bør slukkes om natten.", ""),
                (
                    "a",
                    "Forslag til svar: Belysningen er nødvendig for trafiksikkerheden; planen fastholdes.",
                    "INGEN ÆNDRING",
                ),
            ],
        ),
        (
            "Høringssvar: Grundejerforeningen Strandkanten",
            [
                ("r", "Grundejerne foreslår, at der plantes læhegn mod den nye parkeringsplads.", ""),
                ("a", "Forslag til svar: Læhegn indgår i den videre projektering af pladsen.", "HANDLEPLAN"),
            ],
        ),
        ("Parter, der ikke har svaret", [("b", "Lundvig Sejlklub", "")]),
        ("Tidsplan", [("b", "Byrådet behandler planen i marts", "")]),
    ]
    p = _slides(tmp_path / "lokalplan-slides.pdf", slides)
    expected = [
        ("Lundvig Naturfredningsforening", "Foreningen ønsker, at engen", "aendring"),
        ("Lundvig Naturfredningsforening", "Naturfredningsforeningen beder om en ny sti", "uden_for_rammerne"),
        ("Lundvig Naturfredningsforening", "Foreningen mener, at vejbelysningen", "ingen_aendring"),
        ("Grundejerforeningen Strandkanten", "Grundejerne foreslår, at der plantes", "implementering"),
        ("Lundvig Sejlklub", "", "intet_svar"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows
