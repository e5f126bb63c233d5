"""Concepts of the AI Act's conditions as small French and English lexicons, and what they decide:

- *gates*: an answer of the chat model stands only where the description speaks of the object of the provision
  at all (a face for Art. 5(1)(e), a conversation for Art. 50(1), the people of an Annex III area). They are
  wide on purpose: necessary conditions, not rules that decide; tiny models answer yes too easily (a photo of vine
  leaves "scrapes faces", a review tagger "generates content").
- *combinations*: rules that hold when every concept of a combination occurs in one sentence ("la mairie" +
  "note" + "civisme" → social scoring), which carry over to new wordings better than fixed phrases.

Stems are matched case-insensitively at the start of a word unless the pattern says otherwise.
"""

from __future__ import annotations

import re
from functools import cache

CONCEPTS: dict[str, str] = {
    "face": r"visages?|faces?\b|facial|faciaux|faciale",
    "biometric": r"visage|face\b|faces\b|facial|facia|biom[ée]tri|empreintes? digitales?|fingerprint|iris|"
    r"voix|voice|vocal|ton de (?:la )?voix|tone of voice|démarche|gait|expressions?|regard|gaze|eye|yeux|"
    r"pupil(?:le)?s? dilat|fréquence cardiaque|heart rate|pouls|pulse|posture|keystroke|frappe au clavier",
    "camera": r"cam[ée]ras?|webcams?|vid[ée]o|cctv|images?|photos?|selfies?|looks? at (?:passers|people|shoppers|"
    r"customers)|regarde les passants|filme|films? (?:the |les )|filming",
    "image_source": r"internet|\bweb\b|en ligne|online|réseaux sociaux|social (?:media|network)|sites?\b|"
    r"cctv|vidéosurveillance|video.?surveillance|webcams?|caméras? (?:de surveillance|publiques?)|"
    r"(?:surveillance|security|public) cameras?|scrap|moissonn|aspir|crawl|parcour|collect|récup[èé]r|harvest|"
    r"bases?\b|database|banque d'images",
    "emotion": r"[ée]motion|humeur|mood|stress|colère|anger|angry|joie|joy|happy|heureu|tristesse|sad\b|sadness|"
    r"frustr|ennui|s'ennui|bored|boredom|anxi|angoiss|peur|fear|nervosit|nervous|lassitude|fatigue émotion|"
    r"engagement|attenti(?:on|ve)|satisfaction|enthousias|enthusias|agac|irrit|panique|panic|détresse|distress",
    "sensitive": r"\brace\b|racial|ethni|origine|religi|croyan|belief|politi|syndica|trade.union|union member|"
    r"orientation sexuelle|sexual orientation|sex life|vie sexuelle|homosex|\bgay\b|lgbt",
    "police": r"police|policiers?|gendarm|law enforcement|forces de l'ordre|commissariat|patrouill|patrol|"
    r"enquêt|investigat|parquet|procureur|prosecut|officers?\b|detectives?|brigade|call-outs?|"
    r"porté plainte|dépôt de plainte|reported (?:abuse|a crime)",
    "crime": r"crim|infraction|délinqu|délit|offen[cs]|offending|offend\b|offenders?|récidiv|recidiv|re-?offend|"
    r"burglar|cambriol|vol\b|vols\b|theft|thie[fv]|terroris|radicalis|dangerousness|dangerosité|violen",
    "personality": r"personnalit|personality|profil|profiling|traits?\b|caractère|character|famil|postcode|"
    r"âge|age\b|nationalit|lieu de résidence|where they live|ethni|"
    r"code postal|quartier d'origine|neighbourhood of origin|origine sociale|social background|dette|debt|"
    r"questionnaire|psycholog",
    # Art. 5(1)(d), last sentence: an assessment based on objective facts of a criminal activity is not prohibited
    "criminal_facts": r"casier|criminal record|antécédents judiciaires|judicial record|already convicted|déjà "
    r"condamné|condamnations? (?:passées|antérieures)|previous(?:ly)? convict|past (?:offences|convictions|"
    r"breaches)|prior (?:offences|convictions)|convicted|condamné|faits (?:établis|reprochés)|preuves|evidence|"
    r"antécédents|prior incidents|past incidents|plaintes? (?:déjà|antérieures)",
    "personality_traits": r"personnalit|personality|traits? (?:de caractère|of character|psycholog)|caractère|"
    r"questionnaire (?:de personnalité|psycho)|psycholog|tempérament|temperament",
    "identify": r"identif|reconna|recogni|retrouv|finds?\b|search|recherch|locat|locali|retrac|track|compar|"
    r"match|repér|spot",
    "not_identifying": r"(?:nobody|no one|no person) is (?:ever )?identified|sans identifier|without identifying|"
    r"n'identifie (?:personne|aucun)|anonym|not identif|aucune identification|no identification|"
    r"never identif|ne (?:reconnaît|identifie) (?:personne|pas)",
    "person": r"personnes?|persons?|people|individus?|individuals?|suspects?|passants|passers|visages|faces|"
    r"citoyens|citizens|foule|crowd|voyageurs|travellers",
    "verification": r"vérifi|verif|confirm|authentif|authenticat|unlock|déverrouill|is really|"
    r"est bien|1:1|one.to.one|badge|passeport|passport|pièce d'identité|identity (?:card|document)|own photo",
    "web_source": r"internet|\bweb\b|en ligne|online|réseaux sociaux|social (?:media|networks?)|blogs?|"
    r"sites? (?:web|internet)|websites?|instagram|facebook|tiktok|linkedin|twitter|youtube|"
    r"other (?:web)?sites|sites? publics?|"
    r"webcams?|cctv|vidéosurveillance|video.?surveillance|caméras? (?:de surveillance|publiques?)|"
    r"(?:surveillance|security|public) cameras?|flux|feeds?",
    "scrape": r"collect|récup[èé]r|scrap|moissonn|aspir|crawl|parcour|harvest|rassembl|amass|gather|"
    r"télécharg|download|base de données|bases?\b|database|ajout|add(?:s|ed|ing)? (?:them|it|every|all)",
    "demographic": r"âge|age\b|ages\b|age (?:bracket|group|range)|tranche d'âge|genre(?! d)|gender|hair colou?r|"
    r"couleur (?:de|des) cheveux|beards?|barbe|glasses|lunettes|corpulence|body (?:shape|type)|skin colou?r|"
    r"couleur de peau|tatouages?|tattoos?|sexe|\bsex\b|"
    r"hommes? ou femmes?|men or women|male|female",
    "infer": r"estim|détect|detect|dédui|deduc|infer|devin|guess|reconna|recogni|classif|catégoris|categori|"
    r"sorts?\b|trie\b|regroup|groups? them|"
    r"predict|prédi|determin|détermin|évalu|assess|lit\b|reads?\b|analys",
    "sensitive_strict": r"orientation sexuelle|sexual orientation|religio|opinions? politiques?|orientation "
    r"politique|political orientation|syndiqu|unionis|appartenance (?:syndicale|religieuse|politique)|political "
    r"(?:opinions?|views|leaning|affiliation)|ethni|\brace\b|racial|syndic|trade.union|sex life|vie sexuelle",
    "real_person": r"acteur|actrice|actors?|actress|célébrit|celebrit|\bstars?\b|chanteu|singers?|politici|"
    r"homme politique|femme politique|président|president|ministre|minister|journalist|présentat|presenter|"
    r"maire\b|mayor|pdg\b|\bceo\b|directeur|directrice|dirigeant|patron|fondateur|founder|"
    r"défunt|décédée?|deceased|dead\b|late (?:actor|singer|founder)|personnalités?|"
    r"influenceu|footballeu|sportif|athlete|real (?:people|person)|vraies? personnes?|existing person",
    "safety_function": r"marquage ce|ce.mark|dispositifs? médica|medical devices?|conformity assessment|"
    r"évaluation de (?:la )?conformité|safety (?:function|component|system|parts?)|pièces? de sécurité|"
    r"certification body|"
    r"organisme (?:notifié|de certification)|notified.body|stops? the (?:doors?|car|machine|"
    r"vehicle|lift)|fonction de sécurité|composant de sécurité|"
    r"dispositif de sécurité|arrêt d'urgence|emergency stop|stops? (?:the )?(?:machine|robot|arm|line)|"
    r"slows? down or stops|ralentit ou arrête|arrête (?:la machine|le robot|le bras)|collision|freinage|brak|"
    r"freins?\b",
    "utility": r"chlor|stations? de pompage|pumping stations?|syndicat des eaux|water treatment|traitement de l'eau|"
    r"eaux usées|wastewater|assainissement|électricité|electricity|réseau électrique|power (?:grid|network)|"
    r"\bgrid\b|gaz|\bgas\b|"
    r"eau potable|drinking.?water|water (?:network|supply|distribution)|réseau d'eau|chauffage urbain|"
    r"district heating|trafic routier|road traffic|feux de circulation|traffic lights|tunnels?|"
    r"réseau de chaleur|barrage|\bdams?\b|nucléaire|nuclear",
    "control": r"pilot|control|régul|regulat|ajust|adjust|gère|manag|ouvr|opens?\b|ferm|closes?\b|dos(?:e|ing|age)|"
    r"commande|switch|bascul|délest|load.?shed|répartit|balanc|stabilis|valves?|vannes?|coupe|cuts? off",
    "workers": r"salariés?|employés?|employees?|workers?|staff|agents?\b|intérimaires?|freelances?|livreurs?|"
    r"coursiers?|couriers?|riders?|chauffeurs?|drivers?|préparateurs?|pickers?|caissi|cashiers?|"
    r"télé-?conseillers?|opérateurs?|operators?|techniciens?|technicians?|collaborateurs",
    "manage": r"hand(?:s|ing)? out[^.]{0,30}shifts|(?:not|n't|ne sont pas|pas) (?:be )?renouvel|renewed|"
    r"non-renouvellement|speed and breaks|vitesse et (?:les )?pauses|slowest|les plus lents|least productive|"
    r"moins productifs|(?:répartit|attribu|allocat|assign|distribu)\w*[^.]{0,40}(?:créneaux|shifts?|tâches|tasks?|"
    r"missions?|courses|tournées|rides?|orders?|commandes|horaires|plannings?|zones?)|désactiv|deactivat|"
    r"suspend\w* (?:les |their |leur )?comptes?|licenci|dismiss|\bfires?\b|"
    r"(?:décid|decid|attribu|calcul|fix|sets?\b|determin|détermin|propos|recommand|recommend)\w*[^.]{0,40}"
    r"(?:promotions?|augmentations?|pay rises?|bonus|primes?|salaires?|salary|raises?)|"
    r"(?:évalu|mesur|measur|suit|track|monitor|surveill|not(?:e|ent)\b|scor|rates?\b|rank|class)\w*[^.]{0,40}"
    r"(?:performance|productivit|ponctualit|punctualit|rendement|cadence|taux)|performance reviews?|"
    r"évaluations? annuelles?|taux d'acceptation|acceptance rate|sanction|discipl",
    # Art. 5(1)(h)(i)-(ii): targeted search for victims or missing persons, an imminent threat
    "rbi_exception": r"enlèvement|abduct|kidnap|victims? of (?:abduction|trafficking)|traite des|human trafficking|"
    r"disparu|missing (?:child|children|person|people)|attentat|terroris|menace (?:imminente|terroriste)|"
    r"imminent threat",
    # a tool that drafts for staff, who answer people themselves, does not talk with anyone (Art. 50(1))
    "staff_only": r"(?:edit|relisent|relit|valid|check)\w*[^.]{0,40}(?:send|envoi|envoie|répond)\w* (?:them |les )?"
    r"(?:themselves|eux-mêmes|elles-mêmes)|suggests? (?:replies|answers)|propose des (?:réponses|brouillons)|"
    r"drafts? (?:for|pour) (?:the |les )?(?:staff|agents)",
    # Art. 50(2): systems that only assist standard editing are out of the marking duty
    "standard_editing": r"fixes? (?:the )?spelling|smooths? (?:the )?wording|lisse (?:le|la) (?:texte|formulation)|"
    r"(?:just|only|simply|seulement|uniquement|simplement) (?:re)?(?:writes?|rewrites?|reformule|"
    r"corrige|polish|edits?)|spell.?check|correcteur orthographique|corrige (?:l'orthographe|les fautes)|"
    r"grammar check",
    "customers": r"callers?|appelants?|customers?|clients?|patients?|passengers?|passagers?|voyageurs?|usagers|"
    r"visiteurs?|visitors?|shoppers?|guests?|consommateurs?|consumers?|spectateurs?|fans?\b",
    "evidence": r"preuves?|evidence|témoignages?|testimon|witness|pièces à conviction|éléments de preuve|"
    r"dépositions?",
    "reliability": r"fiab|reliab|trustworth|crédib|credib|authenticit|véracité|veracity|trustworthy",
    # using someone else's model through an API does not make one its provider (Art. 3(3), (63))
    "model_user": r"through (?:its|their|the provider's|a third.party's?) api|via (?:son|leur|l') ?api|"
    r"provider's (?:language |ai )?model|someone else's|(?:d'un|d'une) (?:grand |grande )?(?:fournisseur|entreprise)|"
    r"fourni par|provided by|licensed from|sous licence (?:de|d')|"
    r"bought from|purchased from|plugged (?:it )?in|branché|"
    r"n'avons pas (?:créé|conçu)|built on (?:a |an )?(?:big |large )?(?:commercial|third.party)|(?:didn't|did not|"
    r"don't|do not|never) (?:build|train|"
    r"develop)|n'(?:avons|avez|ont|a) (?:pas|jamais|ni) (?:\w+ )?(?:entraîné|développé|construit|conçu|modifié)|"
    r"sans (?:entraîner|développer)",
    "provider_act": r"entraîn|train(?:s|ed|ing)?\b|pré-?entraîn|pre-?train|développ\w* (?:notre|son|leur|our|its|"
    r"their) (?:propre|own)|publi|releas|mis(?:e)? à disposition|met à disposition|made available|"
    r"open.?sourc|poids|weights",
    # Annex III 6(a): the risk that a person becomes a victim of crime
    "victim_risk": r"(?:victime|victim|reported abuse|porté plainte)\w*[^.]{0,100}(?:risque|risk|likely|probabilit|"
    r"score)|(?:risque|risk|likely|probabilit)\w*[^.]{0,80}(?:agress|assault|victim|attacked|violenc|battu)",
    "realtime": r"temps réel|real.?time|en direct|\blive\b|instantan|immédiatement|instantly|as they pass|"
    r"as they walk|stream|immediate alert|alerte immédiate|à leur passage|en flux|"
    r"au passage|en continu|continuous",
    "score": r"notes?\b|noter|score|scoring|notation|classement|classe\b|classer|rank|rating|rates?\b|points?\b|"
    r"chances?\b|likelihood|probabilit|pourcentage|percentage|"
    r"indice|index|cote\b|barème|liste noire|blacklist|fin de liste|bottom of the list",
    "social_behaviour": r"comportement social|comportements? (?:en ligne|sur les réseaux|citoyen)|social behaviou?r|"
    r"online behaviou?r|civisme|civique|civic|conduite (?:civique|sociale)|amendes?|fines?\b|"
    r"plaintes? de voisinage|neighbou?r complaints|réseaux sociaux|social media|loyaut|loyalty|trustworth|"
    r"vie privée|private life|fréquentations|personnalit|personality|moralit|bon citoyen|good citizen|"
    r"lifestyle|mode de vie|engagement (?:associatif|politique)|political (?:activity|engagement)",
    "citizens": r"citoyens?|citizens?|habitants?|residents?|résidents?|foyers?|households?|administrés|usagers|"
    r"population|locataires?|tenants?|individus|individuals|people\b|personnes|allocataires|bénéficiaires|"
    r"ménages|families|familles",
    "unfavourable": r"accès|access|priorit|exclu|refus|deny|denied|refuse|restrict|limit|privé|deprived|"
    r"sanction|penal|pénalis|fin de liste|bottom|moins|lower|higher (?:fees|prices)|tarif|surveill|"
    r"retir|withdraw|perd|lose|interdi|ban\b|banned|bloqu|block|en dernier|last in line|relégu|passer après",
    "vulnerable": r"enfants?|child|children|kids?\b|mineurs?|minors?|ados|adolescen|teen|jeunes? (?:enfants|joueurs)|"
    r"personnes âgées|âgés|elderly|seniors?|retraité|retiree|pension|handicap|disab|pauvre|poor\b|poverty|"
    r"précari|debt|dette|endett|surendett|vulnérab|vulnerab|addict|dépendan|gambl|joueurs? compulsifs|"
    r"isolé|isolated|lonely|solitude|confus|dementia|démence|alzheimer|low.income|modestes|chômeurs?|"
    r"unemployed|financial difficult|difficultés financières|fin de mois|deuil|grie(?:f|ving)|their age|leur âge|"
    r"money (?:trouble|problems)|problèmes d'argent|in debt|missed (?:a )?rent|impayés?|"
    r"losing (?:my|their|his|her) jobs?|perte d'emploi|"
    r"payday loans?|relapse|rechute|mémoire|memory|cogniti|broke\b|"
    r"lost (?:their|his|her) jobs?|perdu (?:leur|son) emploi",
    "exploit": r"exploit|profit(?:e|ent|ant) de|abus|tire parti|takes? advantage|taking advantage|prey|proie|"
    r"desperate|désespér|bombard|matraqu|countdown|compte à rebours|last.chance|dernière chance|"
    r"steer\w*[^.]{0,60}(?:sign|buy|donat|subscri)|persuasion|maximi[sz]e conversion|"
    r"avec insistance|insistently|relentless|harcèle|harass|pester|à répétition|guilt|culpabilis|chantage|"
    r"blackmail|crying|en pleurs|pleure|(?:only|seulement|uniquement)[^.]{0,30}(?:by buying|en achetant|"
    r"if they (?:buy|pay)|s'ils (?:achètent|paient))|"
    r"most likely to|le plus susceptibles?|when they(?:'re| are) (?:most )?(?:vulnerable|weak|fragile)|"
    r"limited.time|durée limitée|insiste|insists?|until (?:she|he|they) (?:accepts?|agrees?|signs?)|"
    r"jusqu'à ce qu'(?:il|elle|ils|elles) (?:accepte|signe|cède)|faire (?:accepter|signer|acheter)|"
    r"propositions? répétées|offres? répétées|repeated (?:offers|calls|proposals)|(?:à|at) (?:ces|those) "
    r"(?:very )?moments?|"
    r"make (?:them|him|her) (?:accept|agree|sign|buy)|"
    r"(?:pousse|push|incit|nudg|encourag|press)\w*[^.]{0,120}(?:achat|achet|buy|purchas|spend|dépens|pari|bet\b|"
    r"cash|interest|intérêts?|"
    r"bets\b|betting|gambl|jouer|sign|emprunt|borrow|loans?|crédits?|abonn|subscri|payer|pay\b|paying|miser|"
    r"risqu|risky|danger|harm|nuisible|automutil|self.harm)",
    "hidden": r"subliminal|too fast to (?:read|see|notice)|trop vite pour|near.miss|faux quasi|"
    r"consciously|consciemment|(?:near|quasi|presque)[- ](?:invisibles?|inaudibles?)|"
    r"(?:barely|à peine) (?:visible|audible|perceptible)s?|split.second|inaudible|"
    r"à peine (?:visible|perceptible)|à leur insu|sans (?:qu'ils|qu'elles|que l'utilisateur|que les utilisateurs)"
    r" (?:ne )?(?:le |s'en )?(?:remarquent|sachent|rendent compte|aperçoivent|perçoivent)|"
    r"without (?:their|them|the user|users) (?:noticing|knowing|realis|realiz|being aware)|unknowingly|"
    r"imperceptib|subconscious|subconscient|hidden (?:cues|messages|signals)|"
    r"messages? cachés?|dark patterns?",
    "deceive": r"pretends? to be|se fait passer|se présente comme (?:un |une )?(?:humain|conseill|vrai|agent)|"
    r"poses? as (?:a )?(?:human|real)|fausses? urgences?|invente\w* (?:des )?urgences?|fake (?:urgency|deadlines?|"
    r"scarcity|countdown)|false (?:urgency|scarcity|deadlines?)|faux (?:délais|compte à rebours)|dark patterns?|"
    r"fausse rareté",
    "converse": r"chat|convers|dialog|discut|répond|respond|answers?\b|reply|replies|talks?\b|parle|"
    r"assistant|bot\b|bots\b|\w+bot|questions?|messag|whatsapp|téléphon|phone|calls?\b|appels?|écrit aux|"
    r"writes to|speaks?|échange",
    "generate": r"génér|generat|crée|créer|creat|rédig|writes?|writing|wrote|synth|compos|draft|"
    r"produc(?:e|es|ing) (?:[\w-]+ ){0,3}(?:images?|videos?|texts?|articles?|audio|voices?|music|content|shots|"
    r"photos?|visuals?)|produi(?:t|sent|re) (?:des|un|une|les) (?:[\w-]+ ){0,2}(?:images?|vidéos?|textes?|articles?|"
    r"sons?|voix|musiques?|contenus?|photos?|visuels?)|"
    r"invent|dessin|draws?|illustr|tradu|translat|résum|summar|avatar|clone|imit|prompts?|ai.written|"
    r"copies? (?:a |the |their |someone's )?(?:\w+'s )?voice|copie (?:la|sa) voix|reads? any (?:script|text)|"
    r"gets? (?:a |an )?(?:complete |full |finished )?(?:song|image|video|picture|voice|track)|"
    r"obt(?:ient|enir) (?:une|un) (?:chanson|image|vidéo|musique|morceau)|"
    r"fabriqu|fake|faux|fausse|recré|recreat|virtuellement|virtually (?:furnish|stage|decorate)|home staging|"
    r"écrit (?:des|les|automatiquement)|écrivent|"
    r"(?:écrite?s?|written|rédigée?s?) (?:\w+ )?(?:par|by) (?:une |l'|an |the |our )?(?:ia|ai|intelligence|model|"
    r"modèle|"
    r"outil|tool)|"
    r"turns?[^.]{0,60}into[^.]{0,30}(?:vid|clip|image|photo|voice|audio|music)",
    "likeness": r"visage|face|voix|voice|vid[ée]o|images?|photos?|likeness|apparence|appearance|portrait|"
    r"acteur|actrice|actor|actress|célébrit|celebrit|politici|homme politique|femme politique|candidat|"
    r"président|president|journalist|présentateur|presenter|personnalit|person\b|personne|people|news|"
    r"informations|article",
    "fake": r"imit|fake|faux|fausse|clon|recré|recreat|swap|remplac|trucag|hypertruc|deep.?fake|synth|génér|"
    r"generat|ressembl|resembl|lookalike|sosie|authenti|réalist|realistic|never said|jamais dit|"
    r"bring(?:s)? back|revive|put words|fait dire|looks? like real|semblent? (?:vrai|réel)|"
    r"plus vrai que nature|put[^.]{0,30}(?:face|voice)|incrust|retouch|"
    r"lip.?sync|doublage|dubb|faire parler|fait parler|makes? (?:him|her|them) (?:say|speak)|refai|redone|remade|"
    r"appears to (?:speak|say)|seems to (?:speak|say)|mouvements? (?:de ses|des) lèvres|"
    r"lip movements?",
    "untargeted": r"untargeted|non ciblé|tous les visages|all (?:the )?faces|every face|massive|massivement|"
    r"en masse|millions?|milliards?|billions?|thousands|milliers|indiscriminate|any (?:face|photo)|"
    r"toutes? (?:les )?(?:photos|images)|all (?:the )?(?:photos|images|pictures)|everything|tout ce",
    "appearance": r"visages?|faces?\b|voix|voices?|vid[ée]os?|images?|photos?|likeness|apparence|appearance|"
    r"portrait|lèvres|lips|footage|séquences?|clips?|avatar",
    "news": r"actualit|news|journal|presse|press\b|dépêches?|stories|reportages?|information du public|"
    r"public interest|intérêt public|faits divers|sites? d'information|news ?sites?|informations? locales?",
    "publish": r"publi|publish|diffus|broadcast|met en ligne|mis en ligne|posts? (?:them|it) online|posted|"
    r"put out",
    "media": r"chansons?|songs?|musiques?|music|images?|vid[ée]os?|photos?|illustrations?|dessins?|drawings?|"
    r"voix|voices?|audio|podcasts?|banni[èe]res?|banners?|logos?|visuels?|visuals?|clips?|avatars?|"
    r"portraits?|posters?|affiches?",
    "credit": r"crédits?|credit|prêts?|loans?|emprunts?|financement|paiement en plusieurs fois|pay.later|"
    r"découvert|overdraft|mortgages?|microcrédit|lend|lending|prêter|borrow",
    "grant": r"décid|decid|how much|combien|accord|grant|approv|refus|reject|plafond|eligib|"
    r"éligib|scor|solvab|creditworth|default risk|risque de (?:défaut|non-remboursement)|likely to repay|"
    r"capacité de remboursement|limits?\b|underwrit|souscription|peu(?:t|vent) emprunter|"
    r"can borrow",
    "fraud": r"fraud|fraude|blanchiment|money laundering|suspicious transactions|transactions suspectes",
    "influence": r"influenc|persua|convain|cibl|target|micro.?target|sway|orient\w* (?:le |les )?vot|manipul|"
    r"messages? personnalisés|tailored (?:political )?messages|faire basculer|swing|undecided|indécis|"
    r"voting intentions?|intentions? de vote|shift\w* (?:each |their |the )?(?:person's |voters'? )?(?:vot|opinion|"
    r"intention)",
    "election": r"élect|elect|vote|voting|voters?|électeurs?|référendum|referendum|scrutin",
    "product": r"dispositif médical|dispositifs médicaux|medical device|class (?:iia|iib|iii)\b|"
    r"classe (?:iia|iib|iii)\b|machines?\b|machinery|jouets?|toys?|"
    r"ascenseurs?|lifts?\b|elevators?|robots? (?:industriels?|industrial)|industrial robots?|robot arms?|"
    r"bras robot|véhicules?|vehicles?|voitures?|\bcars?\b|automobile|camions?|trucks?|"
    r"aircraft|avions?|aéronef|drones?|radio|équipements?|equipment|pression|pressure|explosi|bateaux?|boats?|"
    r"navires?|marine|ferroviaire|rail|trains?\b|tracteurs?|tractors?|implant|pacemaker|stimulateur|"
    r"insulin|défibrill|defibrill|pompe|pump|marquage ce|ce.mark|diagnosti|scanner|imagerie|radiolog|"
    r"robot chirurg|surgical robot|appareils? à gaz|gas appliance|téléphérique|cableway|ski lift|scooter|"
    r"trottinette|moto|motorcycle|freins?|brak",
    "model": r"modèles?|models?|\bllm|poids|weights|fondation|foundation|réseau de neurones|neural network",
    "general_purpose": r"usage général|general.?purpose|polyvalent|versatile|fondation|foundation|\bllm|"
    r"large language|grand modèle de langage|modèles? de (?:langage|langue|la parole)|language models?|"
    r"speech models?|généraliste|poids|weights|open.?source|"
    r"fine.?tun|affin|\bapi\b|tâches variées|wide (?:range|variety)|many (?:different )?tasks|nombreuses tâches|"
    r"toutes sortes|all kinds|intègrent|integrate|build on|s'appuient|développeurs|developers|multimodal|"
    r"pré-?entraîn|pre-?train|téléchargeable|downloadable|hugging|licen[cs]",
    "compute": r"flops?\b|10\s*\^?\s*2\d|10²|10\*\*2|gpus?|calcul|compute|opérations|petaflop|exaflop|"
    r"h100|a100|supercalculateur|supercomputer",
    # Art. 6(3)(a): a narrow procedural task, not an assessment of people
    "only": r"seulement|uniquement|simplement|juste|only|simply|merely|just\b|se contente|se limite|limited to|"
    r"sans (?:rien )?(?:noter|évaluer|classer|juger|trier)|without (?:scoring|ranking|assessing|judging)",
    "procedural": r"trie (?:les )?(?:courriers|courriels|documents|pièces|dossiers)|sorts? (?:the )?(?:mail|letters|"
    r"emails)|tri (?:du|des) courriers?|vérifi|check|complet|pièces?|manquant|missing|format|convert|anonymi|"
    r"pseudonymi|"
    r"occult|blacks? out|masqu|redact|numéris|scan|transcri|dédoublonn|dedupl|orthograph|spelling|"
    r"rewrit|reformul|réécri|\btone\b|\bton\b|style|grammar|grammaire|mise en page|layout|"
    r"rappel|reminder|planning|calendrier|schedul|traduit|translat|range|sorts? (?:the )?(?:files|documents)|"
    r"classe (?:les )?(?:documents|pièces|fichiers)|index",
    "assess": r"scor|rank|classe(?:nt|r)? (?:les )?(?:candidat|élève|dossier|personne|salarié)|trie|sort(?:s|ing)? "
    r"(?:the )?(?:candidates|applicants|people)|sélection|select|évalu|assess|evaluat|décid|decid|predict|prédi|"
    r"filtr|filter|refus|reject|accept|approuv|approve|not(?:e|ent|er)\b|grade|juge|judge|analy|repér|"
    r"detect|détect|spot|estim|infer",
    # Annex III areas 3-8 are decisions about people: admitting, hiring, granting, assessing, prioritising
    "decide_about": r"scor|rank|classe|class(?:es|ifies)|trie|sorts?\b|sélection|select|shortlist|évalu|assess|"
    r"evaluat|décid|decid|predict|prédi|prévoi|filtr|filter|refus|reject|accept|approuv|approve|not(?:e|ent|er)\b|"
    r"grade|juge|judge|estim|attribu|allocat|assign|affect|admi[st]|recommand|recommend|propos|priori|choisi|"
    r"choose|oriente|statue|accord|grant|risque|risk|fiab|reliab|détect|detect|repér|flags?\b|signale|"
    r"licenci|dismiss|promot|contrôl|vérifi|check|examin|instrui|analy",
    "public_benefits": r"allocation|benefits?|prestation|aides?\b|social|\bcaf\b|chômage|unemploy|logement|"
    r"housing|santé|health|soins|care|\brsa\b|\bapl\b|pension|retraite|welfare|subsid|assistance|public services?|"
    r"services? publics?",
    "insurance": r"insur|assur|mutuelle",
    "individual": r"une personne|a person|individu|individual|chaque (?:personne|auteur|suspect|détenu|jeune)|"
    r"each (?:man|woman|person|suspect|offender|teenager|inmate)|l'auteur|auteurs?|the (?:man|woman|offender|suspect|"
    r"perpetrator)|offenders?|suspects?|détenus?|inmates?|prisoners?|convicted|condamnés?|mis en cause|"
    r"teenagers?|jeunes|citizens?|citoyens?|habitants?|residents?",
    "places": r"quartiers?|neighbou?rhoods?|zones?\b|areas?\b|hot ?spots?|streets?|rues?\b|lieux|districts?|"
    r"secteurs?|carte|maps?\b",
    # Art. 6(3)(d): a task preparatory to an assessment (translating, indexing the file before it is examined)
    "preparatory": r"before any (?:\w+ )?(?:assessment|review|decision)|avant toute (?:évaluation|instruction|"
    r"décision)|"
    r"preparatory|préparatoire|prior to (?:the |any )?(?:assessment|review)|avant (?:l'examen|l'instruction)|"
    r"(?:are|is) then (?:examined|reviewed|assessed)|ensuite examinée?s?",
    "risk_estimate": r"estim|évalu|assess|predict|prédi|risque|risk|likelihood|probabilit|scor",
    "admission": r"admi[st]|affect\w* (?:les |des )?(?:élèves|étudiants|students|pupils)|assign\w* (?:students|pupils)|"
    r"inscri|enrol|sélection|select|parcoursup|places?\b|orientation|accept|refus|candidat|applicants?|"
    r"applications?|dossiers? de candidature",
    "emergency": r"urgences?|emergenc|samu|pompiers?|firefight|ambulan|\b112\b|secours|rescue|dispatch",
    # Art. 6(3)(c): spotting deviations from decisions already taken by people, without replacing them
    "deviation": r"écarts?|deviations?|atypiques?|anomal|s'écartent|outliers?|inhabituel|unusual|inconsisten|"
    r"incohéren",
    "after_human": r"une fois (?:les |la |le )?\w+ (?:corrigée?s?|faite?s?|prise?s?|rendue?s?)|après (?:chaque|la|les) "
    r"(?:session|correction|décision)|after (?:each|the) (?:session|marking|decision)|already (?:marked|decided|"
    r"graded)|previously completed|déjà (?:corrigée?s?|notée?s?|décidée?s?|prise?s?)",
    "learners": r"élèves?|pupils?|students?|étudiants?|copies|essays?|dissertations?|exams?|examens?|diplômes?|"
    r"diploma|écoles?|schools?|lycée|collège|universit|apprenants?|learners?|candidats? au bac",
    "grading_act": r"(?:gives?|attribu|assign|donne|calcul|sets?|fix)\w*[^.]{0,40}(?:grades?|notes?\b|marks?\b)|"
    r"(?:marked|graded|notée?s?|corrigée?s?) (?:by|par) (?:an? |l'|une |un )?(?:ai|ia|algorithm|algorithme|logiciel|"
    r"software|tool|outil|system|modèle|model)|(?:corrige|grade|mark)s? (?:the |les )?(?:copies|essays|exams|papers|"
    r"devoirs|homework|dissertations)",
    "recruitment": r"recrut|recruit|candidat|applicants?|hiring|embauche|\bcv|résumés?|job (?:offers?|ads?|postings?|"
    r"applications?|seekers?)|offres? d'emploi|entretiens? d'embauche|shortlist|présélection|vacanc|postes? à pourvoir",
    "grading": r"not(?:e|es|er|ent|ation)\b|grades?\b|grading|marks?\b|marked|marking|corrig|évalu|assess|"
    r"evaluat|acquis|learning outcomes|résultats|results|copies|essays?|dissertations?|devoirs|homework|tests?\b|"
    r"quiz|examens?|exams?|compétences|skills|niveau|level",
    "cheating": r"triche|cheat|fraude aux examens|surveill|proctor|invigilat|monitor",
    "no_medical": r"(?:aucune|sans|pas de) finalité (?:médicale|de sécurité)|no (?:medical|safety) (?:purpose|reason)|"
    r"not for (?:medical|safety)|n'a aucune (?:finalité|visée) médicale|not (?:about )?(?:health|medical)|"
    r"n'est pas (?:médical|de santé)|ni médical",
    "health_life_insurance": r"mutuelles?|complémentaire santé|assurance(?:-| )(?:vie|santé|maladie|décès|obsèques)|"
    r"(?:life|health) insur|assureur (?:santé|vie)|(?:assureur|assurance|insurer)[^.]{0,40}(?:santé|health|vie\b|life)",
    "pricing": r"tarif|prime|premium|cotisation|price|pricing|prix|risque|risk|souscri|underwrit|accept|refus|exclu|"
    r"montant",
    "priority_order": r"ordre de passage|priorit|triage|order in which|who is seen first|degré d'urgence|"
    r"urgence (?:relative|vitale)",
    "medical_software": r"(?:tells?|indique|détecte|detects?|flags?|diagnos|repère|spots?)\w*[^.]{0,80}(?:melanoma|"
    r"mélanome|cancer|tumou?r|tumeur|embol|fracture|stroke|\bavc\b|arrhythmi|arythmie|rétinopathie|retinopathy|"
    r"pneumon|maladie|disease)",
    "chatbot": r"chatbot|\w*bots?\b|assistant (?:de discussion|virtuel|conversationnel|vocal)|agent conversationnel|"
    r"bulle de discussion|discute|répond aux (?:questions|adhérents|clients|assurés)|answers? (?:questions|"
    r"customers|members)",
    "clinical": r"patients?|médecins?|doctors?|physicians?|clini|hôpital|hospital|dermatolog|radiolog|medical|médical|"
    r"santé|health|skin|peau|moles?\b|grains? de beauté|ophtalmo|cardiolog|urgences",
    "medical_safety": r"médical|medical|médic|santé|health|thérap|therap|soins?\b|care\b|infirmi|nurse|"
    r"médecin|doctor|clinic|clinique|crise|seizure|épilep|epilep|sécurité|safety|somnol|drowsi|vigilance|"
    r"endorm|asleep|accident|malaise|urgence médicale|medical emergency|autis|handicap|disab",
    "workplace_school": r"salariés?|employés?|employees?|workers?|staff|personnel|agents?\b|opérateurs?|"
    r"operators?|télé-?conseillers?|call.?cent|travail|work(?:place|ing)?\b|bureau|office|usine|factory|"
    r"entrepôt|warehouse|shift|élèves?|pupils?|students?|étudiants?|école|school|classe|class(?:room)?|"
    r"lycée|collège|université|university|cours\b|lessons?|examens?|exams?|formation|training|"
    r"chauffeurs?|drivers?|conducteurs?|livreurs?|coursiers?|couriers?|caissi|cashier|vendeu|teachers?|"
    r"enseignants?|professeurs?|contrôleurs?|controllers?|centres? d'appels?|conseillers?|managers?|"
    r"entretiens annuels|annual reviews?|pilotes?|pilots?|soignants?|nurses?|infirmi",
}

