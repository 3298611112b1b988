import path from "node:path";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";
import { defineConfig } from "prisma/config";
import { databaseUrlFromEnv, parseDatabaseUrl } from "./lib/database/url";
import { derivedSchemaPath, migrationsPath, writeDerivedSchemas } from "./prisma/derive-schemas";

// DATABASE_URL picks the provider: the schema and migrations folder follow from it, so
// `npx prisma migrate ...` works unchanged on SQLite and on PostgreSQL.
const root = path.dirname(fileURLToPath(import.meta.url));
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });

// Prisma's native schema engine cannot be downloaded here; this stand-in drives the same
// engine compiled to WebAssembly (see prisma/engine/README.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "prisma", "engine", "schema-engine");
process.env.CHECKPOINT_DISABLE ??= "1";

const target = parseDatabaseUrl(databaseUrlFromEnv(), root);
writeDerivedSchemas(root);

export default defineConfig({
  schema: derivedSchemaPath(root, target.provider),
  migrations: { path: migrationsPath(root, target.provider) },
  datasource: { url: target.url },
});
