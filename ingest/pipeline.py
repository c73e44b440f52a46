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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from ingest import hoeringsnotat as hn
from ingest import prose
from ingest import handling
from ingest.abbreviations import party_abbreviations, resolve_abbreviations
from ingest.columns import infer_columns
from ingest.consultation import consultation_date, consultation_title
from ingest.fields import code_legend, flag_columns, split_answer_column, split_numbered_rows
from ingest.loaders import SUPPORTED, Line, Loaded, load
from ingest.notes import FileNotes
from ingest.sections import is_deck, section_chunks, slide_chunks
from ingest.questions import question_rows
from ingest.threads import answer_threads
from retrieval.errors import ParseError
from retrieval.search.embedders import Embedder
from retrieval.search.store import SCHEMA_VERSION, ChromaStore
from retrieval.settings import DEFAULT_MAX_FILE_MB, DEFAULT_MAX_RECORDS
from retrieval.types import Record

log = logging.getLogger(__name__)

PARSER_VERSION = "41"  # part of every document hash: a parser change re-ingests everything (41: a grouped sheet header naming the consultation, a column holding the remark and its labelled answer split in two (a shared answer "Svar (bem. 5 og 6)" given to both), a photocopy's slanted table rules straightened, a numbered remark's second paragraph goes on to its answer, legend meanings that defer to the assessment; 40: an unbulleted paragraph between a bulleted point and its own answer goes on with the point, an upright decision line "Konsekvens for X:" under an italic answer is that answer's, a row marked "(fortsat)" under its sender's merged name carries on the point above; 39: the authority's bare name as an answer label, a count of remarks in a party's meta line, a number column split off the party's in a borderless PDF table, a footer beside "Side x af y" ends such a table, "Høringssvar fra: X" as a typed party line; 38, after parser rounds 31-37 that kept "30": sheets printed "down, then over" joined again, transposed sheets, legend codes beside a prose assessment, remarks whose sender ends them in parentheses)


@dataclass
class DocMeta:
    kind: str | None = None
    title: str | None = None
    publisher: str | None = None
    region: str | None = None
    columns: dict[str, str] | None = None  # høringsnotat tables: header text or 1-based column number -> role
    handling_map: dict[str, str] | None = None  # handling cell as printed -> handling value
    consultation: str | None = None  # the plan or agreement consulted on ("Sundhedsaftale 2024–2027")
    date: str | None = None  # the consultation's date ("2024-05")
    party: str | None = None  # a response letter's author (kind "hoeringssvar")


class Manifest:
    """manifest.json beside the documents: kind, title, publisher and region per file name; for a høringsnotat also
    "columns" (header or 1-based column number -> role: respondent, summary, comment, handling, ...) and
    "handling_map" (a handling cell as printed -> a handling value), which override what the parser infers."""

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
                    entries[d["file"]] = DocMeta(
                        d.get("kind"),
                        d.get("title"),
                        d.get("publisher"),
                        d.get("region"),
                        _checked_columns(mf, d),
                        _checked_handling_map(mf, d),
                        _text(d.get("consultation")),
                        _text(d.get("date")),
                        _text(d.get("party")),
                    )
        return cls(entries)

    def get(self, name: str) -> DocMeta:
        return self.entries.get(name, DocMeta())


def _text(v) -> str | None:
    return str(v).strip() if v is not None and str(v).strip() else None


def _checked_columns(mf: Path, d: dict) -> dict[str, str] | None:
    from retrieval.vocab import ColumnRole

    cols = d.get("columns")
    if not cols:
        return None
    ok = {r.value for r in ColumnRole}
    bad = {k: v for k, v in cols.items() if v not in ok} if isinstance(cols, dict) else cols
    if bad:
        log.warning(
            "manifest columns ignored",
            extra={"path": str(mf), "file": d.get("file"), "bad": str(bad)[:200], "roles": sorted(ok)},
        )
        return {k: v for k, v in cols.items() if v in ok} if isinstance(cols, dict) else None
    return {str(k): v for k, v in cols.items()}


def _checked_handling_map(mf: Path, d: dict) -> dict[str, str] | None:
    from retrieval.vocab import Handling

    hm = d.get("handling_map")
    if not hm or not isinstance(hm, dict):
        return None
    ok = {h.value for h in Handling}
    bad = {k: v for k, v in hm.items() if v not in ok}
    if bad:
        log.warning(
            "manifest handling_map entries ignored",
            extra={"path": str(mf), "file": d.get("file"), "bad": str(bad)[:200], "values": sorted(ok)},
        )
    return {str(k): v for k, v in hm.items() if v in ok}


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
    files: dict[str, FileNotes] = field(default_factory=dict)  # per parsed file: tables, rows, mappings, odd cells
    estimate_seconds: float | None = None  # the embedding time estimated before it started

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
            "files": {doc: n.to_dict() for doc, n in self.files.items()},
            "estimate_seconds": None if self.estimate_seconds is None else round(self.estimate_seconds, 1),
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


def file_hash(data: bytes, meta: DocMeta | None = None) -> str:
    """The document's version: its bytes, the parser and schema versions, and what manifest.json says of it (a
    changed title, kind, consultation or column mapping re-reads the file as a changed file would be)."""
    h = hashlib.sha256()
    h.update(f"plansvar-parser-{PARSER_VERSION}-schema-{SCHEMA_VERSION}\n".encode())
    said = {k: v for k, v in (asdict(meta) if meta is not None else {}).items() if v}
    if said:
        h.update(json.dumps(said, sort_keys=True, ensure_ascii=False).encode() + b"\n")
    h.update(data)
    return h.hexdigest()


SILENT_ACROSS = re.compile(r"\b(?:ikke|intet|ingen)\b.{0,40}\b(?:svar|høringssvar|bemærkninger)\b", re.I)


# an upper header row's group name that speaks of the consultation: "Høringssvar", "Høringsbemærkninger",
# "Administrationens behandling", "Kommunens bemærkninger til høringssvaret"
CONSULTATION_GROUP = re.compile(
    r"\bhørings(?:svar|bemærkning|part)\w*|\b(?:administrationens|forvaltningens|regionens|kommunens|sekretariatets)\s+"
    r"(?:behandling|vurdering|bemærkning|kommentar|svar)\w*|\bconsultation\b",
    re.I,
)


