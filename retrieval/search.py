"""Search: filters from the question select candidates; hybrid ranking (dense + BM25, fused) orders them; a topic
threshold keeps exactly the rows about the topic, so list questions get complete lists, not top-k."""

from __future__ import annotations

import logging
import math
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from retrieval.embedders import Embedder
from retrieval.errors import QuestionEmpty, TooFew
from retrieval.lexical import BM25Index
from retrieval.query import Catalog, QueryPlan, plan_query, semantic_scorer
from retrieval.store import ChromaStore
from retrieval.text import normalise_text  # NOTE: moved to the text toolkit (retrieval/text.py)
from retrieval.types import Record
from retrieval.vocab import EMPTY_HANDLING

log = logging.getLogger(__name__)

RRF_K = 60
# A row is about the topic when it holds half the topic's weight (rare words weigh most), or some of it and is
# among the semantically closest candidates (z-score of its cosine within the candidates), or is very close alone.
COVERAGE_IN = 0.5
COVERAGE_WITH_DENSE = 0.12
Z_WITH_COVERAGE = 1.75
Z_ALONE = 2.5
PASSAGES = 4  # passages kept for a fact question
PER_DOC = 2  # passages per document a synthesis question names


@dataclass
class Hit:
    record: Record
    score: float
    dense: float = 0.0
    coverage: float = 0.0
    z: float = 0.0  # the cosine as a z-score over every record for this query: comparable across embedders


@dataclass
class SearchResult:
    plan: QueryPlan
    hits: list[Hit]
    mode: str  # "rows" (høringsnotat rows) or "passages"
    complete: bool  # the hits are every row that matches, not a top-k
    scanned: int = 0  # candidate rows looked at
    candidates: list[Record] = field(default_factory=list)
    found: bool = True
    narrowed: bool = False  # a topic picked some of the filtered rows: the answer must say "k of N"
    population: int = 0  # records the dense z-scores were taken over

    @property
    def matched(self) -> int:
        """How many rows the filters match (the N of "Alle N" / "k af N")."""
        return len(self.candidates)


