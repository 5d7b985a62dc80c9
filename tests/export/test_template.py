"""The shipped house style, a municipality's own template, and OOXML validity."""

import io

import pytest
from docx import Document
from docx.shared import Pt
from openxml_audit import OpenXmlValidator

from briefings.export.template import DEFAULT_TEMPLATE, NAMED_STYLES
from tests.export.reading import exported, styled, xml_parts

#: what the validator reports on python-docx's own stock template (which the shipped template
#: is built from): its stylesWithEffects.xml copy is out of step with styles.xml. The export
#: drops that part, so none of these may appear in an export.
STOCK_TEMPLATE_FINDINGS = {
    "styles.xml contains 4 style(s) not in stylesWithEffects: Footer, FooterChar, Header, "
    "HeaderChar",
    "docDefaults differ between styles.xml and stylesWithEffects (Word may treat this as "
    "unreadable content)",
}


def municipal_template(tmp_path):
    """A template without our named styles, with its own Normal font."""
    document = Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(11)
    path = tmp_path / "gemeente.docx"
    document.save(path)
    return path


def _findings(path) -> set[str]:
    result = OpenXmlValidator().validate(str(path))
    return {error.description for error in result.errors}


def test_the_validator_reports_only_the_known_findings_of_the_stock_template(tmp_path):
    stock = tmp_path / "stock.docx"
    Document().save(stock)
    assert _findings(stock) == STOCK_TEMPLATE_FINDINGS


@pytest.mark.parametrize("mode", ["final", "draft", "woo"])
def test_every_export_validates_as_ooxml(annotation, tmp_path, mode):
    path = tmp_path / f"{mode}.docx"
    path.write_bytes(exported(annotation, mode))
    assert _findings(path) == set()


def test_a_forced_incomplete_export_validates_too(db, annotation, tmp_path):
    annotation.questions[0].variants[0].chosen = False
    annotation.questions[1].variants[0].body = "| jaar | aantal |\n|---|---|\n| 2021 | 15 |"
    db.commit()
    path = tmp_path / "forced.docx"
    path.write_bytes(exported(annotation, "final", allow_incomplete=True))
    assert _findings(path) == set()


def test_the_shipped_template_has_every_named_style_and_validates():
    styles = {style.name for style in Document(str(DEFAULT_TEMPLATE)).styles}
    assert set(NAMED_STYLES) <= styles
    assert _findings(DEFAULT_TEMPLATE) == set()


def test_a_municipal_template_keeps_its_styles_and_gets_the_missing_ones(annotation, tmp_path):
    data = exported(annotation, "final", template=municipal_template(tmp_path))
    document = Document(io.BytesIO(data))
    assert document.styles["Normal"].font.name == "Georgia"
    assert styled(data, "Vraag") and styled(data, "Antwoord") and styled(data, "Thema")


def test_a_dotx_template_is_accepted(annotation, tmp_path):
    path = municipal_template(tmp_path)
    dotx = tmp_path / "gemeente.dotx"
    import zipfile

    with zipfile.ZipFile(path) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    data = exported(annotation, "draft", template=dotx)
    assert Document(io.BytesIO(data)).styles["Normal"].font.name == "Georgia"


def test_comments_use_the_templates_own_comment_style_ids(annotation, tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    document = Document()
    document.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH).element.styleId = (
        "Tekstopmerking")
    path = tmp_path / "nl.docx"
    document.save(path)
    data = exported(annotation, "draft", template=path)
    comments = xml_parts(data)["word/comments.xml"]
    assert 'w:val="Tekstopmerking"' in comments and 'w:val="CommentText"' not in comments
