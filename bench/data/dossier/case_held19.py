# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 19: a fictitious « escroquerie au préjudice d'un organisme de protection sociale » in
Perpignan (Pyrénées-Orientales): a recipient of the RSA majoré, the allocation de soutien familial and the APL
declares herself a single parent for three years while her partner, a lorry driver with a salary, lives with her,
pays the remaining rent and sends her money every month; her mother signs a false certificate that he lives with
her in Rivesaltes. The CAF's sworn inspector, the neighbour, the employer, the letting agency, two bank statements,
the CAF declarations history, a surveillance photo, the mailbox and a social-network post establish the cohabitation.
Written blind (no access to the system's code or other evaluation data). All persons, companies, accounts, phone
lines, plates and street names/numbers are invented; the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale des Pyrénées-Orientales - Perpignan\nGroupe économique et financier - Procédure n° 2025/04518\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RÉCEPTION DE PLAINTE

Le jeudi 18 septembre 2025 à 14h00, devant nous, Capitaine de police Laurent VIDAL, officier de police judiciaire,

Se présente Mme Carole PUJOL, responsable du service de lutte contre la fraude de la Caisse d'allocations familiales des Pyrénées-Orientales, munie d'un pouvoir du directeur, qui dépose plainte au nom de la caisse et déclare :

« Mme Sabrina FERRANDIS, allocataire sous le n° 4 127 806 R, perçoit depuis plusieurs années le revenu de solidarité active majoré au titre de parent isolé, l'allocation de soutien familial pour ses deux enfants et une aide personnalisée au logement versée directement à son bailleur.

Dans toutes ses déclarations, elle se présente comme vivant seule avec ses enfants, sans aucune ressource ni pension alimentaire. Un signalement anonyme reçu en juin 2025 indiquait qu'elle vivait en couple avec le père des enfants, qui travaille.

Notre contrôleur assermenté a mené une enquête sur place et auprès des tiers. Ses conclusions établissent une vie maritale au moins depuis le mois d'octobre 2022. La dissimulation de cette situation et des revenus du concubin a ouvert des droits qui n'étaient pas dus.

Au jour de la plainte, le préjudice de la caisse est provisoirement estimé à plus de 50 000 euros ; le calcul définitif de l'indu est en cours. Les versements ont été suspendus le 1er septembre 2025.

Je vous remets le rapport d'enquête du contrôleur et l'attestation d'hébergement produite par l'allocataire. »

Mme PUJOL remet les pièces, l'attestation étant placée sous scellé n° 1.

Lecture faite, Mme PUJOL persiste et signe.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
CAISSE D'ALLOCATIONS FAMILIALES DES PYRÉNÉES-ORIENTALES
RAPPORT D'ENQUÊTE DU CONTRÔLEUR ASSERMENTÉ - annexé à la plainte

Contrôleur : M. Thierry BAILLS, agent agréé et assermenté.
Allocataire : Mme Sabrina FERRANDIS, 27 rue des Grenadiers, résidence Les Micocouliers, bâtiment B, appartement 14, 66000 Perpignan (quartier du Moulin-à-Vent).

Visite au domicile le mardi 26 août 2025 à 09h10, avec l'accord de l'allocataire.
Constatations :
- logement de type 3, deux chambres d'enfants et une chambre parentale avec un lit double ;
- dans la salle de bains, deux brosses à dents d'adulte, un rasoir et de la mousse à raser ;
- dans l'entrée, une paire de chaussures de sécurité pointure 44 et une veste de travail marquée « Transports Catalans » ;
- sur la boîte aux lettres n° 14, une étiquette aux deux noms.

Interrogée, l'allocataire déclare que ces affaires appartiennent au père des enfants, M. Kévin ROUQUETTE, qui « passe le week-end ». Elle refuse de signer le procès-verbal de visite.

Vérifications auprès des tiers : le contrat d'électricité du logement est souscrit aux deux noms ; le concubin déclare cette adresse à son employeur ; le loyer résiduel est prélevé sur son compte.

Conclusion : vie maritale établie depuis octobre 2022 au moins. Ressources du concubin non déclarées. Rappel des droits et saisine du service contentieux. Qualification de fraude retenue par la commission du 9 septembre 2025.

Le contrôleur, Thierry BAILLS.""",
    ),
    # 3
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 29 septembre 2025 à 10h30, devant nous, Brigadier de police Manon SALVAT, agent de police judiciaire,

Entendons Mme Conchita MOLINS, née le 2 février 1951 à Elne (66), retraitée, demeurant résidence Les Micocouliers, bâtiment B, appartement 13, 27 rue des Grenadiers à Perpignan, qui déclare :

« J'habite la porte d'à côté depuis vingt-deux ans. La jeune femme du 14 vit avec son mari, le papa des petits. Je dis son mari, je ne sais pas s'ils sont mariés. Ils sont là tous les deux depuis au moins trois ans, depuis l'automne où il a commencé chez les transports.

Il part tous les matins très tôt, vers 4h45, je l'entends fermer la porte et descendre l'escalier. Le soir il rentre vers 18 heures avec sa grosse voiture grise. Le samedi, c'est lui qui monte les packs d'eau et les courses.

Il y a deux ans, il m'a changé une ampoule dans la cage d'escalier et il m'a dit : « Si vous avez besoin, on est au 14. »

Je ne me souviens pas l'avoir vu partir avec des valises. Le chauffe-eau, c'est lui qui a appelé l'agence quand il a fui. »

Lecture faite, Mme MOLINS persiste et signe.""",
    ),
    # 4
    (
        "hand",
        """Attestation d'hébergement - scellé n° 1
Je soussignée Josiane FERRANDIS
demeurant 8 impasse des Amandiers
66600 Rivesaltes
atteste sur l'honneur héberger
à titre gratuit à mon domicile
M. Kévin ROUQUETTE
depuis le 1er février 2021.
Il n'habite pas chez ma fille Sabrina.
Fait pour servir et valoir ce que
de droit.
A Rivesaltes le 12 avril 2023
J. Ferrandis""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 1er octobre 2025 à 14h30, devant nous, Capitaine de police Laurent VIDAL, officier de police judiciaire,

Entendons M. Jordi SOLÉ, né le 8 août 1970 à Prades (66), gérant de la SAS Transports Catalans, zone d'activités de la Mirande à Rivesaltes, qui déclare :

« M. Kévin ROUQUETTE est chauffeur poids lourd chez nous en contrat à durée indéterminée depuis le 5 septembre 2022. Il fait surtout des tournées régionales vers Narbonne et Montpellier, avec environ deux nuits de découché par semaine.

Son salaire brut mensuel de base est de 2 760 euros, plus les primes de nuit et les frais de découché.

Sur son contrat de travail, ses bulletins de paie et sa fiche de renseignements, l'adresse qu'il nous a donnée dès l'embauche est le 27 rue des Grenadiers à Perpignan. Il ne nous a jamais signalé d'adresse à Rivesaltes.

Il a demandé l'affiliation de sa famille à la mutuelle d'entreprise : sa compagne, Mme Sabrina FERRANDIS, et leurs deux enfants y sont inscrits comme ayants droit depuis le 1er janvier 2023. Il a indiqué « concubine » dans la case de la situation familiale.

Je vous remets une copie du contrat et du bulletin d'adhésion à la mutuelle. »

Lecture faite, M. SOLÉ persiste et signe.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 2 octobre 2025 à 09h45, devant nous, Brigadier de police Manon SALVAT, agent de police judiciaire,

Entendons Mme Hélène CASES, née le 15 mai 1978 à Perpignan, gestionnaire locative à l'agence Roussillon Habitat, 4 boulevard Wilson à Perpignan, qui déclare :

« Le bail de l'appartement 14 du bâtiment B est au seul nom de Mme FERRANDIS depuis le 1er juillet 2019. Le loyer est de 745 euros charges comprises. L'aide au logement de la CAF, 286 euros par mois en 2025, nous est versée directement ; il reste donc 459 euros à la charge de la locataire.

Jusqu'en septembre 2022, elle payait le reste par virement. Depuis le mois d'octobre 2022, le reste est prélevé sur un compte au nom de M. Kévin ROUQUETTE : il est venu signer lui-même le mandat de prélèvement à l'agence, en disant qu'il « s'installait avec sa compagne ».

En février 2024, c'est encore lui qui a signalé la fuite du chauffe-eau ; sur la fiche d'intervention, il a signé comme « occupant ».

Aucun avenant n'a été fait au bail, la locataire ne l'a pas demandé. »

Lecture faite, Mme CASES persiste et signe.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Surveillance, 27 rue des Grenadiers, mardi 14 octobre 2025 à 04h47
Homme en veste de travail sortant du hall du bâtiment B et montant dans un Dacia Duster gris immatriculé FX-519-RP, stationné sur le parking de la résidence depuis 19h05 la veille.""",
    ),
    # 8
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Boîte aux lettres n° 14 du bâtiment B, résidence Les Micocouliers, mardi 26 août 2025 à 09h05
Étiquette imprimée « FERRANDIS - ROUQUETTE » ; dans la boîte, une lettre de la mutuelle adressée à M. Kévin ROUQUETTE.
Cliché du contrôleur de la CAF, annexé à son rapport""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
BANQUE DU ROUSSILLON - agence Perpignan Moulin-à-Vent
Réponse à réquisition judiciaire du 06/10/2025
Titulaire : Mme FERRANDIS Sabrina - compte n° 30481 00726 41190385
Relevé du 01/08/2025 au 31/08/2025

