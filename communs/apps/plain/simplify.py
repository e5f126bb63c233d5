"""Simplifier: rewrite administrative French in plain French (or FALC), never changing the facts.

Paragraph by paragraph, the chat model rewrites under explicit rules, with the paragraph's facts
and its jargon (with plain equivalents from our glossary) given to it. Each rewrite is then
checked by rules: every fact of the original must be there (same amount, date, deadline...), and
no new number-bearing fact may appear. A rewrite that fails is retried with the list of what went
wrong; after the retries, the original paragraph is kept, so no fact is ever lost.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from communs.apps.plain.split import cut_long_sentences
from communs.apps.translate.languages import LANGUAGES
from communs.apps.translate.translate import translate
from communs.clarity import Analysis, analyze
from communs.clarity.facts import Fact, check_facts, extract_facts, invented_facts, mask_facts, unmask_facts
from communs.clarity.lexicon import jargon_index
from communs.clarity.rewrite import conditional_forms, plain_rules
from communs.clarity.text import count_words, sentences, split_parts
from communs.errors import InvalidRequestError, PayloadTooLargeError, RunawayOutputError, UpstreamError
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.models.trace import stage
from communs.nlp.text import fold_same_length
from communs.parallel import each_part

LEVELS = ("clair", "falc")
MAX_CHARS = 20_000  # about 20 minutes of rewriting on the embedded 1.5B model
JOB_MAX_CHARS = 100_000  # a background job (POST /v1/apps/plain/jobs) takes longer texts
RETRIES = 2
PARALLEL = 2  # parts rewritten at once: the embedded llama.cpp serves 2 requests in parallel (n_parallel)

RULES = {
    "clair": (
        "Tu réécris des textes administratifs en français clair, pour le grand public. Règles : phrases "
        "courtes (12 mots en moyenne, jamais plus de 20) : coupe chaque longue phrase en plusieurs phrases ; "
        "une idée par phrase ; voix active (dis qui fait quoi) ; mots courants et courts ; explique chaque "
        "terme administratif avec des mots simples ; vouvoie le lecteur ; garde le sens exact."
    ),
    "falc": (
        "Tu réécris des textes administratifs en FALC (facile à lire et à comprendre). Règles : phrases de 12 "
        "mots au plus ; une seule information par phrase ; mots simples et concrets ; pas d'abréviation ni de "
        "sigle (écris-les en entier) ; nombres en chiffres ; pas de métaphore ; vouvoie le lecteur."
    ),
}
COMMON = (
    "Les marques [F1], [F2]… remplacent des faits (dates, montants, délais, numéros) : recopie chaque marque "
    "telle quelle, à sa place dans la phrase. Garde aussi les noms des documents et des services. N'ajoute "
    'aucune information. Réponds en JSON : {"texte": "..."}.'
)
SCHEMA = {
    "type": "object",
    "properties": {"texte": {"type": "string"}},
    "required": ["texte"],
    "additionalProperties": False,
}
# on_progress(done, total, stage): ``done`` parts of ``total`` finished; stage "rewrite" while parts are
# rewritten, then "translate" (lang other than fr) and "done".
Progress = Callable[[int, int, str], None]


@dataclass
class Part:
    original: str
    text: str
    status: str  # "simplified", "unchanged" (nothing to simplify) or "kept_original" (rewrites failed the checks)
    attempts: int = 0


@dataclass
class SimplifyResult:
    text: str
    level: str
    lang: str
    before: Analysis
    after: Analysis
    glossary: list[dict[str, str]]
    kept_facts: list[Fact]
    missing_facts: list[Fact]
    parts: list[Part] = field(default_factory=list)
    translation: str | None = None
    translation_label: str | None = None
    translation_missing_facts: list[Fact] = field(default_factory=list)

    def to_dict(self) -> dict:
        def summary(a: Analysis) -> dict:
            return {
                "score": a.score,
                "kandel_moles": a.kandel_moles,
                "words_per_sentence": a.words_per_sentence,
                "counts": a.counts(),
                "issues": [i.to_dict() for i in a.issues],
            }

        return {
            "text": self.text,
            "level": self.level,
            "lang": self.lang,
            "before": summary(self.before),
            "after": summary(self.after),
            "glossary": self.glossary,
            "kept_facts": [f.to_dict() for f in self.kept_facts],
            "missing_facts": [f.to_dict() for f in self.missing_facts],
            "parts": [p.__dict__ for p in self.parts],
            "translation": self.translation,
            "translation_label": self.translation_label,
            "translation_missing_facts": [f.to_dict() for f in self.translation_missing_facts],
        }


# Few-shot examples (original, rewrite). The tiny models sometimes copy an example's sentences into
# their answer: a rewrite that contains one is refused (see _acceptable).
EXAMPLES = (
    (
        "Nous accusons réception de votre demande du [F1] et vous informons que l'instruction de votre dossier ne "
        "pourra être finalisée qu'à réception des pièces justificatives sous un délai de [F2].",
        "Nous avons reçu votre demande du [F1]. Pour étudier votre dossier, nous avons besoin des documents qui "
        "prouvent votre situation. Envoyez-les dans les [F2].",
    ),
)
# Words of our instructions and feedback that a rewrite must not echo (unless the original has them).
ARTIFACTS = (
    "faits à garder",
    "noms à garder",
    "termes à expliquer",
    "texte à réécrire",
    "réponds en json",
    "réécriture",
    "recopi",
    "marques",
    "consignes",
    "tu as ",
)
COPIED = tuple(s.text.lower() for _, rewrite in EXAMPLES for s in sentences(rewrite) if len(s.text) > 25)
# Reading-ease points a checked rewrite must gain to be taken without another try. Any gain will do: the sentences
# a rewrite leaves long go to the cut stage next (``cut_long_sentences``), which is what another try of the whole
# paragraph would be asked to do, at the cost of a second full rewrite (issue 16: a letter in <= 60 s).
MIN_GAIN = 0.0


# Agreement slips a rewrite must not introduce: "dans les un mois", "des une fois".
GRAMMAR_SLIP = re.compile(r"\b(?:les|des|aux|ces|vos|nos|mes|leurs)\s+(?:un|une)\b", re.IGNORECASE)
# A heading line of a letter: "Objet : …", "Réf. : …", "Dossier suivi par : …".
HEADING = re.compile(r"^[A-ZÉ][\w./' ]{0,30}?\s?:\s")


def glossary_hints(part: str) -> dict[str, str]:
    """Glossary terms of ``part`` with their plain wording, for the model; a term whose plain wording fits only
    under a grammar condition is left out (the deterministic pass already replaced it where it fits)."""
    conditional = conditional_forms()
    return {
        m.entry.term: m.entry.plain
        for m in jargon_index().find(part)
        if fold_same_length(m.entry.term) not in conditional
    }


def _prompt(part: str, level: str, names: list[Fact], feedback: str) -> list[dict[str, str]]:
    """Messages for one (masked) part; ``names``: the offices and documents it must keep.

    The rules and the example come first and are the same for every part of a level, so llama.cpp reuses
    their evaluation from its prompt cache; what is particular to the part (names to keep, the glossary
    hints of the terms it contains) follows in a second system message, just before the part.
    """
    hints = glossary_hints(part)
    guide = []
    if names:
        guide.append("Noms à garder : " + " ; ".join(f.text for f in names) + ".")
    if hints:
        guide.append("Mots à remplacer ou expliquer : " + " ; ".join(f"« {t} » = {p}" for t, p in hints.items()) + ".")
    user = part if not feedback else f"{part}\n\n({feedback})"
    shots = [
        message
        for original, rewrite in EXAMPLES
        for message in (
            {"role": "user", "content": original},
            {"role": "assistant", "content": json.dumps({"texte": rewrite}, ensure_ascii=False)},
        )
    ]
    fixed = [{"role": "system", "content": f"{RULES[level]} {COMMON}"}, *shots]
    particular = [{"role": "system", "content": "\n".join(guide)}] if guide else []
    return [*fixed, *particular, {"role": "user", "content": user}]


def max_tokens_for(part: str) -> int:
    """Room for a rewrite of ``part``: the longest one ``_acceptable`` takes (2.2 times the part, plus 80
    characters; about 3 characters a token in French, and the JSON around it). A longer answer would be
    refused anyway, so it is not worth generating, nor retrying with more room."""
    return int((2.2 * len(part) + 80) / 3) + 24


def _acceptable(part: str, rewrite: str) -> str | None:
    """Why a rewrite is refused beyond facts (echoed instructions, runaway length), or None."""
    lowered = rewrite.lower()
    if any(marker in lowered and marker not in part.lower() for marker in ARTIFACTS):
        return "Ne recopie pas les consignes : donne seulement le texte réécrit."
    if len(rewrite) > 2.2 * len(part) + 80:
        return "Ta réécriture est beaucoup trop longue : reste proche du texte."
    if any(copied in lowered and copied not in part.lower() for copied in COPIED):
        return "Tu as recopié une phrase de l'exemple : réécris seulement le texte donné."
    slip = GRAMMAR_SLIP.search(rewrite)
    if slip and not GRAMMAR_SLIP.search(part):
        return f"Faute d'accord : « {slip.group()} ». Écris une phrase correcte."
    if re.search(r"\[(?!F\d+\])", rewrite) and "[" not in part:
        return "N'ajoute pas de texte entre crochets : réécris seulement le texte donné."
    return None


def layout(part: str) -> bool:
    """Whether a part is letter layout, not prose: a heading, an address, a signature, "Cordialement,".
    These lines stay as written (a model would join them into sentences, or change who signs)."""
    lines = [line for line in part.splitlines() if line.strip()]
    short_lines = all(count_words(line) <= 10 for line in lines)
    unpunctuated = not re.search(r"[.!?]$", part.strip())
    heading = len(lines) == 1 and unpunctuated and HEADING.match(part.strip())
    return count_words(part) <= 3 or bool(heading) or short_lines and (len(lines) > 1 or unpunctuated)


async def _rewrite(registry: Registry, part: str, level: str, model: str | None) -> Part:
    """The part rewritten by the model, checked: every fact kept, none invented, no echoed instruction.

    A checked rewrite that reads no easier than the original gets one more try (not two: a second copy
    would rarely do better); the easiest to read of the checked rewrites is kept, and the original
    when none passed the checks. An answer that is not JSON (a runaway cut by its token budget) gets one
    more try, not two, then the original stays; only a model that cannot be reached at all is an error.
    """
    facts = extract_facts(part)
    masked, markers = mask_facts(part, facts)
    names = [f for f in facts if f.kind in ("office", "document")]
    ease = analyze(part, level=level, nlp=False).kandel_moles
    feedback = ""
    best: Part | None = None
    best_ease = ease - 2  # explaining a term may cost a little reading ease: still a better text
    failures: list[UpstreamError] = []
    attempt = 0
    while attempt < RETRIES + 1 and len(failures) < 2 and (best is None or attempt < 2):
        attempt += 1
        try:
            answer = await complete_json(
                registry,
                _prompt(masked, level, names, feedback),
                SCHEMA,
                model=model,
                max_tokens=max_tokens_for(masked),
                temperature=0.2 if attempt == 1 else 0.5,
                attempts=1,
            )
        except UpstreamError as error:  # no valid JSON this time: another try, like a refused rewrite
            failures.append(error)
            continue
        rewrite, lost, unknown = unmask_facts(str(answer.get("texte", "")).strip(), markers)
        rewrite = plain_rules(rewrite)
        _, missing = check_facts(facts, rewrite)
        invented = invented_facts(part, rewrite)
        refused = _acceptable(part, rewrite)
        if rewrite and not lost and not unknown and not missing and not invented and not refused:
            gained = analyze(rewrite, level=level, nlp=False).kandel_moles
            if gained > best_ease:
                best, best_ease = Part(part, rewrite, "simplified", attempt), gained
            if best is not None and best_ease >= ease + MIN_GAIN:
                return best
            feedback = "Tu as presque tout recopié : coupe les longues phrases en phrases courtes, en mots simples."
            continue
        problems = [refused] if refused else []
        if lost or unknown:
            problems.append(
                "Recopie exactement ces marques, chacune à sa place : "
                + ", ".join(lost or list(markers))
                + (f" ; n'invente pas {', '.join(unknown)}" if unknown else "")
            )
        elif missing:
            problems.append(
                "Tu as oublié ou modifié ces faits, remets-les exactement : " + " ; ".join(f.text for f in missing)
            )
        if invented:
            problems.append(
                "Tu as ajouté ces informations absentes du texte, retire-les : " + " ; ".join(f.text for f in invented)
            )
        feedback = "\n".join(problems) or "Ta réponse était vide."
    unreachable = [f for f in failures if not isinstance(f, RunawayOutputError)]
    if unreachable and len(failures) == attempt:  # not one answer: the model is unreachable, say so (502)
        raise unreachable[-1]
    return best or Part(part, part, "kept_original", attempt)


def check_request(text: str, level: str, lang: str, max_chars: int = MAX_CHARS) -> None:
    """A clear 400 (or 413) for what ``simplify`` cannot take, before any work starts."""
    if level not in LEVELS:
        raise InvalidRequestError(f"level must be one of {', '.join(LEVELS)}", param="level")
    if lang not in LANGUAGES:
        raise InvalidRequestError(f"lang must be one of {', '.join(LANGUAGES)}", param="lang")
    if not isinstance(text, str) or not text.strip():
        raise InvalidRequestError("the text is empty", param="text")
    if len(text) > max_chars:
        raise PayloadTooLargeError(f"text over {max_chars} characters: simplify it in several parts", param="text")


def _ruled(piece: str, level: str) -> tuple[str, Analysis]:
    """The deterministic passes first (the model gets less jargon to copy), and what is still unclear after them."""
    ruled = plain_rules(piece)
    return ruled, analyze(ruled, level=level, nlp=False)


async def _simplify_part(registry: Registry, piece: str, level: str, model: str | None) -> Part:
    """One part: the deterministic passes, then, unless that left nothing to simplify, the model's rewrite
    and the model's cuts of the sentences still too long."""
    ruled, flagged = await asyncio.to_thread(_ruled, piece, level)  # tens of ms of CPU: off the event loop
    if layout(piece) or layout(ruled) or not flagged.issues and flagged.kandel_moles >= 70:
        return Part(piece, ruled, "unchanged")  # a closing the rules made "Cordialement," stays so
    with stage("rewrite"):
        part = await _rewrite(registry, ruled, level, model)
    with stage("cut"):
        cut = plain_rules(await cut_long_sentences(registry, part.text, model))
    if not check_facts(extract_facts(piece), cut)[1]:
        part.text = cut
    return Part(piece, part.text, part.status, part.attempts)


