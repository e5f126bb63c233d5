#!/usr/bin/env python3
"""Self-check for the consultation_o blind set (standard library only).

Checks: every transcript o01..o60 exists and has a gold entry; gold entries are well formed; the first name of every
medication and not_prescribed group occurs in its transcript; style (raw ASR for odd ids, punctuated for even ids);
role labels; word counts; the automatically derived tags agree with the gold.
Usage: python3 check_o.py [directory]
"""
import json
import os
import re
import sys
from collections import Counter

STATUSES = {"new", "continued", "modified", "stopped"}
TAGS = {
    "allergy", "as_needed_max", "continued", "dci_brand", "delayed_start", "dose_change", "dose_change_reverted",
    "dose_later_turn", "drops_count", "every_n_hours", "fraction_tablet", "hypothetical", "inhaler_count",
    "interpreter", "laisser_tomber", "liquid_ml", "misheard_name", "multi_drug_sentence", "multi_tablet_total",
    "multiword_brand", "negation", "no_labels", "non_daily", "not_prescribed", "option_not_chosen",
    "other_person_drug", "past_drug", "patient_correction", "question_then_misspelled", "question_then_prescribed",
    "read_back", "read_back_corrected", "rejected_by_clinician", "restart", "scheduled_to_prn", "self_correction",
    "self_medication", "self_stopped", "single_dose", "starts_tomorrow", "stop", "stopped_earlier", "switch",
    "temporary_stop", "third_person", "titration", "units", "weekly",
}
DOSE_RE = re.compile(
    r"^\d+(,\d+)? (mg|g|µg|µg/h|mg/24 h|UI|ml|"
    r"comprimés?|gélules?|sachets?|gouttes?|bouffées?|inhalations?|pulvérisations?|patch|patchs|ampoules?|"
    r"injections?|doses?|dose-poids|ovules?|capsules?|applications?|unidoses?|suppositoires?|sprays?|"
    r"cuillères? mesure|anneaux?|implants?|emplâtres?|pressions?|dispositifs?|sticks?)$")
LABEL_ODD = re.compile(r"^([A-ZÉÈÀ][\wÉéèêëàâîïôöûüç'-]*(?: [A-ZÉÈÀa-zéèêëàâîïôöûüç'-]+){0,2}): ")
LABEL_EVEN = re.compile(r"^([A-ZÉÈÀ][\wÉéèêëàâîïôöûüç'-]*(?: [A-ZÉÈÀa-zéèêëàâîïôöûüç'-]+){0,2}) : ")
MIN_WORDS, MAX_WORDS = 180, 300


def occurs(name, text):
    return re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text) is not None


