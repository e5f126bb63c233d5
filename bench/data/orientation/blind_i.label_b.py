#!/usr/bin/env python3
"""Second, independent labelling (labeller B) of ZenIA blind set I (i01-i60).

Each list holds 2-8 ROME 4.0 (v460) codes a good adviser would put in a top 5 for the
profile, respecting its stated constraints. Order = labeller's preference (first = best).
Standard library only. Writes gold_b.json next to this file; exits 1 on any format error.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROME_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"

GOLD_B = {
    # 3D printing + CAD of small parts
    "i01": ["H1203", "H1235", "H1204", "H1210", "H1206", "M1305"],
    # pharmacology, no patients, long studies OK
    "i02": ["K2404", "J1202", "H1220", "H1514", "K2402", "H1226"],
    # proofreading, literature, English
    "i03": ["E1312", "E1305", "E1121", "E1105", "E1108"],
    # DNA lab, not the investigation
    "i04": ["J1302", "H1224", "K1721", "J1201", "H1503", "K2402"],
    # special-effects make-up, no beauty salon
    "i05": ["L1501", "L1522", "L1516", "L1503"],
    # game balancing, spreadsheets
    "i06": ["E1125", "M1815", "M1419", "M1831", "E1115"],
    # local public choices, budgets, long studies OK
    "i07": ["K1807", "K1811", "K1404", "K1809", "K1806"],
    # fireworks chemistry, safe explosions
    "i08": ["L1523", "K1729", "I1503", "F1402", "H1503"],
    # robots, sensors, embedded code, not desk-bound
    "i09": ["I1302", "I1304", "I1305", "I1318", "I1334", "H1208"],
    # heat pumps, energy advice to households
    "i10": ["F1114", "F1103", "F1620", "I1316", "H2701", "F1113"],
    # resale of sneakers, own online shop
    "i11": ["E1113", "D1438", "M1718", "D1302", "D1243"],
    # smells, extraction, distillation
    "i12": ["H1505", "H1217", "H1503", "H1210", "H2302"],
    # EV / hybrid electrical diagnosis
    "i13": ["I1612", "H2703", "I1604", "F1628", "I1617"],
    # fitted joinery, on-site installation, not only workshop
    "i14": ["F1625", "H2206", "F1140", "F1616", "F1615"],
    # aircraft wiring, bench tests, helicopters
    "i15": ["I1602", "I1334", "H2605", "H1504", "K1717"],
    # alterations, upcycling, no factory sewing
    "i16": ["D1207", "B1803", "L1502", "B1812", "B1805", "B1802"],
    # from cleaning to hygiene control / audits
    "i17": ["H1528", "H1515", "H1303", "K2319", "H1524", "K2315"],
    # hospital sterilisation, no patient care
    "i18": ["J1309", "J1303", "J1307", "I1327", "J1301"],
    # microbiology bench work, bac+2/3
    "i19": ["J1302", "H1510", "H1503", "H1224", "H1530"],
    # payroll and labour law, not an accounting firm
    "i20": ["M1507", "M1509", "M1501", "K1903"],
    # hanging exhibitions, labels, visitors
    "i21": ["K1605", "K1213", "K1602", "D1233", "L1513"],
    # guiding groups, German/English, no agency selling
    "i22": ["G1222", "G1227", "G1201", "G1106", "G1101"],
    # prevention nursing, no hospital shifts
    "i23": ["J1505", "J1511", "J1512", "K1220", "K1414"],
    # rivers and floods, outdoors, below bac+5
    "i24": ["A1202", "A1204", "K1813", "F1107", "H1530", "A1306"],
    # bus driver to scheduling / traffic regulation
    "i25": ["N4204", "N4202", "N4203"],
    # pharmacy technician, preparations, less counter
    "i26": ["J1307", "H1217", "H2303", "H1510", "H1528"],
    # butcher, no more cutting: hygiene, traceability, training
    "i27": ["K2111", "A1305", "H1528", "K2315", "D1502", "D1107"],
    # early-childhood educator to training / parent support
    "i28": ["K2111", "K2145", "K1216", "K1101", "K1225"],
    # fast-food manager, day hours only
    "i29": ["G1404", "D1502", "N1302", "M1502", "D1510", "M1506"],
    # architectural draughtswoman to energy renovation
    "i30": ["F1114", "F1103", "F1126", "F1120", "F1104"],
    # drilling engineer, transition, no expatriation
    "i31": ["F1138", "F1129", "H1237", "F1105", "F1128", "H1241"],
    # plumber with knee problem
    "i32": ["F1114", "D1407", "K2111", "F1135", "F1103", "F1201"],
    # phone seller to tech support, no sales targets
    "i33": ["I1404", "M1874", "I1407", "I1401", "M1869"],
    # childminder to office admin with adults
    "i34": ["M1602", "M1607", "M1621", "M1501", "M1507"],
    # poultry abattoir to caring for live animals
    "i35": ["A1506", "A1403", "A1501", "A1511", "A1409", "A1421"],
    # mason, no lifting
    "i36": ["F1202", "F1201", "F1108", "K2111", "F1135", "D1407"],
    # HR manager to career-change counselling
    "i37": ["M1508", "K2139", "K1801", "K2126", "K2112"],
    # pharma packaging operator, meticulous
    "i38": ["H3304", "H3301", "H1528", "H1524", "H1522"],
    # ambulance driver, no carrying: dispatch / phone
    "i39": ["D1436", "N4204", "K2509", "J1311", "K1221"],
    # maintenance electrician, less physical, teaching
    "i40": ["K2111", "H1305", "H1202", "I1326", "H1504", "K2109"],
    # car painter with asthma: cars + customers
    "i41": ["I1623", "D1404", "C1113", "D1421", "D1223"],
    # ADHD, no diploma, on the move
    "i42": ["N4104", "K2303", "G1803", "N1103", "A1203", "F1704"],
    # hyperacusis, quiet work, small groups
    "i43": ["K1603", "K1601", "K2602", "K1302", "G1415"],
    # back surgery, logistics + figures, seated
    "i44": ["N1303", "N4203", "N1201", "H1403", "N1202"],
    # night-only work, calm under tension
    "i45": ["K2509", "D1436", "G1703", "K1221", "K2503"],
    # Saint-Nazaire shipyards, manual trade
    "i46": ["H2913", "H2914", "H2902", "H2605", "H3404", "F1626", "H2213"],
    # no driving licence, inner Paris, plants outdoors
    "i47": ["A1203", "A1208", "A1440", "A1209", "D1209"],
    # 9-16h, near home, secretarial, figures
    "i48": ["M1225", "M1213", "M1608", "M1611", "M1602"],
    # burn-out: writing, classifying, retrieving information
    "i49": ["K1601", "K1603", "H1207", "M1407", "E1312"],
    # long Covid: 4h/day from home, explaining
    "i50": ["K2129", "K2111", "K2119", "E1104"],
    # crochet patterns, colours
    "i51": ["B1805", "B1812", "H1201", "B1807", "H2412"],
    # listening, non-judgemental support
    "i52": ["K1221", "K1104", "K1201", "K1207", "K1204"],
    # insects, careful observation notes
    "i53": ["A1506", "A1505", "K2402", "A1306", "A1408", "A1429"],
    # knife sharpening, wooden handles
    "i54": ["B1601", "H2918", "H2904", "H2207"],
    # organising big family meals / events
    "i55": ["E1107", "E1117", "G1802", "L1509", "L1104"],
    # night driving on motorways
    "i56": ["N4101", "N4113", "I1208", "N4122", "N4105"],
    # strong, manual, no office, no clients
    "i57": ["F1703", "F1503", "F1619", "A1201", "F1701", "A1210"],
    # clean, day hours, <=1 year training, no sales, computer
    "i58": ["M1602", "M1606", "M1607", "M1225", "M1621"],
    # no screen, countryside, animals, outdoors
    "i59": ["A1403", "A1410", "A1407", "A1421", "A1419", "G1234"],
    # physics master: instruments, hands-on, no screen-only
    "i60": ["H1516", "H1533", "H1522", "K2402", "I1318", "H1210", "H1230"],
}

ABOUT = ("ZenIA blind set I, second independent labelling (labeller B): for each profile "
         "i01-i60, 2-8 ROME 4.0 v460 codes a good adviser would put in a top 5, "
         "respecting constraints; order = preference. Written from profiles_only.json and "
         "the ROME v460 CSVs only, without seeing the first labeller's gold or the project's code.")


def main():
    with open(ROME_CSV, encoding="utf-8") as f:
        valid = {r["code_rome"] for r in csv.DictReader(f)}
    errors = []
    expected = ["i%02d" % i for i in range(1, 61)]
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
            if c not in valid:
                errors.append("%s: %s not in ROME v460" % (pid, c))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    out = {"about": ABOUT, "gold_b": {k: GOLD_B[k] for k in expected}}
    with open(os.path.join(HERE, "gold_b.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(v) for v in GOLD_B.values())
    print("OK: %d profiles, %d codes (%d distinct) -> gold_b.json"
          % (len(GOLD_B), n, len({c for v in GOLD_B.values() for c in v})))


if __name__ == "__main__":
    main()
