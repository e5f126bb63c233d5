# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 15: fictitious undeclared work (travail dissimulé) on a housing construction site in Avrillé
(Maine-et-Loire): a joint control by the gendarmerie, the labour inspectorate and the URSSAF finds 12 workers, three
of whom run away; six of the nine others have no hiring declaration, two are foreign nationals without a work
permit, the site's attendance book shows cash wages, and a worker who fell from an unguarded scaffold three weeks
earlier was told by the manager to say he fell at home. Written blind (no access to the system's code or other
evaluation data). All persons, companies, SIRET, permit and account figures, plates and street names/numbers are
invented; the towns, the hospital, the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade de recherches d'Angers (Maine-et-Loire)\nProcédure n° 00764/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS - OPÉRATION DE CONTRÔLE CONCERTÉE (CODAF)

Le jeudi 10 avril 2025, nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire à la brigade de recherches d'Angers, assisté du Gendarme Manon PIVETEAU,

Agissant sur réquisitions de M. le procureur de la République près le tribunal judiciaire d'Angers prises en application de l'article 78-2-1 du Code de procédure pénale, aux côtés de Mme Camille ROBINEAU, inspectrice du travail, et de M. Olivier JAMET, inspecteur du recouvrement de l'URSSAF Pays de la Loire,

Nous présentons à 07h50 sur le chantier de construction de la résidence Les Tilleuls, 22 rue des Glycines à Avrillé (49240), où la SARL BATI-RÉNOV 49 réalise le lot gros oeuvre.

Constatons :
- que 12 ouvriers sont présents à notre arrivée, sur l'échafaudage de la façade nord et au pied du bâtiment ;
- qu'à notre approche, trois individus prennent la fuite en franchissant la clôture à l'arrière du chantier ; ils ne peuvent être rattrapés ;
- que les neuf autres ouvriers présentent une pièce d'identité ou déclinent leur identité. Trois d'entre eux seulement figurent sur la liste des déclarations préalables à l'embauche consultée en direct par l'inspecteur de l'URSSAF ; six n'ont fait l'objet d'aucune déclaration, dont deux ressortissants étrangers démunis de titre les autorisant à travailler ;
- qu'aucun registre unique du personnel n'est présenté sur le chantier ;
- que dans le bungalow de chantier se trouvent un cahier de pointage (scellé n° 1) et six enveloppes de paie (scellé n° 2) ;
- que l'inspectrice du travail relève un défaut de garde-corps sur le deuxième plancher de l'échafaudage et ordonne l'arrêt temporaire des travaux en hauteur.

Le chef d'équipe, M. Franck GUÉRIN, salarié déclaré, joint par téléphone le gérant, M. Frédéric MOUNIER, qui indique être retenu sur un autre chantier.

Les ouvriers non déclarés sont invités à nous suivre à la brigade pour y être entendus. Fin des opérations sur place à 11h30.""",
    ),
    # 2
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Chantier de la résidence Les Tilleuls à Avrillé, 10 avril 2025 à 07h55
Panneau de chantier : « Permis de construire n° PC 049 007 24 00031 - 14 logements - Gros oeuvre : SARL BATI-RÉNOV 49 » ; ouvriers sur l'échafaudage de la façade nord.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
URSSAF PAYS DE LA LOIRE - Consultation des déclarations - le 10/04/2025
Entreprise : SARL BATI-RÉNOV 49 - SIRET 899 417 263 00018
Gérant : MOUNIER Frédéric - activité : travaux de maçonnerie générale

Déclarations préalables à l'embauche en cours : 3
  GUÉRIN Franck (chef d'équipe) - embauche 04/05/2018
  RIBEIRO Paulo (maçon) - embauche 12/09/2022
  LECOQ Yann (maçon) - embauche 02/01/2024
Déclaration sociale nominative de mars 2025 : 3 salariés
  masse salariale brute déclarée : 7 950,00 EUR

Situation de compte : dette de cotisations de 21 460,00 EUR
Attestation de vigilance : dernière délivrée le 15/07/2024 ;
aucune attestation délivrée depuis (entreprise débitrice).""",
    ),
    # 4
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION

