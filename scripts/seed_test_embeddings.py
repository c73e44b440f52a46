"""Write tests/fixtures/embedding-seed.sqlite3: the vectors the suite asks the models for (passages of the bundled
corpus and of the layouts the tests build, the reader's phrasings, the phrasing bank's questions), from the bundled e5
and all-MiniLM-L6-v2, in the format of the suite's embedding cache (tests/conftest.py: key = embedder id, version
included, and the exact text).

It runs the suite once with an empty cache (PLANSVAR_TEST_EMBEDDING_CACHE) and keeps what the models gave. Every later
run's session cache starts as a copy of it, so a fresh clone does not spend minutes embedding the same texts again;
a text that is not in it is embedded by the model as usual. tests/test_bench_and_cache.py checks that the seed holds
what the model gives and covers the corpus; renew it after a parser or corpus change: `make test-seed`."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "embedding-seed.sqlite3"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache.sqlite3"
        env = {**os.environ, "PLANSVAR_TEST_EMBEDDING_CACHE": str(cache)}
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-n",
                "2",
                "--dist",
                "loadscope",
                "-p",
                "no:cacheprovider",
                "-k",
                "not shipped_embedding_seed",
            ],
            cwd=ROOT,
            env=env,
        )  # those check the seed itself
        if run.returncode != 0 or not cache.exists():
            print("the suite failed: the seed is left as it was", file=sys.stderr)
            return 1
        db = sqlite3.connect(cache)
        db.execute("VACUUM")
        n = sum(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("vec", "query"))
        db.close()
        SEED.write_bytes(cache.read_bytes())
    print(f"wrote {SEED.relative_to(ROOT)}: {n} vectors, {SEED.stat().st_size // 1024} KiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
