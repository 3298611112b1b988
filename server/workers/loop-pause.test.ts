import { describe, expect, it } from "vitest";
import { createLoopPause } from "./loop-pause";

describe("createLoopPause", () => {
  it("ends a wakeable pause on wake, and not one that is not", async () => {
    const pause = createLoopPause();
    const started = Date.now();
    const woken = pause.wait(10_000);
    pause.wake();
    await woken;
    expect(Date.now() - started).toBeLessThan(1_000);

    let ended = false;
    const steady = pause.wait(200, false).then(() => (ended = true));
    pause.wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toBe(false);
    await steady;
    expect(ended).toBe(true);
  });

  it("ends the current pause on stop, and every later one at once", async () => {
    const pause = createLoopPause();
    const started = Date.now();
    const waiting = pause.wait(10_000, false);
    pause.stop();
    await waiting;
    await pause.wait(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
