"""Prose høringsnotater (the ministry style): a section per theme, statements such as "KL bemærker, at …", then the
authority's reply ("Ministeriets bemærkninger"). Each statement becomes a row tied to the reply that follows it;
parties listed as consulted that sent nothing, and parties that had no remarks, get rows that say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.handling import classify_handling, classify_prose, sentences
from ingest.hoeringsnotat import RowFields, fold
from ingest.loaders import Line

VERBS = (
    r"bemærker|anfører|finder|tilbyder|mener|foreslår|påpeger|opfordrer|ønsker|anbefaler|savner|efterlyser|henstiller|støtter|"
    r"ser gerne|har (?:et|flere) (?:ønske|ønsker|forslag)|"
    r"noterer|gør (?:desuden |også )?opmærksom|tilkendegiver|udtrykker|hilser|kvitterer|tilslutter|bakker|er bekymret|"
    r"er (?:generelt )?enig|er uenig|vurderer|peger (?:\w+ )?på|fremhæver|understreger|spørger|forudsætter|konstaterer|angiver|"
    r"oplyser|oplever|beder|anmoder|kritiserer|advarer|frygter|bifalder|har (?:i (?:sit|deres) høringssvar )?(?:bemærket|anført|"
    r"foreslået|påpeget|fremhævet)|har følgende bemærkning(?:er)?|har (?:ingen|ikke nogen) (?:yderligere |særlige )?bemærkninger|har (?:en )?bemærkning(?:er)? til|notes|offers|suggests|recommends|proposes|argues|asks|welcomes|supports|points out|"
    r"is concerned|considers|states|raises|calls for|urges|requests|believes|stresses|emphasi[sz]es"
)
_NAME_WORD = r"[A-ZÆØÅ][\wæøåÆØÅ'’&.-]*"
_CONNECT = r"(?:og|for|i|af|på|ved|de|the|of|and|for|in|&|-)"
GENERIC_NAME = (
    rf"(?:The\s+)?{_NAME_WORD}(?:\s+(?:{_CONNECT}\s+)?{_NAME_WORD}){{0,6}}"
    r"(?:\s*\([A-ZÆØÅ]{2,8}(?:-[A-ZÆØÅ][\wæøå]+)?\))?"  # "(PLO)", "(PLO-Højmose)"
    r"(?:\s+\([a-zæøå][\wæøå-]*(?:\s+[\wæøå-]+){0,3}\))?"  # what the party is: "(almen praksis)"
)
LEAD_INS = (
    r"(?:Endvidere|Desuden|Herudover|Derudover|Også|Endelig|Videre|Samtidig|Ligeledes|Yderligere|Afslutningsvis|"
    r"Furthermore|Moreover|Also|Finally|In addition|Additionally)"
)
NOT_A_PARTY = re.compile(
    r"^(?:Ministeriet|Styrelsen|Regionen|Kommunen|Kommunerne|Regionerne|Parterne|Foreningerne|Organisationerne|"
    r"Det|Der|Man|Vi|Høringsparten|Høringsparterne|Flere|Enkelte|Nogle|"
    r"Organisationen|Foreningen|Rådet|Rådene|Udvalget|Udvalgene|Selskabet|De|Den|Denne|Dette|Disse|Han|Hun|It|They|We|The Ministry|"
    r"The organisation|The association|Several|Some|Many|Parterne|Alle)\b"
)
# the authority's reply: "Ministeriets bemærkninger", "Sundhedsstyrelsens kommentarer:", "Regionens svar", "Our response"
AUTHORITY = (
    r"(?:(?:[\wæøåÆØÅ]+-\s+og\s+)?[\wæøåÆØÅ-]*(?:ministeriets|styrelsens|regionens|kommunens|administrationens|"
    r"forvaltningens|sekretariatets|udvalgets|direktoratets|myndighedens|departementets|rådets|"
    # a steering body that answers for a joint plan: "Styregruppens svar", "Klyngens bemærkning", "Direktionens …"
    r"gruppens|klyngens|bestyrelsens|direktionens|ledelsens|partnerskabets|samarbejdets|forummets|forums)"
    r"|region\s+[A-ZÆØÅ][\wæøå]+s|[A-ZÆØÅ][\wæøå]+\s+kommunes)"
)
REPLY = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s*)?(?:{AUTHORITY}|vores|our|the\s+[\w\s]+?'s|[\w]+'s|(?:the\s+)?(?:ministry|department|"
    r"region|council|authority|administration|agency))\s+"
    r"(?:bemærkning(?:er)?|kommentar(?:er)?|svar|vurdering|besvarelse|stillingtagen|indstilling|comments?|response|"
    r"reply|assessment|remarks?)(?:\s+(?:hertil|til\s+[^:.]{0,40}))?\s*[:.–-]?\s*(?P<rest>.*)$",
    re.I | re.S,
)
REPLY_FROM = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:bemærkning(?:er)?|kommentar(?:er)?|svar|vurdering|response|comments?|reply)\s+"
    # NOTE: a board of its own ("Forældrebestyrelsen", "Skolebestyrelsen") is a party, not an agency ("…styrelsen")
    r"(?:fra|from|by)\s+(?:the\s+)?(?:[\wæøå-]*ministeriet|[\wæøå-]*(?<![\wæøå]be)styrelsen|regionen|kommunen|"
    r"administrationen|"
    r"forvaltningen|sekretariatet|udvalget|(?:klynge)?(?:styre|arbejds|følge|projekt|styrings|koordinations)gruppen|"
    r"direktionen|ministry|department|region|"
    r"council|authority|administration)\b"
    # NOTE: a name that goes on is a party's line: "Svar fra Ældrerådet i X", "Svar fra Kommunen, Y" is no answer
    r"(?!\s*(?:,|\s(?:i|for|på|ved|af|og))\s*(?-i:[A-ZÆØÅ]))"
    r"\s*[:.–-]?\s*(?P<rest>.*)$",
    re.I | re.S,
)
# a bare label before the answer: "Svar: …", "Vurdering: …" (a bare "Bemærkning:" may be the party's own)
# NOTE: the administration's remark abbreviated: "Adm. bem.: …", "Forv. bemærkning: …"
REPLY_LABEL = re.compile(
    # NOTE: the decision line under an answer: "Konklusion: Ændres", "Konsekvens: Ingen ændring", "Beslutning: …"
    r"^(?:[→⇒]\s*)?(?:(?:forslag|udkast|indstilling)\s+til\s+svar|svar|vurdering|besvarelse|indstilling|konklusion|konsekvens(?:\s+for\s+(?:[\wæøå-]*plan(?:en)?|[\wæøå-]+(?:en|et)))?|beslutning|afgørelse|"
    r"håndtering|reply|response|"
    # NOTE: the answering authority's bare name as the label: "**Forvaltningen:** Politikken er rettet …"
    r"forvaltningen|administrationen|sekretariatet|"
    r"(?:adm|admin|forv)\.?\s*(?:bem|bemærkn|bemærkning|komm|kommentar)\.?)\s*:\s*(?P<rest>.*)$",
    re.I | re.S,
)

# a bare "Bemærkning:"/"Kommentar:" label: the answer only right after a party's point in that party's section
BARE_REMARK = re.compile(r"^(?:bemærkning|kommentar|administrationens bemærkning)\s*:\s*(?P<rest>\S.*)$", re.I | re.S)


# a party's remark under a label of its own, answered by the next paragraph's label: "Bemærkning: …" then "Svar: …",
# "Høringssvar: …" then "Administrationens svar: …" (read as a pair only where the pairing recurs)
REMARK_LABEL = re.compile(
    r"^(?:bemærkning|høringssvar|høringsbemærkning|kommentar|indsigelse|forslag|ønske|synspunkt|remark|comment)"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.I | re.S,
)


# a bare label over a party's points, on a line of its own: "Bemærkninger", "Høringssvarets indhold", "Resumé"
REMARKS_LABEL = re.compile(
    r"^(?:(?:høringssvarets|partens|parternes)\s+)?(?:bemærkninger|indhold|resumé|synspunkter|remarks|comments)"
    r"(?:\s+(?:i\s+høringssvaret|fra\s+parten))?\s*:?$",
    re.I,
)


def _label_word(t: str) -> str:
    return re.match(r"\s*([^:]*?)\s*:", t).group(1).lower()


def _paired_remarks(paras: list[Para]) -> set[int]:
    """The paragraphs that open with a remark label and are answered by the next paragraph's reply label."""
    out = set()
    for k, p in enumerate(paras[:-1]):
        if p.heading or not REMARK_LABEL.match(p.text):
            continue
        nxt = paras[k + 1]
        m = None if nxt.heading or REMARK_LABEL.match(nxt.text) else _reply(nxt.text)
        # NOTE: a decision line ("Konklusion: Ændres") closes the answer above it: "Bemærkning: …" is that answer
        if m and not _decision_label(m):
            out.add(k)
    return out if len(out) >= 2 else set()


def _label_pairs(paras: list[Para]) -> dict[int, int]:
    """Two remark labels that take turns: the party's "Bemærkning: …" answered each time by the next paragraph's
    "Kommentar: …" (a pair only where the same two labels always come in that order, at least twice): remark ->
    answer paragraph."""
    labelled = [(k, _label_word(p.text)) for k, p in enumerate(paras) if not p.heading and REMARK_LABEL.match(p.text)]
    pairs: dict[int, int] = {}
    kinds: set[tuple[str, str]] = set()
    k = 0
    while k < len(labelled) - 1:
        (a, la), (b, lb) = labelled[k], labelled[k + 1]
        if b == a + 1 and la != lb:
            pairs[a] = b
            kinds.add((la, lb))
            k += 2
        else:
            k += 1
    if len(pairs) < 2 or len(kinds) != 1:
        return {}
    first, second = next(iter(kinds))
    if sum(1 for _, lab in labelled if lab == first) != len(pairs):
        return {}  # the remark's label also stands alone somewhere: not a strict pairing
    return pairs


# the label of a reply's decision line ("Indstilling: Delvist tiltrådt"), set apart from the assessment above it
DECISION = "(indstilling)"


# the sender of the remark above, on a line of its own: "— Forældrenetværket Sund Start", or in parentheses
# ("(Ungdomsrådet i Ellerup, Fritidsudvalget)": a remark's sender that wrapped onto a line of its own)
SENDER_AFTER = re.compile(r"^(?:[—–]\s*([A-ZÆØÅ][^.:;!?]{1,90})|\(([A-ZÆØÅ][^():;!?]{1,100})\))$")
# the sender at the end of the remark, in parentheses after its last full stop: "… hver dag. (Havnø Idrætsklub)"
SENDER_TRAILING = re.compile(r"(?<=[.!?])\s*\(([A-ZÆØÅ][^():;!?]{1,100})\)\s*$")


# an answer under "<label> fra <body>:" ("Kommentar fra Sundhed og Forebyggelse: …"): the authority's answer when the
# same label recurs before several paragraphs and the body is no party (read in parse_prose)
FROM_BODY_LABEL = re.compile(
    r"^(?P<lab>(?i:bemærkning(?:er)?|kommentar(?:er)?|svar|vurdering|besvarelse)\s+(?i:fra)\s+"
    r"(?P<who>[A-ZÆØÅ][\wæøå-]*(?:\s+(?:og|for|i|af|[A-ZÆØÅ][\wæøå-]*)){0,7}))\s*:\s*(?P<rest>\S.*)$",
    re.S,
)


def _decision_label(m: re.Match) -> str | None:
    return (
        DECISION
        if re.match(r"\s*(?:indstilling|afgørelse|beslutning|konklusion|konsekvens|håndtering)\b", m.group(0), re.I)
        else None
    )


# any body's answer under a label of its genitive and a colon: "Sundhedsfællesskabets vurdering: …", "Sygehusets
# kommentar: …" (not the party's own: "Høringspartens bemærkning:")
REPLY_BODY = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?!Hørings|Partens|Parternes|Afsenderens)(?-i:[A-ZÆØÅ][\wæøå-]{3,}s)\s+"
    r"(?:svar|bemærkning|kommentar|vurdering|besvarelse|stillingtagen)\s*:\s*(?P<rest>.*)$",
    re.I | re.S,
)


def _reply(t: str):
    return REPLY.match(t) or REPLY_FROM.match(t) or REPLY_LABEL.match(t) or REPLY_BODY.match(t)


# a heading that is only the answer's label, on its own line: "Vurdering og indstilling", "Svar og indstilling"
_REPLY_WORD = r"(?:svar|vurdering|besvarelse|indstilling|stillingtagen|kommentar(?:er)?|assessment|response|reply)"
REPLY_HEADING = re.compile(rf"^{_REPLY_WORD}(?:\s*(?:og|and|/)\s*{_REPLY_WORD})?\s*:?(?P<rest>)$", re.I)


AUTHORITY_SUBJECT = (
    r"(?:Ministeriet|Styrelsen|Regionen|Kommunen|Administrationen|Forvaltningen|Sekretariatet|"
    r"[\wæøåÆØÅ-]*ministeriet|[\wæøåÆØÅ-]*styrelsen|The (?:Ministry|Region|Council|Department|Agency))"
)
# a reply that opens with its subject instead of a heading: "Ministeriet skal hertil bemærke, at …"
REPLY_OPENER = re.compile(
    rf"^(?P<subject>{AUTHORITY_SUBJECT})\s+(?:skal\s+|kan\s+|vil\s+|har\s+)?(?:hertil\s+|i den forbindelse\s+|"
    r"indledningsvis\s+)?(?:bemærke|bemærker|oplyse|oplyser|henvise|henviser|anerkende|anerkender|er enig|"
    r"er opmærksom|noterer|noteret|notes?|agrees?|acknowledges?|would like|takes note)\b"
)
# an unlabelled answer that opens with the authority as its subject and a verb: "Administrationen vurderer, at …"
AUTHORITY_SUBJECT_OPENS = re.compile(
    r"^(?P<subject>(?:Administrationen|Forvaltningen|Sekretariatet|Regionen|[\wæøåÆØÅ-]*ministeriet|"
    r"[\wæøåÆØÅ-]*styrelsen))\s+(?:[a-zæøå]+(?:er|r|es|ede|te)\b|har\b|vil\b|kan\b|skal\b|er\b)"
)
TOPIC_LEAD = (
    r"(?:Vedrørende|Angående|I forhold til|Med hensyn til|For så vidt angår|Regarding|With regard to|"
    r"As regards)\s+[^,]{1,80}?,?"
)
NO_REMARKS_INTRO = re.compile(
    r"ikke (?:har |haft )?(?:haft )?(?:nogen |yderligere )?bemærkninger|ingen bemærkninger|"
    r"no (?:comments|remarks)|had no (?:comments|remarks)|no further comments",
    re.I,
)
RESPONDED_INTRO = re.compile(
    r"(?<!ikke )(?:modtaget|indkommet|indgået) (?:\w+ )?(?:høringssvar|bemærkninger) fra|"  # not "ikke modtaget … fra"
    r"har (?:afgivet|indsendt) (?:\w+ )?høringssvar|responses? (?:were|was) received from|"
    r"følgende har svaret|received (?:comments|responses) from",
    re.I,
)
NOT_RESPONDED_INTRO = re.compile(
    r"ikke (?:har )?(?:afgivet|indsendt|fremsendt|sendt|givet)\s+(?:\w+\s+)?(?:høringssvar|svar|bemærkninger)|"
    # NOTE: "Der er ikke modtaget bemærkninger fra:": nothing came from them (not "har ikke haft bemærkninger")
    r"(?:ikke|intet|ingen) (?:\w+ )?(?:modtaget|indkommet) (?:\w+ )?bemærkninger fra\b|"
    r"(?:ikke|intet|ingen) (?:\w+ )?(?:modtaget|indkommet) (?:\w+ )?(?:høringssvar|svar)|uden (?:at afgive |indsendt |indsendte |afgivet )?(?:høringssvar|svar)\b|"
    # NOTE: a caseworker's mail: "Der er ikke kommet svar fra:", "Vi har ikke fået høringssvar fra:"
    r"ikke (?:\w+ )?(?:kommet|fået) (?:\w+ )?(?:høringssvar|svar) fra\b|"
    r"ikke besvaret|ikke (?:har )?reageret|ikke (?:er )?vendt tilbage|"
    # NOTE: "Ingen bemærkninger modtaget fra:": nothing came from them (not "had no remarks", which is an answer)
    r"(?:intet|ingen) (?:høringssvar|svar|bemærkninger) (?:er )?(?:modtaget|indkommet) fra|"
    # NOTE: "Følgende har ikke benyttet muligheden for at afgive høringssvar:"
    r"ikke (?:har )?benyttet (?:sig af )?muligheden for at (?:afgive|indsende|sende|give) (?:\w+ )?(?:høringssvar|svar)|"
    r"har ikke (?:svaret|afgivet|indsendt)|ikke (?:har )?svaret|did not (?:respond|reply)|(?:have|has) not responded|"
    r"no response (?:was )?received from|"
    # NOTE: a heading's mark in parentheses: "Øvrige hørte parter (intet svar)", "Hørte parter (ikke besvaret)"
    # (not a listed party's own mark: "Klintholm Idrætssamvirke (intet svar)" is an item of the consulted list)
    r"\b(?:parter|høringsparter)\s+\((?:intet|ingen|ikke)\s+(?:høringssvar|svar|besvaret|modtaget)\)",
    re.I,
)
NOT_RESPONDED_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:høringsparter|parter)\s+uden\s+(?:bemærkninger|kommentarer)$", re.I
)
CONSULTED_INTRO = re.compile(
    r"i høring (?:hos|til)|høringsparter(?:ne)?\s*:|høringslisten|sendt i høring|hørt:|"
    r"\b(?:sendt|udsendt|fremsendt)\s+til\s*:|"
    r"følgende (?:myndigheder|organisationer|høringsparter|parter)|"
    r"(?:sent|sent out) for consultation to|consulted the following|consultees\s*:",
    re.I,
)
GENERIC_SECTION = re.compile(
    r"^(?:(?:de )?(?:indkomne )?høringssvar(?:ene)?|bemærkninger(?: til .*)?|høringen|indledning|"
    r"generelt|generelle bemærkninger|(?:consultation )?responses?|comments?|general)$",
    re.I,
)
# NOTE: a party lettered "A.  <party>" is numbered too (the letter and its dot are no part of the name)
NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)*\.?|[A-ZÆØÅ]\.)\s+([A-ZÆØÅ].{1,90})$")


# a line that is only a page's footer or number: "Side 2 af 5", "Page 3 of 7", "2/5", "- 3 -"
TEXT_FOOTER = re.compile(r"^(?:(?:side|page)\s+\d+(?:\s*(?:af|of|/)\s*\d+)?|\d+\s*/\s*\d+|[-–]\s*\d+\s*[-–])$", re.I)


