# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 23: a fictitious fuel-card fraud in a road haulage company near Le Mans (Sarthe): the
fleet manager keeps the company's spare fuel cards, hands one to a young driver who fills, on Thursday nights at a
lorry station in Sablé-sur-Sarthe, an IBC tank on the pick-up of an earthworks contractor, who pays the fleet
manager in cash below the pump price. The company's internal audit, the card issuer's transactions, the lorry's
telematics, the station camera, the station manager, a handwritten sales notebook, a bank statement, two searches,
the accountant's loss calculation and a driver on leave establish the facts. Written blind (no access to the
system's code or other evaluation data). All persons, companies, accounts, card numbers, phone lines, plates and
street names/numbers are invented; the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - DIPN de la Sarthe - Le Mans\nService local de police judiciaire - Procédure n° 2025/03177\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RÉCEPTION DE PLAINTE

Le lundi 8 septembre 2025 à 14h30, devant nous, Lieutenant de police Émilie GASNIER, officier de police judiciaire,

Se présente Mme Nathalie COUSIN, née le 11 avril 1974 à Laval, directrice administrative et financière de la SAS Transports Maine-Océane, zone industrielle du Monné à Allonnes, munie d'un pouvoir du président, qui dépose plainte au nom de la société et déclare :

« Notre société exploite 42 tracteurs routiers. Chaque chauffeur dispose d'une carte carburant nominative de la société CarbuPro Services, rattachée à son véhicule. Il existe en outre six cartes de dépannage, non nominatives, destinées aux véhicules de remplacement et aux camions immobilisés sur la route ; elles sont confiées au chef de parc, M. Jérôme PELLETIER.

Depuis le début de l'année, notre facture de gazole a augmenté sans que le kilométrage suive. Notre contrôleur de gestion a mené un audit interne en août ; il a relevé de nombreux pleins nocturnes, toujours à la même station de Sablé-sur-Sarthe, avec des volumes que nos camions ne peuvent pas contenir.

Au jour de la plainte, nous estimons le préjudice à environ 40 000 euros. Notre expert-comptable établit le chiffrage exact. Les six cartes de dépannage ont été bloquées le vendredi 5 septembre 2025. »

Mme COUSIN remet le rapport d'audit et l'extraction des transactions.

Lecture faite, Mme COUSIN persiste et signe.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
SAS TRANSPORTS MAINE-OCÉANE - RAPPORT D'AUDIT INTERNE (annexé à la plainte)

Auteur : M. Olivier BRETON, contrôleur de gestion. Date : 29 août 2025.

Objet : consommation de gazole du parc, janvier - août 2025.

1. Consommation moyenne du parc : 31,2 L/100 km sur l'année 2024, 36,8 L/100 km sur les huit premiers mois de 2025, à parcours et chargements comparables.

2. Les cartes nominatives des chauffeurs ne présentent pas d'anomalie significative.

3. Les cartes de dépannage concentrent l'écart : elles ont servi presque exclusivement à la station Relais Routier de la Sarthe, à Sablé-sur-Sarthe, le jeudi entre 22h et minuit, alors qu'aucun véhicule de remplacement n'était en service et qu'aucune panne n'a été déclarée à l'atelier.

4. Lors de ces transactions, l'immatriculation saisie est le plus souvent celle du tracteur EL-318-PD, affecté à M. Mickaël BOUVIER, avec un kilométrage saisi « 000000 ».

5. Plusieurs pleins dépassent 580 litres, alors que nos tracteurs ont un réservoir unique.

Recommandation : blocage des cartes de dépannage, dépôt de plainte, chiffrage par l'expert-comptable.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
CARBUPRO SERVICES - Réponse à réquisition judiciaire du 10/09/2025
Carte de dépannage n° 7077 1200 0455 4417 - client TRANSPORTS MAINE-OCEANE
Transactions du 01/08/2025 au 31/08/2025

