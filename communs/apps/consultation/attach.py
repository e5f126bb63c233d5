"""Which drug named in a sentence a decision cue applies to: the one after it, the one before it in its clause, or
the one its pronoun names."""

from __future__ import annotations

from communs.apps.consultation.clauses import Clauses
from communs.apps.consultation.context import ADVERBS
from communs.apps.consultation.cue_words import (
    CLITIC_RUN,
    DECIDERS,
    DETERMINERS,
    FOLLOW_WINDOW,
    INFINITIVE,
    NAMING,
    REPLACE_BY,
    REPLACE_VERBS,
    SWITCH_VERBS,
    VERB_KIND,
)
from communs.apps.consultation.status import Cue


def _to_a_dose(words: list[str], cue: Cue) -> bool:
    """ "on va monter à vingt": the clinician ("on", "je") changes a dose, said with "à" and the new value."""
    return cue.first < len(words) and words[cue.first] in DECIDERS and "a" in words[cue.last - 1 : cue.last + 1]


def _noun_after(words: list[str], k: int) -> bool:
    """A noun after the determiner at ``k`` ("de prise de sang"), not a pronoun or a verb ("d'en prendre")."""
    following = words[k + 1] if k + 1 < len(words) else ""
    return bool(following) and following not in CLITIC_RUN and not following.endswith(INFINITIVE)


def attach(
    cue: Cue, mention_positions: list[tuple[int, int]], clauses: Clauses | None = None, words: list[str] | None = None
) -> int | None:
    """Index (in ``mention_positions``, token spans in the sentence) of the mention a cue applies to.

    Within the cue's clause first; a cue with no drug in its clause reaches the drug named in the clause just before
    ("la Bévitine, vous continuez"), and one that carries a pronoun the last drug named ("on peut l'arrêter").
    """
    clauses = clauses or Clauses([0] * (max([last for _, last in mention_positions] + [cue.last]) + 1))
    ids = clauses.ids
    words = words or []
    clause = ids[cue.first]
    following = [k for k, (first, _) in enumerate(mention_positions) if first >= cue.last]
    if cue.kind == "deferred":  # a plan put off decides only about the drug in its clause, or its pronoun's
        for k, (first, _) in enumerate(mention_positions):
            if ids[first] == clause:
                return k
        preceding = [k for k, (_, last) in enumerate(mention_positions) if last <= cue.first]
        return preceding[-1] if preceding and cue.anaphoric else None
    if cue.reach is not None or cue.kind == "switch":  # "pas d'aspirine", "je vous passe à l'Eliquis"
        limit = cue.reach if cue.reach is not None else FOLLOW_WINDOW
        between = words[cue.last : mention_positions[following[0]][0]] if following and words else []
        if cue.kind == "negation" and set(between) - DETERMINERS:
            return None  # "une pilule sans œstrogène, du désogestrel": the refusal is the noun's, not the drug's
        if following and mention_positions[following[0]][0] - cue.last <= limit:
            if cue.kind != "switch" or ids[mention_positions[following[0]][0]] == clause:
                return following[0]
        return None
    near = following and mention_positions[following[0]][0] - cue.last <= FOLLOW_WINDOW
    # "remplacé par le Plavix", "je le remplace par la sitagliptine": the drug after "par" is the new one
    replaced = bool(REPLACE_BY & set(words[cue.last : mention_positions[following[0]][0]])) if near else False
    if cue.kind == "stop" and replaced:
        near = False
    # "… la Leeloo et | vous commencez l'Optilova": a verb with its own object is not about the drug before
    after = cue.last
    while after < len(words) and ids[after] == clause and (words[after].endswith("ment") or words[after] in ADVERBS):
        after += 1  # "on arrête complètement l'alcool": the adverb, then the object
    own_object = (
        after < len(words)
        and ids[after] == clause
        and words[after] in NAMING
        and words[after + 1 : after + 2] != ["ca"]  # "je n'en veux pas, de ça": the drug again
    )
    # "non, je n'en veux pas" is about the drug just named; "il faut éviter de vous exposer" is not
    anaphoric = cue.anaphoric or (cue.kind == "negative" and not near and not own_object)
    if cue.kind == "negative" and not cue.anaphoric and not near and own_object and _noun_after(words, after):
        return None  # "l'apixaban, pas besoin de prise de sang": the refusal is about the noun after it
    if near and not anaphoric and ids[mention_positions[following[0]][0]] == clause:
        return following[0]
    preceding = [k for k, (_, last) in enumerate(mention_positions) if last <= cue.first]
    same = [k for k in preceding if ids[mention_positions[k][0]] == clause]
    if same:
        return same[-1]
    # "le Seroplex, vous êtes à dix, on va monter à vingt": a change with no drug after it is the drug's before
    if preceding and (
        anaphoric
        or (clauses.joined(ids[mention_positions[preceding[-1]][0]], clause) and not own_object)
        or (cue.kind == "modify" and not following and _to_a_dose(words, cue))
    ):
        return preceding[-1]
    if near and anaphoric and "avec" in words[cue.last : mention_positions[following[0]][0]]:
        return None  # "essayez de l'éviter avec le Lexomil": the drug is the company, the pronoun the object
    # "on peut l'arrêter, vous gardez le Kardégic": a verb between the pronoun and the drug takes the drug as its own
    # object, so the pronoun names the drug said before, not this one
    verb_between = (
        anaphoric
        and bool(following)
        and any(
            w in VERB_KIND or w in SWITCH_VERBS or w in REPLACE_VERBS
            for w in words[cue.last : mention_positions[following[0]][0]]
        )
    )
    if near and (not anaphoric or not preceding) and not (anaphoric and replaced) and not verb_between:
        return following[0]  # "on continue, donc, le X"
    return None