@dataclass
class Para:
    start: int  # index into the lines
    end: int
    text: str
    heading: bool = False
    first: Line | None = None
    last: Line | None = None
    label: str | None = None  # the point's number or bullet, taken off the text ("2." in "2. KL bemærker, at …")
    line_item: bool = False  # a line of a list under a colon, one name a line (a comma is part of the name)
    keyed: bool = False  # the label answers a point by its number ("Ad 2) …"), it opens no point of its own
    footnote: bool = False  # a footnote at a page's foot ("¹ …"): read for who did not answer, no part of a point


@dataclass
class _Statement:
    names: list[str]
    paras: list[Para] = field(default_factory=list)
    theme: str | None = None
    quoted: bool = False  # a point of a party's letter quoted in full (DOCX "Quote" style)
    in_paragraph: bool = False  # one of several remarks summed up in one paragraph ("… Derudover foreslår rådet …")


# a sentence that adds a further remark of the same party: "Derudover foreslår rådet, at …", "Til sidst beder klubben
# om …", "Endvidere anbefaler foreningen …" (the connective first), or "Rådet beder også om …", "Afsnittet ønsker
# tillige …" (the party's short subject, its verb, then the connective)
_REMARK_VERB = (
    r"(?:foreslår|ønsker|beder|opfordrer|anbefaler|mener|finder|påpeger|efterlyser|savner|peger|bemærker|"
    r"gør|understreger|anfører|fremhæver|vurderer|ser\s+gerne|har\s+et\s+ønske|kritiserer|advarer)"
)
_ADDING = r"(?:desuden|endvidere|yderligere|herudover|derudover|tillige|også|endelig|samtidig)"
FURTHER_REMARK = re.compile(
    rf"^(?:{_ADDING}|(?:og\s+)?til\s+sidst|sluttelig)\s+(?:\w+\s+){{0,1}}{_REMARK_VERB}\b"
    rf"|^(?:[A-ZÆØÅ][\wæøå-]+|De|de)(?:\s+[a-zæøå][\wæøå-]+){{0,2}}\s+{_REMARK_VERB}\s+(?:\w+\s+)?{_ADDING}\b",
    re.I,
)


def _remarks_in(p: Para) -> list[Para]:
    """A party's paragraph that sums up several remarks, each further one a sentence that adds to the first ("…
    Derudover foreslår rådet, at …", "Afsnittet ønsker tillige …"): one paragraph per remark. A numbered paragraph,
    or one without such a sentence, is one remark."""
    if p.label or p.heading:
        return [p]
    sents = sentences(p.text)
    cuts = [i for i, x in enumerate(sents) if i > 0 and FURTHER_REMARK.match(x.strip())]
    if not cuts:
        return [p]
    bounds = [0] + cuts + [len(sents)]
    return [
        Para(p.start, p.end, " ".join(sents[a:b]).strip(), False, p.first, p.last, p.label)
        for a, b in zip(bounds, bounds[1:])
    ]


# NOTE: a dash is a point's bullet only before a sentence ("– Rådet foreslår, at …."); a list of names set with dashes
# ("– Kræftens Bekæmpelse, Lokalforening Nord") stays a list
POINT_LABEL = re.compile(
    # NOTE: a two-digit hanging number set tight against its text loses the space in extraction ("10.Rådet ønsker")
    r"^(?:(?:Ad|Til|Pkt\.?|Punkt)\s+)?\(?(?P<label>\d{1,3}[a-z]?|[a-z])(?:[.)]\s+(?=\S)|(?<=\d\d)\.(?=[A-ZÆØÅ][a-zæøå]))|^(?P<bullet>[•▪◦‣●■]|[–*-](?=\s+\S[\s\S]{30,}[.!?]$))\s+(?=\S)"
    # "2.1 Afdelingen anbefaler …": party 2, point 1; "B.1 Foreningen …": party B, point 1
    # NOTE: one level deeper under a numbered section: "3.2.1 Kommunerne ønsker …" is section 3, party 2, point 1
    r"|^(?:\d{1,2}|[A-ZÆØÅ])(?:\.\d{1,2})?\.(?P<sub>\d{1,2})\.?\s+(?=[A-ZÆØÅ])"
    # a numbered remark label: "Bemærkning 2: …", "Punkt 3 – …" (a bare "Bemærkning:" is an answer's label)
    r"|^(?:Bemærkning|Høringspunkt|Punkt|Remark|Comment|Point)\s+(?P<remark>\d{1,3}[a-z]?)\s*[:.–-]\s+(?=\S)"
)
# a point's number on a line of its own over its text: "Bemærkning 3:", "Punkt 2" (the label of the next paragraph)
# NOTE: a two-level number ("Punkt 3.1": response 3 in the list of responses, its first remark) labels a point
REMARK_NO_LINE = re.compile(
    # NOTE: the part of the plan it is about may follow in parentheses: "Bemærkning 2 (afsnit 4.1)"
    r"^(?:Bemærkning|Høringspunkt|Punkt|Remark|Comment|Point)\s+(\d{1,3}(?:\.\d{1,3})?[a-z]?)"
    r"(?:\s+\((?:afsnit|kapitel|side|s\.|pkt\.|punkt|section|chapter|page)\s[^()]{1,30}\))?\s*[:.]?$",
    re.I,
)
# the month and year after a day's number: "12. marts 2026" is a date, not a numbered point
DATE_AFTER_NUMBER = re.compile(
    r"^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|"
    r"jul|aug|sep|sept|okt|nov|dec)\.?\s+\d{4}\b",
    re.I,
)
# a party's section that says it did not respond: "Intet høringssvar modtaget.", "Der er ikke modtaget høringssvar."
SECTION_SILENT = re.compile(
    r"^(?:(?:der\s+er\s+)?(?:intet|ingen)\s+(?:høringssvar|svar)(?:\s+(?:modtaget|indkommet|afgivet))?|"
    r"(?:der\s+er\s+)?ikke\s+(?:modtaget|afgivet|indsendt|fremsendt)\s+(?:noget\s+|et\s+)?(?:høringssvar|svar)|"
    r"(?:\w+\s+)?har\s+ikke\s+(?:afgivet|indsendt|fremsendt)\s+(?:noget\s+)?(?:høringssvar|svar)|"
    r"no\s+response(?:\s+(?:was\s+)?received)?)(?:\s+fra\s+(?:denne|den\s+pågældende)\s+part|\s+fra\s+parten)?\s*\.?$",
    re.I,
)
# a metadata line under a party's heading: a label with only a date, number or dash ("Modtaget: 09.02.2026",
# "Dok.nr.: 26/114", "Modtaget: –"), neither a heading nor a point
META_LINE = re.compile(r"^[A-ZÆØÅ][\wæøå.\- ]{1,30}:\s*(?:[\d./\-– ]+|[–—-]|\d{1,2}\.\s*[a-zæøå]+\s+\d{4})$")
# NOTE: several such fields on one line, the label's colon left out: "Modtaget 4. februar 2026 · dok.nr. 2026-03312",
# "Modtaget den 3.2.2026 | J.nr. 25/118"
_META_FIELD = re.compile(
    r"^[A-ZÆØÅa-zæøå][\wæøå.\-]*(?:\s+[\wæøå.\-]+){0,2}?:?\s+(?:den\s+)?(?:[\d./\-–]+(?:\s*[\d./\-–]+)*|"
    r"\d{1,2}\.\s*[a-zæøå]+\s+\d{4})(?:,?\s+kl\.\s*[\d.:]+)?$"
)
# a submission's processing status in a portal's or case system's card: "Status: Behandlet", "Sagsstatus: Afsluttet"
# (the case's handling, not the plan's outcome)
STATUS_FIELD = re.compile(
    r"^(?:Status|Sagsstatus|Behandlingsstatus)\s*:\s*(?:besvaret|behandlet|færdigbehandlet|afsluttet|sagsbehandlet|"
    r"modtaget|registreret|journaliseret|under behandling|åben|lukket|answered|closed|received)\.?$",
    re.I,
)
# the organisation a submission is from, in a card's fields, where "Afsender:" names the person who sent it
ORG_FIELD = re.compile(
    # NOTE: a typewriter's party line "Høringssvar fra: X" (underlined, no heading type) names the party too
    r"^(?:Organisation|Organization|Forening|Myndighed|Virksomhed|Institution|På vegne af|On behalf of|"
    r"Høringssvar fra|Svar fra)\s*:\s*"
    r"(?P<who>[A-ZÆØÅ0-9][^:;]{1,120}?)\s*$"
)
# a submission withdrawn by its sender: "Status: Trukket tilbage af afsender", "Svaret er trukket tilbage." (no point)
WITHDRAWN = re.compile(r"\b(?:trukket\s+tilbage|tilbagetrukket|tilbagekaldt|withdrawn)\b", re.I)
PERSON_FIELD = re.compile(r"^(?:Afsender|Indsender|Fra|Kontaktperson|Navn|Sender|From|Name)\s*:\s*\S", re.I)


def meta_line(t: str) -> bool:
    """A metadata line under a party's heading: "Modtaget: 09.02.2026", or fields joined by "·" or "|"."""
    t = t.strip()
    if META_LINE.match(t) or STATUS_FIELD.match(t):
        return True
    # NOTE: the date it came in, in parentheses on a line of its own: "(modtaget 10.3.2029)", "(modtaget 16.3.2029,
    # efter fristen)"
    if re.fullmatch(
        r"\((?:[a-zæøå ]+,\s*)?(?:modtaget|indkommet|received)\s+(?:den\s+)?"
        r"(?:\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,\s*[a-zæøå ]{2,30})?\)",
        t,
        re.I,
    ):
        return True
    parts = re.split(r"\s+[·|•]\s+", t)
    # NOTE: a case system's export dates the letter in ISO form ("Modtaget 2026-03-10")
    date = re.compile(
        r"(?:\b\d{1,2}\.\s*[a-zæøå]+\s+\d{4}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{4}-\d{2}-\d{2})(?:,?\s+kl\.\s*[\d.:]+)?$"
    )
    # NOTE: a count of the response's remarks ("3 bemærkninger", "1 punkt") is a field of the line too
    fields = [x for x in parts if _META_FIELD.match(x.strip()) or _META_COUNT.fullmatch(x.strip())]
    # NOTE: a short note in lower case between the fields ("Svar nr. 4 · tillægssvar · indkommet 2. juni
    # 2027") says what kind of response it is: part of the line
    notes = [x for x in parts if x not in fields and _META_NOTE.fullmatch(x.strip())]
    return (
        t[:1].isupper()
        and len(fields) + len(notes) == len(parts)
        and len(fields) >= max(1, len(notes) + 1)
        and any(date.search(x) for x in parts)
    )


_META_COUNT = re.compile(r"\d{1,3}\s+(?:bemærkning(?:er)?|punkt(?:er)?|kommentar(?:er)?|sider?|bilag)")
_META_NOTE = re.compile(r"[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,2}")


# a footnote: its superscript mark, then its text ("² Jf. vejledningen om forebyggende hjemmebesøg.")
FOOTNOTE_LINE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*(?=\S)")


# a table of contents' entry: dot leaders (or a run of dots) before a page number
TOC_ENTRY = re.compile(r"(?:\.\s?){6,}\s*\d{1,3}(?:\s|$)|(?:…\s?){3,}\s*\d{1,3}(?:\s|$)")


# a short run-in label set in Markdown italics (a document converted from Markdown, or typed so): "*Svar:* …",
# "_Kommentar:_ …", "*Bemærkning*: …" (the marks are no part of the text)
RUN_IN_EMPHASIS = re.compile(r"^(\*|_)([A-ZÆØÅa-zæøå][\wæøåÆØÅ.' -]{0,40}?:?)\1(?=:|\s)")


def _paragraphs(lines: list[Line], one_per_line: bool = False, layout: bool = False) -> list[Para]:
    """Paragraphs: one per DOCX paragraph (one_per_line), blank-line separated runs of text lines (TXT, MD), or for
    PDF text a run that ends at a line ending a sentence; a heading stands alone. layout: the lines are paragraphs
    rebuilt from a PDF's layout, whose headings are marked (a numbered paragraph is a point, not a heading)."""
    out: list[Para] = []
    cur: list[tuple[int, Line]] = []
    pending: list[str] = []  # a point's number set on a line of its own, for the paragraph that follows it

    def close():
        if cur:
            text = fold(_join_lines([ln.text.strip() for _, ln in cur], cur[0][1].page is not None)) or ""
            text = re.sub(r"(?<!\w)(\*\*|__)(.+?)\1(?!\w)", r"\2", text)  # Markdown emphasis: "**Svar:** …"
            text = RUN_IN_EMPHASIS.sub(r"\2", text)  # a run-in label in Markdown italics: "*Svar:* …", "_Svar:_ …"
            label, keyed = None, False
            m = POINT_LABEL.match(text)
            if m and DATE_AFTER_NUMBER.match(text[m.end() :]):
                m = None  # "12. marts 2026 · Sagsnr. …": a date, not point 12
            if m:
                label = m.group("label") or m.group("bullet") or m.group("sub") or m.group("remark")
                keyed = bool(re.match(r"(?:Ad|Til)\s", m.group(0)))
                text = text[m.end() :]
            elif pending:
                label = pending[0]
            pending.clear()
            mr = RUN_IN_PARTY.match(text) if not label else None
            mh = FROM_HEADING.match(mr.group("head")) if mr else None
            if (
                mr and mh and re.match(r"[A-ZÆØÅ]", mh.group(1)) and _name_like(mh.group(1))
            ):  # "Høringssvar nr. 2 – PLO-Midtfjord: Det bemærkes, at …": the party line run into its point
                out.append(Para(cur[0][0], cur[0][0], mr.group("head"), True, cur[0][1], cur[0][1]))
                text = mr.group("rest")
            elif not label and len(text) <= 120 and FROM_HEADING.match(text) and not re.search(r"[.;:!?]$", text):
                out.append(Para(cur[0][0], cur[-1][0], text, True, cur[0][1], cur[-1][1]))  # a party line, unmarked
                cur.clear()
                return
            out.append(Para(cur[0][0], cur[-1][0], text, False, cur[0][1], cur[-1][1], label, keyed=keyed))
            cur.clear()

    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if not t:
            close()
            continue
        if TEXT_FOOTER.match(t):
            continue  # a page footer or number left in a text file ("Side 2 af 5", "- 3 -"): never a point's words
        if FOOTNOTE_LINE.match(t):
            # a footnote at the page's foot ("¹ Ordningen blev omlagt i 2027."): a paragraph of its own, no part of a
            # point or an answer (it may still name the parties that did not answer)
            close()
            out.append(Para(i, i, FOOTNOTE_LINE.sub("", t, count=1).strip(), False, ln, ln, footnote=True))
            continue
        if TOC_ENTRY.search(t):
            close()
            continue  # a table of contents' entry ("3.2 X ........ 4"): it names sections (parties), no points
        if REMARK_NO_LINE.match(t):
            # NOTE: "Bemærkning 3:" on a line of its own (a form's label, set as a heading by its type): no heading
            # and no paragraph, but the number of the point below it
            close()
            pending[:] = [REMARK_NO_LINE.match(t).group(1)]
            continue
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        # a numbered line whose text goes on in the next line (hard-wrapped: indented, or in lower case) is a point
        wraps = bool(nxt.strip()) and (nxt[:1].isspace() or nxt.strip()[:1].islower())
        if ln.heading_level or (
            not layout and NUMBERED_HEADING.match(t) and not re.search(r"[.:;,]$", t) and not wraps
        ):
            close()
            out.append(Para(i, i, t, True, ln, ln))
            continue
        if cur and ln.page is None and re.match(r"[•▪◦‣●]\s", t):
            close()  # a bullet opens its own paragraph (a Markdown "- " list without blank lines between items)
        if (
            # NOTE: in a text file the names are indented under the line ("Der er ikke kommet svar fra:" / "  X")
            (ln.page is not None or ln.text[:1].isspace() and not layout)
            and not cur
            and out
            and not out[-1].heading
            and (out[-1].text.endswith(":") or out[-1].line_item)
            and len(t) <= 70
            and re.match(r"[A-ZÆØÅ]", t)
            and not re.search(r"[.:;!?]$", t)
            and _name_like(t)
        ):
            # NOTE: names one a line under a line that ends with a colon (a PDF list without bullets): each line
            # is an item of its own, not a part of one paragraph
            out.append(Para(i, i, t, False, ln, ln, line_item=True))
            continue
        cur.append((i, ln))
        # NOTE: a decision label at a line's end ("… omfattet af planen. Konklusion:") has its code on the next line
        inline_label = bool(re.search(r"\S\s+(?i:indstilling|konklusion|konsekvens|beslutning|håndtering)\s*:$", t))
        if one_per_line or (ln.page is not None and re.search(r"[.:!?]$", t) and not inline_label):
            close()
    close()
    return out


def _join_lines(parts: list[str], pdf: bool) -> str:
    """A paragraph's lines as one text; in a PDF's lines a word hyphenated at the line's end ("imøde-" / "kommes") is
    one word again ("kræft- og" keeps its hyphen)."""
    out = ""
    for t in parts:
        if pdf and re.search(r"[a-zæøå]{2}-$", out) and re.match(r"[a-zæøå]", t) and not HYPHEN_KEEP.match(t):
            out = out[:-1] + t
        else:
            out = f"{out} {t}" if out else t
    return out


HYPHEN_KEEP = re.compile(r"(?:og|eller|and|or|til|samt)\b")


# a party line run into the section's first point: "Høringssvar nr. 2 – PLO-Midtfjord: Det bemærkes, at …"
RUN_IN_PARTY = re.compile(
    r"^(?P<head>(?:Høringssvar\s+(?:nr\.?\s*)?\d+\s*[–-]|Høringssvar\s+fra|Part\s*:)\s*[^:.]{2,90}?)\s*[:.–]\s+"
    r"(?P<rest>[A-ZÆØÅ].*)$",
    re.S,
)
# a heading that names its party: "Høringssvar fra X", "Høringssvar nr. 3 – X", "Høringssvar 3 fra X", "Høringspart 3:
# X", "Svar nr. 3 – X", "Part: X" (Markdown "## Part: X")
FROM_HEADING = re.compile(
    r"^(?:(?:Bemærkninger|Høringssvar|Svar|Kommentarer|Comments|Response)s?\s+(?:fra|from)\s+|"
    r"(?i:Høringssvar|Høringspart)\s+(?:nr\.?\s*)?\d+\s*(?:[–:-]|fra\b)\s*|Svar\s+nr\.?\s*\d+\s*[–-]\s*|"
    # NOTE: the label may be set in capitals ("HØRINGSPART: X", a typewriter's or a form's party line)
    r"(?i:Part|Høringspart|Høringsgiver|Afsender|Indsender|Fra|Respondent|Party)\s*:\s*|"
    # NOTE: a slide's title bar over one party's remarks ("Høringssvar: X")
    r"Høringssvar\s*:\s*(?=[A-ZÆØÅ])|"
    r"Ad\s+(?=[A-ZÆØÅ]))(\S.*)$"  # "Ad Fjordby Kommune": the answer to a party's letter, party by party
)


