"""Høringsnotat parsers: the PDF table flattened to text, and the same table as DOCX/XLSX/CSV, to one Record per row.

The flattened text has six columns run together line by line (see docs/HOERINGSNOTAT_LAYOUT.md in ../shared):
Høringspart | Tema | Sammendrag | Håndtering | Kommentar/tekstændring | Høringssvaret (quote).
The parser walks each row as a small state machine (header -> summary -> handling -> comment -> quote).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ingest.handling import classify_handling  # noqa: F401 - part of this module's API
from retrieval.text import squash
from retrieval.types import Record
from retrieval.vocab import RESPONDENT_TYPES as RESPONDENT_TYPE_TERMS

# --- vocabulary of the layout -------------------------------------------------------------------------------------

# Theme cell values; the second word may sit on the next line, carry typos ("tilgændelighed", "tilgængelighec")
# or have the summary letter glued to it ("sammenhænge)" = "sammenhæng" + "e)").
_THEME_FIRST = r"(?:Lægedækning og|Kvalitet og|Samarbejde og|Generelt|Andet)"
_THEME_SECOND = {"Lægedækning og": r"tilg\w*?", "Kvalitet og": r"sammenhæng", "Samarbejde og": r"kvalitet"}
_CANON_THEME = {
    "Lægedækning og": "Lægedækning og tilgængelighed",
    "Kvalitet og": "Kvalitet og sammenhæng",
    "Samarbejde og": "Samarbejde og kvalitet",
    "Generelt": "Generelt",
    "Andet": "Andet",
}
_AFTER_THEME = r"(?=\s|$|[a-z]\))"
THEME_AT = re.compile(rf"^\s*(?P<first>{_THEME_FIRST}){_AFTER_THEME}")
LETTER_GLUED = re.compile(r"^(?P<letter>[a-z])\)")
# A bare line that is only (part of) a theme label: used for floating labels at page ends.
THEME_FRAGMENT = re.compile(
    r"^(?:Lægedækning og|tilg\w+|Kvalitet og|sammenhæng\w?|Samarbejde og|kvalitet|Generelt|Andet)$"
)

# Summary start: "a) ", "Bemærkning  h) ", "Bemærkning c " (no parenthesis), ") " (letter lost), "c)For".
SUMMARY_START = re.compile(
    r"^\s*(?:(?P<remark>Bemærkning)\s+(?P<rletter>[a-z])(?:\)|(?=\s|$))|(?P<letter>[a-z])\)|(?P<lost>\)))\s*"
)
NO_RESPONSE = re.compile(r"^\s*Der er ikke\s*(?:fremsendt\s*(?:høringssvar\.?)?)?\s*$")

# Handling phrases: the start that identifies one (searched within a line) and the whole phrase (may wrap).
HANDLING_START = re.compile(
    r"Inddrages i implementering|Giver ikke anledning|Giver anledning til følgende|Imødekommes \(delvist\)"
    r"|Ligger uden for rammerne|Samme håndtering som ved"
)
HANDLING_FULL = [
    (re.compile(r"^Inddrages i implementeringsarbejdet"), "implementering"),
    (re.compile(r"^Giver ikke anledning til ændringer i\s+praksisplanen"), "ingen_aendring"),
    (re.compile(r"^Giver anledning til følgende\s+ændring/tilføjelse i\s+praksisplanen"), "aendring"),
    (re.compile(r"^Imødekommes \(delvist\)(?:\s+i\s+praksisplanen)?"), "delvist"),
    (re.compile(r"^Ligger uden for rammerne af den\s+aktuelle\s+praksisplan"), "uden_for_rammerne"),
    (re.compile(r"^Samme håndtering som ved (?P<ref>[\wÆØÅæøå-]+)"), "reference"),
]
NO_RESPONSE_RAW = "Der er ikke fremsendt høringssvar."

# NOTE: comment and quote cells have no delimiter. The comment column is narrow (<= ~44 characters a line),
# the quote column wider (~45-60). A line wider than any single column holds the end of one and the start of the next.
COMMENT_MAX = 41
QUOTE_MAX = 62
QUOTE_WRAP = 48  # a line this close to the quote width, that ends mid-sentence, was wrapped in the quote column
SUMMARY_FULL = 60  # a summary line at least this wide is wrapped, so the summary goes on

REMARK_IN_QUOTE = re.compile(r"^Bemærkning [a-z]\b")

PAGE_MARKERS = [
    re.compile(r"(?:-|\.)\s*Side\s+(\d+)(?:\s*-\s*(\d+))?"),  # "- Side 1", ".- Side 1-2", ". Side 4"
    re.compile(
        r"(?:^|(?<=[.)])|(?<=[.)]\s))s\.\s?(\d+)(?=\.?(?:\s|$))"
    ),  # Ishøj: "kommune. s.1.", "2021.s. 4", "(...) s.3."
]


@dataclass
class _Line:
    no: int  # 1-based line number in the file
    text: str
    page: int


@dataclass
class _Row:
    start: _Line
    name_parts: list[str]
    lines: list[_Line] = field(default_factory=list)  # content lines after the name (first: rest of the start line)
    prefix: str = ""


def fold(s: str | None) -> str | None:
    """Fold runs of whitespace to one space (retrieval/text.py squash); empty becomes None."""
    return squash(s) or None


# --- lines and pages ----------------------------------------------------------------------------------------------


def _text_lines(text: str) -> list[_Line]:
    """Non-empty lines with their 1-based numbers and pages (a page break is a run of 3 or more empty lines)."""
    out: list[_Line] = []
    page, blank = 1, 0
    for i, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip()
        if not line.strip():
            blank += 1
            continue
        if blank >= 3 and out:
            page += 1
        blank = 0
        out.append(_Line(i, line, page))
    return out


def _strip_floating_labels(lines: list[_Line]) -> tuple[list[_Line], dict[int, list[str]]]:
    """Remove theme labels that a merged cell left at the end of a page; return them by page."""
    labels: dict[int, list[str]] = defaultdict(list)
    keep: list[_Line] = []
    by_page: dict[int, list[_Line]] = defaultdict(list)
    for ln in lines:
        by_page[ln.page].append(ln)
    for page in sorted(by_page):
        pl = by_page[page]
        end = len(pl)
        while end > 1 and THEME_FRAGMENT.match(pl[end - 1].text.strip()):
            end -= 1
        frags = [x.text.strip() for x in pl[end:]]
        keep.extend(pl[:end])
        labels[page] = _join_theme_fragments(frags)
    return keep, labels


def _join_theme_fragments(frags: list[str]) -> list[str]:
    themes, i = [], 0
    while i < len(frags):
        f = frags[i]
        if f in _THEME_SECOND and i + 1 < len(frags) and re.fullmatch(_THEME_SECOND[f] + r"\w*", frags[i + 1]):
            i += 1
        themes.append(_CANON_THEME.get(f, f))
        i += 1
    return themes


# --- row starts -----------------------------------------------------------------------------------------------------

_NAME = r"[A-ZÆØÅ][^:;]*?"
ROW_START = re.compile(
    rf"^(?P<prefix>[•o]\s+|\s)?(?P<name>{_NAME})\s*"
    rf"(?P<rest>{_THEME_FIRST}{_AFTER_THEME}.*|(?<!\S)Bemærkning\s+[a-z]\b.*|(?<!\S)[a-z]\)\s.*|(?<!\S)Der er ikke\s*)$"
)
BULLET = re.compile(r"^(?P<prefix>[•o])\s+(?P<name>[A-ZÆØÅ].*)$")


def _name_ok(name: str, max_len: int = 70) -> bool:
    """A respondent name is short, starts upper-case, and is not itself a label or a sentence."""
    n = name.strip()
    if not n or len(n) > max_len or len(n.split()) > max_len // 7:
        return False
    if THEME_AT.match(n) or HANDLING_START.match(n) or n.startswith(("Bemærkning", "Der er ikke", "Samme ")):
        return False
    if re.search(r"\w{4,}[.!?](?:\s|$)", n):  # a sentence end ("pva." and "bl.a." are not)
        return False
    return True


def _starts_row_body(text: str) -> bool:
    """The first line after a (wrapped) name: a theme, a summary letter, a remark or a no-response cell."""
    t = text.strip()
    m = THEME_AT.match(t)
    if m:  # a theme, then nothing, its second word or a summary letter ("Generelt bemærkes ..." is a sentence)
        rest = t[m.end() :].strip()
        second = _THEME_SECOND.get(m.group("first"))
        if second:
            rest = re.sub(rf"^{second}(?=\s|$|[a-z]\))", "", rest).strip()
        return not rest or bool(SUMMARY_START.match(rest))
    return bool(SUMMARY_START.match(t) or NO_RESPONSE.match(t))


def _find_rows(lines: list[_Line]) -> list[_Row]:
    rows: list[_Row] = []
    i = 0
    # The header (column titles) precedes the first row: skip until something looks like a row start.
    while i < len(lines):
        ln = lines[i]
        row = _row_start_at(lines, i)
        if row is None:
            if rows:
                rows[-1].lines.append(ln)
            i += 1
            continue
        row, consumed = row
        rows.append(row)
        i += consumed
    return rows


def _row_start_at(lines: list[_Line], i: int) -> tuple[_Row, int] | None:
    ln = lines[i]
    text = ln.text
    m = ROW_START.match(text)
    if m and _name_ok(m.group("name")):
        rest = m.group("rest")
        return _Row(ln, [m.group("name")], [_Line(ln.no, rest, ln.page)], (m.group("prefix") or "").strip()), 1
    # A name alone on its line, wrapped over up to 4 lines, then the row body.
    bm = BULLET.match(text)
    first = bm.group("name") if bm else text.strip()
    if not (bm or (len(text.strip()) <= COMMENT_MAX and re.match(r"^\s?[A-ZÆØÅ]", text) and _name_ok(first))):
        return None
    if not _name_ok(first.rstrip(",")) and not bm:
        return None
    parts = [first]
    for j in range(i + 1, min(i + 6, len(lines))):
        nxt = lines[j].text
        if _starts_row_body(nxt):
            if not bm and not _name_ok(" ".join(parts).rstrip(","), max_len=140):
                return None
            return _Row(ln, parts, [lines[j]], bm.group("prefix") if bm else ""), j - i + 1
        t = nxt.strip()
        # a name goes on only over short lines that are neither a new row nor a label
        if (
            len(t) > COMMENT_MAX
            or ROW_START.match(nxt)
            or BULLET.match(t)
            or THEME_FRAGMENT.match(t)
            or HANDLING_START.match(t)
        ):
            return None
        parts.append(t)
    return None


# --- one row ---------------------------------------------------------------------------------------------------------


@dataclass
class RowFields:
    respondent: str
    line_start: int
    line_end: int
    page: int
    theme: str | None = None
    letter: str | None = None
    is_remark: bool = False
    summary: str | None = None
    handling: str | None = None
    handling_raw: str | None = None
    handling_ref: str | None = None  # "PIU" in "Samme håndtering som ved PIU"
    respondent_type: str | None = None  # given by a table file's type column; else inferred from the name
    handling_source: str | None = None  # where handling came from: cell, meaning, yes_no, comment, reply, manifest
    text_change: str | None = None
    # the part of a reply shared by several points that answers this one ("Ad 2) …"), where the layout tells
    reply_part: str | None = None
    quote: str | None = None
    quote_pages: list[int] = field(default_factory=list)
    raw_text: str = ""
    table: str | None = None  # table rows: the table's name and the row's number in it
    table_row: int | None = None
    label: str | None = None  # prose: the point's number as printed ("2" in "2. Kommunen ønsker …"), for joins


def _take_theme(segs: list[_Line]) -> tuple[str | None, list[_Line]]:
    """Consume a theme at the start of segs; return it and the segments after it (the first possibly shortened)."""
    if not segs:
        return None, segs
    t = segs[0].text.strip()
    m = THEME_AT.match(t)
    if not m:
        return None, segs
    first = m.group("first")
    rest = t[m.end() :].strip()
    segs = [_Line(segs[0].no, rest, segs[0].page)] + segs[1:]
    second = _THEME_SECOND.get(first)
    if second:
        # the second word is on this line ("Lægedækning og tilgængelighed") or on the next one
        for k in (0, 1):
            if k < len(segs):
                mm = re.match(rf"^\s*{second}(?=\s|$|[a-z]\))", segs[k].text)
                if mm and (k == 0 or not segs[0].text.strip()):
                    segs = segs[k:]
                    segs[0] = _Line(segs[0].no, segs[0].text[mm.end() :].strip(), segs[0].page)
                    break
    # the theme ends: drop an emptied segment
    if segs and not segs[0].text.strip():
        segs = segs[1:]
    return _CANON_THEME[first], segs


def _match_handling(segs: list[_Line], k: int, pos: int) -> tuple[str, str, str | None, list[_Line]] | None:
    """Match a full handling phrase starting at segs[k].text[pos:], possibly wrapping to the next line.

    Returns (code, raw, ref, remaining segments after the phrase).
    """
    joined = segs[k].text[pos:]
    nxt = segs[k + 1].text if k + 1 < len(segs) else ""
    for pat, code in HANDLING_FULL:
        m = pat.match(joined)
        if m:
            rest = joined[m.end() :]
            return (
                code,
                fold(m.group(0)),
                (m.groupdict().get("ref")),
                [_Line(segs[k].no, rest.strip(), segs[k].page)] + segs[k + 1 :],
            )
        both = joined.rstrip() + " " + nxt.strip()
        m = pat.match(both)
        if m and m.end() > len(joined.rstrip()):
            cut = m.end() - len(joined.rstrip()) - 1  # characters of the next line used
            rest = nxt.strip()[cut:]
            return (
                code,
                fold(m.group(0)),
                m.groupdict().get("ref"),
                [_Line(segs[k + 1].no, rest.strip(), segs[k + 1].page)] + segs[k + 2 :],
            )
    return None


def _split_wide(text: str) -> tuple[str, str]:
    """Split a line holding the end of a comment and the start of a quote, e.g.
    "Er beskrevet afsnit 1.6, s. 5, 1. afsnit. Bemærkning j PLO-Hovedstaden henleder i den"."""
    best = None
    for m in re.finditer(r"\s+(?=[A-ZÆØÅ\"“”])", text):
        left = text[: m.start()]
        if 0 < len(left) <= COMMENT_MAX + 2:
            best = m
    if best is None:
        return "", text
    return text[: best.start()].strip(), text[best.end() :].strip()


def _parse_row(row: _Row) -> RowFields:
    name = fold(" ".join(row.name_parts)) or ""
    segs = [s for s in row.lines]
    last = max([row.start.no] + [s.no for s in segs if s.text.strip()])
    f = RowFields(respondent=name, line_start=row.start.no, line_end=last, page=row.start.page)
    f.raw_text = fold(" ".join([name] + [s.text for s in segs])) or ""

    # 1. header: theme, or a no-response cell
    f.theme, segs = _take_theme(segs)
    head = " ".join(s.text.strip() for s in segs[:3])
    if NO_RESPONSE.match(segs[0].text if segs else "") or re.match(r"^Der er ikke\s+fremsendt", head):
        f.handling, f.handling_raw = "intet_svar", NO_RESPONSE_RAW
        return f
    if not segs:
        return f

    # 2. summary, with its letter
    m = SUMMARY_START.match(segs[0].text)
    if m:
        f.is_remark = bool(m.group("remark"))
        f.letter = m.group("letter") or m.group("rletter")
        segs = [_Line(segs[0].no, segs[0].text[m.end() :], segs[0].page)] + segs[1:]
    summary: list[str] = []
    post: list[_Line] = []
    has_handling = any(HANDLING_START.search(s.text) for s in segs)
    k = 0
    while k < len(segs):
        s = segs[k]
        hm = HANDLING_START.search(s.text)
        if hm:
            got = _match_handling(segs, k, hm.start())
            if got:
                summary.append(s.text[: hm.start()])
                f.handling, f.handling_raw, f.handling_ref, post = got
                break
        summary.append(s.text)
        # NOTE: a row with no handling cell (København e, Helsingør "Bemærkning a)") goes straight from the
        # summary to the comment or quote; the summary column is wide, so its last line is the first short one.
        if not has_handling and s.text.strip() and len(s.text.rstrip()) < SUMMARY_FULL and "".join(summary).strip():
            post = segs[k + 1 :]
            break
        k += 1
    f.summary = fold(" ".join(summary))

    # 3. comment ("Kommentar og/eller forslag til tekstændring") then quote ("Høringssvaret")
    comment, quote = _split_comment_quote([s.text.strip() for s in post if s.text.strip()])
    f.text_change = fold(_join(comment))
    f.quote = fold(_join(quote))
    f.quote_pages = _pages(f.quote or "")
    return f


def _split_comment_quote(lines: list[str]) -> tuple[list[str], list[str]]:
    """Comment lines are narrow, quote lines wide; the quote starts at the first wide line, or earlier where
    the lines before it are quote lines that wrapped mid-sentence."""
    wide = None
    for i, t in enumerate(lines):
        if REMARK_IN_QUOTE.match(t):  # PLO-H, LFHO, DSR: the quote opens with the respondent's own "Bemærkning b"
            return lines[:i], lines[i:]
        if len(t) > QUOTE_MAX:  # wider than one column: the end of the comment and the start of the quote
            left, right = _split_wide(t)
            return lines[:i] + ([left] if left else []), [right] + lines[i + 1 :]
        if len(t) > COMMENT_MAX:
            wide = i
            break
    if wide is None:
        return lines, []
    j = wide
    while j > 0:
        prev, word = lines[j - 1], lines[j].split()[0]
        if _ends_sentence(prev) or len(prev) + 1 + len(word) <= QUOTE_WRAP:
            break
        j -= 1
    return lines[:j], lines[j:]


def _ends_sentence(t: str) -> bool:
    return bool(re.search(r"[.!?:;\"”»)]\s*$", t))


def _join(parts: list[str]) -> str:
    """Join wrapped lines with a space, but glue a URL the PDF broke over lines."""
    out = ""
    for p in parts:
        if out and re.search(r"(?:https?://|www\.)\S*$", out) and (p.startswith("/") or out.endswith(("/", "-", "_"))):
            out += p
        else:
            out += (" " if out else "") + p
    return out


def _pages(quote: str) -> list[int]:
    pages: set[int] = set()
    for pat in PAGE_MARKERS:
        for m in pat.finditer(quote):
            a = int(m.group(1))
            b = int(m.group(2)) if m.lastindex and m.lastindex >= 2 and m.group(2) else a
            if 0 < a <= b < a + 20:
                pages.update(range(a, b + 1))
    return sorted(pages)


# --- respondents ------------------------------------------------------------------------------------------------------


def respondent_type(name: str) -> str:
    """Type a respondent by how Danish public bodies are named."""
    n = name.lower()
    if re.search(r"psykiatri$", n) or n.startswith("psykiatrien"):
        return "psykiatri"
    if re.search(r"hospital|sygehus", n):
        return "hospital"
    if re.search(r"\bi region\b", n) or n.startswith("regions") or n.startswith("region "):
        return "region"
    if re.search(r"styrelse|ministeri|tilsyn\b|ombud", n):
        return "myndighed"
    if re.search(r"kommune|kommuner\b", n) or re.search(r"(ældre|handicap|senior)[\w-]*\s*(og\s+\w+)?råd", n):
        return "kommune"
    return "organisation"


def _repair_names(fields_: list[RowFields]) -> None:
    """Join names the PDF split ("Kø benhavns Kommune") to the spelling used most often."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    for f in fields_:
        spellings[re.sub(r"\s+", "", f.respondent).lower()][f.respondent] += 1
    best = {k: c.most_common(1)[0][0] for k, c in spellings.items()}
    for f in fields_:
        f.respondent = best[re.sub(r"\s+", "", f.respondent).lower()]


