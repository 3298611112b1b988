// A first-come, first-served lock whose waiters give up at a deadline. The SQLite client has
// one connection, so only one transaction may be open on it at a time; unlike the adapter's own
// mutex, a waiter here never waits for ever and a failed holder always lets go.

export type Release = () => void;

type Waiter = { grant: (release: Release) => void; timer: NodeJS.Timeout };

export class AsyncLock {
  #held = false;
  #waiters: Waiter[] = [];

  get isHeld(): boolean {
    return this.#held;
  }

  /** The lock now, or null if someone holds it: never waits. */
  tryAcquire(): Release | null {
    if (this.#held) return null;
    this.#held = true;
    return this.#releaser();
  }

  /** Resolves with a release function once the lock is ours; rejects with `onTimeout()` at `deadline`. */
  acquire(deadline: number, onTimeout: () => Error): Promise<Release> {
    const now = this.tryAcquire();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.#waiters = this.#waiters.filter((other) => other !== waiter);
          reject(onTimeout());
        }, Math.max(0, deadline - Date.now())),
      };
      this.#waiters.push(waiter);
    });
  }

  /** Releasing twice is harmless, so every path out of a transaction may call it. */
  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.shift();
      if (!next) {
        this.#held = false;
        return;
      }
      clearTimeout(next.timer);
      next.grant(this.#releaser());
    };
  }
}
