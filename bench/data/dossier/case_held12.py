# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 12: a fictitious abus de faiblesse on an 89-year-old woman with Alzheimer's disease in
Bourg-lès-Valence (Drôme): her home help (auxiliaire de vie) obtains cheques, a used car and cash withdrawals with her
card, and has herself named beneficiary of her life insurance; the helper's partner cashes part of the cheques
(recel). Written blind (no access to the system's code or other evaluation data). All persons, the association, the
bank, the insurer, the garage, accounts, plates and street numbers are invented; the towns, the court and the legal
articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale de la Drôme - Groupe financier\nProcédure n° 2025/02214\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le lundi 3 mars 2025 à 14h30, devant nous, Brigadier-chef Élodie FAYARD, officier de police judiciaire en fonction à la Sûreté départementale de la Drôme, à Valence,
Se présente M. Alain FAURIEL, né le 25 juillet 1962 à Valence (26), retraité de la fonction publique, demeurant à Lyon (69), qui déclare porter plainte pour des faits commis au préjudice de sa tante :

« Je suis le neveu et le seul parent de Mme Odette FAURIEL, ma tante, âgée de 89 ans, veuve depuis 2012 et sans enfant, qui vit seule dans sa maison du 16 allée des Peupliers à Bourg-lès-Valence.

Depuis deux ou trois ans, sa mémoire baisse beaucoup : elle oublie ses rendez-vous, elle me téléphone plusieurs fois par jour pour la même chose et ne sait plus quel jour on est. Je viens la voir tous les deux mois environ.

Depuis l'automne 2023, une auxiliaire de vie, Mme Virginie MASSOT, vient chez elle plusieurs matinées par semaine, envoyée par l'association Drôme Présence Domicile.

Le 24 février 2025, la conseillère bancaire de ma tante m'a appelé : la banque venait de bloquer un chèque important à l'ordre d'un certain M. BRUNEL, et l'épargne de ma tante avait fondu. Le lendemain, chez elle, j'ai constaté que son chéquier n'était plus dans le secrétaire. Ma tante m'a répondu que « Virginie s'occupe de tout ».

Ma tante ne conduit plus depuis des années et n'a plus de voiture. Je ne comprends pas où est passé cet argent.

J'ai saisi le juge des contentieux de la protection afin qu'une mesure de protection soit prise. »

Lecture faite, M. FAURIEL persiste et signe.""",
    ),
    # 2
    (
        "scan",
        HEAD
        + """
CRÉDIT DU VIVARAIS - Réponse à réquisition judiciaire, le 12/03/2025
Titulaire : FAURIEL Odette - compte courant n° 00021 48839 01
Agence de Bourg-lès-Valence
Opérations du 01/03/2024 au 28/02/2025 (extrait)

04/03/2024  chèque n° 8841207  MASSOT Virginie  1 200,00 €
15/04/2024  chèque n° 8841212  MASSOT Virginie  900,00 €
03/06/2024  chèque n° 8841219  BRUNEL Thierry  1 500,00 €
02/09/2024  chèque n° 8841231  MASSOT Virginie  15 000,00 €
14/11/2024  chèque n° 8841239  SAS GARAGE DES ALLOBROGES  19 990,00 €
27/01/2025  chèque n° 8841250  BRUNEL Thierry  2 800,00 €
24/02/2025  chèque n° 8841253  BRUNEL Thierry  9 500,00 €  REJETÉ (opposition)

Récapitulatif de la période :
16 chèques à l'ordre de Mme MASSOT : 28 640,00 €
7 chèques à l'ordre de M. BRUNEL : 13 140,00 € (hors chèque rejeté)
38 retraits par carte au distributeur : 17 100,00 €

Pièce certifiée conforme, service des réquisitions.""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 13 mars 2025 à 10h00, devant nous, Brigadier-chef Élodie FAYARD, officier de police judiciaire,
Entendons Mme Nathalie GIRAUD, née le 17 décembre 1977 à Privas (07), conseillère de clientèle à l'agence de Bourg-lès-Valence du Crédit du Vivarais, qui déclare :

« Mme FAURIEL est cliente de notre établissement depuis 1974. Pendant des années, ses comptes ont été d'une grande régularité : elle perçoit une pension de 2 140 euros par mois et dépensait rarement davantage. Son épargne disponible atteignait 96 300 euros en mars 2024.

À partir du printemps 2024, j'ai vu apparaître des chèques à l'ordre de particuliers et des retraits d'espèces presque chaque semaine, le jeudi matin. Mme FAURIEL venait parfois à l'agence accompagnée de son auxiliaire de vie, qui parlait à sa place.

Le 24 février 2025, un chèque de 9 500 euros à l'ordre de M. Thierry BRUNEL s'est présenté au paiement. La signature était tremblée et ne ressemblait pas à la signature habituelle. J'ai fait rejeter le chèque et j'ai prévenu le neveu, qui est la personne à contacter indiquée au dossier.

Au 28 février 2025, l'épargne disponible n'était plus que de 14 850 euros. »

Lecture faite, Mme GIRAUD persiste et signe.""",
    ),
    # 4
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXAMEN MÉDICAL (réquisition judiciaire du 14/03/2025)
Dr Isabelle REYNAUD, gériatre, centre hospitalier de Valence - le 19/03/2025

Personne examinée à son domicile : Mme FAURIEL Odette, née le 19/10/1935.

Antécédents : maladie d'Alzheimer diagnostiquée en mars 2022 par la consultation mémoire du centre hospitalier ; traitement en cours.

Examen : désorientation dans le temps (ignore l'année et la saison) ;
MMSE : 14/30 (18/30 en mars 2023 selon le dossier hospitalier).
Troubles du jugement ; incapacité à gérer un budget et à comprendre la portée d'un chèque ou d'un acte juridique.

Conclusion : état de particulière vulnérabilité dû à l'âge et à une maladie neurodégénérative, apparent pour toute personne la côtoyant régulièrement, et ce depuis au moins 2023. Une mesure de protection juridique est médicalement justifiée.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME

Le vendredi 21 mars 2025 à 10h00, nous, Brigadier-chef Élodie FAYARD, officier de police judiciaire, nous transportons au domicile de Mme Odette FAURIEL, née le 19 octobre 1935 à Tournon-sur-Rhône (07), institutrice retraitée, 16 allée des Peupliers à Bourg-lès-Valence, que nous entendons en présence de son neveu, M. Alain FAURIEL. Elle déclare :

« Virginie, c'est comme ma fille. Elle est gentille, elle me fait les courses et elle m'emmène à la banque le jeudi.

Des chèques ? Je ne sais pas. Elle me montre où il faut signer, je lui fais confiance.

Une voiture ? Je n'ai plus de voiture, je ne conduis plus depuis 2015, mon neveu a vendu ma Clio. Pourquoi j'achèterais une voiture ?

L'assurance-vie, c'est pour Alain, ça a toujours été pour lui. »

Au cours de l'audition, Mme FAURIEL nous demande à deux reprises quel jour nous sommes et nous prend pour une employée de la mairie.

Lecture faite, Mme FAURIEL signe avec nous ; son neveu signe également.""",
    ),
    # 6
    (
        "scan",
        HEAD
        + """
MUTUELLE RHODANIENNE VIE - Réponse à réquisition judiciaire, le 26/03/2025
Contrat d'assurance-vie n° MRV-2009-448317
Souscriptrice et assurée : FAURIEL Odette

Valeur de rachat au 31/12/2024 : 86 412,35 euros
Clause bénéficiaire d'origine (2009) : « mon neveu Alain FAURIEL, à défaut mes héritiers »
Avenant du 14/01/2025 : bénéficiaire unique « Mme Virginie MASSOT, née le 08/03/1981 »
Demande manuscrite signée, reçue par courrier ; adresse de correspondance indiquée :
22 rue des Mûriers, 26800 Portes-lès-Valence

Aucune demande de rachat ni d'avance n'a été enregistrée sur le contrat.""",
    ),
    # 7
    (
        "scan",
        HEAD
        + """
SAS GARAGE DES ALLOBROGES - Valence
Réponse à réquisition : copie de la facture n° VO-24-1187 du 14/11/2024

Véhicule d'occasion : Renault Captur TCe 90, gris, 1re mise en circulation 06/2021
Kilométrage : 38 400 km - numéro d'immatriculation GS-308-PN
Acquéreur et titulaire du certificat d'immatriculation : MASSOT Virginie,
22 rue des Mûriers, 26800 Portes-lès-Valence

Prix TTC : 19 990,00 euros
Règlement : chèque n° 8841239 tiré sur le compte de FAURIEL Odette

Observation du vendeur : la cliente s'est présentée seule ; le chèque était déjà rempli et signé.""",
    ),
    # 8
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 1er avril 2025 à 14h00, devant nous, Capitaine de police Stéphane VIDAL, officier de police judiciaire, chef du groupe financier,
Entendons M. Patrick ROUSSET, né le 2 mai 1968 à Montélimar (26), directeur de l'association Drôme Présence Domicile, dont le siège est à Valence, qui déclare :

