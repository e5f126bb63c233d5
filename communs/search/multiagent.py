"""Albert's ``multiagent`` search method, on top of our hybrid search.

As in the Albert API (etalab-ia/OpenGateLLM): the pool is the ``4 × k`` best chunks by hybrid search; a chat
model judges them five at a time, in rank order, and gives a choice (0: the question is not understood; 1: the
extracts bear on it; 2: nothing relevant, but the question needs no documents; 3: nothing relevant, and it
needs some); on 0 or 3 the next five are judged, up to six windows. Every chunk returned carries the verdict in
its metadata (``choice``, ``choice_desc``, ``n_retry``). In a chat (``search_args.method: "multiagent"``), one
model call per chunk answers from that chunk alone (choice 1), or one call answers without documents (choice
2), and the last user message becomes a synthesis of those answers, which the chat model then writes.

Ours differs where Albert's cannot be reproduced honestly: the judge sees the question and the extracts (Albert's
prompt leaves its placeholders unfilled, so its model judges blind); the choice is written under a JSON schema
(no free text to parse); ``k`` chunks are returned (Albert returns the whole pool), the judged window first;
the prompts are our own; each model call's tokens are counted in the request's usage.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communs.search.rag import label, last_user_text
from communs.search.service import MAX_K

if TYPE_CHECKING:
    from communs.accounts.store import Principal
    from communs.search.records import SearchResult
    from communs.search.service import SearchService

Chat = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]  # a chat completion body → its answer

MULTIAGENT = "multiagent"
POOL = 4  # chunks retrieved per chunk asked
WINDOW = 5  # chunks judged at once
MAX_RETRIES = 5  # windows judged after the first
MAX_EXTRACT_CHARS = 800
CHOICES = {
    0: "La demande n'a pas été comprise.",
    1: "Des passages pertinents ont été trouvés dans les collections.",
    2: "Rien de pertinent dans les collections, mais la question peut se passer de documents.",
    3: "Rien de pertinent dans les collections, pour une question qui en demande.",
}
JUDGE = """Tu évalues si des extraits de documents aident à répondre à un message.

Message : {question}

Extraits :
{extracts}

Donne un seul choix :
0 si le message est incompréhensible ;
1 si au moins un extrait aborde le sujet du message, même en partie ;
2 si aucun extrait n'aide mais que le message se passe de documents (salutation, culture générale) ;
3 si le message demande des informations précises et qu'aucun extrait ne les donne."""
JUDGE_FORMAT = {
    "type": "json_schema",
    "json_schema": {
        "name": "choix",
        "schema": {
            "type": "object",
            "properties": {"choix": {"type": "integer", "enum": [0, 1, 2, 3]}},
            "required": ["choix"],
        },
    },
}
READER = """Extrait de « {source} » :
{text}

Question : {question}
Réponds brièvement, uniquement à partir de cet extrait, en nommant le document. S'il ne permet pas de répondre,
réponds seulement : Rien ici."""
GENERAL = """Question : {question}
Réponds brièvement, en français, de tes connaissances générales, sans inventer de référence ; si la question
n'est pas claire, dis-le."""
SYNTHESIS = """Voici des réponses partielles, chacune tirée d'un document :
{answers}

Question : {question}
Écris une seule réponse à la question à partir de ces réponses : garde ce qui est utile, cite les documents,
signale les contradictions, ne parle pas des « réponses partielles »."""
NOTHING = "Rien ici"
MAX_READER_TOKENS = 200


@dataclass
class Tokens:
    """The tokens of the model calls made for one request."""

    prompt: int = 0
    completion: int = 0

    def add(self, answer: dict[str, Any]) -> str:
        usage = answer.get("usage") or {}
        self.prompt += int(usage.get("prompt_tokens") or 0)
        self.completion += int(usage.get("completion_tokens") or 0)
        return str(((answer.get("choices") or [{}])[0].get("message") or {}).get("content") or "")


@dataclass
class Verdict:
    choice: int
    retries: int
    results: list[SearchResult] = field(default_factory=list)