def _infer_types(fields_: list[RowFields]) -> dict[str, str]:
    """Type each respondent by name. A name with no type word that calls itself by an acronym of its
    initials plus H ("Amager og Hvidovre" -> "AHH") is a hospital."""
    types = {f.respondent: f.respondent_type or respondent_type(f.respondent) for f in fields_}
    text_by: dict[str, str] = defaultdict(str)
    for f in fields_:
        if f.respondent:
            text_by[f.respondent] += " " + (f.raw_text or "")
    for name, t in types.items():
        if t != "organisation":
            continue
        initials = "".join(w[0] for w in re.findall(r"[A-ZÆØÅ][\wæøå-]+", name)).upper()
        if len(initials) >= 2 and re.search(rf"\b{initials}H\b", text_by[name]):
            types[name] = "hospital"
    return types


def _themes(fields_: list[RowFields], labels: dict[int, list[str]]) -> None:
    """Merged theme cells: carry a respondent's explicit theme forward; else use an unambiguous floating label."""
    last: dict[str, str] = {}
    pending: dict[int, list[RowFields]] = defaultdict(list)
    for f in fields_:
        if f.theme:
            last[f.respondent] = f.theme
        elif f.handling == "intet_svar":
            continue
        elif f.respondent in last:
            f.theme = last[f.respondent]
        else:
            pending[f.page].append(f)
    for page, rows in pending.items():
        lab = labels.get(page) or []
        if len(lab) == 1 and len({r.respondent for r in rows}) == 1:
            for r in rows:
                r.theme = lab[0]


