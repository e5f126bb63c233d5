"""What a form's markup says of which fields apply, read from the HTML (see :mod:`html`).

* A question answered by radio buttons, followed by as many blocks of fields (two or more each) as it has
  answers: the i-th block is for the i-th answer (« Avec son numéro d'électeur » / « Avec son état civil »).
  A static page shows every block at once; once an answer is chosen, the other answers' blocks do not apply.
* « Sauf mention contraire, tous les champs sont obligatoires »: where no field is marked required
  otherwise, every field not said optional (« facultatif ») is required.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from communs.apps.guide.snapshot import Element
from communs.documents.html import attribute
from communs.search.analysis import normalize

_FIELDS = ("input", "select", "textarea")
_NOT_FIELDS = frozenset({"radio", "hidden", "submit", "button", "reset", "image"})
_BLOCKS = frozenset({"div", "section"})
_ALL_REQUIRED = re.compile(r"\btous les champs (?:sont|du formulaire sont) obligatoires\b")
_OPTIONAL = re.compile(r"\bfacultati\w*|\boptionnel\w*")


def branches(soup: BeautifulSoup) -> dict[int, str]:
    """The fields shown for one answer of a radio question: node id → the answer's element id."""
    found: dict[int, str] = {}
    for fieldset in soup.find_all("fieldset"):
        radios = fieldset.find_all("input", attrs={"type": "radio"})
        if len(radios) < 2 or len({attribute(r, "name") for r in radios}) != 1 or not all(r.get("id") for r in radios):
            continue
        blocks: list[list[Tag]] = []
        sibling = fieldset.find_next_sibling(True)
        while sibling is not None and sibling.name in _BLOCKS and len(blocks) < len(radios):
            fields = [n for n in sibling.find_all(_FIELDS) if attribute(n, "type").lower() not in _NOT_FIELDS]
            if len(fields) < 2:  # one field after a question is the next question, not a block of its answer
                break
            blocks.append(fields)
            sibling = sibling.find_next_sibling(True)
        if len(blocks) != len(radios):
            continue
        for radio, fields in zip(radios, blocks):
            for field in fields:
                found[id(field)] = attribute(radio, "id")
    return found


def all_required(text: str, elements: list[Element]) -> list[Element]:
    """The elements, with every field required where the page says all are and marks no box itself."""
    fields = [e for e in elements if e.kind in ("field", "select", "checkbox", "radio", "file")]
    # a box to type in or a list marked required: the page marks them itself (a radio's ``required`` is the
    # browser's check of its group)
    if not _ALL_REQUIRED.search(normalize(text)) or any(e.required and e.kind in ("field", "select") for e in fields):
        return elements
    chosen = {e.id for e in fields if not _OPTIONAL.search(normalize(f"{e.label} {e.hint} {e.context}"))}
    return [e.model_copy(update={"required": True}) if e.id in chosen else e for e in elements]
