"""A draft reply to one respondent: a Danish letter a caseworker can send after light edits. Each of the respondent's
points, in høringsnotat order, becomes a short paragraph addressed to the party ("I skriver, at …"), then what the
region did, in a sentence chosen by the handling value, with the reason or the text change the høringsnotat's comment
gives; a passage the comment quotes is quoted once and labelled as what it is (the new wording, or the plan's text).
Everything for the caseworker stays outside the letter: a note above it and the sources per point after it
(`Draft.note`, `Draft.letter`, `Draft.source_lines`; `Draft.text` holds the three). With an LLM configured, the
restatement of each point is written by the model and must pass the same citation checks as answers, or the point
keeps its template sentence; the handling, reasons and quotes are never the model's."""

from __future__ import annotations

import concurrent.futures as cf
import logging
import re
import time
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

from retrieval import inputs
from retrieval.answering.answer import HANDLING_LABEL, _best_sentences
from retrieval.reading.query import GENERIC_NAME_WORDS, Respondent
from retrieval.search.index import Index
from retrieval.search.ranking import Hit, Retriever, _zscores
from retrieval.text import fold, normalise_text, span_parts, squash
from retrieval.text import sentences as split_sentences
from retrieval.types import Answer, Citation, Record
from retrieval.vocab import CHANGED
from retrieval.wording import letter, say
from retrieval.words import stems

log = logging.getLogger(__name__)

# a plan section found by search (not quoted by the høringsnotat) must be this close to the point to be quoted
PLAN_DENSE_Z = 2.5  # z-score of the cosine over every record (retrieval/search/ranking.py _zscores): any embedder
PLAN_COVERAGE = 0.35

# a quoted passage in the comment cell, and the plan location written just before it ("afsnit 1.5, side 5", "s. 6")
COMMENT_QUOTE = re.compile(r"[\"“”„«]\s*([^\"“”„«»]{25,}?)\s*[\"“”»]")
PLAN_WHERE = re.compile(
    r"afsnit\s+\d+(?:\.\d+)*(?:\s*,\s*(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?)?|(?<![a-zæøå])(?:side|s\.)\s*\d+(?:\s*-\s*\d+)?"
    r"|målsætning\s+\d+|kapitel\s+\d+|indsats\s+\d+",
    re.I,
)
PLAN_WORDS = re.compile(r"praksisplan|planen|tilføj|ændr|formulering|afsnit|målsætning|indeholdt|håndteret på", re.I)
# a quote that opens and never closes runs to the end of the comment
OPEN_QUOTE = re.compile(r"[\"“„«]\s*([^\"“”„«»]{25,})$")
# what the words before a quoted passage say it is: wording added or changed, or the plan's existing text
NEW_WORDS = re.compile(
    r"tilføj|indsat|indskrevet|suppler|ændr|tilrett|justere|omformuler|præciser|rettet|ny formulering", re.I
)
ADDED_WORDS = re.compile(r"tilføj|indsat|indskrevet|suppler", re.I)
OLD_WORDS = re.compile(r"håndteret|fremgår|står|beskrevet|indeholdt|allerede|nævnt|omtalt|adresseret", re.I)
BOUNDARY = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”»]))\s+(?=[A-ZÆØÅ\"“„«(])")

# how a summary names its speaker: the party's own names (from the catalog) or these words; and the reporting verbs
# a summary opens with when it leaves the speaker out ("Ønsker at …", "Efterlyser …")
SPEAKER_WORDS = {
    "kommunen",
    "kommunerne",
    "hospitalet",
    "hospitalerne",
    "regionen",
    "rådet",
    "udvalget",
    "foreningen",
    "organisationen",
    "styrelsen",
    "de",
    "høringsparten",
}
REPORTING_VERBS = set(
    """ønsker øsnker efterlyser efterspørger opfordrer savner ser peger forventer bemærker oplever anbefaler mener
    finder påpeger foreslår forslår bakker anerkender bifalder støtter understreger fremhæver anfører lægger
    noterer gør vurderer konstaterer henstiller kvitterer hilser deler tilslutter stiller""".split()
)
# a sentence that opens with its subject (so it can follow "fordi"): its second word is a finite verb
FINITE = set("er har vil skal kan bliver blev var indgår ligger fremgår findes afventer må bør sker gælder".split())
NOT_SUBJECT = set("af i på for med til som når da hvis ift. ifm. derfor dog desuden herudover endvidere".split())
# NOTE: compared with fold(word), which folds the Danish letters too
SPEAKER_WORDS, REPORTING_VERBS, FINITE, NOT_SUBJECT = (
    {fold(w) for w in words} for words in (SPEAKER_WORDS, REPORTING_VERBS, FINITE, NOT_SUBJECT)
)


@dataclass
class PlanQuote:
    text: str
    where: str  # "afsnit 1.5, side 5" or the plan section's heading path
    source: str  # "comment": quoted in the høringsnotat's comment; "plan": a section of an ingested plan
    cite: int  # the citation key in the draft
    # what the passage is: "added" or "changed" (wording the comment says was added to or changed in the plan),
    # "plan" (the plan's own text) or "quoted" (the comment does not say)
    role: str = "plan"
    in_letter: bool = True  # quoted on its own in the letter (False: the comment's sentence that holds it is there)


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
    reply: str | None = None  # the LLM's checked restatement of the point (keys into citations), when one was written
    paragraph: str = ""  # the point in the letter: what the party wrote and what the region did, no keys or codes
    own_words: str | None = None  # the sentence of the party's own letter (høringssvar) this point summarises
    sources: list[int] = field(default_factory=list)  # the point's citation keys: its row, then plan sections


@dataclass
class Draft:
    request: str
    lang: str
    respondent: str | None = None
    respondent_type: str | None = None
    consultation: str | None = None  # the one consultation the draft answers
    choices: list[str] = field(default_factory=list)  # the consultations to pick from, when the party answered several
    found: bool = False
    points: list[DraftPoint] = field(default_factory=list)
    text: str = ""
    citations: list[Citation] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    plan_in_index: bool = False
    polished: int = 0  # points whose restatement the LLM wrote
    id: str | None = None
    note: str = ""  # for the caseworker, above the letter (staff language)
    letter: str = ""  # the letter alone: what is sent (Danish)
    # the letter's parts in order: (kind, text, point number or 0); kinds: dear, text, heading, point, label, quote,
    # regards, name, sender
    body: list[tuple[str, str, int]] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)  # after the letter: one per point, with its citation keys

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


