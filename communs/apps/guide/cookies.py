"""Cookie banners: the buttons that accept or refuse, and the one to click first (refusing where one can,
accepting or opening the settings where the goal asks so)."""

from __future__ import annotations

import re

from communs.apps.guide.snapshot import Element, HistoryItem, Page
from communs.search.analysis import normalize

_COOKIE_CONTEXT = re.compile(r"cookie|traceur|consentement|confidentialite|vie privee|tarteaucitron|rgpd")
_COOKIE_ACCEPT = re.compile(r"^(?:tout )?accepter(?: (?:tout|tous les cookies|les cookies))?$|^j'accepte$|^ok$")
_COOKIE_REFUSE = re.compile(
    r"^(?:tout )?refuser(?: (?:tout|tous les cookies|les cookies))?$|^je refuse$|^continuer sans accepter$|"
    r"^(?:tout )?rejeter(?: tout)?$|^non merci$|^je (?:ne )?(?:veux|souhaite) pas$"
)
MAX_BANNER_TEXT = 4000


def _said_before(page: Page, label: str, chars: int = 600) -> str:
    """The page's text just before an element's label (the banner's sentence above its buttons)."""
    text = normalize(page.text[:MAX_BANNER_TEXT])
    at = text.find(normalize(label)) if label else -1
    return text[max(0, at - chars) : at] if at >= 0 else ""


def is_cookie_choice(element: Element, page: Page) -> str | None:
    """'refuse' or 'accept' for a button of a cookie banner, else None."""
    if element.kind not in ("button", "link") or not element.visible:
        return None
    label = normalize(element.label).strip(" .!")
    kind = "refuse" if _COOKIE_REFUSE.match(label) else "accept" if _COOKIE_ACCEPT.match(label) else None
    if kind is None:
        return None
    around = normalize(f"{element.context} {element.label}")
    if _COOKIE_CONTEXT.search(around) or _COOKIE_CONTEXT.search(_said_before(page, element.label)):
        return kind
    if not element.context and _COOKIE_CONTEXT.search(normalize(page.text[:1500])):
        return kind
    return None


_COOKIE_GOAL = re.compile(r"\bcookies?\b|\btraceurs?\b")
_COOKIE_SETTINGS = re.compile(r"\b(?:choisi|parametr|personnalis|regl|gere|gerer|prefer|choose|setting|custom)\w*")
_COOKIE_YES = re.compile(r"\b(?:ok|okay|d'accord|accept\w*|j'accepte|oui|yes|volontiers)\b")
_COOKIE_NO = re.compile(r"\b(?:pas|no|non|sans|refus\w*|aucun|rien|que les)\b")
_SETTINGS_LABEL = re.compile(r"\b(?:param|personnalis|choisi|gere|gerer|prefer|detail|reglages?)\w*")


def _cookie_wish(goal: str) -> str | None:
    """What a goal says of cookies: 'settings' (« je veux choisir moi-même »), 'accept' (« ok pour les
    cookies »), else None (refusing is the default)."""
    said = normalize(goal)
    if not _COOKIE_GOAL.search(said):
        return None
    if _COOKIE_SETTINGS.search(said):
        return "settings"
    return "accept" if _COOKIE_YES.search(said) and not _COOKIE_NO.search(said) else None


def cookie_choice(page: Page, history: list[HistoryItem], goal: str = "") -> Element | None:
    """The button that dismisses the page's cookie banner (refusing where one can, accepting or opening the
    settings where the goal asks so), unless already done, or unless the banner leaves the page usable: a bar
    after the page's content, with no veil over the page (one reads the page and the form above it; the bar
    can wait)."""
    choices = [(kind, e) for e in page.elements if (kind := is_cookie_choice(e, page))]
    if not choices:
        return None
    clicked = {h.element_id for h in history}
    if any(e.id in clicked for _, e in choices):
        return None
    banner = {e.id for _, e in choices}
    first = next((i for i, e in enumerate(page.elements) if e.id in banner), 0)
    content = [e for e in page.elements[:first] if e.visible and not e.disabled and e.context not in _contexts(choices)]
    if content and not any(e.modal for _, e in choices):
        return None
    wish = _cookie_wish(goal)
    if wish == "settings":
        around = _contexts(choices)
        found = next(
            (
                e
                for e in page.elements
                if e.context in around
                and e.kind in ("button", "link")
                and e.visible
                and not e.disabled
                and _SETTINGS_LABEL.search(normalize(e.label))
            ),
            None,
        )
        if found is not None:
            return found
    wanted = "accept" if wish == "accept" else "refuse"
    return next((e for kind, e in choices if kind == wanted), choices[0][1])


def _contexts(choices: list[tuple[str, Element]]) -> set[str]:
    return {e.context for _, e in choices}
