"""The body of an exported annotation: title block, sections with themes, questions, answers.

The structure is a contract with the importer, which recognises paragraphs by style name:

- "Title": "Annotatie voor wethouder …" (or "Persvragen"), then a borderless two-column table
  of header fields (Vergadering, Onderwerp, Agendapunt, Registratienummer, Gevraagd besluit,
  Behandelend ambtenaar; in a draft also Status and Interne deadline).
- "Heading 1": each section kind ("Kernboodschap", "Handelingsperspectief", …) and "Vragen".
  Under "Kernboodschap" each theme heading is a numbered paragraph in style "Thema" (one list),
  followed by its bullets in "List Paragraph" (real Word bullets, nesting as list level); the
  headings of other section kinds are "Thema" paragraphs without a number.
- "Heading 2": a question block; "Heading 3": an asker as `Asker.display` ("Lid Mangal (Denk)").
- "Vraag": a question, numbered by a real Word list that keeps the stored number (a new list
  where the numbers restart or jump, running on across askers otherwise); a non-numeric number
  is written as text ("3a. …"), no number means an unnumbered paragraph.
- Final and Woo: the chosen answer in "Antwoord" (after the main answer when the chosen one is an
  "alternatieve aanvulling"), its explanation in "Toelichting" starting "Toelichting: ".
- Draft: per variant a label line in the variant's style ("Antwoord", "Alternatief antwoord",
  "Alternatieve aanvulling"): the label in bold, then "(status, author[, gekozen])" in italics,
  then its text in the same style; the internal note in "Notitie" starting "NB (intern): ".
"""

from dataclasses import dataclass, field

from docx.shared import Cm, Pt

from briefings.export import ooxml
from briefings.export.markdown_docx import PLACEHOLDER_HIGHLIGHT, MarkdownWriter, text_runs
from briefings.export.numbering import Numbering
from briefings.placeholders import final_variants
from briefings.vocabulary import (
    ANNOTATION_STATUSES,
    REVIEW_STATUSES,
    SECTION_KINDS,
    VARIANT_LABELS,
    dutch_date,
    dutch_dates,
)

#: the paragraph style of each variant label (a contract with the importer, so spelled out here
#: rather than taken from the UI labels, which may change)
VARIANT_STYLES = {"antwoord": "Antwoord", "alternatief_antwoord": "Alternatief antwoord",
                  "alternatieve_aanvulling": "Alternatieve aanvulling"}
NO_CHOICE = "[Nog geen gekozen antwoord]"
#: the section kind whose themes are numbered
NUMBERED_KIND = "kernboodschap"
LABEL_WIDTH, VALUE_WIDTH = Cm(4.5), Cm(11.5)


@dataclass
class Mode:
    """What one export mode puts in the document."""

    name: str
    #: shown in the page header: "CONCEPT", "Definitief", "Woo-versie"
    classification: str
    #: every variant with label, status and author, internal notes, open review comments
    internal: bool
    redact: object = field(default=lambda text: text or "")
    #: gaps were accepted: say so on top and mark the missing answers
    incomplete: int = 0

    def at(self, place: str) -> None:
        """Tell the redactor (if any) where the next texts go, for the Woo inventory."""
        setter = getattr(self.redact, "at", None)
        if setter is not None:
            setter(place)


