# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 20: a fictitious road-rage assault with a weapon in Vandœuvre-lès-Nancy
(Meurthe-et-Moselle): a motorist, annoyed that the car ahead stopped to let a pedestrian cross, tailgates it,
overtakes and blocks it at a red light, gets out with an aluminium baseball bat, smashes the windscreen and the
driver's window and breaks the driver's forearm; the passenger is cut by glass. A delivery driver's dashcam, his
handwritten note of the plate, a pedestrian, the forensic physicians, the police laboratory (paint and DNA on the
bat) and the vehicle registration file identify him; he claims self-defence against a tyre lever. Written blind (no
access to the system's code or other evaluation data). All persons, companies, plates, phone lines and street
names/numbers are invented; the towns, the court, the hospital and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale de Meurthe-et-Moselle - Nancy\nProcédure n° 2025/06231\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS (enquête de flagrance)

Le samedi 8 novembre 2025 à 17h54, nous, Lieutenant de police Claire MANGIN, officier de police judiciaire de permanence, sommes avisée par le centre d'information et de commandement d'une agression entre automobilistes au carrefour de l'avenue des Érables et de la rue du Vélodrome, à Vandœuvre-lès-Nancy (54500).

Arrivons sur les lieux à 18h03. Une Renault Clio blanche immatriculée FP-230-LC est arrêtée sur la voie de gauche, feux de détresse allumés. Constatons :
- le pare-brise présente un impact en étoile côté conducteur ;
- la vitre de la portière avant gauche est entièrement brisée, des éclats de verre jonchent le siège conducteur et la chaussée ;
- la portière avant gauche est enfoncée ;
- aucun objet contondant n'est présent dans l'habitacle ni dans le coffre de la Clio, que le conducteur nous laisse fouiller.

Le conducteur, M. Julien HOUPERT, se tient l'avant-bras gauche, visiblement déformé. Sa passagère, Mme Aurélie THIRIET, saigne de la joue droite. Les deux victimes sont prises en charge par les sapeurs-pompiers et transportées au CHRU de Nancy, hôpital central.

Un livreur, M. Mehdi BOUALEM, nous remet un papier portant l'immatriculation du véhicule de l'agresseur, une BMW noire, et nous indique que sa caméra embarquée a tout filmé.

Avisons M. Paul-Henri DURAND, substitut du procureur de la République près le tribunal judiciaire de Nancy.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le dimanche 9 novembre 2025 à 11h00, au CHRU de Nancy, devant nous, Brigadier-chef de police Kevin STEINMETZ, agent de police judiciaire,

Se présente M. Julien HOUPERT, né le 22 janvier 1983 à Lunéville (54), technicien de maintenance, demeurant à Villers-lès-Nancy, qui dépose plainte et déclare :

« Je rentrais des courses avec ma compagne. Au rond-point avant le vélodrome, j'ai freiné pour laisser traverser une dame avec une poussette. La BMW noire derrière moi a klaxonné longtemps, puis m'a collé avec les pleins phares sur au moins 400 mètres.

Au feu rouge, elle m'a doublé par la droite et s'est mise en travers devant moi. Le conducteur est sorti avec une batte de baseball grise. Il a crié « je vais te tuer, sale c... » et il a frappé le pare-brise. J'ai voulu remonter ma vitre, il a frappé la vitre, elle a explosé, et le coup suivant m'a pris l'avant-bras que j'avais levé pour protéger ma tête.

Je ne suis pas sorti de ma voiture. Je n'avais rien dans les mains, je n'ai pas d'outil dans la voiture.

Le devis du garage pour la Clio est de 2 860 euros. Je suis en arrêt de travail, je vais perdre mes primes. Je me constituerai partie civile. »

Lecture faite, M. HOUPERT persiste et signe.""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME

Le dimanche 9 novembre 2025 à 14h30, devant nous, Brigadier-chef de police Kevin STEINMETZ, agent de police judiciaire,

Entendons Mme Aurélie THIRIET, née le 5 juillet 1986 à Toul (54), infirmière, compagne de M. HOUPERT, qui déclare :

« J'étais sur le siège passager. L'homme de la BMW est arrivé d'un coup, la batte à deux mains, avec un blouson kaki. Il ne s'est rien dit avant, Julien n'a même pas eu le temps d'ouvrir la bouche.

Quand la vitre de Julien a explosé, des éclats m'ont atteinte au visage. J'ai eu une coupure sur la joue, on m'a posé quatre points de suture aux urgences.

Julien a crié de douleur, son bras faisait un angle bizarre. L'homme a donné encore un coup dans la portière, il a craché sur le capot et il est reparti en faisant crisser les pneus vers Laxou.

Julien n'est jamais sorti de la voiture et il n'avait rien dans les mains. Il tenait le volant. »

Lecture faite, Mme THIRIET persiste et signe.""",
    ),
    # 4
    (
        "hand",
        """Au dos d'un bon de livraison
samedi 17h51 - feu av. des Érables
BMW noire série 1
GL-846-ZT
homme 1m85 environ, blouson kaki
batte grise / alu
a tapé 4 ou 5 fois
parti vers Laxou
la Clio : 2 personnes, pas bougé
M. Boualem - 06 39 98 74 12""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le samedi 8 novembre 2025 à 19h15, devant nous, Lieutenant de police Claire MANGIN, officier de police judiciaire,

Entendons M. Mehdi BOUALEM, né le 11 avril 1995 à Nancy, chauffeur-livreur pour la société Lorraine Express, qui déclare :

« J'étais arrêté au feu, juste derrière la Clio blanche, dans ma camionnette de livraison. La BMW s'est jetée devant la Clio par la droite. Le conducteur est sorti avec une batte de baseball, il a tapé le pare-brise, puis la vitre, puis encore, quatre ou cinq coups en tout. Le monsieur de la Clio est resté assis, il n'a pas ouvert sa portière.

J'ai noté la plaque au dos d'un bon de livraison pendant que ça se passait, avec l'heure du tableau de bord. Je vous le remets.

Ma camionnette a une caméra embarquée qui enregistre en continu. Je vous remets la carte mémoire ; l'enregistrement de la scène dure 1 minute 52 secondes.

L'homme mesurait environ 1,85 m, il était costaud, crâne rasé, blouson kaki. »

Remet le bon de livraison (scellé n° 1) et la carte mémoire de la caméra (scellé n° 2).

Lecture faite, M. BOUALEM persiste et signe.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 10 novembre 2025 à 10h00, devant nous, Brigadier-chef de police Kevin STEINMETZ, agent de police judiciaire,

Entendons Mme Sophie COLLIGNON, née le 19 décembre 1990 à Épinal (88), assistante de gestion, demeurant à Vandœuvre-lès-Nancy, qui déclare :

« Je traversais au passage piéton du rond-point avec mon fils dans sa poussette. La Clio blanche s'est arrêtée pour me laisser passer, normalement. La voiture noire derrière a klaxonné très fort, le conducteur a fait des gestes, il a passé la tête par la fenêtre et m'a insultée aussi.

J'ai continué à pied vers le feu, à une cinquantaine de mètres. J'ai vu l'homme de la voiture noire sortir avec une batte, il hurlait « je vais te tuer ». Il a frappé la voiture blanche plusieurs fois. Le conducteur de la Clio n'est pas descendu.

J'ai appelé la police à 17h53 depuis mon portable, j'étais choquée. »

Lecture faite, Mme COLLIGNON persiste et signe.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Caméra embarquée de la camionnette Lorraine Express (scellé n° 2), samedi 8 novembre 2025, horodatage 17:51:38
Homme en blouson kaki, batte levée à deux mains, devant la portière avant gauche de la Clio FP-230-LC ; le conducteur est assis, mains sur le volant ; BMW noire GL-846-ZT en travers de la voie, portière ouverte.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Renault Clio FP-230-LC, avenue des Érables, samedi 8 novembre 2025 à 18h10
Pare-brise : impact en étoile de 30 cm de diamètre côté conducteur ; vitre avant gauche brisée ; portière avant gauche enfoncée sur 12 cm de long.""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
CHRU DE NANCY - Unité médico-judiciaire
CERTIFICAT MÉDICAL SUR RÉQUISITION - le 09/11/2025 à 09h40

Examiné : M. HOUPERT Julien, 42 ans, victime déclarée de violences
le 08/11/2025 vers 17h50.

Constatations :
- fracture diaphysaire du cubitus (ulna) gauche, non déplacée,
  confirmée par radiographie, immobilisée par plâtre ;
- hématome de la face postérieure de l'avant-bras gauche de 8 cm ;
- deux plaies superficielles du dos de la main gauche (éclats de verre).

Discussion : fracture isolée du cubitus de type « fracture parade »,
typique d'un coup porté avec un objet contondant sur un avant-bras
levé en protection.

Incapacité totale de travail : 45 jours, sous réserve de complications.

Dr Nicolas FRANÇOIS, médecin légiste.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
CONSULTATIONS DU 08/11/2025 à 18h40
Système d'immatriculation des véhicules (SIV) :
GL-846-ZT - BMW 118d - noire - 1re mise en circulation 14/06/2019
titulaire : KIEFFER Dylan, né le 02/09/1996 à Nancy
adresse : 11 rue des Glycines, 54520 Laxou
assurance : contrat en cours

Fichier national des permis de conduire :
KIEFFER Dylan - permis B délivré le 20/10/2015
solde : 4 points
dernière infraction : excès de vitesse de 40 à 50 km/h (03/2025)

Fichier des personnes recherchées : néant.
Téléphone connu : 06 39 98 20 63.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITION

Le dimanche 9 novembre 2025 à 06h40, nous, Lieutenant de police Claire MANGIN, officier de police judiciaire, assistée de trois fonctionnaires, nous présentons au 11 rue des Glycines à Laxou, domicile de M. Dylan KIEFFER.

Lui notifions son placement en garde à vue à compter de 06h40 pour violences volontaires avec usage d'une arme ayant entraîné une incapacité totale de travail supérieure à huit jours, dégradation du bien d'autrui et menaces de mort, ainsi que les droits attachés à cette mesure. Il demande l'assistance d'un avocat.

De 06h45 à 07h35, perquisition en sa présence :
- dans le coffre de la BMW GL-846-ZT, stationnée devant la maison : une batte de baseball en aluminium gris de 81 cm, le manche entouré de ruban noir, portant des traces de peinture blanche (scellé n° 3) ;
- dans l'entrée : un blouson kaki (scellé n° 4) ;
- sur la console : une paire de gants de mécanicien (scellé n° 5) ;
- un téléphone Samsung noir (scellé n° 6).

Aucun démonte-pneu ni autre outil n'est découvert dans la BMW. Le véhicule est placé en fourrière judiciaire.

La carte mémoire de la caméra embarquée (scellé n° 2) a été exploitée le 8 novembre à 22h00 : la séquence commence à 17:50:41 et s'achève à 17:52:33. On y voit le conducteur de la Clio rester assis pendant toute la scène.""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Scellé n° 3, perquisition du dimanche 9 novembre 2025
Batte de baseball en aluminium gris, longueur 81 cm, manche entouré de ruban noir ; traces de peinture blanche sur 9 cm à l'extrémité ; étiquette de prix « 34,90 € ».""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le dimanche 9 novembre 2025 à 09h30, devant nous, Lieutenant de police Claire MANGIN, officier de police judiciaire,
En présence de Maître Antoine WEBER, avocat au barreau de Nancy,
Entendons M. Dylan KIEFFER, né le 2 septembre 1996 à Nancy, âgé de 29 ans, carrossier, célibataire, demeurant 11 rue des Glycines à Laxou, qui déclare :

« Le type de la Clio roulait à 20 à l'heure, il a pilé au rond-point sans raison. J'ai klaxonné, oui, c'est normal.

Au feu, c'est lui qui est sorti le premier, avec un démonte-pneu à la main. J'ai eu peur, j'ai pris la batte dans mon coffre pour me défendre. C'était de la légitime défense.

La batte, elle est dans le coffre depuis des mois, je joue au softball avec des collègues.

Je n'ai jamais touché le conducteur. J'ai juste tapé sur le capot pour lui faire peur. Son bras, il a dû se le casser tout seul, je ne sais pas.

Je n'ai insulté personne et je n'ai menacé personne de mort. »

Lecture faite, M. KIEFFER persiste et signe, ainsi que son avocat.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
LABORATOIRE DE POLICE SCIENTIFIQUE DE LYON - antenne de Nancy
RAPPORT D'ANALYSE du 13/11/2025 - réquisition du 09/11/2025

Scellé n° 3 : batte de baseball en aluminium.

1. Traces de peinture (extrémité de la batte) :
   peinture blanche acrylique multicouche, composition identique
   à l'échantillon de référence prélevé sur la portière avant
   gauche de la Renault Clio FP-230-LC (code teinte blanc glacier).

2. Prélèvements biologiques sur le ruban du manche :
   profil ADN unique, masculin, correspondant à M. KIEFFER Dylan
   (prélèvement de comparaison du 09/11/2025).

3. Fragments de verre prélevés sur les gants (scellé n° 5) :
   11 fragments de verre sécurit, d'indice de réfraction
   compatible avec la vitre avant gauche de la Clio.""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
CHRU DE NANCY - Unité médico-judiciaire
CERTIFICAT MÉDICAL SUR RÉQUISITION - le 09/11/2025 à 16h20

Examinée : Mme THIRIET Aurélie, 39 ans, passagère du véhicule.

Constatations :
- plaie linéaire de la joue droite de 3 cm, suturée aux urgences
  le 08/11/2025 par quatre points ;
- multiples micro-coupures du cou et de l'épaule droite ;
- retentissement psychologique important (reviviscences, insomnie).

Incapacité totale de travail : 4 jours.
Une réévaluation psychologique est recommandée à un mois.

Dr Nicolas FRANÇOIS, médecin légiste.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le lundi 10 novembre 2025 à 09h15, devant nous, Lieutenant de police Claire MANGIN, officier de police judiciaire, en présence de Maître WEBER,

Présentons à M. Dylan KIEFFER la séquence de la caméra embarquée, le certificat médical de M. HOUPERT, les déclarations des témoins et le procès-verbal de perquisition. Il déclare :

« D'accord, sur la vidéo on voit qu'il est resté dans sa voiture. Il n'avait pas de démonte-pneu, je me suis trompé, j'ai cru voir quelque chose.

J'avais eu une très mauvaise journée au travail. Il a pilé devant moi, j'ai pété les plombs. J'ai pris la batte et j'ai tapé sur le pare-brise et sur la vitre. Je n'ai pas visé le bras, il a levé le bras au mauvais moment.

La batte, je l'ai achetée il y a trois semaines chez un vendeur d'articles de sport à Houdemont, pour la mettre dans la voiture, parce qu'il y a des fous sur la route. Je ne fais pas de softball.

Je regrette pour la dame. Je suis prêt à payer les réparations. »

Lecture faite, M. KIEFFER persiste et signe, ainsi que son avocat.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : KIEFFER Dylan, né le 2 septembre 1996 à Nancy (54).

Condamnation n° 1 : jugement du tribunal correctionnel de Nancy du 16 septembre 2021. Violences volontaires n'ayant pas entraîné d'incapacité de travail supérieure à huit jours, dans un débit de boissons. Peine : 4 mois d'emprisonnement avec sursis.

Condamnation n° 2 : ordonnance pénale du tribunal correctionnel de Nancy du 2 mai 2023. Refus d'obtempérer. Peine : 800 euros d'amende, suspension du permis de conduire pendant 6 mois.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Lieutenant de police Claire MANGIN à Monsieur le Procureur de la République près le tribunal judiciaire de Nancy.

Le samedi 8 novembre 2025 vers 17h51, au feu de l'avenue des Érables à Vandœuvre-lès-Nancy, le conducteur d'une BMW noire a bloqué une Renault Clio, en est sorti armé d'une batte de baseball et a frappé le véhicule et son conducteur.

M. Julien HOUPERT, conducteur, souffre d'une fracture du cubitus gauche (ITT de 45 jours). Sa passagère, Mme Aurélie THIRIET, a été blessée au visage par les éclats de la vitre (ITT de 4 jours). Le devis de réparation de la Clio s'élève à 2 860 euros.

M. Dylan KIEFFER, 29 ans, titulaire de la BMW GL-846-ZT relevée par un témoin, est mis en cause par la caméra embarquée du livreur, les témoignages concordants, la batte découverte dans son coffre (peinture de la Clio, son ADN) et les fragments de verre sur ses gants. Il a d'abord invoqué la légitime défense face à un démonte-pneu, puis reconnu les coups lors de sa deuxième audition.

La garde à vue de M. KIEFFER, débutée le 9 novembre 2025 à 06h40, a été prolongée par vos soins et levée le 10 novembre 2025 à 15h10, soit une durée de 32 heures 30 minutes. Il a été déféré.

Les faits sont susceptibles de recevoir la qualification de violences volontaires avec usage d'une arme ayant entraîné une incapacité totale de travail supérieure à huit jours (article 222-12 du Code pénal), de violences avec arme ayant entraîné une ITT n'excédant pas huit jours (article 222-13 du Code pénal), de menace de mort (article 222-17 du Code pénal) et de dégradation du bien d'autrui (article 322-1 du Code pénal).

Fait à Nancy, le vendredi 21 novembre 2025.""",
    ),
]

PERSONS = [
    {"name": "Dylan KIEFFER", "role": "mis en cause", "aliases": ["KIEFFER Dylan", "M. KIEFFER"]},
    {"name": "Julien HOUPERT", "role": "victime", "aliases": ["HOUPERT Julien", "M. HOUPERT"]},
    {"name": "Aurélie THIRIET", "role": "victime", "aliases": ["THIRIET Aurélie", "Mme THIRIET"]},
    {"name": "Mehdi BOUALEM", "role": "témoin", "aliases": ["M. BOUALEM", "M. Boualem"]},
    {"name": "Sophie COLLIGNON", "role": "témoin", "aliases": ["Mme COLLIGNON"]},
    {"name": "Nicolas FRANÇOIS", "role": "autre", "aliases": ["Dr Nicolas FRANÇOIS"]},
    {"name": "Claire MANGIN", "role": "enquêteur", "aliases": ["Lieutenant de police Claire MANGIN"]},
    {"name": "Kevin STEINMETZ", "role": "enquêteur", "aliases": ["Brigadier-chef de police Kevin STEINMETZ"]},
    {"name": "Paul-Henri DURAND", "role": "magistrat", "aliases": ["M. Paul-Henri DURAND"]},
    {"name": "Antoine WEBER", "role": "avocat", "aliases": ["Maître Antoine WEBER", "Maître WEBER"]},
]

EVENTS = [
    ("2021-09-16", None, "condamnation de Dylan KIEFFER pour violences", "du 16 septembre 2021"),
    ("2025-11-08", "17:51", "agression à la batte au feu de l'avenue des Érables", "horodatage 17:51:38"),
    ("2025-11-08", "17:53", "appel de la piétonne à la police", "J'ai appelé la police à 17h53"),
    ("2025-11-08", "17:54", "avis à l'officier de police judiciaire", "Le samedi 8 novembre 2025 à 17h54"),
    ("2025-11-08", "18:03", "arrivée des policiers sur les lieux", "Arrivons sur les lieux à 18h03"),
    ("2025-11-08", "18:40", "identification du titulaire de la BMW", "CONSULTATIONS DU 08/11/2025 à 18h40"),
    ("2025-11-09", "06:40", "interpellation et garde à vue de Dylan KIEFFER", "Le dimanche 9 novembre 2025 à 06h40"),
    ("2025-11-09", "11:00", "plainte de Julien HOUPERT", "Le dimanche 9 novembre 2025 à 11h00"),
    ("2025-11-10", "09:15", "aveux partiels de Dylan KIEFFER", "Le lundi 10 novembre 2025 à 09h15"),
    ("2025-11-10", "15:10", "fin de la garde à vue", "levée le 10 novembre 2025 à 15h10"),
    ("2025-11-13", None, "rapport du laboratoire de police scientifique", "RAPPORT D'ANALYSE du 13/11/2025"),
]

OFFENCES = [
    {"qualification": "violences volontaires avec usage d'une arme ayant entraîné une ITT supérieure à huit jours", "code_article": "222-12"},
    {"qualification": "violences volontaires avec usage d'une arme ayant entraîné une ITT n'excédant pas huit jours", "code_article": "222-13"},
    {"qualification": "menace de mort", "code_article": "222-17"},
    {"qualification": "dégradation du bien d'autrui", "code_article": "322-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("plainte", 2, 2),
    ("pv_audition", 3, 3),
    ("note_manuscrite", 4, 4),
    ("pv_audition", 5, 6),
    ("photographie", 7, 8),
    ("certificat_medical", 9, 9),
    ("requisition", 10, 10),
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
    ("Combien de jours d'arrêt total a-t-on reconnus à l'automobiliste frappé au bras ?", ["Incapacité totale de travail : 45 jours", "fracture du cubitus gauche (ITT de 45 jours)"]),
    ("Quelle incapacité totale de travail a été fixée pour la compagne assise à l'avant ?", ["Incapacité totale de travail : 4 jours.", "blessée au visage par les éclats de la vitre (ITT de 4 jours)"]),
    ("Combien de points de suture a-t-il fallu poser sur le visage de la passagère ?", ["on m'a posé quatre points de suture", "le 08/11/2025 par quatre points"]),
    ("Quelle est la longueur de la coupure relevée sur la joue de la passagère ?", ["plaie linéaire de la joue droite de 3 cm"]),
    ("Quelle est la taille de l'hématome constaté sur l'avant-bras du conducteur ?", ["l'avant-bras gauche de 8 cm"]),
    ("À combien le garagiste chiffre-t-il la remise en état de la citadine blanche ?", ["Le devis du garage pour la Clio est de 2 860 euros", "réparation de la Clio s'élève à 2 860 euros"]),
    ("Sur quelle distance l'agresseur a-t-il suivi la Clio de trop près avant le feu ?", ["sur au moins 400 mètres"]),
    ("Quelle est l'immatriculation de la berline de l'agresseur ?", ["GL-846-ZT\nhomme 1m85", "GL-846-ZT - BMW 118d"]),
    ("Quelle heure le livreur a-t-il notée sur son papier au moment de la scène ?", ["samedi 17h51 - feu av. des Érables"]),
    ("À quelle heure la mère de famille à la poussette a-t-elle prévenu la police ?", ["J'ai appelé la police à 17h53"]),
    ("À quelle heure les policiers sont-ils arrivés au carrefour ?", ["Arrivons sur les lieux à 18h03"]),
    ("Combien de temps dure l'enregistrement de la scène par la caméra de la camionnette ?", ["dure 1 minute 52 secondes"]),
    ("Quel horodatage porte l'image où l'on voit l'homme lever son arme près de la portière du conducteur ?", ["horodatage 17:51:38"]),
    ("Quel est le diamètre de l'impact sur le pare-brise de la victime ?", ["impact en étoile de 30 cm de diamètre"]),
    ("Quelle est la longueur de la batte saisie dans le coffre ?", ["une batte de baseball en aluminium gris de 81 cm", "longueur 81 cm, manche entouré"]),
    ("Combien l'arme du mis en cause avait-elle coûté d'après l'étiquette restée dessus ?", ["étiquette de prix « 34,90 € »"]),
    ("Combien de points reste-t-il sur le permis de conduire du propriétaire de la BMW ?", ["solde : 4 points"]),
    ("Quel est le numéro de portable du chauffeur-livreur qui a relevé la plaque ?", ["M. Boualem - 06 39 98 74 12"]),
    ("Quel numéro de téléphone est connu pour le mis en cause ?", ["Téléphone connu : 06 39 98 20 63"]),
    ("Combien de débris de verre le laboratoire a-t-il retrouvés sur les gants saisis ?", ["11 fragments de verre sécurit"]),
    ("Quelle a été la durée totale de la garde à vue de l'automobiliste à la batte ?", ["soit une durée de 32 heures 30 minutes"]),
    ("Quelle peine a été prononcée contre le mis en cause pour les violences commises dans un bar ?", ["Peine : 4 mois d'emprisonnement avec sursis"]),
    ("Quel article du Code pénal réprime les violences avec arme ayant causé plus de huit jours d'ITT ?", ["(article 222-12 du Code pénal)"]),
    ("Combien de coups le témoin au volant de la camionnette a-t-il vu porter ?", ["a tapé 4 ou 5 fois", "quatre ou cinq coups en tout"]),
    ("Le conducteur de la Clio est-il sorti de son véhicule avec un démonte-pneu comme le soutient le gardé à vue ?", ["c'est lui qui est sorti le premier, avec un démonte-pneu", "On y voit le conducteur de la Clio rester assis pendant toute la scène"]),
    ("La batte servait-elle vraiment au softball, comme l'a d'abord dit le suspect ?", ["je joue au softball avec des collègues", "Je ne fais pas de softball"]),
    ("Le mis en cause s'est-il contenté de frapper le capot, sans atteindre le conducteur ?", ["J'ai juste tapé sur le capot pour lui faire peur", "typique d'un coup porté avec un objet contondant sur un avant-bras"]),
    ("Le suspect a-t-il vraiment proféré aucune menace de mort, comme il l'affirme ?", ["Je n'ai insulté personne et je n'ai menacé personne de mort", "il hurlait « je vais te tuer »", "Il a crié « je vais te tuer, sale c... »"]),
    ("Quel était le taux d'alcoolémie du conducteur de la BMW au moment des faits ?", []),
    ("Quel est le numéro de téléphone de la victime conduisant la Clio ?", []),
]

ANSWERS = {
    "Combien de jours d'arrêt total a-t-on reconnus à l'automobiliste frappé au bras ?": "45 jours",
    "Quelle incapacité totale de travail a été fixée pour la compagne assise à l'avant ?": "4 jours",
    "Combien de points de suture a-t-il fallu poser sur le visage de la passagère ?": "quatre",
    "Quelle est la longueur de la coupure relevée sur la joue de la passagère ?": "3 cm",
    "Quelle est la taille de l'hématome constaté sur l'avant-bras du conducteur ?": "8 cm",
    "À combien le garagiste chiffre-t-il la remise en état de la citadine blanche ?": "2 860 euros",
    "Sur quelle distance l'agresseur a-t-il suivi la Clio de trop près avant le feu ?": "400 mètres",
    "Quelle est l'immatriculation de la berline de l'agresseur ?": "GL-846-ZT",
    "Quelle heure le livreur a-t-il notée sur son papier au moment de la scène ?": "17h51",
    "À quelle heure la mère de famille à la poussette a-t-elle prévenu la police ?": "17h53",
    "À quelle heure les policiers sont-ils arrivés au carrefour ?": "18h03",
    "Combien de temps dure l'enregistrement de la scène par la caméra de la camionnette ?": "1 minute 52 secondes",
    "Quel horodatage porte l'image où l'on voit l'homme lever son arme près de la portière du conducteur ?": "17:51:38",
    "Quel est le diamètre de l'impact sur le pare-brise de la victime ?": "30 cm",
    "Quelle est la longueur de la batte saisie dans le coffre ?": "81 cm",
    "Combien l'arme du mis en cause avait-elle coûté d'après l'étiquette restée dessus ?": "34,90 €",
    "Combien de points reste-t-il sur le permis de conduire du propriétaire de la BMW ?": "4 points",
    "Quel est le numéro de portable du chauffeur-livreur qui a relevé la plaque ?": "06 39 98 74 12",
    "Quel numéro de téléphone est connu pour le mis en cause ?": "06 39 98 20 63",
    "Combien de débris de verre le laboratoire a-t-il retrouvés sur les gants saisis ?": "11 fragments",
    "Quelle a été la durée totale de la garde à vue de l'automobiliste à la batte ?": "32 heures 30 minutes",
    "Quelle peine a été prononcée contre le mis en cause pour les violences commises dans un bar ?": "4 mois d'emprisonnement avec sursis",
    "Quel article du Code pénal réprime les violences avec arme ayant causé plus de huit jours d'ITT ?": "222-12",
    "Combien de coups le témoin au volant de la camionnette a-t-il vu porter ?": "4 ou 5",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "légitime défense : le suspect dit que le conducteur de la Clio est sorti le premier avec un démonte-pneu, la caméra embarquée le montre assis pendant toute la scène",
        "phrases": ["c'est lui qui est sorti le premier, avec un démonte-pneu", "On y voit le conducteur de la Clio rester assis pendant toute la scène"],
        "between": ["Dylan KIEFFER", "caméra embarquée de Mehdi BOUALEM"],
    },
    {
        "about": "origine de la batte : le suspect dit d'abord jouer au softball, puis reconnaît l'avoir achetée trois semaines avant pour la garder dans la voiture et ne pas faire de softball",
        "phrases": ["je joue au softball avec des collègues", "Je ne fais pas de softball"],
        "between": ["Dylan KIEFFER", "Dylan KIEFFER"],
    },
    {
        "about": "coups portés : le suspect dit n'avoir frappé que le capot, le médecin légiste décrit une fracture parade de l'avant-bras due à un objet contondant",
        "phrases": ["J'ai juste tapé sur le capot pour lui faire peur", "typique d'un coup porté avec un objet contondant sur un avant-bras"],
        "between": ["Dylan KIEFFER", "Nicolas FRANÇOIS"],
    },
    {
        "about": "menaces de mort : le suspect nie toute menace, la piétonne et la victime l'ont entendu crier « je vais te tuer »",
        "phrases": ["Je n'ai insulté personne et je n'ai menacé personne de mort", "il hurlait « je vais te tuer »", "Il a crié « je vais te tuer, sale c... »"],
        "between": ["Dylan KIEFFER", "Sophie COLLIGNON", "Julien HOUPERT"],
    },
]
