#!/usr/bin/env python3
"""Hand-written case definitions of the Albertine blind set I; writes blind_i.json.

History labels are read from the pages (accessible names computed by check_cases_i.py).
"""
import json
import os

from check_cases_i import label_of

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []


def case(cid, page, goal, hist=(), filled=(), gold=None, action="click"):
    if isinstance(gold, str):
        gold = [gold]
    CASES.append({
        "id": cid, "page": page, "goal": goal,
        "history": [{"element_id": h, "action": "click", "label": label_of(page, h)} for h in hist],
        "filled": list(filled), "gold": gold, "action": action, "split": "blind_i"})


def done(cid, page, goal, hist=(), filled=()):
    case(cid, page, goal, hist, filled, None, "done")


# ---------------------------------------------------------------- Urssaf Cesu
P = "urssaf_cesu_declaration.html"
FERMER, TARD = "dialogue-fermer", "dialogue-plus-tard"
G1 = "je dois declarer les heures de joaquim pour mai, il a fait 14h a 11,50 net de l'heure"
case("cesu-1", P, G1, gold=[FERMER, TARD])
case("cesu-2", P, G1, [TARD], gold="nb-heures", action="type")
case("cesu-3", P, G1, [TARD], ["nb-heures"], "salaire-horaire", "type")
case("cesu-4", P, G1, [TARD], ["nb-heures", "salaire-horaire"], "btn-continuer")
G2 = "declaration de mai pour le jardinier : 9 heures a 12 €, et je veux plus avancer la totalité, juste payer la moitié"
case("cesu-5", P, G2, gold="dialogue-activer")
case("cesu-6", P, G2, [FERMER], ["nb-heures", "salaire-horaire"], "avance-immediate")
case("cesu-7", P, G2, [FERMER, "avance-immediate"], ["nb-heures", "salaire-horaire"], "btn-continuer")
case("cesu-8", P, "10h a 11.5 pour joaquim, et je lui ai remboursé 23 euros d'essence ce mois ci",
     [TARD], ["nb-heures", "salaire-horaire"], "frais-km", "type")
case("cesu-9", P, "zut je me suis trompée de mois, c'est avril que je voulais declarer pas mai", [FERMER],
     gold="lien-modifier-etape1")
case("cesu-10", P, "il me faut la fiche de paie de mars de joaquim", [FERMER], gold="bulletin-mars")
case("cesu-11", P, "je veux refaire exactement la meme declaration que celle de la nounou en mars", [TARD],
     gold="dupliquer-garde")
done("cesu-12", P, "c'est quand qu'ils prennent les sous sur mon compte ?", [FERMER])
done("cesu-13", P, "je recupere combien sur mes impots en passant par le cesu", [TARD])
case("cesu-14", P, "le papier pour les impots qui dit combien j'ai payé a mes salariés sur l'année", [FERMER],
     gold="lien-attestation-fiscale")
case("cesu-15", P, "joaquim part a la retraite, je n'ai plus besoin de lui", [FERMER], gold="lien-fin-contrat")
case("cesu-16", P, "on m'a envoyé un message sur le site, je voudrais le lire", gold=[FERMER, TARD])

# ---------------------------------------------------------------- impots.gouv GMBI
P = "impots_biens_immobiliers.html"
case("gmbi-1", P, "ma maison de pornic je la loue a l'annee depuis janvier, faut le dire aux impots",
     gold="occupation-pornic")
case("gmbi-2", P, "mon locataire de cholet est parti en mars et j'ai quelqu'un d'autre dedans maintenant",
     gold="occupation-cholet")
case("gmbi-3", P, "je veux voir les caracteristiques de mon appart d'angers", gold="consulter-angers")
done("gmbi-4", P, "jusqu'a quand j'ai pour dire qui habite dans mes logements ?")
done("gmbi-5", P, "la maison au bord de la mer elle fait combien de m2 selon eux")
case("gmbi-6", P, "j'ai vendu l'appartement de cholet en fevrier", gold="lien-signaler-vente")
case("gmbi-7", P, "il manque mon studio de la rochelle dans la liste", gold="lien-bien-manquant")
case("gmbi-8", P, "on a construit une veranda a pornic cet hiver", gold="lien-travaux")
case("gmbi-9", P, "ils disent que l'appart d'angers fait 48m2 mais il en fait 55, je veux faire corriger",
     gold="lien-rectifier-caracteristiques", action="scroll")
case("gmbi-10", P, "tout en bas il y avait un lien pour joindre mon service des impots des particuliers",
     gold="lien-contact-sip", action="scroll")
