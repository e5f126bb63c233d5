"""De Facto's reading of a passage around the figure asked for: a person's age is no duration, a log's rows are
sentences of their own, a list's items are read with their lead-in, and the words of a search and of fuel in the
pieces' own terms (invented extracts of a theft of tools from a vineyard near Saumur)."""

from __future__ import annotations

from communs.apps.dossier.answers import best_sentence, figure, split
from communs.apps.dossier.query import analyse_question


def test_a_number_of_years_after_a_name_is_an_age_not_a_duration():
    query = analyse_question("Combien de temps le vigneron a-t-il passé en garde à vue ?")
    said = "Examen médical de M. ANGIBAUD Rémi, 44 ans, placé en garde à vue, qui y est resté 21 heures 10 minutes."
    spans = [said[s:e] for s, e in query.answer_spans(said)]
    assert spans == ["21 heures 10 minutes"]
    assert not query.answer_spans("Le jeune Noé PIVETEAU, 9 ans, a été réveillé par le bruit.")
    assert query.answer_spans("À Saumur, 3 ans plus tard, l'atelier a fermé.")  # a place before, no name


def test_the_rows_of_a_log_are_sentences_of_their_own():
    log = (
        "Relevé de compte du 02/04/2025 :\n"
        "09h12 retrait distributeur Saumur 200,00 EUR\n"
        "11h40 paiement carte Quincaillerie du Thouet 86,50 EUR\n"
        "02/04 14h05 virement reçu 1 300,00 EUR\n"
    )
    rows = split(log)
    assert "11h40 paiement carte Quincaillerie du Thouet 86,50 EUR" in rows
    assert "02/04 14h05 virement reçu 1 300,00 EUR" in rows
    # a sentence wrapped before its hour runs on
    prose = "Lui notifions son placement en garde à vue à compter de\n07h30 pour vol en réunion."
    assert split(prose) == ("Lui notifions son placement en garde à vue à compter de 07h30 pour vol en réunion.",)


def test_an_item_of_a_list_is_read_with_its_lead_in():
    query = analyse_question("Quelle somme en espèces a été saisie dans le chai ?")
    text = (
        "Procédons à la perquisition des dépendances. Dans le chai, découvrons :\n"
        "- un sécateur électrique Pellenc (scellé n° 1) ;\n"
        "- un sac contenant 1 450 euros en billets de 50 euros (scellé n° 2) ;\n"
        "- un carnet de comptes (scellé n° 3).\n"
        "Le rapprochement des plaintes des domaines voisins donne :\n"
        "- domaine des Noyers, nuit du 2 mars : préjudice 3 900 euros ;\n"
        "- domaine de la Vrillère, nuit du 9 mars : préjudice 6 200 euros.\n"
    )
    sentence, _ = best_sentence(text, query)
    assert sentence is not None and figure(sentence.text, query) == "1 450 euros"
    assert sentence.before == "Dans le chai, découvrons :"


def test_cash_seized_and_fuel_are_said_in_the_words_of_the_pieces():
    query = analyse_question("Quelle somme en espèces a été saisie ?", {"billet", "scel", "decouvron"})
    assert "billet" in query.variants["espec"] and "scel" in query.variants["sais"]
    query = analyse_question("Quelle quantité de carburant a été versée dans le bidon ?", {"jerrican", "gazol"})
    assert "jerrican" in query.variants["bidon"] and "gazol" in query.variants["carbur"]


def test_a_duration_said_in_several_units_is_quoted_whole():
    query = analyse_question("Combien de temps a duré la garde à vue du vigneron ?")
    said = "Levée le 5 avril à 17h15, soit une durée de 27 heures 45 minutes."
    assert figure(said, query) == "27 heures 45 minutes"
    query = analyse_question("Quelle a été la durée de l'appel passé au caviste ?")
    assert figure("Appel sortant vers le caviste : 2 min 15 s.", query) == "2 min 15 s"


def test_a_year_alone_answers_in_what_year():
    query = analyse_question("En quelle année le pressoir volé a-t-il été construit ?")
    assert query.kinds == ["annee"]
    assert figure("Plaque du constructeur : Vaslin - série 400 - 1998.", query) == "1998"
    assert not query.answer_spans("Ligne 06 41 22 19 98, procédure n° 2025/00412.")


def test_money_taken_from_an_account_is_said_debited():
    query = analyse_question("Quelle somme a été prélevée sur le compte du domaine ?", {"debit", "retir"})
    assert {"debit", "retir"} <= query.variants["preleve"]


