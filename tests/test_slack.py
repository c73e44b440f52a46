"""The Slack bot end to end: signed requests over real HTTP to the FastAPI app, a real bolt App and WebClient, and a
local stand-in for Slack's Web API that records every call."""

import json
import time

import httpx
import pytest
from conftest import ServerThread, cli
from slack_payloads import build_action, build_command, build_event, build_feedback_action, sign
from slack_standin import SlackStandIn

from bot.api import create_app
from bot.blocks import MAX_BLOCKS, MAX_TEXT, answer_blocks, escape
from bot.slack_app import SlackBot
from retrieval.types import Answer, Citation

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token-1234567890"


def slack_service(corpus_service, store, web, **settings):
    """A Service of this test's own (Slack settings, feedback/thread store in `store`) on the session's warm index."""
    return corpus_service(
        store=store, slack_bot_token=TOKEN, slack_signing_secret=SECRET, slack_api_url=web.url, **settings
    )


@pytest.fixture
def slack(corpus_service, tmp_path):
    """(stand-in Web API, API server URL, bot) for one test; each test gets its own bot, Service, server and
    feedback/thread store, all reading the session's warm corpus index."""
    with SlackStandIn() as web:
        bot = SlackBot(slack_service(corpus_service, tmp_path / "store", web))
        with ServerThread(create_app(bot.service, slack_bot=bot)) as server:
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
    cites = [
        b["elements"][0]["text"]
        for m in messages
        for b in m
        if b["type"] == "context" and b["elements"][0]["text"].startswith("[")
    ]
    assert len(cites) == 27 and all("· change ·" in c for c in cites)  # the handling in words, not its code
    assert [int(c[1 : c.index("]")]) for c in cites] == list(range(1, 28))


