// Whether a database client could start a write right now, for /api/health. Kept in a registry
// on globalThis: the custom server and Next's bundles each hold a copy of this module, and the
// client (shared through globalThis) may have been made by the other copy.

type WriteProbe = () => Promise<boolean>;

const REGISTRY = Symbol.for("beacon.database.writeProbes");
const globalRegistry = globalThis as unknown as { [REGISTRY]?: WeakMap<object, WriteProbe> };

function probes(): WeakMap<object, WriteProbe> {
  globalRegistry[REGISTRY] ??= new WeakMap();
  return globalRegistry[REGISTRY];
}

export function registerWriteProbe(client: object, probe: WriteProbe): void {
  probes().set(client, probe);
}

/**
 * True when a write could start now, false when the database would make it wait (another
 * process holds SQLite's write lock); null when the client has no such probe (PostgreSQL has
 * no database-wide write lock: its reads and writes answer the health check's query alike).
 */
export async function canStartWrite(client: object): Promise<boolean | null> {
  const probe = probes().get(client);
  return probe ? await probe() : null;
}
