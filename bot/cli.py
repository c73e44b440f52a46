"""plansvar: the command line. Subcommands mirror the pipeline: parse, ingest, stats, search, ask, eval."""

from __future__ import annotations

import argparse
import json
import re
import os
import sys
import time
from pathlib import Path

from bot.exports import cite
from bot.messages import english, msg
from retrieval.errors import (
    ConfigError,
    FileMissing,
    PlansvarError,
    QuestionFileInvalid,
    SplitEmpty,
    StoreEmpty,
    TooFew,
    UsageError,
)
from retrieval.text import from_os, prefix
from retrieval.vocab import EMPTY_HANDLING

EPILOG = """examples:
  plansvar ingest                         # the bundled corpus (data/corpus) into .plansvar/
  plansvar ingest notater/ ny-plan.pdf    # any folders and files
  plansvar parse data/corpus/region-hovedstaden-hoeringsnotat-praksisplan.txt --json
  plansvar stats
  plansvar ask "Hvad sagde kommunerne om fasttilknyttede læger?"
  plansvar draft "Gribskov Kommune" --out udkast.docx
  plansvar overview --out oversigt.xlsx
  plansvar eval data/eval/dev_questions.json
"""


def _settings():
    from pydantic import ValidationError

    from retrieval.settings import Settings

    try:
        return Settings()
    except ValidationError as e:
        msgs = "; ".join(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in e.errors())
        raise ConfigError(english("cli_invalid_config", errors=msgs)) from None


def _store_and_embedder(settings):
    from retrieval.search.embedders import make_embedder
    from retrieval.search.store import make_store

    return make_store(settings), make_embedder(settings.embedding_model)


