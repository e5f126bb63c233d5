# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 5: a fictitious fatal road accident near Besançon (a drunk, speeding driver runs into a
scooter at night on the RD 683). Written blind (no access to the system's code or other evaluation data).
All persons, vehicles, plates, businesses and addresses are invented; the towns, roads and the court are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - EDSR du Doubs - Brigade motorisée de Besançon\nProcédure n° 02871/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE TRANSPORT ET DE CONSTATATIONS

Le samedi 17 mai 2025 à 23h48, nous, Sébastien COURTOT, Adjudant, officier de police judiciaire, et Léa BOILLOT, Gendarme, sommes avisés par le centre opérationnel d'un accident grave survenu vers 23h41 sur la route départementale 683, commune de Roche-lez-Beaupré (25), lieu-dit « Les Graviers », dans le sens Besançon vers Roche-lez-Beaupré.

Nous arrivons sur les lieux à 23h58. Le SMUR de Besançon est déjà présent et prodigue des soins à un jeune homme allongé sur l'accotement droit.

Constatations : nuit, temps sec, chaussée sèche, ligne droite, absence d'éclairage public. La vitesse est limitée à 70 km/h sur cette portion, panneau implanté 600 mètres avant le lieu de l'accident.

Véhicule A : voiture Peugeot 308 grise immatriculée GH-482-TK, arrêtée sur la voie de droite, face avant enfoncée, pare-brise étoilé côté passager. Conducteur : M. Julien VERNIER, né le 3 août 1995 à Besançon, demeurant 26 rue de Belfort à Besançon, conscient, sentant fortement l'alcool. Passager : M. Loïc PERRIN, indemne.

Véhicule B : scooter 50 cm3 noir immatriculé FX-907-LB, couché sur le fossé droit. Conducteur : M. Mathis GIRARDOT, né le 12 février 2006 à Besançon, âgé de 19 ans, étudiant, casqué.

Mme Nathalie JOUFFROY, automobiliste, indique avoir appelé le 112 à 23h43.

À 00h05, le dépistage de l'imprégnation alcoolique pratiqué sur M. VERNIER par éthylotest électronique se révèle positif. M. VERNIER est conduit à la brigade pour une mesure par éthylomètre.""",
    ),
    # 2
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS (suite) - Relevés métriques

Point de référence : borne PR 14+300 de la RD 683.
Traces de freinage du véhicule A : deux traces rectilignes de 31 mètres, se terminant au point de choc.
Point de choc : voie de droite, à 1,20 mètre du bord droit de la chaussée (débris de feu arrière et de plastique rouge).
Position finale du scooter : 42 mètres après le point de choc, dans le fossé droit.
Position finale de la victime : accotement droit, 36 mètres après le point de choc.
Position finale du véhicule A : 24 mètres après le point de choc.
Distance entre la station-service du Relais de Roche et le point de choc : 1 900 mètres.

