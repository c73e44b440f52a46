"""Score the høringsnotat parser on a folder of documents with gold files, blind: every document in DIR is parsed
with the project's parser (ingest.pipeline.parse_file, as `plansvar parse` does) and compared with its gold file.

Usage: python scripts/score_layouts.py DIR [--json] [--wrong]

A document `X.pdf` (or .docx/.xlsx/.csv/.txt/.md) has its gold in `X.gold.json` (or `X.pdf.gold.json`), the format of
/work/blind/layouts/README.md: {"points": [{"respondent", "summary_start" (the first words of the point, "" for a
party that did not respond), "handling"}]}; "summary" and "outcome" are read too. A point is found when its respondent
matches and the parsed summary starts with summary_start, both after whitespace and case folding (or, failing that,
with punctuation folded as well); each parsed row matches one point at most. Point F1 over all points; outcome
accuracy over the points found. A manifest.json beside the documents is used as in an ingest.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.loaders import SUPPORTED  # noqa: E402
from ingest.notes import FileNotes  # noqa: E402
from ingest.pipeline import Manifest, parse_file  # noqa: E402


def ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").lower()).strip()


def norm(s: str | None) -> str:
    return re.sub(r"[^\wæøå]+", " ", (s or "").lower()).strip()


def same_party(a: str | None, b: str | None) -> bool:
    return ws(a) == ws(b) or norm(a) == norm(b)


def starts(summary: str | None, start: str | None) -> bool:
    if not start:
        return True
    return ws(summary).startswith(ws(start)) or norm(summary).startswith(norm(start))


def gold_for(doc: Path) -> Path | None:
    for g in (doc.with_name(doc.name + ".gold.json"), doc.with_name(doc.stem + ".gold.json")):
        if g.is_file():
            return g
    return None


def load_gold(path: Path) -> tuple[list[dict], dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data if isinstance(data, dict) else {}
    points = data if isinstance(data, list) else (data.get("points") or data.get("rows") or [])
    out = []
    for p in points:
        out.append(
            {
                "respondent": p.get("respondent") or p.get("party"),
                "summary": p.get("summary_start", p.get("summary")),
                "outcome": p.get("outcome", p.get("handling")),
            }
        )
    return out, meta


def score(records, gold: list[dict]) -> dict:
    rows = [r for r in records if r.is_row]
    free = list(range(len(rows)))
    hit, right, wrong, missed = 0, 0, [], []
    # points with a summary first, then the no-response points (an empty start matches any row of the party)
    for g in sorted(gold, key=lambda g: not g["summary"]):
        j = next(
            (
                j
                for j in free
                if same_party(rows[j].respondent, g["respondent"])
                and starts(rows[j].summary, g["summary"])
                and (g["summary"] or rows[j].handling == "intet_svar" or not rows[j].summary)
            ),
            None,
        )
        if j is None and not g["summary"]:
            j = next((j for j in free if same_party(rows[j].respondent, g["respondent"])), None)
        if j is None:
            missed.append((g["respondent"], (g["summary"] or "")[:50]))
            continue
        free.remove(j)
        r = rows[j]
        hit += 1
        if r.handling == g["outcome"]:
            right += 1
        else:
            wrong.append((g["respondent"], (g["summary"] or "")[:50], r.handling, g["outcome"]))
    extra = [(rows[j].respondent, (rows[j].summary or "")[:50]) for j in free]
    prec = hit / len(rows) if rows else 0.0
    rec = hit / len(gold) if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "gold": len(gold),
        "found_rows": len(rows),
        "matched": hit,
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "outcome_right": right,
        "outcome_accuracy": right / hit if hit else 0.0,
        "wrong": wrong,
        "missed": missed,
        "extra": extra,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--wrong", action="store_true", help="list missed, extra and wrongly handled points")
    args = ap.parse_args(argv)
    docs = sorted(
        p
        for p in args.dir.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.endswith(".gold.json") and gold_for(p)
    )
    if not docs:
        print(f"no documents with a .gold.json under {args.dir}", file=sys.stderr)
        return 1
    manifest = Manifest.for_paths([args.dir])
    results = []
    for doc in docs:
        gold, meta = load_gold(gold_for(doc))
        notes = FileNotes()
        try:
            recs = parse_file(doc, manifest.get(doc.name), notes=notes)
            s = score(recs, gold)
        except Exception as e:  # noqa: BLE001 - a file that fails scores 0 and is reported
            s = score([], gold)
            s["error"] = f"{type(e).__name__}: {e}"
        s.update(
            doc=str(doc.relative_to(args.dir)),
            layout=meta.get("layout") or meta.get("description") or notes.layout,
            warnings=notes.warnings,
            counts={k: getattr(notes, k, None) for k in ("points", "parties", "outcomes")},
        )
        results.append(s)
    tot_gold = sum(r["gold"] for r in results)
    tot_rows = sum(r["found_rows"] for r in results)
    tot_hit = sum(r["matched"] for r in results)
    tot_right = sum(r["outcome_right"] for r in results)
    p = tot_hit / tot_rows if tot_rows else 0.0
    rc = tot_hit / tot_gold if tot_gold else 0.0
    total = {
        "documents": len(results),
        "gold": tot_gold,
        "found_rows": tot_rows,
        "point_f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
        "outcome_accuracy": tot_right / tot_hit if tot_hit else 0.0,
        "macro_point_f1": sum(r["f1"] for r in results) / len(results),
    }
    if args.json:
        print(json.dumps({"total": total, "documents": results}, ensure_ascii=False, indent=1))
        return 0
    print("| document | layout | gold points | rows found | point F1 | outcome accuracy |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['doc']} | {str(r['layout'])[:60]} | {r['gold']} | {r['found_rows']} | {r['f1']:.3f} | "
            f"{r['outcome_accuracy']:.3f} |" + (f" ERROR {r['error']}" if r.get("error") else "")
        )
    print(
        f"| **all ({total['documents']} documents)** | | {tot_gold} | {tot_rows} | {total['point_f1']:.3f} "
        f"(macro {total['macro_point_f1']:.3f}) | {total['outcome_accuracy']:.3f} |"
    )
    if args.wrong:
        for r in results:
            for kind in ("missed", "extra", "wrong"):
                for x in r[kind]:
                    print(f"{r['doc']}: {kind}: {x}")
            for w in r["warnings"]:
                print(f"{r['doc']}: warning: {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
