"""Personal data that needs no list: e-mail addresses, telephone numbers, BSN, IBAN and a
postcode with house number. Numbers are checked (11-proef, IBAN checksum, digit count), so an
ordinary 9-digit number or an amount stays."""

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
    "adres": ("Postcode en huisnummer", PRIVACY),
}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)")
#: NL91ABNA0417164300 or in groups of four: NL91 ABNA 0417 1643 00
_IBAN = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
                   r"|[A-Z0-9]{11,30})(?!\w)")
#: 9 digits, grouped as people write them: 123456782, 1234.56.782, 123 456 782
_BSN = re.compile(r"(?<![\w.,-])\d(?:[ .]?\d){8}(?![\w]|[.,-]\d)")
#: +31 6 12345678, 0031 20 123 4567, +31 (0)20 1234567
#: between two digits of a telephone number: "06-1234", "020 - 123", "12.34"
_SEP = r"(?:[ \t]?[.-]?[ \t]?)"
_PHONE_INTL = re.compile(rf"(?<![\w+])(?:\+|00)31[ \t.-]*(?:\(0\)[ \t.-]*)?\d(?:{_SEP}\d){{8}}"
                         r"(?![\w]|[.,-]\d)")
#: 06-12345678, 020 123 4567, (020) 123 45 67, 0201234567, 06 1234 5678
_PHONE = re.compile(rf"(?<![\w+(.,-])(?:\(0\d{{1,3}}\)[ \t]*|0\d)(?:{_SEP}\d){{6,9}}"
                    r"(?![\w]|[.,-]\d)")
#: "Stationsstraat 12, 1234 AB" and "Burgemeester de Vlugtlaan 7a 1063 BR": an address as a
#: letter writes it (street, number, postcode); the city may follow, it names no one
_STREET = re.compile(r"(?<!\w)[A-Z][a-zà-ÿ'.-]{2,}(?:[ \t]+[A-Za-zà-ÿ'.-]+){0,3}[ \t]+\d{1,5}"
                     r"(?:[ \t]?[A-Za-z](?!\w)|[ \t]?-[ \t]?\d{1,4})?[ \t]*,?[ \t]+"
                     r"[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?!\w)")
#: 1012 AB 12, 1012AB 12-3, 1012 ab 12a; SA, SD and SS are not issued
_POSTCODE = re.compile(r"(?<!\w)[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}[ \t]*,?[ \t]*"
                       r"(?:nr\.?[ \t]*)?\d{1,5}(?:[ \t]?[A-Za-z](?!\w)|[ \t]?-[ \t]?\d{1,4})?"
                       r"(?!\w)")


def find_data(text: str) -> list[Found]:
    """Return every e-mail, telephone, BSN, IBAN and postcode-with-number in `text`."""
    found = [Found(m.start(), m.end(), "e-mail") for m in _EMAIL.finditer(text)] \
        if "@" in text else []
    if not _DIGIT.search(text):
        return found
    found += [Found(m.start(), m.end(), "iban") for m in _IBAN.finditer(text)
              if iban.is_valid(m.group())]
    found += [Found(m.start(), m.end(), "bsn") for m in _BSN.finditer(text)
              if bsn.is_valid(_digits(m.group()))]
    found += [Found(m.start(), m.end(), "telefoon") for m in _PHONE_INTL.finditer(text)]
    found += [Found(m.start(), m.end(), "telefoon") for m in _PHONE.finditer(text)
              if len(_digits(m.group())) == 10]
    found += [Found(m.start(), m.end(), "adres") for m in _STREET.finditer(text)]
    found += [Found(m.start(), m.end(), "adres") for m in _POSTCODE.finditer(text)]
    return _outermost(found)


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
