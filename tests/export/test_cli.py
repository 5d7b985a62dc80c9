"""`flask --app app export ID --mode final|draft|woo [--allow-incomplete] -o FILE.docx`."""

from docx import Document


def _run(runner, annotation, *args):
    return runner.invoke(args=["export", str(annotation.id), *args])


def test_cli_writes_each_mode(runner, annotation, tmp_path):
    for mode in ("final", "draft", "woo"):
        target = tmp_path / f"{mode}.docx"
        result = _run(runner, annotation, "--mode", mode, "-o", str(target))
        assert result.exit_code == 0, result.output
        assert str(target) in result.output
        assert Document(str(target)).paragraphs[0].text == "Annotatie voor wethouder Van Buren"


def test_cli_refuses_a_final_copy_with_gaps_and_lists_them(db, runner, annotation, tmp_path):
    annotation.questions[2].variants[0].chosen = False
    db.commit()
    target = tmp_path / "final.docx"
    result = _run(runner, annotation, "--mode", "final", "-o", str(target))
    assert result.exit_code != 0
    assert "Vraag 3: er is nog geen antwoord gekozen." in result.output
    assert "--allow-incomplete" in result.output
    assert not target.exists()
    forced = _run(runner, annotation, "--mode", "final", "--allow-incomplete", "-o", str(target))
    assert forced.exit_code == 0 and target.exists()


def test_cli_reports_an_unknown_annotation(runner, tmp_path):
    result = runner.invoke(args=["export", "999", "--mode", "draft", "-o",
                                 str(tmp_path / "x.docx")])
    assert result.exit_code != 0 and "bestaat niet" in result.output


def test_cli_uses_the_configured_word_template(app, runner, annotation, tmp_path):
    from tests.export.test_template import municipal_template

    app.config["WORD_TEMPLATE"] = str(municipal_template(tmp_path))
    target = tmp_path / "draft.docx"
    assert _run(runner, annotation, "--mode", "draft", "-o", str(target)).exit_code == 0
    assert Document(str(target)).styles["Normal"].font.name == "Georgia"


def test_cli_says_when_the_word_template_cannot_be_opened(app, runner, annotation, tmp_path):
    broken = tmp_path / "kapot.docx"
    broken.write_text("geen zip")
    for template in (broken, tmp_path / "bestaat-niet.docx"):
        app.config["WORD_TEMPLATE"] = str(template)
        result = _run(runner, annotation, "--mode", "draft", "-o", str(tmp_path / "x.docx"))
        assert result.exit_code != 0
        assert "bestaat niet of is geen Word-bestand" in result.output
