"""Names of askers and parties as people type them: "Vries", "de Vries", "A. de Vries" and
"De Vries" are one raadslid; "groenlinks" is the party GroenLinks.

The index holds one spelling per asker (`asker_key`), so the filter and its counts are not
split by how an annotation wrote the name, and the words of the name and party in a field of
their own (`who`), so a surname alone finds the questions that person asked.
"""

import re

from briefings.woo.names import TITLES
from search_index.analysis import fold

#: Dutch tussenvoegsels, written in lower case after initials ("A. de Vries") and with a
#: capital when the surname stands alone ("De Vries"): one spelling here. "El", "Al" and
#: other non-Dutch particles keep the capital they are always written with.
DUTCH_PARTICLES = frozenset("van de der den het 't te ter ten op in aan bij uit voor".split())
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
_GLUED = re.compile(r"^((?:[A-Z]\.)+)(\S+)$")  # "A.de" in "A.de Vries"


def asker_key(name: str) -> str:
    """Return the one spelling of an asker's name the index keeps: no title, no initials,
    a leading tussenvoegsel in lower case ("Mr. A. De Vries" -> "de Vries")."""
    words = [w for w in (name or "").replace(",", " ").split() if w.lower() not in TITLES]
    words = [part for w in words for part in _unglue(w)]
    while len(words) > 1 and _INITIALS.match(words[0]):
        words.pop(0)
    if len(words) > 1 and words[0].lower() in DUTCH_PARTICLES:
        words[0] = words[0].lower()
        if len(words) > 2 and words[1].lower() in DUTCH_PARTICLES:  # "Van Der Laan"
            words[1] = words[1].lower()
    return " ".join(words)


def _unglue(word: str) -> list[str]:
    match = _GLUED.match(word)
    return [match.group(1), match.group(2)] if match else [word]


def name_words(text: str) -> list[str]:
    """Return the words of a name or party as the `who` field holds them: lower case,
    accents folded ("Koç" -> "koc")."""
    return [fold(w) for w in re.findall(r"\w+", (text or "").lower())]


def matching_values(reader, fieldname: str, typed: str) -> list[str]:
    """Return the values of a name field that contain every word typed, in any case:
    "Vries" -> ["de Vries"], "groenlinks" -> ["GroenLinks"]. An exact value is kept as is."""
    wanted = name_words(typed)
    if not wanted or fieldname not in reader.indexed_field_names():
        return []
    found = []
    for value in reader.lexicon(fieldname):
        value = value.decode("utf-8") if isinstance(value, bytes) else str(value)
        words = name_words(value)
        if value == typed or (words and all(w in words for w in wanted)):
            found.append(value)
    return found


def with_names(searcher, text: str, query):
    """Let each word of the query that is a word of an asker's name or party also match the
    `who` field: "Vries" finds the questions of "A. de Vries" beside texts that say Vries."""
    from whoosh.query import Or, Term

    from search_index.analysis import index_term

    reader = searcher.reader()
    if "who" not in reader.indexed_field_names():
        return query
    names = {index_term(w): w for w in name_words(text) if ("who", w) in reader}
    if not names:
        return query

    def swap(q):
        if isinstance(q, Term) and q.fieldname == "text" and q.text in names:
            return Or([q, Term("who", names[q.text], boost=q.boost)])
        return q
    return query.accept(swap)
