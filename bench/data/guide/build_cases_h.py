#!/usr/bin/env python3
"""Hand-written case definitions of the Albertine blind set H; writes blind_h.json.

History labels are not typed by hand: they are read from the pages (accessible names computed
by check_cases_h.py). Run `python3 build_cases_h.py && python3 check_cases_h.py`.
"""
import json
import os

import check_cases_h as chk

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = chk.load_pages()
CASES = []

ABOUT = (
    "Independent held-out evaluation set H for Albertine (next-step guidance on French public-service websites). "
    "17 synthetic static pages modelled on Urssaf (auto-entrepreneur: déclarer son chiffre d'affaires), impots.gouv "
    "(espace particulier: payer ses impôts locaux), amendes.gouv.fr (payer une amende), France Travail (inscription, "
    "étape situation), Caf (simulation d'aide au logement, étape logement), Parcoursup (mes vœux), Service-Public.fr "
    "(tableau de bord de l'espace personnel), l'Assurance retraite (relevé de carrière), maprocuration.gouv.fr (donner "
    "procuration, étape mandataire), ameli (indemnités journalières), MSA (connexion à l'espace privé), justice.fr "
    "(demande d'aide juridictionnelle, étape ressources), a hospital's online appointment booking, a town's e-services "
    "(signaler un problème sur l'espace public), chèque énergie (espace bénéficiaire), MaPrimeRénov' (nouvelle demande, "
    "étape travaux) and a regional TER season-ticket subscription. Each page file is the state before any step; "
    "history = steps already done on that page (all clicks: a closed dialog/banner is gone, a clicked radio/checkbox is "
    "checked, a clicked file input has received its file); filled = fields already filled by the user (value= fields "
    "and pre-selected options also count as filled unless the goal contradicts them); gold = acceptable element ids "
    "(null when action is 'done'). action 'scroll': the target (gold) is far below the first screen and must be "
    "scrolled to. File inputs, radios and checkboxes use action 'click'. Written for the communs project, MIT licence."
)


def case(cid, page, goal, gold, action="click", hist=(), filled=()):
    p = PAGES[page]
    history = []
    for h in hist:
        node = p.by_id.get(h)
        if node is None:
            raise SystemExit("%s: unknown history id %s" % (cid, h))
        history.append({"element_id": h, "action": "click", "label": p.name(node)})
    if isinstance(gold, str):
        gold = [gold]
    if gold is None:
        action = "done"
    CASES.append({"id": cid, "page": page, "goal": goal, "history": history, "filled": list(filled),
                  "gold": gold, "action": action, "split": "blind_h"})


def flow(prefix, start, page, goal, steps, hist=(), filled=()):
    """Successive steps of one flow: steps = [(gold, action)]; each step's gold joins the history
    (clicks) or the filled fields (type/select) of the next one."""
    hist, filled = list(hist), list(filled)
    for i, (gold, action) in enumerate(steps):
        case("%s-%d" % (prefix, start + i), page, goal, gold, action, hist, filled)
        first = gold if isinstance(gold, str) else gold[0]
        if action in ("type", "select"):
            filled.append(first)
        else:
            hist.append(first)


