import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";
import { type TeamChannelId, teamChannelId } from "./schemas";
import { TEAM_CHANNEL_GONE } from "./update-team-channel";

/** Removes it for good, with its deliveries. */
export async function deleteTeamChannel(actor: Actor, input: TeamChannelId): Promise<void> {
  authorize(actor, "channels:manage");
  const { pageId, id } = parseInput(teamChannelId, input);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.subscriber.deleteMany({ where: { id, pageId, teamChannel: true } });
    if (count !== 1) throw new NotFoundError(TEAM_CHANNEL_GONE);
    await recordAudit(tx, { pageId, actor, action: "team_channel.delete", targetType: "team_channel", targetId: id });
  });
}
