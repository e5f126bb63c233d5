"""What the words around a decision say of it: a stop someone else made before today, a decision the speaker takes
back, a taper that ends in a stop, a question asked for later."""

from __future__ import annotations

from communs.apps.consultation.clauses import CLITICS

DECREASE = ("diminu", "baiss", "redui", "descend", "degress", "progressiv", "sevr")
CHECK = {
    "voir", "savoir", "regarder", "verifier", "evaluer", "juger", "demander", "decider", "demande", "demandais",
    "demandait", "demandez", "sais", "sait", "savez", "verra", "verrons", "verrez", "deciderons", "decidera",
}  # fmt: skip
BEFORE_PARTICIPLE = {"deja", "bien", "tout", "aussi", "vraiment"}  # "il l'a déjà arrêté"


PRESENT_AUXILIARY = {"a", "ai", "as", "avons", "avez", "ont"}
PEOPLE = {"me", "m", "lui", "leur", "te", "t", "vous"}


def stopped_by_another(words: list[str], i: int) -> bool:
    """ "on me l'a arrêté", "il l'a arrêté tout seul", "le cardiologue a arrêté …": a stop in the compound past said
    of someone else's decision (a third person, or done to the speaker), not the clinician's "j'ai arrêté"."""
    j = i - 1
    while j >= 0 and words[j] in BEFORE_PARTICIPLE:
        j -= 1
    if j < 0 or words[j] not in PRESENT_AUXILIARY:
        return False
    j -= 1
    clitics = []
    while j >= 0 and words[j] in CLITICS | {"ne", "n"}:
        clitics.append(words[j])
        j -= 1
    subject = words[j] if j >= 0 else ""
    if subject in ("je", "j", "nous"):
        return False
    return subject != "on" or bool(PEOPLE & set(clitics))


CORRECTIONS = [["pardon"], ["non", "plutot"], ["je", "me", "trompe"], ["je", "corrige"], ["enfin", "non"]]


def corrected(words: list[str], start: int, end: int) -> bool:
    """A self-correction said between two decisions: the later one replaces the earlier."""
    between = words[start:end]
    return any(between[k : k + len(c)] == c for c in CORRECTIONS for k in range(len(between)))


def tapered(words: list[str], first: int) -> bool:
    """ "on diminue puis on arrête", "je baisse et ensuite j'arrête": a stop after a decrease ends a taper (the drug
    is stopped), unlike the end of a course said after a duration ("pendant six jours, puis on arrête")."""
    return any(w.startswith(DECREASE) for w in words[max(0, first - 8) : first])


def indirect_question(words: list[str], ids: list[int], i: int) -> bool:
    """Token ``i`` is in a clause opened by "si" after a verb of checking ("pour voir si on peut baisser", "on
    décidera si on l'arrête"): the question asked, not the answer."""
    start = next(k for k, c in enumerate(ids) if c == ids[i])
    if start > 0 and words[start] in ("si", "s") and words[start - 1] in CHECK:
        return True
    # "je me demandais s'il fallait l'arrêter": one clause for the verb of asking and its question
    k = next((k for k in range(start, i) if words[k] in ("si", "s") and k and words[k - 1] in CHECK), None)
    return k is not None and ids[k] == ids[i]