def _legend_column(rows: list[list[str]], legend: dict) -> bool:
    """Whether a column's cells are (almost all) codes the legend explains, more than one of them."""
    return _legend_column_index(rows, legend) is not None


def _legend_column_index(rows: list[list[str]], legend: dict, skip: set[int] = frozenset()) -> int | None:
    """The first column whose cells are (almost all) codes the legend explains, more than one of them."""
    from ingest.handling import classify_handling as _classify

    width = max((len(r) for r in rows), default=0)
    for i in range(width):
        if i in skip:
            continue
        vals = [r[i].strip().rstrip(".").lower() for r in rows if i < len(r) and r[i].strip()]
        # NOTE: a code the legend leaves out but whose own words are an outcome ("Ej svar", "Intet svar") belongs to
        # the column too, as long as most of the column is the legend's
        known = sum(v in legend for v in vals)
        worded = sum(1 for v in vals if v not in legend and len(v) <= 20 and _classify(v))
        if len(vals) >= 2 and len(set(vals)) >= 2 and known >= 0.6 * len(vals) and known + worded >= 0.9 * len(vals):
            return i
    return None


def _title_from(loaded: Loaded, path: Path) -> str:
    for ln in loaded.lines:
        t = ln.text.strip()
        if t:
            return t if len(t) <= 120 else path.stem
    return path.stem


def parse_file(
    path: Path,
    meta: DocMeta | None = None,
    doc: str | None = None,
    notes: FileNotes | None = None,
    embedder=None,
    max_file_mb: float | None = None,
    max_records: int | None = None,
) -> list[Record]:
    """All Records of one file. Raises ParseError (with the reason) when the file cannot be used or is over a limit.
    notes, when given, gets what the ingest summary reports: tables, rows, column mappings, odd cells."""
    meta = meta or DocMeta()
    notes = notes if notes is not None else FileNotes()
    path = Path(path)
    check_size(path, max_file_mb)
    recs = _parse(path, meta, doc, notes, embedder)
    limit = DEFAULT_MAX_RECORDS if max_records is None else max_records
    if limit and len(recs) > limit:
        raise ParseError(
            f"{path.name} gives {len(recs):,} records, more than the limit of {limit:,} per file "
            f"(PLANSVAR_MAX_RECORDS_PER_FILE); split the file or raise the limit"
        )
    region = meta.region or infer_region(recs[0].title if recs else "", meta.publisher)
    for r in recs:
        r.region = region
    _place_in_consultation(recs, meta)
    return recs


def _place_in_consultation(recs: list[Record], meta: DocMeta) -> None:
    """A høringsnotat's records, and a party's letter's, carry their consultation: the manifest's, else read from the
    document's title and the first date at its top. A letter's consultation and party, when the manifest does not
    give them, are found when the index is read (retrieval/search/consultations.py), among the høringsnotater it holds."""
    if not recs:
        return
    notat = any(r.doc_kind == "hoeringsnotat" for r in recs)
    letter = meta.kind == "hoeringssvar" or (not meta.kind and not notat and _reads_as_letter(recs))
    if not (notat or letter or meta.consultation):
        return
    top = "\n".join(r.text for r in recs[:6])
    title = consultation_title(meta.consultation, recs[0].title) if (notat or meta.consultation) else None
    date = consultation_date(meta.date, top) if (notat or meta.consultation or meta.date) else None
    for r in recs:
        r.consultation, r.consultation_date = title, date
        if letter:
            r.kind = r.doc_kind = "hoeringssvar"
            r.respondent = meta.party or r.respondent


LETTER_HEAD = re.compile(
    r"^\W*(?:(?:vedr\.?|vedrørende|emne|re)\s*:?\s*)?høringssvar\b(?!\s*(?:ene|erne|enes)\b)", re.I | re.M
)


def _reads_as_letter(recs: list[Record]) -> bool:
    """A document not named in the manifest is a party's letter when its title or one of its first lines opens with
    "Høringssvar" ("Høringssvar vedr. udkast til sundhedsaftale", "Vedr.: Høringssvar til …") and no points were
    read from it."""
    top = "\n".join([recs[0].title or ""] + [r.text for r in recs[:2]])[:600]
    return bool(LETTER_HEAD.search(top))


def check_size(path: Path, max_file_mb: float | None) -> None:
    """A file over the size limit is refused before it is read, with its size and the setting to change."""
    limit = DEFAULT_MAX_FILE_MB if max_file_mb is None else max_file_mb
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it reports why
    if limit and size > limit * 1024 * 1024:
        raise ParseError(
            f"{path.name} is {size / 1024 / 1024:.1f} MB, more than the limit of {limit:g} MB per file "
            f"(PLANSVAR_MAX_FILE_MB); split the file or raise the limit"
        )


REGION = re.compile(r"\bRegion(?:en)?\s+(Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland|[A-ZÆØÅ][a-zæøå]+)")


def infer_region(title: str, publisher: str | None) -> str | None:
    """The region a document belongs to when the manifest does not say: "Region X" in its title, then publisher."""
    for text in (title or "", publisher or ""):
        m = REGION.search(text)
        if m:
            return f"Region {m.group(1)}"
    return None


