import type { CheckOutcome } from "../monitor-state";

// What one check found. Timings are the length of each phase, so they stack to the total:
// DNS, then TCP connect, then TLS, then waiting for the first byte of the answer's headers.
// A phase that did not happen (DNS for an IP address, TLS for http) or never ended is null.

export type CheckTimings = {
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  firstByteMs: number | null;
  totalMs: number;
};

/**
 * Null when up; otherwise one of "http_status", "timeout", "connection_refused",
 * "connection_reset", "dns", "tls", "certificate_expired", "certificate_expiring", "keyword",
 * "json", "slow", "too_large", "network".
 */
export type FailureClass =
  | "http_status"
  | "timeout"
  | "connection_refused"
  | "connection_reset"
  | "dns"
  | "tls"
  | "certificate_expired"
  | "certificate_expiring"
  | "keyword"
  | "json"
  | "slow"
  | "too_large"
  | "network"
  // A heartbeat's ping did not come in time (lib/monitors/heartbeats).
  | "heartbeat_missed";

export type CheckResult = {
  outcome: CheckOutcome;
  statusCode: number | null;
  timings: CheckTimings;
  failureClass: string | null;
  /** Words a webmaster understands, always set: "200 OK in 123 ms", "connection refused". */
  message: string;
  certificateExpiresAt: Date | null;
};
