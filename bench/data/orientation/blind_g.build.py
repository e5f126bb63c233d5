#!/usr/bin/env python3
"""Build ZenIA blind set G (60 orientation profiles, labeller A).

Usage: python3 build_g.py [path/to/unix_referentiel_code_rome_v460_utf8.csv] [-v]

Writes blind_g.json and profiles_only.json next to this file, but only if every
check passes (codes exist in the ROME CSV; 2-8 codes per gold list, no
duplicates; ids g01-g60 in order; at most 4 sentences per text). Otherwise it
writes nothing and exits with status 1. Standard library only.
"""

import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = "/work/shared/data/rome4/unix_referentiel_code_rome_v460_utf8.csv"

ABOUT = (
    "ZenIA blind set G: 60 first-person orientation profiles (g01-g60) written by a helper that never "
    "saw the project's code (ROME 4.0 v460 only). gold_a = ROME codes judged acceptable in a top-5 "
    "answer by labeller A; gold and gold_either are left empty, to be filled once a second independent "
    "labeller adds gold_b (gold = codes in both lists, gold_either = codes in either list). "
    "Texts and gold: MIT. ROME codes: France Travail open data, Licence Ouverte 2.0."
)

ABOUT_ONLY = (
    "ZenIA blind set G, profiles only: the 60 first-person orientation profiles (g01-g60) of blind_g.json "
    "with id, text, persona and constraints, and no gold field, for a second independent labeller. "
    "Texts: MIT."
)

