"""A local stand-in for Slack's Web API (like bolt-python's tests/mock_web_api_server): a standard-library HTTP
server on loopback that records every call by method name and answers like Slack. The real WebClient talks to it
through SLACK_API_URL; it also serves response_url posts for slash commands, and the three steps of
files_upload_v2 (files.getUploadURLExternal, the POST of the bytes to the upload URL it hands out,
files.completeUploadExternal), keeping the uploaded bytes in `uploads`."""

from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class SlackStandIn:
    def __init__(self, fail: set[str] | None = None) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes POSTed to its upload URL
        self.fail = fail or set()  # methods that answer ok=false (e.g. chat.startStream where streaming is off)
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self._pending: dict[str, dict] = {}  # file id -> getUploadURLExternal arguments
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length", 0) or 0))
                if self.path.startswith("/upload/"):  # step 2 of files_upload_v2: the file's bytes, as is
                    file_id = self.path.rsplit("/", 1)[-1]
                    with outer._lock:
                        known = file_id in outer._pending
                        if known:
                            outer.uploads[file_id] = raw
                    self.send_response(200 if known else 404)
                    self.end_headers()
                    self.wfile.write(b"OK - " + str(len(raw)).encode() if known else b"unknown upload url")
                    return
                ctype = self.headers.get("content-type", "")
                if "json" in ctype:
                    body = json.loads(raw or b"{}")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                    for k in ("blocks", "prompts", "chunks", "metadata"):
                        if isinstance(body.get(k), str):
                            try:
                                body[k] = json.loads(body[k])
                            except ValueError:
                                pass
                method = self.path.strip("/").split("/")[-1]
                with outer._lock:
                    outer.calls.append((method, body))
                out = outer.answer(method, body)
                data = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def answer(self, method: str, body: dict) -> dict:
        if method in self.fail:
            return {"ok": False, "error": "not_allowed"}
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "auth.test":
            return {"ok": True, "user_id": "UBOT", "user": "plansvar", "team_id": "T1", "bot_id": "B1"}
        if method in ("chat.postMessage", "chat.startStream"):
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": {"text": body.get("text")}}
        if method == "files.getUploadURLExternal":
            if not body.get("filename") or not str(body.get("length", "")).isdigit():
                return {"ok": False, "error": "invalid_arguments"}
            file_id = f"F{next(self._files):08d}"
            with self._lock:
                self._pending[file_id] = body
            return {"ok": True, "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = body.get("files")
            files = json.loads(files) if isinstance(files, str) else files
            with self._lock:
                if not files or any(f["id"] not in self.uploads for f in files):
                    return {"ok": False, "error": "file_not_found"}
            return {
                "ok": True,
                "files": [
                    {"id": f["id"], "title": f.get("title"), "name": self._pending[f["id"]]["filename"]} for f in files
                ],
            }
        if method in ("chat.update", "chat.appendStream", "chat.stopStream"):
            return {"ok": True, "channel": body.get("channel"), "ts": body.get("ts") or ts}
        return {"ok": True}

    def by(self, method: str) -> list[dict]:
        with self._lock:
            return [b for m, b in self.calls if m == method]

    def wait_for(self, method: str, n: int = 1, timeout: float = 30.0) -> list[dict]:
        deadline = time.time() + timeout
        while time.time() < deadline:
            got = self.by(method)
            if len(got) >= n:
                return got
            time.sleep(0.05)
        raise AssertionError(
            f"{method} called {len(self.by(method))} times, expected {n}; calls: {[m for m, _ in self.calls]}"
        )

    def __enter__(self) -> "SlackStandIn":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
