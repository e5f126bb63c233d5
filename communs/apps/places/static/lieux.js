/* The Lieux page: /v1/apps/places (a commune by name, postal code or sentence, and the communes nearby).
   Everything shown is set as text. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const {suggest, plain, describe} = window.communsPlaces;
  const form = document.getElementById("lieux-form");
  const input = document.getElementById("lieux-requete");
  const nearest = document.getElementById("lieux-proches");
  const button = document.getElementById("lieux-chercher");
  const status = document.getElementById("lieux-etat");
  const alerts = document.getElementById("lieux-alerte");
  const section = document.getElementById("lieux-resultats");
  const output = document.getElementById("lieux-contenu");
  const MATCHES = {
    postal_code: "code postal", insee_code: "code INSEE", name: "nom de commune", departement: "département",
    region: "région", text: "lieu trouvé dans la phrase",
  };

  suggest(input, document.getElementById("lieux-suggestions"));

  function show(result) {
    const parts = [];
    const said = result.said ? " (« " + result.said + " »)" : "";
    parts.push(el("p", {class: "fr-text--sm"}, "Lu comme : " + (MATCHES[result.match] || result.match) + said));
    if (result.departement || result.region) {
      const area = (result.departement ? result.departement.name + " (" + result.departement.code + "), " : "") +
        (result.region ? result.region.name : "");
      parts.push(el("p", {}, el("strong", {text: area})));
    }
    if (result.places.length) {
      parts.push(el("h3", {class: "fr-h6", text: result.places.length > 1 ? "Communes" : "Commune"}));
      parts.push(el("ul", {}, ...result.places.slice(0, 10).map((place) => el("li", {text: describe(place)}))));
    }
    if (result.nearby.length) {
      parts.push(el("h3", {class: "fr-h6", text: "Communes les plus proches"}));
      const rows = result.nearby.map((place) => el("tr", {},
        el("td", {text: place.name}), el("td", {text: place.departement.code}),
        el("td", {text: place.distance_km.toLocaleString("fr-FR", {maximumFractionDigits: 1}) + " km"})));
      parts.push(el("div", {class: "fr-table"}, el("table", {},
        el("caption", {text: "À vol d’oiseau, depuis la mairie"}),
        el("thead", {}, el("tr", {}, el("th", {scope: "col", text: "Commune"}),
          el("th", {scope: "col", text: "Département"}), el("th", {scope: "col", text: "Distance"}))),
        el("tbody", {}, ...rows))));
    }
    output.replaceChildren(...parts);
    section.hidden = false;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = plain(input.value);
    if (!query) {
      showAlert(alerts, "error", "Saisissez une commune, un code postal ou une phrase.");
      return;
    }
    alerts.replaceChildren();
    button.disabled = true;
    status.textContent = "Recherche…";
    try {
      const body = {query: query, nearest: Number(nearest.value)};
      show(await (await api("POST", "/v1/apps/places", body)).json());
      status.textContent = "Recherche terminée.";
    } catch (error) {
      status.textContent = "";
      section.hidden = true;
      const message = error.status === 404 ? "Aucune commune, aucun code postal ni département trouvé pour « " +
        query.slice(0, 80) + " »." : error.message;
      showAlert(alerts, "error", message);
    } finally {
      button.disabled = false;
    }
  });
})();
