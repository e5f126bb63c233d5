# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 4: a fictitious breach of trust (abus de confiance) with forged supplier invoices at a small
porcelain-decoration workshop in Limoges. Written blind (no access to the system's code or other evaluation data).
All persons, companies, accounts and addresses are invented; the towns and the court are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Sûreté départementale de la Haute-Vienne (Limoges)\nProcédure n° 2025/00417\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le lundi 10 mars 2025 à 09h30, devant nous, Claire VIGNERIE, Brigadier-chef de police, officier de police judiciaire en résidence à Limoges,
Se présente M. Bernard CHAZELAS, né le 19 juin 1961 à Saint-Junien (87), gérant de la SARL ATELIERS DU VIGENAL, entreprise de décoration sur porcelaine employant 11 salariés, dont le siège est 8 allée des Porcelainiers à Limoges, qui dépose plainte au nom de la société pour abus de confiance et faux, et déclare :

« Mme Sylvie MARCOUX a été embauchée le 1er septembre 2014 comme assistante administrative et comptable. Elle préparait les paiements des fournisseurs et j'approuvais les virements sur l'application de la banque, souvent sans regarder le détail.

Le 4 mars 2025, notre expert-comptable, M. PEYRAT, m'a signalé qu'un fournisseur appelé EMBALLAGES DU CENTRE avait été payé très souvent depuis deux ans. Je ne connais pas ce fournisseur. Nos cartons ont toujours été achetés à la société Cartonnages Limousins.

En reprenant les relevés, j'ai compté 27 virements vers ce fournisseur entre le 15 février 2023 et le 31 janvier 2025, pour un total de 86 430,00 euros.

Je n'ai jamais autorisé la moindre avance sur salaire à Mme MARCOUX, ni en 2023 ni après. Si elle m'en avait demandé une, je m'en souviendrais. »""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Mme MARCOUX est en arrêt maladie depuis le 5 mars 2025, le lendemain du rendez-vous avec l'expert-comptable. Je n'ai pas pu lui parler. Son salaire net est de 2 140 euros par mois.

Je remets aux enquêteurs les relevés bancaires de la société pour les années 2023 à 2025 et les factures EMBALLAGES DU CENTRE trouvées dans le classeur des achats. »

Pièces remises : relevés du compte professionnel de la SARL ATELIERS DU VIGENAL ouvert à la Banque régionale du Centre-Ouest, agence de Limoges-Carnot ; 27 factures au nom d'EMBALLAGES DU CENTRE.

Lecture faite, M. CHAZELAS persiste et signe avec nous.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
BANQUE RÉGIONALE DU CENTRE-OUEST - Agence de Limoges-Carnot
RELEVÉ DE COMPTE - SARL ATELIERS DU VIGENAL
Période du 1er janvier 2025 au 31 janvier 2025 (extrait)

09/01/2025  VIR SEPA EMBALLAGES DU CENTRE  FACT EDC-2025-001   - 3 480,00
14/01/2025  VIR SEPA CARTONNAGES LIMOUSINS  FACT 2025-0112   - 1 126,40
23/01/2025  VIR SEPA EMBALLAGES DU CENTRE  FACT EDC-2025-002   - 3 950,00
31/01/2025  VIR SEPA EMBALLAGES DU CENTRE  FACT EDC-2025-003   - 2 870,00

Total des virements EMBALLAGES DU CENTRE sur la période : 10 300,00 euros.
Solde créditeur au 31/01/2025 : 18 214,62 euros.

Annotation au crayon de M. CHAZELAS : « jamais vu ce fournisseur ».""",
    ),
    # 4
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Facture remise par le plaignant
Facture n° EDC-2024-031 du 12 septembre 2024 : 400 cartons double cannelure, montant TTC 3 912,00 euros. Adresse du vendeur : 41 route de Toulouse, Limoges.
Facture EDC-2024-031, en-tête EMBALLAGES DU CENTRE, sans numéro de TVA""",
    ),
    # 5
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 18 mars 2025 à 10h00, devant nous, Claire VIGNERIE, officier de police judiciaire,
Entendons M. Laurent PEYRAT, né le 2 février 1970 à Brive-la-Gaillarde (19), expert-comptable, cabinet situé 22 boulevard Gambetta à Limoges, qui déclare :

