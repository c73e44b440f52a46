"""One version of the index in memory: records, their vectors, BM25 and the catalog, read from one collection and
never changed after it is built. The Retriever swaps a whole new Index in when the store switches collection, so a
question that took one Index is answered from that version alone, however often the store changes meanwhile."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from retrieval.reading.query import Catalog, Respondent
from retrieval.search.lexical import BM25Index
from retrieval.types import Record
from retrieval.words import stems


@dataclass(frozen=True, eq=False)
class Index:
    """An immutable snapshot of the index (attributes cannot be reassigned; the vectors are read-only).

    `version` is the name of the physical collection it was read from: every ingest that changes the index
    writes a new one (retrieval/search/store.py), so equal versions mean equal content."""

    version: str | None
    records: tuple[Record, ...]  # in (doc, position) order; vectors[i] belongs to records[i]
    vectors: np.ndarray
    bm25: BM25Index
    catalog: Catalog
    tokens: tuple[frozenset[str], ...]  # each record's BM25 tokens (compounds split), for coverage
    row_positions: tuple[int, ...]  # where the høringsnotat rows are in records
    row_vectors: np.ndarray  # vectors[row_positions], made once: every topic question scores all rows
    consultations: tuple = ()  # retrieval.search.consultations.Consultation, one per consultation the rows carry
    letter_links: dict = field(default_factory=dict)  # a point's record id -> LetterLink into its party's letter
    # NOTE: the word-variant cache lives in the Index, not the Retriever: the corpus's word forms are this version's,
    # and a cache that outlived a reload would mix versions. It only grows with values that are a function of the
    # Index, so threads that fill it at the same time write the same thing.
    _variants: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _synonyms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, records: Sequence[Record], vectors: np.ndarray, version: str | None = None) -> "Index":
        records = tuple(records)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(records) and vectors.shape[0] != len(records):
            raise ValueError(f"{len(records)} records but {vectors.shape[0]} vectors")
        original = vectors
        catalog = Catalog(list(records))
        # NOTE: a point that says only "Samme kommentar som PIUs h)" is found by what PIU's h) says: its words (BM25)
        # and its vector are that point's; its own text, citation and handling stay its own
        same = same_as(records, catalog)
        if same:
            searched = [
                dataclasses.replace(r, text=f"{r.text}\n{records[same[i]].text}") if i in same else r
                for i, r in enumerate(records)
            ]
            vectors = vectors.copy()
            for i, j in same.items():
                vectors[i] = vectors[j]
        else:
            searched = list(records)
        bm25 = BM25Index(searched)
        rows = tuple(i for i, r in enumerate(records) if r.is_row)
        row_vectors = (
            vectors[list(rows)]
            if rows
            else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
        )
        for a in (vectors, row_vectors):
            a.flags.writeable = False
        from retrieval.search import consultations as cons

        found = cons.collect(records)
        cons.place_letters(records, found, [r.name for r in catalog.respondents])
        catalog.consultations = found
        return cls(
            version=version,
            records=records,
            vectors=vectors,
            bm25=bm25,
            catalog=catalog,
            consultations=tuple(found),
            letter_links=cons.link_points(records, original),
            tokens=tuple(frozenset(t) for t in bm25.doc_tokens),
            row_positions=rows,
            row_vectors=row_vectors,
        )

    # --- lookups ---------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.records)

    def rows(self) -> tuple[Record, ...]:
        """The høringsnotat rows, in document order."""
        return tuple(self.records[i] for i in self.row_positions)

    def consultation(self, title: str | None):
        """The Consultation of that title, or None."""
        return next((c for c in self.consultations if c.title == title), None)

    def find_consultation(self, name: str | None):
        """The one Consultation a person's name for it means ("Akutplan 2025", "akutplan", "psykiatriplanen",
        "2023"), as a question would name it; None when it names none, or several equally."""
        from retrieval.reading.query import tokenize
        from retrieval.text import fold

        text = fold(name or "").strip()
        if not text:
            return None
        exact = [c for c in self.consultations if fold(c.title) == text]
        starts = [c for c in self.consultations if fold(c.title).startswith(text) or text in fold(c.title)]
        named, _pos, _ = self.catalog.read_consultations(tokenize(f"høringen om {name}"), set(), True)
        years = [c for c in self.consultations if text.isdigit() and text in (c.year, *c.years)]
        for found in (exact, starts, [c for c in self.consultations if c.title in named], years):
            if len(found) == 1:
                return found[0]
        return None

    @property
    def several_consultations(self) -> bool:
        return len(self.consultations) > 1

    def records_of(self, doc: str) -> tuple[Record, ...]:
        """One document's records, in document order."""
        return tuple(r for r in self.records if r.doc == doc)

    def documents(self) -> list[dict]:
        """The ingested documents, in index order, with their record counts (what GET /documents lists)."""
        counts = Counter(r.doc for r in self.records)
        seen: set[str] = set()
        out = []
        for r in self.records:
            if r.doc in seen:
                continue
            seen.add(r.doc)
            out.append(
                {
                    "doc": r.doc,
                    "title": r.title,
                    "kind": r.doc_kind or r.kind,
                    "publisher": r.publisher,
                    "records": counts[r.doc],
                }
            )
        return out

    @property
    def respondents(self) -> tuple[Respondent, ...]:
        return tuple(self.catalog.respondents)

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(self.catalog.themes)

    # --- scoring helpers (retrieval/search/ranking.py, retrieval/answering/draft.py) -------------------------------------------------

    def coverage(self, topic: str, i: int, lang: str = "en", synonyms: bool = False) -> float:
        """Share of the topic's IDF weight that record i holds (inflections matched by common stem prefix; with
        `synonyms`, a word's Danish synonyms hold it too: "lighed" for "ulighed"). In a Danish question a word the
        corpus never uses counts against every record ("æblekage")."""
        toks = self.bm25.query_tokens(topic)
        n = len(self.records)
        total = got = 0.0
        if lang == "da":
            unknown = [t for t in dict.fromkeys(stems(topic)) if t not in self.bm25.vocab and len(t) >= 4]
            unknown = [t for t in unknown if not any(_same_word(t, v) for v in toks)]
            total += len(unknown) * math.log(n + 1.0)
        if not toks:
            return 0.0
        have = self.tokens[i]
        for t in toks:
            df = self.bm25.df.get(t, 0)
            w = math.log((n - df + 0.5) / (df + 0.5) + 1.0)
            total += w
            if not have.isdisjoint(self.variants(t)) or (
                synonyms and any(not have.isdisjoint(self.variants(x)) for x in self.synonyms(t))
            ):
                got += w
        return got / total if total else 0.0

    def synonyms(self, token: str) -> frozenset[str]:
        """The stems of a word's Danish synonyms (retrieval/reading/glossary.py DA_SYNONYMS), not the word's own."""
        got = self._synonyms.get(token)
        if got is None:
            from retrieval.reading.related import with_synonyms

            got = self._synonyms[token] = frozenset(with_synonyms(token) - {token})
        return got

    def variants(self, token: str) -> frozenset[str]:
        """The corpus's forms of one word ("tilknytted" -> tilknytted, tilknyt, tilknytning): one vocabulary scan
        per query word, so scoring a row is a set test."""
        got = self._variants.get(token)
        if got is None:
            got = frozenset({token} | {v for v in self.bm25.vocab if _same_word(token, v)})
            self._variants[token] = got
        return got


