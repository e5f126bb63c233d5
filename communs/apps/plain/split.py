"""Long sentences cut by the model, under a lexical guard: the cut may not change the meaning.

After the paragraph rewrite, a sentence still longer than ``SPLIT_WORDS`` words is given alone to
the model, which only has to cut it into short sentences. The answer is taken only if it passes
checks made by rules, not by the model:

- every fact kept (facts are masked as ``[F1]`` markers), none invented;
- the same words: each word of the answer is a word of the sentence or a grammatical word
  (pronouns, articles, "est", "doit"…) needed to make each piece a full sentence, and almost every
  content word of the sentence is still there;
- the same negations ("ne", "pas", "sans"…), counted one by one;
- each piece a full sentence by the spaCy parse (a finite verb and its subject, or an imperative).

A sentence whose cut fails a check is kept as it was.
"""

from __future__ import annotations

import json
import re

from communs.clarity.facts import check_facts, extract_facts, invented_facts, mask_facts, unmask_facts
from communs.clarity.rewrite import is_clause
from communs.clarity.text import WORD, count_words, sentences
from communs.errors import UpstreamError
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.nlp.text import fold_same_length

SPLIT_WORDS = 24  # a sentence longer than this is given to the model to cut
MIN_COVERAGE = 0.9  # share of the sentence's content words the cut must keep
GLUE = frozenset(
    (
        "il elle ils elles cela ce c ceci vous nous on y en le la les l un une des du de d au aux a à et mais "
        "donc alors puis ensuite aussi est sont ont doit doivent devez pouvez peut peuvent sera seront était "
        "fait faut avez êtes avons sommes cette ces cet son sa ses votre vos leur leurs pour par dans qui que qu "
        "voici si s se lui n ne faire"
    ).split()
)
NEGATIONS = ("ne", "n", "pas", "plus", "jamais", "aucun", "aucune", "rien", "sans", "ni", "personne")
STOP = GLUE | frozenset("sur avec sous entre vers chez dont où ou".split())
SCHEMA = {
    "type": "object",
    "properties": {"phrases": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 5}},
    "required": ["phrases"],
    "additionalProperties": False,
}
SYSTEM = (
    "Tu coupes une phrase trop longue en phrases courtes (10 à 15 mots chacune). Garde les mêmes mots, dans le "
    "même ordre. Tu peux seulement ajouter un sujet (vous, il, elle, cela) ou un verbe court (est, sont, doit) "
    "pour que chaque phrase soit complète. Ne change pas le sens. Recopie les marques [F1], [F2]… telles quelles. "
    'Réponds en JSON : {"phrases": ["...", "..."]}.'
)
EXAMPLE = (
    "Si vous contestez cette décision, vous pouvez saisir la commission de recours dans un délai de [F1] à compter "
    "de sa réception, par la poste ou depuis votre espace personnel sur [F2].",
    [
        "Si vous contestez cette décision, vous pouvez saisir la commission de recours.",
        "Vous devez le faire dans un délai de [F1] à compter de sa réception.",
        "Vous pouvez le faire par la poste ou depuis votre espace personnel sur [F2].",
    ],
)


def _words(text: str) -> list[str]:
    return [p for m in WORD.finditer(fold_same_length(text)) for p in re.split(r"'", m.group()) if p]


def same_meaning(sentence: str, pieces: list[str]) -> str | None:
    """Why the cut ``pieces`` of ``sentence`` is refused (new words, lost words, negations changed), or None."""
    source = _words(sentence)
    cut = _words(" ".join(pieces))
    allowed = set(source) | GLUE
    new = sorted({w for w in cut if w not in allowed and not w.isdigit()})
    if new:
        return f"new words: {', '.join(new)}"
    content = [w for w in source if w not in STOP and not w.isdigit()]
    kept = sum(1 for w in content if w in set(cut))
    if content and kept / len(content) < MIN_COVERAGE:
        return f"lost words: {', '.join(sorted({w for w in content if w not in set(cut)}))}"
    for negation in NEGATIONS:
        if source.count(negation) != cut.count(negation):
            return f"negation changed: {negation}"
    if any(count_words(p) > count_words(sentence) - 3 for p in pieces):
        return "not cut"
    if not all(is_clause(p) for p in pieces):
        return "a piece is not a full sentence"
    return None


def _finish(piece: str) -> str:
    piece = piece.strip().rstrip(",;").rstrip()
    piece = piece[:1].upper() + piece[1:]
    return piece if re.search(r"[.!?:]$", piece) else piece + "."


async def cut_sentence(registry: Registry, sentence: str, model: str | None) -> str:
    """``sentence`` cut into short sentences by the model if the cut passes every check, else unchanged."""
    facts = extract_facts(sentence)
    masked, markers = mask_facts(sentence, facts)
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": EXAMPLE[0]},
        {"role": "assistant", "content": json.dumps({"phrases": EXAMPLE[1]}, ensure_ascii=False)},
        {"role": "user", "content": masked},
    ]
    try:
        answer = await complete_json(registry, messages, SCHEMA, model=model, max_tokens=len(sentence) // 2 + 120)
    except UpstreamError:  # no valid JSON, or no model: the sentence stays as it was, like any refused cut
        return sentence
    pieces = [str(p).strip() for p in answer.get("phrases", []) if str(p).strip()]
    if len(pieces) < 2:
        return sentence
    text, lost, unknown = unmask_facts(" ".join(_finish(p) for p in pieces), markers)
    if lost or unknown:
        return sentence
    _, missing = check_facts(facts, text)
    if missing or invented_facts(sentence, text):
        return sentence
    if same_meaning(sentence, [unmask_facts(p, markers)[0] for p in pieces]):
        return sentence
    return text


async def cut_long_sentences(registry: Registry, text: str, model: str | None) -> str:
    """Each sentence of ``text`` longer than ``SPLIT_WORDS`` words, cut by ``cut_sentence``."""
    out, last = [], 0
    for span in sentences(text):
        if count_words(span.text) <= SPLIT_WORDS or not re.search(r"[.!?]$", span.text):
            continue
        out.append(text[last : span.start])
        out.append(await cut_sentence(registry, span.text, model))
        last = span.end
    out.append(text[last:])
    return "".join(out)
