# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 8: a fictitious violent robbery of a passenger in a Strasbourg tram, established mainly by the
tram's video cameras, a witness's notes and an online resale ad. Written blind (no access to the system's code or
other evaluation data). All persons, the operating company, phone lines, IMEI, accounts and addresses are invented;
the town, its tram stops, the court and the legal articles are real. The IP address is in a documentation range."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - DIPN du Bas-Rhin, Brigade de sécurisation des transports en commun (Strasbourg)\nProcédure n° 2025/018342\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le samedi 20 septembre 2025 à 11h00, devant nous, Julien ACKERMANN, Brigadier-chef de police, officier de police judiciaire en résidence à Strasbourg,
Se présente M. Lucas HEITZMANN, né le 12 mars 1996 à Haguenau (67), infirmier, demeurant 31 rue de la Course à Strasbourg, le visage tuméfié, qui dépose plainte et déclare :

« Hier soir, vendredi 19 septembre, je rentrais du travail. Je suis monté dans le tram A à la station Homme de Fer vers 22h38 et je me suis assis près de la porte du milieu. Deux jeunes hommes se sont assis en face de moi : un grand avec une veste rouge et une casquette noire, et un plus petit en survêtement gris.

Le grand m'a demandé mon téléphone pour passer un appel. J'ai refusé poliment. Je n'avais rien fait pour les provoquer, je regardais mon écran. Il s'est levé et m'a frappé au visage avec le poing, plusieurs fois. Il m'a arraché mon téléphone des mains pendant que je me protégeais. Je suis tombé entre les sièges et le plus petit m'a donné des coups de pied dans les côtes.

Ils sont descendus à l'arrêt suivant en courant. Une passagère m'a aidé et a prévenu le conducteur.

On m'a volé mon téléphone, un iPhone 15 Pro acheté 1 229 euros en janvier, et mes écouteurs sans fil d'une valeur de 279 euros, qui étaient dans la poche de ma veste.

Je ne les avais jamais vus auparavant. »

Lecture faite, M. HEITZMANN persiste et signe.""",
    ),
    # 2
    (
        "scan",
        HEAD
        + """
HÔPITAUX UNIVERSITAIRES DE STRASBOURG - UNITÉ MÉDICO-JUDICIAIRE
CERTIFICAT MÉDICAL INITIAL - Réquisition du 20/09/2025

Je soussignée, Dr Claire MEYER, médecin légiste, certifie avoir examiné le 20/09/2025 à 09h15 M. HEITZMANN Lucas, 29 ans, qui déclare avoir été agressé la veille dans un tramway.

Constatations : fracture non déplacée des os propres du nez ; plaie de l'arcade sourcilière gauche de 2 cm, suturée par 4 points ; hématome périorbitaire gauche ; contusions costales droites douloureuses, sans fracture visible à la radiographie.

Les lésions sont compatibles avec les faits allégués (coups de poing au visage, coups de pied au thorax).

Incapacité totale de travail (ITT) : 12 jours, sous réserve de complications.

Dr C. MEYER""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le samedi 20 septembre 2025 à 16h00, devant nous, Sarah WEBER, Gardien de la paix, agent de police judiciaire, agissant sous le contrôle du Brigadier-chef ACKERMANN,
Entendons Mme Amandine ROTH, née le 6 juin 1984 à Colmar (68), comptable, qui déclare :

« J'étais assise deux rangs derrière le jeune homme. Il était assis et regardait son téléphone, il n'a rien dit de désagréable. Le grand à la veste rouge lui a parlé, le jeune homme a secoué la tête, et le grand l'a aussitôt frappé au visage. Le jeune homme ne l'avait ni touché ni bousculé.

Le plus petit, celui en survêtement gris avec un sac banane, lui a donné au moins trois coups de pied quand il était par terre. Je l'ai vu très nettement.

J'ai appuyé sur l'interphone d'urgence à 22h42 pour prévenir le conducteur. J'ai noté ce que j'avais vu sur un papier pendant que c'était frais, et je vous le remets. »

Lecture faite, Mme ROTH persiste et signe.""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 22 septembre 2025 à 10h00, devant nous, Sarah WEBER, agent de police judiciaire,
Entendons M. Patrick ZIMMER, né le 18 novembre 1969 à Sélestat (67), conducteur de tramway à la société TRAMLIS, exploitant du réseau, qui déclare :

