"""Question -> QueryPlan: filters (respondent, respondent type, handling, theme, document), the topic, and the
question's shape. No LLM: patterns for Danish and English phrasings, and fuzzy matching against what the store holds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from retrieval.lexical import STOPWORDS
from retrieval.types import Record

# --- patterns ---------------------------------------------------------------------------------------------------------

HANDLING_PATTERNS: list[tuple[str, str]] = [
    # order matters: "gav ikke anledning til ændringer" must not read as "ændringer"
    ("ingen_aendring", r"ikke (gav |giver |har givet )?anledning|gav ikke anledning|giver ikke anledning|ingen ændring|"
                       r"uden ændring|ikke (førte|fører|har ført) til (en |nogen )?(tekst)?ændring|no changes?\b|"
                       r"not (lead|led|result|resulted) (to|in) (any |a )?(text )?change|did not (lead|result)|"
                       r"didn't (lead|result)|without (any )?changes?|unchanged"),
    ("uden_for_rammerne", r"uden for rammerne|out(side)? of (the )?scope|outside the scope|beyond the scope|out of scope"),
    ("delvist", r"delvist|delvis\b|imødekom\w*|partially|partly|in part\b"),
    ("intet_svar", r"ikke (har )?(svaret|svarede|besvaret|afgivet|fremsendt|indsendt|sendt)|intet (høring)?svar|"
                   r"(svarede|svarer|afgav|indsendte|sendte|fremsendte) ikke|har ikke (svaret|afgivet|sendt|indsendt)|"
                   r"uden (høring)?svar|ikke (har )?(afgivet|givet) (et )?høringssvar|did(n't| not) (respond|answer|reply|"
                   r"submit|send)|no (consultation )?response|not respond|without (a )?response|non-?respon"),
    ("aendring", r"(førte|fører|ført|gav|giver|givet|ledte|medførte|medfører|resulterede)( \w+){0,2} (til |i )?"
                 r"(en |nogen )?(tekst)?ændring\w*|tekstændring\w*|ændringer i (plan|tekst|praksisplan)|"
                 r"ændret (i )?(plan|tekst|praksisplan)|anledning til følgende|(led|lead|leading|resulted|result) "
                 r"(to|in) (a |any )?(text |textual )?(change|amendment)|(text|plan|wording) (was |were )?(changed|"
                 r"amended)|changes? (to|in) the (plan|text)|gave rise to (a )?change|text changes?"),
    ("implementering", r"implementering|inddrages|implementation|implementing|implemented"),
]

TYPE_PATTERNS: list[tuple[str, str]] = [
    ("kommune", r"kommuner\w*|kommunerne\w*|kommunernes|municipalit(y|ies)\w*|municipal (respondents|councils)"),
    ("hospital", r"hospitaler\w*|hospitals\b"),
    ("region", r"regionale (råd|udvalg|organer|parter)|regional (bodies|councils|committees|parties)"),
    ("organisation", r"organisation(er|erne|ernes)\b|organi[sz]ations\b|foreninger(ne)?\b|associations\b|interest groups"),
    ("myndighed", r"myndighed(er|erne)?\b|authorit(y|ies)\b|agenc(y|ies)\b"),
    ("psykiatri", r"psykiatrien\b|psychiatry\b|psychiatric (services|hospitals)"),
]

KIND_PATTERNS: list[tuple[str, str]] = [
    ("sundhedsaftale", r"sundhedsaftale\w*|health (care )?agreement"),
    ("hoeringsnotat", r"høringssvar\w*|høringspunkt\w*|høringspart\w*|høringsnotat\w*|consultation|respon(ses|dents?)"
                      r"|hearing"),
]

LIST_START = re.compile(
    r"^\s*(hvilke|hvem|which|who|list|nævn|opregn|giv (mig )?en (liste|oversigt)|show( me)? all|alle|what (points|"
    r"responses|issues)|hvad (sagde|skrev|mente|ønskede|foreslog)|what did|hvad har \w+ (sagt|skrevet))",
    re.I,
)
SCAN_YES_NO = re.compile(r"^\s*(sagde|nævnte|skrev|har|did|does|do|has)\b.*\b(noget|anything|something|om|about)\b", re.I)
QUOTED = re.compile(r"(?:(?<=[\s(])|^)[\"'“‘«»]([^\"“”«»]{3,120}?)[\"'”’»«](?=[\s?.,;:!)]|$)")
# the rest of a handling phrase: "uden for rammerne [af den aktuelle praksisplan]", "ændringer [i teksten]"
_PHRASE_TAIL = (r"(?:(?:\s+(?:til|af|i|in|to|of|den|the|aktuelle|current|følgende|ændringer|ændring|changes?|"
                r"arbejdet|arbejde))*\s+(?:praksisplanen|praksisplan|planen|plan|teksten|text|implementeringsarbejdet))?")
LETTER = re.compile(r"\b(?:punkt|point|bemærkning)\s+([a-z])\b", re.I)

# words that name a kind of party or place, not a party: never enough to match a respondent on their own
GENERIC_NAME_WORDS = set(
    """kommune kommuner kommunes region regionen regions hovedstaden hovedstadens i og af pva for the of
    hospital hospitalet hospitals rådet råd udvalget kreds dansk danske forening foreningen""".split()
)
DA_WORDS = set("hvad hvilke hvem hvor hvordan sagde om og er det der til at af med kommunerne ikke blev".split())
EN_WORDS = set("what which who how did the about and is are were to of with municipalities say said".split())


def fold_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def detect_language(text: str) -> str:
    """'da' or 'en' by function words (Danish letters decide a tie)."""
    toks = re.findall(r"[a-zæøå]+", text.lower())
    da = sum(t in DA_WORDS for t in toks) + 2 * len(re.findall(r"[æøå]", text.lower())) / max(len(toks), 1)
    en = sum(t in EN_WORDS for t in toks)
    return "en" if en > da else "da"


# --- the catalog of what the store holds -------------------------------------------------------------------------------


@dataclass
class Respondent:
    name: str
    type: str | None
    tokens: list[str]  # distinctive name words, lower-cased
    aliases: set[str] = field(default_factory=set)  # acronyms the respondent's own rows use: SST, PLO-H, PIU


@dataclass
class DocInfo:
    doc: str
    title: str
    kind: str
    publisher: str | None
    tokens: set[str]

    @property
    def split_tokens(self) -> set[str]:
        return set(_split_tokens(f"{self.title} {self.publisher or ''}")) - STOPWORDS - GENERIC_NAME_WORDS


class Catalog:
    """Respondents, their acronyms and the documents, learned from the records."""

    def __init__(self, records: list[Record]) -> None:
        rows = [r for r in records if r.is_row]
        by_name: dict[str, Respondent] = {}
        for r in rows:
            if r.respondent and r.respondent not in by_name:
                toks = [t for t in _name_tokens(r.respondent) if t not in GENERIC_NAME_WORDS]
                by_name[r.respondent] = Respondent(r.respondent, r.respondent_type, toks)
        self.respondents = list(by_name.values())
        self._learn_aliases(rows)
        # in how many rows a word occurs outside the respondent cell: "praktiserende" is common, "Gribskov" is not
        self.word_rows: Counter = Counter()
        for r in rows:
            own = set(_name_tokens(r.respondent or ""))
            self.word_rows.update(set(_name_tokens(" ".join(x for x in (r.summary, r.quote, r.text_change) if x))) - own)
        self.docs: dict[str, DocInfo] = {}
        for r in records:
            if r.doc not in self.docs:
                toks = set(_name_tokens(f"{r.title} {r.publisher or ''}")) - STOPWORDS - GENERIC_NAME_WORDS
                self.docs[r.doc] = DocInfo(r.doc, r.title, r.doc_kind or r.kind, r.publisher, toks)
        self.themes = sorted({r.theme for r in rows if r.theme})

    def _learn_aliases(self, rows: list[Record]) -> None:
        """An acronym is a respondent's alias when its own rows use it and its letters follow the name's."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            for tok in re.findall(r"\b[A-ZÆØÅ]{2,6}(?:-[A-ZÆØÅ])?\b", " ".join(x for x in (r.summary, r.quote, r.text_change) if x)):
                counts[tok][r.respondent] += 1
        for tok, c in counts.items():
            owner, n = c.most_common(1)[0]
            resp = next((x for x in self.respondents if x.name == owner), None)
            if resp and n >= 2 and _is_acronym_of(tok, owner):
                resp.aliases.add(tok.lower())

    def match_respondents(self, question: str) -> list[Respondent]:
        """Respondents the question names, tolerant of case, genitive -s and small typos."""
        return self.match_respondents_spans(question)[0]

    def match_respondents_spans(self, question: str) -> tuple[list[Respondent], list[tuple[int, int]]]:
        """The respondents, and where in the question their names stand."""
        found = self._match_respondents(question)
        spans = []
        for m in re.finditer(r"[A-Za-zÆØÅæøåé]+(?:-[A-Za-zÆØÅæøå]+)?(?:['’]s)?", question):
            w = m.group(0).lower()
            w_acr = re.sub(r"(?<=[a-zæøå])s$", "", w)
            for r in found:
                if any(_token_match(t, w.rstrip("'’s") if "'" in w or "’" in w else w) for t in r.tokens) or w_acr in r.aliases or w in r.aliases:
                    spans.append(m.span())
                    nxt = re.match(r"\s+(kommunes?|kommuner|hospital|hospitalet|regionskommune)\b", question[m.end():], re.I)
                    if nxt:
                        spans.append((m.end(), m.end() + nxt.end()))
        return found, spans

    def _match_respondents(self, question: str) -> list[Respondent]:
        q_tokens = _name_tokens(question)
        # acronyms as written: "SST", "PIU", "PIUs" (genitive), "PLO-H"
        q_acr = {re.sub(r"(?<=[A-ZÆØÅ])s$", "", w).upper() for w in re.findall(r"\b[A-ZÆØÅ]{2,6}s?(?:-[A-ZÆØÅ])?\b", question)}
        scored: list[tuple[float, Respondent]] = []
        for resp in self.respondents:
            if any(a.upper() in q_acr for a in resp.aliases):
                scored.append((1.0, resp))
                continue
            if not resp.tokens:
                continue
            matched = [t for t in resp.tokens if any(_token_match(t, q) for q in q_tokens)]
            if not matched:
                continue
            frac = len(matched) / len(resp.tokens)
            # one word of a longer name is enough only when the word is a name, not a common word of the texts
            if frac >= 0.6 or (resp.tokens[0] in matched and self.word_rows.get(resp.tokens[0], 0) <= 3):
                scored.append((frac, resp))
        if not scored:
            return []
        best = max(s for s, _ in scored)
        return [r for s, r in scored if s == best and s >= 0.5]

    def match_docs(self, question: str) -> list[DocInfo]:
        """Documents the question names by two or more title or publisher words ("PLO/KL-udspillet",
        "Region Sjællands praksisplan", "PLO-Sjælland")."""
        words = _split_tokens(question)
        found = []
        for d in self.docs.values():
            if d.kind == "hoeringsnotat":
                continue
            toks = _canonical(d.split_tokens)
            hits = [(i, t) for i, w in enumerate(words) if w not in STOPWORDS for t in toks if _token_match(t, w)]
            # two of its words next to each other in the question ("Sjællands praksisplan", "PLO/KL-udspillet")
            near = any(t1 != t2 and abs(i1 - i2) <= 2 for i1, t1 in hits for i2, t2 in hits)
            if near:
                found.append((len({t for _, t in hits}), d))
        found.sort(key=lambda x: -x[0])
        return [d for _, d in found]


