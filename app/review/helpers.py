"""Small helpers for the review views: safe return addresses, form errors, notices."""

from urllib.parse import urlsplit

from flask import flash, g, redirect, request, session, url_for

from briefings.errors import ValidationError
from briefings.messages import msg


def back(default: str):
    """Redirect to the page the form came from (a local path in `next`), else `default`."""
    target = request.form.get("next") or ""
    if target.startswith("/") and not urlsplit(target).netloc and "//" not in target:
        return redirect(target)
    return redirect(default)


def refused_back(error, default: str, *, form_id: str, **kept):
    """Return to the page the form came from with the Dutch refusal and what was typed.

    The page shows the message at the top and again at the form `form_id`, refilled with
    `kept` (see `refused_form`); nothing of the request is saved.
    """
    from app.db import db_session

    db_session().rollback()
    flash(error.message, "error")
    session["refused"] = {"form": form_id, "message": error.message, **kept}
    return back(default)


def refused_here(error, page, *, form_id: str, **kept):
    """Like `refused_back`, but render the page the form came from in this request (400).

    For forms whose text may be long: nothing typed travels through the session cookie.
    `page` returns the rendered page.
    """
    from app.db import db_session

    db_session().rollback()
    flash(error.message, "error")
    g.refused = {"form": form_id, "message": error.message, **kept}
    return page(), 400


def refused_form(form_id: str) -> dict | None:
    """Return the refusal and kept input for `form_id` once, on the page after a refusal."""
    if "refused" not in g:
        g.refused = session.pop("refused", None)
    return g.refused if g.refused and g.refused.get("form") == form_id else None


def valid(form):
    """Return the form's data, or raise ValidationError with its Dutch messages (400)."""
    if not form.validate_on_submit():
        messages = [m for errors in form.errors.values() for m in errors]
        raise ValidationError(" ".join(messages) or msg("review.formulier_onvolledig"))
    return form.data


def variant_url(variant) -> str:
    return url_for("annotations.show", annotation_id=variant.question.annotation_id,
                   _anchor=f"antwoord-{variant.id}")


def flash_back_to_concept(variant, *, was_status: str, was_chosen: bool) -> None:
    """Tell the user that saving sent an approved or chosen variant back to concept.

    Call after `briefings.authoring.update_variant` (edit form, restore) with the status and
    choice the variant had before.
    """
    if variant.status == "concept" and (was_chosen or was_status in ("ter_review", "akkoord")):
        flash(msg("review.tekst_gewijzigd_niet_meer_gekozen" if was_chosen
                  else "review.tekst_gewijzigd_weer_concept"), "warning")
