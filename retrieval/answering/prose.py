"""Answers about what the prose says, answer first: what type of value the question asks for (a person, a date, a
number, an amount, a place, a numbered item, a list, a reason, a definition), the sentences of the ranked passages
that hold a value of that type together with the question's own words, a lead that states it with its citation, and
an honest "the documents do not say" with the nearest sentence when no sentence holds it.

Built from word evidence, not per question: the answer type from the question's head words (Danish and English),
sentences from the passages' lines (a slide's bullet, a numbered item, a timeline's date line, a prose sentence),
values by their form (a capitalised name, a date, a number beside the asked unit, "8." at the head of an item)."""

from __future__ import annotations

import dataclasses

import math
import re
from dataclasses import dataclass, field

from retrieval.types import Record
from retrieval.words import STOPWORDS, stems

# --- the answer type ------------------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "en": 1, "et": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5,
    "seks": 6, "six": 6, "syv": 7, "seven": 7, "otte": 8, "eight": 8, "ni": 9, "nine": 9, "ti": 10, "ten": 10,
    "elleve": 11, "eleven": 11, "tolv": 12, "twelve": 12,
}  # fmt: skip
ORDINALS = {
    "første": 1, "first": 1, "anden": 2, "andet": 2, "second": 2, "tredje": 3, "third": 3, "fjerde": 4,
    "fourth": 4, "femte": 5, "fifth": 5, "sjette": 6, "sixth": 6, "syvende": 7, "seventh": 7, "ottende": 8,
    "eighth": 8, "niende": 9, "ninth": 9, "tiende": 10, "tenth": 10,
}  # fmt: skip
# the nouns that number the items of a document ("forslag 8", "princip 2", "indsatsområde 3", "proposal no. 8")
ITEM_NOUNS = (
    r"forslag\w*|forsl\w*|proposals?|princip\w*|principles?|indsatsområde\w*|områder?|overskrift\w*|headings?|"
    r"målsætning\w*|goals?|objectives?|løfte\w*|pledges?|promises?|punkt\w*|points?|items?|tiltag\w*|measures?|"
    r"anbefaling\w*|recommendations?|fokusområde\w*|emne\w*|topics?|themes?|skridt|steps?|mål|goals?|"
    r"forudsætning\w*|prerequisites?|preconditions?|krav|requirements?"
)
_N = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"
ITEM_REF = re.compile(rf"\b(?P<noun>{ITEM_NOUNS})\s+(?:nr\.?\s*|no\.?\s*|number\s+)?(?P<n>\d{{1,2}})\b", re.I)
ITEM_ORD = re.compile(rf"\b(?P<ord>{'|'.join(ORDINALS)})\s+(?P<noun>{ITEM_NOUNS})", re.I)
# "de tre overskrifter", "the seven principles", "seks forslag", "10 forslag": a count of items to list
ITEM_COUNT = re.compile(rf"\b{_N}\s+(?:\w+\s+)?(?P<noun>\w*(?:{ITEM_NOUNS}))\b", re.I)
# "hvilke fire udfordringer", "the four problems": any noun counted after a word that asks for a list (not "what to
# do": "to" is two only in Danish)
_N_EN = r"(\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if w not in ("to", "et", "en", "one")) + ")"
LIST_COUNT = re.compile(
    rf"\b(?:(?:hvilke|nævn|de)\s+{_N}|(?:which|what|name|list|the)\s+{_N_EN})\s+(?P<noun>[^\W\d][\w-]{{3,}})"
    r"(?:\s+(?P<noun2>[^\W\d]{4,}))?\b",
    re.I,
)

# "hvem har (stadig) ret til …", "who is entitled to …", "who can get …": who it applies to, not a person's name
ENTITLED = re.compile(
    r"\b(?:hvem|who)\s+(?:\w+\s+){0,2}?(?:ret til|right to|entitled|berettiget|kan få|can get|qualif\w*|omfattet|"
    r"covered|gælder (?:det|den|ordningen)|does (?:it|this) apply)\b",
    re.I,
)

TYPE_CUES: list[tuple[str, re.Pattern]] = [
    (
        "who",
        re.compile(
            r"^\W*(hvem|who|whom|whose)\b|\b(hvem|who)\s+(er|var|is|was|are|leder|leads|chairs)\b"
            r"|[,;:–]\s*(hvem|who)\s+(?!\w+\s+(?:svar|respon|høringssvar))\w+",  # "According to X, who opened …"
            re.I,
        ),
    ),
    (
        "when",
        re.compile(
            r"\b(hvornår|when|what date|which date|hvilken dato|hvilket år|what year|which year|ikrafttræd\w*|"
            r"which period|what period|hvilken periode|for how long|how long|hvor længe|"
            r"(?:which|what|hvilke[nt]?|i hvilke[nt]?)\s+(?:months?|måned(?:er)?|weeks?|uger?|days?|dage?|dates|datoer|"
            r"years|år)|"
            r"i kraft|into force|into effect|deadline|tidspunkt\w*|go-?live|go live|start date|startdato|dato|datoen|"
            r"date)\b",
            re.I,
        ),
    ),
    (
        "amount",
        re.compile(
            r"\b(hvor meget|how much|beløb\w*|budget\w*|kroner|kr|mio|millioner|millions?|koste\w*|costs?|pris|"
            r"price|bevilling\w*|money|penge|fee|fees|honorar\w*|honorering\w*|takst\w*|betaling\w*)\b"
            # an amount written short: "the 800m", "2bn", "15 mio."
            r"|\b\d+(?:[.,]\d+)?\s?(?:m|bn|mia)\b",
            re.I,
        ),
    ),
    (
        "number",
        re.compile(
            r"\b(hvor mange|how many|antal\w*|number of|count of|gennemsnit\w*|average|andel\w*|procent\w*|"
            r"(?:what|which|how large a|how big a|the)\s+(?:share|proportion|fraction)|"
            # a waiting time is a number of days or weeks: "what were the waiting times", "hvad er ventetiden"
            r"(?:hvad|what)\s+(?:var|er|is|was|were|are)\s+(?:the\s+|de\s+)?(?:ventetid\w*|waiting times?|wait times?)|"
            # (an age band is a group, not a number: "which age band uses it most?")
            r"percent\w*|hvor stor\w*|how large|how big|how old|hvor gamle|\w*alderen|age(?!\s+(?:band|group|bracket|range)))\b",
            re.I,
        ),
    ),
    (
        "place",
        re.compile(
            r"\b(hvilken|hvilke|which|what)\s+(kommune\w*|municipalit\w*|region\w*|by|town|city|sted|place)\b"
            r"|\bhvor\s+(kommer|er)\s+\w+\s+fra\b|\bwhere\b.*\bfrom\b",
            re.I,
        ),
    ),
    ("why", re.compile(r"\b(hvorfor|why|begrundelse\w*|reason\w*|grund(?:en|e|ene)?)\b", re.I)),
    (
        "who",
        re.compile(
            r"\b(formand\w*|næstformand\w*|chair\w*|direktør\w*|director|leder\w*|leader|borgmester\w*|mayor|"
            r"oplægsholder\w*|speaker|presenter|underskr\w*|signed|signatories|kontaktperson\w*|contact person\w*)\b"
            # people asked for by a plural noun: "hvilke læger …", "which GPs represent …"
            r"|\b(?:hvilke|which)\s+(?:[\w-]+\s+)?(?:GPs|doctors|læger|members|medlemmer|people|personer|"
            r"representatives|repræsentanter)\b"
            # one person asked for: "which contact person", "hvilken medarbejder"
            r"|\b(?:hvilken|which|what)\s+(?:person|medarbejder|employee|official|embedsmand|sagsbehandler|caseworker)\b",
            re.I,
        ),
    ),
]

# words that ask, never what the sentence must hold
CUE_WORDS = set(
    """hvem who whom whose hvornår when date dato år year hvor mange how many much meget antal number hvad what
    which hvilke hvilken hvilket why hvorfor går ud på handler om about mean betyder is are er var was were der
    does did do give giv nævn name list tell fortæl forklar explain describe beskriv says siger say ifølge according
    dokument dokumenter dokumenterne documents document the de det den og and of i in to til på on for om budget
    budgett beløb kron kr mio million millioner penge money cost kost pris price vedkom rol role hold holdt gav gave
    presented præsent peger pegede point points pointed mention mentions mentioned står stod cirka ca omkring
    approximately roughly around året""".split()
)


# NOTE: the cue words as stems too ("ifølge" is "ifølg" once stemmed), and the words of a "when" question that name
# the moment rather than the thing ("ikrafttrædelse", "tidspunkt", "deadline"): no sentence must hold them
CUE_STEMS = set(
    stems(" ".join(CUE_WORDS) + " ikrafttrædelse ikrafttræden ikrafttrædelsen tidspunkt tidspunktet deadline")
)


# a count the question names ("de fire udfordringer") is the answer's size, not a word its sentence must hold
COUNT_STEMS = set(stems(" ".join(w for w in NUMBER_WORDS if len(w) > 2 and w != "eleven")))  # not "elev"


# the moment a "when" question names by a word the sentence writes otherwise ("ikrafttrædelse" / "træder i kraft")
INTO_FORCE = re.compile(r"\bi\s+kraft\b|ikrafttræd\w*|\binto\s+(?:force|effect)\b|\btake\w*\s+effect\b", re.I)
# a question for a share: "hvor stor en andel", "what percentage", "which proportion"
SHARE_ASK = re.compile(
    r"\b(andel\w*|procent\w*|percent\w*|share|proportion|hvor stor en del|what part|how large a part)\b", re.I
)
# "hvor mange af de 80+ årige", "how many of the over-80s": a count or a share of a group
OF_GROUP = re.compile(r"\b(?:hvor mange af (?:de|dem)|how many of (?:the|them))\b", re.I)
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?)\s*(?:%|procent\b|percent\b)", re.I)


def question_numbers(question: str) -> set[str]:
    """The numbers a question asks about ("de 700 læger", "forslag 2"), not a label before a colon ("Sag 10: …")."""
    return {_norm(m.group(0)) for m in re.finditer(r"\d+(?:[.,]\d+)*(?!\s*:)(?![\d.,])", question)}


def asked_place(question: str) -> str:
    """ "kommune" or "region": which kind of place a "which municipality / hvilken region" question asks for."""
    if re.search(r"\b(kommune\w*|municipalit\w*)\b", question, re.I):
        return "kommune"
    if re.search(r"\bregion\w*\b", question, re.I):
        return "region"
    return ""


# the five Danish regions' English names: "Region Zealand" is Region Sjælland in the documents
REGION_EN = {"zealand": "sjælland", "capital": "hovedstaden", "southern": "syddanmark", "central": "midtjylland",
             "north": "nordjylland"}  # fmt: skip


def danish_region(name: str) -> str:
    """ "sjælland" for "Zealand", the name itself for a Danish one."""
    return REGION_EN.get(name.lower(), name.lower())


