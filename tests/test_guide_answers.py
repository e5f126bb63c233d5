"""Albertine answers a question from the page when the page states the answer, and follows a form's yes/no
questions from what the goal says did not happen. Rules only: fast and deterministic."""

from __future__ import annotations

import asyncio

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step

CAREER = """<html><head><title>Mon relevé de carrière</title></head><body>
<header><a href="#" id="accueil">Accueil</a> <a href="#" id="deconnexion">Me déconnecter</a></header>
<main><h1>Mon relevé de carrière</h1>
<p>Votre dossier de retraite est complet depuis le 3 mars 2025 : aucune pièce ne manque.</p>
<a href="#" id="demander">Demander ma retraite</a>
<a href="#" id="simuler">Simuler ma pension</a>
<a href="#" id="ecrire">Nous écrire</a>
</main></body></html>"""


def step(goal: str, html: str, clicked: tuple[str, ...] = ()):
    page = snapshot_from_html(html, url="https://exemple.fr/page")
    return asyncio.run(next_step(goal, page, [HistoryItem(element_id=i) for i in clicked]))


def test_a_yes_no_question_the_page_answers_is_done_quoting_the_sentence():
    answered = step("mon dossier de retraite il est complet ou pas ?", CAREER)
    assert answered.action == "done" and "complet depuis le 3 mars" in answered.instruction


def test_a_question_that_an_element_names_better_than_the_text_is_a_step():
    asked = step("je voudrais simuler ma pension, c'est où ?", CAREER)
    assert asked.element_id == "simuler"


def test_a_line_that_offers_to_do_something_is_no_answer():
    offer = CAREER.replace(
        "<p>Votre dossier de retraite est complet", "<h2>Compléter mon dossier de retraite</h2><p>Le"
    )
    asked = step("mon dossier de retraite il est complet ou pas ?", offer)
    assert asked.action != "done"


RESOURCES = """<html><head><title>Demande d'aide – Étape 3 sur 5</title></head><body><main>
<h1>Vos ressources</h1><form>
<fieldset><legend>Percevez-vous le revenu de solidarité active (RSA) ? *</legend>
<label><input type="radio" name="rsa" id="rsa-oui" required> Oui</label>
<label><input type="radio" name="rsa" id="rsa-non"> Non</label></fieldset>
<fieldset><legend>Êtes-vous propriétaire d'une autre maison ? *</legend>
<label><input type="radio" name="immo" id="immo-oui" required> Oui</label>
<label><input type="radio" name="immo" id="immo-non"> Non</label></fieldset>
<button type="submit" id="suivant">Étape suivante</button>
</form></main></body></html>"""


def test_pas_de_x_answers_no_to_the_question_about_x():
    goal = "je fais ma demande d'aide. pas de rsa, pas d'autre maison"
    assert step(goal, RESOURCES).element_id == "rsa-non"
    assert step(goal, RESOURCES, clicked=("rsa-non",)).element_id == "immo-non"


BANNER = """<html><head><title>Connexion</title></head><body>
<div role="dialog" aria-modal="true" aria-label="Gestion des cookies" id="bandeau">
<p>Nous utilisons des cookies pour mesurer l'audience du site.</p>
<button type="button" id="ck-parametrer">Paramétrer</button>
<button type="button" id="ck-refuser">Tout refuser</button>
<button type="button" id="ck-accepter">Tout accepter</button></div>
<main><h1>Connexion</h1><a href="#" id="creer">Créer mon compte</a></main></body></html>"""


def test_a_cookie_banner_is_refused_unless_the_goal_accepts_or_wants_to_choose():
    assert step("je veux créer mon compte", BANNER).element_id == "ck-refuser"
    assert step("pas de cookies", BANNER).element_id == "ck-refuser"
    assert step("ok pour les cookies", BANNER).element_id == "ck-accepter"
    assert step("je veux choisir moi-même quels cookies j'accepte", BANNER).element_id == "ck-parametrer"


