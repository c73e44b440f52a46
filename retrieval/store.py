"""RecordStore: where Records and their vectors live. ChromaStore is the adapter (embedded or HTTP server)."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any, Protocol, Sequence
from urllib.parse import urlparse

import numpy as np

from retrieval.errors import EmbedderMismatch, StoreError
from retrieval.types import Record

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3  # bump when Record fields or chunking change: a store of another version must be rebuilt


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

    def __init__(self, path: Path | str | None = None, url: str | None = None, collection: str = "plansvar") -> None:
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
        self._client = None
        self._col = None

    @property
    def location(self) -> str:
        return self.url or str(self.path)

    def _client_(self):
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.url:
                u = urlparse(self.url if "://" in self.url else f"http://{self.url}")
                if not u.hostname:
                    raise StoreError(f"PLANSVAR_CHROMA_URL is not a URL: {self.url!r}. Example: http://127.0.0.1:8000")
                try:
                    self._client = chromadb.HttpClient(
                        host=u.hostname,
                        port=u.port or (443 if u.scheme == "https" else 8000),
                        ssl=u.scheme == "https",
                        settings=chroma_settings,
                    )
                except Exception as e:  # noqa: BLE001 - connection errors come in many types
                    raise StoreError(f"Cannot reach the Chroma server at {self.url}: {e}. Is `chroma run` up?") from e
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
        return self._client

    # NOTE: the logical collection (PLANSVAR_COLLECTION) is a pointer: its metadata names the physical collection
    # that answers ("plansvar-18f3…"). An ingest builds a new physical collection and switches the pointer only when
    # it is complete, so a failing or killed ingest leaves the previous index answering.

    def _pointer(self, create: bool = False):
        client = self._client_()
        try:
            return client.get_collection(self.collection_name)
        except Exception:  # noqa: BLE001 - NotFoundError/ValueError by chroma version
            if not create:
                return None
            return client.get_or_create_collection(
                self.collection_name, embedding_function=None, metadata={"plansvar_pointer": True}
            )

    def active_name(self) -> str | None:
        p = self._pointer()
        return (p.metadata or {}).get("active") if p is not None else None

    def _existing(self):
        """The physical collection the pointer names now (re-read on every call: readers follow a switch)."""
        name = self.active_name()
        if name is None:
            self._col = None
            return None
        if self._col is None or self._col.name != name:
            try:
                self._col = self._client_().get_collection(name)
            except Exception:  # noqa: BLE001
                self._col = None
        return self._col

    def exists(self) -> bool:
        return self._existing() is not None

    def embedder_id(self) -> str | None:
        col = self._existing()
        return (col.metadata or {}).get("embedder") if col is not None else None

    def schema(self) -> int | None:
        col = self._existing()
        return (col.metadata or {}).get("schema") if col is not None else None

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
            if name.startswith(self.collection_name + "-") and name != active:
                client.delete_collection(name)  # left by an ingest that was killed
                log.info("stale build removed", extra={"collection": name})
        new = client.create_collection(
            f"{self.collection_name}-{time.time_ns():x}",
            embedding_function=None,  # NOTE: chroma's default downloads a model; we always pass vectors
            metadata={"embedder": embedder_id, "schema": SCHEMA_VERSION},
            configuration={"hnsw": {"space": "cosine"}},
        )
        return Build(self, new, pointer, active)

    def open_for_write(self, embedder_id: str) -> None:
        """An empty index for this embedder, active at once (tests and tools that upsert directly)."""
        if self.embedder_id() == embedder_id and self.schema() == SCHEMA_VERSION:
            return
        self.begin_build(embedder_id).commit()

    def open_for_read(self, embedder_id: str):
        """The collection, checked against the embedder that will embed the questions."""
        col = self._existing()
        if col is None:
            raise StoreError(
                f"No plansvar index in {self.location} (collection {self.collection_name!r}). "
                "Run `plansvar ingest` first."
            )
        built_with = (col.metadata or {}).get("embedder")
        if built_with != embedder_id:
            raise EmbedderMismatch(
                f"The index in {self.location} was built with embedder {built_with!r}, but plansvar is set to use "
                f"{embedder_id!r} (PLANSVAR_EMBEDDING_MODEL). Re-ingest with `plansvar ingest`, or set the model back."
            )
        schema = (col.metadata or {}).get("schema")
        if schema != SCHEMA_VERSION:
            raise StoreError(
                f"The index in {self.location} was built by another plansvar version (schema {schema}, this one reads "
                f"{SCHEMA_VERSION}). Rebuild it with `plansvar ingest` (cached vectors make that quick)."
            )
        return col

    def _col_(self):
        col = self._existing()
        if col is None:
            raise StoreError(f"No plansvar index in {self.location}. Run `plansvar ingest` first.")
        return col

    def upsert(self, records: Sequence[Record], embeddings: np.ndarray) -> None:
        if not records:
            return
        self._col_().upsert(
            ids=[r.id for r in records],
            embeddings=np.asarray(embeddings, dtype=np.float32),
            documents=[r.text for r in records],
            metadatas=[r.to_metadata() for r in records],
        )

    def doc_ids(self, doc: str) -> list[str]:
        col = self._existing()
        return _get_all(col, [], where={"doc": doc})["ids"] if col is not None else []

    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            self._col_().delete(ids=list(ids))

    def doc_sources(self) -> dict[str, dict[str, str]]:
        """Per document in the store: its content hash and the path it was ingested from."""
        col = self._existing()
        if col is None:
            return {}
        got = _get_all(col, ["metadatas"])
        return {m["doc"]: {"doc_hash": m.get("doc_hash", ""), "source": m.get("source", "")} for m in got["metadatas"] or []}

    def records_and_vectors(self) -> tuple[list[Record], np.ndarray]:
        """Every record with its stored vector (for in-memory scoring of complete candidate sets)."""
        got = _get_all(self._col_(), ["metadatas", "documents", "embeddings"])
        recs = [Record.from_metadata(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        vecs = np.asarray(got["embeddings"], dtype=np.float32) if len(recs) else np.zeros((0, 0), dtype=np.float32)
        order = sorted(range(len(recs)), key=lambda i: (recs[i].doc, recs[i].position))
        return [recs[i] for i in order], (vecs[order] if len(recs) else vecs)

    def all_records(self, where: dict[str, Any] | None = None) -> list[Record]:
        got = _get_all(self._col_(), ["metadatas", "documents"], where=where)
        recs = [Record.from_metadata(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
        recs.sort(key=lambda r: (r.doc, r.position))
        return recs

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

    def count(self) -> int:
        col = self._existing()
        return col.count() if col is not None else 0


PAGE = 5000  # records per get(): chroma's SQLite refuses very large single reads ("too many SQL variables")


def _get_all(col, include: list[str], where: dict[str, Any] | None = None) -> dict[str, list]:
    """Every record of a collection, read in pages."""
    out: dict[str, list] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        got = col.get(where=where, include=include, limit=PAGE, offset=offset)
        out["ids"].extend(got["ids"])
        for k in include:
            vals = got.get(k)
            out[k].extend(list(vals) if vals is not None else [None] * len(got["ids"]))
        if len(got["ids"]) < PAGE:
            return out
        offset += PAGE


class Build:
    """A physical collection being filled by an ingest; invisible to readers until commit()."""

    def __init__(self, store: ChromaStore, col, pointer, previous: str | None) -> None:
        self.store, self.col, self.pointer, self.previous = store, col, pointer, previous

    def upsert(self, records: Sequence[Record], embeddings: np.ndarray) -> None:
        if records:
            self.col.upsert(
                ids=[r.id for r in records],
                embeddings=np.asarray(embeddings, dtype=np.float32),
                documents=[r.text for r in records],
                metadatas=[r.to_metadata() for r in records],
            )

    def commit(self) -> None:
        self.pointer.modify(metadata={"plansvar_pointer": True, "active": self.col.name})
        log.info("index switched", extra={"collection": self.col.name, "records": self.col.count()})
        if self.previous:
            try:
                self.store._client_().delete_collection(self.previous)
            except Exception:  # noqa: BLE001 - a reader may still hold it; the next build cleans it up
                log.warning("old index not removed yet", extra={"collection": self.previous})

    def abort(self) -> None:
        try:
            self.store._client_().delete_collection(self.col.name)
        except Exception:  # noqa: BLE001
            pass


def make_store(settings) -> ChromaStore:
    """The store the settings name: a Chroma server when PLANSVAR_CHROMA_URL is set, else the embedded folder."""
    if settings.chroma_url:
        return ChromaStore(url=settings.chroma_url, collection=settings.collection)
    return ChromaStore(path=settings.store, collection=settings.collection)
