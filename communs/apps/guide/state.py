"""The page as it stands after the steps already done on it (the snapshot may predate them).

A snapshot from a static file, or one taken before the last clicks landed, still shows what the
history changed: a radio button the user chose is checked (and its group answered), a box ticked,
a field typed in is filled, a dialog or a cookie banner the user closed is gone. While a modal dialog
is open, only its elements can be used: the page behind it is inert.
"""

from __future__ import annotations

import re

from communs.apps.guide import cookies, patterns
from communs.apps.guide.snapshot import Element, HistoryItem, Page
from communs.search.analysis import normalize


def same_page(item: HistoryItem, page: Page) -> bool:
    return not item.url or not page.url or item.url.split("#")[0] == page.url.split("#")[0]


def _banner_contexts(page: Page) -> set[str]:
    """The groups (by name) that hold a cookie banner's choices: the banner, whole."""
    return {e.context for e in page.elements if e.context and cookies.is_cookie_choice(e, page)}


def after_history(page: Page, history: list[HistoryItem]) -> Page:
    """The page once the history's steps on it took effect."""
    here = [h for h in history if same_page(h, page) and h.element_id]
    if not here:
        return page
    # scrolling to an element brings it into view; it does not act on it
    seen = {h.element_id for h in here if h.action == "scroll"}
    acted = {h.element_id: h.action for h in here if h.action != "scroll"}
    by_id = {e.id: e for e in page.elements}
    touched = [by_id[i] for i in acted if i in by_id]
    closed = {e.context for e in touched if e.context in _banner_contexts(page)}
    # a button or link of the dialog closes it (fermer, annuler, envoyer); choosing an answer in it does not
    modal_closed = any(e.modal and e.kind in ("button", "link") for e in touched)

    def update(element: Element) -> Element:
        changes: dict = {"below": False} if element.id in seen else {}
        if (element.modal and modal_closed) or (element.context and element.context in closed):
            changes["visible"] = False
        action = acted.get(element.id)
        if action is not None:
            if element.kind in ("radio", "checkbox") and action in ("click", "select"):
                changes.update(checked=True, prefilled=False)
            elif (element.kind in ("field", "select") and action in ("type", "select")) or element.kind == "file":
                changes.update(filled=True, value=None, prefilled=False)
        if element.modal and modal_closed:
            changes["modal"] = False
        return element.model_copy(update=changes) if changes else element

    # the titles of what was closed no longer say what the page is about (« Vous avez un nouveau message »)
    gone = {e.context for e in page.elements if (e.modal and modal_closed) or (e.context and e.context in closed)}
    headings = [h for h in page.headings if h not in gone]
    return page.model_copy(update={"elements": [update(e) for e in page.elements], "headings": headings})


def usable(page: Page) -> list[Element]:
    """The elements one can act on now: visible, enabled, and inside the open modal dialog if there is one."""
    shown = [e for e in page.elements if e.visible and not e.disabled and e.kind != "other"]
    modal = [e for e in shown if e.modal]
    return modal or shown


def off_branch(page: Page, element: Element) -> bool:
    """A field shown for another answer than the one chosen (« Avec son état civil » once « Avec son numéro »
    is ticked): it does not apply."""
    if not element.branch:
        return False
    answer = page.element(element.branch)
    if answer is None or answer.checked:
        return False
    return any(e.checked for e in page.elements if e.kind == "radio" and e.group == answer.group and answer.group)


def answered(page: Page, element: Element) -> bool:
    """A field filled, a box ticked, a radio group with a choice made."""
    if element.done:
        return True
    if element.kind == "radio" and element.group:
        return any(e.checked for e in page.elements if e.group == element.group and e.form == element.form)
    return False


def _covered(term: str, said: set[str]) -> bool:
    return any(patterns.same_term(term, t) for t in said)


def achieved(goal: str, page: Page, elements: list[Element]) -> bool:
    """The page confirms what the goal asks for: a status message that says it went through names most of
    the goal's words (or, for a goal that asks whether it is done, two of them), and no element of the page
    offers what the rest of the goal asks for (« garder une preuve »: the recap to download)."""
    if patterns.another(goal):
        return False
    for notice in patterns.confirmations(page):
        said = set(patterns.terms(notice)) | set(patterns.lay_terms(notice))
        title = set(patterns.terms(page.title))  # the site's name in the goal is not what was done
        own = [t for t in patterns.specific_terms(goal) if t not in title or _covered(t, said)]
        if not own:
            continue
        matched = [t for t in own if _covered(t, said)]
        asked = set(own) | set(patterns.lay_terms(goal))
        if patterns.checking(goal) and sum(_covered(t, said) for t in asked) >= 2:
            return True
        if len(matched) / len(own) < 0.6:
            continue
        rest = [t for t in [*own, *patterns.lay_terms(goal)] if not _covered(t, said)]
        offered = any(_covered(t, set(patterns.terms(e.label))) for e in elements for t in rest)
        if not offered:
            return True
    return False


