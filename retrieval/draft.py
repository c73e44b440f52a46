"""A draft reply to one respondent: a Danish letter that takes each of its points in høringsnotat order — the
summary, how it was handled, the comment or text change — and quotes the plan passage the point concerns, every
point with its citation. The template is extractive (every sentence is the høringsnotat's or the plan's own text);
with an LLM configured, each point gets a short reply paragraph in the secretariat's voice that must pass the same
citation checks as answers, or the point keeps its template text."""

from __future__ import annotations

import concurrent.futures as cf
import logging
import re
import time
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

from retrieval import inputs
from retrieval.answer import HANDLING_LABEL, _best_sentences
from retrieval.lexical import stems
from retrieval.query import GENERIC_NAME_WORDS, Respondent
from retrieval.index import Index
from retrieval.search import Hit, Retriever, _zscores
from retrieval.text import fold, normalise_text, span_parts
from retrieval.text import sentences as split_sentences
from retrieval.types import Answer, Citation, Record
from retrieval.vocab import CHANGED
from retrieval.wording import letter, say

log = logging.getLogger(__name__)

# a plan section found by search (not quoted by the høringsnotat) must be this close to the point to be quoted
PLAN_DENSE_Z = 2.5  # z-score of the cosine over every record (retrieval/search.py _zscores): any embedder
PLAN_COVERAGE = 0.35

# a quoted passage in the comment cell, and the plan location written just before it ("afsnit 1.5, side 5", "s. 6")
COMMENT_QUOTE = re.compile(r"[\"“”„«]\s*([^\"“”„«»]{25,}?)\s*[\"“”»]")
PLAN_WHERE = re.compile(
    r"afsnit\s+\d+(?:\.\d+)*(?:\s*,\s*(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?)?|(?<![a-zæøå])(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?"
    r"|målsætning\s+\d+|kapitel\s+\d+|indsats\s+\d+",
    re.I,
)
PLAN_WORDS = re.compile(r"praksisplan|planen|tilføj|ændr|formulering|afsnit|målsætning|indeholdt|håndteret på", re.I)


@dataclass
class PlanQuote:
    text: str
    where: str  # "afsnit 1.5, side 5" or the plan section's heading path
    source: str  # "comment": quoted in the høringsnotat's comment; "plan": a section of an ingested plan
    cite: int  # the citation key in the draft


@dataclass
class DraftPoint:
    letter: str | None
    theme: str | None
    summary: str
    handling: str | None
    handling_label: str
    refers_to: str | None
    comment: str | None
    cite: int
    plan: list[PlanQuote] = field(default_factory=list)
    reply: str | None = None  # the LLM's checked paragraph, when one was written


@dataclass
class Draft:
    request: str
    lang: str
    respondent: str | None = None
    respondent_type: str | None = None
    found: bool = False
    points: list[DraftPoint] = field(default_factory=list)
    text: str = ""
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    plan_in_index: bool = False
    polished: int = 0  # points whose reply paragraph the LLM wrote
    id: str | None = None

    def to_answer(self) -> Answer:
        return Answer(question=self.request, answer=self.text, found=self.found, citations=self.citations, id=self.id)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["citations"] = [c.to_dict() for c in self.citations]
        return d


def closest_names(name: str, respondents: list[Respondent], n: int = 5) -> list[str]:
    """The respondents whose names (or one of their words) look most like the given name."""
    q = fold(name)
    q_words = [w for w in re.findall(r"[a-z0-9æøå-]+", q) if len(w) >= 3]

    def score(r: Respondent) -> float:
        full = fold(r.name)
        s = SequenceMatcher(None, q, full).ratio()
        words = [w for w in re.findall(r"[a-z0-9æøå-]+", full) if len(w) >= 3]
        for a in q_words:
            for b in words:
                s = max(
                    s,
                    SequenceMatcher(None, a, b).ratio() * (0.95 if b not in ("kommune", "region", "hospital") else 0.3),
                )
        return s

    ranked = sorted(respondents, key=lambda r: -score(r))
    return [r.name for r in ranked[:n]]


def _plan_title(hn_title: str) -> str:
    """ "Høringsnotat: høringssvar til praksisplan for almen praksis, Region Hovedstaden" -> what was consulted on."""
    m = re.search(r"høringssvar(?:ene)?\s+til\s+(.+)$", hn_title or "", re.I)
    return m.group(1).strip() if m else letter("plan_fallback")