def _short_heading(t: str) -> bool:
    """A paragraph that is a heading though no style marks it: a few capitalised words, no sentence."""
    return (
        len(t) <= 60
        and len(t.split()) <= 6
        and bool(re.match(r"[A-ZÆØÅ]", t))
        and not re.search(r"[.:;,!?]$", t)
        and not re.search(r"\b(?:" + VERBS + r")\b", t)
        and not REPLY.match(t)
    )


def _answered_next(paras: list[Para], k: int) -> bool:
    """The next paragraph opens with an answer's label and text ("Vurdering: …", "Regionens bemærkning: …")."""
    if k + 1 >= len(paras) or paras[k + 1].heading:
        return False
    m = _reply(paras[k + 1].text)
    return bool(m and m.group("rest").strip())


def _subject_verb(text: str, speaker: str | None) -> bool:
    """The first sentence has the section's party (or a word of its name) as its subject and a party's verb: "Kommunen
    påpeger, at …" under "Fjordby Kommune", "Høringsparten ønsker …"."""
    sents = sentences(text)
    first = sents[0] if sents else text
    m = re.match(rf"^(?:{LEAD_INS},?\s+)?(?P<subj>[A-ZÆØÅ][\wæøå-]+)\s+(?:også\s+|desuden\s+)?(?:{VERBS})\b", first)
    if not m or not speaker:
        return False
    subj = m.group("subj").lower()
    if subj in ("vi", "we"):
        # NOTE: the party in the first person ("Vi foreslår, at …", quoted from its letter) with a verb of asking or
        # objecting: the authority's own "Vi vurderer/noterer/er enige" is no such verb
        return bool(re.match(rf"^{m.group('subj')}\s+(?:også\s+|desuden\s+)?{_PARTY_ASKS}\b", first))
    return subj in ("høringsparten", "parten") or subj[:5] in _norm(speaker) or _definite_of(m.group("subj"), speaker)


_PARTY_ASKS = (
    r"(?:foreslår|ønsker|mener|anbefaler|opfordrer|savner|efterlyser|beder|påpeger|er bekymrede?|er uenige?|frygter|"
    r"kritiserer|suggest|propose|recommend|ask|urge)"
)


def _colon_party_line(t: str) -> bool:
    """A party's name and a colon on a line of its own ("Danske Patienter Vestby:", "FOA Nordby:"), the points below it:
    no label ("Svar:", "Bemærkninger:"), no list's intro ("Følgende parter …:") and no sentence."""
    t = t.strip()
    if not t.endswith(":") or ":" in t[:-1] or len(t) > 90:
        return False
    name = t[:-1].strip()
    return (
        bool(re.match(r"[A-ZÆØÅ]", name))
        and _party_name(name)
        and _name_like(name)
        and not re.search(r"\b(?:" + VERBS + r")\b", name)
        and not _reply(t + " x")
        and not REMARK_LABEL.match(t + " x")
        and not REMARKS_LABEL.match(t)
        and not NOT_RESPONDED_INTRO.search(t)
        and not CONSULTED_INTRO.search(t)
        and not GENERIC_SECTION.match(name)
        and not re.search(r"\b(?:følgende|nedenstående|these|following)\b", name, re.I)
    )


def _heading_party(p, k: int, paras: list, parties, lettered: set[int]):
    """(the heading's text, its "Høringssvar fra X" match, the party it names or None): a known or "fra X" name, a
    heading that opens a party's section, a name run into its paragraph, or a name over a quoted letter."""
    head = _strip_heading(p.text)
    mh = FROM_HEADING.match(head)
    who = parties.find(mh.group(1) if mh else head) or (mh.group(1).strip() if mh else None)
    after = paras[k + 1 :]
    level = p.first.heading_level if getattr(p, "first", None) else None
    # NOTE: a topic title one level down (a heading style over each point) stands between the party and its point
    while level and after and after[0].heading and after[0].first and (after[0].first.heading_level or 0) > level:
        after = after[1:]
    if not who and (
        _opens_party_section(head, after[:3], parties)
        or _run_in_party(p, head, paras[k + 1 :], parties)
        or any(x in lettered for x in range(k + 1, k + 4))
        and _party_name(head)
        and _name_like(head)
    ):
        who = head
    return head, mh, who


def _strip_heading(t: str) -> str:
    m = NUMBERED_HEADING.match(t)
    return (m.group(2) if m else t).strip().rstrip(":")


# NOTE: a count ("10 parter"), a page number or footer ("Side 10 af 10") is never a party
NOT_AN_ITEM = re.compile(
    r"^(?:\d+\s+[a-zæøå]|(?i:side|page)\s*\d|\d+\s*(?:af|of|/)\s*\d|\d+$)|\b(?i:side|page)\s+\d+\s+(?:af|of)\s+\d+"
)


def _split_items(text: str, whole: bool = False, bullet: bool = False) -> list[str]:
    """The names in a list: split at commas and semicolons, and at "og"/"and" before a capitalised word. whole: the
    text is one item of a list set one per line ("Kost og Ernæringsforbundet", "Dansk Sygeplejeråd, Kreds Limfjord"):
    a bulleted line is one name; another line is one name unless it reads as a list itself (a semicolon, two commas,
    or a comma and "og"). bullet: the line's bullet was taken off the text already ("• Tandlægeforeningen, Ørby og
    Vang" is one name, as it is with its bullet)."""
    if "\n" in text.strip():  # names set one per line within one paragraph (a line break between them)
        return [x for ln in text.strip().split("\n") if ln.strip() for x in _split_items(ln, whole)]
    bulleted = bullet or bool(re.match(r"^\s*(?:[•·▪◦*\-–]|\d+[.)])\s", text))
    text = re.sub(r"^\s*(?:[•·▪◦*\-–]|\d+[.)])\s*", "", text)
    # NOTE: a list joins its last name with "og" after the commas ("A, B og C"); an "og" before the line's only comma
    # is inside a name that a comma then places ("Røntgen og Skanning, Hejrevad Sygehus")
    listy = ";" in text or text.count(",") >= 2 or ("," in text and re.search(r"\s(?:og|and)\s", text.split(",", 1)[1]))
    inner = re.split(r"\s+[•·▪◦*\-–]\s+", text) if bulleted else [text]
    if len(inner) > 1:  # bulleted lines run together ("- Holstebro Kommune - Danske Regioner"): one name each
        parts = inner
    elif whole and (bulleted and ";" not in text or not listy):
        parts = [text]
    elif ";" in text:  # semicolons separate the names: a comma is inside a name ("Handicaprådet, X Kommune")
        parts = re.split(r"\s*[;\n]\s*", text)
    else:
        # NOTE: "X samt Y" joins two names as "og" does
        parts = re.split(r"\s*[;,\n]\s*|\s+(?:og|samt)\s+(?=[A-ZÆØÅ])|\s+and\s+(?=[A-Z])", text)
    out = []
    for p in parts:
        p = re.sub(r"^\s*(?:[•·▪◦*\-–]|\d+[.)])\s*", "", p).strip().rstrip(".").strip()
        p = re.sub(r"^(?:the|og|and)\s+", "", p)
        if p and len(p) <= 100 and re.match(r"[A-ZÆØÅ0-9]", p) and not NOT_AN_ITEM.search(p):
            out.append(p)
    return out


def _list_item(t: str) -> bool:
    """A paragraph that goes on a list of parties: short names, no sentence, no signature ("Eva Holm, konsulent")."""
    if len(t) > 100 or REPLY.match(t) or re.search(r"\b(?:" + VERBS + r")\b", t) or re.search(r"[.!?:]\s+\S", t):
        return False
    if re.search(r",\s+[a-zæøå][\wæøå-]+$", t):
        return False  # a name and a title in lower case after the comma: a person signing, not a party
    items = _split_items(t)
    raw = [x for x in re.split(r"\s*[;,\n]\s*", re.sub(r"^\s*(?:[•·▪◦*\-–]|\d+[.)])\s*", "", t)) if x.strip()]
    if any(
        re.match(
            r"(?:at|that|som|der|men|idet|which|who|hvem|hvad|hvor|hvordan|hvornår|når|hvis|fordi|om|hvorvidt)\b", x
        )
        for x in raw
    ):
        return False  # a clause ("…, at regionsrådet godkender …", "…, hvem der har ansvaret, …"), not a name
    return bool(items) and all(_name_like(x) for x in items)


def _name_like(item: str) -> bool:
    """A party's name: a few words, mostly capitalised ("Dansk Selskab for Almen Medicin", "Senior- og Handicapråd")."""
    words = item.split()
    lower = [
        w for w in words[1:] if w[:1].islower() and w not in ("og", "i", "for", "af", "på", "de", "the", "of", "and")
    ]
    return len(words) <= 8 and len(lower) <= 2 and not GREETING.match(item)


# a letter's or a mail's closing greeting, with or without the name after it ("Hilsen Ole", "Med venlig hilsen"): no
# party's name
GREETING = re.compile(
    r"^(?:(?:med\s+)?(?:venlig|venligst|kærlig|de\s+bedste|mange)\s+hilsen(?:er)?|hilsen|mvh|vh|kh|"
    r"(?:kind|best|warm)\s+regards|regards|sincerely|yours\s+sincerely)\b",
    re.I,
)


def _short_form(name: str, full: str) -> bool:
    """The text's short form of a section's full party name: its opening words ("Psykiatrisk Center" for
    "Psykiatrisk Center Brinkby, Region Søndervang") or an acronym whose letters run in order through the name,
    the first being its first word's ("DSR" for "Dansk Sygeplejeråd, Kreds Vesterland")."""
    n, f = _norm(name), _norm(full)
    if not n or not f:
        return False
    if f == n or f.startswith(n + " "):
        return True
    a = name.strip()
    if not re.fullmatch(r"[A-ZÆØÅ]{2,6}", a) or not f.startswith(a[0].lower()):
        return False
    rest = iter(f[1:])
    return all(ch in rest for ch in a[1:].lower())


def _alias_of(name: str, full: str) -> bool:
    """The text's name for a party whose full name gives its acronym in parentheses: the acronym ("PLO-N" for
    "Praktiserende Lægers Organisation Nordby (PLO-N)"), or the acronym with the words after it ("DS Vestby" for
    "Dansk Sygeplejeråd (DS) Vestby"); or the name's words, or its short form."""
    nn, nf = _norm(name), _norm(full)
    if not nn:
        return False
    if nn in nf or _short_form(name, full):
        return True
    m = re.search(r"\(([^)]{2,12})\)", full)
    if not m:
        return False
    na = _norm(m.group(1))
    return bool(na) and (
        nn == na or nn.startswith(na + " ") and all(w in _norm(full[m.end() :]).split() for w in nn[len(na) :].split())
    )


def _norm(name: str) -> str:
    n = re.sub(r"\([^)]*\)", "", name)
    return re.sub(r"[^\wæøå]+", " ", n.lower()).strip()


class Parties:
    """Party names from the lists, with the acronyms they give in parentheses ("Danske Regioner (DR)")."""

    def __init__(self) -> None:
        self.canon: dict[str, str] = {}  # normalised name or alias -> name as listed
        self.silent: set[str] = set()  # names known only from a sentence that says they did not respond

    def listed(self) -> bool:
        """Whether lists name parties beyond those that did not respond (then they name the respondents too)."""
        return any(v not in self.silent for v in self.canon.values())

    def add(self, item: str, whole: bool = False) -> str:
        """whole: the name as a heading gives it ("Høringssvar nr. 7 – Lægevagtens Samarbejdsudvalg (LSU)"), its
        acronym kept; the acronym is an alias either way."""
        if item.strip() in self.canon.values():
            return item.strip()  # a name known as printed ("X (KBA)" under a second theme) stays as printed
        if whole and _norm(item) not in self.canon:
            self.canon[_norm(item)] = item.strip()
            m = re.search(r"\(([^)]{2,12})\)\s*$", item)
            if m and re.search(r"[A-ZÆØÅ]{2}", m.group(1)):  # an acronym ("(LSU)"), not a place ("(Vestby)")
                self.canon.setdefault(_norm(m.group(1)), item.strip())
            self._inner_alias(item, item.strip())
            return item.strip()
        m = re.search(r"\s*\(([^)]*)\)\s*$", item)
        # a short alias in parentheses goes ("Danske Regioner (DR)"); a longer one is part of the name ("SSP Brinkby
        # (Skole, Socialforvaltning og Politi)"), and so is a place in words ("Patientkontoret (Vestby)")
        long_paren = bool(m) and (
            len(m.group(1)) > 12 or "," in m.group(1) or not re.search(r"[A-ZÆØÅ]{2}", m.group(1))
        )
        name = item.strip() if long_paren else re.sub(r"\s*\(([^)]*)\)\s*$", "", item).strip()
        self.canon.setdefault(_norm(name), name)
        m = re.search(r"\(([^)]{2,12})\)\s*$", item)
        if m and not long_paren:
            self.canon.setdefault(_norm(m.group(1)), name)
        self._inner_alias(item, name)
        return name

    def _inner_alias(self, item: str, name: str) -> None:
        """An acronym in parentheses inside the name, with the words after it: "DS Vestby" for "Dansk
        Sygeplejeråd (DS) Vestby"."""
        m = re.search(r"\(([A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,11})\)\s+(\S.*)$", item.strip())
        if m and re.search(r"[A-ZÆØÅ]{2}", m.group(1)):
            self.canon.setdefault(_norm(f"{m.group(1)} {m.group(2)}"), name)

    def find(self, name: str) -> str | None:
        n = _norm(re.sub(r"^The\s+", "", name))
        if n in self.canon:
            return self.canon[n]
        return None

    def pattern(self) -> str | None:
        keys = sorted({k for k in self.canon}, key=len, reverse=True)
        if not keys:
            return None
        alts = [r"\W+".join(re.escape(w) for w in k.split()) for k in keys]
        return r"(?i:" + "|".join(alts) + r")"


# the second part of a name with a comma: the branch or unit ("…, Lokalafdeling Y", "…, Kirurgisk Afdeling") or the
# institution it belongs to ("Børneafsnittet, Øby Sygehus")
_BRANCH = re.compile(
    r",\s*(?:[A-ZÆØÅ][\wæøå-]*\s+){0,3}(?:Kreds|Lokalafdeling|Lokalforening|Region|afd\.|"
    r"[A-ZÆØÅ]?[a-zæøå-]*(?:Afdeling|Afsnit|afdeling|afsnit|Sygehus|sygehus|Hospital|hospital|Klinik|klinik))\b"
)


def _statement_names(text: str, parties: Parties) -> list[str] | None:
    """The respondents a paragraph opens with a statement of ("KL bemærker, at", "Endvidere foreslår DR, at")."""
    first = sentences(text)[0] if sentences(text) else text
    known = parties.pattern()
    name_re = rf"(?:{known}(?=\W)|{GENERIC_NAME})" if known else GENERIC_NAME
    group = rf"(?P<names>{name_re}(?:\s*,\s*{name_re})*(?:\s+(?:og|and)\s+{name_re})?)"
    m = re.match(rf"^(?:{LEAD_INS}|{TOPIC_LEAD})\s+(?:{VERBS})\s+(?:også\s+|desuden\s+)?{group}\b", first) or re.match(
        rf"^(?:(?:I|Af)\s+(?:sit\s+|deres\s+)?(?:fælles\s+)?høringssvar(?:et)?\s+(?:fra|(?:{VERBS}))|Ifølge|"
        rf"According to|In (?:its|their) response,?)\s+{group}\b",
        first,
    )
    if not m:
        m = re.match(rf"^(?!{LEAD_INS}\b){group}\s+(?:[\wæøå]+\s+){{0,3}}?(?:{VERBS})\b", first)
    if not m:
        # NOTE: "Foreningen X, Lokalafdeling Y, ønsker …": a comma closes the name's branch before the verb, also
        # after a lead-in ("Også Børneafsnittet, Øby Sygehus, vurderer …")
        m = re.match(rf"^(?:(?:{LEAD_INS})\s+)?(?!{LEAD_INS}\b){group},\s+(?:{VERBS})\b", first)
        if m and not _BRANCH.search(m.group("names")):
            m = None
    if not m:
        return None
    raw = m.group("names").strip()
    if NOT_A_PARTY.match(raw):
        return None
    names = _split_names(raw, parties)
    if not all(parties.find(n) or _party_name(n) for n in names):
        return None
    return names or None


AUTHORITY_START = re.compile(
    rf"^(?:{AUTHORITY_SUBJECT}|Det|Der|Dette|Denne|Bemærkningen|Forslaget|Ønsket|Vi|We|It|This|The comment)\b", re.I
)


_NAME_CONNECTORS = (
    "og",
    "i",
    "for",
    "af",
    "på",
    "de",
    "med",
    "til",
    "ved",
    "om",
    "efter",
    "under",
    "the",
    "of",
    "and",
    "for",
    "with",
)


