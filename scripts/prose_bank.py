"""Merge the blind prose banks into data/eval/prose_bank.json and split them by family, before anyone reads a
question: a family whose number (the digits after "-f", "-s" or "-u": fact, synthesis, unanswerable families) is odd
is "test", even is "tune".

    python scripts/prose_bank.py /work/blind/prose_bank_a.json /work/blind/prose_bank_b.json
    python scripts/prose_bank.py --out data/eval/prose_bank2.json /work/blind/prose_bank_c.json
    python scripts/prose_bank.py --out data/eval/prose_bank3.json --all-test /work/blind/prose_bank_d.json \
        /work/blind/prose_bank_e.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "eval" / "prose_bank.json"


def split_of(family: str) -> str:
    m = re.search(r"-[a-z]+(\d+)$", family or "")
    if not m:
        raise SystemExit(f"a family without a number: {family!r}")
    return "test" if int(m.group(1)) % 2 else "tune"


def main(paths: list[str], out: Path = OUT) -> None:
    items = []
    for p in paths:
        if not Path(p).exists():
            print(f"missing: {p}", file=sys.stderr)
            continue
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        items += data if isinstance(data, list) else data.get("questions", [])
    for q in items:
        q["split"] = split_of(q.get("family", ""))
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(items)} questions", dict(Counter((q["split"], q["kind"]) for q in items)))


if __name__ == "__main__":
    args = sys.argv[1:]
    out = OUT
    if args[:1] == ["--out"]:
        out, args = Path(args[1]), args[2:]
    if args[:1] == ["--all-test"]:
        # a bank kept whole as the test set (prose_bank3: scored once, at the end of the work it measures)
        split_of = lambda family: "test"  # noqa: E731
        args = args[1:]
    main(args, out)
