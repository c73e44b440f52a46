"""Every user-facing text of the retrieval layer, Danish and English: answers (leads, "not found", the reading line),
draft replies and the overview. `say(key, lang, **values)` fills one in. The names of handling values, respondent
types and kinds are vocabulary (retrieval/vocab.py), not wording; the bot's own texts are in bot/messages.py."""

from __future__ import annotations

from retrieval.vocab import EMPTY_HANDLING

WORDING: dict[str, dict[str, str]] = {
    # --- answers (retrieval/answering/answer.py) ---------------------------------------------------------------------------
    "not_found": {"da": "Det fremgår ikke af dokumenterne.", "en": "The documents do not say."},
    "unknown_respondent": {
        "da": "{not_found} «{name}» er ikke blandt høringsparterne i høringsnotatet.",
        "en": "{not_found} “{name}” is not among the respondents of the consultation.",
    },
    "rows_all": {"da": "Alle {n} høringspunkter", "en": "All {n} consultation points"},
    "rows_one": {"da": "Det ene høringspunkt", "en": "The one consultation point"},
    # parties that were consulted and sent nothing made no point: never "Alle 5 høringspunkter" for them
    "rows_silent_all": {
        "da": "{n} hørte parter{filters} afgav ikke høringssvar",
        "en": "{n} consulted parties{filters} sent no response",
    },
    "rows_silent_one": {
        "da": "{who} blev hørt, men afgav ikke høringssvar",
        "en": "{who} was consulted but sent no response",
    },
    "rows_all_silent_one": {
        "da": "Alle {n} høringspunkter og den ene hørte part, der ikke svarede",
        "en": "All {n} consultation points and the one consulted party that did not respond",
    },
    "rows_all_silent": {
        "da": "Alle {n} høringspunkter og de {k} hørte parter, der ikke svarede",
        "en": "All {n} consultation points and the {k} consulted parties that did not respond",
    },
    "rows_some": {
        "da": "{k} af {m} høringspunkter{filters} handler om «{topic}»",
        "en": "{k} of {m} consultation points{filters} are about “{topic}”",
    },
    "rows_some_comment": {
        "da": "{k} af {m} høringspunkter{filters}, hvor regionens bemærkning siger «{topic}»",
        "en": "{k} of {m} consultation points{filters} where the region's comment says “{topic}”",
    },
    "rows_count": {"da": "{n} {points} fra {r} {parties}", "en": "{n} {points} from {r} {parties}"},
    "rows_count_silent_one": {
        "da": " og 1 hørt part, der ikke svarede",
        "en": " and 1 consulted party that did not respond",
    },
    "rows_count_silent": {
        "da": " og {k} hørte parter, der ikke svarede",
        "en": " and {k} consulted parties that did not respond",
    },
    "word_point": {"da": "høringspunkt", "en": "consultation point"},
    "word_points": {"da": "høringspunkter", "en": "consultation points"},
    "word_party": {"da": "høringspart", "en": "respondent"},
    "word_parties": {"da": "høringsparter", "en": "respondents"},
    "rows_how": {
        "da": "Fundet ved gennemgang af alle {n} høringspunkter, der matcher filtrene",
        "en": "Found by checking all {n} consultation points that match the filters",
    },
    "rows_how_one": {
        "da": "Fundet ved gennemgang af det ene høringspunkt, der matcher filtrene",
        "en": "Found by checking the one consultation point that matches the filters",
    },
    "rows_how_silent_only": {
        "da": "Fundet ved gennemgang af alle {n} hørte parter uden svar, der matcher filtrene",
        "en": "Found by checking all {n} consulted parties without a response that match the filters",
    },
    "rows_how_one_silent": {
        "da": "Fundet ved gennemgang af den ene hørte part uden svar, der matcher filtrene",
        "en": "Found by checking the one consulted party without a response that matches the filters",
    },
    "rows_how_silent_one": {
        "da": "Fundet ved gennemgang af alle {n} høringspunkter og den ene hørte part uden svar, der matcher filtrene",
        "en": "Found by checking all {n} consultation points and the one consulted party without a response that match the filters",
    },
    "rows_how_silent": {
        "da": "Fundet ved gennemgang af alle {n} høringspunkter og {k} hørte parter uden svar, der matcher filtrene",
        "en": "Found by checking all {n} consultation points and {k} consulted parties without a response that match the filters",
    },
    "rows_how_unanswered": {
        "da": " (de {k} uden høringssvar har intet emne)",
        "en": " (the {k} without a response have no topic)",
    },
    "rows_how_topic": {"da": ", og udvalgt efter emnet.", "en": ", then selecting those about the topic."},
    "rows_see_all": {
        "da": "Se alle {m}: spørg igen uden emnet.",
        "en": "To see all {m}: ask again without the topic.",
    },
    "rows_related": {
        "da": "Fundet ved beslægtede ord (ikke «{topic}» selv): {words}.",
        "en": "Found through related words (not “{topic}” itself): {words}.",
    },
    "none_about_topic_unsure": {
        "da": "Ingen af de {m} høringspunkter{filters} handler tydeligt om «{topic}». Jeg er ikke sikker på, at ingen "
        "gør: de nærmeste er",
        "en": "None of the {m} consultation points{filters} is clearly about “{topic}”. I am not sure that none is: "
        "the closest are",
    },
    "scan_unsure": {
        "da": "Måske ikke. Ingen af {who}s {n} høringspunkter handler tydeligt om «{topic}», men jeg er ikke sikker: "
        "de nærmeste er",
        "en": "Probably not. None of the {n} consultation points from {who} is clearly about “{topic}”, but I am not "
        "sure: the closest are",
    },
    "near_how": {
        "da": "Alle {m} punkter er gennemgået; de nærmeste er valgt efter ord og betydning.",
        "en": "All {m} points were checked; the closest were chosen by words and meaning.",
    },
    "relaxed_handling": {
        "da": "Intet høringspunkt med håndteringen {labels} handler om «{topic}». Punkterne om emnet, med den håndtering "
        "de fik:",
        "en": "No consultation point handled as {labels} is about “{topic}”. The points about it, with the handling "
        "each got:",
    },
    "relaxed_handling_party": {
        "da": "Ingen af de {n} høringspunkter fra {who} fik håndteringen {labels}. Punkterne, med den håndtering de fik:",
        "en": "None of the {n} consultation points from {who} was handled as {labels}. The points, with the handling "
        "each got:",
    },
    "none_about_topic": {
        "da": "Ingen af de {m} høringspunkter{filters} handler om «{topic}». Alle {m} punkter er gennemgået; spørg uden "
        "emnet for at se dem alle.",
        "en": "None of the {m} consultation points{filters} is about “{topic}”. All {m} points were checked; ask "
        "without the topic to see them all.",
    },
    "scan_no": {
        "da": "Nej. Ingen af {who}s {n} høringspunkter handler om «{topic}» (alle punkter er gennemgået).",
        "en": "No. None of the {n} consultation points from {who} is about “{topic}” (all points were checked).",
    },
    "scan_yes": {
        "da": "Ja. {who} nævner «{topic}» i {k} af sine {n} høringspunkter (alle punkter er gennemgået):",
        "en": "Yes. {who} mentions “{topic}” in {k} of its {n} consultation points (all points were checked):",
    },
    "read_section": {"da": "kommentarerne om {ref}", "en": "the comments on {ref}"},
    "section_lead": {
        "da": "Høringsnotatets kommentarer nævner {ref} i {n} høringspunkter:",
        "en": "The consultation memo's comments name {ref} in {n} consultation points:",
    },
    "passages_lead": {"da": "Ifølge dokumenterne:", "en": "According to the documents (quoted in Danish):"},
    # answer first (retrieval/answering/answer.py _lead_answer): the value, then the sentence it stands in, quoted
    "lead_value": {"da": "{label}: {value} — {quote}", "en": "{label}: {value} — {quote}"},
    "lead_item": {"da": "{noun} {n}: {quote}", "en": "{noun} {n} (quoted in Danish): {quote}"},
    "lead_list": {"da": "{head} {items}", "en": "{head} {items} (quoted in Danish)"},
    "lead_sentence": {"da": "Svar: {quote}", "en": "Answer (quoted in Danish): {quote}"},
    "lead_comment": {
        "da": "Svar (høringsnotatets kommentar til {who}): {quote}",
        "en": "Answer (the consultation memo's comment on {who}, quoted in Danish): {quote}",
    },
    "item_number": {"da": "Nummer", "en": "Number"},
    "lead_more": {"da": "Andre passager:", "en": "Other passages (quoted in Danish):"},
    "label_who": {"da": "Navn", "en": "Name"},
    "label_who_many": {"da": "Navne", "en": "Names"},
    "label_when": {"da": "Tidspunkt", "en": "Date"},
    "label_duration": {"da": "Varighed", "en": "Duration"},
    "label_amount": {"da": "Beløb", "en": "Amount"},
    "label_number": {"da": "Antal", "en": "Number"},
    "label_share": {"da": "Andel", "en": "Share"},
    "silent_party": {
        "da": "{who} blev hørt, men afgav ikke høringssvar.",
        "en": "{who} was consulted but sent no response.",
    },
    "lead_outcome": {"da": "Håndtering af {point}: {handling}.", "en": "Handling of {point}: {handling}."},
    "label_place": {"da": "Sted", "en": "Place"},
    "value_who": {"da": "et navn", "en": "name"},
    "value_when": {"da": "et tidspunkt", "en": "date"},
    "value_amount": {"da": "et beløb", "en": "amount"},
    "value_number": {"da": "et antal", "en": "number"},
    "value_place": {"da": "en kommune eller region", "en": "municipality or region"},
    "absent_near": {"da": "Det nærmeste er {quote} ({where}) [1].", "en": "The nearest is {quote} ({where}) [1]."},
    "absent_words": {"da": "Den nævner ikke {words}.", "en": "It does not mention {words}."},
    "absent_items": {
        "da": "Den nævner de {n}, men opregner dem ikke.",
        "en": "It mentions the {n} but does not list them.",
    },
    "absent_more": {
        "da": "Dokumenterne nævner det, men siger ikke mere om det.",
        "en": "The documents name it but say no more about it.",
    },
    "absent_terms": {
        "da": "Ingen af dokumenterne nævner {terms}.",
        "en": "None of the documents mentions {terms}.",
    },
    "absent_value": {"da": "Den angiver ikke {what}.", "en": "It gives no {what}."},
    "absent_value_other": {
        "da": "Dens {value} er ikke det, der spørges om.",
        "en": "Its {value} is not what was asked about.",
    },
    # synthesis with structure (retrieval/answering/synthesis.py): one block per side, what they share, who says nothing
    "cmp_lead": {"da": "Sammenligning:", "en": "Comparison:"},
    "cmp_side": {
        "da": "{side}: {n} {points} fra {r} {parties} ({handled})",
        "en": "{side}: {n} {points} from {r} {parties} ({handled})",
    },
    "cmp_side_none": {"da": "{side}: ingen punkter om emnet", "en": "{side}: no points on the topic"},
    "synth_lead_compare": {
        "da": "Hvad {n} dokumenter siger om «{topic}», side om side:",
        "en": "What {n} documents say about “{topic}”, side by side (quoted in Danish):",
    },
    "synth_lead_say": {
        "da": "Hvad {n} dokumenter siger om «{topic}», side om side:",
        "en": "What {n} documents say about “{topic}”, side by side (quoted in Danish):",
    },
    "synth_lead_survey": {
        "da": "{n} dokumenter siger noget om «{topic}»:",
        "en": "{n} documents say something about “{topic}” (quoted in Danish):",
    },
    "synth_lead_survey_one": {
        "da": "Ét dokument siger noget om «{topic}»:",
        "en": "One document says something about “{topic}” (quoted in Danish):",
    },
    "synth_lead_one": {
        "da": "Kun ét dokument siger noget om «{topic}»:",
        "en": "Only one document says something about “{topic}” (quoted in Danish):",
    },
    "synth_lead_pros_cons": {
        "da": "Det, {n} dokumenter siger om «{topic}» (for og imod læses i citaterne):",
        "en": "What {n} documents say about “{topic}”, for and against as quoted (in Danish):",
    },
    "synth_lead_handled": {
        "da": "Sådan blev høringspunkterne om «{topic}» håndteret, med regionens begrundelse:",
        "en": "How the consultation points about “{topic}” were handled, with the region's reasons (quoted in Danish):",
    },
    "synth_common": {"da": "Fælles: alle sider nævner {words}.", "en": "In common: every side mentions {words}."},
    "synth_no_common": {
        "da": "Fælles: de citerede sætninger deler ingen ord om emnet.",
        "en": "In common: the quoted sentences share no words on the topic.",
    },
    "synth_differ": {"da": "Forskelle: {parts}.", "en": "Differences: {parts}."},
    "synth_only": {"da": "kun {doc} nævner {words}", "en": "only {doc} mentions {words}"},
    "synth_silent": {
        "da": "Siger intet om det: {docs}.",
        "en": "Say nothing about it: {docs}.",
    },
    "synth_reason": {"da": "— Regionens begrundelse: {quote}", "en": "— The region's reason: {quote}"},
    "synth_comment": {"da": "— Regionens bemærkning: {quote}", "en": "— The region's comment: {quote}"},
    "row_no_letter": {"da": "–", "en": "–"},  # a point the høringsnotat gives no letter or number
    "row_same_as": {"da": "samme som {ref}", "en": "same as {ref}"},
    "row_line": {
        "da": "{point} {summary} — Håndtering: {handling}.",
        "en": "{point} {summary} — Handling: {handling}.",
    },
    "row_change": {"da": "Tekstændring: {change}", "en": "Text change: {change}"},
    "row_comment": {"da": "Regionens bemærkning: «{quote}»", "en": "The region's comment: “{quote}”"},
    # the filters of a question, as the lead and the reading line name them
    "and": {"da": " og ", "en": " and "},
    "filter_from": {"da": "fra {names}", "en": "from {names}"},
    "filter_handling": {"da": "håndtering {labels}", "en": "handling {labels}"},
    "filter_theme": {"da": "tema {themes}", "en": "theme {themes}"},
    "filter_letter": {"da": "punkt {letters}", "en": "point {letters}"},
    "read_own_words": {"da": "med partens egne ord (høringssvaret)", "en": "with the party's own words (its letter)"},
    "consultation_word": {"da": "høring", "en": "consultation"},
    "own_letter": {"da": "eget høringssvar", "en": "own response letter"},
    "filter_consultation": {"da": "i høringen om {titles}", "en": "in the consultation on {titles}"},
    "intent_consultations": {"da": "høringerne i materialet", "en": "the consultations in the material"},
    "intent_overlap": {"da": "parter der svarede i {which}", "en": "parties that responded to {which}"},
    # several consultations in one index
    "cons_list_lead": {
        "da": "Materialet rummer {n} høringer:",
        "en": "The material holds {n} consultations:",
    },
    "cons_unknown": {
        "da": "Der er ingen høring om «{name}» i materialet. Materialet rummer: {titles}.",
        "en": "There is no consultation on “{name}” in the material. The material holds: {titles}.",
    },
    "cons_list_one": {"da": "Materialet rummer én høring:", "en": "The material holds one consultation:"},
    "cons_list_party": {
        "da": "{who} har svaret i {n} af materialets {m} høringer:",
        "en": "{who} responded in {n} of the material's {m} consultations:",
    },
    "cons_list_none_party": {
        "da": "{who} har ikke svaret i nogen af materialets {m} høringer.",
        "en": "{who} did not respond in any of the material's {m} consultations.",
    },
    "cons_line": {
        "da": "{title}{when}: {points} høringspunkter fra {parties} parter{silent}",
        "en": "{title}{when}: {points} consultation points from {parties} parties{silent}",
    },
    "cons_line_party": {
        "da": "{title}{when}: {points} høringspunkter fra {who}",
        "en": "{title}{when}: {points} consultation points from {who}",
    },
    "cons_silent": {"da": "; {k} hørte parter svarede ikke", "en": "; {k} consulted parties did not respond"},
    "cons_docs": {"da": "høringsnotat: {docs}", "en": "høringsnotat: {docs}"},
    "cons_letters": {"da": "partens egne høringssvar (breve): {n}", "en": "the parties' own letters: {n}"},
    "by_handling": {"da": "fordelt på håndtering: {parts}", "en": "by handling: {parts}"},
    "cons_per": {"da": "fordelt på høringer: {parts}", "en": "by consultation: {parts}"},
    "cons_group": {"da": "Høringen om {title}{when} ({n}):", "en": "Consultation on {title}{when} ({n}):"},
    "overlap_both": {"da": "begge høringer", "en": "both consultations"},
    "overlap_all": {"da": "alle {n} høringer", "en": "all {n} consultations"},
    "overlap_only": {
        "da": "høringen om {a}, men ikke i høringen om {b}",
        "en": "the consultation on {a} but not to the one on {b}",
    },
    "overlap_several": {"da": "to eller flere høringer", "en": "two or more consultations"},
    "overlap_lead": {
        "da": "{n} {parties} svarede i {which} ({cons}):",
        "en": "{n} {parties} responded to {which} ({cons}):",
    },
    "overlap_none": {
        "da": "Ingen part svarede i {which} ({cons}).",
        "en": "No party responded to {which} ({cons}).",
    },
    "overlap_line": {"da": "{who}: {parts}", "en": "{who}: {parts}"},
    "overlap_part": {"da": "{title} {k} punkter {refs}", "en": "{title} {k} points {refs}"},
    "own_words": {"da": "Egne ord (høringssvaret): {quote}", "en": "Own words (the response letter): {quote}"},
    "own_words_none": {
        "da": "Der er ikke indlæst et høringssvar (brev) fra {who} i denne høring, så her er høringsnotatets resumé.",
        "en": "No response letter from {who} is in the index for this consultation, so this is the høringsnotat's summary.",
    },
    # the reading line: "Læst som: alle punkter · fra Gribskov Kommune · håndtering: alle · …"
    "read_as": {"da": "Læst som: {parts}", "en": "Read as: {parts}"},
    "read_any_handling": {"da": "håndtering: alle", "en": "handling: any"},
    "read_docs": {"da": "dokumenter: {docs}", "en": "documents: {docs}"},
    "read_topic": {"da": "emne: «{topic}»", "en": "topic: “{topic}”"},
    "read_topic_comment": {
        "da": "i regionens bemærkning: «{topic}»",
        "en": "in the region's comment: “{topic}”",
    },
    "read_no_topic": {"da": "intet emne: hele det filtrerede sæt", "en": "no topic: the whole filtered set"},
    "read_topic_ignored": {"da": "emnet «{topic}» ses bort fra", "en": "topic “{topic}” ignored"},
    "read_ignored": {"da": "ignoreret: «{ignored}»", "en": "ignored: “{ignored}”"},
    "intent_list": {"da": "alle punkter", "en": "all points"},
    "intent_profile": {"da": "alle punkter", "en": "all points"},
    "intent_topic_list": {"da": "punkter om et emne", "en": "points about a topic"},
    "intent_scan": {"da": "ja/nej: gennemgang af alle punkter", "en": "yes/no: every point checked"},
    "intent_count": {"da": "antal punkter", "en": "number of points"},
    "intent_fact": {"da": "opslag i dokumenterne", "en": "look-up in the documents"},
    "intent_synthesis": {"da": "sammenstilling af flere dokumenter", "en": "comparison of several documents"},
    "intent_draft": {"da": "udkast til svar", "en": "draft reply"},
    "intent_overview": {"da": "oversigt", "en": "overview"},
    # how a citation names a page, a line span and a point (retrieval/text.py span_parts, bot/blocks.py)
    "page": {"da": "s.", "en": "p."},
    "lines": {"da": "l.", "en": "l."},
    "row": {"da": "række", "en": "row"},
    "point": {"da": "punkt", "en": "point"},
    # --- draft replies (retrieval/answering/draft.py): the notes around the letter; the letter itself is LETTER below ----------
    "draft_head": {
        "da": "Udkast til svar til {name} — {n} {points} i høringsnotatets rækkefølge.",
        "en": "Draft reply (in Danish) to {name} — {n} {points} in the order of the høringsnotat.",
    },
    "draft_point_one": {"da": "bemærkning", "en": "point"},
    "draft_point_many": {"da": "bemærkninger", "en": "points"},
    "draft_to_caseworker": {
        "da": "Til sagsbehandleren: kilderne pr. punkt står efter brevet og sendes ikke med. Tjek hvert punkt mod sin "
        "kilde, og skriv navn under, før brevet sendes.",
        "en": "For the caseworker: the sources per point follow the letter and are not sent. Check each point against "
        "its source and sign the letter before it is sent.",
    },
    "draft_template": {
        "da": "Skrevet uden sprogmodel: svarene er bygget af høringsnotatets egne resuméer, håndteringer og kommentarer.",
        "en": "Written without a language model: the replies are built from the høringsnotat's own summaries, "
        "handlings and comments.",
    },
    "draft_polished": {
        "da": "Gengivelsen af jeres bemærkning er i {n} punkter skrevet af sprogmodellen og kontrolleret mod kilderne; "
        "håndtering, begrundelse og citater er høringsnotatets egne.",
        "en": "In {n} points the restatement of the respondent's remark was written by the language model and checked "
        "against the sources; handling, reasons and quotes are the høringsnotat's own.",
    },
    "draft_no_plan": {
        "da": "{plan} er ikke blandt de indlæste dokumenter; planens tekst citeres kun, hvor høringsnotatet citerer den.",
        "en": "{plan} is not among the ingested documents; the plan's text is quoted only where the høringsnotat quotes "
        "it.",
    },
    "draft_no_reason": {
        "da": "Punkt {points}: høringsnotatet giver ingen begrundelse for, at planen ikke ændres; tilføj den.",
        "en": "Point {points}: the høringsnotat gives no reason why the plan is not changed; add one.",
    },
    "draft_no_handling": {
        "da": "Punkt {points}: høringsnotatet angiver ingen håndtering (tom celle); brevet siger kun, at bemærkningen er "
        "noteret.",
        "en": "Point {points}: the høringsnotat gives no handling (empty cell); the letter only says the remark was "
        "noted.",
    },
    "draft_referred": {
        "da": "Punkt {points}: håndteringen (og begrundelsen) er taget fra det punkt, høringsnotatet henviser til.",
        "en": "Point {points}: the handling (and reason) are taken from the point the høringsnotat refers to.",
    },
    "draft_sources": {"da": "Kilder pr. punkt (sendes ikke med brevet):", "en": "Sources per point (not sent):"},
    "draft_source_row": {"da": "høringsnotatet", "en": "the høringsnotat"},
    "draft_source_plan": {"da": "planen, {where}", "en": "the plan, {where}"},
    "draft_docx_author": {"da": "plansvar", "en": "plansvar"},
    "draft_docx_note": {"da": "Til sagsbehandleren", "en": "For the caseworker"},
    "draft_no_response": {
        "da": "{name} har ikke fremsendt høringssvar (høringsnotatet: «{raw}») [1]. Der er derfor ingen punkter at besvare.",
        "en": "{name} did not submit a response (the høringsnotat: «{raw}») [1]. There are no points to reply to.",
    },
    "draft_unknown": {
        "da": "Der er ingen høringspart ved navn «{name}» i høringsnotatet.",
        "en": "There is no respondent named “{name}” in the høringsnotat.",
    },
    "draft_ambiguous": {"da": "«{name}» passer på flere høringsparter.", "en": "“{name}” matches several respondents."},
    "draft_within": {
        "da": "«{name}» har ikke sit eget høringssvar i høringsnotatet, men står i navnet på en anden høringspart.",
        "en": "“{name}” has no response of its own in the høringsnotat but is named in another respondent's name.",
    },
    "draft_which": {
        "da": "{name} har svaret i {n} høringer: {cons}. Hvilken høring skal svaret gælde? Skriv fx «udkast til svar "
        "til {example}».",
        "en": "{name} responded in {n} consultations: {cons}. Which one is the reply for? Write e.g. “draft a reply to "
        "{example}”.",
    },
    "draft_not_in": {
        "da": "{name} har ikke svaret i høringen om {cons}. {name} har svaret i: {these}.",
        "en": "{name} did not respond in the consultation on {cons}. {name} responded in: {these}.",
    },
    "draft_source_letter": {"da": "jeres høringssvar", "en": "the party's letter"},
    "draft_closest": {"da": "Mente du: {names}?", "en": "Did you mean: {names}?"},
    "draft_how": {"da": "Skriv fx «udkast til svar til {example}».", "en": "Write e.g. “draft a reply to {example}”."},
    "draft_no_name": {
        "da": "Hvem skal svaret til? Skriv fx «udkast til svar til {example}».",
        "en": "Who is the reply to? Write e.g. “draft a reply to {example}”.",
    },
    # --- the overview (retrieval/answering/overview.py) ----------------------------------------------------------------------
    "overview_of": {"da": "Høringen om {title}", "en": "The consultation on {title}"},
    "overview_several": {
        "da": "Materialet rummer {n} høringer; tallene nedenfor er for dem alle tilsammen:",
        "en": "The material holds {n} consultations; the counts below are for all of them together:",
    },
    "overview_cons_line": {
        "da": "{title}{when}: {points} punkter fra {parties} parter, {silent} uden svar",
        "en": "{title}{when}: {points} points from {parties} parties, {silent} without a response",
    },
    "overview_pick": {
        "da": "Én høring: skriv fx «oversigt over høringen om {example}».",
        "en": "One consultation: write e.g. “overview of the consultation on {example}”.",
    },
    "overview_head": {"da": "Oversigt over høringen", "en": "Overview of the consultation"},
    "overview_none": {"da": "Der er ingen høringsnotater i indekset.", "en": "There is no høringsnotat in the index."},
    "overview_doc_rows": {"da": "{n} høringspunkter", "en": "{n} consultation points"},
    "overview_count": {
        "da": "Høringspunkter: {rows} fra {respondents} høringsparter",
        "en": "Consultation points: {rows} from {respondents} respondents",
    },
    "overview_type": {"da": "type", "en": "type"},
    "overview_total": {"da": "i alt", "en": "total"},
    "overview_themes": {"da": "Temaer:", "en": "Themes:"},
    "overview_silent": {"da": "Høringsparter uden høringssvar ({n}):", "en": "Respondents without a response ({n}):"},
}

