"""Answers about what the prose says, answer first (issue 19), continued from tests/test_prose_answers.py: the
module is split in two so the suite's two workers each take half (pytest-xdist --dist loadscope gives a module to
one worker)."""

import pytest

from retrieval.answering.answer import NOT_FOUND
from retrieval.answering.prose import answer_type, asked_count, inline_items


def _lead(ans) -> str:
    return ans.answer.split("\n", 1)[0]


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Hvad er de Kommunale Sundhedsudvalgs (KSU) rolle i samarbejdet?", "what"),  # "de" names one body
        ("What is the steering group's task?", "what"),
        ("Hvad er de fem vigtigste udfordringer?", "list"),
        ("What proportion of the doctors are over 60?", "number"),
    ],
)
def test_a_body_s_role_is_no_list_and_a_proportion_is_a_number(question, kind):
    assert answer_type(question) == kind


def test_a_counted_noun_of_any_kind_and_its_adjective():
    assert asked_count("Hvilke tre barrierer peger kommunen på?") == ("barrierer", 3)
    assert asked_count("What are the five main barriers?") == ("barriers", 5)
    assert asked_count("Hvad er de tre vigtigste udfordringer?") == ("udfordringer", 3)
    assert asked_count("What to do about the waiting lists?") is None  # "to" is two only in Danish
    assert asked_count("Hvad siger de to dokumenter om ventetid?") is None  # the sides of a comparison
    assert asked_count("Which 3 hospitals responded?") is None  # rows, not a document's list


def test_items_numbered_inside_one_sentence():
    head, items = inline_items("Vi ser tre problemer: 1) lange ventetider, 2) for få ydernumre samt 3) manglende data.")
    assert head == "Vi ser tre problemer" and items == ["lange ventetider", "for få ydernumre", "manglende data"]
    assert inline_items("Punkt 2) og 4) er ændret.") is None  # not numbered from the first


def test_why_prefers_the_sentence_that_gives_a_reason(service):
    """ "Hvorfor …": the sentence that gives the reason ("… og dermed …", "fordi") over one that repeats the topic."""
    ans = service.answer("hvorfor skal praksisplanudvalget tage stilling til samtaleterapi og sygebesøg?")
    assert "decentralis" in ans.answer[:400], ans.answer[:400]


def test_a_negated_ask_is_answered_by_the_negating_sentence(service):
    """ "what is NOT …" with no condition clause: the sentence that sets the scene is followed to the one that
    negates."""
    ans = service.answer(
        "What, according to PLO and KL, is not the way to a health service close to people's everyday lives?"
    )
    assert "centralisering" in ans.answer[:400], ans.answer[:400]


def test_a_share_of_several_takes_the_value_outside_parentheses(service):
    ans = service.answer("How large a share of the GP talk therapy patients also get treatment elsewhere?")
    assert "20 %" in _lead(ans), ans.answer[:300]


def test_a_counted_list_numbered_inside_a_point(service):
    """ "Hvilke fire …" over a party's points: the sentence that numbers four of them, its items listed."""
    ans = service.answer(
        "Nævn de fire problemer med kommunikationen på tværs af sektorer som Lægeforeningen Hovedstaden oplever"
    )
    assert all(k in ans.answer[:500] for k in ("billedfil", "FMK")), ans.answer[:500]


def test_an_author_named_with_its_region_is_a_side_not_a_region_scope(service):
    """ "PLO-Sjælland's slides and the Capital Region's responses": the slides are one side though the other side's
    region is named; the author is a source, not a respondent that is not there."""
    ans = service.answer(
        "What do the Capital Region's consultation responses and PLO-Sjælland's slides say about recruitment of doctors?"
    )
    assert "not among the respondents" not in ans.answer
    docs = {c.doc for c in ans.citations}
    assert {"plo-sjaelland-vision-praksissektor.txt", "region-hovedstaden-hoeringsnotat-praksisplan.txt"} <= docs
    assert "PLO-Sjællands vision for en stærk praksissektor:" in ans.answer  # the block has the document's title


def test_who_takes_a_topic_up_asks_for_the_parties(service):
    ans = service.answer("fast læge på plejehjem – hvem tager det op?")
    assert ans.reading.startswith("Læst som: punkter om et emne"), ans.reading
    assert "tager" not in ans.reading


def test_a_synthesis_topic_is_held_by_its_synonym(service):
    """ "ulighed i sundhed": the plan writes "lighed i sundhed"; the synonym ranks and covers the topic."""
    ans = service.answer("Sammenlign Region Sjællands praksisplan og PLO-Sjællands slides om social ulighed i sundhed")
    plan_text = " ".join(c.text for c in ans.citations if c.doc == "region-sjaelland-praksisplan-almen-praksis.txt")
    assert "lighed i sundhed" in plan_text or "lige adgang" in plan_text, ans.answer[:800]


@pytest.mark.parametrize(
    "question,kind",
    [
        ("Which contact person at Gribskov Kommune handled the response?", "who"),
        ("Hvad er kontaktpersonens rolle?", "what"),  # a role is asked for, not a person
        ("Hvad er ventetiden hos egen læge i Lolland?", "number"),  # a waiting time is a number of days or weeks
    ],
)
def test_a_person_asked_for_by_a_noun_and_a_waiting_time(question, kind):
    assert answer_type(question) == kind


def test_a_waiting_time_the_documents_do_not_give_is_not_found(service):
    ans = service.answer("how long did patients in Gribskov wait for a GP appointment – what were the waiting times?")
    assert not ans.found, ans.answer[:300]


