"""The role of each clause a person wrote, by its grammar: a wish (what they want or like now), their past (the
job they tell in order to leave it) or neither (what they know, their situation).

« Boucher depuis dix-huit ans, je voudrais former des jeunes »: the first clause says where the person comes from,
the second where they want to go. The whole text, read at once by e5 or BM25, leans to the job told (its words
are the most specific); match.py weighs a wish clause more and a past clause less.
"""

from __future__ import annotations

import re

from communs.apps.orientation import lexicon
from communs.apps.orientation.catalog import Catalog, named_metiers
from communs.apps.orientation.profile import content_words, unnegated
from communs.search.analysis import normalize

WISH, PAST, OTHER = "wish", "past", "other"


def role(catalog: Catalog, clause: str) -> str:
    """WISH, PAST or OTHER for one clause as written. A wish verb wins over a past one (« j'ai été cuisinier et je
    voudrais enseigner » is a wish), unless it only wishes to leave (« je veux quitter l'hôpital »); a denied wish
    (« je ne veux plus ») is none. The years spent (« depuis dix ans ») tell a past job when a métier is named."""
    folded = unnegated(normalize(clause))
    wish = re.search(lexicon.WISH_CLAUSE, folded)
    if wish and not (
        re.search(lexicon.NEGATION + r"|\bne\b|\bn'|\bplus\b", folded[max(0, wish.start() - 12) : wish.start()])
        or re.match(lexicon.LEAVING, folded[wish.end() :])
        or re.match(r"\W*(plus|pas|jamais|rien)\b", folded[wish.end() :])  # « je veux plus »: spoken, no « ne »
    ):
        return WISH
    if re.search(lexicon.PAST_CLAUSE, folded):
        return PAST
    if re.search(lexicon.YEARS_IN_JOB, folded) and named_metiers(catalog, folded):
        return PAST
    return OTHER


def roles(catalog: Catalog, clauses: list[str]) -> list[str]:
    """The role of each clause; a wish with no content of its own (« ce que je préfère, c'est … ») passes to the
    next clause, one that points back (« … et j'adore ça ») to the clause before. A past one is left behind (PAST)
    only when another says a wish, not one to go on in the same field (« rester dans le transport »): with none,
    the job told is what the person knows, and may be where they go on (OTHER)."""
    found = [role(catalog, clause) for clause in clauses]
    for i in range(len(found) - 1):
        bare = re.sub(lexicon.WISH_CLAUSE, " ", normalize(clauses[i]))
        if found[i] == WISH and not content_words(bare) and found[i + 1] == OTHER:
            found[i + 1] = WISH
        if found[i + 1] == WISH and found[i] == OTHER and re.search(lexicon.POINTS_BACK, normalize(clauses[i + 1])):
            found[i] = WISH
    onward = any(k == WISH and re.search(lexicon.CONTINUITY, normalize(c)) for k, c in zip(found, clauses, strict=True))
    return found if WISH in found and not onward else [OTHER if kind == PAST else kind for kind in found]


def wishes_to_transmit(clauses: list[str]) -> bool:
    """Does a clause (not a denied one: those are not in ``said``) say a wish to pass a trade on?"""
    return any(re.search(lexicon.TRANSMIT, normalize(clause)) for clause in clauses)
