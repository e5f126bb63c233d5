"""Starclay's classes of error (issue 16), each with sentences written for these tests: who speaks, misheard
names, clause-level status (switches, conditions, negation), as-needed posology, and how the scorer compares names.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.evaluate import dose_matches, names_match
from communs.apps.consultation.extract import medications
from communs.apps.consultation.mentions import sentences
from communs.apps.consultation.resolve import checked_status
from communs.apps.consultation.speakers import label_role, roles
from tests.consultation_helpers import by_name


@pytest.mark.parametrize(
    "label",
    ["Médecin", "Docteur", "Dr Lambert", "Cardiologue", "Pédiatre", "Psychiatre", "Interne", "Généraliste", "ORL",
     "Rhumatologue", "Gériatre", "Sage-femme", "Infirmière", "Pr Diallo", "Allergologue"],
)  # fmt: skip
def test_any_clinician_label_is_the_doctor(label):
    assert label_role(label) == "doctor"


@pytest.mark.parametrize(
    "label", ["Patient", "Patiente", "Mère", "Père", "Fille", "Aidant", "Accompagnante", "Grand-mère", "Mme Roche"]
)
def test_the_patients_side_is_the_patient(label):
    assert label_role(label) == "patient"


def test_one_letter_labels():
    assert roles(["D", "P"]) == {"D": "doctor", "P": "patient"}
    assert roles(["M", "D"]) == {"M": "patient", "D": "doctor"}


def test_an_unknown_label_takes_the_role_left_open():
    assert roles(["Pneumologue", "Karim"]) == {"Pneumologue": "doctor", "Karim": "patient"}
    assert roles(["Sylvie", "Patiente"]) == {"Sylvie": "doctor", "Patiente": "patient"}
    assert roles(["Sylvie", "Karim"]) == {"Sylvie": None, "Karim": None}


def test_a_specialists_schedule_is_a_prescription():
    text = (
        "Rhumatologue : Pour la goutte, de la colchicine 1 mg, un comprimé matin et soir pendant trois jours.\n"
        "Patient : D'accord.\n"
    )
    assert [s.speaker for s in sentences(text)] == ["doctor", "patient"]
    colchicine = by_name(text)["colchicine"]
    assert colchicine.status == "new" and colchicine.times_per_day == 2


class _Said:
    """A medication as the scorer sees it."""

    def __init__(self, name: str, substances: tuple[str, ...], dose: str | None = None, value=None) -> None:
        self.name, self.substances, self.dose, self.dose_value = name, substances, dose, value


def test_names_compare_without_case_or_accents_and_combinations_need_every_substance():
    augmentin = _Said("Augmentin", ("acide clavulanique", "amoxicilline"))
    assert names_match(augmentin, ["augmentin"])
    assert names_match(augmentin, ["amoxicilline/acide clavulanique"])
    assert not names_match(_Said("Amoxicilline", ("amoxicilline",)), ["amoxicilline/acide clavulanique"])
    assert names_match(_Said("Levothyrox", ("levothyroxine",)), ["Lévothyroxine"])
    assert names_match(_Said("Cutacnyl", ("benzoyle peroxyde",)), ["peroxyde de benzoyle"])
    assert not names_match(_Said("Ibuprofène", ("ibuprofene",)), ["kétoprofène"])


def test_a_combination_strength_must_be_said_whole():
    assert dose_matches(_Said("Entresto", (), "24/26 mg", (24.0, "mg")), "24/26 mg")
    assert not dose_matches(_Said("Entresto", (), "24 mg", (24.0, "mg")), "24/26 mg")
    assert dose_matches(_Said("Doliprane", (), "1 g", (1000.0, "mg")), "1000 mg")
    assert dose_matches(_Said("Doliprane", (), None, None), None)


def test_a_switch_stops_the_old_drug_and_starts_the_new_one():
    text = (
        "Médecin : Votre INR est instable. On arrête le Sintrom et on passe à l'Eliquis 5 mg, un comprimé matin et "
        "soir. Vous prenez le dernier comprimé de Sintrom demain, puis vous commencez l'Eliquis le jour suivant.\n"
        "Patient : D'accord.\n"
    )
    found = by_name(text)
    assert found["sintrom"].status == "stopped" and not found["sintrom"].prescribed
    assert found["eliquis"].status == "new" and found["eliquis"].times_per_day == 2


@pytest.mark.parametrize(
    "said",
    [
        "on va remplacer le Lopressor par du bisoprolol 2,5 mg, un comprimé le matin",
        "bon le lopressor on va le remplacer par du bisoprolol deux virgule cinq milligrammes un comprimé le matin",
        "je vous mets du bisoprolol 2,5 mg le matin à la place du Lopressor",
        "au lieu du Lopressor vous prendrez du bisoprolol 2,5 mg le matin",
    ],
)
def test_replacing_a_drug_by_another(said):
    found = by_name(f"Cardiologue : {said}.\nPatient : Entendu.\n")
    assert not found["lopressor"].prescribed, found["lopressor"].status
    assert found["bisoprolol"].status == "new" and found["bisoprolol"].dose == "2,5 mg"


def test_a_new_strength_of_a_current_drug_is_a_modification():
    text = (
        "Endocrinologue : Vous êtes à combien de Levothyrox ?\n"
        "Patiente : Cent microgrammes le matin.\n"
        "Endocrinologue : La TSH est basse, on passe au Levothyrox soixante-quinze microgrammes, un le matin.\n"
    )
    levothyrox = by_name(text)["levothyrox"]
    assert levothyrox.status == "modified" and levothyrox.dose == "75 µg"


@pytest.mark.parametrize(
    ("said", "prescribed"),
    [
        ("le Zyrtec on ne le represcrit pas", False),
        ("il ne faut pas reprendre le Zyrtec", False),
        ("le Zyrtec vous l'arrêtez", False),
        ("le Zyrtec faut pas l'arrêter", True),
        ("n'arrêtez surtout pas le Zyrtec", True),
        ("si ça ne passe pas on passera au Zyrtec", False),
        ("ça justifierait du Zyrtec mais on en reparlera", False),
        ("on pourra rajouter du Zyrtec la prochaine fois", False),
        ("on laisse le Zyrtec de côté pour l'instant", False),
    ],
)
def test_negation_and_plans_put_off_are_read_from_the_clause(said, prescribed):
    text = f"Patient : je prends du Zyrtec le soir\nMédecin : d'accord {said}\n"
    assert by_name(text)["zyrtec"].prescribed is prescribed


def test_a_stop_under_a_condition_or_at_the_end_of_a_course_is_no_stop():
    text = (
        "Médecin : je vous mets de l'amoxicilline un gramme matin et soir pendant six jours puis on arrête "
        "et si vous avez des boutons vous arrêtez et vous m'appelez\n"
    )
    assert by_name(text)["amoxicilline"].status == "new"


def test_unpunctuated_talk_without_labels_keeps_decisions_to_their_clause():
    text = (
        "et le lexomil vous en prenez encore non j'en prends plus depuis un mois très bien alors on ne le "
        "represcrit pas et le magnésium vous continuez un comprimé matin et soir on ne change rien d'accord "
        "le zolpidem on pourra en discuter si les nuits restent mauvaises"
    )
    found = by_name(text)
    assert not found["lexomil"].prescribed and not found["zolpidem"].prescribed


def test_substances_named_to_explain_a_combination_are_that_product():
    text = (
        "Médecin : Je pourrais vous mettre du Di-Antalvic, non, plutôt de l'Ixprim, qui contient du tramadol et du "
        "paracétamol.\nPatient : Non, je préfère pas, ça me donne des nausées.\nMédecin : D'accord, on n'en met pas. "
        "Continuez le Dafalgan 1 g, un comprimé si vous avez mal.\n"
    )
    found = by_name(text)
    assert "tramadol" not in found and not found["ixprim"].prescribed
    assert found["dafalgan"].prescribed and found["dafalgan"].as_needed


def test_a_stopped_drug_is_not_restarted_by_a_pronoun():
    text = (
        "Médecin : Le Rhinofluimucil, il faut l'arrêter, ça fait un effet rebond.\n"
        "Patient : Et le spray que vous me donnez ?\n"
        "Médecin : Celui-là on peut le prendre des mois sans problème.\n"
    )
    assert not by_name(text)["rhinofluimucil"].prescribed


@pytest.mark.parametrize(
    ("heard", "drug"),
    [("augmantin", "Augmentin"), ("metphormine", "Metformine"), ("torvastatine", "Atorvastatine"),
     ("préviscane", "Previscan"), ("xanaxe", "Xanax"), ("smekta", "Smecta"), ("tahore", "Tahor"),
     ("umalog", "Humalog"), ("colchicinne", "Colchicine"), ("lamictale", "Lamictal"), ("xanaks", "Xanax"),
     ("doli prane", "Doliprane"), ("lévo thyrox", "Levothyrox"), ("éli quisse", "Eliquis")],
)  # fmt: skip
def test_a_name_misheard_by_speech_recognition_is_the_drug(heard, drug):
    found = by_name(f"Médecin : je vous mets du {heard} un comprimé le matin\n")
    assert len(found) == 1
    key = next(iter(found.values())).lexicon_key
    assert key and key.replace(" ", "") == drug.lower().replace(" ", ""), key


def test_a_question_then_a_misheard_prescription_is_one_prescribed_drug():
    text = (
        "Médecin : vous avez déjà pris de la clarithromycine\n"
        "Patiente : oui une fois pour une bronchite\n"
        "Médecin : bon alors je vous mets de la clarytromycine cinq cents milligrammes matin et soir sept jours\n"
    )
    found = medications(text)
    assert [(m.status, m.dose, m.times_per_day) for m in found] == [("new", "500 mg", 2)]


@pytest.mark.parametrize(
    "said",
    [
        "un comprimé quand vous avez mal, maximum trois par jour",
        "deux comprimés lors des crises",
        "un comprimé s'il a de la fièvre, jusqu'à quatre fois par jour",
        "un comprimé le soir si vous n'arrivez pas à dormir",
        "à prendre si nécessaire",
        "une gélule au moment des douleurs",
    ],
)
def test_as_needed_posology(said):
    spasfon = by_name(f"Médecin : je vous prescris du Spasfon {said}.\n")["spasfon"]
    assert spasfon.prescribed and spasfon.as_needed and spasfon.times_per_day is None


def test_a_condition_followed_by_an_instruction_is_not_as_needed():
    text = "Médecin : du Crestor 5 mg un comprimé le soir et si vous avez des douleurs musculaires vous arrêtez\n"
    crestor = by_name(text)["crestor"]
    assert crestor.status == "new" and not crestor.as_needed and crestor.times_per_day == 1


def test_a_brand_said_with_its_strength_in_words():
    doliprane = by_name("Médecin : du doliprane mille un comprimé si besoin\n")["doliprane"]
    assert doliprane.dose == "1 g" and doliprane.quantity == "1 comprimé"


def test_two_brands_of_the_same_substances_are_two_products():
    text = (
        "Gynécologue : On arrête la Minidril et vous commencez la Leeloo le premier jour des règles, un comprimé "
        "par jour.\n"
    )
    found = by_name(text)
    assert found["minidril"].status == "stopped" and found["leeloo"].status == "new"


def test_an_unpunctuated_question_prescribes_nothing():
    text = (
        "endocrinologue : vous faites combien de novorapid le midi\n"
        "patient : six unités\n"
        "endocrinologue : vous avez toujours votre glucagen en cas de malaise\n"
        "patient : oui\n"
    )
    assert not any(m.status == "new" for m in medications(text))


def test_a_change_stands_when_the_drug_is_then_kept():
    text = (
        "Médecin : on augmente le Seroplex à 15 mg le matin.\n"
        "Patiente : je garde le Seroplex alors ?\n"
        "Médecin : oui vous gardez le Seroplex.\n"
    )
    seroplex = by_name(text)["seroplex"]
    assert seroplex.status == "modified" and seroplex.dose == "15 mg"


def test_the_new_strength_said_after_a_for_a_change_wins():
    text = "Médecin : le ramipril 5 mg on le monte à 10 mg un comprimé le matin\n"
    ramipril = by_name(text)["ramipril"]
    assert ramipril.dose == "10 mg" and ramipril.status == "modified"


def test_a_switch_to_a_dose_before_another_drug_is_about_the_drug_in_focus():
    text = (
        "médecin : vous prenez toujours l'amlodipine\npatient : oui cinq milligrammes\n"
        "médecin : on passe à dix milligrammes et j'ajoute du coversyl cinq milligrammes le matin\n"
    )
    found = by_name(text)
    assert found["amlodipine"].status == "modified" and found["amlodipine"].dose == "10 mg"
    assert found["coversyl"].status == "new" and found["coversyl"].dose == "5 mg"


@pytest.mark.parametrize(
    ("said", "dose", "quantity", "times"),
    [
        ("de la clarithromycine cinq cents deux comprimés en une seule prise par jour", "500 mg", "2 comprimés", 1),
        ("du Laroxyl vingt-cinq gouttes le soir", None, "25 gouttes", 1),
        ("pour l'Entresto on passe du 24/26 au 49/51 mg, un comprimé matin et soir", "49/51 mg", "1 comprimé", 2),
        ("du Gyno-Pevaryl un ovule le soir, une seule fois", None, "1 ovule", None),
        ("de la Bévitine un comprimé par jour jusqu'à la fin du mois", None, "1 comprimé", 1),
    ],
)
def test_posology_said_aloud(said, dose, quantity, times):
    (found,) = medications(f"Médecin : je vous prescris {said}.\n")
    assert (found.dose, found.quantity, found.times_per_day, found.as_needed) == (dose, quantity, times, False)


def test_advice_to_avoid_is_a_refusal_and_avoiding_the_sun_is_not():
    text = (
        "Bonjour. Vous avez pris quelque chose ? Du Nurofen, deux ou trois fois par jour. Avec votre tension, je "
        "préfère que vous évitiez le Nurofen. Je vous mets de la minocycline 100 mg, un comprimé par jour. Avec la "
        "minocycline, il faut éviter de vous exposer au soleil.\n"
    )
    found = by_name(text)
    assert not found["nurofen"].prescribed and found["minocycline"].status == "new"


def test_an_offer_is_not_a_prescription():
    text = "médecin : je peux vous prescrire du Baclocur si vous voulez\npatient : non merci ça me fait peur\n"
    assert not by_name(text)["baclocur"].prescribed


def test_a_reply_gives_the_posology_of_the_drug_asked_about():
    text = (
        "Médecin : Vous prenez toujours l'amlodipine ?\nPatient : Oui, cinq milligrammes le matin.\n"
        "Médecin : Très bien, vous continuez.\n"
        "Patient : Et la crème, le Diprosone ?\nMédecin : Oui, une application le soir sur les plaques.\n"
    )
    found = by_name(text)
    assert (found["amlodipine"].status, found["amlodipine"].dose, found["amlodipine"].times_per_day) == (
        "continued",
        "5 mg",
        1,
    )
    assert found["diprosone"].prescribed and found["diprosone"].times_per_day == 1


def test_an_ending_heard_as_another_spelling_of_the_same_sound():
    found = by_name("médecin : vous pouvez prendre de l'ibuprofaine quatre cents milligrammes si vous avez mal\n")
    assert found["ibuprofène"].dose == "400 mg" and found["ibuprofène"].as_needed


def test_the_models_answer_on_a_status_is_kept_only_when_the_rules_read_it_in_its_quote():
    text = (
        "bonjour vous prenez quoi pour la douleur du spasfon de temps en temps alors le spasfon on l'arrête "
        "ça ne sert à rien et pour la douleur du doliprane un gramme trois fois par jour\n"
    )
    result = {m.name.lower(): m for m in medications(text)}
    doliprane, spasfon = result["doliprane"], result["spasfon"]
    assert "status" in doliprane.uncertain  # no speaker labels: who said the posology is not known
    said = "pour la douleur du doliprane un gramme trois fois par jour"
    assert checked_status(doliprane, True, said, text) == "new"
    assert checked_status(doliprane, False, said, text) is None  # the quote says the opposite
    assert checked_status(doliprane, True, "le doliprane est très efficace", text) is None  # not in the text
    assert checked_status(spasfon, False, "alors le spasfon on l'arrête", text) == "stopped"
    assert checked_status(spasfon, True, "alors le spasfon on l'arrête", text) is None
    assert checked_status(spasfon, True, "du doliprane un gramme", text) is None  # about another drug


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("on va stopper le Zyrtec", False), ("le Zyrtec c'est fini", False), ("plus de Zyrtec", False),
        ("le Zyrtec on n'en a plus besoin", False), ("on suspend le Zyrtec le temps des tests", False),
        ("je vous enlève le Zyrtec", False), ("pas la peine de reprendre le Zyrtec", False),
        ("inutile de continuer le Zyrtec", False), ("le Zyrtec vous pouvez le jeter", False),
        ("le Zyrtec non ça ne sert à rien on arrête", False), ("le Zyrtec je le retire de l'ordonnance", False),
        ("on ne renouvelle pas le Zyrtec", False), ("et le Zyrtec stop", False),
        ("le Zyrtec on ne l'arrête pas", True), ("le Zyrtec vous le continuez sans changement", True),
        ("le Zyrtec il faut surtout pas l'arrêter", True), ("gardez le Zyrtec", True),
    ],
)  # fmt: skip
def test_ways_of_stopping_and_keeping_a_drug(said, kept):
    text = f"Patient : je prends du Zyrtec le soir\nMédecin : d'accord {said}\n"
    assert by_name(text)["zyrtec"].prescribed is kept


@pytest.mark.parametrize(
    "said",
    [
        "on remplace le Zyrtec par de l'Aerius 5 mg le matin",
        "l'Aerius 5 mg le matin remplace le Zyrtec",
        "on change le Zyrtec pour de l'Aerius 5 mg le matin",
        "on passe du Zyrtec à l'Aerius 5 mg le matin",
    ],
)
def test_ways_of_replacing_a_drug(said):
    found = by_name(f"Patient : je prends du Zyrtec le soir\nMédecin : d'accord {said}\n")
    assert not found["zyrtec"].prescribed and found["aerius"].status == "new"


def test_a_refusal_after_another_thing_refused_is_about_that_thing():
    text = "Médecin : vous continuez le Tahor 40 mg le soir. Et pour la toux, pas de sirop, ça ne sert à rien.\n"
    assert by_name(text)["tahor"].status == "continued"


@pytest.mark.parametrize(
    "said",
    [
        "il prendra du Clamoxyl en sirop matin et soir pendant huit jours",
        "elle aura du Clamoxyl en sirop matin et soir",
        "il faudra lui donner du Clamoxyl en sirop matin et soir",
        "on continue donc Clamoxyl en sirop matin et soir",
    ],
)
def test_the_childs_treatment_in_the_future_is_an_instruction(said):
    clamoxyl = by_name(f"Pédiatre : {said}\nMère : d'accord\n")["clamoxyl"]
    assert clamoxyl.prescribed and clamoxyl.times_per_day == 2


def test_without_labels_what_the_patient_says_they_took_is_no_prescription():
    text = (
        "qu'est-ce qui vous amène j'ai mal au dos j'ai pris de l'advil deux comprimés hier d'accord alors pour le "
        "dos du doliprane un gramme trois fois par jour"
    )
    found = by_name(text)
    assert not found["advil"].prescribed and found["doliprane"].status == "new"


@pytest.mark.parametrize(
    ("said", "times"),
    [
        ("du Prolia, une injection tous les six mois", None),
        ("de l'Uvedose, une ampoule tous les trois mois", None),
        ("du Fosamax 70 mg chaque semaine", None),
        ("du Gaviscon, un sachet après chaque repas", 3),
        ("de la metformine 850, un comprimé au petit déjeuner et au dîner", 2),
        ("de l'Estreva, trois pressions de gel par jour", 1),
        ("de l'Estreva, trois pressions de gel par jour, matin et soir", 2),
    ],
)
def test_schedules_that_are_not_daily_and_meals(said, times):
    (found,) = medications(f"Médecin : je vous prescris {said}.\n")
    assert found.times_per_day == times and not found.as_needed


def test_an_unpunctuated_question_of_the_patient_and_the_doctors_answer():
    text = (
        "je vous donne du monuril un sachet ce soir est-ce que je peux prendre du spasfon pour les douleurs oui du "
        "spasfon deux comprimés si vous avez mal"
    )
    found = by_name(text)
    assert found["monuril"].status == "new" and found["spasfon"].status == "new" and found["spasfon"].as_needed


def test_what_the_patient_takes_and_the_doctor_keeps():
    text = (
        "Mme Arnaud : je prends toujours mon coversyl cinq le matin et le crestor dix le soir\n"
        "Docteur Lemoine : on va passer au coversyl dix milligrammes le matin, le crestor on le garde\n"
        "Mme Arnaud : et pour dormir je prends parfois un demi stilnox\n"
        "Docteur Lemoine : le stilnox j'aimerais qu'on l'arrête\n"
    )
    found = by_name(text)
    assert (found["coversyl"].status, found["coversyl"].dose) == ("modified", "10 mg")
    assert found["crestor"].status == "continued" and found["stilnox"].status == "stopped"


def test_self_medication_is_kept_only_when_the_doctor_endorses_it():
    bought = "Patient : je prends de l'Euphytose que j'ai achetée en pharmacie\nMédecin : on va faire un bilan\n"
    endorsed = bought + "Médecin : vous pouvez continuer l'Euphytose\n"
    treatment = "Patient : je prends du Kardégic le matin\nMédecin : on va faire un bilan\n"
    assert not by_name(bought)["euphytose"].prescribed
    assert by_name(endorsed)["euphytose"].status == "continued"
    assert by_name(treatment)["kardégic"].status == "continued"