def test_what_a_thing_holds_is_not_answered_by_a_sentence_that_only_names_it(service):
    """ "Hvad omfatter Kræftplan IV?": the plan only says it will be presented; a heading with a colon heads what
    follows it, which is an answer."""
    ans = service.answer("Hvad omfatter Kræftplan IV, ifølge praksisplanen for Sjælland?")
    assert not ans.found and "siger ikke mere om det" in ans.answer, ans.answer[:300]
    ans = service.answer("What does PLO-Sjælland's vision for the practice sector consist of?")
    assert ans.found and "samarbejde på tværs af sektorer" in ans.answer[:400], ans.answer[:400]


def test_an_overview_item_is_answered_by_the_passage_that_takes_it_up(service):
    """An overview slide's "3. Konkrete områder med behov for styrket samarbejde" only names the item; the slide
    headed "… – konkrete områder" lists them."""
    for q in (
        "hvilke konkrete områder for styrket samarbejde peger kommunerne på i det indledende input?",
        "The specific areas where municipalities want closer cooperation with GPs, per their first input?",
    ):
        ans = service.answer(q)
        lead = ans.answer[:400].lower()
        assert "småbørnsområdet" in lead and "attester" in lead, ans.answer[:400]


def test_count_among_is_a_yes_no_look_up_not_a_count(service):
    ans = service.answer("Does PLO-Sjælland count 'trust instead of control' as one of the prerequisites?")
    assert ans.found and "tillid frem for kontrol" in ans.answer[:400], ans.answer[:400]


def test_who_after_a_source_and_the_sentence_it_points_back_to(service):
    """ "Ifølge X: hvem …" asks who; "Det emne har Jacob Kjellberg indledt dagen med" is quoted after the sentence
    it points back to (the topic)."""
    ans = service.answer("Ifølge PLO-Sjællands slides: hvem indledte dagen?")
    lead = ans.answer[:400]
    assert "Kjellberg" in lead and "ulighed i sundhed" in lead, lead


def test_english_words_with_no_danish_are_named_not_set_aside(service):
    """ "did the council vote unanimously": no glossary term or cognate reads "vote" or "unanimously"; with one
    other word left, the answer is not found and names them. "quick question" is chat, not a topic."""
    ans = service.answer("quick question: did the regional council vote unanimously on the plan in the end?")
    assert not ans.found and "unanimously" in ans.answer, ans.answer[:300]
    assert "Hurtig" not in ans.answer


def test_a_reason_or_value_about_a_partys_point_reads_its_words_as_the_topic(service):
    """A question for a reason or a value about a named party's points, with no "om …" to introduce its topic: the
    words the documents use are its topic (not set aside), and the lead gives the region's reason or the value;
    a request for all of a party's points keeps its chat aside."""
    ans = service.answer(
        "Hvad var begrundelsen for, at PIU's ønske om borgerinddragelse i målsætningerne ikke blev fulgt?"
    )
    assert "et middel til" in ans.answer[:400], ans.answer[:400]
    ans = service.answer("How big is the population growth that Albertslund and the other municipalities refer to?")
    assert "57.728" in ans.answer[:400] and "Side 1" not in ans.answer[:200], ans.answer[:400]
    ans = service.answer("Lav en samlet oversigt over alt, hvad Gribskov skrev, tak")
    assert "Alle 9 høringspunkter" in ans.answer[:300], ans.answer[:300]


def test_a_handling_read_from_the_question_gives_way_to_the_topics_own_handling(service):
    """ "Hvorfor afviste regionen Ishøjs bemærkning om …": no point of the handling read from "afviste" is about the
    topic; the topic's point is shown with the handling it got, said first, and its handling is the answer."""
    ans = service.answer("Hvorfor afviste regionen Ishøjs bemærkning om lægernes bosætning?")
    assert ans.answer.startswith("Intet høringspunkt med håndteringen"), ans.answer[:300]
    assert "uden for rammerne" in ans.answer[:400], ans.answer[:400]


def test_english_names_of_national_bodies_are_read_as_their_danish_names(service):
    """ "the GP union and Local Government Denmark" are PLO and KL, the authors of a document: a source, not unknown
    respondents called "GP"; a question that gives the Danish name as well keeps its words."""
    from retrieval.reading.query import _body_names

    assert (
        _body_names("what did the GP’s union and local government denmark propose?") == "what did PLO and KL propose?"
    )
    assert (
        _body_names("the Danish Medical Association (Lægeforeningen)")
        == "the Danish Medical Association (Lægeforeningen)"
    )
    plan = service.read("What do the GPs union and Local Government Denmark want for provider numbers?")
    assert not plan.unknown_respondent and plan.docs, plan


def test_a_total_divided_in_a_flattened_table_is_listed_row_by_row():
    """ "hvordan fordeles de 2.400 pladser?": a table flattened to lines (a label wrapped over lines, then its
    number, then "I alt N") gives each row; a question that divides no total, or another total, gives none."""
    from retrieval.answering.prose import breakdown
    from retrieval.types import Record

    text = (
        "Udvalget foreslår, at midlerne bruges sådan:\nOmråde Antal pladser\nGenoptræning efter ud-\nskrivning\n"
        "1.100\nAkutte pladser i kommunerne 900\nPalliation 400\nI alt 2.400\nGenoptræning efter udskrivning\n"
        "Pladserne skal placeres tæt på borgerne."
    )
    r = Record(id="x", doc="d.txt", kind="plan", text=text, title="Plan for Vesterby")
    i, intro, rows = breakdown("How are the 2,400 places to be divided?", [r])
    assert intro == "Udvalget foreslår, at midlerne bruges sådan:"
    assert rows == [
        "Genoptræning efter udskrivning 1.100",
        "Akutte pladser i kommunerne 900",
        "Palliation 400",
        "I alt 2.400",
    ]
    assert breakdown("Hvordan fordeles de 3.000 pladser?", [r]) is None  # another total
    assert breakdown("Hvilke tre områder fordeles pladserne på?", [r]) is None  # no total asked
    assert breakdown("Hvad koster de 2.400 pladser?", [r]) is None  # no division asked


