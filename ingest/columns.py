"""Column roles of a høringsnotat table, from each column's header and its cells together.

A header word names a role (retrieval/vocab.py COLUMN_ROLES); the cells confirm or overrule it: party names are short
and capitalised, handling cells are short phrases from the handling vocabulary (or Ja/Nej), point numbers are
numbers or letters, the respondent's text and the authority's reply are long prose (the reply to the right of what
it replies to). Where no header word matches, the embedder compares the header with each role's description.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.handling import classify_handling, is_yes_no
from retrieval.vocab import COLUMN_ROLES, RESPONDENT_TYPES, ColumnRole

R = ColumnRole
PROSE_ROLES = (R.SUMMARY, R.COMMENT, R.QUOTE, R.CHANGE)

ORG_WORDS = re.compile(
    r"kommune|region|hospital|sygehus|styrelse|ministeri|forening|råd\b|rådet|udvalg|selskab|organisation|forbund|"
    r"sammenslutning|center|centre|institut|universitet|praksis|plo|dsr|kl\b|danske|dansk|lægeforening|"
    r"patient|ældre|handicap|psykiatri|apotek|fonden|netværk|sekretariat|kreds|council|association|society|"
    r"board|trust|authority|agency|federation|union|ngo|university|college|group|network|ltd|a/s|aps|i/s",
    re.I,
)
POINT_CELL = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-zæøå]|[ivx]{1,4}|\d{1,3}[a-z])[.)]?$", re.I)


@dataclass
class ColumnStats:
    filled: int = 0
    avg_len: float = 0.0
    handling: float = 0.0  # share of cells the handling vocabulary places
    yes_no: float = 0.0
    point: float = 0.0
    party: float = 0.0
    rtype: float = 0.0
    distinct: float = 1.0  # distinct values / filled cells
    typeish: bool = False  # a few type words, repeated ("Kommune", "Hospital"): a kind of party, not a name
    sentences: float = 0.0  # share of cells that read as sentences


@dataclass
class Mapping:
    """Which column holds what, and why (one line per column)."""

    roles: dict[str, int] = field(default_factory=dict)  # role -> column index
    reasons: list[str] = field(default_factory=list)
    is_hoeringsnotat: bool = False
    why_not: str = ""
    party_labels: bool = False  # label rows across the table name the respondents of the rows below them

    def get(self, role: str) -> int | None:
        return self.roles.get(role)


def _party_like(v: str) -> bool:
    t = v.strip().lstrip("•o- ").strip()
    if (
        not t
        or len(t) > 90
        or len(t.split()) > 12
        or re.search(r"[.!?]$", t)
        and not re.search(r"\b(?:v|pva|bl\.a)\.$", t)
    ):
        return False
    if not re.match(r"[A-ZÆØÅ0-9]", t):
        return False
    if re.fullmatch(r"[A-ZÆØÅ]{2,8}(?:[- ][A-ZÆØÅa-zæøå]+)?", t) or ORG_WORDS.search(t):
        return True
    words = re.findall(r"[\wæøåÆØÅ-]+", t)
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) <= 6 and caps >= max(1, len(words) // 2)


def column_stats(cells: list[str]) -> ColumnStats:
    vals = [c.strip() for c in cells if c and c.strip()]
    st = ColumnStats(filled=len(vals))
    if not vals:
        return st
    n = len(vals)
    st.avg_len = sum(len(v) for v in vals) / n
    st.handling = (
        sum(
            1
            for v in vals
            if len(v) <= 160 and classify_handling(v) not in (None, "reference") or classify_handling(v) == "reference"
        )
        / n
    )
    st.yes_no = sum(1 for v in vals if is_yes_no(v)) / n
    st.point = sum(1 for v in vals if POINT_CELL.match(v)) / n
    st.party = sum(1 for v in vals if _party_like(v)) / n
    types = (
        {t.value for t in RESPONDENT_TYPES}
        | {t.da for t in RESPONDENT_TYPES.values()}
        | {t.short_da for t in RESPONDENT_TYPES.values()}
        | {t.en for t in RESPONDENT_TYPES.values()}
    )
    st.rtype = sum(1 for v in vals if v.lower() in types) / n
    st.distinct = len(set(vals)) / n
    # NOTE: a type column repeats a handful of generic words; a name column names parties. Acronyms ("KL", "PLO")
    # and multi-word names are names however often they repeat
    kinds = {v.lower() for v in vals}
    st.typeish = (
        n >= 4
        and len(kinds) <= min(8, max(2, n // 2))
        and all(len(v) <= 25 and len(v.split()) <= 2 and not re.fullmatch(r"[A-ZÆØÅ0-9-]{2,8}", v) for v in vals)
        and (st.rtype >= 0.5 or all(len(v.split()) == 1 for v in vals))
    )
    st.sentences = sum(1 for v in vals if len(v.split()) >= 6 and re.search(r"[a-zæøå]{3,}", v)) / n
    return st


def _header_scores(header: str) -> dict[ColumnRole, tuple[float, str]]:
    h = re.sub(r"\s+", " ", (header or "").lower()).strip()
    out: dict[ColumnRole, tuple[float, str]] = {}
    if not h:
        return out
    for role, (wordings, _) in COLUMN_ROLES.items():
        for pat, w in wordings:
            m = re.search(pat, h)
            if m and w > out.get(role, (0.0, ""))[0]:
                out[role] = (w, m.group(0).strip())
    return out


def _content_scores(st: ColumnStats) -> dict[ColumnRole, tuple[float, str]]:
    if not st.filled:
        return {}
    out: dict[ColumnRole, tuple[float, str]] = {}
    pct = lambda x: f"{round(100 * x)}%"  # noqa: E731
    prose = st.avg_len >= 35 and st.sentences >= 0.5
    if st.point >= 0.8 and st.avg_len <= 8:
        out[R.POINT] = (3.0, f"{pct(st.point)} of cells are point numbers")
    if st.rtype >= 0.8:
        out[R.RESPONDENT_TYPE] = (3.0, f"{pct(st.rtype)} of cells are respondent types")
    elif st.typeish:
        out[R.RESPONDENT_TYPE] = (2.5, "a few type words, repeated")
    if st.party >= 0.6 and st.avg_len <= 60 and st.yes_no < 0.5 and st.point < 0.5:
        if st.typeish:
            out[R.RESPONDENT] = (0.0, "a few type words, repeated: kinds of party, not names")
        else:
            out[R.RESPONDENT] = (2.0 + st.party, f"{pct(st.party)} of cells read as party names")
    if st.yes_no >= 0.6:
        out[R.HANDLING] = (3.5, f"{pct(st.yes_no)} of cells are Ja/Nej")
    elif st.handling >= 0.5 and st.avg_len <= 120:
        out[R.HANDLING] = (2.0 + 2 * st.handling, f"{pct(st.handling)} of cells are handling phrases")
    if prose:
        for r in PROSE_ROLES:
            out[r] = (1.0, f"long prose (average {round(st.avg_len)} characters)")
    elif st.avg_len < 12:
        for r in PROSE_ROLES:
            out[r] = (-3.0, "short cells")
    if not prose and st.avg_len <= 60 and st.party < 0.6 and st.point < 0.5 and st.handling < 0.5 and st.yes_no < 0.5:
        out[R.THEME] = (
            1.0 + (0.5 if st.distinct < 0.7 else 0.0),
            "short labels" + (", repeated" if st.distinct < 0.7 else ""),
        )
    return out


# a caseworker's bookkeeping column ("Sagsbehandler" with initials, "Modtaget", "Dato", "Journalnr."): no party, no
# text and no outcome, however its cells read (initials look like acronyms, "KLM", "ABC")
BOOKKEEPING_HEADER = re.compile(
    r"^(?:sagsbehandler|sagsbeh\.?|behandlet af|initialer|init\.?|ansvarlig|journal\s*-?nr\.?|j\.?\s?nr\.?|sagsnr\.?|"
    r"dato(?:\s+modtaget)?|modtaget(?:\s+dato|\s+den)?|modtagelsesdato|date(?:\s+received)?|received|caseworker|"
    r"handled by)\s*:?$",
    re.I,
)


def _penalties(st: ColumnStats) -> dict[ColumnRole, float]:
    """Cells that contradict a role whatever the header says."""
    if not st.filled:
        return {}
    out = {}
    if st.avg_len > 90:
        out.update({R.RESPONDENT: -4.0, R.POINT: -4.0, R.THEME: -3.0, R.RESPONDENT_TYPE: -4.0})
    if st.avg_len > 200 and st.handling < 0.5:
        out[R.HANDLING] = -2.0
    if st.point >= 0.8 and st.avg_len <= 8:
        for r in (R.RESPONDENT, R.THEME, *PROSE_ROLES):
            out[r] = out.get(r, 0.0) - 3.0
    if st.yes_no >= 0.6:
        for r in (R.RESPONDENT, R.THEME, *PROSE_ROLES):
            out[r] = out.get(r, 0.0) - 3.0
    return out


def label_rows(rows: list[list[str]]) -> dict[int, str]:
    """Rows that are one cell across the table (merged): a group label, e.g. the respondent of the rows below."""
    out = {}
    for k, r in enumerate(rows):
        if len(r) >= 2 and r[0] and len(r[0]) <= 120 and all(c == r[0] for c in r):
            out[k] = r[0]
    return out


def infer_columns(
    header: list[str],
    rows: list[list[str]],
    override: dict[str, str] | None = None,
    embedder=None,
    hoeringsnotat_hint: bool = False,
) -> Mapping:
    """Each column's role; a manifest override (header text or 1-based column number -> role) wins. Label rows
    (one cell across the table) are left out here; party names among them can stand for a respondent column."""
    labels = label_rows(rows)
    rows = [r for k, r in enumerate(rows) if k not in labels]
    ncol = max([len(header)] + [len(r) for r in rows[:500]])
    cols = [[r[i] if i < len(r) else "" for r in rows[:500]] for i in range(ncol)]
    heads = [(header[i] if i < len(header) else "") or "" for i in range(ncol)]
    stats = [column_stats(c) for c in cols]
    from ingest.prose import ANSWERED_HEADER as ANSWERED

    mp = Mapping()
    fixed: dict[int, str] = {}
    for key, role in (override or {}).items():
        idx = None
        if str(key).isdigit() and 1 <= int(key) <= ncol:
            idx = int(key) - 1
        else:
            idx = next(
                (i for i, h in enumerate(heads) if re.sub(r"\s+", " ", h).strip().lower() == str(key).strip().lower()),
                None,
            )
        if idx is not None:
            fixed[idx] = role
    score: dict[tuple[int, ColumnRole], float] = {}
    why: dict[tuple[int, ColumnRole], list[str]] = {}
    if embedder is None and any(h.strip() and not _header_scores(h) for h in heads):
        from ingest.handling import semantic

        sem = semantic()
        embedder = sem.embedder if sem else None
    semantic_heads = _semantic_header_roles(heads, embedder)
    # NOTE: a block to the right of an empty column, filled on a few rows only, is a legend set beside the table
    # ("Kode | Forklaring" after a blank column): none of its columns is the table's
    beside: set[int] = set()
    for g in range(1, ncol - 1):
        if not heads[g].strip() and stats[g].filled == 0 and any(stats[j].filled for j in range(g)):
            right = range(g + 1, ncol)
            if max(stats[j].filled for j in right) < max(stats[j].filled for j in range(g)):
                beside = set(right)
            break
    for i in range(ncol):
        hs = _header_scores(heads[i])
        cs = _content_scores(stats[i])
        pen = _penalties(stats[i])
        if BOOKKEEPING_HEADER.match(heads[i].strip()):
            for r in (R.RESPONDENT, R.RESPONDENT_TYPE, R.THEME, R.HANDLING, *PROSE_ROLES):
                pen[r] = pen.get(r, 0.0) - 5.0
        if heads[i].strip() and ANSWERED.search(heads[i].strip()):
            # NOTE: a column that says whether the party answered ("Svar modtaget": Ja/Nej) is never the outcome:
            # its "Nej" says the party did not respond, its "Ja" nothing about how a point was handled
            pen[R.HANDLING] = pen.get(R.HANDLING, 0.0) - 5.0
        for role in COLUMN_ROLES:
            s, reasons = 0.0, []
            if role in hs:
                s += hs[role][0]
                reasons.append(f"header word {hs[role][1]!r}")
            elif role in semantic_heads.get(i, {}):
                s += semantic_heads[i][role][0]
                reasons.append(semantic_heads[i][role][1])
            if role in cs:
                s += cs[role][0]
                reasons.append(cs[role][1])
                if role not in hs and hs and max(w for w, _ in hs.values()) >= 2.5:
                    s -= 1.5  # the header names another role: the cells alone weigh less
            s += pen.get(role, 0.0)
            if stats[i].filled == 0 or i in beside:
                s -= 5.0
            score[(i, role)] = s
            why[(i, role)] = reasons
    # greedy assignment: the surest (column, role) pair first; each column and each role used once
    taken_cols = set(fixed)
    taken_roles = {r for r in fixed.values() if r != R.IGNORE.value}
    for i, r in fixed.items():
        if r != R.IGNORE.value:
            mp.roles[r] = i
    for (i, role), s in sorted(score.items(), key=lambda kv: (-kv[1], kv[0][0])):
        if s < 2.0 or i in taken_cols or role.value in taken_roles:
            continue
        mp.roles[role.value] = i
        taken_cols.add(i)
        taken_roles.add(role.value)
    # prose columns that no header named: the respondent's text comes first, the authority's reply after it
    free_prose = [i for i in range(ncol) if i not in taken_cols and score.get((i, R.SUMMARY), 0) >= 1.0]
    for i in free_prose:
        for role in (R.SUMMARY, R.COMMENT, R.CHANGE, R.QUOTE):
            if role.value not in taken_roles:
                before = [mp.roles[r.value] for r in (R.SUMMARY,) if r.value in mp.roles]
                if role is R.COMMENT and before and before[0] > i:
                    continue
                mp.roles[role.value] = i
                taken_cols.add(i)
                taken_roles.add(role.value)
                why[(i, role)] = why.get((i, role), []) + ["unnamed prose column, by position"]
                break
    # no summary column, and the comment column was named only vaguely ("Bemærkning", "Kommentar"): the respondent's
    # text comes first, so the comment column is the summary and a text column to its right the comment
    # NOTE: an excerpt column to the left of it ("Uddrag af høringssvar | Vurdering") is the respondent's text: the
    # comment column stays the authority's
    c = mp.roles.get(R.COMMENT.value)
    q = mp.roles.get(R.QUOTE.value)
    if (
        R.SUMMARY.value not in mp.roles
        and c is not None
        and _header_scores(heads[c]).get(R.COMMENT, (0, ""))[0] < 3.0
        and not (q is not None and q < c)
    ):
        right = [i for i in range(c + 1, ncol) if i not in taken_cols and stats[i].avg_len >= 20]
        mp.roles[R.SUMMARY.value] = c
        why[(c, R.SUMMARY)] = why.get((c, R.COMMENT), []) + ["the respondent's text comes first"]
        del mp.roles[R.COMMENT.value]
        if right:
            mp.roles[R.COMMENT.value] = right[0]
            taken_cols.add(right[0])
            why[(right[0], R.COMMENT)] = ["text to the right of the respondent's, by position"]
    # a "Høringssvar" column is the respondent's text when there is no summary column, the quote when there is
    if R.QUOTE.value in mp.roles and R.SUMMARY.value not in mp.roles:
        mp.roles[R.SUMMARY.value] = mp.roles.pop(R.QUOTE.value)
        why[(mp.roles[R.SUMMARY.value], R.SUMMARY)] = why.get((mp.roles[R.SUMMARY.value], R.QUOTE), []) + [
            "the response itself (no separate summary column)"
        ]
    by_col = {i: r for r, i in mp.roles.items()}
    for i in range(ncol):
        name = heads[i] or f"column {i + 1}"
        if i in fixed:
            mp.reasons.append(f"{name!r} -> {fixed[i]} (manifest)")
        elif i in by_col:
            role = ColumnRole(by_col[i])
            mp.reasons.append(f"{name!r} -> {role.value} ({'; '.join(why.get((i, role), [])) or 'by elimination'})")
        else:
            mp.reasons.append(f"{name!r} -> (not used: kept in the row's text)")
    mp.party_labels = sum(1 for v in labels.values() if _party_like(v)) >= max(1, len(labels) // 2) if labels else False
    if labels:
        kind = "respondents" if mp.party_labels and "respondent" not in mp.roles else "themes"
        mp.reasons.append(f"{len(labels)} row(s) across the table -> {kind} of the rows below them")
    _decide(mp, heads, stats, hoeringsnotat_hint)
    return mp


CONSULTATION_WORDS = re.compile(
    r"hørings|høringssvar|indsige|indsigelse|consult|respondent|submission|"
    r"bemærkning|kommentar|comment|response",
    re.I,
)


def _decide(mp: Mapping, heads: list[str], stats: list[ColumnStats], hint: bool) -> None:
    """A høringsnotat table names who responded, what they said and how it was handled (or the authority's reply)."""
    have = set(mp.roles)
    if "respondent" not in have and not mp.party_labels:
        mp.why_not = "no column of respondents (høringspart)"
        return
    if "summary" not in have:
        mp.why_not = "no column with what the respondent said (summary or response)"
        return
    if "handling" not in have and "comment" not in have and not hint:
        mp.why_not = "no handling column and no column with the authority's comment"
        return
    h = mp.roles.get("handling")
    placed = h is not None and (stats[h].handling >= 0.5 or stats[h].yes_no >= 0.6)
    # NOTE: a system export names its fields plainly ("afsender", "resume", "vurdering", "udfald"): a sender, a
    # summary of what they wrote, the authority's assessment and an outcome, each named by its header, are a
    # consultation table even when no header says so and the outcome cells are codes
    named = all(
        r in mp.roles and _header_scores(heads[mp.roles[r]]).get(R(r), (0.0, ""))[0] >= 2.5
        for r in ("respondent", "summary", "comment", "handling")
    )
    if not (hint or placed or named or any(CONSULTATION_WORDS.search(x or "") for x in heads)):
        mp.why_not = "no header speaks of a consultation and no column holds handling phrases"
        return
    mp.is_hoeringsnotat = True


_HEAD_VECS = None


def _semantic_header_roles(heads: list[str], embedder) -> dict[int, dict[ColumnRole, tuple[float, str]]]:
    """For headers no wording matches: the role of the nearest labelled header phrasing (COLUMN_EXAMPLES), when it
    is clearly nearer than any other role's."""
    import numpy as np

    from retrieval.vocab import COLUMN_EXAMPLES

    todo = [(i, h) for i, h in enumerate(heads) if h.strip() and not _header_scores(h)]
    if not todo or embedder is None:
        return {}
    global _HEAD_VECS
    try:
        if _HEAD_VECS is None or _HEAD_VECS[0] is not embedder:
            labels = [r for r, exs in COLUMN_EXAMPLES.items() for _ in exs]
            texts = [x for exs in COLUMN_EXAMPLES.values() for x in exs]
            _HEAD_VECS = (embedder, labels, texts, np.asarray(embedder.embed_passages(texts)))
        _, labels, texts, E = _HEAD_VECS
        V = np.asarray(embedder.embed_passages([h for _, h in todo]))
    except Exception:  # noqa: BLE001 - no embedder here (wrong CPU, no model): the header words and cells decide
        return {}
    out: dict[int, dict[ColumnRole, tuple[float, str]]] = {}
    for (i, h), v in zip(todo, V):
        sims = E @ v
        best: dict[ColumnRole, tuple[float, str]] = {}
        for lab, t, s in zip(labels, texts, sims):
            if s > best.get(lab, (-1.0, ""))[0]:
                best[lab] = (float(s), t)
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        (role, (score, text)), second = ranked[0], ranked[1][1][0]
        # NOTE: e5 puts short headers close together (0.83-0.90 for unrelated ones): only a clear winner counts
        if score >= 0.90 and score - second >= 0.015:
            out[i] = {role: (2.0, f"header {h!r} is nearest in meaning to {text!r}")}
    return out


def role_counts(mp: Mapping) -> Counter:
    return Counter(mp.roles)