Le jeudi 10 avril 2025 à 14h00, devant nous, Gendarme Manon PIVETEAU, agent de police judiciaire, en présence de M. Rui ALVES, interprète en langue portugaise,

Entendons M. Nuno FERREIRA, né le 19 mai 1990 à Braga (Portugal), de nationalité portugaise, coffreur-ferrailleur, demeurant en colocation à Angers, qui déclare :

« Je travaille pour M. MOUNIER depuis le 3 février 2025. C'est un compatriote qui m'a donné son numéro. Je n'ai jamais signé de contrat et on ne m'a jamais donné de fiche de paie.

Je suis payé 90 euros par jour, en liquide, le vendredi, dans une enveloppe à mon prénom. Nous commençons à 7h30 et nous finissons vers 18 heures, avec une demi-heure pour manger. Parfois nous venons aussi le samedi.

C'est le patron lui-même qui apporte les enveloppes, ou Franck quand il n'est pas là. Le patron nous a dit que si un contrôle arrivait, il fallait dire que nous étions à l'essai.

Les trois qui ont couru, je ne connais que leurs prénoms. »

Lecture faite par l'intermédiaire de l'interprète, M. FERREIRA persiste et signe.""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION

Le jeudi 10 avril 2025 à 15h30, devant nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire, en présence de Mme Awa DIALLO, interprète en langue bambara,

Entendons M. Moussa KONATÉ, né le 1er janvier 1998 à Ségou (Mali), de nationalité malienne, manoeuvre, qui déclare :

« Je suis arrivé en France il y a deux ans. Je n'ai pas de titre de séjour, ma demande a été rejetée.

Je travaille pour M. MOUNIER depuis novembre 2024. Il sait que je n'ai pas de papiers : le premier jour, il a photocopié mon passeport et il l'a gardé. Il me paie 70 euros par jour, en espèces.

Je dors avec trois autres ouvriers dans un mobil-home au fond du terrain de M. MOUNIER, à Saint-Barthélemy-d'Anjou. Il retient 150 euros par mois sur ma paie pour le logement. Il n'y a pas d'eau chaude.

Kaïs, un Tunisien qui travaillait avec nous, est tombé de l'échafaudage à la fin du mois de mars. Le patron l'a emmené lui-même à l'hôpital dans sa camionnette. Depuis, on ne l'a plus revu sur le chantier. »

Lecture faite par l'intermédiaire de l'interprète, M. KONATÉ persiste et signe.""",
    ),
    # 6
    (
        "hand",
        """Cahier de pointage - scellé n° 1
