"""What French procedure pages have in common: the words of their usual actions, the
buttons that move a form on, the pages that say the procedure is over.

Goals and labels are compared after :func:`terms`: French analysis (accents, elisions, stop words,
Snowball stems) where words of the same action share one concept (``connexion``, ``se connecter``,
``s'identifier`` all give ``@connect``), so that a goal finds a label that words it differently.
"""

from __future__ import annotations

import re

from communs.apps.guide.lexicon import LAY_WORDS
from communs.apps.guide.snapshot import Element, Page
from communs.nlp.spelling import within_one_edit
from communs.search.analysis import STOP_WORDS, analyze, normalize, tokens

# Phrases first (on normalised text), then single stems: each gives one concept term.
PHRASES: tuple[tuple[str, str], ...] = (
    (
        r"\bplus tard\b|\bfini\w* (?:plus tard|apres)\b|\breprend\w* (?:plus tard|ce soir|demain|apres)\b|"
        r"\bm'arret\w* (?:la|ici)\b|"
        # « je finirai la demande ce soir », « je dois y aller »: the person leaves a form to come back to it
        r"\b(?:fini|termin|reprend|continu|complet)\w*(?: [\w']+){0,5}? (?:ce soir|demain|plus tard|apres|"
        r"la semaine prochaine|un autre jour)\b|\bje dois (?:partir|y aller|filer|m'absenter)\b",
        "@save",
    ),
    (
        r"\b(?:voir|afficher) plus\b|\bplus de resultats\b|\bautres resultats\b|\bpage suivante\b|"
        r"\b(?:voir|afficher) (?:les )?suivante?s\b|\bla suite (?:des|de la liste)\b|"
        # « y en a pas d'autres ? », « voir d'autres missions »: more of the same list
        r"\b(?:voir|montre\w*|afficher|y en a|il y en a|y a)(?:[ -]m'en|[ -]moi|[ -]nous)? (?:pas |plus )?d'autres\b|"
        r"\bpas d'autres\b",
        "@more",
    ),
    (r"\b(?:finir|terminer|finaliser|achever)\b", "@finish"),  # completing the procedure: the form says how
    # starting a procedure over: « Recommencer », « tout reprendre depuis le début », « repartir de zéro »
    (
        r"\brecommenc\w*|\b(?:reprendre|refaire|repartir|redemarrer)\b(?: \w+){0,3} (?:debut|zero)\b|"
        r"\bdepuis le debut\b|\ba zero\b",
        "@restart",
    ),
    (r"\bcompt(?:er|ez|ons|ais|ait)\b", "@count"),  # counting, not an account (« compte »)
    (r"\bmot de passe\b|\bmdp\b", "@password"),
    # what someone asks of the person (« la mairie me demande un papier »): not a request to make on the page
    (r"\b(?:me|m'|nous|lui|leur) (?:demande|demandent|demandait|reclame|reclament|exige|exigent)\b", "@asked"),
    # closing an account for good (« fermer mon compte », « supprimer mon espace »): one concept, either verb
    (
        r"\b(?:fermer|supprimer|cloturer|clore|detruire)(?= (?:definitivement |completement )?"
        r"(?:mon|ma|le|la|ce|cet|votre|son) (?:compte|espace|profil)\b)",
        "@unregister",
    ),
    # « virer la demande »: remove it (not « il m'a viré »: fired)
    (r"(?<!m'a )(?<!m'ont )(?<!ete )(?<!suis )\bvire[rz]?(?= (?:la|le|les|ce|cette|ces|mon|ma|mes) )", "@delete"),
    # paying in instalments: « en plusieurs fois », « en trois fois sans frais », « échelonner »
    (
        r"\ben (?:plusieurs|deux|trois|quatre|dix|2|3|4|10) (?:fois|mensualites|versements)\b|\bechelonn\w*",
        "@instalments",
    ),
    (r"\bpar ecrit\b", "@message"),  # « une question par écrit »: a message, through the site's mailbox
    (r"\ben regle\b", "attest"),  # « en règle » (not a payment, « régler »): what an attestation says
    # « pris sur mon compte »: a direct debit from the bank account, not the site's « Mon compte »
    (r"\b(?:prise?|prelevee?|debitee?)(?: \w+)? sur (?:mon|le|notre) compte(?: bancaire)?\b", "prelev"),
    (
        r"\baide\s*:|\bbesoin d'aide\b|\bde l'aide\b|\bm'aider\b|\bje ne (?:sais|comprends?) (?:pas|rien)\b|"
        r"\bje (?:ne )?comprends? rien\b|\bou trouver\b|\bfoire aux questions\b|\bfaq\b|"
        # « c'est quoi ce code ? », « je comprends pas ce qu'il faut mettre »; a help button « Aide sur le motif »
        r"\bje (?:ne )?(?:comprends?|sais) pas (?:ce qu|quoi|a quoi|comment|si)\w*|\bc'est quoi\b|"
        r"\bqu'est-ce que c'est\b|\b(?:ca|cela) veut dire\b|^aide (?:sur|pour|a)\b|^\?$|"
        # a label that explains: « Qu'est-ce que FranceConnect ? », « En savoir plus sur la PCH »
        r"^qu'est[- ]ce que?\b|^c'est quoi\b|^en savoir plus (?:sur|a propos)\b|"
        r"^comment (?:ca|cela) (?:marche|fonctionne)\b",
        "@help",
    ),
    (r"\bse connecter\b|\bme connecter\b|\bs'identifier\b|\bm'identifier\b|\bconnexion\b|\blog ?in\b", "@connect"),
    (r"\bse deconnecter\b|\bme deconnecter\b|\bdeconnexion\b", "@logout"),
    (r"\bne (?:garder|montrer|afficher) que\b|\bfiltrer\b|\bfiltre\b|\bseulement\b|\buniquement\b", "@filter"),
    (r"\b(?:a|de|l'etape) (?:d')?avant\b|\bretour(?:ner)? en arriere\b", "@back"),
    (r"\b(?:ne )?(?:re)?(?:trouve|rappelle|souviens)s? (?:plus|pas)\b", "@forgot"),
    (r"\bsuivi(?:e|s|es)?\b|\bsuivre\b|\bou j'en suis\b|\bou (?:en )?(?:est|sont)\b(?![- ]ce)|\bvoir si\b", "@track"),
    (r"\blaisse[rz]? tomber\b|\bje (?:ne )?(?:veux|souhaite) plus\b|\bfinalement pas\b", "@cancel"),
    (r"^(?:x|×|✕)$", "@close"),
)
CONCEPTS: dict[str, str] = {
    **dict.fromkeys(("connect", "identifi", "authentif"), "@connect"),
    **dict.fromkeys(("cre", "ouvr", "inscr", "inscrir", "inscript"), "@create"),
    **dict.fromkeys(("compt", "espac"), "@account"),
    **dict.fromkeys(("contact", "question", "joindr"), "@contact"),
    # a mailbox: messages received, and one's own to send (writing to a service goes through it)
    **dict.fromkeys(("messag", "messager", "ecrir"), "@message"),
    **dict.fromkeys(("preced", "precedent", "retour", "reven"), "@back"),
    **dict.fromkeys(("enregistr", "sauvegard", "quitt", "brouillon"), "@save"),
    **dict.fromkeys(("suiv", "suivant", "continu", "poursuiv"), "@next"),
    **dict.fromkeys(("recherch", "cherch", "trouv"), "@search"),
    **dict.fromkeys(("oubli", "oubl", "perdu", "perd", "recuper", "zapp"), "@forgot"),
    **dict.fromkeys(("simul", "estim", "calcul", "combien"), "@estimate"),
    **dict.fromkeys(("pai", "pay", "regl", "reglement"), "@pay"),
    **dict.fromkeys(("annul", "abandon", "renonc", "resili", "resil"), "@cancel"),
    **dict.fromkeys(("ferm",), "@close"),
    **dict.fromkeys(("valid", "confirm"), "@confirm"),  # « valider un vœu »: « Confirmer »
    **dict.fromkeys(("supprim", "enlev", "retir", "effac"), "@delete"),  # « je l'enlève »: « Supprimer »
}
# The brands of public-service sites and the organisation each stands for: on its own site, the organisation's
# name is what the whole page is about, not one element's.
BRANDS: dict[str, str] = {
    "ameli": "assurance maladie CPAM sécu",
    "francetravail": "France Travail",
    "impots": "finances publiques impôts",
    "caf": "CAF allocations familiales",
}
# Concepts that lead to one another: one reaches "mon compte" by signing in.
RELATED: dict[str, tuple[str, ...]] = {
    "@account": ("@connect",),
    "@connect": ("@account",),
    "@message": ("@contact",),
    "@contact": ("@message",),
}
# Verbs and words that say nothing about which element: "je veux faire", "il faut indiquer"...
GENERIC = frozenset(
    "facult optionnel nouveau nouvel fair fais veux voudr voudrais souhait souhaitait peux pouvoir dois "
    "doit devoir faut aller vais va indiqu saisir saisiss rempl renseign mettr entrer entr dir cliqu "
    "appui clic savoir voir aid besoin comment pas encor mainten lign moi mien suis veux voudr @search @finish "
    "pend depuis @asked".split()  # « pendant », « depuis »: when, not what
)

