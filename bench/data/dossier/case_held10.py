# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 10: a fictitious drug-dealing point (trafic de stupéfiants) at the foot of a block of flats in
the Couronneries district of Poitiers: a 19-year-old street seller, a « nourrice » who stored the goods and kept the
takings, and the supplier identified through the seller's phone and his own cell data. Written blind (no access to
the system's code or other evaluation data). All persons, phone lines, IMEI, plates and street numbers are invented;
the towns, the district, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale de la Vienne - Groupe des stupéfiants\nProcédure n° 2025/00871\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE SURVEILLANCE

Le mardi 18 mars 2025, nous, Brigadier-chef Kévin MARCHAND, officier de police judiciaire en fonction à la Sûreté départementale de la Vienne, assisté du Gardien de la paix Chloé RIVIÈRE,

Agissant en enquête préliminaire sur les instructions de Mme Hélène CASTAING, vice-procureure de la République près le tribunal judiciaire de Poitiers, saisie le lundi 3 mars 2025 d'un signalement du bailleur social faisant état d'un point de vente de stupéfiants au pied du bâtiment C de la résidence des Ormeaux, quartier des Couronneries à Poitiers,

Nous plaçons en surveillance discrète à bord d'un véhicule banalisé stationné à une soixantaine de mètres de l'entrée du bâtiment C, de 16h00 à 18h00.

Constatons :
- qu'un jeune homme d'une vingtaine d'années, vêtu d'une veste grise à capuche, se tient dans le hall d'entrée. Des personnes se présentent à pied ou en voiture, échangent quelques mots avec lui ; il monte alors dans la cage d'escalier, redescend au bout d'une à deux minutes et remet un petit objet contre des billets. Nous dénombrons 23 transactions de ce type en deux heures ;
- qu'un second individu, plus jeune, en survêtement rouge, se tient à l'angle de la rue et siffle à l'approche de chaque véhicule inconnu. Il s'agit manifestement d'un guetteur ;
- qu'à 17h05, un véhicule Volkswagen Golf de couleur noire s'arrête devant le bâtiment C. Son conducteur, un homme de 25 à 30 ans à la barbe courte, remet au jeune homme à la veste grise un sac plastique blanc, puis repart au bout de deux minutes en direction de la rocade. La scène est photographiée (photographie n° 1) ;
- qu'à 17h30, un client s'éloigne à pied vers l'avenue après une transaction. Il est contrôlé à 17h35 par l'équipage de soutien, à environ 300 mètres du bâtiment, et trouvé porteur de produits stupéfiants.

Mettons fin à la surveillance à 18h00. Aucune interpellation n'est réalisée au point de vente afin de ne pas compromettre la suite des investigations.""",
    ),
    # 2
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Surveillance, mardi 18 mars 2025 à 17h05
Résidence des Ormeaux, bâtiment C : le conducteur d'une Volkswagen Golf noire immatriculée FK-627-ZB tend un sac plastique blanc au vendeur à la veste grise.
Cliché pris au téléobjectif depuis le véhicule de surveillance""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION

Le mardi 18 mars 2025 à 18h20, devant nous, Gardien de la paix Chloé RIVIÈRE, agent de police judiciaire, agissant sous le contrôle du Brigadier-chef MARCHAND,

Entendons M. Romain TEXIER, né le 9 juin 1990 à La Rochelle (17), technicien de maintenance, demeurant à Buxerolles (86), contrôlé ce jour à 17h35 en possession de deux pochons de résine de cannabis d'un poids total de 5,8 grammes, qui déclare :

« J'achète du shit aux Couronneries depuis à peu près un an, une ou deux fois par semaine. C'est un collègue qui m'a donné le numéro. On envoie un message à la ligne pour dire qu'on arrive, et chaque matin on reçoit un menu sur Snapchat avec les prix et les horaires. Ensuite on passe au bâtiment C.

Tout à l'heure, j'ai payé 20 euros les deux pochons au gars à la veste grise. Je ne connais pas son nom, tout le monde l'appelle « Yaya ». Il y a toujours un petit en rouge qui surveille au coin de la rue et qui siffle quand une voiture arrive.

