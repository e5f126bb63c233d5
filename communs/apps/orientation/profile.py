"""A profile from a conversation: rules and lexicons first (lexicon.py), the chat model only for what they miss.

The profile is rebuilt from all the user's messages each turn (a later level replaces an earlier one), so it
is the same whichever face sends the conversation.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from communs.apps.orientation import lexicon
from communs.apps.orientation.catalog import Catalog, named_metiers
from communs.apps.orientation.vectors import label_vectors, query_vector
from communs.errors import CommunsError
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.nlp.numbers import parse_number
from communs.nlp.text import fold_same_length
from communs.places import find_mention, load_gazetteer
from communs.search.analysis import normalize, query_terms

log = logging.getLogger(__name__)
CLAUSE = re.compile(r"[.;!?\n]+|,|\bmais\b|\bet puis\b|\bpar contre\b")
RAW_CLAUSE = re.compile(r"[.;!?\n]+|,|\bmais\b|\bet puis\b|\bpar contre\b", re.IGNORECASE)
MAX_INTERESTS_FROM_MODEL = 3
PLAUSIBLE_INTERESTS = 6  # a model's centre d'intérêt is kept when e5 ranks it among the 6 closest to the text
PLAUSIBLE_SECTORS = 3
MODEL_EVIDENCE = "déduit de votre message par le modèle"
MIN_CONTENT_WORDS = 2
GREETINGS = set(query_terms("bonjour bonsoir salut hello coucou merci svp stp oui non ok d'accord ça va"))
EMPTY_WORDS = GREETINGS | set(query_terms(f"{lexicon.TALK_WORDS} {lexicon.SCHOOLING_WORDS}"))


@dataclass
class Level:
    label: str  # "terminale", "bac + 2"...
    value: float  # years after the bac where the next training starts (-3: after the 3e)


@dataclass
class Profile:
    interests: dict[int, list[str]] = field(default_factory=dict)  # centre d'intérêt → words that showed it
    disliked: dict[int, list[str]] = field(default_factory=dict)
    subjects: list[str] = field(default_factory=list)
    disliked_subjects: list[str] = field(default_factory=list)
    likes: list[str] = field(default_factory=list)  # the clauses that say what the person likes
    dislikes: list[str] = field(default_factory=list)
    level: Level | None = None
    target: Level | None = None  # the level the person aims at
    max_years: float | None = None  # wished length of study from now
    apprenticeship: bool | None = None
    region: str | None = None
    place: str | None = None  # the commune named (« je veux rester à Lille »): « Lille (59) »
    department: str | None = None  # its département's code, or the département named
    sectors: list[str] = field(default_factory=list)  # ROME grand domaine letters
    adult: bool = False
    no_licence: bool = False  # no driving licence, or not allowed to drive
    no_physical: bool = False  # cannot do physical work (wheelchair, back...)
    named: list[str] = field(default_factory=list)  # ROME codes of métiers the person named as wishes
    said: list[str] = field(default_factory=list)  # the person's own clauses, negated ones left out (for e5)
    from_model: list[str] = field(default_factory=list)  # the fields the chat model filled
    evenings_only: bool = False  # free only in the evening or at weekends
    days_only: bool = False  # free only in the daytime (school or office hours)
    former: list[str] = field(default_factory=list)  # ROME codes of the person's present or past job
    ruled_out: list[str] = field(default_factory=list)  # ROME codes of métiers the person refused
    settled: list[str] = field(default_factory=list)  # the slots (question.py) asked and answered: not asked again

    def is_thin(self) -> bool:
        return not (self.interests or self.named or self.sectors or self.subjects)

    def to_dict(self, catalog: Catalog) -> dict[str, Any]:
        data = asdict(self)
        data["interests"] = [
            {"code": c, "label": catalog.interests[c], "evidence": w} for c, w in self.interests.items()
        ]
        data["disliked"] = [{"code": c, "label": catalog.interests[c], "evidence": w} for c, w in self.disliked.items()]
        data["sectors"] = [{"code": s, "label": catalog.domains[s]} for s in self.sectors]
        data["named"] = [{"code": c, "title": catalog.metier(c).title} for c in self.named]
        return data


def split_clauses(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The clauses of ``text``; joined to the one before: a refusal that only points back ("…, ça me dit rien"),
    what follows inside an open parenthesis ("(la nuit, le bruit, la foule) c'est non") and the next item of a
    denied list ("pas de chiffres, de bureau ni de clients")."""
    out: list[str] = []
    for clause in pattern.split(text):
        folded = normalize(clause)
        if out and (
            re.match(rf"\W*(je trouve |j'ai )?({lexicon.REFUSAL_AFTER})", folded)
            or out[-1].count("(") > out[-1].count(")")
            or (re.match(lexicon.LIST_ITEM, folded) and re.search(lexicon.NEGATION, unnegated(normalize(out[-1]))))
        ):
            out[-1] = f"{out[-1]}, {clause}"
        else:
            out.append(clause)
    return out


