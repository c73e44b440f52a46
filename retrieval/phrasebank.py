"""How staff phrase questions about a consultation, in Danish and English: the words that name a handling outcome,
a kind of respondent, a theme, an English name of a Danish body, and the words that are about asking rather than
about a topic. The question reader (retrieval/query.py) matches these by word (inflections and small typos
tolerated) and backs them with the embedder's similarity to the example phrasings at the end of this file.

A word entry ending in "*" matches any word that starts with it; other entries match the word itself."""

from __future__ import annotations

from retrieval.vocab import Handling, RespondentType

# --- handling outcomes ---------------------------------------------------------------------------------------------------
# NOTE: an outcome is read from a combination of word groups, not from fixed phrases, so "førte til rettelser",
# "medførte ændringer i teksten", "were accepted into the plan" and "changed the wording" all read as a change.
# NOTE: "*ændring*" finds the change inside a compound ("tekstændringer", "hospitalsændringer"); such a compound
# names the outcome on its own (COMPOUND_CHANGE)
COMPOUND_CHANGE = ("*ændring*", "*aendring*", "*ændret*", "*rettelse*")
CHANGE = ("ændr*", "aendr*", "rettels*", "rettet", "rettede", "rette", "tilret*", "tilføj*", "tilfoej*", "justere*",
          "justering*", "omformuler*", "revider*", "redigere*", "change*", "chang*", "amend*", "modif*", "revis*",
          "edit*", "adjust*", "alter*", "rewrit*", "reword*", "updat*", "opdater*", "addition*", "added", "add")
PLANTEXT = ("plan", "planen", "planens", "praksisplan*", "plantekst*", "tekst*", "text*", "wording*", "formulering*", "ordlyd*",
            "document*", "dokument*", "draft*", "udkast*", "final")
CAUSE = ("førte", "ført", "fører", "føre", "medført*", "medfør*", "ledte", "ledt", "resulter*", "gav", "giver", "givet",
         "anledning*", "led", "lead", "leads", "leading", "result*", "caus*", "trigger*", "prompt*", "made", "make",
         "gave", "give", "given", "brought", "bring*", "affect*", "impact*", "betød", "betyder", "difference", "rise",
         "due", "because", "following", "pga", "grundet", "på grund af", "owing", "thanks to", "som følge af",
         "efter høringen", "after the consultation", "after consultation", "as a result", "som resultat")
ACCEPT = ("accept*", "acted on", "acted upon", "imødekom*", "imoedekom*", "indarbejd*", "indføj*", "adopt*", "incorporat*", "heed*",
          "efterkom*", "taken on board", "taget til følge", "accommodat*", "bifald*", "kom med", "kommet med",
          "fik medhold", "medhold", "got through", "made it into", "taken up", "taget op", "taget med",
          "skrevet ind", "skrevet ind i", "skrevet med", "written into", "written in", "indskrevet", "kom ind i",
          "kommet ind i", "got into", "get into", "gets into", "made it in", "fået med", "fik med", "fået noget med",
          "med i planen", "med i praksisplanen", "ind i planen", "ind i praksisplanen", "into the plan",
          "ind i plantekst*", "ind i teksten", "into the text", "into the plan text",
          "into the practice plan", "into the final plan", "in the final plan", "den endelige plan",
          "got something changed", "get something changed", "fik ændret", "fået ændret", "fik rettet", "fået rettet")
# these say "accepted" only in a question about the consultation: "which requests were met?", not "when was it agreed?"
ACCEPT_WEAK = ("granted", "approved", "godkend*", "fulgt", "followed", "agreed", "listened", "lyttet", "gennemført",
               "met", "included", "reflected", "honour*", "honor*", "opfyldt", "fulfilled", "satisfied")
NEG = ("ikke", "ingen", "intet", "no", "not", "never", "aldrig", "didn't", "didnt", "doesn't", "wasn't", "weren't",
       "hasn't", "haven't", "don't", "uden", "without", "nej", "none", "non", "undlod", "failed", "n't")