« Je tiens les comptes des ATELIERS DU VIGENAL depuis 2016. En préparant la clôture de l'exercice 2024, j'ai vu que le poste des achats d'emballages était passé de 11 200 euros en 2022 à 49 800 euros en 2024, alors que le chiffre d'affaires a baissé.

Presque tout l'écart vient d'un seul fournisseur, EMBALLAGES DU CENTRE. Les factures sont toutes rédigées avec la même police, sans numéro de TVA intracommunautaire, et les montants sont toujours un peu en dessous de 4 000 euros. L'adresse portée sur les factures, 41 route de Toulouse à Limoges, correspond à un ancien garage fermé depuis des années : je suis passé devant.

J'en ai parlé à M. CHAZELAS le 4 mars 2025. Mme MARCOUX était présente à ce rendez-vous ; elle n'a rien dit et elle ne s'est plus présentée au travail le lendemain. »

Lecture faite, M. PEYRAT persiste et signe.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le jeudi 20 mars 2025 à 14h00, devant nous, Claire VIGNERIE, officier de police judiciaire,
Entendons M. Kévin BOURDIER, né le 8 novembre 1992 à Limoges, magasinier aux ATELIERS DU VIGENAL, qui déclare :

« Je m'occupe des réceptions de marchandises depuis 2019. Toutes les livraisons passent par moi et je signe les bons de livraison. Les cartons viennent de Cartonnages Limousins, une livraison par mois environ, toujours le même chauffeur.

Je n'ai jamais réceptionné la moindre livraison d'EMBALLAGES DU CENTRE. Je n'ai jamais vu ce nom sur un camion ni sur un bon de livraison. Avec 400 cartons de plus par mois, le stock déborderait : notre réserve ne fait que 60 mètres carrés. »

Lecture faite, M. BOURDIER persiste et signe.""",
    ),
    # 7
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu les articles 60-1 et 77-1-1 du Code de procédure pénale,
Vu l'autorisation de Mme Hélène DUCOURTIEUX, procureure de la République près le tribunal judiciaire de Limoges,
Nous, Claire VIGNERIE, officier de police judiciaire,
Requérons la Banque régionale du Centre-Ouest de nous communiquer l'identité du titulaire du compte bénéficiaire des virements libellés EMBALLAGES DU CENTRE, la date d'ouverture de ce compte, ainsi que l'ensemble de ses opérations créditrices et débitrices depuis son ouverture.

Fait à Limoges, le vendredi 14 mars 2025.""",
    ),
    # 8
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE
Banque régionale du Centre-Ouest - Service des réquisitions, le 27 mars 2025.

Compte courant n° 04471 ouvert le 3 janvier 2023 au nom de M. DELAGE Franck, né le 30 avril 1984 à Limoges, entrepreneur individuel, enseigne EMBALLAGES DU CENTRE. Adresse déclarée : 17 rue François-Chénieux à Limoges.
Procuration et accès en ligne accordés le 3 janvier 2023 à Mme MARCOUX Sylvie.

Crédits : 27 virements de la SARL ATELIERS DU VIGENAL, soit 86 430,00 euros, du 15/02/2023 au 31/01/2025. Aucun autre client.
Débits : virements vers le compte personnel de Mme MARCOUX Sylvie pour 61 200,00 euros ; retraits d'espèces pour 14 850,00 euros ; paiements par carte (voyages, ameublement) pour 9 960,00 euros.
Solde au 27/03/2025 : 420,00 euros.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le mardi 8 avril 2025 à 10h45, devant nous, Claire VIGNERIE, officier de police judiciaire, assistée du Gardien de la paix Yanis BOUZIDI,
En présence de Maître Agnès TARRADE, avocate au barreau de Limoges,
Entendons Mme Sylvie MARCOUX, née le 11 octobre 1979 à Limoges, assistante administrative et comptable, demeurant 17 rue François-Chénieux à Limoges, placée en garde à vue le 8 avril 2025 à 08h10, qui déclare :

