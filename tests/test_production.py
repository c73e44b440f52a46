"""The deployed topology without Docker: `chroma run` on loopback, ingest and ask through PLANSVAR_CHROMA_URL;
answers identical to the embedded store's; asking during an ingest keeps working; a killed ingest changes nothing."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import CORPUS, EVAL, ROOT, seed_embedding_cache

from retrieval.service import Service
from retrieval.settings import Settings


def _start_ingest(env: dict, *paths: str) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "plansvar"
    return subprocess.Popen(
        [str(exe), "ingest", *paths],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_server_store_answers_like_the_embedded_one_and_keeps_answering_during_ingest(
    chroma_server, service, embedding_cache, tmp_path
):
    env = {
        "PLANSVAR_CHROMA_URL": chroma_server,
        "PLANSVAR_COLLECTION": "prod",
        "PLANSVAR_STORE": str(tmp_path / "local"),
    }
    seed_embedding_cache(tmp_path / "local", embedding_cache)  # the ingests' vectors: what service's index holds
    small = tmp_path / "small"
    small.mkdir()
    for name in ("oplaeg-ny-praksisplan-kommunale-input.txt", "manifest.json"):
        shutil.copy(CORPUS / name, small / name)
    first = _start_ingest(env, str(small))
    assert first.wait(timeout=300) == 0, first.stderr.read()

    server = Service(Settings(chroma_url=chroma_server, collection="prod", store=tmp_path / "local"))
    q = "Hvem holdt oplægget 'Ny praksisplan for almen praksis'?"
    assert server.answer(q).found

    # the whole corpus, while questions keep coming
    proc = _start_ingest(env, str(CORPUS))
    answers, errors = [], []

    def ask_loop():
        while proc.poll() is None:
            try:
                answers.append(server.answer(q).found)
            except Exception as e:  # noqa: BLE001 - any error fails the test below
                errors.append(repr(e))
            time.sleep(0.3)

    t = threading.Thread(target=ask_loop)
    t.start()
    assert proc.wait(timeout=900) == 0, proc.stderr.read()
    t.join()
    assert not errors and len(answers) >= 3 and all(answers)

    # after the switch the server store answers exactly like the embedded one
    embedded = service
    for item in json.loads((EVAL / "dev_questions.json").read_text(encoding="utf-8")):
        a, b = server.answer(item["question"]).to_dict(), embedded.answer(item["question"]).to_dict()
        a.pop("id"), b.pop("id")
        assert a == b, item["id"]


@pytest.mark.slow
def test_a_killed_ingest_leaves_the_previous_index_answering(corpus_store, embedding_cache, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(corpus_store, store)
    svc = Service(Settings(store=store))
    before = svc.answer("Which responses led to text changes?").to_dict()
    active = svc.store.active_name()

    # a changed corpus: every document must be embedded again, which takes a while (the store has no cache yet)
    changed = tmp_path / "corpus"
    shutil.copytree(CORPUS, changed)
    for f in changed.glob("*.txt"):
        f.write_text(f.read_text(encoding="utf-8") + "\n\nTilføjet linje.\n", encoding="utf-8")
    proc = _start_ingest({"PLANSVAR_STORE": str(store)}, str(changed))
    deadline = time.time() + 120
    while time.time() < deadline:  # wait until it is embedding, then kill it hard
        names = [c.name for c in Service(Settings(store=store)).store._client_().list_collections()]
        if len(names) >= 3:
            break
        time.sleep(0.5)
    time.sleep(3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    after = Service(Settings(store=store))
    assert after.store.active_name() == active
    got = after.answer("Which responses led to text changes?").to_dict()
    got.pop("id"), before.pop("id")
    assert got == before

    # the next ingest removes the half-built index and completes (NOTE: with the session's cache, else it would
    # embed the whole corpus once more: only the changed passages are embedded)
    seed_embedding_cache(store, embedding_cache)
    done = _start_ingest({"PLANSVAR_STORE": str(store)}, str(changed))
    assert done.wait(timeout=900) == 0
    final = Service(Settings(store=store))
    names = [c.name for c in final.store._client_().list_collections()]
    assert final.store.active_name() != active and len(names) == 2  # the pointer and the new index
    assert final.answer("Which responses led to text changes?").found
