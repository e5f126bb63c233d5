# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Held-out dossier n° 11: fictitious domestic violence (violences conjugales) in Carentan-les-Marais (Manche): three
gendarmerie interventions at the same address in four months, a threatening text message, then a violent scene with a
kitchen knife that leaves the partner with a broken wrist (ITT 21 days). Written blind (no access to the system's code
or other evaluation data). All persons, phone lines and street numbers are invented; the towns, the hospital town,
the court and the legal articles are real."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade de Carentan-les-Marais (Manche)\nProcédure n° 01187/2025\n"

PAGES: list[tuple[str, str]] = [
    # 1
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RENSEIGNEMENT JUDICIAIRE - INTERVENTION

Le samedi 8 février 2025 à 23h12, nous, Maréchal des logis-chef Aurélie GOSSELIN, officier de police judiciaire, assistée du Gendarme Thibault MARIE, agent de police judiciaire, sommes requis par le centre d'opérations de la gendarmerie pour un différend familial avec cris et bruits de verre brisé, signalé par un voisin.

Arrivés sur les lieux à 23h26, au domicile du couple, 3 impasse des Courtils à Carentan-les-Marais, sommes reçus par Mme Laëtitia HAMEL, en pleurs. Le sol de la cuisine est jonché de débris d'un verre. Nous ne constatons aucune blessure apparente.

M. Cédric LEPETIT, son concubin, se tient dans le salon. Il est calme mais son haleine sent fortement l'alcool. Aucun dépistage n'est réalisé, l'intéressé n'étant pas en situation de conduite. Il déclare : « On s'est pris la tête pour des histoires d'argent, j'ai cassé un verre, c'est tout. »

Entendue à part, Mme HAMEL confirme une dispute, précise qu'il n'y a pas eu de coups et refuse de déposer plainte : « Il a juste trop bu, demain ça ira mieux. » Les deux enfants du couple dorment à l'étage.

Remettons à Mme HAMEL les coordonnées du numéro national d'écoute 3919 et de l'association d'aide aux victimes du département.

Quittons les lieux à 23h58. Avis est donné au magistrat de permanence du parquet de Coutances, qui prescrit la transmission du présent procès-verbal.""",
    ),
    # 2
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE RENSEIGNEMENT JUDICIAIRE - INTERVENTION

Le dimanche 13 avril 2025, nous, Gendarme Thibault MARIE, agent de police judiciaire, assisté du Gendarme Jessica LANGLOIS, agissant sous le contrôle de l'Adjudant Yannick LEBRETON, officier de police judiciaire, sommes engagés par le centre d'opérations à la suite d'un appel de Mme HAMEL reçu à 01h50 : la requérante, qui parle à voix basse, indique que son compagnon vient de l'étrangler.

Arrivés à 02h08 au 3 impasse des Courtils, constatons que M. LEPETIT a quitté le domicile au volant de son véhicule, selon Mme HAMEL pour se rendre chez sa mère à Saint-Hilaire-Petitville.

Mme HAMEL présente des rougeurs sur les deux côtés du cou. Elle déclare : « J'ai regardé son téléphone pendant qu'il dormait, il s'est réveillé et il m'a attrapée par le cou contre le mur. Je n'arrivais plus à respirer. »

Elle refuse d'être examinée par un médecin et de déposer plainte : « Je ne veux pas qu'il perde son travail, on a besoin de son salaire. »

Avisé à 02h40, M. Frédéric QUESNEL, substitut du procureur de la République près le tribunal judiciaire de Coutances, prescrit l'audition de M. LEPETIT et la prise de contact de l'intervenante sociale en gendarmerie avec Mme HAMEL.""",
    ),
    # 3
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION LIBRE (article 61-1 du CPP)

Le mardi 22 avril 2025 à 14h00, devant nous, Adjudant Yannick LEBRETON, officier de police judiciaire, entendons M. Cédric LEPETIT, informé qu'il peut quitter les locaux à tout moment et être assisté d'un avocat, ce à quoi il renonce. Il déclare :

