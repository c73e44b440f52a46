"""Small error types; each message says what failed, shows the value and says what to do next."""

import re


class PlansvarError(Exception):
    """Base class: an error a user can act on; the CLI prints it as one line."""


class ConfigError(PlansvarError):
    """A setting is wrong or a configured resource cannot be used."""


class StoreError(PlansvarError):
    """The record store is missing, unreachable or was built differently.

    str(e) is for operators (CLI, server log) and may name the store's folder or URL; `public` is what a client of
    the HTTP API or Slack is told (state, never a path), `state` the word /healthz reports."""

    state = "error"
    public = "The index cannot be used right now; the server log says why."

    def __init__(self, message: str, public: str | None = None) -> None:
        super().__init__(message)
        if public is not None:
            self.public = public


class StoreUnreachable(StoreError):
    """The Chroma server did not answer (refused, or no answer within PLANSVAR_CHROMA_TIMEOUT)."""

    state = "unreachable"
    public = (
        "The index server is unreachable: it refused the connection or did not answer in time. Try again "
        "shortly; if this persists, an operator must check the Chroma server."
    )


class StoreEmpty(StoreError):
    """The store answers but holds no plansvar index yet."""

    state = "empty"
    public = "There is no index yet: an operator must run `plansvar ingest`."

    @classmethod
    def at(cls, location: str) -> "StoreEmpty":
        """The error for an operator: no index in this folder or at this URL."""
        return cls(f"No plansvar index in {location}. Run `plansvar ingest` first.")


class EmbedderMismatch(StoreError):
    """The store was built with another embedder than the one configured."""

    state = "mismatch"
    public = (
        "The index was built with another embedding model than this server uses: an operator must re-ingest "
        "(`plansvar ingest`) or set PLANSVAR_EMBEDDING_MODEL back."
    )


class StoreOutdated(StoreError):
    """The index was built by another plansvar version (schema)."""

    state = "outdated"
    public = "The index was built by another plansvar version: an operator must rebuild it with `plansvar ingest`."


class IngestBusy(StoreError):
    """Another ingest holds the store's ingest lock."""

    state = "busy"
    public = "Another ingest is running on this index; try again when it has finished."


class ParseError(PlansvarError):
    """A file could not be read or parsed."""


# --- what a user sent: typed, so that Slack and HTTP choose their reply by the type, never by the message's words ----


class InputError(PlansvarError, ValueError):
    """Something a user sent cannot be answered as it is. str(e) is the English line the CLI prints and the HTTP API
    returns; `values` are what a reply in Slack (bot/messages.py) fills in. NOTE: also a ValueError, so that a
    pydantic validator can call the same checks (retrieval/inputs.py) and a failure is its usual 422."""

    template = "the input cannot be used"
    field = "body"  # what the user sent it in: "question", "context", "respondent", "id" (the HTTP error's loc)

    def __init__(self, **values) -> None:
        self.values = values
        for k, v in values.items():
            setattr(self, k, v)
        super().__init__(self.template.format(**values))

    @property
    def code(self) -> str:
        """The type as a word for machines: QuestionTooLong -> "question_too_long"."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", type(self).__name__).lower()


class TextTooLong(InputError):
    """A text is longer than its limit: `n` characters, at most `limit`."""

    template = "the text is {n} characters long; the limit is {limit}."

    def __init__(self, n: int, limit: int) -> None:
        super().__init__(n=n, limit=limit)


class QuestionEmpty(InputError):
    field = "question"
    template = "the question is empty: ask e.g. 'Hvad sagde kommunerne om fasttilknyttede læger?'"


class QuestionTooLong(TextTooLong):
    field = "question"
    template = "the question is {n} characters long; the limit is {limit}. Ask a shorter question."


class ContextTooLong(TextTooLong):
    """The earlier question a follow-up is read with (an unbounded one costs minutes of CPU)."""

    field = "context"
    template = (
        "the context (the earlier question) is {n} characters long; the limit is {limit}. Give only the "
        "earlier question."
    )


class NameEmpty(InputError):
    """A draft reply asked for with no respondent's name."""

    field = "respondent"

    template = "the respondent is empty: give a name, e.g. 'Gribskov Kommune'"


class NameTooLong(TextTooLong):
    """The respondent's name of a draft reply."""

    field = "respondent"

    template = "the respondent's name is {n} characters long; the limit is {limit}."


class IdTooLong(TextTooLong):
    """A client's own id for a question (echoed in the answer)."""

    field = "id"

    template = "the id is {n} characters long; the limit is {limit}."


class TooFew(InputError):
    """A count below its minimum (`plansvar search -k 0`)."""

    template = "{what} must be at least {minimum}. Currently, it is {n}."

    def __init__(self, what: str, n, minimum: int) -> None:
        super().__init__(what=what, n=n, minimum=minimum)


class FormatUnsupported(InputError):
    """A file to write whose suffix names no format plansvar writes."""

    template = "{what} to {allowed}, not {suffix!r}: {path}"

    def __init__(self, what: str, suffix: str, allowed: tuple[str, ...], path) -> None:
        names = ", ".join(allowed[:-1]) + " or " + allowed[-1] if len(allowed) > 1 else "".join(allowed)
        super().__init__(what=what, suffix=suffix or "(no suffix)", allowed=names, path=path)


class ConsultationUnknown(InputError):
    """A consultation named by an option or a field (`--consultation`, `?consultation=`) that the index does not hold,
    or that names several."""

    template = "no consultation matches {name!r}; the index holds: {titles}"
    field = "consultation"

    def __init__(self, name: str, titles: list[str]) -> None:
        super().__init__(name=name, titles="; ".join(titles) or "none")


class FileMissing(InputError):
    template = "no such file: {path}"

    def __init__(self, path) -> None:
        super().__init__(path=path)


class QuestionFileInvalid(InputError):
    """An eval-format question file that is not JSON (`error` says why), or not a list of questions."""

    template = "{path}: expected a list of objects with 'id' and 'question' (the eval format)"

    def __init__(self, path, error: str | None = None) -> None:
        if error is not None:
            self.template = "{path} is not JSON: {error}"
        super().__init__(path=path, error=error)


class SplitEmpty(InputError):
    """`plansvar eval --split X` where no question has that split."""

    template = "no question in {path} has split {split!r}"

    def __init__(self, path, split: str) -> None:
        super().__init__(path=path, split=split)


class UsageError(PlansvarError):
    """A command line that lacks what its command needs; the message (bot/messages.py) shows a right one."""