_SENTENCE = re.compile(r"\n|(?<=[.!?])\s+")  # the page's lines, and their sentences
# a value: a figure, a duration in words (« un mois », « dans le mois qui suit »), a person's title and name
_DIGIT = re.compile(
    r"\d|\b(?:un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|trente) (?:jours?|semaines?|mois|ans|annees?)\b|"
    r"\bdans (?:le|les) (?:mois|jours|semaines)\b|\b(?:Dr|Mme|M\.) [A-Z]"
)
_SIGNS = re.compile(r"€|\b[nN]°")  # how pages write « euros », « numéro »
_SIGN_WORDS = {"€": "euros", "n°": "numéro"}
_WHICH = re.compile(r"\b(?:lequel|laquelle|lesquel(?:le)?s|quel(?:le)?s?)\b")
QUOTE = 160


def answer_on_page(goal: str, page: Page) -> str | None:
    """The page's sentence that answers a question asking for a value (« jusqu'à quand … ? »: « Date limite
    de déclaration : 31 mai »): it holds a figure and says at least a third of the question's own words."""
    asked = patterns.factoid(goal)
    if not asked:
        return None
    value = set(patterns.answer_terms(asked))  # how pages give that value (« jusqu'à quand »: « date limite »)
    own = patterns.specific_terms(normalize(goal).replace(asked, " "))
    if not value:  # « à quel échelon ? »: the word asked for is what the page's sentence names
        own = list(dict.fromkeys([*own, *patterns.specific_terms(_WHICH.sub(" ", asked))]))
    if not own:
        return None
    best: tuple[float, str] = (0.0, "")
    for sentence in _SENTENCE.split(page.text):
        if not _DIGIT.search(sentence):
            continue
        said = set(patterns.terms(_SIGNS.sub(lambda m: f" {_SIGN_WORDS[m.group(0).lower()]} ", sentence)))
        matched = sum(_covered(t, said) for t in own) + 1.5 * any(_covered(t, said) for t in value)
        if matched > best[0] or (matched == best[0] and matched and len(sentence) < len(best[1])):
            best = (matched, sentence)
    if best[0] < 1 or best[0] * 3 < len(own):
        return None
    return _quote(best[1])


def _quote(sentence: str) -> str:
    return sentence if len(sentence) <= QUOTE else sentence[: QUOTE - 1].rsplit(" ", 1)[0] + "…"


_STATEMENT = re.compile(r"[.:;\d]")  # a sentence that states: a full stop, a value after a colon, a figure
STATED = 0.25  # the share of a question's own words that the page's sentence must say
AHEAD = 0.05  # and by how much more than the best element's label says them


def stated_on_page(goal: str, page: Page, best_label: float) -> str | None:
    """The page's sentence that answers a question (« c'est fini ou pas ? », « ça a compté ? »), of any kind:
    a sentence of the page's own text (not an element's name) that says more of the question's own words
    (or the lexicon's words for them) than the best element's label does (``best_label``, its lexical
    score). While a dialog is open, the dialog comes first."""
    if not patterns.question(goal) or any(e.modal for e in usable(page)):
        return None
    own = patterns.specific_terms(goal)
    if not own:
        return None
    names = {normalize(e.label).strip() for e in page.elements}
    best: tuple[float, str] = (0.0, "")
    for sentence in _SENTENCE.split(page.text):
        # an element's name, or a line that offers to do something (« Estimer le montant … »): no answer
        offer = patterns.starts_with_verb(sentence) and not _STATEMENT.search(sentence)
        if len(sentence) < 15 or offer or normalize(sentence).strip() in names:
            continue
        said = set(patterns.terms(sentence)) | set(patterns.lay_terms(sentence))
        share = sum(_covered(t, said) for t in own) / len(own)
        if share > best[0]:
            best = (share, sentence)
    if best[0] < STATED or best[0] - best_label < AHEAD:
        return None
    return _quote(best[1])
