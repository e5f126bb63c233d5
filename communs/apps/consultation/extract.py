"""Deterministic extraction: drug mentions, their posology and what the doctor decided, last said wins."""

from __future__ import annotations

from communs.apps.consultation.attach import attach
from communs.apps.consultation.clauses import (
    Clauses,
    answers_if,
    asks,
    asks_advice,
    besides,
    clause_ids,
    ends_clause,
    governed_by_preposition,
    has_object,
    may,
    said_of_oneself,
    to_dose,
    with_drug,
)
from communs.apps.consultation.history import (
    SELF_MEDICATION,
    asked_treatment,
    other_product,
    others_use,
    own_supply,
    self_medication,
)
from communs.apps.consultation.lexicon import Drug, Lexicon, lexicon
from communs.apps.consultation.lists import lead_schedule, listed, said_of_all, share_schedule, spread
from communs.apps.consultation.mentions import (
    POSOLOGY_NEXT,
    Mention,
    Sentence,
    find_mentions,
    sentences,
    without_components,
)
from communs.apps.consultation.model import Evidence, Medication
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.posology import Posology, count_before, read_posology
from communs.apps.consultation.state import (
    NEGATIVE,
    POSITIVE,
    DrugState,
    denied,
    final_status,
    over,
    says_less,
    told,
)
from communs.apps.consultation.status import QUALIFY, Cue, decision_of, find_cues
from communs.apps.consultation.strength import show

ANAPHORA_SENTENCES = 3
ANAPHORA_TURNS = 2
RARE_ZIPF = 2.0


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


def _apply(state: DrugState, p: Posology, drug: Drug, lex: Lexicon, evidence: Evidence) -> None:
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


def _names_something(sentence: Sentence, cues: list) -> bool:
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


def _identity(drug: Drug, states: dict[tuple[str, ...], DrugState], lex: Lexicon) -> tuple[str, ...]:
    """Mentions of the same substances are one medication ("Inexium" and "ésoméprazole"), except two different
    brands ("on arrête la Leeloo, vous commencez l'Optilova"): the second brand is a product of its own."""
    state = states.get(drug.identity)
    if state is None or not drug.known or drug.key in lex.moieties:
        return drug.identity
    brands = {m.drug.key for m in state.mentions if m.drug.key not in lex.moieties}
    if brands and not any(_same_brand(drug.key, brand) for brand in brands):
        return (*drug.identity, drug.key)
    return drug.identity


def _same_brand(a: str, b: str) -> bool:
    """ "Skenan" and "Skenan LP": a name and the longer name it begins are one brand."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _in_reach(sentence: Sentence, focus: tuple[tuple[str, ...], int, int]) -> bool:
    """Can a sentence naming no drug be about the drug last named?"""
    return sentence.index - focus[1] <= ANAPHORA_SENTENCES or (
        # "Vous prenez bien le Seroplex ? — Oui. — Bien. L'effet est partiel. On va augmenter."
        sentence.turn - focus[2] <= ANAPHORA_TURNS and sentence.index - focus[1] <= 2 * ANAPHORA_SENTENCES
    )


def _anaphora(
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
    if state.events and state.events[-1][0] == "new" and any(_not_again(c) for c in kept):
        return
    if decision not in NEGATIVE and state.events and state.events[-1][0] in ("stop", "negative") and not resumed:
        return  # a drug stopped or refused is only taken again when named again, or said to be resumed
    if decision == "continue" and state.events and state.events[-1][0] == "deferred":
        return  # "on l'ajoutera dans un mois. On ne change pas tout": what is kept is the current treatment
    _record(state, decision, sentence)
    if decision not in NEGATIVE:
        p = read_posology(toks, 0, before or len(toks), sentence.text, sentence.start)
        evidence = Evidence(sentence.start, sentence.end, sentence.text)
        _apply(state, p, state.mentions[-1].drug, lex, evidence)


def _counted_object(toks: list, cue: Cue) -> bool:
    """A number and a noun that is no unit of a posology right after the cue: its own object ("six kilos")."""
    number = read_number(toks, cue.last)
    return number is not None and number[1] < len(toks) and toks[number[1]].norm not in POSOLOGY_NEXT


PAST = {"ai", "as", "a", "avez", "avons", "ont", "avait", "avais", "essaye", "essaie", "tente"}


def _not_again(cue: Cue) -> bool:
    """ "c'est une dose unique, vous ne la reprenez pas demain": not to be repeated, said of what was just given."""
    return cue.kind == "negative" and cue.turned and cue.resume


def _told_of_the_past(toks: list, cue: Cue) -> bool:
    return any(t.norm in PAST for t in toks[max(0, cue.first - 3) : cue.first])


def _answer(state: DrugState, sentence: Sentence, asked: Sentence, lex: Lexicon) -> None:
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
            _apply(state, p, state.mentions[-1].drug, lex, evidence)  # what the patient says of their treatment
        return
    if asked.question and (p.times_per_day or p.quantity):
        _record(state, "new", sentence)
        _apply(state, p, state.mentions[-1].drug, lex, evidence)


def _goes_on(state: DrugState, sentence: Sentence, lex: Lexicon) -> None:
    """A daily count said next, in the clinician's same turn, of a drug just decided (not stopped or put off)."""
    toks = sentence.tokens
    p = read_posology(toks, 0, len(toks), sentence.text, sentence.start)
    decided = bool(state.events) and state.events[-1][0] in ("new", "continue", "modify", "switch")
    if decided and (p.times_per_day or p.max_per_day) and state.times_per_day is None and not state.max_per_day:
        _apply(state, p, state.mentions[-1].drug, lex, Evidence(sentence.start, sentence.end, sentence.text))


