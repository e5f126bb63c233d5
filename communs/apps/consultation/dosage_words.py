"""The words of a posology: dosage forms and their routes, moments of the day, as-needed and non-daily phrases,
ceilings, corrections, and the bounds that tell a count of units from a strength."""

from __future__ import annotations

FORMS = {
    "comprime": "comprimé", "comprimes": "comprimés", "gelule": "gélule", "gelules": "gélules", "sachet": "sachet",
    "sachets": "sachets", "ampoule": "ampoule", "ampoules": "ampoules", "cuillere": "cuillère",
    "cuilleres": "cuillères",
    "bouffee": "bouffée", "bouffees": "bouffées", "inhalation": "inhalation", "inhalations": "inhalations",
    "pulverisation": "pulvérisation", "pulverisations": "pulvérisations", "goutte": "goutte", "gouttes": "gouttes",
    "application": "application", "applications": "applications", "patch": "patch", "patchs": "patchs",
    "dose": "dose", "doses": "doses", "suppositoire": "suppositoire", "suppositoires": "suppositoires",
    "cachet": "cachet", "cachets": "cachets", "capsule": "capsule", "capsules": "capsules", "pipette": "pipette",
    "injection": "injection", "injections": "injections", "stylo": "stylo", "flacon": "flacon", "tube": "tube",
    "ovule": "ovule", "ovules": "ovules", "pression": "pression", "pressions": "pressions",
    "emplatre": "emplâtre", "emplatres": "emplâtres", "gomme": "gomme", "gommes": "gommes",
    "pastille": "pastille", "pastilles": "pastilles", "lyophilisat": "lyophilisat", "lyophilisats": "lyophilisats",
    "dosette": "dosette", "dosettes": "dosettes", "unidose": "unidose", "unidoses": "unidoses",
}  # fmt: skip
ROUTE_WORDS = {
    "comprime": "orale", "comprimes": "orale", "gelule": "orale", "gelules": "orale", "sachet": "orale",
    "sachets": "orale", "sirop": "orale", "buvable": "orale", "boire": "orale", "cachet": "orale", "cachets": "orale",
    "ampoule": "orale", "inhalation": "inhalée", "inhalations": "inhalée", "bouffee": "inhalée", "bouffees": "inhalée",
    "creme": "cutanée", "pommade": "cutanée", "application": "cutanée", "appliquer": "cutanée",
    "pulverisation": "nasale", "pulverisations": "nasale", "narine": "nasale", "nasal": "nasale",
    "patch": "transdermique", "patchs": "transdermique", "suppositoire": "rectale", "collyre": "ophtalmique",
    "injection": "injectable", "piqure": "injectable", "emplatre": "cutanée", "emplatres": "cutanée",
}  # fmt: skip
MOMENTS = {
    "matin": "matin", "matins": "matin", "midi": "midi", "soir": "soir", "soirs": "soir", "coucher": "coucher",
    "diner": "soir", "dejeuner": "midi",
}  # fmt: skip
NOT_A_SCHEDULE = {"ce", "hier", "demain", "cet", "aujourd"}
AS_NEEDED = [
    ("si", "besoin"), ("au", "besoin"), ("en", "cas"), ("si", "douleur"), ("si", "vous", "avez", "mal"),
    ("si", "la", "fievre"), ("si", "ca"), ("si", "les"), ("jusqu", "a"), ("a", "la", "demande"), ("des", "le", "debut"),
    ("si", "il", "a"), ("si", "elle", "a"), ("si", "mal"), ("si", "fievre"),
    ("six", "besoins"), ("si", "besoins"),  # as speech recognition often writes "si besoin"
    ("si", "necessaire"), ("si", "vous", "avez"), ("s", "il", "a"), ("s", "il", "fait"), ("si", "elle", "fait"),
    ("si", "la", "douleur"), ("si", "les", "douleurs"), ("si", "vous", "n", "arrivez"), ("si", "vous", "ne"),
    ("quand", "vous", "avez"), ("quand", "il", "a"), ("quand", "elle", "a"), ("quand", "vous", "etes"),
    ("lors", "des"), ("lors", "d", "une"), ("au", "moment", "des"), ("au", "moment", "de", "la"),
    ("au", "moment", "d", "une"), ("des", "que", "vous", "avez"), ("des", "qu", "il", "a"), ("les", "soirs", "ou"),
    ("les", "jours", "ou"), ("en", "prevention", "avant"),
]  # fmt: skip
# what follows a condition that is an instruction, not an intake: "si vous avez des boutons, vous arrêtez"
CONSEQUENCES = {
    "arretez", "arreter", "arrete", "appelez", "rappelez", "appeler", "revenez", "revenir", "consultez", "consulter",
    "verra", "passera", "ajoutera", "rajoutera", "augmentera", "faudra", "reviendrez", "prevenez", "urgences",
}  # fmt: skip
NON_DAILY = [
    ("un", "jour", "sur", "deux"), ("par", "semaine"), ("par", "mois"), ("une", "seule", "prise"),
    ("en", "une", "prise"), ("une", "seule", "dose"), ("en", "une", "seule", "prise"),
    ("le", "lundi"), ("le", "mardi"), ("le", "mercredi"),
    ("le", "jeudi"), ("le", "vendredi"), ("le", "samedi"), ("le", "dimanche"), ("tous", "les", "deux", "jours"),
    ("fois", "le", "premier", "jour"), ("une", "fois", "par", "semaine"), ("une", "seule", "fois"),
    ("en", "une", "fois"), ("dose", "unique"), ("en", "prise", "unique"), ("chaque", "semaine"), ("chaque", "mois"),
    ("tous", "les", "mois"), ("toutes", "les", "semaines"), ("tous", "les", "ans"), ("par", "an"),
    ("tous", "les", "quinze", "jours"),
]  # fmt: skip
SINGLE = [
    ("une", "seule", "prise"), ("en", "une", "prise"), ("une", "seule", "dose"), ("en", "une", "seule", "prise"),
    ("une", "seule", "fois"), ("en", "une", "fois"), ("dose", "unique"), ("en", "prise", "unique"),
    ("une", "seule", "injection"), ("injection", "unique"), ("prise", "unique"),
]  # fmt: skip
NON_DAILY += [cue for cue in SINGLE if cue not in NON_DAILY]
ONCE_A_DAY = [("en", "une", "prise"), ("en", "une", "seule", "prise"), ("en", "prise", "unique")]
EVERY = {"mois", "semaines", "ans"}  # "tous les trois mois", "toutes les deux semaines"
# with every meal: three intakes a day when no count is said ("un sachet après chaque repas")
MEALS = [("chaque", "repas"), ("trois", "repas"), ("a", "chaque", "repas"), ("pendant", "les", "repas")]
STOP_WORDS = {("puis",), ("au", "lieu"), ("ensuite",)}
DURATION_UNITS = {"jour", "jours", "semaine", "semaines", "mois", "an", "ans"}
APPLIED = {"application", "applications"}  # "trois applications par jour": each one is an intake
# "5 %… non, pardon, 2,5 %", "quatre-vingts euh non cent soixante": what was said before is withdrawn
CORRECTIONS = [("pardon",), ("euh", "non"), ("je", "veux", "dire"), ("je", "me", "trompe"), ("je", "corrige")]
TOTAL = {"donc", "soit"}  # the amount taken at once, worked out after the count
MAX_UNITS = 12  # more tablets, puffs or drops than this at once is a strength said before the count
MAX_DISCRETE = 6  # "six comprimés par jour" are six intakes; more is a count of drops or a strength
# a moment of removal is no intake: "un patch le matin, à retirer le soir"
REMOVAL = {"retirer", "retirez", "retire", "enlever", "enlevez", "enleve", "oter", "otez", "decoller", "decollez"}


