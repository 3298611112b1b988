import "server-only";
import type { Tx } from "../db";
import { databaseTarget } from "../database/url";

// Why throttles lock: reading "how many attempts so far" and then recording one lets parallel
// requests all read the same count (on PostgreSQL, 17 checked passwords for a limit of 10). So
// each throttle counts and records inside one transaction that first takes a lock per key: a
// second request for the same key waits until the first one's row is committed, then counts it.
//
// PostgreSQL: transaction-scoped advisory locks, released by commit or rollback, so none can
// leak. SQLite: every transaction already takes the database's write lock when it begins
// (BEGIN IMMEDIATE, lib/database/client.ts), which serialises them; nothing more is needed.
// Chosen over fixed-window counter rows because it keeps the sliding window and the row per
// attempt that the sign-in log and the unlock command read.

/** Serialises this transaction with every other one that locks any of the same keys. */
export async function lockThrottleKeys(tx: Tx, keys: readonly string[]): Promise<void> {
  if (databaseTarget().provider !== "postgresql") return;
  // Always in the same order, so two requests sharing two keys cannot deadlock.
  for (const key of [...new Set(keys)].sort()) {
    // A hash collision only makes two unrelated keys wait for each other, briefly.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  }
}
