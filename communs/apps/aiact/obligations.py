"""What each tier asks of each role (provider, deployer, importer, distributor), with article ids, and the
dates of Art. 113 (and Art. 111(3) for models already on the market)."""

from __future__ import annotations

from typing import Any

ROLES = ("provider", "deployer", "importer", "distributor")

_ALL = [("Assurer un niveau suffisant de maîtrise de l'IA de son personnel.", "art_4")]

OBLIGATIONS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "prohibited": {
        role: [
            (
                "Ne pas mettre sur le marché, mettre en service ni utiliser ce système : la pratique est interdite.",
                "art_5_1",
            ),
            ("Amende jusqu'à 35 M€ ou 7 % du chiffre d'affaires annuel mondial.", "art_99_3"),
        ]
        for role in ROLES
    },
    "high_risk": {
        "provider": [
            ("Mettre en place un système de gestion des risques.", "art_9"),
            ("Gouvernance et qualité des données d'entraînement, de validation et de test.", "art_10"),
            ("Établir la documentation technique (annexe IV).", "art_11"),
            ("Permettre l'enregistrement automatique des événements (journaux).", "art_12"),
            ("Fournir une notice d'utilisation transparente aux déployeurs.", "art_13"),
            ("Concevoir le système pour un contrôle humain effectif.", "art_14"),
            ("Atteindre un niveau approprié d'exactitude, de robustesse et de cybersécurité.", "art_15"),
            ("Mettre en place un système de gestion de la qualité.", "art_17"),
            ("Conserver la documentation 10 ans et les journaux.", "art_18"),
            ("Suivre la procédure d'évaluation de la conformité.", "art_43"),
            ("Établir la déclaration UE de conformité et apposer le marquage CE.", "art_16_g"),
            ("Enregistrer le système dans la base de données de l'UE (usages de l'annexe III).", "art_49_1"),
            ("Prendre les mesures correctives nécessaires et informer.", "art_20"),
            ("Surveiller le système après sa mise sur le marché.", "art_72"),
            ("Signaler les incidents graves aux autorités de surveillance du marché.", "art_73"),
            ("Hors UE : désigner un mandataire établi dans l'Union.", "art_22_1"),
        ],
        "deployer": [
            ("Utiliser le système conformément à sa notice d'utilisation.", "art_26_1"),
            (
                "Confier le contrôle humain à des personnes compétentes, formées et ayant l'autorité nécessaire.",
                "art_26_2",
            ),
            ("Veiller à la pertinence des données d'entrée qu'il contrôle.", "art_26_4"),
            ("Surveiller le fonctionnement et informer le fournisseur en cas de risque ou d'incident.", "art_26_5"),
            ("Conserver les journaux générés au moins six mois.", "art_26_6"),
            (
                "Informer les représentants des travailleurs avant une mise en service sur le lieu de travail.",
                "art_26_7",
            ),
            ("Autorités publiques : enregistrer l'utilisation dans la base de données de l'UE.", "art_26_8"),
            ("Informer les personnes soumises à des décisions prises avec un système de l'annexe III.", "art_26_11"),
            (
                "Organismes publics et services publics, crédit, assurance : analyse d'impact sur les droits "
                "fondamentaux.",
                "art_27_1",
            ),
            ("Expliquer, à la demande d'une personne concernée, le rôle du système dans la décision.", "art_86_1"),
        ],
        "importer": [
            (
                "Vérifier l'évaluation de la conformité, la documentation technique, le marquage CE et le mandataire "
                "avant la mise sur le marché.",
                "art_23_1",
            ),
            ("Indiquer son nom et son adresse sur le système, son emballage ou sa documentation.", "art_23_3"),
            ("Conserver le certificat, la notice et la déclaration UE de conformité pendant 10 ans.", "art_23_5"),
            ("Devient fournisseur s'il y appose son nom ou le modifie substantiellement.", "art_25_1"),
        ],
        "distributor": [
            (
                "Vérifier le marquage CE, la déclaration UE de conformité et la notice avant la mise à disposition.",
                "art_24_1",
            ),
            ("Ne pas mettre à disposition un système qu'il estime non conforme ; informer.", "art_24_2"),
            ("Prendre les mesures correctives nécessaires pour un système non conforme.", "art_24_4"),
            ("Devient fournisseur s'il y appose son nom ou le modifie substantiellement.", "art_25_1"),
        ],
    },
    "gpai": {
        "provider": [
            ("Établir et tenir à jour la documentation technique du modèle (annexe XI).", "art_53_1_a"),
            ("Informer les fournisseurs qui intègrent le modèle (annexe XII).", "art_53_1_b"),
            ("Mettre en place une politique de respect du droit d'auteur.", "art_53_1_c"),
            ("Publier un résumé suffisamment détaillé des contenus d'entraînement.", "art_53_1_d"),
            ("Hors UE : désigner un mandataire établi dans l'Union.", "art_54_1"),
        ],
        "deployer": [],
        "importer": [],
        "distributor": [],
    },
    "transparency": {
        "provider": [],
        "deployer": [],
        "importer": [],
        "distributor": [],
    },
    "minimal": {role: [] for role in ROLES},
}

