"""Answers about what the prose says, answer first (issue 19): the lead states the value of the asked type with its
citation, the quoted sentence follows; a value the documents do not give is said to be absent, with the nearest
sentence; a named document ranks first without hiding the answer in another; readings that broke answers."""

import re

import pytest

from retrieval.answering.answer import NOT_FOUND
from retrieval.answering.prose import answer_type, units
from retrieval.evaluate import keys_in_lead, score_answer
from retrieval.types import Answer


def _lead(ans) -> str:
    return ans.answer.split("\n", 1)[0]


@pytest.mark.parametrize(
    "question,kind",
    [
        ("hvem er formand for PLO-Sjælland?", "who"),
        ("formand PLO sjælland?", "who"),
        ("Hvornår træder den nye praksisplan i kraft?", "when"),
        ("How many sick visits are made each year?", "number"),
        ("Hvad koster sygebesøgene om året?", "amount"),
        ("Hvilken kommune kommer Ida Pedersen fra?", "place"),
        ("Hvad går forslag 8 ud på?", "item"),
        ("What is proposal no. 8?", "item"),
        ("Hvad er de tre overskrifter?", "list"),
        ("Hvorfor blev ordningen ikke tvungen?", "why"),
        ("Hvad er en underliggende aftale?", "what"),
        ("region sjælland's share of the 800m for health centres?", "amount"),  # an amount written short
        ("Hvor meget af de 2,5 mia går til almen praksis?", "amount"),
        ("which age group visits the nurse most often?", "list"),  # a group, not a number
        ("what is the average age of the nurses?", "number"),
    ],
)
def test_answer_type(question, kind):
    assert answer_type(question) == kind


def test_sentences_keep_numbered_items_and_dated_lines():
    text = "Det skal ske ved:\n7. En national styring af, hvor nye\nydernumre placeres.\n8. At regulere antallet."
    us = units(text)
    assert [u.item for u in us] == [None, 7, 8]
    assert us[1].text == "7. En national styring af, hvor nye ydernumre placeres."
    timeline = units(
        "Tidsplanen\n15. marts 2019: PPU behandler\nindledende høringssvar\n1. juli 2020: Planen træder i kraft"
    )
    assert [u.text for u in timeline][1:] == [
        "15. marts 2019: PPU behandler indledende høringssvar",
        "1. juli 2020: Planen træder i kraft",
    ]


@pytest.mark.parametrize("question", ["hvem er formand for PLO-Sjælland?", "formand PLO sjælland?"])
def test_who_is_answered_first_from_the_plan(service, question):
    ans = service.answer(question)
    assert ans.found and _lead(ans).startswith("Navn: Ulrik Heislev — «")
    assert "formand for PLO-Sjælland" in _lead(ans) and "[1]" in _lead(ans)
    assert ans.citations[0].doc == "region-sjaelland-praksisplan-almen-praksis.txt"


def test_a_named_document_ranks_first_but_hides_nothing(service):
    # "PLO-Sjælland" names the slide deck, but the chair is named in the plan's member list
    ans = service.answer("hvem er formand for PLO-Sjælland?")
    assert "plo-sjaelland-vision-praksissektor.txt" in ans.interpretation["filters"]["docs"]
    assert ans.citations[0].doc == "region-sjaelland-praksisplan-almen-praksis.txt"
    assert any(c.doc == "plo-sjaelland-vision-praksissektor.txt" for c in ans.citations[1:])


def test_english_lead_over_danish_quote(service):
    ans = service.answer("Who chairs PLO-Sjælland?")
    assert _lead(ans).startswith("Name: Ulrik Heislev — “Praktiserende læge, formand for PLO-Sjælland")
    assert "Other passages (quoted in Danish):" in ans.answer


def test_how_many_takes_the_number_beside_the_asked_unit(service):
    ans = service.answer("How many sick visits are made each year?")
    assert _lead(ans).startswith("Number: 55.000 — “Der aflægges ca. 55.000 sygebesøg pr. år")


def test_when_gives_the_date_of_the_timeline(service):
    ans = service.answer("Hvornår træder ny praksisplan for almen praksis i kraft?")
    assert _lead(ans).startswith("Tidspunkt: 1. juli 2020 — «1. juli 2020: Ny praksisplan for almen praksis")


@pytest.mark.parametrize(
    "question,start",
    [
        ("Hvad går forslag 8 i PLO og KL's udspil ud på?", "Forslag 8: «8. At regulere antallet af patienter pr. læge"),
        ("What is proposal 8 in PLO and KL's paper?", "Proposal 8 (quoted in Danish): “8. At regulere antallet"),
        ("Hvad handler det syvende forslag om i PLO/KL-udspillet?", "Forslag 7: «7. En national styring af"),
    ],
)
def test_a_numbered_item_is_found_by_its_number(service, question, start):
    ans = service.answer(question)
    assert ans.found and _lead(ans).startswith(start)


def test_a_counted_list_gives_its_items(service):
    lead = _lead(service.answer("Hvad er de tre overskrifter i de kommunale input til praksisplanen?"))
    for item in ("Lægedækning og rekruttering", "Tilgængelighed til almen praksis", "Konkrete områder"):
        assert item in lead


