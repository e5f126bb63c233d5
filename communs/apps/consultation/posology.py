"""Posology said after a drug name: strength, quantity per intake, frequency, duration, route.

Works on the normalised tokens of one sentence; every value keeps the character span it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communs.apps.consultation.clauses import failure_or_concession
from communs.apps.consultation.dosage_words import (
    APPLIED,
    AS_NEEDED,
    BETWEEN_COUNT,
    CONSEQUENCES,
    CORRECTIONS,
    DURATION_UNITS,
    EVERY,
    FORMS,
    MAX_DISCRETE,
    MAX_UNITS,
    MEALS,
    MOMENTS,
    MONITORING,
    NON_DAILY,
    NOT_A_SCHEDULE,
    ONCE_A_DAY,
    REMOVAL,
    ROUTE_WORDS,
    SINGLE,
    SOLID_FORMS,
    STOP_WORDS,
    TOTAL,
)
from communs.apps.consultation.intake_phrases import (
    ceiling_after,
    combination_strengths,
    condition_reach,
    counts_intakes,
    per_day_end,
    said_as_ceiling,
    said_at,
    strength_in_count,
    strength_then_count,
    symptom_after,
    unit_form,
)
from communs.apps.consultation.normalize import Token
from communs.apps.consultation.numbers import read_number
from communs.apps.consultation.strength import canonical


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
    series: bool = False  # later doses announced ("puis à un mois et six mois", "le rappel dans deux mois")
    max_per_day: float | None = None
    max_daily_dose: tuple[float, str] | None = None
    spans: list[Span] = field(default_factory=list)
    moments: list[str] = field(default_factory=list)

    @property
    def has_schedule(self) -> bool:
        return bool(self.strength or self.quantity or self.times_per_day or self.frequency)


def _text(source: str, toks: list[Token], a: int, b: int, offset: int) -> str:
    return source[toks[a].start - offset : toks[b - 1].end - offset]


def _clause_end(source: str, toks: list[Token], i: int, b: int, offset: int) -> int:
    """Index after the last token of the clause that starts at token ``i`` (up to a comma or ``b``)."""
    j = i + 1
    while j < b and "," not in source[toks[j - 1].end - offset : toks[j].start - offset]:
        j += 1
    return j


def _next_to(toks: list[Token], said: Span, i: int) -> bool:
    between = [t.norm for t in toks if said.end <= t.start < toks[i].start]
    return len(between) <= 3 and set(between) <= BETWEEN_COUNT


def count_start(toks: list[Token], first: int, lower: int) -> int | None:
    """Where a count joined by "de" to the drug named at ``first`` begins ("un patch de Nicopatch", "deux gouttes
    de Zymad"), or None: those words are that drug's, not the posology of the drug named before."""
    j = first - 2
    if j <= lower or toks[j + 1].norm not in ("de", "d") or toks[j].norm not in FORMS:
        return None
    for start in range(max(lower, j - 4), j):
        number = read_number(toks, start)
        if number and number[1] == j:
            return start
    return None


def count_before(p: Posology, toks: list[Token], first: int, last: int, lower: int) -> None:
    """ "une injection de Vaxigrip", "deux gouttes par jour de Zymad", "une dose poids de Doliprane": a count of
    units said right before the drug's name and joined to it by "de" is its quantity; "par jour" said with it, before
    or right after the name, one intake a day."""
    j = first - 1
    if p.quantity or j - 1 <= lower or toks[j].norm not in ("de", "d"):
        return
    daily = per_day_end(toks, last) is not None
    if j - 2 > lower and said_at(toks, j - 2, ("par", "jour")):
        j, daily = j - 2, True
    j -= 1
    if toks[j].norm == "poids" and toks[j - 1].norm in ("dose", "doses"):
        j -= 1
    if toks[j].norm not in FORMS:
        return
    for start in range(max(lower, j - 4), j):
        number = read_number(toks, start)
        if number and number[1] == j:
            p.quantity = f"{number[0]:g}".replace(".", ",") + f" {unit_form(toks, j)}"
            if toks[j].norm in SOLID_FORMS and 1 < number[0] <= MAX_DISCRETE and (p.strength or p.bare_number):
                p.units = number[0]  # "deux comprimés de Spasfon 80": two units of the strength at once
            if daily and not (p.times_per_day or p.as_needed or p.non_daily):
                p.times_per_day, p.frequency = 1, "1 fois par jour"
            return


INTAKE_VERBS = {"prenez", "prend", "prends", "donnez", "donne", "mettez", "met", "faites", "fait", "injectez"}


def skipped_intake(toks: list[Token]) -> bool:
    """ "(si vous ne mangez pas,) vous ne le prenez pas": a condition whose consequence is a negated intake skips it;
    the drug is not taken as needed."""
    words = [t.norm for t in toks]
    return any(w in INTAKE_VERBS and {"ne", "n"} & set(words[max(0, k - 3) : k]) for k, w in enumerate(words))


NEXT_DOSE = {"puis", "rappel", "rappels", "deuxieme", "troisieme", "seconde", "suivante", "suivantes"}
LATER = {"mois", "semaine", "semaines", "an", "ans", "jours"}


def later_doses(toks: list[Token], a: int, b: int) -> bool:
    """ "une injection aujourd'hui, puis à un mois et six mois", "la deuxième dans un mois": later doses of a series
    announced; "le rappel aujourd'hui" or "la deuxième dose maintenant" is one dose."""
    for i in range(a, b):
        if toks[i].norm not in NEXT_DOSE:
            continue
        for k in range(i + 1, min(b, i + 5)):
            number = read_number(toks, k + 1) if toks[k].norm in ("dans", "a") else None
            if number and number[1] < b and toks[number[1]].norm in LATER:
                return True
    return False


def monitored(toks: list[Token], a: int, i: int) -> bool:
    """A check of the treatment ("prise de sang", "bilan", "contrôle", "ECG") said right before ``i``: a rhythm said
    next is the check's, not the drug's."""
    return any(t.norm in MONITORING for t in toks[a:i])


def read_posology(
    toks: list[Token], a: int, b: int, source: str, offset: int, *, whole: range | None = None
) -> Posology:
    """Posology in tokens ``a``..``b`` of a sentence whose text is ``source`` starting at character ``offset``.

    ``whole`` (token range of the whole sentence) is searched for as-needed cues said before the name
    ("si vous avez mal, du paracétamol").
    """
    p = Posology()
    p.series = later_doses(toks, a, b)
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
            if cue == ("jusqu", "a") and not counts_intakes(toks, i + 2):
                continue  # "jusqu'à douze semaines", "jusqu'à fin juin": how long, not how often
            if (
                (said_at(toks, i, cue) or (cue == AS_NEEDED[0] and symptom_after(toks, i)))
                and not any(t.norm in CONSEQUENCES for t in condition_reach(toks, i))
                and not skipped_intake(condition_reach(toks, i)[len(cue) :])
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
        if said_at(toks, i, ("au", "lieu")) and i + 2 < b and toks[i + 2].norm in ("de", "d", "du"):
            number = read_number(toks, i + 3)
            if number and number[1] < b and canonical(number[0], toks[number[1]].norm):
                i = number[1] + 1  # "5 mg, au lieu de 10 mg, un comprimé le matin": the old strength, skipped
                continue
        if any(said_at(toks, i, stop) for stop in STOP_WORDS):
            break
        if any(said_at(toks, i, c) for c in CORRECTIONS) and (
            p.strength or p.bare_number or p.quantity or explicit_count
        ):
            p.strength = p.strength_span = p.bare_number = p.bare_span = p.combination = p.quantity = None
            p.strength_of_unit, explicit_count, corrected = False, None, True
        if word in ROUTE_WORDS and p.route is None:
            p.route = ROUTE_WORDS[word]
        if monitored(toks, max(a, i - 4), i):
            pass  # "une prise de sang toutes les semaines", "un bilan tous les trois mois": the check's rhythm
        elif word in ("tous", "toutes") and i + 3 < b + 1 and toks[i + 1].norm == "les":
            number = read_number(toks, i + 2)
            # "un comprimé par jour, on surveillera la thyroïde tous les six mois": a check, after the daily count
            if number and number[1] < b and toks[number[1]].norm in EVERY and not explicit_count:
                non_daily = True
                mark(i, number[1] + 1)
        if any(said_at(toks, i, meal) for meal in MEALS):
            with_meals = True
        for cue in NON_DAILY:
            if said_at(toks, i, cue) and not monitored(toks, max(a, i - 4), i):
                daily_before = "prise" in cue and any(
                    said_at(toks, m, ("par", "jour")) for m in range(max(a, i - 3), i)
                )
                # "… par jour en une prise": once; "en une prise le matin": once a day, at that moment
                once_at = cue in ONCE_A_DAY and any(t.norm in MOMENTS for t in toks[i + len(cue) : i + len(cue) + 3])
                if said_at(toks, i + len(cue), ("par", "jour")) or daily_before or once_at:
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
        if said_at(toks, i, ("toutes", "les")):
            number = read_number(toks, i + 2)
            n, j = number if number else (1.0, i + 2)
            if j < b and toks[j].norm in ("heures", "heure", "h") and n:
                explicit_count = explicit_count or round(24 / n)
                mark(i, j + 1)
                i = j + 1
                continue
        pair = combination_strengths(source, toks, i, offset)
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
            split = strength_then_count(toks, i, j, source, offset)
            if split is not None:  # "de l'azithromycine deux cent cinquante deux comprimés": 250, then 2
                p.bare_number, p.bare_span = split[0], Span(toks[i].start, toks[split[1] - 1].end)
                value, i = split[2], split[1]
        if after == "fois" and value > 24 and not toks[i].norm.isdigit():
            split_count = strength_in_count(toks, i, j, source, offset)
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
                or (i and toks[i - 1].norm in TOTAL and not said_at(toks, j + 1, ("par", "jour")))
            ):
                p.strength, p.strength_span = unit, span  # "le ramipril 5 mg, on le monte à 10 mg": the new one
                p.units = None  # the amount said after the count is the total, or a new strength
            total = i and toks[i - 1].norm in TOTAL  # "soit 4 g par jour": the day's total, not an intake
            if said_at(toks, j + 1, ("par", "jour")) and p.strength == unit and not total:
                strength_per_day = True  # "on descend à 100 mg par jour": one intake a day, unless a count says
            i = j + 1
            continue
        if after in FORMS:
            amount = f"{range_low:g} à {value:g}" if range_low is not None else f"{value:g}"
            if p.quantity is None:
                p.quantity = f"{amount.replace('.', ',')} {unit_form(toks, j)}"
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
            if k + 1 < b and said_at(toks, k, ("par", "jour")) and value == 1 and range_low is None:
                explicit_count = explicit_count or 1
                mark(i, k + 2)
            elif (
                range_low is None
                and value == int(value)
                and (said_as_ceiling(toks, a, i, j) or ceiling_after(toks, k, b))
                and any(per_day_end(toks, m) for m in range(k, min(b, k + 3)))
            ):
                p.max_per_day = p.max_per_day or value  # "jusqu'à trois sachets par jour", "4 sachets maximum par jour"
                capped = True
            elif range_low is None and any(said_at(toks, m, ("par", "jour")) for m in range(k, min(b, k + 3))):
                units_per_day = True  # "deux pressions de gel par jour": one intake of two, unless a schedule says
                if after in SOLID_FORMS | APPLIED and value == int(value) and 1 < value <= MAX_DISCRETE:
                    units_count = int(value)  # "trois sachets par jour": a tablet or sachet is taken one at a time
            i = k
            continue
        if after == "fois" and j + 1 < b and toks[j + 1].norm in NOT_A_SCHEDULE | {"cette", "depuis"}:
            i = j + 1  # "tombée deux fois cet hiver": how often it happened, not a schedule
            continue
        if after == "fois":
            day_end = per_day_end(toks, j + 1)  # "trois fois par jour", "deux fois dans la journée"
            if day_end is not None and day_end <= b:
                if said_as_ceiling(toks, a, i, day_end):
                    p.max_per_day = p.max_per_day or value  # "jusqu'à trois fois par jour", "maximum 4 fois par jour"
                explicit_count = explicit_count or int(value)
                mark(i, day_end)
                i = day_end
                continue
            if ceiling_after(toks, j + 1, b):  # "Ventoline si besoin, trois fois maximum": a day's ceiling
                p.max_per_day = p.max_per_day or value
                capped = True
                mark(i, j + 2)
                i = j + 2
                continue
            if not any(said_at(toks, j, cue) for cue in (("fois", "le", "premier", "jour"),)):
                mark(i, _clause_end(source, toks, i, b, offset))  # "deux fois dans la journée": said, not counted
            i = j
            continue
        per_day = per_day_end(toks, j)
        if per_day is not None and per_day <= b:
            if range_low is None:
                if said_as_ceiling(toks, a, i, per_day) or ceiling_after(toks, j, b):  # "pas plus de trois par jour"
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