def _canonical(tokens: set[str]) -> set[str]:
    """One form per word: "sjællands" goes where "sjælland" is there too."""
    return {t for t in tokens if not (t.endswith("s") and t[:-1] in tokens)}


def _split_tokens(text: str) -> list[str]:
    """Words with hyphenated and slashed compounds split: "PLO/KL-udspillet" -> plo, kl, udspillet."""
    return [t for t in re.split(r"[^A-Za-zÆØÅæøåé0-9]+", text.lower()) if len(t) >= 2]


def _name_tokens(text: str) -> list[str]:
    return [t.lower() for t in re.findall(r"[A-Za-zÆØÅæøåé]+(?:-[A-Za-zÆØÅæøå]+)?", text)]


def _is_acronym_of(acr: str, name: str) -> bool:
    """'PIU' of 'Patientinddragelsesudvalget', 'SST' of 'Sundhedsstyrelsen', 'PLO-H' of 'PLO-Hovedstaden' (but 'PLO',
    the national body, is not 'PLO-Hovedstaden': an acronym of a hyphenated name reaches into its last part)."""
    a = acr.lower().replace("-", "")
    n = name.lower()
    if len(a) < 3 or n[0] != a[0]:
        return False
    i = 0
    for ch in a:
        i = n.find(ch, i)
        if i < 0:
            return False
        i += 1
    head = n.split(" ")[0]
    return "-" not in head or i > head.rindex("-")