« Mme MASSOT est salariée de l'association depuis 2019 en qualité d'auxiliaire de vie. Elle intervient chez Mme FAURIEL depuis septembre 2023, le lundi, le mercredi et le vendredi de 9 heures à 11 heures, soit 6 heures par semaine, pour l'aide au lever, la toilette et la préparation des repas. Elle n'a aucune intervention prévue le jeudi. Les courses et les démarches bancaires ne font pas partie de sa mission.

Le règlement intérieur et le contrat de travail interdisent formellement d'accepter tout don, cadeau ou prêt d'une personne aidée, ainsi que de manier ses moyens de paiement. Mme MASSOT a signé ce règlement à son embauche, le 4 février 2019.

Nous n'avons jamais été informés de chèques, d'un achat de voiture ou d'un changement d'assurance. Une procédure disciplinaire est engagée. »

M. ROUSSET nous remet une copie du règlement intérieur et du planning d'intervention.

Lecture faite, M. ROUSSET persiste et signe.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 2 avril 2025 à 10h30, devant nous, Brigadier-chef Élodie FAYARD, officier de police judiciaire,
Entendons Mme Josette BOUVIER, née le 11 janvier 1948 à Valence (26), retraitée, voisine de Mme FAURIEL, allée des Peupliers à Bourg-lès-Valence, qui déclare :

