"""Deterministic plain-language rewrites, applied before and after the model's rewrite.

Three passes, each conservative (when in doubt, leave the text as it is):

- ``closing_formulas``: the ceremonial closing ("Veuillez agréer, Madame, l'expression de nos
  salutations distinguées.") becomes "Cordialement," — when the sentence carries no fact;
- ``replace_jargon``: administrative phrases get the plain wording of ``data/replacements_fr.json``
  (hand-written, one entry per inflected form of a glossary term: "à compter du" → "à partir du",
  "sollicitée" → "demandée"), with a condition on the next word where grammar needs one
  ("sous réserve de" → "à condition de" only before an infinitive), elision fixed ("merci d'envoyer");
- ``split_sentences``: a long sentence is cut at ";", ": ", ", et", ", mais", ", puis" when the spaCy
  parse shows a full clause (a finite verb and its subject, or an imperative) on each side.

Facts (amounts, dates, names of offices...) are never touched: no rewrite overlaps a fact, and
``plain_rules`` checks with ``check_facts`` that each pass kept every fact, or drops the pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from communs.clarity.facts import check_facts, extract_facts, invented_facts
from communs.clarity.lexicon import Entry, PhraseIndex, _load
from communs.clarity.text import count_words, sentences
from communs.nlp.text import fold_same_length

LONG_SENTENCE = 15  # words: shorter sentences are not cut
MIN_PIECE = 5  # words each side of a cut must have
DETERMINERS = frozenset(
    "le la les l un une des du au aux votre vos son sa ses leur leurs ce cet cette ces mon ma mes notre nos "
    "tout toute tous toutes plusieurs chaque".split()
)
COUNTS = frozenset("deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente soixante".split())
VOWEL_START = re.compile(r"^[aeiouyàâäéèêëîïôöûüœ]", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s*([^\W\d_]+|\d+)", re.UNICODE)
CLOSING = re.compile(
    r"^(?:(?:je|nous) vous (?:prie|prions) (?:d'agr[ée]er|de (?:croire|recevoir))"
    r"|veuillez (?:agr[ée]er|recevoir|croire)"
    r"|recevez|(?:je|nous) vous adress(?:e|ons) (?:mes|nos) (?:salutations|sentiments))\b",
    re.IGNORECASE,
)
CLOSING_WORDS = re.compile(r"salutations|sentiments|considération|respectueuses|expression", re.IGNORECASE)
CLOSING_PLAIN = "Cordialement,"
OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))par la présente,\s*$", re.IGNORECASE)
SPLIT_POINT = re.compile(r";\s+|\s:\s+|,\s+(?:et|mais|puis|qui)\s+|\s+et\s+(?=[^\W\d_])")
ELISION = re.compile(r"\b([LlDdJjNnSs]e|[Ll]a|[Qq]ue) ([aeiouyàâéèêîôû][\w-]*)")
NO_ELISION = frozenset(("onze", "onzième", "oui", "ouate", "yaourt", "yacht", "y"))
PERSONAL = frozenset(("vous", "nous", "il", "elle", "ils", "elles", "on"))
SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj", "expl:pass", "expl")


@lru_cache(maxsize=1)
def replacement_index() -> PhraseIndex:
    """Forms of glossary terms with a plain replacement; ``Entry.category`` holds the next-word condition."""
    return PhraseIndex(
        {
            item["form"]: Entry(item["form"], item["plain"], item.get("before", ""))
            for item in _load("replacements_fr.json")
        }
    )


@lru_cache(maxsize=1)
def conditional_forms() -> frozenset[str]:
    """Folded forms whose plain wording fits only under a grammar condition ("dans un délai de" → "dans les"
    only before a plural count): shown to a model as a hint, it would be used where it does not fit."""
    return frozenset(fold_same_length(item["form"]) for item in _load("replacements_fr.json") if item.get("before"))


def fact_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every occurrence of the text's facts: no rewrite may touch them."""
    spans = []
    for fact in extract_facts(text):
        for m in re.finditer(re.escape(fact.text), text):
            spans.append(m.span())
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _infinitive_follows(text: str, end: int) -> bool:
    """Whether an infinitive (possibly after an object pronoun) starts at ``end``, by the spaCy parse."""
    from communs.nlp import french

    window = text[end : end + 80]
    doc = french()(f"Il faut{window}" if window[:1].isspace() else f"Il faut {window}")
    tokens = [t for t in doc][2:]
    for token in tokens[:3]:
        if token.pos_ == "PRON" and token.text.lower() in (
            "nous",
            "vous",
            "me",
            "m'",
            "se",
            "s'",
            "le",
            "la",
            "les",
            "l'",
            "lui",
            "leur",
            "y",
            "en",
        ):
            continue
        return "Inf" in token.morph.get("VerbForm")
    return False