def _add(store: dict[int, list[str]], code: int, word: str) -> None:
    words = store.setdefault(code, [])
    if word not in words:
        words.append(word)


def unnegated(text: str) -> str:
    """Normalised text with the turns of phrase that hold a negation word but deny nothing blanked out (same
    length: positions stay)."""
    return re.sub(lexicon.NOT_NEGATED, lambda m: " " * len(m.group(0)), text)


def _clause_facts(profile: Profile, clause: str) -> None:
    """Interests, subjects and sectors of one clause: after a negation they are dislikes; a clause that only
    tells a limit of health ("un accident de moto") says neither."""
    if re.search(lexicon.HEALTH, clause) and not re.search(lexicon.LIKING, clause):
        return
    negation = re.search(lexicon.NEGATION, unnegated(clause))
    cut = negation.end() if negation else len(clause) + 1
    if re.search(lexicon.REFUSAL_AFTER, unnegated(clause)):
        negation, cut = negation or re.search(lexicon.REFUSAL_AFTER, unnegated(clause)), 0
    liked = False
    scan = blank_family(clause, clause)  # positions stay
    for code, pattern in lexicon.INTERESTS.items():
        for match in re.finditer(pattern, scan):
            if match.start() >= cut:
                _add(profile.disliked, code, match.group(0))
            else:
                _add(profile.interests, code, match.group(0))
                liked = True
    for pattern, label in lexicon.SUBJECTS.items():
        for match in re.finditer(pattern, scan):
            (profile.disliked_subjects if match.start() >= cut else profile.subjects).append(label)
    for letter, pattern in lexicon.SECTORS.items():
        found = re.search(pattern, scan)
        if found and found.start() < cut and letter not in profile.sectors:
            profile.sectors.append(letter)
    if liked:
        profile.likes.append(clause.strip())
    elif negation:
        profile.dislikes.append(clause.strip())


def levels_in(text: str) -> list[tuple[re.Match, str, float]]:
    """Levels of study named in normalised text, with where: (match, label, years after the bac)."""
    return [(m, label, value) for pattern, label, value in lexicon.LEVELS for m in re.finditer(pattern, text)]


def _levels(profile: Profile, text: str, *, answers_level: bool = False) -> None:
    """Levels named in ``text``; the answer to "où en êtes-vous ?" names the present level unless it says a wish."""
    for match, label, value in sorted(levels_in(text), key=lambda found: found[0].start()):  # the last one wins
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 60]
        wish = re.search(lexicon.WISH, before)
        current = re.search(lexicon.CURRENT, before) or re.match(rf"[^.;!?]*{lexicon.YEARS_IN_JOB}", after)
        if value > 0 and not current and re.match(rf"[^.;!?]*({lexicon.TOO_LONG})", after):
            # "bac+5 plus l'école, j'ai peur de pas tenir": a length refused, the most the person accepts is less
            limit = max(2.0, value - 2)
            profile.max_years = limit if profile.max_years is None else min(profile.max_years, limit)
            continue
        is_wish = wish and (not current or wish.start() > current.start())
        is_target = is_wish or (not current and not answers_level and value > 0 and label.startswith("bac +"))
        if is_target and value >= 0:
            profile.target = Level(label, value)
        else:
            profile.level = Level(label, value)


