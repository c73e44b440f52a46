"""The web page, served by the API's app at `/` (`mount(app, svc)` in bot/api.py's create_app): ask (the answer as
on Slack, each citation opening its source with the quoted words marked, export, 👍/👎), browse the høringsnotat
with filters, a respondent's points, the overview with server-side SVG charts, and the draft reply (DOCX).

Server-rendered Jinja2 with autoescape on everywhere; document text is never marked safe: highlighting splits text
into (segment, marked) pairs that the templates escape. Every asset is in bot/static (no CDN, works offline). The
content comes from the Service (answer, draft, overview) and the writers of bot/exports.py; nothing is answered here."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError

from bot.web_text import EXAMPLES, LANGS, texts
from retrieval.errors import ConsultationUnknown, PlansvarError, StoreError
from retrieval.inputs import MAX_QUESTION
from retrieval.text import cite_parts, clean_text, prefix
from retrieval.types import HANDLINGS, RESPONDENT_TYPES, Citation, Record
from retrieval.vocab import EMPTY_HANDLING, handling_label
from retrieval.wording import say

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
LANG_COOKIE = "plansvar_lang"
PAGE_ROWS = 250  # rows per page of the browse table
MAX_HIGHLIGHT = 600  # characters of quoted words carried to a source page
# NOTE: no inline script or style anywhere, so the policy can forbid both: a second wall behind the escaping
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HANDLING_COLORS = {
    "aendring": "#007a5a",
    "delvist": "#56b4e9",
    "implementering": "#0060a8",
    "ingen_aendring": "#e69f00",
    "uden_for_rammerne": "#cc79a7",
    "intet_svar": "#6b6b6b",
    EMPTY_HANDLING: "#c8c8c8",
}

env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _records(svc) -> tuple[Record, ...]:
    """The index's records: the one place the web page reads them (warm after the first call)."""
    return svc.index().records


# --- small helpers -------------------------------------------------------------------------------------------------


def url(path: str, /, **params) -> str:
    """path?params, leaving out empty ones."""
    q = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(q, doseq=True)}" if q else path


env.globals["url"] = url


def fold(s: str | None) -> str:
    """Lower-case without accents, for free-text matching (æ, ø and å kept)."""
    s = unicodedata.normalize("NFC", (s or "").lower())
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) or c in "\u030a")


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "da"
    return lang if lang in LANGS else "da"


def _param(request: Request, name: str, limit: int = 200) -> str:
    """A query parameter, cleaned and cut to a sane length (filters are values from lists, not prose)."""
    return prefix(clean_text(request.query_params.get(name) or ""), limit).strip()


def _render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
    lang = ctx.pop("lang", None) or _lang(request)
    other = "en" if lang == "da" else "da"
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    body = env.get_template(template).render(
        t=texts(lang),
        lang=lang,
        other=other,
        path=request.url.path,
        other_url=url(request.url.path, **query, lang=other),
        **ctx,
    )
    resp = HTMLResponse(body, status_code=status)
    _secure(resp)
    if request.query_params.get("lang") in LANGS:
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return resp


def _secure(resp: Response) -> Response:
    resp.headers["content-security-policy"] = CSP
    resp.headers["x-content-type-options"] = "nosniff"
    resp.headers["referrer-policy"] = "same-origin"
    return resp


def _error(request: Request, message: str, status: int, heading_key: str = "error_heading", **ctx) -> HTMLResponse:
    return _render(request, "error.html", status=status, message=message, heading_key=heading_key, **ctx)


def _store_error(request: Request, exc: StoreError) -> HTMLResponse:
    """The store's public text (never a path); the details in the server log under a reference."""
    ref = uuid.uuid4().hex[:8]
    log.warning("index unavailable (web page)", extra={"ref": ref, "state": exc.state, "reason": str(exc)})
    return _error(request, exc.public, 503, heading_key="store_error", ref=ref)


def _question_error(exc: ValidationError, lang: str = "da") -> str:
    """The message for a bad question, name or context (bot/api.py's validators): a typed input error gets the reply
    Slack gives it, in the page's language (bot/messages.py); anything else the API's own message."""
    from bot.messages import error_reply

    e = exc.errors()[0]
    err = (e.get("ctx") or {}).get("error")
    reply = error_reply(err, lang) if isinstance(err, Exception) else None
    if reply:
        return re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"\1", reply)  # Slack's _italics_ markers: plain text on the page
    return str(err or e.get("msg"))


