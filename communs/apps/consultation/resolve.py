"""The LLM settles what the rules left open — and every answer is checked against the transcript and BDPM.

Three questions are asked, each about one medication and the sentences that name it: whether it is prescribed
(only where the rules disagree: a decision and its opposite said of it in one sentence, or a posology said by a
speaker the transcript does not name), how many times a day (when a schedule was said but not counted), and which
strength (when a number was said without a unit that BDPM knows). An answer is kept only if its quote is in the
transcript and says the value — for a status, the rules' own cues read in the quote must say the same decision;
otherwise the field stays as the rules left it and is flagged as uncertain. Nothing the model says is taken on trust.
"""

from __future__ import annotations

import logging

from communs.apps.consultation.clauses import clause_ids
from communs.apps.consultation.lexicon import lexicon
from communs.apps.consultation.model import Medication
from communs.apps.consultation.normalize import Token, norm, tokens
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.posology import read_posology
from communs.apps.consultation.status import find_cues
from communs.apps.consultation.strength import canonical, show
from communs.errors import CommunsError
from communs.models.chat import complete_json
from communs.models.registry import Registry

log = logging.getLogger(__name__)
MAX_QUESTIONS = 3

SYSTEM = (
    "Tu lis un extrait de consultation médicale en français. Réponds uniquement à partir de l'extrait. "
    "Recopie mot pour mot le passage qui justifie ta réponse. Si l'extrait ne le dit pas, réponds null."
)
TIMES_SCHEMA = {
    "type": "object",
    "properties": {"times_per_day": {"type": ["integer", "null"]}, "quote": {"type": "string"}},
    "required": ["times_per_day", "quote"],
}
STATUS_SCHEMA = {
    "type": "object",
    "properties": {"prescribed": {"type": "boolean"}, "quote": {"type": "string"}},
    "required": ["prescribed", "quote"],
}
TAKEN = {"new": "new", "switch": "new", "continue": "continued", "modify": "modified"}
NOT_TAKEN = ("stop", "negative", "negation", "deferred")
DOSE_SCHEMA = {
    "type": "object",
    "properties": {
        "value": {"type": ["number", "null"]},
        "unit": {"type": ["string", "null"], "enum": ["mg", "g", "µg", "UI", "ml", None]},
        "quote": {"type": "string"},
    },
    "required": ["value", "unit", "quote"],
}


def _numbers(toks: list[Token]) -> set[float]:
    found = set()
    for i in range(len(toks)):
        number = read_number(toks, i)
        if number:
            found.add(number[0])
    return found


def _quoted(quote: str, context: str) -> list[Token] | None:
    """Tokens of the quote when it is, word for word (accents and case aside), in the context."""
    if not quote.strip() or norm(quote) not in norm(context):
        return None
    return tokens(quote)


def checked_status(m: Medication, prescribed: bool, quote: str, context: str) -> str | None:
    """The status an answer supports, or None: its quote must be in the context, name the drug (or a pronoun for
    it), and the rules' cues read in the quote alone must say the same decision, unopposed."""
    quoted = _quoted(quote, context)
    if quoted is None:
        return None
    words = {t.norm for t in quoted}
    names = {norm(e.text) for e in m.mentions} | {norm(m.name)}
    said = " ".join(t.norm for t in quoted)
    named = any(name and f" {name} " in f" {said} " for name in names)
    other_drug = any(t.norm in lexicon().names for t in quoted)
    if not named and (other_drug or not words & {"le", "la", "l", "les", "en"}):
        return None  # the quote must be about this drug: named, or a pronoun where no other drug is named
    kinds = {c.kind for c in find_cues(quoted, clause_ids(quoted, quote, 0).ids)}
    taken, not_taken = [k for k in TAKEN if k in kinds], [k for k in NOT_TAKEN if k in kinds]
    # a posology said of the drug is a prescription too ("du Doliprane un gramme trois fois par jour")
    schedule = read_posology(quoted, 0, len(quoted), quote, 0).has_schedule
    if prescribed and (taken or schedule) and not not_taken:
        return m.status if m.prescribed else TAKEN[taken[0]] if taken else "new"
    if not prescribed and not_taken and not taken:
        return "stopped" if "stop" in not_taken else "discussed"
    return None


