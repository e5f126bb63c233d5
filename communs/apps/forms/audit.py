"""L'IANE: audit an administrative form field by field, with rules that say why and what to write instead.

Kinds: jargon, long_label, double_negation, ambiguous, asks_known_info ("dites-le-nous une fois"),
wrong_type, passive_voice, acronym_unexplained. A clean field gets no issue: each rule is narrow,
because a false alarm costs an agent's trust as much as a miss.

Form score = 100 × (1 − weighted issues / (2 × fields)), clipped to 0–100, with weights
asks_known_info 2, double_negation 2, wrong_type 1.5, jargon 1.5, ambiguous 1, long_label 1,
acronym_unexplained 1, passive_voice 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.forms.model import Form, FormField
from communs.clarity import detectors
from communs.clarity.lexicon import acronyms, jargon_index
from communs.clarity.text import count_words, fold

WEIGHTS = {
    "asks_known_info": 2.0,
    "double_negation": 2.0,
    "wrong_type": 1.5,
    "jargon": 1.5,
    "ambiguous": 1.0,
    "long_label": 1.0,
    "acronym_unexplained": 1.0,
    "passive_voice": 1.0,
}
LONG_WORDS, LONG_CHARS = 15, 100
# Labels that say too little on their own: which date? which amount, per what period? which address?
GENERIC = {
    "date",
    "montant",
    "adresse",
    "revenu",
    "revenus",
    "numero",
    "somme",
    "periode",
    "duree",
    "lieu",
    "reference",
    "identifiant",
    "situation",
    "ressources",
    "nom",
    "code",
    "total",
    "valeur",
    "type",
    "categorie",
    "statut",
    "motif",
    "observations",
    "montant total",
    "nombre",
    "document",
    "documents",
    "fichier",
    "piece",
    "pieces",
    "piece jointe",
    "justificatif",
}
# "Votre nom", "Votre adresse": the user's own, so clear enough.
OWN = re.compile(r"^(votre|vos) (nom|prenom|prenoms|adresse|telephone|adresse e-mail|e-mail|courriel)$")
QUALIFIED = re.compile(
    r"(\b(de|du|des|d'|en|par|pour|au|a la|annuel|annuelle|mensuel|mensuelle|net|nette|brut|brute|"
    r"naissance|domicile|euros?|\d{4}|e-mail|mail|electronique|postale?|courriel|fiscale?|allocataire|dossier|"
    r"telephone|mobile|portable|fixe|client|contrat|facture|passeport|permis|immatriculation|carte|siret|siren|"
    r"actuelle?|principale?|habituelle?)\b|€)"
)
# A label about someone else ("Nom du bailleur") or another value ("Nouvelle adresse") is not known information.
OTHER_PERSON = re.compile(
    r"\b(bailleur|pere|mere|employeur|enfants?|conjointe?|proprietaire|tuteur|tutrice|representant|"
    r"medecin|ecole|association|entreprise|societe|destinataire|payeur|parents?|epoux|epouse|"
    r"partenaire|mandataire|defunte?|heritiers?|temoin|victime|locataire|vendeur|acheteur|"
    r"nouvelle|nouveau|future?|precedente?|ancienne?|autre|secondaire|eleves?|etudiante?|college|lycee|"
    r"etablissement|decedee?|personne|syndic|notaire|avocate?|titulaire)\b"
)
# What a service knows once the user is identified (FranceConnect's pivot identity), and synonyms to spot it.
IDENTITY = {"nom", "prenom", "date de naissance", "lieu de naissance", "sexe"}
# ...and what other administrations already hold about an identified user ("dites-le-nous une fois"): the tax
# office's figures and the social security number, available to services through API Particulier.
HELD_ELSEWHERE = {"numero fiscal", "revenu fiscal de reference", "avis d'imposition", "nir"}
SYNONYMS = {
    "nom": ["nom de naissance", "nom de famille", "nom d'usage", "nom"],
    "prenom": ["prenom", "prenoms"],
    "date de naissance": ["date de naissance", "ne le", "nee le", "ne(e) le"],
    "lieu de naissance": ["lieu de naissance", "commune de naissance", "ville de naissance", "ne a", "nee a"],
    "sexe": ["sexe", "genre"],
    "adresse": ["adresse postale", "adresse du domicile", "adresse de domicile", "domicile", "adresse"],
    "numero fiscal": ["numero fiscal", "numero d'identification fiscale", "spi", "nif"],
    "revenu fiscal de reference": ["revenu fiscal de reference", "rfr"],
    "quotient familial": ["quotient familial", "qf"],
    "avis d'imposition": ["avis d'imposition", "avis d'impot", "avis de non-imposition"],
    "nir": ["numero de securite sociale", "nir", "numero d'inscription au repertoire", "n° de securite sociale"],
    "numero allocataire": ["numero allocataire", "numero d'allocataire"],
    "email": ["courriel", "adresse electronique", "adresse e-mail", "adresse email", "e-mail", "email", "adresse mail"],
    "telephone": ["telephone", "numero de telephone", "portable"],
}
DATE_WORDS = re.compile(r"\b(date|ne le|nee le|jj/mm/aaaa|jour/mois/annee)\b")
YES_NO = re.compile(
    r"^(etes|avez|est-ce|possedez|beneficiez|souhaitez|percevez|vivez|travaillez|etiez|avez-vous|"
    r"etes-vous|est-il|est-elle|y a-t-il)\b|\?\s*$|\(oui/non\)|oui ou non"
)
AMOUNT_WORDS = re.compile(r"\b(montant|somme|salaire|loyer|revenus?|ressources|prix|cout|€|euros?)\b")
EMAIL_WORDS = re.compile(r"\b(courriel|e-mail|email|adresse electronique|adresse mail)\b")
UNIT = re.compile(r"\ben (km|kilometres?|metres? carres|m2|m²|kg|heures?|jours?|mois|annees?|euros?)\b|\(€\)")
# Glossary terms explained in letters, but that citizens know from everyday forms: not flagged in a label.
EVERYDAY = frozenset(
    fold(term)
    for term in (
        "relevé d'identité bancaire",
        "médecin traitant",
        "établissement scolaire",
        "prise en charge",
        "médiateur",
        "plaque d'immatriculation",
        "bulletin de salaire",
        "bulletins de salaire",
        "attestation sur l'honneur",
        "déclaration sur l'honneur",
        "pension alimentaire",
        "résidence alternée",
    )
)
PHONE_WORDS = re.compile(r"\b(telephone|portable|numero de mobile)\b")


@dataclass
class FieldIssue:
    kind: str
    message: str
    suggestion: str


@dataclass
class FieldReport:
    name: str
    label: str
    issues: list[FieldIssue] = field(default_factory=list)
    suggested_label: str | None = None


@dataclass
class FormAudit:
    title: str
    score: int
    fields: list[FieldReport]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for report in self.fields:
            for issue in report.issues:
                out[issue.kind] = out.get(issue.kind, 0) + 1
        return out


def _concept(text: str) -> str | None:
    """The known-information concept a label asks for, if any: the longest synonym found wins
    ("Adresse e-mail" is an e-mail, not an address)."""
    folded = fold(text)
    found = [
        (len(word), concept)
        for concept, words in SYNONYMS.items()
        for word in words
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", folded)
    ]
    return max(found)[1] if found else None


def _known(form: Form) -> set[str]:
    """Concepts the service knows; an item qualified by the context ("ancienne adresse") stays as written,
    so that it does not make every address known."""
    context = form.context
    if context is None:
        return set()
    folded = [fold(item) for item in context.known]
    known = {item if OTHER_PERSON.search(item) else _concept(item) or item for item in folded}
    if context.identified_by:
        known |= IDENTITY | HELD_ELSEWHERE
    return known


def _asks_known(f: FormField, folded: str, known: set[str]) -> bool:
    if f.type in ("checkbox", "radio"):  # a consent or a choice, not a value to type again
        return False
    if any(OTHER_PERSON.search(item) and re.search(rf"(?<![\w]){re.escape(item)}(?![\w])", folded) for item in known):
        return True  # the label names an item of the context as written ("Ancienne adresse")
    spelt = " ".join([f.label, *(acronyms().get(a, "") for a in re.findall(r"\b[A-Z]{2,}\b", f.label))])
    concept = _concept(spelt)
    if f.type == "date" and concept != "date de naissance":  # "Depuis quand vivez-vous à cette adresse ?"
        return False
    return bool(concept and concept in known and not OTHER_PERSON.search(folded))


def _help_explains(help_text: str) -> bool:
    """Whether a field's help explains its label by examples ("Par exemple : facture d'électricité…"): a
    citizen then knows what to give, even if the label keeps an administrative word."""
    return bool(re.match(r"^(par exemple|ex\b|exemples?\b)", fold(help_text).strip()))


def check_field(f: FormField, known: set[str]) -> list[FieldIssue]:
    label = f.label.strip() or f.name
    folded = fold(label).strip(" :*?")
    issues: list[FieldIssue] = []
    for match in jargon_index().find(label):
        term = label[match.start : match.end]
        # an acronym has its own check; a connector ("afin que") is style, not a term the user must understand
        if term.isupper() or match.entry.category == "connecteur" or fold(term) in EVERYDAY or _help_explains(f.help):
            continue
        issues.append(FieldIssue("jargon", f"« {term} » est un terme administratif.", match.entry.plain))
        break
    if count_words(label) > LONG_WORDS or len(label) > LONG_CHARS:
        issues.append(
            FieldIssue(
                "long_label",
                f"Libellé de {count_words(label)} mots : trop long à lire.",
                "Gardez l'essentiel dans le libellé (moins de 10 mots) et mettez le reste dans l'aide.",
            )
        )
    if detectors.double_negations(label):
        issues.append(
            FieldIssue(
                "double_negation",
                "Double négation : difficile à comprendre.",
                "Formulez la consigne à la forme positive (« Cochez si vous êtes … »).",
            )
        )
    bare = re.sub(r"^(votre|vos|le|la|les|l'|un|une)\s*", "", folded).strip()
    named = re.search(r"\b[A-Z]{2,}\b", label)  # "Numéro CAF" says which number
    if not OWN.match(folded) and (
        bare in GENERIC
        or (bare.split(" ")[0] in GENERIC and len(bare.split()) <= 2 and not QUALIFIED.search(bare) and not named)
    ):
        issues.append(
            FieldIssue(
                "ambiguous",
                f"« {label} » ne dit pas de quoi il s'agit exactement.",
                "Précisez : quelle date, quel montant (par mois ? par an ?), quelle adresse…",
            )
        )
    # a vague label ("Nom") may not be the user's; a field that should not be asked needs no better label
    if not any(i.kind == "ambiguous" for i in issues) and _asks_known(f, folded, known):
        issues = [i for i in issues if i.kind != "jargon"]
        issues.append(
            FieldIssue(
                "asks_known_info",
                "L'administration connaît déjà cette information.",
                "Ne la demandez pas : reprenez-la des données déjà transmises (« dites-le-nous une fois »).",
            )
        )
    if f.type == "text":  # a textarea is free text by design
        expected = None
        if DATE_WORDS.search(folded):
            expected = "date"
        elif YES_NO.search(folded):
            expected = "radio (oui / non)"
        elif EMAIL_WORDS.search(folded):
            expected = "email"
        elif PHONE_WORDS.search(folded):
            expected = "tel"
        elif (
            re.match(r"^(nombre|nb)\b", folded)  # a count
            or UNIT.search(folded)  # a measure: "(en km)"
            or AMOUNT_WORDS.search(folded)
            and not re.search(r"\b(nature|origine|type|motif|description)\b", folded)
        ):
            expected = "number"
        if expected:
            issues.append(
                FieldIssue(
                    "wrong_type",
                    f"Champ libre pour une réponse de type {expected}.",
                    f"Utilisez un champ de type {expected}, qui guide et vérifie la saisie.",
                )
            )
    passive = "le libellé" if detectors.passive_voice(label) else "l'aide" if detectors.passive_voice(f.help) else ""
    if passive:
        issues.append(
            FieldIssue(
                "passive_voice",
                f"Tournure passive dans {passive} : on ne voit pas qui doit agir.",
                "Adressez-vous à l'usager : « Signez le formulaire », « Indiquez … ».",
            )
        )
    # a format mask ("JJ/MM/AAAA") or a sample code ("AB-123-CD") in the help is not an acronym
    sample = re.sub(r"\b[A-Z0-9]+(?:[-/][A-Z0-9]+)+\b", " ", f.help)
    issues.extend(_acronyms(" ; ".join([label, sample, *f.options]), f.help))
    return issues


def _acronyms(label: str, help_text: str) -> list[FieldIssue]:
    found = []
    for issue in detectors.unexplained_acronyms(label):
        acronym = issue.text
        expansion = acronyms().get(acronym)
        if expansion and fold(expansion) in fold(help_text):
            continue
        if re.search(rf"\b{re.escape(acronym)}\b\s*\(", help_text):
            continue
        found.append(FieldIssue("acronym_unexplained", f"Sigle « {acronym} » non expliqué.", issue.suggestion))
    return found


def suggest_label(f: FormField, issues: list[FieldIssue]) -> str:
    """A deterministic better label: acronyms spelt out, jargon replaced where its plain form is short."""
    label = f.label.strip() or f.name
    for acronym, expansion in acronyms().items():
        if any(i.kind == "acronym_unexplained" and f"« {acronym} »" in i.message for i in issues):
            label = re.sub(rf"\b{re.escape(acronym)}\b", f"{expansion} ({acronym})", label, count=1)
    for match in sorted(jargon_index().find(label), key=lambda m: m.start, reverse=True):
        term, plain = label[match.start : match.end], match.entry.plain
        if term.isupper() or len(plain.split()) > 4 or plain.startswith("("):
            continue  # an acronym (spelt out above), or a plain form too long for a label: it belongs in the help
        label = label[: match.start] + plain + label[match.end :]
    return label[:1].upper() + label[1:]


def audit_form(form: Form) -> FormAudit:
    known = _known(form)
    reports = []
    for f in form.fields:
        if f.type == "hidden":
            continue
        issues = check_field(f, known)
        reports.append(
            FieldReport(
                name=f.name, label=f.label, issues=issues, suggested_label=suggest_label(f, issues) if issues else None
            )
        )
    weighted = sum(WEIGHTS.get(i.kind, 1.0) for r in reports for i in r.issues)
    score = round(max(0.0, min(100.0, 100 * (1 - weighted / (2 * max(len(reports), 1))))))
    return FormAudit(title=form.title, score=score, fields=reports)
