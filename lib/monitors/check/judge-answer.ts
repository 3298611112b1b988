import type { CheckOutcome } from "../monitor-state";
import type { CheckSettings } from "./check-settings";
import { describeBadStatus, type Failure, statusLabel } from "./describe-failure";
import { formatDuration } from "./format-duration";
import { jsonValueText, type JsonPathSegment, readJsonPath } from "./json-path";

// Judges a complete answer against the monitor's settings. Down beats degraded: a wrong status,
// keyword or JSON value is judged before slowness or a certificate that expires soon.

export type Answer = {
  statusCode: number;
  /** The body (its first 1 MB), or null when the settings need none. */
  body: Buffer | null;
  truncated: boolean;
  totalMs: number;
  certificateExpiresAt: Date | null;
};

export type Verdict = { outcome: CheckOutcome; failureClass: Failure["failureClass"] | null; message: string };

export type JudgeRules = {
  settings: CheckSettings;
  isUpStatus: (code: number) => boolean;
  jsonPath: JsonPathSegment[] | null;
  nowMs: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const SHOWN_LENGTH = 60;

function shorten(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

function down(failure: Failure): Verdict {
  return { outcome: "down", ...failure };
}

function judgeKeyword(keyword: NonNullable<CheckSettings["keyword"]>, text: string, truncated: boolean): Verdict | null {
  const found = text.includes(keyword.text);
  const shown = `keyword “${shorten(keyword.text)}”`;
  if (keyword.mode === "present" && !found) {
    return down({ failureClass: "keyword", message: `${shown} missing${truncated ? " (only the first 1 MB was read)" : ""}` });
  }
  if (keyword.mode === "absent" && found) return down({ failureClass: "keyword", message: `${shown} found` });
  return null;
}

function judgeJson(json: NonNullable<CheckSettings["json"]>, segments: JsonPathSegment[], text: string, truncated: boolean): Verdict | null {
  // Cut JSON never parses; saying the answer is too large says what is really wrong.
  if (truncated) return down({ failureClass: "too_large", message: "the answer is over 1 MB, too large to read as JSON" });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return down({ failureClass: "json", message: "the answer is not JSON" });
  }
  const path = shorten(json.path.trim());
  const lookup = readJsonPath(parsed, segments);
  if (!lookup.found) return down({ failureClass: "json", message: `no value at ${path}` });
  const found = jsonValueText(lookup.value);
  if (found === json.expected) return null;
  return down({ failureClass: "json", message: `${path} is “${shorten(found)}”, expected “${shorten(json.expected)}”` });
}

function judgeCertificate(expiresAt: Date, days: number, nowMs: number): Verdict | null {
  const left = expiresAt.getTime() - nowMs;
  if (left <= 0) return down({ failureClass: "certificate_expired", message: "certificate expired" });
  if (left > days * DAY_MS) return null;
  const inDays = Math.round(left / DAY_MS);
  const when = inDays < 1 ? "within a day" : inDays === 1 ? "in 1 day" : `in ${inDays} days`;
  return { outcome: "degraded", failureClass: "certificate_expiring", message: `certificate expires ${when} (on ${expiresAt.toISOString().slice(0, 10)})` };
}

export function judgeAnswer(answer: Answer, rules: JudgeRules): Verdict {
  const { settings } = rules;
  if (!rules.isUpStatus(answer.statusCode)) return down(describeBadStatus(answer.statusCode));
  const text = answer.body ? answer.body.toString("utf8") : "";
  const keyword = settings.keyword ? judgeKeyword(settings.keyword, text, answer.truncated) : null;
  if (keyword) return keyword;
  const json = settings.json && rules.jsonPath ? judgeJson(settings.json, rules.jsonPath, text, answer.truncated) : null;
  if (json) return json;
  const label = statusLabel(answer.statusCode);
  if (answer.certificateExpiresAt && settings.certExpiryDays !== null) {
    const certificate = judgeCertificate(answer.certificateExpiresAt, settings.certExpiryDays, rules.nowMs);
    if (certificate) return certificate;
  }
  if (settings.degradedAfterMs !== null && answer.totalMs > settings.degradedAfterMs) {
    const message = `${label} but slow: ${formatDuration(answer.totalMs)} (over ${formatDuration(settings.degradedAfterMs)})`;
    return { outcome: "degraded", failureClass: "slow", message };
  }
  return { outcome: "up", failureClass: null, message: `${label} in ${formatDuration(answer.totalMs)}` };
}
