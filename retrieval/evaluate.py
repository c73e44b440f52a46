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
        detail = {"found": ans.found, "phrase_in_answer": in_answer}
        if q.get("answer_keys"):
            detail["keys_first_400"] = keys_in_lead(q["answer_keys"], ans.answer)
        # NOTE: a question with answer keys but no evidence (the prose bank) is scored by its keys alone
        score = float(ok) if evidence else float(detail.get("keys_first_400", False))
        return QuestionScore(q["id"], kind, score, detail)
    if kind == "synthesis":
        share = mean(supported(e) for e in evidence) if evidence else 0.0
        return QuestionScore(q["id"], kind, share, {"found": ans.found})
    if kind == "unanswerable":
        return QuestionScore(q["id"], kind, float(not ans.found), {"found": ans.found})
    raise ValueError(f"unknown question kind {kind!r} in {q.get('id')}")


LEAD_CHARS = 400  # an answer's fact must stand in its first lines: the first 400 characters


def keys_in_lead(groups: list, answer: str, n: int = LEAD_CHARS) -> bool:
    """Every group of alternatives ("Heislev" | "Ulrik Heislev") has one string in the answer's first n characters
    (case and whitespace folded). A bare string counts as a group of one."""
    head = _fold(answer[:n])
    return all(any(_fold(k) in head for k in ([g] if isinstance(g, str) else g)) for g in groups if g)


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
    keyed = [s.detail["keys_first_400"] for s in scores if "keys_first_400" in s.detail]
    if keyed:
        out["fact_keys"] = {
            "figure": f"fact keys in the first {LEAD_CHARS} characters",
            "n": len(keyed),
            "score": round(mean(keyed), 4),
            "target": 0.9,
        }
    return out
