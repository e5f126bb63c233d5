# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 13: a fictitious « faux conseiller bancaire » fraud in Annecy (Haute-Savoie): a 72-year-old
retired nurse, called from a spoofed number of her bank branch, validates three instant transfers in her banking app
and hands her card and PIN to a « coursier » who withdraws cash and buys a smartphone; a 19-year-old money mule in
Chambéry lent his account; the courier is identified through the residence's video, the cash machine's camera and
his scooter plate. Written blind (no access to the system's code or other evaluation data). All persons, the banks,
accounts, IBAN, phone lines, IMEI, plates and street names/numbers are invented; the towns, the court and the legal
articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Commissariat d'Annecy - Sûreté urbaine\nProcédure n° 2025/00318\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le mercredi 15 janvier 2025 à 09h10, devant nous, Brigadier de police Sophie GALLAY, agent de police judiciaire en fonction au commissariat d'Annecy,

Se présente Mme Monique REYMOND, née le 3 mai 1952 à Thônes (74), infirmière retraitée, veuve, demeurant 12 chemin des Grillons à Annecy-le-Vieux (74940), qui dépose plainte contre X et déclare :

« Hier, mardi, un peu avant trois heures de l'après-midi, mon téléphone fixe a sonné. Sur l'écran s'affichait le numéro de mon agence de la Banque Alpine de Savoie, je l'ai reconnu car il est enregistré dans mon répertoire. Un homme très poli s'est présenté comme Julien, du « service sécurité fraude » de la banque. Il connaissait mon nom, mon adresse et les quatre derniers chiffres de ma carte.

Il m'a dit que des paiements suspects venaient d'être faits avec ma carte à Lyon et qu'il fallait les bloquer tout de suite. Il m'a demandé d'ouvrir l'application de la banque sur ma tablette et de valider des « annulations ». J'ai validé trois fois, il me dictait ce qu'il fallait toucher. Je notais tout sur mon bloc-notes, que je vous remets.

Il m'a ensuite expliqué que ma carte était piratée et qu'un coursier de la banque passerait la récupérer pour la détruire. Il m'a demandé de la glisser dans une enveloppe avec mon code secret écrit sur un papier, « pour que le service puisse la désactiver ». Je l'ai fait. Juste avant l'arrivée du coursier, on m'a rappelée sur mon portable, une voix plus jeune, pour me prévenir qu'il arrivait.

Le coursier a sonné vers 16h30. C'était un jeune homme d'une vingtaine d'années, casquette noire, blouson kaki, venu en scooter. Il a pris l'enveloppe sans presque rien dire.

Le soir, vers 18h30, j'ai raconté tout ça à ma fille Claire au téléphone. Elle m'a tout de suite dit que c'était une arnaque. J'ai appelé le numéro d'opposition et j'ai fait bloquer ma carte à 18h40. Sur l'application, j'ai vu que trois virements étaient partis vers des personnes que je ne connais pas.

Je ne sais pas exactement combien on m'a pris, je crois plus de dix mille euros. C'était l'argent que je gardais pour refaire la toiture. »

Mme REYMOND remet son bloc-notes, placé sous scellé n° 1.

Lecture faite, Mme REYMOND persiste et signe.""",
    ),
    # 2
    (
        "hand",
        """Bloc-notes - scellé n° 1
mardi 14/01 - 14h47
JULIEN serv. sécurité fraude
poste 2214
paiements Lyon ??
annul. 1 : 4 900   code 481 207
annul. 2 : 4 850   code 390 566
annul. 3 : 3 750   code 702 113
NE PAS raccrocher !!
coursier 16h30 - mot de passe
   « EDELWEISS »
carte + code secret enveloppe
rappel sur portable 16h12""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
BANQUE ALPINE DE SAVOIE - Service des réquisitions judiciaires
RÉPONSE À RÉQUISITION du 16/01/2025, établie le 17/01/2025

Titulaire : Mme REYMOND Monique - compte courant n° 00051873920
Solde avant opérations le 14/01/2025 : 16 212,54 EUR

Opérations du 14/01/2025 :
14h58 virement instantané 4 900,00 EUR vers FR76 1679 8000 0100 0457 2213 964
      bénéficiaire LEBRUN T. (ajouté le jour même)
15h06 virement instantané 4 850,00 EUR bénéficiaire MOREL S.
15h19 virement instantané 3 750,00 EUR bénéficiaire RENARD K.
Chaque virement validé dans l'application mobile par authentification
forte depuis l'appareil habituel de la cliente.

Carte n° **** **** **** 6038 :
16h58 retrait DAB Annecy - place de la Libération   500,00 EUR
17h04 retrait DAB Annecy - place de la Libération   500,00 EUR
17h21 paiement avec code PHONE CENTER SEYNOD       1 249,00 EUR
17h36 retrait refusé - plafond hebdomadaire atteint
Opposition enregistrée à 18h40.

Total débité le 14/01/2025 : 15 749,00 EUR""",
    ),
    # 4
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE (article 77-1-1 du CPP) - le 20/01/2025
Opérateur de téléphonie - lignes de Mme REYMOND Monique

Ligne fixe 04 65 71 38 90 :
Appel entrant 14/01/2025 14h47m12s - durée 41 min 06 s
Numéro présenté : 04 65 71 20 14
Acheminement : passerelle de voix sur IP d'un opérateur établi hors de
l'Union européenne. Le numéro présenté n'est pas attribué à l'appelant
(usurpation d'identifiant d'appel).

Ligne mobile 06 39 98 63 05 :
14/01/2025 16h12 appel entrant de 06 39 98 41 77 - durée 1 min 52 s

Ligne 06 39 98 41 77 : carte prépayée activée le 10/01/2025,
identité déclarée « MARTIN Paul » - non vérifiable
IMEI du terminal : 356789104522871
Cellule lors de l'appel de 16h12 : Annecy - Cran-Gevrier
Aucune activité de la ligne après le 14/01/2025 à 17h40.""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Vidéoprotection de la résidence Les Grillons, mardi 14 janvier 2025 à 16h31
Portail d'entrée : un homme jeune, casquette noire, doudoune kaki, descend d'un scooter Yamaha noir immatriculé GH-514-TS et se dirige vers l'interphone.
Image extraite par le syndic de copropriété et remise le 16 janvier 2025""",
    ),
    # 6
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Caméra du distributeur, place de la Libération, Annecy
Mardi 14 janvier 2025 à 16h58 : homme à casquette noire qui retire des billets avec la carte se terminant par 6038 ; tatouage sur la main droite (étoile à cinq branches).
Image transmise par la banque le 17 janvier 2025""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 16 janvier 2025 à 14h00, devant nous, Brigadier de police Sophie GALLAY, agent de police judiciaire,