def _acronym_owner(fields_: list[RowFields], acronym: str, exclude: str) -> str | None:
    """The respondent an acronym like 'PIU' stands for: the one whose own rows use it most."""
    counts: Counter = Counter()
    for f in fields_:
        if f.respondent != exclude and re.search(rf"\b{re.escape(acronym)}\b", f.raw_text or ""):
            counts[f.respondent] += 1
    if counts:
        return counts.most_common(1)[0][0]
    initials = {f.respondent for f in fields_ if _initials(f.respondent).startswith(acronym.lower()[:2])}
    return next(iter(initials), None)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.lower().split() if w)


def _resolve_references(fields_: list[RowFields]) -> dict[int, tuple[str, str | None]]:
    """'Samme håndtering som ved PIU' rows take the handling of the PIU row their summary names ("PIUs j)")."""
    out: dict[int, tuple[str, str | None]] = {}
    for idx, f in enumerate(fields_):
        if f.handling != "reference" or not f.handling_ref:
            continue
        owner = _acronym_owner(fields_, f.handling_ref, f.respondent)
        m = re.search(rf"{re.escape(f.handling_ref)}s?\s+(?:bemærkning\s+)?([a-z])\)", f.summary or "", re.I)
        target = None
        if owner and m:
            target = next((g for g in fields_ if g.respondent == owner and g.letter == m.group(1)), None)
        out[idx] = (f"{owner} {m.group(1)}" if owner and m else None, target.handling if target else None)
    return out


