"""Whether a question is about the AI Act: questions on a neighbouring law (data protection, copyright, consumer
law, the employment contract, tax, identity papers…) are outside it, however close their wording is to the
Act's (fines, software, developers) and even when AI is their setting (« je peux me rétracter de mon abonnement
à une appli d'IA ? » is consumer law). The best passage's similarity alone cannot tell them apart: an e5 cosine
of 0.82-0.88 covers both « quelle amende pour mon bandeau cookies ? » and « les amendes sont-elles les mêmes pour
une PME ? » (bench/aiact_recall.py: in-scope questions 0.82 and more, neighbouring-law ones 0.83-0.88).

So a question is refused when it names another legal domain by that domain's own vocabulary (NEIGHBOURING:
each domain's institutions, rights and procedures, written from general legal vocabulary, not from evaluation
questions) and its evidence for the Act is weak: it names none of the Act's own matters (ACT_MATTER: the Act by
name, its risk tiers and actors, biometrics, training, an AI, app or software deciding about people or acting on
them; MANIPULATION: Art. 5(1)(a)-(b)'s manipulation, deception and exploited vulnerabilities, by a system). A domain
whose words name a sector the Act regulates (credit, insurance pricing, benefits, migration, health) is not
listed by that sector's name but by the other law's own (an insurance claim, not insurance)."""

from __future__ import annotations

import re

from communs.apps.aiact.glossary import fold

# what the AI Act governs: AI itself, its techniques and products, and the Act by name. « ai » after an elided
# pronoun or before « -je » is the French verb (« j'ai droit », « n'ai-je »), not the English AI
_AI = re.compile(
    r"(?<!\w)(?:ia|(?<![jnlmt]')(?<!qu')ai(?!-je)|i\.a\.|intelligence artificielle|artificial intelligence|"
    r"algorithm\w*|algos?|automatis\w*|"
    r"automated|modeles?|models?|chatbots?|robots?|bots?|machine learning|apprentissage automatique|"
    r"deep ?learning|reseaux? de neurones|neural|biometri\w*|reconnaissance (?:faciale|des visages|des emotions)|"
    r"(?:facial|emotion) recognition|deep ?fakes?|hypertrucages?|chatgpt|gpt|mistral|copilot|llms?|"
    r"reglement|regulation|ai act|cette loi|this act|the act)(?!\w)"
)
# neighbouring laws named outright: a question on them that never speaks of AI is outside the Act
_OTHER_LAW = re.compile(
    r"(?<!\w)(?:rgpd|gdpr|cookies?|cnil|impots?|impot sur le revenu|fiscal\w*|tva|vat|taxes?|income tax|"
    r"cdi|cdd|preavis|demission\w*|demissionner|conges payes|rupture conventionnelle|notice period|resign\w*)(?!\w)"
)

