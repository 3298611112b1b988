import type { Db } from "../../database/client";
import { ensurePage } from "../../pages/ensure-page";
import { getInstanceSecret } from "../../secrets/instance-secret";
import { signConfirmToken, signManageToken } from "../subscriber-tokens";

// Helpers for the subscriber DB tests: the page, components, and the tokens an email would carry.

export async function setUpPage(db: Db) {
  const page = await ensurePage();
  const group = await db.componentGroup.create({ data: { pageId: page.id, name: "Backend", position: 1 } });
  const api = await db.component.create({ data: { pageId: page.id, groupId: group.id, name: "API", position: 1 } });
  const web = await db.component.create({ data: { pageId: page.id, name: "Website", position: 2 } });
  const hidden = await db.component.create({ data: { pageId: page.id, name: "Internal", position: 3, showcase: false } });
  return { pageId: page.id, group, api, web, hidden };
}

export async function subscriberByEmail(db: Db, email: string) {
  return db.subscriber.findFirstOrThrow({
    where: { email },
    select: { id: true, state: true, allComponents: true, confirmVersion: true, confirmedAt: true, unsubscribedAt: true, components: { select: { componentId: true } } },
  });
}

/** The kinds of the outbox rows addressed to one subscriber, oldest first. */
export async function notificationKinds(db: Db, subscriberId: string): Promise<string[]> {
  const rows = await db.notification.findMany({ where: { subscriberId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true } });
  return rows.map((row) => row.kind);
}

export async function confirmTokenFor(subscriber: { id: string; confirmVersion: number }, now = new Date()) {
  return signConfirmToken(await getInstanceSecret(), subscriber.id, subscriber.confirmVersion, now);
}

export async function manageTokenOf(subscriberId: string) {
  return signManageToken(await getInstanceSecret(), subscriberId);
}