def salutation(name: str) -> str:
    """ "Kære Gribskov Kommune", but "Til Patientinddragelsesudvalget": a body named by a noun in its definite form
    ("-udvalget", "-foreningen", "-styrelsen", "-rådet") is written to, not greeted as a person."""
    head = re.findall(r"[\wæøåÆØÅ]+", name)[:1]
    definite = bool(head) and len(head[0]) >= 8 and head[0].lower().endswith(("et", "en")) and head[0][:1].isupper()
    return letter("to" if definite else "dear", name=name)


def _plan_title(hn_title: str, consultation: str | None = None) -> str:
    """ "Høringsnotat: høringssvar til praksisplan for almen praksis, Region Hovedstaden" -> what was consulted on
    (the row's consultation, when it has one)."""
    if consultation:
        return _short(consultation)
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

    def draft(
        self,
        name: str,
        request: str | None = None,
        lang: str = "da",
        ix: Index | None = None,
        consultation: str | None = None,
    ) -> Draft:
        """The draft reply to one respondent in one consultation, from `ix` (default: the retriever's current Index).
        The consultation is `consultation` (its title) or named in `name` ("Gribskov om sundhedsaftalen"); a party
        that answered several and names none is asked which."""
        t0 = time.perf_counter()
        name = inputs.respondent(name)
        request = request or letter("request", name=name)
        d = Draft(request=request, lang=lang)
        ix = ix if ix is not None else self.retriever.index()
        example = next((r.name for r in ix.respondents if r.type == "kommune"), "Gribskov Kommune")
        if not re.search(r"\w", name):  # nothing that could be a name: "", "!!!", an emoji
            d.text = say("draft_no_name", lang, example=example)
            return d
        # "Gribskov om sundhedsaftalen": the consultation the draft is for, and the name without it
        from retrieval.reading.query import tokenize

        toks = tokenize(name)
        named, cpos, _ = ix.catalog.read_consultations(toks, set(), rowish=True)
        if consultation:
            named = [c.title for c in ix.consultations if fold(c.title) == fold(consultation)] or [consultation]
        if cpos:
            keep = [t.text for i, t in enumerate(toks) if i not in cpos]
            while keep and keep[-1].lower() in _GLUE:
                keep.pop()
            name = " ".join(keep) or name
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
        answered = list(dict.fromkeys(r.consultation for r in rows))
        if named:
            rows = [r for r in rows if r.consultation in named]
            if not rows:
                d.respondent, d.choices = resp.name, [c for c in answered if c]
                d.text = say("draft_not_in", lang, name=resp.name, cons=" / ".join(named), these="; ".join(d.choices))
                return d
        elif len(answered) > 1:
            # NOTE: a letter answers one consultation: with several, ask which rather than mix them
            d.respondent, d.choices = resp.name, [c for c in answered if c]
            counts = "; ".join(
                f"{c} ({sum(1 for r in rows if r.consultation == c and r.handling != 'intet_svar')})" for c in answered
            )
            d.text = say(
                "draft_which",
                lang,
                name=resp.name,
                n=len(answered),
                cons=counts,
                example=f"{resp.name} om {_short(answered[-1])}",
            )
            return d
        d.consultation = rows[0].consultation if rows else None
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

        by_label = {f"{x.respondent} {x.letter or ''}".strip(): x for x in ix.rows()}
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
            p.sources.append(p.cite)
            link = ix.letter_links.get(r.id)
            if link is not None:
                p.own_words = link.sentence
                p.sources.append(key(ix.records[link.record]))
            ref = by_label.get(r.refers_to or "")
            parts = comment_parts(r.text_change or (ref.text_change if ref is not None else None), r.handling)
            for text, where, role, alone in parts[1]:
                p.plan.append(PlanQuote(text, where, "comment", p.cite, role, alone))
                hit = self._plan_exact(text, plan_idx, ix)
                if hit is not None:
                    p.plan.append(PlanQuote(_sentence_with(_body(hit), text), _where(hit), "plan", key(hit), role))
                    p.sources.append(p.plan[-1].cite)
            if plan_idx and not any(q.source == "plan" for q in p.plan):
                hit = self._plan_search(r, plan_idx, ix)
                if hit is not None:
                    quote = _best_sentences(_body(hit.record), set(stems(r.summary or "")))
                    p.plan.append(PlanQuote(quote, _where(hit.record), "plan", key(hit.record)))
                    p.sources.append(p.plan[-1].cite)
            d.points.append(p)
        d.citations = [Citation.from_record(r) for r in cites]
        if self.chat is not None:
            self._polish(d, rows, cites)
        self._write(d, rows, cites, ix, by_label)
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

    def _write(self, d: Draft, rows: list[Record], cites: list[Record], ix: Index, by_label: dict) -> None:
        """The letter (each point's paragraph, the body, the letter text), the caseworker's note and the sources."""
        resp = next(r for r in ix.respondents if r.name == d.respondent)
        lower = _lowercase_words(ix)
        no_reason, no_handling, referred = [], [], []
        for p, r in zip(d.points, rows):
            ref = by_label.get(r.refers_to or "")
            names = [resp] + [x for x in ix.respondents if ref is not None and x.name == ref.respondent]
            summary = r.summary or ""
            if ref is not None and re.match(r"samme (?:kommentar|bemærkning)", fold(summary)):
                summary = ref.summary or summary
            if re.fullmatch(r"(?:der er )?ingen bemærkninger(?: til [^.]*)?\.?", fold(summary).strip()):
                p.paragraph = letter("no_remarks")  # the party had nothing to remark on
                continue
            if p.reply:
                said = re.sub(r"\s*\[\d+\]", "", p.reply).strip()
            else:
                said = you_said(summary, names, lower)
            comment = r.text_change or (ref.text_change if ref is not None else None)
            prose, qs = comment_parts(comment, r.handling)
            did, reasoned = decision(r.handling, r.handling_raw, bool(r.is_remark), prose, qs, lower)
            p.paragraph = " ".join(x for x in (said, did) if x)
            label = p.letter or letter("remark").lower()
            if r.handling in ("ingen_aendring", "uden_for_rammerne") and not reasoned and not r.is_remark:
                no_reason.append(label)
            if not r.handling:
                no_handling.append(label)
            if ref is not None:
                referred.append(label)
        d.body = self._body(d, rows, cites)
        d.letter = _join_body(d.body)
        d.source_lines = [self._source_line(p, cites) for p in d.points]
        lang = d.lang
        points = say("draft_point_one" if len(d.points) == 1 else "draft_point_many", lang)
        note = [say("draft_head", lang, name=d.respondent, n=len(d.points), points=points)]
        note.append(say("draft_to_caseworker", lang))
        note.append(say("draft_polished", lang, n=d.polished) if d.polished else say("draft_template", lang))
        if not d.plan_in_index:
            note.append(
                say("draft_no_plan", lang, plan=letter("plan", plan=_plan_title(rows[0].title, rows[0].consultation)))
            )
        for key, labels in (
            ("draft_no_reason", no_reason),
            ("draft_no_handling", no_handling),
            ("draft_referred", referred),
        ):
            if labels:
                note.append(say(key, lang, points=", ".join(labels)))
        d.note = "\n".join(note)
        rule = letter("rule")
        d.text = "\n".join([d.note, "", rule, "", d.letter, "", rule, "", say("draft_sources", lang), *d.source_lines])

    def _body(self, d: Draft, rows: list[Record], cites: list[Record]) -> list[tuple[str, str, int]]:
        plan = _plan_title(rows[0].title, rows[0].consultation)
        sender = self.sender or rows[0].publisher or letter("sender")
        body = [("dear", salutation(d.respondent), 0)]
        body.append(("text", letter("thanks" if len(d.points) > 1 else "thanks_one", plan=plan), 0))
        themes = {p.theme for p in d.points}
        theme = None
        for n, p in enumerate(d.points, start=1):
            if p.theme and p.theme != theme and (len(themes) > 1 or len(d.points) > 2):
                body.append(("heading", p.theme, n))
            theme = p.theme
            body.append(("point", p.paragraph, n))
            if p.own_words:
                body.append(("label", letter("own_words"), n))
                body.append(("quote", letter("quote", text=p.own_words.strip(" «»")), n))
            shown = set()
            for q in p.plan:
                if q.source == "comment" and not q.in_letter:
                    continue  # quoted inside the comment's own sentence, which the paragraph holds
                if q.source == "plan" and any(c.source == "comment" for c in p.plan):
                    continue  # the same passage, already quoted from the comment (the plan is in the sources)
                text = q.text
                if normalise_text(text) in shown:
                    continue
                shown.add(normalise_text(text))
                where = q.where if q.source == "comment" else _letter_where(cites[q.cite - 1])
                where = f" ({where[0].lower()}{where[1:]})" if where else ""  # "(S. 2)" -> "(s. 2)"
                head = {"added": "new_added", "changed": "new_changed", "plan": "plan_says"}.get(q.role, "quoted")
                body.append(("label", letter(head, where=where), n))
                body.append(("quote", letter("quote", text=text.strip(" «»")), n))
        body += [("regards", letter("regards"), 0), ("name", letter("name"), 0), ("sender", sender, 0)]
        return body

    def _source_line(self, p: DraftPoint, cites: list[Record]) -> str:
        """ "Punkt a – Lægedækning og tilgængelighed: høringsnotatet, s. 1, l. 148-166 [1]; planen, … [3]"."""
        head = letter("point", letter=p.letter) if p.letter else letter("remark")
        head += f" – {p.theme}" if p.theme else ""
        out = []
        for k in p.sources:
            c = cites[k - 1]
            if c.is_row:
                out.append(", ".join([say("draft_source_row", "da"), *span_parts(c, "da")]) + f" [{k}]")
            elif c.is_letter:
                out.append(", ".join([say("draft_source_letter", "da"), *span_parts(c, "da")]) + f" [{k}]")
            else:
                where = ", ".join([c.section or c.title, *span_parts(c, "da")])
                out.append(say("draft_source_plan", "da", where=where) + f" [{k}]")
        return f"{head}: " + "; ".join(out)

    # --- LLM polish ---------------------------------------------------------------------------------------------

    def _polish(self, d: Draft, rows: list[Record], cites: list[Record]) -> None:
        """Per point, the restatement of what the party wrote ("I skriver, at …"), by the model from the point's own
        row. A restatement with an unsupported sentence is not used: the point keeps its template sentence. What the
        region did (handling, reason, quotes) is never the model's: the letter adds it from the høringsnotat."""
        from prompts import render
        from retrieval.answering.llm import check_citations, passage_block

        sender = self.sender or rows[0].publisher or letter("sender_llm")
        jobs = {}
        for p, r in zip(d.points, rows):
            hits = [Hit(r, 1.0)]
            prompt = render(
                "draft_reply_da", sender=sender, respondent=d.respondent or "", passages=passage_block(hits)
            )
            jobs[self._pool.submit(self.chat.complete, prompt, "Skriv gengivelsen.")] = (p, hits)
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


