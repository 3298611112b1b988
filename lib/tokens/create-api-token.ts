import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { generateSecretToken, hashSecretToken } from "../auth/secret-token";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";

export const TOKEN_PREFIX = "bcn_";

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
});

export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

/** Creates a token and returns it in clear, the only time it is ever available. */
export async function createApiToken(
  actor: Actor,
  input: CreateApiTokenInput,
): Promise<{ id: string; name: string; token: string }> {
  authorize(actor, "tokens:manage");
  const { name } = parseInput(createApiTokenInput, input);
  const page = await ensurePage();
  const token = generateSecretToken(TOKEN_PREFIX);
  return getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        pageId: page.id,
        name,
        tokenHash: hashSecretToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        createdById: actor.kind === "user" ? actor.id : null,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { pageId: page.id, actor, action: "token.create", targetType: "api_token", targetId: created.id });
    return { ...created, token };
  });
}