def test_absent_value_names_the_near_miss(service):
    ans = service.answer("Hvem er formand for PLO-Hovedstaden?")
    assert not ans.found and ans.answer.startswith(NOT_FOUND["da"])
    # the nearest names PLO-Sjælland's chair (the plan spells him both Heislev and Hesislev), and says it has a name
    assert re.search(r"Ulrik He(i|si)slev", ans.answer) and "«PLO-Hovedstaden»" in ans.answer
    assert len(ans.citations) == 1 and "ikke et navn" not in ans.answer
    en = service.answer("Which municipality does Ida Pedersen come from?")
    assert not en.found and en.answer.startswith(NOT_FOUND["en"])
    assert "Ida Pedersen" in en.answer and "It gives no municipality" in en.answer


def test_the_question_s_own_number_is_no_answer(service):
    ans = service.answer("Hvor mange af de 600 ekstra læger skal bruges på forslag 8?")
    assert not ans.found and ans.answer.startswith(NOT_FOUND["da"])


def test_a_question_about_a_handling_gets_the_comment_first(service):
    ans = service.answer("Hvad svarede regionen Glostrups senior- og handicapråd om 'God adgang'?")
    assert _lead(ans).startswith("Svar (høringsnotatets kommentar til Senior- og Handicapråd (Glostrup) b): «")
    assert "frivillig" in ans.answer[:400]


# --- readings that broke answers -------------------------------------------------------------------------------------


def test_a_common_noun_is_no_respondent(service):
    plan = service.answerer.read("Hvad siger planen om lægedækningen?")
    assert plan.respondents == [] and not plan.rows_question
    assert service.answerer.read("Hvad sagde lægeforeningen?").respondents == ["Lægeforeningen Hovedstaden"]


def test_a_place_adjective_is_no_unknown_respondent(service):
    plan = service.answerer.read("What does Sjælland's plan say about sick visits?")
    assert plan.unknown_respondent is None and not plan.rows_question


def test_an_approval_asked_for_its_date_is_no_handling(service):
    q = "Hvornår godkendte Sundhedsstyrelsen rammeplanen?"
    plan = service.answerer.read(q)
    assert plan.handlings == [] and not plan.rows_question
    ans = service.answer(q)
    assert ans.found and _lead(ans).startswith("Tidspunkt: maj 2014")


# --- the eval's answer keys ----------------------------------------------------------------------------------------


def test_answer_keys_must_stand_in_the_first_400_characters():
    keys = [["Ulrik Heislev", "Heislev"], ["PLO-Sjælland", "PLO Sjælland"]]
    assert keys_in_lead(keys, "Navn: ulrik  HEISLEV — «formand for PLO-Sjælland»")
    assert not keys_in_lead(keys, "x" * 400 + "Heislev PLO-Sjælland")
    q = {"id": "t", "kind": "fact", "question": "?", "answer_keys": keys}
    s = score_answer(q, Answer(question="?", answer="Heislev, PLO Sjælland", found=True))
    assert s.score == 1.0 and s.detail["keys_first_400"] is True


def test_how_many_items_a_list_holds_is_counted_from_the_list(service):
    ans = service.answer("Hvor mange forudsætninger for visionen nævner PLO-Sjælland?")
    assert _lead(ans).startswith("Antal: 8 — «Forudsætninger for visionen» • Personalemæssig kapacitet")


def test_an_item_asked_by_its_number_alone(service):
    ans = service.answer("Hvad er nummer 2 på PLO-Sjællands liste over eksempler på indsatsområder?")
    assert _lead(ans).startswith("Nummer 2: «2. Uhensigtsmæssige procedurer")


def test_a_why_about_a_handling_finds_its_row_without_a_named_respondent(service):
    ans = service.answer("Hvorfor blev 'God adgang' ikke tvungen?")
    assert ans.found and _lead(ans).startswith(
        "Svar (høringsnotatets kommentar til Senior- og Handicapråd (Glostrup) b)"
    )
    assert "frivillig" in _lead(ans) and ans.citations[0].respondent == "Senior- og Handicapråd (Glostrup)"


# --- synthesis with structure (retrieval/answering/synthesis.py) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Sammenlign planen og oplægget om rekruttering", "compare"),
        ("How do the slides and the paper differ on night duty?", "compare"),
        ("Hvad siger dokumenterne om sygebesøg?", "survey"),
        ("What do the documents say for and against telemedicine?", "pros_cons"),
        ("Hvordan blev kommunernes ønske om faste læger håndteret?", "handled"),
        ("What did the committee agree on for the fee?", None),
        ("How many sick visits are made each year?", "say"),
        ("Hvem er formand for udvalget?", None),
    ],
)
def test_the_shape_of_a_synthesis_question(question, kind):
    from retrieval.answering.synthesis import shape

    assert shape(question) == kind


def test_cognates_find_the_danish_word_an_english_word_resembles():
    from retrieval.answering.prose import cognates

    lexicon = frozenset({"protokoller", "infrastruktur", "telemedicin", "kommune", "kommunikation", "initiativ"})
    # "telemedicine" is a glossary term: its Danish comes from the glossary, not from its likeness
    assert cognates("staff protocols, telemedicine and infrastructure", lexicon) == ["protokoller", "infrastruktur"]
    assert cognates("initialise", lexicon) == []  # alike in its start only
    assert cognates("communicative", lexicon) == ["kommunikation"]  # not "kommune"


def test_a_comparison_gets_one_block_per_named_side(service):
    ans = service.answer("Sammenlign hvad PLO-Sjællands slides og praksisplanen siger om rekruttering af læger")
    lines = ans.answer.split("\n")
    assert lines[0].startswith("Hvad 2 dokumenter siger om «") and "rekruttering" in lines[0]
    assert lines[1].startswith("Fælles:") and "kun PLO-Sjællands vision" in lines[1]
    assert "PLO-Sjællands vision for en stærk praksissektor:" in lines
    assert "Praksisplan for almen praksis, Region Sjælland:" in lines
    docs = {c.doc for c in ans.citations}
    assert docs == {"plo-sjaelland-vision-praksissektor.txt", "region-sjaelland-praksisplan-almen-praksis.txt"}
    assert any("rekrutteringstiltag" in c.text for c in ans.citations)


