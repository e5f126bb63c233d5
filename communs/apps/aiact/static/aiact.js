/* The AI Act page: /v1/apps/aiact/ask (answers with citations) and /v1/apps/aiact/classify (tier, basis,
   obligations, dates). Everything shown is set as text; citation ids become links to the navigator. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const alerts = document.getElementById("aiact-alerte");
  const askForm = document.getElementById("aiact-question-form");
  const askStatus = document.getElementById("aiact-question-etat");
  const answerBox = document.getElementById("aiact-reponse");
  const classifyForm = document.getElementById("aiact-classer-form");
  const classifyStatus = document.getElementById("aiact-classer-etat");
  const classifyBox = document.getElementById("aiact-classement");
  const byDescription = document.getElementById("classer-description");

  const TIERS = {
    prohibited: "Pratique interdite", high_risk: "Haut risque", gpai: "Modèle d’IA à usage général",
    transparency: "Obligations de transparence", minimal: "Risque minimal",
  };
  const ROLES = {provider: "Fournisseur", deployer: "Déployeur", importer: "Importateur", distributor: "Distributeur"};

  /* The navigator page of an id: art_6_2 → /aiact/art_6#art_6_2 ; anx_III_4_a → /aiact/anx_III#anx_III_4_a. */
  function href(id) {
    const parts = id.split("_");
    let top = parts.slice(0, 2).join("_");
    if (id.startsWith("ch_")) return "/aiact#" + id;
    return "/aiact/" + top + (top === id ? "" : "#" + id);
  }

  function link(id, label) { return el("a", {class: "fr-link", href: href(id)}, label || id); }

  async function busy(button, status, message, work) {
    button.disabled = true;
    status.textContent = message;
    alerts.replaceChildren();
    try { await work(); }
    catch (error) { status.textContent = ""; showAlert(alerts, "error", error.message); }
    finally { button.disabled = false; }
  }

  askForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = document.getElementById("question").value.trim();
    if (!question) return;
    const button = document.getElementById("demander");
    busy(button, askStatus, "Recherche dans le règlement et rédaction de la réponse…", async () => {
      const response = await api("POST", "/v1/apps/aiact/ask", {question: question, k: 5});
      const result = await response.json();
      const citations = el("ul", {class: "aiact-citations"});
      for (const c of result.citations) {
        citations.append(el("li", {}, link(c.id, c.label), " — ", el("span", {lang: "en", text: c.title}),
          el("p", {class: "fr-text--sm fr-mb-1w", lang: "en", text: c.text.slice(0, 400)})));
      }
      answerBox.replaceChildren(...[
        el("h3", {class: "fr-h6", text: "Réponse"}),
        el("p", {class: "aiact-answer", text: result.answer}),
        result.citations.length ? el("h3", {class: "fr-h6", text: "Passages cités"}) : null,
        result.citations.length ? citations : null].filter(Boolean));
      askStatus.textContent = result.in_scope ? "Réponse prête." : "Question hors du règlement.";
      answerBox.focus();
    });
  });

  function showClassification(result) {
    const obligations = el("ul");
    for (const o of result.obligations) {
      obligations.append(el("li", {}, el("strong", {text: (ROLES[o.role] || o.role) + " : "}), o.text, " (",
        link(o.article), ")"));
    }
    const dates = el("ul");
    for (const d of result.dates) dates.append(el("li", {}, new Date(d.date).toLocaleDateString("fr-FR"), " — ", d.what, " (", link(d.article), ")"));
    const basis = el("p", {}, "Fondement : ");
    result.basis.forEach((id, i) => { if (i) basis.append(", "); basis.append(link(id)); });
    classifyBox.replaceChildren(...[
      el("h3", {class: "fr-h6"}, "Niveau : ", el("span", {class: "fr-badge", id: "aiact-niveau", text: TIERS[result.tier] || result.tier})),
      result.basis.length ? basis : null,
      el("p", {text: result.explanation}),
      result.obligations.length ? el("h4", {class: "fr-h6", text: "Obligations"}) : null,
      result.obligations.length ? obligations : null,
      result.dates.length ? el("h4", {class: "fr-h6", text: "Dates d’application (article 113)"}) : null,
      result.dates.length ? dates : null].filter(Boolean));
    classifyStatus.textContent = "Classement : " + (TIERS[result.tier] || result.tier) + ".";
    classifyBox.focus();
  }

  function role() { return document.getElementById("role").value || null; }

  classifyForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const answers = {};
    for (const box of classifyForm.querySelectorAll("input.aiact-question")) answers[box.name] = box.checked;
    answers.annex_iii = document.getElementById("q-annex_iii").value || null;
    busy(document.getElementById("classer"), classifyStatus, "Classement…", async () => {
      const response = await api("POST", "/v1/apps/aiact/classify", {answers: answers, role: role()});
      showClassification(await response.json());
    });
  });

  byDescription.addEventListener("click", () => {
    const description = document.getElementById("description").value.trim();
    if (!description) { showAlert(alerts, "error", "Décrivez d’abord le système."); return; }
    busy(byDescription, classifyStatus, "Analyse de la description…", async () => {
      const response = await api("POST", "/v1/apps/aiact/classify", {description: description, role: role()});
      showClassification(await response.json());
    });
  });
})();
