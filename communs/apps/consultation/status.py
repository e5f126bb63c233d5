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
from communs.apps.consultation.normalize import Token, norm
from communs.apps.consultation.numbers import read_number


def _cues(*phrases: str) -> list[tuple[str, ...]]:
    return [tuple(norm(p).split()) for p in phrases]


NEW = _cues(
    "je vous mets", "je vous prescris", "je vous donne", "je lui donne", "je lui mets", "je lui prescris", "on ajoute",
    "j'ajoute", "on rajoute", "on commence", "on débute", "on va mettre", "on met", "on va essayer", "on essaie",
    "on part sur", "je vous propose", "on traite", "on introduit", "on instaure", "vous prendrez",
    "je vous conseille", "on va commencer", "on va ajouter", "je rajoute", "je vous recommande", "je recommande",
)  # fmt: skip
CONTINUE = _cues(
    "vous continuez", "on continue", "continuez", "vous pouvez continuer", "on garde", "vous gardez", "gardez",
    "vous la gardez", "vous le gardez", "on ne change pas", "on ne change rien", "on renouvelle", "je renouvelle",
    "on maintient", "je vous renouvelle", "pas de changement", "sans changement", "on ne touche à rien",
    "on ne touche pas", "on ne touche rien", "on reste à", "on reste sur", "on poursuit", "même dose",
    "aucun changement",
)  # fmt: skip
MODIFY = _cues(
    "on augmente", "on va augmenter", "on monte", "on va monter", "on le monte", "on la monte", "on diminue",
    "on le diminue", "on la diminue", "on va diminuer", "on baisse", "on réduit",
    "on passe de", "on espace", "on va espacer", "on adapte", "on double",
    "on modifie", "on descend", "on redescend", "on va descendre", "on remonte",
)  # fmt: skip
SWITCH = _cues("vous passez à", "on passe à", "on va passer à", "je vous passe à")
STOP = _cues(
    "on arrête", "arrêtez", "vous pouvez arrêter", "on l'arrête", "on les arrête", "on va arrêter", "j'arrête",
    "on supprime", "on enlève", "stoppez", "c'est fini", "c'est terminé", "laisse de côté", "laisser de côté",
    "met de côté", "mettre de côté", "laisse tomber", "laisser tomber",
)  # fmt: skip
NEGATIVE = _cues(
    "on oublie", "ne prenez pas", "n'en prenez pas", "n'en preniez pas", "ne la prenez pas", "ne le prenez pas",
    "surtout pas", "je ne vous prescris pas", "on n'en met pas", "on n'en a pas besoin", "pas besoin",
    "je veux pas", "je ne veux pas", "j'en veux pas", "j'ai pas envie", "je n'ai pas envie", "non merci",
    "plus besoin", "pas la peine", "plus la peine", "inutile de", "pas utile", "pas nécessaire", "ne sert à rien",
    "ne sert plus à rien", "sert à rien",
    "mais pas aujourd'hui", "je préfère pas", "je ne préfère pas", "évitez", "on évite", "pas sur",
    "je n'en veux pas", "on ne met pas", "on ne le met pas", "vous n'en voulez pas",
    # a refusal said with an infinitive ("je préfère ne pas le prendre"), or ruled out ("pas question")
    "je préfère ne pas", "j'aime mieux ne pas", "je préférerais ne pas", "pas question",
    # an instruction about the patient said to a carer ("ce soir, elle ne prend pas son X")
    "ne prend pas", "ne prenne pas", "n'en prend pas",
)  # fmt: skip
# the speaker's past use, over before today (pluperfect, imperfect, a trial): history, not a decision
PAST = _cues(
    "j'avais pris", "je prenais", "j'avais essayé", "j'ai essayé", "j'avais eu", "j'avais eues", "j'avais eus",
    "il prenait", "elle prenait", "on avait essayé", "j'avais déjà pris", "j'en prenais", "j'en avais pris",
    "j'ai pris", "j'en ai pris", "j'ai déjà pris", "il a pris", "elle a pris",
)  # fmt: skip
# an earlier prescription told by the patient or a carer ("mon médecin m'a donné de l'Augmentin le mois dernier"):
# history when said with a time gone by, else it may still be taken ("… je suis au troisième jour")
EARLIER = _cues(
    "m'a donné", "m'avait donné", "m'a prescrit", "m'avait prescrit", "lui a donné", "lui avait donné",
    "lui a prescrit", "lui avait prescrit", "nous a donné", "nous avait donné",
)  # fmt: skip
GONE_BY = [["dernier"], ["derniere"], ["il", "y", "a"], ["autrefois"], ["l", "an", "passe"], ["l", "annee", "passee"]]
NEGATION_OF_NEXT = _cues("pas de", "pas d'", "ni de", "ni d'", "sans", "plus de", "plus d'")
CURRENT = _cues(
    "je prends", "j'ai toujours", "j'ai mon", "j'ai ma", "je suis sous", "j'ai le", "j'ai la", "j'ai l'",
    "je suis sous",
    # the doctor checking the current treatment, often without a question mark in a recogniser's text
    "vous avez toujours", "vous avez encore", "vous faites toujours", "vous utilisez toujours", "vous mettez toujours",
    "vous êtes toujours sous", "vous êtes sous", "vous êtes toujours à", "vous en êtes à", "vous êtes à",
    # a carer telling what the patient takes
    "il prend", "elle prend", "il a le", "elle a le", "il a la", "elle a la", "il a l'", "elle a l'", "il est sous",
    "elle est sous", "il a toujours", "elle a toujours",
    # the dose taken now, said by the patient or a carer ("je suis toujours à cinq le matin")
    "je suis toujours à", "il est toujours à", "elle est toujours à", "j'en suis à",
)  # fmt: skip
# single verb forms (present, imperative, infinitive, second-person future): the clause's grammar then says whether
# they are negated ("on ne le represcrit pas"), put off ("on le rajoutera") or conditional ("si …, arrêtez")
VERBS = {
    "stop": "arrete arretez arreter arretons arretes arretee arretees stoppe stoppez stopper suspends suspend "
    "suspendez suspendre suspendu abandonne abandonnez abandonner abandonnons "
    "supprime supprimez supprimer enleve enlevez enlever interromps interrompt "
    "interrompez interrompre jetez jeter retire retirez retirer stop arretiez suspendiez cesse cessez cesser "
    "cessons sevre sevrez sevrer sevrons",
    "new": "prescris prescrit prescrire prescrivons mettre remettre remets remet remettez remettons ajoute "
    "ajoutez ajouter ajoutons rajoute rajoutez rajouter commence commencez commencer commencons debute debutez "
    "debuter demarre demarrez demarrer introduis introduit introduire instaure instaurer prendre reprendre reprenez "
    "reprend reprends reprenons essayer prenez appliquez appliquer utilisez utiliser donne donnons donnez donner "
    "prendrez mettrez appliquerez pose posons poser posez "
    "donnerez utiliserez preniez",
    "modify": "augmente augmentez augmenter augmentons diminue diminuez diminuer diminuons baisse baissez baisser "
    "augmentiez diminuiez reduis reduit reduisez reduire doublez doubler descendre redescendre "
    "espacez espacer ajuste ajustez ajuster majore majorer modifie "
    "modifier adapter adaptez adaptons",
    "negative": "evitez eviter evitiez evitons deconseille deconseiller",
    "continue": "continue garde gardons continuez continuer poursuis poursuit poursuivez poursuivre gardez garder "
    "maintiens continues gardes "
    "maintient maintenez maintenir renouvelle renouvelez renouveler reconduis reconduit reconduire represcris "
    "represcrit represcrire continuiez gardiez inchange inchanges inchangee inchangees",
}
VERB_KIND = {form: kind for kind, forms in VERBS.items() for form in forms.split()}
SWITCH_VERBS = {"passe", "passez", "passer", "passons", "bascule", "basculez", "basculer", "basculons"}
REPLACE_VERBS = {"remplace", "remplacez", "remplacer", "remplacons", "change", "changez", "changer", "changeons"}
REPLACE_VERBS |= {"relais", "relaie", "relayez", "relayer"}  # "on fait le relais du Préviscan par l'Eliquis"
REPLACE_BY = {"par", "pour"}
TO = {"a", "au", "aux", "vers", "sur"}
ASIDE = {"laisse", "laissez", "laisser", "met", "mets", "mettez", "mettre"}
CHECKING = {"toujours", "encore", "bien", "deja", "actuellement"}  # "vous prenez toujours …": the current treatment
INSTEAD = _cues(
    "à la place de", "à la place du", "à la place d'", "au lieu de", "au lieu du", "au lieu d'", "en remplacement de",
    "en remplacement du", "plus besoin de", "plus besoin du", "plus besoin d'",
) + [
    # "vous prenez votre dernier comprimé de ramipril demain": whatever the determiner, the last intake ends it
    (last, unit, of)
    for last, unit in [("dernier", "comprime"), ("derniere", "prise"), ("derniere", "dose"), ("dernier", "sachet"),
                       ("derniere", "injection"), ("derniere", "gelule"), ("dernier", "patch")]
    for of in ("de", "du", "d", "des")
]  # fmt: skip
# "c'est une alternative", "ça fait partie des options": a drug weighed, not decided
DISCUSSED = _cues(
    "est une alternative", "est une option", "est une possibilité", "partie des options", "autre option",
    "autre possibilité", "autre alternative",
)  # fmt: skip
END_OF_COURSE = {"puis", "ensuite", "apres"}  # "… pendant six jours, puis on arrête": the course ends, not a stop
FLIP = {"new": "negative", "switch": "negative", "continue": "stop", "modify": "continue", "stop": "continue",
        "current": "stop"}  # fmt: skip