def test_what_the_documents_say_names_the_silent_ones(service):
    ans = service.answer("What do the documents say about sick visits?")
    assert ans.found and ans.answer.startswith("2 documents say something about “")
    assert "Say nothing about it:" in ans.answer and "PLO og KL: Sådan styrker" in ans.answer.split("Say nothing")[1]
    assert {c.doc for c in ans.citations} >= {"region-sjaelland-praksisplan-almen-praksis.txt"}


def test_a_comparison_with_the_consultation_groups_its_points_by_handling(service):
    ans = service.answer("How do PLO and KL's paper and the consultation responses differ on fasttilknyttede læger?")
    text = ans.answer
    assert "PLO og KL: Sådan styrker vi det nære sundhedsvæsen:" in text
    assert "  led to a change/addition in the plan:" in text and "The region's comment: “" in text
    assert {c.doc for c in ans.citations} == {
        "plo-kl-styrk-det-naere-sundhedsvaesen.txt",
        "region-hovedstaden-hoeringsnotat-praksisplan.txt",
    }


def test_a_respondent_s_points_stay_a_list(service):
    # the words of a comparison do not take a list of one respondent's points away from the rows answer
    ans = service.answer("Hvad sagde Gentofte Kommune om fasttilknyttede læger, og hvordan håndterede vi hvert punkt?")
    assert "side om side" not in ans.answer and ans.citations
    assert all(c.respondent == "Gentofte Kommune" for c in ans.citations)


def test_a_sentence_that_adds_one_word_to_the_question_is_its_answer(service):
    # "Lægedækning er den vigtigste forudsætning for …": the one new word is the answer, not a repeated title
    ans = service.answer("Hvad er den vigtigste forudsætning for implementering af Sundhedsaftalen i Region Sjælland?")
    assert _lead(ans).startswith("Svar: «Lægedækning er den vigtigste forudsætning")


def test_an_english_region_name_is_the_danish_region():
    from retrieval.answering.prose import content_words, danish_region

    assert danish_region("Zealand") == "sjælland" and danish_region("Sjælland") == "sjælland"
    # a cue word stemmed ("ifølge" -> "ifølg") and the moment a "when" asks for are no words a sentence must hold
    assert content_words("Hvad er ifølge planen ikrafttrædelsen af ordningen?") == ["plan", "ordning"]


def test_a_counted_list_of_goals_in_an_english_question_about_a_region(service):
    ans = service.answer("Name the three overall goals of the health agreement in Region Zealand")
    assert ans.found and "“Overordnede mål”" in _lead(ans)
    assert "Mere sundhed for de samme penge" in _lead(ans)


def test_two_asks_are_split_the_second_with_the_first_one_s_subject():
    from retrieval.answering.multipart import split

    assert split("Who chairs the committee, and when was it set up?") == (
        "Who chairs the committee?",
        "when was it set up chairs committee?",
    )
    assert split("Hvad er en underliggende aftale og hvordan bruges den?") is None  # "hvordan" asks for no value
    assert split("What is X and Y?") is None


def test_two_asks_get_two_leads(service):
    ans = service.answer("Who is the chair of PLO-Sjælland, and when does the new practice plan come into force?")
    lead = ans.answer.split("\n")
    assert lead[0].startswith("Name: Ulrik Heislev — “") and lead[1].startswith("Date: 1. juli 2020 — “")
    assert {c.doc for c in ans.citations} == {
        "region-sjaelland-praksisplan-almen-praksis.txt",
        "oplaeg-ny-praksisplan-kommunale-input.txt",
    }


def test_a_share_range_is_no_count():
    from retrieval.answering.prose import values

    assert values("number", "fra 1 % til 2,8-3,7 % af borgerne og 262 praksis", set(), frozenset()) == ["262"]


def test_what_a_respondent_thinks_stays_a_list_of_its_points(service):
    # "almen praksis" is in two documents' titles: the question still asks for one respondent's points
    ans = service.answer("Hvad mener Herlev Kommune om opgaveoverdragelse til almen praksis?")
    assert "side om side" not in ans.answer
    assert ans.citations and all(c.respondent == "Herlev Kommune" for c in ans.citations)


def test_an_amount_of_something_narrower_is_a_near_miss_not_the_answer(service):
    # the plan gives the fee for one service ("honorar til sygebesøg", "til samtaleterapi"), never a total budget
    total = service.answer("Hvad er Region Sjællands samlede årlige budget til almen praksis?")
    assert not total.found and "mio" not in total.answer.split("\n")[0].split("nærmeste")[0]
    fee = service.answer("Hvad er det samlede honorar til sygebesøg i Region Sjælland?")
    assert fee.found and "14 mio" in fee.answer.split("\n")[0]


def test_a_range_broken_over_lines_and_an_unmarked_list_stay_apart():
    us = [
        u.text
        for u in units(
            "Den hyppigste gruppe er de 40-\n49 årige. Se listen til bor-\nBorgmester A B, X Kommune\nBorgmester C D, Y Kommune\n"
        )
    ]
    assert us[0] == "Den hyppigste gruppe er de 40-49 årige."
    assert us[-2:] == ["Borgmester A B, X Kommune", "Borgmester C D, Y Kommune"]


