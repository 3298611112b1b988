import { DATABASE_BUSY_MESSAGE, isDatabaseBusyError } from "../errors";

// One place that decides whether a failure means "the database cannot take this now", for the
// API (503 with Retry-After) and the dashboard's forms (a message instead of "went wrong").

export type DatabaseUnavailable = { message: string; retryAfterSeconds: number };

export const DATABASE_UNREACHABLE_MESSAGE = "The database cannot be reached right now; nothing was saved. Try again in a minute.";

// Prisma's codes for the same situations, in case they come from Prisma rather than from our
// adapters: a transaction that could not start in time or ran out of time (P2028), the pool's
// timeout (P2024), an operation that timed out (P1008); and a server that is not there.
const BUSY_CODES = new Set(["P2028", "P2024", "P1008"]);
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017"]);

function prismaCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.name.startsWith("PrismaClient")) return undefined;
  const code = (error as Error & { code?: unknown }).code ?? (error as Error & { errorCode?: unknown }).errorCode;
  return typeof code === "string" ? code : undefined;
}

/** What to tell the caller when `error` means the database is busy or away; null otherwise. */
export function databaseUnavailable(error: unknown): DatabaseUnavailable | null {
  if (isDatabaseBusyError(error)) return { message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  const code = prismaCode(error);
  if (code && BUSY_CODES.has(code)) return { message: DATABASE_BUSY_MESSAGE, retryAfterSeconds: 5 };
  if (code && UNREACHABLE_CODES.has(code)) return { message: DATABASE_UNREACHABLE_MESSAGE, retryAfterSeconds: 30 };
  return null;
}
