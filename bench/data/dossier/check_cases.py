"""Sanity checks on a blind case beyond what build.py checks: page lengths fit the renderer, cp1252-safe text,
ANSWERS figures found on the gold pages, DOCUMENTS cover every page; prints the gold pages per question.

    python check_cases.py NAME [DIR_WITH_build.py]      # e.g. python check_cases.py blind1 /tmp/dfbuild
"""
import sys, importlib, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, sys.argv[2] if len(sys.argv) > 2 else str(Path(__file__).resolve().parent))
import build
from PIL import ImageFont
name = sys.argv[1]
case = importlib.import_module(f"case_{name}")
g = build.gold(case)
pages = case.PAGES
kinds = collections.Counter(k for k, _ in pages)
print(name, "pages", len(pages), dict(kinds))
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", 46)
for n, (k, t) in enumerate(pages, 1):
    if k == "text":
        L = build._lines(t, 95); assert len(L) <= 60, (n, len(L))
    elif k == "scan":
        L = build._lines(t, 80); assert 150 + len(L) * 46 < 2300, (n, len(L))
    elif k == "photo":
        L = build._lines(t, 80); assert len(L) - 1 <= 7, (n, L)
    elif k == "hand":
        lines = t.splitlines(); assert 220 + len(lines) * 118 < 2250, n
        for l in lines: assert 170 + font.getlength(l) * 1.1 < 1600, (n, l, font.getlength(l))
    t.encode("cp1252")
qs = [q for q, _ in case.QUESTIONS]
assert len(set(qs)) == len(qs)
for q, a in case.ANSWERS.items():
    assert q in qs, q
    gq = next(x for x in g["questions"] if x["question"] == q)
    txt = " ".join(build._norm(pages[p - 1][1]) for p in gq["pages"])
    assert build._norm(a) in txt, (q, a)
un = [x for x in g["questions"] if not x["answerable"]]
print("questions", len(qs), "figures", len(case.ANSWERS), "unanswerable", len(un))
for x in g["questions"]: print("  ", x["pages"], x["question"])
print("events", len(g["events"]), [e["pages"] for e in g["events"]])
print("contradictions", [c["pages"] for c in g["contradictions"]])
# documents cover pages
cov = sorted(p for _, a, b in case.DOCUMENTS for p in range(a, b + 1)); assert cov == list(range(1, len(pages) + 1)), cov
