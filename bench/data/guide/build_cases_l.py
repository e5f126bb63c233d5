#!/usr/bin/env python3
"""Hand-written cases of Albertine blind set L; writes blind_l.json (history labels are computed from the pages)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_cases_l import Page  # noqa: E402

ABOUT = (
    "Independent held-out evaluation set L for Albertine (next-step guidance on French public-service websites). "
    "17 synthetic static pages modelled on a fishing federation's card shop (carte de pêche), France Travail (demande "
    "de financement de formation, AIF), FranceAgriMer (aide aux investissements apicoles), net-entreprises (attestation "
    "de salaire pour un arrêt maladie), the carte mobilité inclusion production site (photo et signature), a town's "
    "permis de détention d'un chien de 1re/2e catégorie, Le Compte Asso (budget d'une demande de subvention FDVA), a "
    "centre de gestion's concours registration (adjoint administratif), démarches-simplifiées (autorisation de "
    "terrasse), the Crit'Air certificate order, the Agence de la biomédecine's registre national des refus, a town's "
    "registre canicule, the guichet unique des formalités des entreprises (création de micro-entreprise), Télérecours "
    "citoyens (requête), impots.gouv (déclarer un don manuel), a regional network's tarification solidarité transport "
    "and a town's livret de famille request. Each page file is the state before any step; history = steps already "
    "done on that page (all clicks: a closed dialog/banner is gone, a clicked radio/checkbox is toggled, a clicked file "
    "input has received its file); filled = fields already filled by the user (value= fields and pre-selected options "
    "also count as filled unless the goal contradicts them); gold = acceptable element ids (null when action is "
    "'done'). action 'scroll': the target (gold) is far below the first screen and must be scrolled to. File inputs, "
    "radios and checkboxes use action 'click'. Written for the communs project, MIT licence."
)

# (id, goal, history ids, filled ids, gold ids or None, action) per page. Space-separated id lists.
CASES = {}

G = "je voudrais ma carte de peche pour toute l'annee, je suis né le 04/09/1979 et je compte aussi aller pecher dans les departements d'a coté"
G2 = "je suis en vacances chez ma soeur une semaine a partir du 12/07, je veux taquiner le poisson, je suis né le 02/02/1980"
CASES["cartedepeche_achat.html"] = [
    ("pe-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("pe-2", G, "ck-refuser", "", "carte-majeure", "click"),
    ("pe-3", G, "ck-refuser carte-majeure", "", "date-naissance", "type"),
    ("pe-4", G, "ck-refuser carte-majeure", "date-naissance", "timbre-ehgo", "click"),
    ("pe-5", G, "ck-refuser carte-majeure timbre-ehgo", "date-naissance", "btn-suivant", "click"),
    ("pe-6", G2, "ck-accepter", "", "carte-hebdo", "click"),
    ("pe-7", G2, "ck-accepter carte-hebdo", "", "date-debut", "type"),
    ("pe-8", G2, "ck-accepter carte-hebdo", "date-debut", "date-naissance", "type"),
    ("pe-9", "ma fille a 9 ans et veut venir avec moi au bord de l'eau, ca coute combien pour elle", "ck-accepter", "", None, "done"),
    ("pe-10", "j'avais deja payé ma carte en mars et je la retrouve plus", "ck-refuser", "", "lien-carte-perdue", "click"),
    ("pe-11", "je me suis trompé de club, moi je suis a celui de port-vidal", "ck-accepter", "", "btn-changer-aappma", "click"),
    ("pe-12", "c'est quoi la taille mini pour garder un brochet", "ck-refuser", "", "lien-reglementation", "click"),
    ("pe-13", "ou est ce que je peux aller lancer ma ligne pres de chez moi", "ck-refuser", "", "lien-parcours", "click"),
    ("pe-14", "je veux decider moi meme quels traceurs j'autorise", "", "", "ck-parametrer", "click"),
    ("pe-15", "si j'achete la carte annuelle en novembre elle marche jusqu'en novembre prochain ?", "ck-accepter", "", None, "done"),
    ("pe-16", "I want to fish carp at night, where is it allowed?", "ck-refuser", "", "lien-nuit", "click"),
    ("pe-17", "je veux voir ce que j'ai deja mis de coté pour payer", "ck-refuser", "", "btn-panier", "click"),
]

G = "je veux faire la formation cariste, j'ai 820 euros sur mon cpf et je veux bien tout mettre, j'ai deja bossé en entrepot en interim et y a plein d'offres dans le coin"
G2 = "j'ai 1500 sur mon cpf mais je veux en utiliser que 500, une boite m'embauche si j'ai le caces, et le centre est a 40 km de chez moi"
CASES["francetravail_aif.html"] = [
    ("ft-1", G, "", "", "solde-cpf", "type"),
    ("ft-2", G, "", "solde-cpf", "cpf-oui", "click"),
    ("ft-3", G, "cpf-oui", "solde-cpf", "motivation", "type"),
    ("ft-4", G, "cpf-oui", "solde-cpf motivation", "btn-envoyer", "click"),
    ("ft-5", G2, "", "solde-cpf", "cpf-partiel", "click"),
    ("ft-6", G2, "cpf-partiel", "solde-cpf", "montant-cpf", "type"),
    ("ft-7", G2, "cpf-partiel", "solde-cpf montant-cpf motivation", "promesse", "click"),
    ("ft-8", G2, "cpf-partiel promesse", "solde-cpf montant-cpf motivation", "frais-deplacement", "click"),
    ("ft-9", G2, "cpf-partiel promesse frais-deplacement", "solde-cpf montant-cpf motivation", "btn-envoyer", "click"),
    ("ft-10", "je sais plus combien il me reste sur mon compte formation", "", "", "lien-moncompteformation", "click"),
    ("ft-11", "est ce que je continue a toucher mes alloc pendant que je suis en stage ?", "", "", None, "done"),
    ("ft-12", "le stage demarre dans 10 jours, c'est pas trop tard pour demander l'aide ?", "", "", None, "done"),
    ("ft-13", "finalement je prefere apprendre la soudure", "", "", "lien-catalogue", "click"),
    ("ft-14", "les dates sont plus bonnes, la session a ete repoussée", "", "", "btn-modifier-formation", "click"),
    ("ft-15", "j'ai un rdv, je reprends ca ce soir", "", "solde-cpf", "btn-brouillon", "click"),
    ("ft-16", "my adviser sent me something, I want to read it", "", "", "btn-messages", "click"),
    ("ft-17", "est ce que vous avez bien eu le devis du centre ?", "", "", None, "done"),
]

G = "je veux acheter 40 ruches neuves et un extracteur, les devis font 9 800 euros HT, j'ai 2 devis, jamais eu cette aide avant"
G2 = "on est en bio depuis 3 ans, je veux une remorque pour deplacer les colonies au printemps, un seul devis de 6 200 HT, c'est notre premiere demande"
CASES["franceagrimer_apiculture.html"] = [
    ("fa-1", G, "", "", "inv-ruches inv-extraction", "click"),
    ("fa-2", G, "inv-ruches", "", "inv-extraction", "click"),
    ("fa-3", G, "inv-ruches inv-extraction", "", "montant-ht", "type"),
    ("fa-4", G, "inv-ruches inv-extraction", "montant-ht", "nb-devis", "type"),
    ("fa-5", G, "inv-ruches inv-extraction", "montant-ht nb-devis", "aide-non", "click"),
    ("fa-6", G, "inv-ruches inv-extraction aide-non", "montant-ht nb-devis", "btn-suivant", "click"),
    ("fa-7", G2, "", "", "inv-transhumance", "click"),
    ("fa-8", G2, "inv-transhumance", "montant-ht nb-devis", "aide-non", "click"),
    ("fa-9", G2, "inv-transhumance aide-non", "montant-ht nb-devis", "bio-oui", "click"),
    ("fa-10", "vous remboursez combien en pourcentage", "", "", None, "done"),
    ("fa-11", "je peux deja commander le materiel avant d'envoyer le dossier ?", "", "", None, "done"),
    ("fa-12", "j'ai pas encore fait le recensement de mes ruches cette annee", "", "", "lien-declaration-ruches", "click"),
    ("fa-13", "j'ai mal tapé le siret du gaec tout au debut", "", "", "step-1", "click"),
    ("fa-14", "j'y comprends rien a ce site, y a pas une video qui explique ?", "", "", "lien-tuto", "click"),
    ("fa-15", "c'est jusqu'a quand pour deposer", "", "", None, "done"),
    ("fa-16", "j'achete juste 3 hausses pour 400 euros, c'est aidé ?", "", "", None, "done"),
    ("fa-17", "I'd like to read the official rules of this grant first", "", "", "lien-notice", "click"),
]

G = "je fais le papier pour laetitia qui est en arret maladie, on continue a la payer, elle touchait 2 100 brut en juin juillet et aout, l'iban de la boite c'est FR76 3000 4000 0312 3456 7890 143"
G2 = "arret maladie de laetitia, nous on la paie pas pendant l'arret, 1 980 en juin, 1 980 en juillet, 2 050 en aout, et elle a eu 300 euros de prime en juillet"
CASES["netentreprises_arret.html"] = [
    ("ne-1", G, "", "", "subro-oui", "click"),
    ("ne-2", G, "subro-oui", "", "iban-entreprise", "type"),
    ("ne-3", G, "subro-oui", "iban-entreprise", "sal-juin", "type"),
    ("ne-4", G, "subro-oui", "iban-entreprise sal-juin", "sal-juillet", "type"),
    ("ne-5", G, "subro-oui", "iban-entreprise sal-juin sal-juillet", "sal-aout", "type"),
    ("ne-6", G, "subro-oui", "iban-entreprise sal-juin sal-juillet sal-aout", "btn-valider", "click"),
    ("ne-7", G2, "", "", "subro-non", "click"),
    ("ne-8", G2, "subro-non", "", "sal-juin", "type"),
    ("ne-9", G2, "subro-non", "sal-juin sal-juillet sal-aout", "prime", "click"),
    ("ne-10", G2, "subro-non prime", "sal-juin sal-juillet sal-aout", "montant-primes", "type"),
    ("ne-11", "la secu indemnise a partir de quel jour", "", "", None, "done"),
    ("ne-12", "elle revient finalement lundi, plus tot que prevu", "", "", "lien-reprise", "click"),
    ("ne-13", "un de mes gars s'est ouvert la main avec la trancheuse au fournil", "", "", "lien-accident", "click"),
    ("ne-14", "en fait elle est pas malade, elle attend un bebe et s'arrete pour ca", "", "", "lien-maternite", "click"),
    ("ne-15", "the end date of her sick leave is wrong", "", "", "btn-modifier-arret", "click"),
    ("ne-16", "je veux retrouver celle que j'avais faite pour romain en mars", "", "", "lien-historique", "click"),
    ("ne-17", "faut l'envoyer quand ce truc, on a le temps ?", "", "", None, "done"),
]

G = "je fais la carte pour mon pere qui a eu l'accord de la mdph, j'ai sa photo sur mon telephone, lui il peut plus tenir un stylo"
G2 = "je fais ma carte moi meme, ma photo est prete, je veux etre prevenu par texto au 06 44 55 66 77 quand elle part"
CASES["cmi_fabrication.html"] = [
    ("cmi-1", G, "", "", "dlg-commencer dlg-fermer", "click"),
    ("cmi-2", G, "dlg-commencer", "", "pour-proche", "click"),
    ("cmi-3", G, "dlg-commencer pour-proche", "", "photo", "click"),
    ("cmi-4", G, "dlg-commencer pour-proche photo", "", "sig-impossible", "click"),
    ("cmi-5", G, "dlg-commencer pour-proche photo sig-impossible", "", "btn-valider", "click"),
    ("cmi-6", G2, "dlg-fermer", "", "pour-moi", "click"),
    ("cmi-7", G2, "dlg-fermer pour-moi", "", "photo", "click"),
    ("cmi-8", G2, "dlg-fermer pour-moi photo", "", "sig-ecran", "click"),
    ("cmi-9", G2, "dlg-fermer pour-moi photo sig-ecran", "", "sms", "click"),
    ("cmi-10", G2, "dlg-fermer pour-moi photo sig-ecran sms", "", "tel-sms", "type"),
    ("cmi-11", "on m'a volé la carte dans la voiture", "dlg-commencer", "", "lien-duplicata", "click"),
    ("cmi-12", "j'ai jamais eu la lettre avec le code", "", "", "dlg-courrier", "click"),
    ("cmi-13", "je dois payer quelque chose pour l'avoir ?", "dlg-fermer", "", None, "done"),
    ("cmi-14", "mes droits se terminent l'an prochain, comment je fais pour les prolonger", "dlg-commencer", "", "lien-mdph", "click"),
    ("cmi-15", "je la pose ou dans l'auto pour pas prendre d'amende", "dlg-commencer", "", None, "done"),
    ("cmi-16", "my picture got rejected, what kind of photo do you need?", "dlg-fermer", "", "lien-photo-conseils", "click"),
    ("cmi-17", "ca met combien de temps pour arriver chez moi", "dlg-commencer", "", None, "done"),
]

G = "j'ai un rottweiler de 2 ans qui s'appelle Oslo, puce 250268500123456, né le 14/03/2023, j'ai tous les papiers scannés"
G2 = "mon pitbull est de 1ere categorie et il est sterilisé, j'ai le certificat du veto"
CASES["mairie_chien_dangereux.html"] = [
    ("cd-1", G, "", "", "cat-2", "click"),
    ("cd-2", G, "cat-2", "", "nom-chien", "type"),
    ("cd-3", G, "cat-2", "nom-chien", "identification", "type"),
    ("cd-4", G, "cat-2", "nom-chien identification", "date-naissance-chien", "type"),
    ("cd-5", G, "cat-2", "nom-chien identification date-naissance-chien", "race", "select"),
    ("cd-6", G, "cat-2", "nom-chien identification date-naissance-chien race", "evaluation", "click"),
    ("cd-7", G, "cat-2 evaluation aptitude", "nom-chien identification date-naissance-chien race", "assurance", "click"),
    ("cd-8", G, "cat-2 evaluation aptitude assurance vaccin", "nom-chien identification date-naissance-chien race", "btn-envoyer", "click"),
    ("cd-9", "mon chiot amstaff a 4 mois, je dois faire quoi", "", "", "lien-provisoire", "click"),
    ("cd-10", "ou est ce que je fais tester le caractere de mon chien", "", "", "lien-veterinaires", "click"),
    ("cd-11", "c'est payant ce permis ?", "", "", None, "done"),
    ("cd-12", "je risque quoi si j'ai pas fait les papiers pour mon chien", "", "", None, "done"),
    ("cd-13", "le chien du voisin a mordu ma fille hier", "", "", "lien-morsure", "click"),
    ("cd-14", "mon chien s'est sauvé cette nuit", "", "", "lien-perte", "click"),
    ("cd-15", "j'ai pas encore fait le stage obligatoire pour les maitres", "", "", "lien-formation", "click"),
    ("cd-16", "c'est un croisé, j'ai aucune idee de sa categorie", "", "", "cat-inconnue", "click"),
    ("cd-18", G2, "cat-1", "nom-chien identification date-naissance-chien", "race", "select"),
    ("cd-17", G2, "cat-1 evaluation aptitude assurance vaccin", "nom-chien identification date-naissance-chien race", "sterilisation", "click"),
]

G = "on demande 3000 euros pour notre potager pedagogique qui coute 7500 en tout, la mairie nous donne 2000 et on met 1000 de notre poche, c'est la 1ere fois qu'on demande, on comptera combien d'ecoles sont venues"
F = "budget-total montant-demande autres-financements fonds-propres"
CASES["compteasso_subvention.html"] = [
    ("asso-1", G, "", "", "budget-total", "type"),
    ("asso-2", G, "", "budget-total", "montant-demande", "type"),
    ("asso-3", G, "", "budget-total montant-demande", "autres-financements", "type"),
    ("asso-4", G, "", "budget-total montant-demande autres-financements", "fonds-propres", "type"),
    ("asso-5", G, "", F, "prem-oui", "click"),
    ("asso-6", G, "prem-oui", F, "evaluation", "type"),
    ("asso-7", G, "prem-oui", F + " evaluation", "btn-suivant", "click"),
    ("asso-8", "les benevoles font 200 heures dans l'annee, on me dit de les compter", "", F, "benevolat", "type"),
    ("asso-9", "on peut demander a l'etat de payer tout le projet ?", "", "", None, "done"),
    ("asso-10", "c'est quoi la date butoir", "", "", None, "done"),
    ("asso-11", "le tresorier a changé et on a un nouveau siret", "", "", "lien-rna", "click"),
    ("asso-12", "on nous reclame le bilan de l'argent recu l'an dernier", "", "", "lien-compte-rendu", "click"),
    ("asso-13", "je veux que la presidente puisse aussi remplir le dossier avec son propre acces", "", "", "lien-membres", "click"),
    ("asso-14", "je veux voir a quoi ressemble le dossier entier avant de l'envoyer", "", F, "btn-apercu", "click"),
    ("asso-15", "on s'est trompé, on voulait l'aide pour former les benevoles, pas celle la", "", "", "btn-changer-subvention", "click"),
    ("asso-16", "I need to fix what I wrote about the project itself", "", "", "step-3", "click"),
    ("asso-17", "c'est pour continuer le potager, on avait deja eu des sous l'an dernier pour ca", "", F, "prem-non", "click"),
]

G = "je m'inscris au concours, je passe les ecrits a lussac, je prends anglais en option, j'ai un bac pro, pas de handicap"
G2 = "je suis reconnue travailleur handicapé, il me faut du temps en plus pour ecrire, j'ai le certificat du medecin agree, j'ai un CAP petite enfance, je composerai a port-vidal, pas de langue"
CASES["concours_inscription.html"] = [
    ("co-1", G, "", "", "dlg-lu dlg-fermer", "click"),
    ("co-2", G, "dlg-lu", "", "centre", "select"),
    ("co-3", G, "dlg-lu", "centre", "option-langue", "select"),
    ("co-4", G, "dlg-lu", "centre option-langue", "amen-non", "click"),
    ("co-5", G, "dlg-lu amen-non", "centre option-langue", "dip-bac", "click"),
    ("co-6", G, "dlg-lu amen-non dip-bac", "centre option-langue", "btn-suivant", "click"),
    ("co-7", G2, "dlg-fermer", "centre", "amen-oui", "click"),
    ("co-8", G2, "dlg-fermer amen-oui", "centre", "certificat-medical", "click"),
    ("co-9", G2, "dlg-fermer amen-oui certificat-medical", "centre", "dip-cap", "click"),
    ("co-10", "faut payer pour s'inscrire ?", "dlg-lu", "", None, "done"),
    ("co-11", "les epreuves ecrites c'est quel jour", "dlg-fermer", "", None, "done"),
    ("co-12", "je veux m'entrainer sur les sujets des annees d'avant", "dlg-lu", "", "lien-annales", "click"),
    ("co-13", "je suis deja contractuelle a la mairie depuis 3 ans", "dlg-lu", "", "lien-interne", "click"),
    ("co-14", "je veux voir toutes les dates avant de commencer", "", "", "dlg-calendrier", "click"),
    ("co-15", "j'ai aucun diplome mais 6 ans comme secretaire", "dlg-lu amen-non", "centre", "dip-equivalence", "click"),
    ("co-16", "une fois que j'ai fini ici, je suis inscrite ou y a encore un truc a faire ?", "dlg-lu", "", None, "done"),
    ("co-17", "je trouve pas de docteur agree pour le certificat", "dlg-fermer", "", "lien-medecins", "click"),
    ("co-18", G2, "dlg-fermer", "", "centre", "select"),
]

G = "terrasse pour mon café Le Balto, siret 81234567800019, 6 tables dehors toute l'annee, 8 metres sur 2,5, j'ai le plan, l'assurance et le kbis"
G2 = "c'est juste pour les beaux jours, et je mets des bacs a fleurs autour des tables"
F = "siret enseigne longueur largeur"
CASES["ds_terrasse.html"] = [
    ("ds-1", G, "", "", "siret", "type"),
    ("ds-2", G, "", "siret", "enseigne", "type"),
    ("ds-3", G, "", "siret enseigne", "ter-ouverte", "click"),
    ("ds-4", G, "ter-ouverte", "siret enseigne", "longueur", "type"),
    ("ds-5", G, "ter-ouverte", "siret enseigne longueur", "largeur", "type"),
    ("ds-6", G, "ter-ouverte", F, "per-annuelle", "click"),
    ("ds-7", G, "ter-ouverte per-annuelle", F, "plan", "click"),
    ("ds-8", G, "ter-ouverte per-annuelle plan assurance", F, "kbis", "click"),
    ("ds-9", G, "ter-ouverte per-annuelle plan assurance kbis", F, "btn-deposer", "click"),
    ("ds-10", G2, "ter-ouverte", F, "per-saison", "click"),
    ("ds-11", G2, "ter-ouverte per-saison", F, "jardinieres", "click"),
    ("ds-12", "je peux mettre un parasol chauffant pour l'hiver ?", "", "", None, "done"),
    ("ds-13", "je sais pas dans quelle zone est ma rue pour le prix", "", "", "lien-tarifs", "click"),
    ("ds-14", "la mairie veut que je precise un truc, je veux leur repondre", "", "", "lien-instructeur", "click"),
    ("ds-15", "je veux voir mes autres demandes", "", "", "btn-mes-dossiers", "click"),
    ("ds-16", "j'ai tout rempli de travers, je prefere tout jeter et recommencer", "", "siret", "btn-supprimer", "click"),
    ("ds-17", "how long before the town gives me an answer?", "", "", None, "done"),
]

G = "commander la vignette crit'air de ma clio AB-123-CD immatriculée le 12/05/2015, VIN VF15RB12345678901, mon mail paul.girel@exemple.fr"
F = "pays immat date-immat vin email email-confirm"
CASES["critair_commande.html"] = [
    ("ca-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("ca-2", G, "ck-refuser", "", "immat", "type"),
    ("ca-3", G, "ck-refuser", "immat", "date-immat", "type"),
    ("ca-4", G, "ck-refuser", "immat date-immat", "vin", "type"),
    ("ca-5", G, "ck-refuser", "immat date-immat vin", "email", "type"),
    ("ca-6", G, "ck-refuser", "immat date-immat vin email", "email-confirm", "type"),
    ("ca-7", G, "ck-refuser", F, "carte-grise", "click"),
    ("ca-8", G, "ck-refuser carte-grise", F, "cgv", "click"),
    ("ca-9", G, "ck-refuser carte-grise cgv", F, "btn-suivant", "click"),
    ("ca-10", "my car has german plates and I'm driving to lyon next week", "ck-accepter", "", "pays", "select"),
    ("ca-11", "elle coute combien la pastille", "ck-refuser", "", None, "done"),
    ("ca-12", "j'ai commandé il y a 3 semaines et toujours rien dans ma boite aux lettres", "ck-accepter", "", "lien-perdue lien-suivi", "click"),
    ("ca-13", "est ce que je peux rouler dans grenoble sans l'autocollant", "ck-refuser", "", "lien-zfe", "click"),
    ("ca-14", "je veux juste savoir si ma voiture est classée 2 ou 3", "ck-refuser", "", "btn-simuler", "click"),
    ("ca-15", "je gere les 12 camionnettes de ma boite", "ck-accepter", "", "lien-pro", "click"),
    ("ca-16", "je veux regler moi meme ce que le site enregistre sur moi", "", "", "ck-personnaliser", "click"),
    ("ca-17", "ou je trouve le numero VIN", "ck-refuser", "immat date-immat", "aide-vin", "click"),
]

G = "je veux pas qu'on prenne mes organes quand je serai morte, pour rien du tout. Claire Anjou, nee Berthaud le 17/01/1984 a Tours, 3 rue des Lilas 37000 Tours"
G2 = "je veux bien aider a greffer quelqu'un mais je veux pas que mon corps serve aux chercheurs"
F = "nom-naissance prenoms date-naissance lieu-naissance adresse"
R = "refus-greffe refus-recherche refus-autopsie"
CASES["registre_refus.html"] = [
    ("rr-1", G, "", "", "sexe-f", "click"),
    ("rr-2", G, "sexe-f", "", "nom-naissance", "type"),
    ("rr-3", G, "sexe-f", "nom-naissance", "prenoms", "type"),
    ("rr-4", G, "sexe-f", "nom-naissance prenoms", "date-naissance", "type"),
    ("rr-5", G, "sexe-f", "nom-naissance prenoms date-naissance", "lieu-naissance", "type"),
    ("rr-6", G, "sexe-f", "nom-naissance prenoms date-naissance lieu-naissance", "adresse", "type"),
    ("rr-7", G, "sexe-f", F, R, "click"),
    ("rr-8", G, "sexe-f refus-greffe refus-recherche", F, "refus-autopsie", "click"),
    ("rr-9", G, "sexe-f " + R, F, "piece-identite", "click"),
    ("rr-10", G, "sexe-f " + R + " piece-identite", F, "certifie", "click"),
    ("rr-11", G, "sexe-f " + R + " piece-identite certifie", F, "btn-envoyer", "click"),
    ("rr-12", G2, "sexe-m", F, "refus-recherche", "click"),
    ("rr-13", "j'ai changé d'avis, je veux qu'on puisse prendre mes organes finalement", "", "", "lien-retrait", "scroll"),
    ("rr-14", "mon fils a 14 ans, il peut deja s'inscrire ?", "", "", None, "done"),
    ("rr-15", "moi je veux donner mes organes, je dois faire quoi ?", "", "", None, "done"),
    ("rr-16", "je veux leguer mon corps a la fac de medecine", "", "", "lien-don-corps", "scroll"),
    ("rr-17", "I'd rather send it by post", "", "", "lien-formulaire-papier", "scroll"),
    ("rr-18", "ma famille pourra dire non a ma place ?", "", "", None, "done"),
]

G = "j'inscris ma mere, elle a 82 ans, Jeanne Morel née le 03/06/1943, 12 rue du Port, elle vit toute seule, son tel 02 41 00 00 00, s'il faut prevenir quelqu'un c'est moi Sylvie au 06 12 12 12 12"
G2 = "je m'inscris moi meme, j'ai 62 ans et je suis en invalidité, j'habite au 3e, code 4512B"
F = "nom prenom date-naissance adresse tel"
CASES["mairie_registre_canicule.html"] = [
    ("cn-1", G, "", "", "qui-proche", "click"),
    ("cn-2", G, "qui-proche", "", "nom", "type"),
    ("cn-3", G, "qui-proche", "nom", "prenom", "type"),
    ("cn-4", G, "qui-proche", "nom prenom", "date-naissance", "type"),
    ("cn-5", G, "qui-proche", "nom prenom date-naissance", "adresse", "type"),
    ("cn-6", G, "qui-proche", "nom prenom date-naissance adresse", "tel", "type"),
    ("cn-7", G, "qui-proche", F, "sit-65", "click"),
    ("cn-8", G, "qui-proche sit-65", F, "seul", "click"),
    ("cn-9", G, "qui-proche sit-65 seul", F, "contact-urgence", "type"),
    ("cn-10", G, "qui-proche sit-65 seul", F + " contact-urgence", "btn-inscrire", "click"),
    ("cn-11", G2, "qui-moi", "nom prenom date-naissance adresse", "etage", "type"),
    ("cn-12", G2, "qui-moi", F + " etage", "sit-60", "click"),
    ("cn-13", "ma mere etait inscrite mais elle part en maison de retraite", "", "", "lien-desinscription", "click"),
    ("cn-14", "ca coute quelque chose de s'inscrire ?", "", "", None, "done"),
    ("cn-15", "ou je peux aller me mettre au frais cet aprem", "", "", "lien-lieux-frais", "click"),
    ("cn-16", "mon pere se fait plus a manger, on peut lui livrer ses plats ?", "", "", "lien-portage", "click"),
    ("cn-17", "la mairie va vraiment telephoner a ma tante quand il fera trop chaud ?", "", "", None, "done"),
    ("cn-18", "je veux appeler tout de suite le numero gratuit pour la chaleur", "", "", "lien-canicule-info", "click"),
]

G = "je me mets a mon compte pour reparer des velos, je demarre le 01/12/2025, je travaille depuis chez moi et je garde mon cdi a mi temps"
G2 = "je vais vendre des fromages sur les marchés, je commence le 15/01/2026"
CASES["guichet_unique_creation.html"] = [
    ("gu-1", G, "", "", "date-debut", "type"),
    ("gu-2", G, "", "date-debut", "description", "type"),
    ("gu-3", G, "", "date-debut description", "nat-artisanale", "click"),
    ("gu-4", G, "nat-artisanale", "date-debut description", "lieu-domicile", "click"),
    ("gu-5", G, "nat-artisanale lieu-domicile", "date-debut description", "salarie", "click"),
    ("gu-6", G, "nat-artisanale lieu-domicile salarie", "date-debut description", "btn-suivant", "click"),
    ("gu-7", G2, "", "date-debut description", "nat-commerciale", "click"),
    ("gu-8", G2, "nat-commerciale", "date-debut description", "lieu-ambulant", "click"),
    ("gu-9", G2, "nat-commerciale lieu-ambulant", "date-debut description", "btn-suivant", "click"),
    ("gu-10", "je sais pas si donner des cours de guitare c'est liberal ou commercial", "", "", "lien-aide-nature", "click"),
    ("gu-11", "ca coute combien de creer ma micro", "", "", None, "done"),
    ("gu-12", "au bout de combien de temps j'aurai mon numero siret", "", "", None, "done"),
    ("gu-13", "je suis au chomage, y a un coup de pouce pour lancer sa boite ?", "", "", "lien-acre", "click"),
    ("gu-14", "je vais m'associer avec mon frere, on veut monter une vraie societe a deux", "", "", "lien-societe", "click"),
    ("gu-15", "combien je vais devoir payer a l'urssaf", "", "", "lien-simulateur", "click"),
    ("gu-16", "I typed my birth date wrong in my personal details", "", "", "step-2", "click"),
    ("gu-17", "j'ai deja envoyé un dossier le mois dernier, il en est ou", "", "", "lien-suivi", "click"),
]

G = "je conteste le refus de la mairie pour ma piscine, decision du 12/06/2025 que j'ai recue le 16/06, j'avais deja fait un recours gracieux et ils ont redit non le 28/07"
F = "administration date-decision date-notification"
CASES["telerecours_requete.html"] = [
    ("tr-1", G, "", "", "type-annulation", "click"),
    ("tr-2", G, "type-annulation", "", "administration", "type"),
    ("tr-3", G, "type-annulation", "administration", "date-decision", "type"),
    ("tr-4", G, "type-annulation", "administration date-decision", "date-notification", "type"),
    ("tr-5", G, "type-annulation", F, "prealable-oui", "click"),
    ("tr-6", G, "type-annulation prealable-oui", F, "date-rejet", "type"),
    ("tr-7", G, "type-annulation prealable-oui", F + " date-rejet", "resume", "type"),
    ("tr-8", G, "type-annulation prealable-oui", F + " date-rejet resume", "btn-suivant", "click"),
    ("tr-9", "le college a viré mon fils definitivement et il a son brevet dans 3 semaines, il faut arreter ca tout de suite", "", "", "type-suspension", "click"),
    ("tr-10", "la commune m'a fait perdre 8000 euros avec ses travaux devant ma boutique, je veux etre dedommagé", "", "", "type-indemnitaire", "click"),
    ("tr-11", "j'ai jusqu'a quand pour attaquer la decision", "", "", None, "done"),
    ("tr-12", "je suis obligé de prendre un avocat ?", "", "", None, "done"),
    ("tr-13", "j'ai pas les moyens de me payer un avocat", "", "", "lien-aide-juridictionnelle", "click"),
    ("tr-14", "c'est pas le bon tribunal, j'habite a port-vidal", "", "", "btn-changer-tribunal", "click"),
    ("tr-15", "on pourrait pas s'arranger avec la mairie sans passer devant le juge ?", "", "", "lien-mediation", "click"),
    ("tr-16", "I already filed a case last month, where can I see it", "", "", "lien-suivre", "click"),
]

G = "ma mere m'a fait un virement de 20 000 euros le 03/09/2025 pour m'aider a acheter un appart, elle a 73 ans, c'est la premiere fois qu'elle me donne qqch"
G2 = "mon grand pere m'a donné sa voiture en juin, elle vaut dans les 9000, et il m'avait deja donné 5000 euros il y a 4 ans"
F = "date-don montant lien"
CASES["impots_don_manuel.html"] = [
    ("dm-1", G, "", "", "nat-argent", "click"),
    ("dm-2", G, "nat-argent", "", "date-don", "type"),
    ("dm-3", G, "nat-argent", "date-don", "montant", "type"),
    ("dm-4", G, "nat-argent", "date-don montant", "lien", "select"),
    ("dm-5", G, "nat-argent", F, "don-fam-oui", "click"),
    ("dm-6", G, "nat-argent don-fam-oui", F, "ant-non", "click"),
    ("dm-7", G, "nat-argent don-fam-oui ant-non", F, "btn-suivant", "click"),
    ("dm-8", G2, "", "", "nat-objet", "click"),
    ("dm-18", G2, "nat-objet", "date-don montant", "lien", "select"),
    ("dm-9", G2, "nat-objet", F, "ant-oui", "click"),
    ("dm-10", G2, "nat-objet ant-oui", F, "montant-anterieur", "type"),
    ("dm-11", "si mon pere me donne 50 000 je vais payer des impots dessus ?", "", "", None, "done"),
    ("dm-12", "j'ai combien de temps pour le signaler", "", "", None, "done"),
    ("dm-13", "ma tante veut me donner sa maison", "", "", "lien-donation-notaire", "scroll"),
    ("dm-14", "je prefere remplir le papier et l'envoyer par la poste", "", "", "lien-formulaire-papier", "scroll"),
    ("dm-15", "j'ai donné 200 balles aux restos du coeur, je le mets ou", "", "", "lien-association", "scroll"),
    ("dm-16", "c'est pas ma mere qui a donné c'est mon pere, je me suis trompée de personne", "", "", "btn-modifier-donateur", "click"),
    ("dm-17", "je veux poser la question par ecrit a mon centre des impots", "", "", "nav-messagerie", "click"),
]

G = "je suis au rsa, je veux le bus gratuit, mon numero caf c'est 7654321 et j'ai l'attestation caf de ce mois"
G2 = "j'ai la css payante et ma femme aussi, numero secu 1 78 05 75 112 004 36, c'est la cpam, j'ai l'attestation"
CASES["solidarite_transport.html"] = [
    ("st-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("st-2", G, "ck-refuser", "", "droit-rsa", "click"),
    ("st-3", G, "ck-refuser droit-rsa", "", "numero-droit", "type"),
    ("st-4", G, "ck-refuser droit-rsa", "numero-droit", "organisme", "select"),
    ("st-5", G, "ck-refuser droit-rsa", "numero-droit organisme", "attestation", "click"),
    ("st-6", G, "ck-refuser droit-rsa attestation", "numero-droit organisme", "btn-suivant", "click"),
    ("st-7", G2, "ck-accepter", "", "droit-c2s-payante", "click"),
    ("st-18", G2, "ck-accepter droit-c2s-payante", "numero-droit", "organisme", "select"),
    ("st-8", G2, "ck-accepter droit-c2s-payante attestation", "numero-droit organisme", "ayants-droit", "click"),
    ("st-9", "c'est gratuit pour moi si je touche l'ass ?", "ck-accepter", "", None, "done"),
    ("st-10", "je me suis fait piquer mon passe dans le tram", "ck-refuser", "", "lien-perte-passe", "click"),
    ("st-11", "j'avais deja eu la reduc l'an dernier et elle se termine", "ck-refuser", "", "lien-renouveler", "click"),
    ("st-12", "mon fils a 19 ans et il est a la fac", "ck-accepter", "", "lien-jeunes", "click"),
    ("st-13", "je veux parler a quelqu'un en vrai au guichet", "ck-refuser", "", "lien-agences", "click"),
    ("st-14", "je veux trier moi meme les cookies", "", "", "ck-choisir", "click"),
    ("st-15", "j'ai deja un passe, le numero c'est 0012 3456 78", "ck-refuser droit-rsa attestation", "numero-droit organisme", "numero-passe", "type"),
    ("st-16", "la reduc dure combien de temps", "ck-refuser", "", None, "done"),
    ("st-17", "I made a mistake in my address on the first page", "ck-accepter", "", "step-1", "click"),
]

G = "on a divorcé et c'est mon ex qui a gardé le livret, je veux le mien. moi c'est Fabrice Delorme, on s'etait marié a Lussac le 21/06/2008, 2 enfants, je passerai le chercher"
CASES["mairie_livret_famille.html"] = [
    ("lf-1", G, "", "", "mot-separation", "click"),
    ("lf-2", G, "mot-separation", "", "dem-titulaire", "click"),
    ("lf-3", G, "mot-separation dem-titulaire", "", "nom", "type"),
    ("lf-4", G, "mot-separation dem-titulaire", "nom", "prenom", "type"),
    ("lf-5", G, "mot-separation dem-titulaire", "nom prenom", "ori-mariage", "click"),
    ("lf-6", G, "mot-separation dem-titulaire ori-mariage", "nom prenom", "date-evenement", "type"),
    ("lf-7", G, "mot-separation dem-titulaire ori-mariage", "nom prenom date-evenement", "lieu-evenement", "type"),
    ("lf-8", G, "mot-separation dem-titulaire ori-mariage", "nom prenom date-evenement lieu-evenement", "nb-enfants", "type"),
    ("lf-9", G, "mot-separation dem-titulaire ori-mariage", "nom prenom date-evenement lieu-evenement nb-enfants", "ret-mairie", "click"),
    ("lf-10", G, "mot-separation dem-titulaire ori-mariage ret-mairie", "nom prenom date-evenement lieu-evenement nb-enfants", "btn-envoyer", "click"),
    ("lf-11", "le livret a brulé dans l'incendie de la maison, il m'en faut un autre", "", "", "mot-perte", "click"),
    ("lf-12", "c'est payant ?", "", "", None, "done"),
    ("lf-13", "on vient d'avoir un troisieme, il faut le rajouter dedans", "", "", "lien-mise-a-jour", "scroll"),
    ("lf-14", "il me faut une copie de mon acte de mariage", "", "", "lien-acte", "scroll"),
    ("lf-15", "je prefere venir en parler au guichet", "", "", "lien-rdv", "scroll"),
    ("lf-16", "on me l'a volé, je dois porter plainte avant ?", "", "", None, "done"),
    ("lf-17", "how long does it take to get the new one?", "", "", None, "done"),
]


def build():
    out = []
    for page, rows in CASES.items():
        pg = Page(os.path.join(HERE, "pages_l", page))
        for cid, goal, hist, filled, gold, action in rows:
            history = [{"element_id": h, "action": "click", "label": pg.name(pg.by_id[h])} for h in hist.split()]
            out.append({"id": cid, "page": page, "goal": goal, "history": history, "filled": filled.split(),
                        "gold": gold.split() if gold else None, "action": action, "split": "blind_l"})
    return {"about": ABOUT, "cases": out}


if __name__ == "__main__":
    data = build()
    with open(os.path.join(HERE, "blind_l.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases" % len(data["cases"]))
