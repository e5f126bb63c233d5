# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 24: a fictitious assault by nightclub door staff in La Rochelle (Charente-Maritime): a
24-year-old customer who disputes a bottle charged to his card is thrown out by two security agents, his arm
twisted, and kicked on the ground outside (nasal and orbital fractures, ITT 21 jours). A taxi driver, the victim's
friend and her phone video, the club's entrance camera, the payment terminal journal, the barman, the agents'
handwritten security register, the SAMU regulation sheet, the CNAPS answer (one agent's professional card expired)
and a locker search establish the facts; the club's manager paid the agent in cash. Written blind (no access to the
system's code or other evaluation data). All persons, companies, card numbers, phone lines and street
names/numbers are invented; the town, the hospital, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - DIPN de la Charente-Maritime - Commissariat de La Rochelle\nSûreté urbaine - Procédure n° 2025/08841\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERVENTION ET DE CONSTATATIONS

Le dimanche 9 novembre 2025 à 03h12, l'équipage Police-Secours TV 17 est requis par le centre d'information et de commandement, sur appel d'un chauffeur de taxi, pour une rixe devant la discothèque « Le Phare Bleu », 12 quai des Gabares à La Rochelle.

Arrivés sur place à 03h19, nous, Gardien de la paix Léa BOURON et Gardien de la paix Maxime NAUD, constatons :
- un homme d'une vingtaine d'années allongé sur le trottoir, en position latérale de sécurité, le visage en sang, conscient mais confus, assisté par une jeune femme ;
- devant la porte de l'établissement, deux agents de sécurité en tee-shirt noir marqué « SECURITY », qui nous indiquent que « le client est tombé tout seul » ;
- une tache de sang au pied du poteau de signalisation situé à 4 mètres de la porte.

Le chauffeur de taxi, M. Alain PÉRAUD, né le 17 août 1963 à Rochefort, stationné en tête de station quai des Gabares, nous déclare spontanément : « Les deux videurs l'ont sorti en lui tordant le bras, il est tombé, et le grand chauve lui a mis trois coups de pied dans la tête et le ventre. L'autre le tenait. »

Le SMUR prend en charge la victime, M. Théo RABILLER, et la transporte au centre hospitalier de La Rochelle.

Les agents de sécurité sont identifiés : M. Steeve DUPRAT et M. Florian BRIAND. Ils ne sont pas interpellés à ce stade, la victime n'étant pas en état d'être entendue.

Clôturé le même jour à 05h40.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME

Le lundi 10 novembre 2025 à 15h00, au centre hospitalier de La Rochelle, devant nous, Brigadier de police Nadia FERCHAUD, agent de police judiciaire,

Entendons M. Théo RABILLER, né le 3 avril 2001 à La Rochelle, âgé de 24 ans, apprenti charpentier de marine, demeurant 5 rue de la Sole à La Rochelle, qui déclare et dépose plainte :

« Samedi soir, je suis allé au Phare Bleu avec mon amie Inès. J'avais bu trois verres dans la soirée, pas plus.

Vers trois heures moins le quart, j'ai commandé au bar trois shots à 8 euros, donc pour moi il y en avait pour 24 euros. Le barman m'a tendu le terminal, j'ai payé sans contact sans regarder. Quand j'ai vu sur mon téléphone la notification de la banque, c'était le prix d'une bouteille de vodka. J'ai contesté, j'ai parlé fort, c'est vrai, mais je n'ai insulté personne.

Le barman a appelé la sécurité. Deux videurs sont arrivés ; le plus grand, chauve, m'a tordu le bras dans le dos et m'a poussé dehors. Sur le trottoir, j'ai glissé, je suis tombé. Après, je me souviens des chaussures et des coups dans la figure. Je me suis réveillé avec Inès à côté de moi.

J'ai le nez cassé et l'os sous l'œil gauche aussi, on va m'opérer. Je n'ai jamais frappé personne. »

Lecture faite, M. RABILLER persiste et signe.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
CENTRE HOSPITALIER DE LA ROCHELLE - Unité médico-judiciaire
CERTIFICAT MÉDICAL INITIAL - sur réquisition du 10/11/2025
Examiné le 10/11/2025 à 11h20 : M. RABILLER Théo, 24 ans

Doléances : céphalées, douleur faciale, vision double à gauche.
Lésions constatées :
- fracture déplacée des os propres du nez ;
- fracture du plancher de l'orbite gauche (scanner du 09/11) ;
- hématome péri-orbitaire gauche, plaie de l'arcade de 2,5 cm suturée ;
- ecchymoses du flanc droit (3 cm et 5 cm), compatibles avec des coups
  portés par un pied chaussé.

Alcoolémie mesurée à l'admission (09/11 à 04h30) : 1,12 g/L de sang.

Intervention chirurgicale programmée. Ces lésions entraînent une
incapacité totale de travail de 21 jours, sous réserve de complications.

Le médecin légiste, Dr Sophie MANDIN""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 10 novembre 2025 à 17h30, devant nous, Brigadier de police Nadia FERCHAUD, agent de police judiciaire,

Entendons Mme Inès GUILLOT, née le 21 janvier 2002 à Niort, étudiante, demeurant à La Rochelle, qui déclare :

« Théo n'était pas ivre, il était joyeux. Au bar, il a vu qu'on lui avait fait payer une bouteille au lieu de trois shots et il a demandé qu'on le rembourse. Il n'a menacé personne.

Les deux agents sont arrivés par derrière. Le grand chauve lui a pris le bras et l'a plié dans le dos, l'autre, plus jeune, avec une queue de cheval, le poussait. Dehors, Théo est tombé en avant. J'ai sorti mon téléphone et j'ai filmé : le chauve lui a donné des coups de pied pendant que l'autre lui tenait les bras. J'ai crié. Ma vidéo dure 41 secondes.

Après, j'ai appelé le SAMU. Le chauffeur de taxi, lui, a appelé la police.

Je vous remets la vidéo sur une clé USB. »

La clé USB est placée sous scellé n° 1.

Lecture faite, Mme GUILLOT persiste et signe.""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Capture de la vidéo de Mme GUILLOT (scellé n° 1), métadonnées 09/11/2025 03:08:47
Homme chauve en tee-shirt « SECURITY » portant un coup de pied au visage d'un homme au sol ; un second agent, cheveux attachés, lui maintient les bras.""",
    ),
    # 6
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Vidéoprotection de l'établissement, caméra n° 2 (porte d'entrée), 09/11/2025 03:06:12
Le client en chemise blanche franchit la porte, le bras droit tordu dans le dos par un agent chauve ; le second agent le pousse aux épaules. Aucun geste du client vers les agents.""",
    ),
    # 7
    (
        "scan",
        HEAD
        + """
