"""Places: the communes of France, their postal codes, départements, régions and points, without a network.

- gazetteer.py: the shipped data (COG 2026 with La Poste postal codes, town-hall points; see data/SOURCE.txt),
  looked up by name, postal code or INSEE code, and the nearest communes by great-circle distance;
- names.py: names as compared (accents, « St », articles, « Paris 15e », hyphens);
- mentions.py: the place a free French text names (« près de Lille », « dans le 59 »).

:func:`lookup` answers one query of any of these kinds, for the faces (API, CLI, web) and the apps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from communs.errors import InvalidRequestError, NotFoundError
from communs.places.gazetteer import Gazetteer, Place, distance_km, load_gazetteer
from communs.places.mentions import Mention, find_mention, find_mentions
from communs.places.names import name_key

__all__ = [
    "Gazetteer",
    "Lookup",
    "Mention",
    "Place",
    "distance_km",
    "find_mention",
    "find_mentions",
    "load_gazetteer",
    "lookup",
    "near",
]

MAX_QUERY_CHARS = 2000
MAX_NEAREST = 50
MAX_RADIUS_KM = 1000.0
FIVE_DIGITS = re.compile(r"\d{5}")
# a commune of this size is meant before a département or a région of the same name
TOWN_OVER_AREA = 20_000
DEPARTEMENT_CODE = re.compile(r"(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])")
QUALIFIED = re.compile(r"(.+?)\s*\((\d[\dAaBb]|\d{3})\)")


@dataclass
class Lookup:
    """What a query names: ``match`` says how it was read (postal_code, insee_code, name, departement, region,
    text), ``places`` the communes it names (homonyms and communes sharing a postal code: the likeliest first)."""

    query: str
    match: str
    places: list[Place]
    departement: str | None = None
    region: str | None = None
    nearby: list[tuple[Place, float]] = field(default_factory=list)
    said: str | None = None  # the words of a free text that name the place

    def to_dict(self, gazetteer: Gazetteer) -> dict[str, Any]:
        return {
            "query": self.query,
            "match": self.match,
            "said": self.said,
            "places": [gazetteer.describe(p) for p in self.places],
            "departement": _named(self.departement, gazetteer.departement_name(self.departement)),
            "region": _named(self.region, gazetteer.region_name(self.region)),
            "nearby": [{**gazetteer.describe(p), "distance_km": km} for p, km in self.nearby],
        }


def _named(code: str | None, name: str | None) -> dict[str, str] | None:
    return {"code": code, "name": name} if code and name else None


def check_query(query: str) -> str:
    text = (query or "").strip()
    if not text:
        raise InvalidRequestError("query must not be empty", param="query")
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidRequestError(f"query holds at most {MAX_QUERY_CHARS} characters", param="query")
    return text


def check_nearby(nearest: int, radius_km: float | None) -> None:
    if not 0 <= nearest <= MAX_NEAREST:
        raise InvalidRequestError(f"nearest must be between 0 and {MAX_NEAREST}", param="nearest")
    if radius_km is not None and not 0 < radius_km <= MAX_RADIUS_KM:
        raise InvalidRequestError(f"radius_km must be between 0 and {MAX_RADIUS_KM:g}", param="radius_km")


def lookup(query: str, *, nearest: int = 0, radius_km: float | None = None) -> Lookup:
    """A commune, postal code, INSEE code, département, région or free text (« près de Lille »), with the
    ``nearest`` communes around the first place found (within ``radius_km``). Bad input: InvalidRequestError;
    nothing found: NotFoundError."""
    text = check_query(query)
    check_nearby(nearest, radius_km)
    gazetteer = load_gazetteer()
    found = _read(gazetteer, text)
    if nearest and found.places and found.match not in ("departement", "region"):
        first = found.places[0]
        if first.lat is not None and first.lon is not None:
            skip = {first.code}
            found.nearby = gazetteer.nearest(first.lat, first.lon, nearest, radius_km=radius_km, skip=skip)
    return found


def near(lat: float, lon: float, *, nearest: int = 10, radius_km: float | None = None) -> list[tuple[Place, float]]:
    """The communes nearest to a point (WGS 84 degrees), with their distance in km."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidRequestError("lat must be within ±90 and lon within ±180", param="lat")
    check_nearby(nearest, radius_km)
    return load_gazetteer().nearest(lat, lon, nearest or 10, radius_km=radius_km)


def _read(gazetteer: Gazetteer, text: str) -> Lookup:
    if FIVE_DIGITS.fullmatch(text):
        places = gazetteer.postal(text)
        if places:
            return _places(text, "postal_code", places)
        if text in gazetteer.by_code:
            return _places(text, "insee_code", [gazetteer.by_code[text]])
        raise NotFoundError(f"no commune has the postal code {text}")
    upper = text.upper()
    if DEPARTEMENT_CODE.fullmatch(upper) and upper in gazetteer.departements:
        return Lookup(text, "departement", [], upper, gazetteer.departements[upper][1])
    qualified = QUALIFIED.fullmatch(text)  # « Saint-Denis (93) », as the suggestions write it
    if qualified:
        places = [p for p in gazetteer.named(qualified.group(1)) if p.departement == qualified.group(2).upper()]
        if places:
            return _places(text, "name", places)
    places = gazetteer.named(text)
    if places and (places[0].population or 0) >= TOWN_OVER_AREA:  # « Paris » the commune, not the département
        return _places(text, "name", places)
    key = name_key(text)
    if key in gazetteer.departement_keys:
        code = gazetteer.departement_keys[key]
        return Lookup(text, "departement", places, code, gazetteer.departements[code][1])
    if key in gazetteer.region_keys:  # « Bretagne » the région, not the village
        return Lookup(text, "region", places, None, gazetteer.region_keys[key])
    if places:
        return _places(text, "name", places)
    mention = find_mention(gazetteer, text)
    if mention is None:
        raise NotFoundError("no French commune, postal code, département or région found in the query")
    places = [mention.place, *mention.alternatives] if mention.place else []
    return Lookup(text, "text", places, mention.departement, mention.region, said=mention.text)


def _places(query: str, match: str, places: list[Place]) -> Lookup:
    first = places[0]
    return Lookup(query, match, places, first.departement, first.region)
