# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 6: a fictitious school cyber-harassment and death-threats case in Rouen, with a 13-year-old
victim and a 15-year-old suspect. Written blind (no access to the system's code or other evaluation data).
All persons, the school, accounts, addresses and e-mail are invented; the phone number is in the range ARCEP keeps
for fiction (06 39 98 ..) and the IP address is in a documentation range (203.0.113.0/24); the town and court are real."""

from __future__ import annotations

HEAD = "POLICE NATIONALE - Brigade de protection de la famille de Rouen (76)\nProcédure n° 2025/000318\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le lundi 20 janvier 2025 à 17h30, devant nous, Mathieu DESCHAMPS, Brigadier de police, officier de police judiciaire,
Se présente Mme Karine MOREAU, née le 4 juillet 1982 à Elbeuf (76), aide-soignante, demeurant 7 rue Saint-Vivien à Rouen, agissant en qualité de représentante légale de sa fille mineure Lina MOREAU, née le 9 mars 2011 à Rouen, âgée de 13 ans, élève de quatrième au collège du Robec à Rouen, qui dépose plainte pour harcèlement et menaces de mort et déclare :

« Depuis début décembre, un compte Instagram appelé « lina.la.balance » publie des photos de ma fille prises en classe, avec des insultes. Beaucoup d'élèves du collège le suivent.

Le lundi 13 janvier 2025, j'ai trouvé dans le sac de Lina un mot écrit à la main qui la menaçait. Le mardi 14 janvier au soir, elle a reçu sur Snapchat, d'un compte « vengeur_76 », des messages disant qu'elle allait mourir. Elle est venue dans notre chambre en pleurant.

Depuis le mercredi 15 janvier 2025, Lina refuse d'aller au collège. Elle ne dort plus et ne mange presque plus. »""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Lina pense que c'est Noah, un garçon de troisième. En novembre, elle avait dit à la conseillère principale d'éducation que Noah avait pris de force le téléphone d'un élève de sixième. Depuis, des élèves l'appellent « la balance ».

Le collège a été prévenu par d'autres élèves et le principal a fait un signalement au procureur. Notre médecin de famille a vu Lina le 17 janvier 2025 et a rédigé un certificat.

Je remets aux enquêteurs les captures d'écran faites sur le téléphone de Lina, le mot trouvé dans son sac et le certificat médical. Mon mari, Olivier MOREAU, s'associe à la plainte. »

Lecture faite, Mme MOREAU persiste et signe avec nous.""",
    ),
    # 3
    (
        "photo",
        HEAD
        + """
CAPTURE D'ÉCRAN N° 1 - remise par la plaignante le 20 janvier 2025
Profil Instagram « lina.la.balance » : 9 publications, 212 abonnés. Biographie : « la plus grosse balance du collège du Robec ».
Capture n° 1 : profil public, photo de Lina en classe floutée par nos soins""",
    ),
    # 4
    (
        "photo",
        HEAD
        + """
CAPTURE D'ÉCRAN N° 2 - Conversation Snapchat avec « vengeur_76 »
14/01/2025 21:47 : « t'es morte lundi ». 21:49 : « on va te planter à la sortie du collège balance ».
Capture n° 2 : conversation Snapchat sur le téléphone de Lina""",
    ),
    # 5
    (
        "hand",
        """BALANCE
lundi après le bus de 7h42
tu vas voir ce qui arrive
aux balances.
Tout le monde te déteste.
Personne va te regretter.""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE MINEURE VICTIME (enregistrement audiovisuel)

Le mercredi 22 janvier 2025 à 14h00, dans la salle d'audition adaptée de l'hôtel de police de Rouen, devant nous, Julie RENARD, Gardien de la paix, agent de police judiciaire, agissant sous le contrôle du Brigadier DESCHAMPS, en présence de Mme Clémence DUVAL, psychologue,
Entendons Lina MOREAU, 13 ans, qui déclare :

« Le compte sur Instagram, ça a commencé juste après que j'ai parlé à la CPE. Il y avait des photos de moi en cours et des commentaires comme « personne va te regretter ».

Le vendredi 10 janvier, dans la cour, Noah m'a poussée contre le grillage et m'a dit « tu vas payer ». Ses copains riaient.

Le mardi soir, j'ai reçu les messages sur Snapchat. J'ai eu très peur, j'ai cru qu'ils allaient vraiment m'attendre à la sortie. Je n'ai plus voulu y aller. Le mot dans mon sac, c'est la même phrase que sur Instagram. Je prends le bus de 7h42 tous les matins, Noah le sait parce qu'il habite dans le quartier. »

Fin de l'enregistrement à 14h52.""",
    ),
    # 7
    (
        "scan",
        "COLLÈGE DU ROBEC - ROUEN - Académie de Normandie\n"
        + """
SIGNALEMENT AU PROCUREUR DE LA RÉPUBLIQUE (article 40 du Code de procédure pénale)

Rouen, le jeudi 16 janvier 2025.
Le principal, M. Hervé LANGLOIS, à Madame la Procureure de la République près le tribunal judiciaire de Rouen.

Le 13 janvier 2025, 3 élèves de quatrième ont signalé à la CPE, Mme Fabienne LEROUX, un compte Instagram qui publie des photos d'une élève, Lina MOREAU, avec des insultes.

Le 10 janvier 2025, une surveillante a vu un élève de troisième, Noah LECLERC, bousculer Lina MOREAU dans la cour ; il a nié.

En novembre 2024, Lina MOREAU avait dénoncé ce même élève pour avoir pris le téléphone d'un élève de sixième ; il avait été sanctionné de 2 jours d'exclusion.

Lina MOREAU est absente depuis le 15 janvier 2025. La famille a été reçue le 16 janvier à 8h30.""",
    ),
    # 8
    (
        "scan",
        """Dr Pauline HÉBERT - Médecin généraliste - 40 rue Jeanne-d'Arc, Rouen

CERTIFICAT MÉDICAL

Je soussignée certifie avoir examiné le 17 janvier 2025 l'enfant Lina MOREAU, née le 9 mars 2011, accompagnée de sa mère.

L'enfant décrit des messages menaçants reçus en ligne et des moqueries au collège. Elle présente des troubles du sommeil, une perte d'appétit, des pleurs fréquents et une peur intense de retourner au collège.

Incapacité totale de travail (ITT) : 10 jours, sous réserve de complications. Orientation vers la maison des adolescents.

Certificat remis en main propre à la mère pour faire valoir ce que de droit.""",
    ),
    # 9
    (
        "text",
        HEAD
        + """
RÉQUISITIONS JUDICIAIRES

Vu l'article 77-1-1 du Code de procédure pénale et l'autorisation de Mme Anne-Sophie RIVIÈRE, substitute du procureur de la République, section des mineurs, parquet de Rouen,
Nous, Mathieu DESCHAMPS, officier de police judiciaire,

1. Requérons Snap Inc., par son portail destiné aux forces de l'ordre, de communiquer pour le compte « vengeur_76 » : date de création, adresse électronique, numéro de téléphone et adresses IP de connexion du 8 au 20 janvier 2025.

2. Requérons Meta Platforms Ireland Ltd de communiquer les mêmes éléments pour le compte Instagram « lina.la.balance ».

3. Requérons tout opérateur concerné de communiquer l'identité de l'abonné titulaire des adresses IP qui seront obtenues.

Fait à Rouen, le jeudi 23 janvier 2025.""",
    ),
    # 10
    (
        "scan",
        HEAD
        + """
RÉPONSE DE SNAP INC. (traduction) - reçue le 27 janvier 2025

Compte : vengeur_76 - créé le 08/01/2025 à 18:03 (heure de Paris).
Adresse électronique : vengeur76@exemple-mail.fr (non vérifiée).
Numéro de téléphone vérifié : 06 39 98 41 27.
Connexions : 14/01/2025 21:46:10 - IP 203.0.113.47 ; 14/01/2025 21:50:02 - IP 203.0.113.47.
Le compte a été supprimé par son utilisateur le 21/01/2025 à 07:12.""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
RÉPONSE DE META PLATFORMS IRELAND LTD - reçue le 29 janvier 2025 (traduction)

Compte Instagram : lina.la.balance - créé le 02/12/2024 à 19:12 (heure de Paris) depuis l'adresse IP 203.0.113.47.
Adresse électronique : vengeur76@exemple-mail.fr.
Numéro de téléphone : aucun.
Dernière connexion : 19/01/2025 à 22:31 depuis l'adresse IP 203.0.113.47. Compte désactivé par Meta le 24/01/2025 à la suite de signalements.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
RÉPONSE DE L'OPÉRATEUR ORANGE - reçue le vendredi 31 janvier 2025

L'adresse IP 203.0.113.47 était attribuée, aux dates et heures demandées (02/12/2024 19:12, 14/01/2025 21:46 et 21:50, 19/01/2025 22:31), à la box internet de l'abonné : M. LECLERC Stéphane, né le 15 septembre 1980, demeurant 14 rue Eau-de-Robec à Rouen.

Ligne mobile 06 39 98 41 27 : abonnement souscrit par M. LECLERC Stéphane, utilisateur déclaré : LECLERC Noah.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN MINEUR

Le mardi 28 janvier 2025 à 16h30, devant nous, Julie RENARD, agent de police judiciaire, en présence de son père, M. Karim BERTIN,
Entendons Inès BERTIN, née le 3 octobre 2010 à Rouen, 14 ans, élève de quatrième au collège du Robec, qui déclare :

« Je suis la meilleure amie de Lina. Le compte « lina.la.balance » tourne dans tout le collège, presque toute la classe le suivait.

Noah s'est vanté dans le bus que c'était lui qui avait créé le compte, il a dit « elle m'a fait virer deux jours, je vais la détruire ». J'étais assise juste derrière lui. Je ne connais pas de garçon prénommé Enzo dans son groupe.

Le 10 janvier, j'ai vu Noah pousser Lina contre le grillage de la cour. »

Lecture faite, Inès BERTIN et son père persistent et signent.""",
    ),
    # 14
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE MINEUR GARDÉ À VUE