SAS LE PHARE BLEU - Journal du terminal de paiement n° 3 (bar central)
Réponse à réquisition judiciaire du 12/11/2025
Nuit du 08/11/2025 au 09/11/2025 - extrait

Heure     Libellé                         Montant   Carte
02:31:55  2 x BIERE PRESSION 25CL           14,00   ...1185
02:41:09  3 x COCKTAIL MAISON               36,00   ...4072
02:52:17  1 x BOUTEILLE VODKA 70CL         180,00   ...6620
02:52:40  1 x SODA                           5,00   ...0913
03:01:03  ANNULATION DEMANDEE - REFUSEE      0,00   ...6620

Prix de la carte : SHOT VODKA 8,00 - BOUTEILLE VODKA 70CL 180,00
Opérateur caisse : n° 07 (M. LACROIX)""",
    ),
    # 8
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 12 novembre 2025 à 10h00, devant nous, Lieutenant de police Julien ARCHAMBAUD, officier de police judiciaire,

Entendons M. Bastien LACROIX, né le 8 septembre 1996 à Saintes, barman à la discothèque « Le Phare Bleu », qui déclare :

« Je servais au bar central. Le jeune homme en chemise blanche m'a demandé quelque chose, avec la musique je n'ai pas bien compris, j'ai cru entendre « une vodka » et j'ai tapé une bouteille. Il a payé. Dix minutes plus tard, il est revenu avec son téléphone et il a demandé qu'on annule. Je ne peux pas annuler une vente, il faut le patron, et le patron était en salle.

Il parlait fort, il tapait sur le comptoir, mais le client n'a levé la main sur personne, ni sur moi ni sur les agents. J'ai appuyé sur le bouton d'appel de la sécurité, comme on nous le demande.

Steeve et Florian sont arrivés. Steeve l'a attrapé tout de suite par le bras. Je n'ai pas vu ce qui s'est passé dehors.

M. TEXIER nous dit de ne jamais rembourser au bar. »

Lecture faite, M. LACROIX persiste et signe.""",
    ),
    # 9
    (
        "hand",
        """Registre de sécurité - Le Phare Bleu
Nuit du 08/11 au 09/11 - agents S.D. + F.B.
23h00 ouverture - RAS
01h40 refus entrée 2 personnes (ivresse)
03h05 client agressif au bar
  (conteste addition), raccompagné
  dehors sans incident
03h15 client tombé seul sur trottoir
  police + SAMU sur place
05h00 fermeture
Signé : S. Duprat""",
    ),
    # 10
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS

