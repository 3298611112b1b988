// How a monitor's state follows its checks. One failed check is not an outage (a dropped
// packet, a deploy's restart): the state turns degraded or down only after failureThreshold
// failed checks in a row, and back to up only after successThreshold good ones, so a
// flapping site opens one incident, not one a minute. A degraded check counts as failed.

export type MonitorStateName = "unknown" | "up" | "degraded" | "down";
export type CheckOutcome = "up" | "degraded" | "down";

export type StreakState = { state: MonitorStateName; failures: number; successes: number };

/**
 * "failing": it just turned degraded or down (an incident opens). "changed": failing still,
 * but degraded became down or the other way round. "recovered": up again after failing (the
 * incident resolves). "none": nothing to announce.
 */
export type Transition = "none" | "failing" | "changed" | "recovered";

export function nextMonitorState(current: StreakState, outcome: CheckOutcome, thresholds: { failureThreshold: number; successThreshold: number }): StreakState & { transition: Transition } {
  const failures = outcome === "up" ? 0 : current.failures + 1;
  const successes = outcome === "up" ? current.successes + 1 : 0;
  const failing = current.state === "degraded" || current.state === "down";
  if (!failing) {
    if (failures >= thresholds.failureThreshold) return { state: outcome, failures, successes, transition: "failing" };
    // A first good check says it is up; until then it is unknown, as after a first failure.
    return { state: outcome === "up" ? "up" : current.state, failures, successes, transition: "none" };
  }
  if (outcome !== "up") return { state: outcome, failures, successes, transition: outcome === current.state ? "none" : "changed" };
  if (successes >= thresholds.successThreshold) return { state: "up", failures, successes, transition: "recovered" };
  return { state: current.state, failures, successes, transition: "none" };
}

/**
 * The first slot of the monitor's schedule after `now`: checks keep their rhythm, and one that
 * ran late does not pile up. A check ahead of its slot ("check now") leaves the slot as it was.
 */
export function nextSlot(scheduled: Date, intervalSeconds: number, now: Date): Date {
  const interval = intervalSeconds * 1000;
  const behind = now.getTime() - scheduled.getTime();
  if (behind < 0) return scheduled;
  return new Date(scheduled.getTime() + (Math.floor(behind / interval) + 1) * interval);
}
