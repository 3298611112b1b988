import "server-only";
import type { Tx } from "../../db";
import type { NotificationKind } from "../../../generated/sqlite/client/client.ts";
import { wakeMailWorker } from "./wake";

export type { NotificationKind };

export type EnqueueNotification = {
  pageId: string;
  kind: NotificationKind;
  incidentId?: string;
  incidentUpdateId?: string;
  /** For confirmation and already_subscribed: the one subscriber it goes to. */
  subscriberId?: string;
  /** For component_update: the status-log row of the change it announces. */
  componentStatusLogId?: string;
};

/**
 * Writes one outbox row in the caller's transaction, so the notification exists exactly when
 * the change it announces does. A mail worker fans it out to subscribers afterwards.
 */
export async function enqueueNotification(tx: Tx, notification: EnqueueNotification): Promise<string> {
  const row = await tx.notification.create({ data: notification, select: { id: true } });
  // A hint only: the worker also polls, so a wake that fires before the commit loses nothing.
  setImmediate(wakeMailWorker);
  return row.id;
}