REJECT = ("afvist*", "afvis*", "afslå*", "afslag*", "rejected", "reject*", "declin*", "turned down", "dismiss*",
          "said no", "say no", "says no", "sagde nej", "sagt nej", "siger nej", "nej til", "no to", "refused", "refus*",
          "fik nej", "fået nej", "fik afslag", "fået afslag", "got a no", "got no", "not acted on", "not acted upon",
          "get a no", "gets a no", "getting a no", "turn down", "turns down", "turning down", "uden konsekvens*",
          "ingen konsekvens*", "no consequence*", "without consequence*", "no effect", "no-change*", "nochange",
          "uændret", "uaendret", "unchanged", "unaltered", "status quo", "kept as",
          "ignored", "ignorer*", "not acted", "left as")
PARTIAL = ("delvis*", "delvist", "partial*", "partly", "in part", "til dels", "tildels", "halvt", "half*",
           "somewhat", "to some extent", "noget af vejen", "some of the way", "part way", "partway", "i nogen grad")
SCOPE = ("rammer", "rammen", "rammerne", "ramme", "scope", "remit", "outside", "udenfor", "uden for", "beyond",
         "out of bounds", "ikke relevant", "irrelevant", "not relevant", "falls outside", "ligger udenfor",
         "uden for planen", "not covered by")
IMPL = ("implementer*", "implementering*", "implement*", "indgår", "indgaar", "inddrag*", "videre arbejde*",
        "følges op", "følge op", "følger op", "fulgt op", "followed up", "follow up", "follow-up", "deferred",
        "carried into", "dealt with later", "handled later", "parked",
        "videre arbejde", "further work", "taken forward", "carried forward", "opfølgning*", "follow-up work",
        "follow up work", "udmøntning*", "later work", "det videre", "the further", "future work", "senere arbejde",
        "tages med", "taken along", "taken into account in the work", "execution", "rollout", "roll-out")
NORESP_VERB = ("svar*", "besvar*", "respond*", "respons*", "reply", "replied", "replies", "answer*", "sendt*", "sende*",
               "sendte", "sent", "send", "indsend*", "fremsend*", "submit*", "afgiv*", "afgav", "afgivet", "indgiv*",
               "returned", "weigh*", "contribut*", "bidrag*", "hear", "heard")
SILENT = ("tavs*", "silent", "silence", "non respond*", "non respons*", "sendte ikke noget", "ikke sendt noget",
          "sent nothing", "didn't send anything", "did not send anything", "ikke sendte noget", "uden høringssvar", "ingen høringssvar", "manglende høringssvar",
          "no submission*", "without submission*", "without a submission", "with no submission*", "intet fra",
          "slet ikke fra", "hørte intet", "hørt intet", "heard nothing", "nothing from", "heard from no", "non-respond*", "nonrespond*", "non-respons*", "manglende svar",
          "missing response*", "ingen svar", "intet svar", "uden svar", "no response*", "no reply", "no answer",
          "never responded", "didn't respond", "did not respond", "never replied", "didn't reply", "ikke svaret",
          "ikke svarede", "ikke har svaret", "not respond*", "ikke indsendt", "ikke fremsendt", "ikke afgivet",
          "not submit*", "not sen*", "never sent", "never submitted", "sent nothing", "sendte ikke", "sendt ikke",
          "heard nothing", "hørt fra", "consulted but", "hørt, men")

# an empty handling cell ("tom", "ingen håndtering angivet"): empty words next to a handling word
EMPTY = ("tom", "tomme", "tomt", "blank*", "empty", "missing", "mangl*", "udfyldt", "unfilled", "ubesvar*",
         "unanswered", "no handling", "ingen håndtering", "uden håndtering", "not handled", "ikke håndteret")
HANDLING_WORDS = ("håndtering*", "handling", "handled", "cell", "cells", "celle*", "felt*", "field*", "kolonne*",
                  "column*", "outcome*", "udfald*", "vurdering*", "assessment*", "svar")

