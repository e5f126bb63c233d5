# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 17: a fictitious theft of copper signalling cable on the Vierzon - Bourges railway line (Cher):
at night three men cut 180 m of cable near Foëcy, burn the sheathing in a garden and sell 412 kg of « cuivre brûlé »
to a scrap-metal dealer in Bourges the same morning; 27 trains are delayed. The van is caught by a farmer's trail
camera, the dealer's police register and bank transfer lead to its driver, the phones put him on the line, the
seized hydraulic cutter matches the cut marks and a sheath fragment bears the network's marking. Written blind (no
access to the system's code or other evaluation data). All persons, companies, accounts, phone lines, plates,
kilometre points, seal numbers and street names/numbers are invented; the towns, the railway line, the court and the
legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Groupement du Cher - Brigade de recherches de Vierzon\nProcédure n° 00482/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE TRANSPORT ET DE CONSTATATIONS

Le lundi 3 mars 2025 à 07h20, nous, Adjudant-chef Pascal GIRAUDON, officier de police judiciaire en résidence à la brigade de recherches de Vierzon, assisté du Maréchal des logis-chef Élodie BRUNEAU,

Sur appel de l'astreinte de SNCF Réseau, nous transportons sur la ligne ferroviaire Vierzon - Bourges, commune de Foëcy, au lieu-dit « Les Grandes Varennes », point kilométrique 214,600, accessible par le chemin de service longeant la voie.

En présence de M. Cédric PAILLOUX, agent de maintenance de la signalisation, constatons :
- le câble de signalisation posé dans la goulotte en béton le long de la voie 1 a été sectionné puis arraché sur deux tronçons de 90 mètres chacun, soit 180 mètres au total ;
- les couvercles de la goulotte ont été soulevés et déposés sur le ballast sur toute la longueur concernée ;
- les sections du câble sont nettes et planes, sans écrasement, ce qui évoque l'usage d'un outil hydraulique ;
- sur le chemin de service, des traces de pneumatiques jumelés à l'arrière, d'un véhicule utilitaire, font demi-tour à hauteur du poteau de signalisation n° 48 ;
- trois séries d'empreintes de chaussures différentes vont et viennent entre le chemin et la goulotte.

Les traces de pneumatiques et de chaussures sont photographiées et moulées. Un morceau de câble abandonné de 2,30 m est placé sous scellé n° 1.

M. PAILLOUX nous indique qu'il s'agit du troisième vol de câble sur ce secteur depuis le début de l'année.

Avisons M. Hugo DESCHAMPS, substitut du procureur de la République près le tribunal judiciaire de Bourges, qui nous saisit en flagrance.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le lundi 3 mars 2025 à 14h30, devant nous, Maréchal des logis-chef Élodie BRUNEAU, agent de police judiciaire,

Se présente Mme Sandrine LACOUR, née le 22 août 1978 à Tours (37), responsable sûreté à la direction territoriale Centre-Val de Loire de SNCF Réseau, munie d'un pouvoir, qui dépose plainte au nom de SNCF Réseau et déclare :

« Cette nuit, entre 2 et 3 heures, un câble de signalisation a été volé sur la ligne Vierzon - Bourges, à Foëcy. Le vol a mis hors service la signalisation automatique sur environ six kilomètres. Les trains ont dû circuler en marche à vue sous la protection d'agents, à vitesse très réduite.

Les conséquences sont lourdes : 27 trains ont été retardés, pour un retard cumulé de 1 470 minutes, et 2 TER entre Vierzon et Bourges ont été supprimés et remplacés par des cars. Environ 3 200 voyageurs ont été touchés.

La remise en état a mobilisé 14 agents. La circulation normale a été rétablie à 16h05. Le coût des réparations (câble neuf, main-d'oeuvre, location d'engins) est estimé à 62 400 euros, sans compter les pénalités et le coût des cars de substitution, qui seront chiffrés plus tard.

C'est le troisième vol sur ce secteur en 2025 : nous avons déjà eu des vols le 14 janvier à Foëcy et le 6 février à Mehun-sur-Yèvre, qui ont fait l'objet de plaintes à la brigade de Mehun. »

Lecture faite, Mme LACOUR persiste et signe.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
SNCF RÉSEAU - Poste de commande de la ligne - Centre-Val de Loire
EXTRAIT DU REGISTRE DES INCIDENTS - transmis sur réquisition le 04/03/2025

