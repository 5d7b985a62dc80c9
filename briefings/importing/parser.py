"""The ONE parser: read paragraphs (from Word or text) -> the structure of DESIGN.md `--json`."""

from briefings.errors import ValidationError
from briefings.importing import askers, labels, layouts
from briefings.importing import header as h
from briefings.importing.paragraphs import Paragraph
from briefings.importing.parse_header import HeaderParsing
from briefings.importing.parse_questions import STYLE_LABELS, QuestionParsing
from briefings.importing.structure import MarkdownText, empty_document, finish, new_variant
from briefings.messages import msg

MAX_THEME_LENGTH = 100
MAX_HEADING_LENGTH = 60


def parse_paragraphs(paragraphs: list[Paragraph]) -> dict:
    """Return the structure of one document; what could not be placed is in `warnings`.

    :raises ValidationError: when the text has no recognisable structure.
    """
    parser = _Parser()
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        parser.feed(paragraph, following)
    parser.flag_open_questions()
    document = finish(parser.doc)
    if not document["questions"] and not any(s["kind"] != "overig" for s in document["sections"]):
        document["warnings"].append(
            "geen kernboodschap en geen vragen gevonden: de tekst is als losse onderdelen "
            "('Overig') ingelezen")
    if not _recognisable(document, parser):
        raise ValidationError(
            msg("import.geen_herkenbare_annotatie_gevonden")
        )
    return document


def _recognisable(document, parser) -> bool:
    header = any(document[k] for k in ("portfolio_holder", "meeting", "agenda_item",
                                       "registration_number", "requested_decision"))
    return bool(header or document["questions"] or parser.headings_seen)


