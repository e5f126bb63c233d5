"""Build blind held-out set 8 for the EU AI Act (Regulation (EU) 2024/1689).

Standard library only. Checks every gold id against the Act's structured text,
checks counts and duplicates, then writes questions_blind8.json.
Set AIACT_EN to point to another copy of shared/data/ai_act_en.
"""

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(os.environ.get("AIACT_EN", "/work/shared/data/ai_act_en"))
SPLIT = "blind8"

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]

# (question, lang, gold, persona)
IN_SCOPE = [
    # --- Providers of high-risk systems (Art. 16-22) ---
    ("slt, on est une pme de 15 personnes et on developpe un logiciel qui trie les CV qu'on va vendre a des cabinets de recrutement. c'est quoi concrètement la liste de nos obligations a nous comme fabricant du logiciel ?",
     "fr", ["art_16"], "fondateur d'une PME éditrice de logiciel RH"),
    ("On est 6 dans notre start-up, notre outil calcule un score de solvabilité pour des organismes de crédit. On nous parle d'un 'système de gestion de la qualité' obligatoire, ça doit contenir quoi ?? des procédures écrites ?",
     "fr", ["art_17"], "CTO d'une fintech"),
    ("Notre logiciel d'aide à l'orientation des lycéens est classé haut risque. Les journaux qu'il génère tout seul, c'est à nous l'éditeur de les conserver ou seulement au lycée qui l'utilise ?",
     "fr", ["art_19"], "cheffe de produit edtech"),
    ("L'autorité nous réclame toute la documentation de notre IA de priorisation des appels d'urgence pour vérifier qu'elle est conforme. On est obligés de tout leur envoyer ? Et en quelle langue, on a tout en anglais",
     "fr", ["art_21"], "responsable conformité d'un éditeur de logiciel d'urgence"),
    ("Nous sommes une jeune entreprise installée au Québec, sans bureau en Europe. On veut vendre notre logiciel de surveillance des examens en ligne à des facs françaises. Faut il qu'on désigne quelqu'un sur place ?",
     "fr", ["art_22"], "fondatrice d'une start-up québécoise"),
    ("je suis importateur, je fais venir d'Inde un logiciel qui corrige automatiquement les copies d'examen pour le vendre aux écoles ici. je dois verifier quoi avant de le mettre en vente ?",
     "fr", ["art_23"], "importateur de logiciels éducatifs"),
    ("On est un petit revendeur informatique, on distribue des licences d'un logiciel de présélection de candidats. Est-ce que c'est à nous de verifier qu'il a le marquage CE et la notice ?",
     "fr", ["art_24"], "gérant d'une société de revente informatique"),
    ("Notre région a pris un chatbot généraliste du marché et on l'a modifié pour qu'il décide qui obtient les bourses d'études. On devient 'fournisseur' nous aussi du coup ??",
     "fr", ["art_25"], "chef de projet numérique en conseil régional"),
    ("on vient de découvrir que notre IA de notation de crédit met systématiquement de moins bonnes notes aux femmes. elle est déjà chez 3 banques. on doit faire quoi, la retirer ? prévenir qui ?",
     "fr", ["art_20"], "data scientist dans une fintech"),
    # --- Requirements (Art. 8-15) ---
    ("On fabrique une machine de découpe industrielle avec un module d'IA qui sert de sécurité. On doit faire deux dossiers techniques séparés, un pour la directive machines et un pour le règlement IA ?",
     "fr", ["art_8"], "ingénieur qualité chez un fabricant de machines"),
    ("Pour notre logiciel d'aide au diagnostic qu'on vend aux hôpitaux, la gestion des risques c'est un document qu'on fait une fois au début ou il faut le tenir à jour tout le temps ?",
     "fr", ["art_9"], "responsable réglementaire medtech"),
    ("Pour vérifier que notre IA de recrutement ne discrimine pas, on aurait besoin de l'origine ethnique des candidats dans les données de test. C'est autorisé ou c'est complètement interdit ?",
     "fr", ["art_10"], "data scientist dans un cabinet RH"),
    ("Notre IA qui note les dossiers de demande de prêt doit-elle garder automatiquement une trace de chaque utilisation ? on n'a rien prévu de tel pour l'instant",
     "fr", ["art_12"], "développeur dans une banque en ligne"),
    ("On a acheté un logiciel de tri des candidatures pour la mairie mais le fournisseur ne nous a donné AUCUNE notice, juste un identifiant. Il a pas l'obligation de nous expliquer comment ça marche et ses limites ?",
     "fr", ["art_13"], "DRH d'une mairie"),
    ("On conçoit un logiciel qui propose aux agents du département d'accorder ou de refuser le RSA. Faut-il prévoir qu'un agent puisse toujours ignorer la proposition ou tout arreter ?",
     "fr", ["art_14"], "chef de projet chez un éditeur de logiciels publics"),
    ("On a peur que quelqu'un empoisonne les données de notre IA de détection de fraude aux prestations sociales. Le règlement impose des trucs sur la cybersécurité ?",
     "fr", ["art_15"], "RSSI d'un organisme social"),
    ("on est une startup, la doc technique pour notre IA de tri des patients, il faut y mettre quoi exactement ? y a une liste quelque part ?",
     "fr", ["art_11", "anx_IV"], "cofondateur d'une start-up e-santé"),
    # --- Classification (Art. 6, Annex I, Annex III) ---
    ("Notre outil se contente de transformer les CV reçus en fiches au même format, il ne classe rien et ne note personne. Il est quand même haut risque parce que c'est du recrutement ?",
     "fr", ["art_6"], "développeuse en agence d'emploi"),
    ("Notre appli ne fait que dresser le profil psychologique des candidats pour aider le recruteur, la décision finale est humaine. On peut dire que c'est pas haut risque ?",
     "fr", ["art_6", "anx_III"], "fondateur d'une start-up RH"),
    ("On fabrique des casques de chantier connectés avec une IA qui détecte les chutes et coupe les machines. Est ce que c'est un système à haut risque au sens du règlement ?",
     "fr", ["art_6", "anx_I"], "ingénieure chez un fabricant d'équipements de protection"),
    ("la métropole veut confier le pilotage du réseau d'eau potable (pressions, vannes) à une IA. c'est considéré comme haut risque ?",
     "fr", ["anx_III"], "technicien d'une régie des eaux"),
    ("Dans mon école d'ingé on parle de corriger les partiels avec une IA qui met directement la note. C'est classé comment par la loi européenne ?",
     "fr", ["anx_III"], "enseignant en école d'ingénieurs"),
    ("Une école de commerce privée veut utiliser une IA pour choisir quels candidats sont admis en première année. Haut risque ou pas ?",
     "fr", ["anx_III"], "parent d'élève"),
    ("Mon patron parle d'utiliser un logiciel d'IA pour décider qui sera licencié dans le plan social. C'est encadré ça ?",
     "fr", ["anx_III"], "salarié d'une usine"),
    ("Le CCAS de ma ville veut qu'un algorithme classe les demandes de logement social par ordre de priorité. Est ce que c'est une IA à haut risque ?",
     "fr", ["anx_III"], "élue municipale"),
    ("Les gendarmes auraient un outil d'IA qui analyse la voix pendant les auditions pour dire si le suspect ment. C'est autorisé ? c'est classé dans quelle catégorie ?",
     "fr", ["anx_III"], "avocate pénaliste"),
    ("Le consulat utiliserait une IA pour trier les demandes de visa étudiant et repérer les dossiers 'à risque'. C'est considéré haut risque par le règlement européen ?",
     "fr", ["anx_III"], "étudiante étrangère"),
    ("Un tribunal teste une IA qui propose au juge une décision et le montant des dommages-intérêts. Est-ce que c'est dans les IA à haut risque ?",
     "fr", ["anx_III"], "greffière"),
    ("La Commission peut-elle rajouter d'autres usages à la liste des IA à haut risque plus tard, genre les logiciels de tarification des loyers ?",
     "fr", ["art_7"], "militant d'une association de locataires"),
    ("Est ce que la Commission européenne va publier un guide avec des exemples pour savoir si notre outil est haut risque ou non ? on est perdus",
     "fr", ["art_6", "art_96"], "gérante d'une PME de logiciels"),
    # --- Prohibited practices (Art. 5, Annex II) ---
    ("La police peut-elle utiliser la reconnaissance faciale en direct dans la rue pour retrouver quelqu'un qui a volé dans un supermarché ?",
     "fr", ["art_5", "anx_II"], "citoyen curieux"),
    ("pour un match de foot à haut risque d'attentat, la police peut elle activer la reconnaissance faciale en temps réel autour du stade ? faut il l'accord d'un juge avant ?",
     "fr", ["art_5"], "supporter de foot"),
    ("Une start-up propose aux commissariats un logiciel qui prédit si quelqu'un va commettre un cambriolage juste d'après son profil et sa personnalité. C'est légal en Europe ?",
     "fr", ["art_5"], "journaliste local"),
    ("Si la caisse d'allocations familiales notait les allocataires d'après leur comportement sur les réseaux sociaux pour leur couper des aides, ce serait interdit par le règlement IA ?",
     "fr", ["art_5"], "allocataire"),
    ("Un fabricant de jouets connectés a une peluche avec IA qui pousse les enfants à réclamer des achats à leurs parents. C'est pas interdit ça ??",
     "fr", ["art_5"], "mère de famille"),
    ("une régie pub veut deviner l'orientation sexuelle des gens à partir de leurs photos de profil pour cibler ses annonces. c'est permis avec le règlement IA ?",
     "fr", ["art_5"], "graphiste en agence de publicité"),
    # --- Deployers (Art. 26, 27, 86) ---
    ("La police a passé les vidéos d'une manif dans un logiciel de reconnaissance faciale, plusieurs jours après, pour identifier des gens. Ils avaient besoin d'une autorisation pour ça ?",
     "fr", ["art_26"], "manifestant"),
    ("Notre banque va utiliser un outil d'IA pour accorder ou non les crédits conso. On doit faire une analyse d'impact sur les droits fondamentaux avant ?",
     "fr", ["art_27"], "juriste dans une banque"),
    ("Ma demande de logement social a été refusée et on m'a dit que c'est 'le logiciel' qui a classé mon dossier. Je peux exiger qu'on m'explique pourquoi ?",
     "fr", ["art_86"], "demandeur de logement social"),
    # --- Transparency (Art. 50) ---
    ("Notre mairie met un chatbot sur le site pour répondre aux questions sur l'état civil. Faut-il écrire clairement aux habitants qu'ils parlent à une machine ?",
     "fr", ["art_50"], "chargée de communication en mairie"),
    ("Agence de com : on fait une pub radio avec la voix clonée d'un acteur connu (il a donné son accord). Faut-il préciser quelque part que c'est généré par IA ?",
     "fr", ["art_50"], "directeur de création"),
    ("On développe un générateur d'images pour les particuliers. Est-on obligé d'ajouter un marquage invisible pour qu'on puisse reconnaître les images comme artificielles ?",
     "fr", ["art_50"], "développeur d'un générateur d'images"),
    # --- Conformity, CE, registration, standards (Art. 40-49, Annexes V, VII, VIII) ---
    ("C'est quoi cette 'déclaration UE de conformité' qu'on doit signer pour notre logiciel de scoring ? qu'est ce qu'on doit écrire dedans ?",
     "fr", ["art_47", "anx_V"], "gérant d'une PME fintech"),
    ("Notre IA est juste un logiciel téléchargeable, il n'y a pas de boîte ni d'étiquette. Le marquage CE on le met où alors ?",
     "fr", ["art_48"], "développeur indépendant"),
    ("Pour notre système de reconnaissance biométrique à distance, on doit obligatoirement passer par un organisme notifié ou on peut s'auto-évaluer ?",
     "fr", ["art_43"], "responsable produit biométrie"),
    ("l'organisme notifié va examiner notre système qualité et notre doc technique, comment ça se déroule concrètement cette procédure ?",
     "fr", ["anx_VII"], "responsable qualité"),
    ("Quelles informations faut-il fournir pour enregistrer notre logiciel haut risque dans la base de données de l'UE ? nom, adresse, autre chose ?",
     "fr", ["art_49", "anx_VIII"], "assistante administrative dans un éditeur"),
    ("Est-ce qu'un simple citoyen peut consulter quelque part la liste des IA à haut risque enregistrées en Europe ?",
     "fr", ["art_71"], "retraité curieux"),
    ("Si on respecte les normes européennes harmonisées pour notre IA, ça suffit pour être présumé conforme ?",
     "fr", ["art_40"], "ingénieure conformité"),
    ("Il n'existe pas encore de norme pour notre type d'IA. La Commission peut-elle fixer elle-même des spécifications techniques à la place ?",
     "fr", ["art_41"], "consultant en normalisation"),
    ("pendant une épidémie, l'ARS veut déployer en urgence une IA de triage sans attendre l'évaluation de conformité. c'est possible légalement ?",
     "fr", ["art_46"], "cadre d'une agence régionale de santé"),
    ("Notre labo d'essais voudrait devenir organisme notifié pour les IA. On dépose la demande où et avec quoi ?",
     "fr", ["art_29"], "directeur d'un laboratoire d'essais"),
    ("Un organisme notifié peut-il conseiller une boîte sur sa conformité et ensuite certifier la même boîte ? ça me paraît bizarre",
     "fr", ["art_31"], "auditrice qualité"),
    # --- Real-world testing, sandboxes, SMEs (Art. 57-63, Annex IX) ---
    ("On voudrait tester notre IA de recrutement avec de vrais candidats avant de la commercialiser, mais sans passer par un bac à sable. C'est faisable ? quelles conditions ?",
     "fr", ["art_60"], "fondateur d'une start-up RH"),
    ("Mon assureur santé me propose de participer au test d'une IA qui calcule les tarifs. Si je dis oui, je peux changer d'avis après et faire supprimer mes données ?",
     "fr", ["art_60", "art_61"], "assurée"),
    ("Pour enregistrer un test en conditions réelles de notre IA (annexe III), quelles infos il faut déclarer ?",
     "fr", ["art_60", "anx_IX"], "chef de projet R&D"),
    ("notre mairie voudrait tester une IA pour optimiser le ramassage des déchets dans un bac à sable réglementaire. ça marche comment pour y entrer ?",
     "fr", ["art_57", "art_58"], "DGS d'une commune"),
    ("Dans le bac à sable, on peut réutiliser des données de patients collectées pour autre chose afin d'entraîner une IA de détection de cancers ?",
     "fr", ["art_59"], "chercheur en CHU"),
    ("on est une toute petite startup de 3 personnes, y a des aides ou un accès prioritaire pour nous avec ce règlement ?",
     "fr", ["art_62"], "fondatrice de start-up"),
    ("microentreprise ici (4 salariés). On peut faire une version simplifiée du système qualité pour notre IA haut risque ?",
     "fr", ["art_63"], "gérant de microentreprise"),
    # --- GPAI (Art. 51-56, Annexes XI, XII) ---
    ("à partir de quelle puissance de calcul un modèle d'IA généraliste est considéré comme 'à risque systémique' ?",
     "fr", ["art_51"], "étudiant en informatique"),
    ("Notre modèle de langage vient de dépasser le seuil de calcul. On doit prévenir la Commission ? et on peut expliquer que malgré ça il n'est pas dangereux ?",
     "fr", ["art_52"], "directrice technique d'un labo d'IA"),
    ("On entraîne un grand modèle de langage (pas open source). Quelle documentation technique on doit tenir pour le Bureau de l'IA ?",
     "fr", ["art_53", "anx_XI"], "ingénieur dans un labo d'IA"),
    ("On intègre le modèle d'un gros fournisseur américain dans notre appli de compta. Il est obligé de nous donner quelles infos sur son modèle ?",
     "fr", ["art_53", "anx_XII"], "développeur dans une PME de logiciels comptables"),
    ("je suis illustratrice, j'ai mis un opt-out sur mon site. Les entreprises qui entraînent des IA génératives doivent-elles le respecter ?",
     "fr", ["art_53"], "illustratrice indépendante"),
    ("Les boîtes qui font des IA comme ChatGPT doivent-elles publier ce qu'elles ont utilisé comme données pour entraîner le modèle ?",
     "fr", ["art_53"], "bibliothécaire"),
    ("On est une entreprise chinoise et on veut mettre notre modèle généraliste à dispo en Europe. Il nous faut un représentant là-bas ?",
     "fr", ["art_54"], "responsable juridique d'une entreprise étrangère"),
    ("Pour un modèle à risque systémique, les tests adversariaux (red teaming) sont obligatoires ?",
     "fr", ["art_55"], "chercheuse en sécurité de l'IA"),
    ("C'est quoi ce 'code de bonnes pratiques' pour les modèles d'IA à usage général ? on est obligés de le signer ?",
     "fr", ["art_56"], "juriste en start-up d'IA"),
    ("On intègre un modèle d'IA généraliste mais son fournisseur refuse de nous donner les infos techniques promises. On peut se plaindre au Bureau de l'IA ?",
     "fr", ["art_89"], "CTO d'une PME"),
    # --- Governance and enforcement ---
    ("C'est quoi exactement le 'Bureau de l'IA' dont tout le monde parle ?",
     "fr", ["art_64"], "lycéen"),
    ("Le Comité européen de l'intelligence artificielle, qui est-ce qui siège dedans ?",
     "fr", ["art_65"], "étudiante en droit"),
    ("Notre asso de consommateurs peut-elle participer au forum consultatif prévu par le règlement IA ?",
     "fr", ["art_67"], "bénévole d'une association de consommateurs"),
    ("je suis chercheuse en IA, comment on devient membre du groupe scientifique d'experts indépendants ?",
     "fr", ["art_68"], "chercheuse universitaire"),
    ("En France c'est qui le gendarme de l'IA ? Chaque pays doit en désigner un ?",
     "fr", ["art_70"], "entrepreneur"),
    ("Une fois notre logiciel vendu aux cliniques, est-ce qu'on doit continuer à surveiller s'il marche bien ? il faut un plan écrit ?",
     "fr", ["art_72"], "cheffe de projet medtech"),
    ("notre IA qui gère la répartition de l'électricité a provoqué une grosse coupure dans un quartier. on a combien de temps pour le signaler aux autorités ?",
     "fr", ["art_73"], "ingénieur réseau chez un fournisseur d'énergie"),
    ("L'autorité de surveillance dit que notre IA présente un risque pour la santé. Qu'est-ce qui se passe ensuite, on peut être obligés de la retirer ?",
     "fr", ["art_79"], "PDG d'une start-up"),
    ("On a oublié d'enregistrer notre outil dans la base européenne et le marquage CE manque. L'autorité peut faire quoi contre nous ?",
     "fr", ["art_83"], "gérant d'une PME"),
    ("je pense que le logiciel de ma banque ne respecte pas le règlement sur l'IA, je peux porter plainte où ?",
     "fr", ["art_85"], "client d'une banque"),
    ("je bosse chez un éditeur et je vois qu'on cache des problèmes de notre IA aux clients. Si je le signale, je suis protégé ?",
     "fr", ["art_87"], "développeur salarié"),
    ("Le Défenseur des droits peut-il demander à voir la documentation d'une IA utilisée par une préfecture ?",
     "fr", ["art_77"], "juriste associatif"),
    ("Si on donne notre code source à l'autorité de contrôle, ils doivent garder le secret ? on a peur pour nos secrets d'affaires",
     "fr", ["art_78"], "fondateur d'une start-up"),
    ("Notre IA n'est pas haut risque mais on voudrait quand même s'engager volontairement à respecter certaines règles. Le règlement prévoit quelque chose ?",
     "fr", ["art_95"], "responsable RSE"),
    ("Combien risque une entreprise qui ne respecte pas ses obligations de déployeur d'une IA haut risque ? c'est en % du chiffre d'affaires ?",
     "fr", ["art_99"], "expert-comptable"),
    ("Le règlement va-t-il être révisé un jour ? la liste des pratiques interdites peut-elle changer ?",
     "fr", ["art_112"], "professeur de droit"),
    # --- Scope, definitions, literacy, dates ---
    ("C'est quoi la différence entre 'fournisseur' et 'déployeur' dans le règlement ? on achète un logiciel et on l'utilise, on est quoi ?",
     "fr", ["art_3"], "secrétaire de mairie"),
    ("Mon tableur Excel avec des formules qui calculent les primes, c'est un 'système d'IA' au sens de la loi ?",
     "fr", ["art_3"], "comptable en PME"),
    ("Notre cabinet comptable utilise ChatGPT tous les jours. Est-ce qu'on est obligés de former les salariés à l'IA ?",
     "fr", ["art_4"], "associée d'un cabinet comptable"),
    ("Le règlement sur l'IA remplace-t-il le RGPD ou les deux s'appliquent en même temps ?",
     "fr", ["art_2"], "DPO d'une collectivité"),
    ("Quand est-ce que les règles pour les modèles d'IA à usage général commencent à s'appliquer ?",
     "fr", ["art_113"], "journaliste tech"),
    ("Le système Eurodac utilise de l'IA et il existait avant le règlement. Il doit être mis en conformité quand ?",
     "fr", ["art_111", "anx_X"], "étudiant en master migrations"),
    # --- Plain English ---
    ("Who supervises an AI system built on a general-purpose model when the same company provides both the model and the system?",
     "en", ["art_75"], "policy analyst"),
    ("Can market surveillance authorities stop a real-world test of a high-risk AI system that is going wrong?",
     "en", ["art_76"], "compliance officer"),
    ("What happens when the scientific panel thinks a general-purpose AI model poses a systemic risk at Union level?",
     "en", ["art_90"], "AI safety researcher"),
    ("Can the AI Office force a GPAI model provider to hand over documentation about its model?",
     "en", ["art_91"], "tech lawyer"),
    ("Can the Commission order a GPAI provider to restrict or withdraw its model from the market?",
     "en", ["art_93"], "journalist"),
    ("Does a GPAI model provider get to be heard before the Commission fines it?",
     "en", ["art_94"], "in-house counsel"),
    ("Can a national authority use the EU scientific panel's experts, and does it have to pay for that?",
     "en", ["art_69"], "civil servant"),
    ("What can the Commission do if one Member State objects to another's measure against a risky AI system?",
     "en", ["art_81"], "EU affairs consultant"),
]

