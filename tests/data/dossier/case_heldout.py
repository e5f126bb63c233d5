# ruff: noqa: E501 - the pages are prose, one paragraph a line
"""The held-out dossier: a fictitious "faux conseiller bancaire" fraud in Rennes, written after the rules were
tuned on the development dossier (case_balto.py) and never used to tune them. All names are invented."""

from __future__ import annotations

HEAD = "GENDARMERIE NATIONALE - Brigade de recherches de Rennes\nProcédure n° 01234/2025\n"

PAGES: list[tuple[str, str]] = [
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE

Le 7 janvier 2025 à 14h30, devant nous, Thomas LEROY, Maréchal des logis-chef, officier de police judiciaire,
Se présente M. Gérard BLANC, né le 2 avril 1947 à Vitré (35), retraité, demeurant 4 rue de Fougères à Rennes, qui dépose plainte pour escroquerie et déclare :

« Le lundi 6 janvier 2025 vers 10h00, une femme m'a appelé au 02 99 12 34 56. Elle disait s'appeler Sarah et travailler au service des fraudes de ma banque. Elle m'a dit que mon compte était piraté et qu'il fallait mettre mon argent à l'abri. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL DE PLAINTE (suite)

« Sur ses conseils, j'ai fait trois virements vers un compte « sécurisé » pour un total de 18 500 euros. Elle m'a ensuite demandé mes codes de carte bancaire. Le lendemain, ma conseillère m'a dit que ce service n'existait pas. »

Lecture faite, M. BLANC persiste et signe.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN

Le 9 janvier 2025 à 09h15, devant nous, Thomas LEROY, officier de police judiciaire,
Entendons Mme Isabelle NOËL, née le 14 septembre 1979 à Brest (29), conseillère bancaire, qui déclare :

« M. BLANC est mon client depuis dix ans. Le 7 janvier 2025 à 08h45, il m'a appelée, très inquiet. Notre banque n'a pas de service des fraudes qui appelle les clients. Les virements ont été faits vers un compte ouvert au nom de Nadia KHELIFI dans une banque en ligne. »""",
    ),
    (
        "text",
        HEAD
        + """
RÉQUISITION JUDICIAIRE

Vu l'autorisation de M. Paul MERCIER, procureur de la République près le tribunal judiciaire de Rennes,
Nous, Thomas LEROY, officier de police judiciaire,
Requérons la banque en ligne de nous communiquer l'identité du titulaire du compte bénéficiaire des virements du 6 janvier 2025, ainsi que les opérations de ce compte.

Fait à Rennes, le 10 janvier 2025.""",
    ),
    (
        "scan",
        HEAD
        + """
RÉPONSE À RÉQUISITION JUDICIAIRE

Le 13 janvier 2025. Titulaire du compte : Mme KHELIFI Nadia, née le 21 mars 1996 à Nantes, demeurant 11 boulevard Voltaire à Nantes.

Le 6 janvier 2025 à 11h20, le compte a reçu 18 500 euros en trois virements. Le 6 janvier 2025 à 15h05, la somme de 9 000 euros a été retirée en espèces.""",
    ),
    (
        "text",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE

Le 20 janvier 2025 à 10h30, devant nous, Thomas LEROY, officier de police judiciaire, assisté de la Gendarme Emma GARNIER,
En présence de Maître Hugo FAURE, avocat au barreau de Nantes,
Entendons Mme KHELIFI Nadia, dite « Sarah », qui déclare :

« Je reconnais avoir prêté mon compte à un ami, Dylan ROUX, contre 500 euros. Je n'ai jamais appelé ce monsieur. Le 6 janvier, j'étais au travail à Nantes toute la journée. »""",
    ),
    (
        "scan",
        HEAD
        + """
PROCÈS-VERBAL D'AUDITION DE PERSONNE GARDÉE À VUE (suite)

Question : La somme de 9 000 euros a été retirée en espèces à 15h05. Qui l'a retirée ?
Réponse : C'est Dylan ROUX. Je lui avais donné ma carte.

Question : Qui se faisait appeler Sarah ?
Réponse : Je ne sais pas.""",
    ),
    (
        "text",
        "MINISTÈRE DE LA JUSTICE - Casier judiciaire national\n"
        + """
BULLETIN N° 1 DU CASIER JUDICIAIRE

Relevé des condamnations de : KHELIFI Nadia, née le 21 mars 1996 à Nantes.

Condamnation n° 1 : jugement du tribunal correctionnel de Nantes du 3 mars 2022. Recel de biens provenant d'un vol, article 321-1 du Code pénal. Peine : 2 mois d'emprisonnement avec sursis.""",
    ),
    (
        "hand",
        """Mot de M. Blanc pour les gendarmes
Sarah parlait vite, avec un accent du Sud.
Elle connaissait mon adresse.""",
    ),
    (
        "text",
        HEAD
        + """
RAPPORT DE SYNTHÈSE

Le Maréchal des logis-chef Thomas LEROY à Monsieur le Procureur de la République.

Le 6 janvier 2025, M. Gérard BLANC a été victime d'une escroquerie au faux conseiller bancaire : il a viré 18 500 euros sur le compte de Mme Nadia KHELIFI. Celle-ci reconnaît avoir prêté son compte à Dylan ROUX.

Les faits sont susceptibles de recevoir la qualification d'escroquerie, prévue par l'article 313-1 du Code pénal, et de blanchiment, article 324-1 du Code pénal.

Fait à Rennes, le 21 janvier 2025.""",
    ),
]

