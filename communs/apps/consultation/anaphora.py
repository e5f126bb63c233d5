"""Sentences that name no drug: a decision said of the drug in focus ("vous l'arrêtez", "on va augmenter"), and a
reply that tells its posology ("— Vous prenez toujours l'amlodipine ? — Oui, cinq milligrammes le matin")."""

from __future__ import annotations

from communs.apps.consultation.clauses import Clauses, ends_clause, has_object, to_dose
from communs.apps.consultation.cue_words import qualifies
from communs.apps.consultation.lexicon import Lexicon
from communs.apps.consultation.mentions import POSOLOGY_NEXT, Sentence
from communs.apps.consultation.model import Evidence
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.posology import read_posology
from communs.apps.consultation.state import NEGATIVE, DrugState, denied
from communs.apps.consultation.status import Cue, decision_of
from communs.apps.consultation.update import apply_posology, not_again, record

ANAPHORA_SENTENCES = 3
ANAPHORA_TURNS = 2
RARE_ZIPF = 2.0


def names_something(sentence: Sentence, cues: list) -> bool:
    """A cue followed by a word French does not know ("arrêtez libus profaines") is about that (misheard) thing,
    not about the drug named before."""
    from wordfreq import zipf_frequency

    for cue in cues:
        if cue.anaphoric:
            continue
        after = sentence.tokens[cue.last : cue.last + 3]
        if any(
            len(t.norm) > 3 and t.norm.isalpha() and zipf_frequency(t.text.lower(), "fr") < RARE_ZIPF for t in after
        ):
            return True
    return False


def in_reach(sentence: Sentence, focus: tuple[tuple[str, ...], int, int]) -> bool:
    """Can a sentence naming no drug be about the drug last named?"""
    return sentence.index - focus[1] <= ANAPHORA_SENTENCES or (
        # "Vous prenez bien le Seroplex ? — Oui. — Bien. L'effet est partiel. On va augmenter."
        sentence.turn - focus[2] <= ANAPHORA_TURNS and sentence.index - focus[1] <= 2 * ANAPHORA_SENTENCES
    )


def apply_anaphora(
    state: DrugState, sentence: Sentence, clauses: Clauses, cues: list[Cue], lex: Lexicon, before: int | None = None
) -> None:
    """A decision said without naming a drug ("vous l'arrêtez", "on va augmenter") about the drug in focus; its
    posology is read up to ``before`` (the first drug named in the sentence), else in the whole sentence."""
    toks = sentence.tokens
    cues = [c for c in cues if not c.named]  # "la dernière fois", "un arrêt de travail": about no drug
    # "j'ai arrêté de fumer", "j'ai pris du poids": a cue with its own object is about that object, not the drug
    cues = [c for c in cues if c.anaphoric or not has_object(toks, clauses.ids, c)]
    cues = [c for c in cues if c.kind != "past" or not _counted_object(toks, c)]  # "j'ai pris six kilos"
    if any(c.kind == "past" for c in cues):
        state.past_use = True
        # "— il en prend encore ? — non, il l'a arrêté il y a six mois"; "— non, c'est fini depuis mai": the use
        # asked about is denied, over before today
        answer = toks[0].norm == "non" and bool(state.events) and state.events[-1][0] == "current"
        if any(c.kind == "past" and c.ended and (c.anaphoric or answer) for c in cues):
            state.ended = sentence.index
        cues = [c for c in cues if c.kind != "past"]
    # "vous avez déjà arrêté depuis l'hospitalisation", "j'ai essayé d'arrêter": a past stop or attempt that names
    # nothing is about something else (tobacco, alcohol); "vous l'avez arrêté" names the drug
    cues = [c for c in cues if c.anaphoric or c.kind != "stop" or not _told_of_the_past(toks, c)]
    # "surtout pas tous les jours": a refusal with words after it is about them; "je préfère pas." is about the drug
    cues = [c for c in cues if c.kind != "negative" or c.anaphoric or ends_clause(toks, clauses.ids, c)]
    # "pas de sirop, ça ne sert à rien": the refusal is about the thing just refused, not the drug in focus
    refused = [c.first for c in cues if c.kind == "negation"]
    cues = [c for c in cues if not (c.kind in ("negative", "stop") and refused and min(refused) < c.first)]
    # a "new" cue with no drug named introduces something else ("je vous propose des patchs"), unless its pronoun
    # names the drug ("je vous le prescris"); "vous passez à 15 mg", a switch to a dose, changes the drug in focus
    kept = [
        c for c in cues if c.kind not in ("negation", "new", "switch", "current") or (c.kind == "new" and c.anaphoric)
    ]
    kept += [
        Cue("modify", c.first, c.last, False)
        for c in cues
        if (c.kind == "switch" and to_dose(toks, c)) or (c.kind == "from" and to_dose(toks, c))
    ]
    decision = decision_of(kept)
    if not decision:
        return
    if decision in ("continue", "modify") and state.others and not state.events:
        return  # "— ma fille prend du Kestin, c'est mieux ? — on ne change pas": the patient's own treatment kept
    # "il faut le reprendre"; "vous pourrez le reprendre après l'opération" is an offer for later
    resumed = any(
        c.resume and c.kind == decision and not {"pourrez", "pourriez"} & {t.norm for t in toks[c.first - 3 : c.first]}
        for c in kept
    )
    if state.events and state.events[-1][0] == "new" and any(not_again(c) for c in kept):
        return
    if decision not in NEGATIVE and state.events and state.events[-1][0] in ("stop", "negative") and not resumed:
        return  # a drug stopped or refused is only taken again when named again, or said to be resumed
    if decision == "continue" and state.events and state.events[-1][0] == "deferred":
        return  # "on l'ajoutera dans un mois. On ne change pas tout": what is kept is the current treatment
    record(state, decision, sentence)
    if decision not in NEGATIVE:
        p = read_posology(toks, 0, before or len(toks), sentence.text, sentence.start)
        evidence = Evidence(sentence.start, sentence.end, sentence.text)
        apply_posology(state, p, state.mentions[-1].drug, lex, evidence)


