"""De Facto's answers: what a question asks for, which sentence answers it, the figure quoted and its pages.

The pages here are small invented PV extracts (a scooter theft in Lille), wrapped the way a PDF text layer or an
OCR wraps them: a line break every seventy characters or so, inside sentences.
"""

from __future__ import annotations

import asyncio

from communs.apps.dossier.answers import best_sentence, rerank, split
from communs.apps.dossier.ask import DossierIndex, answer
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.query import analyse_question, kinds_of

HEARING = """POLICE NATIONALE - Commissariat de Lille
PROCÈS-VERBAL D'AUDITION DE TÉMOIN
Le 3 mars 2025 à 14h20, devant nous, Brigadier Paul LEROUX, officier de police judiciaire,
Entendons M. Hugo BERTIN, né le 12 avril 1979 à Douai (59), boulanger, qui déclare :
« J'ai vu deux jeunes tourner autour du scooter dans la cour vers 21h10. Ils sont
repartis à pied. Le propriétaire est rentré plus tard. »
Question : À quelle heure avez-vous entendu le moteur démarrer ?
Réponse : Vers 22h05, je fermais la boutique."""

SUMMARY = """RAPPORT DE SYNTHÈSE
Quatre vols de deux-roues commis dans le quartier de Wazemmes présentent le même mode opératoire : antivol
sectionné, véhicule poussé jusqu'à la rue voisine. Le scooter Peugeot 125 dérobé en premier a été
retrouvé brûlé. Le préjudice total s'élève à 9 320 euros.
Le moteur a démarré vers 22h05 selon le témoin BERTIN."""

SEIZURE = """PROCÈS-VERBAL DE PERQUISITION
Le 9 mars 2025 à 06h00, nous présentons au domicile de M. Kylian DORAT, 4 rue des Postes à Lille,
Dans le garage, découvrons deux antivols sectionnés et une disqueuse, placés sous scellé n° 1.
Dans un tiroir de la cuisine, découvrons la somme de 1 150 euros en billets de 50 euros."""


def pages() -> list[PageRecord]:
    return [PageRecord(n, text, "lille.pdf", False, 95.0, []) for n, text in enumerate([HEARING, SUMMARY, SEIZURE], 1)]


def test_a_question_says_which_figure_it_wants():
    assert kinds_of("Combien de temps a duré la garde à vue ?") == ["duree"]
    assert kinds_of("Combien de vols l'enquête retient-elle ?") == ["nombre"]
    assert kinds_of("Combien d'argent a été trouvé ?") == ["montant"]  # an amount, not a count
    assert kinds_of("Quel poids de cannabis a été saisi ?") == ["poids"]
    assert kinds_of("Quel âge a la victime ?") == ["age"]
    assert kinds_of("Quel article du Code pénal réprime le recel ?") == ["article"]
    assert kinds_of("Quel est le numéro d'immatriculation du scooter ?") == ["plaque"]  # not a phone number
    assert kinds_of("Quel est le numéro de la ligne du suspect ?") == ["telephone"]
    assert kinds_of("Quand le scooter a-t-il été retrouvé ?") == ["moment"]  # a date or an hour
    assert kinds_of("Quelle cellule a déclenché la ligne ?") == []  # a line named is no phone number asked
    query = analyse_question("Combien de cambriolages l'enquête relie-t-elle ?")
    assert "cambriolag" in query.head and "cambriolag" in query.subject and "combien" not in query.subject


def test_wrapped_lines_are_joined_and_headings_and_hearing_turns_cut():
    sentences = split(HEARING)
    assert "J'ai vu deux jeunes tourner autour du scooter dans la cour vers 21h10." in sentences
    assert "PROCÈS-VERBAL D'AUDITION DE TÉMOIN" in sentences
    assert "Réponse : Vers 22h05, je fermais la boutique." in sentences
    assert any(s.startswith("Entendons M. Hugo BERTIN") for s in sentences)  # a clause after a comma line


def test_the_sentence_holding_the_figure_asked_for_by_the_question_subject_wins():
    query = analyse_question("À quelle heure le témoin a-t-il entendu le moteur démarrer ?")
    sentence, _ = best_sentence(HEARING, query)
    assert sentence is not None and "22h05" in sentence.text  # the hearing's answer, through its question
    count = analyse_question("Combien de vols de deux-roues l'enquête relie-t-elle ?")
    sentence, _ = best_sentence(SUMMARY, count)
    assert sentence is not None and sentence.text.startswith("Quatre vols")  # not "Peugeot 125 dérobé"
    when = analyse_question("Quand M. BERTIN a-t-il vu les jeunes autour du scooter ?")
    sentence, _ = best_sentence(HEARING, when)
    assert sentence is not None and "21h10" in sentence.text  # his birth date answers no "quand"
    texts = [SUMMARY, HEARING, SEIZURE]
    money = analyse_question("Quelle somme a été trouvée dans la cuisine du suspect ?")
    assert rerank([(0, 1.0), (1, 0.9), (2, 0.2)], texts, money)[0][0] == 2  # the fused score counts for less