_GLUE = frozenset("om i til for on about in the høringen consultation vedr vedrørende angående".split())


def _short(title: str | None) -> str:
    """ "Sundhedsaftale 2024–2027" -> "sundhedsaftale 2024–2027": how a person would name it after "om"."""
    t = title or ""
    return t[:1].lower() + t[1:] if t[:1].isupper() and not t[1:2].isupper() else t


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


# --- the letter's sentences ------------------------------------------------------------------------------------------


def comment_parts(
    comment: str | None, handling: str | None = None
) -> tuple[list[str], list[tuple[str, str, str, bool]]]:
    """The høringsnotat's comment split for the letter: (its prose sentences, and for each passage of plan text it
    quotes: (text, location, role, alone)). Role: "added"/"changed" when the words before it say the text was added or
    changed (or the handling is a change), "plan" when they say the plan already holds it, else "quoted". A quote whose
    sentence says little besides it ("Det er blevet tilføjet afsnit 1.5, side 5 "…".", "s. 17., "…"") stands alone
    (alone=True) and its sentence leaves the prose; otherwise the sentence stays in the prose with the quote in it."""
    if not comment or not comment.strip():
        return [], []
    text = squash(comment)
    spans = []
    prev_end = 0
    for m in COMMENT_QUOTE.finditer(text):
        if m.start() < prev_end:
            continue
        start, end = m.start(), m.end()
        rest = text[end:]
        more = re.findall(r"[\"“”»]", rest)
        if len(more) == 1:  # a quote inside the quote: "(…) til kommuner, "herunder i forhold til ressourcer".
            nxt = re.search(r"[\"“”»]", rest)
            if not BOUNDARY.search(rest[: nxt.start()]):
                end = end + nxt.end()
        spans.append((start, end))
        prev_end = end
    if not spans:
        m = OPEN_QUOTE.search(text)
        if m:
            spans.append((m.start(), len(text)))
    quotes, drop = [], []
    prev_end = 0
    for start, end in spans:
        inner = text[start + 1 : end - 1] if re.match(r"[\"“”»]", text[end - 1]) else text[start + 1 : end]
        quoted = re.sub(r"\s+", " ", inner).strip()
        if quoted.count('"') % 2:  # the quote inside the quote closed with the outer one
            quoted += '"'
        window = text[max(prev_end, start - 160) : start]
        wheres = PLAN_WHERE.findall(window)
        after = PLAN_WHERE.match(text[end : end + 30].lstrip(" .,;:()"))
        if not wheres and after:
            wheres = [after.group(0)]
        prev_end = end
        if not (wheres or PLAN_WORDS.search(window)):
            continue  # a phrase in quotes, not the plan's text
        where = re.sub(r"\s+", " ", wheres[-1]).strip(" .,") if wheres else ""
        s0 = max([0] + [b.end() for b in BOUNDARY.finditer(text) if b.end() <= start])
        nb = BOUNDARY.search(text, end)
        s1 = nb.start() if nb else len(text)
        lead, tail = text[s0:start], text[end:s1]
        if NEW_WORDS.search(lead + " " + tail):
            role = "added" if ADDED_WORDS.search(lead + " " + tail) else "changed"
        elif OLD_WORDS.search(window):
            role = "plan"
        elif handling in CHANGED:
            role = "changed"
        else:
            role = "plan" if wheres else "quoted"
        rest_words = [
            w
            for w in re.findall(r"[a-zæøå]{3,}", fold(PLAN_WHERE.sub(" ", lead + " " + tail)))
            if not NEW_WORDS.match(w)
            and w not in ("det", "der", "dette", "blevet", "følgende", "planen", "praksisplanen")
        ]
        alone = len(rest_words) <= 2
        if alone:
            drop.append((s0, s1))
        quotes.append((quoted, where, role, alone))
    kept, pos = [], 0
    for s0, s1 in drop:
        kept.append(text[pos:s0])
        pos = max(pos, s1)
    kept.append(text[pos:])
    prose = []
    for sent in BOUNDARY.split(squash(" ".join(kept))):
        sent = sent.strip(" ,;")
        if len(re.findall(r"[^\W\d]{2,}", PLAN_WHERE.sub(" ", sent))) < 2:
            continue  # a page or section alone ("S. 2.")
        prose.append(sent if sent[-1] in '.!?"”»' else sent + ".")
    return prose, quotes


