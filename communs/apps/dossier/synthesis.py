"""The "fiche de synthèse": one short call to the chat model over a compact digest of the dossier.

The digest is the rules' facts (persons and their roles, offences) and the extractive summaries
(see analysis.py) of the key documents, each tagged with its pages: complaint, statements,
findings, medical and arrest reports first, a document said twice (a copy) once, up to
``INPUT_CHARS`` characters whatever the dossier's length, so the model's work does not grow with
the pages. It writes a few sentences, each with the pages it rests on (JSON schema, lengths
bounded, so ``max_tokens`` is never reached). Every sentence is then checked: its pages must exist
and its words (names, numbers, facts) must be found on those pages; a sentence that fails is
dropped and counted. With no usable sentence (or no model, or no answer within ``TIME_BUDGET``
seconds: a dossier is read in about three minutes on 2 cores, the synthesis included), the synthesis
is built from the rules' facts alone, and ``error`` says why.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

from communs.apps.dossier.analysis import page_label
from communs.errors import CommunsError
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.nlp.text import fold

INPUT_CHARS = 2200  # the documents' digests given to the model (about 700 prompt tokens)
DOC_CHARS = 260
# pieces whose text says little (cover page, photos) or cannot be trusted (handwriting, noise) stay out
SKIPPED_TYPES = ("illisible", "note_manuscrite", "photos", "bordereau")
# the documents that tell the facts, first; the others follow in the dossier's order while there is room
KEY_TYPES = ("plainte", "rapport", "pv_audition", "pv_interpellation", "expertise_medicale", "pv_constatations")
MAX_SENTENCES = 4
SENTENCE_CHARS = 200
MAX_TOKENS = 90 * MAX_SENTENCES + 20  # bounds the schema's longest answer (about 70 tokens a sentence)
# The model's call, at most (on idle cores it takes about 30 s: ~900 prompt tokens, ≤ 380 written).
TIME_BUDGET = 120.0
MIN_SUPPORT = 0.6  # share of a sentence's significant words that must be on its cited pages
SCHEMA = {
    "type": "object",
    "properties": {
        "phrases": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "texte": {"type": "string", "maxLength": SENTENCE_CHARS},
                    "pages": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 4},
                },
                "required": ["texte", "pages"],
                "additionalProperties": False,
            },
            "minItems": 1,
            "maxItems": MAX_SENTENCES,
        }
    },
    "required": ["phrases"],
    "additionalProperties": False,
}
SYSTEM = (
    "Tu assistes un magistrat du parquet. À partir des extraits d'un dossier pénal, chacun précédé de ses "
    "pages, écris une fiche de synthèse factuelle en français : au plus {n} phrases courtes (qui, quoi, quand, "
    "où, quelles preuves), tirées des extraits. Chaque phrase donne les numéros des pages où le fait se trouve. "
    "N'invente rien : n'écris que ce que disent les extraits. Réponds en JSON."
)
STOP = set(
    "avec dans pour par sur sous chez entre vers après avant depuis pendant contre sans mais donc ainsi alors "
    "cette celui celle ceux elles leur leurs sont était étaient avait avaient être avoir fait faits dossier "
    "selon lors également aussi plus moins très tout tous toute toutes comme dont elle ils lui qui que quoi".split()
)


def significant_words(sentence: str) -> set[str]:
    words = {fold(w) for w in re.findall(r"[A-Za-zÀ-ÿ][\w'-]{3,}|\d[\d:h,]*", sentence)}
    return {w.split("'")[-1] for w in words if w not in STOP and len(w) >= 4 or w[:1].isdigit()}


def support(sentence: str, pages_text: str, known: set[str] | frozenset[str] = frozenset()) -> float:
    """Share of the sentence's significant words found in the pages' text; the ``known`` words (those of a
    question the sentence answers: echoing them proves nothing) are left out, and none left scores 0."""
    words = significant_words(sentence) - known
    if not words:
        return 0.0
    haystack = fold(pages_text)
    found = sum(1 for w in words if w in haystack or w[:-1] in haystack and len(w) > 5)
    return found / len(words)


def _same(a: str, b: str) -> bool:
    """Two sentences saying the same (the same significant words, give or take one in five)."""
    words_a, words_b = significant_words(a), significant_words(b)
    if not words_a or not words_b:
        return fold(a) == fold(b)
    return len(words_a & words_b) >= 0.8 * max(len(words_a), len(words_b))


def verify(
    sentences: list[dict], page_texts: dict[int, str], documents: list[list[int]] | None = None
) -> tuple[list[dict], list[dict]]:
    """(kept, dropped): a sentence is kept when the pages it cites exist and hold its words. A citation
    that misses by a page is put right inside the cited document (the page of that document that holds
    the sentence's words best), and marked ``recited``; a sentence found nowhere it points is dropped."""
    kept: list[dict] = []
    dropped: list[dict] = []
    doc_of = {n: pages for pages in documents or [] for n in pages}
    for item in sentences:
        text = re.sub(r"\s*[\[(]p(?:age)?s?\.?\s*[\d,\s-]+[\])]\s*", " ", str(item.get("texte", ""))).strip()
        pages = sorted({p for p in item.get("pages", []) if isinstance(p, int) and p in page_texts})
        if not text or not pages:
            dropped.append({"text": text, "pages": item.get("pages", []), "why": "no valid page"})
            continue
        if any(_same(text, k["text"]) for k in kept):  # small models repeat themselves
            dropped.append({"text": text, "pages": pages, "why": "repeated"})
            continue
        if support(text, " ".join(page_texts[p] for p in pages)) >= MIN_SUPPORT:
            kept.append({"text": text, "pages": pages})
            continue
        nearby = sorted({n for p in pages for n in doc_of.get(p, [p])})
        best = max(nearby, key=lambda n: support(text, page_texts[n]))
        whole = support(text, " ".join(page_texts[n] for n in nearby))
        if support(text, page_texts[best]) >= MIN_SUPPORT:
            kept.append({"text": text, "pages": [best], "recited": True})
        elif whole >= MIN_SUPPORT and len(nearby) <= 4:
            kept.append({"text": text, "pages": nearby, "recited": True})
        else:
            dropped.append({"text": text, "pages": pages, "why": f"words not on the cited pages ({whole:.0%})"})
    return kept, dropped


def _digest(document: dict) -> str:
    parts = " ".join(s["text"] for s in document.get("sentences", []))
    head = document["summary"].split(". ", 1)[0]
    return f"[{page_label(document['pages'])}] {head} : {parts}"[:DOC_CHARS]


def digest(result: dict) -> list[str]:
    """The key documents' digests, in the dossier's order, within ``INPUT_CHARS`` (a copy said once)."""
    documents = [d for d in result["documents"] if d["type"] not in SKIPPED_TYPES and d.get("sentences")]
    order = {t: i for i, t in enumerate(KEY_TYPES)}
    ranked = sorted(range(len(documents)), key=lambda i: (order.get(documents[i]["type"], len(order)), i))
    chosen, seen, size = [], set(), 0
    for i in ranked:
        line = _digest(documents[i])
        said = fold(line.split("] ", 1)[-1])
        if said in seen or size + len(line) > INPUT_CHARS:
            continue
        seen.add(said)
        chosen.append(i)
        size += len(line) + 1
    return [_digest(documents[i]) for i in sorted(chosen)]


def facts_header(result: dict) -> str:
    """Who is who, for the model (the offences stay out: given a list, the small model copies it, citing pages
    where its words are not, and the rules already show the offences with their pages)."""
    persons = "; ".join(f"{p['name']} ({p['role']})" for p in result["persons"][:10])
    return f"Personnes : {persons}."


def fallback(result: dict) -> list[dict]:
    """A synthesis from the rules' facts alone (no model, or nothing it wrote could be verified)."""
    out = []
    by_role: dict[str, list[dict]] = {}
    for person in result["persons"]:
        by_role.setdefault(person["role"], []).append(person)
    for role in ("victime", "mis en cause", "témoin"):
        people = by_role.get(role, [])
        if people:
            names = ", ".join(p["name"] for p in people)
            out.append({"text": f"{role.capitalize()} : {names}.", "pages": sorted({p["pages"][0] for p in people})})
    faits = [o for o in result["offences"] if o["context"] == "faits"]
    if faits:
        text = (
            "Qualifications relevées : "
            + "; ".join(f"{o['qualification']} (art. {o['code_article']} du Code pénal)" for o in faits[:4])
            + "."
        )
        out.append({"text": text, "pages": sorted({o["pages"][0] for o in faits[:4]})})
    return out


async def synthesise(
    result: dict,
    page_texts: dict[int, str],
    registry: Registry | None,
    *,
    model: str | None = None,
    on_step: Callable[[int, int], None] | None = None,
    time_budget: float = TIME_BUDGET,
) -> dict:
    """``{"sentences": [{text, pages}], "text", "dropped": [{text, pages, why}], "source": "llm"|"rules",
    "error"}``."""
    lines = digest(result)
    sentences: list[dict] = []
    dropped: list[dict] = []
    documents = [d["pages"] for d in result["documents"]]
    error = None
    if registry is not None and lines:
        messages = [
            {"role": "system", "content": SYSTEM.format(n=MAX_SENTENCES)},
            {"role": "user", "content": facts_header(result) + "\n\nExtraits :\n" + "\n".join(lines)},
        ]
        call = complete_json(
            registry, messages, SCHEMA, model=model, max_tokens=MAX_TOKENS, temperature=0.1, attempts=1
        )
        try:
            reply = await asyncio.wait_for(call, time_budget)
            sentences, dropped = verify(list(reply.get("phrases", []))[:MAX_SENTENCES], page_texts, documents)
        except CommunsError as exc:  # the model is down or cut short: the rules' synthesis stands in, said so
            error = exc.message
        except TimeoutError:
            error = f"the model did not answer within {time_budget:.0f} s: synthesis from the rules' facts"
        if on_step:
            on_step(1, 1)
    source = "llm" if sentences else "rules"
    if not sentences:
        sentences = fallback(result)
    text = " ".join(f"{s['text']} [{page_label(s['pages'])}]" for s in sentences)
    return {"sentences": sentences, "text": text, "dropped": dropped, "source": source, "error": error}
