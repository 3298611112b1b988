import "server-only";
import { MIN_PASSWORD_LENGTH } from "../../lib/auth/password";
import { log } from "../../lib/log";
import { countUsers } from "../../lib/users/count-users";

// What a newcomer needs once the server is up: where to sign in and, while nobody can,
// how to make the first user (issue 9: `npm run serve` said neither).

export function signInUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/admin/login`;
}

export const CREATE_OWNER_HINT =
  "no users yet: to make the first one, restart with BEACON_ADMIN_EMAIL and BEACON_ADMIN_PASSWORD set, " +
  `or run \`npm run beacon -- create-user --email you@example.com --password '<at least ${MIN_PASSWORD_LENGTH} characters>' --role owner\``;

/** Logs the sign-in address, and the way to create the owner while there are no users. */
export async function logFirstRunHints(baseUrl: string): Promise<void> {
  log.info(`sign in at ${signInUrl(baseUrl)}`);
  // While the database is still unreachable the start-up retry reports it; say nothing more.
  const users = await countUsers().catch(() => undefined);
  if (users === 0) log.warn(CREATE_OWNER_HINT);
}
