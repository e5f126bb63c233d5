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
import itertools
import re
from dataclasses import dataclass

from communs.documents.types import Chunk, ParsedDocument
from communs.nlp.abbreviations import FRENCH_ABBREVIATIONS

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
# Legal structure, outermost first: the rank is the heading level (Annexe sits at the top).
_LEGAL_RANKS = {
    "livre": 1,
    "partie": 1,
    "annexe": 1,
    "titre": 2,
    "chapitre": 3,
    "section": 4,
    "sous-section": 5,
    "paragraphe": 6,
    "article": 7,
}
_NUMBER = (
    r"(?:premier|première|unique|préliminaire|liminaire"
    r"|(?:[LRDA]\*{0,2}\.?[ \t]?)?\d+(?:er)?(?:[-.]\d+)*(?:[ \t]?(?:bis|ter|quater|quinquies|sexies))?"
    r"|[IVXLC]+(?:er|re)?(?:[ \t]?(?:bis|ter))?|[A-Z])"
)
_LEGAL_HEADING = re.compile(
    r"^(?P<kw>livre|partie|annexe|titre|chapitre|sous-section|section|paragraphe|article|art\.)[ \t]+"
    + _NUMBER
    + r"(?P<rest>.*)$",
    re.I,
)
# What may follow the number in a heading: nothing, a separator and a title, or a capitalised title.
_HEADING_REST = re.compile(r"^(?:[ \t]*[.:]?[ \t]*|[ \t]*[-–—:.)][ \t]*\S.*|[ \t]+[A-ZÀ-ÖØ-Þ«\"(].*)$")
_NUMBERED_PARAGRAPH = re.compile(r"^(\d{1,3}[.)°])[ \t]+[A-ZÀ-ÖØ-Þ«\"(]")
ARTICLE_LEVEL = _LEGAL_RANKS["article"]
NUMBERED_LEVEL = 8
MAX_HEADING_CHARS = 120  # for headings recognised from their words; Markdown ones may be longer
MAX_MARKDOWN_HEADING_CHARS = 400

_ABBREVIATIONS = FRENCH_ABBREVIATIONS
# A sentence ends at . ! ? or … (maybe closed by quotes/brackets), before a space and a capital,
# a digit or an opening quote/dash. Linear: a match starts only where a run of punctuation starts, and the
# possessive quantifiers never backtrack into a run (40 kB of "!" would otherwise take seconds).
_SENTENCE_END_AT = re.compile(r"[.!?…]++[»\"')\]]*+(?=\s++[A-ZÀ-ÖØ-Þ0-9«\"(\-–—•])")
_SENTENCE_END = re.compile(r"(?<![.!?…])" + _SENTENCE_END_AT.pattern)
_SPACES = re.compile(r"\s*")


@dataclass
class _Piece:
    start: int
    end: int
    group: tuple[str, ...]  # heading path: chunks never cross a change of group
    section: str | None  # heading path plus the numbered paragraph, for display
    headings_only: bool = False  # the chunk after such a piece does not overlap it


