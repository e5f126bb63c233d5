# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 14: a fictitious fatal road accident (homicide involontaire routier) on a departmental road
near Mont-de-Marsan (Landes): at nightfall a cyclist is struck from behind by a car that drives on; a motorist who
had just been overtaken notes part of the plate on a fuel receipt, a mirror shell left on the road leads to the car,
the 24-year-old driver tests positive to cannabis, his phone holds a video of the speedometer filmed seconds before
the impact, and the accident expert estimates the speed at 118 km/h on an 80 km/h road. Written blind (no access to
the system's code or other evaluation data). All persons, plates, phone lines, the road number, the lieu-dit and
street names/numbers are invented; the towns, the hospitals, the courts and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - EDSR des Landes - Brigade motorisée de Mont-de-Marsan\nProcédure n° 01873/2024\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS - ACCIDENT MORTEL DE LA CIRCULATION

Le mardi 5 novembre 2024, nous, Adjudant Sébastien LAPEYRE, officier de police judiciaire à la brigade motorisée de Mont-de-Marsan, assisté du Maréchal des logis-chef Julie DUCOURNAU,

Avisés à 18h58 par le centre d'opérations et de renseignement de la gendarmerie (CORG) d'un accident entre une voiture et un cycliste, signalé par un automobiliste à 18h54, sur la route départementale 365, au lieu-dit Peyrehitte, commune de Saint-Perdon (40090),

Nous transportons sur les lieux, où nous arrivons à 19h12. Le SMUR de Mont-de-Marsan est présent depuis 19h05. Le médecin du SMUR, le Dr Sophie LAGARDÈRE, constate le décès du cycliste à 19h31.

Constatons :
- que la RD 365 est à cet endroit une ligne droite de 1,2 kilomètre, à double sens, sans éclairage public, la vitesse limitée à 80 km/h ; la chaussée est sèche ; la nuit est tombée (coucher du soleil à 17h33) ;
- qu'un homme d'une soixantaine d'années, porteur d'un casque et d'un gilet jaune réfléchissant, gît dans le fossé droit dans le sens Mont-de-Marsan vers Saint-Sever ; son vélo de route bleu, très déformé, repose dans le même fossé ;
- que sa lampe arrière rouge, fixée sous la selle, est encore allumée en mode clignotant ;
- que des éclats de verre de phare et une coque de rétroviseur droit de couleur gris métallisé jonchent la voie de droite ; la coque est placée sous scellé n° 1 ;
- qu'aucune trace de freinage ni de ripage n'est visible sur la chaussée ;
- qu'aucun véhicule impliqué n'est présent sur les lieux : le conducteur a poursuivi sa route.

La victime est identifiée grâce à ses papiers comme M. Jean-Pierre LABORDE, demeurant à Saint-Perdon. Le corps est transporté à l'institut médico-légal sur réquisition.

Avisons Mme Nathalie DUBERNET, procureure adjointe près le tribunal judiciaire de Mont-de-Marsan, qui ordonne une enquête de flagrance et désigne un expert en accidentologie.""",
    ),
    # 2
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - RD 365, lieu-dit Peyrehitte à Saint-Perdon, 5 novembre 2024, 19h40
Sens Mont-de-Marsan vers Saint-Sever : cône n° 1 au point de choc présumé (éclats de phare) ; vélo de route bleu dans le fossé droit à 34 mètres du point de choc ; victime au cône n° 6, à 41 mètres.""",
    ),
    # 3
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Élément ramassé sur la chaussée (scellé n° 1)
Coque de rétroviseur droit gris métallisé, étiquette intérieure « AUDI 8Y0 857 528 », code teinte LZ7S (gris Daytona) ; éclats de verre de phare.""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 5 novembre 2024 à 20h15, devant nous, Maréchal des logis-chef Julie DUCOURNAU, agent de police judiciaire,

Entendons M. Hervé CASTETS, né le 2 mars 1977 à Aire-sur-l'Adour (40), commercial, demeurant à Aire-sur-l'Adour, qui déclare :

