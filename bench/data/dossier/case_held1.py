# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier 1 (defacto2): a SIM-swap fraud with identity theft near Montbrison (Loire), investigated by the
gendarmerie: phishing SMS, fraudulent eSIM, an online-bank account opened in the victim's own name, a money mule,
telecom and bank requisitions. Written independently of the system under test. All names, numbers and companies
are invented."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade territoriale autonome de Montbrison\nProcédure n° 00642/2025\n"

PAGES: list[tuple[str, str]] = [
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 4 mars 2025 à 11h20, devant nous, Adjudant Julien PEYRET, officier de police judiciaire en résidence à la brigade de Montbrison,
Se présente Mme Amandine VASSEUR, née le 12 juillet 1988 à Saint-Étienne (42), infirmière, demeurant 9 impasse des Tilleuls à Montbrison (42600), joignable au 06 71 28 44 93, qui dépose plainte contre X pour escroquerie et usurpation d'identité et déclare :

« Le vendredi 28 février 2025 vers 19h00, j'ai reçu un SMS qui semblait venir de l'Assurance maladie. On me demandait de renouveler ma carte Vitale en cliquant sur un lien. J'ai rempli le formulaire : nom, date de naissance, adresse, et j'ai envoyé une photo recto verso de ma carte nationale d'identité. On m'a aussi demandé de payer 1,49 euro de frais d'envoi avec ma carte bancaire, ce que j'ai fait.

Le lundi 3 mars 2025 vers 21h40, mon téléphone portable a affiché « Aucun service ». J'ai pensé à une panne du réseau et je suis allée me coucher.

Le mardi 4 mars 2025 à 07h50, en consultant mes comptes sur l'ordinateur, j'ai vu que mon compte courant à la Banque Rhodanienne de Crédit était presque vide. J'ai appelé ma banque à 08h15 depuis le téléphone fixe de mon travail et ils ont bloqué le compte. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Ma conseillère m'a expliqué qu'un nouveau bénéficiaire avait été ajouté le 3 mars au soir et que quatre virements étaient partis vers un compte ouvert chez Nexabank, à mon propre nom. Je n'ai jamais ouvert de compte chez Nexabank. Au total, il me manque 7 850 euros, c'est-à-dire toutes mes économies.

Je n'ai jamais communiqué mes codes d'accès à qui que ce soit. »

Question : Avez-vous reçu des SMS de votre banque pour valider ces virements ?
Réponse : Non, je n'ai rien reçu, mon téléphone n'avait plus de réseau.

Question : Avez-vous conservé le message reçu le 28 février ?
Réponse : Oui, je vous remets une capture d'écran du SMS.

Lecture faite, Mme VASSEUR persiste et signe avec nous.""",
    ),
    (
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE N° 1
Capture d'écran remise par Mme VASSEUR le 4 mars 2025.
Cliché n° 1 : SMS de l'expéditeur « AMELI-INFO » reçu le 28/02/2025 à 18h57.""",
    ),
    (
        "text",
        HEAD
        + """
RÉQUISITIONS JUDICIAIRES

Vu les articles 77-1-1 et 77-1-2 du Code de procédure pénale,
Vu l'autorisation de Mme Claire DUMONTET, vice-procureure de la République près le tribunal judiciaire de Saint-Étienne,
Nous, Adjudant Julien PEYRET, officier de police judiciaire,

Requérons la société Télénova, service des obligations légales, de nous communiquer pour la ligne 06 71 28 44 93 :
- l'historique des changements de carte SIM et des activations de eSIM entre le 25 février et le 4 mars 2025 ;
- les modalités de chaque demande (canal utilisé, numéro appelant, pièces d'identité fournies) ;
- le détail des appels et SMS entrants et sortants du 3 mars 2025 à 21h00 au 4 mars 2025 à 08h00.

Requérons la Banque Rhodanienne de Crédit de nous communiquer le relevé des opérations du compte courant de Mme Amandine VASSEUR du 1er au 4 mars 2025, les bénéficiaires ajoutés et les adresses IP de connexion à la banque en ligne.

Fait à Montbrison, le 5 mars 2025 à 09h00.""",
    ),
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE - TÉLÉNOVA
Service des obligations légales, le 7 mars 2025.

