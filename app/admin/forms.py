from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from app.forms import select_choices
from briefings.vocabulary import ROLES


class UserForm(FlaskForm):
    email = EmailField("E-mailadres", validators=[DataRequired("Vul een e-mailadres in."),
                                                  Length(max=254)])
    name = StringField("Naam", validators=[DataRequired("Vul een naam in."), Length(max=200)])
    role = SelectField("Rol", choices=select_choices(ROLES))
    password = PasswordField("Wachtwoord", validators=[DataRequired("Vul een wachtwoord in."),
                                                       Length(max=500)])