def _lowercase_words(ix: Index) -> set[str]:
    """The words the høringsnotat rows write in lower case inside a sentence: a sentence's first word is lowered
    after "at" or "fordi" only when it is one of these (so "Praksisplanen" becomes "praksisplanen", while
    "Sundhedsstyrelsen" and "PLO" stay)."""
    key = ix.version or str(id(ix))
    cached = _LOWER.get(key)
    if cached is None:
        words: set[str] = set()
        for r in ix.rows():
            for t in (r.summary, r.text_change, r.handling_raw):
                words.update(re.findall(r"(?<=[a-zæøå,] )[a-zæøå][a-zæøå-]+", t or ""))
        if len(_LOWER) > 8:
            _LOWER.clear()
        _LOWER[key] = cached = words
    return cached


_LOWER: dict[str, set[str]] = {}


def _lower_first(text: str, lower: set[str]) -> str:
    first = re.match(r"[A-ZÆØÅ][a-zæøå-]*\b", text)
    common = {"at", "det", "dette", "der", "de", "den", "disse", "et", "en", "ift", "ifm", "vedr", "generelt"}
    if first and first.group(0).lower() in lower | common:
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?"”»)' else text + "."


def _is_party(word: str, names: list[Respondent]) -> bool:
    """A word that names the party: one of its names' words or acronyms (a possessive or a typo too), or a word
    like "Kommunen", "Hospitalet", "De"."""
    w = fold(word).strip(".,:;")
    if not w:
        return False
    if w in SPEAKER_WORDS or any(SequenceMatcher(None, w, x).ratio() >= 0.88 for x in SPEAKER_WORDS if len(x) > 4):
        return True
    for r in names:
        if w in {fold(a) for a in r.aliases} or w in r.initials:
            return True
        for t in {fold(x) for x in r.tokens + r.words if x not in GENERIC_NAME_WORDS}:
            if len(t) >= 4 and (w == t or w.rstrip("s") == t or (len(w) >= 5 and t.startswith(w))):
                return True
    return False


