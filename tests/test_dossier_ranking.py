"""De Facto's choice of pages and figures: a synthesis cited with its piece, the kind of answer a question's
words ask for (invented PV extracts of a fuel theft in Vierzon)."""

from __future__ import annotations

import asyncio

from communs.apps.dossier.answers import is_synthesis
from communs.apps.dossier.ask import DossierIndex, answer
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.query import analyse_question, kinds_of

WITNESS = """GENDARMERIE NATIONALE - Brigade de Vierzon
PROCÈS-VERBAL D'AUDITION DE TÉMOIN
Le 12 mai 2025 à 09h30, devant nous, Gendarme Marc PELLETIER, agent de police judiciaire,
Entendons Mme Odile GARNIER, éclusière, qui déclare :
« Le camion-citerne s'est arrêté sur le chemin de halage. Le chauffeur a jeté un sac
noir dans le canal, près de l'écluse, avant de repartir vers la nationale. »"""

OTHER = """PROCÈS-VERBAL DE TRANSPORT ET DE CONSTATATIONS
Le 12 mai 2025 à 11h00, nous transportons sur le chemin de halage du canal de Berry.
Constatons des traces de pneus dans la terre meuble et une tache de gazole."""

SUMMARY = """RAPPORT DE SYNTHÈSE
Le Gendarme Marc PELLETIER à Monsieur le Procureur de la République près le tribunal judiciaire de Bourges.
Le témoin, Mme GARNIER, éclusière, a vu le chauffeur du camion-citerne jeter un sac noir dans le canal.
Le chauffeur conteste avoir jeté quoi que ce soit."""


def _pages(*texts: str) -> list[PageRecord]:
    return [PageRecord(n, text, "vierzon.pdf", False, 95.0, []) for n, text in enumerate(texts, 1)]


def test_a_synthesis_sentence_is_cited_with_the_piece_it_sums_up(tmp_path):
    assert is_synthesis(SUMMARY) and not is_synthesis(WITNESS)
    index = DossierIndex.from_pages(_pages(WITNESS, OTHER, SUMMARY), tmp_path / "index")
    question = "Selon le témoin, qu'a jeté le chauffeur du camion-citerne dans le canal ?"
    reply = asyncio.run(answer(index, question, None))
    assert reply["found"] and reply["pages"][0] == 3  # the synthesis says it best
    assert reply["pages"] == [3, 1]  # and the hearing it sums up is cited with it


def test_a_duration_in_hours_and_a_surface_or_length_are_asked_and_found():
    assert kinds_of("Combien d'heures le témoin a-t-il attendu la dépanneuse ?") == ["duree"]
    assert kinds_of("Combien d'années la société a-t-elle loué le hangar ?") == ["duree"]
    assert kinds_of("Quelle surface de toiture a été arrachée ?") == ["mesure"]
    assert kinds_of("Quelle était la longueur de la tranchée ?") == ["mesure"]
    query = analyse_question("Quelle surface de toiture a été arrachée ?")
    assert query.answer_spans("La toiture a été arrachée sur 180 m² environ.")
    query = analyse_question("Quelle était la longueur de la tranchée ?")
    assert query.answer_spans("une tranchee de 14 metres de long")  # an OCR that drops the accent


def test_money_is_asked_by_the_nouns_and_verbs_of_money():
    assert kinds_of("Quel capital la victime avait-elle placé sur son livret ?") == ["montant"]
    assert kinds_of("Quelle était la valeur du bracelet volé ?") == ["montant"]
    assert kinds_of("Quel manque à gagner l'URSSAF a-t-elle calculé ?") == ["montant"]
    assert kinds_of("Combien a été retiré au distributeur de la gare ?") == ["montant"]
    assert kinds_of("Combien le client a-t-il déboursé pour la cylindrée ?") == ["montant"]