Entendons Mme Aurélie CHAMOT, née le 8 octobre 1986 à Chambéry (73), conseillère clientèle à l'agence Annecy-Bonlieu de la Banque Alpine de Savoie, qui déclare :

« Mme REYMOND est cliente de l'agence depuis 1979. Elle est venue ce matin, très choquée.

Je vous confirme que le numéro 04 65 71 20 14 est bien celui du standard de notre agence. Il n'existe chez nous ni « service sécurité fraude » ni conseiller prénommé Julien. Nous n'appelons jamais un client pour lui faire valider une opération dans l'application, et la banque n'envoie jamais personne chercher une carte à domicile.

Les trois bénéficiaires ont été ajoutés depuis la tablette de Mme REYMOND pendant l'appel, puis chaque virement a été validé par elle. C'est pourquoi le service des litiges conteste pour l'instant le remboursement.

Dès le 15 janvier au matin, nous avons lancé une demande de rappel des fonds auprès des trois banques destinataires. Le rappel des fonds a permis de récupérer 3 750 euros sur le compte du troisième bénéficiaire ; les deux autres comptes avaient déjà été vidés. »

Lecture faite, Mme CHAMOT persiste et signe.""",
    ),
    # 8
    (
        "scan",
        HEAD
        + """
FLUXO - établissement de paiement en ligne
Réponse à réquisition judiciaire du 21/01/2025

