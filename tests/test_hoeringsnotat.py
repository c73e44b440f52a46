"""The flattened høringsnotat parser: dev-row scores, and the layout facts of the whole table."""

from collections import Counter

import pytest

from ingest.hoeringsnotat import (
    _split_comment_quote,
    classify_handling,
    parse_hoeringsnotat_text,
    respondent_type,
)
from ingest.rowscore import score_rows


def test_dev_rows_meet_the_targets(corpus_rows, dev_rows):
    s = score_rows(corpus_rows, dev_rows, max_line=3290)
    assert s.f1 >= 0.97, (s.missing, s.extra)
    assert s.field_accuracy >= 0.95, s.mismatches[:10]
    # measured: 1.0 and 1.0; a regression below 0.99 is worth a look even if the target still holds
    assert s.f1 >= 0.99 and s.field_accuracy >= 0.99, s.mismatches[:10]


def test_whole_table_matches_the_grep_cross_check(corpus_rows):
    """HOERINGSNOTAT_LAYOUT.md §7: one handling phrase per row; 3 rows have an empty handling cell."""
    assert len(corpus_rows) == 228
    raw = Counter(r["handling_raw"] for r in corpus_rows)
    assert raw["Inddrages i implementeringsarbejdet"] == 129
    assert raw["Giver ikke anledning til ændringer i praksisplanen"] == 34
    assert raw["Giver anledning til følgende ændring/tilføjelse i praksisplanen"] == 22
    assert raw["Imødekommes (delvist) i praksisplanen"] == 2
    assert raw["Ligger uden for rammerne af den aktuelle praksisplan"] == 2
    assert raw["Samme håndtering som ved PIU"] == 19
    assert raw["Der er ikke fremsendt høringssvar."] == 17
    assert raw[None] == 3
    assert sum(r["is_remark"] for r in corpus_rows) == 25


def test_respondent_types_as_in_the_reference(corpus_rows):
    types = {}
    for r in corpus_rows:
        types[r["respondent"]] = r["respondent_type"]
    assert Counter(types.values()) == {
        "kommune": 21,
        "organisation": 13,
        "region": 4,
        "hospital": 6,
        "myndighed": 1,
        "psykiatri": 1,
    }
    assert types["Amager og Hvidovre"] == "hospital"
    assert types["Kræftens bekæmpelse"] == "organisation"
    assert (
        "Albertslund, pva. af Glostrup, Brøndby, Dragør, Tårnby, Hvidovre, Høje Taastrup og Vallensbæk Kommuner"
        in types
    )


def test_references_to_piu_take_its_handling(corpus_rows):
    piu = {r["letter"]: r["handling"] for r in corpus_rows if r["respondent"].startswith("Patientinddragelsesudvalget")}
    rar = [r for r in corpus_rows if r["respondent"].startswith("Regionsældrerådet")]
    assert len(rar) == 19
    by = {r["letter"]: r for r in rar}
    assert by["h"]["refers_to"].endswith(" h") and by["h"]["handling"] == piu["h"]
    assert by["i"]["refers_to"].endswith(" j") and by["i"]["handling"] == piu["j"]  # shifted after h
    assert by["s"]["refers_to"].endswith(" u") and by["s"]["handling"] == piu["u"]  # "PIUS bemærkning u)"
    assert all(r["handling_raw"] == "Samme håndtering som ved PIU" for r in rar)


def test_floating_theme_labels_are_stripped_and_used_only_when_unambiguous(corpus_rows):
    for r in corpus_rows:
        for text in (r["quote"], r["text_change"]):
            assert not (text or "").endswith(("Lægedækning og tilgængelighed", "Samarbejde og kvalitet", " Andet"))
    piu = {r["letter"]: r for r in corpus_rows if r["respondent"].startswith("Patientinddragelsesudvalget")}
    assert piu["a"]["theme"] == "Lægedækning og tilgængelighed"
    assert piu["b"]["theme"] is None and piu["u"]["theme"] is None


def test_quirks_of_letters_and_remarks(corpus_rows):
    hgh = [r for r in corpus_rows if r["respondent"] == "Herlev og Gentofte Hospital"]
    assert [r["letter"] for r in hgh] == ["a", "b", "c", "d", "e", "f", None, "g"]
    plo = {r["letter"]: r for r in corpus_rows if r["respondent"] == "PLO-Hovedstaden"}
    assert not plo["a"]["is_remark"] and plo["c"]["is_remark"]
    assert plo["j"]["text_change"] == "Er beskrevet afsnit 1.6, s. 5, 1. afsnit."  # comment and quote share a line
    assert plo["j"]["quote"].startswith("Bemærkning j PLO-Hovedstaden henleder")
    bornholm = [r["letter"] for r in corpus_rows if r["respondent"] == "Bornholms Regionskommune"]
    assert bornholm == ["a", "b", "a"]


