"""The translation app's core: facts found again in any target language, requests refused before any work,
and a real translation by the tests' chat model, whose every fact is kept or named as missing."""

from __future__ import annotations

import asyncio
import json

import pytest

from bench.translate import corpus_chrf
from communs.apps.translate.check import dates_in, kept, numbers_in
from communs.apps.translate.languages import LANGUAGES, MEASURED, label, write_date
from communs.apps.translate.translate import check_request, localise, messages_for, refusal, translate
from communs.clarity.facts import extract_facts
from communs.errors import InvalidRequestError, PayloadTooLargeError
from communs.models.registry import Registry

SHORT = "Envoyez le formulaire cerfa n° 12485*03 avant le 15 mars 2025. L'aide est de 160 € par mois."


def test_a_date_is_found_in_each_language_s_own_words():
    for lang in MEASURED:
        written = write_date(lang, 2025, 3, 15)
        assert dates_in(f"… {written} …") == {(2025, 3, 15)}, (lang, written)
    assert write_date("es", None, 2, 1) == "1 de febrero" and write_date("uk", 2025, 3, 15) == "15 березня 2025 р."
    assert dates_in("March 15, 2025; 15/03/2025; 2025-03-15") == {(2025, 3, 15)}
    assert dates_in("١٥ مارس ٢٠٢٥") == {(2025, 3, 15)}  # Arabic-Indic digits


def test_facts_are_compared_digits_and_dates_normalised():
    assert kept("15 mars 2025", "before 15 March 2025") and kept("1er février", "el 1 de febrero")
    assert not kept("15 mars 2025", "before 16 March 2025") and not kept("15 mars 2025", "before 15 March 2024")
    assert kept("1 234,56 €", "€1,234.56") and kept("1 234,56 €", "1.234,56 €") and not kept("1 234,56 €", "€1,234")
    assert kept("cerfa n°10071*14", "форму cerfa № 10071*14") and not kept("cerfa n°10071*14", "cerfa 10071")
    assert kept("CAF", "à la CAF") and not kept("CAF", "to the family allowance fund")
    assert kept("www.service-public.fr", "See www.service-public.fr.") and kept("Caf", "votre Caf")
    assert kept("deux mois", "within 2 months") and kept("deux mois", "within two months")
    assert not kept("deux mois", "within three months") and not kept("deux mois", "within 3 months")
    assert {"123456", "15", "03", "2025"} <= numbers_in("1,234.56 on 15/03/2025")


def test_facts_are_put_back_the_target_language_s_way():
    facts = {f.kind: f for f in extract_facts("Le 15 mars 2025 à 14 h 30, selon l'article L. 262-2, 5 pour cent.")}
    assert localise(facts["date"], "en") == "15 March 2025" and localise(facts["date"], "ar") == "15 مارس 2025"
    assert localise(facts["article"], "es") == "artículo L. 262-2" and localise(facts["time"], "en") == "14:30"
    assert localise(facts["percent"], "pt") == "5 %"


def test_every_translation_is_labelled_in_french_and_in_its_language():
    assert label("en") == "traduction automatique — machine translation"
    assert label("ar") == "traduction automatique — ترجمة آلية" and LANGUAGES["ar"].rtl
    assert label("fr") == "traduction automatique"


@pytest.mark.parametrize(
    ("text", "lang", "error", "param"),
    [
        ("Bonjour.", "xx", InvalidRequestError, "lang"),
        ("Bonjour.", "fr", InvalidRequestError, "lang"),
        ("   ", "en", InvalidRequestError, "text"),
        ("a" * 20_001, "en", PayloadTooLargeError, "text"),
    ],
)
def test_bad_requests_are_refused_before_any_work(text, lang, error, param):
    with pytest.raises(error) as raised:
        check_request(text, lang)
    assert raised.value.param == param and raised.value.message


def test_a_translation_that_is_not_one_is_refused():
    english = LANGUAGES["en"]
    assert refusal(SHORT, SHORT, english)  # copied, not translated
    assert refusal(SHORT, "Send it.", english)  # much shorter: something left out
    assert refusal(SHORT, "Send form cerfa no. 12485*03 before 15 March 2025.", LANGUAGES["ar"])  # wrong script
    assert (
        refusal(SHORT, "Send form cerfa no. 12485*03 before 15 March 2025. The aid is €160 a month.", english) is None
    )


def test_the_model_sees_markers_and_an_example_in_the_target_language():
    messages = messages_for("Avant le [F1].", "fr", "uk")
    assert "Ukrainian" in messages[0]["content"] and "[F1]" in messages[-1]["content"]
    assert "[F1]" in json.loads(messages[2]["content"])["translation"] and "Ви" in messages[2]["content"]


def test_chrf_matches_sacrebleu(data_dir):
    """Figures of sacrebleu 2.5.1 (CHRF() defaults, corpus_score), computed once in a separate environment."""
    hyps = ["You must send the form before 15 March.", "The aid is 160 euros."]
    refs = ["You have to send the form by 15 March.", "The aid is 160 euros."]
    assert corpus_chrf(hyps, refs) == 72.3  # sacrebleu: 72.2757
    assert corpus_chrf(refs[1:], refs[1:]) == 100.0
    items = json.loads((data_dir / "translate" / "paragraphs.json").read_text(encoding="utf-8"))
    assert corpus_chrf([p["refs"]["es"] for p in items], [p["refs"]["pt"] for p in items]) == 44.1  # 44.0689
    assert corpus_chrf([p["fr"] for p in items], [p["refs"]["en"] for p in items]) == 27.1  # 27.1443


def test_a_real_translation_keeps_or_names_every_fact(settings):
    """The tests' 0.5B chat model: each checked fact of the source is kept, or its paragraph is flagged with
    the fact named; dates come back in English words, the label is there."""

    async def run():
        registry = Registry(settings)
        try:
            return await translate(SHORT, registry, "en")
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    assert result.label == "traduction automatique — machine translation" and result.direction == "ltr"
    assert result.text and result.text != SHORT and len(result.parts) == 1
    checked = {f.text for f in result.kept_facts} | {f.text for f in result.missing_facts}
    assert {"15 mars 2025", "160 €", "12485*03"} <= checked
    part = result.parts[0]
    assert part.status == ("flagged" if part.missing_facts or part.problems else "translated")
    for fact in result.kept_facts:
        assert kept(fact, result.text), fact
    if "15 mars 2025" in {f.text for f in result.kept_facts}:
        assert "15 March 2025" in result.text  # put back by us, in English


def test_a_small_count_written_in_words_is_kept_and_a_wrong_one_is_not():
    assert kept("2 enfants", "families with two children")
    assert kept("3 mois", "за три місяці") and kept("2 enfants", "dos hijos") and kept("4 ans", "أربعة أعوام")
    assert not kept("2 enfants", "families with three children")
    assert not kept("2 enfants", "لديهم أطفال أقل من 20 سنة")  # the count is gone, only another number is left
