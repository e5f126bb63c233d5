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

  /* A message kept across one reload (sessionStorage), shown by the next page. */
  function flash(message) { sessionStorage.setItem("communs-flash", message); }
  function takeFlash() {
    const message = sessionStorage.getItem("communs-flash");
    sessionStorage.removeItem("communs-flash");
    return message;
  }

  window.communs = {csrfToken, el, api, errorMessage, messageFor, showAlert, flash, takeFlash};
})();
