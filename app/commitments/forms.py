from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, NumberRange, Optional

from app.forms import DutchDateField, DutchForm, max_length, select_choices
from briefings.messages import msg
from briefings.vocabulary import COMMITMENT_KINDS, COMMITMENT_STATUSES, MEETING_BODIES


class FilterForm(DutchForm):
    """The filters above the register (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    portfolio_holder = SelectField("Portefeuillehouder", validate_choice=False,
                                   validators=[Optional()])
    status = SelectField("Status", choices=select_choices(COMMITMENT_STATUSES, empty="Alle"),
                         validators=[Optional()])
    kind = SelectField("Soort", choices=select_choices(COMMITMENT_KINDS, empty="Alle"),
                       validators=[Optional()])
    due_from = DutchDateField("Termijn vanaf", validators=[Optional()])
    due_to = DutchDateField("Termijn tot en met", validators=[Optional()])
    overdue = BooleanField("Alleen te late toezeggingen")


class ReminderForm(DutchForm):
    class Meta:
        csrf = False

    weeks = IntegerField("Aantal weken vooruit", default=6, validators=[
        Optional(), NumberRange(1, 104, msg("commitment.kies_aantal_weken_tussen"))])


class CommitmentForm(DutchForm):
    text = TextAreaField("Toezegging", validators=[DataRequired(msg("commitment.vul_toezegging")),
                                                   max_length(10000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[max_length(200)])
    made_to = SelectField("Gedaan aan", choices=select_choices(MEETING_BODIES, empty="Onbekend"),
                          validators=[Optional()])
    made_on = DutchDateField("Gedaan op (vergaderdatum)", validators=[Optional()])
    due_text = StringField("Termijn", validators=[max_length(200)])


class EditForm(DutchForm):
    text = TextAreaField("Toezegging", validators=[DataRequired(msg("commitment.vul_toezegging")),
                                                   max_length(10000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[max_length(200)])
    due_text = StringField("Termijn", validators=[max_length(200)])
    reason = TextAreaField("Reden van de wijziging", validators=[max_length(5000)])


class StatusForm(DutchForm):
    status = SelectField("Nieuwe status", choices=select_choices(COMMITMENT_STATUSES))
    reason = TextAreaField("Reden", validators=[max_length(5000)])
    fulfilment = TextAreaField("Afdoening", validators=[max_length(5000)])


class ConfirmForm(DutchForm):
    text = TextAreaField("Tekst van de toezegging", validators=[max_length(10000)])
    due_text = StringField("Termijn", validators=[max_length(200)])