PROXY = """<html><head><title>Je donne procuration – Étape 2 sur 3</title></head><body><main>
<h1>Je donne procuration</h1><p>Sauf mention contraire, tous les champs sont obligatoires.</p><form>
<fieldset><legend>Comment désignez-vous la personne qui votera pour vous ?</legend>
<label><input type="radio" name="ident" id="ident-numero" required> Avec son numéro d'électeur</label>
<label><input type="radio" name="ident" id="ident-etatcivil"> Avec son état civil</label></fieldset>
<div class="bloc"><label for="numero">Numéro d'électeur</label><input type="text" id="numero">
<label for="numero-naissance">Date de naissance</label><input type="text" id="numero-naissance"></div>
<div class="bloc"><label for="nom">Nom de naissance</label><input type="text" id="nom">
<label for="prenoms">Prénoms</label><input type="text" id="prenoms">
<label for="ec-naissance">Date de naissance</label><input type="text" id="ec-naissance"></div>
<label for="telephone">Téléphone (facultatif)</label><input type="tel" id="telephone">
<label for="ville">Commune de vote</label><input type="text" id="ville">
<button type="submit" id="valider">Valider</button>
</form></main></body></html>"""


def test_the_fields_of_the_answer_not_chosen_do_not_apply_and_the_page_can_say_all_fields_are_required():
    by_id = {e.id: e for e in snapshot_from_html(PROXY).elements}
    assert by_id["numero"].branch == "ident-numero" and by_id["prenoms"].branch == "ident-etatcivil"
    assert not by_id["ville"].branch and by_id["ville"].required and not by_id["telephone"].required
    goal = "je donne procuration a mon frere, né le 04/06/1990"
    assert step(goal, PROXY, clicked=("ident-numero",)).element_id == "numero"
    assert step(goal, PROXY, clicked=("ident-etatcivil",)).element_id == "nom"
    after = snapshot_from_html(PROXY, url="https://exemple.fr/page").with_filled(["numero", "numero-naissance"])
    done = asyncio.run(next_step(goal, after, [HistoryItem(element_id="ident-numero")]))
    assert done.element_id == "ville"  # not the civil-status block, nor the optional phone


WISHES = """<html><head><title>Mes vœux</title></head><body><main><h1>Mes vœux</h1><table>
<tr><th scope="col">Formation</th><th scope="col">Actions</th></tr>
<tr><th scope="row">Licence Droit – Université de Rennes</th><td><button id="completer-droit">Compléter</button>
<button id="confirmer-droit">Confirmer</button><button id="suppr-droit">Supprimer ce vœu</button></td></tr>
<tr><th scope="row">BTS Tourisme – Lycée de Vannes</th><td><button id="completer-bts">Compléter</button>
<button id="confirmer-bts">Confirmer</button><button id="suppr-bts">Supprimer ce vœu</button></td></tr>
</table></main></body></html>"""


def test_the_action_of_a_row_is_named_by_the_same_action_in_other_words():
    assert step("faut que je valide la licence de droit", WISHES).element_id == "confirmer-droit"
    assert step("le bts tourisme c'est trop loin, je l'enlève", WISHES).element_id == "suppr-bts"


SICK_LEAVE = """<html><head><title>Mes indemnités journalières</title></head><body><main>
<h1>Mes indemnités journalières</h1>
<p>Arrêt de travail en cours : du 3 mars au 20 mars 2025, prescrit par votre médecin.</p>
<a href="#" id="sorties">Mes heures de sortie autorisées</a> <a href="#" id="paiements">Mes paiements</a>
</main></body></html>"""


def test_a_question_that_a_link_names_is_answered_behind_the_link_not_by_a_sentence_with_a_figure():
    asked = step("je peux sortir de chez moi a quelle heure pendant l'arret ?", SICK_LEAVE)
    assert asked.element_id == "sorties"
    assert step("mon arret de travail finit quand ?", SICK_LEAVE).action == "done"


TAXES = """<html><head><title>Payer – impots.gouv.fr</title></head><body><main><h1>Payer</h1><table>
<tr><th scope="col">Impôt</th><th scope="col">Actions</th></tr>
<tr><th scope="row">Taxe foncière 2024 – 12 rue des Tilleuls</th><td><button id="avis-tf">Voir l'avis</button>
<button id="payer-tf">Payer</button><a href="#" id="mens-tf">Adhérer à la mensualisation</a></td></tr>
<tr><th scope="row">Taxe d'habitation sur les résidences secondaires 2024</th>
<td><button id="avis-ths">Voir l'avis</button><button id="payer-ths">Payer</button>
<a href="#" id="mens-ths">Adhérer à la mensualisation</a></td></tr>
</table></main></body></html>"""


