"""The patient's own use of a drug, as opposed to a prescription: bought, advised by someone else, left over at home,
or an over-the-counter remedy taken now and then. Such a drug is not prescribed, even when it is ruled out."""

from __future__ import annotations

from typing import Any

from communs.apps.consultation.context import hearsay
from communs.apps.consultation.lexicon import Drug

# what the patient took on their own: bought, advised by someone else, without a prescription
SELF_MEDICATION = {
    "achete", "achetee", "pharmacie", "pharmacien", "pharmacienne", "voisin", "voisine", "soeur", "frere", "copain",
    "copine", "amie", "conseille", "conseillee", "internet",
}  # fmt: skip


# taken now and then, on the patient's own judgement ("de temps en temps", "des fois", "quand j'ai mal")
KEPT = [("maison",), ("placard",), ("restait",), ("qui", "reste")]  # "que j'avais à la maison": left over
OCCASIONAL = [("temps", "en", "temps"), ("des", "fois"), ("parfois",)]
# ATC classes sold without a prescription and taken now and then on the patient's own judgement: analgesics,
# anti-inflammatories, cough and cold remedies, nasal decongestants, antacids, antihistamines
OVER_THE_COUNTER = ("N02B", "M01A", "M02A", "R05", "R01", "R02", "A02A", "R06")
OWN = SELF_MEDICATION - {"pharmacie", "pharmacien", "pharmacienne"}  # a pharmacist also dispenses prescriptions


def self_medication(toks: list, drug: Drug | None = None) -> bool:
    """The patient's own use, said next to the drug: bought, advised by someone else, left over at home, or an
    over-the-counter remedy taken now and then."""
    words = [t.norm for t in toks]
    if OWN & set(words) or any(hearsay(words, i) for i in range(len(words))):
        return True
    said = {p for p in KEPT + OCCASIONAL for i in range(len(words)) if tuple(words[i : i + len(p)]) == p}
    otc = drug is not None and (drug.atc or "").startswith(OVER_THE_COUNTER)
    return bool(said & set(KEPT)) or (bool(said) and otc)


# someone of the patient's circle, said as the user of a drug ("ma femme met de l'Azopt", "une amie prend du X")
RELATIVES = {
    "mere", "pere", "fille", "fils", "femme", "mari", "epouse", "epoux", "soeur", "frere", "ami", "amie", "voisin",
    "voisine", "collegue", "copain", "copine", "cousin", "cousine", "tante", "oncle",
}  # fmt: skip
KIN_DETERMINERS = {"ma", "mon", "une", "un", "notre", "sa", "son"}
# adjectives that may stand between the determiner and the relative ("son grand frère", "ma petite sœur")
KIN_ADJECTIVES = {"grand", "grande", "petit", "petite", "jeune", "belle", "beau", "demi", "aine", "ainee", "cadet"}
POSSESSIVES = {"ma", "mon", "ta", "ton", "sa", "son", "votre", "notre", "leur"}
FIRST_PERSON = {"me", "m", "moi", "mon", "ma", "mes", "je", "j", "nous"}


def others_use(toks: list) -> bool:
    """ "ma femme met de l'Azopt", "mon fils fait une désensibilisation avec le X", said before the drug: another
    person's treatment, unless the speaker is in it too ("ma femme m'a acheté", "ma fille prépare mon pilulier")."""
    words = [t.norm for t in toks]
    for i in range(1, len(words)):
        if words[i] in RELATIVES and _kin(words, i, KIN_DETERMINERS):
            # "ma mère voulait que je prenne son Lexomil": the relative's own drug all the same
            return not FIRST_PERSON & set(words[i + 1 :]) or words[-1:] in (["son"], ["sa"], ["ses"])
    return False


def _kin(words: list[str], i: int, determiners: set[str]) -> bool:
    """The relative at ``i`` is said with its determiner, maybe an adjective between ("son grand frère")."""
    j = i - 1
    if j >= 1 and words[j] in KIN_ADJECTIVES:
        j -= 1
    return words[j] in determiners


def borrowed(toks: list, last: int) -> bool:
    """ "le Lexomil de votre mère", "les comprimés de Dafalgan de ma sœur": a drug said with "de" and a relative right
    after its name is that relative's supply, not the patient's prescription."""
    words = [t.norm for t in toks[last : last + 4]]
    if words[:1] not in (["de"], ["d"]):
        return False
    k = next((n for n, w in enumerate(words) if w in RELATIVES), None)
    return k is not None and _kin(words, k, POSSESSIVES)


HOME = {"maison", "placard"}  # "vous en avez à la maison", "dans le placard"
HAVE = {"avez", "a", "ai", "reste"}


def own_supply(toks: list) -> bool:
    """The clinician pointing to the patient's own supply ("du Doliprane si fièvre, vous en avez à la maison",
    "il vous en reste"): advice to use what is at home, not a prescription."""
    words = [t.norm for t in toks]
    for i in range(len(words) - 1):
        if words[i] in ("vous", "il") and words[i + 1] == "en" and words[i + 2 : i + 3] and words[i + 2] in HAVE:
            if words[i] == "il" or HOME & set(words[i + 3 : i + 8]) or "deja" in words[i + 3 : i + 5]:
                return True  # "vous en avez à la maison", "vous en avez déjà", "il vous en reste"
        if words[i : i + 3] == ["il", "vous", "en"] and words[i + 3 : i + 4] == ["reste"]:
            return True
    return False


TAKING = ("pren", "pris", "met", "mis", "utilis", "achet", "aval")
PARTITIVES = {"du", "des", "d", "de"}
# nouns that name the treatment itself, not another product
GENERIC = {
    "medicament", "medicaments", "comprime", "comprimes", "gelule", "gelules", "cachet", "cachets", "traitement",
    "traitements", "sachet", "sachets", "gouttes", "goutte", "la", "l", "ca", "cela",
}  # fmt: skip


def other_product(toks: list) -> bool:
    """A sentence naming no drug that tells of taking or buying some other product ("elle prend des compléments de
    créatine", "j'avais acheté de la levure de riz rouge"): the drug talked about before is no longer the topic."""
    words = [t.norm for t in toks]
    for i, word in enumerate(words[:-2]):
        if word.startswith(TAKING) and words[i + 1] in PARTITIVES:
            noun = words[i + 3] if words[i + 1] == "de" and words[i + 2] in ("la", "l") else words[i + 2]
            if noun.isalpha() and noun not in GENERIC and len(noun) > 2:
                return True
    return False


TREATMENT = {
    "prend", "prenez", "prends", "traitement", "traitements", "medicament", "medicaments", "ordonnance",
    "ordonnances", "pilulier", "cachets",
}  # fmt: skip


def asked_treatment(sents: list, sentence: Any, unlabelled: bool = False) -> bool:
    """Did the clinician's last turn, right before, ask about the treatment ("qu'est-ce qu'elle prend", "vous
    pouvez me lire l'ordonnance")? With no speaker labels, the turn right before asks it in the second person."""
    for before in reversed(sents[: sentence.index]):
        if before.turn < sentence.turn - 1:
            return False
        if unlabelled and before.turn == sentence.turn - 1:
            words = {t.norm for t in before.tokens}
            return bool(TREATMENT & words) and "vous" in words and (before.question or "ce" in words)
        if before.speaker == "doctor":
            return bool(TREATMENT & {t.norm for t in before.tokens})
    return False