Nous, Lieutenant de police Julien ARCHAMBAUD, officier de police judiciaire,

Le mercredi 12 novembre 2025, adressons des réquisitions (article 77-1-1 du CPP) à la SAS Le Phare Bleu, 12 quai des Gabares à La Rochelle, pour les enregistrements de vidéoprotection, le journal des terminaux de paiement et le registre de sécurité, ainsi qu'au Conseil national des activités privées de sécurité (CNAPS) pour la situation des deux agents.

Identifions les agents :
- M. Steeve DUPRAT, né le 22 juin 1987 à Rochefort, domicilié à Aytré, ligne 06 39 98 62 45 ;
- M. Florian BRIAND, né le 30 octobre 2000 à La Rochelle, domicilié à Lagord.

L'URSSAF, consultée, indique qu'aucune déclaration préalable à l'embauche n'a été effectuée par la SAS Le Phare Bleu pour M. DUPRAT ; M. BRIAND est salarié d'une société de sécurité privée, Atlantique Gardiennage, qui le met à disposition de l'établissement.

Le gérant de la SAS est M. Régis TEXIER, né le 5 février 1973 à Niort.

Le mercredi 12 novembre 2025 à 07h00, M. DUPRAT est interpellé à son domicile et placé en garde à vue ; le dépistage de l'état alcoolique est négatif (0,00 mg/L d'air expiré). M. BRIAND est interpellé à 07h20 à Lagord.""",
    ),
    # 11
    (
        "scan",
        HEAD
        + """
SAMU 17 - Centre de réception et de régulation des appels
Réponse à réquisition du 12/11/2025 - fiche de régulation n° 17-251109-0214

Appel reçu : 09/11/2025 à 03:11:40
Appelante : Mme GUILLOT Inès (témoin)
Motif : homme au sol, frappé, saigne du visage, quai des Gabares

Décision : envoi SMUR La Rochelle
Arrivée SMUR sur place : 03:26
Bilan : score de Glasgow 12, épistaxis abondante, oedème orbitaire gauche,
douleur abdominale à la palpation
Départ vers le centre hospitalier de La Rochelle : 03:52""",
    ),
    # 12
    (
        "scan",
        HEAD
        + """
CONSEIL NATIONAL DES ACTIVITÉS PRIVÉES DE SÉCURITÉ (CNAPS)
Délégation territoriale Sud-Ouest - réponse à réquisition du 12/11/2025

1. M. DUPRAT Steeve, né le 22/06/1987 à Rochefort
   Carte professionnelle n° CAR-017-2019-03-14-0361842
   Activité : surveillance humaine
   Date de fin de validité : 14/03/2024 - NON RENOUVELÉE
   Demande de renouvellement : aucune

