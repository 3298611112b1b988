import http from "node:http";
import https from "node:https";
import { isIP, type Socket } from "node:net";
import { rootCertificates, type TLSSocket } from "node:tls";
import type { CheckTimings } from "./check-result";
import { type CheckPhase, describeRequestError, describeTimeout, type Failure } from "./describe-failure";

// One request on a fresh connection (agent: false), timed from the socket's own events so each
// phase is measured, not guessed. One budget covers every phase; whatever happens, the promise
// resolves (never rejects) and the connection is gone afterwards.

export const BODY_LIMIT = 1024 * 1024;

export type RequestPlan = {
  url: URL;
  method: string;
  headers: Record<string, string>;
  timeoutMs: number;
  ca?: string;
  /** Keep the body (up to BODY_LIMIT) for a keyword or JSON check; otherwise it is discarded. */
  keepBody: boolean;
};

export type Exchange = {
  statusCode: number | null;
  body: Buffer | null;
  truncated: boolean;
  timings: CheckTimings;
  certificateExpiresAt: Date | null;
  failure: Failure | null;
};

type Marks = { lookup: number | null; connect: number | null; secure: number | null; response: number | null };

function timingsOf(marks: Marks, start: number, end: number): CheckTimings {
  const { lookup, connect, secure, response } = marks;
  return {
    dnsMs: lookup === null ? null : lookup - start,
    connectMs: connect === null ? null : connect - (lookup ?? start),
    tlsMs: secure === null || connect === null ? null : secure - connect,
    firstByteMs: response === null ? null : response - (secure ?? connect ?? start),
    totalMs: end - start,
  };
}

function expiryOf(socket: TLSSocket): Date | null {
  const validTo = socket.getPeerCertificate()?.valid_to;
  const date = validTo ? new Date(validTo) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

export function sendRequest(plan: RequestPlan): Promise<Exchange> {
  return new Promise((resolve) => {
    const start = performance.now();
    const isHttps = plan.url.protocol === "https:";
    const host = plan.url.hostname.replace(/^\[(.*)\]$/, "$1");
    const marks: Marks = { lookup: null, connect: null, secure: null, response: null };
    let phase: CheckPhase = isIP(host) ? "connecting" : "dns";
    let statusCode: number | null = null;
    let certificateExpiresAt: Date | null = null;
    const chunks: Buffer[] = [];
    let received = 0;
    let truncated = false;
    let settled = false;
    let request: http.ClientRequest | null = null;

    const finish = (failure: Failure | null) => {
      if (settled) return;
      settled = true;
      const end = performance.now();
      clearTimeout(timer);
      request?.destroy();
      const body = plan.keepBody && !failure ? Buffer.concat(chunks) : null;
      resolve({ statusCode, body, truncated, timings: timingsOf(marks, start, end), certificateExpiresAt, failure });
    };
    const timer = setTimeout(() => finish(describeTimeout(plan.timeoutMs, phase)), plan.timeoutMs);

    const onSocket = (socket: Socket) => {
      socket.on("lookup", (error: Error | null) => {
        if (error || marks.lookup !== null) return;
        marks.lookup = performance.now();
        phase = "connecting";
      });
      socket.once("connect", () => {
        marks.connect = performance.now();
        phase = isHttps ? "tls" : "waiting";
      });
      socket.once("secureConnect", () => {
        marks.secure = performance.now();
        phase = "waiting";
        certificateExpiresAt = expiryOf(socket as TLSSocket);
      });
    };

    const onResponse = (response: http.IncomingMessage) => {
      marks.response = performance.now();
      phase = "reading";
      statusCode = response.statusCode ?? null;
      response.on("data", (chunk: Buffer) => {
        const room = BODY_LIMIT - received;
        if (plan.keepBody && room > 0) chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        received += chunk.length;
        // Enough to judge; the rest of a huge or endless answer is not worth the wait.
        if (received > BODY_LIMIT) {
          truncated = true;
          finish(null);
        }
      });
      response.on("end", () => finish(null));
      response.on("error", (error) => finish(describeRequestError(error, host, phase)));
    };

    try {
      // Node replaces its trusted roots with `ca`; the extra CA is meant to add to them.
      const tls = isHttps && plan.ca ? { ca: [...rootCertificates, plan.ca] } : {};
      request = (isHttps ? https : http).request(plan.url, { method: plan.method, headers: plan.headers, agent: false, ...tls });
    } catch (error) {
      // Invalid header names or values are refused before anything is sent.
      finish(describeRequestError(error, host, null));
      return;
    }
    request.on("socket", onSocket);
    request.on("response", onResponse);
    request.on("error", (error) => finish(describeRequestError(error, host, phase)));
    request.end();
  });
}
