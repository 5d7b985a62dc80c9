from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    email = EmailField("E-mailadres", validators=[DataRequired("Vul uw e-mailadres in."),
                                                  Length(max=254)])
    password = PasswordField("Wachtwoord", validators=[DataRequired("Vul uw wachtwoord in."),
                                                       Length(max=500)])


class PasswordForm(FlaskForm):
    current = PasswordField("Huidig wachtwoord", validators=[
        DataRequired("Vul uw huidige wachtwoord in."), Length(max=500)])
    new = PasswordField("Nieuw wachtwoord", validators=[
        DataRequired("Vul een nieuw wachtwoord in."), Length(max=500)])
    repeated = PasswordField("Herhaal het nieuwe wachtwoord", validators=[
        DataRequired("Herhaal het nieuwe wachtwoord."), Length(max=500)])
