"""Score the reply reader on data/eval/reply_bank.json: 600 administration answers to consultation remarks, each
labelled with its outcome, written by a helper who never read the parser (families of 2-4 answers; an odd family
number is `test`, an even one `tune`). Each answer is read as the parser reads a reply paragraph with no outcome
column: the handling wordings (ingest/handling.py classify_prose), then by meaning (by_meaning), then the reply model
(read_replies).

    python scripts/score_replies.py [--split tune|test] [--show]     (--show lists the wrong readings; tune only)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import handling  # noqa: E402
from ingest.hoeringsnotat import RowFields  # noqa: E402

BANK = ROOT / "data" / "eval" / "reply_bank.json"


def read(texts: list[str]) -> list[RowFields]:
    """The outcome of each reply, read as a reply paragraph is (rules, meaning, model)."""
    sem = handling.semantic()
    rows = []
    for t in texts:
        code, _ = handling.classify_prose(t)
        src = "reply" if code else None
        if not code and sem is not None:
            hit = handling.by_meaning(sem, t)
            if hit:
                code, src = hit[0], "meaning"
        f = RowFields(respondent="X", line_start=1, line_end=1, page=None)
        f.text_change, f.handling, f.handling_source = t, code, src
        rows.append(f)
    handling.read_replies(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tune", "test"))
    ap.add_argument("--show", action="store_true", help="list the wrong readings (tune split only)")
    args = ap.parse_args(argv)
    bank = [q for q in json.loads(BANK.read_text(encoding="utf-8")) if not args.split or q["split"] == args.split]
    rows = read([q["text"] for q in bank])
    right, n, wrong = Counter(), Counter(), Counter()
    for q, f in zip(bank, rows):
        ok = f.handling == q["label"]
        for key in (q["split"], (q["split"], q["label"])):
            right[key] += ok
            n[key] += 1
        if not ok:
            wrong[(q["label"], f.handling)] += 1
            if args.show and q["split"] == "tune":
                print(f"{q['label']:>17} <- {str(f.handling):17} [{f.handling_source}] {q['text']}")
    for key in sorted(n, key=str):
        print(f"{key}: {right[key]}/{n[key]} = {right[key] / n[key]:.3f}")
    print("commonest confusions (gold, read):", wrong.most_common(8))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
