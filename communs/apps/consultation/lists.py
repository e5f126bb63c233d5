"""A decision said of a list of drugs: "le Kardégic et l'amlodipine, vous les continuez", "le Forlax le Mopral et
le Seroplex on continue pareil", "on arrête le Skenan et l'Actiskenan". The cue attaches to the drug next to it;
the drugs listed with it (nothing between them but articles, "et", and their strengths) share it.
"""

from __future__ import annotations

from communs.apps.consultation.mentions import Sentence
from communs.apps.consultation.normalize import Token
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.posology import Posology, read_posology
from communs.apps.consultation.status import Cue

GLUE = {"et", "le", "la", "l", "les", "du", "de", "d", "des", "aussi", "ainsi", "que", "puis", "votre", "vos", "son"}
GLUE |= {"gel", "creme", "pommade", "lotion", "collyre", "sirop", "spray"}  # "la Tolexine et le gel Differine"
UNITS = {
    "mg", "milligramme", "milligrammes", "µg", "microgramme", "microgrammes", "g", "gramme", "grammes", "ui",
    "unites", "ml", "lp",
}  # fmt: skip
# a posology between the drugs: a list of prescriptions, which shares a decision only when it says so ("les deux")
SCHEDULE = {
    "matin", "midi", "soir", "coucher", "au", "a", "un", "une", "comprime", "comprimes", "sachet", "sachets",
    "gelule", "gelules",
}  # fmt: skip
PLURAL = {"les", "deux", "tous", "toutes", "trois", "quatre"}  # "vous les continuez", "on continue les deux"
NUMBERS = {"deux", "trois", "quatre"}
SHARED = {"stop", "continue", "modify", "new", "negative", "deferred"}
# "on arrête le Xarelto et l'Eliquis à la place": the drug listed after is the replacement
REPLACING = {"place", "lieu", "plutot", "remplacement", "remplace"}
# a drug right before one of these verbs is their subject ("on arrête l'Imodium le Tiorfan suffit"): a new clause
SUBJECT_OF = {
    "suffit", "suffira", "marche", "fonctionne", "agit", "aide", "soulage", "convient", "est", "sera", "va", "fait",
    "remplace", "prend", "couvre", "protege",
}  # fmt: skip


def listed(toks: list[Token], start: int, end: int, schedule: bool = True) -> bool:
    """Only articles, "et", numbers, units and (with ``schedule``) moments and counts in tokens ``start``..``end``."""
    glue = GLUE | UNITS | (SCHEDULE if schedule else set())
    i = start
    while i < end:
        number = read_number(toks, i)
        if number is not None:
            i = number[1]
            continue
        if toks[i].norm not in glue:
            return False
        i += 1
    return True


def spread(toks: list[Token], positions: list[tuple[int, int]], attached: list[list[Cue]]) -> list[list[Cue]]:
    """Each cluster's cues, with the cues of a drug it is listed with when it has none of its own."""
    out = [list(own) for own in attached]
    words = [t.norm for t in toks]
    for k, own in enumerate(attached):
        for cue in own:
            # "arrêt du Bactrim et du Rovalcyte": a stop said as a noun reaches the drugs listed after its own
            if cue.kind not in SHARED or (cue.reach is not None and not cue.named):
                continue
            step = -1 if cue.first >= positions[k][1] else 1
            if step == 1 and REPLACING & set(words[positions[k][1] :]):
                continue
            # "vous les continuez", "on continue les deux": plural, said of every drug listed; otherwise a stop is
            # said of its own drug ("Kardégic 75 le midi, …, et Lovenox, c'est terminé") and a decision is shared
            # only by names listed bare ("le Forlax le Mopral et le Seroplex on continue")
            plural = _plural(words, cue)
            if cue.kind in ("stop", "negative", "deferred") and step == -1 and not plural:
                continue
            j = k + step
            while 0 <= j < len(positions) and (not attached[j] or _same_refusal(cue, attached[j], positions[j])):
                a, b = (j, j + 1) if step == -1 else (j - 1, j)
                if not listed(toks, positions[a][1], positions[b][0], schedule=plural):
                    break
                if cue.named and words[positions[b][0] - 1 : positions[b][0]] not in (["du"], ["de"], ["d"], ["des"]):
                    break  # "arrêt du Calcidia, Fosrénol 1000 mg": only "arrêt du A et du B" is a list of stops
                if cue.kind in REFUSALS and step == 1 and _own_item(toks, positions, a, b):
                    break  # "stop Forlax, Moventig 25 le matin": a read-back's next item, with its own posology
                verb = words[positions[j][1]] if positions[j][1] < len(words) else ""
                if verb in SUBJECT_OF or (len(verb) > 4 and verb.endswith("ra")):  # "l'Ozempic prendra le relais"
                    break
                out[j].append(cue)
                j += step
    for j in range(1, len(positions)):
        # "le Diamicron on l'arrête et le Januvia aussi": the decision said of the drug before
        if not out[j] and words[positions[j][1] : positions[j][1] + 1] in (["aussi"], ["egalement"]):
            out[j] = [c for c in out[j - 1] if c.kind in SHARED]
    return out


