"""Topic scans over one respondent's points ("Hvad skrev Gentofte om plejehjemslæger?"), scored against cases written
by someone who had not read the code (data/eval/topic_scans.json): a row that is about the topic in other words must
be found, or the answer must say it is unsure and show it; a topic the respondent never raised must not be "found".

    python scripts/eval_topic_scans.py [CASES.json] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# the case's row line is where the row starts; a citation's span covers it when it starts within this many lines
SLACK_LINES = 12


def _cites(answer, row) -> bool:
    return any(
        c.letter == row["letter"] and c.line_start is not None and abs(c.line_start - row["line"]) <= SLACK_LINES
        for c in answer.citations
    )


def grade(case: dict, answer) -> str:
    """found / unsure_shown / unsure_missing / wrong_none for a row that exists; none / unsure / false_found else."""
    unsure = not answer.found and bool(answer.citations) and not answer.answer.startswith(("Nej.", "No."))
    if case["expect"] == "found":
        rows = case["rows"]
        if answer.found and all(_cites(answer, r) for r in rows):
            return "found"
        if answer.found and any(_cites(answer, r) for r in rows):
            return "found_some"
        if unsure:
            return "unsure_shown" if any(_cites(answer, r) for r in rows) else "unsure_missing"
        return "found_other" if answer.found else "wrong_none"
    if answer.found:
        return "false_found"
    return "unsure" if unsure else "none"


def run(cases: list[dict], service) -> list[dict]:
    out = []
    for c in cases:
        a = service.respond(c["question"]).answer
        out.append({"id": c["id"], "expect": c["expect"], "grade": grade(c, a), "question": c["question"]})
    return out


def summary(results: list[dict]) -> dict:
    from collections import Counter

    pos = [r for r in results if r["expect"] == "found"]
    neg = [r for r in results if r["expect"] == "none"]
    gp, gn = Counter(r["grade"] for r in pos), Counter(r["grade"] for r in neg)
    ok_pos = gp["found"] + gp["found_some"] + gp["unsure_shown"]
    return {
        "positives": len(pos),
        "found": gp["found"] + gp["found_some"],
        "found_or_unsure_with_row": ok_pos,
        "confident_wrong_none": gp["wrong_none"],
        "negatives": len(neg),
        "negatives_none": gn["none"],
        "negatives_unsure": gn["unsure"],
        "negatives_false_found": gn["false_found"],
        "by_grade": {"positives": dict(gp), "negatives": dict(gn)},
    }


def main() -> None:
    from retrieval.service import Service

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else ROOT / "data/eval/topic_scans.json"
    results = run(json.loads(path.read_text(encoding="utf-8")), Service())
    s = summary(results)
    if "--json" in sys.argv:
        print(json.dumps({"summary": s, "results": results}, ensure_ascii=False, indent=1))
        return
    for r in results:
        print(f"{r['id']:5} {r['expect']:5} {r['grade']:15} {r['question']}")
    print(json.dumps(s, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