01/08  solde créditeur                               312,57
05/08  VIR CAF DES PYRENEES-ORIENTALES RSA 07/2025  1 108,42
05/08  VIR CAF DES PYRENEES-ORIENTALES ASF 07/2025    398,36
07/08  VIR ROUQUETTE KEVIN - motif « pour le mois »   450,00
09/08  CB CARREFOUR CONTACT PERPIGNAN                 -86,40
12/08  PRLV SOLEIL ENERGIE - contrat 27 R GRENADIERS -94,20
16/08  CB PHARMACIE DU MOULIN A VENT                 -23,15
21/08  RETRAIT DAB PERPIGNAN                         -200,00
30/08  solde créditeur                             1 865,60

Récapitulatif 01/10/2022 - 31/08/2025 :
35 virements reçus de ROUQUETTE KEVIN, de 300,00 à 450,00,
pour un total de 13 650,00 EUR.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
CAF DES PYRÉNÉES-ORIENTALES - Réponse à réquisition du 06/10/2025
Historique du dossier allocataire n° 4 127 806 R - FERRANDIS Sabrina

Situation familiale enregistrée : isolée depuis le 14/03/2021
(déclaration de séparation déposée en ligne le 14/03/2021)
Enfants à charge : 2 (nés en 2017 et 2020)

