"""Parser v37 (issue 20): layout families first seen in the held-out half of blind set 30, each on a self-made
variant (other names, wording, column names and order)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, r.summary or "", r.handling) for r in parse_file(path) if r.is_row]


def _same(rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    """The rows are the expected ones in order: party, the summary's start, outcome."""
    return len(rows) == len(expected) and all(
        r[0] == e[0] and r[1].startswith(e[1]) and r[2] == e[2] for r, e in zip(rows, expected)
    )


def test_a_raw_html_table_in_markdown_with_rowspan_parties_status_spans_and_a_list_of_remarks(tmp_path):
    """A wiki page exported to Markdown whose table is raw HTML: the party's cell spans its rows (`rowspan`), the
    outcome is a status label in a `<span>`, answers break lines with `<br>`, and one row's remark cell is a list of
    two remarks under one answer and one status (two points). The parties that did not answer are a list below."""
    md = """# Høringsnotat – Demensplan 2028

> **Bemærk**
> Statusfeltet følger wikiens mærker.

<table>
<thead>
<tr><th>Løbenr.</th><th>Afsender</th><th>Indholdet af høringssvaret</th><th>Kommunens svar</th><th>Status</th></tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td rowspan="2"><p><strong>Alzheimerforeningen, Egeskov og Omegn</strong></p></td>
<td><ul><li>Foreningen ønsker flere aflastningspladser i weekenden til familier med demens.</li><li>Desuden foreslås et fast demenscafé-tilbud i hvert lokalområde.</li></ul></td>
<td><p>Kommunen imødekommer begge ønsker.<br>Afsnit 2.3 er udvidet.</p></td>
<td><span class="status-macro aui-lozenge">ÆNDRET</span></td>
</tr>
<tr>
<td>2</td>
<td><p>Foreningen beder om gratis transport til dagtilbud for alle borgere med demens.</p></td>
<td><p>Kørselsordningen er fastsat af byrådet og ligger uden for planen.</p></td>
<td><span class="status-macro aui-lozenge">UDEN FOR PLANEN</span></td>
</tr>
<tr>
<td>3</td>
<td><p><strong>Plejecenter Lærkereden &amp; Solbakken</strong></p></td>
<td><p>Plejecentrene anbefaler, at alle medarbejdere får et grundkursus i demens inden for et år.</p></td>
<td><p>Kurset indføres, men over to år.<br>Ønsket følges dermed delvist.</p></td>
<td><span class="status-macro aui-lozenge">DELVIST</span></td>
</tr>
<tr>
<td>4</td>
<td><p><strong>Seniorrådet i Egeskov Kommune</strong></p></td>
<td><p>Seniorrådet ønsker, at planen nævner pårørendegrupper som et fast tilbud.</p></td>
<td><p>Pårørendegrupper er allerede et fast tilbud. Bemærkningen giver ikke anledning til ændring.</p></td>
<td><span class="status-macro aui-lozenge">IKKE ÆNDRET</span></td>
</tr>
</tbody>
</table>

## Parter uden høringssvar

Følgende hørte parter har ikke afgivet høringssvar:

- Demenskoordinatorerne i Nordby
- Egeskov Frivilligcenter
"""
    path = tmp_path / "demensplan_wiki.md"
    path.write_text(md, encoding="utf-8")
    rows = _rows(path)
    assert _same(
        rows,
        [
            ("Alzheimerforeningen, Egeskov og Omegn", "Foreningen ønsker flere aflastningspladser", "aendring"),
            ("Alzheimerforeningen, Egeskov og Omegn", "Desuden foreslås et fast demenscafé-tilbud", "aendring"),
            ("Alzheimerforeningen, Egeskov og Omegn", "Foreningen beder om gratis transport", "uden_for_rammerne"),
            ("Plejecenter Lærkereden & Solbakken", "Plejecentrene anbefaler, at alle", "delvist"),
            ("Seniorrådet i Egeskov Kommune", "Seniorrådet ønsker, at planen", "ingen_aendring"),
            ("Demenskoordinatorerne i Nordby", "", "intet_svar"),
            ("Egeskov Frivilligcenter", "", "intet_svar"),
        ],
    ), rows


