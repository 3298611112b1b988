import { LocalTime } from "@/components/local-time";
import { type AlertGroupSummary, listAlertGroups } from "@/lib/alerts/list-alert-groups";
import { listAlertRoutes } from "@/lib/alerts/list-alert-routes";
import { describeMatchers } from "@/lib/alerts/matcher-lines";
import { alertmanagerReceiverYaml, alertmanagerRouteYaml } from "@/lib/alerts/receiver-config";
import { listComponents } from "@/lib/components/list-components";
import { getEnv } from "@/lib/env";
import type { IncidentStatus } from "@/lib/incidents/incident-record";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAlertRouteForm } from "./delete-route-form";
import { AlertRouteForm } from "./route-form";
import { SetUpSteps } from "./set-up-steps";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Alerts" };

const listClass = "divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700";
const mutedClass = "text-slate-600 dark:text-slate-400";

function GroupRow({ group, timeZone }: { group: AlertGroupSummary; timeZone: string }) {
  const firing = group.status === "firing";
  return (
    <li className="space-y-1 px-4 py-3 text-sm">
      <p className="font-medium break-all">
        <code>{group.groupKey}</code>
      </p>
      <p>
        <span className="font-medium">{firing ? `Firing: ${group.firingCount} alert${group.firingCount === 1 ? "" : "s"}` : "Resolved"}</span>
        {firing && group.unmatchedCount > 0 ? `, ${group.unmatchedCount} naming no component` : null} · last notification{" "}
        <LocalTime date={group.lastNotifiedAt} timeZone={timeZone} />
      </p>
      <p>
        {group.incident ? (
          <>
            Incident:{" "}
            <Link href={`/admin/incidents/${group.incident.id}`} className="underline underline-offset-2">
              {group.incident.name}
            </Link>{" "}
            ({incidentStatusLabel[group.incident.status as IncidentStatus] ?? group.incident.status})
          </>
        ) : (
          <span className={mutedClass}>No incident</span>
        )}
      </p>
    </li>
  );
}

export default async function AlertsPage() {
  const user = await requireUser();
  const [page, routes, groups, tree] = await Promise.all([getPublicPage(), listAlertRoutes(user), listAlertGroups(user), listComponents(DEFAULT_PAGE_ID)]);
  const groupNames = new Map(tree.groups.map((group) => [group.id, group.name]));
  const components = tree.components.map((component) => ({ id: component.id, name: component.name, group: component.groupId ? (groupNames.get(component.groupId) ?? null) : null }));
  const beaconUrl = getEnv().BEACON_URL;
  const yaml = `${alertmanagerRouteYaml()}\n${alertmanagerReceiverYaml({ beaconUrl, token: "<your API token>" })}`;
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/monitors" className="underline underline-offset-2">
          ← Monitors
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Alerts</h1>
      <p className={mutedClass}>
        Beacon takes Prometheus Alertmanager&apos;s notifications. A firing alert group opens an incident (subscribers hear of it) and sets the status of
        the components its alerts name; changes to the firing alerts post one update; once the group is resolved, Beacon resolves the incident and
        restores those components, unless someone posted on it: then resolving is theirs. Alertmanager&apos;s repeats of an unchanged group change
        nothing.
      </p>
      <SetUpSteps yaml={yaml} />
      <section aria-labelledby="routes-heading" className="space-y-3">
        <h2 id="routes-heading" className="text-lg font-semibold">
          Routes
        </h2>
        <p className={mutedClass}>For alerts without a <code>component</code> label that names a component. Tried from the top; the first that matches wins.</p>
        {routes.length === 0 ? (
          <p className={mutedClass}>No routes yet.</p>
        ) : (
          <ol className={listClass}>
            {routes.map((route) => (
              <li key={route.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <p className="min-w-0 text-sm break-words">
                  <code>{describeMatchers(route.matchers)}</code> → <span className="font-medium">{route.componentName}</span>
                </p>
                <DeleteAlertRouteForm route={{ id: route.id, label: `${describeMatchers(route.matchers)} to ${route.componentName}` }} />
              </li>
            ))}
          </ol>
        )}
        <h3 className="font-semibold">Add a route</h3>
        {components.length > 0 ? (
          <AlertRouteForm components={components} />
        ) : (
          <p>
            A route sets the status of a component: <Link href="/admin/components" className="underline underline-offset-2">add a component</Link> first.
          </p>
        )}
      </section>
      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-lg font-semibold">
          Recent alert groups
        </h2>
        {groups.length === 0 ? (
          <p className={mutedClass}>No notification from Alertmanager yet.</p>
        ) : (
          <ul className={listClass}>
            {groups.map((group) => (
              <GroupRow key={group.id} group={group} timeZone={page.timeZone} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
