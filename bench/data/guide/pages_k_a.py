"""Pages 1-9 of set K (fictional imitations)."""
from make_pages_k import area, cb, faq, fil, links, page, radios, sel, steps, txt


@page("ants_cession_vehicule.html", "Déclarer la cession d'un véhicule – ANTS", "#000091")
def ants_cession():
    return """
<header><a href="#" class="logo" id="logo-ants">ANTS</a><span>Agence nationale des titres sécurisés</span>
<div class="d">M. Franck Dellac
<button type="button" class="rond" id="btn-messagerie" aria-label="Mes messages"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-espace" title="Mon espace"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-carte-grise">Carte grise</a><a href="#" id="nav-permis">Permis de conduire</a><a href="#" id="nav-identite">Identité</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Je vends ou je donne mon véhicule : déclaration de cession</h1>
""" + steps([("step-1", "Véhicule"), ("s2", "La vente"), ("s3", "Acquéreur"), ("s4", "Récapitulatif")], 2) + """
<div class="encadre">Véhicule : <strong>GH-472-TK</strong> – Peugeot 208, 1re immatriculation 03/2016
 <button type="button" class="lienbtn" id="btn-modifier-vehicule">Modifier le véhicule</button></div>
<form>
""" + txt("date-cession", "Date de la cession", True, ph="jj/mm/aaaa") + txt("heure-cession", "Heure de la cession", True, ph="hh:mm") + \
        txt("kilometrage", "Kilométrage au compteur", True) + radios("acq", "Le véhicule est cédé à", [
            ("acq-particulier", "Un particulier"), ("acq-professionnel", "Un professionnel de l'automobile (garage, négociant, centre VHU)")], True) + \
        cb("destruction", "Le véhicule est remis à un centre agréé pour être détruit") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Continuer</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer et terminer plus tard</button></div>
<p><button type="button" class="btn" id="btn-certificat" disabled>Télécharger le certificat de cession</button>
<span style="font-size:13px">Disponible à la fin de la déclaration, avec le code de cession à remettre à l'acquéreur.</span></p>
</form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Bon à savoir</h2>
<p>La démarche est <strong>gratuite</strong>.</p><p>Vous devez déclarer la cession dans les <strong>15 jours</strong> qui suivent la vente.</p>
<p>Barrez la carte grise en écrivant « Vendu le … » ou « Cédé le … » avec l'heure, et signez-la.</p></div>
<div class="bloc">""" + links(("lien-csa", "Obtenir un certificat de situation administrative (non-gage)"),
                             ("lien-perte-cg", "Je n'ai plus la carte grise du véhicule"),
                             ("lien-acheteur", "J'achète un véhicule d'occasion : le mettre à mon nom"),
                             ("lien-amende", "J'ai reçu un avis de contravention après la vente"),
                             ("lien-adresse", "Changer d'adresse sur ma carte grise", ' class="x"')) + "</div></aside></div>"


@page("ants_predemande_passeport.html", "Pré-demande de passeport – ANTS", "#000091")
def ants_passeport():
    return """
<div class="voile" id="bandeau-cookies" role="region" aria-label="Gestion des cookies">
<div class="fenetre"><h2 style="margin-top:0;font-size:18px">Vos choix en matière de cookies</h2>
<p>Nous utilisons des traceurs pour mesurer l'audience du site. Vous pouvez accepter ou refuser.</p>
<button type="button" class="btn" id="ck-accepter">Tout accepter</button> <button type="button" class="btn" id="ck-refuser">Tout refuser</button>
<button type="button" class="lienbtn" id="ck-personnaliser">Personnaliser</button></div></div>
<header><a href="#" class="logo" id="logo-ants">ANTS</a><span>Passeport – pré-demande en ligne</span>
<div class="d">Mme Sonia Brébant <button type="button" class="rond" id="btn-espace" title="Mon espace"><span aria-hidden="true">👤</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Pré-demande de passeport</h1>
""" + steps([("step-1", "Identité"), ("step-2", "Adresse"), ("s3", "Le titre"), ("s4", "Filiation"), ("s5", "Validation")], 3) + """
<form>""" + radios("motif", "Motif de la demande", [("mot-premiere", "Première demande"), ("mot-renouvellement", "Renouvellement (passeport expiré ou qui va expirer)"),
                                                   ("mot-perte", "Perte"), ("mot-vol", "Vol")], True) + \
        txt("ancien-numero", "Numéro du passeport précédent (en cas de renouvellement)") + \
        txt("taille", "Taille (en cm)", True) + sel("yeux", "Couleur des yeux", ["Marron", "Noisette", "Vert", "Bleu", "Gris", "Noir", "Autre"], True) + """
