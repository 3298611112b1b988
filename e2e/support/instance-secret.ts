import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/database/client";

/** The secret a server signs subscriber links with; made here when the server has not needed it yet. */
export async function instanceSecret(db: Db): Promise<Buffer> {
  const existing = await db.instanceSecret.findUnique({ where: { name: "session" } });
  if (existing) return Buffer.from(existing.value, "utf8");
  await db.instanceSecret.create({ data: { name: "session", value: randomUUID() + randomUUID() } }).catch(() => undefined);
  return Buffer.from((await db.instanceSecret.findUniqueOrThrow({ where: { name: "session" } })).value, "utf8");
}