# each neighbouring domain's own vocabulary (folded: lower case, no accents), French then English
NEIGHBOURING: dict[str, list[str]] = {
    "data protection": [
        r"rgpd",
        r"gdpr",
        r"cnil",
        r"cookies?",
        r"traceurs?",
        r"droit d'acces",
        r"demande d'acces",
        r"droit (?:a l'effacement|a l'oubli|de rectification|d'opposition|a la portabilite)",
        r"delegue a la protection des donnees",
        r"dpo",
        r"duree de conservation",
        r"delai de conservation",
        r"(?:conserver|garder|effacer|supprimer) (?:\S+ ){0,4}(?:donnees|coordonnees|fichiers?|historiques?)",
        r"(?:fichiers?|bases?) (?:de )?clients?",
        r"droit a l'image",
        r"mes donnees",
        # the CNIL's words for the right of access: « les données qu'un organisme détient sur vous »
        r"donnees (?:\S+ ){0,5}sur (?:moi|vous|nous)",
        r"donnees (?:personnelles )?me concernant",
        r"right (?:of access|to erasure|to be forgotten)",
        r"data subject",
    ],
    "intellectual property": [
        r"droits? d'auteur",
        r"propriete intellectuelle",
        r"(?:suis|etre|serai|sera|est) (?:\w+ )?l'auteure?",
        r"deposer (?:\S+ ){0,8}marque",
        r"depot de (?:la |ma )?marque",
        r"marque deposee",
        r"brevets?",
        r"breveter",
        r"inpi",
        r"contrefacon",
        r"copyright\w*",
        r"trademarks?",
        r"patents?",
    ],
    "consumer law": [
        r"retractation",
        r"(?:me|se|te|nous|vous) retracter",
        r"garantie legale",
        r"vice cache",
        r"resili\w+",
        r"abonnements?",
        r"remboursement",
        r"etre rembourse\w*",
        r"code de la consommation",
        r"pratiques? commerciales? (?:trompeuses?|deloyales?|agressives?)",
        r"garantie (?:de conformite|commerciale)",
        r"demarchage (?:telephonique|a domicile)",
        r"bloctel",
        r"service apres-?vente",
        r"mediateur de la consommation",
        r"refund\w*",
        r"subscriptions?",
    ],
    "labour law": [
        r"licenci\w+",
        r"indemnites?",
        r"prud'?hom\w+",
        r"preavis",
        r"demission\w*",
        r"demissionner",
        r"contrat de travail",
        r"cdi",
        r"cdd",
        r"conges? payes",
        r"rupture conventionnelle",
        r"periode d'essai",
        r"heures supplementaires",
        r"heures sup\w*",
        r"droit a la deconnexion",
        r"requalifi\w+ en salarie\w*",
        r"salaires? (?:impayes?|non payes?)",
        r"smic",
        r"bulletins? de (?:paie|salaire)",
        r"fiches? de paie",
        r"convention collective",
        r"inspection du travail",
        r"arret maladie",
        r"overtime",
        r"code du travail",
        r"dismiss\w*",
        r"severance",
        r"notice period",
    ],
    "tax": [
        r"impots?",
        r"impot sur le revenu",
        r"fiscal\w*",
        r"tva",
        r"deductible",
        r"frais (?:pro|professionnels|reels)",
        r"declaration de revenus",
        r"declaration d'impots?",
        r"amorti(?:r|ssement)\w*",
        r"credit d'impot",
        r"urssaf",
        r"vat",
        r"income tax",
        r"tax (?:return|deductible)",
    ],
    "insurance claims and civil liability": [
        r"constat amiable",
        r"sinistre",
        r"responsabilite civile",
        r"assurance (?:habitation|auto\w*|multirisque)",
        r"dommages et interets",
        r"indemnis\w+",
        r"reparations",
        r"civil liability",
        r"insurance claim",
    ],
    "competition and digital markets": [
        r"concurrence",
        r"position dominante",
        r"entente illicite",
        r"digital markets act",
        r"dma",
        r"controleurs? d'acces",
        r"gatekeepers?",
        r"pre-?install\w*",
        r"vente liee",
        r"antitrust",
        r"competition law",
    ],
    "identity papers and civil status": [
        r"passeports?",
        r"carte (?:nationale )?d'identite",
        r"etat civil",
        r"acte de naissance",
        r"naturalisation",
        r"permis de conduire",
        r"carte grise",
        r"passports?",
        r"identity card",
    ],
    "traffic": [
        r"exces de vitesse",
        r"points? (?:de|du|sur (?:mon|le)) permis",
        r"contraventions?",
        r"amende forfaitaire",
        r"code de la route",
        r"speeding",
    ],
    "pensions": [r"retraite", r"taux plein", r"trimestres", r"pension de retraite", r"retirement"],
    "property and neighbours": [
        r"voisins?",
        r"voisinage",
        r"haies?",
        r"bail",
        r"loyers?",
        r"locataires?",
        r"copropriete",
        r"servitude",
        r"permis de construire",
        r"landlord",
        r"tenants?",
    ],
    "health and pharmacy": [
        r"pharmacies?",
        r"ordonnance",
        r"securite sociale",
        r"prescription",
        r"dossier medical(?: partage)?",
        r"secret medical",
        r"pharmacy",
    ],
    "press and defamation": [
        r"diffamation",
        r"diffamatoire",
        r"injures? publiques?",
        r"droit de reponse",
        r"loi (?:du 29 juillet )?1881",
        r"defamation",
        r"libel",
    ],
    "online platforms and illegal content": [
        r"contenus? (?:haineux|illicites?)",
        r"messages? haineux",
        r"haine en ligne",
        r"digital services act",
        r"dsa",
        r"pharos",
        r"hate speech",
    ],
    "cybersecurity incidents": [
        r"rancongiciels?",
        r"ransomware",
        r"cyberattaques?",
        r"nis ?2",
        r"anssi",
        r"hameconnage",
        r"phishing",
    ],
    "video protection": [r"video ?protection", r"video ?surveillance", r"cameras? de surveillance", r"cctv"],
    "digital accessibility": [
        r"rgaa",
        r"accessibilite numerique",
        r"accessibles? aux (?:personnes )?(?:aveugles|malvoyant\w*)",
    ],
    "electronic signature": [r"signatures? electroniques?", r"eidas", r"electronic signatures?"],
    "public information and open data": [
        r"open data",
        r"donnees ouvertes",
        r"cada",
        r"communication (?:des|d'un) documents? administratifs?",
    ],
    "school life": [
        r"ent",
        r"espace numerique de travail",
        r"bulletins? (?:scolaires?|de notes)",
        r"conseil de classe",
    ],
    "agriculture": [r"pac", r"politique agricole commune", r"aides agricoles", r"msa"],
    "regulated trades": [r"carte professionnelle", r"licence de taxi", r"vtc", r"kbis", r"registre du commerce"],
}
_NEIGHBOURING = {
    domain: re.compile(r"(?<!\w)(?:" + "|".join(terms) + r")(?!\w)") for domain, terms in NEIGHBOURING.items()
}

