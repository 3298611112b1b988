import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { DEFAULT_PAGE_ID } from "../pages/default-page";

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  createdByEmail: string | null;
};

/** The page's tokens, newest first, revoked ones included so their history stays visible. */
export async function listApiTokens(actor: Actor, pageId: string = DEFAULT_PAGE_ID): Promise<ApiTokenSummary[]> {
  authorize(actor, "tokens:manage");
  const rows = await getDb().apiToken.findMany({
    where: { pageId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    // Never the hash: it is not secret in itself, but nothing outside auth needs it.
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      expiresAt: true,
      createdBy: { select: { email: true } },
    },
  });
  return rows.map(({ createdBy, ...token }) => ({ ...token, createdByEmail: createdBy?.email ?? null }));
}
