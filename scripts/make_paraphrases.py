"""Build data/eval/paraphrases.json (eval format) from the phrasing families and the parsed høringsnotat rows.

A family is one intent + one filter combination, phrased many ways (data/eval/paraphrase_families.json, written by a
helper that never saw the reader's code; paraphrase_families_tune2.json, a second bank by another such helper, is
tuning data only). Gold is exact: every row the family's filters match. Families are split
at random (fixed seed) into a tuning half and a test half *before* any tuning; tune only on split "tune".

    python scripts/make_paraphrases.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.pipeline import Manifest, parse_file  # noqa: E402

SEED = 20261123
NOTAT = ROOT / "data" / "corpus" / "region-hovedstaden-hoeringsnotat-praksisplan.txt"
EVAL = ROOT / "data" / "eval"


def matches(row, filters: dict) -> bool:
    keys = {
        "respondents": "respondent",
        "respondent_types": "respondent_type",
        "handlings": "handling",
        "themes": "theme",
        "letters": "letter",
    }
    return all(getattr(row, keys[k]) in v for k, v in filters.items() if v)


def main() -> None:
    rows = [r for r in parse_file(NOTAT, Manifest.for_paths([NOTAT]).get(NOTAT.name)) if r.is_row]
    fams = json.loads((EVAL / "paraphrase_families.json").read_text(encoding="utf-8"))["families"]
    ids = sorted(f["id"] for f in fams)
    random.Random(SEED).shuffle(ids)
    tune = set(ids[: len(ids) // 2])
    # a second bank, written later by another helper that never saw the reader, is tuning data only
    extra = json.loads((EVAL / "paraphrase_families_tune2.json").read_text(encoding="utf-8"))["families"]
    tune |= {f["id"] for f in extra}
    fams = fams + extra
    out = []
    for f in fams:
        gold = [r for r in rows if matches(r, f["filters"])]
        assert gold, f"family {f['id']} matches no row"
        items = [{"respondent": r.respondent, "letter": r.letter, "line_start": r.line_start} for r in gold]
        for k, q in enumerate(f["questions"]):
            out.append(
                {
                    "id": f"{f['id']}-{k + 1}",
                    "family": f["id"],
                    "split": "tune" if f["id"] in tune else "test",
                    "intent": f["intent"],
                    "filters": f["filters"],
                    "lang": q["lang"],
                    "kind": "list",
                    "question": q["q"],
                    "gold_items": items,
                    "gold_items_optional": [],
                }
            )
    un = json.loads((EVAL / "paraphrase_unanswerable.json").read_text(encoding="utf-8"))["questions"]
    order = list(range(len(un)))
    random.Random(SEED).shuffle(order)
    for rank, k in enumerate(order):
        q = un[k]
        out.append(
            {
                "id": f"u{k + 1:02d}",
                "family": "unanswerable",
                "split": "tune" if rank < len(un) // 2 else "test",
                "lang": q["lang"],
                "kind": "unanswerable",
                "question": q["q"],
                "gold_evidence": [],
            }
        )
    un2 = json.loads((EVAL / "paraphrase_unanswerable_tune2.json").read_text(encoding="utf-8"))["questions"]
    for k, q in enumerate(un2):
        out.append(
            {
                "id": f"v{k + 1:02d}",
                "family": "unanswerable",
                "split": "tune",
                "lang": q["lang"],
                "kind": "unanswerable",
                "question": q["q"],
                "gold_evidence": [],
            }
        )
    (EVAL / "paraphrases.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_t = sum(q["split"] == "tune" for q in out)
    print(
        f"{len(out)} questions ({n_t} tune, {len(out) - n_t} test) from {len(fams)} families -> {EVAL / 'paraphrases.json'}"
    )


if __name__ == "__main__":
    main()
