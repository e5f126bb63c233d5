#!/usr/bin/env python3
"""Labeller B gold for ZenIA blind set F (orientation profiles f01-f60).

Hand-written lists of ROME 4.0 métier codes judged acceptable in a top-5 answer.
Standard library only. Writes gold_b.json next to this file and fails (exit 1)
unless every code exists in the ROME 4.0 CSV, every list has 2-8 distinct codes
and all 60 ids f01..f60 are present. Licence: MIT.
"""

import csv
import json
import sys
from pathlib import Path

ROME_CSV = Path("/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv")
OUT = Path(__file__).resolve().parent / "gold_b.json"

GOLD_B: dict[str, list[str]] = {
    # bikes, CAP/bac pro after 3e: cycles/motocycles mechanics, bike advisor
    "f01": ["I1619", "I1607", "I1628", "D1211"],
    # cosplay sewing + foam armour: costumes, couture, props, fashion design
    "f02": ["L1502", "L1520", "B1803", "L1503", "B1805", "B1812"],
    # telescope, maths/physics, long studies OK: astronomy, research
    "f03": ["K2409", "K2410", "K2402", "K2108"],
    # fish, river fishing, stay in Cantal: fish farming, river warden, fishing guide
    "f04": ["A1424", "A1431", "A1204", "G1229", "D1210", "A1202"],
    # manga drawing + animation, dyslexic (little writing): illustration, animation
    "f05": ["E1211", "L1510", "E1207", "E1205", "E1125"],
    # toddlers, short studies
    "f06": ["J1304", "K1307", "K1308", "K1310", "K1303"],
    # wiring sockets with dad: electricians
    "f07": ["F1602", "I1309", "F1134", "F1605", "F1628", "F1622"],
    # oyster parks, stay on Oléron
    "f08": ["A1404", "A1430", "A1438", "G1608"],
    # filming + editing skate videos
    "f09": ["L1507", "L1505", "L1306", "E1207", "E1406", "E1104"],
    # minerals, plate tectonics, science faculty
    "f10": ["F1105", "F1143", "F1115", "F1118", "F1128", "K2402"],
    # archaeology digs, history, not teaching
    "f11": ["K2125", "K2140", "K1602", "G1222", "G1106", "K1213"],
    # football stats, numbers, not shut in a lab
    "f12": ["G1211", "M1419", "M1414", "M1405", "M1403", "C1105"],
    # Spanish/Portuguese/English, translating for mother
    "f13": ["E1108", "E1123", "K1226", "G1227", "D1429", "E1120"],
    # ACL rehab, how the body heals
    "f14": ["J1404", "J1413", "J1415", "G1218", "J1408", "J1126"],
    # weather station, storms, climate, long studies OK
    "f15": ["M1809", "M1891", "K2407", "M1888", "M1893", "F1142"],
    # bac pro vehicles but loves tractors/harvesters
    "f16": ["I1603", "I1616", "A1101", "I1110"],
    # bac pro AGORA, first aid volunteer, help people in distress, not physical
    "f17": ["D1436", "K1221", "K1205", "K1201", "M1609"],
    # welding + metal sculpture
    "f18": ["H2913", "H2902", "B1601", "B1101", "H2911", "H2916"],
    # logistics: organise rounds and stocks, BTS by apprenticeship
    "f19": ["N4203", "N1303", "N1301", "N1302", "N1201"],
    # bac pro ASSP, elderly people, stay in Creuse
    "f20": ["J1501", "K1302", "K1306", "K1311", "K1206"],
    # STI2D energy, solar panels, field work
    "f21": ["F1610", "I1321", "F1620", "F1628", "F1114", "F1602"],
    # STMG, Vinted reseller, BTS, fashion / e-commerce
    "f22": ["D1438", "E1113", "D1243", "D1214", "D1302", "D1506", "M1101"],
    # STAV, wine cellar, tanks, analyses, taste
    "f23": ["A1423", "A1446", "A1422", "A1418", "G1804"],
    # autistic brother, pictograms, ST2S, no medicine
    "f24": ["K1207", "K1208", "J1412", "J1406", "K2113", "K1314"],
    # L1 psycho dropout, loves student listening line
    "f25": ["K1221", "K1201", "K1207", "K1204", "K1205", "K1208"],
    # left MPSI, Arduino/robots, BUT or apprenticeship
    "f26": ["H1209", "H1208", "I1302", "M1805", "M1892", "H1206"],
    # business school student, sourdough bread, wants manual work
    "f27": ["D1102", "D1108", "D1104", "G1609"],
    # L2 biology, no lab, naturalist inventories
    "f28": ["A1306", "A1204", "G1240", "A1303", "A1313"],
    # BUT info, dislikes coding, fixes PCs, explains
    "f29": ["I1401", "I1404", "G1238", "K2111", "M1869", "M1810"],
    # English licence, not teaching, proofreading, books
    "f30": ["E1312", "E1105", "E1108", "K1603", "D1211"],
    # CAP joiner, sailing boats, stay near Vannes
    "f31": ["H2213", "F1504", "I1601"],
    # hairdressing apprentice, dye allergy, style advice, wigs
    "f32": ["D1215", "D1241", "L1516", "D1214"],
    # ex-waiter, herniated discs (no loads, no long standing), welcoming tourists
    "f33": ["G1101", "G1703", "G1303", "G1704", "M1601"],
    # ex-shelf employee, vegetable garden, no driving licence
    "f34": ["D1219", "A1440", "A1414", "A1441", "A1433", "A1203"],
    # ex-infantry, protect people, no more deployments
    "f35": ["K1707", "K1705", "K1706", "K2503", "K2502", "K1711"],
    # international trucker, home every night, likes driving
    "f36": ["N4101", "N4105", "N4103", "N4109", "N4118", "N4107"],
    # bank teller, silver rings (melting, hammering)
    "f37": ["B1605", "B1613", "B1608", "B1606", "B1603", "B1610"],
    # car assembly line, renovated house (plaster, tiles, paint, plumbing)
    "f38": ["I1203", "F1604", "F1608", "F1606", "F1603"],
    # afternoons only, dog training/agility, dog sitting
    "f39": ["A1426", "A1511", "A1503", "D1210"],
    # developer, wants to be useful for the planet, energy at home
    "f40": ["M1410", "F1114", "F1113", "M1413", "M1411", "A1313"],
    # ex-chambermaid, knees (seated), no diploma, ES/IT speaker, stay in Lourdes
    "f41": ["G1101", "G1704", "G1703", "M1601", "D1408"],
    # body painter, lungs (no paint/solvents), estimates damage, likes clients
    "f42": ["C1113", "I1623", "C1107", "D1404", "D1223", "C1109"],
    # school teacher dreaming of the train cab
    "f43": ["N4301", "N4305", "N4119", "N4302", "N4401", "N4303"],
    # call centre, persuasive, numbers, bank/insurance, no licence, Limoges
    "f44": ["C1102", "C1206", "C1201", "C1109", "C1401"],
    # graphic designer, no more screens, screen printing
    "f45": ["E1301", "H2408", "B1101", "E1303"],
    # real estate assistant, funeral staff, accompany families
    "f46": ["K2602", "K2605", "K2604", "K2601"],
    # no diploma, forklift temp, climber, no fear of heights
    "f47": ["I1501", "A1209", "F1505", "F1619", "F1605", "F1623"],
    # self-employed plumber, wants stable salaried/public job in his town
    "f48": ["K2301", "K2317", "I1203", "F1603", "F1627", "I1308"],
    # 58, ex medical sales rep, mentors young job seekers
    "f49": ["K1801", "K1812", "K2112", "K2111", "M1502"],
    # 54, industrial seamstress (leather, thick fabrics), no car, Épinal
    "f50": ["H2402", "D1207", "B1806", "B1811", "B1809", "B1802", "H2401"],
    # 52, butcher, hand arthritis (no cutting), stay in food
    "f51": ["A1305", "D1106", "D1502", "H1503", "K2111"],
    # 57, executive assistant, part-time, parties and trips
    "f52": ["E1117", "E1107", "G1303", "G1301", "G1305"],
    # back to work, mostly remote, parents' association accounts
    "f53": ["M1213", "M1225", "M1203", "M1608", "M1507"],
    # ex-baker, single father, weekdays 8:30-17:00 only
    "f54": ["G1606", "G1607", "K2111", "D1407", "H1503"],
    # back to work, football club treasurer, organised tournaments/trips, bac
    "f55": ["M1225", "M1213", "M1608", "M1602", "E1107"],
    # Colombian agronomist, B1 French, diploma not recognised, Montpellier
    "f56": ["A1301", "A1303", "A1304", "A1420", "H1210"],
    # Moroccan refrigeration/AC technician, Bordeaux
    "f57": ["I1306", "I1316", "F1620", "I1325"],
    # Eritrean fisherman, A1-A2 French, no diploma, Boulogne-sur-Mer
    "f58": ["A1415", "H2105", "D1105", "N3203", "A1425"],
    # Russian piano teacher, choir accompanist, piano tuner, Metz
    "f59": ["K2105", "B1501", "L1202", "D1211"],
    # Algerian midwife, diploma not yet recognised, Toulon, mothers and babies
    "f60": ["J1304", "J1104", "J1501", "K1307", "K1305"],
}