« Je rentrais d'un rendez-vous à Mont-de-Marsan. Sur la grande ligne droite après Saint-Perdon, une Audi grise m'a doublé à une allure folle, ma voiture a été secouée par le souffle. Elle s'est rabattue devant moi et s'est éloignée très vite.

Quelques secondes plus tard, j'ai vu ses phares faire un léger écart et une gerbe d'éclats voler sur la droite. La voiture n'a pas freiné, elle n'a même pas ralenti, et ses feux ont disparu vers Saint-Sever. Elle avait un feu arrière qui ne marchait pas.

Je me suis arrêté un peu plus loin, j'ai pris ma lampe et j'ai trouvé un homme dans le fossé, avec un gilet jaune. Il ne bougeait plus et je ne sentais pas son pouls. J'ai appelé les secours tout de suite.

Pendant que j'attendais, j'ai écrit sur le dos d'un ticket de carburant ce dont je me souvenais, pour ne pas l'oublier. Je n'ai vu qu'une partie de la plaque. Je vous remets ce ticket. »

Le ticket est placé sous scellé n° 4.

Lecture faite, M. CASTETS persiste et signe.""",
    ),
    # 5
    (
        "hand",
        """Ticket carburant - au dos - scellé n° 4
AUDI A3 grise
FR-7?? -KD
m'a doublé vers 18h48
très très vite !! 130 ?
feu AR gauche éteint
pas freiné - partie vers St-Sever
homme + vélo fossé droit
appel 18 à 18h54""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RECHERCHES ET D'INTERPELLATION

Le mardi 5 novembre 2024, nous, Adjudant Sébastien LAPEYRE, officier de police judiciaire, agissant en flagrant délit,

À 20h30, interrogeons le système d'immatriculation des véhicules : les Audi A3 de couleur grise, dont la plaque commence par FR-7 et se termine par KD, immatriculées dans les Landes, sont au nombre de 3 véhicules. Un seul est de teinte gris Daytona, conforme au code relevé sur la coque de rétroviseur : le véhicule FR-738-KD, au nom de M. Lucas DARRIGADE, domicilié 9 chemin de Bordus à Saint-Sever (40500).

À 21h10, nous présentons à cette adresse. Le véhicule est stationné devant la maison : avant droit enfoncé, pare-brise étoilé côté passager, rétroviseur droit arraché, feu arrière gauche hors d'usage.

M. DARRIGADE, présent, reconnaît être le conducteur habituel et unique de la voiture. À 21h25, lui notifions son placement en garde à vue pour homicide involontaire par conducteur et délit de fuite, ainsi que ses droits. Il demande l'assistance d'un avocat.

À 21h30, le dépistage salivaire des stupéfiants se révèle positif au cannabis. À 21h38, il est soumis à un contrôle par éthylomètre (ticket joint).

À 22h40, au centre hospitalier de Mont-de-Marsan, un médecin procède sur réquisition au prélèvement sanguin aux fins d'analyse toxicologique.

Saisissons son téléphone Apple iPhone 13 (scellé n° 3). Le véhicule (scellé n° 2) est placé en fourrière judiciaire pour expertise.""",
    ),
    # 7
    (
        "scan",
        HEAD
        + """
ÉTHYLOMÈTRE - TICKET DE MESURE
Appareil n° de série ARRA-0417 - vérification périodique valide
Date : 05/11/2024   Heure : 21:38
Nom du sujet : DARRIGADE Lucas
Mesure : 0,09 mg/L d'air expiré
Seuil délictuel : 0,40 mg/L
Opérateur : MDL/C DUCOURNAU
Signature de l'opérateur et du sujet""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Audi A3 FR-738-KD devant le domicile de son propriétaire, 5 novembre 2024, 21h15
Avant droit enfoncé, pare-brise étoilé côté passager, support du rétroviseur droit nu, traces de peinture bleue sur l'aile avant droite.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mercredi 6 novembre 2024 à 09h30, devant nous, Adjudant Sébastien LAPEYRE, officier de police judiciaire,
En présence de Maître Élodie CAZENAVE, avocate au barreau de Mont-de-Marsan,
Entendons M. Lucas DARRIGADE, né le 27 août 2000 à Dax (40), âgé de 24 ans, préparateur de commandes, demeurant 9 chemin de Bordus à Saint-Sever, qui déclare :