Date        Heure  Station                      Produit  Volume   Montant TTC
14/08/2025  22:47  RELAIS ROUTIER SARTHE SABLE  GAZOLE   620,00 L  1 049,66
21/08/2025  23:05  RELAIS ROUTIER SARTHE SABLE  GAZOLE   580,00 L    981,94
28/08/2025  22:52  RELAIS ROUTIER SARTHE SABLE  GAZOLE   600,00 L  1 015,80

Prix unitaire appliqué (piste poids lourds) : 1,693 EUR/L
Immatriculation saisie : EL-318-PD - kilométrage saisi : 000000
Code confidentiel : saisi correctement à chaque transaction

Total août 2025 : 3 transactions - 1 800,00 L - 3 047,40 EUR TTC""",
    ),
    # 4
    (
        "scan",
        HEAD
        + """
TRANSPORTS MAINE-OCÉANE - Service exploitation
Extraction de l'informatique embarquée - réponse à réquisition du 10/09/2025
Tracteur EL-318-PD (Renault T 480) - réservoir de 400 litres

Jeudi 14/08/2025
  16:55  arrivée au dépôt d'Allonnes (ZI du Monné)
  18:12  moteur arrêté - véhicule stationné au dépôt
  22:00 - 23:59  aucun mouvement, aucune mise sous contact
Vendredi 15/08/2025
  05:40  mise sous contact - niveau de réservoir 62 %

Conducteur badgé du 11/08 au 22/08 : aucun (chauffeur titulaire en congé)

Distance dépôt d'Allonnes - station Relais Routier de la Sarthe : 46 km""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Vidéoprotection de la station Relais Routier de la Sarthe, piste poids lourds n° 2
Horodatage : 14/08/2025 22:46:31. Pick-up Toyota Hilux blanc GT-552-ZB portant une cuve IBC de 1 000 litres ; un homme en gilet orange « TMO » tient le pistolet poids lourds.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 10 septembre 2025 à 10h00, devant nous, Brigadier-chef de police Yann LEMERCIER, agent de police judiciaire,

Entendons M. Patrice HAMON, né le 30 juin 1969 à Sablé-sur-Sarthe, gérant de la station Relais Routier de la Sarthe, route de Précigné à Sablé-sur-Sarthe, qui déclare :

« La piste poids lourds est automatique et ouverte jour et nuit ; le pistolet débite environ 130 litres à la minute. Depuis le printemps, je remarque un pick-up blanc avec une grosse cuve sur le plateau, qui vient le jeudi soir, tard, et qui se sert à la pompe camions avec une carte de transporteur. En principe, les cartes poids lourds ne servent qu'aux camions, mais l'automate ne le vérifie pas.

Deux hommes : un jeune en gilet orange qui tient le pistolet, et un plus âgé, costaud, qui reste au volant. Le pick-up repart ensuite vers la route de Précigné, pas vers l'autoroute.

Je vous remets les enregistrements du 14, du 21 et du 28 août. »

Les enregistrements sont placés sous scellé n° 1.

Lecture faite, M. HAMON persiste et signe.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS

Nous, Lieutenant de police Émilie GASNIER, officier de police judiciaire,

Le lundi 15 septembre 2025, consultons le système d'immatriculation des véhicules : le pick-up Toyota Hilux GT-552-ZB est immatriculé au nom de la SARL Guérin TP, entreprise de terrassement, lieu-dit La Fouquerie à Sablé-sur-Sarthe, dont le gérant est M. Hervé GUÉRIN, né le 19 mai 1969 à La Flèche, joignable au 06 39 98 40 58.

Selon le planning de l'entreprise, M. Anthony LEROUX, né le 6 décembre 1998 à Allonnes, chauffeur, n'était pas en service les jeudis soir 14, 21 et 28 août. Sa veste de travail orange porte le sigle « TMO ». La ligne de M. Jérôme PELLETIER, né le 2 mars 1972 au Mans, chef de parc, est le 06 39 98 73 12.