done("gmbi-11", P, "c'est qui qui est declaré comme locataire a cholet ?")
case("gmbi-12", P, "je dois declarer les loyers que je touche", gold="btn-declarer-loyer")
case("gmbi-13", P, "je veux regler ma taxe fonciere", gold="onglet-payer")
done("gmbi-14", P, "si j'oublie de faire cette declaration je risque quoi")
case("gmbi-15", P, "ou est-ce que je vois mes logements sur un plan", gold="lien-tous-biens")
done("gmbi-16", P, "la cave de l'immeuble, faut que je la declare a part ?")

# ---------------------------------------------------------------- Mon soutien psy
P = "monsoutienpsy_annuaire.html"
REF, ACC = "cookies-refuser", "cookies-accepter"
case("psy-1", P, "je cherche un psy pas loin de chez moi a vichy", gold=[REF, ACC])
case("psy-2", P, "avant tout je veux choisir quels cookies j'accepte", gold="cookies-personnaliser")
case("psy-3", P, "je cherche un psy pas loin de chez moi a vichy", [REF], gold="lieu", action="type")
G = "un psy pour mon fils de 9 ans, on habite vichy"
case("psy-4", P, G, [ACC], ["lieu"], "public", "select")
case("psy-5", P, G, [ACC], ["lieu", "public"], "btn-rechercher")
G = "je prefere faire les seances en visio depuis chez moi, j'habite vers vichy"
case("psy-6", P, G, [REF], ["lieu"], "distance")
case("psy-7", P, G, [REF, "distance"], ["lieu"], "btn-rechercher")
case("psy-8", P, "I need a therapist who speaks English, I live in Vichy", [REF], ["lieu"], "langue", "select")
case("psy-9", P, "le numero de tel de madame marchal", [ACC], gold="coord-marchal")
case("psy-10", P, "prendre rdv avec le psy qui s'occupe des enfants", [REF], gold="rdv-benali")
done("psy-11", P, "est ce qu'il faut une ordonnance du medecin pour y aller", [REF])
done("psy-12", P, "combien de seances sont remboursées par an ?", [ACC])
case("psy-13", P, "il y en a d'autres ? montre la suite de la liste", [REF], gold=["page-suivante", "page-2"])
case("psy-14", P, "j'ai deja fait mes 12 seances, ou je peux continuer sans payer", [REF], gold="lien-cmp",
     action="scroll")
case("psy-15", P, "la psy m'a fait payer 70 euros la seance au lieu de 50, je veux me plaindre", [ACC],
     gold="lien-reclamation", action="scroll")
done("psy-16", P, "elodie marchal a une dispo quand ?", [ACC])

# ---------------------------------------------------------------- Mon Compte Formation
P = "moncompteformation.html"
done("mcf-1", P, "j'ai combien sur mon cpf")
case("mcf-2", P, "je veux passer le permis b avec mon cpf", gold="lien-permis")
case("mcf-3", P, "je cherche une formation de soudeur", gold="quoi", action="type")
case("mcf-4", P, "je cherche une formation de soudeur", filled=["quoi"], gold="btn-chercher")
G = "une formation en compta que je peux suivre a distance depuis chez moi"
case("mcf-5", P, G, filled=["quoi"], gold="ou", action="type")
case("mcf-6", P, G, filled=["quoi", "ou"], gold="btn-chercher")
case("mcf-7", P, "le centre d'anglais m'a fait une proposition, c'est bon pour moi", gold="accepter-anglais")
case("mcf-8", P, "je pourrai pas aller au caces en juin finalement, faut annuler", gold="annuler-caces")
done("mcf-9", P, "combien je vais devoir payer de ma poche pour l'anglais ?")
case("mcf-10", P, "je voudrais noter la formation excel que j'ai faite en janvier", gold="avis-excel")
done("mcf-11", P, "g recu un sms qui dit que mes droits cpf vont expirer si j'appelle pas, c'est vrai ?")
case("mcf-12", P, "je suis benevole aux restos du coeur, ca peut me donner des droits ?", gold="lien-cec")
case("mcf-13", P, "je veux changer l'adresse mail de mon compte", gold="btn-profil")
case("mcf-14", P, "j'aimerais qu'un conseiller m'aide pour ma reconversion", gold="lien-cep")
case("mcf-15", P, "faire reconnaitre mes 10 ans d'experience d'aide soignante pour avoir le diplome",
     gold="lien-vae")
