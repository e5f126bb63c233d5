"""Cut a parsed document into chunks that follow its structure and remember their pages.

1. Lines are read as headings (Markdown ``#``, and legal-text lines such as "TITRE II",
   "Chapitre 3", "Section 1", "Article 5", "Article L. 162-5-3", "Annexe I"), numbered
   paragraphs inside an article ("1. Les ..."), or body text; runs of body lines are paragraphs.
2. Paragraphs longer than ``max_chars`` are split at sentence ends, then line breaks, then
   spaces: a word is never cut (unless one "word" alone exceeds ``max_chars``).
3. Pieces are packed in order up to ``max_chars`` without crossing a heading. A chunk that
   continues the previous one inside the same section starts ``overlap_chars`` at most
   before its end, at a sentence start when there is one, else at a word start.

A chunk's ``content`` is exactly ``doc.text[start:end]`` and begins with the headings that
open its section; ``section`` is the heading path at its start ("TITRE II > Article 5 > 1.").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from communs.documents.types import Chunk, ParsedDocument

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
# Legal structure, outermost first: the rank is the heading level (Annexe sits at the top).
_LEGAL_RANKS = {"livre": 1, "partie": 1, "annexe": 1, "titre": 2, "chapitre": 3, "section": 4,
                "sous-section": 5, "paragraphe": 6, "article": 7}
_NUMBER = (r"(?:premier|première|unique|préliminaire|liminaire"
           r"|(?:[LRDA]\*{0,2}\.?[ \t]?)?\d+(?:er)?(?:[-.]\d+)*(?:[ \t]?(?:bis|ter|quater|quinquies|sexies))?"
           r"|[IVXLC]+(?:[ \t]?(?:bis|ter))?|[A-Z])")
_LEGAL_HEADING = re.compile(
    r"^(?P<kw>livre|partie|annexe|titre|chapitre|sous-section|section|paragraphe|article|art\.)[ \t]+"
    + _NUMBER + r"(?P<rest>.*)$", re.I)
# What may follow the number in a heading: nothing, a separator and a title, or a capitalised title.
_HEADING_REST = re.compile(r"^(?:[ \t]*|[ \t]*[-–—:.)][ \t]*\S.*|[ \t]+[A-ZÀ-ÖØ-Þ«\"(].*)$")
_NUMBERED_PARAGRAPH = re.compile(r"^(\d{1,3})[.)°][ \t]+[A-ZÀ-ÖØ-Þ«\"(]")
ARTICLE_LEVEL = _LEGAL_RANKS["article"]
NUMBERED_LEVEL = 8
MAX_HEADING_CHARS = 120

_ABBREVIATIONS = {"art", "al", "cf", "mme", "mmes", "mlle", "mm", "dr", "pr", "me", "st", "ste", "av", "bd",
                  "p", "pp", "n", "no", "vol", "chap", "ex", "fig", "env", "etc", "éd", "coll", "réf", "tél",
                  "min", "max", "approx", "c", "ca", "cass", "civ", "crim", "soc", "com", "jo", "sect", "ord"}
# A sentence ends at . ! ? or … (maybe closed by quotes/brackets), before a space and a capital,
# a digit or an opening quote/dash.
_SENTENCE_END = re.compile(r"[.!?…]+[»\"')\]]*(?=\s+[A-ZÀ-ÖØ-Þ0-9«\"(\-–—•])")


@dataclass
class _Piece:
    start: int
    end: int
    group: tuple[str, ...]  # heading path: chunks never cross a change of group
    section: str | None  # heading path plus the numbered paragraph, for display


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, title) when a line is a heading, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS:
        return None
    match = _MARKDOWN_HEADING.match(stripped)
    if match:
        return len(match.group(1)), _label(match.group(2))
    match = _LEGAL_HEADING.match(stripped)
    if match and stripped[0].isupper() and _HEADING_REST.match(match.group("rest")):
        keyword = match.group("kw").lower()
        return _LEGAL_RANKS.get(keyword, ARTICLE_LEVEL), _label(stripped)
    return None


def _label(title: str) -> str:
    title = " ".join(title.replace("*", " ").split()).rstrip(":").strip()
    return title if len(title) <= 80 else title[:79].rsplit(" ", 1)[0] + "…"


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period just before ``end`` closes an abbreviation or an initial ("art.", "M.")."""
    word = re.search(r"(\w+)\.\W*$", text[max(0, end - 16):end])
    return bool(word) and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1)


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where a new sentence begins (after the first one)."""
    starts = []
    for match in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, match.end()):
            continue
        following = match.end() + len(text[match.end():end]) - len(text[match.end():end].lstrip())
        if following < end:
            starts.append(following)
    return starts


def _greedy(text: str, cuts: list[int], start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Spans of at most max_chars from text[start:end], cut only at the given offsets when possible."""
    spans: list[tuple[int, int]] = []
    bounds = [start, *[c for c in cuts if start < c < end], end]
    piece_start = start
    for a, b in zip(bounds, bounds[1:]):
        if b - piece_start > max_chars and a > piece_start:
            spans.append((piece_start, len(text[:a].rstrip()) if text[piece_start:a].strip() else a))
            piece_start = a
        if b - piece_start > max_chars:  # a single unit longer than max_chars: cut it hard
            while b - piece_start > max_chars:
                spans.append((piece_start, piece_start + max_chars))
                piece_start += max_chars
    spans.append((piece_start, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def split_paragraph(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as pieces of at most max_chars: whole, else sentences, else lines, else words."""
    if end - start <= max_chars:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    bounds = [start, *sentence_starts(text, start, end), end]
    for a, b in zip(bounds, bounds[1:]):
        b = a + len(text[a:b].rstrip())
        if b - a <= max_chars:
            pieces.append((a, b))
            continue
        line_starts = [m.end() for m in re.finditer(r"\n\s*", text[a:b])]
        for la, lb in _greedy(text, [a + s for s in line_starts], a, b, max_chars):
            words = [la + m.end() for m in re.finditer(r"\s+", text[la:lb])]
            pieces.extend(_greedy(text, words, la, lb, max_chars))
    return pieces


def _pieces(text: str, max_chars: int) -> list[_Piece]:
    """Read the lines: headings set the path; paragraphs are split into pieces of <= max_chars."""
    pieces: list[_Piece] = []
    path: list[tuple[int, str]] = []  # (level, label)
    lead_in: int | None = None  # start of headings not yet attached to any piece
    in_fence = False
    block_start = block_end = -1

    def flush_block() -> None:
        nonlocal block_start, lead_in
        if block_start < 0:
            return
        group = tuple(label for level, label in path if level != NUMBERED_LEVEL)
        section = " > ".join(label for _, label in path) or None
        for a, b in split_paragraph(text, block_start, block_end, max_chars):
            if lead_in is not None and b - lead_in <= max_chars:
                a = lead_in
            lead_in = None
            pieces.append(_Piece(a, b, group, section))
        block_start = -1

    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else heading_of(line)
        numbered = None
        if heading is None and not in_fence and path and path[-1][0] in (ARTICLE_LEVEL, NUMBERED_LEVEL):
            numbered = _NUMBERED_PARAGRAPH.match(line.strip())
        if heading or numbered:
            flush_block()
            level, label = heading if heading else (NUMBERED_LEVEL, numbered.group(1) + ".")
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, label))
            if heading:
                if lead_in is None:
                    lead_in = line_start + len(line) - len(line.lstrip())
                continue
        if not line.strip():
            flush_block()
            continue
        if block_start < 0:
            block_start = line_start + len(line) - len(line.lstrip())
        block_end = line_start + len(line.rstrip())
    flush_block()
    if lead_in is not None:  # headings with nothing after them
        end = len(text.rstrip())
        pieces.append(_Piece(lead_in, min(end, lead_in + max_chars), ("",), " > ".join(lb for _, lb in path)))
    return pieces


def _overlap_start(text: str, chunk_start: int, chunk_end: int, nxt: _Piece, overlap_chars: int,
                   max_chars: int) -> int:
    """Where the next chunk starts so that it repeats at most overlap_chars of the previous one:
    the earliest sentence start in that window, else the earliest word start, else no overlap."""
    floor = max(chunk_end - overlap_chars, chunk_start + 1)
    if overlap_chars <= 0 or floor >= chunk_end:
        return nxt.start
    window_start = max(chunk_start, floor - 400)  # enough context for the sentence regex
    for candidate in sentence_starts(text, window_start, chunk_end):
        if candidate >= floor and nxt.end - candidate <= max_chars:
            return candidate
    for match in re.finditer(r"\s+", text[floor - 1:chunk_end]):
        candidate = floor - 1 + match.end()
        if candidate < chunk_end and nxt.end - candidate <= max_chars:
            return candidate
    return nxt.start


def chunk_document(doc: ParsedDocument, *, max_chars: int = 1200, overlap_chars: int = 150) -> list[Chunk]:
    """Chunks of at most ``max_chars`` characters that follow the document's headings and paragraphs."""
    if max_chars < 50:
        raise ValueError("max_chars must be at least 50")
    overlap_chars = max(0, min(overlap_chars, max_chars // 2))
    text = doc.text
    spans = [span for span in doc.page_spans() if span[2] > span[1]]
    page_starts = [start for _, start, _ in spans]
    pieces = _pieces(text, max_chars)

    def make(start: int, end: int, section: str | None) -> Chunk:
        first = max(bisect.bisect_right(page_starts, start) - 1, 0)
        pages = [number for number, a, b in spans[first:] if a < end and b > start and a < end]
        return Chunk(index=len(chunks), content=text[start:end], pages=pages, start=start, end=end,
                     section=section)

    chunks: list[Chunk] = []
    first = 0
    start = pieces[0].start if pieces else 0
    section = pieces[0].section if pieces else None
    for index in range(1, len(pieces) + 1):
        nxt = pieces[index] if index < len(pieces) else None
        if nxt is not None and nxt.group == pieces[first].group and nxt.end - start <= max_chars:
            continue  # it fits: keep packing
        chunks.append(make(start, pieces[index - 1].end, section))
        if nxt is None:
            break
        if nxt.group == pieces[first].group:  # same section, the chunk was full: overlap
            start = _overlap_start(text, start, pieces[index - 1].end, nxt, overlap_chars, max_chars)
            owner = max(i for i in range(first, index + 1) if pieces[i].start <= start)
            section = pieces[owner].section
        else:
            start, section = nxt.start, nxt.section
        first = index
    return chunks