Les données de connexion de ces deux lignes font apparaître, le 14 août 2025, une borne de Sablé-sur-Sarthe pour chacune d'elles entre 22h20 et 23h30, et quatorze échanges entre elles ce soir-là.

Adressons une réquisition (article 77-1-1 du CPP) à la Banque du Maine pour le compte personnel de M. PELLETIER.

Le mardi 7 octobre 2025 à 06h00, MM. PELLETIER et LEROUX sont interpellés à leur domicile et placés en garde à vue ; M. GUÉRIN est convoqué en audition libre.""",
    ),
    # 8
    (
        "hand",
        """Carnet bleu - tiroir du chef de parc
scellé n° 4
jeudi 14/08  Hervé  600 L x 1,10 = 660
jeudi 14/08  Didier (ferme)  1 bidon
jeudi 21/08  Hervé  400 L = 440
jeudi 21/08  Didier  160 L = 176
jeudi 28/08  Hervé  580 L = 638
Anthony : 150 par voyage - payé
reste cuve Hervé à voir
J.P.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 7 octobre 2025 à 09h15, devant nous, Brigadier-chef de police Yann LEMERCIER, agent de police judiciaire,

Entendons M. Anthony LEROUX, né le 6 décembre 1998 à Allonnes, âgé de 26 ans, chauffeur poids lourd, placé en garde à vue le même jour à 06h10, qui renonce à l'assistance d'un avocat et déclare :

« Je suis le jeune en gilet orange sur les images de la station. Je ne vais pas nier.

C'est Jérôme, le chef de parc, qui m'a proposé ça au printemps. Le jeudi soir, il passait me prendre, on allait chercher le pick-up de M. GUÉRIN à Sablé et on montait à la station. C'est Jérôme qui me donnait la carte, toujours la même, celle qui finit par 4417, avec le code écrit sur un post-it. Il me disait de taper la plaque du camion de Mickaël, parce qu'il était en vacances.

Ensuite on vidait la cuve dans la citerne du terrassier, à La Fouquerie, et parfois des bidons pour un agriculteur. M. GUÉRIN payait Jérôme en liquide dans la cour, je ne sais pas combien.

Moi, Jérôme me donnait 150 euros par voyage. J'ai dû en faire une douzaine depuis avril. »

Fin de garde à vue le même jour à 19h45.

Lecture faite, M. LEROUX persiste et signe.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Perquisition au domicile de M. PELLETIER, 9 rue des Tilleuls à Arnage, mardi 7 octobre 2025 à 06h40
Garage : huit jerrycans de 20 litres pleins de gazole et une enveloppe kraft contenant 4 350 euros en billets de 50 ; dans le tiroir du buffet, un carnet bleu (scellé n° 4).""",
    ),
    # 11
    (
        "scan",
        HEAD
        + """
BANQUE DU MAINE - agence Le Mans Jaurès
Réponse à réquisition judiciaire du 15/09/2025
Titulaire : M. PELLETIER Jérôme - compte n° 14706 00218 50917732
Relevé du 01/08/2025 au 31/08/2025

01/08  solde créditeur                                   1 204,11
01/08  VIR TRANSPORTS MAINE-OCEANE SALAIRE 07/2025       2 486,20
05/08  VERSEMENT ESPECES GUICHET LE MANS JAURES          1 900,00
12/08  PRLV CREDIT AUTO - échéance 18/48                  -389,00
19/08  VERSEMENT ESPECES GUICHET LE MANS JAURES          1 300,00
26/08  CB CONCESSION MOTO LE MANS - acompte             -2 500,00
29/08  VERSEMENT ESPECES GUICHET LE MANS JAURES          1 250,00
31/08  solde créditeur                                   5 251,31

Récapitulatif 01/01/2025 - 31/08/2025 :
versements d'espèces au guichet : 17 opérations,
total 18 750,00 EUR.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le mardi 7 octobre 2025 à 14h00, devant nous, Lieutenant de police Émilie GASNIER, officier de police judiciaire,