def check(root):
    errors = []
    gold = json.load(open(os.path.join(root, "gold.json"), encoding="utf-8"))
    ids = ["o%02d" % i for i in range(1, 61)]
    if list(gold) != ids:
        errors.append("gold keys are not exactly o01..o60 in order")
    statuses, total_words, styles, labelled = Counter(), 0, Counter(), 0
    for kid in ids:
        path = os.path.join(root, kid + ".txt")
        if not os.path.exists(path):
            errors.append(kid + ": transcript missing")
            continue
        raw = open(path, encoding="utf-8").read()
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        odd = int(kid[1:]) % 2 == 1
        label_re = LABEL_ODD if odd else LABEL_EVEN
        labels = [label_re.match(ln) for ln in lines]
        has_labels = all(labels)
        if any(labels) and not has_labels:
            errors.append(kid + ": some lines have no role label: %r" % [ln[:40] for ln, m in zip(lines, labels) if not m])
        bodies = [ln[m.end():] if m else ln for ln, m in zip(lines, labels)]
        if not has_labels and not odd:
            if not all(b.startswith("— ") for b in bodies):
                errors.append(kid + ": unlabelled punctuated transcript must use dialogue dashes")
            bodies = [b[2:] for b in bodies]
        body = "\n".join(bodies)
        n_body, n_all = len(body.split()), len(raw.split())
        total_words += n_all
        if n_body < MIN_WORDS or n_all > MAX_WORDS:
            errors.append("%s: word count %d (without labels %d) outside %d-%d" % (kid, n_all, n_body, MIN_WORDS, MAX_WORDS))
        if odd:
            styles["raw ASR"] += 1
            if re.search(r"\d", body):
                errors.append(kid + ": digit in raw ASR transcript")
            bad = set(re.findall(r"[^\w\s']", body))
            if bad:
                errors.append(kid + ": punctuation in raw ASR transcript: %s" % "".join(sorted(bad)))
            if body != body.lower():
                errors.append(kid + ": upper case in raw ASR transcript")
            if "_" in body:
                errors.append(kid + ": underscore in raw ASR transcript")
        else:
            styles["punctuated"] += 1
            if not re.search(r"\d", body) or not re.search(r"[.,?!]", body):
                errors.append(kid + ": punctuated transcript lacks digits or punctuation")
        labelled += has_labels
        text = body.lower()
        g = gold.get(kid)
        if g is None:
            errors.append(kid + ": no gold entry")
            continue
        if set(g) != {"specialty", "medications", "not_prescribed", "phenomena"}:
            errors.append(kid + ": bad keys %s" % sorted(g))
            continue
        if not isinstance(g["specialty"], str) or not g["specialty"]:
            errors.append(kid + ": bad specialty")
        for med in g["medications"]:
            if list(med) != ["names", "dose", "times_per_day", "as_needed", "status"]:
                errors.append(kid + ": bad medication keys %s" % list(med))
                continue
            names, dose, tpd, prn, status = (med[k] for k in ("names", "dose", "times_per_day", "as_needed", "status"))
            where = "%s %s" % (kid, names[0] if names else "?")
            if not names or any(not isinstance(n, str) or n != n.lower() or n != n.strip() for n in names):
                errors.append(where + ": names must be non-empty lower-case strings")
            elif len(set(names)) != len(names):
                errors.append(where + ": duplicate names")
            elif not occurs(names[0], text):
                errors.append(where + ": first name not in transcript")
            if status not in STATUSES:
                errors.append(where + ": bad status %r" % status)
            statuses[status] += 1
            if dose is not None and (not isinstance(dose, str) or not DOSE_RE.match(dose)):
                errors.append(where + ": bad dose %r" % dose)
            if tpd is not None and (not isinstance(tpd, int) or isinstance(tpd, bool) or not 1 <= tpd <= 12):
                errors.append(where + ": bad times_per_day %r" % tpd)
            if not isinstance(prn, bool):
                errors.append(where + ": as_needed must be a boolean")
            if status == "stopped" and (dose is not None or tpd is not None or prn):
                errors.append(where + ": a stopped drug has null dose, null times_per_day, as_needed false")
        for group in g["not_prescribed"]:
            if not group or any(not isinstance(n, str) or n != n.lower() for n in group):
                errors.append(kid + ": bad not_prescribed group %r" % group)
            elif not occurs(group[0], text):
                errors.append("%s %s: not_prescribed name not in transcript" % (kid, group[0]))
        tags = g["phenomena"]
        if tags != sorted(set(tags)):
            errors.append(kid + ": phenomena must be sorted and unique")
        unknown = set(tags) - TAGS
        if unknown:
            errors.append(kid + ": unknown tags %s" % sorted(unknown))
        meds = g["medications"]
        derived = {
            "continued": any(m["status"] == "continued" for m in meds),
            "stop": any(m["status"] == "stopped" for m in meds),
            "dose_change": any(m["status"] == "modified" for m in meds),
            "as_needed_max": any(m["as_needed"] and m["times_per_day"] for m in meds),
            "not_prescribed": bool(g["not_prescribed"]),
            "no_labels": not has_labels,
            "units": True,
            "drops_count": any((m["dose"] or "").endswith(("goutte", "gouttes")) for m in meds),
            "inhaler_count": any((m["dose"] or "").endswith(("bouffée", "bouffées", "inhalation", "inhalations")) for m in meds),
            "liquid_ml": any((m["dose"] or "").endswith(" ml") for m in meds),
        }
        for tag, want in derived.items():
            if (tag in tags) != want:
                errors.append("%s: tag %s should be %s" % (kid, tag, "present" if want else "absent"))
    return errors, statuses, total_words, styles, labelled


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, statuses, words, styles, labelled = check(root)
    for e in errors:
        print("ERROR", e)
    print("transcripts: %d raw ASR, %d punctuated; %d labelled; %d words" % (
        styles["raw ASR"], styles["punctuated"], labelled, words))
    print("medications by status: %s (total %d)" % (dict(sorted(statuses.items())), sum(statuses.values())))
    print("FAIL (%d errors)" % len(errors) if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
