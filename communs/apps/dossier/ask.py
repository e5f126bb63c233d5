"""Questions on a dossier: find the pages (the search store's BM25 and e5 vectors, score fusion),
then let the chat model answer from those passages only, citing pages; "pas dans le dossier" otherwise.

The index is per dossier (index.py): its pages cut into passages that keep their page, in a search store of its
own (``communs.search``: FTS5 BM25 over the French analysis, brute-force cosine over e5 vectors), built once by
the job and kept beside it. The question is analysed first (query.py: the kind of answer it wants, a figure
or a name; its subject; its terms widened to the dossier's words); the passages found are reranked by their
best sentence (answers.py: the subject held, the figure asked for near it). Without the model, the answer is
that sentence, its figure quoted first, with every retrieved page holding the same figure. The model sees,
of the best three passages, the window around each one's best sentence (a short prompt: on 2 cores the
prompt is most of an answer's time), and its answer's length is bounded by the schema. The pages of an
answer are the retrieved passages' pages that hold the answer's words (those it cites first): the model
may choose among them, never add one. An answer whose words are on none of them, or without the form
asked (no hour to "à quelle heure"), gives way to the extract. When the question's words are (almost)
absent from the dossier and no passage holds the figure asked for with some of them, or when none of the
passages found holds a figure of the kind asked for at all, no model is asked.
"""

from __future__ import annotations

import re

from communs.apps.dossier.answers import (
    Sentence,
    best_sentence,
    coverage,
    enumerated,
    figure,
    head_value,
    is_synthesis,
    split,
    value,
)
from communs.apps.dossier.index import (  # noqa: F401  (the index's names, as the job and the tests know them)
    DossierIndex,
    Passage,
    collection_name,
    drop,
    find_collection,
    owner_id,
    passages_of,
)
from communs.apps.dossier.query import Query, analyse_question
from communs.apps.dossier.synthesis import MIN_SUPPORT, significant_words, support
from communs.errors import CommunsError, InvalidRequestError
from communs.models.chat import complete_json
from communs.models.registry import Registry

NOT_FOUND = "Pas dans le dossier : aucune pièce ne traite de cette question."
TOP = 3  # passages shown to the model
WINDOW_CHARS = 420  # of each passage, the part around its best sentence
RANK_STEP = 0.05  # a sentence of a lower-ranked passage must answer this much better to be chosen
EXTRACT_CHARS = 400
MAX_PAGES = 3  # pages given with an answer
MAX_TOKENS = 120  # the answer is short (its length is bounded by the schema): no retry for a cut answer
# Not in the dossier, without asking the model: the best passage holds under half the question's terms, and
# no passage is semantically close (e5 cosine; on the gold dossier, answerable questions score 0.84-0.90; on the
# held-out ones, answerable questions asked in other words than the pieces score from 0.83)
MIN_COVERAGE = 0.5
MIN_SEMANTIC = 0.83
# ... unless a passage holds the figure asked for (an amount to "quelle somme") and some of the question's terms
MIN_FIGURE_COVERAGE = 0.3
# Not in the dossier either when the best sentence and the two around it hold none of the question's subject (a
# "somme" found, but none of "l'assurance ... remboursée"): on the dev dossiers answerable questions hold ≥ 0.08.
MIN_HELD = 0.05
# The model's "not found" is believed unless the search is sure of its passage (then the best sentence is
# given): the best passage holds three quarters of the question's terms, or is semantically very close (on the
# gold dossier, the questions it cannot answer score 0.83-0.84; the model wrongly said "not found" at 0.86).
SURE_COVERAGE = 0.75
SURE_SEMANTIC = 0.85
SCHEMA = {
    "type": "object",
    "properties": {
        "trouve": {"type": "boolean"},
        "reponse": {"type": "string", "maxLength": 200},
        "pages": {"type": "array", "items": {"type": "integer"}, "maxItems": 3},
    },
    "required": ["trouve", "reponse", "pages"],
    "additionalProperties": False,
}
SYSTEM = (
    "Tu réponds aux questions d'un magistrat sur un dossier pénal, uniquement à partir des extraits fournis, "
    "chacun précédé de sa page. Réponds en une ou deux phrases courtes et donne les pages utilisées. Si les "
    "extraits ne contiennent pas la réponse, mets trouve à false. Réponds en JSON."
)


def _sentences(text: str) -> list[str]:
    return [s for s in split(text) if len(s) > 15]


def _value(sentence: str, query: Query) -> float:
    return value(Sentence(sentence, "", ""), query)


