// Why an HTTP delivery (a webhook, a chat channel) was not taken, as classify-http-error.ts reads them.

/** Not sent at all: the endpoint is not one Beacon may call (scheme, or a private address). */
export class EndpointRefusedError extends Error {
  override name = "EndpointRefusedError";
}

/** What the delivery needs is stored sealed and cannot be opened (sealed with another instance secret). */
export class SealedSecretError extends Error {
  override name = "SealedSecretError";
  constructor(what = "the signing secret") {
    super(`${what} cannot be read: it was sealed with another instance secret (SESSION_SECRET changed?)`);
  }
}

/** The receiver answered, but not with a 2xx. `answer`: the start of what it said ("no_service"). */
export class EndpointAnswerError extends Error {
  override name = "EndpointAnswerError";
  constructor(
    readonly status: number,
    readonly answer = "",
  ) {
    super(`the endpoint answered HTTP ${status}${answer ? `: ${answer}` : ""}`);
  }
}

/** No answer within the timeout. */
export class EndpointTimeoutError extends Error {
  override name = "EndpointTimeoutError";
  constructor(ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}
