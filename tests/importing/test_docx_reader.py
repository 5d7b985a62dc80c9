"""Word specifics: list numbering, headings, our export's styles, tracked changes, tables."""

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefings.importing import parse_document
from tests.importing.docbuilder import WordList, add_text, docx_from_styles, save


def test_questions_numbered_by_word_are_numbered_without_typed_digits():
    document = docx.Document()
    numbers = WordList(document)
    document.add_paragraph("Vragen commissie 18 januari")
    document.add_paragraph("Lid Mangal (Denk)")
    for text in ("Waarom nu?", "Wat kost het?"):
        numbers.apply(document.add_paragraph(text))
        document.add_paragraph("Daarom.")
    document.add_paragraph("Lid Perdok (Lijst AV)")
    numbers.apply(document.add_paragraph("Wie betaalt?"))
    document.add_paragraph("De gemeente.")
    parsed = parse_document("vragen.docx", save(document))
    assert [(q["number"], q["text"], q["asker"]["name"]) for q in parsed["questions"]] == [
        ("1", "Waarom nu?", "Mangal"), ("2", "Wat kost het?", "Mangal"),
        ("3", "Wie betaalt?", "Perdok")]


def test_list_number_style_numbering_comes_from_the_style_definition():
    document = docx.Document()
    document.add_paragraph("Vragen")
    document.add_paragraph("Is het waar?", style="List Number")
    document.add_paragraph("Ja.")
    document.add_paragraph("En dit?", style="List Number")
    document.add_paragraph("Nee.")
    parsed = parse_document("vragen.docx", save(document))
    assert [q["number"] for q in parsed["questions"]] == ["1", "2"]


def test_heading_styles_and_bold_labels():
    document = docx.Document()
    document.add_paragraph("Kennisnemen van de voortgang", style="Title")
    document.add_paragraph("Kernboodschap", style="Heading 1")
    document.add_paragraph("Algemeen", style="Heading 2")
    document.add_paragraph("Het gaat goed.", style="List Bullet")
    document.add_paragraph("Vragen raad", style="Heading 1")
    document.add_paragraph("Is het waar?")
    add_text(document.add_paragraph(), "**Antwoord:** Ja.")
    add_text(document.add_paragraph(), "**Toelichting:** Zie de brief.")
    parsed = parse_document("doc.docx", save(document))
    assert parsed["title"] == "Kennisnemen van de voortgang"
    assert parsed["sections"] == [
        {"kind": "kernboodschap", "heading": "Algemeen", "markdown": "- Het gaat goed."}]
    assert parsed["questions"][0]["variants"] == [
        {"label": "Antwoord", "markdown": "Ja.", "explanation": "Zie de brief."}]


def test_our_own_export_styles_are_read_back():
    data = docx_from_styles([
        ("Title", "Kennisnemen van de voortgang"),
        ("Normal", "Annotatie voor wethouder Van Buren"),
        ("Heading 1", "Kernboodschap"),
        ("Thema", "Algemeen"),
        ("List Bullet", "We zijn onderweg."),
        ("Heading 1", "Handelingsperspectief"),
        ("List Bullet", "Wachten op de raad."),
        ("Heading 1", "Vragen"),
        ("Heading 2", "Vragen commissie 18 januari"),
        ("Heading 3", "Lid Mangal (Denk)"),
        ("Vraag", "Waarom nu?"),
        ("Notitie", "**NB (intern):** Gevoelig."),
        ("Antwoord", "**Antwoord** (Akkoord, Jan Jansen, gekozen)"),
        ("Antwoord", "Omdat het moet."),
        ("Antwoord", "En het kan."),
        ("Toelichting", "**Toelichting:** Zie de raadsbrief."),
        ("Alternatief antwoord", "**Alternatief antwoord** (Concept)"),
        ("Alternatief antwoord", "Het is tijd."),
        ("Alternatieve aanvulling", "**Alternatieve aanvulling** (Ter review, Piet)"),
        ("Alternatieve aanvulling", "Bovendien is er geld."),
        ("Heading 3", "Lid Perdok (Lijst AV)"),
        ("Vraag", "Wie betaalt?"),
        ("Antwoord", "**Antwoord** (Concept)"),
        ("Antwoord", "De gemeente."),
        ("Alternatief antwoord", "**Alternatief antwoord** (Concept)"),
        ("Alternatief antwoord", "Het Rijk."),
        ("Alternatief antwoord", "**Alternatief antwoord** (Afgewezen)"),
        ("Alternatief antwoord", "Samen."),
    ])
    parsed = parse_document("export.docx", data)
    assert parsed["title"] == "Kennisnemen van de voortgang"
    assert parsed["portfolio_holder"] == "wethouder Van Buren"
    assert [(s["kind"], s["heading"], s["markdown"]) for s in parsed["sections"]] == [
        ("kernboodschap", "Algemeen", "- We zijn onderweg."),
        ("handelingsperspectief", "", "- Wachten op de raad.")]
    first, second = parsed["questions"]
    assert (first["number"], first["block"], first["asker"], first["note"]) == (
        "1", "Vragen commissie 18 januari",
        {"name": "Mangal", "party": "Denk", "role": "raadslid"}, "Gevoelig.")
    assert first["variants"] == [
        {"label": "Antwoord", "markdown": "Omdat het moet.\n\nEn het kan.",
         "explanation": "Zie de raadsbrief."},
        {"label": "Alternatief antwoord", "markdown": "Het is tijd.", "explanation": None},
        {"label": "Alternatieve aanvulling", "markdown": "Bovendien is er geld.",
         "explanation": None}]
    assert second["number"] == "2" and second["asker"]["name"] == "Perdok"
    assert [v["markdown"] for v in second["variants"]] == ["De gemeente.", "Het Rijk.", "Samen."]
    assert parsed["warnings"] == []


