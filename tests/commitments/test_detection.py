import pytest

from briefings.commitment_cues import CommitmentCue, find_commitment_sentences


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
    assert find_commitment_sentences(text) == [CommitmentCue(text, due)]


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
    assert find_commitment_sentences(text) == []


def test_markdown_bullets_are_split_into_sentences_and_markup_is_dropped():
    text = (
        "- Op 18 januari is de brief besproken in de commissie FKD. Ik heb hen **toegezegd** dat\n"
        "  ik ze op de hoogte houd.\n"
        "- o Na de zomer wordt u geïnformeerd over de uitkomsten.\n"
        "\n"
        "Dit is een gewone zin."
    )
    assert find_commitment_sentences(text) == [
        CommitmentCue("Ik heb hen toegezegd dat ik ze op de hoogte houd.", None),
        CommitmentCue("Na de zomer wordt u geïnformeerd over de uitkomsten.", "Na de zomer"),
    ]


def test_empty_text_has_no_cues():
    assert find_commitment_sentences("") == []
    assert find_commitment_sentences(None) == []
