#!/usr/bin/env python3
"""Writes blind_f.json from the hand-written case definitions below (standard library only).

History labels are read from the pages (accessible name: aria-label, label text, own text, title).
Usage: python3 build_cases.py
"""

from __future__ import annotations

import json
from pathlib import Path

from check_cases import SPLIT, load_page

HERE = Path(__file__).resolve().parent

ABOUT = (
    "Independent held-out evaluation set F for Albertine (next-step guidance on French public-service websites). "
    "12 synthetic static pages modelled on ameli (médecin traitant), Caf (simulateur prime d'activité), "
    "impots.gouv (déclaration : frais de garde et dons), ANTS (changement d'adresse carte grise), "
    "France Travail (candidature à une offre), Démarches simplifiées (connexion), MDPH en ligne (demande, étape 4), "
    "a city appointment page for ID card / passport, Cesu-Urssaf (déclaration employeur), Service Civique "
    "(recherche de missions), a university (inscription administrative, paiement) and Mes droits sociaux "
    "(résultats de simulation). Each page file is the state before any step; history = steps already done on that "
    "page (a closed dialog/banner is gone, a clicked radio/checkbox is checked); filled = fields already filled by "
    "the user (value= fields also count as filled unless the goal contradicts them); gold = acceptable element ids "
    "(null when action is 'done'). action 'scroll': the target (gold) is far below the first screen and must be "
    "scrolled to. File inputs, radios and checkboxes use action 'click'. Written for the communs project, MIT licence."
)

# (case id, page, goal, history ids (clicks), filled ids, gold ids or None, action)
CASES: list[tuple] = []


def add(prefix, page, rows):
    for k, (goal, hist, filled, gold, action) in enumerate(rows, 1):
        CASES.append((f"{prefix}-{k}", page, goal, hist, filled, gold, action))


# ---------------------------------------------------------------- ameli, médecin traitant
G_FOUCHER = (
    "mon toubib part à la retraite, je vais voir le docteur Foucher maintenant, "
    "faut que ce soit lui mon médecin attitré"
)
G_DUVAL = "je cherche un docteur qui s'appelle Duval pour qu'il me suive, il consulte sur Rennes"
add(
    "ameli",
    "ameli_medecin_traitant.html",
    [
        (G_FOUCHER, [], [], ["dlg-email-ok", "dlg-fermer"], "click"),
        (G_FOUCHER, ["dlg-fermer"], [], ["choisir-foucher"], "click"),
        (
            "j'ai changé d'adresse mail l'an dernier et je reçois plus rien de la sécu",
            [],
            [],
            ["dlg-email-modifier"],
            "click",
        ),
        (G_DUVAL, ["dlg-email-ok"], [], ["med-nom"], "type"),
        (G_DUVAL, ["dlg-email-ok"], ["med-nom"], ["btn-rechercher"], "click"),
        (
            "ma fille a 8 ans, je voudrais mettre sa pédiatre comme son médecin à elle",
            ["dlg-fermer"],
            [],
            ["lien-enfant"],
            "click",
        ),
        ("c'est qui deja mon medecin traitant ? j'ai oublié son nom", ["dlg-email-ok"], [], None, "done"),
        (
            "si j'ai pas de médecin déclaré je suis remboursé combien chez le généraliste ?",
            ["dlg-fermer"],
            [],
            None,
            "done",
        ),
        (
            "je voudrais que ma gynéco soit mon médecin traitant, elle est à Rennes aussi",
            ["dlg-fermer"],
            [],
            ["med-specialite"],
            "select",
        ),
        (
            "on vient d'emménager à Brest, il me faut un nouveau généraliste là-bas",
            ["dlg-email-ok"],
            [],
            ["med-commune"],
            "type",
        ),
        ("aucun de ces docteurs me va, y en a pas d'autres ?", ["dlg-email-ok"], [], ["resultats-suivants"], "click"),
        ("je veux voir si la sécu m'a remboursé ma séance de kiné", ["dlg-fermer"], [], ["nav-paiements"], "click"),
        (
            "je voulais la doctoresse Le Gall mais elle prend plus personne, bon le docteur Benali ça ira",
            ["dlg-email-ok"],
            [],
            ["choisir-benali"],
            "click",
        ),
    ],
)