def _parse(path: Path, meta: DocMeta, doc: str | None, notes: FileNotes, embedder=None) -> list[Record]:
    doc = doc or path.name
    data = path.read_bytes() if path.is_file() else b""
    doc_hash = file_hash(data, meta)
    loaded = load(path)
    title = meta.title or _title_from(loaded, path)
    notes.tables = len(loaded.tables)
    notes.table_rows = sum(len(t.rows) for t in loaded.tables)
    for t in loaded.tables:
        for o in t.odd:
            notes.warn(f"{t.name}: {o}")

    # a party's own letter is read as text: its paragraphs are what a point links to, never points themselves
    letter = meta.kind == "hoeringssvar"
    # the flattened PDF table of the seed's layout
    if (
        not letter
        and loaded.raw_text is not None
        and (
            hn.looks_like_hoeringsnotat(loaded.raw_text)
            or (meta.kind == "hoeringsnotat" and len(hn.HANDLING_START.findall(loaded.raw_text)) >= 3)
        )
    ):
        rows = hn.finish_rows(hn.parse_hoeringsnotat_text(loaded.raw_text))
        if not rows:
            raise ParseError("no høringsnotat rows found (is the table layout the flattened PDF kind?)")
        notes.layout, notes.hoeringsnotat_rows = "flattened text", len(rows)
        _count_and_check(rows, notes)
        return hn.rows_to_records(rows, doc, doc_hash, title, meta.publisher)

    kind = meta.kind or "document"
    # every table: a høringsnotat table gives rows, any other table a record per row ("Kolonne: værdi")
    row_fields: list[tuple[int, list]] = []  # (table index, RowFields)
    table_lines: set[int] = set()  # text lines a table's rows took (the numbered points an answer table answers)
    plain: list[int] = []
    # outcome codes the document explains: in its text, or in a note across a table ("Indstilling: Æ = ændret …"
    # under a sheet's rows), or in a title row above a sheet's header (a legend row merged across the table)
    across = [r[0] for t in loaded.tables for r in t.rows if len(r) >= 2 and r[0] and all(c == r[0] for c in r)]
    above = [x for t in loaded.tables for x in t.intro]
    legend = code_legend(loaded.tables, [ln.text for ln in loaded.lines] + across + above)
    for ti, t in enumerate(loaded.tables):
        thread = None if meta.columns else answer_threads(t.header, t.rows)
        if thread:  # a comment thread: the answer rows folded into the remark rows they answer, by ID
            t.header, t.rows, src, _ = thread
            t.row_numbers = [t.row_numbers[i] for i in src]
            t.row_pages = [t.row_pages[i] for i in src] if t.row_pages else []
        wide = None if meta.columns else question_rows(t.header, t.rows)
        if wide:  # a form exported wide (a block of columns per question): one row per filled question
            t.header, t.rows, src, _ = wide
            t.row_numbers = [t.row_numbers[i] for i in src]
            t.row_pages = [t.row_pages[i] for i in src] if t.row_pages else []
        both = None if meta.columns else split_answer_column(t.header, t.rows)
        if both:  # the remark and its answer in one column ("Bemærkning / regionens svar": "… Svar: …"): two columns
            t.header, t.rows, _ = both
        split = split_numbered_rows(t.rows)
        if split:  # a row per party with its points numbered inside the cells: a row per point
            t.rows, src = split
            t.row_numbers = [t.row_numbers[i] for i in src]
            t.row_pages = [t.row_pages[i] for i in src] if t.row_pages else []
        flags = None if meta.columns else flag_columns(t.header, t.rows)
        if flags:  # the outcome spread over yes/no columns: one outcome column in words
            t.header, t.rows, _ = flags
        # NOTE: a grouped header whose upper row names the consultation ("Høringssvar" merged over Nr. | Resumé,
        # "Administrationens behandling" over Vurdering | Kode) speaks of a consultation, as a column header would
        grouped = any(CONSULTATION_GROUP.search(g) for g in t.groups)
        mp = infer_columns(
            t.header,
            t.rows,
            override=meta.columns,
            embedder=embedder,
            hoeringsnotat_hint=meta.kind == "hoeringsnotat" or grouped,
        )
        if grouped:
            mp.reasons.append("the grouped header names the consultation: " + ", ".join(repr(g) for g in t.groups))
        for turned in (thread, wide):
            if turned:
                mp.reasons.append(turned[3])
        if both:
            mp.reasons.append(both[2])
        if flags:
            mp.reasons.append("the outcome read from the yes/no columns " + ", ".join(repr(h) for h in flags[2]))
        if not mp.is_hoeringsnotat and legend and sum(1 for h in t.header if h) > 2 and _legend_column(t.rows, legend):
            # a column of the codes the document's legend explains is a handling column: the table is a høringsnotat
            mp = infer_columns(t.header, t.rows, override=meta.columns, embedder=embedder, hoeringsnotat_hint=True)
        heading = None  # the heading above an answer table, however many points stand between them
        if letter:
            mp.is_hoeringsnotat = False
            mp.why_not = "a response letter's table"
        points = None if letter else _points_above(t, mp, loaded)
        if points:  # an answer table: its rows answer the party's numbered points above it, by number
            t.header, t.rows = t.header + ["Høringssvar (resumé)"], [r + [text] for r, text in zip(t.rows, points[0])]
            table_lines |= points[1]
            heading = points[2] or ""
            mp = infer_columns(t.header, t.rows, override=meta.columns, embedder=embedder, hoeringsnotat_hint=True)
            mp.reasons.append("the points answered are the numbered paragraphs above the table, joined by number")
        by_party = None if (points or letter) else _points_by_party(t, mp, loaded)
        if by_party:  # one answer table for all parties: each row's point is under its party's heading, by number
            t.header, t.rows = t.header + ["Høringssvar (resumé)"], [r + [x] for r, x in zip(t.rows, by_party[0])]
            table_lines |= by_party[1]
            mp = infer_columns(t.header, t.rows, override=meta.columns, embedder=embedder, hoeringsnotat_hint=True)
            mp.reasons.append("the points answered are the numbered paragraphs under each party's heading, by number")
        owner = None if letter else _table_owner(t, mp, loaded, heading)
        silent = bool(owner) and _silent_table(t)
        if owner:  # a sheet (or a table under a heading) per party: the party is every row's respondent
            t.header, t.rows = t.header + ["Høringspart"], [r + [owner] for r in t.rows]
            mp = infer_columns(t.header, t.rows, override=meta.columns, embedder=embedder, hoeringsnotat_hint=True)
            mp.reasons.append(
                f"no respondent column: the party is the {'table name' if owner == t.name else 'heading above it'} {owner!r}"
            )
            if not mp.is_hoeringsnotat and silent:
                # the party's table says only that it did not respond: its first filled column is what it said
                said = next(i for i, c in enumerate(t.rows[0]) if c and c.strip("–—- "))
                mp.roles = {"respondent": len(t.header) - 1, "summary": said}
                mp.is_hoeringsnotat, mp.why_not = True, None
                mp.reasons.append("the party's table says it did not respond")
        if legend and mp.is_hoeringsnotat and "handling" not in mp.roles:
            # NOTE: a column of one-letter codes ("Kode": A, C, E) explained only by the legend (on another sheet of
            # the workbook, "Kode | Betydning") is the outcome column, whatever its header says
            # NOTE: a column of a few numbers repeated ("1", "3", "5") also reads as a kind of party by its cells
            # alone: the legend's codes decide it is the outcome
            col = _legend_column_index(
                t.rows, legend, skip={c for role, c in mp.roles.items() if role != "respondent_type"}
            )
            if col is not None:
                if mp.roles.get("respondent_type") == col:
                    del mp.roles["respondent_type"]
                mp.roles["handling"] = col
                mp.reasons.append(f"outcome column {t.header[col]!r}: its cells are the codes of the legend")
        elif legend and mp.is_hoeringsnotat and not meta.columns:
            # NOTE: an assessment in prose whose sentences read as outcomes ("… står nu i afsnit 2") beside a
            # column of the legend's codes ("Status": J, D, N): the codes are the outcome, the prose its comment
            hcol = mp.roles["handling"]
            if _legend_column_index([[r[hcol] if hcol < len(r) else ""] for r in t.rows], legend) is None:
                col = _legend_column_index(t.rows, legend, skip=set(mp.roles.values()))
                if col is not None:
                    mp.roles["handling"] = col
                    if "comment" not in mp.roles:
                        mp.roles["comment"] = hcol
                    mp.reasons.append(
                        f"outcome column {t.header[col]!r}: its cells are the codes of the legend "
                        f"({t.header[hcol]!r} is the comment)"
                    )
        if legend and mp.is_hoeringsnotat and "handling" in mp.roles:
            mp.reasons.append(
                "outcome codes explained by the document's legend: "
                + ", ".join(f"{k} = {m} ({h})" for k, (h, m) in list(legend.items())[:8])
            )
        entry = {"table": t.name, "rows": len(t.rows), "hoeringsnotat": mp.is_hoeringsnotat, "columns": mp.reasons}
        if not mp.is_hoeringsnotat:
            entry["why_not"] = mp.why_not
            # NOTE: a list of the consulted parties with whether each answered (Høringspart | Høringssvar modtaget:
            # Ja/Nej) is no høringsnotat table: its "Nej" rows are the parties that did not respond
            if _looks_consultative(t.header) and not prose.silent_in_tables([t]):
                notes.warn(
                    f"{t.name} has høringsnotat-like columns but was indexed as a plain table: {mp.why_not}; "
                    'name the columns in manifest.json ("columns") to read it as a høringsnotat'
                )
        notes.mappings.append(entry)
        fields_ = []
        if mp.is_hoeringsnotat:
            fields_ = hn.parse_hoeringsnotat_table(
                t.header,
                t.rows,
                t.row_numbers,
                mapping=mp,
                notes=notes,
                handling_map=meta.handling_map,
                embedder=embedder,
                row_pages=t.row_pages or None,
                table_name=t.name,
                legend=legend,
                ticked=bool(flags),
            )
            if "theme" not in mp.roles:  # one table per theme, under its heading
                theme = _heading_before(loaded.lines, t.anchor)
                for f in fields_:
                    f.theme = f.theme or theme
        if fields_:
            row_fields.append((ti, fields_))
        else:
            plain.append(ti)

    prose_rows, used_lines = [], set(table_lines)
    silent_rows = []
    if row_fields:  # parties named as consulted without a response, in the text around the tables
        said = [f.respondent for _, fs in row_fields for f in fs if f.respondent]
        # a sheet has no text around its tables: its title rows and the one-cell rows of its other sheets stand in
        notes_text = [x for t in loaded.tables for x in t.intro] + [
            r[0]
            for ti, t in enumerate(loaded.tables)
            if ti in plain
            for r in ([t.header] + t.rows)
            if r and r[0] and len({c for c in r if c}) == 1
        ]
        text_lines = loaded.lines if loaded.lines else [Line(i + 1, x) for i, x in enumerate(notes_text)]
        # a row merged across a table that says who did not answer ("Ikke modtaget svar fra: X"): text as well
        said_across = [x for x in across if SILENT_ACROSS.search(x) and len(x) <= 300]
        if said_across:
            n0 = max((ln.no for ln in text_lines), default=0)
            text_lines = list(text_lines) + [Line(n0 + 1 + i, x) for i, x in enumerate(said_across)]
        # NOTE: a PDF's paragraphs rebuilt from its layout (around its label/value blocks) are paragraphs already
        one_per_line = not loaded.lines or path.suffix.lower() == ".docx" or loaded.lines is loaded.paragraphs
        silent_rows = prose.silent_rows(text_lines, said, one_per_line=one_per_line)
    elif not letter:
        found = None
        if loaded.paragraphs:  # a PDF: its paragraphs rebuilt from the layout first
            found = prose.parse_prose(
                loaded.paragraphs,
                force=meta.kind == "hoeringsnotat",
                notes=notes,
                handling_map=meta.handling_map,
                one_per_line=True,
                layout=True,
                embedder=embedder,
            )
            if found is not None:
                loaded.lines = loaded.paragraphs  # the document's text is read from the same paragraphs
                if loaded.dropped:
                    notes.warn(
                        f"{len(loaded.dropped)} running header/footer line(s) left out, e.g. {loaded.dropped[0]!r}"
                    )
        if found is None:
            found = prose.parse_prose(
                loaded.lines,
                force=meta.kind == "hoeringsnotat",
                notes=notes,
                handling_map=meta.handling_map,
                one_per_line=path.suffix.lower() == ".docx",
                embedder=embedder,
            )
        if found is not None:
            prose_rows, used_lines = found

    if prose_rows and plain:
        # NOTE: the outcomes only in a closing overview table keyed by the points' numbers (Pkt. | Part | Emne |
        # Ændring i planen), the points themselves numbered in the prose above: each point's outcome from its row
        _outcomes_by_number(prose_rows, [loaded.tables[ti] for ti in plain], loaded, notes, meta, legend)
    if (row_fields or prose_rows) and plain:
        # a plain table of the parties that did not respond (Høringspart | Status: "Intet svar modtaget")
        said = {prose._norm(f.respondent) for _, fs in row_fields for f in fs if f.respondent}
        said |= {prose._norm(f.respondent) for f in silent_rows + prose_rows if f.respondent}
        for name in prose.silent_in_tables([loaded.tables[ti] for ti in plain]):
            if prose._norm(name) not in said:
                silent_rows.append(prose._consulted_row(name, len(loaded.lines) + 1))
                said.add(prose._norm(name))
    # høringsnotat rows: one list over all tables (names repaired, types and references resolved together)
    all_fields = [f for _, fs in row_fields for f in fs] + silent_rows + prose_rows
    # parties named only by a code that a legend table explains ("NCF foreslår, …"): the party's name
    renamed = resolve_abbreviations(all_fields, party_abbreviations(loaded.tables))
    if renamed:
        notes.warn(f"{renamed} point(s) name their party by an abbreviation: named from the document's legend table")
    # the reply model reads every outcome that was read from a reply's words (ingest/handling.py read_replies)
    handling.read_replies(all_fields, embedder, notes)
    rows = hn.finish_rows(all_fields) if all_fields else []
    notes.hoeringsnotat_rows = len(rows)
    notes.layout = "prose" if prose_rows else ("table" if row_fields else "document")
    # NOTE: a document the manifest names as another kind (a plan, an oplæg) is not checked for missed points
    declared_other = bool(meta.kind) and meta.kind != "hoeringsnotat"
    if letter:
        notes.layout = "letter"
    _count_and_check(rows, notes, None if declared_other and not rows else loaded, path, title)
    is_notat = bool(rows) or kind == "hoeringsnotat"
    text_kind = "document" if kind == "hoeringsnotat" else kind
    doc_kind = "hoeringsnotat" if is_notat else kind

    # the text, in pieces between the tables, with the heading path in force at each table
    lines = [ln for i, ln in enumerate(loaded.lines) if i not in used_lines]
    order_of = {id(ln): i for i, ln in enumerate(loaded.lines)}
    breaks = {t.anchor for t in loaded.tables}
    kept_index = [order_of[id(ln)] for ln in lines]
    local_breaks = {next((j for j, oi in enumerate(kept_index) if oi >= b), len(lines)) for b in breaks}
    paths_at: dict[int, str | None] = {}
    chunks = []
    if any(ln.text.strip() for ln in lines):
        if is_deck(lines, text_kind) and not loaded.tables:
            chunks = slide_chunks(lines)
        else:
            chunks = section_chunks(lines, breaks=local_breaks, paths_at=paths_at)
    line_index = {(ln.page, ln.no): order_of[id(ln)] for ln in lines}

    items: list[tuple[float, int, Record | dict]] = []  # (place in the document, order within the place, record)
    for c in chunks:
        place = line_index.get((c.page, c.line_start), 0)
        items.append(
            (
                place,
                0,
                Record(
                    id="",
                    doc=doc,
                    kind=c.kind or text_kind,
                    doc_kind=doc_kind,
                    doc_hash=doc_hash,
                    title=title,
                    publisher=meta.publisher,
                    text=c.text,
                    section=c.section,
                    page=c.page,
                    line_start=c.line_start,
                    line_end=c.line_end,
                ),
            )
        )
    by_table = dict(row_fields)
    row_iter = iter(rows)
    for ti, t in enumerate(loaded.tables):
        place = t.anchor - 0.5
        local = next((j for j, oi in enumerate(kept_index) if oi >= t.anchor), len(lines))
        path_here = paths_at.get(local)
        if t.intro:
            items.append(
                (
                    place,
                    -1,
                    Record(
                        id="",
                        doc=doc,
                        kind=text_kind,
                        doc_kind=doc_kind,
                        doc_hash=doc_hash,
                        title=title,
                        publisher=meta.publisher,
                        text="\n".join(t.intro),
                        section=" > ".join(x for x in (path_here, t.name) if x),
                    ),
                )
            )
        if ti in by_table:
            for k in range(len(by_table[ti])):
                items.append((place, k, next(row_iter)))
            continue
        items.extend(
            (place, k, r)
            for k, r in enumerate(_table_records(t, doc, doc_hash, title, meta, text_kind, doc_kind, path_here, loaded))
        )
    for f, d in zip(silent_rows + prose_rows, row_iter):  # prose rows: where their statements are
        items.append((float(f.place), 0, d))
    items.sort(key=lambda x: (x[0], x[1]))
    recs: list[Record] = []
    row_dicts = [x[2] for x in items if isinstance(x[2], dict)]
    row_recs = iter(hn.rows_to_records(row_dicts, doc, doc_hash, title, meta.publisher)) if row_dicts else iter(())
    for _, _, x in items:
        recs.append(next(row_recs) if isinstance(x, dict) else x)
    for pos, r in enumerate(recs):
        r.id, r.position = hn.record_id(doc, doc_hash, pos), pos
    if not recs:
        raise ParseError("no text found to index")
    return recs


