"""What the authoring views share: form pages, refused input, conflicts, confirmations."""

from typing import NamedTuple

from flask import flash, redirect, render_template, url_for

from app.annotations.forms import ConfirmForm
from app.db import db_session
from app.forms import refuse
from briefings.diffing import MARKDOWN_FIELDS, word_diff
from briefings.workflow.history import latest_revisions


class ConflictRow(NamedTuple):
    """One field of a conflict: the user's text, the stored text, and the words between them."""

    label: str
    mine: str
    theirs: str
    parts: list


def form_page(form, *, heading, fields, action, back, submit="Opslaan", **context):
    """Render a form page; 400 when the submitted form had errors, else 200."""
    status = 400 if form.errors else 200
    return render_template("annotations/form_page.html", form=form, heading=heading,
                           fields_template=f"annotations/_fields_{fields}.html", action=action,
                           back=back, submit=submit, **context), status


def refused(form, error, **page):
    """Show a service's ValidationError on the form; nothing of the request is saved."""
    refuse(form, error)
    return form_page(form, **page)


def saved(message: str, endpoint: str, anchor: str | None = None, **values):
    """Commit the request's one transaction, then redirect with a confirmation."""
    db_session().commit()
    flash(message, "info")
    return redirect(url_for(endpoint, _anchor=anchor, **values))


def conflict(form, error, field_labels: dict, **page):
    """Show both texts and their difference, with the form holding the user's text (409).

    The form's version becomes the stored one, so saving the merged text succeeds.
    """
    db_session().rollback()
    current = error.current
    rows = []
    for name, label in field_labels.items():
        mine, theirs = _text(form[name].data), _text(getattr(current, name))
        if mine != theirs:
            rows.append(ConflictRow(label, mine, theirs,
                                    word_diff(theirs, mine, markdown=name in MARKDOWN_FIELDS)))
    form.version.data = str(current.version)
    status = 409
    return render_template("annotations/conflict.html", form=form, rows=rows,
                           message=error.message, saved=_last_saved(current),
                           fields_template=f"annotations/_fields_{page.pop('fields')}.html",
                           **page), status


def confirm_page(*, heading, question, action, back, button="Verwijderen", excerpt=None):
    """Ask before deleting: a page with one POST button, so it works without JavaScript."""
    return render_template("annotations/confirm.html", form=ConfirmForm(), heading=heading,
                           question=question, action=action, back=back, button=button,
                           excerpt=excerpt)


#: model class -> the entity type its revisions are recorded under
ENTITY_TYPES = {"AnswerVariant": "variant", "Section": "section", "Question": "question",
                "Annotation": "annotation"}


def _last_saved(obj):
    """Return the latest revision of `obj`: who saved in between, and when (or None)."""
    entity_type = ENTITY_TYPES.get(type(obj).__name__)
    if entity_type is None:
        return None
    return latest_revisions(db_session(), entity_type, [obj.id]).get(obj.id)


def _text(value) -> str:
    if isinstance(value, list):
        return "\n".join(value)
    return str(value or "").replace("\r\n", "\n").strip()
