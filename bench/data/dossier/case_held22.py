# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 22: a fictitious illegal dump of building waste at Mazan (Vaucluse): a demolition company
charges its clients for the removal of rubble and fibre-cement roofing to an approved storage site, but its tipper
lorry empties most loads at night on the field of an 81-year-old widow who had been promised « de la terre pour
niveler ». The mayor's complaint, the Office français de la biodiversité, a hunter's notebook, the commune's trail
camera, a drone survey, the storage site's weighbridge register, an asbestos analysis, the lorry's geolocation, the
company's bank statement and a search with forged weighing tickets establish the facts. Written blind (no access to
the system's code or other evaluation data). All persons, companies, accounts, phone lines, plates and street
names/numbers are invented; the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Compagnie de Carpentras - Brigade de recherches\nEnquête conjointe avec l'OFB (Vaucluse) - Procédure n° 01462/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RÉCEPTION DE PLAINTE

Le lundi 2 juin 2025 à 10h15, devant nous, Adjudant-chef Sandrine LAUGIER, officier de police judiciaire,

Se présente M. Bernard CHABAUD, maire de la commune de Mazan (84), agissant au nom de la commune en vertu d'une délibération du conseil municipal, qui dépose plainte et déclare :

« Au lieu-dit Les Garrigues, chemin rural n° 12, sur une parcelle privée qui borde le chemin communal, un dépôt de gravats n'a cessé de grossir depuis le début du printemps. Au départ, quelques tas ; aujourd'hui, une véritable colline de béton concassé, de briques, de carrelage, de plaques ondulées grises, de plastiques et de bois de charpente. Une partie déborde sur le chemin, qui est devenu impraticable pour les engins agricoles et pour les pompiers.

Les riverains m'ont signalé des passages de camion benne à l'aube et le samedi. Le lundi 5 mai 2025, nous avons fait installer par les services techniques un piège photographique sur un poteau à l'entrée du chemin.

Je vous remets les clichés enregistrés. La commune a fait chiffrer l'enlèvement des déchets par une entreprise spécialisée, avec désamiantage : le devis s'élève à 96 500 euros hors taxes. Les eaux de ruissellement de la parcelle descendent vers un fossé qui rejoint l'Auzon. »

M. CHABAUD remet la carte mémoire du piège photographique, placée sous scellé n° 1.

Lecture faite, M. CHABAUD persiste et signe.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS - Office français de la biodiversité

Le mercredi 4 juin 2025 à 09h00, nous, Julien MARTEL, inspecteur de l'environnement commissionné et assermenté, service départemental de Vaucluse, accompagné de l'Adjudant-chef Sandrine LAUGIER, nous transportons au lieu-dit Les Garrigues à Mazan, parcelle cadastrée section BK n° 207.

Constatons :
- un dépôt de déchets de chantier sur une emprise estimée à environ 2 000 m², d'une hauteur pouvant atteindre 3,5 mètres au centre ;
- des déchets inertes (béton, briques, tuiles, carrelage, enrobé) mêlés à des déchets non inertes : plâtre, laine de verre, bois traité, gaines électriques, films plastiques, pots de peinture ;
- de nombreux fragments de plaques ondulées en fibrociment, cassées, dont certaines portent le marquage « ONDULIT 1978 » ;
- un écoulement d'eau grisâtre au pied du dépôt vers le fossé longeant le chemin.

Quatre prélèvements de plaques en fibrociment sont réalisés, numérotés P1 à P4, placés sous scellés n° 2 à 5 et adressés au laboratoire pour recherche d'amiante.

Le dépôt est interdit d'accès par un ruban et un arrêté municipal. Un relevé par drone est demandé au groupe d'appui de la gendarmerie.

