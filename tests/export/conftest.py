"""An annotation shaped like the real ones, for every export test."""

import pytest

from briefings.models import ReviewComment

SECTIONS = [
    {"kind": "kernboodschap", "heading": "Algemeen",
     "body": "- Eerste **kern**punt\n- Tweede punt met [een link](https://www.amsterdam.nl/)\n"
             "  - genest punt\n  - nog een genest punt"},
    {"kind": "kernboodschap", "heading": "Zuidoost",
     "body": "- Punt over *Zuidoost*\n- ~~vervallen~~ tekst"},
    {"kind": "handelingsperspectief", "heading": "Vervolg",
     "body": "1. eerste stap\n2. tweede stap"},
]


def _question(number, text, asker, block, variants, note=None):
    return {"number": number, "text": text, "asker": asker, "block": block, "note": note,
            "variants": variants}


MANGAL = {"name": "Mangal", "party": "Denk"}
PIJPEN = {"name": "van Pijpen", "party": "GroenLinks"}
PERDOK = {"name": "Perdok", "party": "Lijst AV"}
BLOCK_1 = "Vragen commissie 18 januari"
BLOCK_2 = "Q&A uit de oude annotatie"

QUESTIONS = [
    _question("1", "Waarom is het meldpunt ingericht bij het MDRA?", MANGAL, BLOCK_1, [
        {"label": "antwoord",
         "body": "- Dat is in december besloten.\n- Het MDRA is onafhankelijk.",
         "explanation": "Besluit B&W 12 december."},
        {"label": "alternatief_antwoord", "body": "Het MDRA heeft de infrastructuur."},
    ], note="Niet te stellig zijn."),
    _question("2", "Wat zijn de bezwaren van een meldpunt bij de ombudsman?", MANGAL, BLOCK_1, [
        {"label": "antwoord", "body": "De interne weg moet eerst bewandeld zijn."},
        {"label": "alternatieve_aanvulling", "body": "Deze optie is er **altijd**."},
    ]),
    _question("3", "Wat is de stand van zaken?", PIJPEN, BLOCK_1, [
        {"label": "antwoord", "body": "We liggen op schema."},
    ]),
    _question("1", "Klopt het dat er meldingen zijn gedaan?", PERDOK, BLOCK_2, [
        {"label": "antwoord", "body": "Ik ga niet in op individuele casussen."},
    ]),
    _question("2", "Wanneer krijgt de raad terugkoppeling?", PERDOK, BLOCK_2, [
        {"label": "antwoord", "body": "Voor de zomer."},
        {"label": "alternatief_antwoord", "body": "In het voorjaar."},
    ]),
]

#: the variant index chosen per question (index into QUESTIONS[i]["variants"])
CHOICES = [0, 1, 0, 0, 1]


def create_sample(db, make_annotation, author, **overrides):
    """Create the sample annotation (through the authoring services) by `author`."""
    fields = dict(
        by=author, sections=SECTIONS, questions=QUESTIONS,
        title="Kennisnemen van de brandbrief Zuidoost",
        agenda_item="29", registration_number="VN2024-000821",
        requested_decision="Ter bespreking en voor kennisgeving aannemen",
        handling_officials=["Piet Pietersen", "Klaas de Vries"],
        personal_names=["Henk Bakker"],
        meeting={"body": "raad", "name": "Raad", "dates": ["2024-02-28"]},
    ) | overrides
    return make_annotation(**fields)


def choose(db, annotation, choices, by):
    """Mark variants approved and chosen directly (the workflow services are not there yet)."""
    for question, index in zip(annotation.questions, choices, strict=True):
        if index is not None:
            variant = question.variants[index]
            variant.status, variant.chosen, variant.chosen_by_id = "akkoord", True, by.id
    db.flush()


def complete_sample(db, make_annotation, make_user):
    """A complete annotation: every question has a chosen variant, no open points; one open
    review thread (with a reply) and one resolved comment on the first variant."""
    author = make_user("auteur", name="Jan Jansen")
    annotation = create_sample(db, make_annotation, author)
    choose(db, annotation, CHOICES, make_user("staf", name="Sanne Staf"))
    reviewer = make_user("reviewer", name="Rita Reviewer")
    first = annotation.questions[0].variants[0]
    root = ReviewComment(variant=first, author_id=reviewer.id, text="Kan dit concreter?")
    db.add(root)
    db.flush()
    db.add(ReviewComment(variant=first, author_id=author.id, parent_id=root.id,
                         text="Ik pas het aan."))
    db.add(ReviewComment(variant=first, author_id=reviewer.id, text="Opgelost punt",
                         resolved=True))
    db.commit()
    db.refresh(annotation)
    return annotation


@pytest.fixture
def annotation(db, make_annotation, make_user):
    """The complete sample annotation (see complete_sample)."""
    return complete_sample(db, make_annotation, make_user)


@pytest.fixture
def personal(db, annotation):
    """The sample annotation with personal data in every form (see add_personal_data)."""
    return add_personal_data(db, annotation)


def add_personal_data(db, annotation):
    """Give the sample annotation a listed person in every written form, a user by first
    name, contact data, a BSN, an IBAN and an address, next to things that must stay."""
    annotation.personal_names = ["Henk Bakker", "Petra de Wit", "Anne van der Berg-de Vries"]
    annotation.title = "Brandbrief van Petra de Wit"
    section = annotation.sections[0]
    section.heading = "Contact met mevrouw De Wit"
    section.body += (
        "\n- Gesproken met **Petra** en met P. de Wit, P.de Wit en PETRA DE WIT"
        "\n- Petra's brief, De Wits antwoord en de brief van de Wit"
        "\n- Mevrouw Wit mailde vanaf petra.dewit@amsterdam.nl en belt via 06-12345678"
        "\n- Burger met BSN 111.222.333 en IBAN NL91 ABNA 0417 1643 00 woont op 1012 AB 12"
        "\n- Van der Berg en Anne van der Berg-de Vries waren er ook"
        "\n- Het kenmerk 123456789 blijft staan, net als de witte muur die nu is wit."
    )
    question = annotation.questions[0]
    question.text = "Heeft Jan dit besproken met (020) 123 45 67 of +31 6 12345678?"
    chosen = question.chosen_variant
    chosen.body = ("Ja, volgens Rita en [Henk Bakker](https://example.org/henk-bakker). "
                   "Wethouder Van Buren belde.")
    chosen.explanation = "Bron: Klaas (k.devries@amsterdam.nl), telefoon 020-1234567."
    db.commit()
    return annotation
