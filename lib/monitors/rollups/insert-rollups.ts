import "server-only";
import { randomUUID } from "node:crypto";
import { join, sqltag as sql } from "@prisma/client/runtime/client";
import { getDb } from "../../db";

// Writes one period's roll-ups, every monitor's, in one transaction: a period is rolled up
// whole or not at all, which lets "has any roll-up" stand for "is done". ON CONFLICT DO
// NOTHING (SQLite and PostgreSQL alike) skips rows another process wrote first without
// failing the statement, so two processes rolling up at once neither abort nor double count.

export type RollupPeriod = "hour" | "day";
export type RollupRow = { monitorId: string; count: number; failures: number; avgMs: number; p95Ms: number; maxMs: number };

// 9 parameters a row, 4,500 a statement: far below SQLite's 32,766 and PostgreSQL's 65,535 per statement.
const ROWS_PER_STATEMENT = 500;

export async function insertRollups(period: RollupPeriod, startsAt: Date, rows: readonly RollupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await getDb().$transaction(async (tx) => {
    for (let index = 0; index < rows.length; index += ROWS_PER_STATEMENT) {
      const values = rows
        .slice(index, index + ROWS_PER_STATEMENT)
        .map((row) => sql`(${randomUUID()}, ${row.monitorId}, ${period}, ${startsAt}, ${row.count}, ${row.failures}, ${row.avgMs}, ${row.p95Ms}, ${row.maxMs})`);
      await tx.$executeRaw`
        INSERT INTO "MonitorRollup" ("id", "monitorId", "period", "startsAt", "count", "failures", "avgMs", "p95Ms", "maxMs")
        VALUES ${join(values)}
        ON CONFLICT ("monitorId", "period", "startsAt") DO NOTHING`;
    }
  });
}

/** Whether any monitor's roll-up of this period exists: the period is done (see above). */
export async function hasRollup(period: RollupPeriod, startsAt: Date): Promise<boolean> {
  return (await getDb().monitorRollup.findFirst({ where: { period, startsAt }, select: { id: true } })) !== null;
}