# --------------------------------------------------------------------------------------------
P = "urssaf_ae_declaration.html"
g = "faut que je declare mes sous de mars, j'ai facturé 2140 balles de graphisme"
flow("urssaf", 1, P, g, [("ca-bnc", "type"), ("btn-calculer", "click")])
g = "ce mois ci j'ai eu zero client, pas un centime qui est rentré"
flow("urssaf", 3, P, g, [("ca-neant", "click"), ("btn-calculer", "click")])
g = "en mars 1300 € de presta de design et j'ai aussi vendu des affiches pour 250"
flow("urssaf", 5, P, g, [("ca-bic", "type"), ("btn-calculer", "click")], filled=["ca-bnc"])
case("urssaf-7", P, "c quand la date butoir pour envoyer le chiffre du mois dernier ?", None)
case("urssaf-8", P, "un client me demande un papier comme quoi je suis en regle avec mes cotisations sociales", "lien-attestation")
case("urssaf-9", P, "je veux le recu du prelevement de janvier", "justif-janv")
case("urssaf-10", P, "j'arrete d'etre a mon compte, j'ai signé un cdi", "lien-cessation")
case("urssaf-11", P, "je peux pas payer tout de suite ce que je dois, je suis a sec ce mois-ci", "lien-delai")
case("urssaf-12", P, "i'd like to read the messages urssaf sent me", "btn-messagerie")
case("urssaf-13", P, "ils me prennent combien en pourcentage sur mes prestations ?", None)
case("urssaf-14", P, "declarer tous les mois ca me saoule, je voudrais le faire moins souvent", "lien-periodicite")
case("urssaf-15", P, "j'ai changé de banque, faut que les prelevements partent du nouveau compte", "lien-banque")
case("urssaf-16", P, "c'etait combien les cotis de fevrier deja ?", None)

# --------------------------------------------------------------------------------------------
P = "impots_paiement.html"
case("impots-1", P, "je veux regler la taxe de ma maison a vierzon", "payer-tf")
case("impots-2", P, "comment je paye l'impot pour la maison de vacances en bretagne", "payer-ths")
case("impots-3", P, "je dois combien pour la maison de quiberon ?", None)
case("impots-4", P, "c'est quoi le dernier jour pour payer la fonciere si je le fais sur internet", None)
case("impots-5", P, "l'an prochain je veux etaler la taxe fonciere, un peu chaque mois", "mens-tf")
case("impots-6", P, "je veux voir le courrier detaillé de la taxe sur la residence secondaire", "avis-ths")
case("impots-7", P, "j'ai recu un sms qui dit que les impots me doivent 300€ et qu'il faut cliquer sur un lien", "lien-fraude")
case("impots-8", P, "j'ai pas de quoi tout payer d'un coup en octobre, je peux avoir plus de temps ?", "lien-delai")
case("impots-9", P, "ils comptent 140 m2 pour ma maison alors qu'elle en fait 95, y a une erreur sur la fonciere", "lien-reclamation")
case("impots-10", P, "je veux trouver un tabac pres de chez moi ou je peux payer en especes", "lien-proximite", "scroll")
g = "where do i find the form to declare my rental income"
flow("impots", 11, P, g, [("recherche-site", "type"), ("btn-recherche", "click")])
case("impots-13", P, "l'impot sur le revenu de l'an dernier c'est bon il est regle ?", None)
case("impots-14", P, "j'ai perdu mon boulot, je voudrais qu'ils m'enlevent une partie de la taxe, je peux pas tout payer", "lien-remise")
case("impots-15", P, "j'ai une question a poser par ecrit a mon centre des impots", ["onglet-messagerie", "lien-contacts"])

# --------------------------------------------------------------------------------------------
P = "antai_amende.html"
g = "je me suis fait flasher a 58 au lieu de 50, je veux regler ca. numero 1234567890123456 cle 42"
flow("amende", 1, P, g, [("type-avis", "select"), ("numero-telepaiement", "type"), ("cle", "type"),
                         ("btn-continuer", "click")])
case("amende-5", P, "c'est pas moi qui conduisais, c'etait mon fils avec ma voiture", "choix-designer")
case("amende-6", P, "le radar s'est trompé, c'etait pas ma plaque, je refuse de payer", "choix-contester")
case("amende-7", P, "j'ai eu un papier de la ville pour un stationnement pas payé, 35 euros", "lien-fps")
case("amende-8", P, "combien de jours j'ai pour avoir le tarif reduit si je paye sur internet", None)
case("amende-9", P, "je trouve pas le long numero pour payer sur le courrier qu'on m'a envoyé", "aide-numero")
case("amende-10", P, "il me reste combien de points ?", "lien-points")
case("amende-11", P, "c'est la voiture de ma boite qui a été flashée", "lien-societe")
case("amende-12", P, "i dont speak french well, this site exist in english?", "lien-english")
case("amende-13", P, "je veux voir la photo du flash pour savoir qui etait au volant", "lien-photo")
case("amende-14", P, "si je paye ca m'enleve des points automatiquement ?", None)

