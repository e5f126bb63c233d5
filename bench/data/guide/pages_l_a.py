"""Pages 1-9 of set L (fictional imitations)."""
from make_pages_l import area, cb, faq, fil, links, page, radios, sel, steps, txt


def bloc(title, inner):
    return '<div class="bloc"><h2 style="font-size:16px;margin-top:0">%s</h2>%s</div>' % (title, inner)


@page("cartedepeche_achat.html", "Acheter ma carte de pêche – Fédération de pêche", "#0b6e4f")
def peche():
    return """
<div class="voile" id="bandeau-cookies" role="region" aria-label="Gestion des cookies">
<div class="fenetre"><h2 style="margin-top:0;font-size:18px">Ce site utilise des cookies</h2>
<p>Des traceurs nous aident à mesurer la fréquentation et à améliorer le parcours d'achat.</p>
<button type="button" class="btn" id="ck-accepter">J'accepte</button> <button type="button" class="btn" id="ck-refuser">Continuer sans accepter</button>
<button type="button" class="lienbtn" id="ck-parametrer">Paramétrer</button></div></div>
<header><a href="#" class="logo" id="logo-peche">cartedepêche</a><span>Fédérations départementales de pêche</span>
<div class="d"><button type="button" class="rond" id="btn-panier" aria-label="Mon panier (0 article)"><span aria-hidden="true">🛒</span></button>
<button type="button" class="rond" id="btn-compte" title="Mon compte pêcheur"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-ou-pecher">Où pêcher ?</a><a href="#" id="nav-actus">Actualités</a><a href="#" id="nav-aide">Aide</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Acheter ma carte de pêche 2026</h1>
""" + steps([("step-1", "Mon association"), ("s2", "Ma carte"), ("s3", "Mes coordonnées"), ("s4", "Paiement")], 2) + """
<div class="encadre">Association agréée (AAPPMA) : <strong>La Truite du Vallon</strong>, Lussac-la-Forêt
 <button type="button" class="lienbtn" id="btn-changer-aappma">Changer d'association</button></div>
<form>""" + radios("carte", "Type de carte", [
        ("carte-majeure", "Carte personne majeure (année civile) – 105 €"),
        ("carte-femme", "Carte découverte femme (année civile) – 37 €"),
        ("carte-mineure", "Carte personne mineure, 12 à 18 ans (année civile) – 24 €"),
        ("carte-decouverte", "Carte découverte, moins de 12 ans (année civile) – 6 €"),
        ("carte-hebdo", "Carte hebdomadaire (7 jours consécutifs) – 34 €"),
        ("carte-journee", "Carte journalière – 14 €")], True) + \
        txt("date-debut", "Premier jour de validité (cartes hebdomadaire et journalière)", ph="jj/mm/aaaa") + \
        txt("date-naissance", "Date de naissance du pêcheur", True, ph="jj/mm/aaaa") + \
        cb("timbre-ehgo", "Ajouter le timbre de réciprocité interfédérale (pêcher dans les départements voisins) – 35 €") + \
        cb("timbre-migrateurs", "Ajouter le timbre poissons migrateurs (saumon, truite de mer) – 50 €") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Ajouter au panier et continuer</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a></div>
<p><button type="button" class="btn" id="btn-telecharger" disabled>Télécharger ma carte</button>
<span style="font-size:13px">Disponible après le paiement.</span></p>
</form></main>
<aside>""" + bloc("Bon à savoir", "<p>Les cartes annuelles sont valables du <strong>1er janvier au 31 décembre</strong>, quelle que soit la date d'achat.</p>"
                  "<p>Une carte achetée en ligne se retrouve à tout moment dans votre compte ; elle n'a pas besoin d'être imprimée, "
                  "elle peut être présentée sur le téléphone.</p>") + \
        '<div class="bloc">' + links(("lien-reglementation", "Réglementation départementale (tailles, quotas, ouvertures)"),
                                     ("lien-carte-perdue", "Retrouver une carte déjà achetée"),
                                     ("lien-parcours", "Carte interactive des parcours et plans d'eau"),
                                     ("lien-nuit", "Pêche de la carpe de nuit : postes autorisés"),
                                     ("lien-garde", "Devenir garde-pêche bénévole", ' class="x"')) + "</div></aside></div>"


@page("francetravail_aif.html", "Ma demande de formation – France Travail", "#27348b")
def aif():
    return """
