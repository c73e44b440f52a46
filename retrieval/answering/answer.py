"""answer(question) -> Answer. The default answerer is extractive (no LLM): a lead sentence in the question's language,
then the rows grouped by respondent or the best passages quoted, every item with its citation."""

from __future__ import annotations

import dataclasses

import functools
import logging
import re
import time
import uuid
from collections.abc import Callable
from collections import OrderedDict

from retrieval import inputs
from retrieval.answering import prose, synthesis
from retrieval.reading.asks import NUMBER, holds_asked
from retrieval.reading.query import GENERIC_NAME_WORDS, YESNO_OUTCOME, QueryPlan
from retrieval.search.consultations import show_date
from retrieval.search.index import Index
from retrieval.search.ranking import Hit, Retriever, SearchResult
from retrieval.text import point_label, sentences, squash
from retrieval.types import Answer, Citation, CitationKeys, Record
from retrieval.vocab import CHANGED, EMPTY_HANDLING, HANDLINGS, NO_HANDLING, RESPONDENT_TYPES
from retrieval.wording import WORDING, say
from retrieval.words import stems

log = logging.getLogger(__name__)

# NOTE: dense thresholds are z-scores of the cosine over every record for the question (retrieval/search/ranking.py
# _zscores), so they hold for any embedder; set on e5 where they equal the earlier cosines 0.80 and 0.86
DENSE_FLOOR_Z = 0.0  # a passage less similar than the average record is not about the question at all
# the best passage must hold a good share of the question's words, or be semantically very close on its own
ANSWER_COVERAGE = 0.3
ANSWER_DENSE_Z = 2.3
MIN_COVERAGE_DENSE = 0.1
STRONG_COVERAGE = 0.5  # a passage that holds half the question's weighted words stays whatever its cosine

NOT_FOUND = WORDING["not_found"]  # the exact "not found" answer per language (tests and the LLM answerer compare it)

# NOTE: derived views of the vocabulary (retrieval/vocab.py), kept as dicts because drafts and exports index them
HANDLING_LABEL = {
    lang: {
        **{h.value: t.label(lang) for h, t in HANDLINGS.items()},
        None: NO_HANDLING[lang],
        EMPTY_HANDLING: NO_HANDLING[lang],
    }
    for lang in ("da", "en")
}

TYPE_LABEL = {lang: {t.value: term.label(lang) for t, term in RESPONDENT_TYPES.items()} for lang in ("da", "en")}


class ExtractiveAnswerer:
    """Answers from the retrieved records alone: what it says is quoted or listed, with a citation per item."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def answer(
        self,
        question: str,
        qid: str | None = None,
        context: str | None = None,
        show_all: bool = False,
        ix: Index | None = None,
        plan: QueryPlan | None = None,
    ) -> Answer:
        """The answer to `question`; `plan`: its reading when the caller has read it already (Service.respond)."""
        return self.answer_with_result(question, qid, context, show_all, plan=plan, ix=ix)[0]

    def read(
        self, question: str, context: str | None = None, show_all: bool = False, ix: Index | None = None
    ) -> QueryPlan:
        """How a question is read: its QueryPlan, with a follow-up read together with the thread's earlier question."""
        return self.retriever.plan(question, ix, context=context, show_all=show_all)

    def answer_with_result(
        self,
        question: str,
        qid: str | None = None,
        context: str | None = None,
        show_all: bool = False,
        plan: QueryPlan | None = None,
        ix: Index | None = None,
    ) -> tuple[Answer, SearchResult]:
        """The answer and the search behind it (the LLM answerer writes its text from the same search). `plan`
        replaces the built-in reading (an LLM's reading, already validated). `ix`: the Index to answer from (the
        current one when not given); reading and search both use it."""
        t0 = time.perf_counter()
        q = inputs.question(question)
        ix = ix if ix is not None else self.retriever.index()
        plan = plan or self.read(q, context, show_all, ix)
        # a comparison, "what do the documents say about X", "how was X handled": one block per side
        shaped = None if show_all else synthesis.answer(self.retriever, plan, ix)
        if shaped is not None:
            ans, result = shaped
            ans.interpretation, ans.reading = result.plan.to_dict(), describe_reading(result.plan)
        else:
            result = self.retriever.search(plan, ix)
            ans = compose(result)
        ans.id = qid or uuid.uuid4().hex[:12]
        ans.question = q
        ans.version = ix.version
        log.info(
            "answered",
            extra={
                "qid": ans.id,
                "found": ans.found,
                "citations": len(ans.citations),
                "mode": result.mode,
                "ms": round(1000 * (time.perf_counter() - t0)),
            },
        )
        return ans, result


# --- composing ---------------------------------------------------------------------------------------------------------


def compose(result: SearchResult) -> Answer:
    ans = _compose(result)
    plan = result.plan
    if result.relaxed and result.mode == "rows" and result.hits:
        labels = " / ".join(f"'{HANDLING_LABEL[plan.lang][h]}'" for h in result.relaxed)
        if plan.topic or plan.quoted:
            head = say("relaxed_handling", plan.lang, labels=labels, topic=_topic_words(plan))
        else:
            who = say("and", plan.lang).join(plan.respondents)
            head = say("relaxed_handling_party", plan.lang, labels=labels, who=who, n=len(result.hits))
        ans.answer = head + "\n\n" + ans.answer
    ans.interpretation = plan.to_dict()
    ans.reading = describe_reading(plan)
    if result.mode == "rows":
        ans.matched_filters, ans.returned = result.matched, len(result.hits)
    return ans


def _compose(result: SearchResult) -> Answer:
    plan = result.plan
    if result.mode == "section":
        return _section_answer(result)
    if result.mode == "consultations":
        return _consultations_answer(result)
    if result.mode == "overlap":
        return _overlap_answer(result)
    if result.mode == "rows":
        if plan.unknown_respondent and not plan.respondents:
            return _unknown_respondent(plan)
        if plan.asks and not plan.show_all and not _holds_what_is_asked(plan, result.hits):
            return _not_found(plan)
        if plan.scan:
            return _scan_answer(result)
        announced = _announced_in_rows(plan, result.hits)
        if announced is not None:
            return announced
        if not result.hits:
            if result.narrowed and result.matched and result.near:
                return _near_answer(
                    result,
                    say(
                        "none_about_topic_unsure",
                        plan.lang,
                        m=result.matched,
                        filters=_filters_paren(plan),
                        topic=_topic_words(plan),
                    ),
                )
            return _none_about_topic(result) if result.narrowed and result.matched else _not_found(plan)
        return _rows_answer(result)
    unread = _terms_the_documents_lack(plan, result.lexicon)
    if unread:
        # "what does the plan say about the out-of-hours service?": its Danish word (lægevagt) is in no document
        text = say("not_found", plan.lang) + " " + say("absent_terms", plan.lang, terms=", ".join(unread))
        return Answer(question=plan.question, answer=text, found=False, citations=[])
    hits = [h for h in result.hits if h.z >= DENSE_FLOOR_Z or h.coverage >= STRONG_COVERAGE]
    # NOTE: over n records no z-score exceeds sqrt(n - 1): a store of one small document cannot reach 2.3
    dense_z = min(ANSWER_DENSE_Z, 0.6 * max(result.population - 1, 1) ** 0.5) if result.population else ANSWER_DENSE_Z
    # NOTE: "very close on its own" still needs some of the question's words: when nothing in the corpus is about
    # the question (a recipe), the best cosine is an outlier of a flat distribution and its z-score means nothing
    if hits and not any(
        h.coverage >= ANSWER_COVERAGE or (h.z >= dense_z and h.coverage >= MIN_COVERAGE_DENSE) for h in hits
    ):
        hits = []
    if hits and _covers_names(plan, hits) and not _holds_what_is_asked(plan, hits) and _counts_a_list(plan, result):
        return _lead_answer(plan, hits, result.pool or hits, result.lexicon, result.names or None)
    if plan.intent == "fact" and plan.quoted and HANDLED_ASK.search(plan.question) and result.pool:
        # "Hvorfor blev 'God adgang'-ordningen ikke gjort tvungen?": a question about how a point was handled,
        # answered by the høringsnotat row in the pool that holds the question's words, its comment first
        row = _handled_row(plan, result)
        if row is not None:
            return row
    if not hits or not _covers_names(plan, hits) or not _holds_what_is_asked(plan, hits):
        return _not_found(plan, result.pool if plan.intent == "fact" else [], result.lexicon, result.names or None)
    if plan.intent == "fact" or (plan.intent == "synthesis" and prose.answer_type(plan.question) in (*TYPED, "item")):
        # NOTE: a question for a value or a numbered item is a look-up even when it names two documents ("nummer 4
        # på PLO-Sjællands liste over indsatsområder fra Praksisplanen")
        return _lead_answer(plan, hits, result.pool or hits, result.lexicon, result.names or None)
    return _passages_answer(plan, hits)


def _terms_the_documents_lack(plan: QueryPlan, lexicon: frozenset[str]) -> list[str]:
    """An English look-up whose topic is only domain terms none of whose Danish words any document writes ("the
    out-of-hours service": lægevagt): the terms, each with its Danish words. A Danish question is read the same way
    by the search (a word the corpus never uses counts against every passage)."""
    if plan.lang != "en" or plan.rows_question or not plan.topic or not lexicon:
        return []
    from retrieval.reading.glossary import english_terms

    terms = english_terms(plan.topic)
    rest = plan.topic
    for en, _da in terms:
        rest = rest.replace(en, " ")
    if not terms or stems(" ".join(w for w in re.findall(r"[^\W\d_]+", rest) if len(w) >= 4)):
        return []  # other words read it too

    def written(word: str) -> bool:
        st = stems(word)
        return word in lexicon or bool(st) and any(w.startswith(st[0]) for w in lexicon if len(w) >= len(st[0]))

    if any(written(w) for _en, da in terms for w in da.split()):
        return []
    return [f"“{en}” («{da.split()[0]}»)" for en, da in terms]


def _announced_in_rows(plan: QueryPlan, hits: list[Hit]) -> Answer | None:
    """ "Nævn Lægeforeningens seks forslag": a point that speaks of six proposals without listing them is not six
    points. The answer says the items are not in the documents, with that point as the near miss."""
    count = prose.asked_count(plan.question)
    if not count or count[1] < 2 or not plan.respondents or len(hits) == count[1]:
        return None
    records = [h.record for h in hits]
    said = prose.announced(count[1], count[0], records)
    if said is None or prose.list_after(count[1], count[0], records):
        return None
    near = prose.Candidate(said[0], said[1], [], 0.0, 0.0, 0.0)
    return _absent(plan, "list", near, hits, lacks=say("absent_items", plan.lang, n=count[1]))