HOERING_WORDS = re.compile(r"høringsnotat|høringssvar|høringspart|consultation (?:response|report)", re.I)


def _count_and_check(rows: list[dict], notes: FileNotes, loaded: Loaded | None = None, path=None, title="") -> None:
    """Per file: how many points, parties and outcomes were found; warn when a 'party' looks like a page footer or a
    count, and when a document that reads as a høringsnotat gave few points for the paragraphs that read as points."""
    notes.points = sum(1 for d in rows if d.get("summary") and d.get("handling") != "intet_svar")
    notes.parties = len({d["respondent"] for d in rows if d.get("respondent")})
    notes.outcomes = sum(1 for d in rows if d.get("handling"))
    odd = sorted({d["respondent"] for d in rows if d.get("respondent") and prose.odd_party(d["respondent"])})
    if odd:
        notes.warn(
            f"{len(odd)} 'part(ies)' look like a page footer, a count or a sentence, not a party: "
            + ", ".join(repr(x) for x in odd[:5])
        )
    if loaded is None or loaded.tables and not loaded.paragraphs:
        return
    text = " ".join(ln.text for ln in loaded.lines[:400])
    if not (HOERING_WORDS.search(title or "") or len(HOERING_WORDS.findall(text)) >= 2):
        return
    candidates = prose.point_candidates(
        loaded.lines, one_per_line=bool(loaded.paragraphs) or Path(path or "").suffix.lower() == ".docx"
    )
    if candidates >= 4 and notes.points < 0.5 * candidates:
        notes.warn(
            f"reads as a høringsnotat, but only {notes.points} point(s) were found for {candidates} paragraph(s) that "
            "read as a party's point: check the parse (plansvar parse FILE) or set the columns in manifest.json"
        )


