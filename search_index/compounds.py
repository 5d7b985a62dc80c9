"""Dutch compounds split into known words: "leiderschapsniveau" -> leiderschap + niveau.

Dictionary-based (Koehn & Knight): a split is taken when both parts are words of wordfreq's
Dutch frequency list and the parts are, on geometric average, more common than the compound
itself. The linking -s- ("leiderschap-s-niveau") is allowed; stop words, verb particles and
derivational suffixes ("-heid", "-schap") are not parts, so "verantwoordelijkheid" stays whole.
"""

import math
from functools import lru_cache

#: words shorter than this are not split
MIN_LENGTH = 8
MIN_HEAD = 4
MIN_TAIL = 4
#: a part must be at least this common (Zipf scale: 2 = once per 100 million words)
MIN_ZIPF = 2.0
#: how deep a part is split again ("schuldhulpverlening" -> schuld + hulpverlening -> hulp ...)
MAX_DEPTH = 2

#: heads that are particles or prefixes: "uitvoering" is not uit + voering
NOT_HEADS = frozenset(
    "aan achter af binnen bij boven buiten door mede mee na naar neer om onder op over samen "
    "tegen terug toe tussen uit vast voor voorbij weg".split())
#: tails that are suffixes, not words of their own here
NOT_TAILS = frozenset(
    "heid heden schap schappen lijk lijke lijkheid baar bare achtig achtige loos loze zaam zame "
    "matig matige ingen erij ster sters nissen tjes isch ische waardig waardige ling lingen "
    "ering eringen atie aties".split())


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """Return word -> Zipf frequency for the Dutch words common enough to be a part."""
    from wordfreq import get_frequency_dict

    found = {}
    for word, freq in get_frequency_dict("nl").items():
        zipf = math.log10(freq) + 9
        if zipf >= MIN_ZIPF and word.isalpha():
            found[word] = zipf
    return found


def is_word(word: str) -> bool:
    return word in _zipf()


def zipf(word: str) -> float:
    """Return the word's Zipf frequency, 0.0 for a word not common enough to be a part."""
    return _zipf().get(word, 0.0)


@lru_cache(maxsize=100_000)
def split(word: str, depth: int = 1) -> tuple[str, ...]:
    """Return the parts of a compound (and the parts of those), or () when it is not one."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return ()
    zipf = _zipf()
    best, best_score = None, zipf.get(word, 0.0)
    for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:i], word[i:]
        if tail not in zipf or tail in NOT_TAILS:
            continue
        for h in (head, head[:-1] if head.endswith("s") else None):
            if h and len(h) >= MIN_HEAD and h in zipf and h not in NOT_HEADS:
                score = (zipf[h] + zipf[tail]) / 2  # log of the geometric mean
                if score > best_score:
                    best, best_score = (h, tail), score
    if best is None:
        return ()
    parts = list(best)
    if depth < MAX_DEPTH:
        for part in best:
            parts += [p for p in split(part, depth + 1) if p not in parts]
        parts += [p for p in _left_units(word, best[1]) if p not in parts]
    return tuple(parts)


def _left_units(word: str, tail: str) -> list[str]:
    """Return the compound's beginnings a reader may search for: the head with the tail's
    first part ("schuldhulp" in schuldhulp-verlening) and the head with the word an agent
    noun is made of ("jongerenwerk" in jongeren-werkers)."""
    start = word[:len(word) - len(tail)]
    found = []
    inner = split(tail, MAX_DEPTH)
    if inner:
        found.append(start + inner[0])
    for ending in ("ers", "er"):
        base = tail[:-len(ending)]
        if tail.endswith(ending) and len(base) >= MIN_TAIL and base in _zipf():
            found.append(start + base)
            break
    return found
