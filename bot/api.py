"""The HTTP API (FastAPI): /ask, /export, /draft, /draft.docx, /overview, /search, /documents, /healthz, and Slack's
/slack/events in HTTP mode."""

from __future__ import annotations

import logging
import time
import uuid

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.messages import english
from retrieval import inputs
from retrieval.answering.draft import DraftPoint
from retrieval.errors import ConfigError, InputError, PlansvarError, StoreError
from retrieval.inputs import MAX_ID, MAX_QUESTION
from retrieval.service import Service
from retrieval.text import clean_text, prefix
from retrieval.types import Citation

log = logging.getLogger(__name__)

SLACK_PATH = "/slack/events"


class AskRequest(BaseModel):
    question: str = Field(
        ..., description="The question, Danish or English.", examples=["Which responses led to text changes?"]
    )
    id: str | None = Field(
        None, description=f"Your id for the question (at most {MAX_ID} characters); echoed in the answer."
    )
    context: str | None = Field(
        None,
        description='An earlier question this one follows up on ("og hospitalerne?"); '
        f"at most {MAX_QUESTION} characters.",
    )
    show_all: bool = Field(
        False, description="Every row the question's filters match, even where a topic would narrow them."
    )

    # NOTE: the checks of retrieval/inputs.py raise typed errors that are ValueErrors: pydantic makes them a 422
    # that gives the length and the limit, never the value
    @field_validator("question")
    @classmethod
    def _question(cls, v: str) -> str:
        return inputs.question(v)

    @field_validator("context")
    @classmethod
    def _context(cls, v: str | None) -> str | None:
        return inputs.context(v)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str | None) -> str | None:
        return inputs.client_id(v)


class AnswerOut(BaseModel):
    id: str | None
    question: str
    answer: str
    found: bool
    citations: list[Citation]  # the one Citation type of retrieval/types.py: CLI, HTTP and Slack cannot drift apart
    interpretation: dict | None = None  # how the question was read: intent, filters, topic, language
    reading: str | None = None  # the same as one line: "Læst som: …"
    matched_filters: int | None = None  # rows the filters match (list answers)
    returned: int | None = None  # rows listed: fewer than matched_filters when a topic narrowed them


class ExportRequest(AskRequest):
    format: str = Field("xlsx", pattern="^(xlsx|csv)$", description="Spreadsheet format of the download.")


MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
}


def _download(filename: str, write) -> Response:
    """A file made by an exports.write* function, as a download."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="plansvar-") as tmp:
        data = write(Path(tmp) / filename).read_bytes()
    suffix = filename.rsplit(".", 1)[-1]
    return Response(
        content=data, media_type=MEDIA[suffix], headers={"content-disposition": f'attachment; filename="{filename}"'}
    )


class DraftRequest(BaseModel):
    respondent: str = Field(
        ..., description="The respondent's name; typos and acronyms are fine.", examples=["Gribskov Kommune"]
    )
    lang: str = Field("da", pattern="^(da|en)$", description="Language of the staff notes; the letter is Danish.")
    consultation: str | None = Field(
        None,
        max_length=300,
        description="The consultation the reply is for (its title, as GET /consultations lists it); needed when "
        "the respondent answered several.",
        examples=["Sundhedsaftale 2024–2027"],
    )

    @field_validator("respondent")
    @classmethod
    def _respondent(cls, v: str) -> str:
        return inputs.respondent(v, required=True)


class DraftOut(BaseModel):
    id: str | None
    request: str
    respondent: str | None
    respondent_type: str | None
    consultation: str | None = Field(None, description="The consultation the draft answers")
    choices: list[str] = Field(
        default_factory=list, description="The consultations to pick from when the respondent answered several"
    )
    found: bool
    text: str = Field(
        ...,
        description="The note to the caseworker, the letter and the sources per point; [k] keys point into citations",
    )
    note: str = Field("", description="For the caseworker, above the letter (not sent)")
    letter: str = Field("", description="The letter alone (Danish): what is sent, without keys, codes or notes")
    body: list[tuple[str, str, int]] = Field(
        default_factory=list, description="The letter's parts: (kind, text, point number or 0)"
    )
    source_lines: list[str] = Field(default_factory=list, description="The sources per point, with their [k] keys")
    points: list[DraftPoint]  # the dataclasses of retrieval/answering/draft.py, as Citation is: one shape everywhere
    citations: list[Citation]
    suggestions: list[str] = Field(..., description="Closest respondent names when none matched")
    plan_in_index: bool
    polished: int


class BodyLimit:
    """ASGI middleware: a request body larger than the limit gets 413 before any of it is parsed (by Content-Length,
    or counted as it streams in); /slack/events has its own, larger limit. Logged without the body."""

    def __init__(self, app, limit: int, slack_limit: int) -> None:
        self.app, self.limit, self.slack_limit = app, limit, slack_limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        limit = self.slack_limit if path == SLACK_PATH else self.limit
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            return await self._refuse(send, path, length.decode("latin-1")[:20], limit)
        seen, started = 0, False

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    log.warning(
                        "request refused: body too large", extra={"path": path, "bytes": f"> {limit}", "limit": limit}
                    )
                    raise _TooLarge(limit)
            return message

        async def watched(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if not started:
                await self._refuse(send, path, f"more than {limit}", limit, logged=True)

    @staticmethod
    async def _refuse(send, path: str, length: str, limit: int, logged: bool = False) -> None:
        if not logged:
            log.warning("request refused: body too large", extra={"path": path, "bytes": length, "limit": limit})
        body = JSONResponse(status_code=413, content={"detail": _too_large(limit, length)})
        await send({"type": "http.response.start", "status": 413, "headers": body.raw_headers})
        await send({"type": "http.response.body", "body": body.body})


def _too_large(limit: int, length: str | None = None) -> str:
    return english("http_too_large", size=f" ({length} bytes)" if length else "", limit=limit)


class _TooLarge(StarletteHTTPException):
    """Raised while a body streams in past the limit. An HTTPException, so that FastAPI's body parsing passes it on
    as it is (any other exception there becomes a 400) and it is answered as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=_too_large(limit, f"more than {limit}"))


