"""Things of a dossier, by rules: seized items (scellés), vehicles with their plates, phone numbers, amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.dossier.chronology import sentence_at
from communs.apps.dossier.ingest import PageRecord

SEALED_LINE = re.compile(
    r"^\s*[-•–]\s*(?P<what>.+?),?\s*(?:plac[ée]e?s?|mis(?:e|es)?)\s+sous\s+scell[ée]s?\s+n[°o]?\s*(?P<n>\d+)",
    re.IGNORECASE | re.MULTILINE,
)
SEALED_CLAUSE = re.compile(
    r"(?:d[ée]couvrons|saisissons|trouvons|recueillons)\s+(?P<what>[^.;]{3,90}?),?\s+"
    r"(?:que\s+nous\s+pla[çc]ons|plac[ée]e?s?)"
    r"\s+sous\s+scell[ée]\s+n[°o]?\s*(?P<n>\d+)",
    re.IGNORECASE,
)
SEIZED_LIST = re.compile(
    r"\b(?:[ée]taient|ont [ée]t[ée]|sont)\s+saisi(?:e|s|es)?\s+(?P<list>[^.]{5,300})", re.IGNORECASE
)
PLATE = re.compile(r"\b[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}\b")
VEHICLE = re.compile(
    r"\b(scooter|v[ée]hicule|voiture|moto(?:cyclette)?|camion(?:nette)?|fourgon|utilitaire)\b(?:\s+(?:de marque\s+)?"
    r"([A-Z][a-zA-Z]+))?",
    re.IGNORECASE,
)
# a French line, or a foreign one with its country code ("+359 88 741 2093", "+44 20 7946 0958")
PHONE = re.compile(
    r"(?<![\d/])(?:\+33\s?|0)[1-9](?:[ .]?\d{2}){4}(?![\d/])"
    r"|(?<![\w+])\+(?!33)[1-9]\d{0,2}(?:[ .]?\d{2,4}){3,5}(?![\d/])"
)
AMOUNT = re.compile(r"(?<![\d,])(\d{1,3}(?:[  .]\d{3})+|\d+)(?:,(\d{2}))?\s?(?:€|euros?\b|EUR\b)", re.IGNORECASE)


@dataclass
class Item:
    what: str
    pages: list[int] = field(default_factory=list)
    kind: str = "saisie"  # saisie, véhicule, téléphone, montant
    value: str | None = None  # the plate, the number, the amount in euros

    def to_dict(self) -> dict:
        out = {"what": self.what, "pages": self.pages}
        if self.value is not None:
            out["value"] = self.value
        return out


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:-")


def _add(found: dict[str, Item], key: str, item: Item, page: int) -> None:
    existing = found.setdefault(key, item)
    if page not in existing.pages:
        existing.pages.append(page)


def flat(text: str) -> str:
    """The text with its line breaks as spaces (same length, same offsets): a PDF text layer or an OCR wraps
    lines inside a figure ("06 39 98 64\n03", "1 480\n000 euros") as inside a sentence."""
    return text.replace("\n", " ")


def seized_items(pages: list[PageRecord]) -> list[Item]:
    found: dict[str, Item] = {}
    for page in pages:
        for pattern in (SEALED_LINE, SEALED_CLAUSE):
            for match in pattern.finditer(page.text):
                what = _clean(match.group("what"))
                _add(found, f"scellé {match.group('n')}", Item(f"{what} (scellé n° {match.group('n')})"), page.number)
        for match in SEIZED_LIST.finditer(flat(page.text)):
            for part in re.split(r",\s+|\s+et\s+(?=un|une|des|\d)", match.group("list")):
                what = _clean(part)
                if 3 <= len(what) <= 80:
                    key = what.lower()
                    same = [k for k, item in found.items() if key[:12] in item.what.lower()]
                    _add(found, same[0] if same else key, Item(what), page.number)
    return list(found.values())


def vehicles(pages: list[PageRecord]) -> list[Item]:
    found: dict[str, Item] = {}
    for page in pages:
        for match in PLATE.finditer(flat(page.text)):
            before = page.text[max(0, match.start() - 120) : match.start()]
            kinds = list(VEHICLE.finditer(before))
            label = _clean(kinds[-1].group(0)) if kinds else "véhicule"
            item = Item(f"{label} {match.group(0)}", kind="véhicule", value=match.group(0))
            if match.group(0) in found and found[match.group(0)].what.startswith("véhicule ") and kinds:
                found[match.group(0)].what = item.what
            _add(found, match.group(0), item, page.number)
    return list(found.values())


def phones(pages: list[PageRecord]) -> list[Item]:
    found: dict[str, Item] = {}
    for page in pages:
        for match in PHONE.finditer(flat(page.text)):
            digits = re.sub(r"\D", "", match.group(0))
            if match.group(0).startswith("+") and not digits.startswith("33"):  # a foreign line, as written
                number = " ".join(match.group(0).split())
            else:
                digits = "0" + digits[2:] if digits.startswith("33") else digits
                number = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
            _add(found, number, Item(number, kind="téléphone", value=number), page.number)
    return list(found.values())


def amounts(pages: list[PageRecord]) -> list[Item]:
    found: dict[str, Item] = {}
    for page in pages:
        for match in AMOUNT.finditer(flat(page.text)):
            euros = int(re.sub(r"\D", "", match.group(1)))
            value = f"{euros:,}".replace(",", " ") + (f",{match.group(2)}" if match.group(2) else "") + " €"
            _add(found, value, Item(sentence_at(page.text, match.start()), kind="montant", value=value), page.number)
    return list(found.values())