« Le vendredi 19 septembre, je conduisais la rame n° 1047 sur la ligne A, direction sud. L'interphone d'urgence a sonné à 22h42, juste après le départ de Homme de Fer. Une dame m'a dit qu'un passager se faisait frapper.

J'ai prévenu le poste de commandement et j'ai continué jusqu'à la station Alt Winmärik, comme le prévoit la consigne. Deux jeunes sont descendus en courant dès l'ouverture des portes, à 22h43. Je ne les ai vus que de dos.

Je suis resté à quai avec le blessé jusqu'à l'arrivée de la patrouille. »

Lecture faite, M. ZIMMER persiste et signe.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu les articles 60-1 et suivants du Code de procédure pénale,
Nous, Julien ACKERMANN, Brigadier-chef de police, officier de police judiciaire, agissant en enquête de flagrance,
Requérons la société TRAMLIS, service sûreté, de nous remettre sur support numérique l'enregistrement des caméras embarquées de la rame circulant sur la ligne A le vendredi 19 septembre 2025 entre 22h30 et 22h50 dans le secteur Homme de Fer - Alt Winmärik, ainsi que l'enregistrement des caméras de quai de la station Alt Winmärik sur la même période.

Fait à Strasbourg, le samedi 20 septembre 2025 à 12h30.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'EXPLOITATION DE LA VIDÉOPROTECTION

Le mardi 23 septembre 2025 à 09h00, nous, Julien ACKERMANN, officier de police judiciaire, procédons au visionnage des enregistrements remis par la société TRAMLIS pour la rame n° 1047, équipée de 4 caméras intérieures. Les horodatages sont ceux du système embarqué.

22h38m10 : la victime monte à Homme de Fer et s'assoit. Deux individus s'installent face à elle : individu 1 (veste rouge, casquette noire), individu 2 (survêtement gris, sac banane).
22h40m52 : l'individu 1 se penche vers la victime et lui parle ; la victime fait non de la tête.
22h41m07 : l'individu 1 se lève et porte un coup de poing au visage de la victime, toujours assise. À aucun moment la victime n'a touché ou bousculé l'individu 1 avant ce premier coup.
22h41m20 : l'individu 1 arrache le téléphone de la main droite de la victime et le glisse dans sa poche.
22h41m31 : la victime est au sol ; l'individu 2 lui porte trois coups de pied au niveau du thorax.
22h43m05 : les deux individus descendent en courant à la station Alt Winmärik.

Les images sont gravées sur CD-R et placées sous scellé n° 1.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Caméra 3, rame 1047, 19/09/2025 22h41m07
L'individu en veste rouge et casquette noire, debout, frappe au visage le passager assis côté fenêtre.
Image extraite de la vidéoprotection embarquée""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Caméra 2, rame 1047, 19/09/2025 22h41m31
L'individu en survêtement gris, sac banane en bandoulière, lance le pied vers le thorax du passager étendu au sol entre les sièges.
Image extraite de la vidéoprotection embarquée""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION - Plateforme de petites annonces, service juridique, le 23/09/2025

Annonce n° 7731-0925 publiée le 21/09/2025 à 10h12 : « iPhone 15 Pro 256 Go titane naturel, comme neuf, sans boîte », prix demandé 480 euros, remise en main propre à Strasbourg-Neudorf.

Compte vendeur : pseudo « tony67k », créé le 02/03/2024.
Titulaire déclaré : KIEFFER Anthony. Téléphone vérifié : 06 39 98 23 90.
Adresse IP de publication : 203.0.113.47 (21/09/2025 10:11:48).

Annonce retirée par l'utilisateur le 22/09/2025 à 18h30 ; 3 messages d'acheteurs reçus.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition, 24 septembre 2025 à 06h05
Domicile de M. KIEFFER : veste rouge (scellé n° 5) et iPhone 15 Pro IMEI 356789104522318, écran verrouillé au fond d'écran de la victime (scellé n° 6).
Scellés n° 5 et n° 6""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mercredi 24 septembre 2025 à 08h30, devant nous, Julien ACKERMANN, officier de police judiciaire,
En présence de Maître Thomas HAAS, avocat au barreau de Strasbourg,
Entendons M. Anthony KIEFFER, né le 4 mai 2001 à Strasbourg, sans emploi, demeurant 8 rue du Ban-de-la-Roche à Strasbourg, placé en garde à vue le 24 septembre 2025 à 06h00, qui déclare :

