"""How much an element's label (with its section, its hint, a list's options) says the goal: the lexical part of
the ranking, and what the goal's words say against a label (a step it says is done, a month not shown)."""

from __future__ import annotations

import re

from communs.apps.guide import patterns
from communs.apps.guide.candidate import LAY_WEIGHT, Candidate, f1
from communs.apps.guide.patterns import same_term
from communs.apps.guide.snapshot import Element
from communs.search.analysis import normalize


def _option_words(element: Element, option: str) -> list[str]:
    """An option's own words: not those of the list's label or of most options (« École » in « École Jaurès »)."""
    common = set(patterns.words(element.label))
    counts: dict[str, int] = {}
    for other in element.options:
        for word in patterns.words(other):
            counts[word] = counts.get(word, 0) + 1
    if len(element.options) > 2:
        common |= {w for w, n in counts.items() if n > len(element.options) / 2}
    return [w for w in patterns.words(option) if w not in common]


def lexical(
    candidate: Candidate,
    goal: dict[str, float],
    goal_words: dict[str, float],
    alternatives: frozenset[str],
    goal_text: str = "",
    card: bool = False,
) -> None:
    """``card``: the element is one of the few actions of an item named as a whole (a wish, a service)."""
    element = candidate.element
    label = patterns.label_terms(element.label)
    mine = False  # an item (a card) the goal names with its own words
    if patterns.generic_label(label) and element.context:  # « Modifier » under « Téléphone »: named by its section
        said = [t for t in label if any(same_term(g, t) for g in goal)]
        label = list(dict.fromkeys([*said, *patterns.terms(element.context)]))
        candidate.add(f1(goal, label, alternatives), "libellé et section")
    else:
        # the words of the group's name (a card's title) are every one of its elements': not this one's more
        group = set(patterns.terms(element.context)) if card else set()
        own_words = [t for t in label if t not in group]
        scored = own_words if group and own_words and len(own_words) < len(label) else label
        candidate.chosen = f1(goal, scored, alternatives)
        candidate.add(candidate.chosen, "libellé")
        if group:  # the item the goal names: each of its actions, as much
            item = f1(goal, list(group), alternatives)
            candidate.add(0.5 * item, "élément nommé")
            # named by the goal's own words or the lexicon's for them (« le docteur Foucher », « la maison de
            # vacances »: the second home's tax), not by the page's topic: its actions are not the page's topic
            mine = item > 0 and any(w >= LAY_WEIGHT and any(same_term(g, t) for t in group) for g, w in goal.items())
            candidate.add(0.3 * f1(goal, patterns.terms(element.hint), alternatives), "contexte")
        else:
            around = patterns.terms(f"{element.hint} {element.context}")
            candidate.add(0.3 * f1(goal, around, alternatives), "contexte")
    shared = {g for g in goal for t in label if same_term(g, t)}
    meaningful = [t for t in label if t not in patterns.GENERIC]
    candidate.own = any(goal[g] == 1.0 for g in shared)
    said = [t for t in meaningful if any(same_term(g, t) for g in goal)]
    candidate.says = len(said)
    candidate.short = len(meaningful) <= 2 and len(said) * 2 >= len(meaningful)
    candidate.named = (
        bool(meaningful)
        and all(any(same_term(g, t) for g in goal) for t in meaningful)
        and any(goal[g] == 1.0 for g in shared)
    )
    elsewhere = any(w == 1.0 for w in goal.values())
    only_page = shared and all(goal[g] < 1.0 for g in shared) and not shared & alternatives
    if element.current or (only_page and not mine and (elsewhere or element.kind == "link")):
        # only the words the whole page says (the site's name, a menu link to this very page)
        candidate.score *= 0.5
        candidate.reasons.append("la page où vous êtes ×0.5")
    if element.kind == "select":
        best = max(((f1(goal_words, _option_words(element, o)), o) for o in element.options), default=(0.0, None))
        if best[0] > 0 and best[1] is not None:
            candidate.option = best[1]
            own_words = _option_words(element, best[1])  # the share of the option's own words the goal says
            candidate.picked = sum(w in goal_words for w in own_words) / len(own_words) if own_words else 0.0
            candidate.add(0.6 * best[0], "option")
    if patterns.is_secondary(element, goal_text):
        candidate.score *= 0.3
        candidate.reasons.append("action annexe ×0.3")
    if patterns.faq_entry(element) and not patterns.asks(goal_text):
        candidate.score *= 0.5  # the goal is to do something, not to read an answer
        candidate.reasons.append("question fréquente ×0.5")
    candidate.lexical = candidate.score
    # the goal speaks of what the open dialog offers (its title, in the goal's own words): not to put it away
    offered = element.modal and f1({g: w for g, w in goal.items() if w == 1.0}, patterns.terms(element.context)) >= 0.3
    if patterns.is_close(element) and "@close" not in goal:
        if element.modal and not offered:
            candidate.add(0.25, "fermer la fenêtre")
        elif not element.modal:
            candidate.score *= 0.2
            candidate.reasons.append("fermer un message ×0.2")
    elif element.modal and patterns.is_dismiss(element):
        if not offered:
            candidate.add(0.25, "fermer la fenêtre")
    elif offered and element.kind in ("button", "link") and not element.form:  # the dialog's own choices
        candidate.add(0.25, "ce que propose la fenêtre")


