"""What Albertine sees of a page: its title, headings, some visible text and its interactive elements.

A snapshot is built in the browser (the extension's content script) or from an HTML file
(:mod:`communs.apps.guide.html`). It never carries what the user typed in a password or other
sensitive field: :func:`Page.sanitized` drops such values again on the server, whatever the client sent.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from communs.errors import InvalidRequestError
from communs.search.analysis import normalize

MAX_ELEMENTS = 400
MAX_TEXT = 4000
MAX_HISTORY = 50
Action = Literal["click", "type", "select", "scroll", "read", "done"]
ACTIONS: tuple[str, ...] = ("click", "type", "select", "scroll", "read", "done")

# Fields whose content is nobody else's business: their value never leaves the browser.
SENSITIVE_TYPES = frozenset({"password"})
_SENSITIVE_LABEL = re.compile(
    r"mot de passe|password|code (secret|confidentiel|pin)|\bpin\b|cryptogramme|\bcvv\b|\bcvc\b|numero de carte|"
    r"carte bancaire|\biban\b|\bbic\b|securite sociale|\bnir\b|numero fiscal|identifiant fiscal|\bspi\b"
)
PROGRESS = re.compile(r"\b[ÉEée]tape\s+\d+\s*(?:sur|/)\s*\d+", re.IGNORECASE)  # « Étape 2 sur 4 »
TEXT_INPUT_TYPES = frozenset(
    {"text", "search", "email", "tel", "url", "number", "date", "password", "textarea", "month", "week", "time"}
)


class Element(BaseModel):
    """One interactive element of the page, as the user can see it."""

    id: str = Field(min_length=1, max_length=200)
    tag: str = Field(max_length=40)
    role: str = Field(default="", max_length=40)
    label: str = Field(default="", max_length=300)
    type: str = Field(default="", max_length=40)
    value: str | None = Field(default=None, max_length=300)
    visible: bool = True
    filled: bool = False  # a field that holds a value (the value itself may be withheld)
    prefilled: bool = False  # its value or check mark comes from the page (value=, selected, checked), not the user
    checked: bool | None = None
    required: bool = False
    disabled: bool = False
    hint: str = Field(default="", max_length=300)  # the help text under a label ("Format : jj/mm/aaaa")
    context: str = Field(default="", max_length=200)  # the group it sits in: legend, dialog or region name
    options: list[str] = Field(default_factory=list, max_length=100)
    zone: str = Field(default="", max_length=40)  # where it is on screen, in words ("en haut à droite")
    looks: Literal["", "button", "link"] = ""  # what it looks like when it is not what it is (a link drawn as a button)
    current: bool = False  # aria-current: the link to the page or step the user is on
    modal: bool = False  # inside the open modal dialog: while it is open, the rest of the page is inert
    form: str = Field(default="", max_length=40)  # the form it belongs to ("form-0"): its fields go in page order
    group: str = Field(default="", max_length=200)  # a radio button's group (its name): one choice per group
    below: bool = False  # far below what the person sees (two screens down): they scroll to reach it
    branch: str = Field(default="", max_length=200)  # the radio button whose answer this field is for (its id)

    @property
    def kind(self) -> str:
        """link, button, checkbox, radio, select, field (a box to type in), file (a file to attach) or other."""
        role, tag, type_ = self.role.lower(), self.tag.lower(), self.type.lower()
        if tag == "input" and type_ == "file":
            return "file"
        if role in ("checkbox", "switch") or type_ == "checkbox":
            return "checkbox"
        if role == "radio" or type_ == "radio":
            return "radio"
        if tag == "select" or role in ("combobox", "listbox"):
            return "select"
        if tag == "textarea" or role in ("textbox", "searchbox") or (tag == "input" and type_ in TEXT_INPUT_TYPES):
            return "field"
        if role == "link" or tag == "a":
            return "link"
        if role in ("button", "tab", "menuitem") or tag in ("button", "summary") or type_ in ("submit", "button"):
            return "button"
        return "other"

    @property
    def sensitive(self) -> bool:
        if self.kind != "field":
            return False
        return self.type.lower() in SENSITIVE_TYPES or bool(_SENSITIVE_LABEL.search(normalize(self.label)))

    @property
    def done(self) -> bool:
        """A field already filled, a box already ticked."""
        return bool(self.filled or self.checked)


class Page(BaseModel):
    url: str = Field(default="", max_length=2000)
    title: str = Field(default="", max_length=300)
    headings: list[str] = Field(default_factory=list, max_length=100)
    text: str = Field(default="", max_length=20_000)
    notices: list[str] = Field(default_factory=list, max_length=10)  # what the page announces (role=status/alert)
    progress: str = Field(default="", max_length=60)  # where a multi-step form stands: « Étape 2 sur 4 »
    elements: list[Element] = Field(default_factory=list)

    @field_validator("headings")
    @classmethod
    def _short_headings(cls, value: list[str]) -> list[str]:
        return [h[:200] for h in value]

    def sanitized(self) -> Page:
        """The same page with no value of a sensitive field, checked for size and unique ids."""
        if len(self.elements) > MAX_ELEMENTS:
            raise InvalidRequestError(
                f"the page has {len(self.elements)} interactive elements; at most {MAX_ELEMENTS} are accepted "
                "(send the visible ones first)",
                code="too_many_elements",
                param="page.elements",
            )
        seen: set[str] = set()
        for element in self.elements:
            if element.id in seen:
                raise InvalidRequestError(
                    f"two elements share the id {element.id!r}: ids must be unique", param="page.elements"
                )
            seen.add(element.id)
        elements = [
            e.model_copy(update={"value": None, "filled": e.filled or bool(e.value)}) if e.sensitive else e
            for e in self.elements
        ]
        return self.model_copy(update={"elements": elements, "text": self.text[:MAX_TEXT]})

    def with_filled(self, ids: set[str] | list[str]) -> Page:
        """The page as it looks once the user has filled these fields or ticked these boxes."""
        chosen = set(ids)

        def fill(element: Element) -> Element:
            if element.id not in chosen:
                return element
            if element.kind in ("checkbox", "radio"):
                return element.model_copy(update={"checked": True, "prefilled": False})
            return element.model_copy(
                update={"filled": True, "value": None, "prefilled": False}
            )  # the user's value: not known

        return self.model_copy(update={"elements": [fill(e) for e in self.elements]})

    def step_of(self) -> str:
        """« Étape 2 sur 4 »: the progress the page shows, or what its title or text says."""
        found = PROGRESS.search(self.progress or f"{self.title} {self.text[:MAX_TEXT]}")
        return " ".join(found.group(0).split()) if found else ""

    def element(self, ident: str | None) -> Element | None:
        return next((e for e in self.elements if e.id == ident), None) if ident else None


class HistoryItem(BaseModel):
    """A step already done: on this page (same url, or no url given) it tells what not to repeat."""

    element_id: str | None = Field(default=None, max_length=200)
    action: Action = "click"
    label: str = Field(default="", max_length=300)
    instruction: str = Field(default="", max_length=500)
    url: str = Field(default="", max_length=2000)


class Step(BaseModel):
    instruction: str
    element_id: str | None
    label: str = ""  # the element's label, as the page shows it
    action: Action
    value_hint: str | None = None
    explanation: str = ""
    confidence: float = Field(ge=0.0, le=1.0)
    source: Literal["rule", "model"] = "rule"
    candidates: list[str] = Field(default_factory=list)  # the ids the rules ranked first, best first

    def as_history(self, url: str = "") -> HistoryItem:
        return HistoryItem(
            element_id=self.element_id, action=self.action, label=self.label, instruction=self.instruction, url=url
        )


def check_goal(goal: str) -> str:
    goal = " ".join(goal.split())
    if not goal:
        raise InvalidRequestError("say what you want to do: the goal is empty", param="goal")
    if len(goal) > 500:
        raise InvalidRequestError("the goal is over 500 characters: say it in one sentence", param="goal")
    return goal


def check_history(history: list[HistoryItem]) -> list[HistoryItem]:
    if len(history) > MAX_HISTORY:
        return history[-MAX_HISTORY:]
    return history