def test_a_numbered_list_cut_by_a_passage_boundary_runs_on_into_the_next_passage():
    """Items 1–2 in one passage, item 3 in the next (the passages of a document are cut by length): the list is
    whole, the next passage is cited too, and a sentence that counts another noun is no announcement."""
    from retrieval.answering.prose import list_after
    from retrieval.types import Record

    a = Record(
        id="a", doc="p.txt", kind="plan", title="Plan", line_start=10, line_end=19,
        text="Målene for samarbejdet hviler på fire principper:\n1. Nærhed er udgangspunktet.\n"
             "Borgeren skal ikke køre langt.\n2. Kvalitet måles løbende.",
    )  # fmt: skip
    b = Record(
        id="b", doc="p.txt", kind="plan", title="Plan", line_start=20, line_end=30,
        text="Resultaterne offentliggøres.\n3. Ansvaret er klart placeret.\n4. Økonomien er gennemsigtig.\n"
             "Principperne gælder hele perioden.",
    )  # fmt: skip
    i, head, items = list_after(4, "principper", [a, b])
    assert i == 0 and head.text.startswith("Målene for samarbejdet")
    assert [u.text[:2] for u in items] == ["1.", "2.", "3.", "4."]
    assert [u.hit for u in items] == [None, None, 1, 1]
    assert list_after(4, "mål", [a, b]) is None  # "Målene … fire principper" counts principles, not goals
    far = Record(id="c", doc="p.txt", kind="plan", title="Plan", line_start=80, line_end=90, text=b.text)
    assert list_after(4, "principper", [a, far]) is None  # not the next passage: no run-on


def test_a_long_quoted_response_is_cut_to_the_span_that_holds_the_question_s_words():
    from retrieval.answering.prose import focused_span as focus

    text = (
        "Bemærkning c S. 4: Tilgængelighed - Vi har læst planen med interesse og takker for muligheden for at "
        "svare. Vi er enige i de overordnede mål og i ønsket om mere samarbejde på tværs. Vi har tre forslag til "
        "konkrete indsatser i kommunen. - Konkret foreslår rådet, at telefontiden i lægepraksis udvides til kl. 18 "
        "på hverdage, så borgere med job kan nå lægen. Forslaget er drøftet med borgerne i efteråret. - Vi "
        "ser frem til det videre samarbejde og deltager gerne i arbejdsgrupper om emnet."
    )
    out = focus(text, ["telefontid"], 200)
    assert "telefontiden i lægepraksis udvides" in out and out.startswith("… ") and len(out) <= 210
    assert focus("Kort sætning om telefontid.", ["telefontid"], 200) == "Kort sætning om telefontid."


@pytest.mark.parametrize(
    "question,substance",
    [
        ("what does the patients' council mean by a 'care pathway coordinator'?", True),
        ("hvad mener Ældrerådet om ventetiden?", True),
        ("What did the hospital recommend about night shifts?", True),
        ("hvad vil handicaprådet have?", True),
        ("which comments did the council make?", False),
        ("hvilke høringssvar kom fra kommunerne?", False),
        ("hvad sagde Ældrerådet?", False),
    ],
)
def test_a_what_question_for_what_a_party_means_or_wants_is_told_from_one_for_its_points(question, substance):
    from retrieval.answering.prose import asks_substance

    assert asks_substance(question) is substance


def test_a_sentence_that_defines_the_asked_word_is_told_from_one_that_only_uses_it():
    from retrieval.answering.prose import defines

    assert defines("Ved en forløbskoordinator forstås en fast kontaktperson for borgeren.", ["forløbskoordinator"])
    assert defines("En satellitklinik er en filial af en eksisterende praksis.", ["satellitklinik"])
    assert not defines("Vi ønsker flere satellitklinikker, dvs. i alle kommuner.", ["satellitklinik"])


def test_a_how_long_question_is_answered_by_a_stretch_of_time_and_a_how_many_millions_by_a_figure():
    """ "for how long": "i 48 timer" is the value, a date is not; "hvor mange millioner": a figure, and "et
    trecifret millionbeløb" (an amount in words) is the near miss, while "how much" takes it as the amount."""
    from retrieval.answering.prose import candidates, content_words
    from retrieval.types import Record

    text = (
        "Hospitalet foreslår i brevet af 3. maj 2021 at beholde behandlingsansvaret i 48 timer efter udskrivning. "
        "Kommunen har brugt et trecifret millionbeløb på nye lægehuse."
    )
    r = Record(id="x", doc="d.txt", kind="plan", text=text, title="Plan for Vesterby")
    q = "hvor længe skal hospitalet beholde behandlingsansvaret?"
    c = next(c for c in candidates(q, "when", content_words(q), [r], frozenset()) if c.values)
    assert c.values == ["48 timer"]
    q = "hvor mange millioner har kommunen brugt på lægehuse?"
    assert not [c for c in candidates(q, "amount", content_words(q), [r], frozenset()) if c.values]
    q = "hvor meget har kommunen brugt på lægehuse?"
    c = next(c for c in candidates(q, "amount", content_words(q), [r], frozenset()) if c.values)
    assert c.values == ["trecifret millionbeløb"]


def test_a_stretch_of_time_is_named_a_duration_not_a_date():
    from retrieval.answering.answer import _label

    assert _label("when", "72 timer", "da") == "Varighed" and _label("when", "3 weeks", "en") == "Duration"
    assert _label("when", "1. juli 2020", "da") == "Tidspunkt" and _label("who", "Egon Bo", "en") == "Name"