L'homme à la Golf noire, je l'ai déjà vu deux ou trois fois. Les jeunes disent que c'est lui le patron, mais je ne sais rien de plus.

Je vous montre le dernier menu reçu sur mon téléphone, vous pouvez le photographier. »

Avisons M. TEXIER que l'usage illicite de stupéfiants fera l'objet d'une amende forfaitaire délictuelle de 200 euros.

Lecture faite, M. TEXIER persiste et signe.""",
    ),
    # 4
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE (article 77-1-1 du CPP)
Opérateur de téléphonie mobile, le 20/03/2025

Ligne 06 39 98 52 14 - carte prépayée activée le 02/01/2025
Identité déclarée à l'activation : « DURAND Jean », né le 01/01/1990 - non vérifiable

Période du 15/02/2025 au 16/03/2025 (30 jours) :
SMS entrants : 1 146 - SMS sortants : 1 389 - appels entrants : 212
Cellule dominante : Poitiers - Couronneries (94 % des événements)
Plage d'activité quotidienne : de 10h52 à 23h14
IMEI du terminal utilisé sur toute la période : 354127093388614

Réponse certifiée conforme, service des réquisitions judiciaires.""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Capture d'écran du téléphone de M. TEXIER, 18 mars 2025
Message reçu le 18/03/2025 à 10h58 du compte Snapchat « couronneries.86 » : « Ouvert 7j/7 de 11h à 23h - Shit 10 le pochon, 3 pour 25 - Beuh 20 - C 70 le g - Livraison dès 50 ».
Menu diffusé aux clients du point de vente""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION (flagrant délit)

Le jeudi 27 mars 2025, nous, Capitaine de police Laure BONNEAU, officier de police judiciaire, cheffe du groupe des stupéfiants, assistée du Brigadier-chef MARCHAND et de quatre fonctionnaires du groupe,

Poursuivant la surveillance du point de vente de la résidence des Ormeaux, constatons qu'à 17h32 l'individu à la veste grise remet un objet à un client contre un billet. Le guetteur en survêtement rouge donne l'alerte en sifflant et prend la fuite en direction du parc ; il ne peut être rattrapé. Le client parvient également à quitter les lieux.

Interpellons à 17h40, dans le hall du bâtiment C, l'individu à la veste grise, identifié comme M. Yanis BELKACEM, né le 4 novembre 2005 à Poitiers.

Procédons à sa fouille. Découvrons :
- dans la poche ventrale de sa veste, 14 pochons de résine de cannabis (poids brut 41,3 g), placés sous scellé n° 7, et 9 sachets thermosoudés contenant une poudre blanche (poids brut 8,1 g), placés sous scellé n° 8 ; un test rapide pratiqué sur la poudre réagit positivement à la cocaïne ;
- dans la poche de son pantalon, la somme de 385 euros en billets de 5, 10 et 20 euros, placée sous scellé n° 9 ;
- un téléphone Samsung Galaxy A15 noir, qui sonne à onze reprises pendant la fouille, placé sous scellé n° 10.

Notifions à M. BELKACEM son placement en garde à vue à compter de 17h40 pour infractions à la législation sur les stupéfiants, ainsi que les droits attachés à cette mesure. Il demande l'assistance d'un avocat et l'avis à sa mère.

M. BELKACEM porte sur lui un trousseau de deux clés. La gardienne de l'immeuble nous indique qu'il monte plusieurs fois par jour au 5e étage, où réside Mme Sandrine VERGNAUD. Avisée, Mme CASTAING, vice-procureure, nous demande de poursuivre en flagrance.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PERQUISITION

Le jeudi 27 mars 2025 à 18h30, nous, Capitaine de police Laure BONNEAU, officier de police judiciaire, agissant en flagrant délit, accompagnée du Brigadier-chef MARCHAND,

Nous transportons au domicile de Mme Sandrine VERGNAUD, née le 22 août 1978 à Châtellerault (86), appartement n° 52, 5e étage, bâtiment C, 7 rue des Ormeaux à Poitiers, où nous procédons à une perquisition en sa présence constante.

L'une des clés saisies sur M. BELKACEM ouvre la porte de l'appartement.

Dans la chambre du fond, dans un sac de sport noir posé au-dessus de l'armoire, découvrons :
- douze plaquettes de résine de cannabis, d'un poids total de 1 240 grammes (scellé n° 1) ;
- un sachet contenant une poudre blanche compacte, d'un poids brut de 212 grammes (scellé n° 2) ;
- une thermosoudeuse et un lot de 40 pochons vides (scellé n° 3) ;
- une balance de précision portant des traces de poudre (scellé n° 4).

Dans une boîte métallique rangée dans un placard de la cuisine, découvrons la somme de 6 450 euros en billets de 10, 20 et 50 euros (scellé n° 5), ainsi qu'un carnet à spirale portant des comptes manuscrits (scellé n° 6).

La fille de Mme VERGNAUD, âgée de 15 ans, est confiée à sa grand-mère maternelle.

Notifions à Mme VERGNAUD son placement en garde à vue à compter de 18h30, ainsi que ses droits. Elle demande l'assistance d'un avocat commis d'office.

Clôturons la perquisition à 19h40. Mme VERGNAUD signe le présent procès-verbal avec nous.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition, 27 mars 2025 à 19h05
Contenu du sac de sport étalé sur la table du séjour : plaquettes de résine marquées « 555 », sachet de poudre blanche, balance de précision et thermosoudeuse.
Scellés n° 1 à 4 : produits et matériel de conditionnement""",
    ),
    # 9
    (
        "hand",
        """Carnet à spirale - scellé n° 6
sem. du 24/03
Yaya rendu :
lun 1 450
mar 1 380
mer 1 610
C sortie : 31 g
Sandrine : 300
Tchouf : 50 x 6 j
Boss récup. vendredi
caisse : 6 450""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
SERVICE NATIONAL DE POLICE SCIENTIFIQUE - Section des stupéfiants
RAPPORT D'ANALYSE n° 25-STUP-04417 du 31/03/2025 (extrait des conclusions)

Scellé n° 2 (sachet, domicile VERGNAUD) : poids net 209,6 g
cocaïne (chlorhydrate) - teneur 58 %

Scellé n° 8 (9 sachets, fouille BELKACEM) : poids net 7,4 g
cocaïne (chlorhydrate) - teneur 34 % ; produits de coupage : lévamisole, caféine

Scellés n° 1 et n° 7 (résine) : cannabis - teneur en THC 27 %

Les échantillons des scellés n° 2 et n° 8 présentent un profil chimique compatible avec une origine commune.
L'ingénieur de police technique et scientifique, M. ROLLAND""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le vendredi 28 mars 2025 à 09h15, devant nous, Brigadier-chef Kévin MARCHAND, officier de police judiciaire,
En présence de Maître Julien PROUST, avocat au barreau de Poitiers,
Entendons M. Yanis BELKACEM, né le 4 novembre 2005 à Poitiers, âgé de 19 ans, sans emploi, demeurant chez sa mère à Poitiers, qui déclare :

« Je vends au bâtiment C depuis décembre. On m'a proposé 80 euros la journée, de 11 heures à 23 heures. Je sais que c'est interdit, mais je n'avais pas d'argent.

Je vends que du shit, jamais de la coke. Les petits sachets que vous avez trouvés, je ne savais pas ce que c'était, on me les a donnés le matin pour que je les garde.

Le chef, je l'appelle « Boss », je ne connais pas son vrai nom. Il vient avec une Golf noire pour ramener la marchandise, il prévient toujours par message avant de passer.

Sandrine, elle savait tout : c'est elle qui faisait les pochons avec la machine et qui pesait sur la balance. Elle touchait 300 euros par semaine pour garder le sac.

Le soir, je rends l'argent à Sandrine, elle note tout dans un carnet, et le Boss passe récupérer la caisse.

Le petit en rouge, je ne le connais pas vraiment, il vient d'un autre quartier. »

Lecture faite, M. BELKACEM persiste et signe, ainsi que son avocat.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le vendredi 28 mars 2025 à 11h00, devant nous, Capitaine de police Laure BONNEAU, officier de police judiciaire,
En présence de Maître Anaïs COLLIN, avocate au barreau de Poitiers, commise d'office,
Entendons Mme Sandrine VERGNAUD, née le 22 août 1978 à Châtellerault (86), âgée de 46 ans, sans emploi, qui déclare :

« Je vis seule avec ma fille de 15 ans. J'ai perdu mon travail à la blanchisserie en octobre et je n'arrivais plus à payer le loyer.

Un jeune du quartier m'a demandé de garder un sac de sport chez moi pendant quelque temps. Je ne savais pas ce qu'il y avait dans le sac, je ne l'ai jamais ouvert. Yanis montait le chercher et le redescendait, c'est tout.

L'argent de la boîte en fer, ce sont mes économies. Le carnet n'est pas à moi, il était avec le sac.

Je n'ai jamais touché d'argent pour rendre ce service. La balance, je ne sais pas d'où elle vient.

Je regrette d'avoir accepté, j'avais peur de dire non. »

Lecture faite, Mme VERGNAUD persiste et signe, ainsi que son avocate.""",
    ),
    # 13
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXTRACTION ET D'EXPLOITATION DE TÉLÉPHONE - scellé n° 10, le 31/03/2025

