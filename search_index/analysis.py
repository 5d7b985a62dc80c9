"""The Dutch analyzer and the query parser: what a word in the index and in a query becomes."""

import re

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists
from whoosh.qparser import AndGroup, QueryParser, plugins
from whoosh.support.charset import accent_map

#: the parser is quadratic on long input: longer queries are cut here
MAX_QUERY_CHARS = 200
#: a prefix query needs this many letters before the `*`, so `a*` cannot expand to everything
MIN_PREFIX = 3

DUTCH_STOP_WORDS = frozenset(stoplists["nl"])


def dutch_analyzer():
    """Return the chain: words, lowercase, Dutch stop words only, accents folded, Dutch stems.

    `LanguageAnalyzer('nl')` would also drop English stop words ("is", "in", "over", ...).
    """
    return (
        RegexTokenizer(r"\w+(?:[.,]\d+)*")
        | LowercaseFilter()
        | StopFilter(stoplist=DUTCH_STOP_WORDS, minsize=1)
        | CharsetFilter(accent_map)
        | StemFilter(stemfn=stemmer_for_language("nl"), lang=None, cachesize=50000)
    )


def make_parser(schema) -> QueryParser:
    """Return a parser for words, "phrases", AND/OR/NOT, (groups) and `prefix*` only.

    Field syntax, ranges and boosts are removed: a colon or caret in ordinary text
    ("Antwoord: ja") must not change what is searched, and filters come from the form.
    """
    parser = QueryParser("text", schema, group=AndGroup)
    for plugin in (plugins.FieldsPlugin, plugins.RangePlugin, plugins.BoostPlugin,
                   plugins.EveryPlugin, plugins.SingleQuotePlugin):
        parser.remove_plugin_class(plugin)
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
