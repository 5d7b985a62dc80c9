"""The analyzer the index uses gives exactly the tokens of the Whoosh filter chain it
replaces (text, position, characters, boost), for indexing, queries and highlighting: an
index built with either is the same index."""

import pytest

from search_index.analysis import DutchAnalyzer, filter_chain
from tests.bench.search_corpus import Corpus

TRICKY = [
    "", "de", "De brandbrieven uit Zuidoost: 4.112 huizen, 3,5 procent.",
    "Leiderschapsniveau en stadsdeelcommissie Zuidoost; het ideeën-café was geïnformeerd.",
    "   en of niet EN OF NIET  ", "schuldhulpverlening_2024 a.b.c 1.2.3 ß Ærø",
]
MODES = [
    {"positions": True, "boosts": True, "mode": "index"},
    {"mode": "query"},
    {"chars": True, "mode": "query", "removestops": False},
    {"positions": True, "chars": True, "start_pos": 3, "start_char": 10, "mode": "index",
     "keeporiginal": True},
    {"tokenize": False, "positions": True, "chars": True, "mode": "index"},
]


def _tokens(analyzer, text, options):
    return [(t.text, getattr(t, "pos", None), getattr(t, "startchar", None),
             getattr(t, "endchar", None), t.boost, t.stopped, getattr(t, "original", None))
            for t in analyzer(text, **options)]


@pytest.mark.parametrize("options", MODES)
@pytest.mark.parametrize("compound_parts", [True, False])
def test_the_analyzer_gives_the_tokens_of_the_filter_chain(options, compound_parts):
    corpus = Corpus()
    texts = TRICKY + corpus.answers[:150] + corpus.questions[:50]
    fused, chain = DutchAnalyzer(compound_parts=compound_parts), filter_chain(
        compound_parts=compound_parts)
    for text in texts:
        assert _tokens(fused, text, options) == _tokens(chain, text, options), text