def _result(text: str, level: str, lang: str, before: Analysis, parts: list[Part]) -> SimplifyResult:
    """The rewritten parts put together, analysed, and their facts checked against the source's (CPU only)."""
    result_text = "\n\n".join(p.text for p in parts)
    kept, missing = check_facts(extract_facts(text), result_text)
    glossary = list(
        {m.entry.term: {"term": m.entry.term, "plain": m.entry.plain} for m in jargon_index().find(text)}.values()
    )
    return SimplifyResult(
        text=result_text,
        level=level,
        lang=lang,
        before=before,
        after=analyze(result_text, level=level),
        glossary=glossary,
        kept_facts=kept,
        missing_facts=missing,
        parts=parts,
    )


async def simplify(
    text: str,
    registry: Registry,
    *,
    level: str = "clair",
    lang: str = "fr",
    model: str | None = None,
    on_progress: Progress | None = None,
    max_chars: int = MAX_CHARS,
) -> SimplifyResult:
    """``text`` rewritten part by part (``PARALLEL`` parts at once); ``on_progress(done, total, stage)``
    hears of each part finished."""
    check_request(text, level, lang, max_chars)
    # the analyses of the whole text (spaCy: seconds on 20,000 characters, longer on its first load) and the fact
    # checks run in a thread: on the event loop they would stall every other request of the server meanwhile
    before = await asyncio.to_thread(analyze, text, level=level)
    pieces = await asyncio.to_thread(split_parts, text)

    async def one(piece: str) -> Part:
        return await _simplify_part(registry, piece, level, model)

    parts = await each_part(pieces, one, at_once=PARALLEL, stage="rewrite", on_progress=on_progress)
    result = await asyncio.to_thread(_result, text, level, lang, before, parts)
    if lang != "fr":  # the translation app's rules: facts as markers, checked, labelled machine translation
        if on_progress:
            on_progress(len(pieces), len(pieces), "translate")
        translated = await translate(result.text, registry, lang, model=model, max_chars=JOB_MAX_CHARS)
        result.translation = translated.text
        result.translation_label = translated.label
        result.translation_missing_facts = translated.missing_facts
    if on_progress:
        on_progress(len(pieces), len(pieces), "done")
    return result
