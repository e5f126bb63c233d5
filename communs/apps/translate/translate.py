"""Translation of French administrative text, paragraph by paragraph, every fact checked.

No machine-translation model ships its weights in a package we can install (PyPI, Debian): the chat
model translates, through the registry, under rules that keep the facts:

- the facts of each paragraph (dates, amounts, references, phone numbers, URLs... found by the
  Simplifier's rules, :mod:`communs.clarity.facts`) are replaced by markers ``[F1]``, ``[F2]`` that the
  model only has to copy; we put each fact back ourselves, a date written the target language's way
  ("15 de marzo de 2025"), an amount or a reference as written;
- the translation is then checked by rules (:mod:`communs.apps.translate.check`): each fact of the
  paragraph there (digits kept, dates compared by day, month and year), the target language's script
  (Arabic, Cyrillic) used, nothing left out by length;
- a paragraph that fails is translated once more with what went wrong named (the missing facts); if it
  fails again it is **flagged**, with its missing facts listed: a fact is never dropped silently.

Every result carries its label, « traduction automatique » and the same words in the target language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from communs.apps.translate.check import facts_to_check, missing_facts
from communs.apps.translate.examples import EXAMPLES
from communs.apps.translate.languages import LANGUAGES, Language, label, write_date
from communs.clarity.facts import Fact, extract_facts, mask_facts, unmask_facts
from communs.clarity.text import split_parts
from communs.errors import InvalidRequestError, PayloadTooLargeError, RunawayOutputError, UpstreamError
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.models.trace import stage
from communs.parallel import Progress, each_part  # on_progress: stage "translate", then "done"

MAX_CHARS = 20_000  # one request (about 15 minutes on the embedded 1.5B model); longer: a background job
JOB_MAX_CHARS = 100_000
PARALLEL = 2  # paragraphs translated at once: the embedded llama.cpp serves 2 requests in parallel
SCHEMA = {
    "type": "object",
    "properties": {"translation": {"type": "string"}},
    "required": ["translation"],
    "additionalProperties": False,
}
# Facts the model gets as markers; a duration ("deux mois") is translated by the model, which writes its number.
MARKED = frozenset(("email", "url", "phone", "amount", "percent", "date", "reference", "article", "address"))
MARKED |= frozenset(("time", "identifier"))
SCRIPTS = {"ar": r"[\u0600-\u06ff]", "uk": r"[\u0400-\u04ff]", "ru": r"[\u0400-\u04ff]", "zh": r"[\u4e00-\u9fff]"}
MARKER = re.compile(r"\[F\d+\]")
MIN_LENGTH = 0.45  # a translation shorter than this share of its paragraph left something out
MAX_LENGTH = 3.0  # ... longer than this, the model ran on


@dataclass
class Part:
    original: str
    text: str
    status: str  # "translated", "flagged" (a fact missing, or another check failed after the retry)
    attempts: int
    missing_facts: list[Fact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "original": self.original,
            "text": self.text,
            "status": self.status,
            "attempts": self.attempts,
            "missing_facts": [f.to_dict() for f in self.missing_facts],
            "problems": self.problems,
        }


@dataclass
class TranslateResult:
    text: str
    source: str
    lang: str
    label: str
    parts: list[Part]
    kept_facts: list[Fact]
    missing_facts: list[Fact]

    @property
    def direction(self) -> str:
        return "rtl" if LANGUAGES[self.lang].rtl else "ltr"

    @property
    def flagged(self) -> int:
        return sum(1 for p in self.parts if p.status == "flagged")

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "source": self.source,
            "lang": self.lang,
            "direction": self.direction,
            "label": self.label,
            "machine_translation": True,
            "flagged": self.flagged,
            "kept_facts": [f.to_dict() for f in self.kept_facts],
            "missing_facts": [f.to_dict() for f in self.missing_facts],
            "parts": [p.to_dict() for p in self.parts],
        }


def check_request(text: object, lang: str, source: str = "fr", max_chars: int = MAX_CHARS) -> None:
    """A clear 400 (or 413) for what ``translate`` cannot take, before any work starts."""
    codes = ", ".join(c for c in LANGUAGES if c != "fr")
    if lang not in LANGUAGES or lang == "fr" and source == "fr":
        raise InvalidRequestError(f"unknown target language {lang!r}: one of {codes}", param="lang")
    if source not in LANGUAGES or source != "fr" and lang != "fr":
        raise InvalidRequestError(
            f"source must be fr, or the target must be fr (source one of {codes})", param="source"
        )
    if not isinstance(text, str) or not text.strip():
        raise InvalidRequestError("the text is empty", param="text")
    if len(text) > max_chars:
        raise PayloadTooLargeError(f"text over {max_chars} characters: translate it in several parts", param="text")


def localise(fact: Fact, lang: str) -> str:
    """A fact as the target language writes it: a date in its words, an article with its word; else as written."""
    if fact.kind == "date" and re.match(r"(\?{4}|\d{4})-\d{2}-\d{2}$", fact.key):
        year, month, day = fact.key.split("-")
        return write_date(lang, None if year == "????" else int(year), int(month), int(day))
    if lang == "fr":
        return fact.text
    if fact.kind == "article":
        return re.sub(r"^(?:articles?|art\.)", LANGUAGES[lang].article, fact.text, flags=re.IGNORECASE)
    if fact.kind == "time":
        hours, *minutes = re.findall(r"\d+", fact.text)
        return f"{int(hours)}:{int(minutes[0]) if minutes else 0:02d}"
    if fact.kind == "percent":
        return re.sub(r"\s?pour\s?cent", " %", fact.text)
    return fact.text


def durations_in_digits(text: str, facts: list[Fact]) -> str:
    """ "deux mois" written "2 mois": the model then writes "2 months" (it would write "two months", which no
    rule can check in every language); the fact is the same (its key is "2 mois")."""
    for fact in facts:
        if fact.kind == "duration" and not fact.text[:1].isdigit():
            text = text.replace(fact.text, f"{fact.key.split()[0]} {fact.text.split()[-1]}")
    return text


def _language_name(code: str) -> str:
    return LANGUAGES[code].english


def messages_for(masked: str, source: str, lang: str, feedback: str = "") -> list[dict[str, str]]:
    """The instructions (the same for every paragraph of a language pair: llama.cpp reuses them from its
    cache), one example, then the paragraph and what went wrong last time."""
    system = (
        f"You translate administrative text from {_language_name(source)} into {_language_name(lang)}. "
        "Translate everything, faithfully: every sentence and every piece of information, nothing added, nothing "
        "left out, nothing summarised. The markers [F1], [F2]... stand for dates, amounts, numbers and "
        "references: copy each marker exactly as written, in its place. Keep acronyms (CAF, CPAM...), names of "
        "people and form numbers as written, in Latin letters. Write numbers in digits. "
        'Answer in JSON: {"translation": "..."}.'
    )
    shots = []
    if source in EXAMPLES and lang in EXAMPLES:
        shots = [
            {"role": "user", "content": EXAMPLES[source]},
            {"role": "assistant", "content": json.dumps({"translation": EXAMPLES[lang]}, ensure_ascii=False)},
        ]
    user = masked if not feedback else f"{masked}\n\n({feedback})"
    return [{"role": "system", "content": system}, *shots, {"role": "user", "content": user}]


def refusal(original: str, translation: str, target: Language) -> str | None:
    """Why a translation is refused beyond its facts (wrong script, left out, ran on, not translated), or None."""
    if not translation.strip():
        return "The translation was empty."
    script = SCRIPTS.get(target.code)
    letters = re.findall(r"[^\W\d_]", translation)
    if script and letters and len(re.findall(script, translation)) < 0.5 * len(letters):
        return f"Write the translation in {target.english}, in its own script."
    if len(translation) < MIN_LENGTH * len(original) and len(original) > 40:
        return "The translation is much shorter than the text: translate every sentence."
    if len(translation) > MAX_LENGTH * len(original) + 80:
        return "The translation is far too long: translate only the text."
    if (
        target.code != "fr"
        and translation.strip() == original.strip()
        and len(re.findall(r"[^\W\d_]{3,}", original)) > 2
    ):
        return f"The text was copied, not translated: write it in {target.english}."
    return None


async def translate_part(
    registry: Registry, part: str, lang: str, *, source: str = "fr", model: str | None = None
) -> Part:
    """One paragraph translated and checked; once more with the problems named; then flagged if still wrong."""
    facts = extract_facts(part)
    masked, markers = mask_facts(part, [f for f in facts if f.kind in MARKED])
    masked = durations_in_digits(masked, facts)
    by_text = {f.text: f for f in facts}
    written = {marker: localise(by_text[text], lang) if text in by_text else text for marker, text in markers.items()}
    checked = facts_to_check(part, facts)
    target = LANGUAGES[lang]
    best: Part | None = None
    feedback = ""
    failures: list[UpstreamError] = []
    for attempt in (1, 2):
        try:
            answer = await complete_json(
                registry,
                messages_for(masked, source, lang, feedback),
                SCHEMA,
                model=model,
                max_tokens=int(len(masked) * 1.2) + 120,
                temperature=0.1 if attempt == 1 else 0.3,
            )
        except UpstreamError as error:  # no valid JSON: the second try, like a refused translation
            failures.append(error)
            feedback = ""
            continue
        raw = str(answer.get("translation", "")).strip()
        repeated = sorted(m for m in set(MARKER.findall(raw)) if raw.count(m) > masked.count(m))
        text, lost, unknown = unmask_facts(raw, written)
        text = re.sub(r"\s*\[F\d+\]", "", text)  # a marker the model made up stands for nothing
        missing = missing_facts(checked, text)
        refused = refusal(part, text, target)
        problems = [refused] if refused else []
        if lost or unknown:
            problems.append("Copy each of these markers exactly, in its place: " + ", ".join(lost or list(markers)))
        if repeated:
            problems.append("Use each marker once, where the text has it: " + ", ".join(repeated))
        if missing:
            problems.append(
                "Keep these facts, numbers in digits and acronyms as written: " + " ; ".join(f.text for f in missing)
            )
        candidate = Part(part, text, "flagged" if problems else "translated", attempt, missing, problems)
        if best is None or (len(missing), len(problems)) < (len(best.missing_facts), len(best.problems)):
            best = candidate
        if not problems:
            return candidate
        feedback = "\n".join(problems)
    if best is None and any(not isinstance(f, RunawayOutputError) for f in failures):
        raise failures[-1]  # not one answer: the model is unreachable, say so (502)
    if best is None:  # answers, but never JSON (runaways cut by their budget): the original, flagged
        best = Part(part, part, "flagged", 2, [], ["the model gave no translation of this paragraph"])
    best.attempts = 2
    return best


async def translate(
    text: str,
    registry: Registry,
    lang: str,
    *,
    source: str = "fr",
    model: str | None = None,
    on_progress: Progress | None = None,
    max_chars: int = MAX_CHARS,
) -> TranslateResult:
    """``text`` translated paragraph by paragraph (``PARALLEL`` at once); ``on_progress(done, total, stage)``
    hears of each paragraph finished."""
    check_request(text, lang, source, max_chars)
    pieces = split_parts(text)

    async def one(piece: str) -> Part:
        with stage("translate"):
            return await translate_part(registry, piece, lang, source=source, model=model)

    parts = await each_part(pieces, one, at_once=PARALLEL, stage="translate", on_progress=on_progress)
    lost = [f for p in parts for f in p.missing_facts]
    facts = [f for p in parts for f in facts_to_check(p.original)]
    if on_progress:
        on_progress(len(pieces), len(pieces), "done")
    return TranslateResult(
        text="\n\n".join(p.text for p in parts),
        source=source,
        lang=lang,
        label=label(lang),
        parts=parts,
        kept_facts=[f for f in facts if f not in lost],
        missing_facts=lost,
    )
