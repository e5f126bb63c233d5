"""The communes of France shipped in data/communes.json.gz (built by scripts/build_places.py; see data/SOURCE.txt).

Communes, communes déléguées and associées, and the arrondissements of Paris, Lyon and Marseille, with their
département, région, postal codes, population and a point (the town hall); départements and régions by code and
name. Looked up by name, postal code or INSEE code; the nearest communes by great-circle distance.
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from communs.places.names import name_key, name_keys

DATA = Path(__file__).resolve().parent / "data" / "communes.json.gz"
EARTH_KM = 6371.0088  # mean Earth radius
# a big commune is also found by the first word of its name (« Clermont » → Clermont-Ferrand)
SHORT_NAME_POPULATION = 40_000
KIND_RANK = {"commune": 0, "arrondissement": 1, "deleguee": 2, "associee": 2}
REGION_ALIASES = {"paca": "93", "idf": "11", "region parisienne": "11", "reunion": "04"}


@dataclass(frozen=True, slots=True)
class Place:
    code: str  # INSEE code
    name: str
    kind: str  # commune, arrondissement (municipal), deleguee, associee
    departement: str | None
    region: str | None
    population: int | None
    postal_codes: tuple[str, ...]
    lat: float | None
    lon: float | None
    parent: str | None  # the commune of an arrondissement or a commune déléguée


@dataclass
class Gazetteer:
    places: list[Place]
    departements: dict[str, tuple[str, str]]  # code → (name, région code)
    regions: dict[str, str]  # code → name
    source: dict[str, str]
    by_code: dict[str, Place] = field(default_factory=dict)
    by_postal: dict[str, list[Place]] = field(default_factory=dict)
    by_name: dict[str, list[tuple[Place, bool]]] = field(default_factory=dict)  # key → (place, exact)
    departement_keys: dict[str, str] = field(default_factory=dict)  # name key → code
    region_keys: dict[str, str] = field(default_factory=dict)
    sorted_keys: list[str] = field(default_factory=list)
    located: list[Place] = field(default_factory=list)  # communes and arrondissements with a point
    divided: set[str] = field(default_factory=set)  # the communes with arrondissements: Paris, Lyon, Marseille
    _radians: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))

    def __post_init__(self) -> None:
        self.by_code = {p.code: p for p in reversed(self.places) if p.kind in ("commune", "arrondissement")}
        for place in self.places:
            if place.kind in ("commune", "arrondissement"):
                for postal in place.postal_codes:
                    self.by_postal.setdefault(postal, []).append(place)
            key = name_key(place.name)
            parent = self.by_code.get(place.parent or "") if place.kind in ("deleguee", "associee") else None
            if parent is not None and parent.code == place.code and name_key(parent.name) == key:
                continue  # the commune déléguée that bears its commune nouvelle's name and code
            for form in name_keys(key):
                self.by_name.setdefault(form, []).append((place, True))
            words = key.split()
            if (
                place.kind == "commune"
                and len(words) > 1
                and (place.population or 0) >= SHORT_NAME_POPULATION
                and words[0] not in ("saint", "sainte", "le", "la", "les", "l")
            ):
                self.by_name.setdefault(words[0], []).append((place, False))
        for places in self.by_postal.values():  # « 75015 »: the 15e arrondissement before Paris
            places.sort(key=lambda p: (p.kind != "arrondissement", _rank(p)))
        self.departement_keys = {name_key(name): code for code, (name, _) in self.departements.items()}
        self.region_keys = {name_key(name): code for code, name in self.regions.items()} | REGION_ALIASES
        self.sorted_keys = sorted(self.by_name)
        self.divided = {p.parent for p in self.places if p.kind == "arrondissement" and p.parent}
        self.located = [p for p in self.places if p.kind in ("commune", "arrondissement") and p.lat is not None]
        self._radians = np.radians(np.array([[p.lat, p.lon] for p in self.located], dtype=np.float64))

    def named(self, name: str) -> list[Place]:
        """The places called ``name`` (accents, case, « St », articles ignored), the likeliest first: a commune
        before a commune déléguée, the bigger first; a big commune's short name (« Clermont ») counts too."""
        return self.by_key(name_key(name))

    def by_key(self, key: str) -> list[Place]:
        found = self.by_name.get(key, [])
        return [p for p, _ in sorted(found, key=lambda item: _score(*item), reverse=True)]

    def postal(self, code: str) -> list[Place]:
        """The communes (and arrondissements) a postal code serves, the bigger first."""
        return list(self.by_postal.get(code.strip(), []))

    def complete(self, prefix: str, k: int = 10) -> list[Place]:
        """Places whose name starts with ``prefix`` (for a field's suggestions), the bigger first."""
        key = name_key(prefix)
        if not key:
            return []
        start = bisect.bisect_left(self.sorted_keys, key)
        found: dict[str, Place] = {}
        for name in self.sorted_keys[start : start + 400]:
            if not name.startswith(key):
                break
            for place, exact in self.by_name[name]:
                if exact:
                    found.setdefault(place.code + place.kind, place)
        return sorted(found.values(), key=_rank)[:k]

    def nearest(
        self, lat: float, lon: float, k: int = 10, *, radius_km: float | None = None, skip: Collection[str] = ()
    ) -> list[tuple[Place, float]]:
        """The ``k`` communes nearest to (lat, lon) by great-circle distance (km), within ``radius_km``; the places
        whose INSEE codes (or whose commune's) are in ``skip`` left out. Paris, Lyon and Marseille are given by their
        arrondissements (near the Eiffel Tower: the 16e's and 7e's town halls, not the Hôtel de Ville)."""
        distances = haversine_km(self._radians, math.radians(lat), math.radians(lon))
        if radius_km is not None:
            candidates = np.flatnonzero(distances <= radius_km)
        else:  # the k nearest and enough more to stand for the ones skipped, sorted: not all 35,000
            wanted = min(len(distances), k + len(skip) + len(self.divided) + 64)
            candidates = np.argpartition(distances, wanted - 1)[:wanted]
        out: list[tuple[Place, float]] = []
        for i in candidates[np.argsort(distances[candidates], kind="stable")]:
            place, km = self.located[i], float(distances[i])
            if radius_km is not None and km > radius_km:
                break
            if place.code in self.divided or place.code in skip or (place.parent or "") in skip:
                continue
            out.append((place, round(km, 1)))
            if len(out) == k:
                break
        return out

    def departement_name(self, code: str | None) -> str | None:
        return self.departements[code][0] if code in self.departements else None

    def region_name(self, code: str | None) -> str | None:
        return self.regions.get(code) if code else None

    def describe(self, place: Place) -> dict[str, Any]:
        """A place as JSON, with its département's and région's names."""
        return {
            "code": place.code,
            "name": place.name,
            "kind": place.kind,
            "postal_codes": list(place.postal_codes),
            "departement": {"code": place.departement, "name": self.departement_name(place.departement)},
            "region": {"code": place.region, "name": self.region_name(place.region)},
            "population": place.population,
            "lat": place.lat,
            "lon": place.lon,
            "parent": place.parent,
        }


