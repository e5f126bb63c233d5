"""Words that tell what a person likes, knows and wants, matched on normalised text (no accents, lower case).

Each pattern is a regular expression over ``communs.search.analysis.normalize``d text. Centres d'intérêt are the
30 of ROME 4.0 (unix_centre_interet), by code.
"""

from __future__ import annotations

# centre d'intérêt code → patterns (words of tasks, subjects and fields that point to it); each word is matched from
# its start (word boundary added below: "enfermé" is not "ferme", "inventer" not "vente"), short whole words end
# with \b ("loi" is not "loisirs" nor "loin", "soin" not "besoin", "chat" not "château", "photo" not "photocopieur")
_INTERESTS: dict[int, str] = {
    1: r"construire|construction|renover|renovation|batiment|chantier|architecture|maisons\b|"
    r"(retap|refai|refais|renov|construi|bati|isol|agrandi)\w* (\w+ ){0,2}maison\b",
    2: r"diriger|manager|encadrer une equipe|chef d'equipe|prendre des decisions|leader",
    3: r"commerce|affaires|vendre|vente|entreprendre|entrepreneur|creer (mon|une) entreprise|negocier",
    4: r"contact\b|accueil(lir)?\b|relationnel|rencontrer des gens|clients?\b",
    5: r"service public|fonctionnaire|interet general|administration",
    6: r"rigueur|rigoureu|minutie|minutieu|precision|precis\b|details?\b|controle qualite",
    7: r"dessin|dessiner|crayon|illustration|bande dessinee|graphis|graphique|design",
    8: r"communiquer|communication|convaincre|debattre|argumenter|publicite|marketing|reseaux sociaux",
    9: r"nature\b|dehors|plein air|exterieur|foret|jardin|plantes|campagne|(a|dans) (la|une) ferme\b|fermier|agricult|"
    r"maraich|vegetal",
    10: r"decouvr|recherche|sciences?|scientifique|experience|laboratoire|physique|chimie|biologie|svt|"
    r"astronomie|comprendre comment",
    11: r"droit\b|lois?\b|regles\b|justice|juridique|securite|police|gendarmerie|(l')?ordre\b",
    12: r"ecrire|ecriture|lire\b|lecture|mots\b|litterature|(en|le|du|cours de) francais|journalis|redaction|"
    r"langue francaise",
    13: r"sports?\b|sportif|sportive|activite physique|bouger|football|foot\b|basket|natation|danse|entrainer|"
    r"costaud|(pas|jamais) (rester|etre) assise?s?\b|porter des (trucs|cartons|charges|sacs|colis)|travail physique",
    14: r"manuel|manuelle|mains\b|bricol|reparer|fabriquer|demonter|mecanique|menuiserie|travail du bois|artisan",
    15: r"chiffres|maths?\b|mathematiques|calcul|compta\b|comptabilite|gestion\b|finances?\b|statistique|economie|"
    r"\b(les|la|en|spe|specialite|option) ses\b",
    16: r"voyag|deplacer|bouger|etranger|mobilite|international",
    17: r"animaux|animal\b|(les|des|mes|aux|ses|nos) betes\b|chiens?\b|chats?\b|chevaux|cheval\b|equitation|"
    r"veterinaire|animalier",
    18: r"organiser|organisation|planifier|logistique|gerer des projets|coordonner",
    19: r"conduire|conduite|piloter|pilote\b|camions?\b|avions?\b|voitures?\b|motos?\b",
    20: r"environnement|ecolog|climat|planete|biodiversite|recycl|energies? renouvelable|developpement durable",
    21: r"enfants?\b|bebes?\b|petite enfance|baby.?sitting|creche|jeunes\b",
    22: r"aider|aide aux|prendre soin|soigner|soins?\b|sante\b|medecine|medical|malades?\b|personnes agees|"
    r"social|utile|handicap|ecoute",
    23: r"proteger|secourir|secours|pompier|sauver|urgence|ambulan|defense|armee|militaire",
    24: r"transmettre|enseigner|enseignement|expliquer|former\b|formation des|professeur|prof\b",
    25: r"sensations fortes|adrenaline|risques?\b|extreme|aventure|montagne|plongee|parachut",
    26: r"coulisses|envers du decor|technique de spectacle|backstage",
    27: r"cuisine|cuisiner|patisserie|gastronomie|recettes?\b|boulangerie|restauration|chocolat|"
    r"(fais|fait|faire|prepare|preparer) (a manger|les repas|le repas|des repas|des gateaux)",
    28: r"(autres|les) cultures\b|cultures? (etrangeres?|du monde|differentes?)|langues?\b|anglais|espagnol|allemand|"
    r"italien|chinois|arabe|etrangeres|traduire|traduction",
    29: r"informatique|numerique|ordinateur|programm|coder|code\b|codage|developpe(ment|r) (web|informatique|"
    r"logiciel|d'applications)|sites? (web|internet)|web\b|jeux? video|technologies?|intelligence artificielle|"
    r"\bia\b|donnees|data|robot|cyber|nsi|electronique",
    30: r"artiste|art\b|arts\b|musique|musicien|guitare|piano|chant(er|eur|euse|s)?\b|theatre|cinema|scene|spectacle|"
    r"creati|photos?\b|photograph|peinture|sculpture|mode\b|couture|coudre|couds\b|cousu",
}
INTERESTS: dict[int, str] = {code: rf"\b(?:{pattern})" for code, pattern in _INTERESTS.items()}

