# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""Blind dossier 2: fictitious domestic violence in Ribérac (Dordogne), February 2025: grip on the neck, slaps,
death threats (spoken, and a handwritten note left on the victim's windscreen), a forensic certificate (ITT),
witnesses who contradict each other on when the husband left the bar, a custody hearing and the summary report.
Gendarmerie nationale. Written for the blind evaluation of the communs project; all names are invented.
Licence MIT."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Compagnie de Périgueux - Brigade territoriale autonome de Ribérac\nProcédure n° 00412/2025\n"

PAGES: list[tuple[str, str]] = [
    (  # 1
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'INTERVENTION ET DE CONSTATATIONS

Le 16 février 2025 à 00h05, nous, Adjudant Fabrice LACHAUD, officier de police judiciaire, et Gendarme Manon VIGIER, agent de police judiciaire, de la brigade territoriale autonome de Ribérac, agissant en flagrant délit,
Sur instruction du centre d'opérations et de renseignement de la gendarmerie de la Dordogne, avisé à 23h47 par Mme Josiane PEYRAT d'une dispute violente chez ses voisins,
Nous transportons au 17 route de Villetoureix à Ribérac, domicile des époux RIVIÈRE.

Constatons que la porte vitrée de la cuisine présente un panneau inférieur brisé. Une chaise est renversée, des débris de verre et quelques gouttes de sang se trouvent sur le carrelage.

M. Cédric RIVIÈRE, né le 2 octobre 1986 à Périgueux (24), chauffeur poids lourd, est assis dans le salon. Il sent fortement l'alcool. Il déclare spontanément : « Elle est partie chez la voisine, elle fait son cinéma. »
L'enfant Léo RIVIÈRE, âgé de 7 ans, est dans sa chambre, éveillé et en pleurs.

À 00h32, le dépistage puis la mesure par éthylomètre donnent un taux de 0,62 milligramme par litre d'air expiré.
À 00h40, plaçons M. Cédric RIVIÈRE en garde à vue pour violences volontaires sur conjoint et menaces de mort. La notification de ses droits est différée jusqu'à son dégrisement.
Avis est donné à 00h50 au magistrat de permanence du parquet de Périgueux, M. Olivier CASTAING, substitut du procureur de la République.
Mme Laetitia RIVIÈRE est conduite par les sapeurs-pompiers au centre hospitalier de Périgueux à 01h10.""",
    ),
    (  # 2
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 16 février 2025 à 10h30, à la brigade, devant nous, Gendarme Manon VIGIER, agent de police judiciaire, agissant sous le contrôle de l'Adjudant Fabrice LACHAUD, officier de police judiciaire,
Se présente Mme Laetitia RIVIÈRE, née BRUNEAU le 25 juillet 1990 à Bergerac (24), aide-soignante à l'EHPAD de Ribérac, demeurant 17 route de Villetoureix à Ribérac, qui dépose plainte contre son époux, M. Cédric RIVIÈRE, et déclare :

« Nous sommes mariés depuis 2015 et nous avons un fils, Léo, qui a 7 ans. Depuis deux ans, mon mari boit de plus en plus et devient violent en paroles.

Samedi 15 février, il est sorti vers 19h30 pour aller au bar Le Cheval Blanc, place Nationale. Il est rentré vers 23h00, très alcoolisé. Il m'a reproché d'avoir parlé avec un collègue au téléphone.

Il m'a attrapée par le cou avec sa main droite et m'a plaquée contre la porte vitrée de la cuisine, qui s'est cassée dans mon dos. Ensuite il m'a donné deux gifles. J'ai eu du mal à respirer pendant plusieurs secondes.

Il m'a dit : « Si tu pars avec le petit, je te tue. » Léo était en haut de l'escalier et a tout vu. »""",
    ),
    (  # 3
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite) - Mme RIVIÈRE

« Vers 23h35, quand il est allé dans la salle de bains, je suis sortie en chemise de nuit et j'ai couru chez Mme PEYRAT, notre voisine. C'est elle qui a appelé les gendarmes.

Ce n'est pas la première fois. En novembre 2024, il m'avait déjà poussée dans l'escalier, mais je n'avais pas porté plainte. Le 3 février 2025, il a laissé un mot sur le pare-brise de ma voiture, que je vous remets.

Je demande une ordonnance de protection et je ne veux plus qu'il revienne au domicile. »

Question : Votre mari était-il seul en rentrant ?
Réponse : Oui, il est rentré seul, à pied. Le bar est à dix minutes.

Remise : une feuille manuscrite, placée sous scellé n° RIB-1.

Lecture faite, Mme RIVIÈRE persiste et signe.""",
    ),
    (  # 4
        "hand",
        """Laetitia,
si tu pars avec Léo
je te retrouverai.
Tu sais de quoi je suis capable.
Tu finiras mal.
C.""",
    ),
    (  # 5
        "scan",
        """CENTRE HOSPITALIER DE PÉRIGUEUX - Unité médico-judiciaire

CERTIFICAT MÉDICAL INITIAL (sur réquisition judiciaire)

Je soussignée, Docteur Hélène MAZIÈRE, médecin légiste, certifie avoir examiné le 16 février 2025 à 02h15 Mme Laetitia RIVIÈRE, née le 25 juillet 1990, sur réquisition de l'Adjudant LACHAUD.

Doléances : l'intéressée déclare avoir été saisie au cou et giflée par son conjoint vers 23h00.

Constatations :
- ecchymoses digitiformes sur les faces latérales du cou, de 1 à 2 cm ;
- hématome de 3 cm sous l'oeil gauche ;
- plaie superficielle de 4 cm dans le dos, compatible avec un bris de verre, suturée par 5 points ;
- douleurs à la déglutition.

Conclusion : les lésions constatées sont compatibles avec les faits décrits. L'incapacité totale de travail (ITT) est fixée à 6 jours, sous réserve de complications.

Fait à Périgueux, le 16 février 2025.""",
    ),
    (  # 6
        "photo",
        HEAD
        + """
PLANCHE PHOTOGRAPHIQUE - domicile RIVIÈRE, le 16 février 2025 à 00h20
Photo 1 : porte vitrée de la cuisine, panneau inférieur brisé, verre au sol""",
    ),
    (  # 7
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 16 février 2025 à 15h30, devant nous, Gendarme Manon VIGIER, agent de police judiciaire,
Entendons Mme Josiane PEYRAT, née le 12 janvier 1956 à Ribérac (24), retraitée, demeurant 19 route de Villetoureix à Ribérac, qui déclare :

« Samedi soir, je regardais la télévision. Vers 23h15, j'ai entendu des cris chez les RIVIÈRE, puis un bruit de verre brisé. J'ai reconnu la voix de Cédric qui hurlait. J'ai entendu clairement : « Je vais te tuer. »

Vers 23h40, Laetitia a frappé à ma porte, en chemise de nuit, pieds nus. Elle avait des marques rouges sur le cou et saignait dans le dos. Elle m'a dit : « Il a voulu m'étrangler. » J'ai appelé le 17 tout de suite.

Je suis sûre que Cédric était rentré bien avant minuit : j'ai vu la lumière de la cuisine s'allumer à 23h05 et je l'ai vu passer devant la fenêtre. »

Question : Aviez-vous déjà été témoin de disputes ?
Réponse : Oui, souvent depuis l'été dernier, surtout le week-end.

Lecture faite, Mme PEYRAT persiste et signe.""",
    ),
    (  # 8
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 17 février 2025 à 09h00, devant nous, Adjudant Fabrice LACHAUD, officier de police judiciaire,
Entendons M. Jérôme FAURIE, né le 30 avril 1985 à Ribérac (24), mécanicien, demeurant 4 rue du Moulin à Ribérac, qui déclare :

« Je suis un ami de Cédric depuis l'école. Samedi, nous étions ensemble au Cheval Blanc à partir de 20h00. Nous avons bu quelques bières, pas plus de quatre chacun. Nous sommes partis ensemble à 23h45 et je l'ai raccompagné jusqu'à chez lui. Il était calme. Il n'a pas pu frapper sa femme à 23h00 puisqu'il était avec moi.

Laetitia exagère toujours, elle veut le divorce et garder le petit. »

Question : Êtes-vous certain de l'heure ?
Réponse : Oui, le patron fermait à 23h45.

Lecture faite, M. FAURIE persiste et signe.""",
    ),
    (  # 9
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 17 février 2025 à 11h15, devant nous, Gendarme Manon VIGIER, agent de police judiciaire,
Entendons Mme Sonia LACOSTE, née le 8 décembre 1979 à Mussidan (24), gérante du bar Le Cheval Blanc, place Nationale à Ribérac, qui déclare :

« Je connais bien Cédric RIVIÈRE et Jérôme FAURIE, ce sont des habitués. Samedi, Cédric est arrivé vers 19h45. Il a bu au moins six demis et deux whiskys. Il a payé sa note par carte à 22h48, 38,50 euros, et il est parti seul juste après. Jérôme est resté jusqu'à la fermeture. Le samedi, je ferme toujours à 1h00.

Cédric était énervé, il disait que sa femme allait voir ce qu'elle allait voir. »

Question : Pouvez-vous justifier l'heure du paiement ?
Réponse : Oui, je vous remets la copie du relevé du terminal de paiement.

Lecture faite, Mme LACOSTE persiste et signe.""",
    ),
    (  # 10
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 16 février 2025 à 13h10, devant nous, Adjudant Fabrice LACHAUD, officier de police judiciaire,
En présence de Maître Anne-Sophie DELMAS, avocate au barreau de Périgueux,
Entendons M. Cédric RIVIÈRE, né le 2 octobre 1986 à Périgueux (24), chauffeur poids lourd, demeurant 17 route de Villetoureix à Ribérac, marié, un enfant, qui déclare :

« Je conteste les violences. Samedi, j'étais au Cheval Blanc avec Jérôme FAURIE jusqu'à minuit moins le quart. Quand je suis rentré, Laetitia était hystérique, elle m'a jeté un verre. Elle a reculé et elle est tombée contre la porte de la cuisine toute seule. Je ne l'ai jamais touchée au cou.

Je n'ai jamais dit que j'allais la tuer. Le mot sur la voiture, c'était une blague, je voulais juste lui faire peur pour qu'elle ne parte pas. »

Question : Combien de verres avez-vous bus ?
Réponse : Trois ou quatre bières, pas plus.

Question : Vous présentiez 0,62 milligramme par litre d'air expiré à 00h32. Comment l'expliquez-vous ?
Réponse : J'avais bu un peu avant de sortir aussi.

Question : Votre fils était-il présent ?
Réponse : Il dormait, il n'a rien vu.

Fin de l'audition à 14h25. Lecture faite, M. RIVIÈRE persiste et signe.""",
    ),
    (  # 11
        "noise",
        "",
    ),
    (  # 12
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE SYNTHÈSE

L'Adjudant Fabrice LACHAUD, officier de police judiciaire, à Monsieur le Procureur de la République près le tribunal judiciaire de Périgueux.

Le samedi 15 février 2025 vers 23h00, au domicile conjugal de Ribérac, Mme Laetitia RIVIÈRE aurait été saisie au cou, plaquée contre une porte vitrée et giflée par son époux, M. Cédric RIVIÈRE, en présence de leur fils mineur. L'unité médico-judiciaire de Périgueux a fixé l'ITT à 6 jours.

Le mis en cause conteste les violences et invoque la présence de M. Jérôme FAURIE jusqu'à 23h45. Ce témoignage est contredit par la gérante du bar, Mme Sonia LACOSTE, selon laquelle M. RIVIÈRE a réglé sa note à 22h48 et est parti seul, ainsi que par la voisine, Mme PEYRAT, qui l'a vu dans la cuisine à 23h05.
M. RIVIÈRE reconnaît être l'auteur du mot manuscrit daté du 3 février 2025.

Antécédents : M. RIVIÈRE a été condamné le 9 mai 2019 par le tribunal correctionnel de Périgueux pour conduite en état alcoolique à 500 euros d'amende et 4 mois de suspension du permis de conduire.

Les faits sont susceptibles de recevoir les qualifications de violences volontaires par conjoint ayant entraîné une ITT n'excédant pas 8 jours, commises en présence d'un mineur, prévues par l'article 222-13 du Code pénal, et de menaces de mort matérialisées par un écrit, prévues par l'article 222-17 du Code pénal et aggravées par l'article 222-18-3 du Code pénal.

La garde à vue a été prolongée le 16 février 2025 à 23h50 par M. Olivier CASTAING. M. RIVIÈRE a été déféré au parquet de Périgueux le 17 février 2025 à 17h30. La victime a sollicité une ordonnance de protection et l'attribution d'un téléphone grave danger.

Fait à Ribérac, le 17 février 2025.""",
    ),
]

PERSONS = [
    {"name": "Laetitia RIVIÈRE", "role": "victime", "aliases": ["Laetitia BRUNEAU", "Mme RIVIÈRE", "Laetitia"]},
    {"name": "Cédric RIVIÈRE", "role": "mis en cause", "aliases": ["M. RIVIÈRE", "Cédric", "C."]},
    {"name": "Josiane PEYRAT", "role": "témoin", "aliases": ["Mme PEYRAT"]},
    {"name": "Jérôme FAURIE", "role": "témoin", "aliases": ["M. FAURIE", "Jérôme"]},
    {"name": "Sonia LACOSTE", "role": "témoin", "aliases": ["Mme LACOSTE"]},
    {"name": "Léo RIVIÈRE", "role": "autre", "aliases": ["Léo"]},
    {"name": "Fabrice LACHAUD", "role": "enquêteur", "aliases": ["Adjudant LACHAUD"]},
    {"name": "Manon VIGIER", "role": "enquêteur", "aliases": []},
    {"name": "Hélène MAZIÈRE", "role": "autre", "aliases": ["Docteur Hélène MAZIÈRE"]},
    {"name": "Olivier CASTAING", "role": "magistrat", "aliases": []},
    {"name": "Anne-Sophie DELMAS", "role": "avocat", "aliases": []},
]

EVENTS = [
    ("2019-05-09", None, "condamnation pour conduite en état alcoolique", "9 mai 2019"),
    ("2025-02-03", None, "mot menaçant laissé sur le pare-brise de la victime", "Le 3 février 2025, il a laissé un mot"),
    ("2025-02-15", "19:30", "M. RIVIÈRE part au bar", "il est sorti vers 19h30"),
    ("2025-02-15", "19:45", "arrivée de M. RIVIÈRE au bar selon la gérante", "Cédric est arrivé vers 19h45"),
    ("2025-02-15", "22:48", "M. RIVIÈRE paie sa note et quitte le bar", "Il a payé sa note par carte à 22h48"),
    ("2025-02-15", "23:00", "retour au domicile et violences", "Il est rentré vers 23h00"),
    ("2025-02-15", "23:05", "la voisine voit M. RIVIÈRE dans la cuisine", "s'allumer à 23h05"),
    ("2025-02-15", "23:15", "cris et bruit de verre entendus par la voisine", "Vers 23h15, j'ai entendu des cris"),
    ("2025-02-15", "23:35", "la victime s'enfuit du domicile", "Vers 23h35, quand il est allé"),
    ("2025-02-15", "23:40", "la victime arrive chez la voisine", "Vers 23h40, Laetitia a frappé"),
    ("2025-02-15", "23:47", "appel de la voisine à la gendarmerie", "avisé à 23h47"),
    ("2025-02-16", "00:05", "arrivée des gendarmes au domicile", "Le 16 février 2025 à 00h05"),
    ("2025-02-16", "00:20", "photographies des lieux", "le 16 février 2025 à 00h20"),
    ("2025-02-16", "00:32", "mesure d'alcoolémie", "À 00h32, le dépistage"),
    ("2025-02-16", "00:40", "placement en garde à vue", "À 00h40, plaçons"),
    ("2025-02-16", "00:50", "avis au parquet", "Avis est donné à 00h50"),
    ("2025-02-16", "01:10", "transport de la victime à l'hôpital", "centre hospitalier de Périgueux à 01h10"),
    ("2025-02-16", "02:15", "examen médico-légal de la victime", "le 16 février 2025 à 02h15"),
    ("2025-02-16", "10:30", "plainte de la victime", "Le 16 février 2025 à 10h30"),
    ("2025-02-16", "13:10", "audition du mis en cause", "Le 16 février 2025 à 13h10"),
    ("2025-02-16", "15:30", "audition de la voisine", "Le 16 février 2025 à 15h30"),
    ("2025-02-16", "23:50", "prolongation de la garde à vue", "prolongée le 16 février 2025 à 23h50"),
    ("2025-02-17", "09:00", "audition de M. FAURIE", "Le 17 février 2025 à 09h00"),
    ("2025-02-17", "11:15", "audition de la gérante du bar", "Le 17 février 2025 à 11h15"),
    ("2025-02-17", "17:30", "déferrement au parquet", "le 17 février 2025 à 17h30"),
]

OFFENCES = [
    {"qualification": "violences volontaires sur conjoint", "code_article": "222-13"},
    {"qualification": "menaces de mort", "code_article": "222-17"},
    {"qualification": "menaces de mort par conjoint", "code_article": "222-18-3"},
]

DOCUMENTS = [
    ("pv_constatations", 1, 1),
    ("plainte", 2, 3),
    ("note_manuscrite", 4, 4),
    ("certificat_medical", 5, 5),
    ("photo", 6, 6),
    ("pv_audition", 7, 7),
    ("pv_audition", 8, 8),
    ("pv_audition", 9, 9),
    ("pv_audition", 10, 10),
    ("autre", 11, 11),
    ("rapport", 12, 12),
]

QUESTIONS = [
    ("Combien de jours d'incapacité totale de travail le légiste a-t-il accordés à la victime ?", ["est fixée à 6 jours", "a fixé l'ITT à 6 jours"]),
    ("Quel médecin a examiné l'épouse, et à quelle heure ?", ["Docteur Hélène MAZIÈRE", "le 16 février 2025 à 02h15"]),
    ("Quelle est la taille de l'hématome constaté au visage ?", ["hématome de 3 cm"]),
    ("Combien de points de suture a-t-il fallu pour la plaie du dos ?", ["suturée par 5 points"]),
    ("Quel était le taux d'alcoolémie du mari à l'arrivée des gendarmes ?", ["0,62 milligramme par litre d'air expiré"]),
    ("À quelle heure la voisine a-t-elle donné l'alerte ?", ["avisé à 23h47"]),
    ("À quelle heure la patrouille est-elle arrivée route de Villetoureix ?", ["Le 16 février 2025 à 00h05"]),
    ("D'après la gérante, à quelle heure le mari a-t-il réglé ses consommations avant de partir ?", ["Il a payé sa note par carte à 22h48"]),
    ("Quel était le montant de l'addition du mari au bar ?", ["38,50 euros"]),
    ("À quelle heure l'ami du suspect dit-il avoir quitté le bar avec lui ?", ["Nous sommes partis ensemble à 23h45"]),
    ("Quels témoins se contredisent sur l'heure et les conditions du départ du mari du bar ?", ["Nous sommes partis ensemble à 23h45", "il est parti seul juste après"]),
    ("Quelles paroles de menace la voisine affirme-t-elle avoir entendues à travers le mur ?", ["Je vais te tuer"]),
    ("Que contient le mot retrouvé sur le pare-brise de la victime ?", ["je te retrouverai", "Tu sais de quoi je suis capable"]),
    ("À quelle date le mari a-t-il déposé ce mot sur la voiture ?", ["il a laissé un mot sur le pare-brise", "mot manuscrit daté du 3 février 2025"]),
    ("Le mari admet-il avoir écrit le mot laissé sur la voiture ?", ["c'était une blague", "reconnaît être l'auteur du mot manuscrit"]),
    ("Quel âge a le fils du couple ?", ["un fils, Léo, qui a 7 ans"]),
    ("Comment le mis en cause explique-t-il les blessures de sa femme ?", ["est tombée contre la porte de la cuisine toute seule"]),
    ("Dans quel débit de boissons le mari a-t-il passé la soirée ?", ["Le Cheval Blanc, place Nationale"]),
    ("Combien de verres la gérante a-t-elle servis au mari, selon elle ?", ["au moins six demis et deux whiskys"]),
    ("À quelle heure la mesure de garde à vue a-t-elle été prolongée ?", ["prolongée le 16 février 2025 à 23h50"]),
    ("Quels articles du Code pénal sont visés pour les coups et pour les menaces ?", ["prévues par l'article 222-13 du Code pénal", "prévues par l'article 222-17 du Code pénal"]),
    ("Le mari a-t-il déjà été condamné, et pour quoi ?", ["pour conduite en état alcoolique"]),
    ("Depuis quelle année les époux sont-ils mariés ?", ["mariés depuis 2015"]),
    ("Quelle protection la victime sollicite-t-elle ?", ["Je demande une ordonnance de protection", "sollicité une ordonnance de protection"]),
    ("Quand le mis en cause a-t-il été présenté au parquet ?", ["le 17 février 2025 à 17h30"]),
    ("L'enfant a-t-il assisté à la scène ? Qu'en disent les parents ?", ["Léo était en haut de l'escalier et a tout vu", "Il dormait, il n'a rien vu"]),
    ("Quel est le numéro de téléphone portable de la victime ?", []),
    ("Quelle peine le tribunal a-t-il prononcée contre le mari pour ces violences ?", []),
]

# Expected figure for the questions whose answer is a figure, written as it appears in the page text.
ANSWERS = {
    "Combien de jours d'incapacité totale de travail le légiste a-t-il accordés à la victime ?": "6 jours",
    "Quel médecin a examiné l'épouse, et à quelle heure ?": "02h15",
    "Quelle est la taille de l'hématome constaté au visage ?": "3 cm",
    "Combien de points de suture a-t-il fallu pour la plaie du dos ?": "5 points",
    "Quel était le taux d'alcoolémie du mari à l'arrivée des gendarmes ?": "0,62 milligramme",
    "À quelle heure la voisine a-t-elle donné l'alerte ?": "23h47",
    "À quelle heure la patrouille est-elle arrivée route de Villetoureix ?": "00h05",
    "D'après la gérante, à quelle heure le mari a-t-il réglé ses consommations avant de partir ?": "22h48",
    "Quel était le montant de l'addition du mari au bar ?": "38,50 euros",
    "À quelle heure l'ami du suspect dit-il avoir quitté le bar avec lui ?": "23h45",
    "À quelle date le mari a-t-il déposé ce mot sur la voiture ?": "3 février 2025",
    "Quel âge a le fils du couple ?": "7 ans",
    "Combien de verres la gérante a-t-elle servis au mari, selon elle ?": "six demis et deux whiskys",
    "À quelle heure la mesure de garde à vue a-t-elle été prolongée ?": "23h50",
    "Quels articles du Code pénal sont visés pour les coups et pour les menaces ?": "222-13",
    "Depuis quelle année les époux sont-ils mariés ?": "2015",
    "Quand le mis en cause a-t-il été présenté au parquet ?": "17h30",
}

CONTRADICTIONS: list[dict] = [
    {
        "about": "heure et conditions du départ de Cédric RIVIÈRE du bar : parti avec Jérôme FAURIE à 23h45 selon celui-ci, seul vers 22h48 selon la gérante, déjà dans sa cuisine à 23h05 selon la voisine",
        "between": ["Jérôme FAURIE", "Sonia LACOSTE", "Josiane PEYRAT", "Cédric RIVIÈRE"],
        "phrases": ["Nous sommes partis ensemble à 23h45", "il est parti seul juste après", "je l'ai vu passer devant la fenêtre", "jusqu'à minuit moins le quart"],
    },
    {
        "about": "heure de fermeture du bar : 23h45 selon Jérôme FAURIE, 1h00 selon la gérante",
        "between": ["Jérôme FAURIE", "Sonia LACOSTE"],
        "phrases": ["le patron fermait à 23h45", "je ferme toujours à 1h00"],
    },
    {
        "about": "origine des blessures : chute accidentelle selon le mari, saisie au cou et projection contre la porte selon la victime, ecchymoses digitiformes au cou selon le légiste",
        "between": ["Cédric RIVIÈRE", "Laetitia RIVIÈRE", "Hélène MAZIÈRE"],
        "phrases": ["est tombée contre la porte de la cuisine toute seule", "m'a attrapée par le cou", "ecchymoses digitiformes"],
    },
    {
        "about": "présence de l'enfant : il dormait selon le père, il a tout vu selon la mère, éveillé et en pleurs selon les gendarmes",
        "between": ["Cédric RIVIÈRE", "Laetitia RIVIÈRE", "gendarmes intervenants"],
        "phrases": ["Il dormait, il n'a rien vu", "Léo était en haut de l'escalier et a tout vu", "éveillé et en pleurs"],
    },
    {
        "about": "quantité d'alcool bue : trois ou quatre bières selon le mari (quatre au plus selon son ami), au moins six demis et deux whiskys selon la gérante",
        "between": ["Cédric RIVIÈRE", "Jérôme FAURIE", "Sonia LACOSTE"],
        "phrases": ["Trois ou quatre bières, pas plus", "pas plus de quatre chacun", "au moins six demis et deux whiskys"],
    },
]
