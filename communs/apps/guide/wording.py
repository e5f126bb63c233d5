"""The words of a step: a short plain-French sentence per kind of element, and the check that a
model's sentence names the element it points to."""

from __future__ import annotations

import re

from communs.apps.guide.rank import Candidate
from communs.apps.guide.snapshot import Element
from communs.search.analysis import normalize

MAX_LABEL = 60


def short(label: str) -> str:
    label = " ".join(label.split()).rstrip(" :*")
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rsplit(" ", 1)[0] + "…"


def _where(element: Element) -> str:
    return f" {element.zone}" if element.zone else ""


def instruction(candidate: Candidate, value_hint: str | None = None) -> str:
    """« Cliquez sur le bouton « Suivant » en bas à droite. » and the like."""
    element = candidate.element
    label = short(element.label) or "sans nom"
    where = _where(element)
    kind = element.kind
    if kind in ("link", "button"):  # named as it looks: a link drawn as a button is a button to the eye
        name = f"{'le lien' if (element.looks or kind) == 'link' else 'le bouton'} « {label} »"
        if candidate.action == "scroll":
            return f"Faites défiler la page vers le bas jusqu'à {name}, puis cliquez dessus."
        return f"Cliquez sur {name}{where}."
    if kind == "file":
        return f"Cliquez sur « {label} »{where} et choisissez le fichier à joindre."
    if kind == "checkbox":
        return f"Cochez la case « {label} »{where}."
    if kind == "radio":
        if candidate.undecided and element.context:  # the goal does not say which: the person answers
            question = short(element.context)
            return f"Répondez à la question « {question} »{where} : choisissez la réponse qui vous correspond."
        group = f" pour « {short(element.context)} »" if element.context else ""
        return f"Choisissez « {label} »{group}{where}."
    if kind == "select":
        if candidate.option:
            return f"Dans la liste « {label} »{where}, choisissez « {short(candidate.option)} »."
        return f"Choisissez votre réponse dans la liste « {label} »{where}."
    if element.sensitive:
        return f"Saisissez vous-même le champ « {label} »{where} : Albertine ne voit pas ce que vous tapez."
    if value_hint:
        return f"Tapez « {short(value_hint)} » dans le champ « {label} »{where}."
    return f"Remplissez le champ « {label} »{where}."


def explanation(candidate: Candidate) -> str:
    element = candidate.element
    parts = []
    if element.hint:
        parts.append(f"Aide du site : {short(element.hint)}.")
    if element.required and element.kind in ("field", "select", "checkbox", "file"):
        parts.append("Ce champ est obligatoire.")
    if any("bouton d'envoi" in r for r in candidate.reasons):
        parts.append("Les champs obligatoires sont remplis : vous pouvez passer à la suite.")
    return " ".join(parts) or "C'est l'élément de la page le plus proche de ce que vous voulez faire."


def mentions(sentence: str, label: str) -> bool:
    """Does the sentence name the element? Its label, or most of the label's words, must be in it."""
    said, name = normalize(sentence), normalize(short(label)).rstrip("…")
    if not name.strip():
        return True
    if name in said:
        return True
    words = [w for w in name.replace("«", " ").replace("»", " ").split() if len(w) > 2]
    return bool(words) and sum(w in said for w in words) / len(words) >= 0.6


def guillemets(sentence: str, label: str) -> str:
    """French quotes around the element's name where the model used others ('Suivant', "Suivant")."""
    name = re.escape(short(label).rstrip("…"))
    return re.sub(rf"[\'\"“‘]({name}[^\'\"”’]*)[\'\"”’]", r"« \1 »", sentence, count=1)
