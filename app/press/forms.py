from wtforms import (
    BooleanField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import DutchDateField, DutchForm, max_length, select_choices
from briefings.messages import msg
from briefings.vocabulary import LINE_USES


class SearchForm(DutchForm):
    """Search over lines and approved answers (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    q = StringField("Zoeken in perslijnen en goedgekeurde antwoorden", validators=[Optional()])
    include_expired = BooleanField("Ook verlopen lijnen tonen")


class PublishForm(DutchForm):
    topic = StringField("Onderwerp", validators=[DataRequired(msg("press.vul_onderwerp")),
                                                 max_length(200)])
    use = SelectField("Gebruik", choices=select_choices(LINE_USES))
    owner = SelectField("Eigenaar", coerce=int)
    review_date = DutchDateField("Reviewdatum", validators=[Optional()])
    supersedes = SelectMultipleField("Vervangt deze oudere lijnen", coerce=int,
                                     widget=ListWidget(prefix_label=False),
                                     option_widget=CheckboxInput(), validators=[Optional()])


class WithdrawForm(DutchForm):
    reason = TextAreaField("Reden van intrekken", validators=[
        DataRequired(msg("press.geef_reden_lijn_trekken")), max_length(5000)])


class ReuseForm(DutchForm):
    target = SelectField("Persvragen", coerce=int)
    title = StringField("Titel van de nieuwe persvragen", validators=[max_length(1000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[max_length(200)])
    journalist = StringField("Journalist", validators=[
        DataRequired(msg("press.vul_naam_journalist")), max_length(200)])
    medium = StringField("Medium", validators=[max_length(200)])
    question_text = TextAreaField("Vraag van de journalist", validators=[
        DataRequired(msg("press.vul_vraag")), max_length(10000)])


class LineForm(DutchForm):
    text = TextAreaField("Tekst van de lijn", validators=[DataRequired(msg("press.vul_tekst")),
                                                         max_length(50000)])
    topic = StringField("Onderwerp", validators=[DataRequired(msg("press.vul_onderwerp")),
                                                 max_length(200)])
    use = SelectField("Gebruik", choices=select_choices(LINE_USES))
    review_date = DutchDateField("Reviewdatum", validators=[Optional()])