Sem. 14 (31/03 - 05/04)
Nuno     6 j x 90 = 540
Moussa   6 j x 70 = 420
Bakary   5 j x 70 = 350
Tiago    6 j x 90 = 540
Dimitri  4 j x 80 = 320
Sami     2 j x 70 = 140
total liquide : 2 310
+ Kaïs : 500 (hôpital)
logement Moussa Bakary : - 150 fin de mois
enveloppes vendredi - Franck distribue""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Bungalow de chantier, 10 avril 2025 à 09h20
Sur le bureau : cahier de pointage ouvert (scellé n° 1) et six enveloppes blanches portant chacune un prénom, contenant au total 1 860 euros en billets (scellé n° 2).""",
    ),
    # 8
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 15 avril 2025 à 10h00, devant nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire,

Entendons M. Bertrand GIRAULT, né le 7 novembre 1969 à Nantes (44), directeur de programmes de la société Ouest Habitat Promotion, représentant la SCCV Les Tilleuls Avrillé, maître d'ouvrage, qui déclare :

« Nous avons attribué le lot gros oeuvre à la SARL BATI-RÉNOV 49 par un marché signé le 12 septembre 2024, pour un montant de 486 000 euros hors taxes. Son offre était la moins chère de la consultation, d'environ 15 %. Son mémoire technique annonçait une équipe de dix compagnons.

Nous connaissons nos obligations de vigilance. Nous vérifions les attestations de l'URSSAF tous les six mois, et la dernière que BATI-RÉNOV nous a remise date de janvier 2025 ; tout était en règle.

Nous avons réglé trois situations de travaux. Nous n'avions jamais remarqué d'ouvriers non déclarés ; ce n'est pas à nous de contrôler chaque personne présente sur le chantier. »

Lecture faite, M. GIRAULT persiste et signe.""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
BANQUE LIGÉRIENNE - Réponse à réquisition judiciaire du 14/04/2025
Titulaire : SARL BATI-RÉNOV 49 - compte professionnel n° 40021 88730 12

Période du 01/01/2025 au 31/03/2025 :
Virements reçus de la SCCV Les Tilleuls Avrillé (3 situations) : 171 180,00 EUR
Retraits d'espèces : 47 retraits d'espèces pour un total de 64 300,00 EUR
  dont 38 au distributeur d'Avrillé - centre commercial
  retrait maximal en une journée : 3 000,00 EUR (28/03/2025)
Virements de salaires : 3 bénéficiaires par mois - total 23 850,00 EUR
Virements vers le compte personnel du gérant : 18 000,00 EUR

Solde au 31/03/2025 : 4 212,87 EUR""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
CENTRE HOSPITALIER UNIVERSITAIRE D'ANGERS - Service des urgences
CERTIFICAT MÉDICAL INITIAL - établi sur réquisition le 16/04/2025
d'après le dossier de passage du mercredi 26 mars 2025

Patient : BENALI Kaïs, né le 03/02/1996 - admis à 11h42,
accompagné par un tiers (non identifié au dossier)
Déclaration du patient à l'admission : chute d'un escabeau à domicile

Lésions : fracture du calcanéum droit ; plaie du cuir chevelu suturée
(6 points) ; contusion du poignet gauche
Mécanisme lésionnel évoquant une chute d'une hauteur importante.

Incapacité totale de travail (ITT) : 45 jours, sauf complications.
Le médecin urgentiste, Dr H. MÉNARD""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME

Le mercredi 16 avril 2025 à 14h00, devant nous, Gendarme Manon PIVETEAU, agent de police judiciaire,

Entendons M. Kaïs BENALI, né le 3 février 1996 à Sfax (Tunisie), titulaire d'une carte de séjour pluriannuelle, maçon, demeurant à Angers, qui se présente avec des béquilles et déclare :

« Je travaillais pour M. MOUNIER depuis septembre 2024, sans contrat, pour 80 euros par jour en liquide.

Le 26 mars vers 11 heures, je suis tombé de l'échafaudage du 2e étage, sur la façade nord. De ce côté, il n'y avait pas de garde-corps depuis des semaines ; on l'avait signalé à Franck. Je suis tombé sur des palettes, je ne pouvais plus poser le pied.

M. MOUNIER est venu tout de suite. Il ne voulait pas appeler les pompiers. Il m'a conduit lui-même aux urgences dans sa camionnette et, sur la route, il m'a dit de dire que j'étais tombé chez moi d'un escabeau, sinon il aurait de gros problèmes et moi aussi. Il m'a donné 500 euros en liquide le vendredi suivant.

Depuis, je ne peux pas travailler et je n'ai aucun revenu. Je veux porter plainte. »

Lecture faite, M. BENALI persiste et signe.""",
    ),
    # 12
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Échafaudage de la façade nord, 2e plancher, 10 avril 2025 à 10h05
Absence de garde-corps et de plinthe sur environ 8 mètres de longueur ; hauteur du plancher mesurée par l'inspectrice du travail : 5,40 m.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PERQUISITION ET DE PLACEMENT EN GARDE À VUE

Le mardi 22 avril 2025 à 06h30, nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire, assisté de trois militaires de la brigade de recherches, agissant en enquête préliminaire sur autorisation du juge des libertés et de la détention (article 76 du Code de procédure pénale),

Nous présentons au domicile de M. Frédéric MOUNIER, lieu-dit La Guilbotière, 3 chemin des Perrières à Saint-Barthélemy-d'Anjou (49124), également siège social de la SARL BATI-RÉNOV 49.

