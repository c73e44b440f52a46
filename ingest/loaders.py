"""Loaders: a file on disk -> text lines (with line and page numbers) or tables (header + rows).

Every failure is a ParseError whose message names the reason; the pipeline reports it and goes on.
"""

from __future__ import annotations

import csv
import io
import re
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
    style: str | None = None  # "italic": the whole paragraph is set in italics (PDF layout, DOCX runs)
    run_in: bool = False  # a heading run into its paragraph in bold ("**Højvang Kommune.** Kommunen ønsker …")
    indent: float | None = None  # PDF layout: how far the paragraph's left edge sits in from its column's margin (pt)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]  # where each row sits in the file (CSV line, XLSX row, DOCX/PDF table row)
    name: str = ""  # sheet name, "tabel 1" or the CSV file's name
    anchor: int = 0  # how many of the file's text lines come before the table (its place in document order)
    intro: list[str] = field(default_factory=list)  # title rows above the header (XLSX/CSV)
    row_pages: list[int | None] = field(default_factory=list)  # PDF: the page each row is on
    odd: list[str] = field(default_factory=list)  # cells the loader could not read as they are (formulas, ...)
    # a grouped header's upper row ("Høringssvar" merged over Nr. | Resumé, "Administrationens behandling" over
    # Vurdering | Kode): the group names, which the column names under them replace
    groups: list[str] = field(default_factory=list)


@dataclass
class Loaded:
    """What a file holds: text lines, tables, or both (a DOCX with paragraphs and a table)."""

    path: Path
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    raw_text: str | None = None  # the decoded text of TXT/MD files, for layout-aware parsers
    # PDF without tables: paragraphs and headings rebuilt from the page layout (one Line each, running headers,
    # footers and page numbers left out); the prose høringsnotat parser reads these, other documents keep `lines`
    paragraphs: list[Line] | None = None
    dropped: list[str] = field(default_factory=list)  # running headers/footers left out of `paragraphs`
    table_boxes: dict[int, list[tuple]] = field(default_factory=dict)  # PDF: page -> the tables' boxes

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