« Dans la nuit du 12 au 13 avril, on s'est disputés parce qu'elle avait fouillé mon téléphone. Je ne l'ai jamais touchée au cou. Je suis parti chez ma mère pour que ça se calme.

Je ne bois plus une goutte d'alcool depuis Noël, ma compagne exagère. Je travaille de nuit et je suis fatigué, c'est tout. »

Lecture faite, M. LEPETIT persiste et signe.""",
    ),
    # 4
    (
        "hand",
        """Carnet - casier du vestiaire
12/01 gifle devant Noah
08/02 verre cassé, gendarmes
13/04 main sur le cou, j'ai cru mourir
17/05 dehors sur la terrasse 2 h en pyjama
12/06 SMS « je te crève »
appart Baupte libre le 01/07
loyer 540 €/mois - caution 1 080""",
    ),
    # 5
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 1 - Capture d'écran du téléphone de Mme HAMEL, 15 juin 2025
SMS reçu le jeudi 12 juin 2025 à 22h47 de « Cédric » (06 39 98 63 40) : « Si tu pars avec les petits je te retrouve et je te crève. Tu m'appartiens. »
Capture réalisée lors du dépôt de plainte""",
    ),
    # 6
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERVENTION ET D'INTERPELLATION (flagrant délit)

Le samedi 14 juin 2025 à 21h37, nous, Maréchal des logis-chef Aurélie GOSSELIN, officier de police judiciaire, assistée du Gendarme Thibault MARIE, sommes engagés par le centre d'opérations pour des violences en cours avec arme blanche au 3 impasse des Courtils à Carentan-les-Marais, signalées par le voisin.

Arrivés sur les lieux à 21h49, constatons que Mme Laëtitia HAMEL est assise sur les marches du perron et se tient le poignet gauche, qui présente une déformation. Elle pleure et déclare : « Il m'a poussée, il a pris le couteau. » Les deux enfants du couple se trouvent chez le voisin, M. Gilbert AUVRAY.

Dans la cuisine, la table est renversée et de la vaisselle brisée couvre le sol. Un couteau de cuisine gît au sol près de la porte. Nous procédons à sa saisie (scellé n° 1) et à la fixation photographique des lieux.

M. Cédric LEPETIT se trouve dans le salon. Il est agité, tient des propos incohérents, a l'élocution pâteuse et la démarche titubante. Le dépistage de l'imprégnation alcoolique par éthylotest se révèle positif.

Interpellons M. Cédric LEPETIT à 21h55 et le plaçons en garde à vue à compter de cette heure pour violences volontaires sur concubin. En raison de son état d'ivresse manifeste, la notification de ses droits est différée jusqu'à son dégrisement. Il est conduit à la brigade, où il est soumis à une mesure par éthylomètre.

Mme HAMEL est transportée par les sapeurs-pompiers au service des urgences du centre hospitalier de Saint-Lô, où un médecin est requis pour l'examiner et fixer l'incapacité totale de travail.

Avisé à 22h15, M. QUESNEL, substitut du procureur de la République, prescrit la poursuite de l'enquête en flagrance.""",
    ),
    # 7
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 2 - Cuisine du domicile, 14 juin 2025 à 22h05
Table renversée, débris de vaisselle ; au sol près de la porte, couteau de cuisine à manche noir, lame de 20 cm, placé sous scellé n° 1.
Scellé n° 1 : couteau de cuisine""",
    ),
    # 8
    (
        "scan",
        HEAD
        + """
ÉTHYLOMÈTRE DRÄGER ALCOTEST 9510 FR - n° de série ARZL-0417
Vérification périodique valide jusqu'au 30/09/2025

Brigade de Carentan-les-Marais - 14/06/2025
Personne contrôlée : LEPETIT Cédric, né le 02/02/1987

Mesure 1 : 22h40  0,61 mg/L air expiré
Mesure 2 : 22h52  0,59 mg/L air expiré

