"""The catalogue shipped in data/orientation.json.gz (see build.py): ROME 4.0 métiers and ONISEP formations.

Also the names of métiers as they are written in text (masculine and feminine forms of every ROME title and job
title, normalised), to find a métier a user names and to check that a reply names no métier it should not.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from communs.search.analysis import tokens

DATA = Path(__file__).resolve().parent / "data"
MAX_NAME_WORDS = 8
# one-word job titles that are also everyday words of an orientation talk ("votre carrière", "en seconde")
ORDINARY_WORDS = frozenset(
    {
        "carriere",
        "capteur",
        "calculatrice",
        "batteuse",
        "agree",
        "agreee",
        "associee",
        "second",
        "seconde",
        "premiere",
        "chargeur",
        "chargeuse",
        "mode",
    }
)
LISTS = ("labels", "interests", "onisep", "formations", "skills", "knowledge", "contexts")
# clipped forms of job words as people write them ("prof de maths", "véto", "kiné"): read as the full word when a
# métier's name is looked for
CLIPPED = {
    "prof": "professeur",
    "profs": "professeur",
    "maths": "mathematiques",
    "math": "mathematiques",
    "kine": "kinesitherapeute",
    "veto": "veterinaire",
    "educ": "educateur",
    "psy": "psychologue",
    "ortho": "orthophoniste",
    "spe": "specialise",
}
AMBIGUOUS_NAME = 12  # a name shared by more ROME codes ("technicien") names no métier in particular
# RNCP level → years of study after the bac at which the diploma is obtained (CAP: one year before the bac).
BAC_PLUS = {3: -1, 4: 0, 5: 2, 6: 3, 7: 5, 8: 8}
LEVEL_LABELS = {3: "CAP (niveau 3)", 4: "bac (niveau 4)", 5: "bac + 2", 6: "bac + 3", 7: "bac + 5", 8: "doctorat"}
# ONISEP's formation types usually prepared in apprenticeship (alternance) as well as at school: the data lists no
# apprenticeship per school, so this is the diploma type's, not a place's (prépas, licences, concours... are not).
APPRENTICESHIP_TYPES = frozenset(
    {
        "Certificat d'aptitude professionnelle",
        "Certificat d'aptitude professionnelle agricole",
        "baccalauréat professionnel",
        "brevet professionnel",
        "brevet professionnel agricole",
        "brevet de technicien supérieur",
        "brevet de technicien supérieur agricole",
        "bachelor universitaire de technologie",
        "licence professionnelle",
        "titre professionnel",
        "mention complémentaire",
        "certificat de spécialisation (agriculture)",
        "brevet professionnel de la jeunesse, de l'éducation populaire et du sport",
        "diplôme d'Etat de la jeunesse, de l'éducation populaire et du sport",
        "diplôme d'Etat supérieur de la jeunesse, de l'éducation populaire et du sport",
        "diplôme professionnel de l'animation et du sport",
        "diplôme d'ingénieur",
        "brevet des métiers d'art",
        "brevet de maîtrise",
        "certificat technique des métiers",
        "brevet technique des métiers",
        "brevet technique des métiers supérieur",
    }
)


@dataclass(frozen=True)
class Formation:
    id: int
    title: str
    type: str
    level: int | None  # RNCP level 3-8, None when the training is not registered
    years: float | None
    url: str

    @property
    def exit(self) -> float | None:
        """Years after the bac when the diploma is obtained."""
        return BAC_PLUS.get(self.level) if self.level else None

    @property
    def entry(self) -> float | None:
        """Years after the bac at which the training is entered (bac + 2 for a one-year licence pro)."""
        return None if self.exit is None or self.years is None else self.exit - self.years

    @property
    def apprenticeship(self) -> bool:
        """Is this type of diploma usually open to apprenticeship (see APPRENTICESHIP_TYPES)?"""
        return self.type in APPRENTICESHIP_TYPES

    def level_label(self) -> str:
        return LEVEL_LABELS.get(self.level or 0, "niveau non renseigné")

    def duration_label(self) -> str | None:
        if self.years is None:
            return None
        years = int(self.years) if self.years.is_integer() else self.years
        return f"{years} an" if years == 1 else f"{years} ans"

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "type": self.type,
            "level": self.level_label(),
            "duration": self.duration_label(),
            "apprenticeship": self.apprenticeship,
            "url": self.url,
        }


@dataclass(frozen=True)
class Metier:
    code: str
    title: str
    domain: str  # ROME grand domaine letter
    definition: str
    access: str
    labels: tuple[str, ...]  # job titles (appellations)
    interests: tuple[int, ...]  # centres d'intérêt
    riasec: str
    onisep: tuple[str, ...]  # onisep.fr pages of the linked ONISEP métiers
    formations: tuple[int, ...]  # candidate formations, best first
    skills: tuple[str, ...] = ()  # savoir-faire, core ones first
    knowledge: tuple[str, ...] = ()  # savoirs (techniques, products, fields, certifications), core ones first
    contexts: tuple[str, ...] = ()  # contextes de travail ("Travail de nuit", "En grande hauteur"...)

    def passage(self) -> str:
        """What is embedded to compare the métier with a profile."""
        names = ", ".join(dict.fromkeys(masculine(label) for label in self.labels[:12]))
        return f"{masculine(self.title)}. {names}. {self.definition}"


@dataclass
class Catalog:
    metiers: tuple[Metier, ...]
    formations: tuple[Formation, ...]
    interests: dict[int, str]  # centre d'intérêt code → "J'aime m'occuper des animaux"
    domains: dict[str, str]  # grand domaine letter → label
    names: dict[str, frozenset[str]]  # normalised name of a métier → ROME codes it names
    by_code: dict[str, Metier] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_code = {m.code: m for m in self.metiers}

    def metier(self, code: str) -> Metier:
        return self.by_code[code]


def excerpt(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut after a sentence when one ends in the second half, else after a word."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    stop = head.rfind(". ")
    return head[: stop + 1] if stop > limit // 2 else head.rsplit(" ", 1)[0] + " …"


def gender_forms(label: str) -> list[str]:
    """ "Conducteur / Conductrice d'engins agricoles" → the masculine and the feminine form, whole."""
    if " / " not in label:
        return [label]
    head, _, tail = label.partition(" / ")
    words = tail.split()
    size = len(head.split())
    return [" ".join([head, *words[size:]]), tail]


def masculine(label: str) -> str:
    return gender_forms(label)[0]


def name_forms(label: str, *, heads: bool = False) -> list[str]:
    """The ways a ROME title or job title is written: both genders, without its parenthesis, and with ``heads``
    (ROME titles only: job titles hold "Social / Sociale media manager") the bare heads of
    "Infirmier / Infirmière en soins généraux", "Infirmier" and "Infirmière"."""
    bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
    forms = gender_forms(label) + gender_forms(bare)
    head, slash, tail = bare.partition(" / ")
    if heads and slash and " " not in head and tail:
        forms += [head, tail.split()[0]]
    return list(dict.fromkeys(forms))


def name_key(text: str) -> str:
    """A name as compared: normalised words joined by spaces ("Aide-soignante" → "aide soignante")."""
    return " ".join(tokens(text))


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    data = json.loads(gzip.decompress((DATA / "orientation.json.gz").read_bytes()))
    formations = tuple(Formation(id=i, **f) for i, f in enumerate(data["formations"]))
    metiers = tuple(Metier(**{**m, **{k: tuple(m[k]) for k in LISTS if k in m}}) for m in data["metiers"])
    names: dict[str, set[str]] = {}
    for metier in metiers:
        for label, heads in ((metier.title, True), *((label, False) for label in metier.labels)):
            for form in name_forms(label, heads=heads):
                key = name_key(form)
                if key and len(key.split()) <= MAX_NAME_WORDS and key not in ORDINARY_WORDS:
                    names.setdefault(key, set()).add(metier.code)
    return Catalog(
        metiers=metiers,
        formations=formations,
        interests={int(k): v for k, v in data["interests"].items()},
        domains=data["domains"],
        names={k: frozenset(v) for k, v in names.items()},
    )


def named_metiers(catalog: Catalog, text: str) -> list[tuple[str, frozenset[str]]]:
    """The métier names written in ``text`` (longest first, no overlap), with the ROME codes each names;
    names shared by too many métiers ("technicien", "agent") are skipped."""
    words = [CLIPPED.get(word, word) for word in tokens(text)]
    found: list[tuple[str, frozenset[str]]] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            codes = catalog.names.get(" ".join(words[i : i + size]))
            if codes and len(codes) <= AMBIGUOUS_NAME:
                found.append((" ".join(words[i : i + size]), codes))
                i += size
                break
        else:
            i += 1
    return found