« Je reconnais avoir fait des virements vers le compte de mon compagnon, Franck DELAGE. En 2023, Franck était en arrêt de travail et nous n'arrivions plus à payer le loyer. M. CHAZELAS m'avait autorisée oralement à prendre des avances sur salaire, il me l'a dit dans son bureau en janvier 2023. Je devais les rembourser plus tard.

Au total j'ai pris environ 40 000 euros, pas plus. Le reste correspond à de vraies commandes : certaines livraisons ont réellement eu lieu, c'est Franck qui apportait les cartons.

Franck savait très bien d'où venait l'argent, c'est lui qui a eu l'idée de créer l'entreprise d'emballages. »""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : La banque indique 86 430 euros reçus et 61 200 euros virés sur votre compte personnel. Comment l'expliquez-vous ?
Réponse : Je ne sais pas. Je n'ai pas fait les comptes.

Question : Qui a fabriqué les factures EMBALLAGES DU CENTRE ?
Réponse : Moi, sur l'ordinateur du bureau, avec un modèle trouvé sur internet. J'en faisais une avant chaque virement.

Question : Pourquoi les montants restent-ils sous 4 000 euros ?
Réponse : Au-dessus, M. CHAZELAS devait valider avec une deuxième clé. En dessous, il validait tout d'un coup le vendredi.

Question : Pourquoi avoir cessé de venir travailler le 5 mars 2025 ?
Réponse : J'ai eu peur.

Lecture faite, Mme MARCOUX persiste et signe, ainsi que son avocate.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE

Le mardi 8 avril 2025 à 14h20, devant nous, Yanis BOUZIDI, Gardien de la paix, agent de police judiciaire, agissant sous le contrôle de Claire VIGNERIE, officier de police judiciaire,
Entendons librement M. Franck DELAGE, né le 30 avril 1984 à Limoges, chauffeur-livreur, demeurant 17 rue François-Chénieux à Limoges, informé de son droit de quitter les locaux et d'être assisté d'un avocat, auquel il renonce, qui déclare :

« J'ai créé mon entreprise individuelle en janvier 2023 pour revendre des emballages, mais je n'ai jamais eu un seul client et je n'ai jamais livré de cartons. Sylvie s'occupait des papiers et du compte, je lui avais donné la carte et les codes.

Je ne savais pas d'où venait l'argent. Sylvie me disait que c'était une prime de son patron. Le voyage en Martinique de l'été 2024, c'est elle qui l'a payé. »

Lecture faite, M. DELAGE persiste et signe.""",
    ),
    # 12
    (
        "hand",
        """Feuillet trouvé dans l'agenda - bureau compta
EDC
fév : 3 480 - ok
mars : 2 950
jamais > 4 000 / virement
facture le 10, virement le 15
B. ne regarde que le total
tampon dans le tiroir !""",
    ),
    # 13
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Perquisition du bureau comptable, 8 avril 2025 à 09h05
Tampon encreur EMBALLAGES DU CENTRE découvert dans le tiroir gauche du bureau de Mme MARCOUX, placé sous scellé n° 3.
Scellé n° 3 : tampon encreur au nom du faux fournisseur""",
    ),
    # 14
    (
        "noise",
        "",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE FIN DE GARDE À VUE

Le mercredi 9 avril 2025 à 07h40, nous, Claire VIGNERIE, officier de police judiciaire,
Mettons fin à la garde à vue de Mme Sylvie MARCOUX, débutée le 8 avril 2025 à 08h10, soit une durée de 23 heures 30 minutes, sans prolongation.

Au cours de la mesure, l'intéressée a été entendue à deux reprises, a été examinée par un médecin à 12h30 et s'est entretenue avec son avocate pendant 30 minutes.

Sur instruction de Mme DUCOURTIEUX, procureure de la République, Mme MARCOUX est remise en liberté et convoquée par officier de police judiciaire devant le tribunal correctionnel de Limoges.""",
    ),
    # 16
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MARCOUX Sylvie, née le 11 octobre 1979 à Limoges (87).

NÉANT

Relevé des condamnations de : DELAGE Franck, né le 30 avril 1984 à Limoges (87).

Condamnation n° 1 : jugement du tribunal correctionnel de Limoges du 6 juin 2019. Conduite d'un véhicule sous l'empire d'un état alcoolique. Peine : 300 euros d'amende et suspension du permis de conduire pendant 4 mois.""",
    ),
    # 17
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Brigadier-chef Claire VIGNERIE à Madame la Procureure de la République près le tribunal judiciaire de Limoges.

