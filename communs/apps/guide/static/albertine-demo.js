/* Albertine's demo in the web app: the extension's content script, loaded as a page script on a sample
   form, talks to /v1/apps/guide/step with the session cookie and its CSRF token (no extension needed). */
"use strict";

(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrf = meta ? meta.getAttribute("content") : "";
  const KEY = "albertine-demo";

  window.albertineTransport = {
    async step(body) {
      const response = await fetch("/v1/apps/guide/step", {
        method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
        body: JSON.stringify(body),
      });
      let data = null;
      try { data = await response.json(); } catch (_) { /* not JSON */ }
      if (!response.ok) {
        if (response.status === 401) throw new Error("votre session a expiré : reconnectez-vous.");
        throw new Error((data && data.error && data.error.message) || "erreur " + response.status);
      }
      return data;
    },
    async load() { return JSON.parse(sessionStorage.getItem(KEY) || "null"); },
    async save(state) { sessionStorage.setItem(KEY, JSON.stringify(state)); },
  };

  document.addEventListener("DOMContentLoaded", () => {
    // a demo: nothing is sent anywhere
    for (const form of document.querySelectorAll("form:not(#albertine-form)")) {
      form.addEventListener("submit", (event) => event.preventDefault());
    }
    if (window.albertine) window.albertine.open();
  });
})();
