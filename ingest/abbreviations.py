"""Parties named by abbreviation: a legend table maps short codes to the parties' names.

For a høringsnotat that introduces its consulted parties in a table (Forkortelse | Høringspart | …) and from then on
names each party only by its code ("NCF foreslår, at …", a respondent column holding "NCF"): a point whose respondent
is one of the codes is the party the legend names.
"""

from __future__ import annotations

import re

# a short code: capitals (Danish letters too), digits and joiners, no spaces ("NCF", "VØK", "SR", "DSR-N", "KL")
CODE = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ0-9&/.-]{1,7}")
# a header that names a column of codes
CODE_HEADER = re.compile(r"^(?:forkortelse|fork\.?|kortnavn|kort\s+navn|kode|akronym|abbreviation|short\s+name)$", re.I)


def _code_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The column whose filled cells are all distinct short codes (at least two rows), by its header first."""
    width = max((len(r) for r in rows), default=0)
    found = []
    for i in range(width):
        cells = [(r[i] if i < len(r) else "").strip() for r in rows]
        filled = [c for c in cells if c]
        if len(filled) < 2 or len(set(filled)) != len(filled) or not all(CODE.fullmatch(c) for c in filled):
            continue
        named = i < len(header) and bool(CODE_HEADER.match((header[i] or "").strip()))
        found.append((not named, i))
    return min(found)[1] if found else None


def _name_column(rows: list[list[str]], code: int) -> int | None:
    """The column beside the codes that holds the names they stand for: party-like cells, each longer than its code."""
    from ingest.columns import _party_like

    width = max((len(r) for r in rows), default=0)
    for i in range(width):
        if i == code:
            continue
        pairs = [((r[code] or "").strip(), (r[i] if i < len(r) else "").strip()) for r in rows]
        pairs = [(c, n) for c, n in pairs if c]
        if pairs and all(n and len(n) > len(c) and _party_like(n) for c, n in pairs):
            return i
    return None


def party_abbreviations(tables) -> dict[str, str]:
    """Code -> party name from every legend table of the document: a column of distinct short codes beside a column
    of party names. A code that two tables give different names is left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for t in tables:
        rows = [r for r in t.rows if any((c or "").strip() for c in r)]
        code = _code_column(t.header, rows)
        if code is None:
            continue
        name = _name_column(rows, code)
        if name is None:
            continue
        for r in rows:
            c, n = (r[code] or "").strip(), (r[name] or "").strip()
            if not c:
                continue
            if out.get(c, n) != n:
                clash.add(c)
            out[c] = n
    return {c: n for c, n in out.items() if c not in clash}


def resolve_abbreviations(fields, codes: dict[str, str]) -> int:
    """Give each point whose respondent is exactly a legend code the party's name; returns how many were renamed."""
    n = 0
    for f in fields:
        full = codes.get((f.respondent or "").strip())
        if full:
            f.respondent = full
            n += 1
    return n
