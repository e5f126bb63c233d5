"""Posology said after a drug name: strength, quantity per intake, frequency, duration, route.

Works on the normalised tokens of one sentence; every value keeps the character span it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communs.apps.consultation.clauses import failure_or_concession
from communs.apps.consultation.normalize import Token
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.strength import canonical

FORMS = {
    "comprime": "comprimé", "comprimes": "comprimés", "gelule": "gélule", "gelules": "gélules", "sachet": "sachet",
    "sachets": "sachets", "ampoule": "ampoule", "ampoules": "ampoules", "cuillere": "cuillère",
    "cuilleres": "cuillères",
    "bouffee": "bouffée", "bouffees": "bouffées", "inhalation": "inhalation", "inhalations": "inhalations",
    "pulverisation": "pulvérisation", "pulverisations": "pulvérisations", "goutte": "goutte", "gouttes": "gouttes",
    "application": "application", "applications": "applications", "patch": "patch", "patchs": "patchs",
    "dose": "dose", "doses": "doses", "suppositoire": "suppositoire", "suppositoires": "suppositoires",
    "cachet": "cachet", "cachets": "cachets", "capsule": "capsule", "capsules": "capsules", "pipette": "pipette",
    "injection": "injection", "injections": "injections", "stylo": "stylo", "flacon": "flacon", "tube": "tube",
    "ovule": "ovule", "ovules": "ovules", "pression": "pression", "pressions": "pressions",
    "emplatre": "emplâtre", "emplatres": "emplâtres", "gomme": "gomme", "gommes": "gommes",
    "pastille": "pastille", "pastilles": "pastilles", "lyophilisat": "lyophilisat", "lyophilisats": "lyophilisats",
    "dosette": "dosette", "dosettes": "dosettes", "unidose": "unidose", "unidoses": "unidoses",
}  # fmt: skip
ROUTE_WORDS = {
    "comprime": "orale", "comprimes": "orale", "gelule": "orale", "gelules": "orale", "sachet": "orale",
    "sachets": "orale", "sirop": "orale", "buvable": "orale", "boire": "orale", "cachet": "orale", "cachets": "orale",
    "ampoule": "orale", "inhalation": "inhalée", "inhalations": "inhalée", "bouffee": "inhalée", "bouffees": "inhalée",
    "creme": "cutanée", "pommade": "cutanée", "application": "cutanée", "appliquer": "cutanée",
    "pulverisation": "nasale", "pulverisations": "nasale", "narine": "nasale", "nasal": "nasale",
    "patch": "transdermique", "patchs": "transdermique", "suppositoire": "rectale", "collyre": "ophtalmique",
    "injection": "injectable", "piqure": "injectable", "emplatre": "cutanée", "emplatres": "cutanée",
}  # fmt: skip
MOMENTS = {
    "matin": "matin", "matins": "matin", "midi": "midi", "soir": "soir", "soirs": "soir", "coucher": "coucher",
    "diner": "soir", "dejeuner": "midi",
}  # fmt: skip
NOT_A_SCHEDULE = {"ce", "hier", "demain", "cet", "aujourd"}
AS_NEEDED = [
    ("si", "besoin"), ("au", "besoin"), ("en", "cas"), ("si", "douleur"), ("si", "vous", "avez", "mal"),
    ("si", "la", "fievre"), ("si", "ca"), ("si", "les"), ("jusqu", "a"), ("a", "la", "demande"), ("des", "le", "debut"),
    ("si", "il", "a"), ("si", "elle", "a"), ("si", "mal"), ("si", "fievre"),
    ("six", "besoins"), ("si", "besoins"),  # as speech recognition often writes "si besoin"
    ("si", "necessaire"), ("si", "vous", "avez"), ("s", "il", "a"), ("s", "il", "fait"), ("si", "elle", "fait"),
    ("si", "la", "douleur"), ("si", "les", "douleurs"), ("si", "vous", "n", "arrivez"), ("si", "vous", "ne"),
    ("quand", "vous", "avez"), ("quand", "il", "a"), ("quand", "elle", "a"), ("quand", "vous", "etes"),
    ("lors", "des"), ("lors", "d", "une"), ("au", "moment", "des"), ("au", "moment", "de", "la"),
    ("au", "moment", "d", "une"), ("des", "que", "vous", "avez"), ("des", "qu", "il", "a"), ("les", "soirs", "ou"),
    ("les", "jours", "ou"), ("en", "prevention", "avant"),
]  # fmt: skip
# what follows a condition that is an instruction, not an intake: "si vous avez des boutons, vous arrêtez"
CONSEQUENCES = {
    "arretez", "arreter", "arrete", "appelez", "rappelez", "appeler", "revenez", "revenir", "consultez", "consulter",
    "verra", "passera", "ajoutera", "rajoutera", "augmentera", "faudra", "reviendrez", "prevenez", "urgences",
}  # fmt: skip
NON_DAILY = [
    ("un", "jour", "sur", "deux"), ("par", "semaine"), ("par", "mois"), ("une", "seule", "prise"),
    ("en", "une", "prise"), ("une", "seule", "dose"), ("en", "une", "seule", "prise"),
    ("le", "lundi"), ("le", "mardi"), ("le", "mercredi"),
    ("le", "jeudi"), ("le", "vendredi"), ("le", "samedi"), ("le", "dimanche"), ("tous", "les", "deux", "jours"),
    ("fois", "le", "premier", "jour"), ("une", "fois", "par", "semaine"), ("une", "seule", "fois"),
    ("en", "une", "fois"), ("dose", "unique"), ("en", "prise", "unique"), ("chaque", "semaine"), ("chaque", "mois"),
    ("tous", "les", "mois"), ("toutes", "les", "semaines"), ("tous", "les", "ans"), ("par", "an"),
    ("tous", "les", "quinze", "jours"),
]  # fmt: skip
SINGLE = [
    ("une", "seule", "prise"), ("en", "une", "prise"), ("une", "seule", "dose"), ("en", "une", "seule", "prise"),
    ("une", "seule", "fois"), ("en", "une", "fois"), ("dose", "unique"), ("en", "prise", "unique"),
    ("une", "seule", "injection"), ("injection", "unique"), ("prise", "unique"),
]  # fmt: skip
NON_DAILY += [cue for cue in SINGLE if cue not in NON_DAILY]
ONCE_A_DAY = [("en", "une", "prise"), ("en", "une", "seule", "prise"), ("en", "prise", "unique")]
EVERY = {"mois", "semaines", "ans"}  # "tous les trois mois", "toutes les deux semaines"
# with every meal: three intakes a day when no count is said ("un sachet après chaque repas")
MEALS = [("chaque", "repas"), ("trois", "repas"), ("a", "chaque", "repas"), ("pendant", "les", "repas")]
STOP_WORDS = {("puis",), ("au", "lieu"), ("ensuite",)}
DURATION_UNITS = {"jour", "jours", "semaine", "semaines", "mois", "an", "ans"}


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Posology:
    strength: tuple[float, str] | None = None  # canonical (value, unit)
    strength_span: Span | None = None
    bare_number: float | None = None  # "Doliprane 1000": unit to be found in BDPM
    bare_span: Span | None = None
    strength_of_unit: bool = False  # "deux comprimés de cinquante": strength of one unit, wins over others
    units: float | None = None  # "Zélitrex 500 mg, deux comprimés à la fois": units of the strength said, taken at once
    combination: str | None = None  # a combination's strength as said: "49/51 mg"
    quantity: str | None = None
    times_per_day: int | None = None
    frequency: str | None = None
    frequency_span: Span | None = None
    duration: str | None = None
    route: str | None = None
    as_needed: bool = False
    non_daily: bool = False  # weekly, every other day, single dose, varying: no times_per_day by design
    single_dose: bool = False  # one intake in all ("une seule prise", "dose unique")
    max_per_day: float | None = None
    max_daily_dose: tuple[float, str] | None = None
    spans: list[Span] = field(default_factory=list)
    moments: list[str] = field(default_factory=list)

    @property
    def has_schedule(self) -> bool:
        return bool(self.strength or self.quantity or self.times_per_day or self.frequency)


def _at(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    return tuple(t.norm for t in toks[i : i + len(words)]) == words


def _text(source: str, toks: list[Token], a: int, b: int, offset: int) -> str:
    return source[toks[a].start - offset : toks[b - 1].end - offset]


def _clause_end(source: str, toks: list[Token], i: int, b: int, offset: int) -> int:
    """Index after the last token of the clause that starts at token ``i`` (up to a comma or ``b``)."""
    j = i + 1
    while j < b and "," not in source[toks[j - 1].end - offset : toks[j].start - offset]:
        j += 1
    return j


APPLIED = {"application", "applications"}  # "trois applications par jour": each one is an intake
# "5 %… non, pardon, 2,5 %", "quatre-vingts euh non cent soixante": what was said before is withdrawn
CORRECTIONS = [("pardon",), ("euh", "non"), ("je", "veux", "dire"), ("je", "me", "trompe"), ("je", "corrige")]
TOTAL = {"donc", "soit"}  # the amount taken at once, worked out after the count
MAX_UNITS = 12  # more tablets, puffs or drops than this at once is a strength said before the count
MAX_DISCRETE = 6  # "six comprimés par jour" are six intakes; more is a count of drops or a strength
# a moment of removal is no intake: "un patch le matin, à retirer le soir"
REMOVAL = {"retirer", "retirez", "retire", "enlever", "enlevez", "enleve", "oter", "otez", "decoller", "decollez"}


SOLID_FORMS = {
    "comprime", "comprimes", "gelule", "gelules", "sachet", "sachets", "ampoule", "ampoules", "ovule", "ovules",
    "suppositoire", "suppositoires", "cachet", "cachets", "capsule", "capsules",
}  # fmt: skip


# words that may stand between a strength and the count of its units ("500 mg, vous prendrez deux comprimés");
# anything else ("… le matin, donc deux comprimés", "c'est trois gélules") makes the strength the total
BETWEEN_COUNT = {"vous", "prendrez", "prenez", "prend", "il", "elle", "en", "on", "lui", "donne", "donnez", "et"}


def _next_to(toks: list[Token], said: Span, i: int) -> bool:
    between = [t.norm for t in toks if said.end <= t.start < toks[i].start]
    return len(between) <= 3 and set(between) <= BETWEEN_COUNT


def _strength_then_count(
    toks: list[Token], i: int, j: int, source: str, offset: int
) -> tuple[float, int, float] | None:
    """Number words read as one ("deux cent cinquante deux") that are a strength then a count: (strength, index
    where the count starts, count). Never across a hyphen ("vingt-deux")."""
    for k in range(j - 1, i, -1):
        if source[toks[k - 1].end - offset : toks[k].start - offset] != " ":
            continue
        head = read_number(toks[:k], i)
        tail = read_number(toks[:j], k)
        if head and tail and head[1] == k and tail[1] == j and 0 < tail[0] <= MAX_UNITS and head[0] > MAX_UNITS:
            return head[0], k, tail[0]
    return None


def _counts_intakes(toks: list[Token], i: int) -> bool:
    """ "(jusqu'à) trois fois par jour", "quatre prises", "deux comprimés": a number of intakes follows."""
    number = read_number(toks, i)
    if number is None:
        return False
    j = number[1]
    return j < len(toks) and (toks[j].norm in FORMS or toks[j].norm in ("fois", "par", "prises", "prise"))


def _combination(source: str, toks: list[Token], i: int, offset: int) -> tuple[float, float, int] | None:
    """ "49/51 mg", "250 mg/100 mg": a combination's strengths, written with a slash between digits (the unit said
    once or after each); (first, second, index of the unit)."""
    if i + 1 >= len(toks) or not toks[i].norm.isdigit():
        return None
    k = i + 1
    if i + 3 < len(toks) and toks[i + 1].norm == toks[i + 3].norm and toks[i + 2].norm.isdigit():
        k = i + 2  # "250 mg/100 mg": the unit after each strength
    if not toks[k].norm.isdigit() or source[toks[k - 1].end - offset : toks[k].start - offset].strip() != "/":
        return None
    return float(toks[i].norm), float(toks[k].norm), k + 1


# "quand le genou fait mal", "lorsque la douleur revient", "si crise": a symptom that calls for an intake
WHEN = {"quand", "lorsque", "si"}
SYMPTOMS = {
    "mal", "douleur", "douleurs", "fievre", "crise", "crises", "gene", "envie", "nausees", "vomissements", "toux",
    "angoisse", "demangeaisons", "diarrhee", "constipation", "contractions", "essouffle", "essoufflee",
    "angoissee", "douloureux", "douloureuse", "brulure", "brulures", "reflux", "spasmes", "crampes", "migraine",
    "vertiges", "palpitations", "demangeaison", "allergie", "insomnie", "spasme", "colique", "coliques",
}  # fmt: skip


def _symptom_after(toks: list[Token], i: int) -> bool:
    return toks[i].norm in WHEN and any(t.norm in SYMPTOMS for t in toks[i + 1 : i + 5])


def _condition_reach(toks: list[Token], i: int) -> list[Token]:
    """The words a condition opened at ``i`` may govern: up to ten, and not past a coordinated clause ("si besoin,
    et vous m'appelez si …" leaves the intake as needed)."""
    out: list[Token] = []
    for k in range(i, min(len(toks), i + 10)):
        if k > i + 1 and toks[k].norm in ("et", "mais", "puis", "ensuite") and toks[k + 1 : k + 2] != []:
            if toks[k + 1].norm not in ("que", "qu"):
                break
        out.append(toks[k])
    return out


CAPS = [("plus", "de"), ("plus", "d"), ("maximum",), ("max",), ("jusqu", "a"), ("au", "maximum"), ("au", "plus")]


def _capped(toks: list[Token], a: int, i: int, j: int) -> bool:
    """A count of intakes said as a ceiling: "pas plus de trois par jour", "jusqu'à 4 fois par jour", "maximum
    trois fois par jour", "trois fois par jour maximum"."""
    before = [t.norm for t in toks[max(a, i - 3) : i]]
    if any(tuple(before[k : k + len(cap)]) == cap for cap in CAPS for k in range(len(before))):
        return True
    return (
        j < len(toks)
        and toks[j].norm in ("maximum", "max", "au")
        and (toks[j].norm != "au" or (j + 1 < len(toks) and toks[j + 1].norm in ("maximum", "plus")))
    )


CAP_AFTER = {"maximum", "max"}
PER_DAY = [("par", "jour"), ("par", "24"), ("par", "nuit"), ("dans", "la", "journee")]


def _per_day(toks: list[Token], i: int) -> int | None:
    """The index after "par jour" (or "par 24 heures", "par nuit", "dans la journée") said at ``i``, else None."""
    for cue in PER_DAY:
        if _at(toks, i, cue):
            end = i + len(cue)
            return end + 1 if cue[-1] == "24" and end < len(toks) and toks[end].norm in ("heures", "h") else end
    return None


def _cap_after(toks: list[Token], j: int, b: int) -> bool:
    """ "trois fois maximum", "quatre sachets maximum par jour", "trois par jour au maximum": the ceiling after."""
    after = [t.norm for t in toks[j : min(b, j + 4)]]
    return (
        bool(CAP_AFTER & set(after[:1]))
        or after[:2] in (["au", "maximum"], ["au", "plus"])
        or (_per_day(toks, j) is not None and bool(CAP_AFTER & set(after[1:4])))
    )


def _split_count(toks: list[Token], i: int, j: int, source: str, offset: int) -> tuple[float, int] | None:
    """ "deux comprimés de cinq cents trois fois par jour": words read as one number (503) before "fois" are a
    strength then a count; (strength, index where the count starts)."""
    for k in range(j - 1, i, -1):
        head, tail = read_number(toks[:k], i), read_number(toks[:j], k)
        if head and tail and head[1] == k and tail[1] == j and 0 < tail[0] <= MAX_UNITS and head[0] > MAX_UNITS:
            return head[0], k
    return None


def _form(toks: list[Token], j: int) -> str:
    """The unit counted at ``j``: « une dose-poids » (a dose by body weight, of a paediatric suspension's pipette) is
    a unit of its own."""
    if toks[j].norm in ("dose", "doses") and j + 1 < len(toks) and toks[j + 1].norm == "poids":
        return "dose-poids"
    return FORMS[toks[j].norm]


def count_before(p: Posology, toks: list[Token], first: int, last: int, lower: int) -> None:
    """ "une injection de Vaxigrip", "deux gouttes par jour de Zymad", "une dose poids de Doliprane": a count of
    units said right before the drug's name and joined to it by "de" is its quantity; "par jour" said with it, before
    or right after the name, one intake a day."""
    j = first - 1
    if p.quantity or j - 1 <= lower or toks[j].norm not in ("de", "d"):
        return
    daily = _per_day(toks, last) is not None
    if j - 2 > lower and _at(toks, j - 2, ("par", "jour")):
        j, daily = j - 2, True
    j -= 1
    if toks[j].norm == "poids" and toks[j - 1].norm in ("dose", "doses"):
        j -= 1
    if toks[j].norm not in FORMS:
        return
    for start in range(max(lower, j - 4), j):
        number = read_number(toks, start)
        if number and number[1] == j:
            p.quantity = f"{number[0]:g}".replace(".", ",") + f" {_form(toks, j)}"
            if toks[j].norm in SOLID_FORMS and 1 < number[0] <= MAX_DISCRETE and (p.strength or p.bare_number):
                p.units = number[0]  # "deux comprimés de Spasfon 80": two units of the strength at once
            if daily and not (p.times_per_day or p.as_needed or p.non_daily):
                p.times_per_day, p.frequency = 1, "1 fois par jour"
            return


def read_posology(
    toks: list[Token], a: int, b: int, source: str, offset: int, *, whole: range | None = None
) -> Posology:
    """Posology in tokens ``a``..``b`` of a sentence whose text is ``source`` starting at character ``offset``.

    ``whole`` (token range of the whole sentence) is searched for as-needed cues said before the name
    ("si vous avez mal, du paracétamol").
    """
    p = Posology()
    moments: list[str] = []
    freq_first, freq_last = None, None
    explicit_count: int | None = None
    non_daily = with_meals = units_per_day = corrected = capped = strength_per_day = False
    units_count: int | None = None

    def mark(i: int, j: int) -> None:
        nonlocal freq_first, freq_last
        freq_first = i if freq_first is None else min(freq_first, i)
        freq_last = j if freq_last is None else max(freq_last, j)

    for i in whole or range(a, b):
        for cue in AS_NEEDED:
            if cue == ("jusqu", "a") and not _counts_intakes(toks, i + 2):
                continue  # "jusqu'à douze semaines", "jusqu'à fin juin": how long, not how often
            if (
                (_at(toks, i, cue) or (cue == AS_NEEDED[0] and _symptom_after(toks, i)))
                and not any(t.norm in CONSEQUENCES for t in _condition_reach(toks, i))
                # "vous revenez si la fièvre dure": the condition of the verb before it, not of an intake
                and not (cue[0] == "si" and any(t.norm in CONSEQUENCES for t in toks[max(0, i - 2) : i]))
                and not failure_or_concession(toks, i)
            ):
                p.as_needed = True
                if a <= i < b:
                    mark(i, _clause_end(source, toks, i, b, offset))
    i = a
    while i < b:
        word = toks[i].norm
        if _at(toks, i, ("au", "lieu")) and i + 2 < b and toks[i + 2].norm in ("de", "d", "du"):
            number = read_number(toks, i + 3)
            if number and number[1] < b and canonical(number[0], toks[number[1]].norm):
                i = number[1] + 1  # "5 mg, au lieu de 10 mg, un comprimé le matin": the old strength, skipped
                continue
        if any(_at(toks, i, stop) for stop in STOP_WORDS):
            break
        if any(_at(toks, i, c) for c in CORRECTIONS) and (p.strength or p.bare_number or p.quantity or explicit_count):
            p.strength = p.strength_span = p.bare_number = p.bare_span = p.combination = p.quantity = None
            p.strength_of_unit, explicit_count, corrected = False, None, True
        if word in ROUTE_WORDS and p.route is None:
            p.route = ROUTE_WORDS[word]
        if word in ("tous", "toutes") and i + 3 < b + 1 and toks[i + 1].norm == "les":
            number = read_number(toks, i + 2)
            # "un comprimé par jour, on surveillera la thyroïde tous les six mois": a check, after the daily count
            if number and number[1] < b and toks[number[1]].norm in EVERY and not explicit_count:
                non_daily = True
                mark(i, number[1] + 1)
        if any(_at(toks, i, meal) for meal in MEALS):
            with_meals = True
        for cue in NON_DAILY:
            if _at(toks, i, cue):
                daily_before = "prise" in cue and any(_at(toks, m, ("par", "jour")) for m in range(max(a, i - 3), i))
                # "… par jour en une prise": once; "en une prise le matin": once a day, at that moment
                once_at = cue in ONCE_A_DAY and any(t.norm in MOMENTS for t in toks[i + len(cue) : i + len(cue) + 3])
                if _at(toks, i + len(cue), ("par", "jour")) or daily_before or once_at:
                    explicit_count = explicit_count or 1
                else:
                    non_daily = True
                    p.single_dose = p.single_dose or cue in SINGLE
                mark(i, i + len(cue))
        if word in MOMENTS and any(t.norm in REMOVAL for t in toks[max(a, i - 3) : i]):
            pass
        elif word in MOMENTS and (i == 0 or toks[i - 1].norm not in NOT_A_SCHEDULE):
            if not (word == "dejeuner" and i and toks[i - 1].norm == "petit"):
                moment = MOMENTS[word]
                if moment == "coucher" and moments and moments[-1] == "soir":
                    moments[-1] = "coucher"
                elif moment not in moments:
                    moments.append(moment)
                mark(i, i + 1)
            elif "matin" not in moments:
                moments.append("matin")
                mark(i - 1, i + 1)
        if word in ("pendant", "durant") and i + 1 < b:
            j = i + 1
            while j < b and j < i + 6 and toks[j].norm not in ("puis", "et", "si"):
                j += 1
            p.duration = _text(source, toks, i + 1, j, offset)
            i = j
            continue
        if _at(toks, i, ("toutes", "les")):
            number = read_number(toks, i + 2)
            n, j = number if number else (1.0, i + 2)
            if j < b and toks[j].norm in ("heures", "heure", "h") and n:
                explicit_count = explicit_count or round(24 / n)
                mark(i, j + 1)
                i = j + 1
                continue
        pair = _combination(source, toks, i, offset)
        if pair is not None:
            first, second, j = pair
            unit = canonical(first, toks[j].norm) if j < b else None
            if unit and (p.strength is None or (i and toks[i - 1].norm in ("a", "au"))):
                p.strength, p.strength_span = unit, Span(toks[i].start, toks[j].end)
                p.combination = f"{first:g}/{second:g} {toks[j].text}"
            i = j + 1 if unit else j
            continue
        number = read_number(toks, i)
        if number is None or toks[i].norm in ("et",):
            i += 1
            continue
        value, j = number
        # ranges: "de cent à cent vingt-cinq microgrammes" (take the new value), "un à deux comprimés"
        range_low = None
        if j < b and toks[j].norm in ("a", "ou") and read_number(toks, j + 1):
            range_low, (value, j) = value, read_number(toks, j + 1)  # type: ignore[misc]
        after = toks[j].norm if j < b else ""
        if after in SOLID_FORMS and value > MAX_UNITS and not toks[i].norm.isdigit():
            split = _strength_then_count(toks, i, j, source, offset)
            if split is not None:  # "de l'azithromycine deux cent cinquante deux comprimés": 250, then 2
                p.bare_number, p.bare_span = split[0], Span(toks[i].start, toks[split[1] - 1].end)
                value, i = split[2], split[1]
        if after == "fois" and value > 24 and not toks[i].norm.isdigit():
            split_count = _split_count(toks, i, j, source, offset)
            if split_count is not None:  # the strength ("de cinq cents") was read with the count
                i = split_count[1]
                value = read_number(toks, i)[0]  # type: ignore[index]
        if after in ("seul", "seule") and j + 1 < b and toks[j + 1].norm in FORMS:
            j, after = j + 1, toks[j + 1].norm  # "un seul comprimé par jour"
        if after in ("demi", "demie") and j + 1 < b and toks[j + 1].norm in FORMS:
            value, j, after = 0.5, j + 1, toks[j + 1].norm
        unit = canonical(value, after) if after else None
        if unit and after not in ("u",):
            span = Span(toks[i].start, toks[j].end)
            previous = " ".join(t.norm for t in toks[max(a, i - 3) : i])
            if "plus de" in previous or "maximum" in previous or "max" in previous.split():
                p.max_daily_dose = unit
            elif (
                p.strength is None
                or (i and toks[i - 1].norm in ("a", "au") and "jusqu" not in previous.split())
                # "deux comprimés le matin, donc quarante milligrammes"; "soit 4 g par jour" is the day's total
                or (i and toks[i - 1].norm in TOTAL and not _at(toks, j + 1, ("par", "jour")))
            ):
                p.strength, p.strength_span = unit, span  # "le ramipril 5 mg, on le monte à 10 mg": the new one
                p.units = None  # the amount said after the count is the total, or a new strength
            total = i and toks[i - 1].norm in TOTAL  # "soit 4 g par jour": the day's total, not an intake
            if _at(toks, j + 1, ("par", "jour")) and p.strength == unit and not total:
                strength_per_day = True  # "on descend à 100 mg par jour": one intake a day, unless a count says
            i = j + 1
            continue
        if after in FORMS:
            amount = f"{range_low:g} à {value:g}" if range_low is not None else f"{value:g}"
            if p.quantity is None:
                p.quantity = f"{amount.replace('.', ',')} {_form(toks, j)}"
                p.spans.append(Span(toks[i].start, toks[j].end))
                # a strength said before the count is one unit's: "Doliprane 500, deux comprimés" is 1 g at once
                countable = value == 0.5 or (value == int(value) and 1 < value <= MAX_DISCRETE)
                unit_span = p.strength_span if p.strength else p.bare_span
                if (
                    unit_span
                    and after in SOLID_FORMS
                    and range_low is None
                    and countable
                    and _next_to(toks, unit_span, i)
                ):
                    p.units = value
            if after in ROUTE_WORDS and p.route is None:
                p.route = ROUTE_WORDS[after]
            k = j + 1
            if k < b and toks[k].norm == "poids":
                k += 1
            # "deux comprimés de cinquante [milligrammes]": the strength of one unit
            if k + 1 < b and toks[k].norm == "de":
                inner = read_number(toks, k + 1)
                if inner:
                    inner_value, m = inner
                    inner_unit = toks[m].norm if m < b else ""
                    found = canonical(inner_value, inner_unit) if inner_unit else None
                    if found and after in SOLID_FORMS and range_low is None and 1 < value <= MAX_DISCRETE:
                        found = (found[0] * value, found[1])  # "deux comprimés de 500 mg": 1000 mg at once
                    if found:
                        p.strength, p.strength_span, p.strength_of_unit = (
                            found,
                            Span(toks[k + 1].start, toks[m].end),
                            True,
                        )
                        k = m + 1
                    elif not inner_unit.isalpha() or inner_unit in MOMENTS or inner_unit in ("le", "la", "au", "matin"):
                        p.bare_number, p.bare_span = inner_value, Span(toks[k + 1].start, toks[m - 1].end)
                        p.strength_of_unit = True
                        k = m
            if k + 1 < b and _at(toks, k, ("par", "jour")) and value == 1 and range_low is None:
                explicit_count = explicit_count or 1
                mark(i, k + 2)
            elif (
                range_low is None
                and value == int(value)
                and (_capped(toks, a, i, j) or _cap_after(toks, k, b))
                and any(_per_day(toks, m) for m in range(k, min(b, k + 3)))
            ):
                p.max_per_day = p.max_per_day or value  # "jusqu'à trois sachets par jour", "4 sachets maximum par jour"
                capped = True
            elif range_low is None and any(_at(toks, m, ("par", "jour")) for m in range(k, min(b, k + 3))):
                units_per_day = True  # "deux pressions de gel par jour": one intake of two, unless a schedule says
                if after in SOLID_FORMS | APPLIED and value == int(value) and 1 < value <= MAX_DISCRETE:
                    units_count = int(value)  # "trois sachets par jour": a tablet or sachet is taken one at a time
            i = k
            continue
        if after == "fois" and j + 1 < b and toks[j + 1].norm in NOT_A_SCHEDULE | {"cette", "depuis"}:
            i = j + 1  # "tombée deux fois cet hiver": how often it happened, not a schedule
            continue
        if after == "fois":
            day_end = _per_day(toks, j + 1)  # "trois fois par jour", "deux fois dans la journée"
            if day_end is not None and day_end <= b:
                if _capped(toks, a, i, day_end):
                    p.max_per_day = p.max_per_day or value  # "jusqu'à trois fois par jour", "maximum 4 fois par jour"
                explicit_count = explicit_count or int(value)
                mark(i, day_end)
                i = day_end
                continue
            if _cap_after(toks, j + 1, b):  # "Ventoline si besoin, trois fois maximum": a day's ceiling
                p.max_per_day = p.max_per_day or value
                capped = True
                mark(i, j + 2)
                i = j + 2
                continue
            if not any(_at(toks, j, cue) for cue in (("fois", "le", "premier", "jour"),)):
                mark(i, _clause_end(source, toks, i, b, offset))  # "deux fois dans la journée": said, not counted
            i = j
            continue
        per_day = _per_day(toks, j)
        if per_day is not None and per_day <= b:
            if range_low is None:
                if _capped(toks, a, i, per_day) or _cap_after(toks, j, b):  # "pas plus de trois par jour"
                    p.max_per_day = p.max_per_day or value
                    capped = True
                elif toks[j + 1].norm == "jour":
                    explicit_count = explicit_count or int(value)
            mark(i, per_day)
            i = per_day
            continue
        if after in ("prises", "fois") and i and toks[i - 1].norm == "en" and value == int(value) and value > 1:
            explicit_count = explicit_count or int(value)  # "vingt milligrammes par jour en deux prises"
            mark(i - 1, j + 1)
            i = j + 1
            continue
        if after in DURATION_UNITS:
            i = j + 1
            continue
        if (
            (i == a or corrected)
            and p.strength is None
            and p.bare_number is None
            and after not in ("heures", "heure", "kilos", "kg")
        ):
            p.bare_number, p.bare_span = value, Span(toks[i].start, toks[j - 1].end)
        i = j
    if freq_first is not None and freq_last is not None:
        p.frequency = _text(source, toks, freq_first, freq_last, offset)
        p.frequency_span = Span(toks[freq_first].start, toks[freq_last - 1].end)
    elif moments:
        p.frequency = " et ".join(moments)
    p.non_daily = non_daily
    if capped and not (explicit_count or moments or non_daily):
        p.as_needed = True  # "trois par jour au maximum": a ceiling, so taken as needed
    if p.as_needed and not p.max_per_day and not non_daily:
        # "un sachet le matin si besoin", "si douleur, trois fois par jour": the most the instructions allow
        p.max_per_day = explicit_count or len(moments) or None
    if not (p.as_needed or non_daily):
        if explicit_count:
            p.times_per_day = explicit_count
        elif moments:
            p.times_per_day = len(moments)
        elif with_meals:
            p.times_per_day = 3
        elif units_count:
            p.times_per_day = units_count
        elif units_per_day or strength_per_day:
            p.times_per_day = 1
        if p.times_per_day:  # a readable phrase: "matin et soir", "3 fois par jour", "1 fois par jour, soir"
            said = " et ".join(moments)
            count = "1 fois par jour" if p.times_per_day == 1 else f"{p.times_per_day} fois par jour"
            p.frequency = said if len(moments) == p.times_per_day else ", ".join(x for x in (count, said) if x)
    p.moments = moments
    return p
