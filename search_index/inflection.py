"""Plurals and diminutives whose Snowball stem differs from the singular's: "zonnepanelen" is
stemmed zonnepanel, "zonnepaneel" zonnepaneel. The word is brought back to its singular before
stemming, when that singular is a known word (or a compound of known words) more common than
another reading of the same letters. Index and query both pass through it (analysis.index_term).

Measured over wordfreq's Dutch list (pairs of words both in it, stems compared): a long vowel
spelled single in the plural (paneel/panelen, probleem/problemen) differs in 185 of 1,361
pairs, -or/-oren in 76 of 82, -ee/-eeën and -ie/-ieën in all 58, -heid/-heden 2 of 69, a
doubled consonant (proces/processen) 53 of 1,344, -en/-ens (wagen/wagens) 197 of 247, the
diminutives -je/-tje(s) 516 of 1,959, and a plain -en (fiets/fietsen) 1,501 of 5,641 (most
of those are short words that are no pair, het/heten: a base needs four letters here).
"""

import re

from search_index import compounds

#: long vowel written single before one consonant and -en: "panelen" -> "paneel"
_OPEN_SYLLABLE = re.compile(r"^(.*[^aeiou])([aeou])([^aeiouyj])en$")
_DOUBLED = re.compile(r"^(.*[aeiou])([bdfgklmnprst])\2en$")
#: diminutive endings, longest first ("bloemetje" -> bloem, "boompje" -> boom)
_DIMINUTIVES = ("etjes", "etje", "tjes", "pjes", "jes", "tje", "pje", "je")
MIN_LENGTH = 5


def singular(word: str) -> str:
    """Return the singular of a (folded, lowercase) plural or diminutive, else the word."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return word
    for candidate, rival in _candidates(word):
        if len(candidate) >= 3 and _frequency(candidate) > compounds.zipf(rival or ""):
            return candidate
    return word


def _candidates(word: str):
    """Yield (singular, the other reading): a singular is taken only when it is more common
    than the other reading as a word of its own ("leden" is not the plural of "leed" but of
    "lid"; "zonnepanel" is no word, though "panel" is)."""
    if word.endswith(("eeen", "ieen")):  # ideeën, categorieën (accents already folded)
        yield word[:-2], None
    if word.endswith("heden") and len(word) > 6:
        yield word[:-5] + "heid", None
    if word.endswith("oren"):
        yield word[:-2], None
    if word.endswith("ens"):
        yield word[:-1], None
    if match := _OPEN_SYLLABLE.match(word):
        head, vowel, consonant = match.groups()
        yield head + vowel + vowel + consonant, word[:-2]
    if match := _DOUBLED.match(word):
        yield match.group(1) + match.group(2), None
    for ending in _DIMINUTIVES:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            yield word[:-len(ending)], None
            break
    if word.endswith("en") and len(word) >= 6:  # "fietsen" is stemmed fiets, "fiets" fiet
        yield word[:-2], None


def _frequency(word: str) -> float:
    """Return the Zipf frequency of a word, or of a compound's last part (0: not known)."""
    zipf = compounds.zipf(word)
    if zipf:
        return zipf
    parts = compounds.split(word)
    return compounds.zipf(parts[1]) if parts else 0.0