# a verb of an everyday activity → the nouns a ROME fiche names it with (French derivation: "je couds" → couture,
# "souder" → soudage): added to the words searched in the fiches (lexical.py), whose stems differ from the verb's
ACTIVITY_NOUNS: dict[str, str] = {
    r"\b(coudre|couds|coud|cousu|cousue|cousais)\b": "couture",
    r"\b(soude|soudes|souder|soudais)\b": "soudage soudure",
    r"\bpipet": "pipette",
    r"\b(greffe|greffer|greffais)\b": "greffage",
    r"\b(code|coder|codais)\b": "programmation developpement",
    r"\b(fais|fait|faire|prepare|preparer) (a manger|les repas|le repas|des repas)\b": "cuisine",
    r"\b(tricote|tricoter|brode|broder)\b": "tricotage broderie",
    r"\b(monte|monter) (mon|un|des) (pc|ordinateurs?|ordis?)\b": "assemblage informatique",
    r"\b(les|des|mes|aux|ses|nos) betes\b": "animaux",  # livestock or pets, as people say it
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
    r"\b(les|la|en|spe|specialite|option) ses\b|economie": "l'économie",
    r"\bnsi\b|informatique": "l'informatique",
    r"\beps\b|\bsport\b": "le sport",
    r"arts? plastiques|dessin": "le dessin",
    r"musique": "la musique",
}