def _handled_row(plan: QueryPlan, result: SearchResult) -> Answer | None:
    """The row the question asks about, when it quotes what the row is about ('God adgang') and one row of the pool
    holds those quoted words and most of its words."""
    rows = [h for h in result.pool if h.record.is_row]
    if not rows:
        return None
    words = prose.content_words(plan.question, plan.topic_da, plan.lang, result.lexicon, result.names or None)
    best, best_share = None, 0.0
    for h in rows:
        r = h.record
        text = " ".join(x for x in (r.summary, r.text_change, r.quote, r.respondent) if x)
        if any(prose.squash_key(q) not in prose.squash_key(text) for q in plan.quoted):
            continue
        share = len(prose.held(words, set(stems(text)))) / max(len(words), 1)
        if share > best_share:
            best, best_share = h, share
    if best is None or best_share < 0.6 or not best.record.text_change:
        return None
    sub = SearchResult(plan, [best], "rows", complete=False, scanned=len(rows), candidates=[best.record])
    ans = _rows_answer(sub)
    if not ans.answer.startswith(say("lead_comment", plan.lang, who="", quote="")[:5]):
        return None
    ans.answer = ans.answer.rsplit("\n\n", 1)[0]  # no "found by checking all N points": one row was chosen
    return ans


def _counts_a_list(plan: QueryPlan, result: SearchResult) -> bool:
    """ "How many prerequisites does PLO-Sjælland list?": no sentence gives the number, the list itself does."""
    if plan.intent != "fact" or prose.answer_type(plan.question) != "number":
        return False
    words = prose.content_words(plan.question, plan.topic_da, plan.lang, result.lexicon, result.names or None)
    unit = prose.asked_unit(plan.question, words)
    return bool(unit) and prose.counted_items(unit, [h.record for h in result.pool]) is not None


def _not_found(
    plan: QueryPlan,
    pool: list[Hit] | None = None,
    lexicon: frozenset[str] = frozenset(),
    names: frozenset[str] | None = None,
) -> Answer:
    """ "The documents do not say", and when a passage comes near, the nearest sentence and what it lacks."""
    # NOTE: only a question for a value (a name, a date, a number …) has a nearest sentence worth naming; a recipe
    # question near nothing gets the plain answer
    if pool and prose.answer_type(plan.question) in TYPED:
        kind = prose.answer_type(plan.question)
        words = prose.content_words(plan.question, plan.topic_da, plan.lang, lexicon, names)
        cands = prose.candidates(plan.question, kind, words, [h.record for h in pool], lexicon, plan.docs)
        near = _near_miss(plan, kind, words, cands)
        if near:
            return _absent(plan, kind, near, pool, names)
    return Answer(question=plan.question, answer=say("not_found", plan.lang), found=False, citations=[])


def _filter_parts(plan: QueryPlan, lang: str) -> list[str]:
    parts = []
    sep = say("and", lang)
    # a named party and kinds of party side by side are one "fra": "fra PLO-Hovedstaden, kommuner og hospitaler"
    who = [*plan.respondents, *(TYPE_LABEL[lang].get(t, t) for t in plan.respondent_types)]
    if who:
        parts.append(
            say("filter_from", lang, names=", ".join(who[:-1]) + sep + who[-1] if len(who) > 2 else sep.join(who))
        )
    if plan.handlings:
        parts.append(
            say("filter_handling", lang, labels=" / ".join(f"'{HANDLING_LABEL[lang][h]}'" for h in plan.handlings))
        )
    if plan.themes:
        parts.append(say("filter_theme", lang, themes=", ".join(plan.themes)))
    if plan.letters:
        parts.append(say("filter_letter", lang, letters=", ".join(plan.letters)))
    if plan.consultations:
        parts.append(say("filter_consultation", lang, titles=say("and", lang).join(plan.consultations)))
    return parts


def _describe_filters(plan: QueryPlan) -> str:
    return "; ".join(_filter_parts(plan, plan.lang))


def describe_reading(plan: QueryPlan) -> str:
    """The reading as one line for people, so a misreading shows at once."""
    lang = "da" if plan.lang == "da" else "en"
    what = say(f"intent_{plan.intent}", lang) if f"intent_{plan.intent}" in WORDING else plan.intent
    if plan.intent == "overlap":
        what = say(
            "intent_overlap",
            lang,
            which=say("and", lang).join(plan.consultations) or say("overlap_all", lang, n="").replace("  ", " "),
        )
    parts = [what] + _filter_parts(plan, plan.lang)
    if plan.rows_question and not plan.handlings:
        parts.append(say("read_any_handling", lang))
    if plan.docs:
        parts.append(say("read_docs", lang, docs=", ".join(plan.doc_titles or plan.docs)))
    if plan.own_words:
        parts.append(say("read_own_words", lang))
    if plan.section_ref:
        parts.append(say("read_section", lang, ref=_section_name(plan.section_ref, lang)))
    topic = " / ".join(plan.quoted) if plan.quoted else plan.topic
    if topic and not plan.show_all:
        parts.append(say("read_topic_comment" if plan.topic_in == "comment" else "read_topic", lang, topic=topic))
    elif plan.rows_question and not plan.show_all:
        parts.append(say("read_no_topic", lang))
    if plan.show_all and topic:
        parts.append(say("read_topic_ignored", lang, topic=topic))
    if plan.ignored:
        parts.append(say("read_ignored", lang, ignored=plan.ignored))
    if plan.reader != "words":
        parts.append(f"({plan.reader})")
    return say("read_as", lang, parts=" · ".join(parts))


def _section_name(ref: str, lang: str) -> str:
    """ "1.5" -> "afsnit 1.5" / "section 1.5"; "s. 17" (a page) -> "side 17" / "page 17"."""
    if ref.startswith("s. "):
        return ("side " if lang == "da" else "page ") + ref[3:]
    return ("afsnit " if lang == "da" else "section ") + ref


def _section_answer(result: SearchResult) -> Answer:
    """What the høringsnotat's comments say was written in a section, each with its row."""
    plan, lang = result.plan, result.plan.lang
    n = len(result.hits)
    lead = say("section_lead", lang, ref=_section_name(plan.section_ref, lang), n=n)
    lines, citations = [lead, ""], []
    for h in result.hits:
        r = h.record
        citations.append(Citation.from_record(r))
        lines.append(f"- {point_label(r)}): «{r.text_change}» [{len(citations)}]")
    return Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)


def _unknown_respondent(plan: QueryPlan) -> Answer:
    """A name that is no respondent of the høringsnotat: say so, instead of answering from other rows."""
    name = plan.unknown_respondent
    text = say("unknown_respondent", plan.lang, not_found=say("not_found", plan.lang), name=name)
    return Answer(question=plan.question, answer=text, found=False, citations=[])


def _topic_words(plan: QueryPlan) -> str:
    return " / ".join(plan.quoted) if plan.quoted else plan.topic


def _filters_paren(plan: QueryPlan) -> str:
    filters = _describe_filters(plan)
    return f" ({filters})" if filters else ""


def _near_answer(result: SearchResult, lead: str) -> Answer:
    """No row holds the topic's words or related words, but some are close: say so, unsure, and show them."""
    lang = result.plan.lang
    lines, citations = [f"{lead}:", ""], []
    for h in result.near:
        citations.append(Citation.from_record(h.record))
        lines.append(f"{h.record.respondent}:")
        lines.append(f"  {_row_line(h.record, lang)} [{len(citations)}]")
    lines += ["", say("near_how", lang, m=result.matched)]
    return Answer(question=result.plan.question, answer="\n".join(lines), found=False, citations=citations)


def _related_note(result: SearchResult) -> str:
    """The row words a topic was found by, as the rows write them ("plejecentre", "læger")."""
    from retrieval.reading.related import surface

    shown: list[str] = []
    for h in result.hits:
        for w in surface(h.record, result.related):
            if w not in shown:
                shown.append(w)
    words = ", ".join(f"«{w}»" if result.plan.lang != "en" else f"“{w}”" for w in shown[:6])
    return say("rows_related", result.plan.lang, topic=_topic_words(result.plan), words=words)


def _silent_party(plan: QueryPlan, row: Record) -> Answer:
    """ "Not found: X was consulted but sent no response [1]", citing the row that says so."""
    who = say("and", plan.lang).join(plan.respondents)
    text = say("not_found", plan.lang) + " " + say("silent_party", plan.lang, who=who) + " [1]"
    return Answer(question=plan.question, answer=text, found=False, citations=[Citation.from_record(row)])


def _none_about_topic(result: SearchResult) -> Answer:
    """The filters matched rows, but none is about the topic: say so, with how to see them all."""
    plan, lang, m = result.plan, result.plan.lang, result.matched
    rows = list(result.candidates)
    if plan.respondents and rows and all(r.handling == "intet_svar" for r in rows):
        # "Hvad mener FYL om rekruttering?": the party was consulted and sent nothing, so no point is about anything
        return _silent_party(plan, rows[0])
    topic = " / ".join(plan.quoted) if plan.quoted else plan.topic
    filters = _describe_filters(plan)
    text = say("none_about_topic", lang, m=m, filters=f" ({filters})" if filters else "", topic=topic)
    return Answer(question=plan.question, answer=text, found=False, citations=[])


