"""Second, independent labelling of ZenIA blind set G (g01-g60).

Hand-written lists of ROME 4.0 codes (2-8 per profile), chosen by reading each
profile of profiles_only.json and the ROME 4.0 titles, appellations and
definitions. Standard library only. Writes gold_b.json next to this file.
Exits 1 if an id is missing, a list has fewer than 2 or more than 8 codes,
a list holds duplicates, or a code is absent from the ROME code CSV.
"""

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROME_CSV = Path("/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv")

GOLD_B = {
    # volcanoes, earthquakes, long studies, field work
    "g01": ["F1115", "F1118", "F1143", "F1105", "F1128"],
    # defends pupils, debates, law
    "g02": ["K1903", "K1904", "K1901", "K1905", "K1909"],
    # young children, teacher or other
    "g03": ["K2106", "K1202", "J1304", "K1308", "K1307", "K1310"],
    # ethical hacking
    "g04": ["M1866", "M1863", "M1844", "M1856", "M1819", "M1883"],
    # languages, subtitle translation
    "g05": ["E1108", "E1123", "E1120", "G1227"],
    # helping families with social benefit files
    "g06": ["K1201", "K1225", "K1205", "K1204", "K1221"],
    # video editing, effects, rhythm
    "g07": ["L1507", "E1207", "L1510", "L1306", "E1104"],
    # aviation: fly, repair or guide aircraft
    "g08": ["N2102", "I1602", "N2202", "I1334", "H1206", "N2208"],
    # lab bench work, bac+2/+3 at most
    "g09": ["J1302", "H1224", "H1503", "H1510", "H1214"],
    # posters and logos
    "g10": ["E1205", "E1211", "E1129", "E1210", "E1207"],
    # hotel front desk, no kitchen nor dining room
    "g11": ["G1703", "G1706", "G1701", "G1704", "G1101", "G1411"],
    # stay in dance besides performing
    "g12": ["K2136", "L1211", "K1105", "L1201", "G1202"],
    # MELEC, likes fault finding
    "g13": ["I1309", "I1335", "I1304", "F1602", "I1302", "I1301"],
    # fashion advice, no checkout
    "g14": ["D1214", "D1241", "D1506", "B1301", "D1302"],
    # cook, no evenings/weekends, central kitchen
    "g15": ["G1606", "G1404", "G1607", "H2105"],
    # photo or video
    "g16": ["E1201", "L1505", "L1507", "L1306", "L1519"],
    # reception in stations and airports, languages
    "g17": ["N2201", "M1601", "G1101", "N2207", "N4302"],
    # public works, mini excavator, outdoors
    "g18": ["F1302", "F1702", "F1705", "F1207", "F1209"],
    # care without medicine, 3-5 years of study
    "g19": ["J1506", "J1404", "J1104", "J1403", "J1306", "J1412"],
    # STAPS, rehabilitation through movement
    "g20": ["J1415", "J1404", "G1215", "G1220", "J1414"],
    # law, short and concrete
    "g21": ["M1612", "K1902", "K1909", "C1107", "D1422"],
    # history without teaching: museums, archives, castles
    "g22": ["K1601", "K1602", "G1222", "G1106", "K1213"],
    # sales spreadsheets, no phone prospecting
    "g23": ["M1430", "M1419", "D1409", "M1204", "M1222"],
    # engineer, outdoors half the time, ecological transition
    "g24": ["F1136", "H1237", "A1306", "A1303", "A1307", "F1138"],
    # cashier -> care of elderly people
    "g25": ["K1302", "J1501", "K1306", "K1311"],
    # accountant -> cakes and jams
    "g26": ["D1104", "D1115", "G1610", "D1102", "D1118"],
    # ICU nurse, no nights, weekends or emergencies
    "g27": ["J1512", "J1511", "J1505", "K2405", "J1510"],
    # night guard -> birds, marshes
    "g28": ["A1204", "A1306", "G1240", "G1231", "A1202"],
    # executive assistant -> recruitment
    "g29": ["M1502", "M1501", "K1814", "M1508", "M1505"],
    # fibre technician -> trainer, less driving
    "g30": ["K2111", "K2109", "I1326", "M1862"],
    # freelance graphic designer -> people, kids, drawing
    "g31": ["G1202", "K2136", "K1105", "K2107", "K1213"],
    # car plant worker, small engines
    "g32": ["I1618", "I1603", "I1604", "I1310", "I1607"],
    # flight attendant -> organise, clients, no travel
    "g33": ["N2201", "E1107", "G1303", "G1706", "M1604"],
    # estate agent -> building defects, no sales
    "g34": ["F1103", "F1114", "F1130", "C1106"],
    # journalist leaving the press
    "g35": ["E1112", "E1119", "E1127", "E1102", "E1103"],
    # seasonal vineyard worker -> wine making and tasting, stable
    "g36": ["A1422", "A1446", "A1423", "G1804", "D1106"],
    # roofer, no heavy loads
    "g37": ["K2111", "F1108", "C1106", "D1407", "F1202", "F1103"],
    # CFO -> public or non-profit sector
    "g38": ["M1205", "M1216", "M1223", "M1217", "K1407"],
    # fruit and vegetable department head
    "g39": ["D1106", "D1107", "M1101", "D1502", "D1110", "D1301"],
    # offset press operator
    "g40": ["E1301", "E1310", "E1308", "H1201", "E1303"],
    # deaf, sign language, education or social work with youth
    "g41": ["K2127", "K1207", "K1208", "K2113", "G1203"],
    # wheelchair, seated, negotiation
    "g42": ["M1101", "C1102", "C1206", "D1408", "D1422"],
    # epilepsy (no driving, no heights), plants
    "g43": ["D1219", "A1414", "A1441", "D1209", "A1440"],
    # evenings 18h-midnight only, driving licence
    "g44": ["K2205", "G1803", "G1603", "K2504", "N4112", "N1103"],
    # school hours, part time, no diploma
    "g45": ["K2113", "K1308", "G1607", "M1602", "K2205"],
    # visually impaired, good hands, musical ear, contact
    "g46": ["J1404", "B1501", "D1222", "J1408", "K2105"],
    # autism, sorting and classifying, no phone nor open space
    "g47": ["K1601", "K1603", "N1110", "K2308", "N1103"],
    # Dunkerque, no car, bac pro MSPC
    "g48": ["I1304", "I1310", "I1335", "I1302", "I1309"],
    # Grenoble, no licence, ski touring, mountain huts
    "g49": ["G1216", "G1228", "K1726", "D1211", "G1415"],
    # carer of an autistic child, part time
    "g50": ["K2113", "K1314", "K1306", "K1208", "K1207"],
    # kidney transplant (no loads), watches, fine hands
    "g51": ["B1604", "B1616", "B1605", "B1610", "I1408"],
    # vintage radios and tube amps
    "g52": ["I1407", "I1329", "I1305", "H2605", "I1402"],
    # reef aquarium, water analyses, corals
    "g53": ["D1210", "A1506", "A1404", "H1530", "A1430"],
    # bridges, tunnels, towers, maths, long studies
    "g54": ["F1111", "F1112", "F1101", "F1208", "F1128"],
    # flea markets, antique earthenware, online resale
    "g55": ["D1201", "K1907", "D1243", "D1233"],
    # repair and reuse, planet
    "g56": ["K2309", "K2306", "K1224", "M1305", "I1402"],
    # no office nor screen, strong, outdoors
    "g57": ["A1208", "A1203", "A1210", "A1201", "F1703", "A1419"],
    # BTS CG, no public, phone or sales
    "g58": ["M1203", "M1213", "M1507", "M1222", "M1204"],
    # outboard motor mechanic from Senegal
    "g59": ["I1605", "I1601", "I1604", "I1618", "I1607"],
    # tailor from Afghanistan, French A2
    "g60": ["D1207", "B1813", "H2402", "B1803", "L1502"],
}