# the areas of Annex III: the description must speak of their people or their field for the model's point
AREAS: dict[str, str] = {
    "1": r"biometric|visage|face|facial|biom[ée]tri|empreinte|fingerprint|iris|voix|voice|démarche|gait|"
    r"[ée]motion",
    "2": r"électri|electri|gaz|\bgas\b|\beau\b|water|chauffage|heating|trafic|traffic|routi|\broads?\b|réseau|grid|"
    r"network|infrastructur|énergi|energy|nucl|barrage|\bdams?\b|pipeline|numérique|digital|data.?cent|télécom|"
    r"telecom|signalisation|feux|traffic lights|tunnel|pont|bridge|aqueduc|assainissement|sewage",
    "3": r"élèves?|pupils?|students?|étudiant|école|school|lycée|collège|universit|formation|training|"
    r"courses?|cours\b|examens?|exams?|admission|diplôme|degree|enseign|teach|classe|class|bac|parcoursup|"
    r"apprenti|learner|apprenant|notes?\b|grades?|grading|copies|devoirs|homework|tutor|mooc",
    "4": r"salarié|employé|employee|workers?|staff|travail|\bwork|jobs?\b|emploi|recrut|recruit|candidat|"
    r"applicant|hiring|embauche|\bcv|résumé|manager|\brh\b|\bhr\b|personnel|coursier|livreur|courier|riders?|"
    r"drivers?|chauffeur|freelance|intérim|temps partiel|shifts?|créneau|postes?|promotion|licenci|dismiss|"
    r"fired|salar|salaire|primes?|bonus|contrat|contract|agents?|opérateur|operator|équipes?|team|effectifs|"
    r"plateforme de livraison|gig",
    "5": r"allocation|benefit|prestation|aides?\b|social|caf\b|france travail|pôle emploi|chômage|unemploy|"
    r"logement|housing|santé|health|soins|care|hospital|hôpital|crédit|credit|prêts?\b|loans?|mortgage|"
    r"emprunt|banque|bank|assuranc|insur|urgence|emergenc|samu|pompier|firefight|ambulan|\b112\b|\b15\b|"
    r"triage|secours|rescue|dispatch|solvab|financ|rsa\b|apl\b|subvention|grant|welfare|pension|retraite",
    "6": r"police|gendarm|detectives?|law enforcement|forces de l'ordre|enquêt|investigat|parquet|procureur|prosecut|"
    r"infraction|crim|délinqu|suspect|victim|preuve|evidence|récidiv|recidiv|offend|offen[cs]e|détenu|inmate|"
    r"prison|pénitentiaire|probation",
    "7": r"migra|frontière|border|asile|asylum|\bvisas?\b|titre de séjour|residence permit|réfugié|refugee|"
    r"étranger|foreign|douane|customs|voyageur|traveller|traveler|passport|passeport|préfecture|naturalis|"
    r"immigra|consulat|consulate|séjour",
    "8": r"juges?\b|judges?|tribunal|court|cour\b|juridiction|judicia|justice|arbitr|médiat|mediat|litige|"
    r"dispute|avocat|lawyer|jurisprud|case law|élect|elect|vote|voter|électeur|campagne|campaign|référendum|"
    r"referendum|scrutin|politi|magistrat",
}