# words after which the rest of a question is its topic: "om fasttilknyttede læger", "about telemedicine",
# "ønskede lægernes virtuelle venteværelse", "mention FMK". NOTE: leftover words with none of these before them
# (politeness, context: "til et møde i morgen", "quick question") are shown as ignored, never used as a topic
TOPIC_INTRO = ("om", "about", "regarding", "concerning", "vedrørende", "angående", "ang", "mht", "ift", "on",
               "around", "relating", "related", "wrt", "omkring", "vedr",
               "ønskede", "ønsker", "ønsket", "want", "wants", "wanted", "wish", "wished", "foreslår", "foreslog",
               "foreslået", "propose", "proposes", "proposed", "suggest", "suggests", "suggested", "efterlys*",
               "called for", "calls for", "call for", "asked for", "ask for", "asks for", "bad om", "beder om",
               "nævner", "nævnte", "nævnt", "mention", "mentions", "mentioned", "peger på", "pegede på", "påpeger",
               "påpegede", "pointed to", "points to", "point out", "pointed out", "points out", "rejste", "rejser",
               "raise", "raised", "raises", "kritiser*", "criticis*", "criticiz*", "advarer", "advarede", "warn",
               "warned", "warns", "anbefaler", "anbefalede", "recommend", "recommends", "recommended", "støtter",
               "støttede", "supported", "supports", "fremhæver", "fremhævede", "highlight", "highlights",
               "highlighted", "omtaler", "omtalte", "discuss", "discussed", "discusses", "diskuterer", "diskuterede",
               "handler", "concerns", "concerned", "vedrører", "emphasised", "emphasized", "understreger",
               "understregede", "focus on", "focused on", "fokuserer", "opfordrer", "opfordrede", "urged", "urges",
               "kræver", "krævede", "demanded", "spørger", "spurgte", "kommenterer", "kommenterede", "commented on")

# --- respondent types ---------------------------------------------------------------------------------------------------
TYPE_WORDS: dict[RespondentType, tuple[str, ...]] = {
    RespondentType.KOMMUNE: ("kommune", "kommuner", "kommunerne", "kommunernes", "kommunes", "kommunens", "kommunen",
                             "kommunepunkt*", "kommunesvar*", "kommuneforslag*",
                             "*kommuner", "*kommunerne", "*kommunernes",
                             "municipalit*", "municipal", "local authorit*", "kommunale", "kommunal", "borough*",
                             "kommunebemærkning*", "kommunesvar*"),
    RespondentType.HOSPITAL: ("hospital*", "sygehus*", "hospitals", "hosp", "hospitalspunkt*"),
    RespondentType.REGION: ("regionens egne råd og udvalg", "regionens råd og udvalg", "regionens egne udvalg",
                            "regionens udvalg", "regionens råd", "region's councils and committees",
                            "region's committees and councils", "region's councils", "region's committees",
                            "råd* og udvalg*", "udvalg* og råd*", "udvalgene", "udvalgenes", "rådene", "rådenes",
                            "regionale råd*", "regionale udvalg*", "councils and committees", "committees and councils",
                            "committees/councils", "councils/committees", "committees", "councils", "regional bod*",
                            "regional council*", "regional committee*", "regionale", "regionalt", "regional"),
    RespondentType.ORGANISATION: ("organisation*", "organization*", "forening*", "association*", "interest group*",
                                  "interesseorganisation*", "patientforening*", "ngo*", "union*", "fagforening*",
                                  "society", "societies", "interessenter", "stakeholder*", "civil society"),
    RespondentType.MYNDIGHED: ("offentlige myndigheder", "public authorit*", "myndighed*", "authority", "authorities",
                               "authoritys", "agenc*", "styrelse*",
                               "statslig*", "state bod*", "national bod*", "government bod*", "government"),
    RespondentType.PSYKIATRI: ("psykiatri", "psykiatrien", "psykiatriens", "psychiatr*", "mental health services"),
}
# a type word right after these is the topic, not who said it: "om kommunerne", "about hospitals"
TOPIC_BEFORE = ("om", "about", "regarding", "concerning", "vedrørende", "angående", "mellem", "between", "with", "med",
                "til", "to", "for", "på", "on", "ved", "hos")
# ... except after these, where the type word is who spoke: "fra kommunerne", "from municipalities", "by hospitals"
SPEAKER_BEFORE = ("fra", "from", "by", "af")
# the kinds of body that stand in respondents' own names. NOTE: narrower than TYPE_WORDS (no "regional",
# "organisation*"): a word beside a name that the name lacks speaks against the match ("Herlev og Gentofte kommuner")
NAME_TYPE_WORDS = ("kommune", "kommuner", "kommunerne", "hospital*", "sygehus*", "region", "municipalit*",
                   "regionskommune")

# --- who said it ------------------------------------------------------------------------------------------------------

