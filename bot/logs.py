"""Logs on stderr with secrets masked: readable lines on a terminal, one JSON object per line when asked
(PLANSVAR_LOG_FORMAT=json) or when stderr is not a terminal (a service, a pipe, a container)."""

from __future__ import annotations

import json
import logging
import re
import sys
import time

# Slack tokens, API keys and bearer tokens: never written to a log, whatever the message or its fields hold.
_SECRET = re.compile(
    r"(xox[abposr]-[A-Za-z0-9-]{6,}|xapp-[A-Za-z0-9-]{6,}|sk-[A-Za-z0-9_-]{8,}|sk-ant-[A-Za-z0-9_-]{8,}"
    r"|(?i:bearer)\s+[A-Za-z0-9._~+/-]{8,}=*)"
)
_STD = set(vars(logging.LogRecord("x", 0, "x", 0, "x", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}

# Libraries log at WARNING: their INFO and DEBUG lines (bm25s's index builds, every HTTP request of httpx and
# urllib3, Chroma's telemetry, uvicorn's access lines) are not for the people who run plansvar.
LIBRARIES = (
    "bm25s",
    "chromadb",
    "httpx",
    "httpcore",
    "urllib3",
    "sentence_transformers",
    "transformers",
    "huggingface_hub",
    "onnxruntime",
    "posthog",
    "openai",
    "langchain",
    "langchain_core",
    "langchain_openai",
    "slack_bolt",
    "slack_sdk",
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "uvicorn.asgi",
    "fastapi",
    "multipart",
    "filelock",
    "asyncio",
)
FORMATS = ("auto", "json", "text")


def mask(text: str) -> str:
    return _SECRET.sub(lambda m: m.group(0)[:5] + "…[masked]", text)


def _extras(record: logging.LogRecord) -> dict:
    return {k: v for k, v in record.__dict__.items() if k not in _STD and not k.startswith("_")}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage().strip(),
        }
        out.update(_extras(record))
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return mask(json.dumps(out, ensure_ascii=False, default=str))


class TextFormatter(logging.Formatter):
    """`12:03:04 warning plansvar.x: message key=value`, and the traceback below it."""

    def format(self, record: logging.LogRecord) -> str:
        extras = _extras(record)
        line = (
            f"{time.strftime('%H:%M:%S', time.localtime(record.created))} {record.levelname.lower():7} {record.name}: "
        )
        line += record.getMessage().strip()
        if extras:
            line += " " + " ".join(f"{k}={v}" for k, v in extras.items())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return mask(line)


def resolve_format(fmt: str = "auto", stream=None) -> str:
    """'json' or 'text': 'auto' is text on a terminal and JSON anywhere else."""
    if fmt != "auto":
        return fmt
    stream = stream or sys.stderr
    try:
        return "text" if stream.isatty() else "json"
    except (AttributeError, ValueError):  # a closed or odd stream
        return "json"


class LibraryFilter(logging.Filter):
    """Drops the libraries' records below their level, whatever level a library gives its own logger."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.level:
            return True
        return not any(record.name == n or record.name.startswith(n + ".") for n in LIBRARIES)


def setup_logging(level: str = "INFO", fmt: str = "auto") -> None:
    """Route every log record (plansvar's, the libraries', uvicorn's tracebacks) through one masked handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if resolve_format(fmt) == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # NOTE: with PLANSVAR_LOG_LEVEL=DEBUG the libraries say a little more (INFO: access lines, index builds), not
    # their DEBUG floods (every HTTP header of every request).
    lib_level = logging.INFO if root.level <= logging.DEBUG else max(logging.WARNING, root.level)
    # NOTE: a filter as well as levels: bm25s sets its logger to DEBUG when it is imported, after this has run
    handler.addFilter(LibraryFilter(lib_level))
    for name in LIBRARIES:
        lib = logging.getLogger(name)
        lib.setLevel(lib_level)
        lib.handlers[:] = []  # e.g. uvicorn's own stream handlers: everything goes through the masked one
        lib.propagate = True