# (id, text, persona, constraints, gold_a)
PROFILES = [
    # --- lycéens, voie générale ---
    (
        "g01",
        "jsuis en 1ere spé SVT et physique et je regarde tous les docus sur les volcans et les tremblements "
        "de terre, j'ai meme bricolé un sismographe avec une carte arduino. je veux bien faire des etudes "
        "longues si au bout je vais sur le terrain",
        "lycéen en 1re générale, spécialités SVT et physique-chimie",
        ["études longues acceptées", "veut du terrain"],
        ["F1115", "F1118", "F1105", "F1143", "K2402"],
    ),
    (
        "g02",
        "je suis déléguée depuis la 6e et c toujours moi qui defend les élèves au conseil de discipline mdr. "
        "j'adore débattre et trouver la faille dans un reglement, je pense au droit mais je sais pas quel "
        "metier il y a au bout",
        "lycéenne en terminale générale, spécialités HGGSP et SES",
        [],
        ["K1903", "K1904", "K1909", "K1101", "K1211"],
    ),
    (
        "g03",
        "je garde les 3 enfants de ma voisine tous les mercredis, je leur invente des jeux et j'aide la "
        "grande a apprendre a lire. plus tard je veux travailler avec des petits mais je sais pas si c prof "
        "ou autre chose",
        "lycéenne en 2de générale, 15 ans",
        [],
        ["K2106", "K1202", "J1304", "K1307", "K1303", "K1308"],
    ),
    (
        "g04",
        "le soir je fais des challenges de hacking éthique en ligne, trouver la faille dans un site, casser "
        "des mots de passe chiffrés, tout ça. spé maths et NSI, je veux en faire mon metier mais du bon "
        "coté hein",
        "lycéen en terminale générale, spécialités maths et NSI",
        [],
        ["M1844", "M1866", "M1819", "M1856", "M1883", "M1817"],
    ),
    (
        "g05",
        "je parle espagnol et anglais couramment et j'apprends le coréen toute seule depuis 2 ans. le soir "
        "je traduis les sous titres de dramas pour un forum de fans, ça me prend des heures et j'adore ça",
        "lycéenne en 1re générale, spécialités LLCER espagnol et HLP",
        [],
        ["E1108", "E1123", "E1120", "K2130", "G1227"],
    ),
    (
        "g06",
        "je suis bénévole à l'épicerie solidaire de ma ville depuis un an. ce que je préfère c'est aider les "
        "familles à remplir leurs dossiers CAF et à trouver les aides auxquelles elles ont droit",
        "lycéenne en terminale générale",
        [],
        ["K1201", "K1225", "K1204", "K1205", "K1207"],
    ),
    (
        "g07",
        "jai une chaine youtube ou je poste des montages de mes parties de jeux, 3000 abonnés. ce qui me "
        "plait le plus c le montage, les effets, le rythme, je passe des nuits dessus",
        "lycéen en 2de générale, 15 ans",
        [],
        ["L1507", "E1406", "E1207", "E1104", "E1101"],
    ),
    (
        "g08",
        "depuis tout petit je vais voir décoller les avions au bout de la piste avec mon père et j'ai passé "
        "le BIA au lycée. spé maths physique, je veux bosser dans l'aérien mais je sais pas si je veux les "
        "piloter, les réparer ou les guider",
        "lycéen en terminale générale, spécialités maths et physique-chimie",
        [],
        ["N2102", "N2202", "I1602", "I1334", "N2206"],
    ),
    # --- lycéens, voie technologique ---
    (
        "g09",
        "en STL bio les TP c'est le seul moment où je suis à fond, pipettes, boites de petri, microscope. "
        "je veux un bac+2 ou bac+3 max et bosser dans un labo",
        "lycéenne en terminale STL biotechnologies",
        ["études courtes (bac+2 ou bac+3)"],
        ["J1302", "H1503", "H1224", "H1510", "H1530"],
    ),
    (
        "g10",
        "en 1ere STD2A, c'est moi qui fais toutes les affiches et les logos pour les clubs du lycée et pour "
        "le bal de fin d'année. je voudrais que ça devienne mon taf plus tard",
        "lycéenne en 1re STD2A",
        [],
        ["E1205", "E1211", "E1210", "E1206", "E1207"],
    ),
    (
        "g11",
        "je suis en STHR et mon stage à la réception d'un hotel 4 étoiles ça a été le déclic, j'adore "
        "accueillir les clients étrangers en anglais. par contre la cuisine et le service en salle c'est non",
        "lycéen en terminale STHR",
        ["pas de cuisine ni de service en salle"],
        ["G1703", "G1701", "G1704", "G1101", "G1107"],
    ),
    (
        "g12",
        "je suis en S2TMD option danse, 15h par semaine de contemporain et de hip hop. je sais que danseuse "
        "c'est dur d'en vivre, y a quoi d'autre pour rester dans la danse ?",
        "lycéenne en terminale S2TMD, option danse",
        [],
        ["L1201", "K2136", "L1211", "G1202", "K1105"],
    ),
    # --- lycéens, voie professionnelle ---
    (
        "g13",
        "2nde bac pro melec, en stage j'ai tiré des cables dans un immeuble neuf et c'était cool. mais ce que "
        "je kiffe vraiment c'est chercher pourquoi un truc marche pas",
        "lycéen en 2de bac pro MELEC",
        [],
        ["F1602", "I1309", "I1335", "F1628", "F1610", "F1134"],
    ),
    (
        "g14",
        "bac pro commerce, j'ai toujours eu le sens des tenues, mes copines me demandent conseil avant chaque "
        "soirée. je veux bosser dans la mode mais surtout pas finir à la caisse",
        "lycéenne en 1re bac pro métiers du commerce et de la vente",
        ["pas de poste de caisse"],
        ["D1214", "D1241", "B1301", "D1302", "D1506"],
    ),
    (
        "g15",
        "je suis en terminale bac pro cuisine, j'aime cuisiner mais les services du soir et les week-ends je "
        "me vois pas faire ça toute ma vie. en stage dans une cuisine centrale qui fait les repas des écoles "
        "j'ai bien aimé les grosses quantités",
        "lycéen en terminale bac pro cuisine",
        ["pas de travail le soir ni le week-end"],
        ["G1606", "G1607", "G1404", "H2105"],
    ),
    (
        "g16",
        "je suis en bac pro photo et le weekend j'aide mon oncle qui fait des reportages de mariages. je veux "
        "rester dans l'image, photo ou vidéo",
        "lycéen en 1re bac pro photographie",
        [],
        ["E1201", "L1505", "E1203", "L1507", "L1514"],
    ),
    (
        "g17",
        "bac pro accueil, je parle arabe, anglais et un peu espagnol. jaime les endroits où ca bouge, les "
        "gares, les aéroports, renseigner les gens qui sont perdus",
        "lycéenne en terminale bac pro métiers de l'accueil",
        [],
        ["N2201", "M1601", "G1101", "N2101", "G1611", "K2507"],
    ),
    (
        "g18",
        "je suis en bac pro travaux publics, mon père a une mini pelle et je la conduis depuis mes 12 ans. je "
        "veux etre dehors sur les chantiers, pas dans un bureau",
        "lycéen en 1re bac pro travaux publics",
        ["pas de bureau"],
        ["F1302", "F1702", "F1705", "F1207", "F1301"],
    ),
    # --- étudiants en réorientation ---
    (
        "g19",
        "j'ai raté PASS à 20 places près, dégoutée. je veux toujours soigner les gens mais pas repartir "
        "pour 10 ans d'études",
        "étudiante, sortie de PASS",
        ["pas d'études de médecine", "études de 3 à 5 ans au plus"],
        ["J1506", "J1306", "J1403", "J1404", "J1407", "J1307"],
    ),
    (
        "g20",
        "L2 STAPS, j'ai eu deux entorses et une rééduc cette année et ça m'a passionnée. je voudrais aider les "
        "gens à se remettre en mouvement après une blessure ou une maladie",
        "étudiante en L2 STAPS",
        [],
        ["G1220", "J1415", "J1404", "G1215", "G1218"],
    ),
    (
        "g21",
        "L1 de droit, les amphis de 400 personnes je décroche complet. le droit me plait mais je veux du "
        "concret et vite, pas 5 ans de fac",
        "étudiant en L1 de droit",
        ["études courtes", "veut du concret"],
        ["K1902", "M1612", "K1909", "C1502", "C1107"],
    ),
    (
        "g22",
        "en L3 d'histoire et je veux surtout pas être prof. les musées, les archives, les vieux papiers, "
        "faire visiter des châteaux, c'est ça qui me fait vibrer",
        "étudiante en L3 d'histoire",
        ["pas d'enseignement"],
        ["G1222", "K1601", "G1106", "K1213", "K1602", "K2125"],
    ),
    (
        "g23",
        "je suis en BTS NDRC en alternance et la prospection au téléphone je déteste. le seul moment sympa "
        "de ma semaine c'est quand je fais les tableaux de suivi des ventes sur excel",
        "étudiant en 1re année de BTS NDRC, en alternance",
        ["pas de prospection ni de vente au téléphone"],
        ["M1213", "M1225", "M1419", "D1409", "M1222"],
    ),
    (
        "g24",
        "2e année d'école d'ingé généraliste, mon stage en open space m'a déprimé. je veux un boulot concret, "
        "dehors au moins la moitié du temps, qui serve vraiment à la transition écologique",
        "étudiant en 2e année d'école d'ingénieurs généraliste",
        ["pas de travail de bureau à plein temps", "études longues en cours"],
        ["F1136", "A1306", "A1307", "F1208", "A1313"],
    ),
    # --- adultes en reconversion ---
    (
        "g25",
        "caissière depuis 15 ans en supermarché, j'en peux plus du bip. j'ai accompagné ma grand-mère "
        "jusqu'à la fin et je crois que c'est ça que je veux faire, m'occuper des personnes âgées",
        "adulte en reconversion, 38 ans, caissière",
        [],
        ["J1501", "K1302", "K1311", "K1306", "J1301"],
    ),
    (
        "g26",
        "45 ans, comptable en cabinet depuis 20 ans. mon truc c'est les gâteaux et les confitures, tout le "
        "village me passe commande pour les fêtes, et je voudrais enfin travailler de mes mains",
        "adulte en reconversion, 45 ans, comptable",
        [],
        ["D1104", "D1115", "G1610", "D1118"],
    ),
    (
        "g27",
        "Infirmière en réanimation depuis 10 ans, burn-out l'an dernier. Je veux rester dans la santé mais "
        "plus jamais de nuits, de week-ends ni d'urgences.",
        "adulte en reconversion, 34 ans, infirmière",
        ["pas de nuits ni de week-ends", "pas d'urgences"],
        ["J1511", "J1512", "J1505", "K2405", "H1211"],
    ),
    (
        "g28",
        "ça fait 10 ans que je suis vigile de nuit dans un centre commercial. le week-end je suis toujours "
        "dans les marais avec mes jumelles à compter les oiseaux et je voudrais que ça devienne mon travail",
        "adulte en reconversion, 41 ans, agent de sécurité",
        [],
        ["G1240", "A1204", "A1202", "G1231", "A1306"],
    ),
    (
        "g29",
        "Assistante de direction dans une grosse entreprise, je fais déjà la moitié du recrutement : je trie "
        "les CV, je fais les premiers entretiens, j'accueille les nouveaux. Je voudrais que ce soit mon vrai "
        "métier.",
        "adulte en reconversion, 44 ans, assistante de direction",
        [],
        ["M1502", "M1501", "K1814", "M1505", "M1508"],
    ),
    (
        "g30",
        "ça fait 8 ans que je raccorde la fibre, les poteaux et 300 km de route par jour j'en ai ma claque. "
        "par contre j'adore former les nouveaux, c'est toujours moi qu'on appelle quand ça bloque",
        "adulte en reconversion, 39 ans, technicien fibre optique",
        ["moins de route"],
        ["K2111", "M1816", "I1404", "I1326", "M1862"],
    ),
    (
        "g31",
        "graphiste freelance depuis 6 ans, toute seule devant mon écran toute la journée, je déprime. je "
        "voudrais un métier avec des gens, des enfants ou des ados peut-être, mais en gardant le dessin",
        "adulte en reconversion, 31 ans, graphiste indépendante",
        ["pas seule devant un écran toute la journée"],
        ["G1202", "K1105", "K2107", "K2136", "K1213"],
    ),
    (
        "g32",
        "20 ans sur une chaîne de montage automobile et l'usine ferme. je suis bon en mécanique, tous les "
        "voisins m'apportent leurs tondeuses et leurs débroussailleuses à réparer",
        "adulte en reconversion, 47 ans, ouvrier de l'automobile licencié",
        [],
        ["I1618", "I1310", "I1604", "I1603", "H2909"],
    ),
    (
        "g33",
        "hôtesse de l'air depuis 15 ans, je veux me poser, fini le décalage horaire. ce que j'aime c'est "
        "organiser, gérer les imprévus et m'occuper des clients",
        "adulte en reconversion, 40 ans, personnel navigant commercial",
        ["plus de déplacements ni de décalage horaire"],
        ["G1303", "E1107", "E1117", "G1301", "D1415"],
    ),
    (
        "g34",
        "agent immobilier depuis 7 ans, ce que je préfère dans les visites c'est repérer les fissures, "
        "l'humidité, les passoires thermiques. je retape ma maison moi-même et je veux plus faire de vente",
        "adulte en reconversion, 36 ans, agent immobilier",
        ["pas de vente"],
        ["F1103", "F1114", "F1108", "F1139", "F1120"],
    ),
    (
        "g35",
        "Journaliste dans un quotidien régional, mon poste est supprimé. J'écris vite et bien, j'aime "
        "raconter des histoires et interviewer les gens, mais la presse c'est fini pour moi.",
        "adulte en reconversion, 37 ans, journaliste",
        ["plus dans la presse"],
        ["E1112", "E1119", "E1103", "E1127", "H1207", "E1102"],
    ),
    (
        "g36",
        "ça fait 8 ans que je taille la vigne et que je fais les vendanges comme saisonnier, j'en ai marre "
        "de la précarité. ce qui m'intéresse maintenant c'est le vin lui même, comment on le fait et comment "
        "on le goûte",
        "adulte en reconversion, 29 ans, ouvrier viticole saisonnier",
        ["veut un emploi stable"],
        ["A1422", "A1446", "A1423", "G1804", "A1418"],
    ),
    # --- demandeurs d'emploi de plus de 50 ans ---
    (
        "g37",
        "57 ans, 30 ans couvreur, mes épaules lâchent et le médecin m'interdit de porter lourd. je connais "
        "les toits et les charpentes par coeur, je voudrais que ça serve encore",
        "demandeur d'emploi, 57 ans, ancien couvreur",
        ["pas de port de charges lourdes"],
        ["F1103", "F1108", "K2111", "D1407", "F1114", "F1130"],
    ),
    (
        "g38",
        "51 ans, directeur financier dans l'industrie, licencié après un rachat. je veux mettre mes "
        "compétences au service de quelque chose d'utile, une association, un hôpital, une école",
        "demandeur d'emploi, 51 ans, cadre financier",
        ["secteur public ou associatif"],
        ["M1205", "M1216", "K1413", "M1217", "M1223"],
    ),
    (
        "g39",
        "j'ai 52 ans, 22 ans chef de rayon fruits et légumes, le magasin a fermé. je connais tous les "
        "producteurs et les maraîchers du coin et je sais reconnaître un bon melon les yeux fermés",
        "demandeur d'emploi, 52 ans, ancien chef de rayon",
        [],
        ["D1107", "M1101", "D1113", "D1301", "D1106"],
    ),
    (
        "g40",
        "56 ans, 30 ans conducteur offset dans une imprimerie qui vient de fermer. je suis minutieux, je "
        "connais les encres, les couleurs et le papier par coeur",
        "demandeur d'emploi, 56 ans, ancien conducteur de machine offset",
        [],
        ["E1301", "E1310", "E1308", "H1201", "E1307"],
    ),
    # --- contraintes de santé, de handicap, d'horaires, de lieu ---
    (
        "g41",
        "je suis sourde de naissance, je parle la langue des signes et j'ai un bac ES. j'ai envie de "
        "travailler dans l'éducation ou le social, avec des jeunes si possible",
        "jeune adulte sourde, 23 ans, bac général",
        ["surdité, communique en langue des signes"],
        ["K2127", "K1207", "K1208", "K2113", "K1204"],
    ),
    (
        "g42",
        "je suis en fauteuil depuis un accident de moto, j'ai un bac STMG. je cherche un travail assis mais "
        "pas juste de la saisie, j'aime négocier et convaincre",
        "jeune adulte, 24 ans, en fauteuil roulant, bac STMG",
        ["en fauteuil roulant", "travail assis"],
        ["D1408", "C1102", "C1206", "M1101", "D1401", "D1415"],
    ),
    (
        "g43",
        "je suis épileptique donc pas de permis et interdiction de travailler en hauteur. j'adore les plantes, "
        "je fais des boutures partout dans l'appart et les voisins me confient leurs plantes malades",
        "jeune adulte, 26 ans, épileptique",
        ["pas de permis de conduire", "pas de travail en hauteur"],
        ["A1414", "A1441", "D1219", "D1209", "A1440"],
    ),
    (
        "g44",
        "je m'occupe de ma mère malade toute la journée et ma soeur prend le relais à 18h, donc je peux "
        "travailler seulement le soir, en gros de 18h à minuit. j'ai le permis et je suis pas difficile",
        "adulte aidante, 35 ans",
        ["travail le soir uniquement (18h-minuit)", "aidante d'un parent malade"],
        ["K2205", "G1803", "G1801", "G1225", "N4112", "G1603"],
    ),
    (
        "g45",
        "maman solo de 3 enfants à Quimper, je peux bosser que pendant les heures d'école, et un mi-temps "
        "m'irait très bien. j'ai pas de diplôme mais je suis organisée et patiente",
        "mère seule, 33 ans, sans diplôme",
        ["horaires scolaires uniquement", "temps partiel", "Quimper (29)"],
        ["K2113", "K1308", "G1607", "K2104", "K2137"],
    ),
    (
        "g46",
        "Je suis malvoyant, je lis avec un logiciel qui agrandit et une synthèse vocale. J'ai de bonnes mains, "
        "l'oreille musicale et j'aime le contact avec les gens.",
        "adulte malvoyant, 28 ans",
        ["déficience visuelle"],
        ["J1404", "D1222", "M1614", "B1501", "K2105", "J1408"],
    ),
    (
        "g47",
        "j'ai un diagnostic TSA, les open space et le téléphone c'est l'enfer pour moi. par contre je peux "
        "trier et classer des trucs pendant des heures sans m'ennuyer, j'ai rangé toute la bibliothèque de "
        "mon club de jeux de rôle",
        "jeune adulte autiste, 25 ans",
        ["trouble du spectre de l'autisme", "pas de téléphone ni d'open space"],
        ["K1601", "K1603", "N1110", "M1606"],
    ),
    (
        "g48",
        "je veux rester à Dunkerque près de ma famille, j'ai pas de voiture mais les bus sont gratuits ici. "
        "j'ai un bac pro maintenance des systèmes de production",
        "jeune adulte, 20 ans, bac pro MSPC",
        ["pas de voiture", "Dunkerque (59)"],
        ["I1304", "I1310", "I1309", "I1335", "H2912"],
    ),
    (
        "g49",
        "22 ans, pas le permis et je compte pas le passer, j'habite à Grenoble et je veux pas partir. je fais "
        "du ski de rando tout l'hiver, je connais tous les refuges du coin",
        "jeune adulte, 22 ans, sans permis",
        ["pas de permis de conduire", "Grenoble (38)"],
        ["G1216", "G1228", "K1726", "N4402", "G1415"],
    ),
    (
        "g50",
        "je suis aidante de ma fille autiste, à force j'ai appris les pictos, la méthode ABA et comment gérer "
        "les crises. je voudrais en faire mon métier mais à temps partiel, elle a encore besoin de moi",
        "mère aidante, 42 ans",
        ["temps partiel", "aidante d'un enfant handicapé"],
        ["K1306", "K2113", "K1208", "K1207", "J1412", "K1314"],
    ),
    (
        "g51",
        "je suis greffée du rein, pas le droit de porter plus de 5 kilos. je démonte et remonte les vieilles "
        "montres de mon grand-père, j'ai de la patience et des doigts de fée",
        "adulte, 30 ans, greffée rénale",
        ["pas de port de charges"],
        ["B1604", "B1616", "I1408", "H2605"],
    ),
    # --- goûts décrits sans mots de métier ---
    (
        "g52",
        "le weekend je récupère des vieux postes de radio et des amplis à lampes dans les vide-greniers, je "
        "change les composants et je les fais remarcher",
        "adulte, 33 ans, manutentionnaire",
        [],
        ["I1329", "I1407", "I1305", "H2605", "I1402"],
    ),
    (
        "g53",
        "j'ai un aquarium récifal de 400 litres dans mon salon, je fais mes analyses d'eau toutes les "
        "semaines et je fais pousser des coraux que j'échange avec d'autres passionnés",
        "jeune adulte, 21 ans, sans emploi",
        [],
        ["A1506", "D1210", "A1404", "A1424", "H1530"],
    ),
    (
        "g54",
        "je regarde en boucle des vidéos de ponts, de tunnels et de tours qu'on construit, et je joue à des "
        "jeux où il faut faire tenir un pont. je suis en 3e et je suis fort en maths",
        "collégien en 3e, 14 ans",
        ["études longues acceptées"],
        ["F1111", "F1112", "F1208", "F1104", "F1128"],
    ),
    (
        "g55",
        "tous les dimanches je suis aux puces à chiner de la vaisselle ancienne et des tableaux, et je les "
        "revends sur internet. je sais reconnaître une vraie faïence d'une copie",
        "adulte, 39 ans, employée de bureau",
        [],
        ["D1201", "D1243", "K1907", "D1233"],
    ),
    (
        "g56",
        "je trie tout, je répare tout, j'ai monté avec des potes un atelier où on remet en état ce que les "
        "gens jettent. j'ai besoin que mon travail serve vraiment à la planète",
        "jeune adulte, 27 ans, bac+2",
        [],
        ["K2309", "K2310", "K2308", "K2311", "K1224", "M1413"],
    ),
    # --- ce que la personne ne veut pas ---
    (
        "g57",
        "surtout pas de bureau, pas d'écran et pas de chef sur le dos toute la journée. je suis costaud et "
        "j'aime être dehors, même sous la pluie",
        "jeune adulte, 19 ans, sans diplôme",
        ["pas de bureau ni d'écran"],
        ["A1201", "A1210", "A1209", "F1619", "A1203"],
    ),
    (
        "g58",
        "j'ai un BTS comptabilité gestion, je veux surtout pas d'accueil, de téléphone ni de vente, je suis "
        "trop anxieuse avec les inconnus. les chiffres et les tableaux, ça me calme",
        "jeune adulte, 23 ans, BTS CG, anxiété sociale",
        ["pas de contact avec le public", "pas de téléphone", "pas de vente"],
        ["M1213", "M1225", "M1507", "M1419", "M1222"],
    ),
    # --- nouveaux arrivants ---
    (
        "g59",
        "je suis arrivé du Sénégal il y a un an, là-bas je réparais les moteurs hors-bord des pirogues au "
        "port de Mbour. j'ai mes papiers maintenant, je veux travailler dans la mécanique",
        "nouvel arrivant, 31 ans, mécanicien au Sénégal",
        ["diplôme ou expérience étrangers"],
        ["I1605", "I1601", "I1604", "I1618", "I1607"],
    ),
    (
        "g60",
        "en Afghanistan j'étais tailleur, je faisais les costumes sur mesure. je parle un peu français "
        "(niveau A2), je voudrais retrouver un travail avec mes mains et le tissu",
        "nouvel arrivant, 38 ans, tailleur en Afghanistan",
        ["expérience étrangère", "français niveau A2"],
        ["B1813", "D1207", "B1803", "H2402", "B1806"],
    ),
]


