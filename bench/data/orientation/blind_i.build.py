#!/usr/bin/env python3
"""Build ZenIA blind set I (60 orientation profiles, labeller A). Standard library only.

Usage: python3 build_i.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]
Writes blind_i.json and profiles_only.json next to this script, only if every check passes.
Licence: MIT (texts, personas, constraints, gold lists). ROME codes: France Travail, Licence Ouverte 2.0.
"""
import csv, json, os, re, sys

DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"
HERE = os.path.dirname(os.path.abspath(__file__))

ABOUT = ("ZenIA blind set I: 60 first-person orientation profiles (i01-i60) written by a helper that never saw "
         "the project's code (ROME 4.0 v460 only). gold_a = ROME codes judged acceptable in a top-5 answer by "
         "labeller A; gold and gold_either are left empty, to be filled once a second independent labeller adds "
         "gold_b (gold = codes in both lists, gold_either = codes in either list). Texts and gold: MIT. "
         "ROME codes: France Travail open data, Licence Ouverte 2.0.")

# (id, text, persona, constraints, gold_a)
P = [
# --- lycéens, voie générale
("i01", "jai une imprimante 3D dans ma chambre et je dessine des pieces sur onshape pour reparer des trucs a la maison, genre la poignee du frigo ou un clip de store. jaimerais que ce soit mon taf plus tard mais jsais meme pas comment ca sappelle",
 "lycéen en 1re générale, spécialités mathématiques, physique-chimie et sciences de l'ingénieur, 16 ans", [],
 ["H1235", "H1203", "H1204", "H1206", "H1210", "M1305"]),
("i02", "je lis les notices de medicaments en entier, je veux comprendre comment une molecule agit dans le corps. par contre voir des patients toute la journee c pas trop moi",
 "lycéenne en terminale générale, spécialités SVT et physique-chimie, 17 ans", ["pas de contact quotidien avec des patients", "études longues acceptées"],
 ["K2402", "H1206", "H1220", "H1217", "H1510", "K2404"]),
("i03", "je corrige les fautes dans le groupe de la classe et ca enerve tout le monde mdr. je lis genre trois romans par semaine et jadore quand un texte est nickel, sans une virgule de travers",
 "lycéenne en 1re générale, spécialités HLP et LLCER anglais, 16 ans", [],
 ["E1312", "E1121", "E1105", "E1305", "K2107"]),
("i04", "je regarde toutes les series ou ils analysent l'ADN sur une scene de crime, mais franchement l'enquete je m'en fiche, c'est le labo qui me fait rever. les pipettes, les gels, les resultats qui tombent",
 "lycéen en terminale générale, spécialités SVT et physique-chimie, 17 ans", [],
 ["J1302", "H1503", "H1224", "J1201", "K2402"]),
("i05", "je fais des tutos de maquillage effets speciaux sur insta, fausses cicatrices, brulures, vieillissement, a halloween tout le lycee passe par moi. par contre bosser en institut a faire des soins visage non merci",
 "lycéenne en 2de générale, 15 ans", ["pas d'institut de beauté"],
 ["L1501", "L1522", "L1503", "L1502", "L1516"]),
("i06", "dans les jeux je passe plus de temps a verifier si les armes sont equilibrees qu'a jouer, jai meme fait un tableur pour les patchs de ma guilde. ya un metier pour ca ?",
 "lycéen en terminale générale, spécialités NSI et mathématiques, 17 ans", [],
 ["E1125", "M1831", "M1815", "M1419", "M1405"]),
("i07", "je vais aux conseils municipaux de ma ville, jsuis le seul a avoir moins de 60 ans lol. ce qui me passionne c'est comment ils choisissent ou mettre une piste cyclable ou un city stade et avec quel budget",
 "lycéen en 1re générale, spécialités SES et HGGSP, 16 ans", ["études longues acceptées"],
 ["K1809", "K1404", "K1811", "K1807", "K1802"]),
("i08", "chaque 14 juillet je filme le feu d'artifice et apres je decortique les couleurs, je sais quel sel metallique donne quel vert. ca existe un taf ou on fait peter des trucs proprement et en securite ?",
 "lycéen en terminale générale, spécialités physique-chimie et mathématiques, 17 ans", [],
 ["L1523", "K1729", "F1402", "H2304", "H1503"]),
# --- lycéens, voie technologique
("i09", "avec deux potes on a fait un robot suiveur de ligne pour un concours, moi je programme la carte et je regle les capteurs. jveux pas etre assis derriere un bureau toute la journee, jprefere les machines",
 "lycéen en terminale STI2D, enseignement spécifique systèmes d'information et numérique, 17 ans", ["pas de poste de bureau à temps plein"],
 ["I1302", "I1305", "H1209", "I1304", "H1239"]),
("i10", "cet ete jai aide mon oncle a poser des pompes a chaleur et jai kiffe comprendre pourquoi une maison consomme trop. plus tard jaimerais expliquer aux gens comment moins payer de chauffage",
 "lycéen en 1re STI2D, enseignement spécifique énergies et environnement, 16 ans", [],
 ["F1114", "F1103", "F1620", "I1316", "F1117", "F1113"]),
("i11", "j'achete des sneakers en edition limitee et je les revends sur vinted, j'ai fait 800 balles de benef cette annee. je me vois bien avoir ma propre boutique en ligne un jour",
 "lycéenne en terminale STMG, enseignement spécifique mercatique, 17 ans", [],
 ["E1113", "D1438", "D1302", "D1214", "M1101", "M1705"]),
("i12", "jadore sentir les trucs et deviner ce quil y a dedans, jai reconnu la vanille et le cuir dans le parfum de ma mere. en TP ce que je prefere c'est les extractions et les distillations",
 "lycéenne en 1re STL, enseignement spécifique sciences physiques et chimiques en laboratoire, 16 ans", [],
 ["H1505", "H1503", "H1210", "H1224", "H2304"]),
# --- lycéens, bac pro
("i13", "en stage au garage cest toujours moi qui trouve les pannes electriques avec la valise, les vidanges ca me saoule. jaimerais me specialiser dans les electriques et les hybrides",
 "lycéen en 1re bac pro maintenance des véhicules option voitures particulières, 17 ans", [],
 ["I1604", "I1612", "F1628", "I1617"]),
("i14", "en stage on a fait les placards sur mesure d'une boutique et jai adore aller poser chez le client, regler au millimetre. par contre passer ma vie a l'atelier derriere une machine ca me dit rien",
 "lycéen en terminale bac pro technicien menuisier-agenceur, 18 ans", ["pas seulement de l'atelier"],
 ["F1625", "F1616", "F1614", "F1140", "H2206"]),
("i15", "jsuis en bac pro aero option systemes et ce que je prefere cest le cablage et les tests au banc. le reve ce serait de bosser sur les helicos du samu ou de la gendarmerie",
 "lycéen en terminale bac pro aéronautique option systèmes, 18 ans", [],
 ["I1602", "I1334", "H2605", "K1718"]),
("i16", "je fais les ourlets et les retouches de toute la famille et jai transforme des vieux jeans en sacs. je veux pas finir en usine a coudre la meme piece 8h par jour",
 "lycéenne en 1re bac pro métiers de la mode - vêtements, 16 ans", ["pas de couture à la chaîne en usine"],
 ["D1207", "B1803", "B1812", "B1805", "B1807", "L1502"]),
# --- apprentis
("i17", "je suis en alternance dans une boite qui nettoie des usines agroalimentaires la nuit. ce qui me plait c'est la chimie des produits et les audits d'hygiene, j'aimerais passer du cote controle et plus du cote lance a eau",
 "apprenti en bac pro gestion des pollutions et protection de l'environnement, 19 ans", [],
 ["H1528", "K2319", "H1303", "H1524", "K2203"]),
("i18", "mon alternance c'est a la sterilisation de l'hopital et jadore le cote ultra rigoureux, chaque boite d'instruments verifiee. je voudrais rester a l'hopital mais sans faire de soins aux malades",
 "apprentie en bac pro hygiène, propreté, stérilisation, 18 ans", ["pas de soins aux patients"],
 ["J1309", "J1307", "J1303", "J1301"]),
# --- étudiants qui changent de voie
("i19", "En L2 de bio je m'ennuie en amphi, mais les TP de microbio c'est ce que je préfère, surtout les cultures sur boîtes de Petri. Je voudrais quelque chose de plus court et concret, bac+2 ou bac+3 maxi.",
 "étudiante en L2 sciences de la vie, 20 ans", ["études courtes (bac+2/bac+3)"],
 ["J1302", "H1503", "H1510", "H1224", "H1530"]),
("i20", "jsuis en BUT GEA, la compta ca va mais ce qui m'eclate c'est le module paie et droit du travail. je me vois pas du tout en cabinet d'expertise comptable",
 "étudiant en 2e année de BUT gestion des entreprises et des administrations, 20 ans", ["pas de cabinet d'expertise comptable"],
 ["M1507", "M1509", "M1501", "M1502"]),
("i21", "En licence d'arts plastiques, je me rends compte que j'aime plus monter les expositions des autres que produire mes propres œuvres. Accrocher, éclairer, écrire les cartels, accueillir les visiteurs.",
 "étudiante en L1 arts plastiques, 19 ans", [],
 ["K1605", "K1213", "L1513", "K1606", "D1233"]),
("i22", "je fais un BTS tourisme mais vendre des sejours au comptoir ca me dit rien. ce que jai kiffe en stage c'est faire visiter les caves de la vieille ville a un groupe d'anglais, je parle aussi allemand",
 "étudiant en 1re année de BTS tourisme, 19 ans", ["pas de vente en agence"],
 ["G1222", "G1227", "G1201", "G1101", "G1102"]),
("i23", "Je suis en 2e année d'école d'infirmière et les stages en service m'épuisent, surtout le rythme et les gardes. Ce que j'ai aimé, c'est une intervention de prévention dans un collège : expliquer aux gens comment prendre soin d'eux.",
 "étudiante en 2e année d'IFSI, 21 ans", ["pas de service hospitalier en gardes"],
 ["J1505", "J1511", "J1512", "K1220", "K1414"]),
("i24", "Je suis en L2 de géographie et les cours théoriques me perdent, mais j'ai adoré le stage de terrain sur une rivière qui déborde chaque hiver. Je cherche un métier dehors, pas forcément à bac+5.",
 "étudiant en L2 géographie et aménagement, 20 ans", ["travail en extérieur", "pas forcément bac+5"],
 ["K2313", "A1202", "A1204", "K1813", "F1124"]),
# --- adultes en reconversion
("i25", "Je conduis des bus en ville depuis quinze ans et les incivilités me pèsent de plus en plus. J'aimerais rester dans le réseau, mais passer du côté de l'organisation : horaires, affectations, régulation du trafic.",
 "conducteur de bus urbain, 44 ans", [],
 ["N4204", "N4202"]),
("i26", "Préparatrice en officine depuis douze ans, ce que je préfère ce sont les préparations et la rigueur des dosages. Le comptoir, les files d'attente et la vente de parapharmacie, beaucoup moins.",
 "préparatrice en pharmacie d'officine, 38 ans", ["moins de comptoir et de vente"],
 ["J1307", "H1217", "H1510", "H2302", "H1503"]),
("i27", "Boucher depuis 18 ans, mes poignets ne suivent plus. Je connais la viande, la traçabilité, les règles d'hygiène, et j'aime bien former les apprentis.",
 "boucher, 36 ans", ["poignets fragiles : plus de découpe"],
 ["K2111", "H1528", "H1524", "D1502"]),
("i28", "J'ai été éducatrice de jeunes enfants en crèche pendant quinze ans. Je voudrais quitter le terrain au quotidien sans quitter la petite enfance, en formant des professionnels ou en accompagnant des parents.",
 "éducatrice de jeunes enfants, 41 ans", [],
 ["K1216", "K2111", "K1101", "K1209"]),
("i29", "jai manage un fast food pendant 6 ans, les soirs et les rushs jen peux plus. je sais faire un planning, recruter des jeunes et tenir un stock, je veux des horaires de journee",
 "manager en restauration rapide, 29 ans", ["horaires de journée", "plus de soirs"],
 ["M1502", "M1501", "K1814", "M1619", "N1303"]),
("i30", "J'ai été dessinatrice dans un cabinet d'architecte pendant vingt ans et le cabinet ferme. J'aimerais me tourner vers la rénovation énergétique et aider les particuliers à monter leur projet de travaux.",
 "dessinatrice en cabinet d'architecture, 47 ans", [],
 ["F1114", "F1103", "F1120", "F1126", "F1108"]),
("i31", "J'ai été ingénieur de forage douze ans en Afrique et en mer du Nord, je veux rentrer en France et mettre mes compétences au service de la transition. Sous-sol, pression, fluides : c'est ce que je connais.",
 "ingénieur de forage pétrolier, 39 ans", ["plus d'expatriation"],
 ["F1138", "F1128", "F1105", "F1124", "F1143"]),
("i32", "Plombier-chauffagiste depuis vingt ans, mon genou ne supporte plus les chantiers à genoux. Je connais les chaudières et les normes par cœur et les clients me font confiance.",
 "plombier-chauffagiste, 42 ans", ["genou : pas de travail à genoux ni de chantier lourd"],
 ["D1407", "K2111", "F1103", "F1108", "F1114"]),
("i33", "Vendeuse en boutique de téléphonie depuis huit ans, j'en ai assez des objectifs. Par contre j'adore régler les problèmes des clients : transférer les données, paramétrer, trouver pourquoi ça bugue.",
 "vendeuse en téléphonie mobile, 34 ans", ["plus d'objectifs de vente"],
 ["I1404", "I1401", "M1874", "I1407", "M1869"]),
("i34", "Assistante maternelle agréée depuis dix ans, je veux sortir de chez moi et travailler avec des adultes. C'est moi qui gérais tous les papiers avec les parents : contrats, déclarations, attestations.",
 "assistante maternelle, 39 ans", [],
 ["M1602", "M1607", "M1507", "K1205", "M1501"]),
("i35", "jai bosse 9 ans en abattoir de volailles sur la chaine, le froid et les cadences je peux plus. en vrai jaime les animaux vivants, je voudrais m'en occuper",
 "ouvrière d'abattoir, 33 ans", ["plus de travail à la chaîne"],
 ["A1403", "A1409", "A1506", "A1501", "A1503"]),
# --- demandeurs d'emploi de plus de 50 ans
("i36", "Maçon depuis mes 16 ans, j'en ai 56 et mon dos a lâché : on m'interdit de porter. Je connais les chantiers par cœur, je lis un plan et je sais parler aux clients.",
 "maçon en recherche d'emploi, 56 ans", ["pas de port de charges"],
 ["F1108", "F1103", "F1201", "K2111", "F1130", "F1120"]),
("i37", "Après vingt-cinq ans dans les ressources humaines d'un groupe industriel, j'ai été licencié à 58 ans. Je voudrais accompagner des personnes qui changent de métier plutôt que gérer des plans sociaux.",
 "ancien responsable des ressources humaines, 58 ans", [],
 ["K1801", "K2139", "M1508", "K2126", "K2112"]),
("i38", "J'ai 53 ans dont trente sur des lignes de conditionnement de médicaments, et l'usine ferme. Je suis méticuleuse, j'avais toujours les meilleurs taux au contrôle.",
 "opératrice de conditionnement en industrie pharmaceutique, 53 ans", [],
 ["H3301", "H3302", "H1528", "H1524", "H2302"]),
("i39", "Ambulancier depuis 25 ans, je ne peux plus porter les brancards. Je connais le département par cœur et je garde mon calme au téléphone quand quelqu'un panique.",
 "ambulancier, 52 ans", ["plus de port de patients"],
 ["D1436", "K1221", "M1614", "N4204"]),
("i40", "Électricien de maintenance pendant trente ans dans une papeterie qui vient de fermer, j'ai 54 ans. Je veux rester dans la technique mais avec moins de physique, et pourquoi pas transmettre.",
 "électricien de maintenance industrielle, 54 ans", ["moins de travail physique"],
 ["K2111", "H1305", "H1504", "F1103", "H1303"]),
# --- contraintes de santé, d'horaires, de famille, de lieu
("i41", "J'ai arrêté la peinture en carrosserie à cause de mon asthme : plus de poussières, de solvants ni de fumées. J'aime toujours les voitures et le contact avec les clients.",
 "ancien peintre en carrosserie, 27 ans", ["asthme sévère : pas de poussières, solvants ni fumées"],
 ["D1404", "I1623", "D1223", "D1204", "I1612"]),
("i42", "jsuis TDAH, rester assis 7h ca me rend fou, au taf je veux bouger tout le temps. jai 19 ans et juste le brevet, et jaime quand ca va vite",
 "jeune sans diplôme, 19 ans", ["TDAH : pas de poste assis", "pas de diplôme au-delà du brevet"],
 ["N1103", "G1803", "G1603", "N1105", "F1704"]),
("i43", "J'ai une hyperacousie : les bruits forts et continus me font mal, même avec des protections. J'étais serveuse ; je cherche un travail calme où je garde le contact, mais en petit comité.",
 "ancienne serveuse, 35 ans", ["hyperacousie : pas d'environnement bruyant"],
 ["D1231", "D1208", "M1607", "K1603", "D1209"]),
("i44", "Opéré d'une hernie discale à 31 ans, je n'ai plus le droit de porter ni de rester debout des heures. J'étais préparateur de commandes et j'aime la logistique et les chiffres.",
 "ancien préparateur de commandes, 31 ans", ["hernie discale : pas de port de charges ni de station debout prolongée"],
 ["N1201", "N1202", "N1303", "N4203", "M1619", "N1204"]),
("i45", "Mon compagnon travaille de jour et je garde notre bébé, donc je ne peux travailler que de nuit, entre 21h et 6h. J'ai été secrétaire et je reste calme dans les situations tendues.",
 "ancienne secrétaire, 30 ans", ["uniquement de nuit (21h-6h)"],
 ["G1703", "K2503", "K1221", "D1436"]),
("i46", "Je dois rester à Saint-Nazaire pour la garde de ma fille. J'ai été vendeuse, et les paquebots qui sortent du port me fascinent ; je suis prête à me former à un métier manuel.",
 "ancienne vendeuse, 38 ans", ["doit rester à Saint-Nazaire"],
 ["H2913", "H2914", "H2902", "H3404", "H2909"]),
("i47", "jai 22 ans et jarrive pas a avoir le permis, 3 echecs au code, et jhabite en plein Paris. jaimerais bosser dehors avec des plantes, pas dans un bureau",
 "jeune adulte sans emploi, 22 ans", ["pas de permis de conduire", "Paris intra-muros"],
 ["A1203", "A1208", "A1440", "D1209"]),
("i48", "Mon mari est routier et absent toute la semaine, j'ai quatre enfants : je cherche un emploi entre 9h et 16h, sans week-end, à moins de vingt minutes de chez moi. J'ai un vieux bac pro secrétariat et j'aime les chiffres.",
 "mère au foyer reprenant un emploi, 42 ans", ["horaires 9h-16h, pas de week-end", "travail à moins de 20 minutes du domicile"],
 ["M1203", "M1225", "M1608", "M1611", "M1602"]),
("i49", "Je sors d'un burn-out après dix ans en agence de communication. Je ne veux plus d'urgences ni de clients exigeants ; j'aime écrire, classer et retrouver l'information.",
 "ancienne chargée de communication, 36 ans", ["pas d'urgences ni de pression client"],
 ["K1601", "H1207", "K1603", "E1312"]),
("i50", "Depuis un Covid long, je ne tiens pas plus de quatre heures par jour et je dois pouvoir m'allonger entre deux tâches. J'étais professeur de SVT en lycée et j'aime toujours expliquer.",
 "ancien professeur de SVT, 45 ans", ["4 heures par jour au plus", "travail depuis le domicile"],
 ["E1104", "K2111", "K2102", "K2132"]),
# --- ce qu'on aime faire, sans mot de métier
("i51", "Le soir je fais du crochet et j'invente mes propres modèles, je calcule les mailles pour que tout tombe juste et je vends les patrons en PDF. Choisir les couleurs de laine, c'est mon moment préféré.",
 "employée de bureau, 29 ans", [],
 ["B1812", "B1805", "H2412", "B1807", "H1205"]),
("i52", "C'est toujours moi que les copines appellent à 2h du matin quand ça ne va pas. J'écoute, je ne juge pas, et souvent elles raccrochent plus calmes.",
 "jeune femme en recherche d'orientation, 20 ans", [],
 ["K1221", "K1104", "K1201", "K1204", "K1101"]),
("i53", "J'ai un élevage de phasmes et une fourmilière dans ma chambre, et je note tout dans un carnet : mues, températures, naissances. Je peux passer des heures à les observer.",
 "jeune homme après le bac, 18 ans", [],
 ["A1506", "A1505", "K2402", "A1408", "A1204"]),
("i54", "je passe mes week-ends a affuter les couteaux de tout le quartier sur mes pierres japonaises et a refaire des manches en bois. jadore le moment ou la lame coupe une feuille de papier sans bruit",
 "magasinier, 25 ans", [],
 ["H2918", "B1601", "H2904", "H3401"]),
("i55", "Dans la famille, c'est moi qui organise les repas de trente personnes : plan de table, menu, déco, timing au quart d'heure près. Je m'ennuie vite quand il ne se passe rien.",
 "employé de bureau, 33 ans", [],
 ["E1107", "E1117", "G1802", "D1103"]),
("i56", "Ce que je préfère, c'est rouler la nuit sur l'autoroute vide avec des podcasts. Je connais toutes les aires et tous les péages de l'A7.",
 "intérimaire, 28 ans, titulaire du permis B", [],
 ["N4101", "N4113", "N4122", "I1208", "N4102"]),
# --- ce qu'on ne veut pas
("i57", "Pas de bureau, pas de clients, pas de chef sur le dos toute la journée. J'ai 26 ans, je suis costaud et j'aime voir le soir ce que j'ai fait de mes mains.",
 "jeune homme sans emploi, 26 ans", ["pas de bureau", "pas de clientèle"],
 ["F1703", "F1606", "F1608", "A1208", "F1611"]),
("i58", "je veux pas un metier ou on se salit, pas de nuit, pas de week-end, pas plus d'un an d'etudes et surtout pas de vente. jai 18 ans et je suis a l'aise sur ordi",
 "lycéenne sortant d'une terminale générale, 18 ans", ["pas de nuit ni de week-end", "un an d'études au plus", "pas de vente"],
 ["M1602", "M1606", "M1607", "M1611", "M1225"]),
("i59", "Pas d'écran, pas de ville, pas d'horaires de bureau : j'étouffe. Je m'entends mieux avec les bêtes qu'avec les gens, et le grand air ne me fait pas peur, même l'hiver.",
 "jeune femme en recherche d'orientation, 23 ans", ["pas d'écran", "pas de ville"],
 ["A1410", "A1403", "A1407", "A1419"]),
("i60", "Je ne veux ni soigner, ni enseigner, ni vendre, ni passer mes journées devant un ordinateur. J'ai un master de physique et j'aime les instruments de mesure et les manips.",
 "diplômé d'un master de physique, 24 ans", ["pas de soin, d'enseignement ni de vente", "pas de travail tout écran"],
 ["H1516", "I1318", "H1210", "H1522", "H1224"]),
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
        if pid != f"i{n:02d}":
            errs.append(f"id {pid} out of order (expected i{n:02d})")
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
                         "gold": [], "gold_either": [], "gold_a": gold})
        only.append({"id": pid, "text": text, "persona": persona, "constraints": cons})
        if verbose:
            print(f"{pid} [{persona}] {text}")
            for c in gold:
                print(f"    {c} {titles[c]}")
    with open(os.path.join(HERE, "blind_i.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "profiles": profiles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT.split(" gold_a =")[0] + " Profiles only, no gold.", "profiles": only},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(p[4]) for p in P)
    print(f"ok: 60 profiles, {n} gold codes ({len({c for p in P for c in p[4]})} distinct), wrote blind_i.json and profiles_only.json")

if __name__ == "__main__":
    main()
