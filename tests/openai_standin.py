"""A local OpenAI-compatible chat server for tests: real HTTP on loopback, scripted replies, recorded requests.
It stands in for a paid LLM only; the client side (langchain-openai) is the real one."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


class OpenAIStandIn:
    def __init__(self, reply: Callable[[list[dict]], str | dict], delay: float = 0.0) -> None:
        self.reply = reply
        self.delay = delay
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                outer.requests.append({"path": self.path, "body": body, "auth": self.headers.get("authorization")})
                if not self.path.endswith("/chat/completions"):
                    self.send_error(404)
                    return
                if outer.delay:
                    time.sleep(outer.delay)
                try:
                    content = outer.reply(body.get("messages", []))
                except Exception as e:  # noqa: BLE001 - a scripted failure is a 500
                    self.send_response(500)
                    self.end_headers()
                    self.wfile.write(json.dumps({"error": {"message": str(e)}}).encode())
                    return
                message = {"role": "assistant", "content": content}
                if isinstance(content, dict) and body.get("tools"):
                    # a scripted structured reply: answered as a call of the tool the client offered
                    name = body["tools"][0]["function"]["name"]
                    message = {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": name, "arguments": json.dumps(content)},
                            }
                        ],
                    }
                out = {
                    "id": "chatcmpl-standin",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model", "standin"),
                    "choices": [
                        {
                            "index": 0,
                            "message": message,
                            "finish_reason": "tool_calls" if message.get("tool_calls") else "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
                data = json.dumps(out).encode()
                try:
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (the timeout tests)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "OpenAIStandIn":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
