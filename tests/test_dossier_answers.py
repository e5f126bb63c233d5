"""De Facto's answers: what a question asks for, which sentence answers it, the figure quoted and its pages.

The pages here are small invented PV extracts (a scooter theft in Lille), wrapped the way a PDF text layer or an
OCR wraps them: a line break every seventy characters or so, inside sentences.
"""

from __future__ import annotations

import asyncio

from communs.apps.dossier.answers import best_sentence, page_heads, rerank, split
from communs.apps.dossier.ask import DossierIndex, answer
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.query import analyse_question, kinds_of
from communs.search.analysis import analyze as analyze_terms

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


def test_a_thesaurus_word_is_found_in_any_of_its_forms_and_a_preposition_is_no_verb():
    vocabulary = set(analyze_terms("avisé à 23h47 par la voisine ; les individus se sont introduits par la fenêtre"))
    alerted = analyse_question("À quelle heure les gendarmes ont-ils été alertés ?", vocabulary)
    assert "avis" in alerted.variants["alert"]  # "alertés", not only "alerte", reaches "avisé"
    linked = analyse_question("Combien de vols l'enquête relie-t-elle entre eux ?", vocabulary)
    assert "introduit" not in linked.variants.get("entre", set())  # "entre eux" is not "entrés"


def test_what_a_witness_said_is_looked_for_in_that_witness_hearing():
    def head(who: str) -> str:
        return (
            "GENDARMERIE NATIONALE - Brigade de Millau\nPROCÈS-VERBAL D'AUDITION DE TÉMOIN\n"
            f"Le 2 avril 2025 à 10h00, devant nous, Gendarme Léa COSTE,\nEntendons {who}, qui déclare :"
        )

    delivery, neighbour = head("M. Bruno TESSIER, livreur"), head("Mme Colette RIBES, retraitée, voisine")
    # each page's second passage: the same words, another hour; the page's head says who speaks
    heads = page_heads(
        [
            (1, delivery),
            (1, "J'ai entendu claquer une portière vers 22h40, puis une voiture démarrer."),
            (2, neighbour),
            (3, "PROCÈS-VERBAL D'AUDITION DE TÉMOIN (suite)\nJ'ai entendu claquer une portière vers 23h55."),
        ]
    )
    assert heads[1] == delivery and "voisine" in heads[3]  # a page "(suite)" goes on from the one before
    texts = ["J'ai entendu claquer une portière vers 22h40.", "J'ai entendu claquer une portière vers 23h55."]
    query = analyse_question("Vers quelle heure la voisine a-t-elle entendu claquer une portière ?")
    assert rerank([(0, 1.0), (1, 1.0)], texts, query)[0][0] == 0  # the same sentences: the first stays first
    assert rerank([(0, 1.0), (1, 1.0)], texts, query, [heads[1], heads[3]])[0][0] == 1  # the neighbour's hearing
    query = analyse_question("Vers quelle heure le livreur a-t-il entendu claquer une portière ?")
    assert rerank([(1, 1.0), (0, 1.0)], texts, query, [heads[1], heads[2]])[0][0] == 0


def test_a_duration_is_no_date_and_a_number_to_call_back_is_a_phone_number():
    assert kinds_of("Combien de jours d'arrêt le médecin a-t-il fixés ?") == ["duree"]
    assert kinds_of("Depuis quand le receleur stocke-t-il les scooters ?") == ["depuis"]
    assert kinds_of("Combien de kilomètres le scooter avait-il parcourus ?") == ["mesure"]
    assert kinds_of("À quel numéro peut-on rappeler le témoin qui a relevé la plaque ?") == ["telephone"]
    assert kinds_of("Quel article réprime le détournement de l'argent confié ?") == ["article"]
    assert kinds_of("Combien propose-t-il de rembourser chaque mois ?") == ["montant"]
    assert kinds_of("Combien de faux remboursements a-t-il passés ?") == ["nombre"]  # a count of refunds
    days = analyse_question("Combien de jours d'incapacité le médecin a-t-il fixés ?")
    assert days.answers("ITT : 12 jours.") and not days.answers("examiné le 17 juin 2025 à 11h00")
    since = analyse_question("Depuis quand le receleur stocke-t-il les scooters ?")
    assert since.answers("Je les garde depuis le 3 février 2025.")


