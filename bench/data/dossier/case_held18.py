# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 18: a fictitious contraband cigarette network in the Lyon suburbs (Rhône): a street seller at a
metro exit is stopped with packs of « cheap whites » with no French tax marking; he names his supplier « Tonton », a
delivery driver who stores 1 860 cartons in a rented lock-up garage and in a hidden compartment of his van, buys
from a lorry at a logistics car park and sells to street sellers, a café and private buyers. Customs' laboratory and
duty calculation, phone extraction, the garage owner's answer, a handwritten delivery list, a tobacconist's
statement. Written blind (no access to the system's code or other evaluation data). All persons, companies, the
brand, accounts, phone lines, plates, seal numbers and street names/numbers are invented; the towns, the metro
station, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - DIPN du Rhône - Sûreté départementale - Groupe économie souterraine\nProcédure n° 2025/04611\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE SURVEILLANCE ET D'INTERPELLATION

Le mercredi 14 mai 2025, nous, Brigadier-chef de police Samuel DUBREUIL, agent de police judiciaire, et Gardien de la paix Camille ROUSSET, en tenue civile, agissant sur instructions de notre chef de groupe,

De 16h00 à 16h45, observons depuis un véhicule banalisé la sortie de la station de métro Vaulx-en-Velin La Soie, côté avenue des Tisserands. Un jeune homme vêtu d'un blouson rouge interpelle les passants à voix basse en répétant « clopes, clopes, cinq euros ».

Pendant cette période, relevons 14 transactions : le jeune homme encaisse des billets, se rend derrière une armoire électrique située à une dizaine de mètres, puis revient remettre un ou plusieurs paquets de cigarettes aux clients.

À 16h47, procédons à son interpellation. Il s'agit de M. Lucas FERRAND, né le 3 février 2003 à Lyon 8e, demeurant 9 rue Paul-Cézanne à Vaulx-en-Velin.

Derrière l'armoire électrique, découvrons un sac de sport noir contenant 23 paquets de cigarettes de marque « Regal Crown » et deux cartouches non entamées de la même marque (scellé n° 1). Sur sa personne, découvrons la somme de 185 euros en petites coupures (scellé n° 2) et un téléphone Samsung (scellé n° 3).

Les paquets ne portent ni avertissement sanitaire en langue française ni marquage fiscal. Avisons la permanence de la brigade de surveillance intérieure des douanes de Lyon et Mme Julie FAURE-MARTIN, substitute du procureur de la République près le tribunal judiciaire de Lyon.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le mercredi 14 mai 2025 à 18h30, devant nous, Brigadier-chef de police Samuel DUBREUIL, agent de police judiciaire,

Entendons M. Lucas FERRAND, né le 3 février 2003 à Lyon 8e, âgé de 22 ans, sans emploi, informé de ses droits, qui ne souhaite pas l'assistance d'un avocat et déclare :

« Je vends les paquets 5 euros pièce et les cartouches 45 euros. Je vends depuis deux semaines seulement, c'était pour payer mon permis.

Les cigarettes, je les ai d'un homme qu'on appelle « Tonton ». Il me donne 20 cartouches par semaine, que je lui paie 30 euros la cartouche après les avoir vendues. Il passe le lundi avec un utilitaire blanc, un Trafic, et il me donne rendez-vous près des garages de l'allée des Glycines, à Vaulx. Il en a plein dans un box.

Je ne connais pas son vrai nom. Il a la cinquantaine, il est chauve avec une barbe grise, il travaille comme chauffeur-livreur.

Je ne savais pas que c'était aussi grave, tout le monde en vend autour du métro. »

Sur présentation d'une planche de six photographies, M. FERRAND reconnaît la personne n° 2 comme étant « Tonton ». Il est précisé que la personne n° 2 est M. Didier MARCHAL.

Lecture faite, M. FERRAND persiste et signe.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
DOUANE - SERVICE COMMUN DES LABORATOIRES - Laboratoire de Lyon
BULLETIN D'ANALYSE n° 25-LY-0914 du 26/05/2025

Échantillon : 2 paquets « Regal Crown » (prélevés sur le scellé n° 1)

Examen du conditionnement :
- avertissements sanitaires rédigés en langue bulgare ;
- absence du marquage fiscal français ;
- absence de l'identifiant unique de traçabilité exigé par la
  directive 2014/40/UE ;
- fabricant déclaré : usine située hors de l'Union européenne.

Analyse de la fumée (par cigarette) :
  goudrons   : 14 mg   (maximum autorisé dans l'UE : 10 mg)
  nicotine   : 1,3 mg  (maximum autorisé : 1 mg)
  monoxyde de carbone : 12 mg (maximum autorisé : 10 mg)

Conclusion : produits du tabac dits « cheap whites », fabriqués pour
être écoulés en contrebande ; non conformes à la réglementation
européenne ; impropres à la vente en France.""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE SURVEILLANCE

Le jeudi 22 mai 2025, nous, Capitaine de police Nadia BENSALEM, officier de police judiciaire, chef du groupe, avec le Brigadier-chef DUBREUIL,

À compter de 05h30, mettons en place un dispositif de surveillance aux abords de l'ensemble de garages situé 18 allée des Glycines à Vaulx-en-Velin, désigné par M. FERRAND.

À 06h10, un utilitaire Renault Trafic blanc immatriculé GE-418-PX se présente et se gare devant le box n° 17. Le conducteur, homme d'une cinquantaine d'années, chauve, barbe grise, ouvre le box avec une clé puis décharge de l'arrière du véhicule douze cartons bruns qu'il empile à l'intérieur. Il referme le box à 06h31 et repart en direction de Saint-Priest.

La consultation du système d'immatriculation des véhicules établit que l'utilitaire est la propriété de M. Didier MARCHAL, né le 11 juillet 1977 à Vénissieux, demeurant 7 rue des Acacias à Saint-Priest, qui correspond au signalement donné par M. FERRAND.

Le même jour, adressons une réquisition à la société propriétaire des garages.

L'emploi du temps du conducteur est compatible avec un chargement effectué plus tôt dans la nuit : la distance entre la zone logistique de Saint-Quentin-Fallavier et l'allée des Glycines est de 27 km.""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Surveillance du jeudi 22 mai 2025 à 06h14, 18 allée des Glycines, Vaulx-en-Velin
Box n° 17 : homme chauve à barbe grise portant un carton brun devant le Renault Trafic GE-418-PX ; six cartons dans le box.""",
    ),
    # 6
    (
        "scan",
        HEAD
        + """
LYON GARAGES SERVICES - Gestion de boxes et parkings
Réponse à réquisition judiciaire du 22/05/2025, établie le 26/05/2025

Ensemble de garages : 18 allée des Glycines, 69120 Vaulx-en-Velin

Box n° 17 - surface 15 m²
Locataire : M. MARCHAL Didier, né le 11/07/1977 à Vénissieux
Adresse : 7 rue des Acacias, 69800 Saint-Priest
Bail signé le 28/05/2024 - début de location le 01/06/2024
Loyer : 85 euros par mois, réglé en espèces à l'agence
Clés remises : 2 (les deux au locataire)

Observations : le locataire a payé d'avance six mois de loyer en
janvier 2025, en espèces (510 euros). Aucun autre occupant déclaré.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITIONS

Le mardi 3 juin 2025 à 06h30, nous, Capitaine de police Nadia BENSALEM, officier de police judiciaire, assistée d'agents de la brigade de surveillance intérieure des douanes de Lyon, nous présentons au 7 rue des Acacias à Saint-Priest.

Interpellons M. Didier MARCHAL et lui notifions son placement en garde à vue à compter de 06h30 pour détention, transport et vente de tabac de contrebande et association de malfaiteurs, ainsi que ses droits. Il demande l'assistance d'un avocat.

Au domicile, de 06h40 à 07h35, découvrons dans une boîte à chaussures de la chambre la somme de 6 720 euros en billets de 20 et 50 euros (scellé n° 4) et, sur la table de la cuisine, un iPhone 13 (scellé n° 5).

Dans le Renault Trafic GE-418-PX stationné devant le domicile, découvrons sous le plancher de la zone de chargement une trappe vissée donnant accès à un compartiment aménagé. Il contient 340 cartouches « Regal Crown » (scellé n° 6). Dans la boîte à gants, découvrons une feuille manuscrite pliée en quatre (scellé n° 7).

De 08h20 à 09h40, en présence de M. MARCHAL, ouvrons le box n° 17 du 18 allée des Glycines avec la clé trouvée sur son trousseau. Découvrons 76 cartons contenant chacun 20 cartouches « Regal Crown », soit 1 520 cartouches (scellé n° 8).

Au total, 1 860 cartouches sont saisies. La marchandise est remise au service des douanes pour constatation des infractions douanières.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Box n° 17, Vaulx-en-Velin, mardi 3 juin 2025 à 08h35
Cartons bruns empilés jusqu'au plafond, marqués au feutre « RC 20 » ; un carton ouvert laisse voir les cartouches « Regal Crown » à bandeau doré.""",
    ),
    # 9
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Renault Trafic GE-418-PX, 3 juin 2025 à 07h50
Plancher de chargement relevé : compartiment dissimulé de 2,10 m x 0,40 m, profond de 18 cm, rempli de cartouches ; vis de la trappe posées sur le marchepied.""",
    ),
    # 10
    (
        "hand",
        """Feuille - scellé n° 7
semaine 22
camion jeudi 5h St-Quentin
  400 c. à 21 = 8400
Lucas La Soie : 20 c. (doit 600)
Café du Marché : 40 c.
Momo Bron : 30 c.
Sandra Vénissieux : 15 c.
particuliers snap : 25 c.
Grenoble (double fond) : 340 c.
encaissé lundi : 3 150
reste box : env. 1500""",
    ),
    # 11
    (
        "scan",
        HEAD
        + """
RAPPORT D'EXPLOITATION DE TÉLÉPHONE - le 05/06/2025
iPhone 13 (scellé n° 5) - extraction après remise du code par l'intéressé

Application WhatsApp - conversation avec « Vlad BG »
(numéro +359 88 741 2093) : 212 messages du 06/01/2025 au 02/06/2025

21/05/2025 19h12 « Vlad BG » : « camion jeudi 5h parking poids lourds
   St Quentin Fallavier. 400 pièces. 21 la pièce, cash »
22/05/2025 05h48 MARCHAL : « ok chargé »
22/05/2025 07h02 MARCHAL : « tout est rangé, 340 dans le double fond
   pour Grenoble samedi »

Conversation avec « Lucas V » : 38 messages
12/05/2025 20h05 MARCHAL : « 20 c. dispo lundi garages, ramène les 600 »

Application Snapchat - compte « clopes_est_lyon » : 57 conversations
avec des acheteurs ; prix annoncé : « la cartouche 40 balles livrée ».""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 3 juin 2025 à 11h00, devant nous, Capitaine de police Nadia BENSALEM, officier de police judiciaire,
En présence de Maître Thibault GARNIER, avocat au barreau de Lyon,
Entendons M. Didier MARCHAL, né le 11 juillet 1977 à Vénissieux, âgé de 47 ans, chauffeur-livreur, divorcé, demeurant 7 rue des Acacias à Saint-Priest, qui déclare :

« Je fais du transport, des petits boulots de livraison en plus de mon travail. Un homme m'a demandé de transporter des cartons. Je ne savais pas ce qu'il y avait dans les cartons, je ne les ai jamais ouverts.

Le box n'est pas à moi, je n'y ai jamais mis les pieds avant ce matin. La clé, on me l'a confiée pour la journée.

Je ne connais pas de Lucas FERRAND. Je n'ai jamais vendu de cigarettes à qui que ce soit, ni dans la rue ni ailleurs.

L'argent de la boîte à chaussures, ce sont mes économies, je ne fais pas confiance aux banques.

La trappe dans le Trafic, elle y était déjà quand je l'ai acheté d'occasion. »

Sur interpellation : il ne donne aucun nom pour l'homme qui lui aurait demandé de transporter les cartons.

Lecture faite, M. MARCHAL persiste et signe, ainsi que son avocat.""",
    ),
    # 13
    (
        "scan",
        HEAD
        + """
DIRECTION RÉGIONALE DES DOUANES DE LYON - BSI de Lyon
DÉCOMPTE DES DROITS ET TAXES - affaire n° 2025/0412 - le 10/06/2025

Marchandise : cigarettes « Regal Crown » - saisie du 03/06/2025
Quantité : 1 860 cartouches de 10 paquets de 20 cigarettes
         = 372 000 cigarettes (poids net du tabac : 279 kg)

Prix de vente au détail retenu (classe de prix la plus demandée) :
12,50 EUR le paquet, soit 125,00 EUR la cartouche
Valeur de l'objet de fraude : 232 500 EUR

Droit de consommation et TVA compromis :
  96,00 EUR par cartouche x 1 860 = 178 560 EUR

Infractions relevées : détention et transport de tabacs manufacturés
sans document, vente de tabac hors d'un débit autorisé,
contrebande de marchandises fortement taxées.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 4 juin 2025 à 09h30, devant nous, Brigadier-chef de police Samuel DUBREUIL, agent de police judiciaire,

Entendons Mme Christelle VIAL, née le 25 septembre 1985 à Bron (69), aide-comptable, demeurant à Bron, identifiée comme acheteuse à partir du compte Snapchat « clopes_est_lyon », qui déclare :

« J'ai trouvé ce compte par une collègue, en février. On envoie un message, on dit combien on veut, et on vous livre en bas de chez vous le soir. Je payais 40 euros la cartouche, au lieu de plus de 120 euros au tabac.

J'ai commandé cinq fois, trois cartouches à chaque fois. C'est toujours le même homme qui livrait, avec une camionnette blanche : un homme chauve, avec une barbe grise, très aimable. Il prenait les billets et me donnait un sac plastique.

Le goût n'était pas terrible, je toussais plus qu'avec mes cigarettes habituelles. Je ne pensais pas que c'était interdit pour l'acheteur. »

Sur présentation d'une planche de six photographies, Mme VIAL reconnaît la personne n° 2, M. Didier MARCHAL, comme étant le livreur.

Lecture faite, Mme VIAL persiste et signe.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mercredi 4 juin 2025 à 14h00, devant nous, Capitaine de police Nadia BENSALEM, officier de police judiciaire, en présence de Maître GARNIER,

Présentons à M. Didier MARCHAL les photographies de la surveillance du 22 mai, la réponse du gestionnaire des garages, la feuille manuscrite saisie dans la boîte à gants et l'exploitation de son téléphone. Il déclare :

« D'accord, le box est à moi et les cigarettes aussi. J'ai commencé après mon divorce, j'avais des dettes.

Vlad, je ne l'ai jamais vu en vrai, je ne connais que son prénom. Un camion bulgare s'arrête sur le parking des poids lourds de Saint-Quentin-Fallavier, je charge et je paie en liquide. Depuis janvier, il y a eu huit camions.

Je revends 30 euros la cartouche aux jeunes qui vendent au métro et au café, et 40 euros aux particuliers qui commandent sur Snapchat. Le double fond, je l'ai fait faire pour livrer à Grenoble sans me faire arrêter.

Les 6 720 euros, c'est l'argent des ventes des deux dernières semaines. Je regrette. »

Lecture faite, M. MARCHAL persiste et signe, ainsi que son avocat.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 5 juin 2025 à 10h00, devant nous, Gardien de la paix Camille ROUSSET, agent de police judiciaire adjoint,

Entendons M. Patrick BONNEFOY, né le 2 mars 1968 à Villeurbanne (69), buraliste, exploitant le bureau de tabac « Le Balto » face à la station de métro Vaulx-en-Velin La Soie, qui déclare :

« La vente de cigarettes à la sauvette devant le métro me tue. Mon chiffre d'affaires sur le tabac a baissé de 30 % en un an. Les clients me le disent en face : « en bas, c'est cinq euros ».

Le jeune au blouson rouge que vous avez arrêté, je le vois tous les jours devant la bouche de métro depuis au moins le mois de mars, de midi jusqu'au soir. Il n'est pas tout seul, ils sont trois ou quatre à tourner.

J'ai signalé la situation par courrier à la mairie et au commissariat en avril. »

Lecture faite, M. BONNEFOY persiste et signe.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MARCHAL Didier, né le 11 juillet 1977 à Vénissieux (69).

Condamnation n° 1 : jugement du tribunal correctionnel de Lyon du 15 septembre 2021. Recel de bien provenant d'un vol. Peine : 6 mois d'emprisonnement avec sursis.

Relevé des condamnations de : FERRAND Lucas, né le 3 février 2003 à Lyon 8e (69).

NÉANT""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine de police Nadia BENSALEM à Madame la Procureure de la République près le tribunal judiciaire de Lyon.

Le 14 mai 2025, M. Lucas FERRAND, 22 ans, a été interpellé en train de vendre des cigarettes de contrebande à la sortie du métro Vaulx-en-Velin La Soie. Il a désigné son fournisseur, « Tonton », identifié comme M. Didier MARCHAL, 47 ans, chauffeur-livreur, par la surveillance du box qu'il loue à Vaulx-en-Velin et l'immatriculation de son utilitaire.

Le 3 juin 2025, 1 860 cartouches « Regal Crown » ont été saisies dans ce box et dans un compartiment aménagé de l'utilitaire, avec 6 720 euros en espèces. Le laboratoire des douanes a établi que ces cigarettes, dépourvues de marquage fiscal, sont des « cheap whites » non conformes. Les droits et taxes compromis s'élèvent à 178 560 euros.

M. MARCHAL a reconnu acheter les cigarettes à un fournisseur connu sous le nom de « Vlad » et les revendre à des vendeurs de rue, à un café et à des particuliers. Le fournisseur et le chauffeur du poids lourd ne sont pas identifiés. Les autres clients figurant sur la liste saisie restent à entendre.

La garde à vue de M. MARCHAL, débutée le 3 juin 2025 à 06h30, a été prolongée par vos soins et levée le 4 juin 2025 à 20h15, soit une durée de 37 heures 45 minutes. Il a été déféré ; la procédure douanière est jointe.

Les faits sont susceptibles de recevoir les qualifications de contrebande de tabacs manufacturés (article 414 du Code des douanes), de vente de tabac hors d'un débit autorisé (article 1791 ter du Code général des impôts) et d'association de malfaiteurs (article 450-1 du Code pénal).

Fait à Lyon, le lundi 16 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Didier MARCHAL", "role": "mis en cause", "aliases": ["MARCHAL Didier", "M. MARCHAL", "Tonton", "« Tonton »"]},
    {"name": "Lucas FERRAND", "role": "mis en cause", "aliases": ["FERRAND Lucas", "M. FERRAND", "Lucas V", "Lucas"]},
    {"name": "Vlad", "role": "mis en cause", "aliases": ["« Vlad BG »", "Vlad BG", "« Vlad »"]},
    {"name": "Christelle VIAL", "role": "témoin", "aliases": ["Mme VIAL"]},
    {"name": "Patrick BONNEFOY", "role": "témoin", "aliases": ["M. BONNEFOY"]},
    {"name": "Samuel DUBREUIL", "role": "enquêteur", "aliases": ["Brigadier-chef de police Samuel DUBREUIL", "le Brigadier-chef DUBREUIL"]},
    {"name": "Camille ROUSSET", "role": "enquêteur", "aliases": ["Gardien de la paix Camille ROUSSET"]},
    {"name": "Nadia BENSALEM", "role": "enquêteur", "aliases": ["Capitaine de police Nadia BENSALEM"]},
    {"name": "Julie FAURE-MARTIN", "role": "magistrat", "aliases": ["Mme Julie FAURE-MARTIN"]},
    {"name": "Thibault GARNIER", "role": "avocat", "aliases": ["Maître Thibault GARNIER", "Maître GARNIER"]},
]

