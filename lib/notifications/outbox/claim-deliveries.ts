import "server-only";
import { getDb } from "../../db";
import { databaseTarget } from "../../database/url";

// Takes a batch of due deliveries for this process by setting a lease (claimedUntil). Nobody
// else takes a leased row until the lease runs out, so a sender that dies (SIGKILL, power loss)
// only delays its batch by the lease; the rows are then claimed again and sent.

export type ClaimedDelivery = {
  id: string;
  notificationId: string;
  subscriberId: string;
  /** The channel it goes through (channels/registry.ts). */
  channel: string;
  attempts: number;
  claimedUntil: Date;
};

type Row = { id: string; notificationId: string; subscriberId: string; channel: string; attempts: number | bigint };

export type ClaimDeliveries = {
  limit: number;
  leaseMs: number;
  now?: Date;
  /** Channels this process is backing off from (their service is down): their deliveries stay for later. */
  skipChannels?: readonly string[];
};

export async function claimDueDeliveries({ limit, leaseMs, now = new Date(), skipChannels = [] }: ClaimDeliveries): Promise<ClaimedDelivery[]> {
  const claimedUntil = new Date(now.getTime() + leaseMs);
  const db = getDb();
  // A plain read first, so an idle poll takes no write lock (see fan-out-notifications.ts).
  const due = await db.delivery.findFirst({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
      ...(skipChannels.length ? { channel: { notIn: [...skipChannels] } } : {}),
    },
    select: { id: true },
  });
  if (!due) return [];
  // The skipped channels as one JSON parameter, whatever their number.
  const skipped = JSON.stringify(skipChannels);
  // PostgreSQL: rows another process is claiming right now are skipped, not waited for; the
  // re-check after the lock keeps a row claimed and committed meanwhile out. SQLite: one
  // UPDATE … RETURNING runs under the database's single write lock, so it is atomic.
  const rows =
    databaseTarget().provider === "postgresql"
      ? await db.$queryRaw<Row[]>`
          UPDATE "Delivery" SET "claimedUntil" = ${claimedUntil}, "updatedAt" = ${now}
          WHERE "id" IN (
            SELECT "id" FROM "Delivery"
            WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
              AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
              AND "channel" <> ALL (SELECT jsonb_array_elements_text(${skipped}::jsonb))
            ORDER BY "nextAttemptAt" LIMIT ${limit}
            FOR UPDATE SKIP LOCKED)
          RETURNING "id", "notificationId", "subscriberId", "channel", "attempts"`
      : await db.$queryRaw<Row[]>`
          UPDATE "Delivery" SET "claimedUntil" = ${claimedUntil}, "updatedAt" = ${now}
          WHERE "id" IN (
            SELECT "id" FROM "Delivery"
            WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
              AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
              AND "channel" NOT IN (SELECT "value" FROM json_each(${skipped}))
            ORDER BY "nextAttemptAt" LIMIT ${limit})
          RETURNING "id", "notificationId", "subscriberId", "channel", "attempts"`;
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts), claimedUntil }));
}