def _opens_party_section(head: str, after: list[Para], parties: Parties) -> bool:
    """A heading that is a party's name ("Frederikshavn Kommune", "Foreningen af Kommunale Sundhedschefer": its words
    capitalised but for connectors) over a section that opens with that party's point: it names the party ("X
    finder, at …") or a generic subject ("Foreningen mener, at …"). A theme ("Lægedækning i yderområder") is no
    name; a section that opens with another party's statement is a theme's."""
    words = head.split()
    if after and not after[0].heading and meta_line(after[0].text):
        after = after[1:]  # "Høringssvar modtaget 14. januar 2026" under the party's name: its point follows
    if len(after) > 1 and REMARKS_LABEL.match(after[0].text) and not after[1].heading:
        after = after[1:]  # "Bemærkninger" over the party's points
    if not after or after[0].heading or not words or len(words) > 10 or GENERIC_SECTION.match(head):
        return False
    # NOTE: a parenthesis says what the party is ("Madservice Vestby (kommunens køkken)"): its words may be lower case
    # NOTE: a description with the party's acronym in parentheses ("Tandlæger i kommunen (TLK-Nord)") is a name too
    acronym = re.search(r"\((?:[A-ZÆØÅ]{2,8})(?:-[A-ZÆØÅ][\wæøå]+)?\)$", head)
    # NOTE: a short name and, after a comma, the body's full name in words ("LAP Vestby, Landsforeningen af
    # nuværende og tidligere psykiatribrugere"): the full name's words may be lower case; so after a dash ("DH –
    # Danske Handicaporganisationer, Ulvby")
    apposition = re.match(r"^([^,–—]{2,40}?)(?:,|\s+[–—])\s+[A-ZÆØÅ]", head)
    named = apposition.group(1) if apposition and _party_name(apposition.group(1)) else head
    lower = [w for w in re.sub(r"\([^)]*\)", " ", named).split() if w[:1].islower() and w not in _NAME_CONNECTORS]
    if not acronym and lower and not _members_named(lower, head, after):
        return False
    if SECTION_SILENT.match(after[0].text):
        return _party_name(head) and _name_like(head)  # a party's heading over "Der er ikke modtaget høringssvar."
    if not (_party_name(head) or len(words) == 1 and re.search(r"(?:en|et|rne)$", head)):
        return False
    if len(after) > 1 and _section_intro(after[0].text) and not after[1].heading:
        after = after[1:]  # "Høringssvaret indeholder følgende bemærkninger:" before the points
    first = after[0].text
    ml = REMARK_LABEL.match(first)
    if (
        ml
        and len(after) > 1
        and not after[1].heading
        and (
            _reply(after[1].text)
            or REMARK_LABEL.match(after[1].text)
            and _label_word(after[1].text) != _label_word(after[0].text)
        )
    ):
        first = ml.group("rest")  # "Bemærkning: Rådet ønsker …" answered by "Svar: …": the label is no part of it
    names = _statement_names(first, parties)
    if names:
        # NOTE: a joint party ("X Boligselskab og Boligforeningen Y") calls itself by a plural common noun in its
        # definite form ("Boligorganisationerne ønsker …", "Skolerne foreslår …")
        plural = (
            len(names) == 1
            and " og " in head
            and bool(re.fullmatch(r"[A-ZÆØÅ][a-zæøå-]{2,}(?:erne|rne|ene)", names[0]))  # "Rådene", "Skolerne"
        )
        return len(names) == 1 and (
            _alias_of(names[0], head) or _definite_of(names[0], head) or plural or _joint_definite(names[0], head)
        )
    if _subject_in(first, head):
        return True
    # NOTE: a party named by its acronym ("PLO-Nordby") speaks of its members by a common noun in the definite plural
    # ("Lægerne ønsker, at …"): the acronym gives no words to compare with
    if re.fullmatch(r"[A-ZÆØÅ]{2,8}(?:-[A-ZÆØÅ][\wæøå]+)?", head) and re.match(
        r"[A-ZÆØÅ][a-zæøå-]{3,}(?:erne|rne) (?:" + VERBS + r")\b", first
    ):
        return True
    sents = sentences(first)
    return (
        bool(NOT_A_PARTY.match(sents[0] if sents else first))
        and (_point_like(first) or bool(PASSIVE_POINT.match(first)))
        or (bool(after[0].label) and not _list_item(first))
    )


def _members_named(lower: list[str], head: str, after: list[Para]) -> bool:
    """A name with one common noun in lower case after a capitalised word ("Praktiserende læger i Vestby") over a
    point whose subject is that noun in its definite form ("Lægerne anbefaler, at …")."""
    if len(lower) != 1 or not head[:1].isupper() or not after:
        return False
    first = re.sub(r"^[•·▪◦‣●○■□\-–*]\s+", "", after[0].text).split()
    return len(first) > 1 and bool(re.match(rf"(?:{VERBS})\b", first[1])) and _definite_of(first[0], lower[0])


# a point's party as its lead-in: "Kobberup Ungeråd (KUR): De unge foreslår …"
LEAD_IN_PARTY = re.compile(r"^(?P<who>[A-ZÆØÅ][^:.!?;]{1,90}?)\s*:\s+(?P<rest>[A-ZÆØÅ0-9].*)$", re.S)


def _lead_in_party(who: str) -> bool:
    """A lead-in that names a party, not a label ("Bemærkning:", "Forslag:") or a theme ("Kvalitet og sammenhæng:")."""
    return (
        _party_name(who)
        and _name_like(who)
        and not _reply(who + ": …")
        and not POINT_LABEL.match(who + ": x")
        and not re.search(rf"\b(?:{VERBS})\b", who)
        and not GENERIC_SECTION.match(who)
    )


def _goes_on(text: str) -> bool:
    """A paragraph whose subject goes on with another remark: "Kommunen peger desuden på …", "Rådet ønsker også …"."""
    return bool(
        re.match(r"^[A-ZÆØÅ][\wæøå-]+(?:\s+[\wæøå-]+){0,2}\s+[a-zæøå]+\s+(?:desuden|også|endvidere|derudover)\b", text)
    )


def _italic(p: Para) -> bool:
    return p.first is not None and p.first.style == "italic"


BULLETS = frozenset("•▪◦‣●■–*-")  # a point's bullet as Para.label holds it


def _answer_like(p: Para) -> bool:
    """A paragraph that reads as the authority's answer by its type or label (an italic paragraph, "Svar: …",
    "Kommentar: …")."""
    return not p.heading and (_italic(p) or bool(_reply(p.text)) or bool(BARE_REMARK.match(p.text)))


def _marked(p: Para) -> bool:
    """A point's paragraph that carries its own marker: a bullet, or a number ("1.", "Bemærkning 2.") that opens a
    point (not one that answers a point by its number, "Ad 2)")."""
    return not p.heading and bool(p.label) and not p.keyed and not p.line_item


def _bullet_goes_on(paras: list[Para]) -> set[int]:
    """Where each marked point (bulleted, or numbered "1.", "Bemærkning 2.") is answered on its own ("• Rådet
    foreslår …" then "Kommentar: …", at least twice, no marked point right after a marked point): the unmarked
    paragraphs between a marked point and its answer, which go on with that point (a remark typed in two
    paragraphs); empty where the layout is any other."""
    bullets = [k for k, p in enumerate(paras) if _marked(p)]
    answered = listed = 0
    for k in bullets:
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        listed += nxt is not None and _marked(nxt)
        answered += nxt is not None and _answer_like(nxt)
    # NOTE: points listed one after another are a list of points, answered (or not) together; one pair of them among
    # points answered one by one is an answer that covers two remarks ("Vurdering af bemærkning 2 og 3: …")
    if answered < 2 or listed * 4 > answered:
        return set()
    out: set[int] = set()
    for k in bullets:
        j, run = k + 1, []
        while j < len(paras) and not paras[j].heading and not paras[j].label and not _answer_like(paras[j]):
            run.append(j)
            j += 1
        if run and j < len(paras) and _answer_like(paras[j]):
            out.update(run)
    return out


def _run_in_party(p: Para, head: str, after: list[Para], parties: Parties) -> bool:
    """A bold name run into its paragraph ("**Højvang Kommune.** Kommunen ønsker …") over a point that names no
    other party: the party whose points follow."""
    if p.first is None or not p.first.run_in or not after or after[0].heading:
        return False
    if not (_party_name(head) and _name_like(head)) or GENERIC_SECTION.match(head):
        return False
    names = _statement_names(after[0].text, parties)
    return not names or any(_norm(n) in _norm(head) or _short_form(n, head) for n in names)


def _section_intro(t: str) -> bool:
    """A line that announces a section's points and says none: "Høringssvaret indeholder følgende bemærkninger:"."""
    return (
        len(t) <= 90
        and t.rstrip().endswith(":")
        and ":" not in t.rstrip()[:-1]
        and not re.search(r"\b(?:at|that)\b", t)
    )


# a party named by a common noun in its definite form ("Ældrerådet", "Lægerne", "Sygehuset"), not by its name; with
# an acronym before a hyphen too ("MED-udvalget", "SSP-gruppen")
DEFINITE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøå-]{3,}|[A-ZÆØÅ]{2,}-[a-zæøå][a-zæøå-]{2,})(?:et|en|ne)$")


def _joint_definite(name: str, head: str) -> bool:
    """A joint party called by the definite forms of its parts: "Frivilligcentret og Besøgstjenesten" of
    "Frivilligcenter Nordby og Besøgstjenesten i Sydby"."""
    parts = re.split(r"\s+og\s+", name.strip())
    return len(parts) == 2 and " og " in head and all(_definite_of(x, head) or _alias_of(x, head) for x in parts)


def _definite_of(name: str, head: str) -> bool:
    """ "Ældrerådet" of "Fjordby Ældreråd", "Lægerne" of "Lægelauget i Fjordby", "Plejecentrene" of "Plejecenter
    Solhaven": the common noun's stem begins a word of the name (or the word begins it)."""
    if not DEFINITE.match(name):
        return False
    low, words = name.lower(), _norm(head).split()
    acronym = re.match(r"^([A-ZÆØÅ]{2,})-", name)
    if acronym and acronym.group(1).lower() in words:
        return True  # "MED-udvalget" of "Lokal-MED for Hjemmeplejen", "SSP-gruppen" of "SSP Vestby"
    stems = [low[: -len(x)] for x in ("erne", "rne", "ene", "ne", "et", "en") if low.endswith(x)]
    stems += [st[:-1] + "er" for st in stems if re.search(r"[^aeiouyæøå]r$", st)]  # "Centret" of "…center"
    return any(
        len(st) >= 4
        and any(w.startswith(st) or len(w) >= 4 and st.startswith(w) or len(st) >= 5 and st in w[1:] for w in words)
        for st in stems
    )


# a party's point in the passive: "Det foreslås, at …", "Det anbefales, at …" (not "Det bemærkes", an answer's)
PASSIVE_POINT = re.compile(r"^Det\s+(?:foreslås|anbefales|ønskes|efterlyses|opfordres\s+til)\b")


def _point_like(text: str, speaker: str | None = None) -> bool:
    """A paragraph that states a party's point ("Kommunen foreslår desuden, at …", "Endvidere ønsker rådet, at …"),
    not the authority's answer going on ("Regionen vil …", "Det bemærkes, at …"). In a party's section, "Kommunen"
    is the party when the party is a kommune."""
    sents = sentences(text)
    first = sents[0] if sents else text
    if re.match(rf"^{LEAD_INS},?\s+(?:peger|foreslås|anbefales|ønskes|efterlyses|påpeges)\b", first):
        return True  # "Endvidere peger udvalget på …", "Endvidere foreslås det, at …": the party goes on
    if speaker and PASSIVE_POINT.match(first):
        return True  # "Det foreslås, at …" in a party's section: the party's point in the passive
    m = re.match(rf"^(?:{LEAD_INS},?\s+)?(?P<subj>(?:[\wæøåÆØÅ-]+\s+){{0,5}}?)(?:{VERBS})\b", first)
    if not m:
        return False
    if REPLY_OPENER.match(first) or REPLY.match(first):
        return False
    if AUTHORITY_START.match(first):
        word = first.split()[0].lower()
        return bool(speaker) and word[:5] in _norm(speaker) and not REPLY_OPENER.match(first)
    return True


def _subject_in(text: str, head: str) -> bool:
    """The first sentence's subject is (part of) the heading's name: "Lægevagten anfører …" under "Lægevagten i
    Nordjylland"."""
    sents = sentences(text)
    m = re.match(
        rf"^(?:{LEAD_INS},?\s+)?(?P<subj>(?:[\wæøåÆØÅ-]+\s+){{1,5}}?)(?:{VERBS})\b", sents[0] if sents else text
    )
    if not m:
        return False
    subj = [w for w in _norm(m.group("subj")).split() if len(w) >= 3]
    if len(subj) == 1 and _definite_of(m.group("subj").strip(), head):
        return True  # "Netværket ønsker …" under "Pårørendenetværket Brinkby"
    return bool(subj) and all(w in _norm(head).split() for w in subj)


ORG = re.compile(
    r"kommune|region|hospital|sygehus|styrelse|ministeri|forening|råd\b|rådet|udvalg|selskab|"
    r"organisation|forbund|center|institut|universitet|patient|ældre|handicap|psykiatri|sagen|"
    r"council|association|society|board|authority|agency|federation|union|institute|college",
    re.I,
)


def _party_name(name: str) -> bool:
    """A name no list gave: an acronym, a name with an organisation word, or two or more capitalised words."""
    words = name.split()
    if re.fullmatch(r"[A-ZÆØÅ]{2,8}(?:-[A-ZÆØÅa-zæøå]+)?", name) or ORG.search(name):
        return True
    if re.search(r"\([A-ZÆØÅ]{2,8}(?:-[A-ZÆØÅ][\wæøå]+)?\)$", name) and words[0][:1].isupper():
        return True  # a description with the party's acronym: "Tandlæger i kommunen (TLK-Nord)"
    return sum(1 for w in words if w[:1].isupper()) >= 2


def _split_names(raw: str, parties: Parties) -> list[str]:
    whole = parties.find(raw)
    if whole:
        return [whole]
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:og|and)\s+", raw) if p.strip()]
    if len(parts) > 1 and not re.search(r"-\s+(?:og|and)\s", raw):
        found = [parties.find(p) or p for p in parts]
        # NOTE: "Tornby Kommune og Havnsø Kommune bemærker" is one joint respondent unless the lists name the
        # parties one by one (or they are acronyms: "KL og PLO")
        if all(parties.find(p) or re.fullmatch(r"[A-ZÆØÅ]{2,8}", p) for p in parts):
            return found
    name = re.sub(r"\s*\([A-ZÆØÅ]{2,8}\)$", "", raw)
    return [parties.find(name) or name]


