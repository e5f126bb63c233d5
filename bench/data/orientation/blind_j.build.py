#!/usr/bin/env python3
"""Build ZenIA blind set J (60 orientation profiles, labeller A). Standard library only.

Usage: python3 build_j.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]
Writes blind_j.json and profiles_only.json next to this script, only if every check passes.
Licence: MIT (texts, personas, constraints, gold lists). ROME codes: France Travail, Licence Ouverte 2.0.
"""
import csv, json, os, re, sys

DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"
HERE = os.path.dirname(os.path.abspath(__file__))

ABOUT = ("ZenIA blind set J: 60 first-person orientation profiles (j01-j60) written by a helper that never saw "
         "the project's code (ROME 4.0 v460 only). gold_a = ROME codes judged acceptable in a top-5 answer by "
         "labeller A; gold and gold_either are left empty, to be filled once a second independent labeller adds "
         "gold_b (gold = codes in both lists, gold_either = codes in either list). Texts and gold: MIT. "
         "ROME codes: France Travail open data, Licence Ouverte 2.0.")

# (id, text, persona, constraints, gold_a)
P = [
# --- collégiens (3e)
("j01", "jsuis en 3e et je fais des montages de mes potes au skatepark avec des ralentis et de la musique, ya une video qui a fait 40k vues. ca peut devenir un vrai taf ou cest juste un delire",
 "collégien en 3e, 14 ans", [],
 ["L1507", "L1505", "E1207", "L1306", "L1519"]),
("j02", "le mercredi je garde les 3 petits de ma voisine et jinvente des jeux avec des cartons et de la peinture, ils veulent plus que je parte lol. ma mere dit que jai une patience de fou mais jsais pas quelle etudes il faut",
 "collégienne en 3e, 15 ans", [],
 ["J1304", "K1202", "K1308", "K1307", "K1303", "K2106"]),
("j03", "mon stage de 3e c etait dans une animalerie, la caisse et conseiller les clients jai detester mais nettoyer les cages et soigner les lapins malades jai adoré",
 "collégienne en 3e, 14 ans", ["pas de vente"],
 ["A1506", "A1501", "A1511", "A1503", "A1435"]),
("j04", "jsuis nul en francais et en histoire mais en techno jsuis premier, cet ete jai refait les prises et la lumiere de la cabane de mon grand pere avec lui. je veux un metier ou on bosse avec ses mains pas assis",
 "collégien en 3e, 15 ans, vise un CAP ou un bac pro", [],
 ["F1602", "I1309", "I1305", "F1605", "F1628"]),
# --- lycéens (général, techno, pro)
("j05", "en seconde on doit choisir nos specialites et jsuis perdue. ce que jaime cest debattre et defendre les gens qui se font avoir, quand ma mere sest fait arnaquer par un demarcheur cest moi qui ai ecrit le courrier et on a ete rembourses",
 "lycéenne en 2de générale, 15 ans", ["études longues acceptées"],
 ["K1903", "K1506", "K1509", "K1909", "K1904"]),
("j06", "je passe mes nuits sur des CTF et root-me, trouver la faille dans un site ou une appli cest ce qui me fait kiffer. mes parents croient que je joue",
 "lycéen en terminale générale, spécialités NSI et mathématiques, 17 ans", [],
 ["M1866", "M1844", "M1856", "M1883", "M1819", "M1817"]),
("j07", "chaque ete je fais du snorkeling en bretagne et je note les poissons et les algues que je vois dans un carnet. je veux bosser pour proteger les oceans, pas sur un bateau de peche",
 "lycéenne en 1re générale, spécialités SVT et physique-chimie, 16 ans", ["pas de pêche"],
 ["F1142", "A1306", "K2402", "A1313", "G1240"]),
("j08", "cest moi qui tient la caisse du foyer des eleves et les comptes de mon club de foot, jadore quand a la fin du mois tout tombe juste au centime pres",
 "lycéen en terminale STMG, enseignement spécifique gestion et finance, 17 ans", [],
 ["M1203", "M1213", "M1225", "M1608", "M1204"]),
("j09", "en STL biotech mon moment prefere cest quand on met la blouse et la charlotte pour les manips steriles. on a visite une usine qui fabrique des vaccins et je me suis dit cest la que je veux etre",
 "lycéenne en terminale STL, spécialité biochimie-biologie-biotechnologie, 17 ans", [],
 ["H2303", "H1510", "H1525", "H1511", "H1224"]),
("j10", "bac pro maintenance des materiels, option espaces verts. jadore les robots tondeuses et les autoportees, trouver pourquoi ca demarre pas, par contre tondre moi meme toute la journee non",
 "lycéen en 1re bac pro maintenance des matériels option matériels d'espaces verts, 17 ans", ["pas de travail de jardinier"],
 ["I1618", "I1107", "I1603"]),
("j11", "jai eu mon permis C grace au bac pro, jaime conduire et manoeuvrer en marche arriere a quai. mais partir toute la semaine et dormir dans la cabine cest non, je veux rentrer chez moi le soir",
 "lycéen en terminale bac pro conducteur transport routier marchandises, 18 ans", ["rentrer chez soi chaque soir"],
 ["N4105", "N4101", "N4107", "N4118", "N4120"]),
("j12", "en stage a lehpad jai monte un atelier chansons avec les papys et mamies, c'etait trop bien. la toilette et les soins par contre jai compris que c pas pour moi",
 "lycéenne en terminale bac pro animation enfance et personnes âgées, 18 ans", ["pas de soins"],
 ["K1217", "G1202", "K1206", "K1306"]),
("j13", "jai fait mon stage d observation au port du havre et les portes conteneurs mont retourne le cerveau. je parle anglais et espagnol et ce qui minteresse cest comment on organise le voyage des marchandises dun pays a lautre",
 "lycéen en 1re générale, spécialités SES et LLCER anglais, 16 ans", [],
 ["N1204", "N1202", "N1201", "N1206", "D1429", "N3201"]),
("j14", "je passe des heures sur sweet home 3d a dessiner des maisons imaginaires, je place les murs, les fenetres, je choisis les couleurs et les meubles. mon pere dit que je devrais en faire mon metier",
 "lycéenne en 1re générale, spécialités mathématiques et arts plastiques, 16 ans", [],
 ["F1102", "F1101", "F1104", "F1139", "F1140"]),
# --- étudiants qui changent de voie
("j15", "Je suis en LAS option droit, j'ai raté l'entrée en médecine de peu et je ne me vois pas recommencer. Je veux quand même soigner les gens, mais sans dix ans d'études.",
 "étudiante en 1re année de licence accès santé (LAS) mineure droit, 19 ans", ["pas dix ans d'études"],
 ["J1506", "J1403", "J1406", "J1306", "J1412", "J1404"]),
("j16", "jsuis en 2e annee decole de commerce et le marketing me saoule grave, le seul cours qui ma plu cest celui sur la RSE. je veux aider les entreprises a polluer moins, pas a vendre plus",
 "étudiant en 2e année d'école de commerce (programme grande école), 21 ans", ["pas de vente ni de marketing"],
 ["M1413", "M1406", "A1313", "H1304", "A1312"]),
("j17", "Je suis en licence LLCER espagnol et tout le monde me pousse vers le CAPES, mais je ne veux surtout pas être prof. Ce que j'aime, c'est passer d'une langue à l'autre, à l'écrit comme à l'oral.",
 "étudiante en L3 LLCER espagnol, 21 ans", ["pas d'enseignement"],
 ["E1108", "E1123", "E1120", "G1227", "K1226"]),
("j18", "je suis en BTS MCO en alternance dans un supermarché, manager une equipe et faire du chiffre ca me parle pas. par contre refaire la vitrine pour noel ou mettre en scene un rayon, la jsuis a fond",
 "étudiante en 1re année de BTS management commercial opérationnel en alternance, 19 ans", ["pas de management d'équipe"],
 ["B1301", "D1506", "D1501", "F1139"]),
("j19", "jai lache ma L1 info au bout de 3 mois, le code et les maths jai pas accroche. par contre monter des PC, reinstaller windows et depanner tout le monde au lycee jadorais",
 "ancien étudiant en L1 informatique, 19 ans", ["pas de développement ni de maths poussées"],
 ["I1401", "M1869", "I1404", "M1874", "M1810"]),
("j20", "Je finis une licence d'histoire de l'art et les musées m'attirent, mais pas les bureaux de conservateur. Ce qui me fascine, c'est de travailler de mes mains sur un tableau abîmé ou un meuble ancien pour lui rendre son état.",
 "étudiante en L3 histoire de l'art, 22 ans", [],
 ["B1302", "H2207", "K1606", "B1403", "B1201"]),
# --- adultes en reconversion (ancien métier + souhait)
("j21", "Comptable depuis vingt ans dans une PME, je ne supporte plus les tableaux Excel. Le week-end je restaure des commodes chinées et j'aimerais en faire mon métier, avec un CAP si besoin.",
 "comptable, 45 ans", ["formation courte (CAP) acceptée"],
 ["H2207", "H2206", "B1302", "H2208"]),
("j22", "J'ai vendu des voitures pendant quinze ans, les primes et les objectifs m'ont vidé. Je suis bénévole dans un foyer pour ados le samedi et c'est là que je me sens à ma place : je voudrais en faire mon vrai travail.",
 "vendeur automobile, 40 ans", ["plus de vente"],
 ["K1207", "K1208", "K1217", "K1204", "K1203"]),
("j23", "Infirmière depuis dix-huit ans, j'aime toujours les gens mais plus l'hôpital. Mon rêve secret, c'est de me lever à 4 h pour pétrir la pâte et sortir les premières baguettes du four.",
 "infirmière en service de médecine, 42 ans", [],
 ["D1102", "D1104", "D1108", "D1117"]),
("j24", "Ancien sous-officier de l'armée de terre, quinze ans de service, je viens de quitter l'uniforme. J'ai passé des brevets d'escalade et de canyon à l'armée et je voudrais encadrer des groupes en pleine nature.",
 "ancien sous-officier de l'armée de terre, 36 ans", [],
 ["G1216", "G1204", "G1209", "G1231", "G1228"]),
("j25", "ca fait 12 ans que je suis caissiere en hyper, je connais tous les petits vieux du quartier et je les aide a ranger leurs courses. je voudrais passer aide soignante ou quelque chose comme ca, m'occuper des gens pour de vrai",
 "hôtesse de caisse en hypermarché, 34 ans", [],
 ["J1501", "K1302", "J1301", "K1306", "J1304"]),
("j26", "Ingénieur développeur depuis quatorze ans à Paris, j'ai fait un burn-out l'an dernier. Je veux partir à la campagne et produire des légumes bio que je vendrais en direct.",
 "ingénieur logiciel, 38 ans", ["plus de travail sur écran"],
 ["A1433", "A1301", "A1416", "A1414", "A1402"]),
("j27", "J'ai été secrétaire médicale pendant vingt ans. Quand mon père est décédé, la dame des pompes funèbres nous a accompagnés avec une douceur incroyable et je me suis dit que je voulais faire ça.",
 "secrétaire médicale, 49 ans", [],
 ["K2602", "K2605", "K2603", "K2604"]),
("j28", "Gardien de la paix depuis 22 ans, j'ai vu trop d'accidents de la route. Je voudrais apprendre aux jeunes à conduire prudemment, ou animer des stages de récupération de points.",
 "policier, 47 ans", [],
 ["K2110", "K2138", "K2128"]),
("j29", "Journaliste en presse régionale depuis quinze ans, mon titre vient de fermer. J'aimerais écrire pour une mairie ou une communauté de communes : magazine, site, réseaux, relations avec la presse.",
 "journaliste de presse quotidienne régionale, 44 ans", [],
 ["E1112", "E1103", "E1119", "E1101", "E1124"]),
("j30", "J'ai élevé des vaches laitières pendant vingt-cinq ans avec mon mari, on a vendu le troupeau. Je ne veux plus la traite matin et soir, mais rester au contact des éleveurs, les conseiller, les aider à s'en sortir.",
 "éleveuse de vaches laitières, 52 ans", ["plus de traite ni d'astreinte d'élevage"],
 ["A1304", "A1302", "A1310", "A1305", "K2111"]),
("j31", "Cheffe de cuisine en brasserie depuis quinze ans, je veux des horaires normaux. Ce qui me passionne aujourd'hui c'est la nutrition : composer des menus équilibrés pour des enfants ou des malades.",
 "cheffe de cuisine, 39 ans", ["plus de service du soir"],
 ["J1402", "G1404", "G1606", "K2111"]),
("j32", "Chauffeur de car scolaire depuis 11 ans, le temps partiel ne me suffit plus pour vivre. J'adore la mécanique, c'est moi qui repère toujours le bruit bizarre avant tout le monde.",
 "conducteur d'autocar scolaire à temps partiel, 41 ans", [],
 ["I1613", "I1604", "I1624", "I1612"]),
# --- contraintes (santé, famille, mobilité, lieu, casier, diplôme étranger)
("j33", "J'habite un village de la Creuse, je n'ai ni permis ni voiture et le car passe deux fois par jour. Je suis bon en bricolage et j'aime le bois, il y a une scierie et deux menuisiers à pied de chez moi.",
 "jeune homme sans diplôme, 20 ans, vit chez ses parents", ["pas de permis ni de voiture", "travail dans le village"],
 ["H2206", "H2205", "H2207", "H2201", "H2211"]),
("j34", "Je m'occupe la journée de mon fils polyhandicapé, donc je ne peux travailler que le soir, entre 18 h et minuit. J'aime le contact et je garde mon calme.",
 "mère de famille, 37 ans, ancienne employée de commerce", ["le soir uniquement (18 h–minuit)"],
 ["G1703", "D1408", "G1225", "K1221", "M1614", "G1803"]),
("j35", "papa solo de jumeaux de 7 ans, je dois finir avant la sortie de lecole et avoir mes mercredis. jadore cuisiner pour beaucoup de monde, chez moi cest toujours plein",
 "père isolé, 35 ans, ancien intérimaire en usine", ["horaires scolaires", "mercredis libres si possible"],
 ["G1606", "G1607", "K1308", "G1404"]),
("j36", "J'ai une fibromyalgie : je ne peux ni rester debout longtemps ni porter, mais assise avec mes mains je peux faire des heures de travail minutieux. Je fais des bijoux en perles et en fil d'argent depuis dix ans.",
 "femme de 31 ans, ancienne vendeuse en boulangerie", ["pas de station debout prolongée", "pas de port de charges"],
 ["B1605", "B1603", "B1610", "B1604", "B1616"]),
("j37", "je suis dyscalculique, les chiffres et les tableaux c'est l'enfer pour moi. par contre les plantes jai la main verte, mon balcon c'est une jungle",
 "jeune femme de 19 ans, sortie de seconde", ["pas de calculs"],
 ["A1203", "A1208", "D1209", "A1414", "A1441"]),
("j38", "Je ne veux pas quitter Lorient, ma mère est malade et je suis le seul enfant sur place. J'ai un bac pro usinage et j'aime les grosses pièces.",
 "technicien d'usinage en intérim, 24 ans", ["rester à Lorient"],
 ["H2903", "I1605", "H2912", "H2906", "H2901"]),
("j39", "Depuis mon AVC, je n'ai plus l'usage de ma main gauche, moi qui étais cuisinier. Je connais les produits, les fournisseurs, les règles d'hygiène, et je sais expliquer.",
 "ancien cuisinier, 51 ans, reconnu travailleur handicapé", ["une seule main valide"],
 ["K2111", "G1404", "G1407", "D1106", "D1502"]),
("j40", "J'aide ma mère qui a Alzheimer, je ne peux travailler que de chez moi et à mi-temps. J'ai été assistante dans un cabinet d'avocats pendant douze ans, je tape vite et sans fautes.",
 "aidante familiale, 48 ans, ancienne assistante juridique", ["télétravail uniquement", "mi-temps"],
 ["M1613", "M1612", "M1607", "E1122", "M1606"]),
("j41", "je suis sorti de detention y a 3 mois, jai un casier. la bas jai fait une formation peinture et plaquiste et je me suis rendu compte que jetais bon, jveux bosser et plus jamais retomber",
 "homme de 27 ans sortant de détention", ["casier judiciaire"],
 ["F1606", "F1604", "F1601", "F1611"]),
("j42", "Je suis arrivé du Soudan il y a deux ans, là-bas j'étais infirmier mais mon diplôme n'est pas reconnu ici. Je parle arabe, anglais et mon français progresse, je veux retravailler auprès des malades.",
 "réfugié statutaire, 33 ans, ancien infirmier", ["diplôme étranger non reconnu", "français en cours d'apprentissage"],
 ["J1501", "J1506", "K1220", "K1226", "J1301"]),
# --- transmettre, enseigner
("j43", "Menuisier depuis 35 ans, je pars à la retraite dans quelques années et ça me fend le cœur que personne ne reprenne mes gestes. J'aimerais consacrer mes dernières années à former des jeunes.",
 "menuisier artisan, 59 ans", [],
 ["K2111", "K2109", "K1203", "K2147"]),
("j44", "Je suis ingénieure chimiste en usine depuis dix ans et ce que je préfère, c'est accueillir les stagiaires et leur expliquer les réactions. Je voudrais en faire mon métier, devant des ados.",
 "ingénieure procédés en chimie, 35 ans", [],
 ["K2107", "K2129", "K2122", "G1242"]),
("j45", "Violoniste intermittente depuis quinze ans, les tournées m'épuisent. Je voudrais transmettre, donner des cours à des enfants comme à des adultes, et rester dans ma ville.",
 "violoniste intermittente du spectacle, 38 ans", ["pas de tournées"],
 ["K2105", "K2136", "K2122", "G1202"]),
("j46", "Aide-soignante depuis vingt-cinq ans, mon dos dit stop. Je sais tout du terrain et je voudrais former les futures aides-soignantes et encadrer les stagiaires.",
 "aide-soignante en EHPAD, 50 ans", ["plus de manutention de patients"],
 ["K2111", "J1502", "K2142"]),
("j47", "Je suis entendante mais mes parents sont sourds, la langue des signes c'est ma première langue. Je voudrais en vivre : interpréter, enseigner, aider les sourds à se faire comprendre.",
 "jeune femme de 24 ans, titulaire d'une licence de sciences du langage", [],
 ["E1123", "K2127", "E1122", "K2111"]),
# --- activités décrites sans mot de métier
("j48", "tout le quartier m'amene ses velos, je change les chaines, je regle les freins et les vitesses dans le garage de ma grand mere. on me paye en gateaux mdr",
 "jeune homme de 19 ans, sans diplôme", [],
 ["I1619", "I1628", "I1117", "D1305", "I1115"]),
("j49", "Le week-end je pars à l'aube photographier les oiseaux des marais et je note leurs comportements dans une appli d'observateurs. Je passe plus de temps dehors que chez moi.",
 "magasinier, 28 ans", [],
 ["A1306", "A1204", "G1240", "A1202", "K2402"]),
("j50", "Au club de basket, c'est moi qui fais le planning des matchs, organise les tournois, trouve les sponsors et loue les minibus pour les déplacements. Sans moi le club s'arrête.",
 "employé de banque, 32 ans, bénévole associatif", [],
 ["G1213", "E1107", "G1405", "G1406", "G1239"]),
("j51", "J'écoute tous les podcasts sur les grands procès et je vais assister aux audiences du tribunal quand je suis en congé. Ce qui me plaît, c'est la procédure, qui parle quand, comment on rédige un jugement.",
 "agent de la fonction publique territoriale, 30 ans", [],
 ["K1909", "K1903", "K1904", "M1612", "K1902"]),
("j52", "Je chine des vieux postes radio et des tourne-disques aux vide-greniers, je les démonte et je les remets en marche. Ma cave ressemble à un atelier des années 60.",
 "retraité anticipé de la SNCF, 57 ans", [],
 ["I1402", "I1329", "D1201", "I1305"]),
("j53", "je passe mes weekends a faire du pain au levain, du kombucha, des conserves, jai meme une biere maison qui fermente dans la salle de bain. jai pas envie de rester toute ma vie en call center",
 "conseiller en centre d'appels, 26 ans", [],
 ["D1102", "A1413", "H2105", "H1503", "A1443"]),
# --- mots à double sens
("j54", "jsuis en 3e et je passe le brevet en juin, mais le brevet qui mintéresse vraiment cest celui de pilote. jai fait un bapteme en planeur et depuis je pense qua ca",
 "collégien en 3e, 15 ans", [],
 ["N2102", "N2206", "N2202", "I1602"]),
("j55", "Je veux bosser dans la cuisine, mais surtout pas faire à manger ! Ce qui me plaît, c'est dessiner une cuisine, choisir les plans de travail, monter les meubles et que tout tombe pile.",
 "jeune femme de 22 ans, titulaire d'un CAP menuisier", [],
 ["D1212", "F1625", "F1140", "H2206", "F1102"]),
("j56", "Les bêtes ça ne me fait pas peur, rats, cafards, punaises de lit, guêpes. Je veux débarrasser les gens de ce qui leur pourrit la maison.",
 "homme de 30 ans, ancien agent de propreté", [],
 ["K2305", "K2315", "K2319"]),
("j57", "moi les reseaux cest ma passion mais pas insta hein, les cables, les switchs, les baies, les VLAN. chez moi jai monte un homelab dans un placard",
 "lycéen en terminale bac pro cybersécurité, informatique et réseaux, électronique (CIEL), 18 ans", [],
 ["M1816", "M1854", "M1830", "M1822", "I1311"]),
("j58", "Ingénieur en mécanique depuis douze ans, j'ai rédigé trois brevets et c'est de loin la partie du travail que je préfère. Je voudrais ne faire que ça : protéger les inventions, lire les antériorités, défendre les dossiers.",
 "ingénieur en bureau d'études mécaniques, 37 ans", [],
 ["H1212", "K1903", "M1407"]),
# --- seulement des valeurs
("j59", "Je veux être utile aux autres, dehors, pas dans un bureau, et sans faire cinq ans d'études. Je suis sportif et je reste calme quand ça panique autour de moi.",
 "jeune homme de 18 ans, en terminale générale", ["pas de bureau", "études courtes"],
 ["K1705", "G1224", "K1707", "K1708", "K1726"]),
("j60", "Je veux un métier où je rentre le soir en me disant que j'ai aidé quelqu'un à s'en sortir. L'injustice me rend malade, et je préfère écouter que parler.",
 "femme de 29 ans, employée de mutuelle", [],
 ["K1201", "K1801", "K1204", "K1211", "K1225"]),
]

