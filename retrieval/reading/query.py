"""Question -> QueryPlan: one typed reading of a question (intent, filters, topic, language) that every answer shows.

Reading is slot filling, not one pattern per phrasing: each filter value of the vocabulary (retrieval/vocab.py) is
found from word evidence (retrieval/reading/phrasebank.py: word groups in Danish and English, inflections and small typos
tolerated; respondents from the names the store holds, their acronyms and English names) and, where words are
silent, from the embedder's similarity to example phrasings. Whatever is left once the filters and the words about
asking are taken out is the topic; with no topic the answer is the whole filtered set."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable

from retrieval.reading.asks import COMPARE
from retrieval.reading import phrasebank as pb
from retrieval.reading.glossary import EN_DA
from retrieval.text import fold_accents
from retrieval.types import Record
from retrieval.vocab import EMPTY_HANDLING, Handling, RespondentType
from retrieval.words import STOPWORDS

# words that name a kind of party or place, not a party: never enough to match a respondent on their own
GENERIC_NAME_WORDS = set(
    """kommune kommuner kommunes region regionen regions hovedstaden hovedstadens i og af pva for the of
    hospital hospitalet hospitals rådet råd udvalget kreds dansk danske forening foreningen regionskommune""".split()
)
DA_WORDS = set(
    """hvad hvilke hvilken hvem hvor hvordan sagde om og er det der til at af med kommunerne ikke blev
    har skrev mente vis alle fra punkter høringssvar kan du mig giv nævn""".split()
)
EN_WORDS = set(
    """what which who how did the about and is are were to of with municipalities say said show all from
    points responses comments give me please list has have wrote write any never only into plan changes""".split()
)
# NOTE: a quote may close onto a compound's hyphen: "'God adgang'-ordningen" quotes "God adgang"
QUOTED = re.compile(r"(?:(?<=[\s(])|^)[\"'“‘«»]([^\"“”«»]{3,120}?)[\"'”’»«](?=[\s?.,;:!)-]|$)")
# NOTE: hyphenated words are split ("generelt-temaet", "PIU-punkter", "no-change"); a hyphenated name is matched
# from its parts (_parts_hit) and a hyphenated acronym ("PLO-H") from the joined tokens
TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[A-Za-zÆØÅæøåÉéÜüÖöÄä]+(?:['’][A-Za-z]{1,2}\b)?")
# point letters: "punkt c", "punkterne m, n og o", "points j and k", "bemærkning m til o", "items m-o", "(a)", "a)"
_L = r"\(?[a-zæøå]\)?"
LETTERS = re.compile(
    rf"\b(?:punkt(?:erne|er)?|points?|bemærkning(?:erne|er)?|comments?|items?|litra|letters?|under)\s+"
    rf"(?P<list>{_L}(?:\s*(?:,|og|and|\+|&|-|–|til|to|through)\s*{_L})*)(?=$|[\s,.?;:!])"
    r"|(?:^|(?<=\s))\((?P<one>[a-zæøå])\)(?=$|[\s,.?;:!])|(?:^|(?<=\s))(?P<paren>[a-zæøå])\)(?=$|[\s,.?;:!])",
    re.I,
)


def read_letters(q: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Point letters and where they stand; "m-o", "m til o" are ranges. "under a" only at the end of a question."""
    out: list[str] = []
    spans = []
    for m in LETTERS.finditer(q):
        if m.group("list"):
            if m.group(0).lower().startswith("under") and q[m.end() :].strip(" ?!.") != "":
                continue
            text = m.group("list").lower()
            parts = re.findall(r"[a-zæøå]+|[-–]", re.sub(r"[()]", "", text))
            letters: list[str] = []
            k = 0
            while k < len(parts):
                p = parts[k]
                if p in ("-", "–", "til", "to", "through") and letters and k + 1 < len(parts):
                    a, b = letters[-1], parts[k + 1]
                    letters += [chr(c) for c in range(ord(a) + 1, ord(b) + 1)] if a < b <= "z" else [b]
                    k += 2
                    continue
                if len(p) == 1 and p.isalpha():
                    letters.append(p)
                k += 1  # separators: og, and, +, &, ","
            if letters in (["i"], ["a"]) and "(" not in text and ")" not in text and q[m.end() :].strip(" ?!.") != "":
                continue  # "bemærkninger i punktform", "points a municipality made": a word, not a letter
            out += letters
        else:
            out.append((m.group("one") or m.group("paren")).lower())
        spans.append(m.span())
    return list(dict.fromkeys(out)), spans


def detect_language(text: str) -> str:
    """'da' or 'en' by function words (Danish letters decide a tie)."""
    toks = re.findall(r"[a-zæøå']+", text.lower())
    da = sum(t in DA_WORDS for t in toks) + 2 * len(re.findall(r"[æøå]", text.lower())) / max(len(toks), 1)
    en = sum(t in EN_WORDS for t in toks) + sum(t.endswith(("'s", "n't")) for t in toks)
    return "en" if en > da else "da"


# --- words -------------------------------------------------------------------------------------------------------------


@dataclass
class Tok:
    text: str  # as written
    low: str  # lower case, possessive 's and apostrophes removed
    start: int
    end: int
    glued: bool = False  # joined to the word before by a hyphen ("follow-up": "up")


def tokenize(text: str) -> list[Tok]:
    out = []
    for m in TOKEN.finditer(text):
        w = m.group(0)
        low = re.sub(r"['’]s$", "", w.lower()).replace("’", "'")
        glued = bool(out) and out[-1].end == m.start() - 1 and text[m.start() - 1] == "-"
        out.append(Tok(w, low, m.start(), m.end(), glued))
    return out


def _bare_forms(toks: list[Tok], i: int) -> tuple[str, ...]:
    """Token i as an acronym may be written: without a possessive "s" ("PIUs", "SST's"), and joined to the next word
    by a hyphen ("PLO-H" written as one word)."""
    t = toks[i]
    texts = [t.text]
    if i + 1 < len(toks) and toks[i + 1].start == t.end + 1:
        texts.append(f"{t.text}-{toks[i + 1].text}")
    return tuple(_bare(x) for x in texts)


def _all_bare_forms(toks: list[Tok]) -> list[tuple[str, ...]]:
    """_bare_forms of every token, once per question (not once per respondent)."""
    return [_bare_forms(toks, i) for i in range(len(toks))]


@lru_cache(maxsize=20_000)
def _bare(text: str) -> str:
    return re.sub(r"(?<=[A-ZÆØÅ])s$", "", re.sub(r"['’]s$", "", text))


def _fuzzy(a: str, b: str) -> bool:
    """One small typo in a long word: "ændrigner" ~ "ændringer", "Kræftens Bekæmplese" ~ "bekæmpelse"."""
    if len(a) < 6 or len(b) < 6 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=50_000)
def word_matches(word: str, entry: str) -> bool:
    """A word against one word of the phrase bank: "ændr*" is a prefix, others the word itself (small typos too)."""
    if entry.startswith("*"):
        inner = entry.strip("*")
        return (inner in word[1:]) if entry.endswith("*") else (word.endswith(inner) and len(word) > len(inner))
    if entry.endswith("*"):
        stem = entry[:-1]
        if word.startswith(stem):
            return True
        return len(stem) >= 5 and len(word) >= len(stem) and _fuzzy(word[: len(stem)], stem)
    return word == entry or _fuzzy(word, entry)


