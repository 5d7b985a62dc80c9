from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, StringField
from wtforms.validators import DataRequired, Length

from briefings.validation import MAX_SHORT


class ConfirmIncompleteForm(FlaskForm):
    """Export a final copy anyway, with the gaps marked in the document."""

    confirm = BooleanField(
        "Ik begrijp dat deze versie onvolledig is; de open punten worden geel gemarkeerd.",
        validators=[DataRequired("Vink aan dat u een onvolledige versie wilt exporteren.")],
    )


class AddNameForm(FlaskForm):
    """A name the Woo copy must redact everywhere, in every form."""

    name = StringField("Naam van een persoon", validators=[
        DataRequired("Vul een naam in."),
        Length(max=MAX_SHORT, message=f"De naam is te lang (maximaal {MAX_SHORT} tekens)."),
    ])


class DecisionForm(FlaskForm):
    """One proposed redaction (by its key) that the user dismisses or restores."""

    key = HiddenField(validators=[DataRequired("Kies een voorstel.")])
