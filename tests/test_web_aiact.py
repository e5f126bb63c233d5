"""The /aiact page in a real browser: the navigator's links, a question with cited passages, the questionnaire;
axe-core finds no serious violation."""

from __future__ import annotations

from tests.browser import axe_violations, new_page, screenshot, sign_in


def test_the_ai_act_page_navigates_answers_and_classifies(agent):
    page = agent
    page.goto("/aiact")
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "AI Act"
    assert not axe_violations(page)

    # the questionnaire: a CV-sorting tool is high-risk under Annex III, 4(a)
    page.get_by_label("Votre rôle").select_option("deployer")
    page.locator("#q-annex_iii").select_option("anx_III_4_a")
    page.get_by_role("button", name="Classer d’après le questionnaire").click()
    page.get_by_role("status").filter(has_text="Classement : Haut risque").wait_for()
    result = page.locator("#aiact-classement")
    assert "art_26_1" in result.inner_text() and "Déployeur" in result.inner_text()
    assert "null" not in result.inner_text()
    assert result.get_by_role("link", name="anx_III_4_a").get_attribute("href") == "/aiact/anx_III#anx_III_4_a"

    # a question outside the Act is politely refused (no model call)
    page.get_by_label("Votre question").fill("Quelle est la recette de la tarte tatin ?")
    page.get_by_role("button", name="Demander").click()
    page.get_by_role("status").filter(has_text="Question hors du règlement").wait_for()
    answer = page.locator("#aiact-reponse").inner_text()
    assert "règlement européen sur l'intelligence artificielle" in answer and "null" not in answer
    screenshot(page, "aiact")
    assert not axe_violations(page)

    # the navigator: Article 6, its cross-reference to Annex III is a link that leads there
    page.get_by_role("link", name="Art. 6", exact=True).click()
    page.wait_for_url("**/aiact/art_6")
    assert "Classification Rules for High-Risk AI Systems" in page.get_by_role("heading", level=1).inner_text()
    assert page.locator("#art_6_2").get_by_role("link", name="Annex III").count() == 1
    assert "AI system" in page.locator("main").inner_text()  # a definition it uses
    assert not axe_violations(page)
    page.locator("#art_6_2").get_by_role("link", name="Annex III").click()
    page.wait_for_url("**/aiact/anx_III")
    assert page.locator("#anx_III_4_a").is_visible()
    assert page.goto("/aiact/art_999").status == 404


def test_the_ai_act_pages_run_under_their_content_security_policy(browser, live_server, agent_key):
    page = new_page(browser, live_server, bypass_csp=False)
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    sign_in(page, agent_key)
    for path in ("/aiact/art_6", "/aiact"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.locator("label[for=q-social_scoring]").click()
    page.get_by_role("button", name="Classer d’après le questionnaire").click()
    page.get_by_role("status").filter(has_text="Classement : Pratique interdite").wait_for()
    page.context.close()
    assert not [e for e in errors if "Content Security Policy" in e]