Entendons M. Hervé GUÉRIN, né le 19 mai 1969 à La Flèche, âgé de 56 ans, gérant de la SARL Guérin TP, informé de ses droits, assisté de Maître Claire BOIVIN, avocate au barreau du Mans, qui déclare :

« Je connais Jérôme PELLETIER depuis le club de football de Sablé. Il m'a dit qu'il récupérait du gazole de fin de stock chez son employeur et qu'il pouvait m'en vendre à bon prix.

Je n'en ai acheté qu'une seule fois, 200 litres, pour dépanner une pelleteuse. Le pick-up, je le prête à beaucoup de monde.

Quand vous me montrez la photographie de la station, je reconnais mon Hilux et ma cuve. Bon, c'était peut-être plus souvent. Je payais Jérôme en liquide, 1,10 euro le litre, alors qu'à la pompe c'était bien plus cher.

Je ne savais pas que c'était volé, je pensais qu'il avait un arrangement avec son patron. »

Lecture faite, M. GUÉRIN persiste et signe.""",
    ),
    # 13
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Cour de la SARL Guérin TP, lieu-dit La Fouquerie à Sablé-sur-Sarthe, mardi 7 octobre 2025 à 11h30
Citerne de chantier de 3 000 litres ; sur le plateau du pick-up Hilux, la cuve IBC dont la jauge indique 640 litres de gazole. Placées sous scellé n° 5.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 7 octobre 2025 à 10h30, devant nous, Lieutenant de police Émilie GASNIER, officier de police judiciaire,

Entendons M. Jérôme PELLETIER, né le 2 mars 1972 au Mans, âgé de 53 ans, chef de parc, placé en garde à vue le même jour à 06h00, assisté de Maître Hugo FROGER, avocat au barreau du Mans, qui déclare :

« Les cartes de dépannage ne sortent jamais de mon tiroir, personne d'autre que moi n'y a accès. Si une carte a été utilisée, c'est pour un camion.

Les pleins de nuit à Sablé, c'était pour des camions en panne sur la route, il faut bien les dépanner. Je ne me souviens pas des plaques.

Je n'ai jamais vendu de gazole à qui que ce soit. Hervé GUÉRIN est un ami, c'est tout.

L'argent liquide de l'enveloppe et les versements à la banque, ce sont des gains au PMU et des ventes de pièces de moto. Le carnet bleu, ce sont des comptes personnels. »

Confronté aux images de la station, aux données du tracteur EL-318-PD et aux déclarations de M. LEROUX, il garde le silence.

La garde à vue, prolongée par le procureur de la République, est levée le mercredi 8 octobre 2025 à 14h30, soit 32 heures 30 minutes de garde à vue.

Lecture faite, M. PELLETIER persiste et signe.""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
CABINET ORÉE EXPERTISE COMPTABLE - Le Mans
Chiffrage du préjudice - cartes de dépannage CarbuPro
Établi le 24/09/2025 à la demande de la SAS Transports Maine-Océane

Période : du 03/04/2025 au 28/08/2025

Transactions des six cartes de dépannage ........... 52
dont sans véhicule de remplacement ni panne ........ 47
dont entre 22h00 et minuit ......................... 41

Volume des 47 transactions injustifiées ....... 27 840 litres
Montant TTC facturé par CarbuPro ........... 46 986,32 EUR

Carte la plus utilisée : n° ...4417 (39 transactions)
Immatriculation saisie le plus souvent : EL-318-PD (35 fois)""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 17 septembre 2025 à 09h00, devant nous, Brigadier-chef de police Yann LEMERCIER, agent de police judiciaire,

Entendons M. Mickaël BOUVIER, né le 25 janvier 1985 à Sablé-sur-Sarthe, chauffeur poids lourd à la SAS Transports Maine-Océane, qui déclare :

« Le tracteur EL-318-PD est mon camion depuis deux ans. Ma carte carburant à moi est une carte nominative qui se termine par 2291 ; je ne me suis jamais servi d'une carte de dépannage.

Du 11 au 22 août, j'étais en congé avec ma famille à Quiberon. Le camion est resté au dépôt, les clés sont au tableau du chef de parc.

On ne peut pas mettre six cents litres dans ce camion, le réservoir n'en prend même pas les trois quarts. Quelqu'un a tapé ma plaque pour couvrir ses pleins.

Les collègues disaient en plaisantant que Jérôme « faisait le plein pour les copains ». »

Lecture faite, M. BOUVIER persiste et signe.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : PELLETIER Jérôme, né le 2 mars 1972 au Mans (72).
Néant.

Relevé des condamnations de : LEROUX Anthony, né le 6 décembre 1998 à Allonnes (72).
Condamnation n° 1 : jugement du tribunal correctionnel du Mans du 9 février 2021. Vol simple. Peine : 70 heures de travail d'intérêt général.

Relevé des condamnations de : GUÉRIN Hervé, né le 19 mai 1969 à La Flèche (72).
Néant.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Lieutenant de police Émilie GASNIER à Monsieur le Procureur de la République près le tribunal judiciaire du Mans.

Le lundi 8 septembre 2025, la SAS Transports Maine-Océane (Allonnes) a déposé plainte après un audit interne : la consommation du parc est passée à 36,8 L/100 km en 2025, l'écart se concentrant sur les cartes de dépannage confiées au chef de parc.

L'expert-comptable chiffre le préjudice à 46 986,32 euros TTC pour 47 transactions injustifiées, réalisées de nuit à la station Relais Routier de la Sarthe à Sablé-sur-Sarthe, sous la plaque d'un tracteur resté au dépôt et dont le chauffeur titulaire était en congé.

La vidéoprotection montre le pick-up GT-552-ZB de l'entreprise de terrassement de M. Hervé GUÉRIN, avec une cuve, servi par M. Anthony LEROUX. Celui-ci reconnaît les faits, la remise de la carte par M. Jérôme PELLETIER et une rémunération de 150 euros par voyage. M. GUÉRIN reconnaît avoir payé le gazole en espèces, au-dessous du prix de la pompe.

M. PELLETIER conteste. Un carnet de ventes manuscrit et du carburant ont été saisis à son domicile ; son compte a reçu 18 750,00 euros de versements d'espèces depuis janvier.

Les faits sont susceptibles de recevoir la qualification d'abus de confiance (article 314-1 du Code pénal) à l'encontre de MM. PELLETIER et LEROUX, et de recel (article 321-1 du Code pénal) à l'encontre de M. GUÉRIN.

Fait au Mans, le vendredi 24 octobre 2025.""",
    ),
]