_GENERIC_LABEL = frozenset(
    {"modifi", "voir", "acced", "consult", "ger", "detail", "savoir", "plus", "chang", "@create"}
)
_DISMISS = re.compile(r"^(?:fermer|j'ai compris|compris|ok|d'accord|plus tard|non merci|ignorer|passer)\b|plus tard$")
_SUBMIT_LABEL = re.compile(
    r"^(?:suivant|etape suivante|continuer|valider|envoyer|confirmer|connexion|se connecter|"
    r"je me connecte|rechercher|lancer la recherche|ok|enregistrer et continuer|terminer|soumettre)\b"
)
_FINISHED = re.compile(
    r"bien ete (?:enregistree?|envoyee?|transmise?|prise? en compte)|demande (?:envoyee|enregistree|transmise)|"
    r"accuse de reception|votre (?:demande|declaration|dossier) (?:a ete|est) (?:enregistree?|transmise?|envoyee?)|"
    r"confirmation de (?:votre )?(?:demande|depot|envoi)"
)
_CONFIRMED = re.compile(r"\ba bien ete\b|\beffectuee?s?\b|\benregistree?s?\b|\bprise? en compte\b|\btransmise?s?\b")
_CHECKING = re.compile(
    r"\bbien (?:ete )?(?:pris|prise|passee?|enregistree?|recue?|envoyee?|fait|faite|arrivee?)\b|\best-ce que\b|"
    r"\betre sure?\b|\bverifier (?:que|si)\b|\bsavoir si\b|\bc'est bon\b|\bdeja fait\b"
)
# A question that asks for a value the page may show (a date, a number, an age, a place in a queue), not a way.
_FACTOID = re.compile(
    r"\bjusqu'a quand\b|\ba partir de quand\b|(?:^|[,;] ?)quand\b(?! meme)|"
    r"\ba quel(?:le)? (?:age|date|heure|place|position|rang)\b|"
    r"\bquel(?:le)?s? (?:est |sont )?(?:le |la |l'|les |mon |ma |mes )?"
    r"(?:numero|date|heure|age|place|position|rang|montant|delai|horaires?|taux|solde|prix|tarif|cout)\b|"
    r"\bcombien (?:de temps|de jours|de mois|d'annees|de points|de trimestres)\b|"
    # « il me reste combien ? », « c'est combien la place ? », « je suis à quel échelon ? », « c'est lequel ? »,
    # « je dois le payer quand ? », « y a un numéro de téléphone ? »: a value asked for, wherever it is said
    r"\bcombien\b(?! (?:de fois|faut|dois|doit)\b)|\ba quel(?:le)?s? (?!moment\b)[a-z]{4,}\b|\b(?:lequel|laquelle)\b|"
    r"\bquand\s*\?|\b(?:y a|y a-t-il|il y a)(?: un| une| des)? (?:numero|date|adresse|horaires?)\b|"
    r"\bc'est qui\b|\bqui est\b"  # « c'est qui mon médecin traitant ? »: a name
)
# How a page words the value such a question asks for.
_ANSWER_WORDS: tuple[tuple[str, str], ...] = (
    (r"jusqu'a quand|delai", "date limite avant au plus tard"),
    (r"combien de temps|delai", "délai durée mois jours semaines"),
    (r"\bqui\b", "docteur madame monsieur"),
    (r"\bquand\b|date", "date le"),
    (r"numero", "numéro composez appelez"),
    (r"age", "âge ans"),
    (r"heure|horaire", "heures ouvert"),
    (r"place|position|rang", "position rang"),
    (r"montant|prix|tarif|cout|solde|combien", "montant euros €"),
)
# « j'ai (déjà) fait / rempli / payé … X »: X is done (not « j'ai fait une erreur »: an error is not a procedure)
_DONE = re.compile(
    r"\b(?:j'ai|on a|nous avons) (?:deja |bien )?(?:fait|rempli|complete|paye|regle|envoye|depose|cree|effectue|"
    r"obtenu|recu) (?!(?:une |un |des )?(?:erreur|faute|betise)s?\b)"
    r"(?:la |le |les |l'|mon |ma |mes |une |un |notre |nos )?"
    r"([\w-]+(?: (?:de |d')?[\w-]+)?)"
)
_DONE_VERB = re.compile(
    r"\b(?:j'ai|on a|nous avons|je l'ai|je les ai) (?:deja |bien )?"
    r"(paye|regle|reserve|envoye|depose|declare|commande|achete|inscrit)e?s?\b"
)
_INFINITIVE = re.compile(r"[a-z]{2,}(?:er|ir|re)")
_OFFER = re.compile(r"^(?:faire|remplir|completer|payer|regler|envoyer|deposer|creer|effectuer|obtenir|commencer)\b")
_ANOTHER = re.compile(r"\b(?:aussi|une autre|un autre|encore une?|deuxieme|nouvelle demande)\b")
_NEGATED = re.compile(
    r"\b(?:pas|plus|aucune?|jamais) (?:de |d'|du |des )((?:\w+ ?){1,2})|\bni (?:de |d'|du |la |le |l')?(\w+)"
    # « sans lettre de motivation »
    r"|\bsans (?:de |d'|du |des |la |le |l'|les |mon |ma |mes )?(\w+(?: (?:de |d')?\w+)?)"
)
_DENIED = re.compile(
    # not « je ne sais pas », « je ne trouve pas »: what one does not know or find did not fail to happen
    r"\b(?:n'|ne )(?!(?:sais|comprends?|trouve|vois|connais|retrouve)\b)"
    r"((?:\w+ ){0,2}?)(?:pas|rien|jamais|plus|aucune?)\b"
    r"((?: (?:de |d'|du |des |la |le |l'|a l'|a la |a )?\w+){1,3})"
    r"|\b(?:aucune?|sans|zero|0) ((?:\w+ ?){1,2})|\brien (?:d'|de |du )?(\w+)"
    r"|\bpas (?:besoin|envie|la peine) (?:de |d')((?:\w+ ?){1,4})"  # « pas besoin de me tenir au courant »
    # the spoken negation, without « ne »: « j'ai pas droit au RSA », « je suis pas boursier »
    r"|\b(?:j'ai|j'avais|je suis|j'etais|on a|on est|c'est|il y a|y a) (?:pas|jamais) "
    r"((?:de |d'|du |des |la |le |l'|au |a )?\w+(?: (?:au |a la |a l'|de |d'|du )?\w+)?)"
)
# What one does not know (« je ne connais pas son numéro »): a « no » only to the question that asks it.
_UNKNOWN = re.compile(
    r"\b(?:n'|ne )(sais|connais|retrouve|trouve|vois|comprends?)\s+(?:pas|plus|aucune?)\b"
    r"((?: (?:de |d'|du |des |la |le |l'|son |sa |ses |mon |ma |mes |leur )?\w+){0,3})"
)
_KNOW_ROOTS = {
    "sai": "sav",
    "connai": "conna",
    "retrouve": "retrouv",
    "trouve": "trouv",
    "voi": "voy",
    "comprend": "compren",
}
# What a goal says that means another thing did not happen (a first request is no renewal).
_IMPLIED_DENIALS: tuple[tuple[str, str], ...] = (
    (r"\bpremiere (?:fois|demande)\b|\bjamais (?:eu|demande|fait)\b", "prolongation renouvellement"),
)
_YES_NO = {"oui": "yes", "non": "no"}
_FAQ = re.compile(r"\bquestions? (?:frequentes?|courantes?)\b|\bfaq\b|\bfoire aux questions\b")
_SECONDARY = re.compile(r"\b(favori|partager|imprimer|abonner)")
_NEGATION = re.compile(r"\b(?:pas|plus|aucune?|jamais|sans|ni)\b")
_NOT_IN_LABEL = re.compile(r"\bnon[- ](\w+)")
_FILLERS = re.compile(  # the words before what to look for: « plutôt comment faire un passeport »
    r"^(?:(?:plutot|plutôt|aussi|juste)\s+)*(?:comment\s+(?:faire|avoir|obtenir)\s+(?:(?:un|une|des|le|la|les|mon|ma|mes)\s+|l')?)?",
    re.IGNORECASE,
)
_SEARCH_INTENT = re.compile(r"^(?:re)?chercher\b|^trouver\b")  # "Chercher X" asks for a search; "je cherche X" may not
_ELISIONS = {
    "jai": "j'ai",
    "javais": "j'avais",
    "jaurai": "j'aurai",
    "jetais": "j'étais",
    "cest": "c'est",
    "jusqua": "jusqu'à",
    "jusquau": "jusqu'au",
    "quest-ce": "qu'est-ce",
    "quil": "qu'il",
    "quils": "qu'ils",
    "ya": "y a",
    "jarrive": "j'arrive",
    "jy": "j'y",
}
_UNELIDED = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(_ELISIONS, key=len, reverse=True)) + r")(?![\w'])", re.I)
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_QUANTITY = re.compile(rf"\b\d{{1,2}}\s+(?!(?:{_MONTHS}|h|heures?|min|minutes?|er|eme)\b)(?=[a-z]{{2,}})")
_TIME = re.compile(r"\b([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?\b")
_INCLUSIVE = re.compile(r"\((?:e|es|s|ne|le)\)|[·.](?:e|es)\b")  # "marié(e)", "inscrit·e"


