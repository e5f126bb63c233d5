"""Albertine reads a page as a person sees it, and takes the history into account: accessible names and
sections, what is hidden or disabled, the modal dialog first, a form's state and order, the notice that says
the procedure went through, everyday words for the page's words. Rules only: fast and deterministic."""

from __future__ import annotations

import asyncio
from pathlib import Path

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.state import after_history, usable
from communs.apps.guide.step import next_step

PROFILE = Path(__file__).parent / "data" / "guide" / "profil.html"
INCOME = Path(__file__).parent / "data" / "guide" / "ressources.html"


def profile(filled: tuple[str, ...] = ()) -> Page:
    return snapshot_from_html(PROFILE.read_text(encoding="utf-8"), url="https://exemple.fr/profil").with_filled(
        list(filled)
    )


def step(goal: str, page: Page, clicked: tuple[str, ...] = (), typed: tuple[str, ...] = ()):
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    history += [HistoryItem(element_id=i, action="type") for i in typed]
    return asyncio.run(next_step(goal, page, history))


def test_accessible_names_come_from_aria_labelledby_aria_label_title_and_the_section_heading():
    by_id = {e.id: e for e in profile().elements}
    assert by_id["cle"].label == "Clé"  # aria-labelledby
    assert by_id["profil"].label == "Mon profil"  # an icon-only button named by aria-label
    assert by_id["aide"].label == "Aide sur ce formulaire" and by_id["aide"].kind == "link"  # title
    assert by_id["aide"].looks == "button" and by_id["adresse-modifier"].looks == "link" and not by_id["valider"].looks
    assert by_id["adresse-modifier"].context == "Adresse postale"  # the section's aria-labelledby
    assert by_id["tel-modifier"].context == "Téléphone"  # no name: the heading before it in its section
    assert by_id["statut-locataire"].context == "Vous êtes : *" and by_id["statut-locataire"].group == "statut"
    # a tile: its title is its name, without the aria-hidden icon; the line under it is the hint
    assert by_id["tuile-attestation"].label == "Attestation de droits"
    assert by_id["tuile-attestation"].hint == "Télécharger ou recevoir par courrier"


def test_hidden_and_disabled_elements_are_left_out_but_the_background_of_a_modal_is_only_inert():
    page = profile()
    by_id = {e.id: e for e in page.elements}
    assert not any(by_id[i].visible for i in ("cache-aria", "cache-attribut", "cache-style"))
    assert by_id["imprimer"].disabled and by_id["code-agent"].disabled  # own attribute, disabled fieldset
    # the whole page is aria-hidden behind the dialog: inert while it is open, back once it is closed
    assert by_id["adresse-modifier"].visible and not by_id["adresse-modifier"].modal
    assert by_id["fenetre-oui"].modal and {e.id for e in usable(page)} == {"fenetre-oui", "fenetre-plus-tard"}
    closed = after_history(page, [HistoryItem(element_id="fenetre-plus-tard")])
    assert "adresse-modifier" in {e.id for e in usable(closed)} and "fenetre-oui" not in {e.id for e in usable(closed)}


def test_while_a_modal_dialog_is_open_the_step_is_in_it_then_the_goal_is_followed():
    page = profile()
    first = step("j'ai déménagé", page)
    assert first.element_id in ("fenetre-oui", "fenetre-plus-tard")
    assert step("mon numéro de téléphone est bon", page).element_id == "fenetre-oui"
    # the dialog closed in the history; « déménagé » is the page's « adresse »: the right « Modifier »
    moved = step("j'ai déménagé", page, clicked=("fenetre-plus-tard",))
    assert moved.element_id == "adresse-modifier"
    assert moved.instruction == "Cliquez sur le lien « Modifier »."  # a button drawn as a link: named as seen
    assert step("je veux changer de numéro de portable", page, clicked=("fenetre-oui",)).element_id == "tel-modifier"


def test_the_form_is_filled_in_page_order_with_prefilled_values_and_the_history_taken_into_account():
    page = profile()
    by_id = {e.id: e for e in page.elements}
    assert by_id["pays"].filled and by_id["pays"].prefilled and by_id["nombre"].prefilled
    assert by_id["commune"].required and by_id["certif"].required and by_id["statut-locataire"].required  # « * »
    # the user has started: the radio group first (the goal says which), then the commune, then the box
    started = profile(filled=("commune",))
    goal = "je suis locataire et je veux mettre à jour mes informations"
    assert step(goal, started, clicked=("fenetre-oui",)).element_id == "statut-locataire"
    after_radio = step(goal, started, clicked=("fenetre-oui", "statut-locataire"))
    assert after_radio.element_id == "certif" and after_radio.action == "click"
    done = step(goal, started, clicked=("fenetre-oui", "statut-locataire", "certif"))
    assert done.element_id == "valider"
    # an optional list shown with another value than the one the goal names: that list, in its turn
    moving = step("je pars vivre en Suisse", started, clicked=("fenetre-oui", "statut-locataire"))
    assert moving.element_id == "pays" and moving.action == "select" and moving.value_hint == "Suisse"