# --------------------------------------------------------------------------------------------
P = "francetravail_inscription.html"
g = "je m'inscris au chomage, mon cdd s'est fini le 31 mars, je peux commencer demain et je veux un plein temps"
flow("insc", 1, P, g, [("date-fin-contrat", "type"), ("motif-fin", "select"), ("dispo-oui", "click"),
                       ("temps-plein", "click"), ("btn-continuer", "click")])
g = ("mon patron m'a viré le 12 mai. je peux pas bosser avant juin (operation du genou) "
     "et je voudrais un mi-temps, genre 20h par semaine")
flow("insc", 6, P, g, [("dispo-non", "click"), ("temps-partiel", "click"), ("heures-souhaitees", "type"),
                       ("btn-continuer", "click")], filled=["date-fin-contrat", "motif-fin"])
case("insc-10", P, "j'ai pas fini, je reprendrai demain soir", "btn-plus-tard")
case("insc-11", P, "je me suis trompé d'adresse a l'etape d'avant", ["etape-coordonnees", "btn-precedent"])
case("insc-12", P, "ils vont me demander quels papiers apres ?", None)
case("insc-13", P, "on s'est quittés a l'amiable avec mon employeur, je mets quoi comme raison ?", "motif-fin", "select",
     filled=["date-fin-contrat"])
case("insc-14", P, "cdd fini le 31 mars, dispo tout de suite, temps plein. avant j'ai bossé 2 ans en belgique",
     "etranger", hist=["dispo-oui", "temps-plein"], filled=["date-fin-contrat", "motif-fin"])
case("insc-15", P, "je prefere qu'on m'aide au telephone", "lien-3949")
case("insc-16", P, "la mdph m'a reconnu handicapé pour le travail, faut que je le dise", "rqth-oui",
     hist=["dispo-oui", "temps-plein"], filled=["date-fin-contrat", "motif-fin"])

# --------------------------------------------------------------------------------------------
P = "caf_simulation_logement.html"
g = ("je suis etudiante, je loue seule un studio meublé a lyon 7 depuis le 1er septembre, 480 de loyer + 40 "
     "de charges, le proprio c'est pas de la famille")
flow("apl", 1, P, g, [("statut-locataire", "click"), ("type-logement", "select"), ("meuble-oui", "click"),
                      ("loyer", "type"), ("charges", "type"), ("date-entree", "type"), ("famille-non", "click"),
                      ("btn-suivant", "click")])
g = "on est 3 en coloc dans un T4 a villeurbanne (69100)"
flow("apl", 9, P, g, [("code-postal", "type"), ("commune", "select")], hist=["statut-coloc"])
case("apl-11", P, "je loue le studio de ma mere, est ce que j'ai droit a l'aide quand meme ?", None)
case("apl-12", P, "en fait je veux pas une estimation, je veux faire la vraie demande", "lien-demande")
case("apl-13", P, "j'ai mis que je vivais seule mais mon copain vient d'emmenager avec moi", "lien-modifier-situation")
case("apl-14", P, "je sais pas combien sont les charges, le proprio m'a rien dit. appart 2 pieces vide a 650",
     "charges-inconnu", hist=["statut-locataire", "meuble-non"], filled=["type-logement", "loyer"])
case("apl-15", P, "je veux parler a quelqu un de la caf", "lien-contact", "scroll")
case("apl-16", P, "je suis en cite u crous a la doua", "statut-foyer")