« Hier, après le travail, je suis passé chez un ami à Mont-de-Marsan, puis je suis rentré chez moi par la départementale.

Vers 18h50, sur la ligne droite, j'ai senti un gros choc à droite. Il faisait nuit, je n'ai rien vu. J'ai cru heurter un chevreuil, il y en a beaucoup dans ce coin. J'ai eu peur, j'ai continué jusqu'à chez moi.

Je roulais à 80, 90 maximum, comme d'habitude. Je connais cette route par cœur.

Le cannabis, j'ai fumé un joint samedi dernier, pas depuis. Je n'étais pas sous l'effet de quoi que ce soit.

Je n'avais pas touché mon téléphone, il était dans ma poche de blouson.

Quand j'ai appris par la radio qu'un cycliste était mort, j'ai compris, mais j'avais trop peur pour appeler. »

Lecture faite, M. DARRIGADE persiste et signe, ainsi que son avocate.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
LABORATOIRE DE TOXICOLOGIE - RÉSULTATS D'ANALYSE DU 06/11/2024
Réquisition du 05/11/2024 - sujet : DARRIGADE Lucas, né le 27/08/2000

Prélèvement sanguin du 05/11/2024 à 22h40 (centre hospitalier)
Delta-9-THC : 4,2 ng/mL
11-OH-THC : 1,1 ng/mL
THC-COOH : 38 ng/mL
Alcoolémie : 0,18 g/L
Autres stupéfiants recherchés (cocaïne, opiacés, amphétamines) : négatif

Conclusion : la présence de delta-9-THC à cette concentration traduit une
consommation datant de moins de 6 heures avant le prélèvement ; elle est
incompatible avec une dernière consommation remontant à plusieurs jours.
Le biologiste expert, Dr F. ITHURBIDE""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 6 novembre 2024 à 14h00, devant nous, Maréchal des logis-chef Julie DUCOURNAU, agent de police judiciaire,

Entendons M. Mathis PÉDEPRAT, né le 12 janvier 2001 à Mont-de-Marsan, magasinier, demeurant à Mont-de-Marsan, qui déclare :

« Lucas est mon ami depuis le collège. Hier, il est venu chez moi après son travail, vers 16h45. On avait fumé ensemble chez moi vers 17 heures, un joint chacun, puis il est reparti vers 18h30.

Un peu avant 19 heures, il m'a envoyé une vidéo sur Snapchat, on voyait le compteur de sa voiture. Il fait souvent ça pour frimer, je lui ai déjà dit d'arrêter.

Quelques minutes après, il m'a appelé. Il paniquait, il pleurait presque. Il m'a dit qu'il avait vu un vélo au dernier moment, qu'il l'avait percuté et qu'il ne savait pas quoi faire. Je lui ai dit de faire demi-tour et d'appeler les secours. Il m'a répondu qu'il rentrait chez lui. »

