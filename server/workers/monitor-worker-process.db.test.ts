import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { ensurePage } from "../../lib/pages/ensure-page";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { spawnWorker, type WorkerProcess } from "../testing/spawn-worker";

// Two `npm run worker` processes on one database share the monitors: every monitor is checked
// on its schedule, and none twice within an interval (claims, as the outbox's).

const db = withTestDatabase();
const workers: WorkerProcess[] = [];
afterEach(() => {
  for (const worker of workers.splice(0)) if (worker.child.exitCode === null && !worker.child.signalCode) worker.child.kill("SIGKILL");
});

const INTERVAL_MS = 2_000;
const MONITORS = 40;
const RUN_MS = 9_000;

describe("monitor checks in several worker processes", () => {
  it("check each monitor once per interval between them, never twice", async () => {
    const arrivals = new Map<string, number[]>();
    const target = http.createServer((request, response) => {
      const list = arrivals.get(request.url ?? "") ?? [];
      list.push(Date.now());
      arrivals.set(request.url ?? "", list);
      response.end("ok");
    });
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    const port = (target.address() as AddressInfo).port;
    try {
      const { id: pageId } = await ensurePage();
      const component = await createComponent(commandLineActor, { name: "Shared monitors" });
      const start = Date.now() + 3_000;
      // Spread over the interval, as an installation's monitors are after a while.
      await db().monitor.createMany({
        data: Array.from({ length: MONITORS }, (_, index) => ({
          pageId,
          componentId: component.id,
          name: `Shared ${index}`,
          url: `http://127.0.0.1:${port}/m${index}`,
          intervalSeconds: INTERVAL_MS / 1000,
          timeoutMs: 1_000,
          nextCheckAt: new Date(start + (index * INTERVAL_MS) / MONITORS),
        })),
      });
      const env = { DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: "" };
      workers.push(spawnWorker(env), spawnWorker(env));
      await Promise.all(workers.map((worker) => worker.started));
      await new Promise((resolve) => setTimeout(resolve, start + RUN_MS - Date.now()));
      for (const worker of workers) worker.child.kill("SIGTERM");
      const exits = await Promise.all(workers.map((worker) => worker.exited));
      expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
      expect(workers.every((worker) => worker.output().includes("monitor worker started"))).toBe(true);

      expect(arrivals.size).toBe(MONITORS);
      for (const [path, times] of arrivals) {
        // About RUN_MS / INTERVAL_MS checks each; a busy machine may start one late, never twice.
        expect(times.length, path).toBeGreaterThanOrEqual(RUN_MS / INTERVAL_MS - 2);
        expect(times.length, path).toBeLessThanOrEqual(RUN_MS / INTERVAL_MS + 1);
        const gaps = times.slice(1).map((time, index) => time - times[index]!);
        expect(Math.min(...gaps), path).toBeGreaterThan(INTERVAL_MS / 2);
      }
      expect(await db().monitorCheck.count({ where: { monitor: { componentId: component.id } } })).toBe([...arrivals.values()].reduce((sum, times) => sum + times.length, 0));
    } finally {
      await new Promise((resolve) => target.close(resolve));
    }
  }, 60_000);
});