# --- public API -------------------------------------------------------------------------------------------------------


def parse_hoeringsnotat_text(text: str) -> list[RowFields]:
    """Parse the flattened høringsnotat table into rows (fields only; see to_records)."""
    lines = _text_lines(text)
    lines, labels = _strip_floating_labels(lines)
    rows = _find_rows(lines)
    fields_ = [_parse_row(r) for r in rows]
    _repair_names(fields_)
    _themes(fields_, labels)
    return fields_


# a footnote's mark glued to the end of a party's name ("Naboforeningen Kærby²", "Lokalrådet¹⁾"): no part of it
FOOTNOTE_MARK = re.compile(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰]+\)?$")


def finish_rows(fields_: list[RowFields]) -> list[dict]:
    """Respondent types and references, then plain dicts in the reference-row format."""
    for f in fields_:
        if f.respondent and FOOTNOTE_MARK.search(f.respondent):
            f.respondent = FOOTNOTE_MARK.sub("", f.respondent)
    types = _infer_types(fields_)
    refs = _resolve_references(fields_)
    out = []
    for idx, f in enumerate(fields_):
        d = {
            "line_start": f.line_start,
            "line_end": f.line_end,
            "page": f.page,
            "respondent": f.respondent,
            "respondent_type": types[f.respondent],
            "theme": f.theme,
            "letter": f.letter,
            "is_remark": f.is_remark,
            "summary": f.summary,
            "handling": f.handling,
            "handling_raw": f.handling_raw,
            "handling_direct": None,
            "refers_to": None,
            "text_change": f.text_change,
            "quote": f.quote,
            "quote_pages": f.quote_pages,
            "raw_text": f.raw_text,
            "handling_source": f.handling_source or ("cell" if f.handling_raw else None),
            "table": getattr(f, "table", None),
            "table_row": getattr(f, "table_row", None),
        }
        if idx in refs:
            refers_to, resolved = refs[idx]
            d["handling_direct"] = "samme_som_reference"
            d["refers_to"] = refers_to
            d["handling"] = resolved
        out.append(d)
    return out


def record_id(doc: str, doc_hash: str, position: int) -> str:
    """Deterministic: the same file under the same name gives the same ids; two identical files under two names
    (a copy) do not collide."""
    import hashlib

    return f"{hashlib.sha256(f'{doc}|{doc_hash}'.encode()).hexdigest()[:16]}:{position:05d}"


def rows_to_records(rows: list[dict], doc: str, doc_hash: str, title: str, publisher: str | None) -> list[Record]:
    """One Record per row; its text is the row as printed (all cells, whitespace folded)."""
    recs = []
    for pos, d in enumerate(rows):
        recs.append(
            Record(
                id=record_id(doc, doc_hash, pos),
                doc=doc,
                kind="hoeringsnotat",
                doc_kind="hoeringsnotat",
                doc_hash=doc_hash,
                position=pos,
                title=title,
                publisher=publisher,
                text=d["raw_text"],
                section=" · ".join(
                    x
                    for x in (
                        d["respondent"],
                        d["letter"] and f"punkt {d['letter']}",
                        d.get("table") and f"{d['table']}, række {d.get('table_row')}",
                    )
                    if x
                ),
                page=d.get("page"),
                line_start=d.get("line_start"),
                line_end=d.get("line_end"),
                respondent=d["respondent"],
                respondent_type=d["respondent_type"],
                theme=d["theme"],
                letter=d["letter"],
                is_remark=d["is_remark"],
                summary=d["summary"],
                handling=d["handling"],
                handling_raw=d["handling_raw"],
                handling_direct=d.get("handling_direct"),
                refers_to=d.get("refers_to"),
                text_change=d["text_change"],
                quote=d["quote"],
                quote_pages=d["quote_pages"] or [],
                handling_source=d.get("handling_source"),
                table=d.get("table"),
                table_row=d.get("table_row"),
            )
        )
    return recs


