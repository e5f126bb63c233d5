#!/usr/bin/env python3
"""Hand-written cases of Albertine blind set K; writes blind_k.json (history labels are computed from the pages)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_cases_k import Page  # noqa: E402

ABOUT = (
    "Independent held-out evaluation set K for Albertine (next-step guidance on French public-service websites). "
    "17 synthetic static pages modelled on ANTS (déclaration de cession d'un véhicule; pré-demande de passeport), Caf "
    "(déclarer la scolarité des 16-18 ans pour l'allocation de rentrée scolaire), Scolarité services (demande de "
    "bourse de lycée), Service-Public.fr (recensement citoyen obligatoire; autorisation de sortie du territoire d'un "
    "mineur), a town's online planning desk (déclaration préalable de travaux), a town's crèche pre-registration, "
    "Histologe (signaler un logement en mauvais état), justice.fr (saisir un conciliateur de justice), Bloctel "
    "(inscription), 1jeune1solution (contrat d'engagement jeune), Ensap (espace de l'agent public), Ariane (déclarer "
    "un voyage), l'Assurance retraite (demande d'Aspa), a region's school-transport registration and a town's "
    "meublé de tourisme declaration. Each page file is the state before any step; history = steps already done on "
    "that page (all clicks: a closed dialog/banner is gone, a clicked radio/checkbox is toggled, a clicked file input "
    "has received its file, a clicked summary is open); filled = fields already filled by the user (value= fields "
    "and pre-selected options also count as filled unless the goal contradicts them); gold = acceptable element ids "
    "(null when action is 'done'). action 'scroll': the target (gold) is far below the first screen and must be "
    "scrolled to. File inputs, radios and checkboxes use action 'click'. Written for the communs project, MIT licence."
)

# (id, goal, history ids, filled ids, gold ids or None, action) per page. Space-separated id lists.
CASES = {}

G = "j'ai vendu ma 208 a un particulier samedi 14 juin vers 15h, y avait 98 400 km au compteur"
G2 = "la 208 est foutue, un casseur agréé l'a reprise le 2 mai a 10h pour la detruire, 187 000 km"
CASES["ants_cession_vehicule.html"] = [
    ("ces-1", G, "", "", "date-cession", "type"),
    ("ces-2", G, "", "date-cession", "heure-cession", "type"),
    ("ces-3", G, "", "date-cession heure-cession", "kilometrage", "type"),
    ("ces-4", G, "", "date-cession heure-cession kilometrage", "acq-particulier", "click"),
    ("ces-5", G, "acq-particulier", "date-cession heure-cession kilometrage", "btn-suivant", "click"),
    ("ces-6", G2, "acq-professionnel", "date-cession heure-cession kilometrage", "destruction", "click"),
    ("ces-7", G2, "acq-professionnel destruction", "date-cession heure-cession kilometrage", "btn-suivant", "click"),
    ("ces-8", "ah mais c'est pas cette voiture la que j'ai vendu, c'est la twingo", "", "", "btn-modifier-vehicule", "click"),
    ("ces-9", "j'ai combien de temps pour declarer que j'ai vendu ma voiture", "", "", None, "done"),
    ("ces-10", "ca coute quelque chose de declarer la vente ?", "", "", None, "done"),
    ("ces-11", "l'acheteur veut un papier qui prouve que la voiture est pas gagée", "", "", "lien-csa", "click"),
    ("ces-12", "j'ai paumé la carte grise de la voiture que je vends", "", "", "lien-perte-cg", "click"),
    ("ces-13", "moi j'ai acheté une voiture d'occasion, comment je la met a mon nom", "", "", "lien-acheteur", "click"),
    ("ces-14", "je recois des PV alors que la voiture est vendue depuis mars !!", "", "", "lien-amende", "click"),
    ("ces-15", "je dois partir chercher les enfants, je finirai la declaration ce soir", "", "date-cession", "btn-brouillon", "click"),
    ("ces-16", "I typed the wrong plate on the first step", "", "", "btn-precedent step-1", "click"),
    ("ces-17", "g un message de l'ants", "", "", "btn-messagerie", "click"),
]

G = "refaire mon passeport qui expire en aout, l'ancien c'est le 19AK54321, je mesure 1m72 et j'ai les yeux marrons"
CASES["ants_predemande_passeport.html"] = [
    ("pass-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("pass-2", G, "ck-refuser", "", "mot-renouvellement", "click"),
    ("pass-3", G, "ck-refuser mot-renouvellement", "", "ancien-numero", "type"),
    ("pass-4", G, "ck-refuser mot-renouvellement", "ancien-numero", "taille", "type"),
    ("pass-5", G, "ck-refuser mot-renouvellement", "ancien-numero taille", "yeux", "select"),
    ("pass-6", G, "ck-refuser mot-renouvellement", "ancien-numero taille yeux", "btn-continuer", "click"),
    ("pass-7", "on m'a piqué mon passeport dans le train hier", "ck-accepter", "", "mot-vol", "click"),
    ("pass-8", "tant qu'a faire je veux refaire ma carte d'identité en meme temps", "ck-accepter mot-renouvellement", "ancien-numero taille yeux", "cni-aussi", "click"),
    ("pass-9", "il coute combien le passeport pour mon fils de 16 ans", "ck-accepter", "", None, "done"),
    ("pass-10", "ou est ce qu'on achete le timbre fiscal", "ck-refuser", "", "lien-acheter-timbre", "click"),
    ("pass-11", "j'ai deja acheté le timbre, numero 1234 5678 9012 3456", "ck-refuser mot-renouvellement", "ancien-numero taille yeux", "timbre", "type"),
    ("pass-12", "je pars dans 10 jours au senegal pour un enterrement, il me faut le passeport vite", "ck-refuser", "", "lien-urgence", "click"),
    ("pass-13", "en fait c'est pour ma fille de 8 ans le passeport", "ck-accepter", "", "lien-mineur", "click"),
    ("pass-14", "je veux choisir moi meme quels cookies j'accepte", "", "", "ck-personnaliser", "click"),
    ("pass-15", "une fois fini, je vais ou pour donner mes empreintes", "ck-refuser", "", "lien-rdv-mairie", "click"),
    ("pass-16", "c'est quoi ce numero de timbre, j'y comprend rien", "ck-accepter", "", "aide-timbre", "click"),
    ("pass-17", "il est valable combien d'années le passeport", "ck-refuser", "", None, "done"),
    ("pass-18", "j'ai mis la mauvaise adresse a l'etape d'avant", "ck-refuser", "", "btn-retour step-2", "click"),
]

G = "mes 2 grands restent au lycée a la rentrée, enzo au lycée jean moulin et lina au lycée pro de la vallée, c'est pour la prime de rentrée"
G2 = "enzo commence un apprentissage en cuisine en septembre et lina elle arrete l'ecole"
CASES["caf_ars_scolarite.html"] = [
    ("ars-1", G, "", "", "sco-enzo-oui", "click"),
    ("ars-2", G, "sco-enzo-oui", "", "etab-enzo", "type"),
    ("ars-3", G, "sco-enzo-oui", "etab-enzo", "sco-lina-oui", "click"),
    ("ars-4", G, "sco-enzo-oui sco-lina-oui", "etab-enzo", "etab-lina", "type"),
    ("ars-5", G, "sco-enzo-oui sco-lina-oui", "etab-enzo etab-lina", "certifie", "click"),
    ("ars-6", G, "sco-enzo-oui sco-lina-oui certifie", "etab-enzo etab-lina", "btn-valider", "click"),
    ("ars-7", G2, "", "", "sco-enzo-apprenti", "click"),
    ("ars-8", G2, "sco-enzo-apprenti", "", "sco-lina-non", "click"),
    ("ars-9", G2, "sco-enzo-apprenti sco-lina-non", "", "certifie", "click"),
    ("ars-10", "et noah qui a 10 ans, je dois le declarer aussi ?", "", "", None, "done"),
    ("ars-11", "on touche combien pour un gamin de 17 ans", "", "", None, "done"),
    ("ars-12", "elle tombe quand l'allocation pour le petit de 10 ans", "", "", None, "done"),
    ("ars-13", "j'ai changé de banque cet été", "", "", "lien-rib", "click"),
    ("ars-14", "il me faut un papier qui prouve que la caf m'a versé la prime", "", "", "lien-attestation", "click"),
    ("ars-15", "on s'est séparé avec le papa en juillet", "", "", "lien-changement", "click"),
    ("ars-16", "g un message de la caf a lire", "", "", "btn-messages", "click"),
    ("ars-17", "laisse tomber je ferai ca un autre jour", "", "", "btn-annuler", "click"),
]

G = "bourse pour ma fille au lycée, on est 3 enfants a la maison, je suis seule avec eux, mon numero fiscal c'est 1234567890123"
G2 = "on est arrivés en france en mars, on a pas encore de feuille d'impot, 2 enfants, je vis avec mon mari"
CASES["scolarite_bourse_lycee.html"] = [
    ("bl-1", G, "", "", "nb-enfants", "type"),
    ("bl-2", G, "", "nb-enfants", "iso-oui", "click"),
    ("bl-3", G, "iso-oui", "nb-enfants", "numfiscal", "type"),
    ("bl-4", G, "iso-oui", "nb-enfants numfiscal", "consent-dgfip", "click"),
    ("bl-5", G, "iso-oui consent-dgfip", "nb-enfants numfiscal", "btn-suivant", "click"),
    ("bl-6", G2, "iso-non", "nb-enfants", "sans-avis", "click"),
    ("bl-7", G2, "iso-non sans-avis", "nb-enfants", "justificatif", "click"),
    ("bl-8", G2, "iso-non sans-avis justificatif", "nb-enfants", "btn-suivant", "click"),
    ("bl-9", "c quand la date limite pour la bourse", "", "", None, "done"),
    ("bl-10", "la bourse elle est payée comment, tous les mois ?", "", "", None, "done"),
    ("bl-11", "je voudrais savoir combien je toucherai avant de remplir tout ca", "", "", "lien-simulateur", "click"),
    ("bl-12", "mon fils est en 4eme, il peut avoir une bourse lui aussi ?", "", "", "lien-college", "click"),
    ("bl-13", "c'est pas la bonne classe, maelle passe en premiere", "", "", "btn-modifier-eleve", "click"),
    ("bl-14", "je trouve pas mon numéro fiscal", "", "", "aide-numfiscal", "click"),
    ("bl-15", "finalement on fait pas la demande, j'arrete", "", "", "btn-abandon", "click"),
    ("bl-16", "the previous step has a mistake in my phone number", "", "", "btn-precedent step-1", "click"),
    ("bl-17", "je veux parler directement au lycée", "", "", "lien-contact-etablissement", "click"),
]

G = "je fais le recensement de mon fils théo qui a eu 16 ans, il est en seconde au lycée general, francais de naissance, mon tel 06 12 34 56 78"
G2 = "j'ai 16 ans je me recense moi meme, je suis apprenti boulanger, tel 07 98 76 54 32, et je voudrais des infos pour m'engager dans la marine"
CASES["sp_recensement_citoyen.html"] = [
    ("rec-1", G, "", "", "dlg-ok dlg-fermer", "click"),
    ("rec-2", G, "dlg-ok", "", "pour-enfant", "click"),
    ("rec-3", G, "dlg-ok pour-enfant", "", "nat-naissance", "click"),
    ("rec-4", G, "dlg-ok pour-enfant nat-naissance", "", "situation", "select"),
    ("rec-5", G, "dlg-ok pour-enfant nat-naissance", "situation", "telephone", "type"),
    ("rec-6", G, "dlg-ok pour-enfant nat-naissance", "situation telephone courriel", "btn-suivant", "click"),
    ("rec-7", G2, "dlg-fermer pour-moi nat-naissance", "", "situation", "select"),
    ("rec-8", G2, "dlg-fermer pour-moi nat-naissance", "situation telephone courriel", "info-defense", "click"),
    ("rec-9", G2, "dlg-fermer pour-moi nat-naissance info-defense", "situation telephone courriel", "btn-suivant", "click"),
    ("rec-10", "c'est pas moi qui suis connectée la, c'est le compte de ma mere", "", "", "dlg-deconnecter", "click"),
    ("rec-11", "j'ai jusqu'a quand pour me faire recenser", "dlg-ok", "", None, "done"),
    ("rec-12", "ca sert a quoi l'attestation apres ?", "dlg-ok", "", None, "done"),
    ("rec-13", "j'ai 17 ans et demi et je l'ai jamais fait", "dlg-fermer", "", "lien-retard", "click"),
    ("rec-14", "j'ai perdu l'attestation et il me la faut pour m'inscrire au code", "dlg-ok", "", "lien-attestation-perdue", "click"),
    ("rec-15", "on habite au quebec depuis 3 ans", "dlg-ok", "", "lien-etranger", "click"),
    ("rec-16", "mon fils est diabetique, faudra adapter sa journee defense", "dlg-ok pour-enfant nat-naissance", "situation telephone courriel", "handicap", "click"),
    ("rec-17", "il devra s'inscrire lui meme sur les listes electorales a 18 ans ?", "dlg-ok", "", None, "done"),
]

G = "je veux construire un abri de jardin en bois de 12 m2 au fond du terrain, 2m50 de haut, pas de monument historique a coté"
G2 = "je change juste les fenetres de la maison, en pvc blanc, la maison est juste a coté de l'eglise classée"
CASES["urbanisme_declaration_prealable.html"] = [
    ("dp-1", G, "", "", "tr-abri", "click"),
    ("dp-2", G, "tr-abri", "", "surface", "type"),
    ("dp-3", G, "tr-abri", "surface", "hauteur", "type"),
    ("dp-4", G, "tr-abri", "surface hauteur", "description", "type"),
    ("dp-5", G, "tr-abri", "surface hauteur description", "abf-non", "click"),
    ("dp-6", G, "tr-abri abf-non", "surface hauteur description", "dp1", "click"),
    ("dp-7", G, "tr-abri abf-non dp1", "surface hauteur description", "dp2", "click"),
    ("dp-8", G, "tr-abri abf-non dp1 dp2", "surface hauteur description", "btn-suivant", "click"),
    ("dp-9", G2, "", "", "tr-fenetres", "click"),
    ("dp-10", G2, "tr-fenetres", "", "description", "type"),
    ("dp-11", G2, "tr-fenetres", "description", "abf-oui", "click"),
    ("dp-12", "la mairie met combien de temps a repondre en general", "", "", None, "done"),
    ("dp-13", "en fait je veux faire un garage de 45 m2, c'est bien ici ?", "", "", "lien-permis", "scroll"),
    ("dp-14", "il est ou le plan cadastral de mon terrain", "", "", "lien-cadastre", "scroll"),
    ("dp-15", "je vais devoir payer une taxe pour mon abri ? combien ?", "", "", "lien-taxe", "scroll"),
    ("dp-16", "je reprendrai plus tard, garde ce que j'ai fait", "tr-abri", "surface", "btn-brouillon", "click"),
    ("dp-17", "c'est quoi le numero de mon dossier", "", "", None, "done"),
    ("dp-18", "j'ai aussi des photos du jardin a mettre", "tr-abri abf-non dp1 dp2", "surface hauteur description", "dp7", "click"),
]

G = "je suis enceinte, le bebe est prevu le 20 novembre, je voudrais une place en creche a partir de septembre prochain, 4 jours sauf le mercredi, aux lucioles"
G2 = "inscrire jade en creche, née le 3 fevrier, a partir du 5 janvier, tous les jours de 7h30 a 18h30, sa grande soeur est deja aux petits pas"
F2 = "prenom-enfant date-naissance date-entree"
CASES["mairie_creche_preinscription.html"] = [
    ("cr-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("cr-2", G, "ck-refuser", "", "enf-a-naitre", "click"),
    ("cr-3", G, "ck-refuser enf-a-naitre", "", "date-naissance", "type"),
    ("cr-4", G, "ck-refuser enf-a-naitre", "date-naissance", "date-entree", "type"),
    ("cr-5", G, "ck-refuser enf-a-naitre", "date-naissance date-entree", "j-lun j-mar j-jeu j-ven", "click"),
    ("cr-6", G, "ck-refuser enf-a-naitre j-lun j-mar", "date-naissance date-entree", "j-jeu j-ven", "click"),
    ("cr-7", G, "ck-refuser enf-a-naitre j-lun j-mar j-jeu j-ven", "date-naissance date-entree horaires", "creche", "select"),
    ("cr-8", G, "ck-refuser enf-a-naitre j-lun j-mar j-jeu j-ven", "date-naissance date-entree horaires creche", "btn-envoyer", "click"),
    ("cr-9", G2, "ck-accepter enf-ne", "", "prenom-enfant", "type"),
    ("cr-10", G2, "ck-accepter enf-ne j-lun j-mar j-mer j-jeu j-ven", F2, "horaires", "select"),
    ("cr-11", G2, "ck-accepter enf-ne j-lun j-mar j-mer j-jeu j-ven", F2 + " horaires", "creche", "select"),
    ("cr-12", G2, "ck-accepter enf-ne j-lun j-mar j-mer j-jeu j-ven", F2 + " horaires creche", "fratrie", "click"),
    ("cr-13", "on saura quand si on a une place ?", "ck-accepter", "", None, "done"),
    ("cr-14", "ca va nous couter combien par mois la creche", "ck-refuser", "", "lien-tarifs", "click"),
    ("cr-15", "et si je prends plutot une nounou, je trouve ou", "ck-refuser", "", "lien-ram", "click"),
    ("cr-16", "j'avais deja fait une demande l'an dernier, ou ca en est", "ck-accepter", "", "lien-mesdemandes", "click"),
    ("cr-17", "je veux regler les cookies moi meme", "", "", "ck-parametrer", "click"),
]

G = "y a de la moisissure partout dans la chambre des petits et le chauffage marche pas depuis l'hiver, j'ai ecrit au proprio le 12 janvier il repond pas"
G2 = "des cafards dans toute la cuisine depuis 2 mois, j'ai jamais prevenu la propriétaire, j'ai pris des photos"
CASES["histologe_signalement.html"] = [
    ("hi-1", G, "", "", "pb-humidite pb-chauffage", "click"),
    ("hi-2", G, "pb-humidite", "", "pb-chauffage", "click"),
    ("hi-3", G, "pb-humidite pb-chauffage", "", "depuis", "select"),
    ("hi-4", G, "pb-humidite pb-chauffage", "depuis", "inf-oui", "click"),
    ("hi-5", G, "pb-humidite pb-chauffage inf-oui", "depuis", "date-courrier", "type"),
    ("hi-6", G, "pb-humidite pb-chauffage inf-oui", "depuis date-courrier", "btn-suivant", "click"),
    ("hi-7", G2, "", "", "pb-nuisibles", "click"),
    ("hi-8", G2, "pb-nuisibles", "", "depuis", "select"),
    ("hi-9", G2, "pb-nuisibles", "depuis", "inf-non", "click"),
    ("hi-10", G2, "pb-nuisibles inf-non", "depuis", "photos", "click"),
    ("hi-11", "ca sent le gaz tres fort dans la cage d'escalier", "", "", "lien-urgence-tel", "click"),
    ("hi-12", "est ce que j'ai le droit d'arreter de payer le loyer tant que c'est pas reparé", "", "", "lien-adil", "click"),
    ("hi-13", "c'est payant de faire un signalement ?", "", "", None, "done"),
    ("hi-14", "j'ai deja signalé en mars, ca en est ou", "", "", "lien-suivi", "click"),
    ("hi-15", "la vieille peinture s'ecaille et mon fils de 2 ans en met dans sa bouche", "", "", "pb-saturnisme", "click"),
    ("hi-16", "is there an english version of this site", "", "", "lien-en", "click"),
]

G = "mon voisin a une haie de 4 metres qui me cache tout le soleil, je lui en ai parlé plein de fois, il s'appelle gérard pelissier, 8 chemin des vignes"
G2 = "l'entreprise toitures mercier m'a fait payer 3200 euros pour refaire le toit et il pleut toujours dedans"
F = "domaine adv-nom adv-adresse"
CASES["conciliateur_saisine.html"] = [
    ("con-1", G, "", "", "domaine", "select"),
    ("con-2", G, "", "domaine", "adv-particulier", "click"),
    ("con-3", G, "adv-particulier", "domaine", "adv-nom", "type"),
    ("con-4", G, "adv-particulier", "domaine adv-nom", "adv-adresse", "type"),
    ("con-5", G, "adv-particulier", F, "amiable-oui", "click"),
    ("con-6", G, "adv-particulier amiable-oui", F, "expose", "type"),
    ("con-7", G, "adv-particulier amiable-oui", F + " expose", "btn-suivant", "click"),
    ("con-8", G2, "", "", "domaine", "select"),
    ("con-9", G2, "", "domaine", "montant", "type"),
    ("con-10", G2, "", "domaine montant", "adv-entreprise", "click"),
    ("con-11", "c'est gratuit le conciliateur ?", "", "", None, "done"),
    ("con-12", "je voudrais voir qui sont les conciliateurs dans mon coin", "", "", "lien-liste", "click"),
    ("con-13", "je peux aller direct au tribunal sans passer par vous ? c'est pour 800 euros", "", "", None, "done"),
    ("con-14", "j'ai pas les moyens de payer un avocat", "", "", "lien-aide-juridictionnelle", "click"),
    ("con-15", "je dois y aller, je garde ce que j'ai rempli pour plus tard", "", "domaine", "btn-brouillon", "click"),
    ("con-16", "j'ai des photos et la facture a joindre", "adv-entreprise amiable-oui", "domaine montant adv-nom adv-adresse expose", "pieces", "click"),
    ("con-17", "on attend combien de temps avant qu'un conciliateur nous appelle", "", "", None, "done"),
]

G = ("j'en ai marre des appels pour les panneaux solaires, je veux plus etre demarchée sur mon fixe 04 75 12 34 56 "
     "et mon portable 06 22 33 44 55. josiane marchal, josiane.m@example.fr")
CASES["bloctel_inscription.html"] = [
    ("blo-1", G, "", "", "nom", "type"),
    ("blo-2", G, "", "nom", "prenom", "type"),
    ("blo-3", G, "", "nom prenom", "courriel", "type"),
    ("blo-4", G, "", "nom prenom courriel", "tel-1", "type"),
    ("blo-5", G, "", "nom prenom courriel tel-1", "tel-2", "type"),
    ("blo-6", G, "", "nom prenom courriel tel-1 tel-2", "cgu", "click"),
    ("blo-7", G, "cgu", "nom prenom courriel tel-1 tel-2", "btn-inscrire", "click"),
    ("blo-8", "c'est payant de s'inscrire ?", "", "", None, "done"),
    ("blo-9", "au bout de combien de temps ils vont arreter de m'appeler", "", "", None, "done"),
    ("blo-10", "l'inscription elle dure combien de temps", "", "", None, "done"),
    ("blo-11", "un vendeur de fenetres m'a encore appelé alors que je suis inscrite depuis un an", "", "", "lien-reclamation", "click"),
    ("blo-12", "je recois des sms bizarres qui me disent de payer pour un colis", "", "", "lien-spam-sms", "click"),
    ("blo-13", "mon inscription arrive a la fin", "", "", "lien-renouveler", "click"),
    ("blo-14", "ma banque m'appelle pour me vendre des placements, ca va les bloquer aussi ?", "", "", None, "done"),
    ("blo-15", "I want to take my old number off the list", "", "", "lien-desinscrire", "click"),
    ("blo-16", "j'ai 4 numeros a mettre en tout", "", "nom prenom courriel tel-1 tel-2 tel-3", "btn-ajouter-numero", "click"),
]

G = ("je m'appelle dylan roux, 19 ans, né le 7 mars 2006, j'ai arreté le lycée et je fais rien, je veux le truc ou on est "
     "payé pour etre accompagné. 06 45 67 89 01, j'habite a 26000")
F = "prenom nom date-naissance telephone code-postal"
CASES["cej_1jeune1solution.html"] = [
    ("cej-1", G, "", "", "ck-accepter ck-refuser", "click"),
    ("cej-2", G, "ck-refuser", "", "prenom", "type"),
    ("cej-3", G, "ck-refuser", "prenom", "nom", "type"),
    ("cej-4", G, "ck-refuser", "prenom nom", "date-naissance", "type"),
    ("cej-5", G, "ck-refuser", "prenom nom date-naissance", "telephone", "type"),
    ("cej-6", G, "ck-refuser", "prenom nom date-naissance telephone", "code-postal", "type"),
    ("cej-7", G, "ck-refuser", F, "sit-rien", "click"),
    ("cej-8", G, "ck-refuser sit-rien", F + " accompagnement", "btn-envoyer", "click"),
    ("cej-9", "je prefere etre suivi par la mission locale plutot que france travail", "ck-accepter sit-rien", F, "accompagnement", "select"),
    ("cej-10", "c'est combien par mois ?", "ck-accepter", "", None, "done"),
    ("cej-11", "j'ai 27 ans et une rqth, j'ai le droit ?", "ck-refuser", "", None, "done"),
    ("cej-12", "faut faire combien d'heures par semaine", "ck-accepter", "", None, "done"),
    ("cej-13", "si je signe je m'engage a quoi exactement", "ck-refuser", "", "sum-engagement", "click"),
    ("cej-14", "en fait je prefere chercher une alternance", "ck-refuser", "", "lien-alternance", "click"),
    ("cej-15", "je veux voir toutes les aides auxquelles j'ai droit", "ck-accepter", "", "lien-simulateur-aides", "click"),
    ("cej-16", "elle est ou la mission locale la plus proche", "ck-accepter", "", "lien-mission-locale", "click"),
    ("cej-17", "j'ai oublié de dire que je suis reconnu travailleur handicapé", "ck-accepter sit-rien", F + " accompagnement", "rqth", "click"),
]

CASES["ensap_agent.html"] = [
    ("ens-1", "combien j'ai touché en juin", "", "", None, "done"),
    ("ens-2", "il me faut ma fiche de paie de mai pour le dossier de location", "", "", "dl-mai", "click"),
    ("ens-3", "I need my April payslip", "", "", "dl-avril", "click"),
    ("ens-4", "la paie de juillet elle sort quand", "", "", None, "done"),
    ("ens-5", "c'est quoi le montant a mettre sur ma declaration d'impot", "", "", None, "done"),
    ("ens-6", "il me faut le document pour les impots", "", "", "btn-attestation-fiscale", "click"),
    ("ens-7", "a quel age je pourrai partir et avec combien", "", "", "btn-simuler", "click"),
    ("ens-8", "je veux deposer ma demande de depart a la retraite", "", "", "lien-demande-retraite", "click"),
    ("ens-9", "j'ai combien de trimestres", "", "", None, "done"),
    ("ens-10", "ma prime a pas été payée ce mois ci", "", "", "lien-erreur-paie", "click"),
    ("ens-11", "j'ai changé de banque", "", "", "lien-rib", "click"),
    ("ens-12", "j'ai des messages non lus", "", "", "btn-messages", "click"),
    ("ens-13", "je veux voir tous mes documents", "", "", "onglet-documents", "click"),
    ("ens-14", "j'ai un souci pour me connecter, je veux ecrire au support", "", "", "lien-contact", "scroll"),
    ("ens-15", "je veux fermer mon compte ensap", "", "", "lien-supprimer", "scroll"),
    ("ens-16", "deconnexion", "", "", "btn-quitter", "click"),
]

G = "on part en thailande du 2 au 23 fevrier avec ma femme, on sera a chiang mai a l'hotel lanna garden"
G2 = "je vais au perou du 10 au 31 juillet, mais je veux pas recevoir de sms"
CASES["ariane_voyage.html"] = [
    ("ar-1", G, "", "", "pays", "select"),
    ("ar-2", G, "", "pays", "ville", "type"),
    ("ar-3", G, "", "pays ville", "date-depart", "type"),
    ("ar-4", G, "", "pays ville date-depart", "date-retour", "type"),
    ("ar-5", G, "", "pays ville date-depart date-retour", "hebergement", "type"),
    ("ar-6", G, "", "pays ville date-depart date-retour hebergement", "accomp", "click"),
    ("ar-7", G, "accomp", "pays ville date-depart date-retour hebergement", "nb-accomp", "type"),
    ("ar-8", G, "accomp", "pays ville date-depart date-retour hebergement nb-accomp", "btn-suivant", "click"),
    ("ar-9", G2, "", "pays date-depart date-retour", "sms-alerte", "click"),
    ("ar-10", "c'est dangereux en ce moment d'aller la bas ?", "", "", "lien-conseils", "click"),
    ("ar-11", "je pars vivre 2 ans a montreal pour le boulot", "", "", "lien-registre", "click"),
    ("ar-12", "mon fils a perdu son passeport a tokyo, qui il doit appeler", "", "", "lien-urgence-consulaire", "click"),
    ("ar-13", "je veux revoir les voyages que j'ai deja declaré", "", "", "lien-mes-voyages", "click"),
    ("ar-14", "c'est payant ?", "", "", None, "done"),
    ("ar-15", "je me suis trompé d'adresse mail au debut", "", "", "btn-precedent step-1", "click"),
    ("ar-16", "if I sign up here, does that count as registering with the consulate?", "", "", None, "done"),
]

G = "je suis veuve, je vis seule dans mon appartement que je loue, j'ai 780 euros de retraite par mois et 3000 euros sur mon livret"
G2 = ("on est mariés, mon mari touche 650 euros et moi 420, on est proprietaires de notre maison, et on a une petite "
      "maison de famille qu'on loue 300 euros par mois")
CASES["aspa_demande.html"] = [
    ("asp-1", G, "", "", "sf-seul", "click"),
    ("asp-2", G, "sf-seul", "", "log-locataire", "click"),
    ("asp-3", G, "sf-seul log-locataire", "", "pension", "type"),
    ("asp-4", G, "sf-seul log-locataire", "pension", "epargne", "type"),
    ("asp-5", G, "sf-seul log-locataire", "pension epargne", "avis-imposition", "click"),
    ("asp-6", G, "sf-seul log-locataire avis-imposition", "pension epargne", "certifie", "click"),
    ("asp-7", G, "sf-seul log-locataire avis-imposition certifie", "pension epargne", "btn-suivant", "click"),
    ("asp-8", G2, "sf-couple", "", "conjoint-revenus", "type"),
    ("asp-9", G2, "sf-couple log-proprietaire", "conjoint-revenus", "pension", "type"),
    ("asp-10", G2, "sf-couple log-proprietaire", "conjoint-revenus pension", "autres-revenus", "type"),
    ("asp-11", G2, "sf-couple log-proprietaire", "conjoint-revenus pension autres-revenus", "bien-autre", "click"),
    ("asp-12", "c'est combien le maximum de revenus pour une personne seule", "", "", None, "done"),
    ("asp-13", "est ce que mes enfants devront rembourser quand je serai morte", "", "", None, "done"),
    ("asp-14", "je prefere remplir un papier et l'envoyer par la poste", "", "", "lien-papier", "click"),
    ("asp-15", "mon pere a été agriculteur toute sa vie, c'est pour lui", "", "", "lien-msa", "click"),
    ("asp-16", "j'aimerai mieux voir quelqu'un en vrai", "", "", "lien-point-accueil", "click"),
    ("asp-17", "je veux savoir combien je toucherais avant de faire la demande", "", "", "lien-simulateur", "click"),
]

G = "inscrire chloé au car pour le college jean rostand, elle rentre en 6eme, elle mange a la cantine, elle monte a l'arret des granges"
G2 = "louis passe en seconde au lycée agricole de vernanges, il sera interne, il prend le car a moulin-neuf, et je veux payer en 3 fois"
G3 = ("chloé est une semaine sur deux chez son pere, 4 rue des lilas a la croix-blanche, il faut l'inscrire pour les deux "
      "adresses (college jean rostand, 6eme, demi pension, arret les granges chez moi)")
CASES["transport_scolaire_inscription.html"] = [
    ("ts-1", G, "", "", "dlg-compris dlg-fermer", "click"),
    ("ts-2", G, "dlg-compris", "", "el-chloe", "click"),
    ("ts-3", G, "dlg-compris el-chloe", "", "etablissement", "type"),
    ("ts-4", G, "dlg-compris el-chloe", "etablissement", "classe", "select"),
    ("ts-5", G, "dlg-compris el-chloe", "etablissement classe", "reg-demi", "click"),
    ("ts-6", G, "dlg-compris el-chloe reg-demi", "etablissement classe", "arret", "select"),
    ("ts-7", G, "dlg-compris el-chloe reg-demi", "etablissement classe arret paiement", "btn-valider", "click"),
    ("ts-8", G2, "dlg-fermer el-louis", "etablissement classe", "reg-interne", "click"),
    ("ts-9", G2, "dlg-fermer el-louis reg-interne", "etablissement classe", "arret", "select"),
    ("ts-10", G2, "dlg-fermer el-louis reg-interne", "etablissement classe arret", "paiement", "select"),
    ("ts-11", G3, "dlg-compris el-chloe reg-demi", "etablissement classe arret", "garde-alternee", "click"),
    ("ts-12", G3, "dlg-compris el-chloe reg-demi garde-alternee", "etablissement classe arret", "adresse-2", "type"),
    ("ts-13", "ca coute combien le car scolaire", "dlg-compris", "", None, "done"),
    ("ts-14", "j'ai un troisieme enfant, je paie aussi pour lui ?", "dlg-fermer", "", None, "done"),
    ("ts-15", "je veux savoir a quelle heure passe le car le matin", "dlg-fermer", "", "lien-horaires", "click"),
    ("ts-16", "ma fille a perdu sa carte de bus", "dlg-compris", "", "lien-duplicata", "click"),
    ("ts-17", "mon petit dernier rentre au college et il est pas dans la liste", "dlg-compris", "", "btn-ajouter-eleve", "click"),
    ("ts-18", "je veux d'abord voir les prix", "", "", "dlg-tarifs", "click"),
]

G = "je veux louer mon appart de vacances a la plage l'été sur airbnb, c'est un T2 au 12 rue des mouettes, 4 couchages"
G2 = "on loue notre maison (on y habite a l'année) pendant nos vacances, 5 pieces, 8 personnes, 3 allée des pins"
F = "adresse-logement type-logement pieces capacite"
CASES["meuble_tourisme_declaration.html"] = [
    ("mt-1", G, "", "", "res-secondaire", "click"),
    ("mt-2", G, "res-secondaire", "", "adresse-logement", "type"),
    ("mt-3", G, "res-secondaire", "adresse-logement", "type-logement", "select"),
    ("mt-4", G, "res-secondaire", "adresse-logement type-logement", "pieces", "type"),
    ("mt-5", G, "res-secondaire", "adresse-logement type-logement pieces", "capacite", "type"),
    ("mt-6", G, "res-secondaire", F, "btn-envoyer", "click"),
    ("mt-7", G2, "", "", "res-principale", "click"),
    ("mt-8", G2, "res-principale", "adresse-logement", "type-logement", "select"),
    ("mt-9", "je peux louer ma residence principale combien de jours par an", "", "", None, "done"),
    ("mt-10", "j'aurai le numero a mettre sur l'annonce quand ?", "", "", None, "done"),
    ("mt-11", "la taxe de sejour c'est a moi de la payer ?", "", "", None, "done"),
    ("mt-12", "je voudrais avoir des etoiles pour mon gite", "", "", "lien-classement", "click"),
    ("mt-13", "je loue 2 chambres dans ma maison avec le petit dej", "", "", "lien-chambre-hotes", "scroll"),
    ("mt-14", "comment je declare l'argent des locations aux impots", "", "", "lien-impots", "scroll"),
    ("mt-15", "j'ai vendu l'appart, je veux supprimer ma declaration", "", "", "lien-modifier", "click"),
    ("mt-16", "je veux voir ce que j'ai deja declaré", "", "", "lien-recap", "click"),
    ("mt-17", "il est deja classé 3 etoiles", "res-secondaire", F, "class-oui", "click"),
]

G = "mon fils malo ferrand né le 11/05/2011 a nantes part avec son club de foot en espagne du 3 au 10 avril, sans nous"
CASES["ast_mineur.html"] = [
    ("ast-1", G, "", "", "nom-mineur", "type"),
    ("ast-2", G, "", "nom-mineur", "prenom-mineur", "type"),
    ("ast-3", G, "", "nom-mineur prenom-mineur", "date-naissance", "type"),
    ("ast-4", G, "", "nom-mineur prenom-mineur date-naissance", "ville-naissance", "type"),
    ("ast-5", G, "", "nom-mineur prenom-mineur date-naissance ville-naissance", "date-fin", "type"),
    ("ast-6", G, "", "nom-mineur prenom-mineur date-naissance ville-naissance date-fin", "btn-generer", "click"),
    ("ast-7", "ce papier je dois l'amener ou apres", "", "", None, "done"),
    ("ast-8", "ma fille part en italie avec moi, il faut ce papier ?", "", "", None, "done"),
    ("ast-9", "c'est payant ?", "", "", None, "done"),
    ("ast-10", "je veux empecher le pere d'emmener notre fille a l'etranger", "", "", "lien-ost", "scroll"),
    ("ast-11", "dans quels pays on peut aller juste avec la carte d'identité", "", "", "lien-pays", "scroll"),
    ("ast-12", "je prefere imprimer le formulaire vide et le remplir a la main", "", "", "lien-cerfa-papier", "scroll"),
    ("ast-13", "ma fille a pas de papiers d'identité, il faut lui en faire", "", "", "lien-passeport", "click"),
    ("ast-14", "j'ai fait une faute dans mes infos a moi, le parent", "", "", "btn-precedent step-1", "click"),
    ("ast-15", "elle dure combien de temps maximum l'autorisation", "", "", None, "done"),
    ("ast-16", "my son travels to morocco with his grandparents for two weeks, does he need this form?", "", "", None, "done"),
]


def build():
    out = []
    for page, rows in CASES.items():
        pg = Page(os.path.join(HERE, "pages_k", page))
        for cid, goal, hist, filled, gold, action in rows:
            history = [{"element_id": h, "action": "click", "label": pg.name(pg.by_id[h])} for h in hist.split()]
            out.append({"id": cid, "page": page, "goal": goal, "history": history, "filled": filled.split(),
                        "gold": gold.split() if gold else None, "action": action, "split": "blind_k"})
    return {"about": ABOUT, "cases": out}


if __name__ == "__main__":
    data = build()
    with open(os.path.join(HERE, "blind_k.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases" % len(data["cases"]))
