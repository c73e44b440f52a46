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
