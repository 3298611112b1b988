// End-to-end tests write rows and may remove them: refuse to run them anywhere but a
// database on this machine, however the environment is set.

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  if (url.startsWith("file:")) return;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("BEACON_E2E_DATABASE_URL is not a valid URL");
  }
  if (!localHosts.has(host) && !host.startsWith("/")) {
    throw new Error(`Refusing to run end-to-end tests against a non-local database (host "${host}")`);
  }
}
