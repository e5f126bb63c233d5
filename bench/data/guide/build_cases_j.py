#!/usr/bin/env python3
"""Hand-written cases of Albertine blind set J; writes blind_j.json (history labels are computed from the pages)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_cases_j import Page  # noqa: E402

ABOUT = (
    "Independent held-out evaluation set J for Albertine (next-step guidance on French public-service websites). "
    "17 synthetic static pages modelled on impots.gouv (déclarer un changement de situation de famille, étape "
    "événement), Agirc-Arrco (espace personnel du retraité), FranceConnect (choix du compte), ameli (commander une "
    "carte européenne d'assurance maladie), Ma Sécurité (pré-plainte en ligne, étape les faits), a federation of "
    "hunters (inscription à l'examen du permis de chasser), a town's school registration form, pass Culture "
    "(catalogue), Pass'Sport (mes codes), Urssaf independent workers (estimer mon revenu pour moduler mes "
    "cotisations), ma cantine (gestionnaire, télédéclaration EGalim), a département's Fonds de solidarité pour le "
    "logement request, France Travail employer space (attestation employeur), Caf (déclaration trimestrielle de "
    "ressources RSA), MSA (mes remboursements santé), SignalConso (description du problème) and the casier "
    "judiciaire national (bulletin n° 3). Each page file is the state before any step; history = steps already done "
    "on that page (all clicks: a closed dialog/banner is gone, a clicked radio/checkbox is toggled, a clicked file "
    "input has received its file, a clicked summary is open); filled = fields already filled by the user (value= "
    "fields and pre-selected options also count as filled unless the goal contradicts them); gold = acceptable "
    "element ids (null when action is 'done'). action 'scroll': the target (gold) is far below the first screen and "
    "must be scrolled to. File inputs, radios and checkboxes use action 'click'. Written for the communs project, "
    "MIT licence."
)

# (id, goal, history ids, filled ids, gold ids or None, action) per page. Space-separated id lists.
CASES = {}

CASES["impots_situation_famille.html"] = [
    ("fam-1", "on s'est pacsé le 3 mars avec ma copine Maëlle Guiraud, faut le dire aux impots", "", "", "ev-pacs", "click"),
    ("fam-2", "on s'est pacsé le 3 mars avec ma copine Maëlle Guiraud, faut le dire aux impots", "ev-pacs", "", "date-evenement", "type"),
    ("fam-3", "on s'est pacsé le 3 mars avec ma copine Maëlle Guiraud, faut le dire aux impots", "ev-pacs", "date-evenement", "conj-nom", "type"),
    ("fam-4", "on s'est pacsé le 3 mars avec ma copine Maëlle Guiraud, faut le dire aux impots", "ev-pacs", "date-evenement conj-nom", "conj-prenom", "type"),
    ("fam-5", "on s'est pacsé le 3 mars avec ma copine Maëlle Guiraud, faut le dire aux impots", "ev-pacs", "date-evenement conj-nom conj-prenom", "btn-continuer", "click"),
    ("fam-6", "marié le 14 juin avec anais peyrol mais on veut faire chacun notre declaration pour cette annee", "ev-mariage", "date-evenement conj-nom conj-prenom", "option-imposition", "select"),
    ("fam-7", "marié le 14 juin avec anais peyrol mais on veut faire chacun notre declaration pour cette annee", "ev-mariage", "date-evenement conj-nom conj-prenom option-imposition", "btn-continuer", "click"),
    ("fam-8", "mon mari est decede le 2 fevrier, qu'est ce que je dois faire pour les impots", "", "", "ev-deces", "click"),
    ("fam-9", "mon mari est decede le 2 fevrier, qu'est ce que je dois faire pour les impots", "ev-deces", "", "date-evenement", "type"),
    ("fam-10", "mon mari est decede le 2 fevrier, qu'est ce que je dois faire pour les impots", "ev-deces", "date-evenement", "btn-continuer", "click"),
    ("fam-11", "j'ai combien de temps pour signaler mon divorce ?", "", "", None, "done"),
    ("fam-12", "we got married last month, how long until my withholding tax rate is updated?", "", "", None, "done"),
    ("fam-13", "je me suis trompé a l'etape d'avant sur mon etat civil", "", "", "btn-precedent step-1", "click"),
    ("fam-14", "on a rompu le pacs le 30 avril. je dois partir, je finirai ce soir", "ev-rupture", "date-evenement", "btn-brouillon", "click"),
    ("fam-15", "mon fils a 20 ans et il veut rester rattaché a notre foyer", "", "", "lien-enfant-majeur", "click"),
    ("fam-16", "on a perdu un salaire, je veux baisser mon taux de prelevement tout de suite", "", "", "lien-pas", "click"),
    ("fam-17", "mariage le 10 mai avec Hugo Brassac, il a deja un numero fiscal : 3012 456 789 012", "ev-mariage", "date-evenement conj-nom conj-prenom", "conj-numfiscal", "type"),
    ("fam-18", "en plus du mariage on a demenagé a bordeaux, faut le dire aussi", "", "", "lien-adresse", "click"),
]

CASES["agirc_arrco_espace.html"] = [
    ("agi-1", "quand est ce que je touche ma retraite complementaire ce mois ci", "", "", None, "done"),
    ("agi-2", "combien je dois mettre sur ma declaration d'impots pour l'agirc", "", "", None, "done"),
    ("agi-3", "il me faut le papier pour les impots", "", "", "btn-attestation-fiscale", "click"),
    ("agi-4", "j'ai changé de banque, je dois donner mon nouveau rib", "", "", "btn-changer-rib", "click"),
    ("agi-5", "pourquoi j'ai touché moins en mai qu'en avril ??", "", "", None, "done"),
    ("agi-6", "je veux voir le detail de ce qu'on m'a versé en mai", "", "", "detail-mai", "click"),
    ("agi-7", "I need the PDF statement for June", "", "", "releve-juin", "click"),
    ("agi-8", "mon mari est mort en mars, il avait une retraite agirc arrco, je peux en toucher une partie ?", "", "", "lien-reversion", "click"),
    ("agi-9", "ma mere est decedee la semaine derniere, elle touchait sa retraite chez vous", "", "", "lien-deces", "click"),
    ("agi-10", "je vais refaire des petits boulots de jardinage, je suis retraité", "", "", "lien-cumul", "click"),
    ("agi-11", "je vis au portugal et ils veulent une preuve que je suis encore vivant", "", "", "lien-certificat-vie", "click"),
    ("agi-12", "je sors de l'hopital et j'ai besoin de quelqu'un pour les courses quelques semaines", "", "", "lien-action-sociale", "click"),
    ("agi-13", "g un message non lu", "", "", "btn-messages", "click"),
    ("agi-14", "changer mon numero de telephone", "", "", "btn-profil", "click"),
    ("agi-15", "il vaut combien le point agirc arrco ?", "", "", None, "done"),
    ("agi-16", "je veux voir tous mes points annee par annee", "", "", "onglet-points", "click"),
]

CASES["franceconnect_choix.html"] = [
    ("fc-1", "je me connecte d'habitude avec mon compte des impots", "", "", "fi-impots", "click"),
    ("fc-2", "je veux passer par mon numero de secu", "", "", "fi-ameli", "click"),
    ("fc-3", "j'ai l'appli de la poste sur mon telephone pour m'identifier", "", "", "fi-identite-numerique", "click"),
    ("fc-4", "je suis agriculteur, j'ai un compte a la mutualité agricole", "", "", "fi-msa", "click"),
    ("fc-5", "j'ai la nouvelle carte d'identité et l'appli qui va avec", "", "", "fi-france-identite", "click"),
    ("fc-6", "d'habitude je prends mobile connect, pourquoi ca marche pas", "", "", None, "done"),
    ("fc-7", "c'est quoi ce franceconnect, c'est payant ?", "", "", "sum-quoi", "click"),
    ("fc-8", "j'ai oublié mon numero fiscal", "", "", "sum-oubli", "click"),
    ("fc-9", "I don't have any of these accounts", "", "", "sum-sans", "click"),
    ("fc-10", "moi j'utilise yris et je le vois pas", "", "", "btn-autres-comptes", "click"),
    ("fc-11", "je veux retourner sur le site de prevention santé", "", "", "lien-retour-service", "click"),
    ("fc-12", "qui s'est connecté avec mon identité ces derniers temps ?", "", "", "lien-historique", "click"),
    ("fc-13", "qu'est ce que vous faites de mes donnees perso", "", "", "lien-donnees", "click"),
    ("fc-14", "j'arrive pas a me connecter, je voudrais de l'aide", "", "", "lien-aide", "click"),
    ("fc-15", "Mobile Connect is down, when will it be back?", "", "", None, "done"),
]

CASES["ceam_demande.html"] = [
    ("ceam-1", "on part en espagne le 12 juillet, il faut la carte europeenne pour les 2 petits", "", "", "benef-maelys benef-tristan", "click"),
    ("ceam-2", "on part en espagne le 12 juillet, il faut la carte europeenne pour les 2 petits", "benef-maelys", "", "benef-tristan", "click"),
    ("ceam-3", "on part en espagne le 12 juillet, il faut la carte europeenne pour les 2 petits", "benef-maelys benef-tristan", "", "date-depart", "type"),
    ("ceam-4", "on part en espagne le 12 juillet, il faut la carte europeenne pour les 2 petits", "benef-maelys benef-tristan", "date-depart", "pays", "select"),
    ("ceam-5", "on part en espagne le 12 juillet, il faut la carte europeenne pour les 2 petits", "benef-maelys benef-tristan", "date-depart pays", "btn-valider", "click"),
    ("ceam-6", "carte europeenne pour moi seulement, je pars en grece le 2 aout", "", "", "benef-rozenn", "click"),
    ("ceam-7", "carte pour moi, grece le 2 aout, et envoyez la chez ma mere a quimper, je suis chez elle tout l'ete", "benef-rozenn", "date-depart pays", "adr-autre", "click"),
    ("ceam-8", "carte pour moi, grece le 2 aout, et envoyez la chez ma mere a quimper, je suis chez elle tout l'ete", "benef-rozenn adr-autre", "date-depart pays", "adresse-autre", "type"),
    ("ceam-9", "carte pour moi, grece le 2 aout, et envoyez la chez ma mere a quimper, je suis chez elle tout l'ete", "benef-rozenn adr-autre", "date-depart pays adresse-autre", "btn-valider", "click"),
    ("ceam-10", "elle coute combien cette carte ?", "", "", None, "done"),
    ("ceam-11", "ma carte a moi elle est encore bonne jusqu'a quand", "", "", None, "done"),
    ("ceam-12", "je pars dans 3 jours, j'aurai jamais la carte a temps", "", "", "lien-certificat-provisoire", "click"),
    ("ceam-13", "on part au canada cet ete, on fait comment pour la secu", "", "", "lien-hors-europe", "click"),
    ("ceam-14", "je me suis fait soigner en italie l'an dernier et j'ai payé le medecin de ma poche", "", "", "lien-soins-etranger", "click"),
    ("ceam-15", "pourquoi je peux pas cocher goulven ?", "", "", None, "done"),
    ("ceam-16", "on la recoit en combien de temps ?", "", "", None, "done"),
]

CASES["masecurite_preplainte.html"] = [
    ("mas-1", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "", "", "dlg-continuer dlg-fermer", "click"),
    ("mas-2", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "dlg-continuer", "", "faits-vol", "click"),
    ("mas-3", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "dlg-continuer faits-vol", "", "suspect-non", "click"),
    ("mas-4", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "dlg-continuer faits-vol suspect-non", "", "vehicule", "select"),
    ("mas-5", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "dlg-continuer faits-vol suspect-non", "vehicule", "recit", "type"),
    ("mas-6", "on m'a volé mon velo devant la gare cette nuit, je sais pas qui", "dlg-continuer faits-vol suspect-non", "vehicule recit", "btn-suivant", "click"),
    ("mas-7", "quelqu'un essaie de forcer ma porte en ce moment", "", "", "dlg-appeler", "click"),
    ("mas-8", "ma voiture a été rayée sur le parking du boulot, aucune idée de qui a fait ca", "dlg-fermer", "", "faits-degradation", "click"),
    ("mas-9", "ma voiture a été rayée sur le parking du boulot, aucune idée de qui a fait ca", "dlg-fermer faits-degradation suspect-non", "", "vehicule", "select"),
    ("mas-10", "c'est mon voisin qui a cassé ma boite aux lettres, je l'ai vu faire. je peux faire ca en ligne ?", "dlg-continuer", "", None, "done"),
    ("mas-11", "apres la pre plainte j'ai combien de temps pour aller signer ?", "dlg-continuer", "", None, "done"),
    ("mas-12", "j'ai payé un telephone sur leboncoin et je l'ai jamais recu", "dlg-fermer", "", "lien-thesee", "click"),
    ("mas-13", "il y a des achats que j'ai pas faits sur ma carte bleue", "dlg-continuer", "", "lien-perceval", "click"),
    ("mas-14", "je prefere aller directement au commissariat, il est ou le plus proche", "dlg-continuer", "", "lien-trouver-commissariat", "click"),
    ("mas-15", "finalement j'ai retrouvé mon sac, je laisse tomber", "dlg-continuer", "", "btn-abandon", "click"),
    ("mas-16", "je voudrais parler a un gendarme par ecrit", "dlg-fermer", "", "lien-tchat", "click"),
]

G_CH = "inscrire mon fils yanis a l'exam du permis de chasse du 20 juin a aurillac, il a fait sa formation pratique le 16 mai"
CASES["permis_chasser_inscription.html"] = [
    ("chasse-1", G_CH, "", "", "session-2006", "click"),
    ("chasse-2", G_CH, "session-2006", "", "formation", "type"),
    ("chasse-3", G_CH, "session-2006", "formation", "certificat", "click"),
    ("chasse-4", G_CH, "session-2006 certificat", "formation", "piece-identite", "click"),
    ("chasse-5", G_CH, "session-2006 certificat piece-identite", "formation", "autorisation-parentale", "click"),
    ("chasse-6", G_CH, "session-2006 certificat piece-identite autorisation-parentale", "formation", "attestation-sur-honneur", "click"),
    ("chasse-7", G_CH, "session-2006 certificat piece-identite autorisation-parentale attestation-sur-honneur", "formation", "btn-payer", "click"),
    ("chasse-8", "le 9 juin a saint flour ca nous irait mieux pour yanis", "", "", "session-0906", "click"),
    ("chasse-9", "on voulait la session du 4 juillet a mauriac, on peut ?", "", "", None, "done"),
    ("chasse-10", "combien coute l'examen du permis", "", "", None, "done"),
    ("chasse-11", "ma fille a 15 ans, elle a le droit de passer l'examen ?", "", "", None, "done"),
    ("chasse-12", "yanis aimerait chasser avec son parrain en attendant d'avoir le permis", "session-2006 certificat piece-identite autorisation-parentale", "formation", "chasse-accompagnee", "click"),
    ("chasse-13", "yanis est en fauteuil, il faudrait adapter les epreuves", "", "", "lien-amenagement", "scroll"),
    ("chasse-14", "j'ai perdu mon permis de chasser, il me faut un duplicata", "", "", "lien-duplicata", "scroll"),
    ("chasse-15", "c'est quoi comme certificat medical qu'il faut", "", "", "aide-certificat", "click"),
    ("chasse-16", "le prenom de yanis est mal ecrit la", "", "", "lien-modifier-identite", "click"),
    ("chasse-17", "moi je veux juste valider mon permis pour la saison", "", "", "nav-validation", "click"),
    ("chasse-18", "je voudrais parler a quelqu'un de la federation, j'ai une question sur l'examen", "", "", "lien-contact", "scroll"),
]

G_EC1 = "inscrire ma fille Jade Moreau en petite section, elle est née le 3 fevrier 2023"
G_EC2 = "on vient d'emmenager, mon fils Tom Lacaze (né le 21/06/2018) rentre en CE2, il etait a l'ecole du Rieu a Balma"
G_EC3 = "tout est rempli pour jade mais je voudrais qu'elle aille a l'ecole pasteur et pas a celle du quartier"
CASES["mairie_inscription_ecole.html"] = [
    ("ecole-1", G_EC1, "", "", "ck-accepter ck-refuser", "click"),
    ("ecole-2", G_EC1, "ck-refuser", "", "enfant-nom", "type"),
    ("ecole-3", G_EC1, "ck-refuser", "enfant-nom", "enfant-prenom", "type"),
    ("ecole-4", G_EC1, "ck-refuser", "enfant-nom enfant-prenom", "enfant-naissance", "type"),
    ("ecole-5", G_EC1, "ck-refuser", "enfant-nom enfant-prenom enfant-naissance", "niveau", "select"),
    ("ecole-6", G_EC1, "ck-refuser", "enfant-nom enfant-prenom enfant-naissance niveau", "situ-premiere", "click"),
    ("ecole-7", G_EC1, "ck-refuser situ-premiere", "enfant-nom enfant-prenom enfant-naissance niveau", "btn-suivant", "click"),
    ("ecole-8", G_EC2, "ck-accepter", "enfant-nom enfant-prenom enfant-naissance niveau", "situ-demenagement", "click"),
    ("ecole-9", G_EC2, "ck-accepter situ-demenagement", "enfant-nom enfant-prenom enfant-naissance niveau", "ecole-actuelle", "type"),
    ("ecole-10", G_EC2, "ck-accepter situ-demenagement", "enfant-nom enfant-prenom enfant-naissance niveau ecole-actuelle", "btn-suivant", "click"),
    ("ecole-11", G_EC3, "ck-refuser situ-premiere", "enfant-nom enfant-prenom enfant-naissance niveau", "derogation", "click"),
    ("ecole-12", "jade est allergique a l'arachide, ca se signale ou ? le reste est rempli", "ck-refuser situ-premiere", "enfant-nom enfant-prenom enfant-naissance niveau", "pai", "click"),
    ("ecole-13", "je veux choisir moi meme quels cookies j'accepte", "", "", "ck-parametrer", "click"),
    ("ecole-14", "c'est laquelle notre ecole de secteur ?", "ck-accepter", "", None, "done"),
    ("ecole-15", "jusqu'a quand on peut inscrire les enfants pour septembre", "ck-refuser", "", None, "done"),
    ("ecole-16", "il faudra aussi qu'il mange a la cantine le midi", "ck-accepter", "", "lien-cantine", "click"),
    ("ecole-17", "I'd like to see the map of school catchment areas", "ck-refuser", "", "lien-carte-scolaire", "click"),
    ("ecole-18", "je me suis trompée dans mon adresse mail a l'etape 1", "ck-refuser", "", "btn-precedent", "click"),
]

CASES["passculture_catalogue.html"] = [
    ("pc-1", "g combien sur mon pass", "", "", "ck-tout-accepter ck-tout-refuser", "click"),
    ("pc-2", "g combien sur mon pass", "ck-tout-refuser", "", None, "done"),
    ("pc-3", "je veux reserver le dernier one piece", "ck-tout-accepter", "", "res-manga", "click"),
    ("pc-4", "des places de ciné pour aller avec mes potes", "ck-tout-refuser", "", "res-cine", "click"),
    ("pc-5", "je cherche les BD de Jul Maroh", "ck-tout-refuser", "", "q", "type"),
    ("pc-6", "je cherche les BD de Jul Maroh", "ck-tout-refuser", "q", "btn-rechercher", "click"),
    ("pc-7", "montre moi que les trucs gratuits", "ck-tout-accepter", "", "f-gratuit", "click"),
    ("pc-8", "des concerts partout en france pas seulement a cote de chez moi", "ck-tout-accepter", "", "rayon categorie", "select"),
    ("pc-9", "je garde le festival de cote pour plus tard", "ck-tout-accepter", "", "fav-concert", "click"),
    ("pc-10", "mon credit il expire quand ?", "ck-tout-refuser", "", None, "done"),
    ("pc-11", "j'ai reservé un livre, j'ai combien de temps pour aller le chercher", "ck-tout-accepter", "", None, "done"),
    ("pc-12", "ou en est le truc que j'ai reservé la semaine derniere", "ck-tout-accepter", "", "lien-reservations", "click"),
    ("pc-13", "ya une offre chelou, on dirait une arnaque", "ck-tout-refuser", "", "lien-signaler", "click"),
    ("pc-14", "how much have I already spent?", "ck-tout-refuser", "", None, "done"),
    ("pc-15", "je veux supprimer mon compte", "ck-tout-accepter", "", "lien-supprimer", "click"),
    ("pc-16", "je refuse tout ce pistage", "", "", "ck-tout-refuser", "click"),
    ("pc-17", "voir les offres que j'ai likées", "ck-tout-accepter", "", "btn-favoris", "click"),
]

G_PS = "mon dernier Sacha, né le 08/10/2019, n'apparait pas. mon numero caf c'est 4471209"
G_PS2 = "et le club de natation a perpignan, il prend le pass sport ?"
CASES["passsport_code.html"] = [
    ("ps-1", "je veux recevoir le code de lina par mail pour le montrer au club de danse", "", "", "envoyer-lina", "click"),
    ("ps-2", "c'est quoi le code de lina ?", "", "", None, "done"),
    ("ps-3", "copier le code de ma fille", "", "", "copier-lina", "click"),
    ("ps-4", "ca fait combien de reduction le pass sport", "", "", None, "done"),
    ("ps-5", "est-ce que noa a deja utilisé son code ?", "", "", None, "done"),
    ("ps-6", G_PS, "", "", "num-allocataire", "type"),
    ("ps-7", G_PS, "", "num-allocataire", "enfant-prenom", "type"),
    ("ps-8", G_PS, "", "num-allocataire enfant-prenom", "enfant-naissance", "type"),
    ("ps-9", G_PS, "", "num-allocataire enfant-prenom enfant-naissance organisme", "btn-rechercher-droits", "click"),
    ("ps-10", "on est a la msa, numero 88213, mon fils Jules né le 02/03/2016 n'est pas dans la liste", "", "num-allocataire enfant-prenom enfant-naissance", "organisme", "select"),
    ("ps-11", G_PS2, "", "", "club-ville", "type"),
    ("ps-12", G_PS2, "", "club-ville", "club-sport", "select"),
    ("ps-13", G_PS2, "", "club-ville club-sport", "btn-chercher-club", "click"),
    ("ps-14", "le club de foot veut pas de mon code", "", "", "lien-club-refuse", "click"),
    ("ps-15", "je suis president d'un club de hand, comment on fait pour accepter le pass sport", "", "", "lien-club-devenir", "click"),
    ("ps-16", "my son is 21 and gets AAH, is he eligible?", "", "", None, "done"),
    ("ps-17", "je veux voir tous les clubs sur une carte", "", "", "lien-carte-clubs", "click"),
]

G_TI1 = "mon activité a chuté, je pense faire 18000 cette annee, je veux payer moins chaque mois"
G_TI2 = "je suis en arret depuis mars, je me suis cassé le poignet, je vais faire 12 000 au mieux en 2026"
CASES["urssaf_ti_modulation.html"] = [
    ("ti-1", G_TI1, "", "", "revenu-estime", "type"),
    ("ti-2", G_TI1, "", "revenu-estime", "motif-baisse", "click"),
    ("ti-3", G_TI1, "motif-baisse", "revenu-estime", "btn-calculer", "click"),
    ("ti-4", G_TI2, "", "revenu-estime", "motif-arret", "click"),
    ("ti-5", G_TI2, "motif-arret", "revenu-estime", "precision", "type"),
    ("ti-6", G_TI2, "motif-arret", "revenu-estime precision", "btn-calculer", "click"),
    ("ti-7", "gros chantier signé, je vais gagner bien plus que prevu, dans les 52000", "", "revenu-estime", "motif-hausse", "click"),
    ("ti-8", "je pourrai pas payer l'echeance de juillet", "", "", "lien-delai", "click"),
    ("ti-9", "un client me demande un papier comme quoi je suis a jour de mes cotisations", "", "", "lien-attestation-vigilance", "click"),
    ("ti-10", "je prends ma retraite en septembre, j'arrete la plomberie", "", "", "lien-cessation", "click"),
    ("ti-11", "je prefere payer tous les 3 mois", "", "", "lien-mensuel-trimestriel", "click"),
    ("ti-12", "combien on va me prendre le 5 juillet ?", "", "", None, "done"),
    ("ti-13", "si je me plante dans l'estimation il se passe quoi", "", "", None, "done"),
    ("ti-14", "sur quel revenu ils calculent mes cotisations en ce moment", "", "", None, "done"),
    ("ti-15", "l'urssaf m'a envoyé 2 messages", "", "", "btn-messagerie", "click"),
    ("ti-16", "je mets le chiffre d'affaires ou le benefice ?", "", "", "aide-revenu", "click"),
    ("ti-17", "I'm in serious financial trouble, is there any emergency help?", "", "", "lien-aide-action-sociale", "click"),
]

CASES["macantine_teledeclaration.html"] = [
    ("mc-1", "je dois finir le bilan des achats de l'ecole les capucines", "", "", "bilan-ecole", "click"),
    ("mc-2", "le college est pret, j'envoie la declaration", "", "", "teledeclarer-college", "click"),
    ("mc-3", "le justificatif de l'ehpad pour le conseil d'administration", "", "", "justificatif-ehpad", "click"),
    ("mc-4", "on a une nouvelle cantine au centre de loisirs a enregistrer", "", "", "lien-ajouter-cantine", "click"),
    ("mc-5", "a la creche on sert 45 repas par jour maintenant, pas 38", "", "", "modifier-creche", "click"),
    ("mc-6", "mon collegue julien doit pouvoir gerer les cantines aussi", "", "", "btn-inviter", "click"),
    ("mc-7", "j'ai un export excel de mes achats a mettre", "", "", "import-achats", "click"),
    ("mc-8", "jusqu'a quand pour teledeclarer ?", "", "", None, "done"),
    ("mc-9", "est ce que le college atteint l'objectif de bio ?", "", "", None, "done"),
    ("mc-10", "combien de bio a l'ehpad l'an dernier", "", "", None, "done"),
    ("mc-11", "afficher seulement celles qui sont encore a completer", "", "", "filtre-etat", "select"),
    ("mc-12", "afficher seulement celles qui sont encore a completer", "", "filtre-etat", "btn-filtrer", "click"),
    ("mc-13", "des idées pour le menu vegetarien de la semaine", "", "", "lien-menu-vege", "click"),
    ("mc-14", "on jette trop de pain, comment mesurer le gaspillage", "", "", "lien-gaspillage", "click"),
    ("mc-15", "je dois remplacer les barquettes en plastique", "", "", "lien-plastique", "click"),
    ("mc-16", "trouver la cantine qui a le siret 21330063500017", "", "", "filtre-nom", "type"),
]

G_FSL1 = "j'ai 1200 euros de retard de loyer chez Habitat Verne et j'ai recu un commandement de payer"
G_FSL2 = "facture edf de 640 € impayée, ils vont me couper, c'est Mme Pujol de la maison des solidarités qui me suit"
CASES["fsl_demande.html"] = [
    ("fsl-1", G_FSL1, "", "", "aide-loyer", "click"),
    ("fsl-2", G_FSL1, "aide-loyer", "", "montant-dette", "type"),
    ("fsl-3", G_FSL1, "aide-loyer", "montant-dette", "creancier", "type"),
    ("fsl-4", G_FSL1, "aide-loyer", "montant-dette creancier", "expulsion-oui", "click"),
    ("fsl-5", G_FSL1, "aide-loyer expulsion-oui", "montant-dette creancier", "btn-suivant", "click"),
    ("fsl-6", G_FSL2, "", "", "aide-energie", "click"),
    ("fsl-7", G_FSL2, "aide-energie", "", "montant-dette", "type"),
    ("fsl-8", G_FSL2, "aide-energie", "montant-dette", "creancier", "type"),
    ("fsl-9", G_FSL2, "aide-energie", "montant-dette creancier", "travailleur-social", "type"),
    ("fsl-10", "j'ai trouvé un appart mais je peux pas payer la caution", "", "", "aide-acces", "click"),
    ("fsl-11", "j'avais un echeancier avec le bailleur pour le loyer mais j'y arrive plus", "aide-loyer expulsion-non", "montant-dette creancier", "plan-apurement", "select"),
    ("fsl-12", "ils repondent en combien de temps ?", "", "", None, "done"),
    ("fsl-13", "c'est un pret ou on me donne l'argent ?", "", "", None, "done"),
    ("fsl-14", "je me suis trompé dans mes ressources", "", "", "step-ressources btn-precedent", "click"),
    ("fsl-15", "j'ai des dettes partout, pas que le loyer, les credits aussi", "", "", "lien-commission-surendettement", "click"),
    ("fsl-16", "je sais pas qui est mon assistante sociale", "", "", "aide-ts", "click"),
    ("fsl-17", "je continuerai demain, il me manque des papiers", "aide-eau", "", "btn-plus-tard", "click"),
]

G_AE = "je finis l'attestation pole emploi d'oceane, son cdd s'est terminé le 30 juin, dernier jour travaillé le 30 aussi"
CASES["francetravail_attestation_employeur.html"] = [
    ("ae-1", G_AE, "", "", "dlg-reprendre", "click"),
    ("ae-2", "je veux refaire l'attestation d'oceane depuis le debut, l'ancienne etait fausse", "", "", "dlg-nouvelle", "click"),
    ("ae-3", "attestation employeur pour ma vendeuse", "", "", "dlg-reprendre dlg-nouvelle", "click"),
    ("ae-4", G_AE, "dlg-reprendre", "", "date-fin", "type"),
    ("ae-5", G_AE, "dlg-reprendre", "date-fin", "dernier-jour", "type"),
    ("ae-6", G_AE, "dlg-reprendre", "date-fin dernier-jour", "motif", "select"),
    ("ae-7", G_AE, "dlg-reprendre", "date-fin dernier-jour motif", "preavis-sans", "click"),
    ("ae-8", G_AE, "dlg-reprendre preavis-sans", "date-fin dernier-jour motif", "btn-suivant", "click"),
    ("ae-9", "oceane a demissionné, fin le 15 juin, elle a fait son preavis", "dlg-reprendre", "date-fin dernier-jour motif", "preavis-effectue", "click"),
    ("ae-10", "oups c'est pas la bonne salariée, c'est pour karim", "dlg-reprendre", "", "lien-modifier-salarie", "click"),
    ("ae-11", "quel motif je dois mettre pour une fin de periode d'essai, je comprends pas", "dlg-reprendre", "", "aide-motif", "click"),
    ("ae-12", "j'ai deja envoyé l'attestation mais la date de fin etait fausse", "dlg-nouvelle", "", "lien-rectifier", "click"),
    ("ae-13", "je veux jeter ce brouillon", "dlg-reprendre", "", "btn-supprimer-brouillon", "click"),
    ("ae-14", "quand est ce que je dois envoyer l'attestation ?", "dlg-reprendre", "", None, "done"),
    ("ae-15", "mon logiciel de paie fait la DSN, c'est pas plus simple de passer par la ?", "dlg-reprendre", "", "lien-dsn", "click"),
    ("ae-16", "voir les attestations que j'ai deja faites", "dlg-nouvelle", "", "lien-mes-attestations", "click"),
    ("ae-17", "fin de cdd le 30 juin, mais on a signé une transaction avec oceane", "dlg-reprendre preavis-sans", "date-fin dernier-jour motif", "transaction", "click"),
]

G_DTR = "declarer mes ressources du trimestre, j'ai travaillé en mai seulement, 640 euros"
G_DTR2 = "chomage : 812 en avril, 790 en mai, 805 en juin, rien d'autre"
CASES["caf_rsa_trimestrielle.html"] = [
    ("dtr-1", G_DTR, "", "", "revenus-oui", "click"),
    ("dtr-2", G_DTR, "revenus-oui", "", "sal-mai", "type"),
    ("dtr-3", G_DTR, "revenus-oui", "sal-mai", "btn-continuer", "click"),
    ("dtr-4", "j'ai rien touché du tout ces 3 mois", "", "", "revenus-non", "click"),
    ("dtr-5", "j'ai rien touché du tout ces 3 mois", "revenus-non", "", "btn-continuer", "click"),
    ("dtr-6", G_DTR2, "revenus-oui", "", "cho-avril", "type"),
    ("dtr-7", G_DTR2, "revenus-oui", "cho-avril", "cho-mai", "type"),
    ("dtr-8", G_DTR2, "revenus-oui", "cho-avril cho-mai", "cho-juin", "type"),
    ("dtr-9", G_DTR2, "revenus-oui", "cho-avril cho-mai cho-juin", "btn-continuer", "click"),
    ("dtr-10", "mon ex me verse 150 par mois pour les enfants, c'est tout", "revenus-oui", "", "pa-avril", "type"),
    ("dtr-11", "je loue mon garage 60 euros par mois, a part ca rien", "revenus-oui", "", "autre-ressource", "click"),
    ("dtr-12", "avant quelle date il faut declarer ?", "", "", None, "done"),
    ("dtr-13", "combien j'ai touché de rsa le mois dernier", "", "", None, "done"),
    ("dtr-14", "je me suis mis en couple avec ma copine", "", "", "lien-changement-situation", "click"),
    ("dtr-15", "la caf me reclame 900 euros de trop percu", "", "", "lien-indu", "click"),
    ("dtr-16", "mon salaire de juin je l'ai recu le 3 juillet, je le mets en juin ou pas ?", "", "", None, "done"),
    ("dtr-17", "I need a proof of payment for my landlord", "", "", "lien-attestation", "click"),
    ("dtr-18", "j'ai eu des indemnités maladie en juin, 312 €, rien d'autre", "revenus-oui", "", "ij-juin", "type"),
]

CASES["msa_remboursements.html"] = [
    ("msa-1", "l'orthodontiste de leonie, ils m'ont remboursé combien ?", "", "", None, "done"),
    ("msa-2", "le detail de mes seances de kiné", "", "", "detail-r2", "click"),
    ("msa-3", "le medecin d'armand c'est pas encore payé ?", "", "", None, "done"),
    ("msa-4", "ma mutuelle veut un releve des remboursements", "", "", "btn-releve", "click"),
    ("msa-5", "je veux voir les remboursements sur toute l'annee", "", "", "f-periode", "select"),
    ("msa-6", "je veux voir les remboursements sur toute l'annee", "", "f-periode", "btn-afficher", "click"),
    ("msa-7", "seulement ceux de mon mari armand", "", "", "f-beneficiaire", "select"),
    ("msa-8", "j'ai une feuille de soins papier du dentiste a envoyer", "", "", "lien-envoyer-document", "click"),
    ("msa-9", "on a changé de banque, les remboursements doivent aller sur le nouveau compte", "", "", "lien-rib", "click"),
    ("msa-10", "ils m'ont mal remboursé, je veux contester", "", "", "lien-recours", "scroll"),
    ("msa-11", "ma mutuelle recoit rien, faut verifier le lien", "", "", "lien-noemie", "scroll"),
    ("msa-12", "combien de franchises on m'a retenu cette annee", "", "", "lien-franchises", "scroll"),
    ("msa-13", "pourquoi on m'enleve toujours 2 euros quand je vais chez le medecin", "", "", None, "done"),
    ("msa-14", "on part en vacances en croatie, il nous faut la carte europeenne", "", "", "lien-ceam-msa", "click"),
    ("msa-15", "l'hopital me demande une attestation de droits", "", "", "lien-attestation-droits", "click"),
    ("msa-16", "la msa m'a ecrit un message", "", "", "btn-messages", "click"),
]

G_SC = "j'ai commandé des baskets le 2 mai, 89 euros, toujours rien reçu et le site repond pas"
G_SC2 = "le grille-pain est arrivé cassé, j'ai une photo du colis"
CASES["signalconso_probleme.html"] = [
    ("sc-1", G_SC, "", "", "pb-livraison", "click"),
    ("sc-2", G_SC, "pb-livraison", "", "date-achat", "type"),
    ("sc-3", G_SC, "pb-livraison", "date-achat", "montant", "type"),
    ("sc-4", G_SC, "pb-livraison", "date-achat montant", "description", "type"),
    ("sc-5", G_SC, "pb-livraison", "date-achat montant description", "btn-suivant", "click"),
    ("sc-6", "on me preleve 29,90 par mois pour un abonnement que j'ai jamais pris", "", "", "pb-abonnement", "click"),
    ("sc-7", "on me preleve 29,90 par mois pour un abonnement que j'ai jamais pris", "pb-abonnement", "", "montant", "type"),
    ("sc-8", G_SC2, "pb-defectueux", "description", "pj", "click"),
    ("sc-9", G_SC2, "pb-defectueux pj", "description", "btn-suivant", "click"),
    ("sc-10", "des faux avis 5 etoiles partout, mais je veux pas que le vendeur sache que c'est moi", "pb-faux-avis", "description", "anonyme", "click"),
    ("sc-11", "en fait c'etait pas sur internet, c'etait dans le magasin", "", "", "lien-changer-categorie", "click"),
    ("sc-12", "est ce que vous allez me rembourser ?", "", "", None, "done"),
    ("sc-13", "quelqu'un a utilisé ma carte bancaire sur un site", "", "", "lien-arnaque", "click"),
    ("sc-14", "je veux un mediateur pour recuperer mon argent", "", "", "lien-mediateur", "click"),
    ("sc-15", "english please", "", "", "lien-english", "click"),
    ("sc-16", "je veux savoir ou en est mon signalement du mois dernier", "", "", "lien-espace-conso", "click"),
]

G_CJ = "il me faut mon casier judiciaire pour un boulot. Mme Léa Fontanel née le 09/12/1994 a Rennes, lea.fontanel@mail.fr"
F_CJ = "nom-naissance prenoms date-naissance"
CASES["casier_judiciaire_b3.html"] = [
    ("cj-1", G_CJ, "", "", "civ-madame", "click"),
    ("cj-2", G_CJ, "civ-madame", "", "nom-naissance", "type"),
    ("cj-3", G_CJ, "civ-madame", "nom-naissance", "prenoms", "type"),
    ("cj-4", G_CJ, "civ-madame", "nom-naissance prenoms", "date-naissance", "type"),
    ("cj-5", G_CJ, "civ-madame", F_CJ, "commune-naissance", "type"),
    ("cj-6", G_CJ, "civ-madame", F_CJ + " commune-naissance", "courriel", "type"),
    ("cj-7", G_CJ, "civ-madame", F_CJ + " commune-naissance courriel", "motif", "select"),
    ("cj-8", G_CJ, "civ-madame", F_CJ + " commune-naissance courriel motif", "certifie", "click"),
    ("cj-9", G_CJ, "civ-madame certifie", F_CJ + " commune-naissance courriel motif", "btn-envoyer", "click"),
    ("cj-10", "extrait de casier pour moi, je suis né a casablanca au maroc le 4 avril 1990", "civ-monsieur", F_CJ, "pays-naissance", "select"),
    ("cj-11", "c'est payant de demander son casier ?", "", "", None, "done"),
    ("cj-12", "je suis né en algerie, je vais le recevoir en combien de temps", "", "", None, "done"),
    ("cj-13", "je prefere envoyer ma demande par la poste", "", "", "lien-courrier", "scroll"),
    ("cj-14", "mon nom est mal orthographié sur mon casier", "", "", "lien-rectification", "scroll"),
    ("cj-15", "c'est pour l'extrait de casier de ma societe, une SARL", "", "", "lien-personne-morale", "scroll"),
    ("cj-16", "je veux voir le casier de mon futur employé avant de l'embaucher", "", "", None, "done"),
    ("cj-17", "j'ai tout mal rempli, je recommence a zero", "civ-madame", F_CJ, "btn-effacer", "click"),
]


def build():
    out = []
    for page, rows in CASES.items():
        pg = Page(os.path.join(HERE, "pages_j", page))
        for cid, goal, hist, filled, gold, action in rows:
            history = [{"element_id": h, "action": "click", "label": pg.name(pg.by_id[h])} for h in hist.split()]
            out.append({"id": cid, "page": page, "goal": goal, "history": history, "filled": filled.split(),
                        "gold": gold.split() if gold else None, "action": action, "split": "blind_j"})
    return {"about": ABOUT, "cases": out}


if __name__ == "__main__":
    data = build()
    with open(os.path.join(HERE, "blind_j.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases" % len(data["cases"]))
