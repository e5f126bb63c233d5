"""Build ``communs/apps/aiact/data/act.json`` from the structured English text and the French excerpt.

    python -m communs.apps.aiact.build SOURCE_DIR    # the folder holding ai_act_en/ and ai_act_fr_excerpt/

Reproducible: the same sources give the same file (sorted keys, no dates). See data/SOURCE.txt.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communs.apps.aiact.parse import clean, parse_french, parse_paragraphs
from communs.apps.aiact.references import find_references
from communs.apps.build_source import source_folder

DATA = Path(__file__).parent / "data"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_ROMAN.update({"XI": 11, "XII": 12, "XIII": 13})
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}


def _heading(raw: str | None) -> tuple[str, str] | None:
    """ "Chapter III:\\nHigh-Risk AI System" → ("III", "High-Risk AI System")."""
    if not raw:
        return None
    match = re.match(r"\s*(?:Chapter|Section)\s+([IVX]+|\d+)\s*:\s*(.*)", " ".join(raw.split()))
    return (match.group(1), match.group(2).strip()) if match else None


def _paragraphs(prefix: str, text: str) -> list[dict[str, Any]]:
    out = []
    for paragraph in parse_paragraphs(text):
        pid = f"{prefix}_{paragraph.key}" if paragraph.key else prefix
        out.append(
            {
                "id": pid,
                "text": paragraph.text,
                "points": [{"id": f"{pid}_{p.key}", "text": p.text} for p in paragraph.points],
            }
        )
    return out


def build(source: Path) -> dict[str, Any]:
    english = source / "ai_act_en"
    articles_raw = json.loads((english / "articles.json").read_text())
    annexes_raw = json.loads((english / "annexes.json").read_text())
    recitals_raw = json.loads((english / "recitals.json").read_text())
    definitions_raw = json.loads((english / "definitions.json").read_text())

    chapters: dict[str, dict[str, Any]] = {}
    articles = []
    for key in sorted(articles_raw, key=lambda k: int(k.split("_")[1])):
        raw = articles_raw[key]
        number = int(key.split("_")[1])
        chapter = _heading(raw.get("chapter_title"))
        section = _heading(raw.get("section_title"))
        chapter_id = f"ch_{chapter[0]}" if chapter else None
        section_id = f"{chapter_id}_s{section[0]}" if chapter and section else None
        if chapter and chapter_id:
            entry = chapters.setdefault(
                chapter_id,
                {"id": chapter_id, "number": chapter[0], "title": chapter[1], "sections": [], "articles": []},
            )
            entry["articles"].append(f"art_{number}")
            if section and section_id and all(s["id"] != section_id for s in entry["sections"]):
                entry["sections"].append({"id": section_id, "number": section[0], "title": section[1], "articles": []})
            if section_id:
                next(s for s in entry["sections"] if s["id"] == section_id)["articles"].append(f"art_{number}")
        title = re.sub(r"^Article \d+:\s*", "", raw["title"]).strip()
        if number == 3:
            paragraphs = [
                {
                    "id": f"art_3_{i}",
                    "term": d["title"].strip(),
                    "text": clean(d["text_content"]),
                    "points": [],
                }
                for i, d in enumerate(
                    (definitions_raw[k] for k in sorted(definitions_raw, key=lambda k: int(k.split("_")[1]))), 1
                )
            ]
        else:
            paragraphs = _paragraphs(f"art_{number}", raw["text_content"])
        articles.append(
            {
                "id": f"art_{number}",
                "number": number,
                "title": title,
                "chapter": chapter_id,
                "section": section_id,
                "applies_from": raw.get("entry_date"),
                "paragraphs": paragraphs,
                "source_recitals": [f"rec_{int(r.split('_')[1])}" for r in raw.get("related_recital_ids") or []],
            }
        )
    annexes = []
    for key in sorted(annexes_raw, key=lambda k: int(k.split("_")[1])):
        raw = annexes_raw[key]
        numeral = _ROMAN_OF[int(key.split("_")[1])]
        title = re.sub(r"^Annex [IVX]+:\s*", "", raw["title"]).strip()
        annexes.append(
            {
                "id": f"anx_{numeral}",
                "number": numeral,
                "title": title,
                "paragraphs": _paragraphs(f"anx_{numeral}", raw["text_content"]),
            }
        )
    recitals = [
        {"id": f"rec_{int(k.split('_')[1])}", "number": int(k.split("_")[1]), "text": clean(v["text_content"])}
        for k, v in sorted(recitals_raw.items(), key=lambda kv: int(kv[0].split("_")[1]))
    ]
    french = parse_french((source / "ai_act_fr_excerpt" / "ai_act_fr_excerpt.md").read_text())
    act = {
        "title": "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
        "chapters": sorted(chapters.values(), key=lambda c: _ROMAN[c["number"]]),
        "articles": articles,
        "annexes": annexes,
        "recitals": recitals,
        "french": french,
    }
    _add_references(act)
    return act


def _add_references(act: dict[str, Any]) -> None:
    """Each paragraph and point gets ``refs`` [[start, end, [ids]]] into its own text."""
    known = _known_ids(act)
    for article in act["articles"]:
        for node in _nodes(article["paragraphs"]):
            node["refs"] = _refs(node["text"], known, article["number"])
    for annex in act["annexes"]:
        for node in _nodes(annex["paragraphs"]):
            node["refs"] = _refs(node["text"], known, None)
    for recital in act["recitals"]:
        recital["refs"] = _refs(recital["text"], known, None)


def _refs(text: str, known: set[str], article: int | None) -> list[list[Any]]:
    return [[r.start, r.end, list(r.ids)] for r in find_references(text, known.__contains__, article=article)]


def _nodes(paragraphs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for paragraph in paragraphs:
        yield paragraph
        yield from paragraph["points"]


def _known_ids(act: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    for chapter in act["chapters"]:
        ids.add(chapter["id"])
        ids.update(s["id"] for s in chapter["sections"])
    for item in act["articles"] + act["annexes"]:
        ids.add(item["id"])
        for node in _nodes(item["paragraphs"]):
            ids.add(node["id"])
    ids.update(r["id"] for r in act["recitals"])
    return ids


def main(argv: list[str]) -> None:
    source = source_folder(argv, "communs.apps.aiact.build", ("ai_act_en", "ai_act_fr_excerpt"))
    act = build(source)
    DATA.mkdir(exist_ok=True)
    (DATA / "act.json").write_text(json.dumps(act, ensure_ascii=False, indent=None, sort_keys=True) + "\n")
    counts = {k: len(act[k]) for k in ("chapters", "articles", "annexes", "recitals", "french")}
    print(f"wrote {DATA / 'act.json'}: {counts}")


if __name__ == "__main__":
    main(sys.argv)