def test_a_status_notice_that_confirms_the_goal_means_done_but_not_for_another_request():
    page = profile()
    checked = step("je viens de changer mon mail, est-ce que c'est bien pris en compte ?", page)
    assert checked.action == "done" and checked.element_id is None
    assert step("j'ai déménagé", page, clicked=("fenetre-oui",)).action == "click"
    # a button that closes a message is not a step towards a goal
    assert step("je veux modifier mon adresse", page, clicked=("fenetre-oui",)).element_id != "fermer-message"


def test_a_cookie_banner_closed_by_its_cross_is_gone_and_negated_words_do_not_count():
    html = """<html><body>
      <div role="dialog" aria-label="Gestion des cookies"><p>Ce site utilise des cookies.</p>
        <button id="tout-refuser">Tout refuser</button><button id="croix" aria-label="Fermer">×</button></div>
      <main><h1>Se connecter</h1>
        <a href="#" id="impots">Se connecter avec impots.gouv.fr</a>
        <a href="#" id="creer">Créer un compte chez l'un de ces fournisseurs</a></main></body></html>"""
    page = snapshot_from_html(html)
    assert step("me connecter", page).element_id == "tout-refuser"
    after = step("je n'ai pas de compte impôts, comment me connecter ?", page, clicked=("croix",))
    assert after.element_id == "creer"
    assert step("me connecter avec impots.gouv.fr", page, clicked=("croix",)).element_id == "impots"


def test_a_yes_no_question_is_answered_from_what_the_goal_says_happened_or_not():
    html = """<html><head><title>Actualisation – Étape 1 sur 3</title></head><body><form>
      <fieldset><legend>Avez-vous travaillé ce mois-ci ? *</legend>
        <input type="radio" name="t" id="t-oui"><label for="t-oui">Oui</label>
        <input type="radio" name="t" id="t-non"><label for="t-non">Non</label></fieldset>
      <fieldset><legend>Avez-vous été en arrêt maladie ? *</legend>
        <input type="radio" name="m" id="m-oui"><label for="m-oui">Oui</label>
        <input type="radio" name="m" id="m-non"><label for="m-non">Non</label></fieldset>
      <button type="submit" id="suivant">Suivant</button></form></body></html>"""
    page = snapshot_from_html(html)
    assert page.progress == "Étape 1 sur 3"
    assert step("je m'actualise, je n'ai pas travaillé ce mois-ci", page).element_id == "t-non"
    assert step("je m'actualise, j'ai travaillé 20 heures", page).element_id == "t-oui"
    assert step("j'ai bossé 20 heures ce mois", page).element_id == "t-oui"
    # the first question answered in the history: the next one, where the goal says nothing: its first answer
    answered = step("je m'actualise, j'ai travaillé 20 heures", page, clicked=("t-oui",))
    assert answered.element_id == "m-oui" and answered.action == "click"


def test_a_grid_of_fields_is_filled_where_the_goal_gives_data_and_a_question_answered_no_when_it_says_nothing_else():
    page = snapshot_from_html(INCOME.read_text(encoding="utf-8"))
    assert {e.id: e for e in page.elements}["conj-avril"].label == "Salaires de votre conjoint (€) avril"
    mine = "je fais ma déclaration trimestrielle, j'ai gagné 1200 euros en mars avril et mai"
    assert step(mine, page).element_id == "sal-oui"  # « gagné »: a salary, the first question answered yes
    assert step(mine, page, clicked=("sal-oui",)).element_id == "sal-mars"
    assert step(mine, page.with_filled(["sal-mars"]), clicked=("sal-oui",)).element_id == "sal-avril"
    # the partner's salaries: not for this goal; « par mois » says every month for the partner's goal
    filled = page.with_filled(["sal-mars", "sal-avril", "sal-mai"])
    assert step(mine, filled, clicked=("sal-oui",)).element_id == "autres-oui"  # put to the person: not said
    assert step(mine, filled, clicked=("sal-oui",)).instruction.startswith("Répondez à la question")
    partner = "mon conjoint a gagné 1500 euros par mois"
    assert step(partner, filled, clicked=("sal-oui",)).element_id == "conj-mars"
    nothing_else = "je déclare mon salaire, rien d'autre"
    assert step(nothing_else, filled, clicked=("sal-oui",)).element_id == "autres-non"
    assert step(nothing_else, filled, clicked=("sal-oui", "autres-non")).element_id == "suivant"
    assert step("je n'ai touché aucun salaire ce trimestre", page).element_id == "sal-non"


