import pytest

from briefings.commitments.detection import CommitmentCue, find_commitments


@pytest.mark.parametrize("text, due", [
    # FORMAT.md "Commitments" and the published sample annotation
    ("Ik heb hen toegezegd dat ik ze op de hoogte houdt van de vervolgstappen.", None),
    ("In het voorjaar volgt, zoals toegezegd in de raad van december, een brief.",
     "In het voorjaar"),
    ("In het voorjaar volgt een brief.", "In het voorjaar"),
    ("Na de zomer wordt u over de uitkomsten geïnformeerd.", "Na de zomer"),
    ("De nieuwe regeling sturen we uiterlijk 1 januari 2026 naar de raad.",
     "uiterlijk 1 januari 2026"),
    ("Voor de zomer zal de herijking van de Bestuursopdracht worden geagendeerd.",
     "Voor de zomer"),
    ("Ik zeg toe dat de raad eind 2024 een evaluatie ontvangt.", "eind 2024"),
    ("Wij komen hierop terug in de commissie.", None),
    ("Ik heb met de raad afspraken gemaakt en toezeggingen gedaan over het vervolg.", None),
])
def test_sentences_that_look_like_commitments_are_offered(text, due):
    assert find_commitments(text) == [CommitmentCue(text, due, text)]


@pytest.mark.parametrize("text", [
    "Ik zal ze niet vragen om uit de anonimiteit te stappen.",
    "Daarnaast gaat dit ook over het herstellen van vertrouwen. Ook dit zal tijd vragen.",
    "Hier mag ook iemand bij aanwezig zijn. Daarna volgt er een bemiddelingsgesprek.",
    "Alle HR-adviseurs zijn geïnformeerd over het externe meldpunt.",
    "Kan de raad voor de zomer geïnformeerd worden over de stappen?",
    "In januari is de opdracht gegeven aan IZI solutions om aan de slag te gaan.",
    "In 2023 waren er 15 meldingen.",
    "De gemeente neemt de signalen serieus.",
])
def test_sentences_that_are_not_commitments_are_not_offered(text):
    assert find_commitments(text) == []


def test_markdown_bullets_are_split_into_sentences_and_markup_is_dropped():
    text = (
        "- Op 18 januari is de brief besproken in de commissie FKD. Ik heb hen **toegezegd** dat\n"
        "  ik ze op de hoogte houd.\n"
        "- o Na de zomer wordt u geïnformeerd over de uitkomsten.\n"
        "\n"
        "Dit is een gewone zin."
    )
    assert find_commitments(text) == [
        CommitmentCue("Ik heb hen toegezegd dat ik ze op de hoogte houd.", None,
                      "Ik heb hen toegezegd dat ik ze op de hoogte houd."),
        CommitmentCue("Na de zomer wordt u geïnformeerd over de uitkomsten.", "Na de zomer",
                      "Na de zomer wordt u geïnformeerd over de uitkomsten."),
    ]


def test_empty_text_has_no_cues():
    assert find_commitments("") == []
    assert find_commitments(None) == []


