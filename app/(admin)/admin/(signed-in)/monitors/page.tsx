import { getEnv } from "@/lib/env";
import { listMonitorSummaries, type MonitorSummary } from "@/lib/monitors/list-monitor-summaries";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { HeartbeatForm } from "./heartbeat-form";
import { MonitorFacts } from "./monitor-facts";
import { MonitorForm } from "./monitor-form";
import { MonitorStateBadge } from "./state-badge";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Monitors" };

function MonitorRow({ monitor, timeZone }: { monitor: MonitorSummary; timeZone: string }) {
  return (
    <li className="space-y-2 px-4 py-4">
      <h3 className="font-semibold break-words">
        <Link href={`/admin/monitors/${monitor.id}`} className="underline underline-offset-2">
          {monitor.name}
        </Link>{" "}
        <MonitorStateBadge monitor={monitor} />
      </h3>
      <MonitorFacts monitor={monitor} timeZone={timeZone} />
    </li>
  );
}

export default async function MonitorsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await requireUser();
  const [page, monitors, sections, { deleted }] = await Promise.all([getPublicPage(), listMonitorSummaries(user), listComponentChoices(DEFAULT_PAGE_ID), searchParams]);
  const hasComponents = sections.some((section) => section.components.length > 0);
  const noComponents = (
    <p>
      It sets the status of a component: <Link href="/admin/components" className="underline underline-offset-2">add a component</Link> first.
    </p>
  );
  return (
    <>
      <h1 className="text-2xl font-semibold">Monitors</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Beacon checks your sites itself. After a few failed checks in a row it sets the component&apos;s status and opens an incident from the matching
        template (a 502 opens “502 Bad Gateway”), and subscribers hear of it; when the checks pass again it resolves the incident, unless someone posted
        on it. Alerts from the monitoring you already run can do the same:{" "}
        <Link href="/admin/alerts" className="underline underline-offset-2">
          Prometheus Alertmanager
        </Link>
        .
      </p>
      {deleted ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          Monitor removed.
        </p>
      ) : null}
      <section aria-labelledby="monitors-heading" className="space-y-3">
        <h2 id="monitors-heading" className="text-lg font-semibold">
          Monitors and heartbeats
        </h2>
        {monitors.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No monitors yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {monitors.map((monitor) => (
              <MonitorRow key={monitor.id} monitor={monitor} timeZone={page.timeZone} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-lg font-semibold">
          Add a monitor
        </h2>
        {hasComponents ? <MonitorForm sections={sections} minInterval={getEnv().BEACON_MIN_CHECK_INTERVAL_SECONDS} /> : noComponents}
      </section>
      <section aria-labelledby="heartbeat-heading" className="space-y-3">
        <h2 id="heartbeat-heading" className="text-lg font-semibold">
          Add a heartbeat
        </h2>
        <p className="text-slate-600 dark:text-slate-400">
          For jobs Beacon cannot check from outside (backups, cron tasks, queue consumers): the job calls its secret URL when it has run. No call
          within the period plus the grace counts as a failure, with an incident as for a monitor.
        </p>
        {hasComponents ? <HeartbeatForm sections={sections} /> : noComponents}
      </section>
    </>
  );
}
