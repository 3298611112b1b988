import "server-only";
import { randomBytes } from "node:crypto";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { getEnv } from "../env";
import { ConflictError } from "../errors";
import { sealSecret } from "../secrets/secret-box";
import { checkComponentChoice, replaceSubscriberComponents } from "../subscribers/component-choices";
import { parseInput } from "../validation";
import { checkChannelUrl, storedEndpoint } from "./channel-url";
import { type CreateTeamChannelInput, createTeamChannelInput, eventSwitches, type TeamChannelKind } from "./schemas";

// An owner or admin points Beacon at a team's chat (or a JSON webhook): active at once, since
// the person setting it up is trusted with the page; failures are told to them by email.

export type CreatedTeamChannel = { id: string; name: string; signingSecret: string | null };

export const CHANNEL_EXISTS = "This URL is already set up; change the channel that uses it instead.";

/** The sealed value a channel keeps: a JSON webhook's new signing secret, or a chat's URL. */
export async function sealChannelSecret(kind: TeamChannelKind, url: URL) {
  if (kind !== "webhook") return { sealed: await sealSecret("chat-webhook-url", url.href), signingSecret: null };
  const signingSecret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { sealed: await sealSecret("webhook-signing", signingSecret), signingSecret };
}

/** The signing secret of a JSON webhook is returned this once. Throws ValidationError, ConflictError. */
export async function createTeamChannel(actor: Actor, input: CreateTeamChannelInput): Promise<CreatedTeamChannel> {
  authorize(actor, "channels:manage");
  const parsed = parseInput(createTeamChannelInput, input);
  const url = checkChannelUrl(parsed.kind, parsed.url, getEnv().BEACON_ALLOW_PRIVATE_WEBHOOKS);
  const endpoint = storedEndpoint(parsed.kind, url);
  const { sealed, signingSecret } = await sealChannelSecret(parsed.kind, url);
  // Failure notices go to whoever set it up.
  const email = actor.kind === "user" ? actor.email : "";
  const { pageId } = parsed;
  return getDb().$transaction(async (tx) => {
    const componentIds = parsed.scope === "all" ? [] : await checkComponentChoice(tx, pageId, parsed.componentIds);
    if (await tx.subscriber.findFirst({ where: { pageId, endpoint }, select: { id: true } })) throw new ConflictError(CHANNEL_EXISTS);
    const row = await tx.subscriber.create({
      data: {
        pageId,
        email,
        endpoint,
        channel: parsed.kind,
        teamChannel: true,
        name: parsed.name,
        signingSecret: sealed,
        state: "confirmed",
        confirmedAt: new Date(),
        allComponents: parsed.scope === "all",
        ...eventSwitches(parsed.events),
      },
      select: { id: true, name: true },
    });
    await replaceSubscriberComponents(tx, row.id, componentIds);
    await recordAudit(tx, { pageId, actor, action: "team_channel.create", targetType: "team_channel", targetId: row.id, details: { kind: parsed.kind, events: parsed.events } });
    return { ...row, signingSecret };
  });
}