Opérateur : Gendarme MARIE Thibault
Signature de la personne contrôlée : refus""",
    ),
    # 9
    (
        "scan",
        HEAD
        + """
CENTRE HOSPITALIER DE SAINT-LÔ - Service des urgences
CERTIFICAT MÉDICAL INITIAL (sur réquisition judiciaire)

Je soussignée, Dr Hélène DESHAYES, certifie avoir examiné le 14/06/2025 à 23h40 Mme HAMEL Laëtitia, née le 11/05/1990.

Doléances : dit avoir été poussée violemment contre une table par son compagnon, puis menacée avec un couteau.

Constatations :
- fracture non déplacée de l'extrémité distale du radius gauche (radiographie) ;
- ecchymose de la face interne du bras droit ;
- érythème de la face latérale gauche du cou ;
- état de stress aigu, pleurs, tremblements.

Traitement : immobilisation par attelle pendant 6 semaines.
Les lésions constatées sont compatibles avec les faits allégués.

ITT : 21 jours, sous réserve de complications.""",
    ),
    # 10
    (
        "photo",
        HEAD
        + """
PHOTOGRAPHIE N° 3 - Lésions de Mme HAMEL, 15 juin 2025 à 10h20
Bras droit, face interne : ecchymose violacée de 4 x 3 cm ; avant-bras gauche immobilisé par une attelle.
Cliché pris lors du dépôt de plainte, avec l'accord de la victime""",
    ),
    # 11
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE VICTIME (PLAINTE)

Le dimanche 15 juin 2025 à 10h00, devant nous, Maréchal des logis-chef Aurélie GOSSELIN, officier de police judiciaire,
Se présente Mme Laëtitia HAMEL, née le 11 mai 1990 à Saint-Lô (50), âgée de 35 ans, aide-soignante en EHPAD, domiciliée à Carentan-les-Marais, qui dépose plainte contre son concubin et déclare :

« Je vis avec Cédric LEPETIT depuis 2014 ; nous ne sommes ni mariés ni pacsés. Nous avons deux enfants, Lola, 9 ans, et Noah, 5 ans.

Il boit depuis des années, surtout le week-end, et il devient violent quand il a bu. La première gifle date de 2021. Depuis, il me frappe ou me bouscule à peu près une fois par mois. Les gendarmes sont déjà venus plusieurs fois, mais je n'osais pas porter plainte.

En mai, j'ai trouvé un appartement. Hier soir, vers 21 heures, je lui ai annoncé que je partais le 1er juillet avec les enfants. Il avait bu tout l'après-midi devant la télévision. Il a hurlé, puis il m'a poussée de toutes ses forces contre la table de la cuisine ; je suis tombée sur le poignet. Ensuite il a pris le grand couteau et il a crié qu'il allait me saigner. Lola a emmené son frère chez M. AUVRAY.

Jeudi soir, il m'avait envoyé un SMS pour me dire qu'il me retrouverait si je partais. Je vous le montre.

Depuis janvier, je note ce qu'il me fait dans un carnet que je garde dans mon casier au travail. Je vous le remets. »

Mme HAMEL sollicite une mesure d'éloignement de son compagnon. La grille d'évaluation du danger est renseignée avec elle ; elle est orientée vers l'intervenante sociale en gendarmerie.