PERSONS = [
    {"name": "Gérard BLANC", "role": "victime", "aliases": ["M. BLANC"]},
    {"name": "Nadia KHELIFI", "role": "mis en cause", "aliases": ["KHELIFI Nadia", "Sarah"]},
    {"name": "Isabelle NOËL", "role": "témoin", "aliases": []},
    {"name": "Thomas LEROY", "role": "enquêteur", "aliases": []},
    {"name": "Emma GARNIER", "role": "enquêteur", "aliases": []},
    {"name": "Paul MERCIER", "role": "magistrat", "aliases": []},
    {"name": "Hugo FAURE", "role": "avocat", "aliases": []},
    {"name": "Dylan ROUX", "role": "autre", "aliases": []},
]

EVENTS = [
    ("2022-03-03", None, "condamnation pour recel", "3 mars 2022"),
    ("2025-01-06", "10:00", "appel du faux conseiller", "vers 10h00, une femme m'a appelé"),
    ("2025-01-06", "11:20", "réception des virements", "à 11h20, le compte a reçu"),
    ("2025-01-06", "15:05", "retrait de 9 000 euros", "à 15h05, la somme de 9 000 euros"),
    ("2025-01-07", "08:45", "appel de la victime à sa conseillère", "à 08h45, il m'a appelée"),
    ("2025-01-07", "14:30", "dépôt de plainte", "Le 7 janvier 2025 à 14h30"),
    ("2025-01-09", "09:15", "audition de la conseillère", "Le 9 janvier 2025 à 09h15"),
    ("2025-01-20", "10:30", "audition de Nadia KHELIFI", "Le 20 janvier 2025 à 10h30"),
]

OFFENCES = [
    {"qualification": "escroquerie", "code_article": "313-1"},
    {"qualification": "blanchiment", "code_article": "324-1"},
]

DOCUMENTS = [
    ("plainte", 1, 2),
    ("pv_audition", 3, 3),
    ("requisition", 4, 4),
    ("requisition", 5, 5),
    ("pv_audition", 6, 7),
    ("casier_judiciaire", 8, 8),
    ("note_manuscrite", 9, 9),
    ("rapport", 10, 10),
]

QUESTIONS = [
    ("Quel montant la victime a-t-elle viré ?", ["pour un total de 18 500 euros", "il a viré 18 500 euros"]),
    ("Au nom de qui est le compte bénéficiaire ?", ["ouvert au nom de Nadia KHELIFI", "Titulaire du compte"]),
    ("Qui a retiré les 9 000 euros en espèces ?", ["C'est Dylan ROUX"]),
    ("Combien Nadia KHELIFI a-t-elle reçu pour prêter son compte ?", ["contre 500 euros"]),
    ("Quelle condamnation figure au casier de Nadia KHELIFI ?", ["Recel de biens provenant d'un vol"]),
    ("Quelle qualification pénale est retenue ?", ["qualification d'escroquerie"]),
    ("Quelle arme a été utilisée ?", []),
]

CONTRADICTIONS: list[dict] = []