def looks_like_hoeringsnotat(text: str) -> bool:
    """A flattened høringsnotat: its header names the columns and rows carry handling phrases."""
    head = text[:3000]
    return "Høringspart" in head and "Håndtering" in head and len(HANDLING_START.findall(text)) >= 3


# --- the same table as DOCX / XLSX / CSV / PDF ------------------------------------------------------------------------


def match_columns(header: list[str], rows: list[list[str]] | None = None) -> dict[str, int]:
    """Map fields to column indexes by header and cells (see ingest/columns.py); "comment" and "change" both feed
    text_change."""
    from ingest.columns import infer_columns

    return infer_columns(header, rows or []).roles


def is_hoeringsnotat_table(header: list[str], rows: list[list[str]] | None = None) -> bool:
    from ingest.columns import infer_columns

    return infer_columns(header, rows or []).is_hoeringsnotat


# a page's footer or number caught in a table's rows: "Side 1 af 2", "Page 3", "2/5", "7"
PAGE_FOOTER = re.compile(r"^(?:(?:side|page)\s*\d+(?:\s*(?:af|of|/)\s*\d+)?|\d+\s*(?:af|of|/)\s*\d+|\d+)$", re.I)
# a table's total row: "I alt", "Total", "Sum" with counts beside it
# a cell that goes on from the row above: "(fortsat) …", "(forts.) …", "(continued) …"
CONTINUED_MARK = re.compile(r"^\((?:fortsat|forts\.|fortsættelse|continued|cont\.)\)\s*", re.I)


def _continued_row(row: list[str], above: list[str], cols: dict[str, int]) -> bool:
    """A row that only carries on the point above it (the remark ran out of its row, in a sheet or a Word table): no
    number and no party of its own where the row above has a number, its outcome and answer empty or the same as
    above (a merged cell), and its remark opens "(fortsat)", in lower case, or goes on from a remark cut mid-sentence."""

    def at(r: list[str], role: str) -> str:
        i = cols.get(role)
        return (r[i] or "").strip() if i is not None and i < len(r) else ""

    if "point" not in cols or "summary" not in cols or not at(above, "point"):
        return False
    own = at(row, "point")
    # NOTE: the number repeated with a mark that says so ("2 (fortsat)", "4 (forts.)"): the row carries on point 2
    mark = re.match(r"^(?P<no>\S{1,8}?)\s*\((?:fortsat|forts\.?|fortsættelse|continued|cont\.?)\)$", own, re.I)
    if own and not (mark and mark.group("no").rstrip(".") == at(above, "point").rstrip(".")):
        return False
    said, before = at(row, "summary"), at(above, "summary")
    # NOTE: a row marked as carrying on ("2 (fortsat)", "… skiltning ved …") may hold the outcome the row above left
    # empty
    marked = bool(mark or CONTINUED_MARK.match(said) or said.startswith(("…", "...")))
    # NOTE: a party's name merged down its rows is read into every row it spans (an export with the sender merged
    # over its rows): the same name as above does not stop a row that says it goes on ("(fortsat) …") from being so
    same_party = bool(mark or CONTINUED_MARK.match(said)) and at(row, "respondent") == at(above, "respondent")
    if (at(row, "respondent") and not same_party) or any(
        at(row, x) and at(row, x) != at(above, x) and not (marked and x == "handling" and not at(above, x))
        for x in ("handling", "theme")
    ):
        return False
    if not said or not before:
        return False
    return bool(CONTINUED_MARK.match(said) or said[:1].islower() or not re.search(r"[.!?:)»\"”]$", before))


def _join_continued_rows(rows: list[list[str]], numbers: list[int], pages, cols: dict[str, int]):
    """Rows that carry on the point above (see _continued_row) joined to it, each cell's new text after the old."""
    out_rows: list[list[str]] = []
    out_numbers: list[int] = []
    out_pages: list = []
    for k, (row, no) in enumerate(zip(rows, numbers)):
        if out_rows and _continued_row(row, out_rows[-1], cols):
            above = out_rows[-1]
            for i, c in enumerate(row):
                if i == cols.get("point"):
                    continue  # "2 (fortsat)": the point's own number stays as it was
                c = CONTINUED_MARK.sub("", (c or "").strip())
                if i < len(above) and c and c != (above[i] or "").strip():
                    # a cut marked on both sides ("… en plan for …" / "… skiltning …"): the marks go, the words join
                    before = (above[i] or "").strip()
                    if before.endswith(("…", "...")) and c.startswith(("…", "...")):
                        before, c = before.rstrip(".… "), c.lstrip(".… ")
                    above[i] = f"{before} {c}".strip()
            continue
        out_rows.append(list(row))
        out_numbers.append(no)
        if pages:
            out_pages.append(pages[k] if k < len(pages) else None)
    return out_rows, out_numbers, (out_pages if pages else pages)


TOTAL_ROW = re.compile(r"^(?:i alt|total[t]?|sum|samlet|in total|grand total)\s*:?$", re.I)
# a table row's summary saying the party did not respond
NO_RESPONSE_CELL = re.compile(
    r"^(?:(?:intet|ingen)\s+(?:høringssvar|svar)(?:\s+(?:modtaget|indkommet))?|ingen\s+bemærkninger modtaget|"
    r"(?:der\s+er\s+|har\s+)?ikke\s+(?:afgivet|indsendt|fremsendt|modtaget)\s+(?:noget\s+)?(?:høringssvar|svar)(?:\s+fra\s+(?:denne|den|parten|den\s+pågældende)(?:\s+part)?)?(?:\s+(?:inden|før)(?:\s+for)?\s+(?:den\s+)?[a-zæøå]*fristen?s?(?:\s+udløb)?)?|(?:høringssvar\s+)?ikke\s+modtaget|no\s+response(?:\s+received)?)\s*\.?$",
    re.I,
)


# a row introducing the parties that did not answer: "Følgende hørte parter har ikke afgivet høringssvar:"
SILENT_LIST_ROW = re.compile(
    r"\bikke (?:har )?(?:afgivet|indsendt|fremsendt|sendt|givet)\s+(?:\w+\s+)?(?:høringssvar|svar|bemærkninger)|"
    r"\b(?:intet|ingen|ikke) (?:\w+ )?(?:modtaget|indkommet) (?:\w+ )?(?:høringssvar|svar)",
    re.I,
)

# a group row's own number before the party's name ("3. Ørby Kommune", "4) Ørby Ældreråd")
GROUP_NUMBER = re.compile(r"^\d{1,2}\s?[.)]\s+(?=[A-ZÆØÅ])")