def _extracts(results: Sequence[SearchResult]) -> str:
    lines = []
    for index, result in enumerate(results, 1):
        text = " ".join(result.chunk.content.split())[:MAX_EXTRACT_CHARS]
        lines.append(f"[{index}] ({label(result)}) {text}")
    return "\n".join(lines) or "(aucun extrait)"


def read_choice(text: str) -> int:
    """The choice a judge wrote: ``{"choix": n}``, or the first digit 0-3; anything else: 0 (not understood)."""
    found = re.search(r"[0-3]", text)
    return int(found.group()) if found else 0


async def judge(chat: Chat, tokens: Tokens, question: str, pool: list[SearchResult]) -> Verdict:
    """Judge the pool a window at a time until one bears on the question (1) or it needs none (2)."""
    choice, retries = 0, 0
    for retries in range(MAX_RETRIES + 1):
        window = pool[retries * WINDOW : (retries + 1) * WINDOW]
        if not window and retries:
            retries -= 1
            break
        prompt = JUDGE.format(question=question, extracts=_extracts(window))
        body = {"messages": [{"role": "user", "content": prompt}], "temperature": 0, "max_tokens": 12}
        choice = read_choice(tokens.add(await chat({**body, "response_format": JUDGE_FORMAT})))
        if choice in (1, 2):
            break
    start = retries * WINDOW if choice == 1 else 0
    ordered = pool[start : start + WINDOW] + pool[:start] + pool[start + WINDOW :]
    return Verdict(choice, retries, ordered)


async def search(
    service: SearchService,
    chat: Chat,
    tokens: Tokens,
    principal: Principal,
    prompt: str,
    collections: Sequence[int],
    *,
    k: int,
    score_threshold: float | None = None,
    filters: dict[str, Any] | None = None,
) -> tuple[list[SearchResult], int]:
    """The ``k`` chunks of the multi-agent search, each with the verdict in its metadata; and the choice."""
    size = min(POOL * k, MAX_K)
    pool = await service.search(
        principal, prompt, collections, k=size, method="hybrid", score_threshold=score_threshold, filters=filters
    )
    if not pool:
        return [], 3
    verdict = await judge(chat, tokens, prompt, pool)
    chosen = verdict.results[:k]
    for result in chosen:
        result.chunk.metadata.update(
            {"choice": verdict.choice, "choice_desc": CHOICES[verdict.choice], "n_retry": verdict.retries}
        )
    return chosen, verdict.choice


async def synthesis_prompt(
    chat: Chat, tokens: Tokens, question: str, results: Sequence[SearchResult], choice: int
) -> str | None:
    """The last user message of a multi-agent chat: the answers read from each chunk (choice 1) or the general
    answer (choice 2), to be synthesized; None when there is nothing to synthesize (the question is kept)."""
    if choice == 1:
        prompts = [READER.format(source=label(r), text=r.chunk.content, question=question) for r in results]
    elif choice == 2:
        prompts = [GENERAL.format(question=question)]
    else:
        return None
    bodies = [
        {"messages": [{"role": "user", "content": p}], "temperature": 0.2, "max_tokens": MAX_READER_TOKENS}
        for p in prompts
    ]
    answers = [tokens.add(answer) for answer in await asyncio.gather(*(chat(body) for body in bodies))]
    useful = [a.strip() for a in answers if a.strip() and not a.strip().startswith(NOTHING)]
    if not useful:
        return None
    return SYNTHESIS.format(answers="\n".join(f"- {a}" for a in useful), question=question)


async def grounded_messages(
    service: SearchService,
    chat: Chat,
    tokens: Tokens,
    principal: Principal,
    messages: list[dict[str, Any]],
    collections: Sequence[int],
    *,
    k: int,
    score_threshold: float | None = None,
) -> tuple[list[dict[str, Any]], list[SearchResult]]:
    """A chat's messages for a multi-agent search: the last user message replaced by the synthesis prompt."""
    question = last_user_text(messages)
    results, choice = await search(
        service, chat, tokens, principal, question, collections, k=k, score_threshold=score_threshold
    )
    prompt = await synthesis_prompt(chat, tokens, question, results, choice)
    if prompt is None:
        return messages, results
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=len(messages) - 1)
    return [*messages[:last_user], {**messages[last_user], "content": prompt}, *messages[last_user + 1 :]], results