def _constraints(profile: Profile, text: str) -> None:
    for pattern, years in lexicon.DURATIONS:
        if re.search(pattern, text):
            profile.max_years = years
    found = re.search(lexicon.YEARS, text)
    if found:
        number = found.group(1) or found.group(2)
        profile.max_years = parse_number(number)
    apprentice = re.search(lexicon.APPRENTICESHIP, text)
    if apprentice:
        before = text[max(0, apprentice.start() - 20) : apprentice.start()]
        profile.apprenticeship = not re.search(r"\bpas\b|\bsans\b", before)
    if re.search(lexicon.ADULT, text):
        profile.adult = True
    if re.search(lexicon.HAS_LICENCE, text) and "licence" not in profile.settled:
        profile.settled.append("licence")
    profile.evenings_only = profile.evenings_only or bool(re.search(lexicon.EVENINGS, text))
    profile.days_only = profile.days_only or bool(re.search(lexicon.DAYS_ONLY, text))
    profile.no_licence = profile.no_licence or bool(re.search(f"{lexicon.NO_LICENCE}|{lexicon.NO_SIGHT}", text))
    profile.no_physical = profile.no_physical or bool(re.search(lexicon.NO_PHYSICAL, text))


def _place(profile: Profile, raw: str) -> None:
    """The place a message names (« près de Lille », « dans le 59 », « en Bretagne »; communs.places): a later
    message's place replaces an earlier one."""
    gazetteer = load_gazetteer()
    mention = find_mention(gazetteer, raw)
    if mention is None:
        return
    profile.place = f"{mention.place.name} ({mention.place.departement})" if mention.place else None
    profile.department = mention.departement
    profile.region = gazetteer.region_name(mention.region)


def is_former_job(clause: str) -> bool:
    """Does a normalised clause tell the person's present or past job rather than a wish ("j'étais cuisinier")?"""
    return bool(re.search(lexicon.FORMER_JOB, clause)) and not re.search(lexicon.FUTURE_WISH, clause)


def tells_past_job(catalog: Catalog, clause: str) -> bool:
    """A normalised clause that only tells the person's present or past job ("je suis comptable depuis 10 ans",
    "après quinze ans à vendre des photocopieurs"): the centres d'intérêt and sector its words show are the job's,
    not the person's wishes (the clause stays for e5: its skills often carry over; the métier itself ranks lower,
    match.FORMER_COST)."""
    if not is_former_job(clause) or re.search(lexicon.LIKING, clause):
        return False
    return bool(named_metiers(catalog, clause)) or bool(re.search(lexicon.YEARS_IN_JOB, clause))


def is_background(clause: str, *, situation: bool = True) -> bool:
    """A normalised clause that tells a limit (health, handicap), where the person lives, the hours they are free,
    their driving licence or a refusal said after its object: not a wish."""
    clause = unnegated(clause)
    if re.search(lexicon.REFUSAL_AFTER, clause):
        return True
    if (
        situation
        and re.search(lexicon.SITUATION, clause)
        and not re.search(f"{lexicon.LIKING}|{lexicon.SCHOOL_HOURS}", clause)
    ):
        return True
    return bool(re.search(lexicon.HEALTH, clause)) and not re.search(lexicon.LIKING, clause)


def _named(catalog: Catalog, profile: Profile, clause: str) -> None:
    """Métiers named after a wish ("je veux devenir infirmière"), not after a negation; those named in a former
    job ("vendeuse depuis 6 ans") or a refusal ("prof de maths, ça me dit rien") are noted apart."""
    background = is_former_job(clause)
    refused = bool(re.search(lexicon.REFUSAL_AFTER, unnegated(clause)))
    if background or refused:
        for _name, codes in named_metiers(catalog, clause):
            store = profile.ruled_out if refused else profile.former
            store.extend(c for c in sorted(codes) if c not in store)
        return
    wish = re.search(lexicon.WISH_METIER, clause)
    if not wish or re.search(lexicon.NEGATION, unnegated(clause[: wish.start()])):
        return
    for name, codes in named_metiers(catalog, clause[wish.start() :]):
        if " " not in name and any(re.fullmatch(p, name) for p in lexicon.INTERESTS.values()):
            continue  # "social", "design": a field, already an interest
        for code in sorted(codes):
            if code not in profile.named:
                profile.named.append(code)