def test_an_extract_quotes_its_figure_first_and_cites_every_page_holding_it(tmp_path):
    index = DossierIndex.from_pages(pages(), tmp_path / "index")
    reply = asyncio.run(answer(index, "Vers quelle heure le moteur du scooter a-t-il démarré ?", None))
    assert reply["found"] and reply["answer"].startswith("22h05 — extrait : « ")
    assert set(reply["pages"]) == {1, 2}  # the hearing and the synthesis both hold 22h05
    reply = asyncio.run(answer(index, "Combien d'argent liquide a été découvert chez DORAT ?", None))
    assert reply["answer"].startswith("1 150 euros") and reply["pages"] == [3]
    reply = asyncio.run(answer(index, "À quelle heure les policiers sont-ils entrés chez DORAT ?", None))
    assert "06h00" in reply["answer"] and reply["pages"] == [3]


def test_a_figure_elsewhere_in_the_dossier_does_not_answer_a_question_on_something_it_never_names(tmp_path):
    index = DossierIndex.from_pages(pages(), tmp_path / "index")
    reply = asyncio.run(answer(index, "Quel est le montant de la prime d'assurance remboursée ?", None))
    assert not reply["found"] and reply["pages"] == []


def test_the_pages_procedural_words_and_months_without_a_day_answer_a_readers_question():
    custody = (
        "Le mis en cause conteste les faits et invoque la présence de son frère jusqu'à 23h30.\n"
        "M. DORAT a été déféré au parquet de Lille le 11 mars 2025 à 16h15."
    )
    when = analyse_question("Quand le mis en cause a-t-il été présenté au parquet ?")
    sentence, _ = best_sentence(custody, when)  # "présenté" is "déféré"; "mis en cause" names no one in the pages
    assert sentence is not None and "16h15" in sentence.text
    since = analyse_question("Depuis quand le receleur stocke-t-il les scooters ?")
    sentence, _ = best_sentence("Réponse : Je les garde depuis la mi-février, pas avant.", since)
    assert sentence is not None and since.answers(sentence.text)  # a month without its day answers "depuis quand"
    assert split("RAPPORT MÉDICAL (suite)\nExamen : plaie du cuir chevelu.")[0] == "RAPPORT MÉDICAL (suite)"


def test_an_address_is_no_count_and_a_birth_date_answers_only_a_question_on_a_birth():
    count = analyse_question("Combien de bouteilles le témoin a-t-il vu servir ?")
    assert not count.answers("M. BERTIN, demeurant 17 route de Douai, qui déclare :")
    assert count.answers("Je l'ai vu boire trois bouteilles de bière.")
    birth = analyse_question("Quelle est la date de naissance de M. BERTIN ?")
    assert birth.answers("M. Hugo BERTIN, né le 12 avril 1979 à Douai") and not birth.answers("le 3 mars 2025 à 14h20")
    assert kinds_of("Dans quel bar le suspect a-t-il passé la soirée ?") == ["lieu"]


def test_the_hour_of_a_pv_opening_answers_for_what_the_pv_then_relates(tmp_path):
    patrol = """PROCÈS-VERBAL D'INTERPELLATION
Le 9 mars 2025 à 01h40, nous, Brigadier Lina MOREL et Gardien de la paix Yanis HADJ, de la brigade
anticriminalité de Lille, en patrouille à bord d'un véhicule sérigraphié,
Remarquons rue Solférino un scooter noir circulant sans éclairage, conduit par un individu casqué.
Procédons au contrôle du conducteur, qui présente un permis de conduire au nom de Kylian DORAT."""
    pages = [PageRecord(1, patrol, "lille.pdf", False, 95.0, []), PageRecord(2, SUMMARY, "lille.pdf", False, 95.0, [])]
    index = DossierIndex.from_pages(pages, tmp_path / "index")
    reply = asyncio.run(answer(index, "À quelle heure la BAC a-t-elle remarqué le scooter rue Solférino ?", None))
    assert reply["answer"].startswith("01h40") and reply["pages"] == [1]  # the hour two sentences before
    reply = asyncio.run(answer(index, "À quelle heure la BAC a-t-elle remarqué le scooter, et dans quelle rue ?", None))
    assert "01h40" in reply["answer"] and "rue Solférino" in reply["answer"]  # a street is no hour


def test_a_figure_whose_sentence_holds_nothing_the_question_names_is_no_answer(tmp_path):
    from communs.apps.dossier.ask import Passage, _extract

    report = "RAPPORT\nLe préjudice total s'élève à 9 320 euros."
    pages = [
        PageRecord(
            1, "Se présente Mme Odette VIDAL, qui dépose plainte pour le vol de son scooter.", "a", False, 95.0, []
        ),
        PageRecord(2, report, "a", False, 95.0, []),
    ]
    question = "Quelle somme la mutuelle a-t-elle remboursée à Mme VIDAL ?"
    text, pages_cited, with_figure, held = _extract([Passage(2, report)], analyse_question(question))
    assert with_figure and text.startswith("9 320 euros") and held == 0.0  # the amount, with nothing of the question
    index = DossierIndex.from_pages(pages, tmp_path / "index")
    reply = asyncio.run(answer(index, question, None))
    assert not reply["found"] and reply["pages"] == []


def test_a_synonym_reaches_the_stems_the_dossier_has_of_it_and_no_other_word():
    from communs.search.analysis import analyze

    vocabulary = set(analyze("la porte-fenêtre avait été forcée ; la plaignante ; une plaie"))
    query = analyse_question("Quand a-t-on découvert l'effraction ?", vocabulary)
    assert {"forc", "force"} <= query.variants["effract"]  # "forcé" and "forcée", stemmed apart
    wounds = analyse_question("Quelles blessures présente la victime ?", vocabulary)
    assert "plai" in wounds.variants["blessur"] and "plaign" not in wounds.variants["blessur"]