Lecture faite, Mme HAMEL persiste et signe.""",
    ),
    # 12
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le dimanche 15 juin 2025 à 11h30, devant nous, Gendarme Thibault MARIE, agent de police judiciaire, agissant sous le contrôle du Maréchal des logis-chef GOSSELIN,
Entendons M. Gilbert AUVRAY, né le 6 mars 1954 à Valognes (50), retraité, demeurant dans la maison mitoyenne de celle du couple depuis 1998, qui déclare :

« Hier soir, à partir de 21h20 environ, j'ai entendu des hurlements et de la vaisselle qui se cassait, pendant au moins 10 minutes. La fenêtre de leur cuisine donne sur mon jardin : j'ai entendu Cédric hurler « je vais te saigner ».

Ensuite la petite Lola a frappé chez moi, en pyjama, avec son frère dans les bras. Elle pleurait et disait que son papa allait tuer sa maman. Je les ai fait entrer et j'ai appelé le 17.

Ce n'est pas la première fois. En février, j'avais déjà appelé les gendarmes pour des cris et du verre cassé. Quand il n'a pas bu, Cédric est un garçon serviable, mais le samedi soir il change complètement. »

Lecture faite, M. AUVRAY persiste et signe.""",
    ),
    # 13
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le lundi 16 juin 2025 à 09h00, devant nous, Maréchal des logis-chef Aurélie GOSSELIN, officier de police judiciaire,
Entendons Mme Sophie LECLERC, née le 28 octobre 1979 à Coutances (50), infirmière coordinatrice de l'EHPAD où travaille Mme HAMEL, qui déclare :

« Laëtitia travaille avec nous depuis 2016. C'est une soignante sérieuse, très appréciée des résidents.

Le lundi 14 avril, elle est arrivée avec un foulard serré autour du cou. Dans le vestiaire, j'ai vu des marques rouges. Elle m'a dit qu'elle s'était coincée avec la sangle de son sac, mais je n'y ai pas cru.

Depuis janvier, elle a eu 3 arrêts de travail de courte durée, ce qui ne lui ressemble pas. En mai, elle m'a confié qu'elle avait peur de son compagnon quand il buvait et qu'elle gardait un carnet dans son casier, au cas où. »

Lecture faite, Mme LECLERC persiste et signe.""",
    ),
    # 14
    (
        "scan",
        HEAD
        + """
CENTRE D'OPÉRATIONS ET DE RENSEIGNEMENT DE LA GENDARMERIE DE LA MANCHE
Extrait du registre des interventions - 3 impasse des Courtils, Carentan-les-Marais
Période du 01/01/2023 au 15/06/2025

24/12/2023 00h40  appel 17 HAMEL L.  différend familial  sur place 00h58
08/02/2025 23h10  appel 17 AUVRAY G. (voisin)  cris, bris de verre  sur place 23h26
13/04/2025 01h50  appel 17 HAMEL L.  violences conjugales  sur place 02h08
14/06/2025 21h35  appel 17 AUVRAY G. (voisin)  violences, arme blanche  sur place 21h49

Total : 4 interventions à cette adresse sur la période.
Extrait édité le 16/06/2025 par l'opérateur du CORG.""",
    ),
    # 15
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le dimanche 15 juin 2025 à 08h15, devant nous, Adjudant Yannick LEBRETON, officier de police judiciaire,
En présence de Maître Pauline LEMONNIER, avocate au barreau de Coutances,
Entendons M. Cédric LEPETIT, né le 2 février 1987 à Cherbourg (50), âgé de 38 ans, chauffeur poids lourd, placé en garde à vue le 14 juin 2025 à 21h55, à qui ses droits ont été notifiés ce jour à 07h30 après dégrisement, qui déclare :

« Hier, on s'est disputés parce qu'elle veut partir avec les enfants. Je ne l'ai pas poussée. Elle a glissé sur le carrelage mouillé et elle est tombée toute seule contre la table.

Le couteau, je coupais du saucisson ; il est tombé quand la table s'est renversée. Je n'ai jamais dit que j'allais la saigner.

Je n'avais bu que deux bières en regardant le match.

C'est la première fois que les gendarmes viennent chez nous, on est un couple normal, comme tout le monde on se dispute. »

