import { COMPONENT_STATUSES, componentStatusLabel, componentStatusSeverity } from "../../components/status";
import { ACTIVE_MAINTENANCE_STATUSES, UNRESOLVED_INCIDENT_STATUSES } from "../../incidents/incident-record";
import { incidentStatusLabel, statusHeadline } from "../../incidents/labels";

// What the widget says, as browser JavaScript (ES2018) for embed-script.ts: the function
// `noticeFor(summary, base)` turns a summary.json body into { title, lines, href, tone }, or null
// when all is well. The words are the page's own labels, baked in when the script is rendered.
// It runs on other sites' pages, so it reads the body defensively and trusts no field's type.

const MAX_INCIDENTS = 3;
const MAX_NAMES = 3;

// Worst first, so the line a visitor reads first is the most serious one.
const componentOrder = COMPONENT_STATUSES.filter((status) => status !== "operational").sort(
  (a, b) => componentStatusSeverity[b] - componentStatusSeverity[a],
);

const words = {
  component: Object.fromEntries(componentOrder.map((status) => [status, componentStatusLabel[status]])),
  unresolved: Object.fromEntries(UNRESOLVED_INCIDENT_STATUSES.map((status) => [status, incidentStatusLabel[status]])),
  maintenance: Object.fromEntries(ACTIVE_MAINTENANCE_STATUSES.map((status) => [status, statusHeadline("maintenance", status)])),
};

export const EMBED_NOTICE_SOURCE = `function noticeFor(s, base) {
  var W = ${JSON.stringify(words)}, ORDER = ${JSON.stringify(componentOrder)};
  function list(a) { return Array.isArray(a) ? a.filter(function (x) { return x && typeof x === "object"; }) : []; }
  function names(a) {
    var shown = a.slice(0, ${MAX_NAMES}).join(", ");
    return a.length > ${MAX_NAMES} ? shown + " and " + (a.length - ${MAX_NAMES}) + " more" : shown;
  }
  if (!s || typeof s !== "object") return null;
  var lines = [], byStatus = {};
  list(s.components).forEach(function (c) {
    if (c.group === true || !W.component.hasOwnProperty(c.status)) return;
    (byStatus[c.status] = byStatus[c.status] || []).push(String(c.name));
  });
  ORDER.forEach(function (status) {
    if (byStatus[status]) lines.push(W.component[status] + ": " + names(byStatus[status]) + ".");
  });
  var open = list(s.incidents).filter(function (i) { return W.unresolved.hasOwnProperty(i.status); });
  open.slice(0, ${MAX_INCIDENTS}).forEach(function (i) { lines.push(String(i.name) + " \\u2014 " + W.unresolved[i.status]); });
  if (open.length > ${MAX_INCIDENTS}) lines.push("And " + (open.length - ${MAX_INCIDENTS}) + " more incidents.");
  list(s.scheduled_maintenances).forEach(function (m) {
    if (W.maintenance.hasOwnProperty(m.status)) lines.push(W.maintenance[m.status] + ": " + String(m.name) + ".");
  });
  var status = s.status && typeof s.status === "object" ? s.status : {};
  var indicator = typeof status.indicator === "string" ? status.indicator : "none";
  if (lines.length === 0 && indicator === "none") return null;
  var href = base + "/";
  try {
    var url = new URL(s.page.url);
    if (url.protocol === "https:" || url.protocol === "http:") href = url.href;
  } catch (e) {}
  return {
    title: typeof status.description === "string" && indicator !== "none" ? status.description : "Service notice",
    lines: lines,
    href: href,
    tone: indicator === "maintenance" ? "maintenance" : indicator === "minor" ? "minor" : "major"
  };
}`;
