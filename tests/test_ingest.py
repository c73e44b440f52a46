"""Ingest end to end with the real bundled model and a real Chroma: idempotent, incremental, and bad files reported."""

import json
import os

import pytest
from conftest import CORPUS, cli, run_cli, seed_embedding_cache

from ingest.pipeline import ingest
from retrieval.errors import EmbedderMismatch
from retrieval.search.ranking import dense_search
from retrieval.search.store import ChromaStore


@pytest.fixture
def store(tmp_path):
    return ChromaStore(path=tmp_path / "idx", collection="plansvar")


def _snapshot(store):
    return {r.id: (r.text, r.doc_hash) for r in store.all_records()}


def test_reingest_changes_nothing_then_changes_and_removals_apply(small_corpus, store, e5):
    first = ingest([small_corpus], store, e5, progress=False)
    assert sorted(first.ingested) == [
        "oplaeg-ny-praksisplan-kommunale-input.txt",
        "plo-sjaelland-vision-praksissektor.txt",
    ]
    assert first.records_by_kind == {"oplaeg": first.records}
    before = _snapshot(store)

    again = ingest([small_corpus], store, e5, progress=False)
    assert again.ingested == [] and len(again.unchanged) == 2
    assert _snapshot(store) == before

    # a changed file replaces its records
    deck = small_corpus / "oplaeg-ny-praksisplan-kommunale-input.txt"
    deck.write_text(deck.read_text(encoding="utf-8") + "\n\n\n\nEkstra slide om telemedicin\n", encoding="utf-8")
    changed = ingest([small_corpus], store, e5, progress=False)
    assert changed.ingested == ["oplaeg-ny-praksisplan-kommunale-input.txt"]
    now = store.all_records()
    assert len({r.doc_hash for r in now if r.doc == deck.name}) == 1  # no records of the old version remain
    assert any("telemedicin" in r.text for r in now)

    # a removed file's records go
    (small_corpus / "plo-sjaelland-vision-praksissektor.txt").unlink()
    removed = ingest([small_corpus], store, e5, progress=False)
    assert removed.removed == ["plo-sjaelland-vision-praksissektor.txt"]
    assert {r.doc for r in store.all_records()} == {deck.name}


def test_a_single_file_is_added_without_touching_the_rest(small_corpus, store, e5, tmp_path):
    ingest([small_corpus], store, e5, progress=False)
    extra = tmp_path / "notat.md"
    extra.write_text("# Notat om sygebesøg\n\nKommunen ønsker flere sygebesøg i weekenden.\n", encoding="utf-8")
    rep = ingest([extra], store, e5, progress=False)
    assert rep.ingested == ["notat.md"] and rep.removed == []
    assert len({r.doc for r in store.all_records()}) == 3
    hits = dense_search(store, e5, "sygebesøg i weekenden", k=1)
    assert hits[0][0].doc == "notat.md"


