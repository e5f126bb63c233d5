/* Place fields (Lieux, ZenIA): suggestions of communes from /v1/apps/places/suggest as the user types, and
   a place found by /v1/apps/places told in French. Shared through window.communsPlaces. */
"use strict";

(function () {
  const {api} = window.communs;
  const KINDS = {arrondissement: "arrondissement", deleguee: "commune déléguée", associee: "commune associée"};

  /* Fill a <datalist> with the communes starting with what the <input> holds. */
  function suggest(input, datalist) {
    let timer = null;
    let controller = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const value = input.value.trim();
      if (value.length < 2 || /^\d+$/.test(value)) { datalist.replaceChildren(); return; }
      timer = setTimeout(async () => {
        if (controller) controller.abort();
        controller = new AbortController();
        try {
          const path = "/v1/apps/places/suggest?k=8&q=" + encodeURIComponent(value);
          const names = (await (await api("GET", path, undefined, {signal: controller.signal})).json()).data;
          datalist.replaceChildren(...names.map((name) => {
            const option = document.createElement("option");
            option.value = name;
            return option;
          }));
        } catch (_) { /* suggestions are a help, not a need */ }
      }, 200);
    });
  }

  /* « Lille (59) » → « Lille » : a suggestion chosen is sent without its département. */
  function plain(value) {
    return value.replace(/\s*\((\d[\dAB]|\d{3})\)\s*$/, "").trim();
  }

  /* One line about a place: « Lille — Nord (59), Hauts-de-France — 59000, 59160… ». */
  function describe(place) {
    const kind = KINDS[place.kind] ? " (" + KINDS[place.kind] + ")" : "";
    const codes = place.postal_codes.length ? " — " + place.postal_codes.slice(0, 6).join(", ") +
      (place.postal_codes.length > 6 ? "…" : "") : "";
    return place.name + kind + " — " + (place.departement.name || "") + " (" + place.departement.code + "), " +
      (place.region.name || "") + codes;
  }

  window.communsPlaces = {suggest, plain, describe};
})();