POINT_NO = re.compile(r"^\s*(?:(?:Ad|Pkt|Punkt|Nr|Bemærkning|Point|No)\.?\s*)?\(?(\d{1,3})[.):]?\s*$", re.I)
NUMBERED_PARA = re.compile(
    r"^\s*(?:(?:Ad|Pkt\.?|Punkt|Bemærkning|Point)\s*)?\(?(\d{1,3})(?:[.)]|\s*:)\s+(\S.*)$", re.S | re.I
)


def _outcomes_by_number(prose_rows: list, tables: list, loaded: Loaded, notes, meta, legend) -> None:
    """A table of the outcomes by point number, the points in the prose above it (numbered once through the whole
    document): each numbered point's outcome is its row's outcome cell, read as a table's (a bare Ja/Nej with the
    point's answer). Only where every row's number is one point's, no number twice, and no column says what was
    said (then the table is a høringsnotat table of its own)."""
    by_line = {(ln.page, ln.no): ln.text for ln in loaded.lines}
    numbered: dict[int, list] = {}
    for f in prose_rows:
        if f.handling == "intet_svar" or f.line_start is None:
            continue
        m = NUMBERED_PARA.match(f.label or "") or NUMBERED_PARA.match(by_line.get((f.page, f.line_start), ""))
        if m:
            numbered.setdefault(int(m.group(1)), []).append(f)
    if len(numbered) < 2 or any(len(v) > 1 for v in numbered.values()):
        return
    for t in tables:
        mp = infer_columns(t.header, t.rows, hoeringsnotat_hint=True)
        if "point" not in mp.roles or "handling" not in mp.roles or "summary" in mp.roles or len(t.rows) < 2:
            continue
        pcol, hcol = mp.roles["point"], mp.roles["handling"]
        keyed = []
        for r in t.rows:
            m = POINT_NO.match(r[pcol] if pcol < len(r) else "")
            cell = (r[hcol] if hcol < len(r) else "").strip()
            if not m or int(m.group(1)) not in numbered or not cell:
                keyed = []
                break
            keyed.append((numbered[int(m.group(1))][0], cell))
        if len(keyed) < 2 or len({id(f) for f, _ in keyed}) < len(keyed):
            continue
        hmap = {k.strip().lower(): v for k, v in (meta.handling_map or {}).items()}
        for f, cell in keyed:
            g = hn.RowFields(respondent=f.respondent, line_start=f.line_start, line_end=f.line_end, page=f.page)
            hn._row_handling(g, cell, f.text_change, hmap, notes, [], has_column=True, legend=legend or {})
            if g.handling:
                f.handling, f.handling_raw, f.handling_source = g.handling, cell, g.handling_source
        notes.warn(f"{t.name}: the outcomes of {len(keyed)} numbered point(s) read from its rows, by point number")


