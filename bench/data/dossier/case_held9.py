# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 9: a fictitious case of travail dissimulé on a building-renovation site in Annecy: five
undeclared workers paid in cash, covered by sham subcontracting invoices from a sole trader. Written blind (no access to
the system's code or other evaluation data). All persons, companies, accounts, plates, phone lines and permit numbers
are invented; the towns, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Compagnie d'Annecy, Brigade de recherches (Haute-Savoie)\nProcédure n° 00388/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS - CONTRÔLE DE CHANTIER

Le mardi 11 mars 2025 à 07h45, nous, Maréchal des logis-chef Romain GAILLARD, officier de police judiciaire, assisté du Gendarme Léa TOCHON, agissant dans le cadre d'une opération du comité opérationnel départemental anti-fraude, en présence de Mme Laure DUNAND, inspectrice du recouvrement de l'URSSAF Rhône-Alpes,
Nous présentons sur le chantier de rénovation de la copropriété Le Semnoz, 14 avenue de Genève à Annecy, conduit par la SAS BÂTI-LAC RÉNOVATION (SIREN 908 417 263), dont le siège est 52 route des Creuses à Seynod (Annecy).

À notre arrivée, 9 ouvriers sont présents sur le site, dont plusieurs sur l'échafaudage de façade. Le chef de chantier, M. Sandro PERRILLAT, nous accueille et déclare que les ouvriers travaillant en façade ne sont pas les siens mais ceux d'un sous-traitant.

Nous relevons l'identité de chacun des travailleurs présents. Mme DUNAND consulte en temps réel le fichier des déclarations préalables à l'embauche (DPAE). Le résultat figure au relevé annexé.

Un carnet à spirale est découvert dans le bungalow de chantier, sur la table du chef de chantier ; il est placé sous scellé n° 1.

Le président de la société, M. Grégory MOLLIER, joint par téléphone, se présente sur le chantier à 09h30.""",
    ),
    # 2
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Panneau de chantier, avenue de Genève
Permis de construire n° PC 074 010 24 X0031 délivré le 12 septembre 2024 ; entreprise BÂTI-LAC RÉNOVATION ; début des travaux : 2 décembre 2024.
Panneau d'affichage réglementaire du chantier""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
RELEVÉ DES TRAVAILLEURS CONTRÔLÉS - 11/03/2025 - chantier Le Semnoz, Annecy
Consultation DPAE par l'inspectrice URSSAF

1  PERRILLAT Sandro   né 02/05/1988  française   chef de chantier   DPAE : OUI (BÂTI-LAC)
2  BOUVIER Kévin      né 19/08/1995  française   maçon              DPAE : OUI (BÂTI-LAC)
3  DA SILVA Hugo      né 07/01/1999  française   plaquiste          DPAE : OUI (BÂTI-LAC)
4  MAGNIN Théo        né 23/10/2007  française   apprenti           DPAE : OUI (BÂTI-LAC)
5  POPESCU Vasile     né 14/02/1993  roumaine    façadier           DPAE : NON
6  FERREIRA Nuno      né 30/06/1986  portugaise  façadier           DPAE : NON
7  IONESCU Marian     né 11/11/1990  roumaine    manoeuvre          DPAE : NON
8  BENALI Karim       né 05/04/2001  française   manoeuvre          DPAE : NON
9  DUMITRU Andrei     né 28/09/1997  roumaine    façadier           DPAE : NON

Travailleurs sans DPAE (ni chez BÂTI-LAC, ni chez aucun autre employeur) : 5
Visa de l'inspectrice : L. DUNAND""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE

Le mardi 11 mars 2025 à 10h15, devant nous, Gendarme Léa TOCHON, agent de police judiciaire, agissant sous le contrôle du Maréchal des logis-chef GAILLARD,
Entendons librement M. Sandro PERRILLAT, né le 2 mai 1988 à Thonon-les-Bains (74), chef de chantier à la SAS BÂTI-LAC RÉNOVATION depuis 2019, informé de ses droits, qui déclare :

« Je dirige l'équipe de BÂTI-LAC : Kévin, Hugo et l'apprenti Théo. Les cinq gars de la façade, c'est Ruben JACQUIER, de RJ FAÇADES, qui me les envoie. Je ne m'occupe ni de leur paie ni de leurs papiers.

Tout le monde fait 35 heures, 7 heures par jour du lundi au vendredi. Personne ne travaille le samedi, le chantier est fermé.

Le carnet trouvé dans le bungalow, c'est pour noter l'avancement du chantier et les livraisons. Je n'ai pas de numéro à donner, je n'ai recruté personne. »

Lecture faite, M. PERRILLAT persiste et signe.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION

Le mardi 11 mars 2025 à 11h30, devant nous, Maréchal des logis-chef Romain GAILLARD, officier de police judiciaire, avec le concours de M. Ion BARBU, interprète en langue roumaine ayant prêté serment,
Entendons M. Vasile POPESCU, né le 14 février 1993 à Iasi (Roumanie), façadier, hébergé dans un meublé à Cran-Gevrier (Annecy), qui déclare :

« J'ai été recruté le 4 janvier par téléphone par Sandro, le chef de chantier, au 06 39 98 64 03. Un cousin m'avait donné son numéro. J'ai commencé le lundi 6 janvier sur ce chantier.

On m'a promis 90 euros par jour, payés en liquide. Je n'ai jamais signé de contrat et je n'ai jamais reçu de fiche de paie. Nous travaillons 10 heures par jour, six jours sur sept, de 7 heures à 18 heures, et le samedi jusqu'à 16 heures.

C'est M. MOLLIER qui nous payait en liquide chaque vendredi soir, dans sa camionnette blanche immatriculée FT-307-KZ, une enveloppe à notre prénom.

Je ne connais pas de Ruben JACQUIER. Je ne l'ai jamais vu sur le chantier. »

Lecture faite par l'interprète, M. POPESCU persiste et signe.""",
    ),
    # 6
    (
        "hand",
        """Carnet bungalow - sem. 10 (3 au 8 mars)
Vasile 6 j / Nuno 6 j / Marian 5 j
Karim 6 j / Andrei 6 j
total 29 j x 90 = 2 610
horaires 7h-18h, sam 7h-16h
vendredi : G.M. passe enveloppes
RJ : facture à refaire fin mars
ne pas les mettre sur le registre""",
    ),
    # 7
    (
        "scan",
        HEAD
        + """
URSSAF RHÔNE-ALPES - RÉPONSE À RÉQUISITION du 20/03/2025
Objet : M. JACQUIER Ruben, enseigne RJ FAÇADES

Statut : micro-entrepreneur, activité de ravalement de façades, immatriculé le 14/06/2022.
Effectif salarié déclaré : 0 (aucune DPAE souscrite depuis l'immatriculation).
Chiffre d'affaires déclaré au titre de 2024 : 31 400 euros.
Chiffre d'affaires déclaré au titre du 4e trimestre 2024 : 6 900 euros.
Aucune attestation de vigilance délivrée depuis le 1er juillet 2024 (déclarations incomplètes).

L'inspectrice du recouvrement, L. DUNAND""",
    ),
    # 8
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE

