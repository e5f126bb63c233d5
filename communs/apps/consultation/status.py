"""What the doctor decides about a drug, from the words around its name: new, continued, modified, or not prescribed.

Cues are token sequences. A cue applies to the drug named right after it (within a few words), else to the
drug named before it in the sentence, else, in a sentence naming no drug, to the drug last named just before
("— Et l'Imodium ? — Je préfère que vous n'en preniez pas"). Within a sentence a negative cue wins; across
sentences the last said wins. Cues in questions are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from communs.apps.consultation.clauses import conditional, failed_first, negated, opening, put_off
from communs.apps.consultation.context import (
    corrected,
    granted,
    hearsay,
    held_back,
    indirect_question,
    later_starts,
    not_a_verb,
    ongoing,
    past_wish,
    pluperfect,
    replacement,
    since,
    stopped_by_another,
    tapered,
)
from communs.apps.consultation.cue_words import (
    AFTER_ITS_DRUG,
    ALLERGY,
    ASIDE,
    BOTH,
    BUT_NOT,
    CHECKING,
    CURRENT,
    DECIDERS,
    DETERMINERS,
    DISCUSSED,
    DOCTOR_ONLY,
    EARLIER,
    END_OF_COURSE,
    FLIP,
    GONE_BY,
    IMPERATIVE_OR_INFINITIVE,
    INFINITIVE,
    INSTEAD,
    KINDS,
    LAST,
    NAMING,
    NEGATION_OF_NEXT,
    NEGATIVE_WORDS,
    PASSIVE,
    PIECES,
    POSSESSED,
    PRONOUNS,
    RECAP,
    REPLACE_VERBS,
    SCHEDULE_START,
    SINCE,
    SUBJECTS,
    SWITCH_VERBS,
    TALK,
    TO,
    TROUBLE,
    VERB_KIND,
    qualifies,
)
from communs.apps.consultation.normalize import Token
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.verb_grammar import (
    after_course,
    both_after,
    clause_ends,
    clitic_before,
    first_person_wish,
    governed_infinitive,
    if_subject,
    object_pronoun,
    offered,
    person_object,
    planned,
    started_before,
    subject_of,
)


@dataclass
class Cue:
    kind: str  # stop, negative, modify, switch, continue, new, current, negation, deferred, past
    first: int
    last: int
    anaphoric: bool  # carries an object pronoun ("on l'arrête", "n'en prenez pas") or has no object after it
    reach: int | None = None  # applies only to a drug named within this many words after it ("pas d'aspirine")
    turned: bool = False  # its kind was turned by a negation ("vous ne l'arrêtez pas": continue)
    resume: bool = False  # "vous le reprenez": taken again after a pause said before
    talk: bool = False  # a plan to talk again ("on en reparlera", "on verra"), which decides nothing by itself
    named: bool = False  # a noun or an adjective ("arrêt du …", "le dernier …"): only about a drug named after it
    ended: bool = False  # a stop told of the past ("il l'a arrêté il y a six mois"): no longer taken before today
    later: bool = False  # a start put weeks ahead ("vous le commencerez dans deux semaines"): not today's
    no_more: bool = False  # "plus de X": no more of it, a stop (where "pas de X" may refuse what was offered)


def _refused_infinitive(cue: Cue, words: list[str], taken: set[int]) -> None:
    """ "pas question d'en prendre", "je préfère ne pas le faire", "je vous déconseille d'en racheter": the refusal
    is the governed verb's polarity, and the verb's pronoun names the drug."""
    verb = governed_infinitive(words, cue.last)
    if verb is not None and VERB_KIND.get(words[verb]) not in ("stop", "continue"):
        cue.anaphoric = cue.anaphoric or bool(PRONOUNS & set(words[cue.last : verb]))
        if VERB_KIND.get(words[verb]) == "new":
            taken.add(verb)


# "c'est pareil", "ce n'est pas pareil": a comparison said with a copula (or its negation), not a decision
COPULA = [["est"], ["sont"], ["etait"], ["etaient"], ["serait"], ["semble"], ["pas"], ["plus"]]


def _new_posology(toks: list[Token], k: int) -> bool:
    """ "au lieu de 20", "au lieu de tous les soirs": a dose or a schedule instead of another, not a drug."""
    return read_number(toks, k) is not None or (k < len(toks) and toks[k].norm in SCHEDULE_START)


def find_cues(toks: list[Token], ids: list[int] | None = None) -> list[Cue]:
    """The decisions said in a sentence; ``ids`` (each token's clause) lets grammar turn them: negation flips
    them, a plan put off ("on passera à …") or a stop under a condition ("si …, vous arrêtez") decides nothing."""
    words = [t.norm for t in toks]
    ids = ids or [0] * len(toks)
    found: list[Cue] = []
    taken: set[int] = set()

    def take(kind: str, i: int, j: int, anaphoric: bool, reach: int | None = None) -> None:
        taken.update(range(i, j))
        found.append(Cue(kind, i, j, anaphoric, reach))

    for kind, cues in [("stop", INSTEAD), ("deferred", DISCUSSED)] + KINDS:
        for phrase in sorted(cues, key=len, reverse=True):
            for i in range(len(words) - len(phrase) + 1):
                if tuple(words[i : i + len(phrase)]) == phrase and not taken & set(range(i, i + len(phrase))):
                    # "pas la peine de" holds no pronoun; "ça ne sert à rien", "on ne change rien" say it of the drug
                    anaphoric = (bool(PRONOUNS & set(phrase)) and "peine" not in phrase) or bool(
                        {"sert", "rien"} & set(phrase)
                    )
                    # "vous ne l'arrêtez pas": a clitic before the phrase names the drug too
                    anaphoric = anaphoric or cues is DISCUSSED or clitic_before(words, i, ids)
                    # "j'ai le droit à l'Advil": a possession said with its article is only of the drug right after
                    reach = 3 if cues is INSTEAD else 1 if cues is CURRENT and phrase[-1] in POSSESSED else None
                    take(kind, i, i + len(phrase), anaphoric, reach)
    gone_by = any(words[k : k + len(g)] == g for g in GONE_BY for k in range(len(words)))
    for phrase in EARLIER if gone_by else []:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i : i + len(phrase)]) == phrase and not taken & set(range(i, i + len(phrase))):
                take("past", i, i + len(phrase), clitic_before(words, i, ids))
    phrases = len(found)
    for cue in found:
        if cue.reach == 3 and _new_posology(toks, cue.last):
            cue.kind, cue.reach = "modify", None  # "10 au lieu de 20", "le soir au lieu du matin": a new posology
        if words[cue.first] in AFTER_ITS_DRUG and (
            not clause_ends(words, ids, cue.first, cue.last) or words[cue.first - 1 : cue.first] in COPULA
        ):
            cue.kind = "ignored"  # "c'est pareil pour l'Advil", "c'est pareil": a comparison, not the drug kept
        elif cue.kind == "continue" and qualifies(words, cue.first) and negated(toks, ids, cue.first, cue.last):
            cue.kind = "ignored"  # "ce n'est pas pareil": a difference, not a stop
        alone = cue.last == len(words) or ids[cue.last] != ids[cue.first]
        if words[cue.first : cue.last] == ["surtout", "pas"] and alone:
            if any(c.kind == "continue" and c.first > cue.first for c in found):
                cue.kind = "ignored"  # "— faut-il l'arrêter ? — non, surtout pas : vous continuez": the stop refused
    for cue in [c for c in found if c.kind == "negative"]:
        _refused_infinitive(cue, words, taken)
    turned: set[int] = set()
    for i, word in enumerate(words):
        if i in taken:
            continue
        if word in SWITCH_VERBS and i + 1 < len(words) and words[i + 1] in TO and past_wish(words, i):
            take("past", i, i + 2, False)  # "mon ancien médecin voulait me passer à …": a plan never carried out
        elif word in SWITCH_VERBS and i + 1 < len(words) and words[i + 1] in TO:
            take("switch", i, i + 2, False)  # "on passe au Xarelto", "passer à l'Eliquis"
        elif word in RECAP and i and words[i - 1] in ("je", "j") and words[i + 1 : i + 2] not in ([p] for p in NAMING):
            take("ignored", i, i + 1, False)  # "je reprends : …", "je récapitule": a read-back follows, no decision
        elif word == "arret" and words[i + 1 : i + 2] in (["de"], ["du"], ["d"], ["des"]):
            take("stop", i, i + 2, False, 2)  # "arrêt du Victoza": the stop said as a noun (a read-back, a plan)
            found[-1].named = True
        elif word in LAST and words[i - 1 : i] in ([d] for d in DETERMINERS):
            take("stop", i, i + 1, False, 0)  # "vous prenez le dernier Préviscan ce soir": its last intake
            found[-1].named = True
        elif word in SWITCH_VERBS and i + 1 < len(words) and words[i + 1] in ("de", "du", "d"):
            take("from", i, i + 1, False, 4)  # "on passe du Zyrtec à l'Aerius", "vous passez du 24 au 49"
            to = next((k for k in range(i + 2, min(len(words), i + 8)) if words[k] in TO), None)
            if to is not None:
                take("switch", to, to + 1, False)
        elif word in REPLACE_VERBS:
            target = replacement(words, i)
            if target is None and not word.startswith("rempla"):
                continue  # "on change la dose": a change, not a replacement
            subject = i >= 2 and words[i - 1] in PRONOUNS and ids[i - 2] == ids[i] and words[i - 2] not in SUBJECTS
            subject = subject and word != "relais"  # "le relais": a noun, "le" its article
            if not subject:  # "le Nasonex le remplace": the drug before is the new one, the pronoun the old
                take("stop", i, i + 1, object_pronoun(words, i, i + 1, ids))
            if target is not None:
                take("switch", target, target + 1, False)  # "remplacer A par B": B is the new drug
        elif word in ASIDE and ("de", "cote") in zip(words[i + 1 : i + 6], words[i + 2 : i + 7]):
            take("stop", i, i + 1, object_pronoun(words, i, i + 1, ids))  # "on laisse l'Advil de côté"
        elif word.startswith("retir") and "pharmacie" in words[i + 1 : i + 6]:
            continue  # "retirer le médicament à la pharmacie": collect it
        # "à renouveler si besoin": posology; "le cardiologue l'a arrêté": a past stop all the same
        elif word in VERB_KIND and not (i and words[i - 1] == "a" and word.endswith(INFINITIVE)):
            if not_a_verb(words, i):
                continue  # "le médecin de garde", "ça m'a fait prendre dix kilos"
            if word in DOCTOR_ONLY and subject_of(words, i) not in ("je", "j", "on", "nous"):
                continue  # "ça me donne des vertiges": only "je vous donne", "on donne" prescribe
            kind, ended = VERB_KIND[word], False
            if word.startswith("renouvel") and ({"jusqu", "toutes", "la", "une", "si"} & set(words[i + 1 : i + 3])):
                continue  # "vous pouvez renouveler jusqu'à trois fois": the intake repeated, a posology
            symptom = subject_of(words, i) in ("il", "elle") and words[i + 1 : i + 2] in (["de"], ["d"], ["a"])
            if word == "continue" and (subject_of(words, i) in ("ca", "c", "cela") or symptom):
                continue  # "ça continue de me gratter", "il continue à tousser": the symptom goes on
            placed_nothing = subject_of(words, i) in ("ca", "c", "cela") or TROUBLE & set(words[i : i + 4])
            if word.startswith("pos") and placed_nothing:
                continue  # "ça ne pose pas de problème", "je me pose la question": no device placed
            if kind in ("negative", "stop") and (
                (i and words[i - 1] in ("pour", "qui")) or (i > 1 and words[i - 2] == "afin")
            ):
                continue  # "pour éviter une rechute", "pour arrêter les vomissements": a goal; "qui retire": an effect
            if kind == "stop" and i and words[i - 1] == "avoir":
                continue  # "il faut avoir arrêté l'oméprazole avant le test": a condition for later
            if kind == "stop" and word.startswith("jet") and PIECES & set(words[max(0, i - 8) : i]):
                continue  # "vous cassez un petit bout et vous le jetez": the piece of the tablet
            if kind == "stop" and person_object(words, i):
                continue  # "je vous arrête cinq jours": sick leave, the patient is the object
            if (
                kind == "modify"
                and not word.endswith(IMPERATIVE_OR_INFINITIVE)
                and subject_of(words, i) not in DECIDERS
            ):
                continue  # "l'aspirine augmente le risque": the drug's effect ("on peut réduire": the clinician's)
            if kind == "stop" and (pluperfect(words, i) or stopped_by_another(words, i)):
                kind = "past"  # "on l'avait arrêté au bout d'un mois", "on me l'a arrêté": stopped before today
                ended = True
            if kind in ("new", "continue") and word.endswith(INFINITIVE) and first_person_wish(words, i):
                if kind == "new":
                    continue  # "je voudrais prendre du …": the patient's wish, decided by the clinician
                kind = "current"  # "je peux continuer le …": what the patient takes
            if kind == "new" and past_wish(words, i):
                kind = "past"  # "mon généraliste voulait me mettre du Cortancyl": a plan never carried out
            elif kind == "new" and hearsay(words, i):
                kind = "current"  # "on m'a dit de mettre …": someone else's advice, told by the patient
            elif kind == "new" and started_before(words, i, gone_by or bool(SINCE & set(words))):
                kind = "current"  # "l'hôpital a ajouté le X", "ça fait trois mois qu'on a commencé le X": taken
            elif kind == "new" and any(w in CHECKING for w in words[i + 1 : i + 3]):
                kind = "current"  # "vous le prenez bien ?", "vous en prenez encore"
            elif kind == "new" and offered(words, i) and not granted(words, i):
                kind = "deferred"  # "je peux vous le prescrire si vous voulez": an offer, not a decision
            take(kind, i, i + 1, object_pronoun(words, i, i + 1, ids))
            if kind == "negative":  # "je vous déconseille d'en racheter": the pronoun of the infinitive
                _refused_infinitive(found[-1], words, taken)
            found[-1].ended = ended
            found[-1].resume = word.startswith(("repren", "remet", "remett"))  # "on le reprend"
    for i, word in enumerate(words):
        denied = (NEGATIVE_WORDS | {"aucune", "aucun", "ni"}) & set(words[max(0, i - 2) : i])
        if word in ALLERGY and i not in taken and not denied and not negated(toks, ids, i, i + 1):
            # "allergique à la pénicilline": only the drug right after (a "test d'allergie" is about none);
            # "on donne de l'amoxicilline mais vous êtes allergique": the drug of the clause the "mais" opposes
            take("negative", i, i + 1, False, 3)
            found[-1].named = True
            but = next((k for k in range(i - 1, max(-1, i - 6), -1) if words[k] == "mais"), None)
            if but is not None:
                take("negative", but, but + 1, True)
    for i, later in later_starts(toks):  # "Zyloric 100, un par jour, à commencer dans deux semaines": a plan
        if i not in taken:
            take("deferred", i, later, True)
            found[-1].later = True
    for cue in found:
        if held := held_back(toks, ids, cue.kind, cue.first, cue.last, VERB_KIND):  # "on le garde en réserve"
            cue.kind = held
        if cue.kind == "past" and words[cue.last - 1].startswith("prenai") and ongoing(words, cue.last):
            cue.kind = "current"  # "je prenais du Kardégic depuis des années": taken up to today
        if cue.kind == "stop" and since(words, cue.last):
            cue.kind, cue.ended = "past", True  # "le Lovenox, c'est fini depuis longtemps"
        if cue.first and words[cue.first - 1] in PASSIVE:
            cue.anaphoric = True  # "le Kardégic a été arrêté": said of the drug before, the subject
        if any(words[cue.last : cue.last + len(both)] == both for both in BOTH):
            cue.anaphoric = True  # "on continue les deux": the drugs just named
        if qualifies(words, cue.first) or words[cue.first] in AFTER_ITS_DRUG:
            cue.anaphoric = True  # "Lasilix 40 inchangé": the adjective follows the drug it qualifies
        if cue.kind in ("stop", "continue") and clause_ends(words, ids, cue.first, cue.last):
            cue.anaphoric = True  # "le Zyrtec, non, ça ne sert à rien, on arrête": said of the drug before
        if cue in found[:phrases] and NEGATIVE_WORDS & set(words[cue.first : cue.last]):
            if cue.kind == "negative" and conditional(toks, ids, cue.first):
                cue.kind = "ignored"  # "si vous ne mangez pas, ne le prenez pas": an instruction for that case
            continue  # the phrase says its own polarity ("ne prenez pas", "on ne change rien")
        if cue.kind == "new" and negated(toks, ids, cue.first, cue.last) and both_after(words, cue.last):
            cue.kind = "ignored"  # "il ne faut pas prendre les deux": not together, each one still taken
        elif cue.kind in FLIP and negated(toks, ids, cue.first, cue.last):
            cue.kind, cue.turned = FLIP[cue.kind], True
            turned.add(cue.last)
            if cue.kind == "negative" and conditional(toks, ids, cue.first):
                cue.kind = "ignored"  # "si vous ne mangez pas, vous ne le prenez pas": an instruction for that case
        elif cue.kind in ("new", "switch") and (
            opening(toks, ids, ids[cue.first]) == "sinon" or failed_first(toks, ids, cue.first)
        ):
            cue.kind = "deferred"  # "sinon vous pourrez prendre …", "si ça ne suffit pas, vous prendrez …": a plan
        elif (
            cue.kind == "stop"
            and cue.reach is None
            and (
                conditional(toks, ids, cue.first)
                or (
                    (opening(toks, ids, ids[cue.first]) in END_OF_COURSE or after_course(words, cue.first))
                    and not tapered(words, cue.first)
                )
            )
        ):
            cue.kind = "ignored"
        elif cue.kind in ("new", "continue", "modify", "current") and if_subject(words, cue.first):
            cue.kind = "ignored"  # "si vous la reprenez un jour, …": the verb of the condition, no decision
        elif cue.kind in ("stop", "modify", "new") and planned(toks, ids, cue.first):
            cue.kind = "deferred"  # "dans un mois on essaiera d'arrêter": a plan for later, decided then
        if any(corrected(words, cue.last, later.first) for later in found if later.first >= cue.last):
            cue.kind = "ignored"  # "on l'arrête… non, pardon, on le diminue": the speaker takes it back
        if indirect_question(words, ids, cue.first):
            cue.kind = "ignored"  # "on se revoit pour voir si on peut baisser": a question for later, not a decision
    # "n'arrêtez surtout pas": the phrase only stresses the negated verb, already turned
    found = [c for c in found if c.kind != "ignored" and not (c.kind == "negative" and c.first in turned)]
    for i in range(len(words)):
        end = put_off(toks, i)
        if end is not None and not taken & set(range(i, end)):
            talk = any(w.startswith(TALK) for w in words[i:end])
            # "… peut aider, mais pas tout de suite": a "not now" says it of what was just named
            anaphoric = object_pronoun(words, i, end, ids) or words[i] == "pas"
            found.append(Cue("deferred", i, end, anaphoric, talk=talk))
    for phrase in NEGATION_OF_NEXT:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i : i + len(phrase)]) == phrase and i not in taken:
                if phrase[0] == "plus" and i and words[i - 1] in ("en", "de", "pas"):
                    continue  # "en plus de l'Oxynorm": in addition to it
                # "pas plus de", "pas de sang": only a negation when a drug comes right after
                found.append(Cue("negation", i, i + len(phrase), False, 2, no_more=phrase[0] == "plus"))
    for i, word in enumerate(words[:-1]):  # "non, pas le Lexomil de votre mère": this one refused
        # "non, pas le X", "je vous mets le Y et pas le X": the drug named right after is left out
        if word == "pas" and words[i + 1] in NAMING and (i == 0 or words[i - 1] in BUT_NOT) and i not in taken:
            found.append(Cue("negation", i, i + 1, False, 2))
    return sorted(found, key=lambda c: c.first)


def decision_of(cues: list) -> str | None:
    """The decision a drug's cues in one sentence say together."""
    if any(c.kind == "deferred" and c.later for c in cues):
        return "deferred"  # "je vous prescris la X, vous la commencerez dans deux semaines": a start put off
    deferred = [c for c in cues if c.kind == "deferred"]
    if deferred and all(c.talk for c in deferred):  # "on diminue l'Imovane et on en reparlera": decided
        if any(c.kind in ("new", "continue", "modify", "switch") and c.first < deferred[0].first for c in cues):
            cues = [c for c in cues if c.kind != "deferred"]
    decided = [c.first for c in cues if c.kind in ("new", "continue", "modify", "switch")]
    if decided and any(c.kind == "deferred" for c in cues):
        # "on le garde, et si le potassium baisse on le diminuera": the plan for later leaves today's decision
        cues = [c for c in cues if c.kind != "deferred" or c.first < min(decided)]
    kinds = [c.kind for c in cues]
    if cues and cues[-1].kind == "new" and cues[-1].resume and "stop" in kinds:
        return "continue"  # "vous l'interrompez deux jours avant l'opération et vous le reprenez le lendemain"
    denied_stop = any(c.turned and c.kind == "continue" for c in cues)  # "… non, vous ne l'arrêtez pas, on continue"
    if cues and cues[-1].kind == "continue" and denied_stop and "stop" in kinds:
        return "continue"  # "il faut arrêter l'Eliquis non vous ne l'arrêtez pas": the stop denied after it is said
    if "stop" in kinds or any(c.kind == "negation" and c.no_more for c in cues):
        return "stop"
    if "negative" in kinds or "negation" in kinds:
        return "negative"
    if "deferred" in kinds:  # "on pourra augmenter le Seroplex": a plan, not a decision
        return "deferred"
    if kinds and kinds[-1] == "new" and "modify" in kinds:
        return "modify"  # "il faut adapter le Xarelto, vous prenez 15 mg": the new posology of a change
    return kinds[-1] if kinds else None
