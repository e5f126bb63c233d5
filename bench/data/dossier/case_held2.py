# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier 2 (defacto2): a hit-and-run on a cyclist in Angers, investigated by the police nationale
(brigade des accidents et délits routiers): scene report, interception of the car, breath-alcohol measurement,
custody hearing, passenger and witness statements, forensic medical certificate (ITT), vehicle expert report.
Written independently of the system under test. All names, plates and numbers are invented."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Commissariat central d'Angers\nBrigade des accidents et délits routiers - Procédure n° 2025/011873\n"

PAGES: list[tuple[str, str]] = [
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS - ACCIDENT CORPOREL DE LA CIRCULATION

Le 15 juin 2025 à 00h01, nous, Brigadier-chef Sébastien LOISEAU, officier de police judiciaire, assisté du Gardien de la paix Chloé BENARD, agissant sur appel du centre d'information et de commandement reçu à 23h52,
Nous transportons boulevard Ayrault à Angers, à hauteur du n° 40, où un cycliste aurait été renversé par une automobile qui ne s'est pas arrêtée.

Sur place, constatons la présence d'un jeune homme allongé sur la chaussée, conscient, se plaignant de la jambe droite : M. Mathis GIRAUDEAU, né le 22 octobre 2005 à Cholet (49), étudiant. Il est pris en charge par les sapeurs-pompiers puis transporté au CHU d'Angers à 00h25.

Sa bicyclette, de couleur bleue, gît contre le trottoir, roue arrière voilée ; l'éclairage arrière fonctionne encore. Relevons sur la voie de droite des débris de plastique gris et un fragment de coque de rétroviseur, placés sous scellé n° 1.
Chaussée sèche, éclairage public en fonctionnement, vitesse limitée à 50 km/h. Aucune trace de freinage visible.

Le témoin M. Karim HADDAD, présent sur les lieux, nous indique qu'une voiture grise a percuté le cycliste et a poursuivi sa route en direction de la rocade est. Diffusons le signalement du véhicule à toutes les patrouilles à 00h09.

Avisons de l'accident M. Antoine LEBRETON, substitut du procureur de la République près le tribunal judiciaire d'Angers.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 15 juin 2025 à 02h15, au commissariat d'Angers, devant nous, Brigadier-chef Sébastien LOISEAU, officier de police judiciaire,
Entendons M. Karim HADDAD, né le 5 mai 1991 à Angers, livreur, demeurant 12 rue Plantagenêt à Angers, joignable au 06 52 17 80 34, qui déclare :

« Samedi soir vers 23h45, je marchais sur le trottoir du boulevard Ayrault. Un cycliste roulait devant moi sur la voie de droite, avec son feu arrière allumé. Une petite voiture grise, genre Peugeot 208, est arrivée très vite derrière lui et l'a percuté. Le vélo a volé. La voiture a ralenti une seconde puis elle est repartie vers la rocade. J'ai eu le temps de voir le début de la plaque : GH-48, et il me semble un K à la fin. Je l'ai noté sur un papier que je vous remets. Je pense qu'elle roulait à au moins 70. »

Question : Avez-vous vu combien de personnes se trouvaient dans la voiture ?
Réponse : Deux, je crois, un conducteur et quelqu'un à côté.

Lecture faite, M. HADDAD persiste et signe avec nous.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION

Le 15 juin 2025 à 00h34, nous, Gardiens de la paix Yohan MERLET et Anaïs PELTIER, en patrouille avenue Pasteur à Angers,
Remarquons un véhicule Peugeot 208 de couleur gris platine, immatriculé GH-482-KT, circulant à vitesse réduite, le pare-brise étoilé côté passager et le rétroviseur droit arraché, correspondant au signalement diffusé à 00h09.

Procédons à son interception à 00h36 à l'angle de l'avenue Pasteur et de la rue Desjardins. Le conducteur présente une haleine sentant l'alcool, des yeux brillants et une élocution pâteuse. Il s'agit de M. Bastien ROCHER, né le 3 février 2002 à Angers, préparateur de commandes, demeurant 8 allée des Glycines à Trélazé (49800), titulaire d'un permis de conduire de catégorie B délivré le 19 août 2021.
Selon le fichier des immatriculations, le véhicule appartient à Mme Sylvie ROCHER, sa mère.
Une passagère se trouve à bord : Mme Inès CARPENTIER, née le 30 novembre 2003 à Saumur.

Dépistage par éthylotest électronique à 00h41 : résultat positif.
À 00h45, notifions à M. ROCHER son placement en garde à vue pour délit de fuite, blessures involontaires et conduite sous l'empire d'un état alcoolique, ainsi que les droits attachés à cette mesure. Il demande l'assistance d'un avocat commis d'office.
Avis est donné à M. Antoine LEBRETON, substitut du procureur de la République, à 00h50.
Le véhicule est placé en fourrière judiciaire à 01h20 aux fins d'expertise.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE VÉRIFICATION DE L'ÉTAT ALCOOLIQUE

Le 15 juin 2025, au commissariat d'Angers, nous, Gardien de la paix Yohan MERLET, agent de police judiciaire,
Procédons à la vérification de l'état alcoolique de M. Bastien ROCHER au moyen d'un éthylomètre Dräger 7110 FP, n° de série ARFA-0417, dernière vérification périodique le 12 février 2025.

Première mesure à 01h02 : 0,61 milligramme par litre d'air expiré.
Seconde mesure à 01h09 : 0,58 milligramme par litre d'air expiré.

Valeur retenue : 0,58 milligramme par litre d'air expiré, supérieure au seuil délictuel de 0,40 milligramme fixé par l'article L234-1 du Code de la route.

Procédons à la rétention immédiate du permis de conduire de M. ROCHER à 01h15, en application de l'article L224-1 du Code de la route.
M. ROCHER signe le ticket de l'éthylomètre, annexé au présent.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 15 juin 2025 à 09h40, devant nous, Brigadier-chef Sébastien LOISEAU, officier de police judiciaire,
En présence de Maître Julie VANNIER, avocate au barreau d'Angers, commise d'office,
Entendons M. Bastien ROCHER, qui déclare :

« Samedi soir, j'étais chez un ami à Avrillé pour un anniversaire, de 20h00 à 23h15. J'ai bu une seule bière, vers 21h. Ensuite j'ai raccompagné Inès chez elle avec la voiture de ma mère. Sur le boulevard Ayrault, je roulais à 50 km/h. J'ai entendu un gros choc à droite, j'ai cru que j'avais touché un panneau ou un plot de chantier. Il faisait noir, je n'ai vu personne. Le vélo n'avait pas de lumière, sinon je l'aurais vu. Je ne me suis pas arrêté parce que je ne pensais pas que c'était grave. »

Question : Le pare-brise est étoilé côté passager et le rétroviseur est arraché. Un plot peut-il faire cela ?
Réponse : Je ne sais pas.

Question : Votre passagère vous a-t-elle demandé de vous arrêter ?
Réponse : Elle a crié, mais j'ai paniqué. Je voulais juste rentrer.

Question : Pourquoi rouliez-vous encore avenue Pasteur cinquante minutes après le choc ?
Réponse : Je ne voulais pas rentrer chez moi dans cet état, je tournais pour réfléchir.

Question : Avez-vous quelque chose à ajouter ?
Réponse : Je regrette, je veux prendre des nouvelles du cycliste.

Lecture faite, M. ROCHER persiste et signe avec nous et son conseil.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 15 juin 2025 à 04h30, devant nous, Gardien de la paix Chloé BENARD, agent de police judiciaire,
Entendons Mme Inès CARPENTIER, née le 30 novembre 2003 à Saumur, étudiante, passagère du véhicule, qui déclare :

« On était à l'anniversaire de Théo à Avrillé. Bastien a bu trois bières et un verre de rhum, je l'ai vu. Je lui ai proposé de conduire mais il n'a pas voulu. Sur le boulevard, il roulait vite, je dirais 70. Il y a eu un énorme bruit de mon côté et j'ai vu quelqu'un tomber sur le côté. Je lui ai crié de s'arrêter. Il a répondu : « c'est rien, c'était un plot ». Ensuite on a tourné dans les rues pendant vingt minutes parce qu'il ne voulait pas rentrer chez lui. »

Lecture faite, Mme CARPENTIER persiste et signe avec nous.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME

Le 17 juin 2025 à 15h00, au CHU d'Angers, service d'orthopédie, devant nous, Gardien de la paix Chloé BENARD,
Entendons M. Mathis GIRAUDEAU, né le 22 octobre 2005 à Cholet (49), étudiant et serveur à temps partiel, qui déclare :

« Le samedi 14 juin 2025, je rentrais à vélo de mon travail au restaurant Le Comptoir des Halles. Vers 23h45, sur le boulevard Ayrault, j'ai été percuté par l'arrière. Mon éclairage avant et arrière était allumé, et je portais mon casque. Je ne me souviens de rien après, jusqu'à l'arrivée des pompiers.
J'ai une fracture de la jambe droite et des plaies au bras. J'ai été opéré le 15 juin. Mon vélo, acheté 890 euros en 2024, est hors d'usage. Je dépose plainte contre le conducteur. »

Lecture faite, M. GIRAUDEAU persiste et signe avec nous.""",
    ),
    (
        "scan",
        """CENTRE HOSPITALIER UNIVERSITAIRE D'ANGERS - Unité médico-judiciaire
CERTIFICAT MÉDICAL INITIAL SUR RÉQUISITION
Réquisition du Commissariat central d'Angers, procédure n° 2025/011873

Je soussignée, Docteur Hélène FOUCAULT, médecin légiste, certifie avoir examiné M. Mathis GIRAUDEAU, né le 22 octobre 2005, le 17 juin 2025 à 11h00.

Doléances : douleurs de la jambe droite et du bras gauche, céphalées.
Constatations : fracture de la diaphyse tibiale droite, ostéosynthésée le 15 juin 2025 ; plaies et dermabrasions de l'avant-bras gauche sur 12 centimètres ; traumatisme crânien avec perte de connaissance brève.

Ces lésions sont compatibles avec les faits allégués (choc avec un véhicule, chute de bicyclette).
Incapacité totale de travail (ITT) : 45 jours, sous réserve de complications.

Fait à Angers, le 17 juin 2025.""",
    ),
    (
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE - Véhicule Peugeot 208 GH-482-KT
Photographies prises le 15 juin 2025 à 10h30 à la fourrière judiciaire.
Cliché n° 3 : pare-brise étoilé côté passager, rétroviseur droit arraché.""",
    ),
    (
        "scan",
        """Olivier TESSIER - Expert en automobile inscrit près la cour d'appel d'Angers
RAPPORT D'EXPERTISE - Procédure n° 2025/011873

Sur réquisition du Brigadier-chef Sébastien LOISEAU du 15 juin 2025, le véhicule a été examiné le 18 juin 2025 à la fourrière judiciaire d'Angers.

Véhicule : Peugeot 208 1.2 PureTech, couleur gris platine, immatriculé GH-482-KT, 48 312 km au compteur.

Constatations : enfoncement du capot et de l'aile avant droite ; pare-brise étoilé côté passager à 35 cm du montant ; rétroviseur droit arraché, le fragment placé sous scellé n° 1 s'y adapte exactement ; traces de peinture bleue sur le pare-chocs avant droit, compatibles avec la bicyclette de la victime.

Système de freinage, direction et pneumatiques en bon état : aucun défaut technique n'est de nature à expliquer l'accident.

Vitesse d'impact estimée, d'après les déformations et la projection du cycliste à 14 mètres : entre 66 et 72 km/h.

Conclusion : le véhicule a heurté le cycliste par l'arrière, avec sa partie avant droite, à une vitesse supérieure à la limite de 50 km/h.""",
    ),
    (
        "hand",
        """Boulevard Ayrault 23h45
voiture grise, Peugeot 208 ?
plaque GH-48... K
partie vers la rocade
Karim 06 52 17 80 34""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Brigadier-chef Sébastien LOISEAU à Monsieur le Procureur de la République près le tribunal judiciaire d'Angers.

Le samedi 14 juin 2025 vers 23h45, boulevard Ayrault à Angers, M. Mathis GIRAUDEAU, cycliste, a été percuté par l'arrière par un véhicule Peugeot 208 qui a pris la fuite. Le conducteur, M. Bastien ROCHER, a été intercepté 51 minutes plus tard, avenue Pasteur, grâce au signalement et à l'immatriculation partielle relevée par le témoin M. Karim HADDAD.

Taux d'alcool retenu : 0,58 mg par litre d'air expiré. La victime présente une fracture du tibia droit ; ITT de 45 jours. Selon l'expert, le véhicule roulait entre 66 et 72 km/h au moment du choc.

M. ROCHER reconnaît le choc mais soutient qu'il roulait à 50 km/h, qu'il n'avait bu qu'une bière et que le vélo n'était pas éclairé. Ces déclarations sont contredites par sa passagère, par le témoin, par les constatations et par l'expertise.
Consultation du fichier national des permis de conduire : permis valide, 12 points. Casier judiciaire : néant.

Les faits sont susceptibles de recevoir les qualifications suivantes :
- blessures involontaires par conducteur ayant entraîné une ITT inférieure ou égale à trois mois, aggravées par l'état alcoolique et le délit de fuite, article 222-20-1 du Code pénal ;
- délit de fuite, article 434-10 du Code pénal et article L231-1 du Code de la route ;
- conduite sous l'empire d'un état alcoolique, article L234-1 du Code de la route.

La garde à vue a été levée le 15 juin 2025 à 18h00. Sur instruction du parquet, M. ROCHER a reçu une convocation par officier de police judiciaire pour comparaître devant le tribunal correctionnel d'Angers le 9 septembre 2025 à 14h00. Son permis a fait l'objet d'une suspension administrative.

Fait à Angers, le 20 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Mathis GIRAUDEAU", "role": "victime", "aliases": ["M. GIRAUDEAU"]},
    {"name": "Bastien ROCHER", "role": "mis en cause", "aliases": ["M. ROCHER", "Bastien"]},
    {"name": "Karim HADDAD", "role": "témoin", "aliases": ["M. HADDAD", "Karim"]},
    {"name": "Inès CARPENTIER", "role": "témoin", "aliases": ["Mme CARPENTIER", "Inès"]},
    {"name": "Sylvie ROCHER", "role": "autre", "aliases": []},
    {"name": "Sébastien LOISEAU", "role": "enquêteur", "aliases": []},
    {"name": "Chloé BENARD", "role": "enquêteur", "aliases": []},
    {"name": "Yohan MERLET", "role": "enquêteur", "aliases": []},
    {"name": "Anaïs PELTIER", "role": "enquêteur", "aliases": []},
    {"name": "Antoine LEBRETON", "role": "magistrat", "aliases": []},
    {"name": "Julie VANNIER", "role": "avocat", "aliases": []},
    {"name": "Olivier TESSIER", "role": "autre", "aliases": []},
    {"name": "Hélène FOUCAULT", "role": "autre", "aliases": []},
]

EVENTS = [
    ("2021-08-19", None, "délivrance du permis de conduire de Bastien ROCHER", "délivré le 19 août 2021"),
    ("2025-06-14", "23:45", "collision entre la Peugeot 208 et le cycliste, fuite du conducteur", "Vers 23h45, sur le boulevard Ayrault"),
    ("2025-06-14", "23:52", "appel au centre d'information et de commandement", "reçu à 23h52"),
    ("2025-06-15", "00:01", "arrivée des policiers sur les lieux", "Le 15 juin 2025 à 00h01"),
    ("2025-06-15", "00:36", "interception de la Peugeot 208 GH-482-KT", "interception à 00h36"),
    ("2025-06-15", "00:41", "dépistage d'alcoolémie positif", "éthylotest électronique à 00h41"),
    ("2025-06-15", "00:45", "placement en garde à vue de Bastien ROCHER", "À 00h45, notifions"),
    ("2025-06-15", "01:09", "mesure retenue à l'éthylomètre (0,58 mg/l)", "Seconde mesure à 01h09"),
    ("2025-06-15", "02:15", "audition du témoin Karim HADDAD", "Le 15 juin 2025 à 02h15"),
    ("2025-06-15", "04:30", "audition de la passagère Inès CARPENTIER", "Le 15 juin 2025 à 04h30"),
    ("2025-06-15", "09:40", "audition du conducteur en garde à vue", "Le 15 juin 2025 à 09h40"),
    ("2025-06-15", "18:00", "levée de la garde à vue", "levée le 15 juin 2025 à 18h00"),
    ("2025-06-17", "11:00", "examen médico-légal de la victime", "le 17 juin 2025 à 11h00"),
    ("2025-06-17", "15:00", "audition de la victime", "Le 17 juin 2025 à 15h00"),
    ("2025-06-18", None, "expertise du véhicule", "examiné le 18 juin 2025"),
    ("2025-09-09", "14:00", "audience devant le tribunal correctionnel d'Angers", "le 9 septembre 2025 à 14h00"),
]

OFFENCES = [
    {"qualification": "blessures involontaires par conducteur (ITT inférieure ou égale à trois mois)", "code_article": "222-20-1"},
    {"qualification": "délit de fuite", "code_article": "434-10"},
    {"qualification": "conduite sous l'empire d'un état alcoolique", "code_article": "L234-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("pv_audition", 2, 2),
    ("pv_interpellation", 3, 3),
    ("pv_alcoolemie", 4, 4),
    ("pv_audition", 5, 5),
    ("pv_audition", 6, 6),
    ("pv_audition", 7, 7),
    ("certificat_medical", 8, 8),
    ("planche_photographique", 9, 9),
    ("expertise", 10, 10),
    ("note_manuscrite", 11, 11),
    ("rapport", 12, 12),
]

QUESTIONS = [
    ("Quelle est l'immatriculation de la voiture qui a fauché le cycliste ?", ["immatriculé GH-482-KT", "Véhicule Peugeot 208 GH-482-KT"]),
    ("Qu'a pu lire le témoin de la plaque avant que la voiture ne disparaisse ?", ["le début de la plaque : GH-48", "plaque GH-48... K"]),
    ("Quel taux d'alcool a finalement été retenu contre l'automobiliste ?", ["Valeur retenue : 0,58", "Taux d'alcool retenu : 0,58"]),
    ("Qu'a affiché l'appareil au premier souffle ?", ["Première mesure à 01h02 : 0,61"]),
    ("Combien de jours d'arrêt total le médecin légiste a-t-il accordés au blessé ?", ["Incapacité totale de travail (ITT) : 45 jours", "ITT de 45 jours"]),
    ("À quelle allure la voiture allait-elle au moment de l'impact d'après le spécialiste ?", ["entre 66 et 72 km/h"]),
    ("À quelle heure la police a-t-elle été alertée ?", ["reçu à 23h52"]),
    ("À quelle heure le fuyard a-t-il été arrêté par la patrouille ?", ["interception à 00h36"]),
    ("Qui est propriétaire de la Peugeot ?", ["le véhicule appartient à Mme Sylvie ROCHER"]),
    ("Qui était au volant ?", ["Il s'agit de M. Bastien ROCHER", "Le conducteur, M. Bastien ROCHER"]),
    ("Combien d'alcool le chauffeur dit-il avoir consommé, et que dit sa passagère ?", ["J'ai bu une seule bière", "trois bières et un verre de rhum"]),
    ("Le cycliste avait-il ses lumières allumées ?", ["avec son feu arrière allumé", "Le vélo n'avait pas de lumière", "Mon éclairage avant et arrière était allumé", "l'éclairage arrière fonctionne encore"]),
    ("De quoi souffre le jeune homme renversé ?", ["fracture de la diaphyse tibiale droite", "J'ai une fracture de la jambe droite"]),
    ("À quel numéro peut-on rappeler le passant qui a noté la plaque ?", ["joignable au 06 52 17 80 34", "Karim 06 52 17 80 34"]),
    ("Quel article du Code de la route sanctionne la conduite en état d'ivresse ?", ["seuil délictuel de 0,40 milligramme fixé par l'article L234-1", "conduite sous l'empire d'un état alcoolique, article L234-1"]),
    ("Sur quel article du Code pénal repose la poursuite pour la fuite ?", ["délit de fuite, article 434-10 du Code pénal"]),
    ("Quel texte réprime les blessures causées par l'automobiliste ?", ["article 222-20-1 du Code pénal"]),
    ("Quel jour le spécialiste a-t-il inspecté la voiture ?", ["examiné le 18 juin 2025"]),
    ("Quel prix la victime avait-elle payé son vélo ?", ["acheté 890 euros"]),
    ("Jusqu'où le cycliste a-t-il été projeté ?", ["projection du cycliste à 14 mètres"]),
    ("Combien de kilomètres la voiture avait-elle parcourus ?", ["48 312 km au compteur"]),
    ("Qui contredit le conducteur sur sa vitesse ?", ["je roulais à 50 km/h", "elle roulait à au moins 70", "il roulait vite, je dirais 70", "entre 66 et 72 km/h"]),
    ("Quand l'automobiliste doit-il être jugé ?", ["le 9 septembre 2025 à 14h00"]),
    ("Quel magistrat du parquet a été prévenu de la garde à vue ?", ["Avis est donné à M. Antoine LEBRETON"]),
    ("Avec quel matériel l'alcoolémie a-t-elle été mesurée ?", ["éthylomètre Dräger 7110 FP"]),
    ("Où exactement le cycliste a-t-il été percuté ?", ["boulevard Ayrault à Angers, à hauteur du n° 40"]),
    ("D'après la passagère, combien de temps ont-ils tourné en ville après l'accident ?", ["pendant vingt minutes"]),
    ("Combien de temps s'est écoulé entre l'accident et l'arrestation du conducteur ?", ["intercepté 51 minutes plus tard"]),
    ("Combien de points restait-il sur le permis du conducteur ?", ["permis valide, 12 points"]),
    ("À combien l'expert évalue-t-il le coût des réparations de la Peugeot ?", []),
    ("Quelle peine le tribunal a-t-il infligée au conducteur ?", []),
]

ANSWERS = {
    "Quelle est l'immatriculation de la voiture qui a fauché le cycliste ?": "GH-482-KT",
    "Qu'a pu lire le témoin de la plaque avant que la voiture ne disparaisse ?": "GH-48",
    "Quel taux d'alcool a finalement été retenu contre l'automobiliste ?": "0,58",
    "Qu'a affiché l'appareil au premier souffle ?": "0,61",
    "Combien de jours d'arrêt total le médecin légiste a-t-il accordés au blessé ?": "45 jours",
    "À quelle allure la voiture allait-elle au moment de l'impact d'après le spécialiste ?": "entre 66 et 72 km/h",
    "À quelle heure la police a-t-elle été alertée ?": "23h52",
    "À quelle heure le fuyard a-t-il été arrêté par la patrouille ?": "00h36",
    "À quel numéro peut-on rappeler le passant qui a noté la plaque ?": "06 52 17 80 34",
    "Quel article du Code de la route sanctionne la conduite en état d'ivresse ?": "L234-1",
    "Sur quel article du Code pénal repose la poursuite pour la fuite ?": "434-10",
    "Quel texte réprime les blessures causées par l'automobiliste ?": "222-20-1",
    "Quel jour le spécialiste a-t-il inspecté la voiture ?": "18 juin 2025",
    "Quel prix la victime avait-elle payé son vélo ?": "890 euros",
    "Jusqu'où le cycliste a-t-il été projeté ?": "14 mètres",
    "Combien de kilomètres la voiture avait-elle parcourus ?": "48 312",
    "Quand l'automobiliste doit-il être jugé ?": "9 septembre 2025",
    "D'après la passagère, combien de temps ont-ils tourné en ville après l'accident ?": "vingt minutes",
    "Combien de temps s'est écoulé entre l'accident et l'arrestation du conducteur ?": "51 minutes",
    "Combien de points restait-il sur le permis du conducteur ?": "12 points",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "quantité d'alcool consommée : une bière selon le conducteur, trois bières et un rhum selon la passagère",
        "phrases": ["J'ai bu une seule bière", "trois bières et un verre de rhum"],
    },
    {
        "about": "vitesse : 50 km/h selon le conducteur, 70 selon les témoins, 66 à 72 km/h selon l'expert",
        "phrases": ["je roulais à 50 km/h", "elle roulait à au moins 70", "il roulait vite, je dirais 70", "entre 66 et 72 km/h"],
    },
    {
        "about": "éclairage de la bicyclette : absent selon le conducteur, allumé selon le témoin, la victime et les constatations",
        "phrases": ["Le vélo n'avait pas de lumière", "avec son feu arrière allumé", "Mon éclairage avant et arrière était allumé", "l'éclairage arrière fonctionne encore"],
    },
    {
        "about": "le conducteur dit n'avoir vu personne, la passagère a vu quelqu'un tomber et lui a crié de s'arrêter",
        "phrases": ["je n'ai vu personne", "j'ai vu quelqu'un tomber"],
    },
]
