"""Albertine, round 5: classes of errors seen on pages written blind — a question asking for a value the page
shows (« il me reste combien ? », « c'est lequel ? », « je dois payer quand ? »), worded without the usual
« quel numéro / jusqu'à quand ». Rules only, on small pages written for these tests."""

from __future__ import annotations

import asyncio

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step

ESPACE = """<html><head><title>Mon espace – Aide aux vacances</title></head><body>
<header><a href="/" id="logo">Accueil</a><div class="solde">Mon solde vacances : <strong>312,40 €</strong></div>
<button id="profil" aria-label="Mon profil">👤</button></header>
<main><h1>Mon espace</h1>
<section><h2>Mon dossier 2026</h2><p>Dossier n° 2026-44-00871</p>
<p>État : <span>Aide accordée – tranche 3</span></p>
<p>Prochain versement prévu le 12/03/2026.</p>
<a href="/dossier" id="voir-dossier">Voir mon dossier</a></section>
<section><h2>Séjours</h2><p>Séjour de printemps à Saint-Malo : 180 € par enfant.</p>
<a href="/sejours" id="sejours">Réserver un séjour</a></section>
<a href="/calcul" id="calcul">Comment est calculée mon aide ?</a>
</main></body></html>"""


def step(goal: str, clicked: tuple[str, ...] = ()):
    page = snapshot_from_html(ESPACE, url="https://exemple.fr/espace")
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    return asyncio.run(next_step(goal, page, history))


def test_a_question_asking_how_much_is_left_is_answered_by_the_amount_shown():
    found = step("il me reste combien d'argent sur mon aide vacances ?")
    assert found.action == "done" and "312,40" in found.instruction
    assert step("c'est combien le séjour à Saint-Malo ?").action == "done"


def test_which_one_and_at_which_level_questions_quote_the_page():
    found = step("la mairie me demande le numéro de mon dossier, c'est lequel ?")
    assert found.action == "done" and "2026-44-00871" in found.instruction
    level = step("je suis à quelle tranche cette année ?")
    assert level.action == "done" and "tranche 3" in level.instruction


def test_a_question_ending_with_when_is_answered_by_the_date_shown():
    found = step("le prochain versement, il arrive quand ?")
    assert found.action == "done" and "12/03/2026" in found.instruction


def test_a_request_to_do_something_is_not_a_question_for_a_value():
    assert step("je veux réserver un séjour pour mes enfants").element_id == "sejours"
    assert step("je veux voir mon dossier").element_id == "voir-dossier"


FACTURES = """<html><head><title>Portail Famille – Mes factures</title></head><body>
<nav aria-label="Menu du portail"><a href="/resa" id="menu-resa">Réservations</a>
<a href="/factures" id="menu-factures">Factures</a></nav>
<main><h1>Mes factures</h1><table><caption>Factures 2026</caption>
<thead><tr><th scope="col">Prestation</th><th scope="col">Montant</th><th scope="col">Actions</th></tr></thead>
<tbody>
<tr><th scope="row">Restauration scolaire – Jules</th><td>64,00 €</td>
<td><button id="payer-resto">Payer</button></td></tr>
<tr><th scope="row">Accueil périscolaire du matin – Jules</th><td>22,50 €</td>
<td><button id="payer-peri">Payer</button></td></tr>
<tr><td>Centre de loisirs – vacances d'hiver</td><td>48,00 €</td>
<td><button id="payer-loisirs">Payer</button> <button id="stop-loisirs">Arrêter le prélèvement</button></td></tr>
</tbody></table></main></body></html>"""


def act(goal: str):
    page = snapshot_from_html(FACTURES, url="https://exemple.fr/factures")
    return asyncio.run(next_step(goal, page, []))


def test_a_table_row_names_its_buttons_and_everyday_words_find_the_invoice():
    by_id = {e.id: e for e in snapshot_from_html(FACTURES).elements}
    assert by_id["payer-resto"].context == "Restauration scolaire – Jules"
    assert by_id["payer-loisirs"].context.startswith("Centre de loisirs")  # no row header: its first cell
    assert act("je veux payer la cantine de mon fils").element_id == "payer-resto"
    assert act("régler la garderie de Jules").element_id == "payer-peri"
    assert act("payer le centre aéré des vacances").element_id == "payer-loisirs"
    assert act("je veux stopper le prélèvement du centre de loisirs").element_id == "stop-loisirs"


