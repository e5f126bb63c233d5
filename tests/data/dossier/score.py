"""Scores of a De Facto result against a dossier's gold labels (used by the tests and bench/dossier.py)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(c))


def _person_match(gold: dict, persons: list[dict]) -> dict | None:
    words = set(fold(gold["name"]).split())
    for person in persons:
        if words <= set(fold(person["name"]).split()):
            return person
    return None


def score(result: dict, gold: dict) -> dict:
    persons = [_person_match(g, result["persons"]) for g in gold["persons"]]
    found = [(g, p) for g, p in zip(gold["persons"], persons, strict=True) if p]
    events = result["events"]
    dated = {e["date"] for e in events}
    timed = {(e["date"], e["time"]) for e in events}
    event_hits = [(g["date"], g["time"]) in timed if g["time"] else g["date"] in dated for g in gold["events"]]
    facts = {o["code_article"] for o in result["offences"] if o["context"] == "faits"}
    documents = {(d["type"], d["pages"][0], d["pages"][-1]) for d in result["documents"]}
    doc_hits = [(d["type"], d["pages"][0], d["pages"][-1]) in documents for d in gold["documents"]]
    flagged = set(result["flagged_pages"])
    contradictions = [
        any(len(set(g["pages"]) & set(c["pages"])) >= 2 for c in result["contradictions"])
        for g in gold.get("contradictions", [])
    ]
    missed_events = [f"{g['date']} {g['time']}" for g, hit in zip(gold["events"], event_hits, strict=True) if not hit]
    offences_found = sum(1 for o in gold["offences"] if o["code_article"] in facts)
    return {
        "persons_recall": round(len(found) / len(gold["persons"]), 3),
        "roles_accuracy": round(sum(1 for g, p in found if p["role"] == g["role"]) / len(gold["persons"]), 3),
        "missed_persons": [g["name"] for g, p in zip(gold["persons"], persons, strict=True) if not p],
        "wrong_roles": [f"{g['name']}: {p['role']} (gold {g['role']})" for g, p in found if p["role"] != g["role"]],
        "events_recall": round(sum(event_hits) / len(gold["events"]), 3),
        "missed_events": missed_events,
        "offences_recall": round(offences_found / len(gold["offences"]), 3),
        "documents_exact": round(sum(doc_hits) / len(gold["documents"]), 3),
        "flagged_low_confidence": sorted(set(gold["low_confidence_pages"]) & flagged),
        "contradictions_found": sum(contradictions),
        "contradictions_gold": len(contradictions),
    }


def question_hit(answer: dict, gold_question: dict) -> bool:
    if not gold_question["answerable"]:
        return not answer["found"]
    return bool(set(answer["pages"]) & set(gold_question["pages"]))