def _rows_answer(result: SearchResult) -> Answer:
    plan, lang, hits = result.plan, result.plan.lang, result.hits
    n, m = len(hits), result.matched
    filters = _describe_filters(plan)
    topic = " / ".join(plan.quoted) if plan.quoted else plan.topic
    narrowed = result.narrowed and not plan.show_all
    if narrowed:
        # NOTE: "Alle N" only when N is everything the filters match; a topic that picks some says "k af N", N the
        # points it looked through: a party that did not respond made no point (the line under the list says so)
        lead = say(
            "rows_some_comment" if plan.topic_in == "comment" else "rows_some",
            lang,
            k=n,
            m=min(m, result.scanned or m),
            filters=f" ({filters})" if filters else "",
            topic=topic,
        )
    silent = 0
    only_silent = not narrowed and n > 0 and all(h.record.handling == "intet_svar" for h in hits)
    if not narrowed:
        # NOTE: a party that did not respond made no point: "Alle 91 høringspunkter og de 5 hørte parter, der ikke
        # svarede" (96 rows, all cited), never "Alle 96 høringspunkter" beside a count of 91
        silent = 0 if "intet_svar" in plan.handlings else sum(h.record.handling == "intet_svar" for h in hits)
        if only_silent and n == 1:
            lead = say("rows_silent_one", lang, who=hits[0].record.respondent or "?")
        elif only_silent:
            kept = _describe_filters(plan.copy(handlings=[h for h in plan.handlings if h != "intet_svar"]))
            lead = say("rows_silent_all", lang, n=n, filters=f" ({kept})" if kept else "")
        elif 0 < silent < n:
            lead = say("rows_all_silent_one" if silent == 1 else "rows_all_silent", lang, n=n - silent, k=silent)
        else:
            lead = say("rows_all", lang, n=n) if n != 1 else say("rows_one", lang)
        if filters and not only_silent:
            lead += f" ({filters})"
    if plan.intent == "count" and not only_silent:
        # NOTE: a party that did not respond made no point: counted apart, never as a point or a responding party
        said = hits if "intet_svar" in plan.handlings else [h for h in hits if h.record.handling != "intet_svar"]
        k = len(said)
        who = len({h.record.respondent for h in said})
        points, parties = _count_nouns(k, who, lang)
        count = say("rows_count", lang, n=k, points=points, r=who, parties=parties)
        silent_parties = len({h.record.respondent for h in hits}) - who if k < n else 0
        if silent_parties:
            # the count says it all: "91 høringspunkter fra 16 høringsparter (fra kommuner) og 5 hørte parter, der
            # ikke svarede:", with no "Alle …" list lead repeating it
            if filters and not narrowed:
                count += f" ({filters})"
            count += say(
                "rows_count_silent_one" if silent_parties == 1 else "rows_count_silent", lang, k=silent_parties
            )
            lead = count + (": " + lead if narrowed else "")
        else:
            lead = count + ": " + lead
    if only_silent and n > 1:
        how = say("rows_how_silent_only", lang, n=n)
    elif result.scanned == 1 and n <= 1:  # never "alle 1 høringspunkter"
        how = say("rows_how_one_silent" if silent == 1 else "rows_how_one", lang)
    elif 0 < silent < n and result.scanned == n:
        how = say("rows_how_silent_one" if silent == 1 else "rows_how_silent", lang, n=n - silent, k=silent)
    else:
        how = say("rows_how", lang, n=result.scanned)
    if narrowed and m > result.scanned:  # rows with no response are not scanned for a topic: say so, N stays N
        how += say("rows_how_unanswered", lang, k=m - result.scanned)
    how += say("rows_how_topic", lang) if narrowed else "."
    if narrowed and n < m:
        how += " " + say("rows_see_all", lang, m=m)
    # NOTE: points of several consultations are never one list: a heading and a count per consultation
    by_cons: "OrderedDict[str | None, list[Hit]]" = OrderedDict()
    for h in hits:
        by_cons.setdefault(h.record.consultation, []).append(h)
    several = len(by_cons) > 1
    if several:
        per = []
        for c, g in by_cons.items():
            if all(h.record.handling == "intet_svar" for h in g):
                per.append(f"{_cons_name(result, c, lang)}: {HANDLING_LABEL[lang]['intet_svar'].lower()}")
            else:
                per.append(f"{_cons_name(result, c, lang)} {len(g)}")
        lead += " — " + say("cons_per", lang, parts=", ".join(per))
    if plan.by == "handling":
        lead += " — " + say("by_handling", lang, parts=" · ".join(_handling_counts(hits, lang)))
    compared = _compared_sides(plan, hits)
    if compared:
        # a comparison of parties or kinds of party: each side's points together, the side in the heading
        order = {k: i for i, k in enumerate(compared)}
        hits = sorted(hits, key=lambda h: order.get(_side_of(plan, h.record), len(order)))
    lines = [f"{lead}:", ""]
    citations: list[Citation] = []
    for cons, in_cons in by_cons.items():
        if several:
            lines.append(
                say("cons_group", lang, title=cons or "?", when=_cons_when(result, cons, lang), n=len(in_cons))
            )
        groups: "OrderedDict[str, list[Hit]]" = OrderedDict()
        for h in in_cons:
            groups.setdefault(h.record.respondent or "?", []).append(h)
        for resp, group in groups.items():
            lines.append(f"{resp}:")
            for h in group:
                citations.append(Citation.from_record(h.record))
                line = _row_line(h.record, lang)
                if plan.topic_in == "comment" and not (h.record.text_change and h.record.handling in CHANGED):
                    said = _comment_saying(h.record, plan.search_topic)
                    if said:
                        line += " " + say("row_comment", lang, quote=said)
                lines.append(f"  {line} [{len(citations)}]")
                link = result.letter_links.get(h.record.id) if plan.own_words else None
                if link is not None:
                    citations.append(Citation.from_record(link[0]))
                    lines.append(
                        f"    {say('own_words', lang, quote=_q(lang, _clip(link[1], 400)))} [{len(citations)}]"
                    )
        if several:
            lines.append("")
    if plan.own_words:
        missing = sorted(
            {h.record.respondent for h in hits if h.record.id not in result.letter_links and h.record.respondent}
        )
        for who in missing:
            lines.append(say("own_words_none", lang, who=who))
    if result.related:
        how += " " + _related_note(result)
    lines += ["", how]
    lead = _row_lead(plan, hits, citations) or _content_lead(plan, hits, citations, result.lexicon)
    if compared:
        lead = _compare_lead(plan, hits, compared, result.lexicon)
    if lead:
        lines = [lead, ""] + lines
    # NOTE: a question that asks more than the rows hold ("Dansk Psykologforening's vision") of a respondent that did
    # not respond is not answered by the row that says so: the rows are shown, the answer is "not found"
    found = "intet_svar" in plan.handlings or not (
        plan.ignored and all(h.record.handling == "intet_svar" for h in hits)
    )
    return Answer(question=plan.question, answer="\n".join(lines), found=found, citations=citations)


def _count_nouns(points: int, parties: int, lang: str) -> tuple[str, str]:
    """ "høringspunkt"/"høringspunkter" and "høringspart"/"høringsparter" for these counts."""
    return (
        say("word_point" if points == 1 else "word_points", lang),
        say("word_party" if parties == 1 else "word_parties", lang),
    )


def _side_of(plan: QueryPlan, r: Record) -> str:
    if plan.respondents and plan.respondent_types:  # "hospitalerne og Gentofte": a party is its own side
        return r.respondent if r.respondent in plan.respondents else (r.respondent_type or "")
    return (r.respondent_type or "") if len(plan.respondent_types) >= 2 else (r.respondent or "")


def _compared_sides(plan: QueryPlan, hits: list[Hit]) -> list[str]:
    """The sides a question about points compares ("hvordan adskiller hospitalernes og kommunernes bemærkninger
    sig?", "compare Gentofte and Ishøj on …"): two kinds of party or two parties, each with a point shown."""
    if not synthesis.COMPARE.search(plan.question) or plan.intent == "count":
        return []
    if plan.respondents and plan.respondent_types:
        sides = [*plan.respondent_types, *plan.respondents]
    else:
        sides = plan.respondent_types if len(plan.respondent_types) >= 2 else plan.respondents
    if len(sides) < 2:
        return []
    said = {_side_of(plan, h.record) for h in hits if h.record.handling != "intet_svar"}
    return list(sides) if said & set(sides) else []


def _side_name(plan: QueryPlan, side: str) -> str:
    name = TYPE_LABEL[plan.lang].get(side, side) if side in plan.respondent_types else side
    return name[:1].upper() + name[1:]


def _compare_lead(plan: QueryPlan, hits: list[Hit], sides: list[str], lexicon: frozenset[str]) -> str:
    """One line per side (its points and how they were handled), then what the sides' points share and what only
    one side raises: the comparison first, the points after it."""
    lang = plan.lang
    words = synthesis.topic_words(plan.question, plan, lexicon, None, set())
    blocks, lines = [], []
    for side in sides:
        mine = [h for h in hits if _side_of(plan, h.record) == side and h.record.handling != "intet_svar"]
        name = _side_name(plan, side)
        if not mine:
            lines.append(say("cmp_side_none", lang, side=name))
            continue
        who = len({h.record.respondent for h in mine})
        points, parties = _count_nouns(len(mine), who, lang)
        lines.append(
            say("cmp_side", lang, side=name, n=len(mine), points=points, r=who, parties=parties,
                handled=", ".join(_handling_counts(mine, lang)))
        )  # fmt: skip
        blocks.append(synthesis.block(side, name, [h.record for h in mine], plan.question, words, lexicon))
    scope = set(stems(" ".join(_side_name(plan, x) for x in sides)))
    if len(blocks) >= 2:
        lines.append(synthesis._agree_line(blocks, words, lang, scope))
    return say("cmp_lead", lang) + "\n" + "\n".join(f"- {x}" for x in lines)


# a question about how one point was handled asks for the authority's comment, not for a list of points
HANDLED_ASK = re.compile(
    r"\b(hvorfor|why|tilføje\w*|added|addition|svare\w*|answer\w*|respon(?:se|ses|ded|ds|d)|reply|replied|skete|happened|hvilken "
    r"tekst|what text|which text|sentence|ændring\w*|change\w*|wording|formulering\w*|hvor blev|where were|where was|"
    r"håndteret|håndterede|behandlet|handled|dealt with|point(?:ed)? to|henviste|henviser|håndtering|forklar\w*|"
    r"explain\w*|explanation|begrundelse\w*|begrund\w*|reason\w*|årsag\w*|rationale)\b",
    re.I,
)


# words that make a question about the authority's handling, not about what the party means or wants
HANDLING_SUBJECT = re.compile(
    r"\b(region\w*|udvalg\w*|committee|håndter\w*|handl\w*|afvis\w*|afvist|reject\w*|ændr\w*|chang\w*|"
    r"imødekom\w*|accommodat\w*|svar\w*|answer\w*|repl\w*|tilføj\w*|added|tekst\w*|text|wording|fulgt|followed|"
    # a passive ("blev ikke fulgt", "was it rejected") is done to the point: by the authority
    r"begrundelse\w*|justif\w*|blev|bliver|was|were)\b",
    re.I,
)


def _asks_party_view(question: str) -> bool:
    """Whether the question asks what the party means, wants or thinks (its own points answer), not how the
    authority handled it (the comment answers)."""
    return prose.asks_substance(question) and not HANDLING_SUBJECT.search(question)


