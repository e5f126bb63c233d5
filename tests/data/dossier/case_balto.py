# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""The development dossier: a fictitious robbery of a bar-tabac in Lyon (all names are invented).

Each page is (kind, text): "text" pages get a PDF text layer, "scan" pages are rasterised (image
only), "hand" is a handwritten-style note, "photo" a photograph with its caption, "noise" a page of
scanner noise. The gold labels below were written from these texts, before any tuning.
"""

from __future__ import annotations

HEAD = "POLICE NATIONALE - DDSP du Rhône - Commissariat de police de Lyon 7e\nProcédure n° 2024/004512\n"

PAGES: list[tuple[str, str]] = [
    (
        "text",
        HEAD
        + """
BORDEREAU DE TRANSMISSION DE PROCÉDURE

Destinataire : Monsieur le Procureur de la République près le tribunal judiciaire de Lyon.

Affaire : vol avec violence commis au préjudice de Mme Sophie LEMAIRE au bar-tabac « Le Balto », 12 rue des Tanneurs à Lyon 7e.

Mis en cause : MARCHAND Kevin, né le 3 février 1999 à Vénissieux (69).

Service enquêteur : Groupe d'appui judiciaire, commissariat de Lyon 7e. Officier de police judiciaire en charge : Brigadier-chef Julien MOREAU.

Pièces jointes : procès-verbaux de constatations, plainte, auditions de témoins, certificat médical, réquisition judiciaire, procès-verbal d'interpellation et de perquisition, audition de garde à vue, planche photographique, bulletin n° 1 du casier judiciaire, rapport de synthèse.

Fait à Lyon, le 17 mars 2024.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS

L'an deux mille vingt-quatre, le quatorze mars à vingt-deux heures cinquante,
Nous, Julien MOREAU, Brigadier-chef de police, officier de police judiciaire en résidence à Lyon,
Assisté du Gardien de la paix Claire DUBOIS, agent de police judiciaire,
Agissant en flagrant délit, sur instruction de la salle de commandement requise par un appel au 17 à 22h21,
Nous transportons au bar-tabac « Le Balto », 12 rue des Tanneurs à Lyon 7e.

Sur place, nous sommes mis en présence de Mme Sophie LEMAIRE, gérante de l'établissement, qui déclare avoir été agressée au moment de la fermeture par un individu cagoulé qui lui a dérobé la sacoche contenant la recette de la journée.

Constatons que la porte vitrée de l'établissement est intacte. Constatons que le tiroir-caisse est ouvert et vide. Constatons la présence de traces de sang sur le comptoir.

Constatons que Mme LEMAIRE présente une tuméfaction à la pommette gauche et saigne du nez. Les sapeurs-pompiers lui prodiguent les premiers soins.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE CONSTATATIONS (suite)

Constatons qu'une caméra de vidéoprotection est installée au-dessus du comptoir. Le système d'enregistrement est hors service depuis le mois de janvier selon la gérante.

Sur le trottoir, devant l'établissement, découvrons un gant noir en tissu, que nous plaçons sous scellé n° 1.

Procédons à des recherches de voisinage. M. Karim BENSAÏD, demeurant 14 rue des Tanneurs, déclare avoir vu un homme s'enfuir sur un scooter noir. Il est convoqué pour être entendu le lendemain.

Dont procès-verbal, clos à vingt-trois heures quarante.

L'officier de police judiciaire, Brigadier-chef Julien MOREAU.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le quinze mars deux mille vingt-quatre, à neuf heures trente,
Devant nous, Julien MOREAU, Brigadier-chef de police, officier de police judiciaire,
Se présente Mme LEMAIRE Sophie, née le 12 mai 1988 à Villeurbanne (69), gérante de bar-tabac, demeurant 3 place Jean Macé à Lyon 7e, téléphone 06 12 34 56 78,
Qui dépose plainte contre X pour vol avec violence et menaces de mort, et déclare :

« Je suis la gérante du bar-tabac Le Balto depuis 2019. Le jeudi 14 mars 2024, vers 22h15, j'étais seule et je fermais le rideau métallique. Un homme cagoulé est entré par la porte de service. Il portait un blouson noir avec une bande rouge sur la manche.

