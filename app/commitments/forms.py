from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from app.forms import DutchDateField, select_choices
from briefings.vocabulary import COMMITMENT_KINDS, COMMITMENT_STATUSES, MEETING_BODIES


class FilterForm(FlaskForm):
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


class ReminderForm(FlaskForm):
    class Meta:
        csrf = False

    weeks = IntegerField("Aantal weken vooruit", default=6, validators=[
        Optional(), NumberRange(1, 104, "Kies een aantal weken tussen 1 en 104.")])


class CommitmentForm(FlaskForm):
    text = TextAreaField("Toezegging", validators=[DataRequired("Vul de toezegging in."),
                                                   Length(max=10000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[Length(max=200)])
    made_to = SelectField("Gedaan aan", choices=select_choices(MEETING_BODIES, empty="Onbekend"),
                          validators=[Optional()])
    made_on = DutchDateField("Gedaan op (vergaderdatum)", validators=[Optional()])
    due_text = StringField("Termijn", validators=[Length(max=200)])


class EditForm(FlaskForm):
    text = TextAreaField("Toezegging", validators=[DataRequired("Vul de toezegging in."),
                                                   Length(max=10000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[Length(max=200)])
    due_text = StringField("Termijn", validators=[Length(max=200)])
    reason = TextAreaField("Reden van de wijziging", validators=[Length(max=5000)])


class StatusForm(FlaskForm):
    status = SelectField("Nieuwe status", choices=select_choices(COMMITMENT_STATUSES))
    reason = TextAreaField("Reden", validators=[Length(max=5000)])
    fulfilment = TextAreaField("Afdoening", validators=[Length(max=5000)])


class ConfirmForm(FlaskForm):
    text = TextAreaField("Tekst van de toezegging", validators=[Length(max=10000)])
    due_text = StringField("Termijn", validators=[Length(max=200)])
