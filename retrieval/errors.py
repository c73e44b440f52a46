"""Small error types; each message says what failed, shows the value and says what to do next."""


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
    public = ("The index server is unreachable: it refused the connection or did not answer in time. Try again "
              "shortly; if this persists, an operator must check the Chroma server.")


class StoreEmpty(StoreError):
    """The store answers but holds no plansvar index yet."""

    state = "empty"
    public = "There is no index yet: an operator must run `plansvar ingest`."


class EmbedderMismatch(StoreError):
    """The store was built with another embedder than the one configured."""

    state = "mismatch"
    public = ("The index was built with another embedding model than this server uses: an operator must re-ingest "
              "(`plansvar ingest`) or set PLANSVAR_EMBEDDING_MODEL back.")


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
