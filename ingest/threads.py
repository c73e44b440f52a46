"""Tables whose answers are rows of their own: each answer row is folded into the row of the remark it answers.

Two families:

* a hearing portal's comment thread exported as a sheet or CSV (Indlæg | Dato | Navn | Indhold | Reference | Udfald):
  a remark row has an ID, an answer row names the ID(s) of the remark(s) it answers in a parent-ID column ("H7",
  "H7 og H8"), in any order; the answer row's text is the administration's answer, and its status (not the remark's
  "Afsluttet") the outcome;
* a table per party whose rows alternate between a remark ("a)" | remark) and the answer to it ("Svar" | answer).
"""

from __future__ import annotations

import re

# an ID as a case system prints it: short, no spaces, at least one digit ("K-1031", "HS-2029-004", "17")
ROW_ID = re.compile(r"[\w./#-]{1,24}")
ID_SPLIT = re.compile(r"\s*(?:[,;/&+]|\bog\b|\band\b)\s*|\s+")


def _cells(rows: list[list[str]], i: int) -> list[str]:
    return [((r[i] if i < len(r) else "") or "").strip() for r in rows]


def _id_column(rows: list[list[str]]) -> int | None:
    """The column of the rows' own IDs: distinct short tokens with a digit, on most rows."""
    width = max((len(r) for r in rows), default=0)
    for i in range(width):
        cells = [c for c in _cells(rows, i) if c]
        if (
            len(cells) >= 3
            and len(cells) >= 0.5 * len(rows)
            and len(set(cells)) == len(cells)
            and all(ROW_ID.fullmatch(c) and re.search(r"\d", c) for c in cells)
        ):
            return i
    return None


def _refs(cell: str) -> list[str]:
    return [x for x in ID_SPLIT.split(cell.strip()) if x]


def _parent_column(rows: list[list[str]], id_col: int) -> int | None:
    """The column that names, on some rows only, the IDs of other rows: the rows a row answers."""
    ids = set(_cells(rows, id_col)) - {""}
    width = max((len(r) for r in rows), default=0)
    for i in range(width):
        if i == id_col:
            continue
        cells = _cells(rows, i)
        filled = [(k, c) for k, c in enumerate(cells) if c]
        if len(filled) < 2 or len(filled) > len(rows) - 2:
            continue
        if all(_refs(c) and all(x in ids and x != rows[k][id_col].strip() for x in _refs(c)) for k, c in filled):
            return i
    return None


def _text_column(rows: list[list[str]], skip: set[int]) -> int | None:
    """The column of the longest cells: what was said."""
    width = max((len(r) for r in rows), default=0)
    lens = {i: sum(len(c) for c in _cells(rows, i)) for i in range(width) if i not in skip}
    return max(lens, key=lens.get) if lens else None


def _status_column(answers: list[list[str]], skip: set[int]) -> int | None:
    """The column whose cells on the answer rows are outcome codes ("Ændret", "Uden for planens rammer"), if any."""
    from ingest.handling import handling_and_tier

    width = max((len(r) for r in answers), default=0)
    best, best_n = None, 0
    for i in range(width):
        if i in skip:
            continue
        cells = [c for c in _cells(answers, i) if c]
        n = sum(1 for c in cells if len(c) <= 60 and handling_and_tier(c)[0])
        if n > best_n and n >= 0.5 * len(answers):
            best, best_n = i, n
    return best


