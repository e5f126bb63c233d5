"""Split a transcript into speaker turns and sentences, and find the drug names said in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.apps.consultation.lexicon import Drug, Lexicon
from communs.apps.consultation.normalize import Token, tokens
from communs.apps.consultation.speakers import relative, roles
from communs.apps.consultation.strength import UNITS

SPEAKER = re.compile(r"^\s*([A-ZÉÈa-zéèêïçà][\w .'-]{0,30}?)\s*:\s+", re.MULTILINE)
SENTENCE_END = re.compile(r"[.?!;…]+|\n")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    speaker: str | None  # "doctor", "patient" or None when the transcript does not say
    turn: int
    tokens: list[Token]
    question: bool
    relative: bool = False  # said by a relative or carer of the patient ("Mère :"), by the role label


@dataclass
class Mention:
    drug: Drug
    sentence: int
    first: int  # token index in the sentence
    last: int  # token index after the name
    start: int  # character offsets in the transcript
    end: int
    text: str
    fuzzy: bool


def _suspended(end: re.Match, line: str) -> bool:
    """ "à 100… non pardon, à 88 microgrammes": an ellipsis before a lower-case word suspends the sentence (a
    hesitation or a self-correction), it does not end it."""
    dots = end.group()
    following = line[end.end() :].lstrip()
    return ("…" in dots or "..." in dots) and following[:1].islower()


# A recogniser's text with neither punctuation nor speaker labels comes as one long line: spoken French opens a
# new utterance (often a new turn) with an agreement, an interjection or a discourse marker
UTTERANCE_OPENERS = re.compile(r"\b(?:d'accord|très bien|bon|alors|oui|ah|bonjour)\b", re.IGNORECASE)
NOT_OPENING = {"est", "c'est", "très", "pas", "plus", "si", "aussi", "un", "le", "la", "du", "de"}  # "c'est bon"
RUN_ON = 80  # words in a line with no punctuation before it is cut into utterances


def _utterances(line: str, start: int) -> list[tuple[int, int]]:
    """Spans of the utterances in an unpunctuated, unlabelled line (the whole line when it is short)."""
    if len(line[start:].split()) <= RUN_ON:
        return [(start, len(line))]
    cuts = [start]
    for match in UTTERANCE_OPENERS.finditer(line, start):
        before = line[cuts[-1] : match.start()].split()
        if len(before) >= 3 and before[-1].lower() not in NOT_OPENING:
            cuts.append(match.start())
    return list(zip(cuts, [*cuts[1:], len(line)], strict=True))


def sentences(text: str) -> list[Sentence]:
    """Sentences with their speaker (from role labels: "Médecin :", "Cardiologue :", "Mère :") and token lists."""
    out: list[Sentence] = []
    labels = [m.group(1) for m in SPEAKER.finditer(text) if len(m.group(1).split()) <= 3]
    role = roles(labels)
    turn, speaker, kin = -1, None, False
    for line_match in re.finditer(r"[^\n]+", text):
        line, offset = line_match.group(), line_match.start()
        prefix = SPEAKER.match(line)
        if prefix and len(prefix.group(1).split()) <= 3:
            turn += 1
            speaker, kin = role.get(prefix.group(1)), relative(prefix.group(1))
            body_start = prefix.end()
        else:
            body_start = 0
            if turn < 0 or speaker is None:
                turn += 1
        position = body_start
        ends = [m for m in SENTENCE_END.finditer(line, body_start) if not _suspended(m, line)]
        if not ends and not prefix:
            for first, last in _utterances(line, body_start)[:-1]:  # all but the last: the loop below ends it
                piece = line[first:last]
                start, stop = offset + first, offset + first + len(piece.rstrip())
                toks = [Token(t.text, t.norm, t.start + start, t.end + start) for t in tokens(text[start:stop])]
                if toks:
                    out.append(Sentence(len(out), start, stop, text[start:stop], speaker, turn, toks, False, kin))
                    turn += 1
                position = last
        for end_match in ends + [None]:
            end = end_match.end() if end_match else len(line)
            piece = line[position:end]
            if piece.strip():
                start = offset + position + (len(piece) - len(piece.lstrip()))
                stop = offset + position + len(piece.rstrip())
                sentence_text = text[start:stop]
                toks = [Token(t.text, t.norm, t.start + start, t.end + start) for t in tokens(sentence_text)]
                if toks:
                    out.append(Sentence(len(out), start, stop, sentence_text, speaker, turn, toks, "?" in piece, kin))
            position = end
            if end_match is None:
                break
    return out


def find_mentions(sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    found: list[Mention] = []
    toks = sentence.tokens
    i = 0
    while i < len(toks):
        word = toks[i].norm
        span = lexicon.first_words.get(word, 0)
        match = None
        for n in range(min(span, len(toks) - i), 0, -1):
            key = " ".join(t.norm for t in toks[i : i + n])
            if key in lexicon.names:
                match = (key, n, False)
                break
        if match is not None and match[1] == 1 and i + 1 < len(toks) and toks[i + 1].norm.isalpha():
            # "solu prède": a short name's first piece ("solu") glued to the next word spells another name
            glued = lexicon.glued([word, toks[i + 1].norm]) if toks[i + 1].norm not in lexicon.names else None
            if glued is not None and lexicon.drug(glued).identity != lexicon.drug(match[0]).identity:
                match = (glued, 2, True)
        if match is None and not word.isdigit():
            guess = lexicon.fuzzy(word, toks[i].text)
            if guess is not None:
                match = (guess, 1, True)
        if match is None and not word.isdigit():
            for n in (2, 3):
                pieces = [t.norm for t in toks[i : i + n] if not _elided(t)]
                if (
                    i + n <= len(toks)
                    and len(pieces) >= 2
                    and all(p.isalpha() for p in pieces)
                    and not toks[i + n - 1].text[:1].isupper()
                    and not any(p in lexicon.names or lexicon.fuzzy(p, p) for p in pieces)
                ):
                    split = lexicon.fuzzy_split(pieces)
                    if split is None and i and toks[i - 1].norm in ARTICLES:
                        split = lexicon.glued(pieces)  # "du spas fon", "la vento line": a noun after its article
                    if split is not None:
                        match = (split, n, True)
                        break
        if match is None and word.isalpha():
            match = _sounded(toks, i, lexicon)  # "bis so pro lol", "la ntus": raw ASR pieces of one name
        if match is None and word not in ARTICLES and word.isalpha():
            match = _said_with_strength(toks, i, lexicon)
        if match is None and i and toks[i - 1].norm in ARTICLES and word.isalpha():
            match = _near(toks, i, lexicon)  # "le carte en ciel", "la mes ta done": common words glued
        if match is None:
            if _looks_like_unknown_drug(sentence, i, lexicon):
                start, end = toks[i].start, toks[i].end
                drug = Drug(word, [], (), None, known=False)
                found.append(Mention(drug, sentence.index, i, i + 1, start, end, toks[i].text, False))
            i += 1
            continue
        key, n, fuzzy = match
        longer = lexicon.extend(key, [t.norm for t in toks[i + n : i + n + 3]])
        if longer is not None and _counts_a_posology(toks, i + n + longer[1]):
            longer = None  # "… vingt gouttes", "… trois fois par jour": a posology's number, not the name's
        if longer is not None:  # "Typhim Vi" said "typhim vé i", "Vaxigrip Tetra" for BDPM's "VAXIGRIPTETRA"
            said = "".join(t.norm for t in toks[i : i + n + longer[1]])
            key, n, fuzzy = longer[0], n + longer[1], fuzzy or said != longer[0].replace(" ", "")
        # a generic's laboratory suffix ("amoxicilline biogaran") or a doubled name is one mention
        start, end = toks[i].start, toks[i + n - 1].end
        found.append(
            Mention(lexicon.drug(key), sentence.index, i, i + n, start, end, _source_text(sentence, start, end), fuzzy)
        )
        i += n
    return found


def _sounded(toks: list[Token], i: int, lexicon: Lexicon) -> tuple[str, int, bool] | None:
    """The longest run of two to four lower-case words from ``i`` that glued sounds exactly like one drug's name."""
    for n in (4, 3, 2):
        run = toks[i : i + n]
        # an elided word ("j'ai des", "s'il est") is grammar, never a piece of a name
        if len(run) < n or any(t.text[:1].isupper() or not t.norm.isalpha() or _elided(t) for t in run):
            continue
        key = lexicon.sounded([t.norm for t in run])
        if key is not None:
            return key, n, True
    return None


