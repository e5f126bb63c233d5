"""Pages 10-17 of set L (fictional imitations)."""
from make_pages_l import area, cb, faq, fil, links, page, radios, sel, steps, txt
from pages_l_a import bloc


@page("critair_commande.html", "Demande de certificat qualité de l'air (Crit'Air)", "#2b7a3d")
def critair():
    return """
<div class="voile" id="bandeau-cookies" role="region" aria-label="Cookies">
<div class="fenetre"><h2 style="margin-top:0;font-size:18px">Vos préférences</h2>
<p>Ce site dépose des cookies de mesure d'audience. Vous pouvez les accepter, les refuser ou choisir.</p>
<button type="button" class="btn" id="ck-accepter">Accepter</button> <button type="button" class="btn" id="ck-refuser">Refuser</button>
<button type="button" class="lienbtn" id="ck-personnaliser">Personnaliser</button></div></div>
<header><a href="#" class="logo" id="logo-critair">Certificat qualité de l'air</a><span>Ministère chargé de l'environnement</span>
<div class="d"><a href="#" id="lien-suivi">Suivre ma commande</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Commander une vignette Crit'Air</h1>
""" + steps([("s1", "Le véhicule"), ("s2", "Paiement"), ("s3", "Confirmation")], 1) + """
<div role="alert" class="alerte">Attention aux sites frauduleux : la vignette s'achète uniquement sur ce site, au prix de 3,77 €.</div>
<a href="#" class="btn2" id="btn-simuler">Connaître la classe de mon véhicule sans commander</a>
<form>""" + sel("pays", "Pays d'immatriculation", ["France", "Allemagne", "Belgique", "Espagne", "Italie", "Pays-Bas", "Suisse", "Autre pays"],
                True, empty=False) + txt("immat", "Numéro d'immatriculation", True) + \
        txt("date-immat", "Date de première immatriculation (case B du certificat)", True, ph="jj/mm/aaaa") + """
<div class="champ"><label for="vin">Numéro d'identification du véhicule (case E) <span class="req">*</span></label>
<input type="text" id="vin" required> <button type="button" class="rond" id="aide-vin" aria-label="Où trouver ce numéro ?"><span aria-hidden="true">?</span></button></div>
""" + txt("email", "Adresse électronique", True) + txt("email-confirm", "Confirmation de l'adresse électronique", True) + \
        fil("carte-grise", "Copie du certificat d'immatriculation (carte grise)", True) + \
        cb("cgv", "J'ai lu et j'accepte les conditions générales de vente", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Passer au paiement</button></div>
<p><button type="button" class="btn" id="btn-payer" disabled>Payer 3,77 €</button></p>
</form></main>
<aside>""" + bloc("Informations", "<p>Prix : <strong>3,77 €</strong>, envoi par courrier compris.</p>"
                  "<p>La vignette arrive sous une dizaine de jours. Elle reste valable tant que la plaque ne change pas.</p>") + \
        '<div class="bloc">' + links(("lien-zfe", "Où et quand la vignette est obligatoire (zones à faibles émissions)"),
                                     ("lien-perdue", "Vignette jamais reçue, perdue ou abîmée"),
                                     ("lien-pro", "Commandes groupées pour les flottes d'entreprise"),
                                     ("lien-deux-roues", "Vignette pour les deux-roues", ' class="x"')) + "</div></aside></div>"


@page("registre_refus.html", "S'inscrire sur le registre national des refus – Agence de la biomédecine", "#a3195b")
def refus():
    return """
<header><a href="#" class="logo" id="logo-abm">Agence de la biomédecine</a><span>Registre national des refus</span>
<div class="d"><a href="#" id="lien-contact">Nous contacter</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">M'inscrire sur le registre national des refus</h1>
<p>Vous pouvez indiquer ici que vous refusez tout ou partie des prélèvements d'organes et de tissus après votre décès.</p>
<form>""" + radios("sexe", "Sexe", [("sexe-f", "Femme"), ("sexe-m", "Homme")], True) + \
        txt("nom-naissance", "Nom de naissance", True) + txt("prenoms", "Prénom(s)", True) + \
        txt("date-naissance", "Date de naissance", True, ph="jj/mm/aaaa") + txt("lieu-naissance", "Commune de naissance", True) + \
        txt("adresse", "Adresse postale complète", True) + \
        "<fieldset><legend>Je refuse qu'on prélève mes organes et tissus après ma mort <span class=\"req\">*</span> (cochez au moins un choix)</legend>" + \
        cb("refus-greffe", "pour soigner des malades (greffe)") + \
        cb("refus-recherche", "pour la recherche scientifique") + \
        cb("refus-autopsie", "pour rechercher la cause du décès (autopsie médicale)") + "</fieldset>" + \
        fil("piece-identite", "Copie de votre pièce d'identité", True) + \
        cb("certifie", "Je certifie être la personne concernée par cette inscription", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer mon inscription</button></div>
</form>""" + faq([
        ("À partir de quel âge peut-on s'inscrire ?", "Toute personne âgée d'au moins <strong>13 ans</strong> peut s'inscrire sur le registre."),
        ("Et si je veux être donneur ?", "Vous n'avez aucune démarche à faire : la loi présume que chacun est donneur, sauf refus exprimé. "
         "Parlez-en simplement à vos proches pour qu'ils puissent témoigner de votre volonté."),
        ("Mes proches pourront-ils s'opposer à ma place ?", "Non. L'équipe médicale consulte le registre et informe vos proches, "
         "mais ce sont vos volontés qui comptent, pas les leurs. Vos proches peuvent seulement rapporter un refus que vous leur auriez confié."),
        ("Puis-je changer d'avis ?", "Oui, à tout moment, en demandant à être retiré du registre ou en modifiant vos choix."),
        ("Existe-t-il d'autres façons de refuser ?", "Oui : un écrit daté et signé confié à un proche, ou l'expression orale de votre refus "
         "auprès de vos proches, qui devront en témoigner par écrit."),
        ("Le don du corps à la science, c'est la même chose ?", "Non. Le don du corps est une démarche différente, faite de votre vivant "
         "auprès d'une faculté de médecine."),
        ("Que deviennent mes données ?", "Elles ne sont consultées que par les équipes de coordination hospitalière, au moment d'un décès "
         "pouvant conduire à un prélèvement. Elles ne sont transmises à aucun autre organisme.")]) + \
        '<div class="bloc" style="padding-left:0">' + links(("lien-retrait", "Modifier mes choix ou demander mon retrait du registre"),
                                                           ("lien-formulaire-papier", "Formulaire d'inscription à imprimer et envoyer par courrier"),
                                                           ("lien-don-corps", "Faire don de son corps à la science"),
                                                           ("lien-carte-donneur", "Commander une carte de donneur")) + """
</div></main>
<aside>""" + bloc("L'inscription", "<p>Gratuite. Prise en compte dès réception d'un dossier complet ; une confirmation vous est envoyée.</p>") + \
        '<div class="bloc">' + links(("lien-chiffres", "Le don d'organes en chiffres"), ("lien-temoignages", "Témoignages"),
                                     ("lien-espace-pro", "Espace professionnels de santé", " hidden")) + "</div></aside></div>"


@page("mairie_registre_canicule.html", "Registre des personnes vulnérables – Saint-Aubin-des-Rives", "#c0392b")
def canicule():
    return """
<header><a href="#" class="logo" id="logo-ville">Saint-Aubin-des-Rives</a><span>Centre communal d'action sociale</span>
<div class="d"><button type="button" class="rond" id="btn-recherche" aria-label="Rechercher sur le site"><span aria-hidden="true">🔍</span></button>
<button type="button" class="rond" id="btn-compte" title="Mon compte citoyen"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-solidarite">Solidarité</a><a href="#" id="nav-seniors">Seniors</a><a href="#" id="nav-contact">Contact</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Inscription sur le registre des personnes vulnérables (canicule, grand froid)</h1>
<form>""" + radios("qui", "Vous inscrivez", [("qui-moi", "Moi-même"), ("qui-proche", "Un proche (avec son accord)")], True) + \
        txt("nom", "Nom de la personne inscrite", True) + txt("prenom", "Prénom", True) + \
        txt("date-naissance", "Date de naissance", True, ph="jj/mm/aaaa") + txt("adresse", "Adresse", True) + \
        txt("etage", "Étage, code d'accès, interphone") + txt("tel", "Téléphone de la personne inscrite", True) + \
        radios("situation", "Situation de la personne", [("sit-65", "65 ans ou plus"),
                                                         ("sit-60", "60 ans ou plus et reconnue inapte au travail"),
                                                         ("sit-handicap", "Adulte en situation de handicap")], True) + \
        cb("seul", "Vit seul(e)") + cb("aide-domicile", "Reçoit une aide à domicile (auxiliaire de vie, infirmier, portage de repas…)") + \
        txt("contact-urgence", "Personne à prévenir (nom et téléphone)") + txt("medecin", "Médecin traitant") + """
<div class="actions"><button type="submit" class="btn" id="btn-inscrire">Inscrire sur le registre</button>
<button type="reset" class="lienbtn" id="btn-effacer">Effacer le formulaire</button></div>
</form></main>
<aside>""" + bloc("Pourquoi s'inscrire ?", "<p>L'inscription est <strong>facultative et gratuite</strong>. Les informations restent "
                  "confidentielles.</p><p>Pendant une alerte canicule, le CCAS appelle <strong>chaque inscrit au moins une fois "
                  "par jour</strong> et organise une visite si personne ne répond.</p>") + \
        '<div class="bloc">' + links(("lien-conseils", "Conseils en cas de fortes chaleurs"),
                                     ("lien-lieux-frais", "Salles rafraîchies ouvertes au public"),
                                     ("lien-desinscription", "Me désinscrire ou désinscrire un proche"),
                                     ("lien-portage", "Portage de repas à domicile")) + \
        '<a href="tel:0800066666" id="lien-canicule-info">Canicule info service : 0 800 06 66 66 (appel gratuit)</a>' + \
        links(("lien-plan-froid", "Plan grand froid 2024", ' class="x"')) + "</div></aside></div>"


@page("guichet_unique_creation.html", "Déclarer la création d'une entreprise individuelle – Guichet unique", "#0a3d7a")
def guichet():
    return """
<header><a href="#" class="logo" id="logo-gu">Formalités des entreprises</a><span>Guichet unique</span>
<div class="d">M. Julien Abadie
<button type="button" class="rond" id="btn-messages" aria-label="Mes messages"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-deconnexion" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Création d'une entreprise individuelle (micro-entrepreneur)</h1>
""" + steps([("step-1", "Type d'entreprise"), ("step-2", "Entrepreneur"), ("s3", "Activité"), ("s4", "Options fiscales et sociales"),
             ("s5", "Pièces"), ("s6", "Signature")], 3) + """
<form>""" + txt("date-debut", "Date de début d'activité", True, ph="jj/mm/aaaa") + \
        area("description", "Description précise de l'activité principale", True) + \
        radios("nature", "Nature de l'activité", [("nat-commerciale", "Commerciale (achat-revente, restauration, hébergement…)"),
                                                  ("nat-artisanale", "Artisanale (fabrication, réparation, bâtiment…)"),
                                                  ("nat-liberale", "Libérale (conseil, enseignement, services intellectuels…)"),
                                                  ("nat-agricole", "Agricole")], True) + \
        radios("lieu", "Lieu d'exercice", [("lieu-domicile", "À mon domicile"), ("lieu-local", "Dans un local commercial"),
                                           ("lieu-ambulant", "De façon ambulante (marchés, foires)"),
                                           ("lieu-domiciliation", "Via une société de domiciliation")], True) + \
        txt("adresse-local", "Adresse du local (si local commercial)") + \
        cb("salarie", "J'exerce cette activité en plus d'un emploi salarié") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Valider et continuer</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-enregistrer">Enregistrer et quitter</button></div>
<p><button type="button" class="btn" id="btn-signer" disabled>Signer la formalité</button></p>
</form></main>
<aside>""" + bloc("Bon à savoir", "<p>La déclaration de création d'une micro-entreprise est <strong>gratuite</strong>.</p>"
                  "<p>Le numéro SIRET est attribué par l'Insee, en général <strong>sous 1 à 4 semaines</strong>.</p>"
                  "<p>Le versement libératoire de l'impôt sur le revenu se choisit à l'étape « Options fiscales et sociales ».</p>") + \
        '<div class="bloc">' + links(("lien-aide-nature", "Comment savoir si mon activité est commerciale, artisanale ou libérale ?"),
                                     ("lien-acre", "L'aide aux créateurs et repreneurs d'entreprise (Acre)"),
                                     ("lien-simulateur", "Estimer mes cotisations sociales"),
                                     ("lien-societe", "Créer une société (SAS, SARL…)"),
                                     ("lien-suivi", "Suivre mes formalités"),
                                     ("lien-modification", "Modifier une entreprise existante", " hidden")) + "</div></aside></div>"


@page("telerecours_requete.html", "Déposer une requête – Télérecours citoyens", "#3b3b6d")
def telerecours():
    return """
<header><a href="#" class="logo" id="logo-tr">Télérecours citoyens</a><span>Juridictions administratives</span>
<div class="d">Mme Agathe Leroux
<button type="button" class="rond" id="btn-compte" title="Mon compte"><span aria-hidden="true">👤</span></button>
<button type="button" class="rond" id="btn-deconnexion" aria-label="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Déposer une nouvelle requête</h1>
""" + steps([("step-1", "Juridiction"), ("s2", "Décision contestée"), ("s3", "Pièces"), ("s4", "Confirmation")], 2) + """
<div class="encadre">Juridiction : <strong>Tribunal administratif de Lussac-la-Forêt</strong>
 <button type="button" class="lienbtn" id="btn-changer-tribunal">Changer de tribunal</button></div>
<form>""" + radios("type", "Type de requête", [("type-annulation", "Demande d'annulation d'une décision (requête au fond)"),
                                               ("type-suspension", "Référé-suspension (urgence, en plus d'une demande d'annulation)"),
                                               ("type-liberte", "Référé-liberté (atteinte grave à une liberté fondamentale)"),
                                               ("type-indemnitaire", "Demande d'indemnisation d'un préjudice")], True) + \
        txt("administration", "Administration qui a pris la décision", True) + \
        txt("date-decision", "Date de la décision", True, ph="jj/mm/aaaa") + \
        txt("date-notification", "Date à laquelle vous avez reçu la décision", True, ph="jj/mm/aaaa") + \
        radios("prealable", "Avez-vous d'abord contesté la décision auprès de l'administration ?", [("prealable-oui", "Oui"), ("prealable-non", "Non")], True) + \
        txt("date-rejet", "Date de la réponse de l'administration (si vous l'avez contestée)", ph="jj/mm/aaaa") + \
        area("resume", "Résumé de votre demande", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Continuer vers les pièces</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer le brouillon</button></div>
</form></main>
<aside>""" + bloc("À savoir", "<p>Vous disposez en général de <strong>2 mois</strong> à partir du jour où vous avez reçu la décision "
                  "pour saisir le tribunal.</p><p>Le dépôt d'une requête est <strong>gratuit</strong>.</p>"
                  "<p>L'avocat <strong>n'est pas obligatoire</strong> dans la plupart des litiges devant le tribunal administratif "
                  "(il l'est pour une demande d'indemnisation de plus de 10 000 €).</p>") + \
        '<div class="bloc">' + links(("lien-aide-juridictionnelle", "Demander l'aide juridictionnelle"),
                                     ("lien-suivre", "Suivre mes requêtes déposées"),
                                     ("lien-guide", "Guide du requérant"),
                                     ("lien-mediation", "Demander une médiation avec l'administration"),
                                     ("lien-avocats", "Espace avocats", ' class="x"')) + "</div></aside></div>"


@page("impots_don_manuel.html", "Déclarer un don – impots.gouv.fr", "#000091")
def don():
    return """
<header><a href="#" class="logo" id="logo-impots">impots.gouv.fr</a><span>Espace particulier</span>
<div class="d"><input type="search" id="site-recherche" aria-label="Rechercher sur impots.gouv.fr">
<button type="button" class="rond" id="btn-rechercher" aria-label="Lancer la recherche"><span aria-hidden="true">🔍</span></button>
<button type="button" class="rond" id="btn-profil" title="Mon profil"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-declarer">Déclarer</a><a href="#" id="nav-payer">Payer</a>
<a href="#" id="nav-messagerie">Messagerie sécurisée</a><a href="#" id="nav-biens">Biens immobiliers</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Déclarer un don manuel ou un don familial de sommes d'argent</h1>
""" + steps([("step-1", "Le donateur"), ("s2", "Le don"), ("s3", "Le bénéficiaire"), ("s4", "Validation")], 2) + """
<div class="encadre">Donateur : <strong>Mme Odile Carrère</strong>, née le 02/11/1951
 <button type="button" class="lienbtn" id="btn-modifier-donateur">Modifier le donateur</button></div>
<form>""" + radios("nature", "Nature du don", [("nat-argent", "Somme d'argent (virement, chèque, espèces)"),
                                               ("nat-titres", "Titres (actions, parts sociales)"),
                                               ("nat-objet", "Bien meuble (véhicule, bijou, œuvre d'art…)")], True) + \
        txt("date-don", "Date du don", True, ph="jj/mm/aaaa") + txt("montant", "Montant ou valeur du don (€)", True) + \
        sel("lien", "Lien de parenté du donateur avec vous", ["Parent (père, mère)", "Grand-parent", "Arrière-grand-parent",
                                                              "Époux ou partenaire de Pacs", "Frère ou sœur", "Oncle ou tante", "Autre"], True) + \
        radios("familial", "Don familial de somme d'argent (donateur de moins de 80 ans, bénéficiaire majeur) ?",
               [("don-fam-oui", "Oui"), ("don-fam-non", "Non")]) + \
        radios("anterieurs", "Avez-vous déjà reçu des dons de ce donateur au cours des 15 dernières années ?",
               [("ant-oui", "Oui"), ("ant-non", "Non")], True) + \
        txt("montant-anterieur", "Montant total des dons déjà reçus (€)") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-brouillon">Enregistrer et finir plus tard</button></div>
</form>""" + faq([
        ("Dois-je payer des droits ?", "Pas forcément. Chaque enfant bénéficie d'un abattement de <strong>100 000 €</strong> par parent, "
         "renouvelable tous les 15 ans ; un petit-enfant, de 31 865 € par grand-parent. Le don familial de sommes d'argent ouvre "
         "droit à un abattement supplémentaire de 31 865 €. Le don doit être déclaré même s'il n'y a rien à payer."),
        ("Quand déclarer ?", "Dans le <strong>mois qui suit le don</strong>. Si le don dépasse 15 000 €, vous pouvez choisir de "
         "payer les droits éventuels au décès du donateur, mais la déclaration reste à faire dans le mois."),
        ("Qui déclare ?", "C'est le bénéficiaire du don qui le déclare, depuis son propre espace particulier."),
        ("Et pour une maison ou un appartement ?", "Un bien immobilier ne peut pas faire l'objet d'un don manuel : la donation passe "
         "obligatoirement par un notaire."),
        ("Un don à une association, c'est ici ?", "Non. Les dons aux associations ouvrent droit à une réduction d'impôt et se "
         "déclarent avec vos revenus."),
        ("Que se passe-t-il après la validation ?", "Vous recevez un accusé de réception dans votre messagerie sécurisée et, s'il y a "
         "des droits à payer, un avis de paiement.")]) + \
        '<div class="bloc" style="padding-left:0">' + links(("lien-formulaire-papier", "Formulaire 2735 à imprimer et envoyer au service des impôts"),
                                                           ("lien-donation-notaire", "Donation d'un bien immobilier : le rôle du notaire"),
                                                           ("lien-bareme", "Barème des droits de donation"),
                                                           ("lien-association", "Dons aux associations : la réduction d'impôt")) + """
</div></main>
<aside>""" + bloc("Besoin d'aide ?", "<p>Un conseiller peut répondre à vos questions par la messagerie sécurisée ou au 0 809 401 401.</p>") + \
        "</aside></div>"


@page("solidarite_transport.html", "Tarification solidarité transport – Mobilités Vallon", "#e4572e")
def transport():
    return """
<div class="voile"><div role="dialog" aria-modal="true" aria-labelledby="ck-titre" id="dlg-cookies" class="fenetre">
<h2 id="ck-titre" style="margin-top:0;font-size:18px">Cookies</h2>
<p>Avec votre accord, nous utilisons des cookies pour mesurer l'audience et améliorer nos services.</p>
<button type="button" class="btn" id="ck-accepter">Tout accepter</button> <button type="button" class="btn" id="ck-refuser">Tout refuser</button>
<button type="button" class="lienbtn" id="ck-choisir">Choisir les cookies</button></div></div>
<header><a href="#" class="logo" id="logo-mv">Mobilités Vallon</a><span>Le réseau de transport régional</span>
<div class="d">Mme Fatou Camara <button type="button" class="rond" id="btn-compte" title="Mon compte voyageur"><span aria-hidden="true">👤</span></button></div></header>
<nav><a href="#" id="nav-itineraires">Itinéraires</a><a href="#" id="nav-titres">Titres et tarifs</a><a href="#" id="nav-info-trafic">Info trafic</a><a href="#" id="nav-aide">Aide</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Demander la tarification solidarité transport</h1>
""" + steps([("step-1", "Mes informations"), ("s2", "Mon droit"), ("s3", "Mon forfait")], 2) + """
<form>""" + radios("droit", "Votre situation", [("droit-rsa", "Je perçois le revenu de solidarité active (RSA)"),
                                                ("droit-c2s", "J'ai la Complémentaire santé solidaire sans participation"),
                                                ("droit-c2s-payante", "J'ai la Complémentaire santé solidaire avec participation financière"),
                                                ("droit-ass", "Je perçois l'allocation de solidarité spécifique (ASS)"),
                                                ("droit-ame", "J'ai l'aide médicale de l'État (AME)")], True) + \
        txt("numero-droit", "Numéro de sécurité sociale ou numéro d'allocataire", True) + \
        sel("organisme", "Organisme qui vous a ouvert ce droit", ["Caf", "MSA", "France Travail", "CPAM"], True) + \
        fil("attestation", "Attestation de droits de moins de 3 mois", True) + \
        txt("numero-passe", "Numéro de votre passe Mobilités Vallon (si vous en avez déjà un)") + \
        cb("ayants-droit", "Ajouter les membres de mon foyer qui ont le même droit") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button>
<a href="#" class="btn2" id="btn-precedent">Précédent</a>
<button type="button" class="lienbtn" id="btn-annuler">Annuler ma demande</button></div>
</form></main>
<aside>""" + bloc("Les réductions", "<p>RSA, C2S sans participation, AME : <strong>gratuité</strong> des transports.<br>"
                  "C2S avec participation : <strong>75 %</strong> de réduction.<br>ASS : <strong>50 %</strong> de réduction.</p>"
                  "<p>Le droit est ouvert pour <strong>1 an</strong>. Le passe est envoyé à domicile sous 15 jours "
                  "(8 € de frais de fabrication s'il s'agit d'un premier passe).</p>") + \
        '<div class="bloc">' + links(("lien-perte-passe", "Passe perdu ou volé"), ("lien-renouveler", "Renouveler mon droit"),
                                     ("lien-jeunes", "Tarifs étudiants et moins de 26 ans"), ("lien-agences", "Nos agences commerciales"),
                                     ("lien-simulateur", "Simulateur de droits", " hidden")) + "</div></aside></div>"


@page("mairie_livret_famille.html", "Demande de livret de famille – Ville de Lussac-la-Forêt", "#6b4226")
def livret():
    return """
<header><a href="#" class="logo" id="logo-ville">Lussac-la-Forêt</a><span>Services en ligne – état civil</span>
<div class="d"><a href="#" id="lien-connexion">Se connecter</a></div></header>
<nav><a href="#" id="nav-accueil">Accueil</a><a href="#" id="nav-etat-civil">État civil</a><a href="#" id="nav-elections">Élections</a><a href="#" id="nav-famille">Famille</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Demander un nouveau livret de famille ou un second livret</h1>
<form>""" + radios("motif", "Motif de la demande", [("mot-perte", "Perte, vol ou destruction du livret"),
                                                   ("mot-separation", "Second livret (parents séparés ou divorcés)"),
                                                   ("mot-abime", "Livret abîmé ou illisible")], True) + \
        radios("demandeur", "Vous êtes", [("dem-titulaire", "L'un des titulaires du livret (époux ou parent)"),
                                          ("dem-autre", "Une autre personne (avocat, notaire…)")], True) + \
        txt("nom", "Votre nom", True) + txt("prenom", "Votre prénom", True) + \
        radios("origine", "Le livret a été établi lors", [("ori-mariage", "du mariage"),
                                                          ("ori-naissance", "de la naissance du premier enfant (parents non mariés)")], True) + \
        txt("date-evenement", "Date du mariage ou de la naissance du premier enfant", True, ph="jj/mm/aaaa") + \
        txt("lieu-evenement", "Commune du mariage ou de la naissance", True) + \
        txt("nb-enfants", "Nombre d'enfants à inscrire") + \
        radios("retrait", "Comment récupérer le livret ?", [("ret-mairie", "Je viens le chercher en mairie"),
                                                           ("ret-courrier", "Envoi par courrier recommandé")], True) + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer la demande</button></div>
</form>""" + faq([
        ("Combien ça coûte ?", "La délivrance d'un livret de famille est <strong>gratuite</strong>, qu'il s'agisse d'un duplicata ou d'un second livret."),
        ("Quel délai ?", "Comptez <strong>4 à 8 semaines</strong> : chaque mairie où un événement a eu lieu (naissance, mariage) "
         "doit compléter et signer les pages qui la concernent."),
        ("Faut-il un justificatif en cas de vol ?", "Non. Aucune déclaration de perte ou de vol n'est demandée pour obtenir un nouveau livret."),
        ("Qui peut demander un second livret ?", "Le parent ou l'époux qui n'a pas le livret, par exemple après un divorce ou une séparation."),
        ("Le premier livret reste-t-il valable ?", "Oui. En cas de perte, si vous le retrouvez, il reste valable, mais seul le nouveau "
         "sera mis à jour à l'avenir."),
        ("Où déposer la demande ?", "Auprès de la mairie de votre domicile ou de celle du mariage. Ce formulaire en ligne s'adresse aux "
         "habitants de Lussac-la-Forêt.")]) + \
        '<div class="bloc" style="padding-left:0">' + links(("lien-mise-a-jour", "Mettre à jour mon livret (naissance, décès, divorce)"),
                                                           ("lien-acte", "Demander une copie ou un extrait d'acte d'état civil"),
                                                           ("lien-changement-nom", "Changer le nom d'usage d'un enfant"),
                                                           ("lien-rdv", "Prendre rendez-vous au service état civil")) + """
</div></main>
<aside>""" + bloc("Service état civil", "<p>Hôtel de ville, du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h.</p>") + \
        '<div class="bloc">' + links(("lien-pacs", "Conclure un Pacs en mairie"), ("lien-mariage", "Se marier à Lussac-la-Forêt"),
                                     ("lien-recensement", "Recensement citoyen", ' class="x"')) + "</div></aside></div>"
