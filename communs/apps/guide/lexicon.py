"""The everyday words people use for a procedure, and the words public-service pages use for it.

Each entry is a pattern on normalised text (accents off, lower case) and the page's words it leads to; a goal
that says the first also looks for the second. French administrative vocabulary, from the sites' own wording
and service-public.fr's (« hébergé », « complémentaire santé », « attestation fiscale »).
"""

from __future__ import annotations

# The words people use for a procedure, and the words public-service pages use for it: a goal that says
# the first also looks for the second (each pattern on normalised text; French administrative vocabulary).
# After « | »: where such a change is usually made (« Mon profil »), a weaker lead.
LAY_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:demenag|emmenag|nouveau logement|nouvelle adresse|change(?:r|ment)? d'adresse)\w*",
        "adresse coordonnées | profil",
    ),
    (r"\b(?:portable|mobile|numero de tel)\b", "téléphone | profil"),
    (r"\b(?:texto|sms)s?\b", "SMS"),
    (r"\b(?:e-?mail|mail|courriel|adresse mel)s?\b", "adresse électronique courriel | profil"),
    (
        r"\b(?:marie|mariee|maries|mariees|mariage|pacs|pacse\w*|divorc\w*|separ\w*|veu[fv]\w*)\b",
        "situation de famille",
    ),
    (r"\b(?:marie|mariee|mariage|pacs|pacse\w*|concubin\w*|en couple|copain|copine|compagne?|conjoint)\b", "couple"),
    (r"\b(?:accouch\w*|bebe|enceinte|grossesse|naitre|nee?|naissance)\b", "naissance enfant"),
    (
        r"\b(?:partie?s?|quitte\w*) (?:vivre|habiter|de la maison|de chez|la maison|le foyer)\b|"
        r"\bvole de ses propres ailes\b",
        "quitte foyer départ",
    ),
    (
        r"\b(?:lettre|courrier)s?\b.*\b(?:relire|revoir|retrouver|recu|envoye)\b|"
        r"\b(?:recu|envoye)\w* (?:une|un) (?:lettre|courrier)",
        "courriers",
    ),
    (r"\bimposition\b", "impôt"),
    (r"\brencontrer\b|\ben vrai\b|\ben personne\b|\bau guichet\b|\bface a face\b", "rendez-vous accueil"),
    (r"\b(?:rib|iban|compte bancaire|banque)\b", "coordonnées bancaires RIB | profil"),
    (r"\b(?:vole|volee|vol|perdu|perdue|egare|egaree|perte|piquee?|chourave?e?)\b", "perte vol renouvellement"),
    # a card or a paper torn, burnt, soaked: damaged (« abîmé », « détérioré »)
    (r"\b(?:abime|dechir|dechiquet|deteriore|endommag|brule|mouille|tache)\w*", "abîmé détérioré renouvellement"),
    (r"\b(?:prenom|nom de famille|mal ecrit|mal orthographie|nom d'usage)\b", "état civil"),
    (r"\b(?:preuve|prouv\w*|justifier|justificatif)\b", "attestation récapitulatif justificatif"),
    # keeping a copy of what the page shows: download it, have it sent
    (
        r"\bgarder (?:une |la |les )?(?:copie|trace)s?\b|"
        r"\bgarder (?:le |la |les |mon |ma |mes |ce |cette |ces )?"
        r"(?:resultats?|documents?|recapitulatifs?|simulations?)\b",
        "télécharger PDF recevoir",
    ),
    (r"\bpourquoi\b", "raisons explication"),  # why: the reasons the page gives
    (
        r"\battestation (?:de |d')?(?:carte vitale|secu|securite sociale|assurance maladie|mutuelle)\b",
        "attestation de droits",
    ),
    (
        r"\b(?:documents?|papiers?) (?:a |dois-je |faut-il |qu'il faut )?(?:apporter|fournir|joindre)\b|"
        r"\bquels? (?:documents?|papiers?)\b",
        "pièces justificatives",
    ),
    (r"\b(?:deplacer|reporter|decaler)\b|\bchanger (?:la )?date\b", "modifier"),
    # an appointment one cannot keep: cancel it or move it
    (
        r"\b(?:pourrai|pourrais|peux|pourra) (?:pas|plus) (?:y )?(?:aller|venir|etre la)\b|\bempeche\w*",
        "annuler modifier",
    ),
    # an employer's words (Cesu, Pajemploi): hiring someone is adding an employee
    (r"\bembauch\w*|\brecrut(?:e|er|ons)\b", "salarié ajouter"),
    # living at a relative's or a friend's: « hébergé » in housing forms
    (
        r"\b(?:vi[st]|vivons|vivent|habit\w*|loge\w*|dor[ms]\w*) chez (?:ma |mon |mes |des |un |une )?"
        r"(?:soeur|frere|parents?|mere|pere|cousine?|tante|oncle|amie?s?|potes?|copain|copine|famille|grands?-parents)\b",
        "hébergé famille",
    ),
    # what one gives the tax office for services at home or childcare: the tax certificate
    (
        r"\b(?:papier|document|justificatif|attestation)s? (?:\w+ ){0,2}?(?:pour|aux?) (?:les |mes )?impots\b|"
        r"\bpour (?:ma |la )?declaration d'impots?\b",
        "attestation fiscale",
    ),
    (r"\barnaqu\w*|\bescroc\w*|\bescroquerie\b|\bfraud\w*|\bsuspect\w*", "signaler fraude"),
    (r"\bconduis\w*|\bau volant\b|\bpas (?:moi )?(?:le |la )?conduct\w*", "désigner conducteur"),
    (
        r"\bpas d'accord\b|\binjuste\b|\bconteste\w*|\bpas moi\b|\bje n'y suis pour rien\b|\bje refuse\b|"
        r"\bs'(?:est|sont) trompee?s?\b|\bc'etait pas (?:moi|ma|mon)\b",
        "contester réclamation",
    ),
    (r"\bgagne\w*|\btouche\w*|\bpaye\b|\bsalaire", "perçu salaire ressources"),
    (
        r"\b(?:par|chaque|tous les) mois\b|\bmensuel\w*",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    (r"\bvend(?:u|ue|re|s|ons)\b|\bvente\b|\bcede\b|\bceder\b", "vente cession"),
    (r"\b(?:voiture|auto|moto|bagnole|scooter|camping-car)s?\b(?!-)", "véhicule"),
    (
        r"\b(?:achete|achat|vendu|herite|loue)\w* (?:d'|de |un |une |mon |ma |notre )?"
        r"(?:appartement|maison|terrain|logement|bien)",
        "biens immobiliers",
    ),
    (r"\bboss(?:e|er|ee|es|ais|ait)\b|\bbulle\b", "travaillé"),
    (r"\bretravaill\w*|\brepris (?:le travail|le boulot|une activite)\b", "repris activité reprise"),
    (
        r"\brepar(?:e|er|ation|ations)\b|\bdepannage\w*|\bcours particuliers?\b|\bmain d'oeuvre\b",
        "prestations services",
    ),
    (r"\bdocteur\b|\bdr\b|\btoubib\b", "médecin praticien"),
    (r"\b(?:mon fils|ma fille|mes fils|mes filles|mon gamin|ma gamine|mes gosses|mon gosse)\b", "enfant"),
    # what a benefit is called by those who get it, and by the administration
    (r"\bloyers?\b|\baides? (?:au|pour le|pour mon) logement\b", "logement"),
    (r"\bmutuelles?\b", "complémentaire santé"),
    (r"\bme garer\b|\bse garer\b|\bgarer (?:ma|la|sa) (?:voiture|auto)\b|\bparking\b", "stationnement"),
    (r"\bdeced\w*|\bdeces\b|\bdisparu\w*|\bveu[fv]\w*", "décès réversion"),
    (
        r"\bplus de temps\b|\betaler\b|\bechelonn\w*|\ben plusieurs fois\b|\bpayer plus tard\b|"
        r"\b(?:payer|regler) (?:\w+ )?(?:tout de suite|maintenant|d'un coup|a temps|a la date)\b",
        "délai échéancier",
    ),
    # how often one declares or pays: the « périodicité » (monthly, quarterly)
    (
        r"\b(?:moins|plus) souvent\b|\btous les (?:trois mois|trimestres?)\b|\bchaque trimestre\b|"
        r"\btrimestriel\w*|\bfrequence\b",
        "périodicité",
    ),
    (r"\ba l'annee\b|\bpar an\b|\bchaque annee\b|\btoute l'annee\b", "annuel"),  # the adjective of « année »
    # a paper that says one is up to date, a receipt: what the page calls a certificate
    (
        r"\bpapiers? (?:comme quoi|qui (?:prouve|dit|montre|atteste))\b|\ben regle\b|\ba jour (?:de|dans) mes\b|"
        r"\b(?:le|un|mon|les|des|mes|du) recus?\b",
        "attestation justificatif",
    ),
    # a tax or a debt to lower or write off: a « remise » (gracieuse), a reduction
    (
        r"\b(?:enlev|baiss|redui|diminu|allege)\w* (?:[\w']+ ){0,4}?"
        r"(?:impots?|taxes?|dettes?|majorations?|penalites?)\b|"
        r"\bgeste commercial\b|\bannuler (?:la |ma |une )?dette\b",
        "remise gracieuse réduction",
    ),
    # an error in what a tax or a fine counts: a claim
    (
        r"\b(?:erreur|faux|fausse|errone\w*) (?:sur|dans) (?:le |la |les |mon |ma |mes |l')?"
        r"(?:montant|calcul|avis|impots?|taxes?|foncieres?|surface|base)\b|\btrop (?:imposee?s?|taxee?s?)\b",
        "réclamation",
    ),
    (
        r"\b(?:deposer|envoyer|transmettre|joindre|ajouter) (?:un |une |mon |ma |mes |le |la |les |l')?"
        r"(?:document|papier|justificatif|attestation|piece)s?\b|\bla deposer\b|\bles deposer\b",
        "pièces justificatives ajouter document",
    ),
    (r"\bdire oui\b|\bje (?:la |le )?prends\b|\bj'accepte\b", "accepter"),
    (r"\btenir (?:au courant|informee?s?)\b|\bdonner des nouvelles\b", "informé suivi prévenu averti"),
    (r"\b(?:postule|postuler|candidate|candidater)\b", "candidatures"),
    (r"\b(?:boulot|job|taf)s?\b", "offres d'emploi"),
    (r"\b(?:un|quelques|deux) (?:petits? )?mots?\b", "message lettre"),
    (r"\b(?:argent|verse|versement|virement|rembourse)\w*", "paiements remboursements"),
    (r"\b(?:trompe|trompee|erreur|faute|oublie|corriger|rectifier)s?\b", "modifier corriger rectification erreur"),
    (r"\bnee? (?:au|aux|a l'etranger|hors de france)\b|\bnee? en (?!france\b)[a-z]{4,}\b", "étranger"),
    (r"\b(?:sur|par|via) internet\b|\ben ligne\b|\bsur (?:le site|mon ordi\w*|mon telephone)\b", "service en ligne"),
    (r"\b(?:ce que j'ai pense|mon avis|donner mon avis|satisfaction|noter)\b", "avis"),
    (r"\b(?:chomage|sans emploi|licencie)\b", "demandeur d'emploi allocation"),
    (r"\b(?:rdv|voir (?:un|mon) conseiller)\b", "rendez-vous conseiller"),
    (r"\b(?:ecoles?|creche|maternelle|classe)\b", "scolarisé scolarité"),
    # a town's family services: the everyday word, the invoice's word
    (r"\bcantines?\b|\brepas (?:du midi|de midi)\b|\bdejeuners?\b", "restauration scolaire repas"),
    (r"\bgarderie\b|\bavant (?:et|ou) apres l'ecole\b", "périscolaire garderie"),
    (r"\bcentre aere\b|\bmercredis?\b", "centre de loisirs"),
    # organisations under their former or everyday names
    (r"\bpole[- ]emploi\b|\banpe\b", "France Travail"),
    (r"\bsecu\b|\bsecurite sociale\b|\bcarte vitale\b", "assurance maladie CPAM"),
    (r"\b(?:le )?fisc\b|\bcentre des impots\b", "finances publiques impôts"),
    (r"\ballocs?\b|\ballocations? familiales\b", "CAF"),
    # side actions said in everyday words: keep an item for later, send it to someone, sort a list
    (
        r"\b(?:gard|mett|met)[\w-]* (?:\w+ ){0,3}?(?:de cote|quelque part|en memoire)\b|"
        r"\bretrouver (?:\w+ ){0,2}?(?:plus tard|apres|facilement)\b",  # « pouvoir la retrouver plus tard »
        "favoris favori",
    ),
    (
        r"\b(?:envoy|transmett|montr)\w* (?:\w+ ){0,3}?a (?:mon|ma|mes|un|une) "
        r"(?:ami|amie|amis|pote|potes|copain|copine|collegue|frere|soeur|mere|pere|famille)\b",
        "partager",
    ),
    (r"\b(?:les )?moins cher\w* (?:en premier|d'abord)\b|\bdu moins cher\b|\bpar prix\b", "prix croissant trier"),
    (r"\b(?:les )?plus cher\w* (?:en premier|d'abord)\b|\bdu plus cher\b", "prix décroissant trier"),
    # a message received is read in the site's mailbox; writing to the service goes through it too
    (
        r"\b(?:m'a|m'ont|nous a|nous ont) (?:ecrit|envoye|repondu)\b|"
        r"\bce qu'(?:ils|elles?) (?:disent|ont (?:dit|repondu))\b|"
        r"\b(?:lire|relire|consulter) (?:le|les|mon|mes|son|ses|leur|leurs|un|une) (?:messages?|mails?|reponses?)\b",
        "messagerie messages lire",
    ),
    (r"\becrire (?:a|au|aux|a la|a l')\b|\bleur ecrire\b|\bpar ecrit\b", "messagerie | messages"),
    (
        r"\bautomatique\w*|\btout seul\b|\bsans (?:que je (?:m'en occupe|fasse rien)|rien faire)\b|"
        r"\bpris (?:directement )?sur (?:mon|le|notre) compte\b",
        "prélèvement automatique automatiquement",
    ),
    (
        r"\bgalere\w*|\bfauche\w*|\bfins? de mois\b|\bdifficultes? (?:financieres?|a payer)\b|"
        r"\b(?:arrive|peux|pourrai|pourrais) (?:pas|plus) (?:a )?payer\b|\bplus d'argent\b|\bsans argent\b|"
        r"\ba sec\b|\bpas un sou\b|\bsans le sou\b",
        "difficulté financière aide",
    ),
    (  # the eye button: « voir ce que j'ai tapé » of the password, said before or after it
        r"\b(?:verifier|voir|revoir|relire|controler)\b[^.?!]*\b(?:mot de passe|mdp)\b|"
        r"\b(?:mot de passe|mdp)\b[^.?!]*\b(?:verifier|voir|revoir|relire|controler)\b",
        "afficher",
    ),
    (r"\bchambres?\b|\bcite u\b|\bcite universitaire\b|\bcolocation\b|\bstudio\b", "logement résidence"),
    (
        r"\bstopp\w*|\bmettre fin\b|\bne plus (?:payer|etre preleve)\w*|"
        r"\barret(?:er|e) (?:mon |ma |mes |le |la |les |l')(?:abonnement|contrat|adhesion|mensualisation|prelevement)",
        "arrêter résilier",
    ),
    (r"\b(?:maison|appart\w*|logement|chalet) (?:de vacances|de campagne|a la mer)\b", "résidence secondaire"),
    (r"\betre (?:prevenue?|avertie?|informee?|notifiee?)s?\b", "alertes notifications"),
    (r"\b(?:prevenir|avertir|informer)\b", "signaler déclarer"),
    (r"\bcombien (?:il )?(?:me |m'|nous )?reste\b|\breste-t-il\b|\breste combien\b", "solde"),
    (r"\b(?:espagne|italie|portugal|allemagne|belgique|grece|europe|etranger|vacances)\b", "européenne étranger"),
    (
        r"\b(?:pas|aucun|plus|jamais (?:eu|recu|donne|cree)) (?:de |d'|mes |les )?(?:compte|identifiant|code)s?\b",
        "créer un compte activer",
    ),
    (
        r"\b(?:avec|par|via|depuis) (?:mon|mes|ma|le|les) (?:compte|identifiants?|codes?)s? "
        r"(?:des |de l'|de la |du |d')?"
        r"(?:impots|ameli|la poste|msa|france identite)",
        "FranceConnect",
    ),
    (r"\b(?:aussi|une autre|un autre|encore une?|deuxieme|second|seconde|refaire|de nouveau)\b", "nouvelle"),
    # closing one's business: the « cessation » of an activity
    (
        r"\b(?:arret\w*|ferm\w*|stopp\w*|cess\w*) (?:d'etre a mon compte|mon activite|mon entreprise|ma boite|"
        r"ma societe|mon auto-?entreprise|ma micro-?entreprise)\b|"
        r"\bplus (?:a mon compte|auto-?entrepreneur|independante?)\b",
        "cessation activité",
    ),
    (r"\b(?:au|par) (?:telephone|tel|fil)\b|\bde vive voix\b|\bquelqu'un au bout du fil\b", "appeler téléphone"),
    (r"\b(?:sur|en) papier\b|\bversion papier\b|\bsur une feuille\b", "imprimer"),
    (r"\bil (?:me |nous )?manque\b|\bincomplet\w*|\bmanquant\w*|\bpas (?:encore )?complet\w*", "compléter"),
    # what one does outside school or work: the « activités » (and « centres d'intérêt ») of a file
    (
        r"\b(?:en|au|d'un|dans un) club\b|\bbenevol\w*|\bloisirs?\b|\bhobbys?\b|\bpassions?\b|\bscouts?\b",
        "activités centres d'intérêt",
    ),
    # a request begun earlier: take it up again where one left it
    (r"\b(?:j'avais|j'ai|on avait|nous avions) (?:deja )?commence\b|\bpas (?:encore )?(?:fini|termine)\b", "reprendre"),
    # staying somewhere else for a while: the address changes
    (
        r"\b(?:vais|pars|partir|aller|irai|serai|part) (?:vivre |habiter |loger |dormir |rester |m'installer )?"
        r"chez (?:ma |mon |mes |des |un |une )",
        "adresse",
    ),
    # work on a home: the renovation words of housing aid
    (
        r"\bchaudiere\w*|\bisol(?:er|ation)\b|\bfenetres?\b|\bpompe a chaleur\b|\brenov\w*|\btoiture\b|\bcombles\b",
        "travaux rénovation",
    ),
    # a seller who calls again and again: canvassing, to report
    (
        r"\bdemarch\w*|\bveu\w* (?:me|nous) vendre\b|\bharcel\w*|"
        r"\bm'appell?e\w* (?:tout le temps|tous les jours|sans arret|sans cesse)\b",
        "démarchage signaler fraude",
    ),
    (r"\b(?:apporte|livree?s?|distribuee?s?)\b", "reçu"),  # « le facteur n'a rien apporté »: not received
    (r"\binfos? perso\w*|\binformations? personnelles?\b|\bmes infos\b", "profil"),
    # putting a paper in one's online space: adding a document
    (
        r"\b(?:mettre|ranger|stocker|classer|garder)\b(?: [\w']+){0,5}? (?:dans|sur) (?:mes|mon|ma) "
        r"(?:papiers|documents|dossier|coffre|espace)\b",
        "ajouter document",
    ),
    # a person rather than a page: an adviser who explains, who goes along with the procedure
    (
        r"\b(?:une vraie personne|un humain|un etre humain)\b|"
        r"\bquelqu'un (?:qui |pour )?(?:m'|me |nous )?(?:explique|aide|accompagne|conseille)\w*",
        "conseiller accompagné",
    ),
    # lower earnings: a lower income-based rate (the « quotient familial »), a lower withholding
    (
        r"\bgagne\w* moins\b|\bmoins (?:de |d')?(?:revenus?|salaire|argent)\b|"
        r"\brevenus? (?:ont |a )?(?:baisse|diminue)\w*|\bpayer moins\b",
        "baisse revenus tarif quotient",
    ),
    (
        r"\b(?:faire suivre|transferer|rediriger|reexpedier) (?:mon |le |mes |nos )?courriers?\b|"
        r"\b(?:courriers?|lettres|plis|colis) (?:\w+ ){0,3}?(?:a|vers|sur) (?:la |ma |notre )?nouvelle adresse\b",
        "réexpédition",
    ),
    (r"\bvoter (?:a (?:ma|sa|leur) place|pour moi|pour lui|pour elle)\b", "procuration"),
    (r"\bdenonc\w*", "signaler"),
    (
        r"\bje suis (?:un |une )?(?:artisan|chauffagiste|plombier|electricien|installateur|fournisseur|commercant|"
        r"professionnel)\w*",
        "professionnel",
    ),
    (r"\b(?:mon|ton|son|un) 0[67]\b", "numéro téléphone"),  # « mon 06 »: a mobile number
    (r"\bnom d'utilisateur\b|\bpseudo\b", "identifiant"),
    # who has looked at a file: the history of accesses
    (r"\bqui (?:a|est alle|sont alles|ont) (?:regarde|consulte|vu|ouvert|acced)\w*", "historique accès"),
    # someone who must no longer see one's data: block them
    (
        r"\b(?:pas|plus) (?:que )?(?:\w+ ){1,4}?(?:puisse|puissent|pourra|pourront) (?:\w+ )?"
        r"(?:voir|acceder|consulter|lire)\b",
        "bloquer",
    ),
    (
        r"\b(?:paye|verse|donne)\w* (?:plus|pas|jamais|rien)(?: \w+)? (?:la |sa |ma )?pension\b|"
        r"\bpensions? (?:alimentaires? )?impayee?s?\b",
        "intermédiation financière impayés",
    ),
    (r"\b(?:doit|doivent|devrait) plus etre (?:sur|dans)\b", "retirer"),  # a person to take off a file
    # a town's service for bulky waste: what one gets rid of
    (
        r"\bdebarrass\w*|\b(?:canape|frigo|refrigerateur|matelas|armoire|sommier|electromenager|gravats)s?\b",
        "encombrants",
    ),
    (r"\bdedommag\w*|\bindemnis\w*|\bcompens\w*", "compensation indemnisation"),
    # when a place is open: its opening hours
    (
        r"\ba quelle heure\b|\b(?:ouvre|ouvrent|ferme|ferment) (?:a |le |quand\b)|\bheures? d'ouverture\b",
        "horaires",
    ),
)
