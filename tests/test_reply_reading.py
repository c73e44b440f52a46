"""The outcome of an administration's reply read from its words (ingest/handling.py classify_prose): families of
wordings and clause logic, each with a sentence of its own (not from any bank). Fast: no embedder, no fixtures."""

import pytest

from ingest.handling import classify_prose


@pytest.mark.parametrize(
    "text, code",
    [
        # short codes
        ("Ja, rettet", "aendring"),
        ("Noteret og rettet.", "aendring"),
        ("Tages til følge.", "aendring"),
        ("Ej imødekommet", "ingen_aendring"),
        ("Stavefejlen i figur 4 er rettet.", "aendring"),
        ("Vi har rettet antallet af pladser i oversigten.", "aendring"),
        ("Klyngen har valgt at omskrive indledningen til kapitel 5.", "aendring"),
        ("Der er foretaget en sproglig præcisering i målbeskrivelsen.", "aendring"),
        # already covered, right as it stands, a section named as where it stands
        ("Planen omtaler allerede samarbejdet med de frivillige foreninger.", "ingen_aendring"),
        ("Ønsket er allerede tilgodeset gennem de eksisterende tilbud.", "ingen_aendring"),
        ("Ingen ændring; forslaget var allerede indarbejdet i høringsudkastet.", "ingen_aendring"),
        ("Opgørelsen af ventelisten i bilag 1 er efter kommunens vurdering retvisende.", "ingen_aendring"),
        ("Jf. afsnit 4.1", "ingen_aendring"),
        ("En særskilt indsats for pendlere vurderes ikke at være nødvendig.", "ingen_aendring"),
        ("Udvalget har valgt ikke at tilføje et mål for antallet af besøg.", "ingen_aendring"),
        ("Ønsket om et ekstra mål tages ikke med.", "ingen_aendring"),
        ("Placeringen af klinikken er et bevidst valg.", "ingen_aendring"),
        ("Klyngen ser ikke grundlag for at flytte midler fra rehabiliteringen i planperioden.", "ingen_aendring"),
        ("Forslaget om at fremrykke implementeringen af den nye model imødekommes ikke.", "ingen_aendring"),
        # outside the plan: another authority's
        ("Godkendelse af nye lægemidler hører under Lægemiddelstyrelsen.", "uden_for_rammerne"),
        ("Henvendelsen er oversendt til kommunerne, da den angår hjemmeplejen.", "uden_for_rammerne"),
        ("Spørgsmålet om honorering henvises til overenskomstforhandlingerne.", "uden_for_rammerne"),
        ("Screeningsprogrammet er nationalt fastsat og kan ikke ændres her.", "uden_for_rammerne"),
        ("Strategien omfatter ikke beskæftigelsesområdet.", "uden_for_rammerne"),
        ("Serviceniveauet afgøres af de enkelte kommuner.", "uden_for_rammerne"),
        ("Det er et statsligt ansvar og giver ikke anledning til ændringer.", "uden_for_rammerne"),
        ("Fordelingen af ydernumre hører under Danske Regioner.", "uden_for_rammerne"),
        # implementation: work set going, taken up later
        ("Teksten ændres ikke. Kommunen vil i stedet tage spørgsmålet op i dialogforum for ældre.", "implementering"),
        ("Der nedsættes en følgegruppe, som skal belyse behovet nærmere.", "implementering"),
        ("Ønsket vil blive fulgt op i styregruppen for det nære sundhedsvæsen.", "implementering"),
        (
            "Klyngen takker for henvendelsen, som vil blive fulgt op i dialog med foreningen. Planen ændres derfor ikke.",
            "ingen_aendring",
        ),
        ("Forvaltningen vil inddrage forslaget i planlægningen af næste års kurser.", "implementering"),
        ("The steering group will follow up. No change to the text.", "implementering"),
        # partly: a change to one part, a no for another
        ("Afsnittet om tandpleje er opdateret, men kommunen fastholder egenbetalingen.", "delvist"),
        (
            "Målgruppen for hjemmebesøg er udvidet, mens forslaget om flere besøg om natten ikke er gennemført.",
            "delvist",
        ),
        ("Vi har tilføjet tolkebistand, men ikke udvidet åbningstiden.", "delvist"),
        ("Figur 2 er rettet, figur 3 er ikke.", "delvist"),
        ("Ordlyden i kapitel 3 er justeret; de øvrige forslag giver ikke anledning til ændringer.", "delvist"),
        ("Beskrivelsen af tilbuddet er uddybet. Ønsket om flere pladser ligger uden for planens rammer.", "delvist"),
        ("To af de fire foreslåede mål er indarbejdet.", "delvist"),
        ("Ja til nye tal, nej til nyt afsnit.", "delvist"),
        ("Udvalget har godkendt forslaget om en pårørendeguide, men har ikke ønsket at ændre målgruppen.", "delvist"),
        # a no for the whole text after a change stays a change
        ("Afsnit 2 er præciseret. Planen ændres i øvrigt ikke.", "aendring"),
    ],
)
def test_reply_outcome(text, code):
    assert classify_prose(text)[0] == code
