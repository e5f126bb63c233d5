"""The grammar around a decision verb, read on normalised words: its subject, the clitic pronoun that names its
object, a wish or an offer that governs it, a condition or a plan for later, the end of its clause."""

from __future__ import annotations

from communs.apps.consultation.clauses import put_off
from communs.apps.consultation.cue_words import (
    ARTICLE_BEFORE,
    AUXILIARY,
    BOTH,
    CLITIC_RUN,
    END_OF_COURSE,
    INFINITIVE,
    INTENTION,
    MANNER,
    NAMING,
    PRONOUNS,
    SUBJECTS,
)
from communs.apps.consultation.normalize import Token


def object_pronoun(words: list[str], first: int, last: int, ids: list[int]) -> bool:
    """A clitic right before the verb ("on l'arrête", "je vous le prescris"), or after it at the end of its clause
    ("arrêtez-le"): after the verb and before more words, "le" is an article ("reprendre le Séresta")."""
    if clitic_before(words, first, ids):
        return True
    if last >= len(words) or words[last] not in PRONOUNS:
        return False
    # "arrêtez-le", "on pourra en discuter": the pronoun ends the clause or an infinitive follows it
    return last + 1 == len(words) or ids[last + 1] != ids[last] or words[last + 1].endswith(INFINITIVE)


def clause_ends(words: list[str], ids: list[int], first: int, last: int) -> bool:
    """Nothing but adverbs ("complètement", "tout de suite", "dès ce soir") after ``last`` in the clause of the
    words from ``first``."""
    for k in range(last, len(words)):
        if ids[k] != ids[first]:
            return True
        if words[k] not in MANNER and not (words[k].endswith("ment") and len(words[k]) > 6):
            return False
    return True


def first_person_wish(words: list[str], i: int) -> bool:
    """The verb at ``i`` is an infinitive governed by a first-person wish ("je voudrais prendre", "est-ce que je
    peux en prendre", "je pensais le garder"): what the speaker wants, not a decision."""
    j = i - 1
    while j >= 0 and words[j] in CLITIC_RUN - {"je", "j", "vous", "nous"}:
        j -= 1
    while j >= 0 and words[j] in ("bien", "plutot", "justement", "pas"):
        j -= 1
    return j >= 1 and words[j] in INTENTION and words[j - 1] in ("je", "j")


def subject_of(words: list[str], i: int) -> str:
    """The word before the clitics in front of the verb at ``i`` ("on ne la donne": "on")."""
    j = i - 1
    while j >= 0 and words[j] in CLITIC_RUN | {"ne", "n"}:
        j -= 1
    return words[j] if j >= 0 else ""


def clitic_before(words: list[str], first: int, ids: list[int]) -> bool:
    """An object pronoun in the clitics right before token ``first`` ("on l'arrête", "vous ne l'arrêtez pas")."""
    j = first - 1
    if j >= 1 and words[j] in AUXILIARY and ids[j] == ids[first]:
        j -= 1  # "le cardiologue l'a arrêté", "je l'ai arrêté": the clitic before the auxiliary
    while j >= 0 and words[j] in CLITIC_RUN and ids[j] == ids[first]:
        # "de la Ventoline" is an article; "essayez de l'éviter", right before an infinitive, a pronoun
        infinitive = j == first - 1 and words[first].endswith(INFINITIVE)
        if words[j] in PRONOUNS and (j == 0 or words[j - 1] not in ARTICLE_BEFORE or infinitive):
            return True
        j -= 1
    return False


def person_object(words: list[str], i: int) -> bool:
    """ "je vous arrête cinq jours", "on lui arrête": a person right before the verb and no drug pronoun."""
    j = i - 1
    clitics = []
    while j >= 0 and words[j] in CLITIC_RUN:
        clitics.append(words[j])
        j -= 1
    after = words[i + 1] if i + 1 < len(words) else ""
    person = bool(clitics) and clitics[0] in ("vous", "lui", "te", "m") and not PRONOUNS & set(clitics)
    return person and j >= 0 and words[j] in ("je", "j", "on") and after not in NAMING


def offered(words: list[str], i: int) -> bool:
    """ "je peux vous en prescrire", "on peut mettre": the doctor offers (the patient decides)."""
    j = i - 1
    while j >= 0 and words[j] in {"vous", "lui", "le", "la", "l", "les", "en", "y", "leur"}:
        j -= 1
    return j >= 1 and words[j] in ("peux", "peut") and words[j - 1] in ("je", "j", "on")


def governed_infinitive(words: list[str], k: int) -> int | None:
    """The infinitive right after a refusal ("pas question d'en prendre", "ne pas le faire"), or None."""
    while k < len(words) and words[k] in CLITIC_RUN | {"de", "d"} - {"vous", "nous"}:
        k += 1
    return k if k < len(words) and words[k].endswith(INFINITIVE) and len(words[k]) > 3 else None


def after_course(words: list[str], first: int) -> bool:
    """ "… pendant trois jours et après c'est fini", "puis on arrête": the end of a course, not a stop."""
    j = first - 1
    if j >= 0 and words[j] in ("on", "vous", "c"):
        j -= 1
    return j >= 0 and words[j] in END_OF_COURSE


def planned(toks: list[Token], ids: list[int], first: int) -> bool:
    """An infinitive governed by a verb put off in its clause ("on essaiera d'arrêter", "on pourra diminuer")."""
    if not _ends_infinitive(toks[first].norm):
        return False
    j = first - 1
    while j >= 0 and first - j <= 4:
        if put_off(toks, j) == j + 1:
            return True  # the governing verb may end the clause before ("on pourrait | alors essayer …")
        if ids[j] != ids[first]:
            return False
        j -= 1
    return False


def _ends_infinitive(word: str) -> bool:
    return word.endswith(INFINITIVE)


def if_subject(words: list[str], i: int) -> bool:
    """The verb at ``i`` has "si" and its subject right before it ("si vous le reprenez", "s'il en prend")."""
    j = i - 1
    while j >= 0 and words[j] in (CLITIC_RUN - SUBJECTS) | {"ne", "n"}:
        j -= 1
    return j >= 1 and words[j] in SUBJECTS - {"ca"} and words[j - 1] in ("si", "s")


def both_after(words: list[str], k: int) -> bool:
    return any(words[k : k + len(both)] == both for both in BOTH)


AUX_PRESENT = {"a", "ai", "as", "avons", "avez", "ont"}
CLINICIAN = {"je", "j", "on", "nous"}


def started_before(words: list[str], i: int, gone_by: bool) -> bool:
    """A start verb in the passé composé that tells of a start before today: by someone else ("l'hôpital a ajouté",
    "vous avez commencé"), or by the clinician with a time gone by ("ça fait trois mois qu'on a commencé");
    "je vous ai prescrit", said alone, may be today's prescription."""
    j = i - 1
    while j >= 0 and words[j] in ("deja", "bien"):
        j -= 1
    if j < 1 or words[j] not in AUX_PRESENT:
        return False
    j -= 1
    run = []
    while j >= 0 and words[j] in CLITIC_RUN | SUBJECTS:
        run.append(words[j])
        j -= 1
    subject = run[-1] if run else ""
    return subject not in CLINICIAN or gone_by
