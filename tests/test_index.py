"""The index is one immutable snapshot (retrieval/index.py): a reload swaps in a whole new Index, and each message
is answered from the one Index it took. Questions asked from several threads while the store is re-ingested over and
over get no error and no answer that mixes two versions."""

import csv
import dataclasses
import shutil
import threading
import time

import pytest

from retrieval.service import Service
from retrieval.settings import Settings
from retrieval.types import Citation

GRIBSKOV = "Gribskov Kommune"
EXTRA = "hoeringsnotat-tillaeg.csv"
# a small second høringsnotat: two more points from Gribskov, both leading to a change, so the counts of
# "Hvad sagde Gribskov?", "Which responses led to text changes?", the draft and the overview differ between versions
EXTRA_ROWS = [
    ("Gribskov Kommune", "Lægedækning", "Gribskov ønsker en lægeklinik i Helsinge med åbent om aftenen.",
     "Helsinge er tilføjet som prioriteret område.", "Giver anledning til ændring"),
    ("Gribskov Kommune", "Sammenhæng", "Gribskov beder om faste møder mellem kommunens sygeplejersker og almen praksis.",
     "Møderne er nævnt i afsnittet om samarbejde.", "Indarbejdes i planen"),
]
QUESTIONS = ("Hvad sagde Gribskov?", "Which responses led to text changes?", "Hvor mange sygebesøg aflægges der om året?",
             "Udkast til svar til Gribskov Kommune", "oversigt")
READERS = 3
SWITCHES = 4  # re-ingests while the questions run (about a second each here)


def _write_extra(folder) -> None:
    with open(folder / EXTRA, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Løbenr.", "Afsender", "Emne", "Sammenfatning af bemærkning", "Vurdering", "Indstilling"])
        for n, row in enumerate(EXTRA_ROWS, start=1):
            w.writerow([n, *row])


def _key(c: Citation) -> tuple:
    return dataclasses.astuple(c)


def _expected(ix) -> dict:
    """What every answer built from this Index must show."""
    rows = ix.rows()
    mine = [r for r in rows if r.respondent == GRIBSKOV]
    return {"cites": {_key(Citation.from_record(r)) for r in ix.records}, "docs": {d["doc"] for d in ix.documents()},
            "gribskov": len(mine), "points": sum(r.handling != "intet_svar" for r in mine),
            "changes": sum(r.handling == "aendring" for r in rows), "rows": len(rows)}


def _mixed(question: str, reply, e: dict) -> str | None:
    """Why the reply is not wholly the answer of the version described by e (None: it is)."""
    ans = reply.answer
    cites = [_key(c) for c in ans.citations]
    head = ans.answer.split("\n", 1)[0]
    if question == "oversigt":
        counted = sum(int(c.text.split()[0]) for c in ans.citations)
        ok = (f"Høringspunkter: {e['rows']} fra" in ans.answer and counted == e["rows"]
              and {c.doc for c in ans.citations} <= e["docs"])
        return None if ok else f"overview of another version: {head!r}, cited {counted} rows, expected {e['rows']}"
    if not (ans.found and cites and set(cites) <= e["cites"]):
        return f"cites records that version does not hold: {head!r}"
    if question == "Hvad sagde Gribskov?":
        ok = head.startswith(f"Alle {e['gribskov']} høringspunkter") and len(cites) == e["gribskov"]
    elif question == "Which responses led to text changes?":
        ok = head.startswith(f"All {e['changes']} consultation points") and len(cites) == e["changes"]
    elif question.startswith("Udkast"):
        ok = len(reply.draft.points) == e["points"] and head.startswith(f"Udkast til svar til {GRIBSKOV} — {e['points']} ")
    else:
        ok = True  # a fact: its passages must exist in the version (checked above)
    return None if ok else f"count of another version: {head!r} ({len(cites)} citations)"


def test_an_index_is_a_snapshot_nobody_can_change(service):
    ix = service.index()
    assert service.index() is ix  # the store did not change: the same snapshot
    with pytest.raises(dataclasses.FrozenInstanceError):
        ix.records = ()
    with pytest.raises(ValueError):
        ix.vectors[0, 0] = 1.0  # read-only
    with pytest.raises(ValueError):
        ix.row_vectors[0, 0] = 1.0
    assert isinstance(ix.records, tuple) and len(ix) == len(ix.records) == ix.vectors.shape[0]
    assert ix.version == service.store.active_name()
    docs = ix.documents()
    assert sum(d["records"] for d in docs) == len(ix) and len(docs) == 5
    hn = next(d["doc"] for d in docs if d["kind"] == "hoeringsnotat")
    assert len(ix.records_of(hn)) == len(ix.rows()) == 228
    assert any(r.name == GRIBSKOV for r in ix.respondents)
    assert service.answer("Hvad sagde Gribskov?").version == ix.version


def test_questions_asked_while_the_index_is_reloaded_see_one_version_each(corpus_store, e5, tmp_path):
    from ingest.pipeline import ingest
    from retrieval.store import ChromaStore

    shutil.copytree(corpus_store, tmp_path / "store")
    svc = Service(Settings(store=tmp_path / "store"), embedder=e5)
    writer = ChromaStore(path=tmp_path / "store", collection="plansvar")  # the ingest's own store, as in its process
    extra = tmp_path / "extra"
    extra.mkdir()

    def switch(add: bool) -> str:
        """Re-ingest with the extra høringsnotat added (or removed); the version that is now active."""
        if add:
            _write_extra(extra)
        else:
            (extra / EXTRA).unlink()
        ingest([extra], writer, e5, progress=False)
        return writer.active_name()

    # the two contents, "without" and "with" the extra document; versions map to one of them
    ix = svc.index()
    expected = {"without": _expected(ix)}
    state = {ix.version: "without"}
    state[switch(True)] = "with"
    expected["with"] = _expected(svc.index())
    for k in ("gribskov", "points", "changes", "rows", "docs"):
        assert expected["with"][k] != expected["without"][k], k  # else a mixed answer could pass unseen

    stop = threading.Event()
    replies, errors = [], []

    def ask(start: int) -> None:
        i = start
        while not stop.is_set():
            q = QUESTIONS[i % len(QUESTIONS)]
            i += 1
            try:
                replies.append((q, svc.respond(q)))
            except Exception as e:  # noqa: BLE001 - every error fails the test below
                errors.append(f"{q}: {e!r}")

    def reingest() -> None:
        try:
            add = False
            for _ in range(SWITCHES):
                state[switch(add)] = "with" if add else "without"
                add = not add
                time.sleep(0.3)  # questions get answered from each version, not only from the last
        except Exception as e:  # noqa: BLE001
            errors.append(f"ingest: {e!r}")
        finally:
            stop.set()

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(READERS)] + [threading.Thread(target=reingest)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    stop.wait(timeout=120)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors[:5]
    versions = {reply.answer.version for _, reply in replies}
    # the questions really ran across reloads: answers from three versions or more
    assert len(versions) >= 3 and len(replies) >= 20, (len(versions), len(replies), time.monotonic() - t0)
    wrong = []
    for q, reply in replies:
        why = _mixed(q, reply, expected[state[reply.answer.version]])
        if why:
            wrong.append(f"{q} [{state[reply.answer.version]}]: {why}")
    assert not wrong, wrong[:5]
    assert svc.index().version == writer.active_name()  # and the Service follows the last switch
