"""Score parsed høringsnotat rows against reference rows (../shared/eval/dev_hoeringssvar_rows.json format)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = (
    "line_end",
    "respondent",
    "respondent_type",
    "theme",
    "letter",
    "is_remark",
    "summary",
    "handling",
    "handling_raw",
    "text_change",
    "quote",
    "quote_pages",
)


def _norm(v):
    if isinstance(v, str):
        v = re.sub(r"\s+", " ", v).strip()
        return v or None
    return v


@dataclass
class RowScore:
    precision: float
    recall: float
    f1: float
    field_accuracy: float
    per_field: dict[str, float]
    mismatches: list[tuple[int, str, object, object]] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)


def score_rows(pred: list[dict], gold: list[dict], max_line: int | None = None) -> RowScore:
    """Rows are matched by line_start (a row's position); fields compared with whitespace folded.

    max_line limits the predicted rows to the part of the table the reference covers.
    """
    if max_line is not None:
        pred = [p for p in pred if p["line_start"] < max_line]
    p_by = {p["line_start"]: p for p in pred}
    g_by = {g["line_start"]: g for g in gold}
    hit = set(p_by) & set(g_by)
    prec = len(hit) / len(p_by) if p_by else 0.0
    rec = len(hit) / len(g_by) if g_by else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    right = {f: 0 for f in FIELDS}
    mism = []
    for ls in sorted(hit):
        for f in FIELDS:
            a, b = _norm(p_by[ls].get(f)), _norm(g_by[ls].get(f))
            if a == b:
                right[f] += 1
            else:
                mism.append((ls, f, a, b))
    n = len(hit) or 1
    per = {f: right[f] / n for f in FIELDS}
    acc = sum(right.values()) / (n * len(FIELDS))
    return RowScore(prec, rec, f1, acc, per, mism, sorted(set(g_by) - hit), sorted(set(p_by) - hit))
