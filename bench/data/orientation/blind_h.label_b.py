#!/usr/bin/env python3
"""Second, independent labelling (labeller B) of the orientation_h profiles (h01-h60).

Hand-written lists of ROME 4.0 (v460) codes: the fiches a careful adviser would put in a top 5
for each person, respecting the constraints given in the profile. Standard library only.
Writes gold_b.json next to this file; exits 1 on any format problem.
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROME_CSV = Path("/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv")

GOLD_B = {
    "h01": ["N4301", "N4401", "N4403", "N4305", "N4303", "N4302"],
    "h02": ["M1414", "M1403", "K2134", "M1419", "M1405", "K2133"],
    "h03": ["M1808", "F1107", "K1811", "K1807", "F1131"],
    "h04": ["A1306", "A1204", "G1240", "A1303", "A1202", "A1313"],
    "h05": ["L1507", "L1505", "L1306", "E1207", "E1104", "L1519"],
    "h06": ["M1866", "M1844", "M1883", "M1819", "M1856", "M1833"],
    "h07": ["K1201", "K1225", "K1204", "K1205", "K1801"],
    "h08": ["H1206", "M1892", "H1209", "H1239", "H1210", "N2206"],
    "h09": ["F1201", "F1104", "F1202", "F1108", "F1125", "F1130"],
    "h10": ["K1801", "M1502", "M1501", "K1814", "M1508", "K2139"],
    "h11": ["K1302", "K1306", "K1206", "J1403", "J1412", "K1311"],
    "h12": ["A1308", "A1310", "A1304", "A1302", "A1501", "A1504"],
    "h13": ["N1101", "N1106", "N1112", "N4203", "N1302", "N1110"],
    "h14": ["J1304", "K1303", "K1310", "K1307", "K1308"],
    "h15": ["I1401", "M1816", "I1404", "I1320", "M1810", "M1854"],
    "h16": ["D1115", "G1610", "D1104", "D1118"],
    "h17": ["A1311", "A1213", "A1212", "A1205", "A1307"],
    "h18": ["K1705", "K1726", "G1224", "J1305", "K1702", "I1208"],
    "h19": ["K2107", "K2129", "K2106", "K2122", "K2137"],
    "h20": ["K1207", "K1208", "K1210", "K1217", "K1204", "K1203"],
    "h21": ["K1412", "K1418", "E1123", "D1429", "E1106", "K2130"],
    "h22": ["H1217", "H1206", "H1505", "H2302", "H1507", "H1210"],
    "h23": ["G1303", "G1301", "G1201", "G1308", "E1107", "G1101"],
    "h24": ["I1404", "I1401", "M1874", "K2111", "M1869", "G1238"],
    "h25": ["A1433", "A1416", "A1440", "A1414", "A1402", "G1240"],
    "h26": ["K2502", "H1303", "H1308", "K2111", "K1705", "H2504", "K2503"],
    "h27": ["A1413", "H2102", "A1422", "A1443", "H2105"],
    "h28": ["D1241", "D1214", "D1302", "D1218", "D1220"],
    "h29": ["N4101", "N4105", "N4103", "N4109", "N4203", "K2110"],
    "h30": ["G1216", "G1201", "G1231", "G1240", "A1204"],
    "h31": ["K2111", "K2109", "K1224", "K1215", "G1606", "K1203"],
    "h32": ["G1218", "G1204", "G1208", "G1211", "G1214", "G1213", "G1233"],
    "h33": ["F1602", "F1134", "I1314", "I1309", "F1610", "F1628", "I1203"],
    "h34": ["K2130", "E1123", "K2111", "G1222", "G1227", "K1226", "K2107"],
    "h35": ["K2204", "K2203", "G1503", "M1506", "K2205"],
    "h36": ["D1221", "K1603", "K1213", "K1808", "E1105", "K1601"],
    "h37": ["D1405", "M1714", "D1412", "M1703", "D1401", "K2111"],
    "h38": ["M1609", "D1436", "M1601", "M1212", "M1607"],
    "h39": ["I1605", "A1425", "A1404", "A1430", "N3201", "I1601"],
    "h40": ["K1302", "K1311", "K1304", "N4108", "K1204", "K1205"],
    "h41": ["A1421", "A1510", "L1403", "A1502", "A1439", "A1309"],
    "h42": ["F1606", "F1604", "F1601", "F1609", "F1608", "I1203"],
    "h43": ["I1622", "I1623", "D1223", "I1103", "C1113", "K2111", "I1111"],
    "h44": ["L1515", "L1506", "G1225", "K2504", "L1504", "L1508"],
    "h45": ["H1403", "H1401", "H1404", "H1528", "N1303"],
    "h46": ["G1204", "G1231", "G1240", "G1201", "A1204", "G1101"],
    "h47": ["M1613", "M1606", "M1621", "M1608", "M1611", "M1225"],
    "h48": ["K1205", "M1602", "K1406", "M1601", "G1238", "K1801"],
    "h49": ["H2903", "H2901", "H2906", "B1604", "I1310", "H2912"],
    "h50": ["H2913", "H2916", "H2914", "H2902", "H1522", "H2706"],
    "h51": ["A1447", "J1307", "A1433", "K1108", "D1106"],
    "h52": ["K2140", "K1601", "K2401", "K1602", "K1603"],
    "h53": ["M1809", "M1891", "M1893", "M1888", "K2407", "M1890"],
    "h54": ["M1402", "M1429", "M1416", "H1404", "N1305", "M1806"],
    "h55": ["E1111", "E1126", "E1125", "L1104", "G1202", "E1107"],
    "h56": ["D1240", "D1208", "D1231", "L1501"],
    "h57": ["F1302", "A1101", "A1102", "F1301", "N1108", "F1303"],
    "h58": ["H2207", "B1403", "D1201", "B1302", "B1402", "K1606", "B1806"],
    "h59": ["F1111", "F1112", "F1101", "F1201", "F1208", "F1104"],
    "h60": ["H2604", "H2605", "H2201", "A1203", "D1207", "H2909"],
}


def main() -> int:
    with ROME_CSV.open(encoding="utf-8", newline="") as fh:
        known = {row["code_rome"] for row in csv.DictReader(fh)}
    errors = []
    expected = [f"h{i:02d}" for i in range(1, 61)]
    for pid in expected:
        if pid not in GOLD_B:
            errors.append(f"{pid}: missing")
    for pid, codes in GOLD_B.items():
        if pid not in expected:
            errors.append(f"{pid}: unexpected id")
        if not 2 <= len(codes) <= 8:
            errors.append(f"{pid}: {len(codes)} codes (need 2-8)")
        if len(set(codes)) != len(codes):
            errors.append(f"{pid}: repeated code")
        for code in codes:
            if code not in known:
                errors.append(f"{pid}: {code} not in ROME v460")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out = {
        "about": ("Labeller B's independent gold for orientation_h (h01-h60): for each profile, 2-8 ROME 4.0 v460 "
                  "codes a careful adviser would put in a top 5, respecting the stated constraints. "
                  "Hand-written, blind to labeller A. MIT licence for these lists; ROME codes from France Travail "
                  "open data (Licence Ouverte 2.0 Etalab)."),
        "gold_b": {pid: GOLD_B[pid] for pid in expected},
    }
    (HERE / "gold_b.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(v) for v in GOLD_B.values())
    print(f"ok: {len(GOLD_B)} profiles, {n} codes, {len({c for v in GOLD_B.values() for c in v})} distinct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
