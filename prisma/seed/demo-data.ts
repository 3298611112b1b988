import type {
  ComponentStatus,
  Impact,
  IncidentKind,
  IncidentStatus,
} from "../../generated/sqlite/client/enums.ts";

// What `seed-demo` writes, kept apart from the code that writes it. Times are fixed offsets
// from the seed's `now` (never random), so tests and screenshots see the same history.

export const HISTORY_DAYS = 90;

export const DEMO_PAGE = {
  name: "Acme Status",
  siteUrl: "https://www.acme.example",
  timeZone: "Europe/Berlin",
  supportContact: "support@acme.example",
};

export type DemoGroup = {
  name: string;
  description: string;
  components: { name: string; description: string }[];
};

export const DEMO_GROUPS: DemoGroup[] = [
  {
    name: "Website",
    description: "The shop customers browse.",
    components: [
      { name: "Storefront", description: "Product pages, categories and the home page." },
      { name: "Search", description: "Product search and suggestions while typing." },
    ],
  },
  {
    name: "API",
    description: "For partners and integrations.",
    components: [
      { name: "REST API", description: "api.acme.example, version 2." },
      { name: "Webhooks", description: "Order and stock events sent to partner endpoints." },
    ],
  },
  {
    name: "Checkout",
    description: "From cart to paid order.",
    components: [
      { name: "Cart", description: "Adding items, quantities and discount codes." },
      { name: "Payments", description: "Card, PayPal and invoice payments." },
    ],
  },
  {
    name: "Email",
    description: "Messages we send to customers.",
    components: [
      { name: "Transactional email", description: "Order confirmations, shipping notices, password resets." },
      { name: "Newsletters", description: "Marketing email and product announcements." },
    ],
  },
];

/** A point in time `daysAgo` days before the seed day, at hh:mm UTC. */
export type DemoTime = { daysAgo: number; hour: number; minute: number };

// Short outages set by hand, spread over the 90 days. None overlaps the incident or the
// maintenance below on the same component, so each component's log reads as one chain.
export type DemoOutage = { component: string; status: ComponentStatus; at: DemoTime; minutes: number };

export const DEMO_OUTAGES: DemoOutage[] = [
  { component: "Search", status: "degraded_performance", at: { daysAgo: 71, hour: 9, minute: 12 }, minutes: 35 },
  { component: "Webhooks", status: "partial_outage", at: { daysAgo: 52, hour: 16, minute: 40 }, minutes: 90 },
  { component: "Storefront", status: "major_outage", at: { daysAgo: 38, hour: 3, minute: 5 }, minutes: 12 },
  { component: "Transactional email", status: "degraded_performance", at: { daysAgo: 17, hour: 11, minute: 20 }, minutes: 55 },
  { component: "REST API", status: "partial_outage", at: { daysAgo: 9, hour: 20, minute: 45 }, minutes: 25 },
];

export type DemoUpdate = {
  status: IncidentStatus;
  /** Minutes after the event starts; negative for an announcement made beforehand. */
  minutes: number;
  body: string;
  changes?: { component: string; to: ComponentStatus }[];
};

export type DemoEvent = {
  kind: IncidentKind;
  name: string;
  impact: Impact;
  start: DemoTime;
  /** Length of the maintenance window in minutes; unplanned incidents have none. */
  windowMinutes?: number;
  components: string[];
  updates: DemoUpdate[];
};

export const DEMO_INCIDENT: DemoEvent = {
  kind: "incident",
  name: "502 Bad Gateway on checkout",
  impact: "major",
  start: { daysAgo: 3, hour: 14, minute: 7 },
  components: ["Cart", "Payments"],
  updates: [
    {
      status: "investigating",
      minutes: 0,
      body:
        "Many customers get a **502 Bad Gateway** error when they update their cart or pay. " +
        "A 502 means our load balancer asked the checkout application servers for an answer " +
        "and got back an invalid one, or none at all.\n\nWe are looking into it.",
      changes: [
        { component: "Cart", to: "partial_outage" },
        { component: "Payments", to: "major_outage" },
      ],
    },
    {
      status: "identified",
      minutes: 19,
      body:
        "We found the cause. Today's checkout release started more worker processes per " +
        "server than the payments database allows connections. Workers that could not get a " +
        "connection crashed in the middle of a request, and the load balancer answered those " +
        "requests with a 502.\n\nWe are rolling the release back.",
    },
    {
      status: "monitoring",
      minutes: 41,
      body:
        "The previous release is back on every checkout server and the error rate has " +
        "dropped to normal. Payments that showed an error during this time were **not** " +
        "charged; you can simply try again.\n\nWe are watching checkout closely.",
    },
    {
      status: "resolved",
      minutes: 78,
      body:
        "Checkout has worked normally for more than half an hour, so we are closing this " +
        "incident. For about 40 minutes, roughly one payment attempt in three failed.\n\n" +
        "If an order shows as failed but you were charged, write to support@acme.example and " +
        "we will put it right. Our release checks now compare worker counts with the " +
        "database's connection limit, so a release like this one is stopped before it ships.",
      changes: [
        { component: "Cart", to: "operational" },
        { component: "Payments", to: "operational" },
      ],
    },
  ],
};

export const DEMO_MAINTENANCE: DemoEvent = {
  kind: "maintenance",
  name: "Database upgrade",
  impact: "maintenance",
  start: { daysAgo: 24, hour: 2, minute: 0 },
  windowMinutes: 120,
  components: ["REST API", "Webhooks"],
  updates: [
    {
      status: "scheduled",
      minutes: -7 * 24 * 60 + 8 * 60,
      body:
        "We will upgrade the database cluster behind our API to a new major version. " +
        "During the window, API requests may be slower than usual and webhooks may arrive a " +
        "few minutes late; none will be lost.\n\nThe shop and checkout are not affected.",
    },
    {
      status: "in_progress",
      minutes: 0,
      body: "The upgrade has started. We will post here when it is done.",
      changes: [
        { component: "REST API", to: "under_maintenance" },
        { component: "Webhooks", to: "under_maintenance" },
      ],
    },
    {
      status: "completed",
      minutes: 64,
      body:
        "The upgrade is finished and the API is answering at its usual speed. The webhooks " +
        "held back during the upgrade have all been delivered.",
      changes: [
        { component: "REST API", to: "operational" },
        { component: "Webhooks", to: "operational" },
      ],
    },
  ],
};

export const DEMO_EVENTS: DemoEvent[] = [DEMO_MAINTENANCE, DEMO_INCIDENT];
