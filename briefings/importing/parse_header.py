"""The parser's header part: portfolio holder, meeting, number, title, decision, officials."""

from briefings.importing import askers, labels, layouts
from briefings.importing import header as h
from briefings.importing.cleanup import is_redaction, split_names
from briefings.importing.paragraphs import Paragraph
from briefings.importing.structure import MarkdownText


class HeaderParsing:
    """Mixin of the parser: the lines above the kernboodschap."""

    def _header(self, p, *, fields_only=False) -> bool:
        """The header lines; with `fields_only`, only the 'Name: value' fields (below a title
        that already opened the questions)."""
        doc, text = self.doc, p.text
        for pattern, action in (
            (h.PORTFOLIO, lambda m: doc.update(portfolio_holder=m["holder"].strip())),
            (h.PORTFOLIO_FIELD, lambda m: doc.update(portfolio_holder=m["holder"].strip())),
            (h.PORTFOLIO_LINE, lambda m: doc.update(portfolio_holder=m["holder"].strip())),
            (h.MEETING, lambda m: doc.update(meeting=h.meeting_from(m))),
            (h.NUMBERED_TITLE, self._numbered_title),
            (h.AGENDA_ITEM, self._agenda_item),
            (h.TITLE_FIELD, lambda m: self._subject(m["title"].strip())),
            (h.ASKER_FIELD, lambda m: self._asker_field(m["asker"].strip())),
            (h.REGISTRATION_FIELD, lambda m: doc.update(registration_number=m["number"])),
            (h.DECISION, lambda m: self._field("requested_decision", m["value"])),
            (h.OFFICIALS, lambda m: self._field("handling_officials", m["value"])),
            (h.OVERVIEW, lambda m: self._extra_section(labels.plain(text))),
            (h.CONDITIONAL, lambda m: self._conditional(p)),
            (h.IGNORED, lambda m: None),
        ):
            if fields_only and pattern not in h.FIELDS:
                continue
            match = pattern.match(labels.plain(text) if pattern is not h.CONDITIONAL else text)
            if match:
                action(match)
                return True
        return False

    def _official_header(self, p) -> bool:
        """Header lines of letters and Kamer lists, also after a block heading: subject,
        reference numbers, kamerstuk; the committee that asks."""
        text = labels.plain(p.text)
        party = askers.asking_party(text)
        if party and self.asker and not self.asker["party"]:
            self.asker = {**self.asker, "party": party}  # 'namens de fractie van X ... vragen'
            return True
        # in a kernboodschap, 'Het raadslid X heeft vragen gesteld over Y.' is a message
        committee = askers.committee_intro(text) if self.kind not in (
            "kernboodschap", "handelingsperspectief") else None
        if committee:
            if self.asker and self.asker["name"] == committee["name"] and not committee["party"]:
                return True  # 'Op 13 februari heeft het raadslid X vragen gesteld': X is known
            if not self.in_questions:
                self._enter_questions(self.block)
            self.asker, self.question, self.target = committee, None, None
            return True
        listed = askers.askers_list(text)
        if listed:
            self.asker = listed
            return True
        if committee is None and askers.questions_intro(text):
            return True  # an introduction naming no asker: the questions follow
        found = layouts.official_field(text)
        if found is None:
            return False
        name, value = found
        if name == "kamerstuk":
            self.dossier, title = value.split("|", 1)
            self.doc["title"] = self.doc["title"] if self.doc["title"] and not \
                self.title_guessed else title
            self.title_guessed = False
        elif name == "number":
            if self.dossier is None:
                return False
            self.doc["registration_number"] = f"{self.dossier}, nr. {value}"
        elif name == "title":
            if self.doc["title"] is None or self.title_guessed:
                self._subject(value)
        else:
            self.doc[name] = value
        return True

    def _subject(self, title) -> None:
        """'Onderwerp: Vragen van de Statenfractie van de SP over ...' also names who asks."""
        # 'onderwerp : Jaarstukken 2017.' the full stop closes the field, not the title
        title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
        self.doc["title"], self.title_guessed = title, False
        if self.asker is None and labels.is_block(title):
            self.asker = labels.block_asker(title)

    def _asker_field(self, value) -> None:
        """'Indiener: Lid Hendriks (CDA)', 'Vragensteller: mevrouw K. Bos (ChristenUnie)'."""
        value = askers.without_address(value)
        self.asker = (labels.asker(value) or askers.fractie_and_member(value)
                      or labels.asker(f"Lid {value}") or askers.members_asker(f"het lid {value}"))
        if self.asker is None and value[:1].isupper() and "@" not in value:
            # a name in a shape not recognised is still the asker, not dropped
            self.asker = labels.named_asker(value, role="raadslid")

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
        if name == "handling_officials" and not looks_like_names(p):
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


def looks_like_names(p: Paragraph) -> bool:
    if p.bullet is not None or p.number or p.heading is not None or p.style:
        return False
    if labels.section_heading(p.text) or labels.is_block(p.text) or labels.asker(p.text):
        return False
    text = p.text
    return is_redaction(text) or (len(text) <= 80 and not text.endswith((".", ":", "?")))