CARTE = """<html><head><title>Demande de carte de stationnement résident – étape 2 sur 3</title></head><body>
<header><a href="/" id="logo">Ville de Montreuil</a></header>
<main><h1>Demande de carte de stationnement résident</h1>
<form id="demande">
<fieldset><legend>Pourquoi demandez-vous une nouvelle carte ? *</legend>
<input type="radio" name="raison" id="raison-premiere" required><label for="raison-premiere">Première demande</label>
<input type="radio" name="raison" id="raison-perte"><label for="raison-perte">Perte</label>
<input type="radio" name="raison" id="raison-vehicule"><label for="raison-vehicule">Changement de véhicule</label>
</fieldset>
<label for="immat">Immatriculation du véhicule *</label><input id="immat" required>
<label for="date-perte">Date de la perte de l'ancienne carte</label><input id="date-perte" type="date">
<label for="code-zone">Code de zone *</label><input id="code-zone" required>
<button type="button" id="aide-zone" title="Où trouver le code de zone ?">?</button>
<button type="submit" id="suivant">Suivant</button>
<button type="button" id="brouillon">Enregistrer et quitter</button>
</form></main></body></html>"""


def fill(goal: str, clicked: tuple[str, ...] = (), filled: tuple[str, ...] = ()):
    page = snapshot_from_html(CARTE, url="https://exemple.fr/carte").with_filled(list(filled))
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    return asyncio.run(next_step(goal, page, history))


def test_a_goal_that_answers_a_required_question_leads_to_that_answer_first():
    found = fill("j'ai perdu ma carte de stationnement, je fais comment")
    assert (found.element_id, found.action) == ("raison-perte", "click")
    assert fill("j'ai changé de voiture, il me faut une nouvelle carte").element_id == "raison-vehicule"


def test_leaving_a_form_for_later_saves_it_wherever_the_when_is_said():
    assert fill("je dois partir, je reprendrai ma demande demain", clicked=("raison-perte",)).element_id == "brouillon"
    assert fill("je finirai la demande de carte ce soir", clicked=("raison-perte",)).element_id == "brouillon"


def test_a_question_about_what_a_field_means_opens_its_help():
    found = fill("c'est quoi ce code de zone ?", clicked=("raison-perte",), filled=("immat",))
    assert found.element_id == "aide-zone"
    assert fill("je comprends pas ce qu'il faut mettre comme code de zone", clicked=("raison-perte",)).element_id == (
        "aide-zone"
    )


RESULTATS = """<html><head><title>Ateliers numériques – résultats</title></head><body>
<main><h1>12 ateliers « tableur » près de Brest</h1>
<label for="ordre">Trier par</label><select id="ordre"><option selected>Pertinence</option>
<option>Prix croissant</option><option>Prix décroissant</option><option>Date</option></select>
<article aria-labelledby="a1"><h3 id="a1">Tableur pour débutants</h3><p>80 €</p>
<button id="a1-fav" aria-label="Ajouter « Tableur pour débutants » aux favoris">♡</button>
<a href="/a1" id="a1-voir">Voir l'atelier</a></article>
<article aria-labelledby="a2"><h3 id="a2">Tableur avancé</h3><p>120 €</p>
<button id="a2-fav" aria-label="Ajouter « Tableur avancé » aux favoris">♡</button>
<button id="a2-partager" aria-label="Partager « Tableur avancé »">⇪</button>
<a href="/a2" id="a2-voir">Voir l'atelier</a></article>
<nav aria-label="Pagination"><a href="/p2" id="p2">2</a><a href="/p2" id="suiv" aria-label="Page suivante">›</a></nav>
</main></body></html>"""

COORDONNEES = """<html><head><title>Changement de coordonnées – étape 2</title></head><body>
<main><h1>Déclarer un changement de coordonnées</h1><form>
<label for="date">Date du changement *</label><input id="date" type="date" required>
<fieldset><legend>Organismes à prévenir</legend>
<label><input type="checkbox" id="org-caf"> Caisse d'allocations familiales (CAF)</label>
<label><input type="checkbox" id="org-am"> Assurance maladie (CPAM)</label>
<label><input type="checkbox" id="org-ft"> France Travail</label></fieldset>
<button type="submit" id="continuer">Continuer</button></form></main></body></html>"""


