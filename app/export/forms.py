from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, StringField
from wtforms.validators import DataRequired, Length

from briefings.messages import msg
from briefings.validation import MAX_SHORT


class ConfirmIncompleteForm(FlaskForm):
    """Export a final copy anyway, with the gaps marked in the document."""

    confirm = BooleanField(
        "Ik begrijp dat deze versie onvolledig is; de open punten worden geel gemarkeerd.",
        validators=[DataRequired(msg("export.vink_aan_dat_onvolledige"))],
    )


class AddNameForm(FlaskForm):
    """A name the Woo copy must redact everywhere, in every form."""

    name = StringField("Naam van een persoon", validators=[
        DataRequired(msg("admin.vul_naam")),
        Length(max=MAX_SHORT, message=msg("export.naam_lang_maximaal_limit", limit=MAX_SHORT)),
    ])


class DecisionForm(FlaskForm):
    """One proposed redaction (by its key) that the user dismisses or restores."""

    key = HiddenField(validators=[DataRequired(msg("export.kies_voorstel"))])
