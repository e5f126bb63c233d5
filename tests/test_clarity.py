"""The clarity engine: issues, scores, facts — on sentences and on the annotated letters in tests/data/plain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communs.clarity import KINDS, analyze, detectors
from communs.clarity.facts import check_facts, extract_facts, invented_facts
from communs.clarity.lexicon import acronyms, glossary, jargon_index
from communs.clarity.readability import kandel_moles
from communs.clarity.text import fold
from communs.errors import InvalidRequestError, PayloadTooLargeError

LETTERS = Path(__file__).parent / "data" / "plain" / "letters"


def kinds(text: str) -> set[str]:
    return {issue.kind for issue in analyze(text).issues}


def test_glossary_is_large_and_unique():
    terms = [fold(entry.term) for entry in glossary()]
    assert len(terms) >= 300
    assert len(terms) == len(set(terms))
    assert all(entry.plain.strip() for entry in glossary())
    assert len(acronyms()) >= 50


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Nonobstant les dispositions précitées, votre demande est recevable.", "jargon"),
        ("Il vous appartient de fournir une pièce justificative à compter de ce jour.", "jargon"),
        ("Votre dossier a été transmis au service compétent.", "passive_voice"),
        ("Vous ne pouvez pas ne pas répondre à ce courrier.", "double_negation"),
        ("Il n'est pas impossible que votre aide soit réduite.", "double_negation"),
        ("Contactez la CPAM pour toute question.", "acronym_unexplained"),
        ("Nous allons procéder à la vérification de vos ressources.", "nominalisation"),
        ("Cette démarche entre dans le cadre d'un dispositif de mise en œuvre des modalités.", "abstract_word"),
        ("Ce retard obère vos chances d'obtenir l'aide.", "rare_word"),
    ],
)
def test_each_kind_is_found(text, kind):
    assert kind in kinds(text)


def test_a_long_sentence_is_flagged_with_its_span():
    text = (
        "Afin de permettre le traitement de votre dossier dans les meilleures conditions et dans les délais "
        "prévus par la réglementation en vigueur, nous vous remercions de bien vouloir nous retourner le "
        "formulaire complété accompagné de l'ensemble des pièces demandées. Merci."
    )
    issues = [i for i in analyze(text).issues if i.kind == "long_sentence"]
    assert len(issues) == 1
    assert issues[0].start == 0 and text[issues[0].end - 1] == "."
    assert issues[0].text == text[issues[0].start : issues[0].end]


def test_plain_text_has_few_issues_and_a_good_score():
    plain = "Vous pouvez demander cette aide en ligne. Il faut avoir plus de 18 ans. La réponse arrive en un mois."
    heavy = (
        "Nonobstant les dispositions susmentionnées, il vous appartient de procéder à la régularisation de votre "
        "situation auprès de la CPAM dans un délai de forclusion de deux mois, sous peine de rejet de la demande "
        "qui n'est pas sans conséquence sur l'effectivité de vos droits."
    )
    good, bad = analyze(plain), analyze(heavy)
    assert good.score > bad.score + 30
    assert good.kandel_moles > bad.kandel_moles
    assert not [i for i in good.issues if i.kind in ("jargon", "passive_voice", "long_sentence")]
    assert {"jargon", "long_sentence", "acronym_unexplained", "double_negation"} <= {i.kind for i in bad.issues}


def test_explained_acronyms_are_not_flagged():
    assert "acronym_unexplained" not in kinds("La caisse primaire d'assurance maladie (CPAM) vous répond.")
    assert "acronym_unexplained" not in kinds("Contactez la CPAM (caisse primaire d'assurance maladie).")


def test_kandel_moles_agrees_with_textstat():
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("fr")
    for letter in sorted(LETTERS.glob("*.txt"))[:4]:
        text = letter.read_text()
        assert abs(kandel_moles(text) - textstat.flesch_reading_ease(text)) < 15


def test_empty_and_huge_texts_are_refused():
    with pytest.raises(InvalidRequestError):
        analyze("   ")
    with pytest.raises(PayloadTooLargeError):
        analyze("mot " * 60_000)


def test_facts_are_found_and_matched_across_formats():
    original = (
        "La caisse d'allocations familiales de la Gironde vous versera 1 234,56 € le 15 mars 2025 "
        "(article L. 262-2). Vous avez deux mois pour contester. Dossier n° 2025-04567. "
        "Tél. : 01 23 45 67 89, contact@caf.fr, https://www.caf.fr/aides."
    )
    facts = extract_facts(original)
    assert {f.kind for f in facts} >= {
        "office",
        "amount",
        "date",
        "article",
        "duration",
        "reference",
        "phone",
        "email",
        "url",
    }
    rewrite = (
        "La CAF de la Gironde va vous payer 1234,56 euros le 15/03/2025 (article L262-2). Vous avez 2 mois "
        "pour contester. Dossier 2025-04567. Appelez le 01.23.45.67.89, écrivez à contact@caf.fr ou allez "
        "sur https://www.caf.fr/aides."
    )
    kept, missing = check_facts(facts, rewrite)
    assert missing == [], [f.text for f in missing]
    assert invented_facts(original, rewrite) == []
    wrong = rewrite.replace("1234,56", "1243,56").replace("15/03/2025", "16/03/2025")
    _, missing = check_facts(facts, wrong)
    assert {f.kind for f in missing} == {"amount", "date"}
    assert {f.kind for f in invented_facts(original, wrong)} == {"amount", "date"}


def _letters():
    return sorted(LETTERS.glob("letter_*.txt"))


def test_jargon_recall_on_annotated_letters():
    expected = found = 0
    for letter in _letters():
        annotation = json.loads(letter.with_suffix(".json").read_text())
        text = letter.read_text()
        terms = {fold(t) for t in annotation["jargon"]}
        spans = {(i.start, i.end) for i in analyze(text).issues if i.kind == "jargon"}
        # the glossary entry behind each detected span ("Veuillez agréer" is the entry "je vous prie d'agréer")
        detected = {fold(m.entry.term) for m in jargon_index().find(text) if (m.start, m.end) in spans}
        matched = terms & detected
        expected += len(terms)
        found += len(matched)
    assert expected >= 60
    assert found / expected >= 0.9, f"jargon recall {found}/{expected}"


def test_every_annotated_fact_is_extracted():
    total = hit = 0
    for letter in _letters():
        text = letter.read_text()
        annotation = json.loads(letter.with_suffix(".json").read_text())
        facts = extract_facts(text)
        for fact_text in annotation["facts"]:
            total += 1
            hit += any(fold(fact_text) in fold(f.text) or fold(f.text) in fold(fact_text) for f in facts)
    assert total >= 60
    assert hit / total >= 0.9, f"facts extracted {hit}/{total}"


def test_counts_cover_every_kind():
    assert set(analyze("Bonjour.").counts()) == set(KINDS)


def test_facts_travel_through_the_model_as_markers_and_come_back_verbatim():
    from communs.clarity.facts import mask_facts, unmask_facts

    text = "Vous devez payer 1 234,56 € avant le 5 avril 2025, dans un délai de deux mois, au 05 56 43 21 09."
    masked, markers = mask_facts(text)
    assert "1 234,56 €" not in masked and "5 avril 2025" not in masked and "05 56 43 21 09" not in masked
    assert set(markers.values()) >= {"1 234,56 €", "5 avril 2025", "05 56 43 21 09"}
    back, missing, unknown = unmask_facts(masked, markers)
    assert back == text and not missing and not unknown
    first, *rest = markers
    _, missing, unknown = unmask_facts(masked.replace(first, "") + " [F99]", markers)
    assert missing == [first] and unknown == ["[F99]"]


def test_french_number_words_read_as_one_value():
    from communs.nlp.numbers import words_value

    cases = {
        "cinq cents": 500,
        "quatre vingt dix": 90,
        "soixante et onze": 71,
        "deux mille vingt quatre": 2024,
        "vingt et une": 21,
    }
    for words, value in cases.items():
        assert words_value(words.split()) == value
    assert words_value(["deux", "trois"]) is None and words_value(["bonjour"]) is None


def test_durations_in_words_are_read_whole_by_the_fact_check():
    from communs.clarity.facts import check_facts, extract_facts

    source = "Vous avez vingt et un jours pour répondre, puis cinquante jours, soixante-dix jours au plus."
    keys = [f.key for f in extract_facts(source) if f.kind == "duration"]
    assert keys == ["21 jour", "50 jour", "70 jour"]
    _, missing = check_facts(extract_facts(source), "Vous avez 21 jours, puis 50 jours, 70 jours au plus.")
    assert missing == []
    _, missing = check_facts(extract_facts(source), "Vous avez 1 jour, puis 50 jours, 70 jours au plus.")
    assert [f.text for f in missing] == ["vingt et un jours"]  # a changed duration is caught


def test_an_impossible_date_is_kept_as_written_not_read_as_a_date():
    from communs.clarity.facts import extract_facts

    dates = {f.text: f.key for f in extract_facts("Le 31 février 2024 ou le 29 février 2024.") if f.kind == "date"}
    assert dates == {"31 février 2024": "31 fevrier 2024", "29 février 2024": "2024-02-29"}


def test_negations_acronyms_and_states_read_as_a_reader_would():
    assert detectors.double_negations("Ne cochez pas si personne n'est handicapé au foyer")
    assert detectors.double_negations("Ne pas cocher si l'association n'a aucun salarié")
    assert not detectors.double_negations("Ne cochez pas cette case si vous êtes salarié")
    # "CI" (carte d'identité) is an acronym; "titre XI" is a Roman numeral
    assert [i.text for i in detectors.unexplained_acronyms("Copie du CI")] == ["CI"]
    assert not detectors.unexplained_acronyms("au titre XI du code, chapitre IV")
    # "est lié à" states a fact; "doivent être fournies" hides who must act
    assert not detectors.passive_voice("si votre déménagement n'est pas lié à votre travail")
    assert detectors.passive_voice("Les pièces doivent être fournies avant le 3 mars.")