Déclarations trimestrielles de ressources (RSA), période 10/2022 - 07/2025 :
nombre de déclarations déposées ............... 12
ressources d'activité déclarées ............... 0,00 EUR
pension alimentaire reçue ..................... 0,00 EUR
vie en couple déclarée ........................ non

Dernière déclaration : 02/07/2025 à 22h14, espace Mon Compte.
Pièce jointe au dossier le 13/04/2023 : attestation d'hébergement
manuscrite de Mme Josiane FERRANDIS (hébergement de M. ROUQUETTE
à Rivesaltes).

Versements suspendus à compter du 01/09/2025.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INVESTIGATIONS

Nous, Capitaine de police Laurent VIDAL, officier de police judiciaire,

Le lundi 6 octobre 2025, adressons des réquisitions (article 77-1-1 du CPP) à la Banque du Roussillon, à la Banque Occitane de Dépôt et à la CAF des Pyrénées-Orientales.

La consultation du fichier des comptes bancaires établit que M. Kévin ROUQUETTE, né le 21 novembre 1987 à Céret, est titulaire d'un compte de dépôt à la Banque Occitane de Dépôt, ouvert le 3 octobre 2022 avec l'adresse du 27 rue des Grenadiers à Perpignan.

Le fournisseur Soleil Énergie nous indique que le contrat d'électricité du logement a été mis aux deux noms, M. ROUQUETTE et Mme FERRANDIS, le 3 octobre 2022. Le numéro de téléphone de contact du contrat est le 06 39 98 51 07, ligne attribuée à M. ROUQUETTE.

Le système d'immatriculation des véhicules établit que le Dacia Duster gris FX-519-RP est immatriculé au nom de M. ROUQUETTE à l'adresse du 8 impasse des Amandiers à Rivesaltes, domicile de Mme Josiane FERRANDIS, mère de l'allocataire.

