"""Loaders: a file on disk -> text lines (with line and page numbers) or tables (header + rows).

Every failure is a ParseError whose message names the reason; the pipeline reports it and goes on.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.errors import ParseError

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
SUPPORTED = TEXT_SUFFIXES | {".pdf", ".docx", ".xlsx", ".csv"}


@dataclass
class Line:
    no: int  # 1-based line number in the file (for PDF: within the page; for DOCX: paragraph number)
    text: str
    page: int | None = None
    heading_level: int | None = None  # set where the format itself marks a heading (DOCX styles, Markdown #)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]  # where each row sits in the file (CSV line, XLSX row, DOCX table row)
    name: str = ""  # sheet name or "table 1"


@dataclass
class Loaded:
    """What a file holds: text lines, tables, or both (a DOCX with paragraphs and a table)."""

    path: Path
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    raw_text: str | None = None  # the decoded text of TXT/MD files, for layout-aware parsers

    @property
    def empty(self) -> bool:
        return not any(ln.text.strip() for ln in self.lines) and not any(t.rows for t in self.tables)


def load(path: Path) -> Loaded:
    """Read one file; raise ParseError with a reason a person understands."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ParseError(f"unsupported file type {suffix or '(none)'!r}; plansvar reads {', '.join(sorted(SUPPORTED))}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ParseError(f"cannot read the file: {e.strerror or e}") from e
    if not data.strip():
        raise ParseError("the file is empty")
    loader = {
        ".pdf": _load_pdf,
        ".docx": _load_docx,
        ".xlsx": _load_xlsx,
        ".csv": _load_csv,
    }.get(suffix, _load_text)
    loaded = loader(path, data)
    if loaded.empty:
        raise ParseError("the file has no text")
    return loaded


def decode_text(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise ParseError("the file is binary, not text")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ParseError("the text is neither UTF-8 nor Windows-1252")


def _load_text(path: Path, data: bytes) -> Loaded:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    md = path.suffix.lower() in (".md", ".markdown")
    for i, raw in enumerate(text.split("\n"), start=1):
        level = None
        t = raw.rstrip()
        if md and t.startswith("#"):
            hashes = len(t) - len(t.lstrip("#"))
            if 1 <= hashes <= 6 and t[hashes:hashes + 1] == " ":
                level, t = hashes, t[hashes:].strip()
        lines.append(Line(i, t, None, level))
    return Loaded(path, lines=lines, raw_text=text)


def _load_pdf(path: Path, data: bytes) -> Loaded:
    if not data.startswith(b"%PDF"):
        raise ParseError("not a PDF file (no %PDF header)")
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [(i, p.extract_text() or "") for i, p in enumerate(reader.pages, start=1)]
    except Exception as e:  # noqa: BLE001 - pypdf raises many types for damaged files
        raise ParseError(f"the PDF is damaged or truncated ({type(e).__name__}: {e})") from e
    if not pages:
        raise ParseError("the PDF has no pages")
    lines: list[Line] = []
    for pno, text in pages:
        for i, t in enumerate(text.split("\n"), start=1):
            lines.append(Line(i, t.rstrip(), pno))
        lines.append(Line(0, "", pno))
        lines.append(Line(0, "", pno))
        lines.append(Line(0, "", pno))  # a page break reads as 3 empty lines, as in the flattened corpus files
    if not any(ln.text.strip() for ln in lines):
        raise ParseError("the PDF has no extractable text (scanned? run OCR first)")
    return Loaded(path, lines=lines)


def _open_zip(data: bytes, what: str) -> None:
    try:
        zipfile.ZipFile(io.BytesIO(data)).testzip()
    except (zipfile.BadZipFile, EOFError, ValueError) as e:
        raise ParseError(f"the {what} file is damaged or truncated (not a valid zip container: {e})") from e


def _load_docx(path: Path, data: bytes) -> Loaded:
    _open_zip(data, "DOCX")
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001
        raise ParseError(f"the DOCX cannot be opened ({type(e).__name__}: {e})") from e
    lines = []
    for i, p in enumerate(d.paragraphs, start=1):
        style = (p.style.name if p.style is not None else "") or ""
        level = None
        if style.lower().startswith(("heading", "overskrift")):
            digits = "".join(ch for ch in style if ch.isdigit())
            level = int(digits) if digits else 1
        elif style.lower() == "title":
            level = 1
        lines.append(Line(i, p.text.rstrip(), None, level))
    tables = []
    for ti, t in enumerate(d.tables, start=1):
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows:
            continue
        tables.append(Table(rows[0], rows[1:], list(range(2, len(rows) + 1)), f"table {ti}"))
    return Loaded(path, lines=lines, tables=tables)


def _load_xlsx(path: Path, data: bytes) -> Loaded:
    _open_zip(data, "XLSX")
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001
        raise ParseError(f"the XLSX cannot be opened ({type(e).__name__}: {e})") from e
    tables = []
    for ws in wb.worksheets:
        values = [
            (i, ["" if v is None else str(v).strip() for v in row])
            for i, row in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
        values = [(i, r) for i, r in values if any(r)]
        if not values:
            continue
        (_, header), body = values[0], values[1:]
        tables.append(Table(header, [r for _, r in body], [i for i, _ in body], ws.title))
    wb.close()
    return Loaded(path, tables=tables)


def _load_csv(path: Path, data: bytes) -> Loaded:
    text = decode_text(data)
    first = text.split("\n", 1)[0]
    # NOTE: only the delimiter is guessed (from the header line); quoting stays standard, which the sniffer gets wrong
    delimiter = max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True)
    rows, numbers = [], []
    try:
        for row in reader:
            if any(c.strip() for c in row):
                rows.append([c.strip() for c in row])
                numbers.append(reader.line_num)
    except csv.Error as e:
        raise ParseError(f"the CSV is malformed: {e}") from e
    if not rows:
        raise ParseError("the CSV has no rows")
    return Loaded(path, tables=[Table(rows[0], rows[1:], numbers[1:], path.name)])