Date : 03/03/2025 - Ligne Vierzon - Bourges - secteur Foëcy

02h48  alarme « dérangement canton » BAL voie 1, km 213 à 219
02h51  alarme « dérangement canton » BAL voie 2
03h05  appel à l'astreinte signalisation
05h12  premier train concerné (fret) - arrêt au signal fermé
05h40  agent de maintenance sur place - constat de vol
06h02  mise en place de la marche à vue sur voie 1 et voie 2
16h05  fin de la réparation - rétablissement de la signalisation

Bilan provisoire : 27 circulations retardées
                   2 circulations supprimées
Retard maximal d'un train : 94 minutes (TER 16821)""",
    ),
    # 4
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Voie 1, PK 214,600, Foëcy, lundi 3 mars 2025 à 07h45
Goulotte ouverte, extrémité du câble sectionnée net à 1,10 m du poteau de signalisation n° 48 ; réglet gradué posé à côté ; couvercles en béton déposés sur le ballast.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 4 mars 2025 à 10h00, devant nous, Maréchal des logis-chef Élodie BRUNEAU, agent de police judiciaire,

Entendons M. Gérard AUCLAIR, né le 5 janvier 1962 à Vierzon (18), agriculteur, exploitant la ferme des Varennes à Foëcy, qui déclare :

« Dimanche soir, je suis rentré tard d'un repas de famille. En passant sur le pont au-dessus de la voie, vers une heure et demie du matin, j'ai vu un fourgon blanc qui descendait le chemin de service, tous feux éteints. Il y avait une échelle sur le toit. J'ai trouvé ça bizarre mais j'ai pensé à des ouvriers de la SNCF.

Le chemin de service passe au bord de mon champ de maïs. Comme les sangliers me font des dégâts, j'ai installé à l'automne un piège photographique sur un piquet, au coin du champ, juste à l'entrée du chemin. Quand les gendarmes sont passés lundi, j'ai pensé à regarder la carte mémoire. Il y a une photo du fourgon, je vous la remets avec la carte.

L'appareil se déclenche quand quelque chose bouge devant, même la nuit, avec une lumière infrarouge. L'heure de l'appareil est juste, je l'ai réglée au changement d'heure. »

La carte mémoire de l'appareil est placée sous scellé n° 2.

Lecture faite, M. AUCLAIR persiste et signe.""",
    ),
    # 6
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Piège photographique de M. AUCLAIR, entrée du chemin de service, Foëcy
Horodatage de l'appareil : 03/03/2025 01:37:22, image infrarouge. Fourgon Renault Master blanc avec échelle sur la galerie, immatriculé FZ-903-LH ; trois silhouettes à l'avant. Carte mémoire : scellé n° 2""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS

Nous, Adjudant-chef Pascal GIRAUDON, officier de police judiciaire,

Le mardi 4 mars 2025, la consultation du système d'immatriculation des véhicules établit que le fourgon Renault Master immatriculé FZ-903-LH, vu sur le cliché du piège photographique, est la propriété de M. Jordan PETIT, né le 9 octobre 1990 à Bourges, demeurant 12 route de Berry-Bouy à Mehun-sur-Yèvre (18500), artisan élagueur sous l'enseigne « Petit Élagage 18 ».

Le mercredi 5 mars 2025, nous interrogeons les exploitants de récupération de métaux du département. La société Centre Recyclage Métaux du Cher, zone industrielle de l'Échangeur à Bourges, nous indique avoir acheté le lundi 3 mars 2025 au matin un lot de cuivre brûlé à M. Jordan PETIT, venu avec ce même fourgon. L'exploitant nous remet une copie de la page de son registre de police et les images de sa caméra de pesée.

Le jeudi 6 mars 2025, nous adressons des réquisitions à la banque de M. PETIT et aux opérateurs de téléphonie. L'exploitation de ses relevés met en évidence des contacts très réguliers avec la ligne de M. Anthony ROUX, né le 27 mai 1998 à Vierzon, demeurant 4 rue des Tanneries à Vierzon, salarié occasionnel de l'entreprise de M. PETIT.

La distance par la route entre le domicile de M. PETIT et le lieu du vol est de 11 km ; entre le lieu du vol et le site de Centre Recyclage Métaux du Cher, de 24 km.""",
    ),
    # 8
    (
        "scan",
        HEAD
        + """
BANQUE DU BERRY ET DE LA SOLOGNE - Service des réquisitions
Réponse à réquisition du 06/03/2025, établie le 10/03/2025

Titulaire : M. PETIT Jordan - compte professionnel n° 30847 00219 5528
Opérations du 01/03/2025 au 09/03/2025 :

01/03  prélèvement carburant - carte pro                 -96,40
03/03  virement reçu CENTRE RECYCLAGE METAUX DU CHER
       réf. achat n° A25-0873                         +2 863,40
03/03  retrait DAB Bourges - avenue Marcel-Haegelen     -800,00
04/03  virement émis vers ROUX Anthony
       libellé « chantier élagage »                     -700,00
05/03  paiement carte - Brico Dépôt Bourges              -64,90
07/03  retrait DAB Mehun-sur-Yèvre                      -300,00

Solde au 09/03/2025 : 1 412,17 EUR""",
    ),
    # 9
    (
        "hand",
        """REGISTRE DE POLICE - CRMC Bourges
folio 112
03/03/25  9h12
PETIT Jordan - CNI 190318202517
né 09/10/1990 - Mehun s/ Yèvre
véh. Master FZ-903-LH
cuivre brûlé 2e choix (câble)
brut 412 kg - prix 6,95 /kg
total 2 863,40 - virement
bon n° A25-0873
obs. : dit provenir démolition
ferme Vignoux - vu CNI - client
accompagné (1 pers. dans fourgon)""",
    ),
    # 10
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le vendredi 7 mars 2025 à 09h30, devant nous, Maréchal des logis-chef Élodie BRUNEAU, agent de police judiciaire,

