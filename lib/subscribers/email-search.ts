import "server-only";
import { databaseTarget } from "../database/url";

// Searching addresses by substring. Prisma's `contains` is a LIKE that passes % and _ through
// as wildcards, so "bob_" would also find "bobxleft@…". PostgreSQL's LIKE takes a backslash
// escape by default; SQLite's has no escape without an ESCAPE clause Prisma does not write.

export type EmailSearch =
  /** The database matches exactly with this filter. */
  | { kind: "exact"; filter: { contains: string } }
  /** The filter finds a superset; keep only the addresses for which `matches` holds. */
  | { kind: "superset"; filter: { contains: string }; matches: (email: string) => boolean };

const wildcards = /[\\%_]/g;

export function emailSearch(query: string): EmailSearch {
  if (!/[\\%_]/.test(query)) return { kind: "exact", filter: { contains: query } };
  if (databaseTarget().provider === "postgresql") {
    return { kind: "exact", filter: { contains: query.replace(wildcards, (char) => `\\${char}`) } };
  }
  // On SQLite an unescaped % or _ still matches itself (among others), so the superset is right.
  return { kind: "superset", filter: { contains: query }, matches: (email) => email.includes(query) };
}
