"""Synthesis answers with structure: a question that compares documents (or parties), asks what the documents say
about something, or asks how the region handled a request, is answered in blocks, one per side, each with its best
sentences and their citations, a line that says what the sides share and where they differ, and the documents that
say nothing about it named.

Built from word evidence, not per question: the shape from the question's head words (Danish and English), the sides
from the documents the question names (by title, author or kind: "the plan", "the slides", "the consultation
responses"), each side's passages ranked by the same hybrid ranking as any question, restricted to that document."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from retrieval.answering import prose
from retrieval.answering.prose import cognates
from retrieval.reading.asks import COMPARE
from retrieval.types import Answer, CitationKeys, Record
from retrieval.vocab import HANDLINGS, NO_HANDLING
from retrieval.wording import say
from retrieval.words import STOPWORDS, stems

# --- the shape ------------------------------------------------------------------------------------------------------

PROS_CONS = re.compile(
    r"\b(for og imod|pros and cons|for and against|fordele og \w+|ulemper|advantages and \w+|drawbacks|"
    r"argument\w* for|argument\w* imod|argument\w* against|forbehold|reservations)\b",
    re.I,
)
# the documents as a whole, however a question names them ("materialet", "papirerne", "the docs")
_ALL_DOCS = (
    r"(?:dokumenterne|documents|dokumenter|kilderne|sources|materialet|materialerne|material|materials|"
    r"papirerne|papers|docs|teksterne|texts)"
)
SURVEY = re.compile(
    rf"\b{_ALL_DOCS}\b.{{0,40}}\b(siger|say|says|skriver|write|mention\w*|"
    rf"nævner)\b|\b(siger|say|says|skriver|write)\b.{{0,40}}\b{_ALL_DOCS}\b"
    rf"|\b(ifølge|according to|i|in) (dokumenterne|the documents|materialet|papirerne|the docs)\b",
    re.I,
)
# "each", "hver især": a comparison only when the question names two sides ("how does each plan …", not "each year")
EACH = re.compile(r"\b(each|hver især|begge|both|både)\b", re.I)
SAY = re.compile(r"\b(hvad (siger|skriver|mener|foreslår)|what do(?:es)?\b.{0,120}\b(say|propose|write|suggest))", re.I)
HANDLED = re.compile(
    r"\bhvordan (blev|er)\b.{3,160}\b(håndteret|behandlet|imødekommet|besvaret)\b|\bhvordan håndterede\b"
    r"|\bhvad svarede\b|\bhow (did|was|were)\b.{3,160}\b(handled?|respond\w*|answer\w*|dealt with|treated)\b"
    r"|\bwhat did the region (answer|reply|respond)\b",
    re.I,
)

CONSULTATION_WORD = re.compile(r"\b(høringssvar\w*|høringsnotat\w*|høringen|consultation\w*|responses)\b", re.I)

# the kinds of document, as a question names them
KIND_WORDS = {
    "plan": re.compile(r"\b(praksisplan\w*|plan|planen|plans?|plan's|practi[cs]e plan\w*)\b", re.I),
    "oplaeg": re.compile(r"\b(slides?|slide deck|deck|oplæg\w*|presentation\w*|præsentation\w*)\b", re.I),
    "udspil": re.compile(r"\b(paper|udspil\w*|position paper|proposal paper)\b", re.I),
    "hoeringsnotat": re.compile(
        r"\b(høringssvar\w*|høringsnotat\w*|consultation\w*|responses|respondents|høringspart\w*|"
        r"kommunerne|municipalities|hospitalerne|hospitals)\b",
        re.I,
    ),
}
# words that name a source or ask for a comparison: never the topic a side's sentences must hold
SHAPE_WORDS = set(
    stems(
        """sammenlign sammenligne sammenlignet compare compared comparison differ differs difference forskel
        forskellen henholdsvis respectively versus vs each både both hver især enige agree disagree for imod against
        pros cons fordele ulemper forbehold advantages disadvantages argumenter arguments dokumenterne documents
        materialet materialerne material materials papirerne papers docs teksterne texts
        kilderne sources siger say says skriver write propose proposes foreslår forslag mener slides slide deck
        oplæg oplægget presentation paper udspil udspillet plan planen plans praksisplan praksisplanen practice
        høringssvar høringssvarene høringsnotat consultation responses respondents approach tilgang address
        addresses ifølge according tackle håndteret handled respond responded svarede hvordan how what hvad"""
    )
)


def shape(question: str) -> str | None:
    """ "compare", "pros_cons", "survey" or "handled": the structure the answer takes; None for another question."""
    if HANDLED.search(question):
        return "handled"
    if PROS_CONS.search(question):
        return "pros_cons"
    if COMPARE.search(question):
        return "compare"
    if SURVEY.search(question):
        return "survey"
    if SAY.search(question) or EACH.search(question):
        return "say"  # a comparison when the question names two sides
    return None


# --- the sides ------------------------------------------------------------------------------------------------------


def _name_tokens(d: dict) -> set[str]:
    """The words that name a document's author: "PLO og KL" -> {plo, kl}, "PLO-Sjælland" -> {plo, sjælland}."""
    pub = (d.get("publisher") or "").split(",")[0]
    toks = {t.lower() for t in re.findall(r"[A-Za-zÆØÅæøå]+", pub)}
    return {t for t in toks if t not in STOPWORDS and t not in ("og", "and", "member", "of", "the", "for")}


