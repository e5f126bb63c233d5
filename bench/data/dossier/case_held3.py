# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier 3 (defacto2): a head cashier's embezzlement (fictitious refunds, missing cash deposits) and theft
of cigarettes at a supermarket in Villefranche-sur-Saône, investigated by the police nationale (sûreté urbaine):
complaint, internal audit with accounting figures, till extraction, video-surveillance report, bank requisition,
custody hearing, handwritten sheet seized in a car, criminal record. Written independently of the system under
test. All names, companies and numbers are invented."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Commissariat de Villefranche-sur-Saône\nSûreté urbaine - Groupe des atteintes aux biens - Procédure n° 2025/003377\n"

PAGES: list[tuple[str, str]] = [
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 31 mars 2025 à 10h15, devant nous, Capitaine Élodie RAMBAUD, officier de police judiciaire,
Se présente Mme Nathalie BOUVERET, née le 19 avril 1976 à Lyon (69), directrice du supermarché Bellevie, 210 avenue de l'Europe à Villefranche-sur-Saône, agissant pour le compte de la SAS Bellevie Distribution, qui dépose plainte contre M. Cédric LAMBLIN, chef de caisse, pour vol et abus de confiance et déclare :

« M. LAMBLIN travaille chez nous depuis le 2 mai 2017. Il est chef de caisse depuis 2021. À ce titre, il a la charge des fonds de caisse, des remises en coffre et de la préparation des dépôts d'espèces remis au transporteur de fonds, et il peut valider les remboursements clients avec son badge de responsable.

Le 24 mars 2025, notre contrôleuse de gestion régionale, Mme Sabrina KOUADIO, m'a signalé un nombre anormal de remboursements sans ticket sur la caisse n° 7, toujours crédités sur la même carte bancaire. Elle a aussi relevé des manques sur les dépôts d'espèces préparés par M. LAMBLIN.

J'ai alors fait visionner les enregistrements de vidéoprotection. Le jeudi 27 mars 2025 au soir, on le voit dans la réserve tabac mettre des cartouches de cigarettes dans son sac personnel. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Le préjudice total que nous avons chiffré s'élève à 12 392,60 euros : 8 742,60 euros de remboursements fictifs, 3 150,00 euros de manques sur les dépôts d'espèces et 500,00 euros de cigarettes (4 cartouches à 125 euros).

M. LAMBLIN a été mis à pied à titre conservatoire le 28 mars 2025. Quand je le lui ai annoncé, il m'a dit : « Je vais tout rembourser, ne portez pas plainte. »

Je vous remets le rapport de Mme KOUADIO, l'extraction des remboursements de la caisse n° 7, une clé USB contenant les images des caméras n° 9 et n° 14, et la copie de son contrat de travail. »

Question : M. LAMBLIN était-il le seul à connaître le code du coffre ?
Réponse : Non, il y a aussi mon adjoint, M. Patrice GODARD, et moi-même. Mais les dépôts concernés ont tous été préparés, comptés et signés par M. LAMBLIN seul, en fin de journée.

Lecture faite, Mme BOUVERET persiste et signe avec nous.""",
    ),
    (
        "text",
        """SAS BELLEVIE DISTRIBUTION - Contrôle de gestion régional
RAPPORT D'ANALYSE DES ANOMALIES DE CAISSE - Magasin de Villefranche-sur-Saône
Établi le 25 mars 2025 par Mme Sabrina KOUADIO, contrôleuse de gestion régionale.

1. Remboursements sans ticket
Période examinée : du 2 janvier au 22 mars 2025. Caisse n° 7, badge responsable n° 0457 (M. LAMBLIN) :
- janvier 2025 : 21 remboursements, 2 904,30 euros ;
- février 2025 : 24 remboursements, 3 318,10 euros ;
- mars 2025 (jusqu'au 22) : 18 remboursements, 2 520,20 euros.
Total : 63 remboursements, 8 742,60 euros, tous crédités sur la même carte bancaire se terminant par 4417. Montant moyen : 138,77 euros. Aucun article correspondant n'a été réintégré en stock.
Sur la même période, l'ensemble des autres caisses du magasin totalise 9 remboursements sans ticket.

2. Dépôts d'espèces
Sur 58 dépôts d'espèces remis au transporteur de fonds entre le 2 janvier et le 22 mars 2025, 12 présentent un écart négatif entre le montant déclaré sur le bordereau et le montant compté par le centre de tri de la banque, pour un total de 3 150,00 euros. Les 12 bordereaux concernés portent tous la signature de M. LAMBLIN. Le plus important écart, de 450,00 euros, concerne le dépôt du 14 mars 2025.

3. Conclusion
Préjudice financier établi à 11 892,60 euros, hors marchandises. Il est recommandé de déposer plainte et de retirer à M. LAMBLIN ses habilitations de responsable.""",
    ),
    (
        "scan",
        """EXTRACTION DU LOGICIEL DE CAISSE - Magasin Bellevie de Villefranche-sur-Saône
Remboursements sans ticket - Caisse n° 7 - Extrait (lignes 1 à 6 et 63 sur 63)

Date        Heure   Badge  Montant      Moyen de paiement
02/01/2025  19h42   0457   138,90 EUR   carte ****4417
04/01/2025  20h15   0457   164,50 EUR   carte ****4417
06/01/2025  19h58   0457   97,40 EUR    carte ****4417
09/01/2025  20h31   0457   152,00 EUR   carte ****4417
11/01/2025  20h47   0457   176,30 EUR   carte ****4417
13/01/2025  19h26   0457   119,90 EUR   carte ****4417
(...)
22/03/2025  20h58   0457   149,80 EUR   carte ****4417

Observation : 57 des 63 remboursements ont été enregistrés entre 19h00 et 21h00, en fin de journée, lorsque M. LAMBLIN était seul responsable de la ligne de caisses.
Document remis par Mme BOUVERET le 31 mars 2025.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'EXPLOITATION DE VIDÉOPROTECTION

Le 31 mars 2025 à 15h30, nous, Gardien de la paix Lucas FONTENEAU, agent de police judiciaire,
Procédons à l'exploitation de la clé USB remise par Mme BOUVERET, contenant les enregistrements des caméras n° 9 (sortie du personnel) et n° 14 (réserve tabac) du 27 mars 2025. L'horloge du système a été contrôlée le 31 mars 2025 : elle est à l'heure légale.

Caméra n° 14 (réserve tabac) :
- 20h51m10 : un homme en gilet bleu portant le badge de chef de caisse, reconnu formellement par Mme BOUVERET comme étant M. Cédric LAMBLIN, entre dans la réserve au moyen d'un badge ;
- 20h52m31 : il prend quatre cartouches de cigarettes sur l'étagère du haut et les place dans un sac à dos noir ;
- 20h53m05 : il ressort de la réserve, le sac sur l'épaule.

Caméra n° 9 (sortie du personnel) :
- 21h14m40 : M. LAMBLIN sort par l'issue réservée au personnel avec le sac à dos noir, qui paraît plein.

Le journal de caisse du 27 mars 2025 ne mentionne aucun passage en caisse de cartouches de cigarettes après 20h30.
Des captures d'écran sont reproduites sur la planche photographique jointe. Les enregistrements sont placés sous scellé n° 1.""",
    ),
    (
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE
Extrait de la caméra n° 14 - réserve tabac - 27/03/2025
Cliché n° 2 : 20:52:31 - des cartouches sont placées dans un sac à dos noir.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 1er avril 2025 à 14h00, devant nous, Gardien de la paix Lucas FONTENEAU, agent de police judiciaire,
Entendons Mme Manon DELATTRE, née le 6 juin 1999 à Villefranche-sur-Saône, hôtesse de caisse au supermarché Bellevie, qui déclare :

« Je travaille chez Bellevie depuis 2022. Plusieurs fois, le soir, M. LAMBLIN est venu à la caisse 7 pour faire des remboursements clients alors qu'il n'y avait aucun client. Il disait que c'était pour régulariser des erreurs. Un soir de février, j'ai vu qu'il passait une carte bancaire rose au nom d'une femme. Il m'a dit que c'était celle de sa compagne, Jessica. Je n'ai rien dit car c'était mon chef.

Le 27 mars, vers 21h15, je l'ai croisé à la sortie du personnel avec un gros sac à dos noir. Il m'a dit qu'il emportait son linge de sport. »

Lecture faite, Mme DELATTRE persiste et signe avec nous.""",
    ),
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu l'article 77-1-1 du Code de procédure pénale,
Vu l'autorisation de Mme Véronique ANCEL, substitute du procureur de la République près le tribunal judiciaire de Villefranche-sur-Saône,
Nous, Capitaine Élodie RAMBAUD, officier de police judiciaire,

Requérons la Caisse Mutuelle du Beaujolais, établissement émetteur de la carte bancaire se terminant par 4417, de nous communiquer :
- l'identité du titulaire de la carte et du compte auquel elle est rattachée, ainsi que des éventuels mandataires ;
- le relevé des opérations de ce compte du 1er janvier au 31 mars 2025.

Fait à Villefranche-sur-Saône, le 1er avril 2025 à 16h00.""",
    ),
    (
        "scan",
        """CAISSE MUTUELLE DU BEAUJOLAIS - Service des réquisitions judiciaires
RÉPONSE À RÉQUISITION du 1er avril 2025 - le 4 avril 2025
Procédure n° 2025/003377 - Commissariat de Villefranche-sur-Saône

Carte n° 4970 XXXX XXXX 4417, rattachée au compte de Mme Jessica PRUVOST, née le 11 janvier 1993 à Villefranche-sur-Saône, IBAN FR76 1348 5008 0008 0045 5217 722.
Mandataire sur le compte depuis le 3 septembre 2023 : M. Cédric LAMBLIN, titulaire d'une seconde carte se terminant par 0932.

Entre le 2 janvier et le 22 mars 2025, le compte a reçu 63 crédits libellés « REMB BELLEVIE VILLEFRANCHE » pour un total de 8 742,60 euros.
Sur la même période, principaux débits : mensualités d'un crédit automobile (389,00 euros par mois) et paiements en ligne à des sites de paris sportifs, pour un total de 2 760,00 euros.

Relevé détaillé joint (11 pages, non reproduit).""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 8 avril 2025 à 09h30, devant nous, Capitaine Élodie RAMBAUD, officier de police judiciaire,
En présence de Maître Romain DESCHAMPS, avocat au barreau de Villefranche-sur-Saône,
Entendons M. Cédric LAMBLIN, né le 8 août 1990 à Mâcon (71), chef de caisse, demeurant 5 rue des Jardiniers à Gleizé (69400), placé en garde à vue le 8 avril 2025 à 07h05, qui déclare :

« Je reconnais avoir fait des faux remboursements sur la carte de ma compagne, depuis janvier. J'avais des dettes de paris sportifs. Mais je n'ai pas pris autant que ce qu'ils disent : en tout, ça doit faire 3 000 euros, pas plus. Jessica ne savait pas d'où venait l'argent, elle pensait que c'étaient des primes.

Pour les dépôts d'espèces, je n'ai jamais pris un centime. Les sacs de dépôt passaient entre plusieurs mains, n'importe qui pouvait se servir avant le passage du transporteur.

Pour les cigarettes, c'est vrai, le 27 mars, j'ai pris quatre cartouches. C'était la seule fois. Je les ai revendues 60 euros la cartouche à un copain du club de foot. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : Le rapport du contrôle de gestion recense 63 remboursements pour 8 742,60 euros, tous sur la carte se terminant par 4417. Qu'en dites-vous ?
Réponse : Je ne sais pas, je n'ai pas compté.

Question : Dans votre véhicule, nous avons découvert une feuille manuscrite sur laquelle figurent des montants par mois. De quoi s'agit-il ?
Réponse : Ce sont mes comptes de paris.

Question : Les 12 bordereaux de dépôt présentant un manque portent tous votre signature. Comment l'expliquez-vous ?
Réponse : Je signais les bordereaux, mais je ne recomptais pas toujours.

Question : Mme DELATTRE vous a vu sortir avec un sac à dos plein le 27 mars vers 21h15.
Réponse : Oui, c'était les cigarettes. Je lui ai menti.

Question : Avez-vous quelque chose à ajouter ?
Réponse : Je veux rembourser. Je peux verser 300 euros par mois.

Lecture faite par lui-même, M. LAMBLIN persiste et signe avec nous et son conseil.""",
    ),
    (
        "hand",
        """Bellevie
janv  2 900
fév   3 300
mars  2 500
dépôts  3 150 ?
total 11 850
ne plus toucher à la 7 !""",
    ),
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : LAMBLIN Cédric, né le 8 août 1990 à Mâcon (71).

Condamnation n° 1 : jugement du tribunal correctionnel de Mâcon du 17 octobre 2019. Vol (faits du 2 juin 2019), prévu par l'article 311-1 du Code pénal. Peine : 60 jours-amende à 10 euros.

Fin du relevé.""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine Élodie RAMBAUD à Madame la Procureure de la République près le tribunal judiciaire de Villefranche-sur-Saône.

Entre le 2 janvier et le 22 mars 2025, M. Cédric LAMBLIN, chef de caisse du supermarché Bellevie de Villefranche-sur-Saône, a enregistré 63 remboursements fictifs sur la caisse n° 7, crédités sur la carte de sa compagne, Mme Jessica PRUVOST, dont il est mandataire. Douze dépôts d'espèces qu'il avait préparés et signés présentent un manque total de 3 150,00 euros. Le 27 mars 2025, il a emporté quatre cartouches de cigarettes, ce que montre la vidéoprotection et qu'il reconnaît.

Lors de la perquisition de son véhicule Renault Clio immatriculé FK-219-PD, le 8 avril 2025 à 07h40, a été découverte une feuille manuscrite (scellé n° 2) récapitulant des montants mensuels proches de ceux du rapport de gestion et portant la mention « total 11 850 ». Cette feuille contredit ses déclarations selon lesquelles il n'aurait détourné que 3 000 euros et n'aurait jamais touché aux dépôts.

Mme Jessica PRUVOST, entendue le 9 avril 2025 en audition libre, déclare ignorer l'origine des fonds ; sa participation n'est pas établie à ce stade.

Préjudice retenu : 12 392,60 euros. La SAS Bellevie Distribution entend se constituer partie civile.

Les faits sont susceptibles de recevoir les qualifications suivantes :
- abus de confiance, article 314-1 du Code pénal, pour les remboursements fictifs et les manques sur les dépôts d'espèces ;
- vol simple, prévu et réprimé par les articles 311-1 et 311-3 du Code pénal, pour les cartouches de cigarettes.

Sur instruction de Mme ANCEL, la garde à vue a été levée le 8 avril 2025 à 17h40 et M. LAMBLIN a été convoqué devant le tribunal correctionnel de Villefranche-sur-Saône le 24 juin 2025 à 13h30.

Fait à Villefranche-sur-Saône, le 10 avril 2025.""",
    ),
]

PERSONS = [
    {"name": "Nathalie BOUVERET", "role": "victime", "aliases": ["Mme BOUVERET"]},
    {"name": "Cédric LAMBLIN", "role": "mis en cause", "aliases": ["M. LAMBLIN", "LAMBLIN Cédric"]},
    {"name": "Jessica PRUVOST", "role": "autre", "aliases": ["Jessica"]},
    {"name": "Manon DELATTRE", "role": "témoin", "aliases": ["Mme DELATTRE"]},
    {"name": "Sabrina KOUADIO", "role": "témoin", "aliases": ["Mme KOUADIO"]},
    {"name": "Patrice GODARD", "role": "autre", "aliases": []},
    {"name": "Élodie RAMBAUD", "role": "enquêteur", "aliases": []},
    {"name": "Lucas FONTENEAU", "role": "enquêteur", "aliases": []},
    {"name": "Véronique ANCEL", "role": "magistrat", "aliases": ["Mme ANCEL"]},
    {"name": "Romain DESCHAMPS", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2017-05-02", None, "embauche de Cédric LAMBLIN au supermarché Bellevie", "depuis le 2 mai 2017"),
    ("2019-10-17", None, "condamnation de Cédric LAMBLIN pour vol", "17 octobre 2019"),
    ("2025-01-02", "19:42", "premier remboursement fictif sur la caisse n° 7", "02/01/2025  19h42"),
    ("2025-03-14", None, "dépôt d'espèces présentant le plus gros écart (450 euros)", "dépôt du 14 mars 2025"),
    ("2025-03-22", "20:58", "dernier remboursement fictif", "22/03/2025  20h58"),
    ("2025-03-24", None, "signalement des anomalies par la contrôleuse de gestion", "Le 24 mars 2025, notre contrôleuse"),
    ("2025-03-25", None, "rapport du contrôle de gestion", "Établi le 25 mars 2025"),
    ("2025-03-27", "20:52", "vol de quatre cartouches de cigarettes dans la réserve tabac", "20h52m31"),
    ("2025-03-27", "21:14", "sortie de Cédric LAMBLIN avec le sac à dos", "21h14m40"),
    ("2025-03-28", None, "mise à pied conservatoire", "mis à pied à titre conservatoire le 28 mars 2025"),
    ("2025-03-31", "10:15", "dépôt de plainte", "Le 31 mars 2025 à 10h15"),
    ("2025-03-31", "15:30", "exploitation de la vidéoprotection", "Le 31 mars 2025 à 15h30"),
    ("2025-04-01", "14:00", "audition de Manon DELATTRE", "Le 1er avril 2025 à 14h00"),
    ("2025-04-08", "07:05", "placement en garde à vue de Cédric LAMBLIN", "placé en garde à vue le 8 avril 2025 à 07h05"),
    ("2025-04-08", "07:40", "perquisition du véhicule", "le 8 avril 2025 à 07h40"),
    ("2025-04-08", "09:30", "audition de Cédric LAMBLIN", "Le 8 avril 2025 à 09h30"),
    ("2025-06-24", "13:30", "audience devant le tribunal correctionnel", "le 24 juin 2025 à 13h30"),
]

OFFENCES = [
    {"qualification": "abus de confiance", "code_article": "314-1"},
    {"qualification": "vol", "code_article": "311-1"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("rapport", 3, 3),
    ("piece_comptable", 4, 4),
    ("pv_videoprotection", 5, 5),
    ("planche_photographique", 6, 6),
    ("pv_audition", 7, 7),
    ("requisition", 8, 8),
    ("requisition", 9, 9),
    ("pv_audition", 10, 11),
    ("note_manuscrite", 12, 12),
    ("casier_judiciaire", 13, 13),
    ("rapport", 14, 14),
]

QUESTIONS = [
    ("À combien le magasin évalue-t-il l'ensemble de ses pertes ?", ["s'élève à 12 392,60 euros", "Préjudice retenu : 12 392,60 euros"]),
    ("Combien de faux remboursements ont été passés sur la caisse 7 ?", ["Total : 63 remboursements", "recense 63 remboursements", "a enregistré 63 remboursements fictifs", "63 crédits libellés"]),
    ("Quelle somme a été détournée au moyen des remboursements bidon ?", ["8 742,60 euros de remboursements fictifs", "63 remboursements, 8 742,60 euros", "pour un total de 8 742,60 euros", "recense 63 remboursements pour 8 742,60 euros"]),
    ("Combien d'argent liquide manquait dans les versements au transporteur de fonds ?", ["3 150,00 euros de manques", "pour un total de 3 150,00 euros", "manque total de 3 150,00 euros"]),
    ("Combien de bordereaux de dépôt sont déficitaires ?", ["12 présentent un écart négatif", "Les 12 bordereaux de dépôt", "Douze dépôts d'espèces"]),
    ("Quel a été le plus gros trou sur un seul dépôt ?", ["Le plus important écart, de 450,00 euros"]),
    ("Combien de cartouches de cigarettes le salarié a-t-il emportées ?", ["4 cartouches à 125 euros", "il prend quatre cartouches", "j'ai pris quatre cartouches", "il a emporté quatre cartouches"]),
    ("Par quels chiffres se termine la carte bancaire sur laquelle arrivait l'argent ?", ["se terminant par 4417", "carte ****4417", "Carte n° 4970 XXXX XXXX 4417"]),
    ("Qui est titulaire de la carte créditée ?", ["rattachée au compte de Mme Jessica PRUVOST"]),
    ("Depuis quand le chef de caisse était-il employé par l'enseigne ?", ["depuis le 2 mai 2017"]),
    ("À quelle heure précise la caméra le montre-t-elle glisser les cigarettes dans son sac ?", ["20h52m31"]),
    ("À quelle heure a-t-il quitté le magasin avec le sac ?", ["21h14m40"]),
    ("À quel prix a-t-il écoulé les cigarettes ?", ["60 euros la cartouche"]),
    ("Quelle somme le suspect reconnaît-il avoir prise ?", ["ça doit faire 3 000 euros", "n'aurait détourné que 3 000 euros"]),
    ("Quelles déclarations du chef de caisse sont démenties par les pièces ?", ["ça doit faire 3 000 euros", "je n'ai jamais pris un centime", "total 11 850", "portent tous la signature de M. LAMBLIN"]),
    ("Quel total figure sur la feuille retrouvée dans sa voiture ?", ["total 11 850"]),
    ("Combien a été dépensé en paris en ligne depuis le compte de sa compagne ?", ["paris sportifs, pour un total de 2 760,00 euros"]),
    ("Quelle collègue l'a vu utiliser une carte au nom d'une femme ?", ["une carte bancaire rose au nom d'une femme"]),
    ("Le chef de caisse a-t-il déjà été condamné ?", ["jugement du tribunal correctionnel de Mâcon du 17 octobre 2019"]),
    ("Quel article vise le détournement de l'argent qui lui était confié ?", ["abus de confiance, article 314-1"]),
    ("Sous quel article tombe la soustraction des cigarettes ?", ["vol simple, prévu et réprimé par les articles 311-1"]),
    ("À quelle heure a-t-il été placé en garde à vue ?", ["placé en garde à vue le 8 avril 2025 à 07h05"]),
    ("Combien propose-t-il de rembourser chaque mois ?", ["verser 300 euros par mois"]),
    ("Quand passera-t-il devant le tribunal ?", ["le 24 juin 2025 à 13h30"]),
    ("Quelle est la plaque de la voiture fouillée ?", ["immatriculé FK-219-PD"]),
    ("Qui d'autre que le suspect connaissait la combinaison du coffre ?", ["mon adjoint, M. Patrice GODARD"]),
    ("Combien représente en moyenne chaque remboursement frauduleux ?", ["Montant moyen : 138,77 euros"]),
    ("Quand le salarié a-t-il été suspendu par son employeur ?", ["mis à pied à titre conservatoire le 28 mars 2025"]),
    ("Combien de personnes le supermarché emploie-t-il ?", []),
    ("Quel est le salaire mensuel du chef de caisse ?", []),
]

ANSWERS = {
    "À combien le magasin évalue-t-il l'ensemble de ses pertes ?": "12 392,60",
    "Combien de faux remboursements ont été passés sur la caisse 7 ?": "63",
    "Quelle somme a été détournée au moyen des remboursements bidon ?": "8 742,60",
    "Combien d'argent liquide manquait dans les versements au transporteur de fonds ?": "3 150,00",
    "Combien de bordereaux de dépôt sont déficitaires ?": "12",
    "Quel a été le plus gros trou sur un seul dépôt ?": "450,00",
    "Combien de cartouches de cigarettes le salarié a-t-il emportées ?": "quatre",
    "Par quels chiffres se termine la carte bancaire sur laquelle arrivait l'argent ?": "4417",
    "Depuis quand le chef de caisse était-il employé par l'enseigne ?": "2 mai 2017",
    "À quelle heure précise la caméra le montre-t-elle glisser les cigarettes dans son sac ?": "20h52m31",
    "À quelle heure a-t-il quitté le magasin avec le sac ?": "21h14m40",
    "À quel prix a-t-il écoulé les cigarettes ?": "60 euros",
    "Quelle somme le suspect reconnaît-il avoir prise ?": "3 000 euros",
    "Quel total figure sur la feuille retrouvée dans sa voiture ?": "11 850",
    "Combien a été dépensé en paris en ligne depuis le compte de sa compagne ?": "2 760,00",
    "Quel article vise le détournement de l'argent qui lui était confié ?": "314-1",
    "Sous quel article tombe la soustraction des cigarettes ?": "311-1",
    "À quelle heure a-t-il été placé en garde à vue ?": "07h05",
    "Combien propose-t-il de rembourser chaque mois ?": "300 euros",
    "Quand passera-t-il devant le tribunal ?": "24 juin 2025",
    "Quelle est la plaque de la voiture fouillée ?": "FK-219-PD",
    "Combien représente en moyenne chaque remboursement frauduleux ?": "138,77",
    "Quand le salarié a-t-il été suspendu par son employeur ?": "28 mars 2025",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "montant détourné : 3 000 euros selon Cédric LAMBLIN, 8 742,60 euros de remboursements selon le contrôle de gestion et la banque, 11 850 sur sa propre feuille",
        "phrases": ["ça doit faire 3 000 euros", "63 remboursements, 8 742,60 euros", "63 crédits libellés", "total 11 850"],
    },
    {
        "about": "dépôts d'espèces : LAMBLIN nie toute soustraction, les 12 bordereaux déficitaires portent sa signature et sa feuille mentionne les dépôts",
        "phrases": ["je n'ai jamais pris un centime", "portent tous la signature de M. LAMBLIN", "dépôts  3 150 ?"],
    },
    {
        "about": "contenu du sac à dos du 27 mars : linge de sport selon ce qu'il a dit à Mme DELATTRE, cigarettes selon la vidéo et ses aveux",
        "phrases": ["il emportait son linge de sport", "c'était les cigarettes"],
    },
]
