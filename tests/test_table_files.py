"""A høringsnotat as DOCX, XLSX or CSV (Danish or English headers) gives the same records as the text layout."""

import csv

import docx
import openpyxl
import pytest

from ingest.pipeline import parse_file

DA = [
    "Høringspart",
    "Tema",
    "Sammendrag af høringssvaret",
    "Håndtering af høringssvar",
    "Kommentar og/eller forslag til tekstændring i planen",
    "Høringssvaret",
]
EN = ["Respondent", "Theme", "Summary", "Handling", "Comment / text change", "Quote"]
FIELDS = (
    "respondent",
    "respondent_type",
    "theme",
    "letter",
    "summary",
    "handling",
    "text_change",
    "quote",
    "quote_pages",
)


def _cells(r):
    summary = (f"Bemærkning {r['letter']}) " if r["is_remark"] else f"{r['letter']}) ") + r["summary"]
    return [
        r["respondent"],
        r["theme"] or "",
        summary,
        r["handling_raw"] or "",
        r["text_change"] or "",
        r["quote"] or "",
    ]


@pytest.fixture
def sample(corpus_rows):
    """Rows of several kinds: municipal, with comment, aendring, delvist, remark rows."""
    keep = [
        r
        for r in corpus_rows
        if r["letter"] and r["handling"] != "intet_svar" and r["handling_raw"] != "Samme håndtering som ved PIU"
    ]
    return (
        keep[:12]
        + [r for r in keep if r["handling"] in ("delvist", "aendring")][:4]
        + [r for r in keep if r["is_remark"]][:3]
    )


def _expect(rows, recs):
    recs = [r for r in recs if r.is_row]  # the DOCX's heading paragraph is indexed too, as text
    assert len(recs) == len(rows)
    for want, got in zip(rows, recs):
        for f in FIELDS:
            assert getattr(got, f) == want[f], (f, want["line_start"])
        assert got.kind == "hoeringsnotat"


def _write_docx(path, header, rows):
    d = docx.Document()
    d.add_paragraph("Høringsnotat")
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(_cells(r)):
            cells[i].text = v
    d.save(path)


def test_docx_table(tmp_path, sample):
    p = tmp_path / "notat.docx"
    _write_docx(p, DA, sample)
    _expect(sample, parse_file(p))


def test_xlsx_with_english_headers_and_merged_respondent_cells(tmp_path, sample):
    p = tmp_path / "notat.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(EN)
    prev = None
    for r in sample:
        cells = _cells(r)
        if r["respondent"] == prev:
            cells[0] = ""  # a merged cell keeps its value only in the top row
        prev = r["respondent"]
        ws.append(cells)
    wb.save(p)
    recs = parse_file(p)
    _expect(sample, recs)
    assert recs[0].line_start == 2  # the sheet row, for the citation


def test_csv_semicolon(tmp_path, sample):
    p = tmp_path / "notat.csv"
    with open(p, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(DA)
        for r in sample:
            w.writerow(_cells(r))
    _expect(sample, parse_file(p))


def test_a_table_that_is_not_a_hoeringsnotat_is_indexed_as_text(tmp_path):
    p = tmp_path / "budget.csv"
    p.write_text("Post,Beløb\nLæger,100\nSygeplejersker,50\n", encoding="utf-8")
    recs = parse_file(p)
    assert recs and recs[0].kind == "document"
    assert "Læger" in recs[0].text