def _points_above(t, mp, loaded: Loaded) -> tuple[list[str], set[int], str | None] | None:
    """A table that answers points by number (Pkt. | Regionens svar | Konsekvens), with no column of what was said:
    the party's points are the numbered paragraphs ("1) …", "2. …") between the heading above and the table. Each
    row gets the text of the point its number names, with the lines they are on and the heading above; None unless
    every row's number names one."""
    if "point" not in mp.roles or "summary" in mp.roles or "respondent" in mp.roles:
        return None
    if "comment" not in mp.roles and "handling" not in mp.roles or not t.rows:
        return None
    found: dict[int, list[str]] = {}
    where: dict[int, list[int]] = {}
    last = None
    for i in range(t.anchor - 1, -1, -1):  # up to the heading above (or the table before)
        ln = loaded.lines[i]
        if ln.heading_level or any(o.anchor == i + 1 and o is not t for o in loaded.tables):
            break
    else:
        i = -1
    start = i + 1
    for j in range(start, t.anchor):
        text = loaded.lines[j].text.strip()
        if not text:
            continue
        m = NUMBERED_PARA.match(text)
        if m:
            last = int(m.group(1))
            found.setdefault(last, []).append(m.group(2).strip())
            where.setdefault(last, []).append(j)
        elif last is not None and not text.endswith(":"):  # a paragraph more of the same point (no lead-in)
            found[last].append(text)
            where[last].append(j)
    col = mp.roles["point"]
    nums = [POINT_NO.match(r[col] if col < len(r) else "") for r in t.rows]
    if not found and all(nums) and [int(m.group(1)) for m in nums] == list(range(1, len(t.rows) + 1)):
        # points in Word's own numbering (the number is no part of the text): the paragraphs in order, when there
        # are as many as the table has rows (a lead-in that ends with a colon aside)
        paras = [
            j
            for j in range(start, t.anchor)
            if loaded.lines[j].text.strip() and not loaded.lines[j].text.strip().endswith(":")
        ]
        if len(paras) == len(t.rows) and all(len(loaded.lines[j].text.split()) >= 4 for j in paras):
            for n, j in enumerate(paras, 1):
                found[n], where[n] = [loaded.lines[j].text.strip()], [j]
    texts, used = [], set()
    for r in t.rows:
        m = POINT_NO.match(r[col] if col < len(r) else "")
        n = int(m.group(1)) if m else None
        if n not in found:
            return None
        texts.append(prose._join_lines(found[n], loaded.lines[where[n][0]].page is not None))
        used.update(where[n])
    head = loaded.lines[start - 1] if start > 0 and loaded.lines[start - 1].heading_level else None
    if head is None:  # no heading style (a PDF): the short line that is no sentence right above the first point
        first = min(j for js in where.values() for j in js)
        above = [ln for ln in loaded.lines[start:first] if ln.text.strip()]
        if above and len(above[-1].text.strip()) <= 90 and not re.search(r"[.:;!?]$", above[-1].text.strip()):
            head = above[-1]
    return texts, used, (head.text.strip() if head else None)