def on(html: str, goal: str, filled: tuple[str, ...] = ()):
    page = snapshot_from_html(html, url="https://exemple.fr/p").with_filled(list(filled))
    return asyncio.run(next_step(goal, page, []))


def test_side_actions_and_sorting_said_in_everyday_words():
    assert on(RESULTATS, "garde-moi de côté le tableur avancé").element_id == "a2-fav"
    assert on(RESULTATS, "envoyer le tableur avancé à ma soeur").element_id == "a2-partager"
    found = on(RESULTATS, "je veux voir les moins chers en premier")
    assert (found.element_id, found.action) == ("ordre", "select")
    assert on(RESULTATS, "montre-moi la suite des résultats").element_id == "suiv"


def test_organisations_under_their_everyday_or_former_names():
    assert on(COORDONNEES, "j'ai déménagé, il faut prévenir la sécu", filled=("date",)).element_id == "org-am"
    assert on(COORDONNEES, "j'ai déménagé, faut prévenir pôle emploi", filled=("date",)).element_id == "org-ft"


ETUDIANT = """<html><head><title>Mon espace étudiant</title></head><body>
<main><h1>Mon espace étudiant</h1>
<section aria-labelledby="c"><h2 id="c">Mes coordonnées</h2><dl><dt>Adresse</dt><dd>3 rue des Lilas, Rennes</dd></dl>
<button id="coord-mod">Modifier</button></section>
<section aria-labelledby="b"><h2 id="b">Mes coordonnées bancaires</h2><dl><dt>IBAN</dt><dd>FR76 ••• 12</dd></dl>
<button id="rib-mod">Modifier</button></section>
<section aria-labelledby="l"><h2 id="l">Logement</h2>
<a href="/residence" id="residence">Demander un logement en résidence</a></section>
<section aria-labelledby="v"><h2 id="v">Ma carte de transport</h2>
<a href="/recevoir" id="carte-estimer">Puis-je recevoir la carte à tarif réduit cette année ?</a>
<a href="/non-recue" id="carte-non-recue">Je n'ai pas reçu ma carte</a>
<a href="/perte" id="carte-perte">Carte perdue ou volée</a></section>
</main></body></html>"""


def student(goal: str):
    page = snapshot_from_html(ETUDIANT, url="https://exemple.fr/etudiant")
    return asyncio.run(next_step(goal, page, []))


def test_an_address_change_finds_the_contact_details_and_a_room_the_housing():
    assert student("j'ai déménagé, il faut que je change mon adresse").element_id == "coord-mod"
    assert student("je cherche une chambre en cité u à la rentrée").element_id == "residence"


def test_what_did_not_happen_matches_a_label_that_says_so():
    assert student("j'ai toujours rien reçu pour ma carte de transport").element_id == "carte-non-recue"
    assert student("on m'a piqué ma carte de transport").element_id == "carte-perte"


MESSAGES = """<html><head><title>Portail citoyen – Mairie de Lannion</title></head><body>
<nav aria-label="Menu"><a href="/" id="nav-accueil">Accueil</a>
<a href="/messagerie" id="nav-messagerie">Ma messagerie</a>
<a href="/docs" id="nav-docs">Mes documents</a></nav>
<main><h1>Bonjour</h1><p>Votre dossier est à jour.</p></main>
<footer><a href="/contact" id="footer-contact">Contacter la mairie</a></footer></body></html>"""


def test_a_message_received_is_read_in_the_mailbox_not_the_contact_page():
    page = snapshot_from_html(MESSAGES, url="https://exemple.fr/espace")
    found = asyncio.run(next_step("la mairie m'a envoyé un message, je veux le lire", page, []))
    assert found.element_id == "nav-messagerie"
    found = asyncio.run(next_step("je veux lire les messages qu'on m'a envoyés", page, []))
    assert found.element_id == "nav-messagerie"