Le jeudi 13 mars 2025 à 14h00, devant nous, Maréchal des logis-chef Romain GAILLARD, officier de police judiciaire,
Entendons librement M. Ruben JACQUIER, né le 9 juillet 1995 à Annemasse (74), micro-entrepreneur sous l'enseigne RJ FAÇADES, informé de ses droits, qui déclare :

« Je n'ai jamais eu de salarié. Je travaille seul, avec ma camionnette et mes outils. Les cinq ouvriers de la façade, je ne les ai jamais employés ni payés.

En janvier, M. MOLLIER m'a demandé de lui faire des factures de main-d'oeuvre pour ce chantier. Il m'a expliqué que c'était pour sa comptabilité. J'ai fait trois factures pour un total de 18 600 euros, sans avoir travaillé sur le chantier.

Il m'a payé ces factures par virement. J'ai retiré l'argent et je lui ai rendu 16 740 euros en liquide. J'ai gardé ma commission de 10 %, soit 1 860 euros.

Je sais que c'était une erreur. »

Lecture faite, M. JACQUIER persiste et signe.""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
BANQUE ALPINE DU LÉMAN - Agence d'Annecy-Seynod
EXTRAIT DE COMPTE - SAS BÂTI-LAC RÉNOVATION - du 01/01/2025 au 10/03/2025

