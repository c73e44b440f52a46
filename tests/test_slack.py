"""The Slack bot end to end: signed requests over real HTTP to the FastAPI app, a real bolt App and WebClient, and a
local stand-in for Slack's Web API that records every call."""

import json
import time

import httpx
import pytest

from bot.api import create_app
from bot.blocks import MAX_BLOCKS, MAX_TEXT, answer_blocks, escape
from bot.slack_app import SlackBot
from conftest import ServerThread, run_cli
from retrieval.service import Service
from retrieval.settings import Settings
from retrieval.types import Answer, Citation
from slack_payloads import build_command, build_event, build_feedback_action, sign
from slack_standin import SlackStandIn

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token-1234567890"


@pytest.fixture
def slack(corpus_store, tmp_path):
    """(stand-in Web API, API server URL, bot) for one test; each test gets its own feedback/thread store."""
    import shutil

    store = tmp_path / "store"
    shutil.copytree(corpus_store, store)
    with SlackStandIn() as web:
        settings = Settings(store=store, slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_api_url=web.url)
        svc = Service(settings)
        svc.retriever.warm_up()
        bot = SlackBot(svc)
        with ServerThread(create_app(svc, slack_bot=bot)) as server:
            yield web, server.url, bot


def post_event(url: str, payload: dict, secret: str = SECRET, headers: dict | None = None, timestamp=None):
    body = json.dumps(payload)
    h = {"content-type": "application/json", **sign(secret, body, timestamp), **(headers or {})}
    t0 = time.perf_counter()
    r = httpx.post(f"{url}/slack/events", content=body, headers=h, timeout=10)
    return r, time.perf_counter() - t0


def answer_messages(web: SlackStandIn) -> list[list[dict]]:
    """Every block list the bot posted or updated (the answer's messages), in order."""
    out = []
    for method, body in web.calls:
        if method in ("chat.update", "chat.postMessage") and body.get("blocks"):
            out.append(body["blocks"])
    return out


def test_mention_is_acked_fast_and_answered_in_its_thread(slack):
    web, url, _ = slack
    ev = build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C100")
    r, seconds = post_event(url, ev)
    assert r.status_code == 200 and seconds < 3.0
    status = web.wait_for("chat.postMessage")[0]
    assert status["text"] == "Søger…" and status["thread_ts"] == ev["event"]["ts"]
    update = web.wait_for("chat.update")[0]
    blocks = update["blocks"]
    contexts = [b["elements"][0]["text"] for b in blocks if b["type"] == "context"]
    assert any("Gribskov Kommune · punkt b · implementering" in c and "s. 2" in c for c in contexts)
    assert blocks[-1]["type"] == "context_actions"  # 👍/👎
    assert "Gribskov" in update["text"]


@pytest.mark.parametrize("how", ["unsigned", "wrong", "stale"])
def test_bad_signatures_are_rejected(slack, how):
    web, url, _ = slack
    ev = build_event(text="<@UBOT> hej")
    if how == "unsigned":
        r = httpx.post(f"{url}/slack/events", content=json.dumps(ev), headers={"content-type": "application/json"})
    elif how == "wrong":
        r, _ = post_event(url, ev, secret="not-the-secret")
    else:
        r, _ = post_event(url, ev, timestamp=int(time.time()) - 600)
    assert r.status_code == 401
    time.sleep(0.3)
    assert web.calls == []