Ligne 06 71 28 44 93, titulaire : Mme VASSEUR Amandine, abonnée depuis 2016.

Le 3 mars 2025 à 21h12, appel au service client depuis le numéro 07 56 43 21 09. L'appelant s'est présenté comme la titulaire de la ligne, a déclaré avoir perdu son téléphone et a donné la date de naissance et l'adresse de la titulaire. Une copie de la carte nationale d'identité de la titulaire a été transmise par courriel depuis l'adresse amandine.vass88@postmail.fr.

Le 3 mars 2025 à 21h37, un profil eSIM a été activé sur un appareil d'IMEI 356938107745312. L'ancienne carte SIM de la titulaire a été désactivée au même instant.

Entre 22h03 et 22h30, la ligne a reçu 5 SMS de l'expéditeur « BRC-SECURE », délivrés sur l'eSIM.

Le numéro 07 56 43 21 09 correspond à une carte prépayée Télénova activée le 20 février 2025 sous l'identité déclarée « Sacha MOREL », sans justificatif. Dernier bornage relevé : relais de Villeurbanne (69), le 3 mars 2025 à 21h12.

(annexe : détail des communications, page suivante)""",
    ),
    ("noise", ""),
    (
        "scan",
        """BANQUE RHODANIENNE DE CRÉDIT - Service Sécurité financière
RÉPONSE À RÉQUISITION JUDICIAIRE du 5 mars 2025
Procédure n° 00642/2025 - Brigade de Montbrison

Compte courant de Mme Amandine VASSEUR, IBAN FR76 1680 7000 2100 0045 3318 761.

Le 3 mars 2025 à 21h58, ajout d'un bénéficiaire « A. VASSEUR NEXA » (IBAN FR76 1744 8000 01XX XXXX XX92 04) depuis l'adresse IP 92.184.107.36, validé par code SMS.

Virements émis vers ce bénéficiaire :
- 3 mars 2025 à 22h05 : 2 500,00 euros
- 3 mars 2025 à 22h11 : 2 500,00 euros
- 3 mars 2025 à 22h19 : 1 900,00 euros
- 3 mars 2025 à 22h28 : 950,00 euros
Total : 7 850,00 euros.

