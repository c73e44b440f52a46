"""SQLite in the store folder: the answers the bot gave (for feedback and thread follow-ups) and the feedback on them."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

from retrieval.types import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY, ts REAL, channel TEXT, thread_ts TEXT, user TEXT,
    question TEXT, answer TEXT, found INTEGER, citations TEXT
);
CREATE INDEX IF NOT EXISTS answers_thread ON answers(channel, thread_ts, ts);
CREATE TABLE IF NOT EXISTS feedback (
    ts REAL, answer_id TEXT, user TEXT, value TEXT, channel TEXT
);
"""


class FeedbackStore:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._conn() as c:
            c.executescript(SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def save_answer(self, ans: Answer, channel: str | None, thread_ts: str | None, user: str | None) -> None:
        row = (
            ans.id,
            time.time(),
            channel,
            thread_ts,
            user,
            ans.question,
            ans.answer,
            int(ans.found),
            json.dumps([c.to_dict() for c in ans.citations], ensure_ascii=False),
        )
        with self._lock, self._conn() as c:
            c.execute("INSERT OR REPLACE INTO answers VALUES (?,?,?,?,?,?,?,?,?)", row)

    def last_question(self, channel: str | None, thread_ts: str | None) -> str | None:
        """The earlier question in a thread, for follow-ups."""
        if not channel or not thread_ts:
            return None
        with self._conn() as c:
            row = c.execute(
                "SELECT question FROM answers WHERE channel=? AND thread_ts=? ORDER BY ts DESC LIMIT 1",
                (channel, thread_ts),
            ).fetchone()
        return row[0] if row else None

    def get_answer(self, answer_id: str) -> dict | None:
        """A stored answer (question, answer, found, citations, channel, thread_ts), or None."""
        if not answer_id:
            return None
        with self._conn() as c:
            c.row_factory = sqlite3.Row
            row = c.execute("SELECT * FROM answers WHERE id=?", (answer_id,)).fetchone()
        if row is None:
            return None
        d = dict(row)
        d["citations"] = json.loads(d["citations"]) if d["citations"] else []
        return d

    def add_feedback(self, answer_id: str, user: str | None, value: str, channel: str | None) -> None:
        if value not in ("up", "down"):
            raise ValueError(f"feedback must be 'up' or 'down', not {value!r}")
        with self._lock, self._conn() as c:
            c.execute("INSERT INTO feedback VALUES (?,?,?,?,?)", (time.time(), answer_id, user, value, channel))

    def list(self, limit: int = 100) -> list[dict]:
        with self._conn() as c:
            c.row_factory = sqlite3.Row
            rows = c.execute(
                """SELECT f.ts, f.value, f.user, f.channel, f.answer_id, a.question, a.answer, a.citations
                   FROM feedback f LEFT JOIN answers a ON a.id = f.answer_id ORDER BY f.ts DESC LIMIT ?""",
                (limit,),
            ).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["citations"] = json.loads(d["citations"]) if d["citations"] else []
            out.append(d)
        return out