def _rank(place: Place) -> tuple[int, int]:
    return KIND_RANK[place.kind], -(place.population or 0)


def _score(place: Place, exact: bool) -> float:
    """How likely a place is meant by its name: population (log), an exact name, a commune rather than a part."""
    return math.log10((place.population or 0) + 10) + (0.5 if exact else 0.0) - 1.5 * (KIND_RANK[place.kind] > 1)


def haversine_km(points: np.ndarray, lat: float, lon: float) -> np.ndarray:
    """Great-circle distances (km) from (lat, lon) in radians to each row (lat, lon) of ``points`` in radians."""
    dlat = points[:, 0] - lat
    dlon = points[:, 1] - lon
    a = np.sin(dlat / 2) ** 2 + np.cos(lat) * np.cos(points[:, 0]) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    points = np.radians(np.array([[b.lat, b.lon]]))
    return round(float(haversine_km(points, math.radians(a.lat), math.radians(a.lon))[0]), 1)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    data = json.loads(gzip.decompress(DATA.read_bytes()))
    places = [
        Place(
            code=row[0],
            name=row[1],
            kind=row[2],
            departement=row[3],
            region=row[4],
            population=row[5],
            postal_codes=tuple(row[6].split()),
            lat=row[7],
            lon=row[8],
            parent=row[9],
        )
        for row in data["communes"]
    ]
    departements = {code: (name, region) for code, (name, region) in data["departements"].items()}
    return Gazetteer(places, departements, data["regions"], data["source"])
