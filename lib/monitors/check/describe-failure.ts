import { STATUS_CODES } from "node:http";
import type { FailureClass } from "./check-result";
import { formatDuration } from "./format-duration";

// The words a check's failure is told in, for a webmaster rather than a network engineer.
// Only codes and hosts go into them, never header values or raw error text that could echo one.

export type Failure = { failureClass: FailureClass; message: string };

/** Where a request was when it stopped: named in a timeout's message. */
export type CheckPhase = "dns" | "connecting" | "tls" | "waiting" | "reading";

const PHASE_WORDS: Record<CheckPhase, string> = {
  dns: "waiting for DNS",
  connecting: "connecting",
  tls: "during the TLS handshake",
  waiting: "connected, no answer",
  reading: "reading the answer",
};

const UNTRUSTED = new Set(["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"]);
const UNREACHABLE = new Set(["ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN"]);
// Raised before sending, for a header the monitor's settings hold; its value is never shown.
const INVALID_HEADER = new Set(["ERR_INVALID_CHAR", "ERR_INVALID_HTTP_TOKEN", "ERR_HTTP_INVALID_HEADER_VALUE"]);
// OpenSSL's verification failures, as Node names them, and its own TLS errors.
const TLS_CODE = /^(?:ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|INVALID_CA|PATH_LENGTH|HOSTNAME_MISMATCH)/;

/** "200 OK", "418 I'm a Teapot": the standard reason phrase, not the one the server sent. */
export function statusLabel(code: number): string {
  const reason = STATUS_CODES[code];
  return reason ? `${code} ${reason}` : `${code}`;
}

/** A status code outside the monitor's up statuses. */
export function describeBadStatus(code: number): Failure {
  const gateway: Record<number, string> = {
    502: "502 Bad Gateway from the proxy — the server behind it sent an invalid answer",
    504: "504 Gateway Timeout from the proxy — the server behind it did not answer in time",
  };
  return { failureClass: "http_status", message: gateway[code] ?? statusLabel(code) };
}

export function describeTimeout(timeoutMs: number, phase: CheckPhase | null): Failure {
  const where = phase ? ` (${PHASE_WORDS[phase]})` : "";
  return { failureClass: "timeout", message: `timed out after ${formatDuration(timeoutMs)}${where}` };
}

function errorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** A request that failed before a complete answer; `phase` tells a TLS failure from others. */
export function describeRequestError(error: unknown, host: string, phase: CheckPhase | null): Failure {
  const code = errorCode(error);
  if (code === "ECONNREFUSED") return { failureClass: "connection_refused", message: "connection refused" };
  if (code === "ECONNRESET" || code === "EPIPE") return { failureClass: "connection_reset", message: "connection reset by the server" };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NODATA" || code === "EAI_NONAME") {
    return { failureClass: "dns", message: `DNS lookup failed for ${host}` };
  }
  if (code && UNREACHABLE.has(code)) return { failureClass: "network", message: "host unreachable" };
  if (code === "CERT_HAS_EXPIRED") return { failureClass: "certificate_expired", message: "certificate expired" };
  if (code && UNTRUSTED.has(code)) return { failureClass: "tls", message: "certificate not trusted (self-signed or unknown issuer)" };
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return { failureClass: "tls", message: `certificate does not match ${host}` };
  if ((code && TLS_CODE.test(code)) || phase === "tls") return { failureClass: "tls", message: `TLS handshake failed: ${code ?? "unknown error"}` };
  if (code && INVALID_HEADER.has(code)) return { failureClass: "network", message: `network error: a request header is not valid (${code})` };
  if (code?.startsWith("HPE_")) return { failureClass: "network", message: `network error: the answer is not valid HTTP (${code})` };
  return { failureClass: "network", message: `network error: ${code ?? shortMessage(error)}` };
}

// Only for errors without a code, which Node's HTTP stack raises for nothing header-related.
function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0] ?? "";
  return line.length > 80 ? `${line.slice(0, 79)}…` : line || "unknown error";
}
