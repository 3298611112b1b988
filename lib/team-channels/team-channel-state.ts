import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";
import { type TeamChannelId, teamChannelId } from "./schemas";
import { TEAM_CHANNEL_GONE } from "./update-team-channel";

// Pausing a team channel stops what it receives (news meanwhile is not sent later); enabling
// it again, after a pause or after Beacon disabled it for failing, starts a new streak: the
// failures before do not count towards disabling it again.

export async function pauseTeamChannel(actor: Actor, input: TeamChannelId): Promise<void> {
  authorize(actor, "channels:manage");
  const { pageId, id } = parseInput(teamChannelId, input);
  await setState(actor, { pageId, id }, "team_channel.pause", { state: "unsubscribed", unsubscribedAt: new Date() });
}

export async function enableTeamChannel(actor: Actor, input: TeamChannelId): Promise<void> {
  authorize(actor, "channels:manage");
  const { pageId, id } = parseInput(teamChannelId, input);
  const now = new Date();
  await setState(actor, { pageId, id }, "team_channel.enable", {
    state: "confirmed",
    confirmedAt: now,
    unsubscribedAt: null,
    disabledAt: null,
    failingSince: null,
    lastError: null,
  });
}

async function setState(actor: Actor, { pageId, id }: { pageId: string; id: string }, action: string, data: object) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.subscriber.updateMany({ where: { id, pageId, teamChannel: true }, data });
    if (count !== 1) throw new NotFoundError(TEAM_CHANNEL_GONE);
    await recordAudit(tx, { pageId, actor, action, targetType: "team_channel", targetId: id });
  });
}