def test_a_letter_whose_outcomes_are_only_in_a_closing_table_keyed_by_point_number(tmp_path):
    """A letter-style DOCX (no heading styles): bold underlined party lines, points typed "1."–"5." through the whole
    letter, each answered by an italic comment that does not say the outcome; the outcome stands only in a closing
    table (Nr. | Afsender | Tema | Konsekvens for planen) with the parties' short names, keyed by the point's number."""
    from docx import Document

    d = Document()
    d.add_paragraph("Til Børne- og Ungeudvalget")
    d.add_paragraph("Notat om høringssvar til skolesundhedsplanen 2028")
    d.add_paragraph("Planen har været i høring i seks uger. Der er kommet svar fra tre parter.")

    def party(name: str) -> None:
        r = d.add_paragraph().add_run(name)
        r.bold, r.underline = True, True

    def point(n: int, text: str, comment: str) -> None:
        d.add_paragraph(f"{n}.\t{text}")
        d.add_paragraph().add_run(f"Administrationens bemærkning: {comment}").italic = True

    party("Skolelederforeningen i Fjordby og Omegn")
    point(
        1,
        "Skolelederne ønsker, at sundhedsplejersken er på skolen mindst to dage om ugen.",
        "Administrationen har drøftet ønsket med sundhedsplejen og skolerne i efteråret.",
    )
    point(
        2,
        "Foreningen foreslår, at trivselsmålingen gennemføres to gange om året i stedet for én.",
        "Trivselsmålingen følger den nationale måling og dens tidsplan.",
    )
    party("Forældrerådet ved Fjordby Skole og Engvang Skole")
    point(
        3,
        "Forældrerådet beder om, at planen beskriver, hvordan forældre inddrages ved bekymring.",
        "Forældresamarbejdet er et vigtigt emne, som også nævnes i skolepolitikken.",
    )
    party("Tandplejen, Fjordby Kommune")
    point(
        4,
        "Tandplejen foreslår fælles undersøgelser med sundhedsplejen i 0. klasse.",
        "Forslaget er drøftet med begge afdelinger.",
    )
    point(
        5,
        "Tandplejen ønsker gratis tandbørster til alle elever i indskolingen hvert år.",
        "Udlevering af tandbørster hører under tandplejens eget budget.",
    )
    d.add_paragraph("Skolebestyrelsernes Fællesråd har ikke afgivet høringssvar.")
    d.add_paragraph("Oversigt").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Nr.", "Afsender", "Tema", "Konsekvens for planen")):
        c.text = h
    for row in (
        ("1", "Skolelederne", "Tilstedeværelse", "Delvis (afsnit 2.1)"),
        ("2", "Skolelederne", "Trivselsmåling", "Nej"),
        ("3", "Forældrerådet", "Inddragelse", "Ja (nyt afsnit 4.4)"),
        ("4", "Tandplejen", "Fælles undersøgelser", "Nej – indgår i implementeringen"),
        ("5", "Tandplejen", "Tandbørster", "Nej – uden for planen"),
    ):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph("Med venlig hilsen")
    d.add_paragraph("Mette Skov, skolechef")
    path = tmp_path / "skolesundhed_brev.docx"
    d.save(str(path))
    rows = _rows(path)
    skole, foraeldre, tand = (
        "Skolelederforeningen i Fjordby og Omegn",
        "Forældrerådet ved Fjordby Skole og Engvang Skole",
        "Tandplejen, Fjordby Kommune",
    )
    assert _same(
        rows,
        [
            (skole, "Skolelederne ønsker, at sundhedsplejersken", "delvist"),
            (skole, "Foreningen foreslår, at trivselsmålingen", "ingen_aendring"),
            (foraeldre, "Forældrerådet beder om, at planen", "aendring"),
            (tand, "Tandplejen foreslår fælles undersøgelser", "implementering"),
            (tand, "Tandplejen ønsker gratis tandbørster", "uden_for_rammerne"),
            ("Skolebestyrelsernes Fællesråd", "", "intet_svar"),
        ],
    ), rows
