"""Acronyms that name an office, a benefit or a document are kept as written by a translation: the reader meets
them on the office's letters and site (« la CNDA », « le RFR »), whatever the target language's script."""

from __future__ import annotations

import asyncio
import json

from communs.apps.translate.check import acronym_facts, facts_to_check
from communs.apps.translate.translate import translate
from communs.clarity.facts import extract_facts
from tests.test_plain_model_failures import chatty_registry
from tests.upstreams import UpstreamServer, fake_upstream_app

PARAGRAPH = (
    "Pour contester la décision de l'OFPRA, vous saisissez la Cour nationale du droit d'asile (CNDA) dans un délai "
    "d'un mois, par courrier recommandé avec AR."
)


def _acronyms(text: str) -> list[str]:
    return [f.text for f in acronym_facts(text, extract_facts(text))]


def test_acronyms_that_name_something_are_facts_and_common_abbreviations_are_not():
    assert _acronyms(PARAGRAPH) == ["OFPRA", "CNDA"]  # AR (accusé de réception) may be translated
    assert _acronyms("Le montant est de 277 € TTC dans l'UE et l'EEE (TVA comprise).") == []
    assert _acronyms("Titre II du livre IV : la CAF verse l'AAH.") == ["CAF", "AAH"]  # Roman numerals are not
    assert _acronyms("DEMANDE DE CARTE VITALE ET ATTESTATION : écrivez à la CPAM.") == ["CPAM"]  # a heading is not
    # an acronym inside another fact (a cerfa reference) is checked with that fact, not twice
    assert [f.kind for f in facts_to_check("Remplissez le formulaire cerfa n° 12345*01 de la CAF.")].count(
        "acronym"
    ) == 1


def test_a_translation_that_drops_or_transliterates_an_acronym_is_flagged(tmp_path):
    # a real loopback server answering as the 1.5B model did on a Ukrainian paragraph: « CNDA » written « КНДА »
    answer = json.dumps(
        {"translation": "Щоб оскаржити рішення OFPRA, зверніться до КНДА протягом 1 місяця рекомендованим листом."},
        ensure_ascii=False,
    )
    with UpstreamServer(fake_upstream_app("model", content=answer)) as server:
        registry = chatty_registry(tmp_path, server.url)

        async def run():
            try:
                return await translate(PARAGRAPH, registry, "uk")
            finally:
                await registry.aclose()

        result = asyncio.run(run())
    assert [(p.status, [f.text for f in p.missing_facts]) for p in result.parts] == [("flagged", ["CNDA"])]
    assert [f.text for f in result.missing_facts] == ["CNDA"]
    assert "OFPRA" in [f.text for f in result.kept_facts]
    # the second try was told what to keep
    prompt = server.calls[-1]["messages"][-1]["content"]
    assert "CNDA" in prompt and "acronyms as written" in prompt
