#!/usr/bin/env python3
"""Hand-written case definitions of the Albertine blind set G; writes blind_g.json.

Usage: python3 build_cases_g.py   (standard library only)

Each case: (id, page, goal, history ids (all clicks, in order), filled ids, gold ids or None, action).
History labels are read from the pages (accessible names computed by check_cases_g.py).
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_cases_g as chk  # noqa: E402

ABOUT = (
    "Independent held-out evaluation set G for Albertine (next-step guidance on French public-service websites). "
    "12 synthetic static pages modelled on impots.gouv (gérer mon prélèvement à la source : taux et acomptes), "
    "France Travail (actualisation mensuelle), ameli (carte Vitale perdue, attestations), Caf (déclarer une séparation), "
    "ameli (demande de Complémentaire santé solidaire, étape foyer), info-retraite (demande de retraite en ligne, étape départ), "
    "ANEF (renouvellement de titre de séjour, pièces justificatives), Crous (trouver un logement, résultats), "
    "pré-plainte en ligne (étape des faits), Service-Public.fr (demande d'acte de naissance, étape 2), "
    "ÉduConnect (connexion avant la demande de bourse de lycée) and Mon espace santé (accueil). "
    "Each page file is the state before any step; history = steps already done on that page (all clicks: a closed "
    "dialog/banner is gone, a clicked radio/checkbox is checked); filled = fields already filled by the user (value= fields "
    "and pre-selected options also count as filled unless the goal contradicts them); gold = acceptable element ids "
    "(null when action is 'done'). action 'scroll': the target (gold) is far below the first screen and must be scrolled to. "
    "File inputs, radios and checkboxes use action 'click'. Written for the communs project, MIT licence."
)

P_PAS = "impots_pas.html"
P_ACTU = "francetravail_actualisation.html"
P_VIT = "ameli_carte_vitale.html"
P_SEP = "caf_changement_situation.html"
P_C2S = "c2s_demande.html"
P_RET = "inforetraite_demande.html"
P_ANEF = "anef_titre_sejour.html"
P_CROUS = "crous_logement.html"
P_PLT = "preplainte.html"
P_ACTE = "etatcivil_acte.html"
P_EDU = "educonnect_connexion.html"
P_MES = "monespacesante.html"

CASES = []


def case(cid, page, goal, history, filled, gold, action):
    CASES.append((cid, page, goal, history, filled, gold, action))


# ---------------------------------------------------------------- impots.gouv, prélèvement à la source
case("pas-1", P_PAS, "je suis passée à 80% depuis janvier donc je gagne moins, je voudrais qu'on me retienne moins sur ma paie",
     [], [], ["menu-actualiser", "btn-actualiser"], "click")
case("pas-2", P_PAS, "c koi mon taux en ce moment ?", [], [], None, "done")
case("pas-3", P_PAS, "ma femme gagne bien plus que moi, je veux plus payer le meme pourcentage qu'elle sur mon salaire",
     [], [], ["taux-indiv"], "click")
case("pas-4", P_PAS, "ma femme gagne bien plus que moi, je veux plus payer le meme pourcentage qu'elle sur mon salaire",
     ["taux-indiv"], [], ["btn-enregistrer-taux"], "click")
case("pas-5", P_PAS, "on a eu une petite fille le 2 mai, ça doit faire baisser nos impôts non ? je veux le signaler",
     [], [], ["menu-naissance"], "click")
case("pas-6", P_PAS, "avec ma femme on se sépare, je suis parti de la maison en avril, faut prevenir les impots ?", [], [], ["menu-famille"], "click")
case("pas-7", P_PAS, "ils vont me prendre combien en tout sur mon compte le 15 juin ?", [], [], None, "done")
case("pas-8", P_PAS, "on a vendu l'appart qu'on louait, on touche plus de loyer, je veux changer ce qu'on paye chaque mois la-dessus",
     [], [], ["acompte-foncier-modifier"], "click")
case("pas-9", P_PAS, "je suis un peu juste ce mois-ci, est-ce que je peux décaler le paiement pour les loyers de l'appartement ?",
     [], [], ["acompte-foncier-reporter"], "click")
case("pas-10", P_PAS, "je prefererais payer les acomptes une fois par trimestre plutot que tous les mois",
     [], [], ["periodicite"], "select")
case("pas-11", P_PAS, "je prefererais payer les acomptes une fois par trimestre plutot que tous les mois",
     [], ["periodicite"], ["btn-periodicite"], "click")
case("pas-12", P_PAS, "j'ai changé de banque, faut que les prélèvements partent de mon nouveau compte",
     [], [], ["menu-banque"], "click")
case("pas-13", P_PAS, "c'est Sonia, si on prend chacun notre taux je serais à combien moi ?", [], [], None, "done")
case("pas-14", P_PAS, "je voudrais poser une question par écrit à mon centre des impots",
     [], [], ["btn-ecrire", "nav-messagerie"], "click")
case("pas-15", P_PAS, "je veux pas que mon patron voie mon vrai taux d'imposition sur ma fiche de paie",
     [], [], ["taux-neutre"], "click")

# ---------------------------------------------------------------- France Travail, actualisation
G_ACTU_A = ("faut que je m'actualise, j'ai pas du tout bossé en mai, pas été malade, pas de formation, pas de retraite, "
            "et je cherche toujours du taf")
case("actu-1", P_ACTU, G_ACTU_A, [], [], ["recherche-oui"], "click")
case("actu-2", P_ACTU, G_ACTU_A, ["recherche-oui"], [], ["travail-non"], "click")
case("actu-3", P_ACTU, G_ACTU_A, ["recherche-oui", "travail-non"], [], ["arret-non"], "click")
case("actu-4", P_ACTU, G_ACTU_A, ["recherche-oui", "travail-non", "arret-non"], [], ["formation-non"], "click")
case("actu-5", P_ACTU, G_ACTU_A, ["recherche-oui", "travail-non", "arret-non", "formation-non"], [], ["pension-non"], "click")
case("actu-6", P_ACTU, G_ACTU_A, ["recherche-oui", "travail-non", "arret-non", "formation-non", "pension-non"], [],
     ["btn-continuer"], "click")
G_ACTU_B = ("actualisation : j'ai fait des missions d'interim en mai, 42 heures en tout pour 498 euros brut, "
            "a part ca rien de special et je cherche toujours")
case("actu-7", P_ACTU, G_ACTU_B, ["recherche-oui"], [], ["travail-oui"], "click")
case("actu-8", P_ACTU, G_ACTU_B, ["recherche-oui", "travail-oui"], [], ["heures"], "type")
case("actu-9", P_ACTU, G_ACTU_B, ["recherche-oui", "travail-oui"], ["heures"], ["salaire"], "type")
case("actu-10", P_ACTU, G_ACTU_B, ["recherche-oui", "travail-oui"], ["heures", "salaire"], ["arret-non"], "click")
case("actu-11", P_ACTU, "c'est quoi la date limite pour m'actualiser ce mois ci ?", [], [], None, "done")
case("actu-12", P_ACTU, "j'ai décroché un CDI qui commence le 1er juillet, je dois le dire où ?", [], [], ["lien-reprise"], "click")
case("actu-13", P_ACTU, "ils veulent mes fiches de paye de l'interim, je les envoie comment ?", [], [], ["lien-bulletins"], "click")
case("actu-14", P_ACTU, "j'ai été malade une semaine en mai, sinon j'ai pas travaillé et je cherche encore",
     ["recherche-oui", "travail-non"], [], ["arret-oui"], "click")
case("actu-15", P_ACTU, "je vais toucher combien à peu près ce mois ci ?", [], [], None, "done")

# ---------------------------------------------------------------- ameli, carte Vitale
G_VIT_A = "j'ai paumé ma carte vitale le 7 juin au marché, faut m'en refaire une"
case("vitale-1", P_VIT, G_VIT_A, [], [], ["dlg-plus-tard", "dlg-fermer"], "click")
case("vitale-2", P_VIT, G_VIT_A, ["dlg-plus-tard"], [], ["motif-perte"], "click")
case("vitale-3", P_VIT, G_VIT_A, ["dlg-plus-tard", "motif-perte"], [], ["date-evenement"], "type")
case("vitale-4", P_VIT, G_VIT_A, ["dlg-plus-tard", "motif-perte"], ["date-evenement"], ["honneur"], "click")
case("vitale-5", P_VIT, G_VIT_A, ["dlg-plus-tard", "motif-perte", "honneur"], ["date-evenement"], ["btn-commander"], "click")
case("vitale-6", P_VIT, "la pharmacienne dit que ma carte vitale est illisible, ça passe plus dans le lecteur",
     ["dlg-fermer"], [], ["motif-panne"], "click")
case("vitale-7", P_VIT, "on m'a piqué mon sac avec la carte vitale le 12/06, et tant qu'a faire je veux changer la photo elle a 10 ans",
     ["dlg-fermer", "motif-vol"], ["date-evenement"], ["photo-nouvelle"], "click")
case("vitale-8", P_VIT, "ma nouvelle mutuelle me demande un papier de la secu qui prouve que je suis bien assuré",
     ["dlg-fermer"], [], ["att-droits-telecharger"], "click")
case("vitale-9", P_VIT, "il me faut l'attestation de secu de mon fils Adam pour l'inscrire au centre aéré",
     ["dlg-fermer"], [], ["att-beneficiaire"], "select")
case("vitale-10", P_VIT, "il me faut l'attestation de secu de mon fils Adam pour l'inscrire au centre aéré",
     ["dlg-fermer"], ["att-beneficiaire"], ["att-droits-telecharger"], "click")
case("vitale-11", P_VIT, "on part en vacances en italie, il faut la carte de la secu qui marche en europe",
     ["dlg-plus-tard"], [], ["lien-ceam"], "click")
case("vitale-12", P_VIT, "je veux mettre mon 06 sur mon compte", [], [], ["dlg-ajouter"], "click")
case("vitale-13", P_VIT, "elle arrive en combien de temps la nouvelle carte ?", ["dlg-fermer"], [], None, "done")
case("vitale-14", P_VIT, "j'ai déménagé à Joué-lès-Tours, faut que la nouvelle carte arrive chez moi là-bas",
     ["dlg-fermer"], [], ["lien-modifier-adresse"], "click")

# ---------------------------------------------------------------- Caf, séparation
G_SEP_A = ("je me suis séparée de mon conjoint le 1er mai, c'est lui qui est parti de la maison, les enfants vivent avec moi "
           "et il me verse 250 euros par mois pour eux")
case("sep-1", P_SEP, G_SEP_A, [], [], ["sess-rester"], "click")
case("sep-2", P_SEP, G_SEP_A, ["sess-rester"], [], ["date-separation"], "type")
case("sep-3", P_SEP, G_SEP_A, ["sess-rester"], ["date-separation"], ["quitte-conjoint"], "click")
case("sep-4", P_SEP, G_SEP_A, ["sess-rester", "quitte-conjoint"], ["date-separation"], ["residence-lou"], "select")
case("sep-5", P_SEP, G_SEP_A, ["sess-rester", "quitte-conjoint"], ["date-separation", "residence-lou"], ["residence-noe"], "select")
case("sep-6", P_SEP, G_SEP_A, ["sess-rester", "quitte-conjoint"], ["date-separation", "residence-lou", "residence-noe"],
     ["pension-oui"], "click")
case("sep-7", P_SEP, G_SEP_A, ["sess-rester", "quitte-conjoint", "pension-oui"],
     ["date-separation", "residence-lou", "residence-noe"], ["pension-montant"], "type")
case("sep-8", P_SEP, G_SEP_A, ["sess-rester", "quitte-conjoint", "pension-oui"],
     ["date-separation", "residence-lou", "residence-noe", "pension-montant"], ["btn-continuer"], "click")
G_SEP_B = "séparés depuis le 15 avril, c'est moi qui suis partie chez ma mère, les petits sont une semaine sur deux chez chacun"
case("sep-9", P_SEP, G_SEP_B, ["sess-rester"], ["date-separation"], ["quitte-moi"], "click")
case("sep-10", P_SEP, G_SEP_B, ["sess-rester", "quitte-moi"], ["date-separation"], ["residence-lou"], "select")
case("sep-11", P_SEP, "mon ex paye plus la pension des enfants depuis février, je veux que la caf s'en occupe",
     ["sess-rester"], [], ["lien-aripa"], "click")
case("sep-12", P_SEP, "je dois partir, deconnecte moi", [], [], ["sess-deconnecter"], "click")
case("sep-13", P_SEP, "en fait on s'est remis ensemble, je me suis trompée de déclaration",
     ["sess-rester"], [], ["menu-couple", "lien-modifier-type"], "click")
case("sep-14", P_SEP, "j'ai accouché le 3 juin, faut le dire à la caf", ["sess-rester"], [], ["menu-naissance"], "click")

# ---------------------------------------------------------------- Complémentaire santé solidaire
G_C2S_A = ("je fais la demande de mutuelle gratuite, il manque ma fille Jade Masson née le 05/01/2019, je vis seule avec "
           "mes enfants, je touche l'apl et je suis locataire")
AJOUT = ["ajout-lien", "ajout-nom", "ajout-prenom", "ajout-naissance"]
case("c2s-1", P_C2S, G_C2S_A, [], [], ["ajout-lien"], "select")
case("c2s-2", P_C2S, G_C2S_A, [], AJOUT[:1], ["ajout-nom"], "type")
case("c2s-3", P_C2S, G_C2S_A, [], AJOUT[:2], ["ajout-prenom"], "type")
case("c2s-4", P_C2S, G_C2S_A, [], AJOUT[:3], ["ajout-naissance"], "type")
case("c2s-5", P_C2S, G_C2S_A, [], AJOUT, ["btn-ajouter"], "click")
case("c2s-6", P_C2S, G_C2S_A, ["btn-ajouter"], AJOUT, ["couple-non"], "click")
case("c2s-7", P_C2S, G_C2S_A, ["btn-ajouter", "couple-non"], AJOUT, ["logement-oui"], "click")
case("c2s-8", P_C2S, G_C2S_A, ["btn-ajouter", "couple-non", "logement-oui"], AJOUT, ["proprio-non"], "click")
case("c2s-9", P_C2S, G_C2S_A, ["btn-ajouter", "couple-non", "logement-oui", "proprio-non"], AJOUT, ["btn-suivant"], "click")
case("c2s-10", P_C2S, "j'ai fait une faute dans la date de naissance de mon fils", [], [], ["pers-timeo-modifier"], "click")
case("c2s-11", P_C2S, "mon grand vit chez son père maintenant, il doit plus etre sur mon dossier", [], [],
     ["pers-timeo-retirer"], "click")
case("c2s-12", P_C2S, "ça va me couter combien par mois au maximum cette mutuelle ?", [], [], None, "done")
case("c2s-13", P_C2S, "j'ai pas le temps de finir maintenant, je reprendrai ce soir", [], [], ["btn-quitter"], "click")
case("c2s-14", P_C2S, "je me suis trompée au tout début sur ma situation", [], [], ["etape-situation"], "click")

# ---------------------------------------------------------------- info-retraite, demande de retraite
G_RET_A = ("je veux prendre ma retraite le 1er octobre 2025, j'arrête complètement de travailler, j'ai toujours bossé en "
           "France et j'ai eu 3 enfants")
case("ret-1", P_RET, G_RET_A, [], [], ["ck-accepter", "ck-refuser"], "click")
case("ret-2", P_RET, G_RET_A, ["ck-refuser"], [], ["mois-depart"], "select")
case("ret-3", P_RET, G_RET_A, ["ck-refuser"], ["mois-depart"], ["annee-depart"], "select")
case("ret-4", P_RET, G_RET_A, ["ck-refuser"], ["mois-depart", "annee-depart"], ["cumul-non"], "click")
case("ret-5", P_RET, G_RET_A, ["ck-refuser", "cumul-non"], ["mois-depart", "annee-depart"], ["etranger-non"], "click")
case("ret-6", P_RET, G_RET_A, ["ck-refuser", "cumul-non", "etranger-non"], ["mois-depart", "annee-depart"],
     ["enfants-oui"], "click")
case("ret-7", P_RET, G_RET_A, ["ck-refuser", "cumul-non", "etranger-non", "enfants-oui"], ["mois-depart", "annee-depart"],
     ["nb-enfants"], "select")
case("ret-8", P_RET, G_RET_A, ["ck-refuser", "cumul-non", "etranger-non", "enfants-oui"],
     ["mois-depart", "annee-depart", "nb-enfants"], ["btn-suivant"], "click")
case("ret-9", P_RET, "je pourrai partir avec toute ma retraite à partir de quand ?", ["ck-accepter"], [], None, "done")
case("ret-10", P_RET, "je voudrais voir quelqu'un de la retraite en vrai pour m'aider à remplir tout ça",
     ["ck-refuser"], [], ["lien-rdv"], "scroll")
case("ret-11", P_RET, "j'ai été fonctionnaire territorial pendant 8 ans et ça apparait nulle part là",
     ["ck-accepter"], [], ["lien-regime-manquant"], "click")
case("ret-12", P_RET, "j'ai fait une faute dans mon numéro de téléphone au début de la demande",
     ["ck-refuser"], [], ["etape-identite"], "click")
case("ret-13", P_RET, "départ le 1er janvier 2026 mais je garderai quelques heures de jardinage chez un particulier après",
     ["ck-refuser"], ["mois-depart", "annee-depart"], ["cumul-oui"], "click")
case("ret-14", P_RET, "je voudrais envoyer un message à ma caisse de retraite pour poser une question",
     ["ck-accepter"], [], ["lien-ecrire"], "scroll")

# ---------------------------------------------------------------- ANEF, titre de séjour
G_ANEF_A = ("je renouvelle mon titre de séjour salarié, j'ai scanné une facture edf, le code de ma photo c'est "
            "4HK2P9Q7T1MZ8XW3R6LB5D, et j'ai mon contrat et mes 3 fiches de paie")
case("anef-1", P_ANEF, G_ANEF_A, [], [], ["dlg-compris", "dlg-fermer"], "click")
case("anef-2", P_ANEF, G_ANEF_A, ["dlg-compris"], [], ["piece-domicile"], "click")
case("anef-3", P_ANEF, G_ANEF_A, ["dlg-compris", "piece-domicile"], [], ["code-ephoto"], "type")
case("anef-4", P_ANEF, G_ANEF_A, ["dlg-compris", "piece-domicile"], ["code-ephoto"], ["piece-contrat"], "click")
case("anef-5", P_ANEF, G_ANEF_A, ["dlg-compris", "piece-domicile", "piece-contrat"], ["code-ephoto"], ["piece-bulletins"], "click")
case("anef-6", P_ANEF, G_ANEF_A, ["dlg-compris", "piece-domicile", "piece-contrat", "piece-bulletins"], ["code-ephoto"],
     ["certif"], "click")
case("anef-7", P_ANEF, G_ANEF_A, ["dlg-compris", "piece-domicile", "piece-contrat", "piece-bulletins", "certif"],
     ["code-ephoto"], ["btn-valider"], "click")
case("anef-8", P_ANEF, "j'ai mis l'ancien passeport par erreur, faut l'enlever", ["dlg-fermer"], [], ["suppr-passeport"], "click")
case("anef-9", P_ANEF, "ma carte de séjour elle finit quand déjà ?", ["dlg-fermer"], [], None, "done")
case("anef-10", P_ANEF, "je veux rajouter notre livret de famille au dossier", ["dlg-compris"], [], ["piece-famille"], "click")
case("anef-11", P_ANEF, "I don't read french well, can I have the website in english ?", ["dlg-fermer"], [], ["langue"], "select")
case("anef-12", P_ANEF, "je dois m'arreter la, je reviens finir demain sans perdre ce que j'ai deja mis",
     ["dlg-fermer"], [], ["btn-brouillon"], "click")
case("anef-13", P_ANEF, "le code de la photo je le trouve où ? j'ai juste les photos du photomaton",
     ["dlg-compris"], [], ["aide-ephoto"], "click")

# ---------------------------------------------------------------- Crous, trouver un logement
G_CROUS_A = "je cherche un studio à grenoble pour la rentrée, pas plus de 350 balles par mois"
case("crous-1", P_CROUS, G_CROUS_A, [], [], ["ck-ok", "ck-non"], "click")
case("crous-2", P_CROUS, G_CROUS_A, ["ck-non"], [], ["type-studio"], "click")
case("crous-3", P_CROUS, G_CROUS_A, ["ck-non", "type-studio"], [], ["loyer-max"], "select")
case("crous-4", P_CROUS, G_CROUS_A, ["ck-non", "type-studio"], ["loyer-max"], ["btn-filtrer"], "click")
case("crous-5", P_CROUS, G_CROUS_A, ["ck-non", "type-studio", "btn-filtrer"], ["loyer-max"], ["voir-taillees"], "click")
G_CROUS_B = "je suis en fauteuil roulant, je cherche un logement étudiant adapté sur lyon"
case("crous-6", P_CROUS, G_CROUS_B, ["ck-ok"], [], ["recherche-ville"], "type")
case("crous-7", P_CROUS, G_CROUS_B, ["ck-ok"], ["recherche-ville"], ["btn-rechercher", "acces-pmr"], "click")
case("crous-8", P_CROUS, "garde moi la résidence berlioz de coté, je la montrerai à mes parents ce soir",
     ["ck-non"], [], ["fav-berlioz"], "click")
case("crous-9", P_CROUS, "il coute combien par mois le studio pour handicapé au village olympique ?", ["ck-ok"], [], None, "done")
case("crous-10", P_CROUS, "je veux réserver la chambre en coloc à berlioz", ["ck-ok"], [], ["btn-connexion", "voir-berlioz"], "click")
case("crous-11", P_CROUS, "j'ai un stage de 3 mois à grenoble cet hiver, je cherche un logement juste pour ça",
     ["ck-non"], [], ["lien-courte-duree"], "scroll")
case("crous-12", P_CROUS, "rien ne me plait ici, montre m'en d'autres", ["ck-ok"], [], ["page-suivante", "page-2"], "click")
case("crous-13", P_CROUS, "je veux voir les moins chers en premier", ["ck-non"], [], ["tri"], "select")

# ---------------------------------------------------------------- pré-plainte en ligne
G_PLT_A = "on m'a volé mon vélo devant la gare de Poitiers le 12 juin vers 22h, je sais pas qui c'est"
PLT = ["urg-continuer", "faits-vol", "auteur-non"]
case("plainte-1", P_PLT, G_PLT_A, [], [], ["urg-continuer"], "click")
case("plainte-2", P_PLT, G_PLT_A, PLT[:1], [], ["faits-vol"], "click")
case("plainte-3", P_PLT, G_PLT_A, PLT[:2], [], ["auteur-non"], "click")
case("plainte-4", P_PLT, G_PLT_A, PLT, [], ["date-faits"], "type")
case("plainte-5", P_PLT, G_PLT_A, PLT, ["date-faits"], ["heure-faits"], "type")
case("plainte-6", P_PLT, G_PLT_A, PLT, ["date-faits", "heure-faits"], ["commune-faits"], "type")
case("plainte-7", P_PLT, G_PLT_A, PLT, ["date-faits", "heure-faits", "commune-faits"], ["lieu-type"], "select")
case("plainte-8", P_PLT, G_PLT_A, PLT, ["date-faits", "heure-faits", "commune-faits", "lieu-type"], ["btn-continuer"], "click")
case("plainte-9", P_PLT, "y a des achats avec ma carte bleue que j'ai jamais faits, pourtant la carte est dans mon portefeuille",
     ["urg-continuer"], [], ["lien-perceval"], "click")
case("plainte-10", P_PLT, "je me suis fait arnaquer sur un site de petites annonces, j'ai payé une console jamais reçue",
     ["urg-continuer"], [], ["lien-thesee", "faits-escroquerie"], "click")
case("plainte-11", P_PLT, "mon voisin a rayé ma voiture exprès, je l'ai vu faire, je peux porter plainte ici ?",
     ["urg-continuer"], [], None, "done")
case("plainte-12", P_PLT, "une fois que j'ai rempli tout ça, faut quand même aller au commissariat ?",
     ["urg-continuer"], [], None, "done")
case("plainte-13", P_PLT, "y a quelqu'un qui essaie de forcer ma porte là maintenant", [], [], ["urg-appeler"], "click")
case("plainte-14", P_PLT, "on a tagué le mur de ma maison cette nuit", ["urg-continuer"], [], ["faits-degradation"], "click")

# ---------------------------------------------------------------- Service-Public.fr, acte de naissance
G_ACTE_A = ("pour mon mariage la mairie veut une copie intégrale de mon acte de naissance. je suis Camille Rousseau née le "
            "04/03/1994, mes parents c'est Philippe Rousseau et Nadia Ferhat")
ACTE = ["type-acte", "nom-naissance", "prenoms", "date-naissance", "parent1", "parent2", "motif"]
case("acte-1", P_ACTE, G_ACTE_A, [], [], ["type-acte"], "select")
case("acte-2", P_ACTE, G_ACTE_A, [], ACTE[:1], ["qualite-titulaire"], "click")
case("acte-3", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:1], ["nom-naissance"], "type")
case("acte-4", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:2], ["prenoms"], "type")
case("acte-5", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:3], ["date-naissance"], "type")
case("acte-6", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:4], ["parent1"], "type")
case("acte-7", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:5], ["parent2"], "type")
case("acte-8", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE[:6], ["motif"], "select")
case("acte-9", P_ACTE, G_ACTE_A, ["qualite-titulaire"], ACTE, ["btn-continuer"], "click")
case("acte-10", P_ACTE, "un site m'a fait payer 29 euros pour un acte de naissance, c'est normal que ce soit payant ?",
     [], [], None, "done")
case("acte-11", P_ACTE, "en fait je suis né à casablanca, mes parents sont francais", [], [], ["lien-scec"], "click")
case("acte-12", P_ACTE, "je me suis trompé de ville avant, je suis né à Nantes pas à Angers", [], [],
     ["lien-modifier-commune"], "click")
case("acte-13", P_ACTE, "je demande un extrait avec filiation de l'acte de naissance de mon papa pour son dossier de retraite",
     [], ["type-acte"], ["qualite-enfant"], "click")
case("acte-14", P_ACTE, ("il me faut 2 copies intégrales de mon acte de naissance, une pour le mariage et une pour le notaire. "
                         "je suis Camille Rousseau née le 04/03/1994, mes parents c'est Philippe Rousseau et Nadia Ferhat"),
     ["qualite-titulaire"], ACTE[:6], ["nb-exemplaires"], "select")

# ---------------------------------------------------------------- ÉduConnect
G_EDU_A = ("je veux demander la bourse pour mon fils qui rentre au lycée, le collège m'a donné l'identifiant f.diallo27 "
           "et un mot de passe")
case("edu-1", P_EDU, G_EDU_A, [], [], ["profil-parent"], "click")
case("edu-2", P_EDU, G_EDU_A, ["profil-parent"], [], ["identifiant"], "type")
case("edu-3", P_EDU, G_EDU_A, ["profil-parent"], ["identifiant"], ["mdp"], "type")
case("edu-4", P_EDU, G_EDU_A, ["profil-parent"], ["identifiant", "mdp"], ["btn-connexion"], "click")
case("edu-5", P_EDU, "je préfère me connecter avec mon compte des impôts, je suis la maman", ["profil-parent"], [],
     ["btn-franceconnect"], "click")
case("edu-6", P_EDU, "j'ai oublié le mot de passe que l'école m'a donné", [], [], ["lien-mdp-oublie"], "click")
case("edu-7", P_EDU, "on m'a jamais donné de codes pour ce site", [], [], ["lien-activer"], "click")
case("edu-8", P_EDU, "c'est quoi la date limite pour la bourse du lycée ?", [], [], None, "done")
case("edu-9", P_EDU, "c'est moi l'élève, je veux rentrer avec mes codes à moi", [], [], ["profil-eleve"], "click")
case("edu-10", P_EDU, "je veux vérifier que j'ai pas fait de faute en tapant mon mot de passe avant de valider",
     ["profil-parent"], ["identifiant", "mdp"], ["btn-voir-mdp"], "click")
case("edu-11", P_EDU, "franceconnect c'est quoi ce truc, c'est sûr ?", [], [], ["lien-fc-info"], "click")
case("edu-12", P_EDU, "mon nom d'utilisateur je m'en souviens plus du tout", ["profil-parent"], [], ["lien-id-oublie"], "click")

# ---------------------------------------------------------------- Mon espace santé
case("mes-1", P_MES, "je veux lire ce que le cardiologue a écrit après mon rdv", [], [], ["dlg-consulter"], "click")
case("mes-2", P_MES, "c'est quand déjà mon rendez vous chez le dentiste ?", [], [], ["dlg-plus-tard", "dlg-fermer"], "click")
case("mes-3", P_MES, "c'est quand déjà mon rendez vous chez le dentiste ?", ["dlg-fermer"], [], None, "done")
case("mes-4", P_MES, "mon rappel du tetanos il date de quand ?", ["dlg-plus-tard"], [], None, "done")
case("mes-5", P_MES, "je veux revoir l'ordonnance pour le kiné", ["dlg-fermer"], [], ["doc-ordo-ouvrir"], "click")
case("mes-6", P_MES, "je veux récupérer le pdf de ma prise de sang pour l'envoyer à mon médecin",
     ["dlg-fermer"], [], ["doc-bio-plus", "doc-bio-ouvrir"], "click")
case("mes-7", P_MES, "la pharmacie m'a envoyé un message ?", ["dlg-plus-tard"], [], ["msg-pharma-lire"], "click")
case("mes-8", P_MES, "je veux voir les vaccins de ma fille", ["dlg-fermer"], [], ["choix-espace"], "select")
case("mes-9", P_MES, "je veux pas que mon ancien généraliste puisse encore voir mes documents",
     ["dlg-fermer"], [], ["lien-bloquer"], "scroll")
case("mes-10", P_MES, "je veux supprimer définitivement mon compte mon espace santé", ["dlg-fermer"], [],
     ["lien-fermer-espace"], "scroll")
case("mes-11", P_MES, "j'ai le compte rendu de mon IRM en pdf sur l'ordi, je veux le mettre dans mon dossier",
     ["dlg-plus-tard"], [], ["btn-ajouter-doc"], "click")
case("mes-12", P_MES, "je veux noter mon rdv chez l'ophtalmo du 3 juillet", ["dlg-fermer"], [], ["btn-ajout-rdv"], "click")
case("mes-13", P_MES, "qui est allé regarder mon dossier médical ces derniers temps ?", ["dlg-plus-tard"], [],
     ["lien-historique"], "scroll")
case("mes-14", P_MES, "est-ce que mon allergie à la pénicilline est bien notée quelque part ?", ["dlg-fermer"], [], None, "done")


def build():
    pages = chk.load_pages()
    out = []
    for cid, page_name, goal, history, filled, gold, action in CASES:
        page = pages[page_name]
        steps = []
        for hid in history:
            node = page.by_id.get(hid)
            label = page.acc_name(node) if node is not None else "?"
            steps.append({"element_id": hid, "action": "click", "label": label})
        out.append({
            "id": cid, "page": page_name, "goal": goal, "history": steps, "filled": list(filled),
            "gold": list(gold) if gold is not None else None, "action": action, "split": chk.SPLIT,
        })
    data = {"about": ABOUT, "cases": out}
    with open(chk.DEFAULT_JSON, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {chk.DEFAULT_JSON}: {len(out)} cases")


if __name__ == "__main__":
    build()
