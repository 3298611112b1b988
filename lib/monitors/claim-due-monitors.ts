import "server-only";
import { getDb } from "../db";
import { databaseTarget } from "../database/url";

// Takes the monitors due for a check for this process by setting a lease (claimedUntil), as
// the outbox claims deliveries: several processes share the monitors and none checks one
// that another holds. The lease outlasts the check's timeout; a process that dies mid-check
// leaves the monitor to be claimed again once it runs out. Recording the check moves
// nextCheckAt on and ends the lease (record-check.ts).

/** Beyond the check's own timeout, for recording its result on a busy database. */
export const LEASE_MARGIN_MS = 30_000;

export type ClaimedMonitor = { id: string; claimedUntil: Date };

export async function claimDueMonitors({ limit, now = new Date() }: { limit: number; now?: Date }): Promise<ClaimedMonitor[]> {
  const db = getDb();
  // A plain read first, so an idle poll takes no write lock (see fan-out-notifications.ts).
  const due = await db.monitor.findFirst({
    where: { paused: false, nextCheckAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    select: { id: true },
  });
  if (!due) return [];
  // The longest timeout allowed (60 s) plus the margin: one lease length for every monitor.
  const claimedUntil = new Date(now.getTime() + 60_000 + LEASE_MARGIN_MS);
  const rows =
    databaseTarget().provider === "postgresql"
      ? await db.$queryRaw<{ id: string }[]>`
          UPDATE "Monitor" SET "claimedUntil" = ${claimedUntil}
          WHERE "id" IN (
            SELECT "id" FROM "Monitor"
            WHERE "paused" = false AND "nextCheckAt" <= ${now}
              AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
            ORDER BY "nextCheckAt" LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
          RETURNING "id"`
      : await db.$queryRaw<{ id: string }[]>`
          UPDATE "Monitor" SET "claimedUntil" = ${claimedUntil}
          WHERE "id" IN (
            SELECT "id" FROM "Monitor"
            WHERE "paused" = 0 AND "nextCheckAt" <= ${now}
              AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
            ORDER BY "nextCheckAt" LIMIT ${limit})
          RETURNING "id"`;
  return rows.map((row) => ({ id: row.id, claimedUntil }));
}

/** Hands claims back unchecked (a process stopping), for another process to take at once. */
export async function releaseMonitors(claims: readonly ClaimedMonitor[]): Promise<void> {
  if (claims.length === 0) return;
  await getDb().monitor.updateMany({
    where: { OR: claims.map((claim) => ({ id: claim.id, claimedUntil: claim.claimedUntil })) },
    data: { claimedUntil: null },
  });
}

/** Claims one monitor now, whether due or not ("check now"); null when another process holds it. */
export async function claimMonitor(id: string, pageId: string, now = new Date()): Promise<ClaimedMonitor | null> {
  const claimedUntil = new Date(now.getTime() + 60_000 + LEASE_MARGIN_MS);
  const { count } = await getDb().monitor.updateMany({
    where: { id, pageId, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    data: { claimedUntil },
  });
  return count === 1 ? { id, claimedUntil } : null;
}
