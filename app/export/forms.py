from flask_wtf import FlaskForm
from wtforms import BooleanField
from wtforms.validators import DataRequired


class ConfirmIncompleteForm(FlaskForm):
    """Export a final copy anyway, with the gaps marked in the document."""

    confirm = BooleanField(
        "Ik begrijp dat deze versie onvolledig is; de open punten worden geel gemarkeerd.",
        validators=[DataRequired("Vink aan dat u een onvolledige versie wilt exporteren.")],
    )