« Ce soir-là j'avais bu quelques bières avec Mehdi. Dans le tram, on a parlé avec ce type. C'est lui qui m'a bousculé et insulté en premier, il m'a traité de clochard. Je me suis défendu, c'est tout. Je reconnais lui avoir mis un coup de poing, peut-être deux.

Le téléphone, je l'ai trouvé par terre dans le tram après la bagarre, je ne l'ai pas arraché. Je l'ai ramassé sans réfléchir.

Les écouteurs, je ne les ai jamais eus. »

Lecture faite, M. KIEFFER persiste et signe, ainsi que son avocat.""",
    ),
    # 12
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite) - M. KIEFFER

Question : Sur la vidéo, la victime est assise et ne vous touche pas avant votre premier coup. Qu'en dites-vous ?
Réponse : On ne voit pas tout sur une vidéo.

Question : Pourquoi avoir mis le téléphone en vente le 21 septembre ?
Réponse : Je l'ai mis à 480 euros. J'avais besoin d'argent pour payer mon loyer, j'ai deux mois de retard.

Question : Qu'a fait Mehdi ZERROUKI pendant ce temps ?
Réponse : Je n'ai pas vu ce qu'il faisait, j'étais occupé.

Lecture faite, M. KIEFFER persiste et signe, ainsi que son avocat.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mercredi 24 septembre 2025 à 10h15, devant nous, Sarah WEBER, agent de police judiciaire, agissant sous le contrôle du Brigadier-chef ACKERMANN,
En présence de Maître Élodie SCHNEIDER, avocate au barreau de Strasbourg,
Entendons M. Mehdi ZERROUKI, né le 30 juillet 2007 à Strasbourg, âgé de 18 ans, apprenti boulanger, demeurant chez sa mère à Schiltigheim (67), placé en garde à vue le 24 septembre 2025 à 06h10, qui déclare :

« J'étais avec Anthony dans le tram. Quand ça a commencé, j'ai voulu les séparer. Je n'ai jamais touché ce monsieur, ni avec les mains ni avec les pieds. Je suis resté à côté.

Je suis descendu avec Anthony parce que j'avais peur, pas parce que j'avais fait quelque chose. Je ne savais pas qu'il avait pris le téléphone, je l'ai appris le lendemain. »

Lecture faite, M. ZERROUKI persiste et signe, ainsi que son avocate.""",
    ),
    # 14
    (
        "hand",
        """Notes de Mme Roth - au dos de son ticket
tram A rame 1047 - 22h41
grand : veste rouge + casquette noire
petit : survêt gris, sac banane
le grand frappe en premier
le petit : 3 coups de pied au sol
descendus Alt Winmärik
partis vers rue du Vieux-Marché-aux-Vins""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PRÉSENTATION DE PLANCHES PHOTOGRAPHIQUES

Le mardi 23 septembre 2025 à 15h00, devant nous, Julien ACKERMANN, officier de police judiciaire,
Présentons à M. Lucas HEITZMANN, plaignant, deux planches de six photographies chacune, composées de personnes de morphologie et d'âge voisins.

Planche A : M. HEITZMANN désigne la photographie n° 4 et déclare : « C'est lui qui m'a frappé, je le reconnais avec certitude, à cause du nez et de la cicatrice au menton. » La photographie n° 4 est celle de M. Anthony KIEFFER.

Planche B : M. HEITZMANN désigne la photographie n° 2 et déclare : « Je pense que c'est le plus petit, je le reconnais à 80 %, il avait sa capuche. » La photographie n° 2 est celle de M. Mehdi ZERROUKI.

Lecture faite, M. HEITZMANN persiste et signe.""",
    ),
    # 16
    (
        "noise",
        "",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : KIEFFER Anthony, né le 4 mai 2001 à Strasbourg (67).

Condamnation n° 1 : jugement du tribunal correctionnel de Strasbourg du 9 novembre 2020. Vol simple. Peine : 4 mois d'emprisonnement avec sursis.
Condamnation n° 2 : jugement du tribunal correctionnel de Strasbourg du 16 mars 2023. Violences ayant entraîné une incapacité totale de travail n'excédant pas huit jours, en état d'ivresse. Peine : 6 mois d'emprisonnement dont 3 avec sursis probatoire.

Relevé des condamnations de : ZERROUKI Mehdi, né le 30 juillet 2007 à Strasbourg (67).

NÉANT""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Brigadier-chef Julien ACKERMANN à Madame la Procureure de la République près le tribunal judiciaire de Strasbourg.

Le vendredi 19 septembre 2025 vers 22h41, dans une rame de la ligne A du tramway, entre les stations Homme de Fer et Alt Winmärik, M. Lucas HEITZMANN a été frappé et dépouillé de son téléphone par deux individus. Il présente une ITT de 12 jours.

La vidéoprotection embarquée, le témoignage de Mme ROTH et l'annonce de revente ont permis d'identifier M. Anthony KIEFFER et M. Mehdi ZERROUKI, interpellés le 24 septembre 2025. Le téléphone a été retrouvé chez M. KIEFFER et restitué à la victime. Les écouteurs n'ont pas été retrouvés.

La garde à vue de M. KIEFFER, prolongée sur autorisation de Mme Nathalie GRUBER, procureure de la République, a pris fin le 25 septembre 2025 à 09h30, soit une durée de 27 heures 30 minutes. Celle de M. ZERROUKI a été levée le 24 septembre 2025 à 19h40, soit une durée de 13 heures 30 minutes.

Les faits sont susceptibles de recevoir la qualification de vol en réunion avec violences ayant entraîné une incapacité totale de travail supérieure à huit jours, commis dans un véhicule affecté au transport collectif de voyageurs (articles 311-4 et 311-5 du Code pénal).

Fait à Strasbourg, le jeudi 25 septembre 2025.""",
    ),
]

PERSONS = [
    {"name": "Lucas HEITZMANN", "role": "victime", "aliases": ["M. HEITZMANN", "HEITZMANN Lucas"]},
    {"name": "Anthony KIEFFER", "role": "mis en cause", "aliases": ["KIEFFER Anthony", "M. KIEFFER", "Anthony", "tony67k"]},
    {"name": "Mehdi ZERROUKI", "role": "mis en cause", "aliases": ["ZERROUKI Mehdi", "M. ZERROUKI", "Mehdi"]},
    {"name": "Amandine ROTH", "role": "témoin", "aliases": ["Mme ROTH", "Mme Roth"]},
    {"name": "Patrick ZIMMER", "role": "témoin", "aliases": ["M. ZIMMER"]},
    {"name": "Claire MEYER", "role": "autre", "aliases": ["Dr C. MEYER"]},
    {"name": "Julien ACKERMANN", "role": "enquêteur", "aliases": ["Brigadier-chef ACKERMANN"]},
    {"name": "Sarah WEBER", "role": "enquêteur", "aliases": []},
    {"name": "Nathalie GRUBER", "role": "magistrat", "aliases": []},
    {"name": "Thomas HAAS", "role": "avocat", "aliases": []},
    {"name": "Élodie SCHNEIDER", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2020-11-09", None, "condamnation d'Anthony KIEFFER pour vol", "du 9 novembre 2020"),
    ("2023-03-16", None, "condamnation d'Anthony KIEFFER pour violences", "du 16 mars 2023"),
    ("2025-09-19", "22:38", "la victime monte dans le tram à Homme de Fer", "22h38m10"),
    ("2025-09-19", "22:41", "premier coup de poing", "22h41m07 : l'individu 1"),
    ("2025-09-19", "22:42", "déclenchement de l'interphone d'urgence", "J'ai appuyé sur l'interphone d'urgence à 22h42"),
    ("2025-09-19", "22:43", "fuite des agresseurs à Alt Winmärik", "22h43m05"),
    ("2025-09-20", "09:15", "examen médico-légal de la victime", "le 20/09/2025 à 09h15"),
    ("2025-09-20", "11:00", "dépôt de plainte", "Le samedi 20 septembre 2025 à 11h00"),
    ("2025-09-20", "16:00", "audition de la passagère témoin", "Le samedi 20 septembre 2025 à 16h00"),
    ("2025-09-21", "10:12", "mise en vente du téléphone en ligne", "publiée le 21/09/2025 à 10h12"),
    ("2025-09-22", "10:00", "audition du conducteur", "Le lundi 22 septembre 2025 à 10h00"),
    ("2025-09-23", "09:00", "exploitation de la vidéoprotection", "Le mardi 23 septembre 2025 à 09h00"),
    ("2025-09-23", "15:00", "présentation des planches photographiques", "Le mardi 23 septembre 2025 à 15h00"),
    ("2025-09-24", "06:00", "placement en garde à vue d'Anthony KIEFFER", "placé en garde à vue le 24 septembre 2025 à 06h00"),
    ("2025-09-24", "06:05", "perquisition chez Anthony KIEFFER", "24 septembre 2025 à 06h05"),
    ("2025-09-24", "06:10", "placement en garde à vue de Mehdi ZERROUKI", "placé en garde à vue le 24 septembre 2025 à 06h10"),
    ("2025-09-24", "19:40", "fin de la garde à vue de Mehdi ZERROUKI", "levée le 24 septembre 2025 à 19h40"),
    ("2025-09-25", "09:30", "fin de la garde à vue d'Anthony KIEFFER", "fin le 25 septembre 2025 à 09h30"),
]

OFFENCES = [
    {"qualification": "vol avec violences ayant entraîné une ITT supérieure à huit jours", "code_article": "311-5"},
    {"qualification": "vol en réunion dans un véhicule de transport collectif", "code_article": "311-4"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("certificat_medical", 2, 2),
    ("pv_audition", 3, 3),
    ("pv_audition", 4, 4),
    ("requisition", 5, 5),
    ("pv_constatations", 6, 6),
    ("photographie", 7, 7),
    ("photographie", 8, 8),
    ("requisition", 9, 9),
    ("photographie", 10, 10),
    ("pv_garde_a_vue", 11, 12),
    ("pv_garde_a_vue", 13, 13),
    ("note_manuscrite", 14, 14),
    ("pv_audition", 15, 15),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de jours d'incapacité le médecin légiste a-t-il fixés ?", ["Incapacité totale de travail (ITT) : 12 jours", "Il présente une ITT de 12 jours"]),
    ("Combien de points a-t-il fallu pour recoudre l'arcade du blessé ?", ["suturée par 4 points"]),
    ("À quel prix le portable volé a-t-il été proposé sur internet ?", ["prix demandé 480 euros", "Je l'ai mis à 480 euros"]),
    ("Depuis quelle adresse IP l'annonce de revente a-t-elle été mise en ligne ?", ["Adresse IP de publication : 203.0.113.47"]),
    ("Quel numéro de téléphone est associé au compte du vendeur ?", ["Téléphone vérifié : 06 39 98 23 90"]),
    ("Quel est l'IMEI de l'appareil saisi chez le suspect à la veste rouge ?", ["IMEI 356789104522318"]),
    ("Selon les notes griffonnées par la passagère, dans quelle direction les agresseurs se sont-ils enfuis ?", ["partis vers rue du Vieux-Marché-aux-Vins"]),
    ("Pourquoi le principal suspect dit-il avoir voulu vendre le téléphone ?", ["J'avais besoin d'argent pour payer mon loyer"]),
    ("À quelle heure l'alerte a-t-elle été donnée au conducteur par l'interphone ?", ["J'ai appuyé sur l'interphone d'urgence à 22h42", "L'interphone d'urgence a sonné à 22h42"]),
    ("Dans quelle rame du tram l'agression a-t-elle eu lieu ?", ["je conduisais la rame n° 1047", "pour la rame n° 1047"]),
    ("Combien de caméras filment l'intérieur de la rame ?", ["équipée de 4 caméras intérieures"]),
    ("À quel moment exact de la vidéo voit-on le téléphone être pris à la victime ?", ["22h41m20 : l'individu 1 arrache"]),
    ("Combien la victime avait-elle payé son smartphone ?", ["acheté 1 229 euros en janvier"]),
    ("Quelle était la valeur des écouteurs dérobés ?", ["d'une valeur de 279 euros"]),
    ("Quel âge a le plus jeune des deux suspects ?", ["âgé de 18 ans"]),
    ("Avec quel degré de certitude le blessé a-t-il reconnu le second agresseur ?", ["je le reconnais à 80 %"]),
    ("Sous quel numéro figurait la photo du suspect à la veste rouge dans la planche présentée au plaignant ?", ["désigne la photographie n° 4"]),
    ("Combien de temps le principal suspect a-t-il passé en garde à vue ?", ["une durée de 27 heures 30 minutes"]),
    ("Combien de temps a duré la garde à vue du plus jeune ?", ["une durée de 13 heures 30 minutes"]),
    ("Où habite le suspect à la veste rouge ?", ["demeurant 8 rue du Ban-de-la-Roche"]),
    ("Sur quels articles la qualification de vol aggravé est-elle fondée ?", ["articles 311-4 et 311-5 du Code pénal"]),
    ("À quel arrêt les deux agresseurs sont-ils sortis du tram ?", ["Deux jeunes sont descendus en courant dès l'ouverture des portes", "les deux individus descendent en courant à la station Alt Winmärik", "descendus Alt Winmärik"]),
    ("Pour quels faits le principal suspect a-t-il déjà été condamné ?", ["Condamnation n° 1 : jugement du tribunal correctionnel de Strasbourg"]),
    ("La victime a-t-elle provoqué ou bousculé son agresseur avant d'être frappée ?", ["Je n'avais rien fait pour les provoquer", "Le jeune homme ne l'avait ni touché ni bousculé", "À aucun moment la victime n'a touché", "C'est lui qui m'a bousculé et insulté en premier"]),
    ("Le plus jeune des suspects a-t-il porté des coups à la victime ?", ["Je n'ai jamais touché ce monsieur", "lui a donné au moins trois coups de pied", "l'individu 2 lui porte trois coups de pied", "lance le pied vers le thorax"]),
    ("Comment le téléphone est-il passé des mains de la victime à celles du suspect ?", ["Il m'a arraché mon téléphone des mains", "arrache le téléphone de la main droite", "je l'ai trouvé par terre dans le tram"]),
    ("Quel montant la victime réclame-t-elle au titre de son préjudice moral ?", []),
    ("Depuis quelle adresse IP le plus jeune suspect s'est-il connecté à la plateforme d'annonces ?", []),
]

ANSWERS = {
    "Combien de jours d'incapacité le médecin légiste a-t-il fixés ?": "12 jours",
    "Combien de points a-t-il fallu pour recoudre l'arcade du blessé ?": "4 points",
    "À quel prix le portable volé a-t-il été proposé sur internet ?": "480 euros",
    "Depuis quelle adresse IP l'annonce de revente a-t-elle été mise en ligne ?": "203.0.113.47",
    "Quel numéro de téléphone est associé au compte du vendeur ?": "06 39 98 23 90",
    "Quel est l'IMEI de l'appareil saisi chez le suspect à la veste rouge ?": "356789104522318",
    "À quelle heure l'alerte a-t-elle été donnée au conducteur par l'interphone ?": "22h42",
    "Dans quelle rame du tram l'agression a-t-elle eu lieu ?": "1047",
    "Combien de caméras filment l'intérieur de la rame ?": "4 caméras",
    "À quel moment exact de la vidéo voit-on le téléphone être pris à la victime ?": "22h41m20",
    "Combien la victime avait-elle payé son smartphone ?": "1 229 euros",
    "Quelle était la valeur des écouteurs dérobés ?": "279 euros",
    "Quel âge a le plus jeune des deux suspects ?": "18 ans",
    "Avec quel degré de certitude le blessé a-t-il reconnu le second agresseur ?": "80 %",
    "Sous quel numéro figurait la photo du suspect à la veste rouge dans la planche présentée au plaignant ?": "n° 4",
    "Combien de temps le principal suspect a-t-il passé en garde à vue ?": "27 heures 30 minutes",
    "Combien de temps a duré la garde à vue du plus jeune ?": "13 heures 30 minutes",
    "Où habite le suspect à la veste rouge ?": "8 rue du Ban-de-la-Roche",
    "Sur quels articles la qualification de vol aggravé est-elle fondée ?": "311-4",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "provocation : le suspect dit avoir été bousculé et insulté, la victime, la passagère et la vidéo montrent un passager assis frappé sans contact préalable",
        "phrases": ["C'est lui qui m'a bousculé et insulté en premier", "Je n'avais rien fait pour les provoquer", "Le jeune homme ne l'avait ni touché ni bousculé", "À aucun moment la victime n'a touché"],
        "between": ["Anthony KIEFFER", "Lucas HEITZMANN", "Amandine ROTH", "vidéoprotection TRAMLIS"],
    },
    {
        "about": "coups de pied du plus jeune suspect, niés par lui, vus par la passagère et filmés",
        "phrases": ["Je n'ai jamais touché ce monsieur", "lui a donné au moins trois coups de pied", "l'individu 2 lui porte trois coups de pied", "lance le pied vers le thorax"],
        "between": ["Mehdi ZERROUKI", "Amandine ROTH", "vidéoprotection TRAMLIS"],
    },
    {
        "about": "téléphone « trouvé par terre » selon le suspect, arraché des mains selon la victime et la vidéo",
        "phrases": ["je l'ai trouvé par terre dans le tram", "Il m'a arraché mon téléphone des mains", "arrache le téléphone de la main droite"],
        "between": ["Anthony KIEFFER", "Lucas HEITZMANN", "vidéoprotection TRAMLIS"],
    },
]