case("mcf-16", P, "ou en est mon dossier pour le caces", gold="suivre-caces")

# ---------------------------------------------------------------- listes électorales
P = "listes_electorales.html"
G = "je viens d'emmenager a besançon, je veux pouvoir voter ici"
case("elec-1", P, G, gold="commune", action="type")
case("elec-2", P, G, filled=["commune"], gold="motif-domicile")
case("elec-3", P, G, ["motif-domicile"], ["commune"], "justif-attache")
case("elec-4", P, G, ["motif-domicile", "justif-attache"], ["commune"], "btn-suivant")
G = "je suis hebergée chez ma tante a lorient, j'ai son attestation et sa carte d'identité, je veux voter la-bas"
case("elec-5", P, G, ["motif-domicile", "justif-attache"], ["commune"], "justif-hebergeant")
case("elec-6", P, G, ["motif-domicile", "justif-attache", "justif-hebergeant"], ["commune"], "btn-suivant")
case("elec-7", P, "j'habite paris mais je paye la taxe fonciere de ma maison de quimper depuis 5 ans, je voudrais voter a quimper",
     filled=["commune"], gold="motif-contribuable")
case("elec-8", P, "jai 20 ans, je suis etudiant a lille mais je veux voter a arras chez mes parents",
     filled=["commune"], gold="motif-parent")
done("elec-9", P, "c quand le dernier delai pour s'inscrire pour les municipales")
case("elec-10", P, "est ce que je suis deja inscrit quelque part ? je sais plus", gold="lien-verifier-situation")
case("elec-11", P, "j'ai mis la carte d'identité de ma femme au lieu de la mienne", gold="suppr-identite")
case("elec-12", P, "je serai pas la le jour du vote, mon frere peut voter a ma place ?", gold="lien-procuration")
case("elec-13", P, "je finirai plus tard, faut que je retrouve une facture edf", gold="btn-quitter")
case("elec-14", P, "quels papiers ils acceptent comme preuve d'adresse ?", gold="aide-justif")
done("elec-15", P, "la mairie met combien de temps pour me repondre")
case("elec-16", P, "je me suis trompé dans mon nom a l'etape d'avant", gold="btn-etape-precedente")

# ---------------------------------------------------------------- HistoVec
P = "histovec.html"
G = "je vends ma clio, l'acheteur veut le rapport histovec. je m'appelle Perrine Gaudin, immat EK-442-RZ"
case("hv-1", P, G, gold="nom", action="type")
case("hv-2", P, G, filled=["nom"], gold="prenom", action="type")
case("hv-3", P, G, filled=["nom", "prenom"], gold="immat", action="type")
case("hv-4", P, G, filled=["nom", "prenom", "immat"], gold="formule", action="type")
case("hv-5", P, G, filled=["nom", "prenom", "immat", "formule"], gold="btn-rapport-vendeur")
case("hv-6", P, "c'est la camionnette de ma SARL que je vends, il me faut l'historique", gold="type-titulaire",
     action="select")
G = "le vendeur de la 308 m'a envoyé un code pour voir l'historique de la voiture : 8XK2-PQ4M"
case("hv-7", P, G, gold="code-partage", action="type")
case("hv-8", P, G, filled=["code-partage"], gold="btn-rapport-acheteur")
case("hv-9", P, "c ou le numero de formule sur la carte grise ??", filled=["nom", "prenom", "immat"],
     gold="aide-formule")
done("hv-10", P, "il coute combien le rapport")
done("hv-11", P, "le code que je donne a l'acheteur marche combien de temps ?")
case("hv-12", P, "le kilometrage marqué dans le rapport est faux", gold="lien-signaler-erreur", action="scroll")
done("hv-13", P, "le vendeur veut pas me donner son code, c'est normal ?")
case("hv-14", P, "je voudrais écrire aux gens qui s'occupent d'histovec", gold="lien-contact", action="scroll")
done("hv-15", P, "le certificat de non gage doit avoir moins de combien de jours quand je vends ?")
done("hv-16", P, "ma voiture est immatriculée 4512 TV 38 depuis 2004, j'aurai tout l'historique ?")