def sides(question: str, plan, docs: list[dict], kinds: bool = True) -> list[str]:
    """The documents the question sets against each other: the ones it names by author or title (the reading's
    documents first), then one per kind of document it names ("the plan", "the slides", "the responses")."""
    q_tokens = {t.lower() for t in re.findall(r"[A-Za-zÆØÅæøå]+", question)}
    out = list(plan.docs)
    for d in docs:
        names = _name_tokens(d)
        # a whole author name (two words or more: "PLO og KL", "PLO-Sjælland"), not "Region" alone
        if len(names) >= 2 and names <= q_tokens and d["doc"] not in out:
            out.append(d["doc"])
    if not kinds:
        return out
    by_kind: dict[str, list[str]] = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d["doc"])
    for kind, pattern in KIND_WORDS.items():
        have = by_kind.get(kind, [])
        if not have or not pattern.search(question) or any(doc in out for doc in have):
            continue
        if len(have) == 1:
            out.append(have[0])
    return out


# --- choosing sentences ---------------------------------------------------------------------------------------------

PER_SIDE = 4  # passages quoted per document
PER_SIDE_ROWS = 7  # høringsnotat points quoted per side
KEEP_COVERAGE = 0.3  # a passage holds this share of the topic's weight …
KEEP_Z = 1.5  # … or is this close by meaning and holds some of it
KEEP_Z_NAMED = 1.0  # a side the question names: its passages this close by meaning


@dataclass
class Block:
    doc: str
    title: str
    items: list[tuple[Record, str]] = field(default_factory=list)  # (record, quoted sentences)
    words: dict[str, str] = field(default_factory=dict)  # the content stems its quoted sentences hold: surface


def regions_named(question: str, regions: set[str]) -> set[str]:
    """The regions a question names ("Region Sjælland", "Zealand's", "the Capital Region"), as the documents'
    region stems."""
    # an organisation named by an acronym and its region ("PLO-Sjælland's slides", "KKR Sjælland") is an author,
    # not the region the question is about
    text = re.sub(r"\b[A-ZÆØÅ]{2,6}[- ][A-ZÆØÅ][a-zæøå]+(?:'s|’s|s)?\b", " ", question).lower()
    text += " " + " ".join(da for en, da in prose.REGION_EN.items() if re.search(rf"\b{en}\b", text))
    have = set(stems(text))
    return {r for r in regions if r in have}


def side_names(docs: list[dict], named: list[str]) -> set[str]:
    """The stems that name the sides (their authors, titles and regions): the scope, not the topic."""
    out: set[str] = set()
    for d in docs:
        if d["doc"] in named:
            out |= set(stems(f"{d.get('publisher') or ''} {d['title'].split(':')[0]} {d['title']}"))
    return out


def topic_words(
    question: str, plan, lexicon: frozenset[str], names: frozenset[str] | None, scope: set[str] = frozenset()
) -> list[str]:
    extra = plan.topic_da
    if plan.lang == "en":
        extra = f"{extra} {' '.join(cognates(question, lexicon))}"
    words = prose.content_words(question, extra, plan.lang, lexicon, names)
    words = [w for w in words if not any(prose._same(w, s) for s in SHAPE_WORDS)]
    # "sjælland-planen", "plo-oplægget": a document named by a compound is a side or a source, not the topic
    named = set()
    for t in re.findall(r"\w+(?:-\w+)+", question):
        last = stems(t.rsplit("-", 1)[1])
        if last and any(prose._same(last[0], s) for s in SHAPE_WORDS):
            named |= set(stems(t))
    words = [w for w in words if w not in named] or words
    return [w for w in words if w not in scope] or words


