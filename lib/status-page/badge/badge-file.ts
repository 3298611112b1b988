import { z } from "zod";

// The same shape the snapshot accepts for /badge/<id>.svg (server/snapshot/public-paths.ts):
// anything else names no component, so it is a 404 without a database read.
const badgeFile = z.string().regex(/^[A-Za-z0-9_-]{1,64}\.svg$/);

/** "ck123.svg" → "ck123"; null for anything that cannot be a component's badge. */
export function componentIdFromBadgeFile(file: string): string | null {
  const parsed = badgeFile.safeParse(file);
  return parsed.success ? parsed.data.slice(0, -".svg".length) : null;
}