def _utf16(data: bytes) -> str | None:
    """Text saved as "Unicode text" (UTF-16, Windows' default for it): by its byte order mark, or without one by
    the zero byte of every other byte in Latin text."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        enc = "utf-16"
    else:
        head = data[:4096]
        even, odd = head[0::2], head[1::2]
        if len(head) < 4 or len(head) % 2:
            return None
        if odd.count(0) > 0.6 * len(odd) and even.count(0) == 0:
            enc = "utf-16-le"
        elif even.count(0) > 0.6 * len(even) and odd.count(0) == 0:
            enc = "utf-16-be"
        else:
            return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    # NOTE: text, not binary data that happens to have zero bytes in turn: control characters are rare in it
    odd = sum(1 for c in text[:4096] if not c.isprintable() and c not in "\t\r\n\ufeff")
    return text if odd <= 0.01 * len(text[:4096]) else None


def decode_text(data: bytes) -> str:
    text = _utf16(data)
    if text is not None:
        return text
    if b"\x00" in data[:8192]:
        raise ParseError("the file is binary, not text")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ParseError("the text is neither UTF-8 nor Windows-1252")


def _md_inline(t: str) -> str:
    """A Markdown line as the text it shows: a quote's "> " and a bullet's "- "/"* " marker taken off (a bullet
    keeps "•" so it still reads as a list item), "**bold**" unwrapped; indentation kept for continuation lines."""
    s = t.lstrip()
    while s.startswith(">"):
        s = s[1:].lstrip()
    m = re.match(r"^[-*+]\s+(?=\S)", s)
    if m:
        s = "• " + s[m.end() :]
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), s)
    return s if s != t.lstrip() else t


# Markdown "*italic*" / "_italic_" (not a bullet's "* ", not "2 * 3", not a word's "snake_case")
MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
# a Markdown thematic break ("---", "***", "___", "- - -"): a rule between blocks, never text
MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _pipe_cells(line: str) -> list[str]:
    t = line.strip()
    t = t[1:] if t.startswith("|") else t
    t = t[:-1] if t.endswith("|") and not t.endswith("\\|") else t
    cells = re.split(r"(?<!\\)\|", t)
    return [re.sub(r"\*\*(.+?)\*\*", r"\1", c.replace("\\|", "|")).strip() for c in cells]


# a grid table's rule line (pandoc's grid tables, as Word exports convert): "+-----+-----+", "+=====+=====+"
# a fixed-width report's rule under its column titles: a run of dashes per column, two or more columns
FIXED_RULE = re.compile(r"^ *-{2,}(?: {1,4}-{2,}){2,} *$")
# a rule across the page (one run of dashes or equals signs): the end of a fixed-width report's rows
PAGE_RULE = re.compile(r"^\s*(?:-{10,}|={10,})\s*$")


def _fixed_width_rows(raws: list[str], k: int) -> tuple[list[list[str]], list[int], int] | None:
    """A fixed-width table whose rule of dash runs is line k, under its column titles: each line sliced at the
    columns' starts and each record's slices joined per column (records between blank lines). A repeated page header
    after a form feed (down to the same rule again) is skipped, and a record it splits goes on below it. The rows
    (titles first), their line numbers and the line after the table; None when line k is no such rule."""
    rule = raws[k].rstrip()
    if not FIXED_RULE.match(rule) or "\f" in raws[k - 1] or not raws[k - 1].strip():
        return None
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    ends = [m.end() for m in re.finditer(r"-+", rule)]
    title = raws[k - 1]
    # the column titles sit inside their columns: nothing in the gutters between the dash runs
    if any(title[e:s].strip() for e, s in zip(ends, starts[1:]) if e < len(title)):
        return None

    def cut(line: str) -> list[str]:
        line = line.replace("\f", "").rstrip()
        bounds = starts[1:] + [max(len(line), starts[-1]) + 1]
        return [line[a:b].strip() for a, b in zip([0] + starts[1:], bounds)]

    rows = [cut(title)]
    nums = [k]
    record: list[list[str]] = []
    first = 0
    j = k + 1

    def flush():
        if record:
            rows.append([" ".join(x for x in col if x) for col in zip(*record)])
            nums.append(first)

    while j < len(raws):
        line = raws[j]
        if "\f" in line:
            again = next((i for i in range(j, min(j + 15, len(raws))) if raws[i].rstrip() == rule), None)
            if again is not None:
                j = again + 1  # the next page's header down to its rule: the record above may go on below it
                continue
            line = line.replace("\f", "")
        if line.rstrip() == title.rstrip() and j + 1 < len(raws) and raws[j + 1].rstrip() == rule:
            j += 2  # the column titles repeated on the next page
            continue
        if PAGE_RULE.match(line):
            break
        if not line.strip():
            flush()
            record = []
            j += 1
            continue
        if not record:
            first = j + 1
        record.append(cut(line))
        j += 1
    flush()
    if len(rows) < 3:
        return None
    return rows, nums, j


GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")


def _grid_rows(raws: list[str], k: int) -> tuple[list[list[str]], list[int], int]:
    """The rows of the grid table whose first rule is raws[k]: the columns are where that rule has its "+", each row
    the lines between two rules, a cell its lines' slices joined (its text wraps inside the cell). Also the rows'
    line numbers and the index after the table."""
    cols = [m.start() for m in re.finditer(r"\+", raws[k])]
    rows: list[list[str]] = []
    nums: list[int] = []
    cur: list[list[str]] | None = None
    end = k + 1
    while end < len(raws):
        line = raws[end]
        if GRID_RULE.match(line):
            if cur is not None:
                rows.append([" ".join(p for p in c if p) for c in cur])
            cur = None
        elif line.lstrip().startswith("|"):
            if cur is None:
                cur = [[] for _ in cols[1:]]
                nums.append(end + 1)
            for c in range(len(cols) - 1):
                cur[c].append(line[cols[c] + 1 : cols[c + 1]].strip(" |"))
        else:
            break
        end += 1
    return rows, nums[: len(rows)], end


# a line that underlines the line above it (a setext heading): "-----" or "====="
SETEXT_RULE = re.compile(r"^\s*(?:-{3,}|={3,})\s*$")


def _load_text(path: Path, data: bytes) -> Loaded:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    tables: list[Table] = []
    md = path.suffix.lower() in (".md", ".markdown")
    raws = text.split("\n")
    # NOTE: an e-mail thread with answers typed under the quoted remarks: read as the notat it is (ingest/mailthread.py)
    from ingest.mailthread import mail_thread

    thread = None if md else mail_thread(raws)
    mail_heads: dict[int, int] = {}
    if thread:
        raws, mail_heads = thread
    skip: set[int] = set()
    for a, b, rows, nums in _html_tables(text):
        # a raw HTML table in the text (a wiki's export to Markdown): a table, its lines no text
        tables.append(_table(rows, nums, f"tabel {len(tables) + 1}", anchor=a))
        skip.update(range(a, b + 1))
    for k in range(len(raws) - 1):
        if k not in skip and GRID_RULE.match(raws[k]) and raws[k + 1].lstrip().startswith("|"):
            # a grid table ("+----+----+" rules, "| … |" lines, cells wrapped over several lines): a table
            rows, nums, end = _grid_rows(raws, k)
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append(_table(rows, nums, f"tabel {len(tables) + 1}", anchor=k))
                skip.update(range(k, end))
            continue
        # a pipe table ("| Part | Resumé | Svar |" over "|---|---|---|"): its rows are a table, not text lines
        if k in skip or not raws[k].lstrip().startswith("|") or not PIPE_RULE.match(raws[k + 1]):
            continue
        end = k + 2
        while end < len(raws) and raws[end].lstrip().startswith("|"):
            end += 1
        rows = [_pipe_cells(raws[j]) for j in range(k, end) if j != k + 1]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            nums = [j + 1 for j in range(k, end) if j != k + 1]
            tables.append(_table(rows, nums, f"tabel {len(tables) + 1}", anchor=k))
            skip.update(range(k, end))
    for k in range(1, len(raws)):
        if k in skip or k - 1 in skip:
            continue
        fixed = _fixed_width_rows(raws, k)
        if fixed:
            # a fixed-width report (a header over a rule of dash runs, each column's text wrapped inside its column
            # on the lines below, records between blank lines): a table, a row per record
            rows, nums, end = fixed
            tables.append(_table(rows, nums, f"tabel {len(tables) + 1}", anchor=k - 1))
            skip.update(range(k - 1, end))
    from ingest.fields import labelled_blocks

    for a, b, labels, block_rows, firsts in labelled_blocks([r if k not in skip else "" for k, r in enumerate(raws)]):
        # one block of "Label: value" lines per point: a table, a row per block (its lines blank text lines)
        tables.append(Table(labels, block_rows, [j + 1 for j in firsts], f"tabel {len(tables) + 1}", anchor=a))
        skip.update(range(a, b + 1))
    tables.sort(key=lambda t: t.anchor)
    for i, raw in enumerate(raws, start=1):
        if i - 1 in skip:
            lines.append(Line(i, "", None, None))  # the table's lines stay blank text lines (numbers kept)
            continue
        level = mail_heads.get(i - 1)
        t = raw.rstrip()
        if SETEXT_RULE.match(t) and i >= 2 and i - 2 not in skip and lines and lines[-1].text.strip():
            # NOTE: a line of "-" or "=" right under a short line of text underlines it: that line is a heading
            # ("FOA Rævehøj" over "-----------", as a plain-text e-mail sets a party's name)
            above = lines[-1]
            if above.heading_level is None and len(above.text.strip()) <= 100 and len(t.strip()) >= 3:
                if not re.search(r"[.:;!?]$", above.text.strip()) and above.text.lstrip()[:1] not in ("-", "*", "•"):
                    above.heading_level = 1 if t.strip()[0] == "=" else 2
                    lines.append(Line(i, "", None, None))
                    continue
        if md and MD_RULE.match(t):
            lines.append(Line(i, "", None, None))  # a rule between blocks ("---"): a paragraph break
            continue
        if md and t.startswith("#"):
            hashes = len(t) - len(t.lstrip("#"))
            if 1 <= hashes <= 6 and t[hashes : hashes + 1] == " ":
                level, t = hashes, t[hashes:].strip()
        elif t.lstrip()[:1] in ("-", "*", "+", ">", "•"):
            t = _md_inline(t)  # a Markdown or plain-text memo's bullets and quote lines ("- …", "> Svar: …")
        if md and MD_EMPHASIS.search(t):
            t = MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), t)
        # NOTE: a Markdown quote ("> …", also nested under a bullet) is set apart from the text around it as a
        # PDF's italics are: under a party's point it is the answer, label or none
        quote = md and raw.lstrip().startswith(">")
        lines.append(Line(i, t, None, level, style="italic" if quote else None))
        if md and (raw.endswith("  ") or raw.rstrip().endswith("\\")) and t.strip():
            # a Markdown hard line break (two trailing spaces, or "\\"): the lines are not one paragraph
            lines[-1].text = t.rstrip("\\").rstrip()
            lines.append(Line(i, "", None, None))
    return Loaded(path, lines=lines, tables=tables, raw_text=text)


def _html_tables(text: str) -> list[tuple[int, int, list[list[str]], list[int]]]:
    """Each raw HTML table in a text file: (first line, last line, rows, each row's line number). A row whose remark
    cell is a list of two or more items and whose other cells hold no list is one remark per item, the answer and
    the outcome shared (a `<ul>` of remarks under one answer)."""
    from ingest.columns import infer_columns
    from ingest.htmltable import html_table_rows, html_table_spans

    out = []
    lines = text.split("\n")
    for a, b in html_table_spans(text):
        source = "\n".join(lines[a : b + 1])
        rows, lists = html_table_rows(source)
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        starts = [source.count("\n", 0, m.start()) + a + 1 for m in re.finditer(r"<tr\b", source, re.I)]
        nums = starts if len(starts) == len(rows) else [a + 1 + i for i in range(len(rows))]
        summary = infer_columns(rows[0], rows[1:]).roles.get("summary")
        split_rows, split_nums = [], []
        for row, items, no in zip(rows, lists, nums):
            listed = [j for j, it in enumerate(items) if it]
            if summary is not None and listed == [summary]:
                for item in items[summary]:
                    split_rows.append([item if j == summary else c for j, c in enumerate(row)])
                    split_nums.append(no)
                continue
            split_rows.append(row)
            split_nums.append(no)
        out.append((a, b, split_rows, split_nums))
    return out


def _load_pdf(path: Path, data: bytes) -> Loaded:
    if not data.startswith(b"%PDF"):
        raise ParseError("not a PDF file (no %PDF header)")
    tabled = _pdf_with_tables(path, data)
    if tabled is not None:
        try:  # the text around the tables as paragraphs too: a prose høringsnotat may hold a table of counts
            from ingest.pdflayout import pdf_paragraphs

            tabled.paragraphs, tabled.dropped = pdf_paragraphs(data, exclude=tabled.table_boxes)
        except Exception:  # noqa: BLE001
            tabled.paragraphs = None
        return tabled
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
        _page_lines(lines, text, pno)
    if not any(ln.text.strip() for ln in lines):
        raise ParseError("the PDF has no extractable text (scanned? run OCR first)")
    out = Loaded(path, lines=lines)
    try:
        from ingest.pdflayout import pdf_paragraphs

        out.paragraphs, out.dropped = pdf_paragraphs(data)
    except Exception:  # noqa: BLE001 - the layout is a bonus: the plain text lines still read
        out.paragraphs = None
    if out.paragraphs:
        _field_blocks(out)
    return out


def _field_blocks(out: Loaded) -> None:
    """A PDF of label/value blocks (the layout found a label column: "Høringspart", "Bemærkning", "Svar" beside their
    values): the runs of blocks as tables, a row per block, as in a text file's "Label: value" blocks; their
    paragraphs stay as blank lines, so the text around them (the non-respondents) still reads."""
    from ingest.fields import labelled_blocks

    paras = out.paragraphs or []
    if not any(p.style == "field" for p in paras):
        return
    texts = [p.text if p.style == "field" else "" for p in paras]  # a paragraph of its own ends a field's value
    runs = labelled_blocks(texts)
    for a, b, labels, block_rows, firsts in runs:
        owners = _block_owners(paras, a, b, labels, firsts)
        if owners:
            labels, block_rows = labels + ["Høringspart"], [r + [o] for r, o in zip(block_rows, owners)]
        t = Table(labels, block_rows, [paras[j].no for j in firsts], f"tabel {len(out.tables) + 1}", anchor=a)
        t.row_pages = [paras[j].page for j in firsts]
        out.tables.append(t)
        for j in range(a, b + 1):
            if paras[j].style == "field":
                paras[j] = Line(paras[j].no, "", paras[j].page)
    if runs:
        out.lines = paras


def _block_owners(paras: list[Line], a: int, b: int, labels: list[str], firsts: list[int]) -> list[str] | None:
    """The party of each block of a run with no party field, where headings stand between its blocks (a shaded bar
    with the party's name over its blocks): the last heading above each block; None when no heading parts the run."""
    from ingest.columns import R
    from ingest.fields import _roles

    if any(R.RESPONDENT in _roles(x) for x in labels):
        return None
    heads = [
        j for j in range(a, b + 1) if paras[j].heading_level and paras[j].style != "field" and paras[j].text.strip()
    ]
    if not heads:
        return None
    # NOTE: the heading over the first block stands just before the run
    before = next((j for j in range(a - 1, -1, -1) if paras[j].text.strip()), None)
    if before is not None and paras[before].heading_level:
        heads = [before] + heads
    owners = []
    for j in firsts:
        h = max((x for x in heads if x < j), default=None)
        if h is None:
            return None
        owners.append(paras[h].text.strip())
    return owners


def _page_lines(lines: list[Line], text: str, pno: int, end_page: bool = True) -> None:
    no = next((ln.no for ln in reversed(lines) if ln.page == pno and ln.no), 0)
    for t in text.split("\n"):
        no += 1
        lines.append(Line(no, t.rstrip(), pno))
    if end_page:
        lines.extend(Line(0, "", pno) for _ in range(3))  # a page break reads as 3 empty lines, as in the corpus files


def _pdf_with_tables(path: Path, data: bytes) -> Loaded | None:
    """A PDF whose pages hold ruled tables: the tables as tables (pdfplumber), the text around them as lines.
    None when there are no tables (or pdfplumber is missing or fails): the text extraction reads it then."""
    try:
        import pdfplumber
    except ImportError:
        return None
    lines: list[Line] = []
    tables: list[Table] = []
    boxes: dict[int, list[tuple]] = {}
    forms: list[tuple[dict[str, str], int, int]] = []  # framed form blocks: (label -> value, page, place)
    led: dict[int, str] = {}  # table index -> the party line standing right above it ("Høringspart: X")
    found = False
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for pno, page in enumerate(pdf.pages, start=1):
                found_here = []
                for t in _ruled(page).find_tables(_straightened(page)):
                    if len(t.rows) >= 2 and len(t.rows[0].cells) >= 2:
                        rows = [
                            [_pdf_cell(c) for c in r]
                            if not (r[0] and all(c is None for c in r[1:]))
                            else [_pdf_cell(r[0])] * len(r)
                            for r in t.extract()
                        ]  # a cell across the row: a label
                        bottom = _overflow(page, t, rows)
                        found_here.append(((*t.bbox[:3], max(t.bbox[3], bottom)), rows))
                if not found_here:
                    found_here = _borderless(page)
                found_here.sort(key=lambda t: t[0][1])
                boxes[pno] = [b for b, _ in found_here]
                top = 0.0
                for bbox, rows in found_here:
                    found = True
                    x0, y0, x1, y1 = bbox
                    lead = None
                    if y0 > top:
                        above = page.crop((0, top, page.width, y0))
                        _page_lines(lines, above.extract_text() or "", pno, end_page=False)
                        lead = _pdf_party_line(above)
                    rows = [r for r in rows if any(r)]
                    form = _form_block(rows)
                    if form:  # a framed form block per point: one row of the form table
                        forms.append((form, pno, len(lines)))
                    elif rows:
                        _add_pdf_table(tables, rows, pno, lines, lead=lead)
                        if lead:
                            led[len(tables) - 1] = lead
                    top = y1
                if top < page.height:
                    _page_lines(lines, page.crop((0, top, page.width, page.height)).extract_text() or "", pno)
    except Exception:  # noqa: BLE001 - damaged files get the text extraction's clear message
        return None
    if not found:
        return None
    tables = _party_tables(tables, led)
    tables = _printed_over(tables)
    if len(forms) >= 2:
        head = list(dict.fromkeys(k for f, _, _ in forms for k in f))
        t = Table(head, [[f.get(h, "") for h in head] for f, _, _ in forms], list(range(1, len(forms) + 1)), "skema")
        t.anchor, t.row_pages = forms[0][2], [pno for _, pno, _ in forms]
        tables.insert(sum(1 for x in tables if x.anchor <= t.anchor), t)
    elif forms:  # one block alone is a small table of its own
        f, pno, _ = forms[0]
        _add_pdf_table(tables, [list(f), list(f.values())], pno, lines)
    return Loaded(path, lines=lines, tables=tables, table_boxes=boxes)


# a form's label with the point's number in it: "Pkt. 3 · Høringspart", "Nr. 2 – Afsender"
NUMBERED_LABEL = re.compile(r"^(?:pkt\.?|punkt|nr\.?|bemærkning|point|no\.?)\s*(\d{1,3})\s*[·:–—-]\s*(\S.*)$", re.I)


def _printed_over(tables: list[Table]) -> list[Table]:
    """A sheet printed "down, then over": the columns that did not fit the paper's width come on later pages, each
    page repeating the sheet's first columns (print titles: "Nr.", "Høringspart"). Two tables that open with the same
    column headers, then go on with other columns, and have as many rows, whose repeated cells agree row by row, are
    one table: the second's own columns are joined to the first's rows, in row order."""

    def key(c: str) -> str:
        return re.sub(r"\s+", " ", c or "").strip().casefold()

    out: list[Table] = []
    for t in tables:
        a = out[-1] if out else None
        if a is not None and len(a.rows) == len(t.rows) >= 2 and a.row_pages and t.row_pages:
            k = 0
            while k < min(len(a.header), len(t.header)) and key(a.header[k]) and key(a.header[k]) == key(t.header[k]):
                k += 1
            own_a = {key(h) for h in a.header[k:] if key(h)}
            own_b = {key(h) for h in t.header[k:] if key(h)}
            agree = sum(1 for ra, rb in zip(a.rows, t.rows) if [key(c) for c in ra[:k]] == [key(c) for c in rb[:k]])
            if (
                k >= 1
                and own_a
                and own_b
                and not own_a & own_b
                and t.row_pages[0] > a.row_pages[-1]
                and agree >= 0.9 * len(a.rows)
                and any(any(key(c) for c in r[k:]) for r in t.rows)
            ):
                a.header = a.header + t.header[k:]
                a.rows = [ra + rb[k:] for ra, rb in zip(a.rows, t.rows)]
                continue
        out.append(t)
    return out


def _form_block(rows: list[list[str]]) -> dict[str, str] | None:
    """A framed block of a printed form (høringsskema): two columns, a label a row ("Høringspart", "Afgørelse",
    "Bemærkning", "Begrundelse") beside its value, two or more of the labels a høringsnotat's column names. Label ->
    value ("Nr." for a number in a label, "Pkt. 3 · Høringspart"); None when the table is not one.
    NOTE: such a block is a point turned on its side: the blocks together are the table, one row each."""
    from ingest.columns import _header_scores

    cells = [[c for c in r if c] for r in rows]
    if len(rows) < 3 or any(len(r) != 2 for r in rows) or any(len(c) != 2 for c in cells):
        return None
    out: dict[str, str] = {}
    for label, value in cells:
        if len(label) > 40 or len(label.split()) > 5 or re.search(r"[.!?]$", label):
            return None
        m = NUMBERED_LABEL.match(label)
        if m:
            out["Nr."] = m.group(1)
            label = m.group(2).strip()
        if label in out:
            return None
        out[label] = value
    if sum(1 for k in out if _header_scores(k)) < 2:
        return None
    return out


def _ruled(page):
    """The page without its paper: a filled shape that runs (nearly) the page's full width or height from its edge is
    the sheet's background or a copier's shadow along its edge, never a table's ruling."""
    w, h = page.width, page.height

    def paper(o) -> bool:
        if o.get("object_type") not in ("rect", "line", "curve"):
            return False
        at_edge = o["x0"] <= 1 or o["top"] <= 1 or o["x1"] >= w - 1 or o["bottom"] >= h - 1
        return at_edge and (o["x1"] - o["x0"] >= 0.9 * w or o["bottom"] - o["top"] >= 0.9 * h)

    return page.filter(lambda o: not paper(o))


def _straightened(page) -> dict:
    """Table settings that add a photocopy's or a hand-drawn ruling's slightly slanted rules straightened: a rule
    whose ends differ by a few points across (a skewed scan, a wobbly line) is read by pdfplumber as neither a
    horizontal nor a usable vertical edge, so the rows it divides would run together. Each such rule is added at its
    mean position; an empty dict (pdfplumber's defaults) for a page whose rules are all straight."""
    hs, vs = [], []
    for o in page.lines:
        w, h = o["x1"] - o["x0"], o["bottom"] - o["top"]
        if 0 < h <= 3 and w >= 20 and w > 8 * h:
            y = (o["top"] + o["bottom"]) / 2
            hs.append(
                {"object_type": "line", "x0": o["x0"], "x1": o["x1"], "top": y, "bottom": y, "width": w, "height": 0}
            )
        elif 0 < w <= 3 and h >= 8 and h > 8 * w:
            x = (o["x0"] + o["x1"]) / 2
            vs.append(
                {
                    "object_type": "line",
                    "x0": x,
                    "x1": x,
                    "top": o["top"],
                    "bottom": o["bottom"],
                    "width": 0,
                    "height": h,
                }
            )
    out: dict = {}
    if hs:
        out["explicit_horizontal_lines"] = hs
    if vs:
        out["explicit_vertical_lines"] = vs
    return out


def _borderless(page) -> list[tuple[tuple, list[list[str]]]]:
    """A table without ruling lines, found by its header line (two or more høringsnotat header words set apart).
    The columns are the x ranges the table's words cover, split by gutters no word crosses (justified text and
    wrapped, centred header cells included); the table ends at a line that crosses a gutter (running text); rows
    are split where the vertical whitespace is wider than line spacing.
    NOTE: only høringsnotat headers start this, so a plan's aligned text is never cut into a table."""
    from ingest.columns import _header_scores

    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    if not words:
        return []
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    for ln in lines:
        ln.sort(key=lambda w: w["x0"])
    charw = sorted((w["x1"] - w["x0"]) / max(1, len(w["text"])) for w in words)[len(words) // 2] or 5.0
    height = sorted(w["bottom"] - w["top"] for w in words)[len(words) // 2]

    def split(ln: list[dict]) -> list[list[dict]]:
        cells: list[list[dict]] = [[ln[0]]]
        for w in ln[1:]:
            if w["x0"] - cells[-1][-1]["x1"] > 1.6 * charw:  # wider than a space: the next column
                cells.append([w])
            else:
                cells[-1].append(w)
        return cells

    for hi, ln in enumerate(lines):
        if sum(1 for c in split(ln) if _header_scores(" ".join(w["text"] for w in c))) < 2:
            continue
        gaps = [b["x0"] - a["x1"] for a, b in zip(ln, ln[1:])]
        if len(gaps) >= 3 and max(gaps) - min(gaps) <= 1.0:
            continue  # NOTE: every space alike: a justified line spread wide (a heading that wraps), no header
        # lines just above the header line belong to it (a wrapped header cell is centred vertically)
        start = hi
        while (
            start > 0
            and ln[0]["top"] - lines[start - 1][0]["bottom"] <= 1.2 * height
            and len(split(lines[start - 1])) >= 1
            and hi - start < 2
            and all(c[0]["x0"] > ln[0]["x0"] + 2 * charw for c in split(lines[start - 1]))
        ):
            start -= 1
        region = lines[start:]
        # the columns: x ranges covered by the words of lines set in columns (two or more cells)
        cand = [l2 for l2 in region if len(split(l2)) >= 2 or l2 is ln]
        merged = _column_spans(cand, charw)
        # NOTE: a line at the foot that alone joins columns (a legend of the outcome codes set across the page under
        # the rows, "Resultat: ● planen er ændret · ◐ delvist …") is no part of the table: the table ends above it
        stop_top = None
        for _ in range(3):
            body = [l2 for l2 in cand if l2 is not ln and l2[0]["top"] > ln[0]["top"]]
            if not body:
                break
            without = _column_spans([l2 for l2 in cand if l2 is not body[-1]], charw)
            if len(without) < len(merged) + 2:
                break
            stop_top, merged = body[-1][0]["top"], without
            cand = [l2 for l2 in cand if l2 is not body[-1]]
        if len(merged) < 3:
            continue
        edges = [m[0] for m in merged]
        gutters = [(merged[i][1], merged[i + 1][0]) for i in range(len(merged) - 1)]

        def col(x: float, edges: list[float] = edges) -> int:
            return max([i for i, e in enumerate(edges) if x >= e - 1] or [0])

        body, end = [], None
        for l2 in region:
            if PAGE_FOOTER.match(" ".join(w["text"] for w in l2)) or (
                len(split(l2)) >= 2 and PAGE_FOOTER.match(" ".join(w["text"] for w in split(l2)[-1]))
            ):
                # the page's footer ("Side 1 af 2", or "Version 2 · 1.3.2029 … Side 1 af 2" set in two parts): the
                # table has ended
                end = l2[0]["top"]
                break
            if any(w["x0"] < g0 and w["x1"] > g1 for w in l2 for g0, g1 in gutters):
                end = l2[0]["top"]  # running text across the columns: the table has ended
                break
            if stop_top is not None and l2[0]["top"] >= stop_top - 1:
                end = l2[0]["top"]  # the line at the foot that joined the columns: the table has ended
                break
            body.append(l2)
        head_lines = [l2 for l2 in body if l2[0]["top"] <= ln[0]["top"] + 2]
        rest = body[len(head_lines) :]
        # a wrapped header cell also goes on just below the header line
        while (
            rest
            and rest[0][0]["top"] - max(w["bottom"] for w in head_lines[-1]) <= 1.2 * height
            and all(col(w["x0"]) not in {col(v["x0"]) for v in head_lines[-1]} for w in rest[0])
        ):
            head_lines.append(rest.pop(0))
        names = [" ".join(w["text"] for l2 in head_lines for w in l2 if col(w["x0"]) == i) for i in range(len(edges))]
        if sum(1 for n in names if _header_scores(n)) < 3 or not rest:
            continue
        gaps, bottom_so_far = [], max(w["bottom"] for w in head_lines[-1])
        for l2 in rest:
            gaps.append(l2[0]["top"] - bottom_so_far)
            bottom_so_far = max(bottom_so_far, max(w["bottom"] for w in l2))
        cut = _gap_threshold([g for g in gaps[1:] if g > 0])
        rows: list[list[list[dict]]] = []
        for g, l2 in zip(gaps, rest):
            first_col = col(l2[0]["x0"]) == 0
            if not rows or (g > cut if cut is not None else first_col):
                rows.append([[] for _ in edges])
            for w in l2:
                rows[-1][col(w["x0"])].append(w)
        # NOTE: a "row" with nothing in the first two columns, or only the lower-case end of a sentence there (a bold
        # "Indstilling: X." set off under the answer, then the point's last words) goes on in the row above: a row
        # opens with its party or its point
        kept: list[list[list[dict]]] = []
        for r in rows:
            lead = " ".join(w["text"] for c in r[:2] for w in sorted(c, key=lambda w: (round(w["top"]), w["x0"])))
            if kept and len(r) > 2 and (not lead or lead[:1].islower()) and not r[0]:
                for i, c in enumerate(r):
                    kept[-1][i].extend(c)
            else:
                kept.append(r)
        rows = kept
        table = [names] + [
            [" ".join(w["text"] for w in sorted(c, key=lambda w: (round(w["top"]), w["x0"]))) for c in r] for r in rows
        ]
        table = _split_number_column(table)
        top = head_lines[0][0]["top"] - 1
        return [((0, top, page.width, (end if end is not None else page.height) - 1), table)]
    return []


NUMBER_HEAD = re.compile(r"^(nr\.?|pkt\.?|punkt|løbenr\.?|no\.?|#)\s+(\S.*)$", re.I)
NUMBER_CELL = re.compile(r"^(\d{1,3}\.?)(?:\s+(\S.*))?$", re.S)


def _split_number_column(table: list[list[str]]) -> list[list[str]]:
    """A narrow number column set too close to the next for a gutter ("Nr. Høringspart" over "1. Kommunerne i X",
    "2." where the party goes on unprinted): two columns again, when every row's cell opens with its number."""
    if not table or not table[0]:
        return table
    for j, head in enumerate(table[0]):
        m = NUMBER_HEAD.match(head or "")
        cells = [r[j] for r in table[1:] if j < len(r) and r[j]]
        if not m or len(cells) < 2 or not all(NUMBER_CELL.match(c) for c in cells):
            continue
        out = [table[0][:j] + [m.group(1), m.group(2)] + table[0][j + 1 :]]
        for r in table[1:]:
            mc = NUMBER_CELL.match(r[j] or "") if j < len(r) else None
            num, rest = (mc.group(1), mc.group(2) or "") if mc else ("", r[j] if j < len(r) else "")
            out.append(r[:j] + [num, rest] + r[j + 1 :])
        return out
    return table


def _column_spans(lines: list[list[dict]], charw: float) -> list[list[float]]:
    """The x ranges of a borderless table's columns: where the words of its lines lie, split by gutters at least a
    character wide."""
    merged: list[list[float]] = []
    for x0, x1 in sorted((w["x0"], w["x1"]) for l2 in lines for w in l2):
        if merged and x0 <= merged[-1][1] + charw:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return merged


PAGE_FOOTER = re.compile(r"^\s*(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$", re.I)


def _gap_threshold(gaps: list[float]) -> float | None:
    """Where the vertical gaps jump (line spacing -> row spacing); None when they do not."""
    g = sorted(gaps)
    best, at = 1.0, None
    for a, b in zip(g, g[1:]):
        if a > 0.5 and b / a > best:
            best, at = b / a, (a + b) / 2
    return at if best >= 1.5 else None


def _overflow(page, t, rows: list[list[str]]) -> float:
    """Text that runs out of the table's last row below its bottom rule (a row drawn one line too low for a name that
    wrapped: "Madskolen" inside the cell, "Birkeslet" across the rule): the lines that start inside the row, and the
    lines right under them in the same font and column, added to the row's cell. The new bottom (the table's when
    nothing runs out).
    NOTE: only a line that starts above the rule opens this, so text under the table is never read as a cell's."""
    y1 = float(t.bbox[3])
    if not rows or not t.rows:
        return y1
    cells = [c for c in t.rows[-1].cells]
    if len(cells) != len(rows[-1]):
        return y1
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
    bottom = y1
    for j, c in enumerate(cells):
        if c is None:
            continue
        x0, top, x1, _ = c
        inside = [w for w in words if x0 <= w["x0"] and w["x1"] <= x1 + 1]
        run = [w for w in inside if top < w["top"] < y1 - 0.5 and (w["top"] + w["bottom"]) / 2 > y1]
        if not run:
            continue
        font, size = run[0]["fontname"], run[0]["size"]
        low = max(w["bottom"] for w in run)
        while True:  # the lines right under it, in the same font and column
            nxt = [w for w in words if low < w["top"] <= low + 0.8 * size and w["top"] > y1]
            if not nxt or any(w not in inside or w["fontname"] != font or abs(w["size"] - size) > 0.2 for w in nxt):
                break
            run += nxt
            low = max(w["bottom"] for w in nxt)
        run.sort(key=lambda w: (round(w["top"]), w["x0"]))
        rows[-1][j] = _pdf_cell((rows[-1][j] or "") + "\n" + " ".join(w["text"] for w in run))
        bottom = max(bottom, low + 0.5)
    return bottom


def _pdf_cell(c) -> str:
    # a word hyphenated at a line's end in the cell ("imøde-" / "kommes") is one word again; "kræft- og" is kept
    c = re.sub(r"(?<=[a-zæøå]{2})-\n(?=[a-zæøå])(?!(?:og|eller|and|or|til|samt)\b)", "", c or "")
    c = re.sub(r"[ \t]+", " ", c.replace("\n", " ")).strip()
    # NOTE: a header set turned 90° (narrow tick columns) is read last letter first ("terdnæ ekkI" for "Ikke ændret"):
    # text in lower case that ends on a capital and reads as words the other way round is turned back
    if re.fullmatch(r"[a-zæøå][a-zæøå ]*[A-ZÆØÅ]", c) and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+)*", c[::-1]):
        c = c[::-1]
    return c


# a party's label line over a table of its own: "Høringspart: Sårcentret, X Sygehus", "Afsender: …"
PARTY_LABEL_LINE = re.compile(r"^(?:Høringspart|Høringsgiver|Afsender|Part|Indsender)\s*:\s*(?P<name>\S.{1,99})$", re.I)


def _pdf_party_line(above) -> str | None:
    """The party named on the last line above a PDF table: a label line ("Høringspart: X") or a short line set in
    bold with no sentence's end (a name); None otherwise."""
    words = above.extract_words(extra_attrs=["fontname"])
    if not words:
        return None
    last = max(w["bottom"] for w in words)
    line = sorted((w for w in words if abs(w["bottom"] - last) <= 2), key=lambda w: w["x0"])
    text = " ".join(w["text"] for w in line).strip()
    if m := PARTY_LABEL_LINE.match(text):
        return m.group("name").strip()
    bold = all("bold" in (w.get("fontname") or "").lower() for w in line)
    if bold and len(text) <= 80 and not re.search(r"[.:!?]$", text) and not re.match(r"\d", text):
        return text
    return None


def _add_pdf_table(
    tables: list[Table], rows: list[list[str]], pno: int, lines: list[Line], lead: str | None = None
) -> None:
    """A table that goes on from the previous page (same columns, nothing between) continues it; a header the
    page repeats is left out. lead: a party's line stands right above the table, which is that party's own (it
    does not go on with the table before it)."""
    last = tables[-1] if tables else None
    anchor = len(lines)
    between = [ln.text.strip() for ln in lines[last.anchor : anchor] if ln.text.strip()] if last else []
    # NOTE: a page's running header and footer may sit between the two parts; with the header row repeated, a few
    # short lines there are page furniture, not text that ends the table
    # NOTE: a legend of the outcome symbols repeated at each page's foot is furniture too, however long, and so is a
    # long running header the page before printed too
    from ingest.fields import symbol_legend

    before = {ln.text.strip() for ln in lines[: last.anchor]} if last else set()
    furniture = (
        len(between) <= 4
        and all(len(t) <= 120 or t in before or symbol_legend(t) for t in between)
        and rows[0] == (last.header if last else None)
    )
    if (
        last is not None
        and not lead
        and len(rows[0]) == len(last.header)
        and last.row_pages
        and last.row_pages[-1] == pno - 1
        and (not between or furniture)
    ):
        if rows[0] == last.header:
            rows = rows[1:]
        if rows and last.rows and _continues(last.rows[-1], rows[0]):
            # a row split by the page break: its cells go on at the top of the next page
            last.rows[-1] = [f"{a} {b}".strip() if b else a for a, b in zip(last.rows[-1], rows[0])]
            rows = rows[1:]
        start = (last.row_numbers[-1] if last.row_numbers else 1) + 1
        last.rows.extend(rows)
        last.row_numbers.extend(range(start, start + len(rows)))
        last.row_pages.extend([pno] * len(rows))
        return
    t = _table(rows, list(range(1, len(rows) + 1)), f"tabel {len(tables) + 1}", anchor=anchor)
    t.row_pages = [pno] * len(t.rows)
    tables.append(t)


def _continues(prev: list[str], row: list[str]) -> bool:
    """The first row on a page goes on with the last row of the page before: its first cell (number or party) is
    empty, and its text starts in lower case or the row before stopped mid-sentence."""
    if not row or row[0] or not any(row) or len(prev) != len(row):
        return False
    filled = [(a, b) for a, b in zip(prev, row) if b]
    # NOTE: a short cell (a code "Indarbejdet", a section "5.4") ends no sentence, so only prose says "mid-sentence";
    # a row whose cells all open anew below a row of finished prose is the party's next row (its name left blank)
    # NOTE: a party's whole name ("Ældre Sagen, Lokalafdeling Fjordby") over a capitalised name is no sentence cut off:
    # the next party's row (its number left blank, e.g. a party that did not respond)
    return any(
        b[:1].islower()
        or b[:1] in ".,;:)–-"
        or (len(a.split()) >= 4 and not re.search(r"[.!?)]$", a) and not (_whole_name(a) and b[:1].isupper()))
        for a, b in filled
    )


def _whole_name(t: str) -> bool:
    """A cell that is a complete name: capitalised words and connectors only, not ending on a connector or comma."""
    words = t.split()
    conn = ("og", "i", "for", "af", "på", "ved", "de", "the", "of", "and", "&", "-", "–")
    return (
        len(t) <= 90
        and words[-1].lower() not in conn
        and not re.search(r"[,\-–]$", t)
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in conn for w in words)
    )


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
    lines: list[Line] = []
    tables: list[Table] = []
    try:
        blocks = list(d.iter_inner_content())  # paragraphs and tables in document order
    except Exception as e:  # noqa: BLE001
        raise ParseError(f"the DOCX cannot be read ({type(e).__name__}: {e})") from e
    numbers = _multilevel_numbers(d, blocks)
    bold_lines: list[Line] = []
    led: dict[int, str] = {}  # table index -> the bold paragraph standing right above it (a party's name)
    last_bold: str | None = None
    last_level = 1
    for block in blocks:
        lead, last_bold = last_bold, None
        if not hasattr(block, "rows"):
            p = block
            style = (p.style.name if p.style is not None else "") or ""
            level = None
            if style.lower().startswith(("heading", "overskrift")):
                digits = "".join(ch for ch in style if ch.isdigit())
                level = int(digits) if digits else 1
            elif style.lower() == "title":
                level = 1
            # a quoted passage (a party's letter quoted in full): the style says whose words they are
            quoted = re.match(r"(?:intense\s+)?(?:quote|citat)\b|block\s*text", style.strip(), re.I)
            text = p.text.rstrip()
            parts = text.split("\n")
            after_colon = bool(lines) and lines[-1].text.rstrip().endswith(":")
            if (
                level is None
                and (len(parts) >= 3 and parts[0].rstrip().endswith(":") or len(parts) >= 2 and after_colon)
                and all(
                    x.strip() and len(x) <= 80 and not re.search(r"[.!?]$", x.strip())
                    for x in (parts if after_colon else parts[1:])
                )
            ):
                # NOTE: a lead-in and a list typed with soft line breaks ("… som ikke har svaret:" ↵ name ↵ name),
                # or the list alone under its lead-in paragraph: one line each, as if each name were its own paragraph
                for x in parts:
                    lines.append(Line(len(lines) + 1, x.rstrip(), None, None))
                continue
            if re.match(
                r"(?:list\s*bullet|listepunkt|opstilling\s+med\s+punkttegn)\b", style.strip(), re.I
            ) and not re.match(r"\s*[•▪◦‣●■–*-]\s", text):
                text = f"• {text.lstrip()}"  # the bullet Word shows for a bulleted list's style, not in the text
            if id(p._p) in numbers and text.strip():
                text = f"{numbers[id(p._p)]} {text.lstrip()}"  # the number Word shows ("2.", "2.1"), not in the text
            label = _party_label_line(p, text) if level is None else None
            head = _bold_head_received(p, text) if level is None else None
            if head:
                text = head  # "<party> TAB Modtaget 3. februar 2026": the date set apart is no part of the name
            if level is not None:
                last_level = level
            elif (
                _bold_line(p, text)
                and text.strip()
                and re.match(r"(?:list\s*number|listenummer|opstilling\s+med\s+tal)\b", style.strip(), re.I)
                and any(ln.heading_level for ln in lines)
            ):
                # NOTE: a party's name as a bold item of an auto-numbered list (its points bullets under it) in a
                # document with heading styles: a heading one level below the section it stands in
                level = last_level + 1
            runs = [r for r in p.runs if r.text.strip()]
            italic = bool(runs) and all(r.italic or (r.italic is None and p.style.font.italic) for r in runs)
            kind = "quote" if quoted else ("italic" if italic and level is None else None)
            lines.append(Line(len(lines) + 1, text, None, level, style=kind))
            if lead and level is None and RECEIVED_LINE.match(text.strip()):
                last_bold = lead  # "Modtaget 3. marts" between a party's bold name and its table: still its table
            elif level is None and (head or _bold_line(p, text)):
                bold_lines.append(lines[-1])
                last_bold = text.strip()
            elif label:
                last_bold = label  # "Høringspart: X (modtaget …)" over the party's own table
            continue
        if _text_box(block):
            # NOTE: a one-cell table (a shaded answer box under a point) is a framed paragraph, not a table: its
            # paragraphs belong to the text where the box stands
            for bp in block.rows[0].cells[0].paragraphs:
                if bp.text.strip():
                    lines.append(Line(len(lines) + 1, bp.text.rstrip(), None, None))
            continue
        nested = _nested_rows(block)
        if nested:
            tables.append(
                _table(nested, list(range(1, len(nested) + 1)), f"tabel {len(tables) + 1}", anchor=len(lines))
            )
            continue
        rows = []
        for r in block.rows:
            cells, prev = [], None
            tcs = [c._tc for c in r.cells]
            for c, tc in zip(r.cells, tcs):
                # a cell merged across columns is returned once per column: keep its text in the first
                cells.append("" if prev is not None and tc is prev else c.text.strip())
                prev = tc
            if len(tcs) > 1 and all(tc is tcs[0] for tc in tcs):
                cells = [cells[0]] * len(cells)  # one cell across the whole row: a label row ("Aarhus Kommune")
            rows.append(cells)
        rows = _checkbox_column(rows)
        if rows:
            if lead:
                led[len(tables)] = lead
            tables.append(_table(rows, list(range(1, len(rows) + 1)), f"tabel {len(tables) + 1}", anchor=len(lines)))
    tables = _party_tables(tables, led)
    if len(bold_lines) >= 3 and not any(ln.heading_level for ln in lines):
        # NOTE: a document typed without heading styles: its title, sections and party names are short paragraphs
        # set in bold; they are its headings (which of them name a party is the prose reader's business)
        for ln in bold_lines:
            ln.heading_level = 2
    return Loaded(path, lines=lines, tables=tables)


# a line of its own that says when a party's response came in: "Modtaget 14. april 2027", "(Indkommet 3/2-2029)"
RECEIVED_LINE = re.compile(
    r"^\(?(?:modtaget|indkommet|indsendt|fremsendt|received)(?:\s+den)?\s*:?\s*"
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?(?:\s+\d{4})?)\)?\.?$",
    re.I,
)


