"""Plans, udspil and slide decks -> section-aware chunks, each with its heading path and line span (page for PDF)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.loaders import Line

MAX_CHARS = 1200  # a chunk holds at most about this much text; sections longer than that are split at sentence ends

NUMBERED = re.compile(r"^\s*(\d{1,2})\.\s+([A-ZÆØÅ].*)$")  # "4. Sundhedsaftale"
LETTERED = re.compile(r"^\s*([a-z])\.\s+([A-ZÆØÅ].*)$")  # "a. Praksisplanudvalget"
UPPER_LETTER = re.compile(r"^\s*([A-Z])\.\s+([A-ZÆØÅ][A-ZÆØÅ0-9 ,.&/-]+)$")  # "A. INTRODUKTION"


@dataclass
class Chunk:
    section: str | None
    text: str
    line_start: int
    line_end: int
    page: int | None
    kind: str | None = None  # set to "sundhedsaftale" inside a Sundhedsaftale section


def _is_heading_text(title: str) -> bool:
    t = title.strip()
    return 2 <= len(t) <= 60 and not t.endswith(("-", ",", ";")) and not re.search(r"\w{3,}\.$", t)


def split_blocks(lines: list[Line]) -> list[list[Line]]:
    """Blocks separated by 3+ empty lines (slides, pages)."""
    blocks: list[list[Line]] = [[]]
    blank = 0
    for ln in lines:
        if not ln.text.strip():
            blank += 1
            continue
        if blank >= 3 and blocks[-1]:
            blocks.append([])
        blank = 0
        blocks[-1].append(ln)
    return [b for b in blocks if b]


def repeated_header(blocks: list[list[Line]]) -> str | None:
    """A deck title every slide repeats as its first line."""
    firsts = Counter(b[0].text.strip() for b in blocks if b)
    if not firsts:
        return None
    line, n = firsts.most_common(1)[0]
    return line if n >= 3 and n >= len(blocks) / 3 else None


def is_deck(lines: list[Line], kind: str) -> bool:
    blocks = split_blocks(lines)
    return len(blocks) >= 3 and (kind == "oplaeg" or repeated_header(blocks) is not None)


def slide_chunks(lines: list[Line]) -> list[Chunk]:
    """One chunk per slide, without the deck title that every slide repeats; title-only slides are kept only
    when they say something besides the repeated header."""
    blocks = split_blocks(lines)
    header = repeated_header(blocks)
    out = []
    for n, block in enumerate(blocks, start=1):
        body = [ln for ln in block if ln.text.strip() != header] if header else block
        if not body:
            continue
        title = body[0].text.strip()
        if len(body) > 1 and body[1].no == body[0].no + 1:  # a title wrapped onto the next line
            title = f"{title} {body[1].text.strip()}"
        page = block[0].page if block[0].page is not None else n
        out.append(
            Chunk(
                section=f"Slide {n}: {title}",
                text="\n".join(ln.text.strip() for ln in body),
                line_start=body[0].no,
                line_end=body[-1].no,
                page=page,
            )
        )
    return out


def section_chunks(
    lines: list[Line], breaks: set[int] | None = None, paths_at: dict[int, str | None] | None = None
) -> list[Chunk]:
    """Chunks that follow the document's numbered headings ("1.", "a.", "A.") or its marked headings.

    breaks: indexes into lines where a chunk must end (a table sits there); paths_at, when given, gets the heading
    path in force at each break."""
    path: list[tuple[int, str]] = []  # (level, heading)
    expect_num, expect_upper, expect_letter = 1, "A", "a"
    chunks: list[Chunk] = []
    buf: list[Line] = []

    def flush():
        if not buf:
            return
        if len([ln for ln in buf if ln.text.strip()]) == 1 and path and buf[0].text.strip() == path[-1][1]:
            buf.clear()  # a heading with no text of its own: its subsections carry it in their path
            return
        section = " > ".join(h for _, h in path) or None
        first = next((ln.text.strip() for ln in buf if ln.text.strip()), "")
        if section is None and not chunks and _is_heading_text(first) and len(first) <= 40:
            section = first  # a short opening line ("Indledning") names the text before the first numbered heading
        kind = "sundhedsaftale" if path and "sundhedsaftale" in path[0][1].lower() else None
        for piece in _split(buf):
            chunks.append(
                Chunk(
                    section=section,
                    text="\n".join(ln.text.strip() for ln in piece),
                    line_start=piece[0].no,
                    line_end=piece[-1].no,
                    page=piece[0].page,
                    kind=kind,
                )
            )
        buf.clear()

    for idx, ln in enumerate(lines):
        if breaks and idx in breaks:
            flush()
            if paths_at is not None:
                paths_at[idx] = " > ".join(h for _, h in path) or None
        t = ln.text.strip()
        if not t:
            if buf:
                buf.append(ln)
            continue
        level = None
        if ln.heading_level:
            level = ln.heading_level
        elif (m := NUMBERED.match(t)) and int(m.group(1)) == expect_num and _is_heading_text(m.group(2)):
            level, expect_num, expect_letter = 1, expect_num + 1, "a"
        elif (m := UPPER_LETTER.match(t)) and m.group(1) == expect_upper and _is_heading_text(m.group(2)):
            level, expect_upper = 1, chr(ord(expect_upper) + 1)
        elif (m := LETTERED.match(t)) and m.group(1) == expect_letter and _is_heading_text(m.group(2)) and path:
            level, expect_letter = 2, chr(ord(expect_letter) + 1)
        if level is None:
            buf.append(ln)
            continue
        flush()
        path = [(lv, h) for lv, h in path if lv < level] + [(level, t)]
        buf.append(ln)  # the heading line opens its section's first chunk
    flush()
    if breaks and paths_at is not None:
        for idx in breaks:
            if idx >= len(lines):
                paths_at[idx] = " > ".join(h for _, h in path) or None
    return chunks


def _split(buf: list[Line]) -> list[list[Line]]:
    """Split a section's lines into pieces of at most MAX_CHARS, after a line that ends a sentence if possible."""
    lines = [ln for ln in buf if ln.text.strip()]
    pieces, cur, size = [], [], 0
    for ln in lines:
        cur.append(ln)
        size += len(ln.text.strip()) + 1
        if size >= MAX_CHARS * 0.6 and re.search(r"[.!?:]\s*$", ln.text) or size >= MAX_CHARS:
            pieces.append(cur)
            cur, size = [], 0
    if cur:
        if pieces and size < 150:  # a short tail joins the piece before it
            pieces[-1].extend(cur)
        else:
            pieces.append(cur)
    return pieces