def _points_by_party(t, mp, loaded: Loaded) -> tuple[list[str], set[int]] | None:
    """One answer table for all parties (Høringspart | Pkt. | Svar | Konsekvens), with no column of what was said: each
    row's point is the paragraph numbered so under the heading that names its party ("Høringssvar fra X" or "X").
    None unless every row finds one."""
    if "summary" in mp.roles or "point" not in mp.roles or "respondent" not in mp.roles or not t.rows:
        return None
    if "comment" not in mp.roles and "handling" not in mp.roles:
        return None
    sections: dict[str, dict[int, list[int]]] = {}
    cur: dict[int, list[int]] | None = None
    last = None
    for j, ln in enumerate(loaded.lines[: t.anchor]):
        text = ln.text.strip()
        if ln.heading_level:
            name = re.sub(r"^(?:Høringssvar|Bemærkninger|Svar|Kommentarer)\s+fra\s+", "", text, flags=re.I)
            cur, last = sections.setdefault(prose._norm(name), {}), None
            continue
        m = NUMBERED_PARA.match(text) if cur is not None else None
        if m:
            last = int(m.group(1))
            cur.setdefault(last, []).append(j)
        elif text and cur is not None and last is not None:
            cur[last].append(j)
    rcol, pcol = mp.roles["respondent"], mp.roles["point"]
    texts, used, party = [], set(), ""
    for r in t.rows:
        party = (r[rcol] if rcol < len(r) else "") or party  # a blank name cell takes the name above
        m = POINT_NO.match(r[pcol] if pcol < len(r) else "")
        key = prose._norm(party)
        sec = sections.get(key) or next((v for k, v in sections.items() if key and (key in k or k in key)), None)
        if not m or not sec or int(m.group(1)) not in sec:
            return None
        js = sec[int(m.group(1))]
        texts.append(
            prose._join_lines(
                [NUMBERED_PARA.match(loaded.lines[js[0]].text.strip()).group(2).strip()]
                + [loaded.lines[j].text.strip() for j in js[1:]],
                loaded.lines[js[0]].page is not None,
            )
        )
        used.update(js)
    return texts, used


def _heading_before(lines, anchor: int) -> str | None:
    """The heading right above a table (a few lines up at most), when it is not the document's title."""
    seen = 0
    for ln in reversed(lines[:anchor]):
        t = ln.text.strip()
        if not t:
            continue
        if ln.heading_level and ln.heading_level >= 2 or re.match(r"^\d+(?:\.\d+)*\.?\s+[A-ZÆØÅ][^.]{1,80}$", t):
            return re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", t)
        seen += 1
        if seen > 2 or ln.heading_level == 1:
            return None
    return None


GENERIC_SHEET = re.compile(r"^(?:sheet|ark|tabel|table|blad|data|oversigt|opgørelse|pivot|resumé)\s*\d*$", re.I)


OWNER_LABEL = re.compile(
    r"^\s*(?:høringspart|høringsgiver|afsender|indsender|part|respondent|consultee|organisation)\s*:\s*(\S.*?)\s*$",
    re.I,
)


def _silent_table(t) -> bool:
    """A party's table (the same template as the others) whose only row says it did not respond: "Der er ikke
    modtaget høringssvar." | "–"."""
    rows = [[(c or "").strip() for c in r] for r in t.rows if any((c or "").strip() for c in r)]
    if not rows:
        return False
    for r in rows:
        filled = [c for c in r if c.strip("–—- ")]
        if len(filled) != 1 or not hn.NO_RESPONSE_CELL.match(filled[0]):
            return False
    return True


def _table_owner(t, mp, loaded: Loaded, heading: str | None = None) -> str | None:
    """The party a table belongs to when it has no respondent column but what a party said and how it was handled:
    the sheet's name ("Aarhus Kommune") or the heading right above the table, when that is a party's name (an
    organisation word or an acronym, its words capitalised but for connectors), never a theme."""
    if mp.is_hoeringsnotat or "respondent" in mp.roles or ("summary" not in mp.roles and not _silent_table(t)):
        return None
    if "handling" not in mp.roles and "comment" not in mp.roles:
        return None
    for x in getattr(t, "intro", None) or []:  # a title row that names the party: "Høringspart: X" (B1 beside A1)
        m = OWNER_LABEL.match(x or "")
        if m and m.group(1)[:1].isupper() and len(m.group(1).split()) <= 14:
            return m.group(1).strip()
    cands = [t.name] if not re.match(r"^tabel \d+$", t.name) else []
    cands.append(heading or _heading_before(loaded.lines, t.anchor) or "")
    for ci, c in enumerate(cands):
        # "Høringssvar fra X", "Høringssvar nr. 3 – X", "Høringspart: X": the heading names the party after its label
        said_from = prose.FROM_HEADING.match((c or "").strip())
        c = said_from.group(1).strip() if said_from else (c or "").strip()
        # NOTE: the date the response came in, after the name ("Ældrerådet i X (modtaget 30.9.2026)"): no part of it
        c = hn.RECEIVED_TAIL.sub("", c).strip()
        words = c.split()
        if not c or GENERIC_SHEET.match(c) or len(words) > 8 or Path(c).suffix:
            continue
        # NOTE: a parenthesis says what the party is ("SSP Vestby (skole, socialforvaltning og politi)"): its words
        # may be lower case, as may a name's connectors ("Forældrebestyrelsen ved Bakkeskolen")
        bare = re.sub(r"\([^)]*\)", " ", c).split()
        if not said_from and any(w[:1].islower() and w not in prose._NAME_CONNECTORS for w in bare):
            continue
        if re.fullmatch(r"[A-ZÆØÅ]{2,8}(?:[- ][A-ZÆØÅa-zæøå]+)?", c) or prose.ORG.search(c):
            return c
        if (said_from or heading is not None) and c[:1].isupper():
            return c  # "Høringssvar fra Sundhedsplejerskerne i Ribeby", or the heading over points answered by number
        if ci == len(cands) - 1 and len(words) >= 2 and prose._party_name(c) and not re.search(r"[\d:]", c):
            return c  # a heading of two or more capitalised words ("Lægerne i Vestby"), no theme ("Tema 2: …")
    return None


def _looks_consultative(header: list[str]) -> bool:
    return sum(1 for h in header if re.search(r"hørings|håndtering|høringspart|respondent|consult", h or "", re.I)) >= 2


