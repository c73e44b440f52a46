"""Parser v36 (issue 20): layout families first seen in blind sets 29 (held-out half) and 30, each on a self-made
variant (other names, wording, column names and order)."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file

FONTS = "/usr/share/fonts/truetype/dejavu/"


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.respondent, r.summary or "", r.handling) for r in parse_file(path) if r.is_row]


def _same(rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    """The rows are the expected ones in order: party, the summary's start, outcome."""
    return len(rows) == len(expected) and all(
        r[0] == e[0] and r[1].startswith(e[1]) and r[2] == e[2] for r, e in zip(rows, expected)
    )


def _letter_by_letter_pdf(path: Path, pages: list[list[tuple[str, list[str]]]], jitter: bool) -> Path:
    """A prose PDF set one letter at a time (as a scan's look is made): per page, blocks (kind, lines as broken):
    "h" a bold heading, "d" an italic date line, "p" a point (its lines after the first hung under its text), "c" an
    indented comment, "s" an indented bold decision line. With jitter, each letter's size is a hundredth of a point
    or two off, so no two neighbours share a size (a reader that parts letters of other sizes gets letters, not
    words)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", FONTS + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", FONTS + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONTS + "DejaVuSerif-Italic.ttf")
    pdf.set_auto_page_break(False)
    sizes = [10.0, 10.02, 9.99, 10.01] if jitter else [10.0]
    for blocks in pages:
        pdf.add_page()
        y = 80.0
        for kind, lines in blocks:
            style = {"h": "B", "d": "I", "s": "B"}.get(kind, "")
            for n, line in enumerate(lines):
                x = 60.0 + (16 if kind in "cs" or kind == "p" and n else 0)
                for i, ch in enumerate(line):
                    pdf.set_font("DejaVu", style, sizes[i % len(sizes)])
                    if ch != " ":
                        pdf.text(x, y, ch)
                    x += pdf.get_string_width(ch)
                y += 12.5
            y += 5
        pdf.set_font("DejaVu", "", 8)
        pdf.text(60, 800, f"Side {pdf.page_no()} af {len(pages)}")
    pdf.output(str(path))
    return path


def test_a_pdf_set_letter_by_letter_at_jittered_sizes_reads_as_words(tmp_path):
    """A prose notat whose every letter was placed on its own at a size a hundredth of a point off its neighbours
    (a scanned-looking PDF): read as words, the same rows as the same notat set at one size. Numbered bold party
    headings, an italic "received" date line (the last line of page 1, its point opening page 2), "(a)" points and a
    "Kommentar:" answer under a point whose last line runs to the margin, a bold "Indstilling:" line."""
    pages = [
        [
            ("h", ["Høringsnotat om Stiplan for Ravnby"]),
            ("p", ["Planen har været i høring i seks uger. Der kom tre høringssvar."]),
            ("h", ["1. Ravnby Cykelklub"]),
            ("d", ["Høringssvar modtaget 2. maj 2027"]),
            ("p", ["(a) Klubben foreslår, at stien langs Møllevej forlænges til", "havnen."]),
            ("c", ["Kommentar: Stien er forlænget til havnen i planens kort 3."]),
            ("s", ["Indstilling: Ændres"]),
            ("p", ["(b) Cykelklubben ønsker belysning på hele stien ved skoven."]),
            ("c", ["Kommentar: Belysning i skoven strider mod naturhensyn. Planen fastholdes."]),
            ("s", ["Indstilling: Fastholdes"]),
            ("h", ["2. Grundejerforeningen Lyngbakken"]),
            ("d", ["Høringssvar modtaget 4. maj 2027"]),
        ],
        [
            ("p", ["(a) Foreningen beder om, at stien ikke føres gennem fællesarealet ved", "søen bag husene."]),
            ("c", ["Kommentar: Sporet gennem fællesarealet indgår i den videre projektering."]),
            ("s", ["Indstilling: Videre arbejde"]),
            ("h", ["3. Parter uden høringssvar"]),
            ("p", ["Der er ikke indkommet svar fra Ravnby Rideklub."]),
        ],
    ]
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår, at stien langs Møllevej forlænges til havnen.", "aendring"),
        ("Ravnby Cykelklub", "Cykelklubben ønsker belysning", "ingen_aendring"),
        ("Grundejerforeningen Lyngbakken", "Foreningen beder om, at stien ikke føres", "implementering"),
        ("Ravnby Rideklub", "", "intet_svar"),
    ]
    plain = _rows(_letter_by_letter_pdf(tmp_path / "stiplan-ren.pdf", pages, jitter=False))
    jittered = _rows(_letter_by_letter_pdf(tmp_path / "stiplan-scan.pdf", pages, jitter=True))
    assert _same(plain, expected), plain
    assert jittered == plain, jittered


def test_rejoining_letters_leaves_words_of_other_sizes_and_spaced_words_apart():
    """Only touching pieces in one font at sizes under 2 % apart are one word: a footnote mark set smaller, a word a
    space away, another font, or pieces of the very same size (parted by pdfplumber for a reason of its own) stay
    apart."""
    from ingest.pdflayout import _rejoin_jitter

    def w(text, x0, x1, size=10.0, font="Serif", top=100.0):
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size, "fontname": font}

    letters = [w("H", 0, 7, 10.0), w("a", 7, 12, 10.02), w("v", 12, 17, 9.99), w("n", 17, 22, 10.01)]
    assert [x["text"] for x in _rejoin_jitter(letters)] == ["Havn"]
    kept = [
        w("plan", 0, 20, 10.0),
        w("2", 20, 23, 6.0),  # a footnote mark
        w("og", 26, 36, 10.01),  # a space away
        w("Bold", 36, 50, 10.02, font="Serif-Bold"),
        w("x", 50, 55, 10.02, font="Serif-Bold"),  # the same size as the piece before it
    ]
    assert [x["text"] for x in _rejoin_jitter(kept)] == ["plan", "2", "og", "Bold", "x"]


def _docx_three_levels(path: Path, parts: list[tuple]) -> Path:
    """A DOCX with headings on three levels: ("1", theme), ("2", party), ("3", caption), ("p", remark), ("v", the
    secretariat's assessment), ("i", the decision line), ("b", a bullet)."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat", level=0)
    for kind, text in parts:
        if kind in "123":
            d.add_heading(text, level=int(kind))
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            para = d.add_paragraph()
            if kind == "v":
                para.add_run("Sekretariatets vurdering: ").bold = True
            elif kind == "i":
                para.add_run("Indstilling: ").bold = True
            para.add_run(text).italic = kind == "i"
    d.save(str(path))
    return path


def test_point_captions_under_party_headings_are_no_parties(tmp_path):
    """Heading 2 per party and a Heading 3 caption over each point: a caption that holds the party's short name
    ("Åbningstid i KFB" over "KFB påpeger, at …" in the section of "KFB i Ravnby Kommune (Kommunal
    Familiebehandling)") is the point's caption, not a party; a party named by its acronym ("DSR-Ravnby") whose first
    point calls its members by a plural with an adjective ("Erfarne sygeplejersker …") is a party among its sibling
    party headings."""
    parts = [
        ("1", "Indledning"),
        ("p", "Udkastet har været i høring i otte uger. Der er modtaget fem høringssvar."),
        ("1", "Forebyggelse"),
        ("2", "Ravnby Kommune og Lundby Kommune"),
        ("3", "Fælles screening"),
        ("p", "Kommunerne foreslår én fælles screening af alle skolebørn i 4. klasse."),
        ("v", "Sekretariatet er enig. Afsnit 2.1 er ændret."),
        ("i", "Planen tilrettes"),
        ("2", "Ungdomsskolen i Lundby"),
        ("3", "Rådgivning om aftenen"),
        ("p", "Ungdomsskolen savner et tilbud om rådgivning om aftenen for unge over 15 år."),
        ("v", "Et aftentilbud er tilføjet, dog kun to dage om ugen."),
        ("i", "Delvis tilretning"),
        ("2", "DSR-Ravnby"),
        ("3", "Sygeplejersker i skolerne"),
        ("p", "Erfarne sygeplejersker ønsker en fast sygeplejerske på hver skole i kommunen."),
        ("v", "Forslaget tages med i implementeringen af planen."),
        ("i", "Indgår i implementeringen"),
        ("1", "Behandling"),
        ("2", "KFB i Ravnby Kommune (Kommunal Familiebehandling)"),
        ("3", "Åbningstid i KFB"),
        ("p", "KFB påpeger, at planen ikke nævner ventetiden til familiebehandling i kommunen."),
        ("v", "Ventetiden er et kommunalt anliggende og ligger uden for planens rammer."),
        ("i", "Uden for planens rammer"),
        ("2", "Ungdomsskolen i Lundby"),
        ("3", "Samtalegrupper"),
        ("p", "Ungdomsskolen tilbyder at holde samtalegrupper for unge i behandling."),
        ("v", "Sekretariatet takker. Planen beskriver allerede samarbejdet."),
        ("i", "Ingen ændring"),
        ("1", "Høringsparter uden høringssvar"),
        ("p", "Følgende parter har fået planen i høring, men har ikke svaret:"),
        ("b", "Ravnby Gymnasium"),
    ]
    p = _docx_three_levels(tmp_path / "ungeplan-overskrifter.docx", parts)
    expected = [
        ("Ravnby Kommune og Lundby Kommune", "Kommunerne foreslår én fælles", "aendring"),
        ("Ungdomsskolen i Lundby", "Ungdomsskolen savner et tilbud", "delvist"),
        ("DSR-Ravnby", "Erfarne sygeplejersker ønsker", "implementering"),
        ("KFB i Ravnby Kommune (Kommunal Familiebehandling)", "KFB påpeger, at planen", "uden_for_rammerne"),
        ("Ungdomsskolen i Lundby", "Ungdomsskolen tilbyder at holde", "ingen_aendring"),
        ("Ravnby Gymnasium", "", "intet_svar"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def test_mail_thread_with_answers_typed_under_the_quoted_remarks(tmp_path):
    """A plain-text e-mail thread: a cover mail that names the parties that did not answer, then the parties' mails
    forwarded ("-----Original Message-----", "Subject: SV: Høringssvar fra X"; the sender a person), each remark quoted
    ("> ", hard-wrapped, numbered, bulleted or plain) with the caseworker's answer typed under it after their initials;
    greetings, intros and signatures in the quote are no points."""
    mail = """From: Ole Brink <ob@ravnby.dk>
Sent: 2. marts 2027 09:12
To: Teknik- og Miljøudvalget
Subject: Høringssvarene til Stiplan 2027 med svar

Kære udvalg

Her er høringssvarene med mine svar (OB:) under hver bemærkning.

Vi har ikke fået svar fra:

  Ravnby Rideklub

Hilsen Ole


-----Original Message-----
From: Formand Kim Lund <kim@cykelklub.dk>
Sent: 10. februar 2027 20:01
To: Høring <hoering@ravnby.dk>
Subject: SV: Høringssvar fra Ravnby Cykelklub

> Kære Ravnby Kommune
>
> Ravnby Cykelklub har følgende bemærkninger:
>
> 1. Klubben foreslår, at stien langs Møllevej forlænges helt
>    til havnen.

OB: Stien er forlænget til havnen i planens kort 3.

>
> 2. Cykelklubben ønsker lys på hele stien gennem skoven.

OB: Lys i skoven strider mod naturhensyn, og planen fastholdes.

>
> Med venlig hilsen
> Kim Lund


-----Original Message-----
From: Lis Holm <lis@lyngbakken.dk>
Sent: 12. februar 2027 08:30
To: Høring <hoering@ravnby.dk>
Subject: Høringssvar fra Grundejerforeningen Lyngbakken

> Hej
>
> - Foreningen beder om, at stien ikke føres gennem fællesarealet
>   ved søen.

OB: Sporet gennem fællesarealet indgår i den videre projektering.

>
> Vi ønsker desuden, at der sættes bænke op langs stien ved
> søen.

OB: Der er tilføjet tre bænke i planens afsnit 4.

>
> Mvh Lis
"""
    p = tmp_path / "stiplan-mails.txt"
    p.write_text(mail.replace("\n", "\r\n"), encoding="utf-8")
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår, at stien langs Møllevej forlænges helt til havnen.", "aendring"),
        ("Ravnby Cykelklub", "Cykelklubben ønsker lys på hele stien", "ingen_aendring"),
        ("Grundejerforeningen Lyngbakken", "Foreningen beder om, at stien ikke føres", "implementering"),
        ("Grundejerforeningen Lyngbakken", "Vi ønsker desuden, at der sættes bænke", "aendring"),
        ("Ravnby Rideklub", "", "intet_svar"),  # named in the cover mail; the closing "Hilsen Ole" is no party
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def test_key_value_export_one_row_per_field(tmp_path):
    """A case system's key/value CSV (cp1252, ";"): one row per field (Sagsnr | Post-id | Feltnavn | Værdi | Ændret af),
    a point being the rows that share a Post-id; an extra numeric field on some points only; a party that did not
    answer has only its name and the outcome "Ikke modtaget"; a record of counts at the end is no point."""
    recs = [
        (
            "P-01",
            [
                ("Afsender", "Ravnby Cykelklub"),
                ("Type", "Forening"),
                ("Resumé", "Klubben foreslår en sti til havnen."),
                ("Kommunens vurdering", "Stien er tilføjet i kort 3."),
                ("Udfald", "Imødekommet"),
            ],
        ),
        (
            "P-02",
            [
                ("Afsender", "Ravnby Cykelklub"),
                ("Type", "Forening"),
                ("Resumé", "Klubben ønsker lys i skoven."),
                ("Antal lamper (skøn)", "1.200"),
                ("Kommunens vurdering", "Lys i skoven strider mod naturhensyn."),
                ("Udfald", "Ikke imødekommet"),
            ],
        ),
        (
            "P-03",
            [
                ("Afsender", "Grundejerforeningen Lyngbakken"),
                ("Type", "Forening"),
                ("Resumé", "Foreningen beder om en anden linjeføring ved søen."),
                ("Kommunens vurdering", "Linjeføringen indgår i den videre projektering."),
                ("Udfald", "Overgår til implementering"),
            ],
        ),
        ("P-04", [("Afsender", "Ravnby Rideklub"), ("Type", "Forening"), ("Udfald", "Ikke modtaget")]),
        ("TOTAL", [("Antal svar", "2"), ("Antal punkter", "3")]),
    ]
    lines = ["Sagsnr;Post-id;Feltnavn;Værdi;Ændret af"]
    for i, (pid, fields) in enumerate(recs):
        for name, value in fields:
            lines.append(f"27/0042;{pid};{name};{value};{'Ole Brink' if i % 2 else 'Lis Holm'}")
    p = tmp_path / "stiplan-felter.csv"
    p.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår en sti", "aendring"),
        ("Ravnby Cykelklub", "Klubben ønsker lys i skoven", "ingen_aendring"),
        ("Grundejerforeningen Lyngbakken", "Foreningen beder om en anden", "implementering"),
        ("Ravnby Rideklub", "", "intet_svar"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def _portal_pdf(path: Path, cards: list[tuple[str, list[tuple[str, str]]]], silent: list[str]) -> Path:
    """A hearing portal's printout: per submission a bold card title, bold-labelled fields on lines of their own,
    then per remark a bold "Bemærkning n (afsnit x)" line, its text, and the administration's answer indented under
    a bold line with its status; at the end a heading and the parties that sent nothing, one per "–" line."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", FONTS + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=60)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(480, 20, "Høring 2027-07: Stiplan for Ravnby")
    for title, items in cards:
        pdf.ln(10)
        pdf.set_font("DejaVu", "B", 12)
        pdf.set_x(56)
        pdf.multi_cell(480, 18, title)
        for kind, text in items:
            if kind == "f":  # a field: the label bold, the value plain
                label, value = text.split(": ", 1)
                pdf.set_x(56)
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(pdf.get_string_width(label + ": ") + 2, 14, label + ":")
                pdf.set_font("DejaVu", "", 10)
                pdf.cell(400, 14, value, new_x="LMARGIN", new_y="NEXT")
            elif kind in ("n", "s"):  # a remark's number, an answer's label: bold lines
                pdf.ln(4)
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_x(56 if kind == "n" else 80)
                pdf.multi_cell(440, 14, text)
            else:  # a remark ("p") or an answer ("a", indented)
                pdf.set_font("DejaVu", "", 10)
                pdf.set_x(56 if kind == "p" else 80)
                pdf.multi_cell(440 if kind == "p" else 420, 14, text)
    pdf.ln(10)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(480, 18, "Hørte parter uden indsendt svar")
    pdf.set_font("DejaVu", "", 10)
    for name in silent:
        pdf.multi_cell(480, 14, "– " + name)
    pdf.output(str(path))
    return path


def test_portal_cards_with_an_organisation_field_a_withdrawn_card_and_numbered_remarks(tmp_path):
    """A portal printout: the party is the card's "Organisation:" field, not its "Afsender:" (a person); "Status:
    Behandlet" is the card's processing, not an outcome; a card withdrawn by its sender holds no point (the same
    party's next card does); remarks under "Bemærkning n (afsnit x)", answers under "Kommunens svar · Status: …";
    parties that sent nothing under "Hørte parter uden indsendt svar"."""
    cards = [
        (
            "Høringssvar nr. 1",
            [
                ("f", "Indsendt: 02.03.2027 kl. 10:15"),
                ("f", "Afsender: Kim Lund, formand"),
                ("f", "Organisation: Ravnby Cykelklub"),
                ("f", "Status: Behandlet"),
                ("n", "Bemærkning 1 (afsnit 2.1)"),
                ("p", "Klubben foreslår, at stien langs Møllevej forlænges helt til havnen."),
                ("s", "Kommunens svar · Status: Imødekommet"),
                ("a", "Stien er forlænget til havnen i planens kort 3."),
                ("n", "Bemærkning 2 (afsnit 3.4)"),
                ("p", "Cykelklubben ønsker lys på hele stien gennem skoven."),
                ("s", "Kommunens svar · Status: Ikke imødekommet"),
                ("a", "Lys i skoven strider mod naturhensyn. Planen fastholdes."),
            ],
        ),
        (
            "Høringssvar nr. 2",
            [
                ("f", "Indsendt: 04.03.2027 kl. 08:02"),
                ("f", "Afsender: Lis Holm"),
                ("f", "Organisation: Grundejerforeningen Lyngbakken"),
                ("f", "Status: Trukket tilbage af afsender – erstattet af høringssvar nr. 3"),
                ("a", "Svaret er trukket tilbage. Indholdet vises ikke."),
            ],
        ),
        (
            "Høringssvar nr. 3",
            [
                ("f", "Indsendt: 05.03.2027 kl. 19:40"),
                ("f", "Afsender: Lis Holm"),
                ("f", "Organisation: Grundejerforeningen Lyngbakken"),
                ("f", "Status: Behandlet"),
                ("n", "Bemærkning 1 (afsnit 4.2)"),
                ("p", "Foreningen beder om, at stien ikke føres gennem fællesarealet ved søen."),
                ("s", "Kommunens svar · Status: Videre arbejde"),
                ("a", "Linjeføringen ved søen indgår i den videre projektering."),
            ],
        ),
    ]
    p = _portal_pdf(tmp_path / "stiplan-portal.pdf", cards, ["Ravnby Rideklub"])
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår, at stien langs Møllevej", "aendring"),
        ("Ravnby Cykelklub", "Cykelklubben ønsker lys på hele stien", "ingen_aendring"),
        ("Grundejerforeningen Lyngbakken", "Foreningen beder om, at stien ikke føres", "implementering"),
        ("Ravnby Rideklub", "", "intet_svar"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def test_header_text_set_turned_is_read_the_right_way_round():
    """A header cell of a narrow column set turned 90° comes out last letter first: turned back; other cells (a
    lower-case word, an abbreviation ending on a capital) are left as they are."""
    from ingest.loaders import _pdf_cell

    assert _pdf_cell("terdnæ ekkI") == "Ikke ændret"
    assert _pdf_cell("tsivleD") == "Delvist"
    assert [_pdf_cell(x) for x in ("eGFR", "mRNA", "ja", "Ændret")] == ["eGFR", "mRNA", "ja", "Ændret"]


def test_outcome_ticked_in_a_grid_with_a_totals_row_read_with_the_comment(tmp_path):
    """One mark a row in narrow outcome columns (Ændret | Delvist | Ikke ændret | Uden for rammerne) and a totals row
    under them ("I alt" | 2 | 1 | 2 | 1): the ticked column's header is the outcome, the totals row no point; an X
    under "Ikke ændret" whose comment says the point goes into the further work is implementering (a tick says only
    whether the plan text changed)."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat om Stiplan for Ravnby", level=1)
    head = [
        "Nr.",
        "Høringspart",
        "Resumé",
        "Kommunens bemærkning",
        "Ændret",
        "Delvist",
        "Ikke ændret",
        "Uden for rammerne",
    ]
    body = [
        [
            "1",
            "Ravnby Cykelklub",
            "Klubben foreslår en sti til havnen.",
            "Stien er tilføjet i kort 3.",
            "X",
            "",
            "",
            "",
        ],
        ["2", "Ravnby Cykelklub", "Klubben ønsker lys i skoven.", "Lys strider mod naturhensyn.", "", "", "X", ""],
        [
            "3",
            "Grundejerforeningen Lyngbakken",
            "Foreningen beder om bænke ved søen.",
            "To af fem bænke er tilføjet.",
            "",
            "X",
            "",
            "",
        ],
        [
            "4",
            "Grundejerforeningen Lyngbakken",
            "Foreningen ønsker en anden linjeføring.",
            "Linjeføringen indgår i det videre arbejde med projekteringen.",
            "",
            "",
            "X",
            "",
        ],
        [
            "5",
            "Ravnby Rideklub",
            "Klubben ønsker en ny ridebane.",
            "Ridebaner ligger uden for planen.",
            "",
            "",
            "",
            "X",
        ],
        ["", "I alt", "", "", "1", "1", "2", "1"],
    ]
    t = d.add_table(rows=1 + len(body), cols=len(head))
    for i, row in enumerate([head] + body):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    p = tmp_path / "stiplan-kryds.docx"
    d.save(str(p))
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår en sti", "aendring"),
        ("Ravnby Cykelklub", "Klubben ønsker lys", "ingen_aendring"),
        ("Grundejerforeningen Lyngbakken", "Foreningen beder om bænke", "delvist"),
        ("Grundejerforeningen Lyngbakken", "Foreningen ønsker en anden", "implementering"),
        ("Ravnby Rideklub", "Klubben ønsker en ny ridebane", "uden_for_rammerne"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows


def test_a_table_per_party_under_a_heading_with_its_received_date(tmp_path):
    """A Word table per party (Bemærkning | Vurdering | Konsekvens for planen) under a Heading 2 "X (modtaget
    d.m.yyyy)": the party is X, without the date in parentheses (a parenthesis that is part of the name stays)."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat om Stiplan for Ravnby", level=1)
    parties = [
        (
            "Ravnby Cykelklub (modtaget 2.3.2027)",
            [("Klubben foreslår en sti til havnen.", "Stien er tilføjet.", "Ændret (kort 3)")],
        ),
        (
            "Dansk Vandrelaug, Ravnby (DVL Ravnby) (modtaget 4.3.2027)",
            [
                (
                    "Lauget ønsker skilte ved alle stier.",
                    "Skiltning indgår i implementeringen.",
                    "Indgår i implementeringen",
                )
            ],
        ),
    ]
    for head, rows in parties:
        d.add_heading(head, level=2)
        t = d.add_table(rows=1 + len(rows), cols=3)
        for j, c in enumerate(["Bemærkning", "Vurdering", "Konsekvens for planen"]):
            t.cell(0, j).text = c
        for i, r in enumerate(rows, start=1):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    p = tmp_path / "stiplan-partstabeller.docx"
    d.save(str(p))
    expected = [
        ("Ravnby Cykelklub", "Klubben foreslår en sti", "aendring"),
        ("Dansk Vandrelaug, Ravnby (DVL Ravnby)", "Lauget ønsker skilte", "implementering"),
    ]
    rows = _rows(p)
    assert _same(rows, expected), rows
