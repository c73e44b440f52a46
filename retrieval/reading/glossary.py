"""English -> Danish terms of the practice-planning domain. Sources are Danish and staff ask in English too: an
English question's topic is searched with the Danish words the documents use (BM25 cannot cross languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.reading.glossary_domain import EN_DA_MORE

EN_DA: dict[str, str] = {
    "general practitioners": "praktiserende læger",
    "general practitioner": "praktiserende læge",
    "general practice": "almen praksis",
    "gps": "praktiserende læger",
    "gp": "praktiserende læge",
    "family doctor": "egen læge",
    "doctors": "læger",
    "doctor": "læge",
    "physicians": "læger",
    "practice plan": "praksisplan",
    "practice planning committee": "praksisplanudvalget",
    "planning committee": "praksisplanudvalget",
    "health agreement": "sundhedsaftale",
    "health care agreement": "sundhedsaftale",
    "municipalities": "kommuner",
    "municipality": "kommune",
    "municipal": "kommunal",
    "region": "region",
    "hospitals": "hospitaler",
    "hospital": "hospital",
    "nursing homes": "plejehjem plejecentre",
    "nursing home": "plejehjem plejecenter",
    "care homes": "plejecentre plejehjem",
    "care home": "plejecenter plejehjem",
    "residential facilities": "botilbud bosteder",
    "permanently attached": "fast tilknyttede",
    "attached doctors": "fast tilknyttede læger",
    "permanent doctors": "fast tilknyttede læger",
    "permanent gps": "fast tilknyttede læger",
    "dedicated doctors": "fast tilknyttede læger",
    "assigned doctors": "fast tilknyttede læger",
    "fixed doctors": "fast tilknyttede læger",
    "sick visits": "sygebesøg",
    "home visits": "sygebesøg",
    "sick visit": "sygebesøg",
    "home visit": "sygebesøg",
    "talk therapy": "samtaleterapi",
    "conversation therapy": "samtaleterapi",
    "doctor coverage": "lægedækning",
    "gp coverage": "lægedækning",
    "coverage": "lægedækning",
    "shortage of doctors": "lægemangel lægedækning",
    "recruitment": "rekruttering",
    "recruit": "rekruttering",
    "retention": "fastholdelse",
    "islands": "øerne øer",
    "capacity": "kapacitet",
    "accessibility": "tilgængelighed",
    "access": "tilgængelighed adgang",
    "waiting time": "ventetid",
    "prevention": "forebyggelse",
    "preventive": "forebyggende",
    "inequality": "ulighed",
    "vulnerable": "sårbare udsatte",
    "chronic": "kronisk kroniske",
    "elderly": "ældre",
    "mental illness": "psykisk sygdom",
    "psychiatry": "psykiatri",
    "children": "børn",
    "child and adolescent psychiatry": "børne- og ungdomspsykiatri",
    "child and adolescent mental health": "børn og unges mentale sundhed børne- og ungdomspsykiatri",
    "child psychiatry": "børnepsykiatri børne- og ungdomspsykiatri",
    "adolescents": "unge",
    "adolescent": "unge",
    "assessment": "udredning",
    "digital communication": "digital kommunikation",
    "discharge letter": "epikrise",
    "discharge summary": "epikrise",
    "relatives": "pårørende",
    "patient involvement": "patientinddragelse",
    "telemedicine": "telemedicin",
    "video consultation": "videokonsultation",
    "digital solutions": "digitale løsninger",
    "digital": "digitale",
    "data sharing": "datadeling",
    "it": "it",
    "medication": "medicin",
    "discharge": "udskrivning",
    "readmissions": "genindlæggelser",
    "task transfer": "opgaveoverdragelse opgaveflytning",
    "task shifting": "opgaveflytning",
    "resources": "ressourcer",
    "funding": "finansiering",
    "financing": "finansiering",
    "fee": "honorar",
    "fees": "honorar",
    "agreement": "aftale overenskomst",
    "collective agreement": "overenskomst",
    "health clusters": "sundhedsklynger",
    "better coverage": "bedre lægedækning",
    "better medical coverage": "bedre lægedækning",
    "enter into force": "træder i kraft ikrafttræden",
    "enters into force": "træder i kraft ikrafttræden",
    "into force": "i kraft ikrafttræden",
    "take effect": "træder i kraft",
    "decision power": "beslutningskraft",
    "decision-making power": "beslutningskraft",
    "proposal": "forslag",
    "consultation responses": "høringssvar",
    "process": "behandler",
    "processes": "behandler",
    "clusters": "klynger",
    "quality": "kvalitet",
    "cooperation": "samarbejde",
    "collaboration": "samarbejde",
    "chair": "formand",
    "chairman": "formand",
    "members": "medlemmer",
    "committee": "udvalg",
    "vision": "vision",
    "goals": "mål målsætninger",
    "objectives": "målsætninger",
    "timeline": "tidsplan",
    "per year": "pr. år",
    "each year": "årligt",
    "patients": "patienter",
    "nurses": "sygeplejersker",
    "acute": "akut",
    "proposals": "forslag",
    "extra": "ekstra",
    "follow-up": "opfølgning",
    "follow up": "opfølgning",
    "followup": "opfølgning",
    "waiting list": "venteliste ventetid",
    "wait": "ventetid",
    "nursing home doctors": "plejehjemslæger fast tilknyttede læger",
    "recruiting": "rekruttering",
    "workload": "arbejdspres arbejdsbelastning",
    "working conditions": "arbejdsvilkår arbejdsmiljø",
    "premises": "lokaler",
    "out-of-hours": "lægevagt vagtlæge",
    "out of hours": "lægevagt vagtlæge",
    "after-hours": "lægevagt vagtlæge",
    "emergency": "akut",
    "mental health": "psykiatri psykisk",
    "dementia": "demens",
    "rehabilitation": "rehabilitering",
    "palliative care": "palliativ palliation",
    "palliative": "palliativ",
    "training": "uddannelse",
    "education": "uddannelse",
    "coherence": "sammenhæng",
    "communication": "kommunikation",
    "dialogue": "dialog",
    "telephone": "telefon",
    "phone": "telefon",
    "opening hours": "åbningstid",
    "hospital discharge": "udskrivning",
    "medicines": "medicin",
    "drugs": "medicin lægemidler",
    "medicine card": "medicinkort fmk",
    "shared medication record": "fælles medicinkort fmk",
    "screening": "screening",
    "cancer": "kræft",
    "inequality in health": "ulighed i sundhed",
    "social inequality": "social ulighed",
    "homeless": "hjemløse",
    "disabilities": "handicap",
    "disability": "handicap",
    "young people": "unge",
    "pregnant": "gravide",
    "economy": "økonomi",
    "money": "økonomi midler",
    "costs": "udgifter omkostninger",
    "budget": "budget",
    "nurse": "sygeplejerske",
    "specialists": "speciallæger",
    "specialist": "speciallæge",
    "pharmacies": "apoteker",
    "pharmacy": "apotek",
    "coordination": "koordinering",
    "data": "data",
    "it systems": "it-systemer",
    "privacy": "databeskyttelse",
    "rural areas": "yderområder landdistrikter",
    "remote areas": "yderområder",
    "burden": "belastning",
    "burnout": "udbrændthed",
    "next of kin": "pårørende",
    "fee for service": "honorering ydelseshonorar",
    "remuneration": "honorering",
    "payment": "honorering betaling",
    "burn-out": "udbrændthed",
    "provider number": "ydernummer ydernumre",
    "provider numbers": "ydernumre ydernummer",
    "glossary": "ordliste",
    "referral": "henvisning",
    "referrals": "henvisninger henvisning",
    "rejected referrals": "afviste henvisninger afvisninger",
    "rejected referral": "afviste henvisninger afvisninger",
    "rejected": "afviste afvist afvisning",
    "rejections": "afvisninger afvisning",
    "definitions": "definitioner ordliste",
    # general words of the plans, so an English look-up keeps its words in Danish (answer first weighs sentences by
    # the question's words; a word the glossary lacks is a word no Danish sentence can hold)
    "areas": "områder",
    "area": "område",
    "needs": "behov",
    "need": "behov",
    "initial": "indledende",
    "stronger": "styrket",
    "strengthen": "styrke styrket",
    "specific": "konkrete",
    "principles": "principper",
    "principle": "princip",
    "advice": "rådgivning",
    "approval": "godkendelse",
    "approve": "godkende godkendelse",
    "approved": "godkendt godkendte",
    "government": "regeringen",
    "earmarked": "øremærket",
    "earmark": "øremærket",
    "health houses": "sundhedshuse",
    "health house": "sundhedshus",
    "health centres": "sundhedshuse sundhedscentre",
    "health centers": "sundhedshuse sundhedscentre",
    "clinics": "klinikker lægehuse",
    "clinic": "klinik",
    "transition": "omstilling",
    "local health service": "nære sundhedsvæsen",
    "local health care": "nære sundhedsvæsen",
    "average": "gennemsnit",
    "services": "ydelser",
    "service": "ydelse",
    "insured": "sikrede",
    "split": "fordelt fordeles",
    "divided": "fordelt fordeles",
    "distributed": "fordelt fordeles",
    "equally": "ligeligt",
    "clean-up": "oprydning",
    "cleaning up": "oprydning",
    "steering group": "styregruppe",
    "project": "projekt",
    "early detection": "tidlig opsporing",
    "mayor": "borgmester",
    "representative": "repræsentant",
    "represents": "repræsentant",
    "period": "periode perioden",
    "responsible": "ansvarlig ansvaret",
    "responsibility": "ansvar ansvaret",
    "treatment": "behandling",
    "treated": "behandling behandlet",
    "opened": "indledt indledte åbnede åbnet",
    "the day": "dagen",
    "treat": "behandle behandling",
    "elsewhere": "andet regi andre steder",
    "multi-doctor practice": "flerlægepraksis",
    "group practice": "flerlægepraksis",
    "psychologist": "psykolog",
    "age": "alder",
    "tasks": "opgaver",
    "task": "opgave",
    "nursing staff": "plejepersonale",
    "staff": "personale",
    "temporary places": "midlertidige pladser",
    "temporary beds": "midlertidige pladser",
    "practices": "praksis",
    "set up": "nedsat",
    "established": "etableret nedsat",
    "settle": "nedsætte",
    "vacancies": "ydernumre",
    "aim": "mål målet",
    "goal": "mål målet",
    "purpose": "formål",
    "challenges": "udfordringer",
    "challenge": "udfordring",
    "prioritise": "prioritere",
    "prioritize": "prioritere",
    "priority": "prioritet prioritering",
    "trust": "tillid",
    "control": "kontrol",
    "dialogue meeting": "dialogmøde",
    "demographic": "demografisk demografiske",
    "lifestyle": "livsstil",
    "smoking": "rygning",
    # everyday words of questions about obligations, fairness and dates
    "bound": "forpligtet forpligtelse",
    "obligated": "forpligtet",
    "obligation": "forpligtelse forpligtet",
    "unequal": "uens ulige ulighed",
    "uneven": "uens ulige",
    "unequal treatment": "forskelsbehandling uens",
    "deadline": "frist fristen",
    "sign": "underskrive indgå",
    "require": "kræve krav",
    "requirement": "krav",
    "alternative": "alternativ alternative",
    "target": "mål målsætning",
    "criticise": "kritik kritisk kritiserer",
    "criticize": "kritik kritisk kritiserer",
    "criticism": "kritik kritisk",
    "overall": "overordnede overordnet samlede",
}

# NOTE: a plural "s" is allowed after any term ("waiting times", "readmission"s); the longest term wins
# the domain's wider vocabulary (glossary_domain.py, made from the corpus's words without the evaluation questions),
# less the words that ask about the consultation itself, its handling or the documents: the reader reads those
# ("consultation" is a høring, not a konsultation; "change" is a handling, not a topic)
_META = frozenset(
    """consultation consultations comment comments change changes amendment amendments addition additions hearing
    documents document draft response responses respondent respondents handling handle handled decision decisions
    agree agreed adopt adopted adoption suggestion suggestions proposal proposals propose proposed remark remarks
    answer answers reply replies plan plans text wording section page summary input inputs appendix annex""".split()
)
# NOTE: the question reader's embedder compares leftover words with the curated terms only (retrieval/reading/query.py
# reader_phrasings): ingest embeds those ahead, and the wider vocabulary would be 2,000 more phrases to embed
EN_DA_CORE: dict[str, str] = dict(EN_DA)
EN_DA.update({k: v for k, v in EN_DA_MORE.items() if k not in EN_DA and k not in _META})

# terms that are English words too: the term only when written in capitals ("IT", "GP")
CAPITALS_ONLY = frozenset({"it"})


def _joined(term: str) -> str:
    """A term's words joined by a space or a hyphen alike ("nursing-home doctors" is "nursing home doctors")."""
    return re.sub(r"[\s-]+", " ", term.lower())


