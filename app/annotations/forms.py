"""Forms of the authoring screens. `service_data()` maps a form to a service's keyword arguments."""

from wtforms import HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Optional, ValidationError

from app.forms import (
    DutchDateField,
    DutchForm,
    date_list_error,
    max_length,
    required,
    select_choices,
)
from briefings.messages import msg
from briefings.validation import MAX_SHORT, MAX_TEXT, MAX_TITLE
from briefings.vocabulary import (
    ANNOTATION_STATUSES,
    ASKER_ROLES,
    MEETING_BODIES,
    SECTION_KINDS,
    VARIANT_LABELS,
    dutch_date,
)

#: Markdown fields: text pasted from Word keeps its lists and bold (static/paste.js)
MARKDOWN_PASTE = {"data-paste": "markdown"}


def lines(text: str | None) -> list[str]:
    """Return the non-empty lines of a textarea."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class VersionedForm(DutchForm):
    """A form that carries the version it was loaded at, so a stale save becomes a conflict."""

    version = HiddenField()

    def expected_version(self) -> int | None:
        return int(self.version.data) if (self.version.data or "").isdigit() else None


class FilterForm(DutchForm):
    """The filters above the list of annotations (GET, so no CSRF token)."""

    class Meta:
        csrf = False

    portfolio_holder = StringField("Portefeuillehouder", validators=[Optional()])
    status = SelectField("Status", choices=select_choices(ANNOTATION_STATUSES, empty="Alle"),
                         validators=[Optional()])
    date_from = DutchDateField("Vergaderdatum vanaf", validators=[Optional()])
    date_to = DutchDateField("Vergaderdatum tot en met", validators=[Optional()])


class HeaderForm(VersionedForm):
    """The header of an annotation (also used to create one)."""

    title = TextAreaField("Titel", validators=[required("Titel"), max_length(MAX_TITLE)])
    portfolio_holder = StringField("Portefeuillehouder",
                                   validators=[required("Portefeuillehouder"),
                                               max_length(MAX_SHORT)])
    meeting_body = SelectField("Soort vergadering",
                               choices=select_choices(MEETING_BODIES, empty="(geen vergadering)"))
    meeting_name = StringField("Naam van de vergadering", validators=[max_length(MAX_SHORT)])
    meeting_dates = StringField("Vergaderdatum(s)", validators=[max_length(200)])
    agenda_item = StringField("Agendapunt", validators=[max_length(50)])
    registration_number = StringField("Registratienummer", validators=[max_length(50)])
    requested_decision = TextAreaField("Gevraagd besluit", validators=[max_length(5000)])
    overview = TextAreaField("Inleiding (Markdown)", validators=[max_length(10000)],
                             render_kw=MARKDOWN_PASTE)
    handling_officials = TextAreaField("Behandelend ambtenaren", validators=[max_length(5000)])
    personal_names = TextAreaField("Persoonsnamen voor de Woo-versie",
                                   validators=[max_length(5000)])
    internal_deadline = DutchDateField("Interne deadline", validators=[Optional()])

    def validate_meeting_dates(self, field):
        # Checked with the other fields, so every error on the form shows at once.
        if field.data and (message := date_list_error(field.data)):
            raise ValidationError(message)

    def validate_meeting_body(self, field):
        if not field.data and (self.meeting_name.data or self.meeting_dates.data):
            raise ValidationError(msg("annotation.kies_soort_vergadering_maak"))

    def service_data(self) -> dict:
        return {
            "title": self.title.data,
            "portfolio_holder": self.portfolio_holder.data,
            "meeting": {"body": self.meeting_body.data, "name": self.meeting_name.data,
                        "dates": [self.meeting_dates.data or ""]},
            "agenda_item": self.agenda_item.data,
            "registration_number": self.registration_number.data,
            "requested_decision": self.requested_decision.data,
            "overview": self.overview.data,
            "handling_officials": lines(self.handling_officials.data),
            "personal_names": lines(self.personal_names.data),
            "internal_deadline": self.internal_deadline.data,
        }

    def fill_from(self, annotation) -> None:
        """Prefill the form from the stored annotation (GET)."""
        meeting = annotation.meeting
        for name in ("title", "portfolio_holder", "agenda_item", "registration_number",
                     "requested_decision", "overview", "internal_deadline"):
            getattr(self, name).data = getattr(annotation, name)
        self.meeting_body.data = meeting.body if meeting else ""
        self.meeting_name.data = meeting.name if meeting else ""
        self.meeting_dates.data = ", ".join(dutch_date(d.date) for d in meeting.dates) \
            if meeting else ""
        self.handling_officials.data = "\n".join(annotation.handling_officials or [])
        self.personal_names.data = "\n".join(annotation.personal_names or [])
        self.version.data = str(annotation.version)


class SectionForm(VersionedForm):
    kind = SelectField("Soort onderdeel", choices=select_choices(SECTION_KINDS))
    heading = StringField("Kop", validators=[max_length(1000)])
    body = TextAreaField("Tekst (Markdown)", validators=[max_length(MAX_TEXT)],
                         render_kw=MARKDOWN_PASTE)

    def service_data(self) -> dict:
        return {"kind": self.kind.data, "heading": self.heading.data, "body": self.body.data}


class QuestionForm(VersionedForm):
    block = StringField("Blok", validators=[max_length(1000)])
    asker_name = StringField("Naam vragensteller", validators=[max_length(MAX_SHORT)])
    asker_party = StringField("Partij, lijst of medium", validators=[max_length(MAX_SHORT)])
    asker_role = SelectField("Rol vragensteller", choices=select_choices(ASKER_ROLES))
    number = StringField("Nummer", validators=[max_length(20)])
    text = TextAreaField("Vraag", validators=[required("De vraag"), max_length(MAX_TEXT)])
    note = TextAreaField("Interne notitie (NB)", validators=[max_length(MAX_TEXT)])

    def service_data(self) -> dict:
        asker = None
        if (self.asker_name.data or "").strip():
            asker = {"name": self.asker_name.data, "party": self.asker_party.data,
                     "role": self.asker_role.data}
        return {"block": self.block.data or "", "asker": asker, "text": self.text.data,
                "note": self.note.data, "number": self.number.data}

    def fill_from(self, question) -> None:
        self.block.data, self.text.data = question.block, question.text
        self.note.data, self.number.data = question.note, question.number
        if question.asker:
            self.asker_name.data = question.asker.name
            self.asker_party.data = question.asker.party
            self.asker_role.data = question.asker.role
        self.version.data = str(question.version)


class VariantForm(VersionedForm):
    label = SelectField("Soort antwoord", choices=select_choices(VARIANT_LABELS))
    body = TextAreaField("Antwoord (Markdown)",
                         validators=[required("Het antwoord"), max_length(MAX_TEXT)],
                         render_kw=MARKDOWN_PASTE)
    explanation = TextAreaField("Toelichting (Markdown)", validators=[max_length(MAX_TEXT)],
                                render_kw=MARKDOWN_PASTE)

    def service_data(self) -> dict:
        return {"label": self.label.data, "body": self.body.data,
                "explanation": self.explanation.data}


class ConfirmForm(DutchForm):
    """A confirmation page's form: only the CSRF token, the button is the confirmation."""
