"""The Slack bot (slack-bolt): thin listeners that parse the event, call the same Service.respond() as the CLI and the
API, and post Block Kit in the thread. Acks at once; the answering runs after the ack."""

from __future__ import annotations

import logging
import re
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from slack_bolt import Ack, App, Assistant, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import EXPORT_ACTION, FEEDBACK_ACTION, SHOW_ALL_ACTION, action_blocks, answer_blocks, escape, plain_text
from bot.feedback import FeedbackStore
from bot.messages import SUGGESTED_PROMPTS, error_reply, msg
from retrieval import inputs
from retrieval.errors import ConfigError, PlansvarError
from retrieval.reading.query import detect_language
from retrieval.settings import Settings, id_list, secret_value
from retrieval.text import clean_text
from retrieval.types import Answer, Citation
from retrieval.wording import letter, say

log = logging.getLogger(__name__)

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
# message events' channel_type where a thread reply without a mention can be a follow-up; the manifest subscribes
# to message.channels, message.groups and message.mpim for them (DMs: message.im, answered always)
THREAD_CHANNEL_TYPES = ("channel", "group", "mpim")
STREAM_LIMIT = 10_000  # longer answers are posted as Block Kit messages instead of streamed
STREAM_PIECE = 2_500


@dataclass
class Upload:
    """A file to put in the thread beside an answer: the draft as .docx, the overview or a list as a spreadsheet."""

    filename: str
    write: Callable[[Path], Path]
    title: str
    comment: str


class SeenEvents:
    """Event ids already taken: Slack retries an event it thinks was not acked; it is answered once."""

    def __init__(self, size: int = 5000, ttl: float = 3600.0) -> None:
        self.size, self.ttl = size, ttl
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        now = time.time()
        with self._lock:
            while self._seen and (len(self._seen) > self.size or next(iter(self._seen.values())) < now - self.ttl):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


def feedback_path(settings: Settings) -> Path:
    return Path(settings.store) / "feedback.sqlite3"