NEGATIVE_WORDS = {"ne", "n", "pas", "plus", "rien", "jamais", "sans"}
KINDS = [
    ("stop", STOP), ("negative", NEGATIVE), ("modify", MODIFY), ("switch", SWITCH), ("continue", CONTINUE),
    ("past", PAST), ("new", NEW), ("current", CURRENT),
]  # fmt: skip
PRONOUNS = {"le", "la", "l", "en", "les", "y"}  # "on pourra y passer": "y" names the drug too
POSSESSED = {"le", "la", "l", "mon", "ma"}
QUALIFY = ("inchange",)  # adjectives of a decision, said after the drug they qualify ("le Lasilix inchangé")
INFINITIVE = ("er", "ir", "re")
IMPERATIVE_OR_INFINITIVE = ("ez", "ons", "er", "dre", "ire")
CLITIC_RUN = {"le", "la", "l", "les", "en", "y", "lui", "leur", "vous", "me", "m", "te", "t", "se", "s", "nous"}
ARTICLE_BEFORE = {"de", "d", "a", "pour", "par", "sur", "dans", "avec", "tout", "toute", "tous"}  # "de la", "à la"
SUBJECTS = {"je", "j", "on", "il", "elle", "nous", "vous", "ils", "elles", "ca"}
NAMING = {"le", "la", "l", "les", "du", "des", "de", "d", "ce", "cette", "ces"}  # articles that name an object
FOLLOW_WINDOW = 6
AUXILIARY = {"a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient"}
DETERMINERS = {"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "votre", "vos", "son", "sa", "ses", "ce",
               "cette", "mon", "ma", "mes"}  # fmt: skip
