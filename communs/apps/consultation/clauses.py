"""Clauses inside a sentence, from French grammar, for transcripts with little or no punctuation.

A clause starts after a comma or a colon, at a conjunction or discourse marker ("mais", "alors", "si", "bon",
"d'accord"), or at a subject pronoun that no clitic or preposition governs ("… le Préviscan et | on passe au
Xarelto", "la Bévitine | vous continuez"). Within its clause a verb can be negated ("ne … pas", spoken "… pas"),
put off (future or conditional of "on", "je", "il", "ça": "on passera", "ça justifierait"; "peut-être",
"la prochaine fois"), or under a condition (the clause, or the one before it, opens with "si").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from communs.apps.consultation.normalize import Token, norm
from communs.apps.consultation.numbers import read_number

OPENERS = {
    "mais", "alors", "bon", "puis", "ensuite", "sinon", "parce", "car", "oui", "non", "voila", "bref",
    "enfin", "si", "quand", "lorsque", "ok",
}  # fmt: skip
SUBJECTS = {"je", "j", "on", "il", "elle", "ils", "elles", "ca", "c", "nous", "vous"}
# words after which a pronoun is an object or a complement, not a new clause's subject
GOVERNORS = {
    "je", "j", "on", "il", "elle", "nous", "vous", "ils", "elles", "ne", "n", "si", "que", "qu", "quand", "lorsque",
    "pour", "chez", "avec", "a", "de", "d", "comme", "ce", "y", "en", "le", "la", "les", "l", "lui", "leur", "me",
    "m", "te", "t", "se", "s", "est", "sans", "par", "sur", "entre", "ca", "c", "peux", "peut", "pouvez", "vais",
    "va", "allez", "faut", "dois", "doit", "devez", "veux", "voulez", "laisse", "laisser",
}  # fmt: skip
CLITICS = {"le", "la", "l", "les", "en", "y", "lui", "leur", "vous", "me", "m", "te", "t", "se", "s", "nous"}
OBJECTS = {"le", "la", "l", "les", "en"}
# between "ne" and the verb it negates: clitics and the modal that carries the negation ("il ne faut pas prendre")
MODALS = {
    "faut", "va", "vais", "allons", "allez", "veux", "voulez", "peux", "peut", "pouvez", "doit", "devez", "dois",
    "faudrait", "faudra", "vaut", "preferez", "prefere",
}  # fmt: skip
NEGATORS = {"pas", "jamais"}
STRESS = {"surtout", "vraiment", "absolument", "plus"}  # "il ne faut surtout pas l'arrêter"
AFTER_NE = {"pas", "jamais", "plus", "rien", "point"}
# future and conditional endings (the stem ends in r: passe-ra, pour-ra, justifie-rait, fau-drait)
PUT_OFF_VERB = re.compile(r"^[a-z]{2,}r(?:ai|a|ons|ont|ais|ait|ions|aient)$")
# "il prendra le sirop", "elle aura de l'Augmentin": the child's treatment, an instruction; "on passera", "je
# pourrais", "ça justifierait": the doctor's plan or offer
PUT_OFF_SUBJECTS = {"je", "j", "on", "ca", "c", "nous"}
NOT_VERBS = {"entra", "extra", "contra", "ultra", "cobra", "opera", "zebra", "sera"}  # "ce sera": a fact, not a plan
NOT_VERBS |= {"aimerais", "voudrais", "souhaiterais", "prefererais"}  # "j'aimerais qu'on l'arrête": a polite decision
PUT_OFF_PHRASES = [
    tuple(norm(p).split())
    for p in ("peut-être", "éventuellement", "plus tard", "la prochaine fois", "à la prochaine consultation",
              "pas pour maintenant", "pas pour l'instant", "pas aujourd'hui", "j'hésite", "on hésite",
              "dans un second temps", "on verra", "pas tout de suite", "pas maintenant")
]  # fmt: skip


@dataclass
class Clauses:
    ids: list[int]  # each token's clause number
    soft: set[int] = field(default_factory=set)  # clauses opened by punctuation only ("Xarelto 20 mg, | le soir")

    def joined(self, a: int, b: int) -> bool:
        """Are clauses ``a`` < ``b`` one statement: every clause after ``a`` up to ``b`` (excluded) opened by
        punctuation only ("le Cardensiel 5 mg, un comprimé le matin, vous continuez")?"""
        return all(c in self.soft for c in range(a + 1, b))


def clause_ids(toks: list[Token], source: str, offset: int) -> Clauses:
    """The clauses of a sentence whose text is ``source``, starting at character ``offset``."""
    ids: list[int] = []
    soft: set[int] = set()
    clause = 0
    for i, tok in enumerate(toks):
        if i:
            gap = source[toks[i - 1].end - offset : tok.start - offset]
            previous = toks[i - 1].norm
            punctuated = any(c in gap for c in ",:;—") and not (previous.isdigit() and tok.norm.isdigit())
            worded = (
                (tok.norm in OPENERS and previous not in OPENERS and not _inside_phrase(toks, i))
                or (
                    tok.norm in SUBJECTS
                    and previous not in GOVERNORS
                    and previous not in OPENERS
                    and not PUT_OFF_VERB.match(previous)  # "je pourrais vous proposer": a modal governs
                    and not _negated_infinitive(toks, i)
                )
                or (tok.norm == "d" and i + 1 < len(toks) and toks[i + 1].norm == "accord")
                or (_asking(toks, i) and previous not in ("c", "qu"))  # "… ce soir | est-ce que je peux …"
            )
            if punctuated or worded:
                clause += 1
                if not worded:
                    soft.add(clause)
        ids.append(clause)
    return Clauses(ids, soft)


def _negated_infinitive(toks: list[Token], i: int) -> bool:
    """ "je préfère ne pas vous en donner": "ne pas" before an infinitive and its clitics, one clause."""
    if i < 2 or toks[i - 1].norm not in AFTER_NE or toks[i - 2].norm not in ("ne", "n"):
        return False
    k = i
    while k < len(toks) and toks[k].norm in CLITICS:
        k += 1
    return k < len(toks) and toks[k].norm.endswith(("er", "ir", "re"))


def _asking(toks: list[Token], i: int) -> bool:
    """ "est-ce que", "qu'est-ce que": a question starts here."""
    after = [t.norm for t in toks[i + 1 : i + 3]]
    return (toks[i].norm == "est" and after[:1] == ["ce"]) or (toks[i].norm == "qu" and after == ["est", "ce"])


def _inside_phrase(toks: list[Token], i: int) -> bool:
    """ "si besoin", "si douleur": an as-needed phrase, not a clause; "oui" and "non" said twice open one clause."""
    word = toks[i].norm
    after = toks[i + 1].norm if i + 1 < len(toks) else ""
    return word == "si" and after in ("besoin", "besoins", "necessaire", "douleur", "fievre", "mal")


PARTICIPLE = ("ee", "ees")  # feminine past participles ("continuée", "arrêtée"), never a finite verb


def negated(toks: list[Token], ids: list[int], first: int, last: int) -> bool:
    """Is the verb at tokens ``first``..``last`` negated in its clause ("ne le prenez pas", "il ne faut pas
    reprendre", "on arrête pas", "on va pas mettre")? "ne … que" restricts, it does not negate."""
    ids = _modal_joined(toks, ids, first)
    clause = ids[first]
    j = first - 1
    while j >= 0 and ids[j] == clause and first - j <= 5:
        word = toks[j].norm
        if word in ("ne", "n"):
            return _negator_after(toks, ids, j + 1, last)
        if (
            word in NEGATORS
            and j
            and (toks[j - 1].norm in MODALS or toks[j - 2 : j - 1] and toks[j - 2].norm in MODALS)
        ):
            return True  # spoken "faut pas arrêter", "on va pas mettre", "faut surtout pas l'arrêter"
        if word not in MODALS and word not in CLITICS and word not in NEGATORS and word not in STRESS:
            break
        j -= 1
    if toks[first].norm.endswith(PARTICIPLE) or toks[first].norm.startswith("inchange"):
        return False  # "Lasilix inchangé, plus de Kardégic": a word after an adjective negates the noun after it
    k = last
    while k < len(toks) and ids[k] == clause and k - last <= 2:
        word = toks[k].norm
        if word in NEGATORS or word == "plus":  # spoken "il prend plus le Préviscan": no longer
            return not (k + 1 < len(toks) and toks[k + 1].norm in ("plus", "au"))  # "pas plus de trois"
        if word not in CLITICS:
            break
        k += 1
    return False


def _modal_joined(toks: list[Token], ids: list[int], first: int) -> list[int]:
    """ "je ne vais pas | vous mettre de X": a clause that opens on the verb's clitics, right after a negated modal,
    is the modal's own infinitive, one clause with it."""
    start = first
    while start > 0 and ids[start - 1] == ids[first]:
        start -= 1
    if not start or start == first or not all(t.norm in CLITICS for t in toks[start:first]):
        return ids
    if toks[start - 1].norm not in NEGATORS | STRESS | MODALS:
        return ids
    joined = list(ids)
    for k in range(start, len(ids)):
        if ids[k] != ids[first]:
            break
        joined[k] = ids[start - 1]
    return joined


def _negator_after(toks: list[Token], ids: list[int], start: int, last: int) -> bool:
    clause = ids[start - 1]
    for k in range(start, min(len(toks), last + 3)):
        if ids[k] != clause:
            break
        if toks[k].norm in AFTER_NE:
            after = toks[k + 1].norm if k + 1 < len(toks) else ""
            # "pas plus de trois", "pas au-delà"; "vous ne le prenez plus que si": a restriction, not a negation
            return not (
                (toks[k].norm == "pas" and after in ("plus", "au"))
                or (toks[k].norm == "plus" and after in ("que", "qu"))
            )
        if toks[k].norm == "que":
            return False
    return False


def put_off(toks: list[Token], i: int) -> int | None:
    """The index after a plan put off to later that starts at token ``i`` ("on passera", "ça justifierait",
    "peut-être", "la prochaine fois"), or None. Second-person futures are instructions ("vous prendrez")."""
    for phrase in PUT_OFF_PHRASES:
        if tuple(t.norm for t in toks[i : i + len(phrase)]) == phrase:
            return i + len(phrase)
    word = toks[i].norm
    if not PUT_OFF_VERB.match(word) or word in NOT_VERBS:
        return None
    j = i - 1
    while j >= 0 and toks[j].norm in CLITICS | {"ne", "n"} and toks[j].norm not in ("nous",):
        j -= 1
    if j >= 0 and toks[j].norm in PUT_OFF_SUBJECTS:
        return i + 1
    return None


FAILED = {"ne", "n", "pas", "plus", "mieux", "suffit", "marche"}
NO_BETTER = {"amelioration", "mieux", "efficace", "suffisant", "effet"}
NOUN_SUBJECT = {"le", "la", "les", "l", "votre", "vos", "son", "sa", "ses", "ce", "cette", "ces"}
WORKS = {"suffit", "suffisent", "marche", "marchent", "agit", "agissent", "soulage", "soulagent"}


def failure_or_concession(toks: list[Token], i: int) -> bool:
    """ "si ça ne passe pas", "si ça marche pas", "si pas d'amélioration", "si ça va mieux", "même si" at token
    ``i``: a condition on how the treatment works (a plan, a warning) or a concession, not a symptom."""
    if i and toks[i - 1].norm == "meme":
        return True
    if toks[i].norm not in ("si", "s") or i + 1 >= len(toks):
        return False
    after = [t.norm for t in toks[i + 1 : i + 6]]
    if after[0] in ("ca", "cela", "c", "ce"):
        return any(w in FAILED for w in after[1:5])
    if after[0] in NOUN_SUBJECT:  # "si les comprimés ne suffisent pas", "si le patch ne marche plus"
        return bool(WORKS & set(after[2:5])) and bool({"pas", "plus"} & set(after[3:]))
    return "pas" in after[:3] and bool(NO_BETTER & set(after))  # "si pas d'amélioration", "si toujours pas mieux"


def failed_first(toks: list[Token], ids: list[int], i: int) -> bool:
    """Is token ``i`` in, or right after, a clause that says the first treatment failed ("et si ça ne suffit pas,
    vous prendrez du Tramadol")?"""
    for clause in (ids[i], ids[i] - 1):
        first = next((k for k, c in enumerate(ids) if c == clause), None)
        if first is not None and toks[first].norm == "si" and failure_or_concession(toks, first):
            return True
    return False


def opening(toks: list[Token], ids: list[int], clause: int) -> str:
    """The first word of a clause."""
    return next((t.norm for t, c in zip(toks, ids, strict=True) if c == clause), "")


def _opens_with_if(toks: list[Token], ids: list[int], clause: int) -> bool:
    """The clause opens with "si", after any discourse markers ("mais si", "et alors si", "bon si")."""
    words = [t.norm for t, c in zip(toks, ids, strict=True) if c == clause]
    k = 0
    while k < len(words) and words[k] in OPENERS | {"et", "ou", "donc", "euh"} and words[k] != "si":
        k += 1
    return k < len(words) and words[k] in ("si", "s")


def conditional(toks: list[Token], ids: list[int], i: int) -> bool:
    """Is token ``i`` under a condition: its clause, or the clause right before, opens with "si" ("si vous avez
    de nouveau mal, vous arrêtez", "mais si vous vomissez vous arrêtez")?"""
    return _opens_with_if(toks, ids, ids[i]) or (ids[i] > 0 and _opens_with_if(toks, ids, ids[i] - 1))


TAGS = [["c", "est", "ca"], ["n", "est", "ce"], ["c", "est", "bien"], ["est", "ce", "bien"]]
QUESTION_WORDS = {"combien", "quel", "quelle", "quels", "quelles", "comment", "pourquoi"}
DETERMINERS = {
    "de", "d", "du", "des", "le", "la", "les", "l", "un", "une", "ce", "cette", "ces", "votre", "vos", "son", "sa",
    "ses", "mon", "ma", "mes",
}  # fmt: skip


def to_dose(toks: list[Token], cue: Any) -> bool:
    """ "vous passez à 15 mg": a number right after the cue."""
    return read_number(toks, cue.last) is not None


def asks(toks: list[Token], ids: list[int], i: int) -> bool:
    """Is token ``i`` in a question, even unpunctuated ("vous faites combien de Lantus le soir")?"""
    words = [t.norm for t, c in zip(toks, ids, strict=True) if c == ids[i]]
    following = [t.norm for t, c in zip(toks, ids, strict=True) if c == ids[i] + 1]
    # "vous prenez 2,5 mg le matin c'est ça": checking; "c'est bien noté" after it states
    tag = following[:3] in TAGS and following[3:4] in ([], ["ca"], ["hein"], ["non"])
    if tag or words[-3:] in TAGS:
        return True
    # "on garde le Coversyl tel quel": "quel" after "tel" asks nothing
    asking = {w for k, w in enumerate(words) if not (k and words[k - 1] in ("tel", "telle", "tels", "telles"))}
    # "est-ce que", "qu'est-ce que" ask; "c'est ce qu'il faut" states
    asked = any(
        w == "est" and words[k + 1 : k + 2] == ["ce"] and words[k - 1 : k] != ["c"] for k, w in enumerate(words)
    )
    return bool(QUESTION_WORDS & asking) or asked


def said_of_oneself(toks: list[Token], ids: list[int], i: int) -> bool:
    """ "j'ai pris de l'Advil deux fois", "je le mets trois fois par jour": with no speaker labels, a first person
    that is not the doctor's "je vous …" is the patient telling what they take."""
    words = [t.norm for t, c in zip(toks, ids, strict=True) if c == ids[i]]
    return any(
        w in ("je", "j") and words[k + 1 : k + 2] not in (["vous"], ["lui"], ["te"]) for k, w in enumerate(words)
    )


def ends_clause(toks: list[Token], ids: list[int], cue: Any) -> bool:
    """Nothing but "ça", "merci" or "non" after the cue in its clause ("je préfère pas.")."""
    k = cue.last
    return k >= len(toks) or ids[k] != ids[cue.first] or toks[k].norm in ("ca", "cela", "merci", "non")


def has_object(toks: list[Token], ids: list[int], cue: Any) -> bool:
    """A determiner right after the cue in its clause: it names its own object ("arrêté de fumer")."""
    k = cue.last
    if k < len(toks) and toks[k].norm in ("un", "une") and to_dose(toks, cue):
        number = read_number(toks, k)
        after = toks[number[1]].norm if number and number[1] < len(toks) else ""
        if after in ("fois", "prise", "comprime", "gelule", "sachet", "par"):
            return False  # "on passe à une fois par jour": a new posology, not an object of its own
    return k < len(toks) and ids[k] == ids[cue.first] and toks[k].norm in DETERMINERS


def asks_advice(toks: list[Token], ids: list[int], i: int) -> bool:
    """A first person asking, in an interrogative clause, what to take ("qu'est-ce que je prends")."""
    return toks[i].norm in ("je", "j") and asks(toks, ids, i)


PREPOSITIONS = {"malgre", "sans", "contre", "sous"}


def governed_by_preposition(toks: list, i: int, prepositions: set[str] = PREPOSITIONS) -> bool:
    """ "je vous mets l'Advil … malgré le Doliprane": the drug a preposition governs is no object of the verb."""
    j = i - 1
    while j >= 0 and toks[j].norm in ("le", "la", "l", "les", "du", "de", "d", "des", "votre", "son", "sa"):
        j -= 1
    return j >= 0 and toks[j].norm in prepositions


MAY = {"peut", "peux", "pourrait", "pourrais", "pouvons"}


def may(toks: list, i: int) -> bool:
    """The verb at ``i`` is an infinitive governed by "pouvoir" ("elle peut en prendre", "je pourrais prendre")."""
    j = i - 1
    while j >= 0 and toks[j].norm in ("le", "la", "l", "les", "en", "y", "lui", "me", "m"):
        j -= 1
    return j >= 0 and toks[j].norm in MAY and toks[i].norm.endswith(("er", "ir", "re"))


def answers_if(asked: Any, sentence: Any) -> bool:
    """ "— et si j'ai la diarrhée ? — alors vous arrêtez": the answer to a question opening with "si" (after "et",
    "mais") holds under that condition."""
    words = [t.norm for t in asked.tokens[:3]]
    while words and words[0] in ("et", "mais", "euh"):
        words = words[1:]
    return asked.question and asked.turn != sentence.turn and words[:1] in (["si"], ["s"])


WITH = {"avec"}
OF_DRUG = {"le", "la", "l", "les", "du", "de", "d", "des", "votre", "vos", "son", "sa", "ses"}


def besides(toks: list, positions: list[tuple[int, int]], k: int, cue: Any) -> int | None:
    """A refusal or a stop reaching a drug said "avec" is about what goes with it: the drug named before, not
    governed by "avec" ("le Kardégic, il peut laisser tomber avec le Xarelto"); with none, a stop is about the
    drug right after it ("arrêtez avec le Xanax"), a refusal about nothing the sentence names."""
    before = [j for j, (first, last) in enumerate(positions) if last <= min(cue.first, positions[k][0])]
    before = [j for j in before if not with_drug(toks, positions[j][0])]
    if before:
        return before[-1]
    right_after = positions[k][0] >= cue.last and toks[cue.last].norm in WITH and not cue.anaphoric
    return k if cue.kind == "stop" and right_after else None


def with_drug(toks: list, i: int) -> bool:
    """The drug at ``i`` is governed by "avec" or "en même temps que", itself or through "et" ("avec votre tension
    et le ramipril")."""
    j = i - 1
    while j >= 0 and toks[j].norm in OF_DRUG:
        j -= 1
    if j >= 1 and toks[j].norm == "que" and toks[j - 1].norm == "temps":
        return True
    return j >= 0 and (
        toks[j].norm in WITH or (toks[j].norm == "et" and any(t.norm in WITH for t in toks[max(0, j - 4) : j]))
    )
