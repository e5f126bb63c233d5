# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 7: a fictitious arson (destruction par un moyen dangereux) of a fruit warehouse near Montauban,
instigated by its manager to collect the insurance, carried out by a young warehouseman. Written blind (no access to
the system's code or other evaluation data). All persons, companies, phone lines, plates and addresses are invented;
the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade de recherches de Montauban (Tarn-et-Garonne)\nProcédure n° 01764/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE TRANSPORT ET DE CONSTATATIONS

Le dimanche 15 juin 2025 à 03h25, nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire, assisté du Gendarme Inès DUMAS, agent de police judiciaire, avisés par le centre opérationnel de la gendarmerie d'un feu de bâtiment, nous transportons zone d'activités Albasud à Montauban.

Le sinistre touche l'entrepôt frigorifique exploité par la SARL QUERCY PRIMEURS LOGISTIQUE, sis 1240 avenue de l'Europe. Le bâtiment, d'une surface totale de 2 400 m², appartient à la SCI DU PONT-VIEUX, qui le donne à bail à la SARL depuis 2017.

À notre arrivée, les sapeurs-pompiers sont engagés sur deux faces du bâtiment. Le portail coulissant du site est ouvert et ne présente aucune trace d'effraction. Le cadenas de la porte piétonne côté quai n° 3 est retrouvé au sol, ouvert, la clé encore engagée.

Aucune victime n'est à déplorer. Les deux salariés d'astreinte de la SARL ne se trouvaient pas sur le site, qui n'est pas gardé la nuit.

Nous faisons procéder à la fixation photographique des lieux et requérons un expert en recherche des causes et circonstances d'incendie.""",
    ),
    # 2
    (
        "scan",
        HEAD
        + """
SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE TARN-ET-GARONNE
RAPPORT D'INTERVENTION n° 25-08817 - Feu d'entrepôt, ZA Albasud, Montauban

Alerte reçue au CTA : 15/06/2025 à 02h57 (appel 18 d'une agente de sécurité du site voisin)
Arrivée du premier engin : 03h11
Moyens engagés : 14 engins, 46 sapeurs-pompiers, dont une échelle aérienne
Feu maîtrisé : 06h40 - extinction complète à 09h20

Surface détruite : 1 800 m² sur 2 400 m² ; toiture effondrée sur la zone des quais.
Observations du chef de colonne : deux zones de feu sans continuité apparente à l'arrivée des secours (quais et bureaux). Forte odeur d'hydrocarbure côté quai n° 3.

Le chef de colonne, Capitaine O. BESSIÈRES""",
    ),
    # 3
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Quai n° 3, 15 juin 2025 à 10h30
Bidon plastique rouge de 10 litres, partiellement fondu, retrouvé à 2 mètres de la porte piétonne du quai n° 3 ; placé sous scellé n° 1.
Scellé n° 1 : bidon fondu près du quai n° 3""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le dimanche 15 juin 2025 à 05h10, devant nous, Gendarme Inès DUMAS, agent de police judiciaire, agissant sous le contrôle de l'Adjudant-chef LAPEYRE,
Entendons Mme Nadège FOURASTIÉ, née le 3 août 1988 à Castelsarrasin (82), agente de sécurité, en poste de nuit au dépôt de la société voisine, qui déclare :

« Je fais des rondes toutes les heures. Vers 02h40, j'ai vu une petite voiture grise sortir du site des primeurs, tous feux éteints, et prendre la direction de la rocade. Le portail était ouvert, ce qui n'arrive jamais la nuit. J'ai pensé à un employé et je n'ai pas noté la plaque. Il me semble qu'elle commençait par GH.

Un quart d'heure plus tard, j'ai vu de la fumée au-dessus des quais, puis des flammes côté bureaux. J'ai appelé les pompiers tout de suite. »

Lecture faite, Mme FOURASTIÉ persiste et signe.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION (PLAINTE)

Le lundi 16 juin 2025 à 14h00, devant nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire,
Se présente M. Didier SALVETAT, né le 27 janvier 1971 à Montauban, gérant de la SARL QUERCY PRIMEURS LOGISTIQUE, domicilié à Nègrepelisse (82), qui dépose plainte au nom de la société et déclare :