def main() -> int:
    with ROME_CSV.open(encoding="utf-8", newline="") as fh:
        known = {row["code_rome"] for row in csv.DictReader(fh)}
    errors = []
    expected = [f"g{i:02d}" for i in range(1, 61)]
    for pid in expected:
        if pid not in GOLD_B:
            errors.append(f"{pid}: missing")
    for pid, codes in GOLD_B.items():
        if pid not in expected:
            errors.append(f"{pid}: unexpected id")
        if not 2 <= len(codes) <= 8:
            errors.append(f"{pid}: {len(codes)} codes (need 2-8)")
        if len(set(codes)) != len(codes):
            errors.append(f"{pid}: duplicate codes")
        for code in codes:
            if code not in known:
                errors.append(f"{pid}: unknown ROME code {code}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out = {
        "about": (
            "ZenIA blind set G, second independent labelling: for each profile g01-g60, "
            "2-8 ROME 4.0 codes (v460) a good adviser would put in a top 5, stated "
            "constraints used as hard filters. Written from profiles_only.json and the "
            "ROME 4.0 CSVs only. Text MIT; ROME codes: France Travail, Licence Ouverte 2.0."
        ),
        "gold_b": {pid: GOLD_B[pid] for pid in expected},
    }
    (HERE / "gold_b.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    n = sum(len(v) for v in GOLD_B.values())
    print(f"wrote gold_b.json: {len(expected)} profiles, {n} codes, mean {n / len(expected):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