@lru_cache(maxsize=1024)
def _entry_words(entries: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrase bank's entries split into words once, grouped by their first letter: a word can only match an
    entry with its own first letter (exact, prefix and one-typo matches all keep it; see word_matches), except the
    entries that begin with "*", grouped under ""."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        parts = tuple(re.sub(r"'s$", "", p) for p in entry.split())
        if parts:
            groups.setdefault("" if parts[0].startswith("*") else parts[0][0], []).append(parts)
    return {k: tuple(v) for k, v in groups.items()}


def find(toks: list[Tok], entries: tuple[str, ...], skip: set[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges [i, j) where an entry of the phrase bank stands (multi-word entries as consecutive words)."""
    out = set()
    lows = [t.low for t in toks]
    groups = _entry_words(tuple(entries))
    anywhere = groups.get("", ())
    for i, low in enumerate(lows):
        for parts in groups.get(low[:1], ()) + anywhere:
            n = len(parts)
            if i + n > len(lows) or not all(word_matches(lows[i + k], parts[k]) for k in range(n)):
                continue
            if skip and any(k in skip for k in range(i, i + n)):
                continue
            out.add((i, i + n))
    return sorted(out)


def positions(ranges: list[tuple[int, int]]) -> set[int]:
    return {k for a, b in ranges for k in range(a, b)}


# --- the catalog of what the store holds -------------------------------------------------------------------------------


@dataclass
class Respondent:
    name: str
    type: str | None
    tokens: list[str]  # distinctive name words, lower-cased
    aliases: set[str] = field(default_factory=set)  # acronyms the respondent's own rows use: SST, PLO-H, PIU
    words: list[str] = field(default_factory=list)  # every word of the name, lower-cased
    english: list[tuple[str, ...]] = field(default_factory=list)  # English names, as word tuples
    initials: set[str] = field(default_factory=set)  # "kk", "hgh", "noh": matched only when written in capitals


@dataclass
class DocInfo:
    doc: str
    title: str
    kind: str
    publisher: str | None
    tokens: set[str]

    @property
    def split_tokens(self) -> set[str]:
        return set(_split_tokens(f"{self.title} {self.publisher or ''}")) - STOPWORDS - GENERIC_NAME_WORDS


class Lexicon(frozenset):
    """The words the documents write in lower case, and how rare each stem is among the passages: "uens" in a
    handful of them tells more of a sentence than "borgerne" in most (prose.weight)."""

    def __new__(cls, words, records: list[Record] = ()):
        self = super().__new__(cls, words)
        from retrieval.words import stems

        df: Counter = Counter()
        for r in records:
            df.update(set(stems(r.text)))
        self.df, self.n = df, len(records)
        return self


class Catalog:
    """Respondents, their acronyms and English names, the themes and the documents, learned from the records."""

    def __init__(self, records: list[Record]) -> None:
        rows = [r for r in records if r.is_row]
        by_name: dict[str, Respondent] = {}
        for r in rows:
            if r.respondent and r.respondent not in by_name:
                words = _name_tokens(r.respondent)
                toks = [t for t in words if t not in GENERIC_NAME_WORDS]
                low = r.respondent.lower()
                english = [
                    tuple(_name_tokens(alias))
                    for key, aliases in pb.BODY_NAMES.items()
                    if re.search(rf"(^|\W){re.escape(key)}", low)
                    for alias in aliases
                ]
                by_name[r.respondent] = Respondent(r.respondent, r.respondent_type, toks, words=words, english=english)
        self.respondents = list(by_name.values())
        self._learn_aliases(rows)
        self._initials()
        # in how many rows a word occurs outside the respondent cell: "praktiserende" is common, "Gribskov" is not
        self.word_rows: Counter = Counter()
        for r in rows:
            own = set(_name_tokens(r.respondent or ""))
            self.word_rows.update(
                set(_name_tokens(" ".join(x for x in (r.summary, r.quote, r.text_change) if x))) - own
            )
        self.docs: dict[str, DocInfo] = {}
        for r in records:
            if r.doc not in self.docs:
                toks = set(_name_tokens(f"{r.title} {r.publisher or ''}")) - STOPWORDS - GENERIC_NAME_WORDS
                self.docs[r.doc] = DocInfo(r.doc, r.title, r.doc_kind or r.kind, r.publisher, toks)
        self.themes = sorted({r.theme for r in rows if r.theme})
        self.consultations: list = []  # retrieval.search.consultations.Consultation, set by Index.build
        # words the documents write in lower case: an ordinary word ("lægedækningen"), never a typo of a name
        self.lower_words = Lexicon(
            (w for r in records for w in re.findall(r"(?<![\w-])[a-zæøåé]+", r.embedding_text())), records
        )
        # words the documents write with a capital: names ("Hovedstaden", "PPU"), not "October" or "Committee"
        self.name_words = frozenset(
            w.lower() for r in records for w in re.findall(r"[A-ZÆØÅ][A-Za-zÆØÅæøåé]+", r.embedding_text())
        )

    def _learn_aliases(self, rows: list[Record]) -> None:
        """An acronym is a respondent's alias when its own rows use it and its letters follow the name's."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            for tok in re.findall(
                r"\b[A-ZÆØÅ]{2,6}(?:-[A-ZÆØÅ])?\b", " ".join(x for x in (r.summary, r.quote, r.text_change) if x)
            ):
                counts[tok][r.respondent] += 1
        for tok, c in counts.items():
            owner, n = c.most_common(1)[0]
            resp = next((x for x in self.respondents if x.name == owner), None)
            if resp and n >= 2 and _is_acronym_of(tok, owner):
                resp.aliases.add(tok.lower())

    def _initials(self) -> None:
        """Initials as an alias where they name one respondent only: "KK", "HGH", "NOH", "AHH" (a hospital's name
        without the word "hospital" gets its H), "BFH"."""
        seen: dict[str, set[str]] = defaultdict(set)
        for r in self.respondents:
            words = [
                w for w in re.findall(r"[A-Za-zÆØÅæøå]+", r.name) if w.lower() not in ("og", "i", "af", "pva", "for")
            ]
            if len(words) < 2:
                continue
            variants = [words, words[1:] if words[0].lower() in GENERIC_NAME_WORDS else words]
            for ws in variants:
                if len(ws) < 2:
                    continue
                base = "".join(w[0] for w in ws).lower()
                forms = {base, ws[0][:2].lower() + "".join(w[0] for w in ws[1:]).lower()}
                if r.type == "hospital" and "hospital" not in r.name.lower():
                    forms |= {f + "h" for f in forms}
                for f in forms:
                    if len(f) >= 2:
                        seen[f].add(r.name)
        for f, names in seen.items():
            if len(names) == 1:
                resp = next(x for x in self.respondents if x.name in names)
                resp.initials.add(f)

    def match_respondents(self, question: str) -> list[Respondent]:
        """Respondents the question names, tolerant of case, genitive -s, small typos and English names."""
        return self.match_respondents_spans(question)[0]

    def match_respondents_spans(self, question: str) -> tuple[list[Respondent], list[tuple[int, int]]]:
        """The respondents, and where in the question their names stand (character spans)."""
        toks = tokenize(question)
        chosen, used = self.read_respondents(toks)
        return chosen, [(toks[k].start, toks[k].end) for k in sorted(used)]

    def read_respondents(self, toks: list[Tok]) -> tuple[list[Respondent], set[int]]:
        """The respondents a question names, by token: the longest names first, so "Herlev og Gentofte Hospital"
        is one respondent, not Herlev Kommune and Gentofte Kommune; names do not share words."""
        cands = []
        translated, bares = _translate_name_words(toks), _all_bare_forms(toks)
        for resp in self.respondents:
            m = self._match_one(resp, toks, translated, bares)
            if m:
                cands.append(m)
        cands.sort(key=lambda c: c[0], reverse=True)
        chosen: list[Respondent] = []
        used: set[int] = set()
        keys: set[int] = set()
        taken: list[tuple] = []
        for score, resp, pos, key in cands:
            if key & keys:
                # NOTE: names do not share their own words, but a place name that names two respondents equally
                # ("Bornholm": Bornholms Regionskommune and Bornholms Hospital) names both: neither is dropped
                if not any(score[:2] == s[:2] and key == k for s, k in taken):
                    continue  # generic words ("Kommune") may sit between two names
            chosen.append(resp)
            used |= pos
            keys |= key
            taken.append((score, key))
        return chosen, used

    def _ordinary_rows(self, word: str) -> int:
        """In how many rows (at most) the word stands as an ordinary word: itself, inflected or as a compound's tail."""
        if len(word) < 5:
            return self.word_rows.get(word, 0)
        return sum(n for w, n in self.word_rows.items() if w.startswith(word) or w.endswith(word))

    def _match_one(
        self,
        resp: Respondent,
        toks: list[Tok],
        translated: dict[int, set[str]],
        bares: list[tuple[str, ...]],
    ):
        n = len(toks)
        # acronyms: as written in capitals ("SST", "PIUs"), or in lower case when the word is no ordinary word
        joined = "".join(_name_tokens(resp.name.split(" i ")[0]))
        for i, t in enumerate(toks):
            for bare in bares[i]:
                if (bare.upper() == bare and len(bare) >= 2 and bare.lower() in resp.aliases | resp.initials) or (
                    bare.lower() in resp.aliases and bare.lower() not in STOPWORDS and len(bare) >= 3
                ):
                    return (3.0, 1.0, -len(resp.name)), resp, {i}, {i}
            # a name typed as one word: "udsatterådet", "regionsældrerådet"
            if (
                len(t.low) >= 8
                and len(resp.words) >= 2
                and (
                    _token_match(joined, t.low)
                    # NOTE: a shortened name may lose an ending ("patientinddragelsesudvalg"), not its head noun:
                    # "patientinddragelse" is a topic, not Patientinddragelsesudvalget
                    or joined.startswith(t.low)
                    and len(t.low) >= len(joined) - 4
                    and len(t.low) >= 10
                )
            ):
                return (2.5, 1.0, -len(resp.name)), resp, {i}, {i}
        # English names: "Danish Cancer Society", "the Patient Involvement Committee"
        english: set[int] = set()
        for alias in resp.english:
            for i in range(n - len(alias) + 1):
                if all(word_matches(toks[i + k].low, alias[k]) for k in range(len(alias))):
                    english |= set(range(i, i + len(alias)))
        if not resp.tokens and not english:
            return None
        pos: set[int] = set(english)
        matched = len(resp.tokens) if english else 0
        for t in resp.tokens if not english else []:
            hit = [i for i, q in enumerate(toks) if _name_word_hit(t, q.low, q.low in self.lower_words)]
            if not hit and "-" in t:
                hit = _parts_hit(t.split("-"), toks)
            if not hit:
                hit = _compound_hit(t, translated)
            if hit:
                matched += 1
                pos.update(hit)
        if not matched:
            return None
        frac = matched / len(resp.tokens) if resp.tokens else 1.0
        if english:
            frac = 1.0
        # NOTE: the name's own first word, not an ordinary word of the texts it resembles ("kræft" is not
        # "Kræftens Bekæmpelse")
        first_rare = bool(resp.tokens) and any(
            _token_match(resp.tokens[0], x)
            for i in pos
            if toks[i].low == resp.tokens[0] or toks[i].low not in self.lower_words
            for x in [toks[i].low] + toks[i].low.split("-")
        )
        # one word of a longer name is enough only when the word is a name, not a common word of the texts
        if not (frac >= 0.6 or (first_rare and self.word_rows.get(resp.tokens[0], 0) <= 3)):
            return None
        key = set(pos)
        # the name's other words next to the match ("Gentofte Hospital", "Herlev og Gentofte") add to it
        lo, hi = min(pos), max(pos)
        for i in list(range(max(0, lo - 2), lo)) + list(range(hi + 1, min(n, hi + 3))):
            if any(
                _token_match(w, x) or _generic_match(w, x)
                for w in resp.words
                for x in [toks[i].low] + toks[i].low.split("-")
            ):
                pos.add(i)
        if (
            not english
            and len(resp.tokens) == 1
            and all(i in key or toks[i].low in STOPWORDS for i in pos)
            and resp.tokens[0] in self.lower_words
            and (
                self.word_rows.get(resp.tokens[0], 0) > 3
                # … or its inflections and compounds are, where the question writes it in lower case ("hvilke
                # høringssvar handler om psykiatri?": "psykiatrien", "psykiatriske", "socialpsykiatrien")
                or all(toks[i].text.islower() for i in key)
                and self._ordinary_rows(resp.tokens[0]) > 3
            )
        ):
            # NOTE: a name whose one own word is an ordinary word of the texts ("Udsatte Rådet": "udsatte borgere")
            # is named only with another word of the name beside it ("udsatte rådet"), or typed as one word
            return None
        lo, hi = min(pos), max(pos)
        for i in range(lo, hi + 1):
            if toks[i].low in ("og", "and", "&") and i - 1 in key and i + 1 in key:
                pos.add(i)
        score = float(len(pos))
        # a type word next to the name that the name does not have speaks against it ("Herlev og Gentofte kommuner")
        for i in (lo - 1, hi + 1):
            if 0 <= i < n and _type_word(toks[i].low) and not any(_generic_match(w, toks[i].low) for w in resp.words):
                score -= 2.0
        return (score, frac, -len(resp.name)), resp, pos, key

    def read_consultations(
        self, toks: list[Tok], skip: set[int], rowish: bool, where: dict | None = None
    ) -> tuple[list[str], set[int], bool]:
        """The consultations a question names: (titles, token positions, named as a consultation).

        Named as one when a word of its title, or its year, stands next to a word for a consultation
        ("i høringen om sundhedsaftalen", "psykiatriplan-høringen", "2023-høringen", "the health agreement
        consultation"). The plan's own name alone ("Gribskovs svar til psykiatriplanen") names it only in a question
        about the responses and where the index holds several consultations: with one, it stays a topic word."""
        cons = self.consultations
        if not cons:
            return [], set(), False
        hear = [i for i, t in enumerate(toks) if i not in skip and _hearing_word(t.low)]
        translated = _english_compounds(toks)
        heads = Counter(c.keys[0] for c in cons if c.keys)
        out: list[str] = []
        pos: set[int] = set()
        explicit = False
        for c in cons:
            got: set[int] = set()
            named = False
            for i, t in enumerate(toks):
                if i in skip:
                    continue
                forms = {t.low} | translated.get(i, set())
                key = _key_hit(forms, c.keys)
                near = any(abs(h - i) <= 3 for h in hear) or "høring" in t.low
                if key is None and near and t.low in _EN_PARTS:
                    # "the 2023 psychiatry consultation": one English word for the first part of the plan's name
                    part = _EN_PARTS[t.low]
                    key = 0 if len(part) >= 6 and c.keys and c.keys[0].startswith(part) else None
                if key is not None and near:
                    got.add(i)
                    got |= translated.get(("span", i), set())
                    named = True
                elif (
                    key == 0
                    and rowish
                    and len(cons) > 1
                    and heads[c.keys[0]] == 1
                    and not any(_key_hit({t.low}, o.keys) == 0 for o in cons if o is not c)
                ):
                    got.add(i)
                    got |= translated.get(("span", i), set())
                elif t.low.isdigit() and len(t.low) == 4 and near and t.low in c.years:
                    # "2023-høringen": the consultation dated that year first, a plan period's year otherwise
                    dated = [o for o in cons if o.year == t.low]
                    if not dated or c in dated:
                        got.add(i)
                        named = True
            if got:
                out.append(c.title)
                pos |= got
                explicit = explicit or named
                if where is not None:
                    where[c.title] = min(got)
        if out and explicit:
            pos |= set(hear)
        first = {t: i for i, t in enumerate(out)} if where is None else where
        return sorted(out, key=lambda t: first.get(t, 0)), pos, explicit

    def match_docs(self, question: str) -> list[DocInfo]:
        """Documents the question names by two or more title or publisher words ("PLO/KL-udspillet",
        "Region Sjællands praksisplan", "PLO-Sjælland")."""
        words = _split_tokens(_ENGLISH_DOC.sub(lambda m: _ENGLISH_DOC_WORDS[m.group(0).lower()], question))
        found = []
        # NOTE: words in most documents' titles ("almen praksis", "praksisplan") are the domain's, not a name: "hvad
        # sagde kommunerne om kontakt til almen praksis?" names no document. A title word in at most half of the
        # titles (or the only document) must be among the words that name it.
        titles = [_canonical(d.split_tokens) for d in self.docs.values()]
        common = {t for t in set().union(*titles) if sum(t in x for x in titles) > max(1, len(titles) // 2)}
        for d in self.docs.values():
            if d.kind in ("hoeringsnotat", "hoeringssvar"):
                continue  # a consultation's documents are named as the consultation (read_consultations)
            toks = _canonical(d.split_tokens)
            hits = [(i, t) for i, w in enumerate(words) if w not in STOPWORDS for t in toks if _token_match(t, w)]
            # two of its words next to each other in the question ("Sjællands praksisplan", "PLO/KL-udspillet")
            near = any(t1 != t2 and abs(i1 - i2) <= 2 for i1, t1 in hits for i2, t2 in hits)
            if near and any(t not in common for _, t in hits):
                found.append((len({t for _, t in hits}), d, {i for i, _ in hits}))
        found.sort(key=lambda x: -x[0])
        # NOTE: a document whose words in the question are all another's too is not named apart: "ny praksisplan for
        # almen praksis i oplægget" names the oplæg, not also the plan whose title shares "praksisplan for almen praksis"
        return [d for n, d, at in found if not any(at < other for _, e, other in found if e is not d)]


# an English question names a document by its title's words in English: "Region Zealand's practice plan"
_ENGLISH_DOC_WORDS = {
    "practice plan": "praksisplan",
    "practice plan's": "praksisplans",
    "zealand": "sjælland",
    "zealand's": "sjællands",
    "capital region": "region hovedstaden",
    "capital region's": "region hovedstadens",
    "general practice": "almen praksis",
    "zealand plan": "sjælland praksisplan",
    "zealand's plan": "sjællands praksisplan",
}
_ENGLISH_DOC = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(_ENGLISH_DOC_WORDS, key=len, reverse=True)) + r")(?![\w'’])", re.I
)

_HEARING = ("høring", "høringen", "høringer", "høringerne", "consultation", "consultations", "hearing", "hearings")


def _hearing_word(w: str) -> bool:
    """ "høringen", "høringer", "consultation", and their typos ("høing", "høringr", "consultaion")."""
    if w in _HEARING or w.startswith(("høringsrund", "høringsnotat")):
        return True
    if len(w) >= 5 and w[:2] in ("hø", "ho", "co", "he"):
        return any(SequenceMatcher(None, w, x).ratio() >= 0.85 for x in _HEARING)
    return False


# English words for the parts of a plan's Danish name: "health agreement" -> "sundhedsaftale"
_EN_PARTS = {
    "health": "sundhed",
    "healthcare": "sundhed",
    "agreement": "aftale",
    "psychiatry": "psykiatri",
    "psychiatric": "psykiatri",
    "psych": "psykiatri",
    "practice": "praksis",
    "plan": "plan",
    "prevention": "forebyggelse",
    "emergency": "akut",
    "dental": "tandpleje",
    "care": "pleje",
    "strategy": "strategi",
    "specialist": "speciallæge",
    "hospital": "hospital",
    "rehabilitation": "rehabilitering",
    "elderly": "ældre",
}


def _english_compounds(toks: list[Tok]) -> dict:
    """Token position -> the Danish compounds two English words next to it make ("health agreement" at the first
    word -> {"sundhedsaftale", "sundhedaftale"}); ("span", i) -> the other word's position."""
    out: dict = {}
    for i in range(len(toks) - 1):
        a, b = _EN_PARTS.get(toks[i].low), _EN_PARTS.get(toks[i + 1].low)
        if a and b:
            out.setdefault(i, set()).update({a + b, a + "s" + b})
            out[("span", i)] = {i + 1}
    return out


def _key_hit(forms: set[str], keys: tuple[str, ...]) -> int | None:
    """The index of the consultation key a word is a form of ("sundhedsaftalen" -> "sundhedsaftal"), or None."""
    from retrieval.words import stems

    for f in forms:
        st = stems(f)
        if not st:
            continue
        w = st[0]
        for k, key in enumerate(keys):
            if w == key or (len(key) >= 6 and w.startswith(key)) or (len(key) >= 8 and _fuzzy(w, key)):
                return k
            if _shortened(f, key):
                return k
    return None


_PLAN_NAME = re.compile(
    r"^[a-zæøå]{3,}(?:plan|planen|planens|aftale|aftalen|aftalens|strategi|strategien|program|programmet)$"
)


def _unknown_consultation(toks: list[Tok], skip: set[int], catalog: "Catalog") -> str | None:
    """A plan's name next to a word for a consultation that names none in the index ("akutplan-høringen", "the
    dental plan consultation"): the answer says there is no such consultation, never another one's points."""
    hear = [i for i, t in enumerate(toks) if i not in skip and _hearing_word(t.low)]
    if not hear:
        return None
    for i, t in enumerate(toks):
        if i in skip or abs(min(hear, key=lambda h: abs(h - i)) - i) > 2:
            continue
        dated = all(c.years for c in catalog.consultations)
        if dated and re.fullmatch(r"(?:19|20)\d\d", t.low) and not any(t.low in c.years for c in catalog.consultations):
            return t.text  # "2023-høringen", "the 2019 consultation": no consultation of that year
        if t.low in catalog.lower_words:
            continue  # a word the documents use ("i høringen om sundhedsaftalen"): what was said, not a consultation
        if _PLAN_NAME.match(t.low) and not any(_key_hit({t.low}, c.keys) is not None for c in catalog.consultations):
            if any(t.low.startswith(w) or w in t.low for d in catalog.docs.values() for w in d.tokens if len(w) >= 6):
                continue  # the name of a document in the index (a plan that was not consulted on here)
            return t.text
    return None


def _who_said(toks: list[Tok], skip: set[int]) -> bool:
    """ "Hvem nævner pårørende?", "who mentions relatives?", "hvem foreslog …": the speakers asked for are the
    consultation's parties."""
    # "afviste henvisninger - hvem tager det op?": the topic may come first
    k = next((i for i, t in enumerate(toks[:-1]) if t.low in ("hvem", "who")), None)
    if k is None or len(toks) < 3:
        return False
    toks = toks[k:]
    if len(toks) < 2:
        return False
    nxt = [toks[1]] + ([toks[2]] if toks[1].low in ("har", "have", "has", "did", "else") else [])
    # "hvem tager det op", "who brings it up": a verb with its particle a few words on
    if nxt[-1].low in ("tager", "tog", "brings", "brought", "bring") and any(t.low in ("op", "up") for t in toks[2:7]):
        return True
    # NOTE: not "hvem har skrevet oplægget?" / "who wrote the paper?": a writer of a document is its author
    return any(
        not t.low.startswith(("skr", "wr"))
        and any(word_matches(t.low, e) for e in pb.SPEAKER_VERBS + MENTION_WORDS + WHO_RAISES if " " not in e)
        for t in nxt
    )


def _counts_among(toks: list[Tok], a: int) -> bool:
    """ "Does X count Y among …", "tæller X Y med blandt …": a yes/no question that asks whether a thing is included."""
    yes_no = toks and toks[0].low in ("does", "do", "did", "is", "are", "would", "will", "tæller", "talte", "regner")
    return bool(
        yes_no
        and toks[a].low in ("count", "counts", "counted", "tæller", "talte", "tælles")
        and any(t.low in ("among", "as", "blandt", "som") for t in toks[a + 1 : a + 10])
    )


def _raise_particles(toks: list[Tok]) -> set[int]:
    """The positions of "tager … op", "brings … up": a verb that asks who raised something, with its particle."""
    out: set[int] = set()
    for i, t in enumerate(toks):
        if t.low in ("tager", "tog", "taget", "brings", "bring", "brought"):
            j = next((j for j in range(i + 1, min(i + 5, len(toks))) if toks[j].low in ("op", "up")), None)
            if j is not None:
                out |= {i, j}
    return out


# what a party does in a response, in the present tense: "hvem foreslår …", "who raises …" (SPEAKER_VERBS holds the
# past: "hvem foreslog …")
WHO_RAISES = (
    "rejser", "raises", "foreslår", "proposes", "suggests", "anbefaler", "recommends", "efterlyser", "ønsker", "wants",
    "påpeger", "kritiserer", "criticises", "criticizes", "advocates", "opfordrer", "urges",
)  # fmt: skip


def _english_common(t: Tok, resp: "Respondent") -> bool:
    """A lower-case English word of the glossary that is not itself a word of the respondent's name."""
    return t.text.islower() and (t.low in EN_DA or t.low in _EN_PARTS) and t.low not in resp.words


def _shortened(word: str, key: str) -> bool:
    """ "psykplanen" for "psykiatriplan": the same last part, and a first part that begins the key's."""
    for tail in ("plan", "aftal", "strategi", "program"):
        if key.endswith(tail) and tail in word:
            head, khead = word[: word.index(tail)], key[: -len(tail)]
            return len(head) >= 4 and len(khead) > len(head) and khead.startswith(head)
    return False


def _suffix_match(name_word: str, q: str) -> bool:
    """A question word that is the tail of a compound name whose head is generic: "ældrerådets" in
    "regionsældrerådet" (but "sjællands" is not "Nordsjællands")."""
    if len(q) < 8 or q in GENERIC_NAME_WORDS or len(name_word) <= len(q) - 1 or _any_type_word(q):
        return False
    for suffix in ("", "s", "et", "ets", "en", "ens"):
        w = q[: len(q) - len(suffix)] if suffix and q.endswith(suffix) else q
        for tail in (w, w + "et"):
            head = name_word[: len(name_word) - len(tail)]
            if len(w) >= 8 and name_word.endswith(tail) and head.rstrip("s") in {"region", "kommune", "hospital"}:
                return True
    return False


@lru_cache(maxsize=100_000)
def _name_word_hit(t: str, q: str, ordinary: bool) -> bool:
    """A question word that writes the name word t: the word or a form of it (a near spelling only when the question
    word is no ordinary word of the texts), the tail of a compound name, or one part of a hyphenated word."""
    return (
        (_token_match(t, q) and (_inflected(t, q) or not ordinary))
        or _suffix_match(t, q)
        or ("-" in q and "-" not in t and any(_token_match(t, part) for part in q.split("-")))
    )


def _parts_hit(parts: list[str], toks: list[Tok]) -> list[int]:
    """A hyphenated name written with a space: "PLO Hovedstaden" for "PLO-Hovedstaden"."""
    k = len(parts)
    for i in range(len(toks) - k + 1):
        if all(toks[i + j].low == parts[j] or _token_match(parts[j], toks[i + j].low) for j in range(k)):
            return list(range(i, i + k))
    return []


def _translate_name_words(toks: list[Tok]) -> dict[int, set[str]]:
    """Danish name parts for the English words of a question ("involvement", "involvment" -> inddragelse)."""
    out = {}
    for i, t in enumerate(toks):
        key = t.low if t.low in pb.NAME_WORDS else next((k for k in pb.NAME_WORDS if _fuzzy(t.low, k)), None)
        if key:
            out[i] = set(pb.NAME_WORDS[key])
    return out


def _compound_hit(name_word: str, translated: dict[int, set[str]]) -> list[int]:
    """Positions of English words that together spell a Danish compound of a name, in any order
    ("Patient Involvement Committee" -> "patientinddragelsesudvalget")."""
    if not translated:
        return []
    parts = sorted({p for ps in translated.values() for p in ps}, key=len, reverse=True)
    rest, used = name_word, []
    while rest:
        p = next((p for p in parts if rest.startswith(p)), None)
        if p is None:
            if rest in ("et", "en", "ets", "ens", "ne", "s", "e", "er", "erne") and used:
                break
            if rest[:1] in ("s", "e") and used:  # linking letter: patient|s|inddragelse
                rest = rest[1:]
                continue
            return []
        used.append(p)
        rest = rest[len(p) :]
    if len(used) < 2 and used != [name_word]:
        # one part alone must be the whole word ("udsatte" for "vulnerable"), not the start of a compound
        if not (len(used) == 1 and len(name_word) - len(used[0]) <= 3):
            return []
    return sorted(i for i, ps in translated.items() if ps & set(used))


@lru_cache(maxsize=20_000)
def _any_type_word(w: str) -> bool:
    """A word that names a kind of respondent ("organisationer", "kommunerne", "hospitals")."""
    return any(word_matches(w, e) for entries in pb.TYPE_WORDS.values() for e in entries if " " not in e)


def _type_word(w: str) -> bool:
    """A word for the kind of body that stands in respondents' own names ("Gribskov Kommune", "Herlev Hospital")."""
    return any(word_matches(w, e) for e in pb.NAME_TYPE_WORDS)


_EN_GENERIC = {
    "municipality": "kommune",
    "municipal": "kommune",
    "municipalities": "kommuner",
    "council": "råd",
    "committee": "udvalget",
    "region": "region",
    "regional": "region",
}


def _generic_match(name_word: str, q: str) -> bool:
    """A generic word of a name against a question word: "kommune" ~ "kommuner", "hospital" ~ "hospitalet",
    "regionskommune" ~ "municipality"."""
    if name_word not in GENERIC_NAME_WORDS and name_word not in ("psykiatri", "regionskommune"):
        return False
    q = _EN_GENERIC.get(q, q)
    if name_word == "regionskommune" and q.startswith("kommune"):
        return True
    return (
        q == name_word
        or (q.startswith(name_word) and len(q) - len(name_word) <= 4)
        or (name_word.startswith(q) and len(name_word) - len(q) <= 2 and len(q) >= 5)
    )


def _canonical(tokens: set[str]) -> set[str]:
    """One form per word: "sjællands" goes where "sjælland" is there too."""
    return {t for t in tokens if not (t.endswith("s") and t[:-1] in tokens)}


def _split_tokens(text: str) -> list[str]:
    """Words with hyphenated and slashed compounds split: "PLO/KL-udspillet" -> plo, kl, udspillet."""
    return [t for t in re.split(r"[^A-Za-zÆØÅæøåé0-9]+", text.lower()) if len(t) >= 2]


def _name_tokens(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"[A-Za-zÆØÅæøåé]+(?:-[A-Za-zÆØÅæøå]+)?", text)]


def _is_acronym_of(acr: str, name: str) -> bool:
    """'PIU' of 'Patientinddragelsesudvalget', 'SST' of 'Sundhedsstyrelsen', 'PLO-H' of 'PLO-Hovedstaden' (but 'PLO',
    the national body, is not 'PLO-Hovedstaden': an acronym of a hyphenated name reaches into its last part)."""
    a = acr.lower().replace("-", "")
    n = name.lower()
    if len(a) < 3 or n[0] != a[0]:
        return False
    i = 0
    for ch in a:
        i = n.find(ch, i)
        if i < 0:
            return False
        i += 1
    head = n.split(" ")[0]
    return "-" not in head or i > head.rindex("-")


def _inflected(t: str, q: str) -> bool:
    """The name word itself or a genitive/definite form of it, not a look-alike: "lægeforeningens" is
    Lægeforeningen, "lægedækningen" is not (an ordinary word the documents write, never a typo of a name)."""
    return t == q or any(q == t + x or t == q + x for x in ("s", "'s", "’s", "es", "ens", "ets", "et", "en"))


@lru_cache(maxsize=50_000)
def _token_match(t: str, q: str | None) -> bool:
    if q is None:
        return False
    if t == q:
        return True
    for suffix in ("s", "'s", "’s", "es", "ens", "ets", "et", "en"):  # genitive and definite forms
        if q == t + suffix or t == q + suffix:
            return True
    if q.startswith(t) and q[len(t) :] in ("sk", "ske", "isk", "iske", "c", "cs", "ic"):
        return False  # an adjective made from the name ("psykiatrisk" of "Psykiatri"), not a typo of it
    if len(t) >= 5 and len(q) >= 5 and abs(len(t) - len(q)) <= 2:
        a, b = fold_accents(t), fold_accents(q)
        if a == b:
            return True
        return SequenceMatcher(None, a, b).ratio() >= (0.84 if min(len(a), len(b)) < 9 else 0.8)
    return False


# --- the plan ------------------------------------------------------------------------------------------------------------

INTENTS = (
    "list",
    "profile",
    "topic_list",
    "scan",
    "count",
    "fact",
    "synthesis",
    "draft",
    "overview",
    "consultations",  # "Hvilke høringer er der?": the consultations, with dates, parties and points
    "overlap",  # "which parties responded to both?": parties by the consultations they answered
)


@dataclass
class QueryPlan:
    """One reading of a question: what it asks for (intent), the filters, the topic and the language."""

    question: str
    lang: str
    intent: str = "fact"
    respondents: list[str] = field(default_factory=list)
    respondent_types: list[str] = field(default_factory=list)
    handlings: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    doc_titles: list[str] = field(default_factory=list)  # the docs' titles, as the reading line names them
    letters: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    consultations: list[str] = field(default_factory=list)  # the consultations named (titles)
    quoted: list[str] = field(default_factory=list)
    own_words: bool = False  # "Gribskovs egne ord om …": the party's letter, beside the høringsnotat's summary
    by: str | None = None  # "handling" (counted per handling), "only_first" ("A but not B"), "several" (2+ of them)
    unknown_consultation: str | None = None  # "akutplan-høringen" where the index has no such consultation
    is_list: bool = False
    scan: bool = False  # "did X say anything about Y?": answered from a full scan of X's rows
    rows_question: bool = False  # about the høringssvar (rows), not the plan text
    topic: str = ""
    topic_da: str = ""  # Danish words for an English topic's domain terms
    show_all: bool = False  # the whole filtered set was asked for: the topic does not narrow it
    asks: str | None = None  # "date" or "amount": what a passage must hold to answer
    reader: str = "words"  # "words" (built-in), "words+embedder" or "llm"
    unknown_respondent: str | None = None  # a name in the speaker's place that no respondent has
    section_ref: str | None = None  # "1.5" in "hvad blev tilføjet i afsnit 1.5?": answered from the rows' comments
    ignored: str = ""  # leftover words that no topic word introduced: shown, never used
    subject: str = ""  # intent "draft": the party as the message names it ("Gribskov", "PLO-H")
    follow_up: bool = False  # read together with the thread's earlier message ("og Gentofte?" after a draft)
    # "comment": the topic is what the region said in its comment ("which responses did the region say were already
    # covered by the plan?"), looked for there, not in the party's point
    topic_in: str = ""

    @property
    def search_topic(self) -> str:
        """The topic as searched: with its Danish terms when the question is English."""
        return f"{self.topic} {self.topic_da}".strip()

    @property
    def has_row_filters(self) -> bool:
        return bool(
            self.respondents
            or self.respondent_types
            or self.handlings
            or self.letters
            or self.themes
            or self.consultations
            or self.unknown_respondent
        )

    def filters(self) -> dict[str, list[str]]:
        """The row filters that are set."""
        f = {
            "respondents": self.respondents,
            "respondent_types": self.respondent_types,
            "handlings": self.handlings,
            "themes": self.themes,
            "letters": self.letters,
            "consultations": self.consultations,
            "docs": self.docs,
            "kinds": self.kinds,
        }
        return {k: list(v) for k, v in f.items() if v}

    def to_dict(self) -> dict:
        """The reading as JSON (`interpretation` in `ask --json` and POST /ask)."""
        d = {
            "intent": self.intent,
            "lang": self.lang,
            "filters": self.filters(),
            "topic": self.topic or None,
            "quoted": self.quoted or None,
            "show_all": self.show_all,
            "reader": self.reader,
            "unknown_respondent": self.unknown_respondent,
            "own_words": self.own_words or None,
            "by": self.by,
            "ignored": self.ignored or None,
            "subject": self.subject or None,
            "follow_up": self.follow_up or None,
            "topic_in": self.topic_in or None,
        }
        return {k: v for k, v in d.items() if v not in (None, [], {})} | {"show_all": self.show_all}

    def copy(self, **changes) -> "QueryPlan":
        d = asdict(self)
        d.update(changes)
        return QueryPlan(**d)


WHEN_Q = re.compile(
    r"^\W*(hvornår|when)\b|\b(what date|which date|hvilken dato|hvilket år|what year|which year)\b"
    r"|\b(?:which|what|hvilke[nt]?)\s+(?:months?|måned(?:er)?|weeks?|uger?|dates|datoer)\b",
    re.I,
)
SECTION_REF = re.compile(r"\b(?:afsnit(?:tet)?|section|kapitel|chapter|pkt\.?)\s+(\d+(?:\.\d+)+|\d+)\b", re.I)
# "hvad blev tilføjet på side 17?", "what was added on p. 17?": a page of the plan, as the comments cite it ("s. 17")
PAGE_REF = re.compile(
    r"(?:\b(?:på\s+)?(?:side|siden|page)|\bon\s+p\.?|(?<![\w.])s\.|\bp\.)\s*(\d{1,3})\b(?![.,]\d)", re.I
)
CHANGE_WORDS = re.compile(
    r"\b(tilføj\w*|ændr\w*|skrevet|indsat\w*|rettet|added|changed|amended|inserted|written)\b", re.I
)
ROW_WORDS = (
    "høringssvar*",
    "høringspunkt*",
    "høringspart*",
    "høringsnotat*",
    "hoeringssvar*",
    "consultation*",
    "respondent*",
    "responses",
    "response",
    "submission*",
    "bemærkning*",
    "kommentar*",
    "comments",
    "remarks",
    "høringen",
    "hørte",
    "consulted",
    "*bemærkninger",
    "*bemærkning",
)
Semantic = Callable[[str], dict[str, float]]  # question -> score per handling code and "none"


# a key held down: three of a letter in a row ("tovholderrrollen"), which neither Danish nor English spells
# (lower case only: "bilag III" is a numeral)
STUTTER = re.compile(r"([a-zæøåé])\1{2,}")


def tidy(message: str) -> str:
    """One space between words, and a letter typed three times or more read as two ("tovholderrrollen")."""
    return STUTTER.sub(r"\1\1", re.sub(r"\s+", " ", message).strip())


def read_message(
    message: str,
    catalog: Catalog,
    semantic: Semantic | None = None,
    context: str | None = None,
    show_all: bool = False,
) -> QueryPlan:
    """The one reader of a message from any front end: what it asks for (a question, a draft reply to a party, the
    overview of a consultation) and, for a question, its whole reading. `context`, the thread's earlier message,
    makes a short follow-up read with it: "og Gentofte?" after a draft asks for Gentofte's draft, "og hospitalerne?"
    after a question keeps that question's topic and shape. `show_all`: the whole filtered set, no topic narrowing."""
    from retrieval.reading.intents import classify

    q = tidy(message)
    command = classify(q)
    earlier = classify(context) if context else None
    if command.kind == "ask" and earlier is not None and earlier.kind == "draft" and len(q.split()) <= 5:
        name = re.sub(r"^(og|and|hvad med|what about|samme for|same for|også|also)\s+", "", q, flags=re.I)
        return QueryPlan(q, earlier.lang, intent="draft", subject=name.strip(" ?.!"), follow_up=True)
    if command.kind == "draft":
        return QueryPlan(q, command.lang, intent="draft", subject=command.text)
    if command.kind == "overview":
        named, _pos, _ = catalog.read_consultations(tokenize(q), set(), rowish=True)
        return QueryPlan(q, command.lang, intent="overview", consultations=list(named))
    plan = plan_query(q, catalog, semantic)
    if context and earlier is not None and earlier.kind == "ask" and is_follow_up(plan):
        plan = merge_follow_up(plan_query(context, catalog, semantic), plan)
    return plan.copy(show_all=True) if show_all else plan


def is_follow_up(plan: QueryPlan) -> bool:
    """A short question that only changes a filter: "og hospitalerne?", "what about Gentofte?"."""
    return len(plan.question.split()) <= 5 and (plan.has_row_filters or not plan.topic)


def merge_follow_up(previous: QueryPlan, new: QueryPlan) -> QueryPlan:
    """The earlier question's topic and shape, with the follow-up's filters in place of the earlier ones."""
    merged = QueryPlan(**{**previous.__dict__})
    merged.question = new.question
    merged.lang = new.lang if len(new.question.split()) > 2 else previous.lang
    if new.respondents or new.respondent_types:
        merged.respondents, merged.respondent_types = new.respondents, new.respondent_types
    if new.handlings:
        merged.handlings = new.handlings
    if new.topic and not new.has_row_filters:
        merged.topic = new.topic
    merged.rows_question = previous.rows_question or new.rows_question
    merged.is_list = previous.is_list or new.is_list
    merged.follow_up = True
    return merged


def plan_query(question: str, catalog: Catalog, semantic: Semantic | None = None) -> QueryPlan:
    """Read a question into a QueryPlan (no LLM): filters from word evidence, the embedder where words are silent."""
    q = _suspended_compounds(_region_shorthand(tidy(question)), catalog.lower_words)
    lang = detect_language(q)
    if lang == "en":
        q = _body_names(q)
        # a "response time" (an ambulance's, a clinic's) is no consultation response, a "video consultation" no
        # consultation of the parties: the Danish words the documents use
        q = re.sub(r"\bresponse[- ]times?\b", "responstid", q, flags=re.I)
        q = re.sub(r"\b(?:video|online|virtual)[- ]consult(?:ation)?s?\b", "videokonsultationer", q, flags=re.I)
        q = re.sub(r"\b(?:tele)?phone[- ]consult(?:ation)?s?\b", "telefonkonsultationer", q, flags=re.I)
        q = re.sub(r"\be-consult(?:ation)?s?\b", "e-konsultationer", q, flags=re.I)
    toks = tokenize(q)
    plan = QueryPlan(question=q, lang=lang)
    used: set[int] = set()  # tokens that a filter or a frame word accounts for

    plan.quoted = [m.group(1).strip() for m in QUOTED.finditer(q)]
    quoted_spans = [m.span() for m in QUOTED.finditer(q)]
    in_quote = {i for i, t in enumerate(toks) if any(a <= t.start and t.end <= b for a, b in quoted_spans)}

    # a consultation named as one first ("the psychiatry plan consultation"): its words are not a respondent's
    at: dict = {}  # consultation title -> where the question names it: "X but not Y" keeps its order
    early, epos, _ = (
        catalog.read_consultations(toks, in_quote, False, at) if len(catalog.consultations) > 1 else ([], set(), False)
    )
    used |= epos
    # respondents first: their names hold words that would otherwise read as types ("Nordsjællands Hospital")
    resps, rpos = catalog.read_respondents(
        [t if i not in in_quote and i not in epos else Tok("", "", t.start, t.end) for i, t in enumerate(toks)]
    )
    if len(catalog.consultations) > 1 and resps:
        # NOTE: a respondent named only by an English common noun ("psychiatry" for Region Hovedstaden Psykiatri)
        # is the subject, not the speaker, where the index holds several consultations ("the psychiatry plan")
        keep, rpos = [], set()
        translated, bares = _translate_name_words(toks), _all_bare_forms(toks)
        for r in resps:
            m = catalog._match_one(r, toks, translated, bares)
            pos = m[2] if m else set()
            if pos and all(_english_common(toks[i], r) for i in pos):
                continue
            keep.append(r)
            rpos |= pos
        resps = keep
    if len(resps) >= 2 and "(" in q:
        resps = _glossed_once(q, toks, resps, catalog)
    plan.respondents = [r.name for r in resps]
    used |= rpos

    rowish = bool(
        plan.respondents
        or find(toks, ROW_WORDS, used | in_quote)
        or any(_any_type_word(t.low) for i, t in enumerate(toks) if i not in used)
    )
    # the consultations it names, and "i hver høring" / "in both consultations" (words about the set, not a topic)
    talkish = rowish or bool(find(toks, pb.SPEAKER_VERBS + PARTY_WORDS + ANYONE, used | in_quote))
    plan.consultations, cpos, cons_named = catalog.read_consultations(toks, used | in_quote, talkish, at)
    if early:
        plan.consultations = sorted(set(early) | set(plan.consultations), key=lambda t: at.get(t, 0))
        cpos, cons_named = cpos | epos, True
    used |= cpos
    if catalog.consultations and not plan.consultations:
        plan.unknown_consultation = _unknown_consultation(toks, used | in_quote, catalog)
        if plan.unknown_consultation:
            plan.intent, plan.rows_question = "consultations", False
            return plan
    across = read_across(toks, used | in_quote) if len(catalog.consultations) > 1 else []
    used |= positions(across)
    own = find(toks, OWN_WORDS, used | in_quote)
    if plan.respondents and find(toks, pb.SPEAKER_VERBS + ("write", "writes", "wrote", "written"), used | in_quote):
        # "Hvad skrev Gribskov selv om …", "what did Gribskov write themselves about …"
        own += find(toks, ("selv", "themselves", "itself", "himself", "herself"), used | in_quote)
    if own:
        plan.own_words = True
        used |= positions(own)
    handlings, hpos = read_handlings(toks, used | in_quote, rowish)
    if handlings and WHEN_Q.search(q) and not find(toks, ROW_WORDS, in_quote):
        # "Hvornår godkendte Sundhedsstyrelsen rammeplanen?" asks for a date: a handling has none, so "godkendte"
        # and "rammeplanen" are the event asked about, not the høringsnotat's "ændring" or "uden for rammerne"
        handlings, hpos = [], set()
    # a quoted handling phrase names the handling: "besvaret med 'Giver ikke anledning til ændringer'"
    for text in list(plan.quoted):
        qt = tokenize(text)
        qh, _ = read_handlings(qt, set())
        if qh:
            handlings += [h for h in qh if h not in handlings]
            plan.quoted.remove(text)
            hpos |= {i for i in in_quote}
    clause = YESNO_OUTCOME.search(q)
    if (
        handlings
        and clause
        and all(toks[i].start >= clause.start() for i in hpos)
        and (plan.respondents or len([t for t in toks if t.start < clause.start() and t.low not in STOPWORDS]) >= 3)
    ):
        # "hvilket område mener Helsingør mangler – og blev planen ændret?", "…, and did the region change the
        # text?": a yes-or-no question about the outcome, which every listed point shows, not a filter that hides
        # the points it asks about; its words are no topic either
        handlings = []
        used |= {i for i, t in enumerate(toks) if t.start >= clause.start()}
    plan.handlings = handlings
    used |= hpos

    in_scope = catalog.themes
    if plan.consultations:  # a theme of another consultation is a topic word here, not a filter that finds nothing
        sets = [set(c.themes) for c in catalog.consultations if c.title in plan.consultations]
        in_scope = sorted(set.intersection(*sets)) if sets else []
    themes, tpos = read_themes(toks, in_scope, used | in_quote)
    for text in list(plan.quoted):  # "placeret under 'Andet'"
        named = [t for t in catalog.themes if fold_accents(t.lower()) == fold_accents(text.lower())]
        if named:
            themes += [t for t in named if t not in themes]
            plan.quoted.remove(text)
            tpos |= {
                i
                for i, t in enumerate(toks)
                if any(
                    a <= t.start and t.end <= b
                    for a, b in quoted_spans
                    if q[a:b].strip("'\"“”‘’«» ").lower() == text.lower()
                )
            }
    plan.themes = themes
    used |= tpos

    plan.letters, lspans = read_letters(q)
    for a, b in lspans:
        used |= {i for i, t in enumerate(toks) if a <= t.start < b}

    named = catalog.match_docs(q)
    plan.docs, plan.doc_titles = [d.doc for d in named], [d.title or d.doc for d in named]
    if named and plan.themes and not plan.respondents and not find(toks, ROW_WORDS, in_quote):
        # "plo kl 1500 doctors … coverage vs access": a theme's words beside a document the question names are what
        # the document says, not a filter of the consultation's points
        plan.themes, used = [], used - tpos
    if named and plan.respondents and rpos:
        # "hvad sagde Region Sjællands praksisplan om Ishøj?": the document speaks, the party is what it speaks about
        cut = next((k for k, t in enumerate(toks) if t.low in _ABOUT), None)
        if (
            cut is not None
            and min(rpos) > cut
            and any(_SOURCE_VERB.fullmatch(toks[j].low) for j in range(cut))
            and not find(toks, ROW_WORDS, in_quote)
        ):
            plan.respondents, used = [], used - rpos
    m = SECTION_REF.search(q)
    page = PAGE_REF.search(q) if not m and CHANGE_WORDS.search(q) else None
    if m:
        plan.section_ref = m.group(1)
        used |= {i for i, t in enumerate(toks) if m.start() <= t.start < m.end()}
    elif page:
        plan.section_ref = f"s. {page.group(1)}"  # what the comments say was changed on that page of the plan
        used |= {i for i, t in enumerate(toks) if page.start() <= t.start < page.end()}
    if find(toks, ("sundhedsaftale*", "health agreement*", "health care agreement*", "healthcare agreement*"), cpos):
        plan.kinds.append("sundhedsaftale")
    row_words = find(toks, ROW_WORDS, used | in_quote)
    weak_row_words = find(
        toks, ("parter", "parterne", "parties", "punkter", "punkterne", "points", "punkt", "point"), used | in_quote
    )
    if row_words:
        plan.kinds.append("hoeringsnotat")
    speech = find(toks, pb.SPEAKER_VERBS, used | in_quote)

    types, ypos = read_types(toks, (used - hpos) | in_quote)
    named_docs = bool(plan.docs or "sundhedsaftale" in plan.kinds)
    plan.rows_question = bool(
        plan.respondents
        or cons_named
        or bool(plan.consultations and len(catalog.consultations) > 1)
        or bool(across)
        or plan.handlings
        or plan.themes
        or plan.letters
        or row_words
        or (not named_docs and ((types and (speech or weak_row_words)) or (weak_row_words and speech)))
        or (not named_docs and _who_said(toks, used | in_quote))
        # "how do the hospitals and the municipalities differ on …": kinds of party set side by side are their points
        or (not named_docs and len(types) >= 2 and bool(COMPARE.search(q)))
        # "hvilke punkter henviste regionen til overenskomsten?": points, by what the region said of them
        or (bool(weak_row_words) and _handler_says(toks) is not None)
    )
    if plan.rows_question and WHEN_Q.search(q) and not (plan.handlings or plan.themes or plan.letters):
        plan.rows_question = False  # the rows hold no dates: "hvornår behandler PPU høringssvarene?" is a look-up
    if plan.rows_question:
        used |= _raise_particles(toks)  # "hvem tager det op": the asking verb is not the topic
    leftover = _topic_tokens(toks, used | ypos, in_quote)
    if types and (plan.rows_question or not (leftover or named_docs)):
        # "og hospitalerne?" alone is a filter; "Hvor mange kommuner er parter i sundhedsaftalen?" is not
        plan.respondent_types = types
        used |= ypos
        plan.rows_question = True
    if plan.respondents and not (plan.respondent_types and _coordinated(toks, ypos, rpos)):
        plan.respondent_types = []  # a named respondent is more precise than its type

    plan.asks = "date" if find(toks, pb.ASKS_DATE) else "amount" if find(toks, pb.ASKS_AMOUNT) else None
    if (
        plan.rows_question
        and (plan.respondents or plan.respondent_types)
        and not (plan.themes or plan.letters)
        and (
            not plan.handlings
            # NOTE: "hvilken indikator …", never "hvem … sendte ikke noget": a person or party asked for by a
            # handling is the list of parties so handled
            or (
                toks[_head_at(toks, q)].low in _ASKING - {"hvem", "who"}
                and not hpos & {_head_at(toks, q) + k for k in range(4)}
            )
        )
    ):
        if _asks_for_something_else(toks, (used - hpos) | ypos, q):
            # NOTE: a handling word away from the head is what the thing asked for is about, not a filter: "KK's
            # høringssvar: hvilken indikator ville de have med i implementeringen?"
            if plan.handlings:
                plan.handlings, used = [], used - hpos
            # "hvem er kontaktperson hos Københavns Kommune?", "which GP clinics in Hillerød closed?": the question
            # asks for a thing the rows do not list, so it is a look-up in the documents, not a list of points
            plan.rows_question, plan.respondent_types = False, []
            used -= ypos
    count = find(toks, pb.COUNT, used | in_quote)
    # "Does PLO-Sjælland count X among its prerequisites?": a yes/no question where "count" is "include"
    count = [(a, b) for a, b in count if not _counts_among(toks, a)]
    if count and not any(
        _counts_points(toks, b, used | ypos | positions(row_words + weak_row_words)) for _, b in count
    ):
        # "hvor mange praktiserende læger er der i Ishøj?" counts something in the documents, not points
        count, plan.asks = [], plan.asks or "number"
        plan.rows_question = bool(plan.handlings or plan.themes or plan.letters or cons_named or across)
    frames = find(toks, pb.META_PHRASES, used | in_quote)
    if plan.rows_question or types:
        used |= positions(count) | positions(frames)
    by = find(toks, BY_HANDLING, used | in_quote) if plan.rows_question else []
    if by:
        plan.by, plan.is_list = "handling", True
        used |= positions(by)
    if plan.rows_question and (
        ((plan.consultations or across) and not plan.copy(consultations=[]).has_row_filters)
        or plan.own_words
        or (not plan.has_row_filters and _who_said(toks, set()))
    ):
        # "rehabilitering i psykiatriplanen – hvad skriver parterne?", "hvor nævnes X på tværs af høringerne?": the
        # words that ask who said something are not what it is about
        used |= positions(find(toks, MENTION_WORDS + pb.SPEAKER_VERBS + PARTY_WORDS + ANYONE, used | in_quote))
    used |= _frame_words(q, toks, used)
    topic_toks = _topic_tokens(toks, used, in_quote)
    if (plan.rows_question or types) and not plan.handlings and topic_toks:
        # a terse "rigshospitalet ændringer", "hospitaler ændringer": the change words are all that is left
        changes = positions(find(toks, pb.CHANGE))
        rest = [i for i in topic_toks if i not in ypos]
        if (
            rest
            and all(i in changes for i in rest)
            and (plan.respondents or plan.respondent_types or types or row_words or plan.themes)
        ):
            plan.handlings = [Handling.AENDRING.value]
            used |= set(rest)
            if types and not plan.respondents:
                plan.respondent_types, plan.rows_question = types, True
                used |= ypos
            plan.rows_question = True
            topic_toks = []
    if not plan.respondents:
        # NOTE: a document's author is a source only where the question is not about the consultation itself:
        # "what did Region Sjælland answer in the consultation?" still asks for a respondent it does not have
        # … or where it names the author's document by its kind ("PLO-Sjælland's slides and the consultation
        # responses"): the author is one of the sources set side by side
        authors = (
            set().union(*(d.split_tokens for d in catalog.docs.values()))
            if catalog.docs and (not plan.rows_question or any(AUTHORED_KIND.fullmatch(t.low) for t in toks))
            else set()
        )
        hosts = {w.lower() for d in catalog.docs.values() for w in re.findall(r"\w+", f"{d.title} {d.publisher or ''}")}
        # the region whose høringsnotat answers the points: "how did the Capital Region respond to …" asks for its
        # answers, not for a respondent
        handlers = {
            w.lower()
            for d in catalog.docs.values()
            if d.kind == "hoeringsnotat"
            for w in re.findall(r"\w+", f"{d.title} {d.publisher or ''}")
            if w.lower() not in STOPWORDS and not w.lower().startswith("region")  # "Danske Regioner" is not it
        }
        unknown = _unknown_speaker(toks, used, set(positions(speech)), authors, hosts, handlers)
        if unknown:
            plan.unknown_respondent = unknown
            plan.rows_question, plan.docs, plan.doc_titles = True, [], []
            used |= {i for i, t in enumerate(toks) if t.text in unknown.split()}
            topic_toks = _topic_tokens(toks, used, in_quote)
    if plan.rows_question and not plan.handlings and topic_toks and semantic is not None:
        # words were silent on the handling: does the leftover read as one ("made a difference to the final text")?
        text = " ".join(toks[i].text for i in topic_toks)
        guess = _semantic_handling(semantic(text))
        if guess:
            plan.handlings = [guess]
            plan.reader = "words+embedder"
            used |= set(topic_toks)
            topic_toks = []
    gap: set[int] = set()
    if plan.rows_question and topic_toks and plan.copy(consultations=[]).has_row_filters:
        # with filters, only words a topic word introduces ("om …", "about …", "ønskede …") narrow the list;
        # the rest (politeness, context) is shown as ignored
        intro = [a for a, _ in find(toks, pb.TOPIC_INTRO, in_quote)]
        # "skrev, at …", and a clause whose "that" is left out: "does X say could reduce GP capacity"
        intro += [a for a, b in speech if b < len(toks) and (toks[b].low in ("at", "that") or toks[b].low in MODALS)]
        # "hvad mener Gribskov skal …", "hvilket område mener Helsingør er …": the speaker between the verb and its
        # clause (a Danish question puts it there)
        for _a, b in speech:
            k = b
            while k < len(toks) and k in used and toks[k].low not in MODALS:
                k += 1
            if k > b and k < len(toks) and (toks[k].low in MODALS or toks[k].low in ("er", "var", "is", "are")):
                intro.append(k)
        first = min(intro) if intro else None
        # NOTE: a terse question ("Gribskov fasttilknyttede læger", "PIU tilgængelighed") has no verb or question word
        # to frame it: its words beside the filters are its topic
        terse = len(toks) <= 5 and not speech and not any(t.low in pb.QUESTION_WORDS for t in toks)
        if terse and first is None and all(_known_word(toks[i].low, catalog.lower_words) for i in topic_toks):
            first = -1
        # "What problems with referrals does X list?", "Hvilke ønsker til akutfunktionerne har Gentofte?": the noun
        # phrase a question word fronts is what it asks about, however the sentence ends
        fronted = set(_fronted_object(toks, used | in_quote)) | set(
            _possessed(toks, used | in_quote, catalog.lower_words)
        )
        kept = [i for i in topic_toks if (first is not None and i > first) or i in fronted]
        if (
            plan.respondents
            and not (plan.handlings or plan.themes or plan.letters)
            and (
                _asks_value(q)
                or _asks_meaning(toks)
                or (_asks_what(toks) and not speech and not any(t.low in _ANSWER_WORDS for t in toks))
                or _asks_of_a_statement(toks, q)
            )
        ):
            # NOTE: a question for a reason, an explanation or a value about a named party's points, whose topic no
            # topic word introduces, or not all of it ("Hvorfor kom borgerinddragelse ikke med i målsætningerne, som
            # PIU foreslog?", "How big is the population growth that Albertslund refers to?"): its words the
            # documents use are what it asks about, not chat to set aside ("Giv mig en samlet oversigt over det
            # Kræftens Bekæmpelse skrev" asks for all the points, and keeps its words aside)
            kept = [
                i
                for i in topic_toks
                if i in kept
                or len(toks[i].low) >= 4
                and i not in gap
                and (_known_word(toks[i].low, catalog.lower_words) or (plan.lang == "da" and len(toks[i].low) >= 9))
                and toks[i].low not in pb.QUESTION_WORDS
            ]
            kept = [i for i in kept if not _MEANING_FRAME.fullmatch(toks[i].low)]  # "definerer" asks, it is no topic
        plan.ignored = " ".join(toks[i].text for i in topic_toks if i not in kept and i != first)
        topic_toks = kept
        if fronted and first is not None and first > max(fronted):
            gap = set(range(max(fronted) + 1, first + 1))  # "does X say": not part of the topic's words
    if not plan.rows_question:
        # a question about the documents keeps its words: they are what the passage must hold
        # (quoted words too: "oplægget 'Ny praksisplan for almen praksis'" names what to find)
        # … but not its speech verb ("hvilket område mener X mangler") nor the plan's draft it points at
        said = positions(speech) if plan.respondents else set()
        topic_toks = [
            i
            for i in range(len(toks))
            if i not in used
            and i not in said
            and toks[i].low not in STOPWORDS
            and toks[i].low not in pb.QUESTION_WORDS
            and not (plan.respondents and _DRAFT.fullmatch(toks[i].low))
            and not _MEANING_FRAME.fullmatch(toks[i].low)
            and not (
                toks[i].low in ("ved", "by") and any(_MEANING_FRAME.fullmatch(t.low) for t in toks[max(0, i - 2) : i])
            )
        ]
    before = set(topic_toks)
    if not (plan.rows_question or plan.has_row_filters or row_words) or (named and not plan.has_row_filters):
        topic_toks = _past_the_source(toks, topic_toks, named)
    if max(len(plan.respondent_types), len(plan.respondents)) >= 2:
        # "hvad er forskellen på X og Y?": the comparison's word asks for the sides, it is no topic of theirs
        topic_toks = [
            i for i in topic_toks if not (COMPARE.search(toks[i].low) or _COMPARE_HEAD.fullmatch(toks[i].low))
        ]
    gap |= before - set(topic_toks)  # the words set aside above are no part of the topic's text either
    plan.topic = _topic_text(q, toks, topic_toks, used | gap | (in_quote if plan.rows_question else set()))
    if plan.ignored and max(len(plan.respondent_types), len(plan.respondents)) >= 2 and COMPARE.search(q):
        # "hvordan adskiller hospitalernes og kommunernes bemærkninger sig?": the sides are compared, the word read
        plan.ignored = " ".join(w for w in plan.ignored.split() if not COMPARE.search(w))
    if plan.rows_question and plan.topic and not plan.respondents and _region_says(toks, topic_toks):
        plan.topic_in = "comment"
    if plan.rows_question and plan.topic and plan.handlings == [Handling.INTET_SVAR.value]:
        # the parties that did not respond wrote nothing a topic could be found in: "which municipalities sent no
        # response on the Capital Region's GP plan?" names the consultation, not a topic; shown as set aside
        plan.ignored = f"{plan.ignored} {plan.topic}".strip()
        plan.topic, topic_toks = "", []
    if plan.lang == "en" and plan.topic:
        from retrieval.reading.glossary import danish_terms

        plan.topic_da = danish_terms(plan.topic)
        # a glossary term whose small words the topic text drops ("next of kin" -> topic "next kin")
        from retrieval.reading.glossary import english_terms

        have = set(plan.topic.lower().split())
        for en, da in english_terms(q):
            words = [w for w in en.lower().split() if w not in _TOPIC_GLUE]
            if words and all(w in have for w in words) and da not in plan.topic_da:
                plan.topic_da = f"{plan.topic_da} {da}".strip()
    first = toks[0].low if toks else ""
    plan.scan = (
        bool(plan.respondents) and first in pb.SCAN_START and bool(plan.topic or plan.quoted) and plan.rows_question
    )
    if plan.docs and not (plan.has_row_filters or row_words):
        plan.rows_question = False
    if catalog.consultations and not (plan.handlings or plan.themes or plan.letters or plan.quoted):
        per = bool(across) and not across_both(across, toks) and (count or LIST_CONSULTATIONS.search(q))
        content = [
            i for i in _topic_tokens(toks, used | ypos | positions(count), in_quote) if not _hearing_word(toks[i].low)
        ]
        content = [i for i in content if toks[i].low not in LIST_WORDS]
        asks_points = bool(plan.respondents and find(toks, pb.SPEAKER_VERBS + RAISE_WORDS, used | in_quote))
        listed = LIST_CONSULTATIONS.search(q)
        if (listed or (per and not content)) and not across_both(across, toks) and not asks_points:
            # "Hvilke høringer er der?", "which consultations did Gribskov answer?"
            plan.intent, plan.is_list, plan.rows_question = "consultations", True, False
            plan.topic, plan.topic_da, plan.docs, plan.doc_titles, plan.kinds = "", "", [], [], []
            return plan
        both = across_both(across, toks) or (len(plan.consultations) >= 2 and bool(find(toks, ("både", "both"))))
        only = len(plan.consultations) == 2 and BUT_NOT.search(q)
        if (both or only) and not plan.respondents and (types or find(toks, PARTY_WORDS) or not plan.topic):
            several = re.search(r"\b(flere|several|more than one|mere end)\b", q, re.I)
            plan.by = "only_first" if only else ("several" if several else None)
            # "hvilke parter svarede i begge høringer?", "which municipalities responded to both?"
            plan.intent, plan.is_list, plan.rows_question = "overlap", True, True
            plan.respondent_types = plan.respondent_types or types
            plan.topic, plan.topic_da, plan.docs, plan.doc_titles = "", "", [], []
            return plan
    if plan.rows_question:
        if count:
            plan.intent = "count"
        elif plan.scan:
            plan.intent = "scan"
        elif plan.topic or plan.quoted:
            plan.intent = "topic_list"
        elif plan.respondents and not (plan.handlings or plan.themes or plan.letters):
            plan.intent = "profile"
        else:
            plan.intent = "list"
        plan.is_list = True
    else:
        plan.intent = "synthesis" if len(plan.docs) >= 2 else "fact"
    return plan


# words about the set of consultations: "i hver høring", "in both consultations", "begge høringer", "responded to both?"
_SET_WORDS = (
    "begge",
    "both",
    "hver",
    "hvert",
    "each",
    "every",
    "alle",
    "all",
    "flere",
    "several",
    "per",
    "pr",
    "across",
    "tværs",
)


def read_across(toks: list[Tok], skip: set[int]) -> list[tuple[int, int]]:
    """Where a question speaks of the consultations as a set: a set word before a consultation word ("begge
    høringer", "each consultation", "alle tre høringer"), or "begge"/"both"/"each"/"hver" ending the question
    ("svarede i begge?")."""
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        if i in skip or t.low not in _SET_WORDS:
            continue
        j = i + 1
        while j < n and toks[j].low in (
            "af",
            "of",
            "the",
            "de",
            "to",
            "tre",
            "two",
            "three",
            "fire",
            "four",
            "alle",
            "all",
        ):
            j += 1
        if j < n and _hearing_word(toks[j].low):
            out.append((i, j + 1))
        elif j >= n and t.low in ("begge", "both", "each", "hver", "hvert"):
            out.append((i, i + 1))
    return out


# "Gribskovs egne ord om …", "show Gribskov's own words", "ordret", "i deres høringssvar/brev"
OWN_WORDS = (
    "egne ord",
    "eget ord",
    "egen ordlyd",
    "ordlyd*",
    "ordret",
    "own words",
    "their words",
    "verbatim",
    "exact words",
    "original* høringssvar*",
    "høringsbrev*",
    "brev",
    "brevet",
    "letter",
    "their letter",
    "selve høringssvaret",
    "præcis* formulering*",
    "egen formulering*",
    "deres formulering*",
    "exact wording",
    "own wording",
    "their wording",
    "original wording",
    "citat* fra høringssvar*",
    "quote their letter",
    "citat",
    "citér",
    "citer",
    "quote",
    "quotes",
    "in their own words",
)
_ALL_OF = ("begge", "both", "alle", "all", "flere", "several", "more", "mere")
# "who responded to the psychiatry plan but not to the health agreement?"
BUT_NOT = re.compile(r"\b(?:but not|and not|men ikke|og ikke|except|undtagen|without)\b", re.I)
# "hvor nævnes X", "did anyone bring up X", "what came up": asking where something is said, not a topic word
MENTION_WORDS = (
    "nævn*",
    "omtal*",
    "berør*",
    "mention*",
    "bring up",
    "brought up",
    "came up",
    "come up",
    "comes up",
    "raised",
    "raise",
    "rejst",
    "rejser",
    "tages op",
    "taget op",
    "object*",
    "indvend*",
    "protest*",
    "disagree*",
    "uenig*",
    "kritiser*",
    "criticis*",
    "criticiz*",
)
# "antal bemærkninger fordelt på håndtering", "points by outcome"
BY_HANDLING = (
    "fordelt på håndtering*",
    "fordelt efter håndtering*",
    "fordelt på udfald",
    "pr håndtering",
    "per håndtering",
    "opdelt på håndtering*",
    "by handling",
    "by outcome",
    "per outcome",
    "per handling",
    "broken down by handling",
    "broken down by outcome",
    "breakdown by handling",
    "breakdown by outcome",
)
ANYONE = ("nogen", "nogle", "anyone", "anybody", "somebody", "someone", "hvem", "who")
RAISE_WORDS = ("raise*", "rejst*", "rejse", "bring up", "brought up", "skrev", "wrote", "mente", "ønske*", "foreslog")
LIST_WORDS = ("table", "tabel", "pls", "please", "tak", "liste", "list", "oversigt", "overview", "vis", "show", "give")
PARTY_WORDS = ("parter", "parterne", "parties", "respondent*", "høringsparter*", "hvem", "who", "organisation*")
# the question's object is the consultations themselves: "hvilke høringer", "which consultations", "list the
# consultations", "hvor mange høringer" (at most two words between: "what came up across the consultations" is not)
LIST_CONSULTATIONS = re.compile(
    r"\b(?:hvilke|hvad for(?: nogle)?|hvor mange|list\w*|oversigt over|vis|which|what|how many|show)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:høringe?r(?:ne)?|høringsrunder(?:ne)?|høringsnotater(?:ne)?|consultations|hearings|"
    r"consultation reports)\b",
    re.I,
)


def across_both(across: list[tuple[int, int]], toks: list[Tok]) -> bool:
    """ "begge", "both", "alle høringer", "flere høringer": a set of consultations the parties must have answered
    (not "each"/"hver", which asks for an answer per consultation)."""
    return any(toks[a].low in _ALL_OF for a, _ in across)


def read_handlings(toks: list[Tok], skip: set[int], rowish: bool = True) -> tuple[list[str], set[int]]:
    """Handling values from word groups: an outcome is a combination (a change word with the plan or a cause, a
    negation before it, a partial or scope word), so new phrasings of the same outcome read the same."""
    out: list[str] = []
    used: set[int] = set()
    free = lambda ranges: [r for r in ranges if not any(k in skip or k in used for k in range(*r))]  # noqa: E731
    neg = positions(find(toks, pb.NEG, skip)) | {i for i, t in enumerate(toks) if t.low.endswith("n't")}

    def negated(a: int, b: int) -> bool:
        return any(k in neg for k in range(max(0, a - 4), min(len(toks), b + 2)) if k not in range(a, b))

    def add(code: Handling, ranges) -> None:
        if code.value not in out:
            out.append(code.value)
        for a, b in ranges:
            used.update(range(a, b))

    change = free(find(toks, pb.CHANGE, skip))
    accept = free(find(toks, pb.ACCEPT, skip))
    compound = free(find(toks, pb.COMPOUND_CHANGE, skip))
    if rowish or plantext_present(toks, skip):
        # "were the requests met?" says accepted only in a question about the consultation
        accept += [r for r in free(find(toks, pb.ACCEPT_WEAK, skip)) if r not in accept]
    cause = free(find(toks, pb.CAUSE, skip))
    plantext = free(find(toks, pb.PLANTEXT, skip))

    silent = [r for r in free(find(toks, pb.SILENT, skip)) if not _answer_noun(toks, r[1] - 1)]
    noresp = [r for r in free(find(toks, pb.NORESP_VERB, skip)) if negated(*r) and not _answer_noun(toks, r[0])]
    if silent or (noresp and not (change or accept)):
        add(Handling.INTET_SVAR, silent + noresp)
        used |= {k for k in neg if any(abs(k - a) <= 4 for a, _ in silent + noresp)}

    partial = free(find(toks, pb.PARTIAL, skip))
    if partial:
        weak = free(find(toks, pb.ACCEPT_WEAK, skip))
        near = [r for r in accept + change + weak + compound if any(abs(r[0] - p[0]) <= 3 for p in partial)]
        add(Handling.DELVIST, partial + near)

    scope_core = free(find(toks, pb.SCOPE_CORE, skip))
    scope_out = [
        r
        for r in free(find(toks, pb.SCOPE_OUTSIDE, skip))
        if any(0 < p[0] - r[1] + 1 <= 4 for p in plantext + scope_core)
    ]
    if scope_core or scope_out:
        add(Handling.UDEN_FOR_RAMMERNE, scope_core + scope_out)

    reject = [r for r in free(find(toks, pb.REJECT, skip)) if not _describes_a_thing(toks, *r)]
    change, accept, cause = free(change), free(accept), free(cause)
    compound = free(compound)
    negs = [r for r in change + accept + compound if negated(*r)]
    if reject or negs:
        add(Handling.INGEN_AENDRING, reject + negs + [r for r in cause if negated(*r)])
        used |= {k for k in neg if any(abs(k - a) <= 4 for a, _ in reject + negs)}
    change, accept, compound = free(change), free(accept), free(compound)
    if accept or compound or (change and (plantext or cause)):
        add(
            Handling.AENDRING,
            accept
            + change
            + compound
            + [r for r in cause if any(abs(r[0] - c[0]) <= 4 for c in change + accept + compound)],
        )

    impl = [
        r
        for r in free(find(toks, pb.IMPL, skip))
        if not (r[0] > 0 and toks[r[0] - 1].low in ("om", "about", "af", "of", "for", "på", "on"))
    ]
    if impl:
        add(Handling.IMPLEMENTERING, impl)
    empty = free(find(toks, pb.EMPTY, skip))
    hw = free(find(toks, pb.HANDLING_WORDS, skip))
    near_empty = [r for r in empty if any(abs(r[0] - h[0]) <= 3 for h in hw)]
    if near_empty:
        if EMPTY_HANDLING not in out:
            out.append(EMPTY_HANDLING)
        used |= positions(near_empty) | positions([h for h in hw if any(abs(h[0] - r[0]) <= 3 for r in near_empty)])
    if out:
        # the plan/text word belongs to the outcome ("ændringer i planen"), and so does its preposition
        for a, _ in plantext:
            if any(abs(a - k) <= 3 for k in used):
                used.add(a)
    return out, used


# "hvad forstås der ved …", "what is meant by …": the words that ask what a word means, not words to find
_MEANING_FRAME = re.compile(
    r"forstås|forstår|menes|betyder|betydning|defineres|definerer|definere|meant|means|meaning|defined|definition|"
    r"define|defines"
)
_DRAFT = re.compile(r"(?:praksis)?plan(?:en|ens)?(?:udkast\w*)?|\w*udkast\w*|draft|plan's")

# a closing yes-or-no clause about the outcome: ", og blev planen ændret?", "– and did the region change the text?"
YESNO_OUTCOME = re.compile(
    r"(?:,|\s[–-])?\s+(?:og|and|men|but|so)\s+(?:blev|bliver|er|har|førte|fik|did|was|were|has|have|is|led)\b[^?.]*\?\s*$",
    re.I,
)

_OUTCOME_WORDS = pb.CHANGE + pb.COMPOUND_CHANGE + pb.REJECT + pb.ACCEPT + pb.PARTIAL + pb.IMPL + pb.SILENT


# the verbs that open a reported clause whose "that" is left out ("X says could reduce …", "X mener bør …")
MODALS = frozenset("could would should will can must might may kan kunne skal skulle bør burde vil ville må".split())
_HEAD_SKIP = frozenset("of af de the a an et en den det some nogle alle all".split())
_VERBS = frozenset(
    "is are was were er var blev bliver did does do has have har havde kan can could should skal".split()
)


_ASKING = frozenset("hvilke hvilken hvilket which what hvad hvem who".split())
_HEAD_PREPOSITIONS = frozenset("for til om i in on af of med with fra from blandt among".split())


def _head_at(toks: list[Tok], q: str = "") -> int:
    """Where the question's asking word stands: the first word, or after a lead-in that punctuation sets off ("KK's
    høringssvar: hvilken indikator …", "Per Gladsaxe, who …") or a preposition ("For hvilke patientgrupper …")."""
    for i, t in enumerate(toks):
        if t.low not in _ASKING:
            continue
        k = i - 1 if i >= 1 and toks[i - 1].low in _HEAD_PREPOSITIONS else i
        if k == 0 or (q and re.search(r"[:;,–—?]\s*$|\s-\s*$", q[toks[k - 1].end : toks[k].start])):
            return i
    return 0


def _asks_for_something_else(toks: list[Tok], known: set[int], q: str = "") -> bool:
    """Whether the question's head asks for something other than points: "hvem (er kontaktperson)…" with a named
    party, or "which/what (were the) <noun>" where the noun is no point, party, type or outcome word."""
    if not toks:
        return False
    h = _head_at(toks, q)
    if toks[h].low in ("hvem", "who") and not any(t.low in pb.WHO_SAID for t in toks[h + 1 : h + 4]):
        return True
    if any(t.low in ("hvornår", "when") for t in toks):
        return True  # a date is never a list of points
    if toks[h].low not in ("hvilke", "hvilken", "hvilket", "which", "what", "hvad"):
        return False
    j = h + 1
    if j < len(toks) and toks[j].low in ("of", "af"):
        # "which of the Patient Involvement Committee's (PIU) comments …": the set after "of" is what is asked
        for t in toks[j + 1 : j + 10]:
            if _is_meta(t.low) or any(word_matches(t.low, e) for e in ROW_WORDS if " " not in e):
                return False
    if toks[h].low in ("what", "hvad"):
        if j < len(toks) and toks[j].low in _VERBS:
            j += 1
        else:
            return False  # "what did X say": a verb-first question, no head noun
    while j < len(toks) and toks[j].low in _HEAD_SKIP:
        j += 1
    if j >= len(toks) or j in known:
        return False
    w = toks[j].low
    return not (
        _is_meta(w)
        # "hvad var begrundelsen for, at …", "what was the reason …": the handling's reason, from the points
        or bool(re.fullmatch(r"begrund\w*|reason\w*|årsag\w*|forklar\w*|rationale|explanation\w*", w))
        or _any_type_word(w)
        or w in STOPWORDS
        or any(word_matches(w, e) for e in _OUTCOME_WORDS + ROW_WORDS if " " not in e)
        or w in ("parter", "parties", "punkter", "points", "punkt", "point", "gange", "times")
        # "hvad er forskellen på X og Y", "what is the difference between …": the parties' points, side by side
        or _COMPARE_HEAD.fullmatch(w)
    )


_COMPARE_HEAD = re.compile(r"forskel\w*|difference\w*|ligheder?\w*|similarit\w*|sammenligning\w*|comparison")


_PARTY_NOUNS = frozenset(("parter", "parties", "respondents", "respondenter", "høringsparter", "organisations"))


def _counts_points(toks: list[Tok], b: int, known: set[int]) -> bool:
    """Whether "hvor mange …"/"how many …" counts points: the next word names points, parties, a type, a handling
    or a respondent ("hvor mange af kommunernes bemærkninger", "how many points", "antal afviste")."""
    for i in range(b, min(len(toks), b + 4)):
        w = toks[i].low
        if w in ("af", "de", "of", "the", "der", "som", "i", "in", "gange", "times") and w not in ("gange", "times"):
            continue

        def counts(k: int) -> bool:
            x = toks[k].low
            return (
                k in known
                or x in ("gange", "times")
                or _any_type_word(x)
                or _is_meta(x)
                or any(word_matches(x, e) for e in _OUTCOME_WORDS if " " not in e)
            )

        # one word may stand before what is counted: "how many invited parties", "hvor mange hørte parter"
        return counts(i) or (i + 1 < len(toks) and toks[i + 1].low in _PARTY_NOUNS and counts(i + 1))
    return True


def _author_word(word: str, authors: set[str]) -> bool:
    """A word of a document's author or title, as written or in English ("Zealand's" -> sjælland)."""
    w = re.sub(r"['’]s$", "", word.lower())
    if w in authors or any(p in authors for p in w.split("-")):
        return True
    if any(_token_match(a, w) for a in authors if len(a) >= 3):  # inflected: "Sjællands"
        return True
    return any(d in authors for d in pb.NAME_WORDS.get(w, ()))


# the kinds of document an author writes, as a question names them ("PLO-Sjællands oplæg", "PLO/KL's paper")
_OWNED_DOC = re.compile(r"(?:praksis)?plan(?:en|ens)?|slides?|deck|oplæg\w*|udspil\w*|notat\w*|paper|vision\w*")
AUTHORED_KIND = re.compile(
    r"slides?|deck|oplæg\w*|udspil\w*|paper|præsentation\w*|presentation|visionspapir\w*|notat|position", re.I
)


_ENGLISH_SPEECH = re.compile(
    r"^(?:say|says|said|saying|mention\w*|writes?|wrote|written|think\w*|thought|propos\w*|suggest\w*|recommend\w*|"
    r"wants?|wanted|wish\w*|asks?|asked|raise[sd]?|argue[sd]?|states?|stated|claim\w*|notes?|noted|comments?|"
    r"commented)$"
)


def _unknown_speaker(
    toks: list[Tok],
    used: set[int],
    verbs: set[int],
    authors: set[str] = frozenset(),
    hosts: set[str] = frozenset(),
    handlers: set[str] = frozenset(),
) -> str | None:
    """A name in the speaker's place that no respondent has: "Hvad sagde Dansk Erhverv?", "What did KL say?".
    An organisation that wrote one of the documents (`authors`: their title and publisher words) is a source, not
    an unknown respondent: "How do PLO and KL propose …" is answered from their paper."""
    starts = []
    # NOTE: a question that asks for the speaker ("Hvem nævnte FMK?", "Which respondents mentioned FMK?", "Hvilke
    # kommuner foreslog X?") has the verb's object after the verb, not a speaker
    asks_speaker = bool(toks) and toks[0].low in ("hvem", "who", "hvilke", "hvilken", "which")
    for v in verbs:
        if asks_speaker and v <= 3:
            continue
        if v < len(toks) and _ENGLISH_SPEECH.match(toks[v].low):
            continue  # English puts the speaker before its verb: "… that says GP coverage is …" has GP as object
        starts.append(v + 1)  # Danish: "Hvad sagde X", "Hvad skrev X"
    for i, t in enumerate(toks):
        # NOTE: "when does the Practice Planning Committee process …" has no speaker: an auxiliary opens a speaker's
        # place only in a question with a speech verb ("What did KL say?")
        aux = t.low in ("did", "does", "do", "has", "have")
        apart = i > 0 and toks[i - 1].low in ("apart", "aside", "bortset", "away", "far")  # "apart from X": not X's
        if (aux and verbs or (t.low in ("fra", "from", "by") and not apart)) and i + 1 < len(toks):
            starts.append(i + 1)
    for s in sorted(set(starts)):
        while s < len(toks) and toks[s].low in ("the", "de", "den", "det"):
            s += 1
        seq = []
        k = s
        if s + 1 < len(toks) and toks[s].low == "region" and toks[s + 1].low in _REGION_NAMES and s not in used:
            # a region typed in lower case is a name all the same ("hvad svarede region sjælland i høringen")
            seq, k = [toks[s].text, toks[s + 1].text], s + 2
        while (
            k < len(toks)
            and k not in used
            and (
                toks[k].text[:1].isupper()
                or (
                    seq
                    and toks[k].low in ("og", "of", "for", "i")
                    and k + 1 < len(toks)
                    and toks[k + 1].text[:1].isupper()
                )
            )
        ):
            seq.append(toks[k].text)
            k += 1
        content = [
            w
            for w in seq
            if w.lower() not in GENERIC_NAME_WORDS
            and not _any_type_word(w.lower())
            and not _is_meta(w.lower())
            and w.lower() not in STOPWORDS
        ]
        if seq and s > 0 and content:
            # NOTE: an author's or a region's name in any form ("Sjællands", "Sjælland's") is a source
            if all(_author_word(w, authors) for w in content):
                continue
            if handlers and all(_author_word(w, handlers) for w in content):
                continue
            # "the Capital Region consultation responses", "Region Hovedstadens høringssvar": a document's author or
            # region before a word for the consultation is whose consultation it is, not a speaker
            if k < len(toks) and find([toks[k]], ROW_WORDS) and all(_author_word(w, hosts) for w in content):
                continue
            # "Region Sjællands praksisplan", "RS-planen": the name owns the document the question names
            if k < len(toks) and _OWNED_DOC.fullmatch(toks[k].low) and all(_author_word(w, hosts) for w in content):
                continue
            return " ".join(seq)
    return None


def plantext_present(toks: list[Tok], skip: set[int]) -> bool:
    return bool(find(toks, pb.PLANTEXT, skip))


def read_types(toks: list[Tok], skip: set[int]) -> tuple[list[str], set[int]]:
    """Respondent types from the words that name them, unless the word is the topic ("om kommunerne")."""
    out: list[str] = []
    used: set[int] = set()
    for code, entries in pb.TYPE_WORDS.items():
        for a, b in find(toks, entries, skip | used):
            before = toks[a - 1].low if a > 0 else ""
            if before in pb.TOPIC_BEFORE and before not in pb.SPEAKER_BEFORE:
                continue
            w = toks[a].low
            if b - a == 1 and re.search(r"(?:iske|isk|ical|ic)$", w) and b < len(toks) and toks[b].low not in STOPWORDS:
                # an adjective before its noun is what the point is about: "den psykiatriske akutmodtagelse",
                # "psychiatric emergency care" (unless the noun is the responses: "psykiatriske høringsparter")
                if not re.search(r"høring|bemærk|respon|part|aktør|actor|stakeholder|organisation", toks[b].low):
                    continue
            if b - a == 1 and w in (
                "kommunale",
                "kommunal",
                "municipal",
                "regionale",
                "regionalt",
                "regional",
                "statslige",
            ):
                # an adjective is a type only where it qualifies the responses: "kommunale høringssvar"
                nxt = " ".join(t.low for t in toks[b : b + 2])
                if not (
                    re.search(
                        r"høringssvar|bemærk|kommentar|respon|comment|parter|part|bod|råd|udvalg|"
                        r"committee|council|point|punkt|input|submission|aktør|actor|stakeholder",
                        nxt,
                    )
                    or (b < len(toks) and _is_meta(toks[b].low))
                ):
                    continue
            if code == RespondentType.PSYKIATRI and before in ("om", "about"):
                continue
            if code.value not in out:
                out.append(code.value)
            used.update(range(a, b))
    return out, used


def read_themes(toks: list[Tok], themes: list[str], skip: set[int]) -> tuple[list[str], set[int]]:
    """Themes of the høringsnotat named in full ("lægedækning og tilgængelighed", "quality and coherence"); a
    one-word theme ("Generelt", "Andet") only with a word that says it is a theme."""
    out: list[str] = []
    used: set[int] = set()
    cue = find(toks, pb.THEME_CUE, skip)
    for theme in themes:
        words = [w for w in _name_tokens(theme) if w not in ("og", "and", "i", "in", "of", "for", "af")]
        hits: list[tuple[int, int]] = []
        for w in words:
            entries = pb.THEME_WORDS.get(w, (w[:-1] + "*" if len(w) > 6 else w,))
            found = find(toks, entries, skip)
            if not found:
                break
            hits.append(found[0])
        else:
            if not hits:
                continue
            lo, hi = min(a for a, _ in hits), max(b for _, b in hits)
            if hi - lo > len(words) + 2:
                continue
            if len(words) == 1 and not any(abs(a - lo) <= 3 for a, _ in cue):
                continue
            out.append(theme)
            used.update(range(lo, hi))
            used |= positions([c for c in cue if abs(c[0] - lo) <= 3])
    return out, used


def _topic_text(q: str, toks: list[Tok], topic: list[int], used: set[int]) -> str:
    """The topic as the question words it: from its first content word to its last, without the filter words in
    between ("opgaveoverdragelse til kommunerne skal følges af ressourcer/finansiering")."""
    if not topic:
        return ""
    parts, run = [], []
    for i in range(topic[0], topic[-1] + 1):
        # NOTE: prepositions and articles only blur the topic's embedding: they end a run like a filter word
        hyphened = toks[i].glued or (i + 1 < len(toks) and toks[i + 1].glued)  # "out-of-hours" is one word
        if i in used or (toks[i].low in _TOPIC_GLUE and not hyphened):
            if run:
                parts.append(q[toks[run[0]].start : toks[run[-1]].end])
            run = []
            continue
        run.append(i)
    if run:
        parts.append(q[toks[run[0]].start : toks[run[-1]].end])
    # a Danish genitive apostrophe ("almen praksis' rolle") is no part of the word
    text = re.sub(r"(?<=[sxzSXZ])['’](?=\s|$)", "", " ".join(parts))
    return re.sub(r"\s+", " ", re.sub(r"[?!()\[\]«»“”\"]", " ", text)).strip(" ,.;:'")


# a clause after a dash that asks who said it and how the authority answered ("X – who said it and how did
# the region respond?"): its asking words and the authority are no part of the topic before it
_FRAME_START = frozenset("who what how which why hvem hvad hvordan hvilke hvilken hvorfor".split())
_FRAME_WORDS = frozenset(
    "region regionen regionens capital administrationen forvaltningen udvalget committee said say says sagde siger "
    "raised rejste rejst respond responded responds response svarede svarer svaret answer answered answers reply "
    "replied it that det og and".split()
)


def _frame_words(q: str, toks: list[Tok], used: set[int]) -> set[int]:
    """The asking words of a question clause that follows the topic after a dash: "ikke at kunne få fat
    i lægen – hvem sagde det, og hvordan svarede regionen?" is about reaching the doctor, not about the region."""
    out: set[int] = set()
    for k, t in enumerate(toks):
        if k == 0 or t.low not in _FRAME_START:
            continue
        # NOTE: a dash, not a colon: "Quick one for the minutes: who chairs …" is the question itself; "– og hvad
        # svarer regionen?" opens the clause with an "og"
        dashed = re.search(r"\s[–-]\s*$", q[toks[k - 1].end : t.start])
        if not dashed and k >= 2 and toks[k - 1].low in ("og", "and", "samt"):
            dashed = re.search(r"\s[–-]\s*$", q[toks[k - 2].end : toks[k - 1].start])
        if not dashed:
            continue
        if not [i for i in range(k) if i not in used and toks[i].low not in STOPWORDS]:
            continue  # nothing before it: the clause is the question itself
        out |= {
            i
            for i in range(k, len(toks))
            if (toks[i].low in _FRAME_WORDS or toks[i].low in _FRAME_START)
            # "Region Sjælland" names a place, not the authority that answered
            and not (toks[i].low == "region" and i + 1 < len(toks) and toks[i + 1].text[:1].isupper())
        }
    return out


_TOPIC_GLUE = frozenset("til af om de den det på the of to in on a an".split())

# the authority that answered the points, as a question names it, and the verbs of its answer
_HANDLER = frozenset(
    "region regionen regionens praksisplanudvalget ppu udvalget committee administrationen forvaltningen".split()
)
_HANDLER_SAYS = re.compile(
    r"sagde|siger|svarede|svarer|mente|mener|vurderede|vurderer|skrev|skriver|henviste|henviser|fandt|finder|"
    r"said|say|says|answer|answered|answers|reply|replied|replies|respond|responded|write|wrote|judge|judged|"
    r"consider|considered|think|thought|feel|felt|find|found|state|stated|deem|deemed|refer|refers|referred"
)


def _region_says(toks: list[Tok], topic: list[int]) -> bool:
    """Whether the topic is what the authority said of the points: "which responses did the region say were already
    covered by the plan?", "hvilke høringssvar mente regionen allerede var dækket af planen?" — the region and its
    verb before every topic word, and no "om"/"about" between them (that names what the points are about)."""
    start = _handler_says(toks)
    return bool(
        topic
        and start is not None
        and all(i > start for i in topic)
        and not any(toks[j].low in _ABOUT for j in range(start + 1, min(topic)))
    )


def _handler_says(toks: list[Tok]) -> int | None:
    """Where the authority and its verb end ("did the region say", "mente regionen"), or None."""
    for k, t in enumerate(toks[:-1]):
        if t.low not in _HANDLER:
            continue
        # its own verb: right after it ("did the region say", "regionen mente"), or just before it in a Danish
        # question's inverted order ("mente regionen"); "responders think the capital region …" is not the region's
        near = [j for j in (k - 1, k + 1, k + 2) if 0 <= j < len(toks) and _HANDLER_SAYS.fullmatch(toks[j].low)]
        if near:
            return max(k, *near)
    return None


# "Hvad skriver/foreslår/siger X om …", "what does X propose/say about …": the verb that makes a named document speak
_SOURCE_VERB = re.compile(
    r"skriver|skrev|siger|sagde|foreslår|foreslog|anbefaler|anbefalede|nævner|nævnte|beskriver|beskrev|står|stod|"
    r"mener|vil|say|says|said|write|writes|wrote|propose|proposes|proposed|suggest|suggests|suggested|recommend|"
    r"recommends|recommended|mention|mentions|mentioned|describe|describes|described|state|states|stated|do|does|did"
)
_DOC_KIND = re.compile(
    r"paper|papers|document|documents|plan|plans|plan's|slides|udspil\w*|oplæg\w*|dokument\w*|notat\w*|"
    r"(?:praksis|sundheds)?plan(?:en|ens|er)?|(?:sundheds)?aftale(?:n|ns)?|vision(?:en|ens)?|slides\w*"
)
_ENGLISH_SCOPE = frozenset(w for k in _ENGLISH_DOC_WORDS for w in k.split()) | {"region's", "regions"}
_ABOUT = frozenset("om angående vedrørende about regarding concerning".split())  # not "on": "on the committee"


def _past_the_source(toks: list[Tok], topic: list[int], named: list) -> list[int]:
    """The topic of "Hvad skriver Region Sjællands praksisplan om lægevagten?" is what follows "om": the words before
    it that name the document and make it speak are its scope, already read as one ("PLO og KL foreslår …"). Words
    before "om" that are neither stay ("Hvilke krav stiller planen om …" keeps "krav")."""
    words = {t for d in named for t in _canonical(d.split_tokens)} | {
        w for d in named for w in _name_tokens(d.publisher or "")
    }
    # "… om akutpladser i planen", "… about X in the plan": a document's kind after "i"/"in" is where to look
    topic = [
        i
        for i in topic
        if not (_DOC_KIND.fullmatch(toks[i].low) and i > 0 and toks[i - 1].low in ("i", "in", "ifølge", "fra", "from"))
    ]
    cut = None
    for k, t in enumerate(toks):
        if t.low in _ABOUT and any(i > k for i in topic):
            cut = k
            break
    if cut is None:
        return topic

    def scope(i: int) -> bool:
        w = toks[i].low
        return bool(
            _SOURCE_VERB.fullmatch(w)
            or (named and _DOC_KIND.fullmatch(w))
            or w.replace("’", "'") in _ENGLISH_SCOPE
            or any(_token_match(d, w) for d in words)
            or w.replace("-", "") in {x.replace("-", "") for x in words}
        )

    return [i for i in topic if i > cut or not scope(i) if i != cut]


@lru_cache(maxsize=1)
def _body_pattern() -> re.Pattern:
    from retrieval.reading.glossary_domain import BODY_NAMES

    names = sorted(BODY_NAMES, key=len, reverse=True)
    return re.compile(
        r"(?:\bthe\s+)?\b(" + "|".join(re.escape(n).replace("'", "['’]?") for n in names) + r")(?!\w)", re.I
    )


def _glossed_once(q: str, toks: list[Tok], resps: list, catalog: Catalog) -> list:
    """ "the junior doctors' association (FYL)": a name glossed in parentheses right after it is one party, the one
    the parenthesis names (an English description may match another party: "doctors' association")."""
    translated, bares = _translate_name_words(toks), _all_bare_forms(toks)
    spans = {}
    for r in resps:
        m = catalog._match_one(r, toks, translated, bares)
        if m and m[2]:
            spans[r.name] = (toks[min(m[2])].start, toks[max(m[2])].end)
    drop = set()
    for p in re.finditer(r"\(([^()]{1,80})\)", q):
        inside = [n for n, (a, b) in spans.items() if a >= p.start() and b <= p.end()]
        before = [n for n, (a, b) in spans.items() if b <= p.start() and not q[b : p.start()].strip(" '’s")]
        if inside and before:
            drop |= set(before) - set(inside)
    return [r for r in resps if r.name not in drop] or resps


def _suspended_compounds(q: str, lexicon: frozenset[str]) -> str:
    """ "regions- og udbudsklinikker" is "regionsklinikker og udbudsklinikker": the head the second word ends in (a
    word the documents use) completes the first."""

    def whole(m: re.Match) -> str:
        first, joiner, second = m.group(1), m.group(2), m.group(3)
        if second[:1].isupper():
            return m.group(0)  # a name ("Ældre- og Handicaprådet") is one body, written as it is
        low = second.lower()
        for k in range(2, len(low) - 3):
            if low[k:] in lexicon:
                return f"{first}{low[k:]} {joiner} {second}"
        return m.group(0)

    return re.sub(r"\b(\w{2,})- (og|eller|and|or) (\w{6,})", whole, q)


# staff shorthand for the regions: "RS-planen", "iflg RS planen", "RH's høringsnotat"
_SHORT_REGION = {"rs": "Region Sjælland", "rh": "Region Hovedstaden"}
_SHORT_RE = re.compile(r"\b(RS|RH)\b(['’]s)?(?P<plan>[-\s]plan(?:en|ens)?\b)?", re.I)


def _region_shorthand(q: str) -> str:
    def full(m: re.Match) -> str:
        if not m.group(1).isupper() and not m.group("plan"):
            return m.group(0)  # "rs" alone in lower case may be anything; "rs-planen" is the plan
        name = _SHORT_REGION[m.group(1).lower()]
        if m.group("plan"):
            return f"{name}s praksisplan"
        return name + "s" if m.group(2) else name

    return _SHORT_RE.sub(full, q)


def _body_names(q: str) -> str:
    """An English question with the national bodies' Danish names ("the GPs' union" -> "PLO")."""
    from retrieval.reading.glossary_domain import BODY_NAMES

    def name(m: re.Match) -> str:
        key = m.group(1).lower().replace("’", "'")
        danish = BODY_NAMES.get(key) or BODY_NAMES.get(key.replace("'", ""))
        # a question that also gives the Danish name ("… (Lægeforeningen Hovedstaden)") keeps its own words
        return m.group(0) if not danish or re.search(rf"\b{re.escape(danish)}", q, re.I) else danish

    return _body_pattern().sub(name, q)


EXPLAIN_ASK = re.compile(r"\b(?:forklar\w*|explain\w*|explanation|begrund\w*|reason\w*|årsag\w*|rationale)\b", re.I)


# a question for a value or a reason, not for points: why, who, when, how many, how much/big, where
VALUE_ASK = re.compile(
    r"\b(?:hvorfor|why|how come|hvor (?:mange|meget|stor|store|længe|lang)|how (?:many|much|big|large|long)|"
    r"what (?:share|proportion|date|year)|hvilke[nt]? (?:dato|år))\b"
    # who and when ask only near the question's start ("the GPs who …", "when the plan …" are clauses)
    r"|^\W*(?:\S+\s+){0,3}?(?:hvem|who|hvornår|when)\b",
    re.I,
)


def _asks_value(q: str) -> bool:
    """A question for a reason, an explanation or a value (who, when, how many, how much, where), not for points."""
    return bool(EXPLAIN_ASK.search(q) or VALUE_ASK.search(q))


# "hvad ændrer …", "which groups of women …", "hvad er X's problem med …": a what-question near the start that no
# speech verb frames ("hvad skrev X", "what did X say" ask for the points)
_WHAT_WORDS = frozenset(("hvad", "hvilke", "hvilken", "hvilket", "what", "which", "whats", "what's"))


# "hvad har X svaret i de forskellige høringer?": a question about what the party answered asks for its points
_ANSWER_WORDS = frozenset(
    "svar svaret svarene svarede svarer besvaret answer answers answered respond responded response responses "
    "høringssvar høringssvaret høringssvarene".split()
)


_COORD = frozenset("og and samt eller or hhv hhv. respectively henholdsvis plus".split())


def _coordinated(toks: list[Tok], a: set[int], b: set[int]) -> bool:
    """Whether a kind of party and a named party are listed side by side ("hospitalernes og Gentoftes bemærkninger",
    "kommuner, hospitaler og PLO-H"): both are asked, not the name instead of the kind."""
    if a & b:
        return False
    for i in a:
        for j in b:
            lo, hi = min(i, j), max(i, j)
            between = range(lo + 1, hi)
            # only words that join stand between ("Regional Council for the Elderly", "Amager og Hvidovre
            # Hospital" are one name each, not a list)
            if between and all(toks[k].low in _COORD and k not in b for k in between):
                return True
    return False


def _asks_meaning(toks: list[Tok]) -> bool:
    """ "How does PLO-H define X?", "hvad mener PLO-H med X?", "what is meant by that?": the party's word is asked."""
    lows = [t.low for t in toks]
    if any(_MEANING_FRAME.fullmatch(w) for w in lows):
        return True
    return any(w in ("mener", "mente", "mean", "meant") and "med" in lows[k + 1 : k + 5] for k, w in enumerate(lows))


def _asks_what(toks: list[Tok]) -> bool:
    return any(t.low in _WHAT_WORDS for t in toks[:7])


def _asks_of_a_statement(toks: list[Tok], q: str) -> bool:
    """A statement about a party's points, then a question about it set off by a dash or colon: "Helsingør says a
    whole policy area is missing – which one?", "LFHO lists communication problems … – what are they?". The
    statement's words are what it asks about, its speech verb no frame that asks for the points."""
    h = _head_at(toks, q)
    # NOTE: a dash or a colon, not a comma: "Lav en samlet oversigt over alt, hvad Gribskov skrev" is one request
    dash = h >= 4 and bool(re.search(r"[:–—]\s*$|\s-\s*$", q[toks[h - 1].end : toks[h].start]))
    return dash and toks[h].low in _WHAT_WORDS | {"who", "hvem"} and not any(t.low in _ANSWER_WORDS for t in toks[h:])


def _known_word(w: str, lexicon: frozenset[str]) -> bool:
    """A word the documents write in lower case, or an English domain term of the glossary: a topic word, not a
    typo of a word that asks ("bemærkiner")."""
    from retrieval.reading.glossary import danish_terms

    return w in lexicon or bool(danish_terms(w))


def _topic_tokens(toks: list[Tok], used: set[int], in_quote: set[int]) -> list[int]:
    """The tokens that are content: not a filter, not a stopword, not about asking (small typos of those too)."""
    # NOTE: the words of a domain term of the glossary are content whatever each is alone ("next of kin", "follow
    # up", "out of hours": "next", "of", "up" would be dropped)
    term: set[int] = set()
    for i in range(len(toks)):
        for n in (4, 3, 2):
            words = [t.low for t in toks[i : i + n]]
            if len(words) == n and " ".join(words).rstrip("s") in _multiword_stems():
                term |= set(range(i, i + n))
                break
    out = []
    for i, t in enumerate(toks):
        if i in used or i in in_quote:
            continue
        if i in term:
            out.append(i)
            continue
        w = t.low.strip("'")
        if len(w) < 2 or w in STOPWORDS or w.isdigit() and len(w) < 3:
            continue
        if i and toks[i - 1].low == "region" and t.text[:1].isupper():
            continue  # the name of "Region Hovedstaden(s)" says whose document or consultation, like "region" itself
        # "the capital region", "region hovedstaden", "hovedstadens plan": a region's name in any case names whose
        # document or consultation it is, not what it is about
        near = {toks[k].low for k in (i - 1, i + 1) if 0 <= k < len(toks)}
        if (w in _REGION_NAMES and ("region" in near or w.endswith("s"))) or (w == "region" and near & _REGION_NAMES):
            continue
        # "planen er for overordnet", "too general": a judgement about the text, not a request for an overview
        judged = w in _JUDGED and i and toks[i - 1].low in ("for", "too", "meget", "very", "så", "so", "alt")
        if _is_meta(w) and not judged and not (t.glued and out and out[-1] == i - 1):
            continue  # NOTE: a word hyphen-glued to a topic word is part of it ("follow-up")
        out.append(i)
    return out


_REGION_NAMES = frozenset(
    "capital hovedstaden hovedstadens sjælland sjællands zealand zealand's syddanmark midtjylland nordjylland".split()
)
_JUDGED = frozenset("overordnet overordnede overall general generel generelt".split())

_WH_FRONT = frozenset("what which hvilke hvilken hvilket".split())
# words that end a fronted noun phrase: an auxiliary or a verb of the question ("does", "har", "nævner")
_FRONT_END = frozenset(
    "do does did have has had is are was were will would can could should har havde er var blev bliver vil kan kunne "
    "skal skulle bør mener mente siger sagde ønsker ønskede foreslår foreslog nævner nævnte peger pegede gav giver "
    "fik får ser så".split()
)


def _phrase_after(toks: list[Tok], start: int, used: set[int], stop_at_intro: bool = False) -> list[int]:
    """The words from `start` up to the first filter word, auxiliary or verb of the question (and, if asked, the
    first word of a topic intro)."""
    out = []
    for i in range(start, len(toks)):
        low = toks[i].low
        if i in used or low in _FRONT_END or low in pb.SPEAKER_VERBS or low in pb.QUESTION_WORDS:
            break
        if stop_at_intro and low in _INTRO_FIRST:
            break  # "Herlev Kommunes syn på dosisdispensering": the words the intro brings are the topic
        out.append(i)
    return out


def _phrase_topic(toks: list[Tok], phrase: list[int]) -> list[int]:
    """A phrase's topic words: none when it names the rows themselves ("Which consultation points in the memo …",
    "Gribskovs høringssvar"); a capitalised word is a name (a region, a body), scope or filter, not the topic."""
    if any(_POINT_NOUNS.match(toks[i].low) or toks[i].low.startswith(("consultation", "høring")) for i in phrase):
        return []
    return [
        i for i in phrase if toks[i].low not in STOPWORDS and not toks[i].low.isdigit() and toks[i].text[:1].islower()
    ]


def _fronted_object(toks: list[Tok], used: set[int]) -> list[int]:
    """The words of the noun phrase a question word fronts ("What *problems with referrals* does X list?"): from the
    word after the question word up to the first filter word, auxiliary or verb; none when the phrase holds a
    filter (a respondent, a handling) or only small words."""
    if len(toks) < 3 or toks[0].low not in _WH_FRONT or toks[1].low in ("of", "af"):
        return []  # "Which of the committee's comments …" picks among rows, it names no topic
    out = _phrase_after(toks, 1, used)
    if not out or len(out) == len(toks) - 1:
        return []  # no verb or filter after it: the question's words are read as before
    return _phrase_topic(toks, out)


_INTRO_FIRST = frozenset(e.split()[0] for e in pb.TOPIC_INTRO if not e.startswith("*"))


def _possessed(toks: list[Tok], used: set[int], lexicon: frozenset[str]) -> list[int]:
    """The words a filter's genitive owns ("respond to Gentofte's *objectives for the acute functions*",
    "Gentoftes *målsætninger for akutfunktionerne*"): up to the next filter word, auxiliary or verb; none when they
    name the rows themselves ("Gribskovs høringssvar", "LFH's seks forslag")."""
    for i in range(len(toks) - 1):
        if i not in used or i + 1 in used or not re.search(r"(?:'s|’s|s|')$", toks[i].text):
            continue
        keep = _phrase_topic(toks, _phrase_after(toks, i + 1, used, stop_at_intro=True))
        # a word the documents do not know is more likely a typo of a point noun ("bemærkiner") than a topic
        known = [_known_word(toks[k].low, lexicon) for k in keep]
        if keep and any(known) and all(ok or toks[k].low.isascii() for k, ok in zip(keep, known)):
            return keep
        return []
    return []


_AUXILIARIES = frozenset(
    "were was been being be is are got get gets blev bliver blive er var vil have has had har havde".split()
)
# what a consultation's wishes are called: "afviste forslag" are points that were turned down
_POINT_NOUNS = re.compile(
    r"^(?:høringssvar|høringspunkt|punkt|forslag|ændringsforslag|bemærkning|kommentar|ønske|anbefaling|input|idé|ide|"
    r"point|proposal|suggestion|request|comment|remark|wish|recommendation|idea|response|submission|change)",
    re.I,
)


def _describes_a_thing(toks: list[Tok], start: int, end: int) -> bool:
    """ "afviste henvisninger", "rejected referrals": a participle before another noun describes that thing, a topic
    of the documents; before a point noun ("afviste forslag", "rejected requests") it is the handling, and so is a
    verb ("were declined outright", "afviste regionen": a definite noun after it is its subject)."""
    if end >= len(toks) or (start and toks[start - 1].low in _AUXILIARIES):
        return False
    nxt = toks[end]
    return (
        end - start == 1
        and nxt.start - toks[start].end == 1  # the next word right after it ("Declined – councils" is no phrase)
        and bool(re.search(r"(?:ed|te|st|ing)$", toks[start].low))  # a participle: "rejected", "afviste", "afvist"
        and not re.search(r"(?:en|et|ne)$", nxt.low)
        and nxt.text.isalpha()
        and nxt.text.islower()
        and len(nxt.low) >= 5
        and nxt.low not in STOPWORDS
        and not _POINT_NOUNS.match(nxt.low)
        and not find([nxt], pb.NEG + pb.SPEAKER_VERBS + ROW_WORDS)
    )


def _answer_noun(toks: list[Tok], i: int) -> bool:
    """ "svaret"/"the answer" as a noun after a copula ("hvad er ikke svaret", "what is NOT the answer"): an answer
    to a question, not a party that did not respond ("hvem har ikke svaret?")."""
    if toks[i].low not in ("svaret", "svar", "answer", "answers"):
        return False
    if i and toks[i - 1].low == "the":
        return True
    for t in reversed(toks[max(0, i - 8) : i]):  # the nearest verb before it: a copula, or "har"/"did" (a party)
        if t.low in ("er", "var", "is", "was", "isn't", "wasn't", "være", "be"):
            return True
        if t.low in ("har", "havde", "have", "has", "had", "did", "do", "does", "didn't", "doesn't"):
            return False
    return False


@lru_cache(maxsize=1)
def _multiword_terms() -> frozenset[str]:
    return frozenset(k for k in EN_DA if " " in k)


@lru_cache(maxsize=1)
def _multiword_stems() -> frozenset[str]:
    return frozenset(k.rstrip("s") for k in _multiword_terms())


@lru_cache(maxsize=20_000)
def _is_meta(w: str) -> bool:
    """A word about asking, not about a topic. NOTE: typos are matched more strictly than elsewhere ("writing" must
    not swallow "waiting")."""
    for e in pb.META:
        if " " in e:
            continue
        stem = e.rstrip("*")
        if w == stem or (e.endswith("*") and w.startswith(stem)):
            return True
        if len(w) >= 6 and len(stem) >= 6 and w[0] == stem[0] and abs(len(w) - len(stem)) <= 2:
            if SequenceMatcher(None, w[: len(stem) + 2] if e.endswith("*") else w, stem).ratio() >= 0.9:
                return True
    return False


def _semantic_handling(scores: dict[str, float]) -> str | None:
    """A handling the words did not show, when its example phrasings are clearly the closest: ahead of the next
    handling and of the questions with no handling, each by a share of the spread of all the scores."""
    if len(scores) < 3:
        return None
    ranked = sorted((k for k in scores if k != "none"), key=lambda k: -scores[k])
    best, second = ranked[0], ranked[1]
    spread = max(scores.values()) - min(scores.values())
    if spread <= 0:
        return None
    if (scores[best] - scores[second]) >= SEM_GAP_SECOND * spread and (
        scores[best] - scores["none"]
    ) >= SEM_GAP_NONE * spread:
        return best
    return None


# NOTE: shares of the spread within one question, not absolute cosines: they mean the same for any embedder
# (e5's cosines crowd into 0.8-0.95, MiniLM's spread over 0-1). Set on the tuning half of data/eval/paraphrases.json.
SEM_GAP_SECOND = 0.3
SEM_GAP_NONE = 0.5


# NOTE: the phrasings' vectors by embedder id (model and version): the same for every index and every Retriever of
# that embedder, so a reload, a second Service or a test's own Service does not embed the ~200 phrasings again
_PHRASE_VECTORS: dict[str, object] = {}


def reader_phrasings() -> tuple[list[str], list[str]]:
    """(labels, texts) the semantic scorer compares leftover words with: each handling's short phrasings, and on the
    "none" side ordinary topics of the domain in both languages. Ingest embeds them ahead (PhraseVectors)."""
    from retrieval.reading.glossary import EN_DA_CORE as EN_DA

    labels: list[str] = []
    texts: list[str] = []
    for h, examples in pb.HANDLING_PHRASES.items():
        labels += [h.value] * len(examples)
        texts += list(examples)
    topics = list(dict.fromkeys(list(EN_DA) + list(EN_DA.values()) + list(pb.NOT_A_TOPIC)))
    labels += ["none"] * len(topics)
    texts += topics
    return labels, texts


def semantic_scorer(embedder, key: str | None = None, phrases=None) -> Semantic:
    """leftover words -> similarity to each handling's phrases (mean of the best two) and to ordinary topics.
    `key`: the embedder's id, under which the phrasings' vectors are kept for the process (None: not kept);
    `phrases`: a retrieval.search.embedders.PhraseVectors that keeps them on disk across processes."""
    import numpy as np

    labels, texts = reader_phrasings()
    holder: dict = {}

    def prepare(progress=None) -> None:
        if "m" not in holder:
            m = _PHRASE_VECTORS.get(key) if key is not None else None
            if m is None:
                if phrases is not None and key is not None:
                    m = phrases.vectors(embedder, texts, embedder_id=key, progress=progress)
                else:
                    m = np.asarray([embedder.embed_query(t) for t in texts], dtype=np.float32)
                if key is not None:
                    _PHRASE_VECTORS[key] = m
            holder["m"] = m

    def score(question: str) -> dict[str, float]:
        prepare()
        v = embedder.embed_query(question)
        sims = holder["m"] @ v
        out: dict[str, float] = {}
        for lab in dict.fromkeys(labels):
            s = np.sort(sims[[i for i, x in enumerate(labels) if x == lab]])[::-1]
            out[lab] = float(s[:2].mean())
        return out

    score.prepare = prepare  # type: ignore[attr-defined]  # warm-up embeds the phrasings once, not the first question
    return score