Lecture faite, M. PÉDEPRAT persiste et signe.""",
    ),
    # 12
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXPLOITATION DE TÉLÉPHONE - iPhone 13 (scellé n° 3), le 06/11/2024
Ligne 06 39 98 74 26 - titulaire DARRIGADE Lucas

05/11/2024 18h49m37s : vidéo de 12 secondes (IMG_4471.MOV)
  filmée depuis le poste de conduite, de nuit ; compteur lisible : 134 km/h ;
  géolocalisation de la vidéo : RD 365, Saint-Perdon
05/11/2024 18h51 : vidéo envoyée par Snapchat au contact « Mathis »
05/11/2024 18h56 : appel sortant vers « Mathis » (06 39 98 17 52),
  durée 3 min 40 s
05/11/2024 19h02 : recherche internet « rétroviseur audi a3 prix »
05/11/2024 19h04 : recherche internet « accident st perdon »
05/11/2024 19h47 : message à « Mathis » : « dis rien a personne stp »

Extraction réalisée au moyen d'un logiciel agréé, code fourni par l'intéressé.""",
    ),
    # 13
    (
        "text",
        "INSTITUT MÉDICO-LÉGAL - CHU de Bordeaux\n"
        + """
RAPPORT D'AUTOPSIE (conclusions)

Le mercredi 6 novembre 2024, nous, Dr Anne-Laure MIQUEU, médecin légiste, requise par l'Adjudant LAPEYRE, avons procédé à l'autopsie du corps de M. Jean-Pierre LABORDE, né le 19 juillet 1963, âgé de 61 ans.

Constatations principales :
- fracture du rachis cervical haut (deuxième vertèbre cervicale) avec lésion de la moelle ;
- contusions cérébrales multiples malgré le port du casque, lequel est fendu en région occipitale ;
- fractures de sept côtes et contusion pulmonaire bilatérale ;
- fractures des deux jambes situées à 52 cm du talon, correspondant à la hauteur d'un pare-chocs de véhicule léger.

Conclusions : le décès est consécutif à un polytraumatisme, dominé par la lésion cervicale haute ; il a été immédiat ou quasi immédiat. Les lésions sont compatibles avec un choc par l'arrière, de forte énergie, par un véhicule léger, suivi d'une projection du corps.

Des prélèvements ont été conservés à toutes fins utiles.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME (ayant droit)

Le mercredi 6 novembre 2024 à 16h00, devant nous, Maréchal des logis-chef Julie DUCOURNAU, agent de police judiciaire,

Entendons Mme Martine LABORDE, née le 30 septembre 1965 à Hagetmau (40), secrétaire médicale, demeurant à Saint-Perdon, épouse de la victime, qui déclare :

« Nous étions mariés depuis 38 ans. Mon mari était menuisier, il devait prendre sa retraite au printemps.

Il faisait du vélo depuis vingt ans. Le mardi, il faisait toujours sa sortie du soir, une boucle d'une quarantaine de kilomètres par Saint-Sever. Hier, il est parti de la maison à 17h45, comme d'habitude.

Il était très prudent : il portait toujours son casque et son gilet jaune. En octobre, il avait acheté une lampe avant et une lampe arrière neuves, parce que les jours raccourcissaient.

Je souhaite me constituer partie civile, avec nos deux enfants. »

Lecture faite, Mme LABORDE persiste et signe.""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
EXPERTISE EN ACCIDENTOLOGIE - CONSTATATIONS PRÉLIMINAIRES du 07/11/2024
M. Philippe SARRAUTE, expert près la cour d'appel de Pau

Véhicule : Audi A3 FR-738-KD (scellé n° 2) - Cycle : vélo de route bleu
Point de choc : voie de droite, 0,80 m du bord de chaussée
Distance de projection du cycliste : 41 m
Vitesse de l'Audi au moment du choc estimée à 118 km/h (marge +/- 8 km/h)
Vitesse maximale autorisée : 80 km/h
Aucune trace de freinage ni manoeuvre d'évitement
Feu arrière du vélo : fonctionnel, mode clignotant
Distance à laquelle le cycliste était visible : au moins 150 mètres
À 118 km/h, le véhicule parcourt environ 33 mètres par seconde.

Conclusion provisoire : vitesse excessive et défaut d'attention ;
aucun élément imputable au cycliste.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le jeudi 7 novembre 2024 à 09h00, devant nous, Adjudant Sébastien LAPEYRE, officier de police judiciaire, en présence de Maître CAZENAVE,

Reprenons l'audition de M. Lucas DARRIGADE, à qui sont présentés le résultat de l'analyse de sang, le rapport d'exploitation de son téléphone, l'audition de M. PÉDEPRAT et les constatations préliminaires de l'expert. Il déclare :

« Oui, j'ai filmé le compteur pour l'envoyer à Mathis. C'était une bêtise énorme. Je regardais l'écran, et quand j'ai relevé la tête le vélo était juste devant moi. Je n'ai pas eu le temps de faire quoi que ce soit.

J'ai su tout de suite que c'était un homme. J'ai paniqué, je n'ai pas voulu aller en prison. Hier, j'ai menti parce que j'avais honte.

Le joint, c'était chez Mathis, avant de partir.

Je pense tous les jours à cet homme et à sa famille. »

Lecture faite, M. DARRIGADE persiste et signe, ainsi que son avocate.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : DARRIGADE Lucas, né le 27 août 2000 à Dax (40).

Condamnation n° 1 : jugement du tribunal correctionnel de Mont-de-Marsan du 14 mars 2023. Conduite d'un véhicule après usage de substances ou plantes classées comme stupéfiants. Peine : 500 euros d'amende et suspension du permis de conduire pendant 4 mois.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant Sébastien LAPEYRE à Madame la Procureure de la République près le tribunal judiciaire de Mont-de-Marsan.

Le mardi 5 novembre 2024 vers 18h50, sur la RD 365 à Saint-Perdon, M. Jean-Pierre LABORDE, 61 ans, qui circulait à vélo, correctement éclairé et équipé, a été percuté par l'arrière par une Audi A3 qui a poursuivi sa route. Il est décédé sur place.

Grâce au témoignage d'un automobiliste et à la coque de rétroviseur laissée sur la chaussée, le véhicule a été retrouvé deux heures plus tard au domicile de son conducteur, M. Lucas DARRIGADE, 24 ans. Le dépistage puis l'analyse sanguine ont établi un usage récent de cannabis. L'exploitation de son téléphone montre qu'il filmait son compteur quelques secondes avant le choc. L'expert estime la vitesse au moment du choc à 118 km/h, pour une vitesse maximale autorisée de 80 km/h. Après avoir contesté, le mis en cause a reconnu les faits lors de sa deuxième audition.

La garde à vue de M. DARRIGADE, débutée le 5 novembre 2024 à 21h25, a été prolongée le 6 novembre à 20h10 sur autorisation de Mme DUBERNET, procureure adjointe, et levée le 7 novembre 2024 à 11h40, soit une durée de 38 heures 15 minutes. Il a été déféré.

Les faits sont susceptibles de recevoir la qualification d'homicide involontaire par conducteur avec plusieurs circonstances aggravantes (usage de stupéfiants, délit de fuite), prévu et réprimé par l'article 221-6-1 du Code pénal, de délit de fuite (article 434-10 du Code pénal) et de conduite après usage de stupéfiants en état de récidive légale (article L235-1 du Code de la route).

Fait à Mont-de-Marsan, le vendredi 8 novembre 2024.""",
    ),
]