PERSONS = [
    {"name": "Jérôme PELLETIER", "role": "mis en cause", "aliases": ["PELLETIER Jérôme", "M. PELLETIER", "Jérôme", "J.P.", "le chef de parc"]},
    {"name": "Anthony LEROUX", "role": "mis en cause", "aliases": ["LEROUX Anthony", "M. LEROUX", "Anthony"]},
    {"name": "Hervé GUÉRIN", "role": "mis en cause", "aliases": ["GUÉRIN Hervé", "M. GUÉRIN", "Hervé"]},
    {"name": "SAS Transports Maine-Océane", "role": "victime", "aliases": ["TMO", "la société"]},
    {"name": "Nathalie COUSIN", "role": "victime", "aliases": ["Mme COUSIN"]},
    {"name": "Olivier BRETON", "role": "témoin", "aliases": ["M. Olivier BRETON", "le contrôleur de gestion"]},
    {"name": "Patrice HAMON", "role": "témoin", "aliases": ["M. HAMON"]},
    {"name": "Mickaël BOUVIER", "role": "témoin", "aliases": ["M. BOUVIER", "Mickaël"]},
    {"name": "Émilie GASNIER", "role": "enquêteur", "aliases": ["Lieutenant de police Émilie GASNIER"]},
    {"name": "Yann LEMERCIER", "role": "enquêteur", "aliases": ["Brigadier-chef de police Yann LEMERCIER"]},
    {"name": "Claire BOIVIN", "role": "avocat", "aliases": ["Maître Claire BOIVIN"]},
    {"name": "Hugo FROGER", "role": "avocat", "aliases": ["Maître Hugo FROGER"]},
]