Il m'a poussée contre le comptoir et m'a donné un coup de poing au visage. Il a sorti un couteau et m'a dit : "Donne la caisse ou je te plante". J'ai eu très peur pour ma vie. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Il a pris la sacoche grise qui contenait la recette du jour, soit 1 250 euros en billets, ainsi que mon téléphone portable, un iPhone 13 bleu. Il est reparti en courant vers la rue de Marseille. J'ai entendu un moteur de scooter démarrer.

L'homme mesurait environ 1,80 mètre, il était mince. Il parlait avec un accent de la région. Je pense avoir reconnu sa voix : c'est un jeune qui vient parfois acheter des cigarettes, on l'appelle Kéké dans le quartier. »

Question : Avez-vous été blessée ?
Réponse : Oui, j'ai mal au visage et au poignet droit. Je vais aller aux urgences médico-judiciaires cet après-midi.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite et fin)

Question : Souhaitez-vous ajouter quelque chose ?
Réponse : Je demande réparation de mon préjudice. La recette volée s'élève à 1 250 euros. Mon téléphone valait 600 euros. Je me constitue partie civile.

Avisons la plaignante de ses droits de victime, notamment le droit d'être assistée d'un avocat et d'obtenir réparation de son préjudice.

Lecture faite par elle-même, Mme LEMAIRE persiste et signe avec nous le présent procès-verbal.

La plaignante : Sophie LEMAIRE.
L'officier de police judiciaire : Julien MOREAU.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 15 mars 2024 à 11h00, devant nous, Claire DUBOIS, Gardien de la paix, agent de police judiciaire, agissant sous le contrôle du Brigadier-chef Julien MOREAU,
Entendons M. Karim BENSAÏD, né le 22 octobre 1975 à Saint-Étienne (42), boulanger, demeurant 14 rue des Tanneurs à Lyon 7e, qui déclare :

« Le jeudi 14 mars 2024, vers 22h15, je sortais mes poubelles. J'ai entendu une femme crier dans le bar-tabac. J'ai vu un homme en blouson noir sortir en courant avec une sacoche à la main.

Il est monté sur un scooter noir de marque Yamaha garé devant la pharmacie. J'ai eu le temps de lire la plaque : FG-482-KL. Il est parti très vite en direction de la rue de Marseille. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN (suite)

Question : Pouvez-vous décrire l'homme ?
Réponse : Il était grand, environ 1,80 mètre, mince. Il avait une cagoule noire. Son blouson avait une bande rouge sur la manche gauche.

Question : Êtes-vous certain de l'heure ?
Réponse : Oui, le journal télévisé venait de finir et je sors toujours les poubelles à cette heure-là.

Lecture faite, M. BENSAÏD persiste et signe.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 15 mars 2024 à 15h00, devant nous, Claire DUBOIS, Gardien de la paix, agent de police judiciaire,
Entendons Mme Odile FERRAND, née le 8 juillet 1952 à Lyon, retraitée, demeurant 10 rue des Tanneurs à Lyon 7e, qui déclare :

« Le soir du 14 mars 2024, je regardais la télévision à ma fenêtre du premier étage. Vers 22h40, j'ai entendu un bruit de moteur et j'ai vu un scooter partir très vite sans ses phares.

Le conducteur portait un casque blanc. Je n'ai pas vu la plaque. Je n'ai pas vu d'autre personne. »""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN (suite)

Question : Connaissez-vous la gérante du bar-tabac ?
Réponse : Oui, Mme LEMAIRE est très gentille. J'achète mon journal chez elle tous les matins.

Question : Avez-vous vu un homme avec une sacoche ?
Réponse : Non, j'ai seulement vu le scooter qui s'éloignait en direction de la rue de Marseille.

Lecture faite, Mme FERRAND persiste et signe.""",
    ),
    (
        "text",
        "CENTRE HOSPITALIER - Unité médico-judiciaire de Lyon\nProcédure n° 2024/004512\n"
        + """
RAPPORT D'EXPERTISE MÉDICALE

Je soussignée, Docteur Hélène ROUSSEL, médecin légiste, expert près la cour d'appel de Lyon,
Requise par le Brigadier-chef Julien MOREAU, officier de police judiciaire, le 15 mars 2024, aux fins d'examiner Mme Sophie LEMAIRE et de décrire ses blessures,
Certifie avoir examiné l'intéressée le 15 mars 2024 à 14h00 à l'unité médico-judiciaire.

