/* The consultation page (Starclay): sends a transcript (JSON) or a recording (multipart, a file or the
   microphone through MediaRecorder) to /v1/apps/consultation and shows the medications, warnings, the patient
   plan and the report, all set as text. */
"use strict";

(function () {
  const {el, api, showAlert, listenButton} = window.communs;
  const form = document.getElementById("consultation-form");
  const textarea = document.getElementById("transcription");
  const fileInput = document.getElementById("audio");
  const button = document.getElementById("analyser-consultation");
  const recordButton = document.getElementById("enregistrer");
  const status = document.getElementById("consultation-etat");
  const alerts = document.getElementById("consultation-alerte");
  const section = document.getElementById("consultation-resultats");
  const medsBox = document.getElementById("consultation-medicaments");
  const planBox = document.getElementById("consultation-plan");
  const report = document.getElementById("consultation-rapport");
  const STATUS = {new: "nouveau", continued: "poursuivi", modified: "modifié"};
  let recorder = null;
  let recorded = null;

  function table(caption, headers, rows, className) {
    return el("div", {class: "fr-table " + (className || "")},
      el("table", {},
        el("caption", {text: caption}),
        el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {scope: "col", text: h})))),
        el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c) => el("td", {text: c || "—"})))))));
  }

  /* The patient plan as sentences to read aloud: one per medication, then the notes. */
  function planSpeech(plan) {
    const moments = ["matin", "midi", "soir", "coucher", "autre"];
    const lines = (plan.rows || []).map((r) => {
      const when = moments.filter((m) => r[m]).map((m) => {
        const amount = r[m].replace(/\s*\*$/, "");
        return m === "autre" ? amount : m + " : " + amount;
      });
      return r.medicament + (when.length ? ", " + when.join(", ") : "") + (r.duree ? ", durée : " + r.duree : "") + ".";
    });
    return lines.concat((plan.notes || []).map((n) => n.replace(/^\*\s*/, ""))).join(" ");
  }

  function render(result) {
    const meds = result.medications || [];
    const nodes = [];
    if (meds.length) {
      nodes.push(table("Médicaments prescrits",
        ["Médicament", "Substance", "Dosage", "Quantité", "Fréquence", "Par jour", "Durée", "Statut", "Passage"],
        meds.map((m) => [m.name, m.substance, m.dose, m.quantity, m.frequency,
                         m.times_per_day ? String(m.times_per_day) : "", m.duration, STATUS[m.status] || m.status,
                         m.evidence ? "« " + m.evidence.text + " »" : ""]), "consultation-medicaments"));
    } else {
      nodes.push(el("p", {text: "Aucun médicament prescrit n’a été trouvé."}));
    }
    if (result.not_prescribed && result.not_prescribed.length) {
      nodes.push(el("p", {}, el("strong", {text: "Arrêtés ou non prescrits : "}), result.not_prescribed.join(", ")));
    }
    const warnings = (result.warnings || []).filter((w) => w.kind !== "no_medication");
    if (warnings.length) {
      nodes.push(el("h3", {class: "fr-h5", text: "Points de vigilance"}));
      nodes.push(el("ul", {class: "consultation-alertes"}, ...warnings.map((w) => el("li", {text: w.message}))));
    }
    medsBox.replaceChildren(...nodes);
    const plan = result.patient_plan || {rows: [], notes: []};
    planBox.replaceChildren(
      listenButton(() => planSpeech(plan), "le plan de prise"),
      table("Quand prendre mes médicaments", plan.columns || [],
        (plan.rows || []).map((r) => [r.medicament, r.matin, r.midi, r.soir, r.coucher, r.autre, r.duree]),
        "consultation-plan"),
      el("ul", {}, ...(plan.notes || []).map((n) => el("li", {text: n}))));
    if (window.communs.translateAction) {
      const old = planBox.parentNode.querySelector(".translate-action");
      if (old) old.remove();
      window.communs.translateAction(planBox, () => planText(plan), "plan");
    }
    report.textContent = result.report_markdown || "";
    section.hidden = false;
    document.getElementById("titre-consultation-resultats").focus();
  }

  /* The patient plan as text to translate: one paragraph per medication (its column: its dose), then the notes. */
  function planText(plan) {
    const columns = plan.columns || [];
    const keys = ["medicament", "matin", "midi", "soir", "coucher", "autre", "duree"];
    const rows = (plan.rows || []).map((r) => keys.map((k, i) => (r[k] ? (i ? (columns[i] || k) + " : " : "") + r[k] : ""))
      .filter(Boolean).join(" ; ") + ".");
    return rows.concat(plan.notes || []).join("\n\n");
  }

  async function submit(audio, name) {
    alerts.replaceChildren();
    const transcript = textarea.value.trim();
    if (!audio && !transcript) {
      showAlert(alerts, "error", "Collez une transcription ou choisissez un enregistrement.");
      textarea.focus();
      return;
    }
    button.disabled = true;
    section.setAttribute("aria-busy", "true");
    status.textContent = audio ? "Transcription et analyse de « " + name + " » en cours…" : "Analyse en cours…";
    try {
      let response;
      if (audio) {
        const data = new FormData();
        data.append("file", audio, name);
        response = await api("POST", "/v1/apps/consultation", undefined, {body: data});
      } else {
        response = await api("POST", "/v1/apps/consultation", {transcript: transcript});
      }
      const result = await response.json();
      if (audio && result.transcript) textarea.value = result.transcript;
      render(result);
      status.textContent = "Analyse terminée : " + (result.medications || []).length + " médicament(s) prescrit(s).";
    } catch (error) {
      status.textContent = "L’analyse a échoué.";
      showAlert(alerts, "error", error.message);
    } finally {
      button.disabled = false;
      section.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const file = fileInput.files && fileInput.files[0];
    if (file) submit(file, file.name);
    else if (recorded) submit(recorded, "enregistrement.webm");
    else submit(null, "");
  });

  /* Optional in-browser recording, where the browser offers it. */
  if (window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    recordButton.hidden = false;
    recordButton.addEventListener("click", async () => {
      if (recorder && recorder.state === "recording") {
        recorder.stop();
        return;
      }
      try {
        const stream = await navigator.mediaDevices.getUserMedia({audio: true});
        const chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", (e) => { if (e.data.size) chunks.push(e.data); });
        recorder.addEventListener("stop", () => {
          stream.getTracks().forEach((t) => t.stop());
          recorded = new Blob(chunks, {type: recorder.mimeType || "audio/webm"});
          recordButton.textContent = "Enregistrer au micro";
          recordButton.setAttribute("aria-pressed", "false");
          status.textContent = "Enregistrement terminé : cliquez sur « Analyser la consultation ».";
        });
        recorder.start();
        recordButton.textContent = "Arrêter l’enregistrement";
        recordButton.setAttribute("aria-pressed", "true");
        status.textContent = "Enregistrement en cours…";
      } catch (error) {
        showAlert(alerts, "error", "Le micro n’est pas accessible : " + error.message);
      }
    });
  }
})();