« Notre société stocke et conditionne des fruits pour des producteurs du département. Elle emploie 14 salariés.

Le samedi 14 juin, j'ai fermé le site moi-même. J'ai mis l'alarme en service à 19h30 en partant, comme chaque samedi, puis je suis rentré chez moi et je n'en ai plus bougé. J'ai appris l'incendie par un appel des gendarmes vers 03h30.

Tout le stock est perdu, ainsi que les chambres froides, la ligne de calibrage et le matériel informatique. J'estime notre préjudice à 1 480 000 euros. Je n'ai pas d'ennemi et je ne vois pas qui pourrait nous en vouloir.

Seules trois personnes ont les clés et le code du portail : moi, mon chef d'équipe et notre magasinier, Jordan ESCUDIÉ. »

Lecture faite, M. SALVETAT persiste et signe.""",
    ),
    # 6
    (
        "scan",
        HEAD
        + """
VIGIE OCCITANIE TÉLÉSURVEILLANCE - Extrait du journal d'événements
Site : SARL QUERCY PRIMEURS LOGISTIQUE - Centrale n° VO-55120

14/06/2025 19:31  MISE EN SERVICE TOTALE  code utilisateur 01 (SALVETAT D.)
15/06/2025 01:48  MISE HORS SERVICE À DISTANCE (application mobile)  identifiant 01 (SALVETAT D.)
15/06/2025 02:52  ALARME DÉTECTEUR DE FUMÉE zone 4 (quais)
15/06/2025 02:53  ALARME DÉTECTEUR DE FUMÉE zone 7 (bureaux)
15/06/2025 02:55  Appel opérateur vers M. SALVETAT : pas de réponse

Aucune autre mise en service ou hors service entre 19:31 et 01:48.
Extrait certifié conforme, Toulouse, le 18/06/2025.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 19 juin 2025 à 09h30, devant nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire,
Entendons Mme Corinne BARDOU, née le 14 avril 1976 à Cahors (46), agent général de la Mutuelle d'assurances du Sud-Ouest, cabinet situé 9 place Nationale à Montauban, qui déclare :

« J'assure la SARL QUERCY PRIMEURS LOGISTIQUE depuis 2018 en multirisque professionnelle. Pendant six ans, le capital assuré pour le bâtiment et le contenu est resté de 900 000 euros.

Le 22 mai 2025, M. SALVETAT est venu à mon cabinet et m'a demandé de porter ce capital à 1 600 000 euros, en ajoutant la garantie perte d'exploitation. C'est lui qui a demandé cette hausse ; je ne la lui ai pas proposée. Il disait avoir acheté une nouvelle ligne de calibrage. La prime annuelle est passée de 6 840 euros à 11 920 euros.

Le 16 juin 2025, la société a déclaré le sinistre pour un montant de 1 480 000 euros. »

Lecture faite, Mme BARDOU persiste et signe et nous remet l'avenant au contrat.""",
    ),
    # 8
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXPERTISE - RECHERCHE DES CAUSES ET CIRCONSTANCES D'INCENDIE
M. Patrice OLLIER, expert inscrit près la cour d'appel de Toulouse, le 27 juin 2025 (extrait des conclusions)

1. L'incendie a pris naissance en deux foyers distincts et indépendants : le quai n° 3 et le bureau administratif, distants de 42 mètres, sans propagation possible de l'un à l'autre.
2. L'origine électrique est écartée : tableau général et chambres froides intacts, disjoncteurs en position normale.
3. Sur 7 prélèvements de débris, 5 des 7 prélèvements révèlent la présence d'essence sans plomb (SP95-E10).
4. L'incendie est d'origine volontaire, par déversement d'un liquide inflammable puis mise à feu directe.

L'expert, P. OLLIER""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 24 juin 2025 à 11h00, devant nous, Gendarme Inès DUMAS, agent de police judiciaire, agissant sous le contrôle de l'Adjudant-chef LAPEYRE,
Entendons M. Hugo CAPDEVILLE, né le 2 décembre 1983 à Agen (47), directeur de l'agence de Montauban-Sapiac de la Caisse régionale du Quercy, qui déclare sur réquisition :