def fuse(rankings: list[list[int]], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion of several rankings of the same items."""
    out: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            out[item] = out.get(item, 0.0) + 1.0 / (k + rank + 1)
    return out


class Retriever:
    """Holds the records, their vectors, BM25 and the catalog in memory; reloads when the store changes."""

    def __init__(self, store: ChromaStore, embedder: Embedder, semantic: bool = True) -> None:
        self.store = store
        self.embedder = embedder
        self._lock = threading.Lock()
        self._sig: Any = None
        self.records: list[Record] = []
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        self.bm25: BM25Index | None = None
        self.catalog: Catalog | None = None
        self._row_tokens: list[set[str]] = []
        self._row_idx: list[int] = []
        self._variant_cache: dict[str, frozenset[str]] = {}
        self._semantic = semantic_scorer(self) if semantic else None
        self._qcache: dict[str, np.ndarray] = {}

    def embed_query(self, text: str) -> np.ndarray:
        """The embedder's query vector, remembered for the last few texts (reading and ranking share it)."""
        v = self._qcache.get(text)
        if v is None:
            v = self.embedder.embed_query(text)
            if len(self._qcache) > 256:
                self._qcache.clear()
            self._qcache[text] = v
        return v

    # --- loading -------------------------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load (or reload, when the store changed) everything a question needs. Every ingest that changes the
        index switches to a collection with a new name, so the active name alone says whether to reload: one
        pointer read per question."""
        with self._lock:
            sig = self.store.active_name()
            if sig is not None and sig == self._sig and self.bm25 is not None:
                return
            self.store.open_for_read(self.embedder.id)
            self.records, self.vectors = self.store.records_and_vectors()
            self.bm25 = BM25Index(self.records)
            self.catalog = Catalog(self.records)
            self._row_tokens = [set(t) for t in self.bm25.doc_tokens]
            self._row_idx = [i for i, r in enumerate(self.records) if r.is_row]
            self._variant_cache = {}
            self._sig = sig
            if self._semantic is not None:
                self._semantic.prepare()
            log.info("index loaded", extra={"records": len(self.records)})

    # --- public ----------------------------------------------------------------------------------------------------

    def plan(self, question: str) -> QueryPlan:
        self.warm_up()
        return plan_query(question, self.catalog, semantic=self._semantic)

    def search(self, question: str | QueryPlan) -> SearchResult:
        plan = question if isinstance(question, QueryPlan) else self.plan(question)
        if not plan.question.strip():
            raise QuestionEmpty()
        self.warm_up()
        if plan.section_ref and not (plan.respondents or plan.respondent_types or plan.themes or plan.letters):
            found = self._section_rows(plan)
            if found is not None:
                return found
        if plan.rows_question and (plan.has_row_filters or plan.is_list or plan.quoted):
            return self._rows(plan)
        return self._passages(plan)

    def _section_rows(self, plan: QueryPlan) -> SearchResult | None:
        """Rows whose comment or text change names the section ("tilføjet afsnit 1.5, side 5"): what the
        høringsnotat says was written there. None when no row names it."""
        ref = re.compile(rf"(?:afsnit|section|kapitel)\s*{re.escape(plan.section_ref)}(?![\d.]\d)|\({re.escape(plan.section_ref)}\)",
                         re.I)
        hits = [Hit(r, 1.0) for r in self.records if r.is_row and ref.search(r.text_change or "")]
        if not hits:
            return None
        rows = [h.record for h in hits]
        return SearchResult(plan, hits, "section", complete=True, scanned=len(self._row_idx), candidates=rows)

    def ranked(self, text: str, k: int = 10, kinds: list[str] | None = None) -> list[Hit]:
        """Plain hybrid ranking (for /search and the CLI): the k best records for a text."""
        self.warm_up()
        idx = [i for i, r in enumerate(self.records) if not kinds or r.kind in kinds or r.doc_kind in kinds]
        return self._hybrid(text, text, idx)[:k]

    # --- rows --------------------------------------------------------------------------------------------------------

    def _row_candidates(self, plan: QueryPlan) -> list[int]:
        if plan.unknown_respondent and not plan.respondents:
            return []  # a respondent the høringsnotat does not have: no row is theirs
        out = []
        for i, r in enumerate(self.records):
            if not r.is_row:
                continue
            if plan.respondents and r.respondent not in plan.respondents:
                continue
            if plan.respondent_types and r.respondent_type not in plan.respondent_types:
                continue
            if plan.handlings and (r.handling or EMPTY_HANDLING) not in plan.handlings:
                continue
            if plan.letters and r.letter not in plan.letters:
                continue
            if plan.themes and r.theme not in plan.themes:
                continue
            out.append(i)
        return out

    def _rows(self, plan: QueryPlan) -> SearchResult:
        cand = self._row_candidates(plan)
        topic = plan.search_topic if self._topic_is_content(plan.topic) else ""
        records = [self.records[i] for i in cand]
        if plan.show_all or (not topic and not plan.quoted):
            hits = [Hit(self.records[i], 1.0) for i in cand]
            return SearchResult(plan, hits, "rows", complete=True, scanned=len(cand), candidates=records, found=bool(hits))
        # rows with no response have nothing to be about
        cand = [i for i in cand if self.records[i].handling != "intet_svar"]
        chosen: list[Hit] = []
        if plan.quoted:
            phrases = [normalise_text(q) for q in plan.quoted]
            for i in cand:
                text = normalise_text(self.records[i].embedding_text())
                if all(p in text for p in phrases):
                    chosen.append(Hit(self.records[i], 1.0, coverage=1.0))
        if not chosen and cand:
            chosen = self._about_topic(topic or " ".join(plan.quoted), cand, plan.lang)
        chosen.sort(key=lambda h: (h.record.doc, h.record.position))
        return SearchResult(plan, chosen, "rows", complete=True, scanned=len(cand), candidates=records,
                            found=bool(chosen), narrowed=True)

    def _topic_is_content(self, topic: str) -> bool:
        from retrieval.lexical import stems

        return bool(topic and stems(topic))

    def _about_topic(self, topic: str, cand: list[int], lang: str = "da") -> list[Hit]:
        """The candidate rows about the topic: most of the topic's words (rare ones weigh most), or some of them
        and among the semantically closest."""
        q = self.embed_query(topic)
        # NOTE: the z-score is taken over all rows, not the candidates: a respondent with three points has no
        # distribution of its own, and "close" must mean the same for three candidates as for ninety
        all_dense = self.vectors[self._row_idx] @ q
        mu, sd = float(all_dense.mean()), float(all_dense.std()) or 1.0
        dense = self.vectors[cand] @ q
        z = (dense - mu) / sd
        cover = np.array([self.coverage(topic, i, lang) for i in cand])
        out = []
        for j, i in enumerate(cand):
            if cover[j] >= COVERAGE_IN or (z[j] >= Z_WITH_COVERAGE and cover[j] >= COVERAGE_WITH_DENSE) or z[j] >= Z_ALONE:
                out.append(Hit(self.records[i], float(cover[j] + dense[j]), float(dense[j]), float(cover[j])))
        return out

    def coverage(self, topic: str, i: int, lang: str = "en") -> float:
        """Share of the topic's IDF weight that record i holds (inflections matched by common stem prefix).
        In a Danish question a word the corpus never uses counts against every record ("æblekage")."""
        from retrieval.lexical import stems

        toks = self.bm25.query_tokens(topic)
        n = len(self.records)
        total = got = 0.0
        if lang == "da":
            unknown = [t for t in dict.fromkeys(stems(topic)) if t not in self.bm25.vocab and len(t) >= 4]
            unknown = [t for t in unknown if not any(_same_word(t, v) for v in toks)]
            total += len(unknown) * math.log(n + 1.0)
        if not toks:
            return 0.0
        have = self._row_tokens[i]
        for t in toks:
            df = self.bm25.df.get(t, 0)
            w = math.log((n - df + 0.5) / (df + 0.5) + 1.0)
            total += w
            if not have.isdisjoint(self._variants(t)):
                got += w
        return got / total if total else 0.0

    def _variants(self, token: str) -> frozenset[str]:
        """The corpus's forms of one word ("tilknytted" -> tilknytted, tilknyt, tilknytning): one vocabulary scan
        per query word, so scoring a row is a set test."""
        if token not in self._variant_cache:
            self._variant_cache[token] = frozenset({token} | {v for v in self.bm25.vocab if _same_word(token, v)})
        return self._variant_cache[token]

    # --- passages --------------------------------------------------------------------------------------------------

    def _passages(self, plan: QueryPlan) -> SearchResult:
        idx = list(range(len(self.records)))
        if plan.docs:
            idx = [i for i in idx if self.records[i].doc in plan.docs]
        elif "sundhedsaftale" in plan.kinds:
            sa = [i for i in idx if self.records[i].kind == "sundhedsaftale"]
            idx = sa or idx
        if not plan.rows_question:
            # a question about the plans is answered from the plans; rows come in only when nothing else is there
            idx = [i for i in idx if not self.records[i].is_row] or idx
        topic = plan.search_topic or plan.question
        question = f"{plan.question} {plan.topic_da}".strip()
        ranked = self._hybrid(question, topic, idx, plan.lang)
        if plan.asks:
            # a question for a date, an amount or a number is answered by a passage that holds one with the
            # question's words: those first, the order otherwise kept
            from retrieval.asks import holds_asked
            from retrieval.lexical import stems

            want = set(stems(plan.search_topic or plan.question))
            ranked.sort(key=lambda h: (not holds_asked(h.record, plan.asks, want), -h.score))
        elif re.search(r"\b(hvor mange|hvor meget|hvor stor|how many|how much|antal|number of)\b", plan.question, re.I):
            # a question for a quantity is answered by a passage that holds numbers: keep the order otherwise
            ranked.sort(key=lambda h: (not re.search(r"\d", h.record.text), -h.score))
        if len(plan.docs) >= 2 and re.search(r"\b(og|and|både|both|sammenlign\w*|compare\w*|versus|vs)\b", plan.question, re.I):
            hits = []
            for d in plan.docs:
                hits.extend([h for h in ranked if h.record.doc == d][:PER_DOC])
        else:
            hits = ranked[:PASSAGES]
        return SearchResult(plan, hits, "passages", complete=False, scanned=len(idx), found=bool(hits),
                            population=len(self.records))

    def _hybrid(self, question: str, topic: str, idx: list[int], lang: str = "en") -> list[Hit]:
        if not idx:
            return []
        q = self.embed_query(question)
        z_all = _zscores(self.vectors @ q)
        dense = self.vectors[idx] @ q
        lex = self.bm25.scores(topic)[idx]
        d_rank = list(np.argsort(-dense))
        l_rank = [j for j in np.argsort(-lex) if lex[j] > 0]
        fused = fuse([d_rank, l_rank])
        order = sorted(fused, key=lambda j: -fused[j])[:200]
        return [Hit(self.records[idx[j]], fused[j], float(dense[j]), self.coverage(topic, idx[j], lang), float(z_all[idx[j]]))
                for j in order]


def _zscores(sims: np.ndarray) -> np.ndarray:
    """Similarities as z-scores within one query. NOTE: thresholds on these, not on raw cosines, mean the same for
    e5 (cosines crowd into 0.78-0.92) and for MiniLM (spread over 0-1)."""
    sd = float(sims.std()) or 1.0
    return (sims - float(sims.mean())) / sd


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


def dense_search(
    store: ChromaStore, embedder: Embedder, question: str, k: int = 10, where: dict[str, Any] | None = None
) -> list[tuple[Record, float]]:
    """The k records nearest to the question, with cosine similarity (Chroma's own index)."""
    if not question or not question.strip():
        raise QuestionEmpty()
    if k < 1:
        raise TooFew("k", k, 1)
    store.open_for_read(embedder.id)
    return store.query(embedder.embed_query(question), k=k, where=where)
