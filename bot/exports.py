"""Exports to XLSX or CSV: the consultation overview, and any answer's items with their citations."""

from __future__ import annotations

import csv
from pathlib import Path

from retrieval.errors import PlansvarError
from retrieval.overview import Overview
from retrieval.types import Answer

CITATION_COLUMNS = ["nr", "respondent", "respondent_type", "letter", "theme", "handling", "text_change", "doc", "title",
                    "section", "page", "line_start", "line_end", "text"]

Sheet = tuple[str, list[str], list[list]]


def answer_sheets(ans: Answer) -> list[Sheet]:
    rows = []
    for i, c in enumerate(ans.citations, start=1):
        d = c.to_dict()
        rows.append([i] + [d.get(k) for k in CITATION_COLUMNS[1:]])
    return [("svar", ["spørgsmål", "svar", "fundet"], [[ans.question, ans.answer, ans.found]]),
            ("kilder", CITATION_COLUMNS, rows)]


def overview_sheets(ov: Overview) -> list[Sheet]:
    handlings = list(next(iter(ov.by_type_handling.values()), {}).keys())
    table = [[t] + [counts[h] for h in handlings] + [sum(counts.values())] for t, counts in ov.by_type_handling.items()]
    return [
        ("type x håndtering", ["respondent_type", *handlings, "i alt"], table),
        ("temaer", ["tema", "høringspunkter"], [[t, n] for t, n in ov.by_theme.items()]),
        ("uden høringssvar", ["respondent", "respondent_type"], [[x["respondent"], x["respondent_type"]] for x in ov.no_response]),
    ]


def write(path: Path | str, sheets: list[Sheet]) -> Path:
    """XLSX (one sheet each) or CSV (the sheets one after another, each under its name)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise PlansvarError(f"export to .xlsx or .csv, not {suffix or '(no suffix)'!r}: {path}")
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
