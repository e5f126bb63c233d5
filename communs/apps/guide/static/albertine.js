/* The Albertine page: shows this server's address, the one to set in the extension's options. */
"use strict";

(function () {
  const where = document.getElementById("adresse-serveur");
  if (where) where.textContent = window.location.origin;
})();