Le mercredi 8 octobre 2025 à 16h20, entendons par téléphone Mme Josiane FERRANDIS, 63 ans. Elle reconnaît avoir écrit l'attestation d'hébergement à la demande de sa fille, « pour la CAF ». Elle précise que M. ROUQUETTE n'a jamais vécu chez elle et qu'elle a seulement accepté que sa carte grise soit à son adresse. Elle sera convoquée pour audition.

Du lundi 13 au vendredi 17 octobre 2025, une surveillance discrète de la résidence est mise en place : le Dacia Duster y stationne quatre nuits sur cinq, de 19h environ à 4h45.""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Capture du réseau social, compte public « Sabri Ferrandis », effectuée le 7 octobre 2025
Publication du 14 juin 2025 : photo du couple et des deux enfants, légende « 10 ans d'amour et deux merveilles, merci mon coeur », 63 mentions J'aime ; le compagnon est identifié sous le nom « Kev Rouquette ».""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le mardi 4 novembre 2025 à 09h30, devant nous, Capitaine de police Laurent VIDAL, officier de police judiciaire,

Entendons Mme Sabrina FERRANDIS, née le 3 mai 1989 à Perpignan, âgée de 36 ans, sans profession, demeurant 27 rue des Grenadiers à Perpignan, informée de ses droits, qui renonce à l'assistance d'un avocat et déclare :

« Kévin et moi, on est séparés depuis mars 2021, je l'ai déclaré à la CAF à ce moment-là. Depuis, il habite chez ma mère à Rivesaltes. Il vient voir les enfants le week-end, c'est normal, c'est leur père.

Il ne me donne pas d'argent, pas un centime depuis la séparation. C'est pour ça que je touche l'allocation de soutien familial.

Le loyer, c'est moi qui le paie, avec l'aide au logement et mon RSA. Je ne vois pas de quoi on parle.

Les chaussures et la veste, il les laisse chez moi pour le week-end. La boîte aux lettres, c'est un vieux nom qui est resté.

La photo sur internet, c'était pour l'anniversaire de notre rencontre, pour les enfants. Ça ne veut pas dire qu'on vit ensemble.

L'attestation, c'est ma mère qui l'a écrite, je ne lui ai rien demandé. »

Lecture faite, Mme FERRANDIS persiste et signe.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
BANQUE OCCITANE DE DÉPÔT - Réponse à réquisition du 06/10/2025
Titulaire : M. ROUQUETTE Kévin - 27 rue des Grenadiers, 66000 Perpignan
Compte n° 16607 00415 88230917 - relevé du 01/08/2025 au 31/08/2025

01/08  solde créditeur                                 640,18
01/08  VIR SAS TRANSPORTS CATALANS SALAIRE 07/2025   2 140,36
05/08  PRLV ROUSSILLON HABITAT LOYER FERRANDIS APT14  -459,00
07/08  VIR FERRANDIS SABRINA - « pour le mois »      -450,00
11/08  CB STATION TOTAL RIVESALTES                    -78,90
18/08  CB DECATHLON PERPIGNAN - rentrée enfants      -164,70
25/08  PRLV MUTUELLE ENTREPRISE - formule famille    -112,00
29/08  solde créditeur                               1 515,94

Prélèvements ROUSSILLON HABITAT depuis le 05/10/2022 :
35 échéances, total 15 925,00 EUR (loyer résiduel de 445,00
à 459,00 selon les révisions annuelles).""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
CAF DES PYRÉNÉES-ORIENTALES - Service contentieux
NOTIFICATION ET CALCUL DE L'INDU FRAUDULEUX - le 20/10/2025
Allocataire n° 4 127 806 R - FERRANDIS Sabrina
Période : du 01/10/2022 au 31/08/2025 (35 mois)

Droits recalculés avec vie maritale et salaires du concubin :

Prestation                   versé        dû          indu
RSA majoré              37 412,60      0,00     37 412,60
ASF (2 enfants)         12 731,52      0,00     12 731,52
APL (tiers payant)       9 870,00  3 752,00      6 118,00

TOTAL DE L'INDU                                56 262,12 EUR

Pénalité administrative prononcée par le directeur : 4 000 EUR.
Plan de remboursement : aucun, dossier transmis au procureur
de la République.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le mardi 4 novembre 2025 à 11h15, devant nous, Capitaine de police Laurent VIDAL, officier de police judiciaire,