def _same_word(a: str, b: str) -> bool:
    """Two stems of one word: "tilknytted" / "tilknyt" / "tilknytning" share all but a short ending."""
    if len(a) < 5 or len(b) < 5 or a[:5] != b[:5]:
        return False
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(5, min(len(a), len(b)) - 3) and n >= max(len(a), len(b)) - 4


SAME_AS = re.compile(
    r"\b[Ss]amme\s+(?:kommentar|bemærkning|høringssvar|forslag|indhold)\s+som\s+(?:i\s+|ved\s+)?"
    r"(?P<who>[\w.\-æøåÆØÅ ]{2,60}?)(?:['’]?s)?\s+(?:punkt\s+|pkt\.?\s*|bemærkning\s+)?(?P<letter>[a-zæøå])\)",
)


def same_as(records: Sequence[Record], catalog: Catalog) -> dict[int, int]:
    """Rows whose point is another party's point by reference ("Samme kommentar som PIUs h)"), to that row: by
    the party the catalog reads the name as (genitive, short names, acronyms) and the letter, in the same document."""
    where = {(r.doc, r.respondent, (r.letter or "").lower()): i for i, r in enumerate(records) if r.is_row}
    out: dict[int, int] = {}
    for i, r in enumerate(records):
        if not r.is_row or "amme " not in (r.text or ""):
            continue
        m = SAME_AS.search(r.text)
        if not m:
            continue
        who = m.group("who").strip()
        names = [p.name for p in catalog.match_respondents(who)] or [
            p.name for p in catalog.match_respondents(who[:-1]) if who[-1:] in "sS"
        ]
        for name in names:
            j = where.get((r.doc, name, m.group("letter").lower()))
            if j is not None and j != i and name != r.respondent:
                out[i] = j
                break
    return out