Du 15 février 2023 au 31 janvier 2025, Mme Sylvie MARCOUX, assistante comptable de la SARL ATELIERS DU VIGENAL, a émis de fausses factures au nom d'un fournisseur fictif, EMBALLAGES DU CENTRE, et fait payer par la société 27 virements d'un montant cumulé de 86 430,00 euros sur un compte ouvert au nom de son compagnon, M. Franck DELAGE, dont elle détenait les codes.

Mme MARCOUX reconnaît les faux et une partie des sommes, qu'elle présente comme des avances autorisées, ce que le gérant conteste. M. DELAGE dit avoir ignoré l'origine des fonds ; le compte n'a pourtant reçu aucun autre paiement.

Les faits sont susceptibles de recevoir la qualification d'abus de confiance, prévu par l'article 314-1 du Code pénal, et de faux et usage de faux, article 441-1 du Code pénal ; ceux reprochés à M. DELAGE, celle de recel, article 321-1 du Code pénal.

Fait à Limoges, le jeudi 10 avril 2025.""",
    ),
]

PERSONS = [
    {"name": "Bernard CHAZELAS", "role": "victime", "aliases": ["M. CHAZELAS"]},
    {"name": "Sylvie MARCOUX", "role": "mis en cause", "aliases": ["MARCOUX Sylvie", "Mme MARCOUX"]},
    {"name": "Franck DELAGE", "role": "mis en cause", "aliases": ["DELAGE Franck", "M. DELAGE"]},
    {"name": "Laurent PEYRAT", "role": "témoin", "aliases": ["M. PEYRAT"]},
    {"name": "Kévin BOURDIER", "role": "témoin", "aliases": ["M. BOURDIER"]},
    {"name": "Claire VIGNERIE", "role": "enquêteur", "aliases": []},
    {"name": "Yanis BOUZIDI", "role": "enquêteur", "aliases": []},
    {"name": "Hélène DUCOURTIEUX", "role": "magistrat", "aliases": ["Mme DUCOURTIEUX"]},
    {"name": "Agnès TARRADE", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2019-06-06", None, "condamnation de Franck DELAGE pour conduite en état alcoolique", "du 6 juin 2019"),
    ("2023-01-03", None, "ouverture du compte EMBALLAGES DU CENTRE", "ouvert le 3 janvier 2023"),
    ("2023-02-15", None, "premier virement vers EMBALLAGES DU CENTRE", "du 15/02/2023 au 31/01/2025"),
    ("2024-09-12", None, "facture EDC-2024-031", "du 12 septembre 2024"),
    ("2025-01-31", None, "dernier virement vers EMBALLAGES DU CENTRE", "31/01/2025  VIR SEPA"),
    ("2025-03-04", None, "l'expert-comptable alerte le gérant", "le 4 mars 2025"),
    ("2025-03-05", None, "Sylvie MARCOUX cesse de venir travailler", "depuis le 5 mars 2025"),
    ("2025-03-10", "09:30", "dépôt de plainte", "Le lundi 10 mars 2025 à 09h30"),
    ("2025-03-14", None, "réquisition bancaire", "le vendredi 14 mars 2025"),
    ("2025-03-18", "10:00", "audition de l'expert-comptable", "Le mardi 18 mars 2025 à 10h00"),
    ("2025-03-20", "14:00", "audition du magasinier", "Le jeudi 20 mars 2025 à 14h00"),
    ("2025-03-27", None, "réponse de la banque", "le 27 mars 2025"),
    ("2025-04-08", "08:10", "placement en garde à vue de Sylvie MARCOUX", "placée en garde à vue le 8 avril 2025 à 08h10"),
    ("2025-04-08", "09:05", "perquisition : découverte du tampon", "8 avril 2025 à 09h05"),
    ("2025-04-08", "10:45", "audition de Sylvie MARCOUX", "Le mardi 8 avril 2025 à 10h45"),
    ("2025-04-08", "14:20", "audition libre de Franck DELAGE", "Le mardi 8 avril 2025 à 14h20"),
    ("2025-04-09", "07:40", "fin de la garde à vue", "Le mercredi 9 avril 2025 à 07h40"),
]

OFFENCES = [
    {"qualification": "abus de confiance", "code_article": "314-1"},
    {"qualification": "faux et usage de faux", "code_article": "441-1"},
    {"qualification": "recel", "code_article": "321-1"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("releve_bancaire", 3, 3),
    ("photographie", 4, 4),
    ("pv_audition", 5, 5),
    ("pv_audition", 6, 6),
    ("requisition", 7, 7),
    ("requisition", 8, 8),
    ("pv_audition", 9, 10),
    ("pv_audition", 11, 11),
    ("note_manuscrite", 12, 12),
    ("photographie", 13, 13),
    ("pv_garde_a_vue", 15, 15),
    ("casier_judiciaire", 16, 16),
    ("rapport", 17, 17),
]

QUESTIONS = [
    ("Combien l'assistante comptable a-t-elle détourné au total au préjudice de la société ?", ["pour un total de 86 430,00 euros", "soit 86 430,00 euros", "montant cumulé de 86 430,00 euros"]),
    ("En combien de paiements les fonds sont-ils partis vers le faux fournisseur ?", ["j'ai compté 27 virements", "27 virements de la SARL ATELIERS DU VIGENAL", "payer par la société 27 virements"]),
    ("À quelle date remonte le premier paiement suspect ?", ["entre le 15 février 2023", "du 15/02/2023 au 31/01/2025", "Du 15 février 2023 au 31 janvier 2025"]),
    ("Quel est le montant TTC de la facture EDC-2024-031 ?", ["montant TTC 3 912,00 euros"]),
    ("Au nom de qui est ouvert le compte qui a encaissé les virements ?", ["au nom de M. DELAGE Franck", "sur un compte ouvert au nom de son compagnon"]),
    ("Quelle part de l'argent est revenue directement sur le compte personnel de Mme MARCOUX ?", ["compte personnel de Mme MARCOUX Sylvie pour 61 200,00 euros"]),
    ("Combien a été retiré en liquide sur le compte d'EMBALLAGES DU CENTRE ?", ["retraits d'espèces pour 14 850,00 euros"]),
    ("Quel était le budget annuel des emballages avant les faits ?", ["passé de 11 200 euros en 2022"]),
    ("À combien les achats de cartons comptabilisés en 2024 se sont-ils élevés ?", ["à 49 800 euros en 2024"]),
    ("Quel est le salaire mensuel de la mise en cause ?", ["Son salaire net est de 2 140 euros par mois"]),
    ("Quelle somme Mme MARCOUX admet-elle avoir prise ?", ["j'ai pris environ 40 000 euros"]),
    ("À quelle heure Mme MARCOUX a-t-elle été placée en garde à vue ?", ["placée en garde à vue le 8 avril 2025 à 08h10", "débutée le 8 avril 2025 à 08h10"]),
    ("Combien de temps la garde à vue a-t-elle duré ?", ["une durée de 23 heures 30 minutes"]),
    ("Quelle adresse le faux fournisseur indiquait-il sur ses factures ?", ["41 route de Toulouse"]),
    ("Où demeure la comptable mise en cause ?", ["demeurant 17 rue François-Chénieux à Limoges, placée"]),
    ("D'après le feuillet saisi dans l'agenda, quel montant maximal par virement s'était-elle fixé ?", ["jamais > 4 000 / virement"]),
    ("Combien la société a-t-elle versé au faux fournisseur en janvier 2025 ?", ["sur la période : 10 300,00 euros"]),
    ("À quelle heure le tampon du faux fournisseur a-t-il été trouvé pendant la perquisition ?", ["8 avril 2025 à 09h05"]),
    ("Depuis quand la mise en cause travaille-t-elle dans l'entreprise ?", ["embauchée le 1er septembre 2014"]),
    ("Combien de personnes emploie la société victime ?", ["employant 11 salariés"]),
    ("Le gérant avait-il donné son accord pour des avances sur salaire ?", ["Je n'ai jamais autorisé la moindre avance", "m'avait autorisée oralement à prendre des avances"]),
    ("Le compagnon de la comptable connaissait-il l'origine des fonds ?", ["Franck savait très bien d'où venait l'argent", "Je ne savais pas d'où venait l'argent"]),
    ("Des cartons ont-ils vraiment été livrés par EMBALLAGES DU CENTRE ?", ["certaines livraisons ont réellement eu lieu", "Je n'ai jamais réceptionné la moindre livraison", "je n'ai jamais livré de cartons"]),
    ("Pourquoi chaque virement restait-il sous le seuil de 4 000 euros ?", ["devait valider avec une deuxième clé"]),
    ("La mise en cause a-t-elle des antécédents judiciaires ?", ["NÉANT"]),
    ("Quelles infractions l'enquêteur retient-il contre la comptable ?", ["qualification d'abus de confiance"]),
    ("Quel est le numéro de téléphone portable de M. DELAGE ?", []),
    ("À quelle date l'audience devant le tribunal correctionnel est-elle fixée ?", []),
]

ANSWERS = {
    "Combien l'assistante comptable a-t-elle détourné au total au préjudice de la société ?": "86 430,00 euros",
    "En combien de paiements les fonds sont-ils partis vers le faux fournisseur ?": "27 virements",
    "À quelle date remonte le premier paiement suspect ?": "15 février 2023",
    "Quel est le montant TTC de la facture EDC-2024-031 ?": "3 912,00 euros",
    "Quelle part de l'argent est revenue directement sur le compte personnel de Mme MARCOUX ?": "61 200,00 euros",
    "Combien a été retiré en liquide sur le compte d'EMBALLAGES DU CENTRE ?": "14 850,00 euros",
    "Quel était le budget annuel des emballages avant les faits ?": "11 200 euros",
    "À combien les achats de cartons comptabilisés en 2024 se sont-ils élevés ?": "49 800 euros",
    "Quel est le salaire mensuel de la mise en cause ?": "2 140 euros",
    "Quelle somme Mme MARCOUX admet-elle avoir prise ?": "40 000 euros",
    "À quelle heure Mme MARCOUX a-t-elle été placée en garde à vue ?": "08h10",
    "Combien de temps la garde à vue a-t-elle duré ?": "23 heures 30 minutes",
    "Quelle adresse le faux fournisseur indiquait-il sur ses factures ?": "41 route de Toulouse",
    "Où demeure la comptable mise en cause ?": "17 rue François-Chénieux",
    "D'après le feuillet saisi dans l'agenda, quel montant maximal par virement s'était-elle fixé ?": "4 000",
    "Combien la société a-t-elle versé au faux fournisseur en janvier 2025 ?": "10 300,00 euros",
    "À quelle heure le tampon du faux fournisseur a-t-il été trouvé pendant la perquisition ?": "09h05",
    "Depuis quand la mise en cause travaille-t-elle dans l'entreprise ?": "1er septembre 2014",
    "Combien de personnes emploie la société victime ?": "11 salariés",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "autorisation d'avances sur salaire par le gérant",
        "phrases": ["Je n'ai jamais autorisé la moindre avance", "m'avait autorisée oralement à prendre des avances"],
        "between": ["Bernard CHAZELAS", "Sylvie MARCOUX"],
    },
    {
        "about": "montant détourné : environ 40 000 euros selon la mise en cause, 86 430 euros selon la banque",
        "phrases": ["j'ai pris environ 40 000 euros", "soit 86 430,00 euros"],
        "between": ["Sylvie MARCOUX", "Banque régionale du Centre-Ouest"],
    },
    {
        "about": "connaissance par Franck DELAGE de l'origine des fonds",
        "phrases": ["Franck savait très bien d'où venait l'argent", "Je ne savais pas d'où venait l'argent"],
        "between": ["Sylvie MARCOUX", "Franck DELAGE"],
    },
    {
        "about": "réalité des livraisons d'EMBALLAGES DU CENTRE",
        "phrases": ["certaines livraisons ont réellement eu lieu", "Je n'ai jamais réceptionné la moindre livraison", "je n'ai jamais livré de cartons"],
        "between": ["Sylvie MARCOUX", "Kévin BOURDIER", "Franck DELAGE"],
    },
]
