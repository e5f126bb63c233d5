"""SONIC's core without a model: the Act's structure and ids, cross-references, navigation, the decision tree,
obligations and dates, and the description rules."""

from __future__ import annotations

import asyncio
import json

import pytest

from communs.apps.aiact import precedents
from communs.apps.aiact.act import DATA as ACT_DATA
from communs.apps.aiact.act import load_act, segments
from communs.apps.aiact.build import build
from communs.apps.aiact.describe import act_conditions, annex_iii_points, rule_answers
from communs.apps.aiact.glossary import act_terms, concepts, expand, language, provision_votes, provisions
from communs.apps.aiact.index import passages
from communs.apps.aiact.lexicon import CONCEPTS, FINDING_GATES, area_gate, gate, pattern
from communs.apps.aiact.obligations import dates, obligations
from communs.apps.aiact.parse import parse_french, split_points
from communs.apps.aiact.references import referenced_ids
from communs.apps.aiact.retrieve import cited_annexes, with_referring_articles
from communs.apps.aiact.scope import names_another_law
from communs.apps.aiact.screen import FINDINGS, POINTS, supported
from communs.apps.aiact.tree import QUESTIONS, decide
from communs.errors import InvalidRequestError, NotFoundError


@pytest.fixture(scope="module")
def act():
    return load_act()


def test_the_act_has_its_articles_annexes_recitals_and_68_definitions(act):
    assert len(act.articles) == 113 and len(act.annexes) == 13 and len(act.recitals) == 180
    assert len(act.definitions) == 68 and act.definitions[0].term == "AI system"
    for ident in ("art_6_2", "art_5_1_c", "anx_III_4_a", "rec_12", "art_3_1", "art_16_a", "art_113_c", "ch_III_s4"):
        assert act.exists(ident), ident
    assert "recruitment or selection" in act.text("anx_III_4_a")
    assert act.text("art_5_1_c").startswith("the placing on the market")
    assert act.label("art_5_1_c") == "Art. 5(1)(c)" and act.label("anx_III_4_a") == "Annex III, 4(a)"


def test_roman_sub_points_stay_inside_their_point(act):
    assert not act.exists("art_5_1_i")
    assert "(iii)" in act.text("art_5_1_h")
    lead, points = split_points("covered by points (a) and (b): (a) one; (b) two; or (c) three.")
    assert [p.key for p in points] == ["a", "b", "c"] and lead.startswith("covered by points (a) and (b)")


def _nodes(item: dict) -> list[dict]:
    return [n for p in item["paragraphs"] for n in (p, *p["points"])]


def test_the_shipped_file_is_what_the_build_script_makes(data_dir):
    """The build, run on a few articles, annexes and recitals of the source (tests/data/ai_act_en), gives the shipped
    act.json's entries for them: same ids, texts, points and dates; same references, except those to ids the subset
    lacks (the subset holds an article of each section its references name, so none falls back to a parent)."""
    rebuilt = build(data_dir)
    assert rebuilt == build(data_dir)  # deterministic
    shipped = json.loads((ACT_DATA / "act.json").read_text())
    known = {c["id"] for c in rebuilt["chapters"]} | {s["id"] for c in rebuilt["chapters"] for s in c["sections"]}
    for item in rebuilt["articles"] + rebuilt["annexes"]:
        known |= {item["id"], *(n["id"] for n in _nodes(item))}
    known |= {r["id"] for r in rebuilt["recitals"]}
    assert [a["number"] for a in rebuilt["articles"]] == [1, 3, 5, 6, 8, 28, 50, 113]
    assert len(rebuilt["articles"][1]["paragraphs"]) == 68 and len(rebuilt["recitals"]) == 4
    assert rebuilt["french"] == shipped["french"] and rebuilt["title"] == shipped["title"]
    kept_refs = 0
    for kind in ("articles", "annexes", "recitals"):
        by_id = {item["id"]: item for item in shipped[kind]}
        for item in rebuilt[kind]:
            whole = by_id[item["id"]]
            if kind == "recitals":
                pairs = [(item, whole)]
            else:
                assert {k: v for k, v in item.items() if k != "paragraphs"} == {
                    k: v for k, v in whole.items() if k != "paragraphs"
                }
                pairs = list(zip(_nodes(item), _nodes(whole), strict=True))
            for node, expected in pairs:  # a paragraph's points are compared as nodes of their own
                refs = [r for r in expected["refs"] if all(i in known for i in r[2])]
                assert {**node, "points": None} == {**expected, "refs": refs, "points": None}, node["id"]
                kept_refs += len(refs)
    assert kept_refs >= 40  # the references are checked, not only the texts
    by_chapter = {c["id"]: c for c in shipped["chapters"]}
    for chapter in rebuilt["chapters"]:
        whole = by_chapter[chapter["id"]]
        assert (chapter["number"], chapter["title"]) == (whole["number"], whole["title"])
        assert chapter["articles"] == [a for a in whole["articles"] if a in known]
        sections = [{**s, "articles": [a for a in s["articles"] if a in known]} for s in whole["sections"]]
        assert chapter["sections"] == [s for s in sections if s["articles"]]