09/01/2025  RETRAIT ESPÈCES GUICHET             - 2 700,00
16/01/2025  RETRAIT ESPÈCES GUICHET             - 2 700,00
17/01/2025  VIR SEPA RJ FACADES FACT 2025-01    - 6 200,00
  (...)
14/02/2025  VIR SEPA RJ FACADES FACT 2025-02    - 6 200,00
06/03/2025  RETRAIT ESPÈCES GUICHET             - 2 700,00
07/03/2025  VIR SEPA RJ FACADES FACT 2025-03    - 6 200,00

Récapitulatif : retraits d'espèces du 09/01/2025 au 06/03/2025 : 9 retraits, total 24 300,00 euros, tous effectués le jeudi.
Virements vers RJ FACADES : 3 virements, total 18 600,00 euros.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Perquisition du siège, 1er avril 2025 à 08h20
Coffre du président : 5 enveloppes annotées « Vasile », « Nuno », « Marian », « Karim », « Andrei », contenant au total 2 430 euros en espèces ; scellé n° 3.
Scellé n° 3 : enveloppes et numéraire""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu les articles 77-1-1 et 77-1-2 du Code de procédure pénale,
Vu l'autorisation de M. Julien CHATEL, procureur de la République près le tribunal judiciaire d'Annecy,
Nous, Maréchal des logis-chef Romain GAILLARD, officier de police judiciaire,
Requérons la Banque Alpine du Léman de nous communiquer les relevés du compte professionnel de la SAS BÂTI-LAC RÉNOVATION pour la période du 1er décembre 2024 au 10 mars 2025, ainsi que le détail des retraits d'espèces et l'identité de la personne les ayant effectués.

Fait à Annecy, le vendredi 14 mars 2025.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE L'INSPECTRICE DU RECOUVREMENT - CHIFFRAGE DU PRÉJUDICE SOCIAL

Le jeudi 27 mars 2025, Mme Laure DUNAND, inspectrice du recouvrement de l'URSSAF Rhône-Alpes, agréée et assermentée, transmet l'évaluation suivante :

« Sur la base des déclarations de M. POPESCU, du carnet saisi et des retraits d'espèces, les rémunérations versées aux cinq travailleurs non déclarés entre le 6 janvier et le 8 mars 2025 sont reconstituées à 24 300 euros.

En appliquant un taux global de cotisations et contributions de 45 %, les cotisations éludées s'élèvent à 10 935 euros.

La dissimulation d'emploi salarié étant constatée, la majoration de redressement de 25 % est applicable, soit 2 733,75 euros, et les réductions de cotisations dont a bénéficié la société sur l'ensemble de ses salariés sont annulées pour la période.

Un procès-verbal de travail dissimulé est transmis au procureur de la République. »""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 1er avril 2025 à 09h40, devant nous, Maréchal des logis-chef Romain GAILLARD, officier de police judiciaire,
En présence de Maître Aurélie BERTHOD, avocate au barreau d'Annecy,
Entendons M. Grégory MOLLIER, né le 17 novembre 1977 à Chambéry (73), président de la SAS BÂTI-LAC RÉNOVATION, placé en garde à vue le 1er avril 2025 à 08h00, qui déclare :