Terminal Samsung Galaxy A15 : IMEI identique à celui relevé par l'opérateur
sur la ligne de commande, dont la carte SIM est insérée dans l'appareil.

Contact enregistré « Boss » : 06 39 98 20 83
Échanges avec « Boss » du 01/02/2025 au 27/03/2025 : 412 messages (WhatsApp et SMS)

26/03/2025 22h37  « Boss » : « combien il reste de C ? »
26/03/2025 22h40  réponse : « 9 petits et le gros chez S »
27/03/2025 16h51  « Boss » : « jsuis en bas dans 20 min, descends la caisse »
27/03/2025 17h14  « Boss » : « c'est bon g déposé chez S »

Galerie : 37 photographies de billets et de plaquettes de résine.
Extraction réalisée au moyen d'un logiciel d'extraction agréé.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE - Opérateur de téléphonie mobile, le 31/03/2025
Ligne 06 39 98 20 83 - abonnement au nom de DUPRAT Mickaël,
Chasseneuil-du-Poitou (86), depuis le 14/05/2021

Journée du 27/03/2025 (données de localisation) :
08h02 à 15h40  cellule Chasseneuil - Futuroscope
16h48  appel sortant vers 06 39 98 52 14 (0 min 38 s)  cellule Poitiers - Nord
17h12  connexion données  cellule Poitiers - Couronneries
17h30  connexion données  cellule Poitiers - Couronneries
19h02  SMS entrant  cellule Chasseneuil - Futuroscope

