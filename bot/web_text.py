"""Every user-facing string of the web page (bot/web.py, bot/templates/), Danish and English. Answers, drafts and
error messages come from the Service and the API as they are; these are the page's own words around them."""

from __future__ import annotations

LANGS = ("da", "en")

TEXT: dict[str, dict[str, str]] = {
    "title": {
        "da": "plansvar – spørg om praksisplanen og høringen",
        "en": "plansvar – ask about the practice plan and the consultation",
    },
    "skip": {"da": "Spring til indhold", "en": "Skip to content"},
    "nav_label": {"da": "Hovedmenu", "en": "Main menu"},
    "nav_ask": {"da": "Spørg", "en": "Ask"},
    "nav_browse": {"da": "Høringsnotatet", "en": "Consultation memo"},
    "nav_overview": {"da": "Oversigt", "en": "Overview"},
    "other_lang": {"da": "English", "en": "Dansk"},
    "other_lang_label": {"da": "Switch to English", "en": "Skift til dansk"},
    "ask_heading": {"da": "Stil et spørgsmål", "en": "Ask a question"},
    "ask_intro": {
        "da": "Svarene kommer fra praksisplanen, sundhedsaftalen og høringssvarene – altid med kilder, du "
        "kan åbne og tjekke.",
        "en": "Answers come from the practice plan, the health agreement and the consultation responses – "
        "always with sources you can open and check.",
    },
    "question_label": {"da": "Dit spørgsmål (dansk eller engelsk)", "en": "Your question (Danish or English)"},
    "question_hint": {
        "da": "Fx et emne, en høringspart, en håndtering – eller «Udkast til svar til Gribskov Kommune».",
        "en": "E.g. a topic, a respondent, a handling – or “Draft a reply to Gribskov Kommune”.",
    },
    "ask_button": {"da": "Spørg", "en": "Ask"},
    "examples": {"da": "Eksempler", "en": "Examples"},
    "follow_up": {"da": "Opfølgning på: «{q}»", "en": "Following up on: “{q}”"},
    "follow_up_box": {"da": "Næste spørgsmål følger op på «{q}»", "en": "My next question follows up on “{q}”"},
    "follow_up_hint": {
        "da": "Et kort spørgsmål som «og hospitalerne?» læses som opfølgning på det forrige.",
        "en": "A short question such as “and the hospitals?” is read as a follow-up to the previous one.",
    },
    "answer_heading": {"da": "Svar", "en": "Answer"},
    "reading": {"da": "Sådan blev spørgsmålet læst", "en": "How the question was read"},
    "shown_of": {
        "da": "Viser {returned} af {matched} punkter, som filtrene matcher: emnet har indsnævret listen.",
        "en": "Showing {returned} of the {matched} points the filters match: the topic narrowed the list.",
    },
    "export": {"da": "Eksportér", "en": "Export"},
    "export_xlsx": {"da": "Hent som Excel (XLSX)", "en": "Download as Excel (XLSX)"},
    "export_csv": {"da": "Hent som CSV", "en": "Download as CSV"},
    "feedback_q": {"da": "Var svaret nyttigt?", "en": "Was the answer useful?"},
    "feedback_gone": {
        "da": "Svaret findes ikke længere; stil spørgsmålet igen.",
        "en": "That answer no longer exists; ask the question again.",
    },
    "open_source": {"da": "Åbn kilden", "en": "Open the source"},
    "source_n": {"da": "Kilde {k}", "en": "Source {k}"},
    "error_heading": {"da": "Det kunne ikke lade sig gøre", "en": "That did not work"},
    "bad_question": {
        "da": "Spørgsmålet kan ikke besvares, som det står:",
        "en": "The question cannot be answered as it is:",
    },
    "store_error": {"da": "Indekset kan ikke bruges lige nu:", "en": "The index cannot be used right now:"},
    "not_found_page": {"da": "Siden findes ikke.", "en": "There is no such page."},
    # browse
    "browse_heading": {"da": "Høringsnotatets punkter", "en": "The consultation memo's points"},
    "filters": {"da": "Filtre", "en": "Filters"},
    "f_respondent": {"da": "Høringspart", "en": "Respondent"},
    "f_type": {"da": "Type af høringspart", "en": "Respondent type"},
    "f_theme": {"da": "Tema", "en": "Theme"},
    "f_consultation": {"da": "Høring", "en": "Consultation"},
    "unknown_consultation": {
        "da": "Ingen høring passer på «{x}». Materialet rummer: {titles}.",
        "en": "No consultation matches “{x}”. The material holds: {titles}.",
    },
    "pick_consultation": {"da": "Vælg høring", "en": "Pick the consultation"},
    "f_handling": {"da": "Håndtering", "en": "Handling"},
    "f_text": {"da": "Fritekst", "en": "Free text"},
    "f_text_hint": {"da": "Alle ord skal forekomme i punktet.", "en": "Every word must occur in the point."},
    "f_all": {"da": "Alle", "en": "All"},
    "f_apply": {"da": "Vis", "en": "Show"},
    "f_reset": {"da": "Nulstil", "en": "Reset"},
    "count": {"da": "{n} af {total} høringspunkter", "en": "{n} of {total} consultation points"},
    "count_by_handling": {"da": "Fordelt på håndtering", "en": "By handling"},
    "no_rows": {"da": "Ingen punkter matcher filtrene.", "en": "No points match the filters."},
    "col_respondent": {"da": "Høringspart", "en": "Respondent"},
    "col_point": {"da": "Punkt", "en": "Point"},
    "col_theme": {"da": "Tema", "en": "Theme"},
    "col_handling": {"da": "Håndtering", "en": "Handling"},
    "col_summary": {"da": "Resumé", "en": "Summary"},
    "summary": {"da": "Resumé af høringssvaret", "en": "Summary of the response"},
    "handling": {"da": "Håndtering", "en": "Handling"},
    "handling_raw": {"da": "som skrevet i notatet", "en": "as written in the memo"},
    "refers_to": {"da": "Samme håndtering som ved {x}", "en": "Same handling as for {x}"},
    "comment": {"da": "Kommentar / tekstændring", "en": "Comment / text change"},
    "quote": {"da": "Citat fra høringssvaret", "en": "Quote from the response"},
    "quote_pages": {"da": "side {p} i høringssvaret", "en": "page {p} of the response"},
    "open_row": {"da": "Åbn punktet", "en": "Open the point"},
    "pages_nav": {"da": "Sider", "en": "Pages"},
    "page_n": {"da": "Side {i}", "en": "Page {i}"},
    "more_rows": {"da": "Viser punkt {a}–{b}.", "en": "Showing points {a}–{b}."},
    # record
    "record_heading_row": {"da": "{respondent}, punkt {letter}", "en": "{respondent}, point {letter}"},
    "record_heading_remark": {"da": "{respondent}, bemærkning", "en": "{respondent}, remark"},
    "document": {"da": "Dokument", "en": "Document"},
    "where": {"da": "Placering", "en": "Location"},
    "highlight_note": {"da": "De ord, svaret citerer, er markeret.", "en": "The words the answer quotes are marked."},
    "text": {"da": "Tekst", "en": "Text"},
    "all_points_of": {"da": "Alle punkter fra {x}", "en": "All points from {x}"},
    # respondent
    "respondent_count": {"da": "{n} punkter i høringsnotatet", "en": "{n} points in the consultation memo"},
    "respondent_one": {"da": "1 punkt i høringsnotatet", "en": "1 point in the consultation memo"},
    "to_draft": {"da": "Læs udkast til svar", "en": "Read the draft reply"},
    "in_browse": {"da": "Vis i tabellen", "en": "Show in the table"},
    "unknown_respondent": {"da": "Ingen høringspart hedder «{x}».", "en": "No respondent is called “{x}”."},
    "did_you_mean": {"da": "Mente du", "en": "Did you mean"},
    # overview
    "overview_heading": {"da": "Oversigt over høringen", "en": "Overview of the consultation"},
    "overview_lead": {
        "da": "{rows} høringspunkter fra {respondents} høringsparter; {silent} hørte parter svarede ikke.",
        "en": "{rows} consultation points from {respondents} respondents; {silent} consulted parties did not respond.",
    },
    "chart_types": {
        "da": "Høringspunkter efter type af høringspart og håndtering",
        "en": "Consultation points by respondent type and handling",
    },
    "chart_types_desc": {
        "da": "Vandrette, stablede søjler: én pr. type af høringspart, delt efter håndtering; tallet "
        "efter søjlen er det samlede antal.",
        "en": "Horizontal stacked bars: one per respondent type, split by handling; the number after "
        "the bar is the total.",
    },
    "chart_themes": {"da": "Høringspunkter efter tema", "en": "Consultation points by theme"},
    "chart_themes_desc": {
        "da": "Vandrette søjler: én pr. tema med antallet af høringspunkter (uden høringsparter uden høringssvar).",
        "en": "Horizontal bars: one per theme with its number of consultation points (respondents "
        "without a response left out).",
    },
    "chart_image": {"da": "Diagrammet som billede (SVG)", "en": "The chart as an image (SVG)"},
    "table_numbers": {"da": "Tallene som tabel", "en": "The numbers as a table"},
    "total": {"da": "I alt", "en": "Total"},
    "type": {"da": "Type", "en": "Type"},
    "theme": {"da": "Tema", "en": "Theme"},
    "points": {"da": "Punkter", "en": "Points"},
    "no_response": {"da": "Høringsparter uden høringssvar", "en": "Respondents without a response"},
    "no_response_none": {"da": "Alle høringsparter har svaret.", "en": "Every respondent responded."},
    "download_overview": {"da": "Hent oversigten", "en": "Download the overview"},
    "empty_handling": {"da": "tom celle", "en": "empty cell"},
    "no_theme": {"da": "(uden tema)", "en": "(no theme)"},
    "no_rows_in_index": {
        "da": "Der er ingen høringsnotater i indekset.",
        "en": "There is no høringsnotat in the index.",
    },
    # draft
    "draft_heading": {"da": "Udkast til svar", "en": "Draft reply"},
    "draft_note": {
        "da": "Brevet er på dansk. Ret det til, og tjek kilderne, før det sendes.",
        "en": "The letter is in Danish. Edit it and check the sources before it is sent.",
    },
    "download_docx": {"da": "Hent som Word (DOCX)", "en": "Download as Word (DOCX)"},
    "draft_respondent_label": {"da": "Høringspart", "en": "Respondent"},
    "draft_button": {"da": "Lav udkast", "en": "Draft"},
    "draft_pick": {
        "da": "Vælg en høringspart for at læse udkastet til svar.",
        "en": "Choose a respondent to read the draft reply.",
    },
    "letter": {"da": "Brevet", "en": "The letter"},
    "draft_caseworker": {"da": "Til sagsbehandleren", "en": "For the caseworker"},
    "draft_point_sources": {"da": "Kilder pr. punkt", "en": "Sources per point"},
    "back_to_respondent": {"da": "Alle punkter fra {x}", "en": "All points from {x}"},
    "footer": {
        "da": "plansvar · svar med kilder · virker uden internet",
        "en": "plansvar · answers with sources · works offline",
    },
}

# the two example questions (README, make demo)
EXAMPLES = (
    "What did municipalities say about fasttilknyttede læger?",
    "Hvilke høringssvar førte til ændringer i teksten?",
)


def texts(lang: str) -> dict[str, str]:
    """Every string in one language (Danish for anything but 'en')."""
    from bot.messages import msg
    from retrieval.wording import say

    lang = "en" if lang == "en" else "da"
    # NOTE: the words the page shares with Slack and the citations are taken from their one home, not repeated here
    shared = {k: say(k, lang) for k in ("page", "lines", "point")}
    shared |= {k: msg(k, lang) for k in ("sources", "show_all", "feedback_good", "feedback_bad", "feedback_thanks")}
    return {"lang": lang, **shared, **{k: v.get(lang) or v["da"] for k, v in TEXT.items()}}