# ---------------------------------------------------------------- Caf, simulateur prime d'activité
G_PRIME = (
    "je suis en cdi à 1250 net par mois depuis l'an dernier, rien d'autre à côté, est ce que j'ai droit à la prime ?"
)
SAL = ["sal-m1", "sal-m2", "sal-m3"]
add(
    "prime",
    "caf_prime_activite.html",
    [
        (G_PRIME, [], [], ["sal-m1"], "type"),
        (G_PRIME, [], ["sal-m1", "sal-m2"], ["sal-m3"], "type"),
        (G_PRIME, [], SAL, ["chomage-non"], "click"),
        (G_PRIME, ["chomage-non"], SAL, ["pension-non"], "click"),
        (G_PRIME, ["chomage-non", "pension-non"], SAL, ["btn-continuer"], "click"),
        ("mon ex me verse 150 € par mois de pension depuis le divorce", ["chomage-non"], SAL, ["pension-oui"], "click"),
        (
            "je sais pas si je dois compter les heures sup et la prime de fin d'année dans ce que je gagne",
            [],
            [],
            ["aide-salaires"],
            "click",
        ),
        (
            "en fait j'habite avec ma copine maintenant, je suis plus tout seul",
            [],
            [],
            ["lien-modifier-situation"],
            "click",
        ),
        ("j'étais au chomage en mars, j'ai retrouvé du boulot en avril", [], SAL, ["chomage-oui"], "click"),
        ("j'ai tout mélangé, je veux tout reprendre depuis le début", [], ["sal-m1"], ["btn-recommencer"], "click"),
        ("si je remplis ça, ça envoie ma demande direct à la caf ?", [], [], None, "done"),
    ],
)

# ---------------------------------------------------------------- impots.gouv, revenus et charges
add(
    "impot",
    "impots_charges.html",
    [
        (
            "on a payé 2400 € de crèche pour Léo l'an dernier, une fois enlevé ce que la caf a remboursé",
            [],
            [],
            ["garde-7ga"],
            "type",
        ),
        ("et la nounou de la petite nous a coûté 3100 € sur l'année", [], ["garde-7ga"], ["garde-7gb"], "type"),
        ("j'ai donné 150 € aux restos du coeur en décembre", [], [], ["dons-7ud"], "type"),
        ("on a fait un don de 80 balles à la SPA, ça se déduit ?", [], [], ["dons-7uf"], "type"),
        (
            "c'est Julien, le salaire qu'ils ont mis pour moi est pas bon, j'ai touché 25 100 en vrai",
            [],
            [],
            ["sal-1aj"],
            "type",
        ),
        ("c'est moi Julien, ils ont mis combien pour le salaire de ma femme ?", [], [], None, "done"),
        ("on emploie une femme de ménage payée en cesu, je le mets où ?", [], [], ["lien-rubriques"], "click"),
        (
            "bon j'ai mis la crèche des deux petits et le don, on passe à la suite",
            [],
            ["garde-7ga", "garde-7gb", "dons-7ud"],
            ["btn-suivant"],
            "click",
        ),
        ("je comprends pas la différence entre les 2 cases pour les dons", [], [], ["aide-7ud", "aide-7uf"], "click"),
        (
            "bon je m'arrête là pour aujourd'hui, on finira la déclaration avec ma femme demain soir",
            [],
            ["garde-7ga"],
            ["btn-enregistrer"],
            "click",
        ),
        ("je voudrais poser une question par écrit à mon centre des impôts", [], [], ["nav-messagerie"], "click"),
    ],
)