# a sentence that names the parties that did not respond: after them ("X og Y har ikke indsendt høringssvar", "X did
# not respond") or before them ("Der er ikke modtaget høringssvar fra X", "No response was received from X")
_SILENT_VERB = (
    r"(?:afgivet|afgive|indsendt|indsende|fremsendt|fremsende|sendt|sende|givet|svaret|besvaret|reageret)"
    r"(?:\s+(?:noget|nogen|et|sit|deres))?(?:\s+(?:høringssvar|svar|bemærkninger|høringen))?"
)
_CHANCE = r"(?:benyttet\s+(?:sig\s+af\s+)?muligheden\s+for\s+at\s+)?"  # "… har ikke benyttet muligheden for at …"
SILENT_AFTER = re.compile(
    rf"^(?P<names>[A-ZÆØÅ].{{1,160}}?)\s+(?:(?:har|have|has)\s+"
    # "X har modtaget høringsmaterialet, men har ikke afgivet høringssvar"; NOTE: "X har været hørt, men har ikke
    # afgivet høringssvar", "X er blevet hørt, men har ikke svaret": consulted, and then silent
    # NOTE: "X fik også tilsendt høringsmaterialet, men har ikke indsendt bemærkninger": sent the material, then silent
    r"(?:(?:(?:også\s+|desuden\s+)?(?:modtaget|fået)\s+(?:tilsendt\s+)?(?:\w+\s+)?(?:høringsmaterialet|materialet|planen|"
    r"udkastet)(?:\s+i\s+høring)?|"
    r"været\s+(?:hørt|spurgt|i\s+høring|høringspart)),?\s+men\s+(?:har\s+)?)?|"
    r"(?:fik|modtog)\s+(?:også\s+|desuden\s+)?(?:tilsendt\s+)?(?:\w+\s+)?(?:høringsmaterialet|materialet|planen|udkastet)"
    r"(?:\s+i\s+høring)?,?\s+men\s+(?:har\s+)?|"
    r"(?:er|blev)\s+(?:blevet\s+|også\s+)?(?:hørt|spurgt|inviteret\s+til\s+at\s+svare),?\s+men\s+(?:har\s+)?)"
    rf"(?:dog\s+)?(?:ikke|not|valgt\s+ikke\s+at|"
    rf"ikke\s+ønsket\s+at)\s+{_CHANCE}{_SILENT_VERB}(?:\s+(?:på|til|i|inden|før|ved)\s+[^,;:]{{1,50}})?\s*[.!]?$|^(?P<names2>[A-ZÆØÅ].{{1,160}}?)\s+(?:did not|has not|have not)\s+"
    r"(?:respond|reply|comment|responded|replied|submit(?:ted)?\s+(?:a\s+)?(?:response|responses|comments|reply))"
    r"(?:\s+(?:to|on|in)\s+[^,;:]{1,50})?\s*[.!]?$",
    re.S,
)
# the same in a clause after "Det bemærkes, at" (the verb after "ikke"): "… at X og Y ikke har afgivet høringssvar"
SILENT_CLAUSE = re.compile(
    rf"^(?P<names>[A-ZÆØÅ].{{1,160}}?)\s+(?:dog\s+)?ikke\s+har\s+{_CHANCE}{_SILENT_VERB}"
    r"(?:\s+(?:på|til|i|inden|før|ved)\s+[^,;:]{1,50})?\s*[.!]?$",
    re.S,
)
SILENT_LEAD = re.compile(
    r"^(?:Det\s+(?:skal\s+)?(?:bemærkes|noteres)|(?:Vi|Forvaltningen|Administrationen)\s+(?:bemærker|noterer)|Bemærk),?\s+"
    r"at\s+(?=[A-ZÆØÅ])"
)
_SILENT_TAIL = r"(?:,?\s+(?:selvom|selv om|skønt|men|da|though|although|but|even though)\b[^.!?]*)?"
SILENT_BEFORE = re.compile(
    # NOTE: also a bare label, as a table's last row says it: "Ikke modtaget svar fra: X"
    r"^(?:Der\s+er\s+|Det\s+er\s+|(?:Vi|[A-ZÆØÅ][\wæøå-]+)\s+har\s+)?(?:ikke|intet|ingen|Ikke|Intet|Ingen)\s+"
    r"(?:blevet\s+)?(?:modtaget|indkommet|indgået|kommet)\s+(?:\w+\s+)?(?:høringssvar|svar|bemærkninger)\s+fra:?\s+"
    rf"(?P<names>[A-ZÆØÅ].{{1,160}}?){_SILENT_TAIL}\s*[.!]?$|"
    r"^Fra\s+(?P<names2>[A-ZÆØÅ].{1,160}?)\s+er\s+der\s+(?:ikke|intet|ingen)\s+(?:modtaget|indkommet)\s+"
    r"(?:\w+\s+)?(?:høringssvar|svar|bemærkninger)\s*[.!]?$|"
    r"^Høringssvar\s+fra\s+(?P<names4>[A-ZÆØÅ].{1,160}?)\s+er\s+ikke\s+(?:modtaget|indkommet|indgået)\b[^,;:]{0,40}[.!]?$|"
    r"^No\s+(?:response|responses|reply|replies|comments)\s+(?:was|were)\s+received\s+from\s+(?:the\s+)?"
    r"(?P<names3>[A-Z].{1,160}?)\s*[.!]?$",
    re.S,
)
# parties that told the authority they would not respond: "Høringen har også været sendt til X og Y, som begge har
# meddelt, at de ikke afgiver høringssvar", "X har meddelt, at de ikke afgiver høringssvar"
_DECLINE = (
    r"(?:har\s+)?(?:meddelt|oplyst|tilkendegivet|svaret|informeret\s+om|meldt\s+tilbage),?\s+at\s+(?:de|den|det|han|hun|"
    r"[a-zæøå]{3,}(?:et|en|ne))\s+(?:(?:ikke|ingen)\s+(?:vil\s+|ønsker\s+at\s+)?(?:afgive[rt]?|indsende[rt]?|sende[rt]?|"
    r"giver|har)\s+(?:\w+\s+)?(?:høringssvar|bemærkninger|svar)|"
    # NOTE: "… har oplyst, at de afstår fra at svare på høringen": a refusal in so many words
    r"(?:vil\s+)?afst(?:år|å)\s+fra\s+at\s+(?:svare|afgive|indsende|komme\s+med))"
)
SILENT_DECLINED = re.compile(
    r"^.*?\b(?:sendt|udsendt|været)\s+(?:i\s+høring\s+)?(?:til|hos)\s+(?P<names>[A-ZÆØÅ].{1,160}?),?\s+(?:som|der)\s+"
    rf"(?:begge\s+|alle\s+|hver\s+især\s+)?{_DECLINE}\b[^.!?]*[.!]?$|"
    rf"^(?P<names2>[A-ZÆØÅ].{{1,160}}?)\s+(?:har\s+)?(?:begge\s+|alle\s+)?{_DECLINE}\b[^.!?]*[.!]?$|"
    # "Udkastet blev også sendt til X og til Y, som ikke har afgivet høringssvar."
    r"^.*?\b(?:sendt|udsendt|været)\s+(?:i\s+høring\s+)?(?:til|hos)\s+(?P<names3>[A-ZÆØÅ].{1,160}?),?\s+(?:som|der)\s+"
    rf"(?:begge\s+|alle\s+|dog\s+)?(?:ikke|ej)\s+(?:har\s+)?{_SILENT_VERB}\s*[.!]?$",
    re.S,
)
# a sentence that names the parties the material was sent to, and the next one that says none of them responded:
# "Høringsmaterialet blev desuden sendt til X samt Y. Ingen af dem har afgivet høringssvar."
# the end of a sentence that a list of names interrupts: "… sendt til: X, Y som ikke har afgivet høringssvar."
CLOSES_SILENT = re.compile(
    rf"^(?:som|der|which|who)\s+(?:alle\s+|begge\s+|dog\s+)?(?:ikke|ej|have\s+not|did\s+not)\s+(?:har\s+)?"
    rf"(?:{_SILENT_VERB}|respond(?:ed)?|repl(?:y|ied))\b[^.!?]*[.!]?$",
    re.I,
)
SENT_TO = re.compile(
    r"\b(?:sendt|udsendt|fremsendt|været)\s+(?:i\s+høring\s+)?(?:til|hos)\s+(?P<names>[A-ZÆØÅ].{1,160}?)\s*[.!]?$|"
    r"\bsent\s+(?:out\s+)?to\s+(?:the\s+)?(?P<names2>[A-Z].{1,160}?)\s*[.!]?$",
    re.S,
)
NONE_OF_THEM = re.compile(
    rf"^(?:Ingen\s+af\s+(?:dem|disse|de(?:\s+[\wæøå]+){{1,2}}|parterne)\s+har|(?:(?:De|Disse|Begge)(?:\s+(?:to|tre|fire|fem|\d))?"
    rf"(?:\s+(?:høringsparter|parter|organisationer|instanser|myndigheder))?|Parterne)\s+har\s+(?:dog\s+)?"
    rf"ikke|None\s+of\s+them\s+(?:has|have))\s+(?:ikke\s+|not\s+)?(?:{_SILENT_VERB}|responded|replied)\b|"
    # "Der er ikke modtaget svar fra disse to parter."
    r"^Der\s+er\s+(?:ikke|intet|ingen)\s+(?:modtaget|indkommet)\s+(?:\w+\s+)?(?:høringssvar|svar)\s+fra\s+(?:dem|disse|de|nogen\s+af\s+"
    r"(?:dem|disse))(?:\s+(?:to|tre|fire|fem|\d))?(?:\s+(?:høringsparter|parter|organisationer|instanser|myndigheder))?\s*[.!]?$",
    re.I,
)
# NOTE: the names and the silence in one sentence, its second clause pointing back at them ("… også sendt til X, Y og
# Z, men klyngen har ikke hørt fra nogen af dem", "Høringen omfattede også X og Y; fra dem er der ikke kommet svar")
SILENT_BACK = re.compile(
    r"^.*?\b(?:sendt|udsendt|fremsendt|omfattede|omfattet)\s+(?:også\s+|desuden\s+|tillige\s+)?(?:i\s+høring\s+)?"
    r"(?:til\s+|hos\s+)?(?P<names>[A-ZÆØÅ][^;]{1,160}?)\s*(?:,\s*men|;)\s+"
    r"(?=[^.!?]*\b(?:ikke|intet|ingen)\b)(?=[^.!?]*\b(?:dem|disse)\b)(?=[^.!?]*\b(?:svar|høringssvar|hørt|reageret)\b)"
    r"[^.!?]*[.!]?$",
    re.S,
)
# "Hverken X eller Y har sendt et høringssvar": the negation before the names
SILENT_NEITHER = re.compile(
    r"^(?:Hverken|Neither)\s+(?P<names>[A-ZÆØÅ].{1,160}?\s+(?:eller|nor)\s+[A-ZÆØÅ].{1,100}?)\s+(?:har|havde|has|have)\s+"
    r"[^.!?]*\b(?:høringssvar|svar|bemærkninger|svaret|reageret|responded|replied|response)\b[^.!?]*[.!]?$",
    re.S,
)
# NOTE: a count of parties ("Tre parter har ikke svaret", "3 organisationer") names none of them
_NOT_SILENT_NAME = re.compile(
    r"^(?:Hørt|Følgende|Øvrige|Andre|Resten|Endelig|Desuden|Derudover|Herudover|Enkelte|Flere|Nogle|Alle|Disse|Begge|"
    r"De\s+(?:to|tre|fire|fem|\d))\b"
    r"|^(?:En|Et|To|Tre|Fire|Fem|Seks|Syv|Otte|Ni|Ti|\d{1,2})\s+(?:af\s+(?:de\s+)?)?(?:\w+\s+)?"
    r"(?:parter|part|høringsparter|organisationer|foreninger|kommuner|råd|instanser)$"
)


def silent_names(text: str, parties: Parties | None = None) -> list[str]:
    """The parties a paragraph's sentences say did not respond; [] when it says no such thing. A list after a colon
    is the lists' business (_lists)."""
    parties = parties or Parties()
    out: list[str] = []
    sents = sentences(text)
    skip = -1
    for k, sent in enumerate(sents):
        if k == skip:
            continue  # "Disse to parter har ikke afgivet høringssvar." after the sentence that named them
        if k + 1 < len(sents) and NONE_OF_THEM.match(sents[k + 1]):
            m = SENT_TO.search(sent)
            raw = next((g for g in m.groups() if g), "") if m else ""
            if raw and not re.search(r"\b(?:" + VERBS + r"|at|som|der|that|which)\b", raw):
                names = _silent_split(raw, parties)
                if names and all(_name_like(n) and n[:1].isupper() and not NOT_AN_ITEM.search(n) for n in names):
                    out.extend(names)
                    skip = k + 1
                    continue
        # "Det bemærkes, at X og Y ikke har benyttet muligheden for at afgive høringssvar.": the clause names them
        lead = SILENT_LEAD.match(sent)
        if lead and (mc := SILENT_CLAUSE.match(sent[lead.end() :])):
            names = _silent_split(mc.group("names"), parties)
            if names and all(_name_like(n) and n[:1].isupper() and not NOT_AN_ITEM.search(n) for n in names):
                out.extend(names)
                continue
        # "Ikke modtaget svar fra: X": the colon ends the sentence's own lead, no label
        whole = SILENT_BEFORE.match(sent) if re.search(r"\bfra:\s", sent) else None
        if ":" in sent and not whole:  # a label ("Øvrige: X har ikke afgivet høringssvar."); a list after a colon
            label, sent = sent.rsplit(":", 1)  # is _lists' own
            if len(label.split()) > 4:
                continue
            sent = sent.strip()
        m = whole or SILENT_AFTER.match(sent) or SILENT_BEFORE.match(sent) or SILENT_DECLINED.match(sent)
        m = m or SILENT_BACK.match(sent) or SILENT_NEITHER.match(sent)
        if not m:
            continue
        raw = next(g for g in m.groups() if g)
        if NOT_A_PARTY.match(raw) and len(raw.split()) == 1 or _NOT_SILENT_NAME.match(raw):
            continue
        if re.search(r"\b(?:" + VERBS + r"|at|som|der|that|which)\b", raw):
            continue  # a clause ("Regionen bemærker, at X …"), not names
        names = _silent_split(raw, parties)
        if m.re is SILENT_NEITHER:  # "hverken X eller Y": "eller" always parts two names
            names = [x for part in re.split(r"\s+(?:eller|nor)\s+", raw) for x in _silent_split(part, parties)]
        if names and all(_name_like(n) and n[:1].isupper() and not NOT_AN_ITEM.search(n) for n in names):
            out.extend(names)
    return out


def _silent_split(raw: str, parties: Parties) -> list[str]:
    """The names in "Hospice Strandlyst og Vestkystens Ældreråd" (two) or "Dansk Selskab for Obstetrik og
    Gynækologi, Vadehavet" (one): a part is glued to the one before when "og" joins two words after "for"/"af"/"i"
    ("Selskab for Obstetrik og Gynækologi"), or when it is one word that names no party itself (", Vadehavet"), or a
    branch (", Kreds Nord")."""
    raw = re.sub(r"\s+", " ", raw).strip().rstrip(".")
    whole = parties.find(raw)
    if whole:
        return [whole]
    # "X eller fra Y", "X og til Y", "X og heller ikke fra Y": the preposition said again begins another name
    # NOTE: such a break is hard: the name after it is read on its own ("X og fra Hjemmeplejen, Y Kommune")
    segments = re.split(
        r"\s+(?:eller|or|og|and)\s+(?:(?:heller\s+ikke|ej\s+heller|ikke\s+heller|heller\s+ej)\s+)?(?:fra|from|til|to)\s+"
        r"(?=[A-ZÆØÅ])",
        raw,
    )
    if len(segments) > 1:
        return [x for seg in segments for x in _silent_split(seg, parties)]
    raw = re.sub(r"\s+(?:eller|or)\s+(?=[A-ZÆØÅ])", " og ", raw)
    tokens = re.split(r"(\s*[;,]\s*|\s+(?:og|and|samt)\s+(?:the\s+)?(?=[A-ZÆØÅ]))", raw)
    items = [tokens[0]]
    for sep, part in zip(tokens[1::2], tokens[2::2]):
        part = part.strip()
        words = part.split()
        glue = (
            not parties.find(part)
            and (
                (
                    sep.strip() in ("og", "and")
                    and re.search(r"\b(?:for|af|i|of|til)\s+[A-ZÆØÅ]\S*$", items[-1])
                    # NOTE: "Lægevagten i Hjortby og Hjortby Apotek": a part of two or more capitalised words is a name
                    and not (len(words) >= 2 and all(w[:1].isupper() for w in words))
                    # NOTE: "Seniorrådet i X og Center for Y": both sides open with a body's own word, two names
                    and not (len(words) >= 2 and ORG.search(words[0]) and ORG.search(items[-1].split()[0]))
                    # and so is a unit in its definite form ("Skolen i Vesterby og Tandplejen, Vesterby Kommune")
                    and not (len(words) == 1 and re.search(r"[a-zæøå](?:en|et|rne)$", part) and sep.strip() == "og")
                )
                or (sep.strip() in ("og", "and", "eller") and items[-1].endswith("-"))  # "Idræts- og Fritidsråd"
                or (
                    len(words) == 1
                    and not ORG.search(part)
                    and not re.fullmatch(r"[A-ZÆØÅ]{2,8}", part)
                    and not (sep.strip() in ("og", "samt") and re.search(r"[a-zæøå](?:en|et|rne)$", part))
                )
                # the municipality a unit belongs to: "Tandplejen, Vesterby Kommune"
                or (
                    sep.strip() == ","
                    and len(items[-1].split()) == 1
                    and re.fullmatch(r"[A-ZÆØÅ][\wæøå-]+ Kommune", part)
                )
                # a branch in lower case: ", lokalafdeling Nord", ", afd. Vest" (a name never starts in lower case)
                or (sep.strip() == "," and part[:1].islower() and len(words) <= 4)
                # a branch or a hospital's unit: ", Kreds Nord", ", Medicinsk Afdeling"
                or re.match(
                    r"(?:Kreds|Lokalafdeling|Afdeling|afd\.|Region)\b|[A-ZÆØÅ][\wæøå-]+\s+(?:Afdeling|Klinik|Sektion)$",
                    part,
                )
                and sep.strip() == ","
            )
        )
        if glue and part:
            items[-1] = items[-1] + (sep if sep.strip() in (",", ";") else sep) + part
        elif part:
            items.append(part)
    return [parties.find(x) or x.strip() for x in items if x.strip()]


# a list's intro that only says "no remarks from": "Ingen bemærkninger fra:", "Der er ingen bemærkninger modtaget fra:"
BARE_NO_REMARKS_FROM = re.compile(r"^(?:der\s+er\s+)?ingen\s+bemærkninger\s+(?:modtaget\s+)?fra\s*:", re.I)


def _lists(paras: list[Para], one_per_line: bool):
    """1. The lists: consulted, responded, no remarks; and the sentences that name parties that did not respond
    ("Hospice Strandlyst og Vestkystens Ældreråd har ikke indsendt høringssvar.", "Der er ikke modtaget høringssvar
    fra X."). Returns the parties, the three lists and the paragraphs that are lists."""
    parties = Parties()
    consulted: list[str] = []
    no_remarks: list[str] = []
    responded: list[str] = []
    mode: list[str] | None = None
    list_paras: set[int] = set()
    bulleted: dict[int, bool] = {}
    silent_mode = False  # the list in force names the parties that did not respond
    listed: list[tuple[int, str]] = []  # the consulted list's items since its intro: (place in consulted, as printed)
    for k, p in enumerate(paras):
        t = p.text
        intro = None
        if listed and not p.heading and CLOSES_SILENT.match(t):
            # NOTE: "Høringsmaterialet er tillige sendt til:", the names one a line, then "som ikke har afgivet
            # høringssvar.": the sentence goes on after the list, and the list names parties that did not respond
            for i, raw in listed:
                parties.canon[_norm(raw)] = consulted[i] = raw.strip()
                parties.silent.add(raw.strip())
            listed, mode = [], None
            list_paras.add(k)
            continue
        if mode is not consulted:
            listed = []
        # (a PDF's layout parts the cells by a tab: a DOCX or text paragraph's tab may stand between a name and a point)
        one = p.first is not None and p.start == p.end and p.first.page is not None
        cells = p.first.text.strip().split("\t") if one else [t]
        if (
            not p.heading
            and len(cells) == 2
            and _party_name(cells[0])
            and _name_like(cells[0])
            and not odd_party(cells[0])
        ):
            # a row of a two-column list of the consulted parties (party | "Svar modtaget 11.02.2026" / "intet svar"):
            # no point; a party whose status says it did not respond is consulted
            if len(cells[1]) <= 120 and SILENT_STATUS.search(cells[1].strip()):
                name = parties.add(cells[0], whole=not parties.find(cells[0]))
                parties.silent.add(name)
                if name not in consulted:
                    consulted.append(name)
            list_paras.add(k)
            mode = None
            continue
        silent = [] if p.heading else silent_names(t, parties)
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if not silent and not p.heading and nxt is not None and not nxt.heading and NONE_OF_THEM.match(nxt.text):
            # NOTE: "… også sendt til X og til Y." and "Disse to parter har ikke afgivet høringssvar." on lines
            # of their own (a footnote): the second sentence says the first one's names did not respond
            silent = silent_names(f"{t} {nxt.text}", parties)
            if silent:
                list_paras.add(k + 1)
        if silent:
            for n in silent:
                known = parties.find(n)
                consulted.append(parties.add(n, whole=True))  # named as printed
                if not known:
                    parties.silent.add(consulted[-1])
            list_paras.add(k)
            mode = None
            continue
        # NOTE: a heading "Høringsparter uden bemærkninger" over a list names the parties that sent nothing ("har ingen
        # bemærkninger:" in a sentence is a response without remarks)
        heading_like = p.heading or len(t) <= 60 and not re.search(r"[.:!?]$", t)
        if heading_like and NOT_RESPONDED_HEADING.search(t) and not NOT_RESPONDED_INTRO.search(t):
            mode, silent_mode = consulted, True
            bulleted.pop(id(mode), None)
            list_paras.add(k)
            continue
        # NOTE: an item in the middle of a bulleted list (an agenda slide's "• Parter, der ikke har svaret" after
        # "• Høringssvar"): a list's item, no heading over a list of its own
        mid_list = (
            bool(p.label)
            and not p.label[:1].isalnum()
            and k > 0
            and not paras[k - 1].heading
            and paras[k - 1].label == p.label
        )
        if (
            NOT_RESPONDED_INTRO.search(t)
            and not p.heading
            and not mid_list
            and len(t) <= 60
            and not re.search(r"[.:!?]$", t)
        ):
            # "Parter, der ikke har afgivet høringssvar" as a line of its own (a plain-text heading): a list follows
            mode, silent_mode = consulted, True
            bulleted.pop(id(mode), None)
            list_paras.add(k)
            continue
        silent_list = False
        if NOT_RESPONDED_INTRO.search(t) and (":" in t or p.heading):
            intro = consulted  # "Parter, der ikke har afgivet høringssvar": the silent ones, listed below
            silent_list = True
        elif NO_REMARKS_INTRO.search(t) and (t.rstrip().endswith(":") or ":" in t):
            intro = no_remarks
            if silent_mode and mode is consulted and BARE_NO_REMARKS_FROM.match(t):
                # NOTE: "Ingen bemærkninger fra:" under the heading "Høringsparter uden bemærkninger": the heading's
                # parties that sent nothing, not parties that answered without remarks
                intro, silent_list = consulted, True
        elif RESPONDED_INTRO.search(t):
            intro = responded
        elif CONSULTED_INTRO.search(t) and (":" in t or re.search(r"(?:hos|til|to)\s+(?:følgende\s+)?[A-ZÆØÅ]", t)):
            intro = consulted
        if intro is not None:
            mode, silent_mode = intro, silent_list
            bulleted.pop(id(mode), None)
            if ":" in t:
                # the list follows the colon after its intro ("… Høringssvar: 7 Ikke svaret: A · B"), names parted
                # by middle dots as by semicolons
                m_i = {id(consulted): NOT_RESPONDED_INTRO, id(no_remarks): NO_REMARKS_INTRO}.get(id(intro))
                m_i = m_i.search(t) if m_i else None
                at = t.find(":", m_i.start()) if m_i else -1
                after = (t[at + 1 :] if at >= 0 else t.split(":", 1)[1]).strip()
                after = re.sub(r"\s+[·•]\s+", "; ", after)
                if m_i and at < 0:
                    # NOTE: the colon comes before the intro's words ("Resultat viser: Indarbejdet (…), … Parter, der
                    # ikke har svaret, står nederst."): what follows that colon is no list of these parties
                    after, mode = "", None
            else:  # "Der er modtaget høringssvar fra KL, Danske Regioner og PLO."
                m_i = (RESPONDED_INTRO if intro is responded else CONSULTED_INTRO).search(t)
                after = re.sub(r"^\s*(?:følgende|the following)\s*", "", t[m_i.end() :]) if m_i else ""
                after = re.split(r"(?<=[\wæøå)])[.!?](?:\s|$)", after)[0]  # the list ends with its sentence
                mode = intro if p.heading else None  # a heading's list follows it
            items = _split_items(after)
            if silent_list and ";" not in after:
                # NOTE: the names run on in the sentence ("… høringssvar: X samt Y, Vestby."): a place after a comma
                # belongs to the name before it, as in a sentence that names the parties that did not respond
                items = [x for g in _silent_split(after, parties) for x in _split_items(g, whole=True)]
            for item in items:
                intro.append(parties.add(item))
            if after.rstrip().endswith("."):
                mode = None  # the list ended with its sentence: the next paragraph is no item of it
            if not p.heading:
                list_paras.add(k)  # a list's intro is no part of a reply ("Hørt, men har ikke svaret: …")
            continue
        if mode is not None and not p.heading and _list_item(t) and not (bulleted.get(id(mode)) and not p.label):
            if p.label and id(mode) not in bulleted:
                bulleted[id(mode)] = True  # a bulleted list ends at the first line without a bullet
            raw = p.first.text if one_per_line and p.first is not None and p.start == p.end and not p.label else t
            whole = one_per_line or bool(p.label) or p.line_item
            text = raw if "\n" in raw.strip() else t
            # NOTE: a name on a bullet of its own is one name, a comma and "og" and all ("• Tandlægeforeningen, Ørby og
            # Vang"): the bullet, not the words, parts the names
            bullet = bool(p.label) and not p.label[:1].isalnum() and "\n" not in text.strip()
            for item in _split_items(text, whole=whole, bullet=bullet):
                marked = STATUS_AFTER.search(item)
                if marked and SILENT_STATUS.search(marked.group(1).strip()) and mode is consulted:
                    # NOTE: a consulted party marked in the list as not responding ("• Ungdomsrådet (intet svar)"):
                    # the mark is no part of the name, and the party did not respond
                    name = parties.add(item[: marked.start()].strip(), whole=not parties.find(item[: marked.start()]))
                    parties.silent.add(name)
                    mode.append(name)
                    listed.append((len(consulted) - 1, name))
                    continue
                # NOTE: a party listed on a line of its own as not responding is named as printed there, acronym
                # and all ("• Børne- og Ungdomspsykiatrisk Samråd (BUPS)"): the list is the only place it is named
                mode.append(parties.add(item, whole=whole and silent_mode and not parties.find(item)))
                if mode is consulted:
                    listed.append((len(consulted) - 1, item))
            list_paras.add(k)
            continue
        mode = None
    return parties, consulted, no_remarks, responded, list_paras