def _speaker_end(words: list[str], i: int, names: list[Respondent]) -> int:
    """The end of a party's name that starts at words[i] ("DSR Kreds Hovedstaden", "Københavns Kommune"), or i."""
    j = _full_name_end(words, i, names)
    if j == i:
        if i >= len(words) or not _is_party(words[i], names):
            return i
        j = i + 1
    while j < len(words) and j - i < 4 and re.match(r"[A-ZÆØÅ]", words[j]) and not words[j - 1].endswith(","):
        j += 1  # the rest of the name: "DSR Kreds Hovedstaden", "Bornholms Regoinskommune"
    return j


def _full_name_end(words: list[str], i: int, names: list[Respondent]) -> int:
    """The end of the party's whole name or acronym as the row writes it at words[i] ("Danske Patienter", "KL"), or
    i."""
    rest = fold(" ".join(words[i:]))
    for r in names:
        for name in sorted({r.name, *r.aliases}, key=len, reverse=True):
            if rest.startswith(fold(name) + " ") or rest.startswith(fold(name) + ", "):
                return i + len(name.split())
    return i


def you_said(summary: str, names: list[Respondent], lower: set[str]) -> str:
    """The høringsnotat's summary of a point as sentences to the party: its speaker becomes "I" ("Gribskov ønsker"
    -> "I ønsker", "Ift. X peger SST på" -> "Ift. X peger I på"), a summary without one is introduced ("Ønsker at …"
    -> "I ønsker at …", "Et ønske om …" -> "I ønsker …", anything else -> "I skriver, at …"). Later sentences get
    only their speaker turned into "I" ("De anerkender" -> "I anerkender")."""
    parts = [x for x in BOUNDARY.split(squash(summary).strip()) if x.strip()]
    if not parts:
        return ""
    rest = [_swap_speaker(x.split(" "), names) or x for x in parts[1:]]
    return " ".join([_you_first(parts[0], names, lower), *(_sentence(x) for x in rest)])