Clôturé le même jour à 11h40.""",
    ),
    # 3
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Relevé par drone, lieu-dit Les Garrigues à Mazan, vendredi 6 juin 2025 à 10h20
Vue zénithale du dépôt : emprise mesurée 2 340 m², volume calculé par photogrammétrie 1 180 m³. Traces de pneus jumelés depuis le chemin rural n° 12.""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le vendredi 6 juin 2025 à 15h00, devant nous, Maréchal des logis-chef Thomas REYNAUD, agent de police judiciaire,

Entendons Mme Odette ROUMANILLE, née le 9 mars 1944 à Mazan, veuve, retraitée, propriétaire de la parcelle BK n° 207, demeurant 3 chemin des Mûriers à Mazan, qui déclare :

« Ce terrain, c'était le verger de mon mari. Depuis son décès, il est en friche. L'hiver dernier, un homme est venu sonner chez moi, un entrepreneur de Monteux, bien habillé, avec une voiture noire. Il m'a dit qu'il avait de la bonne terre végétale en trop sur ses chantiers et qu'il pouvait niveler mon terrain gratuitement, pour que je puisse le louer ensuite à un maraîcher.

J'ai dit oui, je n'y voyais pas de mal. Il m'a fait signer un papier, je n'ai pas gardé de copie. Il ne m'a jamais parlé de gravats et encore moins de plaques d'amiante.

Je ne vais plus au terrain, je marche mal. C'est mon neveu qui m'a montré les photos en mai. J'ai eu honte. Je n'ai jamais reçu un centime. Je veux que ce soit enlevé, mais je n'ai pas les moyens.

Sur la photographie que vous me présentez, je reconnais l'homme qui est venu chez moi. »

Une photographie de M. Yannick BRUNEL lui a été présentée parmi cinq autres. Elle le désigne sans hésitation.

Lecture faite, Mme ROUMANILLE persiste et signe.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 10 juin 2025 à 09h30, devant nous, Maréchal des logis-chef Thomas REYNAUD, agent de police judiciaire,

Entendons M. Marcel JOUVE, né le 14 octobre 1958 à Carpentras, retraité, chasseur, demeurant 11 route de Bédoin à Mazan, qui déclare :

« Je promène mes chiens tous les matins sur le chemin des Garrigues. Au mois d'avril, j'ai commencé à voir un camion benne blanc qui sortait du terrain de la veuve ROUMANILLE, toujours très tôt, avant le jour, ou le samedi. Comme ça ne me plaisait pas, j'ai pris l'habitude de noter dans mon carnet de chasse l'heure et la plaque.

Je vous remets la page de mon carnet. J'ai noté cinq passages. Le chauffeur était un jeune, casquette à l'envers ; une fois il m'a fait un signe de la main.

Le camion avait une inscription sur la portière, « B.D.S. », avec un numéro de téléphone que je n'ai pas eu le temps de noter. »

La page du carnet est placée sous scellé n° 6.

Lecture faite, M. JOUVE persiste et signe.""",
    ),
    # 6
    (
        "hand",
        """Carnet M. Jouve - scellé n° 6
Camion benne blanc - chemin Garrigues
sam 12/04  6h40  GH-274-KT vide en sortant
mar 15/04  5h55  GH-274-KT
sam 26/04  7h10  GH-274-KT + remorque
jeu 08/05  6h05  GH-274-KT chauffeur jeune
sam 24/05  5h35  même camion, plein
plaques grises qui dépassent de la benne
5 passages vus, sûrement plus
M.J.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Piège photographique de la commune, entrée du chemin rural n° 12, scellé n° 1
Horodatage de l'appareil : 17/05/2025 05:52:14. Camion benne blanc immatriculé GH-274-KT, portière marquée « B.D.S. », benne chargée de plaques ondulées grises ; un seul occupant.""",
    ),
    # 8
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 11 juin 2025 à 14h00, devant nous, Adjudant-chef Sandrine LAUGIER, officier de police judiciaire,

Entendons Mme Claire ESTIENNE, née le 22 juillet 1981 à Avignon, conductrice de travaux à la SCI Les Terrasses du Comtat, demeurant à Pernes-les-Fontaines, qui déclare :

« Nous transformons en logements un ancien hangar agricole à Pernes-les-Fontaines. La démolition intérieure et la dépose de la toiture ont été confiées à la SARL Brunel Démolition Services, de Monteux. La couverture était en plaques ondulées en fibrociment d'avant 1997 ; le diagnostic amiante avant travaux était positif et figurait au dossier de consultation.

