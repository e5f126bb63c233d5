"""The languages we translate French into: their names, the machine-translation label in each, and how
each writes a date and a legal article (facts we put back ourselves rather than let a model retype).

French to English, Arabic, Ukrainian, Spanish and Portuguese are the measured pairs (bench/translate.py);
the others are those the Simplifier offered before this app, kept so that it can hand its translation here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    french: str  # its name in French, for the pages and the CLI ("anglais")
    english: str  # its name in English, for the model's instructions
    label: str  # "machine translation", in the language itself
    months: tuple[str, ...] = ()  # month names as a date writes them ("15 березня": genitive); () = digits
    date: str = "{day} {month} {year}"  # a full date; without its year, the part before {year}
    article: str = "article"  # "article L. 262-2" as this language writes the word
    rtl: bool = False


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            "fr",
            "français",
            "French",
            "traduction automatique",
            tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
        ),
        Language(
            "en",
            "anglais",
            "English",
            "machine translation",
            tuple("January February March April May June July August September October November December".split()),
            article="Article",
        ),
        Language(
            "ar",
            "arabe",
            "Arabic",
            "ترجمة آلية",
            tuple("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()),
            article="المادة",
            rtl=True,
        ),
        Language(
            "uk",
            "ukrainien",
            "Ukrainian",
            "машинний переклад",
            tuple("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()),
            date="{day} {month} {year} р.",
            article="стаття",
        ),
        Language(
            "es",
            "espagnol",
            "Spanish",
            "traducción automática",
            tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
            date="{day} de {month} de {year}",
            article="artículo",
        ),
        Language(
            "pt",
            "portugais",
            "Portuguese",
            "tradução automática",
            tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
            date="{day} de {month} de {year}",
            article="artigo",
        ),
        Language(
            "de",
            "allemand",
            "German",
            "maschinelle Übersetzung",
            tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
            date="{day}. {month} {year}",
            article="Artikel",
        ),
        Language(
            "it",
            "italien",
            "Italian",
            "traduzione automatica",
            tuple(
                "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
            ),
            article="articolo",
        ),
        Language(
            "ru",
            "russe",
            "Russian",
            "машинный перевод",
            tuple("января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()),
            date="{day} {month} {year} г.",
            article="статья",
        ),
        Language(
            "tr",
            "turc",
            "Turkish",
            "makine çevirisi",
            tuple("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()),
            article="madde",
        ),
        Language(
            "ro",
            "roumain",
            "Romanian",
            "traducere automată",
            tuple(
                "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
                "decembrie".split()
            ),
            article="articolul",
        ),
        Language("zh", "chinois", "Chinese", "机器翻译", (), date="{year}年{month}月{day}日", article="第"),
    )
}
MEASURED = ("en", "ar", "uk", "es", "pt")  # the pairs bench/translate.py measures
FRENCH_LABEL = "traduction automatique"


def targets() -> list[Language]:
    """The languages French is translated into, the measured ones first."""
    return [LANGUAGES[code] for code in (*MEASURED, *(c for c in LANGUAGES if c not in MEASURED and c != "fr"))]


def label(code: str) -> str:
    """The label every translation carries: « traduction automatique », and in the target language."""
    own = LANGUAGES[code].label
    return FRENCH_LABEL if own == FRENCH_LABEL else f"{FRENCH_LABEL} — {own}"


def write_date(code: str, year: int | None, month: int, day: int) -> str:
    """A date as ``code`` writes it ("15 de marzo de 2025"); digits (15/03/2025) where we hold no month names."""
    lang = LANGUAGES[code]
    if lang.code == "zh":
        return (f"{year}年" if year else "") + f"{month}月{day}日"
    if not lang.months:
        return f"{day:02d}/{month:02d}" + (f"/{year}" if year else "")
    written = lang.date.format(day=day, month=lang.months[month - 1], year=year or "")
    if year is None:  # "15 de marzo de " → "15 de marzo"
        written = lang.date.split("{year}")[0].format(day=day, month=lang.months[month - 1]).removesuffix(" de ")
    return written.strip()
