"""Small error types; each message says what failed, shows the value and says what to do next."""


class PlansvarError(Exception):
    """Base class: an error a user can act on; the CLI prints it as one line."""


class ConfigError(PlansvarError):
    """A setting is wrong or a configured resource cannot be used."""


class StoreError(PlansvarError):
    """The record store is missing, unreachable or was built differently."""


class EmbedderMismatch(StoreError):
    """The store was built with another embedder than the one configured."""


class ParseError(PlansvarError):
    """A file could not be read or parsed."""