def test_a_count_announced_before_a_colon_lists_the_items_after_it():
    """ "… er der to forhold, der skal være i fokus: ventetid og afstand.": the items after the colon, when the
    sentence counts the asked noun and there are that many."""
    from retrieval.answering.prose import colon_items, list_after
    from retrieval.types import Record

    text = (
        "Kommunen har længe arbejdet med adgangen til lægen.\n"
        "Skal borgerne opleve en bedre adgang, er der to forhold, der skal være i fokus: ventetid og afstand."
    )
    r = Record(id="x", doc="d.txt", kind="plan", text=text, title="Plan for Vesterby")
    i, head, items = list_after(2, "forhold", [r])
    assert head.text.endswith("der skal være i fokus") and [u.text for u in items] == ["ventetid", "afstand"]
    assert list_after(3, "forhold", [r]) is None  # three asked, two given
    assert colon_items("Vi har tre mål: nærhed, kvalitet og økonomi.", 3)[1] == ["nærhed", "kvalitet", "økonomi"]
    assert colon_items("Bemærk: teksten er et udkast, som vil blive ændret efter høringen i foråret.", 2) is None


@pytest.mark.parametrize(
    "question,kind",
    [
        ("hvem har stadig ret til hjemmebesøg, hvis de flytter?", "what"),
        ("who is entitled to a home visit after moving?", "what"),
        ("hvem er formand for udvalget?", "who"),
    ],
)
def test_who_is_entitled_asks_for_a_group_a_sentence_describes_not_a_name(question, kind):
    assert answer_type(question) == kind


def test_a_how_many_of_a_group_question_is_answered_by_a_share_too():
    from retrieval.answering.answer import _label
    from retrieval.answering.prose import candidates, content_words
    from retrieval.types import Record

    r = Record(id="x", doc="d.txt", kind="plan", title="Plan for Vesterby",
               text="Omkring 45 % af borgerne over 75 år har haft mindst én hjemmesygeplejekontakt.")  # fmt: skip
    q = "hvor mange af de ældre over 75 år har haft hjemmesygeplejekontakt?"
    c = next(c for c in candidates(q, "number", content_words(q), [r], frozenset()) if c.values)
    assert c.values[0] == "45 %"
    assert _label("number", "45 %", "da") == "Andel" and _label("number", "12", "en") == "Number"


def test_a_slash_alternative_does_not_hide_the_counted_noun():
    from retrieval.answering.prose import asked_unit, content_words

    q = "how many municipal temporary / acute beds are there?"
    assert any("plads" in w for w in asked_unit(q, content_words(q, "", "en", frozenset())))


def test_staff_shorthand_for_the_regions_is_read_as_the_region():
    from retrieval.reading.query import _region_shorthand

    assert (
        _region_shorthand("hvad siger RS-planen om ventetid?") == "hvad siger Region Sjællands praksisplan om ventetid?"
    )
    assert _region_shorthand("iflg rs planen") == "iflg Region Sjællands praksisplan"
    assert _region_shorthand("RH's høringsnotat") == "Region Hovedstadens høringsnotat"
    assert _region_shorthand("the first rs of the list") == "the first rs of the list"  # lower case alone: a word


def test_a_list_lead_starts_at_the_line_that_names_what_is_asked():
    """A figure's passage lists many short lines; the question names the heading far down ("Lovpligtige
    områder"): the lead starts there, not at the passage's first eight lines."""
    from retrieval.answering.answer import _list_lead
    from retrieval.answering.prose import candidates, content_words
    from retrieval.reading.query import QueryPlan
    from retrieval.types import Record

    lines = ["Aftalens opbygning", "Politisk del", "Vision for samarbejdet", "Fælles mål", "Borgeren i centrum",
             "Lige adgang", "Kvalitet og læring", "Data og digitalisering", "Økonomi og kapacitet",
             "Lovpligtige områder", "Forebyggelse", "Rehabilitering", "Behandling og pleje", "Værktøjer"]  # fmt: skip
    r = Record(id="x", doc="d.txt", kind="plan", title="Plan for Vesterby", section="4. Aftalen",
               text="\n".join(lines))  # fmt: skip
    q = "hvilke er de lovpligtige områder i aftalen?"
    plan = QueryPlan(question=q, lang="da")
    words = content_words(q, "", "da", frozenset())
    lead: list[str] = []
    assert _list_lead(plan, candidates(q, "list", words, [r], frozenset()), [r], lead, [], words)
    assert "Lovpligtige områder; Forebyggelse; Rehabilitering; Behandling og pleje" in lead[0]
    assert "Politisk del" not in lead[0]


def test_a_what_question_about_a_named_party_s_points_leads_with_the_sentence_that_says_it(service):
    # not "what did Gribskov say" (the points) but a thing its points say: that sentence first, the rows after
    ans = service.answer("ifølge Gribskov – hvad skal der medfølge, hvis almen praksis delegerer flere opgaver?")
    assert _lead(ans).startswith("Svar: «") and "medfølge ressourcer til kommunerne" in _lead(ans)
    assert "(Gribskov Kommune f) [" in _lead(ans)
    points = service.answer("Hvad skrev Gribskov?")
    assert points.answer.startswith("Alle 9 høringspunkter (fra Gribskov Kommune)")


def test_the_material_or_the_papers_are_the_documents_as_a_whole(service):
    ans = service.answer("hvad siger materialet om kræftoverlevelse?")
    assert ans.found and ans.answer.startswith("Ét dokument siger noget om «kræftoverlevelse»:")
    assert "Siger intet om det:" in ans.answer


def test_who_sits_for_a_body_on_a_committee_names_every_member_it_has_there(service):
    ans = service.answer("hvem sidder for PLO-Sjælland i praksisplanudvalget?")
    assert _lead(ans).startswith("Navne: Ulrik Heislev, Peter Wied, Helle Iversen")


