import type { ClassifiedFailure } from "../../outbox/channel";
import { describeFailure } from "../../outbox/describe-failure";
import { EndpointRefusedError, EndpointAnswerError, SealedSecretError } from "./http-errors";

// What a failed webhook means. One endpoint down says nothing of the others, so no failure
// marks the channel unreachable: the worker goes on with the rest of its batch.

const RETRY_STATUSES = new Set([408, 425, 429]);

export function classifyHttpError(error: unknown): ClassifiedFailure {
  const message = describeFailure(error instanceof Error ? error.message : String(error));
  if (error instanceof EndpointRefusedError || error instanceof SealedSecretError) return { verdict: "give_up", message };
  if (error instanceof EndpointAnswerError) {
    // 410 Gone: the receiver says the endpoint is no more, as Statuspage's receivers may.
    if (error.status === 410) return { verdict: "recipient_gone", message };
    if (error.status >= 500 || RETRY_STATUSES.has(error.status)) return { verdict: "retry", message };
    // A redirect or another 4xx: the same request would get the same answer.
    return { verdict: "give_up", message };
  }
  // No answer (refused, reset, timed out, DNS): the receiver may be back later.
  return { verdict: "retry", message };
}