def test_slash_command_acks_and_responds(slack):
    web, url, _ = slack
    body = build_command(
        "Hvilke punkter blev vurderet at ligge uden for rammerne?",
        response_url=f"http://127.0.0.1:{web.port}/response_url/1",
    )
    h = {"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)}
    t0 = time.perf_counter()
    r = httpx.post(f"{url}/slack/events", content=body, headers=h, timeout=10)
    assert r.status_code == 200 and time.perf_counter() - t0 < 3.0
    assert "Søger" in r.text
    resp = web.wait_for("1")[0]
    assert resp["response_type"] == "in_channel"
    text = json.dumps(resp["blocks"], ensure_ascii=False)
    assert "Ishøj Kommune" in text and "Dansk Sygeplejeråd" in text


def test_direct_message_streams_and_falls_back(corpus_service, tmp_path):
    for fail, streamed in ((set(), True), ({"chat.startStream"}, False)):
        with SlackStandIn(fail=fail) as web:
            svc = slack_service(corpus_service, tmp_path / f"s{streamed}", web)
            bot = SlackBot(svc)
            with ServerThread(create_app(svc, slack_bot=bot)) as server:
                post_event(
                    server.url,
                    build_event("message", text="Hvad spurgte Gribskov om?", channel="D200", channel_type="im"),
                )
                if streamed:
                    stop = web.wait_for("chat.stopStream")[0]
                    appended = "".join(
                        c.get("text", "")
                        for m, b in web.calls
                        if m in ("chat.startStream", "chat.appendStream", "chat.stopStream")
                        for c in (b.get("chunks") or [])
                    )
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


def _thread_answers(web: SlackStandIn, channel: str, thread_ts: str) -> list[dict]:
    """The "Søger…" messages the bot posted in one thread (one per answer; chat.update then fills it in)."""
    return [b for b in web.by("chat.postMessage") if b.get("channel") == channel and b.get("thread_ts") == thread_ts]


def test_a_thread_reply_without_a_mention_is_a_follow_up(slack):
    web, url, _ = slack
    first = build_event(text="<@UBOT> Hvad sagde kommunerne om fasttilknyttede læger?", channel="C105")
    post_event(url, first)
    web.wait_for("chat.update")
    thread = first["event"]["ts"]
    # Slack sends message.channels for the mention too: app_mention answers it, the message listener leaves it
    post_event(url, build_event("message", text=first["event"]["text"], channel="C105", ts=thread))
    follow = build_event("message", text="og hospitalerne?", channel="C105", thread_ts=thread)
    r, seconds = post_event(url, follow)
    assert r.status_code == 200 and seconds < 3.0
    second = web.wait_for("chat.update", n=2)[1]
    contexts = [b["elements"][0]["text"] for b in second["blocks"] if b["type"] == "context"]
    assert contexts and all("Hospital" in c or "hospital" in c for c in contexts if c.startswith("["))
    time.sleep(1.0)
    assert len(_thread_answers(web, "C105", thread)) == 2 and len(web.by("chat.update")) == 2


def test_channel_messages_outside_the_bots_threads_are_not_answered(slack):
    web, url, _ = slack
    post_event(url, build_event("message", text="Hvad spurgte Gribskov om?", channel="C106"))  # not in a thread
    post_event(url, build_event("message", text="og hospitalerne?", channel="C106", thread_ts="1700000000.000001"))
    post_event(url, build_event("message", text="Hvad spurgte Gribskov om?", channel="G107", channel_type="group"))
    first = build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C106")
    post_event(url, first)
    web.wait_for("chat.update")
    thread = first["event"]["ts"]
    for ev in (
        build_event("message", text="og Hillerød?", channel="C106", thread_ts=thread, bot_id="B1", user="UBOT"),
        build_event("message", text="og Hillerød?", channel="C106", thread_ts=thread, subtype="message_changed"),
        build_event("message", text="<@U999> kan du se på det?", channel="C106", thread_ts=thread),
        build_event("message", text="og Hillerød?", channel="C999", thread_ts=thread),  # same ts, another channel
    ):
        post_event(url, ev)
    time.sleep(1.5)
    assert len(web.by("chat.postMessage")) == 1 and len(web.by("chat.update")) == 1


def test_a_mention_in_a_thread_is_answered_once(slack):
    web, url, _ = slack
    first = build_event(text="<@UBOT> Hvad sagde kommunerne om fasttilknyttede læger?", channel="C108")
    post_event(url, first)
    web.wait_for("chat.update")
    thread = first["event"]["ts"]
    # one message, two events (app_mention and message.channels), two event ids: one answer
    text = "<@UBOT> og hospitalerne?"
    mention = build_event(text=text, channel="C108", thread_ts=thread)
    post_event(url, mention)
    post_event(url, build_event("message", text=text, channel="C108", thread_ts=thread, ts=mention["event"]["ts"]))
    web.wait_for("chat.update", n=2)
    time.sleep(1.5)
    assert len(_thread_answers(web, "C108", thread)) == 2 and len(web.by("chat.update")) == 2


def test_the_manifest_subscribes_to_the_events_the_app_handles():
    import yaml
    from conftest import ROOT

    from bot.slack_app import THREAD_CHANNEL_TYPES

    manifest = yaml.safe_load((ROOT / "bot" / "slack_manifest.yml").read_text(encoding="utf-8"))
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    # channel_type of a message event -> its event subscription and the scope Slack requires for it
    kinds = {"channel": "channels", "group": "groups", "mpim": "mpim", "im": "im"}
    handled = {"app_mention", "app_home_opened", "assistant_thread_started", "assistant_thread_context_changed"}
    handled |= {f"message.{kinds[t]}" for t in (*THREAD_CHANNEL_TYPES, "im")}
    assert events == handled
    assert "app_mentions:read" in scopes and "commands" in scopes
    for event in events:
        if event.startswith("message."):
            assert f"{event.split('.')[1]}:history" in scopes, event


def test_feedback_is_stored_and_listed(slack):
    web, url, bot = slack
    post_event(url, build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C104"))
    update = web.wait_for("chat.update")[0]
    value = update["blocks"][-1]["elements"][0]["positive_button"]["value"]
    body = build_feedback_action(value, channel="C104")
    r = httpx.post(
        f"{url}/slack/events",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)},
    )
    assert r.status_code == 200
    web.wait_for("chat.postEphemeral")
    rows = bot.feedback.list()
    assert rows[0]["value"] == "up" and rows[0]["question"] == "Hvad spurgte Gribskov om?" and rows[0]["citations"]
    out = cli("feedback", "--json", env={"PLANSVAR_STORE": str(bot.settings.store)})
    assert json.loads(out.stdout)[0]["question"] == "Hvad spurgte Gribskov om?"


def test_allowlist_refuses_politely(corpus_service, tmp_path):
    with SlackStandIn() as web:
        svc = slack_service(corpus_service, tmp_path / "store", web, slack_allowed_channels="COPEN")
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

    bot.service.respond = broken
    post_event(url, build_event(text="<@UBOT> Hvad spurgte Gribskov om?", channel="C105"))
    upd = web.wait_for("chat.update")[0]
    assert (
        upd["text"].startswith("Beklager, noget gik galt")
        and "Traceback" not in upd["text"]
        and "fire" not in upd["text"]
    )


