"""PLANSVAR_LLM=anthropic (the 'anthropic' extra): the real langchain-anthropic client against a local stand-in of
Anthropic's Messages API on loopback; the same checks keep the answer grounded, and the key never reaches a log."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_llm import grounded_reply

from retrieval.answering.llm import make_chat_model
from retrieval.errors import ConfigError
from retrieval.settings import Settings

KEY = "sk-ant-test-secret-1234567890"


class MessagesStandIn:
    """POST /v1/messages answered like Anthropic's API; `reply` gets OpenAI-style messages (system first)."""

    def __init__(self, reply) -> None:
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                key = self.headers.get("x-api-key") or self.headers.get("authorization", "").removeprefix("Bearer ")
                outer.requests.append({"path": self.path, "body": body, "key": key})
                if self.path != "/v1/messages":
                    self.send_error(404)
                    return
                system = body.get("system") or ""
                if isinstance(system, list):
                    system = "".join(b.get("text", "") for b in system)
                data = json.dumps(
                    {
                        "id": "msg_standin",
                        "type": "message",
                        "role": "assistant",
                        "model": body.get("model"),
                        "content": [
                            {"type": "text", "text": reply([{"role": "system", "content": system}, *body["messages"]])}
                        ],
                        "stop_reason": "end_turn",
                        "stop_sequence": None,
                        "usage": {"input_tokens": 1, "output_tokens": 1},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_anthropic_answer_keeps_only_checked_citations(corpus_service, caplog):
    caplog.set_level("DEBUG")
    with MessagesStandIn(grounded_reply) as llm:
        svc = corpus_service(
            llm="anthropic", llm_base_url=llm.url, llm_model="claude-standin", llm_api_key=KEY, llm_timeout=20
        )
        ans = svc.answer("How many sick visits are made each year?")
        assert len(llm.requests) == 1
        req = llm.requests[0]
        assert req["key"] == KEY and req["body"]["model"] == "claude-standin" and req["body"]["temperature"] == 0
        assert "<passages>" in json.dumps(req["body"]["system"], ensure_ascii=False)
    assert ans.found and "[1]" in ans.answer and "99" not in ans.answer and "kaffe" not in ans.answer
    lead, _, rest = ans.answer.partition("\n\n")  # the checked lead, then the extractive answer, keys unchanged
    assert lead.endswith("[1]") and rest.startswith("Number: 55.000") and ans.citations
    assert "test-secret" not in caplog.text


def test_anthropic_needs_a_key():
    with pytest.raises(ConfigError, match="PLANSVAR_LLM_API_KEY"):
        make_chat_model(Settings(llm="anthropic", llm_model="claude-standin"))
