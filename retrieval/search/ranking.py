"""Search: filters from the question select candidates; hybrid ranking (dense + BM25, fused) orders them; a topic
threshold keeps exactly the rows about the topic, so list questions get complete lists, not top-k. Every search runs
on one Index (retrieval/search/index.py), the snapshot the Retriever holds."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from retrieval.errors import QuestionEmpty, TooFew
from retrieval.reading.query import QueryPlan, read_message, semantic_scorer
from retrieval.search.embedders import Embedder
from retrieval.search.index import Index
from retrieval.search.store import ChromaStore
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
# NOTE: a scan that finds no row about its topic shows the rows that share a related word or are this close by
# meaning (z over all rows), and says it is unsure, instead of a confident "none"
Z_NEAR = 1.5
NEAR_MAX = 3
PASSAGES = 4  # passages kept for a fact question
PER_DOC = 2  # passages per document a synthesis question names
POOL = 12  # passages whose sentences a look-up's answer is chosen from
ROWS_IN_POOL = 3  # høringsnotat rows among them
ROWS_WHEN_PASSAGES_BELOW = 0.5  # … and are the passages when a row holds half the topic …
NO_PASSAGE_HOLDS = 0.25  # … and no passage a quarter of it


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
    version: str | None = None  # the Index the search ran on (Index.version)
    related: list[str] = field(default_factory=list)  # the row words a topic was found by, when not its own words
    near: list[Hit] = field(default_factory=list)  # no row is about the topic, but these may be: the answer is unsure
    # the passages ranked for a look-up beyond the hits it quotes: the answer's sentences are chosen from them
    pool: list[Hit] = field(default_factory=list)
    lexicon: frozenset[str] = frozenset()  # words the documents write in lower case (a name is not one of them)
    names: frozenset[str] = frozenset()  # words the documents write with a capital (lower-cased)
    consultations: tuple = ()  # the index's consultations (retrieval.search.consultations.Consultation)
    letter_links: dict = field(default_factory=dict)  # record id -> (letter Record, sentence) for the rows shown
    # the handlings the question named, when no row of them is about its topic and the rows shown are the topic's
    # rows of any handling ("Hvorfor blev Ishøjs punkt om X ikke imødekommet?": it was outside the plan's scope)
    relaxed: list[str] = field(default_factory=list)

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


class _ReaderProgress:
    """A log line when the question reader's phrasings must be embedded (a store that no ingest of this version has
    prepared), and a bar on a terminal: a first start must not look hung."""

    def __init__(self) -> None:
        self._bar = None

    def __call__(self, done: int, total: int) -> None:
        import sys

        if done == 1:
            log.info("preparing the question reader", extra={"phrasings": total, "kept_for_next_start": True})
            if sys.stderr.isatty():
                from tqdm import tqdm

                self._bar = tqdm(total=total, desc="preparing the question reader", unit="phrase", file=sys.stderr)
        if self._bar is not None:
            self._bar.update(1)
            if done == total:
                self._bar.close()
                self._bar = None


class Retriever:
    """Holds the current Index (one immutable snapshot: records, vectors, BM25, catalog) and swaps in a new one when
    the store switches collection. Every question takes the snapshot once (`index()`) and passes it on, so one
    answer never mixes two versions; readers take no lock and never see a half-built index."""

    def __init__(self, store: ChromaStore, embedder: Embedder, semantic: bool = True, phrases=None) -> None:
        self.store = store
        self.embedder = embedder
        self._build_lock = threading.Lock()
        self._index: Index | None = None  # NOTE: the one reference a reload replaces (an atomic assignment)
        # NOTE: the semantic scorer's phrase vectors and the query-vector cache depend on the embedder alone, not on
        # the index, so they stay here across reloads; per-index caches live in the Index
        # `phrases` (a PhraseVectors) keeps the reader's phrasing vectors on disk, so a new process does not embed them
        self._semantic = semantic_scorer(self, key=getattr(embedder, "id", None), phrases=phrases) if semantic else None
        self._qcache: dict[str, np.ndarray] = {}
        self.progress = _ReaderProgress()  # shown while the reader's phrasings are embedded (only when not kept yet)

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

    def index(self) -> Index:
        """The current snapshot, following the store (see warm_up). Take it once per question and pass it on."""
        return self.warm_up()

    def warm_up(self) -> Index:
        """The current Index, loaded (or reloaded, when the store changed) first. Every ingest that changes the
        index switches to a collection with a new name, so the active name alone says whether to reload: one
        pointer read per question. One thread builds the new Index; meanwhile the others keep answering from the
        one they have (the previous version), and the new one replaces it in a single assignment."""
        current = self._index
        if current is not None and current.version is not None and current.version == self.store.active_name():
            return current
        # NOTE: a reader that finds a build running answers from the previous Index instead of waiting for it;
        # only when there is none yet (the first question) does it wait
        if not self._build_lock.acquire(blocking=current is None):
            return current  # type: ignore[return-value]  # not None: acquire(blocking=False) only then
        try:
            current = self._index
            active = self.store.active_name()
            if current is not None and active is not None and current.version == active:
                return current  # another thread built it while this one waited
            version, records, vectors = self.store.read_index(self.embedder.id)
            new = Index.build(records, vectors, version)
            if self._semantic is not None:
                self._semantic.prepare(progress=self.progress)
            self._index = new
            log.info("index loaded", extra={"records": len(new), "version": version})
            return new
        finally:
            self._build_lock.release()

    # --- public ----------------------------------------------------------------------------------------------------

    def plan(
        self, question: str, ix: Index | None = None, context: str | None = None, show_all: bool = False
    ) -> QueryPlan:
        """How a message is read (retrieval/reading/query.py `read_message`), against `ix`'s catalog: a question,
        a draft request or the overview; a follow-up read with the thread's earlier message `context`."""
        ix = ix if ix is not None else self.index()
        return read_message(question, ix.catalog, self._semantic, context=context, show_all=show_all)

    def search(self, question: str | QueryPlan, ix: Index | None = None) -> SearchResult:
        """The search for a question or a plan, on `ix` (default: the current Index)."""
        # NOTE: `ix if ix is not None`, never `ix or`: an empty Index is falsy (len 0)
        if isinstance(question, QueryPlan):
            plan = question
        else:
            ix = ix if ix is not None else self.index()
            plan = self.plan(question, ix)
        if not plan.question.strip():
            raise QuestionEmpty()
        ix = ix if ix is not None else self.index()
        result = self._search(plan, ix)
        result.version = ix.version
        return result

    def _search(self, plan: QueryPlan, ix: Index) -> SearchResult:
        result = self._search_(plan, ix)
        result.consultations = ix.consultations
        if ix.letter_links and result.mode in ("rows", "overlap"):
            for h in result.hits:
                link = ix.letter_links.get(h.record.id)
                if link is not None:
                    result.letter_links[h.record.id] = (ix.records[link.record], link.sentence)
        return result

    def _search_(self, plan: QueryPlan, ix: Index) -> SearchResult:
        if plan.intent == "consultations":
            return self._consultations(plan, ix)
        if plan.intent == "overlap":
            return self._overlap(plan, ix)
        if plan.section_ref and not (plan.respondents or plan.respondent_types or plan.themes or plan.letters):
            found = self._section_rows(plan, ix)
            if found is not None:
                return found
        if plan.rows_question and (plan.has_row_filters or plan.is_list or plan.quoted):
            result = self._rows(plan, ix)
            named = bool(plan.respondents) and "intet_svar" not in plan.handlings
            if not result.hits and plan.handlings and (plan.topic or plan.quoted or named) and plan.intent != "count":
                # NOTE: the handling a question names is often its reading of the outcome, not a filter the user
                # chose ("ikke imødekommet" may be "outside the scope"): with no row of it about the topic, the
                # topic's rows of any handling are shown, and the answer says so first; so are a named party's
                # points when none got it ("blev noget af Ishøjs høringssvar taget med?": none was, and what each got)
                loose = self._rows(plan.copy(handlings=[]), ix)
                said = any(h.record.handling != "intet_svar" for h in loose.hits)  # a silent party made no point
                if loose.hits and (loose.narrowed or (named and said and not plan.topic and not plan.quoted)):
                    loose.relaxed = list(plan.handlings)
                    return loose
            return result
        return self._passages(plan, ix)

    def _consultations(self, plan: QueryPlan, ix: Index) -> SearchResult:
        """ "Hvilke høringer er der?": every consultation (or those a named party answered), each cited by its
        høringsnotat's first record."""
        hits = []
        for c in ix.consultations:
            if plan.respondents and not set(plan.respondents) & set(c.parties + c.silent):
                continue
            first = next((r for r in ix.records if r.doc in c.docs), None)
            if first is not None:
                hits.append(Hit(first, 1.0))
        rows = [r for r in ix.rows() if not plan.respondents or r.respondent in plan.respondents]
        return SearchResult(plan, hits, "consultations", complete=True, scanned=len(rows), candidates=rows)

    def _overlap(self, plan: QueryPlan, ix: Index) -> SearchResult:
        """ "Which parties responded to both?": the parties with points in every consultation named (or, with
        "flere"/"several"/"more than one", in two or more), every one of their points there cited."""
        named = plan.consultations or [c.title for c in ix.consultations]
        several = plan.by == "several"
        points: dict[str, dict[str, list[Record]]] = {}
        for r in ix.rows():
            if r.consultation not in named or r.handling == "intet_svar" or not r.respondent:
                continue
            if plan.respondent_types and r.respondent_type not in plan.respondent_types:
                continue
            points.setdefault(r.respondent, {}).setdefault(r.consultation, []).append(r)
        need = 2 if several else len(named)
        chosen = [p for p, by in points.items() if len(by) >= need]
        if plan.by == "only_first":  # "responded to A but not to B"
            chosen = [p for p, by in points.items() if named[0] in by and named[1] not in by]
        hits = [Hit(r, 1.0) for p in chosen for c in named for r in points[p].get(c, [])]
        cand = [r for by in points.values() for rs in by.values() for r in rs]
        return SearchResult(plan, hits, "overlap", complete=True, scanned=len(cand), candidates=cand, found=bool(hits))

    def _section_rows(self, plan: QueryPlan, ix: Index) -> SearchResult | None:
        """Rows whose comment or text change names the section ("tilføjet afsnit 1.5, side 5"): what the
        høringsnotat says was written there. None when no row names it."""
        if plan.section_ref.startswith("s. "):  # a page: "s. 17", "side 17", "S. 17:"
            n = re.escape(plan.section_ref[3:])
            ref = re.compile(rf"(?:(?<![\w.])s\.|\bside|\bp\.)\s*{n}(?![\d,]|\.\d)", re.I)
        else:
            ref = re.compile(
                rf"(?:afsnit|section|kapitel)\s*{re.escape(plan.section_ref)}(?![\d.]\d)|\({re.escape(plan.section_ref)}\)",
                re.I,
            )
        hits = [Hit(r, 1.0) for r in ix.rows() if ref.search(r.text_change or "")]
        if not hits:
            return None
        rows = [h.record for h in hits]
        return SearchResult(plan, hits, "section", complete=True, scanned=len(ix.row_positions), candidates=rows)

    def ranked(self, text: str, k: int = 10, kinds: list[str] | None = None, ix: Index | None = None) -> list[Hit]:
        """Plain hybrid ranking (for /search and the CLI): the k best records for a text."""
        ix = ix if ix is not None else self.index()
        idx = [i for i, r in enumerate(ix.records) if not kinds or r.kind in kinds or r.doc_kind in kinds]
        return self._hybrid(text, text, idx, ix)[:k]

    # --- rows --------------------------------------------------------------------------------------------------------

    def _row_candidates(self, plan: QueryPlan, ix: Index) -> list[int]:
        if plan.unknown_respondent and not plan.respondents:
            return []  # a respondent the høringsnotat does not have: no row is theirs
        out = []
        for i in ix.row_positions:
            r = ix.records[i]
            # a named party and a kind of party listed side by side: the rows of either
            either = bool(plan.respondents and plan.respondent_types)
            if either and r.respondent not in plan.respondents and r.respondent_type not in plan.respondent_types:
                continue
            if not either and plan.respondents and r.respondent not in plan.respondents:
                continue
            if not either and plan.respondent_types and r.respondent_type not in plan.respondent_types:
                continue
            if plan.handlings and (r.handling or EMPTY_HANDLING) not in plan.handlings:
                continue
            if plan.letters and r.letter not in plan.letters:
                continue
            if plan.themes and r.theme not in plan.themes:
                continue
            if plan.consultations and r.consultation not in plan.consultations:
                continue
            out.append(i)
        return out

    def _rows(self, plan: QueryPlan, ix: Index) -> SearchResult:
        cand = self._row_candidates(plan, ix)
        topic = plan.search_topic if self._topic_is_content(plan.topic) else ""
        records = [ix.records[i] for i in cand]
        if plan.show_all or (not topic and not plan.quoted):
            hits = [Hit(ix.records[i], 1.0) for i in cand]
            return SearchResult(
                plan,
                hits,
                "rows",
                complete=True,
                scanned=len(cand),
                candidates=records,
                found=bool(hits),
                lexicon=ix.catalog.lower_words,
            )
        # rows with no response have nothing to be about
        cand = [i for i in cand if ix.records[i].handling != "intet_svar"]
        chosen: list[Hit] = []
        if plan.quoted:
            phrases = [normalise_text(q) for q in plan.quoted]
            for i in cand:
                text = normalise_text(ix.records[i].embedding_text())
                if all(p in text for p in phrases):
                    chosen.append(Hit(ix.records[i], 1.0, coverage=1.0))
        if plan.topic_in == "comment" and topic and not plan.quoted:
            # what the region said of the points: its comment and handling words hold the topic, not the point
            chosen = self._in_comments(topic, cand, ix)
        elif not chosen and cand:
            chosen = self._about_topic(topic or " ".join(plan.quoted), cand, ix, plan.lang)
        via: list[str] = []
        near: list[Hit] = []
        if plan.lang == "en" and not plan.topic_da and chosen and all(h.coverage <= 0 for h in chosen):
            # "what did X say about interpreters?": no word of the topic has a Danish reading, so closeness of
            # meaning alone found these; the answer is unsure and shows them, it does not list them as "about" it
            chosen.sort(key=lambda h: -h.dense)
            near, chosen = chosen[:NEAR_MAX], []
        elif not chosen and cand and plan.topic and not plan.quoted and plan.topic_in != "comment":
            # NOTE: before "none of the N points is about X", a second look with related words (other forms,
            # compound parts, synonyms, the Danish of English terms): a reader of the rows would count those
            chosen, via, near = self._related_rows(plan.topic, cand, ix)
        chosen.sort(key=lambda h: (h.record.doc, h.record.position))
        return SearchResult(
            plan,
            chosen,
            "rows",
            complete=True,
            scanned=len(cand),
            candidates=records,
            found=bool(chosen),
            narrowed=True,
            related=via,
            near=near,
            lexicon=ix.catalog.lower_words,
        )

    def _related_rows(self, topic: str, cand: list[int], ix: Index) -> tuple[list[Hit], list[str], list[Hit]]:
        """(rows about the topic by related words, those words, the closest rows when none is): the second look."""
        from retrieval.reading import related

        cs = related.concepts(topic, ix.bm25.splitter, ix.bm25.vocab)
        q = self.embed_query(topic)
        all_dense = ix.row_vectors @ q
        mu, sd = float(all_dense.mean()), float(all_dense.std()) or 1.0
        found, via, scored = [], [], []
        for i in cand:
            share, words_ = related.match(cs, related.row_words(ix.records[i].embedding_text()))
            dense = float(ix.vectors[i] @ q)
            hit = Hit(ix.records[i], share + dense, dense, share)
            if cs and related.enough(share, len(cs)):
                found.append(hit)
                via += [w for w in words_ if w not in via]
            scored.append((share, (dense - mu) / sd, hit))
        if found:
            return found, via, []
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        near = [h for share, z, h in scored if share > 0 or z >= Z_NEAR][:NEAR_MAX]
        return [], [], near

    def _in_comments(self, topic: str, cand: list[int], ix: Index) -> list[Hit]:
        """The candidate rows whose comment (the region's answer and handling words) holds the topic's ideas: their
        own words, inflections, synonyms, the Danish of English terms."""
        from retrieval.reading import related

        cs = related.concepts(topic, ix.bm25.splitter, ix.bm25.vocab)
        out = []
        for i in cand:
            r = ix.records[i]
            share, _ = related.match(cs, related.row_words(f"{r.handling_raw or ''} {r.text_change or ''}"))
            if cs and related.enough(share, len(cs)):
                out.append(Hit(r, share, 0.0, share))
        return out

    def _topic_is_content(self, topic: str) -> bool:
        from retrieval.words import stems

        return bool(topic and stems(topic))

    def _about_topic(self, topic: str, cand: list[int], ix: Index, lang: str = "da") -> list[Hit]:
        """The candidate rows about the topic: most of the topic's words (rare ones weigh most), or some of them
        and among the semantically closest."""
        q = self.embed_query(topic)
        # NOTE: the z-score is taken over all rows, not the candidates: a respondent with three points has no
        # distribution of its own, and "close" must mean the same for three candidates as for ninety
        all_dense = ix.row_vectors @ q
        mu, sd = float(all_dense.mean()), float(all_dense.std()) or 1.0
        dense = ix.vectors[cand] @ q
        z = (dense - mu) / sd
        cover = np.array([ix.coverage(topic, i, lang) for i in cand])
        out = []
        for j, i in enumerate(cand):
            if (
                cover[j] >= COVERAGE_IN
                or (z[j] >= Z_WITH_COVERAGE and cover[j] >= COVERAGE_WITH_DENSE)
                or z[j] >= Z_ALONE
            ):
                out.append(Hit(ix.records[i], float(cover[j] + dense[j]), float(dense[j]), float(cover[j])))
        return out

    # --- passages --------------------------------------------------------------------------------------------------

    def _passages(self, plan: QueryPlan, ix: Index) -> SearchResult:
        records = ix.records
        idx = list(range(len(records)))
        # NOTE: a document the question names ranks first but hides nothing: the answer may be in another one
        rows_aside: list[int] = []
        if not plan.rows_question:
            # a question about the plans is answered from the plans; rows come in only when nothing else is there
            rows_aside = [i for i in idx if records[i].is_row]
            idx = [i for i in idx if not records[i].is_row] or idx
            rows_aside = rows_aside if idx is not rows_aside else []
        topic = plan.search_topic or plan.question
        question = f"{plan.question} {plan.topic_da}".strip()
        ranked = self._hybrid(question, topic, idx, ix, plan.lang)
        if "sundhedsaftale" in plan.kinds and not plan.docs:
            # the health agreement's passages first, softly (the sorts below keep this order within their groups):
            # "when is the committee briefed on the new health agreement" is answered by a timeline slide that holds
            # a date, not by the agreement itself
            first = [h for h in ranked if h.record.kind == "sundhedsaftale"][:PASSAGES]
            ranked = first + [h for h in ranked if all(h is not f for f in first)]
        if plan.asks:
            # a question for a date, an amount or a number is answered by a passage that holds one with the
            # question's words: those first, the order otherwise kept
            from retrieval.reading.asks import holds_asked
            from retrieval.words import stems

            want = set(stems(plan.search_topic or plan.question))
            ranked.sort(key=lambda h: (not holds_asked(h.record, plan.asks, want), -h.score))
        elif re.search(r"\b(hvor mange|hvor meget|hvor stor|how many|how much|antal|number of)\b", plan.question, re.I):
            # a question for a quantity is answered by a passage that holds numbers: keep the order otherwise
            ranked.sort(key=lambda h: (not re.search(r"\d", h.record.text), -h.score))
        if plan.docs:
            # the named documents' passages first, then the rest in their order
            first = [h for h in ranked if h.record.doc in plan.docs][:PASSAGES]
            ranked = first + [h for h in ranked if all(h is not f for f in first)]
        named = set(plan.respondents) if not plan.rows_question else set()
        own = [i for i, r in enumerate(records) if r.respondent in named] if named else []
        if own:
            # NOTE: a party the question names is its scope, softly: "Hvilke udfordringer peger Lægeforeningen
            # på?" is answered from that party's points (its summary, its own words, the comment) before the plans
            # (its two closest points lead; the other passages keep their ranks: "Hvornår godkendte
            # Sundhedsstyrelsen rammeplanen?" is answered by the plan, not by the party's points)
            first = self._hybrid(question, topic, own, ix, plan.lang)[:OWN_FIRST]
            ranked = first + [h for h in ranked if all(h.record is not f.record for f in first)]
        if len(plan.docs) >= 2 and re.search(
            r"\b(og|and|både|both|sammenlign\w*|compare\w*|versus|vs)\b", plan.question, re.I
        ):
            hits = []
            for d in plan.docs:
                hits.extend([h for h in ranked if h.record.doc == d][:PER_DOC])
        else:
            hits = ranked[:PASSAGES]
        pool = ranked[:POOL] + [h for h in ranked[POOL:] if h.record.doc in plan.docs][:POOL]
        if rows_aside and not plan.docs:
            # NOTE: the høringsnotat's comments may hold the answer to a question about the plan ("hvorfor blev …
            # ikke …"): its closest rows join the pool the answer's sentences are chosen from, after the passages
            by_rows = self._hybrid(question, topic, rows_aside, ix, plan.lang)
            pool += by_rows[:ROWS_IN_POOL]
            best = max((h.coverage for h in hits), default=0.0)
            if by_rows and best < NO_PASSAGE_HOLDS and by_rows[0].coverage >= ROWS_WHEN_PASSAGES_BELOW:
                # "hvad forstås der ved et udskrivningsvindue?": no passage of the plans holds the topic, a party's
                # point does: the points that hold it are the answer's passages
                hits = [h for h in by_rows[:PASSAGES] if h.coverage >= ROWS_WHEN_PASSAGES_BELOW]
            else:
                # "Er God Adgang obligatorisk?": a name the question gives that no plan passage holds but a point
                # does (a scheme, a project a party wrote about): the points that hold it are the passages
                names = [n for n in _names_asked(plan.question) if n not in _title_words(ix)]
                held = [h for h in by_rows[:PASSAGES] if names and _holds_all(h.record, names)]
                if held and not any(_holds_all(h.record, names) for h in hits):
                    hits = held
                    pool = held + [h for h in pool if all(h is not x for x in held)]
        # NOTE: then every other passage, in rank order: the sentence that answers a look-up may stand in a passage
        # the ranking put low ("I Region Sjælland findes syv principper …" in a short passage of its own); the
        # answer weighs a sentence's passage rank, it does not stop at the first passages
        seen = {id(h.record) for h in pool}
        pool += [h for h in ranked if id(h.record) not in seen]
        return SearchResult(
            plan,
            hits,
            "passages",
            complete=False,
            scanned=len(idx),
            found=bool(hits),
            population=len(records),
            # NOTE: the named documents' passages all stay in reach: an item ("forslag 8") may rank low
            pool=pool,
            lexicon=ix.catalog.lower_words,
            names=ix.catalog.name_words,
        )

    def _hybrid(
        self, question: str, topic: str, idx: list[int], ix: Index, lang: str = "en", also: str = ""
    ) -> list[Hit]:
        """`also`: words that rank (BM25) beside the topic's without being part of what a passage must cover (a
        topic word's synonyms)."""
        if not idx:
            return []
        q = self.embed_query(question)
        z_all = _zscores(ix.vectors @ q)
        dense = ix.vectors[idx] @ q
        lex = ix.bm25.scores(f"{topic} {also}".strip())[idx]
        d_rank = list(np.argsort(-dense))
        l_rank = [j for j in np.argsort(-lex) if lex[j] > 0]
        fused = fuse([d_rank, l_rank])
        order = sorted(fused, key=lambda j: -fused[j])[:200]
        return [
            Hit(
                ix.records[idx[j]],
                fused[j],
                float(dense[j]),
                ix.coverage(topic, idx[j], lang, bool(also)),
                float(z_all[idx[j]]),
            )
            for j in order
        ]