def _counted_object(toks: list, cue: Cue) -> bool:
    """A number and a noun that is no unit of a posology right after the cue: its own object ("six kilos")."""
    number = read_number(toks, cue.last)
    return number is not None and number[1] < len(toks) and toks[number[1]].norm not in POSOLOGY_NEXT


PAST = {"ai", "as", "a", "avez", "avons", "ont", "avait", "avais", "essaye", "essaie", "tente"}


def _told_of_the_past(toks: list, cue: Cue) -> bool:
    return any(t.norm in PAST for t in toks[max(0, cue.first - 3) : cue.first])


OTHER_PRODUCT = {"gel", "creme", "pommade", "sirop", "collyre", "spray", "lotion", "vaccin", "antibiotique"}


def read_reply(state: DrugState, sentence: Sentence, asked: Sentence, lex: Lexicon) -> None:
    """The reply to a sentence about a drug, naming no drug and deciding nothing in words: the patient telling how
    they take it ("— Vous prenez toujours l'amlodipine ? — Oui, cinq milligrammes le matin"), or the doctor giving
    a posology for the drug the patient asked about ("— Et le Voltarène gel ? — Oui, deux applications par jour"),
    or goes on in the same turn about the drug just decided ("Le Kardégic, c'est à vie. Un sachet par jour.")."""
    if sentence.speaker == asked.speaker and sentence.speaker is not None:
        if sentence.speaker == "doctor" and sentence.turn == asked.turn and not asked.question:
            _goes_on(state, sentence, lex)
        return
    toks = sentence.tokens
    p = read_posology(toks, 0, len(toks), sentence.text, sentence.start)
    if denied(state, sentence, asked, p):
        state.events.pop()  # "— vous prenez du Natispray ? — non, jamais": the use asked about is not taken
        return
    if not (p.times_per_day or p.quantity or p.strength or p.as_needed):
        return
    if state.events and state.events[-1][0] in ("stop", "negative", "deferred"):
        return
    evidence = Evidence(sentence.start, sentence.end, sentence.text)
    if sentence.speaker == "patient" or (sentence.speaker is None and not asked.question):
        if any(k == "current" for k, _, _ in state.events):
            apply_posology(state, p, state.mentions[-1].drug, lex, evidence)  # what the patient says of their treatment
        return
    # "— Et le Doliprane ? — Oui, 1 g, jusqu'à 4 fois par jour si besoin": a strength with a count or a ceiling
    # "— J'ai du Spasfon. — Autorisé, 2 comprimés jusqu'à 3 fois par jour": the clinician's posology for the drug the
    # other side just named, asked or not (a recogniser's text drops the question mark)
    answers = asked.question or (sentence.speaker == "doctor" and asked.speaker not in (None, "doctor"))
    if not asked.question and OTHER_PRODUCT & {t.norm for t in toks}:
        answers = False  # "— … une ampoule de Zymad — non, le gel c'est trois fois par jour": another product
    if answers and (p.times_per_day or p.quantity or (p.strength and (p.max_per_day or p.frequency))):
        words = [t.norm for t in toks]
        # "— et la Ventoline ? — toujours deux bouffées si besoin": the posology kept as it is
        kept = "toujours" in words or any(qualifies(words, i) for i in range(len(words)))
        record(state, "continue" if kept else "new", sentence)
        apply_posology(state, p, state.mentions[-1].drug, lex, evidence)


def _goes_on(state: DrugState, sentence: Sentence, lex: Lexicon) -> None:
    """A daily count said next, in the clinician's same turn, of a drug just decided (not stopped or put off)."""
    toks = sentence.tokens
    p = read_posology(toks, 0, len(toks), sentence.text, sentence.start)
    decided = bool(state.events) and state.events[-1][0] in ("new", "continue", "modify", "switch")
    if decided and (p.times_per_day or p.max_per_day) and state.times_per_day is None and not state.max_per_day:
        apply_posology(state, p, state.mentions[-1].drug, lex, Evidence(sentence.start, sentence.end, sentence.text))