Le mardi 4 février 2025 à 09h30, devant nous, Mathieu DESCHAMPS, officier de police judiciaire, l'audition faisant l'objet d'un enregistrement audiovisuel,
En présence de Maître Sophie AUBERT, avocate au barreau de Rouen, sa mère, Mme Sandra LECLERC, ayant été avisée,
Entendons Noah LECLERC, né le 2 mai 2009 à Rouen, 15 ans, élève de troisième, demeurant 14 rue Eau-de-Robec à Rouen, placé en garde à vue le 4 février 2025 à 07h00, qui déclare :

« Oui, j'ai créé le compte Instagram, c'était une blague, tout le monde rigolait. Elle m'avait balancé et j'ai eu 2 jours d'exclusion à cause d'elle.

Les messages sur Snapchat, ce n'est pas moi. C'est un copain, Enzo, qui avait pris mon téléphone. Je ne connais pas son nom de famille, il est dans un autre collège.

Le mot dans le sac, je ne sais pas qui l'a écrit.

Je ne l'ai jamais touchée, dans la cour je suis juste passé à côté d'elle.

Le soir, j'ai mon téléphone dans ma chambre, ma mère ne le prend pas. »

Lecture faite, Noah LECLERC persiste et signe, ainsi que son avocate.""",
    ),
    # 15
    (
        "photo",
        HEAD
        + """
