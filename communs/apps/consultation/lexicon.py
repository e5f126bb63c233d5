"""The packaged drug lexicon: names -> BDPM products (CIS), substances, ATC, strengths; exact and tolerant lookup.

Built by ``build_lexicon.py`` from BDPM, edsnlp's ATC lexicon and the ANSM thesaurus (see ``data/SOURCE.txt``).
Tolerant matching (speech-recognition misspellings) only applies to words that are rare in French, at least
six letters long, and within one edit of a drug name's sound-alike key: it never turns an ordinary word into a drug.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from communs.apps.consultation.normalize import skeleton
from communs.apps.consultation.strength import canonical, parse_strength
from communs.nlp.spelling import within_one_edit

DATA = Path(__file__).parent / "data" / "drugs.json.gz"
MAX_KEY_WORDS = 4
# "PREVENAR 20, suspension", "PREVENAR 13 suspension" (not "DOLIPRANE 1000 mg", "EPIDUO 0,1 %", "TAHOR 10mg")
NUMBERED_MAX_ZIPF = 3.0
NUMBERED = re.compile(r"^([^\d,()]+?) (\d{1,3})(?:, | (\w+)|$)")
FUZZY_MIN_LENGTH = 6
FUZZY_SHORT_LENGTH = 5  # names of five letters match by their sound-alike key only
FUZZY_EDIT_MIN_LENGTH = 8  # shorter words must share a drug's sound-alike key exactly
FUZZY_MAX_ZIPF = 1.5
SPLIT_RARE_ZIPF = 0.5
SPLIT_PIECE_ZIPF = 2.6
SOUNDED_MIN_LENGTH = 6
NEAR_MIN_LENGTH = 7  # a name said in common words and one edit away: long names only
SOUNDED_PIECE_ZIPF = 3.0
GLUED_MAX_ZIPF = 3.0  # "ventoline" is known to wordfreq, as drugs often are; a French word is more frequent
GLUED_PIECE_ZIPF = 3.8  # one piece at least less common than this ("vento", "bucco", "abris")
# words of grammar, never a piece of a name
GRAMMAR = {
    "le", "la", "les", "de", "du", "des", "un", "une", "et", "ou", "a", "au", "aux", "en", "y", "il", "elle", "on",
    "je", "tu", "vous", "nous", "ils", "elles", "ce", "se", "sa", "son", "ses", "ma", "mon", "mes", "ta", "ton",
    "que", "qui", "ne", "pas", "par", "pour", "sur", "dans", "avec", "sans", "mais", "est", "si", "lui", "leur",
}  # fmt: skip  # a name cut in two whose pieces glued sound exactly like it: one piece at least is rare
# letters as French speakers name them, which recognisers write as words ("Typhim Vi" -> "typhim vé i")
LETTER_NAMES = {
    "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "ef": "f", "effe": "f", "ge": "g", "ache": "h", "i": "i",
    "ji": "j", "ka": "k", "el": "l", "elle": "l", "em": "m", "emme": "m", "en": "n", "enne": "n", "o": "o", "pe": "p",
    "cu": "q", "er": "r", "erre": "r", "es": "s", "esse": "s", "te": "t", "u": "u", "ve": "v", "ixe": "x",
    "zede": "z",
}  # fmt: skip


@dataclass(frozen=True)
class Product:
    cis: str
    name: str
    form: str
    route: str
    marketed: bool
    # (active moiety, its strengths as (value, unit), per what: "un comprime")
    composition: tuple[tuple[str, tuple[tuple[float, str], ...], str], ...]


@dataclass
class Drug:
    """What one lexicon name stands for."""

    key: str
    cis: list[str]
    substances: tuple[str, ...]
    atc: str | None
    products: list[Product] = field(default_factory=list, repr=False)
    known: bool = True  # False: a name said like a drug (capitalised, rare, with a posology) but not in BDPM

    @property
    def vaccine(self) -> bool:
        """ATC J07, or a BDPM product that says it is one ("INFANRIX hexa, … Vaccin diphtérique …", "SHINGRIX, …
        Vaccin zona"): the ATC lexicon lacks many recent vaccines."""
        return (self.atc or "").startswith("J07") or any(
            "vaccin" in p.name.lower().split(",", 1)[-1] for p in self.products
        )

    @property
    def one_dose(self) -> str | None:
        """What a vaccine's dose is counted in: one injection, or one dose when BDPM has it in no injectable form
        (Rotarix, a suspension to drink)."""
        if not self.vaccine:
            return None
        return "1 injection" if any("injectable" in p.form for p in self.products) or not self.products else "1 dose"

    @property
    def identity(self) -> tuple[str, ...]:
        """Mentions with the same active substances are the same medication (Inexium = ésoméprazole); a salt named
        beside its base in BDPM ("hydroxyzine dichlorhydrate" and "hydroxyzine") is that base."""
        if not self.substances:
            return (self.key,)
        return tuple(s for s in self.substances if not any(o != s and f" {o} " in f" {s} " for o in self.substances))


class Lexicon:
    def __init__(self, data: dict) -> None:
        self._products = data["products"]
        self.names: dict[str, list[str]] = data["names"]
        self.atc: dict[str, str] = data["atc"]
        self.inn: dict[str, list[str]] = data["inn"]
        self.classes: dict[str, list[str]] = data["classes"]
        self.display: dict[str, str] = data["display"]  # accented spelling of substances
        self.interactions: list[list[str]] = data["interactions"]
        # a pharmaceutical form ("suppositoire", from BDPM's own form column) is never a product's name
        forms = {word for product in self._products.values() for word in _form_words(product[1])}
        for key in [k for k in self.names if k in forms]:
            del self.names[key]
        self.first_words: dict[str, int] = {}
        for key in self.names:
            first, *rest = key.split()
            self.first_words[first] = max(self.first_words.get(first, 0), len(rest) + 1)
        self.moieties = {c[0] for product in self._products.values() for c in product[4]}
        self._add_numbered_names()
        self.skeletons: dict[str, list[str]] = {}
        for key in self.names:
            if " " not in key and len(key) >= FUZZY_SHORT_LENGTH:
                self.skeletons.setdefault(skeleton(key), []).append(key)
        # longer names a name begins ("typhim" -> "typhim vi", "magne b" -> "magne b 6", "vaxigrip" -> "vaxigriptetra")
        self.longer: dict[str, list[str]] = {}
        for key in self.names:
            words = key.split()
            heads = [" ".join(words[:n]) for n in range(1, len(words))]
            if len(words) == 1:
                heads = [key[:n] for n in range(FUZZY_SHORT_LENGTH, len(key) - 1)]
            for head in heads:
                if head in self.names:
                    self.longer.setdefault(head, []).append(key)
        self.by_initial: dict[str, list[str]] = {}
        self.by_second: dict[str, list[str]] = {}  # "torvastatine" lost the first letter of "atorvastatine"
        for candidate in self.skeletons:
            self.by_initial.setdefault(candidate[:1], []).append(candidate)
            self.by_second.setdefault(candidate[1:2], []).append(candidate)

    def _add_numbered_names(self) -> None:
        """ "PREVENAR 20, suspension injectable", "GARDASIL 9, suspension …": a number that is part of a BDPM
        product's name (no unit after it) names that product apart from its siblings ("Prevenar 13")."""
        from wordfreq import zipf_frequency

        from communs.apps.consultation.normalize import norm

        for key, cis_list in list(self.names.items()):
            if len(key) < 4 or key in self.moieties or zipf_frequency(key, "fr") >= NUMBERED_MAX_ZIPF:
                continue  # a substance's or an ordinary word's name ("vitamine") never carries a product's number
            for cis in cis_list:
                name, _, _, _, composition = self._products[cis]
                match = NUMBERED.match(name)
                after = match.group(3) or "" if match else ""
                if not match or norm(match.group(1)) != key or after.isdigit() or canonical(1.0, after) is not None:
                    continue
                # "VALIUM 1 POUR CENT", "MODOPAR 125 DISPERSIBLE (100 mg/25 mg)", "LIPANTHYL 200": a strength said
                # as the name's number stays a dose
                values = [v for _, strengths, _ in composition for v, _ in strengths]
                number = float(match.group(2))
                strength_named = parse_strength(name.split(",")[0][match.end(2) :]) is not None
                if after.lower() != "pour" and not strength_named and all(abs(number - v) > 1e-6 for v in values):
                    self.names.setdefault(f"{key} {match.group(2)}", []).append(cis)
                    if key in self.atc:
                        self.atc.setdefault(f"{key} {match.group(2)}", self.atc[key])

    def extend(self, key: str, following: list[str]) -> tuple[str, int] | None:
        """The longer name that ``key`` and the words said after it make ("typhim" + "vé i" -> "typhim vi",
        "magne b" + "six" -> "magne b 6", "vaxigrip" + "tetra" -> "vaxigriptetra"), and how many of those words it
        takes; letters said by name and numbers said in words count as written. Only a name's own continuation,
        sounding exactly like it, is taken."""
        best: tuple[str, int] | None = None
        for longer in self.longer.get(key, []):
            rest = longer[len(key) :].replace(" ", "")
            # "Cacit D3" for BDPM's "CACIT VITAMINE D3": the word "vitamine" before its letter goes unsaid
            rests = {skeleton(rest), skeleton(re.sub(r"vitamine(?=[a-z]\d+$)", "", rest))}
            # a letter's name may also be a syllable of the name ("gyno pé varil" for Gyno-Pevaryl)
            for words in (spoken(following[:3]), spoken(following[:3], letters=False)):
                said = ""
                for n, word in enumerate(words, 1):
                    said += word
                    if skeleton(said) in rests and (best is None or len(longer) > len(best[0])):
                        best = (longer, n)
        return best

    def fuzzy_split(self, words: list[str]) -> str | None:
        """A drug name that speech recognition cut in pieces ("âme l'odipine" -> amlodipine): the last piece is
        not French (five letters at least), and the pieces joined are within one edit of exactly one drug's
        sound-alike key."""
        from wordfreq import zipf_frequency

        whole = "".join(words)
        if whole.isalpha() and skeleton(whole) in self.skeletons and len(whole) >= FUZZY_EDIT_MIN_LENGTH:
            # "doli prane", "indo collyre": the pieces glued sound exactly like the name, the whole is no French
            # word and one piece at least is rare
            rare = min(zipf_frequency(w, "fr") for w in words)
            if (zipf_frequency(words[-1], "fr") < SPLIT_RARE_ZIPF and len(words[-1]) >= 5) or (
                rare < SPLIT_PIECE_ZIPF and zipf_frequency(whole, "fr") < FUZZY_MAX_ZIPF
            ):
                return sorted(self.skeletons[skeleton(whole)])[0]
        joined = _without_elision(whole) or whole
        last = words[-1]
        if len(joined) < FUZZY_EDIT_MIN_LENGTH or not joined.isalpha() or len(last) < 5:
            return None
        if zipf_frequency(last, "fr") >= SPLIT_RARE_ZIPF:
            return None
        key = skeleton(joined)
        limit = 1
        found = {
            sorted(self.skeletons[candidate])[0]
            for candidate in self.by_initial.get(key[:1], [])
            if abs(len(candidate) - len(key)) <= limit and _edits(candidate, key, limit) <= limit
        }
        return found.pop() if len(found) == 1 else None

    def glued(self, words: list[str]) -> str | None:
        """A name the recogniser cut into short words after an article ("la vento line", "du bucco lam", "l'abris
        vo"): glued, they sound exactly like one drug's name and make no French word; no piece is a word of
        grammar and one at least is not a common word."""
        from wordfreq import zipf_frequency

        whole = "".join(words)
        # five letters glued ("la fi asp", "de zy mad") only when they spell a name exactly
        short = len(whole) < FUZZY_SHORT_LENGTH + 1 and not (len(whole) == FUZZY_SHORT_LENGTH and whole in self.names)
        if short or skeleton(whole) not in self.skeletons or GRAMMAR & set(words):
            return None
        if (
            zipf_frequency(whole, "fr") >= GLUED_MAX_ZIPF
            or min(zipf_frequency(w, "fr") for w in words) >= GLUED_PIECE_ZIPF
        ):
            return None
        found = self.skeletons[skeleton(whole)]
        return sorted(found)[0] if len({self.drug(k).identity for k in found}) == 1 else None

    def sounded(self, words: list[str]) -> str | None:
        """A name a recogniser wrote as several short words, article or preposition included ("la ntus", "a ta
        rax", "bis so pro lol"): glued, they sound exactly like one drug's name (six letters at least) and make no
        French word, no piece is a drug's name by itself, and of two pieces one is rare."""
        from wordfreq import zipf_frequency

        whole = "".join(words)
        if len(whole) < SOUNDED_MIN_LENGTH or not whole.isalpha() or skeleton(whole) not in self.skeletons:
            return None
        if zipf_frequency(whole, "fr") >= GLUED_MAX_ZIPF or any(w in self.names for w in words):
            return None
        # two pieces glue into names by chance ("mal aux", "café en"): one of them must be no common word
        if len(words) == 2 and min(zipf_frequency(w, "fr") for w in words) >= SOUNDED_PIECE_ZIPF:
            return None
        found = self.skeletons[skeleton(whole)]
        return sorted(found)[0] if len({self.drug(k).identity for k in found}) == 1 else None

    def near(self, words: list[str]) -> tuple[str, int] | None:
        """A name a recogniser wrote as common words after an article ("le carte en ciel", "la mes ta done"): glued,
        the pieces make no French word and their sound-alike key is one edit (a letter voiced, added or lost) from
        the key of exactly one drug's name of seven letters at least. Returns the name and the edits (0 or 1)."""
        from wordfreq import zipf_frequency

        whole = "".join(words)
        if not whole.isalpha() or words[-1] in GRAMMAR or any(w in self.names for w in words):
            return None
        # each piece's silent final e is silent in the name too ("gavisse con" for Gaviscon)
        key = skeleton("".join(skeleton(w) if len(w) > 2 else w for w in words))
        if len(key) < NEAR_MIN_LENGTH or zipf_frequency(whole, "fr") >= FUZZY_MAX_ZIPF:
            return None
        if key in self.skeletons:
            found = self.skeletons[key]
            return (sorted(found)[0], 0) if len({self.drug(k).identity for k in found}) == 1 else None
        # a first letter misheard ("céto derme" for Kétoderm): the candidates sharing the second letter too
        pool = set(self.by_initial.get(key[:1], [])) | set(self.by_second.get(key[1:2], []))
        close = [c for c in pool if len(c) >= NEAR_MIN_LENGTH and abs(len(c) - len(key)) <= 1]
        close = [c for c in close if within_one_edit(c, key)]
        identities = {self.drug(sorted(self.skeletons[c])[0]).identity for c in close}
        return (sorted(self.skeletons[close[0]])[0], 1) if len(identities) == 1 else None

    def product(self, cis: str) -> Product:
        name, form, route, marketed, composition = self._products[cis]
        return Product(
            cis, name, form, route, marketed, tuple((s, tuple(tuple(v) for v in vs), r) for s, vs, r in composition)
        )

    @cache  # noqa: B019 - one lexicon per process
    def drug(self, key: str) -> Drug:
        cis = self.names.get(key, [])
        products = [self.product(c) for c in cis]
        substances: set[str] = set()
        if key in self.moieties:
            # a substance said by name is that substance: its single-substance products only
            products = [p for p in products if {s for s, _, _ in p.composition} == {key}] or products
            cis, substances = [p.cis for p in products], {key}
        if key not in self.moieties and products:
            # what every product of the name shares (Nurofen = ibuprofène, whatever the combination)
            sets = [{s for s, _, _ in p.composition} for p in products]
            common = set.intersection(*sets)
            substances = common or set.union(*sets)
        if not substances:
            code = self.atc.get(key)
            substances = {self._moiety(n) for n in self.inn.get(code, [])[:1]} if code else set()
            if key in self.inn.get(code or "", []):
                substances = {key}
        atc = self.atc.get(key)
        if atc is None and len(substances) == 1:
            atc = self.atc.get(next(iter(substances)))
        return Drug(key, cis, tuple(sorted(substances)), atc, products)

    def _moiety(self, inn: str) -> str:
        """The BDPM substance an ATC INN names ("thiamine vit b 1" -> "thiamine"), so that "vitamine B1" and
        Bévitine are one medication; the INN itself when BDPM has no shorter name for it."""
        words = inn.split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in self.moieties:
                return " ".join(words[:n])
        return inn

    def with_strength(self, words: list[str], value: float) -> str | None:
        """A name the recogniser cut into words ("rêne vela", "fait mara") said right before its strength: the
        pieces joined (each piece's silent final letters dropped or kept) sound like, or are one edit from, the
        key of exactly one drug that BDPM has at that strength."""
        variants = {""}
        for word in words:
            dropped = re.sub(r"(?<=..)(?:e?[stdx]|e)$", "", word)
            variants = {v + w for v in variants for w in {word, dropped}}
        found = set()
        for variant in variants:
            key = skeleton(variant)
            if len(key) < FUZZY_SHORT_LENGTH - 1:
                continue
            for candidate in self.by_initial.get(key[:1], []):
                if abs(len(candidate) - len(key)) <= 1 and within_one_edit(candidate, key):
                    for name in self.skeletons[candidate]:
                        drug = self.drug(name)
                        if any(abs(v - value) < 1e-6 for v, _ in self.strengths(drug)):
                            found.add((drug.identity, sorted(self.skeletons[candidate])[0]))
        return found.pop()[1] if len({identity for identity, _ in found}) == 1 and len(found) == 1 else None

    def strengths(self, drug: Drug) -> set[tuple[float, str]]:
        """Every marketed strength of the drug's products (all substances), canonical units."""
        out: set[tuple[float, str]] = set()
        for product in drug.products:
            for _, strengths, _ in product.composition:
                out.update(strengths)
        return out

    def fuzzy(self, word: str, said: str | None = None) -> str | None:
        """The drug name a misspelled word stands for, or None.

        ``word`` is normalised (no accents); ``said`` is the word as written, whose French frequency decides
        whether it is an ordinary word ("priorité" is, "amoxiciline" is not).
        """
        if len(word) < FUZZY_SHORT_LENGTH or " " in word or not word.isalpha():
            return None
        from wordfreq import zipf_frequency

        if max(zipf_frequency((said or word).lower(), "fr"), zipf_frequency(word, "fr")) >= FUZZY_MAX_ZIPF:
            return None
        key = skeleton(word)
        exact = self.skeletons.get(key)
        if exact:
            return sorted(exact)[0]
        if len(word) < FUZZY_MIN_LENGTH:
            return None  # five letters: the exact sound-alike key only (xanaxe ~ xanax, tahore ~ tahor)
        glued = _without_elision(word)  # "libuprofene": the article glued to the name
        if glued and (glued in self.names or skeleton(glued) in self.skeletons):
            return glued if glued in self.names else sorted(self.skeletons[skeleton(glued)])[0]
        if len(key) < FUZZY_EDIT_MIN_LENGTH or (said and said[:1].isupper()):
            return None  # a capitalised word may be a place or a person: sound-alike key only
        best = None
        for candidate in self.by_initial.get(key[:1], []) + self.by_second.get(key[:1], []):
            names = self.skeletons[candidate]
            if abs(len(candidate) - len(key)) <= 1 and within_one_edit(candidate, key):
                if best is not None:
                    return None  # ambiguous: two drugs one edit away
                best = sorted(names)[0]
        return best


def _form_words(form: str) -> set[str]:
    """The words of a BDPM pharmaceutical form ("suppositoire sécable" -> suppositoire, secable)."""
    from communs.apps.consultation.normalize import norm

    return {w for w in norm(form).split() if len(w) > 3}


def spoken(words: list[str], letters: bool = True) -> list[str]:
    """Words as written in a name: a letter said by name is the letter ("vé" -> "v"), a number word its digits."""
    from communs.nlp.numbers import words_value

    out = []
    for word in words:
        value = words_value([word]) if word not in ("un", "une", "et") else None
        if word in LETTER_NAMES and letters:
            out.append(LETTER_NAMES[word])
        elif value is not None and value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(word)
    return out


def _without_elision(word: str) -> str | None:
    """The word without a glued article or preposition ("libuprofene" -> "ibuprofene"), if it had one."""
    if len(word) > 6 and word[0] in "ld" and word[1] in "aeiouy":
        return word[1:]
    return None


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, cut at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@cache
def lexicon() -> Lexicon:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return Lexicon(json.load(handle))