PERSONS = [
    {"name": "Jean-Pierre LABORDE", "role": "victime", "aliases": ["M. LABORDE", "LABORDE Jean-Pierre"]},
    {"name": "Martine LABORDE", "role": "victime", "aliases": ["Mme LABORDE"]},
    {"name": "Lucas DARRIGADE", "role": "mis en cause", "aliases": ["DARRIGADE Lucas", "M. DARRIGADE", "Lucas"]},
    {"name": "Hervé CASTETS", "role": "témoin", "aliases": ["M. CASTETS"]},
    {"name": "Mathis PÉDEPRAT", "role": "témoin", "aliases": ["M. PÉDEPRAT", "Mathis"]},
    {"name": "Sébastien LAPEYRE", "role": "enquêteur", "aliases": ["Adjudant LAPEYRE", "Adjudant Sébastien LAPEYRE"]},
    {"name": "Julie DUCOURNAU", "role": "enquêteur", "aliases": ["MDL/C DUCOURNAU"]},
    {"name": "Nathalie DUBERNET", "role": "magistrat", "aliases": ["Mme DUBERNET"]},
    {"name": "Élodie CAZENAVE", "role": "avocat", "aliases": ["Maître CAZENAVE"]},
    {"name": "Sophie LAGARDÈRE", "role": "autre", "aliases": ["Dr Sophie LAGARDÈRE"]},
    {"name": "Anne-Laure MIQUEU", "role": "autre", "aliases": ["Dr Anne-Laure MIQUEU"]},
    {"name": "Philippe SARRAUTE", "role": "autre", "aliases": ["M. SARRAUTE"]},
    {"name": "F. ITHURBIDE", "role": "autre", "aliases": ["Dr F. ITHURBIDE"]},
]

