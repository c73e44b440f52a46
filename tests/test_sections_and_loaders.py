"""Plans, slide decks, PDF/DOCX/MD documents -> section records; bad files -> a clear ParseError."""

import os

import docx
import pytest
from conftest import CORPUS, PLAN
from fpdf import FPDF

from ingest.loaders import load
from ingest.pipeline import DocMeta, Manifest, parse_file
from retrieval.errors import ParseError


def test_plan_sections_have_heading_paths_and_section_4_is_sundhedsaftale():
    recs = parse_file(PLAN, DocMeta(kind="plan", title="Praksisplan"))
    sections = [r.section for r in recs]
    assert "1. Formål og rammer for Praksisplanen > b. Praksisplanen" in sections
    sa = [r for r in recs if r.kind == "sundhedsaftale"]
    assert sa and all(r.section.startswith("4. Sundhedsaftale") for r in sa)
    assert all(r.doc_kind == "plan" for r in recs)
    # numbered list items inside a section are not headings
    assert not any(s and s.startswith("1. Fleksibilitet") for s in sections)
    # line spans point into the file
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    r = next(r for r in recs if r.section and r.section.startswith("6. Sygebesøg > a. Fakta"))
    assert lines[r.line_start - 1].strip() == r.text.split("\n")[0]


def test_slide_deck_loses_its_repeated_header():
    name = "plo-sjaelland-vision-praksissektor.txt"
    recs = parse_file(CORPUS / name, Manifest.for_paths([CORPUS]).get(name))
    assert recs[0].kind == "oplaeg"
    header = "PLO-Sjællands vision for praksissektoren"
    assert not any(header in r.text.split("\n") for r in recs)
    slide3 = next(r for r in recs if r.page == 3)
    assert slide3.section.startswith("Slide 3: Vi skal ikke lave flere papirer")
    assert "Sundhedsaftalen 2019-2023" in slide3.text


def test_pdf_pages_and_headings(tmp_path):
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for _page, (head, body) in enumerate(
        [
            ("1. Formaal", "Planen beskriver rammerne for almen praksis."),
            ("2. Laegedaekning", "Der mangler laeger i yderomraaderne."),
        ],
        start=1,
    ):
        pdf.add_page()
        pdf.cell(0, 10, head, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 8, body)
    p = tmp_path / "plan.pdf"
    pdf.output(str(p))
    recs = parse_file(p, DocMeta(kind="plan"))
    by = {r.section: r for r in recs}
    assert by["2. Laegedaekning"].page == 2
    assert by["1. Formaal"].page == 1
    assert "yderomraaderne" in by["2. Laegedaekning"].text


def test_docx_headings_and_markdown(tmp_path):
    d = docx.Document()
    d.add_heading("Sundhedsaftale 2024", level=1)
    d.add_paragraph("Aftalen gælder for regionen og kommunerne.")
    d.add_heading("Mål", level=2)
    d.add_paragraph("Færre genindlæggelser.")
    p = tmp_path / "aftale.docx"
    d.save(p)
    recs = parse_file(p)
    assert [r.section for r in recs] == ["Sundhedsaftale 2024", "Sundhedsaftale 2024 > Mål"]
    assert all(r.kind == "sundhedsaftale" for r in recs)
    assert recs[0].title == "Sundhedsaftale 2024"

    md = tmp_path / "note.md"
    md.write_text("# Notat\n\nIndledning.\n\n## Kapacitet\n\nTo nye ydernumre.\n", encoding="utf-8")
    recs = parse_file(md)
    assert [r.section for r in recs] == ["Notat", "Notat > Kapacitet"]
    assert recs[0].kind == "document"


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"   \n\n  \n", "empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00data" * 10, "binary"),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "PDF"),
        ("fake.pdf", b"this is not a pdf at all", "not a PDF"),
        ("truncated.docx", b"PK\x03\x04\x14\x00\x00\x00broken", "DOCX"),
        ("truncated.xlsx", b"PK\x03\x04 nope", "XLSX"),
        ("image.png", b"\x89PNG\r\n", "unsupported"),
    ],
)
def test_bad_files_raise_a_parse_error_with_the_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(ParseError, match=reason):
        parse_file(p)


def test_unreadable_file(tmp_path):
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "does-not-exist.txt", link)
    with pytest.raises(ParseError, match="cannot read"):
        load(link)


def test_truncated_real_docx(tmp_path):
    d = docx.Document()
    d.add_paragraph("Tekst " * 200)
    good = tmp_path / "good.docx"
    d.save(good)
    bad = tmp_path / "half.docx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ParseError, match="damaged or truncated"):
        parse_file(bad)