# (question, lang, persona) - other areas of law, no AI involved
OUT_OF_SCOPE = [
    ("Notre hôpital a été victime d'un rançongiciel cette nuit, tout est bloqué. On doit déclarer l'incident à qui et en combien de temps ?",
     "fr", "DSI d'un hôpital"),
    ("Le site internet de notre commune doit-il être accessible aux personnes aveugles ? Il y a une obligation légale ?",
     "fr", "agent communication en mairie"),
    ("Je suis inscrit sur Bloctel et une boîte de panneaux solaires m'appelle encore tous les jours. Je peux faire quoi ?",
     "fr", "retraité"),
    ("Un contrat signé avec une signature électronique par simple clic a-t-il la même valeur qu'une signature à la main ?",
     "fr", "gérante d'une agence immobilière"),
    ("L'école veut mettre la photo de classe de ma fille sur son site. Ils doivent me demander mon autorisation ?",
     "fr", "père d'élève"),
    ("Notre commune de 5000 habitants est-elle obligée de publier ses données (budgets, marchés) en open data ?",
     "fr", "secrétaire de mairie"),
    ("Can I patent the accounting software I wrote, or is software only protected by copyright?",
     "en", "freelance developer"),
    ("Mon médecin traitant peut-il consulter tout mon dossier médical partagé sans me demander ?",
     "fr", "patiente"),
]