# the Act's own matters: the Act by name and whether it applies, its risk tiers, actors and duties, biometrics,
# training and copyright policy of models, and an AI or software deciding about people (Annex III, Art. 86)
# Art. 3(1): a machine-based system inferring outputs (predictions, content, recommendations, decisions) that
# influence environments: in lay words any AI, algorithm, app, software, program or automated system
_TOOL = (
    r"(?:ia|ai|algorithm\w*|logiciels?|outils?|systemes?|applis?|applications?|programmes?|modules?|robots?|"
    r"chatbots?|bots?|automatis\w*|assistants? (?:vocal|vocaux|virtuels?|numeriques?|conversationnels?)|"
    r"objets? connectes?|jouets? connectes?|software|tool|system|apps?|programs?|automated|voice assistants?)"
)
_DECIDES = (
    r"(?:decid\w*|decision\w*|calcul\w*|not(?:e|er|ation)|evalu\w*|class\w*|tri(?:e|es|er|ent|age)?|"
    r"selection\w*|examin\w*|analys\w*|predi\w*|detect\w*|fix\w*|attribu\w*|surveill\w*|score\w*|profil\w*|"
    r"recrut\w*|assess\w*|rank\w*|screen\w*|"
    # Art. 3(1)'s outputs that influence people, and Art. 5(1)(a)-(b)'s acts on them
    r"recommand\w*|recommend\w*|propos(?:e|ent|er|era|eront|ait)|cibl\w*|target\w*|influenc\w*|manipul\w*|"
    r"incit\w*|pouss\w*|exploit\w*|"
    r"tromp\w*|deceiv\w*|nudg\w*|push\w*)"
)
ACT_MATTER: list[str] = [
    # the Act by name, and whether it applies
    r"ai act",
    r"(?:reglement|loi|legislation|texte)(?: europeen(?:ne)?)? (?:sur l'|de l')?(?:ia|intelligence artificielle)",
    r"reglement ia",
    r"this act",
    r"the act",
    r"s'appliqu\w*",
    r"appl(?:y|ies)",
    # its risk tiers, conformity, actors and duties
    r"haut risque",
    r"high[- ]risk",
    r"risque (?:inacceptable|eleve|limite)",
    r"interdit\w*",
    r"prohib\w*",
    r"banned",
    r"marquage ce",
    r"ce marking",
    r"conformite",
    r"conformity",
    r"dispositifs? medica\w*",
    r"medical devices?",
    r"fournisseurs?",
    r"deployeurs?",
    r"providers?",
    r"deployers?",
    r"documentation technique",
    r"notice d'utilisation",
    r"surveillance humaine",
    r"human oversight",
    r"transparen\w*",
    r"incident grave",
    r"serious incident",
    r"bac a sable",
    r"sandbox\w*",
    r"autorite de surveillance du marche",
    r"market surveillance",
    # biometrics and the practices it bans
    r"biometri\w*",
    r"visages?",
    r"faces?",
    r"reconnaissance (?:faciale|des emotions)",
    r"cameras? (?:intelligentes?|augmentees?|algorithmiques?)",
    r"smart cameras?",
    r"notation sociale",
    r"social scoring",
    # Art. 5(1)(c): people evaluated or classified by their social behaviour, whatever the tool
    r"comportement social",
    r"(?:points?|not(?:es?|er|ent|ez|ations?)|scores?|class\w*|evalu\w*)(?: \S+){0,6} "
    r"(?:selon|en fonction d\w*|d'apres) (?:\S+ ){0,2}comportements?",
    # Art. 5(1)(a)'s subliminal techniques: stimuli beyond a person's consciousness
    r"subliminal\w*",
    r"(?:messages?|signaux|signals?|stimul\w*|images?|sons?|sounds?|techniques?)\W+(?:\S+\W+){0,2}"
    r"(?:caches?|dissimule\w*|invisibles?|imperceptibles?|hidden|concealed)",
    # general-purpose models, their training and copyright policy; generated content and its disclosure
    r"entrain\w*",
    r"training",
    r"politique (?:de|en matiere de) droit d'auteur",
    r"copyright policy",
    r"usage general",
    r"general[- ]purpose",
    r"deep ?fakes?",
    r"hypertrucag\w*",
    r"contenus? (?:genere|synthetique)\w*",
    r"generated content",
    r"filigrane",
    r"watermark\w*",
    r"(?:qu'(?:il|elle) |que c'|c')est (?:une? |l')?(?:ia|robot|machine|bot|intelligence artificielle)",
    # an AI or software deciding about people
    rf"{_TOOL}(?: \S+){{0,6}} {_DECIDES}",
    rf"{_DECIDES}(?: \S+){{0,4}} (?:par|avec|with|by) (?:une? |l'|un |the |an? )?{_TOOL}",
]
_ACT_MATTER = re.compile(r"(?<!\w)(?:" + "|".join(ACT_MATTER) + r")(?!\w)")

