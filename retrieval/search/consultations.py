"""Consultations in the index: each høringsnotat's consultation (the plan consulted on, when, who answered, how many
points), the parties' own letters placed in their consultation, and each point linked to the sentence of its party's
letter that it summarises.

Built once per Index (retrieval/search/index.py) from the records and their vectors: a letter ingested after its
høringsnotat, or a høringsnotat re-ingested, links again without re-embedding anything."""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from retrieval.text import sentences
from retrieval.types import Record
from retrieval.words import STOPWORDS, stems


def year_of(date: str | None) -> str | None:
    return date[:4] if date and re.match(r"^\d{4}", date) else None


MONTH_NAMES = {
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def show_date(date: str | None, lang: str = "da") -> str:
    """ "2024-05" -> "maj 2024" / "May 2024"; a year stays a year."""
    if not date:
        return ""
    m = re.match(r"^(\d{4})-(\d{2})", date)
    if not m:
        return date
    month = int(m.group(2))
    if not 1 <= month <= 12:
        return m.group(1)
    return f"{MONTH_NAMES['en' if lang == 'en' else 'da'][month - 1]} {m.group(1)}"


# words of a consultation's title that do not tell it from another
GENERIC = set(
    """høringsnotat høringssvar høring høringen plan planen aftale region regionen kommune kommuner forslag udkast
    endelig endeligt samlet ny nye notat for til om af og i the of a""".split()
)


@dataclass
class Consultation:
    title: str
    date: str | None
    docs: list[str] = field(default_factory=list)  # its høringsnotater
    letters: list[str] = field(default_factory=list)  # its parties' letters (documents)
    points: int = 0  # points with a remark (not "did not respond")
    parties: list[str] = field(default_factory=list)  # parties that responded, in the notat's order
    silent: list[str] = field(default_factory=list)  # consulted parties that did not respond
    keys: tuple[str, ...] = ()  # the title's distinctive words, stemmed ("sundhedsaftal", "psykiatriplan")
    themes: tuple[str, ...] = ()  # the themes its rows carry
    letter_parties: list[str] = field(default_factory=list)  # who wrote the letters in the index
    years: tuple[str, ...] = ()

    @property
    def year(self) -> str | None:
        return year_of(self.date)

    def label(self, lang: str = "da") -> str:
        """ "Sundhedsaftale 2024–2027 (maj 2024)"."""
        when = show_date(self.date, lang)
        return f"{self.title} ({when})" if when and (self.year or "") not in self.title else self.title

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "date": self.date,
            "documents": self.docs,
            "letters": self.letters,
            "letter_parties": self.letter_parties,
            "points": self.points,
            "parties": self.parties,
            "did_not_respond": self.silent,
        }


def title_keys(title: str) -> tuple[str, ...]:
    """The title's own words, the plan's name first: no region or municipality names, years or generic words."""
    title = re.sub(r"\b(?:Region(?:en)?|Regionsrådet)\s+[A-ZÆØÅ]\w+|\b[A-ZÆØÅ]\w+\s+(?:Kommune|Region)\b", " ", title)
    return tuple(dict.fromkeys(s for s in stems(title) if s not in GENERIC and not s.isdigit() and len(s) >= 4))


def collect(records: Sequence[Record]) -> list[Consultation]:
    """One Consultation per title the høringsnotat rows and letters carry: the newest first, undated ones last."""
    found: "OrderedDict[str, Consultation]" = OrderedDict()
    for r in records:
        if not r.consultation or not (r.is_row or r.is_letter or r.doc_kind == "hoeringsnotat"):
            continue
        c = found.get(r.consultation)
        if c is None:
            c = found[r.consultation] = Consultation(r.consultation, r.consultation_date)
        c.date = c.date or r.consultation_date
        docs = c.letters if r.is_letter else c.docs
        if r.doc not in docs:
            docs.append(r.doc)
        if r.is_row and r.respondent:
            if r.handling == "intet_svar":
                if r.respondent not in c.silent:
                    c.silent.append(r.respondent)
            else:
                c.points += 1
                if r.respondent not in c.parties:
                    c.parties.append(r.respondent)
        if r.is_row and r.theme and r.theme not in c.themes:
            c.themes += (r.theme,)
    out = [c for c in found.values() if c.docs or c.letters]
    for c in out:
        c.keys = title_keys(c.title)
        c.years = tuple(dict.fromkeys(re.findall(r"(?:19|20)\d\d", f"{c.title} {c.date or ''}")))
        c.silent = [p for p in c.silent if p not in c.parties]
    # the newest first; undated ones after, in the index's order
    dated = sorted((c for c in out if c.date), key=lambda c: c.date or "", reverse=True)
    return dated + [c for c in out if not c.date]


