import "server-only";
import { getDb, type Tx } from "../../db";
import { databaseTarget } from "../../database/url";
import { matchRecipients, type OutboxEntry } from "./match-recipients";

// Turns outbox entries into deliveries, one entry per transaction: the deliveries and the
// fannedOutAt stamp commit together, so an entry is fanned out exactly once even with several
// processes, and a crash half-way leaves the entry to be taken again from scratch.

const INSERT_CHUNK = 1_000;
// Ten thousand deliveries take about a second; the default 5 s would be close on a slow disk.
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Claims the oldest entry not yet fanned out. PostgreSQL skips entries another process holds;
 * SQLite serialises writers, and a single UPDATE … RETURNING claims atomically (its first
 * statement is a write, so the transaction takes the write lock at once instead of failing to
 * upgrade a read).
 */
async function claimNextEntry(tx: Tx, now: Date): Promise<string | null> {
  if (databaseTarget().provider === "postgresql") {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Notification" WHERE "fannedOutAt" IS NULL
      ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return rows[0]?.id ?? null;
  }
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "fannedOutAt" = ${now}
    WHERE "id" = (SELECT "id" FROM "Notification" WHERE "fannedOutAt" IS NULL ORDER BY "createdAt" LIMIT 1)
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

export type FannedOut = { notificationId: string; deliveries: number };

/** Fans out one outbox entry; null when none is waiting (or all are being fanned out elsewhere). */
export async function fanOutNextNotification(now = new Date()): Promise<FannedOut | null> {
  // A plain read first: an idle poll then takes no write lock, which on SQLite would make the
  // dashboard's writes queue behind every worker's poll.
  const waiting = await getDb().notification.findFirst({ where: { fannedOutAt: null }, select: { id: true } });
  if (!waiting) return null;
  return getDb().$transaction(
    async (tx) => {
      const id = await claimNextEntry(tx, now);
      if (!id) return null;
      const entry: OutboxEntry = await tx.notification.update({
        where: { id },
        data: { fannedOutAt: now },
        select: { id: true, pageId: true, kind: true, incidentId: true, subscriberId: true, componentStatusLogId: true },
      });
      // Normally none: only an entry handed back for a second fan-out (fannedOutAt cleared by
      // hand) has deliveries already, and those subscribers must not get a second email.
      const existing = await tx.delivery.findMany({ where: { notificationId: entry.id }, select: { subscriberId: true } });
      const done = new Set(existing.map((row) => row.subscriberId));
      const recipients = (await matchRecipients(tx, entry)).filter((recipient) => !done.has(recipient.id));
      for (let start = 0; start < recipients.length; start += INSERT_CHUNK) {
        // Should two fan-outs of one entry ever race, the unique (notificationId, subscriberId)
        // pair fails one of them, which rolls back, rather than make a second message.
        await tx.delivery.createMany({
          data: recipients.slice(start, start + INSERT_CHUNK).map((recipient) => ({
            notificationId: entry.id,
            subscriberId: recipient.id,
            channel: recipient.channel,
            nextAttemptAt: now,
            createdAt: now,
          })),
        });
      }
      return { notificationId: entry.id, deliveries: recipients.length };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}

/** Fans out every waiting entry, at most `limit`; returns what was fanned out. */
export async function fanOutNotifications(limit = 50): Promise<FannedOut[]> {
  const done: FannedOut[] = [];
  while (done.length < limit) {
    const next = await fanOutNextNotification();
    if (!next) break;
    done.push(next);
  }
  return done;
}
