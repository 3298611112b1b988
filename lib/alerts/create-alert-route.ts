import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { matchersToJson } from "./matcher-lines";
import { type CreateAlertRouteInput, createAlertRouteInput } from "./schemas";

// A dashboard route sends alerts without a `component` label to a component. Routing is part
// of how Beacon watches things, so it takes the monitors' permission. New routes go last.

export async function createAlertRoute(actor: Actor, input: CreateAlertRouteInput): Promise<{ id: string }> {
  authorize(actor, "monitors:write");
  const { componentId, matchers } = parseInput(createAlertRouteInput, input);
  const names = matchers.map((matcher) => matcher.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new ValidationError(`matchers name ${repeated} twice`, { matchers: `name ${repeated} once` });
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const component = await tx.component.findFirst({ where: { id: componentId, pageId }, select: { id: true, name: true } });
    if (!component) throw new ValidationError("componentId is not a component of this page", { componentId: "must be a component of this page" });
    const last = await tx.alertRoute.findFirst({ where: { pageId }, orderBy: { position: "desc" }, select: { position: true } });
    const json = matchersToJson(matchers);
    const route = await tx.alertRoute.create({ data: { pageId, componentId, matchers: json, position: (last?.position ?? -1) + 1 }, select: { id: true } });
    await recordAudit(tx, { pageId, actor, action: "alert_route.create", targetType: "alert_route", targetId: route.id, details: { component: component.name, matchers: JSON.parse(json) } });
    return route;
  });
}
