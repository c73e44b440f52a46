"""The consultation overview and exports (XLSX/CSV) from the CLI and HTTP."""

import csv

import httpx
import openpyxl
from conftest import cli

from bot.exports import answer_sheets, write
from retrieval.answering.overview import build_overview, overview_text


def test_overview_counts(service):
    ov = build_overview(list(service.index().records))
    assert ov.rows == 211 and ov.respondents == 29 and len(ov.no_response) == 17  # a non-responder made no point
    assert sum(sum(c.values()) for c in ov.by_type_handling.values()) == 211
    assert all("intet_svar" not in c for c in ov.by_type_handling.values())
    assert sum(c["aendring"] for c in ov.by_type_handling.values()) == 27
    assert (
        len(ov.no_response) == 17
        and {"respondent": "Bornholms Hospital", "respondent_type": "hospital"} in ov.no_response
    )
    text = overview_text(ov, "en")
    assert (
        "Consultation points: 211 from 29 respondents and 17 consulted parties that did not respond" in text
        and "Respondents without a response (17)" in text
    )


def test_answer_export_round_trips(service, tmp_path):
    ans = service.answer("Which responses led to text changes?")
    x = write(tmp_path / "a.xlsx", answer_sheets(ans))
    wb = openpyxl.load_workbook(x)
    rows = list(wb["kilder"].iter_rows(values_only=True))
    assert rows[0][:4] == ("nr", "høringspart", "type", "punkt") and len(rows) == 28
    assert {r[5] for r in rows[1:]} == {"ændring"}  # the handling in words, not its code
    assert all(".txt" not in str(v) for r in rows for v in r)  # the document by its title, never its file
    c = write(tmp_path / "a.csv", answer_sheets(ans))
    lines = list(csv.reader(open(c, encoding="utf-8-sig"), delimiter=";"))
    assert ["# kilder"] in lines and sum(1 for line in lines if line and line[0].isdigit()) == 27


def test_cli_overview_and_ask_out(corpus_store, tmp_path):
    env = {"PLANSVAR_STORE": str(corpus_store)}
    out = cli("overview", "--out", str(tmp_path / "o.xlsx"), env=env)
    assert out.returncode == 0 and "Høringsparter uden høringssvar (17)" in out.stdout
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").sheetnames == ["type x håndtering", "temaer", "uden høringssvar"]
    bad = cli("ask", "Hvad spurgte Gribskov om?", "--out", str(tmp_path / "x.pdf"), env=env)
    assert bad.returncode == 2 and "export to .xlsx or .csv" in bad.stderr


def test_http_overview(service):
    from conftest import ServerThread

    from bot.api import create_app

    with ServerThread(create_app(service)) as server:
        ov = httpx.get(f"{server.url}/overview").json()
    assert ov["rows"] == 211 and len(ov["no_response"]) == 17