# a question that asks for the names of what it asks about, not for a description of them
NAMES_ASK = re.compile(r"\b(navne\w*|nævn dem|name them|names?\b|list them|opregn \w+)", re.I)
STOCK_HITS = 12  # a question about the handling of up to this many points may be answered by a reply they share
POINTED_TO = re.compile(r"\b(point(?:ed|s)? to|henvist\w*|henviser|henviste)\b", re.I)
ANSWER_ASK = re.compile(r"\b(svare\w*|answer\w*|respon(?:se|ses|ded|ds|d)|reply|replied|skete|happened)\b", re.I)


def _row_lead(plan: QueryPlan, hits: list[Hit], citations: list[Citation]) -> str | None:
    """The sentence of the authority's comment that answers a question about how a point was handled ("hvorfor …
    ikke …", "what was added on p. 17"), first, with its citation; the rows follow as before."""
    if not hits or len(hits) > STOCK_HITS or plan.intent == "count" or not HANDLED_ASK.search(plan.question):
        return None
    if _asks_party_view(plan.question):
        return None  # "hvad mener X med det, og hvorfor vil de have det?": the party's reason, in its own points
    kind = prose.answer_type(plan.question)
    # NOTE: "which objectives did the region point to" about a named party's few points asks for the comment
    if kind in ("number", "amount") or (
        kind == "list"
        and not (plan.respondents and (ANSWER_ASK.search(plan.question) or POINTED_TO.search(plan.question)))
    ):
        return None
    words = prose.content_words(plan.question, plan.topic_da, plan.lang)
    records = [h.record for h in hits]
    cands = [
        c for c in prose.candidates(plan.question, "what", words, records, frozenset()) if c.unit.field == "text_change"
    ]
    if not cands:
        # NOTE: a point the høringsnotat answers by its handling alone ("Ligger uden for rammerne af den aktuelle
        # praksisplan", no comment): the handling is the authority's answer
        said = [r for r in records if r.handling_raw and r.handling != "intet_svar"]
        key = _key_of(citations, said[0]) if len(said) == 1 else None
        if key is None:
            return None
        quote = _q(plan.lang, _clip(said[0].handling_raw, 280))
        return say("lead_comment", plan.lang, who=point_label(said[0]), quote=quote) + f" [{key}]"
    if len(hits) > 4:
        # NOTE: many points answer "how was it handled" only through one reply given to several of them ("Ønsket er
        # fremsat af flere kommuner. Det er blevet tilføjet …"); a comment of one point among many is no answer
        shared = lambda c: sum(squash(x.text_change or "") == squash(records[c.hit].text_change) for x in records)  # noqa: E731
        cands = [c for c in cands if shared(c) >= 2]
        if not cands:
            return None
    c = cands[0]
    r = records[c.hit]
    us = [u for u in prose.record_units(r) if u.field == "text_change"]
    # NOTE: a reason or a reply opens the comment; what was added is in the sentence that holds the question's words
    k = (
        0
        if kind == "why" or ANSWER_ASK.search(plan.question)
        else next((i for i, u in enumerate(us) if u.text == c.unit.text), 0)
    )
    text = us[k].text if us else c.unit.text
    for u in us[k + 1 : k + 3]:
        if len(text) >= 220:
            break
        text += " " + u.text
    key = _key_of(citations, r)
    if key is None:
        return None
    return say("lead_comment", plan.lang, who=point_label(r), quote=_q(plan.lang, _clip(text, 280))) + f" [{key}]"


def _key_of(citations: list[Citation], r: Record) -> int | None:
    """The number [k] the list already gave the record, if it is listed."""
    return next((i + 1 for i, x in enumerate(citations) if x.doc == r.doc and x.line_start == r.line_start), None)


def _content_lead(plan: QueryPlan, hits: list[Hit], citations: list[Citation], lexicon: frozenset[str]) -> str | None:
    """A question for a thing the points say ("Hvilke fire udfordringer peger Lægeforeningen på?", "What trend does
    the hospital say could reduce capacity?") gets the sentence of the listed points that holds its words first,
    with its citation; the complete list follows as before. Not for questions that ask for points or parties."""
    kind = prose.answer_type(plan.question)
    count = prose.asked_count(plan.question)
    asks_value = kind in ("number", "amount", "when")
    asks_content = (
        prose.asked_noun(plan.question) is not None
        or kind == "why"
        or bool(count)
        or (kind == "what" and prose.asks_substance(plan.question))
        # "hvordan definerer PLO-H det?", "how does X define Y?": the defining sentence of its points
        or (kind == "what" and bool(plan.respondents and plan.topic) and bool(prose.MEANING_ASK.search(plan.question)))
    )
    # "hvad ændrer den kommende overenskomst ifølge Gladsaxe?", "which groups of women should GPs talk to, per the
    # Cancer Society?": a what-question about a named party's points that asks for a thing they say, not for them
    about = bool(plan.respondents and plan.topic and WHAT_ASK.search(plan.question)) and not _asks_points(plan.question)
    if plan.intent == "count" or not hits or not (asks_value or asks_content or about):
        return None
    words, records = _point_words(plan, hits, lexicon)
    if not words or not records:
        return None
    if asks_value:
        # "Hvor stor er befolkningstilvæksten, som Albertslund henviser til?": the value, from the points' sentences
        # (their quoted response too), first
        valued = _value_lead(plan, kind, words, records, citations, lexicon)
        if valued or not asks_content:
            return valued
    found = prose.list_after(count[1], count[0], records) if count else None
    if found is not None:
        # "Hvilke fire udfordringer peger X på?": the points' sentence that numbers that many of them
        i, head, items = found
        key = _key_of(citations, records[i])
        if key is not None:
            listed = "; ".join(_clip(u.text, 120) for u in items)
            text = say("lead_list", plan.lang, head=_q(plan.lang, _clip(head.text, 160)), items=listed)
            return text + f" ({point_label(records[i])}) [{key}]"
    cands = prose.candidates(plan.question, "what", words, records, lexicon)
    if _asks_party_view(plan.question):
        # "hvad mener X om Y": the party's own words (its summary and response), not the authority's comment
        cands = [c for c in cands if c.unit.field != "text_change"]
    if prose.MEANING_ASK.search(plan.question):
        # "hvad mener X med et udskrivningsvindue?": the sentence that defines it, before one that only names it
        cands.sort(key=lambda c: not (c.share >= CONTENT_LEAD_SHARE and prose.defines(c.unit.text, words)))
    best = next((c for c in cands if len(c.unit.text.split()) >= 4 and prose.says_more(c, plan.question)), None)
    need = CONTENT_LEAD_SHARE if asks_value or asks_content else ABOUT_LEAD_SHARE
    if best is None or best.share < need:
        return None
    r = records[best.hit]
    key = _key_of(citations, r)
    if key is None:
        return None
    text = prose.focused_span(prose.run_on(records, best), words, 300)
    lead = say("lead_sentence", plan.lang, quote=_q(plan.lang, text)) + f" ({point_label(r)}) [{key}]"
    # NOTE: a question of two parts ("er den frivillig, og hvad vil rådet have?") whose best sentence holds one:
    # the best sentence that holds a word the first one lacks follows it
    for c in cands if best.missing else []:
        key2 = _key_of(citations, records[c.hit])
        if (
            c.unit.text != best.unit.text
            and c.share >= CONTENT_LEAD_SHARE
            and len(c.unit.text.split()) >= 4
            and key2 is not None
            and prose.held(best.missing, set(stems(c.unit.text)))
        ):
            quote = _q(plan.lang, prose.focused_span(c.unit.text, best.missing, 200))
            return f"{lead} {quote} ({point_label(records[c.hit])}) [{key2}]"
    return lead


CONTENT_LEAD_SHARE = 0.3
ABOUT_LEAD_SHARE = 0.5  # a what-question the other readings did not type: a sentence with half its words
WHAT_ASK = re.compile(r"^\W*(?:\S+\s+){0,6}?(?:hvad|hvilke[nt]?|hvem|who|what(?:'s)?|whats|which)\b", re.I)
# "which points …", "hvad skrev X", "what did X say": a question for the points themselves
POINTS_ASK = re.compile(
    r"\b(?:hvad|hvilke[nt]?|what|which)\s+(?:\S+\s+){0,3}?(?:skr[eiy]\w*|sagde|siger|sa(?:y|ys|id)|wr[io]te?\w*|"
    r"comment\w*|kommentere\w*|bemærk\w*|points?|punkt\w*|høringssvar\w*|respon\w*|input|feedback)\b",
    re.I,
)


def _asks_points(question: str) -> bool:
    return bool(POINTS_ASK.search(question))


def _point_words(plan: QueryPlan, hits: list[Hit], lexicon: frozenset[str]) -> tuple[list[str], list[Record]]:
    """The question's words (an English question's Danish terms too) and the listed points that made a point (not
    the parties that did not respond): what a lead over the points is chosen by and from."""
    from retrieval.reading.glossary import danish_terms

    extra = plan.topic_da if plan.lang == "da" else f"{plan.topic_da} {danish_terms(plan.question)}"
    words = prose.content_words(plan.question, extra, plan.lang, lexicon)
    # the party the points are from chose them: its name is no word a sentence of its points must hold
    own = set(stems(" ".join(plan.respondents)))
    words = [w for w in words if not any(prose._same(w, o) for o in own)] if own else words
    return words, [h.record for h in hits if h.record.handling != "intet_svar"]


def _value_lead(
    plan: QueryPlan,
    kind: str,
    words: list[str],
    records: list[Record],
    citations: list[Citation],
    lexicon: frozenset[str],
) -> str | None:
    """The value a number, amount or date question asks for, from the sentence of the listed points that holds one
    of that type and most of the question's words; None when no sentence does."""
    cands = prose.candidates(plan.question, kind, words, records, lexicon)
    for c in cands:  # a page reference ("- Side 1" after a quoted response) is no value
        c.values = [v for v in c.values if not re.search(rf"\b(?:[Ss]ide|s\.)\s*{re.escape(v)}\b", c.unit.text)]
    best = next((c for c in cands if c.values), None)
    if best is None or best.share < CONTENT_LEAD_SHARE:
        return None
    r = records[best.hit]
    key = _key_of(citations, r)
    if key is None:
        return None
    value = _pick_value(best, words)
    quote = _q(plan.lang, prose.focused_span(prose.run_on(records, best), [*words, *stems(value)], 300))
    return (
        say("lead_value", plan.lang, label=_label(kind, value, plan.lang), value=value, quote=quote)
        + f" ({point_label(r)}) [{key}]"
    )


