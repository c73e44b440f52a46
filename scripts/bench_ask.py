"""Warm `ask` latency over the dev questions, in-process: the model and store load once, then every question is
answered ROUNDS times. Prints p50/p95 and the slowest question. Usage: python scripts/bench_ask.py [QUESTIONS.json]"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.service import Service  # noqa: E402

ROUNDS = 5


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "eval" / "dev_questions.json"
    questions = [q["question"] for q in json.loads(path.read_text(encoding="utf-8"))]
    svc = Service()
    t0 = time.perf_counter()
    svc.answer(questions[0])
    cold = time.perf_counter() - t0
    times: list[tuple[float, str]] = []
    for _ in range(ROUNDS):
        for q in questions:
            t = time.perf_counter()
            svc.answer(q)
            times.append((time.perf_counter() - t, q))
    ms = sorted(1000 * t for t, _ in times)
    p50 = statistics.median(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    slow = max(times)
    print(
        json.dumps(
            {
                "questions": len(questions),
                "answers": len(times),
                "first_answer_s": round(cold, 2),
                "p50_ms": round(p50, 1),
                "p95_ms": round(p95, 1),
                "max_ms": round(1000 * slow[0], 1),
                "slowest": slow[1][:80],
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