def distinct(label: list[str], members: list[list[str]], goal: dict[str, float]) -> bool:
    """The goal says, with its own words, all that sets a label apart from those of its group (the days of a
    calendar: « mardi 24 » of « mardi 24 juin »), in a group of at least three."""
    if len(members) < 3:
        return False
    common = {t for t in label if sum(t in m for m in members) > len(members) / 2}
    own = [t for t in label if t not in common and t not in patterns.GENERIC]
    return bool(own) and all(any(same_term(g, t) and goal[g] == 1.0 for g in goal) for t in own)


MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre")  # fmt: skip


def other_month(candidates: list[Candidate], goal: str) -> None:
    """A calendar that shows June when the goal wants July: its « Mois suivant » (« Mois précédent » for an
    earlier month) is the way to the days the goal wants."""
    said = [m for m in MONTHS if re.search(rf"\b{m}\b", normalize(goal))]
    shown = {m for c in candidates for m in MONTHS if re.search(rf"\b{m}\b", normalize(c.element.label))}
    wanted = [m for m in said if m not in shown]
    if not wanted or not shown:
        return
    later = MONTHS.index(wanted[0]) > max(MONTHS.index(m) for m in shown)
    move = "@next" if later else "@back"
    for candidate in candidates:
        label = set(patterns.terms(candidate.element.label))
        if candidate.element.kind == "button" and "mois" in label and move in label:
            candidate.add(0.7, "le mois demandé")


def said_done(candidates: list[Candidate], goal: str) -> None:
    """« j'ai fait la pré-demande »: « Faire ma pré-demande » is not the next step (nor does it name one)."""
    done = patterns.done_terms(goal)
    verbs = patterns.done_verbs(goal)  # « ce que j'ai déjà payé »: not « Payer » again
    if not (done or verbs):
        return
    for candidate in candidates:
        element = candidate.element
        label = patterns.terms(element.label)
        # a label that opens on a verb (« Réserver en duo », « Payer cet avis »), not a noun (« Réservations »)
        first = label[0] if label and patterns.starts_with_verb(element.label) else ""
        if element.kind in ("link", "button", "checkbox") and (patterns.offers(element.label) or first):
            if (done and done <= set(label)) or (first and any(same_term(v, first) for v in verbs)):
                candidate.score *= 0.3
                candidate.lexical *= 0.3
                candidate.reasons.append("déjà fait, dit l'objectif ×0.3")
