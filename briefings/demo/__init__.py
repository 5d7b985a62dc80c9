"""Demo data: one user per role and the annotations in briefings/demo/*.json.

Idempotent: a user is found by e-mail address, an annotation by registration number, so running
`flask --app app demo-data` again adds nothing. Annotations are written through the authoring
services (revisions and search-index work included); review statuses and choices are set
directly, with a revision each.
"""

import json
from pathlib import Path

from sqlalchemy import select

from briefings import authoring
from briefings.changes import change_status, record
from briefings.models import Annotation, utcnow
from briefings.users import create_user, find_user

DEMO_DIR = Path(__file__).parent
PASSWORD = "demo-wachtwoord"
USERS = {
    "auteur": "Anna Auteur",
    "reviewer": "Rik Reviewer",
    "staf": "Sanne Staf",
    "pers": "Pieter Pers",
    "beheer": "Bea Beheer",
}


def demo_email(role: str) -> str:
    return f"{role}@demo.gemeente.nl"


def load_demo_data(session) -> list[str]:
    """Create the demo users and annotations that are missing; return a report, line by line."""
    report: list[str] = []
    users = {role: _user(session, role, report) for role in USERS}
    report.append(f"Wachtwoord van alle demo-gebruikers: {PASSWORD}")
    for path in sorted(DEMO_DIR.glob("*.json")):
        report.append(load_annotation_file(session, path, users=users))
    return report


def load_annotation_file(session, path: Path, *, users) -> str:
    """Load one annotation file unless an annotation with its registration number exists."""
    data = json.loads(path.read_text(encoding="utf-8"))
    existing = session.scalars(select(Annotation).where(
        Annotation.registration_number == data["registration_number"])).first()
    if existing is not None:
        return f"Annotatie {data['registration_number']} bestaat al (id {existing.id})."
    annotation = _annotation(session, data, users=users)
    return (f"Annotatie {annotation.registration_number} geladen (id {annotation.id}): "
            f"{len(annotation.sections)} onderdelen, {len(annotation.questions)} vragen.")


def _user(session, role: str, report: list[str]):
    email = demo_email(role)
    user = find_user(session, email)
    if user is None:
        user = create_user(session, email=email, role=role, name=USERS[role], password=PASSWORD)
        report.append(f"Gebruiker {email} ({role}) aangemaakt.")
    else:
        report.append(f"Gebruiker {email} ({role}) bestaat al.")
    return user


def _annotation(session, data: dict, *, users) -> Annotation:
    author = users["auteur"]
    header = {key: value for key, value in data.items()
              if key not in ("sections", "questions", "status")}
    annotation = authoring.create_annotation(session, by=author, **header)
    for section in data["sections"]:
        authoring.add_section(session, annotation, by=author, **section)
    for question_data in data["questions"]:
        question_data = dict(question_data)
        variants = question_data.pop("variants", [])
        question = authoring.add_question(session, annotation, by=author, **question_data)
        for variant_data in variants:
            _variant(session, question, dict(variant_data), users=users)
    if data.get("status", "concept") != "concept":
        change_status(session, annotation, data["status"], by=users["staf"])
    session.flush()
    return annotation


def _variant(session, question, data: dict, *, users) -> None:
    status = data.pop("status", "concept")
    chosen = data.pop("chosen", False)
    reason = data.pop("choice_reason", None)
    variant = authoring.add_variant(session, question, by=users["auteur"], **data)
    # The review workflow has its own services; demo data sets the outcome directly.
    if status != "concept":
        change_status(session, variant, status, by=users["reviewer"])
    if chosen:
        record(session, variant, "chosen", "nee", "ja", by=users["staf"], action="choose",
               reason=reason)
        variant.chosen, variant.chosen_by_id = True, users["staf"].id
        variant.chosen_at, variant.choice_reason = utcnow(), reason
