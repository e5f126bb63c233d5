"""What a question on a dossier asks for, for the search and the answer (ask.py, answers.py).

* its **kinds of answer** when the words say it: a figure (an amount, an hour, a date, a duration, a count,
  a weight, an age, a measure, a sentence, a plate, a phone number, a bank account, an article of a code),
  words spoken, a person, a place. A sentence holding something of that kind (``1 250 euros``, ``22h40``,
  ``FG-482-KL``, ``à neuf reprises``, ``311-4``) is what answers; an answer of the wrong kind (a bare name to
  "à quelle heure") is not believed; a question of a figure kind that no sentence of the dossier answers
  with the question's subject is not in the dossier;
* its **terms**, split into the *subject* (what the question is about: ``bijoux``, ``garde à vue``) and the
  words that only name the kind (``somme``, ``heure``, ``combien``), and widened to the dossier's own
  vocabulary: a stem that the stemmer cut differently in the dossier (``avis`` / ``avison``), and words of
  criminal procedure that the pieces say otherwise (the *suspect* is the *mis en cause*; *argent liquide* is
  *espèces*; a *renouvellement* of custody is its *prolongation*). Widened terms weigh less than the
  question's own;
* for a count (``combien de cambriolages``), the **counted noun**: the number that answers stands just
  before it (``Trois cambriolages``, ``143 communications`` when the question says ``appels``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.dossier.items import AMOUNT, PHONE, PLATE, flat
from communs.apps.dossier.thesaurus import PHRASES, THESAURUS, THESAURUS_STEMS
from communs.nlp.dates import DATE_RE, NUMERIC_DATE_RE, TIME_RE
from communs.search.analysis import analyze, normalize, query_terms

# question words that say nothing of the subject
GENERIC = set(
    analyze(
        "quel quelle quels quelles qui quoi comment pourquoi combien dossier pièce page selon lui elle "
        "exactement précisément préciser indiquer indique ainsi donné donner donne madame monsieur mme mlle"
    )
)
QUOTE = re.compile(r"«[^»]{4,}»|\"[^\"]{4,}\"|“[^”]{4,}”")
NAME = re.compile(
    r"\b(?:M\.|Mme|Mlle|Me|Maître|[A-ZÉÈ][a-zéèëïîç]+)\s+[A-ZÉÈ][A-ZÉÈËÏ-]{2,}\b|\b[A-ZÉÈ]{3,}\s+[A-ZÉÈ][a-zé]+"
)
PERSON_NOUNS = "nom|avocat|magistrat|juge|procureur|temoin|enqueteur|officier|medecin|auteur|victime|proprietaire"
NUMBER_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt"
    r"|trente|quarante|cinquante|soixante|cent|mille|plusieurs|une dizaine|une vingtaine|une centaine)"
)
# a number in words may be compound: "dix-neuf", "quatre-vingt-neuf", "vingt et un"
NUMBER = rf"(?:\d+(?:[  .]\d{{3}})*(?:,\d+)?|{NUMBER_WORD}(?:-(?:et-)?{NUMBER_WORD}s?| et {NUMBER_WORD})*)"
UNIT_DURATION = r"(?:minutes?|heures?|jours?|nuits?|semaines?|mois|ans|années?)"
_MONTH_NAMES = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
# a month without its day ("en janvier", "depuis la mi-janvier", "début mars")
MONTH = re.compile(
    rf"\b(?:en|depuis|dès|des|début|fin|courant|mi-?)\s*(?:la\s+mi-|le\s+mois\s+de\s+)?(?:{_MONTH_NAMES})\b", re.I
)
DURATION = re.compile(
    # a duration in several units is one ("32 heures 30 minutes", "2 ans et 3 mois", "3 min 40 s")
    rf"\b{NUMBER}\s+{UNIT_DURATION}\b(?:\s+(?:et\s+)?{NUMBER}\s+{UNIT_DURATION}\b)*"
    rf"|\b\d+\s?min(?:\s?\d+\s?s)?\b|\bdepuis\s+(?:le\s+|l'|la\s+)?(?:\d{{1,2}}(?:er)?\s+(?:{_MONTH_NAMES})|\d{{4}}|"
    rf"{NUMBER}\s+{UNIT_DURATION}|mi-?(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES}))(?:\s+\d{{4}})?",
    re.IGNORECASE,
)
# a number followed by a noun (not a month, an hour, a currency or a unit of time): a count
_MONTHS = "janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre"
COUNTED_NUMBER = NUMBER.replace("un|une|", "")
_STREETS = "rue|route|avenue|allée|allee|place|impasse|chemin|boulevard|quai|cours|bis|ter"  # "17 route de..."
COUNT = re.compile(
    # not the last group of a phone number ("06 39 98 20 83 Échanges"), nor a year ("2025 Message")
    rf"(?<![\d,.-])(?<!\d\s)\b(?!(?:19|20)\d\d\b){COUNTED_NUMBER}\s+"
    rf"(?!(?:{_MONTHS}|h\b|heures?|euros?|€|{UNIT_DURATION}\b|ans\b|{_STREETS})\b)"
    r"[a-zà-ÿ]{3,}"
    rf"|\bn[°o]\s*\d+\b|\bà\s+{NUMBER}\s+reprises\b",
    re.IGNORECASE,
)
WEIGHT = re.compile(rf"\b{NUMBER}\s*(?:g|grammes?|kg|kilos?|kilogrammes?|tonnes?)\b", re.IGNORECASE)
AGE = re.compile(rf"\b{NUMBER}\s+ans\b|\bné(?:e)?\s+le\b", re.IGNORECASE)  # "âgé de dix-neuf ans": its years
MEASURE = re.compile(
    rf"\b{NUMBER}\s*(?:%|pour\s?cent|mg|milligrammes?|g\b|grammes?|ml|cl|litres?|cm|m²|m2\b|m³|m\b|ha\b|hectares?"
    r"|m[èe]tres?(?:\s+carr[ée]s)?|km/h|km|kilom[èe]tres?)",  # a speed before a distance
    re.IGNORECASE,
)
PENALTY = re.compile(
    rf"\b{NUMBER}\s+(?:mois|ans|années?)\s+d'emprisonnement|\bemprisonnement\b|\bamende\b|\bsursis\b"
    rf"|\breclusion\b|\bréclusion\b",
    re.IGNORECASE,
)
ACCOUNT = re.compile(r"\bFR\d{2}(?:\s?[0-9A-Z]{4}){4,6}(?:\s?[0-9A-Z]{1,3})?\b|\bIBAN\b|\bcompte\s+n[°o]", re.I)
ARTICLE = re.compile(
    r"\b(?:[LRDA]\.?\s?)?\d{2,4}-\d+(?:-\d+)*\b|\barticles?\s+(?:[LRDA]\.?\s?)?\d+(?:-\d+)*", re.IGNORECASE
)
YEAR = re.compile(r"(?<![\d/.,-])\b(?:1[89]|20)\d{2}\b(?![\d/.,]\d)")
NUMBERED = re.compile(r"\bn[°o]\s*\d+\b|\bnum[ée]ro\s+\d+\b", re.IGNORECASE)
IMEI = re.compile(r"(?<!\d)\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d(?!\d)")
# a person's or a firm's identification number: an identity card (12 characters), a SIREN (9 digits) or SIRET (14),
# a passport, a social security number; digits, perhaps in groups ("899 417 263 00018"), not a phone number
ID_NUMBER = re.compile(
    r"(?<![\d,.])(?<!\d )(?!(?:\+33 ?|0)[1-9](?:[ .]?\d{2}){4}(?!\d))"
    r"(?:\d{2,3}(?: ?\d{2,5}){2,5}(?!\d|[,.]\d)|\b[0-9]{2}[A-Z]{2}[0-9]{5}\b|\b\d{9,15}\b)"
)
PARTIAL_PLATE = re.compile(r"\b[A-HJ-NP-TV-Z]{2}-\d{2,3}(?:-[A-HJ-NP-TV-Z]{1,2})?\b")
# an hour written as a clock or a log writes it ("21:47", "07:12:05"): screenshots, CCTV stills, operators' answers
CLOCK = re.compile(r"(?<![\d:/.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:/])")
PLACE = re.compile(
    r"\b\d+(?:\s?bis|\s?ter)?,?\s+(?:rue|avenue|allée|place|route|impasse|chemin|boulevard|quai|cours)\b"
    r"|\b(?:rue|avenue|allée|place|route|impasse|chemin|boulevard|quai)\s+(?:de\s+|du\s+|des\s+)?[A-ZÉ]"
    r"|\b(?:à|au|chez|dans)\s+(?:le\s+|la\s+)?[A-ZÉ][a-zéè]+",
)


@dataclass(frozen=True)
class Kind:
    """A kind of answer: the question's words that ask for it, what in a sentence gives it, whether an answer
    must hold it (``strict``: no hour in an answer to "à quelle heure" is no answer)."""

    name: str
    asks: re.Pattern
    holds: tuple[re.Pattern, ...]
    strict: bool = True


# Question patterns are on accent-free lower-case text. Order matters only for reading.
KINDS: list[Kind] = [
    Kind(
        "montant",
        re.compile(
            r"\b(?:somme|montant|prix|argent|salaire|revenus?|ressources|prejudice|euros?|capital|budget|loyer|decouvert"
            r"|recettes?|cout|tarif|indemnite|manque a gagner|chiffre d'affaires|valeur|valait)\b|combien d'argent"
            r"|\bcombien\b(?!\s+d[e'])(?!\s+de\b).*\b(?:paye|payer|verse|rapporte|coute|vire|gagne|touche|regle|recu|depense|vole"
            r"|rembours|retir|debours|encaiss|percu|detourn|perdu|preleve|achet|vendu|emprunt|prete)\w*"
            r"|\ba combien\b.*\b(?:chiffr|estim|evalu)"
        ),
        (AMOUNT,),
    ),
    Kind("heure", re.compile(r"\ba quelle heure\b|\bheure\b"), (TIME_RE, CLOCK)),
    Kind("date", re.compile(r"\bquel(?:le)? (?:jour|date)\b|\bdate\b"), (DATE_RE, NUMERIC_DATE_RE)),
    # a year asked ("en quelle année", "de quelle année"): a year alone answers ("fabriqué en 2013"), a date too
    Kind("annee", re.compile(r"\bquelle annee\b"), (YEAR, DATE_RE, NUMERIC_DATE_RE)),
    # "quand": a date or an hour, either answers
    Kind("moment", re.compile(r"\bquand\b(?<!depuis quand)"), (DATE_RE, NUMERIC_DATE_RE, TIME_RE, CLOCK, MONTH)),
    # "combien de jours": a duration ("45 jours"), never a date; "depuis quand": a duration or its start
    Kind(
        "duree",
        re.compile(r"\bcombien (?:de |d')(?:temps|jours|mois|semaines|heures|minutes|ans|annees)\b|\bduree\b"),
        (DURATION,),
    ),
    Kind("depuis", re.compile(r"\bdepuis quand\b"), (DURATION, DATE_RE, NUMERIC_DATE_RE, MONTH)),
    Kind(
        "nombre",
        re.compile(r"\bcombien (?:de |d')|\bnombre\b|\bcombien de fois\b"),
        (COUNT,),
    ),
    # a "poids lourd" is a lorry, no weight
    Kind("poids", re.compile(r"\bpoids\b(?! lourds?\b)|\bpes\w+|\bcombien de (?:grammes|kilos)"), (WEIGHT,)),
    # a quantity is weighed or measured: "312 grammes", "40 litres" (of a substance: not a number of packets)
    Kind("quantite", re.compile(r"\bquantite\b"), (WEIGHT, MEASURE)),
    Kind("age", re.compile(r"\bquel age\b|\bage\b"), (AGE,)),
    Kind(
        "mesure",
        re.compile(
            r"\btaux\b|\bdistance\b|\btaille\b|\bvitesse\b|\bpourcentage\b|\bdegre\b|\bsurface\b|\bsuperficie\b"
            r"|\blongueur\b|\blargeur\b|\bhauteur\b|\bprofondeur\b"
            r"|\bcombien de (?:kilometres|km|metres|centimetres|litres|milligrammes)\b|\bkilometrage\b"
        ),
        (MEASURE,),
    ),
    Kind("peine", re.compile(r"\bpeines?\b|\bcondamne\w*\s+a\b"), (PENALTY,)),
    Kind("plaque", re.compile(r"immatricul|\bplaque\b"), (PLATE, PARTIAL_PLATE)),
    Kind(
        "telephone",
        re.compile(r"\bnumero\b(?!.*\b(?:compte|procedure|scelle|article|dossier|plainte))"),
        (PHONE,),
    ),
    # the number of a numbered thing (a photo in a line-up, a seal, a room): never asked by a word of its own
    Kind("rang", re.compile(r"(?!)"), (NUMBERED,)),
    Kind("compte", re.compile(r"\b(?:compte bancaire|numero de compte|iban|rib)\b"), (ACCOUNT,)),
    Kind(
        "identifiant",
        re.compile(
            r"\b(?:siret|siren|passeport|pieces? d'identite|cartes? (?:nationale )?d'identite|cni"
            r"|numero de securite sociale|numero d'immatriculation a la securite sociale)\b"
        ),
        (ID_NUMBER,),
    ),
    # a phone's own number (IMEI: fifteen digits), asked by its name or as the number "identifying" the handset
    Kind(
        "imei",
        re.compile(r"\bimei\b|\bnumero d'identification (?:de l'|du )?(?:appareil|telephone|terminal|portable)"),
        (IMEI,),
    ),
    Kind("article", re.compile(r"\barticles?\b|\btextes?\b.*\b(?:vise|reprim|prev)"), (ARTICLE,)),
    Kind(
        "paroles",
        re.compile(r"\b(?:paroles?|propos|prononce\w*|crie\w*|dit|ecrit|contient le mot)\b"),
        (QUOTE,),
        strict=False,
    ),
    Kind(
        "personne",
        re.compile(
            rf"^\s*(?:par |a |de |avec )?qui\b|\bquel(?:le)?s? (?:est |sont )?(?:le |la |les )?"
            rf"(?:{PERSON_NOUNS})s?\b|\ba quel nom\b|\bau nom de qui\b"
        ),
        (NAME,),
        strict=False,
    ),
    Kind(
        "lieu",
        re.compile(
            r"^\s*ou\b|\bd'ou\b|\bquel(?:le)? (?:adresse|rue|ville|lieu|commune)\b"
            r"|\bdans quel(?:le)? (?:bar|debit|etablissement|lieu|ville|commune|rue|quartier|logement|commerce)\b"
        ),
        (PLACE,),
        strict=False,
    ),
]
KIND_NAMES = {kind.name: kind for kind in KINDS}
# A question asking for a number of a fixed form has one kind that wins over the count: "combien de temps"
# is a duration, "combien d'argent" an amount, "combien de grammes" a weight.
OVER_COUNT = ("montant", "duree", "depuis", "poids", "quantite", "mesure", "age")
# a number to call someone back on is a phone number, even in a question that names a plate
CALL = re.compile(r"\ba quel numero\b.*\b(?:rappel|joindr|appel|contact)|\b(?:rappel|joindr|joignable)\w*\b")
# Words that only name the kind of answer (they say what is asked, not what it is about): they weigh less.
KIND_WORDS = set(
    analyze(
        "heure date jour moment somme montant combien nombre numéro quantité poids âge taux durée temps "
        "fois total article articles texte nom"
    )
)
KIND_WEIGHT = 0.3
# Words that designate a party by their role in the procedure ("le mis en cause", "le gardé à vue"): the pages
# name the person instead, and use these words everywhere: they weigh less in what a sentence must hold.
ROLE_WORDS = set(analyze("mis en cause gardé à vue"))
ROLE_SHARE = 0.4
# prepositions that share a stem with a verb of the thesaurus ("entre eux" is not "entrés")
PREPOSITIONS = {"entre", "contre", "avant", "apres", "pendant", "depuis", "sous", "vers"}
BORN = re.compile(r"\bn[ée]e?s?(?:\(e\))?(?:\s+[A-ZÉÈ][A-ZÉÈ-]+)?\s+le\s*$", re.IGNORECASE)  # "née BRUNEAU le"
# a question on a birth (its accents kept: "ne" is the negation's, "né" the birth's)
BIRTH_ASKED = re.compile(r"\bnaissance\b|\bnée?s?\b|\b[âa]ge\b")
# what stands before a number of years that makes it an age ("âgé de 23 ans", "né le 2 mai 2009 à Rouen, 15 ans")
AGE_BEFORE = re.compile(r"(?:\b[âa]g[ée]e?s?\s+de|\bn[ée]e?s?\s+le\s[^.;]{0,45},)\s*$", re.IGNORECASE)
# a number of years said after a person's name is their age ("M. Paul ROUX, 26 ans", "le jeune Léo MARTIN, 6 ans")
NAMED_AGE = re.compile(r"(?:\b[A-ZÉÈ][A-ZÉÈËÏ'-]{2,}(?:\s+[A-ZÉÈ][a-zéèëïç-]+)?|\bM\.\s+[A-ZÉÈ][\w-]+),\s*$")
# things that carry a number of their own, no phone line: "sous quel numéro figurait la photo", "la chambre n° 12"
NUMBERED_THING = re.compile(
    r"\bnumero\b.*\b(?:photo|photographie|planche|cliche|image|vignette|scelle|piece|page|cote|chambre|appartement"
    r"|logement|siege|place|batiment|lot|box|casier|cellule|bureau|quai|porte|vitrine|caisse|table|rame|wagon|badge"
    r"|dossard|facture|cheque|ticket|recu)s?\b"
)
# "numéro de/du <a thing>" that is not a line: the number of that thing (a building permit, a file), no phone
NUMBER_OF = re.compile(r"\bnumero (?:de |du |d'|des )(?!(?:telephone|portable|mobile|ligne|fixe|gsm)\b)\w{3,}")
PHONE_WORDS = re.compile(r"\b(?:telephone|portable|mobile|ligne|gsm|joindre|appel\w*|rappel\w*|sms|whatsapp)\b")
# A question that reads a seized handwritten paper ("d'après le carnet", "le mot glissé dans le sac", "la feuille
# manuscrite saisie"): the papers a search seizes and a reader names by what they are, as the source of a question
# (after "d'après", "selon", "sur"...) or with what was done to them (found, hidden, slipped, left, written...).
_PAPER = (
    r"(?:feuillets?|feuilles?(?! de (?:paie|soins|route|presence|match|impot))|papiers?(?! d'identite)|bouts? de papier"
    r"|carnets?(?! de (?:cheques|sante|vaccination|entretien|notes scolaire))|cahiers?|calepins?|brouillons?|post-it"
    r"|agendas?|pense-betes?|mots?(?! de passe)|notes?|billets?(?! de (?:banque|train|\d))|plans?)"
)
NOTE_ASKED = re.compile(
    rf"\b(?:d'apres|selon|sur|dans|figure sur|inscrite? sur|notee? sur) (?:le |la |les |l'|ce |cet |cette |ces |son |sa"
    rf" |ses |leur |un |une )?{_PAPER}\b(?! (?:de|du|des) (?:dossier|proces|rapport|synthese|audition))"
    rf"|\b{_PAPER} (?:\w+ ){{0,2}}?(?:saisi|retrouv|trouv|cach|gliss|laiss|depos|decouvert|manuscrit|griffonn|ecrit"
    rf"|redige|annote|dechire|jete)\w*"
    r"|\bmanuscrit\w*|\bgriffonn\w*|\b(?:ecrit|note|griffonne|redige)e?s? a la main\b"
)
WIDENED = 0.6  # weight of a widened term (the question's own weigh 1)
# the noun the answer stands by: a count's noun ("combien de cambriolages": "Trois cambriolages"), a person's
# role ("quel avocat", "en qualité d'avocat": "Maître Élodie PASQUIER, avocate")
HEAD = re.compile(
    r"\b(?:combien|nombre)\s+(?:de |d')(?:\w+\s+)??(\w{3,})"
    rf"|\bquel(?:le)?s? (?:est |sont )?(?:le |la |les )?({PERSON_NOUNS})s?\b|\ben qualite d[e'] ?(\w{{3,}})"
)


@dataclass
class Query:
    text: str
    terms: list[str]  # the question's own terms, generic words left out
    weights: dict[str, float] = field(default_factory=dict)  # own and widened terms, their weight
    kinds: list[str] = field(default_factory=list)
    variants: dict[str, set[str]] = field(default_factory=dict)  # own term: itself and its widened forms
    rarity: dict[str, float] = field(default_factory=dict)  # own term: its IDF in the dossier searched
    head: set[str] = field(default_factory=set)  # the noun the answer stands by, its forms ("cambriolag", "vol")
    note: bool = False  # the question reads a seized handwritten paper ("d'après le carnet saisi")

    @property
    def subject(self) -> list[str]:
        """The terms the question is about (those naming the kind of answer left out, unless nothing else)."""
        own = [t for t in self.terms if t not in KIND_WORDS]
        return own or list(self.terms)

    @property
    def strict(self) -> list[str]:
        return [k for k in self.kinds if KIND_NAMES[k].strict]

    def answers(self, passage: str) -> bool:
        """Whether the text holds something of the kind of answer asked for (no kind: False)."""
        return bool(self.answer_spans(passage))

    def answer_spans(self, text: str, figures_only: bool = False) -> list[tuple[int, int]]:
        """Where in ``text`` the things of the kinds asked for are (start, end); ``figures_only``: of the kinds
        with a fixed form (an hour, an amount...), not a name or a place. A birth date answers only a question
        on a birth ("née le 3 juin 1961" is no date of the facts)."""
        kinds = self.strict if figures_only else self.kinds
        text = flat(text)  # a figure wrapped over two lines is one figure
        spans = [m.span() for k in kinds for p in KIND_NAMES[k].holds for m in p.finditer(text)]
        if "duree" in kinds and "depuis" not in normalize(self.text):  # "depuis 2019" answers "depuis combien de
            spans = [(s, e) for s, e in spans if not text[s:e].lower().startswith("depuis")]  # temps", not "combien"
        if {"duree", "depuis"} & set(kinds) and "age" not in kinds:  # "âgé de 23 ans" is an age, not a duration
            spans = [
                (s, e)
                for s, e in spans
                if not AGE_BEFORE.search(text[max(0, s - 60) : s])
                and not (text[s:e].endswith("ans") and NAMED_AGE.search(text[max(0, s - 60) : s]))
            ]
        born = [BORN.search(text[max(0, s - 40) : s]) is not None for s, _ in spans]
        if BIRTH_ASKED.search(self.text.lower()) and {"date", "moment", "annee"} & set(kinds):
            spans = [span for span, birth in zip(spans, born, strict=True) if birth]  # only a birth date answers
        else:
            spans = [span for span, birth in zip(spans, born, strict=True) if not birth]
        return spans

    def fits(self, answer: str) -> bool:
        """Whether an answer has the form its question asks for (an hour, an amount...), when it has one."""
        return not self.strict or any(p.search(answer) for k in self.strict for p in KIND_NAMES[k].holds)


def kinds_of(question: str) -> list[str]:
    folded = normalize(question)
    kinds = [kind.name for kind in KINDS if kind.asks.search(folded)]
    if "nombre" in kinds and any(k in kinds for k in OVER_COUNT):
        kinds.remove("nombre")
    if "moment" in kinds and ("heure" in kinds or "date" in kinds):
        kinds.remove("moment")
    if "telephone" in kinds and "plaque" in kinds and CALL.search(folded):
        kinds.remove("plaque")  # "à quel numéro rappeler le passant qui a noté la plaque"
    if "telephone" not in kinds and re.search(r"\bnumero\b", folded) and PHONE_WORDS.search(folded):
        kinds.append("telephone")  # "le numéro de téléphone associé au compte du vendeur": a line, whatever follows
    if "telephone" in kinds and NUMBER_OF.search(folded) and not PHONE_WORDS.search(folded):
        kinds.remove("telephone")  # "le numéro du permis de construire"
    if "telephone" in kinds and NUMBERED_THING.search(folded) and not PHONE_WORDS.search(folded):
        kinds[kinds.index("telephone")] = "rang"  # "sous quel numéro figurait la photo": a thing's number
    if not kinds and NUMBERED_THING.search(folded):
        kinds.append("rang")  # "le numéro du scellé contenant le couteau"
    if "identifiant" in kinds:  # "le numéro de la pièce d'identité", "le numéro SIRET": no line, no rank
        kinds = [k for k in kinds if k not in ("telephone", "rang", "plaque")]
    if "telephone" in kinds and any(k in kinds for k in ("plaque", "compte", "imei")):
        kinds.remove("telephone")  # "numéro d'immatriculation", "numéro de compte"
    if "article" in kinds and "montant" in kinds:
        kinds.remove("montant")  # "quel article réprime le détournement de l'argent": the article, not a sum
    return kinds


def said_plainly(question: str) -> str:
    """A question with the set phrases of speech said as the pieces say them (``PHRASES``: "un coup de fil" is an
    "appel")."""
    for phrase, plain in PHRASES.items():
        question = re.sub(rf"\b{phrase}\b", plain, question, flags=re.IGNORECASE)
    return question


def _same_word(stem: str, other: str) -> bool:
    """Two stems of one word cut differently by the stemmer: one is the other with a final "e" or "s" kept
    ("forc" / "force", "fractur" / "fracture"; not "plai" / "plaign")."""
    short, long = sorted((stem, other), key=len)
    return len(short) >= 4 and long.startswith(short) and long[len(short) :] in ("e", "s", "es")


def analyse_question(question: str, vocabulary: set[str] | None = None) -> Query:
    """The question's terms (and their widened forms within ``vocabulary``, the dossier's terms) and kinds."""
    asked, question = question, said_plainly(question)
    terms = [t for t in query_terms(question) if t not in GENERIC]
    note = NOTE_ASKED.search(normalize(question))
    if note:  # the paper read names the source, not the subject: the typed pages are searched for the rest
        terms = [t for t in terms if t not in set(analyze(note.group()))] or terms
    variants = {t: {t} for t in terms}
    folded_words = re.findall(r"[\w'-]+", normalize(question))
    for word in folded_words:
        word = word.split("'")[-1]
        own = analyze(word)
        widened = THESAURUS.get(word) or (THESAURUS_STEMS.get(own[0]) if own and word not in PREPOSITIONS else None)
        if widened and own and own[0] in variants:
            forms = {t for t in analyze(widened) if len(t) >= 3}
            # each in the stems the dossier has of it ("forcé" -> "forc", "forcée" -> "force")
            forms |= {v for v in vocabulary or () for f in forms if len(f) >= 4 and _same_word(f, v)}
            variants[own[0]].update(forms)
    for term in terms if vocabulary else []:
        if vocabulary and len(term) >= 4 and not any(c.isdigit() for c in term):
            variants[term].update(v for v in vocabulary if len(v) >= 4 and (v.startswith(term) or term.startswith(v)))
    weights = {t: KIND_WEIGHT if t in KIND_WORDS else 1.0 for t in terms}
    for forms in variants.values():
        for form in forms:
            weights.setdefault(form, WIDENED)
    kinds = kinds_of(asked)
    head: set[str] = set()
    match = HEAD.search(normalize(question)) if {"nombre", "personne"} & set(kinds) else None
    if match:
        noun = analyze(next(g for g in match.groups() if g))
        if noun:
            head = set(variants.get(noun[0], {noun[0]}))
    return Query(asked, terms, weights, kinds, variants, head=head, note=note is not None)
