"""Query understanding without an LLM: a table of Danish and English phrasings -> filters and topic."""

import pytest

from retrieval.reading.query import detect_language
from retrieval.search.ranking import fuse

CASES = [
    # question, respondents, types, handlings, topic words expected (subset)
    ("Hvad sagde kommunerne om fasttilknyttede læger?", [], ["kommune"], [], ["fasttilknyttede"]),
    ("What did municipalities say about fasttilknyttede læger?", [], ["kommune"], [], ["fasttilknyttede"]),
    ("Which responses led to text changes?", [], [], ["aendring"], []),
    ("Hvilke høringssvar førte til ændringer i teksten?", [], [], ["aendring"], []),
    ("Hvilke punkter gav ikke anledning til ændringer?", [], [], ["ingen_aendring"], []),
    ("Which points did not lead to any change?", [], [], ["ingen_aendring"], []),
    ("Hvilke forslag inddrages i implementeringen?", [], [], ["implementering"], []),
    ("Which points were partially accommodated?", [], [], ["delvist"], []),
    ("Hvilke parter svarede ikke?", [], [], ["intet_svar"], []),
    ("Which parties did not respond?", [], [], ["intet_svar"], []),
    ("Hvad skrev hospitalerne om datadeling?", [], ["hospital"], [], ["datadeling"]),
    ("Hvad mente organisationerne om kapacitet?", [], ["organisation"], [], ["kapacitet"]),
    ("Hvad spurgte Gribskov om?", ["Gribskov Kommune"], [], [], []),
    ("what did gribskov kommune ask for", ["Gribskov Kommune"], [], [], []),
    ("Hvad sagde Kobenhavns Kommune om forebyggelse?", ["Københavns Kommune"], [], [], ["forebyggelse"]),
    ("Hvilke punkter rejste Sundhedstyrelsen?", ["Sundhedsstyrelsen"], [], [], []),
    ("Hvad sagde SST?", ["Sundhedsstyrelsen"], [], [], []),
    ("What did PLO-H write about capacity?", ["PLO-Hovedstaden"], [], [], ["capacity"]),
    ("Hvad mener PIU om pårørende?", ["Patientinddragelsesudvalget i Region Hovedstaden"], [], [], ["pårørende"]),
    ("Hvor mange kommuner er parter i sundhedsaftalen?", [], [], [], ["kommuner"]),
    ("By when are the 1,500 extra GPs agreed according to PLO and KL?", [], [], [], []),
    ("Hvor mange sygebesøg aflægges i Region Sjælland?", [], [], [], ["sygebesøg"]),
]


@pytest.mark.parametrize("question,resp,types,handlings,topic", CASES)
def test_plan(service, question, resp, types, handlings, topic):
    plan = service.retriever.plan(question)
    assert plan.respondents == resp
    assert plan.respondent_types == types
    assert plan.handlings == handlings
    for word in topic:
        assert word.lower() in plan.topic.lower()


def test_a_question_for_the_speaker_has_the_verbs_object_as_its_topic(service):
    """ "Hvem nævnte FMK?": FMK is what was mentioned, not an unknown respondent; the lead counts points only."""
    for q in ("Hvem nævnte FMK?", "Which respondents mentioned FMK?", "Hvilke høringsparter nævnte FMK?"):
        plan = service.retriever.plan(q)
        assert plan.unknown_respondent is None and plan.topic == "FMK" and plan.rows_question, q
    assert service.retriever.plan("Hvad nævnte Gribskov?").respondents == ["Gribskov Kommune"]
    assert service.retriever.plan("Hvad sagde Dansk Erhverv?").unknown_respondent == "Dansk Erhverv"
    assert service.retriever.plan("What did Dansk Erhverv say?").unknown_respondent == "Dansk Erhverv"
    # English puts the speaker before its verb: what follows "says" is what is said, not who says it
    plan = service.retriever.plan("is Region Nord the only one that says Telemedicine matters, or do others agree?")
    assert plan.unknown_respondent is None and "Telemedicine" in plan.topic
    ans = service.answer("Hvem nævnte FMK?")
    assert ans.answer.startswith(f"{len(ans.citations)} af 211 høringspunkter handler om «FMK»")  # 228 rows, 17 silent


def test_named_documents_and_quoted_phrases(service):
    plan = service.retriever.plan("Hvordan behandler Region Sjællands praksisplan og PLO/KL-udspillet faste læger?")
    assert set(plan.docs) == {
        "plo-kl-styrk-det-naere-sundhedsvaesen.txt",
        "region-sjaelland-praksisplan-almen-praksis.txt",
    }
    plan = service.retriever.plan("Hvilke høringsparter ønskede 'lægernes virtuelle venteværelse'?")
    assert plan.quoted == ["lægernes virtuelle venteværelse"] and plan.rows_question
    # a quote that closes onto a compound's hyphen quotes what it holds; the question about its handling gets the row
    plan = service.retriever.plan("Hvorfor blev 'God adgang'-ordningen ikke tvungen for lægerne?")
    assert plan.quoted == ["God adgang"]
    ans = service.answer("Hvorfor blev 'God adgang'-ordningen ikke tvungen for lægerne?")
    assert ans.found and "frivillig" in ans.answer.split("\n", 1)[0], ans.answer[:300]


def test_scan_questions(service):
    plan = service.retriever.plan("Sagde Gladsaxe noget om lokaler?")
    assert plan.scan and plan.respondents == ["Gladsaxe Kommune"] and plan.topic == "lokaler"
    plan = service.retriever.plan("Did Rigshospitalet say anything about telemedicine?")
    assert plan.scan and plan.respondents == ["Rigshospitalet"] and "telemedicin" in plan.topic_da


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Hvad sagde kommunerne?", "da"),
        ("What did the municipalities say?", "en"),
        ("og hospitalerne?", "da"),
        ("Which responses led to text changes?", "en"),
        ("Hvilke høringssvar førte til ændringer?", "da"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


def test_reciprocal_rank_fusion():
    fused = fuse([[1, 2, 3], [3, 1]], k=60)
    assert max(fused, key=fused.get) == 1  # first and second beats third and first
    assert fused[3] > fused[2]  # in both lists beats one high place
    assert fuse([]) == {}


def test_a_letter_typed_three_times_is_read_as_two(service):
    """A key held down ("tilknytttede", "tovholderrrollen") spells no word; "bilag III" is a numeral and stays."""
    from retrieval.reading.query import tidy

    assert tidy("Hvad  siger planen om sygebesøggg?") == "Hvad siger planen om sygebesøgg?"
    assert tidy("Hvad står i bilag III?") == "Hvad står i bilag III?"
    typed = service.retriever.plan("fasttilknytttede læger på plejecentre: argumenter for og imod?")
    clean = service.retriever.plan("fasttilknyttede læger på plejecentre: argumenter for og imod?")
    assert typed == clean, typed