def comment_quotes(comment: str | None) -> list[tuple[str, str]]:
    """(quoted text, plan location or "") for each passage of plan text the comment quotes."""
    out = []
    if not comment:
        return out
    prev_end = 0
    for m in COMMENT_QUOTE.finditer(comment):
        window = comment[max(prev_end, m.start() - 160) : m.start()]
        wheres = PLAN_WHERE.findall(window)
        after = PLAN_WHERE.match(comment[m.end() : m.end() + 30].lstrip(" .,;:)"))
        if not wheres and after:  # "… varetages." s. 13.
            wheres = [after.group(0)]
        if wheres or PLAN_WORDS.search(window):
            where = re.sub(r"\s+", " ", wheres[-1]).strip(" .,") if wheres else ""
            out.append((re.sub(r"\s+", " ", m.group(1)).strip(), where))
        prev_end = m.end()
    return out


class Drafter:
    """Builds drafts from one Index (the retriever's current one, taken once per draft); `chat` (an llm.ChatModel)
    polishes them when configured."""

    def __init__(self, retriever: Retriever, chat=None, timeout: float = 30.0, sender: str | None = None) -> None:
        self.retriever = retriever
        self.chat = chat
        self.timeout = timeout
        self.sender = sender
        self._pool = cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="draft") if chat else None

    # --- who -----------------------------------------------------------------------------------------------------

    def resolve(self, name: str, ix: Index | None = None) -> tuple[Respondent | None, list[str], str]:
        """(the respondent, names to offer, why none was chosen: "" / "ambiguous" / "within" / "unknown")."""
        cat = (ix if ix is not None else self.retriever.index()).catalog
        folded = fold(name)
        exact = [r for r in cat.respondents if fold(r.name) == folded]
        if exact:
            return exact[0], [], ""
        found = cat.match_respondents(name)
        if len(found) == 1:
            return found[0], [], ""
        if len(found) > 1:
            return None, [r.name for r in found], "ambiguous"
        # "Glostrup" has no response of its own but is named in a joint one ("Albertslund, pva. af Glostrup, …")
        words = [w for w in re.findall(r"[a-z0-9æøå]+", folded) if len(w) >= 4 and w not in GENERIC_NAME_WORDS]
        within = [
            r.name
            for r in cat.respondents
            if words and all(w in re.findall(r"[a-z0-9æøå]+", fold(r.name)) for w in words)
        ]
        if within:
            return None, within, "within"
        return None, closest_names(name, cat.respondents), "unknown"

    # --- the draft -------------------------------------------------------------------------------------------------

    def draft(self, name: str, request: str | None = None, lang: str = "da", ix: Index | None = None) -> Draft:
        """The draft reply to one respondent, from `ix` (default: the retriever's current Index)."""
        t0 = time.perf_counter()
        name = inputs.respondent(name)
        request = request or letter("request", name=name)
        d = Draft(request=request, lang=lang)
        ix = ix if ix is not None else self.retriever.index()
        example = next((r.name for r in ix.respondents if r.type == "kommune"), "Gribskov Kommune")
        if not re.search(r"\w", name):  # nothing that could be a name: "", "!!!", an emoji
            d.text = say("draft_no_name", lang, example=example)
            return d
        resp, offer, why = self.resolve(name, ix)
        if resp is None:
            d.suggestions = offer
            lines = [say(f"draft_{why}", lang, name=name)]
            if offer:
                lines.append(say("draft_closest", lang, names=", ".join(offer)))
            lines.append(say("draft_how", lang, example=offer[0] if offer else example))
            d.text = " ".join(lines)
            log.info("draft: respondent not found", extra={"why": why, "offered": len(offer)})
            return d
        rows = sorted((r for r in ix.rows() if r.respondent == resp.name), key=lambda r: (r.doc, r.position))
        d.respondent, d.respondent_type, d.found = resp.name, resp.type, True
        if all(r.handling == "intet_svar" for r in rows):
            d.citations = [Citation.from_record(rows[0])]
            d.text = say(
                "draft_no_response",
                lang,
                name=resp.name,
                raw=rows[0].handling_raw or HANDLING_LABEL["da"]["intet_svar"],
            )
            return d
        rows = [r for r in rows if r.handling != "intet_svar"]
        plan_idx = self._plan_records(rows[0].region, ix)
        d.plan_in_index = bool(plan_idx)
        cites: list[Record] = []

        def key(r: Record) -> int:
            if r not in cites:
                cites.append(r)
            return cites.index(r) + 1

        for r in rows:
            p = DraftPoint(
                letter=r.letter,
                theme=r.theme,
                summary=r.summary or "",
                handling=r.handling,
                handling_label=(
                    HANDLING_LABEL["da"].get(r.handling, r.handling_raw or "") if r.handling else letter("empty_cell")
                ),
                refers_to=r.refers_to,
                comment=r.text_change,
                cite=key(r),
            )
            for text, where in comment_quotes(r.text_change):
                p.plan.append(PlanQuote(text, where, "comment", p.cite))
                hit = self._plan_exact(text, plan_idx, ix)
                if hit is not None:
                    p.plan.append(PlanQuote(_sentence_with(_body(hit), text), _where(hit), "plan", key(hit)))
            if plan_idx and not any(q.source == "plan" for q in p.plan):
                hit = self._plan_search(r, plan_idx, ix)
                if hit is not None:
                    quote = _best_sentences(_body(hit.record), set(stems(r.summary or "")))
                    p.plan.append(PlanQuote(quote, _where(hit.record), "plan", key(hit.record)))
            d.points.append(p)
        d.citations = [Citation.from_record(r) for r in cites]
        if self.chat is not None:
            self._polish(d, rows, cites)
        d.text = self._letter(d, rows)
        log.info(
            "drafted",
            extra={
                "points": len(d.points),
                "citations": len(d.citations),
                "polished": d.polished,
                "plan_in_index": d.plan_in_index,
                "ms": round(1000 * (time.perf_counter() - t0)),
            },
        )
        return d

    def _plan_records(self, region: str | None, ix: Index) -> list[int]:
        """The sections of the plan (and sundhedsaftale) the høringsnotat is about: same region, if ingested."""
        if not region:
            return []
        return [
            i
            for i, r in enumerate(ix.records)
            if not r.is_row and (r.doc_kind or r.kind) in ("plan", "sundhedsaftale") and r.region == region
        ]

    def _plan_exact(self, quote: str, idx: list[int], ix: Index) -> Record | None:
        """The plan section that holds the quoted text (by its _probe)."""
        probe = _probe(quote)
        if len(probe) < 20:
            return None
        for i in idx:
            r = ix.records[i]
            if probe in normalise_text(r.text.replace("-\n", "")):
                return r
        return None

    def _plan_search(self, row: Record, idx: list[int], ix: Index) -> Hit | None:
        """The plan section closest to the point, when it is close enough to quote: it must hold a good share of the
        point's words (rare words weigh most) and be semantically close (the cosine alone is high for any text about
        almen praksis). Words first: the query is embedded only when a section passes them."""
        topic = row.summary or ""
        if not stems(topic):
            return None
        lex = ix.bm25.scores(topic)[idx]
        top = [idx[j] for j in lex.argsort()[::-1][:3] if lex[j] > 0]
        covered = [(i, c) for i in top if (c := ix.coverage(topic, i, "da")) >= PLAN_COVERAGE]
        if not covered:
            return None
        q = self.retriever.embed_query(topic)
        z_all = _zscores(ix.vectors @ q)
        best = max(((i, c, float(ix.vectors[i] @ q)) for i, c in covered), key=lambda x: x[2])
        i, cover, dense = best
        if z_all[i] < PLAN_DENSE_Z:
            return None
        return Hit(ix.records[i], dense, dense, cover, float(z_all[i]))

    # --- the letter ---------------------------------------------------------------------------------------------

    def _letter(self, d: Draft, rows: list[Record]) -> str:
        lang = d.lang
        plan = _plan_title(rows[0].title)
        sender = self.sender or rows[0].publisher or letter("sender")
        points = say("draft_point_one" if len(d.points) == 1 else "draft_point_many", lang)
        out = [say("draft_head", lang, name=d.respondent, n=len(d.points), points=points)]
        out.append(say("draft_polished" if d.polished else "draft_template", lang))
        if not d.plan_in_index:
            out.append(say("draft_no_plan", lang, plan=letter("plan", plan=plan)))
        out += ["", letter("dear", name=d.respondent), "", letter("thanks", plan=plan), ""]
        for n, p in enumerate(d.points, start=1):
            head = f"{n}. " + (letter("point", letter=p.letter) if p.letter else letter("remark"))
            head += f" – {p.theme}" if p.theme else ""
            out.append(f"{head} [{p.cite}]")
            if p.reply:
                out.append(p.reply)
            else:
                out.append(letter("summary", summary=p.summary))
            handling = p.handling_label or letter("no_handling")
            if p.refers_to:
                handling += letter("same_handling", ref=p.refers_to)
            out.append(letter("handling", handling=handling.rstrip(".")))
            if p.comment:
                out.append(letter("change" if p.handling in CHANGED else "comment", comment=p.comment))
            for q in p.plan:
                if q.source == "comment":
                    out.append(letter("quoted", where=f", {q.where}" if q.where else "", text=q.text))
                else:
                    out.append(letter("plan_quote", where=q.where, text=q.text, cite=q.cite))
            out.append("")
        out += [letter("regards"), "", letter("name"), sender]
        return "\n".join(out)

    # --- LLM polish ---------------------------------------------------------------------------------------------

    def _polish(self, d: Draft, rows: list[Record], cites: list[Record]) -> None:
        """One short reply paragraph per point, written by the model from the point's own sources. A paragraph with
        an unsupported sentence is not used: the point keeps its template text."""
        from prompts import render
        from retrieval.llm import check_citations, passage_block

        sender = self.sender or rows[0].publisher or letter("sender_llm")
        jobs = {}
        for p, r in zip(d.points, rows):
            sources = [r] + [cites[q.cite - 1] for q in p.plan if q.source == "plan"]
            hits = [Hit(x, 1.0) for x in sources]
            prompt = render(
                "draft_reply_da", sender=sender, respondent=d.respondent or "", passages=passage_block(hits)
            )
            jobs[self._pool.submit(self.chat.complete, prompt, "Skriv svarafsnittet.")] = (p, hits)
        deadline = time.monotonic() + self.timeout
        for fut, (p, hits) in jobs.items():
            try:
                text = fut.result(timeout=max(0.0, deadline - time.monotonic()))
            except cf.TimeoutError:
                log.warning("draft polish timed out; template text kept", extra={"point": p.letter})
                continue
            except Exception as e:  # noqa: BLE001 - any provider failure keeps the template
                log.warning(
                    "draft polish failed; template text kept", extra={"point": p.letter, "error": type(e).__name__}
                )
                continue
            kept, order, dropped = check_citations(text, hits)
            if not kept or dropped:
                log.info("draft polish rejected", extra={"point": p.letter, "dropped_sentences": dropped})
                continue
            keys = [cites.index(hits[k - 1].record) + 1 for k in order]
            p.reply = re.sub(r"\[(\d+)\]", lambda m: f"[{keys[int(m.group(1)) - 1]}]", kept)  # noqa: B023 - used at once
            d.polished += 1


