import type { CheckResult } from "./check-result";
import type { CheckSettings } from "./check-settings";
import type { Failure } from "./describe-failure";
import { judgeAnswer } from "./judge-answer";
import { type JsonPathSegment, parseJsonPath } from "./json-path";
import { sendRequest } from "./send-request";
import { parseStatusRanges } from "./status-ranges";

// One HTTP(S) check of a monitor. It never throws for what the network or the target does:
// every failure becomes a result whose message a webmaster understands. Redirects are not
// followed; a 301 is judged against the up statuses like any other code.

const USER_AGENT = "Beacon-Monitor/1 (+status check)";

type Plan = { url: URL; isUpStatus: (code: number) => boolean; jsonPath: JsonPathSegment[] | null };

function planOf(settings: CheckSettings): Plan | Failure {
  let url: URL;
  try {
    url = new URL(settings.url);
  } catch {
    return { failureClass: "network", message: "the URL is not valid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { failureClass: "network", message: "the URL must start with http:// or https://" };
  let isUpStatus: Plan["isUpStatus"];
  try {
    isUpStatus = parseStatusRanges(settings.upStatuses);
  } catch (error) {
    return { failureClass: "http_status", message: `the up statuses ${(error as Error).message}` };
  }
  let jsonPath: JsonPathSegment[] | null = null;
  try {
    if (settings.json) jsonPath = parseJsonPath(settings.json.path);
  } catch (error) {
    return { failureClass: "json", message: `the JSON path ${(error as Error).message}` };
  }
  return { url, isUpStatus, jsonPath };
}

// Ours unless the monitor sets its own, whatever the case it writes the name in.
function headersOf(settings: CheckSettings): Record<string, string> {
  const defaults: Record<string, string> = { "User-Agent": USER_AGENT, Connection: "close" };
  if (settings.method === "POST") defaults["Content-Length"] = "0";
  const own = new Set(Object.keys(settings.headers).map((name) => name.toLowerCase()));
  const kept = Object.entries(defaults).filter(([name]) => !own.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...settings.headers };
}

export async function runHttpCheck(settings: CheckSettings, options: { now?: () => number } = {}): Promise<CheckResult> {
  const now = options.now ?? Date.now;
  const plan = planOf(settings);
  if (!("url" in plan)) {
    const timings = { dnsMs: null, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 0 };
    return { outcome: "down", statusCode: null, timings, ...plan, certificateExpiresAt: null };
  }
  const exchange = await sendRequest({
    url: plan.url,
    method: settings.method,
    headers: headersOf(settings),
    timeoutMs: Math.max(1, settings.timeoutMs),
    ca: settings.ca,
    keepBody: settings.keyword !== null || settings.json !== null,
  });
  const { statusCode, timings, certificateExpiresAt, failure } = exchange;
  if (failure || statusCode === null) {
    const words = failure ?? { failureClass: "network", message: "network error: no answer" };
    return { outcome: "down", statusCode, timings, ...words, certificateExpiresAt };
  }
  const answer = { statusCode, body: exchange.body, truncated: exchange.truncated, totalMs: timings.totalMs, certificateExpiresAt };
  const verdict = judgeAnswer(answer, { settings, isUpStatus: plan.isUpStatus, jsonPath: plan.jsonPath, nowMs: now() });
  return { ...verdict, statusCode, timings, certificateExpiresAt };
}