# --- citations and highlighting ------------------------------------------------------------------------------------

_KEY = re.compile(r"\[(\d+)\]")


def _cite_key(c: Citation | Record) -> tuple:
    return (c.doc, c.line_start, c.line_end, c.respondent, c.letter, c.section, c.page)


_index_state: tuple = (None, {})  # (the records list the index was built from, the index)


def _index(svc) -> dict:
    """id -> record and citation -> record id, built once per loaded index (the list itself is kept, so a new
    index is never mistaken for the old one). Swapped in one assignment: safe for concurrent requests."""
    global _index_state
    recs = _records(svc)
    built_from, index = _index_state
    if built_from is not recs:
        by_key: dict[tuple, str] = {}
        by_text: dict[tuple, str] = {}
        for r in recs:
            by_key.setdefault(_cite_key(r), r.id)
            by_text.setdefault((r.doc, r.text), r.id)
        index = {"by_id": {r.id: r for r in recs}, "by_key": by_key, "by_text": by_text}
        _index_state = (recs, index)
    return index


def _record_id(svc, c: Citation) -> str | None:
    idx = _index(svc)
    return idx["by_text"].get((c.doc, c.text)) or idx["by_key"].get(_cite_key(c))


def cite_line(c: Citation, lang: str) -> str:
    """respondent · point · handling · page · lines · document, as Slack's citation lines (retrieval/text.py)."""
    return " · ".join(cite_parts(c, lang))


def _fragments(quoted: str) -> list[str]:
    """The pieces of an answer's item that the source should hold: split at ellipses, dashes, guillemets, keys and
    sentence ends; labels such as "Håndtering:" dropped; pieces shorter than three words left out."""
    text = _KEY.sub(" ", quoted or "")
    text = re.sub(r"^\s*(?:[a-zæøå]{1,2}\)|Bemærkning(?: [a-zæøå]{1,2}\))?)\s*", "", text, flags=re.I)
    pieces = re.split(r"\s*(?:…|\.\.\.|\s—\s|\s–\s|«|»|“|”|\"|\(…\)|\n)\s*|(?<=[.!?;:])\s+(?=[A-ZÆØÅ])", text)
    out = []
    for p in pieces:
        p = re.sub(
            r"^(?:Håndtering|Handling|Tekstændring|Text change|Kommentar|Comment)\s*:\s*", "", p.strip(), flags=re.I
        )
        p = p.strip(" .,;:()[]")
        if len(p.split()) >= 3:
            out.append(p)
    return out


def highlight(text: str | None, quoted: list[str]) -> list[tuple[str, bool]]:
    """text as (segment, marked) pairs: marked where a quoted fragment occurs (case and spacing ignored). The
    template escapes every segment; nothing here is markup."""
    text = text or ""
    spans = []
    for frag in quoted:
        words = frag.split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        for m in re.finditer(pattern, text, flags=re.I):
            spans.append((m.start(), m.end()))
    if not spans:
        return [(text, False)] if text else []
    spans.sort()
    merged = [list(spans[0])]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _parts(line: str, n_cites: int) -> tuple[list[tuple[str, int | None]], list[int]]:
    """A line as (text, None) and (key text, k) pieces, and the valid keys it cites."""
    parts, keys, pos = [], [], 0
    for m in _KEY.finditer(line):
        k = int(m.group(1))
        if not 1 <= k <= n_cites:
            continue
        if m.start() > pos:
            parts.append((line[pos : m.start()], None))
        parts.append((m.group(0), k))
        keys.append(k)
        pos = m.end()
    if pos < len(line):
        parts.append((line[pos:], None))
    return parts, keys


