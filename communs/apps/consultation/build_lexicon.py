"""Build the packaged drug lexicon (``data/drugs.json.gz``) from BDPM, edsnlp's ATC lexicon and the ANSM thesaurus.

    python -m communs.apps.consultation.build_lexicon SOURCE_DIR    # the folder holding bdpm/ and fr_drug_lexicons/

Inputs (see their SOURCE.txt): ``bdpm/CIS_bdpm.txt``, ``bdpm/CIS_COMPO_bdpm.txt``, ``bdpm/CIS_GENER_bdpm.txt``,
``fr_drug_lexicons/edsnlp_romedi_atc_drugs.json``, ``fr_drug_lexicons/index-des-substances-20102020.json``,
``fr_drug_lexicons/thesaurus-referentiel-national-des-interactions-medicamenteuses-20102020.json``.
Homeopathic registrations are left out. A one-word name is a key when it is rare in French (wordfreq Zipf < 2.3),
or, up to Zipf 3.5, when it has an ATC code (aspirine, morphine, xanax) and is not in ``ORDINARY``.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from communs.apps.build_source import source_folder
from communs.apps.consultation.normalize import norm
from communs.apps.consultation.strength import parse_strength

OUT = Path(__file__).parent / "data" / "drugs.json.gz"
RARE_ZIPF = 2.3  # a one-word name rarer than this in French is a key
COMMON_ZIPF = 3.5  # one-word names between the two are keys only with an ATC code and not in ORDINARY
# names that edsnlp or BDPM list but that are ordinary French words, first names or English words
ORDINARY = {
    "alli", "carlin", "sylviane", "jasmine", "antigone", "estima", "divina", "tobi", "dio", "fractal", "hec", "drill",
    "refresh", "acariens", "collyre", "ringer", "glucose", "soufre", "potassium", "evra", "cortisone", "solute",
    "oxygene", "helium", "methane", "electrolytes", "acides amines", "gelatine", "amanita", "sepia", "marga", "azote",
}  # fmt: skip
# salt, hydrate and form words dropped to get the active moiety ("lévothyroxine sodique" -> "levothyroxine")
SALT_WORDS = {
    "anhydre", "trihydrate", "trihydratee", "monohydrate", "monohydratee", "dihydrate", "dihydratee", "hemihydrate",
    "hemihydratee", "sesquihydrate", "sesquihydratee", "pentahydrate", "sodique", "potassique", "calcique",
    "magnesique", "disodique", "base", "hydrate", "hydratee", "micronise", "micronisee", "chlorhydrate",
    "maleate", "besilate", "fumarate", "tartrate", "succinate", "mesilate", "sulfate", "phosphate", "acetate",
    "citrate", "bromhydrate", "dipropionate", "propionate", "valerate", "furoate", "xinafoate", "bromure",
    "lysine", "dl", "de", "d", "sel", "sodium", "potassium", "calcium", "tert", "butylamine", "erbumine",
    "arginine", "hyclate", "monosodique", "hemifumarate", "dimaleate",
}  # fmt: skip
KEEP_WHOLE = {"chlorure de potassium", "chlorure de sodium", "acide folique", "acide acetylsalicylique"}
NOT_KEYS = {"acide", "chlorure", "sodium", "potassium", "calcium", "magnesium", "solution", "vitamine", "gel", "creme"}


def read_tsv(path: Path, encoding: str = "cp1252") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return [[c.strip() for c in row] for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def moiety(substance: str) -> str:
    """Normalised active moiety of a BDPM substance name."""
    key = norm(substance)
    if key in KEEP_WHOLE:
        return key
    words = [w for w in key.split() if w not in SALT_WORDS]
    if len(words) > 1 and words[-1] == "acide":  # "CLAVULANIQUE (ACIDE)"
        words = ["acide", *words[:-1]]
    return " ".join(words) or key


def spelled(substance: str) -> str:
    """The moiety as BDPM spells it, accents kept ("IBUPROFÈNE SODIQUE DIHYDRATÉ" -> "ibuprofène")."""
    words = [w for w in re.split(r"[\s()]+", substance.lower()) if w and norm(w) not in SALT_WORDS]
    return " ".join(words)


def brand_of(denomination: str) -> str:
    """The product's name before its strength and form: "DOLIPRANE 1000 mg, comprimé" -> "doliprane"."""
    head = denomination.split(",")[0]
    head = re.split(r"\s(?=\d)|\s\(", head)[0]
    return norm(head)