Lui notifions à 06h30 son placement en garde à vue pour travail dissimulé, emploi d'étrangers sans titre et blessures involontaires, ainsi que les droits attachés à cette mesure. Il demande l'assistance de son avocat.

Dans le bureau, dans un coffre-fort ouvert par l'intéressé, découvrons la somme de 18 750 euros en billets de 50 et 100 euros (scellé n° 5), ainsi qu'une chemise contenant les photocopies de cinq passeports étrangers, dont celui de M. Moussa KONATÉ (scellé n° 6).

Au fond du terrain, constatons la présence d'un mobil-home de 30 mètres carrés équipé de quatre couchages, d'un réchaud et d'un seau d'eau, sans raccordement à l'eau chaude.

Dans le véhicule utilitaire Renault Master immatriculé GB-205-QW, découvrons un second cahier de pointage pour les semaines 1 à 13 (scellé n° 7).

Fin de la perquisition à 08h15.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 22 avril 2025 à 10h00, devant nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire,
En présence de Maître Antoine CHAUVEAU, avocat au barreau d'Angers,
Entendons M. Frédéric MOUNIER, né le 14 juin 1973 à Cholet (49), âgé de 51 ans, gérant de la SARL BATI-RÉNOV 49, qui déclare :

« Mon entreprise a trois salariés, tous déclarés. Les gars que vous avez trouvés sans déclaration étaient à l'essai depuis le matin même, j'allais faire les papiers dans la journée.

Je ne paie jamais en liquide, tout passe par virement, vous pouvez vérifier. L'argent du coffre, ce sont mes économies personnelles.

Kaïs, je le connais à peine, il venait donner un coup de main de temps en temps. Il est tombé chez lui, je l'ai simplement dépanné en l'emmenant à l'hôpital.

Je ne savais pas que M. KONATÉ n'avait pas de papiers, il m'avait montré un passeport.

Le mobil-home, c'est pour dépanner des gars qui n'ont pas de logement. Je ne leur demande rien. »

Lecture faite, M. MOUNIER persiste et signe, ainsi que son avocat.""",
    ),
    # 15
    (
        "scan",
        HEAD
        + """
URSSAF PAYS DE LA LOIRE - PROCÈS-VERBAL DE TRAVAIL DISSIMULÉ
Chiffrage provisoire du redressement - le 28/04/2025
SARL BATI-RÉNOV 49 - période contrôlée : 01/09/2024 au 10/04/2025

Salariés dissimulés identifiés : 7
Base : rémunérations reconstituées d'après les cahiers de pointage
Cotisations et contributions éludées :            87 640 EUR
Annulation des réductions de cotisations :        12 315 EUR
Majoration de redressement complémentaire (40 %) : 35 056 EUR
Total réclamé à l'entreprise :                    135 011 EUR

Transmission au procureur de la République en application de
l'article L8271-8 du Code du travail.
L'inspecteur du recouvrement, O. JAMET""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le mercredi 23 avril 2025 à 09h30, devant nous, Adjudant-chef Thierry LEROUX, officier de police judiciaire, en présence de Maître CHAUVEAU,

Reprenons l'audition de M. Frédéric MOUNIER, à qui sont présentés les deux cahiers de pointage, les auditions des ouvriers, le relevé bancaire de la société et l'audition de M. BENALI. Il déclare :

« Je reconnais que je faisais travailler des ouvriers sans les déclarer, depuis l'automne. Le promoteur a tiré les prix vers le bas, je ne pouvais pas tenir avec des salariés déclarés. Les espèces retirées servaient à payer les enveloppes du vendredi.

Pour Kaïs, c'est vrai qu'il est tombé sur le chantier. J'ai paniqué, j'avais peur de l'inspection du travail. Le garde-corps avait été démonté pour passer des banches, on devait le remettre.

Pour les passeports, je savais que certains n'avaient pas le droit de travailler. »

Lecture faite, M. MOUNIER persiste et signe, ainsi que son avocat.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MOUNIER Frédéric, né le 14 juin 1973 à Cholet (49).