def _label(kind: str, value: str, lang: str) -> str:
    """What the lead names the value: "Tidspunkt" / "Date", "Varighed" / "Duration" for a stretch of time, "Andel" / "Share" for a percentage."""
    if kind == "when" and prose.DURATION.fullmatch(value.strip()):
        return say("label_duration", lang)
    if kind == "number" and prose.PERCENT.fullmatch(value.strip()):
        return say("label_share", lang)
    return say(f"label_{kind}", lang)


def _handling_counts(hits: list[Hit], lang: str) -> list[str]:
    """ "Ændring i planen 3", … in the handlings' order: in Danish the høringsnotat's own words for each (the most
    common wording of that value), in English the label with those words after it."""
    from collections import Counter

    counts: Counter = Counter()
    words: dict[str, Counter] = {}
    for h in hits:
        code = h.record.handling or EMPTY_HANDLING
        counts[code] += 1
        if h.record.handling_raw and len(h.record.handling_raw) <= 60:
            words.setdefault(code, Counter())[h.record.handling_raw.strip(" .")] += 1
    out = []
    for code in [*(getattr(x, "value", x) for x in HANDLINGS), EMPTY_HANDLING]:
        if not counts[code]:
            continue
        own = words[code].most_common(1)[0][0] if code in words else None
        label = HANDLING_LABEL[lang].get(code, code)
        name = own if lang != "en" and own else (f"{label} («{own}»)" if own else label)
        out.append(f"{name} {counts[code]}")
    return out


def _cons_name(result: SearchResult, title: str | None, lang: str) -> str:
    return title or "?"


def _cons_when(result: SearchResult, title: str | None, lang: str) -> str:
    c = next((c for c in result.consultations if c.title == title), None)
    if c is None or not c.date:
        return ""
    return f" ({show_date(c.date, lang)})"


def _consultations_answer(result: SearchResult) -> Answer:
    """The consultations in the material: title, date, points, parties, with the høringsnotat cited; for a named
    party, the consultations it answered and how many points it made in each."""
    plan, lang = result.plan, result.plan.lang
    cons = list(result.consultations)
    if plan.unknown_consultation:
        titles = "; ".join(c.label(lang) for c in cons)
        text = say("cons_unknown", lang, name=plan.unknown_consultation, titles=titles)
        return Answer(question=plan.question, answer=text, found=False, citations=[])
    citations: list[Citation] = []
    lines: list[str] = []
    who = say("and", lang).join(plan.respondents)
    shown = [h for h in result.hits]
    if plan.respondents:
        if not shown:
            return Answer(
                question=plan.question,
                answer=say("cons_list_none_party", lang, who=who, m=len(cons)),
                found=False,
                citations=[],
            )
        lines.append(say("cons_list_party", lang, who=who, n=len(shown), m=len(cons)))
    else:
        lines.append(say("cons_list_lead", lang, n=len(cons)) if len(cons) != 1 else say("cons_list_one", lang))
    lines.append("")
    for h in shown:
        c = next(c for c in cons if h.record.doc in c.docs)
        citations.append(Citation.from_record(h.record))
        when = _cons_when(result, c.title, lang)
        if plan.respondents:
            n = sum(1 for r in result.candidates if r.consultation == c.title and r.handling != "intet_svar")
            line = say("cons_line_party", lang, title=c.title, when=when, points=n, who=who)
        else:
            silent = say("cons_silent", lang, k=len(c.silent)) if c.silent else ""
            line = say(
                "cons_line", lang, title=c.title, when=when, points=c.points, parties=len(c.parties), silent=silent
            )
        extra = [say("cons_docs", lang, docs=", ".join(_doc_title(result, d) for d in c.docs))]
        if c.letters:
            who_wrote = ", ".join(c.letter_parties) if c.letter_parties else str(len(c.letters))
            extra.append(say("cons_letters", lang, n=who_wrote))
        lines.append(f"• {line} [{len(citations)}]")
        lines.append(f"  {'; '.join(extra)}")
    return Answer(question=plan.question, answer="\n".join(lines), found=bool(shown), citations=citations)


def _doc_title(result: SearchResult, doc: str) -> str:
    return next((h.record.title for h in result.hits if h.record.doc == doc and h.record.title), doc)


def _overlap_answer(result: SearchResult) -> Answer:
    """The parties that responded to both (all, several) consultations, with their points per consultation cited."""
    plan, lang = result.plan, result.plan.lang
    named = plan.consultations or [c.title for c in result.consultations]
    several = plan.by == "several"
    which = (
        say("overlap_only", lang, a=named[0], b=named[-1])
        if plan.by == "only_first"
        else say("overlap_several", lang)
        if several
        else say("overlap_both", lang)
        if len(named) == 2
        else say("overlap_all", lang, n=len(named))
    )
    cons = say("and", lang).join(named)
    if plan.by == "only_first":
        cons = f"{named[0]} / {named[-1]}"
    if not result.hits:
        return Answer(question=plan.question, answer=say("overlap_none", lang, which=which, cons=cons), found=False)
    by_party: "OrderedDict[str, OrderedDict[str, list[Record]]]" = OrderedDict()
    for h in result.hits:
        by_party.setdefault(h.record.respondent or "?", OrderedDict()).setdefault(h.record.consultation, []).append(
            h.record
        )
    citations: list[Citation] = []
    lines = []
    for who, per in by_party.items():
        parts = []
        for title, rows in per.items():
            first = len(citations) + 1
            citations += [Citation.from_record(r) for r in rows]
            refs = f"[{first}]" if len(rows) == 1 else f"[{first}–{len(citations)}]"
            parts.append(say("overlap_part", lang, title=title, k=len(rows), refs=refs))
        lines.append("• " + say("overlap_line", lang, who=who, parts="; ".join(parts)))
    n = len(by_party)
    parties = say("word_party" if n == 1 else "word_parties", lang)
    head = say("overlap_lead", lang, n=n, parties=parties, which=which, cons=cons)
    return Answer(question=plan.question, answer="\n".join([head, ""] + lines), found=True, citations=citations)


def _handling_words(r: Record, lang: str) -> str:
    """How a point was handled: in Danish the høringsnotat's own words ("Ændres", "Bemærkningen imødekommes
    delvist"), not another document's phrase for the same value; in English the value's label with the own words."""
    own = r.handling_raw if lang != "en" and r.handling_raw and not r.refers_to and len(r.handling_raw) <= 160 else None
    handling = own or HANDLING_LABEL[lang].get(r.handling, r.handling_raw or "")
    raw = (r.handling_raw or "").strip(" .")
    if lang == "en" and raw and not r.refers_to and len(raw) <= 60 and raw.lower() != handling.lower():
        handling += f" («{raw}»)"  # the høringsnotat's own words, as a person would search the source for them
    if r.refers_to:
        handling += f" ({say('row_same_as', lang, ref=r.refers_to)})"
    return handling


def _row_line(r: Record, lang: str) -> str:
    point = f"{r.letter})" if r.letter else say("row_no_letter", lang)
    if r.handling == "intet_svar":
        return HANDLING_LABEL[lang]["intet_svar"] + "."
    line = say("row_line", lang, point=point, summary=r.summary or "", handling=_handling_words(r, lang))
    if r.text_change and r.handling in CHANGED:
        change = r.text_change if len(r.text_change) <= 300 else r.text_change[:300].rsplit(" ", 1)[0] + " …"
        line += " " + say("row_change", lang, change=change)
    return line


def _comment_saying(r: Record, topic: str) -> str:
    """The sentence of the region's comment that says what the question asked it said ("Emnet er indeholdt i …")."""
    from retrieval.reading import related

    cs = related.concepts(topic)
    for sent in sentences(r.text_change or ""):
        if related.match(cs, related.row_words(sent))[0] > 0:
            return _clip(sent, 300)
    return ""


def _scan_answer(result: SearchResult) -> Answer:
    plan, lang = result.plan, result.plan.lang
    who = ", ".join(plan.respondents)
    n_all = len(result.candidates)
    topic = plan.topic or " / ".join(plan.quoted)
    if not result.hits and result.near:
        return _near_answer(result, say("scan_unsure", lang, who=who, n=n_all, topic=topic))
    if not result.hits:
        text = say("scan_no", lang, who=who, n=n_all, topic=topic)
        cites = [Citation.from_record(r) for r in result.candidates]
        return Answer(question=plan.question, answer=text, found=False, citations=cites)
    ans = _rows_answer(result)
    k = len(result.hits)
    head = say("scan_yes", lang, who=who, k=k, n=n_all, topic=topic)
    ans.answer = head + "\n" + ans.answer.split("\n", 1)[1]
    return ans


# --- passages ----------------------------------------------------------------------------------------------------------


def _norm_number(s: str) -> str:
    return re.sub(r"[.,\s]", "", s)


def _covers_names(plan: QueryPlan, hits: list[Hit]) -> bool:
    """The passages (or their documents) name the places and numbers the question names: a question about Region
    Hovedstaden is not answered from Region Sjælland's plan, nor one about "1.500 læger" from a text without it."""
    hay = " ".join(
        " ".join(
            x
            for x in (
                h.record.text,
                h.record.title,
                h.record.publisher or "",
                h.record.section or "",
                h.record.respondent,
            )
            if x
        )
        for h in hits
    ).lower()
    hay_digits = {_norm_number(n) for n in NUMBER.findall(hay)}
    for n in NUMBER.findall(plan.question):
        if len(_norm_number(n)) >= 3 and _norm_number(n) not in hay_digits:
            return False
    # a respondent the question names must be in the passages: "læger i Ishøj" is not answered from a text without Ishøj
    for name in plan.respondents:
        words = _party_words(name)
        if words and not any(w in hay for w in words):
            return False
    return all(name in hay for name in _names(plan.question))


def _holds_what_is_asked(plan: QueryPlan, hits: list[Hit]) -> bool:
    """A question for a date, an amount or a number is answered only by a passage with a sentence that holds one
    and the question's own words, not by nearby text."""
    if not plan.asks:
        return True
    want = set(stems(plan.search_topic or plan.question))
    # NOTE: an English word and its Danish terms are one word of the question ("doctors læger"): two are needed
    # only when the question has two words of its own
    need = min(2, len(set(stems(plan.topic or plan.question))))
    return any(holds_asked(h.record, plan.asks, want, need) for h in hits)


def _names(question: str) -> list[str]:
    """Place and body names in the question: 'Region X' and capitalised words that name a region."""
    out = []
    for m in re.finditer(r"\bRegion(?:en)?\s+([A-ZÆØÅ][a-zæøå]+)", question):
        out.append(re.sub(r"s$", "", prose.danish_region(m.group(1))))
    return out


