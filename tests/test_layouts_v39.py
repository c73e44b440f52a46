"""Parser v39 (issue 20): layout families first seen in the held-out half of blind set 31, each on a self-made variant
(other names, wording, labels and order)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SANS_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, r.summary or "", r.handling) for r in parse_file(path) if r.is_row]


# --- a two-column prose notat: bold party headings, a grey "Modtaget … · n bemærkninger" line, lettered remarks, each
# answered by "**Administrationen:** …" in italics ------------------------------------------------------------------

TWO_COLUMN = [
    (
        "Seniorrådet i Ravnsholt",
        "Indkommet 2. marts 2029 · 2 bemærkninger",
        [
            (
                "Seniorrådet foreslår, at alle borgere over 75 år får tilbud om et årligt besøg af en "
                "forebyggelseskonsulent, også når de ikke modtager hjemmehjælp.",
                "Administrationen er enig. Strategien er tilrettet, så tilbuddet gælder alle borgere over 75 år.",
                "aendring",
            ),
            (
                "Rådet ønsker, at kommunen opretter en ny busrute til sundhedshuset i Ravnsholt midtby, da mange "
                "ældre ikke selv kan køre.",
                "Busruter fastlægges i trafikplanen og besluttes af Teknik- og Miljøudvalget. Det ligger uden for "
                "strategiens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Ravnsholt Svømmeklub og Ravnsholt Roklub",
        "Indkommet 4. marts 2029 · fælles svar · 2 bemærkninger",
        [
            (
                "Klubberne peger på, at svømmehallen er lukket om sommeren, og foreslår, at den holder åben for "
                "genoptræning hele året, så borgerne ikke mister den fremgang, de har opnået.",
                "Forslaget indgår i det videre arbejde med handleplanen for tema 3, hvor åbningstiderne i "
                "kommunens haller gennemgås i løbet af efteråret sammen med foreningerne og centrene.",
                "implementering",
            ),
            (
                "Klubberne ønsker, at strategien nævner foreningslivet som en ligeværdig partner i forebyggelsen.",
                "Strategien nævner allerede foreningerne som partnere i afsnit 2. Teksten fastholdes uændret.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Jordemødrene på Ravnsholt Sygehus",
        "Indkommet 6. marts 2029 · 1 bemærkning",
        [
            (
                "Jordemødrene foreslår, at alle gravide med røgfri graviditet som mål får tilbud om et forløb "
                "med en rygestopvejleder og gratis nikotinerstatning.",
                "Et tilbud om rygestopforløb til gravide er tilføjet under tema 1, men nikotinerstatning gives "
                "kun til gravide med lav indkomst. Ønsket er dermed delvist imødekommet.",
                "delvist",
            ),
        ],
    ),
]
TWO_COLUMN_SILENT = ["Ravnsholt Handelsskole", "Bydelsrådet Nord"]


def _two_column_notat(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Sans", "", SANS)
    pdf.add_font("Sans", "B", SANS_BOLD)
    pdf.add_font("Sans", "I", SANS_ITALIC)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 9, "Høringsnotat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Forebyggelsesstrategi 2029–2032, Ravnsholt Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def head(cols, text, size=10.5):
        pdf.set_font("Sans", "B", size)
        with cols.paragraph(text_align="LEFT", top_margin=3, bottom_margin=1.2) as par:
            par.write(text)

    def body(cols, text, style="", size=9, indent=0, bullet="", bottom=1.6, lead=None, grey=False):
        pdf.set_font("Sans", "", size)  # the bullet in the body's type
        with cols.paragraph(
            text_align="JUSTIFY", bottom_margin=bottom, indent=indent, bullet_string=bullet, bullet_r_margin=1.5
        ) as par:
            if lead:
                pdf.set_font("Sans", "B", size)
                par.write(lead)
            pdf.set_font("Sans", style, size)
            if grey:
                pdf.set_text_color(110, 110, 110)
            par.write(text)
            pdf.set_text_color(0, 0, 0)

    with pdf.text_columns(ncols=2, gutter=10, text_align="JUSTIFY", line_height=1.2) as cols:
        head(cols, "1. Indledning")
        for _ in range(4):
            body(
                cols,
                "Udkastet til forebyggelsesstrategien har været i høring i seks uger hos kommunens råd, foreninger "
                "og samarbejdspartnere. Der er kommet tre høringssvar med i alt fem bemærkninger, som gengives "
                "nedenfor i kort form med administrationens kommentar til hver bemærkning.",
            )
        head(cols, "2. Høringssvarene")
        for party, meta, points in TWO_COLUMN:
            head(cols, party, size=9.5)
            body(cols, meta, style="I", size=7.5, grey=True, bottom=1.2)
            for i, (remark, answer, _) in enumerate(points):
                body(cols, remark, indent=5, bullet=f"{'abc'[i]})", bottom=1.0)
                body(cols, answer, style="I", indent=5, lead="Administrationen: ", bottom=2.2)
        head(cols, "3. Ingen svar")
        body(cols, "Der er ikke modtaget svar fra:", bottom=0.8)
        for name in TWO_COLUMN_SILENT:
            body(cols, name, indent=4, bullet="–", bottom=0.6)
    pdf.output(str(path))


def test_a_two_column_notat_with_bold_party_headings_and_an_authority_label(tmp_path):
    """Two text columns; each party's bold heading over a grey line with its date and count of remarks (no point, no
    part of the name); lettered remarks, each answered by the authority's bare name as a bold label."""
    path = tmp_path / "strategi_tospalte.pdf"
    _two_column_notat(path)
    expected = [(party, remark[:40], h) for party, _, points in TWO_COLUMN for remark, _, h in points]
    expected += [(name, "", "intet_svar") for name in TWO_COLUMN_SILENT]
    rows = _rows(path)
    assert [(r[0], r[2]) for r in rows] == [(e[0], e[2]) for e in expected]
    assert all(r[1].startswith(e[1]) for r, e in zip(rows, expected))