# a quoted letter's frame: its greeting, its closing and signature, and an introductory sentence about the letter
LETTER_GREETING = re.compile(r"^(?:Kære|Til|Att\.?|Attention|Dear|To)\b", re.I)
LETTER_CLOSING = re.compile(
    r"^(?:(?:med\s+)?(?:venlig(?:st)?|bedste|mange)\s+hilsen(?:er)?|mvh\.?|på\s+.{2,60}\s+vegne|"
    r"(?:kind|best)\s+regards|yours\s+(?:sincerely|faithfully))\b",
    re.I,
)
LETTER_INTRO = re.compile(
    r"\b(?:takker\s+for|hermed|følgende\s+(?:bemærkninger|kommentarer|forhold)|har\s+(?:læst|drøftet|behandlet|"
    r"gennemgået)|vil\s+gerne\s+(?:fremhæve|kommentere|knytte)|thanks?\s+(?:you\s+)?for|the\s+following)\b",
    re.I,
)


# NOTE: the authority's answer written as a letter to each party: "Kære X" beside words about the party's own response
# ("Tak for jeres høringssvar", "Vedr.: Jeres høringssvar af …"); X is the party whose numbered points follow
ANSWER_GREETING = re.compile(r"^(?:Kære|Dear)\s+(?P<who>[A-ZÆØÅ][^.!?:;]{2,90}?)\s*[,!]?$")
YOUR_RESPONSE = re.compile(r"\b(?:jeres|dit|deres|your)\s+(?:høringssvar|bemærkninger|response|comments)\b", re.I)


def _answer_letters(paras: list[Para]) -> dict[int, str]:
    """The greetings of the answer letters to the parties, where two or more recur: paragraph index -> the party."""
    out = {}
    for k, p in enumerate(paras):
        m = None if p.heading or p.label else ANSWER_GREETING.match(p.text.strip())
        near = paras[max(0, k - 2) : k + 3]
        if m and _party_name(m.group("who")) and any(YOUR_RESPONSE.search(x.text) for x in near):
            out[k] = m.group("who").strip()
    return out if len(out) >= 2 else {}


def _quoted(p: Para) -> bool:
    return p.first is not None and p.first.style == "quote" and not p.heading


def _letter_answers(paras: list[Para], k: int) -> list[int]:
    """The answer paragraphs after a quoted letter that ends at k: under a bare label ("Regionens svar"), up to the
    next heading or quoted passage."""
    out: list[int] = []
    if k < len(paras) and not paras[k].heading and (m := _reply(paras[k].text)) and not m.group("rest").strip():
        j = k + 1
        while j < len(paras) and not paras[j].heading and not _quoted(paras[j]):
            out.append(j)
            j += 1
    return out


def _letter_parts(paras: list[Para]) -> tuple[set[int], set[int], set[int]]:
    """Letters quoted in full (a run of "Quote" paragraphs after a party's heading): the paragraphs that are its frame
    (greeting, introductory sentence, closing and signature) and those that are its points. With numbered points only
    they count; otherwise an introduction is the first paragraph when the answer that follows has one paragraph fewer
    than the letter's body, or when it speaks of the letter itself ("… har følgende bemærkninger:")."""
    frame: set[int] = set()
    points: set[int] = set()
    replies: set[int] = set()
    k = 0
    while k < len(paras):
        if not _quoted(paras[k]):
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(paras) and _quoted(paras[run[-1] + 1]):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        body = list(run)
        if body and len(paras[body[0]].text) <= 90 and LETTER_GREETING.match(paras[body[0]].text):
            if not re.search(r"[.!?]$", paras[body[0]].text):
                frame.add(body.pop(0))
        while body:
            t = paras[body[-1]].text.strip()
            first_line = t.split("\n")[0]
            if (
                LETTER_CLOSING.match(t)
                or "\n" in t
                and not SENTENCE_END_RE.search(first_line)
                or len(t.split()) <= 8
                and not SENTENCE_END_RE.search(t)
            ):
                frame.add(body.pop())
            else:
                break
        h = run[0] - 1  # between the party's heading and its letter: a receipt note ("Modtaget den …"), no point
        while h >= 0 and not paras[h].heading and not _quoted(paras[h]) and run[0] - h <= 2:
            h -= 1
        if h >= 0 and paras[h].heading:
            frame.update(range(h + 1, run[0]))
        numbered = [b for b in body if paras[b].label and paras[b].label[:1].isdigit()]
        replies.update(_letter_answers(paras, k))
        if numbered:
            frame.update(b for b in body if b not in numbered and b < numbered[0])
            points.update(b for b in body if b >= numbered[0])
            continue
        answers = len(_letter_answers(paras, k))
        if len(body) > 1 and (
            answers
            and len(body) == answers + 1
            or paras[body[0]].text.rstrip().endswith(":")
            or LETTER_INTRO.search(paras[body[0]].text)
            and (not answers or len(body) > answers)
        ):
            frame.add(body.pop(0))
        points.update(body)
    return frame, points, replies


SENTENCE_END_RE = re.compile(r"[.!?:]$")


def _back_at_point(paras: list[Para], k: int, current: _Statement | None, reply_at: float | None) -> bool:
    """PDF layout: points are unmarked paragraphs, each answered by an indented paragraph under a label ("Regionens
    kommentar: …"). A paragraph after such an answer, back at the margin of the point it answered and itself followed
    by a labelled answer at the answers' indent, is the party's next point, whatever its first word ("Det palliative
    team foreslår …"), not the answer going on."""
    p = paras[k]
    if reply_at is None or current is None or p.first is None or p.first.indent is None:
        return False
    first = current.paras[0].first
    if first is None or first.indent is None or reply_at < first.indent + INDENT_STEP:
        return False  # the answers are not set in from the points
    if p.first.indent > first.indent + 2:
        return False  # still set in: the answer's own next paragraph
    nxt = paras[k + 1] if k + 1 < len(paras) else None
    return (
        nxt is not None
        and not nxt.heading
        and nxt.first is not None
        and nxt.first.indent is not None
        and abs(nxt.first.indent - reply_at) <= 2
        and bool(_reply(nxt.text))
    )


def _at_point_margin(p: Para, current: _Statement | None, reply_at: float | None) -> bool:
    """PDF layout: the answers are set in from the points, and this paragraph is back at the points' margin (out of
    the answer): a statement there opens the next point, whether or not a list names its party."""
    if reply_at is None or current is None or p.first is None or p.first.indent is None:
        return False
    first = current.paras[0].first
    return (
        first is not None
        and first.indent is not None
        and reply_at >= first.indent + INDENT_STEP
        and p.first.indent <= first.indent + 2
    )


# the least indent (pt) that sets an answer apart from the point above it
INDENT_STEP = 8.0


def _speaker_opens(after: list[Para], speaker: str, parties: Parties) -> bool:
    """The first paragraph after a heading (past the headings under it) is a statement of the section's party: its
    subject names the party ("PPR bemærker" in the section of "PPR i Vestby Kommune"), by a short form, an alias or
    a common noun in its definite form."""
    first = next((x for x in after if not x.heading), None)
    if first is None:
        return False
    names = _statement_names(first.text, parties)
    if names:
        return len(names) == 1 and (
            bool(_norm(names[0]))
            and _norm(names[0]) in _norm(speaker)
            or _alias_of(names[0], speaker)
            or _definite_of(names[0], speaker)
        )
    return _subject_verb(first.text, speaker)


def _sibling_party_headings(paras: list[Para], parties: Parties, lettered: set[int]) -> set[int]:
    """Headings that name a party by layout, not by their words: one of a run of sibling headings (same level, same
    parent) of which most name a party, its section laid out as theirs (a paragraph, then a labelled answer). "3.5
    Sygeplejerskerne i hjemmeplejen, Ørnekær" among "3.4 Hospice Egely …" and "3.6 Kræftens Bekæmpelse …", though its
    lower-case words would make it a theme's."""
    groups: dict[tuple, list[int]] = {}
    open_at: dict[int, int] = {}  # heading level -> the index of the last heading at that level
    for k, p in enumerate(paras):
        level = p.first.heading_level if p.heading and p.first else None
        if not level:
            continue
        open_at = {lv: i for lv, i in open_at.items() if lv < level}
        up = max(open_at, default=None)
        groups.setdefault((open_at.get(up) if up is not None else None, level), []).append(k)
        open_at[level] = k
    out: set[int] = set()
    for ks in groups.values():
        if len(ks) < 3:
            continue
        named = {k for k in ks if _heading_party(paras[k], k, paras, parties, lettered)[2]}
        if len(named) < 2 or 2 * len(named) < len(ks):
            continue
        for k in ks:
            if k in named:
                continue
            head = _strip_heading(paras[k].text)
            level = paras[k].first.heading_level
            section = []
            for x in paras[k + 1 :]:
                if x.heading:
                    if not section and x.first and (x.first.heading_level or 0) > level:
                        continue  # a caption one level down over the party's first point ("Ventetid til udredning")
                    break
                section.append(x)
            if (
                len(section) < 2
                or not (_party_name(head) and _name_like(head))
                or GENERIC_SECTION.match(head)
                or _reply(section[0].text)
                or not any(_reply(x.text) for x in section[1:])
            ):
                continue
            names = _statement_names(section[0].text, parties)
            if names and not any(_norm(n) in _norm(head) or _short_form(n, head) for n in names):
                continue  # its first paragraph is another party's statement: a theme's section
            out.add(k)
    return out


