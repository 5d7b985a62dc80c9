"""Uploads waiting for confirmation live in the database: any app server can confirm them."""

import io
from datetime import timedelta

from sqlalchemy import func, select, update

from app import create_app
from briefings.models import Annotation, PendingUpload, utcnow
from briefings.uploads import MAX_PER_USER, load_upload, store_upload
from tests.conftest import PASSWORD
from tests.importing.test_upload import TEXT


def _upload(client, data, name):
    return client.post("/importeren/", data={"document": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def _login(client, user):
    response = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 302


def test_an_upload_previewed_on_one_server_is_confirmed_on_another(app, make_user, db,
                                                                   tmp_path):
    other = create_app({**app.config, "SEARCH_INDEX_DIR": str(tmp_path / "server-b-index")})
    try:
        user = make_user("auteur")
        first, second = app.test_client(), other.test_client()
        _login(first, user)
        _login(second, user)
        preview = _upload(first, TEXT.encode(), "annotatie.txt").location
        assert "Klopt het?" in second.get(preview).get_data(as_text=True)
        response = second.post(f"{preview}/bevestigen")
        assert response.status_code == 302 and "/annotaties/" in response.location
        assert db.scalar(select(func.count()).select_from(Annotation)) == 1
        assert db.scalar(select(func.count()).select_from(PendingUpload)) == 0
        assert first.post(f"{preview}/bevestigen").status_code == 404
    finally:
        other.extensions["search"].close()
        other.extensions["db_engine"].dispose()


def test_an_upload_older_than_a_day_is_gone_with_a_dutch_message(client, login_as, db):
    login_as("auteur")
    preview = _upload(client, TEXT.encode(), "annotatie.txt").location
    db.execute(update(PendingUpload).values(created_at=utcnow() - timedelta(hours=25)))
    db.commit()
    response = client.get(preview)
    assert response.status_code == 404
    assert "Upload het bestand opnieuw" in response.get_data(as_text=True)


def test_one_user_keeps_a_bounded_number_of_uploads_waiting(db, make_user):
    user, other = make_user("auteur"), make_user("auteur")
    theirs = store_upload(db, "ander.txt", b"ander", user_id=other.id)
    tokens = [store_upload(db, f"{n}.txt", f"bestand {n}".encode(), user_id=user.id)
              for n in range(MAX_PER_USER + 3)]
    db.commit()
    assert db.scalar(select(func.count()).where(PendingUpload.user_id == user.id)) \
        == MAX_PER_USER
    assert load_upload(db, tokens[-1], user_id=user.id) == (f"{MAX_PER_USER + 2}.txt",
                                                            f"bestand {MAX_PER_USER + 2}".encode())
    assert load_upload(db, theirs, user_id=other.id) == ("ander.txt", b"ander")