def heading_of(line: str) -> tuple[int, str] | None:
    """(level, title) when a line is a heading, else None."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_MARKDOWN_HEADING_CHARS:
        return None
    match = _MARKDOWN_HEADING.match(stripped)
    if match:
        return len(match.group(1)), _label(match.group(2))
    if len(stripped) > MAX_HEADING_CHARS:
        return None
    if stripped.startswith(("**", "__")) and stripped.endswith(("**", "__")):  # a bold line
        stripped = stripped.strip("*_ ")
    match = _LEGAL_HEADING.match(stripped)
    if match and stripped[0].isupper() and _HEADING_REST.match(match.group("rest")):
        keyword = match.group("kw").lower()
        return _LEGAL_RANKS.get(keyword, ARTICLE_LEVEL), _label(stripped)
    return None


def _is_article(label: str) -> bool:
    """Whether a heading opens an article (whose numbered paragraphs then join the section path)."""
    return label[:4].lower() == "art." or label[:7].lower() == "article"


def _is_heading_title(line: str) -> bool:
    """An upper-case line short enough to be the title under a legal heading."""
    stripped = line.strip()
    return 0 < len(stripped) <= 80 and stripped.isupper() and stripped[-1] not in ".;,"


def _label(title: str) -> str:
    title = " ".join(title.split()).strip("*_ ").rstrip(":").strip()
    return title if len(title) <= 80 else title[:79].rsplit(" ", 1)[0] + "…"


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period just before ``end`` does not end a sentence: a list marker opening a
    line ("3. Les..."), an abbreviation ("art. 5") or an initial ("J. Martin", not "annexe I. 2.").

    A period followed by a line break always ends the sentence (except for a list marker).
    """
    window_start = max(0, end - 16)
    word = re.search(r"(\w+)\.\W*$", text[window_start:end])
    if not word:
        return False
    token_start = window_start + word.start(1)
    line_start = token_start  # only blanks before the token on its line: a list marker
    while line_start > 0 and text[line_start - 1] != "\n" and text[line_start - 1].isspace():
        line_start -= 1
    if line_start == 0 or text[line_start - 1] == "\n":
        return True
    if re.match(r"[ \t]*\n", text[end : end + 8]):
        return False
    token = word.group(1)
    if len(token) == 1:
        return token.isupper() and text[end : end + 3].lstrip()[:1].isalpha()
    return token.lower() in _ABBREVIATIONS


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where a new sentence begins (after the first one)."""
    starts = []
    matches = list(_SENTENCE_END.finditer(text, start, end))
    if 0 < start < end and text[start - 1] in ".!?…":  # the span starts inside a run of punctuation
        first = _SENTENCE_END_AT.match(text, start, end)
        matches = [first, *matches] if first else matches
    for match in matches:
        if _is_abbreviation(text, match.end()):
            continue
        following = _SPACES.match(text, match.end(), end).end()  # type: ignore[union-attr]
        if following < end:
            starts.append(following)
    return starts


def _greedy(text: str, cuts: list[int], start: int, end: int, max_chars: int, *, hard: bool) -> list[tuple[int, int]]:
    """Pack text[start:end] into spans of at most max_chars, cutting only at ``cuts`` (offsets
    where a unit starts). A unit longer than max_chars stays whole, or is cut blindly if ``hard``."""
    spans: list[tuple[int, int]] = []
    piece_start = last = start
    for cut in [*[c for c in cuts if start < c < end], end]:
        if cut - piece_start > max_chars and last > piece_start:
            spans.append((piece_start, last))
            piece_start = last
        while hard and cut - piece_start > max_chars:
            spans.append((piece_start, piece_start + max_chars))
            piece_start += max_chars
        last = cut
    spans.append((piece_start, end))
    trimmed = []
    for a, b in spans:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b = a + len(text[a:b].rstrip())
        if b > a:
            trimmed.append((a, b))
    return trimmed


def split_paragraph(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as pieces of at most max_chars: whole, else sentences, else lines, else words."""
    if end - start <= max_chars:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    bounds = [start, *sentence_starts(text, start, end), end]
    for a, b in itertools.pairwise(bounds):
        b = a + len(text[a:b].rstrip())
        if b - a <= max_chars:
            pieces.append((a, b))
            continue
        line_starts = [a + m.end() for m in re.finditer(r"\n\s*", text[a:b])]
        for la, lb in _greedy(text, line_starts, a, b, max_chars, hard=False):
            words = [la + m.end() for m in re.finditer(r"\s+", text[la:lb])]
            pieces.extend(_greedy(text, words, la, lb, max_chars, hard=True))
    return pieces