# --------------------------------------------------------------------------------------------
P = "parcoursup_voeux.html"
case("psup-1", P, "faut que je valide la licence de psycho", ["modal-x", "modal-fermer"])
case("psup-2", P, "faut que je valide la licence de psycho", "confirmer-psycho", hist=["modal-fermer"])
case("psup-3", P, "je veux voir ce qu'on m'a envoyé", "modal-lire")
case("psup-4", P, "il me manque un truc pour le bts tourisme je crois", "completer-bts", hist=["modal-x"])
case("psup-5", P, "lannion c'est trop loin finalement, je l'enleve", "suppr-iut", hist=["modal-fermer"])
case("psup-6", P, "jusqu'a quand je peux rajouter des formations ?", None, hist=["modal-fermer"])
case("psup-7", P, "je peux encore en mettre combien ?", None, hist=["modal-x"])
g = "je voudrais ajouter une ecole d'infirmiere (IFSI) a rennes"
flow("psup", 8, P, g, [("recherche-formation", "type"), ("btn-rechercher", "click")], hist=["modal-fermer"])
case("psup-10", P, "ou je met que je fais du hand en club et du benevolat aux restos du coeur", "nav-activites",
     hist=["modal-x"])
case("psup-11", P, "where can i see all the dates of the process", "lien-calendrier", hist=["modal-fermer"])
case("psup-12", P, "j'ai changé de numero de portable", "nav-profil", hist=["modal-x"])
case("psup-13", P, "c'est quoi ce truc qui s'affiche, je veux juste l'enlever", ["modal-x", "modal-fermer"])
case("psup-14", P, "valide aussi staps a brest", "confirmer-staps", hist=["modal-fermer"])
case("psup-15", P, "je cherche que des formations en alternance", "filtre-apprentissage", "select",
     hist=["modal-fermer"])

# --------------------------------------------------------------------------------------------
P = "servicepublic_espace.html"
case("sp-1", P, "j'ai demenagé le mois dernier, je veux prevenir tout le monde d'un coup (caf, impots, secu)",
     "lien-changement-coord")
case("sp-2", P, "j'avais commencé a demander la copie de mon acte de mariage, je veux finir", "reprendre-mariage")
case("sp-3", P, "est-ce que la mairie a bien recu ma demande pour voter a tours ?", None)
case("sp-4", P, "je veux recuperer la facture edf que j'avais mise ici", "dl-facture")
case("sp-5", P, "je veux mettre mon avis d'impot dans mes papiers en ligne", "ajout-document")
case("sp-6", P, "vire la demande d'acte de mariage, la mairie me l'a deja donné", "suppr-mariage")
case("sp-7", P, "je veux fermer definitivement mon compte sur ce site", "lien-supprimer-compte", "scroll")
case("sp-8", P, "je crois que quelqu'un s'est connecté a mon compte sans moi", "lien-historique", "scroll")
g = "comment on fait pour avoir un extrait de casier judiciaire"
flow("sp", 9, P, g, [("recherche-demarche", "type"), ("btn-recherche", "click")])
case("sp-11", P, "change mon numero de telephone dans mes infos perso", "btn-profil")
case("sp-12", P, "je veux recuperer le scan du livret de famille", "dl-livret")
case("sp-13", P, "mon changement d'adresse de l'an dernier c'est fini ou pas ?", None)
case("sp-14", P, "perdi minha carteira com os documentos franceses dentro, o que eu faço?", "lien-perte-papiers")

# --------------------------------------------------------------------------------------------
P = "assuranceretraite_carriere.html"
case("car-1", P, "j'ai combien de trimestres au total ?", None)
case("car-2", P, "en 2010 j'ai bossé au moins 6 mois en interim mais y a rien", "oubli-2010")
case("car-3", P, "je voudrais le document en pdf pour mon banquier", "btn-pdf")
case("car-4", P, "je veux voir mes premieres annees de boulot, quand j'avais 20 ans", "btn-anciennes")
case("car-5", P, "je peux racheter mes annees de fac ?", "lien-rachat")
case("car-6", P, "a quel age je pourrai partir et avec combien", "lien-simulateur")
case("car-7", P, "je veux voir un conseiller en vrai", "lien-rdv", "scroll")
case("car-8", P, "en 2011 j'etais au chomage, ca compte ?", None)
case("car-9", P, "en 2009 j'ai été en arret maladie 6 mois et ca apparait pas", "oubli-2009")
case("car-10", P, "je voudrais envoyer un message ecrit a la caisse", "lien-ecrire", "scroll")
case("car-11", P, "l'annee ou j'ai bossé a la ferme ca a compté ?", None)
case("car-12", P, "je veux faire ma demande de retraite maintenant", "lien-demande")
case("car-13", P, "je veux sortir ce releve sur papier", "btn-imprimer")
case("car-14", P, "mon service militaire en 1991 n'apparait pas je crois", "btn-anciennes")

