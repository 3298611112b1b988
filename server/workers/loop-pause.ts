// The pause between a worker loop's rounds, which something may cut short: new work in this
// process, a free slot, or stopping (after which every pause ends at once).

export type LoopPause = {
  /** Waits `ms`; `wakeable` says whether `wake()` may end this pause (stop() always does). */
  wait(ms: number, wakeable?: boolean): Promise<void>;
  wake(): void;
  stop(): void;
};

export function createLoopPause(): LoopPause {
  let finish: (() => void) | undefined;
  let wakeable = false;
  let stopped = false;
  return {
    wait(ms, canWake = true) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(end, ms);
        function end() {
          clearTimeout(timer);
          finish = undefined;
          resolve();
        }
        finish = end;
        wakeable = canWake;
        if (stopped) end();
      });
    },
    wake() {
      if (wakeable) finish?.();
    },
    stop() {
      stopped = true;
      finish?.();
    },
  };
}