def test_a_role_word_beside_a_name_names_the_person_and_a_thing_beside_it_does_not(tmp_path):
    from communs.apps.dossier.index import DossierIndex
    from communs.apps.dossier.ingest import PageRecord

    pages = [
        "Entendons M. Gaël ROBICHON, tractoriste au domaine, qui déclare avoir vu la remorque.",
        "Perquisition dans la grange de M. ROBICHON : la grange de M. ROBICHON est vide.",
        "Le tractoriste, M. ROBICHON, conteste les faits.",
    ]
    records = [PageRecord(n, text, "saumur.pdf", False, 95.0, []) for n, text in enumerate(pages, 1)]
    with DossierIndex.from_pages(records, tmp_path / "index") as index:
        query = analyse_question("Qu'a vu le tractoriste près de la grange ?", set(index.df))
        index.widen_to_persons(query)
    assert "robichon" in query.variants["tractor"]  # the role names him
    assert "robichon" not in query.variants["grang"]  # a barn said beside his name is no name of his


def test_an_amount_written_as_a_bank_writes_it_is_an_amount():
    query = analyse_question("Combien d'argent a été viré au caviste ?")
    row = "16h20 virement instantané 2 480,00 EUR bénéficiaire CAVE DU THOUET"
    assert figure(row, query) == "2 480,00 EUR"


def test_money_a_bank_got_back_is_said_recovered():
    query = analyse_question("Quelle somme la banque a-t-elle pu rapatrier ?", {"recuper", "rappel"})
    assert {"recuper", "rappel"} <= query.variants["rapatri"]


def test_an_identification_number_is_asked_and_found_apart_from_a_phone_line():
    from communs.apps.dossier.query import kinds_of

    assert kinds_of("Quel est le numéro SIRET du domaine viticole ?") == ["identifiant"]
    assert kinds_of("Quel numéro de carte d'identité le caviste a-t-il relevé ?") == ["identifiant"]
    query = analyse_question("Quel est le numéro SIRET du domaine viticole ?")
    assert figure("Domaine des Noyers, SIRET 512 334 981 00027, exploitation viticole.", query) == "512 334 981 00027"
    assert not query.answer_spans("Contact du domaine : 02 41 67 33 18.")


def test_a_lorry_is_no_weight_a_speed_is_no_distance_and_a_foreign_line_is_a_phone_number():
    from communs.apps.dossier.ingest import PageRecord
    from communs.apps.dossier.items import phones
    from communs.apps.dossier.query import kinds_of

    assert kinds_of("Combien de poids lourds ont chargé des barriques ?") == ["nombre"]
    assert kinds_of("Quel est le poids des sarments saisis ?") == ["poids"]
    query = analyse_question("À quelle vitesse roulait le tracteur ?")
    assert figure("Vitesse relevée : 42 km/h, à 3 km du domaine.", query) == "42 km/h"
    query = analyse_question("Quel est le numéro de téléphone du négociant belge ?")
    assert figure("Contact du négociant : +32 471 55 20 18 (WhatsApp).", query) == "+32 471 55 20 18"
    found = phones([PageRecord(1, "Appel vers +32 471 55 20 18 puis vers 06 41 22 19 98.", "x.pdf", False, 95.0, [])])
    assert {item.value for item in found} == {"+32 471 55 20 18", "06 41 22 19 98"}


def test_a_set_phrase_of_speech_is_read_as_the_pieces_say_it():
    query = analyse_question("Combien de coups de fil le vigneron a-t-il passés au négociant ?")
    assert "appel" in query.terms and "fil" not in query.terms and query.kinds == ["nombre"]
    assert query.text.startswith("Combien de coups de fil")  # the question itself is kept as asked
    query = analyse_question("Quelle somme en argent liquide a été trouvée dans le chai ?")
    assert "espec" in query.terms


def test_since_when_a_place_is_rented_is_answered_by_the_lease_s_date():
    query = analyse_question("Depuis quand le vigneron loue-t-il le hangar ?", {"locat", "bail"})
    assert {"locat", "bail"} <= query.variants["lou"]
    assert figure("Bail du hangar signé le 02/09/2023, location à compter du 01/10/2023.", query)
    query = analyse_question("Combien de temps a duré la conversation avec le caviste ?", {"appel"})
    assert "appel" in query.variants["convers"]


def test_the_police_landing_somewhere_is_said_in_the_words_of_a_pv():
    query = analyse_question("À quelle heure les gendarmes ont-ils débarqué au domaine ?", {"transport", "transporton"})
    assert {"transport", "transporton"} <= query.variants["debarqu"]
