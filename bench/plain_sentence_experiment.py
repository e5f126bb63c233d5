"""Experiment: can the embedded 1.5B rewrite sentence by sentence with a forced short-sentence output?

Each sentence of 14+ words of a letter (after the deterministic passes) is given to the model with three
worked examples and a JSON schema that forces an array of short sentences (at most 110 characters each).
The outputs are printed for a human to judge meaning; results on letter 03 are in
bench/results/plain_sentence_experiment.md.

    .venv/bin/python bench/plain_sentence_experiment.py tests/data/plain/letters/letter_03.txt
"""

import asyncio
import json
import sys
import time

from communs.clarity.facts import extract_facts, mask_facts
from communs.clarity.lexicon import jargon_index
from communs.clarity.rewrite import plain_rules
from communs.clarity.text import count_words, sentences
from communs.config import load_settings
from communs.models.chat import complete_json
from communs.models.registry import Registry

SYSTEM = (
    "Tu réécris une phrase de courrier administratif en français facile, pour une personne qui lit mal. "
    "Règles : des phrases très courtes (8 à 12 mots) ; une seule idée par phrase ; sujet, verbe, complément ; "
    "voix active : dis qui fait quoi (nous = l'administration, vous = le lecteur) ; mots courts et courants ; "
    "garde toutes les informations et le sens exact ; n'ajoute rien. "
    "Recopie les marques [F1], [F2]… telles quelles. Réponds en JSON."
)
SHOTS = [
    (
        "Nous accusons réception de votre demande d'aide au logement, transmise le [F1] par l'intermédiaire "
        "de votre caisse.",
        ["Nous avons reçu votre demande d'aide au logement.", "Votre caisse nous l'a envoyée le [F1]."],
    ),
    (
        "À défaut de régularisation dans un délai de [F1], votre dossier sera clôturé et les sommes indûment "
        "perçues feront l'objet d'un recouvrement.",
        [
            "Vous avez [F1] pour corriger votre situation.",
            "Sinon, nous fermerons votre dossier.",
            "Vous devrez aussi rembourser l'argent reçu en trop.",
        ],
    ),
    (
        "Il vous appartient de produire, préalablement à tout versement, l'attestation d'assurance de votre véhicule.",
        ["Vous devez nous envoyer l'attestation d'assurance de votre véhicule.", "Faites-le avant tout paiement."],
    ),
]
SCHEMA = {
    "type": "object",
    "properties": {
        "phrases": {"type": "array", "items": {"type": "string", "maxLength": 110}, "minItems": 1, "maxItems": 5}
    },
    "required": ["phrases"],
    "additionalProperties": False,
}


async def main():
    reg = Registry(load_settings())
    text = plain_rules(open(sys.argv[1]).read())
    for s in sentences(text):
        if count_words(s.text) < 14 or not s.text.rstrip().endswith("."):
            continue
        facts = extract_facts(s.text)
        masked, markers = mask_facts(s.text, facts)
        hints = {m.entry.term: m.entry.plain for m in jargon_index().find(masked)}
        user = masked + (
            "\n(Mots à remplacer : " + " ; ".join(f"« {t} » = {p}" for t, p in hints.items()) + ")" if hints else ""
        )
        msgs = [{"role": "system", "content": SYSTEM}]
        for o, r in SHOTS:
            msgs += [
                {"role": "user", "content": o},
                {"role": "assistant", "content": json.dumps({"phrases": r}, ensure_ascii=False)},
            ]
        msgs.append({"role": "user", "content": user})
        t = time.time()
        out = await complete_json(reg, msgs, SCHEMA, max_tokens=300, temperature=0.2)
        print("IN :", user.replace("\n", " | "))
        for p in out["phrases"]:
            print("   -", p)
        print(f"   ({time.time() - t:.1f}s)", flush=True)


asyncio.run(main())