def _time(found: re.Match[str]) -> str:
    minutes = found.group(2)
    return f" {int(found.group(1))}h{'' if minutes in (None, '00') else minutes} "


def apostrophes(text: str) -> str:
    """A goal typed without its apostrophes (« jai », « cest », « jusqua quand ») as it is written with them;
    only the forms that cannot be another word."""

    def restore(found: re.Match[str]) -> str:
        word = found.group(0)
        written = _ELISIONS[word.lower()]
        if word.islower():
            return written
        return written[0].upper() + written[1:] if word[1:].islower() else word  # « Jai »; not « JAI »

    return _UNELIDED.sub(restore, text)


def terms(text: str) -> list[str]:
    """Distinct analysed terms of a text, the words of usual actions turned into concepts."""
    rest = _INCLUSIVE.sub("", normalize(text)).replace("_", " ")  # a file's name: « CV_Cariste_2025.pdf »
    rest = _TIME.sub(_time, rest)  # « 14 h 00 », « 14h », « 14:00 »: one time, « 14h »
    rest = _QUANTITY.sub(" ", rest)  # « 2 enfants », « les 3 aides »: how many, not which (« Commune 2 »)
    found: list[str] = []
    for pattern, concept in PHRASES:
        if re.search(pattern, rest):
            found.append(concept)
            rest = re.sub(pattern, " ", rest)
    for term in analyze(rest):
        found.append(CONCEPTS.get(term, term))
    return list(dict.fromkeys(found))


