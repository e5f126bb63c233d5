/* Albertine's options: the communs server's address and the API key, kept in storage.local. */
"use strict";

(function () {
  const api = globalThis.albertineApi;
  const form = document.getElementById("options");
  const server = document.getElementById("server");
  const key = document.getElementById("key");
  const status = document.getElementById("status");

  /* What is stored fills the fields the user has not typed in yet: reading storage takes a moment, and
     what was typed meanwhile stays (it was wiped before, and the form then refused to submit). */
  api.storage.local.get(["server", "apiKey"]).then((stored) => {
    if (!server.value) server.value = stored.server || "http://localhost:8000";
    if (!key.value) key.value = stored.apiKey || "";
  });

  /* The browser must allow the extension to reach the server. Asked straight from the click (a browser
     only shows the question during a user gesture); it answers true at once when already allowed. */
  function allow(address) {
    return api.permissions.request({origins: [new URL(address).origin + "/*"]});
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let address;
    try { address = new URL(server.value.trim()).href.replace(/\/+$/, ""); } catch (_) {
      status.textContent = "Adresse invalide : elle doit commencer par https:// ou http://.";
      return;
    }
    if (!(await allow(address))) {
      status.textContent = "Sans votre autorisation, Albertine ne peut pas joindre ce serveur.";
      return;
    }
    await api.storage.local.set({server: address, apiKey: key.value.trim()});
    status.textContent = "Options enregistrées.";
  });

  document.getElementById("test").addEventListener("click", async () => {
    status.textContent = "Test en cours…";
    const answer = await api.runtime.sendMessage({type: "albertine:test"});
    status.textContent = answer.ok ? "Connexion réussie : le serveur a accepté la clé." : answer.error;
  });
})();