Entendons M. Kévin ROUQUETTE, né le 21 novembre 1987 à Céret (66), âgé de 37 ans, chauffeur poids lourd, informé de ses droits, qui renonce à l'assistance d'un avocat et déclare :

« Je ne vais pas vous mentir. Je vis avec Sabrina et les enfants au 27 rue des Grenadiers depuis que j'ai été embauché chez Transports Catalans, en septembre 2022. On s'était séparés un moment en 2021, je dormais chez sa mère, et je suis revenu.

Je paie le reste du loyer par prélèvement et je lui fais un virement tous les mois pour les courses. Je dors à la maison toutes les nuits, sauf les découchés, deux nuits par semaine à peu près.

Pour la CAF, Sabrina m'a dit que tant que le bail était à son nom, ils n'avaient pas besoin de savoir. La carte grise chez sa mère, c'était son idée aussi. Je n'ai jamais rempli ses papiers. Je savais qu'elle touchait quelque chose, je ne savais pas combien.

Je suis prêt à aider à rembourser. »

Lecture faite, M. ROUQUETTE persiste et signe.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : FERRANDIS Sabrina, née le 3 mai 1989 à Perpignan (66).
Néant.

Relevé des condamnations de : ROUQUETTE Kévin, né le 21 novembre 1987 à Céret (66).
Condamnation n° 1 : jugement du tribunal correctionnel de Perpignan du 7 mars 2016. Conduite d'un véhicule sans permis. Peine : 600 euros d'amende.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine de police Laurent VIDAL à Monsieur le Procureur de la République près le tribunal judiciaire de Perpignan.

Le jeudi 18 septembre 2025, la Caisse d'allocations familiales des Pyrénées-Orientales a déposé plainte contre Mme Sabrina FERRANDIS, 36 ans, allocataire déclarée comme parent isolé depuis le 14 mars 2021.

L'enquête établit que M. Kévin ROUQUETTE, père des deux enfants, vit au domicile de l'allocataire depuis octobre 2022 : témoignage de la voisine, contrat de travail et mutuelle d'entreprise, bail et mandat de prélèvement, contrat d'électricité, surveillance du véhicule, publication sur un réseau social. M. ROUQUETTE l'a reconnu.

Sur la période, il a perçu un salaire net mensuel de 2 140,36 euros (août 2025), a réglé 15 925,00 euros de loyer résiduel et a viré à sa compagne 13 650,00 euros, soit 450 euros par mois en dernier lieu. Aucune de ces ressources n'a été déclarée dans les 12 déclarations trimestrielles.

La caisse chiffre l'indu frauduleux à 56 262,12 euros sur 35 mois (RSA majoré, allocation de soutien familial, part de l'aide au logement).

Mme Josiane FERRANDIS a reconnu avoir rédigé une attestation d'hébergement mensongère à la demande de sa fille.

Les faits sont susceptibles de recevoir la qualification d'escroquerie au préjudice d'un organisme de protection sociale (articles 313-1 et 313-2 du Code pénal) à l'encontre de Mme Sabrina FERRANDIS, et d'établissement d'une attestation faisant état de faits matériellement inexacts (article 441-7 du Code pénal) à l'encontre de Mme Josiane FERRANDIS.

