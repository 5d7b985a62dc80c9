"""Personal data that needs no list: e-mail addresses, telephone numbers, BSN, IBAN, a person's
address, a kenteken and a date of birth. Numbers are checked (11-proef, IBAN checksum, digit
count), so an ordinary 9-digit number or an amount stays.

What stays readable follows published Woo practice (e.g. the gemeente Utrecht's "Persoonsgegevens
in Woo-verzoeken"): a functional mailbox of an organisation (info@, griffie@), the address of a
building or plot named in the text ("het stadhuis, Amstel 1", "het bezoekadres van de gemeente
is Stadsplateau 1"), a postbus. An address goes when it is where someone lives or is written to:
with a postcode, after "woont", "adres", "bewoners van", or with a floor ("12-3 hoog", "45 II"),
unless an organisation is named before it in the same clause and no person after that."""

import re
from dataclasses import dataclass

from stdnum import iban
from stdnum.nl import bsn

PRIVACY = "5.1.2e"
IDENTIFICATION_NUMBER = "5.1.1e"

#: kind -> (Dutch label, ground)
KINDS = {
    "naam": ("Naam van een persoon", PRIVACY),
    "e-mail": ("E-mailadres", PRIVACY),
    "telefoon": ("Telefoonnummer", PRIVACY),
    "bsn": ("Burgerservicenummer (BSN)", IDENTIFICATION_NUMBER),
    "iban": ("Bankrekeningnummer (IBAN)", PRIVACY),
    "adres": ("Adres", PRIVACY),
    #: a kenteken leads to its holder through the RDW register
    "kenteken": ("Kenteken", PRIVACY),
    "geboortedatum": ("Geboortedatum", PRIVACY),
}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


_EMAIL = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
                    r"(?!\w)")
#: the mailbox of a desk, not of a person: stays, unless it is at a private mail provider
_FUNCTIONAL = re.compile(
    r"(?:(?:raads|staten|gemeente|stads)?griffie|info|woo|wob|secretariaat|bestuurssecretariaat|post|postbus|contact|klantcontact"
    r"|pers|persvoorlichting|communicatie|servicedesk|helpdesk|no-?reply|gemeente|raad|privacy"
    r"|klachten|bezwaar|bezwaarschriften|ombudsman|webredactie|kcc|loket|subsidies|vergunningen)"
    r"(?:[.-]\w+)?", re.I)
_PRIVATE_PROVIDER = re.compile(
    r"(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail"
    r"|kpnplanet|planet|home|xs4all|hetnet|casema|chello|zeelandnet|telfort|tele2|upcmail"
    r"|proton|protonmail|online)\.", re.I)
#: NL91ABNA0417164300 or in groups of four: NL91 ABNA 0417 1643 00, also NL 91 ABNA …
_IBAN = re.compile(r"(?<!\w)[A-Z]{2} ?\d{2}(?:(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
                   r"|[A-Z0-9]{11,30})(?!\w)")
#: 9 digits, grouped as people write them: 123456782, 1234.56.782, 123 456 782, 123-45-6782;
#: not an amount ("€ 123.456.782")
_BSN = re.compile(r"(?<![\w.,-])(?<!€)(?<!€\s)(?<!EUR\s)\d(?:[ .-]?\d){8}(?![\w]|[.,-]\d)"
                  r"(?!\s*(?:euro|EUR)\b)")
#: +31 6 12345678, 0031 20 123 4567, +31 (0)20 1234567
#: between two digits of a telephone number: "06-1234", "020 - 123", "12.34"
_SEP = r"(?:[ \t]?[.–-]?[ \t]?)"
_PHONE_INTL = re.compile(rf"(?<![\w+])(?:\+|00)31[ \t.-]*(?:\(0\)[ \t.-]*)?\d(?:{_SEP}\d){{8}}"
                         r"(?![\w]|[.,-]\d)")
#: a foreign number is written with its country code: +32 470 12 34 56, +49 30 1234567
_PHONE_FOREIGN = re.compile(rf"(?<![\w+])\+(?!31)[1-9]\d{{0,2}}(?:{_SEP}\d){{7,11}}"
                            r"(?![\w]|[.,-]\d)")
#: 06-12345678, 020 123 4567, (020) 123 45 67, 0201234567, 06 1234 5678
_PHONE = re.compile(rf"(?<![\w+(.,-])(?:\(0\d{{1,3}}\)[ \t]*|0\d)(?:{_SEP}\d){{6,9}}"
                    r"(?![\w]|[.,-]\d)")