Compte FR76 1679 8000 0100 0457 2213 964
Titulaire : LEBRUN Thomas, né le 11/09/2005 à Chambéry (73)
Adresse déclarée : 3 impasse des Mésanges, 73000 Chambéry
Ouverture en ligne le 06/01/2025 (pièce d'identité et selfie vérifiés)

Mouvements :
14/01/2025 14h58  virement reçu de REYMOND Monique    +4 900,00
14/01/2025 15h02  virement émis vers un établissement
                  de paiement établi en Lituanie       -4 550,00
14/01/2025 15h40  retrait DAB Chambéry - Verney         -300,00
Solde au 20/01/2025 : 50,00 EUR

Connexions à l'application le 14/01/2025 à 14h59 et 15h01, depuis deux
adresses IP différentes, dont une localisée aux Pays-Bas.
Compte clôturé à notre initiative le 15/01/2025.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le lundi 27 janvier 2025 à 14h00, devant nous, Capitaine de police Marc DUCRET, officier de police judiciaire, chef du groupe,

Entendons M. Thomas LEBRUN, né le 11 septembre 2005 à Chambéry (73), âgé de 19 ans, étudiant en BTS, demeurant chez ses parents à Chambéry, informé de ses droits, qui ne souhaite pas l'assistance d'un avocat et déclare :

« En décembre, un compte Snapchat qui s'appelait « cash_facile73 » m'a proposé de l'argent facile. Il suffisait de « prêter » un compte bancaire pendant une semaine. On m'a proposé 500 euros pour ça.

J'ai ouvert un compte chez Fluxo avec ma carte d'identité, et j'ai envoyé mes identifiants et le code reçu par SMS à la personne. Après, je ne m'en suis plus occupé.

Je ne savais pas que c'était de l'argent volé à une vieille dame, on m'a dit que c'était pour acheter de la crypto. Je n'ai pas gardé un centime de cet argent, je n'ai jamais utilisé ce compte moi-même. Au final, ils ne m'ont même pas payé les 500 euros promis. »

Sur présentation du relevé transmis par Fluxo, M. LEBRUN ne fournit aucune explication.

Lecture faite, M. LEBRUN persiste et signe.""",
    ),
    # 10
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS ET D'INTERPELLATION

Nous, Capitaine de police Marc DUCRET, officier de police judiciaire, agissant en enquête préliminaire sous la direction de Mme Isabelle VUARIN, vice-procureure de la République près le tribunal judiciaire d'Annecy,

Le mercredi 22 janvier 2025, la consultation du système d'immatriculation des véhicules établit que le scooter Yamaha immatriculé GH-514-TS est au nom de Mme Nadia ROCHAT, 5 allée des Sorbiers à Cran-Gevrier (commune déléguée d'Annecy). Son fils, M. Dylan ROCHAT, né le 2 février 2004 à Annecy, réside à la même adresse ; son signalement au fichier du traitement des antécédents judiciaires mentionne un tatouage en forme d'étoile sur le dos de la main droite.

Le mardi 28 janvier 2025 à 06h05, sur autorisation de Mme VUARIN, nous présentons au domicile de Mme ROCHAT. Interpellons M. Dylan ROCHAT dans sa chambre et lui notifions son placement en garde à vue à compter de 06h05 pour escroquerie en bande organisée et association de malfaiteurs, ainsi que les droits attachés à cette mesure. Il demande l'assistance d'un avocat.

De 06h10 à 07h25, procédons à une perquisition en sa présence. Dans sa chambre, découvrons :
- un téléphone Apple iPhone 16 Pro neuf, dans sa boîte d'origine encore sous film (scellé n° 2) ;
- la somme de 820 euros en billets de 20 et 50 euros, dans une chaussette (scellé n° 3) ;
- quatre cartes bancaires au nom de tiers, dont une au nom de Mme REYMOND Monique (scellé n° 4) ;
- un téléphone Samsung Galaxy A25 noir (scellé n° 5) et un téléphone Nokia 105 à clapet, sans carte SIM (scellé n° 6) ;
- une doudoune kaki et une casquette noire (scellé n° 7).

Le scooter Yamaha est stationné dans la cour de la résidence. Clôturons la perquisition à 07h25.""",
    ),
    # 11
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition du 28 janvier 2025 à 06h40, chambre de M. ROCHAT
Sur le lit : boîte d'iPhone 16 Pro, billets, quatre cartes, deux téléphones, enveloppe kraft annotée au crayon « 12 ch. Grillons - 16h30 ».
Scellés n° 2 à 6""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 28 janvier 2025 à 10h30, devant nous, Capitaine de police Marc DUCRET, officier de police judiciaire,
En présence de Maître Léa BURNIER, avocate au barreau d'Annecy,
Entendons M. Dylan ROCHAT, né le 2 février 2004 à Annecy, âgé de 20 ans, intérimaire, demeurant 5 allée des Sorbiers à Cran-Gevrier, qui déclare :