Aucun événement localisé hors du département de la Vienne le 27/03/2025.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 1er avril 2025 à 08h30, devant nous, Capitaine de police Laure BONNEAU, officier de police judiciaire,
En présence de Maître Olivier GRANGER, avocat au barreau de Poitiers,
Entendons M. Mickaël DUPRAT, né le 17 janvier 1998 à Niort (79), âgé de 27 ans, sans profession, demeurant 14 chemin des Vignes à Chasseneuil-du-Poitou (86), interpellé à son domicile et placé en garde à vue le 1er avril 2025 à 06h00.

Lui indiquons que la perquisition de son domicile a permis de découvrir, dans la penderie de sa chambre, une boîte à chaussures contenant 18 200 euros en billets, et dans son garage le véhicule Volkswagen Golf noire photographié le 18 mars. Il déclare :

« Je ne connais pas ce Yanis, je ne l'ai jamais vu. Je ne mets jamais les pieds aux Couronneries, je n'ai rien à faire là-bas.

Le 27 mars, j'étais à Bordeaux chez ma sœur toute la journée, je suis rentré tard le soir.

L'argent de la boîte, ce sont des gains aux courses et l'argent de voitures que j'ai revendues. Je n'ai pas de papiers pour ça.

Le 06 39 98 20 83, c'est bien mon numéro, mais je prête souvent mon téléphone à des copains. »

