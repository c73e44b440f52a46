"""Parser v34 (issue 20): layout families first seen in blind set 28, each on a self-made variant (other names,
wording, column names and order): parties named by a legend table's codes, a comment thread whose answers are rows
that point at the remark they answer, and a table whose rows alternate between a remark and its answer."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, (r.summary or "")[:40], r.handling) for r in parse_file(path) if r.is_row]


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
    assert ("Nordby Cykelforening", "NCF foreslår, at cykelstien langs Havnev", "aendring") in rows
    assert (
        "Vestmark Kommune og Østmark Kommune",
        "VØK ønsker, at busruten mellem kommunern",
        "uden_for_rammerne",
    ) in rows
    assert ("Nordby Cykelforening", "NCF mener, at parkeringspladserne ved sk", "ingen_aendring") in rows
    assert ("Handelsstandsforeningen i Nordby", "", "intet_svar") in rows
    assert not any(r[0] in ("NCF", "VØK", "HAN") for r in rows)
