"""The words of a decision: phrases that say one (new, continued, modified, switched, stopped, refused, current,
past), the verb forms whose clause decides their sense, and the small word classes their grammar is read with."""

from __future__ import annotations

from communs.apps.consultation.normalize import norm


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
# the posology said before kept as it is ("un comprimé le matin, comme avant"), said after the drug, of it only
SAME_AS_BEFORE = _cues(
    "comme avant", "comme d'habitude", "comme d'hab", "comme actuellement", "comme maintenant", "comme aujourd'hui",
    "comme jusqu'à présent", "comme jusqu'ici", "à l'identique", "pareil", "idem",
)  # fmt: skip
CONTINUE += SAME_AS_BEFORE
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
SINCE = {"depuis", "fait"}  # "depuis trois mois", "ça fait un an que": a time gone by up to today
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
# "il a aussi la metformine", "elle a son Kardégic": a treatment had, an adverb maybe between, of the drug right after
# (a partitive is a supply: "j'ai de la crème à la maison", "il a encore du X d'une ancienne ordonnance")
CURRENT += [
    phrase
    for phrase in _cues(
        *(
            f"{have} {adverb} {article}".replace("  ", " ")
            for have in ("il a", "elle a", "j'ai")
            for adverb in ("", "aussi", "également")
            for article in ("le", "la", "l'", "son", "sa", "ses")
        )
    )
    if phrase not in CURRENT
]
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
POSSESSED = {"le", "la", "l", "mon", "ma", "son", "sa", "ses"}
QUALIFY = ("inchange",)  # adjectives of a decision, said after the drug they qualify ("le Lasilix inchangé")
AFTER_ITS_DRUG = {"pareil", "idem"}  # only at the end of their clause ("c'est pareil pour le X" compares)
SCHEDULE_START = {"tous", "toutes", "chaque", "matin", "midi", "soir", "matins", "soirs"}  # "au lieu du soir"


def qualifies(words: list[str], i: int) -> bool:
    """The decision said at ``i`` qualifies the drug said before it ("Lasilix inchangé", "Mopral, comme avant")."""
    return words[i].startswith(QUALIFY) or any(tuple(words[i : i + len(p)]) == p for p in SAME_AS_BEFORE)


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

# adverbs of time or manner, which leave a verb without an object ("vous arrêtez tout de suite")
MANNER = {"tout", "de", "suite", "maintenant", "aujourd", "hui", "des", "ce", "soir", "demain", "matin", "net", "donc",
          "alors", "bien", "aussi", "comme", "ca"}  # fmt: skip

DOCTOR_ONLY = {"donne", "donnons"}
TROUBLE = {"probleme", "problemes", "souci", "soucis", "question", "questions"}
# "je voulais prendre", "je dois prendre", "je pensais mettre": the speaker's own wish or question, not a decision
INTENTION = {
    "dois", "devrais", "pensais", "pense", "voulais", "voudrais", "veux", "peux", "pourrais", "aimerais", "comptais",
    "compte", "prevoyais",
}  # fmt: skip
RECAP = {"reprends", "recapitule", "resume"}
LAST = {"dernier", "derniere", "derniers", "dernieres"}
ALLERGY = {"allergique", "allergiques", "allergie", "allergies", "intolerant", "intolerante", "intolerance"}