2. M. BRIAND Florian, né le 30/10/2000 à La Rochelle
   Carte professionnelle n° CAR-017-2023-06-22-0518207
   Activité : surveillance humaine
   Valide jusqu'au 22/06/2028

Aucune carte n'est en cours de validité pour M. DUPRAT à la date du
09/11/2025.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mercredi 12 novembre 2025 à 09h00, devant nous, Lieutenant de police Julien ARCHAMBAUD, officier de police judiciaire,

Entendons M. Steeve DUPRAT, né le 22 juin 1987 à Rochefort, âgé de 38 ans, agent de sécurité, placé en garde à vue le même jour à 07h00, assisté de Maître Romain DELAGE, avocat au barreau de La Rochelle, qui déclare :

« Le client était ivre et agressif. Au bar, il a voulu m'attraper par le col, c'est lui qui m'a frappé en premier, une gifle. J'ai fait une clé de bras, c'est la technique qu'on apprend.

Dehors, il a trébuché sur la marche et il s'est cogné contre le poteau. Je ne l'ai jamais touché quand il était au sol, jamais. La fille filme n'importe quoi.

J'ai ma carte professionnelle, je travaille dans la sécurité depuis dix ans. Elle est peut-être à renouveler, je ne sais pas.

Les gants dans mon casier, c'est pour le froid. »

Après visionnage de la vidéo de Mme GUILLOT, il déclare : « Je me suis peut-être défendu avec le pied, il se relevait. »

La garde à vue, prolongée par le procureur de la République, est levée le jeudi 13 novembre 2025 à 11h30, soit 28 heures 30 minutes de garde à vue.

Lecture faite, M. DUPRAT persiste et signe.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mercredi 12 novembre 2025 à 10h45, devant nous, Brigadier de police Nadia FERCHAUD, agent de police judiciaire,

Entendons M. Florian BRIAND, né le 30 octobre 2000 à La Rochelle, âgé de 25 ans, agent de sécurité, placé en garde à vue le même jour à 07h20, assisté de Maître Élodie CHAIGNEAU, avocate au barreau de La Rochelle, qui déclare :

« Le barman a appuyé sur l'appel sécurité. Le client criait mais il n'a frappé personne. Steeve lui a fait une clé de bras tout de suite et on l'a sorti.

Dehors, le client est tombé à plat ventre. Je lui ai tenu les bras pour le maîtriser, pour qu'il ne se relève pas. Steeve lui a mis deux coups de pied quand il était par terre, un dans le ventre et un dans la tête. Je lui ai dit d'arrêter.

Le registre, c'est Steeve qui l'a rempli. Il m'a dit : « On écrit qu'il est tombé tout seul. » Je n'aurais pas dû signer avec lui.

Steeve porte toujours des gants avec des coques. Le patron le paie en liquide à la fin de la nuit, moi je suis payé par ma société. »

Fin de garde à vue le même jour à 18h00.

