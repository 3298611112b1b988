import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { collectWhenIdle } from "./idle-collector";

// V8's own collector is what the server calls; here it is only counted (vitest's processes do
// not run with --expose-gc).
const calls: unknown[] = [];
const global = globalThis as { gc?: (options?: unknown) => void };
global.gc = (options) => void calls.push(options);
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  calls.length = 0;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function burst(server: http.Server, requests: number): void {
  for (let index = 0; index < requests; index += 1) server.emit("request", {}, {});
}

describe("collectWhenIdle", () => {
  it("collects once, giving memory back, when a burst is followed by quiet", async () => {
    const server = http.createServer();
    stops.push(collectWhenIdle(server, { quietMs: 50, minRequests: 10, checkMs: 10 }));
    burst(server, 10);
    await sleep(200);
    expect(calls).toEqual([{ type: "major", execution: "sync", flavor: "last-resort" }]);
  });

  it("does not collect while requests keep coming, nor after a handful", async () => {
    const server = http.createServer();
    const stop = collectWhenIdle(server, { quietMs: 1_000, minRequests: 10, checkMs: 10 });
    for (let round = 0; round < 10; round += 1) {
      burst(server, 5);
      await sleep(20);
    }
    stop();
    expect(calls).toEqual([]);
    const quiet = http.createServer();
    stops.push(collectWhenIdle(quiet, { quietMs: 20, minRequests: 10, checkMs: 10 }));
    burst(quiet, 3);
    await sleep(100);
    expect(calls).toEqual([]);
  });
});
