"""Words that tell what a person likes, knows and wants, matched on normalised text (no accents, lower case).

Each pattern is a regular expression over ``communs.search.analysis.normalize``d text. Centres d'intérêt are the
30 of ROME 4.0 (unix_centre_interet), by code.
"""

from __future__ import annotations

# centre d'intérêt code → patterns (words of tasks, subjects and fields that point to it)
INTERESTS: dict[int, str] = {
    1: r"construire|construction|renover|renovation|batiment|chantier|architecture|maison",
    2: r"diriger|manager|encadrer une equipe|chef d'equipe|prendre des decisions|leader",
    3: r"commerce|affaires|vendre|vente|entreprendre|entrepreneur|creer (mon|une) entreprise|negocier",
    4: r"contact|accueil(lir)?|relationnel|rencontrer des gens|clients?",
    5: r"service public|fonctionnaire|interet general|administration",
    6: r"rigueur|rigoureu|minutie|minutieu|precision|precis|detail|controle qualite",
    7: r"dessin|dessiner|crayon|illustration|bande dessinee|graphis|graphique|design",
    8: r"communiquer|communication|convaincre|debattre|argumenter|publicite|marketing|reseaux sociaux",
    9: r"nature|dehors|plein air|exterieur|foret|jardin|plantes|campagne|ferme|agricult|maraich|vegetal",
    10: r"decouvr|recherche|sciences?|scientifique|experience|laboratoire|physique|chimie|biologie|svt|"
    r"astronomie|comprendre comment",
    11: r"droit|loi|lois|regles|justice|juridique|securite|police|gendarmerie|ordre",
    12: r"ecrire|ecriture|lire|lecture|mots|litterature|francais|journalis|redaction|langue francaise",
    13: r"sport|sportif|sportive|activite physique|bouger|football|foot|basket|natation|danse|entrainer",
    14: r"manuel|manuelle|mains|bricol|reparer|fabriquer|demonter|mecanique|menuiserie|travail du bois|artisan",
    15: r"chiffres|maths|mathematiques|calcul|compta|comptabilite|gestion|finance|statistique|economie|ses\b",
    16: r"voyag|deplacer|bouger|etranger|mobilite|international",
    17: r"animaux|animal|chiens?|chats?|chevaux|cheval|equitation|veterinaire|animalier",
    18: r"organiser|organisation|planifier|logistique|gerer des projets|coordonner",
    19: r"conduire|conduite|piloter|pilote|permis|camion|avion|voiture|moto",
    20: r"environnement|ecolog|climat|planete|biodiversite|recycl|energies? renouvelable|developpement durable",
    21: r"enfants?|bebes?|petite enfance|baby.?sitting|creche|jeunes",
    22: r"aider|aide aux|prendre soin|soigner|soins?|sante|medecine|medical|malades?|personnes agees|"
    r"social|utile|handicap|ecoute",
    23: r"proteger|secourir|secours|pompier|sauver|urgence|ambulan|defense|armee|militaire",
    24: r"transmettre|enseigner|enseignement|expliquer|former|formation des|professeur|prof\b",
    25: r"sensations fortes|adrenaline|risque|extreme|aventure|montagne|plongee|parachut",
    26: r"coulisses|envers du decor|technique de spectacle|backstage",
    27: r"cuisine|cuisiner|patisserie|gastronomie|recettes?|boulangerie|restauration|chocolat",
    28: r"cultures?|langues?|anglais|espagnol|allemand|italien|chinois|arabe|etrangeres|traduire|traduction",
    29: r"informatique|numerique|ordinateur|programm|coder|code|codage|developpe(ment|r) (web|informatique|"
    r"logiciel|d'applications)|sites? (web|internet)|web\b|jeux? video|technologies?|intelligence artificielle|"
    r"\bia\b|donnees|data|robot|cyber|nsi|electronique",
    30: r"artiste|art\b|arts\b|musique|musicien|guitare|piano|chant|theatre|cinema|scene|spectacle|creati|"
    r"photo|peinture|sculpture|mode|couture",
}

# a school subject or field as people name it → a readable label (only what the patterns above do not say well)
SUBJECTS: dict[str, str] = {
    r"\bbiologie|\bsvt\b|sciences de la vie": "la biologie",
    r"\bmaths?\b|mathematiques": "les mathématiques",
    r"physique": "la physique-chimie",
    r"\bchimie": "la chimie",
    r"histoire": "l'histoire",
    r"geographie|\bgeo\b": "la géographie",
    r"\bfrancais\b|litterature": "le français",
    r"anglais": "l'anglais",
    r"espagnol": "l'espagnol",
    r"allemand": "l'allemand",
    r"philo(sophie)?\b": "la philosophie",
    r"\bses\b|economie": "l'économie",
    r"\bnsi\b|informatique": "l'informatique",
    r"\beps\b|\bsport\b": "le sport",
    r"arts? plastiques|dessin": "le dessin",
    r"musique": "la musique",
}