def test_a_share_question_is_answered_by_a_percentage():
    from retrieval.answering.prose import values

    assert values("number", "I alt udgør én og to besøg næsten 45 % af alle forløb", set(), frozenset(), place="%") == [
        "45 %"
    ]


def test_a_role_of_another_body_is_no_answer():
    from retrieval.answering.prose import other_role

    assert other_role("Læge, formand for Foreningen Nord, Anna Holm", ["formand", "udvalg"])
    assert not other_role("Læge, formand for udvalget, Anna Holm", ["formand", "udvalg"])


@pytest.mark.parametrize(
    "question,key",
    [
        ("Hvem er formand for Praksisplanudvalget i Region Sjælland?", "Egon Bo"),  # not PLO-Sjælland's chair
        ("Which municipality is Mogens Haugaard the mayor of?", "Stevns"),  # the value nearest the name
        ("Hvor mange principper for lægedækningen har Region Sjælland?", "syv"),  # a passage ranked low
        ("Hvor stor en andel af samtaleterapiforløbene består af én eller to samtaler?", "60 %"),
    ],
)
def test_a_typed_value_is_found_beside_the_question_s_words(service, question, key):
    ans = service.answer(question)
    assert ans.found and key in ans.answer[:400]


def test_an_english_look_up_keeps_its_words_in_danish(service):
    # "advice" (rådgivning) and "Danish Health Authority" (Sundhedsstyrelsen): not the approval of 2014
    ans = service.answer("When does the practice plan go to the Danish Health Authority for advice?")
    assert ans.found and "Februar-marts 2020" in ans.answer[:300]


def test_a_numbered_item_of_a_list_named_by_two_documents_is_a_look_up(service):
    ans = service.answer("Hvad er nummer 3 på PLO-Sjællands liste over indsatsområder fra Praksisplanen 2021-2024?")
    assert "Principper for opgaveudflytning" in ans.answer[:300]


def test_who_is_a_body_unless_the_role_is_a_person_s():
    from retrieval.answering.prose import PERSON_ROLE, values

    text = "Projektet er forankret i Kvalitetsudvalget, som er styregruppe for det."
    assert values("who", text, set(), frozenset()) == ["Kvalitetsudvalget"]
    assert not PERSON_ROLE.search("Hvem er styregruppe for projektet?")
    assert PERSON_ROLE.search("Hvem er formand for udvalget?") and PERSON_ROLE.search("Who is Anna Holm?")


@pytest.mark.parametrize(
    "question,kind",
    [("For which period was the agreement concluded?", "when"), ("Hvor længe gælder aftalen?", "when")],
)
def test_a_period_is_asked_for_by_when(question, kind):
    assert answer_type(question) == kind


# --- questions about a party's points, counted nouns, "svaret" as a noun (bank 2's tune half, new phrasings) ---------


def test_the_answer_as_a_noun_is_no_party_that_did_not_respond(service):
    """ "Hvad er ikke svaret, hvis …" asks for what is not the answer; "Hvem har ikke svaret?" for the silent parties."""
    plan = service.answerer.read(
        "Hvad er ifølge KL og PLO ikke svaret, hvis danskerne skal have et nært sundhedsvæsen?"
    )
    assert plan.handlings == [] and not plan.rows_question
    assert service.answerer.read("Hvem har ikke svaret?").handlings == ["intet_svar"]
    assert service.answerer.read("which parties did not answer?").handlings == ["intet_svar"]


@pytest.mark.parametrize(
    "q, key",
    [
        ("Hvilken udvikling kan ifølge Herlev og Gentofte Hospital mindske kapaciteten i almen praksis?", "kvindelige"),
        ("Hvilken ny ydelse for psykisk syge borgere indfører overenskomsten ifølge høringsnotatet?", "somatisk"),
    ],
)
def test_a_question_for_what_the_points_say_gets_the_sentence_first(service, q, key):
    """A named party is the look-up's scope (its points first), and a "which thing" question over the points gets
    the sentence that holds it ahead of the complete list."""
    ans = service.answer(q)
    assert ans.found and key in ans.answer[:400], ans.answer[:400]


@pytest.mark.parametrize(
    "q",
    [
        "Hvor mange praktiserende læger er der i Region Sjælland?",
        "How many GPs are there in Region Sjælland?",
        "Hvilke lægeklinikker i Hillerød har lukket for tilgang siden høringen?",
    ],
)
def test_a_number_must_count_the_asked_thing_and_a_party_must_hold_the_answer(service, q):
    """ "8 mindre øer" and "15 km" count no doctors; a party's points that do not say it are no answer."""
    assert not service.answer(q).found


def test_a_count_stands_by_its_noun(service):
    ans = service.answer("hvor mange sygebesøg aflægges der om året?")
    assert ans.found and ans.answer.startswith("Antal: 55.000")


@pytest.mark.parametrize(
    "q, handling",
    [
        ("Hvad siger høringssvarene om afviste henvisninger?", []),
        ("What do the responses say about rejected referrals?", []),
        ("Hvilke afviste forslag kom fra kommunerne?", ["ingen_aendring"]),
        ("which requests were rejected?", ["ingen_aendring"]),
        ("Hvilke ønsker afviste regionen?", ["ingen_aendring"]),
        ("what did the region reject outright?", ["ingen_aendring"]),
        ("Declined – regional councils and committees", ["ingen_aendring"]),
    ],
)
def test_a_participle_before_a_thing_is_a_topic_not_a_handling(service, q, handling):
    """ "afviste henvisninger" (rejected referrals) are a topic of the documents; "afviste forslag", "were rejected"
    and "afviste regionen" are how points were handled."""
    assert service.answerer.read(q).handlings == handling


