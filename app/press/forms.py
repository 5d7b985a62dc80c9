from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from app.forms import DutchDateField, select_choices
from briefings.vocabulary import LINE_USES


class SearchForm(FlaskForm):
    """Search over lines and approved answers (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    q = StringField("Zoeken in perslijnen en goedgekeurde antwoorden", validators=[Optional()])
    include_expired = BooleanField("Ook verlopen lijnen tonen")


class PublishForm(FlaskForm):
    topic = StringField("Onderwerp", validators=[DataRequired("Vul een onderwerp in."),
                                                 Length(max=200)])
    use = SelectField("Gebruik", choices=select_choices(LINE_USES))
    owner = SelectField("Eigenaar", coerce=int)
    review_date = DutchDateField("Reviewdatum", validators=[Optional()])
    supersedes = SelectMultipleField("Vervangt deze oudere lijnen", coerce=int,
                                     widget=ListWidget(prefix_label=False),
                                     option_widget=CheckboxInput(), validators=[Optional()])


class WithdrawForm(FlaskForm):
    reason = TextAreaField("Reden van intrekken", validators=[
        DataRequired("Geef een reden op."), Length(max=5000)])


class ReuseForm(FlaskForm):
    target = SelectField("Persvragen", coerce=int)
    title = StringField("Titel van de nieuwe persvragen", validators=[Length(max=1000)])
    portfolio_holder = StringField("Portefeuillehouder", validators=[Length(max=200)])
    journalist = StringField("Journalist", validators=[DataRequired("Vul de naam van de "
                                                                    "journalist in."),
                                                       Length(max=200)])
    medium = StringField("Medium", validators=[Length(max=200)])
    question_text = TextAreaField("Vraag van de journalist", validators=[
        DataRequired("Vul de vraag in."), Length(max=10000)])


class LineForm(FlaskForm):
    text = TextAreaField("Tekst van de lijn", validators=[DataRequired("Vul de tekst in."),
                                                         Length(max=50000)])
    topic = StringField("Onderwerp", validators=[DataRequired("Vul een onderwerp in."),
                                                 Length(max=200)])
    use = SelectField("Gebruik", choices=select_choices(LINE_USES))
    review_date = DutchDateField("Reviewdatum", validators=[Optional()])