def topic_text(question: str, words: list[str]) -> str:
    """The question's own words for the topic stems: what BM25 ranks by."""
    out = []
    for t in re.findall(r"[\wæøåÆØÅ-]+", question):
        for part in [t] + t.split("-"):
            st = stems(part)
            if st and any(prose._same(st[0], w) for w in words) and part not in out:
                out.append(part)
    return " ".join(out + [w for w in words if not any(prose._same(w, s) for o in out for s in stems(o))])


def _best(record: Record, question: str, words: list[str], lexicon: frozenset[str], n: int = 2) -> tuple[str, set]:
    """The record's n sentences that hold most of the topic, in document order."""
    cands = prose.candidates(question, "what", words, [record], lexicon)
    cands = [c for c in cands if len(c.unit.text.split()) >= 2] or cands
    if not cands:
        return prose.squash_key(record.text)[:200], {}
    us = prose.record_units(record)
    chosen = sorted(cands[:n], key=lambda c: next((k for k, u in enumerate(us) if u.text == c.unit.text), 0))
    text = " … ".join(_clip(c.unit.text, 220) for c in chosen)
    have: dict[str, str] = {}
    for c in chosen:
        for tok in re.findall(r"[\wæøåÆØÅ]+", c.unit.text):
            st = stems(tok)
            if st and len(tok) >= 5 and tok.lower() not in STOPWORDS and st[0] not in have:
                have[st[0]] = tok.lower()
    return text, have


def block(doc: str, title: str, records: list[Record], question: str, words: list[str], lexicon) -> Block:
    """One side: each record's best sentences, and the content words they hold (for the agree/differ line)."""
    b = Block(doc, title)
    for r in records:
        text, have = _best(r, question, words, lexicon)
        b.items.append((r, text))
        for k, v in have.items():
            b.words.setdefault(k, v)
    return b


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def _ranked(retriever, ix, plan, doc: str, topic: str, rows_ok: bool, also: str = ""):
    idx = [i for i, r in enumerate(ix.records) if r.doc == doc and (rows_ok or not r.is_row)]
    if not idx:
        return []
    question = f"{plan.question} {plan.topic_da}".strip()
    return retriever._hybrid(question, topic, idx, ix, plan.lang, also)


def _keep(hits, limit: int, named: bool):
    """The passages about the topic: a good share of its words, or close by meaning with some of them; a side the
    question names by itself keeps its closest passages by meaning (an English question's words may not be in it)."""
    kept = [h for h in hits if h.coverage >= KEEP_COVERAGE or (h.z >= KEEP_Z and h.coverage > 0)]
    if named and len(kept) < limit:
        kept += [h for h in hits if h.z >= KEEP_Z_NAMED and h not in kept][: limit - len(kept)]
    return kept[:limit]


# --- the answer -----------------------------------------------------------------------------------------------------


