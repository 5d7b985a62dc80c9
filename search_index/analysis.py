"""The Dutch analyzer and the query parser: what a word in the index and in a query becomes.

One chain for index and query: words, lowercase, Dutch stop words, compound parts (index only),
accents folded, Snowball's current Dutch stemmer (PyStemmer). Why these choices, in figures:
see `make bench BENCH=relevance` and the commit that introduced them.
"""

import re
import threading

import Stemmer
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.lang.stopwords import stoplists
from whoosh.qparser import AndGroup, QueryParser, plugins
from whoosh.support.charset import accent_map

from search_index import compounds

#: the parser is quadratic on long input: longer queries are cut here
MAX_QUERY_CHARS = 200
#: a prefix query needs this many letters before the `*`, so `a*` cannot expand to everything
MIN_PREFIX = 3

DUTCH_STOP_WORDS = frozenset(stoplists["nl"])
#: Snowball's Dutch algorithm since 3.0 (Kraaij-Pohlmann based); "dutch_porter" is the older one
STEMMER = "dutch"

_local = threading.local()


def stem_word(word: str, algorithm: str = STEMMER) -> str:
    """Return the stem of a lowercase word (PyStemmer objects are not thread-safe: one each)."""
    stemmers = _local.__dict__.setdefault("stemmers", {})
    stemmer = stemmers.get(algorithm)
    if stemmer is None:
        stemmer = stemmers[algorithm] = Stemmer.Stemmer(algorithm, 50000)
    return stemmer.stemWord(word)


def fold(word: str) -> str:
    """Return the word without accents, as the index holds it ("geïnformeerd" -> "geinformeerd")."""
    return word.translate(accent_map)


#: words already folded and stemmed, per algorithm: a dict lookup is cheaper than both
_TERMS: dict[str, dict[str, str]] = {}
_TERMS_MAX = 200_000


def index_term(word: str, algorithm: str = STEMMER) -> str:
    """Return the term a lowercase word becomes in the index: accents folded, then stemmed."""
    terms = _TERMS.setdefault(algorithm, {})
    term = terms.get(word)
    if term is None:
        if len(terms) >= _TERMS_MAX:
            terms.clear()
        term = terms[word] = stem_word(fold(word), algorithm)
    return term


class DutchStemFilter(Filter):
    """Fold accents, then stem with Snowball through PyStemmer (C, and the current Dutch
    algorithm). One filter for both: every filter is a Python generator step per word."""

    def __init__(self, algorithm: str = STEMMER):
        self.algorithm = algorithm

    def __call__(self, tokens):
        algorithm = self.algorithm
        for t in tokens:
            if not t.stopped:
                t.text = index_term(t.text, algorithm)
            yield t


class CompoundFilter(Filter):
    """When indexing, add the parts of a Dutch compound at the compound's position, with a
    lower weight: `leiderschap` finds "leiderschapsniveau", the whole word still ranks first,
    and `"commissie Zuidoost"` matches "stadsdeelcommissie Zuidoost" as a phrase.

    A query keeps its words whole: a query for the compound asks for the compound.
    """

    #: weight of a part beside the whole word's 1.0
    PART_BOOST = 0.5

    def __call__(self, tokens):
        split, shortest = compounds.split, compounds.MIN_LENGTH
        for t in tokens:
            word = t.text
            yield t  # the filters after this one change t.text
            if len(word) < shortest or t.mode == "query" or t.stopped:
                continue
            parts = split(word)
            if parts:
                boost = t.boost
                for part in parts:
                    t.text, t.boost = part, boost * self.PART_BOOST
                    yield t
                t.boost = boost


def dutch_analyzer(stemmer: str = STEMMER, compound_parts: bool = True):
    """Return the chain: words, lowercase, Dutch stop words only, compound parts (index only),
    accents folded, Dutch stems.

    `LanguageAnalyzer('nl')` would also drop English stop words ("is", "in", "over", ...).
    `stemmer` is a PyStemmer algorithm name, or "whoosh" for Whoosh's own dutch_porter
    (kept to measure against).
    """
    chain = (RegexTokenizer(r"\w+(?:[.,]\d+)*") | LowercaseFilter()
             | StopFilter(stoplist=DUTCH_STOP_WORDS, minsize=1))
    if compound_parts:
        chain = chain | CompoundFilter()
    if stemmer == "whoosh":
        from whoosh.analysis import StemFilter
        from whoosh.lang import stemmer_for_language

        return chain | CharsetFilter(accent_map) | StemFilter(
            stemfn=stemmer_for_language("nl"), lang=None, cachesize=50000)
    return chain | DutchStemFilter(stemmer)


#: operators, upper case only: "en", "of" and "niet" in lower case are ordinary (stop) words
OPERATORS = {
    "And": r"(?<=\s)(?:AND|EN)(?=\s)",
    "Or": r"(?<=\s)(?:OR|OF)(?=\s)",
    "Not": r"(^|(?<=(\s|[()])))(?:NOT|NIET)(?=\s)",
    "AndNot": None, "AndMaybe": None, "Require": None,
}
OPERATOR_WORDS = frozenset({"AND", "EN", "OR", "OF", "NOT", "NIET"})


def make_parser(schema) -> QueryParser:
    """Return a parser for words, "phrases", EN/OF/NIET (or AND/OR/NOT), (groups) and
    `prefix*` only.

    Field syntax, ranges and boosts are removed: a colon or caret in ordinary text
    ("Antwoord: ja") must not change what is searched, and filters come from the form.
    """
    parser = QueryParser("text", schema, group=AndGroup)
    for plugin in (plugins.FieldsPlugin, plugins.RangePlugin, plugins.BoostPlugin,
                   plugins.EveryPlugin, plugins.SingleQuotePlugin):
        parser.remove_plugin_class(plugin)
    parser.replace_plugin(plugins.OperatorsPlugin(**OPERATORS))
    return parser


_SHORT_WILDCARD = re.compile(rf"(?<![\w*])(\w{{0,{MIN_PREFIX - 1}}})[*?]+")


def clean_query(text: str) -> str:
    """Cap the length, drop `?` (questions end in one) and wildcards after too short a prefix."""
    text = " ".join((text or "").split())[:MAX_QUERY_CHARS]
    text = text.replace("?", " ")
    text = _SHORT_WILDCARD.sub(r"\1", text)
    if text.count('"') % 2:
        text = text.replace('"', " ")
    return text.strip()
