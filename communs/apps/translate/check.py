"""Whether a fact of a French text survives in its translation, whatever the target language.

A translation may write a fact differently and still keep it: "15 mars 2025" is "15 March 2025",
"15 de marzo de 2025", "15/03/2025" or "2025-03-15"; "1 234,56 €" is "€1,234.56"; Arabic may use
Arabic-Indic digits. So each kind of fact is compared in a normal form:

- a date: its day, month and year, read from any date of the translation (month names of every language
  we translate into, or digits);
- a duration ("deux mois"): its number, in digits (the model is told to write numbers in digits);
- a fact with digits (amount, reference, phone, cerfa number, article...): each of its numbers, separators
  aside ("1 234,56" and "1,234.56" are both 123456); a small count may be written in words ("2 enfants" is
  "two children", "دو" aside: the cardinals 2-12 of each language, and 1 where it is not also an article);
- a URL or an email: as written;
- a name: its acronyms (CAF, CPAM) as written; a name without acronym or digits is translated, so it is
  only checked when the name is given as a string (the bench's facts), as written, accents aside;
- an acronym standing alone (« le revenu fiscal de référence (RFR) », « la CNDA »): as written, in Latin letters, the
  way a reader will meet it on the office's letters and site; abbreviations of common words (UE, TTC, TVA) may be
  translated ("EU", "VAT") and are not checked.
"""

from __future__ import annotations

import re

from communs.apps.translate.languages import LANGUAGES
from communs.clarity.facts import Fact, extract_facts
from communs.nlp.text import fold

# Digits other scripts use: Arabic-Indic (٠-٩) and extended Arabic-Indic (۰-۹), Devanagari aside.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u066b": ",", "\u066c": " "})
NUMBER_RUN = re.compile(r"\d(?:[\d]|[ .,'/-](?=\d))*")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b")
# Abbreviations of common French words, which a translation rightly renders in its own language (UE is "EU", TVA
# "VAT", AR an "acknowledgement of receipt"), and international ones the target may write in its own script.
COMMON_ABBREVIATIONS = frozenset(
    "UE EEE TTC HT TVA AR LRAR RAR SMS PDF MMS TV OK CV PS NB".split()
)  # fmt: skip
ROMAN = re.compile(r"^[IVXLCDM]+$")
CAPITALS_RUN = re.compile(r"\b[A-ZÀ-Ý]{2,}(?:[ ,'-]+[A-ZÀ-Ý]{2,}){2,}\b")  # a heading in capitals, not acronyms
# Every month name we know, folded, to its number: "marzo" → 3, "березня" → 3 ("березн" once folded).
MONTH_NUMBERS = {fold(name): number for lang in LANGUAGES.values() for number, name in enumerate(lang.months, 1)}
MONTH_NUMBERS.update({fold(m[:3]): n for m, n in list(MONTH_NUMBERS.items()) if len(m) > 3 and m.isascii()})
_MONTH = "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
DATES = (
    # 15 March 2025, 15 de marzo de 2025, 15. März 2025, 15 березня 2025
    (re.compile(rf"\b(\d{{1,2}})(?:er)?\.?\s+(?:de\s+)?({_MONTH})\b\.?(?:\s+(?:de\s+)?(\d{{4}}))?"), "dmy"),
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"), "mdy"),  # March 15, 2025
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), "dmy_digits"),
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"), "ymd"),
)


# Cardinals a translation may write in words (folded): 1 only where the word is not also the indefinite article.
NUMBER_WORDS = {
    word: number
    for words in (
        "one two three four five six seven eight nine ten eleven twelve",  # en
        "uno dos tres cuatro cinco seis siete ocho nueve diez once doce",  # es
        "_ dois|duas tres quatro cinco seis sete oito nove dez onze doze",  # pt
        "_ due tre quattro cinque sei sette otto nove dieci undici dodici",  # it
        "eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf",  # de
        "_ deux trois quatre cinq six sept huit neuf dix onze douze",  # fr
        "один|одна|одне|одного|одну два|дві|двох|двома три|трьох чотири|чотирьох п'ять|п'яти шість|шести сім|семи"
        " вісім|восьми дев'ять|дев'яти десять|десяти одинадцять дванадцять",  # uk
        "один|одна|одно два|две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать",  # ru
        "واحد|واحدة اثنان|اثنين|اثنتان|اثنتين ثلاثة|ثلاث اربعة|اربع خمسة|خمس ستة|ست سبعة|سبع ثمانية|ثماني تسعة|تسع"
        " عشرة|عشر",  # ar (folded: hamza on alif dropped)
        "_ iki uc dort bes alti yedi sekiz dokuz on",  # tr
        "unu doi|doua trei patru cinci sase sapte opt noua zece",  # ro
    )
    for number, forms in enumerate(words.split(), 1)
    for word in forms.split("|")
    if word != "_"
}
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def normalise(text: str) -> str:
    """Western digits and plain spaces."""
    return text.translate(DIGITS).translate(SPACES)


