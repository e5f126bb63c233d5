# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 21: a fictitious series of « vols par ruse » against elderly people in the Côte-d'Or
(Meursault, Nuits-Saint-Georges, Seurre): two men in fluorescent vests pose as water-network agents checking the
pressure, one keeps the victim at the kitchen tap while the other searches the bedroom; cash and jewels are taken
from a woman of 87 and a man of 91, a third woman refuses to let them in. A neighbour's note of the plate, the
rented van, the phone's cell data, a bakery camera, a handwritten scouting list, the gold buyer's police register,
the accomplice's phone and the search identify them. Written blind (no access to the system's code or other
evaluation data). All persons, companies, accounts, phone lines, plates, identity-card numbers and street
names/numbers are invented; the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade de recherches de Beaune (Côte-d'Or)\nProcédure n° 00412/2026\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le mardi 13 janvier 2026 à 16h30, devant nous, Maréchal des logis-chef Sébastien GUYOT, officier de police judiciaire,

Se présente Mme Germaine LACHAUX, née le 4 mars 1938 à Meursault (21), veuve, retraitée, demeurant 9 rue des Tonneliers à Meursault, accompagnée de sa voisine, qui déclare :

« Vers 14h20, deux hommes ont sonné. Ils portaient des gilets jaunes fluo, l'un avait une carte accrochée au cou. Ils m'ont dit qu'ils venaient du service des eaux pour un contrôle de la pression, à cause d'une fuite dans la rue.

Le plus jeune est resté avec moi dans la cuisine, il me faisait ouvrir et fermer le robinet et il regardait sa montre. Ça a duré au moins vingt minutes. L'autre disait qu'il vérifiait les robinets de la salle de bains, à l'étage.

Après leur départ, je suis montée dans ma chambre : le tiroir de la commode était ouvert. Ils ont pris l'enveloppe où je gardais 1 200 euros en billets pour les étrennes et les courses, et ma boîte à bijoux : mon alliance, la bague de ma mère, un bracelet en or gravé « G.L. 1961 » et une chaîne avec une médaille. Mon fils estime les bijoux à 4 500 euros.

Le plus grand avait une trentaine d'années, une barbe courte. Le jeune était tout mince, avec un accent du coin. »

Lecture faite, Mme LACHAUX persiste et signe.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le jeudi 22 janvier 2026 à 15h10, devant nous, Gendarme Léa PONSOT, agent de police judiciaire, à la brigade de Nuits-Saint-Georges,

Se présente M. Robert PERRAUDIN, né le 17 août 1934 à Beaune (21), ancien tonnelier, demeurant 3 ruelle du Meix à Nuits-Saint-Georges, accompagné de sa fille, Mme Martine PERRAUDIN épouse BOILLOT, qui déclare :

« Ce matin, vers 10 heures, deux hommes en gilets jaunes ont frappé. Ils ont dit qu'il y avait un problème sur les canalisations et qu'il fallait contrôler l'eau chez tout le monde dans la rue. Je les ai laissés entrer, je n'ai pas pensé à mal, j'ai 91 ans.

Le jeune m'a fait faire couler l'eau à l'évier de la cuisine en me parlant de la qualité de l'eau, du calcaire. L'autre est allé dans ma chambre « pour le compteur », je lui ai dit que le compteur était dans la cave.

Le soir, ma fille a ouvert l'armoire : ma boîte en fer était vide. Il y avait 3 400 euros en billets de 50, mes économies pour mes obsèques. »

Mme BOILLOT précise avoir été prévenue par son père à 13h45 et que personne du service des eaux ne devait passer.

Lecture faite, M. PERRAUDIN et Mme BOILLOT persistent et signent.""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 14 janvier 2026 à 10h00, devant nous, Maréchal des logis-chef Sébastien GUYOT, officier de police judiciaire,

Entendons Mme Nadine CHAMPY, née le 23 octobre 1962 à Dijon, aide à domicile, demeurant 11 rue des Tonneliers à Meursault, qui déclare :

« Hier, vers 14h15, une camionnette blanche s'est garée devant chez moi, une Renault Kangoo sans inscription. Deux hommes en gilets fluo en sont descendus et sont allés directement chez Mme LACHAUX, sans sonner ailleurs. Ça m'a paru bizarre.

J'ai noté la plaque sur mon calepin : GH-127-NV. Ils sont repartis vers 14h50, très vite, en direction de Beaune.

Le plus grand portait un bonnet noir et une barbe. Il avait un sac de sport sur l'épaule en sortant, il ne l'avait pas en entrant.

Quand Mme LACHAUX m'a appelée en pleurs, je l'ai emmenée à la gendarmerie. »

Lecture faite, Mme CHAMPY persiste et signe.""",
    ),
    # 4
    (
        "hand",
        """Carnet - scellé n° 4, page 3
MEURSAULT - r. des Tonneliers
vieille dame seule, volets bleus
fait 13/01 - ok
NUITS - ruelle du Meix
papy seul, canne - fait 22/01
SEURRE - r. de la Saône
dame 80 ans - chien ?
prévu 26/01
BEAUNE - fbg Bretonnière
2 petites vieilles - à voir
gilets + cartes dans le Kangoo
robinet cuisine 20 min mini""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le vendredi 16 janvier 2026 à 11h00, devant nous, Maréchal des logis-chef Sébastien GUYOT, officier de police judiciaire,

Entendons M. Philippe ROUSSELOT, né le 30 juin 1969 à Chalon-sur-Saône (71), directeur technique du Syndicat intercommunal des eaux de la Côte, à Beaune, qui déclare :

« Aucun agent de notre syndicat ni de notre prestataire n'est intervenu à Meursault le 13 janvier 2026. Il n'y avait ni fuite ni coupure dans la rue des Tonneliers.

Nos agents ne demandent jamais à entrer chez les abonnés pour contrôler la pression : le contrôle se fait sur le réseau, dans la rue. Quand une intervention au compteur est nécessaire, l'abonné est prévenu par courrier au moins 8 jours à l'avance.

Nos agents portent une tenue bleu marine avec le logo du syndicat et une carte professionnelle avec photographie. Nous n'utilisons pas de camionnettes Renault Kangoo blanches : notre parc est composé de 14 véhicules, tous siglés.

Nous avons publié une mise en garde dans le journal local le 19 janvier. »

Lecture faite, M. ROUSSELOT persiste et signe.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 26 janvier 2026 à 17h00, devant nous, Gendarme Léa PONSOT, agent de police judiciaire, à la brigade de Seurre,

Entendons Mme Odette MIGNARD, née le 12 janvier 1946 à Seurre (21), retraitée, demeurant rue de la Saône à Seurre, qui déclare :

« Cet après-midi, vers 15h30, deux hommes en gilets jaunes ont sonné pour un contrôle de l'eau. J'avais lu l'article dans le journal. J'ai demandé à voir leurs cartes à travers la porte vitrée : le plus grand m'a montré une carte plastifiée « agent des eaux », sans photo.

Je leur ai dit que j'allais appeler la mairie. Le plus grand a dit au jeune « laisse tomber, Kenzo », et ils sont repartis dans une camionnette blanche. Mon chien aboyait très fort.

Je n'ai pas eu le temps de voir la plaque. Je n'ai rien perdu, mais je n'en dors plus. »

Lecture faite, Mme MIGNARD persiste et signe.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Caméra de la boulangerie de la place de la Libération, Nuits-Saint-Georges, jeudi 22 janvier 2026 à 10h02
Renault Kangoo blanc GH-127-NV circulant vers la ruelle du Meix ; deux occupants, le passager porte un gilet jaune fluo.
Image remise par la commerçante le 23 janvier 2026""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Chambre de Mme LACHAUX, 9 rue des Tonneliers à Meursault, mardi 13 janvier 2026 à 17h40
Commode : tiroir supérieur ouvert et vidé, boîte à bijoux vide sur le lit ; trace de semelle de 29 cm sur la descente de lit (relevée).""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
LOC'AUXOIS - location de véhicules utilitaires, Dijon
Réponse à réquisition judiciaire du 23/01/2026

Véhicule : Renault Kangoo Van blanc - immatriculation GH-127-NV
Contrat n° LA-26-0087
Locataire : M. BERGERET Anthony, né le 08/05/1993 à Dijon
pièce d'identité : carte nationale d'identité n° X4T7K2M91
téléphone déclaré : 06 39 98 63 18
Départ : 10/01/2026 à 09h15 - kilométrage 48 312
Retour prévu : 31/01/2026
Dépôt de garantie : 800,00 EUR (carte bancaire)
Motif déclaré : « déménagement »

Au 23/01/2026, le véhicule n'a pas été restitué.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE (article 77-1-1 du CPP) - le 27/01/2026
Opérateur de téléphonie mobile - ligne 06 39 98 63 18
Abonné : BERGERET Anthony, Dijon

13/01/2026 14h08  data                 cellule Meursault - centre
13/01/2026 14h52  appel sortant 1 min  cellule Meursault - centre
13/01/2026 15h21  SMS sortant          cellule Beaune - Saint-Jacques
22/01/2026 09h58  data                 cellule Nuits-Saint-Georges
22/01/2026 10h41  appel sortant 2 min  cellule Nuits-Saint-Georges
26/01/2026 15h26  data                 cellule Seurre - bourg

Correspondant le plus fréquent du 01/01 au 26/01 : 06 39 98 90 45
(47 SMS et 19 appels).""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITIONS

Le mardi 3 février 2026 à 06h00, nous, Adjudant-chef Caroline MAILLARD, officier de police judiciaire, commandant la brigade de recherches, assistée de huit militaires, procédons simultanément à l'interpellation de :
- M. Anthony BERGERET, à son domicile, 42 rue des Marronniers, Dijon (quartier des Grésilles) ;
- M. Kenzo DELORME, titulaire de la ligne 06 39 98 90 45, à son domicile, à Chenôve.

Leur notifions leur placement en garde à vue à compter de 06h00 pour vols en réunion commis par ruse dans des locaux d'habitation au préjudice de personnes vulnérables.

Perquisition du véhicule Renault Kangoo GH-127-NV, stationné devant le domicile de M. BERGERET : dans la boîte à gants, 2 150 euros en billets de 50 et de 20 (scellé n° 1) ; derrière les sièges, deux gilets jaunes fluo et deux cartes plastifiées « AGENT DES EAUX - CONTRÔLE RÉSEAU » sans photographie (scellé n° 2).

Perquisition du domicile de M. BERGERET : dans une boîte à chaussures du placard de l'entrée, 4 870 euros en billets (scellé n° 3) ; un carnet à spirale (scellé n° 4) ; un bracelet en or gravé « G.L. 1961 » et une chaîne avec médaille (scellé n° 5) ; une paire de baskets (scellé n° 6).

Perquisition du domicile de M. DELORME : 650 euros en billets dans une veste (scellé n° 7) ; un téléphone iPhone (scellé n° 8).

Le 4 février 2026, Mme LACHAUX reconnaît formellement le bracelet et la chaîne comme lui appartenant.""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Scellés n° 2 et n° 5, perquisitions du mardi 3 février 2026
Deux gilets jaunes fluo ; deux cartes plastifiées « AGENT DES EAUX - CONTRÔLE RÉSEAU » sans photographie ; bracelet en or gravé « G.L. 1961 », diamètre 6,5 cm ; chaîne avec médaille de la Vierge.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 3 février 2026 à 09h00, devant nous, Adjudant-chef Caroline MAILLARD, officier de police judiciaire,
En présence de Maître Julie VERNEREY, avocate au barreau de Dijon,
Entendons M. Anthony BERGERET, né le 8 mai 1993 à Dijon, âgé de 32 ans, sans emploi déclaré, demeurant 42 rue des Marronniers à Dijon, qui déclare :

« Je n'ai jamais mis les pieds à Meursault ni à Nuits-Saint-Georges. Je ne connais pas ces gens.

Le Kangoo, je l'ai loué pour un déménagement, celui d'un copain. Je l'ai prêté à plusieurs personnes, je ne sais pas qui l'avait ces jours-là.

L'argent de la boîte à chaussures et celui de la boîte à gants, c'est mon travail au noir de plaquiste. Je n'ai pas de compte, je garde tout en liquide.

Le bracelet, je l'ai acheté sur un marché aux puces à Dijon, je ne sais plus quand. Je n'ai jamais vendu d'or de ma vie.

Kenzo, c'est un copain du quartier, on joue au foot ensemble, c'est tout. »

Lecture faite, M. BERGERET persiste et signe, ainsi que son avocate.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
OR & CHANGE DIJON - rachat de métaux précieux, rue de la Liberté
Copie du livre de police - réquisition du 04/02/2026

Date        : 15/01/2026 à 11h34
Vendeur     : BERGERET Anthony, né le 08/05/1993 à Dijon
pièce       : CNI n° X4T7K2M91
Objets      : 1 alliance, 1 bague avec pierre rouge,
              débris d'or (bijoux cassés)
Titre       : or 18 carats (750 millièmes)
Poids       : 38,6 g
Prix payé   : 1 312,40 EUR par virement sur compte Nickel
              au nom du vendeur
Bordereau n° 2026-0114

Observation du gérant : le vendeur a refusé de dire d'où venaient
les bijoux (« héritage de ma grand-mère »).""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXPLOITATION - téléphone iPhone de M. DELORME (scellé n° 8)
le 05/02/2026

Conversation avec le contact « Tony » (06 39 98 63 18) :
12/01 21h14  Tony : demain Meursault, la vieille aux volets bleus
12/01 21h16  Kenzo : ok tu passes à quelle heure
12/01 21h17  Tony : 13h30 devant chez toi, prends les gilets
13/01 18h02  Tony : ta part 600, je te donne demain
21/01 22h40  Tony : jeudi Nuits, un papy seul, facile
22/01 12h10  Tony : 3 tiroirs + l'armoire, 3400 nickel
26/01 16h05  Kenzo : la vieille de Seurre elle m'a fait peur

Nombre de messages échangés avec « Tony » du 01/01 au 26/01 : 47.
Aucune conversation n'évoque un déménagement.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 3 février 2026 à 14h30, devant nous, Maréchal des logis-chef Sébastien GUYOT, officier de police judiciaire,
En présence de Maître Hugo GRILLOT, avocat au barreau de Dijon,
Entendons M. Kenzo DELORME, né le 19 novembre 2001 à Dijon, âgé de 24 ans, intérimaire, demeurant à Chenôve, qui déclare :

« Je reconnais. C'est Tony, Anthony BERGERET, qui choisissait les maisons. Il tournait dans les villages en voiture avant et il notait les adresses dans un carnet, les personnes âgées qui vivaient seules.

Mon rôle, c'était de rester avec la personne dans la cuisine et de lui faire couler l'eau le plus longtemps possible, au moins vingt minutes. Lui montait dans les chambres.

À Meursault, il m'a donné 600 euros. À Nuits, il m'a donné 800 euros. Le reste, il le gardait. Il a vendu les bijoux à un acheteur d'or à Dijon.

À Seurre, la dame n'a pas ouvert et elle parlait d'appeler la mairie, on est partis. Il y a eu aussi une fois à Beaune où on a fait demi-tour. Je regrette, ma grand-mère a le même âge. »

Lecture faite, M. DELORME persiste et signe, ainsi que son avocat.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : BERGERET Anthony, né le 8 mai 1993 à Dijon (21).
Condamnation n° 1 : jugement du tribunal correctionnel de Dijon du 11 juin 2019. Vol commis dans un local d'habitation en y pénétrant par ruse, au préjudice d'une personne vulnérable. Peine : 18 mois d'emprisonnement dont 6 mois avec sursis probatoire.

Relevé des condamnations de : DELORME Kenzo, né le 19 novembre 2001 à Dijon (21).
Néant.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant-chef Caroline MAILLARD à Monsieur le Procureur de la République près le tribunal judiciaire de Dijon.

Deux hommes se présentant comme agents du service des eaux ont commis un vol au domicile de Mme Germaine LACHAUX, 87 ans, à Meursault le 13 janvier 2026 (1 200 euros en espèces et des bijoux estimés à 4 500 euros) et au domicile de M. Robert PERRAUDIN, 91 ans, à Nuits-Saint-Georges le 22 janvier 2026 (3 400 euros en espèces), et ont tenté de s'introduire chez Mme Odette MIGNARD à Seurre le 26 janvier 2026. Le préjudice total s'élève à 9 100 euros.

M. Anthony BERGERET, 32 ans, locataire du Kangoo GH-127-NV, est mis en cause par la plaque relevée par la voisine, ses données de téléphonie, la caméra de la boulangerie, le carnet de repérage, les bijoux saisis chez lui et la vente de 38,6 g d'or à un racheteur de Dijon le 15 janvier 2026. M. Kenzo DELORME, 24 ans, a reconnu son rôle de complice et désigné M. BERGERET comme organisateur.

Ont été saisis : 2 150 euros dans le Kangoo, 4 870 euros au domicile de M. BERGERET et 650 euros au domicile de M. DELORME.

La garde à vue de M. BERGERET, débutée le 3 février 2026 à 06h00, a été prolongée et levée le 4 février 2026 à 18h00, soit une durée de 36 heures. Celle de M. DELORME, débutée à la même heure, a été levée le 4 février 2026 à 11h30, soit une durée de 29 heures 30 minutes. Tous deux ont été déférés.

Les faits sont susceptibles de recevoir la qualification de vols en réunion, par personnes prenant indûment la qualité de personnes chargées d'une mission de service public, au préjudice de personnes vulnérables, dans des locaux d'habitation où ils ont pénétré par ruse (articles 311-1 et 311-4 du Code pénal), et de tentative de ce délit.

Fait à Beaune, le vendredi 13 février 2026.""",
    ),
]

PERSONS = [
    {"name": "Anthony BERGERET", "role": "mis en cause", "aliases": ["BERGERET Anthony", "M. BERGERET", "Tony"]},
    {"name": "Kenzo DELORME", "role": "mis en cause", "aliases": ["DELORME Kenzo", "M. DELORME", "Kenzo"]},
    {"name": "Germaine LACHAUX", "role": "victime", "aliases": ["Mme LACHAUX"]},
    {"name": "Robert PERRAUDIN", "role": "victime", "aliases": ["M. PERRAUDIN"]},
    {"name": "Odette MIGNARD", "role": "victime", "aliases": ["Mme MIGNARD"]},
    {"name": "Martine BOILLOT", "role": "témoin", "aliases": ["Mme Martine PERRAUDIN épouse BOILLOT", "Mme BOILLOT"]},
    {"name": "Nadine CHAMPY", "role": "témoin", "aliases": ["Mme CHAMPY"]},
    {"name": "Philippe ROUSSELOT", "role": "témoin", "aliases": ["M. ROUSSELOT"]},
    {"name": "Caroline MAILLARD", "role": "enquêteur", "aliases": ["Adjudant-chef Caroline MAILLARD"]},
    {"name": "Sébastien GUYOT", "role": "enquêteur", "aliases": ["Maréchal des logis-chef Sébastien GUYOT"]},
    {"name": "Léa PONSOT", "role": "enquêteur", "aliases": ["Gendarme Léa PONSOT"]},
    {"name": "Julie VERNEREY", "role": "avocat", "aliases": ["Maître Julie VERNEREY"]},
    {"name": "Hugo GRILLOT", "role": "avocat", "aliases": ["Maître Hugo GRILLOT"]},
]

EVENTS = [
    ("2019-06-11", None, "condamnation d'Anthony BERGERET pour vol par ruse", "du 11 juin 2019"),
    ("2026-01-10", "09:15", "location du Kangoo par Anthony BERGERET", "Départ : 10/01/2026 à 09h15"),
    ("2026-01-13", "14:20", "vol par ruse chez Germaine LACHAUX à Meursault", "Vers 14h20, deux hommes ont sonné"),
    ("2026-01-13", "16:30", "plainte de Germaine LACHAUX", "Le mardi 13 janvier 2026 à 16h30"),
    ("2026-01-15", "11:34", "vente de 38,6 g d'or à Or & Change Dijon", "Date        : 15/01/2026 à 11h34"),
    ("2026-01-22", "10:02", "le Kangoo filmé à Nuits-Saint-Georges", "jeudi 22 janvier 2026 à 10h02"),
    ("2026-01-22", "15:10", "plainte de Robert PERRAUDIN", "Le jeudi 22 janvier 2026 à 15h10"),
    ("2026-01-26", "15:30", "tentative chez Odette MIGNARD à Seurre", "vers 15h30, deux hommes en gilets jaunes"),
    ("2026-02-03", "06:00", "interpellations et gardes à vue", "Le mardi 3 février 2026 à 06h00"),
    ("2026-02-04", "11:30", "fin de la garde à vue de Kenzo DELORME", "levée le 4 février 2026 à 11h30"),
    ("2026-02-04", "18:00", "fin de la garde à vue d'Anthony BERGERET", "levée le 4 février 2026 à 18h00"),
]

OFFENCES = [
    {"qualification": "vol en réunion, par fausse qualité, au préjudice d'une personne vulnérable, dans un local d'habitation pénétré par ruse", "code_article": "311-4"},
    {"qualification": "vol", "code_article": "311-1"},
    {"qualification": "tentative de vol aggravé", "code_article": "311-13"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("pv_audition", 3, 3),
    ("note_manuscrite", 4, 4),
    ("pv_audition", 5, 6),
    ("photographie", 7, 8),
    ("requisition", 9, 10),
    ("pv_constatations", 11, 11),
    ("photographie", 12, 12),
    ("pv_garde_a_vue", 13, 13),
    ("requisition", 14, 14),
    ("rapport", 15, 15),
    ("pv_garde_a_vue", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien d'argent liquide les faux agents ont-ils dérobé chez la veuve de Meursault ?", ["l'enveloppe où je gardais 1 200 euros", "(1 200 euros en espèces et des bijoux"]),
    ("À combien le fils de la vieille dame évalue-t-il les bijoux disparus ?", ["Mon fils estime les bijoux à 4 500 euros", "des bijoux estimés à 4 500 euros"]),
    ("Quelle somme a disparu de la boîte en fer de l'ancien tonnelier ?", ["Il y avait 3 400 euros en billets de 50", "(3 400 euros en espèces)"]),
    ("Quel est le montant cumulé du préjudice des victimes ?", ["Le préjudice total s'élève à 9 100 euros"]),
    ("Combien d'argent a été découvert dans la camionnette de location ?", ["dans la boîte à gants, 2 150 euros", "2 150 euros dans le Kangoo"]),
    ("Quelle somme les gendarmes ont-ils trouvée chez l'organisateur, dans la boîte à chaussures ?", ["4 870 euros en billets (scellé n° 3)", "4 870 euros au domicile de M. BERGERET"]),
    ("Combien d'espèces ont été saisies chez le complice à Chenôve ?", ["650 euros en billets dans une veste", "650 euros au domicile de M. DELORME"]),
    ("Quelle part le plus jeune dit-il avoir reçue pour le coup de Nuits-Saint-Georges ?", ["À Nuits, il m'a donné 800 euros"]),
    ("Quelle est l'immatriculation de l'utilitaire utilisé par les faux agents ?", ["J'ai noté la plaque sur mon calepin : GH-127-NV", "immatriculation GH-127-NV\nContrat"]),
    ("À quelle heure la voisine a-t-elle vu la camionnette blanche se garer rue des Tonneliers ?", ["Hier, vers 14h15, une camionnette blanche"]),
    ("À quelle date les faux agents avaient-ils prévu de se rendre à Seurre selon le carnet ?", ["prévu 26/01"]),
    ("Quelle durée minimale de robinet ouvert le carnet de repérage recommande-t-il ?", ["robinet cuisine 20 min mini"]),
    ("Quel âge a le vieil homme volé à Nuits-Saint-Georges ?", ["j'ai 91 ans", "M. Robert PERRAUDIN, 91 ans"]),
    ("Quel montant de caution le loueur a-t-il encaissé pour l'utilitaire ?", ["Dépôt de garantie : 800,00 EUR"]),
    ("Quel est le numéro de la carte d'identité présentée par le locataire du Kangoo ?", ["carte nationale d'identité n° X4T7K2M91", "CNI n° X4T7K2M91"]),
    ("Quel numéro de téléphone le locataire de l'utilitaire a-t-il déclaré ?", ["téléphone déclaré : 06 39 98 63 18", "ligne 06 39 98 63 18"]),
    ("À quelle heure le téléphone de l'organisateur a-t-il borné pour la première fois à Meursault le jour du vol ?", ["13/01/2026 14h08  data"]),
    ("Quel poids d'or le racheteur dijonnais a-t-il acquis auprès du suspect ?", ["Poids       : 38,6 g", "la vente de 38,6 g d'or"]),
    ("Combien le commerce de rachat d'or a-t-il payé au vendeur ?", ["Prix payé   : 1 312,40 EUR"]),
    ("Combien de messages les deux complices ont-ils échangés en janvier selon l'exploitation du portable ?", ["Nombre de messages échangés avec « Tony » du 01/01 au 26/01 : 47", "(47 SMS et 19 appels)"]),
    ("Combien de temps a duré la garde à vue du complice chargé d'occuper les victimes en cuisine ?", ["soit une durée de 29 heures 30 minutes"]),
    ("Combien de temps a duré la garde à vue de l'organisateur ?", ["soit une durée de 36 heures"]),
    ("Combien de véhicules compte le parc du syndicat des eaux ?", ["notre parc est composé de 14 véhicules"]),
    ("Quelle peine de prison l'organisateur avait-il reçue en 2019 ?", ["Peine : 18 mois d'emprisonnement dont 6 mois avec sursis probatoire"]),
    ("L'organisateur n'est-il vraiment jamais allé à Meursault, comme il le soutient ?", ["Je n'ai jamais mis les pieds à Meursault", "cellule Meursault - centre\n13/01/2026 14h52"]),
    ("L'utilitaire de location servait-il vraiment à un déménagement ?", ["Le Kangoo, je l'ai loué pour un déménagement", "Aucune conversation n'évoque un déménagement"]),
    ("Le suspect principal a-t-il vraiment acheté le bracelet aux puces ?", ["je l'ai acheté sur un marché aux puces à Dijon", "reconnaît formellement le bracelet et la chaîne"]),
    ("Est-il exact que l'organisateur n'a jamais vendu d'or ?", ["Je n'ai jamais vendu d'or de ma vie", "Observation du gérant : le vendeur a refusé de dire"]),
    ("Quel est le numéro d'immatriculation de la voiture personnelle de l'organisateur ?", []),
    ("Quel est le numéro de téléphone de la fille de l'ancien tonnelier ?", []),
]

ANSWERS = {
    "Combien d'argent liquide les faux agents ont-ils dérobé chez la veuve de Meursault ?": "1 200 euros",
    "À combien le fils de la vieille dame évalue-t-il les bijoux disparus ?": "4 500 euros",
    "Quelle somme a disparu de la boîte en fer de l'ancien tonnelier ?": "3 400 euros",
    "Quel est le montant cumulé du préjudice des victimes ?": "9 100 euros",
    "Combien d'argent a été découvert dans la camionnette de location ?": "2 150 euros",
    "Quelle somme les gendarmes ont-ils trouvée chez l'organisateur, dans la boîte à chaussures ?": "4 870 euros",
    "Combien d'espèces ont été saisies chez le complice à Chenôve ?": "650 euros",
    "Quelle part le plus jeune dit-il avoir reçue pour le coup de Nuits-Saint-Georges ?": "800 euros",
    "Quelle est l'immatriculation de l'utilitaire utilisé par les faux agents ?": "GH-127-NV",
    "À quelle heure la voisine a-t-elle vu la camionnette blanche se garer rue des Tonneliers ?": "14h15",
    "À quelle date les faux agents avaient-ils prévu de se rendre à Seurre selon le carnet ?": "26/01",
    "Quelle durée minimale de robinet ouvert le carnet de repérage recommande-t-il ?": "20 min",
    "Quel âge a le vieil homme volé à Nuits-Saint-Georges ?": "91 ans",
    "Quel montant de caution le loueur a-t-il encaissé pour l'utilitaire ?": "800,00 EUR",
    "Quel est le numéro de la carte d'identité présentée par le locataire du Kangoo ?": "X4T7K2M91",
    "Quel numéro de téléphone le locataire de l'utilitaire a-t-il déclaré ?": "06 39 98 63 18",
    "À quelle heure le téléphone de l'organisateur a-t-il borné pour la première fois à Meursault le jour du vol ?": "14h08",
    "Quel poids d'or le racheteur dijonnais a-t-il acquis auprès du suspect ?": "38,6 g",
    "Combien le commerce de rachat d'or a-t-il payé au vendeur ?": "1 312,40 EUR",
    "Combien de messages les deux complices ont-ils échangés en janvier selon l'exploitation du portable ?": "47",
    "Combien de temps a duré la garde à vue du complice chargé d'occuper les victimes en cuisine ?": "29 heures 30 minutes",
    "Combien de temps a duré la garde à vue de l'organisateur ?": "36 heures",
    "Combien de véhicules compte le parc du syndicat des eaux ?": "14 véhicules",
    "Quelle peine de prison l'organisateur avait-il reçue en 2019 ?": "18 mois d'emprisonnement",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "présence à Meursault : le suspect dit n'y avoir jamais mis les pieds, son téléphone active la cellule de Meursault de 14h08 à 14h52 le jour du vol",
        "phrases": ["Je n'ai jamais mis les pieds à Meursault", "cellule Meursault - centre\n13/01/2026 14h52"],
        "between": ["Anthony BERGERET", "opérateur de téléphonie"],
    },
    {
        "about": "usage du Kangoo : le suspect dit l'avoir loué pour un déménagement, l'exploitation du téléphone du complice montre des messages de préparation des vols et aucun déménagement",
        "phrases": ["Le Kangoo, je l'ai loué pour un déménagement", "Aucune conversation n'évoque un déménagement"],
        "between": ["Anthony BERGERET", "exploitation du téléphone de Kenzo DELORME"],
    },
    {
        "about": "origine du bracelet : le suspect dit l'avoir acheté aux puces, la victime de Meursault reconnaît formellement son bracelet gravé et sa chaîne",
        "phrases": ["je l'ai acheté sur un marché aux puces à Dijon", "reconnaît formellement le bracelet et la chaîne"],
        "between": ["Anthony BERGERET", "Germaine LACHAUX"],
    },
    {
        "about": "vente d'or : le suspect dit n'avoir jamais vendu d'or, le livre de police du racheteur enregistre la vente de 38,6 g d'or sous sa carte d'identité le 15 janvier 2026",
        "phrases": ["Je n'ai jamais vendu d'or de ma vie", "Observation du gérant : le vendeur a refusé de dire"],
        "between": ["Anthony BERGERET", "Or & Change Dijon"],
    },
]