def _table_records(
    t, doc: str, doc_hash: str, title: str, meta: DocMeta, kind: str, doc_kind: str, path_here: str | None, loaded
) -> list[Record]:
    """A plain table: one record per row, "Kolonne: værdi" for each filled cell, cited by table and row."""
    header = [h or f"Kolonne {i + 1}" for i, h in enumerate(t.header)]
    body = list(zip(t.rows, t.row_numbers, t.row_pages or [None] * len(t.rows)))
    if not body:  # only a header row: its cells are the content
        return [
            Record(
                id="",
                doc=doc,
                kind=kind,
                doc_kind=doc_kind,
                doc_hash=doc_hash,
                title=title,
                publisher=meta.publisher,
                text=" · ".join(h for h in t.header if h),
                section=" > ".join(x for x in (path_here, t.name) if x),
                table=t.name,
                table_row=0,
            )
        ]
    file_lines = loaded.raw_text is None and not loaded.lines  # XLSX/CSV: row numbers are places in the file
    out = []
    for k, (row, no, page) in enumerate(body, start=1):
        if len(row) > 1 and row[0] and all(c == row[0] for c in row):
            cells = [row[0]]  # a label row across the table
        else:
            cells = [f"{h}: {v}" for h, v in zip(header, row) if v] + [v for v in row[len(header) :] if v]
        if not cells:
            continue
        where = f"{t.name}, række {k}"
        out.append(
            Record(
                id="",
                doc=doc,
                kind=kind,
                doc_kind=doc_kind,
                doc_hash=doc_hash,
                title=title,
                publisher=meta.publisher,
                text=" · ".join(cells),
                section=" > ".join(x for x in (path_here, where) if x),
                page=page,
                line_start=no if file_lines else None,
                line_end=no if file_lines else None,
                table=t.name,
                table_row=k,
            )
        )
    return out


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


def ingest(
    paths: list[Path],
    store: ChromaStore,
    embedder: Embedder,
    batch: int = 32,
    progress: bool = True,
    lock_wait: float | None = None,
    max_file_mb: float | None = None,
    max_records: int | None = None,
) -> IngestReport:
    """One ingest at a time per store (ChromaStore.ingest_lock): a second one waits up to lock_wait seconds
    (PLANSVAR_INGEST_LOCK_WAIT), then stops with IngestBusy, having changed nothing."""
    with store.ingest_lock(lock_wait):
        return _ingest(paths, store, embedder, batch, progress, max_file_mb=max_file_mb, max_records=max_records)


def _ingest(
    paths: list[Path],
    store: ChromaStore,
    embedder: Embedder,
    batch: int = 32,
    progress: bool = True,
    max_file_mb: float | None = None,
    max_records: int | None = None,
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
            check_size(f, max_file_mb)  # before reading: a huge file is never read into memory
        except ParseError as e:
            report.failed.append(Failure(str(f), str(e)))
            log.warning("file not ingested", extra={"path": str(f), "reason": str(e)})
            continue
        try:
            data = f.read_bytes()
        except OSError as e:
            report.failed.append(Failure(str(f), f"cannot read the file: {e.strerror or e}"))
            continue
        if existing.get(doc, {}).get("doc_hash") == file_hash(data, manifest.get(f.name)):
            report.unchanged.append(doc)
            continue
        notes = FileNotes()
        try:
            recs = parse_file(
                f,
                manifest.get(f.name),
                doc=doc,
                notes=notes,
                embedder=embedder,
                max_file_mb=max_file_mb,
                max_records=max_records,
            )
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
        report.files[doc] = notes
        for w in notes.warnings:
            log.warning("ingest note", extra={"path": str(f), "note": w})
        if notes.unplaced:
            log.warning(
                "handling cells not placed", extra={"path": str(f), "cells": dict(notes.unplaced.most_common(20))}
            )

    # files that were ingested from these folders and are gone now
    roots = [str(Path(p).resolve()) for p in paths if Path(p).is_dir()]
    present = {names[f] for f in files}
    failed_docs = {names.get(Path(x.path), Path(x.path).name) for x in report.failed}
    for doc, meta in existing.items():
        src = meta.get("source") or ""
        if doc not in present and doc not in failed_docs and any(src.startswith(r + os.sep) for r in roots):
            report.removed.append(doc)

    if todo or report.removed or not reusable:
        report.estimate_seconds = _announce(embedder, todo, progress)
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


def _build(
    store: ChromaStore,
    embedder: Embedder,
    todo: list[tuple[str, list[Record]]],
    removed: set[str],
    batch: int,
    progress: bool,
) -> None:
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
            build.upsert(keep_recs[i : i + 1000], keep_vecs[i : i + 1000])
        bar = _progress(sum(len(r) for _, r in todo), progress)
        for _, recs in todo:
            for i in range(0, len(recs), batch):
                part = recs[i : i + batch]
                build.upsert(part, embedder.embed_passages([r.embedding_text() for r in part]))
                bar.update(len(part))
        bar.close()
        build.commit()
    except BaseException:
        build.abort()
        raise


# NOTE: records per second embedding with the bundled e5 on 2 shared cores (README "Measured"); an estimate, not a
# promise: cached passages cost nothing and other models differ
EMBED_RATE = 4.0
ANNOUNCE_AFTER_S = 60.0


def _announce(embedder: Embedder, todo: list[tuple[str, list[Record]]], progress: bool) -> float:
    """Estimate the embedding time before it starts; say so (stderr and log) when it is long."""
    texts = [r.embedding_text() for _, recs in todo for r in recs]
    cached = getattr(embedder, "cached_count", None)
    n = len(texts) - (cached(texts) if cached else 0)
    est = n / EMBED_RATE
    if est >= ANNOUNCE_AFTER_S:
        msg = (
            f"embedding {n:,} records: about {_duration(est)} at ~{EMBED_RATE:g} records/s "
            f"(largest: {max(todo, key=lambda x: len(x[1]))[0]}, {max(len(r) for _, r in todo):,} records)"
        )
        log.info("long ingest", extra={"records": n, "estimate_seconds": round(est)})
        if progress:
            print(msg, file=sys.stderr, flush=True)
    return est


def _duration(s: float) -> str:
    if s < 90:
        return f"{s:.0f} s"
    if s < 5400:
        return f"{s / 60:.0f} min"
    return f"{s / 3600:.1f} h"


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    # NOTE: a bar only on a terminal: in a log or a pipe its redraws are one garbled line (the estimate line and the
    # summary still say what happened)
    tty = sys.stderr.isatty() if hasattr(sys.stderr, "isatty") else False
    return tqdm(
        total=total, desc="embedding", unit="rec", file=sys.stderr, disable=not enabled or total == 0 or not tty
    )