# ---------------------------------------------------------------- CNIL
P = "cnil_plainte.html"
G = "un site de vente refuse de me donner les infos qu'ils ont sur moi alors que je leur ai ecrit le 12 janvier"
case("cnil-1", P, G, gold="theme-acces")
case("cnil-2", P, G, ["theme-acces"], gold="prealable-oui")
case("cnil-3", P, G, ["theme-acces", "prealable-oui"], gold="date-demande", action="type")
case("cnil-4", P, G, ["theme-acces", "prealable-oui"], ["date-demande"], "btn-suivant")
G = "je recois des mails de pub de la meme marque alors que je me suis desinscrite 3 fois, ils s'en fichent"
case("cnil-5", P, G, gold="theme-prospection")
case("cnil-6", P, G, ["theme-prospection"], gold="prealable-oui")
case("cnil-7", P, "mon voisin a installé une camera qui filme mon jardin", gold="theme-video")
case("cnil-8", P, "on m'appelle tout le temps pour me vendre des fenetres", gold="lien-bloctel")
G = "un article sur moi de 2015 sort toujours sur google, je veux qu'il disparaisse. j'ai encore rien demandé au journal"
case("cnil-9", P, G, ["theme-internet"], gold="prealable-non")
case("cnil-10", P, G, ["theme-internet", "prealable-non"], gold=["lien-modeles-courrier", "nav-modeles"])
done("cnil-11", P, "l'entreprise a combien de temps pour me repondre normalement ?")
done("cnil-12", P, "est ce que la cnil peut me faire avoir des dommages et interets ?")
case("cnil-13", P, "j'ai deja porté plainte le mois dernier, je veux rajouter des documents",
     gold="lien-deja-plainte")
case("cnil-14", P, "my boss tracks my company car with GPS all the time, even on weekends", gold="theme-travail")
case("cnil-15", P, "je prefere envoyer ma plainte par la poste", gold="lien-courrier-postal")

# ---------------------------------------------------------------- Défenseur des droits
P = "defenseur_saisine.html"
G = ("la caf me reclame 3000 euros de trop percu depuis mars 2025 et repond pas a mes 2 lettres, "
     "je veux que le defenseur des droits s'en mele")
case("ddd-1", P, G, gold="domaine", action="select")
case("ddd-2", P, G, filled=["domaine"], gold="organisme", action="type")
case("ddd-3", P, G, filled=["domaine", "organisme"], gold="date-faits", action="type")
case("ddd-4", P, G, filled=["domaine", "organisme", "date-faits"], gold="description", action="type")
case("ddd-5", P, G, filled=["domaine", "organisme", "date-faits", "description"], gold="recours-oui")
case("ddd-6", P, G, ["recours-oui"], ["domaine", "organisme", "date-faits", "description"], "btn-suivant")
case("ddd-7", P, "l'agence immo Dubreuil m'a refusé l'appart a cause de mes origines, j'ai fait aucune demarche avant",
     filled=["domaine", "organisme", "description"], gold="recours-non")
case("ddd-8", P, "je prefere voir quelqu'un en vrai plutot que tout ecrire", gold=["rdv-delegue", "lien-delegue"])
done("ddd-9", P, "ca coute combien de saisir le defenseur des droits ?")
case("ddd-10", P, "je prefere les appeler", gold="lien-tel")
case("ddd-11", P, "j'ai fait une faute dans mon adresse mail au debut", gold="step-1")
case("ddd-12", P, "laisse tomber je veux plus faire de reclamation", gold="btn-abandonner")
done("ddd-13", P, "est ce que ce que j'ai tapé est sauvegardé si je ferme ?")
done("ddd-14", P, "si j'envoie par la poste il faut mettre un timbre ?")
case("ddd-15", P, "un policier m'a insulté pendant un controle, je veux le signaler", gold="domaine",
     action="select")

# ---------------------------------------------------------------- Portail famille
P = "portail_famille.html"
OK, NON = "cookies-ok", "cookies-non"
G = "sacha mangera pas a la cantine jeudi, il a une sortie scolaire"
case("fam-1", P, G, gold=[OK, NON])
case("fam-2", P, G, [NON], gold="sacha-jeu")
case("fam-3", P, G, [NON, "sacha-jeu"], gold="btn-valider-resa")
G = "léna mangera a la cantine le vendredi aussi cette semaine"
case("fam-4", P, G, [OK], gold="lena-ven")
case("fam-5", P, G, [OK, "lena-ven"], gold="btn-valider-resa")
G = "lundi les 2 enfants seront chez leur grand mere le midi, pas de cantine"
case("fam-6", P, G, [OK], gold=["lena-lun", "sacha-lun"])
case("fam-7", P, G, [OK, "lena-lun"], gold="sacha-lun")
case("fam-8", P, G, [OK, "lena-lun", "sacha-lun"], gold="btn-valider-resa")
case("fam-9", P, "je veux payer la facture de mai", [NON], gold="payer-mai")
case("fam-10", P, "il me faut la facture d'avril en pdf pour mon ce", [OK], gold="pdf-avril")
done("fam-11", P, "jusqu'a quand je peux annuler un repas ?", [NON])
done("fam-12", P, "ca coute combien un repas si j'ai oublié de reserver", [OK])
case("fam-13", P, "lena est allergique aux arachides, il faut le signaler a la cantine", [OK], gold="lien-pai")
case("fam-14", P, "le papier des frais de garde pour ma declaration d'impots", [NON], gold="lien-attestation")
case("fam-15", P, "nos revenus ont baissé depuis que je suis au chomage, le tarif devrait baisser", [NON],
     gold="lien-qf")