OPTIONS = {"options", "choix", "alternatives", "possibilites", "soit"}
VACCINATION = {"injection", "injections", "piqure", "piqures", "vaccine", "vaccinons", "fait", "fais", "faisons"}


def _vaccination(drug: Drug, sentence: Sentence, clauses: Clauses, i: int) -> bool:
    """A vaccine said by the clinician with an injection or "on le fait" (no decision verb is needed to give a
    vaccine), in a statement."""
    if not drug.vaccine or sentence.speaker == "patient" or sentence.question:
        return False
    toks = sentence.tokens
    if asks(toks, clauses.ids, i) or (sentence.speaker is None and said_of_oneself(toks, clauses.ids, i)):
        return False
    return bool(VACCINATION & {t.norm for t in toks})


def _record(state: DrugState, decision: str, sentence: Sentence) -> None:
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


def extract(text: str, lex: Lexicon | None = None) -> tuple[list[Sentence], dict[tuple[str, ...], DrugState]]:
    lex = lex or lexicon()
    sents = sentences(text)
    states: dict[tuple[str, ...], DrugState] = {}
    focus: tuple[tuple[str, ...], int, int] | None = None  # the drug last named, its sentence and turn
    listed_last: list[tuple[str, ...]] = []  # the drugs named in the last sentence naming any
    for sentence in sents:
        mentions = find_mentions(sentence, lex)
        clauses = clause_ids(sentence.tokens, sentence.text, sentence.start)
        cues = find_cues(sentence.tokens, clauses.ids)
        toks = sentence.tokens
        for c in cues:  # a question decides nothing, but "j'avais pris de l'ibuprofène, je continue ?" informs
            if sentence.question or asks(toks, clauses.ids, c.first):  # (unpunctuated: "est-ce que je peux …")
                if c.kind == "new" and toks[c.first].norm == "prenez":
                    c.kind = "current"  # and "vous prenez la sertraline ?" says what the patient takes
                elif c.kind != "current" or asks_advice(toks, clauses.ids, c.first):
                    c.kind = "asked"  # "qu'est-ce que je prends pendant les crises": advice asked, not use told
            elif c.kind in ("stop", "modify") and sentence.index and answers_if(sents[sentence.index - 1], sentence):
                c.kind = "asked"  # "— et si j'ai la diarrhée ? — alors vous arrêtez la colchicine": a condition
            elif c.kind == "new" and sentence.speaker == "patient" and may(toks, c.first):
                c.kind = "asked"  # "elle peut prendre du Smecta": permission asked, even with no question mark
            elif c.kind in ("new", "continue") and sentence.speaker == "patient":
                c.kind = "current"  # "on m'a dit de prendre …", "je le garde": only the clinician prescribes
        cues = [c for c in cues if c.kind != "asked"]
        if not mentions and other_product(toks):
            focus = None  # "elle prend des compléments de X": what is said next is about that product
            continue
        if not mentions:
            if focus and _in_reach(sentence, focus) and cues and not _names_something(sentence, cues):
                # "— le Xanax le soir et le Stilnox au coucher — on les arrête tous les deux": every drug named
                named = [i for i in listed_last if i != focus[0]] if said_of_all(toks, cues) else []
                for identity in [*named, focus[0]]:
                    _anaphora(states[identity], sentence, clauses, cues, lex)
            elif focus and not cues and focus[1] == sentence.index - 1:
                _answer(states[focus[0]], sentence, sents[focus[1]], lex)
            continue
        mentions = without_components(mentions, toks)
        previous, listed_last = listed_last, []
        # consecutive mentions of the same drug ("la desloratadine, Aerius") form one cluster
        clusters: list[list[Mention]] = []
        for mention in mentions:
            if (
                clusters
                and clusters[-1][-1].drug.identity == mention.drug.identity
                and mention.first - clusters[-1][-1].last <= 1
            ):
                clusters[-1].append(mention)
            else:
                clusters.append([mention])
        positions = [(c[0].first, c[-1].last) for c in clusters]
        for cue in cues:  # "le Lexomil, on va passer à trois quarts de comprimé": a new dose of the drug before
            if cue.kind == "switch" and to_dose(toks, cue) and not any(f >= cue.last for f, _ in positions):
                cue.kind = "modify"
        attached: list[list] = [[] for _ in clusters]
        unattached: list[Cue] = []
        for cue in cues:
            k = attach(cue, positions, clauses, [t.norm for t in toks])
            if k is not None and cue.anaphoric and positions[k][1] <= cue.first and with_drug(toks, positions[k][0]):
                k = None  # a pronoun names no drug said as company ("avec le X …, il faut l'arrêter")
            if (
                k is not None
                and cue.kind in NEGATIVE
                and positions[k][0] < cue.first
                and _names_something(sentence, [cue])
            ):
                continue  # "… vous pouvez arrêter le moupral": about the unknown word, not the drug before
            if k is not None and cue.kind in NEGATIVE and with_drug(toks, positions[k][0]):
                k = besides(toks, positions, k, cue)  # "pas d'anti-inflammatoire avec le Xarelto"
            if k is not None:
                attached[k].append(cue)
            elif (
                focus
                # "avec la rifampicine la pilule ne marche pas, elle doit l'arrêter": the drug named is only company
                and (cue.last <= positions[0][0] or (cue.anaphoric and all(with_drug(toks, f) for f, _ in positions)))
                and (cue.anaphoric or (cue.kind == "switch" and to_dose(toks, cue)))
                and focus[0] in states
                and _in_reach(sentence, focus)
                # "essayez de l'éviter avec le Seresta": the pronoun is not the drug it is avoided with
                and not (
                    "avec" in {t.norm for t in toks[cue.last : positions[0][0]]}
                    and clusters[0][0].drug.identity == focus[0]
                )
            ):
                unattached.append(cue)  # "on passe à dix milligrammes et j'ajoute du Coversyl": the drug in focus
        if unattached and focus:  # "on arrête ces quatre-là et on passe au X": every drug just listed
            stops = [c for c in unattached if c.kind == "stop"]
            named = [i for i in previous if i != focus[0]] if said_of_all(toks, stops) else []
            for identity in [*named, focus[0]]:
                _anaphora(states[identity], sentence, clauses, unattached, lex, before=positions[0][0])
        attached = spread(toks, positions, attached)
        # "deux options : la X …, ou la Y …": drugs offered as a choice, none decided yet
        options = len(clusters) > 1 and bool(OPTIONS & {t.norm for t in toks}) and "ou" in {t.norm for t in toks}
        switched_to = {k for k, own in enumerate(attached) if any(c.kind == "switch" for c in own)}
        for k, own in enumerate(attached):
            for c in own:
                if c.kind == "from":  # "on passe du Zyrtec à l'Aerius": left; "on passe du 24 au 49": changed
                    c.kind = "stop" if switched_to - {k} else "modify"
        # "le Skenan … et l'Actiskenan si douleur": two brands of one substance are two products
        brands = {c[0].drug.key for c in clusters if c[0].drug.key not in lex.moieties}
        single_drug = len({c[0].drug.identity for c in clusters}) == 1 and len(brands) <= 1
        last_positive = None
        for k, cluster in enumerate(clusters):
            drug = cluster[0].drug
            identity = _identity(drug, states, lex)
            state = states.setdefault(identity, DrugState(identity, first_sentence=sentence.index))
            state.mentions.extend(cluster)
            own = attached[k]
            if (
                not own
                and last_positive is not None
                and last_positive.first < positions[k][0]
                and clauses.joined(clauses.ids[last_positive.first], clauses.ids[positions[k][0]] + 1)
                and not governed_by_preposition(toks, positions[k][0])
            ):
                own = [last_positive]  # "on continue le Kardégic …, et le Brilique …"

            end = positions[k + 1][0] if k + 1 < len(clusters) else len(toks)
            whole = range(0, len(toks)) if single_drug else None
            p = read_posology(toks, positions[k][1], end, sentence.text, sentence.start, whole=whole)
            count_before(p, toks, positions[k][0], positions[k][1], positions[k - 1][1] if k else 0)
            if not (p.times_per_day or p.frequency) and k + 1 < len(clusters) and listed(toks, positions[k][1], end):
                share_schedule(p, toks, positions, k + 1, sentence)  # "le Coversyl et l'amlodipine le matin"
            if not (p.times_per_day or p.frequency) and len(clusters) > 1:
                lead_schedule(p, toks, positions, sentence)  # "le matin il a le Kardégic et l'Amlor"
            span_start = toks[positions[k][0]].start
            span_end = toks[end - 1].end if end > positions[k][1] else toks[positions[k][1] - 1].end
            evidence = Evidence(
                span_start, span_end, sentence.text[span_start - sentence.start : span_end - sentence.start]
            )
            if options:
                own = [*own, Cue("deferred", positions[k][0], positions[k][1], True)]
            # "le pharmacien nous a donné une brochure sur la Dépakine": a past verb with its own object
            own = [
                c
                for c in own
                if c.kind != "past"
                or c.anaphoric
                or not has_object(toks, clauses.ids, c)
                or 0 <= positions[k][0] - c.last <= 2  # "m'a donné de l'Augmentin": the object is the drug
            ]
            if any(c.kind == "past" for c in own):  # "j'avais pris du Lariam": history, decides nothing today
                state.past_use = True
                if any(c.kind == "past" and c.ended for c in own):
                    state.ended = sentence.index  # "le Lovenox, c'est fini depuis longtemps"
                own = [c for c in own if c.kind != "past"]
            before = positions[k - 1][1] if k else 0
            if sentence.speaker != "doctor" and self_medication(toks[before:end], drug):
                state.self_medicated = True  # "le Toplexil que ma femme m'a acheté", "l'Advil que j'ai à la maison"
            others = sentence.speaker != "doctor" and others_use(toks[before : positions[k][0]])
            if others:
                state.others = True  # "ma fille prend du Kestin": someone else's treatment
            if sentence.relative and any(c.kind == "current" and toks[c.first].norm in ("je", "j") for c in own):
                state.kin_own = True  # "Mère : je prends du X": the relative's own treatment, not the patient's
            if sentence.speaker != "patient" and own_supply(toks[positions[k][0] : end]):
                state.own_supply = True  # "du Doliprane si fièvre, vous en avez à la maison"
            if state.events and state.events[-1][0] == "new":
                own = [c for c in own if not _not_again(c)]
            decision = decision_of(own)
            if decision == "stop" and state.past_use and not state.events and "stop" not in {c.kind for c in own}:
                decision = "negative"  # "— j'avais pris du X — plus de X alors": over before today, nothing stopped
            if decision == "stop" and any(c.no_more for c in own):
                state.no_more.add(sentence.index)
            kinds = {c.kind for c in own}
            # the rules disagree: a decision and its opposite said of the drug in one sentence
            doubt = bool(kinds & set(NEGATIVE[:3])) and bool(kinds & {"new", "continue", "modify", "switch"})
            if decision is None and _vaccination(drug, sentence, clauses, positions[k][0]):
                decision = "new"  # "le Revaxis, une injection aujourd'hui": a vaccine given today
            if (
                decision is None
                and p.has_schedule
                and sentence.speaker is None
                and p.times_per_day
                and not state.events
                and asked_treatment(sents, sentence, unlabelled=True)
            ):
                decision = "current"  # unlabelled turns: "— Vous prenez des médicaments ? — Le X matin et soir"
            if (
                decision is None
                and p.has_schedule
                and sentence.speaker != "patient"
                and not sentence.question
                and not asks(toks, clauses.ids, positions[k][0])
                and not (sentence.speaker is None and said_of_oneself(toks, clauses.ids, positions[k][0]))
                and not governed_by_preposition(toks, positions[k][0])
                and not others  # "mon frère en fait une piqûre tous les ans": another person's posology
            ):
                if not state.events or state.events[-1][0] == "deferred":  # "on pourra …" then a posology
                    decision = "new"
                    doubt = sentence.speaker is None  # a posology said, by whom the transcript does not say
            elif decision is None and p.times_per_day and not p.as_needed and not state.events:
                if sentence.speaker == "patient" and asked_treatment(sents, sentence):
                    decision = "current"  # "— Il prend quoi ? — L'Ebixa 20 mg le matin, …": read back
            if decision:
                _record(state, decision, sentence)
                if decision == "new" and any(told(toks, c) for c in own):
                    state.told.add(sentence.index)  # "vous prenez le Seroplex 10 le matin": maybe what is taken
                if doubt:
                    state.doubtful.add(sentence.index)
            if decision in POSITIVE:  # "je prends mon Coversyl le matin et le Crestor le soir": both taken
                # a decision carries on to the next drug listed ("on continue le X et le Y"); an adjective after
                # its noun ("le Lasilix inchangé, le Seresta le soir") qualifies that noun only
                carried = [c for c in attached[k] if c.kind == decision and not toks[c.first].norm.startswith(QUALIFY)]
                last_positive = carried[-1] if carried else last_positive
            if decision not in NEGATIVE or (
                decision in ("stop", "deferred") and p.has_schedule and sentence.index not in state.no_more
            ):
                # "on arrête le ramipril cinq milligrammes": what is stopped is said with its posology
                _apply(state, p, drug, lex, evidence)
            if decision and state.evidence is None:
                state.evidence = evidence
            focus = (identity, sentence.index, sentence.turn)
            listed_last.append(identity)
    return sents, states