@pytest.mark.parametrize(
    ("text", "article", "expected"),
    [
        ("in accordance with Article 6(2)", None, ["art_6_2"]),
        ("the use cases listed in Annex III", None, ["anx_III"]),
        ("for the purposes of point (h) of paragraph 1", 5, ["art_5_1_h"]),
        ("the requirements set out in Articles 8 to 15", None, [f"art_{n}" for n in range(8, 16)]),
        ("referred to in paragraph 3 of this Article", 6, ["art_6_3"]),
        ("Article 5(1), first subparagraph, point (h)(iii)", None, ["art_5_1_h"]),
        ("point 4(a) of Annex III", None, ["anx_III_4_a"]),
        ("Article 3(4) of Directive (EU) 2016/680", None, []),
        ("Article 16 TFEU", None, []),
        ("Article 49(9)", None, ["art_49"]),  # no paragraph 9: the article, never a dead id
    ],
)
def test_cross_references_resolve_to_existing_ids(act, text, article, expected):
    assert referenced_ids(text, act.exists, article=article) == expected


def test_the_article_view_has_paragraphs_references_recitals_and_definitions(act):
    view = act.article("6")
    assert view["id"] == "art_6" and view["chapter"]["id"] == "ch_III" and view["section"]["id"] == "ch_III_s1"
    assert [p["id"] for p in view["paragraphs"]][:4] == ["art_6_1", "art_6_1_a", "art_6_1_b", "art_6_2"]
    assert {"anx_I", "anx_III", "art_49_2"} <= set(view["references"])
    assert view["recitals"] and all(act.exists(r) for r in view["recitals"])
    assert {"art_3_1", "art_3_14"} <= {d["id"] for d in view["definitions"]}
    # no official map: suggested, citing, then similar recitals (Art. 50 ↔ recitals 132-137 on transparency)
    assert {"rec_132", "rec_134", "rec_137"} <= set(act.related_recitals("art_50"))
    assert act.related_recitals("anx_III") and all(act.exists(r) for r in act.related_recitals("anx_III"))
    assert act.article("art_6_2")["id"] == "art_6" and act.article("Annex III")["id"] == "anx_III"
    french = {p["id"]: p["french"] for p in act.article("5")["paragraphs"]}
    assert french["art_5_1_c"].startswith("la mise sur le marché")
    with pytest.raises(NotFoundError):
        act.article("999")
    with pytest.raises(InvalidRequestError):
        act.article("bonjour")


def test_every_reference_in_the_act_points_to_an_existing_id(act):
    for node in act.nodes.values():
        for start, end, ids in node.refs:
            assert all(act.exists(i) for i in ids), (node.id, node.text[start:end], ids)
    pieces = segments(act.text("art_6_2"), act.nodes["art_6_2"].refs)
    assert ("Annex III", "anx_III") in pieces and "".join(p for p, _ in pieces) == act.text("art_6_2")


def test_toc_lists_chapters_sections_and_annexes(act):
    toc = act.toc()
    assert [c["id"] for c in toc["chapters"]][:3] == ["ch_I", "ch_II", "ch_III"]
    chapter_iii = toc["chapters"][2]
    assert chapter_iii["sections"][0]["articles"][0]["id"] == "art_6"
    assert len(toc["annexes"]) == 13


def test_the_french_excerpt_is_read_by_paragraph_and_point(data_dir):
    french = parse_french((data_dir / "ai_act_fr_excerpt" / "ai_act_fr_excerpt.md").read_text())
    assert {"rec_1", "art_5_1_h", "art_6_3_d"} <= set(french)
    assert (
        "i) la recherche ciblée" in french["art_5_1_h"].replace("\n", " ") or "recherche ciblée" in french["art_5_1_h"]
    )


