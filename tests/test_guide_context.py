"""Albertine round 9: the page as a person sees it. A status message about another procedure does not end this
one; an element some fifty lines of text down is reached by scrolling. Rules only."""

from __future__ import annotations

import asyncio

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step

ABONNEMENT = """<html><head><title>Abonnement de bus – Réseau urbain</title></head><body><main>
<div role="status">Votre paiement du mois d'avril a bien été enregistré. Merci.</div>
<h1>Changer de formule d'abonnement</h1>
<form><fieldset><legend>Nouvelle formule *</legend>
<label><input type="radio" name="formule" id="f-mois" required> Mensuelle</label>
<label><input type="radio" name="formule" id="f-an" required> Annuelle</label></fieldset>
<label for="debut">Date de début *</label><input id="debut" required>
<button type="submit" id="valider">Valider</button></form></main></body></html>"""


def test_a_status_message_about_something_else_does_not_end_the_procedure():
    page = snapshot_from_html(ABONNEMENT, url="https://exemple.fr/abonnement")
    history = [HistoryItem(element_id="f-an", action="click")]
    found = asyncio.run(next_step("je passe à l'abonnement annuel à partir de septembre", page, history))
    assert (found.element_id, found.action) == ("debut", "type")


SENTENCE = "Les horaires du réseau changent deux fois par an, au printemps puis à la fin des vacances d'été."
LONG = f"""<html><head><title>Horaires – Réseau urbain</title></head><body><main><h1>Horaires</h1>
<p><a href="/plan" id="plan">Plan du réseau</a></p>
{"".join(f"<p>{SENTENCE}</p>" for _ in range(30))}
<p><a href="/objets" id="objets">Déclarer un objet perdu dans un bus</a></p></main></body></html>"""


def test_a_link_after_some_fifty_lines_of_text_is_reached_by_scrolling():
    by_id = {e.id: e for e in snapshot_from_html(LONG).elements}
    assert by_id["objets"].below and not by_id["plan"].below
    page = snapshot_from_html(LONG, url="https://exemple.fr/horaires")
    found = asyncio.run(next_step("j'ai oublié mon sac dans le bus", page, []))
    assert (found.element_id, found.action) == ("objets", "scroll")


VOYAGE = """<html><head><title>Sortie scolaire – inscription</title></head><body><main><h1>Sortie au musée</h1>
<form><label for="eleve">Nom de l'élève *</label><input id="eleve" required>
<label for="accomp-nom">Nom de l'adulte accompagnateur (facultatif)</label><input id="accomp-nom">
<label for="accomp-prenom">Prénom de l'adulte accompagnateur (facultatif)</label><input id="accomp-prenom">
<button type="submit" id="inscrire">Inscrire</button></form></main></body></html>"""


def test_a_person_named_by_a_title_or_first_and_last_name_goes_in_the_optional_name_fields():
    page = snapshot_from_html(VOYAGE, url="https://exemple.fr/sortie").with_filled(["eleve"])
    history = [HistoryItem(element_id="eleve", action="type")]
    goal = "inscrire ma fille à la sortie, c'est Mme Berthier qui viendra avec le groupe"
    assert asyncio.run(next_step(goal, page, history)).element_id == "accomp-nom"
    goal = "inscrire mon fils, il sera accompagné de son parrain, avec Gaston Lemoine"
    assert asyncio.run(next_step(goal, page, history)).element_id == "accomp-nom"
    then = page.with_filled(["accomp-nom"])
    assert asyncio.run(next_step(goal, then, history)).element_id == "accomp-prenom"
    # no person named: the form is sent
    assert asyncio.run(next_step("inscrire ma fille à la sortie", page, history)).element_id == "inscrire"


COLUMNS = f"""<html><head><title>Horaires – Réseau urbain</title></head><body><div class="colonnes">
<main><h1>Horaires</h1>{"".join(f"<p>{SENTENCE}</p>" for _ in range(30))}
<p><a href="/objets" id="objets">Déclarer un objet perdu dans un bus</a></p></main>
<aside><h2>Raccourcis</h2><p><a href="/abonnement" id="abonnement">Renouveler mon abonnement</a></p></aside>
</div></body></html>"""


def test_a_side_column_after_the_main_one_starts_at_its_top():
    by_id = {e.id: e for e in snapshot_from_html(COLUMNS).elements}
    assert by_id["objets"].below and not by_id["abonnement"].below
    page = snapshot_from_html(COLUMNS, url="https://exemple.fr/horaires")
    found = asyncio.run(next_step("je veux renouveler mon abonnement de bus", page, []))
    assert (found.element_id, found.action) == ("abonnement", "click")