def test_bad_files_are_reported_and_the_rest_ingested(small_corpus, store, e5):
    (small_corpus / "empty.txt").write_bytes(b"")
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    (small_corpus / "broken.docx").write_bytes(b"PK\x03\x04garbage")
    (small_corpus / "binary.txt").write_bytes(b"\x00\x01" * 100)
    os.symlink(small_corpus / "nowhere.txt", small_corpus / "dangling.txt")
    (small_corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    rep = ingest([small_corpus], store, e5, progress=False)
    assert len(rep.ingested) == 2 and rep.ok
    reasons = {os.path.basename(f.path): f.reason for f in rep.failed}
    assert set(reasons) == {"empty.txt", "broken.pdf", "broken.docx", "binary.txt", "dangling.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "cannot read" in reasons["dangling.txt"]
    assert [os.path.basename(f.path) for f in rep.skipped] == ["photo.jpg"]


def test_a_file_that_breaks_keeps_its_previous_version(small_corpus, store, e5):
    ingest([small_corpus], store, e5, progress=False)
    deck = small_corpus / "plo-sjaelland-vision-praksissektor.txt"
    n = len(store.doc_ids(deck.name))
    deck.write_bytes(b"\x00" * 50)
    rep = ingest([small_corpus], store, e5, progress=False)
    assert [os.path.basename(f.path) for f in rep.failed] == [deck.name]
    assert len(store.doc_ids(deck.name)) == n and rep.removed == []


def test_asking_with_another_embedder_is_a_clear_error(small_corpus, store, e5):
    from retrieval.search.embedders import make_embedder

    # the session's one MiniLM behind the session's embedding cache (tests/conftest.py), as the calibration tests use
    ingest([small_corpus], store, make_embedder("all-MiniLM-L6-v2"), progress=False)
    with pytest.raises(EmbedderMismatch, match="plansvar ingest"):
        dense_search(store, e5, "lægedækning")


def test_cli_exit_codes_and_summary(tmp_path, small_corpus):
    ok = cli("ingest", str(small_corpus), "--json", "--quiet")
    assert ok.returncode == 0, ok.stderr
    rep = json.loads(ok.stdout)
    assert rep["documents"] == 2 and rep["records_by_kind"]["oplaeg"] == rep["records"]

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    fail = cli("ingest", str(bad), "--quiet")
    assert fail.returncode == 1
    assert "empty.txt: the file is empty" in fail.stdout and "Nothing could be ingested" in fail.stderr

    missing = cli("ingest", str(tmp_path / "nope"), "--quiet")
    assert missing.returncode == 1 and "no such file or folder" in missing.stdout


def test_cli_parse_json_and_score(tmp_path):
    out = cli("parse", str(CORPUS / "region-hovedstaden-hoeringsnotat-praksisplan.txt"), "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 228
    first = rows[0]
    for field in (
        "respondent",
        "respondent_type",
        "theme",
        "letter",
        "is_remark",
        "summary",
        "handling",
        "handling_raw",
        "text_change",
        "quote",
        "quote_pages",
        "line_start",
        "line_end",
    ):
        assert field in first
    score = cli(
        "parse",
        str(CORPUS / "region-hovedstaden-hoeringsnotat-praksisplan.txt"),
        "--score",
        "data/eval/dev_hoeringssvar_rows.json",
        "--only-gold-part",
    )
    s = json.loads(score.stdout)
    assert s["row_f1"] >= 0.97 and s["field_accuracy"] >= 0.95


def test_cli_errors_are_one_line(tmp_path):
    out = cli("stats")
    assert out.returncode == 2 and out.stderr.startswith("plansvar: No plansvar index")
    out = cli("parse", str(tmp_path / "x.txt"))
    assert out.returncode == 2 and "no such file" in out.stderr
    out = cli("stats", env={"PLANSVAR_EMBED_BATCH": "0"})
    assert out.returncode == 2 and "PLANSVAR_EMBED_BATCH must be at least 1" in out.stderr
    out = cli("search", "  ")
    assert out.returncode == 2 and "question is empty" in out.stderr


@pytest.mark.slow
def test_full_corpus_ingest_is_idempotent_via_the_cli(tmp_path, corpus_store, embedding_cache):
    """The demo path, the console script in a process of its own: the whole bundled corpus into an embedded store,
    then again (nothing changes). The session's cache spares it the embedding (corpus_store filled it)."""
    env = {"PLANSVAR_STORE": str(tmp_path / "full")}
    seed_embedding_cache(tmp_path / "full", embedding_cache)
    first = run_cli("ingest", "--json", "--quiet", env=env)
    assert first.returncode == 0, first.stderr
    rep = json.loads(first.stdout)
    assert rep["documents"] == 5
    assert rep["records_by_kind"]["hoeringsnotat"] == 228 and rep["records_by_kind"]["sundhedsaftale"] > 0
    assert rep["rows_by_handling"]["aendring"] == 27  # 22 direct + 5 Regionsældrerådet rows that follow PIU
    store = ChromaStore(path=tmp_path / "full", collection="plansvar")
    before = _snapshot(store)
    second = cli("ingest", "--json", "--quiet", env=env)
    rep2 = json.loads(second.stdout)
    assert rep2["ingested"] == [] and len(rep2["unchanged"]) == 5
    assert _snapshot(store) == before
    stats = cli("stats", "--json", env=env)
    assert json.loads(stats.stdout)["records"] == len(before)