EVENTS = [
    ("2023-03-14", None, "condamnation de Lucas DARRIGADE pour conduite après usage de stupéfiants", "du 14 mars 2023"),
    ("2024-11-05", "17:45", "départ du cycliste de son domicile", "parti de la maison à 17h45"),
    ("2024-11-05", "18:48", "l'Audi double le témoin", "m'a doublé vers 18h48"),
    ("2024-11-05", "18:49", "vidéo du compteur filmée par le conducteur", "05/11/2024 18h49m37s"),
    ("2024-11-05", "18:54", "appel des secours par le témoin", "signalé par un automobiliste à 18h54"),
    ("2024-11-05", "18:56", "appel du conducteur à son ami", "05/11/2024 18h56"),
    ("2024-11-05", "19:31", "constat du décès du cycliste", "constate le décès du cycliste à 19h31"),
    ("2024-11-05", "21:25", "garde à vue de Lucas DARRIGADE", "À 21h25, lui notifions"),
    ("2024-11-05", "21:38", "contrôle à l'éthylomètre", "Heure : 21:38"),
    ("2024-11-05", "22:40", "prélèvement sanguin", "Prélèvement sanguin du 05/11/2024 à 22h40"),
    ("2024-11-06", "09:30", "première audition en garde à vue", "Le mercredi 6 novembre 2024 à 09h30"),
    ("2024-11-06", None, "autopsie de la victime", "avons procédé à l'autopsie"),
    ("2024-11-07", "09:00", "deuxième audition en garde à vue (aveux)", "Le jeudi 7 novembre 2024 à 09h00"),
    ("2024-11-07", "11:40", "fin de la garde à vue", "levée le 7 novembre 2024 à 11h40"),
]