Entendons M. Thierry MOULINIER, né le 14 avril 1971 à Saint-Amand-Montrond (18), responsable du pont-bascule à la société Centre Recyclage Métaux du Cher à Bourges, qui déclare :

« Je me souviens bien de ce client, c'était le lundi matin, à l'ouverture. Il avait environ quatre cents kilos de cuivre brûlé, en tronçons d'à peu près un mètre, tous de la même section. On voit tout de suite que c'est du câble dont on a brûlé la gaine.

Je lui ai demandé d'où ça venait. Il m'a répondu qu'il faisait de l'élagage et de la démolition, et que ça sortait d'une vieille ferme qu'il démolissait à Vignoux-sur-Barangeon. J'ai noté sa réponse dans le registre comme on doit le faire, et j'ai relevé sa carte d'identité.

Il y avait un autre homme, plus jeune, qui est resté assis dans le fourgon et qui n'est pas descendu.

Depuis 2011, nous n'avons plus le droit de payer les métaux en espèces : nous avons fait un virement le jour même. Le prix du cuivre brûlé de deuxième choix était ce jour-là à 6,95 euros le kilo, contre 8,40 euros pour le cuivre propre de premier choix.

Avec le recul, la quantité et le fait que ce soit du câble tout neuf auraient dû m'alerter. »

