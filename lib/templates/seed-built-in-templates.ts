import "server-only";
import { getDb } from "../db";
import { INCIDENT_TEMPLATES } from "./built-in-templates";

/**
 * Copies Beacon's templates that a page does not have yet into its table, in their order (also
 * the ones a later version of Beacon adds). Safe when two requests do it at once: the second
 * insert of a key fails on @@unique([pageId, key]) and is skipped. Each insert stands alone, as
 * a failed statement would abort a PostgreSQL transaction. Returns whether it added any.
 */
export async function seedBuiltInTemplates(pageId: string, presentKeys?: ReadonlySet<string | null>): Promise<boolean> {
  const db = getDb();
  const present =
    presentKeys ?? new Set((await db.incidentTemplate.findMany({ where: { pageId, key: { not: null } }, select: { key: true } })).map((row) => row.key));
  const missing = INCIDENT_TEMPLATES.map((template, position) => ({ template, position })).filter(({ template }) => !present.has(template.key));
  for (const { template, position } of missing) {
    try {
      await db.incidentTemplate.create({ data: { pageId, position, ...template } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return missing.length > 0;
}

// Duck-typed: the SQLite and PostgreSQL clients each have their own error class.
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as Error & { code?: unknown }).code === "P2002";
}