def count_sentences(text):
    parts = re.split(r"[.!?\u2026]+(?:\s+|$)", text.strip())
    return len([p for p in parts if p.strip()])


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    csv_path = args[0] if args else DEFAULT_CSV
    with open(csv_path, encoding="utf-8") as f:
        titles = {r["code_rome"]: r["libelle_rome"] for r in csv.DictReader(f)}

    errors = []
    if len(PROFILES) != 60:
        errors.append(f"expected 60 profiles, got {len(PROFILES)}")
    for i, (pid, text, persona, constraints, gold) in enumerate(PROFILES, 1):
        if pid != f"g{i:02d}":
            errors.append(f"{pid}: expected id g{i:02d}")
        n = count_sentences(text)
        if not 1 <= n <= 4:
            errors.append(f"{pid}: {n} sentences")
        if not 2 <= len(gold) <= 8:
            errors.append(f"{pid}: {len(gold)} codes")
        if len(set(gold)) != len(gold):
            errors.append(f"{pid}: duplicate codes")
        for c in gold:
            if c not in titles:
                errors.append(f"{pid}: unknown code {c}")
        if not persona or not isinstance(constraints, list):
            errors.append(f"{pid}: bad persona/constraints")
        if verbose:
            print(f"{pid} [{n}s] {text}")
            for c in gold:
                print(f"    {c} {titles.get(c, '???')}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1

    profiles = []
    for pid, text, persona, constraints, gold in PROFILES:
        profiles.append(
            {
                "id": pid,
                "text": text,
                "persona": persona,
                "constraints": list(constraints),
                "gold": [],
                "gold_either": [],
                "gold_a": list(gold),
            }
        )
    only = [{k: p[k] for k in ("id", "text", "persona", "constraints")} for p in profiles]
    with open(os.path.join(HERE, "blind_g.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "profiles": profiles}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "profiles_only.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT_ONLY, "profiles": only}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_codes = sum(len(p[4]) for p in PROFILES)
    print(f"ok: {len(PROFILES)} profiles, {n_codes} codes, {n_codes / len(PROFILES):.2f} per profile")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
