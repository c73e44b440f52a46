"""Score answers against the eval question format (data/eval/README.md): list F1, fact and synthesis evidence,
unanswerable answered as not found."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import mean

from retrieval.text import squash
from retrieval.types import Answer


def _fold(s: str) -> str:
    return squash(s).lower()


@dataclass
class QuestionScore:
    id: str
    kind: str
    score: float  # the headline figure for its kind
    detail: dict = field(default_factory=dict)


def score_answer(q: dict, ans: Answer) -> QuestionScore:
    kind = q["kind"]
    if kind == "list":
        gold = {g["line_start"] for g in q.get("gold_items", [])}
        optional = {g["line_start"] for g in q.get("gold_items_optional", [])}
        got = {c.line_start for c in ans.citations if c.kind == "hoeringsnotat"}
        counted = got - optional
        tp = len(gold & got)
        recall = tp / len(gold) if gold else 1.0
        precision = len(counted & gold) / len(counted) if counted else (1.0 if not gold else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return QuestionScore(
            q["id"],
            kind,
            f1,
            {"precision": precision, "recall": recall, "missing": sorted(gold - got), "extra": sorted(counted - gold)},
        )
    evidence = q.get("gold_evidence", [])
    cited = [(_fold(c.doc), _fold(c.text)) for c in ans.citations]

    def supported(e: dict) -> bool:
        return any(doc == _fold(e["doc"]) and _fold(e["phrase"]) in text for doc, text in cited)

    if kind == "fact":
        ok = any(supported(e) for e in evidence)
        in_answer = any(_fold(e["phrase"])[:40] in _fold(ans.answer) for e in evidence)
        return QuestionScore(q["id"], kind, float(ok), {"found": ans.found, "phrase_in_answer": in_answer})
    if kind == "synthesis":
        share = mean(supported(e) for e in evidence) if evidence else 0.0
        return QuestionScore(q["id"], kind, share, {"found": ans.found})
    if kind == "unanswerable":
        return QuestionScore(q["id"], kind, float(not ans.found), {"found": ans.found})
    raise ValueError(f"unknown question kind {kind!r} in {q.get('id')}")


TARGETS = {"list": 0.95, "fact": 0.9, "synthesis": 0.8, "unanswerable": 1.0}
FIGURE = {
    "list": "list F1",
    "fact": "fact evidence found",
    "synthesis": "synthesis evidence",
    "unanswerable": "unanswerable → not found",
}


def summarise(scores: list[QuestionScore]) -> dict[str, dict]:
    out = {}
    for kind in sorted({s.kind for s in scores}):
        ks = [s.score for s in scores if s.kind == kind]
        out[kind] = {
            "figure": FIGURE.get(kind, kind),
            "n": len(ks),
            "score": round(mean(ks), 4),
            "target": TARGETS.get(kind),
        }
    return out