# grand domaine ROME (letter) → words of a sector
SECTORS: dict[str, str] = {
    "A": r"agricult|agricole|elevage|peche|espaces verts|paysag|soins aux animaux|foret",
    "B": r"artisanat d'art|metiers d'art|ceramique|ebenist|joaillerie|bijouterie",
    "C": r"banque|assurance|immobilier|finance",
    "D": r"commerce|vente|grande distribution|magasin",
    "E": r"communication|medias?|multimedia|audiovisuel|journalisme|edition|publicite",
    "F": r"batiment|btp|travaux publics|construction|chantier",
    "G": r"hotellerie|restauration|tourisme|loisirs|animation|cuisine",
    "H": r"industrie|usine|production industrielle|aeronautique|automobile",
    "I": r"maintenance|installation|depannage|mecanique auto",
    "J": r"sante|medical|medecine|paramedical|hopital|soins",
    "K": r"social|services a la personne|education|enseignement|justice|securite|fonction publique|droit",
    "L": r"spectacle|theatre|musique|cinema|scene",
    "M": r"informatique|numerique|gestion|comptabilite|ressources humaines|secretariat|administratif|bureau",
    "N": r"transport|logistique|aerien|maritime|ferroviaire",
}

# a level of study → years after the bac it stands for (the next training starts there); "current" when the
# person is at that level now, "target" when they aim at it (decided by the words around it: see profile.py)
LEVELS: list[tuple[str, str, float]] = [
    (r"\b(3e|3eme|troisieme|college)\b", "3e", -3),
    (r"\b(seconde|2nde|2de)\b", "seconde", 0),
    (r"\b(premiere|1ere|1re)\b", "première", 0),
    (r"\b(terminale|tle|tale)\b", "terminale", 0),
    (r"\bsans (aucun )?diplome|pas de diplome|aucun diplome|\bbrevet des colleges\b", "sans diplôme", -3),
    (r"\b(cap|bep)\b", "CAP", -1),
    (r"\bbac ?pro(fessionnel)?\b", "bac pro", 0),
    (r"\bbac\b(?! ?\+)|\bbaccalaureat\b|\bbachelier", "bac", 0),
    (r"\bbac ?\+ ?1\b|\bl1\b|premiere annee de licence", "bac + 1", 1),
    (r"\bbac ?\+ ?2\b|\bbts\b|\bdut\b|\bdeust\b|\bl2\b", "bac + 2", 2),
    (r"\bbac ?\+ ?3\b|\bbut\b|\blicence\b|\bl3\b|\bbachelor\b", "bac + 3", 3),
    (r"\bbac ?\+ ?4\b|\bm1\b", "bac + 4", 4),
    (r"\bbac ?\+ ?5\b|\bmaster\b|\bm2\b|\bingenieur\b|\bgrande ecole\b", "bac + 5", 5),
    (r"\bbac ?\+ ?[6-7]\b", "bac + 6", 6),
    (r"\bdoctorat\b|\bthese\b|\bbac ?\+ ?8\b", "doctorat", 8),
]
# words before a level that make it a wish, not the present ("je voudrais faire un BTS")
WISH = r"voudrais|aimerais|souhaite|envie|vise|viser|faire (un|une|des)|preparer|pense a|tente|projet|objectif"
# words that make it the present ("je suis en terminale", "j'ai un BTS")
CURRENT = (
    r"je suis en|suis en|j'ai (un|une|le|la|mon|ma|eu|obtenu)|titulaire|diplome d|apres (mon|ma|un|une)|"
    r"en cours|je passe|je prepare|actuellement|\bai\b"
)

DURATIONS: list[tuple[str, float]] = [
    (r"etudes? courtes?|pas (de|trop d') ?(longues )?etudes|vite travailler|rapidement|pas trop long", 2),
    (r"sans longues etudes|travailler (vite|tout de suite)", 2),
    (r"(?<!sans )(?<!pas de )(etudes? longues?|longues etudes)", 8),
]
YEARS = r"(\d+|un|deux|trois|quatre|cinq) ans? d'etudes|etudes? de (\d+|un|deux|trois|quatre|cinq) ans?"