# NOTE: the overview's columns are headed by short Danish handling names in both languages (the values are Danish
# codes, and the table must fit 13 characters a column); they are not the vocabulary's labels (retrieval/vocab.py)
OVERVIEW_COLUMNS = {
    "implementering": "impl.",
    "ingen_aendring": "ingen ændr.",
    "aendring": "ændring",
    "delvist": "delvist",
    "uden_for_rammerne": "uden for",
    "intet_svar": "intet svar",
    EMPTY_HANDLING: "tom",
}
NO_THEME = "(uden tema)"  # NOTE: a data value (the overview's theme key, exported as is), so Danish in both languages

# The draft letter. NOTE: Danish only: the letter goes to a Danish respondent whatever language the staff use
# (the notes around it, "draft_*" above, follow the staff's language).
LETTER: dict[str, str] = {
    "request": "Udkast til svar til {name}",
    "plan_fallback": "praksisplanen",
    "plan": "Planen ({plan})",
    "point": "Punkt {letter}",
    "remark": "Bemærkning",
    "empty_cell": "Ikke angivet i høringsnotatet (cellen er tom)",
    "rule": "————————————————————————————————————————",
    "dear": "Kære {name}",
    "to": "Til {name}",
    "thanks": "Tak for jeres høringssvar til {plan}. Vi har læst jeres bemærkninger grundigt, og nedenfor svarer vi på "
    "dem punkt for punkt.",
    "thanks_one": "Tak for jeres høringssvar til {plan}. Nedenfor svarer vi på jeres bemærkning.",
    # what the party wrote: "I skriver, at …" when the summary names no speaker the letter can turn into "I"
    "you_write": "I skriver, at {text}",
    "same_as": "I har samme bemærkning som {ref}: {text}",
    # what the region did, by handling value (retrieval/vocab.py); {reason} is the høringsnotat's own comment
    "aendring": "Vi har imødekommet bemærkningen og ændret planen.",
    "aendring_added": "Vi har imødekommet bemærkningen og tilføjet en ny tekst i planen.",
    "delvist": "Vi har delvist imødekommet bemærkningen.",
    "implementering": "Bemærkningen indgår i det videre arbejde med at implementere planen.",
    "implementering_raw": "Jeres bemærkning {raw}.",
    "ingen_aendring": "Vi har ikke ændret planen på dette punkt.",
    "ingen_aendring_because": "Vi har ikke ændret planen på dette punkt, fordi {reason}",
    "ingen_aendring_in_plan": "Vi har ikke ændret planen på dette punkt, fordi planen allerede omtaler det.",
    "ingen_aendring_reason": "Vi har ikke ændret planen på dette punkt med følgende begrundelse: {reason}",
    "remark_noted": "Tak for bemærkningen, som vi har noteret. Den giver ikke anledning til ændringer i planen.",
    "uden_for_rammerne": "Vi har ikke ændret planen på dette punkt, fordi det ligger uden for planens rammer.",
    "uden_for_rammerne_raw": "Vi har ikke ændret planen på dette punkt, fordi det {raw}",
    "no_handling": "Vi har noteret jeres bemærkning.",
    "no_remarks": "Vi har noteret, at I ikke har bemærkninger til planen.",
    # a passage quoted in the comment: the new or changed wording, or the plan's existing text ({where}: " (s. 17)")
    "new_added": "Den nye tekst i planen{where} lyder:",
    "new_changed": "Den ændrede tekst i planen{where} lyder:",
    "plan_says": "I planen står der{where}:",
    "quoted": "Den omtalte tekst{where} lyder:",
    "own_words": "I jeres høringssvar skrev I:",
    "quote": "«{text}»",
    "regards": "Med venlig hilsen",
    "name": "[Navn]",
    "sender": "[afsender]",
    "sender_llm": "regionen",
}


def say(key: str, lang: str = "da", **values) -> str:
    """WORDING[key] in the language ("da" for any other), with the values filled in."""
    text = WORDING[key]["en" if lang == "en" else "da"]
    return text.format(**values) if values else text


def letter(key: str, **values) -> str:
    """LETTER[key] with the values filled in."""
    text = LETTER[key]
    return text.format(**values) if values else text