Lecture faite, M. LEPETIT persiste et signe, ainsi que son avocate.""",
    ),
    # 16
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (deuxième audition)

Le lundi 16 juin 2025 à 10h00, devant nous, Adjudant Yannick LEBRETON, officier de police judiciaire, en présence de Maître LEMONNIER,
Reprenons l'audition de M. Cédric LEPETIT, à qui sont présentés la capture d'écran du SMS du 12 juin, le certificat médical, le carnet de Mme HAMEL et l'extrait du registre des interventions. Il déclare :

« Ce message, ce n'est pas moi qui l'ai écrit, n'importe qui pouvait prendre mon téléphone. Je ne l'ai jamais menacée, ni par message ni autrement.

Le 13 avril, je l'ai peut-être tenue par le col pour qu'elle me rende mon téléphone, mais pas par le cou.

Je reconnais que j'ai un problème avec l'alcool. Je suis prêt à me soigner. Je ne veux pas qu'elle parte avec les enfants, c'est tout. »

Lecture faite, M. LEPETIT persiste et signe, ainsi que son avocate.""",
    ),
    # 17
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : LEPETIT Cédric, né le 2 février 1987 à Cherbourg (50).

Condamnation n° 1 : jugement du tribunal correctionnel de Cherbourg du 3 octobre 2019. Conduite d'un véhicule sous l'empire d'un état alcoolique. Peine : 400 euros d'amende et suspension du permis de conduire pendant 6 mois.""",
    ),
    # 18
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

L'Adjudant Yannick LEBRETON à Monsieur le Procureur de la République près le tribunal judiciaire de Coutances.

Depuis décembre 2023, la gendarmerie est intervenue à plusieurs reprises au domicile de Mme Laëtitia HAMEL et de son concubin, M. Cédric LEPETIT, à Carentan-les-Marais, sans que la victime accepte de déposer plainte.

Le samedi 14 juin 2025, après que Mme HAMEL lui a annoncé son départ avec les enfants, M. LEPETIT, fortement alcoolisé, l'a projetée contre la table de la cuisine puis l'a menacée avec un couteau, en présence des deux enfants mineurs. La victime souffre d'une fracture du poignet ayant entraîné une incapacité totale de travail supérieure à huit jours. Deux jours plus tôt, il lui avait adressé un SMS de menace de mort.

M. LEPETIT conteste les violences et les menaces. Le témoignage du voisin, les constatations médicales, le carnet tenu par la victime, la capture du SMS et le registre des interventions contredisent ses déclarations.

La garde à vue de M. LEPETIT, débutée le 14 juin 2025 à 21h55, a été prolongée le 15 juin 2025 à 19h40 sur autorisation de M. QUESNEL, substitut, et levée le 16 juin 2025 à 16h10, soit une durée de 42 heures 15 minutes. Il est déféré en vue d'une comparution immédiate.

Les faits sont susceptibles de recevoir la qualification de violences volontaires ayant entraîné une incapacité totale de travail supérieure à huit jours, commises par concubin, avec menace d'une arme et en présence de mineurs (article 222-12 du Code pénal), de violences habituelles par concubin (article 222-14 du Code pénal) et de menaces de mort réitérées par concubin (articles 222-17 et 222-18-3 du Code pénal).

Fait à Carentan-les-Marais, le lundi 16 juin 2025.""",
    ),
]

PERSONS = [
    {"name": "Laëtitia HAMEL", "role": "victime", "aliases": ["HAMEL Laëtitia", "Mme HAMEL", "HAMEL L.", "Laëtitia"]},
    {"name": "Cédric LEPETIT", "role": "mis en cause", "aliases": ["LEPETIT Cédric", "M. LEPETIT", "Cédric"]},
    {"name": "Gilbert AUVRAY", "role": "témoin", "aliases": ["M. AUVRAY", "AUVRAY G."]},
    {"name": "Sophie LECLERC", "role": "témoin", "aliases": ["Mme LECLERC"]},
    {"name": "Hélène DESHAYES", "role": "autre", "aliases": ["Dr Hélène DESHAYES"]},
    {"name": "Aurélie GOSSELIN", "role": "enquêteur", "aliases": ["Maréchal des logis-chef GOSSELIN"]},
    {"name": "Thibault MARIE", "role": "enquêteur", "aliases": ["Gendarme MARIE Thibault"]},
    {"name": "Jessica LANGLOIS", "role": "enquêteur", "aliases": []},
    {"name": "Yannick LEBRETON", "role": "enquêteur", "aliases": ["Adjudant Yannick LEBRETON"]},
    {"name": "Frédéric QUESNEL", "role": "magistrat", "aliases": ["M. QUESNEL"]},
    {"name": "Pauline LEMONNIER", "role": "avocat", "aliases": ["Maître LEMONNIER"]},
]