def parse_prose(
    lines: list[Line],
    force: bool = False,
    notes=None,
    handling_map: dict[str, str] | None = None,
    one_per_line: bool = False,
    layout: bool = False,
    embedder=None,
) -> tuple[list[RowFields], set[int]] | None:
    """Rows of a prose høringsnotat and the line indexes they use; None when the text is not one.
    NOTE: handling_map is accepted for a uniform call but unused: a reply's deciding sentence is no cell to map."""
    paras = _paragraphs(lines, one_per_line, layout)
    if not paras:
        return None
    parties, consulted, no_remarks, responded, list_paras = _lists(paras, one_per_line)
    # 2. statements and replies, theme by theme
    theme: str | None = None
    rows: list[RowFields] = []
    used: set[int] = set()
    block: list[_Statement] = []  # statements waiting for their reply
    current: _Statement | None = None
    reply: list[Para] = []
    in_reply = False
    reply_at: float | None = None  # PDF layout: the indent of the labelled answer now read ("Regionens kommentar: …")
    n_replies = 0
    styled_reply = False  # the reply is told by its type (italics), not by a label: upright text ends it
    after_styled = False  # such a reply has just ended: only a point-like paragraph opens the next point
    speaker: str | None = None
    speaker_from = False  # the section's heading says whose it is ("Høringssvar fra X")
    speaker_level: int | None = None  # the level of the heading that named the speaker (DOCX heading styles)
    # the parties the headings name ("Høringssvar fra X"): a statement by one of them is its own, in any section
    headed = set()
    for p in paras:
        if p.heading or _short_heading(p.text):
            mh = FROM_HEADING.match(_strip_heading(p.text))
            if mh:
                headed.add(_norm(mh.group(1)))

    from collections import Counter

    unplaced: Counter = Counter()
    # answers in a section of their own, each keyed by party and point ("X, bemærkning 2 og 3: …")
    keyed = {k: m for k, p in enumerate(paras) if not p.heading and (m := _keyed_answer(p.text))}
    keyed_body: set[int] = set()  # the paragraphs under a key heading: that answer's text
    heads = [k for k, p in enumerate(paras) if k not in keyed and KEYED_HEAD.match(p.text.strip())]
    if len(heads) >= 2:
        # NOTE: the key as a heading of its own ("Svar til X, punkt 2 og 3"), the answer in the paragraphs under it
        # up to the next heading
        for k in heads:
            body = []
            for j in range(k + 1, len(paras)):
                if paras[j].heading or j in heads or _short_heading(paras[j].text):
                    break
                body.append(j)
            m = _keyed_answer(paras[k].text.strip().rstrip(":.") + ": " + " ".join(paras[j].text for j in body))
            if body and m:
                keyed[k] = m
                keyed_body.update(body)
    if len(keyed) < 2:
        keyed, keyed_body = {}, set()

    def close_block():
        nonlocal block, reply, current
        if block:
            rows.extend(_rows_for(block, reply, parties, unplaced))
        block, reply, current = [], [], None

    letter_frame, letter_points, letter_replies = _letter_parts(paras)
    answer_letters = _answer_letters(paras)
    in_answer_letter = False  # within a letter to a party: its numbered points and the answers set apart by type
    sibling_party = _sibling_party_headings(paras, parties, letter_points | letter_frame)
    # NOTE: the sender after the remark, on a line of its own ("— Forældrenetværket Sund Start"): the paragraphs
    # since the previous answer, heading or sender line are that party's point (only where such lines recur)
    senders = {
        k: who.strip()
        for k, p in enumerate(paras)
        if not p.heading
        and (mm := SENDER_AFTER.match(p.text))
        and _party_name(who := mm.group(1) or mm.group(2))
        and _name_like(who)
    }
    # NOTE: the sender in parentheses at the end of the remark's own paragraph ("… (Havnø Idrætsklub)"), after its
    # last full stop (an inner "(jf. bilag 2)" is no sender): the paragraph is that party's point, the name taken off
    trailing = {
        k: (mm, who)
        for k, p in enumerate(paras)
        if not p.heading
        and not _reply(p.text)
        and (mm := SENDER_TRAILING.search(p.text))
        and _party_name(who := mm.group(1).strip())
        and _name_like(who)
    }
    sender_name = dict(senders)  # sender line (or remark with its sender) -> the party's name
    sender_of: dict[int, int] = {}  # paragraph index -> index of its sender line
    if len(senders) + len(trailing) >= 2:
        for sk in senders:
            j = sk - 1
            while (
                j >= 0 and not paras[j].heading and j not in senders and j not in trailing and not _reply(paras[j].text)
            ):
                sender_of[j] = sk
                if paras[j].label or re.match(r"^[■•▪●]\s", paras[j].text):
                    break
                j -= 1
        for k, (mm, who) in trailing.items():
            p = paras[k]
            text, label = p.text[: mm.start()].rstrip(), p.label
            # a dash bullet is told by the sentence it opens, which now ends the paragraph ("- Klubben foreslår …")
            mb = None if label else POINT_LABEL.match(text)
            if mb and mb.group("bullet"):
                text, label = text[mb.end() :], mb.group("bullet")
            paras[k] = Para(p.start, p.end, text, p.heading, p.first, p.last, label, p.line_item)
            sender_name[k], sender_of[k] = who, k
    # NOTE: no party headings, each numbered point opens with its party as a lead-in ("3. Skolelederforeningen i X:
    # Skolelederne ønsker …"): the lead-in is the respondent, the point is the text after the colon (where it recurs)
    lead_ins = {
        k: (mm.group("who").strip(), mm.group("rest"))
        for k, p in enumerate(paras)
        if not p.heading and p.label and (mm := LEAD_IN_PARTY.match(p.text)) and _lead_in_party(mm.group("who"))
    }
    if len(lead_ins) < 2:
        lead_ins = {}
    from_hits = [m for p in paras if not p.heading and (m := FROM_BODY_LABEL.match(p.text))]
    from_count = Counter(m.group("lab").lower() for m in from_hits)
    from_labels = {
        m.group("lab").lower()
        for m in from_hits
        if from_count[m.group("lab").lower()] >= 2 and not parties.find(m.group("who"))
    }
    goes_on = _bullet_goes_on(paras)
    paired = _paired_remarks(paras)
    label_pairs = {} if paired else _label_pairs(paras)
    paired |= set(label_pairs)
    pair_answers = set(label_pairs.values())
    for k, p in enumerate(paras):
        if k in list_paras or p.footnote:
            continue
        if k in paired:
            # "Bemærkning: …" answered by "Svar: …": the label is no part of the remark
            rest = REMARK_LABEL.match(p.text).group("rest")
            names = [speaker] if speaker else _statement_names(rest, parties)
            if names:
                if in_reply:
                    close_block()
                    in_reply = False
                current = _Statement(names, [Para(p.start, p.end, rest, False, p.first, p.last, p.label)], theme)
                block.append(current)
                used.update(range(p.start, p.end + 1))
                continue
        if k in senders and len(senders) >= 2:
            used.update(range(p.start, p.end + 1))
            continue
        if k in sender_of:
            if in_reply:
                close_block()
                in_reply = False
            who = parties.add(sender_name[sender_of[k]], whole=not parties.find(sender_name[sender_of[k]]))
            if current is not None and k - 1 in sender_of and sender_of[k - 1] == sender_of[k]:
                current.paras.append(p)  # the remark goes on (a paragraph broken at a page or line end)
            else:
                current = _Statement([who], [p], theme)
                block.append(current)
            used.update(range(p.start, p.end + 1))
            continue
        if k in letter_frame:
            used.update(range(p.start, p.end + 1))
            continue
        if k in answer_letters:
            close_block()
            in_reply, in_answer_letter = False, True
            speaker = parties.add(answer_letters[k], whole=not parties.find(answer_letters[k]))
            speaker_from = True  # the letter is to this party: its points are the party's, whatever they call it
            used.update(range(p.start, p.end + 1))
            continue
        if in_answer_letter and (p.heading or LETTER_CLOSING.match(p.text)):
            close_block()  # the letter's closing (or the next letter's heading): its points have ended
            in_reply, in_answer_letter, speaker = False, False, None
            if not p.heading:
                continue
        if in_answer_letter and p.first is not None and p.first.style == "reply" and block and not in_reply:
            in_reply, n_replies = True, n_replies + 1  # the upright answer after the italic remark
            reply.append(p)
            used.update(range(p.start, p.end + 1))
            continue
        if in_answer_letter and not p.label and not in_reply:
            continue  # the letter's opening words ("Tak for jeres høringssvar. …"): no point
        if speaker and not in_reply and current is None and REMARKS_LABEL.match(p.text):
            used.update(range(p.start, p.end + 1))
            continue  # "Bemærkninger" over the party's points: its section goes on
        if in_reply and p.keyed and block and any(st.paras[0].label == p.label for st in block):
            reply.append(p)  # "Ad 2) …" in the answers after the points: the answer to the block's point 2
            used.update(range(p.start, p.end + 1))
            continue
        if k in lead_ins:
            if in_reply:
                close_block()
                in_reply = False
            who, rest = lead_ins[k]
            name = parties.add(who, whole=not parties.find(who))
            current = _Statement([name], [Para(p.start, p.end, rest, False, p.first, p.last, p.label)], theme)
            block.append(current)
            used.update(range(p.start, p.end + 1))
            continue
        if k in letter_points and speaker:  # a point of the party's letter, quoted in full
            if in_reply:
                close_block()
                in_reply = False
            current = _Statement([speaker], [p], theme, quoted=True)
            block.append(current)
            used.update(range(p.start, p.end + 1))
            continue
        if k in letter_replies and in_reply and block:  # an answer to the letter's points ("Ad 2. …" or in order)
            reply.append(p)
            used.update(range(p.start, p.end + 1))
            continue
        if k in keyed or k in keyed_body:
            close_block()
            in_reply, current = False, None
            used.update(range(p.start, p.end + 1))
            continue
        if p.heading:
            m = _reply(p.text) or REPLY_HEADING.match(p.text.strip())
            if m and not block:
                continue
            if m and block:
                in_reply, n_replies = True, n_replies + 1
                used.update(range(p.start, p.end + 1))
                if m.group("rest").strip():
                    reply.append(Para(p.start, p.end, m.group("rest").strip(), label=_decision_label(m)))
                continue
            close_block()
            in_reply, after_styled = False, False
            level = p.first.heading_level if p.first else None
            head, mh, who = _heading_party(p, k, paras, parties, letter_points | letter_frame)
            if not who and k in sibling_party:
                who = head  # one of a run of party headings, its section laid out as theirs (point, labelled answer)
            below = bool(speaker and level and speaker_level and level > speaker_level)
            if not who and below:
                # NOTE: a heading under the party's that names no party (a topic title over each of its points) is
                # the point's theme: the party's section goes on
                theme = head
                continue
            if who and below and not mh and not parties.find(head) and _speaker_opens(paras[k + 1 :], speaker, parties):
                # NOTE: a caption under the party's heading that words its point ("Ventetid i X" over "X bemærker,
                # at …" in the section of "X i Y Kommune") is the point's theme, not another party: the point it
                # is over is the section's party's own
                theme = head
                continue
            if who:
                # a section per respondent: its paragraphs are its points; a heading's name is kept as printed
                speaker = parties.add(who, whole=(bool(mh) or who == head) and not parties.find(who))
                speaker_from, speaker_level = bool(mh), level
            else:
                speaker, theme = None, (None if GENERIC_SECTION.match(head) else head)
            continue
        italic = _italic(p)
        decision = not p.heading and (mr := _reply(p.text)) is not None and _decision_label(mr) is not None
        if styled_reply and in_reply and not italic and not decision:
            # NOTE: the decision line under an italic answer, set upright ("Konsekvens for handleplanen: Ingen."), is
            # still that answer's: only other upright text ends it
            close_block()  # upright text after an italic answer: the answer has ended
            in_reply, styled_reply, after_styled = False, False, True
        if after_styled and not italic and not p.heading:
            if not (p.label or _point_like(p.text, speaker) or _goes_on(p.text)) and not _statement_names(
                p.text, parties
            ):
                continue  # closing text ("Den reviderede plan forelægges …"), no point
            after_styled = False
        if italic and after_styled and not block:
            continue  # an italic paragraph with no point before it (a second answer paragraph is the reply's own)
        if (
            italic
            and block
            and current is not None
            and not in_reply
            and not _italic(current.paras[0])
            and not _reply(p.text)
        ):
            in_reply, styled_reply, n_replies = True, True, n_replies + 1  # an italic paragraph after a point
            reply.append(p)
            used.update(range(p.start, p.end + 1))
            continue
        m = _reply(p.text)
        if not m and k in pair_answers:
            m = REMARK_LABEL.match(p.text)  # "Kommentar: …" right after the party's "Bemærkning: …"
        if not m and block and from_labels:
            mf = FROM_BODY_LABEL.match(p.text)
            m = mf if mf and mf.group("lab").lower() in from_labels else None
        if not m and speaker and block and current is not None and not in_reply:
            # in a party's section, right after its point: "Bemærkning: …" is the authority's answer
            m = BARE_REMARK.match(p.text)
        if m and block and (len(p.text) <= 60 or m.group("rest")):
            in_reply, n_replies = True, n_replies + 1
            reply_at = p.first.indent if layout and p.first else None
            used.update(range(p.start, p.end + 1))
            if m.group("rest").strip():
                reply.append(
                    Para(p.start, p.end, m.group("rest").strip(), first=p.first, last=p.last, label=_decision_label(m))
                )
            continue
        mo = REPLY_OPENER.match(p.text)
        if (
            not mo
            and speaker
            and block
            and current is not None
            and not in_reply
            and not p.label
            and not current.paras[0].label
        ):
            ms = AUTHORITY_SUBJECT_OPENS.match(p.text)
            if ms and ms.group("subject").lower()[:5] not in _norm(speaker) and not parties.find(ms.group("subject")):
                mo = ms  # "Administrationen har indsat …" right after the party's unnumbered point: the answer
        if mo and block and not in_reply and not parties.find(mo.group("subject")):
            in_reply, n_replies = True, n_replies + 1  # the reply opens with its subject, no heading
            reply.append(p)
            used.update(range(p.start, p.end + 1))
            continue
        if speaker and current is None and not in_reply and SECTION_SILENT.match(p.text):
            # "Intet høringssvar modtaget." under the party's heading: a consulted party that did not respond
            f = _consulted_row(speaker, p.start)
            f.line_start, f.line_end = p.first.no if p.first else None, p.last.no if p.last else None
            f.page = p.first.page if p.first else None
            rows.append(f)
            used.update(range(p.start, p.end + 1))
            continue
        if not p.heading and PERSON_FIELD.match(p.text) and len(p.text) <= 120:
            near = paras[max(0, k - 3) : k + 4]
            if any(not x.heading and ORG_FIELD.match(x.text) for x in near):
                used.update(range(p.start, p.end + 1))
                continue  # "Afsender: Hanne Holm, formand" beside "Organisation: X": the person who sent it, no party
        mo_org = ORG_FIELD.match(p.text) if not p.heading and len(p.text) <= 140 else None
        if mo_org and not re.search(r"[.!?]$", mo_org.group("who")):
            # "Organisation: Skolebestyrelsen ved X" in a submission's card: the party of the points below it
            close_block()
            in_reply, after_styled = False, False
            who = mo_org.group("who").strip()
            # the date it came in, after the name ("(fælles svar, modtaget 12.3.2029)"), is no part of the name
            who = re.sub(r"\s*\([^()]*\b(?:modtaget|indkommet|received)\b[^()]*\)$", "", who, flags=re.I) or who
            speaker = parties.add(who, whole=not parties.find(who))
            speaker_from, speaker_level = True, None
            used.update(range(p.start, p.end + 1))
            continue
        if (
            not p.heading
            and speaker
            and current is None
            and len(p.text) <= 200
            and WITHDRAWN.search(p.text)
            and re.search(r"(?i)\b(?:status|svar\w*|høringssvar\w*|submission|response|comments?)\b", p.text)
        ):
            used.update(range(p.start, p.end + 1))
            continue  # the party's submission withdrawn: its card holds no point
        if not p.heading and meta_line(p.text) and speaker and current is None:
            used.update(range(p.start, p.end + 1))
            continue  # "Modtaget: 09.02.2026" under the party's heading
        colon_line = not p.heading and k not in list_paras and _colon_party_line(p.text)
        if not p.heading and k not in list_paras and (_short_heading(p.text) or colon_line):
            close_block()
            in_reply, after_styled = False, False
            head, mh, who = _heading_party(p, k, paras, parties, letter_points | letter_frame)
            if not who and colon_line and k + 1 < len(paras) and not paras[k + 1].heading:
                nxt = paras[k + 1].text
                nn = _statement_names(nxt, parties)
                if (
                    paras[k + 1].label
                    or _point_like(nxt, head)
                    and (not nn or any(_norm(n) in _norm(head) or _short_form(n, head) for n in nn))
                ):
                    who = head  # "Danske Patienter Vestby:" on a line of its own over the party's points
            if who:
                speaker = parties.add(who, whole=(bool(mh) or who == head) and not parties.find(who))
                speaker_from = bool(mh)
            else:
                speaker, theme = None, (None if GENERIC_SECTION.match(head) else head)
            continue
        if speaker and current is None and not in_reply and _section_intro(p.text):
            continue  # "Høringssvaret indeholder følgende bemærkninger:": the points follow
        names = _statement_names(p.text, parties)
        if (
            k in goes_on
            and current is not None
            and block
            and block[-1] is current
            and not in_reply
            and current.paras[-1].end < p.start
            and _marked(current.paras[0])
            and not (speaker and names and any(parties.find(n) and parties.find(n) != speaker for n in names))
        ):
            # NOTE: a bulleted point's remark typed in two paragraphs, the second unbulleted, before the point's own
            # answer, where every point carries its bullet and is answered on its own: the second paragraph goes on
            # with the point, it opens none ("• Foreningen oplever …" ↵ "Foreningen peger på, at …" ↵ "Kommentar: …")
            current.paras.append(p)
            used.update(range(p.start, p.end + 1))
            continue
        if (
            names
            and in_reply
            and parties.listed()
            and not p.label
            and not all(parties.find(n) for n in names)
            and not (layout and _at_point_margin(p, current, reply_at))
        ):
            names = None  # inside a reply only a listed party (or a numbered point) opens a new statement
        if speaker and names and len(names) == 1 and _norm(names[0]) and _norm(names[0]) in _norm(speaker):
            names = [speaker]  # "Danske Fysioterapeuter bemærker" in the section of "Danske Fysioterapeuter, Region …"
        elif (
            speaker
            and names
            and len(names) == 1
            and not parties.find(names[0])
            and _norm(names[0]) not in headed
            and _alias_of(names[0], speaker)
        ):
            names = [speaker]  # "DSR ønsker" in the section of "Dansk Sygeplejeråd, Kreds Vesterland"
        elif speaker and names and len(names) == 1 and DEFINITE.match(names[0]) and not parties.find(names[0]):
            names = [speaker]  # "Ældrerådet ønsker" in the section of "Fjordby Ældreråd": the section's party
        elif speaker and names and len(names) == 1 and _joint_definite(names[0], speaker):
            names = [speaker]  # "Centret og Tjenesten ønsker" in the section of "X-centret Nordby og Tjenesten i Y"
        elif (
            speaker
            and speaker_from
            and names
            and len(names) == 1
            and not parties.find(names[0])
            and _norm(names[0]) not in headed
        ):
            names = [speaker]  # "Fjordby Kommunes Ældreråd bemærker" under "Høringssvar fra Fjordby Ældreråd"
        if not names and speaker and not _list_item(p.text) and not label_pairs:
            # NOTE: where every point carries its label ("Bemærkning: …" answered by "Kommentar: …"), a paragraph
            # without one is none of the party's points ("Forvaltningen indstiller, at …" after the last party)
            if p.label or _point_like(p.text, speaker):
                names = [speaker]  # a numbered point, or a paragraph that states something ("Rådet foreslår …")
            elif in_reply and layout and _back_at_point(paras, k, current, reply_at):
                names = [speaker]  # out of the indented answer, back at the points' margin, answered in turn
            elif in_reply and reply and _answered_next(paras, k) and _subject_verb(p.text, speaker):
                # NOTE: the party's own subject and a verb ("Kommunen bemærker, at …" in Fjordby Kommune's section)
                # between two labelled answers: each answer carries its label, so this paragraph is no answer's
                # second paragraph but the next point, answered by the label after it
                names = [speaker]
            elif not in_reply and (current is None or not (layout or current.paras[0].label)):
                names = [speaker]
        if names:
            if in_reply:
                close_block()
                in_reply = False
            parts = _remarks_in(p)
            for part in parts:
                current = _Statement(names, [part], theme, in_paragraph=len(parts) > 1)
                block.append(current)
            used.update(range(p.start, p.end + 1))
            continue
        if in_reply:
            reply.append(p)
            used.update(range(p.start, p.end + 1))
        elif current is not None:
            current.paras.append(p)  # "Organisationen foreslår desuden …": the same respondent goes on
            used.update(range(p.start, p.end + 1))
    close_block()
    if keyed:
        n_replies += _join_keyed(rows, list(keyed.values()), parties, notes, unplaced)
    if len(rows) < 2 or not (n_replies or force):
        return None
    _by_meaning(rows, unplaced, embedder, notes)
    if notes is not None:
        notes.unplaced.update(unplaced)
    # 3. parties that had no remarks, and parties only listed as consulted
    said = {_norm(r.respondent) for r in rows}
    for name in no_remarks:
        if _norm(name) in said:
            continue
        f = RowFields(respondent=name, line_start=None, line_end=None, page=None, summary="Ingen bemærkninger.")
        f.handling, f.handling_raw, f.handling_source = "ingen_aendring", "Ingen bemærkninger", "no_remarks"
        f.raw_text = f"{name}: ingen bemærkninger"
        f.place = len(lines)
        rows.append(f)
        said.add(_norm(name))
    for name in responded:
        if _norm(name) not in said and notes is not None:
            notes.warn(f"{name} is listed as having responded, but no statement by it was found")
    for name in consulted:
        if _norm(name) in said or _norm(name) in {_norm(x) for x in responded}:
            continue
        rows.append(_consulted_row(name, len(lines) + 1))
        said.add(_norm(name))
    return rows, used


# "Nordmark Kommune, bemærkning 2 og 3: …", "KL, punkt 1: …", "Svar til KL, bemærkning 1: …"
KEYED_ANSWER = re.compile(
    r"^(?:(?:Svar|Kommentar|Bemærkning)\s+til\s+)?(?P<who>[A-ZÆØÅ0-9][^:]{1,150}?)\s*[,–-]\s*"
    r"(?:høringspunkt|bemærkning|punkt|pkt\.?|remark|point|comment)(?:er|erne|s)?\s*(?:nr\.?\s*)?"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|og|and|&|–|-)\s*\d{1,2})*)\s*[:.]\s+(?P<rest>\S.*)$",
    re.S,
)


# the key alone, as a heading over its answer: "Svar til Ørby Kommune, punkt 2 og 3"
KEYED_HEAD = re.compile(
    r"^(?:Svar|Kommentar|Bemærkning|Besvarelse)\s+til\s+(?P<who>[A-ZÆØÅ0-9][^:]{1,150}?)\s*[,–-]\s*"
    r"(?:høringspunkt|bemærkning|punkt|pkt\.?)(?:er|erne)?\s*(?:nr\.?\s*)?"
    r"\d{1,2}(?:\s*(?:,|og|&|–|-)\s*\d{1,2})*\s*:?$"
)


def _keyed_answer(t: str) -> re.Match | None:
    m = KEYED_ANSWER.match(t)
    return m if m and _name_like(m.group("who")) else None


