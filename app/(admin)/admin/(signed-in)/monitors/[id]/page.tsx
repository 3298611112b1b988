import { getEnv } from "@/lib/env";
import { getMonitorDetail } from "@/lib/monitors/list-monitor-summaries";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listComponentChoices } from "@/lib/subscribers/component-choices";
import { requireUser } from "@/web/session/request-session";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckLine, MonitorFacts } from "../monitor-facts";
import { HeartbeatForm } from "../heartbeat-form";
import { MonitorForm } from "../monitor-form";
import { MonitorStateBadge } from "../state-badge";
import { CheckNowForm, DeleteMonitorForm, PauseOrResumeForm } from "./monitor-actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Monitor" };

const text = (value: number | string | null) => (value === null ? "" : String(value));

export default async function MonitorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const user = await requireUser();
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [page, monitor, sections] = await Promise.all([getPublicPage(), getMonitorDetail(user, id), listComponentChoices(DEFAULT_PAGE_ID)]);
  if (!monitor) notFound();
  const values: Record<string, string> = {
    name: monitor.name,
    url: monitor.url,
    componentId: monitor.componentId,
    method: monitor.method,
    intervalSeconds: text(monitor.intervalSeconds),
    timeoutMs: text(monitor.timeoutMs),
    upStatuses: monitor.upStatuses,
    keyword: text(monitor.keyword),
    keywordMode: monitor.keywordMode ?? "present",
    jsonPath: text(monitor.jsonPath),
    jsonExpected: text(monitor.jsonExpected),
    degradedAfterMs: text(monitor.degradedAfterMs),
    certExpiryDays: text(monitor.certExpiryDays),
    failureThreshold: text(monitor.failureThreshold),
    successThreshold: text(monitor.successThreshold),
    showChart: monitor.showChart ? "on" : "",
  };
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/monitors" className="underline underline-offset-2">
          ← Monitors
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">
        {monitor.name} <MonitorStateBadge monitor={monitor} />
      </h1>
      {created ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          Monitor added: its first check runs within a few seconds. Reload to see it.
        </p>
      ) : null}
      <MonitorFacts monitor={monitor} timeZone={page.timeZone} />
      <div className="flex flex-wrap items-start gap-4">
        {monitor.kind === "http" ? <CheckNowForm id={monitor.id} /> : null}
        <PauseOrResumeForm id={monitor.id} paused={monitor.paused} />
      </div>
      <section aria-labelledby="failures-heading" className="space-y-3">
        <h2 id="failures-heading" className="text-lg font-semibold">
          Recent failures
        </h2>
        {monitor.recentFailures.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No failed checks in the last 48 hours.</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 text-sm dark:divide-slate-700 dark:border-slate-700">
            {monitor.recentFailures.map((check) => (
              <li key={check.id} className="px-4 py-2">
                <CheckLine check={check} timeZone={page.timeZone} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Change it
        </h2>
        {monitor.kind === "heartbeat" ? (
          <HeartbeatForm sections={sections} existing={{ id: monitor.id, values: { ...values, periodSeconds: text(monitor.intervalSeconds), graceSeconds: text(monitor.graceSeconds) } }} />
        ) : (
          <MonitorForm sections={sections} minInterval={getEnv().BEACON_MIN_CHECK_INTERVAL_SECONDS} existing={{ id: monitor.id, headerNames: monitor.headerNames, values }} />
        )}
      </section>
      <DeleteMonitorForm id={monitor.id} name={monitor.name} />
    </>
  );
}
