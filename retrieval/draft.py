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
import unicodedata
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

from retrieval.answer import HANDLING_LABEL, _best_sentences
from retrieval.errors import PlansvarError
from retrieval.lexical import stems
from retrieval.query import GENERIC_NAME_WORDS, Respondent
from retrieval.index import Index
from retrieval.search import Hit, Retriever, _zscores, normalise_text
from retrieval.types import Answer, Citation, Record

log = logging.getLogger(__name__)

# a plan section found by search (not quoted by the høringsnotat) must be this close to the point to be quoted
PLAN_DENSE_Z = 2.5  # z-score of the cosine over every record (retrieval/search.py _zscores): any embedder
PLAN_COVERAGE = 0.35
MAX_NAME = 200

# a quoted passage in the comment cell, and the plan location written just before it ("afsnit 1.5, side 5", "s. 6")
COMMENT_QUOTE = re.compile(r"[\"“”„«]\s*([^\"“”„«»]{25,}?)\s*[\"“”»]")
PLAN_WHERE = re.compile(
    r"afsnit\s+\d+(?:\.\d+)*(?:\s*,\s*(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?)?|(?<![a-zæøå])(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?"
    r"|målsætning\s+\d+|kapitel\s+\d+|indsats\s+\d+",
    re.I,
)
PLAN_WORDS = re.compile(r"praksisplan|planen|tilføj|ændr|formulering|afsnit|målsætning|indeholdt|håndteret på", re.I)

TEXT = {
    "head": {
        "da": "Udkast til svar til {name} — {n} {points} i høringsnotatets rækkefølge; kilder i [ ].",
        "en": "Draft reply (in Danish) to {name} — {n} {points} in the order of the høringsnotat; sources in [ ].",
    },
    "points": {"da": ("bemærkning", "bemærkninger"), "en": ("point", "points")},
    "template": {
        "da": "Skabelon uden sprogmodel: teksten under hvert punkt er høringsnotatets og planens egen.",
        "en": "Template without a language model: the text under each point is the høringsnotat's and the plan's own.",
    },
    "polished": {
        "da": "Svarafsnittene er skrevet af sprogmodellen og kontrolleret mod kilderne; resten er høringsnotatets og planens egen tekst.",
        "en": "The reply paragraphs were written by the language model and checked against the sources; the rest is the høringsnotat's and the plan's own text.",
    },
    "no_plan": {
        "da": "Bemærk: {plan} er ikke blandt de indlæste dokumenter; planens tekst citeres, hvor høringsnotatets kommentar citerer den.",
        "en": "Note: {plan} is not among the ingested documents; the plan's text is quoted where the høringsnotat's comment quotes it.",
    },
    "no_response": {
        "da": "{name} har ikke fremsendt høringssvar (høringsnotatet: «{raw}») [1]. Der er derfor ingen punkter at besvare.",
        "en": "{name} did not submit a response (the høringsnotat: «{raw}») [1]. There are no points to reply to.",
    },
    "unknown": {
        "da": "Der er ingen høringspart ved navn «{name}» i høringsnotatet.",
        "en": "There is no respondent named “{name}” in the høringsnotat.",
    },
    "ambiguous": {
        "da": "«{name}» passer på flere høringsparter.",
        "en": "“{name}” matches several respondents.",
    },
    "within": {
        "da": "«{name}» har ikke sit eget høringssvar i høringsnotatet, men står i navnet på en anden høringspart.",
        "en": "“{name}” has no response of its own in the høringsnotat but is named in another respondent's name.",
    },
    "closest": {"da": "Mente du: {names}?", "en": "Did you mean: {names}?"},
    "how": {
        "da": "Skriv fx «udkast til svar til {example}».",
        "en": "Write e.g. “draft a reply to {example}”.",
    },
    "no_name": {
        "da": "Hvem skal svaret til? Skriv fx «udkast til svar til {example}».",
        "en": "Who is the reply to? Write e.g. “draft a reply to {example}”.",
    },
}


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


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


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
                s = max(s, SequenceMatcher(None, a, b).ratio() * (0.95 if b not in ("kommune", "region", "hospital") else 0.3))
        return s

    ranked = sorted(respondents, key=lambda r: -score(r))
    return [r.name for r in ranked[:n]]


