"""answer(question) -> Answer. The default answerer is extractive (no LLM): a lead sentence in the question's language,
then the rows grouped by respondent or the best passages quoted, every item with its citation."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections import OrderedDict

from retrieval.errors import PlansvarError
from retrieval.lexical import stems
from retrieval.query import QueryPlan
from retrieval.search import Hit, Retriever, SearchResult
from retrieval.types import Answer, Citation, Record
from retrieval.vocab import HANDLINGS, NO_HANDLING, RESPONDENT_TYPES

log = logging.getLogger(__name__)

MAX_QUESTION = 2000
DENSE_FLOOR = 0.80  # below this cosine a passage is not about the question at all
# the best passage must hold a good share of the question's words, or be semantically very close on its own
ANSWER_COVERAGE = 0.3
ANSWER_DENSE = 0.86

NOT_FOUND = {
    "da": "Det fremgår ikke af dokumenterne.",
    "en": "The documents do not say.",
}

# NOTE: derived views of the vocabulary (retrieval/vocab.py), kept as dicts because drafts and exports index them
HANDLING_LABEL = {lang: {**{h.value: t.label(lang) for h, t in HANDLINGS.items()}, None: NO_HANDLING[lang]}
                  for lang in ("da", "en")}

ROWS_TEXT = {
    "da": {"all": "Alle {n} høringspunkter", "one": "Ét høringspunkt", "about": " om «{topic}»",
           "how": "Fundet ved gennemgang af alle {n} høringspunkter, der matcher filtrene",
           "how_topic": ", og udvalgt efter emnet."},
    "en": {"all": "All {n} consultation points", "one": "One consultation point", "about": " about “{topic}”",
           "how": "Found by checking all {n} consultation points that match the filters",
           "how_topic": ", then selecting those about the topic."},
}

TYPE_LABEL = {lang: {t.value: term.label(lang) for t, term in RESPONDENT_TYPES.items()} for lang in ("da", "en")}


class ExtractiveAnswerer:
    """Answers from the retrieved records alone: what it says is quoted or listed, with a citation per item."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def answer(self, question: str, qid: str | None = None, context: str | None = None) -> Answer:
        return self.answer_with_result(question, qid, context)[0]

    def answer_with_result(self, question: str, qid: str | None = None,
                           context: str | None = None) -> tuple[Answer, SearchResult]:
        """The answer and the search behind it (the LLM answerer writes its text from the same search)."""
        t0 = time.perf_counter()
        q = validate_question(question)
        plan = self.retriever.plan(q)
        if context and _is_follow_up(plan):
            plan = merge_follow_up(self.retriever.plan(context), plan)
        result = self.retriever.search(plan)
        ans = compose(result)
        ans.id = qid or uuid.uuid4().hex[:12]
        ans.question = q
        log.info("answered", extra={"qid": ans.id, "found": ans.found, "citations": len(ans.citations),
                                    "mode": result.mode, "ms": round(1000 * (time.perf_counter() - t0))})
        return ans, result


def validate_question(question: str | None) -> str:
    q = re.sub(r"\s+", " ", question or "").strip()
    if not q:
        raise PlansvarError("the question is empty: ask e.g. 'Hvad sagde kommunerne om fasttilknyttede læger?'")
    if len(q) > MAX_QUESTION:
        raise PlansvarError(f"the question is {len(q)} characters long; the limit is {MAX_QUESTION}. Ask a shorter question.")
    return q


def _is_follow_up(plan: QueryPlan) -> bool:
    """A short question that only changes a filter: "og hospitalerne?", "what about Gentofte?"."""
    return len(plan.question.split()) <= 5 and (plan.has_row_filters or not plan.topic)