PIECES = {"bout", "morceau", "reste", "quart", "moitie", "tiers", "demi"}
# a third person's subject in the present ("ça augmente le risque", "l'aspirine augmente"): an effect, not a change
BUT_NOT = {"non", "et", "mais"}
DECIDERS = {"je", "j", "on", "nous", ""}
PASSIVE = {"ete", "est", "sont", "etait", "etaient"}
BOTH = [["les", "deux"], ["les", "trois"], ["tous", "les", "deux"], ["toutes", "les", "deux"], ["tout", "ca"]]
BOTH += [["ces", n] for n in ("deux", "trois", "quatre")] + [["les", "quatre"]]  # "on arrête ces deux-là"
TALK = ("reparl", "parler", "verr", "discut", "rediscut", "refer", "revoi", "reverr")


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


def _object_pronoun(words: list[str], first: int, last: int, ids: list[int]) -> bool:
    """A clitic right before the verb ("on l'arrête", "je vous le prescris"), or after it at the end of its clause
    ("arrêtez-le"): after the verb and before more words, "le" is an article ("reprendre le Séresta")."""
    if _clitic_before(words, first, ids):
        return True
    if last >= len(words) or words[last] not in PRONOUNS:
        return False
    # "arrêtez-le", "on pourra en discuter": the pronoun ends the clause or an infinitive follows it
    return last + 1 == len(words) or ids[last + 1] != ids[last] or words[last + 1].endswith(INFINITIVE)


