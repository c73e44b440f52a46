"""Real Slack payload shapes (Events API, slash commands, block actions), made by one helper each."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from urllib.parse import urlencode

_n = itertools.count(1)


def build_event(
    event_type: str = "app_mention",
    text: str = "",
    channel: str = "C111",
    user: str = "U222",
    ts: str | None = None,
    thread_ts: str | None = None,
    channel_type: str = "channel",
    event_id: str | None = None,
    **extra,
) -> dict:
    ts = ts or f"{int(time.time())}.{next(_n):06d}"
    event = {
        "type": event_type,
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        "channel_type": channel_type,
        **extra,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return {
        "token": "legacy-verification-token",
        "team_id": "T1",
        "api_app_id": "A1",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_n):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
    }


def build_command(text: str, response_url: str, channel: str = "C111", user: str = "U222") -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": "T1",
            "team_domain": "region",
            "channel_id": channel,
            "channel_name": "praksis",
            "user_id": user,
            "user_name": "staff",
            "command": "/plansvar",
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": f"tr{next(_n)}",
        }
    )


def build_action(
    action_id: str,
    value: str,
    channel: str = "C111",
    user: str = "U222",
    message_ts: str = "1.000001",
    thread_ts: str | None = None,
    action_type: str = "button",
) -> str:
    """A block_actions payload for one clicked element, form-encoded as Slack posts it."""
    message = {"type": "message", "ts": message_ts, "text": "answer"}
    if thread_ts:
        message["thread_ts"] = thread_ts
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "user": {"id": user},
        "api_app_id": "A1",
        "container": {"type": "message", "channel_id": channel, "message_ts": message_ts},
        "channel": {"id": channel},
        "trigger_id": "tr1",
        "message": message,
        "actions": [
            {
                "type": action_type,
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": str(time.time()),
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def build_feedback_action(value: str, channel: str = "C111", user: str = "U222") -> str:
    return build_action("plansvar_feedback", value, channel, user, action_type="feedback_buttons")


def sign(secret: str, body: str, timestamp: int | None = None) -> dict:
    """Slack's request signature: v0=HMAC-SHA256(secret, 'v0:{ts}:{body}')."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}
