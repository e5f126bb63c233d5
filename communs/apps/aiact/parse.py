"""Split the AI Act's flattened text into paragraphs and points, and read the French excerpt.

The English source has one string per article ("1. ... (a) ... (b) ... 2. ..."). Numbers and letters are
accepted only in sequence and only where a new paragraph or point can begin (after a full stop, a colon, a
semicolon, or "; or", "; and"), so "points (a) and (b)" or "p. 24" are never taken for structure. Roman
sub-points ("(i)", "(ii)") stay inside their point. Text after a point's last sentence that belongs to the
paragraph (a closing subparagraph) stays with the last point: the source does not mark it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")

_PARAGRAPH = re.compile(r"(?<![^\s])(\d{1,2})\. (?=[A-Z‘'\"(])")
_POINT = re.compile(r"(?<![^\s])\(([a-z]{1,4})\) ")
_OPENERS = (":", ";", ".")


@dataclass
class Point:
    key: str
    text: str


@dataclass
class Paragraph:
    key: str | None  # "2" or None for an unnumbered article
    text: str  # the paragraph's own text, before its first point
    points: list[Point] = field(default_factory=list)


def clean(text: str) -> str:
    """Whitespace as in print: no space before punctuation, "Article 49 (2)" → "Article 49(2)"."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([.,;:)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\b((?:Article|Articles) \d+) \((\d+)\)", r"\1(\2)", text)
    return re.sub(r"\)\s\((\d+|[a-z])\)", r")(\1)", text)


def _can_open(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if not before:
        return True
    if before.endswith(_OPENERS):
        return True
    for conj in (" and", " or"):
        if before.endswith(conj) and before[: -len(conj)].rstrip().endswith((";", ",")):
            return True
    return False


def split_paragraphs(text: str) -> list[tuple[str | None, str]]:
    """[(number, text)] for "1. ... 2. ..."; [(None, text)] when the text is not numbered."""
    cuts: list[tuple[int, int, str]] = []
    expected = 1
    for match in _PARAGRAPH.finditer(text):
        if int(match.group(1)) == expected and _can_open(text, match.start()):
            if expected == 1 and not _intro_allowed(text[: match.start()]):
                continue
            cuts.append((match.start(), match.end(), match.group(1)))
            expected += 1
    if not cuts:
        return [(None, text.strip())]
    parts: list[tuple[str | None, str]] = []
    intro = text[: cuts[0][0]].strip()
    if intro:
        parts.append((None, intro))
    for i, (_, end, number) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        parts.append((number, text[end:stop].strip()))
    return parts


def _intro_allowed(intro: str) -> bool:
    # annexes open with a sentence ending in ":" or a section heading before point 1
    intro = intro.strip()
    return not intro or intro.endswith(":") or intro.startswith("Section ") or intro.startswith("Part ")


def split_points(text: str) -> tuple[str, list[Point]]:
    """A paragraph's lead text and its lettered points (a), (b)…; roman (i), (ii) stay inside."""
    cuts: list[tuple[int, int, str]] = []
    expected = "a"
    for match in _POINT.finditer(text):
        key = match.group(1)
        if key != expected or not _can_open(text, match.start()):
            continue
        if key in ROMAN and _is_roman_here(text, match.end(), key):
            continue
        cuts.append((match.start(), match.end(), key))
        expected = chr(ord(expected) + 1)
    if not cuts:
        return text.strip(), []
    lead = text[: cuts[0][0]].strip()
    points = []
    for i, (_, end, key) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        points.append(Point(key, text[end:stop].strip()))
    return lead, points


def _is_roman_here(text: str, end: int, key: str) -> bool:
    """ "(i)" right after point (h) is a sub-point when "(ii)" follows before the next letter."""
    following = ROMAN[ROMAN.index(key) + 1] if key != ROMAN[-1] else None
    if following is None:
        return False
    nxt = text.find(f"({following})", end)
    after = chr(ord(key[0]) + 1) if len(key) == 1 else None
    letter = text.find(f"({after})", end) if after else -1
    return nxt != -1 and (letter == -1 or nxt < letter)


def parse_paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(number, *split_points(body)) for number, body in split_paragraphs(clean(text))]


# -- French excerpt (markdown, one paragraph or point per line) -------------------------------------------
_FR_HEADING = re.compile(r"^#+ .*\[(rct|art)_(\d+)\]\s*$")
_FR_PARAGRAPH = re.compile(r"^(\d{1,2})\. (.*)")
_FR_POINT = re.compile(r"^([a-z])\) (.*)")
_FR_ROMAN = re.compile(r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\) ")


def parse_french(markdown: str) -> dict[str, str]:
    """{id: French text} for the recitals, paragraphs and points of the excerpt (``rec_1``, ``art_5_1_a``)."""
    texts: dict[str, str] = {}
    current: str | None = None
    article: str | None = None
    paragraph: str | None = None
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line or line.startswith("[") or (line.startswith("#") and "[" not in line):
            if line.startswith("#"):
                current = None
            continue
        heading = _FR_HEADING.match(line)
        if heading:
            kind, number = heading.groups()
            if kind == "rct":
                current, article = f"rec_{number}", None
            else:
                article, paragraph, current = f"art_{number}", None, f"art_{number}"
            continue
        if article and (m := _FR_PARAGRAPH.match(line)):
            paragraph = f"{article}_{m.group(1)}"
            current = paragraph
            texts[current] = m.group(2)
            continue
        if article and not _FR_ROMAN.match(line) and (m := _FR_POINT.match(line)):
            current = f"{paragraph or article}_{m.group(1)}"
            texts[current] = m.group(2)
            continue
        if current:
            texts[current] = (texts.get(current, "") + " " + line).strip()
    return texts
