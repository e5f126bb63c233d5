"""Checker for the blind held-out dossiers held7-9 (no project code used).
Usage: python check_held3.py [case_held7 case_held8 case_held9]"""
import importlib, sys, textwrap, datetime, re
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
KINDS = {"text", "scan", "hand", "photo", "noise"}
IMAGE = {"scan", "hand", "photo", "noise"}
MONTHS = {m: i + 1 for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())}
DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()

def lines(text, width=95):
    return sum(max(1, len(textwrap.wrap(par, width))) for par in text.split("\n"))

def main(names):
    bad = 0
    tot = dict(pages=0, img=0, q=0, fig=0, unans=0, imgonly=0, contra=0)
    for name in names:
        m = importlib.import_module(name)
        errs = []
        P = m.PAGES
        for i, (k, t) in enumerate(P, 1):
            if k not in KINDS: errs.append(f"p{i}: kind {k}")
            try: t.encode("cp1252")
            except UnicodeEncodeError as e: errs.append(f"p{i}: cp1252 {e}")
            if k == "hand" and any(len(l) > 48 for l in t.split("\n")): errs.append(f"p{i}: hand line > 48")
            if k == "text" and lines(t) > 58: errs.append(f"p{i}: {lines(t)} lines")
            if k == "scan" and lines(t) > 44: errs.append(f"p{i}: {lines(t)} scan lines")
            for d, n, mo, y in re.findall(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d+)(?:er)? (\w+) (\d{4})", t):
                if mo in MONTHS and DAYS[datetime.date(int(y), MONTHS[mo], int(n)).weekday()] != d:
                    errs.append(f"p{i}: weekday {d} {n} {mo} {y}")
        for typ, a, b in m.DOCUMENTS:
            if not (1 <= a <= b <= len(P)): errs.append(f"document {typ} {a}-{b}")
        def pages_of(ph):
            return [i for i, (_, t) in enumerate(P, 1) if ph in t]
        qs = [q for q, _ in m.QUESTIONS]
        if len(set(qs)) != len(qs): errs.append("duplicate question")
        gold = {}
        imgonly = 0
        for q, phs in m.QUESTIONS:
            g = set()
            for ph in phs:
                pp = pages_of(ph)
                if not pp: errs.append(f"phrase not found: {ph!r}")
                if len(pp) > 1: errs.append(f"phrase on several pages {pp}: {ph!r}")
                g.update(pp)
            gold[q] = g
            if g and all(P[p - 1][0] in IMAGE for p in g): imgonly += 1
        for q, a in m.ANSWERS.items():
            if q not in gold: errs.append(f"ANSWERS key not a question: {q}"); continue
            if not any(a in P[p - 1][1] for p in gold[q]): errs.append(f"answer {a!r} not on gold pages {sorted(gold[q])}")
        for c in m.CONTRADICTIONS:
            cp = set()
            for ph in c["phrases"]:
                pp = pages_of(ph)
                if not pp: errs.append(f"contradiction phrase not found: {ph!r}")
                cp.update(pp)
            if not any(g == cp for g in gold.values()): errs.append(f"no question with gold = contradiction pages {sorted(cp)}")
        for _, t, _, ph in m.EVENTS:
            if not pages_of(ph): errs.append(f"event phrase not found: {ph!r}")
        n_img = sum(k in IMAGE for k, _ in P)
        unans = sum(1 for g in gold.values() if not g)
        kinds = {k: sum(1 for kk, _ in P if kk == k) for k in ["text", "scan", "hand", "photo", "noise"]}
        print(f"{name}: {len(P)} pages {kinds} image {n_img} ({100*n_img/len(P):.0f} %), questions {len(qs)}, "
              f"figure {len(m.ANSWERS)}, image-only gold {imgonly}, unanswerable {unans}, contradictions {len(m.CONTRADICTIONS)}")
        for e in errs: print("   ERROR", e)
        bad += len(errs)
        for k, v in zip(tot, [len(P), n_img, len(qs), len(m.ANSWERS), unans, imgonly, len(m.CONTRADICTIONS)]): tot[k] += v
    print("TOTAL", tot, "->", "OK" if not bad else f"{bad} errors")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["case_held7", "case_held8", "case_held9"]))
