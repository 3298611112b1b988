import { ALERTMANAGER_BODY_LIMIT } from "@/lib/alerts/receiver-config";
import { receiveAlertmanagerWebhook } from "@/lib/alerts/receive-alertmanager-webhook";
import { jsonResponse } from "@/web/rest/http";
import { readJsonBody } from "@/web/rest/read-json-body";
import { withApiToken } from "@/web/rest/with-api-token";

export const dynamic = "force-dynamic";

// Prometheus Alertmanager's webhook receiver (payload version 4), authenticated by an API token
// it sends as a bearer token. Any 2xx tells Alertmanager the notification was taken.
export const POST = withApiToken(async (request, { actor }) => {
  const body = await readJsonBody(request, { limit: ALERTMANAGER_BODY_LIMIT });
  return jsonResponse(200, await receiveAlertmanagerWebhook(actor, body));
});
