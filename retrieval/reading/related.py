"""Related words: the second look a topic scan takes before it says "none of the points is about X".

The first pass (Index.coverage, the dense z-score) matches a topic's words and their inflections. A reader of the
rows also counts other forms of the same idea: a verb for a noun ("rekrutteres" for "rekruttering"), a compound's
parts in other words ("plejehjemslæger": "læger" at "plejecentre"), a synonym, an English word for the Danish one
("follow-up": "opfølgningsindsatsen"), a small typo. This module builds a topic's concepts with those forms and
says which of them a row holds; search.py uses it to find such rows, or to say it is unsure and show the closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from retrieval.reading.glossary import DA_SYNONYMS, english_terms
from retrieval.words import CompoundSplitter, _stemmer, words

# NOTE: Danish derivational endings, longest first: "rekruttering" and "rekrutteres" share the root "rekrutt(er)",
# "udskrivning" and "udskrivelse" the root "udskriv". Only stripped when four letters or more stay.
_DERIVATIONAL = (
    "iseringer",
    "isering",
    "ationer",
    "eringer",
    "ninger",
    "ation",
    "ering",
    "elser",
    "inger",
    "ioner",
    "heder",
    "ning",
    "else",
    "ende",
    "ion",
    "ing",
    "hed",
    "ere",
    "er",
    "e",
)


def root(stem: str) -> str:
    """The stem without its derivational ending ("rekruttering" -> "rekrutt", "opfølgning" -> "opfølg")."""
    for suffix in _DERIVATIONAL:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
            return stem[: -len(suffix)]
    return stem


def _prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def same_root(a: str, b: str) -> bool:
    """One word in two inflections or derivations: "rekruttering" / "rekrut", "udskrivning" / "udskrivelse"."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 4:
        return False
    ra, rb = root(a), root(b)
    n = _prefix(ra, rb)
    return n >= 4 and n >= min(len(ra), len(rb)) - 1 and abs(len(ra) - len(rb)) <= 3


@lru_cache(maxsize=50_000)
def related(form: str, token: str) -> bool:
    """A topic form and a row's token are one word for a reader: equal; one inflection or derivation of the other
    (a shared root); a compound of the row that begins or ends with the form ("opfølgningsindsats"); one small typo
    in a long word. Short forms (under five letters) only match themselves."""
    if same_root(form, token):
        return True
    if len(form) < 5 or len(token) < 4:
        return False
    # NOTE: a compound holds the form as its head or tail with a word of its own beside it (four letters or more:
    # "opfølgnings|indsats"); a shorter rest is an ending ("medicin|sk" is an adjective, not the noun)
    if len(token) - len(form) >= 4 and (token.startswith(form) or (len(form) >= 6 and token.endswith(form))):
        return True
    if len(form) >= 8 and len(token) >= 8 and form[0] == token[0] and abs(len(form) - len(token)) <= 2:
        return SequenceMatcher(None, form, token).ratio() >= 0.88
    return False


@dataclass
class Concept:
    """One idea of the topic: the word as asked, the stems that express it (its own, synonyms, the Danish of an
    English term) and, for a compound, its parts, each with its own forms (all parts must be found)."""

    word: str
    forms: set[str] = field(default_factory=set)
    parts: list[set[str]] = field(default_factory=list)

    def found_in(self, tokens: frozenset[str]) -> str | None:
        """The row token that expresses this concept, or None."""
        for f in sorted(self.forms, key=len, reverse=True):
            for t in tokens:
                if related(f, t):
                    return t
        if self.parts:
            got = []
            for part in self.parts:
                hit = next((t for f in part for t in tokens if related(f, t)), None)
                if hit is None:
                    return None
                got.append(hit)
            return "+".join(dict.fromkeys(got))
        return None


def _stem(w: str) -> str:
    return _stemmer().stemWord(w)


@lru_cache(maxsize=1)
def _synonym_index() -> dict[str, frozenset[str]]:
    """stem -> the stems of every one-word member of its synonym groups (a phrase's words alone say too little)."""
    out: dict[str, set[str]] = {}
    for group in DA_SYNONYMS:
        stems_ = {_stem(w) for w in group if " " not in w}
        for s in stems_:
            out.setdefault(s, set()).update(stems_)
    return {k: frozenset(v) for k, v in out.items()}