# adverbs of time or manner, which leave a verb without an object ("vous arrêtez tout de suite")
MANNER = {"tout", "de", "suite", "maintenant", "aujourd", "hui", "des", "ce", "soir", "demain", "matin", "net", "donc",
          "alors", "bien", "aussi", "comme", "ca"}  # fmt: skip


def _clause_ends(words: list[str], ids: list[int], first: int, last: int) -> bool:
    """Nothing but adverbs ("complètement", "tout de suite", "dès ce soir") after ``last`` in the clause of the
    words from ``first``."""
    for k in range(last, len(words)):
        if ids[k] != ids[first]:
            return True
        if words[k] not in MANNER and not (words[k].endswith("ment") and len(words[k]) > 6):
            return False
    return True


DOCTOR_ONLY = {"donne", "donnons"}
TROUBLE = {"probleme", "problemes", "souci", "soucis", "question", "questions"}
# "je voulais prendre", "je dois prendre", "je pensais mettre": the speaker's own wish or question, not a decision
INTENTION = {
    "dois", "devrais", "pensais", "pense", "voulais", "voudrais", "veux", "peux", "pourrais", "aimerais", "comptais",
    "compte", "prevoyais",
}  # fmt: skip


def _intention(words: list[str], i: int) -> bool:
    """The verb at ``i`` is an infinitive governed by a first-person wish ("je voudrais prendre", "est-ce que je
    peux en prendre", "je pensais le garder"): what the speaker wants, not a decision."""
    j = i - 1
    while j >= 0 and words[j] in CLITIC_RUN - {"je", "j", "vous", "nous"}:
        j -= 1
    while j >= 0 and words[j] in ("bien", "plutot", "justement", "pas"):
        j -= 1
    return j >= 1 and words[j] in INTENTION and words[j - 1] in ("je", "j")


def _subject(words: list[str], i: int) -> str:
    """The word before the clitics in front of the verb at ``i`` ("on ne la donne": "on")."""
    j = i - 1
    while j >= 0 and words[j] in CLITIC_RUN | {"ne", "n"}:
        j -= 1
    return words[j] if j >= 0 else ""


def _clitic_before(words: list[str], first: int, ids: list[int]) -> bool:
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


def _person_object(words: list[str], i: int) -> bool:
    """ "je vous arrête cinq jours", "on lui arrête": a person right before the verb and no drug pronoun."""
    j = i - 1
    clitics = []
    while j >= 0 and words[j] in CLITIC_RUN:
        clitics.append(words[j])
        j -= 1
    after = words[i + 1] if i + 1 < len(words) else ""
    person = bool(clitics) and clitics[0] in ("vous", "lui", "te", "m") and not PRONOUNS & set(clitics)
    return person and j >= 0 and words[j] in ("je", "j", "on") and after not in NAMING


RECAP = {"reprends", "recapitule", "resume"}
LAST = {"dernier", "derniere", "derniers", "dernieres"}


def _offered(words: list[str], i: int) -> bool:
    """ "je peux vous en prescrire", "on peut mettre": the doctor offers (the patient decides)."""
    j = i - 1
    while j >= 0 and words[j] in {"vous", "lui", "le", "la", "l", "les", "en", "y", "leur"}:
        j -= 1
    return j >= 1 and words[j] in ("peux", "peut") and words[j - 1] in ("je", "j", "on")


def _governed_infinitive(words: list[str], k: int) -> int | None:
    """The infinitive right after a refusal ("pas question d'en prendre", "ne pas le faire"), or None."""
    while k < len(words) and words[k] in CLITIC_RUN | {"de", "d"} - {"vous", "nous"}:
        k += 1
    return k if k < len(words) and words[k].endswith(INFINITIVE) and len(words[k]) > 3 else None


