import { randomBytes } from "node:crypto";
import { disconnectDb, getDb } from "../../lib/db";
import { ensurePage } from "../../lib/pages/ensure-page";

// `node --import ./scripts/register.mjs scripts/bench/seed-history.ts N YEARS`: adds N resolved
// incidents, each with two updates, spread evenly over the last YEARS years, straight into the
// database (DATABASE_URL), so the bench can time a rebuild on a page with a long history.

const DAY_MS = 86_400_000;
const count = Number(process.argv[2] ?? 10_000);
const years = Number(process.argv[3] ?? 10);

async function main() {
  const page = await ensurePage();
  const db = getDb();
  const now = Date.now();
  const span = years * 365 * DAY_MS;
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const incidents = [];
    const updates = [];
    for (let index = start; index < Math.min(count, start + BATCH); index += 1) {
      const id = `bench${index.toString(36)}${randomBytes(4).toString("hex")}`;
      const startedAt = new Date(now - DAY_MS - Math.floor((span * index) / count));
      const resolvedAt = new Date(startedAt.getTime() + 45 * 60_000);
      incidents.push({ id, pageId: page.id, name: `Past incident ${index + 1}`, status: "resolved" as const, impact: "minor" as const, startedAt, resolvedAt, createdAt: startedAt, updatedAt: resolvedAt });
      updates.push(
        { incidentId: id, status: "investigating" as const, body: "We are looking into **slow responses**.", displayAt: startedAt, deliverNotifications: false, createdAt: startedAt, updatedAt: startedAt },
        { incidentId: id, status: "resolved" as const, body: "Fixed.", displayAt: resolvedAt, deliverNotifications: false, createdAt: resolvedAt, updatedAt: resolvedAt },
      );
    }
    await db.incident.createMany({ data: incidents });
    await db.incidentUpdate.createMany({ data: updates });
  }
}

main()
  .catch((error: unknown) => {
    console.error(`seed-history: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