def test_a_clause_after_a_dash_opened_by_og_asks_how_the_region_answered_and_is_no_topic(service):
    plan = service.read("hvem nævner sygebesøg på plejecentre – og hvad svarer regionen?")
    assert plan.topic == "sygebesøg plejecentre"


def test_a_closing_yes_or_no_question_about_the_outcome_is_answered_not_used_as_a_filter(service):
    """ "…, og blev teksten ændret?" asks how the point was handled: no handling filter (it would hide the point
    whatever its outcome), no topic words, and the lead names the point's handling."""
    plan = service.read(
        "hvad mener Gribskov skal medfølge, når opgaver delegeres til kommunerne, og blev teksten ændret?"
    )
    assert plan.handlings == [] and plan.topic == "medfølge, når opgaver delegeres kommunerne"
    assert service.read("Hvilke af Gribskovs bemærkninger førte til ændringer?").handlings == ["aendring"]
    ans = service.answer(
        "hvilket område mener Helsingør er helt fraværende i praksisplanudkastet, og blev planen ændret?"
    )
    assert "beskæftigelsesområdet er helt fraværende" in _lead(ans)
    assert "Håndtering af Helsingør Kommune j: Giver ikke anledning til ændringer i praksisplanen." in ans.answer


def test_which_problems_without_a_count_takes_the_sentence_that_numbers_them_by_the_compound_s_head():
    """ "hvilke samarbejdsproblemer …" with no count: a sentence that names "udfordringer" (a synonym of the
    compound's head, "problemer") and numbers them inline gives the items; a count that does not match gives none."""
    from retrieval.answering.prose import list_after
    from retrieval.types import Record

    r = Record(id="x", doc="d.txt", kind="plan", title="Plan for Vesterby",
               text="Vores medlemmer oplever udfordringer med 1) lange svartider, 2) manglende epikriser samt 3) "
                    "uklare aftaler om ansvar.")  # fmt: skip
    i, head, items = list_after(0, "samarbejdsproblemer", [r])
    assert [u.text for u in items] == ["lange svartider", "manglende epikriser", "uklare aftaler om ansvar"]
    assert list_after(0, "samarbejdsforslag", [r]) is None  # another noun


def test_a_party_glossed_in_parentheses_is_the_one_party_and_a_silent_one_said_nothing(service):
    # "doctors' association" alone would also match Lægeforeningen Hovedstaden; the parenthesis names the party
    q = "what did the young doctors' association (FYL) propose about recruitment?"
    assert service.read(q).respondents == ["Foreningen af yngre læger"]
    ans = service.answer(q)
    assert not ans.found and "Foreningen af yngre læger was consulted but sent no response." in ans.answer
    ans = service.answer("Hvad mener Foreningen af yngre læger om rekruttering?")
    assert not ans.found and "blev hørt, men afgav ikke høringssvar" in ans.answer


def test_a_passage_is_about_a_party_when_it_holds_all_of_its_own_name_words():
    from retrieval.answering.answer import _about_party
    from retrieval.reading.query import QueryPlan
    from retrieval.types import Record

    plan = QueryPlan(question="q", lang="da", respondents=["Foreningen af yngre læger"])
    r = Record(id="x", doc="d.txt", kind="plan", title="Plan", text="Flere læger skal rekrutteres i regionen.")
    assert not _about_party(plan, r)  # "læger" alone is every passage
    r2 = Record(id="y", doc="d.txt", kind="plan", title="Plan", text="Foreningen af Yngre Læger har spurgt 300 læger.")
    assert _about_party(plan, r2)


def test_municipal_beds_count_beds_not_the_municipalities():
    from retrieval.answering.prose import asked_unit, content_words

    # "municipal beds" counts beds: its adjective's Danish ("kommunal") would take "17 kommuner" for a count
    q = "how many municipal beds are there?"
    assert asked_unit(q, content_words(q, "", "en", frozenset())) == ["plads|døgnplads"]


def test_one_party_s_part_of_a_sum_must_be_named_by_the_sentence_itself():
    from retrieval.answering.answer import _answers
    from retrieval.answering.prose import candidates, content_words
    from retrieval.reading.query import QueryPlan
    from retrieval.types import Record

    r = Record(id="x", doc="d.txt", kind="plan", title="Plan for Region Vesterby", region="Region Vesterby",
               text="Parterne aftalte at bruge op til 20 mio. kr. på oprydning i medicinkortet.")  # fmt: skip

    def answered(q: str) -> bool:
        words = content_words(q)
        cands = [c for c in candidates(q, "amount", words, [r], frozenset()) if c.values]
        return any(_answers(QueryPlan(question=q, lang="da"), "amount", words, c, r) for c in cands)

    assert answered("Hvor mange penge blev brugt på oprydning i medicinkortet i Region Vesterby?")
    assert not answered("Hvor meget af pengene til oprydning i medicinkortet gik til Region Vesterby?")


@pytest.mark.parametrize(
    "q",
    [
        "hvad forstås der ved et udskrivningsvindue?",
        "hvad menes der med et udskrivningsvindue?",
        "what is meant by a discharge window?",
    ],  # fmt: skip
)
def test_a_word_only_a_party_s_point_defines_is_answered_from_that_point_by_its_defining_sentence(service, q):
    # no passage of the plans holds the word; a point does, and its defining sentence leads (not the summary that
    # only names it), with no meaning words ("forstås der ved") left in the topic
    ans = service.answer(q)
    assert ans.found and "udskrivningsvindue forstås et tidsrum" in _lead(ans)
    assert "forstås" not in service.read(q).topic


