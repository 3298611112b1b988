import type { Db } from "../../lib/database/client";
import { mirrorFile } from "../../server/mirror/mirror-paths";
import { e2eDb } from "../support/db";

// Where the public site's checks (this folder) look: the suite's Beacon serving its snapshot,
// or a static mirror of another Beacon served by nginx. The checks are written once, against
// a site, so the mirror passes exactly what the live site passes.

export type PublicSite = {
  /** The address of a public page, given by its path on Beacon ("/", "/history?page=3"). */
  url: (key: string) => string;
  /** The address a link to that page leads to, as a pattern for toHaveURL. */
  at: (key: string) => RegExp;
  /** The database of the Beacon the site shows. */
  db: () => Db;
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The suite's server (Playwright's baseURL). */
export const liveSite: PublicSite = {
  url: (key) => key,
  at: (key) => new RegExp(`${escaped(key)}$`),
  db: e2eDb,
};

/** A mirror folder served at `base` (ending in "/"), kept by the Beacon whose database `db` gives. */
export function mirrorSite(base: string, db: () => Db): PublicSite {
  const pathOf = (key: string) => mirrorFile(key).replace(/index\.html$/, "");
  return {
    url: (key) => `${base}${pathOf(key)}`,
    at: (key) => new RegExp(`^${escaped(`${base}${pathOf(key)}`)}$`),
    db,
  };
}
