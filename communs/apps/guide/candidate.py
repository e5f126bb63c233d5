"""What the ranking knows of an element (:class:`Candidate`) and of the goal: its words, weighted by what the
page is for (:func:`goal_weights`), and how well a label says them (:func:`f1`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from communs.apps.guide import patterns
from communs.apps.guide.patterns import same_term
from communs.apps.guide.snapshot import Element, Page

CONTEXT_WEIGHT = 0.35  # a goal word the page title already says ("aide au logement" on the CAF form)
LAY_WEIGHT = 0.7  # the page's word for an everyday word of the goal ("déménagé": "adresse")
RELATED_WEIGHT = 0.5  # a concept the goal leads to ("mon compte": "se connecter")


@dataclass
class Candidate:
    element: Element
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    option: str | None = None  # for a list: the option the goal names
    lexical: float = 0.0  # the words its label shares with the goal
    chosen: float = 0.0  # for a radio button: how much the goal picks this answer (its label, the question's answer)
    short: bool = False  # a label of one or two words, one of them the goal's (« Inscrire à la cantine »)
    own: bool = False  # its label says one of the goal's own words (not the page's topic, not the lexicon's)
    sole: bool = False  # its label alone on the page says a goal's word or the lexicon's for it (« cantine »)
    named: bool = False  # the goal says all its label says, with a word of its own: it gives data for it
    undecided: bool = False  # a choice the goal does not make (which radio button): the person answers
    data: bool = False  # a box to type in that takes a kind of data the goal gives (its hours, an amount, a phone)
    replied: bool = False  # a yes/no answer the goal gives to the question it belongs to
    picked: float = 0.0  # for a list: how well the goal names one of its options
    retype: bool = False  # a box the page filled in, whose value the goal gives anew (« j'ai touché 25 100 en vrai »)
    says: int = 0  # how many of its label's meaningful words the goal says
    distinct: bool = False  # the goal says what sets its label apart from its group's (« mardi 24 » of « … juin »)

    @property
    def action(self) -> str:
        element = self.element
        if element.below and element.kind in ("link", "button") and not element.form and not element.modal:
            return "scroll"  # far down the page: bring it into view first
        return {"field": "type", "select": "select"}.get(element.kind, "click")

    def add(self, points: float, reason: str) -> None:
        if points:
            self.score += points
            self.reasons.append(f"{reason} {points:+.2f}")


def f1(goal: dict[str, float], label: list[str], alternatives: frozenset[str] = frozenset()) -> float:
    """How well a label matches the goal: harmonic mean of the share of the label that the goal says
    and the (weighted) share of the goal the label says. ``alternatives``: the page's words for the goal's
    everyday words, which count when the label says them but are not more of the goal to say."""
    if not goal or not label:
        return 0.0
    matched = {g for g in goal for t in label if same_term(g, t)}
    if not matched:
        return 0.0
    precision = sum(1 for t in label if any(same_term(g, t) for g in matched)) / len(label)
    total = sum(w for t, w in goal.items() if t not in alternatives) or 1.0
    recall = min(1.0, sum(goal[t] for t in matched) / total)
    return 2 * precision * recall / (precision + recall)


def topic(page: Page) -> set[str]:
    """What the page is for, from its title and first headings (not an open dialog's title: what the dialog
    asks is one of its elements' business, not the page's)."""
    dialogs = {e.context for e in page.elements if e.modal and e.visible}
    said = " ".join([page.title, *[h for h in page.headings if h not in dialogs][:2]])
    brands = [name for brand, name in patterns.BRANDS.items() if brand in patterns.words(said)]
    return set(patterns.terms(" ".join([said, *brands])))


def on_topic(goal: str, page: Page) -> bool:
    """Is the goal what this page is for (most of its words in the title)? Then filling its form is the way."""
    own = patterns.specific_terms(goal)
    subject = topic(page)
    return bool(own) and sum(t in subject for t in own) / len(own) >= 0.5


def goal_weights(goal: str, page: Page) -> dict[str, float]:
    subject = topic(page)
    negated = patterns.negated_terms(goal) | patterns.denied_terms(goal)  # not what the goal wants done
    weights = {t: CONTEXT_WEIGHT if t in subject else 1.0 for t in patterns.specific_terms(goal) if t not in negated}
    for term, weight in list(weights.items()):
        for related in patterns.RELATED.get(term, ()):
            weights.setdefault(related, RELATED_WEIGHT * weight)
    for term, strength in patterns.lay_leads(goal).items():  # the lexicon's words, even « nouvelle »
        if term in subject and term in patterns.ORGANISATIONS:
            continue  # « la sécu » on ameli: the site itself, not one of its elements
        weights.setdefault(term, strength * LAY_WEIGHT * (CONTEXT_WEIGHT if term in subject else 1.0))
    return weights
