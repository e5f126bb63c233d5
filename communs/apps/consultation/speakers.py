"""Who speaks: the clinician or the patient's side, from the role label before a turn ("Cardiologue :", "Mère :").

Labels name a profession (any medical specialty: the French "-logue", "-iatre", "-iste" words, ORL, interne…),
a title (Docteur, Dr X, Pr X), or the patient's side (Patient, Mère, Accompagnant, Mme X…). A label that says
neither takes the other role when the transcript's other labels all say one (two-party consultations).
"""

from __future__ import annotations

import re

from communs.apps.consultation.normalize import norm

CLINICIAN_WORDS = {
    "medecin", "docteur", "docteure", "doc", "dr", "dre", "pr", "professeur", "professeure", "praticien",
    "praticienne", "interne", "externe", "generaliste", "specialiste", "infirmier", "infirmiere", "ide", "ipa",
    "sage", "pharmacien", "pharmacienne", "chirurgien", "chirurgienne", "orl", "mg", "mt", "urgentiste",
    "anesthesiste", "dentiste", "kine", "kinesitherapeute", "soignant", "soignante", "clinicien", "clinicienne",
    "prescripteur", "prescriptrice", "gyneco", "cardio", "dermato", "endocrino", "pneumo", "neuro", "psy",
    "rhumato", "gastro", "onco", "nephro", "uro", "ophtalmo", "pedo", "diabeto", "allergo", "geriatre",
    # the SAMU's regulating doctor, obstetrics, child care, other carers of a care team
    "regulateur", "regulatrice", "obstetricien", "obstetricienne", "puericultrice", "puericulteur", "dieteticien",
    "dieteticienne", "ergotherapeute", "orthophoniste", "psychomotricien", "psychomotricienne",
}  # fmt: skip
CLINICIAN_ENDINGS = ("logue", "iatre", "logiste")  # cardiologue, pédiatre, psychiatre, allergologiste…
PATIENT_WORDS = {
    "patient", "patiente", "malade", "mere", "pere", "maman", "papa", "parent", "parents", "fille", "fils",
    "enfant", "mari", "epoux", "epouse", "femme", "homme", "conjoint", "conjointe", "compagnon", "compagne",
    "aidant", "aidante", "accompagnant", "accompagnante", "grand", "grands", "frere", "soeur", "tuteur",
    "tutrice", "famille", "proche", "mme", "madame", "m", "monsieur", "mlle", "mademoiselle", "oncle", "tante",
    "petit", "petite", "neveu", "niece", "usager", "usagere", "beneficiaire", "resident", "residente",
    # a caller to the SAMU, a detainee, an interpreter speaking for the patient
    "appelant", "appelante", "detenu", "detenue", "interprete",
}  # fmt: skip


# the patient's relatives and carers, who speak of their own treatment in the first person ("je prends du X")
KIN = {
    "mere", "pere", "maman", "papa", "parent", "parents", "fille", "fils", "mari", "epoux", "epouse", "conjoint",
    "conjointe", "compagnon", "compagne", "aidant", "aidante", "accompagnant", "accompagnante", "grand", "frere",
    "soeur", "tuteur", "tutrice", "oncle", "tante", "neveu", "niece",
}  # fmt: skip


def relative(label: str) -> bool:
    """A label naming one of the patient's relatives or carers ("Mère", "Épouse", "Grand-mère"), not the patient."""
    words = re.findall(r"[a-z]+", norm(label))
    return bool(words) and words[0] in KIN


def label_role(label: str) -> str | None:
    """ "doctor", "patient", or None when the label says neither (a first name, "Locuteur 1")."""
    words = re.findall(r"[a-z]+", norm(label))
    if not words:
        return None
    if len(words) == 1 and len(words[0]) == 1:  # "D :", "P :" as some transcribers write them
        return {"d": "doctor", "p": "patient"}.get(words[0])
    first = words[0]
    if first in CLINICIAN_WORDS or first.endswith(CLINICIAN_ENDINGS):
        return "doctor"
    if first in PATIENT_WORDS:
        return "patient"
    if any(w in CLINICIAN_WORDS or w.endswith(CLINICIAN_ENDINGS) for w in words):
        return "doctor"
    if any(w in PATIENT_WORDS for w in words):
        return "patient"
    return None


def roles(labels: list[str]) -> dict[str, str | None]:
    """Each distinct label's role; unknown labels take the role the others leave open."""
    out = {label: label_role(label) for label in labels}
    known = {role for role in out.values() if role}
    unknown = [label for label, role in out.items() if role is None]
    if unknown and len(known) == 1:
        other = "patient" if known == {"doctor"} else "doctor"
        if other == "patient" or len(unknown) == 1:  # one unknown clinician at most
            for label in unknown:
                out[label] = other
    return out
