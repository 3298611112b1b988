import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { getEnv } from "../env";

// The key that signs links in emails. SESSION_SECRET wins; otherwise one is generated on first
// use and kept in the database, so every process sharing the database signs and checks alike.

const NAME = "session";
const cache = globalThis as unknown as { beaconInstanceSecret?: { url: string | undefined; key: Buffer } };

export async function getInstanceSecret(): Promise<Buffer> {
  const configured = getEnv().SESSION_SECRET;
  if (configured) return Buffer.from(configured, "utf8");
  const url = process.env.DATABASE_URL;
  const cached = cache.beaconInstanceSecret;
  if (cached && cached.url === url) return cached.key;
  const db = getDb();
  let row = await db.instanceSecret.findUnique({ where: { name: NAME } });
  if (!row) {
    try {
      row = await db.instanceSecret.create({ data: { name: NAME, value: randomBytes(32).toString("base64url") } });
    } catch {
      // Another process created it first: use theirs.
      row = await db.instanceSecret.findUniqueOrThrow({ where: { name: NAME } });
    }
  }
  const key = Buffer.from(row.value, "utf8");
  cache.beaconInstanceSecret = { url, key };
  return key;
}
