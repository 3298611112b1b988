import type { CreatedSubscriber } from "../../lib/subscribers/create-subscriber";
import type { SubscriberResponse } from "./response-schemas";

// A subscriber just added, as POST /api/v1/subscribers answers (Statuspage calls the channel `mode`).

export function serializeCreatedSubscriber(subscriber: CreatedSubscriber): SubscriberResponse {
  return {
    id: subscriber.id,
    mode: subscriber.channel,
    email: subscriber.email,
    endpoint: subscriber.endpoint,
    state: subscriber.state,
    components: subscriber.componentIds,
    skip_confirmation_notification: subscriber.skipConfirmation,
    signing_secret: subscriber.signingSecret,
    created_at: subscriber.createdAt.toISOString(),
  };
}
