"""The index is one immutable snapshot (retrieval/search/index.py): a reload swaps in a whole new Index, and each message
is answered from the one Index it took. Questions asked from several threads while the store is re-ingested over and
over get no error and no answer that mixes two versions."""

import csv
import dataclasses
import itertools
import json
import random
import re
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
    (
        "Gribskov Kommune",
        "Lægedækning",
        "Gribskov ønsker en lægeklinik i Helsinge med åbent om aftenen.",
        "Helsinge er tilføjet som prioriteret område.",
        "Giver anledning til ændring",
    ),
    (
        "Gribskov Kommune",
        "Sammenhæng",
        "Gribskov beder om faste møder mellem kommunens sygeplejersker og almen praksis.",
        "Møderne er nævnt i afsnittet om samarbejde.",
        "Indarbejdes i planen",
    ),
]
QUESTIONS = (
    "Hvad sagde Gribskov?",
    "Which responses led to text changes?",
    "Hvor mange sygebesøg aflægges der om året?",
    "Hvad sagde kommunerne om fasttilknyttede læger?",
    "Udkast til svar til Gribskov Kommune",
    "oversigt",
)
READERS = 3
MAX_SWITCHES = 12
SWITCHES = 4  # re-ingests while the questions run (about a second each here)


def _write_extra(folder) -> None:
    # a supplement to the bundled consultation: the manifest says so (without it, it would be a consultation of its own)
    entry = {
        "file": EXTRA,
        "kind": "hoeringsnotat",
        "consultation": "Praksisplan for almen praksis, Region Hovedstaden",
    }
    (folder / "manifest.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
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
    return {
        "cites": {_key(Citation.from_record(r)) for r in ix.records},
        "docs": {d["doc"] for d in ix.documents()},
        "gribskov": len(mine),
        "points": sum(r.handling != "intet_svar" for r in mine),
        "changes": sum(r.handling == "aendring" for r in rows),
        "rows": sum(r.handling != "intet_svar" for r in rows),  # the overview counts points: no non-responders
        "kommune": sum(r.respondent_type == "kommune" and r.handling != "intet_svar" for r in rows),  # points
    }


def _mixed(question: str, reply, e: dict, quiet: tuple) -> str | None:
    """Why the reply is not wholly the answer of the version described by e (None: it is): it must cite only that
    version's records, count that version's rows, and be the answer that content gives when nothing changes."""
    ans = reply.answer
    cites = [_key(c) for c in ans.citations]
    head = ans.answer.split("\n", 1)[0]
    if (ans.answer, cites) != quiet:
        return f"not that version's answer: {head!r} ({len(cites)} citations)"
    if question == "oversigt":
        counted = sum(int(c.text.split()[0]) for c in ans.citations)
        ok = (
            f"Høringspunkter: {e['rows']} fra" in ans.answer
            and counted == e["rows"]
            and {c.doc for c in ans.citations} <= e["docs"]
        )
        return None if ok else f"overview of another version: {head!r}, cited {counted} rows, expected {e['rows']}"
    if not (ans.found and cites and set(cites) <= e["cites"]):
        return f"cites records that version does not hold: {head!r}"
    if question == "Hvad sagde kommunerne om fasttilknyttede læger?":
        m = re.match(r"(\d+) af (\d+) høringspunkter", head)
        ok = bool(m) and int(m.group(1)) == len(cites) and int(m.group(2)) == e["kommune"]
    elif question == "Hvad sagde Gribskov?":
        ok = head.startswith(f"Alle {e['gribskov']} høringspunkter") and len(cites) == e["gribskov"]
    elif question == "Which responses led to text changes?":
        ok = head.startswith(f"All {e['changes']} consultation points") and len(cites) == e["changes"]
    elif question.startswith("Udkast"):
        ok = len(reply.draft.points) == e["points"] and head.startswith(
            f"Udkast til svar til {GRIBSKOV} — {e['points']} "
        )
    else:  # a fact: its passages exist in the version (above), and the first is about the question
        ok = "sygebesøg" in ans.citations[0].text.lower()
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


class SlowQueries:
    """The session's model, taking `delay` seconds longer for each query vector (the GIL released meanwhile), as
    the model here does under load (0.1-3 s measured). NOTE: a question whose text is new is then still in flight
    when another thread has read and swapped in the next version; with fast or cached query vectors, a question
    would be done before a reload's store read is, and a race between them would rarely be seen."""

    def __init__(self, inner) -> None:
        self.inner, self.id, self.delay = inner, inner.id, 0.0
        self._jitter = random.Random(11)

    def embed_query(self, text):
        time.sleep(self.delay * self._jitter.uniform(0.3, 1.7))  # NOTE: jitter, so the readers do not run in step
        return self.inner.embed_query(text)

    def embed_passages(self, texts):
        return self.inner.embed_passages(texts)


QUERY_DELAY = 0.4


_CASES = itertools.count()


def _question(rng: random.Random) -> str:
    """A reader's next question: one of the fixed ones, or (a third of the time) a fact question with a case number,
    whose text (and so its query vector) is new each time (for the first 90: a number of 3 digits would have to be
    in the passages). NOTE: drawn at random, so the readers are at different points when a reload comes."""
    if rng.random() < 1 / 3:
        return f"Sag {10 + next(_CASES) % 90}: hvor mange sygebesøg aflægges der om året?"
    return rng.choice(QUESTIONS)


def test_questions_asked_while_the_index_is_reloaded_see_one_version_each(corpus_store, e5, tmp_path):
    from ingest.pipeline import ingest
    from retrieval.search.store import ChromaStore

    shutil.copytree(corpus_store, tmp_path / "store")
    slow = SlowQueries(e5)
    svc = Service(Settings(store=tmp_path / "store"), embedder=slow)
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

    # the two contents, "without" and "with" the extra document: every version is one of them
    snapshot = {"without": svc.index()}
    state = {snapshot["without"].version: "without"}
    state[switch(True)] = "with"
    snapshot["with"] = svc.index()
    expected = {k: _expected(ix) for k, ix in snapshot.items()}
    for k in ("gribskov", "points", "changes", "rows", "docs", "kommune"):
        assert expected["with"][k] != expected["without"][k], k  # else a mixed answer could pass unseen

    stop = threading.Event()
    replies, errors = [], []

    def ask(seed: int) -> None:
        rng = random.Random(seed)
        while not stop.is_set():
            q = _question(rng)
            try:
                replies.append((q, svc.respond(q)))
            except Exception as e:  # noqa: BLE001 - every error fails the test below
                errors.append(f"{q}: {e!r}")

    def reingest() -> None:
        try:
            add = False
            switches = 0
            # NOTE: at least SWITCHES re-ingests, and more (up to MAX_SWITCHES) while too few questions were answered:
            # a loaded machine answers fewer per switch, and the checks below need 20
            while switches < SWITCHES or (len(replies) < 20 and switches < MAX_SWITCHES):
                state[switch(add)] = "with" if add else "without"
                add = not add
                switches += 1
                time.sleep(0.3)  # questions get answered from each version, not only from the last
        except Exception as e:  # noqa: BLE001
            errors.append(f"ingest: {e!r}")
        finally:
            stop.set()

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(READERS)] + [threading.Thread(target=reingest)]
    slow.delay = QUERY_DELAY
    t0 = time.monotonic()
    for t in threads:
        t.start()
    stop.wait(timeout=120)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    took = time.monotonic() - t0
    slow.delay = 0.0
    assert not any(t.is_alive() for t in threads)
    assert not errors, errors[:5]
    versions = {reply.answer.version for _, reply in replies}
    # the questions really ran across reloads: answers from three versions or more
    assert len(versions) >= 3 and len(replies) >= 20, (len(versions), len(replies), took)
    assert versions <= set(state)
    quiet: dict = {}  # (question, content) -> the answer a snapshot of that content gives, asked alone
    wrong = []
    for q, reply in replies:
        v = state[reply.answer.version]
        if (q, v) not in quiet:
            ans = svc.respond(q, ix=snapshot[v]).answer
            quiet[q, v] = (ans.answer, [_key(c) for c in ans.citations])
        why = _mixed(q, reply, expected[v], quiet[q, v])
        if why:
            wrong.append(f"{q} [{v}]: {why}")
    assert not wrong, wrong[:5]
    assert svc.index().version == writer.active_name()  # and the Service follows the last switch