# --------------------------------------------------------------------------------------------
P = "maprocuration.html"
case("procu-1", P, "je serai en deplacement pour les municipales, je veux que mon frere vote pour moi",
     ["modal-x", "modal-compris"])
g = ("je donne procu a mon frere pour les 2 tours des municipales. son numero d'electeur c'est 212345678, "
     "il est né le 04/06/1990")
flow("procu", 2, P, g, [("ident-nne", "click"), ("nne", "type"), ("nne-naissance", "type"),
                        ("duree-scrutin", "click"), ("scrutin", "select"), ("certif", "click"),
                        ("btn-valider", "click")], hist=["modal-compris"])
g = "je veux que ma voisine Josiane Lefort vote pour moi toute l'annee, je connais pas son numero"
flow("procu", 9, P, g, [("ident-etatcivil", "click"), ("ec-nom", "type"), ("ec-prenoms", "type")],
     hist=["modal-x"])
case("procu-12", P, "ma voisine vote deja pour son mari, elle peut aussi voter pour moi ?", None, hist=["modal-x"])
case("procu-13", P, "je veux annuler celle que j'avais faite l'an dernier pour ma fille",
     ["lien-resilier", "lien-mes-procurations"], hist=["modal-compris"])
case("procu-14", P, "je me suis trompée, je vote a bagnolet pas a montreuil", "lien-modifier-mandant", hist=["modal-x"])
case("procu-15", P, "une fois que c'est validé je dois aller ou ?", None, hist=["modal-compris"])
case("procu-16", P, "c ou la gendarmerie la plus proche pour faire verifier", "lien-lieux", hist=["modal-compris"])

# --------------------------------------------------------------------------------------------
P = "ameli_indemnites.html"
case("ij-1", P, "mon patron a envoyé le papier pour mes salaires ou pas ?", ["modal-x", "modal-nonmerci"])
case("ij-2", P, "mon patron a envoyé le papier pour mes salaires ou pas ?", None, hist=["modal-nonmerci"])
case("ij-3", P, "ils m'ont versé combien la derniere fois ?", None, hist=["modal-x"])
g = "il me faut un papier qui prouve ce que la secu m'a payé de novembre a mars, c'est pour la caf"
flow("ij", 4, P, g, [("attest-du", "select"), ("attest-au", "select"), ("btn-attestation", "click")],
     hist=["modal-x"])
case("ij-7", P, "je retourne bosser lundi, plus tot que ce que le medecin avait dit", "lien-reprise",
     hist=["modal-nonmerci"])
case("ij-8", P, "je vais chez ma mere a nantes pendant mon arret", "lien-adresse-arret", hist=["modal-x"])
case("ij-9", P, "je veux le detail du virement du 14 novembre", "detail-1411", hist=["modal-x"])
case("ij-10", P, "ok je veux bien repondre a votre enquete", "modal-questionnaire")
case("ij-11", P, "je veux ecrire a ma caisse", "btn-messagerie", hist=["modal-nonmerci"])
case("ij-12", P, "why did i get nothing for my first days off sick?", None, hist=["modal-x"])
case("ij-13", P, "je peux sortir de chez moi a quelle heure pendant l'arret ?", "lien-sorties", hist=["modal-x"])
case("ij-14", P, "je veux voir ce qu'ils m'ont rendu pour le dentiste", "lien-remboursements", hist=["modal-nonmerci"])