EXPLOITATION DU TÉLÉPHONE DE NOAH LECLERC (scellé n° 1) - 4 février 2025
Application Snapchat : identifiant de connexion vengeur_76 mémorisé. Notes : brouillon « t'es morte lundi » modifié le 14/01/2025 à 21:44.
Photographie de l'écran du téléphone saisi, application Notes ouverte""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le mardi 4 février 2025 à 15h00, devant nous, Julie RENARD, agent de police judiciaire,
Entendons Mme Sandra LECLERC, née le 21 février 1983 à Rouen, secrétaire médicale, mère de Noah LECLERC, qui déclare :

« À la maison, la règle est stricte : le téléphone de Noah reste dans la cuisine à partir de 21h00, tous les soirs, même le week-end. Le 14 janvier, il l'a posé dans la cuisine comme d'habitude.

Je ne connais pas d'Enzo. Noah ne m'a jamais parlé de Lina. »

Lecture faite, Mme LECLERC persiste et signe.

PROCÈS-VERBAL DE FIN DE GARDE À VUE

Le mardi 4 février 2025 à 17h30, il est mis fin à la garde à vue de Noah LECLERC, débutée le même jour à 07h00, soit une durée de 10 heures 30 minutes. Il a été examiné par un médecin à 08h15. Sur instruction de Mme RIVIÈRE, il est remis à sa mère et sera convoqué devant le juge des enfants de Rouen.""",
    ),
    # 17
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Brigadier Mathieu DESCHAMPS à Madame la Procureure de la République près le tribunal judiciaire de Rouen, section des mineurs.

Du 2 décembre 2024 au 19 janvier 2025, Lina MOREAU, 13 ans, élève au collège du Robec, a été la cible d'un compte Instagram « lina.la.balance » diffusant des photos et des insultes, puis, le 14 janvier 2025, de messages de menaces de mort envoyés par le compte Snapchat « vengeur_76 ». Elle ne va plus au collège depuis le 15 janvier 2025 ; une ITT de 10 jours a été fixée.

Les deux comptes ont été utilisés depuis la box internet du domicile de Noah LECLERC, 15 ans ; le compte Snapchat est rattaché à sa ligne mobile et son téléphone contient le brouillon du message de menace. Noah LECLERC reconnaît le compte Instagram mais impute les messages Snapchat à un certain « Enzo », que personne ne connaît.

Les faits sont susceptibles de recevoir la qualification de harcèlement scolaire ayant entraîné une ITT supérieure à huit jours, prévu par l'article 222-33-2-3 du Code pénal, et de menaces de mort, article 222-17 du Code pénal.

Fait à Rouen, le mardi 11 février 2025.""",
    ),
]