Croquis joint (non reproduit). Photographies prises par la Gendarme BOILLOT.""",
    ),
    # 3
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 4 - Véhicule A, vue de face, 18 mai 2025 à 00h15
Peugeot 308 immatriculée GH-482-TK : capot enfoncé au centre, pare-brise étoilé, phare droit détruit.
Véhicule A sur la voie de droite de la RD 683, feux de détresse allumés""",
    ),
    # 4
    (
        "scan",
        HEAD
        + """
TICKET D'ÉTHYLOMÈTRE (agrafé au procès-verbal)

Appareil homologué n° de série 2019-0412, vérifié le 3 février 2025.
Brigade motorisée de Besançon - 18/05/2025
Sujet : VERNIER Julien
Mesure 1 : 00:34 - 0,64 mg/L d'air expiré
Mesure 2 : 00:36 - 0,62 mg/L d'air expiré
Valeur retenue : 0,62 mg/L

Le conducteur demande une vérification par prise de sang. Il est conduit au CHU Jean-Minjoz.""",
    ),
    # 5
    (
        "text",
        "CHU DE BESANÇON - Hôpital Jean-Minjoz - Laboratoire de toxicologie\n"
        + """
RÉSULTAT D'ANALYSE - RÉQUISITION JUDICIAIRE

Échantillon : sang veineux prélevé sur M. VERNIER Julien, né le 3 août 1995, le 18 mai 2025 à 01h35, en présence de la Gendarme Léa BOILLOT.

Alcoolémie : 1,31 g/L de sang (méthode chromatographique).
Recherche de stupéfiants (cannabis, cocaïne, opiacés, amphétamines) : négative.

Le biologiste, Dr Marc LAMBERT, le 19 mai 2025.""",
    ),
    # 6
    (
        "text",
        "SAMU 25 - SMUR de Besançon\n"
        + """
CERTIFICAT MÉDICAL DE CONSTATATION DE DÉCÈS

Je soussignée, Dr Aurélie GRANDJEAN, médecin urgentiste au SMUR de Besançon, certifie être arrivée sur les lieux à 23h55 le 17 mai 2025, RD 683 à Roche-lez-Beaupré, et avoir pris en charge M. Mathis GIRARDOT, en arrêt cardio-respiratoire.

Malgré 25 minutes de réanimation, le décès est constaté le 18 mai 2025 à 00h20.

Lésions constatées : traumatisme crânien et thoracique majeur, fracture ouverte du fémur droit. Le casque porté par la victime est fendu. Obstacle médico-légal : oui. Le corps est transféré à l'institut médico-légal de Besançon.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le dimanche 18 mai 2025 à 11h00, devant nous, Sébastien COURTOT, officier de police judiciaire,
Entendons Mme Nathalie JOUFFROY, née le 27 janvier 1978 à Pontarlier (25), infirmière, qui déclare :

« Je rentrais chez moi à Roche-lez-Beaupré après mon service. Un peu après la station-service, une voiture grise m'a doublée à très grande vitesse, alors que je roulais à 70. Elle a fait une embardée en se rabattant.

Devant moi, à quelques centaines de mètres, il y avait un scooter. Le feu arrière du scooter était allumé, je le voyais très bien dans la ligne droite. La voiture grise l'a rattrapé et l'a percuté par l'arrière sans freiner avant le dernier moment. J'ai entendu le choc.

Je me suis arrêtée et j'ai appelé le 112 à 23h43. Le conducteur de la voiture est sorti, il titubait et il répétait « je l'ai pas vu ». »

Lecture faite, Mme JOUFFROY persiste et signe.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PLANCHE VIDÉOPROTECTION N° 1 - Station-service du Relais de Roche, caméra 2 (RD 683)
Horodatage de l'image : 17/05/2025 23:38:32. Un scooter passe devant la station vers Roche-lez-Beaupré, feu arrière allumé.
Image extraite de la caméra 2 : scooter FX-907-LB, feu arrière rouge visible""",
    ),
    # 9
    (
        "photo",
        HEAD
        + """
PLANCHE VIDÉOPROTECTION N° 2 - Station-service du Relais de Roche, caméra 2 (RD 683)
Horodatage de l'image : 17/05/2025 23:39:58. Une Peugeot 308 grise passe devant la station dans le même sens ; plaque lue GH-482-T?.
Image extraite de la caméra 2 : Peugeot 308 grise, flou de bougé important""",
    ),
    # 10
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le dimanche 18 mai 2025 à 14h30, devant nous, Léa BOILLOT, Gendarme, agent de police judiciaire, agissant sous le contrôle de l'Adjudant COURTOT,
Entendons M. Loïc PERRIN, né le 22 novembre 1996 à Montbéliard (25), cuisinier, passager du véhicule A, qui déclare :

« Samedi soir, on était au bar Le Comptoir, à Besançon, avec Julien, de 20h30 jusqu'à 23h20 environ. Julien a bu au moins quatre pintes, peut-être cinq, et un ou deux shots à la fin. Je lui ai proposé de conduire mais il a refusé, c'est sa voiture.

Sur la départementale, on roulait vite, plus de 100 je pense. Je lui ai dit de ralentir. Juste avant le choc, il a changé la musique sur son téléphone, il avait les yeux baissés. J'ai vu une lumière rouge devant nous au dernier moment et j'ai crié.

Le scooter avait bien son feu allumé, sinon je ne l'aurais pas vu. »

Lecture faite, M. PERRIN persiste et signe.""",
    ),
    # 11
    (
        "hand",
        """Le Comptoir - samedi 17/05
