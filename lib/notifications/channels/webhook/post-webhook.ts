import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedEndpoint } from "./resolve-endpoint";
import { WebhookResponseError, WebhookTimeoutError } from "./webhook-errors";

// One POST to an endpoint already resolved and checked. The socket connects to that address
// whatever the host name resolves to now; TLS still checks the certificate against the name.
// Redirects are not followed: only a 2xx counts as delivered.

export type PostWebhook = {
  target: ResolvedEndpoint;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** An agent whose sockets all go to target.address (address-agents.ts); none: a fresh connection. */
  agent?: http.Agent;
};

function pinnedLookup({ address, family }: ResolvedEndpoint): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/** Resolves with the status once a 2xx arrives; rejects with WebhookResponseError, WebhookTimeoutError or the socket's error. */
const MAX_ANSWER_BYTES = 64 * 1024;

export function postWebhook({ target, body, headers, timeoutMs, agent }: PostWebhook): Promise<number> {
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(target.url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      lookup: pinnedLookup(target),
      // Only a pool of this very address: a socket of another pool may lead elsewhere.
      agent: agent ?? false,
    });
    const timer = setTimeout(() => request.destroy(new WebhookTimeoutError(timeoutMs)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      // The answer's body is not needed; reading it to the end frees a kept-alive connection.
      // One that does not end within the time left, or runs past MAX_ANSWER_BYTES, costs the
      // connection instead of holding it (the outcome is already settled by the status).
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_ANSWER_BYTES) request.destroy();
      });
      response.on("end", () => clearTimeout(timer));
      response.on("error", () => {});
      if (status >= 200 && status < 300) resolve(status);
      else reject(new WebhookResponseError(status));
    });
    request.end(body);
  });
}
