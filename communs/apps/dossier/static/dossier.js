/* The dossier page (De Facto): uploads a case file to /v1/apps/dossier, polls the job's progress, then shows
   persons, chronology, offences, seized items, synthesis and the pages they cite; questions go to .../ask.
   Everything read from the dossier is set as text (textContent), never as HTML. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const form = document.getElementById("dossier-form");
  const input = document.getElementById("fichier");
  const button = document.getElementById("analyser");
  const status = document.getElementById("dossier-etat");
  const alerts = document.getElementById("dossier-alerte");
  const progressBox = document.getElementById("dossier-progression");
  const bar = document.getElementById("dossier-barre");
  const section = document.getElementById("dossier-resultat");
  const output = document.getElementById("dossier-contenu");
  const questions = document.getElementById("dossier-questions");
  const questionForm = document.getElementById("question-form");
  const questionInput = document.getElementById("question");
  const questionStatus = document.getElementById("question-etat");
  const answers = document.getElementById("reponses");
  const pagesSection = document.getElementById("dossier-pages");
  const pagesOutput = document.getElementById("pages-contenu");
  const STAGES = {lecture: "lecture des pages", analyse: "analyse", index: "indexation", "synthèse": "synthèse",
                  "terminé": "terminé"};
  const FLAGS = {low_confidence: "lecture incertaine", noise: "illisible", empty: "vide", ocr: "scannée"};
  let jobId = null;

  /* "p. 4, 7" as links to the page texts shown below. */
  function pageLinks(pages) {
    const span = el("span", {class: "dossier-pages"});
    (pages || []).forEach((number, index) => {
      if (index) span.append(", ");
      span.append(el("a", {href: "#page-" + number, class: "fr-link fr-text--sm", "data-page": number}, "p. " + number));
    });
    return span;
  }

  function table(caption, columns, rows) {
    const head = el("tr", {}, ...columns.map((c) => el("th", {scope: "col", text: c})));
    const body = el("tbody");
    for (const row of rows) body.append(el("tr", {}, ...row.map((cell) => el("td", {}, cell))));
    return el("div", {class: "fr-table fr-mb-3w"},
      el("table", {}, el("caption", {text: caption}), el("thead", {}, head), body));
  }

  function render(result) {
    const nodes = [];
    nodes.push(el("p", {}, result.pages + " pages, " + result.documents.length + " pièces."));
    if (result.flagged_pages && result.flagged_pages.length) {
      nodes.push(el("div", {class: "fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"},
        el("p", {}, "Pages à relire sur l’original (lecture incertaine) : ", pageLinks(result.flagged_pages))));
    }
    const synthesis = el("div", {class: "fr-mb-3w", id: "synthese"});
    for (const sentence of (result.synthesis && result.synthesis.sentences) || []) {
      synthesis.append(el("p", {class: "fr-mb-1w"}, sentence.text + " ", pageLinks(sentence.pages)));
    }
    nodes.push(el("h3", {class: "fr-h5", text: "Fiche de synthèse"}), synthesis);
    nodes.push(table("Personnes", ["Nom", "Rôle", "Pages"],
      result.persons.map((p) => [p.name, p.role, pageLinks(p.pages)])));
    nodes.push(table("Chronologie", ["Date", "Heure", "Fait", "Pages"],
      result.events.map((e) => [e.date, e.time || "", e.what, pageLinks(e.pages)])));
    nodes.push(table("Infractions", ["Qualification", "Article", "Source", "Pages"],
      result.offences.map((o) => [o.qualification, o.code_article + " " + o.code,
        (o.stated ? "citée" : "déduite") + (o.context === "faits" ? "" : " (antécédent)"), pageLinks(o.pages)])));
    nodes.push(table("Objets saisis, véhicules, téléphones", ["Élément", "Pages"],
      result.seized_items.concat(result.vehicles || [], result.phones || []).map((i) => [i.what, pageLinks(i.pages)])));
    if (result.contradictions && result.contradictions.length) {
      nodes.push(table("Contradictions possibles", ["Sujet", "Déclarations", "Pages"],
        result.contradictions.map((c) => [c.about,
          c.statements.map((s) => s.time + " : " + s.text).join(" / "), pageLinks(c.pages)])));
    }
    nodes.push(table("Pièces du dossier", ["Pièce", "Pages", "Résumé"],
      result.documents.map((d) => [d.label, pageLinks(d.pages), d.summary])));
    const exports = el("ul", {class: "fr-btns-group fr-btns-group--inline-sm"});
    for (const [format, label] of [["md", "Markdown"], ["html", "HTML"], ["docx", "Word"]]) {
      exports.append(el("li", {}, el("a", {class: "fr-btn fr-btn--secondary",
        href: "/v1/apps/dossier/" + jobId + "/report?format=" + format, download: "fiche-" + jobId + "." + format},
        "Exporter la fiche (" + label + ")")));
    }
    nodes.push(exports);
    output.replaceChildren(...nodes);
    section.hidden = false;
    questions.hidden = false;
  }

  async function showPages() {
    const response = await api("GET", "/v1/apps/dossier/" + jobId + "/pages");
    const pages = (await response.json()).data;
    pagesOutput.replaceChildren(...pages.map((page) => {
      const flags = page.flags.filter((f) => f !== "ocr").map((f) => FLAGS[f] || f);
      const title = "Page " + page.number + (page.ocr ? " (scannée" + (page.confidence !== null ?
        ", confiance " + Math.round(page.confidence) + " %" : "") + ")" : "") + (flags.length ? " — " + flags.join(", ") : "");
      return el("details", {id: "page-" + page.number, class: "fr-mb-1w"},
        el("summary", {text: title}),
        el("div", {class: "dossier-page-text fr-p-2w"}, ...(page.text || "(aucun texte lu)").split("\n").map(
          (line) => el("p", {class: "fr-text--sm fr-mb-0", text: line}))));
    }));
    pagesSection.hidden = false;
  }

  async function poll() {
    while (true) {
      const response = await api("GET", "/v1/apps/dossier/" + jobId);
      const job = await response.json();
      bar.value = Math.round(job.progress * 100);
      bar.textContent = bar.value + " %";
      status.textContent = "Analyse : " + (STAGES[job.stage] || job.stage) + " — " + bar.value + " %" +
        (job.pages_total ? " (" + job.pages_done + " / " + job.pages_total + " pages lues)" : "");
      if (job.status === "done") return job;
      if (job.status === "error") throw new Error(job.error || "L’analyse a échoué.");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    alerts.replaceChildren();
    const file = input.files && input.files[0];
    if (!file) {
      showAlert(alerts, "error", "Choisissez le fichier du dossier.");
      input.focus();
      return;
    }
    const data = new FormData();
    data.append("file", file, file.name);
    data.append("llm", document.getElementById("synthese-llm").checked ? "true" : "false");
    button.disabled = true;
    progressBox.hidden = false;
    bar.value = 0;
    status.textContent = "Envoi de « " + file.name + " »…";
    try {
      const response = await api("POST", "/v1/apps/dossier", undefined, {body: data});
      jobId = (await response.json()).id;
      const job = await poll();
      render(job.result);
      await showPages();
      status.textContent = "Analyse terminée.";
      document.getElementById("titre-resultat").focus();
    } catch (error) {
      status.textContent = "L’analyse a échoué.";
      showAlert(alerts, "error", error.message);
    } finally {
      button.disabled = false;
    }
  });

  /* A page link opens the page's text. */
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a[data-page]");
    if (!link) return;
    const details = document.getElementById("page-" + link.getAttribute("data-page"));
    if (details) details.open = true;
  });

  questionForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = questionInput.value.trim();
    if (!question || !jobId) return;
    questionStatus.textContent = "Recherche dans le dossier…";
    try {
      const response = await api("POST", "/v1/apps/dossier/" + jobId + "/ask", {question: question});
      const result = await response.json();
      answers.prepend(el("div", {class: "fr-callout fr-mb-2w dossier-reponse"},
        el("p", {class: "fr-callout__title fr-text--md", text: question}),
        el("p", {class: "fr-callout__text fr-text--md"}, result.answer + " ", pageLinks(result.pages))));
      questionStatus.textContent = "Réponse reçue.";
      questionInput.value = "";
    } catch (error) {
      questionStatus.textContent = "La question a échoué : " + error.message;
    }
  });
})();
