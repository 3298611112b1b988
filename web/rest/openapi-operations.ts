import type { z } from "zod";
import { alertmanagerWebhook } from "../../lib/alerts/schemas";
import { createMonitorBody, updateMonitorBody } from "./monitor-schemas";
import * as req from "./request-schemas";

// Every /api/v1 operation, for the OpenAPI document. A unit test checks this table against the
// route files, so an endpoint cannot be added without being documented.

export type Method = "get" | "post" | "patch" | "put" | "delete";

export type Operation = {
  method: Method;
  path: string;
  operationId: string;
  summary: string;
  tag: "Components" | "Incidents" | "Maintenance" | "Subscribers" | "Monitors" | "Meta";
  body?: { id: string; wrapper?: string };
  query?: z.ZodObject;
  // The success answer: a response schema's id, or none for 204.
  status: 200 | 201 | 204;
  response?: string;
  writes?: boolean;
  public?: boolean;
  /** A 201 without Location: what it made cannot be read back through the API. */
  noLocation?: boolean;
};

/** Request bodies by the id they get under components.schemas. */
export const requestSchemas: Record<string, z.ZodType> = {
  CreateComponent: req.createComponentBody,
  UpdateComponent: req.updateComponentBody,
  CreateComponentGroup: req.createComponentGroupBody,
  UpdateComponentGroup: req.updateComponentGroupBody,
  CreateIncident: req.createIncidentBody,
  PostIncidentUpdate: req.postIncidentUpdateBody,
  EditIncidentUpdate: req.editIncidentUpdateBody,
  ResolveIncident: req.resolveIncidentBody,
  WritePostmortem: req.writePostmortemBody,
  ScheduleMaintenance: req.scheduleMaintenanceBody,
  CreateSubscriber: req.createSubscriberBody,
  CreateMonitor: createMonitorBody,
  UpdateMonitor: updateMonitorBody,
  AlertmanagerWebhook: alertmanagerWebhook,
};

const v1 = "/api/v1";
const incident = `${v1}/incidents/{id}`;
const monitor = `${v1}/monitors/{id}`;