def test_a_count_is_given_by_a_numbered_list_of_the_counted_thing(tmp_path):
    record = """BULLETIN N° 1 DU CASIER JUDICIAIRE
Relevé des condamnations de : DORAT Kylian, né le 2 août 2001 à Lille (59).
Condamnation n° 1 : jugement du tribunal pour enfants de Lille du 3 mai 2017. Vol. Mesure éducative.
Condamnation n° 2 : jugement du tribunal correctionnel de Lille du 8 juin 2022. Recel. 6 mois avec sursis."""
    index = DossierIndex.from_pages([PageRecord(1, record, "c.pdf", False, 95.0, [])], tmp_path / "index")
    reply = asyncio.run(answer(index, "Combien de condamnations figurent au casier de DORAT ?", None))
    assert reply["answer"].startswith("2 — extrait : « Condamnation n° 2") and reply["pages"] == [1]


def test_the_hour_a_witness_is_heard_is_not_the_hour_of_what_they_relate():
    text = (
        "Le 4 avril 2025 à 15h30, au commissariat, devant nous, Brigadier Paul LEROUX, comparaît M. Hugo BERTIN,\n"
        "gardien du parking de la zone artisanale où stationnait la camionnette blanche.\n"
        "Il déclare : « Elle est partie vers 02h10, tous feux éteints. »"
    )
    left = analyse_question("À quelle heure la camionnette a-t-elle quitté le parking ?")
    sentence, _ = best_sentence(text, left)
    assert sentence is not None and "02h10" in sentence.text
    heard = analyse_question("À quelle heure M. BERTIN a-t-il été entendu au commissariat ?")
    sentence, _ = best_sentence(text, heard)
    assert sentence is not None and "15h30" in sentence.text  # a question on the hearing itself


def test_a_figure_that_none_of_the_passages_found_holds_is_not_in_the_dossier(tmp_path):
    seized = (
        "PROCÈS-VERBAL DE PERQUISITION\nLe 9 mars 2025 à 06h00, au domicile de M. Kylian DORAT, découvrons dans le\n"
        "garage le téléphone portable de M. DORAT, éteint, placé sous scellé n° 2."
    )
    records = [PageRecord(1, seized, "p.pdf", False, 95.0, []), PageRecord(2, SUMMARY, "p.pdf", False, 95.0, [])]
    index = DossierIndex.from_pages(records, tmp_path / "index")
    reply = asyncio.run(answer(index, "Quel est le numéro du téléphone portable de M. DORAT ?", None))
    assert not reply["found"] and reply["pages"] == []  # every word of the question there, but no number
    reply = asyncio.run(answer(index, "Quand a eu lieu la perquisition chez M. DORAT ?", None))
    assert reply["found"] and reply["pages"] == [1]


def test_an_hour_written_as_a_clock_or_a_log_answers_a_question_on_the_hour():
    query = analyse_question("À quelle heure le message de menace est-il arrivé ?")
    log = "Capture n° 4 - conversation WhatsApp\n03/02/2025 22:17 : « tu vas le regretter »"
    assert [log[s:e] for s, e in query.answer_spans(log, figures_only=True)] == ["22:17"]
    assert query.answer_spans("Adresse IP 198.51.100.23, version 4:3", figures_only=True) == []


def test_a_persons_age_is_no_duration():
    query = analyse_question("Combien de temps la garde à vue a-t-elle duré ?")
    text = "Entendons M. Yanis FERRAND, né le 4 juin 2006 à Lens, âgé de 18 ans, placé en garde à vue durant 26 heures."
    assert [text[s:e] for s, e in query.answer_spans(text, figures_only=True)] == ["26 heures"]
    heard = "Entendons Mlle Inès PORTE, née le 2 mai 2009 à Arras, 15 ans, collégienne."
    assert query.answer_spans(heard, figures_only=True) == []