# a party's label line over its own table, the name after the label and before a received date in parentheses:
# "Høringspart: Tranebæk Sygehus, Lungemedicinsk Afsnit   (modtaget 20. februar 2028)"
_LABEL_RECEIVED = re.compile(
    r"\s*\((?:modtaget|indkommet|indsendt|fremsendt|received|dato)\b[^)]*\)\s*$|\s{2,}\S.*$|\t.*$", re.I
)


def _party_label_line(p, text: str) -> str | None:
    """A paragraph "Høringspart: <name> (modtaget <date>)": the name (the bold run when the label is plain type);
    None for any other paragraph."""
    m = PARTY_LABEL_LINE.match(text.strip())
    if not m:
        return None
    runs = [r for r in p.runs if r.text.strip()]
    bold = "".join(r.text for r in runs if r.bold).strip()
    name = bold if bold and bold in m.group("name") and not all(r.bold for r in runs) else m.group("name")
    name = _LABEL_RECEIVED.sub("", name).strip()
    if not name or len(name) > 100 or re.search(r"[.:;!?]$", name):
        return None
    return name


# a line of check boxes, one ticked: "☐ Tilrettet   ☒ Delvist tilrettet   ☐ Ikke tilrettet"
_BOX = re.compile(r"([☐☒☑⊠])\s*([^☐☒☑⊠]+)")


