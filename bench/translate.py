"""Translation benchmark: facts kept, chrF against translations written by hand, back-translation.

Reads a set of paragraphs in this format (a JSON list):

    [{"id": str, "source": "fiche name/URL", "fr": str, "facts": [str, ...],
      "refs": {"en": str, "ar": str, "uk": str, "es": str, "pt": str}}]

and translates each ``fr`` into each language of ``refs`` with ``communs.apps.translate`` (the chat model
through the registry, exactly as the API runs it). Per language it reports:

- facts kept: the share of the set's ``facts`` strings found in the translation, dates and digits
  normalised (``communs.apps.translate.check.kept``: "15 janvier" is "15 January", "1 234,56 €" is
  "€1,234.56"); the target is 100 %;
- chrF of the translations against ``refs`` (corpus-level, character 6-grams, beta 2, whitespace
  removed: sacrebleu's CHRF defaults, implemented below and checked against sacrebleu 2.5.1);
- back-translation: the translation translated back into French, chrF against ``fr`` (a check that the
  meaning survived both ways, independent of the reference's wording);
- paragraphs flagged by the app's own check, and seconds per paragraph (translation only).

    .venv/bin/python bench/translate.py [--set tests/data/translate/paragraphs.json] [--langs en,ar]
        [--limit N] [--model NAME] [--no-back] [--out bench/results/translate.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path

from communs.apps.translate.check import kept
from communs.apps.translate.translate import translate
from communs.config import load_settings
from communs.models.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "data" / "translate" / "paragraphs.json"
CHAR_ORDER = 6
BETA = 2.0


def _ngrams(text: str, n: int) -> Counter[str]:
    line = "".join(text.split())
    return Counter(line[i : i + n] for i in range(len(line) - n + 1))


def chrf_statistics(hypothesis: str, reference: str) -> list[int]:
    """Per order 1..6: hypothesis n-grams, reference n-grams, matches (sacrebleu's sentence statistics)."""
    stats: list[int] = []
    for n in range(1, CHAR_ORDER + 1):
        hyp, ref = _ngrams(hypothesis, n), _ngrams(reference, n)
        stats += [sum(hyp.values()), sum(ref.values()), sum((hyp & ref).values())]
    return stats


def chrf_score(statistics: list[int]) -> float:
    """chrF from summed statistics: precision and recall averaged over the orders, then F-beta (x100)."""
    eps = 1e-16
    factor = BETA**2
    precision = recall = 0.0
    effective = 0
    for i in range(CHAR_ORDER):
        n_hyp, n_ref, n_match = statistics[3 * i : 3 * i + 3]
        precision += n_match / n_hyp if n_hyp > 0 else eps
        recall += n_match / n_ref if n_ref > 0 else eps
        effective += 1 if n_hyp > 0 and n_ref > 0 else 0
    if effective == 0:
        return 0.0
    precision, recall = precision / effective, recall / effective
    if precision + recall == 0:
        return 0.0
    return 100 * (1 + factor) * precision * recall / (factor * precision + recall)


def corpus_chrf(hypotheses: list[str], references: list[str]) -> float:
    """Corpus chrF: the sentences' statistics summed, then one score (as sacrebleu's corpus_score)."""
    total = [0] * (3 * CHAR_ORDER)
    for hypothesis, reference in zip(hypotheses, references, strict=True):
        total = [a + b for a, b in zip(total, chrf_statistics(hypothesis, reference), strict=True)]
    return round(chrf_score(total), 1)


def load_set(path: Path) -> list[dict]:
    items = json.loads(path.read_text(encoding="utf-8"))
    for item in items:
        missing = {"id", "fr", "facts", "refs"} - set(item)
        if missing:
            raise SystemExit(f"{path}: item {item.get('id')!r} lacks {', '.join(sorted(missing))}")
    return items


async def run(items: list[dict], langs: list[str], model: str | None, back: bool, out: Path | None) -> dict:
    registry = Registry(load_settings())
    report: dict = {"paragraphs": len(items), "languages": {}, "each": []}
    try:
        for lang in langs:
            hyps, refs, backs, sources = [], [], [], []
            facts_total = facts_kept = flagged = 0
            seconds = 0.0
            for item in items:
                if lang not in item["refs"]:
                    continue
                started = time.perf_counter()
                result = await translate(item["fr"], registry, lang, model=model)
                took = time.perf_counter() - started
                seconds += took
                lost = [fact for fact in item["facts"] if not kept(fact, result.text)]
                facts_total += len(item["facts"])
                facts_kept += len(item["facts"]) - len(lost)
                flagged += result.flagged
                hyps.append(result.text)
                refs.append(item["refs"][lang])
                row = {"id": item["id"], "lang": lang, "translation": result.text, "lost_facts": lost}
                row |= {"flagged": result.flagged, "seconds": round(took, 1)}
                row["chrf"] = corpus_chrf([result.text], [item["refs"][lang]])
                if back:
                    returned = await translate(result.text, registry, "fr", source=lang, model=model)
                    backs.append(returned.text)
                    sources.append(item["fr"])
                    row |= {"back": returned.text, "back_chrf": corpus_chrf([returned.text], [item["fr"]])}
                report["each"].append(row)
                if out:  # each paragraph as it is done: a long run stopped early keeps what it measured
                    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
                print(f"{lang} {item['id']}: chrF {row['chrf']}, lost {lost}, {took:.0f} s", file=sys.stderr)
            report["languages"][lang] = {
                "paragraphs": len(hyps),
                "facts_kept": round(facts_kept / facts_total, 3) if facts_total else None,
                "facts": facts_total,
                "chrf": corpus_chrf(hyps, refs) if hyps else None,
                "back_chrf": corpus_chrf(backs, sources) if backs else None,
                "flagged_paragraphs": flagged,
                "seconds_per_paragraph": round(seconds / len(hyps), 1) if hyps else None,
            }
    finally:
        await registry.aclose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument("--langs", default="en,ar,uk,es,pt")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None, help="a chat model of the registry (default: the default one)")
    parser.add_argument("--no-back", action="store_true", help="skip the back-translation")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    items = load_set(args.set)[: args.limit]
    report = asyncio.run(run(items, args.langs.split(","), args.model, not args.no_back, args.out))
    report = {"set": str(args.set), "model": args.model or "default chat model", **report}
    text = json.dumps(report, ensure_ascii=False, indent=2)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps(report["languages"], ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
