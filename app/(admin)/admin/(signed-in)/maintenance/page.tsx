import { LocalTime } from "@/components/local-time";
import { requireUser } from "@/web/session/request-session";
import { listComponents } from "@/lib/components/list-components";
import { ACTIVE_MAINTENANCE_STATUSES, type IncidentRecord, UPCOMING_MAINTENANCE_STATUSES } from "@/lib/incidents/incident-record";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { timeZoneName } from "@/lib/time/format-time";
import type { Metadata } from "next";
import Link from "next/link";
import { ScheduleForm } from "./schedule-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Maintenance" };

function MaintenanceList({ id, title, empty, items, timeZone }: { id: string; title: string; empty: string; items: IncidentRecord[]; timeZone: string }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {items.map((item) => (
            <li key={item.id} className="space-y-1 px-4 py-3">
              <div className="flex flex-wrap justify-between gap-x-4">
                <Link className="font-medium break-words underline-offset-2 hover:underline" href={`/admin/incidents/${item.id}`}>
                  {item.name}
                </Link>
                <span className="text-sm">{incidentStatusLabel[item.status]}</span>
              </div>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <LocalTime date={item.scheduledFor ?? item.startedAt} timeZone={timeZone} /> to{" "}
                {item.scheduledUntil ? <LocalTime date={item.scheduledUntil} timeZone={timeZone} /> : "no set end"}
                {item.components.length > 0 ? ` · ${item.components.map((c) => c.name).join(", ")}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function MaintenancePage() {
  await requireUser();
  const [page, tree, maintenance] = await Promise.all([
    getPublicPage(),
    listComponents(DEFAULT_PAGE_ID),
    listIncidents({ pageId: DEFAULT_PAGE_ID, kind: "maintenance", statuses: [...ACTIVE_MAINTENANCE_STATUSES, ...UPCOMING_MAINTENANCE_STATUSES], orderBy: "scheduledFor" }),
  ]);
  const groupName = new Map(tree.groups.map((group) => [group.id, group.name]));
  const components = tree.components.map((c) => ({ id: c.id, label: c.groupId ? `${groupName.get(c.groupId)} / ${c.name}` : c.name }));
  const zoneLabel = `${page.timeZone} (${timeZoneName(new Date(), page.timeZone)})`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Maintenance</h1>
      <MaintenanceList
        id="in-progress-heading"
        title="In progress"
        empty="No maintenance is in progress."
        items={maintenance.filter((m) => ACTIVE_MAINTENANCE_STATUSES.includes(m.status))}
        timeZone={page.timeZone}
      />
      <MaintenanceList
        id="upcoming-heading"
        title="Upcoming"
        empty="No maintenance is scheduled."
        items={maintenance.filter((m) => UPCOMING_MAINTENANCE_STATUSES.includes(m.status))}
        timeZone={page.timeZone}
      />
      <section aria-labelledby="schedule-heading" className="space-y-3">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          Schedule maintenance
        </h2>
        <ScheduleForm components={components} zoneLabel={zoneLabel} />
      </section>
    </>
  );
}