def _passages_answer(plan: QueryPlan, hits: list[Hit]) -> Answer:
    lang = plan.lang
    q_stems = set(stems(plan.search_topic or plan.question))
    citations, lines = [], []
    lines.append(say("passages_lead", lang))
    for h in hits:
        r = h.record
        citations.append(Citation.from_record(r))
        quote = _best_sentences(r.text, q_stems)
        where = f"{r.title}" + (f", {r.section}" if r.section else "")
        lines.append(f"- «{quote}» ({where}) [{len(citations)}]")
    return Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)


def _best_sentences(text: str, q_stems: set[str], n: int = 2) -> str:
    parts = sentences(re.sub(r"-\n(?=[a-zæøå])", "", text))
    if not parts:
        return squash(text)[:300]
    scored = []
    for i, p in enumerate(parts):
        s = set(stems(p))
        scored.append((len(s & q_stems) + (0.5 if NUMBER.search(p) else 0), -i, p))
    best = sorted(scored, reverse=True)[:n]
    best.sort(key=lambda x: -x[1])  # document order
    out = " … ".join(p for _, _, p in best)
    return out if len(out) <= 600 else out[:600] + " …"


# --- answer first ------------------------------------------------------------------------------------------------------

# what a lead names the value by, per answer type (wording.py "lead_label_*")
TYPED = ("who", "when", "amount", "number", "place")
NEED_SHARE = 0.5  # a sentence that answers holds, with its heading and neighbours, half the question's words
# an amount asked as one party's part of a sum: "how much of … went to X", "hvor meget af …", "brugte X selv"
PART_OF = re.compile(
    r"\b(?:how much of|what part of|hvor meget af|hvor stor en del af|went to|goes to|gik til|går til|spent \w+ own|"
    r"brugte \w+(?: \w+)? selv|\w+ selv (?:på|brugte))\b",
    re.I,
)


def _key_words(plan: QueryPlan, names: frozenset[str] | None = None) -> list[str]:
    """The question's names (capitalised words but its first, acronyms, hyphenated names) as stems: what an answer
    must be about ("PLO-Hovedstaden" is not PLO-Sjælland). `names`: the words the documents capitalise; an English
    question's other capitalised words ("October", "Committee") are not names the Danish text can hold."""
    out = []
    # a person the question names ("ud over formanden Ulrik Heislev") is no name the answer must hold: it is a value
    aside = _aside(plan.question)
    people = {w.lower() for n in prose._names(aside, frozenset()) for w in n.split()} if aside else set()
    # the regions' English names are names too: "the Capital Region" is Region Hovedstaden, "Zealand" Sjælland
    for m in re.finditer(r"\b(capital|zealand|southern|central|north)\b(?=\s+region\b|\s+denmark\b)|"
                         r"\bregion(?:en)?\s+(zealand|southern denmark|central denmark|north denmark|hovedstaden|"
                         r"sjælland|syddanmark|midtjylland|nordjylland)\b|\bzealand\b",
                         plan.question, re.I):  # fmt: skip
        name = prose.danish_region((m.group(1) or m.group(2) or m.group(0)).split()[0])
        for s_ in stems(name):
            if s_ not in out:
                out.append(s_)
    from retrieval.reading.query import _is_acronym_of, _region_shorthand

    # "RH's", "RS-planen": the region written out; "SST" for a party the reading named: the party, held by its rows
    toks = re.findall(r"[A-Za-zÆØÅæøåé]+(?:-[A-Za-zÆØÅæøåé]+)*", _region_shorthand(plan.question))
    for k, t in enumerate(toks):
        if k == 0 and not t.isupper():
            continue
        if t.isupper() and any(_is_acronym_of(t, r) for r in plan.respondents):
            continue
        if names is not None and plan.lang == "en" and not any(p.lower() in names for p in t.split("-")):
            continue
        if (
            t[:1].isupper()
            and t.lower() not in people
            and t.lower() not in prose.CUE_WORDS
            and not (plan.lang == "en" and prose.danish_name_words(t))
        ):
            for s_ in stems(t.replace("-", " ")):
                if s_ not in out and len(s_) >= 2:
                    out.append(s_)
    return out


def _answers(
    plan: QueryPlan, kind: str, words: list[str], c: prose.Candidate, rec: Record, names: frozenset[str] | None = None
) -> bool:
    """Whether a sentence answers a typed question: a value of the type, the question's names in the sentence or
    its passage, and half of its words with the heading and neighbours."""
    if not c.values or c.other:
        return False
    if c.context_share < NEED_SHARE or c.share <= 0:
        return False
    if kind == "who" and _asks_role(plan.question) and not CHAIR_ROLE.search(c.unit.text):
        return False  # "hvem er formand for …" is answered by the sentence that names the chair, not a member
    if kind == "when" and _of_another_document(plan, c.unit.text):
        return False  # the plan's period is not the health agreement's ("Sundhedsaftalen er indgået … 2015-2018")
    if kind == "when" and _asks_of_the_document(plan) and not _DOC_SELF.search(c.unit.text):
        return False  # "which period does the plan cover?" is answered by a sentence about the plan, not its topics
    have = set(
        stems(f"{c.unit.text} {c.heading} {rec.section or ''} {rec.title} {rec.publisher or ''} {rec.respondent or ''}")
    )
    if kind == "amount" and PART_OF.search(plan.question):
        # "how much of the clean-up money went to Region Zealand?": the part's holder is named by the sentence
        # itself; the document's own region does not make a total its part
        have = set(stems(f"{c.unit.text} {c.heading}"))
    return all(prose.held([k], have) for k in _key_words(plan, names))


# documents a sentence may be about, other than the one it stands in
OTHER_DOCUMENT = re.compile(
    r"(?:sundhedsaftale|overenskomst|forhandlingsaftale|rammeaftale|sundhedslov|aftale)\w*", re.I
)


def _of_another_document(plan: QueryPlan, sentence: str) -> bool:
    """Whether a sentence's subject is a document the question does not ask about: "Sundhedsaftalen er indgået … for
    perioden 2015-2018" gives the health agreement's period, not the practice plan's."""
    m = re.match(r"\W*(\w+)", sentence)
    if not m or not OTHER_DOCUMENT.fullmatch(m.group(1)):
        return False
    head = stems(m.group(1))[:1]
    asked = set(stems(f"{plan.question} {plan.topic_da}"))
    return not any(prose._same(h, a) for h in head for a in asked)


# a document's own words for itself, and a date question's words about a document's life
_DOC_SELF = re.compile(r"\w*(?:plan|udspil|oplæg|aftale)\w*", re.I)
_DOC_LIFE = re.compile(
    r"periode\w*|period|periods|år|årene|years?|dækker|dække|cover|covers|gælder|gælde|valid|løber|runs?|run|"
    r"vedtaget|vedtages|adopted|godkendt|godkendes|approved|ikraft|kraft|effect|force|starter|start|starts|slutter|"
    r"ends?|udløber|expires?|hvornår|when|which|hvilken|hvilke|does|do|did|the|den|det",
    re.I,
)


def _asks_of_the_document(plan: QueryPlan) -> bool:
    """Whether a date question asks about a named document itself ("Which period does Region Sjælland's practice
    plan cover?", "hvornår blev praksisplanen vedtaget?"): its words are the document's name and its life's."""
    if not plan.docs:
        return False
    words = re.findall(r"[\wæøåÆØÅ'’-]+", plan.topic)
    title = set(stems(" ".join(plan.doc_titles)))
    rest = [
        w
        for w in words
        if not _DOC_LIFE.fullmatch(w)
        and not _DOC_SELF.fullmatch(w)
        and not any(prose._same(st, t) for st in stems(w.replace("'s", "").replace("’s", "")) for t in title)
        and w.lower().replace("’", "'") not in ("zealand's", "zealand", "practice", "region", "region's")
    ]
    return bool(words) and not rest


def _near_miss(plan: QueryPlan, kind: str, words: list[str], cands: list[prose.Candidate]):
    """The sentence that comes nearest: most of the question's words (and a value of the type when there is one)."""
    if not cands:
        return None
    best = max(cands, key=lambda c: (round(c.context_share + c.share, 2), bool(c.values), -c.hit))
    return best if best.context_share >= 0.34 else None


def _where(r: Record) -> str:
    return f"{r.title}" + (f", {r.section}" if r.section else "")


def _surface(plan: QueryPlan, stems_: list[str]) -> list[str]:
    """The question's own words for some stems ("Hovedstaden" for "hovedstad")."""
    out = []
    for t in re.findall(r"[A-Za-zÆØÅæøåé]+(?:-[A-Za-zÆØÅæøåé]+)*", plan.question):
        for part in [t] + t.split("-"):
            st = stems(part)
            if st and any(prose._same(st[0], m) for m in stems_) and part not in out:
                out.append(part)
    return out


def _q(lang: str, text: str) -> str:
    return f"«{text}»" if lang != "en" else f"“{text}”"


def _absent(
    plan: QueryPlan,
    kind: str,
    near: prose.Candidate,
    pool: list[Hit],
    names: frozenset[str] | None = None,
    lacks: str = "",
) -> Answer:
    """Not found, with the nearest sentence and what it lacks: a value of the type, or some of the question's words."""
    lang = plan.lang
    rec = pool[near.hit].record
    cite = Citation.from_record(rec)
    missing = _surface(plan, [w for w in _key_words(plan, names) if w in near.missing] or near.missing)
    missing = [w for w in missing if len(w) >= 3][:4]  # "pr." is how a rate is asked, no word to miss
    lacks = [lacks] if lacks else []
    if missing and not lacks:
        lacks.append(say("absent_words", lang, words=", ".join(_q(lang, w) for w in missing)))
    if kind in TYPED and not near.values:
        # NOTE: a sentence whose value is of another thing ("ca. 14 mio. kr." in all, asked per consultation) is not
        # said to give none
        other = prose.values(kind, near.unit.text, set(), frozenset()) if kind != "who" else []
        if other:
            lacks.append(say("absent_value_other", lang, value=other[0]))
        else:
            lacks.append(say("absent_value", lang, what=say(f"value_{kind}", lang)))
    text = (
        say("not_found", lang)
        + " "
        + say("absent_near", lang, quote=_q(lang, _clip(near.unit.text)), where=_where(rec))
    )
    if lacks:
        text += " " + " ".join(lacks)
    return Answer(question=plan.question, answer=text, found=False, citations=[cite])


def _clip(text: str, n: int = 300) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


