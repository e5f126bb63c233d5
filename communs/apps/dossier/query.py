"""What a question on a dossier asks for, for the search (ask.py).

* its **kind of answer** when the words say it (an amount, an hour, a date, a plate, a phone number, words
  spoken, a person): a passage holding something of that kind (``1 250 euros``, ``22h40``, ``FG-482-KL``,
  a quotation) is what answers, so the search gives it a bonus, and an answer of the wrong kind (a bare
  name to "quel est le groupe sanguin") is not believed;
* its **terms**, widened to the dossier's own vocabulary: a stem that the stemmer cut differently in the
  dossier (``avis`` / ``avison``, ``prononc`` / ``prononce``) and a few words of criminal procedure that
  the pieces say otherwise (the *suspect* is the *mis en cause*, the *gardé à vue*; the *argent* is in
  *euros*, *espèces*). Widened terms weigh less than the question's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.dossier.items import AMOUNT, PHONE, PLATE
from communs.nlp.dates import DATE_RE, NUMERIC_DATE_RE, TIME_RE
from communs.search.analysis import analyze, normalize, query_terms

# question words that say nothing of the subject
GENERIC = set(analyze("quel quelle quels quelles qui quoi comment pourquoi combien dossier pièce page selon lui elle"))
QUOTE = re.compile(r"«[^»]{4,}»|\"[^\"]{4,}\"|“[^”]{4,}”")
NAME = re.compile(
    r"\b(?:M\.|Mme|Mlle|Me|Maître|[A-ZÉÈ][a-zéèëïîç]+)\s+[A-ZÉÈ][A-ZÉÈËÏ-]{2,}\b|\b[A-ZÉÈ]{3,}\s+[A-ZÉÈ][a-zé]+"
)
PERSON_NOUNS = "nom|avocat|magistrat|juge|procureur|temoin|enqueteur|officier|medecin|auteur|victime|proprietaire"
# (kind, question pattern (on accent-free lower-case text), what in a passage answers it)
KINDS: list[tuple[str, re.Pattern, list[re.Pattern]]] = [
    ("montant", re.compile(r"\b(?:somme|montant|combien d'argent|prix|argent)\b|\bcombien\b.*\beuros?\b"), [AMOUNT]),
    ("heure", re.compile(r"\ba quelle heure\b|\bheure\b"), [TIME_RE]),
    ("date", re.compile(r"\bquand\b|\bquel(?:le)? (?:jour|date)\b"), [DATE_RE, NUMERIC_DATE_RE]),
    ("plaque", re.compile(r"immatricul|\bplaque\b"), [PLATE]),
    ("telephone", re.compile(r"numero (?:de )?(?:telephone|portable|ligne)"), [PHONE]),
    ("paroles", re.compile(r"\b(?:paroles?|propos|prononce\w*|crie\w*|dit)\b"), [QUOTE]),
    (
        "personne",
        re.compile(
            rf"^\s*(?:par |a |de |avec )?qui\b|\bquel(?:le)?s? (?:est |sont )?(?:le |la |les )?"
            rf"(?:{PERSON_NOUNS})s?\b"
        ),
        [NAME],
    ),
]
# Words of criminal procedure a question uses for what the pieces name otherwise (accent-free, lower case).
THESAURUS = {
    "suspect": "mis en cause gardé à vue interpellé auteur",
    "agresseur": "auteur individu suspect",
    "argent": "euros espèces somme billets",
    "magistrat": "procureur substitut juge",
    "paroles": "dit propos crié",
    "blessures": "lésions hématome contusion plaie tuméfaction",
    "victime": "plaignant plaignante",
    "avocat": "maître conseil",
    "condamnations": "peine jugement",
    "voiture": "véhicule",
    "telephone": "ligne portable",
}
# kinds whose answer has a fixed form: an answer without it (no hour to "à quelle heure") is not believed
STRICT_KINDS = ("montant", "heure", "date", "plaque", "telephone")
WIDENED = 0.6  # weight of a widened term (the question's own weigh 1)


@dataclass
class Query:
    text: str
    terms: list[str]  # the question's own terms, generic words left out
    weights: dict[str, float] = field(default_factory=dict)  # own and widened terms, their weight
    kinds: list[str] = field(default_factory=list)
    variants: dict[str, set[str]] = field(default_factory=dict)  # own term: itself and its widened forms
    rarity: dict[str, float] = field(default_factory=dict)  # own term: its IDF in the dossier searched

    def answers(self, passage: str) -> bool:
        """Whether the passage holds something of the kind of answer asked for (no kind: False)."""
        return any(p.search(passage) for kind, _, patterns in KINDS if kind in self.kinds for p in patterns)

    def fits(self, answer: str) -> bool:
        """Whether an answer has the form its question asks for (an hour, an amount...), when it has one."""
        strict = [k for k in self.kinds if k in STRICT_KINDS]
        return not strict or any(p.search(answer) for kind, _, patterns in KINDS if kind in strict for p in patterns)


def kinds_of(question: str) -> list[str]:
    folded = normalize(question)
    return [kind for kind, pattern, _ in KINDS if pattern.search(folded)]


def analyse_question(question: str, vocabulary: set[str] | None = None) -> Query:
    """The question's terms (and their widened forms within ``vocabulary``, the dossier's terms) and kinds."""
    terms = [t for t in query_terms(question) if t not in GENERIC]
    variants = {t: {t} for t in terms}
    for word in re.findall(r"[\w'-]+", normalize(question)):
        own = analyze(word)
        if word in THESAURUS and own and own[0] in variants:
            variants[own[0]].update(t for t in analyze(THESAURUS[word]) if len(t) >= 3)
    for term in terms if vocabulary else []:
        if vocabulary and len(term) >= 4 and not any(c.isdigit() for c in term):
            variants[term].update(v for v in vocabulary if len(v) >= 4 and (v.startswith(term) or term.startswith(v)))
    weights = dict.fromkeys(terms, 1.0)
    for forms in variants.values():
        for form in forms:
            weights.setdefault(form, WIDENED)
    return Query(question, terms, weights, kinds_of(question), variants)
