"""RecordStore: where Records and their vectors live. ChromaStore is the adapter (embedded or HTTP server)."""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shutil
import socket
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Protocol, Sequence
from urllib.parse import urlparse

import numpy as np

from retrieval.errors import EmbedderMismatch, IngestBusy, StoreEmpty, StoreError, StoreOutdated, StoreUnreachable
from retrieval.types import Record

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # (4: consultations and letters) bump when Record fields or chunking change: a store of another version must be rebuilt
LEASE_SECONDS = 60.0  # a Chroma server's ingest lease: renewed every LEASE_SECONDS / 4 while the ingest runs
UUID_DIR = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _not_found(e: Exception) -> bool:
    from chromadb.errors import NotFoundError

    return isinstance(e, NotFoundError)


def _guarded(method):
    """Store calls: a server that refuses or does not answer in time is StoreUnreachable, not a raw httpx error."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        store = self if isinstance(self, ChromaStore) else self.store
        down = store._down
        if down is not None and time.monotonic() < down[0]:
            raise StoreUnreachable(f"{down[1]} (failed {time.monotonic() - down[2]:.1f} s ago; not asked again yet)")
        try:
            return method(self, *args, **kwargs)
        except StoreUnreachable as e:
            store._went_down(str(e))
            raise
        except StoreError:
            raise
        except Exception as e:  # noqa: BLE001 - mapped or re-raised below
            import httpx

            if isinstance(e, httpx.TimeoutException):
                msg = (
                    f"The Chroma server at {store.url} did not answer within {store.timeout:g} s "
                    "(PLANSVAR_CHROMA_TIMEOUT). Is it overloaded or stopped?"
                )
            elif isinstance(e, (httpx.TransportError, ConnectionError)):
                msg = f"Cannot reach the Chroma server at {store.url}: {e}. Is `chroma run` up?"
            else:
                raise
            store._went_down(msg)
            raise StoreUnreachable(msg) from None

    return wrapper


class RecordStore(Protocol):
    """What plansvar needs of a vector store."""

    def upsert(self, records: Sequence[Record], embeddings: np.ndarray) -> None: ...

    def doc_ids(self, doc: str) -> list[str]: ...

    def delete_ids(self, ids: Sequence[str]) -> None: ...

    def doc_sources(self) -> dict[str, dict[str, str]]: ...

    def all_records(self) -> list[Record]: ...

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[tuple[Record, float]]: ...

    def count(self) -> int: ...


class ChromaStore:
    """Chroma behind the RecordStore protocol: PersistentClient in a folder, or HttpClient for a server URL.

    The collection's metadata names the embedder that built it, so vectors of two models never mix.
    Connection is made on first use; constructing a ChromaStore is instant.
    """

    def __init__(
        self,
        path: Path | str | None = None,
        url: str | None = None,
        collection: str = "plansvar",
        timeout: float = 10.0,
        lock_wait: float = 60.0,
    ) -> None:
        if not path and not url:
            raise StoreError("ChromaStore needs a folder (PLANSVAR_STORE) or a server URL (PLANSVAR_CHROMA_URL).")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{1,510}[A-Za-z0-9]", collection or ""):
            raise StoreError(
                "PLANSVAR_COLLECTION must have 3 or more characters from a-z, A-Z, 0-9, '.', '_' and '-', starting and "
                f"ending with a letter or digit. Currently, it is {collection!r}."
            )
        self.path = Path(path) if path else None
        self.url = url
        self.collection_name = collection
        self.timeout = float(timeout)
        self.lock_wait = float(lock_wait)
        self._client = None
        self._client_lock = threading.Lock()
        self._col = None
        self._lease: dict | None = None
        self._down: tuple[float, str, float] | None = None  # (not asked again before, why, when) after a failure

    def _went_down(self, why: str) -> None:
        """The server did not answer: for the next PLANSVAR_CHROMA_TIMEOUT seconds (10 at most) every call fails at
        once.
        NOTE: without this, requests that reach the store one after another would each wait the full timeout
        (20 waiting questions: 20 x 10 s); with it one request per period waits, the others get their 503 now."""
        if self.url:
            now = time.monotonic()
            self._down = (now + min(self.timeout, 10.0), why, now)

    @property
    def location(self) -> str:
        """Where the store is, for operators (CLI, server log); never sent to clients, see `kind`."""
        return self.url or str(self.path.resolve())

    @property
    def kind(self) -> str:
        """'server' or 'embedded': what /healthz tells clients instead of a path or URL."""
        return "server" if self.url else "embedded"

    def _client_(self):
        if self._client is None:
            with self._client_lock:  # NOTE: readers in several threads ask at once; one client, made once
                if self._client is None:
                    self._client = self._new_client()
        return self._client

    def _new_client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if self.url:
            u = urlparse(self.url if "://" in self.url else f"http://{self.url}")
            if not u.hostname:
                raise StoreError(f"PLANSVAR_CHROMA_URL is not a URL: {self.url!r}. Example: http://127.0.0.1:8000")
            return self._connect(u, chroma_settings)
        self.path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)

    def _connect(self, u, chroma_settings):
        """An HttpClient whose every request times out after self.timeout seconds."""
        import chromadb
        import httpx

        # NOTE: chromadb 1.5.9's HttpClient makes its httpx session with timeout=None and has no setting for it, and
        # its constructor already talks to the server (tenant and database checks). So the constructor runs in a
        # thread we wait for at most self.timeout, and the session gets its timeout as soon as it exists.
        box: dict[str, Any] = {}

        def connect() -> None:
            try:
                client = chromadb.HttpClient(
                    host=u.hostname,
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=chroma_settings,
                )
                client._server._session.timeout = httpx.Timeout(self.timeout)
                box["client"] = client
            except BaseException as e:  # noqa: BLE001 - handed to the caller
                box["error"] = e

        t = threading.Thread(target=connect, name="chroma-connect", daemon=True)
        t.start()
        t.join(self.timeout)
        if t.is_alive():
            raise StoreUnreachable(
                f"The Chroma server at {self.url} did not answer within {self.timeout:g} s (PLANSVAR_CHROMA_TIMEOUT). "
                "Is it overloaded or stopped?"
            )
        if "error" in box:
            e = box["error"]
            raise StoreUnreachable(f"Cannot reach the Chroma server at {self.url}: {e}. Is `chroma run` up?") from None
        return box["client"]

    # NOTE: the logical collection (PLANSVAR_COLLECTION) is a pointer: its metadata names the physical collection
    # that answers ("plansvar-18f3…"). An ingest builds a new physical collection and switches the pointer only when
    # it is complete, so a failing or killed ingest leaves the previous index answering.

    def _pointer(self, create: bool = False):
        if not create and not self.url and self._client is None and not self.path.exists():
            return None  # NOTE: reading a store that is not there makes no folder (a question asked in another folder)
        client = self._client_()
        try:
            return client.get_collection(self.collection_name)
        except Exception as e:  # noqa: BLE001 - only "not found" means there is no pointer; the rest is raised
            if not _not_found(e):
                raise
            if not create:
                return None
            return client.get_or_create_collection(
                self.collection_name, embedding_function=None, metadata={"plansvar_pointer": True}
            )

    @_guarded
    def active_name(self) -> str | None:
        p = self._pointer()
        return (p.metadata or {}).get("active") if p is not None else None

    def _existing(self):
        """The physical collection the pointer names now (re-read on every call: readers follow a switch). When
        the named collection is gone, an ingest has just switched and removed it: the pointer is read again."""
        for _ in range(3):
            name = self.active_name()
            if name is None:
                self._col = None
                return None
            col = self._col  # NOTE: read once: readers in other threads may set it meanwhile
            if col is not None and col.name == name:
                return col
            try:
                col = self._col = self._client_().get_collection(name)
                return col
            except Exception as e:  # noqa: BLE001
                self._col = None
                if not _not_found(e):
                    raise
        return None

    @_guarded
    def exists(self) -> bool:
        return self._existing() is not None

    @_guarded
    def embedder_id(self) -> str | None:
        col = self._existing()
        return (col.metadata or {}).get("embedder") if col is not None else None

    @_guarded
    def schema(self) -> int | None:
        col = self._existing()
        return (col.metadata or {}).get("schema") if col is not None else None

    def _is_build(self, name: str) -> bool:
        """A physical collection of this store: the pointer's name, '-' and the build's time in hex."""
        return re.fullmatch(re.escape(self.collection_name) + r"-[0-9a-f]{12,}", name) is not None

    @_guarded
    def begin_build(self, embedder_id: str) -> "Build":
        """A new physical collection to fill; commit() makes it the one that answers."""
        client = self._client_()
        active = self.active_name()
        pointer = self._pointer(create=True)
        if not (pointer.metadata or {}).get("plansvar_pointer"):
            # a collection of this name from before the pointer layout: it holds records, not a pointer
            client.delete_collection(self.collection_name)
            pointer = self._pointer(create=True)
        for c in client.list_collections():
            name = c if isinstance(c, str) else c.name
            if self._is_build(name) and name != active:
                client.delete_collection(name)  # left by an ingest that was killed, or not removable at its commit
                log.info("stale build removed", extra={"collection": name})
        self._prune_folders()
        new = client.create_collection(
            f"{self.collection_name}-{time.time_ns():x}",
            embedding_function=None,  # NOTE: chroma's default downloads a model; we always pass vectors
            metadata={"embedder": embedder_id, "schema": SCHEMA_VERSION},
            configuration={"hnsw": {"space": "cosine"}},
        )
        return Build(self, new, pointer, active)

    @_guarded
    def open_for_write(self, embedder_id: str) -> None:
        """An empty index for this embedder, active at once (tests and tools that upsert directly)."""
        if self.embedder_id() == embedder_id and self.schema() == SCHEMA_VERSION:
            return
        self.begin_build(embedder_id).commit()

    @_guarded
    def open_for_read(self, embedder_id: str):
        """The collection, checked against the embedder that will embed the questions."""
        col = self._existing()
        if col is None:
            if not self.url and not self.path.exists():
                raise StoreEmpty(
                    f"No plansvar index in {self.location}: the folder does not exist. Run `plansvar ingest` first, "
                    "or set PLANSVAR_STORE to the folder an ingest made (the default, .plansvar, is relative to the "
                    "folder plansvar runs in)."
                )
            raise StoreEmpty(
                f"No plansvar index in {self.location} (collection {self.collection_name!r}): the store answers but "
                "holds no index. Run `plansvar ingest` first."
            )
        built_with = (col.metadata or {}).get("embedder")
        if built_with != embedder_id:
            raise EmbedderMismatch(
                f"The index in {self.location} was built with embedder {built_with!r}, but plansvar is set to use "
                f"{embedder_id!r} (PLANSVAR_EMBEDDING_MODEL). Re-ingest with `plansvar ingest`, or set the model back."
            )
        schema = (col.metadata or {}).get("schema")
        if schema != SCHEMA_VERSION:
            raise StoreOutdated(
                f"The index in {self.location} was built by another plansvar version (schema {schema}, this one reads "
                f"{SCHEMA_VERSION}). Rebuild it with `plansvar ingest` (cached vectors make that quick)."
            )
        return col

    # --- one ingest at a time -----------------------------------------------------------------------------------------

    # NOTE: embedded store: fcntl.flock on ingest.lock in the store folder; the kernel drops it when the holder exits
    # or is killed, so no lock outlives its ingest. Chroma server: a lease in the server itself, a collection
    # "<PLANSVAR_COLLECTION>.ingest-lock" whose metadata names the owner (host, pid) and an expiry that the holder
    # renews every LEASE_SECONDS / 4. A lease and not a local file, because ingests reach one server from several
    # machines and containers (compose's ingest job, an operator's `plansvar ingest`), which share no file system.
    # create_collection is the atomic step (a second create of the name fails); a lease past its expiry, or held
    # by a process of this host that is gone, is taken over. Limits: hosts' clocks must agree within the lease
    # time, and an ingest frozen for longer than LEASE_SECONDS loses its lease (its commit then refuses).

    @contextmanager
    def ingest_lock(self, wait: float | None = None) -> Iterator[None]:
        """Held while an ingest changes this store; a second ingest waits up to `wait` seconds (default
        PLANSVAR_INGEST_LOCK_WAIT), then gets IngestBusy naming the holder."""
        wait = self.lock_wait if wait is None else float(wait)
        if self.url:
            with self._server_lease(wait):
                yield
        else:
            with self._file_lock(wait):
                yield

    def _busy(self, holder: dict, wait: float) -> IngestBusy:
        who = f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}, since {holder.get('since', '?')}"
        return IngestBusy(
            f"Another ingest is running on {self.location} (collection {self.collection_name!r}; {who}). Waited "
            f"{wait:g} s (PLANSVAR_INGEST_LOCK_WAIT); nothing was changed. Run the ingest again when it has finished."
        )

    @staticmethod
    def _me() -> dict:
        return {"pid": os.getpid(), "host": socket.gethostname(), "since": time.strftime("%Y-%m-%d %H:%M:%S")}

    @contextmanager
    def _file_lock(self, wait: float) -> Iterator[None]:
        import fcntl

        self.path.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path / "ingest.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline, told = time.monotonic() + wait, False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    holder = _read_holder(fd)
                    if time.monotonic() >= deadline:
                        raise self._busy(holder, wait) from None
                    if not told:
                        log.warning("waiting for another ingest", extra={**holder, "wait_s": wait})
                        told = True
                    time.sleep(0.2)
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(self._me()).encode(), 0)
            try:
                yield
            finally:
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @property
    def _lease_name(self) -> str:
        return f"{self.collection_name}.ingest-lock"

    @_guarded
    def _take_lease(self, wait: float) -> dict:
        client = self._client_()
        me = {**self._me(), "owner": uuid.uuid4().hex}
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                client.create_collection(
                    self._lease_name, embedding_function=None, metadata={**me, "expires": time.time() + LEASE_SECONDS}
                )
                return me
            except Exception as e:  # noqa: BLE001 - UniqueConstraintError: it is held; anything else is raised
                from chromadb.errors import UniqueConstraintError

                # NOTE: also by its words, for the conflict when it does not arrive as UniqueConstraintError (not our type)
                if not isinstance(e, UniqueConstraintError) and "already exists" not in str(e):
                    raise
            try:
                held = dict(client.get_collection(self._lease_name).metadata or {})
            except Exception as e:  # noqa: BLE001
                if _not_found(e):
                    continue  # released meanwhile
                raise
            if float(held.get("expires", 0)) < time.time() or _dead_here(held):
                log.warning("stale ingest lease taken over", extra={k: held.get(k) for k in ("pid", "host", "since")})
                try:
                    if dict(client.get_collection(self._lease_name).metadata or {}).get("owner") == held.get("owner"):
                        client.delete_collection(self._lease_name)
                except Exception as e:  # noqa: BLE001
                    if not _not_found(e):
                        raise
                continue
            if time.monotonic() >= deadline:
                raise self._busy(held, wait)
            if not told:
                log.warning(
                    "waiting for another ingest",
                    extra={**{k: held.get(k) for k in ("pid", "host", "since")}, "wait_s": wait},
                )
                told = True
            time.sleep(min(1.0, max(0.05, deadline - time.monotonic())))

    @contextmanager
    def _server_lease(self, wait: float) -> Iterator[None]:
        me = self._take_lease(wait)
        stop = threading.Event()
        self._lease = {**me, "lost": False}

        def renew() -> None:
            while not stop.wait(LEASE_SECONDS / 4):
                try:
                    col = self._client_().get_collection(self._lease_name)
                    if (col.metadata or {}).get("owner") != me["owner"]:
                        self._lease["lost"] = True
                        log.error("ingest lease lost to another ingest", extra={"collection": self.collection_name})
                        return
                    col.modify(metadata={**me, "expires": time.time() + LEASE_SECONDS})
                except Exception as e:  # noqa: BLE001 - tried again at the next beat; commit checks the lease
                    log.warning("ingest lease not renewed", extra={"error": f"{type(e).__name__}: {e}"})

        t = threading.Thread(target=renew, name="ingest-lease", daemon=True)
        t.start()
        try:
            yield
        finally:
            stop.set()
            t.join(timeout=self.timeout + 1)
            self._lease = None
            try:
                client = self._client_()
                if (client.get_collection(self._lease_name).metadata or {}).get("owner") == me["owner"]:
                    client.delete_collection(self._lease_name)
            except Exception as e:  # noqa: BLE001 - it expires on its own
                log.warning(
                    "ingest lease not released; it expires by itself",
                    extra={"error": f"{type(e).__name__}: {e}", "seconds": LEASE_SECONDS},
                )

    def _check_lease(self) -> None:
        """Before an ingest switches the index: is its server lease still its own?"""
        if not self._lease:
            return
        held = {}
        try:
            held = dict(self._client_().get_collection(self._lease_name).metadata or {})
        except Exception as e:  # noqa: BLE001
            if not _not_found(e):
                raise
        if self._lease.get("lost") or held.get("owner") != self._lease["owner"]:
            raise IngestBusy(
                f"This ingest lost its lease on {self.location} (collection {self.collection_name!r}) to another "
                "ingest "
                f"(it was stalled for more than {LEASE_SECONDS:g} s); its index was not switched. Run it again."
            )

    # --- disk ---------------------------------------------------------------------------------------------------

    def _prune_folders(self) -> int:
        """Embedded store: remove the vector folders of collections that no longer exist (chroma deletes a
        collection's rows but leaves its folder on disk). Returns how many were removed."""
        if self.path is None or not (self.path / "chroma.sqlite3").is_file():
            return 0
        try:
            db = sqlite3.connect(f"file:{self.path / 'chroma.sqlite3'}?mode=ro", uri=True, timeout=10)
            try:
                live = {row[0] for row in db.execute("SELECT id FROM segments")}
            finally:
                db.close()
        except sqlite3.Error as e:
            log.warning("old index folders not checked", extra={"error": str(e)})
            return 0
        removed = 0
        for d in self.path.iterdir():
            if d.is_dir() and UUID_DIR.fullmatch(d.name) and d.name not in live:
                shutil.rmtree(d, ignore_errors=True)
                removed += not d.exists()
        if removed:
            log.info("old index folders removed", extra={"folders": removed})
        return removed

    def _col_(self):
        col = self._existing()
        if col is None:
            raise StoreEmpty.at(self.location)
        return col

    @_guarded
    def upsert(self, records: Sequence[Record], embeddings: np.ndarray) -> None:
        if records:
            _upsert(self._col_(), records, embeddings)

    @_guarded
    def doc_ids(self, doc: str) -> list[str]:
        col = self._existing()
        return _get_all(col, [], where={"doc": doc})["ids"] if col is not None else []

    @_guarded
    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            self._col_().delete(ids=list(ids))

    @_guarded
    def doc_sources(self) -> dict[str, dict[str, str]]:
        """Per document in the store: its content hash and the path it was ingested from."""
        col = self._existing()
        if col is None:
            return {}
        got = _get_all(col, ["metadatas"])
        return {
            m["doc"]: {"doc_hash": m.get("doc_hash", ""), "source": m.get("source", "")} for m in got["metadatas"] or []
        }

    @_guarded
    def records_and_vectors(self) -> tuple[list[Record], np.ndarray]:
        """Every record with its stored vector (for in-memory scoring of complete candidate sets)."""
        _name, recs, vecs = self._read_all(self._col_)
        return recs, vecs

    @_guarded
    def read_index(self, embedder_id: str) -> tuple[str, list[Record], np.ndarray]:
        """(the active collection's name, every record, their vectors), all read from that one collection after
        open_for_read checked it, so the name says exactly which version the records are (the Retriever's
        Index.version). An ingest that switches and removes it mid-read: the new one is read."""
        return self._read_all(lambda: self.open_for_read(embedder_id))

    def _read_all(self, collection) -> tuple[str, list[Record], np.ndarray]:
        """(name, records in document order, their vectors) of the collection `collection()` gives; an ingest that
        switches and removes it mid-read: asked again, and the new one is read."""
        for attempt in range(3):
            col = collection()
            try:
                got = _get_all(col, ["metadatas", "documents", "embeddings"], page=EMBED_PAGE)
                break
            except Exception as e:  # noqa: BLE001 - an ingest switched and removed the collection mid-read: again
                if not _not_found(e) or attempt == 2:
                    raise
                self._col = None
        recs = [Record.from_metadata(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        vecs = np.asarray(got["embeddings"], dtype=np.float32) if len(recs) else np.zeros((0, 0), dtype=np.float32)
        order = sorted(range(len(recs)), key=lambda i: (recs[i].doc, recs[i].position))
        return col.name, [recs[i] for i in order], (vecs[order] if len(recs) else vecs)

    @_guarded
    def all_records(self, where: dict[str, Any] | None = None) -> list[Record]:
        got = _get_all(self._col_(), ["metadatas", "documents"], where=where)
        recs = [Record.from_metadata(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        recs.sort(key=lambda r: (r.doc, r.position))
        return recs

    @_guarded
    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[tuple[Record, float]]:
        col = self._col_()
        n = min(k, col.count())
        if n <= 0:
            return []
        res = col.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()],
            n_results=n,
            where=where,
            include=["metadatas", "documents", "distances"],
        )
        out = []
        for i, d, m, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0]):
            out.append((Record.from_metadata(i, d, m), 1.0 - float(dist)))  # cosine similarity
        return out

    @_guarded
    def count(self) -> int:
        col = self._existing()
        return col.count() if col is not None else 0


PAGE = 5000  # records per get(): chroma's SQLite refuses very large single reads ("too many SQL variables")
# NOTE: with vectors a page of 5000 is ~40 MB of JSON from a server; 1000 keeps each request well inside the timeout
EMBED_PAGE = 1000


def _upsert(col, records: Sequence[Record], embeddings: np.ndarray) -> None:
    """Records with their vectors into a Chroma collection (their text as the document, their fields as metadata)."""
    col.upsert(
        ids=[r.id for r in records],
        embeddings=np.asarray(embeddings, dtype=np.float32),
        documents=[r.text for r in records],
        metadatas=[r.to_metadata() for r in records],
    )


def _get_all(col, include: list[str], where: dict[str, Any] | None = None, page: int | None = None) -> dict[str, list]:
    """Every record of a collection, read in pages."""
    page = min(page or PAGE, PAGE)
    out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        got = col.get(where=where, include=include, limit=page, offset=offset)
        out["ids"].extend(got["ids"])
        for k in include:
            vals = got.get(k)
            out[k].extend(list(vals) if vals is not None else [None] * len(got["ids"]))
        if len(got["ids"]) < page:
            return out
        offset += page


class Build:
    """A physical collection being filled by an ingest; invisible to readers until commit()."""

    def __init__(self, store: ChromaStore, col, pointer, previous: str | None) -> None:
        self.store, self.col, self.pointer, self.previous = store, col, pointer, previous

    @_guarded
    def upsert(self, records: Sequence[Record], embeddings: np.ndarray) -> None:
        if records:
            _upsert(self.col, records, embeddings)

    @_guarded
    def commit(self) -> None:
        self.store._check_lease()
        self.pointer.modify(metadata={"plansvar_pointer": True, "active": self.col.name})
        log.info("index switched", extra={"collection": self.col.name, "records": self.col.count()})
        # NOTE: the superseded collection (and, embedded, its vector folder, which chroma leaves on disk) is removed
        # at once: readers keep no collection between questions (the retriever holds its copy in memory and reads
        # the pointer per question), and a reader that loses the race reads the pointer again (_existing,
        # records_and_vectors). What cannot be removed now is removed by the next build.
        if self.previous:
            try:
                self.store._client_().delete_collection(self.previous)
            except Exception:  # noqa: BLE001 - the next build cleans it up
                log.warning("old index not removed yet", extra={"collection": self.previous})
        self.store._prune_folders()

    def abort(self) -> None:
        try:
            self.store._client_().delete_collection(self.col.name)
        except Exception:  # noqa: BLE001
            pass


def _read_holder(fd: int) -> dict:
    """Who holds an ingest.lock (what its holder wrote into it)."""
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}


def _dead_here(holder: dict) -> bool:
    """A lease holder on this host whose process is gone."""
    if holder.get("host") != socket.gethostname() or not isinstance(holder.get("pid"), int):
        return False
    try:
        os.kill(holder["pid"], 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def make_store(settings) -> ChromaStore:
    """The store the settings name: a Chroma server when PLANSVAR_CHROMA_URL is set, else the embedded folder."""
    limits = {"timeout": settings.chroma_timeout, "lock_wait": settings.ingest_lock_wait}
    if settings.chroma_url:
        return ChromaStore(url=settings.chroma_url, collection=settings.collection, **limits)
    return ChromaStore(path=settings.store, collection=settings.collection, **limits)