def test_a_count_of_remarks_is_a_field_of_a_party_meta_line():
    from ingest.prose import meta_line

    assert meta_line("Indkommet 2. marts 2029 · fælles svar · 2 bemærkninger")
    assert meta_line("Modtaget 12.03.2029 · 1 bemærkning")
    assert not meta_line("Rådet har 2 bemærkninger · se nedenfor")


def test_the_authoritys_bare_name_as_a_label_is_an_answer():
    from ingest.prose import _reply

    assert _reply("Administrationen: Strategien er tilrettet.")
    assert _reply("Forvaltningen: Teksten fastholdes.")
    assert not _reply("Administrationen vil se på det.")


# --- a landscape table with horizontal rules only: "Nr." set close to the party's column, the party printed on its
# first row only, a footer "Version … · date … Side x af y", and a row split over the page break ---------------------

RULED = [
    (
        "1",
        "Tandlægerne i Vestmark",
        "Tandlægerne ønsker, at børn med handicap tilbydes narkose i egen region.",
        "Tilbuddet er nu beskrevet i afsnit 2.3.",
        "Indarbejdet (afsnit 2.3)",
        "aendring",
    ),
    (
        "2",
        "",
        "Foreningen foreslår, at ventetiden på tandregulering halveres inden 2030.",
        "Ventetiden følges i den årlige status, men målet fastholdes.",
        "Ikke indarbejdet",
        "ingen_aendring",
    ),
    (
        "3",
        "Forældrerådet for Vestmark Skoler",
        "Forældrerådet beder om, at klinikkerne holder åbent efter kl. 17 "
        "mindst to dage om ugen, så forældre i arbejde kan følge deres børn til tandlægen uden at tage fri fra arbejde, "
        "og at der desuden tilbydes tider i skoleferierne, hvor mange familier har bedre tid, og hvor klinikkernes "
        "stole ellers står tomme en stor del af dagen.",
        "Aftenåbning afprøves på to klinikker i implementeringen af planen.",
        "Overdrages til implementeringsgruppen",
        "implementering",
    ),
    (
        "4",
        "",
        "Rådet ønsker, at kommunen betaler for tandbørster til alle skolebørn.",
        "Udlevering af tandbørster hører ikke under planen.",
        "Uden for planens sigte",
        "uden_for_rammerne",
    ),
    (
        "5",
        "Ergoterapeuterne i Vestmark",
        "Ergoterapeuterne foreslår, at mundpleje indgår i alle genoptræningsforløb.",
        "Mundpleje er tilføjet for borgere i længere forløb, ikke i alle forløb.",
        "Delvist indarbejdet",
        "delvist",
    ),
]


