"""The next step towards the user's goal on the page they are looking at.

1. A cookie banner covers the page: dismiss it first (refusing where the banner allows).
2. The page confirms the procedure went through (and something was done before): done.
   A question that asks for a value the page shows (« jusqu'à quand … ? ») is done too, quoting the page.
3. Otherwise the rules rank the elements (:mod:`rank`); the close runners-up (at most
   :data:`CHOICES`, within :data:`PLAUSIBLE` of the best: the rules are unsure) go to the chat model, which picks one
   (JSON schema: ``element_id`` restricted to their ids) and words the step. Its answer is checked:
   the id must be one offered and the sentence must name the element, else the rule's wording is used.
   A model failure (engine down, no valid JSON) leaves the rule's step.
"""

from __future__ import annotations

import logging

from communs.apps.guide import cookies, patterns, wording
from communs.apps.guide.branches import all_required
from communs.apps.guide.rank import Candidate, rank
from communs.apps.guide.snapshot import HistoryItem, Page, Step, check_goal, check_history
from communs.apps.guide.state import achieved, after_history, answer_on_page, same_page, stated_on_page, usable
from communs.errors import CommunsError
from communs.models.chat import complete_json
from communs.models.registry import Registry

log = logging.getLogger(__name__)
CHOICES = 5
PLAUSIBLE = 0.7  # the rules are unsure when a runner-up scores at least 70 % of the best: the model decides
MAX_SENTENCE = 240
NAMED = 0.6  # an element whose label says this much of a question is where its answer is, not a sentence
SHOWN = 5  # candidates listed in the response, for the client and for debugging

SYSTEM = (
    "Tu es Albertine, un assistant qui guide pas à pas une personne sur un site administratif français. "
    "On te donne son objectif, la page qu'elle voit et les éléments possibles pour la prochaine étape. "
    "Choisis l'élément qui la rapproche le plus de son objectif, puis écris UNE phrase courte, simple et polie, "
    "au vouvoiement, qui dit quoi faire et cite le nom exact de l'élément entre « ». "
    "Ne demande jamais de mot de passe ni de donnée personnelle."
)
KIND_NAMES = {
    "link": "lien",
    "button": "bouton",
    "field": "champ",
    "select": "liste",
    "checkbox": "case à cocher",
    "radio": "choix",
    "file": "fichier à joindre",
}


def _value_hint(candidate: Candidate, goal: str) -> str | None:
    element = candidate.element
    if element.sensitive:
        return None
    if element.kind == "select":
        return candidate.option
    if patterns.is_search_box(element):
        return patterns.search_words(goal)
    return None


def _confidence(ranked: list[Candidate]) -> float:
    best = ranked[0].score
    second = ranked[1].score if len(ranked) > 1 else 0.0
    margin = (best - second) / best if best > 0 else 0.0
    return round(min(0.95, 0.25 + 0.35 * min(best, 1.0) + 0.35 * margin), 2)


def rule_step(candidate: Candidate, goal: str, confidence: float, shown: list[str]) -> Step:
    hint = _value_hint(candidate, goal)
    return Step(
        instruction=wording.instruction(candidate, hint),
        element_id=candidate.element.id,
        label=candidate.element.label,
        action=candidate.action,  # type: ignore[arg-type]
        value_hint=hint,
        explanation=wording.explanation(candidate),
        confidence=confidence,
        source="rule",
        candidates=shown,
    )


def _line(candidate: Candidate) -> str:
    element = candidate.element
    state = " (déjà rempli)" if element.done else ""
    group = f" — dans « {wording.short(element.context)} »" if element.context else ""
    kind = KIND_NAMES.get(element.kind, "élément")
    return f"- {element.id} : {kind} « {wording.short(element.label)} »{group}{state}"


def prompt(goal: str, page: Page, history: list[HistoryItem], offered: list[Candidate]) -> list[dict]:
    done = [h for h in history if same_page(h, page)][-5:]
    lines = [
        f"Objectif de la personne : {goal}",
        f"Page : {page.title or page.url}",
    ]
    if page.headings:
        lines.append("Titres : " + " | ".join(page.headings[:5]))
    if page.step_of():
        lines.append(f"Formulaire en plusieurs étapes : {page.step_of()}")
    if done:
        lines.append("Déjà fait sur cette page :")
        lines.extend(f"- {h.instruction or h.label or h.element_id}" for h in done)
    lines.append("Éléments possibles (du plus probable au moins probable) :")
    lines.extend(_line(c) for c in offered)
    lines.append("Réponds en JSON : element_id (un des identifiants ci-dessus) et instruction (une phrase).")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


def schema(ids: list[str]) -> dict:
    # no maxLength: llama.cpp turns it into a grammar that slows every token; the sentence is cut after
    return {
        "type": "object",
        "properties": {"element_id": {"type": "string", "enum": ids}, "instruction": {"type": "string"}},
        "required": ["element_id", "instruction"],
        "additionalProperties": False,
    }