def test_french_questions_get_the_acts_english_wording():
    assert language("Quelles sont les pratiques interdites ?") == "fr"
    assert language("What are the prohibited practices?") == "en"
    assert "provider" in " ".join(act_terms("Quelles obligations pour le fournisseur ?"))
    assert "deep fake" in expand("Doit-on signaler un hypertrucage ?")
    # typed without accents, in the plural: the same concept of the Act
    assert "cybersecurity" in expand("Quelles regles de securite informatique ?")
    assert "penalties" in expand("Quelles amendes pour les fournisseurs ?")


def test_a_question_on_a_neighbouring_law_that_never_speaks_of_ai_is_outside_the_act():
    assert names_another_law("Faut-il déclarer la TVA de ma boutique en ligne chaque mois ?")
    assert names_another_law("Combien de jours de préavis pour une démission ?")
    assert not names_another_law("Notre IA traite des données personnelles : le RGPD s'applique-t-il aussi ?")
    assert not names_another_law("Les amendes sont-elles plus faibles pour une PME ?")
    # who owns a work made with AI is copyright law; a model provider's copyright duties are the Act's (Art. 53)
    assert names_another_law("Who owns the copyright of a short story I wrote with an AI assistant?")
    assert names_another_law("Suis-je titulaire des droits d'auteur sur des images faites avec une IA ?")
    assert not names_another_law("Quelle politique de droit d'auteur doit avoir le fournisseur d'un modèle d'IA ?")
    # other neighbouring laws by their own words: pay, consumer practices, defamation, CCTV, cyber incidents, school
    assert names_another_law("Mon patron ne me règle pas mes heures sup depuis mars, je vais aux prud'hommes ?")
    assert names_another_law("Une promo « finit ce soir » affichée depuis un mois : pratique commerciale trompeuse ?")
    assert names_another_law("Un voisin m'accuse sur Facebook de vol, est-ce de la diffamation ?")
    assert names_another_law("La mairie veut ajouter deux caméras de vidéoprotection devant l'école, qui décide ?")
    assert names_another_law("Après une cyberattaque sur nos serveurs, qui prévenir ?")
    assert names_another_law("Les bulletins scolaires de mon fils peuvent-ils être envoyés à son père ?")
    # the same settings with an AI, or cameras that analyse people, stay with the Act
    assert not names_another_law("La mairie veut la vidéoprotection avec reconnaissance faciale, c'est permis ?")
    assert not names_another_law("Des caméras intelligentes qui repèrent les comportements suspects : quelles règles ?")
    assert not names_another_law("Un logiciel d'IA calcule les heures sup de chaque salarié : est-il à haut risque ?")
    # Art. 5(1)(c)'s social scoring needs no AI word: points given by behaviour, then used against people
    assert not names_another_law("Le bailleur veut noter ses locataires en fonction de leur comportement, permis ?")
    # Art. 3(1)'s recommendations: a program that proposes whom to dismiss is deciding about people
    assert not names_another_law("Un programme va proposer quels salariés licencier d'après leurs ventes : encadré ?")


def test_an_annex_brings_the_article_that_refers_to_it(act):
    # Annex III's title: "High-Risk AI Systems Referred to in Article 6(2)"
    ids, _ = with_referring_articles(act, ["anx_III_4_a", "art_26_1", "art_9_1"], [0.9, 0.8, 0.7], 3)
    assert ids == ["anx_III_4_a", "art_6_2", "art_26_1"]
    kept, _ = with_referring_articles(act, ["anx_III_4_a", "art_6_3", "art_9_1"], [0.9, 0.8, 0.7], 3)
    assert kept == ["anx_III_4_a", "art_6_3", "art_9_1"]


def test_the_tree_decides_tiers_in_order():
    assert decide({"social_scoring": True, "interacts": True}).tier == "prohibited"
    high = decide({"annex_iii": "anx_III_4_a"})
    assert high.tier == "high_risk" and high.basis == ["art_6_2", "anx_III_4_a"]
    assert decide({"annex_iii": "anx_III_4_a", "narrow_task": True}).tier == "minimal"
    assert decide({"annex_iii": "anx_III_4_a", "narrow_task": True, "profiling": True}).tier == "high_risk"
    assert decide({"annex_i_product": True}).basis == ["art_6_1"]
    assert decide({"gpai_model": True, "systemic_risk": True}).basis == ["art_53", "art_51_1", "art_55"]
    # a model trained with more than 10^25 FLOP is a general-purpose model even when the description never says so
    assert decide({"systemic_risk": True}).tier == "gpai"
    assert decide({"interacts": True}).basis == ["art_50_1"]
    assert decide({}).tier == "minimal"