OWN_FIRST = 2  # the named party's closest points ahead of the passages of a look-up


_NOT_NAMES = frozenset(
    "region regionen regions kommune kommunen hospital plo kl gp gps the i in og and of for er is are "
    # what a question asks for and how it asks: "Navne tak", "Names please"
    "navne navn names name tak thanks please hej hi".split()
)


def _names_asked(question: str) -> list[str]:
    """The capitalised words inside a question (not its first word), lower-cased: "God Adgang" in "Er mærkeordningen
    God Adgang obligatorisk?" — names a passage must hold."""
    words = re.findall(r"[\wæøåÆØÅ-]+", question)
    return [w.lower() for w in words[1:] if w[:1].isupper() and len(w) >= 3 and w.lower() not in _NOT_NAMES]


def _title_words(ix: Index) -> frozenset[str]:
    """The words of the documents' titles and authors ("hovedstadens", "praksisplan"): they say whose document, not
    which thing."""
    words = {
        w.lower()
        for d in ix.catalog.docs.values()
        for w in re.findall(r"[\wæøåÆØÅ]+", f"{d.title} {d.publisher or ''}")
    }
    return frozenset(words | {w + "s" for w in words})


def _holds_all(record, names: list[str]) -> bool:
    text = record.embedding_text().lower()
    return all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)


def _zscores(sims: np.ndarray) -> np.ndarray:
    """Similarities as z-scores within one query. NOTE: thresholds on these, not on raw cosines, mean the same for
    e5 (cosines crowd into 0.78-0.92) and for MiniLM (spread over 0-1)."""
    sd = float(sims.std()) or 1.0
    return (sims - float(sims.mean())) / sd


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
