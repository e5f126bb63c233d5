"""Albertine's core on real sample pages: the snapshot an HTML parser builds, the privacy of typed values,
and the next step the rules choose for several goals (no model: fast and deterministic); one step with
the real embeddings and chat models checks that the model's answer is verified."""

from __future__ import annotations

import asyncio

import pytest

from communs.apps.guide import wording
from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.package import SAMPLES
from communs.apps.guide.snapshot import MAX_ELEMENTS, Element, HistoryItem, Page
from communs.apps.guide.step import CHOICES, next_step
from communs.errors import InvalidRequestError
from communs.models.registry import Registry


def sample(name: str, filled: tuple[str, ...] = ()) -> Page:
    html = (SAMPLES / name).read_text(encoding="utf-8")
    return snapshot_from_html(html, url=f"https://exemple.gouv.fr/{name}").with_filled(list(filled))


def step(goal: str, page: Page, history: list[dict] | None = None):
    return asyncio.run(next_step(goal, page, [HistoryItem(**h) for h in history or []]))


def test_the_snapshot_of_a_form_has_its_fields_labels_hints_and_groups():
    page = sample("formulaire.html")
    assert page.title.startswith("Demande d'aide au logement") and "Demande d'aide au logement" in page.headings
    by_id = {e.id: e for e in page.elements}
    assert by_id["naissance"].label == "Date de naissance" and by_id["naissance"].hint == "Format : jj/mm/aaaa"
    assert by_id["naissance"].kind == "field" and by_id["naissance"].required
    assert by_id["statut-locataire"].kind == "radio" and by_id["statut-locataire"].context == "Vous êtes"
    assert by_id["situation"].kind == "select" and "Célibataire" in by_id["situation"].options
    assert by_id["situation"].value is None and not by_id["situation"].filled  # "Choisir" has an empty value
    assert by_id["suivant"].kind == "button" and by_id["suivant"].type == "submit"
    # an element without an id of its own gets one from its position
    assert any(e.id.startswith("albertine-") and e.label == "Contacter ma Caf" for e in page.elements)


def test_typed_values_never_leave_the_page():
    html = """<html><body><form>
      <label for="u">Identifiant</label><input id="u" value="jean.dupont">
      <label for="p">Mot de passe</label><input id="p" type="password" value="s3cret!">
      <label for="n">Numéro de sécurité sociale</label><input id="n" value="1 84 12 75 123 456 78">
      <input type="hidden" name="token" value="abc"><button>Valider</button></form></body></html>"""
    page = snapshot_from_html(html)
    assert [e.id for e in page.elements] == ["u", "p", "n", "albertine-3"]  # the hidden input is not an element
    assert all(e.value is None for e in page.elements) and all(e.filled for e in page.elements[:3])
    assert "s3cret" not in page.model_dump_json() and "jean.dupont" not in page.model_dump_json()
    # a client that sends a sensitive value anyway: the server drops it
    sent = Page(elements=[Element(id="p", tag="input", type="password", label="Mot de passe", value="s3cret!")])
    cleaned = sent.sanitized().elements[0]
    assert cleaned.value is None and cleaned.filled


def test_a_page_is_checked_for_size_and_unique_ids():
    many = Page(elements=[Element(id=f"e{i}", tag="a", label=f"lien {i}") for i in range(MAX_ELEMENTS + 1)])
    with pytest.raises(InvalidRequestError) as error:
        many.sanitized()
    assert error.value.code == "too_many_elements"
    twins = Page(elements=[Element(id="x", tag="a", label="un"), Element(id="x", tag="a", label="deux")])
    with pytest.raises(InvalidRequestError, match="share the id"):
        twins.sanitized()
    with pytest.raises(InvalidRequestError) as empty:
        step("   ", sample("connexion.html"))
    assert empty.value.param == "goal"


