import "server-only";
import { getDb } from "../db";
import type { ComposedEmail, EmailRecipient } from "../email/compose-email";
import type { NotificationKind } from "./enqueue-notification";

// Content is loaded and rendered once per notification, then only the per-recipient parts
// (address, links) are filled in for each of its thousands of emails.

export type { ComposedEmail, EmailRecipient };

/** Loads one notification's content; returns its per-recipient composer, or null when it is gone. */
export type NotificationRenderer = (notificationId: string) => Promise<((recipient: EmailRecipient) => ComposedEmail) | null>;

export type RenderedNotification = {
  kind: NotificationKind;
  pageName: string;
  compose: ((recipient: EmailRecipient) => ComposedEmail) | null;
};

// Long enough for one fan-out to be sent with a single load; short enough that an edit made
// meanwhile reaches the later emails of a long retry.
const KEEP_MS = 60_000;

export type RenderCache = { get(notificationId: string): Promise<RenderedNotification | null> };

export function createRenderCache(render: NotificationRenderer): RenderCache {
  const entries = new Map<string, { at: number; value: Promise<RenderedNotification | null> }>();
  const load = async (notificationId: string): Promise<RenderedNotification | null> => {
    const notification = await getDb().notification.findUnique({
      where: { id: notificationId },
      select: { kind: true, page: { select: { name: true } } },
    });
    if (!notification) return null;
    return { kind: notification.kind, pageName: notification.page.name, compose: await render(notificationId) };
  };
  return {
    get(notificationId) {
      const now = Date.now();
      for (const [id, entry] of entries) if (now - entry.at > KEEP_MS) entries.delete(id);
      const cached = entries.get(notificationId);
      if (cached) return cached.value;
      const value = load(notificationId);
      entries.set(notificationId, { at: now, value });
      // A failed load (database hiccup) is not kept: the next batch tries again.
      value.catch(() => entries.delete(notificationId));
      return value;
    },
  };
}
