"""Whether a question is about the AI Act: questions on a neighbouring law (data protection, tax, the employment
contract) that do not speak of AI at all are outside it, however close their wording is to the Act's (fines,
software, developers). The best passage's similarity alone cannot tell them apart: an e5 cosine of 0.82-0.83
covers both « quelle amende pour mon bandeau cookies ? » and « les amendes sont-elles les mêmes pour une PME ? »."""

from __future__ import annotations

import re

from communs.apps.aiact.glossary import fold

# what the AI Act governs: AI itself, its techniques and products, and the Act by name
_AI = re.compile(
    r"(?<!\w)(?:ia|ai|i\.a\.|intelligence artificielle|artificial intelligence|algorithm\w*|automatis\w*|"
    r"automated|modeles?|models?|chatbots?|robots?|bots?|machine learning|apprentissage automatique|"
    r"deep ?learning|reseaux? de neurones|neural|biometri\w*|reconnaissance (?:faciale|des visages|des emotions)|"
    r"(?:facial|emotion) recognition|deep ?fakes?|hypertrucages?|chatgpt|gpt|mistral|copilot|llms?|"
    r"reglement|regulation|ai act|cette loi|this act|the act)(?!\w)"
)
# neighbouring laws the Act does not govern: data protection and cookies, tax, the employment contract
_OTHER_LAW = re.compile(
    r"(?<!\w)(?:rgpd|gdpr|cookies?|cnil|impots?|impot sur le revenu|fiscal\w*|tva|vat|taxes?|income tax|"
    r"cdi|cdd|preavis|demission\w*|demissionner|conges payes|rupture conventionnelle|notice period|resign\w*)(?!\w)"
)


def names_another_law(question: str) -> bool:
    """The question is about a neighbouring law and never speaks of AI or of the Act."""
    text = fold(question)
    return bool(_OTHER_LAW.search(text)) and not _AI.search(text)