def test_names_split_by_the_pdf_are_repaired(corpus_rows):
    names = {r["respondent"] for r in corpus_rows}
    assert not any("Kø benhavns" in n or "Kom mune" in n for n in names)


@pytest.mark.parametrize(
    "name,kind",
    [
        ("Gribskov Kommune", "kommune"),
        ("Bornholms Regionskommune", "kommune"),
        ("Senior- og Handicapråd (Glostrup)", "kommune"),
        ("Regionsældrerådet i Region Hovedstaden", "region"),
        ("Nordsjællands Hospital", "hospital"),
        ("Rigshospitalet", "hospital"),
        ("Region Hovedstaden Psykiatri", "psykiatri"),
        ("Psykiatriforeningens fællesråd", "organisation"),
        ("Sundhedsstyrelsen", "myndighed"),
        ("PLO-Hovedstaden", "organisation"),
    ],
)
def test_respondent_type_by_name(name, kind):
    assert respondent_type(name) == kind


@pytest.mark.parametrize(
    "raw,code",
    [
        ("Inddrages i implementeringsarbejdet", "implementering"),
        ("Giver ikke anledning til ændringer i praksisplanen", "ingen_aendring"),
        ("Giver anledning til følgende ændring/tilføjelse i praksisplanen", "aendring"),
        ("Imødekommes (delvist) i praksisplanen", "delvist"),
        ("Ligger uden for rammerne af den aktuelle praksisplan", "uden_for_rammerne"),
        ("Der er ikke fremsendt høringssvar", "intet_svar"),
        ("No change to the plan", "ingen_aendring"),
        ("", None),
    ],
)
def test_classify_handling(raw, code):
    assert classify_handling(raw) == code


def test_comment_and_quote_split_by_width():
    lines = [
        "Arbejdet skal tilrettelægges i tæt",
        "sammenhæng med arbejdet i regi af",
        "sundhedsaftalen",
        "Vi finder det ligeledes positivt, at der er fokus på",
        "målgrupper i regionens sundhedsaftale.",
    ]
    comment, quote = _split_comment_quote(lines)
    assert comment == lines[:3] and quote == lines[3:]
    # a quote whose first line is narrow but wrapped mid-sentence starts there
    lines = [
        "vedtaget.",
        "Tilgængelighed til almen praksis er et af",
        "omdrejningspunkterne i det daglige samarbejde mellem",
    ]
    assert _split_comment_quote(lines) == (["vedtaget."], lines[1:])


def test_parser_is_not_tied_to_the_corpus():
    """A small table in the same layout, with other names, parses by its layout."""
    text = "\n\n".join(
        [
            "",
            "Høringspart Tema Sammendrag af høringssvaret Håndtering af høringssvar Kommentar og/eller forslag til ",
            "Testrup Kommune Lægedækning og ",
            "tilgængelighed",
            "a) Testrup ønsker flere læger i yderområderne, så borgerne ikke skal køre langt efter en tid hos lægen, og så ",
            "ventetiden bliver kortere.",
            "Giver ikke anledning til ændringer i ",
            "praksisplanen",
            "Emnet er dækket af målsætning 2.",
            "Testrup Kommune ønsker flere praktiserende læger i de ",
            "yderste landdistrikter af kommunen. - Side 3",
            "Testrup Kommune Kvalitet og ",
            "sammenhæng",
            "b) Bedre epikriser. Inddrages i implementeringsarbejdet",
            "• Foreningen for Test Der er ikke ",
            "fremsendt ",
            "høringssvar. ",
        ]
    )
    rows = parse_hoeringsnotat_text(text)
    assert [(r.respondent, r.letter, r.handling) for r in rows] == [
        ("Testrup Kommune", "a", "ingen_aendring"),
        ("Testrup Kommune", "b", "implementering"),
        ("Foreningen for Test", None, "intet_svar"),
    ]
    a = rows[0]
    assert a.theme == "Lægedækning og tilgængelighed"
    assert a.text_change == "Emnet er dækket af målsætning 2."
    assert a.quote.endswith("- Side 3") and a.quote_pages == [3]
    assert rows[1].summary == "Bedre epikriser."