def test_a_documents_region_before_a_consultation_word_is_whose_consultation_it_is(service):
    """ "the Capital Region consultation responses" are Region Hovedstaden's consultation, not an unknown party's
    answers; a region that wrote nothing is still an unknown respondent."""
    plan = service.answerer.read("What did the Capital Region consultation responses say about next of kin?")
    assert plan.unknown_respondent is None and plan.rows_question
    assert service.answer("What did the Capital Region consultation responses say about next of kin?").found
    assert service.answerer.read("What did Region Syddanmark say?").unknown_respondent == "Region Syddanmark"


def test_how_a_wish_was_handled_leads_with_the_comment(service):
    """ "Hvordan blev X's ønske om … håndteret?" asks for the authority's comment on that point, not only its label."""
    ans = service.answer("Hvordan blev Gentofte Kommunes ønske om mål for samarbejdet med akutfunktionerne håndteret?")
    assert (
        ans.answer.startswith("Svar (høringsnotatets kommentar til Gentofte Kommune c)") and "4.2" in ans.answer[:400]
    )


def test_the_health_agreement_named_ranks_first_but_hides_nothing(service):
    """ "Hvornår bliver PPU orienteret om den nye sundhedsaftale?" names the agreement; the date is on the timeline
    slide of another document, which a hard filter on the agreement's passages hid."""
    ans = service.answer("Hvornår bliver PPU orienteret om den nye sundhedsaftale?")
    assert ans.found and ans.answer.startswith("Tidspunkt: 24. juni 2019")


@pytest.mark.parametrize(
    "q, lead",
    [
        ("Hvor stort er honoraret per samtale i samtaleterapi?", None),
        ("How much does a GP get paid per home visit?", None),
        ("hvor mange sygebesøg aflægges der om året?", "Antal: 55.000"),
        ("Hvor mange praksis brugte samtaleterapi?", "Antal: 262"),
    ],
)
def test_a_rate_is_not_answered_by_a_total(service, q, lead):
    """ "pr. samtale" asks for a rate: "det samlede honorar … 15 mio. kr." is the near miss, not the answer; a rate
    ("55.000 sygebesøg pr. år") answers; "praksis" is no "pr."."""
    ans = service.answer(q)
    assert ans.found == bool(lead) and (lead is None or ans.answer.startswith(lead)), ans.answer[:200]


def test_one_english_term_is_one_word_of_the_question_whatever_its_danish_words():
    """ "shared medication record" is "fælles medicinkort fmk" in the glossary: a sentence that says "FMK" holds the
    term, and the question does not need all three (a share counted per Danish word made an English question's
    sentences look half-answered). "money" in "how much money" asks for the amount: its Danish ("økonomi midler")
    is no word a sentence must hold."""
    from retrieval.answering.prose import _same, content_words, held
    from retrieval.reading.glossary import danish_terms

    q = "How much money did the islands get for the shared medication record?"
    words = content_words(q, danish_terms(q), "en", frozenset({"midler", "øerne"}))
    fmk = [w for w in words if "fmk" in w.split("|")]
    assert fmk and "medicinkort" in fmk[0].split("|")
    assert not any(w in ("medicinkort", "fmk", "økonomi", "midl") for w in words)  # not as words of their own
    have = {"fmk", "øer"}
    assert len(held(words, have)) == len(words)
    assert _same("fmk", fmk[0]) and not _same("kommun", fmk[0])


def test_the_pronoun_it_is_no_it_system():
    from retrieval.reading.glossary import danish_terms

    assert "it" not in danish_terms("What would it take to recruit doctors?").split()
    assert "it" in danish_terms("Which IT problems did the doctors name?").split()


def test_a_typo_is_the_word_but_a_seven_letter_word_with_one_other_letter_is_another():
    from retrieval.answering.prose import _same

    assert _same("forslag", "forslg")  # a letter left out
    assert not _same("praksis", "praktis")  # a practice is not a GP ("praktiserende")


def test_a_value_under_a_heading_inside_its_passage_is_about_the_heading():
    """The passage's section is "Nationale tiltag", but the line "Tidlig hjemmebehandling" above the paragraph says
    what its amount is for: the question's name may stand there instead of in the sentence."""
    from retrieval.answering.prose import candidates, content_words, local_heading, units
    from retrieval.types import Record

    text = (
        "Nedenfor beskrives to eksempler:\nTidlig hjemmebehandling\nKommunerne og regionen indgik i 2019 en aftale om "
        "hjemmebehandling.\nDer blev afsat op til 12 mio. kr. fordelt mellem parterne til opstarten i 2020.\n"
        "Kronikerpakker\nRegionen har fået ekstra midler til pakkerne."
    )
    us = units(text)
    j = next(k for k, u in enumerate(us) if "12 mio" in u.text)
    assert local_heading(us, j) == "Tidlig hjemmebehandling"
    r = Record(id="x", doc="d.txt", kind="plan", text=text, title="Plan for Vesterby", section="8. Nationale tiltag")
    q = "Hvor mange penge blev afsat til tidlig hjemmebehandling?"
    c = next(c for c in candidates(q, "amount", content_words(q), [r], frozenset()) if c.values)
    assert "12 mio" in c.unit.text and c.heading == "Tidlig hjemmebehandling" and c.context_share == 1.0