Doléances : l'intéressée se plaint de douleurs de la face et du poignet droit, de troubles du sommeil et d'une peur de retourner au travail.""",
    ),
    (
        "scan",
        "CENTRE HOSPITALIER - Unité médico-judiciaire de Lyon\nProcédure n° 2024/004512\n"
        + """
RAPPORT D'EXPERTISE MÉDICALE (suite)

Examen clinique : tuméfaction de la pommette gauche de 4 cm sur 3 cm ; plaie de la lèvre supérieure ; ecchymose du poignet droit. Pas de fracture à la radiographie.

Ces lésions sont compatibles avec les faits décrits par la victime, à savoir un coup de poing au visage et une chute contre un comptoir.

Retentissement psychologique : état de stress aigu.""",
    ),
    (
        "text",
        "CENTRE HOSPITALIER - Unité médico-judiciaire de Lyon\nProcédure n° 2024/004512\n"
        + """
RAPPORT D'EXPERTISE MÉDICALE (suite et fin)

Conclusion : l'incapacité totale de travail (ITT) est fixée à six jours, sous réserve de complications.

Fait à Lyon, le 15 mars 2024.

Docteur Hélène ROUSSEL, médecin légiste.""",
    ),
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu les articles 60-1 et 60-2 du code de procédure pénale,
Vu l'autorisation de Mme Catherine VIDAL, substitut du procureur de la République près le tribunal judiciaire de Lyon, en date du 15 mars 2024,
Nous, Julien MOREAU, Brigadier-chef de police, officier de police judiciaire,
Requérons l'opérateur Orange, service des obligations légales, de nous communiquer l'identité du titulaire de la ligne 06 71 23 45 89 et la liste des cellules déclenchées par cette ligne le 14 mars 2024 entre 21h00 et 23h30.

Fait à Lyon, le 15 mars 2024 à 17h00.""",
    ),
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE

Orange - Service des obligations légales, le 16 mars 2024.

Ligne 06 71 23 45 89 : titulaire M. MARCHAND Kevin, 8 allée des Cèdres, 69120 Vaulx-en-Velin.

Le 14 mars 2024 à 22h09, la ligne a déclenché la cellule située 20 rue de Marseille à Lyon 7e, à environ 200 mètres du bar-tabac.

Le 14 mars 2024 à 22h31, la ligne a déclenché une cellule à Vaulx-en-Velin.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 16 mars 2024 à 09h00, devant nous, Julien MOREAU, Brigadier-chef de police, officier de police judiciaire,
Entendons M. Yanis ROCHE, né le 30 novembre 1998 à Lyon, livreur, demeurant 5 rue Paul Bert à Lyon 3e, propriétaire du scooter Yamaha immatriculé FG-482-KL, qui déclare :

« Ce scooter est à moi. Le 10 mars 2024, je l'ai prêté à mon ami Kevin MARCHAND, qu'on appelle Kéké, parce que le sien était en panne. Il devait me le rendre le week-end suivant. »""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN (suite)

Question : Savez-vous où se trouvait M. MARCHAND le 14 mars au soir ?
Réponse : Non. Il m'a envoyé un message vers 23h00 pour me dire que le scooter était à Vaulx-en-Velin.

Question : M. MARCHAND possède-t-il un couteau ?
Réponse : Je l'ai déjà vu avec un couteau à cran d'arrêt, oui.

Lecture faite, M. ROCHE persiste et signe.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITION

Le seize mars deux mille vingt-quatre à six heures dix,
Nous, Julien MOREAU, Brigadier-chef de police, officier de police judiciaire, assisté du Gardien de la paix Claire DUBOIS,
Nous présentons au domicile de M. MARCHAND Kevin, 8 allée des Cèdres à Vaulx-en-Velin.

Procédons à l'interpellation de M. Kevin MARCHAND à 06h10. L'intéressé n'oppose aucune résistance.

Procédons, en sa présence, à la perquisition de son domicile à partir de 06h25.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'INTERPELLATION ET DE PERQUISITION (suite)

Découvrons et saisissons :
- un couteau à cran d'arrêt à manche noir, placé sous scellé n° 2 ;
- la somme de 840 euros en billets de 20 et 50 euros, placée sous scellé n° 3 ;
- 12 grammes de résine de cannabis, placés sous scellé n° 4 ;
- un blouson noir avec une bande rouge sur la manche, placé sous scellé n° 5 ;
- un téléphone portable Samsung, placé sous scellé n° 6.

