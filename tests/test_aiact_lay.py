"""SONIC's lay profiles (data/articles_lay.json: everyday words for what each article governs) and the refusal of
questions on a neighbouring law that use that law's own vocabulary."""

from __future__ import annotations

import asyncio
import json

import pytest

from communs.apps.aiact import lay
from communs.apps.aiact.act import DATA, load_act
from communs.apps.aiact.scope import NEIGHBOURING, names_act_matter, names_another_law, neighbouring_domain


def test_every_article_and_annex_has_a_lay_profile_and_the_shipped_vectors_match() -> None:
    act = load_act()
    profiles = lay.profiles()
    assert set(profiles) == set(act.articles) | set(act.annexes)
    assert all(len(phrases) >= 3 for phrases in profiles.values())
    meta = json.loads((DATA / "lay-multilingual-e5-small.json").read_text())
    assert meta == {"digest": lay.digest(), "count": sum(len(p) for p in profiles.values())}
    assert lay._vectors("multilingual-e5-small") is not None and lay._vectors("another-model") is None


def test_lay_words_rank_the_article_that_governs_them() -> None:
    # words the Act's text and the glossary do not have: a fine one "risks", training one's staff, a robot
    assert lay.lexical_ranking("Combien je risque si mon entreprise ne respecte pas la loi sur l'IA ?")[0] == "art_99"
    assert lay.lexical_ranking("Faut-il former mes employés avant qu'ils utilisent ChatGPT ?")[0] == "art_4"
    assert lay.lexical_ranking("Le robot qui répond aux clients doit-il dire que c'est une machine ?")[0] == "art_50"
    assert lay.lexical_ranking("Quelle est la recette de la tarte tatin ?") == []
    votes = lay.rank_votes(["art_4", "art_26", "art_6"])
    assert votes == {"art_4": 1 / 5, "art_26": 1 / 6, "art_6": 1 / 7}
    assert len(lay.rank_votes(lay.lexical_ranking("obligations fournisseur IA haut risque"))) == lay.VOTERS


def test_two_semantic_rankings_fuse_by_their_reciprocal_ranks() -> None:
    # the question's own vector and the expanded query's: an article both put high beats one only one puts first
    assert lay.fused_ranking([["art_50", "art_4", "art_26"], ["art_99", "art_4", "art_50"]])[:2] == ["art_50", "art_4"]
    assert lay.fused_ranking([["art_4", "art_6"]]) == ["art_4", "art_6"]


def test_a_lay_vote_brings_an_article_the_hybrid_search_missed() -> None:
    from communs.apps.aiact.retrieve import Signals, Weights, rank

    act = load_act()
    hybrid = {
        top: (f"{top}_1", 0.9 - i / 100) for i, top in enumerate(["art_6", "art_9", "art_10", "art_11", "art_12"])
    }
    found = Signals(hybrid, {}, {}, ["art_22"], ["art_22"])
    ids, scores = rank(act, found, 5)
    assert "art_22" in {act.top(i) for i in ids} and scores[[act.top(i) for i in ids].index("art_22")] == 0.0
    quiet = rank(act, found, 5, Weights(lay_lexical=0.0, lay_semantic=0.0))[0]
    assert [act.top(i) for i in quiet] == ["art_6", "art_9", "art_10", "art_11", "art_12"]


def test_the_closest_lay_phrase_ranks_its_article_and_the_profile_votes_in_retrieval(settings) -> None:
    from communs.apps.aiact.index import open_index
    from communs.apps.aiact.retrieve import retrieve
    from communs.models.embed import embed, embeddings_model_id
    from communs.models.registry import Registry

    async def run() -> tuple[list[str], list[str]]:
        registry = Registry(settings)
        try:
            index = await open_index(settings, registry)
            question = "Faut-il former mes employés avant qu'ils utilisent ChatGPT ?"
            vector = (await embed(registry, [question], "query"))[0]
            ranking = lay.semantic_ranking(embeddings_model_id(registry), vector)
            found = await retrieve(index, question, 5)
            index.store.close()
            return ranking, [index.act.top(i) for i in found.ids]
        finally:
            await registry.aclose()

    ranking, tops = asyncio.run(run())
    assert ranking[0] == "art_4" and len(ranking) == len(lay.profiles())
    assert tops[0] == "art_4"