def synonym_words(words: list[str]) -> list[str]:
    """The one-word members of the synonym groups of the given stems (each as written in the group), not the stems'
    own words."""
    out: list[str] = []
    for group in DA_SYNONYMS:
        members = [w for w in group if " " not in w]
        st = {_stem(w) for w in members}
        for w in words:
            for part in w.split("|"):
                if any(same_root(part, k) or same_root(k, part) for k in st):
                    out += [m for m in members if _stem(m) != part and m not in out]
    return out


def with_synonyms(stem: str) -> set[str]:
    out = {stem}
    for key, group in _synonym_index().items():
        if same_root(stem, key) or same_root(key, stem):
            out |= group
    return out


def _split(word: str, known) -> list[str] | None:
    """A compound as written, split in two where both halves are known words (the corpus's or a synonym group's),
    the linking -s-/-e- dropped: "plejehjemslæger" -> plejehjem + læger. The most even split wins."""
    best, best_score = None, 0
    for i in range(4, len(word) - 2):
        head, tail = word[:i], word[i:]
        for h in {head, head[:-1] if head[-1] in "se" else head}:
            if len(h) < 4:
                continue
            if known(_stem(h)) and known(_stem(tail)):
                score = min(len(h), len(tail))
                if score > best_score:
                    best, best_score = [h, tail], score
    return best


def concepts(topic: str, splitter: CompoundSplitter | None = None, vocab=frozenset()) -> list[Concept]:
    """The topic's ideas: each English domain term (as one idea, by its Danish words), then each remaining content
    word with its synonyms and, when it is a compound, its parts."""
    out: list[Concept] = []
    rest = topic
    for en, da in english_terms(topic):
        forms: set[str] = set()
        for w in words(da):
            forms |= with_synonyms(_stem(w))
        out.append(Concept(en, forms))
        rest = re.sub(rf"\b{re.escape(en)}s?\b", " ", rest, flags=re.I)
    seen: set[str] = set()
    for raw in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", rest.lower()):
        ws = [w for w in words(raw) if len(w) >= 3]  # a hyphenated word: the joined word, then its parts
        if not ws or ws[0] in seen:
            continue
        seen.add(ws[0])
        c = Concept(raw, set().union(*(with_synonyms(_stem(w)) for w in ws)))
        halves = _split(ws[0], lambda x: x in vocab or x in _synonym_index()) if len(ws[0]) >= 8 else None
        if halves:
            c.parts = [with_synonyms(_stem(h)) for h in halves]
        elif splitter is not None:
            parts = splitter.parts(_stem(ws[0]))
            if len(parts) >= 2:
                c.parts = [with_synonyms(p) for p in parts]
        out.append(c)
    return out


@lru_cache(maxsize=8192)
def row_words(text: str) -> frozenset[str]:
    """A row's own words as stems, not split into compound parts: "almenmedicinsk" is not "medicin"."""
    return frozenset(_stemmer().stemWords(words(text)))


def match(concepts_: list[Concept], tokens: frozenset[str]) -> tuple[float, list[str]]:
    """(share of the concepts the row expresses, the row words that express them); `tokens`: row_words()."""
    if not concepts_:
        return 0.0, []
    got = [c.found_in(tokens) for c in concepts_]
    hits = [g for g in got if g]
    return len(hits) / len(concepts_), hits


def enough(share: float, n: int) -> bool:
    """A row about the topic by related words: every idea of a topic of up to three ideas, three quarters of a
    longer one (related words are weaker evidence than the topic's own: "svarede region sjælland" is not found in
    rows that only mention "Region Sjælland")."""
    return share >= (1.0 if n <= 3 else 0.75)


def surface(record, tokens: list[str]) -> list[str]:
    """The words of a record's text that gave these tokens ("plejecentr+læg" -> "plejecentre", "læger")."""
    wanted = [t for tok in tokens for t in tok.split("+")]
    out: list[str] = []
    for w in re.findall(r"[^\W\d_]+", record.embedding_text()):
        s = _stem(w.lower())
        if any(s == t or (len(t) >= 5 and s.startswith(t)) or (len(t) >= 6 and s.endswith(t)) for t in wanted):
            if w not in out:
                out.append(w)
    return out