EVENTS = [
    ("2021-09-15", None, "condamnation de Didier MARCHAL pour recel", "du 15 septembre 2021"),
    ("2024-06-01", None, "début de la location du box n° 17 par Didier MARCHAL", "début de location le 01/06/2024"),
    ("2025-05-14", "16:47", "interpellation de Lucas FERRAND à la sortie du métro", "À 16h47, procédons à son interpellation"),
    ("2025-05-14", "18:30", "audition libre de Lucas FERRAND", "Le mercredi 14 mai 2025 à 18h30"),
    ("2025-05-21", "19:12", "« Vlad BG » annonce l'arrivée du camion", "21/05/2025 19h12"),
    ("2025-05-22", "05:48", "Didier MARCHAL annonce avoir chargé la marchandise", "22/05/2025 05h48"),
    ("2025-05-22", "06:10", "déchargement de cartons dans le box n° 17", "À 06h10, un utilitaire Renault Trafic"),
    ("2025-06-03", "06:30", "interpellation et garde à vue de Didier MARCHAL", "Le mardi 3 juin 2025 à 06h30"),
    ("2025-06-04", "14:00", "aveux de Didier MARCHAL", "Le mercredi 4 juin 2025 à 14h00"),
    ("2025-06-04", "20:15", "fin de la garde à vue de Didier MARCHAL", "levée le 4 juin 2025 à 20h15"),
    ("2025-06-10", None, "décompte des droits et taxes par les douanes", "le 10/06/2025"),
]

