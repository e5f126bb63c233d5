"""ZenIA: study and career orientation from a conversation (lycéens, students, adults retraining).

- catalog.py: ROME 4.0 métiers and ONISEP formations shipped in data/ (built by build.py);
- lexicon.py / profile.py: the profile, rules first, the chat model for what they miss;
- vectors.py / match.py: métiers ranked by e5 similarity plus rule bonuses, formations that fit the level;
- reply.py: the conversational reply, grounded in the cards and checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.match import Card, recommend
from communs.apps.orientation.profile import Profile, extract_rules, fill_with_model
from communs.apps.orientation.reply import write_reply
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

    def to_dict(self) -> dict[str, Any]:
        catalog = load_catalog()
        return {
            "reply": self.reply,
            "reply_source": self.reply_source,
            "profile": self.profile.to_dict(catalog),
            "recommendations": [card.to_dict() for card in self.cards],
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


async def orient(
    registry: Registry,
    messages: list[dict[str, str]],
    *,
    k: int = 5,
    model: str | None = None,
    use_llm: bool = True,
) -> Orientation:
    texts = check_messages(messages, k)
    catalog = load_catalog()
    profile = extract_rules(catalog, texts)
    if use_llm:
        await fill_with_model(registry, catalog, profile, texts, model=model)
    cards = await recommend(registry, catalog, profile, k)
    reply, source = await write_reply(registry, catalog, profile, cards, texts[-1], model=model, use_llm=use_llm)
    return Orientation(reply, source, profile, cards)