def cmd_parse(args, settings) -> int:
    from ingest.notes import FileNotes
    from ingest.pipeline import Manifest, parse_file

    path = Path(args.file)
    if not path.is_file():
        raise FileMissing(path)
    notes = FileNotes()
    recs = parse_file(
        path,
        Manifest.for_paths([path]).get(path.name),
        notes=notes,
        max_file_mb=settings.max_file_mb,
        max_records=settings.max_records_per_file,
    )
    if args.score:
        from ingest.rowscore import score_rows

        gold = json.loads(Path(args.score).read_text(encoding="utf-8"))
        rows = gold["rows"] if isinstance(gold, dict) else gold
        limit = max(r["line_start"] for r in rows) + 1 if args.only_gold_part else None
        s = score_rows([r.to_dict() for r in recs], rows, max_line=limit)
        print(
            json.dumps(
                {
                    "rows": len(recs),
                    "row_precision": round(s.precision, 4),
                    "row_recall": round(s.recall, 4),
                    "row_f1": round(s.f1, 4),
                    "field_accuracy": round(s.field_accuracy, 4),
                    "per_field": {k: round(v, 4) for k, v in s.per_field.items()},
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if args.json:
        print(json.dumps([r.to_dict() for r in recs], ensure_ascii=False, indent=1))
    else:
        print_notes(path.name, notes)
        for r in recs:
            where = f"l. {r.line_start}-{r.line_end}" + (f", s. {r.page}" if r.page else "")
            label = r.section or ""
            print(f"[{r.kind}] {label} ({where})")
            print("   " + (r.summary or r.text).replace("\n", " ")[:160])
        print(f"{len(recs)} records from {path.name}", file=sys.stderr)
    return 0


def print_notes(name: str, notes, out=None) -> None:
    """What a file's parse found: layout, tables and rows, each table's column mapping and why, odd cells."""
    out = out or sys.stdout
    print(
        f"{name}: layout {notes.layout or '-'}; tables {notes.tables}, table rows {notes.table_rows}; "
        f"høringsnotat rows {notes.hoeringsnotat_rows}"
        + (
            f" (points {notes.points}, parties {notes.parties}, outcomes {notes.outcomes})"
            if notes.hoeringsnotat_rows
            else ""
        ),
        file=out,
    )
    for m in notes.mappings:
        verdict = "høringsnotat" if m["hoeringsnotat"] else f"plain table ({m.get('why_not') or 'not a høringsnotat'})"
        print(f"  {m['table']} ({m['rows']} rows): {verdict}", file=out)
        for line in m["columns"]:
            print(f"    {line}", file=out)
    if notes.unplaced:
        print(
            '  handling cells not placed (map them in manifest.json "handling_map"): '
            + "; ".join(f"{k!r} ×{v}" for k, v in notes.unplaced.most_common()),
            file=out,
        )
    if notes.by_meaning:
        print(
            "  handling placed by meaning: " + "; ".join(f"{k} ×{v}" for k, v in notes.by_meaning.most_common()),
            file=out,
        )
    if notes.by_model:
        print(
            "  outcome read by the reply model: " + "; ".join(f"{k} ×{v}" for k, v in notes.by_model.most_common()),
            file=out,
        )
    for w in notes.warnings:
        print(f"  warning: {w}", file=out)


def _bar(total: int, desc: str, enabled: bool):
    """A progress bar on stderr (only on a terminal, and only once something is done)."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit="phrase",
        file=sys.stderr,
        disable=not enabled or not sys.stderr.isatty(),
        delay=0.5,
    )


def cmd_ingest(args, settings) -> int:
    from ingest.pipeline import ingest
    from retrieval.reading.query import reader_phrasings
    from retrieval.search.embedders import CACHE_FILE, CachedEmbedder, PhraseVectors

    paths = [Path(p) for p in args.paths] or [settings.corpus]
    store, embedder = _store_and_embedder(settings)
    embedder = CachedEmbedder(embedder, Path(settings.store) / CACHE_FILE)
    report = ingest(
        paths,
        store,
        embedder,
        batch=settings.embed_batch,
        progress=not args.quiet,
        max_file_mb=settings.max_file_mb,
        max_records=settings.max_records_per_file,
    )
    if report.ok:
        # the question reader's phrasings, embedded once here, so that `plansvar ask` and `serve` start in seconds
        _texts = reader_phrasings()[1]
        with _bar(len(_texts), "preparing the question reader", not args.quiet) as bar:
            PhraseVectors(embedder.path).vectors(embedder, _texts, progress=lambda done, total: bar.update(1))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(f"Store: {store.location} (collection {settings.collection}, embedder {embedder.id})")
        print(
            f"Documents: {report.documents}  (new or changed: {len(report.ingested)}, unchanged: "
            f"{len(report.unchanged)}, removed: {len(report.removed)}, failed: {len(report.failed)})"
        )
        print(
            f"Records: {report.records}  by kind: "
            + ", ".join(f"{_kind_word(k)} {v}" for k, v in sorted(report.records_by_kind.items()))
        )
        if report.rows_by_handling:
            print(
                "Rows by handling: "
                + ", ".join(f"{_handling_word(k)} {v}" for k, v in report.rows_by_handling.most_common())
            )
        _print_consultations(store)
        for doc, notes in report.files.items():
            if notes.tables or notes.hoeringsnotat_rows or notes.warnings or notes.unplaced:
                print_notes(doc, notes)
        for f in report.failed:
            print(f"FAILED  {f.path}: {f.reason}")
        for f in report.skipped:
            print(f"skipped {f.path}: {f.reason}")
        print(f"Time: {report.seconds:.1f} s")
    if not report.ok:
        print(
            english("cli_nothing_ingested" if report.failed or report.skipped else "cli_no_documents"), file=sys.stderr
        )
        return 1
    return 0


def cmd_stats(args, settings) -> int:
    from collections import Counter

    store, embedder = _store_and_embedder(settings)
    if not store.exists():
        raise StoreEmpty.at(store.location)
    recs = store.all_records()
    docs = Counter(r.doc for r in recs)
    info = {
        "store": store.location,
        "collection": settings.collection,
        "embedder": store.embedder_id(),
        "configured_embedder": embedder.id,
        "records": len(recs),
        "documents": {d: n for d, n in sorted(docs.items())},
        "records_by_kind": dict(Counter(r.kind for r in recs)),
        "rows_by_handling": dict(Counter(r.handling or EMPTY_HANDLING for r in recs if r.is_row)),
        "rows_by_respondent_type": dict(Counter(r.respondent_type for r in recs if r.is_row)),
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        for k, v in info.items():
            if k == "rows_by_handling":
                v = {_handling_word(h): n for h, n in v.items()}
            print(f"{k}: {v}")
    return 0


def _print_consultations(store) -> None:
    """One line per consultation the store now holds: what a question can name, and what was read for each."""
    from retrieval.search.consultations import collect, place_letters

    records = store.all_records()
    found = collect(records)
    place_letters(records, found, sorted({r.respondent for r in records if r.is_row and r.respondent}))
    for c in found:
        letters = f"; letters from {', '.join(c.letter_parties)}" if c.letter_parties else ""
        print(
            f"Consultation: {c.title} ({c.date or 'no date found'}): {c.points} points from {len(c.parties)} parties, "
            f"{len(c.silent)} did not respond{letters}"
        )
    loose = sorted({r.doc for r in records if r.is_letter and not r.consultation})
    if loose:
        print(f"Letters not placed in a consultation (name it in manifest.json): {', '.join(loose)}")


def _kind_word(code: str) -> str:
    """A document kind as people read it ("høringsnotat", not "hoeringsnotat")."""
    from retrieval.vocab import KINDS, Kind

    try:
        return KINDS[Kind(code)].label("da")
    except ValueError:
        return code


def _handling_word(code: str) -> str:
    """A handling value as people read it in a summary line ("ingen ændring", "tom" for an empty cell)."""
    from retrieval.text import handling_words

    return handling_words(code, "da")


def cmd_search(args, settings) -> int:
    from retrieval import inputs
    from retrieval.service import Service

    if args.k < 1:
        raise TooFew("-k", args.k, 1)
    svc = Service(settings)
    hits = svc.retriever.ranked(inputs.question(from_os(args.question)), k=args.k)
    if args.json:
        print(
            json.dumps([{"score": round(h.score, 4), **h.record.to_dict()} for h in hits], ensure_ascii=False, indent=1)
        )
        return 0
    print(f"? {args.question}")
    for h in hits:
        print(f"  {h.score:.3f}  {cite(h.record)}")
        print("         " + (h.record.summary or h.record.text).replace("\n", " ")[:150])
    return 0


def _load_questions(path: str, strict: bool = True) -> list:
    """The entries of an eval-format file. strict: every entry must be an object with a question (eval needs them
    all); otherwise bad entries are left for the caller to report one by one."""
    p = Path(path)
    if not p.is_file():
        raise FileMissing(p)
    try:
        # NOTE: bytes that are not UTF-8 are kept (surrogateescape) and read as Windows-1252 per question (from_os)
        data = json.loads(p.read_bytes().decode("utf-8", "surrogateescape"))
    except ValueError as e:
        raise QuestionFileInvalid(p, str(e)) from None
    qs = data.get("questions", data) if isinstance(data, dict) else data
    if not isinstance(qs, list):
        raise QuestionFileInvalid(p)
    if strict and not all(isinstance(q, dict) and isinstance(q.get("question"), str) and q["question"] for q in qs):
        raise QuestionFileInvalid(p)
    for q in qs:
        if isinstance(q, dict) and isinstance(q.get("question"), str):
            q["question"] = from_os(q["question"])
    return qs


def _entry_error(i: int, q, reason: str) -> dict:
    """The output line for a batch entry that could not be answered: the batch goes on."""
    qid = q.get("id") if isinstance(q, dict) and isinstance(q.get("id"), (str, int)) else None
    text = q.get("question") if isinstance(q, dict) else q
    return {
        "id": qid,
        "question": prefix(text, 200) if text is not None else None,
        "answer": f"entry {i}: {reason}",
        "found": False,
        "citations": [],
        "error": reason,
    }


def print_answer(ans) -> None:
    if ans.reading:
        print(ans.reading)
        print()
    print(ans.answer)
    if ans.citations:
        print()
        from retrieval.reading.query import detect_language

        print(msg("sources", detect_language(ans.question)) + ":")
        for i, c in enumerate(ans.citations, start=1):
            print(f"  [{i}] {cite(c)}")


# a message that continues an earlier one: "og hospitalerne?", "what about Gentofte?", "samme for KL"
FOLLOW_UP = re.compile(r"(?i)\s*(?:og|and|hvad med|what about|how about|samme for|same for|også|also)\b")


def cmd_ask(args, settings) -> int:
    from retrieval.service import Service

    svc = Service(settings)
    if args.questions:
        qs = _load_questions(args.questions, strict=False)
        bad = 0
        for i, q in enumerate(qs, start=1):
            if not (isinstance(q, dict) and isinstance(q.get("question"), str)):
                out = _entry_error(i, q, english("cli_entry_not_object"))
            else:
                try:
                    qid = q.get("id")
                    ans = svc.respond(q["question"], qid=str(qid)[:200] if qid is not None else None).answer
                    out = ans.to_dict()
                except PlansvarError as e:
                    out = {**_entry_error(i, q, str(e)), "answer": str(e)}
                except Exception as e:  # noqa: BLE001 - one bad entry must not stop the batch
                    import logging

                    logging.getLogger(__name__).exception("batch entry failed", extra={"entry": i})
                    out = _entry_error(i, q, english("cli_entry_failed", error=type(e).__name__))
            bad += "error" in out
            if args.json:
                print(json.dumps(out, ensure_ascii=False), flush=True)
            else:
                print(f"[{out['id']}] {out['question']}\n{out['answer']}\n", flush=True)
        if bad:
            print(english("cli_entries_failed", bad=bad, n=len(qs)), file=sys.stderr)
        return 0
    if not args.question:
        raise UsageError(english("cli_ask_usage"))
    question = from_os(" ".join(args.question))
    context = from_os(args.context) if args.context else None
    if context is None and FOLLOW_UP.match(question):
        # NOTE: each `plansvar ask` is a process of its own: unlike a Slack thread, it remembers no earlier question
        print(english("cli_no_memory"), file=sys.stderr)
    ans = svc.respond(question, context=context, show_all=args.all).answer
    if args.out:
        from bot.exports import answer_sheets, write

        print(english("cli_exported", n=len(ans.citations), path=write(args.out, answer_sheets(ans))), file=sys.stderr)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=1))
    else:
        print_answer(ans)
    return 0


def cmd_eval(args, settings) -> int:
    from retrieval.evaluate import score_answer, summarise
    from retrieval.service import Service

    svc = Service(settings)
    qs = _load_questions(args.file)
    if args.split:
        qs = [q for q in qs if q.get("split") == args.split]
        if not qs:
            raise SplitEmpty(args.file, args.split)
    scores = []
    for q in qs:
        ans = svc.answer(q["question"], qid=q.get("id"))
        s = score_answer(q, ans)
        scores.append(s)
        if not args.json:
            print(f"{s.id:5} {s.kind:12} {s.score:.3f}  {json.dumps(s.detail, ensure_ascii=False)}")
    summary = summarise(scores)
    if args.json:
        print(json.dumps({"summary": summary, "questions": [s.__dict__ for s in scores]}, ensure_ascii=False, indent=1))
    else:
        print()
        for v in summary.values():
            target = f" (target ≥ {v['target']})" if v["target"] is not None else ""
            print(f"{v['figure']}: {v['score']:.3f} over {v['n']} questions{target}")
    return 0


def cmd_serve(args, settings) -> int:
    import uvicorn

    from bot.api import create_app
    from retrieval.service import Service

    svc = Service(settings)
    app = create_app(svc)
    if not args.lazy:
        try:
            print(english("cli_loading"), file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            svc.index()  # the first answer is then as fast as the rest
            print(english("cli_loaded", seconds=f"{time.perf_counter() - t0:.1f}"), file=sys.stderr, flush=True)
        except PlansvarError as e:
            print(english("cli_warning", error=e), file=sys.stderr)
    slack = english("cli_slack_on" if any(r.path == "/slack/events" for r in app.routes) else "cli_slack_off")
    print(english("cli_serving", host=args.host, port=args.port, slack=slack), file=sys.stderr)
    # NOTE: log_config=None and log_level=None: uvicorn installs none of its own handlers or levels, so its error
    # tracebacks and access lines reach the masked handler of setup_logging (access lines at DEBUG only)
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, log_level=None, access_log=True)
    return 0


def cmd_slack(args, settings) -> int:
    from bot.slack_app import SlackBot, run_socket_mode
    from retrieval.service import Service
    from retrieval.settings import secret_value

    app_token = secret_value(settings.slack_app_token)
    if not app_token:
        raise ConfigError(english("cli_no_app_token"))
    svc = Service(settings)
    bot = SlackBot(svc)
    try:
        who = bot.client.auth_test()
    except Exception as e:  # noqa: BLE001
        raise ConfigError(english("cli_bad_bot_token", error=getattr(e, "response", {}).get("error", e))) from None
    svc.index()
    print(english("cli_connected", user=who.get("user")), file=sys.stderr)
    run_socket_mode(bot, app_token)
    return 0


def cmd_feedback(args, settings) -> int:
    from bot.feedback import FeedbackStore
    from bot.slack_app import feedback_path

    path = feedback_path(settings)
    if not path.exists():
        print(english("cli_no_feedback"))
        return 0
    rows = FeedbackStore(path).list(limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(english("cli_no_feedback"))
    for r in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r["ts"]))
        mark = "👍" if r["value"] == "up" else "👎"
        print(f"{when} {mark} {r['user'] or '?'} {r['channel'] or ''}  {r['question'] or '(answer not stored)'}")
        if r["answer"]:
            print("    " + r["answer"].split("\n", 1)[0][:160])
    return 0


def cmd_bench(args, settings) -> int:
    from bot.bench import run

    scales = [int(x) for x in args.scales.split(",") if x.strip()] if args.scales else []
    run(Path(args.out), scales, clients=args.clients, per_client=args.requests, log=lambda m: print(m, file=sys.stderr))
    print(Path(args.out).read_text(encoding="utf-8"))
    return 0


def cmd_draft(args, settings) -> int:
    from retrieval.service import Service

    name = from_os(" ".join(args.respondent)).strip()
    if not name:
        raise UsageError(english("cli_draft_usage"))
    svc = Service(settings)
    d = svc.draft(name, lang=args.lang, consultation=args.consultation)
    if args.out and d.found:
        from bot.exports import write_draft

        print(english("cli_draft_written", path=write_draft(args.out, d)), file=sys.stderr)
    if args.json:
        print(json.dumps(d.to_dict(), ensure_ascii=False, indent=1))
    else:
        print_answer(d.to_answer())
    return 0 if d.found else 1


def cmd_consultations(args, settings) -> int:
    from retrieval.service import Service

    svc = Service(settings)
    cons = svc.index().consultations
    if args.json:
        print(json.dumps([c.to_dict() for c in cons], ensure_ascii=False, indent=1))
    else:
        print_answer(
            svc.respond("Hvilke høringer er der?" if args.lang == "da" else "Which consultations are there?").answer
        )
    return 0


def cmd_overview(args, settings) -> int:
    from retrieval.answering.overview import overview_text
    from retrieval.service import Service

    svc = Service(settings)
    ov = svc.overview(lang=args.lang, consultation=args.consultation)[1]
    if args.out:
        from bot.exports import overview_sheets, write

        print(english("cli_overview_written", path=write(args.out, overview_sheets(ov))), file=sys.stderr)
    print(json.dumps(ov.to_dict(), ensure_ascii=False, indent=1) if args.json else overview_text(ov, args.lang))
    return 0


ASK_EPILOG = """examples:
  plansvar ask "Hvad sagde kommunerne om fasttilknyttede læger?"
  plansvar ask "Which responses led to text changes?" --json
  plansvar ask --questions data/eval/dev_questions.json --json
"""


DRAFT_EPILOG = """examples:
  plansvar draft "Gribskov Kommune"
  plansvar draft PIU --out udkast-piu.docx
  plansvar draft Gribskov --json
exit status 1 when no respondent matches (the closest names are offered).
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="plansvar",
        description="Answers about practice plans, sundhedsaftaler and høringssvar, with citations.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="cmd", required=True)

    sp = sub.add_parser("parse", help="print the records of one file")
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true", help="print the records as a JSON list")
    sp.add_argument("--score", metavar="GOLD.json", help="score the rows against reference rows (eval format)")
    sp.add_argument(
        "--only-gold-part", action="store_true", help="with --score: only rows in the span the reference covers"
    )
    sp.set_defaults(func=cmd_parse)

    sp = sub.add_parser("ingest", help="parse, embed and store documents (default: the bundled corpus)")
    sp.add_argument("paths", nargs="*", help="files or folders (default: PLANSVAR_CORPUS, data/corpus)")
    sp.add_argument("--json", action="store_true", help="print the summary as JSON")
    sp.add_argument("--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("stats", help="describe the store")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_stats)

    sp = sub.add_parser(
        "ask",
        help="answer a question with citations",
        epilog=ASK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sp.add_argument("question", nargs="*")
    sp.add_argument(
        "--json", action="store_true", help="print the answer object (id, question, answer, found, citations)"
    )
    sp.add_argument(
        "--questions", metavar="FILE.json", help="answer every question in an eval-format file, one JSON per line"
    )
    sp.add_argument("--out", metavar="FILE", help="also export the answer's items with citations to .xlsx or .csv")
    sp.add_argument(
        "--context",
        metavar="EARLIER",
        help='the earlier question a follow-up continues ("og hospitalerne?" after it), as a Slack thread keeps it',
    )
    sp.add_argument(
        "--all",
        action="store_true",
        help="every row the question's filters match, even where its topic would pick only some",
    )
    sp.set_defaults(func=cmd_ask)

    sp = sub.add_parser("eval", help="score answers to an eval-format question file")
    sp.add_argument(
        "--split", help="only the questions of this split (e.g. tune or test in data/eval/paraphrases.json)"
    )
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("serve", help="the HTTP API (and Slack's /slack/events when Slack is configured)")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8080)
    sp.add_argument("--lazy", action="store_true", help="load the index on the first request, not at start")
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("slack", help="the Slack bot in Socket Mode (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN)")
    sp.set_defaults(func=cmd_slack)

    sp = sub.add_parser("feedback", help="the 👍/👎 feedback given in Slack, newest first")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_feedback)

    sp = sub.add_parser("overview", help="rows by respondent type × handling, by theme, and who did not respond")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--out", metavar="FILE", help="also write it to .xlsx or .csv")
    sp.add_argument("--lang", choices=["da", "en"], default="da")
    sp.add_argument("--consultation", metavar="TITLE", help="one consultation (as `plansvar consultations` lists it)")
    sp.set_defaults(func=cmd_overview)

    sp = sub.add_parser("consultations", help="the consultations in the index: title, date, points, parties")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--lang", choices=["da", "en"], default="da")
    sp.set_defaults(func=cmd_consultations)

    sp = sub.add_parser(
        "draft",
        help="a Danish draft reply to one respondent, point by point, with citations",
        epilog=DRAFT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sp.add_argument("respondent", nargs="*", help="the respondent's name (typos and acronyms are fine: Gribskov, PIU)")
    sp.add_argument("--json", action="store_true", help="print the draft object (points, text, citations, suggestions)")
    sp.add_argument("--out", metavar="FILE", help="also write it to .docx, .md, .txt, .xlsx or .csv")
    sp.add_argument(
        "--lang", choices=["da", "en"], default="da", help="language of the staff notes (the letter is Danish)"
    )
    sp.add_argument(
        "--consultation", metavar="TITLE", help="the consultation the reply is for, when the party answered several"
    )
    sp.set_defaults(func=cmd_draft)

    sp = sub.add_parser("bench", help="measure ingest, latency, memory, scaling and load; write docs/BENCHMARKS.md")
    sp.add_argument("--out", default="docs/BENCHMARKS.md")
    sp.add_argument("--scales", default="10,100", help="corpus replications to measure (default 10,100)")
    sp.add_argument("--clients", type=int, default=20)
    sp.add_argument("--requests", type=int, default=10, help="requests per client in the load run")
    sp.set_defaults(func=cmd_bench)

    sp = sub.add_parser("search", help="the records ranked for a text (hybrid: dense + BM25)")
    sp.add_argument("question")
    sp.add_argument("-k", type=int, default=5)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_search)
    return p


# the commands that run as services (logs at PLANSVAR_LOG_LEVEL, JSON when stderr is no terminal); ingest reports
# progress and its summary on its own
SERVICES = ("serve", "slack", "bench")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings()
        from bot.logs import setup_logging

        level, fmt = settings.log_level, settings.log_format
        if args.cmd not in SERVICES:
            # NOTE: a command a person runs prints its answer on stdout; its stderr is for problems, as readable
            # lines even when piped (`plansvar ask … 2>&1 | less`): the services' info lines and JSON are for
            # machines. PLANSVAR_LOG_LEVEL / PLANSVAR_LOG_FORMAT set explicitly still win.
            level = level if "PLANSVAR_LOG_LEVEL" in os.environ else "WARNING"
            fmt = fmt if "PLANSVAR_LOG_FORMAT" in os.environ else "text"
        setup_logging(level, fmt)
        return args.func(args, settings)
    except PlansvarError as e:
        print(english("cli_error", error=e), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(english("cli_interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader stopped reading (`plansvar consultations | head -3`): not a failure of plansvar. stdout goes to
        # /dev/null so that Python's flush at exit does not raise again (as the Python docs advise for SIGPIPE).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # noqa: BLE001 - never a stack trace to a user; PLANSVAR_LOG_LEVEL=DEBUG shows it
        import logging

        if logging.getLogger().isEnabledFor(logging.DEBUG):
            raise
        print(english("cli_unexpected", kind=type(e).__name__, error=prefix(str(e), 300)), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