# points whose wording narrows their area: categorisation by sensitive attributes (1(b)), influencing the outcome
# of elections, not the logistics of a campaign (8(b))
POINT_GATES: dict[str, tuple[str, ...]] = {
    "anx_III_4_a": ("recruitment",),
    "anx_III_2": ("control|safety_function",),
    "anx_III_5_a": ("public_benefits",),
    "anx_III_5_b": ("credit", "!fraud"),
    "anx_III_5_c": ("insurance",),
    "anx_III_5_d": ("emergency",),
    "anx_III_1_a": ("identify",),
    "anx_III_1_b": ("sensitive_strict",),
    "anx_III_1_c": ("emotion",),
    "anx_III_3_a": ("admission",),
    "anx_III_3_b": ("grading",),
    "anx_III_3_d": ("cheating",),
    "anx_III_6_c": ("evidence",),
    "anx_III_8_b": ("election", "influence"),
}

# the model's findings (screen.FINDINGS) → concepts that must all occur somewhere in the description
FINDING_GATES: dict[str, tuple[str, ...]] = {
    "manipulation": ("exploit|hidden|deceive",),
    "exploits_vulnerabilities": ("vulnerable", "exploit"),
    "social_scoring": ("score", "social_behaviour"),
    "crime_prediction": ("crime", "personality"),
    "face_scraping": ("face", "web_source", "!verification"),
    "emotion_recognition": ("emotion", "biometric"),
    "sensitive_biometric_inference": ("biometric", "sensitive"),
    "realtime_police_identification": ("biometric", "police", "realtime"),
    "regulated_product": ("product", "safety_function|medical_software"),
    "general_purpose_model": ("model", "general_purpose", "!model_user"),
    "frontier_training": ("compute",),
    "talks_with_people": ("converse",),
    "generates_content": ("generate", "!standard_editing"),
    "deep_fake": ("likeness", "fake"),
}

