// The Content-Security-Policy directives, in one place for both kinds of answer: Next's
// (next.config.js: the dashboard, the APIs, pages not yet in the snapshot) and the snapshot's
// (server/snapshot/build-snapshot.ts), which differ only in the scripts they allow. Plain
// JavaScript, so that next.config.js can import it.

/** @param {string} scriptSources */
function policy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For what Next answers: its runtime bootstraps with inline scripts. */
export const NEXT_CONTENT_SECURITY_POLICY = policy("'self' 'unsafe-inline'");

/**
 * For a snapshot page, which carries no Next runtime: only Beacon's own inline scripts, by hash.
 * @param {string[]} scriptHashes
 */
export function snapshotContentSecurityPolicy(scriptHashes) {
  return policy(scriptHashes.length > 0 ? scriptHashes.join(" ") : "'none'");
}
