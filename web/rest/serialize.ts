import type { ComponentGroupRecord, ComponentRecord } from "../../lib/components/list-components";
import type { IncidentRecord, IncidentUpdateRecord } from "../../lib/incidents/incident-record";
import type {
  ComponentGroupResponse,
  ComponentResponse,
  IncidentResponse,
  IncidentUpdateResponse,
} from "./response-schemas";

// Records from lib/ to the JSON of /api/v1 (see response-schemas.ts). Pure, so unit-tested.

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function serializeComponent(component: ComponentRecord): ComponentResponse {
  return {
    id: component.id,
    name: component.name,
    description: component.description,
    status: component.status,
    position: component.position,
    group_id: component.groupId,
    showcase: component.showcase,
    only_show_if_degraded: component.onlyShowIfDegraded,
    start_date: iso(component.startDate),
    created_at: component.createdAt.toISOString(),
    updated_at: component.updatedAt.toISOString(),
  };
}

/** A group with its components' ids; `components` is the page's list in display order. */
export function serializeComponentGroup(group: ComponentGroupRecord, components: readonly ComponentRecord[]): ComponentGroupResponse {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    position: group.position,
    components: components.filter((component) => component.groupId === group.id).map((component) => component.id),
    created_at: group.createdAt.toISOString(),
    updated_at: group.updatedAt.toISOString(),
  };
}

export function serializeIncidentUpdate(update: IncidentUpdateRecord): IncidentUpdateResponse {
  return {
    id: update.id,
    incident_id: update.incidentId,
    status: update.status,
    body: update.body,
    display_at: update.displayAt.toISOString(),
    created_at: update.createdAt.toISOString(),
    updated_at: update.updatedAt.toISOString(),
    edited_at: iso(update.editedAt),
    deliver_notifications: update.deliverNotifications,
    affected_components: update.componentChanges.map((change) => ({
      code: change.componentId,
      name: change.componentName,
      old_status: change.oldStatus,
      new_status: change.newStatus,
    })),
  };
}

/** An incident or maintenance; `baseUrl` is BEACON_URL, for its public permalink. */
export function serializeIncident(incident: IncidentRecord, baseUrl: string): IncidentResponse {
  return {
    id: incident.id,
    kind: incident.kind,
    name: incident.name,
    status: incident.status,
    impact: incident.impact,
    created_at: incident.createdAt.toISOString(),
    updated_at: incident.updatedAt.toISOString(),
    started_at: incident.startedAt.toISOString(),
    monitoring_at: iso(incident.monitoringAt),
    resolved_at: iso(incident.resolvedAt),
    scheduled_for: iso(incident.scheduledFor),
    scheduled_until: iso(incident.scheduledUntil),
    shortlink: `${baseUrl}/incidents/${encodeURIComponent(incident.id)}`,
    // IncidentRecord holds its updates newest first already.
    incident_updates: incident.updates.map(serializeIncidentUpdate),
    components: incident.components.map(({ id, name }) => ({ id, name })),
    postmortem_body: incident.postmortemBody,
    postmortem_published_at: iso(incident.postmortemPublishedAt),
  };
}