class _Parser(HeaderParsing, QuestionParsing):
    def __init__(self):
        self.doc = empty_document()
        self.in_header = True
        self.pending = None  # header field waiting for its value on the next paragraph(s)
        self.kind = None  # kind of the current section heading
        self.section = None
        self.pending_section = None  # a heading seen, its section created on first content
        self.in_questions = False
        self.block = ""
        self.asker = None
        self.question = None
        self.target = None  # MarkdownText receiving content, or None
        self.headings_seen = 0
        self.last_style = None
        self.press = False  # a press Q&A ("Persvragen"): askers without a role are journalists
        self.pending_number = None  # "Vraag 1" or "1" alone: the question text follows
        self.list_last = None  # the last number of a numbered list inside the current answer
        self.signature = False  # "De voorzitter van de commissie," : its name line follows
        self.closing = False  # below "Hoogachtend,": the signature's short lines
        self.asker_line = False  # the asker stands on a line of its own, above what follows
        self.title_guessed = False  # the title is a short first line, not an 'Onderwerp:'
        self.dossier = None  # a kamerstuk's dossier number, for its 'Nr. 214'
        self.numbered_blocks: set[str] = set()  # blocks whose questions carry numbers
        self.last_number = None  # the last numeric question number, for a bare '3'
        self.block_questions = 0  # questions in the current block so far
        self.answers_by_number = False  # under 'Antwoorden': '2. ...' answers question 2
        self.implicit_variant = None  # an answer begun without a label, by text after a question

    def warn(self, paragraph, message) -> None:
        self.doc["warnings"].append(f"{paragraph.ref}: {message}")

    def feed(self, p: Paragraph, following: Paragraph | None) -> None:
        p.text, remarks = layouts.split_remarks(p.text)
        if p.text and self._meeting_date(p):
            pass
        elif p.text and not self._furniture(p):
            self._feed(p, following)
        for remark in remarks:
            self._remark(p, remark)

    def _meeting_date(self, p) -> bool:
        """'Datum: 30 mei 2024' under the title 'Verslag vragenuur ...': the meeting's date."""
        if not self.in_header or self.doc["meeting"] or p.bullet is not None:
            return False
        meeting = h.meeting_of_title(self.doc["title"], labels.plain(p.text))
        if meeting:
            self.doc["meeting"] = meeting
        return meeting is not None

    def _furniture(self, p) -> bool:
        """Page headers, signatures, the Kamer's standard sentences: dropped."""
        text = labels.plain(p.text)
        if self.signature:
            self.signature = False
            if len(text.split()) <= 4 and not text.endswith((".", "?", ":")):
                return True
        if p.bullet is not None:
            return False
        if self.closing and self._signature_line(text):
            return True
        if self.doc["questions"] and layouts.SIGNED_BY.match(text):
            return True
        self.closing = bool(layouts.CLOSING.match(text))
        if layouts.SIGNATURE_OPENS.match(text):
            self.signature = True
            return True
        return layouts.is_furniture(text)

    @staticmethod
    def _signature_line(text) -> bool:
        """'Statenfractie X', a name, a function: short lines that are no label or heading."""
        if len(text.split()) > 8 or text.endswith((".", "?", ":")):
            return False
        return not (labels.is_block(text) or labels.label(text) or labels.asker(text)
                    or layouts.answer_label(text) or labels.section_heading(text))

    def _feed(self, p: Paragraph, following: Paragraph | None) -> None:
        style, self.last_style = self.last_style, p.style
        if self.pending and self._pending_value(p):
            return
        if self.in_header and p.bullet is None and self._header(p):
            return
        if not self.in_header and not self.doc["questions"] and p.bullet is None and \
                self._header(p, fields_only=True):
            return  # 'Datum:', 'Portefeuillehouder:' below a title that opened the questions
        if p.heading == 0:
            return self._title(p)
        if p.style in STYLE_LABELS or p.style in ("Vraag", "Thema"):
            return self._styled(p, same_as_before=style == p.style)
        if self.pending_number is not None and self._numbered_text(p):
            return
        if not self.doc["questions"] and p.bullet is None and self._official_header(p):
            return
        for step in (self._section_heading, self._block, self._spoken_turn, self._asker,
                     self._label,
                     self._theme, self._question):
            if step(p):
                return
        if self._generic_heading(p, following):
            return
        self._content(p)

    def _section_heading(self, p) -> bool:
        if p.bullet is not None or p.number:
            return False
        if labels.is_block(p.text) and labels.plain(p.text).lower() != "vragen":
            return False
        found = labels.section_heading(p.text)
        if found is None and p.heading == 1 and labels.plain(p.text).lower() == "vragen":
            self._enter_questions("")
            return True
        if found is None and p.heading == 1 and not self.in_questions:
            found = ("overig", labels.plain(p.text))
        if found is None:
            return False
        self._leave_header()
        self.in_questions, self.question = False, None
        self.kind, heading = found
        self.section = None
        self._start_section(heading, lazy=True)
        self.headings_seen += 1
        return True

    def _start_section(self, heading, *, lazy=False) -> None:
        section = {"kind": self.kind or "kernboodschap", "heading": heading,
                   "markdown": MarkdownText()}
        self.pending_section = section
        if not lazy:
            self.doc["sections"].append(section)
            self.section = section
        self.target = None

    def _section_target(self) -> MarkdownText:
        """Content goes to the current section, created on first content."""
        if self.section is None:
            section = self.pending_section or {
                "kind": self.kind or "overig", "heading": "", "markdown": MarkdownText()}
            self.pending_section = None
            self.doc["sections"].append(section)
            self.section = section
        return self.section["markdown"]

    def _theme(self, p) -> bool:
        """'1. Algemeen:' or '10. **Toekomst:**' in a section: a theme with its bullets."""
        if self.in_questions or p.bullet is not None or not (p.number or p.heading):
            return False
        text = labels.plain(p.text)
        if len(text) > MAX_THEME_LENGTH or text.endswith("?") or text.endswith("."):
            return False
        self._leave_header()
        self.kind = self.kind or "kernboodschap"
        self._start_section(text)
        self.headings_seen += 1
        return True

    def _generic_heading(self, p, following) -> bool:
        """A short line on its own, followed by longer text or bullets: a section heading.

        A plain line ending in ':' introduces what follows ('Tabel:'); in bold it is a heading.
        """
        if self._topic_heading(p, following):
            return True
        text = labels.plain(p.text)
        introduces = p.text.rstrip().endswith(":") and not p.text.lstrip().startswith("**")
        if (self.in_questions or p.bullet is not None or p.number or not text or introduces
                or len(text) > MAX_HEADING_LENGTH or p.text.rstrip().endswith((".", ",", ";"))
                or not text[0].isupper() or following is None
                or not (following.bullet is not None or len(following.text) > len(p.text))):
            return False
        if self.in_header and self.doc["title"] is None:
            self.doc["title"], self.title_guessed = text, True
            return True
        self._leave_header()
        if self.kind in (None, "overig"):
            self.kind = "overig"
        self._start_section(text)
        self.headings_seen += 1
        return True

    def _topic_heading(self, p, following) -> bool:
        """A short subject line right above a question ('Storm Poly', then 'Heeft de storm
        ...?'), in a letter or a list of questions: the block of that question."""
        text = labels.plain(p.text)
        if (p.bullet is not None or p.number or following is None or not text
                or len(text) > MAX_HEADING_LENGTH
                or p.text.rstrip().endswith((".", ",", ";", "?", ")"))
                or not text[0].isupper() or self.kind not in (None, "overig")
                or (self.in_header and self.doc["title"] is None)):
            return False
        asked = following.text
        if not (layouts.asks(asked) or askers.signed_question(asked)
                or askers.reported_question(labels.plain(asked))):
            return False
        self._enter_questions(text)
        return True

    def _leave_header(self) -> None:
        self.in_header, self.pending = False, None

    def _content(self, p) -> None:
        remark = labels.reviewer_remark(p.text)
        if remark and self.question and self.question["variants"]:
            variant = self.question["variants"][-1]
            variant.setdefault("comments", []).append(f"{remark[0]}: {remark[1]}")
            self.warn(p, f"opmerking van {remark[0]} bewaard als reviewopmerking: "
                         f"'{remark[1]}'")
            return
        self._add_content(p, p.text)

    def _first_line_title(self, p, text) -> bool:
        """The document's first line, short and no sentence ('Veelgestelde vragen: afval', a
        title above its date): the title, unless an 'Onderwerp:' follows."""
        if not (self.in_header and self.doc["title"] is None and not self.doc["sections"]
                and p.bullet is None and not p.number and len(text) <= 150
                and not text.rstrip().endswith((".", "?", ",", ";"))):
            return False
        self.doc["title"], self.title_guessed = labels.plain(text), True
        return True

    def _remark(self, p, remark: str) -> None:
        """A remark for colleagues ([[...]], a Word comment, highlighted text) is a comment on
        the variant it stands in, never answer text."""
        if self.question is not None and self.question["variants"]:
            self.question["variants"][-1].setdefault("comments", []).append(remark)
            self.warn(p, f"opmerking voor collega's bewaard als reviewopmerking: '{remark}'")
        elif self.question is not None:
            self.question["note"].add_text(f"Opmerking: {remark}")
            self.warn(p, f"opmerking voor collega's bij de vraag bewaard als notitie: '{remark}'")
        else:
            self.warn(p, f"opmerking voor collega's buiten de vragen weggelaten: '{remark}'")

    def _add_content(self, p, text) -> None:
        if self.target is None and self.question is not None and not self.question["variants"] \
                and p.bullet is None and not p.number and text.rstrip().endswith("?"):
            # "Vraag 1: Er staat … vermeld." then "Hoe verhoudt zich dit …?": one question
            self.question["text"] = f"{self.question['text']}\n\n{text}"
            return
        if self.target is None and self.question is not None:
            variant = new_variant("antwoord")
            self.question["variants"].append(variant)
            self.target, self.implicit_variant = variant["markdown"], variant
        if self.target is None and self._first_line_title(p, text):
            return
        if self.target is None:
            if self.in_header:
                self.warn(p, "tekst in de kop niet herkend; geplaatst onder 'Overig'")
                self.kind = self.kind or "overig"
                self._leave_header()
            elif self.in_questions:  # text in a block above its first question: introduction
                if self.block_questions or self.doc["questions"] or self.asker_line:
                    self.warn(p, "tekst tussen de vragen zonder vraag erboven; geplaatst onder "
                                 "'Overig'")
                self.kind, self.section, self.pending_section = "overig", None, None
            self.target = self._section_target()
        self.target.add(p, text=text)
        if p.number and p.number.isdigit() and self.question is not None:
            self.list_last = int(p.number)
