from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, SelectField, TextAreaField
from wtforms.validators import Length, Optional

from app.forms import select_choices
from briefings.vocabulary import ANNOTATION_STATUSES


class ActionForm(FlaskForm):
    """A workflow button: the variant version the user saw, an optional reason, where to return."""

    version = IntegerField(validators=[Optional()])
    reason = TextAreaField("Toelichting (optioneel)", validators=[Optional(), Length(max=2000)])
    next = HiddenField()


class RejectForm(ActionForm):
    # Required, but checked by the service after the permission: a forbidden user gets 403.
    reason = TextAreaField("Reden van afwijzing", validators=[Optional(), Length(max=2000)])


class CommentForm(FlaskForm):
    text = TextAreaField("Opmerking", validators=[Optional(), Length(max=5000)])
    parent_id = IntegerField(validators=[Optional()])
    next = HiddenField()


class StatusForm(FlaskForm):
    status = SelectField("Nieuwe status", choices=select_choices(ANNOTATION_STATUSES))
    reason = TextAreaField("Toelichting (optioneel)", validators=[Optional(), Length(max=2000)])


class OwnerForm(FlaskForm):
    owner_id = SelectField("Eigenaar van deze vraag", coerce=str, validate_choice=True)
