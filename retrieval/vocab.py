"""The one vocabulary of what the corpus can be asked about: handling values, respondent types and record kinds, each
with its Danish and English labels and the ways a høringsnotat words it. The parser, the question reader, answers,
the overview, exports and drafts all read it from here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Handling(StrEnum):
    """How the authority handled one point of a response (the høringsnotat's handling column)."""

    IMPLEMENTERING = "implementering"
    INGEN_AENDRING = "ingen_aendring"
    AENDRING = "aendring"
    DELVIST = "delvist"
    UDEN_FOR_RAMMERNE = "uden_for_rammerne"
    INTET_SVAR = "intet_svar"


class RespondentType(StrEnum):
    KOMMUNE = "kommune"
    REGION = "region"
    HOSPITAL = "hospital"
    PSYKIATRI = "psykiatri"
    MYNDIGHED = "myndighed"
    ORGANISATION = "organisation"


class Kind(StrEnum):
    """What a record is: a høringsnotat row, or a section of a plan, sundhedsaftale, udspil, oplæg or other document."""

    HOERINGSNOTAT = "hoeringsnotat"
    PLAN = "plan"
    SUNDHEDSAFTALE = "sundhedsaftale"
    UDSPIL = "udspil"
    OPLAEG = "oplaeg"
    DOCUMENT = "document"


@dataclass(frozen=True)
class Term:
    """One value of the vocabulary: how answers name it (da/en), how the overview abbreviates it, and how source
    documents word it (regular expressions over lower-cased text, first match wins in `classify_*`)."""

    code: str
    da: str
    en: str
    short_da: str = ""
    short_en: str = ""
    wordings: tuple[str, ...] = field(default_factory=tuple)

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.da

    def short(self, lang: str) -> str:
        return (self.short_en if lang == "en" else self.short_da) or self.label(lang)


HANDLINGS: dict[Handling, Term] = {
    Handling.IMPLEMENTERING: Term(
        "implementering", "Inddrages i implementeringsarbejdet", "taken into the implementation work",
        "implementering", "implementation",
        (r"inddrages", r"implementering", r"implementation"),
    ),
    Handling.INGEN_AENDRING: Term(
        "ingen_aendring", "Giver ikke anledning til ændringer i praksisplanen", "no change to the plan",
        "ingen ændring", "no change",
        (r"ikke anledning", r"no change", r"not give rise"),
    ),
    Handling.AENDRING: Term(
        "aendring", "Giver anledning til ændring/tilføjelse i praksisplanen", "led to a change/addition in the plan",
        "ændring", "change",
        (r"anledning til følgende", r"ændring/tilføjelse", r"text change", r"amended", r"changed"),
    ),
    Handling.DELVIST: Term(
        "delvist", "Imødekommes (delvist) i praksisplanen", "partly accommodated in the plan",
        "delvist", "partly",
        (r"delvist", r"partly", r"partially"),
    ),
    Handling.UDEN_FOR_RAMMERNE: Term(
        "uden_for_rammerne", "Ligger uden for rammerne af den aktuelle praksisplan", "outside the scope of the current plan",
        "uden for", "out of scope",
        (r"uden for rammerne", r"out of scope", r"outside the scope"),
    ),
    Handling.INTET_SVAR: Term(
        "intet_svar", "Der er ikke fremsendt høringssvar", "no response submitted",
        "intet svar", "no response",
        (r"ikke fremsendt", r"no response", r"did not respond"),
    ),
}
# the order classify_handling tries them in: a negated phrase before the positive one it contains
HANDLING_ORDER = (Handling.INGEN_AENDRING, Handling.AENDRING, Handling.IMPLEMENTERING, Handling.DELVIST,
                  Handling.UDEN_FOR_RAMMERNE, Handling.INTET_SVAR)
REFERENCE_WORDINGS = (r"samme håndtering som",)  # "Samme håndtering som ved PIU j": the handling of another row
NO_HANDLING = {"da": "ingen håndtering angivet", "en": "no handling given"}
EMPTY_HANDLING = "tom"  # the filter value for rows whose handling cell is empty (Record.handling None)

RESPONDENT_TYPES: dict[RespondentType, Term] = {
    RespondentType.KOMMUNE: Term("kommune", "kommuner", "municipalities", "kommune", "municipality"),
    RespondentType.REGION: Term("region", "regionale råd og udvalg", "regional councils and committees",
                                "regionalt råd/udvalg", "regional council/committee"),
    RespondentType.HOSPITAL: Term("hospital", "hospitaler", "hospitals", "hospital", "hospital"),
    RespondentType.PSYKIATRI: Term("psykiatri", "psykiatrien", "psychiatry", "psykiatri", "psychiatry"),
    RespondentType.MYNDIGHED: Term("myndighed", "myndigheder", "authorities", "myndighed", "authority"),
    RespondentType.ORGANISATION: Term("organisation", "organisationer", "organisations", "organisation", "organisation"),
}

KINDS: dict[Kind, Term] = {
    Kind.HOERINGSNOTAT: Term("hoeringsnotat", "høringsnotat", "consultation memo"),
    Kind.PLAN: Term("plan", "praksisplan", "practice plan"),
    Kind.SUNDHEDSAFTALE: Term("sundhedsaftale", "sundhedsaftale", "health agreement"),
    Kind.UDSPIL: Term("udspil", "udspil", "proposal"),
    Kind.OPLAEG: Term("oplaeg", "oplæg", "input paper"),
    Kind.DOCUMENT: Term("document", "dokument", "document"),
}


def handling_label(code: str | None, lang: str = "da", raw: str | None = None) -> str:
    """How an answer names a handling value; the cell as printed when the value is unknown."""
    try:
        return HANDLINGS[Handling(code)].label(lang)
    except ValueError:
        return raw or NO_HANDLING["en" if lang == "en" else "da"]


def type_label(code: str | None, lang: str = "da") -> str:
    """How an answer names a group of respondents of one type ("kommuner", "hospitals")."""
    try:
        return RESPONDENT_TYPES[RespondentType(code)].label(lang)
    except ValueError:
        return code or ""