<div class="champ"><label for="timbre">Numéro du timbre fiscal électronique (vous pouvez aussi l'acheter plus tard)</label>
<input type="text" id="timbre"> <button type="button" class="rond" id="aide-timbre" aria-label="Aide sur le timbre fiscal"><span aria-hidden="true">?</span></button></div>
<a href="#" class="btn2" id="lien-acheter-timbre">Acheter un timbre fiscal</a>
""" + cb("cni-aussi", "Je fais aussi une demande de carte d'identité au même rendez-vous") + """
<div class="actions"><button type="submit" class="btn" id="btn-continuer">Continuer</button><a href="#" class="btn2" id="btn-retour">Retour</a></div>
</form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Tarifs et durée</h2>
<p>Majeur : <strong>86 €</strong>. Mineur de 15 à 17 ans : <strong>42 €</strong>. Mineur de moins de 15 ans : <strong>17 €</strong>.</p>
<p>Le passeport d'un majeur est valable <strong>10 ans</strong>, celui d'un mineur 5 ans.</p>
<p>Après la pré-demande, prenez rendez-vous dans une mairie équipée d'un dispositif de recueil.</p></div>
<div class="bloc">""" + links(("lien-rdv-mairie", "Trouver une mairie et prendre rendez-vous"), ("lien-urgence", "Besoin urgent d'un passeport"),
                             ("lien-mineur", "Faire la pré-demande pour un enfant mineur"), ("lien-suivi", "Suivre ma demande"),
                             ("lien-cni-perdue", "Déclarer la perte d'une carte d'identité", " hidden")) + "</div></aside></div>"


@page("caf_ars_scolarite.html", "Déclarer la scolarité de mes enfants – Mon Compte Caf", "#0a5c9c")
def caf_ars():
    return """
<header><a href="#" class="logo" id="logo-caf">caf.fr</a><span>Mon Compte – allocataire 4517893</span>
<div class="d">Mme Nadia Ferhat
<button type="button" class="rond" id="btn-messages" aria-label="Mes messages (1 non lu)"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-quitter" title="Me déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Allocation de rentrée scolaire : déclarer la scolarité de mes enfants de 16 à 18 ans</h1>
<div role="status" class="encadre">Pour vos enfants de 6 à 15 ans, vous n'avez rien à faire : l'allocation est versée automatiquement le <strong>19 août</strong>. Noah (10 ans) est dans ce cas.</div>
<form>
<fieldset><legend>Enzo Ferhat, né le 02/04/2008 – à la rentrée prochaine :</legend>
<label class="ligne"><input type="radio" name="sco-enzo" id="sco-enzo-oui"> Poursuit ses études (lycée, CAP, études supérieures…)</label>
<label class="ligne"><input type="radio" name="sco-enzo" id="sco-enzo-apprenti"> Est apprenti</label>
<label class="ligne"><input type="radio" name="sco-enzo" id="sco-enzo-non"> Ne poursuit pas ses études</label></fieldset>
""" + txt("etab-enzo", "Établissement fréquenté par Enzo") + """
<fieldset><legend>Lina Ferhat, née le 23/10/2009 – à la rentrée prochaine :</legend>
<label class="ligne"><input type="radio" name="sco-lina" id="sco-lina-oui"> Poursuit ses études (lycée, CAP, études supérieures…)</label>
<label class="ligne"><input type="radio" name="sco-lina" id="sco-lina-apprenti"> Est apprentie</label>
<label class="ligne"><input type="radio" name="sco-lina" id="sco-lina-non"> Ne poursuit pas ses études</label></fieldset>
""" + txt("etab-lina", "Établissement fréquenté par Lina") + cb("certifie", "Je certifie sur l'honneur l'exactitude de ces informations", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-valider">Valider ma déclaration</button><a href="#" class="btn2" id="btn-annuler">Annuler</a></div>
</form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Montants de l'ARS</h2>
<p>Enfant de 6 à 10 ans : 423,48 €<br>de 11 à 14 ans : 446,85 €<br>de 15 à 18 ans : 462,33 €</p>
<p>Pour les 16-18 ans, le versement intervient quelques jours après votre déclaration.</p></div>
<div class="bloc">""" + links(("lien-attestation", "Obtenir une attestation de paiement"), ("lien-changement", "Déclarer un changement de situation"),
                             ("lien-rib", "Modifier mes coordonnées bancaires"), ("lien-simulateur", "Simuler mes droits à l'ARS"),
                             ("lien-pret", "Demander un prêt d'équipement ménager", ' class="x"')) + "</div></aside></div>"


@page("scolarite_bourse_lycee.html", "Demande de bourse de lycée – Scolarité services", "#1f3a93")
def bourse():
    return """
<header><a href="#" class="logo" id="logo-scolarite">Scolarité services</a><span>Éducation nationale</span>
<div class="d">M. Erwan Tanguy <button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Demande de bourse de lycée – année scolaire 2025-2026</h1>
""" + steps([("step-1", "Le responsable"), ("s2", "La famille et les revenus"), ("s3", "Validation")], 2) + """
<div class="encadre">Élève : <strong>Maëlle Tanguy</strong>, 2de générale, lycée Anita-Conti
 <button type="button" class="lienbtn" id="btn-modifier-eleve">Modifier l'élève ou la classe</button></div>
<form>""" + txt("nb-enfants", "Nombre d'enfants à votre charge", True) + \
        radios("isole", "Vivez-vous seul(e) avec vos enfants ?", [("iso-oui", "Oui"), ("iso-non", "Non")], True) + """
<div class="champ"><label for="numfiscal">Numéro fiscal du responsable <span class="req">*</span> (sauf si vous n'avez pas d'avis d'impôt)</label>
<input type="text" id="numfiscal"> <button type="button" class="rond" id="aide-numfiscal" aria-label="Où trouver mon numéro fiscal ?"><span aria-hidden="true">?</span></button></div>
""" + cb("consent-dgfip", "J'accepte que mon revenu fiscal de référence soit récupéré auprès de l'administration fiscale") + \
        cb("sans-avis", "Je n'ai pas d'avis d'impôt (arrivée récente en France…)") + \
        fil("justificatif", "Justificatif de ressources (si vous n'avez pas d'avis d'impôt)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button><a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-abandon">Abandonner la demande</button></div>
<p><button type="button" class="btn" id="btn-accuse" disabled>Télécharger l'accusé de réception</button></p>
</form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Calendrier</h2>
<p>Date limite de la demande : <strong>16 octobre 2025</strong>.</p><p>La bourse est versée <strong>chaque trimestre</strong>, directement déduite des frais d'internat ou de demi-pension s'il y en a.</p></div>
<div class="bloc">""" + links(("lien-simulateur", "Estimer le montant de ma bourse"), ("lien-college", "Demander une bourse de collège"),
                             ("lien-sup", "Bourse pour les études supérieures"), ("lien-contact-etablissement", "Contacter le secrétariat du lycée"),
                             ("lien-fonds-social", "Fonds social lycéen", " hidden")) + "</div></aside></div>"


@page("sp_recensement_citoyen.html", "Recensement citoyen obligatoire – Service-Public.fr", "#000091")
def recensement():
    return """
<div role="dialog" aria-modal="true" aria-labelledby="dlg-titre" id="dlg-fc" class="fenetre">
<h2 id="dlg-titre" style="margin-top:0;font-size:18px">Vous êtes connecté avec FranceConnect</h2>
<p>Les informations d'identité de <strong>Mme Hélène Vasseur</strong> ont été reprises automatiquement.</p>
<button type="button" class="btn" id="dlg-ok">J'ai compris</button>
<button type="button" class="lienbtn" id="dlg-deconnecter">Ce n'est pas moi : me déconnecter</button>
<button type="button" class="rond" id="dlg-fermer" aria-label="Fermer"><span aria-hidden="true">✕</span></button></div>
<header><a href="#" class="logo" id="logo-sp">Service-Public.fr</a><span>Le site officiel de l'administration française</span>
<div class="d"><a href="#" id="lien-espace">Mon espace</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Recensement citoyen obligatoire (dit « recensement militaire »)</h1>
""" + steps([("step-1", "Commune"), ("s2", "Le jeune"), ("s3", "Pièces"), ("s4", "Envoi")], 2) + """
<form>""" + radios("pour", "Vous faites cette démarche", [("pour-moi", "Pour moi-même (j'ai 16 ans)"), ("pour-enfant", "Pour mon enfant, en tant que représentant légal")], True) + """
<div class="champ"><label for="nom-declarant">Nom du déclarant</label><input type="text" id="nom-declarant" value="VASSEUR" readonly></div>
""" + radios("nat", "Le jeune est Français", [("nat-naissance", "De naissance"), ("nat-acquise", "Par acquisition (naturalisation, déclaration…)")], True) + \
        sel("situation", "Situation scolaire ou professionnelle du jeune", ["Collège", "Lycée général ou technologique", "Lycée professionnel", "Apprentissage",
                                                                            "Études supérieures", "Emploi", "Sans activité"], True) + \
        txt("telephone", "Téléphone", True) + '<div class="champ"><label for="courriel">Courriel <span class="req">*</span></label><input type="email" id="courriel" value="h.vasseur@example.fr" required></div>' + \
        cb("info-defense", "Le jeune souhaite recevoir des informations sur les métiers de la Défense") + \
        cb("handicap", "Le jeune a une maladie ou un handicap nécessitant d'adapter sa journée défense et citoyenneté") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Étape suivante</button><a href="#" class="btn2" id="btn-precedent">Étape précédente</a></div>
</form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">À savoir</h2>
<p>Le recensement se fait dans les <strong>3 mois qui suivent le 16e anniversaire</strong>.</p>
<p>L'attestation de recensement est demandée pour s'inscrire aux examens (bac, permis de conduire) jusqu'à 18 ans ; conservez-la.</p>
<p>Le jeune recensé sera <strong>inscrit automatiquement sur les listes électorales</strong> à 18 ans.</p></div>
<div class="bloc">""" + links(("lien-jdc", "Ma journée défense et citoyenneté (JDC)"), ("lien-attestation-perdue", "J'ai perdu mon attestation de recensement"),
                             ("lien-etranger", "Je vis à l'étranger : me recenser au consulat"), ("lien-retard", "J'ai dépassé 16 ans et 3 mois : régulariser ma situation")) + "</div></aside></div>"


@page("urbanisme_declaration_prealable.html", "Déclaration préalable de travaux – Guichet urbanisme de Saint-Aubin-des-Rives", "#2d6a4f")
def urbanisme():
    return """
<header><a href="#" class="logo" id="logo-ville">Saint-Aubin-des-Rives</a><span>Guichet numérique des autorisations d'urbanisme</span>
<div class="d">M. Patrice Lheureux <button type="button" class="rond" id="btn-quitter" title="Déconnexion"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Déclaration préalable de travaux</h1>
""" + steps([("step-1", "Demandeur"), ("step-2", "Terrain"), ("s3", "Nature des travaux"), ("s4", "Pièces"), ("s5", "Dépôt")], 3) + """
<form><fieldset><legend>Quels travaux envisagez-vous ? <span class="req">*</span> (au moins un)</legend>
""" + cb("tr-abri", "Abri de jardin, garage ou autre annexe") + cb("tr-piscine", "Piscine") + cb("tr-cloture", "Clôture ou portail") + \
        cb("tr-facade", "Ravalement ou modification de façade") + cb("tr-fenetres", "Remplacement de fenêtres, volets ou toiture") + \
        cb("tr-veranda", "Extension ou véranda") + cb("tr-panneaux", "Panneaux solaires") + "</fieldset>" + \
        txt("surface", "Surface de plancher ou emprise au sol créée (m²), si vous créez une construction") + txt("hauteur", "Hauteur maximale (m)") + \
        area("description", "Description des travaux (matériaux, couleurs)", True) + \
        radios("abf", "Le terrain est-il situé près d'un monument historique (périmètre de 500 m) ?", [("abf-oui", "Oui"), ("abf-non", "Non"), ("abf-nsp", "Je ne sais pas")], True) + \
        fil("dp1", "DP1 – Plan de situation du terrain", True) + fil("dp2", "DP2 – Plan de masse", True) + fil("dp7", "Photographies du terrain (facultatif)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Continuer</button><a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer le brouillon</button></div></form>
""" + faq([("Déclaration préalable ou permis de construire ?", "Une déclaration préalable suffit pour une construction nouvelle créant entre 5 et 20 m² de surface de plancher ou d'emprise au sol. Au-delà de 20 m² (ou de 40 m² pour l'extension d'une maison en zone urbaine du plan local d'urbanisme, si la surface totale ne dépasse pas 150 m²), un permis de construire est nécessaire. Une piscine non couverte dont le bassin fait plus de 100 m² demande aussi un permis."),
           ("Quel est le délai d'instruction ?", "Le délai d'instruction est de <strong>1 mois</strong> à compter du dépôt d'un dossier complet. Il passe à <strong>2 mois</strong> lorsque le projet est situé dans le périmètre d'un monument historique, l'avis de l'architecte des Bâtiments de France étant alors requis. Sans réponse à la fin du délai, vous bénéficiez d'une décision de non-opposition tacite."),
           ("Dois-je afficher l'autorisation ?", "Oui. Un panneau visible depuis la voie publique doit être installé sur le terrain pendant toute la durée du chantier et au moins deux mois, afin de permettre aux tiers de contester la décision. Les travaux doivent commencer dans les trois ans."),
           ("Mes travaux sont-ils taxés ?", "La création de surface taxable (abri, garage, véranda, piscine) peut donner lieu à la taxe d'aménagement. Elle est déclarée auprès de l'administration fiscale dans les 90 jours qui suivent l'achèvement des travaux, depuis l'espace « Gérer mes biens immobiliers »."),
           ("Que faire en cas de refus ?", "Vous pouvez former un recours gracieux auprès du maire ou un recours contentieux devant le tribunal administratif dans les deux mois suivant la décision. Vous pouvez aussi déposer un nouveau projet modifié.")]) + """
<p>""" + links(("lien-permis", "Déposer un permis de construire"), ("lien-cadastre", "Consulter le plan cadastral"), ("lien-plu", "Consulter le plan local d'urbanisme"),
                 ("lien-taxe", "Estimer la taxe d'aménagement")) + """</p></main>
<aside><div class="bloc"><p>Dossier n° <strong>DP 044 156 25 00038</strong>, créé le 02/06/2025.</p>
<p>Adresse du terrain : 9 impasse des Saules.</p></div></aside></div>"""


@page("mairie_creche_preinscription.html", "Pré-inscription en crèche – Ville de Lussac-la-Forêt", "#b0306a")
def creche():
    return """
<div class="voile" id="bandeau-cookies" role="region" aria-label="Cookies">
<div class="fenetre"><h2 style="margin-top:0;font-size:18px">Ce site utilise des cookies</h2>
<p>Ils nous servent à améliorer nos services en ligne.</p>
<button type="button" class="btn" id="ck-accepter">Accepter</button> <button type="button" class="btn" id="ck-refuser">Refuser</button>
<button type="button" class="lienbtn" id="ck-parametrer">Paramétrer mes cookies</button></div></div>
<header><a href="#" class="logo" id="logo-ville">Lussac-la-Forêt</a><span>Mes démarches en ligne</span>
<div class="d"><a href="#" class="btn2" id="lien-mesdemandes">Suivre mes demandes</a></div></header>
<nav><a href="#" id="nav-enfance">Petite enfance</a><a href="#" id="nav-ecole">École</a><a href="#" id="nav-etat-civil">État civil</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Demande de place en crèche municipale</h1>
<form>""" + radios("enf", "Votre enfant", [("enf-ne", "Est né"), ("enf-a-naitre", "Est à naître")], True) + \
        txt("prenom-enfant", "Prénom de l'enfant (s'il est né)") + txt("date-naissance", "Date de naissance ou date prévue de naissance", True, ph="jj/mm/aaaa") + \
        txt("date-entree", "Date d'entrée souhaitée en crèche", True, ph="jj/mm/aaaa") + """
<fieldset><legend>Jours d'accueil souhaités</legend>""" + cb("j-lun", "Lundi") + cb("j-mar", "Mardi") + cb("j-mer", "Mercredi") + cb("j-jeu", "Jeudi") + cb("j-ven", "Vendredi") + "</fieldset>" + \
        sel("horaires", "Amplitude horaire", ["8h30 – 17h30", "7h30 – 18h30", "9h00 – 16h00"], empty=False, pre="8h30 – 17h30") + \
        sel("creche", "Établissement souhaité en priorité", ["Les Petits Pas", "Les Lucioles", "Multi-accueil du Parc"], True) + \
        cb("fratrie", "Un frère ou une sœur est déjà accueilli(e) dans cet établissement") + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer ma demande</button></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Comment sont attribuées les places ?</h2>
<p>Les demandes sont examinées par la commission d'attribution, qui se réunit en <strong>mars et en juin</strong>. La réponse vous est envoyée par courriel dans les 15 jours qui suivent.</p>
<p>Le tarif horaire dépend de vos revenus et du nombre d'enfants (barème national de la Caf).</p></div>
<div class="bloc">""" + links(("lien-tarifs", "Consulter la grille des tarifs"), ("lien-ram", "Relais petite enfance : trouver une assistante maternelle"),
                             ("lien-reglement", "Règlement de fonctionnement des crèches"), ("lien-halte", "Halte-garderie occasionnelle", ' class="x"')) + "</div></aside></div>"


@page("histologe_signalement.html", "Signaler un problème de logement – Histologe", "#6a3d9a")
def histologe():
    return """
<header><a href="#" class="logo" id="logo-histologe">Histologe</a><span>Signaler un logement en mauvais état</span>
<div class="d"><a href="#" id="lien-suivi">Suivre mon signalement</a> <a href="#" id="lien-en" lang="en">English</a></div></header>
<div class="page"><main>
<div role="alert" class="alerte">En cas de danger immédiat (odeur de gaz, risque d'effondrement, incendie) : <a href="tel:112" id="lien-urgence-tel">appelez le 112</a>.</div>
<h1 style="font-size:22px">Signaler un problème dans mon logement</h1>
""" + steps([("step-1", "Le logement"), ("s2", "Les désordres"), ("s3", "Le bailleur"), ("s4", "Vos coordonnées"), ("s5", "Envoi")], 2) + """
<form><fieldset><legend>Quels problèmes constatez-vous ?</legend>""" + cb("pb-humidite", "Humidité, moisissures") + \
        cb("pb-chauffage", "Chauffage absent ou insuffisant") + cb("pb-electricite", "Installation électrique dangereuse") + \
        cb("pb-nuisibles", "Nuisibles (cafards, punaises de lit, rats)") + cb("pb-eau", "Pas d'eau chaude") + \
        cb("pb-fenetres", "Fenêtres ou porte qui ferment mal") + cb("pb-saturnisme", "Peintures anciennes écaillées (risque de plomb)") + "</fieldset>" + \
        sel("depuis", "Depuis combien de temps ?", ["Moins d'un mois", "1 à 6 mois", "6 mois à 1 an", "Plus d'un an"], True) + \
        radios("informe", "Avez-vous informé votre propriétaire ou bailleur ?", [("inf-oui", "Oui"), ("inf-non", "Non")], True) + \
        txt("date-courrier", "Date à laquelle vous l'avez informé", ph="jj/mm/aaaa") + cb("enfants-6", "Des enfants de moins de 6 ans vivent dans le logement") + \
        fil("photos", "Photos des désordres (facultatif)") + area("precisions", "Précisions (facultatif)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button><a href="#" class="btn2" id="btn-precedent">Précédent</a></div></form></main>
<aside><div class="bloc"><p>Ce service public est <strong>gratuit</strong>. Votre signalement est transmis à la mairie et à l'agence régionale de santé, qui peuvent visiter le logement.</p></div>
<div class="bloc">""" + links(("lien-adil", "ADIL : connaître mes droits de locataire"), ("lien-caf-decence", "Logement non décent et aide au logement de la Caf"),
                             ("lien-copro", "Signaler les parties communes d'une copropriété", " hidden")) + "</div></aside></div>"


@page("conciliateur_saisine.html", "Saisir un conciliateur de justice – justice.fr", "#1b3a5c")
def conciliateur():
    return """
<header><a href="#" class="logo" id="logo-justice">justice.fr</a><span>Ministère de la Justice</span>
<div class="d"><button type="button" class="rond" id="btn-compte" title="Mon compte"><span aria-hidden="true">👤</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Saisir un conciliateur de justice en ligne</h1>
""" + steps([("step-1", "Vous"), ("step-2", "Votre adresse"), ("s3", "Le litige"), ("s4", "Envoi")], 3) + """
<form>""" + sel("domaine", "Domaine du litige", ["Voisinage", "Location (propriétaire / locataire)", "Achat ou consommation", "Travaux, artisan",
                                              "Copropriété", "Autre"], True) + txt("montant", "Montant en jeu (€), s'il y en a un") + \
        radios("adv", "La personne avec qui vous êtes en litige est", [("adv-particulier", "Un particulier"), ("adv-entreprise", "Une entreprise ou une association")], True) + \
        txt("adv-nom", "Nom de la personne ou de l'entreprise", True) + txt("adv-adresse", "Son adresse", True) + \
        radios("amiable", "Avez-vous déjà essayé de régler le litige à l'amiable ?", [("amiable-oui", "Oui"), ("amiable-non", "Non")], True) + \
        area("expose", "Exposez le litige", True) + fil("pieces", "Pièces justificatives (facultatif)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button><a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Sauvegarder et reprendre plus tard</button></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">La conciliation</h2>
<p>Le recours au conciliateur est <strong>gratuit</strong>.</p>
<p>Pour un litige de <strong>moins de 5 000 €</strong> ou un conflit de voisinage, une tentative de conciliation est en principe obligatoire avant de saisir le juge.</p>
<p>Un conciliateur vous contacte en général sous <strong>3 semaines</strong>.</p></div>
<div class="bloc">""" + links(("lien-liste", "Trouver un conciliateur près de chez moi"), ("lien-mediateur-conso", "Saisir le médiateur de la consommation"),
                             ("lien-aide-juridictionnelle", "Demander l'aide juridictionnelle"), ("lien-commission-bail", "Commission départementale de conciliation (loyers)"),
                             ("lien-prudhommes", "Litige avec mon employeur", ' class="x"')) + "</div></aside></div>"
