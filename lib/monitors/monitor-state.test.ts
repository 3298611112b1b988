import { describe, expect, it } from "vitest";
import { type CheckOutcome, nextMonitorState, nextSlot, type StreakState } from "./monitor-state";

const thresholds = { failureThreshold: 3, successThreshold: 2 };

function run(outcomes: CheckOutcome[], start: StreakState = { state: "unknown", failures: 0, successes: 0 }) {
  let current = start;
  return outcomes.map((outcome) => {
    const next = nextMonitorState(current, outcome, thresholds);
    current = next;
    return `${next.state}/${next.transition}`;
  });
}

describe("nextMonitorState", () => {
  it("turns down only after three failures in a row, and up only after two good checks", () => {
    expect(run(["up", "down", "down", "up", "down", "down", "down", "up", "down", "up", "up"])).toEqual([
      "up/none",
      "up/none",
      "up/none",
      "up/none",
      "up/none",
      "up/none",
      "down/failing",
      "down/none",
      "down/none",
      "down/none",
      "up/recovered",
    ]);
  });

  it("counts degraded checks as failures, and says when degraded becomes down", () => {
    expect(run(["degraded", "degraded", "degraded", "down", "degraded"], { state: "up", failures: 0, successes: 5 })).toEqual([
      "up/none",
      "up/none",
      "degraded/failing",
      "down/changed",
      "degraded/changed",
    ]);
  });

  it("stays unknown until a first good check, and can fail from unknown", () => {
    expect(run(["down", "down", "down"])).toEqual(["unknown/none", "unknown/none", "down/failing"]);
  });
});

describe("nextSlot", () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 12, 0, seconds));
  it("keeps the rhythm: the next slot after now, never a burst of missed ones", () => {
    expect(nextSlot(at(0), 10, at(1))).toEqual(at(10));
    expect(nextSlot(at(0), 10, at(0))).toEqual(at(10));
    // Three intervals missed (a pause, a busy machine): the next slot, not three checks at once.
    expect(nextSlot(at(0), 10, at(35))).toEqual(at(40));
  });
  it("leaves the slot alone for a check ahead of it (check now)", () => {
    expect(nextSlot(at(20), 10, at(5))).toEqual(at(20));
  });
});
