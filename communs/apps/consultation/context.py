"""What the words around a decision say of it: a stop someone else made before today, a decision the speaker takes
back, a taper that ends in a stop, a question asked for later."""

from __future__ import annotations

from communs.apps.consultation.clauses import CLITICS
from communs.apps.consultation.numbers import read_number

DECREASE = ("diminu", "baiss", "redui", "descend", "degress", "progressiv", "sevr")
CHECK = {
    "voir", "savoir", "regarder", "verifier", "evaluer", "juger", "demander", "decider", "demande", "demandais",
    "demandait", "demandez", "sais", "sait", "savez", "verra", "verrons", "verrez", "deciderons", "decidera",
}  # fmt: skip
ADVERBS = {"bien", "tout", "aussi", "donc", "alors", "vraiment", "surtout", "aussitot", "desormais"}
PLUPERFECT = {"avait", "avais", "avaient", "aviez", "avions"}
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


def granted(words: list[str], i: int) -> bool:
    """ "— et le Tiorfan ? — oui, on peut ajouter le Tiorfan, un sachet trois fois par jour": a "yes" opening the
    answer grants what was asked, unless the choice is left to the patient ("si vous voulez")."""
    wish = any(words[k : k + 2] == ["si", "vous"] for k in range(i, len(words)))
    return bool(words) and words[0] in ("oui", "bien") and not wish


def pluperfect(words: list[str], i: int) -> bool:
    """ "on l'avait arrêté", "il avait été suspendu": a participle after a pluperfect auxiliary."""
    j = i - 1
    while j >= 0 and words[j] in ADVERBS | {"deja", "ete"}:
        j -= 1
    return j >= 0 and words[j] in PLUPERFECT


def since(words: list[str], k: int) -> bool:
    """ "… depuis longtemps", "… il y a deux ans" right after a stop: it happened before today."""
    after = words[k : k + 5]
    return "depuis" in after[:3] or any(after[n : n + 3] == ["il", "y", "a"] for n in range(3))


def ongoing(words: list[str], k: int) -> bool:
    """ "… depuis des années" (not "il y a", not "pendant") after an imperfect: a use that lasts up to today."""
    after = words[k : k + 8]
    return (
        "depuis" in after and "pendant" not in after and not any(after[n : n + 3] == ["il", "y", "a"] for n in range(6))
    )


AUXILIARY = {"a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient"}
ADVICE = {"dit", "conseille", "conseillee", "recommande", "recommandee", "propose", "proposee", "suggere"}


def hearsay(words: list[str], i: int) -> bool:
    """The infinitive at ``i`` is advice the speaker was given by someone else ("ma mère m'a dit de mettre",
    "on m'a conseillé d'en prendre"): "me" + auxiliary + a verb of saying + "de"."""
    j = i - 1
    while j >= 0 and words[j] in CLITICS - {"me", "m"}:
        j -= 1
    if j < 0 or words[j] not in ("de", "d"):
        return False
    if j >= 2 and words[j - 1] in ADVICE and words[j - 2] in ("m", "me", "nous"):
        return True  # "ma mère me dit de lui donner …", in the present
    return j >= 3 and words[j - 1] in ADVICE and words[j - 2] in AUXILIARY and words[j - 3] in ("m", "me", "nous")


LATER_UNITS = {"semaine", "semaines", "mois"}
START = ("commenc", "debut", "demarr")
DECIDING = {"on", "je", "j", "nous"}
ONLY = {"seulement", "que", "qu", "uniquement", "juste"}


def starts_later(toks: list, k: int) -> int | None:
    """ "à commencer dans deux semaines", "vous le débuterez dans un mois": the end of a start put weeks ahead
    after the start verb ending at ``k``, or None (a start in days is part of today's prescription)."""
    while k < len(toks) and toks[k].norm in ONLY:
        k += 1  # "vous la commencerez seulement dans deux semaines", "vous ne la commencerez que dans un mois"
    if k >= len(toks) or toks[k].norm != "dans":
        return None
    number = read_number(toks, k + 1)
    if number is None or number[1] >= len(toks) or toks[number[1]].norm not in LATER_UNITS:
        return None
    return number[1] + 1


def later_starts(toks: list) -> list[tuple[int, int]]:
    """Start verbs put weeks ahead ("à commencer dans deux semaines"), or a start point weeks ahead ("à partir de
    douze semaines", "à partir du sixième mois"), with the end of their time phrase."""
    out = []
    for i, tok in enumerate(toks):
        end = starts_later(toks, i + 1) if tok.norm.startswith(START) else None
        if end is None and tok.norm == "partir" and i and toks[i - 1].norm == "a":
            end = _weeks_ahead(toks, i + 1)
            # said after the prescription it times; "à partir du sixième mois, le X est interdit" opens a clause
            if end is not None and end < len(toks) and toks[end].norm not in AND:
                end = None
        if end is not None:
            out.append((i, end))
    return out


ORDINAL = ("ieme", "eme")
AND = {"et", "puis", "mais"}