def test_a_suspended_compound_is_read_whole_but_a_name_is_left_as_written():
    from retrieval.reading.query import _suspended_compounds

    lexicon = frozenset({"klinikker", "patienter", "rådet"})
    assert _suspended_compounds("hvad med regions- og udbudsklinikker?", lexicon) == (
        "hvad med regionsklinikker og udbudsklinikker?"
    )
    assert _suspended_compounds("kræft- eller hjertepatienter", lexicon) == "kræftpatienter eller hjertepatienter"
    assert _suspended_compounds("Ældre- og Handicaprådet", lexicon) == "Ældre- og Handicaprådet"


def test_a_region_as_a_speaker_in_the_consultation_is_unknown_but_as_a_document_s_owner_a_source(service):
    # typed in lower case it is a name all the same; before the name of a document it owns the document
    plan = service.read("hvad svarede region sjælland i høringen om ventetider?")
    assert plan.unknown_respondent == "region sjælland"
    assert not service.read("hvad siger RS-planen og høringssvarene om ventetider?").unknown_respondent
    assert not service.read("hvad siger Region Sjællands praksisplan om ventetider?").unknown_respondent


def test_a_named_party_none_of_whose_points_got_the_asked_handling_is_shown_with_what_each_got(service):
    # "blev noget af det taget med?" from a party with no changed point: not "the documents do not say", but its
    # points and the handling each got, said first
    ans = service.answer("Vi er fra Ishøj Kommune – førte nogle af vores bemærkninger til ændringer i planen?")
    assert ans.answer.startswith("Ingen af de 7 høringspunkter fra Ishøj Kommune fik håndteringen")
    assert len(ans.citations) == 7 and "Håndtering:" in ans.answer
    assert service.answer("Hvilke af Gribskovs bemærkninger førte til ændringer?").answer.startswith("Det ene")


@pytest.mark.parametrize(
    "q,topic",
    [
        ("Hvad skriver Region Sjællands praksisplan om lægevagten?", "lægevagten"),
        ("Hvad anbefaler PLO og KL's udspil om sundhedshuse?", "sundhedshuse"),
        ("What does the PLO/KL paper propose about health houses?", "health houses"),
        ("What does Region Zealand's practice plan say about fixed-term doctors?", "fixed-term doctors"),
    ],
)
def test_a_named_document_and_its_verb_before_om_are_its_scope_not_the_topic(service, q, topic):
    # "Hvad skriver X om Y": X (by its title, author or English name) and the verb that makes it speak are the
    # document read as the source; Y alone is what a passage must hold
    plan = service.read(q)
    assert plan.docs and plan.topic == topic


def test_a_document_that_never_names_the_topic_says_so(service):
    ans = service.answer("Hvad skriver Region Sjællands praksisplan om lægevagten?")
    assert not ans.found and ans.answer.startswith(NOT_FOUND["da"])


@pytest.mark.parametrize(
    "q,topic",
    [("Hvilke høringssvar handler om psykiatri?", "psykiatri"), ("hvilke bemærkninger om psykiatrien", "psykiatrien")],
)
def test_a_lower_case_word_the_rows_use_as_an_ordinary_word_is_a_topic_not_a_respondent(service, q, topic):
    # "psykiatri" is also the last word of "Region Hovedstaden Psykiatri", but the rows write psykiatrien,
    # psykiatriske and socialpsykiatrien: in lower case it is what the points are about
    plan = service.read(q)
    assert not plan.respondents and plan.topic == topic
    assert len(service.answer(q).citations) >= 5
    assert service.read("Hvad skrev Region Hovedstaden Psykiatri?").respondents == ["Region Hovedstaden Psykiatri"]


def test_a_comparison_of_kinds_of_party_leads_with_one_line_per_side(service):
    ans = service.answer(
        "Hvordan adskiller hospitalernes og kommunernes bemærkninger om elektronisk kommunikation sig?"
    )
    lines = ans.answer.splitlines()
    assert lines[0] == "Sammenligning:"
    assert lines[1].startswith("- Kommuner: ") and lines[2].startswith("- Hospitaler: ")
    assert lines[3].startswith("- Fælles:") or lines[3].startswith("- De citerede")
    # the sides' points, side by side: every municipality's point before the first hospital's
    assert "adskiller" not in service.read("Hvordan adskiller hospitalernes og kommunernes bemærkninger sig?").ignored
    ans_en = service.answer("How do the hospitals and the municipalities differ on discharge?")
    assert ans_en.answer.startswith("Comparison:\n- Municipalities:") and "- Hospitals: no points on the topic" in (
        ans_en.answer
    )


def test_two_named_parties_compared_are_their_points_side_by_side(service):
    ans = service.answer("Hvad er forskellen på Herlev og Gentofte Hospital og Bispebjerg og Frederiksberg Hospital?")
    assert ans.answer.startswith("Sammenligning:\n- ")
    assert len(ans.citations) == 13


@pytest.mark.parametrize(
    "q,words",
    [
        # the source writes "overnskomst" once: a small typo is the same word
        ("Hvilke punkter henviste regionen til overenskomsten?", ("overenskomst", "overnskomst")),
        ("which responses did the region say were already covered by the plan", ("indehold", "dækket", "omfattet")),
        ("Hvilke høringssvar mente regionen allerede var dækket af planen?", ("indehold", "dækket", "omfattet")),
    ],
)
def test_what_the_region_said_of_the_points_is_looked_for_in_its_comments(service, q, words):
    plan = service.read(q)
    assert plan.rows_question and plan.topic_in == "comment"
    ans = service.answer(q)
    assert len(ans.citations) >= 5
    rows = {r.id: r for r in service.index().rows()}
    for c in ans.citations:
        r = next(x for x in rows.values() if x.line_start == c.line_start and x.doc == c.doc)
        comment = f"{r.handling_raw or ''} {r.text_change or ''}".lower()
        assert any(w in comment for w in words), (q, r.respondent, r.letter)
    # what the points are about is still looked for in the points
    assert service.read("Hvad svarede regionen Gribskov om lægedækning?").topic_in == ""


