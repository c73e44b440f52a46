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
    HOERINGSSVAR = "hoeringssvar"  # a party's own response letter
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
    weak_wordings: tuple[str, ...] = field(default_factory=tuple)  # decide only when no value's strong wording matches
    examples: tuple[str, ...] = field(default_factory=tuple)  # labelled phrasings for matching by meaning (embedder)

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.da

    def short(self, lang: str) -> str:
        return (self.short_en if lang == "en" else self.short_da) or self.label(lang)


HANDLINGS: dict[Handling, Term] = {
    Handling.IMPLEMENTERING: Term(
        "implementering",
        "Inddrages i implementeringsarbejdet",
        "taken into the implementation work",
        "implementering",
        "implementation",
        (
            # NOTE: "patientforeningerne inddrages i stedet gennem det rådgivende forum": a way in place already
            r"inddrages(?! i stedet)",
            r"implementering",
            r"implementation",
            r"indgår i (?:det |den )?(?:videre|fremadrettede|kommende|"
            r"efterfølgende|løbende)",
            r"videre (?:arbejde|proces|drøftelse)",
            r"indgår? (?:\w+ ){0,2}i (?:den |det )?(?:[\wæøå-]+s )?(?:kommende |næste |fremtidige )?(?:arbejdet|arbejde med|udmøntningen|"
            r"[\wæøå-]*handleplan)",
            # "Indarbejdes i handleplan", "medtages i den kommende handleplan"
            r"(?:indarbejde[st]|medtage[st]|indskrive[st]|skrives ind|skrevet ind) i (?:den |det )?(?:[\wæøå-]+s )?"
            r"(?:kommende |næste )?[\wæøå-]*handleplan(?:en)?\b",
            # "Overført til handleplan", "henvises til den kommende handleplan"
            r"(?:overført|overføres|henvist|henvises|flyttet|flyttes) til (?:den |det )?(?:[\wæøå-]+s )?"
            r"(?:kommende |næste )?[\wæøå-]*handleplan(?:en)?\b",
            # "ønsket tages med i klyngens arbejde med …", "tages med i udmøntningen"
            r"tages med i (?:det |den )?(?:[\wæøå-]+s )?(?:videre |kommende |fremtidige )?(?:arbejde|udmøntning|implementering|"
            r"[\wæøå-]*handleplan)",
            r"further work",
            r"taken forward",
            r"will be (?:considered|addressed|taken into account)",
            r"follow[- ]up work",
            r"future work",
            r"working group will",
            r"drøftes (?:videre|nærmere)",
            r"tages op (?:i|med)\b",
            # "Regionen vil tage emnet op i den arbejdsgruppe, der …": the active form
            r"\bvil (?:\w+ ){0,3}tage (?:emnet|spørgsmålet|forslaget|ønsket|det|sagen|bemærkningen) op (?:i|med)\b",
            # work set going on the point: "Der nedsættes en arbejdsgruppe", "igangsætter en nærmere undersøgelse"
            r"\b(?:nedsætter|nedsættes|igangsætter|igangsættes|iværksætter|iværksættes|etablerer|etableres) (?:en |et )?"
            r"(?:\w+ ){0,2}(?:arbejdsgruppe|styregruppe|følgegruppe|projektgruppe|undersøgelse|analyse|kortlægning|udredning|"
            r"projekt|pilotprojekt)\b",
            r"\b(?:udvikles|udviklet|udarbejdes|afprøves|afprøvet|undersøges|undersøgt) (?:i|gennem) (?:et |en )?(?:\w+ )?(?:projekt|pilotprojekt|forsøg|"
            r"arbejdsgruppe)\b",
            # said for later: "vil blive fulgt op i samarbejdsudvalget", "vil blive løftet ind i samarbejdet med …"
            # NOTE: "… vil blive fulgt op i dialog med boligselskabet": a word with the sender itself, no further work
            r"\bvil (?:\w+ )?blive (?:fulgt op|taget op|drøftet|løftet (?:ind|videre)|behandlet|inddraget|undersøgt)\b"
            r"(?! (?:i (?:en )?dialog|direkte|med)\b)",
            r"\bvil (?:\w+ )?inddrage (?:den|det|dem|forslaget|ønsket|bemærkningen|kommentaren|emnet|input\w*) i\b",
            r"\bwill follow up\b",
            # NOTE: "Målet følges op hvert kvartal": the plan's routine monitoring of a goal, no further work on the point
            r"følges op(?! (?:hvert|hver|løbende|årligt|halvårligt|kvartalsvis|månedligt)\b)",
            r"behandles (?:i|af) (?:\w+ )?(?:arbejdsgruppe|styregruppe|udvalg|praksisplanudvalg)",
            r"\budmøntning(?:en)?\b",
            # a code "Til udrulning", "indgår i udrulningen": taken into the roll-out of the plan
            r"^(?:til\s+)?udrulning(?:en)?\.?$",
            r"\b(?:indgår|indgå|tages (?:derfor |dermed |også )?med) i (?:den |det )?(?:kommende |videre )?udrulning(?:en)?\b",
            r"\binddraget i\b",
            r"\b(?:konkretiseres|konkretiseret|udfoldes|udfoldet|beskrives nærmere) i (?:de |den )?(?:kommende )?"
            r"[\wæøå-]*handleplan",
            r"\b(?:næste|kommende) revision\b",
            # "Tilbuddet udformes i den kommende handleplan", "undersøges i den tværgående handleplan"
            r"\b(?:udformes|udarbejdes|undersøges|planlægges|afklares|løses|vurderes)\s+(?:\w+\s+)?i\s+(?:den |det )?"
            r"(?:[\wæøå-]+s )?(?:kommende |næste |tværgående |nye )?[\wæøå-]*handleplan(?:en)?\b",
            r"^(?:til\s+)?handleplan(?:en)?\.?$",  # a bare code "Handleplan" in an "Indstilling" column
            # "udvikles … som en del af handleplanen"
            r"\bsom (?:en )?del af (?:den |det )?(?:[\wæøå-]+s )?(?:kommende )?[\wæøå-]*handleplan(?:en)?\b",
            # the follow-up on the adopted plan: "som en del af opfølgningen på planen", "ved den årlige opfølgning af
            # strategien", "i opfølgningen på klyngeplanen"
            r"\b(?:i|ved|under|gennem|som (?:en )?del af) (?:den |det )?(?:løbende |årlige |videre |kommende )?"
            r"opfølgning(?:en)? (?:på|af) (?:den(?:ne)? )?[\wæøå-]*(?:planen|strategien|aftalen|indsatsen)\b",
            # work in the coming period: "i det kommende års arbejde", "i det videre arbejde", "i løbet af planperioden"
            r"\bi (?:det|den) (?:kommende|videre|fremtidige|fremadrettede|efterfølgende|næste) (?:års |periodes )?"
            r"(?:arbejde|indsats|forløb|samarbejde)\b",
            r"\bi (?:løbet af )?(?:den kommende |første del af )?planperioden\b",
            # "vil udarbejde en skabelon som en del af arbejdet med at gennemføre planen"
            r"\b(?:i|som (?:en )?del af|under) (?:det )?arbejde(?:t)? med at (?:gennemføre|implementere|udmønte|realisere) "
            r"(?:den(?:ne)? |det )?[\wæøå-]*(?:planen|strategien|aftalen|indsatsen)\b",
            # work a body does once the plan is adopted: "aftales i den arbejdsgang, som gruppen udarbejder efter
            # planens vedtagelse"
            # "vurderes i den indsats, der sættes i gang efter handleplanens vedtagelse"
            r"\b(?:udarbejde[rs]|aftales|fastlægges|tilrettelægges|beskrives|udvikles|afklares|vurderes|sættes i gang|"
            r"igangsættes|iværksættes)\b[^.;]{0,80}?\befter (?:[\wæøå-]*planens |strategiens |aftalens )?"
            r"(?:vedtagelse|godkendelse)",
            # "indføres trinvis, når planen er vedtaget", "når handleplanen er vedtaget", "når planen sættes i værk"
            r"\bnår (?:den )?[\wæøå-]*(?:planen|strategien) er (?:vedtaget|godkendt)\b",
            r"\bnår (?:den )?[\wæøå-]*(?:planen|strategien) sættes i værk\b",
            # "når planen skal føres ud i livet", "når planen skal sættes i værk": work done once the plan is in force
            r"\bnår (?:den )?[\wæøå-]*(?:planen|strategien) (?:skal )?(?:føres ud i livet|sættes i værk|gennemføres|"
            r"implementeres)\b",
            # "Tilbuddet indgår i klyngens plan for kompetenceudvikling": another plan of the body's, made later
            r"\bindgår (?:derfor )?i (?:[\wæøå-]+s|den kommende|en kommende|en særskilt|den særskilte) plan for [\wæøå-]+",
            # "indgår i den lokale tilrettelæggelse, som distrikterne udarbejder"
            r"\bindgår i (?:den |det )?(?:lokale |videre |konkrete )?(?:tilrettelæggelse|planlægning)(?:en)?\b",
            # "beskrives i samarbejdsaftalen, som udarbejdes i det videre forløb"
            r"\b(?:udarbejdes|aftales|fastlægges|tilrettelægges|afklares|beskrives)\b[^.;]{0,40}?\bi det videre forløb\b",
            r"\bi forbindelse med (?:gennemførelsen|udmøntningen|implementeringen) af (?:den )?[\wæøå-]*(?:planen|strategien)\b",
            r"\btilrettelægges i (?:den )?[\wæøå-]*(?:planens|strategiens) første år\b",
            r"\btages med i (?:\w+ )?arbejdsgruppe\w*\b",
            # "i forbindelse med planens ikrafttræden", "tager forslaget med i arbejdet med planens opfølgning",
            # "tages med i planlægningen af aktiviteterne"; a bare code "Opfølgning"
            r"\bi forbindelse med (?:den |det )?[\wæøå-]*(?:planens|strategiens|aftalens) (?:ikrafttræden|gennemførelse|"
            r"udmøntning|implementering|opfølgning)\b",
            r"\b(?:[\wæøå-]*planens|strategiens|aftalens) opfølgning\b",
            # the follow-up as a status or a destination: "Indgår i opfølgning", "tages med i den fælles opfølgning"
            r"\b(?:indgår|tages (?:\w+ )?med|tager \w+ med|overgår) i (?:den |det )?(?:[\wæøå-]+s )?"
            r"(?:løbende |årlige |videre |kommende |fælles |efterfølgende )*opfølgning(?:en)?\b",
            # the plan's roll-out: "i forbindelse med udrulningen af planen", "ved planens udrulning"
            r"\b(?:i forbindelse med|ved|under) (?:den |det )?(?:[\wæøå-]+s )?(?:udrulning|ibrugtagning)(?:en)?\b",
            r"\b(?:tager|tages) (?:\w+ )?med i planlægningen\b",
            r"^(?:til\s+)?opfølgning\.?$",
            r"^videreføres\.?$",  # a bare code "Videreføres": carried on into the work after the plan
            # handed over to the daily running: "Overført til drift", "Tilbuddet tages med i driften"
            r"\b(?:overført|overføres|overgår|overgået|overdraget|overdrages) til (?:den )?(?:daglige )?drift(?:en)?\b",
            r"\b(?:tages|tager \w+) med i (?:den daglige )?driften\b",
            # a code "Indgår i driften", "Indgår i den daglige drift": taken into the daily running, not the plan text
            r"\b(?:indgår|indgå) i (?:den )?(?:daglige |almindelige )?drift(?:en)?\b",
            # "Samarbejdet aftales, når indsatserne sættes i gang": work done once the plan's measures start
            r"\bnår (?:de |den |det )?(?:[\wæøå-]*planens )?(?:indsatser(?:ne)?|indsatsen|tiltag(?:ene)?|aktiviteter(?:ne)?|"
            r"[\wæøå-]*planen|strategien) (?:sættes|bliver sat) i (?:gang|værk)\b",
            # work done when a later step comes: "…, når samarbejdsmodellen skal udmøntes i 2027", "…, når det nye
            # omsorgssystem tages i brug"
            r"\bnår\b[^.;]{0,80}?\b(?:skal |bliver )?(?:udmøntes|implementeres|tages i brug|rulles ud|udbredes)\b",
            # decided later, when something else is done: "Normeringen afklares, når driftsmodellen beregnes", "vil
            # afklare spørgsmålet i forbindelse med indkøbet"
            r"\b(?:afklares|aftales|fastlægges|besluttes)\b[^.;]{0,40}?,?\s+(?:først\s+|senere\s+)?når\b",
            # "Supervisionen indføres, mens planen rulles ud"
            r"\b(?:mens|når|efterhånden som) (?:den )?[\wæøå-]*(?:planen|strategien|indsatsen) (?:rulles ud|implementeres|"
            r"udmøntes|sættes i værk|føres ud i livet)\b",
            # "Det vil indgå i kompetenceudviklingen det kommende år" (not "vil indgå i planen")
            r"\bvil (?:\w+ )?indgå i (?!(?:den(?:ne)? )?[\wæøå-]*(?:plan|planen|planens|strategien|strategiens)\b)",
            # back to the work just named: "… som revideres, når planen er vedtaget. Forslaget medtages i det arbejde."
            r"\b(?:medtages|tages med|indgår|inddrages) i (?:det|dette) arbejde\b",
            r"\bvil (?:\w+ )?(?:afklare|undersøge) (?:\w+ ){0,3}i forbindelse med\b",
            # work set going on how to do it: "Kommunen vil undersøge, hvordan en ny sti kan anlægges",
            # "vil undersøge, hvilke skoler der kan deltage" (a bare "vil undersøge muligheden" promises nothing)
            r"\bvil (?:\w+ )?undersøge,? (?:nærmere,? )?(?:hvordan|hvilke|hvilken)\b",
            # work under way outside the text: "Forvaltningen arbejder på at indføre …"
            r"\b(?:arbejder|arbejdes) (?:\w+ )?på at (?:indføre|etablere|udvikle|udbrede|implementere|skabe|opbygge)\b",
        ),
        # passed on to the body that does the work ("videregives til arbejdsgruppen"): weak, as "… ligger uden for
        # planen, men videregives til kommunerne" is outside the plan
        weak_wordings=(r"\b(?:videregive[st]?|videresende[st]?|videresendt|bringes videre)\b",),
        examples=(
            "Tages med i det kommende arbejde med handleplanen",
            "Følges op i udmøntningen af planen",
            "Vil blive drøftet i praksisplanudvalget",
            "Forslaget sendes videre til arbejdsgruppen",
            "Indgår i det videre arbejde",
            "Bringes videre til implementeringsgruppen",
            "Behandles i arbejdsgruppen",
            "Følges op i praksisplanudvalget",
            "Indgår i implementeringsplanen",
            "Will be addressed when the plan is put into practice",
            "Passed on to the working group",
        ),
    ),
    Handling.INGEN_AENDRING: Term(
        "ingen_aendring",
        "Giver ikke anledning til ændringer i planen",
        "no change to the plan",
        "ingen ændring",
        "no change",
        (
            r"ikke (?:umiddelbart |yderligere )?anledning",
            r"\bikke\b[^.;]{0,30}\bbehov for (?:at ændre|ændring|at tilrette|at justere)",
            r"\bikke (?:foretaget|lavet|foreslået) (?:nogen |nogle )?ændring",
            # the body does not change it: "foretager ikke ændringer", "laver derfor ikke om på teksten", "der gøres ikke
            # nogen ændring"
            r"\b(?:foretager|foretages|laver|laves|gør|gøres|foreslår|indfører) (?:derfor |dermed |således |på den baggrund )?"
            r"ikke (?:nogen |nogle |yderligere |flere )?(?:ændring|tilretning|justering|rettelse)",
            r"\b(?:laver|laves) (?:derfor |dermed )?ikke om på\b",
            r"\bikke lave om på\b",  # "Det vil klyngen ikke lave om på"
            # "klyngen vurderer, at dette er tilstrækkeligt"; "Det er allerede gældende praksis"
            r"\b(?:vurderer|finder|mener),? at (?:dette|det|det nuværende|teksten|planen|formuleringen) er "
            r"(?:tilstrækkeligt|dækkende)\b",
            # "udvalget finder, at planen dækker behovet tilstrækkeligt": the plan as it stands covers the point
            r"\b(?:vurderer|finder|mener),? at (?:den nuværende )?(?:planen|teksten|politikken|strategien|afsnittet) "
            r"(?:dækker|rummer|beskriver|omfatter|tilgodeser) (?:\w+ ){0,3}(?:tilstrækkeligt|fyldestgørende)\b",
            r"\ber allerede (?:gældende )?praksis\b",
            # already in the plan: "Planen indeholder allerede et mål", "hensynet er allerede tilgodeset", "Allerede dækket"
            r"\b(?:indeholder|beskriver|omtaler|nævner|rummer|dækker|omfatter|indgår|fremgår|tilgodeser) (?:\w+ )?allerede\b",
            r"\ballerede (?:er |blev |bliver )?(?:tilgodeset|dækket|beskrevet|omfattet|indeholdt|nævnt|omtalt|med|indarbejdet|"
            r"indgår|fremgår|adresseret|behandlet)\b",
            # the plan's text is right as it stands: "Tallet i tabel 2 er korrekt", "… er efter regionens opfattelse dækkende"
            r"\b(?:er|anses for|vurderes (?:at være|som))(?! nu\b)(?! ikke\b) (?:(?:\w+ ){0,4}?)(?:korrekt|korrekte|retvisende|"
            r"dækkende|fyldestgørende)\b",
            r"\b(?:vurderes|anses|findes) (?:derfor |dermed )?ikke (?:at være )?(?:nødvendig|relevant|hensigtsmæssig)\w*",
            r"\bbevidst (?:valg|prioritering|fravalg)\b",
            r"\b(?:valgt|besluttet) ikke at\b",
            r"\btages (?:derfor |dermed )?ikke med\b",
            r"\bi sin (?:nuværende|eksisterende) form\b",
            r"\b(?:ser|finder) (?:derfor |dermed )?ikke (?:\w+ )?grundlag for\b",
            r"\bikke enig i\b",
            r"\bikke ønsket at\b",
            r"\bej (?:imødekom|efterkom|fulgt|tiltrådt|taget til følge)\w*",
            r"\b(?:oprettes|etableres) (?:derfor |dermed |således )?ikke\b",  # "Der oprettes ikke et særskilt tilbud"
            # "Forvaltningen finder det ikke hensigtsmæssigt at …"
            r"\b(?:finder|vurderer|mener) (?:det )?(?:derfor )?ikke (?:hensigtsmæssigt|nødvendigt|relevant) at\b",
            # already in the plan: "er tilgodeset med den gældende tekst"
            r"\b(?:med|i|af) (?:den )?(?:gældende|nuværende|eksisterende) (?:tekst|formulering)\b",
            # kept as it is: "Teksten bibeholdes", "bibeholder formuleringen"
            r"\bbibehold(?:er|es|t)\b",
            r"\bikke (?:grund|behov) til at ændre",
            # "det er ikke muligt at ændre i planen"
            r"\bikke muligt at ændre (?:i )?(?:den(?:ne)? )?(?:planen|teksten|afsnittet|målet|strategien)\b",
            # "planteksten bliver stående", "teksten står uændret"
            r"\b[\wæøå-]*(?:teksten|planen|formuleringen|afsnittet|målet) (?:bliver|bliver derfor) stående\b",
            # "Klyngen finder ikke, at planen skal ændres"
            # "forvaltningen anbefaler ikke, at politikken ændres"
            r"\b(?:finder|mener|vurderer|ser|anbefaler|foreslår|indstiller)\s+ikke,?\s+at\s+[^.;]{0,40}\b(?:(?:skal|bør)\s+)?"
            r"(?:ændres|tilrettes|justeres)",
            r"ikke imødekom",
            r"imødekommes ikke",
            r"kan ikke imødekommes",
            r"ingen (?:ændring|konsekvens|tekstændring|rettelse)",
            r"uændret",
            r"ændres (?:(?:derfor|dermed|således|altså|dog|heller) )?ikke",
            # "Administrationen kan ikke anbefale, at den udgår": a view against the change
            r"\b(?:kan|vil) (?:derfor )?ikke (?:anbefale|indstille|støtte),? at\b",
            # "At gøre det til en model for hele klyngen har styregruppen dog ikke ønsket"
            r"\bhar (?:[\wæøå-]+ ){1,2}(?:(?:dog|derimod|derfor) )?ikke ønsket\b",
            # "vi finder ikke, at der skal stå et særskilt mål i politikken": a view against adding it
            r"\b(?:finder|mener|vurderer)\s+ikke,?\s+at\s+(?:der|det)\s+(?:skal|bør)\s+(?:stå|skrives|tilføjes|"
            r"indføres|fastsættes)\b",
            # "En egentlig frist har parterne ikke kunnet blive enige om": not agreed, so not in the text
            r"\bikke (?:har )?kunnet (?:blive |nå til )?enige?\b",
            # the subject after the verb: "Af samme grund ændres aftalen ikke på dette punkt"
            r"\b(?:ændres|tilrettes|justeres) [a-zæøå-]+(?:en|et|erne|ne) (?:(?:derfor|dermed|således|altså|dog|heller) )?"
            r"ikke\b",
            r"\bændrer ikke (?:teksten|planen|strategien|politikken|formuleringen|afsnittet)\b",
            r"ikke (?:blevet )?ændret",
            r"\bikke (?:blevet )?(?:tilrettet|rettet|justeret|tilpasset|indarbejdet|indskrevet|medtaget|gennemført)\b",
            # in a clause's own word order: "…, mens forslaget om gratis transport ikke er medtaget"
            r"\bikke (?:er|blev|bliver) (?:blevet )?(?:tilrettet|rettet|justeret|tilpasset|indarbejdet|indskrevet|medtaget|"
            r"gennemført|tilføjet|fulgt|ændret)\b",
            r"\ber fortsat (?:det samme|den samme|de samme|uændret)\b",
            # "Klinikkens forslag om … er ikke fulgt", "… kan ikke gennemføres af hensyn til tavshedspligten"
            r"\b(?:er|blev|bliver) (?:derfor |dermed |således )?ikke (?:blevet )?fulgt\b",
            r"\bkan (?:derfor |dermed |således )?ikke (?:gennemføres|lade sig gøre)\b",
            r"\ber (?:derfor |dermed |således )?ikke mulig\b",
            # "Forslaget indgår derfor ikke i planen", "Planteksten forbliver som den er"
            r"\b(?:indgår|medtages|tages med) (?:derfor |dermed |således )?ikke i (?:den(?:ne)? )?[\wæøå-]*(?:planen|"
            r"strategien|politikken)\b",
            r"\bforbliver (?:derfor )?(?:som (?:den|det) (?:er|står)|uændret|som (?:foreslået|i udkastet))\b",
            # "Forslaget er derfor ikke taget med", a code "Ikke tilføjet"
            r"\bikke (?:blevet )?(?:tilføjet|taget med|indført|skrevet ind)\b",
            # "I de afsnit, der beskriver behandling, står der fortsat patient"
            r"\bstår (?:der )?(?:derfor )?fortsat\b",
            r"fastholde[rs]|\bfastholdt\b",
            # "Planen præciserer ikke dette yderligere": the plan is not made more precise
            r"\b[\wæøå-]*(?:planen|teksten|afsnittet) (?:præciserer|uddyber|tydeliggør|udbygger) (?:derfor )?ikke\b",
            r"\b(?:holder|holdes|holdt) (?:\w+ )?fast i\b",  # "Regionen holder fast i målet på to døgn"
            r"^(?:ikke tiltrådt|tiltrædes ikke)\.?$",  # a decision line's code: "Indstilling: Ikke tiltrådt"
            r"\bfølges ikke\b",
            # "Kommunen ønsker ikke at udvide planens målgruppe"
            r"\bønsker ikke at (?:udvide|ændre|indsnævre|indskrænke|tilføje|justere)\b",
            # "Målet bliver derfor som foreslået i høringsudkastet": as it stood in the draft sent out
            r"\b(?:bliver|forbliver|er|står)\s+(?:derfor\s+)?som\s+(?:foreslået|beskrevet|formuleret)\s+i\s+"
            r"(?:høringsudkastet|udkastet|høringsversionen)\b",
            r"(?:efterkommes|imødekommes) ikke",
            r"(?:efterkommes|imødekommes) (?:ønsket|forslaget|bemærkningen|anbefalingen) ikke\b",
            r"kan ikke (?:efterkommes|følges)",
            r"afvist",
            r"afvises",
            r"no change",
            r"not give rise",
            r"no amendment",
            r"not accepted",
            r"rejected",
            r"declined",
            r"unchanged",
            r"not (?:been )?amended",
            r"no action",
            r"\bbevare[rs]?\b",
            r"\bbeholde[rs]?\b",
            r"står ved magt",
            r"\bretained\b",
            r"remains? as (?:it is|drafted)",
        ),
        weak_wordings=(
            r"taget til efterretning",
            r"tages til efterretning",
            r"\btage[rs]? (?:\w+ ){0,3}til efterretning",
            r"\bnoter(?:et|es|er)\b",
            r"\bnoted\b",
            r"\bkvitterer for\b",
            r"\btakker for (?:støtten|opbakningen)\b",
            # a section of the plan named as where it stands: "se afsnit 2.3", "Jf. afsnit 2"
            r"(?:^|[\s(;,.])(?:se|jf\.?|jævnfør) (?:planens )?(?:afsnit|kapitel|mål|side|bilag|tabel) ?\d",
            r"taken note",
            r"^nej\b",
            r"^no\b",
            r"^ingen$",
        ),
        examples=(
            "Planens tekst forbliver som den er",
            "Der foretages ikke ændringer",
            "Formuleringen bevares",
            "Bemærkningen noteres",
            "Tekststykket står ved magt",
            "Vi holder fast i den nuværende tekst",
            "Planen står uændret",
            "Teksten bibeholdes",
            "Beholdes som i udkastet",
            "Ikke muligt at imødekomme",
            "The wording stays as it is",
            "We keep the text as drafted",
            "The plan stays unchanged",
        ),
    ),
    Handling.AENDRING: Term(
        "aendring",
        "Giver anledning til ændring/tilføjelse i planen",
        "led to a change/addition in the plan",
        "ændring",
        "change",
        (
            r"anledning til (?:følgende |en |enkelte |mindre |en mindre )?(?:ændring|tilføjelse|justering|præcisering|"
            r"tekstændring|rettelse|opdatering)",
            r"ændring/tilføjelse",
            # "Kapitel 2 fastslår nu, at …", "afsnit 4 siger nu": the plan's text says it now
            r"\b(?:kapitel|afsnit|planen|handleplanen|teksten|aftalen|politikken|strategien)(?: \d+(?:\.\d+)*)? "
            r"(?:fastslår|siger|beskriver|angiver|indeholder) nu\b",
            # NOTE: a participle after a preposition or an article is an adjective: "opfordre til udvidet åbningstid"
            r"(?<!\btil )(?<!\bom )(?<!\ben )(?<!\bet )\b(?:tilrettet|tilrettes|ændret|ændres|tilføjet|"
            r"tilføjes|indarbejdet|indarbejdes|præciseret|præciseres|justeret|justeres|omformuleret|omformuleres|opdateret|"
            r"opdateres|uddybet|uddybes|indskrevet|indskrives|skrevet ind|skrives ind|indsat|indsættes|slettet|slettes|"
            r"udgår|rettet til|rettes til|udvidet|udvides|lavet om|står nu i|er nu nævnt|nævnes nu|fremgår nu|forlænget|"
            r"forlænges|forkortet|forkortes|skærpet|skærpes|lempet|lempes|suppleret|suppleres|tilpasset|tilpasses|"
            r"omskrevet|omskrives|skrevet om|revideret|revideres|medtaget|medtages|indført|indføres|føjet til|indføjet|indføjes|"
            r"føjet ind|føjes ind)\b"
            # NOTE: a participle before a noun and the sentence's verb is an adjective too: "Udvidet åbningstid vil koste …"
            r"(?!\s+(?!(?:og|men|så|samt|nu|derfor|dermed)\b)[a-zæøå]+\s+(?:vil|kan|skal|må|koster|kræver)\b)"
            # NOTE: taken into the action plan or the implementation, not into the plan's text: implementering
            r"(?!\s+i\s+(?:den\s+|det\s+)?(?:[\wæøå-]+s\s+)?(?:kommende\s+|næste\s+)?(?:[\wæøå-]*handleplan(?:en)?\b|udmøntning|"
            r"implementering|videre\s+arbejde|(?:det|dette)\s+arbejde\b))",
            r"\b(?:nedsat|nedsættes|sænket|sænkes|hævet|hæves|forhøjet|forhøjes|øget|øges|rettet|rettes)\s+fra\s+\S+\s+til\b",
            # "Vi har skrevet åndelig omsorg ind i afsnittet om livskvalitet": the object between verb and particle
            r"\b(?:har|er) (?:nu )?(?:skrevet|føjet|sat) (?:[\wæøå-]+ ){1,4}ind i (?:afsnittet|kapitlet|teksten|planen|"
            r"politikken|strategien|aftalen)\b",
            r"\b(?:er|bliver) nu (?:beskrevet|omtalt|nævnt|medtaget|omfattet)\b",
            # "Hjertesvigt optræder nu som selvstændigt indsatsområde 4"
            r"\b(?:optræder|står|indgår|figurerer) nu (?:som|i|under) (?:\w+ ){0,2}(?:indsatsområde|afsnit|kapitel|mål|punkt|"
            r"bilag)\b",
            # "Planen er rettet, og afsnit 4 har nu …": the plan's text corrected
            r"\b(?:planen|teksten|afsnittet|afsnit \d+(?:\.\d+)*|kapitlet) er (?:blevet )?rettet\b",
            # "Det er nu skrevet tydeligt i afsnit 4.2"
            r"\b(?:er|bliver) nu skrevet (?:\w+ )?i (?:planens )?(?:afsnit|kapitel|punkt)\b",
            r"\b(?:kapitel|afsnit|planen|teksten)(?: \d+(?:\.\d+)*)? står (?:der )?nu\b",  # "I afsnit 5.2 står nu, at …"
            # "Planen beskriver nu fælles konsultationer": the plan now says what it did not
            # "Bilag 2 viser nu lægedækningen", "Politikken nævner nu, at …"
            r"\b(?:planen|afsnittet|teksten|kapitlet|strategien|politikken|bilaget|(?:afsnit|bilag|tabel) \d+(?:\.\d+)*|"
            r"the plan)\s+(?:beskriver|indeholder|omfatter|nævner|anbefaler|fastlægger|rummer|viser|omtaler|henviser|"
            r"describes|includes|covers)\s+(?:dog\s+|derfor\s+|således\s+|også\s+)?nu\b",
            r"\b(?:der|det) nu står\b",  # "…, så der nu står »arbejdes for«"
            r"\bnow (?:describes|includes|covers)\b",
            r"\b(?:udbygget|udbygges|tydeliggjort|tydeliggøres)\b",
            r"\b(?:valgt|besluttet) at (?:tilføje|ændre|præcisere|indskrive|justere|uddybe|medtage|indarbejde|tilrette|"
            r"omformulere|omskrive|opdatere|rette|tydeliggøre)\b",
            # corrected: "Faktuelle fejl … er rettet", "Vi har rettet oplysningerne", a code "Ja, rettet", "Noteret og rettet"
            r"\b(?:er|har|blevet|bliver) (?:\w+ )?rettet\b(?! (?:mod|til|henvendelse))|^(?:ja,? )?rettet\b|\bog rettet\b|"
            r"\bvil (?:\w+ )?rette\b",
            r"\b(?:tages|taget) til følge\b",
            # "har foretaget en mindre sproglig justering", "Der er foretaget en redaktionel rettelse"
            r"\b(?:foretaget|foretages|lavet|gennemført) (?:en |et |nogle |enkelte |følgende )?(?:(?!ingen|ikke)[\wæøå-]+ ){0,2}?"
            r"(?:ændring|justering|rettelse|præcisering|tilføjelse|tilpasning)(?:er)?\b",
            r"\b(?:blødt (?:\w+ )?op|blødgjort|blødgøres)\b",
            r"\b(?:taget|tages) med i (?:planens |strategiens |politikkens )?(?:afsnit|kapitel|teksten)\b",
            r"\b(?:beskrevet|beskrives|indsat|tilføjet) i (?:et |en )?nyt? (?:afsnit|tabel|bilag|kapitel)\b",
            r"\b(?:har|har nu) fået (?:et |en )?nyt? (?:under)?(?:afsnit|tabel|bilag|kapitel|punkt)\b",
            # "Skemaet er udarbejdet og vedlagt som bilag 1", "lægges ved planen som nyt bilag"
            r"\b(?:vedlagt|vedlægges|lagt ved|lægges ved|indsat|tilføjet|optaget) (?:planen )?som (?:et |en )?(?:nyt? )?"
            r"bilag\b",
            # "Planen har et nyt afsnit 3.5"
            r"\b(?:planen|strategien|teksten|kapitlet) har nu (?:et |en )?nyt? (?:under)?(?:afsnit|tabel|bilag|kapitel|punkt)\b|"
            r"\b(?:planen|strategien|kapitlet) har (?:et |en )?nyt? (?:under)?(?:afsnit|kapitel|punkt)\s+\d",
            r"\b(?:afsnit\s+\d+(?:\.\d+)*|afsnittet|teksten|kapitlet|formuleringen)\s+(?:er|bliver)\s+rettet\b(?!\s+mod)",
            r"^ændring(?:er)? (?:af|i) (?:planen|teksten|planteksten)\.?$",  # a legend's or cell's code
            r"text change",
            r"^(?:tiltrådt|tiltrædes)\.?$",  # a decision line's code: "Indstilling: Tiltrådt"
            r"\b(?:amended|changed|revised|added|incorporated|"
            r"updated|clarified|adjusted|reworded|rewritten|inserted|deleted)\b",
        ),
        weak_wordings=(
            r"imødekom(?:met|mes|mer)",
            r"\befterkom(?:met|mes|mer)\b",  # "Efterkommes" as a code ("Efterkommes ikke" is a strong no)
            r"\baccepted\b",
            r"\baccepteret\b",
            r"\bgodkendt\b",
            r"\bagreed\b",
            r"accommodated",
            r"^ja\b",
            r"^yes\b",
        ),
        examples=(
            "Teksten er omskrevet",
            "Afsnittet er opdateret med forslaget",
            "Ny formulering er sat ind i planen",
            "Vi har skrevet det ind i planen",
            "Forslaget er fulgt",
            "Planen er rettet som foreslået",
            "Skrevet ind i afsnittet",
            "Forslaget er taget til følge",
            "Indføjet i teksten",
            "The section has been rewritten",
            "We have put this into the plan",
            "Suggestion adopted",
        ),
    ),
    Handling.DELVIST: Term(
        "delvist",
        "Imødekommes (delvist) i planen",
        "partly accommodated in the plan",
        "delvist",
        "partly",
        (
            r"delvist",
            r"\bdelvis\b",
            r"til dels",
            r"ikke fuldt ud",
            r"(?:imødekom\w*|fulgt|følges|tilgodese\w*|tilføje[ts]|indarbejde[ts]|medtage[ts]|indført|indføres|ændret|"
            r"ændres|tilrettet|tilrettes) (?:\w+ )?(?:i nogen grad|til en vis grad|i (?:et|en) vis(?:t)? (?:omfang|grad))",
            # "Vi har dog imødekommet FOA så langt, at politikken nu nævner …": met up to a point
            r"\bimødekom\w* (?:[\wæøå-]+ ){0,3}så langt,? at\b",
            # "Klyngen fastholder formuleringen om et forsøg, men forsøget udvides, så det også omfatter PPR": the
            # wording kept, the measure widened all the same
            r"\bfastholde[rs]?\b(?:[^.;]|\.(?=,| [a-zæøå0-9])){0,80}?,\s*men\s+[^.;]{0,60}?\b(?:udvides|udvidet|suppleres|suppleret|ændres|ændret|"
            r"tilføjes|tilføjet|præciseres|præciseret|justeres|justeret|tilpasses|tilpasset)\b",
            # "Forslaget følges for så vidt angår skole-hjem-samtaler": followed for a part of what it asks
            r"\b(?:følges|fulgt|imødekommes|imødekommet|efterkommes|efterkommet|tiltrædes|tiltrådt)\s+(?:\w+\s+)?"
            r"for så vidt angår\b",
            # "Forslaget er altså kun fulgt som en anbefaling": taken in a weaker form than asked
            r"\bkun (?:\w+ ){0,2}(?:fulgt|imødekommet|opfyldt|taget med|medtaget) som (?:en )?(?:anbefaling|opfordring|"
            r"forsøg|mulighed)\b",
            r"\bdele af (?:forslaget|ønsket|bemærkningen|anbefalingen|forslagene)\b",
            # followed in another shape than asked: "ønsket er dermed fulgt i en anden form", "imødekommet i en
            # begrænset udgave", "tiltrådt i mindre omfang"; and "går ikke hele vejen" (met up to a point)
            r"\b(?:fulgt|følges|imødekom\w*|efterkom\w*|tiltrådt|tiltrædes|indarbejdet|indarbejdes|medtaget|medtages)"
            r" (?:\w+ )?i (?:en |et )?(?:tilpasset|justeret|ændret|anden|andet|begrænset|reduceret|mindre|forenklet|"
            r"nedskaleret) (?:form|udgave|omfang)\b",
            r"\bgår (?:\w+ )?ikke hele vejen\b",
            # a part of several: "Én af de tre foreslåede tilføjelser er indarbejdet", "en del af ændringsforslagene"
            r"\b(?:en|én|et|ét|to|tre|nogle|enkelte|flere) af (?:de )?(?:\w+ )?(?:foreslåede )?(?:tilføjelser|forslag(?:ene)?|"
            r"ændringer|ændringsforslag(?:ene)?|ønsker|punkter|bemærkninger|mål|målene|anbefalinger|elementer)\b(?! ikke)",
            r"\ben del af (?:de )?(?:[\wæøå-]*forslag(?:ene)?|ønskerne|bemærkningerne|punkterne)\b",
            r"\bi (?:et|en) vis(?:t)? (?:omfang|grad|udstrækning) (?:\w+ )?(?:imødekom|efterkom|fulgt|tilgodese|indarbejd|opfyld)",
            r"\bja til\b[^.]{0,80}\bnej til\b",
            # "Målet er fastholdt, men formuleringen er blødgjort": kept, and softened
            r"\bfasthold(?:t|es|er)\b[^.;]{0,30}, men [^.;]{0,60}\b(?:ændret|justeret|tilpasset|præciseret|omformuleret|"
            r"blødgjort|nu står)\b",
            r"\bimødekom(?:met|mes)\b[^.;]{0,60}, men ikke\b",
            # accommodated for a part only: "kun opfyldt for en del af klyngen", "imødekommet for en del af målgruppen"
            # "Forslaget indarbejdes for en del af gruppen": taken into the plan for a part of those it asks for
            r"(?:opfyld|imødekom|fulgt|følge|gennemfør|tilgodese|indarbejd|indfør|medtag|indskriv)\w*\s+(?:\w+\s+){0,2}"
            r"for (?:en|den ene) del\b",
            r"\bkun (?:\w+ ){0,3}i (?:mindre|begrænset|nogen) (?:skala|omfang|grad)\b",  # "kun opfyldt i nogen grad"
            # "imødekommet i begrænset omfang", "modtages kun i et vist omfang", "efterkommes for en begrænset periode"
            r"(?:imødekom|efterkom|opfyld|fulgt|følge)\w*\s+(?:\w+\s+){0,2}(?:i|for) (?:en )?begrænset (?:omfang|grad|periode)\b",
            r"\bkun i (?:et|en) vis(?:t|) (?:omfang|grad)\b",
            # "Forslaget er dermed fulgt i en vis udstrækning", "imødekommet i nogen udstrækning"
            r"(?:imødekom\w*|efterkom\w*|fulgt|følges|opfyldt|opfyldes|tilgodese\w*) (?:\w+ ){0,2}i (?:en )?"
            r"(?:vis|nogen|begrænset) udstrækning\b",
            # "Planen er tilpasset i mindre omfang", "Forslaget er dermed fulgt et stykke af vejen": a part of the wish
            r"\b(?:tilpasset|tilpasses|ændret|ændres|justeret|justeres|rettet|imødekommet|imødekommes|fulgt|følges|"
            r"indarbejdet|indarbejdes)\s+(?:\w+\s+)?i mindre (?:omfang|grad)\b",
            r"\b(?:fulgt|følges|imødekommet|imødekommes|opfyldt|opfyldes|mødt|mødes)\s+(?:\w+\s+){0,2}et stykke (?:af |ad )?vejen\b",
            # "kun fulgt et stykke", "imødekommet et godt stykke", "kun mødt noget af vejen": a part of the way only
            r"\b(?:fulgt|følges|imødekommet|imødekommes|efterkommet|efterkommes|opfyldt|opfyldes|tilgodeset|tilgodeses|"
            r"mødt|mødes)\s+(?:\w+\s+){0,2}(?:et (?:godt |lille )?stykke|noget af vejen|langt hen ad vejen)\b",
            # "ønsket imødekommes derfor ikke helt", "ønsket opfyldes ikke for alle afdelinger"
            r"(?:imødekom|efterkom|opfyld|følge)\w*\s+(?:\w+\s+){0,1}ikke (?:helt|fuldt|for alle)\b",
            # "imødekommes således kun for de pårørende", "kun fulgt i første omgang", "følges på halvdelen af"
            r"(?:imødekom|efterkom|opfyld|fulgt|følge)\w*\s+(?:\w+\s+){0,2}kun (?:for|i første omgang)\b",
            r"\bkun (?:\w+ ){0,2}(?:fulgt|imødekommet|opfyldt) i første omgang\b",
            # "Kurserne tages med i afsnit 4, dog kun for de ældste elever i første omgang": a part for now
            r"\b(?:dog|men) kun (?:for|til|i|på) (?:[\wæøå-]+ ){1,4}i første omgang\b",
            # "ønsket opfyldes kun i en del af døgnet", "kun for en del af borgerne"
            r"(?:imødekom|efterkom|opfyld|fulgt|følge|gennemfør)\w*\s+(?:\w+\s+){0,2}kun (?:i|for) (?:en|den ene) del af\b",
            r"(?:imødekom|efterkom|opfyld|fulgt|følge)\w*\s+(?:\w+\s+){0,2}på (?:halvdelen|en del) af\b",
            r"partly",
            r"partially",
            r"in part\b",
        ),
        weak_wordings=(),
        examples=(
            "Forslaget følges i nogen grad",
            "Dele af forslaget er skrevet ind",
            "Til dels imødekommet",
            "Kun en del af ønsket kan imødekommes",
            "Partly reflected in the text",
            "Some of the points were taken in",
        ),
    ),
    Handling.UDEN_FOR_RAMMERNE: Term(
        "uden_for_rammerne",
        "Ligger uden for rammerne af den aktuelle praksisplan",
        "outside the scope of the current plan",
        "uden for rammerne",
        "out of scope",
        (
            r"uden for (?:\w+ ){0,3}(?:rammer|ramme|rammerne|område|formål|regi|kompetence)",
            r"uden for planen",
            # "dets træffetider fastlægges ikke af kommunen": another body decides it
            r"\b(?:fastlægges|fastsættes|besluttes|afgøres|bestemmes) ikke af (?:kommunen|regionen|klyngen|"
            r"sundhedsklyngen|sundhedsfællesskabet|udvalget|kommunalbestyrelsen|regionsrådet)\b",
            # "Normeringen fastlægges i budgettet og kan ikke ændres med planen": not the plan's to decide
            r"\bkan ikke (?:ændres|afgøres|besluttes|fastlægges|reguleres) (?:med|gennem|via) (?:denne |den )?"
            r"[\wæøå-]*(?:planen|strategien)\b",
            r"uden for (?:den(?:ne)? )?[\wæøå-]*(?:strategien|politikken|aftalen|planen)\b",
            r"ligger (?:\w+ ){0,2}uden ?for",
            r"(?:hører|henhører) (?:ikke )?under (?:\w+ ){0,2}(?:sundhedsaftale|overenskomst|lovgivning|kommunal|stat)",
            # "Åbningstider i almen praksis er en del af overenskomsten"
            r"\ber (?:en )?del af (?:\w+ ){0,2}overenskomst(?:en)?\b",
            r"\bfølger (?:af )?(?:den )?(?:\w+ )?(?:overenskomst(?:en)?|rammeaftale(?:n)?)\b",  # or "den rammeaftale med …"
            # rules another body sets: "Klyngen kan ikke ændre visitationsreglerne"
            r"\bkan (?:\w+ )?ikke ændre (?:på )?(?:de |den )?(?:\w+ )?[\wæøå-]*(?:regler(?:ne)?|lovgivning(?:en)?|loven)\b",  # "Ydelser i almen praksis følger overenskomsten"
            # "det er ikke noget, klyngen har indflydelse på"
            r"\bikke noget,? (?:som |der )?(?:\w+ ){0,2}har indflydelse på\b|\bhar (?:\w+ )?ikke indflydelse på\b",
            # "Finansieringen af kurser ligger ikke i klyngeplanen"
            r"\bligger (?:derfor )?ikke i (?:den(?:ne)? )?[\wæøå-]*(?:planen|strategien|politikken)\b",
            # decided in another body's budget: "fastlægges i hospitalets driftsbudget", "besluttes dog i hospitalernes
            # egne budgetter" (not the plan's authors' own: "fastlægges i regionens budget" is their no)
            r"\b(?:fastlægges|besluttes|afgøres|fastsættes) (?:dog |derfor )?i "
            r"(?!(?:regionens|kommunens|klyngens|kommunernes|sundhedsklyngens) )(?:[\wæøå-]+s |de )(?:egne |eget )?"
            r"[\wæøå-]*budget(?:tet|ter|terne)?\b",
            # "det kan planen ikke træffe afgørelse om"
            r"\b[\wæøå-]*(?:planen|strategien|politikken) (?:\w+ )?ikke (?:træffe|tage) (?:en )?(?:afgørelse|beslutning) om\b",
            r"falder (?:\w+ ){0,2}uden ?for",
            r"ikke (?:et )?(?:emne|spørgsmål|anliggende) for (?:den(?:ne)? )?[\wæøå-]*(?:plan|planen|strategi|strategien|"
            r"politik|politikken|aftale|aftalen)\b",
            r"\b(?:henhører|hører) under (?:folketinget|staten|ministeriet)\b",
            r"\bnationalt anliggende\b",
            # another authority's: "hører under Lægemiddelstyrelsen", "videresendt til kommunen", "fastlagt nationalt"
            r"\b(?:hører|henhører) (?:\w+ )?under (?:[\wæøå-]+ )?(?:[\wæøå-]*styrelsen|[\wæøå-]*ministeriet|staten|kommunerne|"
            r"kommunalbestyrelsen|overenskomsten)\b",
            r"\b(?:videresendt|videresendes|videregivet|videregives|oversendt|oversendes|sendt videre) (?:\w+ )?til (?:[\wæøå-]+ )?"
            r"(?:kommunen|kommunerne|[\wæøå-]*styrelsen|[\wæøå-]*ministeriet|[\wæøå-]*myndighed(?:en)?|kommunalbestyrelsen)\b",
            r"\bhenvises (?:\w+ )?til (?:at rejse |behandling i |drøftelse i |de kommende |den kommende )?(?:[\wæøå-]+ )?"
            r"(?:[\wæøå-]*styrelsen|[\wæøå-]*ministeriet|kommunalbestyrelsen|kommunerne|kommunen|"
            r"overenskomstforhandlingerne)\b",
            r"\boverenskomstforhandling\w*",
            # beyond the plan's frame: "et nyt værested kræver drift ud over planens rammer"
            r"\bud over (?:[\wæøå-]+ )?(?:planens|aftalens|strategiens|politikkens|handleplanens) (?:økonomiske )?rammer\b",
            # decided by another body: "afgøres af de enkelte kommuner" (NOT a level set in law: "Gebyret er fastsat i
            # sundhedsloven … giver derfor ikke anledning til ændringer" is a no, blind4 tolkeplan)
            r"\b(?:afgøres|besluttes|fastlægges|fastsættes) (?:\w+ )?(?:af|i) (?:den enkelte kommune|de enkelte kommuner|"
            r"kommunalbestyrelse\w*|[\wæøå-]*styrelsen|ministeriet|folketinget|staten)\b",
            # NOTE: not "et kommunalt ansvar": a municipality's task the plan still describes ("… er et kommunalt ansvar.
            # Planen beskriver allerede …") is a no (blind10 antibiotika)
            r"\b(?:er|vedrører) (?:et |en |det |de )?(?:statslig[te]?|nationalt?e?) (?:ansvar|anliggende|opgave|"
            r"serviceniveau|forhold|myndighedsopgave)\b",
            r"\b(?:hører|henhører) (?:\w+ )?under (?:danske regioner|kl)\b",
            # "… vedrører kommunernes egne beslutninger"
            r"\bvedrører (?:[\wæøå-]+s )?egne (?:beslutninger|prioriteringer|forhold|serviceniveau)\b",
            r"\brejse (?:\w+ ){0,2}over for (?:[\wæøå-]+ )?(?:[\wæøå-]*styrelsen|[\wæøå-]*ministeriet|kommunen|kommunerne)\b",
            r"\b(?:nationalt|statsligt|centralt) (?:fastlagt|fastsat|besluttet|reguleret)\b|\bfastlægges nationalt\b",
            r"\b(?:[\wæøå-]*planen|[\wæøå-]*aftalen|strategien|politikken) (?:omfatter|dækker|regulerer) ikke\b",
            # not the body's to decide: "indgår ikke i klyngens beslutninger", "hører ikke under regionens opgaver",
            # "ligger ikke inden for kommunens myndighed", "er ikke en beslutning for klyngen"
            r"\b(?:indgår|hører|ligger) (?:derfor |dermed |således )?ikke (?:blandt|i|under|til|ind under) (?:[\wæøå-]+s )?"
            r"(?:beslutninger|beslutningskompetence|opgaver|opgavevaretagelse|ansvarsområde|myndighed|mandat|kompetence)\b",
            r"\bikke (?:en |noget )?(?:beslutning|opgave|anliggende|spørgsmål) for (?:klyngen|regionen|kommunen|kommunerne|"
            r"sundhedsklyngen|udvalget|planen)\b",
            # "Hjælpemidlerne bevilges efter serviceloven": granted under another law, not by the plan
            r"\b(?:bevilges|ydes|tildeles|reguleres|afgøres) (?:\w+ ){0,2}efter (?:[\wæøå-]+loven|lovgivningen)\b",
            r"\bsom (?:planen|strategien|politikken|aftalen) ikke (?:omfatter|dækker|handler om)\b",
            r"\bikke (?:\w+ ){0,2}inden for (?:\w+ ){0,2}(?:rammer|ramme|rammerne|område|kompetence|mandat)",
            # "Det er ikke noget, planen kan ændre på"
            r"\bikke (?:noget|et (?:emne|spørgsmål|anliggende)),? (?:som |der )?(?:den(?:ne)? )?[\wæøå-]*(?:planen|strategien|"
            r"politikken) kan (?:ændre (?:på|ved)|regulere|løse|afgøre|bestemme)\b",
            # "Ønsket kan ikke imødekommes i denne plan": this plan is not where it is met
            r"\bkan (?:\w+ )?ikke (?:imødekommes|efterkommes) (?:i|inden for|med|gennem) denne [\wæøå-]*plan\b",
            r"\bikke (?:\w+s )?kompetence\b",
            r"kan (?:\w+ )?ikke (?:behandles|reguleres|løses|besluttes|afgøres|fastsættes|fastlægges|bestemmes|aftales|ændres|"
            r"fraviges) i (?:denne |den |en )?"
            r"(?:[\wæøå-]+s )?[\wæøå-]*(?:plan|planen|strategi|"
            r"strategien|politik|politikken)\b",
            r"\budenfor (?:\w+ ){0,3}(?:rammer|ramme|rammerne|område|formål|regi|kompetence)",
            r"ikke en del af (?:planen|denne plan|praksisplanen)",
            # "kan ikke udvides i planen", "tilskud kan ikke gives via planen", "kan ikke afgøre spørgsmålet i denne plan"
            r"kan (?:\w+ )?ikke (?:udvides|udvide|gives|ydes|bevilges|afgøre|beslutte|bestemme|fravige|fastsætte|løse) "
            r"(?:\w+ ){0,2}(?:i|via|gennem) (?:denne |den |en )?(?:[\wæøå-]+s )?[\wæøå-]*(?:plan|planen)\b",
            # "Det er ikke et spørgsmål, som kommunen kan løse i planen"
            r"ikke (?:et |noget )?(?:emne|spørgsmål|anliggende),? (?:som |der )?(?:\w+ ){0,2}kan (?:løse|afgøre|beslutte|"
            r"bestemme|fastsætte|regulere) i (?:denne |den |en )?(?:[\wæøå-]+s )?[\wæøå-]*(?:plan|planen|strategi)\b",
            # "det er ikke noget, klyngen kan bestemme i en klyngeplan"
            r"ikke noget,? (?:som |der )?(?:\w+ ){0,2}kan (?:bestemme|beslutte|afgøre|fastsætte) i (?:denne |den |en )?"
            r"[\wæøå-]*(?:plan|planen|strategi)\b",
            # "Det er ikke noget, klyngen kan træffe beslutning om": not the body's to decide (the sentence ends there)
            r"\bikke (?:noget|et (?:emne|spørgsmål|anliggende)),? (?:som |der )?(?:\w+ ){0,2}kan (?:(?:træffe|tage) "
            r"(?:en )?beslutning om|beslutte|bestemme|afgøre)\W*$",
            # "hører ikke hjemme i en regional plan", "behandles ikke i en sundhedsfaglig plan"
            r"(?:hører|behandles) (?:derfor |dermed |således )?ikke (?:hjemme |til |med )?i (?:en |denne |den )?(?:[\wæøå-]+ )?"
            r"[\wæøå-]*(?:plan|planen|strategi)\b",
            # "er ikke en del af hospitalsplanen", "hører ikke under strategien"
            r"ikke (?:en )?del af (?:den(?:ne)? )?[\wæøå-]*(?:plan|planen|strategi|strategien|politik|politikken)\b",
            # "ikke en del af klyngeplanens mandat", "ikke en del af strategiens opgaver"
            r"ikke (?:en )?del af (?:den(?:ne)? )?[\wæøå-]*(?:planens|strategiens|politikkens|aftalens) "
            r"(?:mandat|rammer|opgaver?|område|formål)\b",
            # "er ikke en opgave, planen kan løfte", "ikke en opgave, som kommunen kan påtage sig"
            r"\bikke (?:en|noget|et) (?:opgave|emne|spørgsmål|anliggende),? (?:som |der )?(?:den(?:ne)? )?"
            r"[\wæøå-]*(?:planen|strategien|klyngen|regionen|kommunen|kommunerne|udvalget) kan (?:løfte|løse|"
            r"påtage sig|tage sig af|varetage)\b",
            # "hører ikke under kommunens plan", "falder ikke ind under regionens strategi"
            r"(?:hører|falder) (?:derfor |dermed |således )?ikke (?:ind )?under (?:den(?:ne)? |[\wæøå-]+s )?[\wæøå-]*(?:plan|"
            r"planen|strategi|strategien|politik|politikken)\b",
            r"vedrører ikke (?:planen|praksisplanen|denne plan)",
            r"vedrører (?:derfor |dermed |således )?ikke (?:den(?:ne)? )?[\wæøå-]*(?:plan|planen|strategi|strategien)\b",
            # "afgøres ikke i denne plan", "besluttes ikke i strategien": decided elsewhere
            r"(?:afgøres|besluttes|fastsættes|fastlægges|behandles) (?:derfor |dermed |således )?ikke i (?:den(?:ne)? |"
            r"[\wæøå-]+s )?[\wæøå-]*(?:plan|planen|strategi|strategien|politik|politikken)\b",
            # decided elsewhere, not in the plan: "afgøres i regionens budget og ikke i klyngens samarbejdsplan"
            r"(?:afgøres|besluttes|fastsættes|fastlægges|hører hjemme|behandles) i [^.;]{3,60}?(?:,| og) ikke i (?:den(?:ne)? |"
            r"[\wæøå-]+s )?[\wæøå-]*(?:plan|planen|strategi|strategien)\b",
            r"\b(?:rækker|går|ligger) (?:\w+ )?ud over (?:den(?:ne)? )?[\wæøå-]*(?:planens|strategiens|aftalens) "
            r"(?:mandat|rammer|område|formål)",
            # "Spørgsmålet er ikke omfattet af klyngeplanen"
            r"^ikke omfattet\.?$",  # a bare code "Ikke omfattet" in an "Indstilling" column
            r"ikke omfattet af (?:den(?:ne)? )?[\wæøå-]*(?:plan|planen|strategi|strategien|politik|politikken|aftalen)\b",
            r"out of scope",
            r"outside (?:the |its |our )?(?:scope|remit)",
            r"beyond the scope",
            r"not within the scope",
            r"not part of (?:this|the) plan",
            r"ikke relevant for (?:planen|praksisplanen|denne plan|aftalen|sundhedsaftalen)",
            r"not relevant (?:for|to) (?:this|the) (?:plan|agreement)",
        ),
        weak_wordings=(
            r"^udenfor\b",  # a bare "Udenfor" code in an "Indstilling" column
            # decided in another strategy: "Cykelparkering håndteres i kommunens mobilitetsstrategi" (weak:
            # "… håndteres i kommunens mobilitetsstrategi, og bemærkningen giver ikke anledning til ændringer" is a no)
            r"\b(?:prioriteres|håndteres|behandles|afgøres|besluttes) (?:\w+ )?i (?:regionens|kommunens|klyngens|den "
            r"fælles|en særskilt) (?:[\wæøå-]+ )?[\wæøå-]*strategi\b",
        ),
        examples=(
            "Udenfor",
            "Uden for",
            "Hører under en anden aftale end planen",
            "Vedrører ikke denne plan",
            "Henvises til sundhedsaftalen",
            "Er et nationalt anliggende",
            "Not a matter for this plan",
            "Falls under national legislation",
        ),
    ),
    Handling.INTET_SVAR: Term(
        "intet_svar",
        "Der er ikke fremsendt høringssvar",
        "no response submitted",
        "intet svar",
        "no response",
        (
            r"ikke fremsendt",
            r"ikke (?:modtaget|indsendt|afgivet) (?:noget )?høringssvar",
            # "Hørt part, der ikke har afgivet høringssvar" (a legend's meaning of its code "Ej svar")
            r"ikke har (?:afgivet|indsendt|fremsendt) (?:noget )?(?:høringssvar|svar)\b",
            r"^ej (?:svar|høringssvar)(?: modtaget)?\.?$",  # a code: "Ej svar"
            r"intet høringssvar",
            r"ingen høringssvar",
            r"har ikke (?:svaret|afgivet)",
            r"no response",
            r"did not respond",
            r"no reply",
            r"not responded",
            r"no submission",
            r"^(?:intet|ingen) (?:svar|høringssvar)\b",
            r"^ingen bemærkninger (?:modtaget|indkommet|indsendt)\.?$",  # a code: "Ingen bemærkninger modtaget"
            # a code: "Ikke modtaget", "Ikke modtaget (hørt part)"
            r"^(?:(?:svar|høringssvar) )?ikke (?:modtaget|indsendt|afgivet|fremsendt)(?: \([^()]{1,40}\))?\.?$",
            r"^(?:(?:høringen|høringsbrevet) )?(?:ikke (?:besvaret|svaret)|ubesvaret)\.?$",  # a code: "Ikke besvaret"
        ),
        weak_wordings=(),
        examples=(
            "Intet svar modtaget",
            "Har ikke svaret i høringen",
            "Vi har ikke modtaget et svar",
            "No submission received",
        ),
    ),
}
# the order classify_handling tries them in, strong wordings first, then the weak ones: "Delvist imødekommet" before
# the change it contains, a change to the text before "indgår i det videre arbejde", and that before a refusal
# ("Ikke imødekommet, men indgår i det videre arbejde" is implementering). NOTE: "Taget til efterretning" alone is
# weak: the point is noted and the plan not changed (ingen_aendring), unless the cell also says it goes into further
# work (implementering) or the text changes (aendring). A bare "Ja"/"Nej" (an "Ændring" column) is weak too.
HANDLING_ORDER = (
    Handling.INTET_SVAR,
    Handling.DELVIST,
    Handling.UDEN_FOR_RAMMERNE,
    Handling.AENDRING,
    Handling.IMPLEMENTERING,
    Handling.INGEN_AENDRING,
)
# phrasings that are no handling value at all: the "none" class of semantic matching
NOT_A_HANDLING = (
    "Se ovenfor",
    "Bemærkning",
    "Region Hovedstaden",
    "Side 4",
    "Lægedækning og tilgængelighed",
    "Afsnit 3.2",
    "Se bilag",
    "Kommunen ønsker flere læger",
    "Ukendt",
    "n/a",
    "See above",
    "Theme",
    "Afventer",
    "Under behandling",
    "OK",
    "1",
    "Spørgsmål",
    "Pending",
    "To be decided",
)
REFERENCE_WORDINGS = (r"samme håndtering som",)  # "Samme håndtering som ved PIU j": the handling of another row
NO_HANDLING = {"da": "ingen håndtering angivet", "en": "no handling given"}
EMPTY_HANDLING = "tom"  # the filter value for rows whose handling cell is empty (Record.handling None)
CHANGED = (Handling.AENDRING, Handling.DELVIST)  # the handlings under which the comment is the plan's text change