def lay_leads(text: str) -> dict[str, float]:
    """The page's words for what a goal says in everyday words (« j'ai déménagé »: « adresse »), each with
    its strength: 1 for the word itself, 0.5 for the place where it is usually changed (« profil »); not for
    what the goal says it does not want (« pas de mail »)."""
    said = normalize(text)
    negated = [m.span() for m in _NEGATED.finditer(said)]
    found: dict[str, float] = {}
    for pattern, words in LAY_WORDS:
        # a match inside what the goal refuses does not count, unless the pattern itself says the refusal
        if any(
            not any(a <= m.start() and m.end() <= b for a, b in negated) or _NEGATION.search(m.group(0))
            for m in re.finditer(pattern, said)
        ):
            same, _, where = words.partition("|")
            for term in terms(same):
                found[term] = 1.0
            for term in terms(where):
                found.setdefault(term, 0.5)
    return found


def lay_terms(text: str) -> list[str]:
    return list(lay_leads(text))


def label_terms(label: str) -> list[str]:
    """A label's terms less what it says is not so (« Exploitant (non-salarié) »: not « salarié »)."""
    found = terms(label)
    denied = {t for m in _NOT_IN_LABEL.finditer(normalize(label)) for t in terms(m.group(1))}
    return [t for t in found if t not in denied]