#: "Stationsstraat 12, 1234 AB" and "Burgemeester de Vlugtlaan 7a 1063 BR": an address as a
#: letter writes it (street, number, postcode); the city may follow, it names no one
_STREET = re.compile(r"(?<!\w)(?!(?:Postbus|Antwoordnummer)\b)"
                     r"[A-Z][a-zà-ÿ'.-]{2,}(?:[ \t]+[A-Za-zà-ÿ'.-]+){0,3}[ \t]+\d{1,5}"
                     r"(?:[ \t]?[A-Za-z](?!\w)|[ \t]?-[ \t]?\d{1,4})?[ \t]*,?[ \t]+"
                     r"[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?!\w)")
#: 1012 AB 12, 1012AB 12-3, 1012 ab 12a; SA, SD and SS are not issued
_POSTCODE = re.compile(r"(?<!\w)[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}[ \t]*,?[ \t]*"
                       r"(?:nr\.?[ \t]*)?\d{1,5}(?:[ \t]?[A-Za-z](?!\w)|[ \t]?-[ \t]?\d{1,4})?"
                       r"(?!\w)")


#: a street and number without postcode: "Damrak 1", "Van Woustraat 110A", "Kerkstraat 12-3 hoog"
_HOUSE = (r"(?!(?i:woon|wonen|woont|bewon|adres|afzender|verhuis))"
          r"[A-Z][\w'’.-]+(?:[ \t]+(?:(?:van|de|der|den|het|ten|ter)[ \t]+)*[A-Z][\w'’.-]+)"
          r"{0,3}[ \t]+\d{1,5}(?:[ \t]?[A-Za-z](?!\w)|[ \t]?-[ \t]?\d{1,4}(?![\d-]))?")
#: a floor or part of a house: only a dwelling has one
_FLOOR = (r"(?:[ \t]*-?[ \t]*(?:hoog|hs|huis|bg|boven|beneden|bis|zw|(?-i:I{1,3}|IV))"
          r"|[ \t]+\d(?:e|ste|de)?[ \t]+(?:hoog|etage|verdieping))(?!\w)")
#: where someone lives or is written to, a few small words before the street
#: (a few small words, or a person's name: "Het adres van mevrouw De Vries is …")
_RESIDENCE = (r"(?i:woon\w*|wonen\w*|woont|verhuis\w*|\w*adres|bewon\w+|afzender|geadresseerd\w*)"
              r"(?:[ \t]+(?:[a-zà-ÿ]+\.?|\d{4}|[A-Z][\w'’-]+)){0,5}?(?:[ \t]*:)?[ \t]+")
_LIVES_AT = re.compile(rf"(?<!\w){_RESIDENCE}(?P<address>(?!(?:Postbus|Antwoordnummer)\b){_HOUSE}"
                       rf"(?:{_FLOOR})?)")
_DWELLING = re.compile(rf"(?<!\w)(?!(?:Postbus|Antwoordnummer)\b){_HOUSE}{_FLOOR}")
#: cheap tests that say whether the slower patterns above can match at all
_RESIDENCE_WORD = re.compile(r"woon|wonen|woont|verhuis|adres|bewon|afzender|geadresseerd", re.I)
_FLOOR_AFTER_NUMBER = re.compile(rf"\d{_FLOOR}")
#: an organisation or public building named in the clause before an address: the address is
#: theirs and stays ("Het adres van het stadhuis is Amstel 1", "Bezoekadres: Stadhuisplein 1")
_ORGANISATION = re.compile(
    r"(?i:\b(?:bezoek|vestigings|kantoor|bedrijfs)adres"
    r"|\b(?:stadhuis|gemeentehuis|raadhuis|stadskantoor|stadsdeelkantoor|gemeente|provincie"
    r"|provinciehuis|waterschap|ministerie|bibliotheek|stichting|vereniging|school|bedrijf"
    r"|organisatie|museum|ziekenhuis|kantoor|politiebureau|brandweerkazerne|sporthal|zwembad"
    r"|buurthuis|wijkcentrum|theater|kerk|moskee|ggd|woningcorporatie|corporatie)\b)")
