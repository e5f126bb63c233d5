/* The documents page: create and delete collections, upload documents (with progress) and delete them,
   all through the /v1 API. File names and messages are set as text only. */
"use strict";

(function () {
  const {el, api, showAlert, messageFor, csrfToken, flash, takeFlash} = window.communs;
  const alerts = document.getElementById("documents-alerte");

  const pending = takeFlash();
  if (pending) showAlert(alerts, "success", pending);

  function reloadAt(anchor, message) {
    flash(message);
    history.replaceState(null, "", anchor ? "#" + anchor : location.pathname);
    location.reload();
  }

  /* -- collections -- */
  const newCollection = document.getElementById("nouvelle-collection");
  newCollection.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(newCollection);
    const name = String(data.get("name") || "").trim();
    if (!name) {
      showAlert(alerts, "error", "Donnez un nom à la collection.");
      document.getElementById("collection-nom").focus();
      return;
    }
    const body = {name: name, description: String(data.get("description") || "").trim() || null};
    if (data.get("visibility")) body.visibility = data.get("visibility");
    try {
      const response = await api("POST", "/v1/collections", body);
      const created = await response.json();
      reloadAt("collection-" + created.id, "Collection « " + name + " » créée.");
    } catch (error) {
      showAlert(alerts, "error", "La collection n’a pas été créée : " + error.message);
    }
  });

  async function deleteCollection(button) {
    const section = button.closest(".collection");
    const name = section.dataset.name;
    if (!window.confirm("Supprimer la collection « " + name + " » et tous ses documents ?")) return;
    try {
      await api("DELETE", "/v1/collections/" + encodeURIComponent(section.dataset.collection));
      reloadAt(null, "Collection « " + name + " » supprimée.");
    } catch (error) {
      showAlert(alerts, "error", "La collection n’a pas été supprimée : " + error.message);
    }
  }

  /* -- documents -- */
  function documentRow(doc, writable) {
    const row = el("tr", {"data-document": doc.id},
      el("td", {}, el("a", {href: "/documents/" + doc.id}, doc.name)),
      el("td", {text: doc.pages}), el("td", {text: doc.ocr_pages}), el("td", {text: doc.chunks}));
    if (writable) {
      row.append(el("td", {}, el("button", {type: "button", class: "fr-btn fr-btn--sm fr-btn--tertiary supprimer-document",
                                             "data-document": doc.id, "data-name": doc.name},
                                 "Supprimer", el("span", {class: "fr-sr-only"}, " " + doc.name))));
    }
    return row;
  }

  async function refreshDocuments(section) {
    const response = await api("GET", "/v1/documents?collection=" + encodeURIComponent(section.dataset.collection));
    const documents = (await response.json()).data;
    const writable = section.dataset.writable === "true";
    section.querySelector("tbody").replaceChildren(...documents.map((doc) => documentRow(doc, writable)));
    section.querySelector(".aucun-document").hidden = documents.length > 0;
  }

  async function deleteDocument(button) {
    const section = button.closest(".collection");
    const name = button.dataset.name;
    if (!window.confirm("Supprimer le document « " + name + " » ?")) return;
    try {
      await api("DELETE", "/v1/documents/" + encodeURIComponent(button.dataset.document));
      button.closest("tr").remove();
      section.querySelector(".aucun-document").hidden = section.querySelectorAll("tbody tr").length > 0;
      showAlert(alerts, "success", "Document « " + name + " » supprimé.");
      const heading = section.querySelector("h3");
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    } catch (error) {
      showAlert(alerts, "error", "Le document n’a pas été supprimé : " + error.message);
    }
  }

  /* One file to POST /v1/documents, with upload progress; resolves to the API's answer. */
  function uploadOne(file, collectionId, progress, onSent) {
    return new Promise((resolve) => {
      const data = new FormData();
      data.append("collection", collectionId);
      data.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/v1/documents");
      xhr.setRequestHeader("X-CSRF-Token", csrfToken);
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) progress.value = Math.round((100 * event.loaded) / event.total);
      });
      xhr.upload.addEventListener("load", onSent);
      xhr.addEventListener("load", () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
        resolve({ok: xhr.status === 201, status: xhr.status, body: body});
      });
      xhr.addEventListener("error", () => resolve({ok: false, status: 0, body: null}));
      xhr.send(data);
    });
  }

  async function upload(form) {
    const section = form.closest(".collection");
    const input = form.querySelector('input[type="file"]');
    const list = section.querySelector(".upload-list");
    const files = [...input.files];
    if (!files.length) {
      showAlert(alerts, "error", "Choisissez au moins un fichier.");
      input.focus();
      return;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    let added = 0;
    for (const [index, file] of files.entries()) {
      const id = "envoi-" + section.dataset.collection + "-" + Date.now() + "-" + index;
      const progress = el("progress", {id: id, max: "100", value: "0"});
      const statusText = el("span", {class: "upload-status", text: "Envoi…"});
      const onSent = () => { progress.removeAttribute("value"); statusText.textContent = "Analyse et indexation…"; };
      list.append(el("li", {}, el("label", {for: id}, file.name), progress, statusText));
      const result = await uploadOne(file, section.dataset.collection, progress, onSent);
      progress.max = 100;
      progress.value = 100;
      if (result.ok) {
        added += 1;
        const b = result.body;
        statusText.textContent = "Ajouté : " + b.pages + " page(s), " + b.chunks + " extrait(s)" +
          (b.ocr_pages ? ", " + b.ocr_pages + " lue(s) par OCR" : "") + ".";
        statusText.classList.add("upload-status--done");
      } else {
        statusText.textContent = "Échec : " + messageFor(result.status, result.body);
        statusText.classList.add("upload-status--error");
      }
    }
    button.disabled = false;
    form.reset();
    try {
      await refreshDocuments(section);
    } catch (error) {
      showAlert(alerts, "error", "La liste des documents n’a pas pu être rechargée : " + error.message);
      return;
    }
    const failed = files.length - added;
    showAlert(alerts, failed ? "warning" : "success",
              added + " document(s) ajouté(s)" + (failed ? ", " + failed + " en échec" : "") +
              " dans « " + section.dataset.name + " ».");
  }

  for (const form of document.querySelectorAll("form.televersement")) {
    form.addEventListener("submit", (event) => { event.preventDefault(); upload(form); });
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const documentButton = target && target.closest(".supprimer-document");
    if (documentButton) return deleteDocument(documentButton);
    const collectionButton = target && target.closest(".supprimer-collection");
    if (collectionButton) return deleteCollection(collectionButton);
  });
})();