# rules by combination: question → alternatives, each a set of concepts that must occur in one sentence
COMBINATIONS: dict[str, list[tuple[str, ...]]] = {
    "subliminal": [("hidden",), ("deceive",)],
    "vulnerabilities": [("vulnerable", "exploit")],
    "social_scoring": [("citizens", "score", "social_behaviour", "unfavourable")],
    "crime_prediction": [("crime", "personality", "score"), ("crime", "personality", "police")],
    "face_scraping": [("face", "web_source", "scrape", "untargeted")],
    "biometric_sensitive": [("camera", "sensitive_strict", "infer"), ("biometric", "sensitive_strict", "infer")],
    "realtime_rbi_police": [("face", "police", "realtime", "identify")],
    "gpai_model": [("model", "general_purpose", "provider_act", "!model_user")],
    "annex_i_product": [("product", "safety_function"), ("medical_software", "clinical")],
    "emotion_work_school": [("emotion", "biometric|camera", "workplace_school", "!customers")],
    "emotion_or_biometric_categorisation": [("camera", "demographic", "infer"), ("biometric", "demographic", "infer")],
    "generates_content": [("generate", "media")],
    "deep_fake": [("real_person", "fake", "appearance"), ("news", "generate", "publish")],
    # Annex III uses
    "anx_III_1_a": [("camera", "identify", "person")],
    "anx_III_2": [("utility", "control")],
    "anx_III_4_b": [("workers", "manage")],
    "anx_III_3_b": [("grading_act", "learners")],
    "anx_III_5_b": [("credit", "grant", "!fraud")],
    "anx_III_5_c": [("health_life_insurance", "pricing", "!chatbot")],
    "anx_III_5_d": [("emergency", "priority_order")],
    "anx_III_6_d": [("police", "crime", "risk_estimate", "individual", "!places")],
    "anx_III_6_a": [("police", "victim_risk")],
    "anx_III_6_c": [("evidence", "reliability")],
    "anx_III_8_b": [("election", "influence")],
}