def _token_match(t: str, q: str | None, many: list[str] | None = None) -> bool:
    if many is not None:
        return any(_token_match(t, x) for x in many)
    if q is None:
        return False
    if t == q:
        return True
    for suffix in ("s", "'s", "’s", "es", "ens", "ets", "et", "en"):  # genitive and definite forms
        if q == t + suffix or t == q + suffix:
            return True
    if len(t) >= 5 and len(q) >= 5 and abs(len(t) - len(q)) <= 2:
        a, b = fold_accents(t), fold_accents(q)
        if a == b:
            return True
        return SequenceMatcher(None, a, b).ratio() >= (0.84 if min(len(a), len(b)) < 9 else 0.8)
    return False


# --- the plan ------------------------------------------------------------------------------------------------------------


@dataclass
class QueryPlan:
    question: str
    lang: str
    respondents: list[str] = field(default_factory=list)
    respondent_types: list[str] = field(default_factory=list)
    handlings: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    is_list: bool = False
    scan: bool = False  # "did X say anything about Y?": answered from a full scan of X's rows
    rows_question: bool = False  # about the høringssvar (rows), not the plan text
    topic: str = ""
    topic_da: str = ""  # Danish words for an English topic's domain terms

    @property
    def search_topic(self) -> str:
        """The topic as searched: with its Danish terms when the question is English."""
        return f"{self.topic} {self.topic_da}".strip()

    @property
    def has_row_filters(self) -> bool:
        return bool(self.respondents or self.respondent_types or self.handlings or self.letters or self.themes)