def test_a_retried_event_is_answered_once(slack):
    web, url, _ = slack
    ev = build_event(text="<@UBOT> Hvilke punkter rejste Sundhedsstyrelsen?", channel="C101")
    post_event(url, ev)
    r, _ = post_event(url, ev, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert r.status_code == 200
    web.wait_for("chat.update")
    time.sleep(1.0)
    assert len(web.by("chat.update")) == 1 and len(web.by("chat.postMessage")) == 1


def test_a_long_list_is_split_without_losing_rows(slack):
    web, url, _ = slack
    post_event(url, build_event(text="<@UBOT> Which responses led to text changes?", channel="C102"))
    web.wait_for("chat.update")
    web.wait_for("chat.postMessage", n=2)
    time.sleep(0.5)
    messages = answer_messages(web)
    assert len(messages) >= 2
    for blocks in messages:
        assert len(blocks) <= MAX_BLOCKS
        for b in blocks:
            if b["type"] == "section":
                assert len(b["text"]["text"]) <= MAX_TEXT
    cites = [b["elements"][0]["text"] for m in messages for b in m if b["type"] == "context" and b["elements"][0]["text"].startswith("[")]
    assert len(cites) == 27 and all("aendring" in c for c in cites)
    assert [int(c[1:c.index("]")]) for c in cites] == list(range(1, 28))


def test_slash_command_acks_and_responds(slack):
    web, url, _ = slack
    body = build_command("Hvilke punkter blev vurderet at ligge uden for rammerne?", response_url=f"http://127.0.0.1:{web.port}/response_url/1")
    h = {"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
    t0 = time.perf_counter()
    r = httpx.post(f"{url}/slack/events", content=body, headers=h, timeout=10)
    assert r.status_code == 200 and time.perf_counter() - t0 < 3.0
    assert "Søger" in r.text
    resp = web.wait_for("1")[0]
    assert resp["response_type"] == "in_channel"
    text = json.dumps(resp["blocks"], ensure_ascii=False)
    assert "Ishøj Kommune" in text and "Dansk Sygeplejeråd" in text


def test_direct_message_streams_and_falls_back(corpus_store, tmp_path):
    import shutil

    for fail, streamed in ((set(), True), ({"chat.startStream"}, False)):
        store = tmp_path / f"s{streamed}"
        shutil.copytree(corpus_store, store)
        with SlackStandIn(fail=fail) as web:
            svc = Service(Settings(store=store, slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_api_url=web.url))
            bot = SlackBot(svc)
            with ServerThread(create_app(svc, slack_bot=bot)) as server:
                post_event(server.url, build_event("message", text="Hvad spurgte Gribskov om?", channel="D200",
                                                   channel_type="im"))
                if streamed:
                    stop = web.wait_for("chat.stopStream")[0]
                    appended = "".join(c.get("text", "") for m, b in web.calls
                                       if m in ("chat.startStream", "chat.appendStream", "chat.stopStream")
                                       for c in (b.get("chunks") or []))
                    assert "Gribskov Kommune · punkt i" in appended
                    assert "feedback_buttons" in json.dumps(stop.get("blocks"))
                else:
                    posted = [b for b in web.wait_for("chat.postMessage") if b.get("blocks")]
                    assert posted and "Gribskov" in json.dumps(posted[0]["blocks"], ensure_ascii=False)


def test_follow_up_in_a_thread_uses_its_context(slack):
    web, url, _ = slack
    first = build_event(text="<@UBOT> Hvad sagde kommunerne om fasttilknyttede læger?", channel="C103")
    post_event(url, first)
    web.wait_for("chat.update")
    follow = build_event(text="<@UBOT> og hospitalerne?", channel="C103", thread_ts=first["event"]["ts"])
    post_event(url, follow)
    second = web.wait_for("chat.update", n=2)[1]
    contexts = [b["elements"][0]["text"] for b in second["blocks"] if b["type"] == "context"]
    assert contexts and all("Hospital" in c or "hospital" in c for c in contexts if c.startswith("["))


def test_feedback_is_stored_and_listed(slack):
    web, url, bot = slack
    post_event(url, build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C104"))
    update = web.wait_for("chat.update")[0]
    value = update["blocks"][-1]["elements"][0]["positive_button"]["value"]
    body = build_feedback_action(value, channel="C104")
    r = httpx.post(f"{url}/slack/events", content=body, headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)})
    assert r.status_code == 200
    web.wait_for("chat.postEphemeral")
    rows = bot.feedback.list()
    assert rows[0]["value"] == "up" and rows[0]["question"] == "Hvad spurgte Gribskov om?" and rows[0]["citations"]
    out = run_cli("feedback", "--json", env={"PLANSVAR_STORE": str(bot.settings.store)})
    assert json.loads(out.stdout)[0]["question"] == "Hvad spurgte Gribskov om?"


def test_allowlist_refuses_politely(corpus_store, tmp_path):
    with SlackStandIn() as web:
        svc = Service(Settings(store=corpus_store, slack_bot_token=TOKEN, slack_signing_secret=SECRET,
                               slack_api_url=web.url, slack_allowed_channels="COPEN"))
        bot = SlackBot(svc)
        with ServerThread(create_app(svc, slack_bot=bot)) as server:
            post_event(server.url, build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="CCLOSED"))
            msg = web.wait_for("chat.postMessage")[0]
    assert msg["text"].startswith("Beklager, jeg svarer kun")
    assert [m for m, _ in web.calls if m.startswith("chat.")] == ["chat.postMessage"]


