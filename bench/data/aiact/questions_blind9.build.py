#!/usr/bin/env python3
"""Build and validate questions_blind9.json (EU AI Act, Regulation (EU) 2024/1689).

Standard library only. Holds the questions, checks every gold id against the Act's
structured text (articles.json / annexes.json), checks format and counts, then writes
questions_blind9.json next to this script.

Source of the Act: env AIACT_EN (folder with articles.json + annexes.json), default
/work/shared/data/ai_act_en. Run: python3 build_q9.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("AIACT_EN", "/work/shared/data/ai_act_en")
SPLIT = "blind9"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]

# (question, lang, gold ids, persona)
Q = [
    # --- Chapter I: subject matter, scope, definitions, literacy
    ("Ma belle-mère est persuadée que la nouvelle loi européenne sur l'IA sert à interdire ChatGPT. Elle sert à quoi en vrai, ce texte, c'est quoi son but ?", "fr", ["art_1"], "retraité curieux"),
    ("J'ai une appli sur mon ordi perso qui reconnait les visages de mes petits-enfants dans mes photos de vacances. Est ce que moi, particulier, j'ai des obligations avec cette loi ?", "fr", ["art_2"], "grand-père, usage privé"),
    ("Je suis doctorante, je programme un modèle de prédiction pour ma thèse, il ne sera jamais vendu ni mis en service. Est-ce que je dois respecter ce règlement pendant mes recherches ?", "fr", ["art_2"], "doctorante en informatique"),
    ("Notre petite boîte fabrique un logiciel de repérage de cibles qui sera utilisé uniquement par l'armée. Ça rentre dans le règlement IA ou pas du tout ?", "fr", ["art_2"], "dirigeant d'un sous-traitant de la défense"),
    ("Je maintiens bénévolement une bibliothèque de traduction automatique publiée sous licence libre sur GitHub. Est-ce que je suis soumis aux mêmes règles qu'une grosse entreprise ?", "fr", ["art_2"], "développeur bénévole open source"),
    ("Mon frigo connecté me propose des recettes selon ce qu'il reste dedans. Est-ce que c'est un 'système d'IA' au sens de la loi ou juste un programme normal ? Comment ils définissent ça ?", "fr", ["art_3"], "particulière"),
    ("Je suis garagiste, j'ai acheté un logiciel qui rédige les devis tout seul à partir de photos de la carrosserie. Dans le vocabulaire du règlement je suis quoi : fournisseur, utilisateur, déployeur ?", "fr", ["art_3"], "garagiste indépendant"),
    ("On vient d'installer un outil d'IA qui rédige les transmissions entre équipes de nuit et de jour à l'Ehpad. Est-ce qu'on doit obligatoirement former les aides-soignantes à s'en servir ?", "fr", ["art_4"], "directrice d'Ehpad"),
    # --- Prohibited practices
    ("Mon patron veut installer dans le centre d'appels un logiciel qui écoute nos voix pour deviner si on est stressés ou énervés. Il a le droit ?", "fr", ["art_5"], "téléconseillère"),
    ("Une marque de jouets sort une poupée parlante qui pousse les enfants à faire des défis un peu dangereux pour gagner des points. C'est autorisé ça par la loi IA ?", "fr", ["art_5"], "mère de famille"),
    ("Un élu propose de donner des points aux habitants selon leur civisme (tri des déchets, incivilités) et de s'en servir pour attribuer les logements sociaux, avec un algorithme. Est-ce que c'est légal ?", "fr", ["art_5"], "conseillère municipale d'opposition"),
    ("Une start-up aspire toutes les photos de profils publiques sur les réseaux sociaux pour constituer une base de visages qu'elle revend. C'est interdit ou juste encadré ?", "fr", ["art_5"], "journaliste tech"),
    ("Un prestataire nous propose un outil qui devine à partir des photos des salariés s'ils sont syndiqués ou leur orientation sexuelle. On n'en veut évidemment pas, mais est-ce que c'est carrément interdit ?", "fr", ["art_5"], "DRH d'une entreprise de logistique"),
    ("La police peut-elle utiliser la reconnaissance faciale en direct dans une gare pour retrouver un homme soupçonné de trafic d'organes ? C'est quoi la liste des crimes qui permettent ça ?", "fr", ["art_5", "anx_II"], "étudiant en droit"),
    ("La mairie a vu une démo d'un logiciel qui prédit quels ados du quartier risquent de commettre un délit juste à partir de leur profil et de leur personnalité. On peut l'acheter ?", "fr", ["art_5"], "agent de la police municipale"),
    # --- Classification
    ("On fabrique des ascenseurs et on ajoute une IA qui décide du freinage d'urgence. Est-ce que ça fait de notre ascenseur un système d'IA à haut risque ?", "fr", ["art_6", "anx_I"], "ingénieure chez un fabricant d'ascenseurs"),
    ("Notre appli repère les grains de beauté suspects sur une photo et elle est marquée comme dispositif médical. Elle est classée à haut risque d'office ?", "fr", ["art_6", "anx_I"], "fondateur d'une medtech"),
    ("Notre outil sert dans le recrutement mais il fait juste une tâche préparatoire, on pense qu'il n'est pas à haut risque. Qu'est-ce qu'on doit faire pour justifier ça, et faut il quand même l'enregistrer quelque part ?", "fr", ["art_6", "art_49"], "développeur dans un éditeur RH"),
    ("Le rectorat envisage une IA qui note automatiquement les copies de philo des lycéens. C'est considéré comme risqué ?", "fr", ["anx_III"], "professeure de philosophie"),
    ("On a un logiciel qui distribue les tournées de nos livreurs selon leur comportement et leur rapidité, et qui les note. Ça tombe dans les IA à haut risque ?", "fr", ["anx_III"], "gérant d'une société de livraison"),
    ("Ma mutuelle calcule le prix de mon assurance santé avec un algorithme d'IA. Est-ce que c'est un usage considéré sensible par la loi ?", "fr", ["anx_III"], "assurée, infirmière libérale"),
    ("A la préfecture on teste un outil d'IA pour aider à examiner les demandes de titre de séjour. Est-ce qu'il est dans la liste des usages à haut risque ?", "fr", ["anx_III"], "agent de préfecture"),
    ("Notre tribunal voudrait un assistant qui aide les juges à chercher la jurisprudence et à l'appliquer aux faits du dossier. Haut risque ou pas ?", "fr", ["anx_III"], "greffier en chef"),
    ("Un candidat aux municipales veut une IA qui envoie à chaque électeur des messages personnalisés pour le faire changer de vote. Est-ce que la loi IA dit quelque chose là-dessus ?", "fr", ["anx_III"], "militante associative"),
    ("Le syndicat des eaux veut confier à une IA la commande des vannes et la sécurité du réseau d'eau potable. C'est une IA à haut risque ?", "fr", ["anx_III"], "technicien d'un syndicat intercommunal des eaux"),
    ("Le département veut utiliser un algorithme pour décider qui a droit au RSA et qui doit rembourser. Est-ce que c'est classé haut risque ?", "fr", ["anx_III", "art_6"], "travailleuse sociale"),
    ("Qui peut ajouter de nouveaux usages à la liste des IA à haut risque, et sur quels critères ? La liste peut-elle bouger ?", "fr", ["art_7"], "chargé de mission dans une fédération professionnelle"),
    # --- Requirements (Section 2)
    ("On fabrique une machine agricole avec une IA dedans. Est-ce qu'on doit faire deux dossiers de conformité séparés, un pour la machine et un pour l'IA, ou on peut tout regrouper ?", "fr", ["art_8"], "responsable qualité d'un constructeur de machines"),
    ("Notre appli de soutien scolaire est classée haut risque. Quand on analyse les risques, est-ce qu'on doit prendre en compte spécialement le fait que nos utilisateurs sont mineurs ?", "fr", ["art_9"], "cheffe de projet edtech"),
    ("Notre IA qui trie les demandes de prêt a été entraînée seulement avec des clients parisiens alors qu'on l'utilise dans toute la France. Est-ce que la loi impose quelque chose sur les données d'entraînement ?", "fr", ["art_10"], "data scientist dans une banque régionale"),
    ("On doit rédiger un 'dossier technique' pour notre IA à haut risque. Concrètement, il doit contenir quoi ? Y a une liste ?", "fr", ["art_11", "anx_IV"], "ingénieur dans une PME de robotique"),
    ("On est une toute petite start-up, la documentation technique demandée est énorme. Est-ce qu'il existe une version simplifiée pour les petites boîtes ?", "fr", ["art_11"], "cofondatrice d'une start-up"),
    ("Est-ce que notre logiciel à haut risque doit garder automatiquement une trace de tout ce qu'il fait, genre un historique des événements ?", "fr", ["art_12"], "développeur back-end"),
    ("L'hôpital achète un logiciel d'IA pour lire les radios. Qu'est-ce que le fabricant est obligé de nous donner comme mode d'emploi, avec quelles informations dedans ?", "fr", ["art_13"], "ingénieure biomédicale d'un hôpital"),
    ("Est-ce que nos agents doivent pouvoir arrêter l'IA à tout moment, genre un bouton stop, et ne pas lui faire une confiance aveugle ?", "fr", ["art_14"], "chef d'équipe dans un service d'urgence"),
    ("Dans notre aéroport privé, quand le système d'identification biométrique signale quelqu'un, un seul agent peut-il confirmer avant qu'on agisse, ou il en faut plusieurs ?", "fr", ["art_14"], "responsable sûreté d'un aéroport d'affaires"),
    ("Notre IA continue d'apprendre après la mise en service et on a peur que ses propres erreurs la rendent de plus en plus biaisée. Qu'est-ce que la loi exige sur la fiabilité et ces boucles ?", "fr", ["art_15"], "ingénieur machine learning"),
    # --- Operators' obligations
    ("Notre logiciel de notation d'examens est à haut risque. Faut-il que notre nom et notre adresse apparaissent sur le produit ou dans sa documentation ?", "fr", ["art_16"], "gérant d'un éditeur de logiciels éducatifs"),
    ("On est 3 associés, pas de filiale ni de société mère. Le système de gestion de la qualité peut-il être allégé pour nous ?", "fr", ["art_63", "art_17"], "fondateur d'une micro-entreprise"),
    ("Combien de temps on doit garder toute la doc de conformité de notre IA ? Et si la boîte fait faillite avant, il se passe quoi ?", "fr", ["art_18"], "expert-comptable d'une start-up"),
    ("On a découvert un défaut qui rend notre IA non conforme alors qu'elle est déjà installée dans 40 cliniques. On fait quoi, on doit prévenir qui ?", "fr", ["art_20"], "directeur technique d'un éditeur santé"),
    ("Je revends en France un logiciel coréen de calcul de score de crédit. En tant qu'importateur, qu'est-ce que je dois vérifier avant de le vendre ?", "fr", ["art_23"], "gérant d'une société d'import"),
    ("Je suis revendeur informatique, je distribue un logiciel allemand de tri de candidatures. Je dois vérifier quoi avant de le mettre en vente ?", "fr", ["art_24"], "revendeur informatique"),
    ("On fournit un module de reconnaissance vocale qui sera intégré dans le système à haut risque d'un client. Est-ce qu'on doit signer un accord écrit avec lui sur les infos à lui donner ?", "fr", ["art_25"], "commercial dans une société de logiciels vocaux"),
    ("On va utiliser une IA à haut risque pour évaluer les performances des caristes dans l'entrepôt. Faut-il prévenir les salariés et le CSE avant ?", "fr", ["art_26"], "responsable RH d'un entrepôt"),
    ("La mairie veut acheter un logiciel à haut risque pour les attributions de places en crèche. On doit vérifier qu'il est enregistré quelque part avant de l'utiliser ?", "fr", ["art_26", "art_49"], "directrice générale des services d'une mairie"),
    ("On utilise une IA pour classer les dossiers et on a l'impression qu'elle devient dangereuse pour les gens. On doit arrêter de s'en servir ? On prévient qui ?", "fr", ["art_26"], "responsable d'une agence d'intérim"),
    ("Une agence d'intérim a utilisé une IA pour écarter ma candidature. Elle aurait dû me dire qu'une IA intervenait dans la décision ?", "fr", ["art_26"], "demandeur d'emploi"),
    ("Notre banque va utiliser un score de crédit fait par IA pour les particuliers. Il paraît qu'on doit faire une 'analyse d'impact sur les droits fondamentaux' avant, c'est vrai pour nous ?", "fr", ["art_27"], "responsable conformité d'une banque"),
    ("Notre association gère l'hébergement d'urgence pour l'Etat et on veut un outil d'IA pour décider qui est prioritaire. Est-ce qu'on doit faire une évaluation d'impact avant ?", "fr", ["art_27"], "directeur d'une association d'hébergement"),
    # --- Notified bodies
    ("Qui en France est chargé de désigner et surveiller les organismes qui certifient les IA ? Il y a une autorité spéciale pour ça ?", "fr", ["art_28"], "consultante en certification"),
    ("Notre laboratoire d'essais voudrait devenir organisme notifié pour l'IA. C'est quoi la démarche, on envoie une demande à qui ?", "fr", ["art_29", "art_30"], "directeur d'un laboratoire d'essais"),
    ("L'organisme qui certifie notre IA a confié une partie de l'audit à une de ses filiales sans nous demander notre avis. Il avait le droit ?", "fr", ["art_33"], "responsable qualité d'une PME"),
    ("L'organisme notifié nous facture un audit énorme alors qu'on est une toute petite entreprise. Est-ce qu'il est censé tenir compte de notre taille ?", "fr", ["art_34"], "gérante d'une TPE"),
    ("Où est-ce que je peux trouver la liste officielle des organismes notifiés pour l'IA, avec leur numéro ?", "fr", ["art_35"], "acheteur public"),
    ("Notre organisme certificateur ferme l'an prochain. Est-ce que notre certificat reste valable, et combien de temps ?", "fr", ["art_36"], "dirigeant d'une société de vision industrielle"),
    ("On a de sérieux doutes sur la compétence de l'organisme qui a certifié un concurrent. Est-ce que la Commission peut enquêter sur cet organisme ?", "fr", ["art_37"], "directrice d'une entreprise concurrente"),
    ("Un organisme de certification installé en Suisse peut-il certifier notre système d'IA pour le marché européen ?", "fr", ["art_39"], "responsable export"),
    # --- Standards, conformity, certificates, CE
    ("Si on suit les normes européennes officielles pour notre IA, est-ce qu'on est automatiquement considérés comme conformes ?", "fr", ["art_40"], "ingénieure normalisation"),
    ("Notre IA a déjà un certificat de cybersécurité européen. Ça compte pour prouver qu'on respecte l'exigence de cybersécurité du règlement IA ?", "fr", ["art_42"], "RSSI d'un éditeur de logiciels"),
    ("Pour notre logiciel d'orientation scolaire à haut risque, peut-on faire l'évaluation de conformité nous-mêmes, en interne, sans payer un organisme extérieur ?", "fr", ["art_43", "anx_VI"], "fondateur d'une edtech"),
    ("Notre système de reconnaissance d'émotions doit passer par un organisme notifié. Qu'est-ce qu'il va examiner : notre système qualité, notre doc technique ?", "fr", ["art_43", "anx_VII"], "cheffe de produit biométrie"),
    ("Le certificat délivré pour notre IA de recrutement est valable combien d'années ? On pourra le renouveler ?", "fr", ["art_44"], "directeur des opérations d'un cabinet RH"),
    ("L'organisme notifié nous a retiré notre certificat et on pense qu'il a tort. On peut faire appel de sa décision ?", "fr", ["art_44"], "avocate d'une start-up"),
    ("On a été recalés par un organisme notifié. Si on va en voir un autre, est-ce qu'il sera au courant du refus ?", "fr", ["art_45"], "fondateur d'une start-up"),
    ("Pendant une épidémie, l'hôpital veut utiliser tout de suite une IA de tri des patients qui n'a pas encore fini sa certification. L'autorité peut-elle l'autoriser exceptionnellement ?", "fr", ["art_46"], "directeur d'un CHU"),
    ("On doit signer une 'déclaration UE de conformité' pour notre IA. Qu'est-ce qu'on doit écrire dedans ?", "fr", ["art_47", "anx_V"], "juriste d'une PME industrielle"),
    ("Notre IA est vendue uniquement en téléchargement, il n'y a pas de boîte. Comment on met le marquage CE sur un logiciel ?", "fr", ["art_48"], "développeur indépendant"),
    ("On doit inscrire notre IA à haut risque dans la base de données européenne. Quelles informations précises il faut remplir ?", "fr", ["art_49", "anx_VIII"], "assistante administrative d'un éditeur"),
    ("La gendarmerie utilise une IA à haut risque. Est-ce que ses informations sont visibles de tout le monde dans la base européenne ?", "fr", ["art_49"], "officier de gendarmerie"),
    # --- Transparency
    ("La mairie met un chatbot sur son site pour répondre aux habitants. Doit-on leur dire clairement qu'ils parlent à une machine ?", "fr", ["art_50"], "chargé de communication d'une mairie"),
    ("On fait une vidéo humoristique où un faux président chante grâce à l'IA. Faut-il indiquer que c'est généré, même si c'est évidemment de la satire ?", "fr", ["art_50"], "vidéaste sur internet"),
    ("Notre journal local fait écrire certains articles par une IA, puis un journaliste les relit et les corrige. Doit-on quand même écrire que c'est généré par IA ?", "fr", ["art_50"], "rédacteur en chef d'un hebdomadaire local"),
    ("Un magasin installe des caméras qui analysent les émotions des clients devant les rayons. Est-ce qu'il doit prévenir les gens ?", "fr", ["art_50"], "cliente"),
    ("On développe un générateur d'images. Est-ce qu'on doit mettre une sorte de filigrane invisible pour qu'on puisse détecter que l'image vient d'une IA ?", "fr", ["art_50"], "développeuse dans un studio graphique"),
    # --- GPAI
    ("À partir de quand un grand modèle d'IA est-il considéré comme présentant un 'risque systémique' ? Quels critères ils regardent ?", "fr", ["art_51", "anx_XIII"], "chercheur en apprentissage automatique"),
    ("Notre modèle vient de dépasser le seuil de calcul d'entraînement. On a combien de temps pour prévenir la Commission ?", "fr", ["art_52"], "responsable juridique d'un labo d'IA"),
    ("On entraîne un modèle de langage sur des textes du web. Est-ce qu'on doit respecter le refus des auteurs et publier un résumé des données d'entraînement ?", "fr", ["art_53"], "fondateur d'une start-up de modèles de langage"),
    ("On publie notre modèle en open source avec tous les poids. Est-ce qu'on échappe aux obligations de documentation pour les modèles à usage général ?", "fr", ["art_53"], "chercheuse dans un laboratoire public"),
    ("On intègre un grand modèle de langage d'un fournisseur américain dans notre appli. Quelles informations ce fournisseur doit-il nous transmettre ?", "fr", ["anx_XII", "art_53"], "CTO d'une application de rédaction"),
    ("Une entreprise américaine qui vend son modèle d'IA générale en Europe doit-elle avoir un représentant installé dans l'UE ?", "fr", ["art_54"], "avocat d'affaires"),
    ("Pour un modèle à risque systémique, il faut faire des tests adverses et signaler les incidents graves, c'est bien ça ? Quelles obligations en plus ?", "fr", ["art_55"], "ingénieure sécurité dans un labo d'IA"),
    ("On entend parler d'un 'code de bonnes pratiques' pour les modèles d'IA générale. Qui le rédige et ça sert à quoi ?", "fr", ["art_56"], "étudiant en master de droit du numérique"),
    # --- Innovation
    ("La France doit-elle créer un 'bac à sable réglementaire' pour tester des IA ? Avant quelle date ?", "fr", ["art_57"], "chargée d'innovation d'une région"),
    ("Participer à un bac à sable réglementaire, c'est payant pour une petite start-up comme la nôtre ?", "fr", ["art_58"], "fondatrice d'une start-up agritech"),
    ("À l'hôpital, peut-on réutiliser les données de nos patients, collectées pour les soins, pour entraîner une IA de détection précoce dans le bac à sable ?", "fr", ["art_59"], "médecin chercheur en CHU"),
    ("On veut tester notre IA à haut risque en conditions réelles, dans la rue, hors bac à sable. Combien de temps maximum, et faut-il l'enregistrer ?", "fr", ["art_60", "anx_IX"], "cheffe de projet mobilité"),
    ("Est-ce que l'Etat doit aider les petites entreprises à comprendre ce règlement, avec des formations ou un guichet pour poser des questions ?", "fr", ["art_62"], "gérant d'une agence web"),
    # --- Governance
    ("C'est quoi exactement le 'Bureau de l'IA' dont parlent les journaux ? Il dépend de qui ?", "fr", ["art_64"], "lycéen préparant un exposé"),
    ("Qui siège au Comité européen de l'intelligence artificielle ? Un représentant par pays ?", "fr", ["art_65"], "professeur d'éducation civique"),
    ("Notre association de défense des droits numériques voudrait donner son avis sur l'application du règlement. Il existe une instance où la société civile est représentée ?", "fr", ["art_67"], "bénévole d'une association"),
    ("Je suis chercheuse en IA, je pourrais faire partie du groupe d'experts scientifiques indépendants ? Il faut remplir quelles conditions ?", "fr", ["art_68"], "chercheuse universitaire"),
    ("Mon entreprise a une question sur l'application du règlement IA en France. A qui s'adresser, il y a un point de contact unique ?", "fr", ["art_70"], "dirigeant d'une PME de services"),
    ("Un simple citoyen peut-il aller consulter la base de données européenne des IA à haut risque ?", "fr", ["art_71"], "citoyen militant"),
    # --- Post-market, enforcement
    ("Une fois notre IA vendue, on doit continuer à surveiller comment elle marche chez les clients ? Il faut un plan écrit ?", "fr", ["art_72"], "chef de produit d'un éditeur de logiciels"),
    ("Un patient est décédé et on soupçonne que notre IA de dosage y est pour quelque chose. On a combien de jours pour le déclarer ?", "fr", ["art_73"], "responsable vigilance d'une medtech"),
    ("Dans une banque, qui contrôle les IA à haut risque qu'on utilise ? L'autorité de surveillance des banques ou une autre ?", "fr", ["art_74"], "auditrice interne d'une banque"),
    ("Le Défenseur des droits nous demande la documentation de notre IA de recrutement pour une enquête sur des discriminations. Il peut l'exiger ?", "fr", ["art_77"], "responsable juridique d'un cabinet de recrutement"),
    ("Si l'autorité inspecte notre IA, elle va voir notre code source. Est-ce qu'elle doit garder nos secrets d'affaires confidentiels ?", "fr", ["art_78"], "CTO d'une scale-up"),
    ("L'autorité de contrôle pense que notre IA présente un risque pour la santé. Qu'est-ce qui va se passer, elle peut la retirer du marché ?", "fr", ["art_79"], "dirigeante d'une entreprise de robotique"),
    ("Nous avions décidé que notre IA n'était pas à haut risque, mais l'autorité n'est pas d'accord. Quelle est la procédure ?", "fr", ["art_80"], "juriste d'un éditeur RH"),
    ("Notre IA est conforme à tout, mais l'autorité dit qu'elle présente quand même un risque et nous demande des mesures. C'est possible ?", "fr", ["art_82"], "directeur d'un éditeur de logiciels"),
    ("Je pense que le logiciel de mon assureur viole la loi sur l'IA. Je peux porter plainte auprès de qui ?", "fr", ["art_85"], "assuré mécontent"),
    ("Mon dossier de logement social a été refusé après passage dans un logiciel d'IA. Est-ce que j'ai le droit qu'on m'explique comment l'IA a joué dans la décision ?", "fr", ["art_86"], "mère célibataire"),
    ("Je travaille chez un éditeur qui cache un usage interdit de son IA. Si je le signale, je suis protégé comme lanceur d'alerte ?", "fr", ["art_87"], "salarié d'un éditeur de logiciels"),
    ("Qui contrôle les fournisseurs de grands modèles d'IA générale, l'autorité nationale ou la Commission ?", "fr", ["art_88"], "journaliste"),
    ("Le Bureau de l'IA peut-il exiger un accès à notre modèle, par API ou même au code source, pour l'évaluer ?", "fr", ["art_92"], "directeur technique d'un labo d'IA"),
    ("Notre chatbot de recettes n'est pas à haut risque, mais on voudrait s'engager volontairement à respecter certaines règles. Il existe des codes de conduite ?", "fr", ["art_95"], "fondatrice d'une appli de cuisine"),
    # --- Penalties
    ("On est une PME. Si on enfreint le règlement, l'amende maximale c'est le pourcentage du chiffre d'affaires ou le montant fixe ? Le plus bas ou le plus haut ?", "fr", ["art_99"], "gérant d'une PME"),
    ("Si on donne volontairement de fausses informations à l'autorité qui nous contrôle, on risque combien ?", "fr", ["art_99"], "directrice financière"),
    ("Le fournisseur d'un modèle d'IA générale qui refuse de fournir les documents demandés par la Commission risque quelle amende ?", "fr", ["art_101"], "analyste politique"),
    # --- Sectoral amendments, transition, review
    ("On construit des tracteurs avec conduite autonome par IA. Est-ce que tout le règlement IA s'applique à nous, ou seulement quelques articles ?", "fr", ["art_2", "art_103"], "ingénieur chez un constructeur de tracteurs"),
    ("On équipe des ferries avec une IA d'aide à la navigation. Le règlement IA change quelque chose aux règles sur les équipements marins ?", "fr", ["art_105"], "armateur"),
    ("Notre IA de signalisation ferroviaire : quel lien avec les règles européennes sur l'interopérabilité du rail ?", "fr", ["art_106"], "ingénieure ferroviaire"),
    ("Le détecteur de somnolence par IA dans les voitures neuves, il relève du règlement IA ou des règles d'homologation des véhicules ?", "fr", ["art_109", "art_2"], "expert automobile"),
    ("Une association de consommateurs peut-elle lancer une action de groupe si une entreprise ne respecte pas le règlement IA ?", "fr", ["art_110"], "juriste d'une association de consommateurs"),
    ("La mairie utilise déjà depuis 2023 une IA à haut risque. Est-ce qu'on doit la mettre aux normes, et avant quelle date ?", "fr", ["art_111"], "secrétaire de mairie"),
    ("La liste des pratiques interdites sera-t-elle revue ? Tous les combien ?", "fr", ["art_112"], "enseignant-chercheur en éthique"),
    ("Depuis quand exactement les pratiques d'IA interdites sont-elles interdites ? On est déjà en infraction si on en utilise une ?", "fr", ["art_113"], "gérante d'une boutique en ligne"),
    ("Notre machine-outil contient une IA de sécurité. On a jusqu'à quand pour se mettre en conformité sur ce type de produit ?", "fr", ["art_113"], "directeur d'usine"),
    # --- English (plain)
    ("How long is the Commission's power to adopt delegated acts under the AI Act, and can Parliament revoke it?", "en", ["art_97"], "EU affairs trainee"),
    ("Can the European Data Protection Supervisor fine an EU agency that breaks the AI Act?", "en", ["art_100"], "staff member of an EU agency"),
    ("Which EU bodies provide independent technical testing support for AI to market surveillance authorities?", "en", ["art_84"], "policy researcher"),
    ("How do notified bodies coordinate with each other across Member States?", "en", ["art_38"], "quality auditor"),
    ("Does the AI Act change the EU civil aviation safety rules for AI systems in drones and aircraft?", "en", ["art_108"], "drone manufacturer"),
    ("What topics will the Commission's guidelines on implementing the AI Act cover?", "en", ["art_96"], "compliance consultant"),
]

OOS = [
    ("Mon employeur a installé une pointeuse avec badge et refuse de payer mes heures sup. Quels sont mes droits ?", "fr", "ouvrier dans le BTP"),
    ("Une entreprise me demande de supprimer mes données de leur fichier clients papier, ils refusent. Je fais comment ?", "fr", "consommatrice"),
    ("J'ai acheté un aspirateur en ligne il y a 10 jours, je peux encore le renvoyer et être remboursé ?", "fr", "étudiant"),
    ("Comment déclarer mes revenus de location meublée sur ma déclaration d'impôts ?", "fr", "propriétaire bailleur"),
    ("Notre commune peut-elle installer des caméras de vidéoprotection classiques sur la place du marché, et faut-il une autorisation du préfet ?", "fr", "maire d'une petite commune"),
    ("Le contrat de travail d'un apprenti mineur, combien d'heures par semaine maximum ?", "fr", "boulangère artisane"),
    ("Un site de vente en ligne a affiché un faux compte à rebours 'promo se termine dans 5 min'. C'est une pratique commerciale trompeuse ?", "fr", "client méfiant"),
    ("Peut-on déposer une marque pour le nom de notre application mobile, et combien ça coûte à l'INPI ?", "fr", "fondateur d'une start-up"),
    ("Un parent d'élève peut-il consulter les notes de son enfant majeur sur l'ENT du lycée ?", "fr", "proviseur adjoint"),
    ("What are the GDPR rules for sending marketing emails to existing customers?", "en", "marketing manager"),
]

LAY_JARGON = ["délégué", "considérant", "paragraphe", "alinéa"]  # light heuristic check for French questions


def load_ids():
    with open(os.path.join(SRC, "articles.json"), encoding="utf-8") as f:
        arts = json.load(f)
    with open(os.path.join(SRC, "annexes.json"), encoding="utf-8") as f:
        anx = json.load(f)
    ids = set()
    for k in arts:
        m = re.fullmatch(r"article_(\d+)", k)
        if m:
            ids.add("art_%d" % int(m.group(1)))
    for k in anx:
        m = re.fullmatch(r"annex_(\d+)", k)
        if m:
            ids.add("anx_" + ROMAN[int(m.group(1)) - 1])
    return ids


def main():
    errors = []
    valid = load_ids()
    if len(valid) != 113 + 13:
        errors.append("unexpected source size: %d ids" % len(valid))
    seen = set()
    questions = []
    for i, (q, lang, gold, persona) in enumerate(Q):
        tag = "Q%d" % (i + 1)
        if lang not in ("fr", "en"):
            errors.append(tag + ": bad lang")
        if not (1 <= len(gold) <= 2) or len(set(gold)) != len(gold):
            errors.append(tag + ": gold must hold 1-2 distinct ids")
        for g in gold:
            if not re.fullmatch(r"(art_[1-9]\d{0,2}|anx_[IVX]+)", g) or g not in valid:
                errors.append("%s: gold id %s not in the Act's text" % (tag, g))
        key = q.strip().lower()
        if key in seen:
            errors.append(tag + ": duplicate")
        seen.add(key)
        if not persona.strip() or len(q) < 30:
            errors.append(tag + ": empty persona or too short")
        if lang == "fr":
            for w in LAY_JARGON:
                if w in q.lower():
                    errors.append("%s: legal jargon '%s'" % (tag, w))
        questions.append({"q": q, "lang": lang, "gold": list(gold), "persona": persona, "split": SPLIT})
    oos = []
    for i, (q, lang, persona) in enumerate(OOS):
        key = q.strip().lower()
        if key in seen:
            errors.append("OOS%d: duplicate" % (i + 1))
        seen.add(key)
        if lang not in ("fr", "en"):
            errors.append("OOS%d: bad lang" % (i + 1))
        oos.append({"q": q, "lang": lang, "persona": persona, "split": SPLIT})
    n_fr = sum(1 for x in questions if x["lang"] == "fr")
    if len(questions) < 100:
        errors.append("need >= 100 in-scope questions, have %d" % len(questions))
    if n_fr < 90:
        errors.append("need >= 90 French questions, have %d" % n_fr)
    if len(oos) < 8:
        errors.append("need >= 8 out-of-scope questions, have %d" % len(oos))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    data = {
        "note": ("Blind held-out set 9, EU AI Act (Regulation (EU) 2024/1689). Written by hand by an independent "
                 "helper from the Act text only (shared/data/ai_act_en). %d in-scope questions (%d lay French, %d "
                 "plain English), gold = article/annex ids that carry the answer (max two); %d out-of-scope "
                 "questions belonging to other laws or to no law about AI. No project code, tests or results were read."
                 % (len(questions), n_fr, len(questions) - n_fr, len(oos))),
        "questions": questions,
        "out_of_scope": oos,
    }
    out = os.path.join(HERE, "questions_blind9.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    gold_ids = sorted({g for x in questions for g in x["gold"]},
                      key=lambda s: (s[:3], int(s[4:]) if s.startswith("art") else ROMAN.index(s[4:])))
    print("ok: %d in scope (%d fr, %d en), %d out of scope, %d distinct gold ids -> %s"
          % (len(questions), n_fr, len(questions) - n_fr, len(oos), len(gold_ids), out))
    print("gold ids:", " ".join(gold_ids))


if __name__ == "__main__":
    main()