« Je fais des livraisons pour une application, on me donne des adresses et je récupère des plis que je dépose ensuite dans des boîtes aux lettres. Je ne savais pas ce qu'il y avait dedans, je ne les ouvrais pas.

Le 14 janvier, je ne me souviens pas de ce que j'ai fait. Je n'ai jamais retiré d'argent avec la carte de quelqu'un d'autre.

L'iPhone, je l'ai acheté avec mes économies, je travaille en intérim depuis l'été. Les cartes bancaires, ce sont des gens qui les ont laissées dans les plis, je comptais les rapporter.

Le Nokia, je ne sais pas à qui il est. Je n'ai jamais appelé cette dame. »

Sur interpellation : il refuse de communiquer le code de déverrouillage du Samsung.

Lecture faite, M. ROCHAT persiste et signe, ainsi que son avocate.""",
    ),
    # 13
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXPLOITATION DE TÉLÉPHONES - le 29/01/2025
Extraction réalisée au moyen d'un logiciel agréé, après contournement du code

Samsung Galaxy A25 (scellé n° 5) - application Telegram
Conversation avec le compte « Gérant 74 » : 268 messages
du 08/01/2025 au 27/01/2025

14/01/2025 15h41 « Gérant 74 » : « mission 12 ch des Grillons Annecy-le-Vieux
   16h30, mdp edelweiss, la carte et le code dans l'enveloppe »
14/01/2025 16h40 ROCHAT : « c bon g la carte, code 4 chiffres ok »
14/01/2025 17h25 ROCHAT : « 1000 en liquide + tel 1249 »
14/01/2025 17h27 « Gérant 74 » : « top frérot tu gardes 10 % comme d'hab »

Galerie : 3 captures d'écran de soldes bancaires de tiers.

Nokia 105 (scellé n° 6), sans carte SIM : IMEI 356789104522871,
identique à celui de la ligne 06 39 98 41 77. Journal d'appels effacé.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mercredi 29 janvier 2025 à 09h00, devant nous, Capitaine de police Marc DUCRET, officier de police judiciaire, en présence de Maître BURNIER,

Reprenons l'audition de M. Dylan ROCHAT, à qui sont présentés les images de la résidence et du distributeur, le relevé bancaire de Mme REYMOND et le rapport d'exploitation de ses téléphones. Il déclare :

« D'accord, c'est moi sur les images. Le « Gérant » me contactait sur Telegram et me donnait des missions : aller chercher une carte chez une personne âgée, avec un mot de passe, puis retirer le maximum au distributeur et acheter des téléphones. Je gardais 10 % et je déposais le reste en liquide dans une boîte aux lettres à Seynod.

J'ai fait cinq missions depuis Noël. Le Nokia, c'est le Gérant qui me l'a envoyé par la poste avec une puce : je devais appeler les dames pour dire que le coursier arrivait. Je ne connais pas son vrai nom, je ne l'ai jamais vu, il parle avec un accent du Sud.

Je regrette, je ne pensais pas que ces dames perdaient autant. »

Lecture faite, M. ROCHAT persiste et signe, ainsi que son avocate.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 30 janvier 2025 à 10h00, devant nous, Brigadier de police Sophie GALLAY, agent de police judiciaire,

Entendons M. Rudy BLANC, né le 21 avril 1993 à Annemasse (74), vendeur au magasin Phone Center de Seynod, qui déclare :

« Le mardi 14 janvier, vers 17h20, un jeune homme avec une casquette noire a acheté un iPhone 16 Pro 256 Go noir, au prix de 1 249 euros. Il était pressé et n'a pas voulu d'accessoire.

Il a payé par carte en tapant le code sans hésiter. Le ticket de caisse porte le nom de la titulaire de la carte : Mme M. REYMOND. Je lui ai fait la remarque ; il m'a répondu que c'était la carte de sa grand-mère, qui lui offrait le téléphone pour ses 21 ans.

Sur la planche photographique que vous me présentez, je reconnais formellement la personne n° 4 comme étant l'acheteur. »

Il est précisé que la personne n° 4 de la planche est M. Dylan ROCHAT.

Lecture faite, M. BLANC persiste et signe.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RAPPROCHEMENT

Le vendredi 31 janvier 2025, nous, Capitaine de police Marc DUCRET, officier de police judiciaire,

Exploitons les quatre cartes bancaires saisies chez M. ROCHAT (scellé n° 4) et les rapprochons des plaintes enregistrées dans le département de la Haute-Savoie pour des faits de même mode opératoire (appel d'un faux conseiller, carte remise à un coursier) :

- Mme Monique REYMOND, 72 ans, Annecy-le-Vieux, faits du 14 janvier 2025 : préjudice 15 749 euros ;
- Mme Jeanne PERRIN, 84 ans, Seynod, faits du 9 janvier 2025 : préjudice 6 980 euros ;
- M. André GIROD, 79 ans, Annecy, faits du 20 décembre 2024 : préjudice 9 400 euros ;
- Mme Lucienne BOUVIER, 88 ans, Sevrier, faits du 27 décembre 2024 : préjudice 8 151 euros.

Les quatre victimes décrivent un coursier jeune, portant une casquette noire et venu en scooter. Le préjudice cumulé des quatre victimes s'élève à 40 280 euros.

La cinquième mission évoquée par M. ROCHAT n'a pu, à ce jour, être rattachée à aucune plainte.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : ROCHAT Dylan, né le 2 février 2004 à Annecy (74).

Condamnation n° 1 : jugement du tribunal correctionnel d'Annecy du 12 octobre 2023. Vol en réunion. Peine : 4 mois d'emprisonnement avec sursis.

Relevé des condamnations de : LEBRUN Thomas, né le 11 septembre 2005 à Chambéry (73).

NÉANT""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine de police Marc DUCRET à Madame la Procureure de la République près le tribunal judiciaire d'Annecy.

Le 14 janvier 2025, Mme Monique REYMOND, 72 ans, a été appelée sur sa ligne fixe par un individu se présentant comme un agent de sa banque, le numéro de l'agence s'affichant par usurpation. Sous sa dictée, elle a validé trois virements instantanés puis remis sa carte et son code à un coursier. Son compte a été débité au total de 15 749 euros ; 3 750 euros ont été récupérés par rappel des fonds, soit un préjudice restant de 11 999 euros.

Le premier virement a crédité le compte ouvert huit jours plus tôt par M. Thomas LEBRUN, 19 ans, recruté sur un réseau social pour servir de « mule » ; les fonds ont été aussitôt transférés vers la Lituanie. Les titulaires des deux autres comptes bénéficiaires n'ont pas encore été entendus.

Le coursier, M. Dylan ROCHAT, a été identifié grâce à la vidéoprotection de la résidence, à l'immatriculation de son scooter, à la caméra du distributeur et au témoignage du vendeur de téléphones. Il a reconnu cinq « missions ». Le commanditaire, « Gérant 74 », n'est pas identifié.

La garde à vue de M. ROCHAT, débutée le 28 janvier 2025 à 06h05, a été prolongée sur autorisation de Mme VUARIN, vice-procureure, et levée le 29 janvier 2025 à 17h50, soit une durée de 35 heures 45 minutes. Il a été déféré.

Les faits sont susceptibles de recevoir la qualification d'escroquerie en bande organisée (articles 313-1 et 313-2 du Code pénal), d'association de malfaiteurs (article 450-1 du Code pénal) et, pour M. LEBRUN, de blanchiment (article 324-1 du Code pénal).

Fait à Annecy, le lundi 3 février 2025.""",
    ),
]

