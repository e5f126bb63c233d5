"""French text analysis for lexical (BM25) search.

One function, :func:`analyze`, turns text into index terms; documents and queries go through the
same steps, so a query written without accents or in the plural still finds the indexed text:

1. :func:`communs.nlp.text.fold`: lower case, ligatures (œ, æ) spelt out, accents stripped;
2. tokens: runs of letters and digits, joined by ``.``, ``-``, ``/`` or ``'`` (and ``,`` between
   digits), so that ``l.123-4``, ``2019-08-28`` and ``1,5`` stay whole;
3. leading elisions split off (``l'``, ``d'``, ``qu'``, ``jusqu'``... with ``'`` or ``’``);
4. a token holding a digit is kept as it is (numbers, article references); any other compound
   (``pré-demande``, ``ex-carte``) is split into its words;
5. French stop words and lone letters dropped;
6. Snowball French stemming (``allocations`` and ``allocation`` both give ``alloc``).

Accents are stripped *before* stemming: the stemmer then sees the same string whether or not the
writer typed the accents (it stems ``identité`` and ``identite`` differently otherwise).
Terms never contain spaces, quotes or other FTS5 syntax outside ``. - / , _``.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import snowballstemmer

from communs.nlp.text import fold

ELISIONS = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"})

# A compact list, written without accents (it is compared after accents are stripped). Words
# that carry meaning in administrative text (droit, demande, non, sans...) are kept.
STOP_WORDS = frozenset(
    """
a ai as au aux avec avez avons ayant c ca car ce ceci cela celle celles celui ces cet cette ceux chez
comme comment d dans de des donc dont du elle elles en est et etaient etait etant ete etes etre eu eux
il ils j je l la le les leur leurs lors lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont
or ou par pour qu quand que quel quelle quelles quels qui s sa se sera seront ses si soit son
sont sur t ta te tes toi ton tu un une vos votre vous y
""".split()
)

# letters/digits, joined by . - / ' _ (and , between two digits)
_TOKEN = re.compile(r"[^\W_]+(?:(?:['./_-]|(?<=\d),(?=\d))[^\W_]+)*")
_SPLIT_COMPOUND = re.compile(r"['./_,-]")
_HAS_DIGIT = re.compile(r"\d")

# NFKD, lower case, apostrophes, ligatures, accents: the one folding of communs.nlp.text
normalize = fold

_local = threading.local()  # snowball stemmers keep state: one per thread


def _stemmer() -> snowballstemmer.stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("french")
    return stemmer


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball French stem of one lower-case, accent-free word (cached)."""
    return _stemmer().stemWord(word)


def _strip_elisions(token: str) -> str:
    while "'" in token:
        head, _, rest = token.partition("'")
        if head not in ELISIONS or not rest:
            break
        token = rest
    return token


def tokens(text: str) -> list[str]:
    """Normalised words before stop-word removal and stemming (exposed for tests and debugging)."""
    out: list[str] = []
    for raw in _TOKEN.findall(normalize(text)):
        token = _strip_elisions(raw)
        if _HAS_DIGIT.search(token):
            out.append(token.replace("'", ""))
        elif _SPLIT_COMPOUND.search(token.replace("'", "")):
            out.extend(part for part in _SPLIT_COMPOUND.split(token) if part)  # pré-demande -> pre, demande
        else:
            out.append(token.replace("'", ""))  # aujourd'hui -> aujourdhui
    return out


def analyze(text: str) -> list[str]:
    """Index terms of ``text``, in order, repeats kept (BM25 counts them)."""
    terms: list[str] = []
    for token in tokens(text):
        if _HAS_DIGIT.search(token):
            terms.append(token)
        elif len(token) > 1 and token not in STOP_WORDS:
            terms.append(stem(token))
    return terms


def query_terms(text: str) -> list[str]:
    """Distinct terms of a query, in order of first appearance."""
    return list(dict.fromkeys(analyze(text)))