Lecture faite, M. DUPRAT persiste et signe, ainsi que son avocat.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mercredi 2 avril 2025 à 10h00, devant nous, Capitaine de police Laure BONNEAU, officier de police judiciaire, en présence de Maître GRANGER,
Reprenons l'audition de M. Mickaël DUPRAT, à qui sont présentés la photographie n° 1, le rapport d'exploitation du téléphone de M. BELKACEM et la réponse de l'opérateur concernant sa ligne. Il déclare :

« La Golf, c'est la mienne, mais je la prête aussi. Sur la photo, on ne voit pas bien le visage.

D'accord, le 27 mars je suis passé aux Couronneries en fin d'après-midi, mais c'était pour voir un ami, pas pour déposer quoi que ce soit. Je n'ai rien à dire sur les messages.

Je touche le RSA depuis 2023, environ 640 euros par mois. Je n'ai pas d'autre revenu déclaré. »

Sur interpellation : il refuse de donner le code de déverrouillage de son téléphone.

Lecture faite, M. DUPRAT persiste et signe, ainsi que son avocat.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : BELKACEM Yanis, né le 4 novembre 2005 à Poitiers (86).

NÉANT

Relevé des condamnations de : VERGNAUD Sandrine, née le 22 août 1978 à Châtellerault (86).

NÉANT

Relevé des condamnations de : DUPRAT Mickaël, né le 17 janvier 1998 à Niort (79).

Condamnation n° 1 : jugement du tribunal correctionnel de Niort du 5 juillet 2019. Détention, offre ou cession de stupéfiants. Peine : 10 mois d'emprisonnement dont 6 mois avec sursis.

Condamnation n° 2 : jugement du tribunal correctionnel de Poitiers du 18 mai 2022. Conduite d'un véhicule sans permis. Peine : 300 euros d'amende.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

La Capitaine de police Laure BONNEAU à Madame la Procureure de la République près le tribunal judiciaire de Poitiers.

Saisi le 3 mars 2025 d'un signalement du bailleur social, le groupe des stupéfiants a mis au jour un point de vente de résine de cannabis et de cocaïne fonctionnant tous les jours au pied du bâtiment C de la résidence des Ormeaux, quartier des Couronneries à Poitiers, avec un vendeur, un guetteur non identifié à ce jour et une « nourrice » stockant les produits et la recette.

M. Yanis BELKACEM, vendeur, a été interpellé en flagrant délit le 27 mars 2025. Au domicile de Mme Sandrine VERGNAUD ont été saisis 1 240 grammes de résine, 212 grammes de cocaïne, du matériel de conditionnement, 6 450 euros et le carnet de comptes du point de vente. M. Mickaël DUPRAT, désigné comme le fournisseur (« Boss »), conteste ; l'exploitation du téléphone du vendeur, la localisation de sa ligne le 27 mars, la photographie du 18 mars et la somme découverte chez lui, sans rapport avec ses revenus déclarés, le mettent en cause.

La garde à vue de M. DUPRAT, débutée le 1er avril 2025 à 06h00, a été prolongée sur autorisation de Mme CASTAING, vice-procureure, et levée le 2 avril 2025 à 19h30, soit une durée de 37 heures 30 minutes.

Les faits sont susceptibles de recevoir la qualification de transport, détention, offre, cession et acquisition non autorisés de stupéfiants, prévus et réprimés par l'article 222-37 du Code pénal, de cession de stupéfiants à une personne pour sa consommation personnelle (article 222-39 du Code pénal) et, pour M. DUPRAT, de non-justification de ressources (article 321-6 du Code pénal), en état de récidive légale (article 132-10 du Code pénal).

