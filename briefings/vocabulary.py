"""The fixed word lists of the domain: code values and the Dutch words the UI shows.

One place for every enumeration, so that forms, templates, import and export agree.
"""

ROLES = {
    "auteur": "Auteur (behandelend ambtenaar)",
    "reviewer": "Reviewer",
    "staf": "Staf (bureau wethouder)",
    "pers": "Persvoorlichting",
    "beheer": "Beheer",
}

MEETING_BODIES = {
    "raad": "Raad",
    "commissie": "Commissie",
    "stadsdeelcommissie": "Stadsdeelcommissie",
    "overig": "Overig",
}

ANNOTATION_KINDS = {"annotatie": "Annotatie", "persvragen": "Persvragen"}

ANNOTATION_STATUSES = {"concept": "Concept", "in_review": "In review", "definitief": "Definitief"}

SECTION_KINDS = {
    "kernboodschap": "Kernboodschap",
    "handelingsperspectief": "Handelingsperspectief",
    "achtergrond": "Achtergrond",
    "overig": "Overig",
}

ASKER_ROLES = {
    "raadslid": "Raadslid",
    "commissielid": "Commissielid",
    "journalist": "Journalist",
    "overig": "Overig",
}

VARIANT_LABELS = {
    "antwoord": "Antwoord",
    "alternatief_antwoord": "Alternatief antwoord",
    "alternatieve_aanvulling": "Alternatieve aanvulling",
}

REVIEW_STATUSES = {
    "concept": "Concept",
    "ter_review": "Ter review",
    "akkoord": "Akkoord",
    "afgewezen": "Afgewezen",
}

COMMITMENT_STATUSES = {
    "openstaand": "Openstaand",
    "in_behandeling": "In behandeling",
    "deels_voldaan": "Deels voldaan",
    "voldaan": "Voldaan",
    "vervallen": "Vervallen",
}

COMMITMENT_KINDS = {"toezegging": "Toezegging", "motie": "Motie"}

LINE_USES = {"citeerbaar": "Mag geciteerd worden", "achtergrond": "Alleen achtergrond"}

LINE_STATUSES = {"actueel": "Actueel", "review_nodig": "Review nodig", "verlopen": "Verlopen"}

DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def dutch_date(value) -> str:
    """Return a date written the Dutch way: '28 februari 2024'."""
    return f"{value.day} {DUTCH_MONTHS[value.month - 1]} {value.year}"


def dutch_dates(values) -> str:
    """Return dates as people write them: '9 en 10 juli 2025', '28 februari 2024'."""
    values = sorted(values)
    if not values:
        return ""
    if len(values) > 1 and all(
        (v.year, v.month) == (values[-1].year, values[-1].month) for v in values
    ):
        days = [str(v.day) for v in values]
        head = ", ".join(days[:-1])
        return f"{head} en {dutch_date(values[-1])}"
    parts = [dutch_date(v) for v in values]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]

#: Revision.action as the history pages show it
REVISION_ACTIONS = {
    "create": "Aangemaakt",
    "edit": "Gewijzigd",
    "status": "Status gewijzigd",
    "choose": "Keuze",
    "restore": "Eerdere versie teruggezet",
    "delete": "Verwijderd",
    "import": "Geïmporteerd",
}

#: Revision.field as the history pages show it
REVISION_FIELDS = {
    "body": "Tekst",
    "explanation": "Toelichting",
    "label": "Label",
    "heading": "Kop",
    "status": "Status",
    "chosen": "Gekozen",
    "owner": "Eigenaar",
    "text": "Vraag",
    "note": "Notitie",
    "title": "Titel",
    "personal_names": "Te lakken namen (Woo)",
    "woo_dismissed": "Niet lakken (Woo)",
}