Fait à Perpignan, le lundi 17 novembre 2025.""",
    ),
]

PERSONS = [
    {"name": "Sabrina FERRANDIS", "role": "mis en cause", "aliases": ["FERRANDIS Sabrina", "Mme FERRANDIS", "Sabri Ferrandis"]},
    {"name": "Kévin ROUQUETTE", "role": "mis en cause", "aliases": ["ROUQUETTE Kévin", "M. ROUQUETTE", "Kev Rouquette"]},
    {"name": "Josiane FERRANDIS", "role": "mis en cause", "aliases": ["Mme Josiane FERRANDIS", "J. Ferrandis"]},
    {"name": "Caisse d'allocations familiales des Pyrénées-Orientales", "role": "victime", "aliases": ["la CAF", "la caisse"]},
    {"name": "Carole PUJOL", "role": "victime", "aliases": ["Mme PUJOL"]},
    {"name": "Thierry BAILLS", "role": "autre", "aliases": ["M. Thierry BAILLS", "le contrôleur"]},
    {"name": "Conchita MOLINS", "role": "témoin", "aliases": ["Mme MOLINS"]},
    {"name": "Jordi SOLÉ", "role": "témoin", "aliases": ["M. SOLÉ"]},
    {"name": "Hélène CASES", "role": "témoin", "aliases": ["Mme CASES"]},
    {"name": "Laurent VIDAL", "role": "enquêteur", "aliases": ["Capitaine de police Laurent VIDAL"]},
    {"name": "Manon SALVAT", "role": "enquêteur", "aliases": ["Brigadier de police Manon SALVAT"]},
]

EVENTS = [
    ("2016-03-07", None, "condamnation de Kévin ROUQUETTE pour conduite sans permis", "du 7 mars 2016"),
    ("2021-03-14", None, "déclaration de séparation à la CAF", "déposée en ligne le 14/03/2021"),
    ("2022-09-05", None, "embauche de Kévin ROUQUETTE chez Transports Catalans", "depuis le 5 septembre 2022"),
    ("2022-10-03", None, "contrat d'électricité mis aux deux noms", "ROUQUETTE et Mme FERRANDIS, le 3 octobre 2022"),
    ("2023-04-12", None, "rédaction de l'attestation d'hébergement", "A Rivesaltes le 12 avril 2023"),
    ("2025-08-26", "09:10", "visite du contrôleur de la CAF au domicile", "le mardi 26 août 2025 à 09h10"),
    ("2025-09-18", "14:00", "plainte de la CAF", "Le jeudi 18 septembre 2025 à 14h00"),
    ("2025-10-08", "16:20", "audition téléphonique de la mère de l'allocataire", "Le mercredi 8 octobre 2025 à 16h20"),
    ("2025-10-14", "04:47", "le concubin quitte la résidence au petit matin", "mardi 14 octobre 2025 à 04h47"),
    ("2025-10-20", None, "notification de l'indu frauduleux", "INDU FRAUDULEUX - le 20/10/2025"),
    ("2025-11-04", "09:30", "audition libre de Sabrina FERRANDIS", "Le mardi 4 novembre 2025 à 09h30"),
    ("2025-11-04", "11:15", "audition libre de Kévin ROUQUETTE", "Le mardi 4 novembre 2025 à 11h15"),
]

OFFENCES = [
    {"qualification": "escroquerie au préjudice d'un organisme de protection sociale", "code_article": "313-2"},
    {"qualification": "escroquerie", "code_article": "313-1"},
    {"qualification": "établissement d'une attestation faisant état de faits matériellement inexacts", "code_article": "441-7"},
]

DOCUMENTS = [
    ("plainte", 1, 1),
    ("rapport", 2, 2),
    ("pv_audition", 3, 3),
    ("note_manuscrite", 4, 4),
    ("pv_audition", 5, 6),
    ("photographie", 7, 8),
    ("releve_bancaire", 9, 9),
    ("requisition", 10, 10),
    ("pv_constatations", 11, 11),
    ("photographie", 12, 12),
    ("pv_audition", 13, 13),
    ("releve_bancaire", 14, 14),
    ("rapport", 15, 15),
    ("pv_audition", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À combien s'élève au total la somme indûment perçue par l'allocataire selon le calcul définitif de la caisse ?", ["TOTAL DE L'INDU                                56 262,12 EUR", "chiffre l'indu frauduleux à 56 262,12 euros"]),
    ("Quel montant la caisse avançait-elle pour son préjudice au moment du dépôt de plainte ?", ["provisoirement estimé à plus de 50 000 euros"]),
    ("Quelle part de l'indu correspond au revenu de solidarité active ?", ["RSA majoré              37 412,60"]),
    ("Combien la mère de famille a-t-elle touché à tort au titre de l'allocation de soutien familial ?", ["ASF (2 enfants)         12 731,52"]),
    ("Sur combien de mois porte le rappel des prestations ?", ["Période : du 01/10/2022 au 31/08/2025 (35 mois)", "sur 35 mois (RSA majoré"]),
    ("Quel montant de RSA a été viré sur le compte de l'allocataire début août 2025 ?", ["VIR CAF DES PYRENEES-ORIENTALES RSA 07/2025"]),
    ("Combien le père des enfants a-t-il versé en tout sur le compte de sa compagne depuis octobre 2022 ?", ["pour un total de 13 650,00 EUR", "a viré à sa compagne 13 650,00 euros"]),
    ("Quel salaire net le chauffeur a-t-il reçu de son employeur pour le mois de juillet 2025 ?", ["VIR SAS TRANSPORTS CATALANS SALAIRE 07/2025", "un salaire net mensuel de 2 140,36 euros"]),
    ("Quel est le salaire de base brut du concubin selon le gérant de l'entreprise de transport ?", ["Son salaire brut mensuel de base est de 2 760 euros"]),
    ("Quelle somme est prélevée chaque mois sur le compte du concubin au profit de l'agence immobilière ?", ["PRLV ROUSSILLON HABITAT LOYER FERRANDIS APT14  -459,00", "il reste donc 459 euros à la charge de la locataire"]),
    ("Quel est le montant du loyer de l'appartement, charges comprises ?", ["Le loyer est de 745 euros charges comprises"]),
    ("Combien la CAF verse-t-elle chaque mois au bailleur au titre de l'aide au logement en 2025 ?", ["286 euros par mois en 2025"]),
    ("Depuis quand la grand-mère prétend-elle loger gratuitement le père des enfants ?", ["depuis le 1er février 2021."]),
    ("À quelle date l'allocataire a-t-elle déclaré à la caisse s'être séparée de son compagnon ?", ["isolée depuis le 14/03/2021", "parent isolé depuis le 14 mars 2021"]),
    ("Combien de déclarations trimestrielles de ressources l'allocataire a-t-elle déposées sur la période ?", ["nombre de déclarations déposées ............... 12", "dans les 12 déclarations trimestrielles"]),
    ("Depuis quelle date le chauffeur routier est-il salarié de l'entreprise de transport ?", ["en contrat à durée indéterminée depuis le 5 septembre 2022"]),
    ("Depuis quand la compagne et les enfants sont-ils couverts par la complémentaire santé de l'employeur ?", ["y sont inscrits comme ayants droit depuis le 1er janvier 2023"]),
    ("À quelle heure le conducteur du Duster a-t-il été photographié quittant la résidence ?", ["mardi 14 octobre 2025 à 04h47"]),
    ("Quelle est l'immatriculation du véhicule du compagnon ?", ["Dacia Duster gris immatriculé FX-519-RP", "le Dacia Duster gris FX-519-RP est immatriculé"]),
    ("Quel numéro de téléphone figure comme contact sur le contrat d'électricité du logement ?", ["le 06 39 98 51 07"]),
    ("Combien d'années de couple la publication sur le réseau social célèbre-t-elle ?", ["légende « 10 ans d'amour"]),
    ("Quel montant de pénalité administrative le directeur de la caisse a-t-il infligé ?", ["Pénalité administrative prononcée par le directeur : 4 000 EUR"]),
    ("Combien de nuits sur cinq le véhicule du concubin a-t-il passé sur le parking pendant la surveillance ?", ["y stationne quatre nuits sur cinq"]),
    ("Quel article du Code pénal vise la fausse attestation signée par la mère de l'allocataire ?", ["(article 441-7 du Code pénal)"]),
    ("Le père des enfants vivait-il vraiment chez la grand-mère à Rivesaltes, comme l'affirme l'allocataire ?", ["il habite chez ma mère à Rivesaltes", "M. ROUQUETTE n'a jamais vécu chez elle"]),
    ("Est-il exact que l'allocataire ne reçoit aucun argent du père de ses enfants ?", ["pas un centime depuis la séparation", "VIR ROUQUETTE KEVIN - motif « pour le mois »   450,00"]),
    ("L'allocataire règle-t-elle vraiment elle-même son loyer ?", ["Le loyer, c'est moi qui le paie", "le reste est prélevé sur un compte au nom de M. Kévin ROUQUETTE"]),
    ("La séparation du couple déclarée en 2021 est-elle compatible avec ce qu'a déclaré le concubin à son employeur ?", ["on est séparés depuis mars 2021", "Il a indiqué « concubine » dans la case de la situation familiale"]),
    ("Quel est le montant mensuel de la pension alimentaire fixée par le juge aux affaires familiales ?", []),
    ("Quel est le numéro de téléphone portable de l'allocataire ?", []),
]

ANSWERS = {
    "À combien s'élève au total la somme indûment perçue par l'allocataire selon le calcul définitif de la caisse ?": "56 262,12",
    "Quel montant la caisse avançait-elle pour son préjudice au moment du dépôt de plainte ?": "50 000 euros",
    "Quelle part de l'indu correspond au revenu de solidarité active ?": "37 412,60",
    "Combien la mère de famille a-t-elle touché à tort au titre de l'allocation de soutien familial ?": "12 731,52",
    "Sur combien de mois porte le rappel des prestations ?": "35 mois",
    "Quel montant de RSA a été viré sur le compte de l'allocataire début août 2025 ?": "1 108,42",
    "Combien le père des enfants a-t-il versé en tout sur le compte de sa compagne depuis octobre 2022 ?": "13 650,00",
    "Quel salaire net le chauffeur a-t-il reçu de son employeur pour le mois de juillet 2025 ?": "2 140,36",
    "Quel est le salaire de base brut du concubin selon le gérant de l'entreprise de transport ?": "2 760 euros",
    "Quelle somme est prélevée chaque mois sur le compte du concubin au profit de l'agence immobilière ?": "459,00",
    "Quel est le montant du loyer de l'appartement, charges comprises ?": "745 euros",
    "Combien la CAF verse-t-elle chaque mois au bailleur au titre de l'aide au logement en 2025 ?": "286 euros",
    "Depuis quand la grand-mère prétend-elle loger gratuitement le père des enfants ?": "1er février 2021",
    "À quelle date l'allocataire a-t-elle déclaré à la caisse s'être séparée de son compagnon ?": "14/03/2021",
    "Combien de déclarations trimestrielles de ressources l'allocataire a-t-elle déposées sur la période ?": "12",
    "Depuis quelle date le chauffeur routier est-il salarié de l'entreprise de transport ?": "5 septembre 2022",
    "Depuis quand la compagne et les enfants sont-ils couverts par la complémentaire santé de l'employeur ?": "1er janvier 2023",
    "À quelle heure le conducteur du Duster a-t-il été photographié quittant la résidence ?": "04h47",
    "Quelle est l'immatriculation du véhicule du compagnon ?": "FX-519-RP",
    "Quel numéro de téléphone figure comme contact sur le contrat d'électricité du logement ?": "06 39 98 51 07",
    "Combien d'années de couple la publication sur le réseau social célèbre-t-elle ?": "10 ans",
    "Quel montant de pénalité administrative le directeur de la caisse a-t-il infligé ?": "4 000 EUR",
    "Combien de nuits sur cinq le véhicule du concubin a-t-il passé sur le parking pendant la surveillance ?": "quatre nuits sur cinq",
    "Quel article du Code pénal vise la fausse attestation signée par la mère de l'allocataire ?": "441-7",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "domicile du concubin : l'allocataire affirme qu'il vit chez sa mère à Rivesaltes (attestation d'hébergement), la mère reconnaît qu'il n'y a jamais vécu",
        "phrases": ["il habite chez ma mère à Rivesaltes", "M. ROUQUETTE n'a jamais vécu chez elle"],
        "between": ["Sabrina FERRANDIS", "Josiane FERRANDIS"],
    },
    {
        "about": "aide financière du père : l'allocataire dit ne recevoir « pas un centime », son relevé montre un virement mensuel de 450 euros de M. ROUQUETTE",
        "phrases": ["pas un centime depuis la séparation", "VIR ROUQUETTE KEVIN - motif « pour le mois »   450,00"],
        "between": ["Sabrina FERRANDIS", "Banque du Roussillon"],
    },
    {
        "about": "paiement du loyer : l'allocataire dit payer elle-même le loyer, l'agence indique que le reste est prélevé sur le compte de M. ROUQUETTE depuis octobre 2022",
        "phrases": ["Le loyer, c'est moi qui le paie", "le reste est prélevé sur un compte au nom de M. Kévin ROUQUETTE"],
        "between": ["Sabrina FERRANDIS", "Hélène CASES"],
    },
    {
        "about": "séparation : l'allocataire se dit séparée depuis mars 2021, le concubin l'a déclarée « concubine » à son employeur et l'a affiliée à la mutuelle familiale",
        "phrases": ["on est séparés depuis mars 2021", "Il a indiqué « concubine » dans la case de la situation familiale"],
        "between": ["Sabrina FERRANDIS", "Jordi SOLÉ"],
    },
]