def answer(retriever, plan, ix):
    """(Answer, SearchResult) for a question of one of the shapes, or None: the caller answers it as before."""
    from retrieval.search.ranking import Hit, SearchResult

    kind = shape(plan.question)
    if plan.section_ref or plan.letters:
        return None
    if kind is None:
        from retrieval.answering import multipart

        return multipart.answer(retriever, plan, ix)  # two asks in one question: answered part by part
    if kind == "say" and prose.answer_type(plan.question) in ("who", "when", "amount", "number", "place", "item"):
        return None  # a look-up for a value is answered first with the value
    docs = ix.documents()
    # a question about one region's documents is not answered from another region's ("Zealand's municipalities")
    region_of = {r.doc: set(stems(r.region)) - {"region"} for r in ix.records if (r.region or "").startswith("Region")}
    regions = set().union(*region_of.values()) if region_of else set()
    asked = regions_named(plan.question, regions)
    # a party the question names is heard where its points are ("Region Sjællands plan og Ishøjs svar")
    holding = {r.doc for r in ix.rows() if r.respondent in plan.respondents} if plan.respondents else set()
    voiced = [d["doc"] for d in docs if d["doc"] in holding]
    if asked:
        # NOTE: a document named by its author stays whatever its region ("PLO-Sjælland's slides and the Capital
        # Region's consultation responses")
        by_author = set(sides(plan.question, plan, docs, kinds=False))
        # … and the consultation named by its own word ("RS-planen og høringssvarene"), whichever region held it
        # ("Zealand's municipalities" names no consultation)
        heard = (
            {d["doc"] for d in docs if d["kind"] == "hoeringsnotat"}
            if CONSULTATION_WORD.search(plan.question)
            else set()
        )
        docs = [
            d
            for d in docs
            if not region_of.get(d["doc"])
            or region_of[d["doc"]] & asked
            or d["doc"] in voiced
            or d["doc"] in by_author
            or d["doc"] in heard
        ]
    named = sides(plan.question, plan, docs)
    # a party beside one document is that party's points ("hvad mener Herlev om … almen praksis"); beside two, a side
    own_sides = len(named)
    if kind in ("compare", "say") and own_sides < 2 and prose.answer_type(plan.question) in ("number", "amount"):
        return None  # "number of small islands vs. number with their own doctor?": values of one document, looked up
    named += [doc for doc in voiced if doc not in named]
    if kind == "handled":
        # how the region handled a request: only a question the reading did not take for a list of points
        if plan.rows_question or not any(d["kind"] == "hoeringsnotat" for d in docs):
            return None
        named = [d["doc"] for d in docs if d["kind"] == "hoeringsnotat"]
    elif kind == "say" and (len(named) < 2 or (plan.respondents and own_sides < 2)):
        return None  # "hvad mener <respondent> om …": that respondent's points, as a list
    elif (
        kind == "compare"
        and plan.respondents
        and (plan.rows_question or len(plan.respondents) >= 2)
        and all(d["kind"] in ("hoeringsnotat", "hoeringssvar") for d in docs if d["doc"] in named)
    ):
        return None  # "hvad har X svaret i de forskellige høringer": X's points, per consultation, as a list
    elif (
        kind == "compare"
        and len(named) < 2
        and plan.rows_question
        and max(len(plan.respondent_types), len(plan.respondents)) >= 2
    ):
        return None  # "hvordan adskiller hospitalernes og kommunernes bemærkninger sig?": the points, side by side
    elif kind == "compare" and len(named) < 2:
        named = [d["doc"] for d in docs]
    elif kind in ("survey", "pros_cons"):
        if len(named) < 2:
            named = [d["doc"] for d in docs]
    if (
        kind in ("compare", "say")
        and plan.rows_question
        and not any(d["kind"] != "hoeringsnotat" for d in docs if d["doc"] in named)
    ):
        return None  # respondents against each other within the høringsnotat: the rows answer lists them
    lexicon, names = ix.catalog.lower_words, ix.catalog.name_words
    explicit = sides(plan.question, plan, docs)
    # a party the question names is a side of its own (its points), never the topic
    scope = side_names(docs, explicit) | set(stems("region")) | set(stems(" ".join(plan.respondents)))
    words = topic_words(plan.question, plan, lexicon, names, scope)
    if not words:
        return None
    topic = topic_text(plan.question, words)
    # the topic's Danish synonyms rank too ("ulighed i sundhed": "lighed i sundhed", "lige adgang")
    from retrieval.reading.related import synonym_words

    also = " ".join(synonym_words(words))
    titles = {d["doc"]: d["title"] for d in docs}
    kinds = {d["doc"]: d["kind"] for d in docs}
    blocks: list[Block] = []
    silent: list[str] = []
    hits_all = []
    for doc in named:
        rows = kinds.get(doc) == "hoeringsnotat"
        ranked = _ranked(retriever, ix, plan, doc, topic, rows, also)
        if rows and plan.respondents:
            ranked = [h for h in ranked if h.record.respondent in plan.respondents] or ranked
        elif rows and plan.respondent_types:
            ranked = [h for h in ranked if h.record.respondent_type in plan.respondent_types] or ranked
        kept = _keep(ranked, PER_SIDE_ROWS if rows else PER_SIDE, doc in explicit)
        if not kept:
            silent.append(titles.get(doc, doc))
            continue
        title = titles.get(doc, doc)
        if rows and plan.respondents and all(h.record.respondent in plan.respondents for h in kept):
            title = f"{title} ({say('and', plan.lang).join(plan.respondents)})"
        blocks.append(block(doc, title, [h.record for h in kept], plan.question, words, lexicon))
        hits_all += kept
    if not blocks:
        return None
    lang = plan.lang
    cites = CitationKeys()
    citations, key = cites.citations, cites.key

    shown = _topic_label(plan.question, words, lang)
    # "Ét dokument siger …", never "1 dokumenter"
    one = "synth_lead_survey_one" if kind == "survey" else "synth_lead_one"
    lead = f"synth_lead_{kind}" if len(blocks) >= 2 or kind == "handled" else one
    lines = [say(lead, lang, n=len(blocks), topic=shown)]
    if len(blocks) >= 2 and kind != "handled":
        lines.append(_agree_line(blocks, words, lang, scope | side_names(docs, named)))
    for b in blocks:
        lines += ["", f"{b.title}:"]
        if kinds.get(b.doc) == "hoeringsnotat":
            lines += _row_lines(b, lang, key, reasons=kind == "handled")
        else:
            for r, text in b.items:
                where = f" ({r.section})" if r.section else ""
                lines.append(f"- {_q(lang, text)}{where} [{key(r)}]")
    if silent:
        lines += ["", say("synth_silent", lang, docs="; ".join(silent))]
    ans = Answer(question=plan.question, answer="\n".join(lines), found=True, citations=citations)
    # the reading shown is the one answered: the sides and the topic, not the list of points the words first read
    shown_plan = plan.copy(
        intent="synthesis", topic=shown, ignored="", rows_question=False, is_list=False,
        docs=[b.doc for b in blocks], doc_titles=[b.title for b in blocks],
        respondent_types=[], handlings=[], respondents=[],
    )  # fmt: skip
    result = SearchResult(shown_plan, [Hit(h.record, h.score, h.dense, h.coverage, h.z) for h in hits_all], "passages",
                          complete=False, scanned=len(ix.records), found=True, population=len(ix.records),
                          pool=hits_all, lexicon=lexicon, names=names)  # fmt: skip
    return ans, result


