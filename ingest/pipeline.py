"""discover -> parse -> embed -> upsert. Unchanged files are skipped by content hash; bad files are reported, never fatal."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ingest import hoeringsnotat as hn
from ingest.loaders import SUPPORTED, Loaded, load
from ingest.sections import is_deck, section_chunks, slide_chunks
from retrieval.embedders import Embedder
from retrieval.errors import ParseError
from retrieval.store import SCHEMA_VERSION, ChromaStore
from retrieval.types import Record

log = logging.getLogger(__name__)

PARSER_VERSION = "1"  # part of every document hash: a parser change re-ingests everything


@dataclass
class DocMeta:
    kind: str | None = None
    title: str | None = None
    publisher: str | None = None
    region: str | None = None


class Manifest:
    """manifest.json beside the documents: kind, title, publisher and region per file name."""

    def __init__(self, entries: dict[str, DocMeta] | None = None) -> None:
        self.entries = entries or {}

    @classmethod
    def for_paths(cls, paths: Iterable[Path]) -> "Manifest":
        entries: dict[str, DocMeta] = {}
        for p in paths:
            folder = p if p.is_dir() else p.parent
            mf = folder / "manifest.json"
            if not mf.is_file():
                continue
            try:
                data = json.loads(mf.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                log.warning("manifest unreadable", extra={"path": str(mf), "error": str(e)})
                continue
            for d in data.get("documents", []):
                if d.get("file"):
                    entries[d["file"]] = DocMeta(d.get("kind"), d.get("title"), d.get("publisher"), d.get("region"))
        return cls(entries)

    def get(self, name: str) -> DocMeta:
        return self.entries.get(name, DocMeta())


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class IngestReport:
    documents: int = 0  # documents in the store after the run, from the given paths
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    records_by_kind: Counter = field(default_factory=Counter)
    rows_by_handling: Counter = field(default_factory=Counter)
    records: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Non-zero exit only when nothing could be ingested."""
        return bool(self.ingested or self.unchanged)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": [f.__dict__ for f in self.failed],
            "skipped": [f.__dict__ for f in self.skipped],
            "records": self.records,
            "records_by_kind": dict(self.records_by_kind),
            "rows_by_handling": {str(k): v for k, v in self.rows_by_handling.items()},
            "seconds": round(self.seconds, 2),
        }


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Files to ingest under the given paths (folders recursively); what cannot be read is returned as skipped."""
    files: list[Path] = []
    skipped: list[Failure] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            skipped.append(Failure(str(p), "no such file or folder"))
            continue
        if p.is_file():
            files.append(p)
            continue
        for f in sorted(p.rglob("*")):
            if f.is_dir() or any(part.startswith(".") for part in f.relative_to(p).parts):
                continue
            if f.name == "manifest.json":
                continue
            if f.suffix.lower() not in SUPPORTED:
                skipped.append(Failure(str(f), f"unsupported file type {f.suffix or '(none)'!r}"))
                continue
            files.append(f)
    return files, skipped


def file_hash(data: bytes) -> str:
    h = hashlib.sha256()
    h.update(f"plansvar-parser-{PARSER_VERSION}-schema-{SCHEMA_VERSION}\n".encode())
    h.update(data)
    return h.hexdigest()


def _title_from(loaded: Loaded, path: Path) -> str:
    for ln in loaded.lines:
        t = ln.text.strip()
        if t:
            return t if len(t) <= 120 else path.stem
    return path.stem


def parse_file(path: Path, meta: DocMeta | None = None, doc: str | None = None) -> list[Record]:
    """All Records of one file. Raises ParseError (with the reason) when the file cannot be used."""
    meta = meta or DocMeta()
    recs = _parse(Path(path), meta, doc)
    region = meta.region or infer_region(recs[0].title if recs else "", meta.publisher)
    for r in recs:
        r.region = region
    return recs


REGION = re.compile(r"\bRegion(?:en)?\s+(Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland|[A-ZÆØÅ][a-zæøå]+)")


def infer_region(title: str, publisher: str | None) -> str | None:
    """The region a document belongs to when the manifest does not say: "Region X" in its title, then publisher."""
    for text in (title or "", publisher or ""):
        m = REGION.search(text)
        if m:
            return f"Region {m.group(1)}"
    return None


def _parse(path: Path, meta: DocMeta, doc: str | None) -> list[Record]:
    doc = doc or path.name
    data = path.read_bytes() if path.is_file() else b""
    doc_hash = file_hash(data)
    loaded = load(path)
    title = meta.title or _title_from(loaded, path)

    # a høringsnotat: the flattened text layout or a table with its columns
    tables = [t for t in loaded.tables if hn.is_hoeringsnotat_table(t.header)]
    if tables:
        fields_ = []
        for t in tables:
            fields_.extend(hn.parse_hoeringsnotat_table(t.header, t.rows, t.row_numbers))
        rows = hn.finish_rows(fields_)
        if not rows:
            raise ParseError("the høringsnotat table has no rows")
        return hn.rows_to_records(rows, doc, doc_hash, title, meta.publisher)
    if loaded.raw_text is not None and (meta.kind == "hoeringsnotat" or hn.looks_like_hoeringsnotat(loaded.raw_text)):
        rows = hn.finish_rows(hn.parse_hoeringsnotat_text(loaded.raw_text))
        if not rows:
            raise ParseError("no høringsnotat rows found (is the table layout the flattened PDF kind?)")
        return hn.rows_to_records(rows, doc, doc_hash, title, meta.publisher)

    kind = meta.kind or "document"
    lines = loaded.lines
    if loaded.tables and not any(ln.text.strip() for ln in lines):
        # a table that is not a høringsnotat: one line per row, "column: value"
        from ingest.loaders import Line

        lines = []
        for t in loaded.tables:
            for row, no in zip(t.rows, t.row_numbers):
                text = " · ".join(f"{h}: {v}" for h, v in zip(t.header, row) if v)
                lines.append(Line(no, text))
    chunks = slide_chunks(lines) if is_deck(lines, kind) else section_chunks(lines)
    if not chunks:
        raise ParseError("no text found to index")
    recs = []
    for pos, c in enumerate(chunks):
        recs.append(
            Record(
                id=hn.record_id(doc, doc_hash, pos),
                doc=doc,
                kind=c.kind or kind,
                doc_kind=kind,
                doc_hash=doc_hash,
                position=pos,
                title=title,
                publisher=meta.publisher,
                text=c.text,
                section=c.section,
                page=c.page,
                line_start=c.line_start,
                line_end=c.line_end,
            )
        )
    return recs


def _doc_names(files: list[Path]) -> dict[Path, str]:
    """A document's name is its file name; where two files share one, the last folders of its path tell them apart
    ("notater/a.txt", "planer/a.txt"). NOTE: never the whole path: the name is shown to every client in citations."""
    counts = Counter(f.name for f in files)
    out = {}
    for f in files:
        parts = f.resolve().parts
        same = [g.resolve().parts for g in files if g.name == f.name and g != f]
        k = 1
        while k < len(parts) and any(g[-k:] == parts[-k:] for g in same):
            k += 1
        out[f] = f.name if counts[f.name] == 1 else "/".join(parts[-k:])
    return out


def ingest(paths: list[Path], store: ChromaStore, embedder: Embedder, batch: int = 32, progress: bool = True,
           lock_wait: float | None = None) -> IngestReport:
    """One ingest at a time per store (ChromaStore.ingest_lock): a second one waits up to lock_wait seconds
    (PLANSVAR_INGEST_LOCK_WAIT), then stops with IngestBusy, having changed nothing."""
    with store.ingest_lock(lock_wait):
        return _ingest(paths, store, embedder, batch, progress)


def _ingest(
    paths: list[Path],
    store: ChromaStore,
    embedder: Embedder,
    batch: int = 32,
    progress: bool = True,
) -> IngestReport:
    """Bring the store in line with the files under paths: new and changed files are (re)embedded, unchanged ones
    skipped, and files that were ingested from these folders but are gone are removed. The new index is built
    beside the current one and switched to at the end (see ChromaStore.begin_build)."""
    t0 = time.perf_counter()
    report = IngestReport()
    files, report.skipped = discover(paths)
    manifest = Manifest.for_paths(paths)
    names = _doc_names(files)
    # what the index holds now; a different embedder or schema means everything is embedded anew
    reusable = store.exists() and store.embedder_id() == embedder.id and store.schema() == SCHEMA_VERSION
    existing = store.doc_sources() if reusable else {}
    todo: list[tuple[str, list[Record]]] = []
    for f in files:
        doc = names[f]
        try:
            data = f.read_bytes()
        except OSError as e:
            report.failed.append(Failure(str(f), f"cannot read the file: {e.strerror or e}"))
            continue
        if existing.get(doc, {}).get("doc_hash") == file_hash(data):
            report.unchanged.append(doc)
            continue
        try:
            recs = parse_file(f, manifest.get(f.name), doc=doc)
        except ParseError as e:
            report.failed.append(Failure(str(f), str(e)))
            log.warning("file not ingested", extra={"path": str(f), "reason": str(e)})
            continue
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the rest
            report.failed.append(Failure(str(f), f"unexpected error: {type(e).__name__}: {e}"))
            log.exception("file not ingested", extra={"path": str(f)})
            continue
        for r in recs:
            r.source = str(f.resolve())
        todo.append((doc, recs))

    # files that were ingested from these folders and are gone now
    roots = [str(Path(p).resolve()) for p in paths if Path(p).is_dir()]
    present = {names[f] for f in files}
    failed_docs = {names.get(Path(x.path), Path(x.path).name) for x in report.failed}
    for doc, meta in existing.items():
        src = meta.get("source") or ""
        if doc not in present and doc not in failed_docs and any(src.startswith(r + os.sep) for r in roots):
            report.removed.append(doc)

    if todo or report.removed or not reusable:
        _build(store, embedder, todo, set(report.removed), batch, progress)
        report.ingested = [doc for doc, _ in todo]

    # summary of what the given paths now hold in the store
    for rec in store.all_records():
        if rec.doc in present:
            report.records += 1
            report.records_by_kind[rec.kind] += 1
            if rec.is_row:
                report.rows_by_handling[rec.handling or "tom"] += 1
    report.documents = len(present & set(store.doc_sources()))
    report.seconds = time.perf_counter() - t0
    log.info("ingest finished", extra=report.to_dict())
    return report


def _build(store: ChromaStore, embedder: Embedder, todo: list[tuple[str, list[Record]]], removed: set[str],
           batch: int, progress: bool) -> None:
    """Fill a new index: every kept document's records and vectors copied from the current one, the new and changed
    documents embedded; then switch to it. Until the switch, and if anything fails, the current index answers."""
    replaced = {doc for doc, _ in todo} | removed
    keep_recs, keep_vecs = ([], None)
    if store.exists() and store.embedder_id() == embedder.id and store.schema() == SCHEMA_VERSION:
        recs, vecs = store.records_and_vectors()
        idx = [i for i, r in enumerate(recs) if r.doc not in replaced]
        keep_recs, keep_vecs = [recs[i] for i in idx], (vecs[idx] if idx else None)
    build = store.begin_build(embedder.id)
    try:
        for i in range(0, len(keep_recs), 1000):
            build.upsert(keep_recs[i:i + 1000], keep_vecs[i:i + 1000])
        bar = _progress(sum(len(r) for _, r in todo), progress)
        for _, recs in todo:
            for i in range(0, len(recs), batch):
                part = recs[i:i + batch]
                build.upsert(part, embedder.embed_passages([r.embedding_text() for r in part]))
                bar.update(len(part))
        bar.close()
        build.commit()
    except BaseException:
        build.abort()
        raise


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="embedding", unit="rec", file=sys.stderr, disable=not enabled or total == 0)