def _short_errors(errors) -> list[dict]:
    """FastAPI's validation errors without the input: at most a short prefix of a bad value goes back."""
    out = []
    for e in list(errors)[:10]:
        loc = [x if isinstance(x, int) else prefix(str(x), 40) for x in e.get("loc", ())]
        item = {"type": e.get("type"), "loc": loc, "msg": prefix(str(e.get("msg", "")), 300)}
        if "input" in e and e["input"] is not None and not isinstance(e["input"], (dict, list)):
            item["input"] = prefix(e["input"], 60)
        if isinstance(e.get("ctx"), dict) and "error" in e["ctx"]:
            item["ctx"] = {"error": prefix(str(e["ctx"]["error"]), 120)}
        out.append(item)
    return out


def _store_refusal(exc: StoreError, store) -> JSONResponse:
    """503 with the store's state and a reference; the full message (paths, URLs) only in the server log."""
    ref = uuid.uuid4().hex[:8]
    log.warning("index unavailable", extra={"ref": ref, "state": exc.state, "reason": str(exc)})
    return JSONResponse(
        status_code=503, content={"status": exc.state, "detail": exc.public, "store": store.kind, "ref": ref}
    )


def _local_docs(app: FastAPI) -> None:
    """/docs (Swagger UI) and /redoc from files on this machine (the fastapi-offline package ships them), never a CDN."""
    from pathlib import Path

    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles

    try:
        import fastapi_offline

        assets = Path(fastapi_offline.__file__).parent / "static"
    except ImportError:
        log.warning("fastapi-offline is not installed: /docs and /redoc are off (the spec stays on /openapi.json)")
        return
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")
    favicon = "data:,"  # NOTE: no icon rather than FastAPI's default one from its web site

    @app.get("/docs", include_in_schema=False)
    def swagger_ui():
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title=f"{app.title} - API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url=favicon,
            swagger_ui_parameters={"validatorUrl": None},
        )  # no call to swagger.io's validator

    @app.get("/redoc", include_in_schema=False)
    def redoc():
        return get_redoc_html(
            openapi_url=app.openapi_url,
            title=f"{app.title} - API",
            redoc_js_url="/docs-assets/redoc.standalone.js",
            redoc_favicon_url=favicon,
            with_google_fonts=False,
        )