def _answered_by_others(remarks: list[list[str]], answers: list[list[str]], skip: set[int]) -> bool:
    """The answer rows come from someone else than the remarks: a column whose cells on the answer rows are filled,
    few (one caseworker, one department, the role "Forvaltning") and never a remark row's. A column of references
    between the parties' own rows ("Se også nr. 3") has no such column, so it is no thread."""
    width = max((len(r) for r in remarks + answers), default=0)
    for i in range(width):
        if i in skip:
            continue
        theirs = _cells(answers, i)
        if not all(theirs) or len(set(theirs)) > max(1, len(answers) // 2):
            continue
        if any(len(c) > 60 or re.search(r"[.!?]$", c) for c in theirs):
            continue  # a name or a role, never a sentence
        if not set(theirs) & set(_cells(remarks, i)):
            return True
    return False


def answer_threads(
    header: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]], list[int], str] | None:
    """A comment thread: the remark rows, each with its answer row(s) folded in (the answer's text in a column "Svar"
    after the remark's, the answer's status in place of the remark's own); rows that neither answer nor are
    answered (a party that did not respond) are kept as they are. Returns (header, rows, the index each row had, why);
    None when the table is no such thread."""
    if len(rows) < 4:
        return None
    id_col = _id_column(rows)
    if id_col is None:
        return None
    parent = _parent_column(rows, id_col)
    if parent is None:
        return None
    answers = [r for r in rows if _cells([r], parent)[0]]
    text = _text_column(rows, {id_col, parent})
    if text is None:
        return None
    remarks = [r for r in rows if not _cells([r], parent)[0]]
    if not _answered_by_others(remarks, answers, {id_col, parent, text}):
        return None
    status = _status_column(answers, {id_col, parent, text})
    answer_of: dict[str, list[list[str]]] = {}
    for r in answers:
        for ref in _refs(r[parent]):
            answer_of.setdefault(ref, []).append(r)
    width = max(len(r) for r in rows)
    out_rows, kept = [], []
    for k, r in enumerate(rows):
        if _cells([r], parent)[0]:
            continue  # an answer: folded into the remark(s) it answers
        own = list(r) + [""] * (width - len(r))
        replies = answer_of.get(own[id_col].strip(), [])
        said = " ".join(x[text].strip() for x in replies if text < len(x) and x[text].strip())
        if status is not None:
            codes = [x[status].strip() for x in replies if status < len(x) and x[status].strip()]
            if codes:
                own[status] = codes[-1]
        out_rows.append([c for i, c in enumerate(own) if i != parent] + [said])
        kept.append(k)
    head = list(header) + [""] * (width - len(header))
    head[text] = f"Høringssvar ({head[text]})" if head[text] else "Høringssvar"
    out_header = [h for i, h in enumerate(head) if i != parent] + ["Svar"]
    why = (
        f"a comment thread: the rows whose {header[parent]!r} names another row's {header[id_col]!r} are answers, "
        "folded into the row they answer (their text as 'Svar'"
        + (f", their {header[status]!r} as the outcome)" if status is not None else ")")
    )
    return out_header, out_rows, kept, why


# a point's marker in a table's first cell: "a)", "(b)", "3.", "12)", "A"
POINT_MARK = re.compile(r"\(?(?:[a-zæøå]|[A-ZÆØÅ]|\d{1,3})[.)]?|(?:bemærkning|punkt|pkt\.?)\s*\d{1,3}[.)]?", re.I)


def _answer_label(cell: str) -> bool:
    """A first cell that names the administration's answer ("Svar", "Regionens svar", "Kommentar"): a column title
    for the answer, as a header would be."""
    from ingest.columns import _header_scores
    from retrieval.vocab import ColumnRole

    c = cell.strip().rstrip(":")
    return 0 < len(c) <= 40 and _header_scores(c).get(ColumnRole.COMMENT, (0.0, ""))[0] >= 2.0


def alternating_answer_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """A party's table whose rows alternate between a remark ("a)" | remark) and the answer to it ("Svar" | answer),
    the same answer label on every answer row: one row per remark (Nr. | Høringssvar (resumé) | <label>). None for
    any other table."""
    rows = [[(c or "").strip() for c in r] for r in rows if any((c or "").strip() for c in r)]
    if len(rows) < 2 or len(rows) % 2 or min(len(r) for r in rows) < 2:
        return None
    remarks, answers = rows[0::2], rows[1::2]
    labels = {a[0].rstrip(":") for a in answers}
    if len(labels) != 1 or not _answer_label(answers[0][0]):
        return None
    if not all(POINT_MARK.fullmatch(r[0]) and " ".join(r[1:]).strip() for r in remarks):
        return None

    def rest(r: list[str]) -> str:
        return "\n".join(dict.fromkeys(c for c in r[1:] if c))

    label = labels.pop()
    header = ["Nr.", "Høringssvar (resumé)", label]
    out = [[r[0], rest(r), rest(a)] for r, a in zip(remarks, answers)]
    decided = [DECISION_LINE.search(x[2]) for x in out]
    if all(decided) and len({m.group("label").lower() for m in decided}) == 1:
        # every answer closes with the same decision line ("Indstilling: Ændres"): the outcome cell
        header.append(decided[0].group("label"))
        out = [x[:2] + [x[2][: m.start()].rstrip(), m.group("code").strip()] for x, m in zip(out, decided)]
    return header, out


# the closing line of an answer that gives its outcome: "Konklusion: Delvist tiltrådt", "Indstilling: Ændres"
DECISION_LINE = re.compile(
    r"(?:^|\n)\s*(?P<label>konklusion|indstilling|håndtering|konsekvens|beslutning|afgørelse|udfald|status)\s*:\s*"
    r"(?P<code>[^\n]{1,80}?)\.?\s*$",
    re.I,
)
