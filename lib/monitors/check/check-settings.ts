// What one HTTP(S) check needs, as run-monitor-check.ts reads it from a monitor. Header values
// may be credentials (an Authorization header): the check never puts them in a message.

export type CheckSettings = {
  url: string;
  method: "GET" | "HEAD" | "POST";
  headers: Record<string, string>;
  timeoutMs: number;
  /** The codes that count as up, parsed with parseStatusRanges: "200-399", "200,204". */
  upStatuses: string;
  keyword: { text: string; mode: "present" | "absent" } | null;
  /** A dotted path into a JSON answer (json-path.ts) and the value it must have, as text. */
  json: { path: string; expected: string } | null;
  /** A good answer slower than this (total, ms) is degraded. */
  degradedAfterMs: number | null;
  /** https: a certificate expiring within this many days is degraded, with a warning. */
  certExpiryDays: number | null;
  /** An extra trusted CA in PEM, added to the usual ones (tests, self-signed internal hosts). */
  ca?: string;
};