# ---------------------------------------------------------------- ANTS, changement d'adresse carte grise
G_CG = (
    "j'ai déménagé à Nantes le 3 juin, 14 rue des Olivettes 44000, faut changer l'adresse "
    "sur la carte grise de ma voiture (GH-512-TK), elle est qu'à moi"
)
V = ["immat", "formule"]
ADR = V + ["adr-voie", "adr-cp", "adr-commune"]
add(
    "cg",
    "ants_carte_grise_adresse.html",
    [
        (G_CG, [], [], ["dlg-compris", "dlg-fermer"], "click"),
        (G_CG, ["dlg-compris"], [], ["immat"], "type"),
        (G_CG, ["dlg-compris"], ["immat"], ["formule"], "type"),
        (G_CG, ["dlg-compris"], V, ["cotit-non"], "click"),
        (G_CG, ["dlg-compris", "cotit-non"], V, ["adr-voie"], "type"),
        (G_CG, ["dlg-compris", "cotit-non"], V + ["adr-voie"], ["adr-cp"], "type"),
        (G_CG, ["dlg-compris", "cotit-non"], ADR, ["date-demenagement"], "type"),
        (G_CG, ["dlg-compris", "cotit-non"], ADR + ["date-demenagement"], ["certif"], "click"),
        (G_CG, ["dlg-compris", "cotit-non", "certif"], ADR + ["date-demenagement"], ["btn-valider"], "click"),
        ("sur la carte grise y a mon nom et celui de mon mari", ["dlg-fermer"], V, ["cotit-oui"], "click"),
        (
            "ils me demandent un numéro de formule, je vois pas où il est sur ma carte grise",
            ["dlg-compris"],
            ["immat"],
            ["aide-formule"],
            "click",
        ),
        (
            "on a combien de temps après un déménagement pour changer l'adresse de la carte grise ?",
            ["dlg-fermer"],
            [],
            None,
            "done",
        ),
    ],
)

# ---------------------------------------------------------------- France Travail, candidature
G_FT = (
    "je veux postuler au poste d'espaces verts à Quimper avec le cv que j'ai déjà mis sur mon espace, "
    "je peux commencer tout de suite"
)
add(
    "ft",
    "francetravail_candidature.html",
    [
        (G_FT, [], [], ["ck-accepter", "ck-refuser"], "click"),
        (G_FT, ["ck-refuser"], [], ["cv-enregistre"], "click"),
        (G_FT, ["ck-refuser", "cv-enregistre"], [], ["dispo"], "select"),
        (G_FT, ["ck-refuser", "cv-enregistre"], ["dispo"], ["btn-envoyer"], "click"),
        (
            "je veux envoyer mon nouveau cv pour cette annonce, il est sur mon ordi",
            ["ck-accepter"],
            [],
            ["cv-autre"],
            "click",
        ),
        ("j'ai changé de numéro de portable, maintenant c'est le 07 81 22 40 19", ["ck-accepter"], [], ["tel"], "type"),
        (
            "je voudrais leur dire en deux mots que j'ai déjà bossé à l'entretien d'un golf",
            ["ck-accepter", "cv-enregistre"],
            ["dispo"],
            ["lettre"],
            "type",
        ),
        ("c'est payé combien ce boulot ?", ["ck-refuser"], [], None, "done"),
        (
            "le recruteur de cette annonce m'a demandé 50 € de frais de dossier au téléphone, ça me parait louche",
            ["ck-accepter"],
            [],
            ["lien-signaler"],
            "click",
        ),
        (
            "je veux voir où en sont les autres annonces où j'ai déjà postulé",
            ["ck-refuser"],
            [],
            ["nav-candidatures"],
            "click",
        ),
        ("je veux garder que les cookies obligatoires", [], [], ["ck-refuser", "ck-personnaliser"], "click"),
    ],
)