OFFENCES = [
    {"qualification": "homicide involontaire par conducteur d'un véhicule terrestre à moteur avec circonstances aggravantes", "code_article": "221-6-1"},
    {"qualification": "délit de fuite", "code_article": "434-10"},
    {"qualification": "conduite après usage de stupéfiants en récidive", "code_article": "L235-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("photographie", 2, 3),
    ("pv_audition", 4, 4),
    ("note_manuscrite", 5, 5),
    ("pv_constatations", 6, 6),
    ("ticket_ethylometre", 7, 7),
    ("photographie", 8, 8),
    ("pv_garde_a_vue", 9, 9),
    ("analyse_toxicologique", 10, 10),
    ("pv_audition", 11, 11),
    ("rapport", 12, 12),
    ("expertise", 13, 13),
    ("pv_audition", 14, 14),
    ("expertise", 15, 15),
    ("pv_garde_a_vue", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À quelle heure le témoin a-t-il prévenu les secours ?", ["appel 18 à 18h54", "signalé par un automobiliste à 18h54"]),
    ("À quelle heure la mort du cycliste a-t-elle été constatée par le médecin ?", ["constate le décès du cycliste à 19h31"]),
    ("Quelle était la limitation de vitesse sur la portion de route où le cycliste a été fauché ?", ["la vitesse limitée à 80 km/h"]),
    ("À combien de mètres de l'impact la bicyclette a-t-elle été retrouvée ?", ["à 34 mètres du point de choc"]),
    ("Quelle référence de pièce porte le morceau de rétroviseur ramassé sur la route ?", ["étiquette intérieure « AUDI 8Y0 857 528 »"]),
    ("À quelle vitesse l'automobiliste dépassé estimait-il que roulait l'Audi ?", ["très très vite !! 130 ?"]),
    ("Quelle est l'immatriculation de la voiture du chauffard ?", ["le véhicule FR-738-KD, au nom de"]),
    ("Combien de voitures correspondaient à la recherche menée sur le fichier des cartes grises ?", ["sont au nombre de 3 véhicules"]),
    ("Quel résultat a donné le souffle du conducteur dans l'appareil de mesure de l'alcool ?", ["Mesure : 0,09 mg/L d'air expiré"]),
    ("Quelle quantité de THC a-t-on trouvée dans le sang de l'automobiliste ?", ["Delta-9-THC : 4,2 ng/mL"]),
    ("À quelle heure le sang du conducteur a-t-il été prélevé ?", ["Prélèvement sanguin du 05/11/2024 à 22h40", "À 22h40, au centre hospitalier"]),
    ("Quelle vitesse affichait le tableau de bord sur la vidéo tournée par le conducteur ?", ["compteur lisible : 134 km/h"]),
    ("Combien de temps a duré le coup de fil passé par le conducteur à son copain juste après le choc ?", ["durée 3 min 40 s"]),
    ("Qu'a recherché le conducteur sur internet une dizaine de minutes après l'accident ?", ["recherche internet « rétroviseur audi a3 prix »"]),
    ("À quelle vitesse la voiture roulait-elle au moment de l'impact selon le spécialiste de la reconstitution ?", ["Vitesse de l'Audi au moment du choc estimée à 118 km/h"]),
    ("De combien de mètres le cycliste pouvait-il être aperçu selon l'expert ?", ["Distance à laquelle le cycliste était visible : au moins 150 mètres"]),
    ("À quelle hauteur au-dessus du talon les jambes de la victime ont-elles été brisées ?", ["fractures des deux jambes situées à 52 cm du talon"]),
    ("Quel âge avait l'homme tué à vélo ?", ["né le 19 juillet 1963, âgé de 61 ans"]),
    ("À quelle heure le cycliste était-il parti de chez lui ce soir-là ?", ["parti de la maison à 17h45"]),
    ("Depuis combien de temps la veuve était-elle mariée au défunt ?", ["Nous étions mariés depuis 38 ans"]),
    ("Où habite le conducteur mis en cause ?", ["demeurant 9 chemin de Bordus à Saint-Sever"]),
    ("Quelle a été la durée totale de la garde à vue de l'automobiliste ?", ["soit une durée de 38 heures 15 minutes"]),
    ("Quand le conducteur avait-il déjà été condamné pour avoir conduit après avoir consommé des stupéfiants ?", ["tribunal correctionnel de Mont-de-Marsan du 14 mars 2023"]),
    ("Quel texte du Code pénal réprime l'homicide involontaire commis au volant ?", ["prévu et réprimé par l'article 221-6-1 du Code pénal"]),
    ("Le conducteur croyait-il vraiment avoir percuté un animal ?", ["J'ai cru heurter un chevreuil", "il avait vu un vélo au dernier moment"]),
    ("Le conducteur respectait-il la limitation de vitesse, comme il le soutient ?", ["Je roulais à 80, 90 maximum", "Vitesse de l'Audi au moment du choc estimée à 118 km/h"]),
    ("Le conducteur avait-il vraiment cessé de fumer du cannabis depuis plusieurs jours ?", ["j'ai fumé un joint samedi dernier, pas depuis", "consommation datant de moins de 6 heures", "On avait fumé ensemble chez moi vers 17 heures"]),
    ("Le conducteur a-t-il réellement laissé son téléphone de côté pendant qu'il conduisait ?", ["Je n'avais pas touché mon téléphone", "filmée depuis le poste de conduite"]),
    ("À quelle allure roulait l'automobiliste qui s'est fait doubler par l'Audi ?", []),
    ("Quel était le taux d'alcoolémie du cycliste décédé ?", []),
]

ANSWERS = {
    "À quelle heure le témoin a-t-il prévenu les secours ?": "18h54",
    "À quelle heure la mort du cycliste a-t-elle été constatée par le médecin ?": "19h31",
    "Quelle était la limitation de vitesse sur la portion de route où le cycliste a été fauché ?": "80 km/h",
    "À combien de mètres de l'impact la bicyclette a-t-elle été retrouvée ?": "34 mètres",
    "Quelle référence de pièce porte le morceau de rétroviseur ramassé sur la route ?": "8Y0 857 528",
    "À quelle vitesse l'automobiliste dépassé estimait-il que roulait l'Audi ?": "130",
    "Quelle est l'immatriculation de la voiture du chauffard ?": "FR-738-KD",
    "Combien de voitures correspondaient à la recherche menée sur le fichier des cartes grises ?": "3 véhicules",
    "Quel résultat a donné le souffle du conducteur dans l'appareil de mesure de l'alcool ?": "0,09 mg/L",
    "Quelle quantité de THC a-t-on trouvée dans le sang de l'automobiliste ?": "4,2 ng/mL",
    "À quelle heure le sang du conducteur a-t-il été prélevé ?": "22h40",
    "Quelle vitesse affichait le tableau de bord sur la vidéo tournée par le conducteur ?": "134 km/h",
    "Combien de temps a duré le coup de fil passé par le conducteur à son copain juste après le choc ?": "3 min 40 s",
    "À quelle vitesse la voiture roulait-elle au moment de l'impact selon le spécialiste de la reconstitution ?": "118 km/h",
    "De combien de mètres le cycliste pouvait-il être aperçu selon l'expert ?": "150 mètres",
    "À quelle hauteur au-dessus du talon les jambes de la victime ont-elles été brisées ?": "52 cm",
    "Quel âge avait l'homme tué à vélo ?": "61 ans",
    "À quelle heure le cycliste était-il parti de chez lui ce soir-là ?": "17h45",
    "Depuis combien de temps la veuve était-elle mariée au défunt ?": "38 ans",
    "Où habite le conducteur mis en cause ?": "9 chemin de Bordus",
    "Quelle a été la durée totale de la garde à vue de l'automobiliste ?": "38 heures 15 minutes",
    "Quand le conducteur avait-il déjà été condamné pour avoir conduit après avoir consommé des stupéfiants ?": "14 mars 2023",
    "Quel texte du Code pénal réprime l'homicide involontaire commis au volant ?": "221-6-1",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "nature du choc : le conducteur dit avoir cru heurter un chevreuil, son ami rapporte qu'il lui a dit au téléphone avoir vu un vélo au dernier moment",
        "phrases": ["J'ai cru heurter un chevreuil", "il avait vu un vélo au dernier moment"],
        "between": ["Lucas DARRIGADE", "Mathis PÉDEPRAT"],
    },
    {
        "about": "vitesse : le conducteur dit rouler à 80 ou 90 km/h, l'expert estime sa vitesse au moment du choc à 118 km/h",
        "phrases": ["Je roulais à 80, 90 maximum", "Vitesse de l'Audi au moment du choc estimée à 118 km/h"],
        "between": ["Lucas DARRIGADE", "expert en accidentologie"],
    },
    {
        "about": "consommation de cannabis : le conducteur dit n'avoir rien fumé depuis le samedi, l'analyse de sang date la consommation de moins de 6 heures et son ami dit qu'ils ont fumé ensemble vers 17 heures",
        "phrases": ["j'ai fumé un joint samedi dernier, pas depuis", "consommation datant de moins de 6 heures", "On avait fumé ensemble chez moi vers 17 heures"],
        "between": ["Lucas DARRIGADE", "laboratoire de toxicologie", "Mathis PÉDEPRAT"],
    },
    {
        "about": "usage du téléphone : le conducteur dit ne pas avoir touché son téléphone, l'exploitation montre une vidéo du compteur filmée depuis le poste de conduite à 18h49",
        "phrases": ["Je n'avais pas touché mon téléphone", "filmée depuis le poste de conduite"],
        "between": ["Lucas DARRIGADE", "exploitation du téléphone"],
    },
]
