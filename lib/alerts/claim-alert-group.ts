import "server-only";
import type { ComponentStatus } from "../components/status";
import type { Tx } from "../db";
import { hashGroupKey } from "./map-alerts";
import type { AlertmanagerWebhook } from "./schemas";

export type AlertGroupState = {
  id: string;
  pageId: string;
  status: "firing" | "resolved";
  incidentId: string | null;
  appliedHash: string;
  /** The statuses this group set, by component id. */
  components: Record<string, ComponentStatus>;
  updateIds: string[];
};

const select = { id: true, pageId: true, status: true, incidentId: true, appliedHash: true, components: true, updateIds: true } as const;

/**
 * The group's row, made on its first notification, and written to either way: on PostgreSQL
 * the write locks the row (or the unique key), so a second delivery of the same group waits
 * for the first to commit and then reads what it did. SQLite runs write transactions in turn.
 */
export async function claimAlertGroup(tx: Tx, { pageId, payload, now }: { pageId: string; payload: AlertmanagerWebhook; now: Date }): Promise<AlertGroupState> {
  const keyHash = hashGroupKey(payload.groupKey);
  const receiver = payload.receiver.slice(0, 200);
  const row = await tx.alertGroup.upsert({
    where: { pageId_keyHash: { pageId, keyHash } },
    create: { pageId, keyHash, groupKey: payload.groupKey.slice(0, 500), receiver, status: "resolved", lastNotifiedAt: now },
    update: { receiver, lastNotifiedAt: now },
    select,
  });
  return {
    ...row,
    status: row.status === "firing" ? "firing" : "resolved",
    components: JSON.parse(row.components) as Record<string, ComponentStatus>,
    updateIds: JSON.parse(row.updateIds) as string[],
  };
}

export type AlertGroupChange = Pick<AlertGroupState, "status" | "incidentId" | "appliedHash" | "components" | "updateIds"> & {
  firingCount: number;
  unmatchedCount: number;
  lastIncidentId?: string;
};

export async function saveAlertGroup(tx: Tx, group: AlertGroupState, change: AlertGroupChange): Promise<void> {
  await tx.alertGroup.update({
    where: { id: group.id, pageId: group.pageId },
    data: { ...change, components: JSON.stringify(change.components), updateIds: JSON.stringify(change.updateIds) },
  });
}