# verbs of saying: the speaker stands beside them ("Hvad sagde Gribskov", "What did KL say")
SPEAKER_VERBS = ("sagde", "sagt", "siger", "say", "said", "says", "skrev", "skrevet", "skriver", "wrote", "written",
                 "write", "mente", "mener", "ment", "think", "thought", "thinks", "ønskede", "wanted", "foreslog",
                 "proposed", "suggested", "påpegede", "pointed", "nævnte", "mentioned", "spurgte", "asked", "bad",
                 "requested", "anbefalede", "recommended", "kommenterede", "commented", "comment", "rejste", "raised",
                 "svarede", "answered", "replied", "bemærkede", "noted", "argued", "argumenterede", "efterlyste",
                 "called", "indsendte", "submitted", "sendte", "sent")
# after "hvem"/"who" these ask who said something, so the answer is rows. NOTE: a subset of SPEAKER_VERBS:
# "hvem svarede ikke", "who never sent in a response" ask who did not respond, which is read by other words
WHO_SAID = ("sagde", "said", "skrev", "wrote", "mente", "ønskede", "wanted", "foreslog", "proposed")
assert set(WHO_SAID) <= set(SPEAKER_VERBS)

# --- themes (English words for the Danish theme labels of a høringsnotat) ---------------------------------------------
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "lægedækning": ("lægedækning*", "laegedaekning*", "doctor coverage", "gp coverage", "coverage", "supply of doctors",
                    "doctor supply", "medical coverage", "physician coverage", "lægedaekning*"),
    "tilgængelighed": ("tilgængelig*", "tilgaengelig*", "accessib*", "availab*", "access"),
    "kvalitet": ("kvalitet*", "quality"),
    "sammenhæng": ("sammenhæng*", "sammenhaeng*", "coheren*", "cohesion", "continuity", "coordination", "integration",
                   "joined-up", "integrated care"),
    "samarbejde": ("samarbejd*", "cooperation", "co-operation", "collaboration", "partnership"),
    "generelt": ("generelt", "general", "generel", "overall"),
    "andet": ("andet", "other", "others", "miscellaneous", "øvrigt", "diverse"),
}
THEME_CUE = ("tema*", "theme*", "kategori*", "categor*", "overskrift*", "heading*", "under", "emne*", "topic*", "section")

