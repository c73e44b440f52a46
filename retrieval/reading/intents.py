"""The command words of a message: a draft reply to a respondent, or the consultation overview, instead of a question.
Part of the one reader (`read_message` in retrieval/reading/query.py turns them into the QueryPlan's intent "draft" or
"overview"); the same phrasings work in Slack, on the CLI (`plansvar ask`) and over HTTP (`POST /ask`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Udkast til svar til Gribskov Kommune", "udkast Gribskov", "svarudkast til PLO-H", "lav et udkast til svar til …",
# "Draft a reply to Gribskov", "draft reply for Gentofte Kommune"
DRAFT = re.compile(
    r"^\s*(?:(?:lav|skriv|giv mig|kan du lave|kan du skrive|vil du lave)\s+(?:et\s+|en\s+)?(?:kort\s+|kortere\s+)?"
    r"(?:svarbrev|brev|svar)\s+til\s+(?P<name2>\S.*?)\s*[?.!]*$)"
    r"|^\s*(?:(?:lav|skriv|giv mig|kan du lave|kan du skrive|vil du lave)\s+)?(?:et\s+)?(?:svar)?udkast"
    r"(?:\s+til)?(?:\s+(?:et\s+)?(?:svar|brev|svarbrev))?(?:\s+til)?\s*[:\-–]?\s+(?P<name>\S.*?)\s*[?.!]*$"
    r"|^\s*(?:please\s+)?(?:(?:write|make|prepare|give me)\s+)?(?:a\s+)?draft(?:\s+(?:a\s+)?(?:reply|response|answer|letter))?"
    r"(?:\s+(?:to|for))?\s*[:\-–]?\s+(?P<name_en>\S.*?)\s*[?.!]*$",
    re.I,
)
DRAFT_BARE = re.compile(r"^\s*(?:svar)?udkast\s*[?.!]*$|^\s*draft(?:\s+(?:a\s+)?(?:reply|response))?\s*[?.!]*$", re.I)

# the whole message asks for the overview: "oversigt", "giv mig et overblik over høringen", "overview of the consultation"
OVERVIEW = re.compile(
    r"^\s*(?:(?:vis|giv|lav|show|give)(?:\s+(?:mig|me))?\s+)?(?:en\s+|et\s+|an\s+|the\s+)?"
    r"(?:oversigt(?:en)?|overblik(?:ket)?|overview|statistik|statistics)"
    r"(?:\s+(?:over|of|for))?(?:\s+(?:hele\s+|the\s+|all\s+)?(?:høringen|høringssvarene|høringssvar|høringsnotatet|"
    r"consultation|consultation responses|responses))?\s*[?.!]*$",
    re.I,
)


# the overview of one consultation: "oversigt over sundhedsaftale-høringen", "overview of the health agreement
# consultation", "statistik for høringen om psykiatriplanen" (a short tail that names a consultation, no verb)
OVERVIEW_OF = re.compile(
    r"^\s*(?:(?:vis|giv|lav|show|give)(?:\s+(?:mig|me))?\s+)?(?:en\s+|et\s+|an\s+|the\s+)?"
    r"(?:oversigt(?:en)?|overblik(?:ket)?|overview|statistik|statistics)\s+(?:over|of|for|af)\s+"
    r"(?P<tail>[^?.!]{3,80}?)\s*[?.!]*$",
    re.I,
)
_TAIL_HEARING = re.compile(r"høring|consultation", re.I)
_TAIL_VERB = re.compile(
    r"\b(sagde|sagt|skrev|mente|ønsker?|said|say|wrote|want\w*|hvad|what|who|hvem|hvordan|how|hvorfor|why)\b", re.I
)


@dataclass
class Intent:
    kind: str  # "ask", "draft" or "overview"
    text: str  # the question, or the respondent's name for a draft
    lang: str = "da"


def classify(text: str) -> Intent:
    """Draft, overview or an ordinary question. Only whole-message commands count: "giv mig en oversigt over hvad
    kommunerne sagde om X" is a question."""
    t = " ".join((text or "").split())
    m = DRAFT.match(t)
    if m:
        name = (m.group("name") or m.group("name2") or m.group("name_en") or "").strip(" \"'«»“”")
        lang = "en" if m.group("name_en") is not None else "da"
        # "Draft a reply to", "udkast til svar til": the request without a name asks who it is for
        return Intent("draft", "" if name.lower() in ("to", "for", "til") else name, lang)
    if DRAFT_BARE.match(t):
        return Intent("draft", "", "en" if "draft" in t.lower() else "da")
    m = OVERVIEW_OF.match(t)
    if OVERVIEW.match(t) or (
        m
        and _TAIL_HEARING.search(m.group("tail"))
        and not _TAIL_VERB.search(m.group("tail"))
        and len(m.group("tail").split()) <= 8
    ):
        return Intent(
            "overview", t, "en" if re.search(r"overview|statistics|show|give|the consultation", t, re.I) else "da"
        )
    return Intent("ask", t)
