/* The forms page (L'IANE): uploads a form (JSON, PDF with fields, HTML page) to /v1/apps/forms/audit and
   shows its score and, per flagged field, the issues and a suggested label, built from the JSON as text. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const form = document.getElementById("formulaire-form");
  const input = document.getElementById("fichier");
  const button = document.getElementById("auditer");
  const status = document.getElementById("formulaires-etat");
  const alerts = document.getElementById("formulaires-alerte");
  const section = document.getElementById("audit");
  const output = document.getElementById("audit-contenu");

  const KINDS = {
    asks_known_info: "Information déjà connue", double_negation: "Double négation", wrong_type: "Type de champ inadapté",
    jargon: "Jargon administratif", ambiguous: "Libellé ambigu", long_label: "Libellé trop long",
    acronym_unexplained: "Sigle non expliqué", passive_voice: "Voix passive",
  };

  function plural(count, one, many) { return count + " " + (count === 1 ? one : many); }

  function fieldCard(field) {
    const issues = el("ul", {class: "form-issues"});
    for (const issue of field.issues) {
      const item = el("li", {},
        el("p", {class: "fr-mb-0"}, el("strong", {text: KINDS[issue.kind] || issue.kind}), " : ", issue.message || ""));
      if (issue.suggestion) item.append(el("p", {class: "fr-mb-0"}, "Conseil : ", el("em", {text: issue.suggestion})));
      issues.append(item);
    }
    const card = el("article", {class: "form-field"},
      el("h4", {class: "fr-h6 fr-mb-1w"}, el("q", {text: field.label || field.name || "(sans libellé)"})),
      field.name ? el("p", {class: "form-field-name fr-text--sm fr-mb-1w"}, "Champ ", el("code", {text: field.name})) : null,
      issues);
    if (field.suggested_label && field.suggested_label !== field.label) {
      card.append(el("p", {class: "fr-mb-0"}, "Libellé proposé : ", el("strong", {text: field.suggested_label})));
    }
    return card;
  }

  function render(result) {
    const fields = result.fields || [];
    const flagged = fields.filter((field) => field.issues && field.issues.length);
    const nodes = [];
    if (result.title) nodes.push(el("p", {}, "Formulaire : ", el("strong", {text: result.title})));
    nodes.push(el("dl", {class: "plain-scores"},
      el("dt", {text: "Score"}), el("dd", {class: "form-score", text: result.score + " / 100"}),
      el("dt", {text: "Champs relus"}), el("dd", {text: String(fields.length)}),
      el("dt", {text: "Champs à revoir"}), el("dd", {text: String(flagged.length)})));
    nodes.push(el("h3", {class: "fr-h5", text: plural(flagged.length, "champ à revoir", "champs à revoir")}));
    if (!flagged.length) nodes.push(el("p", {text: "Aucun problème relevé : bravo."}));
    for (const field of flagged) nodes.push(fieldCard(field));
    output.replaceChildren(...nodes);
    section.hidden = false;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    alerts.replaceChildren();
    const file = input.files && input.files[0];
    if (!file) {
      showAlert(alerts, "error", "Choisissez un fichier de formulaire.");
      input.focus();
      return;
    }
    const data = new FormData();
    data.append("file", file, file.name);
    button.disabled = true;
    section.setAttribute("aria-busy", "true");
    status.textContent = "Audit de « " + file.name + " » en cours…";
    try {
      const response = await api("POST", "/v1/apps/forms/audit", undefined, {body: data});
      render(await response.json());
      status.textContent = "Audit terminé.";
    } catch (error) {
      status.textContent = "L’audit a échoué.";
      showAlert(alerts, "error", error.message);
    } finally {
      button.disabled = false;
      section.removeAttribute("aria-busy");
    }
  });
})();