def _swap_speaker(words: list[str], names: list[Respondent]) -> str:
    """The sentence with the party as its subject turned into "I", or "" when the party is not its subject."""
    end = _speaker_end(words, 0, names)
    verb = fold(words[end]).strip(",.:") if end and end < len(words) else ""
    if verb and re.match(r"[a-zæøå]", words[end]) and (verb in REPORTING_VERBS | FINITE or verb.endswith("r")):
        comma = "," if words[end - 1].endswith(",") else ""
        return _sentence(" ".join(["I" + comma] + words[end:]))
    for j in range(1, min(len(words) - 1, 14)):  # "Ift. X <verb> <the party> …": the party inverted after its verb
        if fold(words[j]).strip(",.:") in REPORTING_VERBS | FINITE and words[j][0].islower():
            possessive = re.fullmatch(r"[A-ZÆØÅ]\w+s", words[j + 1]) and _is_party(words[j + 1][:-1], names)
            if possessive and _full_name_end(words, j + 1, names) == j + 1:
                break  # "Det er Ishøjs holdning": a possessive, not the subject
            k = _speaker_end(words, j + 1, names)
            if k > j + 1:
                comma = "," if words[k - 1].endswith(",") else ""
                return _sentence(" ".join(words[: j + 1] + ["I" + comma] + words[k:]))
            break
    return ""


