/* communs web app: shared helpers. Calls the /v1 API with the session cookie and its CSRF token.
   Model output and file names are only ever set as text (textContent), never as HTML. */
"use strict";

(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrfToken = meta ? meta.getAttribute("content") : "";

  /* Build an element: el("a", {href: "/x", class: "fr-link"}, "text", otherNode). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /* What to tell the user about a failed API call, from its status and JSON body ({"error": {"message"}}). */
  function messageFor(status, body) {
    if (status === 401) return "Votre session a expiré : reconnectez-vous (page Connexion).";
    if (body && body.error && body.error.message) return body.error.message;
    if (status === 0) return "Le serveur ne répond pas : vérifiez votre connexion.";
    return "Erreur " + status + " du serveur.";
  }

  async function errorMessage(response) {
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON */ }
    return messageFor(response.status, body);
  }

  /* fetch() on the API: JSON body, the CSRF header, and errors thrown with the API's message. */
  async function api(method, path, body, options) {
    const headers = {"X-CSRF-Token": csrfToken};
    const init = Object.assign({method: method, headers: headers, credentials: "same-origin"}, options || {});
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    if (!response.ok) {
      const error = new Error(await errorMessage(response));
      error.status = response.status;
      throw error;
    }
    return response;
  }

  /* Show a DSFR alert (kind: error, success, info, warning) in a container, replacing the previous one. */
  function showAlert(container, kind, message) {
    if (!container) return;
    container.replaceChildren();
    const alert = el("div", {class: "fr-alert fr-alert--" + kind + " fr-alert--sm fr-mb-3w",
                             role: kind === "error" ? "alert" : "status"},
                     el("p", {text: message}));
    container.append(alert);
  }

  /* Read a Server-Sent Events answer to its end, calling onEvent(name, payload) for each event (its JSON data);
     onEvent may return a value to stop there and give it back; an end with no such value gives undefined. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const {value, done} = await reader.read();
      buffer += decoder.decode(value || new Uint8Array(), {stream: !done});
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        let data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data += line.slice(5).trim();
        }
        if (!data) continue;
        const stop = onEvent(name, JSON.parse(data));
        if (stop !== undefined) return stop;
      }
      if (done) return undefined;
    }
  }

  /* POST a body with "stream": true to a route that streams a job (Server-Sent Events: progress, then result or
     error): onProgress hears each progress event; the result is given back, an error thrown. */
  async function streamJob(path, body, onProgress, interrupted) {
    const response = await api("POST", path, Object.assign({stream: true}, body));
    const result = await readEvents(response, (name, payload) => {
      if (name === "progress") onProgress(payload);
      else if (name === "result") return payload;
      else if (name === "error") throw new Error((payload.error && payload.error.message) || "Erreur du serveur.");
      return undefined;
    });
    if (result === undefined) throw new Error(interrupted || "La connexion s’est interrompue avant la fin.");
    return result;
  }

  /* A long piece of work as a background job: POST the body to jobsPath, then poll jobsPath/{id} until it ends
     (onProgress hears each state); the result is given back, an error thrown. */
  async function pollJob(jobsPath, body, onProgress, failed) {
    let state = await (await api("POST", jobsPath, body)).json();
    while (state.status !== "done" && state.status !== "error") {
      onProgress(state);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      state = await (await api("GET", jobsPath + "/" + encodeURIComponent(state.id))).json();
    }
    if (state.status === "error") throw new Error((state.error && state.error.error && state.error.error.message) || failed || "Le travail a échoué.");
    return state.result;
  }

  /* A message kept across one reload (sessionStorage), shown by the next page. */
  function flash(message) { sessionStorage.setItem("communs-flash", message); }
  function takeFlash() {
    const message = sessionStorage.getItem("communs-flash");
    sessionStorage.removeItem("communs-flash");
    return message;
  }

  /* « Écouter »: a button that reads a text aloud through /v1/audio/speech with the server's default speech model
     (`default_speech_model`; espeak-ng unless configured), then espeak-ng, the light voice, if that one fails on
     the server's side; the audio plays in a native player (keyboard-usable). getText is called at each click;
     label names what is read, for screen readers. */
  const SPEECH_MAX_CHARS = 4096;
  function speechInput(text) {
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean.length <= SPEECH_MAX_CHARS) return clean;
    const head = clean.slice(0, SPEECH_MAX_CHARS);
    const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
    return end > 0 ? head.slice(0, end + 1) : head;
  }
  async function speech(input) {
    const body = {input: input, voice: "fr", response_format: "mp3"};
    try {
      return await api("POST", "/v1/audio/speech", body);
    } catch (error) {
      if (error.status && error.status < 500) throw error;
      return api("POST", "/v1/audio/speech", Object.assign({model: "espeak-ng"}, body));
    }
  }
  function listenButton(getText, label) {
    const button = el("button", {class: "fr-btn fr-btn--tertiary fr-btn--sm",
                                 type: "button", "aria-label": "Écouter " + label, text: "Écouter"});
    const player = el("audio", {controls: true, preload: "none", hidden: true, "aria-label": "Lecture : " + label});
    const state = el("span", {class: "fr-text--sm fr-ml-1w", role: "status", "aria-live": "polite"});
    let url = null;
    button.addEventListener("click", async () => {
      const input = speechInput(getText() || "");
      if (!input) { state.textContent = "Rien à lire."; return; }
      button.disabled = true;
      state.textContent = "Préparation de la lecture…";
      try {
        const blob = await (await speech(input)).blob();
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(blob);
        player.src = url;
        player.hidden = false;
        state.textContent = input.length < (getText() || "").trim().length ? "Lecture du début du texte." : "";
        try { await player.play(); } catch (_) { player.focus(); /* autoplay refused: the player is there */ }
      } catch (error) {
        state.textContent = "La lecture a échoué : " + error.message;
      } finally {
        button.disabled = false;
      }
    });
    return el("div", {class: "communs-listen fr-mb-2w"}, button, state, player);
  }

  window.communs = {csrfToken, el, api, errorMessage, messageFor, showAlert, readEvents, streamJob, pollJob, flash,
                    takeFlash, listenButton};
})();