def plan_query(question: str, catalog: Catalog) -> QueryPlan:
    q = re.sub(r"\s+", " ", question).strip()
    low = q.lower()
    plan = QueryPlan(question=q, lang=detect_language(q))
    consumed: list[tuple[int, int]] = []

    def take(pattern: str, text: str = low) -> list[re.Match]:
        ms = list(re.finditer(pattern, text, flags=re.I))
        consumed.extend(m.span() for m in ms)
        return ms

    plan.quoted = [m.group(1).strip() for m in QUOTED.finditer(q)]
    quoted_text = " ".join(plan.quoted).lower()

    for code, pat in HANDLING_PATTERNS:
        # a quoted handling phrase names the handling: "besvaret med 'Giver ikke anledning til ændringer'"
        if take(rf"\b(?:{pat}){_PHRASE_TAIL}") and code not in plan.handlings:
            if code == "aendring" and "ingen_aendring" in plan.handlings:
                continue
            plan.handlings.append(code)
    if plan.handlings:
        for m in QUOTED.finditer(q):
            if any(re.search(p, m.group(1).lower()) for _, p in HANDLING_PATTERNS):
                consumed.append(m.span())
        plan.quoted = [x for x in plan.quoted if not any(re.search(p, x.lower()) for _, p in HANDLING_PATTERNS)]

    resps, spans = catalog.match_respondents_spans(q)
    plan.respondents = [r.name for r in resps]
    consumed.extend(spans)

    for code, pat in TYPE_PATTERNS:
        for m in re.finditer(rf"\b(?:{pat})", low):
            before = low[max(0, m.start() - 30): m.start()]
            after = low[m.end(): m.end() + 30]
            # "hvilke kommuner", "what did municipalities say", "og hospitalerne?" filter; "til kommunerne",
            # "hvor mange kommuner" and "kommunale medarbejdere" do not
            subject = re.search(r"(^|\b)(hvilke|which|did|did the|fra|from|alle|all|og|and|hvad med|what about|"
                                r"sagde|mente|skrev|ønskede|the)\s+$", before) or (m.start() == 0)
            subject = subject or re.match(r"\s*(sagde|said|say|mente|skrev|wrote|ønskede|wanted|påpegede|pointed|"
                                          r"foreslog|proposed|nævnte|mentioned)\b", after)
            if subject and not re.search(r"\b(hvor mange|how many)\s+$", before):
                if code not in plan.respondent_types:
                    plan.respondent_types.append(code)
                consumed.append(m.span())
    if plan.respondents:
        plan.respondent_types = []  # a named respondent is more precise than its type

    for code, pat in KIND_PATTERNS:
        if take(rf"\b(?:{pat})"):
            plan.kinds.append(code)
    plan.letters = [m.group(1).lower() for m in LETTER.finditer(q)]
    for m in LETTER.finditer(low):
        consumed.append(m.span())
    if re.search(r"\btema(et)?\b|\btheme\b", low):
        for t in catalog.themes:
            if t.lower() in low or t.split()[0].lower() in low:
                plan.themes.append(t)
    plan.docs = [d.doc for d in catalog.match_docs(q)]

    plan.rows_question = plan.has_row_filters or "hoeringsnotat" in plan.kinds
    plan.is_list = bool(LIST_START.search(q)) and plan.rows_question or (plan.has_row_filters and not plan.docs)
    plan.scan = bool(SCAN_YES_NO.search(q)) and bool(plan.respondents)
    if plan.scan:
        plan.is_list = True

    # the topic: what is left once filters, question words and stopwords are taken out
    quoted_text = " ".join(plan.quoted).lower()
    keep = []
    for m in re.finditer(r"\S+", q):
        inside = any(a < m.end() and m.start() < b for a, b in consumed)
        if inside and m.group(0).lower().strip("'\"?.,") not in quoted_text.split():
            continue
        keep.append(m.group(0))
    topic = " ".join(keep)
    topic = re.sub(r"^\s*(hvilke|hvilken|hvem|hvad|which|who|what|list|nævn|did|does|sagde|har)\b", "", topic, flags=re.I)
    plan.topic = _strip_frame(topic)
    if plan.lang == "en" and plan.topic:
        from retrieval.glossary import danish_terms

        plan.topic_da = danish_terms(plan.topic)
    return plan


_FRAME = re.compile(
    r"\b(høringspunkter|høringsparter|høringssvar(et|ene)?|punkter|points|responses?|respondents?|parties|parter|"
    r"sagde|sagt|say|said|says|mente|skrev|wrote|rejste|raised|noget|anything|something|om|about|regarding|"
    r"vedrørende|ift|angående|sit|sine|their|its|blev|were|was|håndteret|handled|answered|besvaret|vurderet|"
    r"assessed|med|with|at|to|i|in|the|de|der|som|that|og|and|of|af|til|for|on|from|fra|alle|all|list|hvilke|which|"
    r"ligge|lægge|pointed|påpegede|påpeger|nævnte|mentioned|kommenterede|commented|did|do|does|hvad|spurgte|asked|"
    r"ask|står|stand|says?|skriver|writes?|er|is|are)\b",
    re.I,
)


def _strip_frame(topic: str) -> str:
    t = _FRAME.sub(" ", topic)
    t = re.sub(r"[?!.:;,()\[\]]", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" '\"-")
    return t
