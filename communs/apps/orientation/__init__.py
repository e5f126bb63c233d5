"""ZenIA: study and career orientation from a conversation (lycéens, students, adults retraining).

- catalog.py: ROME 4.0 métiers and ONISEP formations shipped in data/ (built by build.py);
- lexicon.py / profile.py: the profile, rules first, the chat model for what they miss;
- vectors.py / lexical.py / match.py: métiers ranked by e5 similarity and BM25 over the fiches' own words plus rule
  bonuses, formations that fit the level;
- question.py: the next question, the missing slot whose answer best splits the candidates;
- filters.py: the formations' level, length and apprenticeship (a place is accepted, not applied: no data);
- reply.py: the reply, at once from a template, then a short rephrasing by the model, streamed and checked.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.filters import Filters, make_filters
from communs.apps.orientation.match import Card, recommend
from communs.apps.orientation.profile import Profile, extract_rules, fill_with_model
from communs.apps.orientation.question import CANDIDATES, Question, asked_slots, next_question
from communs.apps.orientation.reply import rephrase, template_reply
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

MAX_MESSAGE_CHARS = 4000
MAX_MESSAGES = 40
MAX_K = 10


@dataclass
class Orientation:
    reply: str
    reply_source: str  # "model" or "template"
    profile: Profile
    cards: list[Card]
    question: Question | None = None
    filters: Filters = field(default_factory=Filters)

    def to_dict(self) -> dict[str, Any]:
        catalog = load_catalog()
        return {
            "reply": self.reply,
            "reply_source": self.reply_source,
            "question": self.question.to_dict() if self.question else None,
            "profile": self.profile.to_dict(catalog),
            "recommendations": [card.to_dict() for card in self.cards],
            "filters": self.filters.to_dict(),
        }


def check_messages(messages: list[dict[str, str]], k: int) -> list[str]:
    """The user's messages, or an InvalidRequestError saying what is wrong."""
    if not messages:
        raise InvalidRequestError("messages must not be empty", param="messages")
    if len(messages) > MAX_MESSAGES:
        raise InvalidRequestError(f"at most {MAX_MESSAGES} messages", param="messages")
    if not 1 <= k <= MAX_K:
        raise InvalidRequestError(f"k must be between 1 and {MAX_K}", param="k")
    for i, message in enumerate(messages):
        if message.get("role") not in ("user", "assistant"):
            raise InvalidRequestError("role must be 'user' or 'assistant'", param=f"messages.{i}.role")
        if len(message.get("content") or "") > MAX_MESSAGE_CHARS:
            raise InvalidRequestError(f"a message holds at most {MAX_MESSAGE_CHARS} characters", param=f"messages.{i}")
    texts = [m["content"] for m in messages if m["role"] == "user"]
    if not texts or not texts[-1].strip():
        raise InvalidRequestError("the last user message is empty", param="messages")
    return texts


async def prepare(
    registry: Registry,
    messages: list[dict[str, str]],
    *,
    k: int = 5,
    model: str | None = None,
    use_llm: bool = True,
    filters: dict[str, Any] | None = None,
) -> Orientation:
    """The profile, the cards, the next question and the template reply (no model writing: fast)."""
    texts = check_messages(messages, k)
    chosen = make_filters(filters)
    catalog = load_catalog()
    profile = extract_rules(catalog, texts, asked_slots(messages))
    if use_llm:
        await fill_with_model(registry, catalog, profile, texts, model=model)
    candidates = await recommend(registry, catalog, profile, max(k, CANDIDATES), chosen)
    question = next_question(catalog, profile, candidates)
    cards = candidates[:k]
    return Orientation(template_reply(profile, cards, question), "template", profile, cards, question, chosen)


async def orient_events(
    registry: Registry,
    messages: list[dict[str, str]],
    *,
    k: int = 5,
    model: str | None = None,
    use_llm: bool = True,
    filters: dict[str, Any] | None = None,
) -> AsyncGenerator[tuple[str, dict[str, Any]], None]:
    """("result", the whole result with the template reply) at once; then, when the model is on and there are
    cards, ("delta", {"text"}) for each checked sentence of its rephrasing; last ("reply", {"reply",
    "reply_source"}). Errors in the request are raised before the first event."""
    result = await prepare(registry, messages, k=k, model=model, use_llm=use_llm, filters=filters)
    yield "result", result.to_dict()
    if not (use_llm and result.cards):
        yield "reply", {"reply": result.reply, "reply_source": result.reply_source}
        return
    async for event in _rephrased(registry, messages, result, model):
        yield event


async def orient(
    registry: Registry,
    messages: list[dict[str, str]],
    *,
    k: int = 5,
    model: str | None = None,
    use_llm: bool = True,
    filters: dict[str, Any] | None = None,
) -> Orientation:
    """One turn of the conversation, the reply whole (the model's when it is on and passes the checks)."""
    result = await prepare(registry, messages, k=k, model=model, use_llm=use_llm, filters=filters)
    if use_llm and result.cards:
        async for name, data in _rephrased(registry, messages, result, model):
            if name == "reply":
                result.reply, result.reply_source = data["reply"], data["reply_source"]
    return result


def _rephrased(
    registry: Registry, messages: list[dict[str, str]], result: Orientation, model: str | None
) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    last = [m["content"] for m in messages if m["role"] == "user"][-1]
    return rephrase(registry, load_catalog(), result.cards, last, result.question, result.reply, model=model)