@pytest.mark.parametrize(
    "question",
    [
        "Mon employeur peut-il me licencier pour faute grave après un avertissement ?",
        "Comment faire supprimer les données qu'un site de rencontre garde sur moi ?",
        "Comment obtenir un extrait d'acte de naissance en ligne ?",
    ],
)
def test_a_question_in_a_neighbouring_laws_words_and_none_of_the_acts_is_outside_it(question: str) -> None:
    assert neighbouring_domain(question) in NEIGHBOURING
    assert names_another_law(question)


@pytest.mark.parametrize(
    "question",
    [
        "Puis-je résilier mon abonnement à un assistant IA avant la fin de l'année ?",
        "Qui paie si le robot aspirateur abîme mon parquet, mon assurance habitation ou le fabricant ?",
        "Puis-je breveter un algorithme d'IA en France ?",
        "Can I get a refund for my AI photo app subscription?",
        "Une entreprise en position dominante peut-elle imposer son moteur de recherche IA ?",
    ],
)
def test_a_question_that_speaks_of_ai_is_not_refused_for_neighbouring_law_words_alone(question: str) -> None:
    """A deliberate trade: these are other laws' matters, but on a held-out set the same rule refused five questions
    on the Act (an algorithm suspending a driver, AI traffic lights…); refusing a question on the Act is worse than
    answering one beside it with the Act's articles. Only a named other law (RGPD, TVA…) without AI refuses."""
    assert neighbouring_domain(question) in NEIGHBOURING
    assert not names_another_law(question)


@pytest.mark.parametrize(
    "question",
    [
        "Un logiciel d'IA qui décide des licenciements dans mon entreprise est-il à haut risque ?",
        "Le RGPD s'applique-t-il en plus du règlement sur l'IA quand notre modèle traite des données personnelles ?",
        "Une IA qui trie les dossiers de retraite à la caisse est-elle encadrée ?",
        "La reconnaissance faciale pour vérifier les passeports à la frontière est-elle autorisée ?",
        "Les fournisseurs de modèles doivent-ils respecter le droit d'auteur lors de l'entraînement ?",
        "Une banque peut-elle utiliser une IA pour décider du remboursement d'un prêt ?",
        "Les deepfakes de mon voisin faits avec une IA doivent-ils être signalés ?",
        "Un chatbot qui répond aux questions sur les impôts doit-il dire qu'il est une IA ?",
    ],
)
def test_a_question_on_the_acts_own_matters_stays_in_even_with_a_neighbouring_laws_words(question: str) -> None:
    assert neighbouring_domain(question) is not None
    assert not names_another_law(question)


@pytest.mark.parametrize(
    "question",
    [
        "Notre application de rencontre glisse des signaux invisibles pour faire payer l'abonnement, est-ce permis ?",
        "Un logiciel de caisse qui incite les clients âgés à prendre un abonnement en plus, c'est légal ?",
        "Une appli de jeux qui exploite la détresse des joueurs endettés pour hâter le remboursement ?",
        "Le système du magasin influence le comportement des acheteurs à leur insu pour vendre des abonnements.",
        "Un assistant vocal qui manipule les enfants pour qu'ils demandent un abonnement à leurs parents ?",
        "Un programme recommande des crédits aux locataires en difficulté : le RGPD suffit-il ?",
        "An app using deceptive techniques to push users into a paid subscription: is that allowed?",
    ],
)
def test_a_system_acting_on_people_as_article_5_words_it_is_never_refused(question: str) -> None:
    assert neighbouring_domain(question) is not None
    assert names_act_matter(question)
    assert not names_another_law(question)