# a count under the party's name in its cell ("Ørby Kommune\n3 bemærkninger"): not part of the name
# a point's number alone in the party's cell ("1.1", "12.3", "4.2.")
POINT_NUMBER_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$")

COUNT_TAIL = re.compile(
    r"\s+\(?\d{1,2}\s+(?:bemærkning(?:er)?|punkt(?:er)?|høringssvar|remarks?|points?|comments?)\)?\s*$", re.I
)


# the date the response came in, on a line of its own under the party's name in its cell ("Ørby Kommune\nModtaget
# 09.01.2026", "Indkommet den 3. marts 2026"): not part of the name
RECEIVED_TAIL = re.compile(
    r"\s+\(?(?:modtaget|indkommet|indsendt|fremsendt|received)(?:\s+den)?\s*:?\s*"
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4})\)?\.?\s*$",
    re.I,
)


def parse_hoeringsnotat_table(
    header: list[str],
    rows: list[list[str]],
    row_numbers: list[int],
    mapping=None,
    notes=None,
    handling_map: dict[str, str] | None = None,
    embedder=None,
    row_pages: list[int | None] | None = None,
    table_name: str | None = None,
    legend: dict[str, tuple[str, str]] | None = None,
    ticked: bool = False,
) -> list[RowFields]:
    """Rows of a høringsnotat table; empty respondent/theme cells (merged cells) repeat the row above.

    Handling: the handling cell by wording, then by meaning (the embedder); a bare Ja/Nej ("Ændring" column) is read
    together with the comment; with no handling cell the comment says it ("Planen tilrettes: ..." is a change).
    Cells that stay unplaced are counted in notes, never silently null."""
    from ingest.columns import infer_columns
    from ingest.handling import by_meaning, classify_prose, semantic
    from ingest.notes import FileNotes

    mp = mapping or infer_columns(header, rows)
    cols = mp.roles
    notes = notes if notes is not None else FileNotes()
    hmap = {k.strip().lower(): v for k, v in (handling_map or {}).items()}
    from ingest.prose import ANSWERED_HEADER

    # a column that says whether the party answered ("Svar modtaget": Ja/Nej): a "Nej" row with no text is a
    # consulted party that did not respond
    answered = [i for i, h in enumerate(header) if h and ANSWERED_HEADER.search(h.strip()) and i not in cols.values()]

    def cell(row: list[str], fld: str) -> str | None:
        i = cols.get(fld)
        return fold(row[i]) if i is not None and i < len(row) else None

    from ingest.columns import _party_like, label_rows

    rows, row_numbers, row_pages = _join_continued_rows(rows, row_numbers, row_pages, cols)
    labels = label_rows(rows)
    out: list[RowFields] = []
    pending_meaning: list[tuple[RowFields, str]] = []
    prev_resp, prev_theme = None, None
    label_resp, label_theme = None, None
    silent_list = False  # the rows below a row that introduces the parties that did not answer
    for k, (row, no) in enumerate(zip(rows, row_numbers)):
        if not any((c or "").strip() for c in row):
            continue
        if k in labels and label_resp and "summary" in cols and NO_RESPONSE_CELL.match(fold(labels[k]) or ""):
            # a merged row under a party's group row that says the party did not answer ("Har ikke afgivet
            # høringssvar."): the party's one row, its status in the summary's cell
            row = ["" for _ in row]
            row[cols["summary"]] = labels[k]
        elif k in labels and SILENT_LIST_ROW.search(labels[k]) and labels[k].rstrip().endswith(":"):
            # NOTE: a row across the table introducing the parties that did not answer ("Følgende hørte parter har
            # ikke afgivet høringssvar:"): the names on the rows below it (one cell each) are no points
            silent_list, label_resp, prev_resp, prev_theme = True, None, None, None
            continue
        elif k in labels:  # a label row across the table: the respondent (or theme) of the rows below it
            silent_list = False
            label = GROUP_NUMBER.sub("", labels[k])  # "3. <party>": the group's number is no part of the name
            if "respondent" not in cols and (mp.party_labels and _party_like(label)):
                label_resp, prev_resp, prev_theme = label, None, None
            else:
                label_theme = labels[k]
            continue
        if len(row) >= 2 and len(row[0] or "") > 120 and all(c == row[0] for c in row):
            continue  # a long note across the table (a legend line under the rows), never a point
        if silent_list:
            names = list(dict.fromkeys((c or "").strip() for c in row if (c or "").strip()))
            if len(names) == 1 and _name_ok(names[0], 100) and not re.search(r"[.!?]$", names[0]):
                page = row_pages[k] if row_pages and k < len(row_pages) else None
                f = RowFields(respondent=names[0], line_start=no, line_end=no, page=page)
                f.table, f.table_row = table_name, k + 1
                f.handling, f.handling_raw, f.handling_source = "intet_svar", NO_RESPONSE_RAW, "no_response"
                f.raw_text = fold(names[0]) or ""
                out.append(f)
                continue
            silent_list = False
        if all(PAGE_FOOTER.match(fold(c) or "") for c in row if (c or "").strip()):
            continue  # a page footer the table's rows run through ("Side 1 af 2"), never a point
        filled = [(c or "").strip() for c in row if (c or "").strip()]
        if (
            legend
            and len(filled) == 2
            and (legend.get(filled[0].lower().rstrip(".:")) or ("", ""))[1].lower() == filled[1].lower().rstrip(".")
        ):
            continue  # a legend row under the data ("A | Planen ændres" in the first two columns), never a point
        ri = cols.get("respondent")
        own = cell(row, "respondent")
        rest = [(c or "").strip() for i, c in enumerate(row) if i != ri]
        if own and TOTAL_ROW.match(own) and all(re.fullmatch(r"[\d.,\s%-]*", c) for c in rest):
            continue  # a total row ("I alt;11;;;"), never a point
        if filled and TOTAL_ROW.match(filled[0]) and all(re.fullmatch(r"[\d.,\s%-]*", c) for c in filled[1:]):
            continue  # the total in the first column, the count under the party's ("I alt;13;;;"), never a point
        if own and _sub_header(own, filled):
            # a small table's own header under the points ("Indsender | Status" over the parties that did not
            # answer): the names below it are no longer the rows above's
            prev_resp, prev_theme, label_resp = None, None, None
            continue
        point_fields = ("summary", "comment", "change", "quote", "handling")
        if own and POINT_NUMBER_CELL.match(own) and prev_resp and any(cell(row, x) for x in point_fields):
            # NOTE: a point row whose party cell holds only the point's number ("2.3") under a group row that names
            # the party (the group's count and kind beside it): the party is the group row's
            own = None
        elif own and not any(cell(row, x) for x in point_fields):
            after = next((r for r in rows[k + 1 :] if any((c or "").strip() for c in r)), None)
            below = (after[ri] or "").strip() if after is not None and ri is not None and ri < len(after) else None
            if below is not None and POINT_NUMBER_CELL.match(below) and not POINT_NUMBER_CELL.match(own):
                # a group row (the party's name, its kind, a count of its remarks, no remark of its own) over point
                # rows that carry only a number in the party's column ("1.1", "1.2"): the party of the rows below
                prev_resp, prev_theme = own, None
                continue
        if own and not any(rest):
            after = next((r for r in rows[k + 1 :] if any((c or "").strip() for c in r)), None)
            if after is not None and ri is not None and ri < len(after) and not (after[ri] or "").strip():
                # a group row that holds only the party's name: the point rows below it leave the name blank
                prev_resp, prev_theme = own, None
                continue
            if after is not None and ri is not None and ri < len(after) and _group_band(own):
                # a band over a group of parties, by kind ("Kommuner", "Sygehuse og praksis"): the rows below name
                # their own parties, so it is no party
                prev_resp, prev_theme = None, None
                continue
        if not own and not any(cell(row, x) for x in ("summary", "comment", "change", "quote", "handling")):
            # NOTE: a row with none of a point's own fields (a legend row under the data, "ÆND | Ændret", or its
            # heading in the first column) is no point, even though the name above it would carry down
            continue
        resp = own or prev_resp or label_resp
        if not resp:
            notes.warn(f"row {no}: no respondent and none above it; kept as a plain table row")
            continue
        theme = cell(row, "theme")
        if theme is None and resp == prev_resp:
            theme = prev_theme
        theme = theme or label_theme
        name = COUNT_TAIL.sub("", RECEIVED_TAIL.sub("", re.sub(r"^[•o\-–]\s+", "", resp))).strip()
        page = row_pages[k] if row_pages and k < len(row_pages) else None
        f = RowFields(respondent=name, line_start=no, line_end=no, page=page)
        f.table, f.table_row = table_name, k + 1  # the row's number in the table (label rows count)
        f.theme = _canon_theme(theme)
        summary = cell(row, "summary") or ""
        m = SUMMARY_START.match(summary)
        if m and summary:
            f.is_remark = bool(m.group("remark"))
            f.letter = m.group("letter") or m.group("rletter")
            summary = summary[m.end() :]
        letter = cell(row, "point")
        if letter:
            f.letter = letter.strip("() .").lower() or f.letter
        f.summary = fold(summary)
        comment = fold(" ".join(x for x in (cell(row, "comment"), cell(row, "change")) if x))
        f.text_change = comment
        f.quote = cell(row, "quote")
        f.quote_pages = _pages(f.quote or "")
        raw = cell(row, "handling")
        f.handling_raw = raw
        said_no = any(i < len(row) and re.fullmatch(r"(?i:nej|no)\.?", (row[i] or "").strip()) for i in answered)
        # NOTE: a status cell in another column ("Ungdomsrådet | Intet svar modtaget" in a small table of the parties
        # that did not answer, below the points) says it too
        said_no = said_no or any(
            i != ri and NO_RESPONSE_CELL.match((fold(c) or "").strip("() ")) for i, c in enumerate(row)
        )
        if (
            (NO_RESPONSE_CELL.match((f.summary or "").strip("() ")) or said_no and not (f.summary or "").strip("–—- "))
            and not (comment or "").strip("–—- ")
            and not (raw or "").strip("–—- ")
        ):
            # a consulted party's row that says it did not respond ("Intet høringssvar", handling "–")
            if NO_RESPONSE_CELL.match((f.theme or "").strip("() ")):
                f.theme = None  # the status in the theme's column
            f.summary, f.handling, f.handling_raw, f.handling_source = (
                None,
                "intet_svar",
                NO_RESPONSE_RAW,
                "no_response",
            )
        else:
            _row_handling(
                f, raw, comment, hmap, notes, pending_meaning, has_column="handling" in cols, legend=legend or {}
            )
            if ticked and f.handling == "ingen_aendring" and f.handling_source == "cell" and comment:
                # NOTE: an outcome ticked in a column or flagged yes/no ("X" under "Ikke ændret") says only whether
                # the plan text changed, as a bare Nej does: read with the comment, "indgår i det videre arbejde" is
                # implementering and "ligger uden for planen" uden_for_rammerne
                from ingest.handling import classify_prose

                said, _ = classify_prose(comment)
                if said in ("implementering", "uden_for_rammerne"):
                    f.handling, f.handling_source = said, "yes_no"
            if f.handling == "intet_svar" and NO_RESPONSE_CELL.match((f.summary or "").strip("() ")):
                f.summary = None  # "(intet høringssvar)" beside the code for no response: a placeholder, no point
        f.raw_text = fold(" ".join(x for x in (resp, theme, cell(row, "summary"), raw, comment, f.quote) if x)) or ""
        rtype = cell(row, "respondent_type")
        if rtype:
            low = rtype.lower()
            f.respondent_type = next(
                (
                    t.value
                    for t, term in RESPONDENT_TYPE_TERMS.items()
                    if low in (t.value, term.da.lower(), term.short_da.lower(), term.en.lower())
                ),
                None,
            )
        out.append(f)
        prev_resp, prev_theme = resp, theme
    if pending_meaning:
        sem = semantic(embedder)
        cells = sorted({c for _, c in pending_meaning})
        found = dict(zip(cells, sem.match(cells))) if sem else {}
        for f, c in pending_meaning:
            hit = found.get(c)
            if hit and hit.code:
                f.handling, f.handling_source = hit.code, "meaning"
                notes.by_meaning[f"{c} -> {hit.code} (nearest: {hit.example!r}, {hit.score:.2f})"] += 1
                if hit.near:
                    notes.warn(f"near-tie by meaning: {c[:60]!r} -> {hit.code} (margin {hit.margin:.3f})")
                continue
            notes.unplaced[c] += 1
            code, _ = classify_prose(f.text_change)
            if code:
                f.handling, f.handling_source = code, "comment"
    # NOTE: no handling cell and a comment no wording places ("… som kommunens plan ikke kan regulere"): the comment's
    # sentences and clauses by meaning, as a prose reply's
    todo = [f for f in out if f.handling is None and f.text_change and f.handling_source != "no_response"]
    sem = semantic(embedder) if todo and "handling" not in cols else None
    for f in todo if sem else ():
        best = by_meaning(sem, f.text_change)
        if best:
            f.handling, f.handling_source = best[0], "meaning"
            notes.by_meaning[f"{best[1][:60]} -> {best[0]} (nearest: {best[2].example!r}, {best[2].score:.2f})"] += 1
            if best[2].near:
                notes.warn(f"near-tie by meaning: {best[1][:60]!r} -> {best[0]} (margin {best[2].margin:.3f})")
    if "handling" not in cols and any(f.handling_source != "no_response" for f in out):
        src = "the comment column" if "comment" in cols or "change" in cols else "nothing (no comment column either)"
        notes.warn(f"no handling column: handling read from {src}")
    _repair_names(out)
    return out


