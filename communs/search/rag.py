"""Retrieval-augmented answers with citations: [document, p. N].

The retrieved chunks are given to the model as numbered sources, each headed by the label it must
cite. The answer is then checked deterministically: citations that match no source are dropped
from the list of used sources, and when the model cited nothing a "Sources" line is added, so an
answer never comes without its sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from communs.errors import InvalidRequestError
from communs.search.records import SearchMethod, SearchResult

if TYPE_CHECKING:
    from communs.accounts.store import Principal
    from communs.search.multiagent import Chat, Tokens
    from communs.search.service import SearchService

SYSTEM_PROMPT = (
    "Tu es un assistant du service public. Réponds en français, brièvement (au plus six phrases ou une courte "
    "liste), uniquement à partir des sources fournies. Après chaque information, cite sa source entre crochets "
    "exactement comme elle est étiquetée, par exemple [{example}]. Si les sources ne contiennent pas la réponse, "
    "dis-le simplement, sans inventer."
)
MAX_SOURCE_CHARS = 1800


def label(result: SearchResult | dict) -> str:
    """The citation of a chunk: ``document, p. N`` (pages joined when a chunk spans several)."""
    chunk = result.chunk if isinstance(result, SearchResult) else result["chunk"]
    metadata = chunk.metadata if not isinstance(chunk, dict) else chunk["metadata"]
    name = metadata.get("document_name") or f"document {metadata.get('document_id')}"
    pages = metadata.get("pages") or ([metadata["page"]] if metadata.get("page") else [])
    if not pages:
        return name
    if len(pages) == 1:
        return f"{name}, p. {pages[0]}"
    return f"{name}, p. {pages[0]}-{pages[-1]}"


def grounded_messages(messages: list[dict[str, Any]], results: list[SearchResult]) -> list[dict[str, Any]]:
    """The conversation with the sources put before the last user message."""
    example = label(results[0]) if results else "document.pdf, p. 1"
    blocks = []
    for index, result in enumerate(results, 1):
        content = result.chunk.content
        if len(content) > MAX_SOURCE_CHARS:
            content = content[:MAX_SOURCE_CHARS].rsplit(" ", 1)[0] + " …"
        blocks.append(f"Source {index} [{label(result)}]\n{content}")
    context = "\n\n".join(blocks) if blocks else "(aucune source trouvée)"
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=len(messages) - 1)
    question = messages[last_user].get("content") if messages else ""
    if isinstance(question, list):  # content parts
        question = " ".join(part.get("text", "") for part in question if isinstance(part, dict))
    grounded = {"role": "user", "content": f"Sources :\n\n{context}\n\nQuestion : {question}"}
    system = {"role": "system", "content": SYSTEM_PROMPT.format(example=example)}
    history = [m for m in messages[:last_user] if m.get("role") != "system"]
    return [system, *history, grounded, *messages[last_user + 1 :]]


def last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
            return content or ""
    return ""


_CITATION = re.compile(r"\[([^\[\]]{3,300})\]")


def cited_labels(answer: str, results: list[SearchResult]) -> list[str]:
    """The source labels that the answer cites (exactly, or by source number)."""
    labels = [label(r) for r in results]
    found: list[str] = []
    for match in _CITATION.finditer(answer):
        text = match.group(1).strip()
        for index, candidate in enumerate(labels, 1):
            if text == candidate or text.lower() == candidate.lower() or text in (str(index), f"Source {index}"):
                if candidate not in found:
                    found.append(candidate)
    return found


def sources_footer(answer: str, results: list[SearchResult]) -> str:
    """A "Sources" line to append when the answer cites none of its sources ('' otherwise)."""
    if not results or cited_labels(answer, results):
        return ""
    unique = list(dict.fromkeys(label(r) for r in results))
    return "\n\nSources : " + " ; ".join(f"[{item}]" for item in unique)


def templated_messages(messages: list[dict[str, Any]], results: list[SearchResult], template: str) -> list[dict]:
    """Albert's RAG prompt: the last user message replaced by ``template`` with its ``{prompt}`` and ``{chunks}``
    (the chunks' texts, one per line) filled in; nothing changed when nothing was found."""
    if not results:
        return messages
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=len(messages) - 1)
    chunks = "\n".join(result.chunk.content for result in results)
    filled = template.replace("{chunks}", "\x00").replace("{prompt}", last_user_text(messages)).replace("\x00", chunks)
    return [*messages[:last_user], {**messages[last_user], "content": filled}, *messages[last_user + 1 :]]


@dataclass(frozen=True)
class Grounding:
    """A conversation grounded on the chunks found for its last question: the ``messages`` to send to
    the model (the cited prompt, or the caller's template) and the ``results`` they cite."""

    messages: list[dict[str, Any]]
    results: list[SearchResult]
    cited: bool = True  # our cited prompt: the answer is checked to name its sources

    def footer(self, answer: str) -> str:
        """The "Sources" line to append to ``answer`` ('' when it cites its sources, or under a template)."""
        return sources_footer(answer, self.results) if self.cited else ""

    def search_results(self) -> list[dict[str, Any]]:
        """The chunks used, as the Albert API lists them in a chat's ``search_results``."""
        return [result.to_albert() for result in self.results]

    def attach(self, completion: dict[str, Any]) -> dict[str, Any]:
        """A chat completion with its ``search_results``, and each answer with its sources."""
        completion["search_results"] = self.search_results()
        for choice in completion.get("choices") or []:
            message = choice.get("message") or {}
            content = message.get("content") or ""
            message["content"] = content + self.footer(content)
        return completion


async def ground(
    search: SearchService,
    principal: Principal,
    messages: list[dict[str, Any]],
    collections: Sequence[int],
    *,
    k: int = 5,
    method: SearchMethod | Literal["multiagent"] = "hybrid",
    score_threshold: float | None = None,
    template: str | None = None,
    chat: Chat | None = None,
    tokens: Tokens | None = None,
) -> Grounding:
    """Search ``collections`` for the last user message and put what is found, numbered and labelled
    for citation, before it (or, with Albert's ``template``, in its place). The chat API and ``communs ask``
    both answer through this. Albert's ``multiagent`` method (:mod:`communs.search.multiagent`) asks ``chat``
    too, its tokens counted in ``tokens``."""
    if method == "multiagent":
        from communs.search import multiagent

        if chat is None:
            raise InvalidRequestError("the multiagent method needs a chat model", param="method")
        grounded, found = await multiagent.grounded_messages(
            search,
            chat,
            tokens or multiagent.Tokens(),
            principal,
            messages,
            collections,
            k=k,
            score_threshold=score_threshold,
        )
        return Grounding(grounded, found, cited=False)
    results = await search.search(
        principal, last_user_text(messages), collections, k=k, method=method, score_threshold=score_threshold
    )
    if template is not None:
        return Grounding(templated_messages(messages, results, template), results, cited=False)
    return Grounding(grounded_messages(messages, results), results)