_BY_JOINED = {_joined(k): v for k, v in EN_DA.items()}
_PATTERN = re.compile(
    r"\b("
    + "|".join(re.sub(r"\\[ -]", r"[\\s-]+", re.escape(k)) for k in sorted(EN_DA, key=len, reverse=True))
    + r")s?\b",
    re.I,
)


_TERM_WORDS = frozenset(w for k in EN_DA for w in re.findall(r"[a-z]+", k.lower()))


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def respell(text: str) -> str:
    """A mistyped term word written as the glossary writes it ("home vists" -> "home visits"): a word of five letters
    or more that no term holds, one edit from exactly one term word (its plural aside)."""

    def fix(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if len(low) < 5 or low in _TERM_WORDS or low.rstrip("s") in _TERM_WORDS:
            return w
        near = {t.rstrip("s") for t in _TERM_WORDS if len(t) >= 5 and abs(len(t) - len(low)) <= 1 and _one_edit(low, t)}
        return next(iter(near)) if len(near) == 1 else w

    return re.sub(r"[A-Za-z]+", fix, text)


def english_terms(text: str) -> list[tuple[str, str]]:
    """(the English term as written, its Danish words) for each domain term the text uses, in order; a mistyped term
    word is read as the term (respell)."""
    out: list[tuple[str, str]] = []
    text = respell(text)
    covered: list[tuple[int, int]] = []
    for m in _PATTERN.finditer(text):
        if m.group(1).lower() in CAPITALS_ONLY and not m.group(1).isupper():
            continue  # "it would take": the pronoun, not IT
        out.append((m.group(0), _BY_JOINED[_joined(m.group(1))]))
        covered.append(m.span())
    for m in re.finditer(r"[A-Za-z]{5,}", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        base = _base_form(m.group(0).lower())
        if base:
            out.append((m.group(0), _BY_JOINED[base]))
    return out


def _base_form(word: str) -> str | None:
    """The term an inflected English word is a form of: "signed" -> sign, "tendered" -> tender, "freeing" -> free,
    "criticised" -> criticise, "obliges" -> oblige; None when no one-word term is."""
    for suffix, add in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                        ("es", ""), ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: len(word) - len(suffix)] + add
            if base in _BY_JOINED and " " not in base and base not in _META:
                return base
    return None


def danish_terms(text: str) -> str:
    """The Danish words for the domain terms an English text uses ("sick visits per year" -> "sygebesøg pr. år")."""
    seen: list[str] = []
    for _en, da in english_terms(text):
        if da not in seen:
            seen.append(da)
    return " ".join(seen)


# Danish words of the domain that a reader takes for one idea: a topic scan that finds none of a topic's words in a
# row tries these before it says "none" (retrieval/reading/related.py). Groups, not a chain: each word is one member.
DA_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("plejehjem", "plejecenter", "plejecentre", "plejebolig", "plejeboliger"),
    ("botilbud", "bosted", "bosteder"),
    ("læge", "doktor"),
    ("lægedækning", "lægemangel", "mangel på læger", "lægeløse"),
    ("rekruttering", "rekruttere", "tiltrække", "tiltrækning"),
    ("fastholdelse", "fastholde"),
    ("ventetid", "ventetider", "vente", "venteliste"),
    ("tilgængelighed", "adgang", "åbningstid", "åbningstider"),
    ("telefon", "telefonisk", "telefontid"),
    ("opfølgning", "følge op", "opfølgende"),
    ("udskrivning", "udskrivelse", "udskrive"),
    ("sygebesøg", "hjemmebesøg"),
    ("obligatorisk", "tvungen", "tvungent", "tvungne", "påbudt"),
    ("genindlæggelse", "genindlæggelser", "genindlagt"),
    ("forebyggelse", "forebyggende", "forebygge"),
    ("psykiatri", "psykisk", "psykiske", "mental", "mentale"),
    ("digital", "digitale", "digitalisering", "digitaliseringen"),
    ("video", "videokonsultation", "videokonsultationer", "videokonference", "videokonferencer", "e-konsultation"),
    ("medicin", "medicinering", "lægemidler"),
    ("medicinkort", "fmk"),
    ("sårbare", "udsatte", "svage"),
    ("opgaveoverdragelse", "opgaveflytning", "opgavedeling", "delegering", "opgaveglidning"),
    ("økonomi", "ressourcer", "finansiering", "midler", "betaling"),
    ("sammenhæng", "tværsektoriel", "tværsektorielle", "helhed"),
    ("akut", "akutte", "lægevagt", "vagtlæge", "akutberedskab", "akuttelefon"),
    ("inddragelse", "involvering", "medinddragelse"),
    # what the region answers when a point is already in the plan: "Emnet er indeholdt i …", "vurderes indeholdt"
    ("indeholdt", "dækket", "dækkes", "omfattet"),
    ("pårørende", "familie"),
    ("datadeling", "deling af data", "dataudveksling"),
    ("uddannelse", "uddannelseslæger", "kompetenceudvikling", "efteruddannelse"),
    ("arbejdspres", "arbejdsbelastning", "travlhed", "belastning", "arbejdsmiljø"),
    ("lokaler", "klinikker", "fysiske rammer", "praksislokaler"),
    ("ulighed", "lighed", "social ulighed"),
    ("kronisk", "kroniske", "kronikere"),
    ("sygebesøg", "hjemmebesøg"),
    ("kommunikation", "dialog"),
    ("udfordring", "udfordringer", "problem", "problemer", "barriere", "barrierer"),
    ("ældre", "ældreområdet", "plejekrævende"),
)