« La SARL QUERCY PRIMEURS LOGISTIQUE est cliente de l'agence depuis 2012. Sa situation s'est fortement dégradée en 2024 après la perte de son principal client, une coopérative de Moissac : son chiffre d'affaires a baissé de 38 %.

Au 13 juin 2025, le compte courant de la société présentait un solde débiteur de 212 000 euros, au-delà de l'autorisation de découvert. Nous avions rejeté des prélèvements de l'URSSAF en avril et en mai.

Le 5 mai 2025, M. SALVETAT a sollicité un prêt de 250 000 euros que notre comité a refusé. Je l'ai informé moi-même de ce refus ; il était très tendu. »

Lecture faite, M. CAPDEVILLE persiste et signe.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Station-service, 14 juin 2025 à 23h52
Caméra piste 4 : un homme jeune remplit deux jerricans de 20,00 litres au total ; véhicule Peugeot 208 grise immatriculée GH-418-RT, payé en espèces.
Extraction vidéo, relais routier de Caussade (RD 820)""",
    ),
    # 11
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE - Opérateur de téléphonie mobile, le 26 juin 2025
Ligne 06 39 98 41 27 - titulaire : ESCUDIÉ Jordan, Caussade (82)

Nuit du 14 au 15 juin 2025 (fadettes et cellules) :
15/06/2025 01h10  appel entrant de 06 39 98 07 62 (titulaire SALVETAT Didier)  durée 1 min 12 s  cellule Caussade-centre
15/06/2025 02h34  connexion données  cellule Montauban - Albasud
15/06/2025 02h47  connexion données  cellule Montauban - Albasud
15/06/2025 03h05  SMS sortant vers 06 39 98 07 62  cellule Caussade-centre

Texte du SMS, conservé par l'opérateur : « c'est fait ».""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 1er juillet 2025 à 08h30, devant nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire,
En présence de Maître Clémence ROUQUETTE, avocate au barreau de Montauban,
Entendons M. Jordan ESCUDIÉ, né le 9 février 2002 à Montauban, âgé de 23 ans, magasinier à la SARL QUERCY PRIMEURS LOGISTIQUE, demeurant 6 impasse des Tilleuls à Caussade, placé en garde à vue le 1er juillet 2025 à 06h15, qui déclare :

« Je n'ai rien à voir avec cet incendie. Le samedi soir, après le match, je suis resté chez moi à Caussade toute la nuit. Je me suis couché vers 23 heures et je n'ai appris l'incendie que le dimanche matin par un collègue.

Je n'ai pas acheté d'essence ce soir-là. Ma voiture n'a pas bougé du garage.

M. SALVETAT m'a peut-être appelé dans la nuit, je ne me souviens pas, je dormais. »

Lecture faite, M. ESCUDIÉ persiste et signe, ainsi que son avocate.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mardi 1er juillet 2025 à 15h20, devant nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire, en présence de Maître ROUQUETTE,
Reprenons l'audition de M. Jordan ESCUDIÉ, à qui sont présentées la photographie de la station-service et la réponse de l'opérateur téléphonique. Il déclare :

« Je vais dire la vérité. C'est M. SALVETAT qui m'a proposé 2 000 euros pour mettre le feu, début juin, dans son bureau. Il m'a dit que l'assurance paierait tout et qu'il garderait mon poste.

Il m'a donné 1 000 euros en liquide avant, le reste devait venir après. Il m'a dit qu'il couperait l'alarme lui-même avec son téléphone vers deux heures moins le quart, et il m'a appelé à une heure dix pour confirmer.

J'ai acheté l'essence au relais de Caussade, j'ai ouvert le portail avec mon badge, j'ai versé un bidon au quai 3 et l'autre dans le bureau, et j'ai allumé avec un briquet. Ensuite je suis rentré et je lui ai envoyé un SMS. »

Lecture faite, M. ESCUDIÉ persiste et signe, ainsi que son avocate.""",
    ),
    # 14
    (
        "hand",
        """Papier plié - boîte à gants Peugeot 208
samedi nuit
essence au relais, payer cash
2 bidons : quai 3 + bureau
D. coupe l'alarme 1h45
portail badge, pas de lumière
2 000 = 1 000 avant / 1 000 après
SMS quand c'est fait""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 1er juillet 2025 à 17h45, devant nous, Adjudant-chef Sébastien LAPEYRE, officier de police judiciaire,
En présence de Maître Bastien FAURÉ, avocat au barreau de Toulouse,
Entendons M. Didier SALVETAT, gérant de la SARL QUERCY PRIMEURS LOGISTIQUE, placé en garde à vue le 1er juillet 2025 à 06h20, qui déclare :

« Je n'ai jamais demandé à Jordan de faire quoi que ce soit contre l'entreprise. C'est un garçon fragile, il invente pour se protéger.

Je n'ai pas touché à l'alarme de la nuit. Mon téléphone était sur la table de nuit. Si l'application indique quelque chose, c'est une erreur du système.

L'appel d'une heure dix, c'était pour savoir s'il pouvait venir travailler le lundi à 5 heures pour une livraison. Je ne me rappelle pas avoir reçu un SMS.

Quant à l'assurance, c'est l'assureur qui m'a conseillé d'augmenter le capital, pour tenir compte de la nouvelle machine. Je ne connaissais pas le montant du découvert exactement. »

Lecture faite, M. SALVETAT persiste et signe, ainsi que son avocat.""",
    ),
    # 16
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition, 1er juillet 2025 à 06h40
Domicile de M. ESCUDIÉ, Caussade : enveloppe kraft contenant 20 billets de 50 euros, découverte sous le matelas ; placée sous scellé n° 4.
Scellé n° 4 : enveloppe et numéraire""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : SALVETAT Didier, né le 27 janvier 1971 à Montauban (82).

