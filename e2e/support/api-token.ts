import { randomBytes } from "node:crypto";
import { hashSecretToken } from "../../lib/auth/secret-token";
import { DEFAULT_PAGE_ID } from "../../lib/pages/default-page";
import { e2eDb, uniqueName } from "./db";

// An API token for a test, stored hashed as `npm run beacon -- create-token` stores it.
export async function createTestToken() {
  const token = `bcn_${randomBytes(32).toString("base64url")}`;
  const row = await e2eDb().apiToken.create({
    data: { pageId: DEFAULT_PAGE_ID, name: uniqueName("e2e token"), tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) },
  });
  return { token, headers: { authorization: `Bearer ${token}` }, remove: () => e2eDb().apiToken.delete({ where: { id: row.id } }) };
}