def build(source: Path) -> dict:
    from wordfreq import zipf_frequency

    bdpm, lex = source / "bdpm", source / "fr_drug_lexicons"
    products: dict[str, list] = {}
    for row in read_tsv(bdpm / "CIS_bdpm.txt"):
        if len(row) < 7 or "homéo" in row[5]:
            continue
        products[row[0]] = [row[1], row[2], row[3], row[6] == "Commercialisée", []]
    # composition: the moiety of the therapeutic fraction (FT) of each link number when there is one, and the
    # strengths of both rows ("lévothyroxine sodique 75 µg" is labelled 75 µg, its FT 72,96 µg)
    compo: dict[tuple[str, str], dict] = {}
    display: dict[str, str] = {}  # moiety -> its accented spelling
    for row in read_tsv(bdpm / "CIS_COMPO_bdpm.txt"):
        if len(row) < 8 or row[0] not in products:
            continue
        entry = compo.setdefault((row[0], row[7]), {"moiety": "", "strengths": [], "reference": ""})
        if not entry["moiety"] or row[6] == "FT":
            entry["moiety"] = moiety(row[3])
            if norm(spelled(row[3])) == entry["moiety"]:
                display.setdefault(entry["moiety"], spelled(row[3]))
        strength = parse_strength(row[4])
        if strength and strength not in entry["strengths"]:
            entry["strengths"].append(strength)
        entry["reference"] = entry["reference"] or norm(row[5])
    for (cis, _), entry in compo.items():
        products[cis][4].append([entry["moiety"], entry["strengths"], entry["reference"]])

    atc_of: dict[str, str] = {}
    inn: dict[str, list[str]] = {}
    for code, atc_names in json.loads((lex / "edsnlp_romedi_atc_drugs.json").read_text()).items():
        if len(code) < 7:  # a class ("preparations stomatologiques"), not a substance
            continue
        inn[code] = [norm(n) for n in atc_names if n == n.lower()]
        for name in atc_names:
            atc_of.setdefault(norm(name), code)

    def is_key(key: str) -> bool:
        if len(key) < 4 or key in NOT_KEYS or key in ORDINARY:
            return False
        if " " in key:
            return True
        zipf = zipf_frequency(key, "fr")
        return zipf < RARE_ZIPF or (zipf < COMMON_ZIPF and key in atc_of)

    names: dict[str, set[str]] = defaultdict(set)
    for cis, (denomination, *_rest, substances) in products.items():
        brand = brand_of(denomination)
        candidates = {brand, brand.split()[0] if brand else ""}
        candidates |= {s for s, _, _ in substances}
        for key in candidates:
            if is_key(key):
                names[key].add(cis)
    # edsnlp names with no BDPM product keep their ATC code only (known drug, no marketed product here)
    for key in atc_of:
        if is_key(key):
            names.setdefault(key, set())

    classes = {
        norm(entry["substance"]): [norm(c) for c in entry["drug_classes"]]
        for entry in json.loads((lex / "index-des-substances-20102020.json").read_text())
    }
    thesaurus = lex / "thesaurus-referentiel-national-des-interactions-medicamenteuses-20102020.json"
    interactions = [
        [norm(i["main_drug"]), norm(i["plus_drug"]), i["severity_levels"][0]["level"] if i["severity_levels"] else "",
         " ".join(i["interaction_mechanism"].split()), i["main_drug"].strip().lower(), i["plus_drug"].strip().lower()]
        for i in json.loads(thesaurus.read_text())
    ]  # fmt: skip
    return {
        "products": products,
        "names": {k: sorted(v) for k, v in sorted(names.items())},
        "atc": atc_of,
        "inn": inn,
        "display": display,
        "classes": classes,
        "interactions": interactions,
    }


def main(argv: list[str]) -> None:
    data = build(source_folder(argv, "communs.apps.consultation.build_lexicon", ("bdpm", "fr_drug_lexicons")))
    OUT.parent.mkdir(exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))  # no date in the header: the same bytes each time
    print(f"{OUT}: {len(data['products'])} products, {len(data['names'])} names, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv)