Le devis signé prévoyait l'évacuation des déchets vers une installation agréée, en 46 rotations de benne, pour 18 400 euros hors taxes. Le gérant nous a remis à la fin du chantier une liasse de bons de pesée au nom de Vaucluse Recyclage Inertes, à Sorgues, pour justifier l'évacuation. Nous n'avons pas reçu de bordereau de suivi des déchets d'amiante, il nous a dit qu'il nous l'enverrait.

Nous avons tout payé par virement, le 28 avril 2025. »

Mme ESTIENNE remet une copie du devis et la liasse de bons de pesée, placée sous scellé n° 7.

Lecture faite, Mme ESTIENNE persiste et signe.""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
VAUCLUSE RECYCLAGE INERTES - Installation de stockage de déchets inertes
Route de Vedène, 84700 Sorgues
Réponse à réquisition judiciaire du 12/06/2025

Registre des entrées - apporteur SARL BRUNEL DEMOLITION SERVICES
Période du 01/03/2025 au 31/05/2025

Date        Véhicule     Nature             Poids net    Montant HT
04/03/2025  GH-274-KT   gravats inertes     10,40 t      145,60
19/03/2025  GH-274-KT   gravats inertes      9,80 t      137,20
02/04/2025  GH-274-KT   béton concassé      11,40 t      159,60

Total période : 3 apports - 31,60 t - 442,40 EUR HT (14,00 EUR/t)

Aucun autre apport enregistré. Notre installation n'accepte ni
plâtre, ni bois, ni déchets contenant de l'amiante.
Les bons de pesée n° 25-0418 à 25-0431 qui nous sont présentés
ne figurent pas dans notre registre : numérotation et cachet
non conformes aux nôtres.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
LABORATOIRE PROVENCE ANALYSES - Avignon
Rapport d'essai n° PA-25-06-1187 du 20/06/2025
Recherche d'amiante dans les matériaux (MOLP / META)

Demandeur : Brigade de recherches de Carpentras
Scellés n° 2 à 5 - plaques ondulées en fibrociment, Mazan

Prélèvement   Résultat             Type de fibres
P1            amiante détecté      chrysotile
P2            amiante détecté      chrysotile
P3            amiante non détecté  -
P4            amiante détecté      chrysotile

Conclusion : 3 prélèvements sur 4 contiennent de l'amiante.
Les plaques dégradées présentent un risque d'émission de fibres ;
leur élimination relève d'une installation de stockage autorisée
à recevoir l'amiante lié, avec bordereau de suivi dédié.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS

Nous, Adjudant-chef Sandrine LAUGIER, officier de police judiciaire,

Le jeudi 12 juin 2025, consultons le système d'immatriculation des véhicules : le camion benne Renault Midlum GH-274-KT est loué en longue durée par la SARL Brunel Démolition Services, 140 avenue du Comtat à Monteux, auprès de la société Locabenne Sud. Le gérant de la SARL est M. Yannick BRUNEL, né le 3 janvier 1981 à Cavaillon ; sa ligne professionnelle est le 06 39 98 27 64.

Adressons des réquisitions (article 77-1-1 du CPP) à Vaucluse Recyclage Inertes, à Locabenne Sud pour les données du boîtier de géolocalisation du camion, et à la Banque Provençale de Crédit pour le compte professionnel de la SARL.

La SARL emploie deux salariés déclarés, dont M. Dylan FABRE, né le 2 février 2002 à Carpentras, chauffeur titulaire du permis C depuis 2022.

L'entreprise n'est titulaire d'aucune autorisation ni d'aucun enregistrement pour l'exploitation d'une installation de stockage de déchets, et n'a déposé aucun bordereau de suivi des déchets d'amiante sur la plateforme nationale depuis sa création.

