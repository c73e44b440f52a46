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
