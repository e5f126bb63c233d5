# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Blind dossier 3: a fictitious drug-dealing point in Nîmes (April-June 2025): anonymous tip, surveillance,
bank requisition (cash deposits, a car paid by transfer and registered in the mother's name), two searches with
seizures (cannabis resin, cocaine, cash), weighing, custody hearings of the stash keeper and of the suspected
head, a handwritten tally sheet, the criminal record and the investigator's synthesis report.
Police nationale (police judiciaire). Written for the blind evaluation of the communs project; all names,
addresses, phone numbers, plates, IBAN and companies are invented. Licence MIT."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Service interdépartemental de police judiciaire de Nîmes - Groupe stupéfiants\nProcédure n° 2025/000731 - Enquête préliminaire\n"

PAGES: list[tuple[str, str]] = [
    (  # 1
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RENSEIGNEMENTS

Le 10 avril 2025 à 09h00, nous, Capitaine de police Nathalie BERGOUGNOUX, officier de police judiciaire en fonction au groupe stupéfiants,
Agissant en enquête préliminaire sur instructions de M. Raphaël AZÉMA, vice-procureur de la République près le tribunal judiciaire de Nîmes,

Rapportons avoir reçu d'une source anonyme, le 8 avril 2025, des informations selon lesquelles un point de vente de stupéfiants fonctionne tous les jours de 11h00 à 22h00 au pied du bâtiment C de la résidence Les Glycines, chemin des Glycines à Nîmes.
Le réseau serait dirigé par un nommé « Mika », circulant en Audi A3 noire, et les produits seraient stockés chez une femme du bâtiment C, au 3e étage.

Les recherches au système d'immatriculation des véhicules établissent qu'une Audi A3 noire immatriculée GH-719-NP est enregistrée depuis le 17 février 2025 au nom de Mme Sabrina ESTÈVE, née le 4 mars 1968, demeurant 6 rue Fléchier à Nîmes.
Mme Sabrina ESTÈVE est la mère de M. Mickaël ESTÈVE, né le 22 août 1997 à Nîmes, surnommé « Mika », connu des services pour des infractions à la législation sur les stupéfiants.""",
    ),
    (  # 2
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE SURVEILLANCE

Le 16 avril 2025, de 14h00 à 19h30, nous, Brigadier-chef Julien FABRE et Gardien de la paix Inès MARTY, en surveillance à bord d'un véhicule banalisé sur le parking de la résidence Les Glycines, observons :

- 14h20 : un mineur d'environ 15 ans, casquette rouge, fait le guet à l'entrée du parking ;
- de 14h30 à 19h00 : nous comptabilisons 57 transactions rapides de la main à la main au pied du bâtiment C ;
- 16h42 : l'Audi A3 noire GH-719-NP se gare devant le bâtiment C. Le conducteur, identifié comme Mickaël ESTÈVE, entre dans le hall avec un sac à dos noir et en ressort à 16h51 sans le sac ;
- 17h05 : une femme d'une quarantaine d'années sort du bâtiment C et remet un sachet plastique au vendeur ; elle est identifiée comme Mme Priscilla GAUDIN, locataire de l'appartement 34, au 3e étage.

Fin de surveillance à 19h30.""",
    ),
    (  # 3
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu l'article 77-1-1 du Code de procédure pénale,
Vu l'autorisation de M. Raphaël AZÉMA, vice-procureur de la République près le tribunal judiciaire de Nîmes,
Nous, Capitaine de police Nathalie BERGOUGNOUX, officier de police judiciaire,

Requérons la Banque Méridionale de Crédit, service des réquisitions judiciaires, de nous communiquer, pour tout compte ouvert au nom de M. Mickaël ESTÈVE, né le 22 août 1997 à Nîmes :
- les relevés d'opérations du 1er octobre 2024 au 30 avril 2025 ;
- l'identité des bénéficiaires des virements supérieurs à 1 000 euros ;
- les justificatifs des dépôts d'espèces.
Requérons également la communication de tout compte ouvert au nom de Mme Sabrina ESTÈVE.

Fait à Nîmes, le 22 avril 2025 à 10h00.""",
    ),
    (  # 4
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION - Banque Méridionale de Crédit

Le 12 mai 2025.

Compte n° FR76 3000 4012 3400 0105 6789 143, ouvert au nom de M. Mickaël ESTÈVE le 3 septembre 2019.

Du 1er octobre 2024 au 30 avril 2025 :
- 31 dépôts d'espèces en agence ou sur automate, pour un total de 47 300 euros, chacun inférieur à 2 000 euros ;
- seules ressources identifiées : revenu de solidarité active versé par la CAF du Gard, 635,71 euros par mois ;
- le 14 février 2025, virement de 21 500 euros au profit de la SARL Auto Prestige Gard, libellé « solde Audi A3 » ;
- achats par carte dans des boutiques de luxe à Montpellier pour 8 940 euros.

Aucun compte n'est ouvert au nom de Mme Sabrina ESTÈVE dans nos livres.""",
    ),
    (  # 5
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PERQUISITION ET DE SAISIE

Le 3 juin 2025 à 06h00, en vertu de l'ordonnance du juge des libertés et de la détention du tribunal judiciaire de Nîmes, Mme Claire-Marie ROUQUETTE, en date du 28 mai 2025, autorisant la perquisition sans l'assentiment des personnes (article 76 du Code de procédure pénale),
Nous, Brigadier-chef Julien FABRE, officier de police judiciaire, assisté du Gardien de la paix Inès MARTY et d'une équipe cynophile,
Nous présentons au domicile de Mme Priscilla GAUDIN, née le 19 novembre 1984 à Alès (30), appartement 34, bâtiment C, résidence Les Glycines à Nîmes. L'intéressée nous ouvre et assiste à l'ensemble des opérations.

Dans le placard de l'entrée, découvrons un sac de sport bleu contenant 42 plaquettes de résine de cannabis et un bloc de poudre blanche compressée.
Dans un tiroir de la cuisine, découvrons une balance de précision et 26 sachets de poudre blanche.
Dans une boîte à chaussures sous le lit, découvrons 18 650 euros en espèces, en coupures de 20 et 50 euros.
Sur la table du salon, découvrons un cahier d'écolier dont une page porte des comptes manuscrits (voir copie).

À 06h25, notifions à Mme GAUDIN son placement en garde à vue pour trafic de stupéfiants.
Fin des opérations à 07h40. Scellés n° GAUDIN-1 à GAUDIN-7.""",
    ),
    (  # 6
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE - perquisition du 3 juin 2025, appartement 34
Photo 2 : 42 plaquettes de résine, bloc de cocaïne et 18 650 euros saisis""",
    ),
    (  # 7
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PERQUISITION ET DE SAISIE

Le 3 juin 2025 à 06h00, en vertu de la même ordonnance, nous, Capitaine de police Nathalie BERGOUGNOUX, assistée du Lieutenant de police Romain CASTEL et du Brigadier Yasmine BELKACEM,
Nous présentons au 14 impasse des Lauriers à Caissargues (30132), domicile de M. Mickaël ESTÈVE, qui nous ouvre à 06h04. Lui notifions à 06h10 son placement en garde à vue.

Découvrons :
- 6 400 euros en espèces, en billets de 50 euros, dans la poche d'une veste ;
- trois téléphones portables, dont un iPhone 15 (ligne 06 52 88 19 40) et deux appareils à carte prépayée ;
- une montre Rolex Submariner, sans facture ;
- une machine de mise sous vide et des sachets thermosoudables.

Saisissons en outre le véhicule Audi A3 GH-719-NP stationné devant le domicile (saisie pénale).
Fin des opérations à 07h55. Scellés n° ESTÈVE-1 à ESTÈVE-6.""",
    ),
    (  # 8
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PESÉE ET DE TEST

Le 3 juin 2025 à 10h30, au service, en présence de Mme GAUDIN, procédons à la pesée et au test des produits saisis :
- scellé GAUDIN-1 : 42 plaquettes de résine de cannabis, poids net total 4 212 grammes ; test positif au THC ;
- scellé GAUDIN-2 : un bloc de poudre blanche compressée, poids net 286 grammes ; test positif à la cocaïne ;
- scellé GAUDIN-3 : 26 sachets de poudre blanche, poids net total 26 grammes, soit 1 gramme chacun ; test positif à la cocaïne.

Soit au total 312 grammes de cocaïne et 4,212 kilogrammes de résine de cannabis.
Valeur estimée à la revente au détail : environ 21 000 euros pour la résine et 18 700 euros pour la cocaïne.

Un échantillon de chaque scellé est transmis au laboratoire de police scientifique de Marseille pour analyse.""",
    ),
    (  # 9
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 3 juin 2025 à 11h30, devant nous, Brigadier-chef Julien FABRE, officier de police judiciaire,
En présence de Maître Sophie ARNAL, avocate au barreau de Nîmes,
Entendons Mme Priscilla GAUDIN, née le 19 novembre 1984 à Alès (30), sans emploi, mère de trois enfants, qui déclare :

« Je reconnais que je gardais le sac chez moi. C'est Mika qui me l'a demandé en janvier. Il me donnait 300 euros par semaine. Je ne vends pas, je ne touche pas à la drogue.

Le matin, le vendeur venait chercher ce qu'il fallait pour la journée, et Mika passait deux ou trois fois par semaine pour remplir le sac et reprendre l'argent.

Les 18 650 euros, c'est l'argent de la semaine, Mika devait le récupérer le mardi soir. »

Question : Qui est Mika ?
Réponse : Mickaël ESTÈVE. Il a une Audi noire.""",
    ),
    (  # 10
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite) - Mme GAUDIN

Question : Que représente la page de comptes trouvée sur la table du salon ?
Réponse : C'est moi qui l'écris. Je note ce que le vendeur prend le matin et ce qu'il ramène le soir, parce que Mika vérifie tout.

Question : Depuis combien de temps gardez-vous la marchandise ?
Réponse : Depuis la mi-janvier, donc environ quatre mois et demi.

Question : Avez-vous été menacée ?
Réponse : Une fois, quand il manquait 500 euros, il m'a dit que je devrais rembourser.

Fin de l'audition à 12h45. Lecture faite, Mme GAUDIN persiste et signe.""",
    ),
    (  # 11
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 3 juin 2025 à 14h00, devant nous, Capitaine de police Nathalie BERGOUGNOUX, officier de police judiciaire, assistée du Lieutenant de police Romain CASTEL,
En présence de Maître Thierry VIDAL, avocat au barreau de Montpellier,
Entendons M. Mickaël ESTÈVE, né le 22 août 1997 à Nîmes (30), se disant vendeur de véhicules d'occasion, demeurant 14 impasse des Lauriers à Caissargues, qui déclare :

« Je ne suis pas un trafiquant. Je ne connais pas de Priscilla GAUDIN. Je vais aux Glycines parce que j'y ai grandi et que j'y ai des amis.

L'argent sur mon compte vient de la vente de voitures que j'achète et que je revends sur internet. Je suis payé en liquide, c'est normal dans ce milieu. Les 6 400 euros trouvés chez moi, c'est pour acheter une voiture la semaine prochaine.

L'Audi est à ma mère, je la conduis de temps en temps. »

Question : Êtes-vous déclaré comme auto-entrepreneur ?
Réponse : Non, pas encore.

Question : Combien de véhicules avez-vous vendus depuis octobre ?
Réponse : Une dizaine, je ne sais plus.""",
    ),
    (  # 12
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (2e audition)

Le 4 juin 2025 à 10h00, après prolongation de la garde à vue pour 24 heures accordée par M. Raphaël AZÉMA, vice-procureur, le 4 juin 2025 à 05h50, entendons à nouveau M. Mickaël ESTÈVE, en présence de Maître VIDAL.

Question : Votre banque a enregistré 31 dépôts d'espèces en sept mois alors que vous ne percevez que le RSA. Où sont les justificatifs de vos ventes de véhicules ?
Réponse : Je n'ai pas gardé les papiers.

Question : Le 14 février 2025, vous avez viré 21 500 euros à la SARL Auto Prestige Gard. Pourquoi payer la voiture de votre mère ?
Réponse : C'était un cadeau pour elle.

Question : Le 16 avril, vous êtes entré dans le bâtiment C avec un sac à dos. Chez qui alliez-vous ?
Réponse : Je ne répondrai pas à cette question.

Question : Quel est le code de déverrouillage de votre iPhone ?
Réponse : Je refuse de le donner.

Fin de l'audition à 11h15.""",
    ),
    (  # 13
        "hand",
        """Samedi 31/05
sorti : 60 barrettes, 20 pochons
rendu le soir : 2 350 €
Lundi 2/06
sorti : 55 barrettes, 18 pochons
rendu le soir : 2 140 €
Mika passe mardi 19h""",
    ),
    (  # 14
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : ESTÈVE Mickaël, né le 22 août 1997 à Nîmes (30).

Condamnation n° 1 : jugement du tribunal correctionnel de Nîmes du 12 octobre 2018. Détention et cession de stupéfiants, article 222-37 du Code pénal. Peine : 10 mois d'emprisonnement avec sursis.

Condamnation n° 2 : jugement du tribunal correctionnel de Nîmes du 7 juin 2021. Transport et offre de stupéfiants en récidive, article 222-37 du Code pénal. Peine : 2 ans d'emprisonnement dont 1 an avec sursis probatoire, confiscation de la somme de 3 200 euros.""",
    ),
    (  # 15
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

La Capitaine de police Nathalie BERGOUGNOUX à Monsieur le Procureur de la République près le tribunal judiciaire de Nîmes, à l'attention de M. Raphaël AZÉMA, vice-procureur.

Objet : trafic de stupéfiants au pied du bâtiment C de la résidence Les Glycines à Nîmes.

1. Surveillance : le 16 avril 2025, 57 transactions ont été relevées en quatre heures et demie ; M. Mickaël ESTÈVE a été vu déposant un sac dans le bâtiment C.
2. Perquisitions du 3 juin 2025 : chez Mme GAUDIN, 4,212 kilogrammes de résine de cannabis, 312 grammes de cocaïne et 18 650 euros ; chez M. ESTÈVE, 6 400 euros, trois téléphones, une montre Rolex et l'Audi A3 GH-719-NP. Les espèces saisies s'élèvent au total à 25 050 euros.
3. Investigations financières : 47 300 euros de dépôts d'espèces non justifiés en sept mois, pour un revenu limité au RSA ; règlement de l'Audi A3 par virement de 21 500 euros, le véhicule étant immatriculé au nom de sa mère, qui sert de prête-nom.
4. Auditions : Mme GAUDIN reconnaît son rôle de « nourrice », rémunérée 300 euros par semaine, et désigne M. ESTÈVE comme le responsable du point de vente. M. ESTÈVE nie, affirme ne pas connaître Mme GAUDIN, ce que contredisent la surveillance du 16 avril et les déclarations de celle-ci. Il refuse de communiquer le code de son téléphone.

Le vendeur et le guetteur mineur n'ont pas été identifiés.

Qualifications proposées :
- trafic de stupéfiants (détention, transport, offre, cession, acquisition), article 222-37 du Code pénal, en état de récidive légale pour M. ESTÈVE ;
- blanchiment du produit du trafic de stupéfiants, article 222-38 du Code pénal ;
- non-justification de ressources, article 321-6 du Code pénal ;
- refus de remettre la convention secrète de déchiffrement d'un moyen de cryptologie, article 434-15-2 du Code pénal.

Les deux gardes à vue ont été prolongées de 24 heures. M. ESTÈVE et Mme GAUDIN ont été déférés le 4 juin 2025 à 15h00 au parquet de Nîmes.

Fait à Nîmes, le 4 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Mickaël ESTÈVE", "role": "mis en cause", "aliases": ["Mika", "ESTÈVE Mickaël", "M. ESTÈVE"]},
    {"name": "Priscilla GAUDIN", "role": "mis en cause", "aliases": ["Mme GAUDIN"]},
    {"name": "Sabrina ESTÈVE", "role": "autre", "aliases": []},
    {"name": "Nathalie BERGOUGNOUX", "role": "enquêteur", "aliases": []},
    {"name": "Julien FABRE", "role": "enquêteur", "aliases": []},
    {"name": "Inès MARTY", "role": "enquêteur", "aliases": []},
    {"name": "Romain CASTEL", "role": "enquêteur", "aliases": []},
    {"name": "Yasmine BELKACEM", "role": "enquêteur", "aliases": []},
    {"name": "Raphaël AZÉMA", "role": "magistrat", "aliases": []},
    {"name": "Claire-Marie ROUQUETTE", "role": "magistrat", "aliases": []},
    {"name": "Sophie ARNAL", "role": "avocat", "aliases": []},
    {"name": "Thierry VIDAL", "role": "avocat", "aliases": ["Maître VIDAL"]},
]

EVENTS = [
    ("2018-10-12", None, "condamnation pour détention et cession de stupéfiants", "12 octobre 2018"),
    ("2021-06-07", None, "condamnation pour transport et offre de stupéfiants", "7 juin 2021"),
    ("2025-02-14", None, "virement de 21 500 euros pour l'Audi A3", "le 14 février 2025, virement"),
    ("2025-02-17", None, "immatriculation de l'Audi A3 au nom de la mère", "depuis le 17 février 2025"),
    ("2025-04-08", None, "renseignement anonyme", "le 8 avril 2025, des informations"),
    ("2025-04-10", "09:00", "procès-verbal de renseignements", "Le 10 avril 2025 à 09h00"),
    ("2025-04-16", "14:00", "début de la surveillance", "Le 16 avril 2025, de 14h00 à 19h30"),
    ("2025-04-16", "16:42", "ESTÈVE entre dans le bâtiment C avec un sac", "16h42 : l'Audi A3 noire"),
    ("2025-04-16", "16:51", "ESTÈVE ressort sans le sac", "en ressort à 16h51"),
    ("2025-04-16", "17:05", "Mme GAUDIN remet un sachet au vendeur", "17h05 : une femme"),
    ("2025-04-22", "10:00", "réquisition bancaire", "le 22 avril 2025 à 10h00"),
    ("2025-05-12", None, "réponse de la banque", "Le 12 mai 2025"),
    ("2025-05-28", None, "ordonnance du juge des libertés et de la détention", "en date du 28 mai 2025"),
    ("2025-06-03", "06:00", "perquisitions simultanées", "Le 3 juin 2025 à 06h00"),
    ("2025-06-03", "06:10", "placement en garde à vue d'ESTÈVE", "Lui notifions à 06h10"),
    ("2025-06-03", "06:25", "placement en garde à vue de Mme GAUDIN", "À 06h25, notifions"),
    ("2025-06-03", "10:30", "pesée et test des produits", "Le 3 juin 2025 à 10h30"),
    ("2025-06-03", "11:30", "audition de Mme GAUDIN", "Le 3 juin 2025 à 11h30"),
    ("2025-06-03", "14:00", "première audition d'ESTÈVE", "Le 3 juin 2025 à 14h00"),
    ("2025-06-04", "05:50", "prolongation de la garde à vue d'ESTÈVE", "le 4 juin 2025 à 05h50"),
    ("2025-06-04", "10:00", "deuxième audition d'ESTÈVE", "Le 4 juin 2025 à 10h00"),
    ("2025-06-04", "15:00", "déferrement des deux gardés à vue", "le 4 juin 2025 à 15h00"),
]

OFFENCES = [
    {"qualification": "trafic de stupéfiants", "code_article": "222-37"},
    {"qualification": "blanchiment du produit du trafic de stupéfiants", "code_article": "222-38"},
    {"qualification": "non-justification de ressources", "code_article": "321-6"},
    {"qualification": "refus de remettre la convention secrète de déchiffrement", "code_article": "434-15-2"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("pv_constatations", 2, 2),
    ("requisition", 3, 3),
    ("requisition", 4, 4),
    ("pv_perquisition", 5, 5),
    ("photo", 6, 6),
    ("pv_perquisition", 7, 7),
    ("pv_constatations", 8, 8),
    ("pv_audition", 9, 10),
    ("pv_audition", 11, 11),
    ("pv_audition", 12, 12),
    ("note_manuscrite", 13, 13),
    ("casier_judiciaire", 14, 14),
    ("rapport", 15, 15),
]

QUESTIONS = [
    ("Quel poids de résine a été retrouvé chez la femme qui gardait la marchandise ?", ["poids net total 4 212 grammes"]),
    ("Quelle quantité de cocaïne au total a été saisie ?", ["312 grammes de cocaïne"]),
    ("Combien d'argent liquide était caché dans la boîte à chaussures ?", ["18 650 euros en espèces"]),
    ("Quel est le montant cumulé des espèces saisies lors des deux perquisitions ?", ["25 050 euros"]),
    ("Quelle plaque porte l'Audi utilisée par le chef présumé ?", ["immatriculée GH-719-NP", "Audi A3 GH-719-NP"]),
    ("À quel nom la carte grise de l'Audi est-elle établie ?", ["enregistrée depuis le 17 février 2025 au nom de Mme Sabrina ESTÈVE", "immatriculé au nom de sa mère"]),
    ("Combien de dépôts d'espèces la banque a-t-elle recensés, et pour quelle somme ?", ["31 dépôts d'espèces", "pour un total de 47 300 euros"]),
    ("Quelle somme a été virée au garage pour l'Audi ?", ["virement de 21 500 euros"]),
    ("De quelles ressources officielles dispose le suspect principal, et pour quel montant ?", ["635,71 euros par mois"]),
    ("Combien d'échanges de la main à la main les policiers ont-ils comptés pendant la planque ?", ["57 transactions"]),
    ("À quelle heure le suspect est-il arrivé devant le bâtiment C le jour de la surveillance ?", ["16h42 : l'Audi A3 noire"]),
    ("Quelle rémunération la nourrice touchait-elle ?", ["300 euros par semaine"]),
    ("Depuis quand la nourrice stocke-t-elle la drogue chez elle ?", ["me l'a demandé en janvier", "Depuis la mi-janvier"]),
    ("Qui tient les comptes du point de vente ?", ["C'est moi qui l'écris"]),
    ("Selon le cahier, combien le vendeur a-t-il rapporté le samedi soir ?", ["rendu le soir : 2 350 €"]),
    ("Quelle valeur de revente les enquêteurs attribuent-ils à la cocaïne ?", ["18 700 euros pour la cocaïne"]),
    ("Comment le chef présumé explique-t-il l'origine des fonds sur son compte ?", ["vient de la vente de voitures"]),
    ("Quel numéro correspond à l'iPhone saisi au domicile de Caissargues ?", ["ligne 06 52 88 19 40"]),
    ("À quelle heure le parquet a-t-il prolongé la garde à vue du principal suspect ?", ["le 4 juin 2025 à 05h50"]),
    ("Quel magistrat a autorisé les perquisitions sans consentement, et à quelle date ?", ["Mme Claire-Marie ROUQUETTE", "en date du 28 mai 2025"]),
    ("Quel article du Code pénal vise le blanchiment de l'argent de la drogue ?", ["article 222-38 du Code pénal"]),
    ("À quelle peine le suspect principal a-t-il été condamné en 2021 ?", ["2 ans d'emprisonnement dont 1 an avec sursis probatoire"]),
    ("Le chef présumé est-il en situation de récidive ?", ["en état de récidive légale", "en récidive, article 222-37"]),
    ("Quel avocat défend le chef présumé ?", ["Maître Thierry VIDAL"]),
    ("Quel est le numéro de compte bancaire du suspect principal ?", ["FR76 3000 4012 3400 0105 6789 143"]),
    ("Combien le suspect a-t-il dépensé en achats de luxe par carte ?", ["pour 8 940 euros"]),
    ("Quelles déclarations contredisent l'affirmation du chef présumé selon laquelle il ne connaît pas la nourrice ?", ["Je ne connais pas de Priscilla GAUDIN", "Mickaël ESTÈVE. Il a une Audi noire"]),
    ("Quel est le taux de pureté de la cocaïne saisie ?", []),
    ("Quel est le numéro de téléphone de Mme GAUDIN ?", []),
]

# Expected figure for the questions whose answer is a figure, written as it appears in the page text.
ANSWERS = {
    "Quel poids de résine a été retrouvé chez la femme qui gardait la marchandise ?": "4 212 grammes",
    "Quelle quantité de cocaïne au total a été saisie ?": "312 grammes",
    "Combien d'argent liquide était caché dans la boîte à chaussures ?": "18 650 euros",
    "Quel est le montant cumulé des espèces saisies lors des deux perquisitions ?": "25 050 euros",
    "Quelle plaque porte l'Audi utilisée par le chef présumé ?": "GH-719-NP",
    "Combien de dépôts d'espèces la banque a-t-elle recensés, et pour quelle somme ?": "47 300 euros",
    "Quelle somme a été virée au garage pour l'Audi ?": "21 500 euros",
    "De quelles ressources officielles dispose le suspect principal, et pour quel montant ?": "635,71 euros",
    "Combien d'échanges de la main à la main les policiers ont-ils comptés pendant la planque ?": "57",
    "À quelle heure le suspect est-il arrivé devant le bâtiment C le jour de la surveillance ?": "16h42",
    "Quelle rémunération la nourrice touchait-elle ?": "300 euros",
    "Selon le cahier, combien le vendeur a-t-il rapporté le samedi soir ?": "2 350 €",
    "Quelle valeur de revente les enquêteurs attribuent-ils à la cocaïne ?": "18 700 euros",
    "Quel numéro correspond à l'iPhone saisi au domicile de Caissargues ?": "06 52 88 19 40",
    "À quelle heure le parquet a-t-il prolongé la garde à vue du principal suspect ?": "05h50",
    "Quel magistrat a autorisé les perquisitions sans consentement, et à quelle date ?": "28 mai 2025",
    "Quel article du Code pénal vise le blanchiment de l'argent de la drogue ?": "222-38",
    "À quelle peine le suspect principal a-t-il été condamné en 2021 ?": "2 ans",
    "Quel est le numéro de compte bancaire du suspect principal ?": "FR76 3000 4012 3400 0105 6789 143",
    "Combien le suspect a-t-il dépensé en achats de luxe par carte ?": "8 940 euros",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "Mickaël ESTÈVE dit ne pas connaître Priscilla GAUDIN ; celle-ci le désigne comme « Mika » qui lui confiait le sac, et la surveillance l'a vu entrer dans son bâtiment avec un sac à dos",
        "between": ["Mickaël ESTÈVE", "Priscilla GAUDIN", "procès-verbal de surveillance"],
        "phrases": ["Je ne connais pas de Priscilla GAUDIN", "Mickaël ESTÈVE. Il a une Audi noire", "entre dans le hall avec un sac à dos noir"],
    },
    {
        "about": "ESTÈVE attribue l'argent à des ventes de voitures payées en liquide ; la banque ne relève que le RSA comme ressource et il ne peut produire aucun justificatif",
        "between": ["Mickaël ESTÈVE", "réponse de la banque"],
        "phrases": ["vient de la vente de voitures", "seules ressources identifiées", "Je n'ai pas gardé les papiers"],
    },
    {
        "about": "ESTÈVE dit que l'Audi appartient à sa mère, alors qu'il l'a lui-même payée par virement de 21 500 euros",
        "between": ["Mickaël ESTÈVE", "réponse de la banque"],
        "phrases": ["L'Audi est à ma mère", "virement de 21 500 euros"],
    },
]