NÉANT

Relevé des condamnations de : ESCUDIÉ Jordan, né le 9 février 2002 à Montauban (82).

Condamnation n° 1 : jugement du tribunal correctionnel de Montauban du 14 octobre 2021. Vol dans un local d'habitation. Peine : 70 heures de travail d'intérêt général.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant-chef Sébastien LAPEYRE à Monsieur le Procureur de la République près le tribunal judiciaire de Montauban.

Dans la nuit du 14 au 15 juin 2025, l'entrepôt de la SARL QUERCY PRIMEURS LOGISTIQUE à Montauban a été détruit par un incendie volontaire allumé en deux foyers à l'essence ; 1 800 m² ont été détruits.

M. Jordan ESCUDIÉ, magasinier, reconnaît avoir mis le feu contre la promesse de 2 000 euros. Il met en cause le gérant, M. Didier SALVETAT, qui conteste. Le journal d'alarme, les relevés téléphoniques et la situation financière de la société, dont le capital assuré avait été porté à 1 600 000 euros le 22 mai 2025, corroborent ces déclarations.

La garde à vue de M. ESCUDIÉ, débutée le 1er juillet 2025 à 06h15, a été prolongée sur autorisation de M. Arnaud VIGUIÉ, procureur de la République, et levée le 2 juillet 2025 à 10h05, soit une durée de 27 heures 50 minutes.

Les faits sont susceptibles de recevoir la qualification de destruction du bien d'autrui par un moyen dangereux pour les personnes, prévue par l'article 322-6 du Code pénal, de complicité par instigation (article 121-7 du Code pénal) pour M. SALVETAT, et de tentative d'escroquerie au préjudice de l'assureur (article 313-1 du Code pénal).

