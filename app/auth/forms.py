from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired

from app.forms import max_length
from briefings.messages import msg


class LoginForm(FlaskForm):
    email = EmailField("E-mailadres", validators=[DataRequired(msg("auth.vul_uw_e_mailadres")),
                                                  max_length(254)])
    password = PasswordField("Wachtwoord", validators=[DataRequired(msg("auth.vul_uw_wachtwoord")),
                                                       max_length(500)])


class PasswordForm(FlaskForm):
    current = PasswordField("Huidig wachtwoord", validators=[
        DataRequired(msg("auth.vul_uw_huidige_wachtwoord")), max_length(500)])
    new = PasswordField("Nieuw wachtwoord", validators=[
        DataRequired(msg("auth.vul_nieuw_wachtwoord")), max_length(500)])
    repeated = PasswordField("Herhaal het nieuwe wachtwoord", validators=[
        DataRequired(msg("auth.herhaal_nieuwe_wachtwoord")), max_length(500)])