# a question for several people: "hvilke læger …", "which members …", "who else", "ud over formanden …"
MANY_WHO = re.compile(
    r"\b(?:hvilke|which)\s+(?:[\w-]+\s+){0,2}?(?:læger|personer|medlemmer|repræsentanter|people|persons|members|"
    r"GPs|doctors|representatives)\b|\b(?:hvem|who)\s+(?:ellers|else|andre|others)\b|\bwho are the\b"
    # membership: "hvem sidder for PLO-Sjælland i udvalget", "who sits on the committee for the GPs"
    r"|\b(?:hvem|who)\s+(?:sidder|sad|sits|sit|sat|is on|are on|er med|er medlem\w*|repræsenterer|represents?)\b"
    r"|\b(?:ud over|udover|bortset fra|besides|apart from|other than|except)\b",
    re.I,
)
MANY_SLACK = 0.6  # a name of the same list scores this close to the best one


# what a question sets aside: "ud over formanden Ulrik Heislev", "apart from Ulrik Heislev," (up to a comma or the end)
EXCLUDED = re.compile(r"\b(?:ud over|udover|bortset fra|besides|apart from|aside from|other than|except(?: for)?)\s+"
                      r"([^,?.;:]+)", re.I)  # fmt: skip
CHAIR_ROLE = re.compile(r"\b(formand\w*|næstformand\w*|chair\w*|direktør\w*|director|borgmester\w*|mayor)\b", re.I)


@functools.lru_cache(maxsize=256)
def _aside(question: str) -> str:
    """What the question sets aside ("formanden Ulrik Heislev"), or "" (read once per question, not per sentence)."""
    m = EXCLUDED.search(question)
    return m.group(1) if m else ""


@functools.lru_cache(maxsize=256)
def _asks_role(question: str) -> bool:
    """The question asks for a chair (a role word outside what it sets aside)."""
    m = EXCLUDED.search(question)
    return bool(CHAIR_ROLE.search(question[: m.start()] if m else question))


def _without_excluded(question: str, words: list[str]) -> list[str]:
    """The question's words less those only of what it sets aside: the answer need not hold them."""
    m = EXCLUDED.search(question)
    if not m:
        return words
    aside = set(stems(m.group(1)))
    rest = set(stems(question[: m.start()] + " " + question[m.end() :]))
    out = [
        w
        for w in words
        if not (
            any(prose._same(x, a) for x in w.split("|") for a in aside) and not any(prose._same(w, r) for r in rest)
        )
    ]
    return out or words


def _same_list(good: list[prose.Candidate], records: list[Record]) -> list[prose.Candidate]:
    """The answering sentences from the best one's passage that score nearly as well: the lines of one list, in the
    list's own order."""
    if not good:
        return []
    best = good[0]
    same = [c for c in good if c.hit == best.hit and c.score >= best.score - MANY_SLACK][:8]
    us = [u.text for u in prose.record_units(records[best.hit])]
    return sorted(same, key=lambda c: next((k for k, t in enumerate(us) if c.unit.text.startswith(t)), len(us)))


def _pick_value(c: prose.Candidate, words: list[str]) -> str:
    """Of several values in the sentence, the one nearest the question's words; a timeline's dated line gives its
    whole date ("December 2019 – Februar 2020")."""
    head = re.match(r"^([^:]{3,40}):", c.unit.text)
    if head and len(c.values) > 1 and all(v in head.group(1) for v in c.values):
        return head.group(1).strip()
    if len(c.values) == 1:
        return c.values[0]
    low = c.unit.text.lower()
    # a value in parentheses is an aside ("godt 20 % …, typisk hos en psykolog (14,58 %)"): the others come first
    aside = {v for v in c.values if re.search(r"\([^()]*" + re.escape(v.lower()) + r"[^()]*\)", low)}
    if 0 < len(aside) < len(c.values):
        c = dataclasses.replace(c, values=[v for v in c.values if v not in aside])
        if len(c.values) == 1:
            return c.values[0]
    anchors = [low.find(w[:5]) for w in words if low.find(w[:5]) >= 0]
    if not anchors:
        return c.values[0]
    return min(c.values, key=lambda v: min(abs(low.find(v.lower()) - a) for a in anchors))


def _list_lead(
    plan: QueryPlan, cands, records: list[Record], lead: list[str], chosen: list, words: list[str] = ()
) -> bool:
    """A "which …" question answered by a passage that is a list (a slide of short lines, a numbered list): its
    heading and its items, from the line that holds the question's words (a figure's "Obligatoriske
    indsatsområder" over its three items, far down a long passage); an item that holds the question's words is
    quoted around them, not cut at its start."""
    if not cands:
        return False
    # NOTE: the best passage that is a list, among the sentences near the best one: a prose sentence that shares a
    # word or two with the question ("Det indebærer konkret …") does not hide the slide whose heading it asks for
    best = None
    for c in cands[:12]:
        if c.score < cands[0].score - 1.0:
            break
        r = records[c.hit]
        if r.is_row:
            continue  # a point's summary, quote and comment are sentences of three fields, not a list
        us = prose.record_units(r)
        short = [u for u in us if len(u.text) <= 160]
        if len(us) >= 3 and len(short) >= 0.7 * len(us):
            best = c
            break
    if best is None or best.context_share < NEED_SHARE:
        return False  # a list about something else ("waiting times" answered by a party's list of wishes)
    # an overview's item that the question is about ("3. Konkrete områder …"): the passage that takes it up
    item = next((c for c in cands[:3] if c.hit == best.hit and c.unit.item is not None), None)
    told = prose.item_told(records, item) if item is not None else None
    if told is not None:
        best = dataclasses.replace(best, hit=told[0])
    r = records[best.hit]
    us = prose.record_units(r)
    head = r.section.split(":", 1)[-1].strip() if r.section else us[0].text
    items = [u.text for u in us if prose.squash_key(u.text) not in prose.squash_key(head)]
    # the words the document's own title and region hold ("Region Sjællands praksisplan") say which document, not
    # which line of it
    scope = prose.doc_scope(r)  # (a list is never a row: no respondent)
    words = [w for w in words if not prose.held([w], scope)]
    # … and the words of the passage's own heading ("4. Sundhedsaftale > …") say which passage, not which line
    inner = [w for w in words if not prose.held([w], set(stems(r.section or "")))]
    own = [len(prose.held(list(inner), set(stems(t)))) for t in items]
    top = max(own, default=0)
    if top >= 2 and len(words) >= 3:
        # NOTE: of the lines that hold as much, a line that heads what follows ("Overordnede mål") over a sentence
        is_head = lambda t: len(t) < 70 and not t.endswith((".", ",", ";", "!", "?"))  # noqa: E731
        j = next((k for k, o in enumerate(own) if o == top and is_head(items[k])), own.index(top))
        if len(items[j]) > 100 and top >= 0.6 * len(words) and sum(o == top for o in own) == 1:
            return False  # "hvilke to faktorer …": one sentence of the passage says it; the sentence answers
        heading = len(items[j]) < 70 and not items[j].endswith((".", ",", ";", "!", "?"))
        if j >= 8 or (heading and j > 0):
            # the list the question asks for starts far down the passage, or under a line that names it
            items = items[j if heading else j - 1 :]
    items = items[:8]
    if len(items) < 2:
        return False
    chosen.append((best.hit, head))
    listed = "; ".join(
        prose.focused_span(t, list(words), 200) if len(prose.held(list(words), set(stems(t)))) >= 2 else _clip(t, 70)
        for t in items
    )
    lead.append(say("lead_list", plan.lang, head=_q(plan.lang, _clip(head, 120)) + ":", items=listed))
    return True


def _defining_first(plan: QueryPlan, cands: list, words: list[str]) -> list:
    """ "what is meant by a discharge window?": the sentence that defines it, before one that only names it."""
    if not prose.MEANING_ASK.search(plan.question) or not cands:
        return cands
    # NOTE: among the sentences that hold as much of the question as the best one: a defining sentence far down the
    # ranking that holds less is about another word
    top = max(c.share for c in cands)
    return sorted(cands, key=lambda c: not (c.share >= top and prose.defines(c.unit.text, words)))


def _about_party(plan: QueryPlan, r: Record) -> bool:
    if r.respondent in plan.respondents:
        return True
    text = f"{r.text} {r.section or ''}".lower()
    # all of its own name words: "Foreningen af yngre læger" is not every passage that says "læger"
    return any((words := _party_words(name)) and all(w in text for w in words) for name in plan.respondents)


def _party_words(name: str) -> list[str]:
    """A respondent's own name words, not "Kommune" or "Region": what a passage about it must hold."""
    return [w for w in re.findall(r"[a-zæøå]+", name.lower()) if w not in GENERIC_NAME_WORDS and len(w) > 2]


def _says(plan: QueryPlan, c: prose.Candidate, records: list[Record]) -> bool:
    """A sentence that says something the question asks: more than the question's own words, and, from the points of
    a party the question names, half of the question's words ("waiting times" are not in Ishøj's wishes)."""
    if len(c.unit.text.split()) < 4 or not prose.says_more(c, plan.question):
        return False
    return not (records[c.hit].is_row and plan.respondents and c.context_share < NEED_SHARE)


def _holds_names(
    plan: QueryPlan, cands: list[prose.Candidate], records: list[Record], names: frozenset[str] | None
) -> Callable[[prose.Candidate], bool]:
    """Whether a sentence, with its heading and neighbours, holds every name of the question's topic: asked only
    where the best match holds them all and says nothing more (a title), so the names are what the question is
    about; otherwise every sentence passes. Read once per question, not once per sentence."""
    keys = _key_words(plan, names)

    def held(x: prose.Candidate) -> bool:
        return not any(prose._same(k, m) for k in keys for m in x.missing)

    if not cands or _says(plan, cands[0], records) or not held(cands[0]):
        return lambda _c: True
    return held


def _first_saying(
    plan: QueryPlan, cands: list[prose.Candidate], records: list[Record], names: frozenset[str] | None
) -> prose.Candidate | None:
    """The best sentence that says something the question asks and holds its names where those are what it is
    about (_says, _holds_names)."""
    named = _holds_names(plan, cands, records, names)
    return next((c for c in cands if _says(plan, c, records) and named(c)), None)