def main() -> int:
    with ROME_CSV.open(encoding="utf-8", newline="") as fh:
        rome = {row["code_rome"]: row["libelle_rome"] for row in csv.DictReader(fh)}
    errors: list[str] = []
    expected = [f"f{i:02d}" for i in range(1, 61)]
    missing = [pid for pid in expected if pid not in GOLD_B]
    extra = [pid for pid in GOLD_B if pid not in expected]
    if missing:
        errors.append(f"missing ids: {missing}")
    if extra:
        errors.append(f"unexpected ids: {extra}")
    for pid, codes in GOLD_B.items():
        if not 2 <= len(codes) <= 8:
            errors.append(f"{pid}: {len(codes)} codes (need 2-8)")
        if len(set(codes)) != len(codes):
            errors.append(f"{pid}: duplicate codes {codes}")
        for code in codes:
            if code not in rome:
                errors.append(f"{pid}: unknown ROME code {code}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    doc = {
        "about": (
            "ZenIA blind set F, second independent labeller (B): for each profile f01-f60, "
            "2-8 ROME 4.0 metier codes (France Travail v460) judged acceptable in a top-5 answer, "
            "labelled blind from profiles_only.json and ROME definitions only. Licence: MIT."
        ),
        "gold_b": {pid: GOLD_B[pid] for pid in expected},
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(v) for v in GOLD_B.values())
    print(f"wrote {OUT} ({len(expected)} profiles, {n} codes, all in ROME CSV)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
