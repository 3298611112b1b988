import type { V2Incident, V2Status } from "../../../status-page/v2/types";

// Statuspage's webhook body for an incident update, so receivers written for Statuspage work
// unchanged: meta, the page's roll-up, and the incident exactly as /api/v2 serialises it.

export type WebhookPayload = {
  meta: { unsubscribe: string; documentation: string; generated_at: string };
  page: { id: string; status_indicator: V2Status["indicator"]; status_description: string };
  incident: V2Incident;
};

export type IncidentPayloadInput = {
  pageId: string;
  status: V2Status;
  incident: V2Incident;
  unsubscribeUrl: string;
  documentationUrl: string;
  generatedAt: Date;
};

export function buildIncidentPayload(input: IncidentPayloadInput): WebhookPayload {
  return {
    meta: { unsubscribe: input.unsubscribeUrl, documentation: input.documentationUrl, generated_at: input.generatedAt.toISOString() },
    page: { id: input.pageId, status_indicator: input.status.indicator, status_description: input.status.description },
    incident: input.incident,
  };
}