# ---------------------------------------------------------------- Démarches simplifiées, connexion
G_DS = "je me connecte avec le mail de l'asso tresorier.asfoot@exemple.fr et notre mot de passe"
add(
    "ds",
    "demarches_simplifiees_connexion.html",
    [
        (
            "je dois déposer la demande de subvention de notre club de foot, je me connecte avec mes codes des impots",
            [],
            [],
            ["btn-franceconnect"],
            "click",
        ),
        (G_DS, [], [], ["email"], "type"),
        (G_DS, [], ["email"], ["mdp"], "type"),
        (G_DS, [], ["email", "mdp"], ["btn-connexion"], "click"),
        ("j'ai zappé mon mot de passe", [], [], ["lien-mdp-oublie"], "click"),
        ("je veux me faire un compte avec l'adresse mail de l'association", [], [], ["lien-creer-compte"], "click"),
        (
            "je crois que j'ai fait une faute en tapant le mot de passe, je veux voir ce que j'ai mis",
            [],
            ["email", "mdp"],
            ["btn-afficher-mdp"],
            "click",
        ),
        ("jusqua quand on peut envoyer le dossier ?", [], [], None, "done"),
        ("je suis agent à la mairie, je passe par mon compte pro", [], [], ["btn-proconnect"], "click"),
        ("c'est quoi ce france connect, c'est sûr ?", [], [], ["lien-quoi-fc"], "click"),
        ("ça prend combien de temps à remplir ce dossier de subvention ?", [], [], None, "done"),
    ],
)

# ---------------------------------------------------------------- MDPH, demande étape 4
G_AAH1 = "c'est la première fois que je fais une demande à la mdph, je voudrais l'allocation adulte handicapé"
G_AAH2 = "mon aah se termine en décembre, il faut que je la renouvelle, mon numéro de dossier c'est 056-18-04412"
G_RQTH = (
    "j'ai déjà un dossier à la mdph, là mon patron me dit de demander le statut de travailleur handicapé "
    "pour aménager mon poste"
)
add(
    "mdph",
    "mdph_demande.html",
    [
        (G_AAH1, [], [], ["premiere-oui"], "click"),
        (G_AAH1, ["premiere-oui"], [], ["dem-aah"], "click"),
        (G_AAH1, ["premiere-oui", "dem-aah"], [], ["btn-suivant"], "click"),
        (G_AAH2, [], [], ["premiere-non"], "click"),
        (G_AAH2, ["premiere-non"], [], ["num-dossier"], "type"),
        (G_AAH2, ["premiere-non"], ["num-dossier"], ["dem-aah"], "click"),
        (G_RQTH, ["premiere-non"], [], ["dem-rqth"], "click"),
        (
            "il me faudrait aussi la carte pour me garer sur les places bleues",
            ["premiere-oui", "dem-aah"],
            [],
            ["dem-cmi-stationnement"],
            "click",
        ),
        ("c'est quoi la PCH, j'y ai droit ?", ["premiere-oui"], [], ["aide-pch"], "click"),
        (
            "ma fille va m'aider à finir ce week-end, je m'arrête là pour l'instant",
            ["premiere-oui"],
            [],
            ["btn-brouillon"],
            "click",
        ),
        ("ils mettent combien de temps à répondre une fois que c'est envoyé ?", [], [], None, "done"),
        ("je me suis trompé dans mon adresse au tout début du formulaire", [], [], ["etape-1"], "click"),
    ],
)

# ---------------------------------------------------------------- city, rendez-vous CNI / passeport
G_PASS = "il me faut un nouveau passeport pour partir au canada cet été, j'ai fait la pré-demande, c'est 8A3K9TZQ2P"
G_PASS_FULL = (
    "passeport pour le canada, pré-demande 8A3K9TZQ2P, le jeudi 19 à 14h c'est parfait, "
    "je m'appelle Yanis Haddad, mon mail yanis.haddad@exemple.fr"
)
T = ["type-demande", "num-predemande"]
add(
    "rdv",
    "mairie_rdv_titres.html",
    [
        (G_PASS, [], [], ["type-demande"], "select"),
        (G_PASS, [], ["type-demande"], ["num-predemande"], "type"),
        (G_PASS + ", le jeudi 19 à 14h ça m'arrange", [], T, ["creneau-1400"], "click"),
        ("faut refaire nos cartes d'identité à moi et à mon fils", [], ["type-demande"], ["nb-personnes"], "select"),
        (G_PASS + ", je préférerais le mardi 24", [], T, ["jour-24"], "click"),
        (
            "juin ça va pas pour moi je suis en vacances, montre moi les dates de juillet",
            [],
            ["type-demande"],
            ["mois-suivant"],
            "click",
        ),
        (G_PASS_FULL, ["creneau-1400"], T, ["nom"], "type"),
        (G_PASS_FULL, ["creneau-1400"], T + ["nom", "prenom"], ["courriel"], "type"),
        (G_PASS_FULL, ["creneau-1400"], T + ["nom", "prenom", "courriel"], ["btn-confirmer"], "click"),
        ("j'ai un rendez-vous la semaine prochaine mais je pourrai pas y aller", [], [], ["lien-annuler-rdv"], "click"),
        ("faut ramener quoi le jour du rendez-vous ?", [], [], None, "done"),
        (
            "j'ai pas encore fait le formulaire sur internet qu'il faut faire avant",
            [],
            [],
            ["lien-predemande"],
            "click",
        ),
    ],
)

