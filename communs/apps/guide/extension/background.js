/* Albertine's background script (service worker in Chromium, event page in Firefox).

   The content script runs only when the user clicks Albertine's button (or Alt+Shift+G) on a tab:
   the extension reads no page on its own. The background holds the settings (server address and
   API key, in storage.local), each tab's goal and history (storage.session, forgotten with the
   browser session), and is the only part that talks to the communs server. */
"use strict";

if (!globalThis.albertineApi && typeof importScripts === "function") importScripts("compat.js"); // Chromium
const api = globalThis.albertineApi;
const DEFAULTS = {server: "http://localhost:8000", apiKey: ""};

async function settings() {
  const stored = await api.storage.local.get(["server", "apiKey"]);
  return {server: (stored.server || DEFAULTS.server).replace(/\/+$/, ""), apiKey: stored.apiKey || ""};
}

/* POST (or GET) on the server with the key; answers {ok, data} or {ok: false, error} in French. */
async function callServer(path, body) {
  const {server, apiKey} = await settings();
  if (!apiKey) {
    return {ok: false, error: "Aucune clé d'API : ouvrez les options d'Albertine pour la saisir."};
  }
  let response;
  try {
    response = await fetch(server + path, {
      method: body === undefined ? "GET" : "POST",
      headers: Object.assign({"Authorization": "Bearer " + apiKey},
                             body === undefined ? {} : {"Content-Type": "application/json"}),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (_) {
    return {ok: false, error: "Le serveur " + server + " ne répond pas : vérifiez son adresse dans les options."};
  }
  let data = null;
  try { data = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok) {
    if (response.status === 401) return {ok: false, error: "Clé d'API refusée : vérifiez-la dans les options."};
    const message = data && data.error && data.error.message;
    return {ok: false, error: message || "Erreur " + response.status + " du serveur."};
  }
  return {ok: true, data: data};
}

function tabKey(sender) {
  return "tab-" + (sender.tab ? sender.tab.id : "none");
}

api.runtime.onMessage.addListener((message, sender, reply) => {
  const answer = (async () => {
    switch (message && message.type) {
      case "albertine:step":
        return callServer("/v1/apps/guide/step", message.body);
      case "albertine:test":
        return callServer("/v1/models");
      case "albertine:load": {
        const key = tabKey(sender);
        const stored = await api.storage.session.get(key);
        return {ok: true, data: stored[key] || null};
      }
      case "albertine:save":
        await api.storage.session.set({[tabKey(sender)]: message.state});
        return {ok: true};
      case "albertine:options":
        await api.runtime.openOptionsPage();
        return {ok: true};
      default:
        return {ok: false, error: "message inconnu"};
    }
  })();
  answer.then(reply, (error) => reply({ok: false, error: String(error)}));
  return true; // the reply comes asynchronously
});

/* Albertine's button or its shortcut (Alt+Shift+G, the manifest's _execute_action): open the panel on the
   tab, or bring the focus back to it when it is already open. */
async function openOn(tabId) {
  try {
    await api.scripting.insertCSS({target: {tabId: tabId}, files: ["content.css"]});
    await api.scripting.executeScript({target: {tabId: tabId}, files: ["compat.js", "content.js"]});
  } catch (_) {
    // pages the browser protects (settings, the extension store, PDF viewer): nothing to guide there
  }
}

api.action.onClicked.addListener((tab) => { if (tab.id) openOn(tab.id); });

api.tabs.onRemoved.addListener((tabId) => {
  api.storage.session.remove("tab-" + tabId);
});
