/* Albertine's content script: reads the page the user asks help on, shows the next step.

   snapshot() follows the rules of communs/apps/guide/html.py (the same elements in the same order,
   the same ids: the element's own id when unique, else "albertine-<n>"; the same labels and groups),
   measured on the live page: what is really visible, ticked or filled. It never reads what the user
   typed: a field is only said to be filled or empty.

   The panel is a labelled region with a live status line that announces each step ("Étape 2 : …");
   the highlight around the target is decorative (aria-hidden): the target itself gets the step as its
   accessible description, and "Montrer l'élément" moves the focus to it. The keyboard does it all:
   the focus lands in the panel when it opens (Alt+Shift+G), Enter asks for the next step, Escape
   closes it and gives the focus back; a step never takes the focus away from the user's form.
   Talking to the server goes through a transport: the extension's background (runtime messages through
   compat.js), or the page's own (window.albertineTransport, the web app's demo). */
"use strict";

(function () {
  if (window.albertine) { window.albertine.open(); return; }

  const MAX_ELEMENTS = 400;
  const MAX_TEXT = 4000;
  const ROLES = ["button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "combobox", "textbox", "searchbox"];
  const SELECTOR = "a, button, input, select, textarea, summary, " + ROLES.map((r) => `[role="${r}"]`).join(", ");
  const ROOT_ID = "albertine-root";
  const DESCRIPTION_ID = "albertine-description"; // the step, as the target's accessible description
  let targets = new Map(); // id -> element, from the last snapshot

  /* -- reading the page ------------------------------------------------------------------------ */
  function words(node) {
    if (!node) return "";
    const parts = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
      acceptNode: (text) => (text.parentElement && text.parentElement.closest("script, style, noscript, template")
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) {
      const piece = walker.currentNode.nodeValue.trim();
      if (piece) parts.push(piece);
    }
    return parts.join(" ").replace(/\s+/g, " ").trim();
  }

  function ownWords(node) {
    return Array.from(node.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.nodeValue.trim()).filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
  }

  function byIds(ids) {
    return ids.split(/\s+/).filter((id) => id !== DESCRIPTION_ID).map((id) => document.getElementById(id)).filter(Boolean).map(words).join(" ").trim();
  }

  function isInteractive(node) {
    if (node.closest("#" + ROOT_ID)) return false;
    const tag = node.tagName.toLowerCase();
    if (tag === "a") return node.hasAttribute("href") || ROLES.includes(node.getAttribute("role") || "");
    if (tag === "input") return (node.getAttribute("type") || "text").toLowerCase() !== "hidden";
    if (["button", "select", "textarea", "summary"].includes(tag)) return true;
    return ROLES.includes(node.getAttribute("role") || "");
  }

  const MODAL = 'dialog[open]:not([aria-modal="false"]), [role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';
  const PROGRESS = /[ÉEée]tape\s+\d+\s*(?:sur|\/)\s*\d+/i; // « Étape 2 sur 4 », as snapshot.py
  const LOOKS_BUTTON = /(?:^|[-_ ])(?:btn|button|bouton|cta)(?:$|[-_ ])/i; // as html.py: a link drawn as a button
  const LOOKS_LINK = /(?:^|[-_ ])(?:link|lien|linklike|linkbtn)(?:$|[-_ ])|btn--?link|link-?button/i;
  const SECTIONS = ["section", "article", "aside", "nav", "form", "fieldset", "li", "div", "main", "header", "footer"];

  /* Hidden by the markup or the style. "background": the containers made aria-hidden or inert only because a
     modal dialog is open over them (they come back when it closes), as in html.py. */
  function isVisible(node, background) {
    if (node.closest("[hidden]")) return false;
    for (let current = node; current && current !== document.documentElement; current = current.parentElement) {
      const inert = current.getAttribute("aria-hidden") === "true" || current.hasAttribute("inert");
      if (inert && !(background && background.has(current))) return false;
    }
    if (!node.getClientRects().length) return false;
    const style = getComputedStyle(node);
    return style.visibility !== "hidden" && style.display !== "none";
  }

  /* The open modal dialog and the containers around it hidden only because it is open (its siblings and
     those of its ancestors). */
  /* The box a veil puts before everything else, as html.py: a block fixed over the whole window makes the page
     behind it unusable; the box is the veil itself when it holds something to act on, else its next such block. */
  function veiled() {
    const acts = (n) => Array.from(n.querySelectorAll("*")).some((c) => isInteractive(c));
    for (const node of document.body ? document.body.querySelectorAll("*") : []) {
      if (node.closest("#" + ROOT_ID)) continue;
      const style = getComputedStyle(node);
      if (style.position !== "fixed" || style.display === "none" || style.visibility === "hidden") continue;
      const rect = node.getBoundingClientRect();
      if (rect.width < 0.95 * innerWidth || rect.height < 0.95 * innerHeight) continue;
      if (acts(node)) return node;
      let box = node.nextElementSibling;
      while (box && !acts(box)) box = box.nextElementSibling;
      if (box && isVisible(box)) return box;
    }
    return null;
  }

  function openModal() {
    const dialog = Array.from(document.querySelectorAll(MODAL)).find((d) => !d.closest("#" + ROOT_ID) && isVisible(d)) || veiled();
    const background = new Set();
    if (!dialog) return {dialog: null, background: background};
    for (let current = dialog; current && current.parentElement; current = current.parentElement) {
      for (const sibling of current.parentElement.children) {
        if (sibling !== current && (sibling.getAttribute("aria-hidden") === "true" || sibling.hasAttribute("inert"))) {
          background.add(sibling);
        }
      }
    }
    return {dialog: dialog, background: background};
  }

  /* The last heading of a section-like container that comes before the element. */
  function headingBefore(container, node) {
    if (!SECTIONS.includes(container.tagName.toLowerCase())) return "";
    let found = "";
    for (const heading of container.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
      if (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) break;
      // a result's or a tile's title is a link: it names its item, not the section
      if (heading.contains(node) || heading.querySelector("a, button")) continue;
      found = words(heading) || found;
    }
    return found;
  }

  /* A link's or button's name from its content, without what is aria-hidden (an icon), and the description
     a tile puts under its title (<small>, <p>), kept apart as the hint. */
  function contentName(node) {
    const name = [];
    const described = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const piece = walker.currentNode.nodeValue.trim();
      const parent = walker.currentNode.parentElement;
      if (!piece || !parent || parent.closest("script, style, noscript, template")) continue;
      const hidden = parent.closest('[aria-hidden="true"]');
      if (hidden && hidden !== node && node.contains(hidden)) continue;
      const description = parent.closest("small, p");
      (description && description !== node && node.contains(description) ? described : name).push(piece);
    }
    const text = name.join(" ").replace(/\s+/g, " ").trim();
    const more = described.join(" ").replace(/\s+/g, " ").trim();
    return text ? [text, more] : [more, ""];
  }

  /* The accessible name and its hint, from the browser's usual sources, in the same order as html.py. */
  function labelOf(node) {
    const tag = node.tagName.toLowerCase();
    const hint = node.getAttribute("aria-describedby") ? byIds(node.getAttribute("aria-describedby")) : "";
    const labelledby = node.getAttribute("aria-labelledby");
    if (labelledby && byIds(labelledby)) return [byIds(labelledby), hint];
    const aria = (node.getAttribute("aria-label") || "").trim();
    if (aria) return [aria, hint];
    if (["input", "select", "textarea"].includes(tag)) {
      let label = node.id ? document.querySelector(`label[for="${CSS.escape(node.id)}"]`) : null;
      if (!label || !words(label)) label = node.closest("label");
      if (label && words(label)) {
        const own = ownWords(label);
        const full = words(label);
        if (!own) return [full, hint];
        return [own, hint || (full.startsWith(own) ? full.slice(own.length).trim() : "")];
      }
      const type = (node.getAttribute("type") || "").toLowerCase();
      if (["submit", "button", "reset"].includes(type) && node.getAttribute("value")) {
        return [node.getAttribute("value").trim(), hint];
      }
      for (const attribute of ["placeholder", "title", "name"]) {
        const value = (node.getAttribute(attribute) || "").trim();
        if (value) return [value, hint];
      }
      return ["", hint];
    }
    const [text, described] = contentName(node);
    // « ? », « ✉ »: a symbol, the title says what it is
    if (text && (/[\p{L}\p{N}]/u.test(text) || !(node.getAttribute("title") || "").trim())) return [text, hint || described];
    const image = node.querySelector("img[alt]");
    return [(image && image.getAttribute("alt")) || node.getAttribute("title") || "", hint];
  }

  /* The nearest group: a fieldset's legend, a named dialog, navigation, region or form. */
  function contextOf(node) {
    const regions = ["dialog", "alertdialog", "navigation", "search", "region"];
    for (let parent = node.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
      const tag = parent.tagName.toLowerCase();
      if (tag === "dd") {  // a description list: the term it describes (« Coordonnées bancaires »)
        let term = parent.previousElementSibling;
        while (term && term.tagName.toLowerCase() !== "dt") term = term.previousElementSibling;
        if (term && words(term)) return words(term);
      }
      if (tag === "fieldset") {
        const legend = parent.querySelector("legend");
        if (legend) return words(legend);
      }
      const role = parent.getAttribute("role") || "";
      // a landmark, or any block its author named (a card « aria-labelledby » its title)
      const authored = SECTIONS.includes(tag) && (parent.hasAttribute("aria-labelledby") || parent.hasAttribute("aria-label"));
      if (authored || ["nav", "section", "aside", "form", "dialog"].includes(tag) || regions.includes(role)) {
        const labelledby = parent.getAttribute("aria-labelledby");
        if (labelledby && byIds(labelledby)) return byIds(labelledby);
        if (parent.getAttribute("aria-label")) return parent.getAttribute("aria-label").trim();
        if (role === "search") return "Recherche";
      }
      const heading = headingBefore(parent, node);
      if (heading) return heading;
      if (tag === "header") return "En-tête";
      if (tag === "footer") return "Pied de page";
    }
    return "";
  }

  /* A link's list item or sentence without the link's words: the summary under a search result, say. */
  function surroundings(node, label) {
    // its list item, sentence or notice (« votre avis de taxe foncière est disponible. Voir l'avis »)
    let item = node.parentElement ? node.parentElement.closest('li, p, dd, td, [role="status"], [role="alert"]') : null;
    const title = node.closest("h1, h2, h3, h4, h5, h6");
    const block = title ? title.parentElement : null;
    if (!item && block && ["div", "article"].includes(block.tagName.toLowerCase())) item = block;  // a result's lines
    if (!item) return "";
    return words(item).replace(label, " ").replace(/\s+/g, " ").trim().slice(0, 300);
  }

  /* Where the element is on the page, in words: "en haut à droite". */
  function zoneOf(node) {
    const rect = node.getBoundingClientRect();
    const height = Math.max(document.documentElement.scrollHeight, window.innerHeight);
    const width = Math.max(document.documentElement.clientWidth, 1);
    const y = (rect.top + window.scrollY + rect.height / 2) / height;
    const x = (rect.left + rect.width / 2) / width;
    const vertical = y < 0.2 ? "en haut" : y > 0.8 ? "en bas" : "";
    const horizontal = x < 0.33 ? "à gauche" : x > 0.67 ? "à droite" : "";
    if (!vertical && !horizontal) return "";
    return [vertical || "", horizontal].filter(Boolean).join(" ");
  }

  /* Far below what the person sees (two screens down, not in a bar that stays on screen): they scroll to it. */
  function isBelow(node) {
    const rect = node.getBoundingClientRect();
    if (rect.top <= 2 * window.innerHeight) return false;
    for (let n = node; n && n !== document.body; n = n.parentElement) {
      if (["fixed", "sticky"].includes(getComputedStyle(n).position)) return false;
    }
    return true;
  }

  /* required, aria-required, or the asterisk after the label or a radio group's legend. */
  function isRequired(node, label, context) {
    if (node.hasAttribute("required") || node.getAttribute("aria-required") === "true") return true;
    const type = (node.getAttribute("type") || "").toLowerCase();
    if (!["input", "select", "textarea"].includes(node.tagName.toLowerCase())) return false;
    if (["submit", "button", "reset", "image"].includes(type)) return false;
    return label.trimEnd().endsWith("*") || (type === "radio" && context.trimEnd().endsWith("*"));
  }

  function describe(node, id, page) {
    const tag = node.tagName.toLowerCase();
    const type = (node.getAttribute("type") || (tag === "input" ? "text" : "")).toLowerCase();
    let [label, hint] = labelOf(node);
    if (!hint && (tag === "a" || node.getAttribute("role") === "link")) hint = surroundings(node, label);
    const visible = isVisible(node, page.background);
    const context = contextOf(node);
    const form = node.form || node.closest("form");
    const item = {
      id: id, tag: tag, role: node.getAttribute("role") || "", label: label.slice(0, 300), type: type,
      value: null, visible: visible, filled: false, prefilled: false, checked: null,
      required: isRequired(node, label, context),
      disabled: (node.matches(":disabled")) || node.getAttribute("aria-disabled") === "true",
      hint: hint.slice(0, 300), context: context.slice(0, 200), options: [], zone: visible ? zoneOf(node) : "",
      modal: Boolean(page.dialog && page.dialog.contains(node)),
      current: !["", "false"].includes((node.getAttribute("aria-current") || "").trim()),
      form: form ? "form-" + Array.from(document.forms).indexOf(form) : "",
      group: type === "radio" ? (node.getAttribute("name") || "") : "",
      looks: "",
    };
    item.below = visible && !item.modal && isBelow(node);
    const classes = node.getAttribute("class") || "";
    const other = ["checkbox", "switch", "radio", "combobox", "listbox", "textbox", "searchbox"].includes(item.role);
    const buttonish = ["button", "summary"].includes(tag) || ["button", "tab", "menuitem"].includes(item.role)
      || ["submit", "button"].includes(type);
    const kind = other || ["select", "textarea"].includes(tag) ? "" : tag === "a" || item.role === "link" ? "link" : buttonish ? "button" : "";
    if (kind === "link" && LOOKS_BUTTON.test(classes) && !LOOKS_LINK.test(classes)) item.looks = "button";
    if (kind === "button" && LOOKS_LINK.test(classes)) item.looks = "link";
    if (tag === "select") {
      item.options = Array.from(node.options).slice(0, 100).map((o) => words(o));
      const chosen = node.options[node.selectedIndex];
      item.value = chosen && chosen.value ? words(chosen).slice(0, 300) : null;
      item.filled = Boolean(chosen && chosen.value);
      const initial = Math.max(0, Array.from(node.options).findIndex((o) => o.defaultSelected));
      item.prefilled = item.filled && node.selectedIndex === initial; // the page's choice, not the user's
    } else if (type === "checkbox" || type === "radio") {
      item.checked = node.checked;
      item.prefilled = node.checked && node.defaultChecked;
    } else if (tag === "textarea" || tag === "input") {
      item.filled = node.value !== ""; // whether, never what
      item.prefilled = item.filled && node.value === node.defaultValue;
    }
    return item;
  }

  /* What the page announces (role="status" or "alert", <output>): a confirmation, an error. */
  function notices(background) {
    return Array.from(document.querySelectorAll('[role="status"], [role="alert"], output'))
      .filter((n) => !n.closest("#" + ROOT_ID) && words(n) && isVisible(n, background))
      .map((n) => words(n).slice(0, 500)).slice(0, 10);
  }

  function snapshot() {
    const nodes = Array.from(document.querySelectorAll(SELECTOR)).filter(isInteractive);
    const counts = new Map();
    nodes.forEach((n) => n.id && counts.set(n.id, (counts.get(n.id) || 0) + 1));
    targets = new Map();
    const page = openModal();
    let elements = nodes.map((node, index) => {
      const id = node.id && counts.get(node.id) === 1 ? node.id : "albertine-" + index;
      targets.set(id, node);
      return describe(node, id, page);
    });
    if (elements.length > MAX_ELEMENTS) {
      elements = elements.filter((e) => e.visible).slice(0, MAX_ELEMENTS);
    }
    const root = document.getElementById(ROOT_ID);
    const headings = Array.from(document.querySelectorAll("h1, h2, h3"))
      .filter((h) => !h.closest("#" + ROOT_ID) && isVisible(h, page.background)).map(words).filter(Boolean).slice(0, 100);
    let text = document.body ? document.body.innerText || "" : "";
    if (root && root.innerText) text = text.replace(root.innerText, "");
    return {
      url: location.href.slice(0, 2000), title: document.title.slice(0, 300),
      headings: headings.map((h) => h.slice(0, 200)), text: text.replace(/[^\S\n]+/g, " ").replace(/ ?\n[\s]*/g, "\n").trim().slice(0, MAX_TEXT),
      notices: notices(page.background), elements: elements,
      progress: ((document.title + " " + text).match(PROGRESS) || [""])[0].replace(/\s+/g, " ").slice(0, 60),
    };
  }

  /* -- talking to the server ------------------------------------------------------------------- */
  const extension = {
    async send(message) {
      const answer = await globalThis.albertineApi.runtime.sendMessage(message);
      if (!answer || !answer.ok) throw new Error((answer && answer.error) || "Albertine ne répond pas.");
      return answer.data;
    },
    step(body) { return this.send({type: "albertine:step", body: body}); },
    load() { return this.send({type: "albertine:load"}); },
    save(state) { return this.send({type: "albertine:save", state: state}); },
  };
  const transport = window.albertineTransport || extension;

  /* -- the panel and the highlight ------------------------------------------------------------- */
  let state = {goal: "", history: [], step: null};
  let panel = null;
  let opener = null; // what had the focus when the panel was opened: it gets it back on Escape
  let described = null; // the element that has the step as its description
  let busy = false;

  function make(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  function build() {
    const root = make("div", {id: ROOT_ID, lang: "fr"});
    const region = make("section", {id: "albertine-panel", role: "region", "aria-labelledby": "albertine-titre"});
    const head = make("div", {class: "albertine-head"});
    head.append(make("h2", {id: "albertine-titre"}, "Albertine"),
                make("button", {type: "button", id: "albertine-fermer", "aria-label": "Fermer Albertine"}, "×"));
    const form = make("form", {id: "albertine-form"});
    form.append(make("label", {for: "albertine-objectif"}, "Que voulez-vous faire ?"),
                make("textarea", {id: "albertine-objectif", rows: "2", required: "",
                                  "aria-describedby": "albertine-aide-clavier",
                                  placeholder: "Par exemple : demander l'aide au logement"}),
                make("p", {id: "albertine-aide-clavier", class: "albertine-note"},
                     "Entrée : étape suivante. Échap : fermer Albertine."));
    const actions = make("div", {class: "albertine-actions"});
    actions.append(make("button", {type: "submit", id: "albertine-suivant"}, "Étape suivante"),
                   make("button", {type: "button", id: "albertine-montrer", hidden: ""}, "Montrer l'élément"),
                   make("button", {type: "button", id: "albertine-recommencer"}, "Recommencer"));
    form.append(actions);
    region.append(head, form,
                  make("p", {id: "albertine-consigne", role: "status", "aria-live": "polite"}),
                  make("p", {id: "albertine-explication"}),
                  make("span", {id: DESCRIPTION_ID, hidden: ""}),
                  make("p", {class: "albertine-note"},
                       "Albertine ne lit jamais ce que vous tapez. Vérifiez chaque étape avant de valider."));
    root.append(region, make("div", {id: "albertine-surlignage", "aria-hidden": "true", hidden: ""}));
    document.body.append(root);
    form.addEventListener("submit", (event) => { event.preventDefault(); next(); });
    root.querySelector("#albertine-objectif").addEventListener("keydown", (event) => {
      // a one-line goal: Enter asks for the step, Shift+Enter goes to the line
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); next(); }
    });
    root.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { event.preventDefault(); event.stopPropagation(); close(); }
    });
    root.querySelector("#albertine-fermer").addEventListener("click", close);
    root.querySelector("#albertine-montrer").addEventListener("click", focusTarget);
    root.querySelector("#albertine-recommencer").addEventListener("click", restart);
    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, {passive: true});
    return root;
  }

  function say(instruction, explanation) {
    panel.querySelector("#albertine-consigne").textContent = instruction;
    panel.querySelector("#albertine-explication").textContent = explanation || "";
  }

  function target() {
    return state.step && state.step.element_id ? targets.get(state.step.element_id) : null;
  }

  /* Put the outline around the step's element (absolute, in page coordinates). */
  function place() {
    const box = panel && panel.querySelector("#albertine-surlignage");
    const node = target();
    if (!box) return;
    if (!node || !node.isConnected || !node.getClientRects().length) { box.hidden = true; return; }
    const rect = node.getBoundingClientRect();
    box.hidden = false;
    box.style.top = (rect.top + window.scrollY - 6) + "px";
    box.style.left = (rect.left + window.scrollX - 6) + "px";
    box.style.width = (rect.width + 12) + "px";
    box.style.height = (rect.height + 12) + "px";
  }

  /* The step as the target's accessible description (added to its own), taken off before the next
     snapshot and when the panel closes. */
  function describeTarget(node, text) {
    undescribe();
    if (!node) return;
    panel.querySelector("#" + DESCRIPTION_ID).textContent = text;
    const ids = (node.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    node.setAttribute("aria-describedby", [...ids, DESCRIPTION_ID].join(" "));
    described = node;
  }

  function undescribe() {
    if (!described) return;
    const ids = (described.getAttribute("aria-describedby") || "").split(/\s+/).filter((id) => id && id !== DESCRIPTION_ID);
    if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
    else described.removeAttribute("aria-describedby");
    described = null;
  }

  function show(step) {
    state.step = step;
    // announced by the live region; the focus stays where the user is
    const done = step.action === "done" || !step.element_id;
    const number = state.history.length + 1;
    say(done ? step.instruction : "Étape " + number + " : " + step.instruction, step.explanation);
    const node = target();
    describeTarget(node, "Albertine, étape " + number + " : " + step.instruction);
    panel.querySelector("#albertine-montrer").hidden = !node;
    if (node) node.scrollIntoView({block: "center", inline: "nearest"});
    place();
  }

  function focusTarget() {
    const node = target();
    if (!node) return;
    if (!node.hasAttribute("tabindex") && node.tabIndex < 0) node.setAttribute("tabindex", "-1");
    node.focus();
  }

  async function next() {
    if (busy) return;
    undescribe(); // not part of what the page says
    const goal = panel.querySelector("#albertine-objectif").value.trim();
    if (!goal) { say("Écrivez d'abord ce que vous voulez faire.", ""); return; }
    if (goal !== state.goal) { state = {goal: goal, history: [], step: null}; }
    if (state.step && state.step.action !== "done") {
      state.history.push({element_id: state.step.element_id, action: state.step.action, label: state.step.label || "",
                          instruction: state.step.instruction, url: state.url || location.href});
    }
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the page's top
    const button = panel.querySelector("#albertine-suivant");
    busy = true;
    button.setAttribute("aria-disabled", "true");
    say("Albertine cherche la prochaine étape…", "");
    try {
      const step = await transport.step({goal: goal, page: snapshot(), history: state.history.slice(-50)});
      state.url = location.href;
      show(step);
      await transport.save(state);
    } catch (error) {
      say("Albertine n'a pas pu répondre : " + error.message, "");
    } finally {
      busy = false;
      button.removeAttribute("aria-disabled");
    }
  }

  function restart() {
    undescribe();
    state = {goal: "", history: [], step: null};
    panel.querySelector("#albertine-objectif").value = "";
    panel.querySelector("#albertine-montrer").hidden = true;
    panel.querySelector("#albertine-surlignage").hidden = true;
    say("", "");
    transport.save(state);
    panel.querySelector("#albertine-objectif").focus();
  }

  function close() {
    undescribe();
    if (panel) panel.remove();
    panel = null;
    if (opener && opener.isConnected) opener.focus();
    opener = null;
  }

  async function open() {
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest("#" + ROOT_ID)) opener = active;
    if (!panel) panel = build();
    else if (state.goal) { panel.querySelector("#albertine-suivant").focus(); return; } // back to the panel
    try {
      const saved = await transport.load();
      if (saved && saved.goal) {
        state = Object.assign({history: []}, saved, {step: null});
        if (saved.step && saved.url !== location.href && saved.step.action !== "done") {
          // the last step led here: it is done
          state.history.push({element_id: saved.step.element_id, action: saved.step.action,
                              label: saved.step.label || "", instruction: saved.step.instruction, url: saved.url});
        } else if (saved.step && saved.url === location.href) {
          state.step = saved.step;
        }
        panel.querySelector("#albertine-objectif").value = saved.goal;
        say("Objectif repris. Cliquez sur « Étape suivante ».", "");
      }
    } catch (_) { /* nothing saved */ }
    panel.querySelector(state.goal ? "#albertine-suivant" : "#albertine-objectif").focus();
  }

  window.albertine = {open: open, close: close, snapshot: snapshot, next: next};
  if (!window.albertineTransport) open();
})();