def _refused_infinitive(cue: Cue, words: list[str], taken: set[int]) -> None:
    """ "pas question d'en prendre", "je préfère ne pas le faire", "je vous déconseille d'en racheter": the refusal
    is the governed verb's polarity, and the verb's pronoun names the drug."""
    verb = _governed_infinitive(words, cue.last)
    if verb is not None and VERB_KIND.get(words[verb]) not in ("stop", "continue"):
        cue.anaphoric = cue.anaphoric or bool(PRONOUNS & set(words[cue.last : verb]))
        if VERB_KIND.get(words[verb]) == "new":
            taken.add(verb)


def _after_course(words: list[str], first: int) -> bool:
    """ "… pendant trois jours et après c'est fini", "puis on arrête": the end of a course, not a stop."""
    j = first - 1
    if j >= 0 and words[j] in ("on", "vous", "c"):
        j -= 1
    return j >= 0 and words[j] in END_OF_COURSE


def _planned(toks: list[Token], ids: list[int], first: int) -> bool:
    """An infinitive governed by a verb put off in its clause ("on essaiera d'arrêter", "on pourra diminuer")."""
    if not words_end_infinitive(toks[first].norm):
        return False
    j = first - 1
    while j >= 0 and first - j <= 4:
        if put_off(toks, j) == j + 1:
            return True  # the governing verb may end the clause before ("on pourrait | alors essayer …")
        if ids[j] != ids[first]:
            return False
        j -= 1
    return False


