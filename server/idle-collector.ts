import type http from "node:http";

// After a burst of traffic V8 keeps the garbage it made until its memory reducer runs, often
// 10–20 s later; meanwhile resident memory stays 100 MB or more above what the server holds,
// on what is often a small machine shared with the site itself. Once the server has been quiet
// for a while after a burst, it asks for one full collection (the process runs with
// --expose-gc: server/launch.ts). Nobody waits for it: it runs only when no request has come
// in for `quietMs`.

export type IdleCollectorOptions = { quietMs?: number; minRequests?: number; checkMs?: number };

export function collectWhenIdle(server: http.Server, options: IdleCollectorOptions = {}): () => void {
  const gc = (globalThis as { gc?: (options?: object) => void }).gc;
  if (!gc) return () => {};
  // "last-resort" is V8's collection that also gives the freed pages back to the system; a
  // plain one leaves the heap at its grown size.
  const collect = () => gc({ type: "major", execution: "sync", flavor: "last-resort" });
  const quietMs = options.quietMs ?? 1_000;
  const minRequests = options.minRequests ?? 200;
  // Counted per request, timed per check: no clock read on the serving path.
  let requests = 0;
  let seen = 0;
  let quietSince = 0;
  const count = () => {
    requests += 1;
  };
  server.on("request", count);
  const timer = setInterval(() => {
    const now = Date.now();
    if (requests !== seen) {
      seen = requests;
      quietSince = now;
      return;
    }
    if (requests < minRequests || now - quietSince < quietMs) return;
    requests = 0;
    seen = 0;
    collect();
  }, options.checkMs ?? 500).unref();
  return () => {
    clearInterval(timer);
    server.off("request", count);
  };
}
