import { describe, expect, it } from "vitest";
import { classifyHttpError } from "./classify-http-error";
import { EndpointRefusedError, EndpointAnswerError, SealedSecretError, EndpointTimeoutError } from "./http-errors";

describe("classifyHttpError", () => {
  it.each([
    [new EndpointAnswerError(500), "retry"],
    [new EndpointAnswerError(503), "retry"],
    [new EndpointAnswerError(429), "retry"],
    [new EndpointAnswerError(408), "retry"],
    [new EndpointAnswerError(301), "give_up"],
    [new EndpointAnswerError(302), "give_up"],
    [new EndpointAnswerError(400), "give_up"],
    [new EndpointAnswerError(404), "give_up"],
    [new EndpointAnswerError(410), "recipient_gone"],
    [new EndpointRefusedError("private"), "give_up"],
    [new SealedSecretError(), "give_up"],
    [new EndpointTimeoutError(10_000), "retry"],
    [Object.assign(new Error("connect ECONNREFUSED 203.0.113.1:443"), { code: "ECONNREFUSED" }), "retry"],
  ])("%s → %s", (error, verdict) => {
    const failure = classifyHttpError(error);
    expect(failure.verdict).toBe(verdict);
    // One endpoint down says nothing of the others: never stop the whole batch.
    expect(failure.unreachable).toBeUndefined();
  });
});