EN_MONTHS = {
    "january": "januar", "february": "februar", "march": "marts", "may": "maj", "june": "juni", "july": "juli",
    "october": "oktober",
}  # fmt: skip


# a measure the sentence must name beside its number: "gennemsnitsalderen", "andelen", "the average age"
MEASURE = re.compile(r"\b\w*(gennemsnit\w*|alder\w*|andel\w*|procent\w*)\b|\b(average|age|share|percent\w*)\b", re.I)
MEASURE_DA = {"average": "gennemsnit", "age": "alder", "share": "andel", "percent": "procent", "percentage": "procent"}


WAIT = re.compile(r"\b(?:ventetid\w*|waiting times?|wait times?|how long .{0,30}wait)", re.I)
DA_ADJECTIVE = re.compile(r"(?:ige|iske|ske|lige|ede|ende|ære)$|^(?:små|store|nye|gamle|flere|andre|unge|ældre|yngre)$")


def detect_danish(question: str) -> bool:
    from retrieval.reading.query import detect_language

    return detect_language(question) == "da"


# words that end the noun phrase after "how many": a verb of the question or a preposition
NP_END = frozenset(
    "are is was were do does did have has had there er var har havde blev bliver kan skal vil der in i på af of for "
    "across each per pr om at to til fra from med with".split()
)
WRAPPER_NOUNS = {"eksempler", "eksempel", "example", "examples", "typer", "type", "types", "kinds", "slags", "former"}


def asked_unit(question: str, words: list[str]) -> list[str]:
    """The counted thing of "hvor mange sygebesøg", "how many sick visits" as stems of the question's words (for an
    English question, its Danish terms among `words`)."""
    if WAIT.search(question):
        # a waiting time is counted in days, weeks or months: "4 uger", "14 dage"
        return ["|".join(stems("dage uger måneder timer days weeks months hours"))]
    measure = MEASURE.search(question)
    if measure:
        word = measure.group(0).lower()
        return stems(MEASURE_DA.get(word, word))[:1]
    # "temporary / acute beds", "læger / praksis": the alternative after a slash is the same thing, named again
    plain = re.sub(r"\s*/\s*[\w-]+", "", question)
    m = re.search(r"\b(?:hvor mange|how many|antal(?:let)?(?: af)?|number of)\s+((?:\w+[\s-]*){1,3})", plain, re.I)
    if not m:
        return []
    from retrieval.reading.glossary import danish_terms

    # the counted noun: the first content word after "hvor mange" ("hvor mange af de 700 læger" -> læger)
    after = []
    danish = detect_danish(question)
    verb = re.compile(r"es$" if danish else r"ed$")  # a Danish passive ("aflægges"), an English past ("used")
    for k, t in enumerate(m.group(1).split()):
        # NOTE: the noun phrase ends at a verb ("are", "aflægges") or a preposition: its last word is the counted
        # noun ("temporary municipal beds" counts beds; "syv midlertidige udvalg" counts no beds)
        if t.lower() in ("på", "of", "af") and after and after[-1].lower() in WRAPPER_NOUNS:
            after = []  # "hvor mange eksempler på indsatsområder": the examples are of the noun after them
            continue
        if t.lower() in NP_END or (k and len(t) > 4 and verb.search(t.lower()) and not t[:1].isupper()):
            break
        if t.lower() not in STOPWORDS and not t[:1].isdigit():
            after.append(t)
    if after and not danish:
        # an English count is of a plural noun: the first one ends the phrase ("general practitioners work in …")
        k = next((k for k, t in enumerate(after) if len(t) > 3 and t.lower().endswith("s")), len(after) - 1)
        after = after[: k + 1]
    elif after:
        # a Danish noun phrase ends at its noun, after any attributive adjective ("små øer", "midlertidige pladser");
        # a verb may follow it unmarked ("hvor mange praksis brugte …"): the first word that is no adjective
        k = 0
        while k < len(after) - 1 and DA_ADJECTIVE.search(after[k].lower()):
            k += 1
        after = after[: k + 1]
    # NOTE: "hvor mange eksempler på indsatsområder", "how many example focus areas": the examples are of the noun
    # after them, which is what a list's heading names
    if len(after) > 1 and after[0].lower() in WRAPPER_NOUNS:
        after = after[1:]
    head = after[-1] if after else ""
    # NOTE: an English head of two words is one Danish term: "general practitioners" -> "praktiserende læger"
    # (only where the head alone has none: "municipal beds" counts beds, and "kommunal" would take "17 kommuner")
    terms = danish_terms(" ".join(after[-2:])) if len(after) >= 2 and not danish_terms(head) else ""
    near = stems(f"{head} {danish_terms(head)} {terms}")
    out = [w for w in words if any(_same(w, n) for n in near)][:2]
    if not out and head.lower().rstrip("s") in EN_ITEM:
        out = [_noun_stem(head.lower().rstrip("s"))]  # an English item noun in Danish: prerequisites -> forudsætning
    if not out and (terms or danish_terms(head)):
        out = stems(terms or danish_terms(head))[:2]  # "how many GPs": the Danish noun must stand by the number
    return out


# "X's role", "udvalgenes opgave": a question about what one thing (or body) is or does, not a list of things
ROLE_OF = re.compile(
    r"^\W*(?:hvad|what)\s+(?:er|var|is|was|are|were)\b.*?\b[\w-]+(?:s|'s|’s|')(?:\s+\([^)]{1,30}\))?\s+(?:rolle|role|formål|purpose|opgave|"
    r"task|ansvar|responsibility|funktion|function|betydning|meaning|definition)\b",
    re.I,
)


# the words that give a reason or a consequence: what a "hvorfor" / "why" question is answered by
REASON = re.compile(
    r"\b(?:fordi|idet|eftersom|da\s+(?:de|det|der|den|man|vi|regionen|kommunen)|årsag\w*|begrund\w*|grund(?:en)?\s+(?:til|er)|"
    r"på grund af|derfor|dermed|således|hvorfor|med henblik på|for at|sådan at|så\s+(?:at|de|det)|betyder|because|since|"
    r"therefore|thus|so that|in order to|reason\w*|due to|as a result)\b",
    re.I,
)