def test_a_menu_link_to_the_page_one_is_on_is_not_the_next_step():
    html = """<html><head><title>Payer une amende | amendes</title></head><body>
      <nav aria-label="Menu"><a href="#" id="nav-payer" aria-current="page">Payer</a>
        <a href="#" id="nav-aide">Aide</a></nav>
      <main><h1>Payer une amende</h1><form><label for="num">Numéro de télépaiement *</label><input id="num">
      <button type="submit" id="continuer">Continuer</button></form>
      <section><h2>Vous n'étiez pas le conducteur ?</h2><a href="#" id="designer">Désigner un conducteur</a></section>
      </main></body></html>"""
    page = snapshot_from_html(html)
    assert {e.id: e for e in page.elements}["nav-payer"].current
    assert step("je veux payer mon amende", page).element_id == "num"
    assert step("c'est ma fille qui conduisait", page).element_id == "designer"


def test_optional_fields_the_goal_speaks_of_come_before_sending_and_the_goal_can_name_another_button():
    page = snapshot_from_html(INCOME.with_name("inscription.html").read_text(encoding="utf-8"))
    level = page.with_filled(["prenom", "naissance"])
    goal = "j'inscris ma fille à l'école, elle rentre en CP"
    chosen = step(goal, level)
    assert chosen.element_id == "niveau" and chosen.value_hint == "CP"
    # « École » is in every option of the schools list: it names none of them
    done = page.with_filled(["prenom", "naissance", "niveau"])
    assert step(goal + ", elle mangera à la cantine", done).element_id == "cantine"
    assert step("ma fille est allergique aux arachides", done).element_id == "allergies"
    assert step(goal, done).element_id == "suivant"
    started = page.with_filled(["prenom"])
    assert step("je dois partir, je finirai plus tard", started).element_id == "brouillon"
    assert step("je me suis trompé à l'étape d'avant", started).element_id == "precedent"


def test_search_results_are_found_from_everyday_words_and_the_search_box_when_nothing_on_the_page_fits():
    page = snapshot_from_html(INCOME.with_name("recherche.html").read_text(encoding="utf-8"))
    assert step("j'ai vendu ma voiture", page).element_id == "r2"  # vente, véhicule, cession
    assert step("on m'a volé ma voiture avec les papiers dedans", page).element_id == "r3"  # « volée »
    other = step("je cherche plutôt comment faire un passeport", page)
    assert other.element_id == "q" and other.action == "type" and other.value_hint == "passeport"


VEILED = """<html><head><style>
.voile{position:fixed;inset:0;background:rgba(0,0,0,.5)} .cachee{display:none}
.barre{position:fixed;bottom:0;left:0;right:0}
</style></head><body>
<div class="voile" aria-hidden="true"></div>
<div class="boite"><p>Nous aimerions déposer des cookies pour mesurer l'audience.</p>
<button id="ok">Ça me va</button><button id="non">Je refuse</button></div>
<main><form><fieldset><legend>Avez-vous déjà un dossier ? (obligatoire)</legend>
<label><input type="radio" name="d" id="d-oui"> Oui</label><label><input type="radio" name="d" id="d-non"> Non</label>
</fieldset><p class="cachee"><input id="cache" type="text"></p>
<button type="button" id="j19" aria-pressed="true">19</button></form></main></body></html>"""

BAR = """<html><head><style>.barre{position:fixed;bottom:0;left:0;right:0}</style></head><body>
<main><form><label for="nom">Nom</label><input id="nom" required><button type="submit">Valider</button></form></main>
<div class="barre" role="region" aria-label="Cookies"><span>Ce site utilise des cookies.</span>
<button id="c-ok">Accepter</button><button id="c-non">Refuser</button></div></body></html>"""


def test_a_veil_makes_the_box_over_it_modal_and_a_class_hides_what_it_hides():
    page = snapshot_from_html(VEILED, url="https://exemple.fr/v")
    by_id = {e.id: e for e in page.elements}
    assert by_id["ok"].modal and by_id["non"].modal and not by_id["d-oui"].modal
    assert not by_id["cache"].visible  # « .cachee { display: none } »
    assert by_id["d-oui"].required and by_id["d-non"].required  # the legend says « (obligatoire) »
    assert by_id["j19"].checked  # a toggle button that is on
    assert step("je veux m'inscrire", page).element_id == "non"  # the banner's sentence says cookies


def test_a_cookie_bar_after_the_page_with_no_veil_does_not_come_first():
    page = snapshot_from_html(BAR, url="https://exemple.fr/b")
    assert step("je m'appelle Léa Martin", page).element_id == "nom"  # the form, not the bar