PERSONS = [
    {"name": "Monique REYMOND", "role": "victime", "aliases": ["REYMOND Monique", "Mme REYMOND", "Mme M. REYMOND"]},
    {"name": "Dylan ROCHAT", "role": "mis en cause", "aliases": ["ROCHAT Dylan", "M. ROCHAT"]},
    {"name": "Thomas LEBRUN", "role": "mis en cause", "aliases": ["LEBRUN Thomas", "M. LEBRUN", "LEBRUN T."]},
    {"name": "Gérant 74", "role": "mis en cause", "aliases": ["« Gérant 74 »", "le Gérant", "Julien"]},
    {"name": "Aurélie CHAMOT", "role": "témoin", "aliases": ["Mme CHAMOT"]},
    {"name": "Rudy BLANC", "role": "témoin", "aliases": ["M. BLANC"]},
    {"name": "Nadia ROCHAT", "role": "autre", "aliases": ["Mme ROCHAT"]},
    {"name": "Claire REYMOND", "role": "autre", "aliases": ["Claire"]},
    {"name": "Jeanne PERRIN", "role": "victime", "aliases": ["Mme Jeanne PERRIN"]},
    {"name": "André GIROD", "role": "victime", "aliases": ["M. André GIROD"]},
    {"name": "Lucienne BOUVIER", "role": "victime", "aliases": ["Mme Lucienne BOUVIER"]},
    {"name": "Sophie GALLAY", "role": "enquêteur", "aliases": ["Brigadier de police Sophie GALLAY"]},
    {"name": "Marc DUCRET", "role": "enquêteur", "aliases": ["Capitaine de police Marc DUCRET"]},
    {"name": "Isabelle VUARIN", "role": "magistrat", "aliases": ["Mme VUARIN"]},
    {"name": "Léa BURNIER", "role": "avocat", "aliases": ["Maître Léa BURNIER", "Maître BURNIER"]},
]

