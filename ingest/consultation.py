"""Which consultation a document belongs to: the plan or agreement consulted on, and when.

A consultation (høring) is the unit staff ask about: "the health agreement consultation", "2023-høringen". Its
høringsnotat and the parties' own letters (høringssvar) carry the same consultation title, so the index can group,
filter and count by it. manifest.json can name it ("consultation", "date"); otherwise it is read from the document:
the title without "Høringsnotat:"/"høringssvar til", and the first date near the top of the text."""

from __future__ import annotations

import re

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("januar", "january", "jan"),
            ("februar", "february", "feb"),
            ("marts", "march", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
# full month names only: "mar" or "dec" alone are too often something else
_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("maj", "may")), key=len, reverse=True))
DATE_WORDS = re.compile(rf"\b(?:\d{{1,2}}\.?\s+)?({_MONTH})\.?\s+((?:19|20)\d\d)\b", re.I)
DATE_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)(?:-\d\d)?\b")
DATE_DMY = re.compile(r"\b\d{1,2}[./-](\d{1,2})[./-]((?:19|20)\d\d)\b")

# words that say what a document is, not what it is about
_LEAD = re.compile(
    r"^\s*(?:(?:endeligt?\s+|samlet\s+)?høringsnotat(?:et)?|notat|høringssvar|hoeringsnotat|consultation report|"
    r"høring)\b\s*[:\-–—,]?\s*"
    r"(?:(?:over|vedr\.?|vedrørende|om|til|for|af)\s+)?(?:(?:de\s+)?(?:indkomne\s+)?høringssvar(?:ene)?\s+"
    r"(?:til|over|vedr\.?|vedrørende|om)\s+)?(?:(?:forslag|udkast)\s+til\s+)?",
    re.I,
)


def consultation_title(declared: str | None, title: str) -> str:
    """The consultation's name: the manifest's, else the document title without its "Høringsnotat:" lead."""
    if declared and declared.strip():
        return declared.strip()
    title = title or ""
    if title and " " not in title.strip() and re.search(r"[-_]", title):
        title = re.sub(r"[-_]+", " ", title)  # a file name standing in for a title: "hoeringsnotat-psykiatriplan-2023"
    t = _LEAD.sub("", title).strip(" :-–—,")
    t = re.sub(r"\s+", " ", t)
    if not t:
        return (title or "").strip()
    return t[0].upper() + t[1:]


def consultation_date(declared: str | None, text: str) -> str | None:
    """ "YYYY-MM" (or "YYYY") from the manifest's "date", else the first date in the top of the document."""
    if declared and str(declared).strip():
        d = str(declared).strip()
        m = re.match(r"^((?:19|20)\d\d)(?:-(\d{1,2}))?", d)
        if m:
            return f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1)
        got = first_date(d)
        return got or d
    return first_date((text or "")[:2500])


def first_date(text: str) -> str | None:
    best: tuple[int, str] | None = None
    for rx, build in (
        (DATE_WORDS, lambda m: f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"),
        (DATE_ISO, lambda m: f"{m.group(1)}-{m.group(2)}" if 1 <= int(m.group(2)) <= 12 else None),
        (DATE_DMY, lambda m: f"{m.group(2)}-{int(m.group(1)):02d}" if 1 <= int(m.group(1)) <= 12 else None),
    ):
        m = rx.search(text)
        if m:
            value = build(m)
            if value and (best is None or m.start() < best[0]):
                best = (m.start(), value)
    return best[1] if best else None
