#!/usr/bin/env python3
"""Second, independent labelling (labeller B) of ZenIA blind set J (j01-j60).

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
    # video editing of skate clips, 14 y.o.
    "j01": ["L1507", "L1306", "L1505", "E1104", "E1207", "E1201"],
    # young children, creative games, patience
    "j02": ["K1202", "K2106", "K1307", "J1304", "G1203", "K1303", "K1310"],
    # caring for animals, no sales
    "j03": ["A1501", "A1506", "A1504", "A1511", "A1503", "A1505"],
    # electricity, hands-on, CAP / bac pro
    "j04": ["F1602", "I1309", "F1605", "F1610", "F1628", "H2602"],
    # defending people who were cheated, long studies OK
    "j05": ["K1903", "K1904", "K1506", "K1509"],
    # CTF, finding vulnerabilities
    "j06": ["M1866", "M1844", "M1856", "M1819", "M1833", "M1883", "M1863"],
    # protecting oceans, no fishing
    "j07": ["F1142", "A1306", "A1204", "A1313", "K2402", "A1303", "G1240"],
    # bookkeeping, accounts that balance
    "j08": ["M1203", "M1213", "M1225", "M1211", "M1204", "M1207"],
    # sterile work, vaccine plant
    "j09": ["H2302", "H2303", "H1510", "H1503", "H1521", "H1224", "H1525"],
    # repairing garden machinery, not gardening
    "j10": ["I1618", "I1603", "I1107", "I1616", "I1620"],
    # HGV driving, home every evening
    "j11": ["N4105", "N4101", "N4118", "N4107", "N4120"],
    # activities for elderly people, no care
    "j12": ["K1206", "G1202", "K1217", "G1239", "G1203"],
    # organising international freight, languages
    "j13": ["N1202", "N1201", "N1204", "N3201", "N1206", "D1429", "N1301"],
    # drawing houses, layout, colours, furniture
    "j14": ["F1102", "F1101", "F1139", "F1104", "F1140", "F1126"],
    # caring for patients without ten years of study
    "j15": ["J1506", "J1404", "J1104", "J1306", "J1403", "J1412", "J1501"],
    # CSR / environment, no sales or marketing
    "j16": ["M1413", "M1406", "A1313", "H1304", "F1113", "M1411"],
    # translation / interpreting, not teaching
    "j17": ["E1108", "E1123", "E1120", "E1122", "G1227"],
    # shop windows, staging, no team management
    "j18": ["B1301", "D1506", "L1513", "F1139", "F1140"],
    # PC building and repair, no coding
    "j19": ["I1401", "I1404", "M1869", "I1409", "M1810", "I1403", "I1405"],
    # hands-on restoration of paintings and furniture
    "j20": ["B1302", "H2207", "B1403", "K1606", "B1201", "B1806"],
    # furniture restoration, CAP
    "j21": ["H2207", "H2206", "B1302", "B1806", "H2208", "D1201"],
    # working with teenagers in care homes, no sales
    "j22": ["K1207", "K1208", "K1203", "K1210", "G1203", "K1217", "K1204"],
    # baker
    "j23": ["D1102", "D1108", "D1104"],
    # leading outdoor groups, climbing, canyoning
    "j24": ["G1216", "G1204", "G1228", "G1201", "G1231", "G1209"],
    # care assistant for elderly people
    "j25": ["J1501", "K1302", "K1306", "K1311", "J1301", "K1304"],
    # organic market gardening, direct sales, no screen
    "j26": ["A1433", "A1414", "A1416", "A1402", "A1440", "A1419"],
    # funeral services
    "j27": ["K2602", "K2605", "K2603", "K2601"],
    # driving instruction, points-recovery courses
    "j28": ["K2110", "K2138", "K2128", "K2116"],
    # local-government communication
    "j29": ["E1112", "E1103", "E1101", "E1124", "E1119", "E1109"],
    # advising dairy farmers, no milking
    "j30": ["A1304", "A1310", "A1302", "A1308"],
    # nutrition, menus, day hours
    "j31": ["J1402", "G1606", "G1404", "G1607"],
    # vehicle mechanics (bus / coach)
    "j32": ["I1613", "I1604", "I1622", "I1617", "I1615", "I1616"],
    # wood work reachable on foot (sawmill, joiners)
    "j33": ["H2205", "H2206", "H2211", "H2202", "H2201"],
    # evening only, contact, calm
    "j34": ["G1703", "D1408", "G1225", "K1204", "G1803", "K2503"],
    # cooking in quantity, school hours
    "j35": ["G1606", "G1607", "G1404", "G1609"],
    # seated fine handwork, jewellery, no standing / carrying
    "j36": ["B1605", "B1603", "B1610", "B1611", "B1604", "B1804", "H2605"],
    # plants, no calculations
    "j37": ["A1414", "A1208", "A1203", "A1441", "D1209", "A1402", "A1433"],
    # machining large parts, stay in Lorient
    "j38": ["H2903", "H2912", "H2901", "I1605", "H2906", "H2902"],
    # former cook, one hand: training, hygiene, purchasing
    "j39": ["K2111", "K2109", "G1407", "M1101", "D1407", "K2315", "H1528"],
    # remote, part-time, legal assistant, fast typing
    "j40": ["M1613", "M1612", "E1312", "M1606", "E1122", "M1607"],
    # painting and plasterboard, criminal record
    "j41": ["F1606", "F1604", "F1601", "F1615", "F1609", "F1704"],
    # foreign nurse, diploma not recognised
    "j42": ["J1501", "J1506", "K1302", "J1301", "J1308", "K1220", "J1305"],
    # joiner wants to train young people
    "j43": ["K2111", "K2109", "K1224", "K1203"],
    # chemist wants to teach teenagers
    "j44": ["K2107", "K2109", "G1242", "K2129", "K2111"],
    # violinist wants to teach, no touring
    "j45": ["K2105", "K2136", "G1202", "K2122"],
    # care assistant wants to train care assistants
    "j46": ["K2111", "K2109", "K2102", "M1505", "K2145"],
    # sign language
    "j47": ["E1123", "K2127", "E1122", "K2111", "K1204", "J1406"],
    # bicycle repair
    "j48": ["I1619", "I1628", "I1607", "I1117", "D1305"],
    # birds, observation, outdoors
    "j49": ["A1204", "G1240", "A1202", "A1306", "G1231", "E1201"],
    # running a sports club: planning, events, sponsors, transport
    "j50": ["G1213", "E1107", "M1610", "G1405", "G1214", "G1406"],
    # court procedure, drafting judgments
    "j51": ["K1909", "K1904", "K1903", "M1612", "K1902"],
    # repairing old radios and record players
    "j52": ["I1407", "I1402", "I1305", "I1329", "D1201"],
    # fermentation: bread, beer, preserves
    "j53": ["A1413", "D1102", "A1443", "A1412", "H2102", "H2105"],
    # pilot, 15 y.o.
    "j54": ["N2102", "N2206", "N2202", "I1602", "N2101", "L1401"],
    # designing and fitting kitchens, not cooking
    "j55": ["F1140", "F1625", "D1212", "H2206", "F1102", "I1325"],
    # pest control
    "j56": ["K2305", "K2319", "K2315", "K2204"],
    # networks, switches, VLAN
    "j57": ["M1816", "M1854", "M1830", "I1403", "M1822", "M1810", "I1311"],
    # patents
    "j58": ["H1212", "K1903", "H1206"],
    # useful, outdoors, sporty, calm, short studies
    "j59": ["K1705", "J1305", "G1224", "G1207", "K1706", "K1707", "K1726"],
    # helping people out of difficulty, listening
    "j60": ["K1201", "K1801", "K1225", "K1221", "K1211", "K1207", "K1204"],
}

ABOUT = ("ZenIA blind set J, second independent labelling (labeller B): for each profile "
         "j01-j60, 2-8 ROME 4.0 v460 codes a good adviser would accept in a top 5, "
         "respecting constraints; order = preference. Written from profiles_only.json and "
         "the ROME v460 CSVs only, without seeing the first labeller's gold or the project's code.")


def main():
    with open(ROME_CSV, encoding="utf-8") as f:
        valid = {r["code_rome"] for r in csv.DictReader(f)}
    errors = []
    expected = ["j%02d" % i for i in range(1, 61)]
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
