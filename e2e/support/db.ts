import { randomUUID } from "node:crypto";
import { createDatabaseClient, type Db } from "../../lib/database/client";
import { parseDatabaseUrl } from "../../lib/database/url";

// Tests make their own rows directly in the server's database and remove only those.

let client: Db | undefined;

export function e2eDb(): Db {
  const url = process.env.BEACON_E2E_DATABASE_URL;
  if (!url) throw new Error("BEACON_E2E_DATABASE_URL is set by playwright.config.ts");
  client ??= createDatabaseClient(parseDatabaseUrl(url));
  return client;
}

/** A name no other test uses, so parallel tests never see each other's rows. */
export function uniqueName(base: string): string {
  return `${base} ${Date.now().toString(36)}${randomUUID().slice(0, 8)}`;
}