SOLID_FORMS = {
    "comprime", "comprimes", "gelule", "gelules", "sachet", "sachets", "ampoule", "ampoules", "ovule", "ovules",
    "suppositoire", "suppositoires", "cachet", "cachets", "capsule", "capsules",
}  # fmt: skip


# "quand le genou fait mal", "lorsque la douleur revient", "si crise": a symptom that calls for an intake
WHEN = {"quand", "lorsque", "si"}
SYMPTOMS = {
    "mal", "douleur", "douleurs", "fievre", "crise", "crises", "gene", "envie", "nausees", "vomissements", "toux",
    "angoisse", "demangeaisons", "diarrhee", "constipation", "contractions", "essouffle", "essoufflee",
    "angoissee", "douloureux", "douloureuse", "brulure", "brulures", "reflux", "spasmes", "crampes", "migraine",
    "vertiges", "palpitations", "demangeaison", "allergie", "insomnie", "spasme", "colique", "coliques",
}  # fmt: skip

CAPS = [("plus", "de"), ("plus", "d"), ("maximum",), ("max",), ("jusqu", "a"), ("au", "maximum"), ("au", "plus")]
CAP_AFTER = {"maximum", "max"}
PER_DAY = [("par", "jour"), ("par", "24"), ("par", "nuit"), ("dans", "la", "journee")]
# words that may stand between a strength and the count of its units ("500 mg, vous prendrez deux comprimés");
# anything else ("… le matin, donc deux comprimés", "c'est trois gélules") makes the strength the total
BETWEEN_COUNT = {"vous", "prendrez", "prenez", "prend", "il", "elle", "en", "on", "lui", "donne", "donnez", "et"}
# checks of a treatment, whose rhythm is not the drug's ("une prise de sang toutes les semaines", "un bilan par mois")
MONITORING = {
    "sang", "bilan", "bilans", "controle", "controles", "analyse", "analyses", "dosage", "dosages", "surveillance",
    "ecg", "electrocardiogramme", "echographie", "radio", "nfs", "inr", "kaliemie", "creatinine", "glycemie",
    "hemoglobine", "consultation", "rendez", "visite",
}  # fmt: skip