« Ma société emploie 4 salariés déclarés sur ce chantier. Ces cinq ouvriers sont les salariés de mon sous-traitant RJ FAÇADES, c'est à M. JACQUIER de les déclarer. Je lui ai payé ses factures, je suis en règle.

Je ne me rends presque jamais sur ce chantier et je ne connais pas ces ouvriers. Je ne les ai jamais payés, ni en liquide ni autrement.

Les retraits d'espèces du jeudi servent à payer de petits fournisseurs de matériaux qui veulent du liquide, et les pleins de carburant. »

Lecture faite, M. MOLLIER persiste et signe, ainsi que son avocate.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite) - M. MOLLIER

Question : Les enveloppes trouvées dans votre coffre portent les prénoms des cinq ouvriers. Pourquoi ?
Réponse : C'était de l'argent que Sandro m'avait demandé de garder pour eux. Je ne sais pas ce qu'il en faisait.

Question : M. JACQUIER dit vous avoir rendu 16 740 euros en liquide. Qu'en dites-vous ?
Réponse : Il ment. Il veut se protéger.

Question : Avez-vous déjà été condamné pour des faits de même nature ?
Réponse : Oui, en 2019, mais c'était une erreur de mon comptable.

Lecture faite, M. MOLLIER persiste et signe, ainsi que son avocate.""",
    ),
    # 15
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Façade nord, 11 mars 2025 à 07h50
Vue de l'échafaudage à l'arrivée des enquêteurs : 5 ouvriers au troisième niveau, sans casque ni harnais, en train de poser des panneaux isolants.
Échafaudage de façade, côté avenue de Genève""",
    ),
    # 16
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MOLLIER Grégory, né le 17 novembre 1977 à Chambéry (73).

Condamnation n° 1 : jugement du tribunal correctionnel d'Annecy du 21 novembre 2019. Exécution d'un travail dissimulé par dissimulation d'emploi salarié. Peine : 8 000 euros d'amende.

Relevé des condamnations de : PERRILLAT Sandro, né le 2 mai 1988 à Thonon-les-Bains (74).

NÉANT

Relevé des condamnations de : JACQUIER Ruben, né le 9 juillet 1995 à Annemasse (74).

NÉANT""",
    ),
    # 17
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mercredi 26 mars 2025 à 10h30, devant nous, Gendarme Léa TOCHON, agent de police judiciaire,
Entendons Mme Sophie CHAVANNE, née le 8 janvier 1981 à Albertville (73), gestionnaire de copropriétés au cabinet ROCHEBRUNE IMMOBILIER, syndic de la copropriété Le Semnoz, qui déclare :

« Le marché de ravalement et d'isolation a été signé avec BÂTI-LAC RÉNOVATION le 8 novembre 2024, pour un montant de 486 000 euros HT, voté en assemblée générale.

Avant la signature, j'ai demandé l'attestation de vigilance de l'URSSAF, comme la loi l'impose au donneur d'ordre. BÂTI-LAC m'a remis une attestation datée du 15 octobre 2024.

BÂTI-LAC ne nous a jamais présenté de sous-traitant pour agrément. Je n'ai jamais entendu parler de RJ FAÇADES avant votre convocation. »

Lecture faite, Mme CHAVANNE persiste et signe.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Maréchal des logis-chef Romain GAILLARD à Monsieur le Procureur de la République près le tribunal judiciaire d'Annecy.

Le 11 mars 2025, lors du contrôle du chantier de la copropriété Le Semnoz à Annecy, cinq ouvriers de façade travaillant pour la SAS BÂTI-LAC RÉNOVATION n'avaient fait l'objet d'aucune déclaration préalable à l'embauche. Ils étaient payés en espèces, sans contrat ni bulletin de paie.

M. Grégory MOLLIER, président, les présente comme les salariés d'un sous-traitant, RJ FAÇADES. M. Ruben JACQUIER, qui exploite seul cette micro-entreprise, reconnaît avoir établi de fausses factures de sous-traitance et restitué l'essentiel des fonds en liquide. Le préjudice des organismes sociaux est évalué à 10 935 euros de cotisations éludées.

La garde à vue de M. MOLLIER, débutée le 1er avril 2025 à 08h00, a été levée le même jour à 19h45, soit une durée de 11 heures 45 minutes.

Les faits sont susceptibles de recevoir la qualification de travail dissimulé par dissimulation d'emploi salarié, prévu par les articles L. 8221-1 et L. 8221-5 et réprimé par l'article L. 8224-1 du Code du travail, commis en état de récidive légale ; ceux reprochés à M. JACQUIER, celle de complicité et de faux (article 441-1 du Code pénal).

Fait à Annecy, le jeudi 3 avril 2025.""",
    ),
]

