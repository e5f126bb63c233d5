# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Blind dossier 1: a fictitious series of three burglaries around Tours (October 2024), a stolen Peugeot 3008
used for the later burglaries, a BAC stop, phone records (fadettes, bornage) and two custody hearings.
Police nationale. Written for the blind evaluation of the communs project; all names, addresses, phone numbers,
plates and bank data are invented. Licence MIT."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Commissariat de police de Tours - Sûreté départementale\nProcédure n° 2024/004187\n"

PAGES: list[tuple[str, str]] = [
    (  # 1
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 15 octobre 2024 à 09h10, au service, devant nous, Lieutenant de police Marc-Antoine DUVIVIER, officier de police judiciaire en résidence à Tours,
Se présente Mme Odile FERRAND, née le 3 juin 1961 à Chinon (37), professeure de piano, demeurant 12 allée des Tilleuls à Saint-Cyr-sur-Loire (37540), qui dépose plainte contre X pour vol par effraction et déclare :

« Hier soir, lundi 14 octobre 2024, j'ai quitté mon domicile à 19h00 pour assister à un concert au Grand Théâtre de Tours. Toutes les portes étaient fermées à clé et les volets du rez-de-chaussée baissés, sauf celui du salon.

À mon retour, à 23h15, j'ai constaté que la porte-fenêtre du salon, côté jardin, avait été forcée. Le cadre en PVC porte des marques de pesée à hauteur de la serrure.

La chambre du premier étage a été entièrement fouillée. Mon coffret à bijoux a disparu. Les clés de ma voiture, que je laisse dans le vide-poche de l'entrée, ont également été emportées, et mon véhicule n'était plus dans l'allée. J'ai appelé le 17 immédiatement. »""",
    ),
    (  # 2
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite) - Mme FERRAND

« Mon véhicule est un Peugeot 3008 de couleur gris platinium, immatriculé FG-482-KT, mis en circulation en 2021.

On m'a volé :
- un coffret contenant une bague en or sertie d'un saphir, deux bracelets et un collier de perles, l'ensemble estimé à 6 400 euros par mon bijoutier en 2022 ;
- un ordinateur portable Apple MacBook Air acheté 1 199 euros ;
- 180 euros en espèces rangés dans le tiroir du bureau.

Je n'ai vu personne rôder les jours précédents. Ma voisine m'a dit qu'une voiture sombre avait stationné devant chez moi dimanche. »

Lecture faite par elle-même, Mme FERRAND persiste et signe avec nous.

Mention : le véhicule a été inscrit au fichier des objets et des véhicules signalés le 15 octobre 2024 à 10h05.""",
    ),
    (  # 3
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 22 octobre 2024 à 19h40, devant nous, Brigadier-chef Sandrine OLLIVIER, officier de police judiciaire,
Se présente M. Lucien VASSEUR, né le 27 novembre 1954 à Orléans (45), retraité de la SNCF, demeurant 5 rue du Clos-Mignon à La Riche (37520), qui dépose plainte pour vol par effraction et déclare :

« Mon épouse et moi sommes partis à 14h00 chez notre fille à Langeais. En rentrant à 18h30, nous avons trouvé la porte de service du garage fracturée, la serrure arrachée. À l'intérieur, tous les tiroirs de la commode et du buffet étaient ouverts.

Il manque une enveloppe contenant 1 250 euros en billets de 50 euros, que je gardais pour payer des travaux, ma montre en or de marque Lip reçue pour mon départ en retraite, gravée « L.V. 2014 », estimée à 2 300 euros, ainsi qu'une tablette Samsung.

Notre voisin, M. COLIN, nous a dit avoir vu deux hommes et une grosse voiture grise dans la rue dans l'après-midi. »

Lecture faite, M. VASSEUR persiste et signe.""",
    ),
    (  # 4
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 23 octobre 2024 à 11h00, devant nous, Brigadier-chef Sandrine OLLIVIER, officier de police judiciaire,
Entendons M. Bastien COLIN, né le 8 février 1988 à Tours (37), paysagiste, demeurant 7 rue du Clos-Mignon à La Riche, qui déclare :

« Le mardi 22 octobre, j'étais en télétravail. Vers 16h20, j'ai remarqué un SUV gris de marque Peugeot garé en marche arrière devant le portail des VASSEUR, moteur tournant. Deux hommes en sweat à capuche noir sont sortis par le côté du garage en portant un sac de sport. Le plus grand, environ 1,85 m, mince, s'est mis au volant. Le second était plus petit et trapu, avec une barbe courte.

J'ai relevé le début de la plaque : FG-48. Je n'ai pas vu la fin. Ils sont partis vite en direction de Tours. Je ne pourrais pas reconnaître leurs visages. »

Question : À quelle heure le véhicule est-il parti ?
Réponse : Vers 16h35, pas plus tard.

Lecture faite, M. COLIN persiste et signe.""",
    ),
    (  # 5
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 29 octobre 2024 à 13h25, devant nous, Gardien de la paix Hugo TESSIER, agent de police judiciaire, agissant sous le contrôle du Lieutenant DUVIVIER,
Se présente Mme Nicole GUÉRIN, née le 19 août 1970 à Loches (37), infirmière libérale, demeurant 9 impasse des Vignes à Joué-lès-Tours (37300), qui déclare :

« Ce matin, je suis partie faire mes tournées à 10h00. À 12h10, en rentrant, j'ai trouvé la fenêtre de la buanderie brisée. Le petit coffre-fort fixé dans le placard de ma chambre a été arraché du mur et emporté.

Il contenait 2 800 euros en espèces, les papiers de ma mère et une chaîne en or d'une valeur de 450 euros. Rien d'autre n'a été pris. Très peu de personnes savaient que j'avais ce coffre. »

Lecture faite, Mme GUÉRIN persiste et signe.""",
    ),
    (  # 6
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION

Le 31 octobre 2024 à 02h35, nous, Brigadier Kevin AUBRY et Gardien de la paix Lina SAADI, de la brigade anticriminalité de Tours, en patrouille à bord d'un véhicule banalisé,
Remarquons rue Édouard-Vaillant à Tours un Peugeot 3008 gris immatriculé FG-482-KT, signalé volé au fichier des objets et des véhicules signalés.

Procédons au contrôle du véhicule à l'arrêt au feu tricolore. Le conducteur, de grande taille, vêtu d'un sweat noir, prend la fuite à pied en direction de la gare et n'est pas rattrapé. Le passager, qui tente également de s'enfuir, est maîtrisé à 02h38. Il déclare se nommer Jordan MAILLET, né le 11 mai 1999 à Saint-Pierre-des-Corps (37).

À 02h45, lui notifions son placement en garde à vue pour recel de vol et vols par effraction, sur instructions du Lieutenant DUVIVIER, officier de police judiciaire, avisé par téléphone.

Dans le coffre du véhicule, découvrons : un pied-de-biche de 60 cm, deux paires de gants, une montre en or de marque Lip gravée « L.V. 2014 » et un ordinateur portable Apple.
Sur le passager, découvrons un téléphone Samsung Galaxy A54 dont il déclare être l'utilisateur, ligne 06 41 27 83 95, et la somme de 640 euros en billets.
Dans la boîte à gants, découvrons une feuille manuscrite pliée (voir copie annexée).
L'ensemble est placé sous scellés n° 1 à 6.""",
    ),
    (  # 7
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE - Scellés n° 2 et n° 3
Clichés réalisés le 31 octobre 2024 par le Gardien de la paix Lina SAADI.
Photo 1 : montre Lip « L.V. 2014 » et pied-de-biche trouvés dans le coffre""",
    ),
    (  # 8
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu les articles 60-1 et 60-2 du Code de procédure pénale,
Vu l'autorisation de Mme Claire VERNET, substitut du procureur de la République près le tribunal judiciaire de Tours,
Nous, Lieutenant de police Marc-Antoine DUVIVIER, officier de police judiciaire,

Requérons la société Orange, service des obligations légales, de nous communiquer en urgence, pour les lignes 06 41 27 83 95 (téléphone saisi sur M. MAILLET) et 07 68 14 52 09 (numéro figurant sur la note manuscrite découverte dans la boîte à gants, scellé n° 6) :
- l'identité des titulaires ;
- la liste détaillée des communications entrantes et sortantes (fadettes) ;
- les relais déclenchés (bornage),
pour la période du 10 au 31 octobre 2024.

Fait à Tours, le 31 octobre 2024 à 09h00.""",
    ),
    (  # 9
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION - Orange, service des obligations légales

Le 31 octobre 2024 à 16h30.

Ligne 06 41 27 83 95 : carte prépayée, identité déclarée : Jordan MAILLET.
Ligne 07 68 14 52 09 : abonnement au nom de Anthony DELCOURT, 14 rue Marceau, 37000 Tours.

Le 14 octobre 2024 à 20h12, la ligne 06 41 27 83 95 a déclenché le relais situé avenue de la République à Saint-Cyr-sur-Loire.

Le 22 octobre 2024, entre 15h58 et 16h47, la ligne 06 41 27 83 95 a déclenché à neuf reprises le relais de La Riche - Clos-Mignon.

Le 29 octobre 2024 à 10h47, la ligne 07 68 14 52 09 a déclenché le relais de Joué-lès-Tours - Vignes.

Du 10 au 31 octobre 2024, 143 communications ont été échangées entre les deux lignes.""",
    ),
    (  # 10
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 31 octobre 2024 à 10h15, devant nous, Lieutenant de police Marc-Antoine DUVIVIER, officier de police judiciaire, assisté du Brigadier-chef Sandrine OLLIVIER,
En présence de Maître Élodie PASQUIER, avocate au barreau de Tours, commise d'office,
Entendons M. Jordan MAILLET, né le 11 mai 1999 à Saint-Pierre-des-Corps (37), sans profession, demeurant 3 rue Jules-Guesde à Saint-Pierre-des-Corps, qui déclare :

« Je ne suis pas un cambrioleur. La voiture, c'est Tony qui me l'a prêtée, je ne savais pas qu'elle était volée. Je lui ai donné 200 euros pour l'essence et pour l'avoir quelques jours. Cette nuit, c'est lui qui conduisait. Quand il a vu la police, il est parti en courant, moi j'ai eu peur.

Le pied-de-biche et la montre, je ne sais pas d'où ils viennent, je n'ai jamais ouvert le coffre. Les 640 euros, c'est mon argent, je fais des petits boulots au noir. »

Question : Où étiez-vous le mardi 22 octobre après-midi ?
Réponse : J'étais chez ma mère à Amboise, toute l'après-midi. Je suis rentré le soir en bus.

Question : Connaissez-vous Saint-Cyr-sur-Loire ?
Réponse : Je n'y ai jamais mis les pieds.

Question : Qui est Tony ?
Réponse : Un gars du quartier, je ne connais pas son nom de famille.

Lecture faite, M. MAILLET persiste et signe.""",
    ),
    (  # 11
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (2e audition)

Le 1er novembre 2024 à 09h30, après prolongation de la garde à vue accordée par Mme Claire VERNET, substitut du procureur, le 1er novembre 2024 à 02h20, entendons à nouveau M. Jordan MAILLET, en présence de Maître PASQUIER.

Question : Votre téléphone a déclenché le relais de La Riche le 22 octobre entre 15h58 et 16h47. Vous disiez être à Amboise. Qu'en dites-vous ?
Réponse : Je ne sais pas. Peut-être que quelqu'un avait mon téléphone.

Question : Une trace papillaire relevée sur la porte-fenêtre de Mme FERRAND vous a été attribuée. Comment l'expliquez-vous ?
Réponse : Je n'ai rien à dire.

Question : Tony, est-ce Anthony DELCOURT, titulaire de la ligne 07 68 14 52 09 ?
Réponse : Oui, c'est lui. Il habite vers la rue Marceau. C'est lui qui choisissait les maisons.

Fin de l'audition à 10h20.""",
    ),
    (  # 12
        "hand",
        """Tilleuls 12 - dame seule, sort lundi soir
Clos-Mignon - les vieux partent l'aprem
Vignes 9 - coffre dans la chambre !!
Tony 07 68 14 52 09
part Jo = 1/3""",
    ),
    (  # 13
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MAILLET Jordan, né le 11 mai 1999 à Saint-Pierre-des-Corps (37).

Condamnation n° 1 : jugement du tribunal pour enfants de Tours du 6 septembre 2016. Vol en réunion, articles 311-1 et 311-4 du Code pénal. Mesure : admonestation.

Condamnation n° 2 : jugement du tribunal correctionnel de Tours du 14 mars 2021. Vol aggravé par deux circonstances (effraction, local d'habitation), articles 311-1 et 311-4 du Code pénal. Peine : 8 mois d'emprisonnement dont 4 mois avec sursis probatoire pendant 2 ans.

Condamnation n° 3 : jugement du tribunal correctionnel de Tours du 5 juillet 2023. Conduite d'un véhicule sans permis, article L. 221-2 du Code de la route. Peine : 400 euros d'amende.""",
    ),
    (  # 14
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Lieutenant de police Marc-Antoine DUVIVIER à Madame la Procureure de la République près le tribunal judiciaire de Tours.

Objet : série de cambriolages commis du 14 au 29 octobre 2024 à Saint-Cyr-sur-Loire, La Riche et Joué-lès-Tours.

Trois cambriolages de résidences principales, commis en l'absence des occupants, présentent un mode opératoire identique : pesée ou bris d'une ouverture secondaire, recherche ciblée d'espèces et de bijoux. Le préjudice déclaré s'élève au total à 14 579 euros, hors véhicule et hors tablette.

Le Peugeot 3008 dérobé lors du premier cambriolage a servi aux faits suivants. Il a été restitué à Mme FERRAND le 4 novembre 2024.

Éléments à charge contre Jordan MAILLET : sa présence dans le véhicule volé ; la découverte de la montre de M. VASSEUR et d'un pied-de-biche dans le coffre ; le bornage de sa ligne à proximité des lieux le 14 et le 22 octobre ; la note manuscrite de la boîte à gants ; une trace papillaire relevée sur la porte-fenêtre de Mme FERRAND, identifiée par le FAED le 31 octobre 2024 à 18h40. Ses déclarations (présence à Amboise le 22 octobre) sont contredites par la téléphonie.

Anthony DELCOURT, titulaire de la ligne 07 68 14 52 09, désigné comme le conducteur en fuite, n'a pu être interpellé à ce jour. Il est inscrit au fichier des personnes recherchées.

Les faits sont susceptibles de recevoir les qualifications de vols aggravés (en réunion, avec effraction dans un local d'habitation), prévus et réprimés par les articles 311-1 et 311-4 du Code pénal, et de recel de vol, prévu par l'article 321-1 du Code pénal.

M. MAILLET a été déféré le 1er novembre 2024 à 16h00 devant Mme la Procureure.

Fait à Tours, le 1er novembre 2024.""",
    ),
]

PERSONS = [
    {"name": "Odile FERRAND", "role": "victime", "aliases": ["Mme FERRAND"]},
    {"name": "Lucien VASSEUR", "role": "victime", "aliases": ["M. VASSEUR"]},
    {"name": "Nicole GUÉRIN", "role": "victime", "aliases": ["Mme GUÉRIN"]},
    {"name": "Bastien COLIN", "role": "témoin", "aliases": ["M. COLIN"]},
    {"name": "Jordan MAILLET", "role": "mis en cause", "aliases": ["MAILLET Jordan", "M. MAILLET", "Jo"]},
    {"name": "Anthony DELCOURT", "role": "mis en cause", "aliases": ["Tony"]},
    {"name": "Marc-Antoine DUVIVIER", "role": "enquêteur", "aliases": ["Lieutenant DUVIVIER"]},
    {"name": "Sandrine OLLIVIER", "role": "enquêteur", "aliases": []},
    {"name": "Hugo TESSIER", "role": "enquêteur", "aliases": []},
    {"name": "Kevin AUBRY", "role": "enquêteur", "aliases": []},
    {"name": "Lina SAADI", "role": "enquêteur", "aliases": []},
    {"name": "Claire VERNET", "role": "magistrat", "aliases": []},
    {"name": "Élodie PASQUIER", "role": "avocat", "aliases": ["Maître PASQUIER"]},
]

EVENTS = [
    ("2016-09-06", None, "admonestation par le tribunal pour enfants (vol en réunion)", "6 septembre 2016"),
    ("2021-03-14", None, "condamnation pour vol aggravé", "14 mars 2021"),
    ("2023-07-05", None, "condamnation pour conduite sans permis", "5 juillet 2023"),
    ("2024-10-14", "19:00", "Mme FERRAND quitte son domicile", "j'ai quitté mon domicile à 19h00"),
    ("2024-10-14", "20:12", "la ligne de MAILLET borne à Saint-Cyr-sur-Loire", "Le 14 octobre 2024 à 20h12"),
    ("2024-10-14", "23:15", "découverte du cambriolage chez Mme FERRAND", "À mon retour, à 23h15"),
    ("2024-10-15", "09:10", "plainte de Mme FERRAND", "Le 15 octobre 2024 à 09h10"),
    ("2024-10-15", "10:05", "inscription du véhicule volé au fichier", "le 15 octobre 2024 à 10h05"),
    ("2024-10-22", "14:00", "départ des époux VASSEUR", "sommes partis à 14h00"),
    ("2024-10-22", "15:58", "la ligne de MAILLET borne à La Riche (jusqu'à 16h47)", "entre 15h58 et 16h47, la ligne"),
    ("2024-10-22", "16:20", "SUV gris vu devant chez les VASSEUR", "Vers 16h20, j'ai remarqué"),
    ("2024-10-22", "16:35", "départ du SUV gris", "Vers 16h35, pas plus tard"),
    ("2024-10-22", "18:30", "découverte du cambriolage chez les VASSEUR", "En rentrant à 18h30"),
    ("2024-10-22", "19:40", "plainte de M. VASSEUR", "Le 22 octobre 2024 à 19h40"),
    ("2024-10-23", "11:00", "audition du témoin COLIN", "Le 23 octobre 2024 à 11h00"),
    ("2024-10-29", "10:00", "Mme GUÉRIN part en tournée", "je suis partie faire mes tournées à 10h00"),
    ("2024-10-29", "10:47", "la ligne de DELCOURT borne à Joué-lès-Tours", "Le 29 octobre 2024 à 10h47"),
    ("2024-10-29", "12:10", "découverte du cambriolage chez Mme GUÉRIN", "À 12h10, en rentrant"),
    ("2024-10-29", "13:25", "plainte de Mme GUÉRIN", "Le 29 octobre 2024 à 13h25"),
    ("2024-10-31", "02:35", "contrôle du véhicule volé par la BAC", "Le 31 octobre 2024 à 02h35"),
    ("2024-10-31", "02:38", "interpellation de Jordan MAILLET", "maîtrisé à 02h38"),
    ("2024-10-31", "02:45", "placement en garde à vue", "À 02h45, lui notifions"),
    ("2024-10-31", "09:00", "réquisition à l'opérateur", "le 31 octobre 2024 à 09h00"),
    ("2024-10-31", "10:15", "première audition de MAILLET", "Le 31 octobre 2024 à 10h15"),
    ("2024-10-31", "16:30", "réponse de l'opérateur", "Le 31 octobre 2024 à 16h30"),
    ("2024-10-31", "18:40", "identification de la trace papillaire par le FAED", "le 31 octobre 2024 à 18h40"),
    ("2024-11-01", "02:20", "prolongation de la garde à vue", "le 1er novembre 2024 à 02h20"),
    ("2024-11-01", "09:30", "deuxième audition de MAILLET", "Le 1er novembre 2024 à 09h30"),
    ("2024-11-01", "16:00", "déferrement de MAILLET", "le 1er novembre 2024 à 16h00"),
    ("2024-11-04", None, "restitution du véhicule à Mme FERRAND", "restitué à Mme FERRAND le 4 novembre 2024"),
]

OFFENCES = [
    {"qualification": "vol", "code_article": "311-1"},
    {"qualification": "vol aggravé", "code_article": "311-4"},
    {"qualification": "recel", "code_article": "321-1"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("plainte", 3, 3),
    ("pv_audition", 4, 4),
    ("plainte", 5, 5),
    ("pv_constatations", 6, 6),
    ("photo", 7, 7),
    ("requisition", 8, 8),
    ("requisition", 9, 9),
    ("pv_audition", 10, 10),
    ("pv_audition", 11, 11),
    ("note_manuscrite", 12, 12),
    ("casier_judiciaire", 13, 13),
    ("rapport", 14, 14),
]

QUESTIONS = [
    ("Combien de cambriolages l'enquête relie-t-elle entre eux ?", ["Trois cambriolages de résidences principales"]),
    ("Sous quel numéro est immatriculée la voiture volée à Saint-Cyr-sur-Loire ?", ["immatriculé FG-482-KT"]),
    ("À quelle somme la première victime évalue-t-elle les bijoux qu'on lui a pris ?", ["estimé à 6 400 euros"]),
    ("À quelle heure Mme FERRAND a-t-elle découvert l'effraction en rentrant du concert ?", ["À mon retour, à 23h15"]),
    ("Par quelle ouverture les cambrioleurs se sont-ils introduits chez les VASSEUR ?", ["porte de service du garage fracturée"]),
    ("Combien d'argent liquide a disparu chez le retraité de La Riche ?", ["1 250 euros en billets de 50 euros"]),
    ("Quelle partie de la plaque le voisin a-t-il réussi à lire ?", ["le début de la plaque : FG-48"]),
    ("Vers quelle heure le SUV gris a-t-il quitté la rue du Clos-Mignon ?", ["Vers 16h35, pas plus tard"]),
    ("Quel montant en espèces se trouvait dans le coffre-fort arraché à Joué-lès-Tours ?", ["Il contenait 2 800 euros en espèces"]),
    ("À quelle heure la BAC a-t-elle repéré le véhicule volé, et dans quelle rue ?", ["Le 31 octobre 2024 à 02h35", "rue Édouard-Vaillant"]),
    ("Qu'est-ce que les policiers ont trouvé dans le coffre du SUV lors du contrôle ?", ["un pied-de-biche de 60 cm, deux paires de gants"]),
    ("Quel est le numéro de la ligne utilisée par le passager interpellé ?", ["ligne 06 41 27 83 95"]),
    ("Quelle somme le passager avait-il sur lui au moment de son arrestation ?", ["la somme de 640 euros en billets"]),
    ("Qui est l'homme surnommé Tony, et à qui appartient le numéro noté sur la feuille de la boîte à gants ?", ["abonnement au nom de Anthony DELCOURT", "Tony, est-ce Anthony DELCOURT"]),
    ("Combien d'appels et de messages les deux suspects ont-ils échangés sur la période étudiée ?", ["143 communications"]),
    ("Où MAILLET prétend-il s'être trouvé l'après-midi du deuxième cambriolage ?", ["chez ma mère à Amboise"]),
    ("Quel élément de téléphonie met à mal l'alibi du gardé à vue, et combien de fois son téléphone a-t-il accroché l'antenne ?", ["à neuf reprises le relais de La Riche", "sont contredites par la téléphonie"]),
    ("Combien MAILLET affirme-t-il avoir payé pour qu'on lui prête la voiture ?", ["Je lui ai donné 200 euros"]),
    ("À quelle heure la magistrate a-t-elle autorisé le renouvellement de la mesure de garde à vue ?", ["le 1er novembre 2024 à 02h20"]),
    ("D'après la feuille manuscrite saisie, quelle maison était repérée pour son coffre ?", ["Vignes 9 - coffre dans la chambre"]),
    ("Combien de condamnations sont inscrites au bulletin n° 1 du passager ?", ["Condamnation n° 3"]),
    ("Quelle peine d'emprisonnement MAILLET a-t-il prise en 2021 ?", ["8 mois d'emprisonnement dont 4 mois avec sursis probatoire"]),
    ("À combien l'enquêteur chiffre-t-il le préjudice total de la série ?", ["14 579 euros"]),
    ("Sur quels articles du Code pénal repose la qualification de vols aggravés ?", ["prévus et réprimés par les articles 311-1 et 311-4"]),
    ("Quand le fichier des empreintes a-t-il rattaché la trace de la porte-fenêtre à un suspect ?", ["le 31 octobre 2024 à 18h40"]),
    ("À quelle date la propriétaire a-t-elle récupéré sa voiture ?", ["restitué à Mme FERRAND le 4 novembre 2024"]),
    ("Qui assiste le gardé à vue en qualité d'avocat ?", ["Maître Élodie PASQUIER"]),
    ("Quelle est la date de naissance d'Anthony DELCOURT ?", []),
    ("Quelle somme l'assurance de Mme FERRAND lui a-t-elle remboursée ?", []),
]

# Expected figure for the questions whose answer is a figure (amount, date, time, count, number, plate...),
# written as it appears in the page text.
ANSWERS = {
    "Combien de cambriolages l'enquête relie-t-elle entre eux ?": "Trois",
    "Sous quel numéro est immatriculée la voiture volée à Saint-Cyr-sur-Loire ?": "FG-482-KT",
    "À quelle somme la première victime évalue-t-elle les bijoux qu'on lui a pris ?": "6 400 euros",
    "À quelle heure Mme FERRAND a-t-elle découvert l'effraction en rentrant du concert ?": "23h15",
    "Combien d'argent liquide a disparu chez le retraité de La Riche ?": "1 250 euros",
    "Quelle partie de la plaque le voisin a-t-il réussi à lire ?": "FG-48",
    "Vers quelle heure le SUV gris a-t-il quitté la rue du Clos-Mignon ?": "16h35",
    "Quel montant en espèces se trouvait dans le coffre-fort arraché à Joué-lès-Tours ?": "2 800 euros",
    "À quelle heure la BAC a-t-elle repéré le véhicule volé, et dans quelle rue ?": "02h35",
    "Quel est le numéro de la ligne utilisée par le passager interpellé ?": "06 41 27 83 95",
    "Quelle somme le passager avait-il sur lui au moment de son arrestation ?": "640 euros",
    "Qui est l'homme surnommé Tony, et à qui appartient le numéro noté sur la feuille de la boîte à gants ?": "07 68 14 52 09",
    "Combien d'appels et de messages les deux suspects ont-ils échangés sur la période étudiée ?": "143",
    "Quel élément de téléphonie met à mal l'alibi du gardé à vue, et combien de fois son téléphone a-t-il accroché l'antenne ?": "neuf",
    "Combien MAILLET affirme-t-il avoir payé pour qu'on lui prête la voiture ?": "200 euros",
    "À quelle heure la magistrate a-t-elle autorisé le renouvellement de la mesure de garde à vue ?": "02h20",
    "Combien de condamnations sont inscrites au bulletin n° 1 du passager ?": "3",
    "Quelle peine d'emprisonnement MAILLET a-t-il prise en 2021 ?": "8 mois",
    "À combien l'enquêteur chiffre-t-il le préjudice total de la série ?": "14 579 euros",
    "Sur quels articles du Code pénal repose la qualification de vols aggravés ?": "311-4",
    "Quand le fichier des empreintes a-t-il rattaché la trace de la porte-fenêtre à un suspect ?": "18h40",
    "À quelle date la propriétaire a-t-elle récupéré sa voiture ?": "4 novembre 2024",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "alibi de Jordan MAILLET pour l'après-midi du 22 octobre (chez sa mère à Amboise) contredit par le bornage de sa ligne à La Riche",
        "between": ["Jordan MAILLET", "réponse de l'opérateur"],
        "phrases": ["chez ma mère à Amboise", "à neuf reprises le relais de La Riche"],
    },
    {
        "about": "MAILLET dit n'être jamais allé à Saint-Cyr-sur-Loire, alors que sa ligne y a borné le 14 octobre et que sa trace papillaire est sur la porte-fenêtre de Mme FERRAND",
        "between": ["Jordan MAILLET", "réponse de l'opérateur", "rapport de synthèse"],
        "phrases": ["Je n'y ai jamais mis les pieds", "relais situé avenue de la République", "identifiée par le FAED"],
    },
]