def test_a_heading_chosen_as_the_answer_brings_the_items_it_heads():
    from retrieval.answering.prose import Candidate, Unit, run_on
    from retrieval.types import Record

    text = (
        "Det kræver politisk vilje\nDet kunne være:\n• Flere uddannelsespladser i yderområder\n"
        "• Faste tillæg til nye læger\n• Bedre lokaler til klinikkerne\nTak for ordet."
    )
    r = Record(id="x", doc="d.txt", kind="udspil", text=text, title="Oplæg")
    c = Candidate(0, Unit("Det kræver politisk vilje"), [], 1.0, 1.0, 1.0)
    out = run_on([r], c)
    assert out.startswith("Det kræver politisk vilje: ")
    assert "Flere uddannelsespladser" in out and "Bedre lokaler" in out
    assert "Det kunne være" not in out and "Tak for ordet" not in out


def test_a_party_named_beside_documents_is_a_side_of_its_own_on_the_question_s_topic(service):
    """ "hvad siger planen, Gribskov og PLO/KL om X": Gribskov is a side (its points on X), not a list of all its
    points; a region named for one side does not hide the other region's høringsnotat that holds the party."""
    ans = service.answer("Rekruttering af læger – hvad siger Region Sjællands praksisplan, Gribskov og PLO/KL?")
    assert ans.reading.startswith("Læst som: sammenstilling af flere dokumenter")
    assert "emne: «Rekruttering" in ans.reading and "alle punkter" not in ans.reading
    assert "Høringsnotat: høringssvar til praksisplan for almen praksis, Region Hovedstaden (Gribskov Kommune):" in (
        ans.answer
    )
    rows = [c for c in ans.citations if c.kind == "hoeringsnotat"]
    assert rows and all(c.respondent == "Gribskov Kommune" for c in rows)
    assert {c.doc for c in ans.citations} >= {
        "region-sjaelland-praksisplan-almen-praksis.txt",
        "plo-kl-styrk-det-naere-sundhedsvaesen.txt",
    }


def test_the_domain_glossary_reads_english_words_as_the_documents_danish():
    """The wider glossary (made from the corpus's words): hyphen and space alike, "its" no IT, and the words that ask
    about the consultation itself ("consultation", "change") left to the reader."""
    from retrieval.reading.glossary import EN_DA, EN_DA_CORE, english_terms
    from retrieval.reading.query import reader_phrasings

    got = dict((en.lower(), da) for en, da in english_terms("GP capacity and nursing-home doctors: its disease burden"))
    assert "lægekapacitet" in got["gp capacity"]
    assert got["nursing-home doctors"] == EN_DA["nursing home doctors"]
    assert "its" not in got and "it" not in got
    assert not english_terms("the consultation led to a change")
    assert not english_terms("their input in the appendix")  # the slides' name ("kommunale input"), not "oplæg"
    # the reader's embedder compares leftovers with the curated terms only: ingest embeds those ahead
    texts = set(reader_phrasings()[1])
    assert "gp capacity" not in texts and set(EN_DA_CORE) <= texts and len(EN_DA) > len(EN_DA_CORE) + 500


@pytest.mark.parametrize(
    "question",
    ["In which month did the consultation on the plan end?", "I hvilke måneder var udkastet i offentlig høring?"],
)
def test_which_months_asks_for_a_date_that_the_points_do_not_hold(service, question):
    assert answer_type(question) == "when"
    ans = service.answer(question)
    assert ans.interpretation["intent"] == "fact"  # a look-up in the documents, not a list of points about "months"
    assert not re.match(r"\d+ (?:af|of) \d+", ans.answer)


def test_the_months_of_a_timeline_answer_which_months(service):
    ans = service.answer("I hvilke måneder var der indledende høring af kommunerne?")
    assert _lead(ans).startswith("Tidspunkt: November 2018") and "januar 2019" in _lead(ans)


def test_what_a_question_sets_aside_is_no_word_the_answer_must_hold():
    from retrieval.answering.answer import _without_excluded
    from retrieval.answering.prose import content_words

    q = "Hvilke læger fra Lægeforeningen sidder i styregruppen ud over formanden Jens Hald?"
    words = _without_excluded(q, content_words(q))
    assert not {"formand", "jen", "hald"} & set(words) and {"styregrup", "lægeforening"} <= set(words)
    q = "Apart from Jens Hald, who sits on the steering group?"
    assert "hald" not in _without_excluded(q, content_words(q))


def test_several_people_asked_for_get_every_name_of_the_list_but_the_one_set_aside(service):
    ans = service.answer(
        "Hvilke praktiserende læger fra PLO-Sjælland sidder i Praksisplanudvalget ud over formanden Ulrik Heislev?"
    )
    assert _lead(ans).startswith("Navne: Peter Wied, Helle Iversen — ")
    ans = service.answer(
        "Apart from Ulrik Heislev, which GPs represent PLO-Sjælland on the Practice Planning Committee?"
    )
    assert _lead(ans).startswith("Names: Peter Wied, Helle Iversen")


def test_who_chairs_is_answered_by_the_chair_not_a_member(service):
    # a member named beside the chair does not chair it; with the chair set aside, nobody else does
    ans = service.answer("Hvem er formand for PLO-Sjælland ud over Ulrik Heislev?")
    assert not ans.found and "Peter Wied" not in _lead(ans)


