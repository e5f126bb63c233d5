"""Deterministic extraction: drug mentions, their posology and what the doctor decided, last said wins."""

from __future__ import annotations

from communs.apps.consultation.anaphora import apply_anaphora, in_reach, names_something, read_reply
from communs.apps.consultation.attach import attach
from communs.apps.consultation.clauses import (
    Clauses,
    answers_if,
    asks,
    asks_advice,
    besides,
    clause_ids,
    governed_by_preposition,
    has_object,
    may,
    said_of_oneself,
    to_dose,
    with_drug,
)
from communs.apps.consultation.cue_words import DETERMINERS, qualifies
from communs.apps.consultation.history import (
    RELATIVES,
    asked_treatment,
    borrowed,
    other_product,
    others_use,
    own_supply,
    self_medication,
)
from communs.apps.consultation.lexicon import Drug, Lexicon, lexicon
from communs.apps.consultation.lists import lead_schedule, listed, said_of_all, share_schedule, spread
from communs.apps.consultation.mentions import (
    Mention,
    Sentence,
    find_mentions,
    sentences,
    without_components,
)
from communs.apps.consultation.model import Evidence, Medication
from communs.apps.consultation.posology import count_before, count_start, read_posology
from communs.apps.consultation.state import (
    NEGATIVE,
    POSITIVE,
    DrugState,
    final_status,
    told,
)
from communs.apps.consultation.status import Cue, decision_of, find_cues
from communs.apps.consultation.strength import show
from communs.apps.consultation.update import apply_posology, not_again, record

ANAPHORA_SENTENCES = 3
ANAPHORA_TURNS = 2
RARE_ZIPF = 2.0


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


TOPIC_OPENERS = {"non", "et", "mais", "alors", "bon", "euh", "ah", "oui", "quant", "au", "pour", "contre"}


def topic(toks: list, ids: list[int], first: int) -> bool:
    """The drug named at ``first`` opens its clause, as a topic ("et le Xanax, …", "non, l'Advil …"), rather than
    being the object of a verb before it ("il faut arrêter le Xarelto")."""
    j = first - 1
    while j >= 0 and ids[j] == ids[first] and toks[j].norm in DETERMINERS:
        j -= 1
    return j < 0 or ids[j] != ids[first] or toks[j].norm in TOPIC_OPENERS


def _refused_by_no(toks: list, last: int) -> int | None:
    """ "le Lexomil non, …", "l'Advil de votre mère non, …": a "non" right after a drug's name (and its owner), with
    more said after it (a tag question ends the sentence: "vous prenez le Kardégic, non"), turns the drug down."""
    k = last
    if borrowed(toks, last):
        k = next(n for n in range(last, len(toks)) if toks[n].norm in RELATIVES) + 1
    following = toks[k + 1].norm if k + 1 < len(toks) else ""
    return k if k < len(toks) and toks[k].norm == "non" and following not in ("", "plus") else None


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
            if focus and in_reach(sentence, focus) and cues and not names_something(sentence, cues):
                # "— le Xanax le soir et le Stilnox au coucher — on les arrête tous les deux": every drug named
                named = [i for i in listed_last if i != focus[0]] if said_of_all(toks, cues) else []
                for identity in [*named, focus[0]]:
                    apply_anaphora(states[identity], sentence, clauses, cues, lex)
            elif focus and not cues and focus[1] == sentence.index - 1:
                read_reply(states[focus[0]], sentence, sents[focus[1]], lex)
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
                and names_something(sentence, [cue])
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
                and in_reach(sentence, focus)
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
                apply_anaphora(states[identity], sentence, clauses, unattached, lex, before=positions[0][0])
        if sentence.speaker != "patient" and not sentence.question:
            for k, (first, last) in enumerate(positions):
                no = _refused_by_no(toks, last) if topic(toks, clauses.ids, first) else None
                if no is not None:  # "l'Advil, non : du paracétamol plutôt": the drug named is turned down
                    attached[k].append(Cue("negative", no, no + 1, True))
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
            if k + 1 < len(clusters):  # "… on passe aux patchs, un patch de Nicopatch": the next drug's count
                end = count_start(toks, end, positions[k][1]) or end
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
            if borrowed(toks, positions[k][1]):
                state.self_medicated = True  # "le Xanax de sa sœur": a relative's supply, whoever says it
            others = sentence.speaker != "doctor" and others_use(toks[before : positions[k][0]])
            if others:
                state.others = True  # "ma fille prend du Kestin": someone else's treatment
            if sentence.relative and any(c.kind == "current" and toks[c.first].norm in ("je", "j") for c in own):
                state.kin_own = True  # "Mère : je prends du X": the relative's own treatment, not the patient's
            if sentence.speaker != "patient" and own_supply(toks[positions[k][0] : end]):
                state.own_supply = True  # "du Doliprane si fièvre, vous en avez à la maison"
            if state.events and state.events[-1][0] == "new":
                own = [c for c in own if not not_again(c)]
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
                record(state, decision, sentence)
                if decision == "new" and any(told(toks, c) for c in own):
                    state.told.add(sentence.index)  # "vous prenez le Seroplex 10 le matin": maybe what is taken
                if doubt:
                    state.doubtful.add(sentence.index)
            if decision in POSITIVE:  # "je prends mon Coversyl le matin et le Crestor le soir": both taken
                # a decision carries on to the next drug listed ("on continue le X et le Y"); an adjective after
                # its noun ("le Lasilix inchangé, le Seresta le soir") qualifies that noun only
                carried = [
                    c for c in attached[k] if c.kind == decision and not qualifies([t.norm for t in toks], c.first)
                ]
                last_positive = carried[-1] if carried else last_positive
            if decision not in NEGATIVE or (
                decision in ("stop", "deferred") and p.has_schedule and sentence.index not in state.no_more
            ):
                # "on arrête le ramipril cinq milligrammes": what is stopped is said with its posology
                apply_posology(state, p, drug, lex, evidence)
                if drug.vaccine and p.series:
                    state.non_daily = True  # a vaccine's series: no single dose, no daily count
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
