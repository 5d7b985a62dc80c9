"""Issue 15 in Chromium: bulk review, a confirmed change of choice, Definitief refused on its
page, and pasting a Word list with bold into an answer (axe checks every page)."""

import re

import pytest
from docx import Document

from briefings.export import export
from tests.export.reading import paragraphs

pytestmark = pytest.mark.browser

# What Word 365 puts on the clipboard for a numbered list with bold words and a sub-item.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator
content="Microsoft Word 15"><style><!-- p.MsoListParagraph {margin-left:36.0pt;} --></style>
</head><body lang=NL><!--StartFragment-->
<p class=MsoNormal>Het college neemt de volgende <b>maatregelen</b>:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='mso-fareast-font-family:Aptos'><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
<b>Extra handhaving</b> bij de stations;<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;
</span></span><![endif]>een <b>nieuwe stalling</b> met 1.200 plekken:<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0
level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span>&nbsp;</span></span>
<![endif]>eerst bij het station;<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='mso-list:Ignore'>3.<span>&nbsp;</span></span><![endif]>een
evaluatie in <b>maart 2027</b>.<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='font-family:Symbol'><span
style='mso-list:Ignore'>·<span>&nbsp;</span></span></span>Los punt.</p>
<!--EndFragment--></body></html>"""

WORD_MARKDOWN = """Het college neemt de volgende **maatregelen**:

1. **Extra handhaving** bij de stations;
2. een **nieuwe stalling** met 1.200 plekken:
    1. eerst bij het station;
3. een evaluatie in **maart 2027**.

