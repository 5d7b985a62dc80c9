"""The parser's questions part: blocks, askers, questions, answer variants and their labels."""

from briefings.importing import labels
from briefings.importing.cleanup import is_redaction
from briefings.importing.paragraphs import Paragraph
from briefings.importing.structure import MarkdownText, new_variant

#: named paragraph styles of our own Word export -> what they hold
STYLE_LABELS = {"Antwoord": "antwoord", "Alternatief antwoord": "alternatief_antwoord",
                "Alternatieve aanvulling": "alternatieve_aanvulling",
                "Toelichting": "explanation", "Notitie": "note"}


class QuestionParsing:
    """Mixin of the parser: everything below a question block heading."""

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
        written = labels.question_label(p.text)
        if written:  # "Vraag 3: Klopt het?"
            if not self.in_questions:
                self._enter_questions(self.block)
            number, text = written
            self._new_question(Paragraph(text, p.ref, number=number or p.number))
            return True
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