Dans le parking, découvrons le scooter Yamaha immatriculé FG-482-KL.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE NOTIFICATION DE GARDE À VUE

Le 16 mars 2024 à 06h15, nous, Julien MOREAU, officier de police judiciaire,
Notifions à M. MARCHAND Kevin son placement en garde à vue pour des faits de vol avec violence commis le 14 mars 2024 à Lyon 7e, ainsi que ses droits.

L'intéressé demande l'assistance de Maître Sylvie AUBERT, avocate au barreau de Lyon.

Le 16 mars 2024 à 06h30, avisons Mme Catherine VIDAL, substitut du procureur de la République, de la mesure de garde à vue.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 16 mars 2024 à 10h00, devant nous, Julien MOREAU, officier de police judiciaire,
En présence de Maître Sylvie AUBERT, avocate,
Entendons M. MARCHAND Kevin, dit « Kéké », né le 3 février 1999 à Vénissieux (69), sans profession, demeurant 8 allée des Cèdres à Vaulx-en-Velin, qui déclare :

« Je conteste les faits. Je ne suis pas allé au bar-tabac le 14 mars. Ce soir-là, j'étais chez ma copine, Laura PETIT, à Villeurbanne, de 20h00 jusqu'à minuit. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : Le scooter immatriculé FG-482-KL a été vu devant le bar-tabac au moment des faits. Que répondez-vous ?
Réponse : Je l'avais prêté à un copain ce soir-là. Je ne veux pas dire son nom.

Question : Votre téléphone a déclenché une cellule rue de Marseille à 22h09. Que répondez-vous ?
Réponse : Je ne sais pas. Peut-être que mon copain avait aussi mon téléphone.""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : D'où vient la somme de 840 euros trouvée chez vous ?
Réponse : Ce sont mes économies.

Question : Et la résine de cannabis ?
Réponse : C'est pour ma consommation personnelle.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite et fin)

Question : Le blouson noir à bande rouge saisi chez vous correspond à la description de l'agresseur. Que répondez-vous ?
Réponse : Beaucoup de gens ont ce blouson.

Lecture faite par lui-même, M. MARCHAND persiste et refuse de signer.

L'officier de police judiciaire : Julien MOREAU.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 16 mars 2024 à 14h00, devant nous, Claire DUBOIS, Gardien de la paix, agent de police judiciaire,
Entendons Mme Laura PETIT, née le 19 juin 2000 à Villeurbanne (69), vendeuse, demeurant 27 cours Émile Zola à Villeurbanne, qui déclare :

« Kevin MARCHAND est mon compagnon. Le 14 mars 2024, il est venu chez moi vers 19h00. Il est reparti vers 21h30 en disant qu'il devait voir quelqu'un pour une affaire. Il est revenu vers 23h00, il était essoufflé. »""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN (suite)

Question : Portait-il un blouson noir ?
Réponse : Oui, son blouson noir avec la bande rouge. Il avait aussi une sacoche grise que je ne connaissais pas.

Lecture faite, Mme PETIT persiste et signe.""",
    ),
    (
        "hand",
        """Note remise par Mme Lemaire le 15 mars