Lecture faite, M. MOULINIER persiste et signe.""",
    ),
    # 11
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE (article 60-1 du CPP) - le 12/03/2025
Opérateur de téléphonie mobile

Ligne 06 39 98 52 13 - abonné PETIT Jordan
Ligne 06 39 98 70 38 - abonné ROUX Anthony

Nuit du 02/03/2025 au 03/03/2025 :
00h58  PETIT -> ROUX   appel 41 s     PETIT : cellule Mehun-sur-Yèvre
01h31  ROUX            data           cellule Foëcy - Les Varennes
01h33  PETIT           data           cellule Foëcy - Les Varennes
02h57  PETIT           SMS entrant    cellule Foëcy - Les Varennes
03h24  PETIT           data           cellule Mehun-sur-Yèvre

Échanges entre les deux lignes du 01/02/2025 au 02/03/2025 :
46 appels et 118 SMS.

Aucune activité de la ligne de M. PETIT entre 01h33 et 02h57.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITION

Le mardi 18 mars 2025 à 06h00, nous, Adjudant-chef Pascal GIRAUDON, officier de police judiciaire, agissant en flagrance puis sur commission de M. DESCHAMPS, substitut, nous présentons au domicile de M. Jordan PETIT, 12 route de Berry-Bouy à Mehun-sur-Yèvre.

Lui notifions son placement en garde à vue à compter de 06h00 pour vol en réunion et association de malfaiteurs, ainsi que ses droits. Il demande l'assistance d'un avocat.

Au même moment, une seconde équipe interpelle M. Anthony ROUX à son domicile de Vierzon et lui notifie son placement en garde à vue à 06h05.

De 06h10 à 08h20, perquisitionnons au domicile de M. PETIT et dans ses dépendances. Découvrons :
- dans le hangar, un coupe-câble hydraulique à batterie de marque Klauke, avec sa mallette (scellé n° 3) ;
- dans le fourgon Renault Master FZ-903-LH, trois lampes frontales et quatre paires de gants de manutention (scellé n° 4) ;
- dans la cuisine, la somme de 1 150 euros en billets de 50 euros (scellé n° 5) ;
- au fond du jardin, un foyer à même le sol, d'environ 1,50 m de diamètre, contenant des cendres, des résidus noirs fondus et des brins métalliques ; prélèvements sous scellé n° 6.

Les pneumatiques arrière jumelés du fourgon sont photographiés aux fins de comparaison avec les moulages réalisés sur le chemin de service.

Aucune trace de chantier de démolition à Vignoux-sur-Barangeon n'apparaît dans les factures et devis de l'entreprise saisis dans le bureau.""",
    ),
    # 13
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Jardin de M. PETIT, Mehun-sur-Yèvre, 18 mars 2025 à 07h15
Foyer au sol d'environ 1,50 m : plaques de gaine plastique noire fondue, brins de cuivre torsadés et rougis dans les cendres. Aucune branche ni bûche calcinée.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 18 mars 2025 à 10h15, devant nous, Adjudant-chef Pascal GIRAUDON, officier de police judiciaire,
En présence de Maître Stéphane CORNU, avocat au barreau de Bourges,
Entendons M. Jordan PETIT, né le 9 octobre 1990 à Bourges, âgé de 34 ans, artisan élagueur, marié, deux enfants, demeurant 12 route de Berry-Bouy à Mehun-sur-Yèvre, qui déclare :

« Le cuivre que j'ai vendu lundi 3 mars venait d'un chantier de démolition d'une vieille ferme à Vignoux, pour un particulier que je payais en partie au noir, c'est pour ça qu'il n'y a pas de facture. Je ne donnerai pas son nom.

La nuit du dimanche au lundi, je n'ai pas bougé de chez moi, j'étais couché avec ma femme. Mon fourgon, je le prête parfois, je ne sais pas qui l'avait.

Anthony ROUX, je le connais à peine, il a travaillé une ou deux journées pour moi l'an dernier. Je ne lui ai rien versé récemment.

Le foyer dans le jardin, c'est pour brûler des branches de mes chantiers d'élagage, comme tout le monde à la campagne.

Le coupe-câble, c'est un outil normal pour un élagueur, il me sert pour les câbles des lignes téléphoniques qui traversent les arbres. »

Sur interpellation : il refuse de donner le code de son téléphone.

Lecture faite, M. PETIT persiste et signe, ainsi que son avocat.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 18 mars 2025 à 11h00, devant nous, Maréchal des logis-chef Élodie BRUNEAU, agent de police judiciaire, agissant sous le contrôle de l'officier de police judiciaire,
En présence de Maître Inès BARRAULT, avocate au barreau de Bourges,
Entendons M. Anthony ROUX, né le 27 mai 1998 à Vierzon, âgé de 26 ans, sans emploi stable, demeurant 4 rue des Tanneries à Vierzon, qui déclare :

« Je vais vous dire la vérité. Cette nuit-là, on était trois : Jordan, moi et un gars qu'on appelle « Nico », un ami de Jordan que je connais pas plus que ça. Jordan est venu me chercher vers minuit et demi avec le Master.

On s'est garés sur le chemin le long de la voie. Jordan coupait le câble avec sa pince hydraulique, moi et Nico on tirait le câble hors de la goulotte et on le coupait en morceaux d'un mètre pour le charger. Ça a duré à peu près une heure et demie.

On est rentrés chez Jordan et on a brûlé la gaine dans le trou au fond de son jardin jusqu'au matin. Ensuite je suis allé avec lui chez le ferrailleur à Bourges, je suis resté dans le fourgon.