class SlackBot:
    """Builds the bolt App around a Service; one instance per process."""

    def __init__(self, service, settings: Settings | None = None, client: WebClient | None = None) -> None:
        self.service = service
        self.settings = settings or service.settings
        token = secret_value(self.settings.slack_bot_token)
        if not token and client is None:
            raise ConfigError(
                "SLACK_BOT_TOKEN is not set: create the app from bot/slack_manifest.yml and set the bot token."
            )
        self.client = client or WebClient(token=token, base_url=_api_url(self.settings.slack_api_url))
        self.feedback = FeedbackStore(feedback_path(self.settings))
        self.seen = SeenEvents()
        self.allowed_channels = id_list(self.settings.slack_allowed_channels)
        self.allowed_users = id_list(self.settings.slack_allowed_users)
        self.app = App(
            client=self.client,
            signing_secret=secret_value(self.settings.slack_signing_secret) or "",
            request_verification_enabled=bool(self.settings.slack_signing_secret),
            token_verification_enabled=False,
            process_before_response=False,
        )
        self._register()

    # --- listeners -------------------------------------------------------------------------------------------------

    def _register(self) -> None:
        app = self.app
        app.middleware(self._dedupe)

        assistant = Assistant()
        assistant.thread_started(self._thread_started)
        assistant.user_message(self._assistant_message)
        app.use(assistant)

        app.event("app_mention")(self._on_mention)
        app.event("message")(self._on_message)
        app.event("app_home_opened")(self._on_home_opened)
        app.command("/plansvar")(ack=self._ack_command, lazy=[self._on_command])
        app.action(FEEDBACK_ACTION)(self._on_feedback)
        app.action(re.compile(rf"^{EXPORT_ACTION}_(xlsx|csv)$"))(self._on_export)
        app.action(SHOW_ALL_ACTION)(self._on_show_all)
        app.error(self._on_error)

    def _dedupe(self, body: dict, next, logger) -> BoltResponse | None:  # noqa: A002 - bolt's name
        event_id = body.get("event_id")
        if event_id and not self.seen.first_time(event_id):
            log.info("slack retry ignored", extra={"event_id": event_id})
            return BoltResponse(status=200, body="")
        return next()

    def _thread_started(self, say, set_suggested_prompts, logger) -> None:
        say(msg("greeting", "da"))
        set_suggested_prompts(prompts=SUGGESTED_PROMPTS)

    def _assistant_message(self, payload: dict, client: WebClient, set_status, say_stream, context) -> None:
        self._reply_in_thread(payload, client, context, set_status=set_status, say_stream=say_stream, stream=True)

    def _on_mention(self, event: dict, client: WebClient, context) -> None:
        self._reply_in_thread(event, client, context)

    def _on_message(self, event: dict, client: WebClient, say_stream, set_status, context) -> None:
        """Direct messages outside assistant threads, and follow-ups without a mention in a channel thread the bot
        has answered in; the bot's own and edited messages are ignored."""
        if event.get("bot_id") or event.get("subtype") not in (None, "thread_broadcast"):
            return
        if event.get("channel_type") == "im":
            if not event.get("subtype"):
                self._reply_in_thread(event, client, context, set_status=set_status, say_stream=say_stream, stream=True)
            return
        if event.get("channel_type") in THREAD_CHANNEL_TYPES and self._thread_follow_up(event, context):
            self._reply_in_thread(event, client, context)

    def _thread_follow_up(self, event: dict, context) -> bool:
        """A plain message in a channel, private channel or group DM thread where the bot has answered before (its
        earlier question is in feedback.sqlite3). Not: a message outside such a thread; one that mentions anyone
        (the bot: app_mention answers it, never twice; someone else: it is addressed to them); the bot's own
        messages; a user the allowlist does not name (the thread is a conversation: no refusal to each message)."""
        thread_ts, channel, text = event.get("thread_ts"), event.get("channel"), event.get("text")
        if not thread_ts or not channel or not isinstance(text, str) or not text.strip():
            return False
        user = event.get("user")
        if not user or user == getattr(context, "bot_user_id", None) or MENTION.search(text):
            return False
        if not self.allowed(channel, user):
            return False
        return self.feedback.last_question(channel, thread_ts) is not None

    def _reply_in_thread(self, event: dict, client: WebClient, context, **streaming) -> None:
        """A message event (mention, DM, assistant thread, thread follow-up) answered in its thread."""
        self.reply(
            client=client,
            channel=event["channel"],
            thread_ts=event.get("thread_ts") or event["ts"],
            user=event.get("user"),
            text=event.get("text", ""),
            team=context.team_id,
            **streaming,
        )

    def _on_home_opened(self, event: dict, context) -> None:
        sp = context.get("set_suggested_prompts")
        if event.get("tab") == "messages" and sp is not None:
            try:
                sp(prompts=SUGGESTED_PROMPTS)
            except SlackApiError as e:
                log.warning("suggested prompts not set", extra={"error": e.response.get("error")})

    def _ack_command(self, ack: Ack, command: dict) -> None:
        text = clean_text(command.get("text") if isinstance(command.get("text"), str) else "")
        lang = detect_language(text) if text else "da"
        ack(text=msg("searching", lang) if text else msg("empty", lang))

    def _on_command(self, command: dict, respond, client: WebClient) -> None:
        text = clean_text(command.get("text") if isinstance(command.get("text"), str) else "")
        if not text:
            return
        lang = detect_language(text)
        channel, user = command.get("channel_id"), command.get("user_id")
        if not self.allowed(channel, user):
            respond(text=msg("not_allowed", lang), response_type="ephemeral")
            return
        try:
            ans, upload = self.work(text)
            self.feedback.save_answer(ans, channel, None, user)
            parts = answer_blocks(ans, lang, answer_id=ans.id)
            header = f"*{escape(text)}*"
            for i, blocks in enumerate(parts):
                if i == 0:
                    blocks = [{"type": "context", "elements": [{"type": "mrkdwn", "text": header}]}] + blocks
                respond(blocks=blocks, text=_fallback(ans.answer), response_type="in_channel", replace_original=False)
            if upload is not None:
                error = self.upload(client, channel, None, upload)
                if error:
                    respond(text=msg("upload_failed", lang, error=error), response_type="ephemeral")
        except PlansvarError as e:
            respond(text=_user_error(e, lang), response_type="ephemeral")
        except Exception:  # noqa: BLE001 - never a stack trace in Slack
            ref = uuid.uuid4().hex[:8]
            log.exception("slash command failed", extra={"ref": ref})
            respond(text=msg("error", lang, ref=ref), response_type="ephemeral")

    def _on_feedback(self, ack: Ack, body: dict, client: WebClient) -> None:
        ack()
        try:
            action = body["actions"][0]
            value, _, answer_id = (action.get("value") or "").partition(":")
            user, channel = _actor(body)
            self.feedback.add_feedback(answer_id, user, value, channel)
            log.info("feedback", extra={"answer_id": answer_id, "value": value})
            if channel and user:
                client.chat_postEphemeral(channel=channel, user=user, text=msg("feedback_thanks", "da"))
        except Exception:  # noqa: BLE001
            log.exception("feedback not stored")

    def _stored_for_action(self, body: dict, client: WebClient, answer_id: str, ok: bool = True):
        """(stored answer, channel, user, lang) for a button under an answer, or None after telling the user why
        not (the answer is gone, or they may not use the bot here)."""
        user, channel = _actor(body)
        container = body.get("container") or {}
        stored = self.feedback.get_answer(answer_id)
        if stored is None or not ok:
            client.chat_postEphemeral(channel=channel, user=user, text=msg("export_gone", "da"))
            return None
        lang = detect_language(stored["question"])
        if not self.allowed(channel, user):
            client.chat_postEphemeral(channel=channel, user=user, text=msg("not_allowed", lang))
            return None
        stored["thread"] = (
            stored["thread_ts"] or (body.get("message") or {}).get("thread_ts") or container.get("message_ts")
        )
        return stored, channel, user, lang

    def _on_show_all(self, ack: Ack, body: dict, client: WebClient) -> None:
        """ "Vis alle N": the stored question answered again with every row its filters match, in its thread."""
        ack()
        user, channel = _actor(body)
        lang = "da"
        try:
            found = self._stored_for_action(body, client, body["actions"][0].get("value") or "")
            if found is None:
                return
            stored, channel, user, lang = found
            ans = self.service.respond(stored["question"], show_all=True).answer
            self.feedback.save_answer(ans, stored["channel"] or channel, stored["thread"], user)
            self._post(
                client,
                stored["channel"] or channel,
                stored["thread"],
                None,
                answer_blocks(ans, lang, answer_id=ans.id),
                ans.answer,
            )
            log.info("showed all", extra={"answer_id": ans.id, "rows": len(ans.citations)})
        except Exception:  # noqa: BLE001 - never a stack trace in Slack
            ref = uuid.uuid4().hex[:8]
            log.exception("show all failed", extra={"ref": ref})
            client.chat_postEphemeral(channel=channel, user=user, text=msg("error", lang, ref=ref))

    def _on_export(self, ack: Ack, body: dict, client: WebClient) -> None:
        """The export buttons: the stored answer's items with their citations, uploaded to its thread."""
        ack()
        user, channel = _actor(body)
        lang = "da"
        try:
            fmt, _, answer_id = (body["actions"][0].get("value") or "").partition(":")
            found = self._stored_for_action(body, client, answer_id, ok=fmt in ("xlsx", "csv"))
            if found is None:
                return
            stored, channel, user, lang = found
            ans = Answer(
                question=stored["question"],
                answer=stored["answer"],
                found=bool(stored["found"]),
                citations=[Citation(**c) for c in stored["citations"]],
                id=answer_id,
            )
            thread = stored["thread"]
            from bot.exports import answer_sheets, write

            upload = Upload(
                f"plansvar-{answer_id}.{fmt}",
                lambda p: write(p, answer_sheets(ans)),
                ans.question[:200],
                msg("export_comment", lang, question=ans.question[:200], n=len(ans.citations)),
            )
            error = self.upload(client, stored["channel"] or channel, thread, upload)
            if error:
                client.chat_postEphemeral(channel=channel, user=user, text=msg("upload_failed", lang, error=error))
            log.info("exported", extra={"answer_id": answer_id, "format": fmt, "ok": not error})
        except Exception:  # noqa: BLE001 - never a stack trace in Slack
            ref = uuid.uuid4().hex[:8]
            log.exception("export failed", extra={"ref": ref})
            if channel and user:
                client.chat_postEphemeral(channel=channel, user=user, text=msg("error", lang, ref=ref))

    def _on_error(self, error: Exception, body: dict, logger) -> None:
        log.error("slack listener failed", extra={"error": type(error).__name__, "type": body.get("type")})

    # --- answering ------------------------------------------------------------------------------------------------------

    def allowed(self, channel: str | None, user: str | None) -> bool:
        if self.allowed_users and user not in self.allowed_users:
            return False
        if self.allowed_channels and channel not in self.allowed_channels and not (channel or "").startswith("D"):
            return False
        return True

    def reply(
        self,
        *,
        client: WebClient,
        channel: str,
        thread_ts: str,
        user: str | None,
        text: str,
        set_status=None,
        say_stream=None,
        stream: bool = False,
        team: str | None = None,
    ) -> None:
        """Answer one question in its thread: status first, then the answer (streamed or posted), or an apology."""
        question = clean_text(MENTION.sub("", text if isinstance(text, str) else ""))
        lang = detect_language(question) if question else "da"
        status_ts = None
        try:
            if not self.allowed(channel, user):
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=msg("not_allowed", lang))
                return
            question = inputs.question(question)  # empty or too long: the typed error's reply, below
            if set_status is not None:
                try:
                    set_status(msg("searching", lang))  # the assistant thread's "is searching…" line
                except SlackApiError:
                    set_status = None  # a plain DM has no assistant status: post one instead
            if set_status is None:
                status_ts = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=msg("searching", lang))[
                    "ts"
                ]
            context = self.feedback.last_question(channel, thread_ts)
            ans, upload = self.work(question, context)
            self.feedback.save_answer(ans, channel, thread_ts, user)
            parts = answer_blocks(ans, lang, answer_id=ans.id)
            streamed = (
                stream
                and say_stream is not None
                and self.settings.slack_streaming
                and self._stream(say_stream, parts, ans, lang)
            )
            if not streamed:
                self._post(client, channel, thread_ts, status_ts, parts, ans.answer)
            if upload is not None:
                error = self.upload(client, channel, thread_ts, upload)
                if error:
                    client.chat_postMessage(
                        channel=channel, thread_ts=thread_ts, text=msg("upload_failed", lang, error=error)
                    )
        except PlansvarError as e:
            self._say(client, channel, thread_ts, status_ts, _user_error(e, lang))
        except Exception:  # noqa: BLE001 - never a stack trace in Slack
            ref = uuid.uuid4().hex[:8]
            log.exception("answer failed", extra={"ref": ref, "channel": channel})
            self._say(client, channel, thread_ts, status_ts, msg("error", lang, ref=ref))

    def work(self, question: str, context: str | None = None) -> tuple[Answer, Upload | None]:
        """The answer (Service.respond, the entry the CLI and the API use too), and the file that goes with it: a
        draft reply as .docx, the overview as .xlsx."""
        reply = self.service.respond(question, context=context)
        upload = None
        d, ov = reply.draft, reply.overview
        if d is not None and d.found and d.points:
            from bot.exports import draft_filename, write_draft

            upload = Upload(
                draft_filename(d.respondent),
                lambda p: write_draft(p, d),
                letter("request", name=d.respondent),
                msg("draft_comment", reply.lang),
            )
        elif ov is not None and reply.answer.found:
            from bot.exports import overview_sheets, write

            upload = Upload(
                "oversigt-hoering.xlsx",
                lambda p: write(p, overview_sheets(ov)),
                say("overview_head", "da"),
                msg("overview_comment", reply.lang),
            )
        return reply.answer, upload

    def upload(self, client: WebClient, channel: str, thread_ts: str | None, upload: Upload) -> str | None:
        """Put a file in the thread (files_upload_v2). Returns Slack's error code, or None when it worked."""
        with tempfile.TemporaryDirectory(prefix="plansvar-") as tmp:
            path = upload.write(Path(tmp) / upload.filename)
            try:
                client.files_upload_v2(
                    channel=channel,
                    thread_ts=thread_ts,
                    file=str(path),
                    filename=upload.filename,
                    title=upload.title,
                    initial_comment=upload.comment,
                )
            except SlackApiError as e:
                error = e.response.get("error") or "unknown_error"
                log.warning("upload failed", extra={"error": error, "file": upload.filename})
                return error
        log.info("uploaded", extra={"file": upload.filename, "channel": channel})
        return None

    def _post(
        self, client: WebClient, channel: str, thread_ts: str, status_ts: str | None, parts: list[list[dict]], text: str
    ) -> None:
        fallback = _fallback(text)
        for i, blocks in enumerate(parts):
            if len(parts) > 1 and i > 0:
                blocks = [
                    {
                        "type": "context",
                        "elements": [{"type": "mrkdwn", "text": msg("continued", "da", i=i + 1, n=len(parts))}],
                    }
                ] + blocks
            if i == 0 and status_ts:
                client.chat_update(channel=channel, ts=status_ts, blocks=blocks, text=fallback)
            else:
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, blocks=blocks, text=fallback)

    def _stream(self, say_stream, parts: list[list[dict]], ans: Answer, lang: str) -> bool:
        """Chat streaming where Slack offers it; False (so the caller posts instead) when it does not."""
        body = plain_text([[b for b in blocks if b["type"] not in ("context_actions", "actions")] for blocks in parts])
        if len(body) > STREAM_LIMIT:
            return False
        try:
            streamer = say_stream()
            for i in range(0, len(body), STREAM_PIECE):
                streamer.append(markdown_text=body[i : i + STREAM_PIECE])
            streamer.stop(blocks=action_blocks(ans, ans.id, lang))
            return True
        except (SlackApiError, ValueError) as e:
            err = e.response.get("error") if isinstance(e, SlackApiError) else str(e)
            log.warning("streaming unavailable; posting instead", extra={"error": err})
            return False

    def _say(self, client: WebClient, channel: str, thread_ts: str, status_ts: str | None, text: str) -> None:
        try:
            if status_ts:
                client.chat_update(channel=channel, ts=status_ts, text=text, blocks=[])
            else:
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
        except Exception:  # noqa: BLE001
            log.exception("could not post the apology")


def _api_url(url: str | None) -> str:
    if not url:
        return WebClient.BASE_URL
    return url if url.endswith("/") else url + "/"


def _fallback(text: str) -> str:
    """The notification text (Slack shows it where blocks cannot be shown)."""
    first = text.split("\n", 1)[0]
    return first[:300]


def _actor(body: dict) -> tuple[str | None, str | None]:
    """(user, channel) of a button click: the channel is the body's, or the container's (a message's) channel."""
    user = (body.get("user") or {}).get("id")
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    return user, channel


def _user_error(e: PlansvarError, lang: str) -> str:
    """The reply to an error the user can act on, chosen by its type (bot/messages.py ERROR_REPLIES); any other
    error gets an apology with a reference, and the reason goes to the log only."""
    reply = error_reply(e, lang)
    if reply is not None:
        return reply
    ref = uuid.uuid4().hex[:8]
    log.error("answer refused", extra={"ref": ref, "reason": str(e), "error": type(e).__name__})
    return msg("error", lang, ref=ref)


def run_socket_mode(bot: SlackBot, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(bot.app, app_token).start()
