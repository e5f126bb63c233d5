"""Which multi-word literal phrases of SONIC's lexicons, glossary and scope vocabulary occur in evaluation texts,
and which the Act justifies: for each phrase, the number of evaluation descriptions or questions
(bench/data/aiact) it occurs in, and whether the Act's English text or its French excerpt contains it. A phrase
found in exactly one evaluation text and nowhere in the Act was probably lifted from that text: replace it by the
Act's concept or drop it. The scope's neighbouring-law terms are other laws' vocabulary, never the Act's: a match
there must be that law's standard term (« taux plein », « excès de vitesse »), not a question's wording.

    PYTHONPATH=$PWD .venv/bin/python bench/aiact_lexicon_audit.py [--all] [--lay]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.aiact import lexicon  # noqa: E402
from communs.apps.aiact.act import load_act  # noqa: E402
from communs.apps.aiact.glossary import fold, glossary  # noqa: E402
from communs.apps.aiact.lay import profiles  # noqa: E402
from communs.apps.aiact.scope import ACT_MATTER, MANIPULATION, NEIGHBOURING  # noqa: E402

DATA = ROOT / "bench" / "data" / "aiact"
_LITERAL = re.compile(r"[\w'’ \-àâçéèêëîïôûùœ]+")


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)|e`` → a, b(c|d), e)."""
    out, depth, current, i = [], 0, "", 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            current += source[i : i + 2]
            i += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*out, current]


def evaluation_texts() -> list[str]:
    library = ROOT / "communs" / "apps" / "aiact" / "data" / "precedents.json"  # the old tier sets live on there
    texts = [c["d"] for c in json.loads(library.read_text())["cases"]]
    for path in sorted(DATA.glob("questions*.json")):
        data = json.loads(path.read_text())
        texts += [q["q"] for q in data["questions"] + data.get("out_of_scope", [])]
    return [fold(t) for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true", help="list every phrase, not only the suspicious ones")
    parser.add_argument("--lay", action="store_true", help="the lay profiles' phrases too")
    args = parser.parse_args()
    act = load_act()
    english = fold(" ".join(n.text for n in act.nodes.values()))
    french = fold(" ".join(act.french.values()))
    texts = evaluation_texts()
    phrases = [(f"lexicon:{name}", alt) for name, src in lexicon.CONCEPTS.items() for alt in alternatives(src)]
    phrases += [(f"lexicon:area {name}", alt) for name, src in lexicon.AREAS.items() for alt in alternatives(src)]
    phrases += [("glossary", term.removeprefix("en:")) for term in glossary()]
    phrases += [(f"scope:{domain}", term) for domain, terms in NEIGHBOURING.items() for term in terms]
    phrases += [("scope:act matter", term) for term in ACT_MATTER]
    phrases += [("scope:manipulation", term) for term in MANIPULATION]
    if args.lay:  # written from the Act alone (data/SOURCE.txt): a match is the Act's lay wording, not a lift
        phrases += [(f"lay:{top}", phrase) for top, items in profiles().items() for phrase in items]
    rows = []
    for where, phrase in phrases:
        if " " not in phrase.strip() or not _LITERAL.fullmatch(phrase):
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(fold(phrase)))
        count = sum(bool(pattern.search(t)) for t in texts)
        in_act = bool(pattern.search(english)) or bool(pattern.search(french))
        rows.append((count, where, phrase, in_act))
    suspicious = [r for r in rows if r[0] == 1 and not r[3]]
    print(
        f"{len(rows)} multi-word literal phrases; {sum(r[0] == 1 for r in rows)} in exactly one evaluation text, "
        f"{len(suspicious)} of them not in the Act"
    )
    for count, where, phrase, in_act in sorted(rows if args.all else suspicious):
        print(f"{count:3d}  {'Act' if in_act else '   '}  {where:28s} {phrase}")


if __name__ == "__main__":
    main()