def _pieces(text: str, max_chars: int) -> list[_Piece]:
    """Read the lines: headings set the path; paragraphs are split into pieces of <= max_chars."""
    pieces: list[_Piece] = []
    path: list[tuple[int, str]] = []  # (level, label)
    lead_in: int | None = None  # start of headings not yet attached to any piece...
    lead_end = 0  # ... and the end of the last of them
    last_heading = 0  # start of the last heading line
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
            elif lead_in is not None:  # too long to open the piece: the outer headings make their own
                own_end = lead_end if b - last_heading > max_chars else len(text[:last_heading].rstrip())
                if own_end > lead_in:
                    pieces.extend(
                        _Piece(ha, hb, group, section, headings_only=True)
                        for ha, hb in split_paragraph(text, lead_in, own_end, max_chars)
                    )
                a = a if b - last_heading > max_chars else last_heading
            lead_in = None
            pieces.append(_Piece(a, b, group, section))
        block_start = -1

    offset = 0
    after_legal_heading = False
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else heading_of(line)
        if after_legal_heading and heading is None and _is_heading_title(line):
            # "TITRE II" then "DISPOSITIONS FINALES" on the next line: one heading
            level, label = path[-1]
            path[-1] = (level, _label(f"{label} - {line.strip()}"))
            after_legal_heading = False
            lead_end = line_start + len(line.rstrip())
            continue
        after_legal_heading = heading is not None and not line.lstrip().startswith("#")
        numbered = None
        if heading is None and not in_fence and path and (path[-1][0] == NUMBERED_LEVEL or _is_article(path[-1][1])):
            numbered = _NUMBERED_PARAGRAPH.match(line.strip())
        entry = heading or ((NUMBERED_LEVEL, numbered.group(1)) if numbered else None)
        if entry:
            flush_block()
            level, label = entry
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, label))
            if heading:
                last_heading = line_start + len(line) - len(line.lstrip())
                if lead_in is None:
                    lead_in = last_heading
                lead_end = line_start + len(line.rstrip())
                continue
        if not line.strip():
            flush_block()
            continue
        if block_start < 0:
            block_start = line_start + len(line) - len(line.lstrip())
        block_end = line_start + len(line.rstrip())
    flush_block()
    if lead_in is not None:  # headings with nothing after them
        section = " > ".join(label for _, label in path)
        pieces.extend(
            _Piece(a, b, ("",), section, headings_only=True)
            for a, b in split_paragraph(text, lead_in, lead_end, max_chars)
        )
    return pieces


def _overlap_start(text: str, chunk_start: int, chunk_end: int, nxt: _Piece, overlap_chars: int, max_chars: int) -> int:
    """Where the next chunk starts so that it repeats at most overlap_chars of the previous one:
    the earliest sentence start in that window, else the earliest word start, else no overlap."""
    floor = max(chunk_end - overlap_chars, chunk_start + 1)
    if overlap_chars <= 0 or floor >= chunk_end:
        return nxt.start
    window_start = max(chunk_start, floor - 400)  # enough context for the sentence regex
    for candidate in sentence_starts(text, window_start, chunk_end):
        if candidate >= floor and nxt.end - candidate <= max_chars:
            return candidate
    for match in re.finditer(r"\s+", text[floor - 1 : chunk_end]):
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
        pages = []
        for number, a, b in spans[max(bisect.bisect_right(page_starts, start) - 1, 0) :]:
            if a >= end:
                break
            if b > start:
                pages.append(number)
        return Chunk(index=len(chunks), content=text[start:end], pages=pages, start=start, end=end, section=section)

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
        if nxt.group == pieces[first].group and not pieces[index - 1].headings_only:  # full chunk: overlap
            start = _overlap_start(text, start, pieces[index - 1].end, nxt, overlap_chars, max_chars)
            owner = max(i for i in range(first, index + 1) if pieces[i].start <= start)
            section = pieces[owner].section
        else:
            start, section = nxt.start, nxt.section
        first = index
    return chunks
