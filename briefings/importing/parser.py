"""The ONE parser: read paragraphs (from Word or text) -> the structure of DESIGN.md `--json`."""

from briefings.errors import ValidationError
from briefings.importing import header as h
from briefings.importing import labels
from briefings.importing.cleanup import is_redaction, split_names
from briefings.importing.paragraphs import Paragraph
from briefings.importing.structure import MarkdownText, empty_document, finish, new_variant

#: named paragraph styles of our own Word export -> what they hold
STYLE_LABELS = {"Antwoord": "antwoord", "Alternatief antwoord": "alternatief_antwoord",
                "Alternatieve aanvulling": "alternatieve_aanvulling",
                "Toelichting": "explanation", "Notitie": "note"}
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
    document = finish(parser.doc)
    if not document["questions"] and not any(s["kind"] != "overig" for s in document["sections"]):
        document["warnings"].append(
            "geen kernboodschap en geen vragen gevonden: de tekst is als losse onderdelen "
            "('Overig') ingelezen")
    if not _recognisable(document, parser):
        raise ValidationError(
            "Geen herkenbare annotatie gevonden: geen kop (annotatie voor, vergadering, "
            "agendapunt), geen kernboodschap of andere onderdelen en geen vragen."
        )
    return document


def _recognisable(document, parser) -> bool:
    header = any(document[k] for k in ("portfolio_holder", "meeting", "agenda_item",
                                       "registration_number", "requested_decision"))
    return bool(header or document["questions"] or parser.headings_seen)


