"""The parser's questions part: blocks, askers, questions, answer variants and their labels."""

from briefings.importing import askers, labels, layouts
from briefings.importing import header as h
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
        self.block_questions, self.answers_by_number = 0, False
        self._leave_header()
        asker = self.asker if block == self.block else None  # known from a title or subject
        self.in_questions, self.block, self.asker, self.question = True, block, asker, None
        self.asker_line = False  # an asker on a line of its own: text below it is no intro
        self.section, self.target = None, None
        self.headings_seen += 1

    def _block(self, p) -> bool:
        in_export_questions = self.in_questions and p.heading == 2
        if p.bullet is not None or p.number or not (labels.is_block(p.text) or in_export_questions):
            return False
        asker, unasked = self.asker, self.block_questions == 0
        if self.in_header and self.doc["title"] is None and not self.doc["questions"]:
            # "Beantwoording van de schriftelijke vragen van het raadslid X over Y" on top
            # names the document; an 'Onderwerp:' further down still takes precedence
            self.doc["title"], self.title_guessed = labels.plain(p.text), True
        self._enter_questions(layouts.block_name(labels.plain(p.text)))
        self.asker = labels.block_asker(p.text)
        if self.doc["meeting"] is None:  # 'Vragen van X voor de commissie Y van 4 juni 2025'
            self.doc["meeting"] = h.meeting_in(labels.plain(p.text))
        if self.asker is None and unasked:
            self.asker = asker  # 'Vragen' right under 'Raadsvragen van de fractie X'
        return True

    def _spoken_turn(self, p) -> bool:
        """A verslag of a vragenuur: the member's turn asks, the wethouder's turn answers."""
        if not self.in_questions or p.bullet is not None or p.number:
            return False
        turn = layouts.spoken_turn(labels.plain(p.text))
        if turn is None:
            return False
        name, party, text = turn
        if name is None:
            if self.question is None:
                return False
            if self.target is None:
                variant = new_variant("antwoord")
                self.question["variants"].append(variant)
                self.target = variant["markdown"]
            self.target.add(p, text=text)
            return True
        same = self.asker is not None and self.asker["name"] == name
        if same and self.question is not None and not self.question["variants"] \
                and self.question["asker"] == self.asker:
            # the member's introduction, then the question, before the wethouder answers
            self.question["text"] = f"{self.question['text']}\n\n{text}"
            return True
        if not same:
            self.asker = {"name": name, "party": party, "role": "raadslid"}
        self._new_question(Paragraph(text, p.ref))
        return True

    def _asker(self, p) -> bool:
        if p.bullet is not None:
            return False
        found = labels.asker(p.text)
        if found is None and not p.number:
            found = askers.group_asker(labels.plain(p.text))
        if found is None and self.in_questions and p.heading == 3:
            found = labels.named_asker(p.text, role="journalist" if self.press else "overig")
        if found is None:
            return False
        if not self.in_questions:
            self._enter_questions(self.block)
        self.asker, self.question, self.target = found, None, None
        self.asker_line = True
        return True

    def _question(self, p) -> bool:
        if p.bullet is not None or p.heading:
            return False
        written = labels.question_label(p.text)
        if written:  # "Vraag 3: Klopt het?", or "Vraag 3" with the question on the next line
            if not self.in_questions:
                self._enter_questions(self.block)
            number, text = written
            asker, text = askers.label_asker(text)
            if asker is not None:  # "Vraag 1 (fractie VVD)"
                self.asker = asker
            if number is None and text and self._continues_question(p, text):
                return True
            if not text:
                self.pending_number = number or p.number or ""
                self.question, self.target = None, None
                return True
            self._new_question(Paragraph(text, p.ref, number=number or p.number))
            return True
        bare = None if p.number else layouts.bare_number(p.text)
        if bare is not None:
            if self._next_question_number(bare):
                if not self.in_questions:
                    self._enter_questions(self.block)
                self.pending_number, self.question, self.target = bare, None, None
            return True  # otherwise a page number: dropped
        if self.answers_by_number and p.number and self._answer_by_number(p):
            return True
        if self._prose_question(p):
            return True
        numbered = bool(p.number) and not self._numbered_answer_item(p)
        asks = layouts.asks(p.text) and not self._block_is_numbered()
        if not (numbered or asks) or (not self.in_questions and not (numbered and asks)
                                      and not (asks and self._only_letter_so_far(p))):
            return False
        if not self.in_questions:
            self._enter_questions(self.block)
        self._new_question(p)
        return True

    def _prose_question(self, p) -> bool:
        """A question reported in prose ('De leden van de CDA-fractie vragen ...'), or signed
        with its asker and date ('... ? (Naam, 27 juli 2023)')."""
        signed = askers.signed_question(p.text)
        reported = None if signed else askers.reported_question(labels.plain(p.text))
        if signed is None and reported is None:
            return False
        if not self.in_questions and self.kind in ("kernboodschap", "handelingsperspectief"):
            return False  # a kernboodschap may tell what a fractie asked: still a message
        if not self.in_questions:
            self._enter_questions(self.block)
        if signed:
            text, self.asker = signed
            p = Paragraph(text, p.ref, number=p.number)
        elif reported["party"]:
            self.asker = askers.fractie_asker(reported["party"])
        self._new_question(p)
        return True

    def _only_letter_so_far(self, p) -> bool:
        """No kernboodschap or other annotation section yet: a '?' paragraph in a letter or a
        list copied from a web page opens the questions (a short one, 'Meer weten?', is a
        heading)."""
        return len(p.text.split()) >= 5 and self.kind in (None, "overig") and all(
            s["kind"] == "overig" for s in self.doc["sections"])

    def _continues_question(self, p, text) -> bool:
        """'Vraag 1: Onderwerp.', an introduction, then 'Vraag: Kan er ...?': one question; the
        introduction read as an unlabelled answer belongs to the question after all."""
        question = self.question
        if question is None or not question["number"] or len(question["variants"]) > 1:
            return False
        if question["variants"] and question["variants"][0] is not self.implicit_variant:
            return False
        pieces = [question["text"]]
        if question["variants"]:
            pieces.append(question["variants"].pop()["markdown"].render())
        question["text"] = "\n\n".join(pieces + [text])
        self.target, self.implicit_variant = None, None
        return True

    def _numbered_text(self, p) -> bool:
        """The text after 'Vraag 1' or a bare '1' is the question, '?' or not."""
        if p.bullet is not None or p.heading is not None or labels.label(p.text) or \
                layouts.answer_label(labels.plain(p.text)):
            self.pending_number = None
            return False
        number, self.pending_number = self.pending_number, None
        self._new_question(Paragraph(p.text, p.ref, number=number or p.number))
        return True

    def _next_question_number(self, number: str) -> bool:
        """A bare number continues the questions' numbering (or starts it); else it is a page
        number or a table cell."""
        if not number.isdigit():
            return True
        last = self.last_number
        if self.question is None and (last is None or number == "1"):
            return True
        return last is not None and int(number) == last + 1

    def _numbered_answer_item(self, p) -> bool:
        """'1. eerst ...' inside an answer is a list item: it restarts below the question's own
        number, or continues the answer's list; a number past the question's is a question."""
        question = self.question
        if question is None or not question["variants"]:
            return False
        if not (p.number.isdigit() and (question["number"] or "").isdigit()):
            return False
        number, own = int(p.number), int(question["number"])
        if self.list_last is not None and number == self.list_last + 1:
            return not (number == own + 1 and p.text.rstrip().endswith("?"))
        return number <= own

    def _block_is_numbered(self) -> bool:
        return self.block in self.numbered_blocks

    def _new_question(self, p) -> None:
        text, answer_follows = layouts.trailing_answer_label(p.text)
        self.question = {"number": p.number, "block": self.block,
                         "asker": dict(self.asker) if self.asker else None,
                         "text": labels.plain(text) if text.endswith("**") else text,
                         "note": MarkdownText(), "variants": []}
        self.doc["questions"].append(self.question)
        self.target, self.list_last = None, None
        self.block_questions += 1
        if p.number:
            self.numbered_blocks.add(self.block)
            if p.number.isdigit():
                self.last_number = int(p.number)
        if answer_follows:  # "Wat betekent dat? Antwoord:" the answer is on the next lines
            self._apply_label(p, "antwoord", "", "Antwoord:")

    def flag_open_questions(self) -> None:
        """A question without an answer stays empty: an open point, never an invented text."""
        for question in self.doc["questions"]:
            if not question["variants"]:
                name = f"vraag {question['number']}" if question["number"] else \
                    f"vraag '{question['text'][:40]}'"
                self.doc["warnings"].append(f"{name}: nog geen antwoord (open punt)")
                self.doc["placeholders"].append(f"[Aanvullen: antwoord op {name}]")

    def _label(self, p) -> bool:
        if self.question is None or p.bullet is not None:
            return False
        answer = layouts.answer_label(labels.plain(p.text)) if not p.number else None
        if answer is not None:
            self._answer_for(p, *answer)
            return True
        found = labels.label(p.text)
        if found is None:
            return False
        self._apply_label(p, found.kind, found.rest, found.written)
        return True

    def _answer_by_number(self, p) -> bool:
        """Under 'Antwoorden', after a list of questions: '2. ...' answers question 2."""
        owner = self._question_numbered(p.number)
        if owner is None or owner["variants"]:
            return False
        self.question = owner
        self._apply_label(p, "antwoord", p.text, p.text)
        return True

    def _answer_for(self, p, refs, rest, continued) -> None:
        """'Antwoord op vraag 3:', 'Antwoord vragen 4 en 5:' (stored once, on question 4; 5
        points to it), 'Antwoord (vervolg):' (the same variant, after a page break)."""
        if continued and self.question["variants"]:
            self.target = self.question["variants"][-1]["markdown"]
            self.target.add_text(rest)
            return
        if not refs and labels.plain(p.text).lower().startswith("antwoorden") and \
                sum(not q["variants"] for q in self.doc["questions"][-self.block_questions:]) > 1:
            self.answers_by_number = True  # all questions first, then all answers
            return
        targets = [self._question_numbered(ref) for ref in refs]
        if refs and targets[0] is None:
            self.warn(p, f"antwoord op vraag {refs[0]}, maar die vraag is niet gevonden; "
                         "bewaard bij de vraag erboven")
        owner = targets[0] if targets and targets[0] is not None else self.question
        self.question = owner
        self._apply_label(p, "antwoord", rest, labels.plain(p.text))
        shared = owner["variants"][-1]
        for other in targets[1:]:
            if other is None or other is owner:
                continue
            pointer = new_variant("antwoord")
            pointer["markdown"].add_text(f"Zie het antwoord op vraag {owner['number']}.")
            pointer["same_as"] = {"question": self.doc["questions"].index(owner),
                                  "variant": len(owner["variants"]) - 1}
            other["variants"].append(pointer)
        self.target = shared["markdown"]

    def _question_numbered(self, number: str):
        """The latest question with this number under the current block and asker."""
        for question in reversed(self.doc["questions"]):
            if question["block"] != self.block or question["asker"] != (
                    dict(self.asker) if self.asker else None):
                break
            if question["number"] == number:
                return question
        return None

    def _apply_label(self, p, kind, rest, written) -> None:
        if kind == "note" and self._answered() and written.upper().startswith(("NB", "N.B")):
            self.target = self.question["variants"][-1]["markdown"]
            self.target.add_text(labels.plain(p.text))  # "NB:" after the answer belongs to it
            return
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
        self.target, self.list_last = variant["markdown"], None
        if kind == "antwoord" and is_redaction(rest):
            self.doc["placeholders"].append(written)
            self.warn(p, f"'{written}': antwoord moet nog geschreven worden (lege variant)")
            return
        if labels.is_see_above(rest):
            self.warn(p, f"label '{written}' verwijst naar een eerder antwoord; tekst bewaard")
        self.target.add_text(rest)

    def _answered(self) -> bool:
        variants = self.question["variants"] if self.question else []
        return bool(variants) and bool(variants[-1]["markdown"])

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