def _condition_holds(condition: str, text: str, end: int) -> bool:
    if not condition:
        return True
    nxt = NEXT_WORD.match(text, end)
    word = nxt.group(1).lower() if nxt else ""
    if condition == "determiner":
        return word in DETERMINERS or word.isdigit() or text[end:].lstrip().startswith(("l'", "l’"))
    if condition == "plural_count":
        return word in COUNTS or (word.isdigit() and int(word) > 1)
    if condition == "not_de":
        return not re.match(r"\s*(?:de|du|des|d['’])\b", text[end:], re.IGNORECASE)
    if condition == "infinitive":
        return _infinitive_follows(text, end)
    return False


def _coordinated(entry: Entry, text: str, end: int) -> bool:
    """Whether a preposition the replacement drops is repeated later in the sentence ("il vous appartient de
    comparaître ou de vous faire représenter"): "vous devez comparaître ou de…" would be broken French."""
    dropped = re.search(r"\s(de|d'|à)$", fold_same_length(entry.term))
    if not dropped or fold_same_length(entry.plain).endswith((" de", " d'", " a", "de", "d'")):
        return False
    sentence = re.split(r"[.!?]", text[end:], maxsplit=1)[0]
    preposition = "(?:de|d['’])" if dropped.group(1) in ("de", "d'") else "à"
    return bool(re.search(rf"\b(?:et|ou),?\s+{preposition}", sentence, re.IGNORECASE))


def replace_jargon(text: str, protected: list[tuple[int, int]] | None = None) -> str:
    """Administrative phrases replaced by their plain wording, outside ``protected`` spans."""
    protected = fact_spans(text) if protected is None else protected
    out: list[str] = []
    last = 0
    for match in replacement_index().find(text):
        start, end, entry = match.start, match.end, match.entry
        written = re.sub(r"\s+", " ", fold_same_length(text[start:end])).replace("' ", "'")
        if written != fold_same_length(entry.term) or _overlaps(start, end, protected):
            continue  # a plural the table does not give, or a fact's words
        if not _condition_holds(entry.category, text, end) or _coordinated(entry, text, end):
            continue
        plain = entry.plain
        before = "".join(out) + text[last:start]
        if not plain:  # a formula with nothing to say, dropped when it opens the sentence
            opening = OPENING.search(text[last:start])
            if opening:  # "Par la présente, nous vous informons que..." loses both formulas
                start = last + opening.start()
                before = "".join(out) + text[last:start]
            if before.strip() and not re.search(r"[.!?:]\s*$|\n\s*$", before):
                continue  # "En votre qualité de parents, nous vous informons que…": the opening needs its "vous"
            out.append(text[last:start])
            last = end + len(text[end:]) - len(text[end:].lstrip())
            out.append(text[last : last + 1].upper())
            last += 1
            continue
        if text[start].isupper():
            plain = _capitalise(plain)
        if re.search(r"(?:^|\s)(?:de|que|le)$", plain, re.IGNORECASE) and VOWEL_START.match(text[end:].lstrip()):
            plain = plain[:-1] + "'"
            end += len(text[end:]) - len(text[end:].lstrip())
        elif plain.endswith("'"):
            end += len(text[end:]) - len(text[end:].lstrip())
        elif entry.term.endswith("'"):
            plain += " "  # "afin d'organiser" -> "pour organiser"
        elided = re.search(r"\b(qu|d|j)e\s$", before, re.IGNORECASE)
        apostrophe = re.search(r"\b(qu|d|j|l)['’]$", before, re.IGNORECASE)
        if elided and VOWEL_START.match(plain) and start - last >= 3:
            out.append(text[last : start - 2] + "'")
        elif apostrophe and not VOWEL_START.match(plain) and start - last >= 2:
            out.append(text[last : start - 1] + "e ")  # "d'acquitter" -> "de payer"
        else:
            out.append(text[last:start])
        out.append(plain)
        last = end
    out.append(text[last:])
    return "".join(out)