# "hvad mener/foreslår X om …", "what do X think/say about …": what follows is the topic of a view
OPINION_ABOUT = re.compile(
    r"^\W*(?:hvad|what)\b.{0,80}?\b(?:mener|mente|synes|syntes|foreslår|foreslog|siger|sagde|skriver|skrev|think|"
    r"thinks|thought|say|says|said|propose|proposes|suggest|suggests|write|writes)\b.{0,80}?\b(?:om|about|on|til)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


def answer_type(question: str) -> str:
    """who, when, amount, number, place, why, item, list or what: the kind of value the question asks for. A phrase
    it quotes names what it is about, not what it asks ("a line about 'more health for the same money' – what were
    its goals?" asks for no amount)."""
    from retrieval.reading.query import QUOTED

    q = typo_free(QUOTED.sub(" QUOTE ", question).strip())
    if ENTITLED.search(q):
        return "what"  # "hvem har ret til sygebesøg": a group of people a sentence describes, not a name
    for kind, pattern in TYPE_CUES[:5]:
        m = pattern.search(q)
        if m and kind in ("number", "amount") and OPINION_ABOUT.search(q[: m.start()]):
            continue  # "hvad mener PLO og KL om antallet af patienter pr. læge?": their view of the number, a what
        if m:
            return kind
    if TYPE_CUES[5][1].search(q):
        return "why"
    if ITEM_REF.search(q) or ITEM_ORD.search(q) or ITEM_NUMBER.search(q):
        return "item"
    if (ITEM_COUNT.search(q) or asked_count(q)) and re.search(
        r"\b(hvad|hvilke|what|which|nævn|list|name|er de|are)\b", q, re.I
    ):
        return "list"
    if ROLE_OF.search(q):
        return "what"  # "Hvad er de Kommunalt Lægelige Udvalgs rolle": one body's role, not a list ("de" names it)
    if TYPE_CUES[6][1].search(q):
        return "who"
    # "hvad er PLO-Sjællands forudsætninger for visionen?": a party's plural noun asks for the items
    if re.search(r"\bhvad (?:er|var)\s+[\w-]+(?:s|'s|’s)\s+\w{4,}(?:er|erne)\b", q, re.I):
        return "list"
    if re.search(r"\b(hvilke|which|what are|what were|hvad er de|nævn|list)\b", q, re.I) or re.search(
        r"\bwhat\s+(?:\w+\s+)?(?!does\b|was\b|has\b|is\b|this\b|its\b)\w{3,}s\b", q, re.I
    ):
        return "list"
    return "what"


# the noun phrase a which/what question asks for: "hvilke fire udfordringer", "what trend", "which new service"
ASKED_NOUN = re.compile(
    r"^(?:\W*(?:according to|ifølge|i følge)\s[^,?]{1,80},\s*)?\W*(?:og\s+|and\s+|men\s+|but\s+)?(?:hvilke[nt]?|hvad for (?:en|et|nogle)|which|what)\s+"
    # "which of Region Zealand's small islands", "which of the islands", "hvilke af de øer"
    r"(?:(?:of|af)\s+(?:(?:the|de|dens|its|their|deres)\s+|(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+))?"
    r"(?P<np>(?:[\w-]+\s+){0,3}?)(?=(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|er|var|har|"
    r"havde|kan|vil|skal|blev|bliver|nævner|nævnte|peger|pegede|foreslår|foreslog|ser|så|ønsker|ønskede|mener|"
    r"mente|beskriver|beskrev|fremhæver|fremhævede|giver|gav|lister|listede|according|ifølge|i|in|fra|from|om|"
    r"about|til|to|med|with|for|of|på|on|af|ved|at|og|and|som|that)\b)",
    re.I,
)
# nouns that ask for points or parties of a consultation: the rows themselves are the answer
ROW_NOUNS = re.compile(
    r"^(?:høringssvar|høringspunkt|høringspart|punkt|point|part|parti|partie|respondent|response|svar|bemærkning|"
    r"kommentar|comment|remark|kommune|municipalit|region|hospital|organisation|organization|forening|råd|council|"
    r"aktør|actor|body|bodie|stakeholder|interessent|submission|instans|myndighed)",
    re.I,
)


def asked_noun(question: str) -> str | None:
    """ "fire udfordringer" for "Hvilke fire udfordringer … peger X på?", "trend" for "What trend does X say …"; None
    when the question asks for points or parties ("which municipalities …", "hvilke bemærkninger …") or names no
    noun ("what did X say …")."""
    m = ASKED_NOUN.search(question)
    if not m:
        return None
    words = [w for w in m.group("np").split() if w.lower() not in STOPWORDS]
    if not words or any(ROW_NOUNS.match(w) for w in words):
        return None
    return " ".join(words)


# a what-question for the substance of what a party says, means or wants, not for its points: "what does X mean by
# Y", "hvad mener X om Y", "what did X recommend about Y", "is Y voluntary"
SUBSTANCE_ASK = re.compile(
    r"\b(?:mean[st]?|meaning|forstå[rs]?|forstås|menes|mener|mente|think[s]?|thought|synes|syntes|anbefal\w*|"
    r"rec+omm?end\w*|foreslå\w*|propos\w*|suggest\w*|want[s]?|wanted|ønske[rt]?|vil\s+(?:\S+\s+){0,3}?have|"
    r"concern\w*|bekymr\w*|worr\w*|argument\w*|argue\w*|påpege\w*|point(?:s|ed)?\s+out|warn\w*|advar\w*|"
    r"spørgsmålstegn|question(?:s|ed)?\s+(?:the|whether|if)|tvivl\w*|doubt\w*|kriti\w*|uenig\w*|disagree\w*|"
    r"skeptis\w*|skeptic\w*|spent|brugt|cost\w*|kost\w*)\b",
    re.I,
)


# a question for what a word means, and the sentence that says it
MEANING_ASK = re.compile(
    r"\b(?:mean[st]?|meaning|menes|mener\s+\S+(?:\s+\S+)?\s+med|forstå[rs]?|forstås|betyder|betydning|defin\w*|"
    r"what is an?|hvad er (?:en|et))\b",
    re.I,
)


def defines(text: str, words: list[str]) -> bool:
    """Whether the sentence defines one of the words: "Ved udskrivningsvindue forstås …", "En ø-læge er en …",
    "X betyder …", "X means …"."""
    for w in {x for word in words for x in word.split("|") if len(x) >= 3}:
        w = re.escape(w)
        if re.search(rf"\b{w}\w*\s+(?:forstås|betyder|defineres|dækker over|er\s+(?:en|et|det|når)|means|is\s+(?:a|an|the|when))\b"
                     rf"|\b(?:forstås|means)\s+(?:ved\s+|by\s+)?(?:en\s+|et\s+|an?\s+)?{w}", text, re.I):  # fmt: skip
            return True
    return False


def asks_substance(question: str) -> bool:
    """Whether a what-question asks what a party says, means or wants about something (answered by a sentence of
    its points), rather than for its points or comments (answered by the rows)."""
    q = question.strip()
    if re.search(r"\b(?:hvilke|which|list|nævn|alle|all)\b", q, re.I) and asked_noun(q) is None:
        return False
    return bool(SUBSTANCE_ASK.search(q))


# "for how long", "hvor længe": a stretch of time
DURATION_ASK = re.compile(r"\b(?:how long|hvor længe|varighed\w*|duration|hvor lang tid|how much time)\b", re.I)
DURATION = re.compile(
    r"\b(?:\d+(?:[.,]\d+)?|to|tre|fire|fem|seks|otte|ti|tolv|two|three|four|five|six|eight|ten|twelve)\s*"
    r"(?:timer|time|døgn|dage|dag|uger|uge|måneder|måned|år|hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
# "nummer 4 på listen", "number 4 on the list": an item of whatever list the question is about
ITEM_NUMBER = re.compile(r"\b(?:nummer|number)\s+(?P<n>\d{1,2})\b", re.I)


# the item nouns as written in full: a question's typo of one ("forsalg", "princpper") is read as the noun
ITEM_WORDS = (
    "forslag forslagene principper princippet overskrifter indsatsområder indsatsområde målsætninger anbefalinger "
    "fokusområder forudsætninger udfordringer proposals principles recommendations headings prerequisites "
    "proposal principle recommendation heading prerequisite"
).split()


def typo_free(question: str) -> str:
    """The question with a small typo in an item noun mended ("6 forsalg" -> "6 forslag"): two letters swapped or
    one letter wrong, in a word of five letters or more that is no word of its own."""
    from difflib import SequenceMatcher

    def mend(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if len(low) < 5 or low in ITEM_WORDS or re.fullmatch(ITEM_NOUNS, low, re.I):
            return w
        for base in ITEM_WORDS:
            if low[0] == base[0] and abs(len(low) - len(base)) <= 1:
                if sorted(low) == sorted(base) or SequenceMatcher(None, low, base).ratio() >= 0.86:
                    return base
        return w

    return re.sub(r"[^\W\d_]+", mend, question)


def asked_item(question: str) -> tuple[str, int] | None:
    """("forslag", 8) for "forslag 8", "proposal no. 8", "det ottende forslag"; ("", 4) for "nummer 4"."""
    question = typo_free(question)
    m = ITEM_NUMBER.search(question)
    if m and not ITEM_REF.search(question):
        return "", int(m.group("n"))
    m = ITEM_REF.search(question)
    if m:
        return m.group("noun"), int(m.group("n"))
    m = ITEM_ORD.search(question)
    if m:
        return m.group("noun"), ORDINALS[m.group("ord").lower()]
    return None


def asked_count(question: str) -> tuple[str, int] | None:
    """("overskrifter", 3) for "de tre overskrifter", ("forslag", 6) for "6 forslag"."""
    question = typo_free(question)
    m = ITEM_COUNT.search(question)
    noun = m.group("noun") if m else None
    if not m and (m := LIST_COUNT.search(question)):
        noun = m.group("noun")
        # "de tre vigtigste udfordringer", "the four main problems": the noun after an adjective
        if m.group("noun2") and (ADJECTIVE.fullmatch(noun) or noun.lower() in ("main", "key", "major", "new", "nye")):
            noun = m.group("noun2")
    if not m or not noun or noun.lower() in STOPWORDS:
        return None
    if m.re is LIST_COUNT and (ROW_NOUNS.match(noun) or DOC_NOUNS.match(noun)):
        return None  # "de to dokumenter", "which 3 hospitals": sides or rows, not a document's list
    n = next(g for g in m.groups()[:2] if g).lower()
    return noun, int(n) if n.isdigit() else NUMBER_WORDS[n]


DOC_NOUNS = re.compile(r"^(?:dokument|document|plan|paper|udspil|oplæg|notat|slide|side|kilde|source)", re.I)
ADJECTIVE = re.compile(r"\w+(?:ste|est|ige|ske|elle|ale|ful|ous|ive|ant|ent)", re.I)


# --- sentences ------------------------------------------------------------------------------------------------------

ITEM_HEAD = re.compile(r"^\s*(?:(\d{1,2})[.)]\s+|[^\w\s«»\"“”'(\[…]\s*|[A-H][.)]\s+|Princip:\s*)")
DATE_HEAD = re.compile(
    r"^\s*(?:\d{1,2}\.\s*)?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
    r"\b|^\s*\d{1,2}\.\s*\w+\s+\d{4}\s*:",
    re.I,
)
SENT_END = re.compile(r"(?<=[a-zæøåA-ZÆØÅ)\"”»][.!?])\s+(?=[A-ZÆØÅ«\"“])")


@dataclass
class Unit:
    """A sentence (or a slide's line, a numbered item) of a passage."""

    text: str
    item: int | None = None  # the item number it starts with ("8. At regulere …")
    field: str = "text"  # a row's cell: summary, text_change, quote
    bullet: bool = False  # it opens with a bullet or an item mark (a list's item, numbered or not)
    hit: int | None = None  # the record it comes from, when not the one the list starts in (a list run on)


def _dehyphenate(text: str) -> str:
    """Words a PDF hyphenated at a line end joined ("kommunalbe-\\nstyrelser"), but a range kept ("40-\\n49" is
    40-49, not 4049) and a hyphen before a capital left as a line end (the text of another column follows)."""
    text = re.sub(r"(\d)-[ \t]*\n\s*(?=\d)", r"\1-", text)
    return re.sub(r"([^\W\d])-[ \t]*\n\s*(?=[a-zæøå])", r"\1", text)


def _list_line(ln: str) -> bool:
    return len(ln) < 75 and ln[:1].isupper() and not ln.endswith((".", ",", ";", ":", "-", "–"))


def units(text: str) -> list[Unit]:
    """A passage as sentences: lines joined where a sentence runs on, split where an item, a bullet or a dated line
    starts, where a line ends a sentence, or where a heading (no end mark) is followed by a capitalised line."""
    text = _dehyphenate(text or "")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    blocks: list[str] = []
    for k, ln in enumerate(lines):
        starts = bool(ITEM_HEAD.match(ln) or DATE_HEAD.match(ln))
        # a line of a list without marks (a committee's members, a slide's lines): short and capitalised like the
        # line after it, it is no sentence running on ("Regionsrådsmedlem Egon Bo (Formand)" / "Borgmester …")
        listed = _list_line(ln) and k + 1 < len(lines) and _list_line(lines[k + 1])
        if blocks and not listed:
            prev = blocks[-1]
            ended = prev.endswith((".", "!", "?", ":", ";"))
            heading = not prev.endswith((",", "-", "–", "og", "and")) and ln[:1].isupper() and len(prev) < 90
            if not (starts or ended or heading):
                blocks[-1] = f"{prev} {ln}"
                continue
        blocks.append(ln)
    out = []
    for b in blocks:
        m = ITEM_HEAD.match(b)
        item = int(m.group(1)) if m and m.group(1) else None
        for k, s in enumerate(SENT_END.split(b)):
            s = s.strip()
            s = re.sub(r"^[\ue000-\uf8ff]\s*", "", s)  # a PDF's private-use bullet glyph
            if s:
                out.append(Unit(s, item if k == 0 else None, bullet=bool(m) and k == 0))
    return out


def record_units(r: Record) -> list[Unit]:
    if not r.is_row:
        return units(r.text)
    out = []
    for name in ("text_change", "summary", "quote"):
        for u in units(getattr(r, name) or ""):
            u.field = name
            out.append(u)
    return out


# --- values ---------------------------------------------------------------------------------------------------------

MONTHS = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|"
    "may|june|july|october"
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s*)?(?:{MONTHS})\w*(?:\s+\d{{4}})?|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.I,
)
AMOUNT = re.compile(
    r"\d[\d.,]*\s*(?:mio\.?|mia\.?|millioner|milliarder|million|billion)?\s*(?:kr\.?|kroner|dkk)\b"
    r"|\d[\d.,]*\s*(?:mio\.|mia\.|millioner|milliarder|million|billion)|\b(?:[a-zæøå]+\s+)?\w*(?:million|milliard)beløb\w*",
    re.I,
)
NUMBER = re.compile(
    r"\b\d+(?:[.,]\d{3})*(?:[.,]\d+)?\b|\b(?:" + "|".join(k for k in NUMBER_WORDS if len(k) > 2) + r")\b", re.I
)
PLACE = re.compile(
    r"\b[A-ZÆØÅ][\wæøå-]+s?\s+[Kk]ommuner?\b|\bRegion(?:en)?\s+[A-ZÆØÅ]\w+|\b[A-ZÆØÅ][\wæøå-]+\s+og\s+[A-ZÆØÅ]\w+"
    r"\s+[Kk]ommuner\b"
)
# roles only a person holds: a "who" question about them is answered by a person's name
PERSON_ROLE = re.compile(
    r"\b(formand\w*|næstformand\w*|chair\w*|direktør\w*|director|borgmester\w*|mayor|oplægsholder\w*|speaker|"
    r"presenter|præsenter\w*|læge\w*|doctor|indledte|opened|holdt|gave|presented|repræsent\w*)\b|^\W*(who|hvem)\s+"
    r"(is|was|er|var)\s+(?-i:[A-ZÆØÅ])",
    re.I,
)
# a body by its name's form: "Praksisplanudvalget", "Sundhedspolitisk Dialogforum", "Danske Regioner", "KKR"
ORG = re.compile(
    r"\b(?:[A-ZÆØÅ][a-zæøå]+\s+)?[A-ZÆØÅ][a-zæøå]*(?:udvalg|forening|styrelse|råd|forum|regioner|landsforening|"
    r"ministerium|selskab|organisation)(?:et|en|s)?\b|\b[A-ZÆØÅ]{2,5}\b(?:-[A-ZÆØÅ][a-zæøå]+)?"
)
NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:[- ][A-ZÆØÅ][a-zæøåé]+){1,2}\b")
# capitalised words that open or title a name without being one
NOT_NAME = set(
    """region regionen regionsrådsmedlem byrådsmedlem borgmester viceborgmester formand formanden næstformand
    praktiserende læge repræsentant for medlem oplæg v sundhedsstyrelsen praksisplanudvalget kommune kommuner
    sundhedsaftalen sundhedsaftale praksisplan praksisplanen almen det den de der en et vi og i af til som
    slide dansk danske danmark""".split()
)