# grand domaine ROME (letter) → words of a sector (matched from a word's start, as the interests)
_SECTORS: dict[str, str] = {
    "A": r"agricult|agricole|elevage|peche|espaces verts|paysag|soins aux animaux|foret",
    "B": r"artisanat d'art|metiers d'art|ceramique|ebenist|joaillerie|bijouterie",
    "C": r"banque|assurance|immobilier|finances?\b",
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
SECTORS: dict[str, str] = {letter: rf"\b(?:{pattern})" for letter, pattern in _SECTORS.items()}

# a level of study → years after the bac it stands for (the next training starts there); "current" when the
# person is at that level now, "target" when they aim at it (decided by the words around it: see profile.py)
LEVELS: list[tuple[str, str, float]] = [
    (r"\b(3e|3eme|troisieme|college)\b", "3e", -3),
    (r"\b(seconde|2nde|2de)\b", "seconde", 0),
    (r"\b(premiere|1ere|1re)\b", "première", 0),
    (r"\b(terminale|tle|tale)\b", "terminale", 0),
    (
        r"\bsans (aucun )?diplome|pas de diplome|aucun diplome|\bbrevet des colleges\b|\bpas (eu )?(le|mon|de) bac\b|"
        r"\bsans (le )?bac\b|\barrete (le lycee|l'ecole|les cours)",
        "sans diplôme",
        -3,
    ),
    (r"\b(cap|bep)\b", "CAP", -1),
    (r"\bbac ?pro(fessionnel)?\b", "bac pro", 0),
    (
        r"(?<!pas le )(?<!pas de )(?<!pas mon )(?<!sans )(?<!sans le )\bbac\b(?! ?\+)|\bbaccalaureat\b|\bbachelier",
        "bac",
        0,
    ),
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
    r"je suis en|suis en|j'ai (un|une|le|la|mon|ma|eu|obtenu)|titulaire|diplome d|apres (le|la|mon|ma|un|une)|"
    r"en cours|je passe|je prepare|actuellement|\bai\b"
)

DURATIONS: list[tuple[str, float]] = [
    (
        r"etudes? courtes?|pas (de|trop d') ?(longues )?etudes|vite travailler|rapidement|pas trop long|"
        r"(ca|c'est) trop long",
        2,
    ),
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
ADULT = r"reconver|reconvertir|\bj'ai \d{2} ans\b|salarie|demandeur d'emploi|chomage|licencie|depuis \d+ ans dans"
NEGATION = (
    r"\bn'aime pas|\bn'aime plus|\bpas (du tout )?(les?|la|l'|des|de|d')|\bdeteste|horreur|\bsans\b|"
    r"\bpas fan|\bpas pour moi|\bnul(le)? en\b|\bne supporte pas|\beviter|\bjamais\b|\bpas d'|\bni\b"
)
# the person's own family ("mes deux enfants", "maman de 3 enfants", "ma mère malade"): their situation, not what
# they like (blanked before the centres d'intérêt are looked for)
OWN_FAMILY = (
    r"\b(mes|mon|ma|nos|notre|ses|son|sa) (\w+ ){0,2}(enfants?|gamins?|fils|filles?|bebes?|petits)\b|"
    r"\b(de|j'ai|ai|avec) (\d+|un|une|deux|trois|quatre|cinq) (\w+ )?(enfants?|gamins?|bebes?)\b|"
    r"\b(mon|ma|mes|nos) (\w+ ){0,2}(mere|pere|parents?|mari|femme|conjoint|grand.?mere|grand.?pere|papy|mamie)"
    r"( \w+){0,2} (malades?|handicapee?s?|agee?s?)\b"
)
# words of a talk about oneself and one's future that name no activity, and words of schooling and diplomas:
# a clause made only of them ("un CAP en apprentissage", "je veux travailler vite") says nothing to match a
# métier on (it would match the fiches of teachers and job counsellors)
TALK_WORDS = (
    "aime aimer aimerais adore adorer adorerais kiffe kiffer plait plairait passion passionne passionnee "
    "veux vouloir voudrais souhaite souhaiterais envie reve rever faire fais fait refait "
    "metier metiers travail travailler boulot bosser taf job emploi poste truc trucs chose choses "
    "an ans annee annees age jour jours semaine mois fois depuis toujours souvent jamais plus moins tres trop "
    "bien mal bon bonne beaucoup peu tout tous toute toutes rien quelque quoi idee vie vraiment vite rapidement "
    "suis etre avoir ai peux pouvoir sais savoir pense crois dit dire trouve devenir deviens juste seul seule "
    "moi ami amie amis copain copine copines famille mere pere parents frere soeur oncle tante "
    "cousin cousine papy mamie fils maman papa mari "
    "apres avant quand comme ca cela ici la-bas chez matin soir sorte genre possible serieux pret prete prets"
)
SCHOOLING_WORDS = (
    "ecole college lycee classe seconde 2nde premiere terminale etudes etudier etudiant etudiante diplome "
    "diplomes brevet bac cap bep bts dut but licence master doctorat niveau apprentissage alternance apprenti stage "
    "formation 3e 3eme 4e 1ere spe specialite option filiere general generale pro professionnel orientation"
)
# turns of phrase with a negation word that deny nothing ("sans problème", "ça ne me dérange pas", "je ne fais que
# ça"): blanked before the negations are looked for
# a refusal said after its object ("la compta, ça me dit rien", "le public me stresse"): every interest of the
# clause is a dislike, every métier it names is ruled out
REFUSAL_AFTER = (
    r"\b(ca|cela) me dit rien\b|\bme dit rien\b|\bme (stresse|stressent|angoisse|angoissent|saoule|saoulent)\b|"
    r"\bm'(angoisse|angoissent|ennuie|ennuient)\b|\bpas pour moi\b|\bpas possible\b|\bplus possible\b|"
    r"\bpas mon truc\b|\bc'est non\b|\bbof\b|\bfini(e)? (pour moi|la|le|les)\b|\bme (tente|plait|branche) pas\b|"
    r"\b(ca|c'est|c) (beaucoup |bien )?trop (long|longues?|dur|difficile)\b|"
    r"\bpeur de (ne )?pas (tenir|y arriver|reussir)\b"
)
# words after a length of study that refuse it ("bac+5, c'est trop long", "bac+5 plus l'école, j'ai peur de pas tenir")
TOO_LONG = r"\btrop (long|longues?|dur|difficile)\b|\bpeur\b|\bpas tenir\b|\bpas pour moi\b|\bc'est non\b"
NOT_NEGATED = (
    r"\bsans (aucun )?(probleme|souci|difficulte|hesiter|hesitation)s?\b|\bpas de (probleme|souci)s?\b|"
    r"\bn'importe\b|\b(ne|n') ?(me |m')?(derange|gene|fait peur) pas\b|\bpas mal\b|\bne (\w+ ){1,2}que\b|"
    r"\bn'(\w+ ){1,2}que\b|\bsans arret\b|\bpas seulement\b|\bnon seulement\b"
)
# a clause that denies or refuses something ("je ne veux pas être prof", "ni musicien", "l'école ça me saoule"):
# left out of what e5 compares with the métiers, since e5 reads it as a wish
DENIAL = (
    NEGATION
    + "|"
    + REFUSAL_AFTER
    + r"|\bpas\b|\bplus jamais\b|\b(veux|voudrais|peux|supporte) plus\b"
    + r"|\bni\b|\bne\b|\bn'|\bsaoule|\bennui|\ben peux plus|\bmarre\b"
)
# limits that rule métiers out: no driving licence (or not allowed to drive), no physical work
NO_LICENCE = (
    r"\b(pas|sans|ni|aucun)( le| de| mon| du)? permis\b|\bpas (encore )?(le|mon) permis\b|"
    r"\b(peux|peut|pourrai|pourrais|sais|dois) pas conduire\b|\bpas le droit de conduire\b|\binterdit de conduire\b"
)
NO_PHYSICAL = (
    r"\bfauteuil( roulant)?\b|\bmyopathie\b|\bparaplegi|\btetraplegi|handicap moteur|"
    r"\b(pas|plus) (faire )?(de |d'un )?(travail|metier|boulot|job|effort)s? physiques?|"
    r"\ble physique (commence a |me )?pes|\bmal au dos\b|\bdos (fragile|bloque|casse)|"
    r"\b(peux|pourrai|dois) (plus|pas) porter\b|\bporter (de )?charges? lourdes? (m'est )?interdit|"
    r"\b(peux|peut|pourrai|pourrais|dois) (plus|pas) (rester|etre) (debout|longtemps debout)\b|\bprothese\b|"
    r"\bampute|\bhernie|\blombalgie|\bsciatique|\btendinite|\b(fini|plus) (de |les )?(port de )?charges\b|"
    r"\binterdit de porter\b|\bdos ne (suit|tient) plus\b|\b(problemes?|soucis) de dos\b|\bdos (abime|use|en vrac)\b"
)
# the sight a driver needs is missing: driving métiers are out as with no licence
NO_SIGHT = r"\bmalvoyant|\bnon.?voyant|\baveugle\b|\bcecite\b|\bbasse vision\b|\bepilep"
# what a person says of their health or handicap: a limit, not a wish (left out of what e5 and BM25 compare)
HEALTH = (
    NO_SIGHT + r"|\bmalentendant|\bsourde?\b|\bmaladie\b|\bmalade\b|\bhandicape|\brqth\b|\bautis|\basperger\b|"
    r"\bdyslex|\bmedecin du travail\b|\binaptitude\b|\binapte\b|\baccident (du travail|de (la )?(route|moto|voiture))|"
    r"\bfauteuil( roulant)?\b|\bmyopathie\b|\bparaplegi|\btetraplegi|\bhernie|\bprothese\b|\bampute"
)
# words that say a liking: a clause with them is kept even when it also tells a limit
LIKING = r"\bj'(aime|adore)\b|\bj'kiffe\b|\bje kiffe\b|\bpassion|\bme plai(t|rait)\b|\bje reve\b"
# a present or past job ("j'étais cuisinier", "vendeuse depuis 6 ans"): a clause naming a métier with these words
# and no wish tells where the person comes from, not where they want to go
FORMER_JOB = (
    r"\bj'etais\b|\bj'ai ete\b|\bj'ai (longtemps )?(travaille|bosse|exerce)\b|\bancien(ne)?\b|\bex\b|"
    r"\b(pendant|depuis|durant) (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente) "
    r"(ans|annees)\b|\bapres (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) "
    r"(ans|annees) (a|comme|dans|chez|en)\b|\blicencie|\bje suis\b|\bje travaille\b|\bje bosse\b|\bactuellement\b|"
    r"\ben ce moment\b|"
    r"\bmon (metier|poste|job|boulot|emploi)\b|\bavant (les enfants|mon|ma|ca|cela|j'etais)\b|\bde metier\b|\bcdi\b|"
    r"\b(je fais|je suis en|je suis) (de l'|des |du |en )?(interim|cdd|missions?|extras?|remplacements?|vacations?|"
    r"saisons?|saisonnier|saisonniere|interimaire)\b"
)
# the years spent in a job ("depuis 20 ans", "secrétaire médicale 12 ans", "après quinze ans à vendre"): with a
# former job's words, the clause tells the person's past, even when it names no métier of the ROME
YEARS_IN_JOB = (
    r"\b(pendant|depuis|durant|apres)? ?(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|"
    r"trente) (ans|annees)\b(?! d'etudes)"
)
# a wish for the future: a clause with it is not a former job
FUTURE_WISH = (
    r"\bdevenir\b|\bvoudrais|\baimerais|\bsouhaite|\bveux\b|\breve|\benvisage|\bpourquoi pas\b|\battire|"
    r"\binteresse|\bplus tard\b|\bme verrais\b|\bme vois\b"
)
# where the person lives or wants to stay ("j'habite à côté de la gare", "je vis près de Rodez", "rester à Reims"): a
# place, not a liking (left out of what e5 and BM25 compare: "gare" would match the railway fiches)
DWELLING = (
    r"\bj'habite\b|\bhabite (a|au|en|dans|pres|a cote)\b|\bje vis (a|au|en|dans|pres|a cote)\b|"
    r"\b(y |la-bas |ici )?rester (a|au|en|pres de|vers|sur) [a-z]|\bdemenager\b|\bpres de chez moi\b|"
    r"\brester dans (ma|mon|la|le|cette|notre) (region|ville|coin|departement|village|quartier|campagne)\b"
)
# a clause that goes on a denied list ("pas de chiffres, de bureau ni de clients"): joined to the one before
LIST_ITEM = r"\W*(ni|de|d'|des)\b"
# free only in the daytime (school hours, office hours): night, shift and weekend work rank lower
DAYS_ONLY = (
    r"\ben journee\b|\bhoraires? (de journee|de bureau|de l'ecole|scolaires?)\b|\bque (la|en) journee\b|"
    r"\bpas (le soir|la nuit|le week.end|les week.ends)\b|\bpas de (travail de )?(nuit|week.end)\b|"
    r"\bsans (travail de )?(nuit|week.end)\b|\bpendant (que les enfants sont a l'ecole|les heures d'ecole)\b|"
    r"\b(qu'en|que en|seulement en|uniquement en) semaine\b|\bentre [6-9] ?h ?\d{0,2} et (1[4-8]) ?h\b|"
    r"\b(les nuits|la nuit|le soir|les soirs|les week.ends?)( et (les|le) (week.ends?|nuits?|soirs?|dimanches?))?,? "
    r"(ce n'est |c'est |ca n'est )?(plus|pas) possible\b"
)
# the accès à l'emploi asks for a driving licence
LICENCE_NEEDED = r"permis (b|c|ce|d|de conduire|poids lourds?|moto|categorie)\b"
# the person can drive ("j'ai le permis"): the question on the licence is not asked
HAS_LICENCE = r"\b(j'ai|avec|titulaire du) (le |mon )?permis\b"
# free only in the evening or at weekends
EVENINGS = (
    r"\b(que|seulement|uniquement) (le soir|les soirs|le week.end)|\ble soir uniquement\b|\bcours du soir\b|"
    r"\ben soiree\b|\bhoraires? (decales?|du soir)\b|\b(entre|de|a partir de) (1[7-9]|2[0-2]) ?h|"
    r"\b(le soir|les soirs|la nuit|le week.end|les week.ends)( et (le|les) (week.ends?|soirs?|nuit))? "
    r"(seulement|uniquement)\b|\btravailler (la|de) nuit\b|\b(la|de) nuit (ca me va|me va)\b|\bde nuit uniquement\b"
)
# short answers to a question (question.py): yes or no at the start
YES = r"^(oui|ouais|bien sur|volontiers|pourquoi pas|d'accord|ok|carrement|absolument)\b"
NO = r"^(non|nan|pas vraiment|pas du tout|pas question|jamais)\b"
ANSWER_YEARS = r"\b(\d+|un|deux|trois|quatre|cinq|six|sept|huit) ans?\b"
LONG_STUDIES = r"ou plus|\blongues?\b|\bplus de (\d+|cinq|trois) ans|peu importe"
# what tells the person's situation, not a liking: where they live, the hours they are free, their licence
SITUATION = f"{DWELLING}|{EVENINGS}|{DAYS_ONLY}|{HAS_LICENCE}"
# hours told as a school's ("des horaires scolaires"): they also say where such hours are worked (a school), so the
# clause is kept for e5
SCHOOL_HOURS = r"\b(horaires?|heures) (de l'ecole|d'ecole|scolaires?)\b|\bsont a l'ecole\b"
# a clause that says what the person wants or likes now, by its verb (« je veux », « j'aimerais », « ce que je
# préfère », « je cherche », « me passionne », « reconversion »): what it says weighs more than the rest
WISH_CLAUSE = (
    LIKING + "|" + FUTURE_WISH + r"|\bje cherche\b|\bje prefere\b|\bce que je prefere\b|\bme (motive|passionnent|"
    r"fascine|fascinent|fait rever|font rever|branche|manquerait)\b|\bmon kif\b|\bj'ai envie\b|\benvie de\b|"
    r"\breconver|\bme former\b|\bprete? a\b"
)
# a clause told in the past of a job, or leaving it (« j'étais », « j'ai été », « j'ai arrêté », « je quitte »,
# « licenciée »): with no wish, it tells where the person comes from (the years spent count with a métier named:
# « je brode depuis dix ans » is a hobby)
PAST_CLAUSE = (
    r"\bj'etais\b|\bj'ai ete\b|\bj'ai (longtemps )?(travaille|bosse|exerce|manage|dirige|gere|tenu)\b|\bancien(ne)?\b|"
    r"\bex\b|\bj'ai (arrete|quitte)\b|\bje quitte\b|\blicencie"
)
# a wish to go on in the same field (« rester dans le transport », « continuer », « retravailler dans la santé »):
# the past job is then where the person goes, not what they leave
CONTINUITY = (
    r"\brester dans\b|\bcontinuer\b|\bretravailler\b|\breprendre (dans|le|mon)\b|\bgarder (le|mon|ce) (metier|"
    r"contact|lien)\b|\btoujours dans\b|\bdans le meme\b|\bserve(nt)? encore\b|\b(mes|ses) competences\b|"
    r"\bmon experience\b"
)
# a wish that points back to the clause before (« … et j'adore ça », « ça me plaît »): that clause is the wish's object
POINTS_BACK = r"\b(ca|cela)\b"
# a wish to leave (« je veux quitter », « je voudrais arrêter »), with nothing said of where to go: no wish
LEAVING = r"^\W*(\w+ ){0,2}(quitter|arreter|sortir|changer|partir|lacher)\b(?!.*\b(pour|et)\b)"
# a wish to pass one's trade on (« transmettre », « former des apprentis », « enseigner mon métier », « montrer les
# gestes »): the ROME métier of training adults in a trade (Formateur / Formatrice) fits it
TRANSMIT = (
    r"\btransmettre\b|\bformer (des|les|de (jeunes|nouveaux)) (\w+ )?(apprentis|jeunes|stagiaires|debutants|nouveaux|"
    r"professionnels|adultes|salaries|collegues|equipes)\b|\b(enseigner|apprendre|montrer) (mon|le|ce|notre) (metier|"
    r"savoir.faire)\b|\bmontrer (les|mes) gestes\b|\bpartager (mon|mes) (savoir|experience|metier)|"
    r"\bpasser le relais\b|\ben formant\b"
)