def _group_band(own: str) -> bool:
    """A kind of party in the plural, a few common words with only the first capitalised ("Kommuner", "Sygehuse og
    praksis", "Organisationer og råd"), never a party's own name."""
    words = own.split()
    return (
        len(words) <= 4
        and not re.search(r"[.!?:]$", own)
        and sum(1 for w in words if w[:1].isupper()) == 1
        and words[0][:1].isupper()
        and bool(re.search(r"(?:er|e)$", words[0]))  # a plural: "Kommuner", "Sygehuse", "Foreninger"
    )


def _sub_header(own: str, filled: list[str]) -> bool:
    """A row of a few short header words whose party cell names the party's role ("Indsender", "Høringspart")."""
    from ingest.columns import _header_scores
    from retrieval.vocab import ColumnRole

    return (
        len(filled) >= 2
        and len(own.split()) <= 3
        and all(len(c) <= 30 and not re.search(r"[.!?]$", c) for c in filled)
        and _header_scores(own).get(ColumnRole.RESPONDENT, (0.0, ""))[0] >= 2.5
    )


TEXT_CHANGE_CELL = re.compile(
    r"^(?:nyt?\s+)?(?:afsnit|kapitel|side|punkt|section|chapter)\s+\d[\w.]*\b[^:]{0,60}:", re.I
)


