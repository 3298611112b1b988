import "server-only";
import { throttleSourceKey } from "../throttle/throttle-source-key";
import { getDb, type Tx } from "../db";
import { enqueueNotification } from "../notifications/outbox/enqueue-notification";
import { parseInput } from "../validation";
import { checkComponentChoice, replaceSubscriberComponents } from "./component-choices";
import { type SubscribeInput, subscribeInput } from "./schemas";
import { recordSubscribeAttempt } from "./subscribe-throttle";

// Double opt-in. Whatever state the address is in, the caller gets the same answer, so the
// form cannot be used to learn who is subscribed; what differs is only the email that goes out
// to the address itself. A confirmed subscription is never changed here: anyone can type
// someone's address, so changes go through the manage link in their inbox.

export type SubscribeResult = { status: "check_inbox" };

type Request = { pageId: string; email: string; ip: string; allComponents: boolean; componentIds: string[]; now: Date };

async function subscribeInTx(tx: Tx, request: Request): Promise<void> {
  const { pageId, email, ip, allComponents, now } = request;
  await recordSubscribeAttempt(tx, { email, ip }, now);
  const componentIds = allComponents ? [] : await checkComponentChoice(tx, pageId, request.componentIds);
  const existing = await tx.subscriber.findUnique({ where: { pageId_email_endpoint: { pageId, email, endpoint: "" } }, select: { id: true, state: true } });
  if (existing?.state === "confirmed") {
    await enqueueNotification(tx, { pageId, kind: "already_subscribed", subscriberId: existing.id });
    return;
  }
  let subscriberId: string;
  if (!existing) {
    const created = await tx.subscriber.create({ data: { pageId, email, state: "pending", allComponents }, select: { id: true } });
    subscriberId = created.id;
  } else {
    // A new confirmation email: bumping the version makes every earlier link stop working.
    await tx.subscriber.update({
      where: { id: existing.id },
      data: { state: "pending", allComponents, confirmVersion: { increment: 1 }, confirmedAt: null, unsubscribedAt: null, lastError: null },
    });
    subscriberId = existing.id;
  }
  await replaceSubscriberComponents(tx, subscriberId, componentIds);
  await enqueueNotification(tx, { pageId, kind: "confirmation", subscriberId });
}

// Duck-typed: the SQLite and PostgreSQL clients each have their own error class.
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as Error & { code?: unknown }).code === "P2002";
}

/**
 * Subscribes an address (pending until confirmed) and queues the email, in one transaction.
 * Throws SubscribeRateLimitedError (writing nothing) when the address or IP asked too often.
 */
export async function subscribe(input: SubscribeInput): Promise<SubscribeResult> {
  const parsed = parseInput(subscribeInput, input);
  const request: Request = {
    pageId: parsed.pageId,
    email: parsed.email,
    ip: throttleSourceKey(parsed.ip),
    allComponents: parsed.scope === "all",
    componentIds: parsed.componentIds,
    now: parsed.now ?? new Date(),
  };
  try {
    await getDb().$transaction((tx) => subscribeInTx(tx, request));
  } catch (error) {
    // Two requests for a new address at once: the loser retries and finds the winner's row. (The
    // throttle's per-address lock already serialises them; this stays as the safety net.)
    if (!isUniqueViolation(error)) throw error;
    await getDb().$transaction((tx) => subscribeInTx(tx, request));
  }
  return { status: "check_inbox" };
}
