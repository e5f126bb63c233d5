#!/usr/bin/env python3
"""Build ZenIA blind set F (orientation profiles f01-f60), labeller A.

Hand-written source of every profile. Standard library only.

Usage: python3 build_f.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]

Writes blind_f.json (with gold_a) and profiles_only.json (no gold fields) next to
this script, after checking that every code exists in the ROME 4.0 CSV, that each
list holds 2 to 8 codes without duplicates, that ids run f01-f60 in order and that
each text has at most 4 sentences. Exits with status 1 if any check fails.
Licence: MIT (texts and gold lists). ROME codes: France Travail, Licence Ouverte 2.0.
"""

import csv
import json
import os
import re
import sys

DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"
HERE = os.path.dirname(os.path.abspath(__file__))

ABOUT = (
    "ZenIA blind set F: 60 first-person orientation profiles (f01-f60) written by a helper "
    "that never saw the project's code (ROME 4.0 v460 only). gold_a = ROME codes judged "
    "acceptable in a top-5 answer by labeller A; gold and gold_either are left empty, to be "
    "filled once a second independent labeller adds gold_b (gold = codes in both lists, "
    "gold_either = codes in either list). Texts and gold: MIT. ROME codes: France Travail "
    "open data, Licence Ouverte 2.0."
)

