"""Filters on the formations a card shows: the diploma's level, its length, apprenticeship; a place.

The shipped ONISEP data (Idéo formations initiales, 2022) says where no training is given: a place (a commune or
postal code, read by communs.places, or a région or département) is accepted, checked and resolved to its
département and région, and the result says it could not be applied to the formations.
Apprenticeship is the diploma type's (see catalog.APPRENTICESHIP_TYPES), not a list of schools that offer it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from communs.apps.orientation import lexicon
from communs.apps.orientation.catalog import Formation
from communs.errors import InvalidRequestError, NotFoundError
from communs.places import MAX_QUERY_CHARS, load_gazetteer, lookup
from communs.search.analysis import normalize

# the level asked → the formation's RNCP level
LEVELS = {"CAP": 3, "bac": 4, "bac+2": 5, "bac+3": 6, "bac+5": 7}
DEPARTMENT = re.compile(r"^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$")
MAX_YEARS = 8
NO_PLACES = (
    "Le lieu (région, département) n'a pas pu être appliqué : les données ONISEP livrées ne disent pas où les "
    "formations sont proposées. Cherchez les établissements sur onisep.fr."
)
APPRENTICESHIP_NOTE = "L'alternance est indiquée d'après le type de diplôme, pas d'après la liste des établissements."


@dataclass
class Filters:
    level: str | None = None  # a key of LEVELS
    max_years: float | None = None  # the training's own length, at most
    apprenticeship: bool | None = None  # True: only diplomas usually prepared in apprenticeship
    region: str | None = None
    department: str | None = None
    place: str | None = None  # the commune asked, as understood: « Lille (59) »
    not_applied: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.level is None and self.max_years is None and not self.apprenticeship

    def accepts(self, formation: Formation) -> bool:
        if self.level is not None and formation.level != LEVELS[self.level]:
            return False
        if self.max_years is not None and (formation.years is None or formation.years > self.max_years + 1e-6):
            return False
        return not self.apprenticeship or formation.apprenticeship

    def notes(self) -> list[str]:
        where = ", ".join(part for part in (self.place, self.region) if part)
        notes = [(f"Lieu compris : {where}. " if where else "") + NO_PLACES] if self.not_applied else []
        return notes + ([APPRENTICESHIP_NOTE] if self.apprenticeship else [])

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "max_years": self.max_years,
            "apprenticeship": self.apprenticeship,
            "region": self.region,
            "department": self.department,
            "place": self.place,
            "not_applied": self.not_applied,
            "notes": self.notes(),
        }


def _region(value: str) -> str:
    wanted = normalize(value).replace("-", " ")
    for region in lexicon.REGIONS:
        if normalize(region).replace("-", " ") == wanted:
            return region
    raise InvalidRequestError("region must be one of: " + ", ".join(lexicon.REGIONS), param="filters.region")


def _place(filters: Filters, value: str) -> None:
    """A commune, postal code or département (« Lille », « 59000 », « 59 ») → its département and région."""
    if len(value) > MAX_QUERY_CHARS:
        raise InvalidRequestError(f"place holds at most {MAX_QUERY_CHARS} characters", param="filters.place")
    try:
        found = lookup(value)
    except (InvalidRequestError, NotFoundError) as error:
        raise InvalidRequestError(f"place: {error.message}", param="filters.place") from error
    gazetteer = load_gazetteer()
    if found.places:
        filters.place = f"{found.places[0].name} ({found.places[0].departement})"
    filters.department = filters.department or found.departement
    filters.region = filters.region or gazetteer.region_name(found.region)
    filters.not_applied.append("place")


def make_filters(data: dict[str, Any] | None) -> Filters:
    """Filters from a request's ``filters`` object (its keys already checked by the face), or a 400 error."""
    data = {k: v for k, v in (data or {}).items() if v is not None}
    filters = Filters()
    if "level" in data:
        if data["level"] not in LEVELS:
            raise InvalidRequestError("level must be one of: " + ", ".join(LEVELS), param="filters.level")
        filters.level = data["level"]
    if "max_years" in data:
        if not 0 < float(data["max_years"]) <= MAX_YEARS:
            raise InvalidRequestError(f"max_years must be between 0 and {MAX_YEARS}", param="filters.max_years")
        filters.max_years = float(data["max_years"])
    if "apprenticeship" in data:
        filters.apprenticeship = bool(data["apprenticeship"])
    if "region" in data:
        filters.region = _region(str(data["region"]))
        filters.not_applied.append("region")
    if "department" in data:
        department = str(data["department"]).strip().upper()
        if not DEPARTMENT.match(department):
            raise InvalidRequestError(
                "department must be a French department number (01…95, 2A, 2B, 971…976)",
                param="filters.department",
            )
        filters.department = department
        filters.not_applied.append("department")
    if "place" in data:
        _place(filters, str(data["place"]))
    return filters
