import "server-only";
import { checkConnection, DatabaseUnavailableError } from "../../lib/database/check-connection";
import { MigrationError, migrateDeploy } from "../../lib/database/migrate";
import { type Env, getEnv } from "../../lib/env";
import { databaseTarget } from "../../lib/database/url";
import { isExpectedError } from "../../lib/errors";
import { log } from "../../lib/log";
import { ensurePage } from "../../lib/pages/ensure-page";
import { ensureOwner } from "../../lib/users/ensure-owner";

/**
 * Everything that must hold before Beacon serves: valid configuration, a reachable database,
 * migrations applied, the page row, and the first owner when none exists yet.
 */
export async function prepareInstance(): Promise<Env> {
  const env = getEnv();
  const target = databaseTarget();
  await checkConnection(target, { allowMissingDatabase: true });
  log.info(await migrateDeploy());
  await ensurePage();
  const owner = await ensureOwner(
    { kind: "system", label: "first start" },
    { email: env.BEACON_ADMIN_EMAIL, password: env.BEACON_ADMIN_PASSWORD },
  );
  if (owner === "created") log.info("created the owner account from BEACON_ADMIN_EMAIL");
  // "missing" is reported once the server listens, with the sign-in address (first-run-hints.ts).
  return env;
}

/** True for failures that start-up reports in one line (configuration, database, migrations). */
export function isStartupError(error: unknown): error is Error {
  return isExpectedError(error) || error instanceof DatabaseUnavailableError || error instanceof MigrationError;
}
