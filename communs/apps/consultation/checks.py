"""Checks of the extracted prescription: unknown drug, strength not marketed, daily maximum, ANSM interactions."""

from __future__ import annotations

from itertools import combinations

from communs.apps.consultation.lexicon import Lexicon, lexicon
from communs.apps.consultation.model import Medication, Warning
from communs.apps.consultation.normalize import norm
from communs.apps.consultation.strength import show

# Plausible adult daily maxima (summaries of product characteristics, usual adult posology), canonical units.
# A dose above is flagged for review, not refused: paediatric and specialist doses differ.
DAILY_MAX: dict[str, tuple[float, str]] = {
    "paracetamol": (4000, "mg"), "ibuprofene": (2400, "mg"), "ketoprofene": (300, "mg"), "diclofenac": (150, "mg"),
    "naproxene": (1100, "mg"), "acide acetylsalicylique": (3000, "mg"), "tramadol": (400, "mg"),
    "codeine": (240, "mg"), "amoxicilline": (6000, "mg"), "metformine": (3000, "mg"), "colchicine": (3, "mg"),
    "prednisolone": (120, "mg"), "prednisone": (120, "mg"), "alprazolam": (4, "mg"), "zolpidem": (10, "mg"),
    "sertraline": (200, "mg"), "paroxetine": (60, "mg"), "escitalopram": (20, "mg"), "citalopram": (40, "mg"),
    "fluoxetine": (60, "mg"), "amitriptyline": (150, "mg"), "hydroxyzine": (100, "mg"), "ramipril": (10, "mg"),
    "perindopril": (10, "mg"), "amlodipine": (10, "mg"), "bisoprolol": (20, "mg"), "atorvastatine": (80, "mg"),
    "rosuvastatine": (40, "mg"), "simvastatine": (40, "mg"), "omeprazole": (40, "mg"), "esomeprazole": (80, "mg"),
    "pantoprazole": (80, "mg"), "furosemide": (500, "mg"), "apixaban": (20, "mg"), "rivaroxaban": (30, "mg"),
    "levothyroxine": (300, "µg"), "allopurinol": (900, "mg"), "cetirizine": (20, "mg"), "desloratadine": (5, "mg"),
    "loperamide": (16, "mg"), "sumatriptan": (300, "mg"), "morphine": (300, "mg"), "digoxine": (0.5, "mg"),
    "amiodarone": (1200, "mg"), "ketoprofene lysine": (300, "mg"), "clarithromycine": (1000, "mg"),
    "ciprofloxacine": (1500, "mg"), "gliclazide": (120, "mg"), "irbesartan": (300, "mg"), "ticagrelor": (180, "mg"),
}  # fmt: skip
# thesaurus levels, most severe first
LEVELS = ["contre-indication", "association deconseillee", "precaution d'emploi", "a prendre en compte"]


def daily_amount(medication: Medication) -> tuple[float, str] | None:
    """Strength x units per intake x intakes per day (the stated maximum for as-needed use), when all are known."""
    if not medication.dose_value or not medication.quantity:
        return None
    try:
        per_intake = float(medication.quantity.split()[-2 if " à " in medication.quantity else 0].replace(",", "."))
    except (ValueError, IndexError):
        return None
    intakes = medication.times_per_day or medication.max_per_day
    if not intakes:
        return None
    value, unit = medication.dose_value
    return value * per_intake * intakes, unit


def check(medications: list[Medication], lex: Lexicon | None = None) -> list[Warning]:
    """Warnings on the prescribed medications; each is also attached to its medication(s)."""
    lex = lex or lexicon()
    warnings: list[Warning] = []

    def warn(kind: str, message: str, *meds: Medication, severity: str = "warning") -> None:
        warning = Warning(kind, message, [m.name for m in meds], severity)
        warnings.append(warning)
        for medication in meds:
            medication.warnings.append(warning)

    prescribed = [m for m in medications if m.prescribed]
    for m in prescribed:
        if not m.substances:
            warn(
                "unknown_drug", f"« {m.name} » n'est pas dans la base publique des médicaments (BDPM) : à vérifier.", m
            )
            continue
        if "name" in m.uncertain:
            warn("uncertain", f"Nom reconnu de façon approchée (« {m.mentions[0].text} » → {m.name}) : à vérifier.", m)
        if "dose_unit" in m.uncertain:
            warn("uncertain", f"Unité du dosage de {m.name} corrigée d’après la BDPM : à vérifier.", m)
        if "status" in m.uncertain:
            warn("uncertain", f"Décision sur {m.name} ambiguë dans la transcription : à vérifier.", m)
        if "dose" in m.uncertain:
            warn("uncertain", f"Dosage de {m.name} entendu sans unité et absent de la BDPM : à vérifier.", m)
        if m.dose_value and m.cis is None and _has_products(m, lex):
            warn(
                "strength_not_marketed",
                f"{m.name} {m.dose} : aucun produit à ce dosage dans la BDPM "
                f"(dosages connus : {', '.join(_known_strengths(m, lex)) or 'aucun'}).",
                m,
            )
        amount = daily_amount(m)
        for substance in m.substances:
            limit = DAILY_MAX.get(substance)
            if amount and limit and amount[1] == limit[1] and len(m.substances) == 1 and amount[0] > limit[0]:
                warn(
                    "above_daily_max",
                    f"{m.name} : {show(*amount)} par jour, au-dessus du maximum habituel "
                    f"de {show(*limit)} ({substance}).",
                    m,
                    severity="danger",
                )
    for a, b in combinations(prescribed, 2):
        found = interactions(a, b, lex)
        if not found:
            continue
        found.sort(key=lambda f: _rank(f[0]))
        level = found[0][0]
        reasons = " ; ".join(f"{pair} : {lvl}. {mechanism}".strip() for lvl, mechanism, pair in found)
        warn(
            "interaction",
            f"Interaction {a.name} + {b.name} ({level}, thésaurus ANSM) — {reasons}",
            a,
            b,
            severity="danger" if _rank(level) <= 1 else "warning",
        )
    return warnings


def _rank(level: str) -> int:
    key = norm(level).replace("d emploi", "d'emploi")
    return next((i for i, name in enumerate(LEVELS) if norm(name) in key), len(LEVELS))


def _has_products(m: Medication, lex: Lexicon) -> bool:
    return bool(_known_strengths(m, lex))


def _known_strengths(m: Medication, lex: Lexicon) -> list[str]:
    drug = lex.drug(m.lexicon_key) if m.lexicon_key else None
    if drug is None:
        return []
    return [show(*s) for s in sorted(lex.strengths(drug))][:12]


def _names(m: Medication, lex: Lexicon) -> set[str]:
    names = set(m.substances)
    for substance in m.substances:
        names |= set(lex.classes.get(substance, []))
        # the thesaurus names some substances with their salt or in another order: match on the first word too
        names |= set(lex.classes.get(substance.split()[0], []))
    return names


def interactions(a: Medication, b: Medication, lex: Lexicon) -> list[tuple[str, str, str]]:
    """(level, mechanism, "main + plus") of each thesaurus entry that applies to the pair."""
    names_a, names_b = _names(a, lex), _names(b, lex)
    found = []
    seen = set()
    for main, plus, level, mechanism, main_said, plus_said in lex.interactions:
        if (main in names_a and plus in names_b) or (main in names_b and plus in names_a):
            if frozenset((main, plus)) not in seen:
                seen.add(frozenset((main, plus)))
                found.append((level, mechanism, f"{main_said} + {plus_said}"))
    return found