Condamnation n° 1 : jugement du tribunal correctionnel d'Angers du 9 octobre 2019. Exécution d'un travail dissimulé. Peine : 8 000 euros d'amende.

Relevé des condamnations de : SARL BATI-RÉNOV 49, SIRET 899 417 263 00018.

NÉANT""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant-chef Thierry LEROUX à Monsieur le Procureur de la République près le tribunal judiciaire d'Angers.

Le 10 avril 2025, un contrôle concerté (gendarmerie, inspection du travail, URSSAF) sur le chantier de la résidence Les Tilleuls à Avrillé a établi que la SARL BATI-RÉNOV 49, titulaire du lot gros oeuvre, employait des ouvriers non déclarés, payés en espèces à la journée d'après un cahier de pointage, dont deux ressortissants étrangers sans autorisation de travail, logés dans un mobil-home sur le terrain du gérant.

L'enquête a en outre révélé qu'un ouvrier non déclaré, M. Kaïs BENALI, était tombé le 26 mars 2025 d'un échafaudage dépourvu de garde-corps (ITT de 45 jours) et que le gérant lui avait demandé de déclarer un accident domestique.

M. Frédéric MOUNIER, 51 ans, déjà condamné en 2019 pour travail dissimulé, a reconnu les faits lors de sa deuxième audition. Sa garde à vue, débutée le 22 avril 2025 à 06h30, a été prolongée et levée le 23 avril 2025 à 15h00, soit une durée de 32 heures 30 minutes. Il a été convoqué devant le tribunal correctionnel par procès-verbal.

Les faits sont susceptibles de recevoir la qualification de travail dissimulé par dissimulation d'emploi salarié (articles L8221-1 et L8221-5, réprimé par l'article L8224-1 du Code du travail), d'emploi d'étrangers non munis d'une autorisation de travail (articles L8251-1 et L8256-2 du Code du travail), de blessures involontaires avec ITT n'excédant pas trois mois par violation manifestement délibérée d'une obligation de sécurité (article 222-20 du Code pénal) et de soumission de personnes vulnérables à des conditions d'hébergement incompatibles avec la dignité humaine (article 225-14 du Code pénal). La responsabilité du maître d'ouvrage au titre de l'obligation de vigilance est signalée à l'URSSAF.

