"""What a question for a date, an amount or a number needs of a passage: a sentence that holds one together with
the question's own words (a list or table of counts may hold the number beside them)."""

from __future__ import annotations

import re

from retrieval.types import Record, dehyphenate
from retrieval.words import stems

NUMBER = re.compile(r"\d+(?:[.,]\d{3})*(?:[.,]\d+)?")
DATE = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|"
    r"oktober|november|december)|\b(january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    # "how long / hvor længe" read as a date question: a stretch of time answers it ("i 72 timer")
    r"|\b\d+\s*(timer|døgn|dage|uger|måneder|hours|days|weeks|months)\b",
    re.I,
)
AMOUNT = re.compile(
    r"\d[\d.,]*\s*(kr\.?|kroner|mio\.?|mia\.?|millioner|milliarder|million|billion|dkk|%|procent)"
    r"|\b\w*(?:million|milliard)beløb\w*",  # an amount in words: "et tocifret millionbeløb"
    re.I,
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"”«•])|\s+(?=[•]\s)")
PATTERNS = {"date": DATE, "amount": AMOUNT, "number": NUMBER}

# a question that sets sides against each other: documents, parties or kinds of party
COMPARE = re.compile(
    r"\b(sammenlign\w*|compar\w*|differ\w*|adskil\w*|afvige\w*|afviger|difference\w*|forskel\w*|forskellig\w*|versus|vs\.?|henholdsvis|"
    r"respectively|hhv|contrast\w*|uenige?|disagree[sd]?)\b",
    re.I,
)


def holds_asked(record: Record, asks: str, want: set[str], need: int | None = None) -> bool:
    """Whether the record holds what the question asks for ("date", "amount", "number") beside its words (`need` of
    them; two, or all when fewer)."""
    pattern = PATTERNS.get(asks)
    if pattern is None:
        return True
    need = min(2, len(want)) if need is None else need
    text = (
        record.text
        if not record.is_row
        else " ".join(x for x in (record.summary, record.quote, record.text_change) if x)
    )
    # NOTE: a date or an amount must stand in a sentence with the question's words; a count may be a table or a
    # list beside them, so the passage as a whole is enough
    units = [text] if asks == "number" else SENTENCE.split(re.sub(r"\s+", " ", dehyphenate(text)))
    return any(pattern.search(u) and len(want & set(stems(u))) >= need for u in units)