Jordan m'a fait un virement de 700 euros le lendemain ; il a mis « chantier élagage » pour que ça passe. Nico a eu sa part en liquide.

En janvier, on avait déjà fait la même chose une fois à Foëcy, mais plus près de la gare. Je regrette, je ne pensais pas que ça bloquait autant de trains. »

Lecture faite, M. ROUX persiste et signe, ainsi que son avocate.""",
    ),
    # 16
    (
        "scan",
        HEAD
        + """
INSTITUT DE RECHERCHE CRIMINELLE DE LA GENDARMERIE NATIONALE
Département microanalyse - RAPPORT D'EXAMEN du 21/03/2025

Objet : comparaison de traces d'outil et identification de matériaux

1. Sections du câble (scellé n° 1) et coupes d'essai réalisées avec
   le coupe-câble hydraulique Klauke (scellé n° 3) : stries de même
   morphologie, mâchoire d'une ouverture de 40 mm. Traces compatibles
   avec l'outil saisi.
2. Résidus du foyer (scellé n° 6) : 31 brins de cuivre de 1,78 mm de
   diamètre, identiques aux brins du câble de signalisation (scellé n° 1).
3. Fragment de gaine partiellement fondue extrait du foyer : marquage
   en relief encore lisible « SNCF RÉSEAU - SIG - 2013 ».

Conclusion : le cuivre brûlé dans le jardin de M. PETIT provient d'un
câble de signalisation ferroviaire du même type que le câble volé.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : PETIT Jordan, né le 9 octobre 1990 à Bourges (18).

Condamnation n° 1 : jugement du tribunal correctionnel de Bourges du 23 juin 2020. Vol en réunion (vol de gasoil sur un chantier). Peine : 8 mois d'emprisonnement avec sursis.

Condamnation n° 2 : jugement du tribunal correctionnel de Bourges du 2 décembre 2022. Recel de bien provenant d'un vol. Peine : 2 000 euros d'amende.

Relevé des condamnations de : ROUX Anthony, né le 27 mai 1998 à Vierzon (18).

NÉANT""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant-chef Pascal GIRAUDON à Monsieur le Procureur de la République près le tribunal judiciaire de Bourges.

Dans la nuit du 2 au 3 mars 2025, 180 mètres de câble de signalisation ont été dérobés sur la ligne Vierzon - Bourges à Foëcy. La signalisation automatique a été neutralisée de 02h48 à 16h05 ; 27 trains ont été retardés et 2 supprimés ; SNCF Réseau estime le coût des réparations à 62 400 euros.

Le fourgon de M. Jordan PETIT a été photographié à l'entrée du chemin de service par le piège photographique d'un agriculteur. Le matin même, M. PETIT a vendu 412 kg de cuivre brûlé à un récupérateur de Bourges, réglés par virement. Les données de téléphonie placent sa ligne et celle de M. Anthony ROUX à Foëcy pendant la nuit des faits. L'examen de l'IRCGN rattache le coupe-câble saisi aux sections du câble, et les résidus du foyer de son jardin au câble volé.

M. ROUX, 26 ans, a reconnu les faits et mis en cause M. PETIT et un troisième homme surnommé « Nico », qui n'est pas identifié à ce jour. M. PETIT conteste. Les vols du 14 janvier et du 6 février 2025 font l'objet de rapprochements en cours.

La garde à vue de M. PETIT, débutée le 18 mars 2025 à 06h00, a été prolongée par vos soins et levée le 19 mars 2025 à 18h20, soit 36 heures 20 minutes. Celle de M. ROUX a été levée le 19 mars 2025 à 11h30. Les deux hommes ont été déférés.

Les faits sont susceptibles de recevoir la qualification de vol en réunion (article 311-4 du Code pénal) et d'association de malfaiteurs (article 450-1 du Code pénal).

