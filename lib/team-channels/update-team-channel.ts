import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { getEnv } from "../env";
import { ConflictError, NotFoundError } from "../errors";
import { checkComponentChoice, replaceSubscriberComponents } from "../subscribers/component-choices";
import { parseInput } from "../validation";
import { checkChannelUrl, storedEndpoint } from "./channel-url";
import { CHANNEL_EXISTS, sealChannelSecret } from "./create-team-channel";
import { TEAM_CHANNEL_KINDS, type TeamChannelKind, type UpdateTeamChannelInput, eventSwitches, updateTeamChannelInput } from "./schemas";

// Renames a team channel, changes what it receives, or gives it a new URL (a chat's URL
// revoked and made again, say). A JSON webhook given a new URL keeps its signing secret.

export const TEAM_CHANNEL_GONE = "That team channel no longer exists; perhaps someone else removed it.";

export async function updateTeamChannel(actor: Actor, input: UpdateTeamChannelInput): Promise<{ id: string }> {
  authorize(actor, "channels:manage");
  const parsed = parseInput(updateTeamChannelInput, input);
  const { pageId, id } = parsed;
  const row = await getDb().subscriber.findFirst({ where: { id, pageId, teamChannel: true }, select: { channel: true } });
  if (!row || !(TEAM_CHANNEL_KINDS as readonly string[]).includes(row.channel)) throw new NotFoundError(TEAM_CHANNEL_GONE);
  const kind = row.channel as TeamChannelKind;
  const url = parsed.url ? checkChannelUrl(kind, parsed.url, getEnv().BEACON_ALLOW_PRIVATE_WEBHOOKS) : null;
  const endpoint = url ? storedEndpoint(kind, url) : null;
  // A chat's new URL is sealed anew; a JSON webhook keeps its secret, its URL is the endpoint.
  const sealed = url && kind !== "webhook" ? (await sealChannelSecret(kind, url)).sealed : null;
  return getDb().$transaction(async (tx) => {
    const componentIds = parsed.scope === "all" ? [] : await checkComponentChoice(tx, pageId, parsed.componentIds);
    if (endpoint && (await tx.subscriber.findFirst({ where: { pageId, endpoint, id: { not: id } }, select: { id: true } }))) throw new ConflictError(CHANNEL_EXISTS);
    const { count } = await tx.subscriber.updateMany({
      where: { id, pageId, teamChannel: true },
      data: {
        name: parsed.name,
        allComponents: parsed.scope === "all",
        ...eventSwitches(parsed.events),
        ...(endpoint ? { endpoint } : {}),
        ...(sealed ? { signingSecret: sealed } : {}),
      },
    });
    if (count !== 1) throw new NotFoundError(TEAM_CHANNEL_GONE);
    await replaceSubscriberComponents(tx, id, componentIds);
    await recordAudit(tx, { pageId, actor, action: "team_channel.update", targetType: "team_channel", targetId: id, details: { events: parsed.events, newUrl: Boolean(url) } });
    return { id };
  });
}