# --- letters -----------------------------------------------------------------------------------------------------------


def place_letters(records: Sequence[Record], consultations: list[Consultation], respondents: list[str]) -> None:
    """A letter whose party or consultation the manifest did not give: the party is the respondent whose full name
    the letter names most often; the consultation the one that party answered, or the one whose title words the
    letter uses most. What cannot be told stays empty (the letter is still searched as text)."""
    by_doc: dict[str, list[Record]] = {}
    for r in records:
        if r.is_letter:
            by_doc.setdefault(r.doc, []).append(r)
    for recs in by_doc.values():
        text = "\n".join([recs[0].title or ""] + [r.text for r in recs])
        low = text.lower()
        party = recs[0].respondent
        if not party:
            counts = Counter({n: low.count(n.lower()) for n in respondents if len(n) >= 4 and n.lower() in low})
            if counts:
                party = max(counts, key=lambda n: (counts[n], len(n)))
        cons = recs[0].consultation
        if not cons and consultations:
            answered = [c for c in consultations if party and party in c.parties + c.silent]
            pool = answered if answered else consultations
            if len(pool) == 1:
                cons = pool[0].title
            else:
                have = set(stems(text[:3000]))
                scored = sorted(((sum(k in have for k in c.keys), c) for c in pool), key=lambda x: -x[0])
                if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
                    cons = scored[0][1].title
        date = next((c.date for c in consultations if c.title == cons), None)
        for r in recs:
            r.respondent, r.consultation = party, cons
            r.consultation_date = r.consultation_date or date
    for c in consultations:
        mine = [r for r in records if r.is_letter and r.consultation == c.title]
        c.letters = list(dict.fromkeys(r.doc for r in mine))
        c.letter_parties = list(dict.fromkeys(r.respondent for r in mine if r.respondent))


def letter_sentences(text: str) -> list[str]:
    """A letter passage's sentences, with a line that ends no sentence and is followed by a capital read as its own
    line (a heading, a date, the letterhead), so it never runs into the sentence after it."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    paras: list[str] = []
    for k, ln in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        joined = paras and not re.search(r"[.!?:;]$", paras[-1][-1]) and not paras[-1][-1].endswith("\x00")
        if joined and paras[-1]:
            paras[-1].append(ln)
        else:
            paras.append([ln])
        if not re.search(r"[.!?:;,]$", ln) and (not nxt or nxt[:1].isupper() or nxt[:1].isdigit()) and len(ln) < 70:
            paras[-1][-1] += "\x00"  # ends here: a heading or a short line before a new start
    out: list[str] = []
    for p in paras:
        block = " ".join(x.replace("\x00", "") for x in p)
        out += [x for x in sentences(block) if x.strip()] or [block]
    return out or [text]


@dataclass(frozen=True)
class LetterLink:
    record: int  # the letter passage's position in the index
    sentence: str  # the sentence(s) of it that the point summarises
    score: float


def link_points(records: Sequence[Record], vectors: np.ndarray) -> dict[str, LetterLink]:
    """Each point -> the passage of its party's letter (same consultation) that it summarises: the passage closest
    in meaning, and in it the sentence that shares most of the point's words (with its neighbour when that adds)."""
    letters: dict[tuple[str | None, str | None], list[int]] = {}
    for i, r in enumerate(records):
        if r.is_letter and r.respondent:
            letters.setdefault((r.respondent, r.consultation), []).append(i)
    if not letters:
        return {}
    out: dict[str, LetterLink] = {}  # keyed by the point's record id
    for i, r in enumerate(records):
        if not r.is_row or r.handling == "intet_svar" or not r.summary:
            continue
        cand = letters.get((r.respondent, r.consultation)) or letters.get((r.respondent, None)) or []
        if not cand:
            continue
        words = [s for s in dict.fromkeys(stems(r.summary)) if s not in STOPWORDS]
        if not words:
            continue
        best: tuple[float, int, str] | None = None
        for j in cand:
            dense = float(vectors[j] @ vectors[i]) if vectors.size else 0.0
            sents = letter_sentences(records[j].text)
            for k, s in enumerate(sents):
                have = set(stems(s))
                share = sum(w in have for w in words) / len(words)
                text = s
                if k + 1 < len(sents):  # a remark often runs on into the next sentence
                    both = set(stems(s + " " + sents[k + 1]))
                    if sum(w in both for w in words) / len(words) >= share + 0.15:
                        share, text = sum(w in both for w in words) / len(words), s + " " + sents[k + 1]
                score = share + 0.5 * dense
                if best is None or score > best[0]:
                    best = (score, j, text.strip())
        if best is not None and best[0] >= 0.45:
            out[r.id] = LetterLink(best[1], best[2], round(best[0], 3))
    return out
