"""Four people uploading and confirming at the same moment: never a 500, nothing saved twice.

Runs on SQLite and (with TEST_DATABASE_URL) on PostgreSQL, four threads against the app.
"""

import io
import threading

import pytest
from sqlalchemy import func, select

from briefings.models import Annotation, ImportedDocument

PEOPLE = 4
ROUNDS = 2


def make_text(number: int, questions: int) -> str:
    """A small annotation, unique per number, whose askers recur across documents."""
    lines = [f"Annotatie voor wethouder Van Buren {number}", "", "Vragen commissie", ""]
    for question in range(1, questions + 1):
        if question % 4 == 1:
            lines += [f"Lid Raadslid{question} (Partij {question})", ""]
        lines += [f"{question}. Hoe staat het met punt {question} van nummer {number}?", "",
                  f"Antwoord: Punt {question} is in uitvoering.", ""]
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _upload_dir(app, tmp_path):
    app.config["IMPORT_UPLOAD_DIR"] = str(tmp_path / "uploads")


def _clients(app, login_as):
    clients = [app.test_client() for _ in range(PEOPLE)]
    for client in clients:
        login_as("auteur", client=client)
    return clients


def _upload_and_confirm(client, data, name) -> list[int]:
    response = client.post("/importeren/", data={"document": (io.BytesIO(data), name)},
                           content_type="multipart/form-data")
    statuses = [response.status_code]
    if response.status_code == 302:
        statuses.append(client.post(f"{response.location}/bevestigen").status_code)
    return statuses


def _at_once(work) -> list[int]:
    """Run work(index) in PEOPLE threads that start together; return every HTTP status."""
    barrier, statuses, errors = threading.Barrier(PEOPLE), [], []

    def run(index):
        try:
            barrier.wait()
            statuses.extend(work(index))
        except Exception as error:  # noqa: BLE001 -- reported below, never swallowed
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return statuses


def _count(db, model):
    db.expire_all()
    return db.scalar(select(func.count()).select_from(model))


def test_four_people_importing_different_files_at_once_all_succeed(app, login_as, db):
    clients = _clients(app, login_as)

    def work(index):
        statuses = []
        for round_ in range(ROUNDS):
            number = 1000 + index * ROUNDS + round_
            statuses += _upload_and_confirm(clients[index], make_text(number, 12).encode(),
                                            f"annotatie-{number}.txt")
        return statuses

    statuses = _at_once(work)
    assert statuses == [302] * (2 * PEOPLE * ROUNDS)
    assert _count(db, Annotation) == PEOPLE * ROUNDS
    assert _count(db, ImportedDocument) == PEOPLE * ROUNDS


def test_four_people_importing_the_same_file_at_once_save_it_once(app, login_as, db):
    clients = _clients(app, login_as)
    data = make_text(2000, 12).encode()
    statuses = _at_once(lambda index: _upload_and_confirm(clients[index], data, "zelfde.txt"))
    assert 500 not in statuses
    assert set(statuses) <= {302, 409}
    assert _count(db, Annotation) == 1
    assert _count(db, ImportedDocument) == 1