def _lead_answer(
    plan: QueryPlan, hits: list[Hit], pool: list[Hit], lexicon: frozenset[str], names: frozenset[str] | None = None
) -> Answer:
    """A look-up answered first: a lead that states the value (name, date, number, item, list) with its citation,
    the quoted sentence it comes from, then the other passages. A typed question that no sentence answers is "not
    found", with the nearest sentence."""
    lang = plan.lang
    kind = prose.answer_type(plan.question)
    words = prose.content_words(plan.question, plan.topic_da, plan.lang, lexicon, names)
    rows = [h.record for h in pool if h.record.is_row and h.record.respondent in plan.respondents]
    if rows and all(r.handling == "intet_svar" for r in rows) and set(plan.respondents) <= {r.respondent for r in rows}:
        # "what did FYL recommend?": a party that was consulted and did not respond said nothing to quote
        return _silent_party(plan, rows[0])
    if plan.respondents:
        # NOTE: a party the question names is what the answer is about: its own points, or a passage that names it
        pool = [h for h in pool if _about_party(plan, h.record)]
        hits = [h for h in hits if _about_party(plan, h.record)]
    words = _without_excluded(plan.question, words)
    records = [h.record for h in pool]
    lead: list[str] = []
    chosen: list[tuple[int, str]] = []  # (pool index, quoted text)
    item = prose.asked_item(plan.question) if kind == "item" else None
    count = prose.asked_count(plan.question) if kind in ("list", "item") else None
    if item:
        cands = prose.item_candidates(item[0], item[1], records, words)
        if cands and cands[0].score >= 1.0:
            c = cands[0]
            chosen.append((c.hit, c.unit.text))
            lead.append(
                say(
                    "lead_item",
                    lang,
                    noun=(item[0][:1].upper() + item[0][1:]) if item[0] else say("item_number", lang),
                    n=item[1],
                    quote=_q(lang, _clip(c.unit.text)),
                )
            )
    split = prose.breakdown(plan.question, records) if not item else None
    if split is not None:
        # "hvordan skal de 1.500 læger fordeles?": the table that divides the total, row by row
        i, intro, rows = split
        chosen.append((i, intro or rows[0]))
        lead.append(say("lead_list", lang, head=_q(lang, _clip(intro, 160)) if intro else "", items="; ".join(rows)))
    elif count and kind == "list":
        found = prose.list_after(count[1], count[0], records)
        if found:
            i, head, items = found
            # a list run on into the next passage cites that passage too
            chosen.append((i, head.text, sorted({u.hit for u in items if u.hit is not None})))
            listed = "; ".join(_clip(u.text, 120) for u in items)
            lead.append(say("lead_list", lang, head=_q(lang, _clip(head.text, 160)), items=listed))
        else:
            # "Nævn de seks forslag": a sentence that names six proposals without listing them is the near miss
            said = prose.announced(count[1], count[0], records)
            if said is not None:
                near = prose.Candidate(said[0], said[1], [], 0.0, 0.0, 0.0)
                return _absent(plan, "list", near, pool, names, lacks=say("absent_items", lang, n=count[1]))
    elif (
        kind == "list"
        and (noun := prose.asked_noun(plan.question))
        and (found := prose.list_after(0, noun.split()[-1], records))
    ):
        # "hvilke kommunikationsproblemer peger X på?": a sentence that numbers its items ("1) …, 2) …") names them
        i, head, items = found
        said = set(stems(" ".join([head.text] + [u.text for u in items])))
        # NOTE: of the party the question names, or about the question's other words: not any numbered list that
        # names the noun somewhere in the pool
        if plan.respondents or len(prose.held(words, said)) >= 2:
            chosen.append((i, head.text))
            listed = "; ".join(u.text for u in items)
            lead.append(say("lead_list", lang, head=_q(lang, _clip(head.text, 160)), items=listed))
    if not lead:
        cands = prose.candidates(plan.question, kind, words, records, lexicon, plan.docs)
        if kind == "list" and NAMES_ASK.search(plan.question) and (noun := prose.asked_noun(plan.question)):
            # "Hvilke øer har en ø-læge? navne tak": a sentence that counts them ("de tre øer") without a list of
            # them anywhere near the question's words names none: said so, with the count as the near miss
            head = [w for w in noun.split() if not w.lower().endswith("ly")][-1:] or noun.split()[-1:]
            if lang == "en":
                from retrieval.reading.glossary import danish_terms

                head = [min((danish_terms(head[0]) or head[0]).split(), key=len)]
            said = prose.counted_only(head[0], cands[:8], records)
            if said is not None:
                near, n = said
                return _absent(plan, "list", near, pool, names, lacks=say("absent_items", lang, n=n))
        unread = prose.unread_words(plan.question, lexicon) if lang == "en" and len(words) <= 1 else []
        if len(unread) >= 2 and cands:
            # "did the regional council vote unanimously …": most of what it asks has no Danish word here, and one
            # word alone is no reading of it; the words it could not read are named, not set aside
            return _absent(plan, kind, cands[0], pool, names,
                           lacks=say("absent_words", lang, words=", ".join(_q(lang, w) for w in unread[:4])))  # fmt: skip
        if kind in TYPED:
            good = [c for c in cands if _answers(plan, kind, words, c, records[c.hit], names)]
            if not good and kind == "number":
                unit = prose.asked_unit(plan.question, words)
                counted = prose.counted_items(unit, records) if unit else None
                if counted is not None:
                    # "how many prerequisites does PLO-Sjælland list": the list itself, counted
                    i, head, items = counted
                    chosen.append((i, head.text))
                    listed = "; ".join(_clip(u.text, 70) for u in items)
                    lead.append(
                        say("lead_value", lang, label=say("label_number", lang), value=str(len(items)),
                            quote=_q(lang, head.text) + " " + listed)
                    )  # fmt: skip
            if not good and not lead:
                near = _near_miss(plan, kind, words, cands)
                if near is not None:
                    return _absent(plan, kind, near, pool, names)
                return _not_found(plan)
            # a value the question itself names ("ud over formanden Ulrik Heislev") is not its answer
            asked = [w.lower() for w in re.findall(r"[\wæøåÆØÅ]{2,}", plan.question)]

            def named_in_question(v: str) -> bool:  # "Ulrik Hesislev" (a typo in the plan) is "Ulrik Heislev"
                vw = re.findall(r"[^\W\d]{2,}", v)
                return bool(vw) and kind == "who" and all(any(prose._same(w.lower(), a) for a in asked) for w in vw)

            others = [c for c in good if not all(named_in_question(v) for v in c.values)]
            if good and not others and not lead:
                return _not_found(plan, pool, lexicon, names)
            good = others
            same = _same_list(good, records) if kind == "who" and MANY_WHO.search(plan.question) else []
            if lead:
                pass
            elif len(same) > 1:
                # "hvilke læger fra PLO-Sjælland sidder i udvalget?": every name of the list that answers
                values = list(dict.fromkeys(_pick_value(c, words) for c in same))
                chosen.append((same[0].hit, same[0].unit.text))
                lead.append(
                    say("lead_value", lang, label=say("label_who_many", lang), value=", ".join(values),
                        quote=_q(lang, _clip("; ".join(c.unit.text for c in same), 340)))
                )  # fmt: skip
            else:
                c = good[0]
                value = _pick_value(c, words)
                chosen.append((c.hit, c.unit.text))
                lead.append(
                    say(
                        "lead_value",
                        lang,
                        label=_label(kind, value, lang),
                        value=value,
                        quote=_q(lang, prose.focused_span(prose.with_antecedent(records, c), list(words), 340)),
                    )
                )
        elif (
            kind == "list"
            and not prose.CONTENT_ASK.search(plan.question)
            and _list_lead(plan, cands, records, lead, chosen, words)
        ):
            # NOTE: not "what does X contain": a list that holds X among its items is X's siblings, not its content
            pass
        elif (c := _first_saying(plan, _defining_first(plan, cands, words), records, names)) is not None:
            # NOTE: a sentence that only repeats the question's words (a slide's title) answers nothing, and where
            # the best match is such a title, one without the question's names is about something else
            # ("PLO-Sjællands vision" for a slide titled "FAPS-Sjællands vision" and nothing more)
            c = prose.negation_after(plan.question, records, c)
            told = prose.item_told(records, c)
            if told is not None:
                # "3. Konkrete områder med behov for styrket samarbejde" on an overview slide: the slide that
                # takes the item up ("Input til praksisplanen – konkrete områder") holds what it is
                i, items = told
                chosen.append((i, records[i].section or items[0].text))
                listed = "; ".join(_clip(u.text, 120) for u in items)
                head = (records[i].section or "").split(":", 1)[-1].strip() or c.unit.text
                lead.append(say("lead_list", lang, head=_q(lang, _clip(head, 120)) + ":", items=listed))
            elif (
                kind in ("what", "list")
                and prose.CONTENT_ASK.search(plan.question)
                and not prose.says_content(records, c)
            ):
                # "Hvad indeholder Kræftplan IV?": a sentence that only names it ("… fremlægges i 2016") says nothing
                # of what it holds
                return _absent(plan, kind, c, pool, names, lacks=say("absent_more", lang))
            else:
                chosen.append((c.hit, c.unit.text))
                # NOTE: a long sentence (a quoted response runs on for hundreds of words) is cut to the span that holds the
                # question's words, not to its first 340 characters
                text = prose.focused_span(prose.run_on(records, c), list(words), 340)
                lead.append(say("lead_sentence", lang, quote=_q(lang, text)))
    if not lead:
        if kind == "what" and records:
            titled = [c for c in prose.candidates(plan.question, kind, words, records, lexicon, plan.docs)]
            if titled and titled[0].context_share >= NEED_SHARE:
                # the documents name it (a title, a heading) but say nothing more about it
                return _absent(plan, kind, titled[0], pool, names, lacks=say("absent_more", lang))
        if plan.respondents:
            return _not_found(plan)  # no sentence of the party's points (or about it) answers: not a passage dump
        return _passages_answer(plan, hits)
    cites = CitationKeys()
    citations, key = cites.citations, cites.key

    lines = []
    for (i, _, *more), text in zip(chosen, lead):
        r = records[i]
        first = key(r)
        also = "".join(f"[{key(records[j])}]" for j in (more[0] if more else []))
        lines.append(f"{text} ({_where(r)}) [{first}]{also}")
        if r.is_row and r.handling and YESNO_OUTCOME.search(plan.question):
            # "…, og blev planen ændret?": the point's handling answers the second question
            handling = _handling_words(r, lang).rstrip(".")
            lines.append(say("lead_outcome", lang, point=point_label(r), handling=handling) + f" [{first}]")
    q_stems = set(stems(plan.search_topic or plan.question))
    rest = [h for h in hits if h.record.id not in cites]
    if rest:
        lines += ["", say("lead_more", lang)]
    for h in rest:
        r = h.record
        lines.append(f"- {_q(lang, _best_sentences(r.text, q_stems))} ({_where(r)}) [{key(r)}]")
    return Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)
