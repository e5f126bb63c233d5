/* The Simplifier page: /v1/apps/plain/analyze (what makes a text hard to read) and
   /v1/apps/plain/simplify (the rewrite, its scores, glossary and facts). The rewrite's progress is shown as it
   goes: a text of a page or so is streamed (Server-Sent Events: progress, then the result); a longer one goes
   through a background job (/v1/apps/plain/jobs), polled. Everything shown is set as text. */
"use strict";

(function () {
  const {el, api, showAlert, listenButton, streamJob, pollJob} = window.communs;
  const text = document.getElementById("texte");
  const analyzeButton = document.getElementById("analyser");
  const simplifyButton = document.getElementById("simplifier");
  const status = document.getElementById("simplifier-etat");
  const alerts = document.getElementById("simplifier-alerte");
  const section = document.getElementById("resultats");
  const output = document.getElementById("resultats-contenu");
  const bar = document.getElementById("simplifier-progression");
  const LONG_TEXT = 4000; // characters: over this, a background job rather than one long request

  const KINDS = {
    long_sentence: "Phrase longue", jargon: "Jargon administratif", rare_word: "Mot rare",
    passive_voice: "Voix passive", double_negation: "Double négation", acronym_unexplained: "Sigle non expliqué",
    nominalisation: "Nominalisation", abstract_word: "Mot abstrait",
  };
  const FACTS = {
    email: "adresse e-mail", url: "adresse web", phone: "téléphone", amount: "montant", percent: "pourcentage",
    date: "date", reference: "référence", article: "article de loi", address: "adresse", time: "heure",
    identifier: "identifiant", duration: "durée",
  };

  function level() {
    const checked = document.querySelector('input[name="level"]:checked');
    return checked ? checked.value : "clair";
  }

  function number(value, digits) {
    return typeof value === "number" ? value.toLocaleString("fr-FR", {maximumFractionDigits: digits}) : "—";
  }

  /* Score (0-100, higher is clearer) and Kandel–Moles readability as a description list. */
  function scores(result) {
    return el("dl", {class: "plain-scores"},
      el("dt", {text: "Score de clarté"}), el("dd", {text: number(result.score, 0) + " / 100"}),
      el("dt", {text: "Lisibilité Kandel–Moles"}), el("dd", {text: number(result.kandel_moles, 1)}));
  }

  function issueList(issues) {
    if (!issues || !issues.length) return el("p", {text: "Aucune difficulté relevée."});
    const list = el("ul", {class: "plain-issues"});
    for (const issue of issues) {
      const item = el("li", {class: "plain-issue"},
        el("p", {class: "fr-mb-0"}, el("strong", {text: KINDS[issue.kind] || issue.kind}), " : ",
           el("q", {class: "plain-passage", text: issue.text || ""})),
        el("p", {class: "fr-mb-0", text: issue.message || ""}));
      if (issue.suggestion) item.append(el("p", {class: "fr-mb-0"}, "Suggestion : ", el("em", {text: issue.suggestion})));
      list.append(item);
    }
    return list;
  }

  function show(title, ...nodes) {
    output.replaceChildren(el("h3", {class: "fr-h5", text: title}), ...nodes);
    section.hidden = false;
  }

  function showAnalysis(result) {
    const count = (result.issues || []).length;
    show("Analyse", scores(result),
      el("h4", {class: "fr-h6", text: count + (count === 1 ? " difficulté relevée" : " difficultés relevées")}),
      issueList(result.issues));
  }

  function factList(facts) {
    const list = el("ul");
    for (const fact of facts) list.append(el("li", {}, (FACTS[fact.kind] || fact.kind) + " : ", el("q", {text: fact.text})));
    return list;
  }

  function showSimplified(result) {
    const before = result.before || {};
    const after = result.after || {};
    const compare = el("table", {},
      el("caption", {text: "Scores avant et après"}),
      el("thead", {}, el("tr", {}, el("th", {scope: "col", text: "Mesure"}),
        el("th", {scope: "col", text: "Avant"}), el("th", {scope: "col", text: "Après"}))),
      el("tbody", {},
        el("tr", {}, el("th", {scope: "row", text: "Score de clarté (sur 100)"}),
          el("td", {text: number(before.score, 0)}), el("td", {text: number(after.score, 0)})),
        el("tr", {}, el("th", {scope: "row", text: "Lisibilité Kandel–Moles"}),
          el("td", {text: number(before.kandel_moles, 1)}), el("td", {text: number(after.kandel_moles, 1)}))));
    const simplified = el("div", {class: "plain-text", text: result.text || ""});
    const nodes = [el("div", {class: "fr-table"}, compare),
      el("h4", {class: "fr-h6", text: "Texte simplifié"}),
      listenButton(() => result.text || "", "le texte simplifié"),
      simplified];
    const glossary = result.glossary || [];
    if (glossary.length) {
      const list = el("dl", {class: "plain-glossary"});
      for (const entry of glossary) list.append(el("dt", {text: entry.term}), el("dd", {text: entry.plain}));
      nodes.push(el("h4", {class: "fr-h6", text: "Mots expliqués"}), list);
    }
    const kept = (result.kept_facts || []).length;
    const missing = result.missing_facts || [];
    nodes.push(el("h4", {class: "fr-h6", text: "Faits vérifiés"}),
      el("p", {text: kept + (kept === 1 ? " fait conservé" : " faits conservés") + " (dates, montants, délais…)."}));
    if (missing.length) {
      nodes.push(el("div", {class: "fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"},
        el("p", {text: "Faits absents du texte simplifié : vérifiez-les avant de l’envoyer."}), factList(missing)));
    }
    if (result.translation) {
      nodes.push(el("h4", {class: "fr-h6", text: "Traduction" + (result.translation_label ? " (" + result.translation_label + ")" : "")}),
        el("div", {class: "plain-text", lang: result.lang || null, text: result.translation}));
    }
    show("Texte simplifié (" + (result.level === "falc" ? "FALC" : "Clair") + ")", ...nodes);
    if (window.communs.translateAction) window.communs.translateAction(simplified, () => result.text, "simplifier");
  }

  /* Progress of the rewrite: parts done of the text's parts. */
  function progress(state) {
    const total = state.total || 0;
    const done = state.done || 0;
    bar.hidden = false;
    bar.max = Math.max(total, 1);
    bar.value = done;
    status.textContent = total
      ? "Simplification en cours : paragraphe " + Math.min(done + 1, total) + " sur " + total + " (" + done + " terminé" + (done > 1 ? "s" : "") + ")…"
      : "Simplification en cours…";
    if (state.stage === "translate") status.textContent = "Traduction en cours…";
  }

  async function run(kind) {
    alerts.replaceChildren();
    const value = text.value.trim();
    if (!value) {
      showAlert(alerts, "error", "Collez un texte avant d’analyser ou de simplifier.");
      text.focus();
      return;
    }
    analyzeButton.disabled = simplifyButton.disabled = true;
    section.setAttribute("aria-busy", "true");
    status.textContent = kind === "analyze" ? "Analyse en cours…" : "Simplification en cours…";
    try {
      const body = {text: value, level: level()};
      if (kind === "analyze") {
        showAnalysis(await (await api("POST", "/v1/apps/plain/analyze", body)).json());
      } else {
        body.lang = "fr";
        progress({done: 0, total: 0});
        showSimplified(value.length > LONG_TEXT
          ? await pollJob("/v1/apps/plain/jobs", body, progress, "La simplification a échoué.")
          : await streamJob("/v1/apps/plain/simplify", body, progress, "La connexion s’est interrompue avant la fin de la simplification."));
      }
      status.textContent = kind === "analyze" ? "Analyse terminée." : "Simplification terminée.";
    } catch (error) {
      status.textContent = kind === "analyze" ? "L’analyse a échoué." : "La simplification a échoué.";
      showAlert(alerts, "error", error.message);
    } finally {
      analyzeButton.disabled = simplifyButton.disabled = false;
      section.removeAttribute("aria-busy");
      bar.hidden = true;
    }
  }

  analyzeButton.addEventListener("click", () => run("analyze"));
  simplifyButton.addEventListener("click", () => run("simplify"));
  document.getElementById("simplifier-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run("analyze");
  });
})();