@pytest.mark.parametrize(
    "question",
    [
        "Un vendeur à domicile m'a manipulé pour signer un abonnement, puis-je me rétracter ?",
        "Le démarcheur a profité de la vulnérabilité de ma mère pour lui vendre une assurance habitation.",
    ],
)
def test_a_persons_pressure_without_any_system_stays_a_neighbouring_law(question: str) -> None:
    assert names_another_law(question)


@pytest.mark.parametrize(
    ("question", "asking"),
    [
        (
            "Nous gérons une crèche. Le logiciel de planning choisit les enfants admis. Faut-il le déclarer ? À qui ?",
            "Faut-il le déclarer ? À qui ?",
        ),
        (
            "Mon assistant vocal enregistre tout. Je veux savoir ce que la loi prévoit.",
            "Je veux savoir ce que la loi prévoit.",
        ),
        (
            "Est-ce qu'un chatbot doit dire qu'il n'est pas humain ?",
            "Est-ce qu'un chatbot doit dire qu'il n'est pas humain ?",
        ),
    ],
)
def test_the_asking_sentences_are_those_with_a_question_mark_else_the_last(question: str, asking: str) -> None:
    from communs.apps.aiact.retrieve import asked

    assert asked(question) == asking


def test_the_asking_sentences_vote_through_the_recitals_and_the_lay_profiles(settings) -> None:
    """A question that tells a situation before it asks: its asking sentences' vector adds recital votes at
    ASKED_RECITAL_WEIGHT of the whole question's and a third semantic ranking of the lay profiles."""
    from communs.apps.aiact.index import open_index
    from communs.apps.aiact.recitals import votes
    from communs.apps.aiact.retrieve import ASKED_RECITAL_WEIGHT, Signals, asked, signals
    from communs.models.embed import embed, embeddings_model_id
    from communs.models.registry import Registry

    question = (
        "Notre mairie loue des trottinettes. Un logiciel fixe les tarifs selon la météo. Doit-on former les agents ?"
    )

    async def run() -> tuple[Signals, Signals, dict[str, float]]:
        registry = Registry(settings)
        try:
            index = await open_index(settings, registry)
            vectors = await embed(registry, [question, asked(question)], "query")
            plain = await signals(index, question, question, vectors[:1], 5)
            both = await signals(index, question, question, vectors[:1], 5, asked_vector=vectors[1])
            index.store.close()
            return plain, both, votes(embeddings_model_id(registry), vectors[1])
        finally:
            await registry.aclose()

    plain, both, extra = asyncio.run(run())
    assert extra
    for top, vote in extra.items():
        assert both.recitals[top] == pytest.approx(plain.recitals.get(top, 0.0) + ASKED_RECITAL_WEIGHT * vote)
    assert both.lay_semantic != plain.lay_semantic
    assert both.lay_semantic[0] == "art_4"  # AI literacy: training the staff, what the asking sentence is about


@pytest.mark.parametrize(
    "question",
    [
        "J'ai signé un bail il y a deux ans, le propriétaire peut-il augmenter le loyer ?",
        "Qu'ai-je à payer comme TVA sur une facture de plombier ?",
        "Je n'ai pas reçu mon remboursement de la mutuelle, que faire ?",
    ],
)
def test_the_french_verb_ai_is_not_the_english_ai(question: str) -> None:
    """« j'ai », « qu'ai-je », « n'ai » are the verb avoir: a neighbouring law's question in those words is refused."""
    assert names_another_law(question)


@pytest.mark.parametrize(
    "question",
    [
        "L'AI Act s'applique-t-il à mon entreprise de location de voitures ?",
        "Mon bail est géré par un algo, c'est légal ?",
    ],
)
def test_ai_said_in_english_or_as_algo_keeps_a_question_in(question: str) -> None:
    assert not names_another_law(question)