# --------------------------------------------------------------------------------------------
P = "msa_connexion.html"
case("msa-1", P, "je veux me connecter pour voir mes remboursements", ["cookie-accepter", "cookie-refuser"])
case("msa-2", P, "pas de cookies", "cookie-refuser")
case("msa-3", P, "je veux choisir moi meme quels cookies j'accepte", "cookie-parametrer")
g = "connexion avec mon numero de secu 1620549123456 et mon mot de passe"
flow("msa", 4, P, g, [("numero-secu", "type"), ("mot-de-passe", "type"), ("btn-connexion", "click")],
     hist=["cookie-refuser"])
case("msa-7", P, "je suis exploitant agricole, je dois faire mes declarations", "profil", "select",
     hist=["cookie-accepter"])
case("msa-8", P, "j'ai oublié mon code pour rentrer", "lien-mdp-oublie", hist=["cookie-refuser"])
case("msa-9", P, "j'ai jamais eu de compte chez vous", "lien-creer", hist=["cookie-accepter"])
case("msa-10", P, "je veux passer par mon compte impots.gouv pour me connecter", "btn-franceconnect",
     hist=["cookie-refuser"])
case("msa-11", P, "est ce que je pourrai faire mes demarches ce dimanche 6 avril vers 10h ?", None,
     hist=["cookie-refuser"])
case("msa-12", P, "combien je toucherais pour mon loyer, sans me connecter", "lien-simu-logement",
     hist=["cookie-accepter"])
case("msa-13", P, "je veux verifier ce que j'ai tapé comme mdp", "btn-afficher-mdp", hist=["cookie-refuser"],
     filled=["numero-secu", "mot-de-passe"])
case("msa-14", P, "ok pour les cookies", "cookie-accepter")

# --------------------------------------------------------------------------------------------
P = "justice_aide_juridictionnelle.html"
g = ("je demande l'aide pour payer l'avocat. pas de rsa, revenu fiscal 11430, j'ai 2000 sur mon livret A, "
     "pas d'autre maison, pas d'assurance qui paye l'avocat")
flow("aj", 1, P, g, [("rsa-non", "click"), ("rfr", "type"), ("immo-non", "click"), ("epargne", "type"),
                     ("pj-non", "click"), ("btn-suivant", "click")])
g = "je touche le rsa, j'ai 150 euros de cote, aucun bien"
flow("aj", 7, P, g, [("rsa-oui", "click"), ("immo-non", "click"), ("epargne", "type")])
case("aj-10", P, "si ils refusent j'ai combien de temps pour contester", None)
case("aj-11", P, "je sais pas c'est ou le revenu fiscal", "aide-rfr")
case("aj-12", P, "je me suis trompé, j'ai 3 enfants pas 2", "etape-foyer")
case("aj-13", P, "je finirai ce soir", "btn-plus-tard")
case("aj-14", P, "mon assurance habitation couvre peut etre les frais d'avocat, j'en sais rien", "pj-nsp",
     hist=["rsa-non", "immo-non"], filled=["rfr", "epargne"])
case("aj-15", P, "c'est pas un divorce c'est pour un licenciement aux prud'hommes, j'ai mal rempli", "etape-affaire")
case("aj-16", P, "je veux d'abord savoir si j'y ai droit avant de remplir tout ca", "nav-simulateur")

# --------------------------------------------------------------------------------------------
P = "hopital_rdv.html"
case("rdv-1", P, "premier rdv chez le dermato pour moi", "modal-non")
case("rdv-2", P, "je suis deja suivie en dermato par le dr benali, je veux un rdv de controle", "modal-oui")
case("rdv-3", P, "j'ai juste besoin du plan pour venir", ["modal-x", "modal-oui", "modal-non"])
g = "c'est la premiere fois, je veux faire controler un grain de beauté, le mardi 8 a 9h30 avec le dr benali ca m'irait"
flow("rdv", 4, P, g, [("motif", "select"), ("btn-creneaux", "click"), ("benali-0804-0930", "click")],
     hist=["modal-non"])
