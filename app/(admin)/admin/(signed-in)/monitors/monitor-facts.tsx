import { LocalTime } from "@/components/local-time";
import type { CheckPoint, MonitorSummary } from "@/lib/monitors/list-monitor-summaries";
import { formatDuration } from "@/lib/time/format-time";
import Link from "next/link";
import { Sparkline, sparklineSummary } from "./sparkline";

// One monitor's facts for its row on the list and the top of its own page: what it checks,
// its last check, a sparkline of the latest ones, its last failure, and its incident.

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";

/** "DNS 3 ms · connect 1 ms · TLS 12 ms · first byte 80 ms · total 96 ms", the phases measured. */
export function timingsLine(check: CheckPoint): string {
  const phases: [string, number | null][] = [
    ["DNS", check.dnsMs],
    ["connect", check.connectMs],
    ["TLS", check.tlsMs],
    ["first byte", check.firstByteMs],
    ["total", check.totalMs],
  ];
  return phases
    .filter((phase): phase is [string, number] => phase[1] !== null)
    .map(([name, ms]) => `${name} ${ms.toLocaleString("en")} ms`)
    .join(" · ");
}

/** "45 s", "5 min", "1 d" */
export function periodWords(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : formatDuration(seconds * 1000);
}

export function CheckLine({ check, timeZone }: { check: CheckPoint; timeZone: string }) {
  return (
    <>
      <LocalTime date={check.checkedAt} timeZone={timeZone} />: <span className="font-medium">{check.message}</span>
      <span className="block text-slate-600 dark:text-slate-400">{timingsLine(check)}</span>
    </>
  );
}

export function MonitorFacts({ monitor, timeZone }: { monitor: MonitorSummary; timeZone: string }) {
  const last = monitor.recent.at(-1);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {monitor.kind === "heartbeat" ? (
        <>
          <dt className={termClass}>Expects</dt>
          <dd>
            a ping every {periodWords(monitor.intervalSeconds)} (grace {periodWords(monitor.graceSeconds)}), for {monitor.componentName}
          </dd>
          <dt className={termClass}>Last ping</dt>
          <dd>{monitor.lastPingAt ? <LocalTime date={monitor.lastPingAt} timeZone={timeZone} /> : "None yet."}</dd>
        </>
      ) : (
        <>
          <dt className={termClass}>Checks</dt>
          <dd className="break-all">
            <code>
              {monitor.method} {monitor.url}
            </code>{" "}
            every {periodWords(monitor.intervalSeconds)}, for {monitor.componentName}
          </dd>
        </>
      )}
      <dt className={termClass}>Last check</dt>
      <dd>{last ? <CheckLine check={last} timeZone={timeZone} /> : "Not checked yet."}</dd>
      <dt className={termClass}>Latest</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <Sparkline checks={monitor.recent} />
        <span>{sparklineSummary(monitor.recent)}</span>
      </dd>
      {monitor.lastFailure && monitor.lastFailure.id !== last?.id ? (
        <>
          <dt className={termClass}>Last failure</dt>
          <dd>
            <CheckLine check={monitor.lastFailure} timeZone={timeZone} />
          </dd>
        </>
      ) : null}
      {monitor.incident ? (
        <>
          <dt className={termClass}>Incident</dt>
          <dd>
            <Link href={`/admin/incidents/${monitor.incident.id}`} className="underline underline-offset-2">
              {monitor.incident.name}
            </Link>{" "}
            ({monitor.incident.status})
            {monitor.awaitingPerson ? (
              <span className="block font-medium text-amber-800 dark:text-amber-300">
                The checks pass again. Someone posted on this incident, so Beacon leaves resolving it to you.
              </span>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