Table 6 (Julien V. + Loïc)
6 pintes blonde
3 shots vodka
2 eaux
Total 58,40 € - CB à 23h18
(copie pour les gendarmes - Sandrine)""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le dimanche 18 mai 2025 à 10h15, devant nous, Sébastien COURTOT, officier de police judiciaire,
En présence de Maître Romain VUILLEMIN, avocat au barreau de Besançon,
Entendons M. Julien VERNIER, né le 3 août 1995 à Besançon, technicien de maintenance, demeurant 26 rue de Belfort à Besançon, placé en garde à vue le 18 mai 2025 à 00h40, qui déclare :

« J'ai bu deux bières au bar dans la soirée, pas plus. Je me sentais bien pour conduire.

Je roulais à 75 km/h environ, comme d'habitude sur cette route. Le scooter n'avait pas de feu arrière, je ne l'ai vu qu'au dernier moment. J'ai freiné de toutes mes forces mais c'était trop tard.

Je n'ai pas touché à mon téléphone, il était dans le vide-poche. »""",
    ),
    # 13
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : L'éthylomètre a mesuré 0,62 mg/L et la prise de sang 1,31 g/L. Maintenez-vous avoir bu deux bières ?
Réponse : Peut-être un peu plus, je ne comptais pas.

Question : La caméra de la station montre le feu arrière du scooter allumé. Qu'en dites-vous ?
Réponse : Je ne l'ai pas vu, c'est tout ce que je peux dire.

Question : Avez-vous déjà été condamné pour des faits d'alcool au volant ?
Réponse : Oui, en 2021. J'avais récupéré mon permis en avril 2022.

Question : Avez-vous quelque chose à ajouter ?
Réponse : Je pense à la famille de ce garçon. Je regrette.

Lecture faite, M. VERNIER persiste et signe, ainsi que son avocat.""",
    ),
    # 14
    (
        "text",
        "Dominique SALVI - Expert près la cour d'appel de Besançon - Accidentologie et reconstruction\n"
        + """
RAPPORT D'EXPERTISE ACCIDENTOLOGIQUE

Mission confiée le 19 mai 2025 par M. Étienne MOUGIN, procureur de la République près le tribunal judiciaire de Besançon : déterminer la vitesse du véhicule A au moment de l'accident du 17 mai 2025 et les conditions de visibilité du scooter.

1. Données exploitées : relevés métriques de la brigade, planches de vidéoprotection de la station-service, calculateur d'airbag de la Peugeot 308, examen du scooter.

2. Vitesse moyenne entre la station-service et le point de choc : le véhicule A passe devant la caméra à 23:39:58 ; le calculateur d'airbag date le choc à 23:41:04, soit 66 secondes pour 1 900 mètres, ce qui donne une vitesse moyenne de 104 km/h.

3. Le calculateur d'airbag enregistre une vitesse de 102 km/h 2,5 secondes avant le choc, un freinage déclenché 1,6 seconde avant le choc et une vitesse d'impact de 68 km/h. Les traces de freinage de 31 mètres sont cohérentes avec ces valeurs.

4. Visibilité : l'ampoule du feu arrière du scooter présente un filament étiré à chaud, signe qu'elle était allumée au moment du choc. En ligne droite et de nuit, un feu arrière allumé est visible à plus de 300 mètres.

Conclusion : le véhicule A circulait à une vitesse de 104 km/h (fourchette de 98 à 110 km/h) sur une portion limitée à 70 km/h. À 70 km/h, le conducteur aurait pu s'arrêter avant le scooter ou l'éviter.

Fait à Besançon, le jeudi 5 juin 2025.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE FIN DE GARDE À VUE

Le 18 mai 2025 à 23h50, M. Étienne MOUGIN, procureur de la République, a autorisé la prolongation de la garde à vue de M. Julien VERNIER pour une durée de 24 heures.

Le lundi 19 mai 2025 à 16h15, nous, Sébastien COURTOT, officier de police judiciaire, mettons fin à la garde à vue de M. VERNIER, débutée le 18 mai 2025 à 00h40, soit une durée totale de 39 heures 35 minutes.

L'intéressé est déféré devant le procureur de la République de Besançon. Son permis de conduire a fait l'objet d'une rétention le 18 mai 2025 et le véhicule Peugeot 308 GH-482-TK est placé en fourrière judiciaire.""",
    ),
    # 16
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : VERNIER Julien, né le 3 août 1995 à Besançon (25).

