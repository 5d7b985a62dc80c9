"""Form helpers shared by every area."""

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.meta import DefaultMeta
from wtforms.validators import DataRequired, Length

from briefings.errors import ValidationError as DomainValidationError
from briefings.messages import msg
from briefings.validation import parse_date, parse_date_list
from briefings.vocabulary import dutch_date


class DutchForm(FlaskForm):
    """A form whose built-in WTForms messages ("Geen geldige keuze.") are Dutch."""

    class Meta:
        locales = ["nl"]

        def get_translations(self, form):
            # flask-wtf only translates through flask-babel, which this app does not use.
            return DefaultMeta.get_translations(self, form)


def required(label: str) -> DataRequired:
    return DataRequired(msg("form.label_verplicht", label=label))


def max_length(limit: int) -> Length:
    """A length limit that says it in the catalogue's words, not WTForms' English."""
    return Length(max=limit, message=msg("form.te_veel_tekens", limit=limit))


def refuse(form, error) -> None:
    """Undo the request and put a service's refusal on `form`, shown above what was typed.

    Templates show it with annotations/_form_errors.html; the view answers 400.
    """
    from app.db import db_session

    db_session().rollback()
    form.form_errors.append(error.message)


def select_choices(options: dict, *, empty: str | None = None) -> list[SelectChoice]:
    """Return SelectField choices from a vocabulary dict, optionally led by an empty choice."""
    choices = [SelectChoice("", empty)] if empty is not None else []
    return choices + [SelectChoice(value, label) for value, label in options.items()]


class DutchDateField(StringField):
    """A date typed the Dutch way ("5 maart 2026", "5-3-2026", ISO); shown as "5 maart 2026".

    A wrong date is a field error like any other, so the form shows every error at once.
    """

    def process_formdata(self, valuelist):
        self.raw = (valuelist[0] if valuelist else "").strip()
        self.data = None
        if self.raw:
            try:
                self.data = parse_date(self.raw)
            except DomainValidationError as error:
                raise ValueError(error.message) from None

    def _value(self):
        if getattr(self, "raw", None) is not None and self.data is None:
            return self.raw
        return dutch_date(self.data) if self.data else ""


def date_list_error(text: str) -> str | None:
    """Return the Dutch error for a list of dates as typed, or None when it reads well."""
    try:
        parse_date_list(text)
    except DomainValidationError as error:
        return error.message
    return None