Solde du compte au 4 mars 2025 à 08h15 : 112,47 euros. Le compte a été bloqué à la demande de la cliente à 08h21.""",
    ),
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu l'article 77-1-1 du Code de procédure pénale,
Vu l'autorisation de Mme Claire DUMONTET, vice-procureure de la République près le tribunal judiciaire de Saint-Étienne,
Nous, Adjudant Julien PEYRET, officier de police judiciaire,

Requérons la société Nexabank, cellule réquisitions, de nous communiquer pour le compte bénéficiaire des virements du 3 mars 2025 (IBAN se terminant par 92 04) : l'identité déclarée du titulaire, les pièces fournies à l'ouverture, le numéro de téléphone et l'adresse électronique associés, les adresses IP de connexion, ainsi que le relevé des opérations depuis l'ouverture.

Requérons en outre la société Nexabank de procéder au blocage conservatoire du solde de ce compte.

Fait à Montbrison, le 5 mars 2025 à 09h20.""",
    ),
    (
        "scan",
        HEAD
        + """
NEXABANK - Cellule réquisitions - Réponse du 10 mars 2025

Compte ouvert en ligne le 25 février 2025 à 23h14 au nom de VASSEUR Amandine, née le 12/07/1988. Pièce fournie : carte nationale d'identité (recto verso). Selfie de vérification : homme d'environ 25 ans, portant une casquette (cliché joint).
Téléphone associé : 07 56 43 21 09. Courriel : amandine.vass88@postmail.fr.

Opérations :
- 3 mars 2025 : 4 virements reçus de la Banque Rhodanienne de Crédit, total 7 850,00 euros.
- 4 mars 2025 à 00h12 : virement de 7 500,00 euros vers le compte FR76 4255 9000 08XX XXXX XX61 27 au nom de BELKACEM Yanis, Crédit Fluvial.
Adresse IP de connexion du 4 mars 2025 à 00h12 : 92.184.107.36.

Le compte a été bloqué le 5 mars 2025 à réception de la réquisition. Solde restant : 350,00 euros.""",
    ),
    (
        "scan",
        """CRÉDIT FLUVIAL - Direction de la conformité
RÉPONSE À RÉQUISITION JUDICIAIRE du 11 mars 2025
Procédure n° 00642/2025 - Brigade de Montbrison

Compte de M. BELKACEM Yanis, né le 3 novembre 2003 à Lyon (69), demeurant 27 rue Gabriel-Péri à Vénissieux (69200). Carte bancaire associée n° 4974 XXXX XXXX 5583.

- 4 mars 2025 à 00h14 : réception d'un virement de 7 500,00 euros (émetteur : VASSEUR Amandine, Nexabank).
- 4 mars 2025 à 10h02 : retrait d'espèces de 1 000,00 euros au distributeur de l'agence Crédit Fluvial de Lyon Part-Dieu, carte se terminant par 5583.
- 4 mars 2025 à 10h47 : virement de 6 200,00 euros vers la plateforme de cryptoactifs Coinvalor.
- 5 mars 2025 à 14h30 : paiement par carte de 290,00 euros, boutique de téléphonie à Vénissieux.

Solde au 11 mars 2025 : 10,00 euros.
Les images de vidéoprotection du distributeur sont conservées 30 jours et tenues à votre disposition.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 17 mars 2025 à 14h10, devant nous, Maréchal des logis-chef Laura CHAPUIS, officier de police judiciaire, assistée de l'Adjudant Julien PEYRET,
En présence de Maître Sonia RIGAUD, avocate au barreau de Lyon,
Entendons M. BELKACEM Yanis, placé en garde à vue le 17 mars 2025 à 09h00, qui déclare :

« J'ai été contacté sur Snapchat fin février par un certain Sacha. Il m'a proposé 300 euros pour recevoir de l'argent sur mon compte, il disait que c'était pour éviter les impôts. Le 2 mars, je lui ai donné ma carte bancaire et mon code, devant la gare de Vénissieux. Je ne l'ai jamais vu avant. Le 4 mars au matin, j'étais chez moi à Vénissieux, je dormais, je n'ai retiré aucun argent. Je ne connais pas Mme VASSEUR. »

Question : Comment expliquez-vous le paiement de 290 euros dans une boutique de téléphonie de Vénissieux le 5 mars ?
Réponse : Sacha m'a rendu la carte le 5 mars. J'ai acheté un téléphone avec, c'était ma part.

Question : Sur les images du distributeur de l'agence de Lyon Part-Dieu, un homme retire 1 000 euros le 4 mars à 10h02 avec votre carte. C'est vous ?
Réponse : Ce n'est pas moi. Je n'ai rien d'autre à dire.

Question : Avez-vous un numéro de téléphone pour joindre Sacha ?
Réponse : Non, on parlait seulement sur Snapchat, son compte a été supprimé.

Lecture faite par lui-même, M. BELKACEM persiste et signe avec nous et son conseil.""",
    ),
    (
        "hand",
        """Note de Mme Vasseur pour la gendarmerie
28/02 vers 19h : SMS Ameli
j'ai envoyé la photo de ma CNI
et payé 1,49 € avec ma carte
3/03 vers 21h40 : plus de réseau
jamais eu de compte Nexabank !""",
    ),
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : BELKACEM Yanis, né le 3 novembre 2003 à Lyon (69).

Condamnation n° 1 : jugement du tribunal correctionnel de Lyon du 9 mai 2023. Recel de bien provenant d'un délit, article 321-1 du Code pénal. Peine : 70 heures de travail d'intérêt général.

Fin du relevé.""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant Julien PEYRET à Madame la Procureure de la République près le tribunal judiciaire de Saint-Étienne.

Le 28 février 2025, Mme Amandine VASSEUR a répondu à un SMS d'hameçonnage se présentant comme l'Assurance maladie et a transmis une copie de sa carte nationale d'identité. Ces données ont permis d'ouvrir à son nom, dès le 25 février 2025 selon la banque (soit avant le SMS, ce qui laisse supposer une fuite antérieure de ses données), un compte chez Nexabank, puis d'obtenir le 3 mars 2025 l'activation frauduleuse d'une eSIM sur sa ligne auprès de l'opérateur Télénova. L'auteur a ainsi reçu les codes de validation de la banque et émis quatre virements.

