"""Starclay's twelfth round of error classes, each with sentences written for these tests."""

from __future__ import annotations

from tests.consultation_helpers import by_name, keys


def test_a_letter_said_alone_is_a_piece_of_a_name_not_an_elision():
    # raw speech recognition writes a name's last letter as a word of its own: "zyma d" for Zymad
    assert "zymad" in keys("medecin: on garde la zyma d trois gouttes le matin\n")
    # an elided article ("d'") is still grammar
    assert keys("medecin: vous prenez la zyma d'accord\n") == []


def test_a_syllable_that_sounds_like_a_letter_continues_a_longer_name():
    # "pé" is the letter p and a syllable of Pevaryl: the longer BDPM name "Gyno-Pevaryl" is taken
    assert keys("medecin: on met un ovule de gyno pé varil trois soirs\n") == ["gyno pevaryl"]


def test_vitamine_goes_unsaid_before_its_letter():
    # BDPM's "CACIT VITAMINE D3" is said "Cacit D3"
    assert keys("patiente: je prends du ca cit d trois le soir\n") == ["cacit vitamine d 3"]
    assert keys("patiente: je prends du cacit mille le soir\n") == ["cacit"]


def test_a_count_said_before_the_name():
    meds = by_name("Médecin : Je vous prescris deux sachets de Smecta par jour pendant trois jours.\n")
    assert meds["smecta"].quantity == "2 sachets"
    meds = by_name("Médecin : Pour la fièvre, une dose poids de Doliprane toutes les six heures.\n")
    assert meds["doliprane"].quantity == "1 dose-poids"
    # a count said after the name is the drug's own, the one before belongs to the drug before
    meds = by_name("Médecin : Deux gouttes de Zymad le matin et le Smecta un sachet le soir.\n")
    assert meds["zymad"].quantity == "2 gouttes" and meds["smecta"].quantity == "1 sachet"
    # "par jour" said with a count before the name: one intake a day
    meds = by_name("Médecin : Trois gouttes par jour de Zymad, on continue.\n")
    assert meds["zymad"].quantity == "3 gouttes" and meds["zymad"].times_per_day == 1
    meds = by_name("Médecin : Trois gouttes de Zymad par jour, on continue.\n")
    assert meds["zymad"].quantity == "3 gouttes" and meds["zymad"].times_per_day == 1


def test_a_vaccine_given_is_one_injection_or_one_dose():
    meds = by_name("Médecin : Aujourd'hui on fait le Priorix dans le bras.\n")
    assert meds["priorix"].quantity == "1 injection"
    meds = by_name("Médecin : Aujourd'hui on fait le Rotarix par la bouche, et le Priorix à la maman.\n")
    assert meds["rotarix"].quantity == "1 dose"


def test_a_plan_if_the_first_treatment_fails_with_a_noun_subject():
    text = "Médecin : On en reparlera dans un mois, avec du Lioresal si les comprimés ne suffisent pas.\n"
    assert by_name(text)["lioresal"].status == "discussed"


def test_the_verb_of_a_condition_decides_nothing():
    text = (
        "Patient : J'ai eu de la rifampicine il y a longtemps.\n"
        "Médecin : Si vous la reprenez un jour, dites-le au pharmacien.\n"
    )
    assert by_name(text)["rifampicine"].status == "discussed"
    # a decision after the condition still decides
    text = "Médecin : Si vous avez mal, vous prenez du Doliprane, un gramme trois fois par jour.\n"
    assert by_name(text)["doliprane"].prescribed


def test_another_persons_treatment_told_is_not_prescribed():
    text = "Patiente : Ma sœur a une piqûre de Prolia tous les six mois.\nMédecin : On verra après.\n"
    assert not by_name(text)["prolia"].prescribed
    text = "Père : Ma mère dit de lui donner du Toplexil.\nMédecin : Le plus important, c'est de le faire boire.\n"
    assert not by_name(text)["toplexil"].prescribed


def test_no_more_of_a_drug_is_a_stop_not_a_refusal():
    text = (
        "Médecin : Le Lyrica, vous le finissez ce soir et on ne le reprend pas.\n"
        "Patient : Donc plus de Lyrica après ce soir.\n"
    )
    assert by_name(text)["lyrica"].status == "stopped"
    # refused all the same when the patient says they don't want what is offered
    text = "Médecin : Je vous mets du Lyrica le soir.\nPatient : Non, je n'en veux pas.\n"
    assert by_name(text)["lyrica"].status == "refused"
    # "— j'avais pris du Lariam — plus de Lariam alors": over before today, nothing stopped now
    text = "Patient : J'avais pris du Lariam la dernière fois.\nMédecin : Plus de Lariam alors, il vous a gêné.\n"
    assert by_name(text)["lariam"].status == "discussed"


def test_a_stop_said_of_the_drugs_just_listed_with_a_new_one_named():
    text = (
        "Patient : Je prends le Truvada et le Prezista le matin.\n"
        "Médecin : On arrête ces deux-là et on passe au Biktarvy, un comprimé le matin.\n"
    )
    meds = by_name(text)
    assert meds["truvada"].status == "stopped" and meds["prezista"].status == "stopped"
    assert meds["biktarvy"].prescribed


def test_a_strength_said_again_without_its_unit_keeps_it():
    text = "Médecin : On monte la Lantus à 34 unités le soir.\nPatient : Donc Lantus 34 le soir, d'accord.\n"
    assert by_name(text)["lantus"].dose == "34 UI"


def test_as_needed_said_back_keeps_the_ceiling_said_before():
    text = "Médecin : Du Dafalgan 1 g, trois fois par jour au maximum.\nPatient : Donc le Dafalgan si j'ai mal.\n"
    meds = by_name(text)
    assert meds["dafalgan"].as_needed and meds["dafalgan"].max_per_day == 3


def test_roles_of_a_regulation_call_and_an_instruction_given_to_a_carer():
    text = (
        "Appelant : Il prend son Coversyl le matin.\n"
        "Régulatrice : Ce soir, il ne prend pas son Coversyl, la tension est trop basse.\n"
    )
    assert by_name(text)["coversyl"].status == "stopped"
    from communs.apps.consultation.speakers import label_role

    assert [label_role(x) for x in ("Obstétricien", "Régulateur", "Détenu", "Interprète")] == [
        "doctor",
        "doctor",
        "patient",
        "patient",
    ]


def test_a_first_x_said_z():
    assert keys("medecin: on fait aujourd'hui zé o mine deux cents unités dans le biceps\n") == ["xeomin"]
    assert keys("medecin: la zone est rouge et le zona guérit\n") == []


def test_a_count_before_the_name_and_the_strength_after_it():
    meds = by_name("Médecin : Deux comprimés de Doliprane 500 trois fois par jour.\n")
    assert meds["doliprane"].intake_value == (1000.0, "mg")