Objets volés : la sacoche grise, la recette 1250 euros,
mon iPhone bleu, les clés du bar.
Le voleur avait une bague à la main droite.""",
    ),
    (
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE

Photographie n° 1 : devanture du bar-tabac Le Balto, 12 rue des Tanneurs.""",
    ),
    (
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE (suite)

Photographie n° 2 : scooter Yamaha immatriculé FG-482-KL découvert dans le parking.""",
    ),
    (
        "scan",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : MARCHAND Kevin, né le 3 février 1999 à Vénissieux (69).

Condamnation n° 1 : jugement du tribunal correctionnel de Lyon du 12 septembre 2019. Vol en réunion, faits prévus par l'article 311-4 du Code pénal. Peine : 4 mois d'emprisonnement avec sursis.

Condamnation n° 2 : jugement du tribunal correctionnel de Lyon du 5 juin 2021. Transport et détention non autorisés de stupéfiants, article 222-37 du Code pénal. Peine : 6 mois d'emprisonnement.

Délivré le 16 mars 2024.""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Capitaine de police Antoine GIRAUD, chef du groupe d'appui judiciaire, à Monsieur le Procureur de la République.

Le 14 mars 2024 vers 22h15, Mme Sophie LEMAIRE, gérante du bar-tabac Le Balto, était victime d'un vol avec violence commis par un individu armé d'un couteau, qui lui dérobait la recette de 1 250 euros et son téléphone. L'expertise médicale fixe l'ITT à six jours.

Le témoin Karim BENSAÏD relevait l'immatriculation FG-482-KL du scooter utilisé par l'auteur. Le propriétaire, Yanis ROCHE, déclarait l'avoir prêté à Kevin MARCHAND. La ligne de M. MARCHAND déclenchait une cellule proche des lieux à 22h09.""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE (suite et fin)

Lors de la perquisition du 16 mars 2024, étaient saisis un couteau à cran d'arrêt, 840 euros en espèces, 12 grammes de résine de cannabis et un blouson noir à bande rouge.

M. MARCHAND conteste les faits. Son alibi est contredit par sa compagne, Mme Laura PETIT, selon laquelle il a quitté son domicile vers 21h30. Le témoin Odile FERRAND situe le départ du scooter vers 22h40.

Les faits sont susceptibles de recevoir les qualifications suivantes : vol avec violence ayant entraîné une incapacité totale de travail n'excédant pas huit jours, prévu et réprimé par l'article 311-5 du Code pénal ; menaces de mort, article 222-17 du Code pénal ; détention non autorisée de stupéfiants, article 222-37 du Code pénal.

Fait à Lyon, le 17 mars 2024. Le Capitaine Antoine GIRAUD.""",
    ),
    ("noise", ""),
]

PERSONS = [
    {"name": "Sophie LEMAIRE", "role": "victime", "aliases": ["Mme LEMAIRE", "LEMAIRE Sophie"]},
    {"name": "Kevin MARCHAND", "role": "mis en cause", "aliases": ["MARCHAND Kevin", "M. MARCHAND", "Kéké"]},
    {"name": "Karim BENSAÏD", "role": "témoin", "aliases": ["M. BENSAÏD"]},
    {"name": "Odile FERRAND", "role": "témoin", "aliases": ["Mme FERRAND"]},
    {"name": "Yanis ROCHE", "role": "témoin", "aliases": ["M. ROCHE"]},
    {"name": "Laura PETIT", "role": "témoin", "aliases": ["Mme PETIT"]},
    {"name": "Julien MOREAU", "role": "enquêteur", "aliases": []},
    {"name": "Claire DUBOIS", "role": "enquêteur", "aliases": []},
    {"name": "Antoine GIRAUD", "role": "enquêteur", "aliases": []},
    {"name": "Hélène ROUSSEL", "role": "expert", "aliases": []},
    {"name": "Catherine VIDAL", "role": "magistrat", "aliases": []},
    {"name": "Sylvie AUBERT", "role": "avocat", "aliases": []},
]

# (date, time or None, what, a phrase of the page that states it)
EVENTS = [
    ("2019-09-12", None, "condamnation pour vol en réunion", "12 septembre 2019"),
    ("2021-06-05", None, "condamnation pour stupéfiants", "5 juin 2021"),
    ("2024-03-10", None, "prêt du scooter à Kevin MARCHAND", "Le 10 mars 2024, je l'ai prêté"),
    ("2024-03-14", "21:30", "Kevin MARCHAND quitte le domicile de Laura PETIT", "Il est reparti vers 21h30"),
    ("2024-03-14", "22:09", "la ligne de M. MARCHAND déclenche une cellule rue de Marseille", "à 22h09, la ligne"),
    ("2024-03-14", "22:15", "vol avec violence au bar-tabac Le Balto", "vers 22h15, j'étais seule"),
    ("2024-03-14", "22:50", "constatations sur les lieux", "le quatorze mars à vingt-deux heures cinquante"),
    ("2024-03-15", "09:30", "dépôt de plainte de Sophie LEMAIRE", "à neuf heures trente"),
    ("2024-03-15", "14:00", "examen médico-légal de Sophie LEMAIRE", "le 15 mars 2024 à 14h00"),
    ("2024-03-15", "17:00", "réquisition à l'opérateur Orange", "le 15 mars 2024 à 17h00"),
    ("2024-03-16", "06:10", "interpellation de Kevin MARCHAND", "à l'interpellation de M. Kevin MARCHAND"),
    ("2024-03-16", "06:15", "placement en garde à vue", "Le 16 mars 2024 à 06h15"),
    ("2024-03-16", "10:00", "audition de Kevin MARCHAND en garde à vue", "Le 16 mars 2024 à 10h00"),
    ("2024-03-17", None, "rapport de synthèse", "Fait à Lyon, le 17 mars 2024. Le Capitaine"),
]