def _weeks_ahead(toks: list, k: int) -> int | None:
    """ "(à partir) de 12 semaines", "du troisième mois", "de la vingtième semaine": a point weeks or months ahead
    (a pregnancy's term, a child's age); "à partir de demain" or "de ce soir" is today's prescription."""
    words = [t.norm for t in toks]
    if words[k : k + 1] not in (["de"], ["du"], ["d"]):
        return None
    k += 2 if words[k + 1 : k + 2] in (["la"], ["le"]) else 1
    number = read_number(toks, k)
    end = number[1] if number else k + 1 if k < len(words) and words[k].endswith(ORDINAL) else None
    return end + 1 if end is not None and end < len(words) and words[end] in LATER_UNITS else None


COURSE_UNITS = {"jours", "jour", "semaine", "semaines", "mois"}
DETERMINER = {"le", "la", "l", "les", "un", "une", "votre", "vos", "ce", "cette", "ces", "mon", "ma", "mes"}


def held_back(toks: list, ids: list[int], kind: str, first: int, last: int, verbs: dict[str, str]) -> str | None:
    """What a cue really is when it only looks like a decision: a plan ("deferred") when kept "en réserve", for a
    start put weeks ahead, under the speaker's own "si" ("si on commence le Grazax, ce sera en octobre") or as a
    goal ("revoir son médecin pour reprendre le Lasilix"); nothing ("ignored") for a stop at the end of a course
    ("on arrête le Casodex après quatre semaines") or "pas sur la peau" (not "pas sûr"); the decision of the
    infinitive after "commencer à" ("on commence à diminuer le Xanax": a change)."""
    words = [t.norm for t in toks]
    after = words[last : last + 6]
    if kind == "new" and words[last - 1].startswith("commen") and after[:1] in (["a"], ["de"], ["d"]):
        return verbs.get(after[1], "ignored") if len(after) > 1 and after[1] in verbs else None
    if kind == "continue":
        return "deferred" if any(after[n : n + 2] == ["en", "reserve"] for n in range(4)) else None
    if kind == "stop":
        k = next((n for n, w in enumerate(after) if w == "apres"), None)
        number = read_number(toks, last + k + 1) if k is not None else None
        ends = number is not None and number[1] < len(toks) and words[number[1]] in COURSE_UNITS
        return "ignored" if ends else None
    if kind == "negative" and words[first:last] == ["pas", "sur"]:
        # "pas sur la peau" (not "pas sûr"); "pas sur l'ordonnance" still says it is not prescribed
        det = words[last : last + 1] and words[last] in DETERMINER
        return "ignored" if det and words[last + 1 : last + 2] != ["ordonnance"] else None
    if kind != "new":
        return None
    if starts_later(toks, last) is not None:
        return "deferred"
    j = first if words[first] in DECIDING else first - 1  # "on commence", a phrase with its subject
    while j >= 0 and words[j] in CLITICS and words[j] not in ("vous", "nous"):
        j -= 1
    if j >= 1 and words[j] in DECIDING and words[j - 1] in ("si", "s") and ids[j - 1] == ids[first]:
        return "deferred"
    # "pour reprendre le Lasilix": an infinitive of purpose that names its object
    purpose = (
        j >= 0
        and words[j] == "pour"
        and words[first].endswith(("er", "ir", "re"))
        and words[last : last + 1] in (["le"], ["la"], ["l"], ["les"], ["du"], ["de"], ["des"])
    )
    return "deferred" if purpose else None


TIME_UNITS = {"jour", "jours", "semaine", "semaines", "mois", "an", "heure", "heures", "nuit"}


def replacement(words: list[str], i: int) -> int | None:
    """The "par" (or "pour") of "remplacer A par B" after the verb at ``i``; "changez le patch deux fois par
    semaine" says a rhythm, not a replacement."""
    for k in range(i + 1, min(len(words), i + 6)):
        if words[k] in ("par", "pour") and words[k + 1 : k + 2] not in ([u] for u in TIME_UNITS):
            return k
    return None


PAST_WISH = {"voulait", "voulais", "voulaient", "pensait", "pensaient", "devait", "devaient", "proposait"}


def past_wish(words: list[str], i: int) -> bool:
    """ "il voulait me passer à la méthadone": a verb governed by a wish or a plan in the imperfect, never done."""
    j = i - 1
    while j >= 0 and (words[j] in CLITICS or words[j] in ADVERBS):
        j -= 1
    return j >= 0 and words[j] in PAST_WISH


WEIGHT = {"kilo", "kilos", "kg", "poids", "livres", "gramme", "grammes"}


def not_a_verb(words: list[str], i: int) -> bool:
    """A decision word used otherwise: a noun after "de" ("le médecin de garde"), or "prendre" whose object is body
    weight ("ça m'a fait prendre dix kilos", "prendre du poids")."""
    if words[i] == "garde" and i and words[i - 1] == "de":
        return True
    return words[i].startswith("pren") and bool(WEIGHT & set(words[i + 1 : i + 4]))