def _where(r: Record) -> str:
    """ "Title, section, s. 5, l. 3-9": a plan passage as the (Danish) letter cites it."""
    return ", ".join([r.title] + ([r.section] if r.section else []) + span_parts(r, "da"))


def _body(r: Record) -> str:
    """A section's text without its heading line (the heading is in the citation)."""
    first, _, rest = r.text.partition("\n")
    heading = (r.section or "").split(" > ")[-1].strip()
    return rest if rest.strip() and heading and first.strip() == heading else r.text


def _probe(quote: str) -> str:
    """What identifies a quoted passage in the plan: its first 60 characters without a leading "(…)" or "(...)"
    (so an ellipsis or a typo at the end does not lose it)."""
    return normalise_text(re.sub(r"^\(?…\)?\s*|^\(\.\.\.\)\s*", "", quote))[:60]


def _sentence_with(text: str, quote: str) -> str:
    """The plan's own sentence(s) holding the quoted text (the plan's wording, not the comment's copy of it)."""
    probe = _probe(quote)
    sentences = split_sentences(text.replace("-\n", ""))
    for i, s in enumerate(sentences):
        joined = " ".join(sentences[i : i + 3])
        if probe[:30] in normalise_text(s) and probe in normalise_text(joined):
            n = 1
            while n < 3 and probe not in normalise_text(" ".join(sentences[i : i + n])):
                n += 1
            return " ".join(sentences[i : i + n])
    return quote