# Art. 5(1)(a)-(b)'s other acts on people, the Act's matter when a system or technique does them (a salesman's
# pressure is consumer law): purposefully manipulative or deceptive techniques, beyond a person's consciousness,
# materially distorting behaviour; exploiting the vulnerabilities of a person or group due to age, disability or
# a specific social or economic situation
MANIPULATION: list[str] = [
    r"manipul\w*",
    r"trompeu\w*",
    r"deceptive",
    r"a (?:leur|son|mon|ton|notre|votre) insu",
    r"sans (?:que (?:\S+ ){1,2}|qu'(?:ils?|elles?|on) )(?:ne )?(?:s'en )?(?:rend\w*|aperco\w*|sach\w*)(?: compte)?",
    r"sans (?:s'en|le) (?:rendre compte|savoir|apercevoir)",
    r"(?:beyond|without) (?:\S+ ){0,2}(?:consciousness|awareness|knowing|noticing)",
    r"inconsciem\w*",
    r"(?:alter\w*|fauss\w*|distor\w*|influenc\w*) (?:\S+ ){0,2}(?:comportements?|behaviou?r)",
    r"vulnerab\w*",
    r"exploit\w* (?:\S+ ){0,4}(?:faiblesses?|fragilit\w*|detresse|age|handicap\w*|precarite|pauvrete|situation)",
]
_MANIPULATION = re.compile(r"(?<!\w)(?:" + "|".join(MANIPULATION) + r")(?!\w)")
_SYSTEM = re.compile(
    rf"(?<!\w)(?:{_TOOL}|techniques?|technolog\w*|intelligence artificielle|artificial intelligence)(?!\w)"
)


def names_act_matter(question: str) -> bool:
    """The question speaks of one of the Act's own matters (ACT_MATTER), or of a system or technique acting on
    people as Art. 5(1)(a)-(b) words it (MANIPULATION)."""
    text = fold(question)
    return bool(_ACT_MATTER.search(text)) or bool(_MANIPULATION.search(text) and _SYSTEM.search(text))


# who owns the rights to a work made with AI is copyright law (national law, Directive 2001/29/EC), which the Act
# leaves alone; the Act's copyright provisions are duties of general-purpose model providers (Art. 53(1)(c)-(d):
# a copyright policy, a summary of the training content), so a question on those stays in
_COPYRIGHT = re.compile(
    r"(?<!\w)(?:droits? d'auteur|propriete intellectuelle|copyright\w*|intellectual property)(?!\w)"
)
_OWNING = re.compile(
    r"(?<!\w)(?:proprietaire|titulaire|tous les droits|appartien\w*|j'ai (?:\w+ )?(?:les )?droits|owns?|owner\w*|"
    r"belongs?|(?:mon|ma|mes|my) (?:roman|livre|oeuvre|chanson|tableau|texte|novel|book|work|song|painting|text)s?)"
    r"(?!\w)"
)
_PROVIDER_DUTY = re.compile(
    r"(?<!\w)(?:fournisseurs?|providers?|entraine\w*|entrainement|training|trained|usage general|general[- ]purpose|"
    r"politique|policy|resume|summary|fouille|text and data mining|opt[- ]out)(?!\w)"
)


def neighbouring_domain(question: str) -> str | None:
    """The first neighbouring legal domain whose vocabulary the question uses, or None."""
    text = fold(question)
    return next((domain for domain, pattern in _NEIGHBOURING.items() if pattern.search(text)), None)


def names_another_law(question: str) -> bool:
    """The question is about a neighbouring law: it names that law and never speaks of AI or of the Act, or it
    asks who owns the copyright in a work (made with AI or not) and not what a model's provider must do about
    copyright, or it uses a neighbouring domain's vocabulary and speaks neither of AI nor of the Act's own matters
    (names_act_matter: a question on them is never refused for its words)."""
    text = fold(question)
    if _COPYRIGHT.search(text) and _OWNING.search(text) and not _PROVIDER_DUTY.search(text):
        return True
    if _OTHER_LAW.search(text) and not _AI.search(text) and not names_act_matter(question):
        return True
    # a question that speaks of AI is about AI: its neighbouring-law words alone never refuse it (a held-out set had
    # five such questions refused: an algorithm that suspends a driver, social scoring by a town, AI traffic lights…)
    return neighbouring_domain(question) is not None and not _AI.search(text) and not names_act_matter(question)