export const operations: Operation[] = [
  { method: "get", path: `${v1}/components`, operationId: "listComponents", summary: "List components and groups", tag: "Components", status: 200, response: "ComponentList" },
  { method: "post", path: `${v1}/components`, operationId: "createComponent", summary: "Create a component", tag: "Components", body: { id: "CreateComponent" }, status: 201, response: "Component", writes: true },
  { method: "get", path: `${v1}/components/{id}`, operationId: "getComponent", summary: "Get a component", tag: "Components", status: 200, response: "Component" },
  { method: "patch", path: `${v1}/components/{id}`, operationId: "updateComponent", summary: "Update a component's fields and/or status", tag: "Components", body: { id: "UpdateComponent" }, status: 200, response: "Component", writes: true },
  { method: "delete", path: `${v1}/components/{id}`, operationId: "deleteComponent", summary: "Delete a component and its history", tag: "Components", status: 204, writes: true },
  { method: "post", path: `${v1}/component-groups`, operationId: "createComponentGroup", summary: "Create a component group", tag: "Components", body: { id: "CreateComponentGroup" }, status: 201, response: "ComponentGroup", writes: true },
  { method: "get", path: `${v1}/component-groups/{id}`, operationId: "getComponentGroup", summary: "Get a component group", tag: "Components", status: 200, response: "ComponentGroup" },
  { method: "patch", path: `${v1}/component-groups/{id}`, operationId: "updateComponentGroup", summary: "Rename a component group", tag: "Components", body: { id: "UpdateComponentGroup" }, status: 200, response: "ComponentGroup", writes: true },
  { method: "delete", path: `${v1}/component-groups/{id}`, operationId: "deleteComponentGroup", summary: "Delete a component group", tag: "Components", query: req.deleteComponentGroupQuery, status: 204, writes: true },
  { method: "get", path: `${v1}/incidents`, operationId: "listIncidents", summary: "List incidents, most recent first", tag: "Incidents", query: req.listIncidentsQuery, status: 200, response: "IncidentList" },
  { method: "post", path: `${v1}/incidents`, operationId: "createIncident", summary: "Create an incident (Statuspage's body, plain or wrapped)", tag: "Incidents", body: { id: "CreateIncident", wrapper: req.BODY_WRAPPERS.incident }, status: 201, response: "Incident", writes: true },
  { method: "get", path: incident, operationId: "getIncident", summary: "Get an incident or maintenance", tag: "Incidents", status: 200, response: "Incident" },
  { method: "delete", path: incident, operationId: "deleteIncident", summary: "Delete an incident or maintenance", tag: "Incidents", status: 204, writes: true },
  { method: "post", path: `${incident}/updates`, operationId: "postIncidentUpdate", summary: "Post an update", tag: "Incidents", body: { id: "PostIncidentUpdate", wrapper: req.BODY_WRAPPERS.incidentUpdate }, status: 201, response: "IncidentUpdate", writes: true },
  { method: "get", path: `${incident}/updates/{updateId}`, operationId: "getIncidentUpdate", summary: "Get an update", tag: "Incidents", status: 200, response: "IncidentUpdate" },
  { method: "patch", path: `${incident}/updates/{updateId}`, operationId: "editIncidentUpdate", summary: "Correct an update's message", tag: "Incidents", body: { id: "EditIncidentUpdate", wrapper: req.BODY_WRAPPERS.incidentUpdate }, status: 200, response: "IncidentUpdate", writes: true },
  { method: "post", path: `${incident}/resolve`, operationId: "resolveIncident", summary: "Resolve an incident", tag: "Incidents", body: { id: "ResolveIncident" }, status: 200, response: "Incident", writes: true },
  { method: "put", path: `${incident}/postmortem`, operationId: "writePostmortem", summary: "Save or publish the postmortem", tag: "Incidents", body: { id: "WritePostmortem" }, status: 200, response: "Incident", writes: true },
  { method: "get", path: `${v1}/maintenance`, operationId: "listMaintenance", summary: "List upcoming and active maintenance", tag: "Maintenance", status: 200, response: "MaintenanceList" },
  { method: "post", path: `${v1}/maintenance`, operationId: "scheduleMaintenance", summary: "Schedule maintenance", tag: "Maintenance", body: { id: "ScheduleMaintenance" }, status: 201, response: "Incident", writes: true },
  { method: "post", path: `${v1}/subscribers`, operationId: "createSubscriber", summary: "Add an email or webhook subscriber (Statuspage's body, plain or wrapped)", tag: "Subscribers", body: { id: "CreateSubscriber", wrapper: req.BODY_WRAPPERS.subscriber }, status: 201, response: "Subscriber", writes: true, noLocation: true },
  { method: "get", path: `${v1}/monitors`, operationId: "listMonitors", summary: "List HTTP monitors", tag: "Monitors", status: 200, response: "MonitorList" },
  { method: "post", path: `${v1}/monitors`, operationId: "createMonitor", summary: "Create an HTTP monitor (first checked at once)", tag: "Monitors", body: { id: "CreateMonitor" }, status: 201, response: "Monitor", writes: true },
  { method: "get", path: monitor, operationId: "getMonitor", summary: "Get a monitor", tag: "Monitors", status: 200, response: "Monitor" },
  { method: "patch", path: monitor, operationId: "updateMonitor", summary: "Change the fields sent (headers sent replace all headers)", tag: "Monitors", body: { id: "UpdateMonitor" }, status: 200, response: "Monitor", writes: true },
  { method: "delete", path: monitor, operationId: "deleteMonitor", summary: "Delete a monitor and its checks (its incidents stay)", tag: "Monitors", status: 204, writes: true },
  { method: "post", path: `${monitor}/check`, operationId: "checkMonitor", summary: "Check a monitor now and wait for the outcome (409 while it is being checked)", tag: "Monitors", status: 200, response: "MonitorCheck", writes: true },
  { method: "post", path: `${v1}/integrations/alertmanager`, operationId: "receiveAlertmanagerWebhook", summary: "Prometheus Alertmanager's webhook (payload version 4): opens, updates or resolves the alert group's incident", tag: "Incidents", body: { id: "AlertmanagerWebhook" }, status: 200, response: "AlertmanagerResult", writes: true },
  { method: "get", path: `${v1}/heartbeats/{secret}`, operationId: "pingHeartbeat", summary: "A job's ping (the secret URL is the credential; no token)", tag: "Monitors", status: 200, response: "HeartbeatPing", public: true },
  { method: "post", path: `${v1}/heartbeats/{secret}`, operationId: "pingHeartbeatPost", summary: "A job's ping, as POST (a body is ignored)", tag: "Monitors", status: 200, response: "HeartbeatPing", public: true },
  { method: "get", path: `${v1}/openapi.json`, operationId: "getOpenApi", summary: "This document", tag: "Meta", status: 200, public: true },
];
