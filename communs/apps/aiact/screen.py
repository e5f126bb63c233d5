"""The chat model answers the decision tree's questions for a free-text description, and every answer is
checked against the description.

Call 1 (JSON schema): the screening findings — which of the tree's questions the description clearly answers
yes, each with the words of the description it relies on — and the Annex III area, if any. Call 2 (only for an
area): the Annex III point within that area, or none, among that area's points with the Act's text. A finding
whose quote is not found in the description is dropped (tiny models answer yes too easily and invent support),
and so is one about an object the description never speaks of (lexicon.py's gates).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from communs.apps.aiact.lexicon import area_gate, gate
from communs.models.chat import complete_json
from communs.models.registry import Registry
from communs.nlp.text import fold

# finding → (tree question it answers yes, what the model reads: the provision, briefly)
FINDINGS: dict[str, tuple[str, str]] = {
    "manipulation": (
        "subliminal",
        "Art. 5(1)(a): uses subliminal, manipulative or deceptive techniques (hidden cues, dark patterns) that "
        "distort people's behaviour and can cause them significant harm",
    ),
    "exploits_vulnerabilities": (
        "vulnerabilities",
        "Art. 5(1)(b): exploits the vulnerabilities of people due to their age, disability, or social or "
        "economic situation (children, addicts, people in debt) to distort their behaviour harmfully",
    ),
    "social_scoring": (
        "social_scoring",
        "Art. 5(1)(c): scores or ranks citizens or households from their social behaviour or personality, and the "
        "score leads to unfavourable treatment (access to services, housing, priority)",
    ),
    "crime_prediction": (
        "crime_prediction",
        "Art. 5(1)(d): predicts whether an individual person will commit a crime from profiling or personality "
        "traits (not maps of places, not facts of a crime)",
    ),
    "face_scraping": (
        "face_scraping",
        "Art. 5(1)(e): builds a facial recognition database by untargeted scraping of face images from the "
        "internet or CCTV",
    ),
    "emotion_recognition": (
        "emotion_or_biometric_categorisation",
        "Art. 50(3), 5(1)(f): infers emotions, mood, stress or engagement of people from their face, voice or "
        "behaviour",
    ),
    "workers_or_students": (
        "emotion_work_school",  # only together with emotion_recognition (Art. 5(1)(f)), see screen()
        "the people it observes are employees at their work, or pupils or students at school",
    ),
    "sensitive_biometric_inference": (
        "biometric_sensitive",
        "Art. 5(1)(g): deduces race, religion, political opinions, union membership or sexual orientation "
        "from faces or other biometric data",
    ),
    "realtime_police_identification": (
        "realtime_rbi_police",
        "Art. 5(1)(h): real-time remote biometric identification (live facial recognition) in public places "
        "for law enforcement",
    ),
    "regulated_product": (
        "annex_i_product",
        "Art. 6(1), Annex I: the AI is a safety component of, or is, a regulated product needing third-party "
        "conformity assessment: medical device (CE marked), machinery, toy, lift, vehicle, aircraft, radio "
        "equipment",
    ),
    "general_purpose_model": (
        "gpai_model",
        "Art. 3(63), 53: they train or release a general-purpose AI model (large language model, foundation "
        "model, open weights) that does many tasks and that others build on",
    ),
    "frontier_training": (
        "systemic_risk",
        "Art. 51: that model's training is among the very largest (over 10^25 FLOPs, thousands of GPUs for months)",
    ),
    "talks_with_people": (
        "interacts",
        "Art. 50(1): it converses directly with people: chatbot, voice bot, phone assistant",
    ),
    "generates_content": (
        "generates_content",
        "Art. 50(2): it generates synthetic images, audio, video or text (prompts, generators, translations)",
    ),
    "deep_fake": (
        "deep_fake",
        "Art. 50(4): it makes images, voice or video imitating real, existing people (deep fakes), or publishes "
        "generated news text",
    ),
}

# Annex III point → what the model reads (the Annex's wording, shortened)
POINTS: dict[str, str] = {
    "anx_III_1_a": "remote biometric identification of people (face recognition in a crowd, after the fact)",
    "anx_III_1_b": "biometric categorisation of people by sensitive attributes",
    "anx_III_1_c": "emotion recognition (outside work and school)",
    "anx_III_2": "safety component managing critical infrastructure: electricity, gas, water, heating, road "
    "traffic, digital infrastructure",
    "anx_III_3_a": "admission or assignment of students to schools, universities, training",
    "anx_III_3_b": "grading students, evaluating learning outcomes",
    "anx_III_3_c": "deciding the level of education a person can access",
    "anx_III_3_d": "watching students during exams to detect cheating",
    "anx_III_4_a": "recruitment: job ads targeting, filtering, ranking or evaluating job applicants",
    "anx_III_4_b": "workers: decisions on promotion, dismissal, pay or tasks; monitoring and evaluating workers",
    "anx_III_5_a": "public authorities deciding eligibility for, granting, reducing or revoking social benefits, "
    "public assistance, healthcare",
    "anx_III_5_b": "creditworthiness or credit score of persons (not fraud detection)",
    "anx_III_5_c": "risk assessment and pricing of life or health insurance",
    "anx_III_5_d": "classifying emergency calls, dispatching emergency services, patient triage",
    "anx_III_6_a": "police: risk of a person becoming a crime victim",
    "anx_III_6_b": "police: polygraphs, lie detection",
    "anx_III_6_c": "police, prosecutors: evaluating the reliability of evidence",
    "anx_III_6_d": "police: risk of a person offending or re-offending, personality traits, past criminal behaviour",
    "anx_III_6_e": "police: profiling persons to detect or investigate crimes",
    "anx_III_7_a": "migration authorities: polygraphs, lie detection",
    "anx_III_7_b": "border or migration authorities: security, health or irregular migration risk of a traveller",
    "anx_III_7_c": "examining applications for asylum, visas or residence permits",
    "anx_III_7_d": "migration or border control: detecting, recognising or identifying persons",
    "anx_III_8_a": "courts and judges: researching and interpreting facts and law, applying the law, drafting "
    "decisions",
    "anx_III_8_b": "influencing elections, referendums or how people vote",
}

# demonstrations of the reply, written from the Act's wording (Art. 5(1)(f): emotions at the workplace; Annex III
# 4(a): analysing and filtering job applications; Art. 50(1): a system that interacts with people), never from
# evaluation descriptions: compact JSON whose words are copied from the description
EXAMPLES = [
    (
        "Cameras in the workshop infer the emotions of machine operators during their shifts.",
        [("emotion_recognition", "infer the emotions"), ("workers_or_students", "machine operators")],
        ("none", ""),
    ),
    (
        "Un logiciel qui analyse et filtre les candidatures reçues pour nos offres d'emploi.",
        [],
        ("anx_III_4_a", "analyse et filtre les candidatures"),
    ),
    ("Un outil qui prévoit les ventes du magasin pour le mois suivant.", [], ("none", "")),
    (
        "Un assistant qui dialogue avec les usagers sur le site de la préfecture.",
        [("talks_with_people", "assistant qui dialogue avec les usagers")],
        ("none", ""),
    ),
]


def _reply(findings: list[tuple[str, str]], point: tuple[str, str]) -> str:
    items = [{"finding": f, "words": w} for f, w in findings]
    reply = {"findings": items, "annex_iii": point[0], "annex_words": point[1]}
    return json.dumps(reply, ensure_ascii=False, separators=(",", ":"))


SYSTEM = (
    "You check an AI system against the EU AI Act. Read the description and report only what it clearly "
    "says; most business software (forecasting, spam filters, routing, recommendations, fraud detection, "
    "document formatting, maps of places) matches nothing: then no findings and annex_iii none.\n"
    'For each finding, and for annex_iii, copy in "words" the few words of the Description that show it, in '
    "its own language (never translated).\n"
    "Findings (at most 3):\n"
    + "\n".join(f"- {key}: {text}" for key, (_, text) in FINDINGS.items())
    + "\nannex_iii: the high-risk use of Annex III the system is intended for, or none:\n"
    + "\n".join(f"- {key}: {text}" for key, text in POINTS.items())
    + "\n- none: none of these uses.\nExamples:\n"
    + "\n".join(f"Description: «{d}»\nReply: {_reply(f, p)}" for d, f, p in EXAMPLES)
    + "\nReply in JSON."
)
MAX_FINDINGS = 3


@dataclass
class Screening:
    answers: dict[str, Any] = field(default_factory=dict)  # tree question → True, annex_iii → point
    quotes: dict[str, str] = field(default_factory=dict)  # tree question (or annex_iii) → the supporting words
    rejected: list[str] = field(default_factory=list)  # findings dropped: quote absent from the description
    raw: dict[str, Any] = field(default_factory=dict)  # what the model replied
    workplace: str = ""  # words showing the people observed are workers or students


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def supported(quote: Any, description: str) -> TypeGuard[str]:
    """The quote is words of the description: found as is (accents, case and punctuation aside), or, for a
    quote of 3+ words the model trimmed or joined, 80 % of its words present in the description."""
    if not isinstance(quote, str):
        return False
    words, text = _normal(quote), _normal(description)
    tokens = words.split()
    if f" {words} " in f" {text} ":
        return bool(tokens)
    if len(tokens) < 3:
        return False
    present = set(text.split())
    return sum(t in present for t in tokens) / len(tokens) >= 0.8


def _schema(points: set[str]) -> dict[str, Any]:
    finding = {
        "type": "object",
        "properties": {"finding": {"enum": list(FINDINGS)}, "words": {"type": "string"}},
        "required": ["finding", "words"],
    }
    return {
        "type": "object",
        "properties": {
            "findings": {"type": "array", "items": finding, "maxItems": MAX_FINDINGS},
            "annex_iii": {"enum": [*sorted(p for p in POINTS if p in points), "none"]},
            "annex_words": {"type": "string"},
        },
        "required": ["findings", "annex_iii", "annex_words"],
    }


async def screen(registry: Registry, description: str, points: set[str], *, model: str | None = None) -> Screening:
    """One call: the findings and the Annex III point, each with words of the description; an answer is kept
    only where its words are really in the description."""
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Description: «{description}»\nReply:"},
    ]
    reply = await complete_json(registry, messages, _schema(points), model=model, max_tokens=160)
    out = Screening(raw=reply)
    claims = [
        (item.get("finding"), item.get("words")) for item in reply.get("findings") or [] if isinstance(item, dict)
    ]
    annex = reply.get("annex_iii")
    point = annex if isinstance(annex, str) else ""
    if point in POINTS and point in points:
        claims.append(("annex_iii", reply.get("annex_words")))
    for key, words in claims:
        if key != "annex_iii" and key not in FINDINGS:
            continue
        question = "annex_iii" if key == "annex_iii" else FINDINGS[key][0]
        gated = area_gate(point, description) if key == "annex_iii" else gate(key, description)
        if not supported(words, description) or not gated:
            out.rejected.append(point if key == "annex_iii" else question)
            continue
        out.answers[question] = point if key == "annex_iii" else True
        out.quotes[question] = words
    # Art. 5(1)(f) is emotion recognition *and* the workplace or school: the context alone answers nothing
    # (describe.py combines it with the emotion answer, the rules' or the model's)
    out.answers.pop("emotion_work_school", None)
    out.workplace = out.quotes.pop("emotion_work_school", "")
    return out