- Los punt."""

# The same family from elsewhere: LibreOffice (real lists) and Google Docs (bold on spans,
# everything inside <b style="font-weight:normal">).
OTHER_CLIPBOARDS = [
    ("<ol><li><p><b>Eerste</b> punt</p></li><li><p>Tweede punt</p></li></ol>",
     "1. **Eerste** punt\n2. Tweede punt"),
    ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><ol>'
     '<li dir="ltr"><p dir="ltr"><span style="font-weight:700;">Vet</span><span '
     'style="font-weight:400;"> en gewoon</span></p></li></ol></b>',
     "1. **Vet** en gewoon"),
    ("<p>Een <script>alert(1)</script><i>schuin</i> woord &lt;b&gt;</p>",
     "Een *schuin* woord <b>"),
]

PASTE = """([selector, html]) => {
    const field = document.querySelector(selector);
    field.focus();
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'platte tekst');
    field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                     cancelable: true}));
    return field.value;
}"""


def test_bulk_review_choice_and_definitief_walk_through(new_page, browser_login, live_server,
                                                       make_annotation, db, make_user):
    annotation = make_annotation(questions=[
        {"text": "Hoe lang is de wachtlijst?", "variants": [
            {"label": "antwoord", "body": "Twaalf weken."},
            {"label": "alternatief_antwoord", "body": "Ongeveer drie maanden."}]},
        {"text": "Wanneer komt de raadsbrief?", "variants": [
            {"label": "antwoord", "body": "Voor de zomer."}]},
    ])
    first, second = annotation.questions
    bulk_url = f"{live_server}/annotaties/{annotation.id}/beoordelen"

    auteur = new_page()
    browser_login(auteur, "auteur", name="Anna Auteur")
    auteur.goto(bulk_url)
    auteur.get_by_role("button", name="Hele annotatie ter review aanbieden").click()
    assert "3 antwoorden ter review aangeboden." in auteur.inner_text(".flashes")

    reviewer = new_page()
    browser_login(reviewer, "reviewer", name="Rob Reviewer")
    reviewer.goto(bulk_url)
    reviewer.get_by_label("Hele vraag 1").check()
    reviewer.get_by_role("button", name="Akkoord op geselecteerde").click()
    assert "2 antwoorden akkoord gegeven." in reviewer.inner_text(".flashes")
    reviewer.get_by_label(re.compile("^Antwoord bij vraag 2")).check()
    reviewer.get_by_role("button", name="Geselecteerde afwijzen").click()  # no reason yet
    assert "Reden van afwijzing is verplicht." in reviewer.inner_text("#bulk-fout")
    assert reviewer.get_by_label(re.compile("^Antwoord bij vraag 2")).is_checked()
    reviewer.get_by_label("Reden (verplicht bij afwijzen)").fill("Noem de maand.")
    reviewer.get_by_role("button", name="Geselecteerde afwijzen").click()
    assert "1 antwoord afgewezen." in reviewer.inner_text(".flashes")
    reviewer.goto(f"{live_server}/annotaties/{annotation.id}")
    card = reviewer.locator(f"#antwoord-{second.variants[0].id}").inner_text()
    assert "Afgewezen door Rob Reviewer" in card and "Reden: Noem de maand." in card

    staf = new_page()
    browser_login(staf, "staf", name="Sara Staf")
    staf.goto(f"{live_server}/vragen/{first.id}/vergelijken")
    main, alternative = (f"#antwoord-{v.id}" for v in first.variants)
    staf.locator(main).get_by_label("Reden van de keuze (optioneel)").fill("Concreet")
    staf.locator(main).get_by_role("button", name="Kiezen").click()
    staf.locator(alternative).get_by_label("Reden van de keuze (optioneel)").fill("Ronder")
    staf.locator(alternative).get_by_role("button", name=re.compile("^Kiezen")).click()
    assert staf.get_by_role("heading", name="Keuze vervangen?").is_visible()
    assert "Reden: Concreet" in staf.inner_text("main")
    staf.get_by_role("button", name="Ja, keuze vervangen").click()
    assert "Het antwoord is gekozen." in staf.inner_text(".flashes")
    db.expire_all()
    assert [v.chosen for v in first.variants] == [False, True]

    staf.goto(f"{live_server}/annotaties/{annotation.id}/gereedheid")
    staf.get_by_label("Nieuwe status").select_option("definitief")
    staf.get_by_label("Toelichting (optioneel)").fill("Voor de raad")
    staf.get_by_role("button", name="Status wijzigen").click()
    message = staf.inner_text("#status-fout")
    assert "De annotatie kan nog niet definitief worden: 1 vraag zonder gekozen antwoord" in message
    assert staf.get_by_label("Toelichting (optioneel)").input_value() == "Voor de raad"
    staf.get_by_role("link", name="Wat houdt definitief tegen").click()
    assert staf.url.endswith("#wat-houdt-tegen")


def test_pasting_a_word_list_with_bold_keeps_list_and_bold(new_page, browser_login, live_server,
                                                          make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Wat doet het college?"}])
    question = annotation.questions[0]
    page = new_page()
    browser_login(page, "auteur")
    page.goto(f"{live_server}/annotaties/vragen/{question.id}/antwoorden/nieuw")
    assert page.evaluate(PASTE, ["#body", WORD_HTML]) == WORD_MARKDOWN
    for html, markdown in OTHER_CLIPBOARDS:
        assert page.evaluate("html => window.annotatieMarkdownFromHtml(html)", html) == markdown
    page.get_by_role("button", name="Toevoegen").click()
    assert "Het antwoord is toegevoegd." in page.inner_text(".flashes")

    db.expire_all()
    variant = question.variants[0]
    assert variant.body.replace("\r\n", "\n") == WORD_MARKDOWN  # Markdown, never HTML
    page.goto(f"{live_server}/annotaties/{annotation.id}")
    body = page.locator(f"#antwoord-{variant.id}")
    assert body.locator("ol > li").count() == 4  # 3 items + the nested one
    assert body.locator("ol ol > li").inner_text() == "eerst bij het station;"
    assert body.locator("ul > li").inner_text() == "Los punt."
    assert body.locator("strong:not(.variant-label)").all_inner_texts()[:4] == [
        "maatregelen", "Extra handhaving", "nieuwe stalling", "maart 2027"]

    document = export(annotation, "draft")
    rows = [p for p in paragraphs(_bytes(document)) if p["num"] is not None]
    listed = {r["text"]: r["level"] for r in rows}
    assert listed["Extra handhaving bij de stations;"] == 0
    assert listed["eerst bij het station;"] == 1
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert "Extra handhaving" in bold and "maart 2027" in bold


def _bytes(document: Document) -> bytes:
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
