"""A Woo copy: every form of a person's name and all contact data and numbers replaced by the
ground, anywhere in the package, with an inventory; public office holders stay named."""

import io
import re

from docx import Document
from docx.oxml.ns import qn
from docx2python import docx2python

from briefings.export import woo_with_inventory
from briefings.export.woo import INVENTORY_HEADING
from tests.export.reading import exported, paragraphs, xml_parts

#: what the fixture below writes, and what must be gone: (label, pattern, case-sensitive)
FORBIDDEN = [
    ("full name", r"petra\W+de\W+wit", False),
    ("first name", r"petra", False),
    ("surname with tussenvoegsel", r"de wit", True),
    ("surname with capital tussenvoegsel", r"De Wit", True),
    ("bare surname", r"Wits?", True),
    ("double surname", r"berg|vries", False),
    ("first name of an involved user", r"Jan|jansen", True),
    ("listed name", r"henk|bakker", False),
    ("reviewer", r"rita|reviewer", False),
    ("handling official by first name", r"klaas|pietersen", False),
    ("e-mail", r"[\w.]+@[\w.]+", False),
    ("mobile number", r"12345678", False),
    ("landline", r"123 ?45 ?67|1234567", False),
    ("BSN", r"111\W?222\W?333", False),
    ("IBAN", r"NL91|ABNA|0417", False),
    ("postcode with number", r"1012 ?AB", False),
]
KEPT = ["123456789", "wethouder Van Buren", "Lid Mangal (Denk)", "de witte muur",
        "is wit.", "Wethouder Van Buren belde."]


def _leaks(text: str) -> list[str]:
    found = []
    for label, pattern, case in FORBIDDEN:
        regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", 0 if case else re.IGNORECASE)
        found += [f"{label}: {m.group()!r}" for m in regex.finditer(text)]
    return found


def _inventory(document) -> list[list[str]]:
    table = document.tables[-1]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_nothing_personal_remains_in_any_xml_part(personal, make_user):
    data = exported(personal, "woo", by=make_user("staf", name="Willem Woo"))
    for part, xml in xml_parts(data).items():
        text = re.sub(r"<[^>]+>", " ", xml) if part.endswith(".xml") else xml
        assert _leaks(text) == [], part
        assert "willem" not in xml.lower(), part


def test_python_docx_and_docx2python_read_no_personal_data_and_what_must_stay(personal):
    data = exported(personal, "woo")
    document = Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    with docx2python(io.BytesIO(data)) as read:
        flat = read.text
    for text in (body, cells, header, flat):
        assert _leaks(text) == []
    for kept in KEPT:
        assert kept in flat, kept
    assert "Annotatie voor wethouder Van Buren" in body


def test_each_redaction_is_a_black_box_with_its_ground(personal):
    document = Document(io.BytesIO(exported(personal, "woo")))
    boxes = [r for r in document.element.body.iter(qn("w:r"))
             if r.find(f"{qn('w:rPr')}/{qn('w:shd')}") is not None]
    texts = {"".join(t.text for t in r.iter(qn("w:t"))) for r in boxes}
    assert texts == {"5.1.2e", "5.1.1e"}
    shading = boxes[0].find(f"{qn('w:rPr')}/{qn('w:shd')}")
    assert shading.get(qn("w:fill")) == "000000"
    assert boxes[0].find(f"{qn('w:rPr')}/{qn('w:color')}").get(qn("w:val")) == "FFFFFF"
    header = document.sections[0].header
    # the classification has a line of its own; the title follows it
    assert header.paragraphs[0].text == "Woo-versie (openbaar)"
    assert header.paragraphs[1].text.startswith("Brandbrief van 5.1.2e")
    assert "Gesproken met 5.1.2e en met 5.1.2e, 5.1.2e en 5.1.2e" in "\n".join(
        p.text for p in document.paragraphs)


