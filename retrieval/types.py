"""The one record type that flows end to end: ingest makes Records, the store keeps them, retrieval ranks them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from retrieval.vocab import HANDLINGS as _HANDLINGS
from retrieval.vocab import RESPONDENT_TYPES as _TYPES

# the codes in their canonical order (the vocabulary in retrieval/vocab.py holds their labels and wordings)
HANDLINGS = tuple(h.value for h in _HANDLINGS)
RESPONDENT_TYPES = tuple(t.value for t in _TYPES)


@dataclass
class Record:
    """A høringsnotat row or a section chunk of a document, with everything a citation needs."""

    id: str
    doc: str  # source file name
    kind: str  # plan, sundhedsaftale, hoeringsnotat, udspil, oplaeg, document
    text: str  # the passage as in the source (whitespace folded)
    title: str = ""
    doc_kind: str = ""  # the kind of the whole document (a sundhedsaftale section of a plan has doc_kind "plan")
    doc_hash: str = ""
    source: str | None = None  # the path the document was ingested from
    position: int = 0  # order of the record within its document
    publisher: str | None = None
    region: str | None = None  # "Region Hovedstaden": the manifest's, else "Region X" in the title or publisher
    section: str | None = None  # heading path, "4. Sundhedsaftale > a. Sundhedsaftalen og Praksisplanen"
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    table: str | None = None  # a table row's table: "tabel 2" (DOCX, PDF), the sheet name (XLSX) or the file (CSV)
    table_row: int | None = None  # the row's number within that table (1 = the first row under the header)
    # høringsnotat rows
    respondent: str | None = None
    respondent_type: str | None = None
    theme: str | None = None
    letter: str | None = None
    is_remark: bool | None = None
    summary: str | None = None
    handling: str | None = None
    handling_raw: str | None = None
    handling_direct: str | None = (
        None  # the cell's own value where it refers to another row ("Samme håndtering som ved PIU")
    )
    refers_to: str | None = None  # "Patientinddragelsesudvalget i Region Hovedstaden j"
    text_change: str | None = None
    quote: str | None = None
    quote_pages: list[int] = field(default_factory=list)
    handling_source: str | None = None  # cell, meaning, yes_no, comment, reply, manifest, no_remarks, consulted
    # the consultation (høring) a høringsnotat or a party's letter belongs to: the plan consulted on, and when
    consultation: str | None = None  # "Sundhedsaftale 2024–2027"
    consultation_date: str | None = None  # "2024-05" or "2024"

    @property
    def is_letter(self) -> bool:
        """A passage of a party's own response letter (høringssvar)."""
        return self.kind == "hoeringssvar"

    @property
    def is_row(self) -> bool:
        return self.kind == "hoeringsnotat"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_metadata(self) -> dict[str, Any]:
        """Chroma metadata: scalars only, None left out, lists as JSON."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            if k in ("id", "text") or v is None:
                continue
            out[k] = json.dumps(v) if isinstance(v, list) else v
        return out

    @classmethod
    def from_metadata(cls, id: str, text: str, meta: dict[str, Any]) -> "Record":
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in (meta or {}).items() if k in known}
        if isinstance(kw.get("quote_pages"), str):
            kw["quote_pages"] = json.loads(kw["quote_pages"])
        return cls(id=id, text=text, **kw)

    def embedding_text(self) -> str:
        """What the embedder and BM25 see: the row's labelled cells, or the section's heading path and text."""
        if self.is_row:
            parts = [self.respondent, self.theme, self.summary, self.handling_raw, self.text_change, self.quote]
            return " · ".join(p for p in parts if p)
        head = f"{self.title} — {self.section}" if self.section else self.title
        return f"{head}\n{dehyphenate(self.text)}"


def dehyphenate(text: str) -> str:
    """Join words the PDF hyphenated at a line end ("kommunalbe-\\nstyrelser" -> "kommunalbestyrelser")."""
    import re

    return re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)


@dataclass
class Citation:
    """What an answer points at: one record, trimmed to the fields a person needs to check it."""

    doc: str
    title: str
    kind: str
    text: str
    section: str | None = None
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None
    respondent: str | None = None
    respondent_type: str | None = None
    letter: str | None = None
    theme: str | None = None
    handling: str | None = None
    text_change: str | None = None
    consultation: str | None = None
    table: str | None = None  # a table row's table ("tabel 1", the sheet's name): cited by row, not by line
    table_row: int | None = None

    @classmethod
    def from_record(cls, r: Record) -> "Citation":
        return cls(**{f.name: getattr(r, f.name) for f in fields(cls)})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class CitationKeys:
    """An answer's citations in order of first use: key(record) is the record's [k], the same k each time."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._keys: dict[str, int] = {}

    def key(self, r: Record) -> int:
        if r.id not in self._keys:
            self.citations.append(Citation.from_record(r))
            self._keys[r.id] = len(self.citations)
        return self._keys[r.id]

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._keys


@dataclass
class Answer:
    """The answer to one question: text in the question's language, whether anything was found, and citations."""

    question: str
    answer: str
    found: bool
    citations: list[Citation] = field(default_factory=list)
    id: str | None = None
    interpretation: dict[str, Any] | None = None  # how the question was read (QueryPlan.to_dict)
    reading: str | None = None  # the same as one line for people: "Læst som: alle punkter fra …"
    matched_filters: int | None = None  # rows the filters match (list answers)
    returned: int | None = None  # rows the answer lists: fewer than matched_filters when a topic narrowed them
    # NOTE: the Index version (collection name) the answer was built from; internal, so not in to_dict
    version: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "found": self.found,
            "citations": [c.to_dict() for c in self.citations],
            "interpretation": self.interpretation,
            "reading": self.reading,
            "matched_filters": self.matched_filters,
            "returned": self.returned,
        }
