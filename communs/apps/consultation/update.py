"""A drug's state updated by one statement: the decision recorded (last said wins, a later instruction does not
undo what was decided), and its posology applied field by field, the strength checked against BDPM."""

from __future__ import annotations

from communs.apps.consultation.history import SELF_MEDICATION
from communs.apps.consultation.lexicon import Drug, Lexicon
from communs.apps.consultation.mentions import Sentence
from communs.apps.consultation.model import Evidence
from communs.apps.consultation.posology import Posology
from communs.apps.consultation.state import POSITIVE, DrugState, over, says_less
from communs.apps.consultation.status import Cue


def _resolve_bare(value: float, drug: Drug, lex: Lexicon) -> tuple[float, str] | None:
    """The unit of a strength said without one ("Kardégic 75"), when BDPM has exactly that value for the drug."""
    units = {unit for v, unit in lex.strengths(drug) if abs(v - value) < 1e-6}
    if len(units) == 1:
        return value, units.pop()
    if "mg" in units:
        return value, "mg"
    return None


def _unit_checked(strength: tuple[float, str], drug: Drug, lex: Lexicon, state: DrugState) -> tuple[float, str]:
    """ "Tahor 40 microgrammes" (a speech-recognition slip): BDPM has 40 mg only, so the unit is corrected, flagged."""
    known = lex.strengths(drug)
    if not known or strength in known:
        return strength
    value, unit = strength
    other = {"mg": "µg", "µg": "mg"}.get(unit)
    if other and (value, other) in known:
        state.unit_corrected = f"{value:g} {unit} → {value:g} {other}"
        return value, other
    return strength


def apply_posology(state: DrugState, p: Posology, drug: Drug, lex: Lexicon, evidence: Evidence) -> None:
    """Update the drug's posology with what this statement said (last said wins, field by field)."""
    said = False
    if p.strength is not None and not (p.strength_of_unit and p.bare_number is not None):
        state.strength, state.strength_uncertain, said = _unit_checked(p.strength, drug, lex, state), None, True
        state.combination = p.combination
    elif p.bare_number is not None:
        resolved = _resolve_bare(p.bare_number, drug, lex)
        if state.strength and abs(state.strength[0] - p.bare_number) < 1e-6:
            pass  # "on monte à 70 mg … — donc méthadone 70": the strength said again without its unit
        elif resolved:
            state.strength, state.strength_uncertain = resolved, None
        else:
            state.strength, state.strength_uncertain = None, f"{p.bare_number:g}"
        said = True
    if said:  # "500 mg, deux comprimés": two units of the strength said at once (last said wins)
        state.units = p.units if p.units and not p.strength_of_unit and not p.combination else None
    if p.quantity:
        state.quantity, said = p.quantity, True
    if p.frequency or p.times_per_day:
        if says_less(p, state):  # "— un sachet trois fois par jour — donc trois fois": the count said before stays
            state.as_needed = p.as_needed
            said = True
        else:
            state.frequency, state.times_per_day, state.moments = p.frequency, p.times_per_day, p.moments
            state.as_needed, state.max_per_day, said = p.as_needed, p.max_per_day, True
            state.non_daily, state.single_dose = p.non_daily, p.single_dose
    if p.duration:
        state.duration, said = p.duration, True
    if p.route:
        state.route = p.route
    if said:
        state.evidence = evidence


def not_again(cue: Cue) -> bool:
    """ "c'est une dose unique, vous ne la reprenez pas demain": not to be repeated, said of what was just given."""
    return cue.kind == "negative" and cue.turned and cue.resume


def record(state: DrugState, decision: str, sentence: Sentence) -> None:
    """A later "prenez-le au milieu du repas" does not turn a continued drug into a new one."""
    decided = any(k in POSITIVE and k != "current" for k, _, _ in state.events)
    if decision == "new" and any(k == "current" for k, _, _ in state.events) and not decided:
        decision = "continue"  # the doctor's instructions about what the patient already takes keep it
    elif decision == "new" and decided:
        return
    if decision == "deferred" and decided:
        return  # nor does a plan for later ("on verra dans un mois") undo what was decided
    if decision == "current" and decided and sentence.speaker == "patient":
        return  # nor the patient saying it back ("— je vous mets l'Atarax … — je prends l'Atarax si …")
    # said of the drug in focus (the sentence does not name it): the patient's own use, if they say so there
    named_here = any(m.sentence == sentence.index for m in state.mentions)
    if decision == "current" and not named_here and SELF_MEDICATION & {t.norm for t in sentence.tokens}:
        state.self_medicated = True
    over(state, decision, sentence)
    state.events.append((decision, sentence.index, sentence.speaker))
