// Why a webhook was not taken, as classify-webhook-error.ts reads them.

/** Not sent at all: the endpoint is not one Beacon may call (scheme, or a private address). */
export class WebhookRefusedError extends Error {
  override name = "WebhookRefusedError";
}

/** The stored signing secret cannot be opened (sealed with another instance secret). */
export class WebhookSecretError extends Error {
  override name = "WebhookSecretError";
  constructor() {
    super("the signing secret cannot be read: it was sealed with another instance secret (SESSION_SECRET changed?)");
  }
}

/** The receiver answered, but not with a 2xx. */
export class WebhookResponseError extends Error {
  override name = "WebhookResponseError";
  constructor(readonly status: number) {
    super(`the endpoint answered HTTP ${status}`);
  }
}

/** No answer within the timeout. */
export class WebhookTimeoutError extends Error {
  override name = "WebhookTimeoutError";
  constructor(ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}
