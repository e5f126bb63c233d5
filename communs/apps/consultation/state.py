"""A drug's state over a transcript (its mentions, the decisions said of it, its posology) and the status it ends
with, last decision said wins."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from communs.apps.consultation.mentions import Mention, Sentence
from communs.apps.consultation.model import Evidence
from communs.apps.consultation.posology import Posology

POSITIVE = ("new", "continue", "modify", "switch", "current")
NEGATIVE = ("stop", "negative", "negation", "deferred")


@dataclass
class DrugState:
    identity: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    events: list[tuple[str, int, str | None]] = field(default_factory=list)  # (kind, sentence, speaker)
    strength: tuple[float, str] | None = None
    strength_uncertain: str | None = None
    combination: str | None = None  # "49/51 mg", as said
    unit_corrected: str | None = None
    quantity: str | None = None
    times_per_day: int | None = None
    frequency: str | None = None
    moments: list[str] = field(default_factory=list)
    as_needed: bool = False
    non_daily: bool = False
    single_dose: bool = False
    max_per_day: float | None = None
    duration: str | None = None
    route: str | None = None
    evidence: Evidence | None = None
    first_sentence: int = 0
    doubtful: set[int] = field(default_factory=set)  # sentences whose decision the rules are unsure of
    self_medicated: bool = False  # the patient says they took it on their own ("acheté en pharmacie")
    own_supply: bool = False  # the clinician points to the patient's own supply ("vous en avez à la maison")
    past_use: bool = False  # the patient took it before today ("j'avais pris", "on l'avait arrêté")
    units: float | None = None  # units of the strength taken at once, when said right after it
    others: bool = False  # named as another person's treatment ("ma fille prend du Kestin")
    told: set[int] = field(default_factory=set)  # sentences where "vous prenez …" may tell what is taken
    kin_own: bool = False  # a relative's own treatment, said in the first person under a relative's label
    no_more: set[int] = field(default_factory=set)  # sentences saying "plus de X": no more of it, a stop
    ended: int | None = None  # the sentence telling it was stopped before today ("il l'a arrêté il y a un an")


def final_status(state: DrugState) -> str:
    if not state.events:
        return "discussed"
    if state.ended is not None and not any(k in POSITIVE for k, i, _ in state.events if i > state.ended):
        return "discussed"  # stopped before today (by the patient, another doctor), and not taken up again
    if state.kin_own and not any(k in ("new", "switch", "modify") for k, _, _ in state.events):
        return "discussed"  # "Mère : je prends du X, c'est compatible ? — oui, continuez": not the patient's
    kind, index, speaker = state.events[-1]
    earlier = state.events[:-1]
    if kind in NEGATIVE:
        # the patient refuses, unless the clinician stops it (the patient then only says it back: "j'arrête")
        clinician_stop = any(s != "patient" and k == "stop" for k, _, s in state.events)
        # "— je vous mets du X — je n'en veux pas"; "donc plus de X", said by the patient, is no refusal
        # (a read-back of what the clinician said of the drug)
        read_back = any(s != "patient" for _, _, s in state.events)
        refusals = [
            k for k, i, s in state.events if s == "patient" and k in NEGATIVE and not (i in state.no_more and read_back)
        ]
        if refusals and not clinician_stop:
            return "refused"
        taken = {k for k, _, _ in earlier if k in POSITIVE}
        # the patient's own or past use, which the clinician discourages or rules out, is not prescribed; one in use
        # now (bought, borrowed) that the clinician stops in words is stopped (sets g, h, i, k; d and f disagree),
        # even when a refusal said after it ("… et pas de X") only repeats the stop
        stopped_now = _clinician_stop(state)
        if taken <= {"current"} and (state.self_medicated or (state.past_use and not taken)) and not stopped_now:
            return "discussed"
        if taken == {"new"} and "stop" not in {k for k, _, _ in state.events}:
            return "discussed"  # announced, then withdrawn in the same visit ("… bon, on oublie le X")
        if kind == "stop" or taken or clinician_stop:
            return "stopped"  # "on arrête le X … — donc plus de X": the stop said back stays a stop
        return "discussed"
    positives = [k for k, _, _ in earlier if k in POSITIVE]
    since = [k for k, _, _ in state.events[_last_negative(state) + 1 :]]
    first_new = next((i for k, i, _ in state.events if k == "new"), None)
    # "vous prenez le Seroplex 10 … on monte à 15": the first "new" only told what is taken, then changed
    if kind in ("modify", "switch") and first_new in state.told and positives[0] == "new":
        positives = [k for k in positives if k != "new"] or ["current"]
    if kind in ("modify", "switch", "continue") and positives and positives[0] == "new" and "new" in since:
        return "new"  # prescribed in this consultation, then corrected ("non finalement on passe à 75")
    # "on passe à 70 mg de méthadone … on reste sur la méthadone": the change stands
    switched = "switch" in since and _changed_dose(state)
    if kind == "modify" or (kind == "continue" and ("modify" in since or switched)):
        return "modified"  # "on augmente la Lantus à 20 … on garde la Lantus": the change stands
    if kind == "switch":  # "on passe au Levothyrox 88" for what the patient takes; the new drug of a switch
        mentioned_before = any(m.sentence < index for m in state.mentions)
        return "modified" if mentioned_before or any(k != "switch" for k in positives) else "new"
    if kind == "current" and state.others and all(k == "current" for k, _, _ in earlier):
        return "discussed"  # "ma mère dit de lui donner du X": another person's treatment or advice, told
    if kind == "current" and state.self_medicated and all(k == "current" for k, _, _ in earlier):
        return "discussed"  # bought or borrowed by the patient, never endorsed by the doctor
    if kind in ("continue", "current"):
        return "continued"
    if (state.own_supply or _advice(state)) and all(k == "new" for k, _, _ in state.events):
        return "discussed"  # "du Doliprane si fièvre, vous en avez à la maison": no prescription
    return "new"


ANALGESICS = ("N02B",)  # paracetamol and the like, which patients have at hand


def _advice(state: DrugState) -> bool:
    """ "prenez plutôt du paracétamol": an over-the-counter analgesic advised with no posology at all."""
    said = (state.strength, state.strength_uncertain, state.quantity, state.times_per_day, state.max_per_day)
    otc = (state.mentions[0].drug.atc or "").startswith(ANALGESICS) if state.mentions else False
    # "si besoin" is a posology (the dev set's c09 prescribes "du paracétamol si besoin"; set h does not)
    schedule = state.frequency or state.as_needed or state.duration or state.non_daily
    return otc and not any(said) and not schedule


def _last_negative(state: DrugState) -> int:
    return max((i for i, (k, _, _) in enumerate(state.events) if k in NEGATIVE), default=-1)


def says_less(p: Posology, state: DrugState) -> bool:
    """A restatement that counts nothing ("Ventoline si besoin", "trois fois chacun") of a drug whose count was said
    before, on the same footing (as needed or scheduled): it keeps that count rather than erase it."""
    if p.times_per_day or p.max_per_day or p.non_daily or state.non_daily:
        return False
    if p.as_needed and not state.as_needed:
        # "trois fois par jour au maximum — donc le Doliprane si douleur": as needed, up to the ceiling said before
        return bool(state.max_per_day)
    if p.as_needed != state.as_needed:
        return False
    return bool(state.max_per_day if p.as_needed else state.times_per_day)


def denied(state: DrugState, sentence: Sentence, asked: Sentence, p: Posology) -> bool:
    """A bare "non" (no posology, no "mais") from the other side answering the question that asked whether the
    drug is taken."""
    words = [t.norm for t in sentence.tokens]
    return (
        asked.question
        and sentence.turn != asked.turn
        and words[:1] == ["non"]
        and "mais" not in words
        and not (p.times_per_day or p.quantity or p.strength or p.moments or p.frequency)
        and bool(state.events)
        and state.events[-1][:2] == ("current", asked.index)
    )


def _clinician_stop(state: DrugState) -> bool:
    return any(k == "stop" and s != "patient" for k, _, s in state.events)


OVER = {"termine", "terminee", "fini", "finie"}


def over(state: DrugState, decision: str, sentence: Sentence) -> None:
    """ "— j'avais eu du Monuril — c'est terminé": a stop said of a past course, first thing said of it, tells it
    is over (before today), not a stop decided now."""
    words = [t.norm for t in sentence.tokens]
    if decision == "stop" and state.past_use and not state.events and "est" in words and OVER & set(words):
        state.ended = sentence.index


def told(toks: list, cue: Any) -> bool:
    """ "vous prenez", "vous preniez": the second person's present or imperfect of "prendre", which a clinician says
    to prescribe as much as to tell what the patient takes."""
    k = cue.first - 1
    while k >= 0 and toks[k].norm in ("le", "la", "l", "les", "en"):
        k -= 1
    return cue.kind == "new" and toks[cue.first].norm in ("prenez", "preniez") and k >= 0 and toks[k].norm == "vous"


def _changed_dose(state: DrugState) -> bool:
    """A switch said of a drug named before it, the drug itself kept: a change of its dose."""
    first = next(i for k, i, _ in state.events if k == "switch")
    return any(m.sentence < first for m in state.mentions)