def test_one_point_scanned_is_never_all_1_points(service):
    ans = service.answer("Hvad skrev Region Hovedstaden Psykiatri?")
    assert "alle 1 " not in ans.answer and "det ene" in ans.answer.lower() or "den ene" in ans.answer.lower()


def test_a_party_a_named_document_speaks_about_is_the_topic_not_a_filter(service):
    # the plan is the speaker; Ishøj (a respondent of another region's consultation) is what it might speak about
    plan = service.read("hvad sagde Region Sjællands praksisplan om Ishøj?")
    assert not plan.respondents and plan.topic == "Ishøj" and plan.docs
    assert not service.answer("hvad sagde Region Sjællands praksisplan om Ishøj?").found
    assert service.read("hvad sagde Ishøj om lægedækning?").respondents == ["Ishøj Kommune"]


@pytest.mark.parametrize(
    "q,kind",
    [
        ("hvad mener PLO og KL om antallet af patienter pr. læge?", "what"),
        ("what do the municipalities say about the number of GPs?", "what"),
        ("Hvor mange patienter har en læge?", "number"),
        ("how much money do PLO and KL ask for?", "amount"),
    ],
)
def test_a_view_of_a_number_is_a_what_question(q, kind):
    assert answer_type(q) == kind


def test_a_name_no_plan_passage_holds_is_answered_from_the_point_that_holds_it(service):
    # "God Adgang" (a scheme) is named only in the consultation: its points stand in for the plans' passages
    for q in ("Er God Adgang obligatorisk?", "Is the God Adgang label mandatory for GPs?"):
        ans = service.answer(q)
        assert ans.found and "God Adgang er en frivillig mærkeordning" in _lead(ans), q


def test_how_a_party_defines_its_word_is_answered_by_its_defining_sentence(service):
    for q in ("udskrivningsvindue – hvordan definerer PLO-H det?", "How does PLO-H define a discharge window?"):
        ans = service.answer(q)
        assert "Ved udskrivningsvindue forstås et tidsrum" in _lead(ans), q


def test_an_english_term_no_document_writes_is_said_to_be_absent(service):
    ans = service.answer("What does Region Zealand's practice plan say about the out-of-hours service?")
    assert not ans.found and "lægevagt" in ans.answer and not ans.citations


def test_a_topic_with_no_danish_reading_is_never_listed_as_found_by_meaning_alone(service):
    ans = service.answer("What did the Patient Involvement Committee say about interpreters?")
    assert ans.answer.startswith("None of the 21 consultation points") and "not sure" in ans.answer


def test_a_period_question_about_a_document_needs_a_sentence_about_it(service):
    # the health agreement's 2015-2018 is a near miss, not the practice plan's period
    ans = service.answer("Hvilken periode dækker Region Sjællands praksisplan?")
    assert not ans.found and "2015-2018" in ans.answer and ans.answer.startswith(NOT_FOUND["da"])
    assert service.answer("Hvilken periode dækker sundhedsaftalen?").answer.startswith("Tidspunkt: 2015-2018")


def test_parties_that_sent_nothing_are_never_called_points(service):
    one = service.answer("hvad skrev frederiksberg kommune i deres høringssvar?")
    assert one.answer.startswith("Frederiksberg Kommune blev hørt, men afgav ikke høringssvar")
    some = service.answer("which municipalities didn't send a response?")
    assert some.answer.startswith("5 consulted parties (from municipalities) sent no response:")
    assert "consultation points" not in some.answer
    count = service.answer("hvor mange kommuner svarede ikke?")
    assert count.answer.startswith("5 hørte parter (fra kommuner) afgav ikke høringssvar:")


def test_a_party_s_plural_noun_asks_for_its_items(service):
    assert answer_type("hvad er PLO-Sjællands forudsætninger for visionen?") == "list"
    assert answer_type("hvad er planens formål?") == "what"
    ans = service.answer("hvad er PLO-Sjællands forudsætninger for visionen?")
    assert "Gensidig tillid frem for kontrol" in _lead(ans) and "Økonomi svarende til opgaveniveau" in _lead(ans)


def test_a_named_party_and_a_kind_of_party_side_by_side_are_both_read(service):
    q = "Hvad mener hhv. kommuner, hospitaler og PLO-H om den praktiserende læges tovholderrolle?"
    plan = service.read(q)
    assert plan.respondents == ["PLO-Hovedstaden"] and set(plan.respondent_types) == {"kommune", "hospital"}
    lines = service.answer(q).answer.splitlines()
    assert lines[0] == "Sammenligning:" and [x.split(":")[0] for x in lines[1:4]] == [
        "- Kommuner",
        "- Hospitaler",
        "- PLO-Hovedstaden",
    ]
    # a named party alone is still more precise than its kind
    assert service.read("Hvad skrev Gentofte Kommune om FMK?").respondent_types == []


def test_theme_words_beside_a_named_document_are_what_it_says_not_a_filter(service):
    plan = service.read("plo kl 1500 doctors how many go to better coverage vs access")
    assert not plan.themes and not plan.rows_question and plan.docs