def merge_follow_up(previous: QueryPlan, new: QueryPlan) -> QueryPlan:
    """The earlier question's topic and shape, with the follow-up's filters in place of the earlier ones."""
    merged = QueryPlan(**{**previous.__dict__})
    merged.question = new.question
    merged.lang = new.lang if len(new.question.split()) > 2 else previous.lang
    if new.respondents or new.respondent_types:
        merged.respondents, merged.respondent_types = new.respondents, new.respondent_types
    if new.handlings:
        merged.handlings = new.handlings
    if new.topic and not new.has_row_filters:
        merged.topic = new.topic
    merged.rows_question = previous.rows_question or new.rows_question
    merged.is_list = previous.is_list or new.is_list
    return merged


# --- composing ---------------------------------------------------------------------------------------------------------


def compose(result: SearchResult) -> Answer:
    plan = result.plan
    if result.mode == "rows":
        if plan.scan:
            return _scan_answer(result)
        if not result.hits:
            return _not_found(plan)
        return _rows_answer(result)
    hits = [h for h in result.hits if h.dense >= DENSE_FLOOR]
    if hits and not any(h.coverage >= ANSWER_COVERAGE or h.dense >= ANSWER_DENSE for h in hits):
        hits = []
    if not hits or not _covers_names(plan, hits):
        return _not_found(plan)
    return _passages_answer(plan, hits)


def _not_found(plan: QueryPlan) -> Answer:
    return Answer(question=plan.question, answer=NOT_FOUND[plan.lang], found=False, citations=[])


def _describe_filters(plan: QueryPlan) -> str:
    lang = plan.lang
    parts = []
    if plan.respondents:
        parts.append(", ".join(plan.respondents))
    if plan.respondent_types:
        parts.append(", ".join(TYPE_LABEL[lang].get(t, t) for t in plan.respondent_types))
    if plan.handlings:
        label = " / ".join(f"'{HANDLING_LABEL[lang][h]}'" for h in plan.handlings)
        parts.append(("håndtering " if lang == "da" else "handling ") + label)
    if plan.themes:
        parts.append(("tema " if lang == "da" else "theme ") + ", ".join(plan.themes))
    return "; ".join(parts)


def _rows_answer(result: SearchResult) -> Answer:
    plan, lang, hits = result.plan, result.plan.lang, result.hits
    n = len(hits)
    filters = _describe_filters(plan)
    topic = " / ".join(plan.quoted) if plan.quoted else plan.topic
    t = ROWS_TEXT[lang]
    lead = t["all"].format(n=n) if n != 1 else t["one"]
    if filters:
        lead += f" ({filters})"
    if topic:
        lead += t["about"].format(topic=topic)
    how = t["how"].format(n=result.scanned) + (t["how_topic"] if topic else ".")
    lines = [f"{lead}:", ""]
    citations: list[Citation] = []
    groups: "OrderedDict[str, list[Hit]]" = OrderedDict()
    for h in hits:
        groups.setdefault(h.record.respondent or "?", []).append(h)
    for resp, group in groups.items():
        lines.append(f"{resp}:")
        for h in group:
            citations.append(Citation.from_record(h.record))
            lines.append(f"  {_row_line(h.record, lang)} [{len(citations)}]")
    lines += ["", how]
    return Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)


def _row_line(r: Record, lang: str) -> str:
    point = f"{r.letter})" if r.letter else ("punkt uden bogstav" if lang == "da" else "point without letter")
    if r.handling == "intet_svar":
        return HANDLING_LABEL[lang]["intet_svar"] + "."
    handling = HANDLING_LABEL[lang].get(r.handling, r.handling_raw or "")
    if r.refers_to:
        handling += f" ({'samme som' if lang == 'da' else 'same as'} {r.refers_to})"
    line = f"{point} {r.summary or ''} — {'Håndtering' if lang == 'da' else 'Handling'}: {handling}."
    if r.text_change and r.handling in ("aendring", "delvist"):
        change = r.text_change if len(r.text_change) <= 300 else r.text_change[:300].rsplit(" ", 1)[0] + " …"
        line += f" {'Tekstændring' if lang == 'da' else 'Text change'}: {change}"
    return line


