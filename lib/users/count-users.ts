import "server-only";
import { getDb } from "../db";

/** How many accounts exist; start-up uses it to say how to create the first one. */
export async function countUsers(): Promise<number> {
  return getDb().user.count();
}