def dates_in(text: str) -> set[tuple[int | None, int, int]]:
    """Every (year, month, day) written in ``text``, in any of our languages (year None when not written)."""
    folded = fold(normalise(text))
    found: set[tuple[int | None, int, int]] = set()
    for pattern, order in DATES:
        for m in pattern.finditer(folded):
            if order == "dmy":
                day, month, year = int(m.group(1)), MONTH_NUMBERS[m.group(2)], m.group(3)
            elif order == "mdy":
                month, day, year = MONTH_NUMBERS[m.group(1)], int(m.group(2)), m.group(3)
            elif order == "dmy_digits":
                day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            else:
                year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.add((int(year) if year else None, month, day))
    return found


def numbers_in(text: str) -> set[str]:
    """The digits of each number of ``text``, whole ("1234,56" → "123456") and by pieces ("15/03" → "15", "03")."""
    found: set[str] = set()
    for m in NUMBER_RUN.finditer(normalise(text)):
        run = m.group()
        found.add(re.sub(r"\D", "", run))
        found.update(re.sub(r"\D", "", piece) for piece in re.split(r"[ /-]", run) if piece)
        found.update(piece for piece in re.split(r"\D", run) if piece)
    found.update(str(NUMBER_WORDS[w]) for w in WORD.findall(fold(text)) if w in NUMBER_WORDS)
    return found


def _number_groups(text: str) -> list[str]:
    """The numbers a fact's text holds, each as its digits ("cerfa n° 12485*03" → "12485", "03")."""
    return [re.sub(r"\D", "", m.group()) for m in NUMBER_RUN.finditer(normalise(text)) if re.search(r"\d", m.group())]


def _date_key(text: str) -> tuple[int | None, int, int] | None:
    facts = [f for f in extract_facts(text) if f.kind == "date"]
    if len(facts) != 1 or not re.match(r"(\?{4}|\d{4})-\d{2}-\d{2}$", facts[0].key):
        return None
    year, month, day = facts[0].key.split("-")
    return (None if year == "????" else int(year), int(month), int(day))


def date_kept(key: tuple[int | None, int, int], translation: str) -> bool:
    year, month, day = key
    return any(m == month and d == day and (year is None or y == year) for y, m, d in dates_in(translation))


def kept(fact: Fact | str, translation: str) -> bool | None:
    """Whether ``fact`` (a fact of the French source, or a fact given as a string) is in ``translation``;
    None when it cannot be checked across languages (a name without acronym or digits, found by rules)."""
    text = fact.text if isinstance(fact, Fact) else fact
    kind = fact.kind if isinstance(fact, Fact) else None
    target = normalise(translation)
    if kind in ("email", "url") or re.match(r"(https?://|www\.)|\S+@\S+\.\w+$", text):
        return fold(text).rstrip("/") in fold(target)
    date = _date_key(text) if kind in (None, "date") else None
    if date is not None:
        return date_kept(date, target)
    if kind == "duration" or (kind is None and not re.search(r"\d", text)):
        duration = next((f for f in extract_facts(text) if f.kind == "duration"), None)
        if duration is not None:
            return duration.key.split()[0] in numbers_in(target)
    groups = _number_groups(text)
    acronyms = [a for a in ACRONYM.findall(text) if not a.isdigit()]
    if groups or acronyms:
        found = numbers_in(target)
        return all(g in found or g.lstrip("0") in found for g in groups) and all(
            re.search(rf"\b{a}\b", target) for a in acronyms
        )
    if kind is None:  # a name given as a string: as written, accents and case aside
        return fold(text) in fold(target)
    return None


def missing_facts(facts: list[Fact], translation: str) -> list[Fact]:
    """The facts of the source that ``translation`` lost (those that can be checked)."""
    return [f for f in facts if kept(f, translation) is False]


def checked_facts(facts: list[Fact]) -> list[Fact]:
    """The facts a translation can be checked for (see :func:`kept`)."""
    return [f for f in facts if kept(f, f.text) is not None]


def acronym_facts(text: str, facts: list[Fact]) -> list[Fact]:
    """The acronyms of ``text`` that name something (an office, a benefit, a document: CAF, CNDA, RFR), each once,
    as facts a translation keeps as written; one inside another fact (a reference, an address) is that fact's."""
    inside = " ".join(f.text for f in facts)
    headings = " ".join(CAPITALS_RUN.findall(text))
    found: dict[str, Fact] = {}
    for acronym in ACRONYM.findall(text):
        if (
            acronym in found
            or acronym.isdigit()
            or len(acronym) > 6
            or acronym in COMMON_ABBREVIATIONS
            or ROMAN.match(acronym)
            or re.search(rf"\b{acronym}\b", inside + " " + headings)
        ):
            continue
        found[acronym] = Fact("acronym", acronym, acronym)
    return list(found.values())


def facts_to_check(text: str, facts: list[Fact] | None = None) -> list[Fact]:
    """What a translation of ``text`` must keep: its facts (``extract_facts``'s, unless given) that can be checked
    across languages, and its acronyms."""
    facts = extract_facts(text) if facts is None else facts
    return checked_facts(facts) + acronym_facts(text, facts)
