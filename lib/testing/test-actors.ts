import type { Actor } from "../auth/actor";
import type { Db } from "../database/client";

// Actors backed by real rows: status log and update rows point at users and tokens by foreign
// key, so a made-up id would fail on insert. For *.db.test.ts files only.

export type TestActors = {
  editor: Extract<Actor, { kind: "user" }>;
  token: Extract<Actor, { kind: "token" }>;
  otherPageId: string;
};

let sequence = 0;

export async function createTestActors(db: Db, pageId: string): Promise<TestActors> {
  sequence += 1;
  const suffix = `${Date.now().toString(36)}-${sequence}`;
  const user = await db.user.create({
    data: { email: `editor-${suffix}@example.com`, passwordHash: "not a real hash", role: "editor" },
  });
  const token = await db.apiToken.create({
    data: { pageId, name: `bot ${suffix}`, tokenHash: `hash-${suffix}`, prefix: "bcn_test" },
  });
  // A second page, to check that one page's ids are never accepted for another.
  const otherPage = await db.page.create({ data: { name: `Other ${suffix}` } });
  return {
    editor: { kind: "user", id: user.id, email: user.email, role: "editor" },
    token: { kind: "token", id: token.id, name: token.name },
    otherPageId: otherPage.id,
  };
}
