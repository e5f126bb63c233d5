"""Starclay's drugs that are not taken (issue 16, round 8: a stopped or ruled-out drug reported as taken is the
worst error of a prescription list), with sentences written for these tests: an allergy rules a drug out, a
discouraging verb's pronoun names the drug, a home supply pointed to is no prescription, a first person asking what
to take tells no current use, and a "yes" opening an answer grants the drug asked for.
"""

from __future__ import annotations

from tests.consultation_helpers import by_name


def test_an_allergy_rules_out_the_drug_after_it_and_the_one_it_opposes():
    found = by_name(
        "Médecin : En temps normal on prescrit de l'Augmentin mais vous êtes allergique à la pénicilline.\n"
        "Médecin : Donc ce sera de la pristinamycine, deux comprimés trois fois par jour pendant sept jours.\n"
    )
    assert not found["augmentin"].prescribed
    assert not found["pénicilline"].prescribed
    assert found["pristinamycine"].status == "new" and found["pristinamycine"].times_per_day == 3


def test_no_allergy_said_rules_nothing_out():
    found = by_name(
        "Médecin : Vous avez des allergies à des médicaments ?\n"
        "Patient : Non, aucune allergie.\n"
        "Médecin : Alors Clamoxyl un gramme, un comprimé matin et soir pendant six jours.\n"
        "Patient : Je ne suis pas allergique à l'ibuprofène non plus.\n"
    )
    assert found["clamoxyl"].status == "new"
    assert not found["ibuprofène"].prescribed  # only named, neither ruled out nor prescribed


def test_a_test_for_allergies_is_about_no_drug():
    found = by_name(
        "Médecin : Vous continuez le Zyrtec, un comprimé le soir.\n"
        "Patient : Et si ça ne passe pas ?\n"
        "Médecin : On fera des tests d'allergie.\n"
    )
    assert found["zyrtec"].status == "continued"


def test_a_discouraging_verb_names_the_drug_of_its_pronoun():
    found = by_name(
        "Patient : Je prends du Humex le soir, je l'achète moi-même.\n"
        "Médecin : Le Humex, je vous déconseille d'en reprendre, ça fait monter la tension.\n"
    )
    assert not found["humex"].prescribed


def test_the_patients_home_supply_is_no_prescription():
    found = by_name(
        "Mère : Et pour la fièvre ?\nMédecin : Du Dafalgan si fièvre, vous en avez déjà à la maison, à sa dose poids.\n"
    )
    assert not found["dafalgan"].prescribed


def test_asking_what_to_take_tells_no_current_use():
    found = by_name(
        "Patiente : et pour les crises qu'est-ce que je prends j'ai pris du Débridat l'an passé ça ne marchait pas\n"
        "Médecin : je vous mets du Spasfon deux comprimés si douleur\n"
    )
    assert not found["débridat"].prescribed
    assert found["spasfon"].status == "new"


def test_a_yes_grants_the_drug_asked_for():
    found = by_name(
        "Mère : et le Smecta, ma voisine en donne à ses enfants\n"
        "Médecin : oui on peut ajouter le Smecta un sachet trois fois par jour\n"
    )
    assert found["smecta"].status == "new" and found["smecta"].times_per_day == 3
    offered = by_name("Médecin : on peut ajouter du Smecta si vous voulez, un sachet trois fois par jour\n")
    assert not offered["smecta"].prescribed


def test_renewing_an_intake_is_a_posology_not_a_renewal():
    found = by_name(
        "Médecin : je vous mets du Spasfon deux comprimés si douleur et vous pouvez renouveler jusqu'à trois fois "
        "dans la journée\n"
    )
    assert found["spasfon"].status == "new" and found["spasfon"].max_per_day == 3


def test_a_plan_someone_had_and_a_relatives_advice_are_not_taken():
    found = by_name(
        "Patiente : Mon cardiologue voulait aussi me mettre du Kardégic.\n"
        "Médecin : Ce n'est pas utile pour vous, on n'en met pas.\n"
        "Mère : Ma voisine me dit de lui donner du Smecta.\n"
        "Médecin : Non, pas de Smecta, il va bien.\n"
    )
    assert found["kardégic"].status == "discussed"
    assert found["smecta"].status == "discussed"


def test_the_right_to_a_drug_is_not_having_it():
    found = by_name(
        "Patient : et j'ai le droit au Nurofen si j'ai mal au dos\nMédecin : non évitez le Nurofen avec l'Eliquis\n"
    )
    assert found["nurofen"].status == "discussed"


def test_an_imperfect_with_since_is_a_use_up_to_today():
    found = by_name(
        "Patient : je prenais du Tahor depuis des années\n"
        "Médecin : le Tahor on l'arrête et on passe à la rosuvastatine cinq milligrammes le soir\n"
    )
    assert found["tahor"].status == "stopped"
    assert found["rosuvastatine"].status == "new"


def test_a_stop_said_with_a_pronoun_is_the_drug_before_not_the_new_one():
    found = by_name(
        "Médecin : Le Bécotide seul ne suffit plus. On l'arrête et on passe au Seretide, une inhalation matin "
        "et soir.\n"
    )
    assert found["bécotide"].status == "stopped"
    assert found["seretide"].status == "new" and found["seretide"].times_per_day == 2


def test_unchanged_qualifies_the_drug_before_it_only():
    found = by_name(
        "Médecin : on commence le Xarelto vingt milligrammes le soir\n"
        "Infirmière : donc Lasilix quarante inchangé Xarelto vingt le soir\n"
    )
    assert found["lasilix"].status == "continued"
    assert found["xarelto"].status == "new"


def test_a_salt_and_its_base_are_one_drug():
    found = by_name(
        "Médecin : je vous mets de l'hydroxyzine, l'Atarax 25 mg, un comprimé si besoin, maximum deux par jour."
    )
    assert len(found) == 1
    (atarax,) = found.values()
    assert atarax.as_needed and atarax.max_per_day == 2 and atarax.dose == "25 mg"


def test_a_patients_read_back_keeps_a_new_drug_new():
    found = by_name(
        "Médecin : je vous mets du Seroplex dix milligrammes le matin\n"
        "Patient : je prends le Seroplex dix le matin d'accord\n"
    )
    assert found["seroplex"].status == "new"


def test_a_drug_named_after_despite_is_not_prescribed_with_the_other():
    found = by_name(
        "Médecin : je vous mets le Nurofen si la fièvre reste haute malgré le Dafalgan, pas plus de trois fois "
        "par jour\n"
    )
    assert found["nurofen"].status == "new"
    assert not found["dafalgan"].prescribed