def _near(toks: list[Token], i: int, lexicon: Lexicon) -> tuple[str, int, bool] | None:
    """The run of two or three lower-case words after an article that glued is nearest one drug's name (an exact
    sound-alike first, then the fewer words)."""
    best: tuple[int, int, str] | None = None
    for n in (2, 3):
        run = toks[i : i + n]
        if len(run) < n or any(t.text[:1].isupper() or not t.norm.isalpha() or _elided(t) for t in run):
            break
        found = lexicon.near([t.norm for t in run])
        if found is not None and _unconfirmed_number(toks, i + n, lexicon.drug(found[0]), lexicon):
            found = None  # "du rêne vela trois": a number right after that is no strength of the drug
        if found is not None and (best is None or found[1] < best[0]):
            best = (found[1], n, found[0])
    return (best[2], best[1], True) if best else None


def _unconfirmed_number(toks: list[Token], after: int, drug: Drug, lexicon: Lexicon) -> bool:
    """A number said right after a name as its strength (a count or a strength's unit follows: "trois un
    comprimé", "trois mg") that BDPM has as no strength of it."""
    from communs.apps.consultation.numbers import read_number

    number = read_number(toks, after)
    if number is None or number[1] >= len(toks):
        return False
    if toks[number[1]].norm not in STRENGTH_UNITS and read_number(toks, number[1]) is None:
        return False
    strengths = lexicon.strengths(drug)
    return bool(strengths) and all(abs(v - number[0]) > 1e-6 for v, _ in strengths)


