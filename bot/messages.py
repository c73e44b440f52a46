"""Every user-facing string of the bot, Danish and English: what failed, and what to do next."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "searching": {"da": "Søger…", "en": "Searching…"},
    "greeting": {
        "da": "Hej! Spørg mig om praksisplanen, sundhedsaftalen og høringssvarene. Jeg svarer med kilder.",
        "en": "Hi! Ask me about the practice plan, the health agreement and the consultation responses. I answer with sources.",
    },
    "empty": {
        "da": "Skriv et spørgsmål, fx: _Hvad sagde kommunerne om fasttilknyttede læger?_",
        "en": "Please write a question, e.g. _What did municipalities say about fasttilknyttede læger?_",
    },
    "too_long": {
        "da": "Spørgsmålet er for langt ({n} tegn; højst 2000). Stil et kortere spørgsmål.",
        "en": "The question is too long ({n} characters; at most 2000). Please ask a shorter question.",
    },
    "error": {
        "da": "Beklager, noget gik galt, da jeg skulle svare. Prøv igen om lidt; fejlen er logget (id {ref}).",
        "en": "Sorry, something went wrong while answering. Please try again shortly; the error is logged (id {ref}).",
    },
    "not_allowed": {
        "da": "Beklager, jeg svarer kun i de kanaler og for de brugere, som administratoren har åbnet for.",
        "en": "Sorry, I only answer in the channels and for the users the administrator has enabled.",
    },
    "sources": {"da": "Kilder", "en": "Sources"},
    "continued": {"da": "(fortsat, del {i} af {n})", "en": "(continued, part {i} of {n})"},
    "feedback_thanks": {"da": "Tak for din feedback!", "en": "Thanks for your feedback!"},
    "feedback_good": {"da": "Godt svar", "en": "Good answer"},
    "feedback_bad": {"da": "Dårligt svar", "en": "Bad answer"},
    "export_xlsx": {"da": "Eksportér til Excel", "en": "Export to Excel"},
    "export_csv": {"da": "Eksportér til CSV", "en": "Export to CSV"},
    "export_comment": {
        "da": "Svaret på «{question}» som regneark: {n} punkter med kilder.",
        "en": "The answer to “{question}” as a spreadsheet: {n} items with sources.",
    },
    "export_gone": {
        "da": "Jeg kan ikke finde det svar længere. Stil spørgsmålet igen, så kan det eksporteres.",
        "en": "I can no longer find that answer. Ask the question again to export it.",
    },
    "overview_comment": {"da": "Oversigten som regneark.", "en": "The overview as a spreadsheet."},
    "draft_comment": {
        "da": "Udkastet som Word-dokument: ret det til, og tjek kilderne, før det sendes.",
        "en": "The draft as a Word document: edit it and check the sources before it is sent.",
    },
    "upload_failed": {
        "da": "Jeg kunne ikke lægge filen op i Slack ({error}). Inviter mig i kanalen, eller brug `plansvar` med `--out` på kommandolinjen.",
        "en": "I could not upload the file to Slack ({error}). Invite me to the channel, or use `plansvar` with `--out` on the command line.",
    },
    "show_all": {"da": "Vis alle {n}", "en": "Show all {n}"},
    "point": {"da": "punkt", "en": "point"},
    "page": {"da": "s.", "en": "p."},
    "lines": {"da": "l.", "en": "l."},
}

SUGGESTED_PROMPTS = [
    {"title": "Kommunerne om fasttilknyttede læger", "message": "Hvad sagde kommunerne om fasttilknyttede læger?"},
    {"title": "Høringssvar der førte til ændringer", "message": "Which responses led to text changes?"},
]


def msg(key: str, lang: str = "da", **values) -> str:
    text = MESSAGES[key].get(lang) or MESSAGES[key]["da"]
    return text.format(**values) if values else text