def generic_label(label_terms: list[str]) -> bool:
    """A label that says what to do but not to what (« Modifier », « Voir », « En savoir plus »)."""
    return bool(label_terms) and all(t in _GENERIC_LABEL for t in label_terms)


def negative(label: str) -> bool:
    """A label that says something did not happen (« Je n'ai pas reçu mon chèque », « Chèque non reçu »)."""
    return bool(_NEGATION.search(normalize(label)) or re.search(r"\bnon[- ]\w+|\bn'", normalize(label)))


def is_close(element: Element) -> bool:
    """A button that closes a message or a window (« Fermer », « × »)."""
    return element.kind in ("button", "link") and "@close" in terms(element.label)


def faq_entry(element: Element) -> bool:
    """A question of a page's FAQ (« Qui peut utiliser son compte … ? »): it answers a question, nothing more."""
    return element.label.rstrip().endswith("?") and bool(_FAQ.search(normalize(element.context)))


def asks(goal: str) -> bool:
    """The goal asks a question (« … ? », « c'est quoi », « je comprends pas »)."""
    return "?" in goal or "@help" in terms(goal)


def is_secondary(element: Element, goal: str) -> bool:
    """A side action the goal does not ask for (« Ajouter à mes favoris », « Partager », « Imprimer »), in its
    words or in everyday ones (« garde-le de côté »: favoris)."""
    found = _SECONDARY.search(normalize(element.label))
    if found is None:
        return False
    asked = " ".join([normalize(goal), *lay_terms(goal)])
    return not re.search(rf"\b{found.group(1)[:5]}", asked)