def _lines(text: str, n_cites: int, headings: re.Pattern | None = None) -> list[dict]:
    """An answer's or a letter's lines for the template: kind (lead, head, item, text, gap), parts, keys, indent."""
    out = []
    for i, raw in enumerate(text.split("\n")):
        if not raw.strip():
            if out and out[-1]["kind"] != "gap":
                out.append({"kind": "gap"})
            continue
        line = raw.rstrip()
        parts, keys = _parts(line.strip(), n_cites)
        indent = len(line) - len(line.lstrip())
        if headings is not None and headings.match(line):
            kind = "head"
        elif i == 0:
            kind = "lead"
        elif keys:
            kind = "item"
        elif re.fullmatch(r"[^\s].{1,150}:", line) and "[" not in line:
            kind = "head"
        else:
            kind = "text"
        out.append(
            {
                "kind": kind,
                "parts": parts,
                "keys": keys,
                "indent": min(indent // 2, 4),
                "plain": _KEY.sub("", line).strip(),
            }
        )
    return out


def _citations(svc, cites: list[Citation], lines: list[dict], t: dict) -> list[dict]:
    """Each citation with its line, its source link (the quoted words carried along) and its fields."""
    quoted: dict[int, list[str]] = {}
    for ln in lines:
        for k in ln.get("keys", ()):
            quoted.setdefault(k, []).append(ln["plain"])
    out = []
    for k, c in enumerate(cites, start=1):
        rid = _record_id(svc, c)
        hl = prefix(" … ".join(quoted.get(k, [])), MAX_HIGHLIGHT)
        out.append(
            {"k": k, "c": c, "line": cite_line(c, t["lang"]), "href": url("/source", id=rid, hl=hl) if rid else None}
        )
    return out


# --- the pages -----------------------------------------------------------------------------------------------------


def mount(app: FastAPI, svc) -> None:
    """The web page's routes and /static on the app (bot/api.py create_app)."""
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _pages(app, svc)


def _feedback_store(svc):
    from bot.feedback import FeedbackStore
    from bot.slack_app import feedback_path  # the one store of answers and 👍/👎 that `plansvar feedback` lists

    cached = getattr(svc, "_web_feedback", None)
    if cached is None or cached.path != feedback_path(svc.settings):
        cached = FeedbackStore(feedback_path(svc.settings))
        svc._web_feedback = cached
    return cached


def _pages(app: FastAPI, svc) -> None:
    """The pages, as routes of the app itself (not an included APIRouter: in this FastAPI an included router is one
    route object without a path, which code that lists app.routes by path does not expect)."""
    get = functools.partial(app.get, include_in_schema=False)
    post = functools.partial(app.post, include_in_schema=False)

    @get("/", response_class=HTMLResponse)
    def ask_page(request: Request):
        from bot.api import AskRequest

        t = texts(_lang(request))
        raw = request.query_params.get("q")
        context = request.query_params.get("context") or None
        show_all = request.query_params.get("all") in ("1", "true", "on")
        ctx = {
            "q": raw or "",
            "context": context or "",
            "examples": EXAMPLES,
            "fb": request.query_params.get("fb"),
            "request_all": "1" if show_all else "",
        }
        if raw is None:
            return _render(request, "ask.html", **ctx)
        try:
            req = AskRequest(question=raw, context=context, show_all=show_all)
        except ValidationError as e:
            return _render(request, "ask.html", status=422, error=_question_error(e, _lang(request)), **ctx)
        try:
            qid = uuid.uuid4().hex[:12]
            reply = svc.respond(req.question, qid=qid, context=req.context, show_all=req.show_all)
        except StoreError as e:
            return _store_error(request, e)
        except PlansvarError as e:
            return _render(request, "ask.html", status=400, error=prefix(str(e), 500), **ctx)
        if reply.kind == "draft":  # "Udkast til svar til Gribskov": the draft's own page
            name = reply.draft.respondent if reply.draft is not None and reply.draft.found else reply.subject
            return RedirectResponse(url("/reply", respondent=name), status_code=303)
        if reply.kind == "overview":  # "oversigt": the overview page with its charts
            return RedirectResponse("/summary", status_code=303)
        ans = reply.answer
        try:
            _feedback_store(svc).save_answer(ans, "web", None, None)
        except Exception:  # noqa: BLE001 - the answer stands without its feedback record
            log.warning("web answer not stored for feedback", exc_info=True)
            ans.id = None
        lines = _lines(ans.answer, len(ans.citations))
        narrowed = bool(ans.matched_filters and ans.returned is not None and ans.returned < ans.matched_filters)
        return _render(
            request,
            "ask.html",
            ans=ans,
            lines=lines,
            narrowed=narrowed,
            cites=_citations(svc, ans.citations, lines, t),
            exportable=ans.found and len(ans.citations) >= 2,
            **ctx,
        )

    @get("/answer.{fmt}")
    def export(request: Request, fmt: str):
        from bot.api import AskRequest, _download
        from bot.exports import answer_sheets, write

        if fmt not in ("xlsx", "csv"):
            return _error(request, texts(_lang(request))["not_found_page"], 404)
        try:
            req = AskRequest(
                question=request.query_params.get("q") or "",
                context=request.query_params.get("context"),
                show_all=request.query_params.get("all") in ("1", "true", "on"),
            )
        except ValidationError as e:
            return _error(request, _question_error(e, _lang(request)), 422, heading_key="bad_question")
        try:
            ans = svc.answer(req.question, context=req.context, show_all=req.show_all)
        except StoreError as e:
            return _store_error(request, e)
        except PlansvarError as e:
            return _error(request, prefix(str(e), 500), 400)
        return _download(f"plansvar-{ans.id}.{fmt}", lambda p: write(p, answer_sheets(ans)))

    @post("/feedback")
    async def feedback(request: Request):
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}
        value, answer_id = form.get("value", ""), prefix(form.get("answer_id", ""), 40)
        # NOTE: back to the answer's page, rebuilt from its parameters: never a client's URL (no open redirect)
        asked = parse_qs((form.get("back") or "").partition("?")[2])
        back = url("/", **{k: prefix(asked[k][0], MAX_QUESTION) for k in ("q", "context", "all") if k in asked})
        t = texts(_lang(request))
        store = _feedback_store(svc)
        ok = value in ("up", "down") and store.get_answer(answer_id) is not None
        if ok:
            store.add_feedback(answer_id, "web", value, "web")
            log.info("feedback", extra={"answer_id": answer_id, "value": value, "channel": "web"})
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse(
                {"ok": ok, "message": t["feedback_thanks" if ok else "feedback_gone"]}, status_code=200 if ok else 404
            )
        sep = "&" if "?" in back else "?"
        return RedirectResponse(f"{back}{sep}fb={'ok' if ok else 'gone'}", status_code=303)

    @get("/source", response_class=HTMLResponse)
    def source(request: Request):
        t = texts(_lang(request))
        try:
            rec = _index(svc)["by_id"].get(request.query_params.get("id") or "")
        except StoreError as e:
            return _store_error(request, e)
        if rec is None:
            return _error(request, t["not_found_page"], 404)
        quoted = _fragments(request.query_params.get("hl") or "")[:20]
        fields = _row_fields(rec, t, _lang(request), quoted) if rec.is_row else []
        return _render(
            request,
            "source.html",
            rec=rec,
            fields=fields,
            marked=bool(quoted),
            body=highlight(rec.text, quoted) if not rec.is_row else [],
        )

    @get("/browse", response_class=HTMLResponse)
    def browse(request: Request):
        lang = _lang(request)
        t = texts(lang)
        try:
            rows = [x for x in _records(svc) if x.is_row]
        except StoreError as e:
            return _store_error(request, e)
        f = {k: _param(request, k) for k in ("consultation", "respondent", "type", "theme", "handling", "q")}
        if f["consultation"]:
            found = svc.index().find_consultation(f["consultation"])
            if found is None:
                titles = "; ".join(c.title for c in svc.index().consultations)
                return _error(request, t["unknown_consultation"].format(x=f["consultation"], titles=titles), 404)
            f["consultation"] = found.title
        shown = _filter_rows(rows, f)
        try:
            page = max(1, int(request.query_params.get("page") or 1))
        except ValueError:
            page = 1
        pages = max(1, -(-len(shown) // PAGE_ROWS))
        page = min(page, pages)
        start = (page - 1) * PAGE_ROWS
        counts = {h: 0 for h in (*HANDLINGS, EMPTY_HANDLING)}
        for x in shown:
            counts[x.handling or EMPTY_HANDLING] = counts.get(x.handling or EMPTY_HANDLING, 0) + 1
        options = _options(rows, lang, t)
        return _render(
            request,
            "browse.html",
            rows=[_row_view(x, t, lang) for x in shown[start : start + PAGE_ROWS]],
            n=len(shown),
            total=len(rows),
            f=f,
            options=options,
            page=page,
            pages=pages,
            first=start + 1,
            last=min(start + PAGE_ROWS, len(shown)),
            counts=[(h, _handling_short(h, lang, t), n) for h, n in counts.items() if n],
            colors=HANDLING_COLORS,
        )

    @get("/respondent", response_class=HTMLResponse)
    def respondent(request: Request):
        lang = _lang(request)
        t = texts(lang)
        name = _param(request, "name")
        try:
            rows = [x for x in _records(svc) if x.is_row]
            exact = [x for x in rows if x.respondent == name]
            if not exact and name:
                found, suggestions, _why = svc.drafter.resolve(name)
                if found is not None:
                    return RedirectResponse(url("/respondent", name=found.name), status_code=303)
            else:
                suggestions = []
        except StoreError as e:
            return _store_error(request, e)
        if not exact:
            msg = t["unknown_respondent"].format(x=name) if name else t["not_found_page"]
            return _error(request, msg, 404, suggestions=suggestions)
        return _render(
            request,
            "respondent.html",
            name=name,
            rtype=exact[0].respondent_type,
            rows=[_row_view(x, t, lang) for x in sorted(exact, key=lambda x: (x.doc, x.position))],
        )

    def _overview(request: Request, lang: str):
        """The Overview of the current index (of one consultation with ?consultation=), or the page that says why
        the index cannot be used."""
        try:
            return svc.overview(lang=lang, consultation=_param(request, "consultation") or None)[1]
        except StoreError as e:
            return _store_error(request, e)
        except ConsultationUnknown as e:
            return _error(request, str(e), 404)

    @get("/summary", response_class=HTMLResponse)
    def summary(request: Request):
        lang = _lang(request)
        t = texts(lang)
        ov = _overview(request, lang)
        if isinstance(ov, Response):
            return ov
        return _render(
            request,
            "overview.html",
            ov=ov,
            charts=_charts(ov, lang, t),
            colors=HANDLING_COLORS,
            handlings=[(h, _handling_name(h, lang, t)) for h in _ov_handlings(ov)],
            type_name=lambda c: _type_name(c, lang),
        )

    @get("/summary/{which}.svg")
    def chart_svg(request: Request, which: str):
        lang = _lang(request)
        t = texts(lang)
        ov = _overview(request, lang)
        if isinstance(ov, Response):
            return ov
        charts = _charts(ov, lang, t)
        if which not in charts:
            return _error(request, t["not_found_page"], 404)
        svg = env.get_template("chart.svg").render(chart=charts[which], standalone=True)
        return _secure(Response(svg, media_type="image/svg+xml"))

    @get("/reply", response_class=HTMLResponse)
    def reply(request: Request):
        from bot.api import DraftRequest

        lang = _lang(request)
        t = texts(lang)
        name = request.query_params.get("respondent")
        if name is None:
            return _render(request, "draft.html", d=None, name="")
        try:
            req = DraftRequest(respondent=name, lang=lang, consultation=_param(request, "consultation") or None)
            d = svc.draft(req.respondent, lang=req.lang, consultation=req.consultation)
        except ValidationError as e:
            return _render(
                request, "draft.html", status=422, d=None, name=name, error=_question_error(e, _lang(request))
            )
        except ConsultationUnknown as e:
            return _render(request, "draft.html", status=404, d=None, name=name, error=str(e))
        except StoreError as e:
            return _store_error(request, e)
        # the letter is rendered from its parts (d.body); the sources per point as lines with their keys, each
        # followed by its citation (the first line is the section's heading)
        lines = _lines("\n".join([say("draft_sources", lang), *d.source_lines]), len(d.citations))
        return _render(
            request,
            "draft.html",
            d=d,
            name=d.respondent or name,
            lines=lines,
            note=d.note.split("\n") if d.note else [],
            status=200 if d.found else 404,
            # a source link marks the point's summary in its row
            cites=_citations(svc, d.citations, [{"keys": [p.cite], "plain": p.summary} for p in d.points], t),
        )

    @get("/reply.docx")
    def reply_docx(request: Request):
        from bot.api import DraftRequest, _download
        from bot.exports import draft_filename, write_draft

        lang = _lang(request)
        try:
            req = DraftRequest(
                respondent=request.query_params.get("respondent") or "",
                lang=lang,
                consultation=_param(request, "consultation") or None,
            )
            d = svc.draft(req.respondent, lang=req.lang, consultation=req.consultation)
        except ValidationError as e:
            return _error(request, _question_error(e, _lang(request)), 422)
        except ConsultationUnknown as e:
            return _error(request, str(e), 404)
        except StoreError as e:
            return _store_error(request, e)
        if not d.found or not d.points:
            return _error(request, d.text, 404, suggestions=d.suggestions or ([d.respondent] if d.choices else []))
        return _download(draft_filename(d.respondent), lambda p: write_draft(p, d))


# --- rows: filters and views ---------------------------------------------------------------------------------------


def _handling_name(code: str | None, lang: str, t: dict) -> str:
    return t["empty_handling"] if code in (EMPTY_HANDLING, None) else handling_label(code, lang)


def _handling_short(code: str | None, lang: str, t: dict) -> str:
    """The overview's short name of a handling value ("ændring", "no change")."""
    from retrieval.vocab import HANDLINGS as TERMS
    from retrieval.vocab import Handling

    try:
        return TERMS[Handling(code)].short(lang)
    except ValueError:
        return t["empty_handling"]


def _type_name(code: str | None, lang: str) -> str:
    from retrieval.vocab import RESPONDENT_TYPES as TERMS
    from retrieval.vocab import RespondentType

    try:
        return TERMS[RespondentType(code)].short(lang)
    except ValueError:
        return code or "?"


def _filter_rows(rows: list[Record], f: dict) -> list[Record]:
    words = fold(f["q"]).split()
    out = []
    for x in rows:
        if f.get("consultation") and x.consultation != f["consultation"]:
            continue
        if f["respondent"] and x.respondent != f["respondent"]:
            continue
        if f["type"] and x.respondent_type != f["type"]:
            continue
        if f["theme"] and (x.theme or "") != f["theme"]:
            continue
        if f["handling"] and (x.handling or EMPTY_HANDLING) != f["handling"]:
            continue
        if words:
            hay = fold(
                " ".join(
                    p or ""
                    for p in (
                        x.respondent,
                        x.theme,
                        x.letter,
                        x.summary,
                        x.handling_raw,
                        x.text_change,
                        x.quote,
                        x.text,
                    )
                )
            )
            if not all(w in hay for w in words):
                continue
        out.append(x)
    return out


def _options(rows: list[Record], lang: str, t: dict) -> dict:
    respondents = list(dict.fromkeys(x.respondent for x in rows if x.respondent))
    types = [c for c in RESPONDENT_TYPES if any(x.respondent_type == c for x in rows)]
    types += sorted({x.respondent_type for x in rows if x.respondent_type and x.respondent_type not in types})
    themes = list(dict.fromkeys(x.theme for x in rows if x.theme))
    handlings = [h for h in (*HANDLINGS, EMPTY_HANDLING) if any((x.handling or EMPTY_HANDLING) == h for x in rows)]
    consultations = list(dict.fromkeys(x.consultation for x in rows if x.consultation))
    return {
        "consultation": [(n, n) for n in consultations] if len(consultations) > 1 else [],
        "respondent": [(n, n) for n in respondents],
        "type": [(c, _type_name(c, lang)) for c in types],
        "theme": [(n, n) for n in themes],
        "handling": [(h, _handling_short(h, lang, t)) for h in handlings],
    }


def _row_view(x: Record, t: dict, lang: str) -> dict:
    return {
        "id": x.id,
        "respondent": x.respondent,
        "type": _type_name(x.respondent_type, lang),
        "letter": x.letter,
        "is_remark": x.is_remark,
        "theme": x.theme,
        "consultation": x.consultation,
        "summary": x.summary or x.text,
        "handling": x.handling or EMPTY_HANDLING,
        "handling_name": _handling_name(x.handling, lang, t),
        "handling_short": _handling_short(x.handling, lang, t),
        "handling_raw": x.handling_raw,
        "refers_to": x.refers_to,
        "comment": x.text_change,
        "quote": x.quote,
        "quote_pages": ", ".join(str(p) for p in x.quote_pages or []),
        "page": x.page,
        "lines": f"{x.line_start}-{x.line_end}" if x.line_start else None,
        "doc": x.title or x.doc,  # shown to people: the document's title, never its file name
    }


def _row_fields(x: Record, t: dict, lang: str, marks: list[str]) -> list[dict]:
    """A row's fields for its page, each as highlighted segments."""
    handling = _handling_name(x.handling, lang, t)
    if x.handling_raw and x.handling_raw.strip().rstrip(".") != handling.rstrip("."):
        handling += f" ({t['handling_raw']}: {x.handling_raw})"
    if x.refers_to:
        handling += " · " + t["refers_to"].format(x=x.refers_to)
    out = [("summary", x.summary or x.text), ("handling", handling), ("comment", x.text_change), ("quote", x.quote)]
    return [{"key": k, "label": t[k], "segments": highlight(v, marks)} for k, v in out if v]


# --- the overview's charts -----------------------------------------------------------------------------------------


def _ov_handlings(ov) -> list[str]:
    return [
        h for h in next(iter(ov.by_type_handling.values()), {}) if any(c.get(h) for c in ov.by_type_handling.values())
    ]


def _charts(ov, lang: str, t: dict) -> dict:
    """Geometry of the two bar charts (viewBox units); chart.svg draws them. Labels sit above their bars so that the
    chart stays readable when a phone shrinks it."""
    handlings = _ov_handlings(ov)
    types = [
        (_type_name(c, lang), [(h, counts.get(h, 0)) for h in handlings]) for c, counts in ov.by_type_handling.items()
    ]
    themes = [(theme if theme != "(uden tema)" else t["no_theme"], [("theme", n)]) for theme, n in ov.by_theme.items()]
    names = {h: _handling_short(h, lang, t) for h in handlings} | {"theme": t["points"]}
    totals = {h: sum(c.get(h, 0) for c in ov.by_type_handling.values()) for h in handlings}
    legend = [(f"{names[h]} ({totals[h]})", HANDLING_COLORS.get(h, "#888")) for h in handlings]
    return {
        "types": _bars("types", t["chart_types"], t["chart_types_desc"], types, legend, names),
        "themes": _bars("themes", t["chart_themes"], t["chart_themes_desc"], themes, [], names),
    }


def _bars(
    name: str, title: str, desc: str, rows: list[tuple[str, list[tuple[str, int]]]], legend: list, names: dict
) -> dict:
    # NOTE: 360 units wide: about 1:1 on a phone (text at its set size), 1.3:1 in the page's column on a desktop
    width, left, right, label_h, bar_h, gap = 360, 4, 40, 17, 18, 12
    top = 8
    legend_items, x, y = [], left, top
    for label, color in legend:
        w = 22 + 7 * len(label)
        if x + w > width - 4 and x > left:
            x, y = left, y + 20
        legend_items.append({"x": x, "y": y, "label": label, "color": color})
        x += w + 12
    top = (y + 28) if legend else top
    most = max((sum(n for _s, n in segs) for _l, segs in rows), default=0) or 1
    scale = (width - left - right) / most
    bars = []
    y = top
    for label, segs in rows:
        total = sum(n for _s, n in segs)
        x = left
        pieces = []
        for series, n in segs:
            if n:
                w = n * scale
                pieces.append(
                    {
                        "x": round(x, 1),
                        "w": round(w, 1),
                        "n": n,
                        "series": series,
                        "series_name": names.get(series, series),
                        "color": HANDLING_COLORS.get(series, "#2b6cb0"),
                        "dark": series in ("aendring", "implementering", "intet_svar"),
                        "show": w >= 18,
                    }
                )
                x += w
        short = label if len(label) <= 46 else label[:44] + "…"
        bars.append(
            {
                "label": short,
                "full": label,
                "y": y,
                "label_y": y + 13,
                "bar_y": y + label_h,
                "h": bar_h,
                "total": total,
                "total_x": round(x + 5, 1),
                "pieces": pieces,
            }
        )
        y += label_h + bar_h + gap
    return {
        "name": name,
        "title": title,
        "desc": desc,
        "width": width,
        "height": y,
        "bars": bars,
        "legend": legend_items,
    }
