/* The Orientation page (ZenIA): a conversation with /v1/apps/orientation, and the recommendation cards
   (métier, why, definition, access, formations). Everything shown is set as text. */
"use strict";

(function () {
  const {el, api, showAlert} = window.communs;
  const form = document.getElementById("orientation-form");
  const input = document.getElementById("orientation-message");
  const send = document.getElementById("orientation-envoyer");
  const restart = document.getElementById("orientation-recommencer");
  const log = document.getElementById("orientation-conversation");
  const empty = document.getElementById("orientation-vide");
  const status = document.getElementById("orientation-etat");
  const alerts = document.getElementById("orientation-alerte");
  const section = document.getElementById("orientation-pistes");
  const heading = document.getElementById("titre-pistes");
  const profileBox = document.getElementById("orientation-profil");
  const cards = document.getElementById("orientation-cartes");
  let messages = [];

  function turn(role, text) {
    const who = role === "user" ? "Vous" : "ZenIA";
    log.append(el("div", {class: "chat-turn chat-turn--" + (role === "user" ? "question" : "answer")},
      el("p", {class: "chat-who", text: who}), el("p", {class: "chat-text", text: text})));
    empty.hidden = true;
  }

  function profileSummary(profile) {
    const parts = [];
    if (profile.level) parts.push("niveau : " + profile.level.label);
    if (profile.target) parts.push("visé : " + profile.target.label);
    if (profile.interests.length) parts.push("intérêts : " + profile.interests.map((i) => i.label).join(" ; "));
    if (profile.sectors.length) parts.push("secteur : " + profile.sectors.map((s) => s.label).join(", "));
    if (profile.max_years !== null) parts.push("études : " + (profile.max_years <= 2 ? "courtes" : "longues possibles"));
    if (profile.apprenticeship) parts.push("alternance souhaitée");
    if (profile.region) parts.push("région : " + profile.region);
    return parts.length ? el("p", {class: "fr-text--sm"}, el("strong", {text: "Ce que j’ai compris : "}), parts.join(" — "))
                        : el("p", {class: "fr-text--sm", text: "Je n’ai encore rien compris de précis sur vous."});
  }

  function formationList(card) {
    if (!card.formations.length) return el("p", {class: "fr-text--sm", text: "Aucune formation répertoriée."});
    const list = el("ul", {class: "fr-text--sm"});
    for (const f of card.formations) {
      const details = [f.level, f.duration].filter(Boolean).join(", ");
      list.append(el("li", {}, el("a", {href: f.url, class: "fr-link", target: "_blank", rel: "noopener",
        title: f.title + " — onisep.fr (nouvelle fenêtre)", text: f.title}), details ? " (" + details + ")" : ""));
    }
    return list;
  }

  function card(data, number) {
    const titleId = "piste-" + number;
    const body = el("article", {class: "orientation-card", "aria-labelledby": titleId},
      el("h3", {class: "fr-h6 fr-mb-1w", id: titleId, text: number + ". " + data.title + " (" + data.rome_code + ")"}),
      el("p", {class: "fr-text--sm fr-mb-1w"}, el("strong", {text: "Pourquoi : "}), data.why.join(" ")));
    if (data.definition) body.append(el("p", {class: "fr-text--sm fr-mb-1w", text: data.definition}));
    if (data.access) body.append(el("p", {class: "fr-text--sm fr-mb-1w"}, el("strong", {text: "Accès : "}), data.access));
    body.append(el("h4", {class: "fr-text--sm fr-text--bold fr-mb-0", text: data.formations_fit
      ? "Formations qui y mènent" : "Formations qui y mènent (aucune ne correspond exactement à votre niveau)"}),
      formationList(data));
    return el("li", {}, body);
  }

  function showResult(result) {
    profileBox.replaceChildren(profileSummary(result.profile));
    cards.replaceChildren(...result.recommendations.map((c, i) => card(c, i + 1)));
    section.hidden = !result.recommendations.length;
  }

  async function submit(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) { showAlert(alerts, "error", "Écrivez un message avant d’envoyer."); input.focus(); return; }
    alerts.replaceChildren();
    messages.push({role: "user", content: text});
    turn("user", text);
    input.value = "";
    send.disabled = true;
    status.textContent = "ZenIA réfléchit…";
    try {
      const response = await api("POST", "/v1/apps/orientation", {messages: messages, k: 5});
      const result = await response.json();
      messages.push({role: "assistant", content: result.reply});
      turn("assistant", result.reply);
      showResult(result);
      status.textContent = "Réponse reçue : " + result.recommendations.length + " piste"
        + (result.recommendations.length === 1 ? "" : "s") + " de métiers.";
    } catch (error) {
      messages.pop();
      showAlert(alerts, "error", error.message);
      status.textContent = "";
    } finally {
      send.disabled = false;
      input.focus();
    }
  }

  form.addEventListener("submit", submit);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  restart.addEventListener("click", () => {
    messages = [];
    log.replaceChildren();
    empty.hidden = false;
    section.hidden = true;
    alerts.replaceChildren();
    status.textContent = "Nouvelle conversation.";
    input.focus();
  });
})();