def _scan_answer(result: SearchResult) -> Answer:
    plan, lang = result.plan, result.plan.lang
    who = ", ".join(plan.respondents)
    n_all = len(result.candidates)
    topic = plan.topic or " / ".join(plan.quoted)
    if not result.hits:
        text = (f"Nej. Ingen af {who}s {n_all} høringspunkter handler om «{topic}» (alle punkter er gennemgået)."
                if lang == "da" else
                f"No. None of the {n_all} consultation points from {who} is about “{topic}” (all points were checked).")
        cites = [Citation.from_record(r) for r in result.candidates]
        return Answer(question=plan.question, answer=text, found=False, citations=cites)
    ans = _rows_answer(result)
    k = len(result.hits)
    head = (f"Ja. {who} nævner «{topic}» i {k} af sine {n_all} høringspunkter (alle punkter er gennemgået):"
            if lang == "da" else
            f"Yes. {who} mentions “{topic}” in {k} of its {n_all} consultation points (all points were checked):")
    ans.answer = head + "\n" + ans.answer.split("\n", 1)[1]
    return ans


# --- passages ----------------------------------------------------------------------------------------------------------

NUMBER = re.compile(r"\d+(?:[.,]\d{3})*(?:[.,]\d+)?")


def _norm_number(s: str) -> str:
    return re.sub(r"[.,\s]", "", s)


def _covers_names(plan: QueryPlan, hits: list[Hit]) -> bool:
    """The passages (or their documents) name the places and numbers the question names: a question about Region
    Hovedstaden is not answered from Region Sjælland's plan, nor one about "1.500 læger" from a text without it."""
    hay = " ".join(
        " ".join(x for x in (h.record.text, h.record.title, h.record.publisher or "", h.record.section or "") if x)
        for h in hits
    ).lower()
    hay_digits = {_norm_number(n) for n in NUMBER.findall(hay)}
    for n in NUMBER.findall(plan.question):
        if len(_norm_number(n)) >= 3 and _norm_number(n) not in hay_digits:
            return False
    return all(name in hay for name in _names(plan.question))


def _names(question: str) -> list[str]:
    """Place and body names in the question: 'Region X' and capitalised words that name a region."""
    out = []
    for m in re.finditer(r"\bRegion(?:en)?\s+([A-ZÆØÅ][a-zæøå]+)", question):
        out.append(re.sub(r"s$", "", m.group(1).lower()))
    return out


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"”«•])|\s+(?=[•]\s)")


def _passages_answer(plan: QueryPlan, hits: list[Hit]) -> Answer:
    lang = plan.lang
    q_stems = set(stems(plan.search_topic or plan.question))
    citations, lines = [], []
    lead = "Ifølge dokumenterne:" if lang == "da" else "According to the documents (quoted in Danish):"
    lines.append(lead)
    for h in hits:
        r = h.record
        citations.append(Citation.from_record(r))
        quote = _best_sentences(r.text, q_stems)
        where = f"{r.title}" + (f", {r.section}" if r.section else "")
        lines.append(f"- «{quote}» ({where}) [{len(citations)}]")
    return Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)


def _best_sentences(text: str, q_stems: set[str], n: int = 2) -> str:
    flat = re.sub(r"\s+", " ", re.sub(r"-\n(?=[a-zæøå])", "", text))
    parts = [p.strip() for p in SENTENCE.split(flat) if p and p.strip()]
    if not parts:
        return re.sub(r"\s+", " ", text)[:300]
    scored = []
    for i, p in enumerate(parts):
        s = set(stems(p))
        scored.append((len(s & q_stems) + (0.5 if NUMBER.search(p) else 0), -i, p))
    best = sorted(scored, reverse=True)[:n]
    best.sort(key=lambda x: -x[1])  # document order
    out = " … ".join(re.sub(r"\s+", " ", p) for _, _, p in best)
    return out if len(out) <= 600 else out[:600] + " …"
