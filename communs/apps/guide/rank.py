"""Rank a page's elements for a goal: which one is the next step, by rules the user could check.

Each element gets a score from (1) the words its label shares with the goal (:func:`patterns.terms`,
the goal's words that the page title already says counting less), (2) the e5 similarity of label and
goal, relative to the page's other elements, and (3) where the procedure stands: a form's first
empty required field, its "Suivant" button once it is filled, a search box for a search, and what
the history says was already done (not repeated). A form is followed when the goal is what the page is
for, when the user started it, when it is the open dialog's, or when the goal answers its yes/no questions
or gives data of the kind its fields take (:mod:`data`: hours, an amount, a phone number...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from communs.apps.guide import data, patterns
from communs.apps.guide.patterns import same_term
from communs.apps.guide.snapshot import Element, HistoryItem, Page
from communs.apps.guide.state import answered, off_branch, same_page, usable
from communs.models.embed import embed
from communs.models.registry import Registry
from communs.search.analysis import normalize

CONTEXT_WEIGHT = 0.35  # a goal word the page title already says ("aide au logement" on the CAF form)
EMBEDDING_WEIGHT = 0.15
LAY_WEIGHT = 0.7  # the page's word for an everyday word of the goal ("déménagé": "adresse")
RELATED_WEIGHT = 0.5  # a concept the goal leads to ("mon compte": "se connecter")
CARD_SIZE = 4  # a group of at most this many actions under one name is an item (a card), not a section
MONEY_TERMS = frozenset(patterns.terms("perçu encaissé chiffre d'affaires revenus gagné touché"))
_VECTORS: dict[str, np.ndarray] = {}  # e5 vectors of labels and goals, shared by the requests of a process
_CACHE_SIZE = 20_000


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


def _f1(goal: dict[str, float], label: list[str], alternatives: frozenset[str] = frozenset()) -> float:
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


async def _vectors(registry: Registry, texts: list[str]) -> list[np.ndarray]:
    missing = list(dict.fromkeys(t for t in texts if t not in _VECTORS))
    if missing:
        if len(_VECTORS) > _CACHE_SIZE:
            _VECTORS.clear()
        for text, vector in zip(missing, await embed(registry, missing, "query")):
            array = np.asarray(vector, dtype=np.float32)
            _VECTORS[text] = array / (np.linalg.norm(array) or 1.0)
    return [_VECTORS[t] for t in texts]


def describe(element: Element) -> str:
    """What the embedding compares to the goal: the label, its hint and its group."""
    return " — ".join(part for part in (element.label, element.hint, element.context) if part)


async def _semantic(registry: Registry, goal: str, candidates: list[Candidate]) -> None:
    labelled = [c for c in candidates if c.element.label]
    if len(labelled) < 2:
        return
    vectors = await _vectors(registry, [goal, *(describe(c.element) for c in labelled)])
    sims = np.array([float(v @ vectors[0]) for v in vectors[1:]])
    median, top = float(np.median(sims)), float(sims.max())
    for candidate, sim in zip(labelled, sims):
        relative = max(0.0, (sim - median) / (top - median)) if top > median else 0.0
        candidate.add(EMBEDDING_WEIGHT * relative, "e5")


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


def _lexical(
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
        candidate.add(_f1(goal, label, alternatives), "libellé et section")
    else:
        # the words of the group's name (a card's title) are every one of its elements': not this one's more
        group = set(patterns.terms(element.context)) if card else set()
        own_words = [t for t in label if t not in group]
        scored = own_words if group and own_words and len(own_words) < len(label) else label
        candidate.chosen = _f1(goal, scored, alternatives)
        candidate.add(candidate.chosen, "libellé")
        if group:  # the item the goal names: each of its actions, as much
            item = _f1(goal, list(group), alternatives)
            candidate.add(0.5 * item, "élément nommé")
            # named by the goal's own words or the lexicon's for them (« le docteur Foucher », « la maison de
            # vacances »: the second home's tax), not by the page's topic: its actions are not the page's topic
            mine = item > 0 and any(w >= LAY_WEIGHT and any(same_term(g, t) for t in group) for g, w in goal.items())
            candidate.add(0.3 * _f1(goal, patterns.terms(element.hint), alternatives), "contexte")
        else:
            around = patterns.terms(f"{element.hint} {element.context}")
            candidate.add(0.3 * _f1(goal, around, alternatives), "contexte")
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
        best = max(((_f1(goal_words, _option_words(element, o)), o) for o in element.options), default=(0.0, None))
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
    offered = element.modal and _f1({g: w for g, w in goal.items() if w == 1.0}, patterns.terms(element.context)) >= 0.3
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


def _distinct(label: list[str], members: list[list[str]], goal: dict[str, float]) -> bool:
    """The goal says, with its own words, all that sets a label apart from those of its group (the days of a
    calendar: « mardi 24 » of « mardi 24 juin »), in a group of at least three."""
    if len(members) < 3:
        return False
    common = {t for t in label if sum(t in m for m in members) > len(members) / 2}
    own = [t for t in label if t not in common and t not in patterns.GENERIC]
    return bool(own) and all(any(same_term(g, t) and goal[g] == 1.0 for g in goal) for t in own)


# The kinds of data whose new value replaces what the page filled in (a town, an amount, a phone, an address).
RETYPED = frozenset({"amount", "place", "phone", "email", "postcode"})


def _retyped(page: Page, fields: list[Candidate], goal: str) -> Candidate | None:
    """A box the page filled in that the goal gives another value for: the only one of its kind, or the
    one of its kind that the goal's words name best (« le salaire … pour moi, Julien »). A town the page
    already shows (« elle est à Rennes aussi ») is no new one."""
    for candidate in fields:
        element = candidate.element
        kind = data.field_kind(element)
        if not (element.prefilled and candidate.data and kind in RETYPED):
            continue
        if kind == "place" and all(place in page.text for place in data.places(goal)):
            continue
        alike = [c for c in fields if data.field_kind(c.element) == kind]
        best = max(c.lexical for c in alike)
        if len(alike) == 1 or (candidate.lexical >= 0.2 and candidate.lexical >= best):
            candidate.retype = True
            return candidate
    return None


def _next_slot(page: Page, fields: list[Candidate], goal: str = "") -> Candidate | None:
    """The form's next field in page order: a box the page filled in that the goal gives a new value for, the
    first empty required one, or an optional one before it that the goal gives data for (a list option it
    names, a label it says)."""
    retyped = _retyped(page, fields, goal)
    if retyped is not None:
        return retyped
    for candidate in fields:
        element = candidate.element
        chosen = element.filled and element.value is None  # the user chose it: which option is not known
        if element.kind == "select" and not chosen and candidate.option not in (None, element.value):
            return candidate  # the goal names another option than the one shown (« Suisse », not « France »)
        if answered(page, element):
            continue
        if element.kind == "radio":
            group = [c for c in fields if c.element.group == element.group and element.group] or [candidate]
            best = max(group, key=lambda c: c.chosen)  # the answer the goal gives, else the first
            if element.required or best.chosen >= 0.3:
                if best.chosen > 0:
                    return best
                candidate.undecided = True
                return candidate
            continue
        if element.required:
            return candidate
        if element.kind != "select" and (candidate.lexical >= 0.5 or candidate.named or candidate.sole):
            return candidate
        if candidate.data and _fits(page, fields, candidate, goal):
            return candidate  # « j'ai fait 35 h »: the hours field, optional as it is
    # the required ones done: an optional field the goal speaks of with its own words, before sending
    spoken = [
        c for c in fields if not answered(page, c.element) and (c.own and (c.lexical >= 0.5 or c.short) or c.sole)
    ]
    return next((c for c in spoken if c.element.kind in ("field", "checkbox", "file")), None)


def _picks(page: Page, candidate: Candidate, fields: list[Candidate]) -> bool:
    """A radio button of a required question still open whose label the goal says (its own or the lexicon's
    words for it), or the only answer of the question the goal says some of (« Non, j'ai déjà un dossier
    (renouvellement) » for « il faut que je la renouvelle »): the goal answers the question."""
    element = candidate.element
    if element.kind != "radio" or not element.required or answered(page, element) or candidate.chosen < 0.25:
        return False
    others = [c for c in fields if c.element.group == element.group and c is not candidate]
    alone = bool(element.group) and all(c.chosen == 0 for c in others)
    return candidate.chosen >= 0.5 or (alone and candidate.says >= 2)


def _fits(page: Page, fields: list[Candidate], candidate: Candidate, goal: str = "") -> bool:
    """The form's field of this kind that the goal's words fit best (« en avril »: the April column; not the
    partner's column when the goal's own were filled), or its only empty one (its only phone field)."""
    kind = data.field_kind(candidate.element)
    alike = [c for c in fields if data.field_kind(c.element) == kind]
    empty = [c for c in alike if not answered(page, c.element)]
    if kind == "place":  # towns (« Commune 1, 2, 3 »): the next empty one, while the goal names more than filled
        return empty[0] is candidate and len(alike) - len(empty) < len(data.places(goal))
    if len(empty) == 1:
        return True
    return candidate.lexical > 0 and candidate.lexical >= max(c.lexical for c in alike)


def _answers(candidates: list[Candidate], goal: str, weights: dict[str, float]) -> None:
    """A yes/no question the goal speaks of (« Avez-vous travaillé ? »): « Non » when the goal says it did not
    happen (« je n'ai pas travaillé »), else « Oui »."""
    unsure = patterns.unsure(goal)  # « j'en sais rien »: « Je ne sais pas »
    base = patterns.denied_terms(goal) | patterns.negated_terms(goal)  # « pas de RSA »: « Non » to « … le RSA ? »
    said = set(weights) | base
    if "amount" in data.given(goal):  # « 2 300 euros »: money came in
        said |= MONEY_TERMS
    for candidate in candidates:
        answer = patterns.yes_no(candidate.element)
        if answer is None:
            continue
        asked = patterns.terms(candidate.element.context)
        # « je ne connais pas son numéro »: « no » to « Connaissez-vous le numéro … ? », not to other questions
        denied = base | patterns.unknown_terms(goal, candidate.element.context)
        # a word said nothing of unless the goal denies it (« je ne cherche plus »: « toujours à la recherche ? »)
        question = [q for q in asked if q not in patterns.GENERIC or q in denied]
        about = {q for q in question if any(same_term(q, g) for g in said)}
        own = any(same_term(q, g) for q in about for g in said if weights.get(g, 0.0) == 1.0 or g in denied)
        if not about or not (own or len(about) >= len(question) / 2):
            continue  # the goal speaks of it with its own words, or the lexicon's words say most of it
        refused = any(same_term(q, d) for q in about for d in denied)
        if (answer == "unknown") if unsure else (answer != "unknown" and (answer == "no") == refused):
            candidate.add(0.5, "réponse à la question")
            candidate.chosen += 0.5
            candidate.replied = True


def _chosen_before(
    members: list[Candidate], slot: Candidate | None, submits: list[Candidate], here: set[str | None]
) -> Candidate | None:
    """A button of the form, before its next field, that the goal names by what sets it apart from its
    neighbours (« mardi 24 » among the days of June, « 14 h » among the times): a choice the form asks
    for by buttons (a day, a time slot), made before the fields that follow it."""
    if slot is None:
        return None
    before = members[: members.index(slot)]
    return next(
        (
            c
            for c in before
            if c.element.kind == "button"
            and c.distinct
            and c not in submits
            and not c.element.done
            and c.element.id not in here
        ),
        None,
    )


# What the goal may ask of a form other than sending it: to keep it for later, go back, start over, cancel, help.
LEAVING = frozenset({"@save", "@back", "@restart", "@cancel", "@help"})


def _other_asked(members: list[Candidate], submits: list[Candidate], weights: dict[str, float]) -> int:
    """The goal names another of the form's buttons than the one that sends it: 2 when it asks to leave the
    form by what the button does (« je m'arrête là »: « Enregistrer le brouillon »), 1 when it says the
    button's words (« afficher le mot de passe »), else 0."""
    asked = LEAVING & {t for t, w in weights.items() if w == 1.0}
    found = 0
    for candidate in members:
        element = candidate.element
        if element.kind not in ("button", "link") or candidate in submits:
            continue
        if asked & set(patterns.terms(element.label)):
            return 2
        if candidate.lexical >= 0.5 and candidate.own:
            found = 1
    return found


def _progress(
    candidates: list[Candidate],
    page: Page,
    history: list[HistoryItem],
    goal: str,
    specific: bool,
    weights: dict[str, float],
) -> None:
    """Where the procedure stands, form by form: the next field in page order, then the submit button.

    A form is followed when the goal is what the page is for and names no other element, or when the
    user has started filling it (a field filled, a box ticked, a step of the history in it)."""
    here = {h.element_id for h in history if same_page(h, page)}
    forms: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        forms.setdefault(candidate.element.form, []).append(candidate)
    for members in forms.values():
        fields = [
            c
            for c in members
            if c.element.kind in ("field", "select", "checkbox", "radio", "file") and not off_branch(page, c.element)
        ]
        if not fields:
            continue
        submits = [c for c in members if patterns.is_submit(c.element)]
        started = any(c.element.id in here or (c.element.done and not c.element.prefilled) for c in fields)
        dialog = all(c.element.modal for c in fields)  # an open dialog's form is what the person has before them
        # the goal answers its questions or gives data for its fields (« née le 3 février », « je n'ai pas travaillé »)
        gives = (
            any((c.data or c.replied) and not answered(page, c.element) for c in fields)
            or any(c.data and c.element.prefilled and data.field_kind(c.element) in RETYPED for c in fields)
            or any(_picks(page, c, fields) for c in fields)
        )  # or picks the answer of a required question (« j'ai perdu mon permis »: « Perte »), or a list's option
        elsewhere = any(c.own and c.lexical >= 0.5 for c in candidates if c.element.form != fields[0].element.form)
        # or names the option of a required list that no empty box to type in comes before (« un passeport »:
        # « Objet du rendez-vous »); the choices before it, if any, come first
        empty = [c for c in fields if c.element.required and not answered(page, c.element)]
        typed = next((i for i, c in enumerate(empty) if c.element.kind == "field"), len(empty))
        gives = gives or (not elsewhere and any(c.element.kind == "select" and c.picked == 1 for c in empty[:typed]))
        if not (started or gives or ((dialog or on_topic(goal, page)) and not specific)):
            if any(c.element.required and not answered(page, c.element) for c in fields):
                for candidate in submits:  # a form is not sent with a required field empty
                    candidate.score *= 0.3
                    candidate.reasons.append("champs obligatoires encore vides ×0.3")
            continue
        slot = _next_slot(page, fields, goal)
        instead = next(  # a button of the slot's group that the goal asks for (« prends ma position »)
            (
                c
                for c in members
                if slot is not None
                and c.element.kind == "button"
                and c not in submits
                and c.element.context == slot.element.context
                and c.own
                and (c.lexical >= 0.5 or c.sole)
            ),
            None,
        ) or _chosen_before(members, slot, submits, here)
        if instead is not None:
            instead.add(0.6, "bouton du formulaire demandé")
            for candidate in submits:
                candidate.score *= 0.3
                candidate.reasons.append("champs obligatoires encore vides ×0.3")
        elif slot is not None:
            # the goal names another of the form's buttons (« finir plus tard », « étape précédente »)
            other = _other_asked(members, submits, weights)
            slot.add(0.3 if other else 0.6, "champ suivant du formulaire")
            for candidate in submits:
                candidate.score *= 0.3
                candidate.reasons.append("champs obligatoires encore vides ×0.3")
        elif started or any(c.element.required for c in fields):
            # the goal names another of the form's buttons (« afficher le mot de passe »): less sure it is sending
            other = _other_asked(members, submits, weights)
            for candidate in submits:
                candidate.add((0.5, 0.2, 0.0)[other], "formulaire rempli : bouton d'envoi")
        for candidate in fields:
            if candidate is not slot and answered(page, candidate.element) and candidate.element.kind != "select":
                candidate.score *= 0.25
                candidate.reasons.append("déjà rempli ×0.25")
    if patterns.wants_search(goal):
        for candidate in candidates:
            element = candidate.element
            if patterns.is_search_box(element):
                candidate.add(0.4, "champ de recherche")


MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre")  # fmt: skip


def _other_month(candidates: list[Candidate], goal: str) -> None:
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


def _said_done(candidates: list[Candidate], goal: str) -> None:
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


def _done(candidates: list[Candidate], page: Page, history: list[HistoryItem]) -> None:
    acted = {h.element_id for h in history if same_page(h, page) and h.action != "scroll"}  # scrolled to: not done
    for candidate in candidates:
        if candidate.element.id in acted:
            candidate.score *= 0.2
            candidate.reasons.append("déjà fait ×0.2")
        elif candidate.element.done and candidate.element.kind != "select" and not candidate.retype:
            candidate.score *= 0.4
            candidate.reasons.append("déjà rempli ×0.4")


async def rank(goal: str, page: Page, history: list[HistoryItem], registry: Registry | None = None) -> list[Candidate]:
    """The page's usable elements, best next step first (``registry`` None: no embeddings)."""
    candidates = [Candidate(e) for e in usable(page)]
    weights = goal_weights(goal, page)
    goal_words = dict.fromkeys(patterns.words(goal), 1.0)
    own = set(patterns.specific_terms(goal))
    alternatives = frozenset(t for t in weights if t not in own and t in set(patterns.lay_terms(goal)))
    kinds = data.given(goal)
    subject = topic(page)
    denied = {
        t: CONTEXT_WEIGHT if t in subject else 1.0
        for t in patterns.negated_terms(goal) | patterns.denied_terms(goal)
        if t not in weights and t not in patterns.GENERIC
    }
    denied = {**weights, **denied} if denied else {}
    refused = (patterns.negated_terms(goal) | patterns.denied_terms(goal)) - patterns.GENERIC
    labels = [patterns.terms(c.element.label) for c in candidates]
    groups: dict[str, list[list[str]]] = {}
    for candidate, label in zip(candidates, labels):
        groups.setdefault(candidate.element.context, []).append(label)
    for candidate, label in zip(candidates, labels):
        element = candidate.element
        named = set(patterns.terms(element.context))
        members = groups[element.context]
        # an item's few actions, some of which do not repeat its name (« Accepter » beside « Voir le détail de X »)
        card = (
            2 <= len(members) <= CARD_SIZE
            and not (element.form or element.modal)
            and any(not named & set(m) for m in members)
        )
        # « je n'ai rien reçu »: what did not happen is what a label that says so offers (« Je n'ai pas reçu … »)
        said = denied if denied and patterns.negative(element.label) else weights
        _lexical(candidate, said, goal_words, alternatives, goal, card)
        if refused and patterns.negative(element.label) and any(same_term(r, t) for r in refused for t in label):
            candidate.add(0.25, "ce qui n'a pas eu lieu")  # « rien reçu »: « Je n'ai pas reçu mon chèque »
        elif refused and patterns.negative(element.context) and any(same_term(r, t) for r in refused for t in named):
            candidate.add(
                0.15, "ce qui n'a pas eu lieu"
            )  # « pas droit au RSA »: « Aides auxquelles vous n'avez pas droit »
        candidate.data = data.takes(candidate.element, kinds)
        mine = {g for g, w in weights.items() if w in (1.0, LAY_WEIGHT) and g in label}  # « petit mot »: message
        candidate.sole = any(sum(g in other for other in labels) == 1 for g in mine if g in label)
        candidate.distinct = _distinct(label, members, weights)
    _said_done(candidates, goal)
    _other_month(candidates, goal)
    specific = any(c.score >= 0.3 for c in candidates) and any(w == 1.0 for w in weights.values())
    _answers(candidates, goal, weights)
    if registry is not None:
        await _semantic(registry, goal, candidates)
    _progress(candidates, page, history, goal, specific, weights)
    _done(candidates, page, history)
    order = {c.element.id: i for i, c in enumerate(candidates)}
    return sorted(candidates, key=lambda c: (-round(c.score, 6), order[c.element.id]))