STRENGTH_UNITS = set(UNITS) | {"pour", "pourcent"}  # a strength's spoken units (strength.py), and a percentage
UNKNOWN_MAX_ZIPF = 1.5
ARTICLES = {"le", "la", "l", "les", "du", "de", "d", "des", "un", "une", "au", "votre", "son", "sa", "ce", "cette"}
ELISIONS = {"l", "d", "j", "qu", "n", "s", "c", "m", "t"}


def _elided(token: Token) -> bool:
    """An elided word of grammar ("d'", "l'"), not a letter said alone ("la zyma d", "vitamine d"), which may be a
    piece of a name."""
    return token.norm in ELISIONS and token.text.endswith("'")


POSOLOGY_NEXT = {"fois", "comprime", "comprimes", "gelule", "gelules", "sachet", "sachets", "mg", "milligrammes",
                 "grammes", "microgrammes", "application", "applications", "goutte", "gouttes", "bouffees",
                 "inhalations", "pulverisations", "ampoule", "ampoules", "ui", "unites"}  # fmt: skip


def _looks_like_unknown_drug(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A capitalised word unknown to French, not first in its sentence, followed by a posology.

    ("Dexeryl, deux fois par jour"): reported as an unknown drug, never matched to a BDPM product.
    """
    from wordfreq import zipf_frequency

    toks = sentence.tokens
    token = toks[i]
    if i == 0 or len(token.norm) < 5 or not token.text[:1].isupper() or not token.norm.isalpha():
        return False
    if sentence.speaker == "patient" or zipf_frequency(token.norm, "fr") >= UNKNOWN_MAX_ZIPF:
        return False
    following = [t.norm for t in toks[i + 1 : i + 5]]
    if not following:
        return False
    from communs.apps.consultation.numbers import read_number

    number = read_number(toks, i + 1)
    return number is not None and number[1] < len(toks) and toks[number[1]].norm in POSOLOGY_NEXT


FORMS = {"lyoc", "lp", "lm", "sr", "retard", "flash", "oro", "gel"}


def _said_with_strength(toks: list[Token], i: int, lexicon: Lexicon) -> tuple[str, int, bool] | None:
    """ "du rêne vela huit cents", "fait mara deux virgule cinq": two or three words (no number, no known name)
    right before a number, which BDPM confirms as a strength of the drug they sound like."""
    from communs.apps.consultation.numbers import read_number

    for n in (2, 3):
        pieces = [t.norm for t in toks[i : i + n]]
        if len(pieces) < n or not all(p.isalpha() for p in pieces) or any(p in lexicon.names for p in pieces):
            continue
        after = i + n + (1 if i + n < len(toks) and toks[i + n].norm in FORMS else 0)
        number = read_number(toks, after)
        if number is None:
            continue
        key = lexicon.with_strength(pieces, number[0])
        if key is not None:
            return key, n, True
    return None


def _counts_a_posology(toks: list[Token], after: int) -> bool:
    return after < len(toks) and toks[after].norm in POSOLOGY_NEXT | {"par"}


def _source_text(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start : end - sentence.start]


COMPOSITION = {"et", "avec", "de", "du", "d", "l", "le", "la", "soit", "mg", "g", "milligrammes", "grammes", "µg",
               "microgrammes", "ug"}  # fmt: skip


def _composition(between: list) -> bool:
    """Only strengths and links between a combination product and a substance: its composition being spelt out."""
    return len(between) <= 8 and all(t.norm in COMPOSITION or t.norm.isdigit() for t in between)


EXPLAINING = {"contient", "contenant", "association", "associe", "associee", "base", "compose", "composee"}


def without_components(mentions: list[Mention], toks: list) -> list[Mention]:
    """ "l'Ixprim, qui contient du tramadol et du paracétamol": substances named to explain a combination
    product are that product, not drugs of their own."""
    out: list[Mention] = []
    spelt = -1  # where the last substance spelt out after a product ends
    for mention in mentions:
        product = next(
            (
                p
                for p in reversed(out)
                if len(p.drug.substances) > 1
                and mention.drug.substances
                and set(mention.drug.substances) <= set(p.drug.substances)
                and (
                    any(t.norm in EXPLAINING for t in toks[p.last : mention.first])
                    # "la Malarone, atovaquone 250 mg et proguanil 100 mg": its substances named right after it
                    or (p is out[-1] and _composition(toks[max(p.last, spelt) : mention.first]))
                )
            ),
            None,
        )
        if product is None:
            out.append(mention)
        else:
            spelt = mention.last
    return out