Préjudice de Mme VASSEUR : 7 850 euros, dont 350 euros bloqués chez Nexabank.

Les fonds ont transité le 4 mars 2025 vers le compte de M. Yanis BELKACEM au Crédit Fluvial. Les images de vidéoprotection du distributeur de l'agence de Lyon Part-Dieu, exploitées le 14 mars 2025, montrent M. BELKACEM effectuant le retrait de 1 000 euros à 10h02, seul et à visage découvert. Il conteste pourtant ce retrait.

La même adresse IP (92.184.107.36) a servi à ajouter le bénéficiaire à la Banque Rhodanienne de Crédit et à vider le compte Nexabank. Le pseudonyme « Sacha » et la ligne prépayée 07 56 43 21 09 n'ont pas permis, à ce stade, d'identifier l'auteur principal.

Les faits sont susceptibles de recevoir les qualifications suivantes :
- escroquerie, article 313-1 du Code pénal ;
- usurpation d'identité, article 226-4-1 du Code pénal ;
- pour M. BELKACEM, blanchiment, article 324-1 du Code pénal.

Fait à Montbrison, le 20 mars 2025.""",
    ),
]

PERSONS = [
    {"name": "Amandine VASSEUR", "role": "victime", "aliases": ["Mme VASSEUR", "VASSEUR Amandine"]},
    {"name": "Yanis BELKACEM", "role": "mis en cause", "aliases": ["BELKACEM Yanis", "M. BELKACEM"]},
    {"name": "Sacha", "role": "mis en cause", "aliases": ["Sacha MOREL"]},
    {"name": "Julien PEYRET", "role": "enquêteur", "aliases": []},
    {"name": "Laura CHAPUIS", "role": "enquêteur", "aliases": []},
    {"name": "Claire DUMONTET", "role": "magistrat", "aliases": []},
    {"name": "Sonia RIGAUD", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2023-05-09", None, "condamnation de Yanis BELKACEM pour recel", "9 mai 2023"),
    ("2025-02-20", None, "activation de la ligne prépayée 07 56 43 21 09", "activée le 20 février 2025"),
    ("2025-02-25", "23:14", "ouverture du compte Nexabank au nom de la victime", "Compte ouvert en ligne le 25 février 2025 à 23h14"),
    ("2025-02-28", "19:00", "réception du SMS d'hameçonnage", "Le vendredi 28 février 2025 vers 19h00"),
    ("2025-03-02", None, "remise de la carte de BELKACEM à Sacha", "Le 2 mars, je lui ai donné ma carte"),
    ("2025-03-03", "21:12", "appel frauduleux au service client Télénova", "Le 3 mars 2025 à 21h12"),
    ("2025-03-03", "21:37", "activation de l'eSIM frauduleuse", "à 21h37, un profil eSIM"),
    ("2025-03-03", "21:58", "ajout du bénéficiaire A. VASSEUR NEXA", "Le 3 mars 2025 à 21h58"),
    ("2025-03-03", "22:05", "premier virement de 2 500 euros", "22h05 : 2 500,00 euros"),
    ("2025-03-03", "22:28", "dernier virement de 950 euros", "22h28 : 950,00 euros"),
    ("2025-03-04", "00:12", "virement de 7 500 euros vers le compte de BELKACEM", "4 mars 2025 à 00h12 : virement"),
    ("2025-03-04", "08:15", "appel de la victime à sa banque", "J'ai appelé ma banque à 08h15"),
    ("2025-03-04", "10:02", "retrait de 1 000 euros au distributeur", "4 mars 2025 à 10h02 : retrait"),
    ("2025-03-04", "10:47", "virement de 6 200 euros vers Coinvalor", "4 mars 2025 à 10h47"),
    ("2025-03-04", "11:20", "dépôt de plainte", "Le 4 mars 2025 à 11h20"),
    ("2025-03-17", "14:10", "audition de Yanis BELKACEM en garde à vue", "Le 17 mars 2025 à 14h10"),
]

OFFENCES = [
    {"qualification": "escroquerie", "code_article": "313-1"},
    {"qualification": "usurpation d'identité", "code_article": "226-4-1"},
    {"qualification": "blanchiment", "code_article": "324-1"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("planche_photographique", 3, 3),
    ("requisition", 4, 4),
    ("requisition", 5, 6),
    ("requisition", 7, 7),
    ("requisition", 8, 8),
    ("requisition", 9, 9),
    ("requisition", 10, 10),
    ("pv_audition", 11, 11),
    ("note_manuscrite", 12, 12),
    ("casier_judiciaire", 13, 13),
    ("rapport", 14, 14),
]

QUESTIONS = [
    ("Combien d'argent la plaignante s'est-elle fait dérober au total ?", ["il me manque 7 850 euros", "Total : 7 850,00 euros", "Préjudice de Mme VASSEUR : 7 850 euros"]),
    ("Quel est le numéro de portable de la victime, celui qui a été détourné ?", ["joignable au 06 71 28 44 93", "pour la ligne 06 71 28 44 93", "Ligne 06 71 28 44 93, titulaire"]),
    ("De quel numéro l'escroc a-t-il appelé l'opérateur en se faisant passer pour la cliente ?", ["depuis le numéro 07 56 43 21 09"]),
    ("À quelle heure la fausse eSIM a-t-elle été mise en service ?", ["à 21h37, un profil eSIM"]),
    ("Quel jour la plaignante est-elle tombée dans le piège du faux message de la Sécu ?", ["Le vendredi 28 février 2025 vers 19h00", "Le 28 février 2025, Mme Amandine VASSEUR a répondu"]),
    ("En combien d'opérations son compte a-t-il été vidé ?", ["quatre virements étaient partis", "4 virements reçus", "émis quatre virements"]),
    ("Quel était le montant du tout premier transfert frauduleux ?", ["22h05 : 2 500,00 euros"]),
    ("Chez quelle banque en ligne, et sous quel nom, le compte de réception avait-il été créé ?", ["ouvert chez Nexabank, à mon propre nom", "Compte ouvert en ligne le 25 février 2025"]),
    ("Depuis quand le compte Nexabank existait-il ?", ["Compte ouvert en ligne le 25 février 2025 à 23h14", "dès le 25 février 2025 selon la banque"]),
    ("Quelle somme est partie ensuite vers le compte de la mule ?", ["virement de 7 500,00 euros vers le compte", "réception d'un virement de 7 500,00 euros"]),
    ("Combien le titulaire du compte relais a-t-il sorti en liquide au distributeur ?", ["retrait d'espèces de 1 000,00 euros", "un homme retire 1 000 euros", "effectuant le retrait de 1 000 euros"]),
    ("Quelle somme a été convertie en cryptomonnaies ?", ["virement de 6 200,00 euros vers la plateforme"]),
    ("Que lui avait-on promis pour se servir de son compte ?", ["Il m'a proposé 300 euros"]),
    ("Quelle adresse IP relie l'ajout du bénéficiaire au vidage du compte en ligne ?", ["depuis l'adresse IP 92.184.107.36", "Adresse IP de connexion du 4 mars 2025 à 00h12", "La même adresse IP (92.184.107.36)"]),
    ("Sous quel faux nom la carte SIM prépayée avait-elle été enregistrée ?", ["sous l'identité déclarée « Sacha MOREL »"]),
    ("Dans quelle commune le téléphone de l'escroc a-t-il été localisé lors de l'appel à l'opérateur ?", ["Dernier bornage relevé : relais de Villeurbanne"]),
    ("Qui nie avoir retiré les espèces, et qu'est-ce qui le dément ?", ["je n'ai retiré aucun argent", "montrent M. BELKACEM effectuant le retrait"]),
    ("Sur quel article fonde-t-on les poursuites pour l'usage de l'identité de la victime ?", ["usurpation d'identité, article 226-4-1"]),
    ("Le suspect interpellé a-t-il déjà été condamné, et pour quoi ?", ["Recel de bien provenant d'un délit"]),
    ("Combien d'argent a pu être gelé sur le compte en ligne ?", ["Solde restant : 350,00 euros", "dont 350 euros bloqués"]),
    ("Quel magistrat a autorisé les réquisitions ?", ["Vu l'autorisation de Mme Claire DUMONTET"]),
    ("Que restait-il sur le compte de la victime quand elle a fait opposition ?", ["Solde du compte au 4 mars 2025 à 08h15 : 112,47 euros"]),
    ("Combien la victime a-t-elle réglé sur le faux site pour de prétendus frais de port ?", ["payer 1,49 euro de frais d'envoi", "payé 1,49 € avec ma carte"]),
    ("Qui assistait le jeune homme pendant sa garde à vue ?", ["Maître Sonia RIGAUD"]),
    ("À quelle heure la plaignante a-t-elle prévenu sa banque ?", ["J'ai appelé ma banque à 08h15"]),
    ("Par quels chiffres se termine la carte utilisée au distributeur ?", ["carte se terminant par 5583"]),
    ("Quand le suspect dit-il avoir remis sa carte bancaire à Sacha ?", ["Le 2 mars, je lui ai donné ma carte"]),
    ("Combien le jeune homme a-t-il dépensé dans le magasin de téléphonie ?", ["paiement par carte de 290,00 euros", "paiement de 290 euros"]),
    ("Quel modèle de téléphone portable la victime utilisait-elle ?", []),
    ("Quel montant de dommages et intérêts le tribunal a-t-il alloué à la plaignante ?", []),
]

ANSWERS = {
    "Combien d'argent la plaignante s'est-elle fait dérober au total ?": "7 850",
    "Quel est le numéro de portable de la victime, celui qui a été détourné ?": "06 71 28 44 93",
    "De quel numéro l'escroc a-t-il appelé l'opérateur en se faisant passer pour la cliente ?": "07 56 43 21 09",
    "À quelle heure la fausse eSIM a-t-elle été mise en service ?": "21h37",
    "Quel jour la plaignante est-elle tombée dans le piège du faux message de la Sécu ?": "28 février 2025",
    "En combien d'opérations son compte a-t-il été vidé ?": "quatre",
    "Quel était le montant du tout premier transfert frauduleux ?": "2 500,00",
    "Depuis quand le compte Nexabank existait-il ?": "25 février 2025",
    "Quelle somme est partie ensuite vers le compte de la mule ?": "7 500,00",
    "Combien le titulaire du compte relais a-t-il sorti en liquide au distributeur ?": "1 000",
    "Quelle somme a été convertie en cryptomonnaies ?": "6 200,00",
    "Que lui avait-on promis pour se servir de son compte ?": "300 euros",
    "Quelle adresse IP relie l'ajout du bénéficiaire au vidage du compte en ligne ?": "92.184.107.36",
    "Sur quel article fonde-t-on les poursuites pour l'usage de l'identité de la victime ?": "226-4-1",
    "Combien d'argent a pu être gelé sur le compte en ligne ?": "350",
    "Que restait-il sur le compte de la victime quand elle a fait opposition ?": "112,47",
    "Combien la victime a-t-elle réglé sur le faux site pour de prétendus frais de port ?": "1,49",
    "À quelle heure la plaignante a-t-elle prévenu sa banque ?": "08h15",
    "Par quels chiffres se termine la carte utilisée au distributeur ?": "5583",
    "Quand le suspect dit-il avoir remis sa carte bancaire à Sacha ?": "2 mars",
    "Combien le jeune homme a-t-il dépensé dans le magasin de téléphonie ?": "290",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "retrait de 1 000 euros du 4 mars 2025 : Yanis BELKACEM le nie, la vidéoprotection le montre",
        "phrases": ["je n'ai retiré aucun argent", "montrent M. BELKACEM effectuant le retrait"],
    },
    {
        "about": "date de l'ouverture du compte Nexabank (25 février) antérieure au SMS d'hameçonnage (28 février)",
        "phrases": ["Compte ouvert en ligne le 25 février 2025 à 23h14", "Le vendredi 28 février 2025 vers 19h00"],
    },
]
