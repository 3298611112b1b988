import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { EndpointAnswerError, EndpointTimeoutError } from "./http-errors";
import type { ResolvedEndpoint } from "./resolve-endpoint";

// One POST to an endpoint already resolved and checked. The socket connects to that address
// whatever the host name resolves to now; TLS still checks the certificate against the name.
// Redirects are not followed: only a 2xx counts as delivered.

export type PostJson = {
  target: ResolvedEndpoint;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** An agent whose sockets all go to target.address (address-agents.ts); none: a fresh connection. */
  agent?: http.Agent;
};

/** What the receiver said: its status, and the start of its body ("ok", "no_service"), trimmed to one line. */
export type Answer = { status: number; text: string };

// Enough to read a chat's error word or a short JSON message; the rest is not kept.
const ANSWER_TEXT_BYTES = 200;
// Read past the kept text (so a kept-alive connection is free again), up to this much.
const MAX_ANSWER_BYTES = 64 * 1024;

function pinnedLookup({ address, family }: ResolvedEndpoint): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function answerText(chunks: Buffer[]): string {
  const text = Buffer.concat(chunks).subarray(0, ANSWER_TEXT_BYTES).toString("utf8");
  return text.replace(/\uFFFD+$/, "").replace(/\s+/g, " ").trim();
}

/**
 * Resolves with the answer once a 2xx has been read (to its end, its first 64 KB, or the time
 * left); rejects with EndpointAnswerError (another status), EndpointTimeoutError (no status
 * in time) or the socket's error.
 */
export function postJson({ target, body, headers, timeoutMs, agent }: PostJson): Promise<Answer> {
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    let status: number | null = null;
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let received = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    // The status settles the outcome; the body only adds words to it. A body that does not end
    // in time, or runs past MAX_ANSWER_BYTES, costs the connection instead of holding it.
    const finish = () =>
      settle(() => {
        const answer = { status: status!, text: answerText(kept) };
        if (answer.status >= 200 && answer.status < 300) resolve(answer);
        else reject(new EndpointAnswerError(answer.status, answer.text));
      });
    const request = client.request(target.url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      lookup: pinnedLookup(target),
      // Only a pool of this very address: a socket of another pool may lead elsewhere.
      agent: agent ?? false,
    });
    const timer = setTimeout(() => {
      if (status === null) request.destroy(new EndpointTimeoutError(timeoutMs));
      else {
        finish();
        request.destroy();
      }
    }, timeoutMs);
    request.on("error", (error) => settle(() => reject(error)));
    request.on("response", (response) => {
      status = response.statusCode ?? 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (keptBytes < ANSWER_TEXT_BYTES) {
          kept.push(chunk);
          keptBytes += chunk.length;
        }
        if (received > MAX_ANSWER_BYTES) {
          finish();
          request.destroy();
        }
      });
      response.on("end", finish);
      response.on("error", () => {});
      // Destroyed mid-body (by the receiver): the status still says what happened.
      response.on("close", finish);
    });
    request.end(body);
  });
}
