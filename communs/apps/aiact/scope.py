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


# who owns the rights to a work made with AI is copyright law (national law, Directive 2001/29/EC), which the Act
# leaves alone; the Act's copyright provisions are duties of general-purpose model providers (Art. 53(1)(c)-(d):
# a copyright policy, a summary of the training content), so a question on those stays in
_COPYRIGHT = re.compile(
    r"(?<!\w)(?:droits? d'auteur|propriete intellectuelle|copyright\w*|intellectual property)(?!\w)"
)
_OWNING = re.compile(
    r"(?<!\w)(?:proprietaire|titulaire|tous les droits|appartien\w*|j'ai (?:\w+ )?(?:les )?droits|owns?|owner\w*|"
    r"belongs?|(?:mon|ma|mes|my) (?:roman|livre|oeuvre|chanson|tableau|texte|novel|book|work|song|painting|text)s?)"
    r"(?!\w)"
)
_PROVIDER_DUTY = re.compile(
    r"(?<!\w)(?:fournisseurs?|providers?|entraine\w*|entrainement|training|trained|usage general|general[- ]purpose|"
    r"politique|policy|resume|summary|fouille|text and data mining|opt[- ]out)(?!\w)"
)


def names_another_law(question: str) -> bool:
    """The question is about a neighbouring law and never speaks of AI or of the Act, or it asks who owns the
    copyright in a work (made with AI or not) and not what a model's provider must do about copyright."""
    text = fold(question)
    if _COPYRIGHT.search(text) and _OWNING.search(text) and not _PROVIDER_DUTY.search(text):
        return True
    return bool(_OTHER_LAW.search(text)) and not _AI.search(text)