Une ancienne salariée, entendue par téléphone, indique que le gérant disait aux chauffeurs que « Sorgues, c'est trop cher et trop loin ».""",
    ),
    # 12
    (
        "scan",
        HEAD
        + """
LOCABENNE SUD - Réponse à réquisition du 12/06/2025
Boîtier de géolocalisation du véhicule GH-274-KT
Période du 01/03/2025 au 31/05/2025

Arrêts de plus de 5 minutes dans la zone « Mazan - Les Garrigues »
(rayon 150 m autour du chemin rural n° 12) :

nombre d'arrêts ................................ 38
dont arrêts entre 05h00 et 07h30 ............... 24
dont arrêts le samedi .......................... 11
durée cumulée des arrêts ....................... 646 minutes
durée moyenne d'un arrêt ....................... 17 minutes

Arrêts à l'installation de Sorgues (route de Vedène) : 3
Dernier arrêt à Mazan : 31/05/2025 de 05h48 à 06h09.

Distance dépôt de Monteux - Mazan : 14 km ;
distance dépôt de Monteux - Sorgues : 19 km.""",
    ),
    # 13
    (
        "scan",
        HEAD
        + """
BANQUE PROVENÇALE DE CRÉDIT - agence de Monteux
Réponse à réquisition judiciaire du 12/06/2025
Titulaire : SARL BRUNEL DEMOLITION SERVICES
Compte n° 11908 00352 70481163 - relevé du 01/04/2025 au 30/04/2025

01/04  solde créditeur                                 4 218,35
03/04  PRLV LOCABENNE SUD - loyer GH-274-KT           -1 380,00
07/04  PRLV VAUCLUSE RECYCLAGE INERTES - FAC 2503      -339,36
15/04  CB STATION AVIA MONTEUX - gazole                 -412,60
22/04  RETRAIT DAB MONTEUX                              -800,00
28/04  VIR SCI LES TERRASSES DU COMTAT - FAC 2025-031  22 080,00
29/04  RETRAIT DAB MONTEUX                              -800,00
30/04  VIR BRUNEL YANNICK - « remboursement avance »   -6 000,00
30/04  solde créditeur                                16 566,39""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le lundi 16 juin 2025 à 08h10, devant nous, Maréchal des logis-chef Thomas REYNAUD, agent de police judiciaire,

Entendons M. Dylan FABRE, né le 2 février 2002 à Carpentras, âgé de 23 ans, chauffeur poids lourd, placé en garde à vue le même jour à 06h30, assisté de Maître Lucie ARNAUD, avocate au barreau de Carpentras, qui déclare :

« Oui, c'est moi qui conduis le camion benne. Au début, on allait à Sorgues. À partir de mars, le patron m'a donné l'adresse du terrain de Mazan et m'a dit de tout vider là-bas, qu'il avait l'accord de la propriétaire. Il voulait que j'y aille tôt le matin ou le samedi, pour ne pas croiser de monde.

Pour chaque voyage à Mazan, il me donnait 40 euros en liquide, en plus de ma paie. J'ai fait une trentaine de voyages là-bas, je n'ai pas compté exactement.

Les plaques grises du hangar de Pernes, je les ai chargées à la pelle, on les cassait pour que ça rentre. Je ne savais pas que c'était de l'amiante, on ne m'a jamais donné de masque ni de combinaison.

Les bons de pesée de Sorgues, je ne les ai jamais vus. C'est le patron qui s'occupe des papiers. »

Fin de garde à vue le même jour à 17h40.

Lecture faite, M. FABRE persiste et signe.""",
    ),
    # 15
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition au siège de la SARL, 140 avenue du Comtat à Monteux, mardi 17 juin 2025 à 07h15
Bureau du gérant : tampon encreur « VAUCLUSE RECYCLAGE INERTES - SORGUES » et carnet de bons de pesée vierges ; 14 bons déjà remplis détachés (n° 25-0418 à 25-0431). Scellé n° 8.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 17 juin 2025 à 09h30, devant nous, Adjudant-chef Sandrine LAUGIER, officier de police judiciaire,

Entendons M. Yannick BRUNEL, né le 3 janvier 1981 à Cavaillon, âgé de 44 ans, gérant de la SARL Brunel Démolition Services, placé en garde à vue le même jour à 06h50, assisté de Maître Paul ISNARD, avocat au barreau d'Avignon, qui déclare :

« Tous mes déchets partent à la décharge agréée de Sorgues, j'ai les bons de pesée pour le prouver. Je ne vois pas pourquoi on me reproche quoi que ce soit.

Pour Mazan, la propriétaire m'avait autorisé à déposer des gravats pour remblayer son terrain. C'est du remblai, ce n'est pas un dépôt sauvage. Elle a même signé une autorisation, je ne sais plus où je l'ai mise.

