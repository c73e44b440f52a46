"""The HTTP API (FastAPI): /ask, /export, /draft, /draft.docx, /overview, /search, /documents, /healthz, and Slack's
/slack/events in HTTP mode."""

from __future__ import annotations

import logging
from collections import Counter

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, field_validator

from retrieval.answer import MAX_QUESTION
from retrieval.draft import MAX_NAME, DraftPoint
from retrieval.errors import PlansvarError, StoreError
from retrieval.service import Service
from retrieval.types import Citation

log = logging.getLogger(__name__)


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, Danish or English.", examples=["Which responses led to text changes?"])
    id: str | None = Field(None, description="Your id for the question; echoed in the answer.")
    context: str | None = Field(None, description="An earlier question this one follows up on (\"og hospitalerne?\").")
    show_all: bool = Field(False, description="Every row the question's filters match, even where a topic would narrow them.")

    @field_validator("question")
    @classmethod
    def _question(cls, v: str) -> str:
        v = " ".join((v or "").split())
        if not v:
            raise ValueError("the question is empty: ask e.g. 'Hvad sagde kommunerne om fasttilknyttede læger?'")
        if len(v) > MAX_QUESTION:
            raise ValueError(f"the question is {len(v)} characters long; the limit is {MAX_QUESTION}")
        return v


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
    return Response(content=data, media_type=MEDIA[suffix],
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


class DraftRequest(BaseModel):
    respondent: str = Field(..., description="The respondent's name; typos and acronyms are fine.", examples=["Gribskov Kommune"])
    lang: str = Field("da", pattern="^(da|en)$", description="Language of the staff notes; the letter is Danish.")

    @field_validator("respondent")
    @classmethod
    def _respondent(cls, v: str) -> str:
        v = " ".join((v or "").split())
        if not v:
            raise ValueError("the respondent is empty: give a name, e.g. 'Gribskov Kommune'")
        if len(v) > MAX_NAME:
            raise ValueError(f"the respondent's name is {len(v)} characters long; the limit is {MAX_NAME}")
        return v


class DraftOut(BaseModel):
    id: str | None
    request: str
    respondent: str | None
    respondent_type: str | None
    found: bool
    text: str = Field(..., description="The draft letter (Danish); [k] keys point into citations")
    points: list[DraftPoint]  # the dataclasses of retrieval/draft.py, as Citation is: one shape everywhere
    citations: list[Citation]
    suggestions: list[str] = Field(..., description="Closest respondent names when none matched")
    plan_in_index: bool
    polished: int


def create_app(service: Service | None = None, slack_bot=None) -> FastAPI:
    """The API around one Service. Slack's endpoint is mounted when a bot is given or the Slack settings are set."""
    svc = service or Service()
    app = FastAPI(
        title="plansvar",
        description="Answers about practice plans, sundhedsaftaler and høringssvar, with citations.",
        version="0.1.0",
    )
    app.state.service = svc

    @app.exception_handler(StoreError)
    def _store_error(request: Request, exc: StoreError):
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    @app.exception_handler(PlansvarError)
    def _plansvar_error(request: Request, exc: PlansvarError):
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    @app.post("/ask", response_model=AnswerOut, summary="Answer a question with citations")
    def ask(req: AskRequest) -> dict:
        return svc.answer(req.question, qid=req.id, context=req.context, show_all=req.show_all).to_dict()

    @app.post("/export", summary="An answer's items with their citations as a spreadsheet download (xlsx or csv)",
              response_class=Response, responses={200: {"content": {MEDIA["xlsx"]: {}, MEDIA["csv"]: {}}}})
    def export(req: ExportRequest) -> Response:
        from bot.exports import answer_sheets, write

        ans = svc.answer(req.question, qid=req.id, context=req.context, show_all=req.show_all)
        return _download(f"plansvar-{ans.id}.{req.format}", lambda p: write(p, answer_sheets(ans)))

    @app.post("/draft", response_model=DraftOut, summary="A draft reply to one respondent, point by point, with citations")
    def draft(req: DraftRequest) -> dict:
        return svc.draft(req.respondent, lang=req.lang).to_dict()

    @app.post("/draft.docx", summary="The draft reply as a Word document (404 with closest names when no respondent matches)",
              response_class=Response, responses={200: {"content": {MEDIA["docx"]: {}}}})
    def draft_docx(req: DraftRequest) -> Response:
        from bot.exports import draft_filename, write_draft

        d = svc.draft(req.respondent, lang=req.lang)
        if not d.found or not d.points:
            return JSONResponse(status_code=404, content={"detail": d.text, "suggestions": d.suggestions})
        return _download(draft_filename(d.respondent), lambda p: write_draft(p, d))

    @app.get("/search", summary="Records ranked for a text (hybrid: dense + BM25)")
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUESTION, description="Search text"),
               k: int = Query(10, ge=1, le=100)) -> list[dict]:
        if not q.strip():
            raise HTTPException(status_code=422, detail="q is empty")
        hits = svc.retriever.ranked(q, k=k)
        return [{"score": round(h.score, 5), "id": h.record.id, **Citation.from_record(h.record).to_dict()} for h in hits]

    @app.get("/documents", summary="The ingested documents")
    def documents() -> list[dict]:
        svc.retriever.warm_up()
        recs = svc.retriever.records
        counts = Counter(r.doc for r in recs)
        seen, out = set(), []
        for r in recs:
            if r.doc in seen:
                continue
            seen.add(r.doc)
            out.append({"doc": r.doc, "title": r.title, "kind": r.doc_kind or r.kind, "publisher": r.publisher,
                        "records": counts[r.doc]})
        return out

    @app.get("/overview", summary="Rows by respondent type × handling, by theme, and respondents without a response",
             responses={200: {"content": {"application/json": {}, MEDIA["xlsx"]: {}, MEDIA["csv"]: {}}}})
    def overview(format: str = Query("json", pattern="^(json|xlsx|csv)$", description="json, or a spreadsheet download")):
        from bot.exports import overview_sheets, write
        from retrieval.overview import build_overview

        svc.retriever.warm_up()
        ov = build_overview(svc.retriever.records)
        if format == "json":
            return ov.to_dict()
        return _download(f"oversigt-hoering.{format}", lambda p: write(p, overview_sheets(ov)))

    @app.get("/healthz", summary="Liveness and store check")
    def healthz() -> JSONResponse:
        try:
            svc.store.open_for_read(svc.embedder.id)
            n = svc.store.count()
        except Exception as e:  # noqa: BLE001 - health reports, never raises
            return JSONResponse(status_code=503, content={"status": "unavailable", "detail": str(e)})
        return JSONResponse({"status": "ok", "records": n, "store": svc.store.location, "embedder": svc.embedder.id})

    bot = slack_bot
    if bot is None and svc.settings.slack_bot_token and svc.settings.slack_signing_secret:
        from bot.slack_app import SlackBot

        bot = SlackBot(svc)
    if bot is not None:
        from slack_bolt.adapter.fastapi import SlackRequestHandler

        handler = SlackRequestHandler(bot.app)

        @app.post("/slack/events", include_in_schema=False)
        async def slack_events(request: Request):
            return await handler.handle(request)

    return app