def is_dismiss(element: Element) -> bool:
    """A button that puts a dialog away without doing anything (« J'ai compris », « Plus tard »)."""
    return element.kind in ("button", "link") and bool(_DISMISS.search(normalize(element.label).strip(" .!")))


def same_term(a: str, b: str) -> bool:
    """The same stem, or one a longer form of the other (Snowball stems "mariée" and "marié" apart)."""
    if a == b or a.startswith("@") or b.startswith("@"):
        return a == b
    short, long = sorted((a, b), key=len)
    if len(short) >= SPELLING and _one_letter(short, long):
        return True  # two spellings of a long word (« déchetterie », « déchèterie »)
    if len(short) < 3 or not long.startswith(short):
        return False
    # « vol » and « vole » (volée), not « mar » and « marche »; « mari » and « mariag », not « part » and « partiel »
    return len(short) >= 5 or len(long) <= len(short) + (2 if len(short) == 4 else 1)


SPELLING = 7  # from this many letters, a stem one letter apart from another is the same word spelt otherwise


def _one_letter(short: str, long: str) -> bool:
    """``long`` is ``short`` with one letter more (a doubled consonant), one changed or two swapped, past the first
    two."""
    return short[:2] == long[:2] and within_one_edit(short, long)


def words(text: str) -> list[str]:
    """Distinct words of a text, normalised but not stemmed (for list options: "mariée", "marié(e)")."""
    cleaned = tokens(_INCLUSIVE.sub("", normalize(text)))
    return list(dict.fromkeys(t for t in cleaned if len(t) > 1 and t not in STOP_WORDS and t not in GENERIC))