Lecture faite, M. BRIAND persiste et signe.""",
    ),
    # 15
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Vestiaire du personnel du Phare Bleu, casier n° 4 (M. DUPRAT), mercredi 12 novembre 2025 à 08h15
Paire de gants noirs à coques renforcées sur les phalanges, taches brunâtres sur le gant droit ; bombe aérosol lacrymogène de 75 ml. Placés sous scellés n° 2 et 3.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le vendredi 14 novembre 2025 à 14h00, devant nous, Lieutenant de police Julien ARCHAMBAUD, officier de police judiciaire,

Entendons M. Régis TEXIER, né le 5 février 1973 à Niort, âgé de 52 ans, gérant de la SAS Le Phare Bleu, informé de ses droits, qui renonce à l'assistance d'un avocat et déclare :

« La discothèque peut recevoir 450 personnes. La nuit du 8 au 9 novembre, nous avons eu 312 entrées, c'était une soirée normale.

Tous mes agents ont leur carte professionnelle, je vérifie à chaque embauche. Florian vient d'Atlantique Gardiennage ; Steeve, je le connais depuis longtemps, il travaille pour moi le vendredi et le samedi.

Steeve n'est pas déclaré, c'est vrai, je le paie 130 euros la nuit en espèces, il préférait comme ça. Je comptais régulariser.

Je n'ai rien vu de l'incident, j'étais en salle. Pour l'addition, c'est une erreur du barman ; je suis prêt à rembourser la bouteille. »

Lecture faite, M. TEXIER persiste et signe.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : DUPRAT Steeve, né le 22 juin 1987 à Rochefort (17).
Condamnation n° 1 : jugement du tribunal correctionnel de La Rochelle du 4 juillet 2019. Violences ayant entraîné une incapacité de travail n'excédant pas huit jours. Peine : 4 mois d'emprisonnement avec sursis.

Relevé des condamnations de : BRIAND Florian, né le 30 octobre 2000 à La Rochelle (17).
Néant.

Relevé des condamnations de : TEXIER Régis, né le 5 février 1973 à Niort (79).
Néant.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Lieutenant de police Julien ARCHAMBAUD à Madame la Procureure de la République près le tribunal judiciaire de La Rochelle.

Dans la nuit du samedi 8 au dimanche 9 novembre 2025, M. Théo RABILLER, 24 ans, client de la discothèque « Le Phare Bleu », a été expulsé par deux agents de sécurité après avoir contesté une bouteille facturée sur sa carte au lieu de trois shots, puis frappé à coups de pied alors qu'il était au sol. Il présente une fracture du nez et du plancher de l'orbite ; l'ITT est fixée à 21 jours.

Les images de la caméra de la porte, la vidéo de 41 secondes filmée par son amie, le chauffeur de taxi, le barman et le second agent établissent que le client n'a frappé personne et que M. Steeve DUPRAT lui a porté des coups de pied à terre, M. Florian BRIAND le maintenant au sol. Le registre de sécurité, rédigé par M. DUPRAT, mentionne une chute.

M. DUPRAT exerçait sans carte professionnelle valide et sans déclaration d'embauche ; le gérant, M. Régis TEXIER, le rémunérait 130 euros par nuit en espèces.

Les faits sont susceptibles de recevoir la qualification de violences en réunion ayant entraîné une incapacité totale de travail supérieure à huit jours (article 222-12 du Code pénal) à l'encontre de MM. DUPRAT et BRIAND, et de travail dissimulé (articles L. 8221-5 et L. 8224-1 du Code du travail) à l'encontre de M. TEXIER ; l'exercice sans carte professionnelle est signalé au CNAPS.

Fait à La Rochelle, le lundi 17 novembre 2025.""",
    ),
]

PERSONS = [
    {"name": "Steeve DUPRAT", "role": "mis en cause", "aliases": ["DUPRAT Steeve", "M. DUPRAT", "Steeve", "S. Duprat", "S.D."]},
    {"name": "Florian BRIAND", "role": "mis en cause", "aliases": ["BRIAND Florian", "M. BRIAND", "Florian", "F.B."]},
    {"name": "Régis TEXIER", "role": "mis en cause", "aliases": ["TEXIER Régis", "M. TEXIER", "le patron"]},
    {"name": "SAS Le Phare Bleu", "role": "mis en cause", "aliases": ["Le Phare Bleu", "la discothèque"]},
    {"name": "Théo RABILLER", "role": "victime", "aliases": ["RABILLER Théo", "M. RABILLER", "Théo"]},
    {"name": "Inès GUILLOT", "role": "témoin", "aliases": ["Mme GUILLOT", "GUILLOT Inès", "Inès"]},
    {"name": "Alain PÉRAUD", "role": "témoin", "aliases": ["M. Alain PÉRAUD", "le chauffeur de taxi"]},
    {"name": "Bastien LACROIX", "role": "témoin", "aliases": ["M. LACROIX", "le barman"]},
    {"name": "Sophie MANDIN", "role": "autre", "aliases": ["Dr Sophie MANDIN", "le médecin légiste"]},
    {"name": "Julien ARCHAMBAUD", "role": "enquêteur", "aliases": ["Lieutenant de police Julien ARCHAMBAUD"]},
    {"name": "Nadia FERCHAUD", "role": "enquêteur", "aliases": ["Brigadier de police Nadia FERCHAUD"]},
    {"name": "Léa BOURON", "role": "enquêteur", "aliases": ["Gardien de la paix Léa BOURON"]},
    {"name": "Maxime NAUD", "role": "enquêteur", "aliases": ["Gardien de la paix Maxime NAUD"]},
    {"name": "Romain DELAGE", "role": "avocat", "aliases": ["Maître Romain DELAGE"]},
    {"name": "Élodie CHAIGNEAU", "role": "avocat", "aliases": ["Maître Élodie CHAIGNEAU"]},
]

