"""Paragraphs and headings of a PDF rebuilt from the page layout (pdfplumber words with their positions and fonts).

pdfplumber's text has no blank lines, so paragraphs cannot be read from it. Here a paragraph ends where the
vertical gap is wider than line spacing, where a line starts with a number or bullet left of the line above (a
hanging indent) or indented (a first-line indent), where the line above ends a sentence well before the right
margin, or where the font changes to or from a heading (bold or larger type). A paragraph goes on over a page
break unless the page ended a sentence. Running headers and footers (the same text, numbers aside, at the top or
bottom of most pages) and page numbers ("Side 3 af 10", "- 4 -", "4/10") are left out.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace

from ingest.loaders import Line

PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:af|of|/|ud af|i alt)\s*\d{1,4})?\.?$", re.I
)
NUMBERED = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-zæøå][.)]|[•·▪◦‣●○■□\-–*])\s")
BULLET = re.compile(r"^[•·▪◦‣●○■□\-–*]\s")
SENTENCE_END = re.compile(r"[.:!?;)”\"]$")
PARTY_SECTION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:Høringssvar|Bemærkninger|Svar|Kommentarer|Indsigelse|Comments|Response)s?\s+"
    r"(?:fra|from)\s+[A-ZÆØÅ0-9]"
)
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# a bold lead-in that is a label, not a name: "**Bemærkning:** …", "**Høringssvar nr. 2 – X:** …", "**Ad 3.** …"
RUN_IN_LABEL = re.compile(
    r"^(?:bemærkning|kommentar|svar|vurdering|besvarelse|resumé|konsekvens|indstilling|høringssvar|note|nb|bemærk|"
    r"ad|vedr|tema|emne|response|comment|reply|answer|summary|"
    # a form's or a portal card's field: "**Organisation:** X", "**Afsender:** Y", "**Indsendt:** 29.09.2026"
    r"organisation|organization|afsender|indsender|indsendt|status)\b",
    re.I,
)
# a line that opens with a one- or two-word label and a colon: "Høringspart: X", "Indstilling: Delvist tiltrådt"
LABEL_LINE = re.compile(r"^[A-ZÆØÅ][\wæøå]{2,24}(?:\s[\wæøå]{2,24})?\s*:\s+\S")
ITALIC = re.compile(r"italic|oblique|kursiv|-it$|-bi$", re.I)


@dataclass
class _PL:
    page: int
    no: int  # line number on the page (1-based)
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_bold: bool
    last_bold: bool
    col: int = 0  # 0 across the page, 1 left column, 2 right column
    lead_bold: str = ""  # the bold words a line opens with when the rest is not bold (a run-in heading)
    italic: bool = False
    field: bool = False  # a "Label: value" line of a label/value block (the label column of a form)
    margin: float | None = None  # a heading in a wide left margin: the body's left edge beside it
    cell: tuple[str, float] | None = None  # a line in two cells set far apart: (the first cell's text, the 2nd's x0)
    lead_italic: str = ""  # the italic words a line opens with when the rest is upright (a quoted remark, answered)
    first_italic: bool = False  # the line's first word is italic (after a point's number set upright)
    italic_body: bool = False  # every word is italic but a point's number set upright


def _gutter(rows: list[list[dict]], width: float, near: float | None = None) -> float | None:
    """The x of the gutter of a two-column page: in the middle of the page, a band at least a word space or two wide
    that the lines not set across the page leave empty, with many words on either side. None for a one-column page.
    NOTE: the two columns' lines need not line up (their paragraph spacing differs), so the words on either side
    count; lines across the gutter (a title, an intro set full width) may be up to a third of the lines; a
    one-column page has no such band (some line always has a word edge within a space of any x).
    near: the gutter the document's other pages have. A page of a two-column document may fill one column only
    partly (the last page: a short list, the closing section): there the band at the same x needs only a few words
    on the short side."""
    if len(rows) < (4 if near is not None else 8):
        return None
    sizes = sorted(w["size"] for r in rows for w in r)
    min_gap = max(6.0, 0.8 * sizes[len(sizes) // 2])
    n_words = sum(len(r) for r in rows)
    best = None
    span = (int(near - 0.03 * width), int(near + 0.03 * width)) if near is not None else (0.3 * width, 0.7 * width)
    for x in range(int(span[0]), int(span[1])):
        crossing = [r for r in rows if any(w["x0"] < x < w["x1"] for w in r)]
        if len(crossing) > max(1, 0.34 * len(rows)):
            continue
        rest = [w for r in rows if not any(w["x0"] < x < w["x1"] for w in r) for w in r]
        left = [x - w["x1"] for w in rest if w["x1"] <= x]
        right = [w["x0"] - x for w in rest if w["x0"] >= x]
        if min(len(left), len(right)) < (6 if near is not None else max(15, 0.2 * n_words)):
            continue
        gap = min(left) + min(right)
        if gap >= min_gap and (best is None or (len(crossing), -gap) < best[0]):
            best = ((len(crossing), -gap), x)
    return best[1] if best else None


def _margin_headings(
    rows: list[list[dict]], width: float, height: float | None = None, at: float | None = None
) -> list[list[dict]] | None:
    """A page whose headings stand in a wide left margin beside the body (party names over one to three lines at
    the height of the party's first point): the rows with the margin's words taken out, and each heading's words
    (its lines in the margin, one after the other) as one row of its own before the body line it starts beside.
    None when the page has no such margin: the body's left edge is not far in, or the words left of it are not
    bold headings (a bold point number in a hanging indent is no heading: the margin must be wide).
    NOTE: read as lines, a margin heading's words run into the body's lines beside them.
    at: the body's left edge the document's other pages have; a page with a few lines of body only (a party's last
    answers, the closing section) has its margin headings there too."""
    starts = Counter(round(r[0]["x0"]) for r in rows if r[0]["x0"] >= 0.2 * width)
    often = [x for x, n in starts.items() if n >= 3]  # the body's left edge, and an indent (answers) right of it
    if at is not None:
        often = [x for x in starts if abs(x - at) <= 2]
        if not often:
            return None
    elif not often or sum(starts[x] for x in often) < 5:
        return None
    edge = min(often)
    lefts = [[w for w in r if w["x1"] < edge - 8] for r in rows]
    crossing = [any(w["x0"] < edge - 2 < w["x1"] for w in r) for r in rows]
    if height:
        # NOTE: the running header and footer (set across the page at its top and foot, in plain type) and a title in
        # larger type than the body stand where they are: they are no headings in the margin
        body = sorted(w["size"] for r in rows for w in r if w["x0"] >= edge - 2)
        big = 1.2 * body[len(body) // 2] if body else None
        crossing = [
            c
            or max(w["bottom"] for w in r) < 0.07 * height
            or min(w["top"] for w in r) > 0.93 * height
            or bool(big and left and max(w["size"] for w in left) > big)
            for r, left, c in zip(rows, lefts, crossing)
        ]
    marg = [left for left, c in zip(lefts, crossing) if left and not c]
    if len(marg) < 2 or min(w["x0"] for m in marg for w in m) > edge - 0.15 * width:
        return None
    words = [w for m in marg for w in m]
    if not all(BOLD.search(w.get("fontname", "")) for w in words) or not any(
        re.search(r"[A-Za-zÆØÅæøå]{3}", w["text"]) for w in words
    ):
        return None
    out: list[tuple[float, int, list[dict]]] = []
    block: list[dict] = []
    last_top = None
    for r, left, c in zip(rows, lefts, crossing):
        top = min(w["top"] for w in r)
        if c or not left:
            if block and (c or last_top is None or top - last_top > 2.0 * r[0]["size"]):
                out.append((min(w["top"] for w in block), 0, block))
                block = []
            out.append((top, 1, r))
            continue
        if block and last_top is not None and top - last_top > 2.0 * left[0]["size"]:
            out.append((min(w["top"] for w in block), 0, block))
            block = []
        line = len({w.get("_line", 0) for w in block}) if block else 0
        block = block + [dict(w, _line=line) for w in left]  # read line by line, not by x across the lines
        last_top = top
        body = [w for w in r if w not in left]
        if body:
            out.append((min(w["top"] for w in body), 1, body))
    if block:
        out.append((min(w["top"] for w in block), 0, block))
    out.sort(key=lambda e: (e[0] - (3.0 if e[1] == 0 else 0.0), e[1]))
    return [[dict(w, _margin=edge) for w in r] if kind == 0 else r for _, kind, r in out]


def _label_column(rows: list[list[dict]]) -> list[list[dict]] | None:
    """A page of label/value blocks (a form per point: "Nr.", "Høringspart", "Bemærkning", "Svar", "Konsekvens" in
    bold in a left column, each value to the right of it at one x): the rows with a colon after each label, so a
    line reads "Høringspart: X" as a labelled line does. None when the page has no such column: at least three rows
    open with a short bold label at one x set apart from a value at one x, and some label recurs (one per block).
    NOTE: read as lines, a label runs into its value ("Høringspart Pilhøj Kommune"), and the bold labels beside the
    values would read as headings in a left margin."""
    found: dict[int, int] = {}  # row -> number of label words
    for i, r in enumerate(rows):
        for j in range(1, min(4, len(r))):
            if r[j]["x0"] - r[j - 1]["x1"] >= 1.5 * r[j - 1]["size"]:
                label = " ".join(w["text"] for w in r[:j])
                if all(BOLD.search(w.get("fontname", "")) for w in r[:j]) and re.fullmatch(
                    r"[A-ZÆØÅ][\wæøå.()/-]*(?: [\wæøå.()/-]+){0,2}", label
                ):
                    found[i] = j
                break
    if len(found) < 3:
        return None
    lx = Counter(round(rows[i][0]["x0"]) for i in found).most_common(1)[0][0]
    vx = Counter(round(rows[i][j]["x0"]) for i, j in found.items()).most_common(1)[0][0]
    found = {i: j for i, j in found.items() if abs(rows[i][0]["x0"] - lx) <= 2 and abs(rows[i][j]["x0"] - vx) <= 2}
    labels = Counter(" ".join(w["text"] for w in rows[i][:j]).lower() for i, j in found.items())
    if len(found) < 3 or labels.most_common(1)[0][1] < 2:
        return None
    out = []
    for i, r in enumerate(rows):
        if i in found:
            # a field, not a heading: its bold (the label's, a bold party value's) says nothing about the text
            j = found[i]
            colon = "" if r[j - 1]["text"].endswith(":") else ":"
            r = [dict(w, fontname="field", text=w["text"] + (colon if k == j - 1 else "")) for k, w in enumerate(r)]
        out.append(r)
    return out


def _margin_outcomes(rows: list[list[dict]], width: float, height: float) -> list[list[dict]] | None:
    """A page with an outcome column in its right margin ("Konsekvens": "Planen ændres", "Uden for planen"), each
    label level with the first line of the point it decides: the rows with the margin's words taken out, and each
    label as a line "<column header>: <label>." of its own after the point's lines (its remark and the answer
    under it), so it reads as the answer's closing consequence. None when the page has no such column: a few short
    phrases starting at one x in the right part of the page, set apart from the text left of them, most of them
    outcome wordings, and no line of the body running across that x.
    NOTE: read as lines, a margin label's words run into the remark's first line."""
    from ingest.handling import classify_handling

    body = [r for r in rows if min(w["top"] for w in r) > 0.05 * height and max(w["bottom"] for w in r) < 0.95 * height]
    starts: Counter = Counter()
    for r in body:
        for a, b in zip(r, r[1:]):
            if b["x0"] >= 0.6 * width and b["x0"] - a["x1"] >= 0.8 * a["size"]:
                starts[round(b["x0"])] += 1
    if not starts:
        return None
    x, n = starts.most_common(1)[0]
    xs = {k for k in starts if abs(k - x) <= 2}
    if sum(starts[k] for k in xs) < 2:
        return None
    split: dict[int, tuple[list[dict], list[dict]]] = {}
    header = None
    for i, r in enumerate(rows):
        if r not in body:
            continue
        if (header or split) and any(w["x0"] < x - 3 < w["x1"] for w in r):
            return None  # a line across the column below its start (a title or intro above it may run across)
        left = [w for w in r if w["x0"] < x - 3]
        right = [w for w in r if w["x0"] >= x - 3]
        if right and not left and header is None and not split and len(right) <= 3:
            header = (i, " ".join(w["text"] for w in right))
        elif right and left:
            split[i] = (left, right)
    labels = [" ".join(w["text"] for w in right) for _, right in split.values()]
    if (
        len(labels) < 2
        or any(len(t.split()) > 6 for t in labels)
        or sum(1 for t in labels if classify_handling(t) not in (None, "reference")) < 0.5 * len(labels)
    ):
        return None
    head = header[1].rstrip(":") if header and re.fullmatch(r"[A-ZÆØÅ][\wæøå ]{2,30}:?", header[1]) else "Konsekvens"
    out: list[list[dict]] = []
    pending: tuple[dict, list[dict]] | None = None  # the label waiting for its point's end, and its point's row

    def place() -> None:
        nonlocal pending
        if pending is None:
            return
        label, start = pending
        last = out[-1]
        top = max(w["bottom"] for w in last) + 1.2 * start[0]["size"]
        size = start[0]["size"]
        font = next((w.get("fontname", "") for w in start if not BOLD.search(w.get("fontname", ""))), "")
        word = dict(start[0], text=f"{head}: {label['text'].rstrip('.')}.", x0=min(w["x0"] for w in last), top=top)
        out.append([dict(word, x1=word["x0"] + 5.0 * len(word["text"]), bottom=top + size, size=size, fontname=font)])
        pending = None

    for i, r in enumerate(rows):
        if header and i == header[0]:
            continue
        if pending is not None:
            start, prev = pending[1], out[-1]
            if (
                i in split
                or r not in body
                or BOLD.search(r[0].get("fontname", ""))
                or min(w["top"] for w in r) - max(w["bottom"] for w in prev) > 2.2 * r[0]["size"]
                or r[0]["x0"] <= start[0]["x0"] + 2
                and NUMBERED.match(" ".join(w["text"] for w in r) + " ")
            ):
                place()
        if i in split:
            left, right = split[i]
            out.append(left)
            pending = ({"text": " ".join(w["text"] for w in right)}, left)
        else:
            out.append(r)
    place()
    return out


def _spaced_out(page, row: list[dict]) -> str | None:
    """A line whose letters came out as words of one or two ("B e m æ rk n i n g e r", a skewed line): its
    characters in order, with the spaces the PDF itself holds; None when it holds none."""
    top, bottom = min(w["top"] for w in row) - 1, max(w["bottom"] for w in row) + 1
    x0, x1 = min(w["x0"] for w in row) - 1, max(w["x1"] for w in row) + 1
    chars = sorted(
        (c for c in page.chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom and x0 <= c["x0"] <= x1),
        key=lambda c: c["x0"],
    )
    text = re.sub(r"\s+", " ", "".join(c["text"] for c in chars)).strip()
    return text if " " in text else None


def _words_from_chars(page) -> list[dict] | None:
    """Words built from the characters where the PDF holds its own spaces: a line is the chain of characters each at
    the height of its neighbour, so a skewed line (a scan's text layer) is not cut into letters. None when the PDF
    holds (almost) no space characters."""
    chars = [c for c in page.chars if c.get("text")]
    if not chars or sum(1 for c in chars if c["text"] == " ") < 0.05 * len(chars):
        return None
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        best = None
        for ln in lines[-3:]:
            last = (
                ln[-1] if abs(ln[-1]["x1"] - c["x0"]) < 3 * c["size"] else min(ln, key=lambda v: abs(v["x0"] - c["x0"]))
            )
            d = abs(last["top"] - c["top"])
            if d <= max(1.5, 0.3 * c["size"]) and (best is None or d < best[0]):
                best = (d, ln)
        if best is not None:
            best[1].append(c)
        else:
            lines.append([c])
    words: list[dict] = []
    for ln in lines:
        ln.sort(key=lambda c: c["x0"])
        cur: list[dict] = []
        for c in ln + [None]:
            gap = c is not None and cur and c["x0"] - cur[-1]["x1"] > 0.3 * c["size"]
            if c is None or c["text"].isspace() or gap:
                if cur:
                    words.append(
                        {
                            "text": "".join(x["text"] for x in cur),
                            "x0": min(x["x0"] for x in cur),
                            "x1": max(x["x1"] for x in cur),
                            "top": min(x["top"] for x in cur),
                            "bottom": max(x["bottom"] for x in cur),
                            "fontname": cur[0].get("fontname", ""),
                            "size": cur[0].get("size", 10.0),
                        }
                    )
                cur = [c] if (c is not None and not c["text"].isspace()) else []
            else:
                cur.append(c)
    return words


def _rejoin_jitter(words: list[dict]) -> list[dict]:
    """Words cut into letters because each letter was set on its own at a slightly different size (a page set letter
    by letter and skewed, a scan's look: 9.21, 9.22, 9.23 pt in one word), joined again. A piece joins the one before
    it when it touches it (a gap under a tenth of the type size; words are a space apart, a quarter or more), in the
    same font, at the same height, at a size less than 2 % off and not the same (pdfplumber parts touching letters
    of one font and size only at a space). Sizes that differ more (a footnote mark set smaller) still part words, so a
    page set in whole words is read as before."""
    out: list[dict] = []
    last = 0.0  # the size of the last piece joined (a joined word takes the size of its letters on average)
    for w in words:
        a = out[-1] if out else None
        if (
            a is not None
            and a.get("fontname") == w.get("fontname")
            and last != w["size"]
            and abs(last - w["size"]) <= 0.02 * max(last, w["size"])
            and -0.1 * w["size"] <= w["x0"] - a["x1"] <= 0.1 * w["size"]
            and abs(a["top"] - w["top"]) <= 0.3 * w["size"]
        ):
            n_a, n_w = len(a["text"]), len(w["text"])
            out[-1] = dict(
                a,
                text=a["text"] + w["text"],
                x1=max(a["x1"], w["x1"]),
                top=min(a["top"], w["top"]),
                bottom=max(a["bottom"], w["bottom"]),
                size=(a["size"] * n_a + w["size"] * n_w) / (n_a + n_w),
            )
        else:
            out.append(w)
        last = w["size"]
    return out


# a date set apart at the right end of a heading's line: "Modtaget 12.01.2026", "Indkommet den 3. februar 2026"
ASIDE_DATE = re.compile(
    r"^(?:[A-ZÆØÅa-zæøå][\wæøå.]*:?\s+){0,3}(?:den\s+)?"
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})$"
)


def _split_aside(row: list[dict]) -> list[list[dict]]:
    """A bold heading with a date set apart in plain type at the line's right end ("Ældrerådet i Vestby      Modtaget
    12.01.2026"): two lines, the heading and the date under it, so the heading reads as the party's name."""
    for j in range(1, len(row)):
        gap, size = row[j]["x0"] - row[j - 1]["x1"], row[j - 1]["size"]
        if gap < (0.6 if row[j]["size"] < size - 0.5 else 2) * size:  # set apart by space or a smaller type
            continue
        head, aside = row[:j], row[j:]
        if (
            all(BOLD.search(w.get("fontname", "")) for w in head)
            and not any(BOLD.search(w.get("fontname", "")) for w in aside)
            and ASIDE_DATE.match(" ".join(w["text"] for w in aside))
        ):
            top = max(w["bottom"] for w in head) + 0.1
            return [head, [dict(w, top=max(w["top"], top)) for w in aside]]
        break
    return [row]


def _page_lines(
    page, pno: int, exclude: list[tuple] | None = None, at: float | None = None, margin_at: float | None = None
) -> list[_PL]:
    # NOTE: without space characters a word ends where the gap to the next letter is a quarter of the type size: a
    # fixed 3 pt joins words set one by one with narrow gaps (a scan's text layer)
    words = _words_from_chars(page) or _rejoin_jitter(
        page.extract_words(
            extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False, x_tolerance_ratio=0.25
        )
    )
    if exclude:  # words inside a table read as a table
        words = [
            w
            for w in words
            if not any(
                b[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= b[2] + 1 and b[1] - 1 <= (w["top"] + w["bottom"]) / 2 <= b[3] + 1
                for b in exclude
            )
        ]
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        # NOTE: a word joins the line whose word nearest to it sits at the same height, so a slightly skewed line
        # (a scan's text layer) stays one line
        best = None
        for r in rows[-3:]:
            near = min(r, key=lambda v: min(abs(v["x1"] - w["x0"]), abs(w["x1"] - v["x0"])))
            d = abs(near["top"] - w["top"])
            if d <= max(2.0, 0.3 * w["size"]) and (best is None or d < best[0]):
                best = (d, r)
        if best is not None:
            best[1].append(w)
        else:
            rows.append([w])
    for r in rows:
        r.sort(key=lambda w: w["x0"])
    rows = [part for r in rows for part in _split_aside(r)]
    rows.sort(key=lambda r: min(w["top"] for w in r))
    g = _gutter(rows, float(page.width), at)
    cols: list[int] = [0] * len(rows)
    if g is None:
        rows = _label_column(rows) or _margin_headings(rows, float(page.width), float(page.height), margin_at) or rows
        rows = _margin_outcomes(rows, float(page.width), float(page.height)) or rows
        cols = [0] * len(rows)
    if g is not None:
        # two columns: a line across the gutter stands where it is; between such lines, the left column's lines
        # are read before the right column's
        ordered: list[list[dict]] = []
        ocols: list[int] = []
        block: list[list[dict]] = []

        def flush():
            left = [[w for w in r if w["x1"] <= g] for r in block]
            right = [[w for w in r if w["x0"] >= g] for r in block]
            for side, part in ((1, left), (2, right)):
                for r in part:
                    if r:
                        ordered.append(r)
                        ocols.append(side)
            block.clear()

        h = float(page.height)
        for r in rows:
            edge = max(w["bottom"] for w in r) < 0.07 * h or min(w["top"] for w in r) > 0.93 * h  # header, footer
            if edge or any(w["x0"] < g < w["x1"] for w in r):
                flush()
                ordered.append(r)
                ocols.append(0)
            else:
                block.append(r)
        flush()
        rows, cols = ordered, ocols
    out = []
    for i, r in enumerate(rows, start=1):
        r.sort(key=lambda w: (w.get("_line", 0), w["x0"]))
        sizes = Counter(round(w["size"], 1) for w in r for _ in w["text"])
        bold = [bool(BOLD.search(w.get("fontname", ""))) for w in r]
        italic = [bool(ITALIC.search(w.get("fontname", ""))) for w in r]
        n_lead = next((j for j, b in enumerate(bold) if not b), len(bold))
        # NOTE: a point's number may be set upright before its italic text ("1. <italic remark>")
        k0 = 1 if len(r) > 1 and not italic[0] and re.fullmatch(r"\d{1,3}[.)]|[•▪–-]", r[0]["text"]) else 0
        n_it = next((j for j, b in enumerate(italic) if j >= k0 and not b), len(italic))
        text = " ".join(w["text"] for w in r)
        if len(r) >= 6 and sum(1 for w in r if len(w["text"]) <= 2) >= 0.7 * len(r):
            text = _spaced_out(page, r) or text
        # NOTE: one wide gap splits the line in two cells ("Psykiatrisk Team, Vestby        intet svar"): a row of a
        # list set in two columns without rules or header, when the lines around it have their second cell there too
        wide = [j for j in range(1, len(r)) if r[j]["x0"] - r[j - 1]["x1"] > 3 * r[j]["size"]]
        cell = (
            (" ".join(w["text"] for w in r[: wide[0]]), r[wide[0]]["x0"])
            if len(wide) == 1 and not cols[i - 1]
            else None
        )
        out.append(
            _PL(
                pno,
                i,
                text,
                min(w["x0"] for w in r),
                max(w["x1"] for w in r),
                min(w["top"] for w in r),
                max(w["bottom"] for w in r),
                sizes.most_common(1)[0][0],
                all(bold),
                bold[0],
                bold[-1],
                cols[i - 1],
                " ".join(w["text"] for w in r[:n_lead]) if 0 < n_lead < len(r) else "",
                all(italic),
                r[0].get("fontname") == "field",
                r[0].get("_margin"),
                cell,
                " ".join(w["text"] for w in r[:n_it]) if k0 < n_it < len(r) else "",
                italic[k0],
                all(italic[k0:]),
            )
        )
    return out


def _drop_running(pages: list[list[_PL]], heights: list[float]) -> tuple[list[list[_PL]], list[str]]:
    """Leave out running headers and footers: the top or bottom lines of a page whose text (digits aside) recurs on
    most pages, and page numbers there."""
    n = len(pages)
    key = lambda t: re.sub(r"\d+", "#", t.lower()).strip()  # noqa: E731
    seen: Counter = Counter()
    for pl, h in zip(pages, heights):
        cands = {key(x.text) for x in pl[:3] + pl[-3:] if x.top < 0.15 * h or x.bottom > 0.85 * h}
        seen.update(cands)
    dropped: list[str] = []
    out = []
    for pl, h in zip(pages, heights):
        keep = []
        for i, x in enumerate(pl):
            edge = (i < 3 or i >= len(pl) - 3) and (x.top < 0.15 * h or x.bottom > 0.85 * h)
            if edge and (PAGE_NUMBER.match(x.text.strip()) or (n >= 2 and seen[key(x.text)] >= max(2, n / 2))):
                dropped.append(x.text)
                continue
            keep.append(x)
        out.append(keep)
    return out, dropped


def pdf_paragraphs(data: bytes, exclude: dict[int, list[tuple]] | None = None) -> tuple[list[Line] | None, list[str]]:
    """One Line per paragraph or heading (heading_level set), in reading order; (None, []) without text. exclude:
    page -> boxes (tables) whose words are left out."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_page_lines(p, i, (exclude or {}).get(i)) for i, p in enumerate(pdf.pages, start=1)]
        # a two-column document: a page read as one column (its second column short) is tried at the others' gutter
        gutters = sorted(x.x0 for pl in pages for x in pl if x.col == 2)
        if gutters and any(not any(x.col for x in pl) for pl in pages):
            near = gutters[len(gutters) // 2] - 0.02 * float(pdf.pages[0].width)
            pages = [
                pl if any(x.col for x in pl) else _page_lines(p, i, (exclude or {}).get(i), near)
                for i, (p, pl) in enumerate(zip(pdf.pages, pages), start=1)
            ]
        # a document with headings in a wide left margin: a page with only a few body lines beside its margin headings
        # (too few to find the body's edge on the page alone) is tried at the other pages' edge
        edges = sorted(x.margin for pl in pages for x in pl if x.margin is not None)
        if edges and any(not any(x.margin is not None for x in pl) for pl in pages):
            edge = edges[len(edges) // 2]
            pages = [
                pl
                if any(x.margin is not None or x.col for x in pl)
                else _page_lines(p, i, (exclude or {}).get(i), margin_at=edge)
                for i, (p, pl) in enumerate(zip(pdf.pages, pages), start=1)
            ]
        heights = [float(p.height) for p in pdf.pages]
    pages, dropped = _drop_running(pages, heights)
    # a row of dashes or underscores under a typed heading is a rule, not text
    lines = [x for pl in pages for x in pl if not re.fullmatch(r"[-_=–—~*.\s]{4,}", x.text)]
    if not lines:
        return None, dropped
    # a list in two columns without rules or header (party | "Svar modtaget 11.02.2026" / "intet svar"): three or
    # more lines in a row, none bold, each split by one wide gap with its second cell at the same x; a row each
    grid: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and lines[j].cell
            and not lines[j].bold
            and not lines[j].field  # a label/value block's label column is read as such
            and lines[j].margin is None
            and lines[j].page == lines[i].page
            and abs(lines[j].cell[1] - lines[i].cell[1]) <= 2
        ):
            j += 1
        if j - i >= 3:
            grid.update(id(x) for x in lines[i:j])
        i = max(j, i + 1)
    chars = Counter()
    for x in lines:
        chars[x.size] += len(x.text)
    body = chars.most_common(1)[0][0]
    near_body = sum(n for size, n in chars.items() if abs(size - body) < 0.6)
    # NOTE: an OCR text layer sizes each word by its box, so sizes scatter: then size says nothing about headings
    sizes_mean_something = near_body >= 0.6 * sum(chars.values())
    body_lines = [x for x in lines if abs(x.size - body) < 0.6 and not x.bold]
    gaps = sorted(
        b.top - a.bottom
        for a, b in zip(body_lines, body_lines[1:])
        if a.page == b.page and 0 <= b.top - a.bottom < 3 * body
    )
    line_gap = gaps[len(gaps) // 4] if gaps else 0.3 * body  # the lower quartile: spacing within a paragraph
    margins: dict[int, tuple[float, float]] = {}  # per column: the left and right edge of its text
    for c in {x.col for x in lines}:
        bl = [x for x in body_lines if x.col == c] or [x for x in lines if x.col == c]
        margins[c] = (
            sorted(x.x0 for x in bl)[int(0.1 * (len(bl) - 1))],
            sorted(x.x1 for x in bl)[int(0.9 * (len(bl) - 1))],
        )

    def heading(x: _PL) -> bool:
        return (x.bold or sizes_mean_something and x.size >= 1.15 * body) and len(x.text) <= 160

    from ingest.prose import BARE_REMARK, _reply

    def headish(x: _PL) -> bool:  # a numbered heading line in the body font ("3.2 Høringssvar fra X")
        left, right = margins[x.col]
        return _numbered_heading(x.text) and x.x1 < right - 0.1 * max(1.0, right - left)

    from ingest.prose import VERBS

    def headline(x: _PL) -> bool:  # a short line that is no sentence ("Bemærkninger fra Lægevagten i Nordjylland")
        left, right = margins[x.col]
        return (
            x.x1 < right - 0.2 * max(1.0, right - left)
            and x.text[:1].isupper()
            and len(x.text.split()) <= 10
            and not re.search(r"[.,;:!?\-–]$", x.text)
            and not re.search(rf"\b(?:{VERBS})\b", x.text)
        )

    def opens(x: _PL) -> bool:  # a line that opens a paragraph by its words: a heading, or "Regionens bemærkning:"
        # NOTE: a bare "Kommentar: …" / "Bemærkning: …" label opens a paragraph too (the answer under a point whose
        # last line ran to the margin)
        return (
            headish(x)
            or section(x)
            or (x.text[:1].isupper() and bool(_reply(x.text) or BARE_REMARK.match(x.text)) and ":" in x.text[:60])
        )

    def section(x: _PL) -> bool:  # "Bemærkninger fra X", "Høringssvar fra X" on a line of its own
        return bool(PARTY_SECTION.match(x.text)) and not re.search(r"[.,;!?]$", x.text)

    paras: list[list[_PL]] = []
    for x in lines:
        if not paras:
            paras.append([x])
            continue
        cur = paras[-1]
        a = cur[-1]
        new = False
        if id(x) in grid or id(a) in grid:
            new = True  # a row of a two-column list stands alone
        elif heading(x) != heading(a) or (heading(x) and sizes_mean_something and x.size != a.size):
            new = True
        elif x.field:  # a label/value block's next field ("Svar: …" under "Bemærkning: …")
            new = True
        elif (
            cur[0].field
            and x.page == a.page
            and x.x0 > cur[0].x0 + 2 * body
            and x.top - a.bottom <= line_gap + 0.35 * body
        ):
            pass  # a field's value wrapped under itself, right of the label column ("… efter kl." / "15.")
        elif heading(x):  # a heading wrapped over lines (or over a page or column break) goes on
            moved = x.page != a.page or x.col != a.col
            new = (
                (not moved and x.top - a.bottom > line_gap + 0.5 * x.size)
                or bool(NUMBERED.match(x.text + " "))
                # NOTE: two bold label lines with no space between ("Indstilling: Tiltrådt" over "Høringspart: X")
                # are two lines, not one heading wrapped
                or bool(LABEL_LINE.match(x.text) and LABEL_LINE.match(cur[0].text))
            )
        elif x.page != a.page or x.col != a.col:
            # over a page break: goes on unless the page ended a sentence
            # NOTE: a lettered item ("b) Lægerne foreslår …") opens the next page in lower case, and opens a paragraph
            new = bool(SENTENCE_END.search(a.text)) and (
                not x.text[:1].islower() or bool(re.match(r"\(?[a-zæøå][.)]\s", x.text))
            )
            # NOTE: a numbered heading line opens the next page ("1.4 Høringspart: X" under a page that ended on a
            # label line with no full stop, "Indstilling: Imødekommes delvist"): a new paragraph all the same
            new = new or headish(x)
            # NOTE: a lettered or numbered item in brackets ("(a) Frivilligcentret tilbyder …") opens the next page
            # under a line that is no sentence (a date line under a party's heading): a new paragraph all the same
            new = new or bool(re.match(r"\(?[a-zæøå0-9]{1,3}\)\s+[A-ZÆØÅ]", x.text))
        else:
            left, right = margins[a.col]
            width = max(1.0, right - left)
            gap = x.top - a.bottom
            wrapped = x.text[:1].islower() and x.x0 > a.x0 + 2  # a hanging indent goes on in lower case
            if gap > line_gap + 0.35 * body or opens(x) or (headish(a) and len(cur) == 1 and not wrapped):
                new = True
            elif (headline(a) or section(a)) and len(cur) == 1 or headline(x) and SENTENCE_END.search(a.text):
                new = True  # a short line that is no sentence stands alone (one font, no spacing: a heading)
            elif re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", x.text) and not SENTENCE_END.search(a.text):
                pass  # a section number wrapped onto a line of its own ("… i afsnit" / "3.2.") goes on the sentence
            elif NUMBERED.match(x.text + " ") and x.x0 <= cur[0].x0 + 2 and not a.text.endswith(("-", ",")):
                new = True  # a numbered or bulleted line at the paragraph's own indent opens the next item
            elif NUMBERED.match(x.text + " ") and (
                x.x0 < a.x0 - 2
                or SENTENCE_END.search(a.text)
                or x.x0 <= cur[0].x0 + 2
                and (BULLET.match(x.text) or NUMBERED.match(cur[0].text + " "))
            ):
                new = True  # a number or bullet left of the line above, after a sentence, or a list's next item
            elif SENTENCE_END.search(a.text) and (
                a.x1 < right - 0.15 * width
                or x.x0 > cur[0].x0 + 0.8 * body
                and len(cur) > 1
                or x.x0 > a.x0 + 0.8 * body
            ):
                new = True  # the line above ends a sentence short of the margin, or this one is indented
            elif x.first_bold and not a.last_bold and SENTENCE_END.search(a.text):
                new = True  # a bold lead-in ("Regionens bemærkning:") opens a paragraph
            elif (
                SENTENCE_END.search(a.text)
                and x.x0 < cur[0].x0 - 0.8 * body
                and all(abs(y.x0 - cur[0].x0) < 2 for y in cur)
                and x.x0 <= left + 0.8 * body
            ):
                new = True  # an indented block (the answer under its label) has ended: back at the margin
        if new:
            paras.append([x])
        else:
            cur.append(x)
    out: list[Line] = []
    sizes = sorted({p[0].size for p in paras if heading(p[0])}, reverse=True)
    by_size = sizes_mean_something and not any(
        heading(p[0]) and len(p) <= 3 and re.match(r"^\d+(?:\.\d+)*\.?\s", p[0].text) for p in paras
    )
    for p in paras:
        answer = _upright_after_italic(p)
        if answer is not None:
            # NOTE: a remark in italics answered in upright type in the same paragraph (a letter's "1. <remark>
            # <answer>"): two paragraphs, the answer marked as such (its type is all that sets it apart)
            for part, style in ((answer[0], None), (answer[1], "reply")):
                text = _joined([x.text for x in part])
                indent = round(min(x.x0 - margins[x.col][0] for x in part), 1)
                out.append(Line(part[0].no, text, part[0].page, None, style=style, indent=indent))
            continue
        text = p[0].text
        if id(p[0]) in grid:  # the two cells parted by a tab
            text = p[0].cell[0] + "\t" + p[0].text[len(p[0].cell[0]) :].strip()
        for x in p[1:]:
            if text.endswith("-") and x.text[:1].islower() and not re.match(r"(?:og|eller|and|or)\b", x.text):
                # a word hyphenated at the line's end ("hukommelsesud-" / "redning") is one word again
                text = (text[:-1] if re.search(r"[a-zæøå]{2}-$", text) else text) + x.text
            else:
                text += " " + x.text
        text = "\t".join(re.sub(r"\s+", " ", c).strip() for c in text.split("\t"))
        lead = p[0].lead_bold
        if (
            lead
            and not heading(p[0])
            and re.search(r"[.:]$", lead)
            and len(lead.split()) <= 12
            and len(text) > len(lead) + 20
            and not _reply(lead + " …")
            and not RUN_IN_LABEL.match(lead)
            and not NUMBERED.match(lead + " ")
        ):
            # a bold run-in heading ("**Højvang Kommune.** Kommunen ønsker, …"): a heading line, then the paragraph
            out.append(Line(p[0].no, lead.rstrip(".:").strip(), p[0].page, 3, run_in=True))
            text = text[len(lead) :].strip()
        level = None
        if heading(p[0]) and len(p) <= 3:
            m = re.match(r"^(\d+(?:\.\d+)*)\.?\s", text)
            # NOTE: where no heading is numbered, the sizes rank the headings: a third size is a level further down
            # ("Høringssvarene" in 12 pt over each party's name in 11.5 pt, under a 15 pt title); where some are
            # numbered, the numbers give the levels and every unnumbered heading but the largest is level 2
            rank = sum(1 for s in sizes if s > p[0].size + 0.25) if by_size else 0
            level = (len(m.group(1).split(".")) + 1) if m else max(1 if p[0].size == sizes[0] else 2, min(rank + 1, 3))
        elif len(p) == 1 and _numbered_heading(text):
            # one font throughout (a scan's text layer): a numbered line that is no sentence is a heading
            level = len(re.match(r"^(\d+(?:\.\d+)*)", text).group(1).split(".")) + 1
        style = "italic" if all(x.italic for x in p) and not heading(p[0]) else None
        style = "field" if p[0].field else style
        indent = round(min(x.x0 - margins[x.col][0] for x in p), 1)
        out.append(Line(p[0].no, text, p[0].page, level, style=style, indent=indent))
    return out, dropped


def _joined(texts: list[str]) -> str:
    text = texts[0]
    for t in texts[1:]:
        if text.endswith("-") and t[:1].islower() and not re.match(r"(?:og|eller|and|or)\b", t):
            text = (text[:-1] if re.search(r"[a-zæøå]{2}-$", text) else text) + t
        else:
            text += " " + t
    return re.sub(r"\s+", " ", text).strip()


def _upright_after_italic(p: list[_PL]) -> tuple[list[_PL], list[_PL]] | None:
    """A paragraph that opens in italics and goes on upright within a line: (the italic part's lines, the upright
    part's lines), the line where the type changes cut in two; None otherwise. The italic part ends a sentence."""
    if not p[0].first_italic or p[0].field:
        return None
    for i, x in enumerate(p):
        if x.italic_body:
            continue
        if i and not x.first_italic and re.search(r"[.!?:]$", p[i - 1].text):
            italic_part, upright = p[:i], list(p[i:])  # the type changes at a line's start
        elif x.lead_italic and re.search(r"[.!?:]$", x.lead_italic):
            rest = x.text[len(x.lead_italic) :].strip()
            head = replace(x, text=x.lead_italic, italic=True)
            tail = replace(x, text=rest, italic=False, lead_italic="", first_italic=False, italic_body=False)
            italic_part, upright = p[:i] + [head], [tail] + list(p[i + 1 :])
        else:
            return None
        if any(y.first_italic for y in upright[1:]) or len(_joined([y.text for y in upright])) < 20:
            return None
        return italic_part, upright
    return None


def _numbered_heading(text: str) -> bool:
    from ingest.prose import VERBS

    m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÆØÅ]", text)
    if not m or len(text) > 100 or re.search(r"[.:;,!?]$", text):
        return False
    return "." in m.group(1) or not re.search(rf"\b(?:{VERBS})\b", text)