PERSONS = [
    {"name": "Lina MOREAU", "role": "victime", "aliases": ["Lina"]},
    {"name": "Karine MOREAU", "role": "autre", "aliases": ["Mme MOREAU"]},
    {"name": "Olivier MOREAU", "role": "autre", "aliases": []},
    {"name": "Noah LECLERC", "role": "mis en cause", "aliases": ["LECLERC Noah", "Noah", "vengeur_76"]},
    {"name": "Sandra LECLERC", "role": "témoin", "aliases": ["Mme LECLERC"]},
    {"name": "Stéphane LECLERC", "role": "autre", "aliases": ["LECLERC Stéphane"]},
    {"name": "Inès BERTIN", "role": "témoin", "aliases": []},
    {"name": "Karim BERTIN", "role": "autre", "aliases": []},
    {"name": "Hervé LANGLOIS", "role": "témoin", "aliases": []},
    {"name": "Fabienne LEROUX", "role": "témoin", "aliases": []},
    {"name": "Pauline HÉBERT", "role": "autre", "aliases": []},
    {"name": "Clémence DUVAL", "role": "autre", "aliases": []},
    {"name": "Enzo", "role": "autre", "aliases": []},
    {"name": "Mathieu DESCHAMPS", "role": "enquêteur", "aliases": ["le Brigadier DESCHAMPS"]},
    {"name": "Julie RENARD", "role": "enquêteur", "aliases": []},
    {"name": "Anne-Sophie RIVIÈRE", "role": "magistrat", "aliases": ["Mme RIVIÈRE"]},
    {"name": "Sophie AUBERT", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2024-12-02", "19:12", "création du compte Instagram lina.la.balance", "créé le 02/12/2024 à 19:12"),
    ("2025-01-08", "18:03", "création du compte Snapchat vengeur_76", "créé le 08/01/2025 à 18:03"),
    ("2025-01-10", None, "Lina bousculée dans la cour", "Le 10 janvier 2025, une surveillante"),
    ("2025-01-13", None, "mot manuscrit trouvé dans le sac de Lina", "Le lundi 13 janvier 2025, j'ai trouvé"),
    ("2025-01-14", "21:47", "message « t'es morte lundi »", "14/01/2025 21:47"),
    ("2025-01-14", "21:49", "message « on va te planter »", "21:49 : « on va te planter"),
    ("2025-01-15", None, "Lina cesse d'aller au collège", "Depuis le mercredi 15 janvier 2025"),
    ("2025-01-16", None, "signalement du principal au procureur", "Rouen, le jeudi 16 janvier 2025"),
    ("2025-01-17", None, "certificat médical (ITT 10 jours)", "examiné le 17 janvier 2025"),
    ("2025-01-20", "17:30", "dépôt de plainte", "Le lundi 20 janvier 2025 à 17h30"),
    ("2025-01-21", "07:12", "suppression du compte Snapchat", "le 21/01/2025 à 07:12"),
    ("2025-01-22", "14:00", "audition filmée de Lina", "Le mercredi 22 janvier 2025 à 14h00"),
    ("2025-01-23", None, "réquisitions aux plateformes", "le jeudi 23 janvier 2025"),
    ("2025-01-28", "16:30", "audition d'Inès BERTIN", "Le mardi 28 janvier 2025 à 16h30"),
    ("2025-02-04", "07:00", "placement en garde à vue de Noah LECLERC", "placé en garde à vue le 4 février 2025 à 07h00"),
    ("2025-02-04", "09:30", "audition de Noah LECLERC", "Le mardi 4 février 2025 à 09h30"),
    ("2025-02-04", "15:00", "audition de Sandra LECLERC", "Le mardi 4 février 2025 à 15h00"),
    ("2025-02-04", "17:30", "fin de la garde à vue", "Le mardi 4 février 2025 à 17h30"),
]

OFFENCES = [
    {"qualification": "harcèlement scolaire", "code_article": "222-33-2-3"},
    {"qualification": "menaces de mort", "code_article": "222-17"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("capture_ecran", 3, 3),
    ("capture_ecran", 4, 4),
    ("note_manuscrite", 5, 5),
    ("pv_audition", 6, 6),
    ("signalement", 7, 7),
    ("certificat_medical", 8, 8),
    ("requisition", 9, 9),
    ("requisition", 10, 10),
    ("requisition", 11, 11),
    ("requisition", 12, 12),
    ("pv_audition", 13, 13),
    ("pv_audition", 14, 14),
    ("photographie", 15, 15),
    ("pv_audition", 16, 16),
    ("rapport", 17, 17),
]

QUESTIONS = [
    ("Quel âge a la jeune victime ?", ["âgée de 13 ans", "Lina MOREAU, 13 ans"]),
    ("Combien de comptes suivaient la page Instagram qui ridiculisait Lina ?", ["212 abonnés"]),
    ("Combien de posts le compte Instagram avait-il mis en ligne ?", ["9 publications"]),
    ("Quand le compte Instagram injurieux a-t-il été ouvert ?", ["créé le 02/12/2024 à 19:12", "Du 2 décembre 2024 au 19 janvier 2025"]),
    ("À quelle heure Lina a-t-elle reçu le message lui annonçant qu'elle était « morte lundi » ?", ["14/01/2025 21:47"]),
    ("Que disait exactement le second message Snapchat de menace ?", ["on va te planter à la sortie du collège balance"]),
    ("Quel numéro de portable est associé au compte vengeur_76 ?", ["Numéro de téléphone vérifié : 06 39 98 41 27"]),
    ("Depuis quelle adresse IP les comptes ont-ils été utilisés ?", ["IP 203.0.113.47", "depuis l'adresse IP 203.0.113.47", "L'adresse IP 203.0.113.47"]),
    ("Qui est le titulaire de l'abonnement internet identifié par l'opérateur ?", ["box internet de l'abonné : M. LECLERC Stéphane"]),
    ("À quelle adresse vit le suspect ?", ["demeurant 14 rue Eau-de-Robec à Rouen"]),
    ("Combien de jours d'incapacité le médecin a-t-il retenus pour Lina ?", ["Incapacité totale de travail (ITT) : 10 jours", "une ITT de 10 jours"]),
    ("Depuis quelle date la collégienne ne va-t-elle plus en classe ?", ["Depuis le mercredi 15 janvier 2025", "absente depuis le 15 janvier 2025", "depuis le 15 janvier 2025 ;"]),
    ("Combien d'élèves ont alerté la CPE au sujet du compte ?", ["3 élèves de quatrième ont signalé"]),
    ("À quelle heure part le bus que vise le mot glissé dans le sac ?", ["lundi après le bus de 7h42"]),
    ("À quelle heure le garçon a-t-il été placé en garde à vue ?", ["placé en garde à vue le 4 février 2025 à 07h00"]),
    ("Combien de temps la garde à vue du mineur a-t-elle duré ?", ["une durée de 10 heures 30 minutes"]),
    ("Quel âge a le mis en cause ?", ["Noah LECLERC, né le 2 mai 2009 à Rouen, 15 ans", "Noah LECLERC, 15 ans"]),
    ("Quel jour la mère de Lina est-elle venue porter plainte ?", ["Le lundi 20 janvier 2025 à 17h30"]),
    ("À partir de quelle heure le téléphone de Noah est-il censé rester dans la cuisine ?", ["dans la cuisine à partir de 21h00"]),
    ("Quelle sanction disciplinaire Noah avait-il reçue après avoir été dénoncé par Lina ?", ["sanctionné de 2 jours d'exclusion", "j'ai eu 2 jours d'exclusion"]),
    ("Quand le compte Snapchat menaçant a-t-il été effacé ?", ["supprimé par son utilisateur le 21/01/2025 à 07:12"]),
    ("Noah reconnaît-il avoir envoyé les menaces sur Snapchat ?", ["Les messages sur Snapchat, ce n'est pas moi", "identifiant de connexion vengeur_76 mémorisé"]),
    ("Noah avait-il accès à son téléphone le soir des menaces ?", ["Le soir, j'ai mon téléphone dans ma chambre", "le téléphone de Noah reste dans la cuisine"]),
    ("Noah a-t-il bousculé Lina dans la cour ?", ["Noah m'a poussée contre le grillage", "bousculer Lina MOREAU dans la cour", "Je ne l'ai jamais touchée", "j'ai vu Noah pousser Lina"]),
    ("Quelles infractions sont envisagées contre le collégien ?", ["qualification de harcèlement scolaire"]),
    ("Quel est le nom de famille de l'ami « Enzo » cité par Noah ?", []),
    ("Combien d'abonnés comptait le compte Snapchat vengeur_76 ?", []),
]

ANSWERS = {
    "Quel âge a la jeune victime ?": "13 ans",
    "Combien de comptes suivaient la page Instagram qui ridiculisait Lina ?": "212 abonnés",
    "Combien de posts le compte Instagram avait-il mis en ligne ?": "9 publications",
    "Quand le compte Instagram injurieux a-t-il été ouvert ?": "02/12/2024 à 19:12",
    "À quelle heure Lina a-t-elle reçu le message lui annonçant qu'elle était « morte lundi » ?": "21:47",
    "Quel numéro de portable est associé au compte vengeur_76 ?": "06 39 98 41 27",
    "Depuis quelle adresse IP les comptes ont-ils été utilisés ?": "203.0.113.47",
    "À quelle adresse vit le suspect ?": "14 rue Eau-de-Robec",
    "Combien de jours d'incapacité le médecin a-t-il retenus pour Lina ?": "10 jours",
    "Depuis quelle date la collégienne ne va-t-elle plus en classe ?": "15 janvier 2025",
    "Combien d'élèves ont alerté la CPE au sujet du compte ?": "3 élèves",
    "À quelle heure part le bus que vise le mot glissé dans le sac ?": "7h42",
    "À quelle heure le garçon a-t-il été placé en garde à vue ?": "07h00",
    "Combien de temps la garde à vue du mineur a-t-elle duré ?": "10 heures 30 minutes",
    "Quel âge a le mis en cause ?": "15 ans",
    "Quel jour la mère de Lina est-elle venue porter plainte ?": "20 janvier 2025",
    "À partir de quelle heure le téléphone de Noah est-il censé rester dans la cuisine ?": "21h00",
    "Quelle sanction disciplinaire Noah avait-il reçue après avoir été dénoncé par Lina ?": "2 jours d'exclusion",
    "Quand le compte Snapchat menaçant a-t-il été effacé ?": "21/01/2025 à 07:12",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "auteur des messages Snapchat : « Enzo » selon Noah, alors que le compte est mémorisé sur son téléphone",
        "phrases": ["Les messages sur Snapchat, ce n'est pas moi", "identifiant de connexion vengeur_76 mémorisé", "Je ne connais pas de garçon prénommé Enzo", "Je ne connais pas d'Enzo"],
        "between": ["Noah LECLERC", "Inès BERTIN", "Sandra LECLERC"],
    },
    {
        "about": "accès de Noah à son téléphone le soir",
        "phrases": ["Le soir, j'ai mon téléphone dans ma chambre", "le téléphone de Noah reste dans la cuisine"],
        "between": ["Noah LECLERC", "Sandra LECLERC"],
    },
    {
        "about": "bousculade dans la cour le 10 janvier 2025",
        "phrases": ["Noah m'a poussée contre le grillage", "bousculer Lina MOREAU dans la cour", "j'ai vu Noah pousser Lina", "Je ne l'ai jamais touchée"],
        "between": ["Lina MOREAU", "Inès BERTIN", "Hervé LANGLOIS", "Noah LECLERC"],
    },
]
