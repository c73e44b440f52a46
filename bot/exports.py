"""Exports: the consultation overview and any answer's items with their citations (XLSX or CSV), and draft replies
(DOCX, Markdown or text, or their points as XLSX/CSV)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from bot.messages import SHEETS, msg
from retrieval.answering.overview import Overview
from retrieval.errors import FormatUnsupported
from retrieval.text import consultation_note, handling_words, place, span_parts
from retrieval.types import Answer
from retrieval.wording import OVERVIEW_COLUMNS, letter, say

CITATION_COLUMNS = [
    "nr",
    "respondent",
    "respondent_type",
    "letter",
    "theme",
    "handling",
    "text_change",
    "consultation",
    "title",
    "section",
    "page",
    "line_start",
    "line_end",
    "text",
]

Sheet = tuple[str, list[str], list[list]]
DRAFT_SUFFIXES = (".docx", ".md", ".txt", ".xlsx", ".csv")


def cite(r) -> str:
    """One line a person can check (a Record or a Citation): document, section or respondent/point, lines, page."""
    where = ", ".join(reversed(span_parts(r, "da")))  # NOTE: lines first here, as the README's examples show
    row = r.kind == "hoeringsnotat" and r.respondent and r.handling
    what = place(r) + (f" · {handling_words(r.handling, 'da')}" if row else "")
    doc = r.title or r.doc
    cons = consultation_note(r)
    if cons:
        what += f" · {cons}"
    if doc == what.split(" · ")[0]:  # a plan's place starts with its title already
        return f"{what} ({where})" if where else what
    return f"{doc} · {what} ({where})" if where else f"{doc} · {what}"


def answer_sheets(ans: Answer) -> list[Sheet]:
    from retrieval.answering.answer import TYPE_LABEL

    rows = []
    for i, c in enumerate(ans.citations, start=1):
        d = c.to_dict()
        # NOTE: a spreadsheet is read by people: the handling and the type in words, the document by its title
        d["handling"] = handling_words(c.handling, "da") if c.handling else None
        d["respondent_type"] = TYPE_LABEL["da"].get(c.respondent_type, c.respondent_type) if c.respondent_type else None
        rows.append([i] + [d.get(k) for k in CITATION_COLUMNS[1:]])
    headers = list(SHEETS["citation_columns"])
    return [
        (SHEETS["answer"], list(SHEETS["answer_columns"]), [[ans.question, ans.answer, ans.found]]),
        (SHEETS["sources"], headers, rows),
    ]


def overview_sheets(ov: Overview) -> list[Sheet]:
    handlings = list(next(iter(ov.by_type_handling.values()), {}).keys())
    table = [[t] + [counts[h] for h in handlings] + [sum(counts.values())] for t, counts in ov.by_type_handling.items()]
    return [
        (
            SHEETS["type_handling"],
            [SHEETS["type_column"], *(OVERVIEW_COLUMNS.get(h, h) for h in handlings), say("overview_total", "da")],
            table,
        ),
        (SHEETS["themes"], list(SHEETS["theme_columns"]), [[t, n] for t, n in ov.by_theme.items()]),
        (
            SHEETS["silent"],
            list(SHEETS["silent_columns"]),
            [[x["respondent"], x["respondent_type"]] for x in ov.no_response],
        ),
    ] + (
        # several consultations: one sheet that counts each, so the sums above are never read as one consultation's
        [
            (
                SHEETS["consultations"],
                list(SHEETS["consultation_columns"]),
                [[c["title"], c["date"] or "", c["points"], c["parties"], c["silent"]] for c in ov.consultations],
            )
        ]
        if len(ov.consultations) > 1
        else []
    )


def write(path: Path | str, sheets: list[Sheet]) -> Path:
    """XLSX (one sheet each) or CSV (the sheets one after another, each under its name)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise FormatUnsupported("export", suffix, (".xlsx", ".csv"), path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for name, header, rows in sheets:
            ws = wb.create_sheet(name[:31])
            ws.append(header)
            for r in rows:
                ws.append(["" if v is None else v for v in r])
        wb.save(path)
    else:
        with open(path, "w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel opens Danish letters right
            w = csv.writer(fh, delimiter=";")
            for i, (name, header, rows) in enumerate(sheets):
                if len(sheets) > 1:
                    if i:
                        w.writerow([])
                    w.writerow([f"# {name}"])
                w.writerow(header)
                w.writerows(rows)
    return path


def draft_sheets(draft) -> list[Sheet]:
    """A draft's points, one row each, with the plan quotes and the sources."""
    rows = []
    for n, p in enumerate(draft.points, start=1):
        plan = "\n".join(f"{q.where}: «{q.text}»" if q.where else f"«{q.text}»" for q in p.plan)
        rows.append(
            [
                n,
                p.letter,
                p.theme,
                p.summary,
                p.handling_label,
                p.refers_to,
                p.comment,
                plan,
                p.reply,
                cite(draft.citations[p.cite - 1]),
            ]
        )
    return [(SHEETS["points"], list(SHEETS["point_columns"]), rows)] + answer_sheets(draft.to_answer())[1:]


def draft_filename(respondent: str | None) -> str:
    """udkast-svar-<respondent>.docx, ASCII only (a safe download and upload name)."""
    ascii_name = (respondent or "").lower().translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
    return f"udkast-svar-{re.sub(r'[^a-z0-9]+', '-', ascii_name).strip('-')[:60]}.docx"


def draft_source_text(draft, point) -> str:
    """One point's sources in full, for the caseworker: "Punkt a – Tema: Høringsnotat: …, Gribskov Kommune, punkt a,
    s. 1, l. 148-166; Praksisplan …, 2. Almen praksis …, l. 3-9"."""
    head = letter("point", letter=point.letter) if point.letter else letter("remark")
    head += f" – {point.theme}" if point.theme else ""
    out = []
    for k in point.sources or [point.cite]:
        c = draft.citations[k - 1]
        if c.kind == "hoeringsnotat" and c.respondent:
            what = [c.title or c.doc, c.respondent] + ([f"{say('point', 'da')} {c.letter}"] if c.letter else [])
        else:
            what = [c.title or c.doc] + ([c.section] if c.section else [])
        out.append(", ".join(what + span_parts(c, "da")))
    return f"{head}: " + "; ".join(out)


def write_draft(path: Path | str, draft) -> Path:
    """The draft as Word (.docx: the letter as clean paragraphs, each point's sources and the caseworker's note as
    Word comments, and after a page break the sources and the note again), Markdown or text (the note, the letter
    and the sources), or its points as .xlsx/.csv."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        raise FormatUnsupported("write a draft", suffix, DRAFT_SUFFIXES, path)
    if suffix in (".xlsx", ".csv"):
        return write(path, draft_sheets(draft))
    path.parent.mkdir(parents=True, exist_ok=True)
    sources = [f"[{i}] {cite(c)}" for i, c in enumerate(draft.citations, start=1)]
    if suffix == ".docx":
        import docx

        doc = docx.Document()
        doc.core_properties.title = draft.note.split("\n")[0] if draft.note else draft.request
        author = say("draft_docx_author", "da")
        points = {n: p for n, p in enumerate(draft.points, start=1)}
        commented: set[int] = set()
        for kind, text, n in draft.body:
            if kind == "heading":
                par = doc.add_heading(text, level=2)
            elif kind == "quote":
                par = doc.add_paragraph(text, style="Quote")
            elif kind == "label":
                par = doc.add_paragraph()
                par.add_run(text).italic = True
            else:
                par = doc.add_paragraph(text)
            if kind == "dear" and draft.note:
                doc.add_comment(par.runs, text=draft.note, author=author, initials="PS")
            if kind == "point" and n in points and n not in commented:
                doc.add_comment(par.runs, text=draft_source_text(draft, points[n]), author=author, initials="PS")
                commented.add(n)
        doc.add_page_break()
        doc.add_heading(say("draft_sources", "da").rstrip(":"), level=2)
        for p in draft.points:
            doc.add_paragraph(draft_source_text(draft, p), style="List Number")
        doc.add_heading(say("draft_docx_note", "da"), level=2)
        for line in draft.note.split("\n"):
            doc.add_paragraph(line)
        doc.save(path)
    else:
        path.write_text(draft.text + f"\n\n{msg('sources', 'da')}:\n" + "\n".join(sources) + "\n", encoding="utf-8")
    return path
