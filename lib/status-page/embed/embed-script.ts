import { EMBED_NOTICE_SOURCE } from "./embed-notice";

// /embed.js: one <script> tag on a webmaster's own site shows a small notice while anything on
// the status page is wrong, and nothing otherwise. Plain ES2018 with no build step, kept well
// under 5 KB gzipped (a test checks). It runs inside someone else's page, so it never throws
// there, sets no cookie, stores only which notice was dismissed (sessionStorage), and puts
// every text from summary.json in with textContent. The notice lives in a shadow root, so the
// host page's CSS and ours leave each other alone.

export const EMBED_CONTENT_TYPE = "text/javascript; charset=utf-8";
export const RECHECK_MS = 60_000;

const css = `:host{all:initial}
.n{position:fixed;bottom:16px;right:16px;z-index:2147483647;box-sizing:border-box;width:max-content;max-width:min(360px,calc(100vw - 32px));margin:0;padding:12px 48px 12px 14px;border:1px solid #d0d5dd;border-left:4px solid #b42318;border-radius:8px;background:#fff;color:#1d2939;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;overflow-wrap:anywhere;box-shadow:0 4px 16px rgba(16,24,40,.18)}
.left{right:auto;left:16px}
.minor{border-left-color:#b54708}
.maintenance{border-left-color:#175cd3}
p{margin:0 0 4px}
.t{font-weight:600}
a{color:#175cd3;text-decoration:underline}
button{position:absolute;top:6px;right:6px;width:32px;height:32px;padding:0;border:0;border-radius:6px;background:transparent;color:inherit;font-family:inherit;font-size:20px;line-height:1;cursor:pointer}
button:hover{background:rgba(128,128,128,.18)}
a:focus-visible,button:focus-visible{outline:2px solid currentColor;outline-offset:2px}
.pre{opacity:0}
@media (prefers-reduced-motion:no-preference){.n{transition:opacity .2s,transform .2s}.pre{transform:translateY(8px)}}
@media (prefers-color-scheme:dark){.n{background:#1d2939;color:#f2f4f7;border-color:#475467}a{color:#84caff}}
@media print{.n{display:none}}`;

// A string literal safe anywhere in a script, also for ES2018 engines, where a raw U+2028 or
// U+2029 inside a string is a syntax error.
function literal(value: string): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The widget's source; `baseUrl` (BEACON_URL) is used only when the script cannot find its own address. */
export function renderEmbedScript(baseUrl: string): string {
  return `/* Beacon status notice: shows what is wrong while anything is; nothing otherwise. */
(function () {
  "use strict";
  try {
    var me = document.currentScript, base = ${literal(baseUrl.replace(/\/+$/, ""))};
    // The folder the script was loaded from: Beacon may be served under a path.
    try { if (me && me.src) base = new URL(".", me.src).href.replace(/\\/+$/, ""); } catch (e) {}
    var side = me && me.getAttribute("data-position") === "bottom-left" ? " left" : "";
    var CSS = ${literal(css)};
    var KEY = "beacon-embed-dismissed:" + base, host = null, box, live, link, shown = null, back = null, timer, last = 0;
    ${EMBED_NOTICE_SOURCE}
    function hash(n) {
      var text = [n.title].concat(n.lines).join("\\n"), h = 5381;
      for (var i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
      return (h >>> 0).toString(36) + "." + text.length;
    }
    function dismissed() { try { return window.sessionStorage.getItem(KEY); } catch (e) { return null; } }
    function el(tag, attrs) {
      var node = document.createElement(tag);
      for (var k in attrs) node.setAttribute(k, attrs[k]);
      return node;
    }
    function build() {
      host = document.createElement("beacon-status-notice");
      var root = host.attachShadow({ mode: "open" });
      // A constructed sheet is not blocked by a host page's style-src policy; a <style> is the fallback.
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } catch (e) {
        root.appendChild(el("style", {})).textContent = CSS;
      }
      box = root.appendChild(el("aside", { "aria-label": "Service status", "class": "n pre" + side }));
      live = box.appendChild(el("div", { role: "status", "aria-live": "polite" }));
      link = box.appendChild(el("a", {}));
      link.textContent = "See status page";
      var close = box.appendChild(el("button", { type: "button", "aria-label": "Close status notice" }));
      close.textContent = "\\u00d7";
      close.addEventListener("click", dismiss);
      box.addEventListener("keydown", function (e) { if (e.key === "Escape") dismiss(); });
      // Where focus came from, to hand it back when the notice closes under it.
      box.addEventListener("focusin", function (e) { if (e.relatedTarget && !box.contains(e.relatedTarget)) back = e.relatedTarget; });
      document.body.appendChild(host);
    }
    function fill(n) {
      // Filled a moment after the region is in the page, so screen readers announce it.
      setTimeout(function () {
        try {
          live.textContent = "";
          live.appendChild(el("p", { "class": "t" })).textContent = n.title;
          n.lines.forEach(function (line) { live.appendChild(el("p", {})).textContent = line; });
          link.setAttribute("href", n.href);
          box.setAttribute("class", "n " + n.tone + side);
        } catch (e) {}
      }, 50);
    }
    function hide() {
      if (host && host.parentNode) host.parentNode.removeChild(host);
      host = null;
      shown = null;
    }
    function show(n) {
      var key = hash(n);
      if (key === dismissed()) return hide();
      if (key === shown) return;
      if (!host) build();
      shown = key;
      fill(n);
    }
    function dismiss() {
      try {
        var focused = host && host.shadowRoot.activeElement;
        try { window.sessionStorage.setItem(KEY, shown); } catch (e) {}
        hide();
        if (focused && back && back.isConnected) back.focus();
      } catch (e) {}
    }
    function check() {
      last = Date.now();
      return fetch(base + "/api/v2/summary.json", { credentials: "omit" })
        .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
        .then(function (s) {
          var n = noticeFor(s, base);
          if (!n) return hide();
          if (document.body) show(n);
          else document.addEventListener("DOMContentLoaded", function () { try { show(n); } catch (e) {} });
        })
        .catch(function () {});
    }
    // Every minute while the page is visible; a page coming back after longer checks at once.
    function plan() {
      clearTimeout(timer);
      if (document.hidden) return;
      timer = setTimeout(tick, Math.max(0, last + ${RECHECK_MS} - Date.now()));
    }
    function tick() { check().then(plan).catch(function () {}); }
    document.addEventListener("visibilitychange", function () { try { plan(); } catch (e) {} });
    tick();
  } catch (e) {}
})();
`;
}