def choose_cis(drug: Drug, strength: tuple[float, str] | None, lex: Lexicon) -> str | None:
    """The BDPM product that has the said strength (marketed first); None when no product has it."""
    products = sorted(drug.products, key=lambda p: (not p.marketed, p.cis))
    if strength is None:
        return products[0].cis if products else None
    for product in products:
        for _, values, _ in product.composition:
            if any(v[1] == strength[1] and abs(v[0] - strength[0]) < 1e-6 for v in values):
                return product.cis
    return None


def medications(text: str, lex: Lexicon | None = None) -> list[Medication]:
    """Every drug named in the transcript, with its posology and status (prescribed or not)."""
    lex = lex or lexicon()
    _, states = extract(text, lex)
    out: list[Medication] = []
    for state in states.values():
        drug = state.mentions[0].drug
        named = next((m for m in state.mentions if not m.fuzzy), None)
        name = named.text if named else lex.display.get(drug.key, drug.key)
        name = name[:1].upper() + name[1:]
        uncertain = []
        if all(m.fuzzy for m in state.mentions):
            uncertain.append("name")
        if state.strength_uncertain:
            uncertain.append("dose")
        if state.unit_corrected:
            uncertain.append("dose_unit")
        if state.events and state.events[-1][1] in state.doubtful:
            uncertain.append("status")
        out.append(
            Medication(
                name=name,
                substance=", ".join(lex.display.get(s, s) for s in drug.substances) or None,
                atc=drug.atc,
                dose=state.combination or (show(*state.strength) if state.strength else None),
                # a vaccine given with no count said: one dose of it
                quantity=state.quantity or (drug.one_dose if not state.strength else None),
                frequency=state.frequency,
                times_per_day=state.times_per_day,
                duration=state.duration,
                route=state.route,
                status=final_status(state),
                evidence=state.evidence
                or Evidence(state.mentions[-1].start, state.mentions[-1].end, state.mentions[-1].text),
                uncertain=uncertain,
                mentions=[Evidence(m.start, m.end, m.text) for m in state.mentions],
                dose_value=state.strength,
                intake_value=(state.strength[0] * state.units, state.strength[1])
                if state.strength and state.units
                else None,
                moments=state.moments,
                as_needed=state.as_needed,
                non_daily=state.non_daily,
                # one intake in all: said so, or a vaccine given with no schedule ("on fait le Prevenar 20")
                single_dose=state.single_dose or (drug.vaccine and state.times_per_day is None and not state.non_daily),
                max_per_day=state.max_per_day,
                substances=drug.substances,
                lexicon_key=drug.key if drug.known else None,
                cis=choose_cis(drug, state.strength, lex),
            )
        )
    # a substance named only to explain a prescribed combination ("c'est du tramadol avec du paracétamol")
    prescribed = [set(m.substances) for m in out if m.prescribed]
    return [
        m
        for m in out
        if m.prescribed or m.status != "discussed" or not any(set(m.substances) < p for p in prescribed if m.substances)
    ]
