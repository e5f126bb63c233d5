"""Strengths as (value, unit) in a canonical unit: mg, µg, g→mg, UI, ml; parsing of BDPM dosage strings."""

from __future__ import annotations

import re

from communs.apps.consultation.normalize import norm

# spoken or written unit -> (canonical unit, factor)
UNITS: dict[str, tuple[str, float]] = {
    "mg": ("mg", 1), "milligramme": ("mg", 1), "milligrammes": ("mg", 1), "milli": ("mg", 1),
    "g": ("mg", 1000), "gramme": ("mg", 1000), "grammes": ("mg", 1000), "gr": ("mg", 1000),
    "microgramme": ("µg", 1), "microgrammes": ("µg", 1), "ug": ("µg", 1), "mcg": ("µg", 1), "µg": ("µg", 1),
    "gamma": ("µg", 1), "gammas": ("µg", 1),
    "ui": ("UI", 1), "unite": ("UI", 1), "unites": ("UI", 1), "u": ("UI", 1),
    "ml": ("ml", 1), "millilitre": ("ml", 1), "millilitres": ("ml", 1),
}  # fmt: skip


def canonical(value: float, unit: str) -> tuple[float, str] | None:
    found = UNITS.get(norm(unit).replace(" ", "")) or UNITS.get(unit)
    if found is None:
        return None
    return round(value * found[1], 6), found[0]


def parse_strength(text: str) -> list | None:
    """First "<number> <unit>" of a BDPM dosage ("1,00 mg", "50 000 UI", "75 microgrammes"), canonical; or None."""
    match = re.search(r"(\d[\d\s]*(?:[.,]\d+)?)\s*(mg|g|microgrammes?|µg|UI|ml|mL)\b", text)
    if not match:
        return None
    value = float(match.group(1).replace(" ", "").replace("\u202f", "").replace(",", "."))
    found = canonical(value, match.group(2))
    return list(found) if found else None


def show(value: float, unit: str) -> str:
    """Readable strength: 1000 mg -> "1 g", 2.5 mg -> "2,5 mg"."""
    if unit == "mg" and value >= 1000 and value % 1000 == 0:
        value, unit = value / 1000, "g"
    text = f"{value:g}".replace(".", ",")
    if value >= 10000:
        text = f"{int(value):,}".replace(",", " ")
    return f"{text} {unit}"