def test_obligations_and_dates_cite_existing_articles(act):
    for question in QUESTIONS:
        assert act.exists(question.basis)
    provider = obligations("high_risk", "provider", ["art_6_2"], ["art_50_1"])
    assert {"art_9", "art_17", "art_43", "art_50_1"} <= {o["article"] for o in provider}
    assert {o["article"] for o in obligations("high_risk", "importer", [], [])} >= {"art_23_1"}
    every = obligations("gpai", None, ["art_53", "art_55"], []) + obligations("prohibited", None, [], [])
    assert all(act.exists(o["article"]) for o in every)
    assert [d["date"] for d in dates("high_risk", annex_i=True)] == ["2027-08-02"]
    assert dates("prohibited")[0]["date"] == "2025-02-02"


def test_description_rules_find_the_tree_answers():
    assert rule_answers("Un logiciel de tri de CV pour nos recrutements").answers == {"annex_iii": "anx_III_4_a"}
    emotions = rule_answers("We infer the emotions of employees at work").answers
    assert emotions.get("emotion_work_school") and "emotion_or_biometric_categorisation" not in emotions
    assert rule_answers("Un filtre anti-spam").answers == {}
    # rules are kept to high precision: "visage" is not "visa", and a tool that says it does not assess people
    # is not an Annex III use whatever its domain words
    assert rule_answers("Analyse des expressions du visage sur des photos de produits").answers == {}
    assert rule_answers("A visa application triage tool for the consulate").answers == {"annex_iii": "anx_III_7_c"}
    formatting = "Un outil qui met les CV en page ; il ne note pas et ne trie pas les candidats."
    assert rule_answers(formatting).answers == {}
    assert rule_answers("It formats CVs and never ranks the candidates").answers == {}


def test_model_answers_must_quote_the_description():
    description = "Notre logiciel analyse les expressions du visage des télé-conseillers pendant les appels."
    assert supported("expressions du visage des télé-conseillers", description)
    assert supported("Expressions du visage, des tele-conseillers", description)  # case, accents, punctuation
    assert supported("analyse les expressions du visage pendant les appels", description)  # words joined
    assert not supported("infers emotions of employees at work", description)  # the provision, not the text
    assert not supported("none", description) and not supported("", description) and not supported(None, description)
    assert not supported("visa", description)  # a short quote must be whole words of the text