De l'amiante, je n'en ai jamais mis là-bas. Les plaques du hangar de Pernes sont parties dans une filière spécialisée, comme il se doit.

Si Dylan est allé à Mazan la nuit, c'est de sa propre initiative, moi je ne lui ai jamais demandé ça.

Le tampon trouvé dans mon bureau, je ne sais pas d'où il vient. »

Confronté au registre de l'installation de Sorgues, aux données du boîtier de géolocalisation et au rapport du laboratoire, M. BRUNEL déclare ne plus vouloir répondre.

La garde à vue, prolongée par le procureur de la République, est levée le mercredi 18 juin 2025 à 13h20.

Lecture faite, M. BRUNEL persiste et signe.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : BRUNEL Yannick, né le 3 janvier 1981 à Cavaillon (84).
Condamnation n° 1 : jugement du tribunal correctionnel de Carpentras du 14 novembre 2019. Travail dissimulé par dissimulation d'emploi salarié. Peine : 5 000 euros d'amende.

Relevé des condamnations de : FABRE Dylan, né le 2 février 2002 à Carpentras (84).
Néant.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant-chef Sandrine LAUGIER à Monsieur le Procureur de la République près le tribunal judiciaire de Carpentras.

Le lundi 2 juin 2025, la commune de Mazan a déposé plainte pour un dépôt sauvage de déchets de chantier au lieu-dit Les Garrigues, sur la parcelle d'une propriétaire âgée de 81 ans, abusée par la promesse d'un nivellement gratuit avec de la terre végétale.

Le relevé par drone chiffre le dépôt à 2 340 m² pour un volume de 1 180 m³. Le laboratoire a détecté de l'amiante chrysotile dans les plaques de fibrociment prélevées.

Le camion benne GH-274-KT de la SARL Brunel Démolition Services a été photographié par le piège de la commune et noté par un témoin ; son boîtier de géolocalisation totalise 38 arrêts sur le site entre mars et mai, contre 3 apports seulement à l'installation agréée de Sorgues (31,60 t).

Le chantier de Pernes-les-Fontaines a été facturé 18 400 euros hors taxes pour une évacuation en installation agréée qui n'a pas eu lieu. Les 14 bons de pesée remis au client sont des faux, établis avec un tampon découvert au bureau du gérant.

Le chauffeur, âgé de 23 ans, reconnaît les voyages sur instruction du gérant contre 40 euros en espèces par voyage ; le gérant conteste. L'enlèvement et le désamiantage sont chiffrés à 96 500 euros hors taxes.

Les faits sont susceptibles de recevoir les qualifications d'abandon et de dépôt illégal de déchets (article L. 541-46 du Code de l'environnement), d'exploitation sans autorisation d'une installation de stockage de déchets (article L. 173-1 du même code), et de faux et usage de faux (article 441-1 du Code pénal) à l'encontre de M. Yannick BRUNEL ; le chauffeur apparaît comme complice du dépôt.

Fait à Carpentras, le vendredi 27 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Yannick BRUNEL", "role": "mis en cause", "aliases": ["BRUNEL Yannick", "M. BRUNEL", "le gérant"]},
    {"name": "Dylan FABRE", "role": "mis en cause", "aliases": ["FABRE Dylan", "M. FABRE", "Dylan"]},
    {"name": "SARL Brunel Démolition Services", "role": "mis en cause", "aliases": ["B.D.S.", "la SARL"]},
    {"name": "Commune de Mazan", "role": "victime", "aliases": ["la commune"]},
    {"name": "Bernard CHABAUD", "role": "victime", "aliases": ["M. CHABAUD", "le maire"]},
    {"name": "Odette ROUMANILLE", "role": "victime", "aliases": ["Mme ROUMANILLE", "la veuve ROUMANILLE"]},
    {"name": "Marcel JOUVE", "role": "témoin", "aliases": ["M. JOUVE", "M.J."]},
    {"name": "Claire ESTIENNE", "role": "témoin", "aliases": ["Mme ESTIENNE"]},
    {"name": "Julien MARTEL", "role": "autre", "aliases": ["l'inspecteur de l'environnement"]},
    {"name": "Sandrine LAUGIER", "role": "enquêteur", "aliases": ["Adjudant-chef Sandrine LAUGIER"]},
    {"name": "Thomas REYNAUD", "role": "enquêteur", "aliases": ["Maréchal des logis-chef Thomas REYNAUD"]},
    {"name": "Lucie ARNAUD", "role": "avocat", "aliases": ["Maître Lucie ARNAUD"]},
    {"name": "Paul ISNARD", "role": "avocat", "aliases": ["Maître Paul ISNARD"]},
]