def share_schedule(
    p: Posology, toks: list[Token], positions: list[tuple[int, int]], k: int, sentence: Sentence
) -> None:
    """ "le Coversyl 5 mg et l'amlodipine 5 mg tous les matins": a daily schedule said after the last drug of a
    list is each one's (an as-needed one is not: "le Kardégic et le Doliprane si besoin")."""
    end = positions[k + 1][0] if k + 1 < len(positions) else len(toks)
    after = read_posology(toks, positions[k][1], end, sentence.text, sentence.start)
    if after.times_per_day and not after.as_needed and not after.non_daily:
        p.times_per_day, p.frequency, p.moments = after.times_per_day, after.frequency, after.moments


def lead_schedule(p: Posology, toks: list[Token], positions: list[tuple[int, int]], sentence: Sentence) -> None:
    """ "le matin il a la metformine, le Kardégic et l'Amlor": a moment said before a list of drugs, and nothing
    else of a posology, is the schedule of each one that says none of its own."""
    head = read_posology(toks, 0, positions[0][0], sentence.text, sentence.start)
    if head.times_per_day == 1 and head.moments and not (head.as_needed or head.strength or head.quantity):
        p.times_per_day, p.frequency, p.moments = head.times_per_day, head.frequency, head.moments


REFUSALS = {"stop", "negative"}


def _same_refusal(cue: Cue, own: list[Cue], position: tuple[int, int]) -> bool:
    """ "on arrête le Bactrim et le Rovalcyte, vous n'en prenez plus": the drug's own cues, all after it, refuse it as
    the shared stop does."""
    return cue.kind in REFUSALS and all(c.kind in REFUSALS and c.first >= position[1] for c in own)


COORDINATION = {"et", "ni", "ou"}


def _own_item(toks: list[Token], positions: list[tuple[int, int]], a: int, b: int) -> bool:
    """Drug ``b`` follows drug ``a`` with no "et" or "ni" between them and a number right after its name: an item of
    its own in a list read back, not one more drug stopped ("on arrête le X, le Y et le Z")."""
    between = {t.norm for t in toks[positions[a][1] : positions[b][0]]}
    return not between & COORDINATION and read_number(toks, positions[b][1]) is not None


def _plural(words: list[str], cue: Cue) -> bool:
    start = max(0, cue.first - 2)
    for k, word in enumerate(words[start : cue.last + 2], start):
        # "les deux", "tous les trois"; "vous le gardez, deux bouffées": a count, not the drugs
        if word in PLURAL and (word not in NUMBERS or (k and words[k - 1] in ("les", "tous", "toutes", "ces"))):
            return True
    return False


def said_of_all(toks: list[Token], cues: list[Cue]) -> bool:
    """A decision in a plural ("on les arrête", "vous continuez les deux"): said of every drug just named."""
    words = [t.norm for t in toks]
    return any(c.kind in SHARED and c.anaphoric and _plural(words, c) for c in cues)