def _plan_title(hn_title: str) -> str:
    """"Høringsnotat: høringssvar til praksisplan for almen praksis, Region Hovedstaden" -> what was consulted on."""
    m = re.search(r"høringssvar(?:ene)?\s+til\s+(.+)$", hn_title or "", re.I)
    return m.group(1).strip() if m else "praksisplanen"


def comment_quotes(comment: str | None) -> list[tuple[str, str]]:
    """(quoted text, plan location or "") for each passage of plan text the comment quotes."""
    out = []
    if not comment:
        return out
    prev_end = 0
    for m in COMMENT_QUOTE.finditer(comment):
        window = comment[max(prev_end, m.start() - 160): m.start()]
        wheres = PLAN_WHERE.findall(window)
        after = PLAN_WHERE.match(comment[m.end():m.end() + 30].lstrip(" .,;:)"))
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
        within = [r.name for r in cat.respondents if words and all(w in re.findall(r"[a-z0-9æøå]+", fold(r.name)) for w in words)]
        if within:
            return None, within, "within"
        return None, closest_names(name, cat.respondents), "unknown"

    # --- the draft -------------------------------------------------------------------------------------------------

    def draft(self, name: str, request: str | None = None, lang: str = "da", ix: Index | None = None) -> Draft:
        """The draft reply to one respondent, from `ix` (default: the retriever's current Index)."""
        t0 = time.perf_counter()
        name = " ".join((name or "").split())
        if len(name) > MAX_NAME:
            raise PlansvarError(f"the respondent's name is {len(name)} characters long; the limit is {MAX_NAME}.")
        request = request or f"Udkast til svar til {name}"
        d = Draft(request=request, lang=lang)
        ix = ix if ix is not None else self.retriever.index()
        example = next((r.name for r in ix.respondents if r.type == "kommune"), "Gribskov Kommune")
        if not re.search(r"\w", name):  # nothing that could be a name: "", "!!!", an emoji
            d.text = TEXT["no_name"][lang].format(example=example)
            return d
        resp, offer, why = self.resolve(name, ix)
        if resp is None:
            d.suggestions = offer
            lines = [TEXT[why][lang].format(name=name)]
            if offer:
                lines.append(TEXT["closest"][lang].format(names=", ".join(offer)))
            lines.append(TEXT["how"][lang].format(example=offer[0] if offer else example))
            d.text = " ".join(lines)
            log.info("draft: respondent not found", extra={"why": why, "offered": len(offer)})
            return d
        rows = sorted((r for r in ix.rows() if r.respondent == resp.name),
                      key=lambda r: (r.doc, r.position))
        d.respondent, d.respondent_type, d.found = resp.name, resp.type, True
        if all(r.handling == "intet_svar" for r in rows):
            d.citations = [Citation.from_record(rows[0])]
            d.text = TEXT["no_response"][lang].format(name=resp.name, raw=rows[0].handling_raw or HANDLING_LABEL["da"]["intet_svar"])
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
            p = DraftPoint(letter=r.letter, theme=r.theme, summary=r.summary or "", handling=r.handling,
                           handling_label=(HANDLING_LABEL["da"].get(r.handling, r.handling_raw or "") if r.handling
                                           else "Ikke angivet i høringsnotatet (cellen er tom)"),
                           refers_to=r.refers_to, comment=r.text_change, cite=key(r))
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
        log.info("drafted", extra={"points": len(d.points), "citations": len(d.citations), "polished": d.polished,
                                   "plan_in_index": d.plan_in_index, "ms": round(1000 * (time.perf_counter() - t0))})
        return d

    def _plan_records(self, region: str | None, ix: Index) -> list[int]:
        """The sections of the plan (and sundhedsaftale) the høringsnotat is about: same region, if ingested."""
        if not region:
            return []
        return [i for i, r in enumerate(ix.records)
                if not r.is_row and (r.doc_kind or r.kind) in ("plan", "sundhedsaftale") and r.region == region]

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
        one, many = TEXT["points"][lang]
        plan = _plan_title(rows[0].title)
        sender = self.sender or rows[0].publisher or "[afsender]"
        out = [TEXT["head"][lang].format(name=d.respondent, n=len(d.points), points=one if len(d.points) == 1 else many)]
        out.append(TEXT["polished" if d.polished else "template"][lang])
        if not d.plan_in_index:
            out.append(TEXT["no_plan"][lang].format(plan=f"Planen ({plan})"))
        out += ["", f"Kære {d.respondent}", "",
                f"Tak for jeres høringssvar til {plan}. Nedenfor gennemgår vi jeres bemærkninger i den rækkefølge, de står i "
                "høringsnotatet: hvad I har skrevet, hvordan det er håndteret, og hvad planen siger.", ""]
        for n, p in enumerate(d.points, start=1):
            head = f"{n}. " + (f"Punkt {p.letter}" if p.letter else "Bemærkning") + (f" – {p.theme}" if p.theme else "")
            out.append(f"{head} [{p.cite}]")
            if p.reply:
                out.append(p.reply)
            else:
                out.append(f"Jeres bemærkning (høringsnotatets resumé): {p.summary}")
            handling = p.handling_label or "ikke angivet i høringsnotatet"
            if p.refers_to:
                handling += f" (samme håndtering som ved {p.refers_to})"
            out.append(f"Håndtering: {handling.rstrip('.')}.")
            if p.comment:
                label = "Tekstændring" if p.handling in ("aendring", "delvist") else "Kommentar"
                out.append(f"{label}: {p.comment}")
            for q in p.plan:
                if q.source == "comment":
                    where = f", {q.where}" if q.where else ""
                    out.append(f"Planens tekst{where} (citeret i høringsnotatet): «{q.text}»")
                else:
                    out.append(f"Planens tekst ({q.where}): «{q.text}» [{q.cite}]")
            out.append("")
        out += ["Med venlig hilsen", "", "[Navn]", sender]
        return "\n".join(out)

    # --- LLM polish ---------------------------------------------------------------------------------------------

    def _polish(self, d: Draft, rows: list[Record], cites: list[Record]) -> None:
        """One short reply paragraph per point, written by the model from the point's own sources. A paragraph with
        an unsupported sentence is not used: the point keeps its template text."""
        from prompts import render
        from retrieval.llm import check_citations, passage_block

        sender = self.sender or rows[0].publisher or "regionen"
        jobs = {}
        for p, r in zip(d.points, rows):
            sources = [r] + [cites[q.cite - 1] for q in p.plan if q.source == "plan"]
            hits = [Hit(x, 1.0) for x in sources]
            prompt = render("draft_reply_da", sender=sender, respondent=d.respondent or "", passages=passage_block(hits))
            jobs[self._pool.submit(self.chat.complete, prompt, "Skriv svarafsnittet.")] = (p, hits)
        deadline = time.monotonic() + self.timeout
        for fut, (p, hits) in jobs.items():
            try:
                text = fut.result(timeout=max(0.0, deadline - time.monotonic()))
            except cf.TimeoutError:
                log.warning("draft polish timed out; template text kept", extra={"point": p.letter})
                continue
            except Exception as e:  # noqa: BLE001 - any provider failure keeps the template
                log.warning("draft polish failed; template text kept", extra={"point": p.letter, "error": type(e).__name__})
                continue
            kept, order, dropped = check_citations(text, hits)
            if not kept or dropped:
                log.info("draft polish rejected", extra={"point": p.letter, "dropped_sentences": dropped})
                continue
            keys = [cites.index(hits[k - 1].record) + 1 for k in order]
            p.reply = re.sub(r"\[(\d+)\]", lambda m: f"[{keys[int(m.group(1)) - 1]}]", kept)  # noqa: B023 - used at once
            d.polished += 1


def _where(r: Record) -> str:
    parts = [r.title]
    if r.section:
        parts.append(r.section)
    if r.page:
        parts.append(f"s. {r.page}")
    if r.line_start:
        parts.append(f"l. {r.line_start}-{r.line_end}")
    return ", ".join(parts)


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
    flat = re.sub(r"\s+", " ", text.replace("-\n", ""))
    probe = _probe(quote)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", flat)
    for i, s in enumerate(sentences):
        joined = " ".join(sentences[i:i + 3])
        if probe[:30] in normalise_text(s) and probe in normalise_text(joined):
            n = 1
            while n < 3 and probe not in normalise_text(" ".join(sentences[i:i + n])):
                n += 1
            return " ".join(sentences[i:i + n])
    return quote
