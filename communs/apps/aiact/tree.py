"""The classification as explicit questions: Art. 5 (prohibited practices), Art. 6(1) with Annex I, Art. 6(2)-(3)
with Annex III, Art. 51-55 (general-purpose AI models) and Art. 50 (transparency). Deterministic: the same
answers always give the same tier and basis.

Answers are a dict {question id: True/False} plus ``annex_iii``: the chosen Annex III point id (or None).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from communs.errors import InvalidRequestError

TIERS = ("prohibited", "high_risk", "gpai", "transparency", "minimal")


@dataclass(frozen=True)
class Question:
    id: str
    group: str  # prohibited | high_risk | gpai | transparency
    text: str  # French, as asked on the web page and the CLI
    basis: str  # the id the question reads
    help: str = ""


QUESTIONS: list[Question] = [
    Question(
        "subliminal",
        "prohibited",
        "Le système utilise-t-il des techniques subliminales, manipulatrices ou "
        "trompeuses qui altèrent le comportement des personnes et risquent de leur causer un préjudice "
        "important ?",
        "art_5_1_a",
    ),
    Question(
        "vulnerabilities",
        "prohibited",
        "Exploite-t-il les vulnérabilités dues à l'âge, au handicap ou à la "
        "situation sociale ou économique de personnes pour altérer leur comportement de manière "
        "préjudiciable ?",
        "art_5_1_b",
    ),
    Question(
        "social_scoring",
        "prohibited",
        "Évalue-t-il ou classe-t-il des personnes selon leur comportement "
        "social ou leur personnalité (notation sociale), avec un traitement défavorable injustifié ?",
        "art_5_1_c",
    ),
    Question(
        "crime_prediction",
        "prohibited",
        "Évalue-t-il le risque qu'une personne commette une infraction "
        "uniquement à partir de son profilage ou de ses traits de personnalité ?",
        "art_5_1_d",
    ),
    Question(
        "face_scraping",
        "prohibited",
        "Constitue-t-il ou étend-il des bases de reconnaissance faciale par "
        "moissonnage non ciblé d'images d'internet ou de vidéosurveillance ?",
        "art_5_1_e",
    ),
    Question(
        "emotion_work_school",
        "prohibited",
        "Infère-t-il les émotions de personnes sur le lieu de travail ou "
        "dans un établissement d'enseignement (hors raisons médicales ou de sécurité) ?",
        "art_5_1_f",
    ),
    Question(
        "biometric_sensitive",
        "prohibited",
        "Catégorise-t-il des personnes d'après leurs données biométriques "
        "pour en déduire leur origine, leurs opinions, leur religion, leur vie ou orientation sexuelle ?",
        "art_5_1_g",
    ),
    Question(
        "realtime_rbi_police",
        "prohibited",
        "Sert-il à l'identification biométrique à distance en temps réel "
        "dans des espaces publics à des fins répressives (hors exceptions de l'article 5(1)(h)) ?",
        "art_5_1_h",
    ),
    Question(
        "annex_i_product",
        "high_risk",
        "Est-il un composant de sécurité d'un produit (ou un produit) couvert "
        "par la législation de l'annexe I (machines, jouets, ascenseurs, dispositifs médicaux, véhicules…) "
        "soumis à une évaluation de conformité par un tiers ?",
        "art_6_1",
    ),
    Question(
        "annex_iii",
        "high_risk",
        "Est-il destiné à l'un des usages de l'annexe III ? (choisissez le point, ou aucun)",
        "anx_III",
    ),
    Question(
        "narrow_task",
        "high_risk",
        "Pour un usage de l'annexe III : accomplit-il seulement une tâche "
        "procédurale étroite, améliore-t-il une activité humaine déjà réalisée, détecte-t-il des écarts sans "
        "remplacer l'évaluation humaine, ou prépare-t-il seulement une évaluation ?",
        "art_6_3",
    ),
    Question("profiling", "high_risk", "Effectue-t-il un profilage de personnes physiques ?", "art_6_3"),
    Question(
        "gpai_model",
        "gpai",
        "Développez-vous ou mettez-vous sur le marché un modèle d'IA à usage général "
        "(un modèle capable d'accomplir un large éventail de tâches, intégré par d'autres) ?",
        "art_3_63",
    ),
    Question(
        "systemic_risk",
        "gpai",
        "Ce modèle a-t-il été entraîné avec plus de 10^25 opérations en virgule "
        "flottante, ou a-t-il été désigné comme présentant un risque systémique ?",
        "art_51_2",
    ),
    Question(
        "interacts",
        "transparency",
        "Le système dialogue-t-il directement avec des personnes (agent conversationnel, assistant vocal) ?",
        "art_50_1",
    ),
    Question(
        "generates_content",
        "transparency",
        "Génère-t-il des contenus de synthèse (texte, image, son, vidéo) ?",
        "art_50_2",
    ),
    Question(
        "emotion_or_biometric_categorisation",
        "transparency",
        "Reconnaît-il des émotions ou catégorise-t-il "
        "des personnes à partir de données biométriques (hors cas interdits) ?",
        "art_50_3",
    ),
    Question(
        "deep_fake",
        "transparency",
        "Produit-il des hypertrucages (deepfakes) ou des textes publiés pour informer le public ?",
        "art_50_4",
    ),
]
BY_ID = {q.id: q for q in QUESTIONS}


@dataclass
class Decision:
    tier: str
    basis: list[str]
    also: list[str]  # other provisions that apply besides the tier (e.g. Art. 50 for a high-risk chatbot)
    steps: list[str]  # the path through the tree, in French

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_answers(answers: dict[str, Any], annex_points: set[str]) -> dict[str, Any]:
    """Answers as booleans (and ``annex_iii`` as an Annex III point id or None); unknown keys refused."""
    clean: dict[str, Any] = {}
    for key, value in answers.items():
        if key not in BY_ID:
            raise InvalidRequestError(f"unknown question {key!r}", param="answers")
        if key == "annex_iii":
            if value in (None, "", False, "none"):
                clean[key] = None
            elif value not in annex_points:
                raise InvalidRequestError(f"{value!r} is not a point of Annex III", param="answers")
            else:
                clean[key] = value
        else:
            if not isinstance(value, bool):
                raise InvalidRequestError(f"the answer to {key!r} must be true or false", param="answers")
            clean[key] = value
    return clean


def decide(answers: dict[str, Any]) -> Decision:
    yes = {key for key, value in answers.items() if value is True}
    transparency = [
        BY_ID[q].basis
        for q in ("interacts", "generates_content", "emotion_or_biometric_categorisation", "deep_fake")
        if q in yes
    ]
    prohibited = [q.basis for q in QUESTIONS if q.group == "prohibited" and q.id in yes]
    if prohibited:
        return Decision("prohibited", prohibited, [], ["Pratique interdite par l'article 5 : " + ", ".join(prohibited)])
    steps = ["Aucune pratique interdite de l'article 5."]
    if "annex_i_product" in yes:
        steps.append("Composant de sécurité d'un produit de l'annexe I soumis à un tiers : haut risque (art. 6(1)).")
        return Decision("high_risk", ["art_6_1"], transparency, steps)
    point = answers.get("annex_iii")
    if point:
        if "narrow_task" in yes and "profiling" not in yes:
            steps.append(
                f"Usage de l'annexe III ({point}), mais dérogation de l'article 6(3) : pas haut risque ; "
                "le fournisseur documente son évaluation (art. 6(4)) et enregistre le système (art. 49(2))."
            )
        else:
            steps.append(
                f"Usage de l'annexe III ({point}) : haut risque (art. 6(2))"
                + (" ; le profilage exclut la dérogation de l'article 6(3)." if "profiling" in yes else ".")
            )
            return Decision("high_risk", ["art_6_2", point], transparency, steps)
    else:
        steps.append("Ni produit de l'annexe I, ni usage de l'annexe III : pas haut risque.")
    if "gpai_model" in yes or "systemic_risk" in yes:  # only a general-purpose model has systemic risk (art. 51)
        basis = ["art_53"] + (["art_51_1", "art_55"] if "systemic_risk" in yes else [])
        steps.append(
            "Modèle d'IA à usage général" + (" présentant un risque systémique." if "systemic_risk" in yes else ".")
        )
        return Decision("gpai", basis, transparency, steps)
    if transparency:
        steps.append("Obligations de transparence de l'article 50 : " + ", ".join(transparency))
        return Decision("transparency", transparency, [], steps)
    steps.append("Aucune obligation propre : risque minimal (maîtrise de l'IA, art. 4 ; codes de conduite, art. 95).")
    return Decision("minimal", [], [], steps)