Fait à Angers, le mardi 29 avril 2025.""",
    ),
]

PERSONS = [
    {"name": "Frédéric MOUNIER", "role": "mis en cause", "aliases": ["MOUNIER Frédéric", "M. MOUNIER", "le patron", "le gérant"]},
    {"name": "SARL BATI-RÉNOV 49", "role": "mis en cause", "aliases": ["BATI-RÉNOV", "BATI-RÉNOV 49"]},
    {"name": "Kaïs BENALI", "role": "victime", "aliases": ["BENALI Kaïs", "M. BENALI", "Kaïs"]},
    {"name": "Nuno FERREIRA", "role": "témoin", "aliases": ["M. FERREIRA", "Nuno"]},
    {"name": "Moussa KONATÉ", "role": "témoin", "aliases": ["M. KONATÉ", "Moussa"]},
    {"name": "Franck GUÉRIN", "role": "témoin", "aliases": ["GUÉRIN Franck", "Franck"]},
    {"name": "Bertrand GIRAULT", "role": "témoin", "aliases": ["M. GIRAULT"]},
    {"name": "Thierry LEROUX", "role": "enquêteur", "aliases": ["Adjudant-chef Thierry LEROUX"]},
    {"name": "Manon PIVETEAU", "role": "enquêteur", "aliases": ["Gendarme Manon PIVETEAU"]},
    {"name": "Camille ROBINEAU", "role": "autre", "aliases": ["Mme ROBINEAU", "l'inspectrice du travail"]},
    {"name": "Olivier JAMET", "role": "autre", "aliases": ["O. JAMET", "M. JAMET"]},
    {"name": "Antoine CHAUVEAU", "role": "avocat", "aliases": ["Maître CHAUVEAU"]},
    {"name": "Rui ALVES", "role": "autre", "aliases": []},
    {"name": "Awa DIALLO", "role": "autre", "aliases": []},
    {"name": "H. MÉNARD", "role": "autre", "aliases": ["Dr H. MÉNARD"]},
]

EVENTS = [
    ("2019-10-09", None, "condamnation de Frédéric MOUNIER pour travail dissimulé", "du 9 octobre 2019"),
    ("2024-09-12", None, "signature du marché de gros oeuvre avec la SCCV", "par un marché signé le 12 septembre 2024"),
    ("2025-02-03", None, "début du travail de Nuno FERREIRA sur le chantier", "depuis le 3 février 2025"),
    ("2025-03-26", "11:42", "admission de Kaïs BENALI aux urgences après sa chute", "admis à 11h42"),
    ("2025-04-10", "07:50", "contrôle concerté sur le chantier", "Nous présentons à 07h50"),
    ("2025-04-10", "14:00", "audition de Nuno FERREIRA", "Le jeudi 10 avril 2025 à 14h00"),
    ("2025-04-10", "15:30", "audition de Moussa KONATÉ", "Le jeudi 10 avril 2025 à 15h30"),
    ("2025-04-15", "10:00", "audition du représentant du maître d'ouvrage", "Le mardi 15 avril 2025 à 10h00"),
    ("2025-04-16", "14:00", "audition de Kaïs BENALI", "Le mercredi 16 avril 2025 à 14h00"),
    ("2025-04-22", "06:30", "perquisition et garde à vue de Frédéric MOUNIER", "Le mardi 22 avril 2025 à 06h30"),
    ("2025-04-23", "09:30", "deuxième audition en garde à vue (aveux)", "Le mercredi 23 avril 2025 à 09h30"),
    ("2025-04-23", "15:00", "fin de la garde à vue", "levée le 23 avril 2025 à 15h00"),
    ("2025-04-28", None, "chiffrage du redressement par l'URSSAF", "Chiffrage provisoire du redressement - le 28/04/2025"),
]

OFFENCES = [
    {"qualification": "travail dissimulé par dissimulation d'emploi salarié", "code_article": "L8224-1"},
    {"qualification": "emploi d'étrangers non munis d'une autorisation de travail", "code_article": "L8256-2"},
    {"qualification": "blessures involontaires avec ITT n'excédant pas trois mois par violation manifestement délibérée d'une obligation de sécurité", "code_article": "222-20"},
    {"qualification": "conditions d'hébergement incompatibles avec la dignité humaine", "code_article": "225-14"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("photographie", 2, 2),
    ("requisition", 3, 3),
    ("pv_audition", 4, 5),
    ("note_manuscrite", 6, 6),
    ("photographie", 7, 7),
    ("pv_audition", 8, 8),
    ("releve_bancaire", 9, 9),
    ("certificat_medical", 10, 10),
    ("pv_audition", 11, 11),
    ("photographie", 12, 12),
    ("pv_constatations", 13, 13),
    ("pv_garde_a_vue", 14, 14),
    ("rapport", 15, 15),
    ("pv_garde_a_vue", 16, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("À quelle heure les contrôleurs ont-ils débarqué sur le chantier ?", ["Nous présentons à 07h50"]),
    ("Combien de travailleurs étaient sur place quand les gendarmes sont arrivés ?", ["12 ouvriers sont présents à notre arrivée"]),
    ("Combien d'hommes se sont enfuis par l'arrière du chantier ?", ["trois individus prennent la fuite"]),
    ("Quel numéro de permis de construire était affiché à l'entrée du chantier ?", ["Permis de construire n° PC 049 007 24 00031"]),
    ("Quel est le numéro SIRET de l'entreprise de maçonnerie ?", ["SIRET 899 417 263 00018 Gérant"]),
    ("Combien l'entreprise devait-elle à l'URSSAF en cotisations impayées ?", ["dette de cotisations de 21 460,00 EUR"]),
    ("Depuis quelle date le coffreur portugais travaille-t-il pour le gérant ?", ["depuis le 3 février 2025"]),
    ("Combien le ferrailleur touchait-il pour une journée de travail ?", ["Je suis payé 90 euros par jour"]),
    ("Combien le manoeuvre malien se voyait-il retirer chaque mois pour son hébergement ?", ["Il retient 150 euros par mois"]),
    ("D'après le registre tenu au chantier, combien de jours Bakary a-t-il travaillé la semaine 14 ?", ["Bakary   5 j x 70 = 350"]),
    ("Quel total de paie en espèces figure pour la semaine 14 dans le cahier ?", ["total liquide : 2 310"]),
    ("Quelle somme contenaient les enveloppes de paie trouvées dans le bungalow ?", ["contenant au total 1 860 euros en billets"]),
    ("Pour quel montant le lot gros oeuvre a-t-il été attribué à l'entreprise ?", ["pour un montant de 486 000 euros hors taxes"]),
    ("Combien de fois des espèces ont-elles été retirées du compte de la société au premier trimestre ?", ["47 retraits d'espèces pour un total de 64 300,00 EUR"]),
    ("Quel montant l'entreprise a-t-elle versé en salaires par virement sur le trimestre ?", ["3 bénéficiaires par mois - total 23 850,00 EUR"]),
    ("Combien de jours d'arrêt total le médecin a-t-il fixé pour l'ouvrier tombé ?", ["Incapacité totale de travail (ITT) : 45 jours"]),
    ("À quelle heure le maçon blessé a-t-il été enregistré aux urgences ?", ["admis à 11h42"]),
    ("De quelle hauteur se trouvait le plancher non protégé de l'échafaudage ?", ["hauteur du plancher mesurée par l'inspectrice du travail : 5,40 m"]),
    ("Quelle somme liquide dormait dans le coffre du chef d'entreprise ?", ["la somme de 18 750 euros en billets de 50 et 100 euros"]),
    ("Quelle est l'immatriculation de la camionnette de l'entreprise ?", ["Renault Master immatriculé GB-205-QW"]),
    ("Quel montant global l'URSSAF réclame-t-elle à la société après redressement ?", ["Total réclamé à l'entreprise :                    135 011 EUR"]),
    ("Quel âge a le dirigeant de la société ?", ["âgé de 51 ans, gérant de la SARL"]),
    ("Combien d'heures le gérant est-il resté en garde à vue ?", ["soit une durée de 32 heures 30 minutes"]),
    ("Quel article du Code du travail sanctionne le travail dissimulé ?", ["réprimé par l'article L8224-1 du Code du travail"]),
    ("Les ouvriers non déclarés étaient-ils vraiment à l'essai depuis le matin du contrôle ?", ["étaient à l'essai depuis le matin même", "depuis le 3 février 2025", "Sem. 14 (31/03 - 05/04)"]),
    ("Le maçon blessé s'est-il réellement fait mal chez lui, comme l'affirme le patron ?", ["Il est tombé chez lui, je l'ai simplement dépanné", "je suis tombé de l'échafaudage du 2e étage"]),
    ("Le gérant payait-il ses ouvriers uniquement par virement bancaire ?", ["Je ne paie jamais en liquide", "47 retraits d'espèces pour un total de 64 300,00 EUR", "six enveloppes blanches portant chacune un prénom"]),
    ("Le maître d'ouvrage détenait-il une attestation de vigilance à jour de son sous-traitant ?", ["la dernière que BATI-RÉNOV nous a remise date de janvier 2025", "aucune attestation délivrée depuis"]),
    ("Quelle somme l'URSSAF réclame-t-elle au promoteur au titre de la solidarité financière ?", []),
    ("Quel est le numéro de téléphone portable du gérant ?", []),
]

ANSWERS = {
    "À quelle heure les contrôleurs ont-ils débarqué sur le chantier ?": "07h50",
    "Combien de travailleurs étaient sur place quand les gendarmes sont arrivés ?": "12 ouvriers",
    "Combien d'hommes se sont enfuis par l'arrière du chantier ?": "trois",
    "Quel numéro de permis de construire était affiché à l'entrée du chantier ?": "PC 049 007 24 00031",
    "Quel est le numéro SIRET de l'entreprise de maçonnerie ?": "899 417 263 00018",
    "Combien l'entreprise devait-elle à l'URSSAF en cotisations impayées ?": "21 460,00 EUR",
    "Depuis quelle date le coffreur portugais travaille-t-il pour le gérant ?": "3 février 2025",
    "Combien le ferrailleur touchait-il pour une journée de travail ?": "90 euros",
    "Combien le manoeuvre malien se voyait-il retirer chaque mois pour son hébergement ?": "150 euros",
    "D'après le registre tenu au chantier, combien de jours Bakary a-t-il travaillé la semaine 14 ?": "5 j",
    "Quel total de paie en espèces figure pour la semaine 14 dans le cahier ?": "2 310",
    "Quelle somme contenaient les enveloppes de paie trouvées dans le bungalow ?": "1 860 euros",
    "Pour quel montant le lot gros oeuvre a-t-il été attribué à l'entreprise ?": "486 000 euros",
    "Combien de fois des espèces ont-elles été retirées du compte de la société au premier trimestre ?": "47 retraits",
    "Quel montant l'entreprise a-t-elle versé en salaires par virement sur le trimestre ?": "23 850,00 EUR",
    "Combien de jours d'arrêt total le médecin a-t-il fixé pour l'ouvrier tombé ?": "45 jours",
    "À quelle heure le maçon blessé a-t-il été enregistré aux urgences ?": "11h42",
    "De quelle hauteur se trouvait le plancher non protégé de l'échafaudage ?": "5,40 m",
    "Quelle somme liquide dormait dans le coffre du chef d'entreprise ?": "18 750 euros",
    "Quelle est l'immatriculation de la camionnette de l'entreprise ?": "GB-205-QW",
    "Quel montant global l'URSSAF réclame-t-elle à la société après redressement ?": "135 011 EUR",
    "Quel âge a le dirigeant de la société ?": "51 ans",
    "Combien d'heures le gérant est-il resté en garde à vue ?": "32 heures 30 minutes",
    "Quel article du Code du travail sanctionne le travail dissimulé ?": "L8224-1",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "ancienneté des ouvriers non déclarés : le gérant dit qu'ils étaient à l'essai depuis le matin du contrôle, un ouvrier dit travailler pour lui depuis le 3 février 2025 et le cahier de pointage les paie la semaine précédente",
        "phrases": ["étaient à l'essai depuis le matin même", "depuis le 3 février 2025", "Sem. 14 (31/03 - 05/04)"],
        "between": ["Frédéric MOUNIER", "Nuno FERREIRA", "cahier de pointage"],
    },
    {
        "about": "lieu de la chute : le gérant dit que l'ouvrier est tombé chez lui, l'ouvrier dit être tombé de l'échafaudage du chantier et avoir reçu la consigne de mentir",
        "phrases": ["Il est tombé chez lui, je l'ai simplement dépanné", "je suis tombé de l'échafaudage du 2e étage"],
        "between": ["Frédéric MOUNIER", "Kaïs BENALI"],
    },
    {
        "about": "mode de paiement : le gérant dit ne jamais payer en liquide, le compte de la société montre 47 retraits d'espèces pour 64 300 euros et des enveloppes de paie nominatives sont saisies au chantier",
        "phrases": ["Je ne paie jamais en liquide", "47 retraits d'espèces pour un total de 64 300,00 EUR", "six enveloppes blanches portant chacune un prénom"],
        "between": ["Frédéric MOUNIER", "Banque Ligérienne", "constatations au chantier"],
    },
    {
        "about": "vigilance du maître d'ouvrage : le promoteur dit avoir reçu une attestation de vigilance en janvier 2025, l'URSSAF n'en a délivré aucune depuis le 15 juillet 2024",
        "phrases": ["la dernière que BATI-RÉNOV nous a remise date de janvier 2025", "aucune attestation délivrée depuis"],
        "between": ["Bertrand GIRAULT", "URSSAF Pays de la Loire"],
    },
]