EVENTS = [
    ("2019-10-03", None, "condamnation de Cédric LEPETIT pour conduite en état alcoolique", "du 3 octobre 2019"),
    ("2023-12-24", "00:40", "première intervention au domicile (différend familial)", "24/12/2023 00h40"),
    ("2025-02-08", "23:26", "intervention pour cris et bris de verre, refus de plainte", "Arrivés sur les lieux à 23h26"),
    ("2025-04-13", "01:50", "appel de la victime : prise au cou", "appel de Mme HAMEL reçu à 01h50"),
    ("2025-04-22", "14:00", "audition libre de Cédric LEPETIT", "Le mardi 22 avril 2025 à 14h00"),
    ("2025-06-12", "22:47", "SMS de menace de mort", "le jeudi 12 juin 2025 à 22h47"),
    ("2025-06-14", "21:35", "appel du voisin pour violences en cours", "14/06/2025 21h35"),
    ("2025-06-14", "21:55", "interpellation et garde à vue de Cédric LEPETIT", "Interpellons M. Cédric LEPETIT à 21h55"),
    ("2025-06-14", "22:40", "mesure par éthylomètre", "Mesure 1 : 22h40"),
    ("2025-06-14", "23:40", "examen médical de la victime aux urgences", "le 14/06/2025 à 23h40"),
    ("2025-06-15", "10:00", "plainte de Laëtitia HAMEL", "Le dimanche 15 juin 2025 à 10h00"),
    ("2025-06-15", "19:40", "prolongation de la garde à vue", "prolongée le 15 juin 2025 à 19h40"),
    ("2025-06-16", "16:10", "fin de la garde à vue et déferrement", "levée le 16 juin 2025 à 16h10"),
]