class Writer:
    """Writes one annotation into a document opened on the template."""

    def __init__(self, document, styles: dict[str, str], mode: Mode):
        self.document, self.mode = document, mode
        self.body = ooxml.Body(document, styles)
        self.numbering = Numbering(document)
        self.markdown = MarkdownWriter(self.body, self.numbering, redact=mode.redact)
        self._question_list: int | None = None
        self._next_number: int | None = None
        #: (variant, paragraph, runs) of every draft label line: where its comments attach
        self.variant_anchors: list[tuple] = []

    def write(self, annotation) -> None:
        self.title_block(annotation)
        if self.mode.incomplete:
            p = self.body.paragraph("Normal")
            ooxml.run(p, f"ONVOLLEDIG: deze versie bevat nog {self.mode.incomplete} open "
                      "punt(en), geel gemarkeerd.", bold=True, highlight=PLACEHOLDER_HIGHLIGHT)
        self.sections(annotation)
        self.questions(annotation)

    def text(self, p, text: str, **marks) -> list:
        """Write plain (not Markdown) text, redacted, with open points highlighted."""
        marks = {"bold": False, "italic": False, "strike": False} | marks
        return text_runs(p, self.mode.redact(text), marks, body=self.body)

    def title_block(self, annotation) -> None:
        heading = ("Persvragen" if annotation.kind == "persvragen"
                   else f"Annotatie voor {annotation.portfolio_holder}")
        self.mode.at("Titel")
        self.text(self.body.paragraph("Title"), heading)
        rows = [(label, value) for label, value in _header_rows(annotation, self.mode) if value]
        table = self.document.add_table(rows=len(rows), cols=2)
        ooxml.no_borders(table)
        table.autofit = False
        table.columns[0].width, table.columns[1].width = LABEL_WIDTH, VALUE_WIDTH
        for number, (label, value) in enumerate(rows):
            label_cell, value_cell = table.rows[number].cells
            label_cell.width, value_cell.width = LABEL_WIDTH, VALUE_WIDTH
            for cell in (label_cell, value_cell):
                cell.paragraphs[0].paragraph_format.space_after = Pt(3)
            ooxml.run(label_cell.paragraphs[0]._p, label, bold=True)
            self.mode.at(f"Kop: {label}")
            self.text(value_cell.paragraphs[0]._p, value)
        if annotation.overview:
            self.mode.at("Inleiding")
            self.markdown.write(annotation.overview, "Normal", list_style="List Paragraph")

    def sections(self, annotation) -> None:
        """Each section kind under its Heading 1; kernboodschap themes numbered (one list per
        annotation), the headings of other kinds unnumbered, as on the read view."""
        for kind, label in SECTION_KINDS.items():
            sections = [s for s in annotation.sections if s.kind == kind]
            if not sections:
                continue
            self.text(self.body.paragraph("Heading 1"), label)
            themes = self.numbering.new_list("items") if kind == NUMBERED_KIND else None
            for section in sections:
                self.mode.at(f"{label}: {section.heading}" if section.heading else label)
                if section.heading:
                    p = self.body.paragraph("Thema", num=themes, keep_next=True)
                    self.text(p, section.heading)
                self.markdown.write(section.body, "Normal", list_style="List Paragraph")

    def questions(self, annotation) -> None:
        if not annotation.questions:
            return
        self.text(self.body.paragraph("Heading 1"), "Vragen")
        block = asker = object()
        for question in annotation.questions:
            if question.block != block:
                block, asker = question.block, object()
                self.mode.at(_place("Vragen", block))
                if block:
                    self.text(self.body.paragraph("Heading 2"), block)
            if question.asker is not asker:
                asker = question.asker
                if asker is not None:
                    self.mode.at(_place("Vragensteller", block))
                    self.text(self.body.paragraph("Heading 3"), asker.display)
            self.question(question)

    def question(self, question) -> None:
        number = (question.number or "").strip()
        self.mode.at(_place(f"Vraag {number}".strip(), question.block))
        if number.isdigit():
            if self._question_list is None or int(number) != self._next_number:
                self._question_list = self.numbering.new_list("items", start=int(number))
            self._next_number = int(number) + 1
            self.text(self.body.paragraph("Vraag", num=self._question_list, keep_next=True),
                      question.text)
        else:
            text = f"{number}. {question.text}" if number else question.text
            self.text(self.body.paragraph("Vraag", keep_next=True), text)
        self.mode.at(_place(f"Antwoord op vraag {number}".strip(), question.block))
        if self.mode.internal:
            self.draft_answers(question)
        else:
            self.final_answers(question)

    def final_answers(self, question) -> None:
        variants = final_variants(question)
        if not variants:
            p = self.body.paragraph("Antwoord")
            ooxml.run(p, NO_CHOICE, bold=True, highlight=PLACEHOLDER_HIGHLIGHT)
        for variant in variants:
            self.variant_text(variant, "Antwoord")

    def draft_answers(self, question) -> None:
        if question.note:
            self.markdown.write(question.note, "Notitie",
                                prefix=("NB (intern): ", {"bold": True}))
        for variant in question.variants:
            style = VARIANT_STYLES[variant.label]
            p = self.body.paragraph(style, keep_next=True)
            meta = [REVIEW_STATUSES.get(variant.status, variant.status)]
            if variant.author is not None:
                meta.append(variant.author.name)
            if variant.chosen:
                meta.append("gekozen")
            runs = [ooxml.run(p, VARIANT_LABELS[variant.label], bold=True),
                    *self.text(p, " (" + ", ".join(meta) + ")", italic=True)]
            self.variant_anchors.append((variant, p, runs))
            self.variant_text(variant, style)

    def variant_text(self, variant, style: str) -> None:
        self.markdown.write(variant.body, style)
        if variant.explanation:
            self.markdown.write(variant.explanation, "Toelichting",
                                prefix=("Toelichting: ", {"bold": True}))


def _place(label: str, detail: str | None) -> str:
    """Return "Vraag 3 (Vragen commissie 18 januari)"; the detail is itself redacted later."""
    return f"{label} ({detail})" if detail else label


def _header_rows(annotation, mode: Mode):
    meeting = annotation.meeting
    if meeting is not None:
        dates = dutch_dates([d.date for d in meeting.dates])
        yield "Vergadering", f"{meeting.name} {dates}".strip()
    yield "Onderwerp", annotation.title
    yield "Agendapunt", annotation.agenda_item
    yield "Registratienummer", annotation.registration_number
    yield "Gevraagd besluit", annotation.requested_decision
    yield "Behandelend ambtenaar", "; ".join(annotation.handling_officials or [])
    if mode.internal:
        yield "Status", ANNOTATION_STATUSES.get(annotation.status, annotation.status)
        if annotation.internal_deadline:
            yield "Interne deadline", dutch_date(annotation.internal_deadline)
