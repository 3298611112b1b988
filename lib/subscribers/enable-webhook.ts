import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";

// An owner or admin turns a visitor's webhook back on after Beacon disabled it for failing
// (its owner fixed the receiver and asked). It keeps its signing secret, so the receiver need
// change nothing, and starts a new streak: the failures before do not count again.

export const enableWebhookInput = z.object({
  pageId: z.string().trim().min(1).max(100),
  id: z.string().trim().min(1, "must not be empty").max(100),
});

export async function enableWebhook(actor: Actor, input: z.input<typeof enableWebhookInput>): Promise<void> {
  authorize(actor, "subscribers:manage");
  const { pageId, id } = parseInput(enableWebhookInput, input);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.subscriber.updateMany({
      where: { id, pageId, channel: "webhook", teamChannel: false, state: "failed" },
      data: { state: "confirmed", confirmedAt: new Date(), disabledAt: null, failingSince: null, lastError: null },
    });
    if (count !== 1) throw new NotFoundError("That webhook is not disabled any more (or was removed); reload the page to see it as it is.");
    await recordAudit(tx, { pageId, actor, action: "subscriber.enable", targetType: "subscriber", targetId: id });
  });
}
