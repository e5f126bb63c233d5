"""Albertine finds the page's administrative word for what a goal says in everyday French: a paper « comme
quoi » one is in order (an attestation), paying later (a delay), how often (the periodicity), closing one's
business (cessation), a damaged card, an account to close for good, a form to finish tomorrow. Rules only."""

from __future__ import annotations

import asyncio

import pytest

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.patterns import terms
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step

SPACE = """<html><head><title>Mon espace cotisant</title></head><body>
<header><a href="#" id="accueil">Accueil</a> <a href="#" id="compte">Mon compte</a>
<button id="profil">Mon profil</button> <a href="#" id="tel">Appeler le 36 99</a></header>
<main><h1>Mon espace cotisant</h1>
<section><h2>Mes démarches</h2>
<a href="#" id="attestation">Télécharger une attestation de situation</a>
<a href="#" id="delai">Demander un délai de paiement</a>
<a href="#" id="periodicite">Modifier la périodicité de mes déclarations</a>
<a href="#" id="cessation">Déclarer la cessation de mon activité</a>
<a href="#" id="remise">Demander une remise des majorations</a>
<a href="#" id="imprimer">Imprimer mon échéancier</a>
</section>
<section><h2>Ma carte professionnelle</h2>
<a href="#" id="carte-abimee">Ma carte est abîmée ou détériorée</a>
<a href="#" id="carte-pas-recue">Je n'ai pas reçu ma carte</a>
<a href="#" id="carte-commande">Commander une carte supplémentaire</a>
</section>
<section><h2>Mon dossier</h2>
<a href="#" id="documents">Ajouter un document</a>
<a href="#" id="supprimer-espace">Supprimer mon espace cotisant</a>
<button id="fermer-bandeau">Fermer le bandeau</button>
</section>
<form id="f"><h2>Ma déclaration</h2>
<label for="montant">Montant déclaré *</label><input id="montant" required>
<button type="button" id="brouillon">Enregistrer le brouillon</button>
<button type="submit" id="envoyer">Envoyer</button>
</form>
</main></body></html>"""


def step(goal: str, html: str = SPACE, clicked: tuple[str, ...] = ()):
    page = snapshot_from_html(html, url="https://exemple.fr/espace")
    return asyncio.run(next_step(goal, page, [HistoryItem(element_id=i) for i in clicked]))


@pytest.mark.parametrize(
    "goal, expected",
    [
        ("mon banquier réclame un papier qui prouve que je suis en règle", "attestation"),
        ("ce trimestre je pourrai pas régler maintenant", "delai"),
        ("je voudrais déclarer plus souvent", "periodicite"),
        ("je ferme ma boîte à la fin du mois", "cessation"),
        ("est-ce qu'on peut diminuer un peu les majorations ?", "remise"),
        ("je veux une version papier de mon échéancier", "imprimer"),
        ("ma carte a pris l'eau, elle est toute déchirée", "carte-abimee"),
        ("la poste m'a rien livré", "carte-pas-recue"),
        ("je veux clôturer mon espace pour de bon", "supprimer-espace"),
        ("je dois ranger ma facture dans mes documents en ligne", "documents"),
        ("je préfère en parler au téléphone", "tel"),
    ],
)
def test_everyday_words_lead_to_the_page_words(goal, expected):
    assert step(goal).element_id == expected


def test_a_form_to_finish_later_is_saved_even_without_words_between_the_verb_and_when():
    assert step("je terminerai demain").element_id == "brouillon"


def test_closing_an_account_is_one_concept_whichever_verb_and_a_fired_person_removes_nothing():
    assert terms("fermer mon compte")[0] == terms("supprimer définitivement mon espace")[0] == "@unregister"
    assert "@delete" in terms("tu peux virer ce brouillon") and "@delete" not in terms("on m'a viré le 3 mars")
    assert "@password" in terms("j'ai oublié mon mdp")


