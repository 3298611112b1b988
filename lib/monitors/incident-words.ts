import type { ComponentStatus } from "../components/status";
import { formatDateTime, formatDuration } from "../time/format-time";

// What a monitor writes when it opens, changes or resolves an incident: the template that
// fits what it saw (a 502 opens "502 Bad Gateway"), and sentences that say what was observed,
// by which monitor, and since when, in the page's time zone.

export type FailingOutcome = "degraded" | "down";
export type Observation = { outcome: FailingOutcome; failureClass: string | null; statusCode: number | null; message: string };

/** The built-in template key (lib/templates/built-in-templates.ts) whose words fit the failure. */
export function templateKeyFor(observation: Observation): string {
  const { failureClass, statusCode } = observation;
  if (failureClass === "certificate_expiring") return "certificate-expiring";
  if (failureClass === "heartbeat_missed") return "job-late";
  if (statusCode === 502) return "bad-gateway";
  if (statusCode === 504 || failureClass === "timeout") return "upstream-timeout";
  if (statusCode === 503 || failureClass === "slow") return "overload";
  return "site-down";
}

export function componentStatusFor(outcome: FailingOutcome): ComponentStatus {
  return outcome === "down" ? "major_outage" : "degraded_performance";
}

type Words = { monitorName: string; timeZone: string };

function checks(count: number): string {
  return count === 1 ? "1 check" : `${count} checks in a row`;
}

/** The paragraph added under the template's words in the first update. */
export function openingNote(words: Words & { observation: Observation; failures: number; since: Date }): string {
  const { observation } = words;
  const failed = observation.outcome === "down" ? "failed" : "found it slow or about to fail";
  return `_Detected automatically: Beacon's monitor “${words.monitorName}” ${failed} (${checks(words.failures)}) since ${formatDateTime(words.since, words.timeZone)}: ${observation.message}._`;
}

/** An update on the open incident when the monitor fails again or its failure changes. */
export function changeNote(words: Words & { observation: Observation }): string {
  const now = words.observation.outcome === "down" ? "is failing" : "answers, but not well";
  return `Beacon's monitor “${words.monitorName}” ${now}: ${words.observation.message}.`;
}

/** The resolving update. */
export function resolvingNote(words: Words & { successes: number; since: Date; lastedMs: number; message: string }): string {
  return `Beacon's monitor “${words.monitorName}” sees normal answers again (${checks(words.successes)}, the first at ${formatDateTime(words.since, words.timeZone)}): ${words.message}. The problem lasted ${formatDuration(words.lastedMs)}. We will keep watching.`;
}