« Je connais Odette depuis quarante ans. Depuis deux ans, elle ne me reconnaît pas toujours ; un jour, elle m'a demandé si j'étais sa sœur.

L'auxiliaire de vie venait aussi le jeudi matin, en dehors de ses jours, depuis l'hiver avec une petite voiture grise presque neuve. Elle emmenait Odette, puis la ramenait au bout d'une heure et repartait avec des sacs. Une fois, je l'ai vue ressortir seule de la maison avec le sac à main d'Odette.

En janvier, Odette m'a dit : « Virginie va s'occuper de mon assurance, c'est plus simple. » Je n'ai pas osé en parler au neveu. »

Lecture faite, Mme BOUVIER persiste et signe.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Distributeur, jeudi 6 février 2025 à 10h14
Crédit du Vivarais, Bourg-lès-Valence : une femme brune en doudoune beige retire 500 euros avec la carte bancaire de Mme FAURIEL, seule devant l'appareil.
Image extraite et remise par la banque le 4 avril 2025""",
    ),
    # 11
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Perquisition, 13 mai 2025 à 06h45
Cour du domicile de Mme MASSOT à Portes-lès-Valence : Renault Captur gris portant la plaque GS-308-PN, saisi en vue de sa confiscation.
Scellé n° 3 : véhicule Renault Captur""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition, 13 mai 2025 à 07h10
Tiroir de la cuisine : chéquier et carte bancaire au nom de Mme FAURIEL, enveloppe marquée « Mamie O. » contenant 3 450 euros en billets de 50 euros.
Scellés n° 1 et n° 2 : moyens de paiement et numéraire""",
    ),
    # 13
    (
        "hand",
        """Je soussignée Odette Fauriel
donne de mon plein gré à Virginie
la somme de 15 000 euros
pour la remercier de sa gentillesse.
Je suis saine d'esprit.
Fait à Bourg-lès-Valence
le 2 septembre 2024
O. Fauriel""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 13 mai 2025 à 08h30, devant nous, Capitaine de police Stéphane VIDAL, officier de police judiciaire,
En présence de Maître Lucie PERRET, avocate au barreau de Valence,
Entendons Mme Virginie MASSOT, née le 8 mars 1981 à Romans-sur-Isère (26), âgée de 44 ans, auxiliaire de vie, demeurant 22 rue des Mûriers à Portes-lès-Valence, placée en garde à vue le 13 mai 2025 à 06h10.

Lui indiquons que la perquisition de son domicile a permis de découvrir le chéquier et la carte bancaire de Mme FAURIEL, une enveloppe contenant des espèces, un écrit manuscrit daté du 2 septembre 2024 et le véhicule Renault Captur stationné dans sa cour. Elle déclare :

« Je me suis beaucoup attachée à Mme FAURIEL, je suis la seule à m'occuper vraiment d'elle. Elle avait toute sa tête, elle savait très bien ce qu'elle faisait quand elle signait.

Les chèques, c'étaient des cadeaux, elle insistait. C'est elle qui a voulu m'offrir la voiture, pour que je puisse l'emmener se promener le dimanche.

Je n'ai jamais utilisé sa carte bancaire. Si la carte est chez moi, c'est qu'elle me l'a confiée la semaine dernière pour payer les courses au supermarché.

Les chèques à Thierry, c'est elle qui voulait l'aider pour son garage. »

Lecture faite, Mme MASSOT persiste et signe, ainsi que son avocate.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 13 mai 2025 à 10h30, devant nous, Brigadier-chef Élodie FAYARD, officier de police judiciaire,
En présence de Maître Romain ARNAUD, avocat au barreau de Valence,
Entendons M. Thierry BRUNEL, né le 30 juin 1976 à Valence (26), mécanicien automobile à son compte, demeurant à la même adresse que sa compagne, placé en garde à vue le 13 mai 2025 à 06h15, qui déclare :

« Virginie est ma compagne depuis 2020. Elle m'a remis des chèques déjà signés par la dame âgée dont elle s'occupe, en me disant que c'était un prêt pour mon atelier. Je les ai déposés sur mon compte professionnel.

Je n'ai jamais rencontré cette dame. Le chèque de 9 500 euros devait servir à acheter un pont élévateur d'occasion.

Je me doutais bien que ce n'était pas normal qu'une cliente de Virginie lui donne autant d'argent, mais elle me disait que la dame était riche et seule. »

Lecture faite, M. BRUNEL persiste et signe, ainsi que son avocat.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mardi 13 mai 2025 à 15h00, devant nous, Capitaine de police Stéphane VIDAL, officier de police judiciaire, en présence de Maître PERRET,
Reprenons l'audition de Mme Virginie MASSOT, à qui sont présentés le rapport d'examen médical, l'image du distributeur du 6 février, la facture du garage, la réponse de l'assureur et l'audition du directeur de l'association. Elle déclare :

« Sur l'image du distributeur, c'est bien moi. Elle m'avait donné son code pour que je retire de l'argent pour elle ; une partie était pour elle.

Le papier du 2 septembre, c'est moi qui l'ai écrit, elle a juste signé. C'était pour me protéger si on me posait des questions.

La lettre à l'assurance, je l'ai écrite aussi, elle voulait me remercier.

L'association était au courant et ne m'a jamais rien interdit ; tout le monde sait que les personnes âgées font des cadeaux à leurs aides.

Je reconnais que je n'aurais pas dû accepter autant. J'avais des dettes. »

Lecture faite, Mme MASSOT persiste et signe, ainsi que son avocate.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MASSOT Virginie, née le 8 mars 1981 à Romans-sur-Isère (26).

NÉANT

Relevé des condamnations de : BRUNEL Thierry, né le 30 juin 1976 à Valence (26).

Condamnation n° 1 : jugement du tribunal correctionnel de Valence du 9 novembre 2017. Recel de bien provenant d'un vol. Peine : 4 mois d'emprisonnement avec sursis.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine de police Stéphane VIDAL à Monsieur le Procureur de la République près le tribunal judiciaire de Valence.

Entre mars 2024 et février 2025, Mme Odette FAURIEL, atteinte de la maladie d'Alzheimer, a été dépossédée d'une grande partie de son épargne au profit de son auxiliaire de vie, Mme Virginie MASSOT, et du compagnon de celle-ci, M. Thierry BRUNEL : chèques à leur ordre, achat d'un véhicule au nom de Mme MASSOT et retraits d'espèces au distributeur. Le préjudice établi s'élève à 78 870 euros. Mme MASSOT s'était en outre fait désigner bénéficiaire unique du contrat d'assurance-vie de la victime par un avenant de janvier 2025.

Mme MASSOT reconnaît avoir rédigé l'écrit de « don » et la lettre à l'assureur, et avoir effectué des retraits, mais soutient que la victime était consentante. L'examen médical, les témoignages et l'audition de la victime établissent que sa vulnérabilité était apparente.

La garde à vue de Mme MASSOT, débutée le 13 mai 2025 à 06h10, a été prolongée sur autorisation de Mme Claire MONTEIL, substitut du procureur de la République, et levée le 14 mai 2025 à 11h40, soit une durée de 29 heures 30 minutes. Celle de M. BRUNEL a été levée le 13 mai 2025 à 19h20.

Mme FAURIEL a été placée sous sauvegarde de justice par décision du juge des contentieux de la protection du tribunal judiciaire de Valence du 9 avril 2025.

Les faits sont susceptibles de recevoir la qualification d'abus frauduleux de l'état de faiblesse d'une personne particulièrement vulnérable (article 223-15-2 du Code pénal) pour Mme MASSOT, et de recel (article 321-1 du Code pénal) pour M. BRUNEL.

Fait à Valence, le jeudi 15 mai 2025.""",
    ),
]