def sentences(text):
    # a sentence ends with . ! ? (or the end of the text); '...' counts once
    parts = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    return len(parts)

def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    path = args[0] if args else DEFAULT_CSV
    titles = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            titles[r["code_rome"]] = r["libelle_rome"]
    errs = []
    if len(P) != 60:
        errs.append(f"{len(P)} profiles, expected 60")
    seen_text = set()
    for n, (pid, text, persona, cons, gold) in enumerate(P, 1):
        if pid != f"j{n:02d}":
            errs.append(f"id {pid} out of order (expected j{n:02d})")
        if text in seen_text:
            errs.append(f"{pid}: duplicate text")
        seen_text.add(text)
        ns = sentences(text)
        if not 1 <= ns <= 4:
            errs.append(f"{pid}: {ns} sentences")
        if not isinstance(persona, str) or not persona.strip():
            errs.append(f"{pid}: empty persona")
        if not isinstance(cons, list) or any(not isinstance(c, str) or not c.strip() for c in cons):
            errs.append(f"{pid}: bad constraints")
        if not 2 <= len(gold) <= 8:
            errs.append(f"{pid}: {len(gold)} gold codes")
        if len(set(gold)) != len(gold):
            errs.append(f"{pid}: duplicate gold code")
        for c in gold:
            if not re.fullmatch(r"[A-N]\d{4}", c):
                errs.append(f"{pid}: malformed code {c}")
            elif c not in titles:
                errs.append(f"{pid}: unknown code {c}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    profiles, only = [], []
    for pid, text, persona, cons, gold in P:
        profiles.append({"id": pid, "text": text, "persona": persona, "constraints": cons,
                         "gold": [], "gold_either": [], "gold_a": gold, "gold_b": []})
        only.append({"id": pid, "text": text, "persona": persona, "constraints": cons})
        if verbose:
            print(f"{pid} [{persona}] {text}")
            for c in gold:
                print(f"    {c} {titles[c]}")
    with open(os.path.join(HERE, "blind_j.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "profiles": profiles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT.split(" gold_a =")[0] + " Profiles only, no gold.", "profiles": only},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(p[4]) for p in P)
    print(f"ok: 60 profiles, {n} gold codes ({len({c for p in P for c in p[4]})} distinct), wrote blind_j.json and profiles_only.json")

if __name__ == "__main__":
    main()