EVENTS = [
    ("2023-10-12", None, "condamnation de Dylan ROCHAT pour vol en réunion", "du 12 octobre 2023"),
    ("2025-01-06", None, "ouverture en ligne du compte Fluxo de Thomas LEBRUN", "Ouverture en ligne le 06/01/2025"),
    ("2025-01-14", "14:47", "appel du faux conseiller sur la ligne fixe de la victime", "Appel entrant 14/01/2025 14h47m12s"),
    ("2025-01-14", "14:58", "premier virement instantané de 4 900 euros", "14h58 virement instantané 4 900,00 EUR"),
    ("2025-01-14", "16:12", "appel annonçant le coursier sur le portable de la victime", "16h12 appel entrant de 06 39 98 41 77"),
    ("2025-01-14", "16:31", "arrivée du coursier en scooter à la résidence", "mardi 14 janvier 2025 à 16h31"),
    ("2025-01-14", "16:58", "premier retrait au distributeur avec la carte de la victime", "16h58 retrait DAB Annecy"),
    ("2025-01-14", "17:21", "achat d'un iPhone avec la carte de la victime", "17h21 paiement avec code"),
    ("2025-01-14", "18:40", "opposition sur la carte", "Opposition enregistrée à 18h40"),
    ("2025-01-15", "09:10", "plainte de Monique REYMOND", "Le mercredi 15 janvier 2025 à 09h10"),
    ("2025-01-16", "14:00", "audition de la conseillère bancaire", "Le jeudi 16 janvier 2025 à 14h00"),
    ("2025-01-27", "14:00", "audition libre de Thomas LEBRUN", "Le lundi 27 janvier 2025 à 14h00"),
    ("2025-01-28", "06:05", "interpellation et garde à vue de Dylan ROCHAT", "Le mardi 28 janvier 2025 à 06h05"),
    ("2025-01-29", "17:50", "fin de la garde à vue de Dylan ROCHAT", "levée le 29 janvier 2025 à 17h50"),
    ("2025-01-30", "10:00", "reconnaissance de Dylan ROCHAT par le vendeur", "Le jeudi 30 janvier 2025 à 10h00"),
]