def blank_family(text: str, folded: str) -> str:
    """``text`` with the person's own family ("je suis papa de trois enfants", found in ``folded``, the text folded
    to the same length) blanked, every other character in place."""
    for match in reversed(list(re.finditer(lexicon.OWN_FAMILY, folded))):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def without_family(clause: str) -> str:
    """A clause as written, the person's own family blanked: their situation, which e5 and BM25 would read as a
    liking for children or care."""
    blanked = blank_family(clause, fold_same_length(clause))
    return re.sub(r"\s{2,}", " ", blanked) if blanked != clause else clause


def content_words(text: str) -> set[str]:
    """The terms of a text that can say what a person likes (not greetings, talk, schooling or numbers)."""
    return {t for t in query_terms(text) if t not in EMPTY_WORDS and not t.isdigit()}


def said_clauses(texts: list[str]) -> list[str]:
    """The person's clauses as written (accents kept, for e5), without those that deny, refuse, only greet or
    only tell the schooling ("un CAP en apprentissage"): e5 reads "je ne veux pas être prof" as close to teaching;
    nor those that tell a limit (health). A former job stays (its skills often carry over: "j'étais secrétaire",
    for a wish to work from home); the job itself ranks lower (match.FORMER_COST). The clauses that only tell the
    person's situation (hours, licence, home) count only when nothing else is said; their own family is blanked."""
    if len(set(query_terms(" ".join(texts))) - GREETINGS) < MIN_CONTENT_WORDS:
        return []
    out: list[str] = []
    situation: list[str] = []
    for raw in texts:
        for clause in split_clauses(raw, RAW_CLAUSE):
            clause = clause.strip(" ,-–()\t")
            folded = normalize(clause)
            if re.search(lexicon.DENIAL, unnegated(folded)) or is_background(folded, situation=False):
                continue
            kept = situation if is_background(folded) else out
            clause = without_family(clause).strip(" ,-–()\t")
            if content_words(normalize(clause)):
                kept.append(clause)
    return list(dict.fromkeys(out or situation))


def _answer(catalog: Catalog, profile: Profile, slot: str, text: str) -> None:
    """What a short answer to the question on ``slot`` says ("oui", "Bac + 2", a quick reply's label), on top
    of what the rules found in it; the slot is settled either way (not asked twice)."""
    said = text.strip(" .!")
    yes, no = re.match(lexicon.YES, said), re.match(lexicon.NO, said)
    if slot == "apprenticeship" and profile.apprenticeship is None and (yes or no):
        profile.apprenticeship = bool(yes)
    elif slot == "licence" and no:
        profile.no_licence = True
    elif slot == "physical" and no:
        profile.no_physical = True
    elif slot == "max_years" and profile.max_years is None:
        found = re.search(lexicon.ANSWER_YEARS, said)
        if re.search(lexicon.LONG_STUDIES, said):
            profile.max_years = 8
        elif found:
            profile.max_years = parse_number(found.group(1))
    elif slot == "sector":
        for letter, label in catalog.domains.items():
            if normalize(label) in said and letter not in profile.sectors:
                profile.sectors.append(letter)
    elif slot == "interests":
        for code, label in catalog.interests.items():
            if normalize(label) in said:
                _add(profile.interests, code, label)
    if slot not in profile.settled:
        profile.settled.append(slot)


