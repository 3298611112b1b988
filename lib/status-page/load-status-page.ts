import "server-only";
import { type ComponentRecord, listComponents } from "../components/list-components";
import { listStatusLog } from "../components/list-status-log";
import { type ComponentStatus, worstComponentStatus } from "../components/status";
import {
  ACTIVE_MAINTENANCE_STATUSES,
  type IncidentRecord,
  UNRESOLVED_INCIDENT_STATUSES,
  UPCOMING_MAINTENANCE_STATUSES,
} from "../incidents/incident-record";
import { listIncidents } from "../incidents/list-incidents";
import type { PageSettings } from "../pages/get-page-settings";
import { startOfZonedDay, zonedDay } from "../time/zoned-days";
import { getVisitorGuidance, type Guidance } from "./guidance";
import { type Rollup, rollupStatus } from "./rollup";
import { overallUptime, type UptimeDay, uptimeDays } from "./uptime";
import { getPublicPage } from "./get-public-page";
import { type ComponentResponseTimes, loadResponseTimes } from "./load-response-times";

export const UPTIME_DAYS = 90;
const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

export type UptimeBarDay = UptimeDay & { incidents: { id: string; name: string }[] };

export type StatusPageComponent = ComponentRecord & {
  uptime: UptimeBarDay[];
  uptimePercent: number | null;
  /** Where the percentage comes from: the checks of a monitor, or the status log. */
  uptimeSource: "checks" | "status";
  responseTimes: ComponentResponseTimes | null;
};

export type StatusPageSection = {
  group: { id: string; name: string; description: string | null; status: ComponentStatus } | null;
  components: StatusPageComponent[];
};

export type StatusPageData = {
  page: PageSettings;
  now: Date;
  rollup: Rollup;
  guidance: Guidance | null;
  sections: StatusPageSection[];
  unresolved: IncidentRecord[];
  activeMaintenance: IncidentRecord[];
  upcomingMaintenance: IncidentRecord[];
  // Resolved incidents and completed maintenance of the last two weeks, newest first.
  recent: IncidentRecord[];
};

function overlaps(incident: IncidentRecord, from: number, to: number): boolean {
  const start = (incident.kind === "maintenance" ? incident.scheduledFor : null) ?? incident.startedAt;
  const end = incident.resolvedAt ?? (incident.kind === "maintenance" ? incident.scheduledUntil : null);
  return start.getTime() < to && (end?.getTime() ?? Number.POSITIVE_INFINITY) > from;
}

/** Everything the public status page shows, read in a handful of queries. */
export async function loadStatusPage(now = new Date()): Promise<StatusPageData> {
  const page = await getPublicPage();
  const since = new Date(startOfZonedDay(now, page.timeZone).getTime() - (UPTIME_DAYS - 1) * DAY_MS - DAY_MS);
  const [tree, log, incidents] = await Promise.all([
    listComponents(page.id),
    listStatusLog(page.id, since),
    listIncidents({ pageId: page.id, startedFrom: since }),
  ]);
  const open = await listIncidents({
    pageId: page.id,
    statuses: [...UNRESOLVED_INCIDENT_STATUSES, ...ACTIVE_MAINTENANCE_STATUSES, ...UPCOMING_MAINTENANCE_STATUSES],
  });
  const unresolved = open.filter((incident) => incident.kind === "incident");
  const byWindow = (a: IncidentRecord, b: IncidentRecord) =>
    (a.scheduledFor ?? a.startedAt).getTime() - (b.scheduledFor ?? b.startedAt).getTime();
  const activeMaintenance = open
    .filter((incident) => incident.kind === "maintenance" && ACTIVE_MAINTENANCE_STATUSES.includes(incident.status))
    .sort(byWindow);
  const upcomingMaintenance = open.filter((incident) => incident.status === "scheduled").sort(byWindow);
  const recentFrom = now.getTime() - RECENT_DAYS * DAY_MS;
  const openIds = new Set(open.map((incident) => incident.id));
  const recent = incidents.filter(
    (incident) => !openIds.has(incident.id) && (incident.resolvedAt ?? incident.startedAt).getTime() >= recentFrom,
  );

  const visible = tree.components.filter((c) => c.showcase && (!c.onlyShowIfDegraded || c.status !== "operational"));
  const charts = await loadResponseTimes(page.id, visible.map((c) => c.id), now);

  const component = (record: ComponentRecord): StatusPageComponent => {
    const days = uptimeDays({ entries: log, componentId: record.id, createdAt: record.createdAt, startDate: record.startDate, now, days: UPTIME_DAYS, timeZone: page.timeZone });
    const affecting = incidents.filter((incident) => incident.kind === "incident" && incident.components.some((c) => c.id === record.id));
    const uptime = days.map((day) => {
      const { start, end } = zonedDay(day.date, page.timeZone);
      const onDay = affecting.filter((incident) => overlaps(incident, start.getTime(), end.getTime()));
      return { ...day, incidents: onDay.map(({ id, name }) => ({ id, name })) };
    });
    const responseTimes = charts.get(record.id) ?? null;
    // A monitored component's uptime is that of its checks over the 90 days (the formula says so).
    const checked = responseTimes?.ranges.find((range) => range.range === "90d")?.summary.uptimePercent ?? null;
    if (checked !== null) return { ...record, uptime, uptimePercent: checked, uptimeSource: "checks", responseTimes };
    return { ...record, uptime, uptimePercent: overallUptime(days), uptimeSource: "status", responseTimes };
  };
  const sections: (StatusPageSection & { position: number })[] = [
    ...tree.groups.map((group) => {
      const children = visible.filter((c) => c.groupId === group.id).map(component);
      const status = worstComponentStatus(children.map((c) => c.status));
      return { position: group.position, group: { id: group.id, name: group.name, description: group.description, status }, components: children };
    }),
    ...visible.filter((c) => c.groupId === null).map((c) => ({ position: c.position, group: null, components: [component(c)] })),
  ];
  const rollup = rollupStatus({ componentStatuses: tree.components.map((c) => c.status), incidents: open });
  const guidance = getVisitorGuidance({
    components: tree.components,
    unresolvedIncidents: unresolved,
    activeMaintenance,
    supportContact: page.supportContact,
    customText: page.guidanceText,
    timeZone: page.timeZone,
  });
  return {
    page,
    now,
    rollup,
    guidance,
    sections: sections.filter((s) => s.components.length > 0).sort((a, b) => a.position - b.position),
    unresolved,
    activeMaintenance,
    upcomingMaintenance,
    recent,
  };
}
