"""Forms of the review area. Values are checked by the services (Dutch messages, after the
permission check); the forms only bound lengths and numbers, with Dutch messages too."""

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional, Regexp

from app.forms import select_choices
from briefings.messages import msg
from briefings.validation import parse_id
from briefings.vocabulary import ANNOTATION_STATUSES


def _max(n: int) -> Length:
    return Length(max=n, message=msg("form.te_veel_tekens", limit=n))


def _number(what: str) -> Regexp:
    return Regexp(r"^\d+$", message=msg("form.nummer_ongeldig", number=what))


class ActionForm(FlaskForm):
    """A workflow button: the variant version the user saw, an optional reason, where to return."""

    version = StringField(validators=[Optional(), _number("versienummer")])
    reason = TextAreaField("Toelichting (optioneel)", validators=[Optional(), _max(2000)])
    next = HiddenField()

    @property
    def expected_version(self) -> int | None:
        return int(self.version.data) if self.version.data else None


class RejectForm(ActionForm):
    # Required, but checked by the service after the permission: a forbidden user gets 403.
    reason = TextAreaField("Reden van afwijzing", validators=[Optional(), _max(2000)])


class ChooseForm(ActionForm):
    reason = TextAreaField("Reden van de keuze (optioneel)", validators=[Optional(), _max(2000)])
    #: the chosen variant the user confirmed replacing; empty: the user saw no choice
    replaces = StringField(validators=[Optional(), _number("antwoordnummer")])

    @property
    def replaces_id(self) -> int | None:
        return parse_id(self.replaces.data) if self.replaces.data else None


class BulkForm(FlaskForm):
    """The bulk review page; the selected ids are read from the request (lists of checkboxes)."""

    reason = TextAreaField("Reden (verplicht bij afwijzen)", validators=[Optional(), _max(2000)])


class CommentForm(FlaskForm):
    text = TextAreaField("Opmerking", validators=[Optional(), _max(5000)])
    parent_id = StringField(validators=[Optional(), _number("nummer van de opmerking")])
    next = HiddenField()


class StatusForm(FlaskForm):
    status = SelectField("Nieuwe status", choices=select_choices(ANNOTATION_STATUSES),
                         validate_choice=False)
    reason = TextAreaField("Toelichting (optioneel)", validators=[Optional(), _max(2000)])


class OwnerForm(FlaskForm):
    owner_id = SelectField("Eigenaar van deze vraag", validate_choice=False,
                           validators=[Optional(), _number("gebruikersnummer")])
