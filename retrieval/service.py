"""Wiring: settings -> store, embedder, retriever and answerer, and the one entry every front end calls: CLI, HTTP
and Slack all answer a message through Service.respond()."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from retrieval import inputs
from retrieval.errors import ConsultationUnknown
from retrieval.search.embedders import Embedder, make_embedder
from retrieval.search.index import Index
from retrieval.search.ranking import Retriever
from retrieval.search.store import ChromaStore, make_store
from retrieval.settings import Settings
from retrieval.text import clean_text
from retrieval.types import Answer

if TYPE_CHECKING:
    from retrieval.answering.draft import Draft
    from retrieval.answering.overview import Overview


@dataclass
class Reply:
    """What a message gets: the answer, and for a draft or overview request the Draft or Overview behind it (the
    front end turns it into the file it attaches: bot/exports.py writes the DOCX and the XLSX)."""

    answer: Answer
    kind: str = "ask"  # "ask", "draft" or "overview" (retrieval/reading/intents.py)
    lang: str = "da"  # the request's language, as the intent read it
    draft: Draft | None = None
    overview: Overview | None = None
    subject: str = ""  # a draft request's respondent, as the message names it ("Gribskov")


class Service:
    """One per process: heavy parts load on first use and are shared. Parts can be given instead of built from the
    settings: `store` (a ChromaStore), `embedder`, `chat` (an llm.ChatModel: with one the answers and drafts use
    it, whatever PLANSVAR_LLM says) and `retriever` (another Service's, to share its loaded index; its store and
    embedder then come with it)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store: ChromaStore | None = None,
        embedder: Embedder | None = None,
        chat=None,
        retriever: Retriever | None = None,
    ) -> None:
        self.settings = settings or Settings()
        if retriever is not None:
            store, embedder = store or retriever.store, embedder or retriever.embedder
            if store is not retriever.store or embedder is not retriever.embedder:
                raise ValueError("a given retriever brings its own store and embedder")
        # NOTE: an attribute set here shadows the cached_property of the same name (which builds the default)
        for name, part in (("store", store), ("embedder", embedder), ("chat", chat), ("retriever", retriever)):
            if part is not None:
                setattr(self, name, part)

    @cached_property
    def store(self) -> ChromaStore:
        return make_store(self.settings)

    @cached_property
    def embedder(self) -> Embedder:
        return make_embedder(self.settings.embedding_model)

    @cached_property
    def retriever(self) -> Retriever:
        from pathlib import Path

        from retrieval.search.embedders import CACHE_FILE, PhraseVectors

        # the reader's phrasing vectors beside the passages' (ingest writes them there too): a new process reads them
        return Retriever(self.store, self.embedder, phrases=PhraseVectors(Path(self.settings.store) / CACHE_FILE))

    @cached_property
    def answerer(self):
        from retrieval.answering.answer import ExtractiveAnswerer

        extractive = ExtractiveAnswerer(self.retriever)
        if self.chat is not None:
            from retrieval.answering.llm import LLMAnswerer

            return LLMAnswerer(
                extractive, self.chat, timeout=self.settings.llm_timeout, read_questions=self.settings.llm_read
            )
        return extractive

    @cached_property
    def chat(self):
        """The configured LLM (langchain), or None: the extractive default needs none."""
        if not self.settings.llm:
            return None
        from retrieval.answering.llm import make_chat_model

        return make_chat_model(self.settings)

    @cached_property
    def drafter(self):
        from retrieval.answering.draft import Drafter

        return Drafter(self.retriever, chat=self.chat, timeout=self.settings.llm_timeout)

    def index(self) -> Index:
        """The current Index (loaded, or reloaded when the store changed): records, documents, respondents. Take it
        once and read everything from it; a later call may return a newer version."""
        return self.retriever.index()

    def read(self, question: str, context: str | None = None, show_all: bool = False, ix: Index | None = None):
        """How a message is read: one QueryPlan, whether it asks a question, for a draft reply or for the overview
        (retrieval/reading/query.py `read_message`). "og Gentofte?" after a draft request is a draft for Gentofte;
        "og hospitalerne?" after a question is that question for the hospitals."""
        question, context = clean_text(question), inputs.context(context)
        return self.retriever.plan(inputs.question(question), ix, context=context, show_all=show_all)

    def respond(
        self,
        question: str,
        *,
        context: str | None = None,
        show_all: bool = False,
        qid: str | None = None,
        ix: Index | None = None,
    ) -> Reply:
        """The one entry for a message from any front end (`plansvar ask`, POST /ask, Slack): a question is
        answered, a request for a draft reply or for the overview gets that (with the Draft or Overview for the
        file). `context`: the thread's earlier question (follow-ups); `show_all`: the whole filtered set, with no
        topic narrowing it. Lone surrogates, control characters and direction overrides are removed first
        (retrieval/text.py). The whole reply is built from one Index, whose version the answer carries: `ix`, or
        the current one."""
        question = clean_text(question)
        ix = ix if ix is not None else self.index()
        plan = self.read(question, context, show_all, ix)
        if plan.intent == "draft":
            request = None if plan.follow_up else " ".join(question.split())
            d = self.draft(plan.subject, request=request, lang=plan.lang, ix=ix)
            d.id = qid or d.id
            ans = d.to_answer()
            ans.version, ans.interpretation = ix.version, plan.to_dict()
            return Reply(ans, "draft", plan.lang, draft=d, subject=plan.subject)
        if plan.intent == "overview":
            ans, ov = self.overview(question, plan.lang, qid, ix=ix, chosen=plan.consultations)
            ans.interpretation = plan.to_dict()
            return Reply(ans, "overview", plan.lang, overview=ov)
        ans = self.answerer.answer(
            question, qid=qid, context=inputs.context(context), show_all=show_all, ix=ix, plan=plan
        )
        return Reply(ans, "ask", (ans.interpretation or {}).get("lang", plan.lang))

    def answer(self, question: str, qid: str | None = None, context: str | None = None, show_all: bool = False):
        """respond(…).answer: the answer alone (a draft or overview request answered as such)."""
        return self.respond(question, context=context, show_all=show_all, qid=qid).answer

    def overview(
        self,
        question: str = "oversigt",
        lang: str = "da",
        qid: str | None = None,
        ix: Index | None = None,
        consultation: str | None = None,
        chosen: list[str] | None = None,
    ):
        """(the overview as an answer, the Overview itself) for the records in the index: of one consultation when
        `consultation` (a title, named loosely) is given, or `chosen` (titles, as the reader found them in a message
        like "oversigt over sundhedsaftale-høringen"), or the question names one."""
        from retrieval.answering.overview import build_overview, overview_answer
        from retrieval.reading.query import tokenize

        ix = ix if ix is not None else self.index()
        if consultation:
            found = ix.find_consultation(clean_text(consultation))
            if found is None:
                raise ConsultationUnknown(clean_text(consultation), [c.title for c in ix.consultations])
            chosen = [found.title]
        elif chosen is None:
            chosen, _pos, _named = ix.catalog.read_consultations(tokenize(question), set(), rowish=True)
        records = [r for r in ix.records if not chosen or r.consultation in chosen]
        ov = build_overview(records, list(ix.consultations), chosen[0] if chosen else None)
        ans = overview_answer(ov, records, " ".join(question.split()), lang)
        ans.id = qid or uuid.uuid4().hex[:12]
        ans.version = ix.version
        return ans, ov

    def draft(
        self,
        respondent: str,
        request: str | None = None,
        lang: str = "da",
        ix: Index | None = None,
        consultation: str | None = None,
    ):
        """A draft reply to one respondent in one consultation (retrieval/answering/draft.py)."""
        respondent, request = clean_text(respondent), clean_text(request) or None
        if consultation:
            ix = ix if ix is not None else self.index()
            found = ix.find_consultation(clean_text(consultation))
            if found is None:
                raise ConsultationUnknown(clean_text(consultation), [c.title for c in ix.consultations])
            consultation = found.title
        d = self.drafter.draft(
            respondent, request=request, lang=lang, ix=ix, consultation=clean_text(consultation) or None
        )
        d.id = uuid.uuid4().hex[:12]
        return d