EVENTS = [
    ("2021-02-09", None, "condamnation d'Anthony LEROUX pour vol", "du Mans du 9 février 2021"),
    ("2025-08-14", "22:47", "plein de 620 litres avec la carte de dépannage à Sablé", "14/08/2025  22:47"),
    ("2025-08-21", "23:05", "plein de 580 litres avec la carte de dépannage", "21/08/2025  23:05"),
    ("2025-08-28", "22:52", "plein de 600 litres avec la carte de dépannage", "28/08/2025  22:52"),
    ("2025-08-29", None, "rapport d'audit interne", "Date : 29 août 2025"),
    ("2025-09-05", None, "blocage des cartes de dépannage", "bloquées le vendredi 5 septembre 2025"),
    ("2025-09-08", "14:30", "plainte de la société", "Le lundi 8 septembre 2025 à 14h30"),
    ("2025-09-24", None, "chiffrage du préjudice par l'expert-comptable", "Établi le 24/09/2025"),
    ("2025-10-07", "06:00", "interpellations et gardes à vue", "Le mardi 7 octobre 2025 à 06h00"),
    ("2025-10-07", "06:40", "perquisition au domicile du chef de parc", "mardi 7 octobre 2025 à 06h40"),
    ("2025-10-08", "14:30", "fin de garde à vue du chef de parc", "levée le mercredi 8 octobre 2025 à 14h30"),
]

