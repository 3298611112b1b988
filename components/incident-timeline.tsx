import { componentStatusLabel } from "@/lib/components/status";
import type { IncidentUpdateRecord } from "@/lib/incidents/incident-record";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { LocalTime } from "./local-time";
import { Markdown } from "./markdown";

// Every update of an incident, newest first: what was known, when, and what changed.
export function IncidentTimeline({ updates, timeZone }: { updates: IncidentUpdateRecord[]; timeZone: string }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
      {updates.map((update) => (
        <li key={update.id}>
          <p className="text-sm">
            <strong className="font-semibold">{incidentStatusLabel[update.status]}</strong>
            <span className="text-slate-600 dark:text-slate-400">
              {" · "}
              <LocalTime date={update.displayAt} timeZone={timeZone} />
              {update.editedAt ? " · edited" : null}
            </span>
          </p>
          <Markdown text={update.body} className="mt-1" />
          {update.componentChanges.length > 0 ? (
            <ul className="mt-1 text-sm text-slate-600 dark:text-slate-400" aria-label="Component changes">
              {update.componentChanges.map((change) => (
                <li key={change.componentId}>
                  {change.componentName}: {componentStatusLabel[change.oldStatus]} → {componentStatusLabel[change.newStatus]}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