<header><a href="#" class="logo" id="logo-ft">France Travail</a><span>Mon espace candidat</span>
<div class="d">M. Karim Oudjit
<button type="button" class="rond" id="btn-messages" aria-label="Mes messages"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<nav><a href="#" id="nav-accueil">Mon espace</a><a href="#" id="nav-actualisation">M'actualiser</a><a href="#" id="nav-offres">Offres d'emploi</a><a href="#" id="nav-formation">Formation</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Ma demande de financement de formation</h1>
""" + steps([("step-1", "La formation"), ("s2", "Le financement"), ("s3", "Envoi à mon conseiller")], 2) + """
<div role="status" class="encadre">Le devis de l'organisme de formation a été reçu le 02/09/2025.</div>
<div class="encadre">Formation : <strong>Titre professionnel agent magasinier + CACES R489</strong> – Centre Logis'Form, Saint-Aubin-des-Rives,
du 06/10/2025 au 21/11/2025 – coût : 2 450 €
 <button type="button" class="lienbtn" id="btn-modifier-formation">Modifier la formation</button></div>
<form>""" + txt("solde-cpf", "Solde de votre compte personnel de formation (en euros)", True) + \
        radios("cpf", "Acceptez-vous de mobiliser votre CPF pour cette formation ?", [
            ("cpf-oui", "Oui, tout mon solde"), ("cpf-partiel", "Oui, une partie seulement"), ("cpf-non", "Non")], True) + \
        txt("montant-cpf", "Montant du CPF mobilisé (si une partie seulement)") + \
        txt("autre-financeur", "Autre financement déjà obtenu (région, employeur, Agefiph…) : montant") + \
        area("motivation", "Expliquez en quelques lignes votre projet et pourquoi cette formation", True) + \
        fil("promesse", "Promesse d'embauche (facultatif)") + \
        cb("frais-deplacement", "Je demande une aide pour les frais de déplacement, de repas ou d'hébergement pendant la formation") + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer ma demande à mon conseiller</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer le brouillon</button></div>
<p><button type="button" class="btn" id="btn-accord" disabled>Télécharger l'accord de financement</button></p>
</form></main>
<aside>""" + bloc("Bon à savoir", "<p>L'aide individuelle à la formation (AIF) complète les autres financements quand ils ne suffisent pas.</p>"
                  "<p>Envoyez votre demande <strong>au moins 15 jours avant</strong> le début de la formation.</p>"
                  "<p>Pendant la formation, vous continuez à percevoir votre allocation chômage si vous y avez droit.</p>") + \
        '<div class="bloc">' + links(("lien-moncompteformation", "Consulter mon solde sur Mon Compte Formation"),
                                     ("lien-catalogue", "Chercher une autre formation"),
                                     ("lien-conseiller", "Écrire à mon conseiller"),
                                     ("lien-aides-mobilite", "Aides à la mobilité (déménagement, garde d'enfant)"),
                                     ("lien-permis", "Aide au permis de conduire", " hidden")) + "</div></aside></div>"