def _q(lang: str, text: str) -> str:
    return f"«{text}»" if lang != "en" else f"“{text}”"


def _topic_label(question: str, words: list[str], lang: str) -> str:
    surface = []
    if lang == "en":
        from retrieval.reading.glossary import english_terms

        # an English question's own words for the Danish stems it is answered on ("GP capacity", not "lægekapacit")
        for en, da in english_terms(question):
            if en not in surface and any(prose._same(st, w) for st in stems(da) for w in words):
                surface.append(en)
    for t in re.findall(r"[\wæøåÆØÅ-]+", question):
        st = stems(t)
        if st and any(prose._same(st[0], w) for w in words) and t not in surface:
            surface.append(t)
    return " ".join(surface[:8]) or " ".join(w.split("|")[0] for w in words[:6])


def _agree_line(blocks: list[Block], words: list[str], lang: str, scope: set[str]) -> str:
    """What every side's quoted sentences share (the topic's words first), and what only one side says: words,
    as the sentences write them, never the sides' own names."""
    own_words = [{k: v for k, v in b.words.items() if k not in scope} for b in blocks]
    # NOTE: in the first side's order, not a set's: words of one length tie in the sort below, and a set's order
    # changes from one process to the next (the hash seed), which made the line differ between runs
    shared = [w for w in own_words[0] if all(w in o for o in own_words[1:])]
    on_topic = lambda w: any(prose._same(w, x) for x in words)  # noqa: E731
    common = sorted(shared, key=lambda w: (not on_topic(w), -len(w)))[:5]
    first = own_words[0]
    only = []
    for b, mine in zip(blocks, own_words):
        others = set().union(*(set(o) for o in own_words if o is not mine))
        own = sorted((w for w in mine if w not in others and len(w) >= 6), key=lambda w: (not on_topic(w), -len(w)))
        if own[:3]:
            shown = ", ".join(_q(lang, mine[w]) for w in own[:3])
            only.append(say("synth_only", lang, doc=_short(b.title), words=shown))
    parts = []
    if common:
        parts.append(say("synth_common", lang, words=", ".join(_q(lang, first[w]) for w in common)))
    else:
        parts.append(say("synth_no_common", lang))
    if only:
        parts.append(say("synth_differ", lang, parts="; ".join(only)))
    return " ".join(parts)


def _short(title: str) -> str:
    return title.split(":")[0] if ":" in title and len(title.split(":")[0]) >= 3 else title


def _row_lines(b: Block, lang: str, key, reasons: bool) -> list[str]:
    """The høringsnotat's points grouped by how they were handled, each with its party and the region's comment."""
    groups: "OrderedDict[str, list[tuple[Record, str]]]" = OrderedDict()
    for r, text in b.items:
        label = next((t.label(lang) for h, t in HANDLINGS.items() if h.value == r.handling), NO_HANDLING[lang])
        groups.setdefault(label, []).append((r, text))
    out = []
    for label, items in groups.items():
        out.append(f"  {label}:")
        for r, text in items:
            who = r.respondent or ""
            point = f" {r.letter})" if r.letter else ""
            line = f"  - {who}{point}: {_q(lang, _clip(r.summary or text, 220))}"
            if r.text_change:
                line += " " + say("synth_reason" if reasons else "synth_comment", lang,
                                  quote=_q(lang, _clip(r.text_change, 220)))  # fmt: skip
            out.append(f"{line} [{key(r)}]")
    return out