def test_model_findings_stand_only_where_the_description_speaks_of_their_object():
    grid = "Système qui pilote en temps réel le réseau d'électricité"
    assert not gate("realtime_police_identification", grid)
    assert gate("realtime_police_identification", "reconnaissance faciale en temps réel pour la police")
    vines = "Les viticulteurs prennent en photo les feuilles de leurs vignes et l'application indique le mildiou."
    assert not gate("face_scraping", vines)
    assert not gate("generates_content", "We tag each review as positive or negative for the product team.")
    assert not gate("general_purpose_model", "Mutuelle : notre IA estime le risque médical de chaque adhérent.")
    assert gate("general_purpose_model", "We release the weights of our large language model.")
    registry = "The court registry blacks out names in judgments before they are published."
    assert not area_gate("anx_III_6_a", registry)  # a court is not the police
    assert not area_gate("anx_III_8_a", registry)  # and blacking out names decides nothing about anyone
    assert area_gate("anx_III_8_a", "A tool that proposes draft decisions to the judges of the court.")
    canvassing = "For our party's campaign, the software plans door-to-door canvassing routes for the election."
    assert not area_gate("anx_III_8_b", canvassing)  # Annex III 8(b) leaves out a campaign's logistics
    assert set(FINDING_GATES) <= set(FINDINGS) and all(pattern(name) for name in CONCEPTS)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # Art. 5(1)(f): emotion recognition at work is prohibited, except for medical or safety reasons; it is
        # then high-risk (Annex III 1(c))
        (
            "Une caméra analyse le visage des salariés pour repérer leur stress et en informer le manager.",
            {"emotion_work_school": True},
        ),
        (
            "Il analyse la voix et le visage des contrôleurs aériens pour repérer la panique, "
            "pour la sécurité des vols.",
            {"emotion_or_biometric_categorisation": True, "annex_iii": "anx_III_1_c"},
        ),
        # Art. 5(1)(d): an assessment based on facts of a criminal activity is not prohibited
        (
            "Police officers rate how likely a man already convicted is to reoffend, from his criminal record.",
            {"annex_iii": "anx_III_6_d"},
        ),
        (
            "A model rates every citizen's chance of committing a crime from a personality questionnaire.",
            {"crime_prediction": True},
        ),
        # Annex III 1(a) leaves out biometric verification; Art. 6(3)(a) a narrow procedural task
        ("À l'entrée, une caméra vérifie que le visage de l'employé correspond à la photo de son badge.", {}),
        (
            "L'outil des admissions vérifie seulement que chaque dossier est complet ; "
            "le jury évalue les candidatures.",
            {"annex_iii": "anx_III_3_a", "narrow_task": True},
        ),
        # combinations of concepts carry over to new wordings
        (
            "La mairie attribue à chaque habitant une note de civisme selon ses amendes ; les foyers mal notés "
            "passent en fin de liste pour les places en crèche.",
            {"social_scoring": True},
        ),
        (
            "Our platform adjusts chlorine dosing and opens or closes valves across the drinking-water network.",
            {"annex_iii": "anx_III_2"},
        ),
        (
            "A satirical show puts a well-known minister's face and voice into sketches that look like real footage.",
            {"deep_fake": True},
        ),
        ("Une appli de lecture encourage les enfants à lire un peu chaque jour avec des badges.", {}),
        # Art. 5(1)(h)(i): a targeted search for the victim of an abduction is high-risk, not prohibited
        (
            "Lors d'un enlèvement d'enfant, nos enquêteurs activent une reconnaissance faciale en temps réel sur "
            "les caméras des gares pour retrouver la victime.",
            {"annex_iii": "anx_III_1_a"},
        ),
        # using a provider's model through its API does not make one a general-purpose model provider
        (
            "We send invoices to a big provider's language model through its API; we didn't train any model.",
            {},
        ),
        (
            "Un consortium entraîne un grand modèle de langue généraliste que d'autres administrations intégreront.",
            {"gpai_model": True},
        ),
        # identifying people in a crowd against a list is not verifying a claimed identity (Annex III 1(a))
        (
            "À l'entrée du stade, les caméras compareront les visages des spectateurs à notre fichier des personnes "
            "interdites de stade et alerteront nos stadiers en cas de correspondance.",
            {"annex_iii": "anx_III_1_a"},
        ),
        # the risk that a person becomes a victim, estimated for the police (Annex III 6(a))
        (
            "Quand j'ai porté plainte, le gendarme a rempli un questionnaire et un logiciel a estimé le risque que "
            "je sois de nouveau agressée.",
            {"annex_iii": "anx_III_6_a"},
        ),
        # emotions of workers with a denied medical or safety purpose stay prohibited (Art. 5(1)(f))
        (
            "The webcam software on our call-centre workstations watches our faces and flags who looks stressed "
            "to team leaders. Management says it's about service quality, not health or safety.",
            {"emotion_work_school": True},
        ),
        # a tool that says it decides nothing is not an Annex III use
        (
            "La mutuelle a un assistant virtuel qui répond aux adhérents ; il ne décide rien sur les tarifs.",
            {"interacts": True},
        ),
        # the practice in one sentence, its effect in the next
        (
            "La mairie veut attribuer à chaque habitant une note de civisme selon ses amendes. Les familles les "
            "moins bien notées passeraient en dernier pour les logements sociaux.",
            {"social_scoring": True},
        ),
    ],
)
def test_the_acts_conditions_shape_the_rules_answers(description, expected):
    assert act_conditions(rule_answers(description), description).answers == expected


def test_screening_offers_every_annex_iii_point_and_maps_to_tree_questions():
    act = load_act()
    assert set(POINTS) == annex_iii_points(act)
    assert {question for question, _ in FINDINGS.values()} <= {q.id for q in QUESTIONS}


