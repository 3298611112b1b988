import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../../../auth/actor";
import { getDb } from "../../../db";
import { type ComposedEmail, composeEmail, loadEmailContent } from "./compose-email";
import { subscriberLinkSigner } from "../../../subscribers/subscriber-links";
import { parseInput } from "../../../validation";
import type { DeliveryStatus } from "../../outbox/delivery-counts";

// One email as its recipient gets (or would get) it, composed the way the sender composes it.
// Without SMTP this is how a webmaster reads a held confirmation email and follows its link.

export type DeliveryPreview = {
  id: string;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  /** null when what it announced is gone (e.g. the incident was deleted). */
  message: ComposedEmail | null;
};

const id = z.string().trim().min(1, "must not be empty").max(100);

export const getDeliveryPreviewInput = z.object({ pageId: id, notificationId: id, deliveryId: id });

export async function getDeliveryPreview(actor: Actor, input: z.input<typeof getDeliveryPreviewInput>): Promise<DeliveryPreview | null> {
  authorize(actor, "subscribers:manage");
  const { pageId, notificationId, deliveryId } = parseInput(getDeliveryPreviewInput, input);
  const delivery = await getDb().delivery.findFirst({
    // Only emails have an email to show; a webhook delivery is not found here.
    where: { id: deliveryId, notificationId, channel: "email", notification: { pageId } },
    select: {
      id: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      subscriber: { select: { id: true, email: true, confirmVersion: true } },
    },
  });
  if (!delivery) return null;
  const { subscriber, ...row } = delivery;
  const content = await loadEmailContent(notificationId);
  // Links are signed now, as the sender signs them when it sends: a confirmation link shown
  // here carries the subscriber's current confirmation and a fresh expiry.
  const links = (await subscriberLinkSigner())(subscriber);
  const message = content ? composeEmail(content, { subscriberId: subscriber.id, email: subscriber.email, links }) : null;
  return { ...row, email: subscriber.email, message };
}
