import "server-only";
import { randomUUID } from "node:crypto";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { type ChannelSettings, isChannelName, openChannel } from "../notifications/channels/registry";
import { parseInput } from "../validation";
import { type TeamChannelId, teamChannelId } from "./schemas";
import { TEAM_CHANNEL_GONE } from "./update-team-channel";

// "Send a test message": posts a message that announces nothing through the channel's own
// code (the same address checks, signature and timeout as real news), right away rather
// than through the outbox, so the person setting it up sees the receiver's answer at once.
// A paused or disabled channel can be tested too: that is how one knows it works again.

export type TestOutcome = { delivered: boolean; answer: string };

export async function sendTestMessage(actor: Actor, input: TeamChannelId, settings: ChannelSettings = {}): Promise<TestOutcome> {
  authorize(actor, "channels:manage");
  const { pageId, id } = parseInput(teamChannelId, input);
  const db = getDb();
  const recipient = await db.subscriber.findFirst({
    where: { id, pageId, teamChannel: true },
    select: { id: true, channel: true, email: true, confirmVersion: true, endpoint: true, signingSecret: true },
  });
  if (!recipient || !isChannelName(recipient.channel)) throw new NotFoundError(TEAM_CHANNEL_GONE);
  const channel = await openChannel(recipient.channel, settings);
  let outcome: TestOutcome;
  try {
    if (!channel.renderTest) throw new Error(`${recipient.channel} has no test message`);
    const render = await channel.renderTest();
    const answer = await channel.send(render(recipient), `test-${randomUUID()}`);
    outcome = { delivered: true, answer: answer || "taken" };
  } catch (error) {
    outcome = { delivered: false, answer: channel.classify(error).message };
  } finally {
    channel.close();
  }
  const testAnswer = `${outcome.delivered ? "Delivered" : "Failed"}: ${outcome.answer}`.slice(0, 500);
  await db.$transaction(async (tx) => {
    await tx.subscriber.updateMany({ where: { id, pageId }, data: { testedAt: new Date(), testAnswer } });
    await recordAudit(tx, { pageId, actor, action: "team_channel.test", targetType: "team_channel", targetId: id, details: { delivered: outcome.delivered } });
  });
  return outcome;
}
