import { z } from "zod";
import { alertmanagerResult } from "../../lib/alerts/schemas";
import { BEACON_VERSION } from "../../lib/version";
import { type Operation, operations, requestSchemas } from "./openapi-operations";
import { webhookOperations } from "./openapi-webhooks";
import * as res from "./response-schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers parse with
// and the serializers are typed by, so it cannot drift from what the API does.

type JsonSchema = Record<string, unknown>;

const responseSchemas: Record<string, z.ZodType> = {
  Component: res.componentResponse,
  ComponentGroup: res.componentGroupResponse,
  ComponentList: res.componentListResponse,
  AffectedComponent: res.affectedComponentResponse,
  IncidentUpdate: res.incidentUpdateResponse,
  Incident: res.incidentResponse,
  IncidentList: res.incidentListResponse,
  MaintenanceList: res.maintenanceListResponse,
  Subscriber: res.subscriberResponse,
  Monitor: res.monitorResponse,
  MonitorList: res.monitorListResponse,
  MonitorCheck: res.monitorCheckResponse,
  HeartbeatPing: res.heartbeatPingResponse,
  AlertmanagerResult: alertmanagerResult,
  Error: res.errorResponseSchema,
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Named schemas with $refs between them; inputs as callers may send them (defaults optional). */
function schemasOf(named: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io, uri: (id) => ref(id).$ref });
  const cleaned: Record<string, JsonSchema> = {};
  // $schema and a fragment $id are not allowed inside an OpenAPI document's components.
  for (const [id, { $schema: _schema, $id: _id, ...schema }] of Object.entries(schemas)) cleaned[id] = schema;
  return cleaned;
}

const errorDescriptions: Record<number, string> = {
  400: "Malformed JSON, or a body that is not a JSON object.",
  401: "No token, or an unknown, revoked or expired one.",
  404: "No such resource (or a referenced id that does not exist).",
  409: "Changed by someone else meanwhile; try again.",
  413: "The body is larger than 64 KB (1 MB for Alertmanager's webhook).",
  422: "Invalid values, such as a date outside 1970 to five years ahead; `fields` says which.",
  500: "A bug on our side; it is logged.",
  503: "The database is busy (another process holds its write lock) or unreachable; nothing was saved. Try again after `Retry-After` seconds.",
};

function errorStatuses(operation: Operation): number[] {
  if (operation.public) return [...(operation.path.includes("{") ? [404] : []), 500];
  const hasInput = Boolean(operation.body ?? operation.query);
  return [
    ...(operation.body ? [400] : []),
    401,
    ...(operation.path.includes("{") || operation.body ? [404] : []),
    ...(operation.writes ? [409] : []),
    ...(operation.body ? [413] : []),
    ...(hasInput ? [422] : []),
    500,
    // Checking a token can write (a refused token is recorded), so any operation may meet a busy database.
    503,
  ];
}

function requestBodyOf(body: NonNullable<Operation["body"]>): JsonSchema {
  const schema = body.wrapper
    ? { anyOf: [ref(body.id), { type: "object", properties: { [body.wrapper]: ref(body.id) }, required: [body.wrapper] }] }
    : ref(body.id);
  return { required: true, content: { "application/json": { schema } } };
}

function parametersOf(operation: Operation): JsonSchema[] {
  const path = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", minLength: 1, maxLength: 100 },
  }));
  const query = Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => {
    const { $schema: _schema, description, ...json } = z.toJSONSchema(schema as z.ZodType, { target: "draft-2020-12", io: "input" });
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: json };
  });
  return [...path, ...query];
}

function successOf({ status, noLocation }: Operation, content: JsonSchema): JsonSchema {
  if (status === 204) return { description: "Done; no content." };
  if (status === 200) return { description: "OK", content };
  if (noLocation) return { description: "Created.", content };
  const location = { Location: { description: "Where to read it back.", schema: { type: "string" } } };
  return { description: "Created.", headers: location, content };
}

function operationOf(operation: Operation): JsonSchema {
  const json = { "application/json": { schema: operation.response ? ref(operation.response) : { type: "object" } } };
  const responses: Record<string, JsonSchema> = {
    [operation.status]: successOf(operation, json),
  };
  for (const status of errorStatuses(operation)) {
    responses[status] = {
      description: errorDescriptions[status],
      content: { "application/json": { schema: ref("Error") } },
      ...(status === 401 ? { headers: { "WWW-Authenticate": { schema: { type: "string" } } } } : {}),
      ...(status === 503 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "string" } } } } : {}),
    };
  }
  const parameters = parametersOf(operation);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    tags: [operation.tag],
    ...(operation.public ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body ? { requestBody: requestBodyOf(operation.body) } : {}),
    responses,
  };
}

export type OpenApiDocument = JsonSchema & { paths: Record<string, Record<string, JsonSchema>> };

/** The document for a server at `baseUrl` (BEACON_URL). */
export function buildOpenApiDocument(baseUrl: string): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of operations) (paths[operation.path] ??= {})[operation.method] = operationOf(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Beacon API",
      version: BEACON_VERSION,
      description: "Manage components, incidents and maintenance of a Beacon status page, and add subscribers. Send an API token as `Authorization: Bearer <token>` (create one with `npm run beacon -- create-token --name N`).",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: baseUrl }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: "Components" }, { name: "Incidents" }, { name: "Maintenance" }, { name: "Subscribers" }, { name: "Monitors" }, { name: "Meta" }],
    paths,
    webhooks: webhookOperations,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token made in the dashboard or with create-token." } },
      schemas: { ...schemasOf(responseSchemas, "output"), ...schemasOf(requestSchemas, "input") },
    },
  };
}