def _known_ids():
    arts = json.loads((SRC / "articles.json").read_text(encoding="utf-8"))
    anxs = json.loads((SRC / "annexes.json").read_text(encoding="utf-8"))
    ids = set()
    for key in arts:
        ids.add("art_%d" % int(re.sub(r"\D", "", key)))
    for key in anxs:
        ids.add("anx_%s" % ROMAN[int(re.sub(r"\D", "", key)) - 1])
    return ids


def main():
    known = _known_ids()
    errors = []
    seen = set()
    for q, lang, gold, _p in IN_SCOPE:
        if not 1 <= len(gold) <= 2 or len(set(gold)) != len(gold):
            errors.append("bad gold size: %s" % q[:60])
        for g in gold:
            if g not in known:
                errors.append("unknown id %s: %s" % (g, q[:60]))
        if lang not in ("fr", "en"):
            errors.append("bad lang: %s" % q[:60])
    for q, *_ in IN_SCOPE + OUT_OF_SCOPE:
        key = q.strip().lower()
        if key in seen:
            errors.append("duplicate: %s" % q[:60])
        seen.add(key)
    n_fr = sum(1 for x in IN_SCOPE if x[1] == "fr")
    if len(IN_SCOPE) < 80 or n_fr < 72 or len(OUT_OF_SCOPE) != 8:
        errors.append("counts: %d in scope, %d fr, %d oos" % (len(IN_SCOPE), n_fr, len(OUT_OF_SCOPE)))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    cov = Counter(g for x in IN_SCOPE for g in x[2])
    note = (
        "Blind held-out set 8, EU AI Act (Regulation (EU) 2024/1689). Written by hand by an independent helper "
        "from the Act text only (shared/data/ai_act_en; French excerpt for wording). %d in-scope questions "
        "(%d lay French, %d plain English), gold = article/annex ids that carry the answer (max two); %d "
        "out-of-scope questions belonging to other laws. No project code or data was read."
        % (len(IN_SCOPE), n_fr, len(IN_SCOPE) - n_fr, len(OUT_OF_SCOPE))
    )
    out = {
        "note": note,
        "questions": [
            {"q": q, "lang": lang, "gold": gold, "persona": p, "split": SPLIT} for q, lang, gold, p in IN_SCOPE
        ],
        "out_of_scope": [{"q": q, "lang": lang, "persona": p, "split": SPLIT} for q, lang, p in OUT_OF_SCOPE],
    }
    (HERE / "questions_blind8.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lens = [len(x[0]) for x in IN_SCOPE]
    print("in scope %d (fr %d, en %d), oos %d" % (len(IN_SCOPE), n_fr, len(IN_SCOPE) - n_fr, len(OUT_OF_SCOPE)))
    print("gold sizes", Counter(len(x[2]) for x in IN_SCOPE))
    print("lengths min %d max %d mean %.0f" % (min(lens), max(lens), sum(lens) / len(lens)))
    print("coverage (%d ids):" % len(cov), ", ".join(sorted(cov, key=lambda s: (s[:3], len(s), s))))


if __name__ == "__main__":
    main()