# words before a métier's name that make it a wish ("je veux devenir infirmière"), not the present job
WISH_METIER = (
    r"devenir|\betre\b|travailler comme|metier d|pourquoi pas|peut.etre|envisage|reve|attire|interesse|"
    r"voudrais|aimerais|souhaite|\bveux\b|comme"
)
APPRENTICESHIP = r"alternance|apprentissage|apprenti|contrat pro"
REGIONS = [
    "Auvergne-Rhône-Alpes",
    "Bourgogne-Franche-Comté",
    "Bretagne",
    "Centre-Val de Loire",
    "Corse",
    "Grand Est",
    "Hauts-de-France",
    "Île-de-France",
    "Normandie",
    "Nouvelle-Aquitaine",
    "Occitanie",
    "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur",
    "Guadeloupe",
    "Martinique",
    "Guyane",
    "La Réunion",
    "Mayotte",
]
CITIES = {
    "paris": "Île-de-France",
    "lyon": "Auvergne-Rhône-Alpes",
    "marseille": "Provence-Alpes-Côte d'Azur",
    "toulouse": "Occitanie",
    "montpellier": "Occitanie",
    "bordeaux": "Nouvelle-Aquitaine",
    "lille": "Hauts-de-France",
    "nantes": "Pays de la Loire",
    "rennes": "Bretagne",
    "strasbourg": "Grand Est",
    "nice": "Provence-Alpes-Côte d'Azur",
    "grenoble": "Auvergne-Rhône-Alpes",
    "dijon": "Bourgogne-Franche-Comté",
    "rouen": "Normandie",
    "caen": "Normandie",
    "orleans": "Centre-Val de Loire",
    "tours": "Centre-Val de Loire",
    "clermont": "Auvergne-Rhône-Alpes",
}
ADULT = r"reconver|reconvertir|\bj'ai \d{2} ans\b|salarie|demandeur d'emploi|chomage|licencie|depuis \d+ ans dans"
NEGATION = (
    r"\bn'aime pas|\bn'aime plus|\bpas (du tout )?(les?|la|l'|des|de|d')|\bdeteste|horreur|\bsans\b|"
    r"\bpas fan|\bpas pour moi|\bnul(le)? en\b|\bne supporte pas|\beviter|\bjamais\b|\bpas d'"
)
# a clause that denies or refuses something ("je ne veux pas être prof", "ni musicien", "l'école ça me saoule"):
# left out of what e5 compares with the métiers, since e5 reads it as a wish
DENIAL = NEGATION + r"|\bpas\b|\bplus jamais\b|\bni\b|\bne\b|\bn'|\bsaoule|\bennui|\ben peux plus|\bmarre\b"
# limits that rule métiers out: no driving licence (or not allowed to drive), no physical work
NO_LICENCE = (
    r"\b(pas|sans|ni|aucun)( le| de| mon| du)? permis\b|\bpas (encore )?(le|mon) permis\b|"
    r"\b(peux|peut|pourrai|pourrais|sais|dois) pas conduire\b|\bpas le droit de conduire\b|\binterdit de conduire\b"
)
NO_PHYSICAL = (
    r"\bfauteuil( roulant)?\b|\bmyopathie\b|\bparaplegi|\btetraplegi|handicap moteur|"
    r"\b(pas|plus) (faire )?(de |d'un )?(travail|metier|boulot|job|effort)s? physiques?|"
    r"\ble physique (commence a |me )?pes|\bmal au dos\b|\bdos (fragile|bloque|casse)|"
    r"\b(peux|pourrai|dois) (plus|pas) porter\b|\bporter (de )?charges? lourdes? (m'est )?interdit"
)
# the accès à l'emploi asks for a driving licence
LICENCE_NEEDED = r"permis (b|c|ce|d|de conduire|poids lourds?|moto|categorie)\b"
# the person can drive ("j'ai le permis"): the question on the licence is not asked
HAS_LICENCE = r"\b(j'ai|avec|titulaire du) (le |mon )?permis\b"
# free only in the evening or at weekends
EVENINGS = (
    r"\b(que|seulement|uniquement) (le soir|les soirs|le week.end)|\ble soir uniquement\b|\bcours du soir\b|"
    r"\ben soiree\b|\bhoraires? (decales?|du soir)\b"
)
# short answers to a question (question.py): yes or no at the start
YES = r"^(oui|ouais|bien sur|volontiers|pourquoi pas|d'accord|ok|carrement|absolument)\b"
NO = r"^(non|nan|pas vraiment|pas du tout|pas question|jamais)\b"
ANSWER_YEARS = r"\b(\d+|un|deux|trois|quatre|cinq|six|sept|huit) ans?\b"
LONG_STUDIES = r"ou plus|\blongues?\b|\bplus de (\d+|cinq|trois) ans|peu importe"