Fait à Vierzon, le lundi 24 mars 2025.""",
    ),
]

PERSONS = [
    {"name": "Jordan PETIT", "role": "mis en cause", "aliases": ["PETIT Jordan", "M. PETIT", "Jordan"]},
    {"name": "Anthony ROUX", "role": "mis en cause", "aliases": ["ROUX Anthony", "M. ROUX", "Anthony"]},
    {"name": "Nico", "role": "mis en cause", "aliases": ["« Nico »", "un troisième homme surnommé « Nico »"]},
    {"name": "SNCF Réseau", "role": "victime", "aliases": ["SNCF RÉSEAU"]},
    {"name": "Sandrine LACOUR", "role": "victime", "aliases": ["Mme LACOUR"]},
    {"name": "Cédric PAILLOUX", "role": "témoin", "aliases": ["M. PAILLOUX"]},
    {"name": "Gérard AUCLAIR", "role": "témoin", "aliases": ["M. AUCLAIR"]},
    {"name": "Thierry MOULINIER", "role": "témoin", "aliases": ["M. MOULINIER"]},
    {"name": "Pascal GIRAUDON", "role": "enquêteur", "aliases": ["Adjudant-chef Pascal GIRAUDON"]},
    {"name": "Élodie BRUNEAU", "role": "enquêteur", "aliases": ["Maréchal des logis-chef Élodie BRUNEAU"]},
    {"name": "Hugo DESCHAMPS", "role": "magistrat", "aliases": ["M. DESCHAMPS"]},
    {"name": "Stéphane CORNU", "role": "avocat", "aliases": ["Maître Stéphane CORNU"]},
    {"name": "Inès BARRAULT", "role": "avocat", "aliases": ["Maître Inès BARRAULT"]},
]

EVENTS = [
    ("2020-06-23", None, "condamnation de Jordan PETIT pour vol en réunion", "du 23 juin 2020"),
    ("2025-03-03", "00:58", "appel de Jordan PETIT à Anthony ROUX", "00h58  PETIT -> ROUX"),
    ("2025-03-03", "01:37", "le fourgon est photographié par le piège photographique", "03/03/2025 01:37:22"),
    ("2025-03-03", "02:48", "dérangement de la signalisation détecté", "02h48  alarme"),
    ("2025-03-03", "07:20", "constatations sur la voie à Foëcy", "Le lundi 3 mars 2025 à 07h20"),
    ("2025-03-03", "09:12", "vente de 412 kg de cuivre brûlé au récupérateur", "03/03/25  9h12"),
    ("2025-03-03", "14:30", "plainte de SNCF Réseau", "Le lundi 3 mars 2025 à 14h30"),
    ("2025-03-03", "16:05", "rétablissement de la signalisation", "16h05  fin de la réparation"),
    ("2025-03-04", None, "virement de 700 euros de Jordan PETIT à Anthony ROUX", "04/03  virement émis vers ROUX Anthony"),
    ("2025-03-18", "06:00", "interpellation et garde à vue de Jordan PETIT", "Le mardi 18 mars 2025 à 06h00"),
    ("2025-03-18", "11:00", "aveux d'Anthony ROUX", "Le mardi 18 mars 2025 à 11h00"),
    ("2025-03-19", "18:20", "fin de la garde à vue de Jordan PETIT", "levée le 19 mars 2025 à 18h20"),
]

OFFENCES = [
    {"qualification": "vol en réunion", "code_article": "311-4"},
    {"qualification": "association de malfaiteurs", "code_article": "450-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("plainte", 2, 2),
    ("requisition", 3, 3),
    ("photographie", 4, 4),
    ("pv_audition", 5, 5),
    ("photographie", 6, 6),
    ("pv_constatations", 7, 7),
    ("releve_bancaire", 8, 8),
    ("note_manuscrite", 9, 9),
    ("pv_audition", 10, 10),
    ("requisition", 11, 11),
    ("pv_constatations", 12, 12),
    ("photographie", 13, 13),
    ("pv_garde_a_vue", 14, 15),
    ("expertise", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Quelle longueur de câble les malfaiteurs ont-ils arrachée le long des rails ?", ["soit 180 mètres au total", "180 mètres de câble de signalisation ont été dérobés"]),
    ("À quel point kilométrique de la ligne le vol a-t-il été commis ?", ["point kilométrique 214,600", "Voie 1, PK 214,600"]),
    ("Combien de convois ont subi des retards à cause du vol ?", ["Les conséquences sont lourdes : 27 trains ont été retardés", "Bilan provisoire : 27 circulations retardées", "27 trains ont été retardés et 2 supprimés"]),
    ("Quel est le total des minutes de retard encaissées par les trains ?", ["retard cumulé de 1 470 minutes"]),
    ("Combien coûte la remise en état des installations selon le gestionnaire du réseau ?", ["est estimé à 62 400 euros", "estime le coût des réparations à 62 400 euros"]),
    ("À quelle heure le poste de commande a-t-il reçu la première alarme de panne de signalisation ?", ["02h48  alarme « dérangement canton » BAL voie 1", "neutralisée de 02h48 à 16h05"]),
    ("Quel train a accusé le plus gros retard, et de combien ?", ["Retard maximal d'un train : 94 minutes (TER 16821)"]),
    ("À quelle distance du poteau de signalisation le câble a-t-il été tranché ?", ["sectionnée net à 1,10 m du poteau"]),
    ("À quelle heure exacte l'appareil de chasse de l'agriculteur a-t-il photographié le fourgon ?", ["Horodatage de l'appareil : 03/03/2025 01:37:22"]),
    ("Quelle est la plaque de l'utilitaire surpris par la caméra du champ ?", ["Renault Master blanc avec échelle sur la galerie, immatriculé FZ-903-LH", "immatriculé FZ-903-LH, vu sur le cliché"]),
    ("Quel poids de métal l'élagueur a-t-il vendu au ferrailleur ?", ["brut 412 kg - prix 6,95 /kg", "a vendu 412 kg de cuivre brûlé"]),
    ("Quel numéro de pièce d'identité le récupérateur a-t-il inscrit dans son registre ?", ["PETIT Jordan - CNI 190318202517"]),
    ("Quel prix au kilo le ferrailleur aurait-il payé pour du cuivre propre de première qualité ?", ["8,40 euros pour le cuivre propre"]),
    ("Quelle somme le récupérateur de métaux a-t-il versée sur le compte de l'artisan ?", ["réf. achat n° A25-0873                         +2 863,40", "total 2 863,40 - virement"]),
    ("Combien l'élagueur a-t-il transféré à son complice le lendemain du vol ?", ["04/03  virement émis vers ROUX Anthony\n       libellé « chantier élagage »                     -700,00"]),
    ("Combien de coups de fil ont été passés entre les deux suspects en février ?", ["46 appels et 118 SMS"]),
    ("Quel est le numéro de portable du plus jeune des deux suspects ?", ["Ligne 06 39 98 70 38 - abonné ROUX Anthony"]),
    ("Quelle somme en liquide a-t-on trouvée chez l'artisan élagueur ?", ["la somme de 1 150 euros en billets de 50 euros"]),
    ("Quelle est l'ouverture de la mâchoire de l'outil hydraulique selon les experts ?", ["mâchoire d'une ouverture de 40 mm"]),
    ("Combien de kilomètres séparent la voie pillée du site du ferrailleur ?", ["de 24 km"]),
    ("Combien de temps le principal suspect est-il resté en garde à vue ?", ["soit 36 heures 20 minutes"]),
    ("Sur quel article du Code pénal se fonde la qualification de vol commis à plusieurs ?", ["(article 311-4 du Code pénal)"]),
    ("Quelle provenance le vendeur a-t-il déclarée au peseur pour justifier son cuivre ?", ["dit provenir démolition"]),
    ("En quelle année le câble dont on a retrouvé la gaine dans le foyer a-t-il été fabriqué pour le réseau ?", ["« SNCF RÉSEAU - SIG - 2013 »"]),
    ("L'artisan est-il vraiment resté chez lui la nuit du vol comme il l'affirme ?", ["je n'ai pas bougé de chez moi", "01h33  PETIT           data           cellule Foëcy - Les Varennes"]),
    ("Le cuivre vendu provenait-il bien de la démolition d'une ferme, comme le prétend l'élagueur ?", ["venait d'un chantier de démolition d'une vieille ferme à Vignoux", "le cuivre brûlé dans le jardin de M. PETIT provient d'un"]),
    ("Le principal suspect n'a-t-il réellement rien versé récemment à son ancien employé ?", ["Je ne lui ai rien versé récemment", "04/03  virement émis vers ROUX Anthony"]),
    ("Le feu au fond du jardin servait-il vraiment à brûler des branchages ?", ["c'est pour brûler des branches de mes chantiers", "Aucune branche ni bûche calcinée"]),
    ("À combien s'élève le préjudice causé par le vol de câble de janvier à Foëcy ?", []),
    ("Quel est le numéro de téléphone du troisième homme de l'équipe ?", []),
]

ANSWERS = {
    "Quelle longueur de câble les malfaiteurs ont-ils arrachée le long des rails ?": "180 mètres",
    "À quel point kilométrique de la ligne le vol a-t-il été commis ?": "214,600",
    "Combien de convois ont subi des retards à cause du vol ?": "27 trains",
    "Quel est le total des minutes de retard encaissées par les trains ?": "1 470 minutes",
    "Combien coûte la remise en état des installations selon le gestionnaire du réseau ?": "62 400 euros",
    "À quelle heure le poste de commande a-t-il reçu la première alarme de panne de signalisation ?": "02h48",
    "Quel train a accusé le plus gros retard, et de combien ?": "94 minutes",
    "À quelle distance du poteau de signalisation le câble a-t-il été tranché ?": "1,10 m",
    "À quelle heure exacte l'appareil de chasse de l'agriculteur a-t-il photographié le fourgon ?": "01:37:22",
    "Quelle est la plaque de l'utilitaire surpris par la caméra du champ ?": "FZ-903-LH",
    "Quel poids de métal l'élagueur a-t-il vendu au ferrailleur ?": "412 kg",
    "Quel numéro de pièce d'identité le récupérateur a-t-il inscrit dans son registre ?": "190318202517",
    "Quel prix au kilo le ferrailleur aurait-il payé pour du cuivre propre de première qualité ?": "8,40 euros",
    "Quelle somme le récupérateur de métaux a-t-il versée sur le compte de l'artisan ?": "2 863,40",
    "Combien l'élagueur a-t-il transféré à son complice le lendemain du vol ?": "700,00",
    "Combien de coups de fil ont été passés entre les deux suspects en février ?": "46 appels",
    "Quel est le numéro de portable du plus jeune des deux suspects ?": "06 39 98 70 38",
    "Quelle somme en liquide a-t-on trouvée chez l'artisan élagueur ?": "1 150 euros",
    "Quelle est l'ouverture de la mâchoire de l'outil hydraulique selon les experts ?": "40 mm",
    "Combien de kilomètres séparent la voie pillée du site du ferrailleur ?": "24 km",
    "Combien de temps le principal suspect est-il resté en garde à vue ?": "36 heures 20 minutes",
    "Sur quel article du Code pénal se fonde la qualification de vol commis à plusieurs ?": "311-4",
    "En quelle année le câble dont on a retrouvé la gaine dans le foyer a-t-il été fabriqué pour le réseau ?": "2013",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "présence sur les lieux : l'élagueur dit ne pas avoir bougé de chez lui la nuit des faits, sa ligne active la cellule de Foëcy - Les Varennes à 01h33 et 02h57",
        "phrases": ["je n'ai pas bougé de chez moi", "01h33  PETIT           data           cellule Foëcy - Les Varennes"],
        "between": ["Jordan PETIT", "opérateur de téléphonie"],
    },
    {
        "about": "origine du cuivre : l'élagueur invoque la démolition d'une ferme à Vignoux, l'IRCGN identifie les résidus de son foyer comme du câble de signalisation ferroviaire (gaine marquée SNCF RÉSEAU)",
        "phrases": ["venait d'un chantier de démolition d'une vieille ferme à Vignoux", "le cuivre brûlé dans le jardin de M. PETIT provient d'un"],
        "between": ["Jordan PETIT", "IRCGN"],
    },
    {
        "about": "relation avec le complice : l'élagueur dit n'avoir rien versé récemment à Anthony ROUX, son relevé montre un virement de 700 euros le 4 mars 2025",
        "phrases": ["Je ne lui ai rien versé récemment", "04/03  virement émis vers ROUX Anthony"],
        "between": ["Jordan PETIT", "Banque du Berry et de la Sologne"],
    },
    {
        "about": "usage du foyer du jardin : l'élagueur parle de branches brûlées, la photographie montre de la gaine fondue et des brins de cuivre, sans branche calcinée",
        "phrases": ["c'est pour brûler des branches de mes chantiers", "Aucune branche ni bûche calcinée"],
        "between": ["Jordan PETIT", "constatations de perquisition"],
    },
]
