"""Build data/orientation.json.gz from the ROME 4.0 and ONISEP Idéo exports (deterministic).

``python -m communs.apps.orientation.build SOURCE_DIR`` (the folder holding ``rome4/`` and ``onisep/``) keeps only what
the product needs:

- métiers (ROME 4.0 fiches): title, grand domaine, definition, accès à l'emploi, job titles (appellations),
  centres d'intérêt, RIASEC code, savoir-faire and savoirs (the fiche's "compétences", core ones first),
  contextes de travail, and the ONISEP formations that lead there, best first;
- formations (ONISEP initial training): title, type, RNCP level, duration in years, onisep.fr link;
- the 30 centres d'intérêt and the 14 grands domaines.

A métier is linked to formations through the ONISEP métiers that carry its ROME code (or its ROME 4.0 parent
code; ONISEP still uses ROME v3 codes): formations in their domaine/sous-domaine score a bonus, and every
candidate is ranked by the idf-weighted overlap of its title with the métier's words (title, job titles,
ONISEP names). A métier with no ONISEP link keeps only the formations whose titles share its rarer words.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from communs.apps.build_source import source_folder
from communs.apps.orientation.catalog import excerpt
from communs.search.analysis import query_terms

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "orientation.json.gz"
FORMATIONS_PER_METIER = 60
# Linked: shared words worth 3 (one rare word, idf ≥ 3, of the ROME title counts twice), and among them a word of the
# ROME title that is not a mere head ("conducteur"), or two words of the other names ("vétérinaire des armées"
# shares only "armées" with "béton armé").
MIN_SCORE = 3.0
DEFINITION_CHARS = 700
ACCESS_CHARS = 500
# RNCP level → years of study after the bac when the diploma is obtained (CAP: two years after the 3e).
RNCP_BAC_PLUS = {3: -1, 4: 0, 5: 2, 6: 3, 7: 5, 8: 8}
# Words too common in training titles to tell métiers apart.
GENERIC = set(
    query_terms(
        "diplome formation mention option specialite parcours metier metiers bac licence pro "
        "master bachelor titre professionnel certificat brevet technicien superieur ecole "
        "national etat niveau responsable charge assistant agent"
    )
)
# Heads of many job titles: they count in a score, but alone they do not link a formation to a métier.
HEADS = set(
    query_terms("conducteur technicien ouvrier operateur chef directeur employe conseiller animateur gestionnaire")
)


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("''", "'")).strip()


def _years(value: str) -> float | None:
    match = re.match(r"(\d+)\s*(an|ans|semaines)", value.strip())
    if not match:
        return None
    number = int(match.group(1))
    return round(number / 52, 2) if match.group(2) == "semaines" else float(number)


def _formations(folder: Path) -> list[dict[str, Any]]:
    out = []
    for row in _rows(folder / "ideo-formations_initiales_en_france_2022.csv", ";"):
        found = re.match(r"niveau (\d)", row["libellé niveau RNCP"])  # the "niveau RNCP" column is the old scale
        level = int(found.group(1)) if found else 0
        out.append(
            {
                "title": _clean(row["libellé formation principal"]),
                "type": _clean(row["libellé type formation"]),
                "level": level if level in RNCP_BAC_PLUS else None,
                "years": _years(row["durée"]),
                "url": row["lien site onisep.fr"].strip().replace("http://", "https://", 1),
                "domains": sorted({d.strip() for d in row["domaine/sous-domaine"].split("|") if d.strip()}),
            }
        )
    return out


def _texts(rome: Path) -> tuple[dict[str, str], dict[str, str]]:
    parts: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for row in _rows(rome / "unix_texte_v460_utf8.csv"):
        parts[(row["code_rome"], row["libelle_type_texte"])].append((int(row["position_phrase"]), row["libelle_texte"]))

    def joined(code: str, kind: str, limit: int) -> str:
        sentences = [_clean(s) for _, s in sorted(parts.get((code, kind), []))]
        return excerpt(" ".join(s if s.endswith((".", "!", "?")) else s + "." for s in sentences if s), limit)

    codes = {code for code, _ in parts}
    return (
        {c: joined(c, "definition", DEFINITION_CHARS) for c in codes},
        {c: joined(c, "acces_metier", ACCESS_CHARS) for c in codes},
    )


def _competences(rome: Path) -> dict[str, dict[str, list[str]]]:
    """Per ROME code: its savoir-faire ("skills"), savoirs ("knowledge"), core ones first (coeur_metier), each in the
    fiche's order, and its contextes de travail ("contexts")."""
    skills = {
        r["code_ogr"]: _clean(r["libelle_competence"])
        for r in _rows(rome / "unix_referentiel_competence_v460_utf8.csv")
    }
    knowledge = {
        r["code_ogr_savoir"]: _clean(r["libelle_savoir"]) for r in _rows(rome / "unix_referentiel_savoir_v460_utf8.csv")
    }
    contexts = {
        r["code_ogr"]: _clean(r["libelle_cont_travail"])
        for r in _rows(rome / "unix_referentiel_contexte_travail_v460_utf8.csv")
    }
    core = {
        (r["code_rome"], r["code_ogr"]) for r in _rows(rome / "unix_coherence_item_v460_utf8.csv") if r["coeur_metier"]
    }
    found: dict[str, dict[str, list[tuple[bool, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(rome / "unix_liens_rome_referentiels_v460_utf8.csv"):
        code, ogr, block, rubric = row["code_rome"], row["code_ogr"], row["code_compo_bloc"], row["code_rubrique"]
        if block == "5" and rubric == "1" and ogr in skills:
            found[code]["skills"].append(((code, ogr) not in core, skills[ogr]))
        elif block == "5" and rubric == "3" and ogr in knowledge:
            found[code]["knowledge"].append(((code, ogr) not in core, knowledge[ogr]))
        elif block == "6" and ogr in contexts:
            found[code]["contexts"].append((False, contexts[ogr]))
    return {
        code: {
            kind: list(dict.fromkeys(label for _, label in sorted(items, key=lambda x: x[0])))
            for kind, items in kinds.items()
        }
        for code, kinds in found.items()
    }


def _weights(title: str, others: list[str]) -> dict[str, float]:
    """Words of a métier: those of its ROME title count twice, those of its other names once."""
    weights = {t: 1.0 for other in others for t in query_terms(other)}
    weights.update({t: 2.0 for t in query_terms(title)})
    return {t: w for t, w in weights.items() if t not in GENERIC}


def _rank(score: float, title_terms: set[str], wanted: dict[str, float], shared_domains: set[str]) -> float:
    """Shared words, a bonus for a shared ONISEP domain, a small cost for each word of the title not shared."""
    return score + (1.5 if shared_domains else 0.0) - 0.3 * len(title_terms - wanted.keys())


def build(source: Path) -> dict[str, Any]:
    rome, onisep = source / "rome4", source / "onisep"
    definitions, access = _texts(rome)
    competences = _competences(rome)
    fiches = _rows(rome / "unix_referentiel_code_rome_v460_utf8.csv")
    labels: dict[str, list[str]] = defaultdict(list)
    for row in _rows(rome / "unix_referentiel_appellation_v460_utf8.csv"):
        if row["peu_usite"] != "O":
            labels[row["code_rome"]].append(_clean(row["libelle_appellation_long"]))
    interests: dict[str, list[int]] = defaultdict(list)
    for row in _rows(rome / "unix_arborescence_centre_interet_v460_utf8.csv"):
        interests[row["code_rome"]].append(int(row["code_centre_interet"]))
    riasec = {
        r["code_rome"]: r["riasec_majeur"] + r["riasec_mineur"]
        for r in _rows(rome / "unix_referentiel_code_rome_riasec_v460_utf8.csv")
    }
    onisep_metiers: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows(onisep / "ideo-metiers_onisep_2022.csv", ";"):
        onisep_metiers[row["code ROME"].strip()].append(row)

    formations = _formations(onisep)
    terms = [set(query_terms(f["title"])) - GENERIC for f in formations]
    df = Counter(t for ts in terms for t in ts)
    by_term: dict[str, list[int]] = defaultdict(list)
    for i, ts in enumerate(terms):
        for t in ts:
            by_term[t].append(i)
    idf = {t: math.log(len(formations) / n) for t, n in df.items()}

    metiers = []
    for fiche in fiches:
        code = fiche["code_rome"]
        linked = onisep_metiers.get(code) or onisep_metiers.get(fiche["code_rome_parent"], [])
        wanted = _weights(fiche["libelle_rome"], [*labels[code], *(m["libellé métier"] for m in linked)])
        domains = {d.strip() for m in linked for d in m["domaine/sous-domaine"].split("|") if d.strip()}
        scores: dict[int, float] = defaultdict(float)
        common: dict[int, set[str]] = defaultdict(set)
        for t, weight in wanted.items():
            for i in by_term.get(t, ()):
                scores[i] += weight * idf[t]
                common[i].add(t)
        title_terms = {t for t, w in wanted.items() if w == 2.0} - HEADS
        ranked = sorted(
            (i for i, s in scores.items() if s >= MIN_SCORE and (common[i] & title_terms or len(common[i]) >= 2)),
            key=lambda i: (-_rank(scores[i], terms[i], wanted, domains & set(formations[i]["domains"])), i),
        )
        metiers.append(
            {
                "code": code,
                "title": _clean(fiche["libelle_rome"]),
                "domain": code[0],
                "definition": definitions.get(code, ""),
                "access": access.get(code, ""),
                "labels": sorted(set(labels[code])),
                "interests": sorted(set(interests[code])),
                "riasec": riasec.get(code, ""),
                "skills": competences.get(code, {}).get("skills", []),
                "knowledge": competences.get(code, {}).get("knowledge", []),
                "contexts": competences.get(code, {}).get("contexts", []),
                "onisep": sorted({m["lien site onisep.fr"].strip().replace("http://", "https://", 1) for m in linked}),
                "formations": ranked[:FORMATIONS_PER_METIER],
            }
        )
    return {
        "interests": {
            r["code_centre_interet"]: _clean(r["libelle_centre_interet"])
            for r in _rows(rome / "unix_centre_interet_v460_utf8.csv")
        },
        "domains": {
            r["code_grand_domaine"]: _clean(r["libelle_grand_domaine"])
            for r in _rows(rome / "unix_grand_domaine_v460_utf8.csv")
        },
        "metiers": metiers,
        "formations": [{k: f[k] for k in ("title", "type", "level", "years", "url")} for f in formations],
    }


def main(argv: list[str]) -> None:
    data = build(source_folder(argv, "communs.apps.orientation.build", ("rome4", "onisep")))
    DATA.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    OUT.write_bytes(gzip.compress(payload, mtime=0))
    linked = sum(1 for m in data["metiers"] if m["formations"])
    counts = f"{len(data['metiers'])} métiers ({linked} with formations), {len(data['formations'])} formations"
    print(f"wrote {OUT.name}: {counts}, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv)