def _row_handling(
    f: RowFields,
    raw: str | None,
    comment: str | None,
    hmap: dict[str, str],
    notes,
    pending: list,
    has_column: bool,
    legend: dict[str, tuple[str, str]] | None = None,
) -> None:
    from ingest.handling import classify_prose, handling_and_tier, is_yes_no

    if raw:
        if raw.strip().lower() in hmap:
            f.handling, f.handling_source = hmap[raw.strip().lower()], "manifest"
            return
        code_key = raw.strip().rstrip(".").lower()
        # NOTE: a word code the legend explains is read by the legend unless its own words decide it ("Ændres")
        if (
            legend and code_key in legend and (len(code_key) <= 4 or handling_and_tier(raw)[1] != "strong")
        ):  # a code the document's legend explains ("3" -> "Indgår i det videre …")
            f.handling, meaning = legend[code_key]
            f.handling_raw, f.handling_source = f"{raw.strip()} ({meaning})", "legend"
            if f.handling == "ingen_aendring" and comment:
                said, _ = classify_prose(comment)  # a "noted" code is read with the comment, as a weak cell is
                if said in ("implementering", "uden_for_rammerne") and handling_and_tier(meaning)[1] == "weak":
                    f.handling = said
            return
        if is_yes_no(raw):
            # NOTE: a Ja/Nej "Ændring" column says only whether the plan text changed; the comment says more:
            # Ja + "delvist" is delvist; Nej + "indgår i det videre arbejde" is implementering
            said, _ = classify_prose(comment)
            if raw.strip().lower()[0] in "jy":
                f.handling = "delvist" if said == "delvist" else "aendring"
            else:
                f.handling = said if said in ("implementering", "uden_for_rammerne") else "ingen_aendring"
            f.handling_source = "yes_no"
            return
        code, tier = handling_and_tier(raw)
        if TEXT_CHANGE_CELL.search(raw) and len(raw) > 25 and code in (None, "aendring"):
            # NOTE: a change column that holds the new plan text ('Afsnit 3.1 tilføjes: "…"', 'Nyt afsnit 2: "…"')
            # is a change, partial where the comment says the remark is only partly met ("imødekommes delvist")
            said, _ = classify_prose(comment)
            f.handling, f.handling_source = ("delvist" if said == "delvist" else "aendring"), "cell"
            return
        if code and tier == "weak" and comment:
            # NOTE: a short code that only notes the point ("Noteret", "Taget til efterretning") or only accepts it
            # ("Imødekommet") is read with the authority's comment, as a bare Ja/Nej is: "Noteret" + "indgår i det
            # videre arbejde" is implementering, "Noteret" + "ligger uden for planen" uden_for_rammerne, "Imødekommet"
            # + "delvist" delvist; "Noteret" with a comment that says no more stays ingen_aendring
            said, _ = classify_prose(comment)
            if code == "ingen_aendring" and said in ("implementering", "uden_for_rammerne"):
                code = said
            elif code == "aendring" and said == "delvist":
                code = said
        if code == "reference":
            f.handling = "reference"
            mref = re.search(r"som ved (\S+)", raw)
            f.handling_ref = mref.group(1) if mref else None
            f.handling_source = "cell"
            return
        if code:
            f.handling, f.handling_source = code, "cell"
            return
        if re.fullmatch(r"[\d.,\s%-]+", raw):
            notes.warn(
                f'numeric handling cell(s), e.g. {raw!r}: no handling value; map them in manifest.json ("handling_map")'
            )
            notes.unplaced[raw] += 1
            code, _ = classify_prose(comment)
            if code:
                f.handling, f.handling_source = code, "comment"
            return
        if PROCESS_STATUS.fullmatch(raw.strip().lower()):
            # NOTE: a case system's status "Besvaret" on every answered row says the point was dealt with, not how:
            # the comment decides, and the cell is no unplaced outcome
            code, _ = classify_prose(comment)
            if code:
                f.handling, f.handling_source = code, "comment"
            return
        if len(raw) <= 160:
            pending.append((f, raw))
            return
        code, _ = classify_prose(raw)  # a long handling cell is prose: its deciding sentence
        if code:
            f.handling, f.handling_source = code, "cell"
            return
        notes.unplaced[raw[:80]] += 1
        return
    # NOTE: no handling cell: where the comment says the plan was changed ("Planen tilrettes: ..."), that is a change
    code, _ = classify_prose(comment)
    if code:
        f.handling, f.handling_source = code, "comment"
    elif has_column:
        notes.unplaced["(empty)"] += 1


# a case's processing status, not its outcome: "Besvaret", "Behandlet", "Afsluttet"
PROCESS_STATUS = re.compile(
    r"(?:besvaret|behandlet|færdigbehandlet|afsluttet|sagsbehandlet|kommenteret|svar givet|svar sendt|answered|closed)\.?"
)


def _canon_theme(theme: str | None) -> str | None:
    if not theme:
        return None
    m = THEME_AT.match(theme)
    return _CANON_THEME[m.group("first")] if m else theme