def test_assistant_thread_gets_greeting_and_suggested_prompts(slack):
    web, url, _ = slack
    ev = build_event(
        "assistant_thread_started",
        channel="D300",
        channel_type="im",
        assistant_thread={"user_id": "U222", "channel_id": "D300", "thread_ts": "1700000000.000100", "context": {}},
    )
    post_event(url, ev)
    prompts = web.wait_for("assistant.threads.setSuggestedPrompts")[0]
    assert "fasttilknyttede" in json.dumps(prompts, ensure_ascii=False)
    assert web.wait_for("chat.postMessage")[0]["text"].startswith("Hej!")


def test_blocks_escape_and_keep_every_citation():
    cites = [
        Citation(
            doc="d.txt",
            title="T",
            kind="hoeringsnotat",
            text="x",
            respondent=f"R{i} <!channel> & co",
            letter="a",
            handling="aendring",
            page=1,
            line_start=i,
            line_end=i + 1,
        )
        for i in range(1, 61)
    ]
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


def _name(words: str, n: int = 269) -> str:
    name = (words * 8)[:n].rstrip()
    return name + "e" * (n - len(name))


@pytest.mark.parametrize(
    "text,reply",
    [
        # issue 11: a 269-character respondent's name was answered "Spørgsmålet er for langt (269 tegn; højst 2000)"
        (
            "Udkast til svar til " + _name("Kommunalbestyrelsen i Gribskov Kommune og Social- og Sundhedsudvalget "),
            "Navnet på høringsparten er for langt (269 tegn; højst 200).",
        ),
        (
            "Draft a reply to " + _name("The Association of General Practitioners in the Capital Region and the "),
            "The respondent's name is too long (269 characters; at most 200).",
        ),
        ("Hvad sagde kommunerne om " + "lægedækning " * 200, "Spørgsmålet er for langt (2424 tegn; højst 2000)."),
    ],
)
def test_a_too_long_name_or_question_gets_its_own_reply(slack, text, reply):
    web, url, _ = slack
    ev = build_event(text=f"<@UBOT> {text}", channel="C107")
    post_event(url, ev)
    posted = web.wait_for("chat.update" if "Navn" in reply or "name" in reply else "chat.postMessage")[0]
    assert posted["text"].startswith(reply), posted["text"]
    assert "Spørgsmålet" not in posted["text"] or "Spørgsmålet" in reply
    assert not any(m == "files.completeUploadExternal" for m, _ in web.calls)


# --- files: draft replies, the overview and exports, uploaded with files_upload_v2 -----------------------------------


def uploaded(web: SlackStandIn, n: int = 1) -> list[tuple[dict, dict, bytes]]:
    """(getUploadURLExternal args, completeUploadExternal args, the bytes) of each upload, in order."""
    done = web.wait_for("files.completeUploadExternal", n)
    asked = web.by("files.getUploadURLExternal")
    out = []
    for complete in done:
        files = complete["files"]
        files = json.loads(files) if isinstance(files, str) else files
        fid = files[0]["id"]
        out.append((asked[int(fid[1:]) - 1], complete, web.uploads[fid]))
    return out


def test_draft_request_posts_the_letter_and_uploads_a_word_file_to_the_thread(slack):
    import io

    import docx

    web, url, _ = slack
    ev = build_event(text="<@UBOT> Udkast til svar til Gribskov Kommune", channel="C300")
    post_event(url, ev)
    ((asked, complete, data),) = uploaded(web)
    assert complete["channel_id"] == "C300" and complete["thread_ts"] == ev["event"]["ts"]
    assert asked["filename"] == "udkast-svar-gribskov-kommune.docx" and int(asked["length"]) == len(data)
    doc = docx.Document(io.BytesIO(data))
    assert doc.core_properties.title.startswith("Udkast til svar til Gribskov Kommune")
    assert doc.paragraphs[0].text == "Kære Gribskov Kommune"  # the letter itself; the sources follow a page break
    assert sum(p.style.name == "List Number" and p.text.startswith("Punkt ") for p in doc.paragraphs) == 9
    text = json.dumps(answer_messages(web), ensure_ascii=False)
    assert "Kære Gribskov Kommune" in text and "Gribskov Kommune · punkt i · ingen ændring" in text
    # a follow-up in the thread drafts for the next respondent
    post_event(url, build_event(text="<@UBOT> og Gentofte?", channel="C300", thread_ts=ev["event"]["ts"]))
    (asked, complete, _) = uploaded(web, 2)[1]
    assert asked["filename"] == "udkast-svar-gentofte-kommune.docx" and complete["thread_ts"] == ev["event"]["ts"]


