import type { IncidentStatus } from "../../incidents/incident-record";

// Words for a feed entry's "<status>: <message>" line, as Statuspage's feeds word them.
export const incidentStatusLabel: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};