def _you_first(text: str, names: list[Respondent], lower: set[str]) -> str:
    words = text.split(" ")
    if words[0] == "I" and len(words) > 1 and _is_party(words[1], names):  # "I Kommunerne opfordrer"
        words = words[1:]
    swapped = _swap_speaker(words, names)
    if swapped:
        return swapped
    if fold(words[0]).strip(",.:") in REPORTING_VERBS:  # "Ønsker at …", "Efterlyser …"
        return _sentence("I " + words[0].lower() + (" " + " ".join(words[1:]) if len(words) > 1 else ""))
    m = re.match(r"(?:(?:Der er )?[Ee]t |)[Øø]nske om,?\s+(.*)$", text)
    if m:
        return _sentence("I ønsker " + m.group(1))
    m = re.match(r"Det er (?:et|jeres|deres) ønske,? at\s+(.*)$", text)
    if m:
        return _sentence("I ønsker, at " + m.group(1))
    m = re.match(r"(Generelt )?[Bb]emærkes det,? at\s+(.*)$", text) or re.match(
        r"Det bemærkes( generelt)?,? at\s+(.*)$", text
    )
    if m:
        return _sentence("I bemærker" + (" generelt" if m.group(1) else "") + ", at " + m.group(2))
    m = re.match(r"Det foreslås,? at\s+(.*)$", text)
    if m:
        return _sentence("I foreslår, at " + m.group(1))
    # the party's possessive inside the sentence: "Det er Ishøjs holdning" -> "Det er jeres holdning"
    out = [
        "jeres"
        if (i and re.match(r"[A-ZÆØÅ]\w+s$", w) and not words[i - 1][:1].isupper() and _is_party(w, names))
        else w
        for i, w in enumerate(words)
    ]
    if out != words:
        return _sentence(" ".join(out))
    if re.match(r"[Aa]t\s", text):
        text = text[3:].lstrip()
        return letter("you_write", text=_sentence(text)[0].lower() + _sentence(text)[1:])
    # "Ifm. X er der brug for …" -> "at der ifm. X er brug for …": a clause after "at" keeps its subject first
    m = re.match(
        r"((?:Ift\.|Ifm\.|Vedr\.|Vedrørende|I forhold til|I forbindelse med|Generelt)(?: [^ ,]+){0,6}?),? "
        r"(er|bør|skal|kan|vil|har|savnes|mangler) (der|det) (.+)$",
        text,
    )
    if m:
        adverbial = m.group(1)[0].lower() + m.group(1)[1:]
        clause = _sentence(f"{m.group(3)} {adverbial} {m.group(2)} {m.group(4)}")
        return letter("you_write", text=clause[0].lower() + clause[1:])
    return letter("you_write", text=_lower_first(_sentence(text), lower))