# --- names of Danish bodies in English ----------------------------------------------------------------------------------
# NOTE: these are the bodies' official or usual English names; a name's words are also translated one by one
# (NAME_WORDS), so "Patient Involvement Committee" finds "Patientinddragelsesudvalget" without an entry here.
BODY_NAMES: dict[str, tuple[str, ...]] = {
    "kræftens bekæmpelse": ("danish cancer society", "cancer society", "the cancer society", "cancer charity"),
    "sundhedsstyrelsen": ("danish health authority", "health authority", "national board of health",
                          "danish health and medicines authority", "board of health"),
    "lægeforeningen": ("danish medical association", "medical association", "doctors association",
                       "doctors' association"),
    "dansk sygeplejeråd": ("danish nurses organisation", "danish nurses organization", "nurses organisation",
                           "nurses organization", "nurses union", "danish nurses council", "nurses council"),
    "plo": ("danish organisation of general practitioners", "organisation of general practitioners",
            "organization of general practitioners", "general practitioners organisation", "gp organisation",
            "gps organisation", "gp association", "gps association", "association of general practitioners",
            "praktiserende lægers organisation", "de praktiserende lægers organisation", "lægernes organisation"),
    "danske fysioterapeuter": ("danish physiotherapists", "association of danish physiotherapists",
                               "physiotherapists association", "physiotherapists"),
    "dansk psykologforening": ("danish psychological association", "psychological association", "psychologists"),
    "kiropraktorforeningen": ("danish chiropractors association", "chiropractors association", "chiropractors"),
    "ældresagen": ("daneage", "dane age", "age concern"),
    "danske handicaporganisationer": ("danish disability organisations", "disabled peoples organisations denmark",
                                      "danish disability organizations", "disability organisations",
                                      "disability organizations"),
    "foreningen af yngre læger": ("junior doctors association", "association of junior doctors", "junior doctors",
                                  "young doctors", "younger doctors"),
    "foreningen af praktiserende speciallæger": ("association of practising specialists", "practising specialists",
                                                 "practicing specialists", "specialist practitioners",
                                                 "private specialists"),
    "landsforeningen af statsautoriserede fodterapeuter": ("podiatrists", "chiropodists", "foot therapists"),
    "psykiatriforeningernes fællesråd": ("psychiatric associations joint council", "joint council of psychiatric",
                                         "psychiatry associations"),
    "psykiatriforeningens fællesråd": ("psychiatric associations joint council", "joint council of psychiatric",
                                       "psychiatry associations"),
    "region hovedstaden psykiatri": ("mental health services capital region", "mental health services in the capital",
                                     "capital region psychiatry", "psychiatric services capital region",
                                     "mental health services"),
    "rigshospitalet": ("copenhagen university hospital", "rigs hospital", "national hospital", "rigshospital", "riget",
                       "rigets"),
    "københavn": ("city of copenhagen", "copenhagen municipality", "municipality of copenhagen", "copenhagen", "cph",
                  "kbh"),
    "helsingør": ("elsinore",),
    "udsatte rådet": ("council for socially marginalised people", "council for socially marginalized people",
                      "council for socially marginalised", "council for socially marginalized", "council for vulnerable",
                      "vulnerable council", "council for the socially vulnerable", "council for marginalised",
                      "socially marginalised council", "marginalised people council", "vulnerable peoples council"),
}
# English words of descriptive names, with the Danish name parts they stand for
NAME_WORDS: dict[str, tuple[str, ...]] = {
    "patient": ("patient",), "patients": ("patient",), "involvement": ("inddragelse", "inddragelses"),
    "engagement": ("inddragelse", "inddragelses"), "participation": ("inddragelse", "inddragelses"),
    "committee": ("udvalg", "udvalget", "råd", "rådet"), "council": ("råd", "rådet", "udvalg"), "board": ("råd", "rådet"),
    "elderly": ("ældre", "ældreråd", "senior"), "older": ("ældre",), "senior": ("senior", "ældre"),
    "seniors": ("senior", "ældre"), "aged": ("ældre",), "elder": ("ældre",),
    "disability": ("handicap",), "disabilities": ("handicap",), "disabled": ("handicap",), "handicap": ("handicap",),
    "vulnerable": ("udsatte",), "marginalised": ("udsatte",), "marginalized": ("udsatte",), "socially": ("udsatte",),
    "regional": ("region", "regions"), "region": ("region", "regions"), "regions": ("region", "regions"),
    "hospital": ("hospital",), "municipality": ("kommune",), "municipal": ("kommune",), "copenhagen": ("københavn",),
    "capital": ("hovedstaden",), "nurses": ("sygepleje", "sygeplejeråd"), "nursing": ("sygepleje",),
    "doctors": ("læger", "læge"), "physicians": ("læger",), "general": ("praktiserende",), "practitioners": ("læger",),
    "psychiatry": ("psykiatri",), "psychiatric": ("psykiatri",), "cancer": ("kræft", "kræftens"),
    "north": ("nord",), "northern": ("nord",), "zealand": ("sjælland", "sjællands"), "south": ("syd",),
    "island": ("ø",), "young": ("yngre",), "junior": ("yngre",), "specialist": ("speciallæge",),
    "association": ("forening", "foreningen"), "society": ("forening", "foreningen"),
}