EVENTS = [
    ("2019-11-14", None, "condamnation de Yannick BRUNEL pour travail dissimulé", "de Carpentras du 14 novembre 2019"),
    ("2025-04-12", "06:40", "premier passage du camion noté par le chasseur", "sam 12/04  6h40"),
    ("2025-04-28", None, "paiement du chantier de Pernes par la SCI", "le 28 avril 2025"),
    ("2025-05-05", None, "installation du piège photographique par la commune", "Le lundi 5 mai 2025"),
    ("2025-05-17", "05:52", "le camion benne photographié à l'entrée du chemin", "17/05/2025 05:52:14"),
    ("2025-06-02", "10:15", "plainte de la commune de Mazan", "Le lundi 2 juin 2025 à 10h15"),
    ("2025-06-04", "09:00", "constatations de l'OFB", "Le mercredi 4 juin 2025 à 09h00"),
    ("2025-06-06", "10:20", "relevé par drone", "vendredi 6 juin 2025 à 10h20"),
    ("2025-06-16", "06:30", "garde à vue du chauffeur", "placé en garde à vue le même jour à 06h30"),
    ("2025-06-17", "07:15", "perquisition au siège de la SARL", "mardi 17 juin 2025 à 07h15"),
    ("2025-06-18", "13:20", "fin de garde à vue du gérant", "levée le mercredi 18 juin 2025 à 13h20"),
    ("2025-06-20", None, "rapport du laboratoire sur l'amiante", "Rapport d'essai n° PA-25-06-1187 du 20/06/2025"),
]

