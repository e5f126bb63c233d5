#!/usr/bin/env python3
"""Build ZenIA blind set H (orientation profiles, labeller A).

Standard library only. Usage:
    python3 build_h.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]

Checks (nothing is written and the exit status is 1 if one fails):
  * every gold code exists in the ROME 4.0 CSV;
  * each gold list has 2 to 8 codes, no duplicates;
  * 60 profiles, ids h01-h60 in order, no duplicate text;
  * each text has 1 to 4 sentences;
  * persona is a non-empty string and constraints a list of strings.
Writes blind_h.json and profiles_only.json next to this script.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"

ABOUT = (
    "ZenIA blind set H: 60 first-person orientation profiles (h01-h60) written by a helper that never saw the "
    "project's code (ROME 4.0 v460 only). gold_a = ROME codes judged acceptable in a top-5 answer by labeller A; "
    "gold and gold_either are left empty, to be filled once a second independent labeller adds gold_b "
    "(gold = codes in both lists, gold_either = codes in either list). Texts and gold: MIT. "
    "ROME codes: France Travail open data, Licence Ouverte 2.0."
)

# (id, text, persona, constraints, gold_a)
PROFILES = [
    # --- lycéens, voie générale -------------------------------------------------------------
    ("h01",
     "jconnais par coeur les horaires des TER de ma ligne et je passe mes samedis a photographier les trains en gare de "
     "triage. mon reve ce serait d'etre dans la cabine ou au moins de faire en sorte que tout roule a l'heure",
     "lycéen en 2de générale, 15 ans", [],
     ["N4301", "N4401", "N4403", "I1323", "N4305", "N4302"]),
    ("h02",
     "en SES j'ai adoré le chapitre sur les sondages, je refais les calculs des marges d'erreur quand ils passent a la "
     "télé avant les élections. maths + SES en spé, je me vois bien faire parler des chiffres sur la société",
     "lycéenne en terminale générale, spécialités SES et mathématiques", ["études longues acceptées"],
     ["M1403", "M1414", "M1419", "K2134", "M1430", "M1401"]),
    ("h03",
     "je passe des heures sur geoportail a comparer les vieilles photos aériennes de mon village avec maintenant, et "
     "jai appris QGIS tout seul pour faire des cartes des chemins de rando. jsais pas du tout quel taf ca donne",
     "lycéen en 1re générale, spécialités HGGSP et mathématiques", [],
     ["M1808", "F1107", "F1109", "K1807", "K1811", "F1131"]),
    ("h04",
     "je participe a un programme de sciences participatives ou on compte les papillons et les oiseaux du jardin, j'ai "
     "un carnet de 3 ans d'observations. j'aimerais bien que ca devienne un vrai travail, dehors de preference",
     "lycéenne en 1re générale, spécialités SVT et physique-chimie", ["veut travailler dehors"],
     ["A1306", "A1204", "G1240", "A1202", "A1313", "K2402"]),
    ("h05",
     "je filme mes potes au skatepark et je monte des edits sur capcut, mon dernier a fait 40k vues. je sais pas si on "
     "peut en vivre mais c'est le seul truc ou je vois pas le temps passer",
     "lycéen en 2de générale, 15 ans", [],
     ["L1507", "L1505", "L1306", "E1104", "E1207", "L1519"]),
    ("h06",
     "spé maths et NSI, je code des bots discord et le soir je fais des challenges ou faut trouver la faille d'un site "
     "pour recuperer un flag. j'aime bien l'idée d'etre du bon coté et de proteger les boites",
     "lycéen en terminale générale, spécialités mathématiques et NSI", ["études longues acceptées"],
     ["M1844", "M1866", "M1819", "M1856", "M1883", "M1817"]),
    ("h07",
     "Avec ma mère je donne des coups de main à l'épicerie solidaire du quartier le samedi, et ce que je préfère c'est "
     "discuter avec les familles et les orienter vers les bonnes aides. Je suis en HGGSP et SES, je voudrais en faire "
     "mon métier plus tard.",
     "lycéenne en 1re générale, spécialités HGGSP et SES", [],
     ["K1201", "K1225", "K1204", "K1205", "K1207", "K1805"]),
    ("h08",
     "je monte mes drones FPV moi meme, je soude les cartes, je flashe les firmwares et je les pilote en lunettes. "
     "spé physique et sciences de l'ingé, j'aimerais concevoir ce genre de machines plus tard",
     "lycéen en terminale générale, spécialités physique-chimie et sciences de l'ingénieur",
     ["études longues acceptées"],
     ["H1206", "M1892", "H1209", "N2206", "H1210", "H1239"]),
    # --- lycéens, voie technologique -----------------------------------------------------------
    ("h09",
     "en STI2D option archi et construction, je fais les maquettes de maison sur revit mieux que le prof lol. mais je "
     "veux pas rester que derriere l'ecran, j'aime bien aller voir comment ca se passe en vrai sur le chantier",
     "lycéen en terminale STI2D, enseignement spécifique architecture et construction", ["pas que de l'écran"],
     ["F1104", "F1125", "F1201", "F1108", "F1120", "F1202"]),
    ("h10",
     "je suis en STMG RH et com. tout le monde me demande de refaire son CV et ses lettres de motiv, meme mes cousins "
     "qui ont 25 ans, et jadore quand ils me disent qu'ils ont eu l'entretien",
     "lycéenne en terminale STMG, ressources humaines et communication", [],
     ["K1801", "M1502", "M1501", "K1814", "K1812", "K2139"]),
    ("h11",
     "je suis en ST2S et chaque mercredi je vais voir ma mamie a l'ehpad, je reste discuter avec les autres residents "
     "et je leur fais des jeux de memoire. par contre le sang et les piqures je tombe dans les pommes direct",
     "lycéenne en 1re ST2S", ["pas de soins avec du sang ou des piqûres"],
     ["K1206", "K1306", "K1302", "K1311", "K1217", "K1225"]),
    ("h12",
     "mes parents ont des vaches laitieres, je veux pas reprendre la ferme, trop d'heures. mais jaime les betes et "
     "tout ce qui est technique genre genetique des troupeaux et suivi des velages",
     "lycéen en terminale STAV, fils d'éleveurs laitiers", ["ne veut pas reprendre l'exploitation"],
     ["A1308", "A1310", "A1304", "A1305", "A1501", "A1303"]),
    # --- lycéens, bac pro ------------------------------------------------------------------------
    ("h13",
     "en stage le chef de quai m'a laissé conduire le chariot et j'ai adoré, et aussi quand tous les camions partent a "
     "l'heure avec les bonnes palettes. jsuis en bac pro logistique, apres je sais pas",
     "lycéen en terminale bac pro logistique", [],
     ["N1101", "N1115", "N1110", "N1303", "N1302", "N1112"]),
    ("h14",
     "bac pro ASSP, en stage en pediatrie j'ai adoré m'occuper des bebes et rassurer les parents. je veux pas faire 5 "
     "ans d'etudes, je veux bosser vite avec des petits",
     "lycéenne en terminale bac pro accompagnement, soins et services à la personne", ["études courtes"],
     ["J1304", "K1314", "K1303", "K1307", "K1308", "J1501"]),
    ("h15",
     "bac pro systemes numeriques option reseaux, cest moi qui ai refait tout le wifi et le NAS chez mes grands "
     "parents. j'aime comprendre pourquoi un truc marche pas et le remettre en route",
     "lycéen en 1re bac pro systèmes numériques, option réseaux informatiques et systèmes communicants", [],
     ["M1816", "I1401", "M1854", "I1403", "M1869", "I1404"]),
    ("h16",
     "je suis en bac pro boulanger patissier mais me lever a 3h du mat je tiens pas, je dors en cours. ce que je kiffe "
     "c la deco des gateaux et travailler le chocolat",
     "lycéenne en 1re bac pro boulanger-pâtissier", ["pas d'horaires de nuit"],
     ["D1104", "D1115", "G1610", "D1117", "D1118"]),
    ("h17",
     "je suis en bac pro foret, j'ai pas peur de la tronçonneuse mais je veux pas abattre des arbres toute ma vie. "
     "jaimerais plutot organiser les coupes, marquer les arbres et gerer une parcelle",
     "lycéen en terminale bac pro forêt", ["ne veut pas rester à l'abattage"],
     ["A1311", "A1213", "A1212", "A1205", "A1307", "A1204"]),
    ("h18",
     "bac pro metiers de la securite, mais surveiller un magasin toute la journee non merci. moi jsuis sportif et je "
     "veux intervenir quand y a un accident ou un feu, etre utile pour de vrai",
     "lycéen en terminale bac pro métiers de la sécurité", ["pas de surveillance de magasin"],
     ["K1705", "K1702", "K1708", "K1707", "G1224", "K1726"]),
    # --- étudiants qui changent de voie -------------------------------------------------------------
    ("h19",
     "jsuis en L2 maths et les démonstrations abstraites je decroche completement. par contre je donne des cours a "
     "des collégiens depuis 2 ans et voir le declic chez eux c'est ce que je prefere",
     "étudiant en L2 de mathématiques qui décroche", [],
     ["K2107", "K2129", "K2122", "K2106", "K2111"]),
    ("h20",
     "Je suis en L1 de psychologie et je viens de comprendre qu'il faut un master très sélectif pour être psychologue. "
     "Ce qui me plaît, c'est accompagner des jeunes en difficulté au quotidien, pas forcément faire de la thérapie.",
     "étudiante en L1 de psychologie", ["ne veut pas de master sélectif"],
     ["K1207", "K1208", "K1210", "K1201", "K1217", "K1204"]),
    ("h21",
     "je suis en prépa ECG et je sature de la compétition, j'ai pas envie d'école de commerce. ce que j'aimais c'était "
     "la géopolitique, l'anglais et l'allemand, je voudrais un métier tourné vers l'international",
     "étudiante en 1re année de classe préparatoire économique et commerciale générale", ["pas d'école de commerce"],
     ["D1433", "D1429", "N1204", "N1202", "K1412", "D1414"]),
    ("h22",
     "BUT chimie 1ere année, les manips sur les acides ca me saoule. par contre je fabrique mes savons et mes baumes "
     "chez moi et je passe des heures a comparer les compositions des cremes",
     "étudiante en 1re année de BUT chimie", [],
     ["H1217", "H1505", "H1224", "H1210", "H1528"]),
    ("h23",
     "Je termine une licence LEA anglais-espagnol et je ne veux pas faire de la traduction. C'est toujours moi qui "
     "organise les voyages de mes amis, les billets, les visites, les plans B quand un train est annulé.",
     "étudiante en L3 langues étrangères appliquées", ["pas de traduction"],
     ["G1303", "G1301", "G1201", "G1308", "G1102", "G1101"]),
    ("h24",
     "je suis en BTS SIO option dev et franchement coder toute la journée seul devant l'ecran je deteste. ce que "
     "j'aime c'est quand un prof galère avec son ordi et que je lui explique",
     "étudiant en 1re année de BTS services informatiques aux organisations, option solutions logicielles",
     ["ne veut pas coder toute la journée"],
     ["I1404", "M1874", "I1401", "K2111", "G1238", "M1869"]),
    # --- adultes en reconversion ------------------------------------------------------------------------
    ("h25",
     "Je suis professeure des écoles depuis 14 ans et je n'en peux plus. Mon potager de 300 m² est devenu ma "
     "respiration: semis, rotations, paillage, je vends déjà des paniers à mes voisins. J'aimerais en vivre, même "
     "modestement.",
     "adulte de 41 ans, professeure des écoles en reconversion", [],
     ["A1433", "A1416", "A1440", "A1402", "G1240"]),
    ("h26",
     "Je quitte l'armée de terre après 12 ans, j'étais chef de groupe. J'ai l'habitude des consignes de sécurité, de "
     "former des jeunes et de gérer une équipe sous pression, et je cherche un poste civil où cela sert.",
     "adulte de 32 ans, ancien militaire du rang (chef de groupe)", [],
     ["H1303", "H1308", "K2502", "F1204", "K2111", "M1506"]),
    ("h27",
     "Développeur depuis 10 ans, je brasse dans mon garage depuis 5 ans et mes bières ont gagné un concours amateur. "
     "Je veux quitter l'écran pour fabriquer quelque chose qu'on peut boire, quitte à commencer salarié.",
     "adulte de 38 ans, développeur informatique en reconversion", ["quitter l'écran"],
     ["A1413", "H2102", "H2105", "H2506", "M1302"]),
    ("h28",
     "Coiffeuse depuis 15 ans, je fais un eczéma aux mains à cause des produits et mon médecin me dit d'arrêter. Ce "
     "qui me manquerait c'est la relation avec les clientes et les conseils de style.",
     "adulte de 33 ans, coiffeuse en reconversion", ["allergie aux produits capillaires, mains fragiles"],
     ["D1241", "D1214", "D1218", "D1302"]),
    ("h29",
     "chauffeur routier depuis 20 ans, je veux rentrer chez moi tous les soirs maintenant que ma fille est née. je "
     "connais la route et la reglementation par coeur",
     "adulte de 44 ans, conducteur de poids lourd longue distance", ["rentrer chez soi chaque soir"],
     ["N4203", "K2110", "N4103", "N4105", "N4201"]),
    ("h30",
     "Commercial en photocopieurs depuis 12 ans, j'étouffe avec les objectifs. Le week-end je marche 30 km en "
     "montagne, je connais les plantes et les traces d'animaux, et j'emmène souvent des amis qui n'y connaissent rien.",
     "adulte de 39 ans, commercial terrain en reconversion", ["plus d'objectifs de vente"],
     ["G1216", "G1231", "G1240", "G1201", "A1204"]),
    ("h31",
     "Cuisinier en brasserie depuis 16 ans, je suis usé par le rythme du coup de feu. Ce qui me plait encore c'est "
     "montrer les gestes aux apprentis, je voudrais transmettre plutot que produire.",
     "adulte de 36 ans, cuisinier en reconversion", ["moins de rythme de production"],
     ["K2111", "K2109", "K1203", "K1224", "G1202"]),
    ("h32",
     "J'ai été handballeuse pro pendant 8 ans, une rupture des ligaments a arrêté ma carrière. Je connais tout de la "
     "préparation, de la récup et de la vie de groupe, je voudrais rester dans le sport autrement que sur le terrain.",
     "adulte de 29 ans, ancienne sportive de haut niveau", ["ne peut plus jouer à haut niveau"],
     ["G1218", "G1204", "G1208", "G1213", "G1214", "G1233"]),
    ("h33",
     "Agent d'état civil en mairie depuis 9 ans, j'ai besoin de travailler de mes mains. Chez moi j'ai tout câblé "
     "moi-même: tableau, volets pilotés, capteurs, et les voisins m'appellent dès qu'un disjoncteur saute.",
     "adulte de 43 ans, agent administratif territorial en reconversion", [],
     ["F1602", "F1134", "I1314", "I1309", "I1320"]),
    ("h34",
     "Je suis traductrice indépendante et les outils automatiques me prennent la moitié de mes contrats. J'aime "
     "toujours les langues mais je veux des gens en face, pas des fichiers.",
     "adulte de 37 ans, traductrice indépendante", ["ne veut plus travailler seule sur fichiers"],
     ["K2130", "E1123", "K1226", "G1227", "K2131", "K2107"]),
    ("h35",
     "je fais le menage dans les bureaux depuis 11 ans, je connais les produits, les machines et les plannings mieux "
     "que ma cheffe. je voudrais monter et m'occuper d'une equipe",
     "adulte de 40 ans, agente de propreté en poste", [],
     ["K2203", "G1503", "M1506", "K2323"]),
    # --- demandeurs d'emploi de plus de 50 ans ----------------------------------------------------------
    ("h36",
     "J'ai 57 ans et ma librairie a fermé en mars après 22 ans. Conseiller un lecteur, monter une rencontre avec un "
     "auteur, tenir un fonds: c'est tout ce que je sais faire, et j'ai encore dix ans devant moi.",
     "demandeur d'emploi de 57 ans, ancien libraire indépendant", [],
     ["K1603", "D1221", "K1601", "K1213", "E1105", "E1312"]),
    ("h37",
     "J'ai été visiteur médical pendant 25 ans et mon poste a été supprimé à 53 ans. Je sais présenter un produit "
     "technique à des professionnels de santé et gérer un secteur, mais je ne veux plus faire 60 000 km par an.",
     "demandeur d'emploi de 53 ans, ancien délégué pharmaceutique", ["moins de route"],
     ["D1405", "D1407", "K2111", "D1412", "M1714"]),
    ("h38",
     "Secrétaire dans un cabinet de radiologie pendant 28 ans, j'ai été licenciée à la fusion avec une clinique; "
     "j'ai 55 ans. Je maîtrise le vocabulaire médical, les plannings et l'accueil des patients inquiets.",
     "demandeuse d'emploi de 55 ans, ancienne secrétaire médicale", [],
     ["M1609", "M1613", "D1436", "M1601", "M1607", "J1303"]),
    ("h39",
     "marin pecheur pendant 30 ans, j'ai vendu le bateau, j'ai 54 ans. je sais reparer un moteur, ramender un filet et "
     "manoeuvrer, je veux rester pres de l'eau mais plus partir des jours en mer",
     "demandeur d'emploi de 54 ans, ancien patron pêcheur", ["plus de marées de plusieurs jours"],
     ["I1605", "A1425", "I1601", "N3101", "A1404", "N3104"]),
    ("h40",
     "Factrice pendant 26 ans, ma tournée a été supprimée et je ne veux pas d'un tri en centre. Ce que j'aimais c'était "
     "passer voir les personnes âgées isolées, rendre service, bavarder un peu; j'ai 56 ans.",
     "demandeuse d'emploi de 56 ans, ancienne factrice", ["pas de travail de tri en centre"],
     ["K1302", "K1311", "N4108", "K1205", "K1304"]),
    # --- personnes avec une contrainte -----------------------------------------------------------------
    ("h41",
     "je begaye beaucoup et au telephone ou a l'oral c la cata. avec les chevaux par contre aucun probleme, je passe tous "
     "mes week-ends au centre equestre a les soigner et les preparer",
     "jeune de 19 ans, bègue", ["bégaiement: pas de téléphone ni d'oral"],
     ["A1421", "A1510", "A1309", "A1439", "A1403", "A1502"]),
    ("h42",
     "je suis tres dyslexique, des que faut ecrire je bloque. j'ai refait toute la chambre de ma soeur, enduit, "
     "ponçage, peinture, meme le papier peint et c'est nickel",
     "jeune de 18 ans sorti de 3e prépa-métiers, dyslexique", ["dyslexie: peu d'écrit"],
     ["F1606", "F1601", "F1604", "F1609", "F1624"]),
    ("h43",
     "J'étais mécanicien poids lourds, après mon accident j'ai une prothèse sous le genou. Je ne peux plus rester sous "
     "les camions ni porter lourd, mais les moteurs me passionnent toujours.",
     "adulte de 28 ans, amputé sous le genou après un accident", ["prothèse de jambe: pas de port de charges",
                                                                 "pas de travail au sol sous les véhicules"],
     ["I1622", "D1223", "I1623", "H1203", "H1108", "I1612"]),
    ("h44",
     "je suis en fac la journée donc je peux bosser que le soir et le week end. j'adore l'ambiance des concerts, monter "
     "la scene, voir la salle se remplir",
     "étudiant de 20 ans cherchant un emploi à côté des études", ["seulement soirs et week-ends"],
     ["L1515", "L1506", "K2504", "G1225", "G1801"]),
    ("h45",
     "Papa solo, j'ai mon fils une semaine sur deux, donc les 3x8 de l'usine c'est fini pour moi. Je connais bien la "
     "production et j'aime les tableaux de suivi, je voudrais un poste de journée.",
     "adulte de 35 ans, père seul, ancien opérateur de production", ["parent seul en garde alternée",
                                                                    "horaires de journée, pas de 3x8"],
     ["H1401", "H1403", "H1404", "H1528", "N1303"]),
    ("h46",
     "Je vis à Saint-Pierre à La Réunion et je veux rester près de ma famille. Je plonge depuis mes 12 ans, je connais "
     "les coraux et les poissons du lagon et j'adore montrer tout ça aux touristes.",
     "adulte de 26 ans vivant à La Réunion", ["rester à Saint-Pierre (La Réunion)"],
     ["G1204", "G1231", "G1240", "G1216", "G1201"]),
    ("h47",
     "jhabite un hameau dans le cantal, pas de permis ni de bus, faut que je bosse de chez moi. jai un bac pro agora et "
     "je suis rapide et soigneuse sur l'ordi",
     "adulte de 23 ans en zone rurale", ["pas de permis ni de transport", "travail à domicile"],
     ["M1613", "M1606", "M1608", "D1408", "M1611", "M1621"]),
    ("h48",
     "J'ai la maladie de Crohn, j'ai besoin d'avoir des toilettes à proximité, donc pas de tournées ni de chantiers. "
     "J'aime aider les gens à remplir leurs papiers et à s'y retrouver dans les démarches.",
     "adulte de 31 ans avec une maladie chronique intestinale", ["toilettes à proximité", "poste sédentaire"],
     ["K1205", "M1602", "K1406", "M1601", "K1225"]),
    ("h49",
     "je suis daltonien alors electricien c'est mort, on me l'a dit. moi ce que j'aime c'est demonter, ajuster, que "
     "les pieces tombent au poil, j'ai fait un stage chez un tourneur",
     "collégien de 3e, 15 ans, daltonien", ["daltonisme: pas de repérage de fils par couleur"],
     ["H2903", "H2901", "I1310", "H2912", "H2906"]),
    ("h50",
     "Ma femme travaille à l'hôpital de Cherbourg, donc je dois trouver sur place. J'ai un CAP de soudeur et 6 ans "
     "d'intérim en usine, je suis prêt à me former si c'est stable.",
     "adulte de 30 ans, soudeur intérimaire", ["rester à Cherbourg", "veut un emploi stable"],
     ["H2913", "H2914", "H1309", "H2708", "I1504", "H2902"]),
    # --- ce que la personne aime faire, sans mot de métier ------------------------------------------------
    ("h51",
     "je fais secher des plantes du jardin pour mes tisanes et je lis tout sur leurs effets et leurs contre "
     "indications. mes amies me demandent quoi prendre quand elles dorment mal",
     "jeune de 20 ans sans diplôme du supérieur", [],
     ["A1447", "J1307", "K1108", "A1433", "J1202"]),
    ("h52",
     "Depuis trois ans je reconstitue l'arbre de ma famille jusqu'au XVIIe siècle: registres paroissiaux, actes "
     "notariés, archives départementales. Déchiffrer une vieille écriture me rend heureuse.",
     "adulte de 34 ans", [],
     ["K2140", "K1601", "K1602", "K1603", "K2401"]),
    ("h53",
     "jai une petite station meteo sur mon balcon et je note temperature pluie et vent tous les jours depuis 6 ans. je "
     "compare avec les previsions et je trouve souvent ou elles se sont plantées",
     "lycéen en terminale générale, spécialités mathématiques et physique-chimie", ["études longues acceptées"],
     ["M1893", "M1891", "M1809", "K2407", "M1888", "M1890"]),
    ("h54",
     "Au supermarché je passe mon temps à me dire qu'on pourrait mieux organiser les files et les rayons, et au travail "
     "je refais les circuits des dossiers pour gagner des étapes. Optimiser, c'est ce qui me motive.",
     "adulte de 30 ans, employée de bureau", [],
     ["M1402", "H1402", "H1404", "M1429", "M1412", "H1401"]),
    ("h55",
     "pour chaque anniv de mes potes je crée un escape game dans mon appart, avec cadenas, enigmes et une histoire. "
     "voir les gens chercher pendant une heure c'est mon kif",
     "jeune de 22 ans en service civique", [],
     ["E1126", "G1202", "G1223", "L1104", "E1125"]),
    ("h56",
     "je fais les ongles a toutes mes copines, gel, nail art, j'ai meme une lampe UV, et je poste mes photos sur insta. "
     "je me vois pas faire autre chose",
     "lycéenne en 3e prépa-métiers, 15 ans", ["études courtes"],
     ["D1240", "D1208", "D1225"]),
    # --- surtout ce que la personne ne veut pas -----------------------------------------------------------
    ("h57",
     "pas d'ecole longue, pas d'ordi, pas de clients a qui faire des sourires. le seul truc que je supporte c'est etre "
     "dehors sur un gros engin, mon oncle m'a laissé conduire son tracto",
     "jeune de 17 ans en décrochage scolaire", ["pas d'études longues", "pas d'écran", "pas de clientèle"],
     ["F1302", "A1101", "F1301", "F1702", "A1102"]),
    ("h58",
     "Je ne veux plus de bruit, plus d'open space, plus de réunions qui ne servent à rien et plus de chiffres à "
     "atteindre. Je veux du calme, du silence, des choses anciennes et belles, quitte à gagner moins.",
     "adulte de 45 ans, cadre commerciale en rupture", ["pas d'open space", "pas d'objectifs chiffrés"],
     ["K1601", "K1603", "K1606", "B1402", "B1403", "G1222"]),
    ("h59",
     "dans ma famille ils sont tous profs ou infirmiers et moi je veux surtout pas m'occuper des gens. je veux "
     "construire des trucs qui tiennent debout, et les maths ça me fait pas peur",
     "lycéen en terminale générale, spécialités mathématiques et physique-chimie",
     ["pas de métier du soin, de l'éducation ou du social"],
     ["F1111", "F1112", "F1104", "F1128", "F1201", "F1101"]),
    ("h60",
     "Je ne veux pas d'équipe à encadrer, pas de décisions à prendre, pas d'objectifs de vente ni de téléphone. Je "
     "veux un travail où on me dit quoi faire et que je le fais bien, au calme, avec mes mains.",
     "adulte de 47 ans, ancienne manager épuisée", ["pas d'encadrement", "pas de vente", "pas de téléphone"],
     ["H2909", "H3302", "H2105", "N1103", "H2604", "B1616"]),
]

PERSONA_GROUPS = [
    ("lycéens, general track", "h01", "h08"),
    ("lycéens, technological track", "h09", "h12"),
    ("lycéens, bac pro", "h13", "h18"),
    ("students changing track", "h19", "h24"),
    ("adults retraining", "h25", "h35"),
    ("job seekers over 50", "h36", "h40"),
    ("people with a health, disability, schedule, family or place constraint", "h41", "h50"),
    ("people describing what they like doing, without job words", "h51", "h56"),
    ("people saying mostly what they do NOT want", "h57", "h60"),
]


def load_titles(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["code_rome"]: row["libelle_rome"] for row in csv.DictReader(fh)}


def count_sentences(text):
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    return len(parts)


def check(titles):
    errors = []
    if len(PROFILES) != 60:
        errors.append(f"expected 60 profiles, got {len(PROFILES)}")
    seen_text = set()
    for i, prof in enumerate(PROFILES, 1):
        if len(prof) != 5:
            errors.append(f"profile #{i}: expected 5 fields")
            continue
        pid, text, persona, constraints, gold = prof
        if pid != f"h{i:02d}":
            errors.append(f"profile #{i}: id {pid!r}, expected h{i:02d}")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{pid}: empty text")
            continue
        if text in seen_text:
            errors.append(f"{pid}: duplicate text")
        seen_text.add(text)
        n = count_sentences(text)
        if not 1 <= n <= 4:
            errors.append(f"{pid}: {n} sentences (1-4 allowed)")
        if not isinstance(persona, str) or not persona.strip():
            errors.append(f"{pid}: empty persona")
        if not isinstance(constraints, list) or not all(isinstance(c, str) and c for c in constraints):
            errors.append(f"{pid}: constraints must be a list of non-empty strings")
        if not 2 <= len(gold) <= 8:
            errors.append(f"{pid}: {len(gold)} gold codes (2-8 allowed)")
        if len(set(gold)) != len(gold):
            errors.append(f"{pid}: duplicate gold codes")
        for code in gold:
            if not re.fullmatch(r"[A-N]\d{4}", code):
                errors.append(f"{pid}: malformed code {code!r}")
            elif code not in titles:
                errors.append(f"{pid}: code {code} not in ROME CSV")
    return errors


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    csv_path = args[0] if args else DEFAULT_CSV
    titles = load_titles(csv_path)
    errors = check(titles)
    if errors:
        for err in errors:
            print("ERROR:", err, file=sys.stderr)
        return 1
    full, bare = [], []
    for pid, text, persona, constraints, gold in PROFILES:
        bare.append({"id": pid, "text": text, "persona": persona, "constraints": list(constraints)})
        full.append({"id": pid, "text": text, "persona": persona, "constraints": list(constraints),
                     "gold": [], "gold_either": [], "gold_a": list(gold)})
        if verbose:
            print(f"{pid} [{persona}] {constraints}\n  {text}")
            for code in gold:
                print(f"    {code} {titles[code]}")
    with open(os.path.join(HERE, "blind_h.json"), "w", encoding="utf-8") as fh:
        json.dump({"about": ABOUT, "profiles": full}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as fh:
        json.dump(bare, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n_codes = sum(len(p[4]) for p in PROFILES)
    distinct = len({c for p in PROFILES for c in p[4]})
    print(f"ok: {len(PROFILES)} profiles, {n_codes} gold codes ({distinct} distinct), "
          f"{n_codes / len(PROFILES):.2f} per profile")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