def test_a_failure_gives_an_apology_not_a_trace(slack, caplog):
    web, url, bot = slack

    def broken(*a, **k):
        raise RuntimeError("database on fire " + TOKEN)

    bot.service.answer = broken
    post_event(url, build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C105"))
    upd = web.wait_for("chat.update")[0]
    assert upd["text"].startswith("Beklager, noget gik galt") and "Traceback" not in upd["text"] and "fire" not in upd["text"]


def test_assistant_thread_gets_greeting_and_suggested_prompts(slack):
    web, url, _ = slack
    ev = build_event("assistant_thread_started", channel="D300", channel_type="im",
                     assistant_thread={"user_id": "U222", "channel_id": "D300", "thread_ts": "1700000000.000100",
                                       "context": {}})
    post_event(url, ev)
    prompts = web.wait_for("assistant.threads.setSuggestedPrompts")[0]
    assert "fasttilknyttede" in json.dumps(prompts, ensure_ascii=False)
    assert web.wait_for("chat.postMessage")[0]["text"].startswith("Hej!")


def test_blocks_escape_and_keep_every_citation():
    cites = [Citation(doc="d.txt", title="T", kind="hoeringsnotat", text="x", respondent=f"R{i} <!channel> & co",
                      letter="a", handling="aendring", page=1, line_start=i, line_end=i + 1) for i in range(1, 61)]
    text = "Alle 60 høringspunkter <!here>:\n\n" + "\n".join(f"  a) punkt {i} & mere [{i}]" for i in range(1, 61))
    msgs = answer_blocks(Answer(question="q", answer=text, found=True, citations=cites), "da", answer_id="abc")
    flat = json.dumps(msgs)
    assert "<!channel>" not in flat and "<!here>" not in flat and "&lt;!here&gt;" in flat and "&amp;" in flat
    assert all(len(m) <= MAX_BLOCKS for m in msgs)
    got = [b["elements"][0]["text"] for m in msgs for b in m if b["type"] == "context"]
    assert len(got) == 60 and escape("R60 <!channel> & co") in got[-1]


def test_messages_tab_gets_suggested_prompts(slack):
    web, url, _ = slack
    post_event(url, build_event("app_home_opened", channel="D400", channel_type="im", tab="messages"))
    prompts = web.wait_for("assistant.threads.setSuggestedPrompts")[0]
    assert prompts["channel_id"] == "D400" and "Which responses led to text changes?" in json.dumps(prompts)


def test_an_empty_mention_gets_a_hint(slack):
    web, url, _ = slack
    post_event(url, build_event(text="<@UBOT>", channel="C106"))
    msg = web.wait_for("chat.postMessage")[0]
    assert msg["text"].startswith("Skriv et spørgsmål")