Fait à Poitiers, le mercredi 2 avril 2025.""",
    ),
]

PERSONS = [
    {"name": "Yanis BELKACEM", "role": "mis en cause", "aliases": ["BELKACEM Yanis", "M. BELKACEM", "Yanis", "Yaya"]},
    {"name": "Sandrine VERGNAUD", "role": "mis en cause", "aliases": ["VERGNAUD Sandrine", "Mme VERGNAUD", "Sandrine", "S."]},
    {"name": "Mickaël DUPRAT", "role": "mis en cause", "aliases": ["DUPRAT Mickaël", "M. DUPRAT", "Boss"]},
    {"name": "Romain TEXIER", "role": "témoin", "aliases": ["M. TEXIER"]},
    {"name": "Kévin MARCHAND", "role": "enquêteur", "aliases": ["Brigadier-chef MARCHAND"]},
    {"name": "Chloé RIVIÈRE", "role": "enquêteur", "aliases": []},
    {"name": "Laure BONNEAU", "role": "enquêteur", "aliases": ["Capitaine de police Laure BONNEAU"]},
    {"name": "Hélène CASTAING", "role": "magistrat", "aliases": ["Mme CASTAING"]},
    {"name": "Julien PROUST", "role": "avocat", "aliases": ["Maître Julien PROUST"]},
    {"name": "Anaïs COLLIN", "role": "avocat", "aliases": ["Maître Anaïs COLLIN"]},
    {"name": "Olivier GRANGER", "role": "avocat", "aliases": ["Maître GRANGER"]},
    {"name": "M. ROLLAND", "role": "autre", "aliases": []},
]

EVENTS = [
    ("2019-07-05", None, "condamnation de Mickaël DUPRAT pour trafic de stupéfiants", "du 5 juillet 2019"),
    ("2025-03-03", None, "signalement du bailleur social au parquet", "saisie le lundi 3 mars 2025"),
    ("2025-03-18", "17:05", "remise d'un sac au vendeur par le conducteur de la Golf", "qu'à 17h05, un véhicule Volkswagen Golf"),
    ("2025-03-18", "17:35", "contrôle d'un client porteur de résine", "Il est contrôlé à 17h35"),
    ("2025-03-18", "18:20", "audition du client", "Le mardi 18 mars 2025 à 18h20"),
    ("2025-03-27", "16:48", "appel de la ligne de DUPRAT vers la ligne de commande", "16h48  appel sortant"),
    ("2025-03-27", "17:14", "message « déposé chez S » du fournisseur", "27/03/2025 17h14"),
    ("2025-03-27", "17:40", "interpellation et garde à vue de Yanis BELKACEM", "Interpellons à 17h40"),
    ("2025-03-27", "18:30", "perquisition et garde à vue de Sandrine VERGNAUD", "Le jeudi 27 mars 2025 à 18h30"),
    ("2025-03-28", "09:15", "audition en garde à vue de Yanis BELKACEM", "Le vendredi 28 mars 2025 à 09h15"),
    ("2025-03-28", "11:00", "audition en garde à vue de Sandrine VERGNAUD", "Le vendredi 28 mars 2025 à 11h00"),
    ("2025-03-31", None, "rapport d'analyse des produits saisis", "RAPPORT D'ANALYSE n° 25-STUP-04417 du 31/03/2025"),
    ("2025-04-01", "06:00", "interpellation et garde à vue de Mickaël DUPRAT", "placé en garde à vue le 1er avril 2025 à 06h00"),
    ("2025-04-02", "19:30", "fin de la garde à vue de Mickaël DUPRAT", "levée le 2 avril 2025 à 19h30"),
]

OFFENCES = [
    {"qualification": "transport, détention, offre, cession et acquisition non autorisés de stupéfiants", "code_article": "222-37"},
    {"qualification": "cession de stupéfiants à une personne en vue de sa consommation personnelle", "code_article": "222-39"},
    {"qualification": "non-justification de ressources", "code_article": "321-6"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("photographie", 2, 2),
    ("pv_audition", 3, 3),
    ("requisition", 4, 4),
    ("capture_ecran", 5, 5),
    ("pv_constatations", 6, 6),
    ("pv_constatations", 7, 7),
    ("photographie", 8, 8),
    ("note_manuscrite", 9, 9),
    ("expertise", 10, 10),
    ("pv_garde_a_vue", 11, 12),
    ("rapport", 13, 13),
    ("requisition", 14, 14),
    ("pv_garde_a_vue", 15, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de ventes les policiers ont-ils comptées pendant la planque du 18 mars ?", ["Nous dénombrons 23 transactions"]),
    ("Quelle est la plaque de la voiture dont le conducteur a passé un sac au revendeur ?", ["immatriculée FK-627-ZB"]),
    ("Combien le consommateur contrôlé a-t-il déboursé pour sa marchandise ?", ["j'ai payé 20 euros les deux pochons"]),
    ("Comment les acheteurs étaient-ils informés chaque jour des tarifs et des heures d'ouverture ?", ["chaque matin on reçoit un menu sur Snapchat"]),
    ("Quel numéro les clients devaient-ils contacter pour passer commande ?", ["Ligne 06 39 98 52 14 - carte prépayée"]),
    ("Combien de textos la ligne des commandes a-t-elle reçus en un mois ?", ["SMS entrants : 1 146"]),
    ("Quel est le numéro d'identification de l'appareil dans lequel la ligne de commande était utilisée ?", ["IMEI du terminal utilisé sur toute la période : 354127093388614"]),
    ("À quel prix le réseau vendait-il le gramme de poudre ?", ["C 70 le g"]),
    ("À partir de quelle heure le point de deal ouvrait-il d'après les annonces envoyées aux clients ?", ["Ouvert 7j/7 de 11h à 23h"]),
    ("Quelle quantité de haschich a été retrouvée chez la femme qui stockait la drogue ?", ["d'un poids total de 1 240 grammes", "ont été saisis 1 240 grammes de résine"]),
    ("Quel montant en liquide dormait dans la cuisine de la nourrice ?", ["la somme de 6 450 euros en billets", "caisse : 6 450", "6 450 euros et le carnet de comptes"]),
    ("Quel logo figurait sur les plaquettes de cannabis saisies dans l'appartement ?", ["plaquettes de résine marquées « 555 »"]),
    ("D'après le cahier de comptes, quelle recette le vendeur a-t-il remise le mercredi ?", ["mer 1 610"]),
    ("Combien celui qui faisait le guet était-il payé par jour selon le cahier ?", ["Tchouf : 50 x 6 j"]),
    ("Quel est le degré de pureté de la cocaïne entreposée chez la nourrice ?", ["cocaïne (chlorhydrate) - teneur 58 %"]),
    ("Combien de messages le revendeur a-t-il échangés avec son supérieur ?", ["412 messages (WhatsApp et SMS)"]),
    ("Quel est le numéro de portable de l'homme surnommé le patron ?", ["Contact enregistré « Boss » : 06 39 98 20 83", "Ligne 06 39 98 20 83 - abonnement", "c'est bien mon numéro"]),
    ("À quelle heure le portable du fournisseur a-t-il accroché pour la première fois l'antenne du quartier le jour de l'arrestation du vendeur ?", ["17h12  connexion données"]),
    ("Quel âge a le plus jeune des suspects ?", ["âgé de 19 ans"]),
    ("Qui récupérait l'argent des ventes en fin de journée ?", ["Le soir, je rends l'argent à Sandrine"]),
    ("Quelle somme a été découverte dans la chambre du propriétaire de la Golf ?", ["une boîte à chaussures contenant 18 200 euros"]),
    ("Combien de temps le fournisseur présumé est-il resté en garde à vue ?", ["soit une durée de 37 heures 30 minutes"]),
    ("À quelle adresse habite la femme qui gardait le sac ?", ["appartement n° 52, 5e étage, bâtiment C, 7 rue des Ormeaux"]),
    ("Sur quel article du Code pénal repose la poursuite pour trafic ?", ["prévus et réprimés par l'article 222-37 du Code pénal"]),
    ("Le fournisseur présumé connaît-il vraiment le jeune vendeur ?", ["Je ne connais pas ce Yanis, je ne l'ai jamais vu", "412 messages (WhatsApp et SMS)", "immatriculée FK-627-ZB"]),
    ("Où se trouvait le patron présumé le jour où le vendeur a été arrêté ?", ["j'étais à Bordeaux chez ma sœur toute la journée", "Aucun événement localisé hors du département"]),
    ("La nourrice ignorait-elle le contenu du sac et n'était-elle pas rémunérée, comme elle l'affirme ?", ["Je ne savais pas ce qu'il y avait dans le sac", "Sandrine, elle savait tout", "Sandrine : 300"]),
    ("Le revendeur se limitait-il au cannabis comme il le prétend ?", ["Je vends que du shit, jamais de la coke", "teneur 34 %"]),
    ("Quelle somme le guetteur avait-il sur lui au moment de sa fuite ?", []),
    ("Quel est l'IMEI du téléphone personnel du chef du réseau ?", []),
]

ANSWERS = {
    "Combien de ventes les policiers ont-ils comptées pendant la planque du 18 mars ?": "23 transactions",
    "Quelle est la plaque de la voiture dont le conducteur a passé un sac au revendeur ?": "FK-627-ZB",
    "Combien le consommateur contrôlé a-t-il déboursé pour sa marchandise ?": "20 euros",
    "Quel numéro les clients devaient-ils contacter pour passer commande ?": "06 39 98 52 14",
    "Combien de textos la ligne des commandes a-t-elle reçus en un mois ?": "1 146",
    "Quel est le numéro d'identification de l'appareil dans lequel la ligne de commande était utilisée ?": "354127093388614",
    "À quel prix le réseau vendait-il le gramme de poudre ?": "70",
    "À partir de quelle heure le point de deal ouvrait-il d'après les annonces envoyées aux clients ?": "11h",
    "Quelle quantité de haschich a été retrouvée chez la femme qui stockait la drogue ?": "1 240 grammes",
    "Quel montant en liquide dormait dans la cuisine de la nourrice ?": "6 450 euros",
    "Quel logo figurait sur les plaquettes de cannabis saisies dans l'appartement ?": "555",
    "D'après le cahier de comptes, quelle recette le vendeur a-t-il remise le mercredi ?": "1 610",
    "Combien celui qui faisait le guet était-il payé par jour selon le cahier ?": "50",
    "Quel est le degré de pureté de la cocaïne entreposée chez la nourrice ?": "58 %",
    "Combien de messages le revendeur a-t-il échangés avec son supérieur ?": "412 messages",
    "Quel est le numéro de portable de l'homme surnommé le patron ?": "06 39 98 20 83",
    "À quelle heure le portable du fournisseur a-t-il accroché pour la première fois l'antenne du quartier le jour de l'arrestation du vendeur ?": "17h12",
    "Quel âge a le plus jeune des suspects ?": "19 ans",
    "Quelle somme a été découverte dans la chambre du propriétaire de la Golf ?": "18 200 euros",
    "Combien de temps le fournisseur présumé est-il resté en garde à vue ?": "37 heures 30 minutes",
    "À quelle adresse habite la femme qui gardait le sac ?": "7 rue des Ormeaux",
    "Sur quel article du Code pénal repose la poursuite pour trafic ?": "222-37",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "relation avec le vendeur : le fournisseur présumé dit ne l'avoir jamais vu, le téléphone du vendeur montre 412 messages avec sa ligne et la photographie le montre remettant un sac",
        "phrases": ["Je ne connais pas ce Yanis, je ne l'ai jamais vu", "412 messages (WhatsApp et SMS)", "immatriculée FK-627-ZB"],
        "between": ["Mickaël DUPRAT", "exploitation du téléphone de Yanis BELKACEM", "surveillance policière"],
    },
    {
        "about": "alibi du fournisseur présumé : à Bordeaux selon lui le 27 mars, sa ligne borne à Poitiers - Couronneries à 17h12 et ne quitte pas la Vienne",
        "phrases": ["j'étais à Bordeaux chez ma sœur toute la journée", "Aucun événement localisé hors du département"],
        "between": ["Mickaël DUPRAT", "opérateur de téléphonie"],
    },
    {
        "about": "rôle de la nourrice : elle dit ignorer le contenu du sac et n'avoir rien touché, le vendeur dit qu'elle conditionnait et touchait 300 euros par semaine, ce que confirme le carnet",
        "phrases": ["Je ne savais pas ce qu'il y avait dans le sac", "Sandrine, elle savait tout", "Sandrine : 300"],
        "between": ["Sandrine VERGNAUD", "Yanis BELKACEM", "carnet de comptes"],
    },
    {
        "about": "nature des produits vendus : le vendeur dit ne vendre que de la résine, les sachets saisis sur lui contiennent de la cocaïne",
        "phrases": ["Je vends que du shit, jamais de la coke", "teneur 34 %"],
        "between": ["Yanis BELKACEM", "Service national de police scientifique"],
    },
]
