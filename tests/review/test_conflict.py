"""No lost edits through the web: two editors save the same variant with two test clients.

Web level: it posts to the authoring area's variant edit route (`annotations.edit_variant`,
POST label/body/explanation/version) and reads its conflict page. The same scenario against
the service is tests/workflow/test_conflict.py.
"""

import html
import re

from sqlalchemy import select

from briefings.models import AnswerVariant, Revision


def _post_edit(client, variant_id, body, version):
    return client.post(f"/annotaties/antwoorden/{variant_id}/bewerken",
                       data={"label": "antwoord", "body": body, "explanation": "",
                             "version": str(version)})


def test_two_editors_the_second_gets_a_conflict_page_with_both_texts(
        app, client, db, login_as, variant_in):
    variant = variant_in("concept", body="De wachtlijst is 12 weken.")
    loaded_at = variant.version  # both editors opened the form at this version
    other = app.test_client()
    first = login_as("auteur")
    first.name = "Eva Eerste"
    db.commit()
    login_as("auteur", client=other)

    assert _post_edit(client, variant.id, "De wachtlijst is 14 weken.", loaded_at).status_code \
        == 302
    response = _post_edit(other, variant.id, "De wachtlijst is 10 weken.", loaded_at)
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 409
    assert "De wachtlijst is 10 weken." in page  # the second editor's own text
    assert "De wachtlijst is 14 weken." in page  # the text now stored
    assert re.search(rf"Intussen opgeslagen door {first.name} op \d+ \w+ \d{{4}} \d\d:\d\d\.",
                     page)  # who saved in between, and when
    db.expire_all()
    assert db.get(AnswerVariant, variant.id).body == "De wachtlijst is 14 weken."

    stored_version = db.get(AnswerVariant, variant.id).version
    merged = "De wachtlijst is 14 weken (eerder 10)."
    assert _post_edit(other, variant.id, merged, stored_version).status_code == 302
    db.expire_all()
    texts = db.scalars(select(Revision.new_text).where(
        Revision.entity_type == "variant", Revision.entity_id == variant.id,
        Revision.field == "body").order_by(Revision.id)).all()
    assert texts == ["De wachtlijst is 12 weken.", "De wachtlijst is 14 weken.", merged]