async def model_step(
    goal: str, page: Page, history: list[HistoryItem], offered: list[Candidate], registry: Registry, model: str | None
) -> tuple[Candidate, str | None] | None:
    """The model's choice among ``offered``, with its sentence when the sentence names the element."""
    ids = [c.element.id for c in offered]
    try:
        answer = await complete_json(
            registry, prompt(goal, page, history, offered), schema(ids), model=model, max_tokens=120, temperature=0.0
        )
    except CommunsError as error:
        log.warning("guide: the model gave no step (%s); the rules answer", error.message)
        return None
    chosen = next((c for c in offered if c.element.id == answer.get("element_id")), None)
    if chosen is None:
        return None
    sentence = " ".join(str(answer.get("instruction", "")).split())[:MAX_SENTENCE]
    if not sentence or not wording.mentions(sentence, chosen.element.label):
        return chosen, None
    return chosen, wording.guillemets(sentence, chosen.element.label)


def _answered(answer: str, confidence: float) -> Step:
    return Step(
        instruction=f"La réponse est sur la page : « {answer} »",
        element_id=None,
        action="done",
        explanation="La page que vous regardez répond déjà à votre question.",
        confidence=confidence,
    )


async def next_step(
    goal: str,
    page: Page,
    history: list[HistoryItem] | None = None,
    registry: Registry | None = None,
    *,
    model: str | None = None,
    use_model: bool = True,
) -> Step:
    """The next step (``registry`` None: rules only, without embeddings; ``use_model`` False: no chat model)."""
    goal = patterns.apostrophes(check_goal(goal))  # « jai », « cest »: as written with the apostrophe
    page = page.sanitized()
    # « tous les champs sont obligatoires » in the page's text: for a snapshot sent by the extension too
    page = page.model_copy(update={"elements": all_required(page.text, page.elements)})
    history = check_history(list(history or []))
    page = after_history(page, history)
    banner = cookies.cookie_choice(page, history, goal)
    if banner is not None and not banner.modal and any(e.modal for e in usable(page)):
        banner = None  # a modal dialog over the banner: the dialog first
    if banner is not None:
        return Step(
            instruction=f"Fermez d'abord le bandeau des cookies : cliquez sur « {wording.short(banner.label)} ».",
            element_id=banner.id,
            label=banner.label,
            action="click",
            explanation="Le bandeau cache une partie de la page. Refuser les cookies ne gêne pas votre démarche.",
            confidence=0.95,
            candidates=[banner.id],
        )
    if (history and patterns.looks_finished(page)) or achieved(goal, page, usable(page)):
        return Step(
            instruction="C'est terminé : la page confirme votre démarche. Gardez le numéro ou le récapitulatif.",
            element_id=None,
            action="done",
            explanation="La page indique que votre demande a bien été enregistrée.",
            confidence=0.85,
        )
    ranked = await rank(goal, page, history, registry)
    named = max((c.lexical for c in ranked), default=0.0)  # how well the best element's label says the goal
    # a link or button that says the question (« Mes heures de sortie autorisées »): the answer is behind it
    linked = max((c.lexical for c in ranked if c.element.kind in ("link", "button")), default=0.0)
    answer = answer_on_page(goal, page) if linked < NAMED else None
    if answer is not None:
        return _answered(answer, 0.6)
    answer = stated_on_page(goal, page, named)
    if answer is not None:
        return _answered(answer, 0.5)
    search = next((c for c in ranked if patterns.is_search_box(c.element)), None)
    if ranked and ranked[0].score <= 0 and search is not None:  # nothing here says it: search the site
        return rule_step(search, goal, 0.4, [c.element.id for c in ranked[:SHOWN]])
    if not ranked or ranked[0].score <= 0:
        return Step(
            instruction="Faites défiler la page : aucun bouton ni champ utile n'est visible pour l'instant.",
            element_id=None,
            action="scroll",
            explanation="Rien sur la partie visible de la page ne correspond à votre objectif.",
            confidence=0.3,
            candidates=[c.element.id for c in ranked[:SHOWN]],
        )
    shown = [c.element.id for c in ranked[:SHOWN]]
    best = rule_step(ranked[0], goal, _confidence(ranked), shown)
    offered = [c for c in ranked[:CHOICES] if c.score >= PLAUSIBLE * ranked[0].score]
    if registry is None or not use_model or len(offered) < 2:
        return best
    picked = await model_step(goal, page, history, offered, registry, model)
    if picked is None:
        return best
    chosen, sentence = picked
    step = rule_step(chosen, goal, best.confidence if chosen is ranked[0] else round(best.confidence * 0.8, 2), shown)
    if sentence:
        step.instruction = sentence
    step.source = "model"
    return step
