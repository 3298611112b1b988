import type { IncidentRecord, IncidentUpdateRecord } from "../../incidents/incident-record";
import type { V2Component, V2Incident, V2IncidentUpdate, V2ScheduledMaintenance } from "./types";

export type IncidentContext = {
  pageId: string;
  // Public base URL without a trailing slash (BEACON_URL).
  baseUrl: string;
  // Serialised components by id, so an incident lists full component objects.
  componentsById: ReadonlyMap<string, V2Component>;
};

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The public permalink of an incident or maintenance. */
export function incidentPermalink(baseUrl: string, incidentId: string): string {
  return `${baseUrl}/incidents/${encodeURIComponent(incidentId)}`;
}

export function toV2IncidentUpdate(update: IncidentUpdateRecord): V2IncidentUpdate {
  return {
    id: update.id,
    status: update.status,
    body: update.body,
    incident_id: update.incidentId,
    created_at: update.createdAt.toISOString(),
    updated_at: update.updatedAt.toISOString(),
    display_at: update.displayAt.toISOString(),
    // Statuspage sends null, not [], when an update changed no component.
    affected_components:
      update.componentChanges.length === 0
        ? null
        : update.componentChanges.map((change) => ({
            code: change.componentId,
            name: change.componentName,
            old_status: change.oldStatus,
            new_status: change.newStatus,
          })),
    deliver_notifications: update.deliverNotifications,
    custom_tweet: null,
    tweet_id: null,
  };
}

export function toV2Incident(incident: IncidentRecord, context: IncidentContext): V2Incident {
  return {
    id: incident.id,
    name: incident.name,
    status: incident.status,
    created_at: incident.createdAt.toISOString(),
    updated_at: incident.updatedAt.toISOString(),
    monitoring_at: iso(incident.monitoringAt),
    resolved_at: iso(incident.resolvedAt),
    impact: incident.impact,
    shortlink: incidentPermalink(context.baseUrl, incident.id),
    started_at: incident.startedAt.toISOString(),
    page_id: context.pageId,
    // IncidentRecord already holds updates newest first, as Statuspage lists them.
    incident_updates: incident.updates.map(toV2IncidentUpdate),
    components: incident.components.flatMap(({ id }) => {
      const component = context.componentsById.get(id);
      return component ? [component] : [];
    }),
    reminder_intervals: null,
  };
}

export function toV2ScheduledMaintenance(maintenance: IncidentRecord, context: IncidentContext): V2ScheduledMaintenance {
  return {
    ...toV2Incident(maintenance, context),
    scheduled_for: iso(maintenance.scheduledFor),
    scheduled_until: iso(maintenance.scheduledUntil),
  };
}