def test_the_number_of_a_thing_is_no_phone_number_and_a_phone_number_is_one_whatever_follows():
    assert "telephone" not in kinds_of("Quel est le numéro du permis de construire ?")
    assert "telephone" not in kinds_of("Quel est le numéro de la procédure ?")
    assert "telephone" in kinds_of("Quel numéro de téléphone est associé au compte de la vendeuse ?")
    assert "telephone" in kinds_of("Sur quel numéro le livreur a-t-il été appelé ?")


def test_a_role_said_beside_a_name_finds_that_persons_pages(tmp_path):
    pages = [
        PageRecord(
            1,
            "PROCÈS-VERBAL D'AUDITION\nEntendons M. Karim OUDOT, né le 3 mars 1990 à Agen, cariste, qui "
            "déclare avoir quitté l'entrepôt à 19h00.",
            "text",
            [],
        ),
        PageRecord(
            2,
            "RÉQUISITION OPÉRATEUR\nLigne de téléphone portable 07 81 44 20 19 - titulaire : OUDOT Karim, Agen (47).",
            "text",
            [],
        ),
        PageRecord(
            3,
            "Le gérant, M. Paul VIALA, a fermé le site à 20h00. Il est joignable sur son portable au 06 12 00 11 22.",
            "text",
            [],
        ),
    ]
    index = DossierIndex.from_pages(pages, tmp_path)
    reply = asyncio.run(answer(index, "Quel est le numéro de portable du cariste ?", None, use_llm=False))
    assert reply["pages"][:1] == [2] and "07 81 44 20 19" in reply["answer"]


def test_a_question_reading_a_seized_paper_sends_to_the_handwritten_notes_first(tmp_path):
    reads_a_paper = [
        "D'après le carnet saisi, combien de journées ont été payées ?",
        "Selon les notes griffonnées par le témoin, où sont-ils partis ?",
        "Que contient le mot retrouvé sous l'essuie-glace ?",
        "Quel total figure sur la feuille découverte dans la boîte à gants ?",
        "Qu'a-t-elle écrit à la main au dos du ticket ?",
    ]
    other = [
        "Quel est le mot de passe du compte ?",
        "Quels mots a-t-il criés en partant ?",
        "Qui a réglé la note du bar ?",
        "Selon le rapport de synthèse, combien de vols sont retenus ?",
        "Quelle feuille de paie a été produite ?",
        "Quel montant figure sur la liste des objets volés ?",  # a list typed in a complaint
        "Que dit la lettre de l'avocat ?",
    ]
    assert all(analyse_question(q).note for q in reads_a_paper)
    assert not any(analyse_question(q).note for q in other)

    index = DossierIndex.from_pages(pages(), tmp_path / "index")
    index.notes = [4]  # the analysis found a handwritten note on page 4 (its OCR is unreliable, not indexed here)
    reply = asyncio.run(answer(index, "D'après le papier saisi, à quelle heure le moteur a-t-il démarré ?", None))
    assert reply["found"] and reply["pages"][0] == 4 and "note manuscrite (p. 4)" in reply["answer"]
    assert "22h05" in reply["answer"] and 1 in reply["pages"]  # what the typed pages say comes after
    reply = asyncio.run(answer(index, "À quelle heure le moteur a-t-il démarré ?", None))
    assert 4 not in reply["pages"]  # a question that reads no paper is answered from the pages as before
    index.notes = []
    reply = asyncio.run(answer(index, "D'après le papier saisi, à quelle heure le moteur a-t-il démarré ?", None))
    assert 4 not in reply["pages"] and 1 in reply["pages"]  # no handwritten note in the dossier: the typed pages


