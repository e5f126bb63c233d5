"""Questions on the AI Act answered from its passages, in the question's language, with checked citations.

The model sees a few short passages headed by their ids and must cite them as ``[art_6_2]``. Every id in the
answer is then checked: one that is not among the passages shown (or not in the Act) is removed from the text
and counted in ``removed_ids``, so an answer never cites an invented id. A question outside the Act (its best
passage is far from it) gets a polite refusal without calling the model.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from communs.apps.aiact.glossary import language
from communs.apps.aiact.index import ActIndex
from communs.apps.aiact.retrieve import Retrieval, retrieve
from communs.errors import InvalidRequestError, UpstreamError
from communs.models.chat import complete_json

PROMPT_PASSAGES = 3
PROMPT_CHARS = 380
MAX_QUESTION = 1000
ANSWER_CHARS = (60, 420)

_SYSTEM = {
    "fr": (
        "Tu réponds à des questions sur le règlement européen sur l'IA uniquement à partir des extraits fournis. "
        'Réponds en JSON : "answer" = 2 ou 3 phrases complètes en français qui répondent à la question ; '
        '"sources" = les identifiants des extraits utilisés. Si les extraits ne répondent pas, dis-le.'
    ),
    "en": (
        'You answer questions on the EU AI Act only from the excerpts given. Reply in JSON: "answer" = 2 or 3 '
        'complete sentences in English that answer the question; "sources" = the ids of the excerpts used. '
        "If the excerpts do not answer, say so."
    ),
}
_REFUSAL = {
    "fr": (
        "Je ne peux répondre qu'aux questions sur le règlement européen sur l'intelligence artificielle "
        "(règlement (UE) 2024/1689), et celle-ci ne semble pas en relever. Reformulez-la si elle concerne "
        "le règlement."
    ),
    "en": (
        "I can only answer questions about the EU Artificial Intelligence Act (Regulation (EU) 2024/1689), "
        "and this one does not seem to be about it. Please rephrase it if it is."
    ),
}
_NOTHING = {
    "fr": "Les extraits trouvés ne permettent pas de répondre ; voyez les articles cités.",
    "en": "The passages found do not answer this; see the articles cited.",
}
_CITED = re.compile(r"\[\s*((?:art|anx|rec)_[A-Za-z0-9_]+)\s*\]")


@dataclass
class Citation:
    id: str
    label: str
    title: str
    text: str


@dataclass
class Answer:
    answer: str
    language: str
    citations: list[Citation]
    in_scope: bool
    retrieved: list[str] = field(default_factory=list)
    removed_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _prompt(index: ActIndex, question: str, lang: str, ids: list[str]) -> list[dict[str, str]]:
    act = index.act
    blocks = []
    for ident in ids[:PROMPT_PASSAGES]:
        text = act.text(ident)
        if ident in act.nodes and act.nodes[ident].lead:
            text = act.nodes[ident].lead[:120] + " … " + text
        if len(text) > PROMPT_CHARS:
            text = text[:PROMPT_CHARS].rsplit(" ", 1)[0] + " …"
        blocks.append(f"[{ident}] {act.label(ident)} — {act.title(ident)}: {text}")
    return [
        {"role": "system", "content": _SYSTEM[lang]},
        {"role": "user", "content": "\n\n".join(blocks) + f"\n\nQuestion: {question}"},
    ]


def _extract(act: Any, ident: str, lang: str) -> str:
    """The best passage quoted, under its label and the title of its article or annex ("Prohibited AI
    practices", "High-risk AI systems referred to in Article 6(2)"), which says much of the answer."""
    sentence = re.split(r"(?<=[.;:])\s", act.text(ident), maxsplit=1)[0]
    lead = "Selon" if lang == "fr" else "According to"
    return f"{lead} {act.label(ident)} ({act.title(ident)}) : « {sentence} » [{ident}]"


def _echoes(answer: str, question: str) -> bool:
    """The model repeated the question instead of answering it."""
    words = set(re.findall(r"\w+", question.lower()))
    said = set(re.findall(r"\w+", answer.lower()))
    return bool(said) and len(said - words) <= max(2, len(said) // 5)


def usable(answer: str, question: str, lang: str) -> bool:
    """An answer of a few words at least, that does not repeat the question and speaks its language."""
    return len(_CITED.sub("", answer).split()) >= 4 and not _echoes(answer, question) and language(answer) == lang


def check_citations(answer: str, allowed: list[str]) -> tuple[str, list[str], list[str]]:
    """(answer without invalid ids, valid ids cited in order, removed ids)."""
    cited: list[str] = []
    removed: list[str] = []

    def keep(match: re.Match[str]) -> str:
        ident = match.group(1)
        if ident in allowed:
            if ident not in cited:
                cited.append(ident)
            return match.group(0)
        removed.append(ident)
        return ""

    cleaned = _CITED.sub(keep, answer)
    return re.sub(r"[ \t]+([.,;:])", r"\1", cleaned).strip(), cited, removed


async def ask(
    index: ActIndex,
    question: str,
    *,
    k: int = 5,
    model: str | None = None,
    use_glossary: bool = True,
    retrieval: Retrieval | None = None,
) -> Answer:
    if not isinstance(question, str) or not question.strip():
        raise InvalidRequestError("the question is empty", param="question")
    if len(question) > MAX_QUESTION:
        raise InvalidRequestError(f"the question is longer than {MAX_QUESTION} characters", param="question")
    if not 1 <= k <= 20:
        raise InvalidRequestError("k must be between 1 and 20", param="k")
    started = time.perf_counter()
    lang = language(question)
    found = retrieval or await retrieve(index, question, k, use_glossary=use_glossary)
    act = index.act
    if not found.in_scope:
        return Answer(_REFUSAL[lang], lang, [], False, found.ids, [], round(time.perf_counter() - started, 2))
    shown = found.ids[:PROMPT_PASSAGES]
    schema = {
        "type": "object",
        "properties": {
            # a floor: the small model otherwise answers "Yes" or "Oui" and nothing else; a ceiling: the reply
            # always closes within max_tokens instead of being cut and failing to parse
            "answer": {"type": "string", "minLength": ANSWER_CHARS[0], "maxLength": ANSWER_CHARS[1]},
            "sources": {"type": "array", "items": {"type": "string", "enum": shown}, "maxItems": len(shown)},
        },
        "required": ["answer", "sources"],
    }
    try:  # one attempt: a reply cut by max_tokens falls back to quoting the best passage, within the time budget
        reply = await complete_json(
            index.registry, _prompt(index, question, lang, found.ids), schema, model=model, max_tokens=140, attempts=1
        )
    except UpstreamError:
        reply = {}
    text, cited, removed = check_citations(str(reply.get("answer", "")), shown)
    for ident in reply.get("sources") or []:
        if not isinstance(ident, str) or ident not in shown:
            removed.append(str(ident))
        elif ident not in cited:
            cited.append(ident)
    if not usable(text, question, lang) or (removed and not cited):
        # nothing usable, or ids that were not shown: quote the best passage instead
        text = _extract(act, shown[0], lang) if shown else _NOTHING[lang]
        cited = shown[:1]
    ids = cited or shown
    citations = [Citation(i, act.label(i), act.title(i), act.text(i)) for i in ids]
    return Answer(text, lang, citations, True, found.ids, removed, round(time.perf_counter() - started, 2))