case("fam-16", P, "c'est quoi le menu a la cantine cette semaine", [OK], gold="lien-menus")
case("fam-17", P, "inscrire sacha au centre de loisirs en juillet", [OK], gold="inscr-sacha")

# ---------------------------------------------------------------- Caf naissance
P = "caf_naissance.html"
G = "mon bebe Tiago est né le 3 mai, je dois le declarer a la caf. j'ai le livret de famille scanné"
case("naiss-1", P, G, gold="ev-naissance")
case("naiss-2", P, G, ["ev-naissance"], gold="date-evenement", action="type")
case("naiss-3", P, G, ["ev-naissance"], ["date-evenement"], "prenom-enfant", "type")
case("naiss-4", P, G, ["ev-naissance"], ["date-evenement", "prenom-enfant"], "sexe-m")
case("naiss-5", P, G, ["ev-naissance", "sexe-m"], ["date-evenement", "prenom-enfant"], "acte-naissance")
case("naiss-6", P, G, ["ev-naissance", "sexe-m", "acte-naissance"], ["date-evenement", "prenom-enfant"],
     "btn-suivant")
G = "je suis enceinte, terme prevu le 20 novembre, je veux la prime de naissance"
case("naiss-7", P, G, gold="ev-grossesse")
case("naiss-8", P, G, ["ev-grossesse"], gold="date-evenement", action="type")
case("naiss-9", P, G, ["ev-grossesse"], ["date-evenement"], "btn-suivant")
case("naiss-10", P, "on a eu des jumelles le 2 juin !! on a pas encore choisi les prenoms pour l'appli",
     ["ev-naissance", "sexe-f"], ["date-evenement"], "naissance-multiple")
done("naiss-11", P, "c combien la prime a la naissance")
done("naiss-12", P, "quand est-ce qu'elle arrive sur mon compte cette prime")
case("naiss-13", P, "je veux savoir a combien j'ai droit pour la paje avant de remplir", gold="lien-simulateur-paje")
case("naiss-14", P, "je vais m'arreter de travailler pour garder le bebe, il y a une aide ?",
     gold="lien-conge-parental")
case("naiss-15", P, "pas le temps la, je continuerai ce soir", gold="btn-plus-tard")
done("naiss-16", P, "je dois envoyer l'attestation de grossesse du gyneco ou pas ?")
case("naiss-17", P, "o meu filho nasceu ontem, como é que declaro o nascimento?", gold="ev-naissance")

# ---------------------------------------------------------------- stationnement résidentiel
P = "stationnement_residentiel.html"
CONT, ACCF = "cookies-continuer", "cookies-accepter"
G = "je veux la carte résident pour ma voiture GH-512-TK, elle est a mon nom"
case("stat-1", P, G, gold=[CONT, ACCF])
case("stat-2", P, G, [CONT], gold="immatriculation", action="type")
case("stat-3", P, G, [CONT], ["immatriculation"], "det-proprio")
case("stat-4", P, G, [CONT, "det-proprio"], ["immatriculation"], "piece-cg")
case("stat-5", P, G, [CONT, "det-proprio", "piece-cg"], ["immatriculation"], "piece-domicile")
case("stat-6", P, G, [CONT, "det-proprio", "piece-cg", "piece-domicile"], ["immatriculation"], "cgu")
case("stat-7", P, G, [CONT, "det-proprio", "piece-cg", "piece-domicile", "cgu"], ["immatriculation"], "btn-payer")
G = "ma voiture est en LOA (FB-330-QA), je veux le tarif residant mais seulement pour 6 mois"
case("stat-8", P, G, [ACCF], ["immatriculation"], "det-location")
case("stat-9", P, G, [ACCF, "det-location", "piece-cg", "piece-domicile"], ["immatriculation"], "piece-contrat")
case("stat-10", P, G, [ACCF, "det-location", "piece-cg", "piece-domicile", "piece-contrat"], ["immatriculation"],
     "duree", "select")