def specific_terms(text: str) -> list[str]:
    return [t for t in terms(text) if t not in GENERIC]


def done_terms(text: str) -> set[str]:
    """What a goal says the person has already done (« j'ai fait la pré-demande », « j'ai déjà payé la
    CVEC »): the terms of what was done, so that an element offering to do it is not the next step."""
    said = normalize(text)
    return {t for m in _DONE.finditer(said) for t in terms(m.group(1)) if t not in GENERIC}


def done_verbs(text: str) -> set[str]:
    """The actions a goal says were already done (« les places que j'ai déjà réservées », « ce que j'ai payé »)."""
    said = normalize(text)
    return {t for m in _DONE_VERB.finditer(said) for t in terms(m.group(1)) if t not in GENERIC}


def starts_with_verb(label: str) -> bool:
    """A label that opens on an infinitive (« Réserver en duo », « Payer cet avis »)."""
    found = re.search(r"[a-z]+", normalize(label))
    return bool(found and _INFINITIVE.fullmatch(found.group(0)))


def offers(label: str) -> bool:
    """A label that offers to do something (« Faire ma pré-demande », « Payer la CVEC »), not a box to fill."""
    return bool(_OFFER.match(normalize(label)))


def negated_terms(text: str) -> set[str]:
    """The words a goal says the person has not or does not want (« pas de compte impôts ni ameli »)."""
    said = normalize(text)
    found = [m.group(1) or m.group(2) or m.group(3) for m in _NEGATED.finditer(said)]
    return {t for phrase in found for t in terms(phrase)}


def denied_terms(text: str) -> set[str]:
    """The words a goal says did not happen (« je n'ai pas travaillé », « aucun revenu », « sans emploi »)."""
    said = normalize(text)
    # the verb too (« je ne cherche plus »), and the page's words for what is denied (« rien touché »: perçu)
    phrases = [" ".join(g for g in m.groups() if g) for m in _DENIED.finditer(said)]
    phrases += [words for pattern, words in _IMPLIED_DENIALS if re.search(pattern, said)]
    return {t for phrase in phrases for t in [*terms(phrase), *lay_terms(phrase)]}


def unknown_terms(text: str, question: str) -> set[str]:
    """What a goal says the person does not know (« je ne connais pas son numéro d'électeur »), when the
    question asks it with that verb (« Connaissez-vous le numéro … ? »): the terms of what is not known."""
    said = normalize(text)
    asked = tokens(normalize(question))
    found: set[str] = set()
    for match in _UNKNOWN.finditer(said):
        root = _KNOW_ROOTS[match.group(1).rstrip("s")]
        if any(word.startswith(root) for word in asked):
            found |= set(terms(match.group(2))) | {f"@{root}"}
    return found


_UNSURE = re.compile(
    r"\bj'en sais rien\b|\bje (?:ne )?sais (?:pas|plus) (?:si|trop)\b|\bpeut[- ]etre\b|\baucune idee\b|"
    r"\bje ne suis pas (?:sure?|certaine?)\b|\bpas sure?\b|\bi don'?t know\b|\bnot sure\b"
)
_UNKNOWN_ANSWER = re.compile(r"^(?:je ne (?:le )?sais pas|je ne sais plus|ne sais pas|je ne suis pas sure?|inconnu)")


def unsure(goal: str) -> bool:
    """The goal says the person does not know (« j'en sais rien », « peut-être »): neither yes nor no."""
    return bool(_UNSURE.search(normalize(goal)))


