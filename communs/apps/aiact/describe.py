"""From a free-text description of a system to the decision tree's answers: keyword rules first (French and
English, written from the Act's wording), then, when the rules find nothing, retrieval + the LLM (JSON schema),
restricted to the questions whose provisions retrieval found near the description. Every answer keeps where it
came from (``rule`` or ``model``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from communs.apps.aiact.act import Act
from communs.apps.aiact.index import ActIndex
from communs.apps.aiact.retrieve import retrieve
from communs.apps.aiact.tree import BY_ID, QUESTIONS
from communs.models.chat import complete_json

_I = re.IGNORECASE

RULES: dict[str, str] = {
    "subliminal": r"subliminal|techniques? (?:manipulatrices|trompeuses)|manipulative techniques|deceptive techniques",
    "vulnerabilities": r"exploit\w* (?:les |the )?vulnérabilit|exploit\w* (?:the )?vulnerabilit",
    "social_scoring": r"notation sociale|note (?:de confiance|sociale)|score social|social scor|crédit social|"
    r"comportement social|social behaviour",
    "crime_prediction": r"(?:prédi|predict|évalu|assess)\w*[^.]{0,60}(?:infraction|crime|délinquan|offen)[^.]{0,80}"
    r"(?:uniquement|seulement|solely|only|profil|personnalit|personality)",
    "face_scraping": r"(?:moissonn|scrap|collect\w* massivement|aspir)\w*[^.]{0,60}(?:visage|facial|face)|"
    r"(?:visage|facial|face)[^.]{0,40}(?:sur|from) (?:internet|the internet|le web|the web)",
    "emotion_work_school": r"(?:émotion|emotion|humeur|mood)[^.]{0,80}(?:salarié|employé|travail|employee|work|"
    r"staff|école|élève|student|school|call.cent)|(?:salarié|employé|employee|staff|élève|"
    r"student)[^.]{0,80}(?:émotion|emotion)",
    "biometric_sensitive": r"(?:biométri|biometric)[^.]{0,80}(?:origine|race|racial|religi|orientation sexuelle|"
    r"sexual orientation|opinions? politique|political opinion)",
    "realtime_rbi_police": r"(?:temps réel|real.time)[^.]{0,80}(?:reconnaissance faciale|identification biom|"
    r"facial recognition|biometric identification)[^.]{0,120}(?:police|répressi|law enforcement)|"
    r"(?:police|law enforcement)[^.]{0,80}(?:temps réel|real.time)[^.]{0,60}(?:reconnaissance "
    r"faciale|facial recognition|biometric)",
    "annex_i_product": r"composant de sécurité|safety component|dispositif médical|medical device|"
    r"évaluation de (?:la )?conformité par un tiers|third.party conformity",
    "gpai_model": r"usage général|general.purpose|foundation model|modèle de fondation|grand modèle de langage|"
    r"large language model|\bllm\b",
    "systemic_risk": r"10\^?25|10²⁵|flops?\b|risque systémique|systemic risk",
    "interacts": r"chatbot|agent conversationnel|assistant (?:vocal|virtuel)|voice assistant|virtual assistant|"
    r"dialogue avec|converse|talks? (?:with|to) (?:customers|users|people)|répond aux questions|"
    r"answers? (?:questions|customers)",
    "generates_content": r"génère|générer|generat\w+ (?:synthetic |)(?:images?|vid[ée]os?|textes?|texts?|audio|"
    r"contenus?|content|voix|voices?)|synthetic (?:images?|content|media)|contenus? de synthèse",
    "emotion_or_biometric_categorisation": r"émotion|emotion|catégorisation biométrique|biometric categori",
    "deep_fake": r"deep.?fake|hypertrucage",
}

ANNEX_III_RULES: dict[str, str] = {
    "anx_III_1_a": r"identification biométrique à distance|remote biometric identification|reconnaissance faciale|"
    r"facial recognition",
    "anx_III_1_b": r"catégorisation biométrique|biometric categori",
    "anx_III_1_c": r"reconnaissance des émotions|emotion recognition|recogni[sz]e emotions",
    "anx_III_2": r"infrastructures? critiques?|critical infrastructure|réseau (?:électrique|de gaz|d'eau)|"
    r"(?:electricity|gas|water) (?:grid|supply)|trafic routier|road traffic",
    "anx_III_3_a": r"admission|affect\w+ des élèves|orientation scolaire|parcoursup|assign\w* students",
    "anx_III_3_b": r"copies d'examen|acquis des élèves|(?:corrige|note)\w* (?:automatiquement )?(?:les )?copies|"
    r"learning outcomes|grad(?:e|es|ing) (?:exams|students|essays)",
    "anx_III_3_d": r"surveill\w+ des examens|proctoring|triche|cheating",
    "anx_III_4_a": r"recrutement|recruit|\bcv\b|curriculum|candidat|job applica|hiring|embauche",
    "anx_III_4_b": r"promotions?|licenciement|dismissal|termination|performance (?:des salariés|of employees)|"
    r"employees'? performance|évalu\w+ les salariés|monitor\w* (?:and evaluat\w+ )?employees",
    "anx_III_5_a": r"prestations? sociales?|aides? sociales?|allocations?|logement social|social (?:housing|"
    r"benefits?)|public assistance|eligib\w+ (?:for|to) (?:\w+ ){0,3}benefits",
    "anx_III_5_b": r"solvabilité|creditworth|credit scor|score de crédit|notation de crédit",
    "anx_III_5_c": r"assurance(?:-| )(?:vie|santé|maladie)|(?:life|health) insurance",
    "anx_III_5_d": r"appels? d'urgence|emergency calls?|samu|triage des patients|patient triage|dispatch",
    "anx_III_6_b": r"polygraphe|polygraph|détecteur de mensonge|lie detector",
    "anx_III_6_d": r"récidive|re-?offending|recidiv",
    "anx_III_7_b": r"(?:migration|migrant|frontière|border|asile|asylum|visa)",
    "anx_III_8_a": r"\bjuges?\b|judges?|judicial|juridiction|tribunal|court decision|décision de justice",
    "anx_III_8_b": r"élections?|elections?|électeurs|voters?|voting behaviour",
}

SCHEMA_QUESTIONS = [q.id for q in QUESTIONS if q.id not in ("annex_iii", "narrow_task", "profiling")]


@dataclass
class Mapping:
    answers: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)  # question id → "rule" | "model"
    retrieved: list[str] = field(default_factory=list)


def annex_iii_points(act: Act) -> set[str]:
    """The choosable uses of Annex III: its lettered points, and the areas that have none (anx_III_2)."""
    return {
        n
        for n in act.nodes
        if n.startswith("anx_III_") and (n.count("_") == 3 or not any(m.startswith(n + "_") for m in act.nodes))
    }


def rule_answers(description: str) -> Mapping:
    answers: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for qid, pattern in RULES.items():
        if re.search(pattern, description, _I):
            answers[qid] = True
            sources[qid] = "rule"
    if answers.get("emotion_work_school"):
        answers.pop("emotion_or_biometric_categorisation", None)
        sources.pop("emotion_or_biometric_categorisation", None)
    if answers.get("realtime_rbi_police") or answers.get("face_scraping"):
        return Mapping(answers, sources)
    for point, pattern in ANNEX_III_RULES.items():
        if re.search(pattern, description, _I):
            answers["annex_iii"] = point
            sources["annex_iii"] = "rule"
            break
    return Mapping(answers, sources)


def _candidates(retrieved: list[str], annex_points: set[str]) -> tuple[list[str], list[str]]:
    """Questions and Annex III points whose provisions retrieval found near the description."""
    questions = [q.id for q in QUESTIONS if q.id in SCHEMA_QUESTIONS and any(r.startswith(q.basis) for r in retrieved)]
    points = [r for r in retrieved if r in annex_points]
    return questions, list(dict.fromkeys(points))


async def map_description(
    index: ActIndex, description: str, *, model: str | None = None, use_llm: bool = True
) -> Mapping:
    mapping = rule_answers(description)
    if not use_llm or mapping.answers:
        # the model only answers when the rules found nothing: on the gold descriptions, its Annex III picks
        # overrode correct rule answers more often than they added missing ones (bench/aiact.py)
        return mapping
    found = await retrieve(index, description, 8)
    mapping.retrieved = found.ids
    questions, points = _candidates(found.ids, annex_iii_points(index.act))
    questions = [q for q in questions if q not in mapping.answers]
    if "annex_iii" in mapping.answers:
        points = []
    if not questions and not points:
        return mapping
    act = index.act
    props: dict[str, Any] = {q: {"type": "boolean"} for q in questions}
    lines = [f"- {q}: {BY_ID[q].text}" for q in questions]
    if points:
        props["annex_iii"] = {"enum": [*points, "none"]}
        lines.append(
            "- annex_iii: which use fits the system, or none: "
            + "; ".join(f"{p} = {act.text(p)[:110]}" for p in points)
        )
    schema = {"type": "object", "properties": props, "required": list(props)}
    messages = [
        {
            "role": "system",
            "content": "You classify an AI system under the EU AI Act. Answer each question about "
            "the system described, true only if the description clearly says so. Reply in JSON.",
        },
        {"role": "user", "content": f"System: {description}\n\nQuestions:\n" + "\n".join(lines)},
    ]
    reply = await complete_json(index.registry, messages, schema, model=model, max_tokens=40 + 12 * len(props))
    for q in questions:
        if reply.get(q) is True:
            mapping.answers[q] = True
            mapping.sources[q] = "model"
    if mapping.answers.get("emotion_work_school"):
        mapping.answers.pop("emotion_or_biometric_categorisation", None)
        mapping.sources.pop("emotion_or_biometric_categorisation", None)
    choice = reply.get("annex_iii")
    if points and choice in points:
        mapping.answers["annex_iii"] = choice
        mapping.sources["annex_iii"] = "model"
    return mapping