done("stat-11", P, "ca coute combien la journée avec le tarif residant ?", [ACCF])
case("stat-12", P, "j'ai eu une amende de stationnement que je trouve injuste", [CONT], gold="lien-fps",
     action="scroll")
case("stat-13", P, "je suis infirmiere a domicile, il me faut une carte pour me garer chez mes patients", [CONT],
     gold="lien-pro-sante", action="scroll")
case("stat-14", P, "je veux regler les cookies moi meme", gold="cookies-choisir")
case("stat-15", P, "l'adresse affichée c'est plus la bonne, j'habite rue pasteur maintenant", [ACCF],
     gold="lien-modifier-adresse")
done("stat-16", P, "je suis dans quel secteur moi ?", [ACCF])
case("stat-17", P, "j'ai la carte mobilité inclusion pour mon mari, on se gare comment ?", [CONT], gold="lien-pmr",
     action="scroll")

# ---------------------------------------------------------------- déchetterie
P = "decheterie_connexion.html"
case("dech-1", P, "je veux un badge pour aller a la dechetterie, j'ai pas de compte", gold="btn-creer-compte")
done("dech-2", P, "la decheterie des aubiers est ouverte le jeudi aprem ?")
case("dech-3", P, "j'ai perdu ma carte de la decheterie", gold="lien-badge-perdu")
G = "me connecter a mon compte, mon mail c'est claire.b@exemple.fr"
case("dech-4", P, G, gold="email", action="type")
case("dech-5", P, G, filled=["email"], gold="mdp", action="type")
case("dech-6", P, G, filled=["email", "mdp"], gold="btn-connexion")
case("dech-7", P, "j'ai oublié mon mot de passe", gold="lien-mdp-oublie")
G = "quand passe le camion poubelle a saint-joire"
case("dech-8", P, G, gold="commune-collecte", action="type")
case("dech-9", P, G, filled=["commune-collecte"], gold="btn-collecte")
case("dech-10", P, "je suis paysagiste, je peux deposer les dechets verts de mes chantiers ?", gold="lien-pros")
done("dech-11", P, "combien de fois par an je peux y aller sans payer")
case("dech-12", P, "je veux me debarrasser d'un vieux canapé sans me deplacer", gold="lien-encombrants")
case("dech-13", P, "les pots de yaourt ca va dans quelle poubelle ?", gold="lien-consignes")
case("dech-14", P, "je veux voir ce que je tape comme mot de passe", filled=["email"], gold="btn-voir-mdp")
done("dech-15", P, "val fleuri c'est ouvert quels jours")

# ---------------------------------------------------------------- Service-Public changement de coordonnées
P = "sp_changement_coordonnees.html"
G = "je veux declarer que j'ai déménagé a toulouse a la caf et a la secu. num allocataire 2234871, secu 2 91 05 31 555 012 44"
case("dem-1", P, G, gold="org-caf")
case("dem-2", P, G, ["org-caf"], gold="num-caf", action="type")
case("dem-3", P, G, ["org-caf"], ["num-caf"], "org-cpam")
case("dem-4", P, G, ["org-caf", "org-cpam"], ["num-caf"], "num-secu", "type")
case("dem-5", P, G, ["org-caf", "org-cpam"], ["num-caf", "num-secu"], "btn-suivant")
case("dem-6", P, "previens tous les organismes de ma nouvelle adresse d'un coup", gold="btn-tout-cocher")
G = "je veux que les impots aient ma nouvelle adresse, mon numero fiscal c'est 1234567890123"
case("dem-7", P, G, gold="org-impots")
case("dem-8", P, G, ["org-impots"], gold="num-fiscal", action="type")
case("dem-9", P, "j'ai coché france travail par erreur, je suis plus inscrit chez eux", ["org-ft"], gold="org-ft")
done("dem-10", P, "et ma carte grise elle sera changée aussi avec ça ?")
case("dem-11", P, "faut aussi changer l'adresse sur la carte grise de la voiture", gold="lien-carte-grise")
case("dem-12", P, "je me suis trompé de numero de rue dans la nouvelle adresse", gold="step-nouvelle")
case("dem-13", P, "je veux que mes lettres arrivent a la nouvelle adresse", gold="lien-suivi-courrier")
done("dem-14", P, "ca met combien de temps a etre pris en compte ?")
case("dem-15", P, "je veux pouvoir voter dans ma nouvelle ville", gold="lien-listes-electorales")
case("dem-16", P, "edf doit avoir ma nouvelle adresse aussi", ["org-caf"], ["num-caf"], "org-energie")