PERSONS = [
    {"name": "Grégory MOLLIER", "role": "mis en cause", "aliases": ["MOLLIER Grégory", "M. MOLLIER", "G.M."]},
    {"name": "Sandro PERRILLAT", "role": "mis en cause", "aliases": ["PERRILLAT Sandro", "M. PERRILLAT", "Sandro"]},
    {"name": "Ruben JACQUIER", "role": "mis en cause", "aliases": ["JACQUIER Ruben", "M. JACQUIER", "RJ FAÇADES", "Ruben"]},
    {"name": "Vasile POPESCU", "role": "victime", "aliases": ["POPESCU Vasile", "M. POPESCU", "Vasile"]},
    {"name": "Nuno FERREIRA", "role": "victime", "aliases": ["FERREIRA Nuno", "Nuno"]},
    {"name": "Marian IONESCU", "role": "victime", "aliases": ["IONESCU Marian", "Marian"]},
    {"name": "Karim BENALI", "role": "victime", "aliases": ["BENALI Karim", "Karim"]},
    {"name": "Andrei DUMITRU", "role": "victime", "aliases": ["DUMITRU Andrei", "Andrei"]},
    {"name": "Sophie CHAVANNE", "role": "témoin", "aliases": ["Mme CHAVANNE"]},
    {"name": "Laure DUNAND", "role": "autre", "aliases": ["L. DUNAND", "Mme DUNAND"]},
    {"name": "Ion BARBU", "role": "autre", "aliases": []},
    {"name": "Romain GAILLARD", "role": "enquêteur", "aliases": ["Maréchal des logis-chef GAILLARD"]},
    {"name": "Léa TOCHON", "role": "enquêteur", "aliases": []},
    {"name": "Julien CHATEL", "role": "magistrat", "aliases": []},
    {"name": "Aurélie BERTHOD", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2019-11-21", None, "condamnation de Grégory MOLLIER pour travail dissimulé", "du 21 novembre 2019"),
    ("2022-06-14", None, "immatriculation de RJ FAÇADES", "immatriculé le 14/06/2022"),
    ("2024-09-12", None, "délivrance du permis de construire", "délivré le 12 septembre 2024"),
    ("2024-10-15", None, "attestation de vigilance remise au syndic", "datée du 15 octobre 2024"),
    ("2024-11-08", None, "signature du marché de travaux", "le 8 novembre 2024"),
    ("2024-12-02", None, "début des travaux", "début des travaux : 2 décembre 2024"),
    ("2025-01-04", None, "recrutement de Vasile POPESCU par téléphone", "recruté le 4 janvier"),
    ("2025-01-06", None, "premier jour de travail de Vasile POPESCU", "le lundi 6 janvier"),
    ("2025-01-09", None, "premier retrait d'espèces", "09/01/2025  RETRAIT"),
    ("2025-03-11", "07:45", "contrôle du chantier", "Le mardi 11 mars 2025 à 07h45"),
    ("2025-03-11", "09:30", "arrivée du président sur le chantier", "se présente sur le chantier à 09h30"),
    ("2025-03-11", "10:15", "audition du chef de chantier", "Le mardi 11 mars 2025 à 10h15"),
    ("2025-03-11", "11:30", "audition de Vasile POPESCU", "Le mardi 11 mars 2025 à 11h30"),
    ("2025-03-13", "14:00", "audition de Ruben JACQUIER", "Le jeudi 13 mars 2025 à 14h00"),
    ("2025-03-14", None, "réquisition bancaire", "le vendredi 14 mars 2025"),
    ("2025-03-20", None, "réponse de l'URSSAF sur RJ FAÇADES", "RÉQUISITION du 20/03/2025"),
    ("2025-03-26", "10:30", "audition de la gestionnaire du syndic", "Le mercredi 26 mars 2025 à 10h30"),
    ("2025-03-27", None, "chiffrage du préjudice par l'URSSAF", "Le jeudi 27 mars 2025"),
    ("2025-04-01", "08:00", "placement en garde à vue de Grégory MOLLIER", "placé en garde à vue le 1er avril 2025 à 08h00"),
    ("2025-04-01", "08:20", "perquisition du siège", "1er avril 2025 à 08h20"),
    ("2025-04-01", "19:45", "fin de la garde à vue", "levée le même jour à 19h45"),
]

OFFENCES = [
    {"qualification": "travail dissimulé par dissimulation d'emploi salarié", "code_article": "L. 8221-5"},
    {"qualification": "travail dissimulé (répression)", "code_article": "L. 8224-1"},
    {"qualification": "faux", "code_article": "441-1"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("photographie", 2, 2),
    ("rapport", 3, 3),
    ("pv_audition", 4, 4),
    ("pv_audition", 5, 5),
    ("note_manuscrite", 6, 6),
    ("requisition", 7, 7),
    ("pv_audition", 8, 8),
    ("releve_bancaire", 9, 9),
    ("photographie", 10, 10),
    ("requisition", 11, 11),
    ("rapport", 12, 12),
    ("pv_garde_a_vue", 13, 14),
    ("photographie", 15, 15),
    ("casier_judiciaire", 16, 16),
    ("pv_audition", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("D'après le carnet du bungalow, combien de journées les ouvriers de façade ont-ils faites la semaine du 3 au 8 mars ?", ["total 29 j x 90 = 2 610"]),
    ("Quelle somme fallait-il prévoir, selon le carnet, pour payer cette semaine-là ?", ["29 j x 90 = 2 610"]),
    ("À quelle date le chantier a-t-il démarré d'après l'affichage ?", ["début des travaux : 2 décembre 2024"]),
    ("Quel est le numéro du permis de construire ?", ["Permis de construire n° PC 074 010 24 X0031"]),
    ("Quel chiffre d'affaires annuel le sous-traitant a-t-il déclaré pour 2024 ?", ["Chiffre d'affaires déclaré au titre de 2024 : 31 400 euros"]),
    ("Combien la société a-t-elle sorti en liquide de son compte entre janvier et mars ?", ["9 retraits, total 24 300,00 euros"]),
    ("Quel montant en espèces a-t-on saisi dans le coffre du dirigeant ?", ["contenant au total 2 430 euros en espèces"]),
    ("Combien d'hommes travaillaient sur l'échafaudage quand les gendarmes sont arrivés ?", ["5 ouvriers au troisième niveau"]),
    ("Comment le président explique-t-il les enveloppes aux prénoms des ouvriers ?", ["C'était de l'argent que Sandro m'avait demandé de garder pour eux"]),
    ("Combien de travailleurs ont été trouvés sur le chantier lors du contrôle ?", ["9 ouvriers sont présents sur le site"]),
    ("Combien d'ouvriers n'étaient déclarés nulle part ?", ["Travailleurs sans DPAE (ni chez BÂTI-LAC, ni chez aucun autre employeur) : 5", "cinq ouvriers de façade travaillant pour la SAS BÂTI-LAC RÉNOVATION n'avaient fait l'objet"]),
    ("À quelle heure l'opération de contrôle a-t-elle débuté ?", ["Le mardi 11 mars 2025 à 07h45"]),
    ("Quel salaire journalier avait-on promis au façadier roumain ?", ["On m'a promis 90 euros par jour"]),
    ("Sur quel numéro le façadier a-t-il été recruté ?", ["au 06 39 98 64 03"]),
    ("Quelle est l'immatriculation de la camionnette du dirigeant ?", ["immatriculée FT-307-KZ"]),
    ("À combien s'élèvent les factures de complaisance de l'auto-entrepreneur ?", ["trois factures pour un total de 18 600 euros", "3 virements, total 18 600,00 euros"]),
    ("Quelle somme l'auto-entrepreneur dit-il avoir restituée en espèces au patron ?", ["je lui ai rendu 16 740 euros en liquide"]),
    ("Quel pourcentage l'auto-entrepreneur gardait-il pour lui ?", ["ma commission de 10 %"]),
    ("Quel taux l'URSSAF a-t-elle retenu pour calculer les cotisations ?", ["un taux global de cotisations et contributions de 45 %"]),
    ("Quel manque à gagner pour les organismes sociaux a été chiffré ?", ["les cotisations éludées s'élèvent à 10 935 euros", "évalué à 10 935 euros de cotisations éludées"]),
    ("Quel est le montant de la majoration appliquée au redressement ?", ["soit 2 733,75 euros"]),
    ("Pour quel prix le syndic a-t-il confié les travaux à l'entreprise ?", ["pour un montant de 486 000 euros HT"]),
    ("De quand date l'attestation de vigilance fournie au donneur d'ordre ?", ["une attestation datée du 15 octobre 2024"]),
    ("Combien de temps le dirigeant a-t-il passé en garde à vue ?", ["une durée de 11 heures 45 minutes"]),
    ("Quel article du Code du travail sanctionne le travail dissimulé ?", ["réprimé par l'article L. 8224-1 du Code du travail"]),
    ("Le dirigeant a-t-il déjà été condamné pour des faits similaires ?", ["Exécution d'un travail dissimulé par dissimulation d'emploi salarié. Peine", "Oui, en 2019, mais c'était une erreur de mon comptable"]),
    ("Les cinq ouvriers de façade étaient-ils vraiment employés par le sous-traitant ?", ["Ces cinq ouvriers sont les salariés de mon sous-traitant", "Je n'ai jamais eu de salarié", "Effectif salarié déclaré : 0"]),
    ("Qui remettait l'argent liquide aux ouvriers non déclarés ?", ["Je ne les ai jamais payés, ni en liquide ni autrement", "C'est M. MOLLIER qui nous payait en liquide", "vendredi : G.M. passe enveloppes"]),
    ("Quels horaires faisaient réellement les ouvriers de façade ?", ["Tout le monde fait 35 heures", "Nous travaillons 10 heures par jour, six jours sur sept", "horaires 7h-18h, sam 7h-16h"]),
    ("Le chef de chantier a-t-il lui-même embauché des ouvriers de façade ?", ["je n'ai recruté personne", "J'ai été recruté le 4 janvier par téléphone par Sandro"]),
    ("Quel est le numéro SIRET de RJ FAÇADES ?", []),
    ("À quelle date la fin des travaux de ravalement est-elle prévue ?", []),
]

ANSWERS = {
    "D'après le carnet du bungalow, combien de journées les ouvriers de façade ont-ils faites la semaine du 3 au 8 mars ?": "29 j",
    "Quelle somme fallait-il prévoir, selon le carnet, pour payer cette semaine-là ?": "2 610",
    "À quelle date le chantier a-t-il démarré d'après l'affichage ?": "2 décembre 2024",
    "Quel est le numéro du permis de construire ?": "PC 074 010 24 X0031",
    "Quel chiffre d'affaires annuel le sous-traitant a-t-il déclaré pour 2024 ?": "31 400 euros",
    "Combien la société a-t-elle sorti en liquide de son compte entre janvier et mars ?": "24 300,00 euros",
    "Quel montant en espèces a-t-on saisi dans le coffre du dirigeant ?": "2 430 euros",
    "Combien d'hommes travaillaient sur l'échafaudage quand les gendarmes sont arrivés ?": "5 ouvriers",
    "Combien de travailleurs ont été trouvés sur le chantier lors du contrôle ?": "9 ouvriers",
    "Combien d'ouvriers n'étaient déclarés nulle part ?": "5",
    "À quelle heure l'opération de contrôle a-t-elle débuté ?": "07h45",
    "Quel salaire journalier avait-on promis au façadier roumain ?": "90 euros par jour",
    "Sur quel numéro le façadier a-t-il été recruté ?": "06 39 98 64 03",
    "Quelle est l'immatriculation de la camionnette du dirigeant ?": "FT-307-KZ",
    "À combien s'élèvent les factures de complaisance de l'auto-entrepreneur ?": "18 600 euros",
    "Quelle somme l'auto-entrepreneur dit-il avoir restituée en espèces au patron ?": "16 740 euros",
    "Quel pourcentage l'auto-entrepreneur gardait-il pour lui ?": "10 %",
    "Quel taux l'URSSAF a-t-elle retenu pour calculer les cotisations ?": "45 %",
    "Quel manque à gagner pour les organismes sociaux a été chiffré ?": "10 935 euros",
    "Quel est le montant de la majoration appliquée au redressement ?": "2 733,75 euros",
    "Pour quel prix le syndic a-t-il confié les travaux à l'entreprise ?": "486 000 euros HT",
    "De quand date l'attestation de vigilance fournie au donneur d'ordre ?": "15 octobre 2024",
    "Combien de temps le dirigeant a-t-il passé en garde à vue ?": "11 heures 45 minutes",
    "Quel article du Code du travail sanctionne le travail dissimulé ?": "L. 8224-1",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "employeur des cinq ouvriers : le sous-traitant selon le président, alors que le sous-traitant n'a jamais eu de salarié selon lui-même et selon l'URSSAF",
        "phrases": ["Ces cinq ouvriers sont les salariés de mon sous-traitant", "Je n'ai jamais eu de salarié", "Effectif salarié déclaré : 0"],
        "between": ["Grégory MOLLIER", "Ruben JACQUIER", "URSSAF Rhône-Alpes"],
    },
    {
        "about": "paiement en espèces des ouvriers par le président, nié par lui, décrit par un ouvrier et noté dans le carnet",
        "phrases": ["Je ne les ai jamais payés, ni en liquide ni autrement", "C'est M. MOLLIER qui nous payait en liquide", "vendredi : G.M. passe enveloppes"],
        "between": ["Grégory MOLLIER", "Vasile POPESCU", "carnet du chef de chantier"],
    },
    {
        "about": "durée du travail : 35 heures du lundi au vendredi selon le chef de chantier, 10 heures par jour six jours sur sept selon l'ouvrier et le carnet",
        "phrases": ["Tout le monde fait 35 heures", "Nous travaillons 10 heures par jour, six jours sur sept", "horaires 7h-18h, sam 7h-16h"],
        "between": ["Sandro PERRILLAT", "Vasile POPESCU", "carnet du chef de chantier"],
    },
    {
        "about": "recrutement : le chef de chantier dit n'avoir recruté personne, l'ouvrier dit avoir été recruté par lui au téléphone",
        "phrases": ["je n'ai recruté personne", "J'ai été recruté le 4 janvier par téléphone par Sandro"],
        "between": ["Sandro PERRILLAT", "Vasile POPESCU"],
    },
]