def _names(text: str, lexicon: frozenset[str]) -> list[str]:
    out = []
    for m in NAME.finditer(text):
        words = re.split(r"[- ]", m.group(0))
        while words and words[0].lower() in NOT_NAME:
            words = words[1:]
        while words and words[-1].lower() in NOT_NAME:
            words = words[:-1]  # "Egon Bo Formand …": a caption's role after the name
        if len(words) < 2 or any(w.lower() in NOT_NAME for w in words):
            continue
        # a name's words are short and the documents never write them in lower case ("Ulrik Heislev", "Egon Bo");
        # "Sundhedspolitisk Dialogforum" is a body
        if any(len(w) > 10 or (len(w) > 3 and w.lower() in lexicon) for w in words):
            continue
        out.append(" ".join(words))
    return out


# the words that put a year in time ("i 2014", "fra 2019", "for perioden 2015-2018"): after any other word a year is
# part of a name ("Overenskomst for almen praksis 2014", "Sundhedsaftalen 2019-2023")
TIME_LEAD = frozenset(
    """i fra siden til før efter inden senest frem mod pr per ca omkring og eller samt år året årene perioden periode
    primo medio ultimo slutningen starten begyndelsen udgangen foråret efteråret sommeren vinteren in from since to
    until by before after during around about and or year years period early mid late end start spring autumn
    summer winter fall""".split()
)


# an event a when-question asks the date of, and the same verb as a possibility or a duty, which has no date: "hvor der
# er mulighed for at indgå aftale", "skal godkendes"
EVENT_ASK = re.compile(
    r"\b(indg\w*|underskr\w*|vedt\w*|godkend\w*|sign\w*|adopt\w*|approv\w*|agreed|conclud\w*)\b", re.I
)
EVENT_DONE = re.compile(
    r"\b(indgået|indgik|indgås|underskrevet|underskrev|vedtaget|vedtog|godkendt|godkendte|signed|adopted|approved|"
    r"agreed|concluded)\b",
    re.I,
)


def possible_only(question: str, text: str) -> bool:
    """Whether a when-question asks when something was done ("Hvornår blev aftalen indgået?") and the sentence only
    says it can or shall be done ("… hvor der er mulighed for at indgå aftale …"): a year there dates something else."""
    return (
        bool(EVENT_ASK.search(question))
        and bool(
            re.search(
                r"\b(?:at|kan|skal|vil|kunne|skulle|can|may|shall|will|to)\s+(?:indgå|underskrive|vedtage|godkende|sign|"
                r"adopt|approve|conclude)\b",
                text,
                re.I,
            )  # fmt: skip
        )
        and not EVENT_DONE.search(text)
    )