# (id, persona, constraints, text, gold_a)
P = [
    # ---- collégiens (3e) ----
    ("f01", "collégien en 3e, 14 ans",
     ["veut une voie professionnelle courte après la 3e"],
     "jai 14 ans et cest moi qui repare les velos de tout le quartier, chaine, freins, rayons tout ca. "
     "au college je decroche un peu et je voudrais partir en cap ou bac pro direct apres la 3e",
     ["I1619", "I1628", "I1607", "D1211"]),
    ("f02", "collégienne en 3e, 15 ans", [],
     "je fais tous mes costumes de cosplay moi meme avec la machine a coudre de ma mere, meme les armures en mousse. "
     "jaimerai trop en faire mon metier mais je sais pas ce qui existe",
     ["B1803", "L1502", "L1520", "D1207", "B1805", "B1812", "L1503"]),
    ("f03", "collégien en 3e, 14 ans",
     ["études longues acceptées"],
     "g eu un telescope pour mes 13 ans et depuis je passe mes nuits a photographier la lune et saturne. "
     "jsuis bon en maths et en physique, jveux comprendre comment marche l univers meme si c des etudes longues",
     ["K2409", "K2410", "K2402", "G1242"]),
    ("f04", "collégien en 3e, 15 ans",
     ["rester dans le Cantal (15)"],
     "moi c la peche en riviere tous les week end avec mon grand pere et g 3 aquariums dans ma chambre. "
     "je voudrais travailler avec les poissons plus tard mais jveux pas partir loin de chez moi dans le Cantal",
     ["A1424", "A1431", "A1404", "D1210", "G1229", "K2313"]),
    ("f05", "collégien en 3e, 15 ans, dyslexique",
     ["dyslexie", "préfère des études pratiques, avec peu d'écrit"],
     "je dessine des mangas tout le temps, meme en cours lol, et je commence a animer mes persos sur tablette. "
     "je suis dyslexique donc les etudes avec plein de redactions ca me fait peur",
     ["E1211", "L1510", "E1207", "E1205"]),
    ("f06", "collégienne en 3e, 14 ans",
     ["études courtes"],
     "je garde mes petits cousins presque tous les mercredis et jadore leur inventer des jeux et des comptines, surtout aux bebes. "
     "jsuis pas trop scolaire alors je voudrais un metier avec les tout petits sans faire 5 ans detudes",
     ["J1304", "K1307", "K1303", "K1308", "K1310", "K1202"]),
    ("f07", "collégien en 3e, 14 ans", [],
     "le samedi jaide mon pere sur ses chantiers, je passe les cables dans les gaines et je pose les prises et les interrupteurs. "
     "je kiffe trop quand tout s allume a la fin",
     ["F1602", "I1309", "F1628", "F1610", "F1605"]),
    ("f08", "collégienne en 3e, 14 ans",
     ["rester sur l'île d'Oléron (17)"],
     "jhabite sur l ile d oleron et avec mon papi on va aux parcs a huitres a maree basse, jadore ca meme quand il fait froid. "
     "je veux pas partir de l ile plus tard",
     ["A1404", "A1430", "A1438", "A1415"]),
    ("f09", "collégien en 3e, 15 ans", [],
     "avec mes potes on fait du skate et cest moi qui filme et qui fait les montages avec de la musique, ca fait des vues sur insta. "
     "je voudrais faire ca comme metier",
     ["L1507", "L1505", "L1306", "L1519", "E1104"]),
    # ---- lycéens, voie générale ----
    ("f10", "lycéenne en terminale générale, spécialités SVT et physique-chimie", [],
     "je ramasse des cailloux partout en vacances, j'ai une collection de mineraux ranges avec des etiquettes et j'ai adore le chapitre sur la tectonique des plaques. "
     "je vise la fac de sciences mais je sais pas quel metier au bout",
     ["F1105", "F1128", "F1143", "F1115", "F1118"]),
    ("f11", "lycéen en première générale, spécialité HGGSP",
     ["ne veut pas enseigner"],
     "chaque ete je suis benevole sur un chantier de fouilles, l'an dernier on a trouve des tessons romains. "
     "j'adore l'histoire mais je veux pas etre prof",
     ["K2125", "K2140", "K1602", "G1106", "G1222"]),
    ("f12", "lycéen en terminale générale, spécialités maths et SES", [],
     "je tiens des stats sur tous les matchs de ligue 1 dans un tableur, moyennes de buts, passes, tout. "
     "je veux un metier avec des chiffres mais pas enferme dans un labo",
     ["M1419", "M1405", "G1211", "M1414", "C1105", "M1201"]),
    ("f13", "lycéenne en première générale, spécialité LLCER espagnol", [],
     "chez moi on parle espagnol et portugais et au lycee je fais anglais, du coup je traduis tout pour ma mere a la mairie et chez le medecin. "
     "j'aimerais un metier ou je passe d'une langue a l'autre",
     ["E1108", "E1123", "K1226", "D1429", "G1227"]),
    ("f14", "lycéen en terminale générale, spécialités SVT et maths, handballeur", [],
     "je fais du hand en club et je me suis fait les croises l'an dernier. "
     "pendant la reeduc j'ai adore comprendre comment le corps se repare et je veux bosser dans ce domaine",
     ["J1404", "J1415", "G1218", "J1408", "J1403"]),
    ("f15", "lycéen en terminale générale, spécialités maths et physique-chimie",
     ["études longues acceptées"],
     "j'ai une petite station meteo dans le jardin et je regarde les cartes de pression tous les soirs. "
     "les tempetes et le rechauffement climatique ca me passionne, et je suis pret a faire des etudes longues",
     ["M1891", "M1809", "K2407", "M1888", "M1893"]),
    # ---- lycéens, bac pro ----
    ("f16", "lycéen en bac pro maintenance des véhicules", [],
     "je suis en bac pro maintenance des vehicules mais les voitures des clients ca me saoule. "
     "ce que j aime cest les gros tracteurs et les moissonneuses de mon voisin, je passe mes vacances a les graisser",
     ["I1603", "I1616", "A1101", "I1613"]),
    ("f17", "lycéenne en bac pro AGORA (gestion-administration)",
     ["ne veut pas de métier très physique"],
     "je suis en bac pro agora et je m ennuie dans les bureaux a classer des factures. "
     "je fais du secourisme a la croix rouge et j aimerais un metier ou j aide les gens quand ca va pas, mais le sport cest pas mon truc",
     ["D1436", "J1305", "K1204", "K1205", "M1609"]),
    ("f18", "lycéen en bac pro technicien en chaudronnerie industrielle", [],
     "en bac pro chaudro je soude tout ce que je trouve et le week end je fais des sculptures avec des vieilles pieces de moto. "
     "mon patron de stage dit que j ai de l or dans les mains",
     ["H2913", "H2902", "B1601", "H2911", "H2914"]),
    ("f19", "lycéen en terminale bac pro logistique",
     ["veut poursuivre en BTS en alternance"],
     "je suis en terminale bac pro logistique, a mon stage je preparais les commandes et j'ai vite compris que je voulais plutot organiser les tournees et les stocks. "
     "je veux continuer en bts en alternance",
     ["N4203", "N1303", "N1201", "N1202", "N1302"]),
    ("f20", "lycéenne en bac pro ASSP (accompagnement, soins et services à la personne)",
     ["rester dans la Creuse (23)"],
     "je suis en bac pro assp, ma grand mere est en ehpad et quand je vais la voir je finis toujours par discuter avec tous les autres residents. "
     "je voudrais travailler avec les personnes agees mais sans partir de la Creuse",
     ["J1501", "K1302", "K1306", "K1311", "J1506"]),
    # ---- lycéens, voie technologique ----
    ("f21", "lycéen en STI2D, option énergies et environnement",
     ["préfère le travail de terrain"],
     "en sti2d option energie environnement, j'ai aide mon grand pere a poser des panneaux solaires sur son hangar et on suit la production sur une appli. "
     "je voudrais bosser dans les energies vertes, plutot sur le terrain que dans un bureau",
     ["F1610", "I1321", "F1114", "F1628"]),
    ("f22", "lycéenne en terminale STMG",
     ["veut faire un BTS"],
     "je suis en stmg et je revends des fringues sur vinted depuis 2 ans, je chine en friperie, je fais les photos et les annonces. "
     "je voudrais faire un bts apres et bosser dans la mode ou le commerce en ligne",
     ["D1214", "D1438", "E1113", "D1243", "M1101"]),
    ("f23", "lycéen en terminale STAV (sciences et technologies de l'agronomie et du vivant)",
     ["études après le bac acceptées"],
     "je suis en stav et chaque septembre je fais les vendanges, mais ce qui me plait le plus cest la cave: les cuves, les analyses, le gout qui change. "
     "je suis pret a faire des etudes apres le bac",
     ["A1423", "A1422", "A1446", "A1418", "G1804", "D1419"]),
    ("f24", "lycéenne en première ST2S",
     ["pas d'études de médecine"],
     "mon petit frere est autiste et je l'accompagne beaucoup, j'ai appris a communiquer avec lui avec des pictos. "
     "je suis en st2s et je voudrais aider des enfants comme lui mais sans faire medecine",
     ["K1207", "K1208", "K2113", "J1412", "J1406", "K1306"]),
    # ---- étudiants qui se réorientent ----
    ("f25", "étudiante en L1 de psychologie qui veut se réorienter", [],
     "je suis en L1 de psycho et les amphis de 600 personnes c'est pas pour moi. "
     "par contre je suis benevole sur une ligne d'ecoute pour etudiants le soir et j'adore ca",
     ["K1221", "K1201", "K1801", "K1225", "K1204"]),
    ("f26", "étudiant qui a quitté une classe prépa MPSI",
     ["plus de classe prépa: études concrètes (BUT ou alternance)"],
     "j'ai quitte ma prepa mpsi en novembre, j'en pouvais plus des colles. "
     "ce que j'aime c'est bidouiller des arduino et programmer des petits robots, je voudrais un but ou une alternance plus concrete",
     ["H1208", "H1209", "M1892", "I1302", "H1239"]),
    ("f27", "étudiant en 2e année d'école de commerce",
     ["veut un métier manuel"],
     "Je suis en 2e année d'école de commerce et je m'ennuie à mourir en marketing. "
     "Pendant le confinement j'ai commencé à faire mon levain et maintenant c'est moi qui fais tout le pain de la coloc. "
     "Je me demande si je peux tout lâcher pour un métier manuel.",
     ["D1102", "D1108", "D1104"]),
    ("f28", "étudiante en L2 de biologie",
     ["ne veut pas travailler en laboratoire"],
     "En L2 de bio, je déteste les TP à la paillasse. "
     "Le week-end je fais des inventaires de papillons et de libellules avec une asso naturaliste et là je suis heureuse.",
     ["A1306", "A1204", "G1240", "A1313", "A1202"]),
    ("f29", "étudiant en 2e année de BUT informatique", [],
     "je suis en 2e annee de but info et coder toute la journee devant un ecran ca me deprime. "
     "ce que je prefere c'est depanner les pc de la famille et expliquer aux gens comment ca marche",
     ["I1401", "I1404", "M1869", "M1874", "M1816"]),
    ("f30", "étudiante en licence d'anglais (LLCER)",
     ["ne veut pas enseigner"],
     "Je suis en licence d'anglais mais je ne veux surtout pas devenir prof. "
     "Je corrige les fautes de tout le monde et j'écris des fanfictions que je relis dix fois. "
     "J'aimerais travailler autour des livres.",
     ["E1105", "E1312", "E1108", "E1121", "K1603", "D1211"]),
    # ---- apprentis ----
    ("f31", "apprenti en CAP menuisier fabricant, 17 ans",
     ["rester sur la côte, près de Vannes (56)"],
     "Je suis en CAP menuisier en alternance près de Vannes et je ne veux pas quitter la côte. "
     "Mon rêve ce serait de travailler sur des voiliers, j'adore l'odeur du bois verni sur les ponts.",
     ["H2213", "F1504", "I1601", "H3203", "H2206"]),
    ("f32", "apprentie en 1re année de CAP coiffure, 16 ans",
     ["allergie aux produits capillaires (eczéma aux colorations)"],
     "je suis en 1ere annee de cap coiffure en apprentissage mais je fais de l eczema a cause des colorations et la dermato dit darreter. "
     "jadore conseiller les clientes sur leur style, et les perruques ca m interesse aussi",
     ["D1241", "D1215", "L1516", "D1214"]),
    # ---- adultes en reconversion ----
    ("f33", "adulte en reconversion, ancien serveur, 34 ans, RQTH",
     ["RQTH (hernies discales): pas de port de charges ni de station debout prolongée"],
     "J'ai été serveur pendant 10 ans mais j'ai deux hernies discales et je suis reconnu travailleur handicapé. "
     "Je ne peux plus porter ni rester debout toute la journée. "
     "Ce que j'aimais, c'était accueillir les clients et discuter avec les touristes.",
     ["G1703", "G1704", "G1303", "D1408", "M1601"]),
    ("f34", "adulte en reconversion, ancienne employée de rayon en hypermarché, 31 ans",
     ["pas de permis de conduire"],
     "J'ai travaillé 8 ans en rayon dans un hypermarché. "
     "Le week-end je suis toujours dans mon potager, je fais mes propres plants et je donne des légumes à tout l'immeuble. "
     "Je n'ai pas le permis.",
     ["A1433", "A1414", "A1441", "D1219", "A1440", "A1402"]),
    ("f35", "adulte en reconversion, ancien militaire de l'infanterie, 31 ans",
     ["plus de déploiements loin de sa famille"],
     "J'ai été militaire 10 ans dans l'infanterie et je quitte l'armée à 31 ans. "
     "Je suis rigoureux, j'aime le terrain et protéger les gens, mais je ne veux plus partir en opération loin de ma famille.",
     ["K2503", "K2502", "K1707", "K1711", "K2507", "K2508"]),
    ("f36", "adulte en reconversion, chauffeur routier international, 38 ans",
     ["rentrer chez lui tous les soirs"],
     "Je suis chauffeur routier à l'international depuis 12 ans. "
     "Avec deux enfants, je veux rentrer dormir chez moi tous les soirs, mais j'aime toujours conduire.",
     ["N4103", "N4109", "N4105", "N4107", "N4203", "K2110"]),
    ("f37", "adulte en reconversion, ancienne conseillère au guichet d'une banque, 40 ans", [],
     "J'ai été conseillère au guichet d'une banque pendant 15 ans. "
     "Depuis deux ans je prends des cours du soir où je fonds et je martèle de l'argent pour faire des bagues, et c'est le seul moment où j'oublie tout.",
     ["B1605", "B1603", "B1613", "B1610", "B1606"]),
    ("f38", "adulte licencié économique, ouvrier de l'automobile, 42 ans", [],
     "J'ai passé 18 ans sur une chaîne de montage automobile et l'usine ferme. "
     "J'ai retapé toute ma maison moi-même : placo, carrelage, peinture, un peu de plomberie.",
     ["I1203", "F1604", "F1608", "F1606", "F1609", "F1603"]),
    ("f39", "adulte à mi-temps (accueil de mairie le matin), 36 ans",
     ["disponible l'après-midi seulement (garde son mi-temps du matin)"],
     "Je travaille à mi-temps le matin à l'accueil de la mairie et je cherche une activité pour mes après-midis. "
     "J'ai deux bergers australiens que je dresse en agility, et les voisins me confient leurs chiens quand ils partent.",
     ["A1426", "A1511", "A1503", "A1509", "D1210"]),
    ("f40", "adulte en reconversion, développeur informatique, 37 ans", [],
     "Je suis développeur depuis 12 ans dans une banque. "
     "Je veux un travail utile pour la planète : je vais partout à vélo, je composte et j'ai fait isoler et équiper ma maison d'une pompe à chaleur.",
     ["M1410", "M1413", "M1406", "F1114", "A1313"]),
    ("f41", "adulte en reconversion, ancienne femme de chambre, 49 ans",
     ["problèmes de genoux: travail assis", "sans diplôme", "rester à Lourdes (65)"],
     "J'ai été femme de chambre à Lourdes pendant 20 ans et mes genoux ne tiennent plus. "
     "Je n'ai pas de diplôme mais je suis sérieuse et je parle bien avec les pèlerins, en espagnol et en italien aussi. "
     "Je ne veux pas quitter Lourdes.",
     ["G1703", "G1704", "M1601", "M1614", "G1101", "K2509"]),
    ("f42", "adulte en reconversion, carrossier-peintre, 39 ans",
     ["problèmes respiratoires: plus d'exposition aux peintures ni aux solvants"],
     "Carrossier-peintre depuis 15 ans, je dois arrêter à cause de mes poumons : plus de peinture ni de solvants. "
     "Je sais chiffrer un choc au premier coup d'œil et j'aime bien discuter avec les clients.",
     ["C1113", "C1107", "I1623", "I1617", "C1109"]),
    ("f43", "adulte en reconversion, professeure des écoles, 38 ans", [],
     "Professeure des écoles depuis 12 ans, je suis épuisée par la classe. "
     "Depuis toute petite je regarde passer les trains, et je prends le TER tous les matins en rêvant d'être dans la cabine.",
     ["N4301", "N4305", "N4119", "N4401", "N4403"]),
    ("f44", "adulte en reconversion, ancienne téléconseillère, 29 ans",
     ["pas de permis de conduire", "rester à Limoges (87)"],
     "J'ai travaillé 6 ans dans un centre d'appels pour un opérateur téléphonique. "
     "Je suis à l'aise pour convaincre, j'aime les chiffres et je voudrais un métier plus stable dans la banque ou l'assurance. "
     "Je n'ai pas le permis et j'habite à Limoges.",
     ["C1206", "C1201", "C1102", "C1401", "C1109"]),
    ("f45", "adulte en reconversion, graphiste en agence, 33 ans",
     ["ne veut plus travailler sur écran toute la journée"],
     "Graphiste en agence pendant 9 ans, je ne supporte plus de passer mes journées sur l'ordinateur. "
     "Dans mon garage je fais de la sérigraphie sur des t-shirts et des affiches, j'adore l'encre et les machines.",
     ["E1301", "H2408", "E1308", "B1101"]),
    ("f46", "adulte en reconversion, ancienne assistante d'agence immobilière, 45 ans", [],
     "J'ai 45 ans et je travaillais dans une agence immobilière. "
     "Quand ma mère est décédée, j'ai été touchée par le calme des employés des pompes funèbres et je me dis que je pourrais accompagner les familles moi aussi.",
     ["K2602", "K2605", "K2603", "K2601"]),
    ("f47", "jeune adulte sans diplôme, cariste intérimaire, 23 ans",
     ["sans diplôme"],
     "j'ai 23 ans pas de diplome, je fais de l'interim comme cariste. "
     "ma passion c'est l'escalade, je grimpe 4 fois par semaine et le vide me fait pas peur du tout",
     ["I1501", "A1209", "F1505", "F1619", "G1216"]),
    ("f48", "adulte en reconversion, plombier à son compte, 46 ans",
     ["veut un emploi stable, salarié ou public, dans sa ville"],
     "Plombier à mon compte depuis 20 ans, j'en ai assez de courir après les clients et les impayés. "
     "Je voudrais un poste stable, pourquoi pas à la régie des eaux ou à la mairie de ma ville.",
     ["K2317", "K2301", "K2322", "F1705", "I1203", "F1627"]),
    # ---- demandeurs d'emploi de plus de 50 ans ----
    ("f49", "demandeur d'emploi de 58 ans, ancien commercial en matériel médical",
     ["plus de 50 ans"],
     "J'ai 58 ans, j'étais commercial en matériel médical et mon poste a été supprimé. "
     "J'accompagne déjà bénévolement des jeunes vers l'emploi dans une association de parrainage, et c'est ce qui me rend le plus fier.",
     ["K1801", "K2139", "K1804", "K2111", "M1502"]),
    ("f50", "demandeuse d'emploi de 54 ans, ancienne couturière industrielle",
     ["plus de 50 ans", "pas de voiture", "rester près d'Épinal (88)"],
     "J'ai 54 ans et j'ai été couturière dans une usine textile des Vosges pendant 30 ans, elle vient de fermer. "
     "Je sais tout coudre, même le cuir et les tissus épais. "
     "Je n'ai pas de voiture, je dois trouver près d'Épinal.",
     ["D1207", "B1806", "B1809", "B1803", "B1811", "H2402"]),
    ("f51", "demandeur d'emploi de 52 ans, ancien boucher",
     ["plus de 50 ans", "arthrose des mains: plus de découpe"],
     "J'ai 52 ans, je suis boucher depuis l'âge de 16 ans, mais l'arthrose dans les mains m'empêche de couper. "
     "Je connais la viande et l'hygiène par cœur et je voudrais rester dans l'alimentaire.",
     ["A1305", "D1107", "D1502", "D1113", "H1528"]),
    ("f52", "demandeuse d'emploi de 57 ans, ancienne assistante de direction",
     ["plus de 50 ans", "mi-temps"],
     "J'ai 57 ans et j'ai été assistante de direction toute ma carrière. "
     "Je voudrais maintenant un mi-temps dans quelque chose de plus joyeux : j'adore organiser les fêtes de famille et préparer les voyages de mes amis jusqu'au moindre détail.",
     ["E1107", "E1117", "G1303", "G1101", "M1604"]),
    # ---- retour à l'emploi, parent ----
    ("f53", "mère de 38 ans qui reprend un emploi après 8 ans au foyer",
     ["télétravail principalement", "enfant handicapé à charge, nombreux rendez-vous"],
     "J'ai arrêté de travailler 8 ans pour m'occuper de mes trois enfants, dont mon fils autiste qui a des rendez-vous presque tous les jours. "
     "Je tiens les comptes de l'association des parents d'élèves et j'aime quand tout tombe juste au centime. "
     "Il me faudrait un travail surtout depuis la maison.",
     ["M1213", "M1203", "M1507", "M1608", "M1613", "M1225"]),
    ("f54", "père seul de 32 ans, ancien boulanger",
     ["horaires de jour en semaine seulement (8h30-17h)", "élève seul un enfant de 3 ans"],
     "J'étais boulanger, mais depuis que j'élève seul ma fille de 3 ans, les nuits et les week-ends ce n'est plus possible. "
     "Je ne peux travailler qu'en semaine, entre 8h30 et 17h.",
     ["G1606", "G1607", "K2111", "K1224"]),
    ("f55", "mère de 44 ans qui reprend un emploi après 12 ans au foyer",
     ["pas de diplôme au-delà du bac"],
     "J'ai 44 ans et j'ai passé 12 ans à la maison avec mes enfants. "
     "Pendant ce temps j'ai été trésorière du club de foot de mon fils, j'organisais les tournois et les déplacements des équipes. "
     "Je n'ai pas de diplôme au-delà du bac.",
     ["M1602", "M1621", "G1213", "M1610", "M1608"]),
    # ---- nouveaux arrivants, diplôme étranger ----
    ("f56", "nouvelle arrivante de Colombie, ingénieure agronome, 32 ans",
     ["diplôme étranger non reconnu", "français B1", "rester près de Montpellier (34)"],
     "Je suis ingénieure agronome en Colombie, j'ai travaillé 6 ans sur les cultures de café et de cacao. "
     "J'habite maintenant à Montpellier, où ma famille va rester, et mon français est de niveau B1. "
     "Mon diplôme n'est pas encore reconnu.",
     ["A1303", "A1304", "A1302", "A1301", "A1420"]),
    ("f57", "nouvel arrivant du Maroc, technicien en froid et climatisation, 30 ans",
     ["diplôme étranger"],
     "Je viens du Maroc où j'ai un diplôme de technicien en froid et climatisation, avec 7 ans d'expérience dans les hôtels de Marrakech. "
     "Je vis à Bordeaux depuis 6 mois et je cherche dans mon domaine.",
     ["I1306", "I1316", "F1620", "I1308"]),
    ("f58", "nouvel arrivant d'Érythrée, ancien pêcheur, 24 ans",
     ["français débutant (A1-A2)", "sans diplôme", "rester à Boulogne-sur-Mer (62)"],
     "Je suis arrivé d'Érythrée il y a un an, j'ai 24 ans. "
     "Là-bas j'étais pêcheur sur la mer Rouge avec mon père. "
     "J'habite à Boulogne-sur-Mer, je veux rester ici, et je parle encore peu français.",
     ["A1415", "N3102", "N3203", "H2105", "A1425", "D1105"]),
    ("f59", "nouvelle arrivante de Russie, professeure de piano, 47 ans",
     ["diplôme étranger"],
     "J'étais professeure de piano dans une école de musique à Saint-Pétersbourg pendant 15 ans. "
     "Je vis à Metz depuis un an ; j'accompagne aussi des chorales et je sais accorder un piano.",
     ["K2105", "K2136", "L1202", "B1501"]),
    ("f60", "nouvelle arrivante d'Algérie, sage-femme, 35 ans",
     ["diplôme étranger non reconnu"],
     "Je suis sage-femme diplômée en Algérie, j'ai travaillé 10 ans dans une maternité à Oran. "
     "Je vis à Toulon et je sais que mon diplôme ne me permet pas d'exercer tout de suite en France. "
     "Je veux rester auprès des mamans et des bébés.",
     ["J1104", "J1304", "J1501"]),
]