FAMILY = """<html><head><title>Portail des familles</title></head><body>
<header><a href="#" id="messages">Mes messages</a> <a href="#" id="conseiller">Parler à un conseiller</a></header>
<main><h1>Portail des familles</h1>
<section><h2>Mon dossier</h2>
<a href="#" id="quotient">Recalculer mon quotient familial</a>
<a href="#" id="reexpedition">Demander la réexpédition de mes courriers</a>
<a href="#" id="procuration">Établir une procuration pour les élections</a>
<a href="#" id="signaler">Signaler un comportement suspect</a>
<a href="#" id="pro">Espace professionnel (prestataires, artisans)</a>
<a href="#" id="historique">Historique des accès à mon dossier</a>
<a href="#" id="impayes">Signaler des pensions impayées</a>
</section>
<section><h2>Mes enfants</h2>
<button id="retirer">Retirer un enfant du dossier</button>
<a href="#" id="inscrire">Inscrire un enfant</a>
</section>
<section><h2>Mes identifiants</h2>
<a href="#" id="id-oublie">Identifiant oublié</a>
<a href="#" id="tel-ajout">Ajouter un numéro de téléphone</a>
</section>
<section><h2>Activités proposées</h2>
<a href="#" id="act1">Atelier poterie</a> <a href="#" id="act2">Atelier cuisine</a>
<a href="#" id="plus">Voir d'autres activités</a>
</section>
</main></body></html>"""


@pytest.mark.parametrize(
    "goal, expected",
    [
        ("mon salaire a diminué depuis la rentrée, je voudrais payer moins", "quotient"),
        ("je voudrais que mes lettres partent vers ma nouvelle adresse", "reexpedition"),
        ("ma sœur peut voter à ma place ?", "procuration"),
        ("je veux dénoncer un type bizarre devant l'école", "signaler"),
        ("je suis plombier, je travaille pour la commune", "pro"),
        ("qui a consulté mon dossier récemment ?", "historique"),
        ("le père verse plus la pension depuis mars", "impayes"),
        ("ma grande doit plus être sur le dossier, elle a 20 ans", "retirer"),
        ("j'ai oublié mon nom d'utilisateur", "id-oublie"),
        ("je veux enregistrer mon 07", "tel-ajout"),
        ("montre-moi d'autres ateliers", "plus"),
        ("je voudrais que quelqu'un m'explique tout ça", "conseiller"),
    ],
)
def test_more_everyday_words_lead_to_the_page_words(goal, expected):
    assert step(goal, FAMILY).element_id == expected


def test_two_spellings_of_a_long_word_are_one_and_where_is_it_is_no_follow_up():
    from communs.apps.guide.patterns import same_term

    assert same_term(terms("déchetterie")[0], terms("déchèterie")[0])
    assert not same_term(terms("facture")[0], terms("fracture")[0])
    assert "@track" not in terms("où est-ce que je peux stationner") and "@track" in terms("où en est mon dossier")
    page = SPACE.replace('id="accueil">Accueil', 'id="horaires">Horaires d\'ouverture du guichet')
    assert step("le guichet ouvre à quelle heure ?", page).element_id == "horaires"


def test_what_someone_asks_of_the_person_is_no_request_to_make_and_a_zapped_password_is_forgotten():
    assert step("l'agence me demande une attestation").element_id == "attestation"
    page = SPACE.replace(
        '<a href="#" id="accueil">Accueil</a>',
        '<form><label for="mdp">Mot de passe</label><input id="mdp" type="password"></form>'
        '<a href="#" id="mdp-oublie">Mot de passe oublié</a>',
    )
    assert step("j'ai zappé mon mot de passe", page).element_id == "mdp-oublie"


def test_bulky_waste_and_a_compensation_in_everyday_words():
    page = FAMILY.replace(
        '<a href="#" id="inscrire">Inscrire un enfant</a>',
        '<a href="#" id="encombrants">Collecte des encombrants</a>'
        '<a href="#" id="indemnisation">Demande d\'indemnisation après travaux</a>',
    )
    assert step("comment je me débarrasse d'un vieux matelas ?", page).element_id == "encombrants"
    assert step("les travaux de la rue ont abîmé ma clôture, je veux être dédommagée", page).element_id == (
        "indemnisation"
    )