def _keyed_numbers(nums: str) -> list[int]:
    """ "2 og 3" -> [2, 3]; "2-4" -> [2, 3, 4]"""
    out: list[int] = []
    for part in re.split(r"\s*(?:,|og|and|&)\s*", nums):
        a, _, b = re.sub(r"\s", "", part).replace("–", "-").partition("-")
        if a.isdigit():
            out.extend(range(int(a), int(b) + 1) if b.isdigit() and int(b) >= int(a) else [int(a)])
    return out


def _join_keyed(rows: list[RowFields], answers: list, parties: Parties, notes, unplaced) -> int:
    """Each keyed answer onto the point it names (the party, by its name or a short form, and the point's number,
    counted within the party's points where the text numbers none); returns how many points got an answer."""
    by_party: dict[str, list[RowFields]] = {}
    for f in rows:
        by_party.setdefault(f.respondent, []).append(f)

    def owner(who: str) -> str | None:
        found = parties.find(who)
        if found and found in by_party:
            return found
        n = _norm(who)
        return next((r for r in by_party if _norm(r) == n or _short_form(who, r) or _norm(r).startswith(n + " ")), None)

    joined = 0
    for m in answers:
        who = owner(m.group("who"))
        if who is None:
            if notes is not None:
                notes.warn(f"an answer names {m.group('who')!r}, which no point of the document is from")
            continue
        pts = by_party[who]
        for n in _keyed_numbers(m.group("nums")):
            f = next((x for x in pts if x.label == str(n)), None)
            if f is None and all(not x.label for x in pts) and 1 <= n <= len(pts):
                f = pts[n - 1]
            if f is None:
                continue
            rest = fold(m.group("rest")) or ""
            if f.handling is None:  # the point's count as unplaced moves with what the answer says
                unplaced["(reply without a handling wording)" if f.text_change else "(no reply)"] -= 1
            f.text_change = fold(" ".join(x for x in (f.text_change, rest) if x))
            f.reply_part = fold(" ".join(x for x in (f.reply_part, rest) if x)) if f.text_change != rest else None
            code, why = classify_prose(rest)
            if code:
                f.handling, f.handling_raw, f.handling_source = code, why, "reply"
            elif f.handling is None:
                unplaced["(reply without a handling wording)"] += 1
            f.raw_text = fold(" ".join(x for x in (f.raw_text, rest) if x)) or ""
            joined += 1
    for k in [k for k, v in unplaced.items() if v <= 0]:
        del unplaced[k]
    return joined


AD_LABEL = re.compile(r"(?:^|(?<=\s))(?:Ad|Til|Vedr\.?)\s+(?:pkt\.?\s*|punkt\s+)?(\d{1,2})\s*[:.)]\s+", re.I)


# "Ad 1.2 og 1.3: …": an answer keyed by the numbers of the points it answers
AD_KEYS = re.compile(
    r"(?:^|(?<=\s))(?:Ad|Til|Vedr\.?)\s+(?:pkt\.?\s*|punkt(?:erne)?\s+)?"
    r"(?P<keys>\d{1,2}(?:\.\d{1,2})*(?:\s*(?:,|og|and|&|–|-)\s*\d{1,2}(?:\.\d{1,2})*)*)\s*[:)]\s+",
    re.I,
)


def _ad_keys(keys: str) -> list[str]:
    """The point numbers an "Ad" key names: "2 og 3" -> 2, 3; a range "2–4" -> 2, 3, 4 ("1.2–1.4" stays as written)."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|og|and|&)\s*", keys):
        a, _, b = re.sub(r"\s", "", part).replace("–", "-").partition("-")
        if b and a.isdigit() and b.isdigit() and int(a) <= int(b) <= int(a) + 30:
            out.extend(str(n) for n in range(int(a), int(b) + 1))
        else:
            out.extend(x for x in (a, b) if x)
    return out


def _keyed_parts(reply: str, labels: list[str | None]) -> list[str] | None:
    """A reply whose paragraphs answer the block's numbered points by their numbers ("Ad 2.1: …", "Ad 2.2 og 2.3:
    …"): the part that answers each point, in the block's order; None unless every point's number is answered."""
    keys = [(lb or "").strip().rstrip(".") for lb in labels]
    if len(keys) < 2 or not all(keys):
        return None
    marks = list(AD_KEYS.finditer(reply))
    by_key: dict[str, str] = {}
    for i, m in enumerate(marks):
        part = reply[m.end() : (marks[i + 1].start() if i + 1 < len(marks) else len(reply))].strip()
        for k in _ad_keys(m.group("keys")):
            by_key.setdefault(k, part)
    if not all(k in by_key for k in keys):
        # NOTE: the points numbered under the party's number ("2.1", "2.2") may be labelled by their last part
        heads = {k.rsplit(".", 1)[0] for k in by_key if "." in k}
        if len(heads) != 1 or any("." not in k for k in by_key):
            return None
        by_key = {k.rsplit(".", 1)[1]: v for k, v in by_key.items()}
    return [by_key[k] for k in keys] if all(k in by_key for k in keys) else None


def _ad_parts(reply: str, n: int) -> list[str] | None:
    """A reply answering the points one by one, "Ad 1: … Ad 2: …": its part per point (1..n, in order), or None."""
    marks = list(AD_LABEL.finditer(reply))
    if n < 2 or len(marks) != n or [int(m.group(1)) for m in marks] != list(range(1, n + 1)):
        return None
    return [reply[m.end() : (marks[i + 1].start() if i + 1 < n else len(reply))].strip() for i, m in enumerate(marks)]


_STOP = {
    "at",
    "og",
    "der",
    "det",
    "den",
    "de",
    "en",
    "et",
    "som",
    "for",
    "til",
    "med",
    "på",
    "af",
    "ikke",
    "kan",
    "skal",
    "vil",
    "har",
    "er",
    "om",
    "så",
    "men",
    "også",
    "planen",
    "planens",
    "kommunen",
    "kommunens",
    "forvaltningen",
}


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to their first five letters (a crude stem: "trænernes" ~ "træner")."""
    return {w[:5] for w in re.findall(r"[a-zæøå]{4,}", text.lower()) if w not in _STOP}


def _parts_in_turn(sents: list[str], remarks: list[str]) -> list[str] | None:
    """An answer's sentences cut into len(remarks) runs, in order, each run answering the remark of its place: the
    cut where the runs share the most words with their remarks. None when there are fewer sentences than remarks."""
    n, k = len(sents), len(remarks)
    if n < k or k < 2:
        return None
    words = [_stems(s) for s in sents]
    goal = [_stems(r) for r in remarks]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for j in range(1, k + 1):  # j runs over the first i sentences
        for i in range(j, n - (k - j) + 1):
            options = []
            for a in range(j - 1, i):
                if (a, j - 1) not in best:
                    continue
                got = set().union(*words[a:i]) & goal[j - 1]
                score, cuts = best[(a, j - 1)]
                options.append((score + len(got), cuts + [i]))
            if options:
                best[(i, j)] = max(options, key=lambda x: x[0])
    if (n, k) not in best:
        return None
    ends = best[(n, k)][1]
    starts = [0] + ends[:-1]
    return [" ".join(sents[a:b]) for a, b in zip(starts, ends)]


def _rows_for(block: list[_Statement], reply: list[Para], parties: Parties, unplaced) -> list[RowFields]:
    """One row per respondent per statement, with the reply's text and the handling it states for that respondent
    (sentences that name the respondent first, then the sentences that name none of the block's respondents)."""
    reply_text = fold(" ".join(p.text for p in reply)) or None
    names_in_block = {n for st in block for n in st.names}
    sents = sentences(reply_text or "")

    def mentions(s: str, name: str) -> bool:
        aliases = [name] + [k for k, v in parties.canon.items() if v == name]
        return any(re.search(rf"(?<!\w){re.escape(a)}(?:'s|s|’s)?(?!\w)", s, re.I) for a in aliases)

    general = [s for s in sents if not any(mentions(s, n) for n in names_in_block)]
    ad = _keyed_parts(reply_text or "", [st.paras[0].label for st in block]) or _ad_parts(reply_text or "", len(block))
    in_turn = False
    if not ad and len(block) > 1 and all(st.in_paragraph for st in block):
        # NOTE: the remarks of one paragraph answered in one paragraph that deals with each in turn: its sentences
        # split in order, where each part shares the most words with its remark; a part no wording places is read
        # by meaning (its own words, never the rest of the answer's)
        ad = _parts_in_turn(sents, [" ".join(p.text for p in st.paras) for st in block])
        in_turn = bool(ad)
    if len(block) > 1 and all(st.quoted for st in block):
        labels = [st.paras[0].label for st in block]
        by_label = {p.label: p.text for p in reply if p.label}
        if all(lb in by_label for lb in labels):  # "Ad 2. …" answers the letter's point 2
            ad = [by_label[lb] for lb in labels]
        elif len(reply) == len(block):
            ad = [p.text for p in reply]  # a quoted letter's points answered one paragraph each, in order
    keyed = [p for p in reply if p.keyed]
    if len(block) > 1 and keyed:
        parts: dict[str, list[str]] = {}
        for p in reply:
            if p.keyed:
                parts.setdefault(p.label, [])
            if parts:
                # NOTE: the next answer run on into the same paragraph ("Ad 2) … Ad 3) …", two answers a scan's text
                # layer joined): each "Ad n)" inside opens that point's part
                marks = [m for m in AD_LABEL.finditer(p.text) if m.start() > 0 and m.group(1) not in parts]
                cuts = [0] + [m.start() for m in marks] + [len(p.text)]
                keys = [list(parts)[-1] if not p.keyed else p.label] + [m.group(1) for m in marks]
                for key, a, b, m in zip(keys, cuts, cuts[1:], [None] + marks):
                    parts.setdefault(key, []).append(p.text[(m.end() if m else a) : b].strip())
        labels = [st.paras[0].label for st in block]
        if all(lb in parts for lb in labels):
            ad = [" ".join(parts[lb]) for lb in labels]  # "Ad 1) …", "Ad 2) …": each point's own answer
    out = []
    for k_st, st in enumerate(block):
        summary = fold(" ".join(p.text for p in st.paras))
        for name in st.names:
            own = [s for s in sents if mentions(s, name)]
            code, why = classify_prose(" ".join(own)) if own else (None, None)
            if ad:
                code, why = classify_prose(ad[k_st])  # "Ad 2: …" answers the block's second point

            decided = [p.text for p in reply if p.label == DECISION and len(p.text) <= 80]
            if decided and classify_handling(decided[-1]):
                # NOTE: "Vurdering: …" then "Indstilling: Delvist tiltrådt": the decision line decides, not the
                # assessment's sentences
                code, why = classify_handling(decided[-1]), decided[-1]
            if code is None and not in_turn:
                code, why = classify_prose(" ".join(general))
            if code is None and not in_turn:
                code, why = classify_prose(reply_text)
            f = RowFields(
                respondent=name,
                line_start=st.paras[0].first.no if st.paras[0].first else None,
                line_end=st.paras[-1].last.no if st.paras[-1].last else None,
                page=st.paras[0].first.page if st.paras[0].first else None,
            )
            f.theme, f.summary, f.text_change = st.theme, summary, reply_text
            f.reply_part = fold(ad[k_st]) if ad and len(block) > 1 else None
            f.label = st.paras[0].label
            f.handling, f.handling_raw, f.handling_source = code, why, "reply" if code else None
            if code is None:
                unplaced["(reply without a handling wording)" if reply_text else "(no reply)"] += 1
            f.raw_text = fold(" ".join(x for x in (name, st.theme, summary, reply_text) if x)) or ""
            f.place = st.paras[0].start
            out.append(f)
    return out


def silent_rows(lines: list[Line], said: list[str], one_per_line: bool = False) -> list[RowFields]:
    """In a document whose points are in tables: an `intet_svar` row for each party its text lists (or a sentence
    names) as consulted without a response, unless the tables have a row of it."""
    paras = _paragraphs(lines, one_per_line)
    if not paras:
        return []
    parties, consulted, _, responded, _ = _lists(paras, one_per_line)
    known = {_norm(x) for x in said} | {_norm(x) for x in responded}
    out: list[RowFields] = []
    for name in consulted:
        n = _norm(name)
        aliases = {n} | {k for k, v in parties.canon.items() if v == name}  # "Danske Regioner (DR)": "DR" too
        # NOTE: a respondent's name inside a silent party's ("Engdal Kommune" in "Seniorrådet, Nørre Engdal
        # Kommune") is another party; the silent name inside a respondent's is the same one
        if not n or any(f" {a} " in f" {k} " for a in aliases for k in known if k and a):
            continue
        out.append(_consulted_row(name, len(lines) + 1))
        known.add(n)
    return out


# a table cell saying its row's party did not respond: "Intet svar modtaget", "Har meddelt, at rådet ikke afgiver
# høringssvar", "Ikke modtaget"
SILENT_STATUS = re.compile(
    r"^(?:(?:intet|ingen)\s+(?:høringssvar|svar|bemærkninger)\b|(?:har\s+)?(?:ikke|ej)\s+(?:afgivet|indsendt|"
    r"fremsendt|modtaget|svaret|besvaret)\b|(?:(?:høringssvar|svar)\s+)?ikke\s+modtaget\b|no\s+(?:response|reply)\b|"
    r"(?:did|has|have)\s+not\s+(?:respond|responded|reply|replied)\b)|" + _DECLINE,
    re.I,
)
# a status in parentheses after a listed party's name: "Ungdomsrådet i Vestby (intet svar)"
STATUS_AFTER = re.compile(r"\s*\(([^()]{3,40})\)\s*$")
# a column that says whether the party answered: "Høringssvar modtaget", "Svar afgivet", "Har svaret", "Responded"
ANSWERED_HEADER = re.compile(
    r"(?:høringssvar|svar)\s*(?:modtaget|afgivet|indsendt|indkommet)|(?:modtaget|afgivet|indsendt|indkommet)\s+"
    r"(?:høringssvar|svar)\b|\bhar\s+svaret\b|^svaret\b|"
    r"^(?:responded|response received|replied)\b",
    re.I,
)


def silent_in_tables(tables) -> list[str]:
    """The parties a plain table says did not respond: a row with a party's name and a cell saying so ("Intet svar
    modtaget", "Har meddelt, at rådet ikke afgiver høringssvar"), or "Nej" in a column that says whether the party
    answered ("Høringssvar modtaget")."""
    from ingest.fields import code_legend

    out: list[str] = []
    for t in tables:
        if not t.rows or len(t.header) > 6:
            continue
        if code_legend([t], []):
            continue  # a legend of outcome codes ("IS | Intet svar modtaget | 2"): codes, no parties
        answered = [i for i, h in enumerate(t.header) if h and ANSWERED_HEADER.search(h.strip())]
        for row in t.rows:
            cells = [(c or "").strip() for c in row]
            name_i = next(
                (
                    i
                    for i, c in enumerate(cells)
                    if c and c[:1].isupper() and _name_like(c) and not SILENT_STATUS.search(c) and i not in answered
                ),
                None,
            )
            if name_i is None or odd_party(cells[name_i]) or not _party_name(cells[name_i]):
                continue
            others = [c for i, c in enumerate(cells) if i != name_i and c]
            silent = any(len(c) <= 120 and SILENT_STATUS.search(c) for c in others) or any(
                i < len(cells) and re.fullmatch(r"(?i:nej|no)\.?", cells[i]) for i in answered
            )
            if silent and cells[name_i] not in out:
                out.append(cells[name_i])
    return out


def _name_list(n: str) -> bool:
    """A joint respondent's long name, a list of names: capitalised words joined by commas, "og" and "pva. af"
    ("Albertslund, pva. af Glostrup, Brøndby, …, Høje Taastrup og Vallensbæk Kommuner"), no sentence."""
    joiners = {"og", "af", "i", "for", "på", "pva", "p.v.a", "vegne", "samt", "and", "of", "on", "behalf"}
    lower = [w for w in (x.strip(",.;()") for x in n.split()) if w[:1].islower() and w not in joiners]
    return len(lower) <= 1 and ("," in n or " og " in n)


def odd_party(name: str) -> bool:
    """A 'party' that is a page footer ("Side 10 af 10"), a count ("10 parter") or a sentence, not a name."""
    n = name.strip()
    return bool(
        NOT_AN_ITEM.search(n)
        or re.match(r"^\d", n)
        and not re.match(r"^\d+[A-ZÆØÅ]", n)
        or len(n.split()) > 12
        and not _name_list(n)
        or re.search(r"\b(?:" + VERBS + r")\b", n)
    )


def point_candidates(lines: list[Line], one_per_line: bool = False) -> int:
    """How many paragraphs read as a party's point: numbered, or stating something ("X bemærker, at …")."""
    n = 0
    for p in _paragraphs(lines, one_per_line, layout=one_per_line):
        if p.heading or len(p.text) < 40 or REPLY.match(p.text) or REPLY_FROM.match(p.text):
            continue
        m = POINT_LABEL.match(p.text)
        if p.label or m or _point_like(p.text):
            n += 1
    return n


def _by_meaning(rows: list[RowFields], unplaced, embedder, notes) -> None:
    """Replies no handling wording places: each sentence's nearest labelled phrasing (the embedder, with the floor
    and margin of ingest/handling.py); the last sentence that places one decides, as replies end on their outcome.
    A near-tie (a sentence whose score or margin is a hair from the threshold) places its value on every CPU, so
    which sentence decides does not depend on the CPU; it is reported."""
    todo = [f for f in rows if f.handling is None and f.text_change]
    if not todo:
        return
    from ingest.handling import by_meaning, semantic

    sem = semantic(embedder)
    if sem is None:
        return
    for f in todo:
        best = by_meaning(sem, f.reply_part or f.text_change)  # the part of a shared reply that answers the point
        if best and best[2].near and notes is not None:
            notes.warn(
                f"near-tie by meaning: {best[1][:60]!r} -> {best[0]} "
                f"(score {best[2].score:.3f}, margin {best[2].margin:.3f}; placed the same on every CPU)"
            )
        if best:
            f.handling, f.handling_raw, f.handling_source = best[0], best[1], "meaning"
            unplaced["(reply without a handling wording)"] -= 1
            if notes is not None:
                notes.by_meaning[
                    f"{best[1][:60]} -> {best[0]} (nearest: {best[2].example!r}, {best[2].score:.2f})"
                ] += 1
    for k in [k for k, v in unplaced.items() if v <= 0]:
        del unplaced[k]


def _consulted_row(name: str, place: int) -> RowFields:
    """The row of a party that was consulted and did not respond (after the document's last line)."""
    f = RowFields(respondent=name, line_start=None, line_end=None, page=None)
    f.handling, f.handling_raw, f.handling_source = "intet_svar", "Der er ikke fremsendt høringssvar.", "consulted"
    f.raw_text = f"{name}: hørt, intet høringssvar"
    f.place = place
    return f