def create_app(service: Service | None = None, slack_bot=None) -> FastAPI:
    """The API around one Service. Slack's endpoint is mounted when a bot is given or the Slack settings are set."""
    svc = service or Service()
    app = FastAPI(
        title="plansvar",
        description="Answers about practice plans, sundhedsaftaler and høringssvar, with citations.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = svc
    app.add_middleware(BodyLimit, limit=svc.settings.max_body_bytes, slack_limit=svc.settings.max_slack_body_bytes)
    _local_docs(app)
    from bot.web import mount as mount_web  # the web page at / (bot/web.py)

    mount_web(app, svc)

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError):
        return JSONResponse(status_code=422, content={"detail": _short_errors(exc.errors())})

    @app.exception_handler(StarletteHTTPException)
    def _http_error(request: Request, exc: StarletteHTTPException):
        # NOTE: by its words: FastAPI gives a body it cannot decode no type of its own, only this 400's detail
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's answer to a body it cannot decode (not UTF-8): a 422 like any other unreadable JSON
            return JSONResponse(
                status_code=422,
                content={"detail": [{"type": "json_invalid", "loc": ["body"], "msg": english("http_not_utf8_json")}]},
            )
        return JSONResponse(
            status_code=exc.status_code, content={"detail": exc.detail}, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(StoreError)
    def _store_error(request: Request, exc: StoreError):
        return _store_refusal(exc, svc.store)

    @app.exception_handler(ConfigError)
    def _config_error(request: Request, exc: ConfigError):
        ref = uuid.uuid4().hex[:8]
        log.error("server misconfigured", extra={"ref": ref, "reason": str(exc)})
        return JSONResponse(status_code=503, content={"detail": english("http_misconfigured", ref=ref), "ref": ref})

    @app.exception_handler(InputError)
    def _input_error(request: Request, exc: InputError):
        """What a user sent, refused past the validators (by type): a 422 shaped like the validators' own."""
        return JSONResponse(
            status_code=422,
            content={"detail": [{"type": exc.code, "loc": ["body", exc.field], "msg": prefix(str(exc), 300)}]},
        )

    @app.exception_handler(PlansvarError)
    def _plansvar_error(request: Request, exc: PlansvarError):
        return JSONResponse(status_code=400, content={"detail": prefix(str(exc), 500)})

    @app.post("/ask", response_model=AnswerOut, summary="Answer a question with citations")
    def ask(req: AskRequest) -> dict:
        return svc.respond(req.question, qid=req.id, context=req.context, show_all=req.show_all).answer.to_dict()

    @app.post(
        "/export",
        summary="An answer's items with their citations as a spreadsheet download (xlsx or csv)",
        response_class=Response,
        responses={200: {"content": {MEDIA["xlsx"]: {}, MEDIA["csv"]: {}}}},
    )
    def export(req: ExportRequest) -> Response:
        from bot.exports import answer_sheets, write

        ans = svc.respond(req.question, qid=req.id, context=req.context, show_all=req.show_all).answer
        return _download(f"plansvar-{ans.id}.{req.format}", lambda p: write(p, answer_sheets(ans)))

    @app.post(
        "/draft", response_model=DraftOut, summary="A draft reply to one respondent, point by point, with citations"
    )
    def draft(req: DraftRequest) -> dict:
        return svc.draft(req.respondent, lang=req.lang, consultation=req.consultation).to_dict()

    @app.post(
        "/draft.docx",
        summary="The draft reply as a Word document (404 with closest names when no respondent matches)",
        response_class=Response,
        responses={200: {"content": {MEDIA["docx"]: {}}}},
    )
    def draft_docx(req: DraftRequest) -> Response:
        from bot.exports import draft_filename, write_draft

        d = svc.draft(req.respondent, lang=req.lang, consultation=req.consultation)
        if not d.found or not d.points:
            return JSONResponse(status_code=404, content={"detail": d.text, "suggestions": d.suggestions})
        return _download(draft_filename(d.respondent), lambda p: write_draft(p, d))

    @app.get("/search", summary="Records ranked for a text (hybrid: dense + BM25)")
    def search(
        q: str = Query(..., min_length=1, max_length=MAX_QUESTION, description="Search text"),
        k: int = Query(10, ge=1, le=100),
    ) -> list[dict]:
        q = clean_text(q)
        if not q:
            raise HTTPException(status_code=422, detail=english("http_q_empty"))
        hits = svc.retriever.ranked(q, k=k)  # on one Index, the current one
        return [
            {"score": round(h.score, 5), "id": h.record.id, **Citation.from_record(h.record).to_dict()} for h in hits
        ]

    @app.get("/documents", summary="The ingested documents")
    def documents() -> list[dict]:
        return svc.index().documents()

    @app.get(
        "/overview",
        summary="Rows by respondent type × handling, by theme, and respondents without a response",
        responses={200: {"content": {"application/json": {}, MEDIA["xlsx"]: {}, MEDIA["csv"]: {}}}},
    )
    def overview(
        format: str = Query("json", pattern="^(json|xlsx|csv)$", description="json, or a spreadsheet download"),
        consultation: str | None = Query(
            None, max_length=300, description="One consultation's title (GET /consultations); default: all"
        ),
    ):
        from bot.exports import overview_sheets, write

        ov = svc.overview(lang="da", consultation=consultation)[1]
        if format == "json":
            return ov.to_dict()
        return _download(f"oversigt-hoering.{format}", lambda p: write(p, overview_sheets(ov)))

    @app.get("/consultations", summary="The consultations in the index: title, date, points, parties, documents")
    def consultations():
        return [c.to_dict() for c in svc.index().consultations]

    @app.get(
        "/healthz",
        summary="Liveness and store check: status ok, empty (no index yet), unreachable (the index "
        "server does not answer), mismatch or outdated (re-ingest); 503 unless ok",
    )
    def healthz() -> JSONResponse:
        try:
            svc.store.open_for_read(svc.embedder.id)
            n = svc.store.count()
        except StoreError as e:
            return _store_refusal(e, svc.store)
        except Exception:  # noqa: BLE001 - health reports, never raises
            ref = uuid.uuid4().hex[:8]
            log.exception("health check failed", extra={"ref": ref})
            return JSONResponse(
                status_code=503,
                content={
                    "status": "error",
                    "detail": english("http_health_failed"),
                    "store": svc.store.kind,
                    "ref": ref,
                },
            )
        return JSONResponse({"status": "ok", "records": n, "store": svc.store.kind, "embedder": svc.embedder.id})

    bot = slack_bot
    if bot is None and svc.settings.slack_bot_token and svc.settings.slack_signing_secret:
        from bot.slack_app import SlackBot

        bot = SlackBot(svc)
    if bot is not None:
        _mount_slack(app, bot)

    return app


SLACK_MAX_AGE = 300  # seconds: Slack's rule for a request's timestamp


def _slack_signature_ok(secret: str, body: bytes, ts: str, signature: str) -> bool:
    """Slack's v0 signature, HMAC-SHA256 over the raw bytes (slack_sdk's verifier decodes them first and so fails
    with a 500 on a body that is not UTF-8)."""
    import hashlib
    import hmac

    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={digest}".encode(), signature.encode("latin-1", "replace"))


def _mount_slack(app: FastAPI, bot) -> None:
    """Slack's /slack/events. The signature is checked here first, so a bad timestamp is a 401 (not bolt's 500) and
    a rejected request is logged without its body (bolt logs the whole body at INFO); a signed body that is not a
    Slack payload gets 400."""
    from slack_bolt.adapter.fastapi import SlackRequestHandler
    from slack_bolt.request.internals import parse_body

    from retrieval.settings import secret_value

    handler = SlackRequestHandler(bot.app)
    secret = secret_value(bot.settings.slack_signing_secret)

    def rejected(status: int, reason: str, body: bytes, request: Request) -> JSONResponse:
        log.info(
            "slack request rejected",
            extra={
                "reason": reason,
                "status": status,
                "bytes": len(body),
                "client": request.client.host if request.client else None,
            },
        )
        return JSONResponse(status_code=status, content={"error": english("http_invalid") if status == 401 else reason})

    @app.post(SLACK_PATH, include_in_schema=False)
    async def slack_events(request: Request):
        body = await request.body()  # bounded by BodyLimit
        if secret:
            ts = request.headers.get("x-slack-request-timestamp", "")
            sig = request.headers.get("x-slack-signature", "")
            if not (ts.isascii() and ts.isdigit()):
                return rejected(401, english("slack_no_timestamp"), body, request)
            if abs(time.time() - int(ts)) > SLACK_MAX_AGE:
                return rejected(401, english("slack_stale"), body, request)
            if not _slack_signature_ok(secret, body, ts, sig):
                return rejected(401, english("slack_bad_signature"), body, request)
        try:
            payload = parse_body(
                body.decode("utf-8"), request.headers.get("content-type", "").split(";")[0].strip() or None
            )
            if not isinstance(payload, dict):
                raise ValueError("not an object")
        except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            return rejected(400, english("slack_malformed_body"), body, request)
        try:
            return await handler.handle(request)
        except Exception:  # noqa: BLE001 - a signed payload bolt cannot read: the sender's fault, never a trace
            ref = uuid.uuid4().hex[:8]
            log.warning("slack request not understood", extra={"ref": ref, "bytes": len(body)}, exc_info=True)
            return JSONResponse(status_code=400, content={"error": english("slack_malformed_payload"), "ref": ref})