case("rdv-7", P, "en fait c'est pour les yeux pas la peau", "specialite", "select", hist=["modal-oui"])
case("rdv-8", P, "quand est ce que le dr morel a de la place ?", None, hist=["modal-oui"])
case("rdv-9", P, "quiero cancelar mi cita de la semana que viene", "lien-annuler", hist=["modal-x"])
case("rdv-10", P, "premiere consult pour de l'acné, mais en visio depuis chez moi si possible", "filtre-video",
     hist=["modal-non"], filled=["motif"])
case("rdv-11", P, "ou est ce que je peux me garer", "lien-acces", "scroll", hist=["modal-oui"])
case("rdv-12", P, "qu'est ce que je dois apporter le jour j", None, hist=["modal-non"])
case("rdv-13", P, "suivi chez benali, plutot le jeudi 10 a 9h30", "benali-1004-0930",
     hist=["modal-oui", "btn-creneaux"], filled=["motif"])
case("rdv-14", P, "le petit guide pour les patients en pdf", "lien-livret", "scroll", hist=["modal-x"])

# --------------------------------------------------------------------------------------------
P = "mairie_signalement.html"
g = "le lampadaire devant le 14 rue des acacias marche plus, tenez moi au courant a jeanne.p@mail.fr"
case("mairie-1", P, g, ["cookie-ok", "cookie-non"])
flow("mairie", 2, P, g, [("type-probleme", "select"), ("adresse", "type"), ("suivi-oui", "click"),
                         ("email", "type"), ("btn-envoyer", "click")], hist=["cookie-ok"])
case("mairie-7", P, "quelqu'un a balancé un vieux frigo dans le chemin derriere l'ecole", "type-probleme", "select",
     hist=["cookie-non"])
case("mairie-8", P, "je veux me debarrasser de mon vieux canapé", "menu-encombrants", hist=["cookie-non"])
case("mairie-9", P, "inscrire ma fille en CP pour la rentree", "menu-inscription-scolaire", hist=["cookie-ok"])
case("mairie-10", P, "payer la facture de la cantine du mois dernier", "menu-portail-famille", hist=["cookie-non"])
case("mairie-11", P, "la dechetterie ouvre a quelle heure le samedi ?", "lien-decheterie", "scroll", hist=["cookie-ok"])
case("mairie-12", P, "un tas de gravats rue du moulin, j'ai pris une photo avec mon tel", "photo",
     hist=["cookie-non"], filled=["type-probleme", "adresse"])
case("mairie-13", P, "no cookies please", "cookie-non")
case("mairie-14", P, "une voiture est garée devant chez moi depuis 3 semaines, elle bouge plus, qui je previens ?",
     "lien-police-municipale", "scroll", hist=["cookie-ok"])
case("mairie-15", P, "un arbre est tombé en travers de la route, ca bloque tout et c'est dangereux, je fais quoi", None,
     hist=["cookie-non"])

# --------------------------------------------------------------------------------------------
P = "cheque_energie.html"
case("cheque-1", P, "c'est combien cette annee le cheque ?", None)
case("cheque-2", P, "jusqu'a quand je peux l'utiliser", None)
g = "je veux payer ma facture d'electricite EDF avec, mon numero client c'est 6001234567"
flow("cheque", 3, P, g, [("fournisseur", "select"), ("num-client", "type"), ("btn-utiliser", "click")])
case("cheque-6", P, "je voudrais que ca aille direct a mon fournisseur de gaz chaque annee sans que j'aie rien a faire",
     "lien-preaffecter")
case("cheque-7", P, "le chien a dechiqueté le cheque", "lien-perdu")
case("cheque-8", P, "je veux m'en servir pour changer ma vieille chaudiere", "lien-travaux")
case("cheque-9", P, "mon fournisseur me fait payer la mise en service alors que c'est gratuit pour moi, il veut une preuve",
     "btn-attestation")