class _Parser:
    def __init__(self):
        self.doc = empty_document()
        self.in_header = True
        self.pending = None  # header field waiting for its value on the next paragraph(s)
        self.kind = None  # kind of the current section heading
        self.section = None
        self.in_questions = False
        self.block = ""
        self.asker = None
        self.question = None
        self.target = None  # MarkdownText receiving content, or None
        self.headings_seen = 0
        self.last_style = None
        self.press = False  # a press Q&A ("Persvragen"): askers without a role are journalists

    def warn(self, paragraph, message) -> None:
        self.doc["warnings"].append(f"{paragraph.ref}: {message}")

    # -- dispatch ---------------------------------------------------------------------------

    def feed(self, p: Paragraph, following: Paragraph | None) -> None:
        style, self.last_style = self.last_style, p.style
        if self.pending and self._pending_value(p):
            return
        if self.in_header and p.bullet is None and self._header(p):
            return
        if p.heading == 0:
            return self._title(p)
        if p.style in STYLE_LABELS or p.style in ("Vraag", "Thema"):
            return self._styled(p, same_as_before=style == p.style)
        for step in (self._section_heading, self._block, self._asker, self._label,
                     self._theme, self._question):
            if step(p):
                return
        if self._generic_heading(p, following):
            return
        self._content(p)

    # -- header -----------------------------------------------------------------------------

    def _header(self, p) -> bool:
        doc, text = self.doc, p.text
        for pattern, action in (
            (h.PORTFOLIO, lambda m: doc.update(portfolio_holder=m["holder"].strip())),
            (h.PORTFOLIO_FIELD, lambda m: doc.update(portfolio_holder=m["holder"].strip())),
            (h.MEETING, lambda m: doc.update(meeting=h.meeting_from(m))),
            (h.NUMBERED_TITLE, self._numbered_title),
            (h.AGENDA_ITEM, self._agenda_item),
            (h.TITLE_FIELD, lambda m: doc.update(title=m["title"].strip())),
            (h.REGISTRATION_FIELD, lambda m: doc.update(registration_number=m["number"])),
            (h.DECISION, lambda m: self._field("requested_decision", m["value"])),
            (h.OFFICIALS, lambda m: self._field("handling_officials", m["value"])),
            (h.OVERVIEW, lambda m: self._extra_section(labels.plain(text))),
            (h.CONDITIONAL, lambda m: self._conditional(p)),
            (h.IGNORED, lambda m: None),
        ):
            match = pattern.match(labels.plain(text) if pattern is not h.CONDITIONAL else text)
            if match:
                action(match)
                return True
        return False

    def _title(self, p) -> None:
        if labels.plain(p.text).lower() == "persvragen":
            self.press = True
        elif self.doc["title"] is None:
            self.doc["title"] = labels.plain(p.text)
        else:
            self._content(p)

    def _numbered_title(self, match) -> None:
        title = match["title"]
        registration = h.REGISTRATION.search(title)
        if registration:
            self.doc["registration_number"] = registration["number"]
            title = title[:registration.start()] + title[registration.end():]
        self.doc["agenda_item"] = match["item"]
        self.doc["title"] = title.strip(" .")

    def _agenda_item(self, match) -> None:
        self.doc["agenda_item"] = match["item"]
        if match["title"]:
            self._numbered_title(match)

    def _field(self, name, value) -> None:
        value = value.strip()
        if value:
            self._set_field(name, value)
        else:
            self.pending = name

    def _set_field(self, name, value) -> None:
        if name == "handling_officials":
            self.doc[name] += split_names(value)
        else:
            self.doc[name] = value

    def _pending_value(self, p) -> bool:
        """The value of 'Gevraagd besluit:' or 'Behandelend ambtenaar:' on following lines."""
        name = self.pending
        if name == "handling_officials" and not _looks_like_names(p):
            self.pending = None
            return False
        if name != "handling_officials":
            self.pending = None
        if name == "conditional":
            self.target.add(p)
            return True
        if p.bullet is None and (h.DECISION.match(p.text) or h.OFFICIALS.match(p.text)):
            self.pending = None
            return False
        self._set_field(name, p.text)
        return True

    def _conditional(self, p) -> None:
        """'Mocht iemand beginnen over X:' followed by the line to take."""
        self._extra_section(labels.plain(p.text))
        self.pending = "conditional"

    def _extra_section(self, heading) -> None:
        section = {"kind": "overig", "heading": heading, "markdown": MarkdownText()}
        self.doc["sections"].append(section)
        self.section, self.target = section, section["markdown"]
        self.headings_seen += 1

    # -- sections and themes ----------------------------------------------------------------

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
            section = getattr(self, "pending_section", None) or {
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
        """A short line on its own, followed by longer text or bullets: a section heading."""
        text = labels.plain(p.text)
        if (self.in_questions or p.bullet is not None or p.number or not text
                or len(text) > MAX_HEADING_LENGTH or p.text.rstrip().endswith((".", ",", ";"))
                or not text[0].isupper() or following is None
                or not (following.bullet is not None or len(following.text) > len(p.text))):
            return False
        if self.in_header and self.doc["title"] is None:
            self.doc["title"] = text
            return True
        self._leave_header()
        if self.kind in (None, "overig"):
            self.kind = "overig"
        self._start_section(text)
        self.headings_seen += 1
        return True

    def _leave_header(self) -> None:
        self.in_header, self.pending = False, None

    # -- questions --------------------------------------------------------------------------

    def _enter_questions(self, block) -> None:
        self._leave_header()
        self.in_questions, self.block, self.asker, self.question = True, block, None, None
        self.section, self.target = None, None
        self.headings_seen += 1

    def _block(self, p) -> bool:
        in_export_questions = self.in_questions and p.heading == 2
        if p.bullet is not None or p.number or not (labels.is_block(p.text) or in_export_questions):
            return False
        self._enter_questions(labels.plain(p.text))
        self.asker = labels.block_asker(p.text)
        return True

    def _asker(self, p) -> bool:
        if p.bullet is not None:
            return False
        found = labels.asker(p.text)
        if found is None and self.in_questions and p.heading == 3:
            found = labels.named_asker(p.text, role="journalist" if self.press else "overig")
        if found is None:
            return False
        if not self.in_questions:
            self._enter_questions(self.block)
        self.asker, self.question, self.target = found, None, None
        return True

    def _question(self, p) -> bool:
        if p.bullet is not None or p.heading:
            return False
        numbered = bool(p.number) and not self._numbered_answer_item(p)
        asks = p.text.rstrip().endswith("?") and not self._block_is_numbered()
        if not (numbered or asks) or (not self.in_questions and not (numbered and asks)):
            return False
        if not self.in_questions:
            self._enter_questions(self.block)
        self._new_question(p)
        return True

    def _numbered_answer_item(self, p) -> bool:
        """'1. eerst ...' inside an answer restarts below the question's own number."""
        question = self.question
        if question is None or not question["variants"]:
            return False
        if not (p.number.isdigit() and (question["number"] or "").isdigit()):
            return False
        return int(p.number) <= int(question["number"])

    def _block_is_numbered(self) -> bool:
        return any(q["number"] and q["block"] == self.block for q in self.doc["questions"])

    def _new_question(self, p) -> None:
        self.question = {"number": p.number, "block": self.block,
                         "asker": dict(self.asker) if self.asker else None,
                         "text": labels.plain(p.text) if p.text.endswith("**") else p.text,
                         "note": MarkdownText(), "variants": []}
        self.doc["questions"].append(self.question)
        self.target = None

    # -- answers ----------------------------------------------------------------------------

    def _label(self, p) -> bool:
        if self.question is None or p.bullet is not None:
            return False
        found = labels.label(p.text)
        if found is None:
            return False
        self._apply_label(p, found.kind, found.rest, found.written)
        return True

    def _apply_label(self, p, kind, rest, written) -> None:
        if kind == "note":
            self.question["note"].add_text(rest)
            self.target = None if rest else self.question["note"]
            return
        if kind == "explanation":
            variant = self._variant_above(p)
            variant["explanation"].add_text(rest)
            self.target = variant["explanation"]
            return
        variant = new_variant(kind)
        self.question["variants"].append(variant)
        self.target = variant["markdown"]
        if kind == "antwoord" and is_redaction(rest):
            self.doc["placeholders"].append(written)
            self.warn(p, f"'{written}': antwoord moet nog geschreven worden (lege variant)")
            return
        if labels.is_see_above(rest):
            self.warn(p, f"label '{written}' verwijst naar een eerder antwoord; tekst bewaard")
        self.target.add_text(rest)

    def _variant_above(self, p) -> dict:
        if not self.question["variants"]:
            self.warn(p, "toelichting zonder antwoord erboven: als lege variant 'Antwoord' bewaard")
            self.question["variants"].append(new_variant("antwoord"))
        return self.question["variants"][-1]

    def _styled(self, p, *, same_as_before) -> None:
        """Paragraphs in the named styles of our own Word export."""
        if p.style == "Thema":
            self.kind = self.kind or "kernboodschap"
            self._leave_header()
            self._start_section(labels.plain(p.text))
            self.headings_seen += 1
            return
        if p.style == "Vraag":
            if not self.in_questions:
                self._enter_questions(self.block)
            return self._new_question(p)
        if self.question is None:
            return self._content(p)
        found = labels.label(p.text)
        kind = STYLE_LABELS[p.style]
        if found and found.kind == kind:
            self._apply_label(p, kind, found.rest, found.written)
        elif same_as_before and self.target is not None:
            self._add_content(p, p.text)
        else:
            self._apply_label(p, kind, p.text, p.text)

    def _content(self, p) -> None:
        remark = labels.reviewer_remark(p.text)
        if remark and self.question and self.question["variants"]:
            variant = self.question["variants"][-1]
            variant.setdefault("comments", []).append(f"{remark[0]}: {remark[1]}")
            self.warn(p, f"opmerking van {remark[0]} bewaard als reviewopmerking")
            return
        self._add_content(p, p.text)

    def _add_content(self, p, text) -> None:
        if self.target is None and self.question is not None:
            variant = new_variant("antwoord")
            self.question["variants"].append(variant)
            self.target = variant["markdown"]
        if self.target is None:
            if self.in_header:
                self.warn(p, "tekst in de kop niet herkend; geplaatst onder 'Overig'")
                self.kind = self.kind or "overig"
                self._leave_header()
            elif self.in_questions:
                self.warn(p, "tekst tussen de vragen zonder vraag erboven; geplaatst onder "
                             "'Overig'")
                self.kind, self.section, self.pending_section = "overig", None, None
            self.target = self._section_target()
        self.target.add(p, text=text)


def _looks_like_names(p: Paragraph) -> bool:
    if p.bullet is not None or p.number or p.heading is not None or p.style:
        return False
    if labels.section_heading(p.text) or labels.is_block(p.text) or labels.asker(p.text):
        return False
    text = p.text
    return is_redaction(text) or (len(text) <= 80 and not text.endswith((".", ":", "?")))