OFFENCES = [
    {"qualification": "escroquerie en bande organisée", "code_article": "313-2"},
    {"qualification": "association de malfaiteurs", "code_article": "450-1"},
    {"qualification": "blanchiment", "code_article": "324-1"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("note_manuscrite", 2, 2),
    ("requisition", 3, 4),
    ("photographie", 5, 6),
    ("pv_audition", 7, 7),
    ("requisition", 8, 8),
    ("pv_audition", 9, 9),
    ("pv_constatations", 10, 10),
    ("photographie", 11, 11),
    ("pv_garde_a_vue", 12, 12),
    ("rapport", 13, 13),
    ("pv_garde_a_vue", 14, 14),
    ("pv_audition", 15, 15),
    ("rapport", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À quelle heure la retraitée a-t-elle été appelée par le prétendu employé de la banque ?", ["mardi 14/01 - 14h47", "Appel entrant 14/01/2025 14h47m12s"]),
    ("Combien de temps a duré la conversation avec le faux conseiller ?", ["durée 41 min 06 s"]),
    ("Quel numéro apparaissait sur l'écran du téléphone de la victime lors de l'appel frauduleux ?", ["Numéro présenté : 04 65 71 20 14", "le numéro 04 65 71 20 14 est bien celui du standard"]),
    ("Quel code de confirmation la plaignante a-t-elle noté pour la dernière des trois opérations ?", ["annul. 3 : 3 750   code 702 113"]),
    ("Quel mot de passe le livreur devait-il donner à la porte de la victime ?", ["mot de passe « EDELWEISS »", "mdp edelweiss"]),
    ("Quelle somme au total a été prélevée sur le compte de la vieille dame le jour des faits ?", ["Total débité le 14/01/2025 : 15 749,00 EUR"]),
    ("Combien d'argent a été viré sur le compte de l'étudiant savoyard ?", ["virement reçu de REYMOND Monique    +4 900,00", "14h58 virement instantané 4 900,00 EUR"]),
    ("Pour quel montant la carte de la plaignante a-t-elle servi à payer dans une boutique de téléphonie ?", ["17h21 paiement avec code PHONE CENTER SEYNOD"]),
    ("Quelle est la plaque du deux-roues utilisé par le coursier ?", ["scooter Yamaha noir immatriculé GH-514-TS", "le scooter Yamaha immatriculé GH-514-TS est au nom"]),
    ("Quel signe distinctif voit-on sur la main de l'homme filmé au guichet automatique ?", ["étoile à cinq branches"]),
    ("À quelle heure l'argent a-t-il été retiré pour la première fois avec la carte volée ?", ["16h58 retrait DAB Annecy", "Mardi 14 janvier 2025 à 16h58"]),
    ("Quelle somme la banque est-elle parvenue à rapatrier après les virements ?", ["a permis de récupérer 3 750 euros"]),
    ("À quelle heure la victime a-t-elle fait mettre sa carte en opposition ?", ["fait bloquer ma carte à 18h40", "Opposition enregistrée à 18h40"]),
    ("Que restait-il sur le compte en ligne de la mule après les mouvements du 14 janvier ?", ["Solde au 20/01/2025 : 50,00 EUR"]),
    ("Quelle rémunération avait-on promise au jeune de Chambéry pour prêter son compte ?", ["On m'a proposé 500 euros pour ça"]),
    ("Combien de messages le coursier a-t-il échangés avec son donneur d'ordres sur la messagerie ?", ["268 messages"]),
    ("Quelle part des sommes récupérées le livreur gardait-il pour lui ?", ["tu gardes 10 % comme d'hab", "Je gardais 10 %"]),
    ("De quel numéro a-t-on rappelé la victime sur son mobile pour annoncer le coursier ?", ["16h12 appel entrant de 06 39 98 41 77"]),
    ("Quel est l'identifiant IMEI du téléphone qui a servi à rappeler la victime sur son portable ?", ["IMEI du terminal : 356789104522871", "sans carte SIM : IMEI 356789104522871"]),
    ("Quelle somme en espèces a été saisie dans la chambre du coursier ?", ["la somme de 820 euros en billets de 20 et 50 euros"]),
    ("Quelle heure de rendez-vous était griffonnée sur l'enveloppe retrouvée chez le coursier ?", ["annotée au crayon « 12 ch. Grillons - 16h30 »"]),
    ("Que représentent, au total, les pertes des quatre victimes rattachées au coursier ?", ["Le préjudice cumulé des quatre victimes s'élève à 40 280 euros"]),
    ("Combien de temps le coursier a-t-il passé en garde à vue ?", ["soit une durée de 35 heures 45 minutes"]),
    ("Quel article du Code pénal prévoit la circonstance de bande organisée pour l'escroquerie ?", ["articles 313-1 et 313-2 du Code pénal"]),
    ("L'étudiant de Chambéry n'a-t-il vraiment rien conservé des fonds reçus, comme il le soutient ?", ["Je n'ai pas gardé un centime de cet argent", "retrait DAB Chambéry - Verney"]),
    ("Le coursier s'est-il réellement jamais servi de la carte d'un tiers pour retirer de l'argent ?", ["Je n'ai jamais retiré d'argent avec la carte de quelqu'un d'autre", "retire des billets avec la carte se terminant par 6038"]),
    ("Le livreur ignorait-il vraiment ce que contenaient les plis qu'il allait chercher ?", ["Je ne savais pas ce qu'il y avait dedans", "la carte et le code dans l'enveloppe"]),
    ("Comment le suspect a-t-il payé le smartphone retrouvé dans sa chambre ?", ["je l'ai acheté avec mes économies", "Le ticket de caisse porte le nom de la titulaire de la carte"]),
    ("Quel est le vrai numéro de téléphone du faux conseiller qui a appelé la ligne fixe ?", []),
    ("Combien le titulaire du deuxième compte bénéficiaire a-t-il été payé pour le prêter ?", []),
]

ANSWERS = {
    "À quelle heure la retraitée a-t-elle été appelée par le prétendu employé de la banque ?": "14h47",
    "Combien de temps a duré la conversation avec le faux conseiller ?": "41 min 06 s",
    "Quel numéro apparaissait sur l'écran du téléphone de la victime lors de l'appel frauduleux ?": "04 65 71 20 14",
    "Quel code de confirmation la plaignante a-t-elle noté pour la dernière des trois opérations ?": "702 113",
    "Quel mot de passe le livreur devait-il donner à la porte de la victime ?": "EDELWEISS",
    "Quelle somme au total a été prélevée sur le compte de la vieille dame le jour des faits ?": "15 749,00 EUR",
    "Combien d'argent a été viré sur le compte de l'étudiant savoyard ?": "4 900,00",
    "Pour quel montant la carte de la plaignante a-t-elle servi à payer dans une boutique de téléphonie ?": "1 249,00 EUR",
    "Quelle est la plaque du deux-roues utilisé par le coursier ?": "GH-514-TS",
    "À quelle heure l'argent a-t-il été retiré pour la première fois avec la carte volée ?": "16h58",
    "Quelle somme la banque est-elle parvenue à rapatrier après les virements ?": "3 750 euros",
    "À quelle heure la victime a-t-elle fait mettre sa carte en opposition ?": "18h40",
    "Que restait-il sur le compte en ligne de la mule après les mouvements du 14 janvier ?": "50,00 EUR",
    "Quelle rémunération avait-on promise au jeune de Chambéry pour prêter son compte ?": "500 euros",
    "Combien de messages le coursier a-t-il échangés avec son donneur d'ordres sur la messagerie ?": "268 messages",
    "Quelle part des sommes récupérées le livreur gardait-il pour lui ?": "10 %",
    "De quel numéro a-t-on rappelé la victime sur son mobile pour annoncer le coursier ?": "06 39 98 41 77",
    "Quel est l'identifiant IMEI du téléphone qui a servi à rappeler la victime sur son portable ?": "356789104522871",
    "Quelle somme en espèces a été saisie dans la chambre du coursier ?": "820 euros",
    "Quelle heure de rendez-vous était griffonnée sur l'enveloppe retrouvée chez le coursier ?": "16h30",
    "Que représentent, au total, les pertes des quatre victimes rattachées au coursier ?": "40 280 euros",
    "Combien de temps le coursier a-t-il passé en garde à vue ?": "35 heures 45 minutes",
    "Quel article du Code pénal prévoit la circonstance de bande organisée pour l'escroquerie ?": "313-2",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "fonds reçus par la mule : l'étudiant dit n'avoir rien gardé ni utilisé le compte, le relevé de Fluxo montre un retrait de 300 euros à Chambéry le jour même",
        "phrases": ["Je n'ai pas gardé un centime de cet argent", "retrait DAB Chambéry - Verney"],
        "between": ["Thomas LEBRUN", "Fluxo"],
    },
    {
        "about": "retraits avec la carte de la victime : le coursier nie avoir jamais retiré d'argent avec la carte d'un tiers, la caméra du distributeur le montre retirant avec la carte de Mme REYMOND à 16h58",
        "phrases": ["Je n'ai jamais retiré d'argent avec la carte de quelqu'un d'autre", "retire des billets avec la carte se terminant par 6038"],
        "between": ["Dylan ROCHAT", "caméra du distributeur"],
    },
    {
        "about": "connaissance du contenu des plis : le coursier dit ne pas savoir ce qu'il transportait, la messagerie montre qu'on lui annonçait la carte et le code dans l'enveloppe",
        "phrases": ["Je ne savais pas ce qu'il y avait dedans", "la carte et le code dans l'enveloppe"],
        "between": ["Dylan ROCHAT", "exploitation du téléphone de Dylan ROCHAT"],
    },
    {
        "about": "financement de l'iPhone : le coursier dit l'avoir payé avec ses économies, le vendeur dit qu'il a payé avec la carte de Mme REYMOND",
        "phrases": ["je l'ai acheté avec mes économies", "Le ticket de caisse porte le nom de la titulaire de la carte"],
        "between": ["Dylan ROCHAT", "Rudy BLANC"],
    },
]