# ---------------------------------------------------------------- PHAROS
P = "pharos_signalement.html"
G = ("un compte insta publie des menaces de mort contre le maire de ma ville, je veux le signaler sans donner "
     "mon nom. le lien : instagram.example/p/Xy12")
case("pha-1", P, G, gold="type-contenu", action="select")
case("pha-2", P, G, filled=["type-contenu"], gold="sup-reseau")
case("pha-3", P, G, ["sup-reseau"], ["type-contenu"], "adresse-contenu", "type")
case("pha-4", P, G, ["sup-reseau"], ["type-contenu", "adresse-contenu"], "description", "type")
case("pha-5", P, G, ["sup-reseau"], ["type-contenu", "adresse-contenu", "description"], "anonyme")
case("pha-6", P, G, ["sup-reseau", "anonyme"], ["type-contenu", "adresse-contenu", "description"], "btn-envoyer")
case("pha-7", P, "my daughter is being bullied online by her classmates", gold="lien-3018")
case("pha-8", P, "on a utilisé ma carte bleue sur internet sans que je le sache", gold="lien-perceval")
case("pha-9", P, "je me suis fait arnaquer sur un site de petites annonces, je veux porter plainte",
     gold="lien-thesee")
case("pha-10", P, "un gars dit qu'il va se tuer en direct sur un live en ce moment meme", gold="lien-appel-17")
done("pha-11", P, "est ce que je vais avoir une reponse apres mon signalement ?")
case("pha-12", P, "un vendeur en ligne m'a jamais livré ma commande", gold="lien-signalconso")
case("pha-13", P, "mon compte facebook s'est fait pirater", gold="lien-cybermalveillance")
done("pha-14", P, "si je signale ici ca compte comme une plainte ?")
case("pha-15", P, "j'ai une capture d'ecran de la video, je veux l'ajouter", ["sup-site"],
     ["type-contenu", "adresse-contenu", "description"], "capture")

# ---------------------------------------------------------------- Le Compte Asso
P = "compte_asso_connexion.html"
case("asso-1", P, "je veux demander une subvention pour mon club de foot, jamais utilisé ce site",
     gold="btn-creer-compte")
G = "me connecter avec asso.tennis.vire@exemple.org"
case("asso-2", P, G, gold="email", action="type")
case("asso-3", P, G, filled=["email"], gold="mdp", action="type")
case("asso-4", P, G, filled=["email", "mdp"], gold="btn-connexion")
done("asso-5", P, "date limite pour le fdva cette annee ?")
case("asso-6", P, "je trouve pas le numero rna de l'asso", gold="lien-rna")
case("asso-7", P, "mot de passe perdu", gold="lien-mdp-oublie")
case("asso-8", P, "on a deposé un dossier de subvention en janvier, je veux voir ou il en est",
     gold="lien-suivi-dossier")
case("asso-9", P, "il y a un mode d'emploi du site quelque part ?", gold="lien-guide")
case("asso-10", P, "quelles aides existent pour une asso de theatre", gold="nav-subventions")
done("asso-11", P, "je suis tresorier de 2 associations, il me faut 2 comptes ?")
case("asso-12", P, "ferme le truc des cookies en bas de l'ecran", gold="bandeau-ok")
case("asso-13", P, "je veux verifier le mot de passe que j'ai tapé", filled=["email", "mdp"], gold="btn-afficher")
done("asso-14", P, "c'est quoi le numero qu'il faut avoir pour demander une subvention ?")
done("asso-15", P, "mon club de judo veut s'inscrire au pass sport, c'est jusqu'a quand ?")

# ---------------------------------------------------------------- Choisir le service public
P = "choisir_service_public.html"
case("csp-1", P, "je cherche un poste de secretaire a l'hopital de dijon", gold="voir-1")
case("csp-2", P, "montre moi l'annonce de la mairie", gold="voir-3")
case("csp-3", P, "je voudrais garder l'offre de la prefecture pour la relire plus tard", gold="fav-2")
G = "je cherche plutot du travail du cote de beaune"
case("csp-4", P, G, gold="lieu", action="type")
case("csp-5", P, G, filled=["lieu"], gold="btn-rechercher")
G = "seulement les postes ou on peut teletravailler"
case("csp-6", P, G, gold="teletravail")
case("csp-7", P, G, ["teletravail"], gold="btn-appliquer")
G = "uniquement la territoriale svp"
case("csp-8", P, G, gold="versant", action="select")
case("csp-9", P, G, filled=["versant"], gold="btn-appliquer")
case("csp-10", P, "je veux recevoir un mail quand il y a une nouvelle offre de secretaire",
     gold="btn-alerte")