def test_parties_that_did_not_respond_have_no_topic_to_be_found_in(service):
    ans = service.answer("Which municipalities sent no consultation response on the Capital Region's GP practice plan?")
    assert ans.answer.startswith("5 consulted parties (from municipalities) sent no response:")
    # "Capital Region's" names whose consultation it is (no topic word); the rest is shown as set aside
    assert "ignored: “consultation GP”" in ans.reading
    assert len(ans.citations) == 5


def test_a_reported_clause_without_that_shapes_the_answer(service):
    # "what does X say could reduce …": the words after the speaker verb are what the point is about, not set aside
    ans = service.answer(
        "What trend does Herlev and Gentofte Hospital say could reduce GP capacity in the Capital Region?"
    )
    assert "reduce GP capacity" in ans.reading.split("ignored")[0]
    assert "1 of 8 consultation points" in ans.answer and "kvindelige" in ans.answer[:400]


def test_a_point_that_names_six_proposals_does_not_list_them(service):
    # the party's points are not its "seks forslag": the point that names them without listing them is the near miss
    for q, says in (
        ("Nævn Lægeforeningen Hovedstadens seks forslag om rekruttering og fastholdelse.", "nævner de 6, men opregner"),
        ("What are Lægeforeningen Hovedstaden's six proposals on recruitment?", "mentions the 6 but does not list"),
    ):
        ans = service.answer(q)
        assert not ans.found and says in ans.answer and "seks forslag vedr. rekruttering" in ans.answer
    # a count the party's points meet is a list of its points, not an absence
    assert service.answer("Hvad var Gribskov Kommunes 3 bemærkninger?").found


@pytest.mark.parametrize(
    "q",
    [
        "Pårørende i høringssvarene til Region Hovedstadens praksisplan - hvem rejste emnet, og hvordan blev det håndteret?",
        "Hvad skrev parterne om pårørende?",
    ],
)
def test_words_that_name_the_consultation_or_the_topic_itself_are_not_the_topic(service, q):
    # "Region Hovedstadens" says whose consultation, "emnet" points back at the topic and "parterne" asks for the
    # points: none of them is what the points must be about (a party "… i Region Hovedstaden" is not about pårørende)
    ans = service.answer(q)
    assert ans.interpretation["topic"].lower() == "pårørende" and ans.found
    assert "Kræftens bekæmpelse" in ans.answer and "pårørende" in ans.answer.split("\n\n")[1]


def test_an_english_comparison_is_compared_on_its_domain_terms_when_only_the_sides_are_left(service):
    # the reading keeps no topic beside the sides ("how do A, B and C differ?"): the glossary's "GP capacity" is
    # still what the sides are compared on, and the topic is shown in the question's own words
    ans = service.answer(
        "Redistributing GP capacity versus expanding it: how do Region Sjælland's plan, PLO-Hovedstaden and PLO/KL differ?"
    )
    # (an inflected English word is read as its term since the twelfth session: "expanding" is "udvide")
    assert ans.interpretation["topic"] in ("GP capacity", "GP capacity expanding")
    plan_block = ans.answer.split("Praksisplan for almen praksis, Region Sjælland:")[1]
    assert "lægekapacitet" in plan_block.lower()
    assert "i stedet for at udvide kapacitet" in ans.answer


def test_an_ordinary_word_of_a_name_alone_does_not_name_the_party(service):
    # "udsatte borgere" is a topic; Udsatte Rådet is named with another word of its name ("udsatte rådet")
    ans = service.answer(
        "Hvordan håndterede regionen ønskerne om at skrive ulighed i sundhed og udsatte borgere ind i planen?"
    )
    assert "respondents" not in ans.interpretation.get("filters", {})
    named = service.answer("hvad skrev udsatte rådet om tilgængelighed")
    assert named.interpretation["filters"]["respondents"] == ["Udsatte Rådet i Region Hovedstaden"]


def test_the_region_that_answered_the_consultation_is_not_an_unknown_respondent(service):
    # the Capital Region wrote the høringsnotat's answers: "how did it respond" asks for them
    ans = service.answer("How did the Capital Region respond to requests to write health inequality into the plan?")
    assert "unknown_respondent" not in ans.interpretation and ans.found


def test_a_title_that_names_it_and_says_nothing_more_is_not_answered_by_another_partys_sentence(service):
    # slide 9 is only the title "FAPS-Sjællands vision for en stærk praksissektor": PLO-Sjælland's vision is another's
    ans = service.answer("Hvad går FAPS-Sjællands vision for en stærk praksissektor ud på?")
    assert not ans.found and "Slide 9" in ans.answer and "PLO-Sjællands bud" not in ans.answer


def test_a_share_of_an_amount_the_documents_name_only_in_total_is_not_found(service):
    ans = service.answer("region sjælland's share of the 800m for health centres?")
    assert not ans.found and "gives no amount" in ans.answer


def test_which_things_the_region_pointed_to_for_a_named_partys_point_lead_with_its_comment(service):
    ans = service.answer(
        "Gentofte wanted goals for the cooperation between GPs and the municipal acute teams. Which goals did the "
        "region point to?"
    )
    assert "comment on Gentofte Kommune c" in _lead(ans) and "8-10" in _lead(ans)


def test_a_bulleted_item_is_not_followed_by_its_siblings_as_if_it_headed_them(service):
    # "• Kræftområdet - Kræftplan IV fremlægges i 2016" is one item of a list of areas: "Medicinområdet" is not in it
    ans = service.answer("Hvad indeholder Kræftplan IV ifølge praksisplanen?")
    assert "Kræftplan IV fremlægges i 2016" in _lead(ans) and "Medicinområdet" not in _lead(ans)