def _ticked(line: str) -> str | None:
    """The label of the one ticked box in a line made of check boxes and their labels; None otherwise."""
    line = line.strip()
    if not line or line[0] not in "☐☒☑⊠":
        return None
    boxes = _BOX.findall(line)
    ticked = [lab.strip() for box, lab in boxes if box != "☐"]
    if len(boxes) < 2 or len(ticked) != 1 or any(len(lab.split()) > 5 for _, lab in boxes):
        return None
    return ticked[0]


def _checkbox_column(rows: list[list[str]]) -> list[list[str]]:
    """A column whose cells end in a line of check boxes (the answer, then "☐ Tilrettet ☒ Delvist tilrettet …"):
    the box line taken out into a column of its own, "Afkrydsning", holding the ticked box's label.
    NOTE: the outcome is the box marked, not the words of the line (each label holds "tilrettet")."""
    if len(rows) < 2:
        return rows
    width = max(len(r) for r in rows)
    for col in range(width):
        last = [r[col].rsplit("\n", 1) if col < len(r) and r[col] else None for r in rows[1:]]
        ticked = [_ticked(x[-1]) if x else None for x in last]
        if sum(1 for t in ticked if t) < max(1, (len(rows) - 1) // 2):
            continue
        out = [list(rows[0]) + ["Afkrydsning"]]
        for r, x, t in zip(rows[1:], last, ticked):
            r = list(r) + [""] * (width - len(r))
            if t:
                r[col] = x[0].strip() if len(x) > 1 else ""
            out.append(r + [t or ""])
        return out
    return rows


def _party_tables(tables: list[Table], led: dict[int, str]) -> list[Table]:
    """A table per party, each under a bold paragraph with the party's name and none with a party column (the same
    header "Høringssvar | Kommunens svar" in each): one table, the name from the paragraph above in a first
    column "Høringspart" on every row of that party's table."""
    from ingest.columns import infer_columns

    def same(a: list[str], b: list[str]) -> bool:
        # NOTE: the check-box column is added only where a table's cells have box lines: a party's table that says
        # it did not respond has none, and is the same table all the same
        return [x for x in a if x != "Afkrydsning"] == [x for x in b if x != "Afkrydsning"]

    out: list[Table] = []
    i = 0
    while i < len(tables):
        t = tables[i]
        j = i
        while (
            j < len(tables)
            and j in led
            and same(tables[j].header, t.header)
            and any(tables[j].header)
            and "respondent" not in infer_columns(tables[j].header, tables[j].rows).roles
        ):
            j += 1
        if j - i >= 2:
            width = max(len(tables[k].header) for k in range(i, j))
            rows, numbers = [], []
            for k in range(i, j):
                for r, n in zip(tables[k].rows, tables[k].row_numbers):
                    rows.append([led[k]] + list(r) + [""] * (width - len(r)))
                    numbers.append(n)
            head = max((tables[k].header for k in range(i, j)), key=len)
            header = ["Høringspart"] + list(head)
            # the remarks typed with their number ("7. De foreslår …", running across the parties): a number column
            marks = [re.match(r"^(\d{1,3})[.)]\s+(?=\S)", r[1]) for r in rows]
            # NOTE: a party's row saying only that it did not respond ("Der er ikke modtaget høringssvar" | "–")
            # has no number
            unmarked = [r for r, m in zip(rows, marks) if not m]
            if (
                rows
                and sum(1 for m in marks if m) >= 2
                and all(not any(c.strip("–—- ") for c in r[2:]) for r in unmarked)
            ):
                header = ["Høringspart", "Nr."] + list(head)
                rows = [
                    [r[0], m.group(1), r[1][m.end() :]] + r[2:] if m else [r[0], "", r[1]] + r[2:]
                    for r, m in zip(rows, marks)
                ]
            out.append(Table(header, rows, numbers, t.name, anchor=t.anchor, intro=list(t.intro)))
            i = j
            continue
        out.append(t)
        i += 1
    return out


def _nested_rows(table) -> list[list[str]] | None:
    """An outer table whose rows each hold a table inside one column (a party per row, its points in a table of
    their own): one row per inner row, the outer cells repeated beside the inner cells, under the outer header with
    the inner header in place of that column. A row with text and no inner table keeps its text in the inner table's
    widest column. None when no cell holds a table.
    NOTE: python-docx's `cell.text` leaves a nested table out; its rows are read from `cell.tables`."""
    try:
        grid = [list(r.cells) for r in table.rows]
    except Exception:  # noqa: BLE001
        return None
    col = next((i for r in grid[1:] for i, c in enumerate(r) if c.tables), None)
    if col is None or not grid or any(len(r) != len(grid[0]) for r in grid):
        return None

    def inner(c) -> list[list[str]]:
        return [[x.text.strip() for x in r.cells] for t in c.tables for r in t.rows]

    first = next(inner(r[col]) for r in grid[1:] if r[col].tables)
    head, width = first[0], len(first[0])
    if width < 2:
        return None
    body = [x for r in grid[1:] if r[col].tables for x in inner(r[col])[1:] if x != head and len(x) == width]
    wide = max(range(width), key=lambda i: sum(len(x[i]) for x in body) if body else 0)
    outer_head = [c.text.strip() for c in grid[0]]
    out = [outer_head[:col] + head + outer_head[col + 1 :]]
    for r in grid[1:]:
        own = [c.text.strip() for c in r]
        subs = [x for x in inner(r[col]) if x != head and len(x) == width] if r[col].tables else []
        if not subs:
            text = own[col]
            subs = [[text if i == wide else "" for i in range(width)]]
        for x in subs:
            out.append(own[:col] + x + own[col + 1 :])
    return out


def _text_box(table) -> bool:
    """A table of one row and one cell: a box around text."""
    try:
        rows = table.rows
        return len(rows) == 1 and len({id(c._tc) for c in rows[0].cells}) == 1
    except Exception:  # noqa: BLE001
        return False


# a received date set apart by a TAB after a bold party name, in plain type: "\tModtaget 3. februar 2026"
_TAB_RECEIVED = re.compile(
    r"^\t+\s*\(?(?:(?:modtaget|indkommet|indsendt|fremsendt|received|dato)(?:\s+den)?\s*:?\s*)?"
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4})\)?\.?\s*$",
    re.I,
)