#: a person named after the organisation takes the address back ("de ouders wonen op …")
_PERSON_CUE = re.compile(
    r"(?i:\b(?:woon\w*|wonen\w*|woont|bewon\w+|verhuis\w*|mevrouw|mevr|mw|meneer|heer|dhr"
    r"|melder|aanvrager|verzoeker|ouders?|eigenaar|huurder|afzender|correspondentieadres)\b)")
_CLAUSE_BREAK = re.compile(r"[.;!?\n](?=\s|$)")
#: Dutch sidecodes 1-14 (XX-99-99 … 999-XX-9); a letter group with a vowel is only a kenteken
#: after the word (vowels have not been issued since 1973, "WOO-24-A" is a reference)
_PLATE = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}"
    r"|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}"
    r"|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
    r"|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\w-])")
_VOWEL = re.compile(r"[AEIOU]")
_GROUPS = re.compile(r"[A-Z0-9]-[A-Z0-9]")
_PLATE_WORD = re.compile(r"\bkenteken", re.I)
_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
           r"|december|jan\.?|febr?\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|okt\.?"
           r"|nov\.?|dec\.?")
_BIRTH = re.compile(
    r"(?i:\bgeboren(?:[ \t]+(?:op|d\.d\.))?|\bgeb\.|\bgeboortedatum(?:[ \t]+(?:is|was))?)"
    r"[ \t]*:?[ \t]*"
    rf"(?P<date>\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)?\d{{2}}"
    rf"|\d{{1,2}}[ \t]+(?i:{_MONTHS})[ \t]+\d{{4}}|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
    r"(?!\w)")


def find_data(text: str) -> list[Found]:
    """Return every e-mail, telephone, BSN, IBAN, address, kenteken and date of birth in `text`."""
    found = [Found(m.start(), m.end(), "e-mail") for m in _EMAIL.finditer(text)
             if not _functional(m)] if "@" in text else []
    if not _DIGIT.search(text):
        return found
    found += [Found(m.start(), m.end(), "iban") for m in _IBAN.finditer(text)
              # the IBAN checksum only: a foreign bank's own check digits are not all known
              if iban.is_valid(m.group(), check_country=False)]
    found += [Found(m.start(), m.end(), "bsn") for m in _BSN.finditer(text)
              if bsn.is_valid(_digits(m.group()))]
    found += [Found(m.start(), m.end(), "telefoon") for m in _PHONE_INTL.finditer(text)]
    if "+" in text:
        found += [Found(m.start(), m.end(), "telefoon") for m in _PHONE_FOREIGN.finditer(text)]
    found += [Found(m.start(), m.end(), "telefoon") for m in _PHONE.finditer(text)
              if len(_digits(m.group())) == 10]
    found += [Found(m.start(), m.end(), "adres") for m in _STREET.finditer(text)]
    found += [Found(m.start(), m.end(), "adres") for m in _POSTCODE.finditer(text)]
    if _RESIDENCE_WORD.search(text):
        found += [Found(m.start("address"), m.end("address"), "adres")
                  for m in _LIVES_AT.finditer(text)]
    if _FLOOR_AFTER_NUMBER.search(text):
        found += [Found(m.start(), m.end(), "adres") for m in _DWELLING.finditer(text)]
    if _GROUPS.search(text):
        found += [Found(m.start(), m.end(), "kenteken") for m in _PLATE.finditer(text)
                  if not _VOWEL.search(m.group()) or _PLATE_WORD.search(text, 0, m.start())]
    found += [Found(m.start("date"), m.end("date"), "geboortedatum")
              for m in _BIRTH.finditer(text)]
    found = [f for f in found if f.kind != "adres" or not _of_organisation(text, f.start)]
    return _outermost(found)


def _of_organisation(text: str, start: int) -> bool:
    """Whether the address at `start` is named as an organisation's or a public building's."""
    before = text[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    named = list(_ORGANISATION.finditer(clause))
    return bool(named) and not _PERSON_CUE.search(clause, named[-1].end())


def _functional(email: re.Match) -> bool:
    return bool(_FUNCTIONAL.fullmatch(email.group("local"))
                and not _PRIVATE_PROVIDER.search(email.group("domain")))


def _outermost(found: list[Found]) -> list[Found]:
    """Drop a hit inside a longer one: "20 123 45 67" in "+31 (0)20 123 45 67" is no BSN."""
    kept: list[Found] = []
    for hit in sorted(found, key=lambda f: (f.start, -f.end)):
        if not any(k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return kept


_DIGIT = re.compile(r"\d")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)