case("cheque-10", P, "un type au tel veut me vendre une isolation avec mon cheque", "lien-demarchage", "scroll")
case("cheque-11", P, "le facteur m'a rien apporté, j'ai toujours rien dans ma boite", "lien-pas-recu")
case("cheque-12", P, "I want talk to someone about my energy cheque", "lien-assistance", "scroll")
case("cheque-13", P, "j'ai demenagé a lyon", "lien-adresse")

# --------------------------------------------------------------------------------------------
P = "maprimerenov_travaux.html"
case("mpr-1", P, "on fait isoler le grenier", ["modal-x", "modal-compris"])
case("mpr-2", P, "une boite m'appelle tous les jours, ils veulent mon mot de passe pour faire le dossier a ma place",
     "modal-signaler")
g = ("isolation du grenier par Isol'Sud, siret 81234567800021, devis du 3 mars de 6480 €, j'ai le pdf, "
     "on a pas commencé")
flow("mpr", 3, P, g, [("travaux-combles", "click"), ("siret", "type"), ("date-devis", "type"),
                      ("montant-devis", "type"), ("devis-fichier", "click"), ("commence-non", "click"),
                      ("btn-suivant", "click")], hist=["modal-compris"])
case("mpr-10", P, "je suis dans quelle tranche de revenus chez vous ?", None, hist=["modal-x"])
case("mpr-11", P, "comment je trouve un artisan agréé", "lien-rge", hist=["modal-x"])
case("mpr-12", P, "je veux qu'un conseiller m'aide gratos", "lien-france-renov", hist=["modal-compris"])
g = "on remplace la chaudiere fioul par une pac et on change les fenetres, c'est le meme devis"
case("mpr-13", P, g, ["travaux-pac", "travaux-fenetres"], hist=["modal-x"])
case("mpr-14", P, g, "travaux-fenetres", hist=["modal-x", "travaux-pac"])
case("mpr-15", P, "je continuerai demain", "btn-brouillon", hist=["modal-compris"])

# --------------------------------------------------------------------------------------------
P = "ter_abonnement.html"
case("ter-1", P, "abonnement au mois pour aller au taf", ["cookie-accepte", "cookie-refuse"])
g = "je suis etudiant, 20 ans, je veux le pass au mois a partir de septembre, c'est ma premiere carte"
flow("ter", 2, P, g, [("profil-jeune", "click"), ("formule-mensuel", "click"), ("mois-debut", "select"),
                      ("photo", "click"), ("btn-continuer", "click")], hist=["cookie-refuse"])
g = ("je bosse a metz, mon employeur rembourse la moitie, je le prends a l'annee des juin. j'ai deja la carte "
     "n° 250012345678 et il me faut un justificatif chaque mois pour mon patron")
flow("ter", 7, P, g, [("numero-carte", "type"), ("attestation-employeur", "click"), ("btn-continuer", "click")],
     hist=["cookie-accepte", "profil-salarie", "formule-annuel"], filled=["mois-debut"])
case("ter-10", P, "ca coute combien par mois pour un moins de 26 ?", None, hist=["cookie-refuse"])
case("ter-11", P, "j'ai demenagé, je vais a thionville maintenant, plus a metz", "lien-modifier-trajet",
     hist=["cookie-accepte"])
case("ter-12", P, "je veux arreter mon abonnement a l'annee", "lien-resilier", "scroll", hist=["cookie-refuse"])
case("ter-13", P, "no cookies thx", "cookie-refuse")
case("ter-14", P, "mon train est tout le temps en retard, je veux etre dedommagé", "lien-compensation", "scroll",
     hist=["cookie-accepte"])
case("ter-15", P, "je suis au chomage, ca me coute combien le mois ?", None, hist=["cookie-refuse"])


def main():
    out = os.path.join(HERE, "blind_h.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "cases": CASES}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases to %s" % (len(CASES), out))


if __name__ == "__main__":
    main()
