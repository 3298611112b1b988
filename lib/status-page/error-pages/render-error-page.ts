import { formatDateTime } from "../../time/format-time";
import type { SupportContact } from "../support-contact";
import { ERROR_PAGE_WORDS, type ErrorCode } from "./error-page-words";
import type { SummaryNotice, SummaryView } from "./summary-view";

// The page a proxy serves instead of its bare "502 Bad Gateway": self-contained (inline style
// and script, no other request needed to show it), light and dark, complete without
// JavaScript. With JavaScript it refreshes the status from summary.json every 30 s and goes
// back to the page the visitor wanted once the site answers again.

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// Update bodies are markdown; the error page shows their words without the marks.
export function plainWords(markdown: string): string {
  return markdown.replace(/[*_`#>]+/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim();
}

const statusWords = (status: string) => status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, " ");

function when(at: string, timeZone: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? "" : formatDateTime(date, timeZone);
}

function noticeHtml(notice: SummaryNotice, timeZone: string): string {
  const name = notice.url ? `<a href="${escapeHtml(notice.url)}">${escapeHtml(notice.name)}</a>` : escapeHtml(notice.name);
  const latest = notice.latest
    ? `<p>${escapeHtml(plainWords(notice.latest.body))}</p><p class="muted">${escapeHtml(statusWords(notice.status))} · <time datetime="${escapeHtml(notice.latest.at)}">${escapeHtml(when(notice.latest.at, timeZone))}</time></p>`
    : "";
  return `<li><h3>${name}</h3>${latest}</li>`;
}

export function statusHtml(view: SummaryView): string {
  const notices = view.notices.length
    ? `<ul class="notices">${view.notices.map((notice) => noticeHtml(notice, view.timeZone)).join("")}</ul>`
    : `<p>No incident has been posted yet. If this lasts, our team will post one on the status page.</p>`;
  return `<p class="status status-${escapeHtml(view.indicator)}"><strong>${escapeHtml(view.description)}</strong></p>${notices}`;
}

const STYLE = `:root{color-scheme:light dark;--fg:#0f172a;--muted:#475569;--bg:#fff;--card:#f8fafc;--line:#cbd5e1;--accent:#b91c1c}
@media (prefers-color-scheme:dark){:root{--fg:#f1f5f9;--muted:#cbd5e1;--bg:#020617;--card:#0f172a;--line:#334155;--accent:#fca5a5}}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:0}a{color:inherit}
.muted{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem}.card h2{margin-top:0}
.status{border-left:4px solid var(--accent);padding-left:.75rem}.status-none{border-color:#15803d}.notices{list-style:none;padding:0;margin:0}.notices li{margin-top:1rem}`;

function refreshScript(statusUrl: string): string {
  const url = JSON.stringify(`${statusUrl.replace(/\/$/, "")}/api/v2/summary.json`).replace(/</g, "\\u003c");
  return `(function(){var box=document.getElementById("live");if(!window.fetch||!box)return;
function el(tag,text,cls){var n=document.createElement(tag);if(text)n.textContent=text;if(cls)n.className=cls;return n}
function plain(s){return String(s||"").replace(/[*_\`#>]+/g,"").replace(/\\s+/g," ").trim()}
function show(s){var st=s.status||{},list=[].concat(s.incidents||[],(s.scheduled_maintenances||[]).filter(function(m){return m.status==="in_progress"||m.status==="verifying"}));
var out=document.createDocumentFragment(),p=el("p","","status status-"+(st.indicator||"none"));p.appendChild(el("strong",st.description||""));out.appendChild(p);
if(!list.length)out.appendChild(el("p","No incident has been posted yet. If this lasts, our team will post one on the status page."));
else{var ul=el("ul","","notices");list.forEach(function(i){var li=el("li"),h=el("h3"),u=(i.incident_updates||[])[0];
if(i.shortlink){var a=el("a",i.name);a.href=i.shortlink;h.appendChild(a)}else h.textContent=i.name;li.appendChild(h);
if(u){li.appendChild(el("p",plain(u.body)));var at=new Date(u.display_at||u.created_at);var w=String(i.status||"").replace(/_/g," ");li.appendChild(el("p",w.charAt(0).toUpperCase()+w.slice(1)+" · "+(isNaN(at)?"":at.toLocaleString()),"muted"))}ul.appendChild(li)});out.appendChild(ul)}
box.replaceChildren(out)}
function tick(){fetch(${url},{cache:"no-store",credentials:"omit"}).then(function(r){return r.json()}).then(show).catch(function(){});
fetch(location.href,{method:"HEAD",cache:"no-store"}).then(function(r){if(r.status<500)location.reload()}).catch(function(){})}
setInterval(tick,30000)})();`;
}

function supportTip(support: SupportContact | null): string {
  if (!support) return "";
  const contact = support.kind === "text" ? escapeHtml(support.value) : `<a href="${escapeHtml(support.href)}">${escapeHtml(support.value)}</a>`;
  return `<li>Need help now, or something could not wait? Reach our support: ${contact}.</li>`;
}

export function renderErrorPage(code: ErrorCode, view: SummaryView, support: SupportContact | null = null): string {
  const words = ERROR_PAGE_WORDS[code];
  const tips = words.tips.map((tip) => `<li>${escapeHtml(tip)}</li>`).join("") + supportTip(support);
  const statusUrl = escapeHtml(view.pageUrl);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(words.title)} · ${escapeHtml(view.pageName)}</title><meta name="robots" content="noindex"><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.meaning)}</p>
<h2>What you can do</h2><ul>${tips}</ul>
<section class="card" aria-labelledby="status-heading"><h2 id="status-heading">Current status</h2>
<div id="live" aria-live="polite">${statusHtml(view)}</div>
<p class="muted">${view.updatedAt ? `As of <time datetime="${escapeHtml(view.updatedAt)}">${escapeHtml(when(view.updatedAt, view.timeZone))}</time>. ` : ""}Follow every update on <a href="${statusUrl}">the status page of ${escapeHtml(view.pageName)}</a>.</p></section>
</main><script>${refreshScript(view.pageUrl)}</script></body></html>
`;
}
