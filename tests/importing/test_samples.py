"""The three real published samples (copies of ../shared/samples/; one rebuilt as Word)."""

from pathlib import Path

import pytest

from briefings.importing import parse_document
from tests.importing.docbuilder import docx_from_text

SAMPLES = Path(__file__).resolve().parent / "samples"

ASKERS = [("Mangal", "Denk", 17), ("van Pijpen", "GroenLinks", 1), ("Perdok", "Lijst AV", 4),
          ("van Berkel", "Ja21", 1), ("Oliveira", "Lijst Kabamba", 2)]


@pytest.fixture(params=["txt", "docx"])
def council_annotation(request):
    text = (SAMPLES / "annotatie-raad-2024-02-28.txt").read_text()
    if request.param == "txt":
        return parse_document("annotatie.txt", text.encode())
    return parse_document("annotatie.docx", docx_from_text(text))


def test_council_annotation_header(council_annotation):
    document = council_annotation
    assert document["portfolio_holder"] == "wethouder van Buren"
    assert document["meeting"] == {"body": "raad", "name": "Raad", "dates": ["2024-02-28"]}
    assert document["agenda_item"] == "29"
    assert document["registration_number"] == "VN2024-000821"
    assert document["title"].startswith("Kennisnemen van de discussie over de brandbrief")
    assert document["requested_decision"] == "Ter bespreking en voor kennisgeving aannemen"
    assert document["handling_officials"] == ["5.1, 2, e", "5.1, 2, e"]


def test_council_annotation_has_all_eleven_themes(council_annotation):
    themes = [s for s in council_annotation["sections"] if s["kind"] == "kernboodschap"]
    assert len(themes) == 11
    assert themes[0]["heading"] == "Algemeen" and themes[9]["heading"] == "Toekomst"
    assert themes[10]["heading"] == "Cijfers/ meldingen"
    assert all(t["markdown"].startswith("- ") for t in themes)


def test_council_annotation_has_25_questions_under_five_askers(council_annotation):
    questions = council_annotation["questions"]
    assert [q["number"] for q in questions] == [str(n) for n in range(1, 26)]
    counted = []
    for question in questions:
        key = (question["asker"]["name"], question["asker"]["party"])
        if counted and counted[-1][:2] == key:
            counted[-1] = (*key, counted[-1][2] + 1)
        else:
            counted.append((*key, 1))
    assert counted == ASKERS
    assert all(q["block"] == "Vragen commissie 18 januari" for q in questions)
    assert all(len(q["variants"]) == 1 and q["variants"][0]["markdown"] for q in questions)
    assert council_annotation["warnings"] == []


def test_council_annotation_page_breaks_are_joined(council_annotation):
    answer = council_annotation["questions"][17]["variants"][0]["markdown"]
    assert "specifiek voor medewerkers van de gemeente Amsterdam." in answer


def test_council_annotation_offers_its_commitments(council_annotation):
    texts = [c["text"] for c in council_annotation["commitments"]]
    assert "Ik heb hen toegezegd dat ik ze op de hoogte houdt van de vervolgstappen." in texts
    assert {"text": "In het voorjaar volgt, zoals toegezegd in de raad van december, een brief:",
            "due": "In het voorjaar"} in council_annotation["commitments"]


def test_kernboodschap_sample_imports_with_its_handelingsperspectief():
    document = parse_document("k.txt", (SAMPLES / "kernboodschap-ombudsman.txt").read_bytes())
    assert [(s["kind"], s["heading"]) for s in document["sections"]] == [
        ("kernboodschap", "Kernboodschap OMA"), ("handelingsperspectief", "")]
    kern, perspective = (s["markdown"] for s in document["sections"])
    assert kern.startswith("- De burgemeester hecht veel belang aan het instituut Ombudsman\n"
                           "  - Gemeente onderschrijft")
    assert "o.l.v. 5.1.2.e 5.1, 2, e [REDACTED]" in kern
    assert perspective.splitlines()[0] == "- Niet actief media opzoeken, 5.1, 2, i [REDACTED]."
    assert document["questions"] == [] and document["portfolio_holder"] is None


def test_news_item_sample_imports_as_titled_sections_with_link_placeholders():
    document = parse_document("b.txt", (SAMPLES / "bericht-reactie-ombudsman.txt").read_bytes())
    assert document["title"] == "College reageert op rapport Ombudsman"
    assert [s["heading"] for s in document["sections"]] == [
        "", "Signalen worden herkend en aangepakt", "Bijdragen aan verbetering",
        "Kritiek op het onderzoek", "Beschermen tegen schade",
        "Openstaan voor kritiek en signalen", "Meer weten?"]
    assert document["questions"] == []
    assert "[link naar bestuursopdracht I&D]" in document["placeholders"]
    body = document["sections"][1]["markdown"]
    assert "[ziet herkend](#)" not in body and "ziet herkend het dat de signalen" in body
    assert "(3) het laten beoordelen" in document["sections"][2]["markdown"]
    assert any("geen kernboodschap en geen vragen" in w for w in document["warnings"])