@cache
def pattern(name: str) -> re.Pattern[str]:
    source = CONCEPTS.get(name) or AREAS[name]
    return re.compile(rf"(?<!\w)(?:{source})", re.IGNORECASE)


def has(name: str, text: str) -> bool:
    """The concept occurs in the text; ``"a|b"`` means either concept."""
    return any(pattern(one).search(text) for one in name.split("|"))


def holds(concepts: tuple[str, ...], text: str) -> bool:
    """Every concept occurs in the text, and none of those written ``!name``."""
    return all(has(concept.lstrip("!"), text) != concept.startswith("!") for concept in concepts)


def gate(finding: str, description: str) -> bool:
    """The description speaks of what the model's finding is about (findings without a gate always pass)."""
    return holds(FINDING_GATES.get(finding, ()), description)


def area_gate(point: str, description: str) -> bool:
    """The description speaks of the people or field of the Annex III area of ``point`` (anx_III_4_a → 4), and
    of what the point's own wording requires."""
    area = point.split("_")[2]
    about_people = area in ("1", "2") or point in ("anx_III_3_d", "anx_III_5_d") or has("decide_about", description)
    return (
        (area not in AREAS or has(area, description))
        and about_people
        and holds(POINT_GATES.get(point, ()), description)
    )


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def combined(question: str, description: str) -> bool:
    """Two consecutive sentences of the description hold every concept of one of the question's combinations
    (a description often names the practice in one sentence and its effect in the next); ``!name``: a concept
    that must not occur there (the customers' emotions are not the workers')."""
    parts = sentences(description)
    windows = [" ".join(parts[i : i + 2]) for i in range(max(1, len(parts) - 1))]
    return any(holds(combination, window) for combination in COMBINATIONS.get(question, []) for window in windows)
