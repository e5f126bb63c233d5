#!/usr/bin/env python3
"""Second, independent labelling (labeller B) of ZenIA blind set K (k01-k60).

Each list holds 2-8 ROME 4.0 (v460) codes a good adviser would accept in a top 5 for the
profile: what the person wants now (not their past job), respecting stated constraints.
Order = labeller's preference (first = best). Standard library only.
Writes gold_b.json next to this file; exits 1 on any format error.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROME_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"
CODE_RE = re.compile(r"^[A-N][0-9]{4}$")

GOLD_B = {
    # restoring old 50cc scooters, 14 y.o.
    "k01": ["I1607", "I1627", "I1604", "I1606", "I1609", "I1619", "I1624"],
    # family birthday cakes, CAP or lycée
    "k02": ["D1104", "G1610", "D1117", "D1115", "D1102", "D1118"],
    # caring for horses, not teaching riding
    "k03": ["A1421", "A1510", "A1439", "A1309", "A1502", "L1403", "A1501"],
    # storms, weather station
    "k04": ["M1809", "M1893", "M1891", "M1890", "K2407", "M1888"],
    # crime-scene evidence, good in science
    "k05": ["K1721", "H1210", "K2402", "J1110", "K1710", "J1302"],
    # explaining society with data tables
    "k06": ["M1403", "M1414", "K2133", "M1419", "K2134", "K2401", "M1405"],
    # world of books, not writer
    "k07": ["E1105", "D1211", "K1603", "E1108", "E1312", "E1101", "E1106"],
    # green energy, field installation/repair, no design office
    "k08": ["F1610", "I1321", "F1602", "F1620", "H2701", "F1628"],
    # helping families with CAF files
    "k09": ["K1225", "K1201", "K1205", "K1204", "K1305"],
    # wine advice in restaurant
    "k10": ["G1804", "G1806", "G1802", "G1810", "G1803"],
    # organising stock and orders, beyond forklift
    "k11": ["N1303", "N1302", "H1403", "N1301", "N1110", "H1401", "N1112"],
    # airliner maintenance
    "k12": ["I1602", "I1334", "H2901", "H2602", "H1506"],
    # nail art, own salon later
    "k13": ["D1240", "D1208", "D1225"],
    # gym coaching, no long university studies
    "k14": ["G1217", "G1204", "G1218", "G1209", "G1215"],
    # leaving prépa: hands-on physics, machines, no engineering school
    "k15": ["I1304", "I1302", "H1210", "I1318", "I1305", "H2912", "I1327", "H1516"],
    # listening to and supporting people in difficulty, not necessarily psychologist
    "k16": ["K1201", "K1207", "K1221", "K1204", "K1101", "K1225", "K1211", "K1801"],
    # app mock-ups and usability, no coding
    "k17": ["E1206", "E1210", "E1205", "E1104", "M1412"],
    # hospital organisation, no care
    "k18": ["M1609", "M1212", "M1601", "D1436", "M1602", "M1621"],
    # tattooing (appellation tatoueur under D1208)
    "k19": ["D1208", "E1211", "D1239", "B1101"],
    # beekeeping, selling not the main job
    "k20": ["A1429", "A1416", "A1419"],
    # rail driving
    "k21": ["N4301", "N4303", "N4305", "N4119", "N4401", "N4403"],
    # florist, no screen, CAP accepted
    "k22": ["D1209", "A1414", "D1219", "B1301"],
    # relaxation for stressed adults, no classroom teaching
    "k23": ["K1106", "K1103", "D1222", "K1108", "K1105"],
    # pork butchery, no financial sales
    "k24": ["D1103", "D1101", "D1112", "D1111", "D1109"],
    # helping job seekers
    "k25": ["K1801", "K1224", "K1814", "K1812", "K2111", "K1815", "M1502"],
    # crêpes food truck
    "k26": ["G1612", "G1613", "D1110", "G1609"],
    # gardens, terraces, dry-stone walls, daytime outdoors
    "k27": ["A1208", "F1707", "F1703", "A1211", "A1203", "F1612", "A1206"],
    # teaching maths
    "k28": ["K2107", "K2129", "K2122", "K2111"],
    # image consulting, stage make-up, no hair chemicals
    "k29": ["D1241", "L1501", "D1208"],
    # energy-renovation advice, no heavy physical work
    "k30": ["F1114", "F1103", "F1113", "F1201", "D1407", "K2111"],
    # PC troubleshooting, no sales
    "k31": ["I1401", "I1404", "M1874", "I1407", "M1869", "M1810"],
    # ex-soldier: training or site security
    "k32": ["K2502", "K2111", "K2503", "K1705", "K1707", "K2508"],
    # payroll specialisation
    "k33": ["M1507", "M1509", "M1501", "M1203"],
    # emergency phone calm, no carrying
    "k34": ["D1436", "N4204", "D1428", "K2509", "K2111"],
    # no office, no study after bac, no customer service, no night
    "k35": ["A1203", "F1703", "A1419", "F1606", "N1101", "N1103", "A1210"],
    # no clients, no phone, no weekends, training <= 1 year
    "k36": ["M1606", "M1213", "N1103", "H3302", "K2205", "H2909", "M1602"],
    # no noise/crowd, no boss on the back, stay in the countryside
    "k37": ["A1433", "A1429", "A1416", "A1202", "A1205", "A1403", "A1511"],
    # no children, sick people, sales, office, driving
    "k38": ["N1103", "K2205", "G1602", "H2105", "H3302", "A1203", "G1501"],
    # video games, 13 y.o.
    "k39": ["E1125", "M1831", "E1115", "E1205", "L1510", "E1111", "M1815"],
    # working with elderly people
    "k40": ["K1302", "K1304", "J1501", "K1306", "K1311", "K1312"],
    # firefighter
    "k41": ["K1705", "K1702", "K2503", "J1305"],
    # something linked to the sea
    "k42": ["N3102", "A1415", "N3101", "I1605", "A1404", "I1502", "F1504", "F1142"],
    # wheelchair user, building trade, CAD, seated
    "k43": ["F1104", "H1203", "F1108", "F1120", "F1125", "F1106", "F1110"],
    # watch repair, Besançon, no driving licence
    "k44": ["B1604", "B1616", "H2909", "H3405", "B1605", "B1610"],
    # sewing alterations, part-time, seated
    "k45": ["D1207", "B1803", "L1502", "H2402", "B1804"],
    # welding, Saint-Nazaire shipyards
    "k46": ["H2913", "H2917", "H2916", "H2902", "H2914", "H2911"],
    # deaf, photography and retouching, no phone
    "k47": ["E1201", "E1203", "E1205", "L1505", "E1306", "E1208"],
    # mason, no carrying, stay in building
    "k48": ["F1202", "F1201", "F1108", "F1103", "F1130", "F1204", "K2111", "F1104"],
    # Asperger, calm, classifying and indexing
    "k49": ["K1601", "K1602", "K1603", "M1602", "M1606", "K1606", "E1312"],
    # designing escape-room puzzles
    "k50": ["E1126", "E1125", "G1414", "L1513", "G1223", "E1102"],
    # knife sharpening and repair
    "k51": ["B1601", "H2918", "H2904"],
    # sneaker resale and authentication
    "k52": ["D1243", "D1211", "D1214", "M1101", "E1113", "D1302", "D1438"],
    # game balancing with spreadsheets, BUT SD
    "k53": ["E1125", "M1419", "M1405", "M1414", "M1851", "M1815"],
    # 3D modelling and printing of parts
    "k54": ["H1235", "H1203", "H1204", "H1206", "E1205", "G1238", "M1305"],
    # theatre costumes and cosplay sewing
    "k55": ["L1502", "L1520", "B1803", "B1812", "H2412", "B1813", "L1518"],
    # live sound mixing
    "k56": ["L1508", "L1512", "I1329", "L1511", "L1515"],
    # dog training and behaviour
    "k57": ["A1426", "A1509", "A1508", "A1511", "A1503"],
    # genealogy
    "k58": ["K2140", "K1601", "K1603", "K1602"],
    # meaningful for the planet, concrete daily result
    "k59": ["F1114", "F1610", "A1433", "K2309", "A1202", "K2310", "A1203", "I1321"],
    # honesty, same rules for all
    "k60": ["K1904", "K1708", "L1402", "K1506", "K1502", "K1706", "K1503", "M1202"],
}

ABOUT = ("ZenIA blind set K, second independent labelling (labeller B): for each profile "
         "k01-k60, 2-8 ROME 4.0 v460 codes a good adviser would accept in a top 5, "
         "respecting constraints; order = preference. Written from profiles_only.json and "
         "the ROME v460 CSVs only, without seeing the first labeller's gold or the project's code.")


def main():
    with open(ROME_CSV, encoding="utf-8") as f:
        valid = {r["code_rome"] for r in csv.DictReader(f)}
    errors = []
    expected = ["k%02d" % i for i in range(1, 61)]
    for pid in expected:
        if pid not in GOLD_B:
            errors.append("%s: missing" % pid)
    for pid, codes in GOLD_B.items():
        if pid not in expected:
            errors.append("%s: unexpected id" % pid)
        if not 2 <= len(codes) <= 8:
            errors.append("%s: %d codes (need 2-8)" % (pid, len(codes)))
        if len(set(codes)) != len(codes):
            errors.append("%s: repeated code" % pid)
        for c in codes:
            if not CODE_RE.match(c):
                errors.append("%s: %r is not a well-formed ROME code" % (pid, c))
            elif c not in valid:
                errors.append("%s: %s not in ROME v460" % (pid, c))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    out = {k: GOLD_B[k] for k in expected}
    with open(os.path.join(HERE, "gold_b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(v) for v in GOLD_B.values())
    sizes = {}
    for v in GOLD_B.values():
        sizes[len(v)] = sizes.get(len(v), 0) + 1
    print("OK: %d profiles, %d codes (%d distinct), mean %.2f, sizes %s -> gold_b.json"
          % (len(GOLD_B), n, len({c for v in GOLD_B.values() for c in v}), n / len(GOLD_B),
             dict(sorted(sizes.items()))))


if __name__ == "__main__":
    main()
