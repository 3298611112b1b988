import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { type ComponentStatus, componentStatusLabel } from "../components/status";
import { getDb } from "../db";
import type { IncidentStatus } from "../incidents/incident-record";
import { incidentStatusLabel } from "../incidents/labels";
import type { SubscriberState } from "../subscribers/list-subscribers";
import { shownEndpoint } from "../notifications/channels/channel-labels";
import type { TeamEvent } from "./schemas";

// The dashboard's Team channels page: each channel with what it receives, its state and its
// newest deliveries with the receiver's answers.

export type TeamChannelDelivery = {
  id: string;
  notificationId: string;
  /** What it announced: "Database slow — Investigating", "API: Major outage". */
  about: string;
  status: string;
  attempts: number;
  /** The receiver's answer: what it said when it took the message, or why it did not. */
  answer: string | null;
  at: Date;
};

export type TeamChannelSummary = {
  id: string;
  name: string;
  kind: string;
  endpoint: string;
  state: SubscriberState;
  events: TeamEvent[];
  /** Null: everything on the page. */
  components: { id: string; name: string }[] | null;
  disabledAt: Date | null;
  lastError: string | null;
  testedAt: Date | null;
  testAnswer: string | null;
  createdAt: Date;
  deliveries: TeamChannelDelivery[];
};

const select = {
  id: true,
  name: true,
  channel: true,
  endpoint: true,
  state: true,
  notifyIncidents: true,
  notifyMaintenance: true,
  notifyComponents: true,
  allComponents: true,
  disabledAt: true,
  lastError: true,
  testedAt: true,
  testAnswer: true,
  createdAt: true,
  components: { select: { component: { select: { id: true, name: true, position: true } } } },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(where: { pageId: string; id?: string }) {
  return getDb().subscriber.findMany({ where: { ...where, teamChannel: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select });
}

async function loadDeliveries(subscriberId: string, take: number): Promise<TeamChannelDelivery[]> {
  const rows = await getDb().delivery.findMany({
    where: { subscriberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      notificationId: true,
      status: true,
      attempts: true,
      answer: true,
      lastError: true,
      sentAt: true,
      updatedAt: true,
      notification: {
        select: {
          kind: true,
          incident: { select: { name: true } },
          incidentUpdate: { select: { status: true } },
          componentStatusLog: { select: { newStatus: true, component: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map(({ notification, lastError, answer, sentAt, updatedAt, ...row }) => ({
    ...row,
    about: describeNotification(notification),
    answer: row.status === "sent" ? answer : (lastError ?? answer),
    at: sentAt ?? updatedAt,
  }));
}

type NotificationAbout = {
  kind: string;
  incident: { name: string } | null;
  incidentUpdate: { status: IncidentStatus } | null;
  componentStatusLog: { newStatus: ComponentStatus; component: { name: string } } | null;
};

function describeNotification({ kind, incident, incidentUpdate, componentStatusLog }: NotificationAbout): string {
  if (componentStatusLog) return `${componentStatusLog.component.name}: ${componentStatusLabel[componentStatusLog.newStatus]}`;
  if (kind === "postmortem" && incident) return `${incident.name} — Postmortem`;
  if (incident) return incidentUpdate ? `${incident.name} — ${incidentStatusLabel[incidentUpdate.status]}` : incident.name;
  return "A notification since deleted";
}

function toSummary(row: Row, deliveries: TeamChannelDelivery[]): TeamChannelSummary {
  const events: TeamEvent[] = [];
  if (row.notifyIncidents) events.push("incidents");
  if (row.notifyMaintenance) events.push("maintenance");
  if (row.notifyComponents) events.push("components");
  const chosen = row.components.map(({ component }) => component).sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    name: row.name,
    kind: row.channel,
    endpoint: shownEndpoint(row.endpoint),
    state: row.state,
    events,
    components: row.allComponents ? null : chosen.map(({ id, name }) => ({ id, name })),
    disabledAt: row.disabledAt,
    lastError: row.lastError,
    testedAt: row.testedAt,
    testAnswer: row.testAnswer,
    createdAt: row.createdAt,
    deliveries,
  };
}

/** Every team channel, oldest first, each with its `deliveriesEach` newest deliveries. */
export async function listTeamChannels(actor: Actor, pageId: string, deliveriesEach = 3): Promise<TeamChannelSummary[]> {
  authorize(actor, "channels:manage");
  const rows = await findRows({ pageId });
  return Promise.all(rows.map(async (row) => toSummary(row, await loadDeliveries(row.id, deliveriesEach))));
}

/** One team channel with its 20 newest deliveries; null when there is none by that id. */
export async function getTeamChannel(actor: Actor, pageId: string, id: string): Promise<TeamChannelSummary | null> {
  authorize(actor, "channels:manage");
  const [row] = await findRows({ pageId, id });
  return row ? toSummary(row, await loadDeliveries(row.id, 20)) : null;
}
