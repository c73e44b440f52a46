"""The HTTP API over real HTTP on loopback: the same answer JSON as the CLI, clear 422s, health, docs."""

import json

import httpx
import pytest
from conftest import ServerThread, cli

from bot.api import create_app
from retrieval.errors import ContextTooLong, NameTooLong, PlansvarError, QuestionEmpty
from retrieval.service import Service
from retrieval.settings import Settings


@pytest.fixture(scope="module")
def api(service):
    with ServerThread(create_app(service)) as server:
        yield server.url


def test_ask_returns_the_cli_json(api, corpus_store):
    q = "Which responses led to text changes?"
    r = httpx.post(f"{api}/ask", json={"question": q, "id": "x1"}, timeout=30)
    assert r.status_code == 200
    got = r.json()
    out = json.loads(cli("ask", q, "--json", env={"PLANSVAR_STORE": str(corpus_store)}).stdout)
    assert got["id"] == "x1" and set(got) == set(out)
    assert got["answer"] == out["answer"] and got["citations"] == out["citations"]


@pytest.mark.parametrize(
    "body,needle",
    [
        ({"question": ""}, "empty"),
        ({"question": "   "}, "empty"),
        ({"question": "x" * 2001}, "limit is 2000"),
        ({}, "question"),
    ],
)
def test_bad_questions_get_422_with_a_clear_message(api, body, needle):
    r = httpx.post(f"{api}/ask", json=body)
    assert r.status_code == 422 and needle in json.dumps(r.json())


def test_follow_up_context(api):
    r = httpx.post(
        f"{api}/ask",
        json={"question": "og hospitalerne?", "context": "Hvad sagde kommunerne om fasttilknyttede læger?"},
        timeout=30,
    )
    assert all(c["respondent_type"] == "hospital" for c in r.json()["citations"])


def test_search_documents_health_and_docs(api):
    hits = httpx.get(f"{api}/search", params={"q": "samtaleterapi", "k": 3}).json()
    assert len(hits) == 3 and hits[0]["score"] >= hits[1]["score"] and "samtaleterapi" in hits[0]["text"].lower()
    assert httpx.get(f"{api}/search", params={"q": ""}).status_code == 422
    docs = {d["doc"]: d for d in httpx.get(f"{api}/documents").json()}
    assert docs["region-hovedstaden-hoeringsnotat-praksisplan.txt"]["records"] == 228 and len(docs) == 5
    h = httpx.get(f"{api}/healthz").json()
    assert h["status"] == "ok" and h["records"] > 300
    spec = httpx.get(f"{api}/openapi.json").json()
    assert {"/ask", "/search", "/documents", "/healthz"} <= set(spec["paths"])
    assert "/slack/events" not in spec["paths"]


def test_health_reports_a_missing_store(tmp_path):
    with ServerThread(create_app(Service(Settings(store=tmp_path / "empty")))) as server:
        r = httpx.get(f"{server.url}/healthz")
        assert r.status_code == 503 and "plansvar ingest" in r.json()["detail"]
        r = httpx.post(f"{server.url}/ask", json={"question": "hej"})
        assert r.status_code == 503 and "plansvar ingest" in r.json()["detail"]


def test_a_long_respondent_name_gets_422_with_its_length_and_limit(api):
    r = httpx.post(f"{api}/draft", json={"respondent": "Gribskov " * 30}, timeout=30)
    assert r.status_code == 422 and "respondent's name is 269 characters long; the limit is 200" in r.text
    r = httpx.post(f"{api}/draft", json={"respondent": " "}, timeout=30)
    assert r.status_code == 422 and "the respondent is empty" in r.text


@pytest.mark.parametrize(
    "error,code,field",
    [
        (NameTooLong(269, 200), "name_too_long", "respondent"),
        (ContextTooLong(2500, 2000), "context_too_long", "context"),
        (QuestionEmpty(), "question_empty", "question"),
        (PlansvarError("not an input error"), None, None),
    ],
)
def test_errors_past_the_validators_are_answered_by_type(tmp_path, error, code, field):
    class Refusing(Service):
        def respond(self, *args, **kwargs):
            raise error

    with ServerThread(create_app(Refusing(Settings(store=tmp_path / "store")))) as server:
        r = httpx.post(f"{server.url}/ask", json={"question": "Udkast til svar til Gribskov"}, timeout=30)
    if code is None:  # any other PlansvarError: 400 with its line, as before
        assert r.status_code == 400 and r.json() == {"detail": "not an input error"}
        return
    (item,) = r.json()["detail"]
    assert (
        r.status_code == 422 and item["type"] == code and item["loc"] == ["body", field] and item["msg"] == str(error)
    )