Fait à Montauban, le jeudi 3 juillet 2025.""",
    ),
]

PERSONS = [
    {"name": "Didier SALVETAT", "role": "mis en cause", "aliases": ["SALVETAT Didier", "M. SALVETAT", "SALVETAT D."]},
    {"name": "Jordan ESCUDIÉ", "role": "mis en cause", "aliases": ["ESCUDIÉ Jordan", "M. ESCUDIÉ", "Jordan"]},
    {"name": "Nadège FOURASTIÉ", "role": "témoin", "aliases": ["Mme FOURASTIÉ"]},
    {"name": "Corinne BARDOU", "role": "témoin", "aliases": ["Mme BARDOU"]},
    {"name": "Hugo CAPDEVILLE", "role": "témoin", "aliases": ["M. CAPDEVILLE"]},
    {"name": "Olivier BESSIÈRES", "role": "autre", "aliases": ["Capitaine O. BESSIÈRES"]},
    {"name": "Patrice OLLIER", "role": "autre", "aliases": ["P. OLLIER"]},
    {"name": "Sébastien LAPEYRE", "role": "enquêteur", "aliases": ["Adjudant-chef LAPEYRE"]},
    {"name": "Inès DUMAS", "role": "enquêteur", "aliases": []},
    {"name": "Arnaud VIGUIÉ", "role": "magistrat", "aliases": []},
    {"name": "Clémence ROUQUETTE", "role": "avocat", "aliases": ["Maître ROUQUETTE"]},
    {"name": "Bastien FAURÉ", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2021-10-14", None, "condamnation de Jordan ESCUDIÉ pour vol", "du 14 octobre 2021"),
    ("2025-05-05", None, "refus d'un prêt de 250 000 euros par la banque", "Le 5 mai 2025"),
    ("2025-05-22", None, "hausse du capital assuré à 1 600 000 euros", "Le 22 mai 2025, M. SALVETAT est venu"),
    ("2025-06-14", "19:31", "mise en service de l'alarme par le gérant", "14/06/2025 19:31"),
    ("2025-06-14", "23:52", "achat d'essence à la station de Caussade", "14 juin 2025 à 23h52"),
    ("2025-06-15", "01:10", "appel du gérant au magasinier", "15/06/2025 01h10"),
    ("2025-06-15", "01:48", "mise hors service de l'alarme à distance", "15/06/2025 01:48"),
    ("2025-06-15", "02:40", "une voiture grise quitte le site", "Vers 02h40"),
    ("2025-06-15", "02:57", "alerte des secours", "15/06/2025 à 02h57"),
    ("2025-06-15", "03:25", "transport des enquêteurs sur les lieux", "Le dimanche 15 juin 2025 à 03h25"),
    ("2025-06-16", "14:00", "plainte du gérant", "Le lundi 16 juin 2025 à 14h00"),
    ("2025-06-19", "09:30", "audition de l'agent d'assurance", "Le jeudi 19 juin 2025 à 09h30"),
    ("2025-06-24", "11:00", "audition du directeur d'agence bancaire", "Le mardi 24 juin 2025 à 11h00"),
    ("2025-06-27", None, "rapport d'expertise incendie", "le 27 juin 2025"),
    ("2025-07-01", "06:15", "placement en garde à vue de Jordan ESCUDIÉ", "placé en garde à vue le 1er juillet 2025 à 06h15"),
    ("2025-07-01", "06:20", "placement en garde à vue de Didier SALVETAT", "placé en garde à vue le 1er juillet 2025 à 06h20"),
    ("2025-07-01", "06:40", "perquisition au domicile de Jordan ESCUDIÉ", "1er juillet 2025 à 06h40"),
    ("2025-07-02", "10:05", "fin de la garde à vue de Jordan ESCUDIÉ", "levée le 2 juillet 2025 à 10h05"),
]

OFFENCES = [
    {"qualification": "destruction du bien d'autrui par un moyen dangereux pour les personnes", "code_article": "322-6"},
    {"qualification": "complicité", "code_article": "121-7"},
    {"qualification": "tentative d'escroquerie", "code_article": "313-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("rapport", 2, 2),
    ("photographie", 3, 3),
    ("pv_audition", 4, 4),
    ("plainte", 5, 5),
    ("requisition", 6, 6),
    ("pv_audition", 7, 7),
    ("expertise", 8, 8),
    ("pv_audition", 9, 9),
    ("photographie", 10, 10),
    ("requisition", 11, 11),
    ("pv_garde_a_vue", 12, 13),
    ("note_manuscrite", 14, 14),
    ("pv_garde_a_vue", 15, 15),
    ("photographie", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de pompiers ont été mobilisés sur le feu ?", ["46 sapeurs-pompiers"]),
    ("À quelle heure l'incendie a-t-il été totalement éteint ?", ["extinction complète à 09h20"]),
    ("Quelle surface du bâtiment est partie en fumée ?", ["Surface détruite : 1 800 m²", "1 800 m² ont été détruits"]),
    ("Quel écart y avait-il entre les deux départs de feu ?", ["distants de 42 mètres"]),
    ("Sur combien d'échantillons l'expert a-t-il trouvé de l'essence ?", ["5 des 7 prélèvements"]),
    ("Quelle est la plaque de la voiture filmée pendant le plein des jerricans ?", ["immatriculée GH-418-RT"]),
    ("Quelle quantité de carburant a été achetée à la station juste avant les faits ?", ["deux jerricans de 20,00 litres au total"]),
    ("Quel est le numéro de portable du magasinier ?", ["Ligne 06 39 98 41 27"]),
    ("Combien de temps a duré la conversation téléphonique entre le gérant et le magasinier dans la nuit ?", ["durée 1 min 12 s"]),
    ("À quelle heure le téléphone du plus jeune suspect a-t-il accroché l'antenne proche de l'entrepôt pour la première fois ?", ["02h34  connexion données"]),
    ("Comment l'alarme de l'entrepôt a-t-elle été neutralisée cette nuit-là ?", ["MISE HORS SERVICE À DISTANCE (application mobile)"]),
    ("Quelle somme en liquide a-t-on retrouvée chez le magasinier ?", ["20 billets de 50 euros"]),
    ("D'après le papier caché dans la voiture, combien de récipients d'essence étaient prévus ?", ["2 bidons : quai 3 + bureau"]),
    ("À combien la société chiffre-t-elle les dégâts ?", ["J'estime notre préjudice à 1 480 000 euros", "déclaré le sinistre pour un montant de 1 480 000 euros"]),
    ("Quel capital assuré figurait au contrat après l'avenant de mai ?", ["porter ce capital à 1 600 000 euros", "capital assuré avait été porté à 1 600 000 euros"]),
    ("Combien coûte désormais l'assurance par an ?", ["La prime annuelle est passée de 6 840 euros à 11 920 euros"]),
    ("Quel était le découvert de l'entreprise à la veille de l'incendie ?", ["solde débiteur de 212 000 euros"]),
    ("Quel crédit la banque a-t-elle refusé au gérant ?", ["a sollicité un prêt de 250 000 euros"]),
    ("De combien l'activité de la société avait-elle chuté en 2024 ?", ["son chiffre d'affaires a baissé de 38 %"]),
    ("Quel âge a le magasinier ?", ["âgé de 23 ans"]),
    ("À quelle heure la vigile a-t-elle aperçu le véhicule quitter le site ?", ["Vers 02h40, j'ai vu"]),
    ("Quelle est l'adresse de l'entrepôt incendié ?", ["sis 1240 avenue de l'Europe"]),
    ("Combien de temps le magasinier est-il resté en garde à vue ?", ["une durée de 27 heures 50 minutes"]),
    ("Sur quel article du Code pénal repose la qualification de destruction par moyen dangereux ?", ["l'article 322-6 du Code pénal"]),
    ("Le gérant a-t-il coupé l'alarme pendant la nuit de l'incendie ?", ["Je n'ai pas touché à l'alarme de la nuit", "MISE HORS SERVICE À DISTANCE (application mobile)"]),
    ("Le magasinier était-il réellement chez lui la nuit des faits ?", ["je suis resté chez moi à Caussade toute la nuit", "immatriculée GH-418-RT", "02h34  connexion données"]),
    ("Qui a eu l'idée de l'incendie selon chacun des deux mis en cause ?", ["C'est M. SALVETAT qui m'a proposé 2 000 euros", "Je n'ai jamais demandé à Jordan"]),
    ("Qui a voulu relever la garantie de l'assurance, le gérant ou l'assureur ?", ["C'est lui qui a demandé cette hausse", "c'est l'assureur qui m'a conseillé d'augmenter le capital"]),
    ("À quelle heure l'alarme a-t-elle été réarmée après l'incendie ?", []),
    ("Quelle indemnité l'assureur a-t-il versée à la société ?", []),
]

ANSWERS = {
    "Combien de pompiers ont été mobilisés sur le feu ?": "46 sapeurs-pompiers",
    "À quelle heure l'incendie a-t-il été totalement éteint ?": "09h20",
    "Quelle surface du bâtiment est partie en fumée ?": "1 800 m²",
    "Quel écart y avait-il entre les deux départs de feu ?": "42 mètres",
    "Sur combien d'échantillons l'expert a-t-il trouvé de l'essence ?": "5 des 7 prélèvements",
    "Quelle est la plaque de la voiture filmée pendant le plein des jerricans ?": "GH-418-RT",
    "Quelle quantité de carburant a été achetée à la station juste avant les faits ?": "20,00 litres",
    "Quel est le numéro de portable du magasinier ?": "06 39 98 41 27",
    "Combien de temps a duré la conversation téléphonique entre le gérant et le magasinier dans la nuit ?": "1 min 12 s",
    "À quelle heure le téléphone du plus jeune suspect a-t-il accroché l'antenne proche de l'entrepôt pour la première fois ?": "02h34",
    "Quelle somme en liquide a-t-on retrouvée chez le magasinier ?": "20 billets de 50 euros",
    "D'après le papier caché dans la voiture, combien de récipients d'essence étaient prévus ?": "2 bidons",
    "À combien la société chiffre-t-elle les dégâts ?": "1 480 000 euros",
    "Quel capital assuré figurait au contrat après l'avenant de mai ?": "1 600 000 euros",
    "Combien coûte désormais l'assurance par an ?": "11 920 euros",
    "Quel était le découvert de l'entreprise à la veille de l'incendie ?": "212 000 euros",
    "Quel crédit la banque a-t-elle refusé au gérant ?": "250 000 euros",
    "De combien l'activité de la société avait-elle chuté en 2024 ?": "38 %",
    "Quel âge a le magasinier ?": "23 ans",
    "À quelle heure la vigile a-t-elle aperçu le véhicule quitter le site ?": "02h40",
    "Quelle est l'adresse de l'entrepôt incendié ?": "1240 avenue de l'Europe",
    "Combien de temps le magasinier est-il resté en garde à vue ?": "27 heures 50 minutes",
    "Sur quel article du Code pénal repose la qualification de destruction par moyen dangereux ?": "322-6",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "désactivation de l'alarme : le gérant nie, le journal de télésurveillance montre une mise hors service à distance avec son identifiant à 01h48",
        "phrases": ["Je n'ai pas touché à l'alarme de la nuit", "MISE HORS SERVICE À DISTANCE (application mobile)"],
        "between": ["Didier SALVETAT", "VIGIE OCCITANIE TÉLÉSURVEILLANCE"],
    },
    {
        "about": "alibi du magasinier : chez lui à Caussade selon lui, filmé à la station à 23h52 et borné près de l'entrepôt à 02h34",
        "phrases": ["je suis resté chez moi à Caussade toute la nuit", "immatriculée GH-418-RT", "02h34  connexion données"],
        "between": ["Jordan ESCUDIÉ", "vidéoprotection de la station-service", "opérateur de téléphonie"],
    },
    {
        "about": "instigation : le magasinier dit avoir été payé par le gérant, qui le conteste",
        "phrases": ["C'est M. SALVETAT qui m'a proposé 2 000 euros", "Je n'ai jamais demandé à Jordan"],
        "between": ["Jordan ESCUDIÉ", "Didier SALVETAT"],
    },
    {
        "about": "initiative de la hausse du capital assuré",
        "phrases": ["C'est lui qui a demandé cette hausse", "c'est l'assureur qui m'a conseillé d'augmenter le capital"],
        "between": ["Corinne BARDOU", "Didier SALVETAT"],
    },
]