def test_the_inventory_lists_place_kind_ground_and_count_of_every_redaction(personal):
    document, rows = woo_with_inventory(personal)
    table = _inventory(document)
    assert table[0] == ["Plaats", "Soort gegeven", "Grond", "Aantal"]
    kinds = {(row[1], row[2]) for row in table[1:-1]}
    assert kinds >= {("Naam van een persoon", "5.1.2e"), ("E-mailadres", "5.1.2e"),
                     ("Telefoonnummer", "5.1.2e"), ("Burgerservicenummer (BSN)", "5.1.1e"),
                     ("Bankrekeningnummer (IBAN)", "5.1.2e"),
                     ("Adres", "5.1.2e")}
    by_place = {(row[0], row[1]): int(row[3]) for row in table[1:-1]}
    assert by_place[("Vraag 1 (Vragen commissie 18 januari)", "Telefoonnummer")] == 2
    assert by_place[("Antwoord op vraag 1 (Vragen commissie 18 januari)", "Telefoonnummer")] == 1
    place = "Kernboodschap: Contact met mevrouw 5.1.2e"
    assert by_place[(place, "Burgerservicenummer (BSN)")] == 1
    assert table[-1][0] == "Totaal"
    assert int(table[-1][3]) == sum(by_place.values()) == sum(r[3] for r in rows)
    boxes = sum(1 for r in document.element.body.iter(qn("w:shd"))
                if r.get(qn("w:fill")) == "000000")
    header_boxes = sum(1 for r in document.sections[0].header._element.iter(qn("w:shd")))
    link_targets = sum(rel.target_ref.count("5.1.2e") for rel in document.part.rels.values()
                       if rel.is_external)
    properties = by_place[("Documenteigenschappen", "Naam van een persoon")]
    assert boxes + header_boxes + link_targets + properties == int(table[-1][3])
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == INVENTORY_HEADING


def test_a_woo_copy_without_personal_data_says_nothing_was_redacted(db, make_annotation):
    annotation = make_annotation(title="Voortgang", sections=[
        {"kind": "kernboodschap", "heading": "Stand", "body": "- Alles loopt volgens plan."}])
    document, rows = woo_with_inventory(annotation, allow_incomplete=True)
    assert rows == []
    assert "In deze Woo-versie is niets gelakt." in [p.text for p in document.paragraphs]


def test_links_to_a_redacted_name_lose_the_name_in_their_target(personal):
    rels = xml_parts(exported(personal, "woo"))["word/_rels/document.xml.rels"]
    assert "henk" not in rels.lower() and "https://example.org/5.1.2e" in rels


def test_woo_copy_keeps_public_names_of_council_members_and_portfolio_holder(personal):
    text = "\n".join(p["text"] for p in paragraphs(exported(personal, "woo")))
    assert "Lid Mangal (Denk)" in text and "wethouder Van Buren" in text


def test_public_roles_are_configurable(personal):
    """A municipality that also redacts council members' names says so in its settings."""
    text = "\n".join(p["text"] for p in paragraphs(
        exported(personal, "woo", public_roles=("wethouder", "burgemeester"))))
    assert "Mangal" not in text and "wethouder Van Buren" in text


def test_dismissed_false_hit_stays_and_others_are_still_redacted(personal):
    _, rows = woo_with_inventory(personal)
    from briefings.export.woo import woo_redactor

    redactor = woo_redactor(personal)
    hit = next(h for h in redactor.find("Mevrouw Wit mailde vanaf petra.dewit@amsterdam.nl en "
                                        "belt via 06-12345678") if h.text == "Wit")
    personal.woo_dismissed = [{"key": hit.key, "kind": hit.kind, "text": hit.text,
                               "sentence": hit.sentence}]
    text = "\n".join(p["text"] for p in paragraphs(exported(personal, "woo")))
    assert "Mevrouw Wit mailde" in text
    assert "PETRA" not in text and "De Wit" not in text


def test_final_copy_is_not_redacted(personal):
    xml = xml_parts(exported(personal, "final"))["word/document.xml"]
    assert "Petra" in xml and "111.222.333" in xml and "5.1.2e" not in xml


def test_a_name_split_by_formatting_inside_a_word_is_still_redacted(db, personal):
    """Markdown emphasis inside a word hides it from the source text; Word shows it whole."""
    personal.sections[1].body = "- Gebeld met Pie**ter**sen en met *Pe*tra over de zaak"
    db.commit()
    document, rows = woo_with_inventory(personal)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Gebeld met 5.1.2e en met 5.1.2e over de zaak" in text
    assert ("Overige tekst", "Naam van een persoon", "5.1.2e", 2) in rows


def test_a_name_in_a_template_part_no_paragraph_shows_is_redacted(personal, tmp_path):
    """A municipality's template can carry a person's name in its custom properties."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from briefings.export import export_woo

    template = Document()
    custom = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
              b'custom-properties"><property name="Opsteller"><lpwstr>Petra de Wit</lpwstr>'
              b'</property></Properties>')
    part = Part(PackURI("/docProps/custom.xml"),
                "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                custom, template.part.package)
    template.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)
    path = tmp_path / "sjabloon.docx"
    template.save(path)
    data = io.BytesIO()
    export_woo(personal, template=str(path)).save(data)
    parts = xml_parts(data.getvalue())
    assert "docProps/custom.xml" in parts
    assert "Petra" not in parts["docProps/custom.xml"]
    assert "5.1.2e" in parts["docProps/custom.xml"]
