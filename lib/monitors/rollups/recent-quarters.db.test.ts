import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { withTestDatabase } from "../../testing/with-test-database";
import { createMonitor } from "../create-monitor";
import { recentQuarters } from "./recent-quarters";

const db = withTestDatabase();

describe("recentQuarters", () => {
  it("keeps settled quarters between calls and reads only what is newer", async () => {
    const { id: componentId } = await createComponent(commandLineActor, { name: "Quarters" });
    const { id } = await createMonitor(commandLineActor, { name: "Quarters", url: "https://example.com/", componentId });
    const add = (at: string, totalMs: number, outcome: "up" | "down" = "up") => db().monitorCheck.create({ data: { monitorId: id, checkedAt: new Date(at), totalMs, outcome, message: "x" } });
    const from = new Date("2026-02-09T13:00:00Z");
    await add("2026-02-10T11:50:00Z", 20);
    await add("2026-02-10T12:05:00Z", 30, "down");
    const first = await recentQuarters(id, from, new Date("2026-02-10T12:10:00Z"));
    expect(first.map((bucket) => [bucket.startsAt.toISOString(), bucket.count, bucket.failures])).toEqual([
      ["2026-02-10T11:45:00.000Z", 1, 0],
      ["2026-02-10T12:00:00.000Z", 1, 1],
    ]);

    // A late row in the settled 11:45 quarter is not read again; the open 12:00 one grows.
    await add("2026-02-10T11:55:00Z", 999);
    await add("2026-02-10T12:11:00Z", 40);
    const second = await recentQuarters(id, from, new Date("2026-02-10T12:12:00Z"));
    expect(second.map((bucket) => [bucket.startsAt.toISOString(), bucket.count, bucket.avgMs])).toEqual([
      ["2026-02-10T11:45:00.000Z", 1, 20],
      ["2026-02-10T12:00:00.000Z", 2, 35],
    ]);

    // A day later the old quarters leave the window.
    const later = await recentQuarters(id, new Date("2026-02-11T12:00:00Z"), new Date("2026-02-11T12:30:00Z"));
    expect(later).toEqual([]);
  });
});
