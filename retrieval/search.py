"""Search over the store. For now: dense retrieval with the embedder that built the index."""

from __future__ import annotations

from typing import Any

from retrieval.embedders import Embedder
from retrieval.errors import PlansvarError
from retrieval.store import ChromaStore
from retrieval.types import Record


def dense_search(
    store: ChromaStore, embedder: Embedder, question: str, k: int = 10, where: dict[str, Any] | None = None
) -> list[tuple[Record, float]]:
    """The k records nearest to the question, with cosine similarity."""
    if not question or not question.strip():
        raise PlansvarError("the question is empty: ask something, e.g. 'hvad sagde Gribskov om lægedækning?'")
    if k < 1:
        raise PlansvarError(f"k must be at least 1. Currently, it is {k}.")
    store.open_for_read(embedder.id)
    return store.query(embedder.embed_query(question), k=k, where=where)