def window(text: str, query: Query, chars: int = WINDOW_CHARS) -> str:
    """The part of a passage shown to the model: its best sentence and the sentences around it, within
    ``chars`` (a shorter prompt answers sooner: on 2 cores the prompt is most of an answer's time)."""
    sentences = _sentences(text)
    if len(text) <= chars or not sentences:
        return text[:chars]
    best = max(range(len(sentences)), key=lambda i: _value(sentences[i], query))
    first, last = best, best
    size = len(sentences[best])
    while True:
        grown = False
        for candidate in (last + 1, first - 1):
            if 0 <= candidate < len(sentences) and size + len(sentences[candidate]) + 1 <= chars:
                size += len(sentences[candidate]) + 1
                first, last = min(first, candidate), max(last, candidate)
                grown = True
        if not grown:
            break
    return " ".join(sentences[first : last + 1])[:chars]


def _extract(
    passages: list[Passage], query: Query, heads: dict[int, str] | None = None
) -> tuple[str, list[int], str | None, float]:
    """The answer built around the sentence of the passages that best answers (answers.py: the question's
    subject, the kind of answer asked for, then the best ranked passage), its figure quoted first; its pages
    (the sentence's, then those of the other passages holding the same figure); the figure asked for that it
    quotes (an hour to "à quelle heure"; None if none); the share of the question's subject that the sentence and
    the two around it hold."""
    best, best_passage, score = None, passages[0], -1.0
    for rank, passage in enumerate(passages):
        sentence, found = best_sentence(passage.text, query)
        found += head_value(heads[passage.page], query) if heads else 0.0
        if sentence is not None and found - RANK_STEP * rank > score:
            best, best_passage, score = sentence, passage, found - RANK_STEP * rank
    page = best_passage.page
    if best is None:
        return f"Extrait : « {passages[0].text[:200]} »", [page], None, 0.0
    listed = enumerated(best_passage.text, query)
    if listed:  # a count given by a numbered list of the counted thing
        held = coverage(f"{best.before} {best.text} {best.after} {listed[1]}", query)
        return f"{listed[0]} — extrait : « {listed[1][:EXTRACT_CHARS]} »", [page], listed[0], held
    quoted, carrier = best.text, best.text
    if query.strict and not query.answer_spans(best.text, figures_only=True):  # the figure in a sentence nearby
        parts = list(split(best_passage.text))
        at = parts.index(best.text) if best.text in parts else -1
        for step in (-1, 1, -2) if at >= 0 else ():
            if 0 <= at + step < len(parts) and query.answer_spans(parts[at + step], figures_only=True):
                carrier = parts[at + step]
                quoted = " ".join(parts[min(at, at + step) : max(at, at + step) + 1])
                break
    if re.match(r"(?:Réponse|R)\s*:", quoted) and re.match(r"(?:Question|Q|D)\s*:", best.before):
        quoted = f"{best.before} {quoted}"  # a hearing's answer with its question
    if len(quoted) > EXTRACT_CHARS:
        quoted = quoted[: EXTRACT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    held = coverage(" ".join((best.before, best.text, best.after)), query)
    asked = figure(carrier, query)
    if not asked or asked not in quoted:
        return f"Extrait : « {quoted} »", [page], None, held
    pages = [page] + [p.page for p in passages if _holds(p.text, asked)]
    return f"{asked} — extrait : « {quoted} »", list(dict.fromkeys(pages))[:MAX_PAGES], asked, held


def _holds(text: str, figure: str) -> bool:
    """Whether a text holds a figure, whatever the spaces and line breaks inside it ("06 12 34" / "0612\n34")."""
    return "".join(figure.split()) in "".join(text.split())


def with_source(pages: list[int], quoted: str | None, candidates: list[Passage], heads: dict[int, str]) -> list[int]:
    """An extract's pages, a synthesis report's sentence cited with the piece it sums up: the synthesis relates what
    the pieces (a hearing, a requisition's answer) hold, and the magistrate reads the piece. The piece is the best
    ranked candidate on another page (the one holding the figure quoted, when one is), unless one is cited already."""
    if not pages or not is_synthesis(heads[pages[0]]) or any(not is_synthesis(heads[p]) for p in pages):
        return pages
    others = [p for p in candidates if not is_synthesis(heads[p.page])]
    source = ([p for p in others if _holds(p.text, quoted)] if quoted else others)[:1]
    return list(dict.fromkeys(pages + [p.page for p in source]))[:MAX_PAGES]


def far_from(best_coverage: float, semantic: float | None, figure_found: bool) -> bool:
    """Whether the passages found are too far from the question to answer it: the best holds under half of its
    terms, none is semantically close, and none holds the figure asked for with some of its terms."""
    close = semantic is not None and semantic >= MIN_SEMANTIC
    return best_coverage < MIN_COVERAGE and not close and not figure_found


def held_enough(held: float, with_figure: bool, semantic: float | None) -> bool:
    """Whether the extract holds enough of the question to be an answer: its sentence and those around it hold
    some of what the question names, or the search is sure of its passage (semantically very close) and the
    figure asked for is there (the question says in other words what the piece says: "convertie en
    cryptomonnaies", "virement vers la plateforme d'échange")."""
    return held >= MIN_HELD or with_figure and (semantic or 0.0) >= SURE_SEMANTIC


def with_notes(result: dict, notes: list[int], unread: bool = False) -> dict:
    """An answer to a question that reads a seized handwritten paper, the dossier's handwritten notes first: the
    reading machine does not read handwriting reliably, so the magistrate is sent to the original."""
    pages = list(dict.fromkeys(notes[:MAX_PAGES] + result["pages"]))[:MAX_PAGES]
    where = ", ".join(f"p. {n}" for n in notes[:MAX_PAGES])
    one = len(notes) == 1
    said = "note manuscrite" if one else "notes manuscrites"
    if unread:
        said = "page illisible, peut-être manuscrite," if one else "pages illisibles, peut-être manuscrites,"
    lead = f"À lire sur l'original : {said} ({where}), que la lecture automatique ne déchiffre pas de façon fiable."
    rest = f" Ailleurs dans le dossier : {result['answer']}" if result["found"] else ""
    return result | {"answer": lead + rest, "pages": pages, "found": True}


def answer_pages(text: str, passages: list[Passage], cited: list[int], question: str = "") -> list[int]:
    """The pages an answer rests on: those it cites, then the retrieved passages (best first) that hold its
    words (``MIN_SUPPORT``; the question's own words do not count), at most ``MAX_PAGES``; ``[]`` when no
    page holds them (an answer that only echoes the question, "groupe sanguin A", rests on nothing)."""
    known = significant_words(question)
    held = [p.page for p in passages if support(text, p.text, known) >= MIN_SUPPORT]
    cited_text = " ".join(p.text for p in passages if p.page in cited)
    first = cited if cited and support(text, cited_text, known) >= MIN_SUPPORT else []
    return sorted(list(dict.fromkeys(first + held))[:MAX_PAGES])


async def answer(
    index: DossierIndex, question: str, registry: Registry | None, *, model: str | None = None, use_llm: bool = True
) -> dict:
    """``{"answer", "pages", "found", "passages": [{page, text}]}``; a question that reads a seized handwritten
    paper sends to the dossier's handwritten notes first (``with_notes``)."""
    question = question.strip()
    if not question:
        raise InvalidRequestError("the question is empty", param="question")
    query = analyse_question(question, set(index.df))
    result = await _answer(index, query, registry, model, use_llm)
    return with_notes(result, index.notes, index.notes_unread) if query.note and index.notes else result


async def _answer(
    index: DossierIndex, query: Query, registry: Registry | None, model: str | None, use_llm: bool
) -> dict:
    question = query.text
    index.widen_to_persons(query)
    ranked, semantic = await index.search(query, registry)
    top = [i for i, _ in ranked[:TOP]]
    if not top:
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": []}
    passages = [index.passages[i] for i in top]
    extract, extract_pages, quoted, held = _extract(passages, query, index.heads())
    extract_pages = with_source(extract_pages, quoted, [index.passages[i] for i, _ in ranked], index.heads())
    with_figure = quoted is not None
    best_coverage = max((index.coverage(i, query) for i, _ in ranked[:8]), default=0.0)
    figure_found = with_figure and best_coverage >= MIN_FIGURE_COVERAGE
    unsupported = not held_enough(held, with_figure, semantic)
    # a figure asked for (a phone number, a birth date) that none of the passages found holds: not in the dossier
    unsupported |= bool(query.strict) and not any(query.answer_spans(p.text, figures_only=True) for p in passages)
    if unsupported or far_from(best_coverage, semantic, figure_found):
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": []}
    shown = [{"page": p.page, "text": p.text} for p in passages]
    allowed = [p.page for p in passages]
    fallback = {"answer": extract, "pages": extract_pages, "found": True, "passages": shown}
    if registry is None or not use_llm:
        return fallback
    context = "\n\n".join(f"[page {p.page}]\n{window(p.text, query)}" for p in passages)
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Extraits :\n{context}\n\nQuestion : {question}"},
    ]
    try:
        reply = await complete_json(registry, messages, SCHEMA, model=model, max_tokens=MAX_TOKENS, temperature=0.0)
    except CommunsError:
        return fallback
    text = str(reply.get("reponse", "")).strip()
    if not reply.get("trouve", True):
        sure = index.coverage(top[0], query) >= SURE_COVERAGE or (semantic or 0.0) >= SURE_SEMANTIC
        return fallback if sure else {"answer": NOT_FOUND, "pages": [], "found": False, "passages": shown}
    cited = [p for p in dict.fromkeys(reply.get("pages", [])) if p in allowed]
    pages = answer_pages(text, passages, cited, question) if text and query.fits(text) else []
    if not pages:  # the answer's words are on none of the passages, or it is not what was asked: the extract
        return fallback
    return {"answer": text, "pages": pages, "found": True, "passages": shown}
