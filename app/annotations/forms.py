from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField
from wtforms.validators import Optional

from app.forms import select_choices
from briefings.vocabulary import ANNOTATION_STATUSES


class FilterForm(FlaskForm):
    """The filters above the list of annotations (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    portfolio_holder = StringField("Portefeuillehouder", validators=[Optional()])
    status = SelectField("Status", choices=select_choices(ANNOTATION_STATUSES, empty="Alle"),
                         validators=[Optional()])
    date_from = DateField("Vergaderdatum vanaf", validators=[Optional()])
    date_to = DateField("Vergaderdatum tot en met", validators=[Optional()])
