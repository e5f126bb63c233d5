"""The "fiche de synthèse": map-reduce with the chat model over the documents' cited summaries.

Map: the documents' extractive summaries (rules, see analysis.py), each tagged with its pages, go
to the model in groups of about ``GROUP_CHARS`` characters; it writes a few sentences, each with
the pages it rests on (JSON schema). Reduce: when there were several groups, their sentences are
combined the same way. Every sentence is then checked: its pages must exist and its words (names,
numbers, facts) must be found on those pages; a sentence that fails is dropped and counted. With
no usable sentence (or no model), the synthesis is built from the rules' facts alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from communs.apps.dossier.analysis import page_label
from communs.errors import CommunsError
from communs.models.chat import complete_json
from communs.models.registry import Registry

GROUP_CHARS = 3600  # about 1,200 prompt tokens: one call for a 30-page dossier, four for 100 pages
DOC_CHARS = 260
# pieces whose text says little (cover page, photos) or cannot be trusted (handwriting, noise) stay out
SKIPPED_TYPES = ("illisible", "note_manuscrite", "photos", "bordereau")
MAX_SENTENCES = 5
MIN_SUPPORT = 0.6  # share of a sentence's significant words that must be on its cited pages
SCHEMA = {
    "type": "object",
    "properties": {
        "phrases": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "texte": {"type": "string", "maxLength": 220},
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
    "où, quelle infraction, quelles preuves). Chaque phrase donne les numéros des pages où le fait se trouve. "
    "N'invente rien : n'écris que ce que disent les extraits. Réponds en JSON."
)
STOP = set(
    "avec dans pour par sur sous chez entre vers après avant depuis pendant contre sans mais donc ainsi alors "
    "cette celui celle ceux elles leur leurs sont était étaient avait avaient être avoir fait faits dossier "
    "selon lors également aussi plus moins très tout tous toute toutes comme dont elle ils lui qui que quoi".split()
)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def significant_words(sentence: str) -> set[str]:
    words = {_fold(w) for w in re.findall(r"[A-Za-zÀ-ÿ][\w'-]{3,}|\d[\d:h,]*", sentence)}
    return {w.split("'")[-1] for w in words if w not in STOP and len(w) >= 4 or w[:1].isdigit()}


def support(sentence: str, pages_text: str) -> float:
    words = significant_words(sentence)
    if not words:
        return 0.0
    haystack = _fold(pages_text)
    found = sum(1 for w in words if w in haystack or w[:-1] in haystack and len(w) > 5)
    return found / len(words)


def verify(
    sentences: list[dict], page_texts: dict[int, str], documents: list[list[int]] | None = None
) -> tuple[list[dict], list[dict]]:
    """(kept, dropped): a sentence is kept when the pages it cites exist and hold its words. A citation
    that misses by a page is put right inside the cited document (the page of that document that holds
    the sentence's words best), and marked ``recited``; a sentence found nowhere it points is dropped."""
    kept, dropped = [], []
    doc_of = {n: pages for pages in documents or [] for n in pages}
    for item in sentences:
        text = re.sub(r"\s*[\[(]p(?:age)?s?\.?\s*[\d,\s-]+[\])]\s*", " ", str(item.get("texte", ""))).strip()
        pages = sorted({p for p in item.get("pages", []) if isinstance(p, int) and p in page_texts})
        if not text or not pages:
            dropped.append({"text": text, "pages": item.get("pages", []), "why": "no valid page"})
            continue
        if any(_fold(text) == _fold(k["text"]) for k in kept):  # small models repeat themselves
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


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if groups[-1] and size + len(line) > GROUP_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(line)
        size += len(line)
    return groups


def facts_header(result: dict) -> str:
    persons = "; ".join(f"{p['name']} ({p['role']})" for p in result["persons"][:10])
    offences = "; ".join(
        f"{o['qualification']} (art. {o['code_article']})" for o in result["offences"] if o["context"] == "faits"
    )
    return f"Personnes : {persons}.\nInfractions relevées : {offences}."


async def _ask(registry: Registry, model: str | None, context: str, n: int) -> list[dict]:
    messages = [
        {"role": "system", "content": SYSTEM.format(n=n)},
        {"role": "user", "content": context},
    ]
    reply = await complete_json(registry, messages, SCHEMA, model=model, max_tokens=90 * n + 40, temperature=0.1)
    return list(reply.get("phrases", []))[: n + 2]


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
) -> dict:
    """``{"sentences": [{text, pages}], "text", "dropped": [{text, pages, why}], "source": "llm"|"rules"}``."""
    lines = [_digest(d) for d in result["documents"] if d["type"] not in SKIPPED_TYPES and d.get("sentences")]
    groups = _groups(lines)
    steps = len(groups) + (1 if len(groups) > 1 else 0)
    sentences: list[dict] = []
    dropped: list[dict] = []
    documents = [d["pages"] for d in result["documents"]]
    error = None
    if registry is not None and lines:
        try:
            partial: list[dict] = []
            for index, group in enumerate(groups):
                n = MAX_SENTENCES if len(groups) == 1 else 3
                raw = await _ask(registry, model, facts_header(result) + "\n\nExtraits :\n" + "\n".join(group), n)
                kept, lost = verify(raw, page_texts, documents)
                partial.extend(kept)
                dropped += lost
                if on_step:
                    on_step(index + 1, steps)
            if len(groups) > 1 and partial:
                context = "\n".join(f"[{page_label(s['pages'])}] {s['text']}" for s in partial)
                raw = await _ask(registry, model, facts_header(result) + "\n\nExtraits :\n" + context, MAX_SENTENCES)
                kept, lost = verify(raw, page_texts, documents)
                dropped += lost
                partial = kept or partial[:MAX_SENTENCES]
                if on_step:
                    on_step(steps, steps)
            sentences = partial
        except CommunsError as exc:  # the model is down: the rules' synthesis stands in, said so
            error = exc.message
    source = "llm" if sentences else "rules"
    if not sentences:
        sentences = fallback(result)
    text = " ".join(f"{s['text']} [{page_label(s['pages'])}]" for s in sentences)
    return {"sentences": sentences, "text": text, "dropped": dropped, "source": source, "error": error}