def needs(m: Medication) -> list[str]:
    out = ["status"] if "status" in m.uncertain else []
    if (
        m.prescribed
        and m.times_per_day is None
        and not (m.as_needed or m.non_daily)
        and m.frequency
        and "fois" in norm(m.frequency)
    ):
        out.append("times_per_day")
    if m.prescribed and "dose" in m.uncertain:
        out.append("dose")
    return out


async def resolve(medications: list[Medication], transcript: str, registry: Registry, model: str | None = None) -> int:
    """Ask the model about open fields, statuses first; returns how many questions were asked."""
    asked = 0
    questions = sorted(((m, f) for m in medications for f in needs(m)), key=lambda q: q[1] != "status")
    for m, field in questions:
        if asked >= MAX_QUESTIONS:
            return asked
        if field == "status":  # the decision may come after the posology: around the last time it is named
            anchor = m.mentions[-1] if m.mentions else m.evidence
            context = transcript[max(0, anchor.start - 300) : anchor.end + 200] if anchor else transcript
        else:
            anchor = m.evidence or m.mentions[-1]
            context = transcript[max(0, anchor.start - 200) : anchor.end + 100]
        asked += 1
        try:
            if field == "status":
                await _status(m, context, registry, model)
            elif field == "times_per_day":
                await _times(m, context, registry, model)
            else:
                await _dose(m, context, registry, model)
        except CommunsError as exc:  # the model is down or answered nonsense: the field stays open
            log.warning("LLM resolution of %s for %s failed: %s", field, m.name, exc)
    return asked


async def _ask(question: str, context: str, schema: dict, registry: Registry, model: str | None) -> dict:
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"{question}\n\nExtrait :\n{context}"},
    ]
    return await complete_json(registry, messages, schema, model=model, max_tokens=120)


async def _status(m: Medication, context: str, registry: Registry, model: str | None) -> None:
    question = (
        f"À la fin de cette consultation, le médecin prescrit-il ou maintient-il {m.name} "
        "(prescribed true), ou l'arrête-t-il, le refuse-t-il, le remet-il à plus tard (prescribed false) ? "
        "Recopie la phrase du médecin qui le décide."
    )
    answer = await _ask(question, context, STATUS_SCHEMA, registry, model)
    prescribed = answer.get("prescribed")
    status = (
        checked_status(m, prescribed, str(answer.get("quote", "")), context) if isinstance(prescribed, bool) else None
    )
    if status is not None:
        m.status, m.source = status, "rules+llm"
        m.uncertain.remove("status")


async def _times(m: Medication, context: str, registry: Registry, model: str | None) -> None:
    question = f"Combien de fois par jour le patient doit-il prendre {m.name} ?"
    answer = await _ask(question, context, TIMES_SCHEMA, registry, model)
    value, quoted = answer.get("times_per_day"), _quoted(str(answer.get("quote", "")), context)
    if isinstance(value, int) and 0 < value <= 12 and quoted and value in _numbers(quoted):
        m.times_per_day, m.source = value, "rules+llm"
    else:
        m.uncertain.append("times_per_day")


async def _dose(m: Medication, context: str, registry: Registry, model: str | None) -> None:
    answer = await _ask(f"Quel est le dosage (valeur et unité) de {m.name} ?", context, DOSE_SCHEMA, registry, model)
    value, unit = answer.get("value"), answer.get("unit")
    quoted = _quoted(str(answer.get("quote", "")), context)
    number = float(value) if isinstance(value, int | float) else None
    strength = canonical(number, unit) if number is not None and unit else None
    lex = lexicon()
    marketed = lex.strengths(lex.drug(m.lexicon_key)) if m.lexicon_key else set()
    # the quote must say the number, and BDPM must know that strength for the drug
    if strength and quoted and number in _numbers(quoted) and strength in marketed:
        m.dose_value, m.dose, m.source = strength, show(*strength), "rules+llm"
        m.uncertain.remove("dose")
