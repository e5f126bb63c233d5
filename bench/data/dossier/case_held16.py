# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 16: a fictitious « incendie volontaire » of the premises of a neighbourhood association in
Brest (Finistère), quartier de Bellevue: a volunteer excluded for taking money from the solidarity grocery's till
leaves a handwritten threat in the letter box, buys petrol in a jerrycan at a filling station at midnight and sets
fire to the premises at night; a family living upstairs is evacuated, a child is treated for smoke inhalation. The
suspect is identified through the station's camera and his card payment, his car plate, his phone's cell data, a
fingerprint on the letter, petrol traces on his sweatshirt and a burn on his hand. Written blind (no access to the
system's code or other evaluation data). All persons, the association, the station, accounts, phone lines, plates,
seal numbers and street names/numbers are invented; the town, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale du Finistère - Brest\nProcédure n° 2025/02417\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS (enquête de flagrance)

Le dimanche 5 octobre 2025 à 02h31, nous, Lieutenant de police Erwan KERDRAON, officier de police judiciaire de permanence, sommes avisé par le centre d'information et de commandement d'un feu en cours dans un local associatif situé 6 rue des Goélands, quartier de Bellevue, à Brest (29200).

Nous transportons sur les lieux où nous arrivons à 02h44. Les sapeurs-pompiers sont déjà engagés. Le local, au rez-de-chaussée d'un petit immeuble de deux étages, est entièrement embrasé ; les occupants de l'appartement du premier étage ont été évacués par l'échelle aérienne.

Après extinction, à 04h40, nous procédons aux constatations avec le chef d'agrès :
- la vitre de la fenêtre arrière, côté cour, est brisée ; des éclats de verre se trouvent à l'intérieur du local, ce qui indique un bris depuis l'extérieur ;
- une forte odeur d'essence persiste près de cette fenêtre et au pied de la porte de service ;
- sous la fenêtre arrière, nous découvrons les restes fondus d'un récipient en plastique rouge, muni d'un bouchon noir (placé sous scellé n° 1) ;
- la porte de service en bois est calcinée sur toute sa hauteur ; la serrure n'est pas forcée.

Quatre prélèvements de débris (sol sous la fenêtre, seuil de la porte de service, plancher central, cour) sont placés sous scellés n° 2 à 5 aux fins d'analyse.

M. Yannick LE GALL, président de l'association, prévenu par téléphone, se présente à 05h20. Il nous signale avoir reçu une lettre de menaces quelques jours plus tôt.

Avisons Mme Anne-Sophie GUIVARC'H, substitute du procureur de la République près le tribunal judiciaire de Brest, qui ordonne la poursuite de l'enquête en flagrance.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU FINISTÈRE
RAPPORT D'INTERVENTION - transmis sur réquisition le 6 octobre 2025

Nature : feu de local d'activité en rez-de-chaussée d'immeuble d'habitation.
Adresse : 6 rue des Goélands, 29200 Brest.

Chronologie :
- réception de l'appel au 18 : 02h27 (appelante : une voisine de l'immeuble d'en face) ;
- arrivée du premier engin sur les lieux : 02h38 ;
- sauvetage par l'échelle aérienne de quatre occupants du premier étage (deux adultes, deux enfants) ;
- feu maîtrisé à 03h50 ;
- feu éteint à 04h15 ;
- fin d'intervention à 05h30.

Moyens engagés : 5 engins et 22 sapeurs-pompiers.

Victimes : un enfant de 6 ans, incommodé par les fumées, transporté au CHU de Brest, hôpital de la Cavale Blanche. Les trois autres occupants sont indemnes.

Observations du chef de groupe :
La surface détruite est de 85 m², soit la totalité du local. Les dégâts s'étendent par les fumées à la cage d'escalier et à l'appartement du premier étage.
Le feu présente deux foyers distincts et sans lien entre eux : l'un sous la fenêtre arrière, l'autre contre la porte de service. L'installation électrique avait été coupée au compteur par l'association le samedi à 19h00. Aucune cause accidentelle n'est retenue ; l'origine humaine et volontaire est fortement suspectée.

Le chef de groupe, Capitaine Loïc PRIGENT.""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le dimanche 5 octobre 2025 à 10h15, devant nous, Brigadier-chef de police Nolwenn CADIOU, agent de police judiciaire,

Se présente M. Yannick LE GALL, né le 17 juin 1967 à Landerneau (29), professeur des écoles retraité, demeurant 31 rue de Kervern à Brest, président de l'association « Bellevue Solidaire », qui dépose plainte au nom de l'association et déclare :

« Notre association occupe ce local depuis 2011. Nous y tenons une épicerie solidaire, de l'aide aux devoirs et un atelier informatique. Tout est parti : le stock de l'épicerie, les douze ordinateurs donnés par une entreprise, les archives, le mobilier.

Je pense tout de suite à M. Steven MORVAN. Il était bénévole à l'épicerie depuis un an. Au mois d'août, la trésorière a constaté qu'il manquait 340 euros dans la caisse de l'épicerie ; une autre bénévole l'avait vu se servir. Le bureau l'a exclu de l'association par décision du 28 août 2025. Il l'a très mal pris, il a crié qu'on allait « le payer ».

Le mardi 23 septembre, en ouvrant le local, j'ai trouvé dans notre boîte aux lettres une lettre écrite à la main, sans signature. Je ne l'ai pas montrée à la police sur le moment, je pensais que c'était de la colère. Je vous la remets.

Nous sommes assurés auprès de la Mutuelle de l'Iroise. L'expert de l'assurance doit passer cette semaine. »

M. LE GALL remet la lettre, placée sous scellé n° 6.

Lecture faite, M. LE GALL persiste et signe.""",
    ),
    # 4
    (
        "hand",
        """Lettre - scellé n° 6
Au bureau de Bellevue Solidaire
Vous m'avez viré comme un chien
devant tout le monde pour 340 balles
que j'ai jamais pris.
Vous avez jusqu'au 1er octobre
pour me réintégrer et vous excuser
par écrit.
Sinon votre local de Bellevue
il va partir en fumée.
Et LE GALL en premier.
On verra qui rigole.
Pas la peine d'appeler les flics.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le dimanche 5 octobre 2025 à 11h30, devant nous, Brigadier-chef de police Nolwenn CADIOU, agent de police judiciaire,

Entendons Mme Gwenaëlle TANGUY, née le 9 février 1980 à Morlaix (29), aide-soignante, demeurant 5 rue des Goélands à Brest, en face du local, qui déclare :

« Je rentrais d'une garde de nuit. Vers 2h10, en garant ma voiture, j'ai vu un homme passer dans la ruelle qui longe l'arrière du local. Il portait un sweat gris avec la capuche sur la tête et il tenait à la main un bidon rouge, comme ceux qu'on utilise pour l'essence. Il marchait vite, il ne m'a pas vue.

Il était plutôt grand, mince, je n'ai pas vu son visage. Un peu plus tard, j'ai entendu un bruit de verre cassé, puis une sorte de souffle, comme un « boum » sourd.

J'ai regardé par la fenêtre de ma cuisine et j'ai vu des flammes derrière les vitres du local. J'ai appelé les pompiers à 2h27, c'est l'heure affichée dans mon journal d'appels. J'ai crié pour réveiller la famille du premier.

Dans la rue, juste après, une voiture grise est partie vite du parking du square, sans allumer ses phares tout de suite. Je n'ai pas pu lire la plaque. »

Lecture faite, Mme TANGUY persiste et signe.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 6 octobre 2025 à 15h00, devant nous, Lieutenant de police Erwan KERDRAON, officier de police judiciaire,

Entendons Mme Soizic ABGRALL, née le 30 novembre 1991 à Brest, vendeuse, locataire de l'appartement du premier étage du 6 rue des Goélands, qui déclare :

« Nous dormions tous, mon compagnon, mes deux enfants et moi. C'est la voisine d'en face qui nous a réveillés en criant. La cage d'escalier était déjà pleine de fumée noire, impossible de descendre. Nous sommes restés dans la chambre du fond, la fenêtre ouverte, jusqu'à ce que les pompiers nous sortent par la grande échelle.

Mon fils Malo, qui a six ans, toussait beaucoup et vomissait. Il a été emmené aux urgences de la Cavale Blanche et gardé une nuit en observation. Le médecin a fixé son incapacité totale de travail à 3 jours.

L'appartement n'est plus habitable à cause de la fumée et de la suie. Nous sommes relogés provisoirement chez ma mère à Guipavas.

Tout le monde dans le quartier savait que des gens habitaient au-dessus du local : il y a nos vélos devant la porte et le linge au balcon. »

Lecture faite, Mme ABGRALL persiste et signe.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Cour arrière du local, 6 rue des Goélands, dimanche 5 octobre 2025 à 05h05
Sous la fenêtre brisée : restes fondus d'un jerrican rouge à bouchon noir (scellé n° 1), à 1,20 m du mur ; traînée noire de combustion jusqu'au seuil de la porte de service.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Vidéoprotection de la station Iroise Énergies, route de Gouesnou, samedi 4 octobre 2025 à 23h51
Pompe n° 7 : homme en sweat gris à capuche remplissant un jerrican rouge ; derrière lui, Peugeot 208 grise immatriculée GK-372-WB.
Image remise par le gérant de la station le 7 octobre 2025""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
STATION IROISE ÉNERGIES - route de Gouesnou, 29200 Brest
Réponse à réquisition judiciaire du 07/10/2025

Journal de caisse du 04/10/2025 - automate 24/24 et boutique

23h49  ouverture de la boutique de nuit (guichet)
23h50  vente boutique : 1 jerrican plastique 10 L rouge     9,90 EUR
23h53  pompe 7 - SP95-E10 - 10,42 litres                  18,96 EUR
       total transaction n° 58211                          28,86 EUR
       paiement carte bancaire sans contact
       carte n° **** **** **** 5512 - banque : Crédit de l'Élorn
00h07  pompe 2 - gazole - 41,80 litres                     72,15 EUR

Aucune autre vente de jerrican les 3 et 4 octobre.

Réponse complémentaire du Crédit de l'Élorn du 09/10/2025 :
carte n° **** 5512 - titulaire : M. MORVAN Steven,
né le 12/03/1994 à Brest.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE (article 60-1 du CPP) - le 10/10/2025
Opérateur de téléphonie mobile - ligne 06 39 98 27 46
Abonné : MORVAN Steven, 19 rue Jean-Marie Le Bris, 29200 Brest

Données de connexion du 04/10/2025 22h00 au 05/10/2025 06h00 :

04/10 22h14  SMS sortant         cellule Brest - Lambézellec
04/10 23h48  data                cellule Brest - Gouesnou route
05/10 01h56  appel sortant 12 s  cellule Brest - Lambézellec
05/10 02h04  data                cellule Brest - Bellevue Goélands
05/10 02h19  data                cellule Brest - Bellevue Goélands
05/10 02h41  SMS entrant         cellule Brest - Lambézellec
05/10 03h02  appel entrant 3 min cellule Brest - Lambézellec

La cellule « Brest - Bellevue Goélands » dessert un rayon d'environ
400 mètres autour du square des Goélands. Elle ne couvre pas le
domicile de l'abonné, situé à 2,3 km.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS ET D'INTERPELLATION

Nous, Lieutenant de police Erwan KERDRAON, officier de police judiciaire,

Le mardi 7 octobre 2025, la consultation du système d'immatriculation des véhicules établit que la Peugeot 208 grise immatriculée GK-372-WB, vue sur les images de la station, appartient à M. Steven MORVAN, 19 rue Jean-Marie Le Bris à Brest, quartier de Lambézellec. Ce véhicule est motorisé au gazole.

Le mercredi 8 octobre 2025, le service régional d'identité judiciaire nous informe que l'empreinte papillaire relevée sur la lettre de menaces (scellé n° 6) correspond à l'index droit de M. Steven MORVAN, enregistré au fichier automatisé des empreintes digitales.

Le mardi 14 octobre 2025 à 06h15, sur instructions de Mme GUIVARC'H, substitute, nous présentons au domicile de M. MORVAN. Lui notifions son placement en garde à vue à compter de 06h15 pour destruction du bien d'autrui par incendie de nature à créer un danger pour les personnes et menaces, ainsi que les droits attachés à cette mesure. Il demande l'assistance d'un avocat. Nous remarquons un pansement sur le dos de sa main gauche.

De 06h20 à 07h30, procédons à une perquisition en sa présence. Découvrons :
- un sweat-shirt gris à capuche, dont la manche gauche présente une zone roussie et dégage une odeur d'hydrocarbure (scellé n° 7) ;
- un briquet tempête noir, dans la poche ventrale de ce sweat (scellé n° 8) ;
- une paire de baskets blanches portant des traces noires sur les semelles (scellé n° 9) ;
- un téléphone Xiaomi Redmi bleu (scellé n° 10).

Aucun jerrican n'est découvert au domicile ni dans le véhicule, stationné au pied de l'immeuble.""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Perquisition du 14 octobre 2025, domicile de M. MORVAN
Sweat gris à capuche, manche gauche roussie sur environ 15 cm (scellé n° 7) ; briquet tempête noir (scellé n° 8) ; baskets blanches (scellé n° 9).""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 14 octobre 2025 à 09h40, devant nous, Lieutenant de police Erwan KERDRAON, officier de police judiciaire,
En présence de Maître Gaëlle LE BRIS, avocate au barreau de Brest,
Entendons M. Steven MORVAN, né le 12 mars 1994 à Brest, âgé de 31 ans, cariste en intérim, célibataire, demeurant 19 rue Jean-Marie Le Bris à Brest, qui déclare :

« L'association m'a accusé d'avoir pris de l'argent dans la caisse, c'est faux. Ils m'ont humilié devant tout le monde. Mais je n'ai rien à voir avec l'incendie.

Le samedi soir, j'étais chez moi toute la soirée, je regardais le match à la télé et je me suis couché vers minuit et demi. Je ne suis pas ressorti.

Je n'ai pas acheté d'essence depuis des semaines, ma voiture roule au diesel. Je ne vois pas ce que j'irais faire avec un bidon.

La main, je me suis brûlé en faisant cuire des frites, l'huile a débordé. Le sweat, il a pris un coup de fer à repasser.

Je n'ai jamais écrit à l'association, ni lettre ni rien. Si quelqu'un a écrit, ce n'est pas moi. »

Sur interpellation : il déclare ne pas savoir que des gens habitaient au-dessus du local.

Lecture faite, M. MORVAN persiste et signe, ainsi que son avocate.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
LABORATOIRE DE POLICE SCIENTIFIQUE DE RENNES - Section incendies-explosions
RAPPORT D'ANALYSE du 13/10/2025 - réquisition du 06/10/2025

Méthode : chromatographie en phase gazeuse couplée à la spectrométrie
de masse, après extraction des résidus volatils.

Scellé n° 1 (restes de récipient)  : essence sans plomb (type SP95) détectée
Scellé n° 2 (sol sous la fenêtre)  : essence sans plomb détectée
Scellé n° 3 (seuil porte service)  : essence sans plomb détectée
Scellé n° 4 (plancher central)     : aucun liquide inflammable
Scellé n° 5 (cour)                 : essence sans plomb détectée

Conclusion : 4 prélèvements sur 5 contiennent des résidus d'essence.
Le récipient fondu correspond à un jerrican de 10 litres de la marque
vendue dans les stations du réseau Iroise Énergies.

Complément du 16/10/2025 - scellé n° 7 (sweat, manche gauche) :
résidus d'essence sans plomb de même composition.""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
CENTRE HOSPITALIER UNIVERSITAIRE DE BREST - Unité médico-judiciaire
CERTIFICAT MÉDICAL SUR RÉQUISITION - le 14/10/2025 à 13h10

Examiné : M. MORVAN Steven, 31 ans, en garde à vue.

Constatations :
- brûlure du deuxième degré superficiel, face dorsale de la main
  gauche, mesurant 6 cm x 4 cm, en voie de cicatrisation ;
- pilosité grillée sur l'avant-bras gauche, sur 10 cm ;
- aucune autre lésion.

Discussion : l'ancienneté des lésions est estimée entre 8 et 12 jours.
La brûlure, à contours nets, sans coulure ni projection en gouttes,
et la pilosité grillée sont compatibles avec une exposition brève à
une flamme vive (retour de flamme). Elles ne présentent pas l'aspect
habituel d'une brûlure par projection d'huile chaude.

L'état de santé de l'intéressé est compatible avec la garde à vue.

Dr Morgane QUILLIEN, médecin légiste.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mercredi 15 octobre 2025 à 10h00, devant nous, Lieutenant de police Erwan KERDRAON, officier de police judiciaire, en présence de Maître LE BRIS,

Présentons à M. Steven MORVAN la photographie de la station, le journal de caisse, ses données de téléphonie, le rapport du laboratoire, le certificat médical et le résultat de la comparaison d'empreinte. Il déclare :

« Bon, c'est moi sur la photo de la station. J'ai acheté le bidon et l'essence ce soir-là. J'étais en colère, j'avais bu quatre ou cinq bières en regardant le match.

J'y suis allé à pied depuis le parking du square. J'ai cassé la vitre de derrière avec mon coude, j'ai versé l'essence par la fenêtre et devant la porte, et j'ai allumé avec le briquet. Ça a pris d'un coup et je me suis brûlé la main.

Je voulais juste brûler leur porte, leur faire peur. Je ne pensais pas que ça prendrait comme ça. Je ne savais vraiment pas qu'il y avait une famille au-dessus, je le jure.

La lettre, oui, c'est moi qui l'ai écrite, le lendemain d'une soirée où j'avais trop bu. Je regrette pour le petit garçon. »

Lecture faite, M. MORVAN persiste et signe, ainsi que son avocate.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MORVAN Steven, né le 12 mars 1994 à Brest (29).

Condamnation n° 1 : jugement du tribunal correctionnel de Brest du 4 avril 2019. Dégradation ou détérioration d'un bien appartenant à autrui. Peine : 70 heures de travail d'intérêt général.

Condamnation n° 2 : ordonnance pénale du tribunal correctionnel de Brest du 18 janvier 2022. Conduite d'un véhicule en état d'ivresse manifeste. Peine : 400 euros d'amende, suspension du permis de conduire pendant 4 mois.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Lieutenant de police Erwan KERDRAON à Monsieur le Procureur de la République près le tribunal judiciaire de Brest.

Dans la nuit du 4 au 5 octobre 2025, le local de l'association « Bellevue Solidaire », 6 rue des Goélands à Brest, a été détruit par un incendie. Les quatre occupants de l'appartement situé au-dessus ont été évacués par les sapeurs-pompiers ; le jeune Malo ABGRALL, 6 ans, intoxiqué par les fumées, a été hospitalisé une nuit.

Les constatations, le rapport des sapeurs-pompiers (deux foyers distincts) et les analyses du laboratoire (essence sans plomb) établissent le caractère volontaire de l'incendie.

M. Steven MORVAN, 31 ans, ancien bénévole exclu de l'association le 28 août 2025, est mis en cause par la vidéoprotection et le journal de caisse de la station Iroise Énergies, l'immatriculation de son véhicule, ses données de téléphonie, l'empreinte relevée sur la lettre de menaces, les résidus d'essence sur son sweat-shirt et sa brûlure à la main. Il a reconnu les faits lors de sa deuxième audition, tout en contestant avoir su que l'immeuble était habité.

L'expert de la Mutuelle de l'Iroise évalue le préjudice de l'association à 146 300 euros (bâtiment, stock de l'épicerie, matériel informatique). Le bailleur social chiffre la remise en état de l'appartement du premier étage à 38 900 euros.

