"""The one text toolkit. Text from outside (questions, names, contexts, CLI arguments) made safe to read: no lone
surrogates, control characters, direction overrides or invisible format characters; Danish letters and all other
text kept. And what every module compares or cites text with: whitespace folded (`squash`), accents folded (`fold`,
`fold_accents`), quotes and case normalised (`normalise_text`), sentences (`sentences`), and a record's place and
span as a citation names them (`place`, `span_parts`)."""

from __future__ import annotations

import re
import unicodedata

# Unicode categories dropped: Cc controls (but whitespace, which becomes a space), Cf format characters (direction
# overrides and isolates U+202A-202E/U+2066-2069, LRM/RLM, zero-width space/joiners, soft hyphen, BOM, tag
# characters), Cs lone surrogates (invalid on their own: they cannot be encoded as UTF-8) and Cn unassigned code
# points and noncharacters (U+FFFE, U+FFFF, ...).
_DROP = frozenset({"Cc", "Cf", "Cs", "Cn"})
_WHITESPACE = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
_ESCAPED = re.compile(r"[\udc80-\udcff]")  # bytes that were not UTF-8, as Python's surrogateescape keeps them
_ESCAPED_RUN = re.compile(r"[\udc80-\udcff]+")


def clean_text(s: str | None, *, keep_lines: bool = False) -> str:
    """s without the characters above, NFC-normalised (a + combining ring = å), runs of whitespace as one space
    (keep_lines: line breaks kept, other whitespace runs as one space) and stripped. "Hvad\\a sagde Gribskov?" ->
    "Hvad sagde Gribskov?"."""
    if not s:
        return ""
    if keep_lines:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        s = "\n".join(_SPACES.sub(" ", _drop(line)).strip() for line in s.split("\n"))
        return s.strip("\n")
    return _SPACES.sub(" ", _drop(s)).strip()


def _drop(s: str) -> str:
    s = _WHITESPACE.sub(" ", s)
    if s.isascii() and s.isprintable():
        return s  # the common case, fast
    s = "".join(c for c in s if unicodedata.category(c) not in _DROP)
    return unicodedata.normalize("NFC", s)


def from_os(s: str) -> str:
    """A command-line argument or file text whose bytes were not UTF-8 (Python keeps them as surrogates, see
    surrogateescape): those bytes read as Windows-1252, the usual other encoding of Danish text ("l\\xe6ger" ->
    "læger"); the rest, and valid text, unchanged."""
    if not s or not _ESCAPED.search(s):
        return s
    return _ESCAPED_RUN.sub(lambda m: _cp1252(m.group(0).encode("utf-8", "surrogateescape")), s)


def _cp1252(raw: bytes) -> str:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return raw.decode("latin-1")


def has_invalid(s: str) -> bool:
    """Does s hold a lone surrogate (text that cannot be written as UTF-8)?"""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def prefix(value, n: int = 80) -> str:
    """A short, printable prefix of a bad value for an error message ("…" and the full length when cut)."""
    s = value if isinstance(value, str) else repr(value)
    s = clean_text(s)
    return s if len(s) <= n else f"{s[:n]}… ({len(s)} characters)"


# --- comparing text ----------------------------------------------------------------------------------------------------


def squash(s: str | None) -> str:
    """Runs of whitespace (line breaks too) as one space, stripped; None as ""."""
    return _SPACES.sub(" ", s or "").strip()


def fold(s: str) -> str:
    """Lower case without accents, for comparing names: "Hillerød Kommune" -> "hillerød kommune", "é" -> "e"
    (NFKD: å loses its ring, æ and ø have no decomposition and stay)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def fold_accents(s: str) -> str:
    """Accents off, and Danish letters as they are typed without them: "ishoj" = "ishøj", "aeldre" = "ældre"."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return (
        s.replace("æ", "ae")
        .replace("ø", "o")
        .replace("å", "aa")
        .replace("Æ", "Ae")
        .replace("Ø", "O")
        .replace("Å", "Aa")
    )


def normalise_text(s: str) -> str:
    """For finding a quoted phrase in a text: lower case, no straight or curly quotes, whitespace folded."""
    s = s.lower().replace("”", '"').replace("“", '"').replace("’", "'").replace("‘", "'")
    s = re.sub(r"[\"']", "", s)
    return _SPACES.sub(" ", s).strip()


