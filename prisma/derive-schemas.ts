import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "../lib/database/url";

// The models live once in prisma/schema.prisma. Prisma needs one schema per provider, so
// each is derived from it by changing only the datasource provider and the client's output.

export const PROVIDERS: readonly DatabaseProvider[] = ["sqlite", "postgresql"];

export function derivedSchemaPath(root: string, provider: DatabaseProvider): string {
  return path.join(root, "generated", provider, "schema.prisma");
}

export function migrationsPath(root: string, provider: DatabaseProvider): string {
  return path.join(root, "prisma", "migrations", provider);
}

export function deriveSchema(source: string, provider: DatabaseProvider): string {
  const withProvider = source.replace(
    /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"[^"]*"/,
    `$1"${provider}"`,
  );
  const withOutput = withProvider.replace(
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/,
    `$1"./client"`,
  );
  if (withProvider === source && provider !== "sqlite") {
    throw new Error("prisma/schema.prisma: could not find the datasource provider to derive from");
  }
  return `// Derived from prisma/schema.prisma by prisma/derive-schemas.ts. Do not edit.\n${withOutput}`;
}

/** Writes generated/<provider>/schema.prisma for every provider, only when it changed. */
export function writeDerivedSchemas(root: string): void {
  const source = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
  for (const provider of PROVIDERS) {
    const target = derivedSchemaPath(root, provider);
    const text = deriveSchema(source, provider);
    if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === text) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}
