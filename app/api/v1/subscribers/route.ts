import { jsonResponse } from "@/web/rest/http";
import { readJsonBody, unwrapBody } from "@/web/rest/read-json-body";
import { BODY_WRAPPERS, createSubscriberBody } from "@/web/rest/request-schemas";
import { serializeCreatedSubscriber } from "@/web/rest/serialize-subscriber";
import { withApiToken } from "@/web/rest/with-api-token";
import { createSubscriber } from "@/lib/subscribers/create-subscriber";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

// Statuspage's management-API body, wrapped as {"subscriber": {...}} or plain: an email
// subscriber, or a webhook (endpoint plus its owner's email).
export const POST = withApiToken(async (request, { actor }) => {
  const body = unwrapBody(await readJsonBody(request), BODY_WRAPPERS.subscriber);
  const { component_ids, skip_confirmation_notification, ...input } = parseInput(createSubscriberBody, body);
  const created = await createSubscriber(actor, { ...input, componentIds: component_ids, skipConfirmation: skip_confirmation_notification });
  // No Location: subscribers are personal data, so the API offers no way to read one back.
  return jsonResponse(201, serializeCreatedSubscriber(created));
});
