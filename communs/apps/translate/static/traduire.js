/* Translation: the « Traduire » page (/traduire) and the « Traduire » action other pages put under a text
   (the Simplifier's result, the patient plan of a consultation, a chat answer). Both call /v1/apps/translate:
   a text of a page or so streamed (progress per paragraph, then the result), a longer one as a background job.
   Every translation is shown with its label (« traduction automatique », and in the target language), laid out
   right to left for Arabic, its flagged paragraphs (a fact missing) listed. Everything shown is set as text. */
"use strict";

(function () {
  const {el, api, showAlert, streamJob, pollJob} = window.communs;
  const LONG_TEXT = 4000; // characters: over this, a background job rather than one long request
  let languages = null;

  /* The target languages (GET /v1/apps/translate/languages), asked once. */
  async function targetLanguages() {
    if (!languages) languages = (await (await api("GET", "/v1/apps/translate/languages")).json()).languages;
    return languages;
  }

  function progressText(state) {
    const total = state.total || 0;
    const done = state.done || 0;
    return total ? "Traduction en cours : paragraphe " + Math.min(done + 1, total) + " sur " + total + "…" : "Traduction en cours…";
  }

  /* Text translated into lang: streamed, or a background job for a long text; onProgress hears its progress. */
  async function translate(text, lang, onProgress) {
    const body = {text: text, lang: lang};
    return text.length > LONG_TEXT
      ? pollJob("/v1/apps/translate/jobs", body, onProgress, "La traduction a échoué.")
      : streamJob("/v1/apps/translate", body, onProgress, "La connexion s’est interrompue avant la fin de la traduction.");
  }

  /* The translation with its label, its direction, and a warning for each flagged paragraph. */
  function renderTranslation(result) {
    const nodes = [
      el("p", {class: "fr-badge fr-badge--info fr-badge--no-icon fr-mb-1w translate-label", text: result.label}),
      el("div", {class: "translate-text", lang: result.lang, dir: result.direction, text: result.text}),
    ];
    (result.parts || []).forEach((part, index) => {
      if (part.status !== "flagged") return;
      const missing = (part.missing_facts || []).map((f) => f.text);
      nodes.push(el("div", {class: "fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"},
        el("p", {text: "Paragraphe " + (index + 1) + " à vérifier : " + (missing.length
          ? "faits absents de la traduction : " + missing.join(" ; ") + "."
          : (part.problems || []).join(" "))}),
        el("p", {class: "fr-text--sm fr-mb-0"}, "Texte d’origine : ", el("q", {lang: "fr", text: part.original}))));
    });
    return nodes;
  }

  /* Under anchor, a language list and a « Traduire » button that translates getText() and shows the result. */
  async function translateAction(anchor, getText, idPrefix) {
    const id = (idPrefix || "traduire") + "-langue";
    const select = el("select", {class: "fr-select", id: id});
    const button = el("button", {class: "fr-btn fr-btn--secondary fr-btn--sm", type: "button", text: "Traduire"});
    const status = el("p", {class: "fr-text--sm fr-mb-0", role: "status"});
    const output = el("div", {});
    const alerts = el("div", {});
    const box = el("div", {class: "translate-action"},
      el("div", {class: "fr-select-group fr-mb-1w"}, el("label", {class: "fr-label", for: id, text: "Traduire en"}), select),
      button, status, alerts, output);
    anchor.after(box);
    try {
      for (const lang of await targetLanguages()) select.append(el("option", {value: lang.code, text: lang.name}));
    } catch (error) {
      box.remove();
      return;
    }
    button.addEventListener("click", async () => {
      const text = (getText() || "").trim();
      alerts.replaceChildren();
      if (!text) {
        showAlert(alerts, "error", "Rien à traduire.");
        return;
      }
      button.disabled = true;
      status.textContent = "Traduction en cours…";
      try {
        output.replaceChildren(...renderTranslation(await translate(text, select.value, (s) => { status.textContent = progressText(s); })));
        status.textContent = "Traduction terminée.";
      } catch (error) {
        status.textContent = "La traduction a échoué.";
        showAlert(alerts, "error", error.message);
      } finally {
        button.disabled = false;
      }
    });
  }

  window.communs.translateAction = translateAction;

  /* The /traduire page. */
  const form = document.getElementById("traduire-form");
  if (!form) return;
  const text = document.getElementById("traduire-texte");
  const lang = document.getElementById("traduire-langue");
  const button = document.getElementById("traduire-bouton");
  const status = document.getElementById("traduire-etat");
  const alerts = document.getElementById("traduire-alerte");
  const section = document.getElementById("traduire-resultat");
  const output = document.getElementById("traduire-contenu");
  const bar = document.getElementById("traduire-progression");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    alerts.replaceChildren();
    const value = text.value.trim();
    if (!value) {
      showAlert(alerts, "error", "Collez un texte avant de traduire.");
      text.focus();
      return;
    }
    button.disabled = true;
    section.setAttribute("aria-busy", "true");
    status.textContent = "Traduction en cours…";
    bar.hidden = false;
    bar.value = 0;
    try {
      const result = await translate(value, lang.value, (state) => {
        bar.max = Math.max(state.total || 0, 1);
        bar.value = state.done || 0;
        status.textContent = progressText(state);
      });
      output.replaceChildren(...renderTranslation(result));
      section.hidden = false;
      status.textContent = result.flagged ? "Traduction terminée : " + result.flagged + " paragraphe(s) à vérifier." : "Traduction terminée.";
    } catch (error) {
      status.textContent = "La traduction a échoué.";
      showAlert(alerts, "error", error.message);
    } finally {
      button.disabled = false;
      section.removeAttribute("aria-busy");
      bar.hidden = true;
    }
  });
})();
