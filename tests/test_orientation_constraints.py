"""ZenIA's profile beyond likes (rules, no model): a former job told to leave it, a job refused after its name,
limits of health and of hours, no diploma; the matcher's costs for them are checked in test_orientation.py."""

from __future__ import annotations

import pytest

from communs.apps.orientation import lexical
from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.match import access_level, tells_job, too_long
from communs.apps.orientation.profile import extract_rules, is_former_job
from communs.search.analysis import normalize


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def profile_of(catalog, *texts: str):
    return extract_rules(catalog, list(texts))


def test_a_former_job_is_noted_apart_and_not_read_as_a_wish(catalog):
    profile = profile_of(catalog, "J'étais boulanger pendant dix ans. Maintenant j'adore réparer les vélos.")
    assert "D1102" in profile.former and "D1102" not in profile.named
    assert "Maintenant j'adore réparer les vélos" in profile.said
    assert is_former_job("je suis serveur depuis huit ans") and not is_former_job("je voudrais devenir serveur")
    wish = profile_of(catalog, "Je suis en seconde et je voudrais devenir boulanger.")
    assert "D1102" in wish.named and not wish.former


def test_a_job_refused_after_its_name_is_ruled_out(catalog):
    profile = profile_of(catalog, "Je fais une licence de compta mais comptable, ça me dit rien. J'aime les chevaux.")
    assert "M1203" in profile.ruled_out and "M1203" not in profile.named
    assert "J'aime les chevaux" in profile.said and not any("comptable" in c for c in profile.said)
    stressed = profile_of(catalog, "Le contact avec les clients me stresse, j'aime trier et classer")
    assert 4 in stressed.disliked and 4 not in stressed.interests


def test_health_limits_rule_out_standing_driving_and_are_not_matched_on(catalog):
    profile = profile_of(catalog, "Depuis mon accident j'ai une prothèse, je ne peux plus rester debout longtemps.")
    assert profile.no_physical and profile.said == []
    sight = profile_of(catalog, "Je suis malvoyante et j'aime la radio.")
    assert sight.no_licence and sight.said == ["Je suis malvoyante et j'aime la radio"]


def test_hours_of_the_day_or_of_the_night(catalog):
    assert profile_of(catalog, "Je cherche un poste en journée, le temps que les petits grandissent.").days_only
    assert profile_of(catalog, "Je préfère travailler la nuit, j'aime le calme.").evenings_only
    assert profile_of(catalog, "Le soir et le week-end seulement, j'ai déjà un travail.").evenings_only
    assert not profile_of(catalog, "J'aime les animaux et la nature.").days_only


def test_no_diploma_and_no_wish_to_study_rules_out_long_studies(catalog):
    profile = profile_of(catalog, "J'ai pas le bac mais je me débrouille bien en mécanique.")
    assert profile.level and profile.level.label == "sans diplôme"
    master = next(m for m in catalog.metiers if access_level(m.access) == 5)  # a master's degree
    assert too_long(master, profile)
    assert not too_long(master, profile_of(catalog, "J'ai pas le bac, je voudrais faire des études longues."))


def test_interest_words_are_whole_words_not_pieces_of_others(catalog):
    profile = profile_of(catalog, "J'ai besoin d'un emploi pas loin, je visite souvent le château, j'ai le permis.")
    assert not {11, 17, 19, 22} & set(profile.interests)  # emploi/loin, château, besoin; a licence is no liking
    enclosed = profile_of(catalog, "Je veux pas rester enfermé, j'aime inventer des machines.")
    assert 9 not in enclosed.interests and 9 not in enclosed.disliked and 3 not in enclosed.interests
    assert 17 in profile_of(catalog, "J'adore mon chat et les chevaux.").interests


def test_the_persons_own_family_is_their_situation_not_a_liking(catalog):
    parent = profile_of(catalog, "Je suis maman de trois enfants, j'aime coudre et la couture.")
    assert 21 not in parent.interests and 30 in parent.interests
    carer = profile_of(catalog, "Je m'occupe de mon père malade, j'aime les chiffres.")
    assert 22 not in carer.interests and 15 in carer.interests
    assert 21 in profile_of(catalog, "J'adore garder les enfants des voisins.").interests


def test_the_words_of_a_past_job_say_no_interest_nor_sector(catalog):
    profile = profile_of(catalog, "Je suis comptable en cabinet depuis 10 ans. Je voudrais travailler dehors.")
    assert 15 not in profile.interests and "M" not in profile.sectors and 9 in profile.interests
    assert "M1203" in profile.former
    seller = profile_of(catalog, "Après quinze ans à vendre des assurances, je veux réparer des vélos.")
    assert 3 not in seller.interests and "C" not in seller.sectors and 14 in seller.interests