def yes_no(element: Element) -> str | None:
    """'yes' or 'no' for a radio button labelled « Oui » or « Non », 'unknown' for « Je ne sais pas », else None."""
    if element.kind != "radio":
        return None
    label = normalize(element.label).strip(" .!")
    if _UNKNOWN_ANSWER.match(label):
        return "unknown"
    first = re.match(r"(oui|non)\s*[,:–-]", label)  # « Non, je déclare un chiffre d'affaires nul »
    return _YES_NO.get(first.group(1) if first else label)


def is_submit(element: Element) -> bool:
    """A button that sends a form or moves it to its next step."""
    if element.kind != "button":
        return False
    return element.type == "submit" or bool(_SUBMIT_LABEL.match(normalize(element.label).strip(" .!>›→")))


def looks_finished(page: Page) -> bool:
    """The page says the procedure went through (a confirmation, an acknowledgement of receipt). A status message
    (« votre déclaration de revenus a bien été enregistrée » over another form) speaks of what it names: it is
    :func:`state.achieved`'s to weigh against the goal, not the page's own confirmation."""
    head = normalize(" ".join([page.title, *page.headings[:3]]))
    text = page.text[:600]
    for notice in page.notices:
        text = text.replace(notice, " ")
    return bool(_FINISHED.search(head) or _FINISHED.search(normalize(text)))


def confirmations(page: Page) -> list[str]:
    """What the page announces as done: its status messages that confirm something went through."""
    return [n for n in page.notices if _FINISHED.search(normalize(n)) or _CONFIRMED.search(normalize(n))]


def another(goal: str) -> bool:
    """The goal asks for one more (« il me faut aussi l'acte de mon fils »), not the one just done."""
    return bool(_ANOTHER.search(normalize(goal)))


def factoid(goal: str) -> str:
    """The words of a question that asks for a value (« jusqu'à quand … ? », « quel numéro … ? »), or ""."""
    said = normalize(goal)
    found = _FACTOID.search(said) if "?" in said else None
    return found.group(0) if found else ""


_QUESTION = re.compile(
    r"\?|^(?:est[- ]ce|c'est quoi|combien|quand|quel|pourquoi|why|what|how|when|where|is|do|does|can)\b|"
    r"\b(?:ou pas|combien|quel(?:le)?s?|jusqu'a quand|est[- ]ce que|a quelle)\b"
)


def question(goal: str) -> bool:
    """The goal is a question (« … ? », « combien … », « c'est fini ou pas »), in French or in English."""
    return bool(_QUESTION.search(normalize(goal)))


def answer_terms(asked: str) -> list[str]:
    """The words a page gives a value with, for the words of a question (« jusqu'à quand »: « date limite »)."""
    return [t for pattern, words in _ANSWER_WORDS if re.search(pattern, asked) for t in terms(words)]


def checking(goal: str) -> bool:
    """The goal asks whether something is done (« est-ce que c'est bien passé ? »)."""
    return bool(_CHECKING.search(normalize(goal)))


def is_search_box(element: Element) -> bool:
    """A box to type a search in (``type="search"`` or a label that says « Rechercher »)."""
    return element.kind == "field" and (element.type == "search" or "@search" in terms(element.label))


def wants_search(goal: str) -> bool:
    return bool(_SEARCH_INTENT.search(normalize(goal)))


def search_words(goal: str) -> str:
    """What to type in a search box for a goal: the goal without its opening verb."""
    text = re.sub(
        r"^\s*(?:je (?:veux|voudrais|souhaite|cherche)\s+)?(?:(?:re)?chercher|trouver)?\s*"
        r"(?:comment|des informations sur|les informations sur|la page)?\s*",
        "",
        goal,
        flags=re.IGNORECASE,
    )
    text = _FILLERS.sub("", text)
    return text.strip(" .?!") or goal.strip(" .?!")


# the terms of the organisations' names (« assurance maladie »), once :func:`terms` exists
ORGANISATIONS = frozenset(t for name in BRANDS.values() for t in terms(name))
