import Link from "next/link";
import { StatusIcon } from "@/components/status-icon";
import { listComponents } from "@/lib/components/list-components";
import { componentStatusLabel } from "@/lib/components/status";
import { ACTIVE_MAINTENANCE_STATUSES, UNRESOLVED_INCIDENT_STATUSES, UPCOMING_MAINTENANCE_STATUSES } from "@/lib/incidents/incident-record";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const [tree, open] = await Promise.all([
    listComponents(DEFAULT_PAGE_ID),
    listIncidents({
      pageId: DEFAULT_PAGE_ID,
      statuses: [...UNRESOLVED_INCIDENT_STATUSES, ...ACTIVE_MAINTENANCE_STATUSES, ...UPCOMING_MAINTENANCE_STATUSES],
    }),
  ]);
  const groupName = new Map(tree.groups.map((group) => [group.id, group.name]));
  return (
    <>
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <section aria-labelledby="open-heading" className="space-y-2">
        <h2 id="open-heading" className="text-lg font-semibold">
          Open incidents and maintenance
        </h2>
        {open.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">Nothing open. Everything you post appears on the status page within about a second.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {open.map((incident) => (
              <li key={incident.id} className="flex justify-between gap-4 px-4 py-3">
                <Link className="font-medium underline-offset-2 hover:underline" href={`/admin/incidents/${incident.id}`}>
                  {incident.name}
                </Link>
                <span className="text-sm">{incidentStatusLabel[incident.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="components-heading" className="space-y-2">
        <h2 id="components-heading" className="text-lg font-semibold">
          Components
        </h2>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {tree.components.map((component) => (
            <li key={component.id} className="flex items-center justify-between gap-4 px-4 py-2">
              <span>
                {component.groupId ? <span className="text-slate-600 dark:text-slate-400">{groupName.get(component.groupId)} / </span> : null}
                {component.name}
              </span>
              <span className="flex items-center gap-2 text-sm">
                <StatusIcon status={component.status} />
                {componentStatusLabel[component.status]}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