OFFENCES = [
    {"qualification": "abus de confiance", "code_article": "314-1"},
    {"qualification": "recel", "code_article": "321-1"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("rapport", 2, 2),
    ("requisition", 3, 4),
    ("photographie", 5, 5),
    ("pv_audition", 6, 6),
    ("pv_constatations", 7, 7),
    ("note_manuscrite", 8, 8),
    ("pv_garde_a_vue", 9, 9),
    ("photographie", 10, 10),
    ("releve_bancaire", 11, 11),
    ("pv_audition", 12, 12),
    ("photographie", 13, 13),
    ("pv_garde_a_vue", 14, 14),
    ("rapport", 15, 15),
    ("pv_audition", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À combien le cabinet comptable chiffre-t-il le préjudice du transporteur ?", ["Montant TTC facturé par CarbuPro ........... 46 986,32 EUR", "chiffre le préjudice à 46 986,32 euros TTC"]),
    ("Quel préjudice l'entreprise avançait-elle le jour où elle a porté plainte ?", ["nous estimons le préjudice à environ 40 000 euros"]),
    ("Combien de litres de gazole ont été pris sans justification avec les cartes de secours ?", ["Volume des 47 transactions injustifiées ....... 27 840 litres"]),
    ("Combien de cartes de dépannage le chef de parc avait-il sous sa garde ?", ["Il existe en outre six cartes de dépannage"]),
    ("Par quels chiffres se termine la carte de dépannage utilisée à la station de Sablé ?", ["Carte de dépannage n° 7077 1200 0455 4417", "celle qui finit par 4417", "Carte la plus utilisée : n° ...4417"]),
    ("Par quels chiffres se termine la carte carburant personnelle du chauffeur parti en vacances ?", ["une carte nominative qui se termine par 2291"]),
    ("Combien de litres ont été facturés lors du plein du 14 août ?", ["GAZOLE   620,00 L"]),
    ("Quel montant a été débité pour le plein du jeudi 21 août ?", ["GAZOLE   580,00 L    981,94"]),
    ("Quel prix au litre la station applique-t-elle sur la piste réservée aux camions ?", ["(piste poids lourds) : 1,693 EUR/L"]),
    ("Quelle est la contenance du réservoir du tracteur dont la plaque a été saisie ?", ["Tracteur EL-318-PD (Renault T 480) - réservoir de 400 litres"]),
    ("À quelle heure le moteur du camion du chauffeur en congé a-t-il été coupé au dépôt le 14 août ?", ["18:12  moteur arrêté"]),
    ("À quelle heure exacte la caméra de la station a-t-elle filmé le pick-up à la pompe camions ?", ["Horodatage : 14/08/2025 22:46:31"]),
    ("Quelle est l'immatriculation du pick-up du terrassier ?", ["Pick-up Toyota Hilux blanc GT-552-ZB", "le pick-up Toyota Hilux GT-552-ZB est immatriculé", "montre le pick-up GT-552-ZB de l'entreprise"]),
    ("Quelle somme en liquide a été découverte dans le garage du chef de parc ?", ["une enveloppe kraft contenant 4 350 euros"]),
    ("Combien de litres restaient dans la cuve posée sur le plateau du pick-up lors de la perquisition chez le terrassier ?", ["la cuve IBC dont la jauge indique 640 litres"]),
    ("Quelle quantité le carnet attribue-t-il à l'agriculteur pour la soirée du 21 août ?", ["jeudi 21/08  Didier  160 L = 176"]),
    ("Combien d'espèces le chef de parc a-t-il déposées à sa banque depuis le début de l'année ?", ["total 18 750,00 EUR.", "a reçu 18 750,00 euros de versements"]),
    ("Quelle consommation moyenne aux cent kilomètres le parc affiche-t-il en 2025 ?", ["36,8 L/100 km sur les huit premiers mois", "passée à 36,8 L/100 km en 2025"]),
    ("Quelle était la consommation moyenne du parc en 2024, avant la fraude ?", ["31,2 L/100 km sur l'année 2024"]),
    ("Combien le plus jeune des suspects recevait-il pour chaque virée à la station ?", ["Jérôme me donnait 150 euros par voyage", "une rémunération de 150 euros par voyage"]),
    ("À quel prix le terrassier réglait-il le litre de gazole ?", ["1,10 euro le litre, alors qu'à la pompe"]),
    ("Combien de temps le chef de parc est-il resté en garde à vue au total ?", ["soit 32 heures 30 minutes de garde à vue"]),
    ("Quel est le numéro de téléphone du chef de parc ?", ["est le 06 39 98 73 12"]),
    ("Quel article du Code pénal est retenu contre l'acheteur du carburant ?", ["recel (article 321-1 du Code pénal)"]),
    ("Le chef de parc est-il vraiment le seul à avoir eu les cartes de dépannage en main ?", ["Les cartes de dépannage ne sortent jamais de mon tiroir", "C'est Jérôme qui me donnait la carte"]),
    ("Les pleins nocturnes à Sablé ont-ils pu servir à dépanner un camion, comme le soutient le chef de parc ?", ["c'était pour des camions en panne sur la route", "22:00 - 23:59  aucun mouvement, aucune mise sous contact"]),
    ("Le chef de parc a-t-il vendu du gazole à son ami terrassier, contrairement à ce qu'il affirme ?", ["Je n'ai jamais vendu de gazole à qui que ce soit", "Je payais Jérôme en liquide"]),
    ("Le terrassier n'a-t-il acheté du gazole qu'une seule fois, comme il le dit d'abord ?", ["Je n'en ai acheté qu'une seule fois, 200 litres", "jeudi 28/08  Hervé  580 L = 638"]),
    ("Quelle somme l'assureur du transporteur a-t-il déjà remboursée ?", []),
    ("Quel est le numéro de téléphone de l'agriculteur qui achetait des bidons ?", []),
]

ANSWERS = {
    "À combien le cabinet comptable chiffre-t-il le préjudice du transporteur ?": "46 986,32",
    "Quel préjudice l'entreprise avançait-elle le jour où elle a porté plainte ?": "40 000 euros",
    "Combien de litres de gazole ont été pris sans justification avec les cartes de secours ?": "27 840 litres",
    "Combien de cartes de dépannage le chef de parc avait-il sous sa garde ?": "six cartes de dépannage",
    "Par quels chiffres se termine la carte de dépannage utilisée à la station de Sablé ?": "4417",
    "Par quels chiffres se termine la carte carburant personnelle du chauffeur parti en vacances ?": "2291",
    "Combien de litres ont été facturés lors du plein du 14 août ?": "620,00 L",
    "Quel montant a été débité pour le plein du jeudi 21 août ?": "981,94",
    "Quel prix au litre la station applique-t-elle sur la piste réservée aux camions ?": "1,693 EUR/L",
    "Quelle est la contenance du réservoir du tracteur dont la plaque a été saisie ?": "400 litres",
    "À quelle heure le moteur du camion du chauffeur en congé a-t-il été coupé au dépôt le 14 août ?": "18:12",
    "À quelle heure exacte la caméra de la station a-t-elle filmé le pick-up à la pompe camions ?": "22:46:31",
    "Quelle est l'immatriculation du pick-up du terrassier ?": "GT-552-ZB",
    "Quelle somme en liquide a été découverte dans le garage du chef de parc ?": "4 350 euros",
    "Combien de litres restaient dans la cuve posée sur le plateau du pick-up lors de la perquisition chez le terrassier ?": "640 litres",
    "Quelle quantité le carnet attribue-t-il à l'agriculteur pour la soirée du 21 août ?": "160 L",
    "Combien d'espèces le chef de parc a-t-il déposées à sa banque depuis le début de l'année ?": "18 750,00",
    "Quelle consommation moyenne aux cent kilomètres le parc affiche-t-il en 2025 ?": "36,8 L/100 km",
    "Quelle était la consommation moyenne du parc en 2024, avant la fraude ?": "31,2 L/100 km",
    "Combien le plus jeune des suspects recevait-il pour chaque virée à la station ?": "150 euros",
    "À quel prix le terrassier réglait-il le litre de gazole ?": "1,10 euro le litre",
    "Combien de temps le chef de parc est-il resté en garde à vue au total ?": "32 heures 30 minutes",
    "Quel est le numéro de téléphone du chef de parc ?": "06 39 98 73 12",
    "Quel article du Code pénal est retenu contre l'acheteur du carburant ?": "321-1",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "garde des cartes : le chef de parc dit que les cartes de dépannage ne sortent jamais de son tiroir, le jeune chauffeur dit que le chef de parc lui remettait la carte",
        "phrases": ["Les cartes de dépannage ne sortent jamais de mon tiroir", "C'est Jérôme qui me donnait la carte"],
        "between": ["Jérôme PELLETIER", "Anthony LEROUX"],
    },
    {
        "about": "pleins de nuit : le chef de parc invoque des camions en panne, l'informatique embarquée montre le tracteur saisi immobile au dépôt, moteur coupé, pendant le plein",
        "phrases": ["c'était pour des camions en panne sur la route", "22:00 - 23:59  aucun mouvement, aucune mise sous contact"],
        "between": ["Jérôme PELLETIER", "Transports Maine-Océane (informatique embarquée)"],
    },
    {
        "about": "vente de gazole : le chef de parc nie toute vente, le terrassier dit l'avoir payé en liquide à 1,10 euro le litre",
        "phrases": ["Je n'ai jamais vendu de gazole à qui que ce soit", "Je payais Jérôme en liquide"],
        "between": ["Jérôme PELLETIER", "Hervé GUÉRIN"],
    },
    {
        "about": "fréquence des achats : le terrassier dit n'avoir acheté qu'une fois 200 litres, le carnet du chef de parc lui attribue trois livraisons d'au moins 400 litres en août",
        "phrases": ["Je n'en ai acheté qu'une seule fois, 200 litres", "jeudi 28/08  Hervé  580 L = 638"],
        "between": ["Hervé GUÉRIN", "Jérôme PELLETIER (carnet)"],
    },
]