PERSONS = [
    {"name": "Odette FAURIEL", "role": "victime", "aliases": ["FAURIEL Odette", "Mme FAURIEL", "Odette", "O. Fauriel", "Mamie O."]},
    {"name": "Virginie MASSOT", "role": "mis en cause", "aliases": ["MASSOT Virginie", "Mme MASSOT", "Virginie"]},
    {"name": "Thierry BRUNEL", "role": "mis en cause", "aliases": ["BRUNEL Thierry", "M. BRUNEL", "Thierry"]},
    {"name": "Alain FAURIEL", "role": "autre", "aliases": ["M. FAURIEL", "Alain"]},
    {"name": "Nathalie GIRAUD", "role": "témoin", "aliases": ["Mme GIRAUD"]},
    {"name": "Patrick ROUSSET", "role": "témoin", "aliases": ["M. ROUSSET"]},
    {"name": "Josette BOUVIER", "role": "témoin", "aliases": ["Mme BOUVIER"]},
    {"name": "Isabelle REYNAUD", "role": "autre", "aliases": ["Dr Isabelle REYNAUD"]},
    {"name": "Élodie FAYARD", "role": "enquêteur", "aliases": ["Brigadier-chef Élodie FAYARD"]},
    {"name": "Stéphane VIDAL", "role": "enquêteur", "aliases": ["Capitaine de police Stéphane VIDAL"]},
    {"name": "Claire MONTEIL", "role": "magistrat", "aliases": ["Mme Claire MONTEIL"]},
    {"name": "Lucie PERRET", "role": "avocat", "aliases": ["Maître PERRET"]},
    {"name": "Romain ARNAUD", "role": "avocat", "aliases": ["Maître Romain ARNAUD"]},
]