RESPONDENT_TYPES: dict[RespondentType, Term] = {
    RespondentType.KOMMUNE: Term("kommune", "kommuner", "municipalities", "kommune", "municipality"),
    RespondentType.REGION: Term(
        "region",
        "regionale råd og udvalg",
        "regional councils and committees",
        "regionalt råd/udvalg",
        "regional council/committee",
    ),
    RespondentType.HOSPITAL: Term("hospital", "hospitaler", "hospitals", "hospital", "hospital"),
    RespondentType.PSYKIATRI: Term("psykiatri", "psykiatrien", "psychiatry", "psykiatri", "psychiatry"),
    RespondentType.MYNDIGHED: Term("myndighed", "myndigheder", "authorities", "myndighed", "authority"),
    RespondentType.ORGANISATION: Term(
        "organisation", "organisationer", "organisations", "organisation", "organisation"
    ),
}

KINDS: dict[Kind, Term] = {
    Kind.HOERINGSNOTAT: Term("hoeringsnotat", "høringsnotat", "consultation memo"),
    Kind.PLAN: Term("plan", "praksisplan", "practice plan"),
    Kind.SUNDHEDSAFTALE: Term("sundhedsaftale", "sundhedsaftale", "health agreement"),
    Kind.UDSPIL: Term("udspil", "udspil", "proposal"),
    Kind.OPLAEG: Term("oplaeg", "oplæg", "input paper"),
    Kind.HOERINGSSVAR: Term("hoeringssvar", "høringssvar (brev)", "response letter"),
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


class ColumnRole(StrEnum):
    """What a column of a høringsnotat table holds."""

    POINT = "point"  # the point's number or letter ("Nr.", "a)")
    RESPONDENT = "respondent"
    RESPONDENT_TYPE = "respondent_type"
    THEME = "theme"
    SUMMARY = "summary"  # what the respondent said (summary, or the response itself)
    QUOTE = "quote"  # an excerpt of the response as written
    COMMENT = "comment"  # the authority's comment or reply
    HANDLING = "handling"  # the outcome: handling, consequence, "Ændring: Ja/Nej"
    CHANGE = "change"  # the text change made to the plan
    IGNORE = "ignore"  # a manifest can say a column is to be left out


# Header wordings per role (regular expressions over the lower-cased header, with a weight: how sure a match makes
# the role) and a description in words, which the embedder compares headers with where no wording matches.
COLUMN_ROLES: dict[ColumnRole, tuple[tuple[tuple[str, float], ...], str]] = {
    ColumnRole.POINT: (
        (
            (r"^(?:nr|no|løbe-?nr|løbenummer|id|#|ref|pkt|punkt|item|number|bemærkning nr)\.?(?:\s|$)", 3.0),
            (r"\bnummer\b", 2.0),
        ),
        "nummer på høringspunktet / number of the point",
    ),
    ColumnRole.RESPONDENT: (
        (
            (r"høringspart(?!ens)", 3.5),
            (r"afsender(?!\s*-?\s*type)", 3.0),
            (r"indsender(?!\s*-?\s*type)", 3.0),
            (r"indsiger(?!s)", 3.0),
            (r"respondent(?! ?type)(?!'s)", 3.0),
            (r"consultee(?!'s)", 3.0),
            (r"stakeholder", 2.5),
            (r"submitted by", 3.0),
            (r"^(?:fra|from)\b", 2.5),
            (r"\bparty\b", 2.5),
            (r"^part(?:en)?$", 2.5),
            (r"organi[sz]ation", 2.0),
            (r"^(?:navn|name)\b", 2.0),
            (r"høringsberettiget", 2.5),
            (r"(?:svar|høringssvar|bemærkning(?:er)?|indsendt|comments?|response) (?:fra|from)\s*$", 3.8),
        ),
        "hvem der har afgivet høringssvaret, høringspart / who sent the consultation response, respondent",
    ),
    ColumnRole.RESPONDENT_TYPE: (
        (
            (r"respondent ?type", 4.0),
            (r"partstype", 4.0),
            (r"(?:afsender|indsender|høringspart|part)s?\s*-?\s*type", 4.0),
            (r"type af (?:høringsp)?part", 4.0),
            (r"^type$", 2.5),
            (r"^kategori", 2.0),
            (r"^category", 2.0),
        ),
        "hvilken slags høringspart: kommune, region, organisation / kind of respondent",
    ),
    ColumnRole.THEME: (
        (
            (r"\btema\b", 3.0),
            (r"^tema", 3.0),
            (r"\bemne\b", 3.0),
            (r"\bområde\b", 2.0),
            (r"theme", 3.0),
            (r"topic", 3.0),
            (r"subject", 2.5),
            (r"^afsnit\b", 2.0),
            (r"^kapitel", 2.0),
            (r"^section\b", 2.0),
            (r"^chapter", 2.0),
            (r"^vedrører", 2.5),
            (r"^(?:regarding|re)\b", 2.0),
            (r"afsnit i (?:planen|udkastet)", 2.5),
        ),
        "tema eller emne som høringssvaret handler om / theme or topic",
    ),
    ColumnRole.SUMMARY: (
        (
            (r"resum[eé]", 3.5),
            (r"sammendrag", 3.5),
            (r"sammenfatning", 3.5),
            (r"summary", 3.5),
            (r"synspunkt", 3.0),
            (r"indhold", 2.5),
            (r"hovedpunkt", 3.0),
            (r"(?:issue|point)s? raised", 3.5),
            (r"høringssvar(?!et)", 2.0),
            (r"(?:høringspartens|indsigers|respondentens|afsenderens|partens) (?:bemærkning|kommentar|synspunkt)", 4.0),
            (r"bemærkning(?:er)? fra", 3.5),
            (r"indsigelse", 2.5),
            (r"comments? (?:received|from)", 3.5),
            (r"(?:respondent|consultee)'s (?:comment|view|point)", 4.0),
            (r"consultation response", 2.5),
            (r"^(?:response|comment)s? received", 3.5),
            (r"^(?:høringspunkt|bemærkning)$", 1.0),
        ),
        "hvad høringsparten skrev, resumé af høringssvaret / what the respondent said, summary of the response",
    ),
    ColumnRole.QUOTE: (
        (
            (r"citat", 3.5),
            (r"uddrag", 3.5),
            (r"tekstbid", 3.5),
            (r"quote", 3.5),
            (r"excerpt", 3.5),
            (r"verbatim", 3.5),
            (r"høringssvaret", 2.5),
            (r"original (?:text|wording)", 3.0),
        ),
        "citat fra høringssvaret som skrevet / quote from the response as written",
    ),
    ColumnRole.COMMENT: (
        (
            (
                r"(?:administrationens|forvaltningens|regionens|ministeriets|styrelsens|kommunens|sekretariatets|udvalgets|"
                r"myndighedens|direktionens|praksisplanudvalgets)\s+(?:bemærkning|kommentar|svar|vurdering|besvarelse|"
                r"stillingtagen|tilbagemelding)",
                4.0,
            ),
            (r"\w+s (?:bemærkning|kommentar|svar|vurdering|besvarelse)", 1.5),
            (r"^bemærkning(?:er)?$", 1.0),
            (r"^kommentar(?:er)?\b", 2.5),
            (r"kommentar", 1.5),
            (r"^vurdering", 2.5),
            (r"^(?:svar|besvarelse)\b", 2.5),
            (r"\bour (?:response|comment|reply|assessment|view)", 4.0),
            (
                r"(?:council|authority|region|ministry|administration|department|municipality)(?:'s)? "
                r"(?:response|comment|reply|view|assessment)",
                4.0,
            ),
            (r"^(?:response|reply) to\b", 2.5),
            (r"^comments?$", 2.0),
            (r"^(?:reply|response)$", 2.0),
            (r"assessment", 2.0),
        ),
        "myndighedens bemærkning eller svar til høringssvaret / the authority's comment or reply",
    ),
    ColumnRole.HANDLING: (
        (
            (r"håndtering", 4.0),
            (r"konsekvens", 3.5),
            (r"indstilling", 3.0),
            (r"beslutning", 3.0),
            (r"afgørelse", 3.0),
            (r"^status", 2.5),
            (r"resultat", 3.0),
            (r"udfald", 3.0),
            (r"imødekom", 3.5),
            (r"\bhandling\b", 4.0),
            (r"\baction\b", 3.0),
            (r"outcome", 4.0),
            (r"disposition", 3.5),
            (r"decision", 3.0),
            (r"ja/nej", 3.5),
            (r"yes/no", 3.5),
            (r"^ændring(?:er)?\b", 2.0),
            (r"^change[ds]?\b", 2.0),
            (r"accepted\??", 3.0),
            (r"^result", 3.0),
            (r"effect on (?:the )?plan", 3.5),
            (r"how (?:it was )?handled", 4.0),
        ),
        "hvordan høringssvaret er håndteret, konsekvens for planen / how the response was handled, outcome",
    ),
    ColumnRole.CHANGE: (
        (
            (r"tekstændring", 3.5),
            (r"ændringsforslag", 3.0),
            (r"ny tekst", 3.5),
            (r"ændret tekst", 3.5),
            (r"forslag til (?:ny )?(?:tekst|formulering)", 3.5),
            (r"ændring(?:er)? i (?:planen|teksten)", 2.5),
            (r"text change", 3.5),
            (r"amendment", 3.0),
            (r"proposed (?:wording|text)", 3.5),
            (r"revised text", 3.5),
            (r"new wording", 3.5),
            (r"change to (?:the )?(?:plan|text)", 2.5),
        ),
        "den nye tekst i planen, tekstændring / the change made to the text of the plan",
    ),
}

# Header phrasings per role, for matching a header no wording matches by meaning (nearest phrasing, with a margin)
COLUMN_EXAMPLES: dict[ColumnRole, tuple[str, ...]] = {
    ColumnRole.POINT: ("Nr.", "Løbenummer", "Punkt", "ID", "Reference number"),
    ColumnRole.RESPONDENT: (
        "Høringspart",
        "Afsender",
        "Hvem har svaret",
        "Indsendt af",
        "Organisation",
        "Respondent",
        "Who responded",
        "Consultee",
    ),
    ColumnRole.RESPONDENT_TYPE: ("Type af høringspart", "Kategori af afsender", "Respondent type"),
    ColumnRole.THEME: ("Tema", "Emne", "Område i planen", "Topic", "Subject area"),
    ColumnRole.SUMMARY: (
        "Resumé af høringssvar",
        "Hvad skriver høringsparten",
        "Høringssvarets indhold",
        "Hovedpunkter i svaret",
        "Summary of the response",
        "What the respondent said",
    ),
    ColumnRole.QUOTE: ("Citat fra høringssvaret", "Uddrag af svaret", "Quote", "Excerpt from the response"),
    ColumnRole.COMMENT: (
        "Administrationens bemærkninger",
        "Regionens svar",
        "Vores vurdering",
        "Myndighedens kommentar",
        "Our response",
        "Council's comment",
    ),
    ColumnRole.HANDLING: (
        "Håndtering",
        "Konsekvens for planen",
        "Hvad blev besluttet",
        "Beslutning",
        "Udfald",
        "Outcome",
        "Action taken",
        "Decision",
    ),
    ColumnRole.CHANGE: ("Tekstændring", "Ny tekst i planen", "Ændret formulering", "Text change", "New wording"),
}