Condamnation n° 1 : jugement du tribunal correctionnel de Besançon du 14 octobre 2021. Conduite d'un véhicule sous l'empire d'un état alcoolique (0,58 mg/L d'air expiré), article L. 234-1 du Code de la route. Peine : 500 euros d'amende et suspension du permis de conduire pendant 6 mois.""",
    ),
    # 17
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant Sébastien COURTOT à Monsieur le Procureur de la République près le tribunal judiciaire de Besançon.

Le samedi 17 mai 2025 vers 23h41, sur la RD 683 à Roche-lez-Beaupré, la Peugeot 308 conduite par M. Julien VERNIER a percuté par l'arrière le scooter de M. Mathis GIRARDOT, 19 ans, décédé sur place.

M. VERNIER présentait une alcoolémie de 1,31 g/L de sang. L'expert évalue sa vitesse à 104 km/h pour une limitation à 70 km/h. Le feu arrière du scooter était allumé, contrairement à ce qu'affirme le conducteur. Le passager déclare que le conducteur manipulait son téléphone juste avant le choc, ce que celui-ci conteste.

Les faits sont susceptibles de recevoir la qualification d'homicide involontaire par conducteur d'un véhicule terrestre à moteur, aggravé par l'état alcoolique, prévu par l'article 221-6-1 du Code pénal, et de conduite sous l'empire d'un état alcoolique en récidive, article L. 234-1 du Code de la route.

Fait à Besançon, le vendredi 6 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Mathis GIRARDOT", "role": "victime", "aliases": ["M. GIRARDOT"]},
    {"name": "Julien VERNIER", "role": "mis en cause", "aliases": ["VERNIER Julien", "M. VERNIER", "Julien V."]},
    {"name": "Loïc PERRIN", "role": "témoin", "aliases": ["M. PERRIN", "Loïc"]},
    {"name": "Nathalie JOUFFROY", "role": "témoin", "aliases": ["Mme JOUFFROY"]},
    {"name": "Sandrine", "role": "témoin", "aliases": []},
    {"name": "Aurélie GRANDJEAN", "role": "autre", "aliases": []},
    {"name": "Marc LAMBERT", "role": "autre", "aliases": []},
    {"name": "Dominique SALVI", "role": "autre", "aliases": []},
    {"name": "Sébastien COURTOT", "role": "enquêteur", "aliases": ["l'Adjudant COURTOT"]},
    {"name": "Léa BOILLOT", "role": "enquêteur", "aliases": ["la Gendarme BOILLOT"]},
    {"name": "Étienne MOUGIN", "role": "magistrat", "aliases": []},
    {"name": "Romain VUILLEMIN", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2021-10-14", None, "condamnation de Julien VERNIER pour conduite en état alcoolique", "du 14 octobre 2021"),
    ("2025-05-17", "23:18", "paiement de l'addition au bar", "CB à 23h18"),
    ("2025-05-17", "23:38", "passage du scooter devant la station-service", "17/05/2025 23:38:32"),
    ("2025-05-17", "23:39", "passage de la Peugeot devant la station-service", "17/05/2025 23:39:58"),
    ("2025-05-17", "23:41", "collision", "accident grave survenu vers 23h41"),
    ("2025-05-17", "23:43", "appel au 112", "appelé le 112 à 23h43"),
    ("2025-05-17", "23:55", "arrivée du SMUR", "arrivée sur les lieux à 23h55"),
    ("2025-05-17", "23:58", "arrivée des gendarmes", "Nous arrivons sur les lieux à 23h58"),
    ("2025-05-18", "00:05", "dépistage d'alcool positif", "À 00h05, le dépistage"),
    ("2025-05-18", "00:20", "constatation du décès", "le décès est constaté le 18 mai 2025 à 00h20"),
    ("2025-05-18", "00:34", "mesure par éthylomètre", "Mesure 1 : 00:34"),
    ("2025-05-18", "00:40", "placement en garde à vue", "placé en garde à vue le 18 mai 2025 à 00h40"),
    ("2025-05-18", "01:35", "prise de sang", "le 18 mai 2025 à 01h35"),
    ("2025-05-18", "10:15", "audition du conducteur", "Le dimanche 18 mai 2025 à 10h15"),
    ("2025-05-18", "11:00", "audition de Nathalie JOUFFROY", "Le dimanche 18 mai 2025 à 11h00"),
    ("2025-05-18", "14:30", "audition du passager", "Le dimanche 18 mai 2025 à 14h30"),
    ("2025-05-18", "23:50", "prolongation de la garde à vue", "Le 18 mai 2025 à 23h50"),
    ("2025-05-19", "16:15", "fin de la garde à vue et défèrement", "Le lundi 19 mai 2025 à 16h15"),
    ("2025-06-05", None, "dépôt du rapport d'expertise", "le jeudi 5 juin 2025"),
]