OFFENCES = [
    {"qualification": "contrebande de tabacs manufacturés", "code_article": "414"},
    {"qualification": "vente de tabac hors d'un débit autorisé", "code_article": "1791 ter"},
    {"qualification": "association de malfaiteurs", "code_article": "450-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("pv_audition", 2, 2),
    ("expertise", 3, 3),
    ("pv_constatations", 4, 4),
    ("photographie", 5, 5),
    ("requisition", 6, 6),
    ("pv_constatations", 7, 7),
    ("photographie", 8, 9),
    ("note_manuscrite", 10, 10),
    ("rapport", 11, 11),
    ("pv_garde_a_vue", 12, 12),
    ("rapport", 13, 13),
    ("pv_audition", 14, 14),
    ("pv_garde_a_vue", 15, 15),
    ("pv_audition", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de ventes les policiers en civil ont-ils vu conclure devant le métro ?", ["relevons 14 transactions"]),
    ("Combien de paquets de cigarettes se trouvaient dans la cache derrière l'armoire électrique ?", ["contenant 23 paquets de cigarettes"]),
    ("À quel prix le jeune vendeur écoulait-il une cartouche ?", ["les cartouches 45 euros"]),
    ("Combien le revendeur du métro versait-il à son fournisseur pour chaque cartouche ?", ["que je lui paie 30 euros la cartouche", "Je revends 30 euros la cartouche aux jeunes"]),
    ("Quelle teneur en goudrons les chimistes des douanes ont-ils mesurée par cigarette ?", ["goudrons   : 14 mg"]),
    ("À quelle heure l'utilitaire du fournisseur s'est-il présenté devant les garages ?", ["À 06h10, un utilitaire Renault Trafic"]),
    ("Quelle est l'immatriculation de la camionnette du livreur chauve ?", ["Renault Trafic blanc immatriculé GE-418-PX", "devant le Renault Trafic GE-418-PX", "Dans le Renault Trafic GE-418-PX stationné", "PHOTOGRAPHIE N° 3 - Renault Trafic GE-418-PX"]),
    ("Combien coûte chaque mois la location du garage où était stockée la marchandise ?", ["Loyer : 85 euros par mois"]),
    ("Depuis quand le fournisseur loue-t-il le box ?", ["début de location le 01/06/2024"]),
    ("Quelle somme en liquide a-t-on découverte dans la boîte à chaussures ?", ["la somme de 6 720 euros en billets", "Les 6 720 euros, c'est l'argent des ventes", "avec 6 720 euros en espèces"]),
    ("Combien de cartouches étaient cachées sous le plancher de l'utilitaire ?", ["Il contient 340 cartouches", "Grenoble (double fond) : 340 c."]),
    ("Quelles sont les dimensions de la cache aménagée dans la camionnette ?", ["compartiment dissimulé de 2,10 m x 0,40 m"]),
    ("Combien de cartouches le fournisseur devait-il livrer au débit de boissons cette semaine-là ?", ["Café du Marché : 40 c."]),
    ("À quel prix unitaire le fournisseur achetait-il les cartouches au chauffeur du poids lourd ?", ["400 c. à 21 = 8400", "21 la pièce, cash"]),
    ("Combien de messages le fournisseur a-t-il échangés avec son grossiste étranger ?", ["212 messages du 06/01/2025"]),
    ("Quel est le numéro de téléphone du grossiste qui annonçait l'arrivée des camions ?", ["(numéro +359 88 741 2093)"]),
    ("Combien de cigarettes représente l'ensemble de la marchandise saisie ?", ["= 372 000 cigarettes"]),
    ("Quel montant de taxes le trafic a-t-il fait perdre au Trésor ?", ["96,00 EUR par cartouche x 1 860 = 178 560 EUR", "Les droits et taxes compromis s'élèvent à 178 560 euros"]),
    ("Combien de cartouches au total ont été saisies le jour des perquisitions ?", ["Au total, 1 860 cartouches sont saisies", "Quantité : 1 860 cartouches", "1 860 cartouches « Regal Crown » ont été saisies"]),
    ("De combien les ventes de tabac du buraliste ont-elles chuté ?", ["a baissé de 30 % en un an"]),
    ("Combien de livraisons de poids lourds le fournisseur a-t-il reçues depuis le début de l'année ?", ["Depuis janvier, il y a eu huit camions"]),
    ("Combien de temps le fournisseur est-il resté en garde à vue ?", ["soit une durée de 37 heures 45 minutes"]),
    ("Quel article du Code des douanes réprime la contrebande de tabac ?", ["(article 414 du Code des douanes)"]),
    ("Combien d'argent le livreur avait-il encaissé le lundi d'après sa liste ?", ["encaissé lundi : 3 150"]),
    ("Le fournisseur ignorait-il réellement le contenu des cartons qu'il transportait ?", ["Je ne savais pas ce qu'il y avait dans les cartons", "tout est rangé, 340 dans le double fond"]),
    ("Le box des Glycines est-il vraiment étranger au mis en cause, comme il le soutient ?", ["Le box n'est pas à moi", "Locataire : M. MARCHAL Didier"]),
    ("Le livreur n'a-t-il vraiment jamais vendu de cigarettes à personne ?", ["Je n'ai jamais vendu de cigarettes à qui que ce soit", "C'est toujours le même homme qui livrait"]),
    ("Le vendeur du métro ne vendait-il vraiment que depuis quinze jours ?", ["Je vends depuis deux semaines seulement", "depuis au moins le mois de mars"]),
    ("Quelle est l'immatriculation du camion bulgare qui livrait à Saint-Quentin-Fallavier ?", []),
    ("Combien le Café du Marché payait-il chaque cartouche au fournisseur ?", []),
]

ANSWERS = {
    "Combien de ventes les policiers en civil ont-ils vu conclure devant le métro ?": "14 transactions",
    "Combien de paquets de cigarettes se trouvaient dans la cache derrière l'armoire électrique ?": "23 paquets",
    "À quel prix le jeune vendeur écoulait-il une cartouche ?": "45 euros",
    "Combien le revendeur du métro versait-il à son fournisseur pour chaque cartouche ?": "30 euros",
    "Quelle teneur en goudrons les chimistes des douanes ont-ils mesurée par cigarette ?": "14 mg",
    "À quelle heure l'utilitaire du fournisseur s'est-il présenté devant les garages ?": "06h10",
    "Quelle est l'immatriculation de la camionnette du livreur chauve ?": "GE-418-PX",
    "Combien coûte chaque mois la location du garage où était stockée la marchandise ?": "85 euros",
    "Depuis quand le fournisseur loue-t-il le box ?": "01/06/2024",
    "Quelle somme en liquide a-t-on découverte dans la boîte à chaussures ?": "6 720 euros",
    "Combien de cartouches étaient cachées sous le plancher de l'utilitaire ?": "340 cartouches",
    "Quelles sont les dimensions de la cache aménagée dans la camionnette ?": "2,10 m x 0,40 m",
    "Combien de cartouches le fournisseur devait-il livrer au débit de boissons cette semaine-là ?": "40 c.",
    "À quel prix unitaire le fournisseur achetait-il les cartouches au chauffeur du poids lourd ?": "21",
    "Combien de messages le fournisseur a-t-il échangés avec son grossiste étranger ?": "212 messages",
    "Quel est le numéro de téléphone du grossiste qui annonçait l'arrivée des camions ?": "+359 88 741 2093",
    "Combien de cigarettes représente l'ensemble de la marchandise saisie ?": "372 000 cigarettes",
    "Quel montant de taxes le trafic a-t-il fait perdre au Trésor ?": "178 560 EUR",
    "Combien de cartouches au total ont été saisies le jour des perquisitions ?": "1 860 cartouches",
    "De combien les ventes de tabac du buraliste ont-elles chuté ?": "30 %",
    "Combien de livraisons de poids lourds le fournisseur a-t-il reçues depuis le début de l'année ?": "huit camions",
    "Combien de temps le fournisseur est-il resté en garde à vue ?": "37 heures 45 minutes",
    "Quel article du Code des douanes réprime la contrebande de tabac ?": "414",
    "Combien d'argent le livreur avait-il encaissé le lundi d'après sa liste ?": "3 150",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "connaissance du contenu des cartons : le fournisseur dit ne pas savoir ce qu'il transportait, ses messages annoncent 400 « pièces » et « 340 dans le double fond »",
        "phrases": ["Je ne savais pas ce qu'il y avait dans les cartons", "tout est rangé, 340 dans le double fond"],
        "between": ["Didier MARCHAL", "exploitation du téléphone de Didier MARCHAL"],
    },
    {
        "about": "usage du box n° 17 : le fournisseur dit que le box n'est pas à lui, le gestionnaire des garages le désigne comme locataire depuis le 1er juin 2024 (il l'admettra en deuxième audition)",
        "phrases": ["Le box n'est pas à moi", "Locataire : M. MARCHAL Didier"],
        "between": ["Didier MARCHAL", "Lyon Garages Services"],
    },
    {
        "about": "ventes directes : le fournisseur nie avoir jamais vendu de cigarettes, une acheteuse le reconnaît comme le livreur qui lui apportait les cartouches commandées sur Snapchat",
        "phrases": ["Je n'ai jamais vendu de cigarettes à qui que ce soit", "C'est toujours le même homme qui livrait"],
        "between": ["Didier MARCHAL", "Christelle VIAL"],
    },
    {
        "about": "durée de l'activité du vendeur : le jeune dit vendre depuis deux semaines, le buraliste le voit tous les jours devant le métro depuis au moins le mois de mars",
        "phrases": ["Je vends depuis deux semaines seulement", "depuis au moins le mois de mars"],
        "between": ["Lucas FERRAND", "Patrick BONNEFOY"],
    },
]