def test_a_thing_asked_of_a_party_is_a_look_up_even_beside_a_handling_word(service):
    # "implementeringen" is what the indicator is for, not the points' handling; the head noun is no point word
    for q in (
        "KK's høringssvar: hvilken indikator ville de have med i implementeringen?",
        "For hvilke patientgrupper blev det med overenskomsten fra 2018 aftalt at implementere forløbsplaner, "
        "jf. Københavns Kommunes høringssvar?",
    ):
        plan = service.read(q)
        assert not plan.rows_question and not plan.handlings and plan.respondents == ["Københavns Kommune"], q
    ans = service.answer(
        "For hvilke patientgrupper blev det med overenskomsten fra 2018 aftalt at implementere forløbsplaner, "
        "jf. Københavns Kommunes høringssvar?"
    )
    assert "KOL, diabetes" in _lead(ans)
    # points asked for by a point word keep the handling as their filter
    plan = service.read("Hvilke af Københavns Kommunes bemærkninger blev inddraget i implementeringen?")
    assert plan.rows_question and plan.handlings == ["implementering"]


def test_a_rare_word_of_the_question_weighs_more_than_a_common_one(service):
    # "uens" is in three passages, "borgerne" and "læge" in most: the sentence that holds "uens tilbud" answers
    ans = service.answer(
        "hvor peger sjælland-planen på, at borgerne får et uens tilbud afhængigt af deres læge, og hvad vil man gøre ved det?"
    )
    assert "uens tilbud" in _lead(ans)


def test_mistyped_and_inflected_english_words_are_read_as_their_terms():
    from retrieval.reading.glossary import english_terms

    danish = lambda q: " ".join(da for _, da in english_terms(q))  # noqa: E731
    assert "sygebesøg" in danish("What do the docs say about GP home vists?")
    assert "rekruttering" in danish("Which municipalities commented on recrutment?")
    assert "underskrive" in danish("When was it signed?") and "forpligtet" in danish("Are GPs bound by it?")
    # a word one edit from two terms, or a short word, is left as written
    assert english_terms("tmes") == []


def test_how_many_points_were_handled_is_answered_by_the_reply_they_share(service):
    ans = service.answer(
        "Several municipalities asked for GPs to share responsibility for finding permanent doctors for care homes. "
        "How did the region handle that, and why?"
    )
    assert ans.answer.startswith(
        "Answer (the consultation memo's comment on"
    ) and "Ønsket er fremsat af flere kommuner" in _lead(ans)


def test_a_year_in_a_name_dates_that_name_only(service):
    # "Overenskomst for almen praksis 2014" dates the agreement it names, not the sygebesøg agreement asked about
    ans = service.answer(
        "Hvornår blev den endelige aftale om nye modeller og honorering af sygebesøg i Region Sjælland indgået?"
    )
    assert not ans.found and "endnu ikke indgået endelig aftale" in ans.answer
    assert service.answer("Hvornår blev overenskomsten for almen praksis indgået?").answer.startswith("Tidspunkt: 2014")
    assert service.answer("When was the health agreement signed?").answer.startswith("Date: 2015-2018")
    from retrieval.answering.prose import possible_only

    # "mulighed for at indgå aftale" is a possibility, no date of an agreement asked about
    q = "Hvornår blev aftalen indgået?"
    assert possible_only(q, "Ydelsen, hvor der er mulighed for at indgå aftale om decentralisering.")
    assert not possible_only(q, "Aftalen blev indgået i 2019, og der er mulighed for at indgå flere.")


def test_a_list_under_a_line_that_names_it_starts_there(service):
    # "Overordnede mål" heads the three goals far down the health agreement's passage; a sentence before it that
    # also says "mål" and "Sundhedsaftalen" (the passage's own heading) does not start the list
    for q in (
        "What are the overarching goals of the Zealand health agreement as summarised in the practice plan?",
        "what were the health agreement's overall goals exactly?",
    ):
        lead = _lead(service.answer(q))
        assert "Overordnede mål; Flere gode og sunde leveår" in lead and "Mere sundhed for de samme penge" in lead, q


def test_names_asked_for_where_the_documents_only_count_them_are_said_to_be_absent(service):
    for q, lead in (
        ("Hvilke øer i RS har en ø-læge i dag? navne tak", NOT_FOUND["da"]),
        (
            "Which of Region Zealand's small islands currently have a resident island doctor – can you name them?",
            NOT_FOUND["en"],
        ),
    ):
        ans = service.answer(q)
        assert not ans.found and ans.answer.startswith(lead) and "hvoraf de tre øer" in ans.answer, q
    # names the documents give are still the answer
    ans = service.answer("Hvilke læger fra PLO-Sjælland sidder i praksisplanudvalget?")
    assert ans.found and "Ulrik Heislev" in _lead(ans)


def test_a_region_s_shorthand_and_a_party_s_acronym_are_no_words_the_answer_must_hold(service):
    # "RH" is Region Hovedstaden (the memo's own region), "SST" the party the reading named
    ans = service.answer("hvor mange målsætninger har RH's praksisplanudkast iflg. SST's høringssvar")
    assert ans.answer.startswith("Antal: 10") and "10 målsætninger" in _lead(ans)


def test_a_near_miss_with_a_value_of_another_thing_is_not_said_to_give_none(service):
    ans = service.answer("Hvad er honoraret pr. samtaleterapiydelse?")
    assert not ans.found and "15. mio. kr er ikke det, der spørges om" in ans.answer
    assert "angiver ikke" not in ans.answer and "«pr»" not in ans.answer


def test_a_statement_then_a_question_about_it_keeps_the_statement_as_the_topic(service):
    # "X lists … problems – what are they?": the statement's words are what is asked about, not chat to set aside
    plan = service.read(
        "the Capital Region medical association lists concrete cross-sector communication problems their members "
        "still run into despite SP-link – what are they?"
    )
    assert plan.respondents == ["Lægeforeningen Hovedstaden"] and "communication problems" in plan.topic
    ans = service.answer(
        "the Capital Region medical association lists concrete cross-sector communication problems their members "
        "still run into despite SP-link – what are they?"
    )
    assert "billedfiler" in ans.answer and ans.returned < ans.matched_filters
