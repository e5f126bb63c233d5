/* The chat page: streams /v1/chat/completions (SSE) into the conversation, as text only.
   With a collection, the answer is grounded (search: true) and its sources become links. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const form = document.getElementById("chat-form");
  const question = document.getElementById("question");
  const model = document.getElementById("modele");
  const collection = document.getElementById("collection");
  const length = document.getElementById("longueur");
  const sendButton = document.getElementById("envoyer");
  const stopButton = document.getElementById("arreter");
  const resetButton = document.getElementById("nouvelle");
  const log = document.getElementById("conversation");
  const empty = document.getElementById("chat-vide");
  const status = document.getElementById("chat-etat");
  const alerts = document.getElementById("chat-alerte");
  const CITATION = /\[([^\[\]]{3,300})\]/g;

  let history = [];
  let controller = null;

  /* "document, p. N" — the label the server asks the model to cite (communs.search.rag.label). */
  function label(result) {
    const meta = (result.chunk && result.chunk.metadata) || {};
    const name = meta.document_name || "document " + meta.document_id;
    const pages = meta.pages && meta.pages.length ? meta.pages : (meta.page ? [meta.page] : []);
    if (!pages.length) return name;
    return pages.length === 1 ? name + ", p. " + pages[0] : name + ", p. " + pages[0] + "-" + pages[pages.length - 1];
  }

  /* The sources of an answer, unique by label, in the order the search gave them; each links to its
     document's page, with its chunks highlighted: /documents/ID?extraits=1,2#extrait-1. */
  function sourcesOf(results) {
    const seen = new Map();
    for (const result of results || []) {
      const text = label(result);
      const meta = result.chunk.metadata || {};
      let source = seen.get(text);
      if (!source) {
        source = {label: text, document: meta.document_id, chunks: []};
        seen.set(text, source);
      }
      if (meta.document_id === source.document) source.chunks.push(result.chunk.id);
    }
    for (const source of seen.values()) {
      source.href = "/documents/" + encodeURIComponent(source.document) + "?extraits=" +
        source.chunks.join(",") + "#extrait-" + source.chunks[0];
    }
    return [...seen.values()];
  }

  function renderSources(turn, sources) {
    if (!sources.length) return;
    const list = el("ul");
    for (const source of sources) list.append(el("li", {}, el("a", {href: source.href, class: "fr-link"}, source.label)));
    turn.append(el("div", {class: "chat-sources"}, el("h3", {text: "Sources"}), list));
  }

  /* The answer text as nodes, its "[document, p. N]" citations turned into links (DOM nodes, not HTML).
     A citation by number ("[2]", "[Source 2]") names the search result of that rank, as the prompt numbered
     them (several results may share one source), like communs.search.rag.cited_labels. */
  function linkCitations(text, sources, results) {
    const byLabel = new Map(sources.map((s) => [s.label.toLowerCase(), s]));
    (results || []).forEach((result, i) => {
      const source = byLabel.get(label(result).toLowerCase());
      if (source) { byLabel.set(String(i + 1), source); byLabel.set("source " + (i + 1), source); }
    });
    const nodes = [];
    let last = 0;
    for (const match of text.matchAll(CITATION)) {
      const source = byLabel.get(match[1].trim().toLowerCase());
      if (!source) continue;
      nodes.push(document.createTextNode(text.slice(last, match.index) + "["));
      nodes.push(el("a", {href: source.href, class: "citation"}, match[1]));
      nodes.push(document.createTextNode("]"));
      last = match.index + match[0].length;
    }
    nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  }

  function addTurn(kind, who) {
    empty.hidden = true;
    const turn = el("article", {class: "chat-turn chat-turn--" + kind}, el("p", {class: "chat-who", text: who}));
    log.append(turn);
    return turn;
  }

  function setBusy(busy) {
    if (!busy && document.activeElement === stopButton) question.focus();
    sendButton.disabled = busy;
    stopButton.disabled = !busy;
  }

  /* Read a text/event-stream body, calling onEvent with each parsed JSON event until [DONE]. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const {value, done} = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, {stream: true});
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
        if (!data) continue;
        if (data === "[DONE]") return;
        onEvent(JSON.parse(data));
      }
    }
  }

  let answers = 0; // answers shown, to name each one's « Traduire » action

  async function send(text) {
    alerts.replaceChildren();
    const chosenModel = model.value;
    const collectionId = collection.value;
    addTurn("question", "Vous").append(el("p", {class: "chat-text", text: text}));
    const turn = addTurn("answer", "Réponse (" + chosenModel + ")");
    const answer = el("div", {class: "chat-text chat-answer", "aria-live": "polite", "aria-busy": "true"});
    turn.append(answer);
    const messages = history.concat([{role: "user", content: text}]);
    const body = {model: chosenModel, messages: messages, stream: true, max_tokens: Number(length.value)};
    if (collectionId) {
      body.search = true;
      body.search_args = {collections: [Number(collectionId)], k: 5};
    }
    controller = new AbortController();
    setBusy(true);
    status.textContent = collectionId ? "Recherche dans les documents, puis réponse en cours…" : "Réponse en cours…";
    let full = "";
    let sources = [];
    let results = [];
    let outcome = "Réponse terminée.";
    let truncated = false;
    try {
      const response = await api("POST", "/v1/chat/completions", body, {signal: controller.signal});
      await readEvents(response, (event) => {
        if (event.error) throw new Error(event.error.message || "erreur du modèle");
        if (event.search_results) {
          results = event.search_results;
          sources = sourcesOf(results);
        }
        for (const choice of event.choices || []) {
          if (choice.finish_reason === "length") truncated = true;
          const piece = (choice.delta && choice.delta.content) || "";
          if (piece) {
            full += piece;
            answer.append(document.createTextNode(piece));
          }
        }
      });
    } catch (error) {
      if (error.name === "AbortError") {
        outcome = "Réponse interrompue.";
      } else {
        outcome = "La réponse a échoué.";
        showAlert(alerts, "error", "Le chat a échoué : " + error.message);
      }
    } finally {
      controller = null;
      setBusy(false);
    }
    answer.replaceChildren(...linkCitations(full, sources, results));
    answer.setAttribute("aria-busy", "false");
    if (!full) answer.append(el("em", {text: "(pas de réponse)"}));
    if (truncated) turn.append(el("p", {class: "chat-meta", text: "Réponse coupée à la longueur maximale choisie."}));
    renderSources(turn, sources);
    if (full) history = messages.concat([{role: "assistant", content: full}]);
    if (full && window.communs.translateAction) window.communs.translateAction(answer, () => full, "chat-" + (++answers));
    status.textContent = outcome;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = question.value.trim();
    if (!text) {
      showAlert(alerts, "error", "Saisissez un message avant d’envoyer.");
      question.focus();
      return;
    }
    if (controller) return;
    question.value = "";
    send(text);
  });

  question.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  stopButton.addEventListener("click", () => { if (controller) controller.abort(); });

  resetButton.addEventListener("click", () => {
    if (controller) controller.abort();
    history = [];
    log.replaceChildren();
    empty.hidden = false;
    status.textContent = "Nouvelle conversation.";
    question.focus();
  });
})();