def test_overview_in_slack_is_text_plus_a_spreadsheet(slack):
    import io

    import openpyxl

    web, url, _ = slack
    ev = build_event(text="<@UBOT> oversigt", channel="C301")
    post_event(url, ev)
    ((asked, complete, data),) = uploaded(web)
    assert asked["filename"] == "oversigt-hoering.xlsx" and complete["thread_ts"] == ev["event"]["ts"]
    wb = openpyxl.load_workbook(io.BytesIO(data))
    table = list(wb["type x håndtering"].values)
    assert sum(row[-1] for row in table[1:]) == 211
    assert len(list(wb["uden høringssvar"].values)) - 1 == 17
    text = json.dumps(answer_messages(web), ensure_ascii=False)
    assert "Høringspunkter: 211 fra 29 høringsparter og 17 hørte parter, der ikke svarede" in text


def test_list_answer_export_button_uploads_its_rows_with_citations(slack):
    import io

    import openpyxl

    web, url, bot = slack
    ev = build_event(text="<@UBOT> Hvilke punkter blev vurderet at ligge uden for rammerne?", channel="C302")
    post_event(url, ev)
    blocks = web.wait_for("chat.update")[0]["blocks"]
    buttons = next(b for b in blocks if b["type"] == "actions")["elements"]
    assert [b["action_id"] for b in buttons] == ["plansvar_export_xlsx", "plansvar_export_csv"]
    n_cited = sum(1 for b in blocks if b["type"] == "context" and b["elements"][0]["text"].startswith("["))
    body = build_action(
        buttons[0]["action_id"], buttons[0]["value"], channel="C302", message_ts="9.000001", thread_ts=ev["event"]["ts"]
    )
    r = httpx.post(
        f"{url}/slack/events",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)},
    )
    assert r.status_code == 200
    ((asked, complete, data),) = uploaded(web)
    assert complete["channel_id"] == "C302" and complete["thread_ts"] == ev["event"]["ts"]
    wb = openpyxl.load_workbook(io.BytesIO(data))
    rows = list(wb["kilder"].values)
    assert rows[0][:3] == ("nr", "høringspart", "type") and len(rows) - 1 == n_cited == 2
    assert {row[1] for row in rows[1:]} == {"Ishøj Kommune", "Dansk Sygeplejeråd - Kreds Hovedstaden"}
    # CSV of the same answer; an answer the store does not know gets a polite ephemeral note
    body = build_action("plansvar_export_csv", buttons[1]["value"], channel="C302", thread_ts=ev["event"]["ts"])
    httpx.post(
        f"{url}/slack/events",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)},
    )
    ((_, _, csv_bytes),) = uploaded(web, 2)[1:]
    assert "Ishøj Kommune" in csv_bytes.decode("utf-8-sig")
    body = build_action("plansvar_export_xlsx", "xlsx:nosuchanswer", channel="C302")
    httpx.post(
        f"{url}/slack/events",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)},
    )
    assert "kan ikke finde det svar" in web.wait_for("chat.postEphemeral")[0]["text"]


def test_slash_command_draft_uploads_to_the_channel(slack):
    web, url, _ = slack
    body = build_command("udkast Gribskov", response_url=f"http://127.0.0.1:{web.port}/response_url/7", channel="C303")
    r = httpx.post(
        f"{url}/slack/events",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded", **sign(SECRET, body)},
    )
    assert r.status_code == 200
    resp = web.wait_for("7")[0]
    assert "Kære Gribskov Kommune" in json.dumps(resp["blocks"], ensure_ascii=False)
    ((asked, complete, _),) = uploaded(web)
    assert complete["channel_id"] == "C303" and not complete.get("thread_ts")


def test_a_failed_upload_is_explained_in_the_thread(corpus_service, tmp_path):
    with SlackStandIn(fail={"files.completeUploadExternal"}) as web:
        bot = SlackBot(slack_service(corpus_service, tmp_path / "store", web))
        with ServerThread(create_app(bot.service, slack_bot=bot)) as server:
            post_event(server.url, build_event(text="<@UBOT> oversigt", channel="C304"))
            deadline = time.time() + 30
            while time.time() < deadline and not any(
                "kunne ikke lægge filen op" in (b.get("text") or "") for b in web.by("chat.postMessage")
            ):
                time.sleep(0.05)
            notes = [
                b["text"] for b in web.by("chat.postMessage") if "kunne ikke lægge filen op" in (b.get("text") or "")
            ]
    assert notes and "not_allowed" in notes[0] and "Traceback" not in notes[0]
    assert "Høringspunkter: 211" in json.dumps(answer_messages(web), ensure_ascii=False)  # the text answer still came