OFFENCES = [
    {"qualification": "vol avec violence", "code_article": "311-5"},
    {"qualification": "menaces de mort", "code_article": "222-17"},
    {"qualification": "détention de stupéfiants", "code_article": "222-37"},
]

DOCUMENTS = [  # (type, first page, last page)
    ("bordereau", 1, 1),
    ("pv_constatations", 2, 3),
    ("plainte", 4, 6),
    ("pv_audition", 7, 8),
    ("pv_audition", 9, 10),
    ("expertise_medicale", 11, 13),
    ("requisition", 14, 14),
    ("requisition", 15, 15),
    ("pv_audition", 16, 17),
    ("pv_interpellation", 18, 19),
    ("pv_garde_a_vue", 20, 20),
    ("pv_audition", 21, 24),
    ("pv_audition", 25, 26),
    ("note_manuscrite", 27, 27),
    ("photos", 28, 29),
    ("casier_judiciaire", 30, 30),
    ("rapport", 31, 32),
]

# (question, phrases that state the answer: any of their pages is a correct citation; [] = not in the dossier)
QUESTIONS = [
    (
        "Quelle somme a été volée au bar-tabac ?",
        ["soit 1 250 euros en billets", "recette de 1 250 euros", "La recette volée s'élève à 1 250 euros"],
    ),
    (
        "Quelle est l'immatriculation du scooter utilisé par l'auteur ?",
        ["lire la plaque : FG-482-KL", "relevait l'immatriculation FG-482-KL"],
    ),
    ("Quelle ITT a été fixée par le médecin légiste ?", ["ITT) est fixée à six jours", "fixe l'ITT à six jours"]),
    ("À quelle heure Kevin MARCHAND a-t-il été interpellé ?", ["à l'interpellation de M. Kevin MARCHAND"]),
    ("Qu'a-t-on saisi lors de la perquisition ?", ["Découvrons et saisissons", "étaient saisis un couteau"]),
    ("Quel est l'alibi donné par Kevin MARCHAND ?", ["j'étais chez ma copine", "Son alibi est contredit"]),
    (
        "À quelle heure Kevin MARCHAND a-t-il quitté le domicile de Laura PETIT ?",
        ["Il est reparti vers 21h30", "il a quitté son domicile vers 21h30"],
    ),
    ("Quelles condamnations figurent au casier judiciaire ?", ["Relevé des condamnations"]),
    (
        "Quelle cellule téléphonique a déclenché la ligne du suspect au moment des faits ?",
        ["à 22h09, la ligne", "déclenchait une cellule proche des lieux à 22h09"],
    ),
    ("Quelles blessures présente la victime ?", ["tuméfaction de la pommette gauche de 4 cm"]),
    ("Qui a prêté le scooter au suspect ?", ["je l'ai prêté à mon ami", "déclarait l'avoir prêté à Kevin MARCHAND"]),
    ("À quelle heure Odile FERRAND a-t-elle vu partir le scooter ?", ["Vers 22h40"]),
    ("Quelles paroles l'agresseur a-t-il prononcées ?", ["ou je te plante"]),
    ("Quel avocat assiste le gardé à vue ?", ["Maître Sylvie AUBERT, avocate au barreau"]),
    ("Qui est le magistrat avisé de la garde à vue ?", ["avisons Mme Catherine VIDAL"]),
    ("Quelles qualifications pénales sont retenues ?", ["susceptibles de recevoir les qualifications"]),
    ("Qu'a-t-on trouvé devant l'établissement sur le trottoir ?", ["un gant noir en tissu"]),
    ("D'où vient l'argent trouvé chez le suspect selon lui ?", ["Ce sont mes économies"]),
    ("Quel est le groupe sanguin de la victime ?", []),
    ("Quel est le montant de la caution fixée par le juge ?", []),
]

# two statements about the same night that disagree (hour of the flight)
CONTRADICTIONS = [{"about": "heure des faits / départ du scooter", "phrases": ["vers 22h15", "Vers 22h40"]}]