def test_a_figure_wrapped_over_two_lines_is_one_and_a_negation_is_no_birth(tmp_path):
    wrapped = PageRecord(
        4,
        "PROCÈS-VERBAL D'AUDITION\n"
        "« J'ai été recruté le 4 janvier par téléphone par le chef de chantier, au 06 39 98 64\n"
        "03. J'ai été payé 1 480\n000 euros en tout, ce qui est faux. Je ne vais plus sur le chantier depuis le\n"
        "15 janvier 2025. Je suis né le 14 février 1993. »",
        "text",
        [],
    )
    index = DossierIndex.from_pages([*pages(), wrapped], tmp_path)
    reply = asyncio.run(answer(index, "Sur quel numéro le chef de chantier l'a-t-il recruté ?", None))
    assert reply["found"] and "06 39 98 64 03" in reply["answer"]
    query = analyse_question("Depuis quelle date l'ouvrier ne va-t-il plus sur le chantier ?")
    assert query.answer_spans(wrapped.text, figures_only=True)  # "ne ... plus": no birth date asked
    reply = asyncio.run(answer(index, "Depuis quelle date l'ouvrier ne vient-il plus sur le chantier ?", None))
    assert "15 janvier 2025" in reply["answer"] and "14 février" not in reply["answer"].split("—")[0]
    query = analyse_question("Quand l'ouvrier est-il né ?")
    assert [wrapped.text[s:e] for s, e in query.answer_spans(wrapped.text, figures_only=True)] == ["14 février 1993"]


def test_a_things_number_is_no_phone_and_a_quantity_is_weighed_or_measured(tmp_path):
    assert kinds_of("Sous quel numéro figurait la photo du suspect dans la planche ?") == ["rang"]
    assert kinds_of("Quel est le numéro du scellé contenant le couteau ?") == ["rang"]
    assert kinds_of("Quel est le numéro de portable du gérant ?") == ["telephone"]
    assert kinds_of("Quelle quantité d'essence a été achetée ?") == ["quantite"]
    line_up = PageRecord(
        4,
        "PROCÈS-VERBAL DE PRÉSENTATION DE PLANCHES PHOTOGRAPHIQUES\nLa victime désigne sans hésitation la "
        "photographie n° 4 comme celle de l'homme qui l'a frappé. Elle est joignable au 06 39 98 11 22.\n"
        "Au ticket de la station : 42 litres de gazole payés en espèces, 3 paquets de cigarettes.",
        "text",
        [],
    )
    index = DossierIndex.from_pages([*pages(), line_up], tmp_path)
    reply = asyncio.run(answer(index, "Sous quel numéro figurait la photo de l'homme désigné par la victime ?", None))
    assert reply["answer"].startswith("n° 4") and reply["pages"] == [4]
    reply = asyncio.run(answer(index, "Quelle quantité de gazole a été payée à la station ?", None))
    assert reply["answer"].startswith("42 litres")


def test_with_no_note_recognised_the_pages_read_as_noise_are_the_ones_to_read(tmp_path):
    from types import SimpleNamespace

    from communs.apps.dossier.jobs import handwritten

    documents = [{"type": "pv_audition", "pages": [1, 2]}, {"type": "illisible", "pages": [3]}]
    assert handwritten(SimpleNamespace(result={"documents": documents})) == ([3], True)  # type: ignore[arg-type]
    documents.append({"type": "note_manuscrite", "pages": [4]})
    assert handwritten(SimpleNamespace(result={"documents": documents})) == ([4], False)  # type: ignore[arg-type]
    index = DossierIndex.from_pages(pages(), tmp_path / "index")
    index.notes, index.notes_unread = [3], True
    reply = asyncio.run(answer(index, "Selon le carnet saisi, à quelle heure le moteur a-t-il démarré ?", None))
    assert reply["pages"][0] == 3 and "page illisible, peut-être manuscrite, (p. 3)" in reply["answer"]


def test_a_number_said_in_compound_words_is_quoted_whole():
    from communs.apps.dossier.answers import figure

    query = analyse_question("Quel âge a le vendeur ?")
    assert figure("Le vendeur, âgé de dix-neuf ans, est interpellé.", query) == "dix-neuf ans"
    assert figure("Sa tante a quatre-vingt-neuf ans.", query) == "quatre-vingt-neuf ans"


def test_a_phone_numbers_last_group_or_a_year_is_no_count():
    from communs.apps.dossier.query import COUNT

    def counts(text: str) -> list[str]:
        return [m.group(0) for m in COUNT.finditer(text)]

    assert counts("Contact « Boss » : 06 39 98 20 83 Échanges : 214 SMS reçus") == ["214 SMS"]
    assert counts("Capture du 18 mars 2025 Message reçu") == []
    assert counts("Trois cambriolages et 12 000 cigarettes") == ["Trois cambriolages", "12 000 cigarettes"]