def _subject_first(sentence: str) -> bool:
    """Whether a sentence opens with its subject, so that it reads after "fordi" ("Dette er håndteret …",
    "Forløbsplanerne adresseres …")."""
    w = sentence.split(" ")
    if len(w) < 3 or fold(w[0]) in NOT_SUBJECT:
        return False
    second = fold(w[1]).strip(",")
    return second in FINITE or (len(second) >= 6 and second.endswith("es"))


def _raw_sentence(raw: str | None) -> str:
    """The handling cell's own wording when it reads as a clause ("Inddrages i implementeringsarbejdet"), else ""."""
    raw = squash(raw).strip(" .")
    if not raw or len(raw.split()) < 3 or re.search(r"samme håndtering|[/()]|^(?:ja|nej)\b", raw, re.I):
        return ""
    return raw


def decision(
    handling: str | None, raw: str | None, remark: bool, prose: list[str], quotes: list, lower: set[str]
) -> tuple[str, bool]:
    """What the region did with the point, in sentences chosen by the handling value, with the comment's own
    sentences (the reason); and whether a reason was given."""
    own = _raw_sentence(raw)
    if not prose and own and re.search(r"\b(?:da|fordi|idet)\b|[,;]", own) and len(own.split()) >= 6:
        if handling not in ("implementering", "uden_for_rammerne"):
            prose = [_sentence(own)]  # a handling cell that gives its reason ("Ikke imødekommet, da …")
    reason = " ".join(prose)
    if handling == "aendring":
        added = any(q[2] == "added" and q[3] for q in quotes)
        return " ".join([letter("aendring_added" if added else "aendring"), *prose]), bool(prose)
    if handling == "delvist":
        return " ".join([letter("delvist"), *prose]), bool(prose)
    if handling == "implementering":
        if own and re.match(r"\w+es\b|indgår\b", own, re.I):
            head = letter("implementering_raw", raw=_lower_first(own, lower | {own.split()[0].lower()}))
        else:
            head = letter("implementering")
        return " ".join([head, *prose]), bool(prose)
    if handling == "uden_for_rammerne":
        rest = list(prose)
        if rest and own and fold(rest[0]).startswith(fold(own)):
            own, rest = rest[0].rstrip("."), rest[1:]
        if own and re.match(r"(?:ligger|falder|er)\b", own, re.I):
            own = _sentence(own)
            head = letter("uden_for_rammerne_raw", raw=own[0].lower() + own[1:])
        else:
            head = letter("uden_for_rammerne")
        return " ".join([head, *rest]), True
    if handling == "ingen_aendring":
        if remark or (len(prose) == 1 and re.search(r"noter|efterretning|\bnotes\b", prose[0], re.I)):
            return " ".join([letter("remark_noted"), *prose]), True
        if not prose and any(q[2] == "plan" and q[3] for q in quotes):  # "Det fremgår af planen, at "…""
            return letter("ingen_aendring_in_plan"), True
        if not prose:
            return letter("ingen_aendring"), False
        because = re.match(r"([^,.]{0,50}?),?\s*\b(?:da|fordi|idet)\s+(.+)$", prose[0])
        if because and re.search(r"imødekom|ændr|tilrett|efterretning|^\W*(?:ja|nej)\b", because.group(1), re.I):
            # the handling phrase, then its reason: "Ikke imødekommet, da regionen …" -> "…, fordi regionen …"
            reason = because.group(2) if because.group(2)[-1] in ".!?" else because.group(2) + "."
            return " ".join([letter("ingen_aendring_because", reason=reason), *prose[1:]]), True
        if _subject_first(prose[0]):
            head = letter(
                "ingen_aendring_because", reason=_lower_first(prose[0], lower | {prose[0].split()[0].lower()})
            )
            return " ".join([head, *prose[1:]]), True
        return letter("ingen_aendring_reason", reason=reason), True
    return " ".join([letter("no_handling"), *prose]), bool(prose)


def _letter_where(r: Record) -> str:
    """A plan section as the letter names it: its own heading (no file, no line numbers)."""
    return (r.section or "").split(" > ")[-1].strip()


def _join_body(body: list[tuple[str, str, int]]) -> str:
    """The letter as plain text: a blank line between paragraphs; a quote follows its label on the next line."""
    out: list[str] = []
    for kind, text, _n in body:
        if kind in ("quote", "sender"):
            out.append(text)
        else:
            if out:
                out.append("")
            out.append(text)
    return "\n".join(out)
