"""'Bedoelde u: discriminatie?': close words for a word that finds nothing, from the index's
own vocabulary.

Candidates are the spellings one slip away (a letter left out, added, changed, or two letters
swapped): stems differ more than the words do ("discriminatie" -> discrimineer), so the typed
word is corrected before it is stemmed. A candidate counts only when its stem is in the index;
a real Dutch word (wordfreq's list) goes before a non-word, then the most common in the index.
A word that is itself a real Dutch word is left as it is: it was meant, and finds nothing.

A long word (TWO_SLIPS_FROM letters) with no candidate one slip away may have two slips
("cameratoezigt"): the index's own terms within two edits of its stem, sharing its first two
letters, are compared (edits of edits would be tens of thousands of spellings to stem). Such a
term is offered only when it is a word as the index holds it (its own stem), so the
suggestion reads as a word and finds what it says.
"""

import re

from search_index import compounds
from search_index.analysis import OPERATOR_WORDS, index_term

#: shorter words have too many neighbours to guess from
MIN_LENGTH = 4
#: words this long may have two slips and still be recognisable
TWO_SLIPS_FROM = 9
_LETTERS = "abcdefghijklmnopqrstuvwxyzëéïöü"
#: a whole word: not part of a prefix* query
_WORD = re.compile(r"(?<![\w*])\w+(?![\w*])")


def correct(searcher, text: str) -> str | None:
    """Return `text` with every word that finds nothing replaced by its best close word, or
    None when no word could be corrected."""
    reader, analyzer = searcher.reader(), searcher.schema["text"].analyzer
    changed = False

    def fix(match):
        nonlocal changed
        word = match.group(0)
        if word in OPERATOR_WORDS or len(word) < MIN_LENGTH or not word.isalpha() \
                or compounds.is_word(word.lower()):
            return word  # a real word that finds nothing is no slip: "huizen" is not "huiden"
        stems = _stems(analyzer, word.lower())
        if not stems or any(reader.doc_frequency("text", s) for s in stems):
            return word  # a stop word, or it finds something by itself
        better = _best(reader, analyzer, word.lower())
        if better is None and len(word) >= TWO_SLIPS_FROM and not compounds.split(word.lower()):
            better = _best_within_two(reader, stems[0])
        if better is None:
            return word
        changed = True
        return better

    corrected = _WORD.sub(fix, text)
    return corrected if changed else None


def _best(reader, analyzer, word: str) -> str | None:
    best, best_key, seen = None, None, {}
    for candidate in sorted(_edits(word)):
        stems = _stems(analyzer, candidate)
        if len(stems) != 1:
            continue
        if stems[0] not in seen:
            seen[stems[0]] = reader.doc_frequency("text", stems[0])
        frequency = seen[stems[0]]
        if frequency:
            key = (compounds.is_word(candidate), frequency)
            if best_key is None or key > best_key:
                best, best_key = candidate, key
    return best


def _best_within_two(reader, stem: str) -> str | None:
    """Return the index's most common term two edits from `stem` that is its own stem."""
    found = [(reader.doc_frequency("text", term), term)
             for term in reader.terms_within("text", stem, 2, prefix=2)
             if term.isalpha() and index_term(term) == term]
    return max(found)[1] if found else None


def _stems(analyzer, word: str) -> list[str]:
    return [t.text for t in analyzer(word, mode="query")]


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + changes + inserts) - {word}
