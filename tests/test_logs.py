"""Logs for people and for machines: readable lines on a terminal, JSON when asked or when stderr is not a terminal,
libraries at WARNING, secrets masked; uvicorn's own tracebacks and access lines go through the same handler."""

import json
import logging
import os
import re
import subprocess
import sys
import time

import httpx
import pytest
from conftest import ROOT, _free_port, cli

from bot.logs import LIBRARIES, resolve_format, setup_logging

TOKEN = "xoxb-1234567890-crashsecret"


@pytest.fixture
def restore_logging():
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in LIBRARIES)]
    saved = [(lg, lg.level, lg.handlers[:], lg.propagate) for lg in loggers]
    yield
    for lg, level, handlers, propagate in saved:
        lg.setLevel(level)
        lg.handlers[:] = handlers
        lg.propagate = propagate


class _Stream:
    def __init__(self, tty):
        self.tty, self.text = tty, ""

    def isatty(self):
        return self.tty

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_format_follows_the_terminal_unless_asked(monkeypatch, restore_logging):
    assert resolve_format("auto", _Stream(True)) == "text" and resolve_format("auto", _Stream(False)) == "json"
    assert resolve_format("json", _Stream(True)) == "json" and resolve_format("text", _Stream(False)) == "text"
    for tty, level in ((True, "INFO"), (False, "INFO"), (False, "DEBUG")):
        err = _Stream(tty)
        monkeypatch.setattr(sys, "stderr", err)
        setup_logging(level, "auto")
        logging.getLogger("bm25s").setLevel(logging.DEBUG)  # as bm25s does when it is imported (lazily, later)
        logging.getLogger("bm25s").debug("Building index from IDs")
        logging.getLogger("bm25s").info("The query is empty.")
        logging.getLogger("httpx").info('HTTP Request: POST http://127.0.0.1/api "HTTP/1.1 200 OK"')
        logging.getLogger("uvicorn.access").info('127.0.0.1:5 - "GET /ask HTTP/1.1" 200')
        logging.getLogger("chromadb").warning("disk almost full")
        logging.getLogger("plansvar.test").info("posting with %s", TOKEN, extra={"channel": "C1"})
        lines = err.text.splitlines()
        assert "Building index" not in err.text  # a library's DEBUG never shows
        if level == "INFO":  # libraries at WARNING
            assert len(lines) == 2 and "The query is empty" not in err.text and "GET /ask" not in err.text
        else:  # with DEBUG they say a little more
            assert "The query is empty" in err.text and "GET /ask" in err.text and "HTTP Request" in err.text
        assert "crashsecret" not in err.text and "xoxb-…[masked]" in err.text
        if tty:
            assert lines[0].split(" ", 1)[1].startswith("warning chromadb: disk almost full")
            assert lines[1].endswith("plansvar.test: posting with xoxb-…[masked] channel=C1")
        else:
            rows = [json.loads(x) for x in lines]
            assert rows[-1]["logger"] == "plansvar.test" and rows[-1]["channel"] == "C1"


def test_a_terminal_gets_readable_lines_without_library_chatter(corpus_store):
    """`plansvar ask` as `make demo` runs it in a terminal (stderr a TTY, default settings): the answer and nothing
    else; asked for (PLANSVAR_LOG_LEVEL), plansvar's own lines readable, no JSON, nothing from bm25s even at DEBUG."""
    env = {"PLANSVAR_STORE": str(corpus_store), "PLANSVAR_LOG_FORMAT": "auto"}
    out = cli("ask", "Hvad spurgte Gribskov om?", env=env, tty=True)
    assert out.returncode == 0 and "Kilder:" in out.stdout
    assert out.stderr == ""  # a person's command: its info lines are for services
    info = cli("ask", "Hvad spurgte Gribskov om?", env={**env, "PLANSVAR_LOG_LEVEL": "INFO"}, tty=True)
    lines = info.stderr.splitlines()
    assert any(re.match(r"\d\d:\d\d:\d\d info    retrieval\.[\w.]+: \w", x) for x in lines), info.stderr
    assert not any(x.lstrip().startswith("{") for x in lines)
    debug = cli("ask", "Hvad spurgte Gribskov om?", env={**env, "PLANSVAR_LOG_LEVEL": "DEBUG"}, tty=True)
    assert debug.returncode == 0 and "bm25s" not in debug.stderr and "Building index" not in debug.stderr
    piped = cli("ask", "Hvad spurgte Gribskov om?", env={"PLANSVAR_STORE": str(corpus_store)})
    assert piped.stderr == ""  # piped (not a terminal): still no JSON lines mixed into what a person reads
    as_json = cli(
        "ask", "Hvad spurgte Gribskov om?", env={**env, "PLANSVAR_LOG_FORMAT": "json", "PLANSVAR_LOG_LEVEL": "INFO"}
    )
    assert [json.loads(x)["event"] for x in as_json.stderr.splitlines()][-1] == "answered"  # asked for: JSON


# the real `plansvar serve` (bot.cli.main), with one route added that crashes with a token in its message
SERVE_WITH_A_CRASH = f"""
import sys
import bot.api
from bot.cli import main

create_app = bot.api.create_app


def with_a_crash(*args, **kwargs):
    app = create_app(*args, **kwargs)

    @app.get("/crash")
    def crash():
        raise RuntimeError("the upstream refused the token {TOKEN}")

    return app


bot.api.create_app = with_a_crash
sys.exit(main(["serve", "--lazy", "--port", sys.argv[1]]))
"""


@pytest.mark.slow
def test_serve_crash_traceback_and_access_lines_are_masked_json(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "PLANSVAR_LOG_FORMAT"}  # default: auto, stderr is a pipe
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
        PLANSVAR_LOG_LEVEL="DEBUG",
        PLANSVAR_STORE=str(tmp_path / "store"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE_WITH_A_CRASH, str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url, deadline = f"http://127.0.0.1:{port}", time.time() + 60
        while True:
            assert proc.poll() is None and time.time() < deadline, "plansvar serve did not start"
            try:
                httpx.get(f"{url}/healthz", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        r = httpx.get(f"{url}/crash", params={"token": TOKEN}, timeout=10)
        assert r.status_code == 500 and "crashsecret" not in r.text
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "crashsecret" not in err
    rows = [json.loads(x) for x in err.splitlines() if x.startswith("{")]
    crash = [x for x in rows if x["logger"] == "uvicorn.error" and x["level"] == "error"]
    assert len(crash) == 1, err
    assert (
        crash[0]["exc"].startswith("Traceback")
        and "RuntimeError: the upstream refused the token xoxb-…[masked]" in crash[0]["exc"]
    )
    access = [x["event"] for x in rows if x["logger"] == "uvicorn.access"]
    assert any('"GET /crash?token=xoxb-…[masked] HTTP/1.1" 500' in x for x in access), access
    # nothing else of uvicorn's is written its own way
    assert not any(x.startswith(("INFO:", "ERROR:", "Traceback")) for x in err.splitlines())