def extract_rules(catalog: Catalog, texts: list[str], asked: list[str | None] | None = None) -> Profile:
    """The profile the rules find in the user's messages, in order; ``asked[i]``: the slot of the question that
    ``texts[i]`` answers (question.asked_slots), None when it answers none."""
    profile = Profile(said=said_clauses(texts))
    for i, raw in enumerate(texts):
        slot = asked[i] if asked and i < len(asked) else None
        text = normalize(raw)
        for clause in split_clauses(text, CLAUSE):
            if clause.strip():
                if not tells_past_job(catalog, clause):
                    _clause_facts(profile, clause)
                _named(catalog, profile, clause)
        _levels(profile, text, answers_level=slot == "level")
        _constraints(profile, text)
        _place(profile, raw)
        if slot:
            _answer(catalog, profile, slot, text)
    profile.former = [c for c in profile.former if c not in profile.named]
    for code in [c for c in profile.disliked if c in profile.interests]:
        del profile.disliked[code]  # "j'adore le sport, mais éducateur sportif ça me dit rien": the field is liked
    if profile.level and profile.target and profile.target.value <= profile.level.value:
        profile.target = None  # "j'ai un BTS": not a wish
    profile.subjects = list(dict.fromkeys(profile.subjects))
    profile.disliked_subjects = list(dict.fromkeys(profile.disliked_subjects))
    return profile


async def _closest(registry: Registry, labels: list[str], text: str, count: int) -> set[str]:
    """The ``count`` labels closest to the text (e5): a model's choice must be among them."""
    similarity = await label_vectors(registry, labels) @ await query_vector(registry, text)
    return {labels[int(i)] for i in np.argsort(-similarity)[:count]}


def interest_schema(catalog: Catalog) -> dict[str, Any]:
    labels = list(catalog.interests.values())
    return {
        "type": "object",
        "properties": {
            "interests": {
                "type": "array",
                "items": {"type": "string", "enum": labels},
                "maxItems": 3,
                "uniqueItems": True,
            },
            "sector": {"type": "string", "enum": ["aucun", *catalog.domains.values()]},
        },
        "required": ["interests", "sector"],
        "additionalProperties": False,
    }


async def fill_with_model(
    registry: Registry, catalog: Catalog, profile: Profile, texts: list[str], *, model: str | None = None
) -> None:
    """When the rules found nothing to match on, ask the chat model to choose centres d'intérêt (from the ROME
    list only: the schema allows nothing else) and a sector."""
    if not profile.is_thin() or len(set(query_terms(" ".join(texts))) - GREETINGS) < MIN_CONTENT_WORDS:
        return  # nothing to read between the lines of "bonjour"
    prompt = (
        "Voici ce qu'une personne dit d'elle-même pour s'orienter :\n"
        + "\n".join(f"- {t.strip()[:500]}" for t in texts[-4:])
        + "\n\nCentres d'intérêt possibles :\n"
        + "\n".join(f"- {label}" for label in catalog.interests.values())
        + "\n\nChoisis au plus 3 centres d'intérêt de cette liste qui correspondent à ce qu'elle aime, sans "
        "répétition, et le secteur qu'elle vise (« aucun » si elle n'en dit rien). Si rien ne correspond, liste vide."
    )
    try:
        answer = await complete_json(
            registry, [{"role": "user", "content": prompt}], interest_schema(catalog), model=model, max_tokens=200
        )
    except CommunsError as error:  # the model is down or too slow: the rules' profile stands
        log.warning("orientation: no profile from the model: %s", error.message)
        return
    said = " ".join(texts[-4:])
    by_label = {label: code for code, label in catalog.interests.items()}
    plausible = await _closest(registry, list(by_label), said, PLAUSIBLE_INTERESTS)
    for label in answer.get("interests", [])[:MAX_INTERESTS_FROM_MODEL]:
        if label in plausible:
            _add(profile.interests, by_label[label], MODEL_EVIDENCE)
            if "interests" not in profile.from_model:
                profile.from_model.append("interests")
    letters = {label: letter for letter, label in catalog.domains.items()}
    if answer.get("sector") in await _closest(registry, list(letters), said, PLAUSIBLE_SECTORS):
        profile.sectors.append(letters[answer["sector"]])
        profile.from_model.append("sectors")
    if profile.from_model:
        profile.likes.append(texts[-1].strip()[:300])  # the person's own words, for the semantic match