CRECHE = """<html><head><title>Pré-inscription en crèche – étape 1 sur 2</title></head><body>
<main><h1>Pré-inscription en crèche</h1>
<a href="/places" id="lien-places">Voir les places disponibles</a>
<form><fieldset><legend>Communes souhaitées (2 au maximum)</legend>
<label for="commune-1">Commune 1 *</label><input id="commune-1" required>
<label for="commune-2">Commune 2</label><input id="commune-2"></fieldset>
<label for="naissance">Date de naissance de l'enfant *</label><input id="naissance" type="date" required>
<button type="submit" id="suivant">Suivant</button></form></main></body></html>"""


def creche(goal: str, filled: tuple[str, ...] = ()):
    page = snapshot_from_html(CRECHE, url="https://exemple.fr/creche").with_filled(list(filled))
    return asyncio.run(next_step(goal, page, []))


def test_a_town_the_goal_names_goes_in_the_next_empty_town_field():
    assert creche("je cherche une crèche à Lorient pour mon fils").element_id == "commune-1"
    found = creche("je voudrais aussi Lanester, pas seulement Lorient", filled=("commune-1",))
    assert (found.element_id, found.action) == ("commune-2", "type")
    # the only town named is already in: the next required field
    assert creche("je cherche une crèche à Lorient", filled=("commune-1",)).element_id == "naissance"


AIDES = """<html><head><title>Espace usager – Transports scolaires</title></head><body>
<header><a href="/compte" id="mon-compte">Mon compte</a></header>
<main><h1>Transports scolaires</h1>
<a href="/abonnement" id="abonnement">Renouveler l'abonnement Pour l'année scolaire qui vient.</a>
<a href="/auto" id="auto">Payer en plusieurs fois Vos échéances seront prélevées automatiquement.</a>
<a href="/solidaire" id="solidaire">Tarif solidaire Pour les familles en difficulté financière.</a>
</main></body></html>"""


def test_automatic_payment_and_money_trouble_in_everyday_words():
    page = snapshot_from_html(AIDES, url="https://exemple.fr/transports")
    found = asyncio.run(next_step("je voudrais que ça parte tout seul sans que je m'en occupe", page, []))
    assert found.element_id == "auto"
    found = asyncio.run(next_step("c'est la galère, j'arrive pas à payer l'abonnement de mon fils", page, []))
    assert found.element_id == "solidaire"


LONGUE = """<html><head><title>Billetterie – concert</title><style>
.visuel { height: 240px; background: #eee } .marge { height: 900px } .barre { position: fixed; bottom: 0 }
</style></head><body><main><h1>Concert au parc</h1><div class="visuel"></div>
<button id="reserver">Réserver</button><div class="marge"><p>Description du concert.</p></div>
<p><button id="signaler">Signaler l'offre</button></p></main>
<nav class="barre" aria-label="Onglets"><a href="/favoris" id="onglet-favoris">Favoris</a></nav></body></html>"""


def test_css_heights_push_elements_below_the_first_screen_but_not_a_fixed_bar():
    by_id = {e.id: e for e in snapshot_from_html(LONGUE).elements}
    assert by_id["signaler"].below and not by_id["reserver"].below
    assert not by_id["onglet-favoris"].below  # a bar fixed on screen is always in view
    page = snapshot_from_html(LONGUE, url="https://exemple.fr/concert")
    found = asyncio.run(next_step("je veux signaler un problème sur cette offre", page, []))
    assert (found.element_id, found.action) == ("signaler", "scroll")


CONNEXION = """<html><head><title>Connexion – Portail des familles</title></head><body><main><h1>Connexion</h1>
<form><label for="ident">Identifiant *</label><input id="ident" required>
<label for="mdp">Mot de passe *</label><input id="mdp" type="password" required>
<button type="button" id="oeil" aria-label="Afficher le mot de passe">👁</button>
<a href="/oubli" id="oubli">Mot de passe oublié ?</a>
<button type="submit" id="connexion">Se connecter</button></form></main></body></html>"""


def test_checking_a_typed_password_shows_it_before_sending_the_form():
    page = snapshot_from_html(CONNEXION, url="https://exemple.fr/connexion").with_filled(["ident", "mdp"])
    found = asyncio.run(next_step("je voudrais voir si j'ai bien écrit mon mot de passe", page, []))
    assert found.element_id == "oeil"
    assert asyncio.run(next_step("je veux me connecter", page, [])).element_id == "connexion"
