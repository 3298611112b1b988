import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { DEFAULT_PAGE_ID } from "../pages/default-page";
import { parseInput } from "../validation";

export const revokeApiTokenInput = z.object({
  id: z.string().trim().min(1, "must not be empty").max(100),
});

export type RevokeApiTokenInput = z.input<typeof revokeApiTokenInput>;

/**
 * Stops a token from working. Revoking an already revoked token changes nothing and is not
 * audited again, so a double-submitted form is harmless.
 */
export async function revokeApiToken(
  actor: Actor,
  input: RevokeApiTokenInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ id: string; revokedAt: Date }> {
  authorize(actor, "tokens:manage");
  const { id } = parseInput(revokeApiTokenInput, input);
  const pageId = DEFAULT_PAGE_ID;
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id, pageId, revokedAt: null }, data: { revokedAt: now } });
    const token = await tx.apiToken.findUnique({ where: { id, pageId }, select: { id: true, name: true, revokedAt: true } });
    if (!token?.revokedAt) throw new NotFoundError("No such API token");
    if (count > 0) {
      await recordAudit(tx, { pageId, actor, action: "token.revoke", targetType: "api_token", targetId: id, details: { name: token.name } });
    }
    return { id: token.id, revokedAt: token.revokedAt };
  });
}
