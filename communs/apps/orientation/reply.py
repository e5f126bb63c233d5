"""The conversational reply: at once from a template, then, when the chat model is on, a short rephrasing
streamed sentence by sentence.

The template says the first cards' titles, one formation and our question (question.py). The model sees a compact
prompt (the first three cards' titles and one line each) and a small max_tokens: a short answer is what a CPU
writes in seconds. Each of its sentences is checked before it is given: a question (ours is added after), one that
names a métier not on a card, or one that repeats the person's message is dropped; the rephrasing stands only if
it names a card, else the template reply stays.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from communs.apps.orientation.catalog import Catalog, masculine, name_forms, name_key, named_metiers
from communs.apps.orientation.match import Card
from communs.apps.orientation.profile import Profile
from communs.config import ModelType
from communs.errors import CommunsError
from communs.models.registry import Registry
from communs.models.trace import record

if TYPE_CHECKING:
    from communs.apps.orientation.question import Question

MAX_REPLY_CHARS = 1200
MAX_WORDS = 80  # the rephrasing stops at this many words
MAX_TOKENS = 110  # about 70 French words: the model's share of the time
ECHO_CHARS = 60  # a reply holding this much of the person's message verbatim repeats it
PROMPT_CARDS = 3  # the model presents the first three cards (a shorter prompt and answer: faster on a CPU)
WHY_CHARS = 90
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")  # a line break ends a sentence too (a list's item)
LIST_ITEM = re.compile(r"^\s*([-*•]|\d+[.)])\s")  # the prompt asks for sentences: a list's item is dropped
NO_MATCH = (
    "Je n'ai pas encore trouvé de métier qui corresponde à ce que vous m'avez dit, et c'est normal à ce stade : "
    "parlons un peu plus de vous."
)
NO_PLACE = (
    "Je ne peux pas encore choisir les formations selon le lieu ({where}) : les données livrées ne disent pas où elles "
    "sont proposées ; cherchez les établissements sur onisep.fr."
)


def template_reply(profile: Profile, cards: list[Card], question: Question | None) -> str:
    """The reply written at once from the cards: short (the cards below say the rest)."""
    if not cards:
        parts = [NO_MATCH]
    else:
        titles = ", ".join(masculine(c.metier.title) for c in cards[:3])
        parts = [f"Voici des pistes de métiers pour vous : {titles}."]
        if cards[0].formations:
            first = cards[0].formations[0]
            parts.append(f"Par exemple, la formation « {first.title} » ({first.level_label()}) y mène.")
        if not cards[0].formations_fit:
            parts.append("Certaines formations ne correspondent pas exactement à votre niveau.")
        if profile.place or profile.region:
            parts.append(NO_PLACE.format(where=profile.place or profile.region))
    if question:
        parts.append(question.text)
    return " ".join(parts)


def foreign_metiers(catalog: Catalog, text: str, cards: list[Card]) -> list[str]:
    """The métier names in ``text`` that name no métier of the cards."""
    allowed_codes = {c.metier.code for c in cards}
    allowed_names = {
        name_key(form) for c in cards for label in (c.metier.title, *c.metier.labels) for form in name_forms(label)
    }
    return [
        name for name, codes in named_metiers(catalog, text) if name not in allowed_names and not codes & allowed_codes
    ]


def prompt(cards: list[Card], last: str) -> str:
    """The compact prompt: the first cards' titles and one line each."""
    lines = []
    for card in cards[:PROMPT_CARDS]:
        why = " ".join(card.why) or "proche de ce que la personne a écrit"
        lines.append(f"- {masculine(card.metier.title)} : {why[:WHY_CHARS]}")
    return (
        "Tu es conseiller d'orientation. En deux phrases courtes (60 mots au plus, pas de liste), en vouvoyant, "
        "présente ces métiers à la personne avec leur nom exact et dis pourquoi ils lui correspondent. N'en cite "
        f"aucun autre, ne pose pas de question.\nLa personne a écrit : « {last[:200]} »\nMétiers :\n" + "\n".join(lines)
    )


async def _sentences(registry: Registry, text: str, model: str | None) -> AsyncIterator[str]:
    """The model's answer as it comes, one sentence at a time (an unfinished last one, cut by max_tokens, is
    dropped)."""
    chosen = registry.get(model, ModelType.TEXT_GENERATION)
    body = {
        "messages": [{"role": "user", "content": text}],
        "max_tokens": MAX_TOKENS,
        "temperature": 0.3,
        "stream_options": {"include_usage": True},
    }
    buffer, finish = "", None
    counts: dict[str, Any] = {}
    started = time.perf_counter()
    async with contextlib.aclosing(chosen.stream(body)) as chunks:
        async for chunk in chunks:
            counts |= {key: chunk[key] for key in ("usage", "timings") if chunk.get(key)}
            for choice in chunk.get("choices") or []:
                buffer += (choice.get("delta") or {}).get("content") or ""
                finish = choice.get("finish_reason") or finish
            *done, buffer = SENTENCE_END.split(buffer)
            for sentence in done:
                if sentence.strip():
                    yield sentence.strip()
    record(counts, time.perf_counter() - started, MAX_TOKENS)
    if buffer.strip() and finish != "length":
        yield buffer.strip()


def sentence_ok(catalog: Catalog, sentence: str, cards: list[Card], last_message: str) -> bool:
    """May this sentence of the model be shown: a statement, naming no métier outside the cards, no echo?"""
    if not sentence or sentence.rstrip('»" ').endswith("?") or LIST_ITEM.match(sentence):
        return False
    if foreign_metiers(catalog, sentence, cards):
        return False
    echo = name_key(last_message)[:ECHO_CHARS]
    return not (len(echo) >= ECHO_CHARS // 2 and echo in name_key(sentence))


async def rephrase(
    registry: Registry,
    catalog: Catalog,
    cards: list[Card],
    last_message: str,
    question: Question | None,
    fallback: str,
    *,
    model: str | None = None,
) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """("delta", {"text"}) for each checked sentence of the model, then ("reply", {"reply", "reply_source"}):
    the model's sentences and our question, or the template reply when they name no card or the model fails."""
    kept: list[str] = []
    words = 0
    try:
        async for sentence in _sentences(registry, prompt(cards, last_message), model):
            if not sentence_ok(catalog, sentence, cards, last_message):
                continue
            kept.append(sentence)
            words += len(sentence.split())
            yield "delta", {"text": sentence}
            if words >= MAX_WORDS:
                break
    except CommunsError:
        kept = []
    text = " ".join(kept)
    if not text or len(text) > MAX_REPLY_CHARS or not names_a_card(catalog, text, cards):
        yield "reply", {"reply": fallback, "reply_source": "template"}
        return
    yield "reply", {"reply": f"{text} {question.text}" if question else text, "reply_source": "model"}


def checked_reply(catalog: Catalog, text: str, cards: list[Card], last_message: str) -> str | None:
    """A whole text checked as ``rephrase`` checks the model's sentences: its questions dropped; None when a
    sentence names a métier outside the cards or repeats the person's message, or when it names no card."""
    sentences = [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]
    statements = [s for s in sentences if not s.rstrip('»" ').endswith("?")]
    if not all(sentence_ok(catalog, s, cards, last_message) for s in statements):
        return None
    kept = " ".join(statements)
    if not kept or len(kept) > MAX_REPLY_CHARS or not names_a_card(catalog, kept, cards):
        return None
    return kept


def names_a_card(catalog: Catalog, text: str, cards: list[Card]) -> bool:
    codes = {c.metier.code for c in cards}
    return any(found & codes for _, found in named_metiers(catalog, text))