def closing_formulas(text: str, protected: list[tuple[int, int]] | None = None) -> str:
    """A ceremonial closing sentence without facts becomes "Cordialement,"."""
    protected = fact_spans(text) if protected is None else protected
    out, last = [], 0
    for span in sentences(text):
        if (
            CLOSING.match(span.text)
            and CLOSING_WORDS.search(span.text)
            and not _overlaps(span.start, span.end, protected)
        ):
            out.append(text[last : span.start] + CLOSING_PLAIN)
            last = span.end
    out.append(text[last:])
    return "".join(out)


def _clause(tokens) -> bool:
    """Whether tokens hold a clause: a finite verb with its subject among the tokens, or an imperative.
    Words between parentheses do not count: "Sans déclaration (votre fils n'est plus à charge)" is no clause."""
    tokens = _outside_parentheses(tokens)
    ids = {t.i for t in tokens}
    for t in tokens:
        if "Imp" in t.morph.get("Mood") and t.pos_ in ("VERB", "AUX"):
            return True
        if t.dep_ in SUBJECTS and "Rel" not in t.morph.get("PronType") and t.head.i in ids:
            if any(c.dep_ == "case" for c in t.children):
                continue  # "Après le contrôle … fait le 3 février": a noun after a preposition is no subject
            head = t.head
            if any(c.dep_ == "mark" for c in head.children):
                continue  # a subordinate clause ("que la partie perdante pourra…", "si vous déménagez")
            verbs = [head, *(c for c in head.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
            if any("Fin" in v.morph.get("VerbForm") for v in verbs) and all(v.i in ids for v in verbs):
                return True
    return False


def _outside_parentheses(tokens) -> list:
    if not tokens:
        return []
    depth, inside = 0, set()
    for t in tokens[0].doc:
        if t.text == "(":
            depth += 1
        if depth:
            inside.add(t.i)
        if t.text == ")":
            depth = max(0, depth - 1)
    return [t for t in tokens if t.i not in inside]


def fix_elisions(text: str, protected: list[tuple[int, int]] | None = None) -> str:
    """Elisions a rewrite missed: "le article" -> "l'article", "de une" -> "d'une", "que il" -> "qu'il"."""
    protected = fact_spans(text) if protected is None else protected

    def elide(m: re.Match) -> str:
        if _overlaps(m.start(), m.end(1) + 1, protected) or m.group(2).lower() in NO_ELISION:
            return m.group()
        return m.group(1)[:-1] + "'" + m.group(2)

    return ELISION.sub(elide, text)


def is_clause(text: str) -> bool:
    """Whether ``text`` is a full sentence by the spaCy parse (a finite verb with its subject, or an imperative)."""
    from communs.nlp import french

    return _clause(list(french()(text)))


def _cuts(sentence: str, protected: list[tuple[int, int]], offset: int) -> list[tuple[int, int, str]]:
    """Where to cut ``sentence``: (start, end, kept word) for each safe split point, left to right."""
    from communs.nlp import french

    candidates = []
    depth = 0
    quoted = False
    points = {m.start(): m for m in SPLIT_POINT.finditer(sentence)}
    for i, char in enumerate(sentence):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in '«»"':
            quoted = char == "«" or (char == '"' and not quoted)
        if i in points and depth == 0 and not quoted:
            m = points[i]
            if not _overlaps(offset + m.start(), offset + m.end(), protected):
                candidates.append(m)
    if not candidates:
        return []
    doc = french()(sentence)
    cuts: list[tuple[int, int, str]] = []
    left_start = 0
    for m in candidates:
        word = m.group().strip(" ,;:\n\t")
        kept: str | None = word.capitalize() if word in ("mais", "puis") else ""
        left = [t for t in doc if left_start <= t.idx < m.start()]
        right_end = next((c.start() for c in candidates if c.start() > m.start()), len(sentence))
        right = [t for t in doc if m.end() <= t.idx < right_end]
        if count_words(sentence[left_start : m.start()]) < MIN_PIECE or count_words(sentence[m.end() :]) < MIN_PIECE:
            continue
        if word == "qui":
            kept = _relative_subject(doc, m.start(), m.end())
        elif word == "et" and right and not _clause(right):
            kept = _shared_subject(right[0])
        elif not _clause(right):
            continue
        if kept is not None and _clause(left):
            cuts.append((m.start(), m.end(), kept))
            left_start = m.end()
    return cuts


def _shared_subject(verb) -> str | None:
    """The pronoun to repeat when "et" joins a second finite verb to the same pronoun subject:
    "Vous êtes en arrêt de travail et recevez des indemnités" -> "… Vous recevez des indemnités"."""
    if verb.dep_ != "conj" or "Fin" not in verb.morph.get("VerbForm") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.text.lower() not in PERSONAL:
        return None
    same = verb.morph.get("Person") == subject.morph.get("Person") or not subject.morph.get("Person")
    return subject.text.capitalize() if same and verb.morph.get("Number") == subject.morph.get("Number") else None


def _relative_subject(doc, start: int, end: int) -> str | None:
    """The pronoun for a relative clause "…, qui …" closing the sentence, from its antecedent's gender and
    number: "… à un commissaire de justice, qui pourra vous délivrer …" -> "… Il pourra vous délivrer …"."""
    qui = next((t for t in doc if start <= t.idx < end and t.text.lower() == "qui"), None)
    if qui is None or qui.dep_ not in SUBJECTS or qui.head.dep_ != "acl:relcl" or qui.head.head.pos_ != "NOUN":
        return None
    clause, noun = qui.head, qui.head.head
    last = max((t.i for t in doc if not t.is_punct), default=0)
    if max(t.i for t in clause.subtree) < last:
        return None  # the relative clause sits inside the sentence: the main clause goes on after it
    gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
    if not gender or not number:
        return None
    return {"Masc": "Il", "Fem": "Elle"}[gender[0]] + ("s" if number[0] == "Plur" else "")


def split_sentences(text: str, protected: list[tuple[int, int]] | None = None) -> str:
    """Long sentences cut into shorter ones where each piece is a full clause."""
    protected = fact_spans(text) if protected is None else protected
    out, last = [], 0
    for span in sentences(text):
        if count_words(span.text) <= LONG_SENTENCE:
            continue
        for start, end, kept in _cuts(span.text, protected, span.start):
            out.append(text[last : span.start + start].rstrip() + ". ")
            rest = text[span.start + end :]
            out.append(f"{kept} " if kept else _capitalise(rest[:1]))
            last = span.start + end + (0 if kept else 1)
    out.append(text[last:])
    return "".join(out)


PASSES: tuple[Callable[[str, list[tuple[int, int]] | None], str], ...] = (
    fix_elisions,
    closing_formulas,
    replace_jargon,
    split_sentences,
)


def plain_rules(text: str) -> str:
    """``text`` through every pass; a pass that would lose or add a fact is skipped."""
    facts = extract_facts(text)
    current = text
    for step in PASSES:
        candidate = step(current, None)
        if candidate == current:
            continue
        _, missing = check_facts(facts, candidate)
        if not missing and not invented_facts(text, candidate):
            current = candidate
    return current
