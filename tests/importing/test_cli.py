"""`flask --app app import`: files and folders, summary, exit code, --json, --dry-run, --as."""

import json

from sqlalchemy import func, select

from briefings.models import Annotation, ImportedDocument
from tests.importing.docbuilder import docx_from_text

TEXT = """Annotatie voor wethouder Van Buren

Raad 28 februari 2024

Kernboodschap

- Een punt.

Vragen

1. Klopt het?

- Ja.
"""


def _annotations(db):
    db.expire_all()
    return db.scalar(select(func.count()).select_from(Annotation))


def test_import_a_folder_with_summary_skips_and_failures(runner, db, make_user, tmp_path):
    admin = make_user("beheer")
    folder = tmp_path / "oud"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    (folder / "b.docx").write_bytes(docx_from_text(TEXT.replace("Klopt", "Kost")))
    (folder / "c.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".verborgen.txt").write_text(TEXT)
    result = runner.invoke(args=["import", str(folder)])
    assert result.exit_code == 1, result.output
    assert "a.txt: geïmporteerd → annotatie" in result.output
    assert "c.pdf: mislukt: PDF-bestanden kunnen niet worden ingelezen" in result.output
    assert "Samenvatting: 2 geïmporteerd, 0 overgeslagen" in result.output
    assert "1 mislukt." in result.output
    assert _annotations(db) == 2
    assert db.scalars(select(ImportedDocument.imported_by_id)).all() == [admin.id, admin.id]

    again = runner.invoke(args=["import", str(folder / "a.txt"), str(folder / "b.docx")])
    assert again.exit_code == 0, again.output
    assert "Samenvatting: 0 geïmporteerd, 2 overgeslagen" in again.output
    assert _annotations(db) == 2


def test_json_of_one_file_is_the_structure_and_dry_run_saves_nothing(runner, db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    result = runner.invoke(args=["import", str(path), "--json", "--dry-run"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["portfolio_holder"] == "wethouder Van Buren"
    assert document["meeting"]["dates"] == ["2024-02-28"]
    assert document["questions"][0]["variants"][0] == {
        "label": "Antwoord", "markdown": "- Ja.", "explanation": None}
    assert set(document) == {
        "title", "portfolio_holder", "meeting", "agenda_item", "registration_number",
        "requested_decision", "handling_officials", "sections", "questions", "commitments",
        "placeholders", "warnings"}
    assert _annotations(db) == 0


def test_json_of_several_files_is_a_list(runner, tmp_path):
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("a.txt", "b.md"):
        (folder / name).write_text(TEXT + f"\n{name}?\n")
    result = runner.invoke(args=["import", str(folder), "--json", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 2


def test_import_as_a_named_user(runner, db, make_user, tmp_path):
    author = make_user("auteur")
    (tmp_path / "a.txt").write_text(TEXT)
    result = runner.invoke(args=["import", str(tmp_path / "a.txt"), "--as", author.email])
    assert result.exit_code == 0, result.output
    assert db.scalars(select(ImportedDocument.imported_by_id)).all() == [author.id]


def test_import_without_an_import_user_refuses(runner, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    result = runner.invoke(args=["import", str(tmp_path / "a.txt")])
    assert result.exit_code != 0
    assert "geen beheerder om mee te importeren" in result.output


def test_missing_path_fails_with_its_name(runner, make_user, tmp_path):
    make_user("beheer")
    result = runner.invoke(args=["import", str(tmp_path / "weg.docx")])
    assert result.exit_code == 1
    assert "weg.docx: mislukt: kan het bestand niet lezen" in result.output


def test_every_text_of_an_imported_file_is_found_by_search(runner, make_user, tmp_path):
    make_user("beheer")
    (tmp_path / "zoek.txt").write_text(
        "Annotatie voor wethouder Van Buren\n\nRaad 28 februari 2024\n\nKernboodschap\n\n"
        "- De kwartiermaker zoekt draagvlak.\n\nVragen\n\n1. Hoe staat het met de fietsbrug?\n\n"
        "Antwoord: De aannemer begint met de pijlers.\n\nAlternatief: Het ontwerp is klaar.\n")
    assert runner.invoke(args=["import", str(tmp_path / "zoek.txt")]).exit_code == 0
    for word, kind in (("kwartiermaker", "kernboodschap"), ("fietsbrug", "question"),
                       ("pijlers", "variant"), ("ontwerp", "variant")):
        result = json.loads(runner.invoke(args=["search", word, "--json"]).output)
        assert [hit["kind"] for hit in result["results"]] == [kind], word