def test_an_ordinary_word_like_the_first_word_of_a_name_does_not_name_the_party(service):
    # "kræft" is a word of the texts; Kræftens Bekæmpelse is named by "kræftens"
    ans = service.answer("Hvem er styregruppe for projektet om tidlig opsporing af kræft?")
    assert "respondents" not in ans.interpretation.get("filters", {})
    assert service.answer("hvad mente kræftens om pårørende").interpretation["filters"]["respondents"] == [
        "Kræftens bekæmpelse"
    ]


@pytest.mark.parametrize(
    "q,party,topic",
    [
        ("kræftens bekæmpelse pårørende", "Kræftens bekæmpelse", "pårørende"),
        ("PIU tilgængelighed", "Patientinddragelsesudvalget i Region Hovedstaden", "tilgængelighed"),
    ],
)
def test_a_terse_question_of_a_party_and_a_topic_narrows_to_the_topic(service, q, party, topic):
    # no verb, no question word: the words beside the party are its topic, not set aside
    ans = service.answer(q)
    assert ans.interpretation["filters"]["respondents"] == [party] and ans.interpretation["topic"] == topic
    assert "ignored" not in ans.interpretation
    # a typo of a word that asks is not a topic ("bemærkiner"): the party's points, all of them
    assert service.answer("sundhedsstyrelsens bemærkiner?").answer.startswith("Alle 5 høringspunkter")


def test_the_noun_phrase_a_question_word_fronts_is_the_topic(service):
    # "What problems with referrals does X list?": the asked thing stands before the speaker and the verb, and is not
    # set aside as ignored; a fronted phrase that names the rows themselves ("Which consultation points …") is none
    ans = service.answer("What problems with referrals does Lægeforeningen Hovedstaden list?")
    assert "“problems with referrals”" in ans.reading and "ignored" not in ans.reading
    assert ans.answer.startswith("Answer (quoted in Danish)") and "afviste henvisninger" in ans.answer[:300]
    ans = service.answer("Which consultation points from Gribskov Kommune led to a change?")
    assert "no topic" in ans.reading


def test_an_opinion_noun_with_its_preposition_introduces_the_topic(service):
    # "holdning til X", "syn på X", "views of X": the words after it are what the party's points must be about
    for q, topic in (
        ("Hvad var Gribskovs holdning til rekruttering?", "«rekruttering»"),
        ("Hvad er Herlev Kommunes syn på dosisdispensering?", "«dosisdispensering»"),
    ):
        ans = service.answer(q)
        assert topic in ans.reading and "ignoreret" not in ans.reading, ans.reading
    ans = service.answer("Giv mig Gribskovs kommentarer til praksisplanen")
    assert "intet emne" in ans.reading  # the plan itself is no topic of its points


def test_the_words_a_respondents_genitive_owns_are_the_topic(service):
    # "respond to Gentofte's objectives for the acute functions": the thing the party's genitive owns is what its
    # points must be about; a misspelt point noun after it ("bemærkiner") is no topic
    ans = service.answer("How did the region respond to Gentofte's objectives for the acute functions?")
    assert "topic: “objectives for acute functions”" in ans.reading and "1 of 6 consultation points" in ans.answer
    ans = service.answer("Hvordan svarede regionen på Gentoftes målsætninger for akutfunktionerne?")
    assert "«målsætninger for akutfunktionerne»" in ans.reading
    ans = service.answer("sundhedsstyrelsens bemærkiner?")
    assert "intet emne" in ans.reading


def test_money_is_what_an_amount_question_asks_not_a_word_the_sentence_must_hold(service):
    """ "How much money …": "money" is the question's cue (the glossary's "økonomi midler" is no topic); the sentence
    with the amount answers though it never says "økonomi"."""
    ans = service.answer("What was the total fee for talk therapy with the GP in Sjælland, in money?")
    assert ans.found and "15. mio. kr" in _lead(ans), ans.answer[:300]


def test_a_condition_clause_is_context_and_what_is_asked_must_be_the_sentence_s_own(service):
    """ "Hvad er ikke svaret, hvis …": the condition's words stand in the neighbouring sentence; the answer is the
    sentence that says what is asked (and negates, as the question does)."""
    ans = service.answer(
        "Ifølge KL og PLO: hvad er ikke svaret, hvis sundhedsvæsenet skal være tæt på borgernes hverdag?"
    )
    assert "centralisering" in ans.answer[:400], ans.answer[:400]
    ans = service.answer(
        "Hvad er ikke løsningens svar ifølge PLO og KL, når danskerne skal have sundhedsvæsenet tæt på?"
    )
    assert "centralisering" in ans.answer[:400], ans.answer[:400]


def test_a_quoted_phrase_is_what_the_question_is_about_not_what_it_asks():
    """ "a line about 'more health for the same money' – what were its goals?" asks for goals, not an amount."""
    assert answer_type("The agreement had a line on 'better care for less money' – what were its aims?") != "amount"
    assert answer_type("How much money went to talk therapy?") == "amount"


def test_examples_of_a_listed_thing_are_counted_from_the_list_under_its_long_heading(service):
    """ "Hvor mange eksempler på indsatsområder …": the examples are of the noun after them, and the list's heading may
    be long and name a period ("… fra Praksisplanen for almen praksis 2021-2024")."""
    ans = service.answer("Hvor mange eksempler på indsatsområder fra den gamle praksisplan nævner PLO-Sjælland?")
    assert _lead(ans).startswith("Antal: 7"), ans.answer[:300]
