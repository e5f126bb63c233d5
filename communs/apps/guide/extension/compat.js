/* One extension API for both browsers: Firefox's browser.* (promises), else Chromium's chrome.* (promises
   in Manifest V3 too). Loaded before the background (importScripts in Chromium's service worker, the
   manifest's scripts in Firefox), the content script and the options page. */
"use strict";

globalThis.albertineApi = globalThis.albertineApi || globalThis.browser || globalThis.chrome;