# --- words about asking, not about a topic --------------------------------------------------------------------------------
# NOTE: whatever is left of a question once its filters are read is its topic, and a topic narrows a list: a word
# that only frames the request ("vis", "point by point", "bemærkninger") must never become one.
META = tuple("""
vis viser vise show shows showing giv giver give gives nævn nævne name names list liste lists listing opregn* enumerat*
opsummer* summar* sammenfat* resumé resume resumer* oversigt* overblik* overview gennemgå* gennemgang walk through go
find finde finder fremfind* locate look fortæl* fortael* tell beskriv* describe explain forklar* se see kan kunne could
can would will vil ville skal should du you your din dit dine jeg i'd i'm i me mig my min mit os we us vores our hjælp*
help tak thanks thank takk please pls plz venligst gerne hej hi hello hey dear kære mvh regards
punkt punkter punkterne punktvis punktform point points point-by-point bullet* item items itemis* each every hver
hvert alle samtlige all whole entire complete fuld fulde full fuldstændig* komplet* total everything alt
høringspunkt* høringssvar* høringspart* høringsnotat* høring høringen høringens hoeringssvar* hoering* consultation*
svar svaret svarene responses response respons responded respondent* submission* submitted input* indspil
bemærkning* bemaerkning* kommentar* comment* remark* note notes noted feedback synspunkt* holdning* mening* view views
opinion* position* stance* pointe* input
sige siger sagde sagt say says said saying skrive skriver skrev skrevet write writes wrote written writing
mene mener mente ment think thinks thought mean means meant ønske ønsker ønskede ønsket wish wished want wants wanted
foreslå foreslår foreslog foreslået propos* suggest* anbefal* recommend* påpeg* paapeg* point out pointed fremhæv*
highlight* rejse rejser rejste rejst raise raised raises spørge spørger spurgte spurgt ask asks asked bede beder bad
request* anmod* komme kom kommet came come indsende indsendte indsendt send sent afgive afgav afgivet gøre gør gjorde
gjort make made do does did done have has had har havde haft er var være været is are was were be been being
få får fik fået get gets got
plan planen planens praksisplan* teksten tekst text document* dokument* notat notatet memo
hvad hvilke hvilken hvilket hvem hvordan hvorledes what which who whom whose how
blev bliver blive become became got
nogen noget nogle nogle any anything something some
det den de der dette disse denne deres dem sin sine sit egen eget own their its it they them this these those there
om angående vedrørende ift mht about regarding concerning re on in of from by for with to at
handle handler handled handling håndter* behandl* besvaret assess* vurder* treat* dealt deal answered
actually exactly precisely just only also again quick quickly kort briefly short concise everything
stuff things ting said respectively lige lige nu now
ligge ligger lå ligget falde falder faldt fall falls fell lie lies considered deemed judged regarded anses betragtes
besluttet decided hvorvidt whether kindly venligst evt eventuelt possibly maybe måske
forhånd advance bruge brug use using need needs needed behøver brief briefe briefing chef chefen chefens boss manager
leder lederen møde mødet meeting før before inden snart soon today idag asap hurtig hurtigt hurtigste quick
både both begge either based baseret baggrund står stod stands stand står placeret placed filed sorteret sorted
indeholder indeholdt contain contains contained gange times egne own regionens region's regions
many mange number antal antallet count tæl optælling going gå går goes go went referred henvist sendt videre
hørt hørte consulted høringsparterne parties parter part dem those them ones
joint fælles fællessvar combined shared behalf vegne repræsenter* represent* seven syv other andre øvrige rest
city byen one by one-by-one onebyone enkeltvis hver især summary sammendrag resumé resume recap
status overordnet overordnede overall quickly brief briefly kort please-list detail detaljer detaljeret detailed
del dele parts section blevet været work arbejde arbejdet tema temaet temaer temaerne theme themes
ended end ending up endte ende left leave parked park parkeret phase fase stage trin step
forslag forslagene forslagenes suggestion suggestions proposal proposals request requests ønske ønsket ønsker ønskerne
ønskernes idé ideer ideas idea anbefalinger recommendations concern concerns bekymring bekymringer
sammenlign* compar* versus vs row rows række rækker rækkerne linje linjer line lines entry entries record records
stayed stay stays kept keep holdt holder forblev remained remain
planudkast* udkast* draft drafts kladde høringsudkast* høringsversion*
current aktuelle nuværende across tværs during later senere enkelt enkelte individual advisory rådgivende
western vestegn* vestlige tagged markeret kategoriser* categoris* categoriz* labelled labeled letter bogstav
sidder forbereder forberede preparing prepare faktisk actually styr overblik torsdag fredag mandag tirsdag onsdag
tomorrow imorgen morgen week uge næste next
""".split())
# multi-word frames: removed from the topic as a whole
META_PHRASES = ("på forhånd tak", "på forhånd", "in advance", "thank you", "thanks in advance", "one by one",
                "point by point", "punkt for punkt", "practice plan", "the practice plan", "the plan", "the final text",
                "final text", "på vegne af", "on behalf of", "i alt", "in total", "all in all", "in the consultation",
                "i høringen", "consultation response", "consultation responses", "how many", "hvor mange",
                "number of", "the number", "what about", "hvad med", "gave rise to", "give rise to", "go into",
                "goes into", "taken forward", "carried forward", "implementation work", "implementeringsarbejdet")