# ---------------------------------------------------------------- Cesu, déclaration employeur
G_CESU = "je dois déclarer les heures de la nounou pour juin, elle a fait 36 heures du 2 au 27"
D = ["salarie", "date-debut", "date-fin"]
add(
    "cesu",
    "cesu_declaration.html",
    [
        (G_CESU, [], [], ["dlg-plus-tard", "dlg-fermer"], "click"),
        (
            "je voudrais que le crédit d'impôt soit déduit tout de suite au lieu d'attendre un an",
            [],
            [],
            ["dlg-activer"],
            "click",
        ),
        (G_CESU, ["dlg-plus-tard"], [], ["salarie"], "select"),
        (G_CESU, ["dlg-plus-tard"], ["salarie"], ["date-debut"], "type"),
        (G_CESU, ["dlg-plus-tard"], ["salarie", "date-debut"], ["date-fin"], "type"),
        (G_CESU, ["dlg-plus-tard"], D, ["heures"], "type"),
        (G_CESU, ["dlg-plus-tard"], D + ["heures"], ["btn-declarer"], "click"),
        (
            "je déclare les 8 heures de jardinage de Lucas en juin, mais maintenant je le paye 14 € net de l'heure",
            ["dlg-fermer"],
            D + ["heures"],
            ["taux-horaire"],
            "type",
        ),
        ("il me faut la fiche de paie d'avril du jardinier", ["dlg-fermer"], [], ["bulletin-avril-roux"], "click"),
        ("il me faut le papier pour déclarer aux impots", ["dlg-plus-tard"], [], ["nav-attestation"], "click"),
        ("ils vont me prendre combien sur mon compte ce mois-ci ?", ["dlg-fermer"], [], None, "done"),
        (
            "je veux refaire pareil que le mois dernier pour Odile",
            ["dlg-plus-tard"],
            [],
            ["dupliquer-mai-perrin"],
            "click",
        ),
        ("on a embauché une aide ménagère en plus", ["dlg-fermer"], [], ["lien-ajouter-salarie"], "click"),
    ],
)

# ---------------------------------------------------------------- Service Civique, recherche de missions
add(
    "sc",
    "service_civique_missions.html",
    [
        ("je cherche un service civique dans le sport vers toulouse", [], [], ["ck-ok", "ck-non"], "click"),
        ("montre moi seulement les missions dans le sport", ["ck-non"], [], ["domaine"], "select"),
        ("le truc sur le tri des déchets ça m'intéresse, je veux en savoir plus", ["ck-ok"], [], ["m2-voir"], "click"),
        (
            "celle avec les collégiens je veux pouvoir la retrouver facilement plus tard",
            ["ck-non"],
            [],
            ["m1-favori"],
            "click",
        ),
        ("j'ai 17 ans, je veux voir que celles où on me prendra", ["ck-ok"], [], ["f-mineurs"], "click"),
        (
            "en fait je vais habiter à bordeaux à la rentrée, c'est là bas que je cherche",
            ["ck-non"],
            [],
            ["lieu"],
            "type",
        ),
        ("on peut le faire jusqu'à quel âge le service civique ?", ["ck-ok"], [], None, "done"),
        (
            "je suis dans une asso et on voudrait prendre un jeune en service civique",
            ["ck-non"],
            [],
            ["footer-organisme", "footer-agrement"],
            "scroll",
        ),
        ("je veux voir d'autres missions", ["ck-ok"], [], ["page-2", "page-suivante"], "click"),
        ("je veux me connecter pour voir si on m'a répondu", ["ck-non"], [], ["nav-connexion"], "click"),
        ("pas de cookies pour moi merci", [], [], ["ck-non"], "click"),
        ("je voudrais partir à l'étranger pour ma mission", ["ck-ok"], [], ["domaine"], "select"),
    ],
)

