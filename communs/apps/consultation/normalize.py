"""Text normalisation shared by the lexicon build and the matcher: accents, case, punctuation, sound-alike keys."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.nlp.text import fold

# digits and letters are separate words ("5mg" is "5 mg", as speech recognition often writes it)
WORD = re.compile(r"\d+|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def norm(text: str) -> str:
    """Lower case, no accents, words separated by one space (hyphens and punctuation are spaces)."""
    return " ".join(re.findall(r"[0-9]+|[a-z]+", fold(text)))


def skeleton(word: str) -> str:
    """A sound-alike key that speech-recognition misspellings share: amoxiciline ~ amoxicilline, cardegic ~ kardegic."""
    w = norm(word).replace(" ", "")
    for a, b in (("ph", "f"), ("th", "t"), ("qu", "k"), ("ck", "k"), ("y", "i"), ("ch", "x"), ("ss", "s")):
        w = w.replace(a, b)
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = w.replace("c", "k")  # every other c sounds k (smecta ~ smekta)
    w = w.replace("ks", "x")  # xanaks ~ xanax
    w = re.sub(r"^h", "", w)  # a silent h (humalog ~ umalog)
    w = re.sub(r"^x", "z", w)  # a name's first x said z (xarelto ~ zarelto)
    for a, b in (("eau", "o"), ("au", "o"), ("ai", "e"), ("ei", "e")):  # ibuprofaine ~ ibuprofène
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters
    w = re.sub(r"(?<=.)[eh]$", "", w)  # silent final e
    w = re.sub(r"c$", "k", w)  # brilic ~ brilique
    return w


@dataclass(frozen=True)
class Token:
    text: str
    norm: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Words with their character offsets; elisions (l', d', jusqu') are split off."""
    out: list[Token] = []
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        head, sep, tail = word.replace("’", "'").partition("'")
        if sep and tail:
            out.append(Token(head + "'", norm(head), start, start + len(head) + 1))
            word, start = tail, start + len(head) + 1
        out.append(Token(word, norm(word), start, start + len(word)))
    return out
