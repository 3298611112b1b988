import type { ComponentStatus } from "../../../components/status";
import type { V2Component, V2Incident, V2Status } from "../../../status-page/v2/types";

// Statuspage's webhook bodies, so receivers written for Statuspage work unchanged: meta, the
// page's roll-up, and either the incident exactly as /api/v2 serialises it, or the component
// (as in components.json) with the status change it went through.

export type WebhookMeta = { unsubscribe: string; documentation: string; generated_at: string };
export type WebhookPage = { id: string; status_indicator: V2Status["indicator"]; status_description: string };

export type V2ComponentUpdate = {
  id: string;
  component_id: string;
  component_type: "Component";
  old_status: ComponentStatus | null;
  new_status: ComponentStatus;
  created_at: string;
};

export type IncidentWebhookPayload = { meta: WebhookMeta; page: WebhookPage; incident: V2Incident };
export type ComponentWebhookPayload = { meta: WebhookMeta; page: WebhookPage; component: V2Component; component_update: V2ComponentUpdate };
// Sent only by "send a test message" on the dashboard: no incident, no component, so a receiver
// written for Statuspage ignores it rather than act on it.
export type TestWebhookPayload = { meta: WebhookMeta; page: WebhookPage; test: { message: string; created_at: string } };
export type WebhookPayload = IncidentWebhookPayload | ComponentWebhookPayload | TestWebhookPayload;

/** The page as chat messages name it (webhook payloads carry its id only). */
export type ContentPage = { name: string; url: string; timeZone: string };

/** What a notification's webhooks carry, the same for every endpoint it goes to. */
export type WebhookContent = { pageId: string; page: ContentPage; status: V2Status; documentationUrl: string } & (
  | { about: "incident"; incident: V2Incident }
  | { about: "component"; component: V2Component; componentUpdate: V2ComponentUpdate }
  | { about: "test"; message: string }
);

export type PayloadInput = { unsubscribeUrl: string; generatedAt: Date };

export function buildWebhookPayload(content: WebhookContent, input: PayloadInput): WebhookPayload {
  const meta = { unsubscribe: input.unsubscribeUrl, documentation: content.documentationUrl, generated_at: input.generatedAt.toISOString() };
  const page = { id: content.pageId, status_indicator: content.status.indicator, status_description: content.status.description };
  if (content.about === "component") return { meta, page, component: content.component, component_update: content.componentUpdate };
  if (content.about === "test") return { meta, page, test: { message: content.message, created_at: meta.generated_at } };
  return { meta, page, incident: content.incident };
}