# a sentence ends at . ! ? before a capital, a digit, a quote or a bullet, and before a bullet ("• …")
# NOTE: no sentence ends at an abbreviation: "f.eks. Gilleleje", "bl.a. Region Hovedstaden", "ca. 55.000", "jf. § 3"
_ABBREV = "".join(
    rf"(?<!\b{re.escape(a)})"
    for b in (
        "f.eks.",
        "bl.a.",
        "jf.",
        "ca.",
        "evt.",
        "inkl.",
        "pga.",
        "mht.",
        "vedr.",
        "nr.",
        "kl.",
        "m.v.",
        "dvs.",
        "e.g.",
        "i.e.",
        "fx.",
        "hhv.",
        "iht.",
        "ift.",
    )
    for a in (b, b[0].upper() + b[1:])
)
SENTENCE = re.compile(rf"(?<=[.!?]){_ABBREV}\s+(?=[A-ZÆØÅ0-9\"”«•])|\s+(?=[•]\s)")
# NOTE: a model's cited text also ends a sentence at a citation key ("… [P2] Næste"), and "ca. 55.000" is no end
CITED_SENTENCE = re.compile(r"(?<=\])\s+(?=[A-ZÆØÅ0-9«“\"])|(?<=[.!?])\s+(?=[A-ZÆØÅ«“\"])")


def sentences(text: str, pattern: re.Pattern = SENTENCE, keep_space: bool = False) -> list[str]:
    """The sentences of a text, without empty ones; whitespace folded first unless keep_space (a model's text
    keeps its line breaks)."""
    return [p.strip() for p in pattern.split(text.strip() if keep_space else squash(text)) if p and p.strip()]


# --- citing ------------------------------------------------------------------------------------------------------------


def point_label(r) -> str:
    """A høringsnotat row (a Record or a Citation) as staff name it: respondent and point letter, "Gribskov Kommune f"."""
    return f"{r.respondent} {r.letter or ''}".strip()


def place(r) -> str:
    """Where a record is, in one phrase: respondent and letter for a høringsnotat row, else its section or title."""
    return point_label(r) if r.kind == "hoeringsnotat" and r.respondent else (r.section or r.title)


def cite_parts(c, lang: str = "da") -> list[str]:
    """A citation's place, as Slack, the web page and the exports' lines show it: respondent · point · handling ·
    page · lines · the høringsnotat's title (rows), or title · section · page · lines (plans). Never a file name."""
    from retrieval.wording import say

    parts = []
    cons = consultation_note(c, lang)
    if c.kind == "hoeringsnotat" and c.respondent:
        parts.append(c.respondent)
        if c.letter:
            parts.append(f"{say('point', lang)} {c.letter}")
        if c.handling:
            parts.append(handling_words(c.handling, lang))
        return [*parts, *span_parts(c, lang), c.title or c.doc, *([cons] if cons else [])]
    if c.kind == "hoeringssvar" and c.respondent:
        parts.append(f"{c.respondent}: {say('own_letter', lang)}")
    parts.append(c.title or c.doc)
    if cons:
        parts.append(cons)
    if c.section:
        parts.append(c.section)
    return [*parts, *span_parts(c, lang)]


def consultation_note(c, lang: str = "da") -> str | None:
    """ "høring: Sundhedsaftale 2024–2027" for a citation of a høringsnotat row or a party's letter, unless the
    document's title names the consultation already ("Høringsnotat — Sundhedsaftale 2024–2027")."""
    from retrieval.wording import say

    cons = getattr(c, "consultation", None)
    if not cons:
        return None
    if fold(squash(cons)) in fold(squash(c.title or "")):
        return None
    return f"{say('consultation_word', lang)}: {cons}"


def handling_words(code: str | None, lang: str = "da") -> str:
    """A handling value as a person reads it ("ingen ændring", "no change"), never the code ("ingen_aendring")."""
    from retrieval.vocab import HANDLINGS, Handling

    try:
        return HANDLINGS[Handling(code)].short(lang)
    except (ValueError, KeyError):
        return (code or "").replace("_", " ")


def span_parts(r, lang: str = "da") -> list[str]:
    """The page and the line span of a record or citation, as a citation writes them: ["s. 2", "l. 318-364"]."""
    from retrieval.wording import say

    parts = []
    if r.page:
        parts.append(f"{say('page', lang)} {r.page}")
    row = getattr(r, "table_row", None)
    if row and getattr(r, "table", None) and r.kind == "hoeringsnotat":
        # NOTE: a row of a DOCX/XLSX/CSV table is found by its table and row ("tabel 1, række 2"); its "lines"
        # are the loader's, which Word or Excel do not show. A CSV's table is the file: the row alone
        table = "" if re.search(r"\.(csv|tsv|txt)$", r.table, re.I) else f"{r.table}, "
        parts.append(f"{table}{say('row', lang)} {row}")
        return parts
    if r.line_start:
        parts.append(f"{say('lines', lang)} {r.line_start}-{r.line_end}")
    return parts