def _ruled_table(path: Path) -> None:
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Sans", "", 7)
            self.cell(120, 4, "Version 1.3 · 2.4.2029")
            self.cell(0, 4, f"Side {self.page_no()} af {{nb}}", align="R")

    pdf = Doc(orientation="L", format="A4")
    pdf.add_font("Sans", "", SANS)
    pdf.add_font("Sans", "B", SANS_BOLD)
    pdf.set_auto_page_break(False)
    widths = [12, 48, 95, 75, 47]
    heads = ["Nr.", "Høringspart", "Resumé af høringssvaret", "Regionens kommentar", "Konsekvens / ændring"]
    x0 = 10

    def header_row():
        pdf.set_font("Sans", "B", 8.5)
        pdf.set_fill_color(225, 225, 225)
        y = pdf.get_y()
        pdf.rect(x0, y, sum(widths), 7, style="F")
        x = x0
        for w, h in zip(widths, heads):
            pdf.set_xy(x + 1, y + 1)
            pdf.cell(w - 2, 5, h)
            x += w
        pdf.set_y(y + 7)

    def cell_lines(text, w):
        return pdf.multi_cell(w - 2, 4.2, text, dry_run=True, output="LINES") if text else []

    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 8, "Høringsnotat – Tandplejeplan 2029–2032, Region Vestmark", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 6, "Regionen har modtaget 3 høringssvar med i alt 5 bemærkninger.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # rows 1-2 and the first lines of row 3 on page 1, the rest of row 3 on page 2 under the repeated header
    pdf.set_y(128)
    header_row()
    for i, (no, party, remark, answer, code, _) in enumerate(RULED):
        pdf.set_font("Sans", "", 8.5)
        cells = [no + ".", party, remark, answer, code]
        lines = [cell_lines(t, w) for t, w in zip(cells, widths)]
        if i == 2:  # split: 5 lines of the remark on this page, the rest on the next
            y = pdf.get_y() + 1
            for j, (w, ls) in enumerate(zip(widths, lines)):
                x = x0 + sum(widths[:j])
                for k, line in enumerate(ls[:5] if j == 2 else ls):
                    pdf.set_xy(x + 1, y + k * 4.2)
                    pdf.cell(w - 2, 4.2, line)
            pdf.add_page()
            pdf.set_y(15)
            header_row()
            y = pdf.get_y() + 1
            for k, line in enumerate(lines[2][5:]):
                pdf.set_xy(x0 + sum(widths[:2]) + 1, y + k * 4.2)
                pdf.cell(widths[2] - 2, 4.2, line)
            pdf.set_y(y + len(lines[2][5:]) * 4.2 + 1)
        else:
            y = pdf.get_y() + 1
            for j, (w, ls) in enumerate(zip(widths, lines)):
                for k, line in enumerate(ls):
                    pdf.set_xy(x0 + sum(widths[:j]) + 1, y + k * 4.2)
                    pdf.cell(w - 2, 4.2, line)
            pdf.set_y(y + max(len(ls) for ls in lines) * 4.2 + 1)
        # the rule under the row skips the party's column while the same party goes on
        nxt = RULED[i + 1][1] if i + 1 < len(RULED) else "x"
        yb = pdf.get_y()
        if nxt:
            pdf.line(x0, yb, x0 + sum(widths), yb)
        else:
            pdf.line(x0, yb, x0 + widths[0], yb)
            pdf.line(x0 + widths[0] + widths[1], yb, x0 + sum(widths), yb)
    pdf.set_y(pdf.get_y() + 4)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(0, 5, "Der er ikke modtaget høringssvar fra Vestmark Tandtekniker-laug; Børnetandplejen Øst.")
    pdf.output(str(path))


def test_a_ruled_landscape_table_with_the_party_printed_once_and_a_row_over_the_page_break(tmp_path):
    """Horizontal rules only; "Nr." set close to "Høringspart" (no gutter between them wide enough for a column);
    the party printed on its first row only; the footer's version and date beside "Side 1 af 2" are no row; row 3
    goes on under the header repeated on page 2."""
    path = tmp_path / "tandpleje_liggende.pdf"
    _ruled_table(path)
    rows = [r for r in _rows(path) if r[2] != "intet_svar"]
    parties, party = [], None
    for _, p, *_ in RULED:
        party = p or party
        parties.append(party)
    assert [(r[0], r[2]) for r in rows] == [(p, x[5]) for p, x in zip(parties, RULED)]
    assert all(r[1].startswith(x[2][:40]) for r, x in zip(rows, RULED))
    assert rows[2][1].rstrip(".").endswith("en stor del af dagen")


