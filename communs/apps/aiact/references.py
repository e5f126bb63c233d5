"""Cross-references in the Act's text ("Article 6(2)", "point (h) of paragraph 1", "Articles 8 to 15",
"Annex III", "paragraph 3 of this Article") resolved to ids (``art_6_2``, ``art_5_1_h``, ``anx_III``).

:func:`find_references` returns located spans, so the faces can turn them into links. A reference to
another act ("Article 3(4) of Directive (EU) 2016/680", "Article 16 TFEU") is not one of ours and is left
alone. An id is only produced when ``known`` says it exists; otherwise the nearest existing parent is used
(``art_49_2`` missing → ``art_49``), so a link never points nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ROMAN_NUMERAL = r"(?:XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_NUM = r"(\d{1,3})"
_SUB = r"(?:,? first subparagraph,?)?"
_LETTER = r"\(([a-z])\)"

_EXTERNAL = re.compile(
    r"^,?\s*(?:of|to|in)\s+(?:that\s+|the\s+)?(?:Directive|Regulation|Council|Decision|Treaty|Charter|Protocol|"
    r"Implementing|Delegated|Union\s+law|TFEU|TEU)|^\s*(?:TFEU|TEU)\b|^\s*thereof",
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("point_of_article", re.compile(rf"points? {_LETTER} of Article {_NUM}\({_NUM}\)")),
    ("point_of_paragraph", re.compile(rf"points? {_LETTER} of paragraph {_NUM}(?: of (?:this )?Article(?: {_NUM})?)?")),
    ("paragraph_point", re.compile(rf"paragraph {_NUM}{_SUB},? points? {_LETTER}")),
    ("article_point", re.compile(rf"Article {_NUM}\({_NUM}\){_SUB},? points? {_LETTER}")),
    ("article_par_letter", re.compile(rf"Article {_NUM}\({_NUM}\)\(([a-z])\)")),
    ("article_par", re.compile(rf"Article {_NUM}\({_NUM}\)")),
    ("articles_range", re.compile(rf"Articles {_NUM} to {_NUM}")),
    ("articles_list", re.compile(rf"Articles {_NUM}((?:, {_NUM})*(?:,? (?:and|or) {_NUM}))")),
    ("article", re.compile(rf"Article {_NUM}(?!\d)")),
    ("paragraphs_range", re.compile(rf"paragraphs {_NUM} to {_NUM}")),
    ("paragraphs_list", re.compile(rf"paragraphs {_NUM}((?:, {_NUM})*(?:,? (?:and|or) {_NUM}))")),
    ("paragraph", re.compile(rf"paragraph {_NUM}(?: of (?:this )?Article)?(?!\d)")),
    ("annex_point", re.compile(rf"points? {_NUM}(?:{_LETTER})? of Annex ({ROMAN_NUMERAL})\b")),
    ("annex_points_range", re.compile(rf"points {_NUM} to {_NUM},? of Annex ({ROMAN_NUMERAL})\b")),
    ("annexes_list", re.compile(rf"Annexes ({ROMAN_NUMERAL}) (?:and|or) ({ROMAN_NUMERAL})\b")),
    ("annex", re.compile(rf"Annex ({ROMAN_NUMERAL})\b")),
    ("chapter_section", re.compile(rf"Chapter ({ROMAN_NUMERAL}),? Section {_NUM}")),
    ("section_of_chapter", re.compile(rf"Section {_NUM} of Chapter ({ROMAN_NUMERAL})\b")),
    ("chapter", re.compile(rf"Chapter ({ROMAN_NUMERAL})\b")),
]
_ANY = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in _PATTERNS))


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    text: str
    ids: tuple[str, ...]


def _nearest(candidate: str, known: Callable[[str], bool]) -> str | None:
    parts = candidate.split("_")
    while len(parts) >= 2:
        ident = "_".join(parts)
        if known(ident):
            return ident
        parts = parts[:-1]
    return None


def _candidates(kind: str, groups: tuple[str | None, ...], article: int | None) -> list[str]:
    g = [x for x in groups if x is not None]
    here = f"art_{article}" if article is not None else None
    if kind == "point_of_article":
        return [f"art_{g[1]}_{g[2]}_{g[0]}"]
    if kind == "point_of_paragraph":
        target = f"art_{g[2]}" if len(g) > 2 else here
        return [f"{target}_{g[1]}_{g[0]}"] if target else []
    if kind == "paragraph_point":
        return [f"{here}_{g[0]}_{g[1]}"] if here else []
    if kind == "article_point":
        return [f"art_{g[0]}_{g[1]}_{g[2]}"]
    if kind == "article_par_letter":
        return [f"art_{g[0]}_{g[1]}_{g[2]}"]
    if kind == "article_par":
        return [f"art_{g[0]}_{g[1]}"]
    if kind == "articles_range":
        low, high = int(g[0]), int(g[1])
        return [f"art_{n}" for n in range(low, high + 1)] if 0 < high - low < 40 else []
    if kind in ("articles_list", "paragraphs_list"):
        numbers = [g[0], *re.findall(r"\d+", g[1])]
        if kind == "articles_list":
            return [f"art_{n}" for n in numbers]
        return [f"{here}_{n}" for n in numbers] if here else []
    if kind == "article":
        return [f"art_{g[0]}"]
    if kind == "paragraphs_range":
        low, high = int(g[0]), int(g[1])
        return [f"{here}_{n}" for n in range(low, high + 1)] if here and 0 < high - low < 20 else []
    if kind == "paragraph":
        return [f"{here}_{g[0]}"] if here else []
    if kind == "annex_point":
        return [f"anx_{g[-1]}_{g[0]}" + (f"_{g[1]}" if len(g) == 3 else "")]
    if kind == "annex_points_range":
        low, high = int(g[0]), int(g[1])
        return [f"anx_{g[2]}_{n}" for n in range(low, high + 1)] if 0 < high - low < 20 else []
    if kind == "annexes_list":
        return [f"anx_{g[0]}", f"anx_{g[1]}"]
    if kind == "annex":
        return [f"anx_{g[0]}"]
    if kind == "chapter_section":
        return [f"ch_{g[0]}_s{g[1]}"]
    if kind == "section_of_chapter":
        return [f"ch_{g[1]}_s{g[0]}"]
    if kind == "chapter":
        return [f"ch_{g[0]}"]
    return []


def find_references(text: str, known: Callable[[str], bool], *, article: int | None = None) -> list[Reference]:
    """The Act's own cross-references in ``text`` (``article``: the article the text belongs to, for
    "paragraph 3" or "point (h) of paragraph 1")."""
    found: list[Reference] = []
    for match in _ANY.finditer(text):
        if _EXTERNAL.match(text[match.end() : match.end() + 60]):
            continue
        kind = match.lastgroup or ""
        groups = _PATTERNS_BY_NAME[kind].fullmatch(match.group(0))
        if groups is None:
            continue
        ids: list[str] = []
        for candidate in _candidates(kind, groups.groups(), article):
            ident = _nearest(candidate, known)
            if ident and ident not in ids:
                ids.append(ident)
        if ids:
            found.append(Reference(match.start(), match.end(), match.group(0), tuple(ids)))
    return found


_PATTERNS_BY_NAME = dict(_PATTERNS)


def referenced_ids(text: str, known: Callable[[str], bool], *, article: int | None = None) -> list[str]:
    ids: list[str] = []
    for reference in find_references(text, known, article=article):
        ids.extend(i for i in reference.ids if i not in ids)
    return ids