def test_model_answers_that_say_nothing_or_repeat_the_question_or_switch_language_are_not_used():
    from communs.apps.aiact.ask import usable

    fr = "Un système d'IA qui évalue la solvabilité des clients d'une banque est-il à haut risque ?"
    # replies the embedded 1.5B model gave (bench notes): a bare "Oui", an English answer to a French question
    assert not usable("Oui", fr, "fr")
    assert not usable("Yes, the system is classified as high-risk according to Article 6(3) of Annex III.", fr, "fr")
    police = "La police peut-elle utiliser la reconnaissance faciale en temps réel dans la rue ?"
    assert not usable(police, police, "fr")
    assert usable(
        "Oui : l'évaluation de la solvabilité des personnes physiques figure parmi les usages à haut risque "
        "de l'annexe III [anx_III_5_b].",
        fr,
        "fr",
    )


def test_the_shipped_precedents_and_their_vectors_match():
    cases = precedents.load_cases()
    meta = json.loads((ACT_DATA / "precedents-multilingual-e5-small.json").read_text())
    assert meta == {"digest": precedents._digest(cases), "count": len(cases)} and len(cases) >= 300
    assert all(c.tier in precedents.SEVERITY for c in cases)
    assert precedents.answer_of("art_5_1_b") == ("vulnerabilities", True)
    assert precedents.answer_of("anx_III_4_a") == ("annex_iii", "anx_III_4_a")
    assert precedents.answer_of("art_6_2") is None


def test_a_precedent_is_only_similar_so_the_acts_conditions_must_hold():
    # the nearest case of an HR chatbot is emotion recognition of call-centre staff: not this system
    chatbot = "Un chatbot sur l'intranet RH répond aux questions des salariés sur leurs primes et leurs congés."
    assert not precedents.confirmed("emotion_work_school", True, chatbot)
    assert not precedents.confirmed(
        "annex_i_product", True, "Cameras on the production line detect defects on car doors."
    )
    lift = (
        "Our lift door system stops the car when a pram is in the doorway; like all our lift safety parts, "
        "it is examined by a certification body."
    )
    assert precedents.confirmed("annex_i_product", True, lift)
    drafts = "An assistant suggests replies to the tax office's staff, who edit and send them to citizens themselves."
    assert not precedents.confirmed("interacts", True, drafts)


def test_the_nearest_precedent_proposes_a_more_severe_answer(settings):
    from communs.models.registry import Registry

    description = (
        "Notre tablette pour les maisons de retraite repère les résidents qui perdent la mémoire et leur présente "
        "avec insistance des abonnements payants et des contrats coûteux."
    )

    async def run():
        registry = Registry(settings)
        try:
            library = await precedents.open_precedents(registry)
            found = await library.propose(registry, description, "minimal")
            none = await library.propose(registry, description, "prohibited")  # nothing is more severe
            return found, none
        finally:
            await registry.aclose()

    found, none = asyncio.run(run())
    assert found is not None and found.tier == "prohibited" and found.question == "vulnerabilities"
    assert found.similarity > 0.8 and "art_5_1_b" in found.case.basis
    assert none is None


def test_glossary_terms_vote_for_the_provision_their_concept_comes_from() -> None:
    assert provisions("Art. 3(25), Art. 72") == ["art_72"]  # a definition alone names no article
    assert provisions("Art. 12 and 19 titles") == ["art_12", "art_19"]
    assert provisions("Art. 3(55), Art. 57-58") == ["art_57", "art_58"]
    assert provisions("Art. 11 title, Annex IV") == ["art_11", "anx_IV"]
    assert provisions("Art. 3 title") == ["art_3"]
    assert all(provisions(c["from"]) or c["from"].startswith("Art. 3(") for c in concepts())
    assert provision_votes("Doit-on faire une surveillance après commercialisation ?") == {"art_72": 1.0}
    assert provision_votes("Do we need post-market monitoring?") == {}  # English questions carry the Act's words


def test_annex_lists_are_one_passage_per_act_and_cited_annexes_get_votes() -> None:
    act = load_act()
    listed = [p.text for p in passages(act) if p.id == "anx_I"]
    assert len(listed) == 20
    assert any("safety of toys" in t for t in listed) and any("civil aviation" in t for t in listed)
    assert not any("OJ L" in t for t in listed)
    votes = cited_annexes(act, ["art_6_1", "art_8_2", "art_5_1_h"])  # Art. 6(1) cites Annex I in its points
    assert votes["anx_I"] > votes["anx_II"] > 0
    assert "anx_III" not in votes
