import { LocalTime } from "@/components/local-time";
import type { IncidentUpdateRecord } from "@/lib/incidents/incident-record";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { EditUpdateForm } from "./edit-update-form";

// IncidentTimeline is shared with the public pages, so the edit forms get a list of their own:
// one item per update, named by its status and time, newest first like the timeline.
type Props = {
  incidentId: string;
  updates: IncidentUpdateRecord[];
  timeZone: string;
  /** A line per update on the emails it sent to subscribers, by update id. */
  emails?: Record<string, React.ReactNode>;
};

export function EditUpdateList({ incidentId, updates, timeZone, emails }: Props) {
  if (updates.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No updates yet.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {updates.map((update) => {
        const labelId = `update-${update.id}-label`;
        return (
          <li key={update.id} aria-labelledby={labelId} className="space-y-2 px-4 py-3">
            <p id={labelId} className="text-sm">
              <strong className="font-semibold">{incidentStatusLabel[update.status]}</strong>
              <span className="text-slate-600 dark:text-slate-400">
                {" · "}
                <LocalTime date={update.displayAt} timeZone={timeZone} />
                {update.editedAt ? " · edited" : null}
              </span>
            </p>
            {emails?.[update.id]}
            <EditUpdateForm incidentId={incidentId} update={{ id: update.id, body: update.body }} />
          </li>
        );
      })}
    </ol>
  );
}
