"""The AI Act shipped with the package (data/act.json): ids, labels, table of contents, article views.

Ids: ``art_6`` (article), ``art_6_2`` (paragraph), ``art_5_1_c`` (point), ``art_16_a`` (point of an unnumbered
article), ``art_3_12`` (definition 12 of Art. 3), ``anx_III``, ``anx_III_4``, ``anx_III_4_a``, ``rec_12``,
``ch_III``, ``ch_III_s2``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from communs.errors import InvalidRequestError, NotFoundError

DATA = Path(__file__).parent / "data"
_ID = re.compile(
    r"^(?:art_\d{1,3}(?:_\d{1,2})?(?:_[a-z]{1,2})?|art_\d{1,3}_[a-z]|anx_[IVX]+(?:_\d{1,2})?(?:_[a-z])?"
    r"|anx_[IVX]+_[a-z]|rec_\d{1,3}|ch_[IVX]+(?:_s\d)?)$"
)


@dataclass
class Node:
    """One citable unit: a paragraph, a point, a definition, an annex point or a recital."""

    id: str
    text: str
    parent: str  # the article, annex or recital id it belongs to
    refs: list[list[Any]] = field(default_factory=list)
    term: str | None = None
    lead: str = ""  # a point's paragraph lead ("Providers of high-risk AI systems shall:")


class Act:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.chapters = {c["id"]: c for c in data["chapters"]}
        self.sections = {s["id"]: s for c in data["chapters"] for s in c["sections"]}
        self.articles = {a["id"]: a for a in data["articles"]}
        self.annexes = {a["id"]: a for a in data["annexes"]}
        self.recitals = {r["id"]: r for r in data["recitals"]}
        self.french: dict[str, str] = data.get("french", {})
        self.nodes: dict[str, Node] = {}
        for item in list(self.articles.values()) + list(self.annexes.values()):
            for paragraph in item["paragraphs"]:
                self.nodes[paragraph["id"]] = Node(
                    paragraph["id"], paragraph["text"], item["id"], paragraph.get("refs", []), paragraph.get("term")
                )
                for point in paragraph["points"]:
                    self.nodes[point["id"]] = Node(
                        point["id"], point["text"], item["id"], point.get("refs", []), lead=paragraph["text"]
                    )
        for recital in self.recitals.values():
            self.nodes[recital["id"]] = Node(recital["id"], recital["text"], recital["id"], recital.get("refs", []))
        self.definitions = [self.nodes[p["id"]] for p in self.articles["art_3"]["paragraphs"]]
        similar = DATA / "recitals_similar.json"
        self.similar_recitals: dict[str, list[list[Any]]] = (
            json.loads(similar.read_text())["related"] if similar.is_file() else {}
        )
        self._ids = set(self.nodes) | set(self.articles) | set(self.annexes) | set(self.chapters) | set(self.sections)

    # -- ids ------------------------------------------------------------------
    def exists(self, ident: str) -> bool:
        return ident in self._ids

    def top(self, ident: str) -> str:
        """The article, annex or recital an id belongs to (``art_6_2`` → ``art_6``)."""
        node = self.nodes.get(ident)
        return node.parent if node else ident

    def label(self, ident: str) -> str:
        """ "Art. 6(2)", "Art. 5(1)(c)", "Annex III, 4(a)", "Recital 12"."""
        parts = ident.split("_")
        if parts[0] == "rec":
            return f"Recital {parts[1]}"
        if parts[0] == "ch":
            return f"Chapter {parts[1]}" + (f", Section {parts[2][1:]}" if len(parts) > 2 else "")
        rest = "".join(f"({p})" for p in parts[2:])
        if parts[0] == "art":
            return f"Art. {parts[1]}{rest}"
        if len(parts) > 2:
            return f"Annex {parts[1]}, {parts[2]}" + "".join(f"({p})" for p in parts[3:])
        return f"Annex {parts[1]}"

    def title(self, ident: str) -> str:
        """The title of the article or annex an id belongs to, or the recital's label."""
        top = self.top(ident)
        item = self.articles.get(top) or self.annexes.get(top)
        if item:
            return item["title"]
        return self.label(top)

    def text(self, ident: str) -> str:
        node = self.nodes.get(ident)
        if node:
            prefix = f"‘{node.term}’ means " if node.term and not node.text.startswith(node.term) else ""
            return prefix + node.text
        item = self.articles.get(ident) or self.annexes.get(ident)
        if item:
            return " ".join(self.paragraph_text(p) for p in item["paragraphs"])
        raise NotFoundError(f"{ident!r} is not an id of the AI Act")

    def paragraph_text(self, paragraph: dict[str, Any]) -> str:
        points = " ".join(f"({p['id'].rsplit('_', 1)[1]}) {p['text']}" for p in paragraph["points"])
        return (paragraph["text"] + " " + points).strip()

    def resolve(self, reference: str) -> str:
        """An id from what a person types: "6", "art_6", "Article 6", "6(2)", "5(1)(c)", "Annex III", "III",
        "anx_III_4_a", "recital 12"."""
        raw = " ".join(str(reference).split())
        if _ID.match(raw):
            if not self.exists(raw):
                raise NotFoundError(f"{reference!r} does not exist in the AI Act")
            return raw
        text = raw.lower().replace("article", "").replace("art.", "").strip()
        if m := re.fullmatch(r"(\d{1,3})((?:\(\w{1,2}\))*)", text.replace(" ", "")):
            ident = "art_" + m.group(1) + "".join(f"_{x}" for x in re.findall(r"\((\w{1,2})\)", m.group(2)))
        elif m := re.fullmatch(r"(?:annex|annexe|anx)?[ _]*([ivx]+)(?:[ ,_]*(\d{1,2}))?(?:[ _(]*([a-z])\)?)?", text):
            ident = f"anx_{m.group(1).upper()}" + (f"_{m.group(2)}" if m.group(2) else "")
            ident += f"_{m.group(3)}" if m.group(3) else ""
        elif m := re.fullmatch(r"(?:recital|considérant|considerant|rec)[ _]*(\d{1,3})", text):
            ident = f"rec_{m.group(1)}"
        else:
            raise InvalidRequestError(f"{reference!r} is not an article, annex or recital of the AI Act")
        if not self.exists(ident):
            raise NotFoundError(f"{reference!r} does not exist in the AI Act")
        return ident

    # -- navigation -----------------------------------------------------------
    def toc(self) -> dict[str, Any]:
        def entry(ident: str) -> dict[str, str]:
            return {"id": ident, "label": self.label(ident), "title": self.title(ident)}

        chapters = []
        for chapter in self.data["chapters"]:
            in_sections = {a for s in chapter["sections"] for a in s["articles"]}
            chapters.append(
                {
                    "id": chapter["id"],
                    "label": f"Chapter {chapter['number']}",
                    "title": chapter["title"],
                    "articles": [entry(a) for a in chapter["articles"] if a not in in_sections],
                    "sections": [
                        {
                            "id": s["id"],
                            "label": f"Section {s['number']}",
                            "title": s["title"],
                            "articles": [entry(a) for a in s["articles"]],
                        }
                        for s in chapter["sections"]
                    ],
                }
            )
        return {
            "title": self.data["title"],
            "chapters": chapters,
            "annexes": [entry(a) for a in self.annexes],
            "recitals": len(self.recitals),
        }

    def article(self, reference: str) -> dict[str, Any]:
        """An article or annex with its paragraphs, the ids it refers to, related recitals and definitions."""
        ident = self.top(self.resolve(reference))
        item = self.articles.get(ident) or self.annexes.get(ident)
        if item is None:  # a recital
            recital = self.recitals[ident]
            refs = _ids_of(recital.get("refs", []))
            return {
                "id": ident,
                "title": self.label(ident),
                "chapter": None,
                "section": None,
                "paragraphs": [{"id": ident, "text": recital["text"], "refs": recital.get("refs", [])}],
                "references": refs,
                "recitals": [],
                "definitions": [],
                "french": self.french.get(ident),
            }
        paragraphs = []
        references: list[str] = []
        for paragraph in item["paragraphs"]:
            for node in [paragraph, *paragraph["points"]]:
                paragraphs.append(
                    {
                        "id": node["id"],
                        "text": self.text(node["id"]),
                        "refs": node.get("refs", []),
                        "point": node is not paragraph,
                        "french": self.french.get(node["id"]),
                    }
                )
                references.extend(i for i in _ids_of(node.get("refs", [])) if i not in references)
        chapter = self.chapters.get(item.get("chapter") or "")
        section = self.sections.get(item.get("section") or "")
        return {
            "id": ident,
            "label": self.label(ident),
            "title": item["title"],
            "chapter": chapter and {"id": chapter["id"], "title": f"Chapter {chapter['number']}: {chapter['title']}"},
            "section": section and {"id": section["id"], "title": f"Section {section['number']}: {section['title']}"},
            "applies_from": item.get("applies_from"),
            "paragraphs": paragraphs,
            "references": [r for r in references if self.top(r) != ident or r != ident],
            "recitals": self.related_recitals(ident),
            "definitions": self.definitions_used(ident) if ident != "art_3" else [],
        }

    def related_recitals(self, ident: str) -> list[str]:
        """No official map exists: the recitals artificialintelligenceact.eu suggests for the article, the
        recitals whose text cites it, then the recitals closest to it by embedding similarity
        (data/recitals_similar.json, made by ``python -m communs.apps.aiact.index``)."""
        found = list(self.articles.get(ident, {}).get("source_recitals", []))
        for recital in self.recitals.values():
            if recital["id"] not in found and any(self.top(i) == ident for i in _ids_of(recital.get("refs", []))):
                found.append(recital["id"])
        for recital_id, _ in self.similar_recitals.get(ident, []):
            if recital_id not in found and self.exists(recital_id):
                found.append(recital_id)
        return found

    def definitions_used(self, ident: str) -> list[dict[str, str]]:
        """Terms of Art. 3 the article's text uses, in order of first use."""
        text = self.text(ident).lower()
        used = []
        for node in self.definitions:
            term = (node.term or "").lower()
            match = re.search(rf"(?<![\w-]){re.escape(term)}s?(?![\w-])", text)
            if term and match:
                used.append((match.start(), {"id": node.id, "term": node.term or ""}))
        return [d for _, d in sorted(used, key=lambda x: x[0])]


def _ids_of(refs: list[list[Any]]) -> list[str]:
    out: list[str] = []
    for _, _, ids in refs:
        out.extend(i for i in ids if i not in out)
    return out


@lru_cache(maxsize=1)
def load_act() -> Act:
    return Act(json.loads((DATA / "act.json").read_text()))


def segments(text: str, refs: list[list[Any]]) -> list[tuple[str, str | None]]:
    """The text cut at its cross-references: [(piece, id or None)], for the faces to turn into links."""
    out: list[tuple[str, str | None]] = []
    position = 0
    for start, end, ids in sorted(refs, key=lambda r: r[0]):
        if start < position:
            continue
        if start > position:
            out.append((text[position:start], None))
        out.append((text[start:end], ids[0]))
        position = end
    if position < len(text):
        out.append((text[position:], None))
    return out