def test_an_item_the_goal_names_in_everyday_words_gets_its_action_that_the_page_title_also_says():
    assert step("comment je paye l'impot pour la maison de vacances", TAXES).element_id == "payer-ths"


PROCEDURES = """<html><head><title>Mon tableau de bord</title></head><body><main><h1>Mes démarches</h1>
<table><tr><th scope="col">Démarche</th><th scope="col">Statut</th><th scope="col">Actions</th></tr>
<tr><th scope="row" id="d-listes">Inscription sur les listes électorales</th>
  <td><span>Transmise à la mairie le 03/02/2025, en cours d'instruction</span></td>
  <td><button type="button" id="suivre-listes" aria-describedby="d-listes">Suivre</button></td></tr>
<tr><th scope="row" id="d-coord">Changement de coordonnées</th>
  <td><span>Terminée le 20/11/2024, 4 organismes informés</span></td>
  <td><button type="button" id="suivre-coord" aria-describedby="d-coord">Suivre</button></td></tr>
</table><a href="#" id="nouvelle">Faire une nouvelle démarche</a></main></body></html>"""


def test_a_table_row_reads_as_one_line_so_its_status_answers_a_question_about_its_item():
    page = snapshot_from_html(PROCEDURES)
    assert "Changement de coordonnées · Terminée le 20/11/2024, 4 organismes informés · Suivre" in page.text
    asked = step("mon changement de coordonnées de l'an dernier c'est terminé ou pas ?", PROCEDURES)
    assert asked.action == "done" and "Terminée le 20/11/2024" in asked.instruction


HOUSING = """<html><head><title>Simulation – Étape 2 sur 4</title></head><body><main><h1>Votre logement</h1>
<form><label for="cp">Code postal *</label><input type="text" id="cp" value="35000" required>
<label for="ville">Commune *</label><select id="ville" required><option selected>Rennes</option>
<option>Villeurbanne</option><option>Lyon</option></select>
<label for="loyer">Loyer mensuel (€) *</label><input type="text" id="loyer" required>
<button type="submit" id="suivant">Suivant</button></form></main></body></html>"""


def test_a_postcode_the_goal_gives_replaces_the_one_the_page_filled_in():
    assert step("on est en coloc a villeurbanne (69100)", HOUSING).element_id == "cp"


INSURANCE = RESOURCES.replace(
    '<label><input type="radio" name="immo" id="immo-non"> Non</label>',
    '<label><input type="radio" name="immo" id="immo-non"> Non</label>'
    '<label><input type="radio" name="immo" id="immo-nsp"> Je ne sais pas</label>',
)


def test_a_goal_that_does_not_know_picks_je_ne_sais_pas():
    goal = "pas de rsa. une autre maison, peut-être, j'en sais rien"
    assert step(goal, INSURANCE, clicked=("rsa-non",)).element_id == "immo-nsp"
    assert step("pas de rsa, pas d'autre maison", INSURANCE, clicked=("rsa-non",)).element_id == "immo-non"


def test_a_snapshot_from_the_extension_reads_all_fields_required_from_the_pages_text_too():
    """The extension sends the fields as the live page shows them (the other answer's block hidden, nothing marked
    required): the page's « tous les champs sont obligatoires » still makes the empty commune the next step."""
    page = snapshot_from_html(PROXY, url="https://exemple.fr/page")
    hidden = ("nom", "prenoms", "ec-naissance")
    shown = [e.model_copy(update={"required": False, "branch": ""}) for e in page.elements if e.id not in hidden]
    sent = page.model_copy(update={"elements": shown}).with_filled(["numero", "numero-naissance"])
    goal = "je donne procuration a mon frere, né le 04/06/1990"
    reply = asyncio.run(next_step(goal, sent, [HistoryItem(element_id="ident-numero")]))
    assert reply.element_id == "ville"  # not « Valider » with the commune left empty
