import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createIncident } from "../../lib/incidents/create-incident";
import { ensurePage } from "../../lib/pages/ensure-page";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { IncidentIndex } from "./incident-index";

const db = withTestDatabase();

async function incident(name: string): Promise<string> {
  return (await createIncident(commandLineActor, { name, deliver_notifications: false })).incidentId;
}

describe("IncidentIndex", () => {
  it("reads every incident once, then only those changed, and everything again after a deletion", async () => {
    const page = await ensurePage();
    const [a, b] = [await incident("Index A"), await incident("Index B")];
    const index = new IncidentIndex();
    expect((await index.update(page.id, undefined, 2)).sort()).toEqual([a, b].sort());
    expect(index.open().sort()).toEqual([a, b].sort());

    const since = new Date(Date.now() - 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const c = await incident("Index C");
    await db().incident.update({ where: { id: a }, data: { status: "resolved", resolvedAt: new Date() } });
    expect((await index.update(page.id, since, 3)).sort()).toEqual([a, c].sort());
    expect(index.open().sort()).toEqual([b, c].sort());

    // Deleted by another process: the count disagrees, so the index reads everything again.
    await db().incident.delete({ where: { id: b } });
    expect(await index.update(page.id, new Date(), 2)).toEqual([]);
    expect(index.ids().sort()).toEqual([a, c].sort());
    expect(index.oldest()).toEqual((await db().incident.findUnique({ where: { id: a } }))?.startedAt);
  });
});
