"""Wiring: settings -> store, embedder, retriever and answerer. CLI, HTTP and Slack all build through here."""

from __future__ import annotations

import re
import uuid
from functools import cached_property

from retrieval import inputs
from retrieval.embedders import Embedder, make_embedder
from retrieval.search import Retriever
from retrieval.settings import Settings
from retrieval.store import ChromaStore, make_store
from retrieval.text import clean_text


clean_context = inputs.context  # NOTE: the old name, kept for code written against it


class Service:
    """One per process: heavy parts load on first use and are shared."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @cached_property
    def store(self) -> ChromaStore:
        return make_store(self.settings)

    @cached_property
    def embedder(self) -> Embedder:
        return make_embedder(self.settings.embedding_model)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.store, self.embedder)

    @cached_property
    def answerer(self):
        from retrieval.answer import ExtractiveAnswerer

        extractive = ExtractiveAnswerer(self.retriever)
        if self.chat is not None:
            from retrieval.llm import LLMAnswerer

            return LLMAnswerer(extractive, self.chat, timeout=self.settings.llm_timeout, read_questions=self.settings.llm_read)
        return extractive

    @cached_property
    def chat(self):
        """The configured LLM (langchain), or None: the extractive default needs none."""
        if not self.settings.llm:
            return None
        from retrieval.llm import make_chat_model

        return make_chat_model(self.settings)

    @cached_property
    def drafter(self):
        from retrieval.draft import Drafter

        return Drafter(self.retriever, chat=self.chat, timeout=self.settings.llm_timeout)

    def intent(self, question: str, context: str | None = None):
        """(what the message asks for, the context that still applies). "og Gentofte?" after a draft request is a
        draft for Gentofte; a draft or overview is no context for a question."""
        from retrieval.intents import Intent, classify

        question, context = clean_text(question), inputs.context(context)
        intent = classify(inputs.question(question))
        if context and intent.kind == "ask":
            earlier = classify(context)
            if earlier.kind == "draft" and len(intent.text.split()) <= 5:
                name = re.sub(r"^(og|and|hvad med|what about|samme for|same for|også|also)\s+", "", intent.text, flags=re.I)
                return Intent("draft", name.strip(" ?.!"), earlier.lang, follow_up=True), None
            if earlier.kind != "ask":
                context = None
        return intent, context

    def answer(self, question: str, qid: str | None = None, context: str | None = None, show_all: bool = False):
        """Answer a question; a request for a draft reply or for the overview is answered as such. `show_all`:
        the whole filtered set, with no topic narrowing it. Lone surrogates, control characters and direction
        overrides are removed first (retrieval/text.py)."""
        question = clean_text(question)
        intent, context = self.intent(question, context)
        if intent.kind == "draft":
            d = self.draft(intent.text, request=intent.request(question), lang=intent.lang)
            d.id = qid or d.id
            return d.to_answer()
        if intent.kind == "overview":
            return self.overview(question, intent.lang, qid)[0]
        return self.answerer.answer(question, qid=qid, context=context, show_all=show_all)

    def overview(self, question: str = "oversigt", lang: str = "da", qid: str | None = None):
        """(the overview as an answer, the Overview itself) for the records in the index."""
        from retrieval.overview import build_overview, overview_answer

        self.retriever.warm_up()
        records = self.retriever.records
        ov = build_overview(records)
        ans = overview_answer(ov, records, " ".join(question.split()), lang)
        ans.id = qid or uuid.uuid4().hex[:12]
        return ans, ov

    def draft(self, respondent: str, request: str | None = None, lang: str = "da"):
        """A draft reply to one respondent (retrieval/draft.py)."""
        respondent, request = clean_text(respondent), clean_text(request) or None
        d = self.drafter.draft(respondent, request=request, lang=lang)
        d.id = uuid.uuid4().hex[:12]
        return d