@page("franceagrimer_apiculture.html", "Aide aux investissements en apiculture – FranceAgriMer", "#00695c")
def agrimer():
    return """
<header><a href="#" class="logo" id="logo-fam">FranceAgriMer</a><span>Portail des aides</span>
<div class="d">GAEC du Rucher des Combes
<button type="button" class="rond" id="btn-aide" aria-label="Aide en ligne"><span aria-hidden="true">?</span></button>
<button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Aide aux investissements des exploitations apicoles – campagne 2026</h1>
""" + steps([("step-1", "Demandeur"), ("step-2", "Exploitation"), ("s3", "Investissements"), ("s4", "Pièces justificatives"), ("s5", "Validation")], 3) + """
<div class="encadre">Colonies déclarées (déclaration annuelle 2025) : <strong>180</strong> – n° d'apiculteur A1234567</div>
<form><fieldset><legend>Type d'investissements prévus</legend>""" + \
        cb("inv-ruches", "Ruches, hausses et cadres") + \
        cb("inv-extraction", "Matériel de miellerie (extracteur, maturateur, désoperculateur)") + \
        cb("inv-transhumance", "Matériel de transhumance (remorque, grue, chariot élévateur)") + \
        cb("inv-varroa", "Matériel de lutte contre le varroa") + \
        cb("inv-reines", "Matériel d'élevage de reines") + "</fieldset>" + \
        txt("montant-ht", "Montant total des devis (€ HT)", True) + txt("nb-devis", "Nombre de devis joints", True) + \
        radios("deja", "Avez-vous déjà reçu cette aide pour le même matériel au cours des 5 dernières années ?", [
            ("aide-oui", "Oui"), ("aide-non", "Non")], True) + \
        radios("bio", "Exploitation certifiée en agriculture biologique (majoration de 10 points)", [
            ("bio-oui", "Oui"), ("bio-non", "Non")]) + area("commentaire", "Commentaire (facultatif)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Enregistrer et passer aux pièces justificatives</button>
<a href="#" class="btn2" id="btn-precedent">Étape précédente</a>
<button type="button" class="lienbtn" id="btn-quitter">Quitter sans enregistrer</button></div>
<p><button type="button" class="btn" id="btn-deposer" disabled>Déposer la demande</button></p>
</form></main>
<aside>""" + bloc("Conditions", "<p>Taux d'aide : <strong>40 %</strong> du montant HT (50 % pour les apiculteurs installés depuis moins de 5 ans).</p>"
                  "<p>Dépense minimale : <strong>1 500 € HT</strong> par demande.</p>"
                  "<p>Ne commandez pas le matériel avant d'avoir reçu l'accusé de réception de votre demande : "
                  "les achats antérieurs ne sont pas aidés.</p><p>Date limite de dépôt : <strong>15 novembre 2025</strong>.</p>") + \
        '<div class="bloc">' + links(("lien-notice", "Télécharger la notice de l'aide (décision du directeur général)"),
                                     ("lien-declaration-ruches", "Faire ma déclaration annuelle de ruches"),
                                     ("lien-tuto", "Tutoriel vidéo : remplir sa demande sur le portail"),
                                     ("lien-contact", "Contacter le service apiculture"),
                                     ("lien-campagne-2024", "Campagne 2024 (clôturée)", ' class="x"')) + "</div></aside></div>"


@page("netentreprises_arret.html", "Attestation de salaire – net-entreprises.fr", "#004a99")
def netent():
    return """
<header><a href="#" class="logo" id="logo-ne">net-entreprises.fr</a><span>SARL Boulangerie Lemarchal – SIRET 123 456 789 00012</span>
<div class="d"><button type="button" class="rond" id="btn-notif" aria-label="Mes notifications"><span aria-hidden="true">🔔</span></button>
<button type="button" class="rond" id="btn-profil" title="Mon profil"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-tableau">Tableau de bord</a><a href="#" id="nav-dsn">DSN</a><a href="#" id="nav-attestations">Attestations de salaire</a><a href="#" id="nav-habilitations">Habilitations</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Attestation de salaire pour le versement des indemnités journalières – maladie</h1>
""" + steps([("step-1", "Salarié et arrêt"), ("s2", "Salaires"), ("s3", "Validation")], 2) + """
<div class="encadre">Salariée : <strong>Mme Laetitia Ronzier</strong> – arrêt de travail du 08/09/2025 au 26/09/2025 – dernier jour travaillé : 07/09/2025
 <button type="button" class="lienbtn" id="btn-modifier-arret">Modifier l'arrêt</button></div>
<form>""" + radios("subro", "Maintenez-vous le salaire pendant l'arrêt (subrogation) ?", [
        ("subro-oui", "Oui, l'entreprise perçoit les indemnités à la place de la salariée"),
        ("subro-non", "Non, les indemnités sont versées à la salariée")], True) + \
        txt("iban-entreprise", "IBAN de l'entreprise (en cas de subrogation)") + \
        txt("date-fin-subro", "Fin de la période de subrogation (si connue)", ph="jj/mm/aaaa") + \
        "<h2 style=\"font-size:17px\">Salaires bruts des 3 mois précédant l'arrêt</h2>" + \
        txt("sal-juin", "Salaire brut de juin 2025 (€)", True) + txt("sal-juillet", "Salaire brut de juillet 2025 (€)", True) + \
        txt("sal-aout", "Salaire brut d'août 2025 (€)", True) + \
        cb("prime", "Des primes annuelles ou exceptionnelles ont été versées pendant ces 3 mois") + \
        txt("montant-primes", "Montant total de ces primes (€)") + """
<div class="actions"><button type="submit" class="btn" id="btn-valider">Valider l'attestation</button>
<a href="#" class="btn2" id="btn-precedent">Retour</a>
<button type="button" class="lienbtn" id="btn-enregistrer">Enregistrer sans envoyer</button></div>
<p><button type="button" class="btn" id="btn-accuse" disabled>Télécharger l'accusé de réception</button></p>
</form></main>
<aside>""" + bloc("À savoir", "<p>Envoyez l'attestation dès que vous avez connaissance de l'arrêt : sans elle, les indemnités journalières "
                  "ne peuvent pas être calculées.</p><p>Les indemnités sont versées par l'Assurance Maladie après un "
                  "<strong>délai de carence de 3 jours</strong>.</p>") + \
        '<div class="bloc">' + links(("lien-reprise", "Signaler une reprise anticipée du travail"),
                                     ("lien-accident", "Déclarer un accident du travail"),
                                     ("lien-maternite", "Attestation pour un congé maternité ou paternité"),
                                     ("lien-historique", "Mes attestations déjà envoyées"),
                                     ("lien-assistance", "Assistance net-entreprises"),
                                     ("lien-dpae", "Déclaration préalable à l'embauche", " hidden")) + "</div></aside></div>"


@page("cmi_fabrication.html", "Fabrication de ma carte mobilité inclusion – Imprimerie nationale", "#5b2c83")
def cmi():
    return """
<div role="dialog" aria-modal="true" aria-labelledby="dlg-titre" id="dlg-info" class="fenetre">
<h2 id="dlg-titre" style="margin-top:0;font-size:18px">Votre carte va pouvoir être fabriquée</h2>
<p>La MDPH a accordé vos droits. Munissez-vous du courrier reçu et d'une photo d'identité récente.</p>
<button type="button" class="btn" id="dlg-commencer">Commencer</button>
<button type="button" class="lienbtn" id="dlg-courrier">Je n'ai pas reçu de courrier</button>
<button type="button" class="rond" id="dlg-fermer" aria-label="Fermer"><span aria-hidden="true">✕</span></button></div>
<header><a href="#" class="logo" id="logo-cmi">Carte mobilité inclusion</a><span>Service de fabrication des cartes</span>
<div class="d">M. Gérard Pommier <button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Fabrication de ma carte</h1>
""" + steps([("step-1", "Identification"), ("s2", "Photo et signature"), ("s3", "Confirmation")], 2) + """
<div class="encadre">Cartes accordées : <strong>CMI mention invalidité</strong> et <strong>CMI mention stationnement pour personnes handicapées</strong>.
Bénéficiaire : M. Gérard Pommier.</div>
<form>""" + radios("qui", "Vous êtes", [("pour-moi", "Le bénéficiaire"), ("pour-proche", "Un proche ou le représentant légal du bénéficiaire")], True) + \
        fil("photo", "Photo d'identité du bénéficiaire (JPG, fond clair)", True) + \
        radios("sig", "Signature du bénéficiaire", [("sig-ecran", "Le bénéficiaire signe à l'écran"),
                                                   ("sig-impossible", "Le bénéficiaire ne peut pas signer")], True) + \
        cb("sms", "Recevoir un SMS quand la carte est expédiée") + txt("tel-sms", "Numéro de portable pour le SMS") + """
<div class="actions"><button type="submit" class="btn" id="btn-valider">Valider et lancer la fabrication</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-plus-tard">Finir plus tard</button></div>
<p><button type="button" class="btn" id="btn-suivi-envoi" disabled>Suivre l'envoi</button></p>
</form></main>
<aside>""" + bloc("Bon à savoir", "<p>La fabrication de la carte est <strong>gratuite</strong>. Elle arrive par courrier en 2 à 3 semaines.</p>"
                  "<p>En cas de perte ou de vol, un duplicata coûte 9 €.</p>"
                  "<p>La carte stationnement se place derrière le pare-brise, de façon bien visible de l'extérieur.</p>") + \
        '<div class="bloc">' + links(("lien-duplicata", "Commander un duplicata (perte, vol, carte abîmée)"),
                                     ("lien-mdph", "Contacter ma MDPH (droits, renouvellement)"),
                                     ("lien-photo-conseils", "Conseils pour une photo conforme"),
                                     ("lien-suivi", "Où en est ma carte ?"),
                                     ("lien-priorite", "Carte mention priorité", ' class="x"')) + "</div></aside></div>"


@page("mairie_chien_dangereux.html", "Permis de détention d'un chien – Ville de Port-Vidal", "#b03a2e")
def chien():
    return """
<header><a href="#" class="logo" id="logo-ville">Port-Vidal</a><span>Mes démarches en ligne</span>
<div class="d"><a href="#" id="lien-espace">Mon espace</a>
<button type="button" class="rond" id="btn-compte" title="Mon compte"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-etat-civil">État civil</a><a href="#" id="nav-animaux">Animaux</a><a href="#" id="nav-urbanisme">Urbanisme</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Demande de permis de détention d'un chien de 1re ou 2e catégorie</h1>
""" + steps([("step-1", "Le détenteur"), ("s2", "Le chien et les pièces"), ("s3", "Envoi")], 2) + """
<form>""" + radios("categorie", "Catégorie du chien", [("cat-1", "1re catégorie (chien d'attaque)"),
                                                     ("cat-2", "2e catégorie (chien de garde et de défense)"),
                                                     ("cat-inconnue", "Je ne sais pas")], True) + \
        txt("nom-chien", "Nom du chien", True) + txt("identification", "Numéro d'identification (puce ou tatouage)", True) + \
        txt("date-naissance-chien", "Date de naissance du chien", True, ph="jj/mm/aaaa") + \
        sel("race", "Race ou type", ["American Staffordshire terrier", "Staffordshire terrier", "Rottweiler", "Tosa",
                                      "Type Pit-bull (sans race)", "Type Boerbull (sans race)", "Autre"], True) + \
        fil("evaluation", "Évaluation comportementale du chien", True) + \
        fil("aptitude", "Attestation d'aptitude du détenteur", True) + \
        fil("assurance", "Attestation d'assurance responsabilité civile", True) + \
        fil("vaccin", "Certificat de vaccination antirabique", True) + \
        fil("sterilisation", "Certificat de stérilisation (1re catégorie)") + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer la demande</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer le brouillon</button></div>
</form></main>
<aside>""" + bloc("À savoir", "<p>Le permis de détention est délivré <strong>gratuitement</strong> par le maire.</p>"
                  "<p>Chien de moins de 8 mois : demandez d'abord un permis provisoire ; l'évaluation comportementale "
                  "se fait quand il a entre 8 et 12 mois.</p><p>Détenir un tel chien sans permis est puni de "
                  "<strong>3 mois d'emprisonnement et 3 750 € d'amende</strong>.</p>") + \
        '<div class="bloc">' + links(("lien-provisoire", "Demander un permis provisoire (chien de moins de 8 mois)"),
                                     ("lien-veterinaires", "Liste des vétérinaires évaluateurs du département"),
                                     ("lien-formation", "Trouver une formation pour l'attestation d'aptitude"),
                                     ("lien-morsure", "Déclarer une morsure"),
                                     ("lien-perte", "Déclarer la perte de mon animal"),
                                     ("lien-medaille", "Médaille de la ville", " hidden")) + "</div></aside></div>"


@page("compteasso_subvention.html", "Demande de subvention – Le Compte Asso", "#1d4f91")
def compteasso():
    return """
<header><a href="#" class="logo" id="logo-lca">Le Compte Asso</a><span>Les Jardins partagés de la Fontaine</span>
<div class="d"><button type="button" class="rond" id="btn-messagerie" aria-label="Messagerie"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<nav><a href="#" id="nav-accueil">Tableau de bord</a><a href="#" id="nav-association">Mon association</a><a href="#" id="nav-subventions">Subventions</a><a href="#" id="nav-documents">Documents</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Demande de subvention – budget de l'action</h1>
""" + steps([("step-1", "Association"), ("step-2", "Choix de la subvention"), ("step-3", "Description de l'action"),
             ("s4", "Budget"), ("s5", "Pièces"), ("s6", "Attestation")], 4) + """
<div class="encadre">Subvention choisie : <strong>FDVA – fonctionnement et projets innovants</strong>, campagne 2026
 <button type="button" class="lienbtn" id="btn-changer-subvention">Changer de subvention</button></div>
<form>""" + txt("budget-total", "Coût total de l'action (€)", True) + txt("montant-demande", "Montant demandé à l'État (€)", True) + \
        txt("autres-financements", "Autres subventions publiques (commune, département…) (€)") + \
        txt("fonds-propres", "Fonds propres de l'association (€)") + \
        txt("benevolat", "Contributions volontaires en nature : bénévolat valorisé (€)") + \
        radios("premiere", "Est-ce une première demande pour cette action ?", [("prem-oui", "Oui"), ("prem-non", "Non, c'est un renouvellement")], True) + \
        area("evaluation", "Comment allez-vous évaluer l'action ?", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Enregistrer et continuer</button>
<a href="#" class="btn2" id="btn-precedent">Étape précédente</a>
<button type="button" class="lienbtn" id="btn-apercu">Aperçu du dossier complet (Cerfa 12156)</button></div>
<p><button type="button" class="btn" id="btn-transmettre" disabled>Transmettre la demande</button></p>
</form></main>
<aside>""" + bloc("Règles de la campagne", "<p>Le montant demandé ne peut pas dépasser <strong>80 %</strong> du coût total de l'action : "
                  "l'association doit trouver d'autres ressources pour le reste.</p><p>Dépôt des demandes jusqu'au "
                  "<strong>28 février 2026</strong>.</p>") + \
        '<div class="bloc">' + links(("lien-guide", "Guide de la campagne FDVA 2026"),
                                     ("lien-rna", "Mettre à jour les informations de l'association (RNA, SIRET, dirigeants)"),
                                     ("lien-dossiers", "Mes demandes en cours"),
                                     ("lien-compte-rendu", "Déposer un compte rendu financier"),
                                     ("lien-membres", "Inviter un membre de l'association à gérer le compte"),
                                     ("lien-archives", "Demandes archivées", ' class="x"')) + "</div></aside></div>"


@page("concours_inscription.html", "Inscription au concours – Centre de gestion", "#2e4a7d")
def concours():
    return """
<div role="dialog" aria-modal="true" aria-labelledby="dlg-titre" id="dlg-rappel" class="fenetre">
<h2 id="dlg-titre" style="margin-top:0;font-size:18px">Important</h2>
<p>La pré-inscription en ligne ne vaut pas inscription : à la fin, imprimez le dossier, signez-le et envoyez-le
par courrier avant la date limite de dépôt.</p>
<button type="button" class="btn" id="dlg-lu">J'ai lu et je continue</button>
<button type="button" class="lienbtn" id="dlg-calendrier">Voir le calendrier du concours</button>
<button type="button" class="rond" id="dlg-fermer" aria-label="Fermer"><span aria-hidden="true">✕</span></button></div>
<header><a href="#" class="logo" id="logo-cdg">CDG Vallon</a><span>Centre de gestion de la fonction publique territoriale</span>
<div class="d">Mme Inès Carvalho <button type="button" class="rond" id="btn-compte" title="Mon espace candidat"><span aria-hidden="true">👤</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Concours externe d'adjoint administratif principal de 2e classe – session 2026</h1>
""" + steps([("step-1", "Identité"), ("step-2", "Coordonnées"), ("s3", "Options et aménagements"), ("s4", "Diplômes"), ("s5", "Récapitulatif")], 3) + """
<form>""" + sel("centre", "Centre d'épreuves écrites", ["Saint-Aubin-des-Rives", "Lussac-la-Forêt", "Port-Vidal"], True) + """
<div class="champ"><label for="option-langue">Épreuve facultative de langue</label><select id="option-langue">
<option value="">Aucune</option><option>Anglais</option><option>Allemand</option><option>Espagnol</option><option>Italien</option></select></div>
""" + radios("amen", "Demandez-vous un aménagement d'épreuves (situation de handicap) ?", [("amen-oui", "Oui"), ("amen-non", "Non")], True) + \
        fil("certificat-medical", "Certificat d'un médecin agréé précisant les aménagements (si vous en demandez)") + \
        radios("diplome", "Votre niveau de diplôme", [("dip-cap", "CAP, BEP ou autre titre de niveau 3"),
                                                      ("dip-bac", "Baccalauréat ou diplôme supérieur"),
                                                      ("dip-equivalence", "Je n'ai pas le diplôme : je demande une équivalence (expérience professionnelle)")], True) + \
        cb("sportif", "Je suis inscrit(e) sur la liste des sportifs de haut niveau") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer et continuer plus tard</button></div>
<p><button type="button" class="btn" id="btn-imprimer" disabled>Imprimer mon dossier d'inscription</button></p>
</form></main>
<aside>""" + bloc("Calendrier", "<p>Pré-inscriptions : jusqu'au <strong>22 octobre 2025</strong>.<br>Dépôt du dossier papier : "
                  "<strong>30 octobre 2025</strong> au plus tard (cachet de la poste).<br>Épreuves écrites : "
                  "<strong>5 février 2026</strong>.</p><p>L'inscription au concours est <strong>gratuite</strong>.</p>") + \
        '<div class="bloc">' + links(("lien-annales", "Annales : sujets des sessions précédentes"),
                                     ("lien-interne", "Concours interne (agents publics en poste)"),
                                     ("lien-handicap", "Aménagements pour les candidats en situation de handicap"),
                                     ("lien-medecins", "Liste des médecins agréés"),
                                     ("lien-resultats", "Résultats de la session 2024", " hidden")) + "</div></aside></div>"


@page("ds_terrasse.html", "Demande d'autorisation de terrasse – démarches simplifiées", "#000091")
def terrasse():
    return """
<header><a href="#" class="logo" id="logo-ds">demarches-simplifiees.fr</a><span>Dossier n° 18 452 117 – brouillon</span>
<div class="d"><button type="button" class="rond" id="btn-aide" title="Aide"><span aria-hidden="true">?</span></button>
<button type="button" class="rond" id="btn-compte" aria-label="Mon compte"><span aria-hidden="true">👤</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Ville de Lussac-la-Forêt – Demande d'autorisation de terrasse ou d'étalage</h1>
<div role="status" class="encadre">Votre brouillon a été enregistré automatiquement à 10 h 42.</div>
<a href="#" class="btn2" id="btn-mes-dossiers">Mes dossiers</a>
<form>""" + txt("siret", "Numéro SIRET de l'établissement", True) + txt("enseigne", "Nom commercial (enseigne)", True) + \
        radios("type", "Type d'installation", [("ter-ouverte", "Terrasse ouverte (tables et chaises)"),
                                               ("ter-fermee", "Terrasse fermée ou couverte"),
                                               ("ter-etalage", "Étalage de marchandises")], True) + \
        txt("longueur", "Longueur occupée le long de la façade (m)", True) + txt("largeur", "Largeur depuis la façade (m)", True) + \
        radios("periode", "Période d'occupation", [("per-annuelle", "À l'année"), ("per-saison", "Saison (1er avril – 31 octobre)")], True) + \
        cb("jardinieres", "Installation de jardinières, paravents ou écrans") + \
        fil("plan", "Plan coté de l'installation", True) + fil("assurance", "Attestation d'assurance", True) + \
        fil("kbis", "Extrait Kbis de moins de 3 mois", True) + fil("photos", "Photos de la façade (facultatif)") + """
<div class="actions"><button type="submit" class="btn" id="btn-deposer">Déposer le dossier</button>
<button type="button" class="lienbtn" id="btn-supprimer">Supprimer le brouillon</button></div>
</form></main>
<aside>""" + bloc("Informations", "<p>La redevance est due au m² et par an ; son montant dépend de la zone de la rue.</p>"
                  "<p>Délai de réponse : <strong>2 mois</strong> après le dépôt d'un dossier complet.</p>"
                  "<p>Les appareils de chauffage ou de climatisation en extérieur sont <strong>interdits</strong> sur les terrasses.</p>") + \
        '<div class="bloc">' + links(("lien-reglement", "Règlement municipal des terrasses"),
                                     ("lien-tarifs", "Tarifs de la redevance rue par rue"),
                                     ("lien-instructeur", "Envoyer un message au service instructeur"),
                                     ("lien-licence", "Déclarer une licence de débit de boissons"),
                                     ("lien-marches", "Places sur les marchés", " hidden")) + "</div></aside></div>"