OFFENCES = [
    {"qualification": "homicide involontaire par conducteur aggravé", "code_article": "221-6-1"},
    {"qualification": "conduite sous l'empire d'un état alcoolique", "code_article": "L. 234-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 2),
    ("photographie", 3, 3),
    ("ticket_ethylometre", 4, 4),
    ("analyse_toxicologique", 5, 5),
    ("certificat_medical", 6, 6),
    ("pv_audition", 7, 7),
    ("photographie", 8, 8),
    ("photographie", 9, 9),
    ("pv_audition", 10, 10),
    ("note_manuscrite", 11, 11),
    ("pv_audition", 12, 13),
    ("expertise", 14, 14),
    ("pv_garde_a_vue", 15, 15),
    ("casier_judiciaire", 16, 16),
    ("rapport", 17, 17),
]

QUESTIONS = [
    ("À quelle heure la collision a-t-elle eu lieu ?", ["accident grave survenu vers 23h41", "vers 23h41, sur la RD 683"]),
    ("Quelle est la plaque de la voiture qui a percuté le scooter ?", ["Peugeot 308 grise immatriculée GH-482-TK", "Peugeot 308 immatriculée GH-482-TK", "Peugeot 308 GH-482-TK est placé"]),
    ("Quelle était la limitation de vitesse à l'endroit du choc ?", ["La vitesse est limitée à 70 km/h"]),
    ("À combien l'expert estime-t-il la vitesse de la Peugeot ?", ["circulait à une vitesse de 104 km/h", "vitesse moyenne de 104 km/h", "L'expert évalue sa vitesse à 104 km/h"]),
    ("Quel taux d'alcool dans l'air expiré a été retenu contre le conducteur ?", ["Valeur retenue : 0,62 mg/L"]),
    ("Quel était le taux d'alcool dans le sang du chauffeur ?", ["Alcoolémie : 1,31 g/L", "alcoolémie de 1,31 g/L de sang"]),
    ("À quelle heure le médecin a-t-il déclaré le jeune homme mort ?", ["le décès est constaté le 18 mai 2025 à 00h20"]),
    ("Quelle longueur font les marques de freinage laissées par la voiture ?", ["deux traces rectilignes de 31 mètres"]),
    ("À quelle distance du point d'impact le deux-roues a-t-il fini sa course ?", ["Position finale du scooter : 42 mètres"]),
    ("Combien de bières la table du conducteur a-t-elle commandé au bar ?", ["6 pintes blonde"]),
    ("Quel est le montant de l'addition réglée au bar ?", ["Total 58,40 €"]),
    ("À quelle heure la vidéosurveillance de la station montre-t-elle le scooter ?", ["17/05/2025 23:38:32"]),
    ("À quelle heure la voiture est-elle filmée devant la station-service ?", ["17/05/2025 23:39:58"]),
    ("Combien d'heures le conducteur est-il resté en garde à vue ?", ["durée totale de 39 heures 35 minutes"]),
    ("Quel âge avait le conducteur du scooter ?", ["âgé de 19 ans", "GIRARDOT, 19 ans"]),
    ("Quelle vitesse le boîtier d'airbag a-t-il enregistrée juste avant l'impact ?", ["enregistre une vitesse de 102 km/h"]),
    ("Quelle distance sépare la station-service du lieu du choc ?", ["point de choc : 1 900 mètres", "66 secondes pour 1 900 mètres"]),
    ("À quelle heure les secours ont-ils été alertés ?", ["appelé le 112 à 23h43"]),
    ("À quelle vitesse le conducteur affirme-t-il avoir roulé ?", ["Je roulais à 75 km/h environ"]),
    ("Où habite le conducteur de la Peugeot ?", ["demeurant 26 rue de Belfort à Besançon, conscient", "demeurant 26 rue de Belfort à Besançon, placé"]),
    ("Les déclarations sur la quantité d'alcool bue concordent-elles ?", ["J'ai bu deux bières au bar", "Julien a bu au moins quatre pintes", "6 pintes blonde"]),
    ("Le scooter était-il éclairé au moment de l'accident ?", ["Le scooter n'avait pas de feu arrière", "Le feu arrière du scooter était allumé", "feu arrière allumé", "signe qu'elle était allumée"]),
    ("Le conducteur utilisait-il son portable juste avant le choc ?", ["il a changé la musique sur son téléphone", "Je n'ai pas touché à mon téléphone"]),
    ("Le conducteur a-t-il un antécédent d'alcool au volant ?", ["jugement du tribunal correctionnel de Besançon du 14 octobre 2021", "Oui, en 2021"]),
    ("Quelle qualification pénale l'enquêteur propose-t-il ?", ["qualification d'homicide involontaire"]),
    ("Quelle compagnie assure la Peugeot 308 ?", []),
    ("Le conducteur du scooter avait-il consommé de l'alcool ?", []),
]

ANSWERS = {
    "À quelle heure la collision a-t-elle eu lieu ?": "23h41",
    "Quelle est la plaque de la voiture qui a percuté le scooter ?": "GH-482-TK",
    "Quelle était la limitation de vitesse à l'endroit du choc ?": "70 km/h",
    "À combien l'expert estime-t-il la vitesse de la Peugeot ?": "104 km/h",
    "Quel taux d'alcool dans l'air expiré a été retenu contre le conducteur ?": "0,62 mg/L",
    "Quel était le taux d'alcool dans le sang du chauffeur ?": "1,31 g/L",
    "À quelle heure le médecin a-t-il déclaré le jeune homme mort ?": "00h20",
    "Quelle longueur font les marques de freinage laissées par la voiture ?": "31 mètres",
    "À quelle distance du point d'impact le deux-roues a-t-il fini sa course ?": "42 mètres",
    "Combien de bières la table du conducteur a-t-elle commandé au bar ?": "6 pintes",
    "Quel est le montant de l'addition réglée au bar ?": "58,40 €",
    "À quelle heure la vidéosurveillance de la station montre-t-elle le scooter ?": "23:38:32",
    "À quelle heure la voiture est-elle filmée devant la station-service ?": "23:39:58",
    "Combien d'heures le conducteur est-il resté en garde à vue ?": "39 heures 35 minutes",
    "Quel âge avait le conducteur du scooter ?": "19 ans",
    "Quelle vitesse le boîtier d'airbag a-t-il enregistrée juste avant l'impact ?": "102 km/h",
    "Quelle distance sépare la station-service du lieu du choc ?": "1 900 mètres",
    "À quelle heure les secours ont-ils été alertés ?": "23h43",
    "À quelle vitesse le conducteur affirme-t-il avoir roulé ?": "75 km/h",
    "Où habite le conducteur de la Peugeot ?": "26 rue de Belfort",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "quantité d'alcool consommée par le conducteur",
        "phrases": ["J'ai bu deux bières au bar", "Julien a bu au moins quatre pintes", "6 pintes blonde"],
        "between": ["Julien VERNIER", "Loïc PERRIN", "Sandrine"],
    },
    {
        "about": "vitesse du véhicule A : environ 75 km/h selon le conducteur, 104 km/h selon l'expert",
        "phrases": ["Je roulais à 75 km/h environ", "on roulait vite, plus de 100 je pense", "circulait à une vitesse de 104 km/h"],
        "between": ["Julien VERNIER", "Loïc PERRIN", "Dominique SALVI"],
    },
    {
        "about": "éclairage du scooter",
        "phrases": ["Le scooter n'avait pas de feu arrière", "Le feu arrière du scooter était allumé", "Le scooter avait bien son feu allumé", "feu arrière allumé"],
        "between": ["Julien VERNIER", "Nathalie JOUFFROY", "Loïc PERRIN"],
    },
    {
        "about": "usage du téléphone par le conducteur juste avant le choc",
        "phrases": ["il a changé la musique sur son téléphone", "Je n'ai pas touché à mon téléphone"],
        "between": ["Loïc PERRIN", "Julien VERNIER"],
    },
]
