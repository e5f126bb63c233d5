"""Albertine, round 3: what a person sees and says — a file to attach, a link far down the page, a question
the page already answers, « je ne connais pas … », « pas besoin de … », a card's own actions, side actions.
Rules only: fast and deterministic, on a page written for these tests (tests/data/guide/bourses.html)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.step import next_step

BOURSES = Path(__file__).parent / "data" / "guide" / "bourses.html"


def page(filled: tuple[str, ...] = ()) -> Page:
    html = BOURSES.read_text(encoding="utf-8")
    return snapshot_from_html(html, url="https://exemple.fr/bourses").with_filled(list(filled))


def step(goal: str, filled: tuple[str, ...] = (), clicked: tuple[str, ...] = ()):
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    return asyncio.run(next_step(goal, page(filled), history))


def test_a_file_input_is_a_file_to_attach_and_the_history_attaches_it():
    by_id = {e.id: e for e in page().elements}
    assert by_id["avis-imposition"].kind == "file" and by_id["avis-imposition"].required
    found = step("je fais ma demande de bourse, j'ai mon avis d'imposition en PDF", clicked=("nf-oui", "avis-non"))
    assert (found.element_id, found.action) == ("avis-imposition", "click")
    assert "fichier" in found.instruction
    sent = step("je fais ma demande de bourse", clicked=("nf-oui", "avis-non", "avis-imposition"))
    assert (sent.element_id, sent.action) == ("envoyer", "click")  # attached: the form is complete


def test_a_link_far_below_the_first_screen_is_reached_by_scrolling():
    by_id = {e.id: e for e in page().elements}
    assert by_id["contact-bas"].below and not by_id["d1-supprimer"].below and not by_id["envoyer"].below
    found = step("je veux écrire au service des bourses")
    assert (found.element_id, found.action) == ("contact-bas", "scroll")
    assert "défiler" in found.instruction
    # once scrolled to, it is in view: the next step clicks it
    history = [HistoryItem(element_id="contact-bas", action="scroll")]
    then = asyncio.run(next_step("je veux écrire au service des bourses", page(), history))
    assert (then.element_id, then.action) == ("contact-bas", "click")


def test_a_question_that_the_page_answers_is_done_with_the_page_sentence():
    found = step("jusqu'à quand je peux déposer mon dossier de bourse ?")
    assert found.action == "done" and found.element_id is None
    assert "15 mars 2026" in found.instruction
    # not a question asking for a value: the page is used
    assert step("je veux déposer un dossier de bourse", clicked=("nf-oui",)).action != "done"


def test_what_one_does_not_know_answers_no_to_the_question_that_asks_it():
    found = step("je demande une bourse, je ne connais pas mon numéro fiscal")
    assert found.element_id == "nf-non"
    assert step("je demande une bourse, je connais mon numéro fiscal").element_id == "nf-oui"


def test_no_need_to_be_told_answers_no_and_an_unwanted_mail_leads_nowhere():
    found = step("demande de bourse, pas besoin de me tenir au courant", clicked=("nf-oui",))
    assert found.element_id == "avis-non"
    sent = step("je veux envoyer ma demande, je ne veux pas de mail", clicked=("nf-oui", "avis-non", "avis-imposition"))
    assert sent.element_id == "envoyer"  # not the e-mail field the word « mail » would lead to


def test_a_card_name_is_every_one_of_its_actions_and_side_actions_weigh_less():
    by_id = {e.id: e for e in page().elements}
    assert by_id["d2-supprimer"].context == "Bourse de lycée – Hugo"  # the block named by aria-labelledby
    found = step("je veux supprimer le dossier de lycée d'Hugo")
    assert found.element_id == "d2-supprimer"  # not « Voir le détail … lycée Hugo », which repeats the card's name
    assert step("ajouter la démarche de bourse à mes favoris").element_id == "favori"  # asked for: not a side action