OFFENCES = [
    {"qualification": "abandon et dépôt illégal de déchets", "code_article": "L. 541-46 du Code de l'environnement"},
    {"qualification": "exploitation sans autorisation d'une installation de stockage de déchets", "code_article": "L. 173-1 du Code de l'environnement"},
    {"qualification": "faux et usage de faux", "code_article": "441-1"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("pv_constatations", 2, 2),
    ("photographie", 3, 3),
    ("pv_audition", 4, 5),
    ("note_manuscrite", 6, 6),
    ("photographie", 7, 7),
    ("pv_audition", 8, 8),
    ("requisition", 9, 9),
    ("expertise", 10, 10),
    ("pv_constatations", 11, 11),
    ("requisition", 12, 12),
    ("releve_bancaire", 13, 13),
    ("pv_garde_a_vue", 14, 14),
    ("photographie", 15, 15),
    ("pv_garde_a_vue", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Quelle surface le dépôt occupe-t-il d'après les mesures prises par le drone ?", ["emprise mesurée 2 340 m²", "chiffre le dépôt à 2 340 m²"]),
    ("Quelle surface l'inspecteur de l'environnement avait-il estimée à vue lors de son transport sur les lieux ?", ["sur une emprise estimée à environ 2 000 m²"]),
    ("Quel volume de déchets a été calculé sur la parcelle de la veuve ?", ["volume calculé par photogrammétrie 1 180 m³", "pour un volume de 1 180 m³"]),
    ("Quelle hauteur maximale atteint le tas de gravats ?", ["d'une hauteur pouvant atteindre 3,5 mètres"]),
    ("Combien coûterait à la commune le nettoyage du site, désamiantage compris ?", ["le devis s'élève à 96 500 euros hors taxes", "chiffrés à 96 500 euros hors taxes"]),
    ("Quel jour la mairie a-t-elle fait poser l'appareil photo automatique à l'entrée du chemin ?", ["Le lundi 5 mai 2025, nous avons fait installer"]),
    ("À quelle heure précise l'appareil automatique de la commune a-t-il photographié le camion ?", ["Horodatage de l'appareil : 17/05/2025 05:52:14"]),
    ("Quelle est l'immatriculation du camion benne surpris par l'appareil automatique de la commune ?", ["Camion benne blanc immatriculé GH-274-KT", "Le camion benne GH-274-KT de la SARL"]),
    ("À quelle heure le promeneur de chiens a-t-il vu le camion le samedi 26 avril ?", ["sam 26/04  7h10"]),
    ("Combien de passages du camion le vieux chasseur a-t-il consignés ?", ["J'ai noté cinq passages"]),
    ("À quelle heure le camion a-t-il quitté le terrain de Mazan lors de son dernier arrêt de mai ?", ["Dernier arrêt à Mazan : 31/05/2025 de 05h48 à 06h09"]),
    ("Combien le maître d'ouvrage de Pernes a-t-il payé hors taxes pour l'évacuation des déchets de son chantier ?", ["en 46 rotations de benne, pour 18 400 euros hors taxes", "facturé 18 400 euros hors taxes"]),
    ("Quelle somme la SCI a-t-elle virée à l'entreprise de démolition, taxes comprises ?", ["VIR SCI LES TERRASSES DU COMTAT - FAC 2025-031  22 080,00"]),
    ("Quel tonnage l'entreprise a-t-elle réellement apporté au centre de stockage de Sorgues entre mars et mai ?", ["Total période : 3 apports - 31,60 t", "(31,60 t)"]),
    ("Quel prix à la tonne pratique le centre de stockage agréé ?", ["442,40 EUR HT (14,00 EUR/t)"]),
    ("Combien d'échantillons de plaques se sont révélés amiantés ?", ["3 prélèvements sur 4 contiennent de l'amiante"]),
    ("Combien de fois le camion s'est-il arrêté sur le site des Garrigues selon son traceur ?", ["nombre d'arrêts ................................ 38", "totalise 38 arrêts sur le site"]),
    ("Combien de minutes le camion a-t-il passé au total à l'arrêt sur le terrain de Mazan ?", ["durée cumulée des arrêts ....................... 646 minutes"]),
    ("Combien d'arrêts du camion sur le site ont eu lieu le samedi ?", ["dont arrêts le samedi .......................... 11"]),
    ("Combien le plus jeune des mis en cause touchait-il en liquide pour chaque voyage à Mazan ?", ["il me donnait 40 euros en liquide", "contre 40 euros en espèces par voyage"]),
    ("Combien de faux bons de pesée ont été trouvés au bureau du patron de l'entreprise ?", ["14 bons déjà remplis détachés", "Les 14 bons de pesée remis au client"]),
    ("Quel montant le gérant s'est-il viré sur son compte personnel à la fin avril ?", ["VIR BRUNEL YANNICK - « remboursement avance »   -6 000,00"]),
    ("Quel est le numéro de téléphone professionnel du gérant de la SARL ?", ["sa ligne professionnelle est le 06 39 98 27 64"]),
    ("Quel article du Code de l'environnement réprime le dépôt illégal de déchets ?", ["(article L. 541-46 du Code de l'environnement)"]),
    ("Le patron de l'entreprise de démolition envoyait-il vraiment tous ses déchets à l'installation agréée de Sorgues ?", ["Tous mes déchets partent à la décharge agréée de Sorgues", "Aucun autre apport enregistré"]),
    ("Le gérant a-t-il pu déposer de l'amiante sur le terrain, alors qu'il affirme le contraire ?", ["De l'amiante, je n'en ai jamais mis là-bas", "P4            amiante détecté      chrysotile"]),
    ("La veuve avait-elle accepté qu'on dépose des gravats sur son verger, comme le soutient le gérant ?", ["la propriétaire m'avait autorisé à déposer des gravats", "Il ne m'a jamais parlé de gravats"]),
    ("Le chauffeur allait-il à Mazan de sa propre initiative, comme l'affirme son employeur ?", ["c'est de sa propre initiative", "le patron m'a donné l'adresse du terrain de Mazan"]),
    ("Quel poids total de déchets a été déversé sur la parcelle de Mazan ?", []),
    ("Quel est le numéro de téléphone portable du chauffeur ?", []),
]

ANSWERS = {
    "Quelle surface le dépôt occupe-t-il d'après les mesures prises par le drone ?": "2 340 m²",
    "Quelle surface l'inspecteur de l'environnement avait-il estimée à vue lors de son transport sur les lieux ?": "2 000 m²",
    "Quel volume de déchets a été calculé sur la parcelle de la veuve ?": "1 180 m³",
    "Quelle hauteur maximale atteint le tas de gravats ?": "3,5 mètres",
    "Combien coûterait à la commune le nettoyage du site, désamiantage compris ?": "96 500 euros",
    "Quel jour la mairie a-t-elle fait poser l'appareil photo automatique à l'entrée du chemin ?": "lundi 5 mai 2025",
    "À quelle heure précise l'appareil automatique de la commune a-t-il photographié le camion ?": "05:52:14",
    "Quelle est l'immatriculation du camion benne surpris par l'appareil automatique de la commune ?": "GH-274-KT",
    "À quelle heure le promeneur de chiens a-t-il vu le camion le samedi 26 avril ?": "7h10",
    "Combien de passages du camion le vieux chasseur a-t-il consignés ?": "cinq passages",
    "À quelle heure le camion a-t-il quitté le terrain de Mazan lors de son dernier arrêt de mai ?": "06h09",
    "Combien le maître d'ouvrage de Pernes a-t-il payé hors taxes pour l'évacuation des déchets de son chantier ?": "18 400 euros",
    "Quelle somme la SCI a-t-elle virée à l'entreprise de démolition, taxes comprises ?": "22 080,00",
    "Quel tonnage l'entreprise a-t-elle réellement apporté au centre de stockage de Sorgues entre mars et mai ?": "31,60 t",
    "Quel prix à la tonne pratique le centre de stockage agréé ?": "14,00 EUR/t",
    "Combien d'échantillons de plaques se sont révélés amiantés ?": "3 prélèvements sur 4",
    "Combien de fois le camion s'est-il arrêté sur le site des Garrigues selon son traceur ?": "38",
    "Combien de minutes le camion a-t-il passé au total à l'arrêt sur le terrain de Mazan ?": "646 minutes",
    "Combien d'arrêts du camion sur le site ont eu lieu le samedi ?": "11",
    "Combien le plus jeune des mis en cause touchait-il en liquide pour chaque voyage à Mazan ?": "40 euros",
    "Combien de faux bons de pesée ont été trouvés au bureau du patron de l'entreprise ?": "14 bons",
    "Quel montant le gérant s'est-il viré sur son compte personnel à la fin avril ?": "6 000,00",
    "Quel est le numéro de téléphone professionnel du gérant de la SARL ?": "06 39 98 27 64",
    "Quel article du Code de l'environnement réprime le dépôt illégal de déchets ?": "L. 541-46",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "destination des déchets : le gérant affirme que tous ses déchets partent à l'installation agréée de Sorgues, le registre de l'installation n'enregistre que trois apports",
        "phrases": ["Tous mes déchets partent à la décharge agréée de Sorgues", "Aucun autre apport enregistré"],
        "between": ["Yannick BRUNEL", "Vaucluse Recyclage Inertes"],
    },
    {
        "about": "amiante : le gérant nie avoir déposé de l'amiante à Mazan, le laboratoire détecte de la chrysotile dans trois des quatre plaques prélevées sur le dépôt",
        "phrases": ["De l'amiante, je n'en ai jamais mis là-bas", "P4            amiante détecté      chrysotile"],
        "between": ["Yannick BRUNEL", "Laboratoire Provence Analyses"],
    },
    {
        "about": "accord de la propriétaire : le gérant dit avoir été autorisé à déposer des gravats, la propriétaire dit qu'il ne lui a parlé que de terre végétale",
        "phrases": ["la propriétaire m'avait autorisé à déposer des gravats", "Il ne m'a jamais parlé de gravats"],
        "between": ["Yannick BRUNEL", "Odette ROUMANILLE"],
    },
    {
        "about": "instructions au chauffeur : le gérant dit que le chauffeur allait à Mazan de sa propre initiative, le chauffeur dit que le gérant lui a donné l'adresse du terrain",
        "phrases": ["c'est de sa propre initiative", "le patron m'a donné l'adresse du terrain de Mazan"],
        "between": ["Yannick BRUNEL", "Dylan FABRE"],
    },
]
