import type { ChatNotice } from "../chat-notice";

// Notices for the chat message tests: each kind of news, and bodies that try the escaping and
// the chats' length limits.

const page = { pageName: "Acme Status", pageUrl: "https://status.acme.example", timeZone: "UTC" };

export const incidentNotice: ChatNotice = {
  ...page,
  about: "incident",
  title: "Slow checkout",
  url: "https://status.acme.example/incidents/inc1",
  headline: "Identified",
  tone: "danger",
  impact: "Major impact",
  body: [
    "We found the cause: a **full disk** on one database node & we are _moving_ data off it.",
    "",
    "- Orders are safe",
    "- Payments retry",
    "",
    "@everyone please hold deploys. <script>alert(1)</script>",
    "Details: [our blog](https://acme.example/blog?a=1&b=2) and [not this](javascript:alert(1)).",
  ].join("\n"),
  components: ["API — Partial outage", "Checkout — Major outage", "Database — Degraded performance"],
  window: null,
  at: new Date("2026-12-02T14:05:00Z"),
};

export const maintenanceNotice: ChatNotice = {
  ...page,
  about: "maintenance",
  title: "Database upgrade",
  url: "https://status.acme.example/incidents/mnt1",
  headline: "Maintenance scheduled",
  tone: "maintenance",
  impact: "Maintenance",
  body: "We are upgrading the primary database.",
  components: ["Database — Under maintenance"],
  window: [new Date("2026-12-05T22:00:00Z"), new Date("2026-12-06T01:30:00Z")],
  at: new Date("2026-12-02T09:00:00Z"),
  timeZone: "Europe/Berlin",
};

export const componentNotice: ChatNotice = {
  ...page,
  about: "component",
  title: "API: Major outage",
  url: "https://status.acme.example",
  headline: "Major outage",
  tone: "danger",
  impact: null,
  body: "",
  components: ["API — Major outage"],
  window: null,
  at: new Date("2026-12-02T14:05:00Z"),
};

export const testNotice: ChatNotice = {
  ...page,
  about: "test",
  title: "Test message from Beacon",
  url: "https://status.acme.example",
  headline: "Test",
  tone: "info",
  impact: null,
  body: "If you can read this, notifications reach this channel.",
  components: [],
  window: null,
  at: new Date("2026-12-02T14:05:00Z"),
};

// 100 units a line (emoji, a link, bold and characters chats escape), 100 lines.
const LINE = "🔥 **Bold** & <tag> [a link](https://acme.example/x?a=1&b=2) text text text text text text text 10.\n";

export const longBodyNotice: ChatNotice = { ...incidentNotice, body: LINE.repeat(100) };
