from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired

from app.forms import max_length, select_choices
from briefings.messages import msg
from briefings.vocabulary import ROLES


class UserForm(FlaskForm):
    email = EmailField("E-mailadres", validators=[DataRequired(msg("admin.vul_e_mailadres")),
                                                  max_length(254)])
    name = StringField("Naam", validators=[DataRequired(msg("admin.vul_naam")), max_length(200)])
    role = SelectField("Rol", choices=select_choices(ROLES))
    password = PasswordField("Wachtwoord", validators=[DataRequired(msg("admin.vul_wachtwoord")),
                                                       max_length(500)])