SENT_END = re.compile(r"[.!?…]+(?=\s|$)")


def n_sentences(text):
    """Count sentences: runs of . ! ? … followed by space or end, plus a final unterminated one."""
    text = text.strip()
    ends = list(SENT_END.finditer(text))
    n = len(ends)
    if not ends or ends[-1].end() < len(text):
        n += 1
    return n


def load_rome(path):
    with open(path, encoding="utf-8") as f:
        return {r["code_rome"]: r["libelle_rome"] for r in csv.DictReader(f)}


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    rome = load_rome(args[0] if args else DEFAULT_CSV)
    errors = []
    if len(P) != 60:
        errors.append(f"expected 60 profiles, got {len(P)}")
    profiles = []
    for i, (pid, persona, constraints, text, gold_a) in enumerate(P, 1):
        if pid != f"f{i:02d}":
            errors.append(f"{pid}: expected id f{i:02d}")
        if not 2 <= len(gold_a) <= 8:
            errors.append(f"{pid}: {len(gold_a)} codes (need 2-8)")
        if len(set(gold_a)) != len(gold_a):
            errors.append(f"{pid}: duplicate codes")
        for c in gold_a:
            if c not in rome:
                errors.append(f"{pid}: unknown ROME code {c}")
        ns = n_sentences(text)
        if ns > 4:
            errors.append(f"{pid}: {ns} sentences (max 4)")
        if verbose:
            print(f"{pid} [{persona}] ({ns} sent.)")
            for c in gold_a:
                print(f"    {c} {rome.get(c, '??')}")
        profiles.append({"id": pid, "text": text, "persona": persona,
                         "constraints": list(constraints), "gold": [],
                         "gold_either": [], "gold_a": list(gold_a)})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    with open(os.path.join(HERE, "blind_f.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "profiles": profiles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    bare = [{k: p[k] for k in ("id", "text", "persona", "constraints")} for p in profiles]
    about_bare = ("ZenIA blind set F, profiles only (f01-f60), for a second independent labeller: "
                  "no gold fields. Texts: MIT.")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as f:
        json.dump({"about": about_bare, "profiles": bare}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_codes = sum(len(p["gold_a"]) for p in profiles)
    distinct = len({c for p in profiles for c in p["gold_a"]})
    print(f"OK: {len(profiles)} profiles, {n_codes} codes ({distinct} distinct), "
          f"{n_codes / len(profiles):.2f} per profile")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
