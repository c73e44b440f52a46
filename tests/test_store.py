"""What a RecordStore must do, run against embedded Chroma and a real `chroma run` server."""

import numpy as np
import pytest

from retrieval.errors import EmbedderMismatch, StoreError
from retrieval.search.store import ChromaStore
from retrieval.types import Record


def _recs(doc, n, h="h1"):
    return [
        Record(
            id=f"{h}:{i}",
            doc=doc,
            kind="hoeringsnotat",
            text=f"række {i} om læger",
            doc_hash=h,
            position=i,
            respondent="Gribskov Kommune",
            letter="abc"[i % 3],
            quote_pages=[1, 2],
            handling=None,
            is_remark=False,
        )
        for i in range(n)
    ]


def _vecs(n, seed=0):
    v = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


class RecordStoreContract:
    """Each backend supplies `store`; the assertions are the same."""

    def test_round_trip_keeps_every_field(self, store):
        store.open_for_write("emb-a")
        recs = _recs("a.txt", 3)
        store.upsert(recs, _vecs(3))
        got = store.all_records()
        assert [r.to_dict() for r in got] == [r.to_dict() for r in recs]
        assert store.count() == 3

    def test_query_ranks_by_similarity_and_filters(self, store):
        store.open_for_write("emb-a")
        v = _vecs(3)
        store.upsert(_recs("a.txt", 3), v)
        hits = store.query(v[1], k=3)
        assert hits[0][0].id == "h1:1" and hits[0][1] == pytest.approx(1.0, abs=1e-4)
        only_c = store.query(v[1], k=3, where={"letter": "c"})
        assert [r.letter for r, _ in only_c] == ["c"]

    def test_upsert_is_idempotent_and_documents_can_be_replaced(self, store):
        store.open_for_write("emb-a")
        store.upsert(_recs("a.txt", 3), _vecs(3))
        store.upsert(_recs("a.txt", 3), _vecs(3))
        assert store.count() == 3
        store.upsert(_recs("b.txt", 2, h="h2"), _vecs(2, 1))
        assert store.doc_sources()["b.txt"]["doc_hash"] == "h2"
        store.delete_ids(store.doc_ids("a.txt"))
        assert {r.doc for r in store.all_records()} == {"b.txt"}

    def test_large_reads_are_paged(self, store, monkeypatch):
        import retrieval.search.store as mod

        monkeypatch.setattr(mod, "PAGE", 2)
        store.open_for_write("emb-a")
        store.upsert(_recs("a.txt", 5), _vecs(5))
        recs, vecs = store.records_and_vectors()
        assert len(recs) == 5 and vecs.shape == (5, 8) and len(store.doc_ids("a.txt")) == 5

    def test_asking_with_another_embedder_says_to_reingest(self, store):
        store.open_for_write("emb-a")
        store.upsert(_recs("a.txt", 1), _vecs(1))
        with pytest.raises(EmbedderMismatch, match="Re-ingest"):
            store.open_for_read("emb-b")

    def test_writing_with_another_embedder_rebuilds(self, store):
        store.open_for_write("emb-a")
        store.upsert(_recs("a.txt", 2), _vecs(2))
        store.open_for_write("emb-b")
        assert store.count() == 0 and store.embedder_id() == "emb-b"

    def test_an_index_of_another_schema_says_to_rebuild(self, store, monkeypatch):
        import retrieval.search.store as st

        store.open_for_write("emb-a")
        store.upsert(_recs("a.txt", 1), _vecs(1))
        store.open_for_read("emb-a")
        monkeypatch.setattr(st, "SCHEMA_VERSION", st.SCHEMA_VERSION + 1)  # this plansvar is newer than the index
        with pytest.raises(StoreError, match="another plansvar version .*plansvar ingest"):
            store.open_for_read("emb-a")

    def test_missing_index_is_a_clear_error(self, store):
        with pytest.raises(StoreError, match="plansvar ingest"):
            store.open_for_read("emb-a")


class TestEmbeddedChroma(RecordStoreContract):
    @pytest.fixture
    def store(self, tmp_path):
        return ChromaStore(path=tmp_path / "chroma", collection="contract")


class TestChromaServer(RecordStoreContract):
    @pytest.fixture
    def store(self, chroma_server, request):
        s = ChromaStore(url=chroma_server, collection=f"contract-{abs(hash(request.node.name))}")
        yield s
        try:
            s._client_().delete_collection(s.collection_name)
        except Exception:  # noqa: BLE001 - best-effort clean-up
            pass


def test_bad_settings_are_clear():
    with pytest.raises(StoreError, match="3 or more"):
        ChromaStore(path="x", collection="ab")
    with pytest.raises(StoreError, match="needs a folder"):
        ChromaStore()


def test_unreachable_server_is_a_clear_error():
    s = ChromaStore(url="http://127.0.0.1:9", collection="plansvar")
    with pytest.raises(StoreError, match="Cannot reach the Chroma server"):
        s.open_for_read("x")