EVENTS = [
    ("2017-11-09", None, "condamnation de Thierry BRUNEL pour recel", "du 9 novembre 2017"),
    ("2024-03-04", None, "premier chèque à l'ordre de l'auxiliaire de vie", "04/03/2024  chèque n° 8841207"),
    ("2024-09-02", None, "écrit de « don » de 15 000 euros et chèque du même montant", "02/09/2024  chèque n° 8841231"),
    ("2024-11-14", None, "achat du Renault Captur payé par un chèque de la victime", "facture n° VO-24-1187 du 14/11/2024"),
    ("2025-01-14", None, "avenant désignant l'auxiliaire de vie bénéficiaire de l'assurance-vie", "Avenant du 14/01/2025"),
    ("2025-02-06", "10:14", "retrait de 500 euros au distributeur avec la carte de la victime", "jeudi 6 février 2025 à 10h14"),
    ("2025-02-24", None, "rejet d'un chèque de 9 500 euros par la banque", "Le 24 février 2025, un chèque de 9 500 euros"),
    ("2025-03-03", "14:30", "plainte du neveu", "Le lundi 3 mars 2025 à 14h30"),
    ("2025-03-13", "10:00", "audition de la conseillère bancaire", "Le jeudi 13 mars 2025 à 10h00"),
    ("2025-03-19", None, "examen médical de la victime", "centre hospitalier de Valence - le 19/03/2025"),
    ("2025-03-21", "10:00", "audition de la victime à son domicile", "Le vendredi 21 mars 2025 à 10h00"),
    ("2025-04-01", "14:00", "audition du directeur de l'association", "Le mardi 1er avril 2025 à 14h00"),
    ("2025-04-02", "10:30", "audition de la voisine", "Le mercredi 2 avril 2025 à 10h30"),
    ("2025-04-09", None, "placement de la victime sous sauvegarde de justice", "du 9 avril 2025"),
    ("2025-05-13", "06:10", "garde à vue de Virginie MASSOT", "placée en garde à vue le 13 mai 2025 à 06h10"),
    ("2025-05-13", "06:15", "garde à vue de Thierry BRUNEL", "placé en garde à vue le 13 mai 2025 à 06h15"),
    ("2025-05-13", "06:45", "perquisition au domicile du couple", "Perquisition, 13 mai 2025 à 06h45"),
    ("2025-05-14", "11:40", "fin de la garde à vue de Virginie MASSOT", "levée le 14 mai 2025 à 11h40"),
]

