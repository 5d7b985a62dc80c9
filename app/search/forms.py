from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField
from wtforms.i18n import get_translations
from wtforms.validators import NumberRange, Optional

from app.forms import DutchDateField, select_choices
from briefings.messages import msg
from search_index.analysis import MAX_QUERY_CHARS
from search_index.schema import KINDS

STATUS_FILTERS = {
    "akkoord": "Alleen goedgekeurde antwoorden",
    "gekozen": "Alleen gekozen antwoorden",
}


class SearchForm(FlaskForm):
    """The search page's form: a GET form, so no CSRF token (it changes nothing)."""

    class Meta:
        csrf = False
        locales = ("nl",)

        def get_translations(self, form):
            """WTForms' own Dutch messages (Flask-WTF would look for Flask-Babel)."""
            return get_translations(self.locales)

    q = StringField("Zoekwoorden")
    kind = SelectField("Soort", choices=select_choices(KINDS, empty="Alles"), default="")
    asker = StringField("Vragensteller")
    party = StringField("Partij of medium")
    portfolio_holder = StringField("Portefeuillehouder")
    date_from = DutchDateField("Vergaderdatum vanaf", validators=[Optional()])
    date_to = DutchDateField("Vergaderdatum tot en met", validators=[Optional()])
    status = SelectField("Status", choices=select_choices(STATUS_FILTERS, empty="Alle"), default="")
    #: the words as typed: "maart 2024" is not read as a period (the page's link to undo it)
    letterlijk = BooleanField("Zoekwoorden letterlijk", default=False)
    page = IntegerField("Pagina", validators=[
        Optional(), NumberRange(min=1, max=1000, message=msg("search.pagina_buiten_bereik"))])

    def filters(self):
        from search_index.query import Filters

        return Filters(
            kinds=[self.kind.data] if self.kind.data else [],
            asker=(self.asker.data or "").strip(), party=(self.party.data or "").strip(),
            portfolio_holder=(self.portfolio_holder.data or "").strip(),
            date_from=self.date_from.data.isoformat() if self.date_from.data else "",
            date_to=self.date_to.data.isoformat() if self.date_to.data else "",
            status=self.status.data or "",
        )

    def query_text(self) -> str:
        return (self.q.data or "")[:MAX_QUERY_CHARS]
