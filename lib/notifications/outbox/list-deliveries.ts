import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../../auth/actor";
import { getDb } from "../../db";
import { shownEndpoint } from "../channels/channel-labels";
import { parseInput } from "../../validation";
import { DELIVERY_STATUSES, type DeliveryStatus } from "./delivery-counts";

// The deliveries of one notification (emails, webhooks, team channels): who, how it went, what failed. The
// dashboard filters by status (failed, held) to bring the problems forward.

export const DELIVERIES_PAGE_SIZE = 50;

export type DeliveryItem = {
  id: string;
  /** The subscriber's address; for a webhook, its owner's. */
  email: string;
  channel: string;
  /** A webhook's URL (a chat's only in part); empty for email. */
  endpoint: string;
  /** Set for a team channel (the dashboard's): its id and name. */
  teamChannel: { id: string; name: string } | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** What the receiver answered when it took the message. */
  answer: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
};

export type DeliveryPage = { deliveries: DeliveryItem[]; matching: number; page: number; pageCount: number };

const id = z.string().trim().min(1, "must not be empty").max(100);

export const listDeliveriesInput = z.object({
  pageId: id,
  notificationId: id,
  status: z.enum(DELIVERY_STATUSES, { error: "must be sent, pending, failed, held or cancelled" }).optional(),
  page: z.number().int().min(1).max(1_000_000).default(1),
});

/** One page of a notification's deliveries; the owner check is in the where (notification.pageId). */
export async function listDeliveries(actor: Actor, input: z.input<typeof listDeliveriesInput>): Promise<DeliveryPage> {
  authorize(actor, "subscribers:manage");
  const { pageId, notificationId, status, page } = parseInput(listDeliveriesInput, input);
  const where = { notificationId, notification: { pageId }, ...(status ? { status } : {}) };
  const db = getDb();
  const [matching, rows] = await Promise.all([
    db.delivery.count({ where }),
    db.delivery.findMany({
      where,
      // By creation, not status: enums sort by declaration on PostgreSQL but as text on SQLite.
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * DELIVERIES_PAGE_SIZE,
      take: DELIVERIES_PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        status: true,
        attempts: true,
        lastError: true,
        answer: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
        subscriber: { select: { id: true, email: true, endpoint: true, teamChannel: true, name: true } },
      },
    }),
  ]);
  const deliveries = rows.map(({ subscriber, ...row }) => ({
    ...row,
    email: subscriber.email,
    endpoint: shownEndpoint(subscriber.endpoint),
    teamChannel: subscriber.teamChannel ? { id: subscriber.id, name: subscriber.name } : null,
  }));
  return { deliveries, matching, page, pageCount: Math.max(1, Math.ceil(matching / DELIVERIES_PAGE_SIZE)) };
}