done("csp-11", P, "c'est payé combien secretaire de mairie a fleurey ?")
case("csp-12", P, "mets en premier les offres qui se terminent bientot", gold="tri", action="select")
done("csp-13", P, "jusqu'a quand je peux postuler au chu ?")
case("csp-14", P, "je veux voir les autres offres, page d'apres", gold=["page-suiv", "page-2"])
case("csp-15", P, "je voudrais faire une alternance dans les ressources humaines", gold="voir-5")
case("csp-16", P, "je veux passer un concours, c'est quand les dates", gold="lien-concours")

# ---------------------------------------------------------------- logement social
P = "logement_social.html"
DF, DT = "dlg-fermer", "dlg-plus-tard"
case("hlm-1", P, "je veux renouveler ma demande de hlm", gold="dlg-renouveler")
G = "je dois rajouter mon avis d'impot qui manque"
case("hlm-2", P, G, gold=[DF, DT])
case("hlm-3", P, G, [DF], gold="ajout-avis")
case("hlm-4", P, "j'ai trouvé un appart dans le privé, je veux plus de logement social", [DT], gold="btn-radier")
case("hlm-5", P, "je veux ajouter chantepie dans les villes que je demande", [DF], gold="lien-modifier-souhaits")
done("hlm-6", P, "ma demande est valable jusqu'a quand ?", [DF])
done("hlm-7", P, "ca fait combien de temps que j'attends", [DT])
case("hlm-8", P, "renouveler ma demande", [DF], gold="btn-renouveler")
case("hlm-9", P, "j'ai une nouvelle carte d'identite, je veux mettre la nouvelle", [DF], gold="remplacer-identite")
case("hlm-10", P, "j'ai mes 3 nouvelles fiches de paie a mettre", [DF], gold="remplacer-bulletins")
case("hlm-11", P, "ca fait 2 ans que j'attends, je veux faire un recours", [DF], gold="lien-dalo")
case("hlm-12", P, "il me faut le papier qui prouve que j'ai fait une demande", [DT], gold="lien-attestation")
done("hlm-13", P, "pourquoi j'ai pas eu le logement en fevrier ?", [DF])
case("hlm-14", P, "on a eu un deuxieme enfant, faut changer la composition du foyer", [DF],
     gold="btn-modifier-demande")
case("hlm-15", P, "je veux lire mes messages", gold=[DF, DT])
done("hlm-16", P, "je peux encore ajouter combien de communes ?", [DF])

ABOUT = (
    "Independent held-out evaluation set I for Albertine (next-step guidance on French public-service websites). "
    "17 synthetic static pages modelled on Urssaf Cesu (déclarer une rémunération), impots.gouv (gérer mes biens "
    "immobiliers), Mon soutien psy (annuaire des psychologues), Mon Compte Formation (espace personnel), "
    "Service-Public.fr (inscription sur les listes électorales, étape commune et justificatifs; déclarer un "
    "changement de coordonnées, étape organismes), HistoVec, CNIL (adresser une plainte, étape 1), Défenseur des "
    "droits (saisine en ligne, étape réclamation), a town's family portal (cantine and invoices), Caf (déclarer une "
    "grossesse ou une naissance, étape enfant), a town's resident parking permit request, an intercommunal waste "
    "service login (badge de déchetterie), PHAROS (signaler un contenu illicite), Le Compte Asso (connexion), "
    "Choisir le service public (offres d'emploi) and the demande de logement social dashboard. Each page file is "
    "the state before any step; history = steps already done on that page (all clicks: a closed dialog/banner is "
    "gone, a clicked radio/checkbox is toggled, a clicked file input has received its file); filled = fields "
    "already filled by the user (value= fields and pre-selected options also count as filled unless the goal "
    "contradicts them); gold = acceptable element ids (null when action is 'done'). action 'scroll': the target "
    "(gold) is far below the first screen and must be scrolled to. File inputs, radios and checkboxes use action "
    "'click'. Written for the communs project, MIT licence.")


def main():
    with open(os.path.join(HERE, "blind_i.json"), "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "cases": CASES}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
