import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { advanceMaintenance } from "../../incidents/advance-maintenance";
import { scheduleMaintenance } from "../../incidents/schedule-maintenance";
import { withTestDatabase } from "../../testing/with-test-database";

// Maintenance is announced three times: when scheduled, when the scheduler starts it, and when
// it completes it. Each step writes its own outbox entry, unless the window was announced
// without notifications.

const db = withTestDatabase();
const HOUR = 3_600_000;

async function schedule(notify: boolean, daysAhead: number) {
  const componentId = (await createComponent(commandLineActor, { name: `Database ${daysAhead}` })).id;
  const from = new Date(Date.now() + daysAhead * 24 * HOUR);
  const until = new Date(from.getTime() + HOUR);
  const { incidentId } = await scheduleMaintenance(commandLineActor, {
    name: "Database upgrade",
    body: "Expect brief read-only periods.",
    scheduledFor: from.toISOString(),
    scheduledUntil: until.toISOString(),
    componentIds: [componentId],
    deliver_notifications: notify,
  });
  return { incidentId, from, until };
}

const outboxStatuses = async (incidentId: string) =>
  (
    await db().notification.findMany({
      where: { incidentId, kind: "incident_update" },
      select: { incidentUpdate: { select: { status: true } } },
      orderBy: { createdAt: "asc" },
    })
  ).map((row) => row.incidentUpdate?.status);

describe("maintenance notifications", () => {
  it("are queued when the window is scheduled, started and completed", async () => {
    const { incidentId, from, until } = await schedule(true, 1);
    expect(await outboxStatuses(incidentId)).toEqual(["scheduled"]);
    await advanceMaintenance(new Date(from.getTime() + 1_000));
    expect(await outboxStatuses(incidentId)).toEqual(["scheduled", "in_progress"]);
    await advanceMaintenance(new Date(until.getTime() + 1_000));
    expect(await outboxStatuses(incidentId)).toEqual(["scheduled", "in_progress", "completed"]);
  });

  it("stay silent through the window when it was announced without notifications", async () => {
    const { incidentId, from, until } = await schedule(false, 10);
    await advanceMaintenance(new Date(from.getTime() + 1_000));
    await advanceMaintenance(new Date(until.getTime() + 1_000));
    expect(await outboxStatuses(incidentId)).toEqual([]);
  });
});