def _bold_head_received(p, text: str) -> str | None:
    """A bold name followed by a TAB and a received date in plain type ("Ørby Ældreråd<TAB>Modtaget 3. maj 2026"): the
    bold name, a heading typed by hand; None for any other paragraph."""
    if "\t" not in text:
        return None
    head, _, tail = text.partition("\t")
    runs = [r for r in p.runs if r.text.strip()]
    bold = "".join(r.text for r in runs if r.bold).strip()
    if not head.strip() or bold != head.strip() or not _TAB_RECEIVED.match("\t" + tail):
        return None
    if len(head) > 120 or re.search(r"[.:;!?]$", head.strip()) or re.match(r"^\(?[a-zæøå0-9]{1,3}[.)]\s", head):
        return None
    return head.strip()


def _bold_line(p, text: str) -> bool:
    """A short paragraph set wholly in bold that is no sentence: a heading typed by hand."""
    runs = [r for r in p.runs if r.text.strip()]
    return (
        bool(runs)
        and all(r.bold for r in runs)
        and len(text) <= 120
        and not re.search(r"[.:;!?]$", text.strip())
        and not re.match(r"^\(?[a-zæøå0-9]{1,3}[.)]\s", text.strip())
    )


def _num_formats(d) -> dict[tuple[str, int], str]:
    """(numId, level) -> the level's number format ("decimal", "bullet", …) from the DOCX's numbering part."""
    from docx.oxml.ns import qn

    try:
        root = d.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for a in root.findall(qn("w:abstractNum")):
        lv = {}
        for lvl in a.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            lv[int(lvl.get(qn("w:ilvl")) or 0)] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[a.get(qn("w:abstractNumId"))] = lv
    out = {}
    for n in root.findall(qn("w:num")):
        ref = n.find(qn("w:abstractNumId"))
        for k, v in abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}).items():
            out[(n.get(qn("w:numId")), k)] = v
    return out


