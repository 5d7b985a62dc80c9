"""The Woo copy's redaction: who is named, who stays named, and the inventory appendix.

The redaction itself lives in briefings/woo/; this module gathers the people of one annotation
and writes the result into the Word package (black boxes, relationships, inventory).
"""

import re
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import object_session

from briefings.export import ooxml
from briefings.models import AnswerVariant, Question, ReviewComment, Revision, Section, User
from briefings.woo.patterns import IDENTIFICATION_NUMBER, KINDS, PRIVACY
from briefings.woo.redactor import (
    DEFAULT_PUBLIC_ROLES,
    MARK_CLOSE,
    MARK_OPEN,
    PUBLIC_TITLES,
    Person,
    PublicRule,
    Redactor,
)

GROUND = PRIVACY
#: ground -> what it protects, as the inventory explains it
GROUNDS = {
    PRIVACY: "eerbiediging van de persoonlijke levenssfeer (art. 5.1, tweede lid, onder e, Woo)",
    IDENTIFICATION_NUMBER: "identificatienummers zoals het burgerservicenummer "
                           "(art. 5.1, eerste lid, onder e, Woo)",
}
INVENTORY_HEADING = "Bijlage: inventaris van de lakkingen"
INVENTORY_COLUMNS = ("Plaats", "Soort gegeven", "Grond", "Aantal")


def woo_redactor(annotation, by=None, public_roles=DEFAULT_PUBLIC_ROLES) -> Redactor:
    """Return the redactor for a Woo copy of `annotation`, with the user's saved choices."""
    return Redactor(persons(annotation, by, public_roles),
                    public=public_rule(annotation, public_roles),
                    dismissed=annotation.woo_dismissed or [])


def persons(annotation, by=None, public_roles=DEFAULT_PUBLIC_ROLES) -> list[Person]:
    """Return everyone a Woo copy of `annotation` must not name.

    In every form: the names listed on the annotation, the handling officials, the users who
    wrote, chose, commented on or changed it, the exporting user, askers not in a public role.
    In unmistakable forms only (full name, initials or tussenvoegsel with surname): every other
    user of the system, since a first name alone would hit too many unrelated words.
    """
    names = [*(annotation.handling_officials or []), *(annotation.personal_names or [])]
    involved = _users(annotation)
    names.extend(user.name for user in involved)
    if by is not None:
        names.append(by.name)
    names.extend(q.asker.name for q in annotation.questions
                 if q.asker is not None and q.asker.role not in public_roles)
    result = [Person(name) for name in names if name and name.strip()]
    session = object_session(annotation)
    known = {user.id for user in involved}
    result.extend(Person(user.name, partial=False) for user in session.scalars(select(User))
                  if user.id not in known)
    return result


def public_rule(annotation, public_roles=DEFAULT_PUBLIC_ROLES) -> PublicRule:
    """Office holders stay named: the portfolio holder and askers in a public role."""
    names = [q.asker.name for q in annotation.questions
             if q.asker is not None and q.asker.role in public_roles]
    holder = _without_title(annotation.portfolio_holder or "")
    if holder:
        names.append(holder)
    return PublicRule(public_roles, names)


def _without_title(name: str) -> str:
    titles = {t for words in PUBLIC_TITLES.values() for t in words}
    words = name.split()
    while words and words[0].lower() in titles:
        words.pop(0)
    return " ".join(words)


def inventory(redactor: Redactor) -> list[tuple[str, str, str, int]]:
    """Return (place, kind label, ground, count) per place and kind, in document order."""
    counts = Counter((redactor.quiet(hit.place) or "Overige tekst", hit.kind)
                     for hit in redactor.hits)
    return [(place, KINDS[kind][0], KINDS[kind][1], count)
            for (place, kind), count in counts.items()]


def add_inventory(document, body, rows) -> None:
    """Append the inventory of redactions as the last part of the document."""
    p = body.paragraph("Heading 1")
    ooxml.run(p, INVENTORY_HEADING)
    total = sum(row[3] for row in rows)
    p = body.paragraph("Normal")
    if not rows:
        ooxml.run(p, "In deze Woo-versie is niets gelakt.")
        return
    grounds = sorted({row[2] for row in rows})
    ooxml.run(p, f"In deze Woo-versie {'is' if total == 1 else 'zijn'} {total} "
                 f"gegeven{'' if total == 1 else 's'} gelakt. Op de plaats van elk gegeven "
                 "staat de grond uit de Wet open overheid: "
                 + "; ".join(f"{g}: {GROUNDS[g]}" for g in grounds) + ".")
    table = document.add_table(rows=len(rows) + 2, cols=len(INVENTORY_COLUMNS))
    try:
        table.style = document.styles["Table Grid"]
    except KeyError:
        pass
    body_rows = [INVENTORY_COLUMNS, *rows, ("Totaal", "", "", total)]
    for number, values in enumerate(body_rows):
        for column, value in enumerate(values):
            cell = table.cell(number, column).paragraphs[0]._p
            ooxml.run(cell, str(value), bold=number == 0 or number == len(body_rows) - 1)


def scrub_relationships(document) -> None:
    """Put the bare ground in link targets that held a redaction (markdown-it has
    percent-encoded the marks there)."""
    encoded = re.compile(r"%EE%80%80(.*?)%EE%80%81", re.IGNORECASE)
    raw = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}")
    for part in document.part.package.iter_parts():
        for rel in part.rels.values():
            if rel.is_external and ("%EE%80%80" in rel._target.upper()
                                    or MARK_OPEN in rel._target):
                rel._target = raw.sub(r"\1", encoded.sub(r"\1", rel._target))


def _users(annotation) -> list[User]:
    session = object_session(annotation)
    question_ids = select(Question.id).where(Question.annotation_id == annotation.id)
    variant_ids = select(AnswerVariant.id).where(AnswerVariant.question_id.in_(question_ids))
    section_ids = select(Section.id).where(Section.annotation_id == annotation.id)
    ids = {annotation.created_by_id}
    ids.update(session.scalars(select(Question.owner_id).where(Question.id.in_(question_ids))))
    for column in (AnswerVariant.author_id, AnswerVariant.updated_by_id,
                   AnswerVariant.chosen_by_id):
        ids.update(session.scalars(select(column).where(AnswerVariant.id.in_(variant_ids))))
    ids.update(session.scalars(
        select(ReviewComment.author_id).where(ReviewComment.variant_id.in_(variant_ids))))
    for entity_type, entity_ids in (("section", section_ids), ("question", question_ids),
                                    ("variant", variant_ids)):
        ids.update(session.scalars(select(Revision.user_id).where(
            Revision.entity_type == entity_type, Revision.entity_id.in_(entity_ids))))
    ids.update(session.scalars(select(Revision.user_id).where(
        Revision.entity_type == "annotation", Revision.entity_id == annotation.id)))
    ids.discard(None)
    return list(session.scalars(select(User).where(User.id.in_(ids)))) if ids else []
