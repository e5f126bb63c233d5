"""The conversational reply: written by the chat model from the cards only, checked, or written from a template.

The model sees the cards (titles, why, formations); its own questions are dropped and ours (next_question) is
added; its text is refused when it names a métier that is not on a card (every ROME title and job title is looked
for), when it names none of the cards, or when it is empty or too long. The template reply says the same things
in plain sentences, so nothing is lost.
"""

from __future__ import annotations

import re

from communs.apps.orientation.catalog import Catalog, masculine, name_forms, name_key, named_metiers
from communs.apps.orientation.match import Card
from communs.apps.orientation.profile import Profile
from communs.errors import CommunsError
from communs.models.chat import complete
from communs.models.registry import Registry

MAX_REPLY_CHARS = 1200
ECHO_CHARS = 60  # a reply holding this much of the person's message verbatim repeats it
PROMPT_CARDS = 3  # the model presents the first three cards (a shorter prompt and answer: faster on a CPU)
NO_MATCH = (
    "Je n'ai pas encore trouvé de métier qui corresponde à ce que vous m'avez dit, et c'est normal à ce stade : "
    "parlons un peu plus de vous."
)


def next_question(profile: Profile) -> str | None:
    """The most useful thing to ask next, or None when the profile is complete enough."""
    if profile.is_thin():
        return (
            "Qu'aimez-vous faire, au lycée, au travail ou pendant vos loisirs (matières, activités, "
            "domaines qui vous attirent) ?"
        )
    if profile.level is None and not profile.adult:
        return "Où en êtes-vous dans vos études (3e, seconde, terminale, bac, BTS, licence…) ?"
    if profile.level is None:
        return "Quel est votre dernier diplôme (CAP, bac, BTS, licence…) ?"
    if profile.max_years is None and profile.target is None:
        return "Combien d'années d'études êtes-vous prêt ou prête à faire : études courtes (2 ans) ou plus longues ?"
    if profile.apprenticeship is None:
        return "Aimeriez-vous vous former en alternance (apprentissage) ?"
    return None


def template_reply(catalog: Catalog, profile: Profile, cards: list[Card], question: str | None) -> str:
    if not cards:
        parts = [NO_MATCH]
    else:
        titles = ", ".join(masculine(c.metier.title) for c in cards[:3])
        parts = [f"D'après ce que vous m'avez dit, voici des pistes de métiers à explorer : {titles}."]
        if cards[0].formations:
            first = cards[0].formations[0]
            parts.append(f"Par exemple, la formation « {first.title} » ({first.level_label()}) y mène.")
        if any(not c.formations_fit for c in cards):
            parts.append("Pour certaines pistes, aucune formation répertoriée ne correspond exactement à votre niveau.")
        if profile.region or profile.apprenticeship:
            parts.append(
                "Les formations proposées ne sont pas filtrées par région ni par alternance : "
                "vérifiez sur onisep.fr les établissements proches de chez vous."
            )
    if question:
        parts.append(question)
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


def _prompt(cards: list[Card], last: str) -> str:
    lines = []
    for card in cards[:PROMPT_CARDS]:
        formation = card.formations[0].title if card.formations else "aucune formation répertoriée"
        why = " ".join(card.why) or "proche du profil"
        lines.append(f"- {masculine(card.metier.title)} : {why} Formation possible : {formation}.")
    return (
        "Tu es un conseiller d'orientation bienveillant. Réponds en français, en un court paragraphe de 2 ou 3 "
        "phrases, en vouvoyant, sans liste. Parle uniquement des métiers ci-dessous, avec leur nom exact, sans en "
        "ajouter aucun autre, et dis en quoi ils correspondent à la personne. Ne pose pas de question.\n\n"
        f"Message de la personne : « {last[:600]} »\n\nMétiers proposés :\n" + "\n".join(lines)
    )


async def write_reply(
    registry: Registry,
    catalog: Catalog,
    profile: Profile,
    cards: list[Card],
    last_message: str,
    *,
    model: str | None = None,
    use_llm: bool = True,
) -> tuple[str, str]:
    """(reply, how it was written: "model" or "template")."""
    question = next_question(profile)
    fallback = template_reply(catalog, profile, cards, question)
    if not cards or not use_llm:
        return fallback, "template"
    try:
        text = await complete(
            registry,
            [{"role": "user", "content": _prompt(cards, last_message)}],
            model=model,
            max_tokens=200,
            temperature=0.3,
        )
    except CommunsError:
        return fallback, "template"
    checked = checked_reply(catalog, text, cards, last_message)
    if checked is None:
        return fallback, "template"
    return f"{checked} {question}" if question else checked, "model"


def checked_reply(catalog: Catalog, text: str, cards: list[Card], last_message: str) -> str | None:
    """The model's text without its questions, or None when it cannot be shown: empty or too long, naming a
    métier outside the cards or none of them, or repeating the person's message."""
    text = _statements(text)
    if not text or len(text) > MAX_REPLY_CHARS:
        return None
    if foreign_metiers(catalog, text, cards) or not names_a_card(catalog, text, cards):
        return None
    echo = name_key(last_message)[:ECHO_CHARS]
    if len(echo) >= ECHO_CHARS // 2 and echo in name_key(text):
        return None
    return text


def _statements(text: str) -> str:
    """The reply without its own questions: the question asked is ours (next_question), added after."""
    lines = []
    for line in text.strip().splitlines():
        sentences = re.split(r"(?<=[.!?…])\s+", line.strip())
        lines.append(" ".join(s for s in sentences if s and not s.rstrip('»" ').endswith("?")))
    return "\n".join(line for line in lines if line).strip()


def names_a_card(catalog: Catalog, text: str, cards: list[Card]) -> bool:
    codes = {c.metier.code for c in cards}
    return any(found & codes for _, found in named_metiers(catalog, text))
