import * as componentGroup from "../../../app/api/v1/component-groups/[id]/route";
import * as componentGroups from "../../../app/api/v1/component-groups/route";
import * as component from "../../../app/api/v1/components/[id]/route";
import * as components from "../../../app/api/v1/components/route";
import * as incident from "../../../app/api/v1/incidents/[id]/route";
import * as postmortem from "../../../app/api/v1/incidents/[id]/postmortem/route";
import * as resolve from "../../../app/api/v1/incidents/[id]/resolve/route";
import * as update from "../../../app/api/v1/incidents/[id]/updates/[updateId]/route";
import * as updates from "../../../app/api/v1/incidents/[id]/updates/route";
import * as incidents from "../../../app/api/v1/incidents/route";
import * as maintenance from "../../../app/api/v1/maintenance/route";
import * as heartbeat from "../../../app/api/v1/heartbeats/[secret]/route";
import * as alertmanager from "../../../app/api/v1/integrations/alertmanager/route";
import * as monitorCheck from "../../../app/api/v1/monitors/[id]/check/route";
import * as monitor from "../../../app/api/v1/monitors/[id]/route";
import * as monitors from "../../../app/api/v1/monitors/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";
import * as subscribers from "../../../app/api/v1/subscribers/route";

// Each documented /api/v1 path and the route module that serves it, as Next maps them from the
// app/ folders. For tests only.

export const HTTP_METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

// Route exports are (request, context?) => Response; each route's params differ.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RouteHandler = (request: Request, context?: { params: Promise<any> }) => Promise<Response>;
export type RouteModule = Partial<Record<HttpMethod, RouteHandler>>;

export const routeTable: Record<string, RouteModule> = {
  "/api/v1/components": components,
  "/api/v1/components/{id}": component,
  "/api/v1/component-groups": componentGroups,
  "/api/v1/component-groups/{id}": componentGroup,
  "/api/v1/incidents": incidents,
  "/api/v1/incidents/{id}": incident,
  "/api/v1/incidents/{id}/updates": updates,
  "/api/v1/incidents/{id}/updates/{updateId}": update,
  "/api/v1/incidents/{id}/resolve": resolve,
  "/api/v1/incidents/{id}/postmortem": postmortem,
  "/api/v1/maintenance": maintenance,
  "/api/v1/subscribers": subscribers,
  "/api/v1/monitors": monitors,
  "/api/v1/monitors/{id}": monitor,
  "/api/v1/monitors/{id}/check": monitorCheck,
  "/api/v1/heartbeats/{secret}": heartbeat,
  "/api/v1/integrations/alertmanager": alertmanager,
  "/api/v1/openapi.json": openapi,
};

export function routeHandler(method: HttpMethod, path: string): RouteHandler {
  const handler = routeTable[path]?.[method];
  if (!handler) throw new Error(`No ${method} handler for ${path}`);
  return handler;
}