def words_end_infinitive(word: str) -> bool:
    return word.endswith(INFINITIVE)


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
                    anaphoric = anaphoric or cues is DISCUSSED or _clitic_before(words, i, ids)
                    # "j'ai le droit à l'Advil": a possession said with its article is only of the drug right after
                    reach = 3 if cues is INSTEAD else 1 if cues is CURRENT and phrase[-1] in POSSESSED else None
                    take(kind, i, i + len(phrase), anaphoric, reach)
    gone_by = any(words[k : k + len(g)] == g for g in GONE_BY for k in range(len(words)))
    for phrase in EARLIER if gone_by else []:
        for i in range(len(words) - len(phrase) + 1):
            if tuple(words[i : i + len(phrase)]) == phrase and not taken & set(range(i, i + len(phrase))):
                take("past", i, i + len(phrase), _clitic_before(words, i, ids))
    phrases = len(found)
    for cue in found:
        if cue.reach == 3 and read_number(toks, cue.last) is not None:
            cue.kind, cue.reach = "modify", None  # "10 au lieu de 20": a dose instead of another, not a drug
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
                take("stop", i, i + 1, _object_pronoun(words, i, i + 1, ids))
            if target is not None:
                take("switch", target, target + 1, False)  # "remplacer A par B": B is the new drug
        elif word in ASIDE and ("de", "cote") in zip(words[i + 1 : i + 6], words[i + 2 : i + 7]):
            take("stop", i, i + 1, _object_pronoun(words, i, i + 1, ids))  # "on laisse l'Advil de côté"
        elif word.startswith("retir") and "pharmacie" in words[i + 1 : i + 6]:
            continue  # "retirer le médicament à la pharmacie": collect it
        # "à renouveler si besoin": posology; "le cardiologue l'a arrêté": a past stop all the same
        elif word in VERB_KIND and not (i and words[i - 1] == "a" and word.endswith(INFINITIVE)):
            if not_a_verb(words, i):
                continue  # "le médecin de garde", "ça m'a fait prendre dix kilos"
            if word in DOCTOR_ONLY and _subject(words, i) not in ("je", "j", "on", "nous"):
                continue  # "ça me donne des vertiges": only "je vous donne", "on donne" prescribe
            kind, ended = VERB_KIND[word], False
            if word.startswith("renouvel") and ({"jusqu", "toutes", "la", "une", "si"} & set(words[i + 1 : i + 3])):
                continue  # "vous pouvez renouveler jusqu'à trois fois": the intake repeated, a posology
            symptom = _subject(words, i) in ("il", "elle") and words[i + 1 : i + 2] in (["de"], ["d"], ["a"])
            if word == "continue" and (_subject(words, i) in ("ca", "c", "cela") or symptom):
                continue  # "ça continue de me gratter", "il continue à tousser": the symptom goes on
            placed_nothing = _subject(words, i) in ("ca", "c", "cela") or TROUBLE & set(words[i : i + 4])
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
            if kind == "stop" and _person_object(words, i):
                continue  # "je vous arrête cinq jours": sick leave, the patient is the object
            if kind == "modify" and not word.endswith(IMPERATIVE_OR_INFINITIVE) and _subject(words, i) not in DECIDERS:
                continue  # "l'aspirine augmente le risque": the drug's effect ("on peut réduire": the clinician's)
            if kind == "stop" and (pluperfect(words, i) or stopped_by_another(words, i)):
                kind = "past"  # "on l'avait arrêté au bout d'un mois", "on me l'a arrêté": stopped before today
                ended = True
            if kind in ("new", "continue") and word.endswith(INFINITIVE) and _intention(words, i):
                if kind == "new":
                    continue  # "je voudrais prendre du …": the patient's wish, decided by the clinician
                kind = "current"  # "je peux continuer le …": what the patient takes
            if kind == "new" and past_wish(words, i):
                kind = "past"  # "mon généraliste voulait me mettre du Cortancyl": a plan never carried out
            elif kind == "new" and hearsay(words, i):
                kind = "current"  # "on m'a dit de mettre …": someone else's advice, told by the patient
            elif kind == "new" and any(w in CHECKING for w in words[i + 1 : i + 3]):
                kind = "current"  # "vous le prenez bien ?", "vous en prenez encore"
            elif kind == "new" and _offered(words, i) and not granted(words, i):
                kind = "deferred"  # "je peux vous le prescrire si vous voulez": an offer, not a decision
            take(kind, i, i + 1, _object_pronoun(words, i, i + 1, ids))
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
        if words[cue.first].startswith(QUALIFY):
            cue.anaphoric = True  # "Lasilix 40 inchangé": the adjective follows the drug it qualifies
        if cue.kind in ("stop", "continue") and _clause_ends(words, ids, cue.first, cue.last):
            cue.anaphoric = True  # "le Zyrtec, non, ça ne sert à rien, on arrête": said of the drug before
        if cue in found[:phrases] and NEGATIVE_WORDS & set(words[cue.first : cue.last]):
            continue  # the phrase says its own polarity ("ne prenez pas", "on ne change rien")
        if cue.kind == "new" and negated(toks, ids, cue.first, cue.last) and _both_after(words, cue.last):
            cue.kind = "ignored"  # "il ne faut pas prendre les deux": not together, each one still taken
        elif cue.kind in FLIP and negated(toks, ids, cue.first, cue.last):
            cue.kind, cue.turned = FLIP[cue.kind], True
            turned.add(cue.last)
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
                    (opening(toks, ids, ids[cue.first]) in END_OF_COURSE or _after_course(words, cue.first))
                    and not tapered(words, cue.first)
                )
            )
        ):
            cue.kind = "ignored"
        elif cue.kind in ("new", "continue", "modify", "current") and _if_subject(words, cue.first):
            cue.kind = "ignored"  # "si vous la reprenez un jour, …": the verb of the condition, no decision
        elif cue.kind in ("stop", "modify", "new") and _planned(toks, ids, cue.first):
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
            anaphoric = _object_pronoun(words, i, end, ids) or words[i] == "pas"
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


def _if_subject(words: list[str], i: int) -> bool:
    """The verb at ``i`` has "si" and its subject right before it ("si vous le reprenez", "s'il en prend")."""
    j = i - 1
    while j >= 0 and words[j] in (CLITIC_RUN - SUBJECTS) | {"ne", "n"}:
        j -= 1
    return j >= 1 and words[j] in SUBJECTS - {"ca"} and words[j - 1] in ("si", "s")


ALLERGY = {"allergique", "allergiques", "allergie", "allergies", "intolerant", "intolerante", "intolerance"}


def _both_after(words: list[str], k: int) -> bool:
    return any(words[k : k + len(both)] == both for both in BOTH)


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
    if cues and cues[-1].turned and cues[-1].kind == "continue" and "stop" in kinds:
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