EVENTS = [
    ("2019-07-04", None, "condamnation de Steeve DUPRAT pour violences", "de La Rochelle du 4 juillet 2019"),
    ("2024-03-14", None, "fin de validité de la carte professionnelle de Steeve DUPRAT", "Date de fin de validité : 14/03/2024"),
    ("2025-11-09", "02:52", "paiement d'une bouteille de vodka avec la carte du client", "02:52:17  1 x BOUTEILLE VODKA 70CL"),
    ("2025-11-09", "03:06", "le client est sorti de force par la porte", "(porte d'entrée), 09/11/2025 03:06:12"),
    ("2025-11-09", "03:08", "coup de pied filmé par la témoin", "métadonnées 09/11/2025 03:08:47"),
    ("2025-11-09", "03:11", "appel du SAMU par la témoin", "Appel reçu : 09/11/2025 à 03:11:40"),
    ("2025-11-09", "03:12", "appel de la police par le chauffeur de taxi", "Le dimanche 9 novembre 2025 à 03h12"),
    ("2025-11-10", "15:00", "audition et plainte de la victime", "Le lundi 10 novembre 2025 à 15h00"),
    ("2025-11-12", "07:00", "interpellation et garde à vue de Steeve DUPRAT", "Le mercredi 12 novembre 2025 à 07h00"),
    ("2025-11-13", "11:30", "fin de garde à vue de Steeve DUPRAT", "levée le jeudi 13 novembre 2025 à 11h30"),
    ("2025-11-14", "14:00", "audition libre du gérant", "Le vendredi 14 novembre 2025 à 14h00"),
]