SYSTEMIC = [
    ("Évaluer le modèle, y compris par des essais contradictoires.", "art_55_1_a"),
    ("Évaluer et atténuer les risques systémiques au niveau de l'Union.", "art_55_1_b"),
    ("Documenter et signaler les incidents graves au Bureau de l'IA.", "art_55_1_c"),
    ("Garantir un niveau adéquat de cybersécurité.", "art_55_1_d"),
]

TRANSPARENCY = {
    "art_50_1": ("provider", "Informer les personnes qu'elles interagissent avec un système d'IA."),
    "art_50_2": ("provider", "Marquer les contenus générés dans un format lisible par machine et détectable."),
    "art_50_3": (
        "deployer",
        "Informer les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique.",
    ),
    "art_50_4": (
        "deployer",
        "Indiquer que les hypertrucages ou les textes d'information publiés ont été générés ou manipulés par IA.",
    ),
}

DATES = {
    "prohibited": [("2025-02-02", "Interdictions de l'article 5 et maîtrise de l'IA (chapitres I et II)", "art_113_a")],
    "high_risk": [
        ("2026-08-02", "Obligations des systèmes à haut risque de l'annexe III (application générale)", "art_113"),
        (
            "2027-08-02",
            "Obligations des systèmes à haut risque de l'article 6(1) (produits de l'annexe I)",
            "art_113_c",
        ),
    ],
    "gpai": [
        ("2025-08-02", "Obligations des fournisseurs de modèles d'IA à usage général (chapitre V)", "art_113_b"),
        ("2027-08-02", "Mise en conformité des modèles mis sur le marché avant le 2 août 2025", "art_111_3"),
    ],
    "transparency": [("2026-08-02", "Obligations de transparence de l'article 50 (application générale)", "art_113")],
    "minimal": [("2025-02-02", "Maîtrise de l'IA (article 4)", "art_113_a")],
}


def obligations(tier: str, role: str | None, basis: list[str], also: list[str]) -> list[dict[str, Any]]:
    """[{text, article, role}] for the tier and role (every role when ``role`` is None)."""
    roles = [role] if role else list(ROLES)
    out: list[dict[str, Any]] = []
    for who in roles:
        for text, article in OBLIGATIONS[tier][who]:
            out.append({"text": text, "article": article, "role": who})
        if tier == "gpai" and who == "provider" and "art_55" in basis:
            out.extend({"text": t, "article": a, "role": who} for t, a in SYSTEMIC)
        for ident in basis if tier == "transparency" else also:
            if ident in TRANSPARENCY and TRANSPARENCY[ident][0] == who:
                out.append({"text": TRANSPARENCY[ident][1], "article": ident, "role": who})
        if tier != "prohibited":
            out.extend({"text": t, "article": a, "role": who} for t, a in _ALL if who in ("provider", "deployer"))
    return out


def dates(tier: str, *, annex_i: bool = False) -> list[dict[str, str]]:
    chosen = DATES[tier]
    if tier == "high_risk":
        chosen = [d for d in chosen if (d[2] == "art_113_c") == annex_i]
    return [{"date": d, "what": what, "article": article} for d, what, article in chosen]
