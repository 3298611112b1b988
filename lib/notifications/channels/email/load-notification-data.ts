import "server-only";
import { getDb } from "../../../db";
import { getEnv } from "../../../env";
import { shownEndpoint } from "../channel-labels";
import type { EmailIncident, Followers, NotificationData } from "./notification-data";

// Reads everything one notification's emails need in a handful of queries, once per
// notification however many subscribers it goes to.

const pageSelect = { name: true, siteUrl: true, timeZone: true, supportContact: true, logoUrl: true, accentColor: true } as const;

const incidentSelect = {
  id: true,
  kind: true,
  name: true,
  impact: true,
  scheduledFor: true,
  scheduledUntil: true,
  components: { select: { component: { select: { id: true, name: true, position: true } } } },
} as const;

type IncidentRow = Omit<EmailIncident, "components"> & { components: { component: { id: string; name: string; position: number } }[] };

function toIncident({ components, ...incident }: IncidentRow): EmailIncident {
  const sorted = components.map(({ component }) => component).sort((a, b) => a.position - b.position);
  return { ...incident, components: sorted.map(({ id, name }) => ({ id, name })) };
}

async function loadFollowers(pageId: string, incident: EmailIncident): Promise<Followers> {
  const rows = await getDb().subscriberComponent.findMany({
    where: { subscriber: { pageId, allComponents: false } },
    select: { subscriberId: true, componentId: true },
  });
  const affected = new Map(incident.components.map((component) => [component.id, component.name]));
  const followers: Followers = new Map();
  for (const row of rows) {
    const names = followers.get(row.subscriberId) ?? [];
    const name = affected.get(row.componentId);
    if (name !== undefined) names.push(name);
    followers.set(row.subscriberId, names);
  }
  // Names in the incident's display order, whatever order the rows came in.
  const order = incident.components.map((component) => component.name);
  for (const names of followers.values()) names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return followers;
}

/** Null when the notification, or what it announces, no longer exists. */
export async function loadNotificationData(notificationId: string): Promise<NotificationData | null> {
  const db = getDb();
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: { pageId: true, kind: true, incidentId: true, incidentUpdateId: true, subscriberId: true, page: { select: pageSelect } },
  });
  if (!notification) return null;
  const { pageId, kind, page } = notification;
  const baseUrl = getEnv().BEACON_URL;

  if (kind === "confirmation" || kind === "already_subscribed") {
    if (!notification.subscriberId) return null;
    const subscriber = await db.subscriber.findFirst({
      where: { id: notification.subscriberId, pageId },
      select: { allComponents: true, components: { select: { component: { select: { name: true, position: true } } } } },
    });
    if (!subscriber) return null;
    const chosen = subscriber.components.map(({ component }) => component).sort((a, b) => a.position - b.position);
    return { kind, page, baseUrl, components: subscriber.allComponents ? null : chosen.map((component) => component.name) };
  }

  if (kind === "webhook_disabled") {
    if (!notification.subscriberId) return null;
    const webhook = await db.subscriber.findFirst({
      where: { id: notification.subscriberId, pageId, channel: { not: "email" } },
      select: { id: true, channel: true, name: true, teamChannel: true, endpoint: true, disabledAt: true, failingSince: true, lastError: true },
    });
    if (!webhook?.disabledAt || !webhook.failingSince) return null;
    const teamChannel = webhook.teamChannel ? { id: webhook.id, name: webhook.name, channel: webhook.channel } : null;
    return { kind, page, baseUrl, endpoint: shownEndpoint(webhook.endpoint), failingSince: webhook.failingSince, disabledAt: webhook.disabledAt, lastAnswer: webhook.lastError, teamChannel };
  }

  // Component changes go to webhooks only (match-recipients.ts): email has nothing to render.
  if (kind === "component_update" || !notification.incidentId) return null;
  const row = await db.incident.findFirst({
    where: { id: notification.incidentId, pageId },
    select: { ...incidentSelect, postmortemBody: true, postmortemPublishedAt: true },
  });
  if (!row) return null;
  const { postmortemBody, postmortemPublishedAt, ...rest } = row;
  const incident = toIncident(rest);

  if (kind === "postmortem") {
    // Unpublished since it was queued: the words are no longer public, so nothing is sent.
    if (!postmortemBody || !postmortemPublishedAt) return null;
    return { kind, page, baseUrl, incident, body: postmortemBody, publishedAt: postmortemPublishedAt, followers: await loadFollowers(pageId, incident) };
  }

  if (!notification.incidentUpdateId) return null;
  const update = await db.incidentUpdate.findFirst({
    where: { id: notification.incidentUpdateId, incidentId: incident.id },
    select: { status: true, body: true, displayAt: true, componentChanges: { select: { componentId: true, oldStatus: true, newStatus: true } } },
  });
  if (!update) return null;
  const { componentChanges: changes, ...fields } = update;
  return { kind, page, baseUrl, incident, update: { ...fields, changes }, followers: await loadFollowers(pageId, incident) };
}