La garde à vue de M. MORVAN, débutée le 14 octobre 2025 à 06h15, a été prolongée par vos soins et levée le 15 octobre 2025 à 16h45, soit une durée de 34 heures 30 minutes. Il a été déféré.

Les faits sont susceptibles de recevoir la qualification de destruction du bien d'autrui par un moyen dangereux pour les personnes (article 322-6 du Code pénal) et de menace de destruction matérialisée par un écrit (article 322-12 du Code pénal).

Fait à Brest, le lundi 20 octobre 2025.""",
    ),
]

PERSONS = [
    {"name": "Steven MORVAN", "role": "mis en cause", "aliases": ["MORVAN Steven", "M. MORVAN"]},
    {"name": "Yannick LE GALL", "role": "victime", "aliases": ["M. LE GALL", "LE GALL"]},
    {"name": "Bellevue Solidaire", "role": "victime", "aliases": ["l'association « Bellevue Solidaire »", "l'association"]},
    {"name": "Soizic ABGRALL", "role": "victime", "aliases": ["Mme ABGRALL"]},
    {"name": "Malo ABGRALL", "role": "victime", "aliases": ["Malo", "le jeune Malo ABGRALL"]},
    {"name": "Gwenaëlle TANGUY", "role": "témoin", "aliases": ["Mme TANGUY"]},
    {"name": "Loïc PRIGENT", "role": "autre", "aliases": ["Capitaine Loïc PRIGENT"]},
    {"name": "Morgane QUILLIEN", "role": "autre", "aliases": ["Dr Morgane QUILLIEN"]},
    {"name": "Erwan KERDRAON", "role": "enquêteur", "aliases": ["Lieutenant de police Erwan KERDRAON"]},
    {"name": "Nolwenn CADIOU", "role": "enquêteur", "aliases": ["Brigadier-chef de police Nolwenn CADIOU"]},
    {"name": "Anne-Sophie GUIVARC'H", "role": "magistrat", "aliases": ["Mme GUIVARC'H"]},
    {"name": "Gaëlle LE BRIS", "role": "avocat", "aliases": ["Maître Gaëlle LE BRIS", "Maître LE BRIS"]},
]

EVENTS = [
    ("2019-04-04", None, "condamnation de Steven MORVAN pour dégradation", "du 4 avril 2019"),
    ("2025-08-28", None, "exclusion de Steven MORVAN de l'association", "par décision du 28 août 2025"),
    ("2025-09-23", None, "découverte de la lettre de menaces dans la boîte aux lettres", "Le mardi 23 septembre, en ouvrant le local"),
    ("2025-10-04", "23:53", "achat d'essence et d'un jerrican à la station Iroise Énergies", "23h53  pompe 7 - SP95-E10"),
    ("2025-10-05", "02:04", "le téléphone du suspect active la cellule du quartier de Bellevue", "05/10 02h04  data"),
    ("2025-10-05", "02:10", "la voisine voit un homme avec un bidon rouge", "Vers 2h10, en garant ma voiture"),
    ("2025-10-05", "02:27", "appel de la voisine aux sapeurs-pompiers", "réception de l'appel au 18 : 02h27"),
    ("2025-10-05", "04:15", "feu éteint", "feu éteint à 04h15"),
    ("2025-10-05", "10:15", "plainte de l'association", "Le dimanche 5 octobre 2025 à 10h15"),
    ("2025-10-08", None, "identification de l'empreinte sur la lettre", "Le mercredi 8 octobre 2025, le service régional"),
    ("2025-10-14", "06:15", "interpellation et garde à vue de Steven MORVAN", "Le mardi 14 octobre 2025 à 06h15"),
    ("2025-10-15", "10:00", "aveux de Steven MORVAN", "Le mercredi 15 octobre 2025 à 10h00"),
    ("2025-10-15", "16:45", "fin de la garde à vue", "levée le 15 octobre 2025 à 16h45"),
]

OFFENCES = [
    {"qualification": "destruction du bien d'autrui par un moyen dangereux pour les personnes (incendie)", "code_article": "322-6"},
    {"qualification": "menace de destruction matérialisée par un écrit", "code_article": "322-12"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("rapport", 2, 2),
    ("plainte", 3, 3),
    ("note_manuscrite", 4, 4),
    ("pv_audition", 5, 6),
    ("photographie", 7, 8),
    ("requisition", 9, 10),
    ("pv_constatations", 11, 11),
    ("photographie", 12, 12),
    ("pv_garde_a_vue", 13, 13),
    ("expertise", 14, 14),
    ("certificat_medical", 15, 15),
    ("pv_garde_a_vue", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À quelle heure les secours ont-ils été alertés de l'incendie ?", ["réception de l'appel au 18 : 02h27", "J'ai appelé les pompiers à 2h27"]),
    ("Combien de soldats du feu ont été mobilisés cette nuit-là ?", ["5 engins et 22 sapeurs-pompiers"]),
    ("À quelle heure les flammes ont-elles été complètement éteintes ?", ["feu éteint à 04h15"]),
    ("Quelle superficie du local a été ravagée par le sinistre ?", ["La surface détruite est de 85 m²"]),
    ("Combien de points de départ du feu les pompiers ont-ils relevés ?", ["Le feu présente deux foyers distincts", "(deux foyers distincts)"]),
    ("Quelle somme l'ancien bénévole est-il soupçonné d'avoir soustraite à la caisse de l'épicerie ?", ["il manquait 340 euros dans la caisse"]),
    ("À quelle date le bureau a-t-il écarté l'ancien bénévole de l'association ?", ["par décision du 28 août 2025", "exclu de l'association le 28 août 2025"]),
    ("Quel ultimatum l'auteur du courrier de menaces fixait-il à l'association ?", ["Vous avez jusqu'au 1er octobre"]),
    ("Vers quelle heure la riveraine a-t-elle aperçu l'homme au bidon ?", ["Vers 2h10, en garant ma voiture"]),
    ("Combien de personnes vivant au-dessus du local ont dû être secourues par la grande échelle ?", ["sauvetage par l'échelle aérienne de quatre occupants", "Les quatre occupants de l'appartement"]),
    ("Combien de jours d'arrêt total a-t-on reconnus au petit garçon du premier étage ?", ["incapacité totale de travail à 3 jours"]),
    ("Quelle est l'immatriculation de la voiture garée derrière l'homme qui remplissait le jerrican ?", ["derrière lui, Peugeot 208 grise immatriculée GK-372-WB", "GK-372-WB, vue sur les images de la station, appartient"]),
    ("Quelle quantité de carburant a été versée dans le bidon à la station ?", ["SP95-E10 - 10,42 litres"]),
    ("Combien le client de la station a-t-il payé au total pour le bidon et l'essence ?", ["total transaction n° 58211                          28,86 EUR"]),
    ("Par quels chiffres se termine la carte qui a servi à régler l'achat ?", ["carte n° **** **** **** 5512 - banque"]),
    ("À quelle heure le portable du suspect a-t-il borné pour la première fois près du local incendié ?", ["05/10 02h04  data"]),
    ("À quelle distance du secteur couvert par l'antenne de Bellevue habite le suspect ?", ["situé à 2,3 km"]),
    ("Quel est le numéro de portable de l'ancien bénévole ?", ["ligne 06 39 98 27 46"]),
    ("Dans combien d'échantillons le laboratoire a-t-il retrouvé des traces d'essence ?", ["4 prélèvements sur 5 contiennent des résidus d'essence"]),
    ("Quelles sont les dimensions de la brûlure constatée sur la main du gardé à vue ?", ["mesurant 6 cm x 4 cm"]),
    ("Sur quelle longueur la manche du sweat saisi est-elle roussie ?", ["manche gauche roussie sur environ 15 cm"]),
    ("À combien l'assureur chiffre-t-il les pertes de l'association ?", ["évalue le préjudice de l'association à 146 300 euros"]),
    ("Combien de temps a duré la mesure de garde à vue du suspect ?", ["soit une durée de 34 heures 30 minutes"]),
    ("Quel article du Code pénal réprime l'incendie d'un bien créant un danger pour autrui ?", ["(article 322-6 du Code pénal)"]),
    ("Le suspect est-il vraiment resté à son domicile toute la nuit de l'incendie ?", ["j'étais chez moi toute la soirée", "cellule Brest - Bellevue Goélands\n05/10 02h19"]),
    ("Le mis en cause n'avait-il réellement pas pris d'essence depuis longtemps ?", ["Je n'ai pas acheté d'essence depuis des semaines", "homme en sweat gris à capuche remplissant un jerrican rouge"]),
    ("La blessure à la main du suspect vient-elle vraiment d'un accident de friteuse ?", ["je me suis brûlé en faisant cuire des frites", "Elles ne présentent pas l'aspect habituel d'une brûlure par projection d'huile chaude"]),
    ("L'ancien bénévole n'est-il vraiment pas l'auteur de la lettre anonyme déposée au local ?", ["Je n'ai jamais écrit à l'association, ni lettre ni rien", "correspond à l'index droit de M. Steven MORVAN"]),
    ("Combien l'assurance a-t-elle déjà versé à l'association depuis le sinistre ?", []),
    ("Quel est le numéro de téléphone de la voisine qui a donné l'alerte ?", []),
]

ANSWERS = {
    "À quelle heure les secours ont-ils été alertés de l'incendie ?": "02h27",
    "Combien de soldats du feu ont été mobilisés cette nuit-là ?": "22 sapeurs-pompiers",
    "À quelle heure les flammes ont-elles été complètement éteintes ?": "04h15",
    "Quelle superficie du local a été ravagée par le sinistre ?": "85 m²",
    "Combien de points de départ du feu les pompiers ont-ils relevés ?": "deux",
    "Quelle somme l'ancien bénévole est-il soupçonné d'avoir soustraite à la caisse de l'épicerie ?": "340 euros",
    "À quelle date le bureau a-t-il écarté l'ancien bénévole de l'association ?": "28 août 2025",
    "Quel ultimatum l'auteur du courrier de menaces fixait-il à l'association ?": "1er octobre",
    "Vers quelle heure la riveraine a-t-elle aperçu l'homme au bidon ?": "2h10",
    "Combien de personnes vivant au-dessus du local ont dû être secourues par la grande échelle ?": "quatre",
    "Combien de jours d'arrêt total a-t-on reconnus au petit garçon du premier étage ?": "3 jours",
    "Quelle est l'immatriculation de la voiture garée derrière l'homme qui remplissait le jerrican ?": "GK-372-WB",
    "Quelle quantité de carburant a été versée dans le bidon à la station ?": "10,42 litres",
    "Combien le client de la station a-t-il payé au total pour le bidon et l'essence ?": "28,86 EUR",
    "Par quels chiffres se termine la carte qui a servi à régler l'achat ?": "5512",
    "À quelle heure le portable du suspect a-t-il borné pour la première fois près du local incendié ?": "02h04",
    "À quelle distance du secteur couvert par l'antenne de Bellevue habite le suspect ?": "2,3 km",
    "Quel est le numéro de portable de l'ancien bénévole ?": "06 39 98 27 46",
    "Dans combien d'échantillons le laboratoire a-t-il retrouvé des traces d'essence ?": "4 prélèvements sur 5",
    "Quelles sont les dimensions de la brûlure constatée sur la main du gardé à vue ?": "6 cm x 4 cm",
    "Sur quelle longueur la manche du sweat saisi est-elle roussie ?": "15 cm",
    "À combien l'assureur chiffre-t-il les pertes de l'association ?": "146 300 euros",
    "Combien de temps a duré la mesure de garde à vue du suspect ?": "34 heures 30 minutes",
    "Quel article du Code pénal réprime l'incendie d'un bien créant un danger pour autrui ?": "322-6",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "emploi du temps la nuit des faits : le suspect dit être resté chez lui toute la soirée, son téléphone active la cellule du quartier de Bellevue à 02h04 et 02h19, cellule qui ne couvre pas son domicile",
        "phrases": ["j'étais chez moi toute la soirée", "cellule Brest - Bellevue Goélands\n05/10 02h19"],
        "between": ["Steven MORVAN", "opérateur de téléphonie"],
    },
    {
        "about": "achat d'essence : le suspect dit ne pas avoir acheté d'essence depuis des semaines (voiture au diesel), la vidéoprotection de la station le montre remplissant un jerrican rouge la veille au soir",
        "phrases": ["Je n'ai pas acheté d'essence depuis des semaines", "homme en sweat gris à capuche remplissant un jerrican rouge"],
        "between": ["Steven MORVAN", "vidéoprotection de la station Iroise Énergies"],
    },
    {
        "about": "origine de la brûlure : le suspect invoque une projection d'huile de friture, le médecin légiste décrit une brûlure par flamme vive sans l'aspect d'une projection d'huile",
        "phrases": ["je me suis brûlé en faisant cuire des frites", "Elles ne présentent pas l'aspect habituel d'une brûlure par projection d'huile chaude"],
        "between": ["Steven MORVAN", "Morgane QUILLIEN"],
    },
    {
        "about": "lettre de menaces : le suspect nie avoir jamais écrit à l'association, l'empreinte relevée sur la lettre est son index droit (il finira par reconnaître l'avoir écrite)",
        "phrases": ["Je n'ai jamais écrit à l'association, ni lettre ni rien", "correspond à l'index droit de M. Steven MORVAN"],
        "between": ["Steven MORVAN", "service régional d'identité judiciaire"],
    },
]
