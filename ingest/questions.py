"""A hearing form exported wide: one row per respondent, a block of columns per question of the form.

For a portal's export of a høringsskema ("Indsender | Dato | Spørgsmål 1 – Vision | Svar til spørgsmål 1 |
Status spørgsmål 1 | Spørgsmål 2 – … | …"): the columns whose headers carry the same question number are
one question's block (the party's remark, the answer, the outcome). Each filled remark is a point of its own: the
table is turned into one row per (respondent, question), the question's title as its theme.
"""

from __future__ import annotations

import re

# a question's number in a header: "Spm. 2: …", "(Spm. 2)", "Spørgsmål 3 –", "Q4", "Tema 1:"
QUESTION_NO = re.compile(r"\(?\b(?:spm|spørgsmål|sp|question|q|tema|emne)\.?\s*(?P<no>\d{1,2})\b\)?\s*[:.–-]?\s*", re.I)
# a remark cell that holds none: "Ingen bemærkninger.", "Intet at bemærke", "-", "–"
NO_REMARK = re.compile(r"^(?:[-–—.]+|ingen(?:\s+\w+){0,2}|intet(?:\s+\w+){0,3}|n/?a|none|no comments?)\.?$", re.I)


def _blocks(header: list[str]) -> dict[str, list[int]] | None:
    """Question number -> its columns, in order; None unless two or more questions have two or more columns each."""
    blocks: dict[str, list[int]] = {}
    for i, h in enumerate(header):
        m = QUESTION_NO.search(h or "")
        if m:
            blocks.setdefault(m.group("no"), []).append(i)
    blocks = {k: v for k, v in blocks.items() if len(v) >= 2}
    if len(blocks) < 2 or len({len(v) for v in blocks.values()}) != 1:
        return None
    return blocks


def _bare(h: str) -> str:
    """A header without its question label: "Svar til spørgsmål 1" -> "Svar til"."""
    return re.sub(r"\s+", " ", QUESTION_NO.sub(" ", h or "")).strip(" :–-()")


def question_rows(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]], list[int], str] | None:
    """The wide form as one row per filled question: the columns outside the blocks, then "Tema" (the question's
    title), then the block's columns under their bare names. Returns (header, rows, the index each row came from,
    why); None when the table has no question blocks."""
    blocks = _blocks(header)
    if not blocks:
        return None
    inside = {i for cols in blocks.values() for i in cols}
    shared = [i for i in range(len(header)) if i not in inside]
    width = len(next(iter(blocks.values())))
    names = []
    for pos in range(width):
        bare = [_bare(header[cols[pos]]) for cols in blocks.values()]
        if len(set(bare)) == 1:
            names.append(bare[0])
        else:  # the question's own words ("Bemærkninger til visionen"): the words the headers share
            words = [b.split() for b in bare]
            common = []
            for ws in zip(*words):
                if len(set(w.lower() for w in ws)) != 1:
                    break
                common.append(ws[0])
            while common and common[-1].lower() in ("til", "om", "af", "for", "på", "i", "to", "on", "of"):
                common.pop()
            names.append(" ".join(common) or "Bemærkning")
    out_header = [header[i] for i in shared] + ["Tema"] + names  # the question is the point's theme
    out_rows, src = [], []

    def cell(r: list[str], i: int) -> str:
        return (r[i] or "").strip() if i < len(r) else ""

    for k, r in enumerate(rows):
        for cols in blocks.values():
            remark = cell(r, cols[0])
            if not remark or NO_REMARK.match(remark):
                continue  # the question left blank, or "Ingen bemærkninger.": no point
            title = _bare(header[cols[0]])
            out_rows.append([cell(r, i) for i in shared] + [title] + [cell(r, i) for i in cols])
            src.append(k)
    if not out_rows:
        return None
    why = f"a form exported wide: one row per filled question ({len(blocks)} question blocks of {width} columns)"
    return out_header, out_rows, src, why