def test_an_age_in_years_answers_before_a_birth_date():
    from communs.apps.dossier.answers import best_sentence, figure

    query = analyse_question("Quel âge a le passager du camion ?")
    text = (
        "Passager du camion : M. Loïc BERNARD, né le 3 juin 2001 à Tours, sans profession. "
        "Le passager du camion, âgé de 23 ans, dormait."
    )
    sentence, _ = best_sentence(text, query)
    assert sentence is not None and figure(sentence.text, query) == "23 ans"
    assert figure("M. Loïc BERNARD, né le 3 juin 2001, âgé de 23 ans, passager du camion.", query) == "23 ans"


def test_a_piece_named_by_what_it_holds_is_found_by_its_own_words(tmp_path):
    record = "Relevé des condamnations de : FAUCHER Kévin, né le 8 avril 1996 à Vierzon.\nCondamnation n° 1 : vol."
    index = DossierIndex.from_pages(_pages(WITNESS, OTHER, record), tmp_path / "index")
    reply = asyncio.run(answer(index, "Le chauffeur FAUCHER a-t-il des antécédents ?", None))
    assert reply["found"] and reply["pages"] == [3]
    query = analyse_question("Quelle est la pureté de l'héroïne saisie ?", {"teneur", "analys", "heroin"})
    assert {"teneur", "analys"} <= query.variants["puret"]


def test_a_figure_in_a_passage_the_search_is_sure_of_answers_a_question_in_other_words():
    from communs.apps.dossier.ask import held_enough

    assert held_enough(0.2, False, None)  # the sentence holds some of the question
    assert held_enough(0.0, True, 0.87)  # nothing of its words, but the passage is very close and holds the figure
    assert not held_enough(0.0, False, 0.87) and not held_enough(0.0, True, 0.80) and not held_enough(0.0, True, None)


def test_where_one_lives_and_what_a_fire_destroyed_are_said_in_the_words_of_a_pv():
    query = analyse_question("Où habite l'éclusière ?", {"demeur", "domicil"})
    assert {"demeur", "domicil"} <= query.variants["habit"]
    query = analyse_question("À combien le gérant chiffre-t-il les dégâts ?", {"sinistr", "prejudic"})
    assert {"sinistr", "prejudic"} <= query.variants["degat"]


def test_an_article_is_quoted_whole_whatever_its_code():
    from communs.apps.dossier.answers import figure

    query = analyse_question("Quel article réprime le travail dissimulé ?")
    assert figure("Délit prévu par l'article L. 8221-5 et réprimé par l'article L. 8224-1 du Code du travail.", query)
    assert figure("Le vol aggravé est réprimé par l'article 311-4-2 du Code pénal.", query) == "article 311-4-2"
    said = "Faits réprimés par l'article L. 3421-1 du Code de la santé publique."
    assert figure(said, query) == "article L. 3421-1"


def test_a_handsets_imei_is_no_phone_line():
    question = "Quel est le numéro d'identification du téléphone dont la ligne servait aux commandes ?"
    assert kinds_of(question) == ["imei"] and kinds_of("Quel est l'IMEI du portable saisi ?") == ["imei"]
    query = analyse_question("Quel est l'IMEI du portable saisi ?")
    assert not query.answer_spans("Ligne 06 12 34 56 78, abonné depuis 2019.")
    assert query.answer_spans("IMEI relevé : 35 284711 093547 2.")


def test_a_passage_semantically_close_is_near_enough_to_answer():
    from communs.apps.dossier.ask import far_from

    assert far_from(0.3, 0.82, False) and far_from(0.3, None, False)
    assert not far_from(0.3, 0.832, False)  # said in other words, but close in meaning
    assert not far_from(0.6, None, False) and not far_from(0.3, 0.8, True)


def test_since_when_is_no_answer_to_how_long():
    query = analyse_question("Combien de temps le chauffeur est-il resté en garde à vue ?")
    said = "M. FAUCHER, chauffeur depuis 2018, a été placé en garde à vue durant 31 heures."
    assert [said[s:e] for s, e in query.answer_spans(said)] == ["31 heures"]
    query = analyse_question("Depuis combien de temps le chauffeur travaille-t-il pour la société ?")
    assert "depuis 2018" in [said[s:e] for s, e in query.answer_spans(said)]