OFFENCES = [
    {"qualification": "violences en réunion ayant entraîné une incapacité totale de travail supérieure à huit jours", "code_article": "222-12"},
    {"qualification": "travail dissimulé par dissimulation d'emploi salarié", "code_article": "L. 8221-5 du Code du travail"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("plainte", 2, 2),
    ("certificat_medical", 3, 3),
    ("pv_audition", 4, 4),
    ("photographie", 5, 6),
    ("requisition", 7, 7),
    ("pv_audition", 8, 8),
    ("note_manuscrite", 9, 9),
    ("pv_constatations", 10, 10),
    ("requisition", 11, 12),
    ("pv_garde_a_vue", 13, 14),
    ("photographie", 15, 15),
    ("pv_audition", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de jours d'arrêt total le médecin a-t-il fixés pour le jeune homme frappé ?", ["incapacité totale de travail de 21 jours", "l'ITT est fixée à 21 jours"]),
    ("Quel taux d'alcool dans le sang a-t-on relevé chez le client à son arrivée à l'hôpital ?", ["04h30) : 1,12 g/L de sang"]),
    ("Quel résultat a donné le contrôle d'alcoolémie du videur lors de son interpellation ?", ["(0,00 mg/L d'air expiré)"]),
    ("À quelle heure la vidéo de l'amie montre-t-elle le coup de pied au visage ?", ["métadonnées 09/11/2025 03:08:47"]),
    ("À quelle heure la caméra de la porte montre-t-elle le client sorti de force ?", ["(porte d'entrée), 09/11/2025 03:06:12"]),
    ("Quel montant a été débité sur la carte du client pour la bouteille ?", ["02:52:17  1 x BOUTEILLE VODKA 70CL         180,00"]),
    ("Par quels chiffres se termine la carte bancaire du client qui a contesté l'addition ?", ["180,00   ...6620"]),
    ("À quelle heure le registre tenu par les agents situe-t-il la sortie du client ?", ["03h05 client agressif au bar"]),
    ("À quelle heure l'amie de la victime a-t-elle joint le SAMU ?", ["Appel reçu : 09/11/2025 à 03:11:40"]),
    ("Quel score de Glasgow le SMUR a-t-il relevé à son arrivée ?", ["score de Glasgow 12"]),
    ("Jusqu'à quelle date la carte professionnelle du plus jeune des videurs est-elle valable ?", ["Valide jusqu'au 22/06/2028"]),
    ("Quelle contenance a la bombe lacrymogène trouvée dans le casier du videur chauve ?", ["bombe aérosol lacrymogène de 75 ml"]),
    ("À quelle heure le chauffeur de taxi a-t-il fait appel à la police ?", ["Le dimanche 9 novembre 2025 à 03h12"]),
    ("À quelle heure la patrouille est-elle arrivée devant la boîte de nuit ?", ["Arrivés sur place à 03h19"]),
    ("Combien de coups de pied le chauffeur de taxi dit-il avoir vus ?", ["lui a mis trois coups de pied dans la tête"]),
    ("Combien de coups de pied le second agent de sécurité attribue-t-il à son collègue ?", ["Steeve lui a mis deux coups de pied quand il était par terre"]),
    ("Combien de temps dure l'enregistrement fait avec le téléphone de l'amie ?", ["Ma vidéo dure 41 secondes", "la vidéo de 41 secondes"]),
    ("Combien le patron de la boîte payait-il le videur non déclaré pour une nuit ?", ["je le paie 130 euros la nuit en espèces", "le rémunérait 130 euros par nuit en espèces"]),
    ("Combien de clients sont entrés dans la discothèque cette nuit-là ?", ["nous avons eu 312 entrées"]),
    ("Combien de temps a duré la garde à vue du videur chauve ?", ["soit 28 heures 30 minutes de garde à vue"]),
    ("Quel âge a le client agressé ?", ["âgé de 24 ans, apprenti charpentier de marine", "M. Théo RABILLER, 24 ans, client", "Examiné le 10/11/2025 à 11h20 : M. RABILLER Théo, 24 ans"]),
    ("Combien le client pensait-il devoir payer pour sa commande au bar ?", ["pour moi il y en avait pour 24 euros"]),
    ("À quelle peine le videur chauve a-t-il été condamné en 2019 ?", ["Peine : 4 mois d'emprisonnement avec sursis"]),
    ("Quel article du Code pénal est visé pour les violences commises par les deux agents ?", ["(article 222-12 du Code pénal)"]),
    ("Le client a-t-il frappé le premier, comme l'affirme le videur chauve ?", ["c'est lui qui m'a frappé en premier", "le client n'a levé la main sur personne"]),
    ("Le videur a-t-il touché le client quand celui-ci était à terre, alors qu'il le nie ?", ["Je ne l'ai jamais touché quand il était au sol", "portant un coup de pied au visage d'un homme au sol"]),
    ("Le registre de sécurité qui parle d'une chute du client est-il confirmé par les agents eux-mêmes ?", ["03h15 client tombé seul sur trottoir", "On écrit qu'il est tombé tout seul"]),
    ("Tous les agents de la boîte avaient-ils bien leur carte professionnelle, comme le dit le gérant ?", ["Tous mes agents ont leur carte professionnelle", "Date de fin de validité : 14/03/2024 - NON RENOUVELÉE"]),
    ("Quelle est l'immatriculation du taxi dont le chauffeur a assisté à la scène ?", []),
    ("Quel est le numéro de téléphone de la victime ?", []),
]

ANSWERS = {
    "Combien de jours d'arrêt total le médecin a-t-il fixés pour le jeune homme frappé ?": "21 jours",
    "Quel taux d'alcool dans le sang a-t-on relevé chez le client à son arrivée à l'hôpital ?": "1,12 g/L",
    "Quel résultat a donné le contrôle d'alcoolémie du videur lors de son interpellation ?": "0,00 mg/L",
    "À quelle heure la vidéo de l'amie montre-t-elle le coup de pied au visage ?": "03:08:47",
    "À quelle heure la caméra de la porte montre-t-elle le client sorti de force ?": "03:06:12",
    "Quel montant a été débité sur la carte du client pour la bouteille ?": "180,00",
    "Par quels chiffres se termine la carte bancaire du client qui a contesté l'addition ?": "6620",
    "À quelle heure le registre tenu par les agents situe-t-il la sortie du client ?": "03h05",
    "À quelle heure l'amie de la victime a-t-elle joint le SAMU ?": "03:11:40",
    "Quel score de Glasgow le SMUR a-t-il relevé à son arrivée ?": "12",
    "Jusqu'à quelle date la carte professionnelle du plus jeune des videurs est-elle valable ?": "22/06/2028",
    "Quelle contenance a la bombe lacrymogène trouvée dans le casier du videur chauve ?": "75 ml",
    "À quelle heure le chauffeur de taxi a-t-il fait appel à la police ?": "03h12",
    "À quelle heure la patrouille est-elle arrivée devant la boîte de nuit ?": "03h19",
    "Combien de coups de pied le chauffeur de taxi dit-il avoir vus ?": "trois coups de pied",
    "Combien de coups de pied le second agent de sécurité attribue-t-il à son collègue ?": "deux coups de pied",
    "Combien de temps dure l'enregistrement fait avec le téléphone de l'amie ?": "41 secondes",
    "Combien le patron de la boîte payait-il le videur non déclaré pour une nuit ?": "130 euros",
    "Combien de clients sont entrés dans la discothèque cette nuit-là ?": "312 entrées",
    "Combien de temps a duré la garde à vue du videur chauve ?": "28 heures 30 minutes",
    "Quel âge a le client agressé ?": "24 ans",
    "Combien le client pensait-il devoir payer pour sa commande au bar ?": "24 euros",
    "À quelle peine le videur chauve a-t-il été condamné en 2019 ?": "4 mois d'emprisonnement avec sursis",
    "Quel article du Code pénal est visé pour les violences commises par les deux agents ?": "222-12",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "premier coup : le videur dit que le client l'a frappé en premier, le barman affirme que le client n'a levé la main sur personne",
        "phrases": ["c'est lui qui m'a frappé en premier", "le client n'a levé la main sur personne"],
        "between": ["Steeve DUPRAT", "Bastien LACROIX"],
    },
    {
        "about": "coups au sol : le videur nie avoir touché le client à terre, la capture de la vidéo de la témoin le montre portant un coup de pied au visage d'un homme au sol",
        "phrases": ["Je ne l'ai jamais touché quand il était au sol", "portant un coup de pied au visage d'un homme au sol"],
        "between": ["Steeve DUPRAT", "Inès GUILLOT (vidéo)"],
    },
    {
        "about": "registre de sécurité : le registre mentionne un client « tombé seul », le second agent dit que le videur lui a demandé d'écrire qu'il était tombé tout seul",
        "phrases": ["03h15 client tombé seul sur trottoir", "On écrit qu'il est tombé tout seul"],
        "between": ["Steeve DUPRAT (registre)", "Florian BRIAND"],
    },
    {
        "about": "carte professionnelle : le gérant affirme que tous ses agents ont leur carte, le CNAPS indique que celle de M. DUPRAT a expiré le 14/03/2024 sans renouvellement",
        "phrases": ["Tous mes agents ont leur carte professionnelle", "Date de fin de validité : 14/03/2024 - NON RENOUVELÉE"],
        "between": ["Régis TEXIER", "CNAPS"],
    },
]
