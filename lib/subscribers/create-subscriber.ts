import "server-only";
import { randomBytes } from "node:crypto";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb, type Tx } from "../db";
import { TEAM_CHANNEL_ENDPOINT } from "./webhook-endpoint-host";
import { ConflictError, ValidationError } from "../errors";
import { enqueueNotification } from "../notifications/outbox/enqueue-notification";
import { ensurePage } from "../pages/ensure-page";
import { sealSecret } from "../secrets/secret-box";
import { parseInput } from "../validation";
import { replaceSubscriberComponents } from "./component-choices";
import { type CreateSubscriberInput, createSubscriberInput } from "./schemas";

// An integrator adds a subscriber with an API token (Statuspage's management API). An email
// subscriber gets the double opt-in email unless the caller skips it; a webhook is confirmed
// at once and gets a signing secret, returned here once and kept only sealed.

export type CreatedSubscriber = {
  id: string;
  channel: "email" | "webhook";
  email: string;
  endpoint: string | null;
  state: "pending" | "confirmed";
  componentIds: string[];
  skipConfirmation: boolean;
  createdAt: Date;
  /** A webhook's signing secret, in plain: shown to the caller this once. */
  signingSecret: string | null;
};

async function checkComponents(tx: Tx, pageId: string, componentIds: string[]): Promise<string[]> {
  const wanted = [...new Set(componentIds)];
  if (wanted.length === 0) return [];
  const found = new Set((await tx.component.findMany({ where: { pageId, id: { in: wanted } }, select: { id: true } })).map((row) => row.id));
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length > 0) {
    const message = `unknown component${unknown.length === 1 ? "" : "s"}: ${unknown.slice(0, 5).join(", ")}`;
    throw new ValidationError(message, { component_ids: message });
  }
  return wanted;
}

export async function createSubscriber(actor: Actor, input: CreateSubscriberInput): Promise<CreatedSubscriber> {
  authorize(actor, "subscribers:create");
  const data = parseInput(createSubscriberInput, input);
  const { id: pageId } = await ensurePage();
  const webhook = data.endpoint !== undefined;
  const signingSecret = webhook ? `whsec_${randomBytes(32).toString("base64url")}` : null;
  const sealed = signingSecret ? await sealSecret("webhook-signing", signingSecret) : null;
  const confirmed = webhook || data.skipConfirmation;
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const componentIds = await checkComponents(tx, pageId, data.componentIds);
    const endpoint = data.endpoint ?? "";
    const existing = await tx.subscriber.findUnique({ where: { pageId_email_endpoint: { pageId, email: data.email, endpoint } }, select: { id: true, state: true, teamChannel: true } });
    // A team channel is the dashboard's: the API and /subscribe never take it over.
    if (existing?.teamChannel) throw new ConflictError(TEAM_CHANNEL_ENDPOINT);
    if (existing && (existing.state === "pending" || existing.state === "confirmed")) {
      throw new ConflictError(webhook ? "This endpoint is already subscribed for this email address." : "This address is already subscribed.");
    }
    const fields = {
      channel: webhook ? "webhook" : "email",
      // Webhooks take component changes as well as incidents (Statuspage's component_update).
      notifyComponents: webhook,
      signingSecret: sealed,
      state: confirmed ? ("confirmed" as const) : ("pending" as const),
      allComponents: componentIds.length === 0,
      confirmedAt: confirmed ? now : null,
      unsubscribedAt: null,
      lastError: null,
    };
    // One who left (or whose address failed) comes back on the same row, with a new confirmation version.
    const row = existing
      ? await tx.subscriber.update({ where: { id: existing.id }, data: { ...fields, confirmVersion: { increment: 1 } }, select: { id: true, createdAt: true } })
      : await tx.subscriber.create({ data: { ...fields, pageId, email: data.email, endpoint }, select: { id: true, createdAt: true } });
    await replaceSubscriberComponents(tx, row.id, componentIds);
    if (!confirmed) await enqueueNotification(tx, { pageId, kind: "confirmation", subscriberId: row.id });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "subscriber.create",
      targetType: "subscriber",
      targetId: row.id,
      // No address in the audit log: it is personal data, and the row itself holds it.
      details: { channel: fields.channel, confirmed, components: componentIds.length },
    });
    return {
      id: row.id,
      channel: webhook ? "webhook" : "email",
      email: data.email,
      endpoint: webhook ? endpoint : null,
      state: fields.state,
      componentIds,
      skipConfirmation: data.skipConfirmation,
      createdAt: row.createdAt,
      signingSecret,
    };
  });
}
