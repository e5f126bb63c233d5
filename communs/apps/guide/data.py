"""The data a goal carries (« j'ai fait 35 h », « 420 euros », « née le 3 février 2022 », « 06 11 22 33 44 »)
and the fields that take each kind: a phone number goes in the phone field, hours in the hours field.

A field's kind comes from what a person sees of it: its input type (``tel``, ``email``, ``date``) and the
words of its label and hint (« Téléphone », « Montant … (en euros) », « Nombre d'heures », « Prénom »).
"""

from __future__ import annotations

import re

from communs.apps.guide.snapshot import Element
from communs.search.analysis import normalize

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# What the goal gives, on normalised text (accents off, lower case).
_GIVEN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"(?:\+33|\b0)\s?[1-9](?:[ .-]?\d\d){4}\b")),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b")),
    # « 420 euros », « 15 € », or a sum after a verb of money (« j'ai touché 25 100 », « payé 950 »)
    (
        "amount",
        re.compile(
            r"\b\d[\d .,]*\s?(?:€|euros?\b|eur\b)|"
            r"\b(?:touche|gagne|paye|percu|verse|coute|recu|donne)e?s? "
            r"(?:(?:en tout|environ|a peu pres) )?\d[\d .,]*\d\b"
        ),
    ),
    ("hours", re.compile(r"\b\d+(?:[,.]\d+)?\s?(?:h\b|heures?\b)")),
    # a postcode in brackets after the town (« villeurbanne (69100) ») or after its name (« code postal 35000 »)
    ("postcode", re.compile(r"\(\s*(?:0[1-9]|[1-8]\d|9[0-8])\d{3}\s*\)|\b(?:code postal|cp)\s*:?\s*\d{5}\b")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:er)? (?:{_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\bnee? (?:le|en)\b")),
)
# A first name: capitalised, after the words that introduce a person (on the text as written).
_NAME = re.compile(
    r"\b(?:ma fille|mon fils|mon enfant|mon b[ée]b[ée]|ma petite|mon petit|je m'appelle|s'appelle|"
    r"mon mari|ma femme|ma m[èe]re|mon p[èe]re)\s*,?\s+([A-ZÉÈ][a-zéèëïç-]+)"
    r"|\b(?:inscrire|d[ée]clarer)\s+([A-ZÉÈ][a-zéèëïç-]+)\b"
    # a person named with a title (« Mme Pujol », « M. Roux ») or by first and last name after « avec », a partner
    # (« avec Hugo Brassac », « ma copine Maëlle Guiraud »): a name to give where the form asks for one
    r"|\b(?:M\.|Mme|Mlle|Madame|Monsieur)\s+([A-ZÉÈ][a-zéèëïç-]+)"
    r"|\b(?:avec|copine|copain|compagne|compagnon|conjointe?|partenaire|fianc[ée]e?)\s+"
    r"([A-ZÉÈ][a-zéèëïç-]+\s+[A-ZÉÈ][a-zéèëïç-]+)"
)
# A town: a capitalised word after « à », « aussi », « que »… on the text as written (« j'habite à Tours »,
# « avant je votais à Nantes », « je voudrais aussi Bagnolet »); not after « de » (« la garderie de Tom »).
_PLACE = re.compile(
    r"\b(?:[àa]|au|vers|pr[èe]s de|aussi|ou|que|seulement)\s+((?:Saint|Sainte|Le|La|Les)?-?[A-ZÉÈÎ][a-zéèêëîïôûç]+"
    r"(?:-[A-Za-zéèêëîïôûç]+)*)\b"
)
# A field's kind from its words (label and hint, normalised).
_FIELD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"\btelephone\b|\bportable\b|\bmobile\b|\btel\b")),
    ("email", re.compile(r"\be-?mail\b|\bcourriel\b|\badresse electronique\b")),
    ("hours", re.compile(r"\bheures?\b")),
    ("amount", re.compile(r"\bmontant\b|\bfrais\b|\bsalaires?\b|\bsomme\b|\brevenus?\b|€|\beuros?\b|\bindemnites?\b")),
    ("date", re.compile(r"\bdate\b|\bne(?:e|\(e\))? le\b|jj/mm")),
    ("name", re.compile(r"\bprenoms?\b|^nom\b")),  # « Prénom », « Nom », « Nom du médecin »
    ("place", re.compile(r"\bcommunes?\b|\bville\b|\blocalite\b")),
    ("postcode", re.compile(r"\bcode postal\b")),  # after the town: « Commune ou code postal » takes a town
)
# A date the label states (« Léo, né le 14/02/2021 »: the child the box is for), not one it asks for.
_STATED_DATE = re.compile(r"\bnee? le \d{1,2}(?:/\d{1,2}/\d{2,4}| \w+ \d{4})")
_INPUT_TYPES = {"tel": "phone", "email": "email", "date": "date"}


def given(goal: str) -> set[str]:
    """The kinds of data the goal gives (phone, email, amount, hours, postcode, date, name, place)."""
    said = normalize(goal)
    kinds = {kind for kind, pattern in _GIVEN if pattern.search(said)}
    if _NAME.search(goal):
        kinds.add("name")
    if _PLACE.search(goal):
        kinds.add("place")
    return kinds


def places(goal: str) -> list[str]:
    """The towns a goal names (« je viens d'emménager à Tours, avant je votais à Nantes »: two)."""
    return list(dict.fromkeys(m.group(1) for m in _PLACE.finditer(goal)))


def field_kind(element: Element) -> str | None:
    """What a box to type in takes, as its type and its words say; None for other elements."""
    if element.kind != "field":
        return None
    if element.type.lower() in _INPUT_TYPES:
        return _INPUT_TYPES[element.type.lower()]
    said = _STATED_DATE.sub(" ", normalize(f"{element.label} {element.hint}"))
    found = next((kind for kind, pattern in _FIELD_WORDS if pattern.search(said)), None)
    if found is None and element.context:  # « Montants encaissés (en euros) »: what its group takes
        found = next((kind for kind, pattern in _FIELD_WORDS if pattern.search(normalize(element.context))), None)
    return found


def takes(element: Element, kinds: set[str]) -> bool:
    """Does this field take one of the goal's data?"""
    kind = field_kind(element)
    return kind is not None and kind in kinds