@pytest.mark.parametrize("text", [
    # the shapes of issue 13: third person, particle far from the verb, modal, no "toezeggen"
    "De wethouder zegt de commissie, na vragen van de leden Arslan en De Boer, toe om de "
    "resultaten van de proef te delen.",
    "Dat wil ik wel toezeggen.",
    "Wij sturen u in het najaar een evaluatie.",
    "De raad kan het plan na de zomer tegemoetzien.",
    "Zodra de cijfers er zijn, informeren wij u.",
    "Daar kom ik in de volgende commissie uitgebreid op terug.",
    "Voor de zomer kunt u nog een werk- en monitoringsplan verwachten.",
    "Burgemeester Halsema zegt de raad toe de evaluatie voor 1 juli te sturen.",
    "Ik ben bereid om de raad een overzicht te sturen.",
    "Wij zorgen ervoor dat de raad voor 1 juli een overzicht heeft.",
    "Uiterlijk eind maart komt er een raadsvoorstel.",
    "Het plan wordt na de zomer aan de raad voorgelegd.",
    "De wethouder stuurt de commissie de presentatie na.",
    "Zodra het rapport is vastgesteld, sturen wij het naar de raad.",
    "Het college verwacht in het voorjaar met een voorstel te komen.",
    "Die toezegging doe ik graag.",
    "De burgemeester zegt toe dat hij de raad informeert zodra het onderzoek is afgerond.",
    "Zodra de evaluatie gereed is, wordt deze aan de raad gestuurd.",
    "Wij zullen u hierover nader berichten.",
    "In het najaar leggen wij een nieuwe verordening aan uw raad voor.",
    "De antwoorden op de technische vragen volgen volgende week.",
    "Ik beloof u dat de raad de cijfers ontvangt.",
    "Wethouder Joon zegde de commissie toe de cijfers na te sturen.",
    "De minister beloofde de Kamer een brief over de uitvoering.",
    "Tot slot zegt de wethouder toe de verordening niet in werking te laten treden.",
    # a promise reported as griffies list them: "zou" after the promising verb is its content
    "De wethouder zegde toe dat hij de raad zou informeren.",
    "Wij hebben de commissie toegezegd dat er een evaluatie zou komen.",
    "Omdat de wethouder dit niet paraat heeft, gaat hij dit navragen.",
    "Als de planning niet gehaald wordt, informeert de wethouder de raad daarover direct.",
])
def test_promises_are_recognised_by_their_parts(text):
    assert [cue.promise for cue in find_commitments(text)] == [text]


@pytest.mark.parametrize("text", [
    "Kunt u toezeggen dat de raad voor de zomer een evaluatie ontvangt?",
    "Is de wethouder bereid de raad te informeren?",
    "Motie 12 verzoekt het college de raad te informeren.",
    "De wethouder wordt gevraagd de raad te informeren.",
    "Wij hebben de raad op 5 maart geïnformeerd.",
    "In 2023 heeft de raad een evaluatie ontvangen.",
    "Het college stuurde in mei een brief.",
    "Dat heb ik u vorige week al laten weten.",
    "De evaluatie is inmiddels aan de raad gestuurd.",
    "Met de raadsinformatiebrief van 4 april is aan deze toezegging voldaan.",
    "Wij zouden de commissie een evaluatie toezeggen als de raad daarom vroeg.",
    "Mocht de wethouder dit willen toezeggen, dan trekt de fractie het amendement in.",
    "De raad heeft de wethouder verzocht de commissie maandelijks te informeren.",
    "De wethouder zegde toe dat hij de raad zou informeren; dat is met de brief van 3 april "
    "gebeurd.",
    "Met deze brief informeer ik u over de voortgang.",
    "De ombudsman zal in mei een rapport publiceren.",
    "Het aantal meldingen zal toenemen.",
    "We weten nog niet wanneer het rapport komt.",
    "Er komt geen nieuwe evaluatie.",
    "De commissie heeft de wethouder gevraagd terug te komen op de kosten.",
    "Door middel van een raadsinformatiebrief kan het college de raad informeren.",
    "De gemeenteraad wordt op de eerste plaats geïnformeerd door het college.",
    "De griffie stuurt de vragen van het raadslid door naar het college voor beantwoording.",
    "Dat kan ik niet toezeggen.",
    "De toezeggingen worden vervolgens aan de secretaris gestuurd, die ze op een lijst zet.",
])
def test_questions_requests_past_and_kept_promises_are_not_offered(text):
    assert find_commitments(text) == []


def test_a_sentence_with_two_promises_offers_each_with_its_own_due_phrase():
    text = ("Na de zomer ontvangt u de evaluatie en voor de begroting volgt een voorstel "
            "voor de tarieven.")
    assert [(cue.promise, cue.due_text) for cue in find_commitments(text)] == [
        ("Na de zomer ontvangt u de evaluatie", "Na de zomer"),
        ("voor de begroting volgt een voorstel voor de tarieven.", "voor de begroting"),
    ]