OFFENCES = [
    {"qualification": "violences volontaires ayant entraîné une ITT supérieure à huit jours par concubin, avec menace d'une arme et en présence de mineurs", "code_article": "222-12"},
    {"qualification": "violences habituelles par concubin", "code_article": "222-14"},
    {"qualification": "menaces de mort réitérées", "code_article": "222-17"},
    {"qualification": "menaces commises par concubin", "code_article": "222-18-3"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("pv_constatations", 2, 2),
    ("pv_audition", 3, 3),
    ("note_manuscrite", 4, 4),
    ("capture_ecran", 5, 5),
    ("pv_constatations", 6, 6),
    ("photographie", 7, 7),
    ("ticket_ethylometre", 8, 8),
    ("certificat_medical", 9, 9),
    ("photographie", 10, 10),
    ("plainte", 11, 11),
    ("pv_audition", 12, 13),
    ("rapport", 14, 14),
    ("pv_garde_a_vue", 15, 16),
    ("casier_judiciaire", 17, 17),
    ("rapport", 18, 18),
]

QUESTIONS = [
    ("Combien de jours d'incapacité totale de travail le médecin a-t-il accordés à la victime ?", ["ITT : 21 jours"]),
    ("Pendant combien de temps le bras blessé doit-il rester immobilisé ?", ["immobilisation par attelle pendant 6 semaines"]),
    ("Quel taux d'alcool a été relevé dans le souffle du compagnon lors de la première mesure ?", ["Mesure 1 : 22h40  0,61 mg/L"]),
    ("Combien de fois les gendarmes se sont-ils déplacés chez le couple depuis 2023 ?", ["Total : 4 interventions à cette adresse"]),
    ("De quand date le tout premier déplacement des forces de l'ordre chez le couple ?", ["24/12/2023 00h40"]),
    ("De quel numéro est parti le texto menaçant ?", ["de « Cédric » (06 39 98 63 40)"]),
    ("À quelle heure la victime a-t-elle reçu le message de menace ?", ["à 22h47 de « Cédric »"]),
    ("Quelle était la longueur de la lame de l'arme blanche ramassée dans la cuisine ?", ["lame de 20 cm"]),
    ("D'après ses notes, combien de temps la compagne a-t-elle été laissée à l'extérieur en mai ?", ["dehors sur la terrasse 2 h en pyjama"]),
    ("Quel loyer la compagne devait-elle payer pour son futur logement ?", ["loyer 540 €/mois"]),
    ("Quelle taille fait le bleu photographié sur le bras de la victime ?", ["ecchymose violacée de 4 x 3 cm"]),
    ("À quelle heure la patrouille est-elle arrivée chez le couple le soir du 8 février ?", ["Arrivés sur les lieux à 23h26", "sur place 23h26"]),
    ("À quelle heure la compagne a-t-elle elle-même alerté les gendarmes en avril ?", ["appel de Mme HAMEL reçu à 01h50", "13/04/2025 01h50"]),
    ("Quel âge a le cadet des enfants du couple ?", ["Noah, 5 ans"]),
    ("À quelle heure le concubin a-t-il été interpellé le 14 juin ?", ["Interpellons M. Cédric LEPETIT à 21h55"]),
    ("Combien de temps la garde à vue du concubin a-t-elle duré au total ?", ["soit une durée de 42 heures 15 minutes"]),
    ("Quel âge a l'auteur présumé des violences ?", ["âgé de 38 ans"]),
    ("À quelle adresse vit le couple ?", ["au domicile du couple, 3 impasse des Courtils", "Arrivés à 02h08 au 3 impasse des Courtils", "avec arme blanche au 3 impasse des Courtils", "Extrait du registre des interventions - 3 impasse des Courtils"]),
    ("À quelle date la victime comptait-elle quitter le foyer avec les enfants ?", ["je partais le 1er juillet avec les enfants"]),
    ("Pendant combien de temps l'homme d'à côté a-t-il entendu des cris avant que les enfants ne frappent chez lui ?", ["pendant au moins 10 minutes"]),
    ("Combien d'arrêts maladie la soignante a-t-elle eus depuis le début de l'année ?", ["3 arrêts de travail"]),
    ("Quel article du Code pénal réprime les violences répétées reprochées au concubin ?", ["de violences habituelles par concubin (article 222-14 du Code pénal)"]),
    ("Où se trouvaient les enfants lorsque la patrouille est arrivée le 14 juin ?", ["Les deux enfants du couple se trouvent chez le voisin"]),
    ("Quelles paroles le voisin a-t-il entendu le concubin crier ?", ["j'ai entendu Cédric hurler « je vais te saigner »"]),
    ("Comment la victime s'est-elle fracturé le poignet : chute accidentelle ou geste de son compagnon ?", ["Elle a glissé sur le carrelage mouillé", "il m'a poussée de toutes ses forces contre la table", "Les lésions constatées sont compatibles avec les faits allégués"]),
    ("Le concubin avait-il vraiment peu bu le soir des faits ?", ["Je n'avais bu que deux bières", "Mesure 1 : 22h40  0,61 mg/L"]),
    ("Le mis en cause a-t-il menacé sa compagne par écrit ?", ["Je ne l'ai jamais menacée, ni par message ni autrement", "je te retrouve et je te crève"]),
    ("Les gendarmes étaient-ils déjà venus au domicile avant le 14 juin, contrairement à ce qu'affirme le concubin ?", ["C'est la première fois que les gendarmes viennent chez nous", "Total : 4 interventions à cette adresse"]),
    ("Quelle alcoolémie présentait le concubin lors de l'intervention de février ?", []),
    ("Combien de jours d'ITT ont été fixés après la prise au cou d'avril ?", []),
]

ANSWERS = {
    "Combien de jours d'incapacité totale de travail le médecin a-t-il accordés à la victime ?": "21 jours",
    "Pendant combien de temps le bras blessé doit-il rester immobilisé ?": "6 semaines",
    "Quel taux d'alcool a été relevé dans le souffle du compagnon lors de la première mesure ?": "0,61 mg/L",
    "Combien de fois les gendarmes se sont-ils déplacés chez le couple depuis 2023 ?": "4 interventions",
    "De quand date le tout premier déplacement des forces de l'ordre chez le couple ?": "24/12/2023",
    "De quel numéro est parti le texto menaçant ?": "06 39 98 63 40",
    "À quelle heure la victime a-t-elle reçu le message de menace ?": "22h47",
    "Quelle était la longueur de la lame de l'arme blanche ramassée dans la cuisine ?": "20 cm",
    "D'après ses notes, combien de temps la compagne a-t-elle été laissée à l'extérieur en mai ?": "2 h",
    "Quel loyer la compagne devait-elle payer pour son futur logement ?": "540 €/mois",
    "Quelle taille fait le bleu photographié sur le bras de la victime ?": "4 x 3 cm",
    "À quelle heure la patrouille est-elle arrivée chez le couple le soir du 8 février ?": "23h26",
    "À quelle heure la compagne a-t-elle elle-même alerté les gendarmes en avril ?": "01h50",
    "Quel âge a le cadet des enfants du couple ?": "5 ans",
    "À quelle heure le concubin a-t-il été interpellé le 14 juin ?": "21h55",
    "Combien de temps la garde à vue du concubin a-t-elle duré au total ?": "42 heures 15 minutes",
    "Quel âge a l'auteur présumé des violences ?": "38 ans",
    "À quelle adresse vit le couple ?": "3 impasse des Courtils",
    "À quelle date la victime comptait-elle quitter le foyer avec les enfants ?": "1er juillet",
    "Pendant combien de temps l'homme d'à côté a-t-il entendu des cris avant que les enfants ne frappent chez lui ?": "10 minutes",
    "Combien d'arrêts maladie la soignante a-t-elle eus depuis le début de l'année ?": "3 arrêts de travail",
    "Quel article du Code pénal réprime les violences répétées reprochées au concubin ?": "222-14",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "origine de la fracture du poignet : glissade selon le concubin, poussée contre la table selon la victime, lésions compatibles avec les faits allégués selon le médecin",
        "phrases": ["Elle a glissé sur le carrelage mouillé", "il m'a poussée de toutes ses forces contre la table", "Les lésions constatées sont compatibles avec les faits allégués"],
        "between": ["Cédric LEPETIT", "Laëtitia HAMEL", "Hélène DESHAYES"],
    },
    {
        "about": "consommation d'alcool : « deux bières » selon le concubin, 0,61 mg/L d'air expiré à l'éthylomètre 45 minutes après l'interpellation",
        "phrases": ["Je n'avais bu que deux bières", "Mesure 1 : 22h40  0,61 mg/L"],
        "between": ["Cédric LEPETIT", "éthylomètre"],
    },
    {
        "about": "menaces : le concubin nie toute menace, la capture d'écran montre un SMS de menace de mort envoyé de sa ligne le 12 juin",
        "phrases": ["Je ne l'ai jamais menacée, ni par message ni autrement", "je te retrouve et je te crève"],
        "between": ["Cédric LEPETIT", "capture d'écran du téléphone de la victime"],
    },
    {
        "about": "antécédents d'intervention : « première fois » selon le concubin, quatre interventions à l'adresse depuis décembre 2023 selon le registre du CORG",
        "phrases": ["C'est la première fois que les gendarmes viennent chez nous", "Total : 4 interventions à cette adresse"],
        "between": ["Cédric LEPETIT", "CORG de la Manche"],
    },
]
