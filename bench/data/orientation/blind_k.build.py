#!/usr/bin/env python3
"""Build ZenIA blind set K (60 orientation profiles, labeller A). Standard library only.

Usage: python3 build_k.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]
Writes blind_k.json and profiles_only.json next to this script, only if every check passes.
Licence: MIT (texts, personas, constraints, gold lists). ROME codes: France Travail, Licence Ouverte 2.0.
"""
import csv, json, os, re, sys

DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"
HERE = os.path.dirname(os.path.abspath(__file__))

ABOUT = ("ZenIA blind set K: 60 first-person orientation profiles (k01-k60) written by a helper that never saw "
         "the project's code (ROME 4.0 v460 only). gold_a = ROME codes judged acceptable in a top-5 answer by "
         "labeller A; gold and gold_either are left empty, to be filled once a second independent labeller adds "
         "gold_b (gold = codes in both lists, gold_either = codes in either list). Texts and gold: MIT. "
         "ROME codes: France Travail open data, Licence Ouverte 2.0.")

# (id, text, persona, constraints, gold_a)
P = [
# --- collégiens (3e)
("k01", "moi et mon cousin on achete des vieux scooters 50 pas chers sur leboncoin, on les demonte dans le garage de mon oncle, on change ce qui est mort et on les repeint. en cours jsuis pas un genie mais la dessus jsuis chaud, ya quoi comme metier",
 "collégien en 3e, 14 ans", [],
 ["I1607", "I1604", "I1627", "I1606"]),
("k02", "cest moi qui fait les gateaux pour tous les anniv de la famille, le dernier c etait un layer cake licorne sur 3 etages avec des macarons dessus. jsais pas si je dois faire un cap direct ou aller au lycee normal avant",
 "collégienne en 3e, 15 ans", [],
 ["D1104", "G1610", "D1117", "D1115", "D1118"]),
("k03", "ca fait 6 ans que je monte et le samedi je reste toute la journee au club a curer les boxes, panser et soigner les chevaux. tout le monde me dit de devenir monitrice mais moi cest les chevaux qui minteressent pas les eleves",
 "collégienne en 3e, 14 ans", ["pas d'enseignement de l'équitation"],
 ["A1421", "A1510", "A1439", "A1309", "A1502", "L1403"]),
("k04", "jsuis fan des orages, jai une appli radar et je previens toute ma famille une heure avant que ca tombe, jai meme une petite station meteo sur le balcon. ya des vrais metiers pour ca ou cest que les presentateurs a la tele",
 "collégien en 3e, 14 ans", [],
 ["M1893", "M1809", "M1891", "M1890", "K2407"]),
# --- lycéens (général, techno, pro)
("k05", "je regarde toutes les series ou ils relevent les empreintes et lADN sur les scenes de crime et je veux faire ca en vrai. jsuis en seconde, 16 de moyenne en svt et en physique chimie, par contre le sang ca me derange pas du tout",
 "lycéenne en 2de générale, 15 ans", [],
 ["K1721", "K1704", "K1710", "J1110", "H1503"]),
("k06", "en terminale spe maths et ses, ce qui me plait le plus cest quand on prend un enorme tableau de chiffres et quon arrive a expliquer un truc sur la societe avec, genre pourquoi les jeunes votent pas. jsais pas comment sappelle le metier qui fait ca",
 "lycéen en terminale générale, spécialités mathématiques et SES, 17 ans", [],
 ["M1419", "M1414", "M1403", "M1405", "K2134", "K2133"]),
("k07", "je lis genre 80 romans par an et je tiens un compte insta ou je les chronique, jai 3000 abonnes. jaimerais bosser dans le monde du livre mais je sais que ecrivain ca paye pas",
 "lycéenne en 1re générale, spécialités HLP et LLCER anglais, 16 ans", [],
 ["E1105", "D1221", "K1603", "E1312", "K1601"]),
("k08", "en sti2d on a fabrique un panneau solaire qui suit le soleil tout seul et cetait le meilleur projet de lannee. je veux bosser dans les energies vertes mais sur le terrain, monter et reparer les installations, pas dessiner des plans dans un bureau",
 "lycéen en terminale STI2D, spécialité innovation technologique et ingénierie et développement durable, 17 ans", ["pas de travail de bureau d'études"],
 ["F1610", "I1321", "F1602", "F1628", "H2701"]),
("k09", "jsuis en st2s et cette annee jai fait du benevolat dans une epicerie solidaire. ce que jai prefere cest aider les familles a remplir leurs dossiers de caf et trouver des solutions quand elles etaient bloquees",
 "lycéenne en terminale ST2S, 17 ans", [],
 ["K1201", "K1225", "K1205", "K1204", "K1805"]),
("k10", "en sthr ce que je prefere cest le service en salle et surtout la partie vins, a la degustation jai reconnu le cepage avant le prof. je me vois bien conseiller les clients sur quoi boire avec leur plat dans un beau restau",
 "lycéen en terminale STHR, 17 ans", [],
 ["G1804", "G1806", "G1802", "G1810"]),
("k11", "bac pro logistique, jai fait mon caces et conduire le chariot cest cool mais je veux pas faire ca toute ma vie. ce qui me plait vraiment cest organiser, savoir ou est chaque palette, prevoir les commandes et que rien manque",
 "lycéen en terminale bac pro logistique, 18 ans", [],
 ["N1303", "N1302", "H1403", "N1110", "N4203"]),
("k12", "en bac pro aero option systemes, en stage jai fait des visites sur des moteurs dATR et jai kiffe. mon reve cest de bosser sur des avions de ligne a laeroport ou dans une grosse usine",
 "lycéen en 1re bac pro aéronautique option systèmes, 17 ans", [],
 ["I1602", "I1334", "H2909", "H2901"]),
("k13", "jsuis en cap esthetique, les soins du visage bof bof mais les ongles jsuis une tuerie, je fais le nail art de toute ma classe et des profs aussi mdr. je voudrais en faire mon taf et un jour avoir mon propre salon",
 "lycéenne en 2e année de CAP esthétique cosmétique parfumerie, 17 ans", [],
 ["D1240", "D1208", "D1225"]),
# --- étudiants qui décrochent ou changent de voie
("k14", "jai lache staps en novembre, les amphis de physio et de socio cetait pas pour moi du tout. moi ce que je veux cest coacher des gens en salle, leur faire des programmes et les voir progresser",
 "ancien étudiant en L1 STAPS, 19 ans", ["pas d'études universitaires longues"],
 ["G1217", "G1204", "G1218", "G1209"]),
("k15", "Je suis en MPSI et je craque, je dors quatre heures par nuit et je veux quitter la prépa en fin d'année. J'aime toujours la physique mais je veux du concret : manipuler, régler, réparer des machines, pas faire des équations jusqu'à minuit.",
 "étudiant en 1re année de classe préparatoire MPSI, 19 ans", ["pas de prépa ni d'école d'ingénieurs"],
 ["I1304", "H1210", "H1224", "H1404", "I1318"]),
("k16", "Je suis en L2 de psycho et je réalise qu'il faudra décrocher un master hyper sélectif pour être psychologue. Ce que je veux au fond, c'est écouter et accompagner des gens qui traversent une mauvaise passe, pas forcément dans un cabinet.",
 "étudiante en L2 de psychologie, 20 ans", [],
 ["K1207", "K1221", "K1801", "K1201", "K1204", "K1104"]),
("k17", "jsuis en 1re annee de bts sio option slam et coder des journees entieres ca me gave. le seul truc que jkiffe cest faire les maquettes des applis, choisir les couleurs, placer les boutons pour que ce soit simple a utiliser",
 "étudiant en 1re année de BTS services informatiques aux organisations option B (solutions logicielles), 19 ans", ["pas de développement"],
 ["E1206", "E1210", "E1205", "E1104"]),
("k18", "Je suis en deuxième année d'IFSI et j'arrête, les stages m'ont dégoûtée des soins. J'aime quand même l'ambiance de l'hôpital et surtout organiser : les plannings, les dossiers, l'accueil des patients au téléphone.",
 "étudiante en soins infirmiers (2e année), 20 ans", ["pas de soins"],
 ["M1609", "D1436", "M1212", "M1601"]),
("k19", "jsuis en m1 droit des affaires, mes parents sont avocats et ils me voient deja dans un cabinet. moi depuis toujours je dessine, jai rempli des carnets entiers de flash et mon reve cest de tatouer, jose pas leur dire",
 "étudiante en master 1 droit des affaires, 23 ans", [],
 ["D1208", "E1211", "B1101"]),
# --- adultes en reconversion (ancien métier + souhait ; gold = souhait)
("k20", "Commercial dans l'agroalimentaire depuis quinze ans, je passe ma vie sur l'autoroute et en visio. J'ai quatre ruches au fond du jardin depuis cinq ans et c'est le seul moment où je respire : j'aimerais m'installer avec deux cents ruches et vendre mon miel.",
 "commercial grands comptes en agroalimentaire, 44 ans", ["plus de vente comme métier principal"],
 ["A1429", "A1416", "A1419"]),
("k21", "Routier depuis 17 ans, je ne suis jamais chez moi et les bouchons me rendent fou. J'aime conduire, les responsabilités et les horaires décalés ne me font pas peur, mais c'est le rail qui m'attire maintenant.",
 "conducteur routier de marchandises, 41 ans", [],
 ["N4301", "N4119", "N4305", "N4303"]),
("k22", "Graphiste en agence depuis douze ans, je passe mes journées devant deux écrans. Je compose les bouquets pour tous les mariages de mes amies avec les fleurs de mon jardin et je voudrais que ce soit mon vrai métier, quitte à repasser un CAP.",
 "graphiste, 37 ans", ["plus de travail sur écran", "CAP accepté"],
 ["D1209", "A1414", "D1219"]),
("k23", "Professeure des écoles depuis seize ans, je suis à bout avec les classes de vingt-huit. J'ai suivi une formation de relaxation pour moi et j'aimerais aider des adultes stressés à mieux respirer, mieux dormir, apprivoiser leurs émotions.",
 "professeure des écoles, 43 ans", ["plus d'enseignement en classe"],
 ["K1106", "K1103", "K1108"]),
("k24", "Conseiller bancaire depuis dix ans, je vends des crédits et des assurances que personne ne veut. Ce qui me fait vibrer, c'est le samedi chez mon oncle charcutier à faire les pâtés, les saucisses et découper les carcasses.",
 "conseiller de clientèle bancaire, 34 ans", ["plus de vente de produits financiers"],
 ["D1101", "D1103", "D1109", "D1112"]),
("k25", "J'ai été opératrice sur chaîne chez un équipementier automobile pendant vingt ans et l'usine ferme en juin. C'est toujours moi qui formais les intérimaires et les rassurais, alors j'aimerais aider les gens qui cherchent du travail à retrouver leur place.",
 "opératrice de production licenciée économique, 46 ans", [],
 ["K1801", "K1224", "K1814", "M1502", "K2111"]),
("k26", "Steward depuis quatorze ans, j'en ai assez des nuits d'hôtel et du décalage horaire. Je fais des galettes et des crêpes pour tout le quartier à chaque fête et je rêve d'un camion pour les vendre sur les marchés.",
 "steward (personnel navigant commercial), 39 ans", [],
 ["G1613", "G1612", "D1110", "G1609"]),
("k27", "Agent de sécurité de nuit dans une galerie marchande depuis neuf ans, je ne vois plus jamais le jour. Je veux travailler dehors, créer des jardins, poser des terrasses, monter des murets en pierre sèche.",
 "agent de sécurité de nuit, 35 ans", ["plus de travail de nuit"],
 ["A1208", "F1707", "A1206", "A1203", "A1211"]),
("k28", "Directeur d'un magasin de bricolage depuis onze ans, je suis usé par les objectifs et les dimanches travaillés. J'ai un master de maths jamais utilisé et j'ai donné des cours à des collégiens pendant mes études : je voudrais enseigner.",
 "directeur de magasin de bricolage, 40 ans, titulaire d'un master de mathématiques", [],
 ["K2107", "K2129", "K2122", "K2111"]),
("k29", "Coiffeuse depuis vingt ans, je fais de l'eczéma aux colorations et le médecin m'a dit d'arrêter. J'adore conseiller et mettre les gens en valeur, j'ai pensé au conseil en image ou au maquillage pour le théâtre.",
 "coiffeuse en salon, 38 ans", ["plus de contact avec les produits capillaires chimiques"],
 ["D1241", "L1501", "D1215"]),
# --- vers un métier voisin
("k30", "Plombier chauffagiste depuis vingt ans, mes genoux ne suivent plus. Je passe mon temps à expliquer aux clients comment isoler et changer leur chaudière et quelles aides demander, autant en faire mon métier.",
 "plombier chauffagiste, 48 ans", ["plus de travail physique lourd"],
 ["F1114", "F1103", "F1113", "F1201"]),
("k31", "Vendeur au rayon informatique d'une grande surface depuis 6 ans, ce que je préfère c'est quand un client revient avec son PC qui rame et que je trouve le problème. Vendre des extensions de garantie, par contre, j'en peux plus.",
 "vendeur en électroménager et multimédia, 29 ans", ["plus de vente"],
 ["I1404", "M1874", "I1401", "I1406", "M1869"]),
("k32", "Caporal-chef dans l'infanterie, douze ans de service, je quitte l'armée l'an prochain. J'étais moniteur secourisme et tir au régiment et j'aimerais former des gens ou prendre en charge la sûreté d'un site.",
 "militaire du rang en fin de contrat, 32 ans", [],
 ["K2111", "K2502", "K2503", "K2508", "K2504"]),
("k33", "Aide-comptable depuis huit ans dans un cabinet, ce que je préfère c'est le moment des bulletins de salaire, les cotisations, les arrêts maladie. J'aimerais me spécialiser là-dedans et quitter les bilans.",
 "aide-comptable en cabinet d'expertise comptable, 31 ans", [],
 ["M1507", "M1509", "M1501"]),
("k34", "Ambulancier depuis dix ans, mon dos me lâche et je dois arrêter de porter les patients. J'aime l'urgence et je garde mon sang-froid au téléphone quand les familles paniquent.",
 "ambulancier, 37 ans", ["pas de port de charges"],
 ["D1436", "K2509", "D1408"]),
# --- seulement des refus et des limites
("k35", "jveux pas de bureau, pas decole apres le bac, pas de clients relous a servir et pas bosser la nuit. voila cest tout ce que je sais",
 "lycéen en terminale générale, 17 ans", ["pas de bureau", "pas d'études après le bac", "pas de service à la clientèle", "pas de travail de nuit"],
 ["A1203", "A1208", "F1703", "F1619", "A1201", "F1503"]),
("k36", "Je ne veux plus de contact client, plus de téléphone, plus d'astreintes ni de week-ends, et pas de formation de plus d'un an.",
 "employée de centre d'appels, 42 ans", ["pas de contact client", "pas de téléphone", "pas de week-end", "formation d'un an au plus"],
 ["M1602", "M1606", "N1110", "N1103", "M1621"]),
("k37", "je supporte pas le bruit, la foule, avoir un chef sur le dos, et je demenagerai jamais de ma campagne. le reste je men fiche",
 "jeune homme de 22 ans, sans diplôme, vit à la campagne", ["pas de bruit ni de foule", "travail autonome", "rester à la campagne"],
 ["A1416", "A1429", "A1433", "A1201", "A1205"]),
("k38", "Pas avec des enfants, pas avec des malades, pas dans la vente, pas dans un bureau, et je ne conduis pas.",
 "femme de 30 ans, sortie du chômage de longue durée", ["pas d'enfants", "pas de malades", "pas de vente", "pas de bureau", "pas de conduite"],
 ["H2909", "H2105", "N1103", "H3302", "N1105"]),
# --- souhait en une phrase
("k39", "je veux bosser dans les jeux video",
 "collégien en 4e, 13 ans", [],
 ["E1125", "M1831", "E1115", "L1510", "E1111"]),
("k40", "Je voudrais travailler avec les personnes âgées.",
 "femme de 50 ans, sans précision", [],
 ["K1302", "J1501", "K1306", "K1217", "K1311"]),
("k41", "jveux etre pompier depuis que jsuis petit",
 "lycéen en 2de professionnelle, 16 ans", [],
 ["K1705", "K1702", "K2503"]),
("k42", "J'aimerais un métier en lien avec la mer.",
 "homme de 26 ans, sans précision", [],
 ["N3102", "A1415", "F1142", "N3101", "A1404", "I1605"]),
# --- contraintes (handicap, mobilité, temps partiel, lieu)
("k43", "J'étais monteur en charpente métallique, depuis mon accident je suis en fauteuil roulant. Je lisais les plans mieux que le chef d'équipe et je me débrouille bien sur un logiciel de DAO : je veux rester dans le bâtiment, mais assis.",
 "ancien monteur en structures métalliques, 34 ans, paraplégique, reconnu travailleur handicapé", ["fauteuil roulant", "travail assis"],
 ["F1104", "H1203", "F1108", "F1110", "F1120"]),
("k44", "Je n'aurai jamais le permis à cause de mon épilepsie et j'habite en plein centre de Besançon. Depuis petite je démonte les vieux réveils et les montres de mon grand-père, j'ai des doigts de fée et une patience infinie.",
 "jeune femme de 19 ans, bac général", ["pas de permis (épilepsie)", "travail accessible à pied ou en bus"],
 ["B1604", "B1616", "B1610", "B1603"]),
("k45", "J'ai une sclérose en plaques et je ne peux travailler qu'à mi-temps, assise la plupart du temps. Je reprends les ourlets et les fermetures éclair de tout l'immeuble sur ma vieille machine.",
 "femme de 44 ans en invalidité catégorie 1, ancienne employée de cantine", ["mi-temps", "travail assis"],
 ["D1207", "B1803", "B1804"]),
("k46", "Je vis à Saint-Nazaire et je ne bougerai pas, mon mari travaille aux chantiers et nos enfants sont au collège ici. J'ai 45 ans, j'ai fait un atelier découverte de la soudure avec France Travail et j'ai adoré ça.",
 "mère au foyer de 45 ans, sans expérience professionnelle récente", ["rester à Saint-Nazaire"],
 ["H2913", "H2916", "H2917", "H2914", "H2902"]),
("k47", "Je suis sourd de naissance, je lis sur les lèvres mais le téléphone m'est impossible. Ma passion c'est la photo : je shoote partout et je passe des heures à retoucher mes images.",
 "homme de 27 ans, sourd, bac pro commerce", ["pas de téléphone"],
 ["E1201", "E1306", "E1203", "E1205"]),
("k48", "maçon depuis 15 ans, hernie discale operee deux fois, le chirurgien ma interdit de porter. jconnais le batiment par coeur et je veux pas le quitter",
 "maçon, 38 ans, en arrêt maladie", ["pas de port de charges"],
 ["F1202", "F1201", "F1108", "F1103", "F1130", "F1120"]),
("k49", "Je suis autiste Asperger, j'ai besoin de calme, de consignes claires et d'un travail précis sans surprises. Je classe et j'indexe mes collections de timbres et de cartes postales depuis quinze ans et j'y trouve un vrai apaisement.",
 "homme de 29 ans, licence d'histoire, sans emploi", ["environnement calme", "peu de relations avec le public"],
 ["K1601", "K1603", "M1606", "M1815"]),
# --- activités décrites sans mot de métier
("k50", "Avec mes potes on a fait plus de quarante salles où il faut sortir en une heure, maintenant c'est moi qui invente des énigmes avec des cadenas et des messages cachés et je les fais tester à ma famille. Tout le monde dit que les miennes sont mieux que celles qu'on paie.",
 "étudiant en L2 d'arts plastiques, 20 ans", [],
 ["E1126", "G1223", "L1513", "E1102", "G1414"]),
("k51", "J'aiguise les couteaux de tous mes voisins à la pierre à eau, j'ai même refait la pointe cassée d'un couteau de poche ancien et remonté un manche en corne. Le bruit de la lame sur la pierre me détend plus que tout.",
 "homme de 52 ans, magasinier", [],
 ["B1601", "H2918", "H2904"]),
("k52", "jachete des paires en edition limitee le jour de la sortie et je les revends plus cher sur vinted, je reconnais une fausse au premier coup doeil. jai deja mis 2000 balles de cote et jme demande si ya un vrai taf derriere",
 "lycéen en 1re bac pro métiers du commerce et de la vente, 17 ans", [],
 ["D1438", "E1113", "D1243", "M1101", "D1211"]),
("k53", "Je passe mes soirées à calculer les dégâts par seconde des personnages de mon jeu en ligne et je publie des tableurs pour montrer lesquels sont trop forts. Les développeurs ont repris une de mes propositions dans la dernière mise à jour.",
 "étudiant en BUT statistique et informatique décisionnelle, 20 ans", [],
 ["E1125", "M1815", "M1419", "E1111", "M1831"]),
("k54", "jai une imprimante 3d dans ma chambre, je modelise des pieces pour remplacer les trucs casses a la maison, une poignee de frigo, des clips de store, et des figurines pour mes potes. mon prof de techno dit que jai un vrai niveau",
 "lycéen en 2de générale, 15 ans", [],
 ["H1235", "H1203", "H1204", "M1305", "H3201"]),
("k55", "Je couds les costumes de ma troupe de théâtre amateur et les tenues de cosplay de mes amis, en partant de patrons que je modifie pour les ajuster. Le dernier était une robe à panier du XVIIIe, trois mois de travail.",
 "femme de 28 ans, employée administrative", [],
 ["L1502", "L1520", "B1803", "B1812", "H2412"]),
# --- passions à transformer en métier
("k56", "chaque weekend je fais le son des concerts du groupe de mon frere dans les bars, je regle la console, je place les micros et je gere les retours. jaimerais en vivre mais jai aucun diplome dans le domaine",
 "jeune homme de 21 ans, bac pro électricité, cariste en intérim", [],
 ["L1508", "L1512", "L1515", "L1526"]),
("k57", "Le week-end j'entraîne ma border collie en agility et de plus en plus de gens au club me demandent de l'aide pour leur chien qui tire en laisse ou aboie sans arrêt. J'aimerais en faire mon métier à côté de mon temps partiel, puis à plein temps.",
 "femme de 36 ans, préparatrice en pharmacie à temps partiel", [],
 ["A1426", "A1509", "A1508", "A1511"]),
("k58", "Employé de mairie au service état civil, je passe tous mes week-ends aux archives départementales à reconstituer des arbres généalogiques. J'ai remonté ma famille jusqu'en 1620 et des amis me demandent de faire la leur.",
 "adjoint administratif territorial, 50 ans", [],
 ["K2140", "K1601", "K1602"]),
# --- valeurs seulement
("k59", "Je veux un travail qui a du sens pour la planète, même moins bien payé, et où je vois concrètement le résultat de ma journée.",
 "homme de 27 ans, diplômé d'un BTS négociation et digitalisation de la relation client", [],
 ["K2309", "K2306", "A1202", "K2310", "A1433", "A1306"]),
("k60", "Pour moi le plus important c'est l'honnêteté et que les règles soient les mêmes pour tout le monde, je ne supporte pas les tricheurs.",
 "lycéenne en terminale générale, 17 ans", [],
 ["K1904", "K1903", "K1708", "K1502", "K1506", "K1511"]),
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
        if pid != f"k{n:02d}":
            errs.append(f"id {pid} out of order (expected k{n:02d})")
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
    with open(os.path.join(HERE, "blind_k.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "profiles": profiles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT.split(" gold_a =")[0] + " Profiles only, no gold.", "profiles": only},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(p[4]) for p in P)
    print(f"ok: 60 profiles, {n} gold codes ({len({c for p in P for c in p[4]})} distinct), wrote blind_k.json and profiles_only.json")

if __name__ == "__main__":
    main()