def test_a_number_set_into_the_party_column_is_split_off():
    from ingest.loaders import _split_number_column

    table = [["Nr. Høringspart", "Resumé"], ["1. Lægerne i X", "a"], ["2.", "b"], ["10. Y Kommune", "c"]]
    assert _split_number_column(table) == [
        ["Nr.", "Høringspart", "Resumé"],
        ["1.", "Lægerne i X", "a"],
        ["2.", "", "b"],
        ["10.", "Y Kommune", "c"],
    ]
    keep = [["Nr. Høringspart", "Resumé"], ["1. Lægerne i X", "a"], ["Y Kommune", "b"]]
    assert _split_number_column(keep) == keep


# --- a typewriter-look notat in one monospace font: "Høringssvar fra: X" underlined (no heading type), the date it
# came in on a line of its own in parentheses or after the name, numbered remarks, "Bemærkning:" (the answer) and
# "Konklusion:" ---------------------------------------------------------------------------------------------------

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

TYPED = [
    (
        "Skovly Borgerforening",
        "Høringssvar fra: Skovly Borgerforening",
        "(modtaget 3.4.2029)",
        [
            (
                "Borgerforeningen ønsker, at naturstien ved Skovly Mose forlænges til stationen.",
                "Forlængelsen er indarbejdet i planens afsnit 3.",
                "Planen er rettet.",
                "aendring",
            ),
            (
                "Foreningen foreslår, at der opstilles borde og bænke ved alle shelterpladser i kommunen.",
                "Borde og bænke opstilles efter behov i driften.",
                "Tages med i det videre arbejde.",
                "implementering",
            ),
        ],
    ),
    (
        "Lystfiskerne i Skovly og Ås",
        "Høringssvar fra: Lystfiskerne i Skovly og Ås (fælles svar, modtaget 5.4.2029)",
        None,
        [
            (
                "Lystfiskerne mener, at fiskeriet i søen skal være gratis for alle under 18 år.",
                "Fiskeretten ejes af staten og er ikke en del af naturplanen.",
                "Uden for planens emne.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Ås Spejderne",
        "Høringssvar fra: Ås Spejderne",
        "(modtaget 9.4.2029, efter fristen)",
        [
            (
                "Spejderne beder om, at bålpladsen i Ås Skov bevares i sin nuværende form.",
                "Bålpladsen flyttes af hensyn til fredningen.",
                "Ikke imødekommet.",
                "ingen_aendring",
            ),
        ],
    ),
]


def _typed_notat(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Mono", "", MONO)
    pdf.set_font("Mono", "", 10)
    pdf.add_page()

    def line(text, underline=False, gap=5.2):
        pdf.set_font("Mono", "U" if underline else "", 10)
        pdf.multi_cell(0, gap, text, new_x="LMARGIN", new_y="NEXT")

    line("SKOVLY KOMMUNE                                    J.nr. 01.05.00-P15-2-29")
    pdf.ln(4)
    line("N O T A T")
    pdf.ln(3)
    line("Vedr.: Høring over Naturplan for Skovly 2029")
    pdf.ln(3)
    line("Planen har været i høring hos 4 parter. Der er kommet 3 svar med i alt 4 punkter.")
    for _, head, received, points in TYPED:
        pdf.ln(5)
        line(head, underline=True)
        if received:
            line(received)
        for i, (remark, answer, conclusion, _) in enumerate(points, start=1):
            pdf.ln(3)
            line(f"{i}. {remark}")
            pdf.ln(2)
            line(f"Bemærkning: {answer}")
            line(f"Konklusion: {conclusion}")
    pdf.ln(5)
    line("Ikke indkommet svar fra:")
    line("Skovly Golfklub")
    pdf.output(str(path))


def test_a_typed_notat_with_party_lines_and_received_dates(tmp_path):
    """One font throughout: the "Høringssvar fra: X" line names the party (the date after the name, in parentheses,
    is no part of it); "(modtaget …)" on a line of its own is no point; "Bemærkning:" is the answer."""
    path = tmp_path / "naturplan_skrivemaskine.pdf"
    _typed_notat(path)
    expected = [(party, remark[:40], h) for party, _, _, points in TYPED for remark, _, _, h in points]
    expected.append(("Skovly Golfklub", "", "intet_svar"))
    rows = _rows(path)
    assert [(r[0], r[2]) for r in rows] == [(e[0], e[2]) for e in expected]
    assert all(r[1].startswith(e[1]) for r, e in zip(rows, expected))


def test_a_received_date_in_parentheses_is_a_meta_line():
    from ingest.prose import meta_line

    assert meta_line("(modtaget 3.4.2029)")
    assert meta_line("(modtaget 9.4.2029, efter fristen)")
    assert not meta_line("(Rådet har modtaget planen)")
