// The webhook requests Beacon sends to webhook subscribers, for the OpenAPI document's
// `webhooks` section (OpenAPI 3.1): what a receiver gets and how to check it came from us.

const text = { type: "string" } as const;

const common = {
  meta: {
    type: "object",
    required: ["unsubscribe", "documentation", "generated_at"],
    properties: {
      unsubscribe: { ...text, format: "uri", description: "Opens the page that ends this subscription." },
      documentation: { ...text, format: "uri", description: "This document." },
      generated_at: { ...text, format: "date-time" },
    },
  },
  page: {
    type: "object",
    required: ["id", "status_indicator", "status_description"],
    properties: {
      id: text,
      status_indicator: { enum: ["none", "minor", "major", "critical", "maintenance"] },
      status_description: { ...text, description: "As /api/v2/status.json words it, e.g. Partial System Outage." },
    },
  },
} as const;

const componentStatus = { enum: ["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"] } as const;

const incidentPayload = {
  type: "object",
  required: ["meta", "page", "incident"],
  properties: {
    ...common,
    incident: {
      type: "object",
      description:
        "The incident (or maintenance) exactly as /api/v2/incidents.json serialises it; incident_updates, newest first, end at the update announced.",
    },
  },
} as const;

const componentPayload = {
  type: "object",
  required: ["meta", "page", "component", "component_update"],
  properties: {
    ...common,
    component: { type: "object", description: "The component as /api/v2/components.json serialises it, with its status after the change." },
    component_update: {
      type: "object",
      required: ["id", "component_id", "component_type", "old_status", "new_status", "created_at"],
      properties: {
        id: { ...text, description: "The change's id: the same on every retry, unique per change." },
        component_id: text,
        component_type: { const: "Component" },
        old_status: componentStatus,
        new_status: componentStatus,
        created_at: { ...text, format: "date-time" },
      },
    },
  },
} as const;

const delivery = [
  "Only a 2xx answer counts as delivered (a redirect is a failure and is not followed); other answers and timeouts (10 s) are retried with backoff, 410 Gone ends the subscription.",
  "`X-Beacon-Signature: t=<unix seconds>,v1=<hex>` where v1 is HMAC-SHA256 of `<t>.<raw body>` keyed with the endpoint's signing secret (shown once when the subscriber was added).",
  "`X-Beacon-Delivery` is the same on every retry of one delivery.",
  "An endpoint whose deliveries fail for good (retries exhausted, or another 3xx/4xx) for 3 notifications in a row is disabled and its owner told once by email; subscribing it again through POST /api/v1/subscribers enables it.",
].join(" ");

const parameters = [
  { name: "X-Beacon-Signature", in: "header", required: true, schema: { ...text, pattern: "^t=\\d+,v1=[0-9a-f]{64}$" } },
  { name: "X-Beacon-Delivery", in: "header", required: true, schema: text },
];

const responses = { "200": { description: "Any 2xx: taken." } };

export const webhookOperations = {
  incidentUpdate: {
    post: {
      operationId: "incidentUpdateWebhook",
      summary: "An incident or maintenance update, to a webhook subscriber",
      description: `Sent to each webhook subscriber when an incident or maintenance they follow gets an update, with Atlassian Statuspage's webhook body. ${delivery}`,
      tags: ["Subscribers"],
      parameters,
      requestBody: { required: true, content: { "application/json": { schema: incidentPayload } } },
      responses,
    },
  },
  componentUpdate: {
    post: {
      operationId: "componentUpdateWebhook",
      summary: "A component's status change, to a webhook subscriber",
      description: `Sent to each webhook subscriber of the whole page or of that component when its status changes (by hand, through the API, an incident or a monitor), with Atlassian Statuspage's component webhook body. ${delivery}`,
      tags: ["Subscribers"],
      parameters,
      requestBody: { required: true, content: { "application/json": { schema: componentPayload } } },
      responses,
    },
  },
};
