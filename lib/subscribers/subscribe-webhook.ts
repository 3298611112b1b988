import "server-only";
import { randomBytes } from "node:crypto";
import { getDb, type Tx } from "../db";
import { getEnv } from "../env";
import { TEAM_CHANNEL_ENDPOINT } from "./webhook-endpoint-host";
import { ConflictError, ValidationError } from "../errors";
import { sealSecret } from "../secrets/secret-box";
import { throttleSourceKey } from "../throttle/throttle-source-key";
import { parseInput } from "../validation";
import { checkComponentChoice, replaceSubscriberComponents } from "./component-choices";
import { type SubscribeWebhookInput, subscribeWebhookInput } from "./schemas";
import { recordSubscribeAttempt } from "./subscribe-throttle";
import { subscriberLinkSigner } from "./subscriber-links";
import { checkWebhookHost } from "./webhook-endpoint-host";

// A visitor subscribes a webhook on /subscribe. It is active at once, as from the REST API:
// what guards an endpoint's owner is the signature (a receiver that checks it refuses requests
// signed with a secret it was never given, and an endpoint that keeps failing is disabled),
// the one-click unsubscribe link in every payload, and the same throttles as email subscribing.
// An active subscription is never re-keyed here: a stranger must not replace the owner's secret.

export type SubscribedWebhook = { signingSecret: string; manageUrl: string };

type Request = { pageId: string; email: string; endpoint: string; ip: string; allComponents: boolean; componentIds: string[]; now: Date };

export const WEBHOOK_ALREADY_SUBSCRIBED =
  "This endpoint is already subscribed with this email address. Use the manage link you were given, or the unsubscribe link in any webhook it received, to change it.";

async function subscribeWebhookInTx(tx: Tx, request: Request, sealed: string): Promise<{ id: string; confirmVersion: number }> {
  const { pageId, email, endpoint, now } = request;
  await recordSubscribeAttempt(tx, { email, ip: request.ip }, now);
  const componentIds = request.allComponents ? [] : await checkComponentChoice(tx, pageId, request.componentIds);
  const existing = await tx.subscriber.findUnique({ where: { pageId_email_endpoint: { pageId, email, endpoint } }, select: { id: true, state: true, teamChannel: true } });
  // A team channel is the dashboard's: the API and /subscribe never take it over.
  if (existing?.teamChannel) throw new ConflictError(TEAM_CHANNEL_ENDPOINT);
  if (existing && (existing.state === "confirmed" || existing.state === "pending")) throw new ConflictError(WEBHOOK_ALREADY_SUBSCRIBED);
  const fields = { channel: "webhook", signingSecret: sealed, notifyComponents: true, state: "confirmed" as const, allComponents: request.allComponents, confirmedAt: now, unsubscribedAt: null, lastError: null };
  // One who left (or whose endpoint failed) comes back on the same row; the new version ends the old links.
  const row = existing
    ? await tx.subscriber.update({ where: { id: existing.id }, data: { ...fields, confirmVersion: { increment: 1 } }, select: { id: true, confirmVersion: true } })
    : await tx.subscriber.create({ data: { ...fields, pageId, email, endpoint }, select: { id: true, confirmVersion: true } });
  await replaceSubscriberComponents(tx, row.id, componentIds);
  return row;
}

/**
 * Subscribes a webhook endpoint and returns its signing secret (shown this once) and its manage link.
 * Throws ValidationError for a bad URL or host, ConflictError when already active, SubscribeRateLimitedError.
 */
export async function subscribeWebhook(input: SubscribeWebhookInput): Promise<SubscribedWebhook> {
  const parsed = parseInput(subscribeWebhookInput, input);
  const hostProblem = checkWebhookHost(parsed.endpoint, getEnv().BEACON_ALLOW_PRIVATE_WEBHOOKS);
  if (hostProblem) throw new ValidationError(`endpoint ${hostProblem}`, { endpoint: hostProblem });
  const request: Request = {
    pageId: parsed.pageId,
    email: parsed.email,
    endpoint: parsed.endpoint,
    ip: throttleSourceKey(parsed.ip),
    allComponents: parsed.scope === "all",
    componentIds: parsed.componentIds,
    now: parsed.now ?? new Date(),
  };
  const signingSecret = `whsec_${randomBytes(32).toString("base64url")}`;
  const sealed = await sealSecret("webhook-signing", signingSecret);
  // The throttle's per-address lock serialises two requests for one address, so no unique-key race.
  const row = await getDb().$transaction((tx) => subscribeWebhookInTx(tx, request, sealed));
  const links = (await subscriberLinkSigner())(row);
  return { signingSecret, manageUrl: links.manageUrl };
}
