"""Wiring: settings -> store, embedder, retriever and answerer. CLI, HTTP and Slack all build through here."""

from __future__ import annotations

from functools import cached_property

from retrieval.embedders import Embedder, make_embedder
from retrieval.search import Retriever
from retrieval.settings import Settings
from retrieval.store import ChromaStore, make_store


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
        if self.settings.llm:
            from retrieval.llm import LLMAnswerer, make_chat_model

            return LLMAnswerer(extractive, make_chat_model(self.settings), timeout=self.settings.llm_timeout)
        return extractive

    def answer(self, question: str, qid: str | None = None, context: str | None = None):
        return self.answerer.answer(question, qid=qid, context=context)
