/* The Orientation page (ZenIA): a conversation with /v1/apps/orientation, streamed (SSE): the cards, the next
   question with its quick replies and a first reply come at once (result), the model's short rephrasing follows
   sentence by sentence (delta), then the reply to keep (reply). Everything shown is set as text. */
"use strict";

(function () {
  const {el, api, showAlert, readEvents} = window.communs;
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
  const notes = document.getElementById("orientation-notes");
  const questionBox = document.getElementById("orientation-question");
  const questionText = document.getElementById("orientation-question-texte");
  const quickReplies = document.getElementById("orientation-reponses");
  let messages = [];
  window.communsPlaces.suggest(document.getElementById("orientation-lieu"),
                               document.getElementById("orientation-lieux"));
  let running = null;  // the AbortController of the stream in progress

  /* A turn of the conversation; its text paragraph is returned (the reply is rewritten as it streams). */
  function turn(role, text) {
    const who = role === "user" ? "Vous" : "ZenIA";
    const paragraph = el("p", {class: "chat-text", text: text});
    log.append(el("div", {class: "chat-turn chat-turn--" + (role === "user" ? "question" : "answer")},
      el("p", {class: "chat-who", text: who}), paragraph));
    empty.hidden = true;
    return paragraph;
  }

  function filters() {
    const chosen = {};
    const level = document.getElementById("orientation-niveau").value;
    const years = document.getElementById("orientation-duree").value;
    const region = document.getElementById("orientation-region").value;
    const place = window.communsPlaces.plain(document.getElementById("orientation-lieu").value);
    if (level) chosen.level = level;
    if (years) chosen.max_years = Number(years);
    if (region) chosen.region = region;
    if (place) chosen.place = place;
    if (document.getElementById("orientation-alternance").checked) chosen.apprenticeship = true;
    return chosen;
  }

  function showQuestion(question) {
    questionBox.hidden = !question;
    if (!question) return;
    questionText.textContent = question.text;
    quickReplies.replaceChildren(...question.options.map((option) => el("li", {},
      (() => {
        const button = el("button", {type: "button", class: "fr-btn fr-btn--tertiary fr-btn--sm", text: option.label});
        button.addEventListener("click", () => { input.value = option.label; form.requestSubmit(); });
        return button;
      })())));
  }

  function profileSummary(profile) {
    const parts = [];
    if (profile.level) parts.push("niveau : " + profile.level.label);
    if (profile.target) parts.push("visé : " + profile.target.label);
    if (profile.interests.length) parts.push("intérêts : " + profile.interests.map((i) => i.label).join(" ; "));
    if (profile.sectors.length) parts.push("secteur : " + profile.sectors.map((s) => s.label).join(", "));
    if (profile.max_years !== null) parts.push("études : " + (profile.max_years <= 2 ? "courtes" : "longues possibles"));
    if (profile.apprenticeship) parts.push("alternance souhaitée");
    if (profile.place) parts.push("lieu : " + profile.place + (profile.region ? ", " + profile.region : ""));
    else if (profile.region) parts.push("région : " + profile.region);
    if (profile.no_licence) parts.push("sans permis");
    if (profile.no_physical) parts.push("pas de travail physique");
    if (profile.evenings_only) parts.push("disponible le soir");
    return parts.length ? el("p", {class: "fr-text--sm"}, el("strong", {text: "Ce que j’ai compris : "}), parts.join(" — "))
                        : el("p", {class: "fr-text--sm", text: "Je n’ai encore rien compris de précis sur vous."});
  }

  function formationList(card) {
    if (!card.formations.length) return el("p", {class: "fr-text--sm", text: "Aucune formation répertoriée."});
    const list = el("ul", {class: "fr-text--sm"});
    for (const f of card.formations) {
      const details = [f.level, f.duration, f.apprenticeship ? "alternance possible" : ""].filter(Boolean).join(", ");
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
    notes.replaceChildren(...result.filters.notes.map((note) => el("p", {class: "fr-text--sm", text: note})));
    cards.replaceChildren(...result.recommendations.map((c, i) => card(c, i + 1)));
    section.hidden = !result.recommendations.length;
    showQuestion(result.question);
  }

  async function submit(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) { showAlert(alerts, "error", "Écrivez un message avant d’envoyer."); input.focus(); return; }
    if (running) running.abort();  // a new message: the rephrasing of the previous reply is no longer wanted
    const controller = new AbortController();
    running = controller;
    alerts.replaceChildren();
    messages.push({role: "user", content: text});
    turn("user", text);
    input.value = "";
    send.disabled = true;
    status.textContent = "ZenIA réfléchit…";
    let answer = null;  // the assistant's message in the conversation, once the result came
    let paragraph = null;
    let streamed = false;
    try {
      const body = {messages: messages, k: 5, filters: filters(), stream: true};
      const response = await api("POST", "/v1/apps/orientation", body, {signal: controller.signal});
      await readEvents(response, (name, data) => {
        if (name === "result") {
          answer = {role: "assistant", content: data.reply};
          messages.push(answer);
          paragraph = turn("assistant", data.reply);
          showResult(data);
          send.disabled = false;
          status.textContent = "Réponse reçue : " + data.recommendations.length + " piste"
            + (data.recommendations.length === 1 ? "" : "s") + " de métiers.";
        } else if (name === "delta" && paragraph) {
          paragraph.textContent = streamed ? paragraph.textContent + " " + data.text : data.text;
          paragraph.parentElement.setAttribute("aria-busy", "true");
          streamed = true;
        } else if (name === "reply" && paragraph) {
          paragraph.textContent = data.reply;
          paragraph.parentElement.removeAttribute("aria-busy");
          answer.content = data.reply;
        } else if (name === "error") {
          throw new Error((data.error && data.error.message) || "Erreur du serveur.");
        }
      });
    } catch (error) {
      if (error.name === "AbortError") return;
      if (!answer) messages.pop();
      else if (paragraph) paragraph.textContent = answer.content;  // the template reply stays
      showAlert(alerts, "error", error.message);
      if (!answer) status.textContent = "";
    } finally {
      if (running === controller) running = null;
      send.disabled = false;
      if (running === null) input.focus();
    }
  }

  form.addEventListener("submit", submit);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  restart.addEventListener("click", () => {
    if (running) running.abort();
    messages = [];
    questionBox.hidden = true;
    log.replaceChildren();
    empty.hidden = false;
    section.hidden = true;
    alerts.replaceChildren();
    status.textContent = "Nouvelle conversation.";
    input.focus();
  });
})();
