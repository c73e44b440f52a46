"""Words of a text, shared by every layer: stopwords (Danish and English), tokens, Danish stems and compound
splitting ("fasttilknyttede" = "fast tilknyttede")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.types import dehyphenate

STOP_DA = set(
    """af alle allerede andet andre at bare bl blev blive bliver da de dem den denne der deres det dette dig din disse
    dog du efter eller en end er et for fra fx få gerne godt har havde have hele hende her hos hun hvad hvem hvilke iflg ifølge
    hvilken hvis hvor hvordan hvorfor hvornår i ift ikke ind ja jeg jer jo kan kom kommer kun kunne lidt man mange
    med meget men mere mig min mod ned noget nogle nu når og også om op os over på sagde sagt sig sin sine sit skal
    skulle som store så sådan thi til ud under var vi vil ville vor være været""".split()
)
STOP_EN = set(
    """a about according all also an and any are as at be been being but by can could did do does for from had has have how i
    if in into is its of on or our said say says should so such than that the their them then there these they
    this those to was we were what when where which who whom why will with would you""".split()
)
STOPWORDS = STOP_DA | STOP_EN
TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-zæøåéüö]+(?:-[a-zæøåéüö]+)*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("danish")


def words(text: str) -> list[str]:
    """Lower-cased words without stopwords; hyphenated words also give their parts ("opgave-" line breaks joined)."""
    out = []
    for w in TOKEN.findall(dehyphenate(text).lower()):
        parts = [p for p in w.split("-") if p]
        if len(parts) > 1:
            out.append("".join(parts))
        out.extend(parts)
    return [w for w in out if w not in STOPWORDS and len(w) > 1]


def stems(text: str) -> list[str]:
    return _stemmer().stemWords(words(text))


class CompoundSplitter:
    """Splits Danish compounds into parts both known from the corpus: "plejehjemslæg" -> "plejehjem" + "læg"."""

    LINKS = ("s", "e", "")

    def __init__(self, doc_freq: dict[str, int], min_part: int = 3) -> None:
        self.df = doc_freq
        self.vocab = set(doc_freq)
        self.min_part = min_part
        self._cache: dict[str, list[str]] = {}

    def parts(self, stem: str, depth: int = 0) -> list[str]:
        """The split whose rarest part is most common in the corpus (so "fast"+"tilknytted", not "fasttilknyt"+"ted")."""
        if stem in self._cache:
            return self._cache[stem]
        best: list[str] = []
        best_score = 1  # a part seen in only one record is no evidence of a compound
        n = len(stem)
        if n >= max(8, 2 * self.min_part) and depth < 2:
            for i in range(self.min_part, n - self.min_part + 1):
                head, tail = stem[:i], stem[i:]
                for link in self.LINKS:
                    if link and not head.endswith(link):
                        continue
                    h = head[: len(head) - len(link)] if link else head
                    if len(h) < self.min_part:
                        continue
                    h_stem = h if h in self.vocab else _stemmer().stemWord(h)
                    if h_stem not in self.vocab:
                        continue
                    tail_parts = [tail] if tail in self.vocab else self.parts(tail, depth + 1)
                    if not tail_parts or any(p in STOPWORDS for p in [h_stem, *tail_parts]):
                        continue
                    score = min(self.df.get(p, 0) for p in [h_stem, *tail_parts])
                    # a word common in its own right ("konsekvens") is not split
                    if score > best_score and self.df.get(stem, 0) < 10:
                        best, best_score = [h_stem, *tail_parts], score
        self._cache[stem] = best
        return best

    def expand(self, toks: Sequence[str]) -> list[str]:
        """The tokens, their compound parts, and joined neighbours that form a known compound."""
        out = list(toks)
        for t in toks:
            out.extend(self.parts(t))
        for a, b in zip(toks, toks[1:]):
            joined = _stemmer().stemWord(a + b)
            if joined in self.vocab:
                out.append(joined)
        return out
