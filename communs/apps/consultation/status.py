"""What the doctor decides about a drug, from the words around its name: new, continued, modified, or not prescribed.

Cues are token sequences. A cue applies to the drug named right after it (within a few words), else to the
drug named before it in the sentence, else, in a sentence naming no drug, to the drug last named just before
("— Et l'Imodium ? — Je préfère que vous n'en preniez pas"). Within a sentence a negative cue wins; across
sentences the last said wins. Cues in questions are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from communs.apps.consultation.normalize import Token, norm


def _cues(*phrases: str) -> list[tuple[str, ...]]:
    return [tuple(norm(p).split()) for p in phrases]


NEW = _cues(
    "je vous mets", "je vous prescris", "je vous donne", "je lui donne", "je lui mets", "je lui prescris", "on ajoute",
    "j'ajoute", "on rajoute", "on commence", "on débute", "on va mettre", "on met", "on va essayer", "on essaie",
    "on part sur", "je vous propose", "on traite", "prenez", "on introduit", "on instaure", "vous prendrez",
    "je vous conseille", "on va commencer", "on va ajouter", "je rajoute",
)  # fmt: skip
CONTINUE = _cues(
    "vous continuez", "on continue", "continuez", "vous pouvez continuer", "on garde", "vous gardez", "gardez",
    "vous la gardez", "vous le gardez", "on ne change pas", "on ne change rien", "on renouvelle", "je renouvelle",
    "on maintient", "je vous renouvelle",
)  # fmt: skip
MODIFY = _cues(
    "on augmente", "on va augmenter", "on monte", "on va monter", "on le monte", "on la monte", "on diminue",
    "on le diminue", "on la diminue", "on va diminuer", "on baisse", "on réduit", "vous passez à", "on passe à",
    "on passe de", "on espace", "on va espacer", "on adapte", "on double",
    "on modifie",
)  # fmt: skip
SWITCH = _cues("vous passez à", "on passe à", "on va passer à", "je vous passe à", "on change", "on remplace")
STOP = _cues(
    "on arrête", "arrêtez", "vous pouvez arrêter", "on l'arrête", "on les arrête", "on va arrêter", "j'arrête",
    "on supprime", "on enlève", "stoppez",
)  # fmt: skip
NEGATIVE = _cues(
    "on oublie", "ne prenez pas", "n'en prenez pas", "n'en preniez pas", "ne la prenez pas", "ne le prenez pas",
    "surtout pas", "je ne vous prescris pas", "on n'en met pas", "on n'en a pas besoin", "pas besoin",
    "mais pas aujourd'hui", "je préfère pas", "je ne préfère pas", "évitez", "on évite", "pas sur",
    "je n'en veux pas", "on ne met pas", "on ne le met pas", "vous n'en voulez pas",
)  # fmt: skip
NEGATION_OF_NEXT = _cues("pas de", "pas d'", "ni de", "ni d'", "sans")
CURRENT = _cues(
    "je prends", "j'ai toujours", "j'ai mon", "j'ai ma", "je suis sous", "j'ai le", "j'ai la", "j'avais pris",
    "je prenais", "j'ai l'", "je suis sous",
)  # fmt: skip
KINDS = [
    ("stop", STOP), ("negative", NEGATIVE), ("modify", MODIFY), ("switch", SWITCH), ("continue", CONTINUE),
    ("new", NEW), ("current", CURRENT),
]  # fmt: skip
PRONOUNS = {"le", "la", "l", "en", "les"}
FOLLOW_WINDOW = 6


@dataclass
class Cue:
    kind: str  # stop, negative, modify, switch, continue, new, current, negation
    first: int
    last: int
    anaphoric: bool  # carries an object pronoun ("on l'arrête", "n'en prenez pas") or has no object after it


def find_cues(toks: list[Token]) -> list[Cue]:
    words = [t.norm for t in toks]
    found: list[Cue] = []
    taken: set[int] = set()
    for kind, cues in KINDS:
        for cue in sorted(cues, key=len, reverse=True):
            for i in range(len(words) - len(cue) + 1):
                if tuple(words[i : i + len(cue)]) == cue and not taken & set(range(i, i + len(cue))):
                    taken |= set(range(i, i + len(cue)))
                    found.append(Cue(kind, i, i + len(cue), bool(PRONOUNS & set(cue))))
    for cue in NEGATION_OF_NEXT:
        for i in range(len(words) - len(cue) + 1):
            if tuple(words[i : i + len(cue)]) == cue and i not in taken:
                # "pas plus de", "pas de sang": only a negation when a drug comes right after
                found.append(Cue("negation", i, i + len(cue), False))
    return sorted(found, key=lambda c: c.first)


def attach(cue: Cue, mention_positions: list[tuple[int, int]]) -> int | None:
    """Index (in ``mention_positions``, token spans in the sentence) of the mention a cue applies to."""
    following = [k for k, (first, _) in enumerate(mention_positions) if first >= cue.last]
    if cue.kind in ("negation", "switch"):  # "pas d'aspirine", "je vous passe à l'Eliquis": what comes next
        limit = 2 if cue.kind == "negation" else FOLLOW_WINDOW
        if following and mention_positions[following[0]][0] - cue.last <= limit:
            return following[0]
        return None
    if following and mention_positions[following[0]][0] - cue.last <= FOLLOW_WINDOW and not cue.anaphoric:
        return following[0]
    preceding = [k for k, (_, last) in enumerate(mention_positions) if last <= cue.first]
    if preceding:
        return preceding[-1]
    if following and mention_positions[following[0]][0] - cue.last <= FOLLOW_WINDOW:
        return following[0]
    return None