def _multilevel_numbers(d, blocks) -> dict[int, str]:
    """The numbers Word shows before the items of a multilevel auto-numbered list ("1." for a party, "1.1", "1.2" for
    its points): paragraph element id -> "1." / "1.1". Only lists that use two or more levels with decimal numbers:
    a one-level list's numbers (a list of names, of points) are left as the text has them.
    NOTE: the numbers are not in the paragraph's text; without them a list of parties over their points is flat."""
    items = []
    for b in blocks:
        if hasattr(b, "rows"):
            continue
        ppr = b._p.pPr
        num = ppr.numPr if ppr is not None else None
        if num is None or num.numId is None:
            continue
        items.append((b._p, str(num.numId.val), int(num.ilvl.val) if num.ilvl is not None else 0))
    levels: dict[str, set[int]] = {}
    for _, nid, lv in items:
        levels.setdefault(nid, set()).add(lv)
    multi = {nid for nid, lv in levels.items() if {0, 1} <= lv}
    if not multi:
        return {}
    fmts = _num_formats(d)
    multi = {nid for nid in multi if all(fmts.get((nid, k), "decimal") == "decimal" for k in (0, 1))}
    out: dict[int, str] = {}
    counters: dict[str, list[int]] = {}
    for el, nid, lv in items:
        if nid not in multi:
            continue
        c = counters.setdefault(nid, [0] * 9)
        c[lv] += 1
        for k in range(lv + 1, 9):
            c[k] = 0
        out[id(el)] = f"{c[0]}." if lv == 0 else ".".join(str(x) for x in c[: lv + 1])
    return out