def named_year(text: str, value: str, words: list[str]) -> bool | None:
    """Whether a year is part of the name of something the question does not ask about: "Overenskomst for almen
    praksis 2014" gives no date for "hvornår blev aftalen om sygebesøg indgået?" (True), but is the date of
    "hvornår blev overenskomsten indgået?" (False); None for a year that is no part of a name."""
    m = re.search(rf"(?<![\w.,]){re.escape(value)}(?![\w])", text)
    if not m or not re.fullmatch(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?", value):
        return None
    before = re.findall(r"[\wæøåÆØÅ]+", text[: m.start()])[-5:]
    if not before or before[-1].lower() in TIME_LEAD or before[-1].isdigit():
        return None
    if not any(w[:1].isupper() for w in before):
        return None
    return not held(words, set(stems(" ".join(before))))


def dated(question: str, text: str, vals: list[str], words: list[str]) -> list[str]:
    """The dates of a sentence that answer a when-question: not a year in the name of another thing, and not a year
    of a sentence that only says the asked event can or shall happen (possible_only), unless the year names the
    thing asked about."""
    possible = possible_only(question, text)
    out = []
    for v in vals:
        name = named_year(text, v, words)
        if name is False or (name is None and not possible):
            out.append(v)
    return out


def values(
    kind: str, text: str, q_numbers: set[str], lexicon: frozenset[str], item: int | None = None, place: str = ""
) -> list[str]:
    """The values of the asked type the sentence holds (a number the question itself names is no answer)."""
    if kind == "who":
        return _names(text, lexicon) + [m.group(0) for m in ORG.finditer(text)]
    if kind == "when" and place == "duration":
        return [m.group(0) for m in DURATION.finditer(text)]
    if kind == "when":
        return [m.group(0) for m in DATE.finditer(text) if _norm(m.group(0)) not in q_numbers]
    if kind == "amount":
        # "800 mio. kr." is no answer to "hvor mange af de 800 mio. kr. …": the question's own amount
        found = [m.group(0) for m in AMOUNT.finditer(text) if re.sub(r"\D", "", m.group(0)) not in q_numbers]
        return [v for v in found if re.search(r"\d", v)] if place == "figure" else found
    if kind == "number" and place in ("%", "of"):
        shares = [m.group(0) for m in PERCENT.finditer(text) if _norm(m.group(1)) not in q_numbers]
        # "hvor mange af de 80+ årige …": a share of the group answers it as well as a count
        return shares + (values(kind, text, q_numbers, lexicon, item) if place == "of" else [])
    if kind == "number":
        body = ITEM_HEAD.sub("", text, count=1) if item is not None else text
        # a count is no date, amount or share: "ca. 14 mio. kr", "2016", "1,94 %" answer other questions
        body = AMOUNT.sub(" ", DATE.sub(" ", body))
        body = re.sub(r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(%|procent|percent)", " ", body)
        return [m.group(0) for m in NUMBER.finditer(body) if _norm(m.group(0)) not in q_numbers]
    if kind == "place":
        found = [m.group(0) for m in PLACE.finditer(text)]
        if place == "kommune":
            return [v for v in found if not v.lower().startswith("region")]
        if place == "region":
            return [v for v in found if v.lower().startswith("region")]
        return found
    return []


def _norm(s: str) -> str:
    return re.sub(r"[^\w]", "", s.lower())


# --- the question's own words ---------------------------------------------------------------------------------------


def _not_a_topic() -> re.Pattern:
    from retrieval.reading.phrasebank import NOT_A_TOPIC

    phrases = sorted((p for p in NOT_A_TOPIC if " " in p), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.I)


NOT_A_TOPIC_RE = _not_a_topic()


def content_words(
    question: str,
    extra: str = "",
    lang: str = "da",
    lexicon: frozenset[str] = frozenset(),
    names: frozenset[str] | None = None,
) -> list[str]:
    """The question's content words as stems (cue and stop words dropped). An English question: the Danish terms of
    its domain words, its names and the Danish words it quotes ("sundhedsklynger"): the documents are Danish, its
    other English words cannot be in them."""
    from retrieval.reading.query import _region_shorthand

    # "RH's praksisplanudkast": the region written out, as the reading writes it (the document's scope, not a word a
    # sentence must hold)
    question = _region_shorthand(question)
    # politeness and context ("quick question -", "til et møde i morgen") are no words a sentence must hold
    said = NOT_A_TOPIC_RE.findall(question)
    question = NOT_A_TOPIC_RE.sub(" ", question)
    from retrieval.reading.query import YESNO_OUTCOME

    # ", og blev planen ændret?": asks for the outcome the answer shows, no words a sentence must hold
    question = YESNO_OUTCOME.sub(" ", question)
    if said and extra:  # and their Danish in the reading's topic ("quick question" -> "hurtig")
        from retrieval.reading.glossary import danish_terms

        gone = set(stems(" ".join(danish_terms(x) + " " + x for x in said)))
        extra = " ".join(t for t in re.findall(r"[\wæøåÆØÅ-]+", extra) if not set(stems(t)) & gone)
    terms = []
    if lang == "en":
        from retrieval.reading.glossary import english_terms

        # NOTE: not the Danish of a word that asks ("how much money" -> "økonomi midler"): the amount is the answer,
        # no sentence must also say "økonomi"
        found = english_terms(question)
        terms = [da for en, da in found if not set(en.lower().split()) <= CUE_WORDS]
        asks = {st for en, da in found if set(en.lower().split()) <= CUE_WORDS for st in stems(da)}
        if asks:  # the reading's Danish topic holds them too
            extra = " ".join(t for t in re.findall(r"[\wæøåÆØÅ-]+", extra) if not set(stems(t)) <= asks)
        # NOTE: the Danish of every domain term the question holds, not only of the words the reading kept as its
        # topic: "Redistributing GP capacity versus expanding it: how do A, B and C differ?" has no topic beside the
        # sides it names, yet "GP capacity" (lægekapacitet) is what the sides are compared on
        extra = f"{extra} {' '.join(terms)}".strip()
    if lang == "en" and (extra or lexicon):
        # NOTE: and the Danish words its own words resemble ("principles" -> "principper"): a word the glossary
        # lacks is otherwise dropped, and a sentence holding the rest would seem to hold all of the question
        extra = f"{extra} {' '.join(cognates(question, lexicon))}".strip()
        toks = re.findall(r"[\wæøåÆØÅ-]+", question)
        keep = [
            t
            for k, t in enumerate(toks)
            if (
                k
                and t[:1].isupper()
                and not danish_name_words(t)
                and (not names or any(p.lower() in names for p in t.split("-")))
            )
            or (len(t) >= 5 and t.lower() in lexicon and not danish_name_words(t))
        ]
        # month names in Danish: "October–November 2019" is "oktober-november 2019" in the documents
        months = [
            EN_MONTHS.get(t.lower(), t.lower())
            for t in toks
            if t.lower() in EN_MONTHS or t.lower() in ("april", "august", "september", "november", "december")
        ]
        # a word it quotes is the documents' own, whatever the glossary knows ("What is an 'ø-læge'?")
        from retrieval.reading.query import QUOTED

        quoted = [
            w
            for m in QUOTED.finditer(question)
            for w in re.findall(r"[\wæøåÆØÅ-]+", m.group(1))
            if re.search(r"[æøåÆØÅ]", w) or w.lower() in lexicon  # a Danish word, not an English gloss
        ]
        question = " ".join(keep + months + quoted)
    out = []
    for s in stems(f"{question} {extra}"):
        if s in STOPWORDS or s in CUE_WORDS or s in CUE_STEMS or s in COUNT_STEMS or len(s) < 2 or s.isdigit():
            continue
        if s not in out:
            out.append(s)
    return _grouped(out, terms) if lang == "en" and terms else out


def _grouped(words: list[str], terms: list[str]) -> list[str]:
    """One English term is one word of the question, whatever number of Danish words the glossary gives for it
    ("money" -> "økonomi midler", "shared medication record" -> "fælles medicinkort fmk"): its stems become one
    entry "a|b|c" that a sentence holds by holding one of them."""
    out = list(words)
    for da in terms:
        group = [s for s in dict.fromkeys(stems(da)) if s in out]
        if len(group) < 2:
            continue
        at = min(out.index(s) for s in group)
        out = [w for w in out if w not in group]
        out.insert(at, "|".join(group))
    return out


# English words that ask or chat, never a topic: they have no Danish term and need none
EN_PLAIN = set(
    """according answer asked asks could does doing exactly final finally general generally kind know like mean
    means mentioned much need please quick quickly really said should specific specifically tell thanks there
    these thing things think those want wanted what when where which while whole would year years plan plans
    document documents region regions text page section part""".split()
)


def unread_words(question: str, lexicon: frozenset[str]) -> list[str]:
    """The content words of an English question that no glossary term, cognate or name turns into Danish: words
    the documents cannot hold, which the answer must name rather than set aside."""
    from retrieval.reading.glossary import _PATTERN

    rest = _PATTERN.sub(" ", NOT_A_TOPIC_RE.sub(" ", question))
    out = []
    for t in re.findall(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", rest):
        if t in STOPWORDS or t in CUE_WORDS or t in EN_PLAIN or t in lexicon or t in out:
            continue
        if cognates(t, lexicon):
            continue
        out.append(t)
    return out


def cognates(question: str, lexicon: frozenset[str]) -> list[str]:
    """Danish words of the documents an English question's words resemble ("competences" -> "kompetencer",
    "coordinator" -> "koordinator", "telemedicine" -> "telemedicin"): a hard c as k, th as t, ph as f, the first six
    letters (all but the last three of a long word) the same."""
    from retrieval.reading.glossary import _PATTERN

    out = []
    # NOTE: not the words of a glossary term ("general practice" is almen praksis, not "generation")
    for t in re.findall(r"[a-z]{5,}", _PATTERN.sub(" ", question.lower())):
        if t in STOPWORDS:
            continue
        hard = re.sub(r"c(?![eiy])", "k", t.replace("ph", "f").replace("th", "t"))
        if len(t) == 5:
            # a short word only as the documents write it: "delay" ("Patient's delay"), "focus" as "fokus"
            same = next((w for w in (t, hard) if w in lexicon), None)
            if same and same not in out:
                out.append(same)
            continue
        key = hard[: max(6, len(t) - 3)]
        # NOTE: and most of the word alike, not only its start ("initial" is not "initiativ")
        found = sorted((w for w in lexicon if w.startswith(key) and _ratio(hard, w) > 0.76), key=len)
        if found and found[0] not in out:
            out.append(found[0])
    return out


def danish_name_words(word: str) -> str:
    """The Danish of an English word the glossary knows ("GPs" -> "praktiserende læger"), else ""."""
    from retrieval.reading.glossary import danish_terms

    return danish_terms(word)


def _same(a: str, b: str) -> bool:
    """Two stems the same word allowing inflection and compounds: "lægedækning" ~ "lægedæk", "plejehjem" in
    "plejehjemslæg"."""
    if a == b:
        return True
    if "|" in a or "|" in b:  # one English term's Danish words (content_words): any of them
        return any(_same(x, y) for x in a.split("|") for y in b.split("|"))
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True  # one word stemmed two ways ("konkret" / "konkr", "kommun" / "kommune")
    if len(short) >= 2 and long_ in (short + "e", short + "t"):
        return True  # an adjective's inflection the stemmer leaves: "ny" / "nye" / "nyt"
    # an inflection the stemmer left ("sundhedshus" ~ "sundhedshuse"), not a word's first syllable ("hoved" is not
    # "hovedstad")
    if len(short) >= 5 and long_.startswith(short) and (len(short) >= 7 or len(short) >= 0.75 * len(long_)):
        return True
    # a compound and one of its ends ("plejehjem" in "plejehjemslæg", "kraft" … no: only a whole end of 6 letters)
    if len(short) >= 6 and (long_.startswith(short) or long_.endswith(short)):
        return True
    # a typo ("importnt"), not another word of seven letters ("praksis" is not "praktis", a GP)
    return (
        max(len(a), len(b)) >= (8 if len(a) == len(b) else 7)
        and abs(len(a) - len(b)) <= 1
        and a[0] == b[0]
        and _ratio(a, b) >= 0.85
    )


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


# what an amount is of: "honoraret til samtaleterapi", "udgifterne til sygebesøg", "budgettet for …"
_OF_WHAT = re.compile(
    r"\b(?:honorar\w*|udgift\w*|budget\w*|beløb\w*|omkostning\w*|pris\w*|bevilling\w*|tilskud\w*|fee\w*|"
    r"cost\w*|spend\w*|expenditure\w*)\s+(?:til|for|på|ved|af|on|of)\s+(?:den\s+|det\s+|de\s+|the\s+)?([\w-]{4,})",
    re.I,
)


def narrower(text: str, words: list[str], scope: set[str]) -> bool:
    """The sentence's amount is of something the question does not name ("Det samlede honorar til samtaleterapi …"
    for a question about the whole budget): it answers a narrower question."""
    m = _OF_WHAT.search(text)
    if not m:
        return False
    obj = stems(m.group(1))
    return bool(obj) and not held(obj, set(words) | scope)


# whose role a sentence names: "formand for PLO-Sjælland", "repræsentant for KKR", "chair of the committee"
_ROLE_OF = re.compile(
    r"\b(?:formand\w*|næstformand\w*|direktør\w*|leder\w*|repræsentant\w*|chair\w*|director|head)\s+"
    r"(?:for|af|i|of)\s+(?:den\s+|det\s+|the\s+)?([\w-]{2,}(?:\s+[A-ZÆØÅ][\w-]+)?)",
    re.I,
)


def other_role(text: str, words: list[str]) -> bool:
    """The sentence names a role of another body than the question's ("formand for PLO-Sjælland" for a question
    about the chair of Praksisplanudvalget): a near miss, not the answer."""
    for m in _ROLE_OF.finditer(text):
        obj = [w for w in stems(m.group(1)) if w not in STOPWORDS]
        if obj and len(held(obj, set(words))) < len(obj):
            return True
    return False


def held(words: list[str], have: set[str]) -> list[str]:
    return [w for w in words if any(_same(w, h) for h in have)]


# --- choosing -------------------------------------------------------------------------------------------------------


def weight(w: str, lexicon) -> float:
    """How much a question's word counts in a sentence's share: 0.75 for a word in every passage, up to 1.25 for a
    word in one (a rare word tells more of a sentence, but an inflection the passages seldom write, "brugt" for
    "brug", must not outweigh the rest); 1 for a word in none, and without the passages' counts (a plain word set)."""
    df, n = getattr(lexicon, "df", None), getattr(lexicon, "n", 0)
    if not df or n < 20:
        return 1.0
    d = max((df.get(x, 0) for x in w.split("|")), default=0)
    if d == 0:
        return 1.0  # a word no passage holds as written ("brugt" for "anvendte"): as much as before, no more
    return 0.75 + min(0.5, math.log((n + 1) / (d + 1)) / math.log(n + 1) * 0.625)


SCOPE_WEIGHT = 0.3  # a word the document's title or author holds counts this much of a word the sentence must hold


def ctx_text(us: list[Unit], j: int) -> str:
    return " ".join(us[k].text for k in (j - 1, j + 1) if 0 <= k < len(us)) + (
        f" {us[j].item}." if us[j].item is not None else ""
    )


def rank_cost(i: int) -> float:
    """What a passage's rank costs its sentences: steady over the first passages, then slowly (the pool holds every
    passage, and a sentence with all of the question's words and the value in a low-ranked passage still answers)."""
    if i <= 12:
        return 0.08 * i
    return 0.96 + 0.15 * math.log2((i + 1) / 13)


def list_intro(us: list[Unit], j: int) -> str:
    """The line that opens the list a short line belongs to ("Praksisplanudvalget består aktuelt af følgende
    medlemmer:"): its words are every item's context."""
    for k in range(j - 1, max(j - 16, -1), -1):
        t = us[k].text
        if t.endswith(":"):
            return t
        if len(t) > 100:
            break
    return ""


def caption(kind: str, us: list[Unit], j: int, q_numbers: set[str], lexicon: frozenset[str], place: str) -> Unit:
    """A short line with a value and the short lines after it that hold none, as one unit: a caption under a
    signature ("Egon Bo" / "Formand for" / "Praksisplanudvalget") says who the value is."""
    u = us[j]
    if kind not in ("who", "place", "when") or len(u.text) >= 40 or u.text.endswith((".", ":")):
        return u
    if not values(kind, u.text, q_numbers, lexicon, u.item, place):
        return u
    text = u.text
    for k in range(j + 1, min(j + 3, len(us))):
        nxt = us[k].text
        nxt_vals = _names(nxt, lexicon) if kind == "who" else values(kind, nxt, q_numbers, lexicon, us[k].item, place)
        if len(nxt) >= 60 or nxt_vals:  # a body after a person's name ("Repræsentant for KKR") is its caption
            break
        text += " " + nxt
    return u if text == u.text else Unit(text, u.item, u.field, u.bullet)


@dataclass
class Candidate:
    hit: int  # index into the hits
    unit: Unit
    values: list[str]
    share: float  # the share of the question's words the sentence holds
    context_share: float  # … the sentence with its passage's heading and neighbours
    score: float
    missing: list[str] = field(default_factory=list)
    other: bool = False  # its value belongs to another body than the question's ("formand for PLO-Sjælland")
    heading: str = ""  # the heading line above it inside its passage ("FMK i almen praksis")


def local_heading(us: list[Unit], j: int) -> str:
    """The nearest line above unit j in its passage that heads what follows: short, capitalised, no end mark, and
    not an item of a list ("FMK i almen praksis" over the paragraph that names the 30 mio. kr.)."""
    for k in range(j - 1, max(j - 12, -1), -1):
        t = us[k].text
        if len(t) < 70 and t[:1].isupper() and not t.endswith((".", ",", ";", ":", "!", "?")) and not us[k].bullet:
            if k + 1 < len(us) and _list_line(us[k + 1].text) and k + 1 != j:
                continue  # a line of a list without marks, not a heading
            return t
    return ""


# the condition a question sets after what it asks: "Hvad er ikke svaret, hvis danskerne skal have …?", "What must
# change if …", "…, når planen er vedtaget?"
CONDITION = re.compile(r",?\s+\b(?:hvis|når|såfremt|if|when|unless)\b\s+\w+", re.I)
NEGATED = re.compile(r"\b(?:ikke|not|never|aldrig)\b", re.I)
NEG_ASK = re.compile(
    r"^\W*(?:\S+\s+){0,12}?(?:what|which|hvad|hvilke[nt]?)\b\W*(?:\S+\s+){0,5}?(?:is|are|was|were|er|var)\s+"
    r"(?:[\w/-]+\s+){0,3}?(?:not|ikke)\b",
    re.I,
)


def focus_words(question: str, words: list[str]) -> list[str]:
    """The question's words before a condition clause ("Hvad er ikke svaret" in "Hvad er ifølge KL ikke svaret, hvis
    danskerne skal have …"): what is asked, which the answering sentence itself must say; the clause's words may be
    its neighbours'. None when the question sets no condition."""
    m = CONDITION.search(question)
    if not m or m.start() < 8:
        return []
    head = set(stems(question[: m.start()]))
    return [w for w in words if any(part in head for part in w.split("|"))]


def doc_scope(r: Record) -> set[str]:
    """The stems of the words that say whose passage it is (title, author, region, respondent): they scope a
    question, no sentence of the passage must hold them."""
    return set(stems(f"{r.title or ''} {r.publisher or ''} {r.region or ''} {r.respondent or ''}"))


# a yes-or-no question about what something is: "Is X mandatory?", "Er X obligatorisk?"
IS_ASK = re.compile(r"\W*(?:is|are|er|bliver|was|var)\b", re.I)


def candidates(question: str, kind: str, words: list[str], records: list[Record], lexicon: frozenset[str],
               prefer_docs: list[str] | None = None) -> list[Candidate]:  # fmt: skip
    """Every sentence of the passages, scored: its share of the question's words (in the sentence, and with its
    heading and neighbours), whether it holds a value of the asked type, and the passage's rank. A question that
    sets a condition ("…, hvis …") prefers the sentence that says what it asks (focus_words), and a negated
    question ("hvad er ikke …") the sentence that negates."""
    q_numbers = question_numbers(question)
    is_ask = bool(IS_ASK.match(question))
    focus = focus_words(question, words)
    negated = bool(focus) and bool(NEGATED.search(question[: CONDITION.search(question).start()]))
    # "what is NOT the answer to …", "hvad er ifølge KL ikke løsningen": the answer is a sentence that negates
    neg_ask = not focus and bool(NEG_ASK.search(question))
    unit = asked_unit(question, words) if kind in ("number", "amount") else []
    place = asked_place(question) if kind == "place" else ""
    if kind == "amount" and re.search(r"\b(?:hvor mange|how many)\b", question, re.I):
        place = "figure"  # "hvor mange millioner …" asks for a figure: "et tocifret millionbeløb" gives none
    if kind == "when" and DURATION_ASK.search(question):
        place = "duration"  # "for how long": a stretch of time ("i 72 timer"), not a date
    if kind == "number" and SHARE_ASK.search(question):
        place = "%"  # a share is answered by a percentage ("næsten 60 % af alle forløb"), not by a count
    elif kind == "number" and OF_GROUP.search(question):
        place = "of"
    out = []
    for i, r in enumerate(records):
        us = record_units(r)
        # NOTE: words the document's title or author already hold ("Region Sjælland", "PLO og KL") scope the
        # question; the sentence must hold the others
        scope = doc_scope(r)
        topic = [w for w in words if not held([w], scope)]
        in_scope = [w for w in words if w not in topic]
        wt = {w: weight(w, lexicon) for w in topic}
        n_words = len(topic) + SCOPE_WEIGHT * len(in_scope)
        n_weighted = sum(wt.values()) + SCOPE_WEIGHT * len(in_scope)
        head = set(stems(r.section or ""))
        for j, u in enumerate(us):
            u = caption(kind, us, j, q_numbers, lexicon, place)
            own = set(stems(u.text))
            above = local_heading(us, j) if not r.is_row else ""
            near = set(stems(list_intro(us, j))) | set(stems(above))
            for k in (j - 1, j + 1):
                if 0 <= k < len(us):
                    near |= set(stems(us[k].text))
            have = held(topic, own)
            ctx = held(topic, own | near | head)
            s_have = SCOPE_WEIGHT * len(held(in_scope, own))
            s_ctx = SCOPE_WEIGHT * len(held(in_scope, own | near | head | scope))
            vals = values(kind, u.text, q_numbers, lexicon, u.item, place)
            if kind == "when":
                vals = dated(question, u.text, vals, words)
            # a value the document's own title or region names is its scope, not an answer ("Region Hovedstaden")
            vals = [v for v in vals if _norm(v) not in _norm(f"{r.title} {r.region or ''}")]
            if kind == "who" and vals:
                # a body answers "hvem er styregruppe for …", not "hvem er formand for …"; and never the body the
                # question itself names
                people = _names(u.text, lexicon)
                vals = [
                    v
                    for v in (people if PERSON_ROLE.search(question) else vals)
                    if v in people or len(held(stems(v), set(words))) < len(stems(v))
                ]
            share, cshare = ((len(have) + s_have) / n_words, (len(ctx) + s_ctx) / n_words) if n_words else (0.5, 1.0)
            # NOTE: the shares a threshold reads ("half the question's words") count words; the order weighs them
            w_share, w_cshare = (
                ((sum(wt[w] for w in have) + s_have) / n_weighted, (sum(wt[w] for w in ctx) + s_ctx) / n_weighted)
                if n_weighted
                else (share, cshare)
            )
            if not topic:
                share = max(share, 0.5)  # every word of the question is the document's own: the document is the scope
                w_share = max(w_share, 0.5)
            if q_numbers and not q_numbers <= {
                _norm(x) for x in re.findall(r"\d+(?:[.,]\d+)*", f"{u.text} {ctx_text(us, j)} {r.section or ''}")
            }:
                vals = []  # "af de 700 læger", "forslag 2": the question's own numbers stand by the answer
            score = 2 * w_share + w_cshare + (0.6 if vals else 0) - rank_cost(i)
            if vals and kind == "when" and INTO_FORCE.search(question) and INTO_FORCE.search(u.text):
                score += 0.6  # "træder i kraft" is the moment an "ikrafttrædelse" question asks for
            if vals and place == "%":
                score += 0.5  # the percentage is the share's own measure
            elif vals and unit:
                # the number stands by the asked unit ("55.000 sygebesøg", "antallet af læger er 1.000"); a count,
                # an average or a share is named beside its number, or it is another number ("8 mindre øer" does
                # not count doctors, "15 km" counts nothing)
                vals = [v for v in vals if by_unit(u.text, v, unit)]
                score += 0.5 if vals else 0
            if vals and kind in ("amount", "number") and not same_rate(question, u.text):
                vals = []  # "honoraret pr. ydelse" is not answered by a total ("det samlede honorar … 15 mio. kr.")
            if vals and kind in ("amount", "number") and narrower(u.text, words, scope):
                vals = []  # "honoraret til samtaleterapi" is not the total the question asks for: a near miss
            # "formand for PLO-Sjælland" does not answer who chairs another body: a near miss that holds a name
            other = bool(vals) and kind == "who" and other_role(u.text, words)
            if kind == "why" and REASON.search(u.text):
                score += 0.6  # a reason ("fordi", "dermed", "årsagen") is the value a why-question asks for
            if prefer_docs and r.doc in prefer_docs:
                score += 0.3
            if r.is_row and u.field == "text_change":
                score += 0.2  # the authority's own comment answers a question about its handling
            if is_ask and defines(u.text, topic):
                score += 0.3  # "Is God Adgang mandatory?": what God Adgang is ("… er en frivillig mærkeordning")
            asked = [w for w in focus if w in topic]  # "KL og PLO" are the document's own: its scope, not the focus
            if asked:  # the condition's words may be the neighbours'; what is asked must be the sentence's own
                said = len(held(asked, own)) / len(asked)
                score += (
                    (0.3 + (0.3 if negated and NEGATED.search(u.text) else 0)) if said >= 0.5 else -0.5 * (1 - said)
                )
            if neg_ask and not NEGATED.search(u.text):
                score -= 0.8
            missing = [w for w in topic if w not in ctx]
            out.append(Candidate(i, u, vals, share, cshare, score - (0.6 if other else 0), missing, other, above))
    out.sort(key=lambda c: -c.score)
    return out


# a rate: per year ("om året", "pr. år", "a year"), or per something else ("pr. samtaleterapiydelse", "per visit")
PER_YEAR = re.compile(r"\b(?:om året|årligt|årlige?|(?:pr\.?|per|hvert|each|a) (?:år|year)|yearly|annually)\b", re.I)
PER_UNIT = re.compile(r"\b(?:pr\.|pr|per|hver|each)(?!\w)(?!\s*(?:år|year|måned|month)\b)", re.I)


def same_rate(question: str, text: str) -> bool:
    """A question for a rate is answered by a sentence with the same kind of rate: "pr. samtale" not by a total
    ("det samlede honorar … årligt 14 mio. kr."), "om året" by a yearly figure. A question with no rate: any."""
    if PER_UNIT.search(question):
        return bool(PER_UNIT.search(text))
    if PER_YEAR.search(question):
        return bool(PER_YEAR.search(text))
    return True


# the Danish noun of an English item noun: "proposal 8" is "forslag 8" in the documents
EN_ITEM = {
    "proposal": "forslag", "principle": "princip", "heading": "overskrift", "goal": "mål",
    "objective": "målsætning", "recommendation": "anbefaling", "area": "område", "point": "punkt", "item": "punkt",
    "measure": "tiltag", "step": "skridt", "pledge": "løfte", "promise": "løfte", "theme": "tema", "topic": "emne",
    "prerequisite": "forudsætning", "precondition": "forudsætning", "requirement": "krav",
}  # fmt: skip


def by_unit(text: str, value: str, unit: list[str]) -> bool:
    """Whether the asked unit stands by the value: in the three words after it ("1.000 praktiserende læger", "8
    mindre øer"), or before it after a word for a count ("antallet af sygebesøg var 55.000")."""
    for m in re.finditer(rf"(?<![\w.,]){re.escape(value)}(?![\w]|[.,]\d)", text):
        before = re.findall(r"[\wæøåÆØÅ-]+", text[: m.start()])[-6:]
        if [w.lower() for w in before[-2:]] in (["ud", "af"], ["out", "of"]):
            continue  # "262 ud af 296 praksis": 296 is the whole, the count is 262
        after = re.findall(r"[\wæøåÆØÅ-]+", text[m.end() :])
        if [w.lower() for w in after[:2]] in (["ud", "af"], ["out", "of"]):
            after = after[3:]
        after = after[:3]
        counted = [w for k, w in enumerate(before) if re.match(r"(?i)antal|number|total|i alt", " ".join(before[k:]))]
        if held(unit, set(stems(" ".join(after + counted)))):
            return True
    return False


def danish_terms_of(noun: str) -> list[str]:
    """The Danish words the glossary gives for an English noun; none for a Danish one."""
    if re.search(r"[æøå]", noun, re.I):
        return []
    from retrieval.reading.glossary import danish_terms

    return danish_terms(noun).split()


def _noun_stem(noun: str) -> str:
    low = noun.lower()
    low = EN_ITEM.get(low.rstrip("s"), EN_ITEM.get(low, low))
    return (stems(low) or [low])[0]


def _has_noun(stem: str, text: str) -> bool:
    """The noun in any inflection ("forslag", "forslagene"), not inside another word ("mål" is not "målsætning")."""
    return any(w == stem or (w.startswith(stem) and len(w) - len(stem) <= 3) or _same(w, stem) for w in stems(text))


def item_candidates(noun: str, n: int, records: list[Record], words: list[str]) -> list[Candidate]:
    """The sentences that open item n of a numbered list in a passage about the noun ("forslag" → "8. At …")."""
    # NOTE: "item 4", "point 4", "nummer 4" name a place in whatever list the question is about, not a noun the
    # document must use
    stem = _noun_stem(noun) if noun and not re.fullmatch(r"items?|points?|punkt\w*|nummer|numbers?", noun, re.I) else ""
    about_docs = {r.doc for r in records if not stem or _has_noun(stem, f"{r.section or ''} {r.text}")}
    out = []
    for i, r in enumerate(records):
        us = record_units(r)
        about = r.doc in about_docs
        for j, u in enumerate(us):
            if u.item != n:
                continue
            # the item runs on into the sentences after it that are no new item
            text = u.text
            # the item runs on into its explanation, up to the next item or heading
            for k in range(j + 1, min(j + 4, len(us))):
                nxt = us[k].text
                if (
                    len(text) >= 240
                    or us[k].item is not None
                    or ITEM_HEAD.match(nxt)
                    or not nxt.endswith((".", "!", "?"))
                ):
                    break
                text += " " + nxt
            have = held(words, set(stems(f"{r.section or ''} {r.title} {r.text}")))
            score = (2.0 if about else 0.0) + len(have) / max(len(words), 1) - 0.6 * rank_cost(i)
            out.append(Candidate(i, Unit(text, n), [str(n)], 1.0, 1.0, score))
    out.sort(key=lambda c: -c.score)
    return out


def items_numbered(items: list[Unit]) -> bool:
    """Items so far that are numbered ("1.", "2."): a numbered item may run on over several sentences."""
    return bool(items) and all(u.item is not None for u in items)


def _counts_noun(text: str, count: int, alts: list[str]) -> bool:
    """Whether the sentence counts that many of the noun: the number, then the noun within three words ("tre
    grundlæggende forudsætninger", "de 3 overskrifter"); "målsætninger … tre forudsætninger" counts no goals."""
    toks = re.findall(r"[\wæøåÆØÅ-]+", text.lower())
    for k, t in enumerate(toks):
        # "to" is a Danish two only right before the noun ("to faktorer"); else it is the English "to"
        n = int(t) if t.isdigit() else NUMBER_WORDS.get(t) if len(t) > 2 or t == "to" else None
        if t == "to" and not any(_has_noun(x, toks[k + 1]) for x in alts if k + 1 < len(toks)):
            continue
        if n == count and any(_has_noun(x, " ".join(toks[k + 1 : k + 4])) for x in alts):
            return True
    return False


def _run_on_units(records: list[Record], i: int) -> list[Unit]:
    """The units of the passage that follows records[i] in its document, when it is among the records: a numbered
    list cut by the passage boundary ("1. …" in one passage, "2. …" and "3. …" in the next) runs on into it."""
    r = records[i]
    end = getattr(r, "line_end", None)
    if r.is_row or end is None:
        return []
    nxt = next(
        (k for k, x in enumerate(records) if x.doc == r.doc and not x.is_row and 0 < x.line_start - end <= 2), None
    )
    if nxt is None:
        return []
    out = record_units(records[nxt])
    for u in out:
        u.hit = nxt
    return out


def list_after(count: int, noun: str, records: list[Record]) -> tuple[int, Unit, list[Unit]] | None:
    """The sentence that announces "tre overskrifter" and the items that follow it, when there are that many."""
    stem = _noun_stem(noun)
    # an English noun: its Danish words too ("challenges" -> "udfordringer")
    alts = [stem] + [_noun_stem(w) for w in danish_terms_of(noun)]
    from retrieval.reading.related import with_synonyms  # and its Danish synonyms ("problemer" -> "udfordringer")

    alts = list(dict.fromkeys(alts + [x for a in alts for x in sorted(with_synonyms(a))]))
    # a compound's head and its synonyms: "kommunikationsproblemer" are problems, "udfordringer" too
    for k in range(4, len(stem) - 3):
        if len(head := with_synonyms(stem[k:])) > 1:
            alts = list(dict.fromkeys(alts + sorted(head)))
            break

    def has(text: str) -> bool:
        return any(_has_noun(x, text) for x in alts)

    for i, r in enumerate(records):
        for u in record_units(r):
            # "udfordringer med 1) deling af billedfiler, 2) …, 3) … samt 4) …": the items numbered inside one sentence
            # (any number of them when the question gives none: "hvilke problemer peger X på?")
            if has(u.text) and (inline := inline_items(u.text)) and (len(inline[1]) == count or not count):
                return i, Unit(inline[0], u.item), [Unit(x) for x in inline[1]]
            # "… er der to faktorer, der er vigtige at have fokus på: Patient's delay og Doctor's delay."
            if count and has(u.text) and _counts_noun(u.text, count, alts) and (after := colon_items(u.text, count)):
                return i, Unit(after[0], u.item), [Unit(x) for x in after[1]]
    if not count:
        return None
    for i, r in enumerate(records):
        us = record_units(r) + _run_on_units(records, i)
        for j, u in enumerate(us):
            if not has(u.text) or u.hit is not None:
                continue
            if not _counts_noun(u.text, count, alts):
                continue
            items: list[Unit] = []
            last = j  # the unit of the last item
            for k in range(j + 1, len(us)):
                if us[k].item is not None or us[k].bullet or (len(us[k].text) < 80 and not items_numbered(items)):
                    items.append(us[k])
                    last = k
                elif items_numbered(items) and k - last <= 8:
                    continue  # a numbered item's further sentences ("1. Fleksibilitet … Det fleksible samarbejde …")
                else:
                    break
                if len(items) == count:
                    break
            if len(items) == count:
                return i, u, items
    # a heading that names the noun ("Overordnede mål") over at least that many bulleted or numbered items
    for i, r in enumerate(records):
        found = next((f for x in alts if (f := items_under(r, x))), None)
        if found and len(found[1]) >= count:
            return i, found[0], found[1][:count]
    return None


INLINE_ITEM = re.compile(r"(?:^|(?<=[\s,;:]))(\d{1,2}|[a-h])\)\s+")


def inline_items(text: str) -> tuple[str, list[str]] | None:
    """ "… udfordringer med 1) deling af billedfiler, 2) standardfraser … samt 3) …": the sentence's lead-in and its
    items, where they are numbered 1), 2), … (or a), b), …) in order from the first."""
    marks = list(INLINE_ITEM.finditer(text))
    if len(marks) < 2:
        return None
    keys = [m.group(1) for m in marks]
    first = "1" if keys[0].isdigit() else "a"
    want = [str(k + 1) if first == "1" else chr(ord("a") + k) for k in range(len(keys))]
    if keys != want:
        return None
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        item = re.sub(r"(?:,|;|\s+(?:og|samt|and|or|eller))\s*$", "", text[m.end() : end].strip()).strip()
        items.append(item.rstrip(".") if k + 1 == len(marks) else item)
    return text[: marks[0].start()].strip().rstrip(":"), items


def colon_items(text: str, count: int) -> tuple[str, list[str]] | None:
    """ "… to faktorer …: Patient's delay og Doctor's delay.": the lead-in and the items after its colon, split on
    commas and the last "og"/"samt"/"and", when there are that many and each is short."""
    head, sep, tail = text.partition(": ")
    if not sep or not tail.strip():
        return None
    parts = [p.strip().rstrip(".") for p in re.split(r",\s+|;\s+|\s+(?:og|samt|and|eller|or)\s+", tail.strip())]
    parts = [p for p in parts if p]
    if len(parts) != count or any(len(p.split()) > 6 for p in parts):
        return None
    return head.strip(), parts


def items_under(r: Record, stem: str) -> tuple[Unit, list[Unit]] | None:
    """A short heading that names the noun and the items (bullets, numbers) right under it."""
    us = record_units(r)
    for j, u in enumerate(us):
        # NOTE: a heading may name where its items come from ("Eksempler på indsatsområder fra Praksisplanen for almen
        # praksis 2021-2024"): up to 90 characters, a year or a period in it
        if len(u.text) > 90 or u.bullet or u.text.endswith(".") or not _has_noun(stem, u.text):
            continue
        items = []
        for k in range(j + 1, len(us)):
            if us[k].item is not None or us[k].bullet or r.text.count(f"\n{us[k].text[:12]}") and len(us[k].text) < 90:
                items.append(us[k])
            else:
                break
        if len(items) >= 2:
            return u, items
    return None


def counted_items(noun_words: list[str], records: list[Record]) -> tuple[int, Unit, list[Unit]] | None:
    """ "Hvor mange forudsætninger nævner …": the items under a heading that names the asked thing."""
    # an English term's Danish words: each may be the noun; only the counted noun, the first ("number of GPs for
    # proposal 4" counts GPs, not proposals)
    alts = [x for w in noun_words[:1] for x in w.split("|")]
    # NOTE: a stem as well as a word ("indsatsområd" is "indsatsområde")
    nouns = list(
        dict.fromkeys(
            w for w in alts if any(re.fullmatch(ITEM_NOUNS, w + e, re.I) for e in ("", "e")) or w in EN_ITEM.values()
        )
    )
    for i, r in enumerate(records):
        for stem in nouns:
            found = items_under(r, stem)
            # a heading that gives a number already counts its items ("De 7 principper"); a year is no count
            if found and not re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", found[0].text)):
                return i, found[0], found[1]
    return None


def squash_key(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def announced(count: int, noun: str, records: list[Record]) -> tuple[int, Unit] | None:
    """A sentence that speaks of "seks forslag" / "8 mål" without the items following it."""
    stem = _noun_stem(noun)
    for i, r in enumerate(records):
        for u in record_units(r):
            low = u.text.lower()
            nums = {int(x) for x in re.findall(r"\b\d{1,2}\b", low)} | {
                NUMBER_WORDS[w] for w in re.findall(r"[a-zæøå]+", low) if w in NUMBER_WORDS and len(w) > 2
            }
            if count in nums and _has_noun(stem, u.text):
                return i, u
    return None


def counted_only(noun: str, cands: list["Candidate"], records: list[Record]) -> tuple["Candidate", str] | None:
    """The best sentence that counts the noun ("de tre øer", "8 mindre øer") when no sentence among the candidates
    names two or more of them by name: (the sentence, its count)."""
    stem = _noun_stem(noun)
    counting = None
    for c in cands:
        text = c.unit.text
        if not _has_noun(stem, text):
            continue
        r = records[c.hit]
        own = f"{r.title} {r.region or ''} {r.publisher or ''}".lower()
        named = [w for w in re.findall(r"(?<!^)(?<=\s)[A-ZÆØÅ][a-zæøå]{2,}", text) if w.lower() not in own]
        if len(named) >= 2 or list_after(0, noun, [r]):
            return None  # names, or a list of them: the question is answered from it
        low = text.lower()
        m = re.search(
            rf"\b(\d{{1,3}}|{'|'.join(k for k in NUMBER_WORDS if len(k) > 2)})\b(?:\s+\w+)?\s+{re.escape(stem[:4])}",
            low,
        )
        if m and counting is None:
            counting = (c, m.group(1))
    return counting


def novel(unit: Unit, question: str) -> int:
    """How many content words the sentence adds to the question's own: a slide's title repeated adds none."""
    q = set(stems(question))
    return len([w for w in stems(unit.text) if w not in STOPWORDS and not any(_same(w, x) for x in q)])


def says_more(c: Candidate, question: str) -> bool:
    """Whether a sentence says more than the question: two words of its own, or one word beside nearly all of the
    question's ("Lægedækning er den vigtigste forudsætning for …": the one new word is the answer)."""
    n = novel(c.unit, question)
    return n >= 2 or (n == 1 and c.share >= 0.75)


# a question for what something holds, and the words of a sentence that says it ("omfatter", "herunder", a list)
CONTENT_ASK = re.compile(
    r"\b(?:indeholder|indeholdt|indeholde|contains?|contained|includes?|included|består af|bestod af|consists? of|"
    r"omfatter|omfattede|comprises?)\b",
    re.I,
)
CONTENT_SAY = re.compile(
    r"\b(?:indeholder|indeholdt|omfatter|omfattede|består af|bestod af|herunder|blandt andet|bl\.\s?a\.|fx|f\.eks\.|"
    r"eksempelvis|such as|including|includes?|contains?|consists? of)\b|:\s*\S|•",
    re.I,
)


def says_content(records: list[Record], c: Candidate) -> bool:
    """Whether the sentence (with the items it heads) says what something holds, not only its name."""
    return bool(CONTENT_SAY.search(run_on(records, c)))


def item_told(records: list[Record], c: Candidate) -> tuple[int, list[Unit]] | None:
    """An item of an overview list ("3. Konkrete områder med behov for styrket samarbejde"): the passage of the same
    document whose heading takes it up ("Input til praksisplanen – konkrete områder"), with its lines."""
    if c.unit.item is None or len(c.unit.text) > 90 or c.unit.text.endswith("."):
        return None
    own = [w for w in stems(ITEM_HEAD.sub("", c.unit.text)) if w not in STOPWORDS and len(w) > 2]
    if len(own) < 2:
        return None
    home = records[c.hit]
    for i, r in enumerate(records):
        if i == c.hit or r.doc != home.doc or r.is_row or not r.section:
            continue
        head = r.section.split(":", 1)[-1]
        have = held(own[:3], set(stems(head)))
        if len(have) >= 2 or (len(have) >= 1 and len(own) <= 2):
            us = [u for u in record_units(r) if squash_key(u.text) not in squash_key(head)]
            if len(us) >= 2:
                return i, us[:8]
    return None


# a sentence that opens by pointing back ("Det emne har Jacob Kjellberg indledt dagen med", "This proposal …")
POINTS_BACK = re.compile(
    r"^(?:det|dette|denne|disse|den|de|this|that|these|those)\s+(?:emne|tema|forslag|punkt|spørgsmål|område|topic|"
    r"theme|proposal|point|question|issue)\w*\b",
    re.I,
)


def with_antecedent(records: list[Record], c: Candidate) -> str:
    """The sentence, after the one it points back to ("Hvordan kan ulighed i sundhed gøres mindre?" before "Det emne
    har Jacob Kjellberg indledt dagen med")."""
    text = c.unit.text
    if not POINTS_BACK.match(text):
        return text
    us = record_units(records[c.hit])
    k = next((i for i, u in enumerate(us) if u.text == text), None)
    if not k:
        return text
    return f"{us[k - 1].text} {text}"


def negation_after(question: str, records: list[Record], c: Candidate) -> Candidate:
    """ "What is NOT the answer to …": where the best sentence sets the scene without a negation ("Danskerne har brug
    for et sundhedsvæsen …"), the negating sentence a little after it in the same passage ("… er svaret ikke mere
    centralisering") is the answer."""
    if not NEG_ASK.search(question) or NEGATED.search(c.unit.text):
        return c
    us = record_units(records[c.hit])
    k = next((i for i, u in enumerate(us) if u.text == c.unit.text), None)
    if k is None:
        return c
    nxt = next((u for u in us[k + 1 : k + 4] if NEGATED.search(u.text)), None)
    return dataclasses.replace(c, unit=nxt) if nxt is not None else c


def focused_span(text: str, words: list[str], limit: int = 300) -> str:
    """A long passage cut to the span that holds the question's words: the piece (a sentence, or a stretch between
    dashes and semicolons) holding most of them, with its neighbours up to `limit`, and "…" where text was left out.
    A quoted response is often one block of several hundred words; its first 300 characters are not its answer."""
    text = " ".join(text.split())
    if len(text) <= limit or not words:
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
    pieces = [p for p in re.split(r"(?<=[.!?;])\s+(?:[-–•]\s+)?|\s+[-–•]\s+", text) if p.strip()]
    if len(pieces) < 2:  # no breaks: windows of 25 words
        ws = text.split()
        pieces = [" ".join(ws[i : i + 25]) for i in range(0, len(ws), 25)]
    hits = [len(held(words, set(stems(p)))) for p in pieces]
    best = max(range(len(pieces)), key=lambda i: (hits[i], -i))
    if hits[best] == 0 or best == 0 and len(pieces[0]) >= limit * 0.5:
        return text[:limit].rsplit(" ", 1)[0] + " …"
    lo = hi = best
    out = pieces[best]
    while True:
        grow = False
        for j in (hi + 1, lo - 1):
            if 0 <= j < len(pieces) and len(out) + len(pieces[j]) + 1 <= limit and (j > hi or j < lo):
                out = f"{out} {pieces[j]}" if j > hi else f"{pieces[j]} {out}"
                lo, hi = min(lo, j), max(hi, j)
                grow = True
                break
        if not grow:
            break
    if len(out) > limit:
        out = out[:limit].rsplit(" ", 1)[0] + " …"
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(pieces) - 1 and not out.endswith("…") else "")


# a question for how a total is divided: "how do they want to split the 1,500 GPs", "hvordan fordeles de 1.500"
BREAKDOWN_ASK = re.compile(
    r"\b(?:split\w*|divid\w*|distribut\w*|allocat\w*|breakdown|broken down|fordel\w*|opdel\w*|spread)\b", re.I
)
TOTAL_LINE = re.compile(r"^(?:i alt|total|samlet|sum|heraf i alt)\b\D*(?P<n>\d[\d.,]*)\s*$", re.I)


def breakdown(question: str, records: list[Record]) -> tuple[int, str, list[str]] | None:
    """How a total the question names is divided, from a table whose last row is "I alt N" (a flattened table:
    a label over one or more lines, then its number): (record index, the line that introduces the table, the rows
    "label number" and the total row). None when the question asks no division or no passage has such a table."""
    if not BREAKDOWN_ASK.search(question):
        return None
    asked = question_numbers(question)
    if not asked:  # "hvilke tre overskrifter fordeler input sig under" divides no total
        return None
    for i, r in enumerate(records):
        lines = [ln.strip() for ln in (r.text or "").splitlines()]
        for j, ln in enumerate(lines):
            m = TOTAL_LINE.match(ln)
            if not m or _norm(m.group("n")) not in asked:
                continue
            rows: list[str] = []
            label: list[str] = []
            intro = ""
            k = j - 1
            block: list[str] = []
            while k >= 0 and lines[k] and not lines[k].endswith(":") and j - k <= 30:
                block.insert(0, lines[k])
                k -= 1
            if k >= 0 and lines[k].endswith(":"):
                intro = lines[k]
            for ln2 in block:
                value = re.search(r"(?:^|\s)(\d[\d.,]*)\s*$", ln2)
                text = ln2[: value.start()].strip() if value else ln2
                if text[:1].isupper() and label and not value and not label[-1].endswith("-"):
                    label = []  # a column header or a label without a number: the next label starts here
                if text:
                    label.append(text)
                if value:
                    name = re.sub(r"-\s+(?=[a-zæøå])", "", " ".join(label))
                    rows.append(f"{name} {value.group(1)}" if name else value.group(1))
                    label = []
            if len(rows) >= 2:
                return i, intro, rows + [ln]
    return None


def run_on(records: list[Record], c: Candidate, limit: int = 260) -> str:
    """The chosen sentence and, when it is short, the sentence after it in the same passage: one or two sentences."""
    us = record_units(records[c.hit])
    k = next((i for i, u in enumerate(us) if u.text == c.unit.text), None)
    text = c.unit.text
    if k is None or len(text) >= limit * 0.6:
        return text
    if not text.endswith((".", "!", "?")) and not us[k].bullet:
        # NOTE: a bulleted item is followed by its siblings, not by what it heads ("• Kræftområdet - Kræftplan IV
        # fremlægges i 2016" is not followed by the cancer plan's contents but by "• Medicinområdet")
        # a heading or a list's opening line ("Vi skal gøre noget konkret – der kræver politisk prioritering"): what
        # it heads is the answer, its items up to the limit ("Udbyde nok ydernumre …; Lave konkrete …")
        items = []
        for j, u in enumerate(us[k + 1 :]):
            # a line that ends on a colon heads what follows it, bulleted or not ("… vision for praksissektoren:" /
            # "Et samarbejde på tværs af sektorer …")
            opened = text.endswith(":") and j < 2
            if not (u.bullet or _list_line(u.text) or u.text.endswith(":") or opened):
                break
            if len(text) + sum(len(x) + 2 for x in items) + len(u.text) > limit * 1.3:
                break
            items.append(u.text)
        items = [x for x in items if not x.endswith(":")] or items
        if items:
            return f"{text.rstrip(':')}: {'; '.join(items)}"
    for u in us[k + 1 : k + 2]:
        if u.item is None and u.text.endswith((".", "!", "?")) and len(text) + len(u.text) <= limit * 1.3:
            text += " " + u.text
    return text