def test_a_length_of_study_refused_is_no_target(catalog):
    profile = profile_of(catalog, "Je suis en terminale. Un bac+5, c'est trop long pour moi, j'aime le droit.")
    assert profile.target is None and profile.max_years is not None and profile.max_years <= 3
    fear = profile_of(catalog, "J'aimerais un master mais bac+5, j'ai peur de pas tenir.")
    assert fear.target is None and fear.max_years is not None and fear.max_years <= 3
    engineer = profile_of(catalog, "Ingénieur depuis dix ans, je veux enseigner.")
    assert engineer.target is None and engineer.level and engineer.level.value == 5


def test_a_field_others_advise_then_refused_is_a_dislike(catalog):
    profile = profile_of(catalog, "Mes parents me disent de faire médecine mais je trouve ça trop long.")
    assert 22 in profile.disliked and 22 not in profile.interests and profile.max_years == 2


def test_a_back_that_no_longer_holds_rules_out_physical_work(catalog):
    assert profile_of(catalog, "Mon dos ne suit plus, le médecin m'interdit de porter des charges.").no_physical
    assert profile_of(catalog, "J'ai des problèmes de dos depuis deux ans.").no_physical


def test_where_the_person_lives_is_no_liking_to_match_on(catalog):
    profile = profile_of(catalog, "J'habite à côté de la gare de Tours. J'aime bricoler.")
    assert profile.said == ["J'aime bricoler"]
    assert profile_of(catalog, "J'habite à la campagne et j'adore les animaux.").said
    assert 13 in profile_of(catalog, "Je suis costaud, j'aime porter des cartons.").interests


def test_clipped_job_words_name_the_metier(catalog):
    profile = profile_of(catalog, "Je voudrais devenir prof de maths au collège.")
    assert "K2107" in profile.named
    assert "A1504" in profile_of(catalog, "Je suis en 3e, véto ça me dit rien, j'aime les chevaux.").ruled_out


def test_an_everyday_verb_meets_the_noun_of_the_fiche(catalog):
    from communs.apps.orientation import lexical

    words = lexical.scores(catalog, ["Le soir je couds des robes pour mes nièces"])
    best = [catalog.metiers[int(i)].code for i in words.argsort()[::-1][:15]]
    assert "B1803" in best  # Couturier / Couturière: "Techniques de couture"
    assert 27 in profile_of(catalog, "Le dimanche c'est moi qui fais à manger pour tout le monde.").interests


def test_no_physical_work_rules_out_carrying_people_or_loads(catalog):
    from communs.apps.orientation.match import out_of_reach

    profile = profile_of(catalog, "Mon dos ne suit plus, je voudrais rester dans l'aide aux personnes.")
    assert out_of_reach(catalog.metier("K1302"), profile)  # assistant de vie: levage et transfert
    assert not out_of_reach(catalog.metier("M1609"), profile)  # secrétaire médical


def test_a_target_at_the_bac_names_the_next_diploma_and_after_the_bac_is_the_present(catalog):
    """« faire un bac pro » in 3e is the next step, not the most the person will study: a métier reached with a BTS
    is not too long; « après le bac » tells the level the next training starts from."""
    profile = profile_of(catalog, "Je suis en 3e et je voudrais faire un bac pro.")
    assert profile.target and profile.target.value == 0
    after_a_bts = next(m for m in catalog.metiers if access_level(m.access) == 2)
    assert not too_long(after_a_bts, profile)
    assert too_long(after_a_bts, profile_of(catalog, "Je voudrais un bac+1 au plus."))
    later = profile_of(catalog, "J'aimerais faire un BTS après le bac.")
    assert later.level and later.level.label == "bac" and later.target and later.target.label == "bac + 2"


def test_a_clause_telling_a_job_held_and_words_that_name_no_place(catalog):
    """The clauses that tell the person's job (counted against the métiers they describe, match.PAST_DISCOUNT), not
    those that like or wish; « à la maison » is home, not building; « en dehors des » in a fiche is no outdoors."""
    assert tells_job(normalize("J'étais vendeuse en boulangerie pendant dix ans"))
    assert not tells_job(normalize("j'adore cuisiner depuis dix ans"))
    assert not tells_job(normalize("je voudrais devenir serveur"))
    assert 1 not in profile_of(catalog, "Je suis restée à la maison avec mes enfants.").interests
    assert 1 in profile_of(catalog, "Je dessine des plans de maisons.").interests
    assert "dehor" not in lexical._index(catalog)[0]


def test_hours_told_as_a_range_or_a_refusal_and_temping_is_a_present_job(catalog):
    """« qu'en semaine, entre 8 h et 16 h » and « la nuit, c'est plus possible » say day work only; « je fais de
    l'intérim comme magasinier » tells the present job, not a wish."""
    assert profile_of(catalog, "Je ne peux travailler qu'en semaine, entre 8h et 16h.").days_only
    assert profile_of(catalog, "J'étais infirmier, mais la nuit, c'est plus possible.").days_only
    assert not profile_of(catalog, "Je cherche entre 18h et 23h.").days_only
    temping = profile_of(catalog, "Je fais de l'intérim comme magasinier.")
    assert "N1110" in temping.former and not temping.named