def _load_xlsx(path: Path, data: bytes) -> Loaded:
    _open_zip(data, "XLSX")
    try:
        import openpyxl

        # NOTE: not read-only: merged cells and formulas are only known that way (the file size limit bounds memory)
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except Exception as e:  # noqa: BLE001
        raise ParseError(f"the XLSX cannot be opened ({type(e).__name__}: {e})") from e
    tables = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue  # a hidden sheet (the lists behind a drop-down) is no part of what the reader sees
        wf = formulas[ws.title]
        grid = [[_xlsx_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
        odd = []
        # a formula whose value was never computed (the file was not saved by a spreadsheet program) reads as empty
        for r_i, row in enumerate(wf.iter_rows(values_only=True)):
            for c_i, v in enumerate(row):
                if (
                    isinstance(v, str)
                    and v.startswith("=")
                    and r_i < len(grid)
                    and c_i < len(grid[r_i])
                    and not grid[r_i][c_i]
                ):
                    odd.append(f"row {r_i + 1}, column {_col_letter(c_i)}: formula {v[:40]} has no stored value")
        # a merged range holds its value in its top-left cell: every cell of the range gets it
        for rng in ws.merged_cells.ranges:
            top = grid[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(grid) else ""
            for r_i in range(rng.min_row - 1, min(rng.max_row, len(grid))):
                for c_i in range(rng.min_col - 1, min(rng.max_col, len(grid[r_i]))):
                    grid[r_i][c_i] = top
        # NOTE: a hidden column (an internal note) is no part of what the reader sees either
        hidden = {
            c - 1
            for d in ws.column_dimensions.values()
            if d.hidden and d.min and d.max
            for c in range(d.min, d.max + 1)
        }
        if hidden:
            grid = [[v for c_i, v in enumerate(r) if c_i not in hidden] for r in grid]
        numbered = [(i, r) for i, r in enumerate(grid, start=1)]
        formula_rows = {int(o.split(",")[0].split()[1]) for o in odd}
        empty = [i for i, r in numbered if not any(r) and i in formula_rows]
        if odd:
            odd = [f"{len(odd)} cell(s) hold formulas without stored values, e.g. {odd[0]}"]
        if empty:
            shown = ", ".join(str(i) for i in empty[:10]) + (" …" if len(empty) > 10 else "")
            odd.append(
                f"row {shown} holds only formulas without stored values: nothing to index "
                "(open and save the workbook in a spreadsheet program)"
            )
        values = [(i, r) for i, r in numbered if any(r)]
        if not values:
            continue
        turned = _transposed(values, ws.title)
        if turned is not None:
            turned.odd = odd
            tables.append(turned)
            continue
        t = _table([r for _, r in values], [i for i, _ in values], ws.title)
        t.odd = odd
        tables.append(t)
    wb.close()
    formulas.close()
    return Loaded(path, tables=tables)


def _transposed(values: list[tuple[int, list[str]]], name: str) -> Table | None:
    """A sheet laid out sideways (field labels down column A, one column per point: "Høringspart", "Bemærkning",
    "Vurdering", "Indstilling" as row labels) turned into the usual table, a row per column, or None for any other
    sheet. It is one when three or more labelled rows have høringsnotat header words as their label and no row names
    two header roles across. A labelled row with one value only (a note merged over the columns, a count) is no
    field: it goes to the table's intro. Each row is cited by the sheet row of its first field ("column C" is not
    kept: the sheet's row numbers are what a table records)."""
    from ingest.columns import _header_scores

    def words(c: str) -> bool:
        return bool(c) and len(c) <= 60 and bool(_header_scores(c))

    def roles(r: list[str]) -> set:
        return {role for c in r if words(c) for role in _header_scores(c)}

    # NOTE: a header across names two or more roles; a row of one field may repeat a wording ("Intet høringssvar")
    if any(len(roles(r)) >= 2 for _, r in values[:12]):
        return None
    labelled = [(i, r) for i, r in values if r and r[0] and any(r[1:])]
    fields = [(i, r) for i, r in labelled if len({c for c in r[1:] if c}) >= 2]
    if len(fields) < 3 or sum(1 for _, r in fields if words(r[0])) < 3:
        return None
    ncol = max(len(r) for _, r in fields)
    cols = [j for j in range(1, ncol) if any(j < len(r) and r[j] for _, r in fields)]
    if len(cols) < 2:
        return None
    kept = {i for i, _ in fields}
    intro = [" ".join(dict.fromkeys(c for c in r if c)) for i, r in values if i not in kept]
    header = [r[0] for _, r in fields]
    rows = [[r[j] if j < len(r) else "" for _, r in fields] for j in cols]
    return Table(header, rows, [fields[0][0]] * len(rows), name, intro=intro)


def _xlsx_text(v) -> str:
    """A cell as text: whole numbers without ".0", dates as dates."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10] if getattr(v, "hour", 0) == 0 and getattr(v, "minute", 0) == 0 else v.isoformat()
    return str(v).strip()


def _col_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def _table(rows: list[list[str]], numbers: list[int], name: str, anchor: int = 0) -> Table:
    """A table from its rows: title rows (one value) above the header become its intro; the header is the first
    other row, unless that row reads as data (sentences), when the table has no header."""
    from ingest.threads import alternating_answer_rows

    paired = alternating_answer_rows(rows)
    if paired:  # rows that alternate between a remark and its answer: a row per remark, its answer beside it
        filled = [n for r, n in zip(rows, numbers) if any((c or "").strip() for c in r)]
        return Table(paired[0], paired[1], filled[0::2], name, anchor=anchor)
    width = max(sum(1 for c in r if c) for r in rows)
    k = 0
    while k < min(len(rows) - 1, 10) and len({c for c in rows[k] if c}) <= 1 and width > 1:
        k += 1
    # NOTE: title rows with more than one value ("Sag:", "26/4117") are found by the header below them: the first of
    # the top rows with two or more høringsnotat header words, when the row the rule above found has none
    from ingest.columns import _header_scores

    def header_words(r: list[str]) -> int:
        return sum(1 for c in r if c and len(c) <= 60 and _header_scores(c))

    if header_words(rows[k]) < 2:
        k = next((j for j in range(k, min(len(rows) - 1, 10)) if header_words(rows[j]) >= 2), k)
    from ingest.fields import symbol_legend, word_legend

    # NOTE: a legend row right above the header ("Koder:;Lilla = planen er ændret;Orange = …") is a title row
    # that explains the codes, never a first header row
    while k < min(len(rows) - 1, 10) and (
        word_legend(" ".join(c for c in rows[k] if c)) or symbol_legend("; ".join(c for c in rows[k] if c))
    ):
        k += 1
    intro = [" ".join(dict.fromkeys(c for c in r if c)) for r in rows[:k]]
    first = rows[k]
    filled = [c for c in first if c]
    sentences = sum(1 for c in filled if len(c.split()) >= 6 and re.search(r"[.!?]$", c))
    if sentences >= 2 or (filled and sum(len(c) for c in filled) / len(filled) > 80):
        ncol = max(len(r) for r in rows[k:])
        return Table([""] * ncol, rows[k:], numbers[k:], name, anchor=anchor, intro=[x for x in intro if x])
    # a header over two rows ("Consultation comment" merged over "Topic" and "Summary of comment", "ID" merged down):
    # the second row holds only the first row's cells again (a vertical merge) or header words, so it is no data row
    if k + 1 < len(rows):
        nxt = rows[k + 1]
        differ = [
            i for i, c in enumerate(nxt) if c and not (i < len(first) and c == first[i])
        ]  # the cells the second row adds
        if (
            differ
            and nxt
            and sum(1 for i in differ if len(nxt[i]) <= 60 and _header_scores(nxt[i])) >= min(2, len(differ))
            # NOTE: an abbreviation's full stop ("Nr.", "Bem.") ends no sentence
            and all(len(nxt[i].split()) <= 4 and not re.search(r"^\d|[!?]$|[\wæøå]{5,}\.$", nxt[i]) for i in differ)
            and header_words(nxt) >= 2
            and not any(len(c) > 60 for c in nxt)
        ):
            merged = [
                (nxt[i] if i < len(nxt) and nxt[i] else "") or (first[i] if i < len(first) else "")
                for i in range(max(len(first), len(nxt)))
            ]
            groups = list(dict.fromkeys(c for i, c in enumerate(first) if c and i in differ))
            return Table(
                merged,
                rows[k + 2 :],
                numbers[k + 2 :],
                name,
                anchor=anchor,
                intro=[x for x in intro if x],
                groups=groups,
            )
    return Table(first, rows[k + 1 :], numbers[k + 1 :], name, anchor=anchor, intro=[x for x in intro if x])


FIELD_NAME_HEADER = re.compile(
    r"^(?:felt(?:navn)?|field(?:\s*name)?|attribut(?:navn)?|attribute|egenskab|nøgle|key|property)$", re.I
)
FIELD_VALUE_HEADER = re.compile(r"^(?:værdi|value|indhold|content|data|tekst|text)$", re.I)


def _field_rows(rows: list[list[str]], numbers: list[int], name: str) -> Table | None:
    """A key/value export (one row per field: Post-id | Feltnavn | Værdi, a point being the rows that share an id)
    pivoted to one row per record, a column per field name in order of first use; None for any other table. The id
    column is the one whose values come in runs, each run naming every field once (a case number shared by all rows,
    or the clerk who edited them, runs over several records and repeats a field). A record none of whose fields most
    records have (a "SUM" record of counts) is left out. Each row is cited by the line of its record's first field."""
    k = next(
        (
            j
            for j in range(min(10, len(rows)))
            if any(FIELD_NAME_HEADER.match(c.strip()) for c in rows[j])
            and any(FIELD_VALUE_HEADER.match(c.strip()) for c in rows[j])
        ),
        None,
    )
    if k is None:
        return None
    head = [c.strip() for c in rows[k]]
    t = Table(head, rows[k + 1 :], numbers[k + 1 :], name, intro=[" ".join(c for c in r if c) for r in rows[:k]])
    fcol = next(i for i, c in enumerate(head) if FIELD_NAME_HEADER.match(c))
    vcol = next(i for i, c in enumerate(head) if FIELD_VALUE_HEADER.match(c))
    if fcol == vcol or len(t.rows) < 6:
        return None

    def cell(r: list[str], i: int) -> str:
        return (r[i] if i < len(r) else "").strip()

    names = [cell(r, fcol) for r in t.rows]
    if len(set(names)) > len(t.rows) / 2:
        return None
    best = None
    for idc in range(len(head)):
        if idc in (fcol, vcol):
            continue
        runs: list[tuple[str, list[int]]] = []
        for j, r in enumerate(t.rows):
            v = cell(r, idc)
            if runs and runs[-1][0] == v:
                runs[-1][1].append(j)
            else:
                runs.append((v, [j]))
        if len(runs) < 2 or len({v for v, _ in runs}) != len(runs) or not all(v for v, _ in runs):
            continue
        if any(len({names[j] for j in js}) != len(js) for _, js in runs):
            continue  # a run names a field twice: not one record's rows
        if best is None or len(runs) > len(best[1]):
            best = (idc, runs)
    if best is None:
        return None
    idc, runs = best
    if len(t.rows) / len(runs) < 2:
        return None
    from collections import Counter

    used = Counter(n for _, js in runs for n in {names[j] for j in js})
    common = {n for n, c in used.items() if c >= len(runs) / 2}
    fields: list[str] = []
    for n in names:
        if n and n not in fields:
            fields.append(n)
    header = [head[idc]] + fields
    rows, numbers = [], []
    for v, js in runs:
        if not any(names[j] in common for j in js):
            continue  # a record of counts or totals, not a point
        vals = {names[j]: cell(t.rows[j], vcol) for j in js}
        rows.append([v] + [vals.get(f, "") for f in fields])
        numbers.append(t.row_numbers[js[0]])
    return Table(header, rows, numbers, t.name, anchor=t.anchor, intro=t.intro)


def _load_csv(path: Path, data: bytes) -> Loaded:
    text = decode_text(data)
    head = text.split("\n", 20)[:20]
    # NOTE: only the delimiter is guessed (from the first lines: a title line above the header may have none);
    # quoting stays standard, which the sniffer gets wrong
    counts = {d: sum(ln.count(d) for ln in head) for d in ",;\t"}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
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
    # NOTE: a key/value export (Post-id | Feltnavn | Værdi) is one row per record, not per field
    return Loaded(path, tables=[_field_rows(rows, numbers, path.name) or _table(rows, numbers, path.name)])
