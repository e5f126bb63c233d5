"""Where a form stands for the goal: its next field in page order (the first empty required one, a box whose
value the goal gives anew, an optional one the goal gives data for), its submit button once filled, the yes/no
questions the goal answers. A form is followed when the goal is what the page is for, when the user started it,
when it is the open dialog's, or when the goal answers its questions or gives data of the kind its fields take
(:mod:`data`: hours, an amount, a phone number...)."""

from __future__ import annotations

from communs.apps.guide import data, patterns
from communs.apps.guide.candidate import Candidate, on_topic
from communs.apps.guide.patterns import same_term
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.state import answered, off_branch, same_page

MONEY_TERMS = frozenset(patterns.terms("perçu encaissé chiffre d'affaires revenus gagné touché"))


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


def answers(candidates: list[Candidate], goal: str, weights: dict[str, float]) -> None:
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


def progress(
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
