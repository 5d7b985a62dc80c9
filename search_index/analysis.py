"""The Dutch analyzer and the query parser: what a word in the index and in a query becomes.

One chain for index and query: words, lowercase, Dutch stop words, compound parts (index only),
accents folded, Snowball's current Dutch stemmer (PyStemmer). Why these choices, in figures:
see `make bench BENCH=relevance` and the commit that introduced them.
"""

import re
import threading

import Stemmer
from whoosh.analysis import (
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
    Tokenizer,
)
from whoosh.lang.stopwords import stoplists
from whoosh.qparser import AndGroup, QueryParser, plugins
from whoosh.support.charset import accent_map

from search_index import compounds, inflection

#: the parser is quadratic on long input: longer queries are cut here
MAX_QUERY_CHARS = 200
#: a prefix query needs this many letters before the `*`, so `a*` cannot expand to everything
MIN_PREFIX = 3

#: with "s": the tokenizer splits "programma's" and "boa's" at the apostrophe, and a lone "s"
#: left as a word made the query ask for it
DUTCH_STOP_WORDS = frozenset(stoplists["nl"]) | {"s"}
#: Snowball's Dutch algorithm since 3.0 (Kraaij-Pohlmann based); "dutch_porter" is the older one
STEMMER = "dutch"
#: raise when what a word becomes changes: an index analysed otherwise is rebuilt at start-up
#: (schema.open_current compares analyzers). 2: singulars (search_index.inflection), "s" a stop
#: word, a compound's beginnings as parts (compounds._left_units)
ANALYSIS_VERSION = 2

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
    """Return the term a lowercase word becomes in the index: accents folded, brought back to
    its singular where the stems of singular and plural differ, then stemmed."""
    terms = _TERMS.setdefault(algorithm, {})
    term = terms.get(word)
    if term is None:
        if len(terms) >= _TERMS_MAX:
            terms.clear()
        term = terms[word] = stem_word(inflection.singular(fold(word)), algorithm)
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


#: a word: letters and digits, with decimals and thousands ("1.250", "3,5") kept together
WORD = r"\w+(?:[.,]\d+)*"


def dutch_analyzer(stemmer: str = STEMMER, compound_parts: bool = True):
    """Return the analyzer: words, lowercase, Dutch stop words only, compound parts (index
    only), accents folded, Dutch stems.

    `LanguageAnalyzer('nl')` would also drop English stop words ("is", "in", "over", ...).
    `stemmer` is a PyStemmer algorithm name, or "whoosh" for Whoosh's own dutch_porter
    (kept to measure against, as the filter chain below).
    """
    if stemmer == "whoosh":
        return filter_chain(stemmer, compound_parts)
    return DutchAnalyzer(stemmer, compound_parts)


def filter_chain(stemmer: str = STEMMER, compound_parts: bool = True):
    """The same analysis as Whoosh filters, one generator step per filter per word: what
    DutchAnalyzer must equal (tests compare them), and the "whoosh" stemmer for the bench."""
    chain = (RegexTokenizer(WORD) | LowercaseFilter()
             | StopFilter(stoplist=DUTCH_STOP_WORDS, minsize=1))
    if compound_parts:
        chain = chain | CompoundFilter()
    if stemmer == "whoosh":
        from whoosh.analysis import StemFilter
        from whoosh.lang import stemmer_for_language

        return chain | CharsetFilter(accent_map) | StemFilter(
            stemfn=stemmer_for_language("nl"), lang=None, cachesize=50000)
    return chain | DutchStemFilter(stemmer)


class DutchAnalyzer(Tokenizer):
    """filter_chain() in one loop, with what a word becomes remembered per word.

    A bulk build analyses every word of every document; through the chain each word passes
    five generators and is folded, stemmed and split again every time it recurs. Here a
    word's terms (stem, then its compound parts' stems) are looked up in a dict. The tokens
    are the same as the chain's: text, position (stop words take none), characters, boost.
    """

    def __init__(self, algorithm: str = STEMMER, compound_parts: bool = True,
                 version: int = ANALYSIS_VERSION):
        self.algorithm, self.compound_parts = algorithm, compound_parts
        self.version = version
        self._terms: dict[tuple[str, bool], tuple | None] = {}
        self._indexed: dict[str, tuple | None] = {}

    def __eq__(self, other):
        return (self.__class__ is other.__class__ and self.algorithm == other.algorithm
                and self.compound_parts == other.compound_parts
                and self.version == other.version)

    def __getstate__(self):  # the schema is pickled into the index: leave the cache out
        return {"algorithm": self.algorithm, "compound_parts": self.compound_parts,
                "version": self.version}

    def __setstate__(self, state):
        # an index pickled before versions were recorded is version 1
        self.__init__(**{"version": 1, **state})

    def terms(self, word: str, query: bool) -> tuple | None:
        """Return ((term, boost), ...) for a lowercase word, or None for a stop word."""
        key = (word, query)
        found = self._terms.get(key, False)
        if found is False:
            if len(self._terms) >= _TERMS_MAX:
                self._terms.clear()
            found = self._terms[key] = self._analyse(word, query)
        return found

    def _analyse(self, word, query):
        if not word or word in DUTCH_STOP_WORDS:  # the chain's StopFilter(minsize=1)
            return None
        found = [(index_term(word, self.algorithm), 1.0)]
        if self.compound_parts and not query and len(word) >= compounds.MIN_LENGTH:
            found += [(index_term(part, self.algorithm), CompoundFilter.PART_BOOST)
                      for part in compounds.split(word)]
        return tuple(found)

    def indexed(self, value: str) -> tuple[dict, dict]:
        """Return ({term: [position, ...]}, {term: summed boost}) of a text being indexed:
        what Whoosh's Positions format gathers from __call__'s tokens, without the tokens."""
        positions: dict[str, list] = {}
        weights: dict[str, float] = {}
        known, pos = self._indexed, None
        for n, word in enumerate(_WORD.findall(value)):
            found = known.get(word, False)
            if found is False:  # remembered as written: no lower() and no key tuple per word
                if len(known) >= _TERMS_MAX:
                    known.clear()
                found = known[word] = self.terms(word.lower(), False)
            if found is None:
                continue
            pos = n if pos is None else pos + 1
            for term, boost in found:
                if term in positions:
                    positions[term].append(pos)
                    weights[term] += boost
                else:
                    positions[term], weights[term] = [pos], 0.0 + boost
        return positions, weights

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="",
                 **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        query, terms, pos = mode == "query", self.terms, None
        words = _WORD.finditer(value) if tokenize else (_Whole(value),)
        keeporiginal = keeporiginal or not tokenize
        for n, match in enumerate(words):
            text = match.group(0)
            if keeporiginal:
                t.original = text
            if chars:
                t.startchar, t.endchar = start_char + match.start(), start_char + match.end()
            word = text.lower()
            found = terms(word, query)
            if found is None:  # a stop word: kept (without a position of its own) if asked
                if not removestops:
                    t.text, t.boost, t.stopped = word, 1.0, True
                    if positions:
                        t.pos = start_pos + n
                    yield t
                continue
            t.stopped = False
            if positions:
                pos = start_pos + n if pos is None else pos + 1
                t.pos = pos
            for term, boost in found:
                t.text, t.boost = term, boost
                yield t


_WORD = re.compile(WORD)


class _Whole:
    """The whole value as one match (tokenize=False)."""

    def __init__(self, value):
        self.value = value

    def group(self, _n):
        return self.value

    def start(self):
        return 0

    def end(self):
        return len(self.value)


def name_analyzer():
    """Words of a name or party: lower case, accents folded, nothing stemmed or dropped."""
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


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
