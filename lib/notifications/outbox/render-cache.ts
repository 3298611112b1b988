import "server-only";
import { getDb } from "../../db";
import type { RenderedNotification } from "./channel";
import type { NotificationKind } from "./enqueue-notification";

// Content is loaded and rendered once per notification, then only the per-recipient parts
// (address, links) are filled in for each of its thousands of messages.

export type CachedNotification = { kind: NotificationKind; render: RenderedNotification<unknown> | null };

// Long enough for one fan-out to be sent with a single load; short enough that an edit made
// meanwhile reaches the later messages of a long retry.
const KEEP_MS = 60_000;

export type RenderCache = { get(notificationId: string): Promise<CachedNotification | null> };

export function createRenderCache(render: (notificationId: string) => Promise<RenderedNotification<unknown> | null>): RenderCache {
  const entries = new Map<string, { at: number; value: Promise<CachedNotification | null> }>();
  const load = async (notificationId: string): Promise<CachedNotification | null> => {
    const notification = await getDb().notification.findUnique({ where: { id: notificationId }, select: { kind: true } });
    if (!notification) return null;
    return { kind: notification.kind, render: await render(notificationId) };
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