def test_tracked_changes_keep_insertions_and_drop_deletions():
    document = docx.Document()
    document.add_paragraph("Kernboodschap")
    paragraph = document.add_paragraph("- Het college ")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve">erkent </w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve">ontkent </w:delText></w:r></w:del>'))
    paragraph.add_run("de signalen.")
    parsed = parse_document("wijzigingen.docx", save(document))
    assert parsed["sections"][0]["markdown"] == "- Het college erkent de signalen."


def test_small_word_table_becomes_lines():
    document = docx.Document()
    document.add_paragraph("Vragen")
    document.add_paragraph("1. Hoeveel meldingen waren er?")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, [("2021", "15"), ("2022", "24")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    parsed = parse_document("tabel.docx", save(document))
    assert parsed["questions"][0]["variants"][0]["markdown"] == "2021 15\n\n2022 24"


def test_warnings_in_word_name_the_paragraph():
    data = docx_from_styles([("Normal", "Vragen"), ("Normal", "1. Klopt het?"),
                             ("Normal", "Antwoord: Ja."), ("Normal", "Alternatief: zie boven")])
    parsed = parse_document("w.docx", data)
    assert parsed["warnings"] == [
        "alinea 4: label 'Alternatief: zie boven' verwijst naar een eerder antwoord; "
        "tekst bewaard"]


def test_header_table_and_incomplete_banner_of_our_export():
    document = docx.Document()
    document.add_paragraph("Annotatie voor wethouder Van Buren", style="Title")
    rows = [("Vergadering", "Raadsvergadering 9 en 10 juli 2025"), ("Onderwerp", "De voortgang"),
            ("Agendapunt", "[39]"), ("Registratienummer", "VN2025-000123"),
            ("Gevraagd besluit", "Kennisnemen"), ("Behandelend ambtenaar", "Anna; 5.1.2e"),
            ("Status", "Concept")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    add_text(document.add_paragraph(), "**ONVOLLEDIG: deze versie bevat nog 1 open punt(en), "
                                       "geel gemarkeerd.**")
    document.add_paragraph("Kernboodschap", style="Heading 1")
    document.add_paragraph("Punt. [Aanvullen]", style="List Bullet")
    parsed = parse_document("export.docx", save(document))
    assert parsed["portfolio_holder"] == "wethouder Van Buren"
    assert parsed["meeting"] == {"body": "raad", "name": "Raadsvergadering",
                                 "dates": ["2025-07-09", "2025-07-10"]}
    assert (parsed["title"], parsed["agenda_item"], parsed["registration_number"]) == (
        "De voortgang", "[39]", "VN2025-000123")
    assert parsed["requested_decision"] == "Kennisnemen"
    assert parsed["handling_officials"] == ["Anna", "5.1.2e"]
    assert parsed["sections"] == [
        {"kind": "kernboodschap", "heading": "", "markdown": "- Punt. [Aanvullen]"}]
    assert parsed["warnings"] == []


def test_text_inside_content_controls_is_read():
    document = docx.Document()
    document.add_paragraph("Kernboodschap")
    control = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>- In een invulveld.'
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    document.element.body.insert(len(document.element.body) - 1, control)
    parsed = parse_document("velden.docx", save(document))
    assert parsed["sections"][0]["markdown"] == "- In een invulveld."
