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
    "telephone",
    "total",
    "valeur",
    "type",
    "categorie",
    "statut",
    "motif",
    "observations",
    "montant total",
    "nombre",
}
QUALIFIED = re.compile(
    r"(\b(de|du|des|d'|en|par|pour|au|a la|annuel|annuelle|mensuel|mensuelle|net|nette|brut|brute|"
    r"naissance|domicile|euros?|\d{4}|e-mail|mail|electronique|postale|courriel)\b|€)"
)
# A label about someone else ("Nom du bailleur") or another value ("Nouvelle adresse") is not known information.
OTHER_PERSON = re.compile(
    r"\b(bailleur|pere|mere|employeur|enfants?|conjointe?|proprietaire|tuteur|tutrice|representant|"
    r"medecin|ecole|association|entreprise|societe|destinataire|payeur|parents?|epoux|epouse|"
    r"partenaire|mandataire|defunte?|heritiers?|temoin|victime|locataire|vendeur|acheteur|"
    r"nouvelle|nouveau|future?|precedente?|ancienne?|autre|secondaire)\b"
)
# What a service knows once the user is identified (FranceConnect's pivot identity), and synonyms to spot it.
IDENTITY = {"nom", "prenom", "date de naissance", "lieu de naissance", "sexe"}
SYNONYMS = {
    "nom": ["nom de naissance", "nom de famille", "nom d'usage", "nom"],
    "prenom": ["prenom", "prenoms"],
    "date de naissance": ["date de naissance", "ne le", "nee le", "ne(e) le"],
    "lieu de naissance": ["lieu de naissance", "commune de naissance", "ville de naissance", "ne a", "nee a"],
    "sexe": ["sexe", "genre"],
    "adresse": ["adresse postale", "adresse du domicile", "adresse de domicile", "domicile", "adresse"],
    "numero fiscal": ["numero fiscal", "numero d'identification fiscale", "spi", "nif"],
    "revenu fiscal de reference": ["revenu fiscal de reference", "rfr"],
    "nir": ["numero de securite sociale", "nir", "numero d'inscription au repertoire", "n° de securite sociale"],
    "numero allocataire": ["numero allocataire", "numero d'allocataire"],
    "email": ["courriel", "adresse electronique", "e-mail", "email", "adresse mail"],
    "telephone": ["telephone", "numero de telephone", "portable"],
}
DATE_WORDS = re.compile(r"\b(date|ne le|nee le|jj/mm/aaaa|jour/mois/annee)\b")
YES_NO = re.compile(
    r"^(etes|avez|est-ce|possedez|beneficiez|souhaitez|percevez|vivez|travaillez|etiez|avez-vous|"
    r"etes-vous|est-il|est-elle|y a-t-il)\b|\?\s*$|\(oui/non\)|oui ou non"
)
AMOUNT_WORDS = re.compile(r"\b(montant|somme|salaire|loyer|revenus?|ressources|prix|cout|€|euros?)\b")
EMAIL_WORDS = re.compile(r"\b(courriel|e-mail|email|adresse electronique|adresse mail)\b")
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
    """The known-information concept a label asks for, if any."""
    folded = fold(text)
    for concept, words in SYNONYMS.items():
        for word in words:
            if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", folded):
                return concept
    return None


def _known(form: Form) -> set[str]:
    context = form.context
    if context is None:
        return set()
    known = {_concept(item) or fold(item) for item in context.known}
    if context.identified_by:
        known |= IDENTITY
    return known


def check_field(f: FormField, known: set[str]) -> list[FieldIssue]:
    label = f.label.strip() or f.name
    folded = fold(label).strip(" :*?")
    issues: list[FieldIssue] = []
    for match in jargon_index().find(label):
        term = label[match.start : match.end]
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
    if bare in GENERIC or (
        bare.split(" ")[0] in GENERIC and len(bare.split()) <= 2 and not QUALIFIED.search(bare) and not named
    ):
        issues.append(
            FieldIssue(
                "ambiguous",
                f"« {label} » ne dit pas de quoi il s'agit exactement.",
                "Précisez : quelle date, quel montant (par mois ? par an ?), quelle adresse…",
            )
        )
    concept = _concept(label)
    if concept and concept in known and not OTHER_PERSON.search(folded):
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
        elif AMOUNT_WORDS.search(folded) and not re.search(r"\b(nature|origine|type|motif|description)\b", folded):
            expected = "number"
        if expected:
            issues.append(
                FieldIssue(
                    "wrong_type",
                    f"Champ libre pour une réponse de type {expected}.",
                    f"Utilisez un champ de type {expected}, qui guide et vérifie la saisie.",
                )
            )
    if detectors.passive_voice(label):
        issues.append(
            FieldIssue(
                "passive_voice",
                "Tournure passive : on ne voit pas qui doit agir.",
                "Adressez-vous à l'usager : « Signez le formulaire », « Indiquez … ».",
            )
        )
    issues.extend(_acronyms(label, f.help))
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
