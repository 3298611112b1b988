import type { IncidentRecord } from "@/lib/incidents/incident-record";
import { impactLabel, incidentStatusLabel } from "@/lib/incidents/labels";
import { formatDuration } from "@/lib/time/format-time";
import { IncidentTimeline } from "./incident-timeline";
import { LocalTime } from "./local-time";

// One incident or maintenance: what, how bad, since when, for how long, which components,
// and (unless compact) its whole timeline.

const closed = new Set(["resolved", "postmortem", "completed"]);

export function incidentDuration(incident: IncidentRecord, now: Date): string {
  if (incident.kind === "maintenance" && incident.status === "scheduled") {
    const { scheduledFor, scheduledUntil } = incident;
    return scheduledFor && scheduledUntil ? `planned for ${formatDuration(scheduledUntil.getTime() - scheduledFor.getTime())}` : "";
  }
  const start = incident.startedAt.getTime();
  if (closed.has(incident.status)) return `lasted ${formatDuration((incident.resolvedAt ?? now).getTime() - start)}`;
  return `ongoing for ${formatDuration(now.getTime() - start)}`;
}

// `headingLevel: null` leaves the title out, for the permalink page whose own h1 names the incident.
type Props = { incident: IncidentRecord; timeZone: string; now: Date; headingLevel?: 2 | 3 | null; compact?: boolean };

export function IncidentCard({ incident, timeZone, now, headingLevel = 3, compact = false }: Props) {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : null;
  const { scheduledFor, scheduledUntil } = incident;
  const window = incident.kind === "maintenance" && scheduledFor && scheduledUntil ? { from: scheduledFor, until: scheduledUntil } : null;
  return (
    <article className="rounded-lg border border-slate-200 px-4 py-4 dark:border-slate-700">
      {Heading ? (
        <Heading className="mb-1 text-lg font-semibold">
          <a className="underline-offset-2 hover:underline" href={`/incidents/${incident.id}`}>
            {incident.name}
          </a>
        </Heading>
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <strong className="font-semibold">{incidentStatusLabel[incident.status]}</strong>
        {incident.kind === "incident" ? ` · ${impactLabel[incident.impact]}` : null}
        {" · "}
        {window ? (
          <>
            <LocalTime date={window.from} timeZone={timeZone} /> to <LocalTime date={window.until} timeZone={timeZone} />
          </>
        ) : (
          <>
            started <LocalTime date={incident.startedAt} timeZone={timeZone} />
          </>
        )}
        {` · ${incidentDuration(incident, now)}`}
      </p>
      {incident.components.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Affects: {incident.components.map((component) => component.name).join(", ")}
        </p>
      ) : null}
      {compact ? null : (
        <div className="mt-3">
          <IncidentTimeline updates={incident.updates} timeZone={timeZone} />
        </div>
      )}
    </article>
  );
}
