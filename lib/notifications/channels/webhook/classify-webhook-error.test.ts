import { describe, expect, it } from "vitest";
import { classifyWebhookError } from "./classify-webhook-error";
import { WebhookRefusedError, WebhookResponseError, WebhookSecretError, WebhookTimeoutError } from "./webhook-errors";

describe("classifyWebhookError", () => {
  it.each([
    [new WebhookResponseError(500), "retry"],
    [new WebhookResponseError(503), "retry"],
    [new WebhookResponseError(429), "retry"],
    [new WebhookResponseError(408), "retry"],
    [new WebhookResponseError(301), "give_up"],
    [new WebhookResponseError(302), "give_up"],
    [new WebhookResponseError(400), "give_up"],
    [new WebhookResponseError(404), "give_up"],
    [new WebhookResponseError(410), "recipient_gone"],
    [new WebhookRefusedError("private"), "give_up"],
    [new WebhookSecretError(), "give_up"],
    [new WebhookTimeoutError(10_000), "retry"],
    [Object.assign(new Error("connect ECONNREFUSED 203.0.113.1:443"), { code: "ECONNREFUSED" }), "retry"],
  ])("%s → %s", (error, verdict) => {
    const failure = classifyWebhookError(error);
    expect(failure.verdict).toBe(verdict);
    // One endpoint down says nothing of the others: never stop the whole batch.
    expect(failure.unreachable).toBeUndefined();
  });
});