OFFENCES = [
    {"qualification": "abus frauduleux de l'état de faiblesse d'une personne particulièrement vulnérable", "code_article": "223-15-2"},
    {"qualification": "recel", "code_article": "321-1"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("releve_bancaire", 2, 2),
    ("pv_audition", 3, 3),
    ("expertise", 4, 4),
    ("pv_audition", 5, 5),
    ("requisition", 6, 6),
    ("requisition", 7, 7),
    ("pv_audition", 8, 9),
    ("photographie", 10, 12),
    ("note_manuscrite", 13, 13),
    ("pv_garde_a_vue", 14, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de chèques la vieille dame a-t-elle libellés au nom de son aide à domicile ?", ["16 chèques à l'ordre de Mme MASSOT"]),
    ("Quel total le compagnon de l'auxiliaire a-t-il touché grâce aux chèques de la victime ?", ["7 chèques à l'ordre de M. BRUNEL : 13 140,00 €"]),
    ("Combien de fois la carte de la retraitée a-t-elle servi à tirer des espèces ?", ["38 retraits par carte au distributeur"]),
    ("Quel score la victime a-t-elle obtenu au test d'évaluation des fonctions cognitives ?", ["MMSE : 14/30"]),
    ("Quand la maladie neurodégénérative de la victime a-t-elle été diagnostiquée ?", ["maladie d'Alzheimer diagnostiquée en mars 2022"]),
    ("Quel montant le papier manuscrit présente-t-il comme une libéralité ?", ["la somme de 15 000 euros"]),
    ("Que valait le contrat d'assurance-vie à la fin de l'année 2024 ?", ["Valeur de rachat au 31/12/2024 : 86 412,35 euros"]),
    ("À quelle date la bénéficiaire de l'assurance-vie a-t-elle été remplacée ?", ["Avenant du 14/01/2025"]),
    ("Combien de kilomètres avait parcourus la voiture achetée avec l'argent de la retraitée ?", ["Kilométrage : 38 400 km"]),
    ("Quelle somme a été tirée au guichet automatique le 6 février ?", ["retire 500 euros avec la carte bancaire"]),
    ("Quel montant en liquide a été découvert dans la cuisine de l'auxiliaire de vie ?", ["contenant 3 450 euros en billets"]),
    ("Quelle est l'immatriculation du véhicule réglé avec un chèque de la victime ?", ["numéro d'immatriculation GS-308-PN", "portant la plaque GS-308-PN"]),
    ("Quel âge a la personne âgée dépouillée ?", ["ma tante, âgée de 89 ans"]),
    ("Depuis quand l'aide à domicile s'occupe-t-elle de la victime ?", ["chez Mme FAURIEL depuis septembre 2023"]),
    ("Combien d'heures par semaine l'aide à domicile devait-elle passer chez la vieille dame ?", ["soit 6 heures par semaine"]),
    ("Combien la victime touche-t-elle chaque mois de retraite ?", ["une pension de 2 140 euros par mois"]),
    ("De quelles économies la victime disposait-elle avant les détournements ?", ["96 300 euros en mars 2024"]),
    ("Quel est le montant du chèque que la banque a refusé de payer ?", ["un chèque de 9 500 euros à l'ordre de M. Thierry BRUNEL", "Le chèque de 9 500 euros"]),
    ("Depuis quelle année la victime ne prend-elle plus le volant ?", ["je ne conduis plus depuis 2015"]),
    ("À quelle adresse réside l'aide à domicile mise en cause ?", ["demeurant 22 rue des Mûriers à Portes-lès-Valence", "titulaire du certificat d'immatriculation : MASSOT Virginie", "adresse de correspondance indiquée"]),
    ("Combien de temps l'auxiliaire de vie a-t-elle passé en garde à vue ?", ["soit une durée de 29 heures 30 minutes"]),
    ("À combien les enquêteurs chiffrent-ils la perte subie par la victime ?", ["Le préjudice établi s'élève à 78 870 euros"]),
    ("Sur quel article du Code pénal repose l'infraction reprochée à l'auxiliaire de vie ?", ["(article 223-15-2 du Code pénal)"]),
    ("Qui a rédigé l'écrit de donation de septembre 2024 d'après l'auxiliaire de vie ?", ["c'est moi qui l'ai écrit, elle a juste signé"]),
    ("L'auxiliaire de vie pouvait-elle croire la vieille dame lucide, comme elle le soutient ?", ["Elle avait toute sa tête", "apparent pour toute personne la côtoyant régulièrement"]),
    ("L'aide à domicile s'est-elle servie elle-même de la carte bancaire de la victime ?", ["Je n'ai jamais utilisé sa carte bancaire", "retire 500 euros avec la carte bancaire"]),
    ("Qui a voulu l'achat de la voiture, la retraitée ou son auxiliaire ?", ["C'est elle qui a voulu m'offrir la voiture", "Pourquoi j'achèterais une voiture ?", "la cliente s'est présentée seule"]),
    ("L'employeur de l'auxiliaire l'autorisait-il à recevoir des cadeaux ?", ["L'association était au courant et ne m'a jamais rien interdit", "interdisent formellement d'accepter tout don"]),
    ("Quel tarif horaire l'association facturait-elle pour les passages de l'auxiliaire ?", []),
    ("Quel est l'IBAN du compte sur lequel le compagnon a remis les chèques ?", []),
]

ANSWERS = {
    "Combien de chèques la vieille dame a-t-elle libellés au nom de son aide à domicile ?": "16 chèques",
    "Quel total le compagnon de l'auxiliaire a-t-il touché grâce aux chèques de la victime ?": "13 140,00 €",
    "Combien de fois la carte de la retraitée a-t-elle servi à tirer des espèces ?": "38 retraits",
    "Quel score la victime a-t-elle obtenu au test d'évaluation des fonctions cognitives ?": "14/30",
    "Quand la maladie neurodégénérative de la victime a-t-elle été diagnostiquée ?": "mars 2022",
    "Quel montant le papier manuscrit présente-t-il comme une libéralité ?": "15 000 euros",
    "Que valait le contrat d'assurance-vie à la fin de l'année 2024 ?": "86 412,35 euros",
    "À quelle date la bénéficiaire de l'assurance-vie a-t-elle été remplacée ?": "14/01/2025",
    "Combien de kilomètres avait parcourus la voiture achetée avec l'argent de la retraitée ?": "38 400 km",
    "Quelle somme a été tirée au guichet automatique le 6 février ?": "500 euros",
    "Quel montant en liquide a été découvert dans la cuisine de l'auxiliaire de vie ?": "3 450 euros",
    "Quelle est l'immatriculation du véhicule réglé avec un chèque de la victime ?": "GS-308-PN",
    "Quel âge a la personne âgée dépouillée ?": "89 ans",
    "Depuis quand l'aide à domicile s'occupe-t-elle de la victime ?": "septembre 2023",
    "Combien d'heures par semaine l'aide à domicile devait-elle passer chez la vieille dame ?": "6 heures",
    "Combien la victime touche-t-elle chaque mois de retraite ?": "2 140 euros",
    "De quelles économies la victime disposait-elle avant les détournements ?": "96 300 euros",
    "Quel est le montant du chèque que la banque a refusé de payer ?": "9 500 euros",
    "Depuis quelle année la victime ne prend-elle plus le volant ?": "2015",
    "À quelle adresse réside l'aide à domicile mise en cause ?": "22 rue des Mûriers",
    "Combien de temps l'auxiliaire de vie a-t-elle passé en garde à vue ?": "29 heures 30 minutes",
    "À combien les enquêteurs chiffrent-ils la perte subie par la victime ?": "78 870 euros",
    "Sur quel article du Code pénal repose l'infraction reprochée à l'auxiliaire de vie ?": "223-15-2",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "lucidité de la victime : « elle avait toute sa tête » selon l'auxiliaire de vie, vulnérabilité apparente pour tout intervenant régulier depuis 2023 selon la gériatre",
        "phrases": ["Elle avait toute sa tête", "apparent pour toute personne la côtoyant régulièrement"],
        "between": ["Virginie MASSOT", "Isabelle REYNAUD"],
    },
    {
        "about": "usage de la carte bancaire : l'auxiliaire nie s'en être servie, la vidéoprotection du distributeur la montre seule retirant 500 euros le 6 février 2025",
        "phrases": ["Je n'ai jamais utilisé sa carte bancaire", "retire 500 euros avec la carte bancaire"],
        "between": ["Virginie MASSOT", "vidéoprotection de la banque"],
    },
    {
        "about": "achat de la voiture : voulu par la victime selon l'auxiliaire, la victime ignore tout achat et le vendeur a reçu l'auxiliaire seule avec un chèque déjà rempli",
        "phrases": ["C'est elle qui a voulu m'offrir la voiture", "Pourquoi j'achèterais une voiture ?", "la cliente s'est présentée seule"],
        "between": ["Virginie MASSOT", "Odette FAURIEL", "SAS GARAGE DES ALLOBROGES"],
    },
    {
        "about": "cadeaux des personnes aidées : l'auxiliaire dit que l'association le savait et l'acceptait, le directeur indique que le règlement signé les interdit formellement",
        "phrases": ["L'association était au courant et ne m'a jamais rien interdit", "interdisent formellement d'accepter tout don"],
        "between": ["Virginie MASSOT", "Patrick ROUSSET"],
    },
]
