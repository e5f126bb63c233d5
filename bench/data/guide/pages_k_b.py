"""Pages 10-17 of set K (fictional imitations)."""
from make_pages_k import area, cb, faq, fil, links, page, radios, sel, steps, txt

LONG = "Ces informations sont données à titre général ; elles ne remplacent pas les textes officiels. "


@page("bloctel_inscription.html", "Inscription sur la liste d'opposition au démarchage téléphonique – Bloctel", "#0b5e8a")
def bloctel():
    return """
<header><a href="#" class="logo" id="logo-bloctel">Bloctel</a><span>Liste d'opposition au démarchage téléphonique</span>
<div class="d"><a href="#" id="lien-mon-espace">Mon espace consommateur</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Inscrire mes numéros de téléphone</h1>
<form>""" + txt("nom", "Nom", True) + txt("prenom", "Prénom", True) + \
        '<div class="champ"><label for="courriel">Adresse électronique <span class="req">*</span></label><input type="email" id="courriel" required></div>' + \
        txt("tel-1", "Numéro de téléphone 1", True) + txt("tel-2", "Numéro de téléphone 2") + txt("tel-3", "Numéro de téléphone 3") + \
        '<div class="champ" hidden><label for="tel-4">Numéro de téléphone 4</label><input type="text" id="tel-4"></div>' + """
<p><button type="button" class="lienbtn" id="btn-ajouter-numero">+ Ajouter un autre numéro (8 au maximum)</button></p>
""" + cb("cgu", "J'ai lu et j'accepte les conditions générales d'utilisation", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-inscrire">M'inscrire</button></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">L'essentiel</h2>
<p>L'inscription est <strong>gratuite</strong> et valable <strong>3 ans</strong>.</p>
<p>Elle prend effet au plus tard <strong>30 jours</strong> après la confirmation de votre inscription.</p>
<p>Restent autorisés : les appels des professionnels avec qui vous avez un <strong>contrat en cours</strong> (banque, fournisseur d'énergie…), les instituts de sondage et les associations sans but commercial.</p></div>
<div class="bloc"><a href="#" class="btn2" id="lien-reclamation" style="color:#0b5e8a">Signaler un appel malgré mon inscription</a>""" + \
        links(("lien-renouveler", "Renouveler mon inscription"), ("lien-desinscrire", "Retirer un numéro de la liste"),
              ("lien-spam-sms", "Signaler un SMS ou un appel frauduleux (33700)"), ("lien-pro", "Espace professionnels", ' class="x"')) + "</div></aside></div>"


@page("cej_1jeune1solution.html", "Contrat d'engagement jeune – 1jeune1solution", "#3a3ab0")
def cej():
    return """
<div role="dialog" aria-modal="true" aria-label="Gestion des cookies" id="dlg-cookies" class="fenetre">
<p>1jeune1solution utilise des cookies de mesure d'audience. Acceptez-vous leur dépôt ?</p>
<button type="button" class="btn" id="ck-accepter">Tout accepter</button> <button type="button" class="btn" id="ck-refuser">Tout refuser</button>
<button type="button" class="lienbtn" id="ck-personnaliser">Personnaliser</button></div>
<div class="voile" aria-hidden="true"></div>
<header><a href="#" class="logo" id="logo-1j1s">1jeune1solution</a>
<div class="d">""" + links(("lien-offres", "Offres d'emploi"), ("lien-alternance", "Alternance"), ("lien-simulateur-aides", "Simuler mes aides")) + """</div></header>
<div class="page"><main>
<h1 style="font-size:22px">Contrat d'engagement jeune : je suis intéressé(e)</h1>
<p>Laissez vos coordonnées : un conseiller vous rappelle pour un premier rendez-vous.</p>
<form>""" + txt("prenom", "Prénom", True) + txt("nom", "Nom", True) + txt("date-naissance", "Date de naissance", True, ph="jj/mm/aaaa") + \
        txt("telephone", "Téléphone", True) + txt("code-postal", "Code postal", True) + \
        radios("sit", "Vous êtes actuellement", [("sit-rien", "Ni en emploi, ni en études, ni en formation"), ("sit-etudes", "En études"), ("sit-emploi", "En emploi")], True) + \
        cb("rqth", "J'ai une reconnaissance de la qualité de travailleur handicapé (RQTH)") + \
        sel("accompagnement", "Je préfère être accompagné(e) par", ["France Travail", "La mission locale"], empty=False, pre="France Travail") + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer</button></div></form>
<details><summary id="sum-engagement">Quels sont mes engagements ?</summary>
<p>Vous vous engagez à suivre un programme de 15 à 20 heures par semaine, à être présent(e) aux rendez-vous et à répondre aux offres proposées.</p></details></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Le CEJ en bref</h2>
<p>Pour les jeunes de <strong>16 à 25 ans</strong> (jusqu'à <strong>29 ans</strong> avec une RQTH).</p>
<p>Une allocation pouvant aller jusqu'à <strong>528 € par mois</strong>, selon vos ressources.</p>
<p>Un programme intensif de <strong>15 à 20 heures par semaine</strong>.</p></div>
<div class="bloc">""" + links(("lien-mission-locale", "Trouver ma mission locale"), ("lien-logement", "Aides au logement des jeunes", " hidden")) + "</div></aside></div>"


@page("ensap_agent.html", "Mon espace – Ensap, espace numérique sécurisé de l'agent public", "#00506b")
def ensap():
    rows = ""
    for m, did in (("Juillet 2025", "dl-juillet"), ("Juin 2025", "dl-juin"), ("Mai 2025", "dl-mai"), ("Avril 2025", "dl-avril"), ("Mars 2025", "dl-mars")):
        rid = "mois-" + did[3:]
        net = {"dl-juillet": "—", "dl-juin": "2 148,32 €", "dl-mai": "2 131,07 €", "dl-avril": "2 131,07 €", "dl-mars": "2 119,54 €"}[did]
        dis = " disabled" if did == "dl-juillet" else ""
        cls = ' class="x"' if did == "dl-mars" else ""
        rows += '<tr%s><th id="%s">%s</th><td>%s</td><td><button type="button" class="btn" id="%s" aria-describedby="%s"%s>Télécharger</button></td></tr>' % (
            cls, rid, m, net, did, rid, dis)
    return """
<header><a href="#" class="logo" id="logo-ensap">ENSAP</a><span>Espace numérique sécurisé de l'agent public</span>
<div class="d">Mme Claire Bonnefoy
<button type="button" class="rond" id="btn-messages" aria-label="Messagerie (2 non lus)"><span aria-hidden="true">✉</span></button>
<button type="button" class="rond" id="btn-profil" title="Mon profil"><span aria-hidden="true">👤</span></button>
<button type="button" class="rond" id="btn-quitter" title="Se déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<nav><a href="#" id="onglet-accueil" aria-current="page">Accueil</a><a href="#" id="onglet-remuneration">Ma rémunération</a><a href="#" id="onglet-retraite">Ma retraite</a><a href="#" id="onglet-documents">Mes documents</a></nav>
<div class="page"><main>
<h1 style="font-size:22px">Bonjour Claire</h1>
<div class="encadre">Dernier bulletin : <strong>juin 2025</strong> – net payé <strong>2 148,32 €</strong>. Le bulletin de juillet sera disponible le <strong>28/07/2025</strong>.</div>
<h2 style="font-size:18px">Mes bulletins de paie</h2>
<table><tr><th>Mois</th><th>Net payé</th><th>Document</th></tr>""" + rows + """</table>
<h2 style="font-size:18px">Attestation fiscale 2024</h2><p>Montant net imposable 2024 : <strong>27 845 €</strong>. <button type="button" class="btn" id="btn-attestation-fiscale">Télécharger l'attestation fiscale</button></p>
<h2 style="font-size:18px">Ma retraite</h2><p>Durée d'assurance enregistrée : <strong>132 trimestres</strong>.</p>
<p><a href="#" class="btn2" id="btn-simuler">Simuler ma retraite</a> <a href="#" id="lien-demande-retraite">Demander ma retraite en ligne</a></p>
""" + faq([("Qui verse mon traitement ?", "Votre rémunération est calculée par votre service gestionnaire et payée par la direction générale des finances publiques. " + LONG + "En cas d'anomalie sur un montant, une prime ou un rappel, adressez-vous d'abord à votre service des ressources humaines."),
           ("Combien de temps mes bulletins restent-ils disponibles ?", "Les bulletins de paie et les attestations fiscales sont conservés dans votre espace jusqu'à vos 75 ans, sans limite du nombre de téléchargements. " + LONG),
           ("Comment changer de compte bancaire ?", "Le compte bancaire sur lequel est versée votre rémunération se modifie auprès de votre service gestionnaire, qui transmet le nouveau RIB. " + LONG),
           ("Mon compte individuel retraite est-il complet ?", "Le compte retrace vos services et vos trimestres. Si une période manque, signalez-la à votre employeur ou, si vous êtes à moins de deux ans de la retraite, au service des retraites de l'État. " + LONG),
           ("Je suis parti(e) de la fonction publique", "Votre espace reste accessible : vous pouvez toujours consulter vos anciens bulletins et vos attestations. " + LONG)]) + """
<p>""" + links(("lien-contact", "Contacter l'assistance de l'Ensap"), ("lien-supprimer", "Supprimer mon espace")) + """</p></main>
<aside><div class="bloc">""" + links(("lien-erreur-paie", "Signaler une erreur sur ma paie"), ("lien-rib", "Changer de coordonnées bancaires : à qui m'adresser"),
                                    ("lien-decompte", "Décompte de rappel", ' class="x"')) + "</div></aside></div>"


@page("ariane_voyage.html", "Ariane – Déclarer un voyage – France Diplomatie", "#123b6e")
def ariane():
    return """
<header><a href="#" class="logo" id="logo-diplo">France Diplomatie</a><span>Ariane – se signaler en voyage</span>
<div class="d"><a href="#" class="btn2" id="lien-mes-voyages">Mes voyages</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Déclarer un voyage</h1>
""" + steps([("step-1", "Mon compte"), ("s2", "Destination et dates"), ("s3", "Personne à prévenir")], 2) + """
<form>""" + sel("pays", "Pays de destination", ["Maroc", "Sénégal", "Thaïlande", "Pérou", "Japon", "Canada", "Égypte", "Autre pays"], True) + \
        txt("ville", "Ville ou région (facultatif)") + txt("date-depart", "Date d'arrivée dans le pays", True, ph="jj/mm/aaaa") + \
        txt("date-retour", "Date de départ du pays", True, ph="jj/mm/aaaa") + txt("hebergement", "Hébergement : adresse ou nom de l'hôtel (facultatif)") + \
        txt("tel-sur-place", "Téléphone sur place (facultatif)") + cb("accomp", "D'autres personnes voyagent avec moi") + \
        txt("nb-accomp", "Nombre de personnes qui vous accompagnent") + cb("sms-alerte", "Recevoir les alertes de sécurité par SMS", extra=" checked") + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Suivant</button><a href="#" class="btn2" id="btn-precedent">Précédent</a></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">À savoir</h2>
<p>Le service est <strong>gratuit</strong>. Vos données sont supprimées un mois après la fin du voyage.</p>
<p>Ariane <strong>ne vaut pas inscription au registre des Français établis hors de France</strong> : si vous vous installez à l'étranger, inscrivez-vous au registre.</p></div>
<div class="bloc">""" + links(("lien-conseils", "Conseils aux voyageurs par pays"), ("lien-registre", "S'inscrire au registre des Français établis hors de France"),
                             ("lien-urgence-consulaire", "Numéros d'urgence des ambassades et consulats"), ("lien-assurance", "Bien choisir son assurance voyage", " hidden")) + "</div></aside></div>"


@page("aspa_demande.html", "Demander l'allocation de solidarité aux personnes âgées – l'Assurance retraite", "#005e9e")
def aspa():
    return """
<header><a href="#" class="logo" id="logo-ar">l'Assurance retraite</a><span>Mon espace personnel</span>
<div class="d">Mme Odette Carrère <button type="button" class="rond" id="btn-quitter" title="Me déconnecter"><span aria-hidden="true">⏻</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Demander l'allocation de solidarité aux personnes âgées (Aspa)</h1>
""" + steps([("step-1", "Identité"), ("s2", "Situation et ressources"), ("s3", "Coordonnées bancaires"), ("s4", "Envoi")], 2) + """
<form>""" + radios("sf", "Votre situation", [("sf-seul", "Je vis seul(e) (célibataire, veuf, divorcé)"), ("sf-couple", "Je vis en couple (marié, pacsé, concubin)")], True) + \
        txt("conjoint-revenus", "Si vous vivez en couple : ressources mensuelles de votre conjoint (€)") + \
        radios("log", "Votre logement", [("log-proprietaire", "Propriétaire"), ("log-locataire", "Locataire"), ("log-heberge", "Hébergé(e) gratuitement")], True) + \
        txt("pension", "Montant mensuel de vos retraites (€)", True) + txt("revenus-travail", "Revenus d'une activité (€ par mois)") + \
        txt("autres-revenus", "Autres revenus : loyers perçus, rentes… (€ par mois)") + txt("epargne", "Épargne et placements : montant total (€)") + \
        cb("bien-autre", "Je possède un bien immobilier autre que ma résidence principale") + \
        fil("avis-imposition", "Dernier avis d'impôt ou de non-imposition", True) + cb("certifie", "Je certifie l'exactitude des renseignements fournis", True) + """
<div class="actions"><button type="submit" class="btn" id="btn-suivant">Étape suivante</button><a href="#" class="btn2" id="btn-precedent">Étape précédente</a></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Conditions</h2>
<p>Avoir au moins <strong>65 ans</strong> (ou l'âge légal de départ en cas d'inaptitude).</p>
<p>Plafond de ressources : <strong>1 034,28 € par mois</strong> pour une personne seule, <strong>1 605,73 €</strong> pour un couple.</p>
<p>Les sommes versées peuvent être récupérées sur la succession, pour la part de l'actif net qui dépasse <strong>107 616,13 €</strong>.</p></div>
<div class="bloc">""" + links(("lien-simulateur", "Estimer le montant de mon Aspa"), ("lien-papier", "Télécharger le formulaire papier"),
                             ("lien-point-accueil", "Prendre rendez-vous dans une agence retraite"), ("lien-msa", "J'ai travaillé dans l'agriculture (MSA)"),
                             ("lien-aide-menagere", "Aide à domicile", ' class="x"')) + "</div></aside></div>"


@page("transport_scolaire_inscription.html", "Inscription aux transports scolaires – Région Centre-Vallon", "#c2571a")
def transport():
    return """
<div role="dialog" aria-modal="true" aria-labelledby="dlg-titre" id="dlg-campagne" class="fenetre">
<h2 id="dlg-titre" style="margin-top:0;font-size:18px">Inscriptions 2025-2026</h2>
<p>Inscrivez vos enfants avant le <strong>15 juillet</strong> : après cette date, une majoration de 30 € s'applique.</p>
<button type="button" class="btn" id="dlg-compris">J'ai compris</button> <button type="button" class="lienbtn" id="dlg-tarifs">Voir les tarifs</button>
<button type="button" class="rond" id="dlg-fermer" aria-label="Fermer"><span aria-hidden="true">✕</span></button></div>
<header><a href="#" class="logo" id="logo-region">Région Centre-Vallon</a><span>Transports scolaires</span>
<div class="d">Famille Garnier <button type="button" class="rond" id="btn-compte" title="Mon compte famille"><span aria-hidden="true">👤</span></button></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Inscrire un élève au transport scolaire</h1>
<form>""" + radios("eleve", "Élève à inscrire", [("el-louis", "Louis Garnier, né le 14/09/2010"), ("el-chloe", "Chloé Garnier, née le 02/03/2014")], True) + """
<p><button type="button" class="lienbtn" id="btn-ajouter-eleve">+ Ajouter un enfant à mon compte</button></p>
""" + txt("etablissement", "Établissement fréquenté à la rentrée", True) + \
        sel("classe", "Classe à la rentrée", ["6e", "5e", "4e", "3e", "2de", "1re", "Terminale", "CAP"], True) + \
        radios("regime", "Régime", [("reg-demi", "Demi-pensionnaire"), ("reg-interne", "Interne"), ("reg-externe", "Externe")], True) + \
        sel("arret", "Point de montée", ["Bourg – Mairie", "Les Granges", "La Croix-Blanche", "Moulin-Neuf"], True) + \
        cb("garde-alternee", "L'élève vit en garde alternée (deuxième point de montée)") + txt("adresse-2", "Adresse du second domicile") + \
        sel("paiement", "Paiement", ["En une fois", "En 3 fois sans frais"], empty=False, pre="En une fois") + """
<div class="actions"><button type="submit" class="btn" id="btn-valider">Valider l'inscription</button><a href="#" class="btn2" id="btn-annuler">Annuler</a></div></form></main>
<aside><div class="bloc"><h2 style="font-size:16px;margin-top:0">Tarifs</h2>
<p><strong>120 € par an</strong> et par élève. <strong>Gratuit à partir du 3e enfant</strong> inscrit.</p><p>Date limite : 15 juillet (majoration de 30 € ensuite).</p></div>
<div class="bloc">""" + links(("lien-horaires", "Horaires et circuits des cars"), ("lien-duplicata", "Carte de transport perdue : duplicata"),
                             ("lien-internes", "Internes : trajets du week-end"), ("lien-aide", "Aide selon le quotient familial", " hidden")) + "</div></aside></div>"


@page("meuble_tourisme_declaration.html", "Déclarer un meublé de tourisme – Port-Vidal", "#0f7c8a")
def meuble():
    return """
<header><a href="#" class="logo" id="logo-ville">Port-Vidal</a><span>Téléservices de la mairie</span>
<div class="d"><a href="#" class="btn2" id="lien-recap">Mes déclarations</a></div></header>
<div class="page"><main>
<h1 style="font-size:22px">Déclaration en mairie d'un meublé de tourisme</h1>
<form>""" + radios("res", "Le logement loué est", [("res-principale", "Ma résidence principale"), ("res-secondaire", "Une résidence secondaire ou un logement dédié à la location")], True) + \
        txt("adresse-logement", "Adresse du logement", True) + sel("type-logement", "Type de logement", ["Appartement", "Maison", "Studio"], True) + \
        txt("pieces", "Nombre de pièces", True) + txt("capacite", "Nombre de personnes pouvant être accueillies", True) + \
        radios("classe", "Le meublé est-il classé ?", [("class-oui", "Oui"), ("class-non", "Non"), ("class-en-cours", "Demande en cours")]) + """
<div class="actions"><button type="submit" class="btn" id="btn-envoyer">Envoyer la déclaration</button>
<button type="reset" class="lienbtn" id="btn-effacer">Effacer le formulaire</button></div></form>
""" + faq([("Combien de temps puis-je louer ma résidence principale ?", "Votre résidence principale peut être louée comme meublé de tourisme <strong>120 jours par an</strong> au maximum. " + LONG + "Au-delà, le logement doit être déclaré comme résidence secondaire et peut nécessiter une autorisation de changement d'usage."),
           ("Quand vais-je recevoir mon numéro de déclaration ?", "Le numéro de déclaration s'affiche <strong>immédiatement</strong> après l'envoi et vous est adressé par courriel. Il doit figurer sur toutes vos annonces. " + LONG),
           ("Qui paie la taxe de séjour ?", "La taxe de séjour est payée par les voyageurs. Lorsque la réservation passe par une plateforme, c'est la plateforme qui la collecte et la reverse à la commune ; sinon, vous la collectez vous-même. " + LONG),
           ("Mon logement doit-il respecter des règles de performance énergétique ?", "Les logements mis en location doivent respecter les niveaux de performance énergétique prévus par la loi, selon un calendrier progressif. " + LONG),
           ("Dois-je prévenir ma copropriété ?", "Consultez le règlement de copropriété : certaines clauses encadrent la location de courte durée. " + LONG)]) + """
<p>""" + links(("lien-chambre-hotes", "Je loue des chambres chez moi : chambres d'hôtes"), ("lien-impots", "Déclarer les revenus d'une location meublée")) + """</p></main>
<aside><div class="bloc">""" + links(("lien-taxe-sejour", "Reverser la taxe de séjour"), ("lien-classement", "Faire classer mon meublé (étoiles)"),
                                    ("lien-modifier", "Modifier ou supprimer une déclaration"), ("lien-changement-usage", "Changement d'usage", ' class="x"')) + "</div></aside></div>"


@page("ast_mineur.html", "Autorisation de sortie du territoire d'un mineur – Service-Public.fr", "#000091")
def ast():
    return """
<header><a href="#" class="logo" id="logo-sp">Service-Public.fr</a><span>Le site officiel de l'administration française</span>
<div class="d"><a href="#" id="lien-espace">Mon espace</a></div></header>
<div class="page"><main>
<div role="alert" class="alerte">Ce formulaire ne se dépose nulle part : l'enfant voyage avec le formulaire signé, sa propre pièce d'identité et la copie de la pièce d'identité du parent signataire.</div>
<h1 style="font-size:22px">Autorisation de sortie du territoire (AST) d'un mineur</h1>
""" + steps([("step-1", "Le parent signataire"), ("s2", "L'enfant et la durée"), ("s3", "Impression")], 2) + """
<form>""" + txt("nom-mineur", "Nom de l'enfant", True) + txt("prenom-mineur", "Prénom(s) de l'enfant", True) + \
        txt("date-naissance", "Date de naissance de l'enfant", True, ph="jj/mm/aaaa") + txt("ville-naissance", "Ville de naissance de l'enfant", True) + \
        txt("date-fin", "Autorisation valable jusqu'au (1 an au maximum)", True, ph="jj/mm/aaaa") + """
<div class="actions"><button type="submit" class="btn" id="btn-generer">Générer le formulaire à imprimer</button><a href="#" class="btn2" id="btn-precedent">Étape précédente</a></div></form>
<p><a href="#" id="lien-passeport">Faire un passeport ou une carte d'identité pour mon enfant</a></p>
""" + faq([("Quand l'autorisation est-elle obligatoire ?", "L'AST est obligatoire pour tout mineur qui vit en France et qui voyage à l'étranger <strong>sans être accompagné d'un titulaire de l'autorité parentale</strong> : voyage scolaire, séjour linguistique, vacances avec les grands-parents… Elle n'est pas nécessaire lorsque l'enfant voyage avec l'un de ses parents."),
           ("Combien coûte-t-elle ?", "La démarche est <strong>gratuite</strong>. Aucune démarche en mairie ou en préfecture n'est nécessaire. " + LONG),
           ("Quelle durée de validité ?", "Le parent fixe la date de fin de validité, dans la limite d'<strong>un an</strong> à partir de la signature. " + LONG),
           ("Quel document d'identité pour l'enfant ?", "Selon le pays de destination, l'enfant doit avoir une carte d'identité ou un passeport en cours de validité, parfois un visa. " + LONG),
           ("Et si l'autre parent s'oppose au départ ?", "Un parent qui craint que l'enfant soit emmené à l'étranger sans son accord peut demander une opposition à la sortie du territoire. " + LONG)]) + """
<p>""" + links(("lien-ost", "Faire opposition à la sortie du territoire d'un enfant"), ("lien-pays", "Pays où la carte d'identité suffit"),
                 ("lien-cerfa-papier", "Télécharger le formulaire vierge (PDF)")) + """</p></main>
<aside><div class="bloc"><p>Démarche gratuite.</p><p>Formulaire cerfa n° 15646.</p></div></aside></div>"""
