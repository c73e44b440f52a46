"""BM25 over records, on the Danish stems and compound parts of retrieval/words.py."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from retrieval.types import Record
from retrieval.words import CompoundSplitter, stems


class BM25Index:
    """BM25 (bm25s) over a fixed list of records; scores for every record, so callers can threshold."""

    def __init__(self, records: Sequence[Record]) -> None:
        import bm25s

        self.records = list(records)
        docs = [stems(r.embedding_text()) for r in self.records]
        df: dict[str, int] = {}
        for d in docs:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        self.splitter = CompoundSplitter(df)
        self.df = df
        self.doc_tokens = [self.splitter.expand(d) for d in docs]
        self.vocab = {t for d in self.doc_tokens for t in d}
        self._bm25 = bm25s.BM25()
        self._bm25.index(self.doc_tokens or [["_"]], show_progress=False)

    def query_tokens(self, text: str) -> list[str]:
        toks = self.splitter.expand(stems(text))
        return [t for t in dict.fromkeys(toks) if t in self.vocab]

    def scores(self, text: str) -> np.ndarray:
        toks = self.query_tokens(text)
        if not toks or not self.records:
            return np.zeros(len(self.records), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(toks), dtype=np.float32)

    def matched_terms(self, i: int, text: str) -> set[str]:
        """Which of the query's tokens record i contains."""
        doc = set(self.doc_tokens[i])
        return {t for t in self.query_tokens(text) if t in doc}