# ---------------------------------------------------------------- université, inscription administrative
G_UNIV1 = (
    "je dois finir mon inscription à la fac, j'ai payé la cvec, mon numéro c'est LIL2 48120377 05, "
    "et je suis boursière échelon 3"
)
G_UNIV2 = "je suis pas boursier, je voudrais payer l'inscription en plusieurs fois"
add(
    "univ",
    "univ_inscription_paiement.html",
    [
        (G_UNIV1, [], [], ["cvec"], "type"),
        (G_UNIV1, [], ["cvec"], ["boursier-oui"], "click"),
        (G_UNIV2, ["boursier-non"], ["cvec"], ["pay-3x"], "click"),
        (G_UNIV2, ["boursier-non", "pay-3x"], ["cvec"], ["btn-payer"], "click"),
        ("c'est quoi cette cvec ? je l'ai pas payée", [], [], ["lien-cvec"], "click"),
        ("ça coûte combien l'inscription cette année ?", [], [], None, "done"),
        ("je veux aussi la carte pour faire du sport à la fac", ["boursier-non"], ["cvec"], ["opt-sport"], "click"),
        ("je me suis trompée, je passe en L3 pas en L2", [], [], ["lien-modifier-formation"], "click"),
        ("je paye tout d'un coup avec ma carte, je suis pas boursier", ["boursier-non"], ["cvec"], ["pay-cb"], "click"),
        ("je comprends rien à cette page, il me faut de l'aide", [], [], ["btn-aide", "footer-scolarite"], "click"),
    ],
)

# ---------------------------------------------------------------- Mes droits sociaux, résultats
add(
    "droits",
    "mesdroits_resultats.html",
    [
        ("je toucherais combien d'apl ?", [], [], None, "done"),
        ("ok je veux faire la demande pour l'aide au loyer", [], [], ["demande-apl"], "click"),
        ("la mutuelle gratuite là, je fais comment pour l'avoir", [], [], ["demande-css"], "click"),
        ("pourquoi ils me disent 187 pour la prime, je comprends pas le calcul", [], [], ["calcul-prime"], "click"),
        ("je me suis trompé, j'ai dit 2 enfants alors que j'en ai 3", [], [], ["lien-modifier"], "click"),
        (
            "je veux garder le résultat pour le montrer à l'assistante sociale",
            [],
            [],
            ["btn-pdf", "btn-email"],
            "click",
        ),
        ("et pour le chèque énergie je dois faire quoi ?", [], [], None, "done"),
        ("pourquoi j'ai pas droit au rsa ?", [], [], ["btn-non-eligibles"], "click"),
        (
            "je préfère que quelqu'un m'aide en vrai, dans un bureau près de chez moi",
            [],
            [],
            ["lien-france-services"],
            "scroll",
        ),
        ("je veux refaire une simulation pour ma mère", [], [], ["btn-nouvelle"], "click"),
    ],
)


def main() -> None:
    pages = {}
    out = []
    for cid, page, goal, hist, filled, gold, action in CASES:
        if page not in pages:
            pages[page] = load_page(page)
        p = pages[page]
        history = [{"element_id": h, "action": "click", "label": p.label(h)} for h in hist]
        out.append(
            {
                "id": cid,
                "page": page,
                "goal": goal,
                "history": history,
                "filled": list(filled),
                "gold": list(gold) if gold is not None else None,
                "action": action,
                "split": SPLIT,
            }
        )
    path = HERE / "blind_f.json"
    path.write_text(json.dumps({"about": ABOUT, "cases": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} cases to {path.name}")


if __name__ == "__main__":
    main()