QUESTION_WORDS = ("hvad", "hvilke", "hvilken", "hvilket", "hvem", "hvordan", "hvor", "hvorfor", "hvornår", "what",
                  "which", "who", "whom", "how", "why", "when", "where")

# question openers that make a yes/no scan of one respondent's points: "Sagde Gladsaxe noget om lokaler?"
SCAN_START = ("sagde", "nævnte", "nævner", "skrev", "skriver", "har", "havde", "mente", "nævnte", "kommenterede",
              "omtalte", "omtaler", "berørte", "berører", "tog", "did", "does", "do", "has", "have", "had", "was", "were",
              "is", "er", "var", "mentioned", "mentions")
COUNT = ("hvor mange", "how many", "antal", "antallet", "number of", "count", "tæl", "optæl*", "hvor stor en del",
         "what share", "how much of")
# a question for these asks for something the passage must hold: a date, an amount, a number
ASKS_DATE = ("hvornår", "when", "what date", "which date", "dato", "deadline", "frist", "tidspunkt", "what year",
             "how long", "hvor længe", "hvor lang", "høringsfrist*", "høringsperiode*",
             "hvilket år")
ASKS_AMOUNT = ("hvor meget", "how much", "beløb", "budget*", "koste*", "cost*", "kroner", "kr", "mio", "million*",
               "dkk", "price", "pris", "spend*", "afsat", "allocated", "funding amount")
COMPARE = ("og", "and", "både", "both", "sammenlign*", "compar*", "versus", "vs", "forskel*", "differ*", "hhv",
           "respektive", "respectively", "each")

# short phrases: the embedder compares a question's leftover words (its would-be topic) with these and with
# ordinary topics of the domain (retrieval/glossary.py); a clear win for a handling reads the words as that handling
HANDLING_PHRASES: dict[Handling, tuple[str, ...]] = {
    Handling.AENDRING: ("førte til ændringer i teksten", "ændret i planen", "rettet i planteksten", "tilføjet til planen",
                        "skrevet ind i planen", "taget til følge", "kom med i den endelige plan", "lavet om i planen",
                        "led to text changes", "changed the plan", "amended the wording", "added to the plan",
                        "accepted into the plan", "made a difference to the final text", "taken on board",
                        "got something changed"),
    Handling.INGEN_AENDRING: ("gav ikke anledning til ændringer", "blev afvist", "ikke imødekommet", "ingen ændring",
                              "planen forblev uændret", "fik ikke opfyldt", "did not lead to any change", "rejected",
                              "turned down", "said no to", "left the plan unchanged", "not accepted"),
    Handling.DELVIST: ("delvist imødekommet", "kun til dels", "delvis taget med", "partially met", "partly accommodated",
                       "met in part", "only partly accepted"),
    Handling.UDEN_FOR_RAMMERNE: ("uden for praksisplanens rammer", "falder udenfor planen", "ikke relevant for planen",
                                 "outside the scope of the plan", "out of scope", "beyond the remit of the plan"),
    Handling.IMPLEMENTERING: ("inddrages i implementeringen", "tages med i det videre arbejde", "indgår i implementeringen",
                              "taken into the implementation work", "carried forward into implementation",
                              "dealt with later in the implementation", "referred to implementation"),
    Handling.INTET_SVAR: ("har ikke sendt høringssvar", "svarede ikke", "holdt sig tavse", "intet svar",
                          "never sent a response", "did not respond", "sent nothing", "no reply"),
}

# leftover words that are no topic: politeness, context, requests for a format (the "none" side of the embedder's
# reading of a leftover, beside the domain topics)
NOT_A_TOPIC = ("kan du hjælpe mig", "på forhånd tak", "tak", "hurtigt spørgsmål", "til et møde i morgen",
               "jeg forbereder et møde", "i punktform", "samlet oversigt", "vær sød at sende", "jeg skal bruge det",
               "quick question", "for a meeting tomorrow", "bullet points please", "for a briefing", "thanks in advance",
               "I need it for my boss", "point by point", "in a table", "med vores håndtering", "with our response")
