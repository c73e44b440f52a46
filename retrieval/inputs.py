"""What a user may send, checked in one place: the text limits, and checks that clean a text (retrieval/text.py) and
raise the typed errors of retrieval/errors.py. The service, the HTTP API's validators, Slack and the CLI all call
these, so a limit is defined once."""

from __future__ import annotations

from retrieval.errors import (
    ContextTooLong,
    IdTooLong,
    NameEmpty,
    NameTooLong,
    QuestionEmpty,
    QuestionTooLong,
    TextTooLong,
)
from retrieval.text import clean_text

MAX_QUESTION = 2000  # characters of a question, and of the earlier question a follow-up is read with
MAX_NAME = 200  # characters of a respondent's name (draft replies)
MAX_ID = 200  # characters of a client's question id (echoed in the answer)


def bounded(text: str | None, limit: int, error: type[TextTooLong]) -> str:
    """text cleaned (retrieval/text.py clean_text), or `error(n, limit)` when it is longer than the limit."""
    text = clean_text(text)
    if len(text) > limit:
        raise error(len(text), limit)
    return text


def question(text: str | None) -> str:
    """A question as it is read: cleaned (whitespace folded); QuestionEmpty or QuestionTooLong when it cannot be."""
    q = clean_text(text)
    if not q:
        raise QuestionEmpty()
    if len(q) > MAX_QUESTION:
        raise QuestionTooLong(len(q), MAX_QUESTION)
    return q


def context(text: str | None) -> str | None:
    """An earlier question given as context: cleaned like a question, and bounded like one (an unbounded context
    costs minutes of CPU in query reading); None when there is none."""
    return bounded(text, MAX_QUESTION, ContextTooLong) or None


def respondent(name: str | None, *, required: bool = False) -> str:
    """A respondent's name for a draft: NameTooLong past MAX_NAME, NameEmpty when `required` and there is none."""
    name = bounded(name, MAX_NAME, NameTooLong)
    if required and not name:
        raise NameEmpty()
    return name


def client_id(text: str | None) -> str | None:
    return bounded(text, MAX_ID, IdTooLong) or None