@pytest.mark.parametrize(
    ("page", "goal", "filled", "history", "expected", "action"),
    [
        ("accueil.html", "Aller sur mon compte", (), [], "cookies-refuser", "click"),  # the banner first
        ("accueil.html", "Aller sur mon compte", (), [{"element_id": "cookies-refuser"}], "lien-connexion", "click"),
        ("connexion.html", "Utiliser FranceConnect pour m'identifier", (), [], "franceconnect", "click"),
        ("connexion.html", "Récupérer mon mot de passe perdu, je l'ai oublié", (), [], "mdp-oublie", "click"),
        ("formulaire.html", "Mettre le nombre de mes enfants", (), [], "enfants", "type"),
        ("formulaire.html", "Je vis en concubinage", (), [], "situation", "select"),
        ("formulaire.html", "Je suis propriétaire et je rembourse un prêt", (), [], "statut-proprietaire", "click"),
        ("recherche.html", "Gérer mon prélèvement à la source", (), [], "res-prelevement", "click"),
        ("recherche.html", "Trier les résultats par date", (), [], "tri", "select"),
    ],
)
def test_the_rules_point_to_the_element_the_goal_needs(page, goal, filled, history, expected, action):
    result = step(goal, sample(page, filled), history)
    assert (result.element_id, result.action) == (expected, action), result.instruction
    assert wording.mentions(result.instruction, result.label)
    assert result.source == "rule" and 0 < result.confidence <= 0.95


def test_a_form_is_filled_in_order_then_sent():
    page = sample("formulaire.html")
    goal = "Demander l'aide au logement"
    first = step(goal, page)
    assert first.element_id == "nom" and first.instruction == "Remplissez le champ « Nom de naissance »."
    done = [{"element_id": "nom", "action": "type"}]
    assert step(goal, sample("formulaire.html", ("nom",)), done).element_id == "prenom"
    required = ("nom", "prenom", "naissance", "nir", "situation", "enfants", "attestation")
    history = [{"element_id": i, "action": "type"} for i in required]
    last = step(goal, sample("formulaire.html", required), history)
    assert last.element_id == "suivant" and "Suivant" in last.instruction
    # the social security number is the user's business: the step says so, and hints no value
    nir = step("Donner mon numéro de sécurité sociale", page)
    assert nir.element_id == "nir" and nir.value_hint is None and "ne voit pas" in nir.instruction


def test_a_search_box_gets_the_words_to_type_and_a_list_its_option():
    search = step("Rechercher la prime d'activité", sample("accueil.html"), [{"element_id": "cookies-refuser"}])
    assert search.element_id == "recherche" and search.value_hint == "la prime d'activité"
    married = step("Je suis mariée, il faut l'indiquer", sample("formulaire.html"))
    assert married.value_hint == "Marié(e) ou pacsé(e)" and "Situation familiale" in married.instruction


def test_a_confirmation_page_ends_the_guide():
    page = sample("confirmation.html")
    finished = step("Demander l'aide au logement", page, [{"element_id": "suivant", "url": "https://caf.fr/etape-4"}])
    assert finished.action == "done" and finished.element_id is None
    # without anything done before, the same page is not taken for the end of this user's procedure
    assert step("Télécharger mon récapitulatif", page).element_id == "telecharger-recu"


def test_when_the_rules_are_unsure_the_model_picks_among_their_candidates_and_is_checked(settings):
    async def run():
        registry = Registry(settings)
        try:
            page = sample("connexion.html")
            return await next_step("Me connecter avec mon numéro fiscal et mon mot de passe", page, [], registry)
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    assert result.source == "model"  # the number, the password and its "forgotten" link score close
    assert result.element_id in result.candidates[:CHOICES] and result.element_id in {"spi", "pwd", "mdp-oublie"}
    assert wording.mentions(result.instruction, result.label)  # a sentence that does not name it is replaced
    assert result.value_hint is None  # these are the user's secrets


def test_the_model_sentence_must_name_the_element():
    assert wording.mentions("Cliquez sur « Suivant » en bas de la page.", "Suivant")
    assert wording.mentions("Remplissez la date de naissance.", "Date de naissance")
    assert not wording.mentions("Cliquez sur le bouton Valider.", "Suivant")
    assert wording.guillemets("Cliquez sur 'Suivant'.", "Suivant") == "Cliquez sur « Suivant »."
