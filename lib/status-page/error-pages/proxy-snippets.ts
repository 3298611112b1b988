// The proxy configuration that serves Beacon's error pages instead of the proxy's own, as the
// README shows it and as the end-to-end test runs it (so what people copy is what is tested).

export const ERROR_PAGES_LOCATION = "/beacon-errors/";

/** For nginx's `server { … }` of the site: its own 502/503/504, and the upstream's with intercept. */
export function nginxErrorPages(mirrorDir: string, { interceptUpstream = true } = {}): string {
  const dir = mirrorDir.endsWith("/") ? mirrorDir : `${mirrorDir}/`;
  return [
    ...(interceptUpstream ? ["# Also replace the error pages the site itself sends with these codes:", "proxy_intercept_errors on;"] : []),
    `error_page 502 ${ERROR_PAGES_LOCATION}502.html;`,
    `error_page 503 ${ERROR_PAGES_LOCATION}503.html;`,
    `error_page 504 ${ERROR_PAGES_LOCATION}504.html;`,
    `location ${ERROR_PAGES_LOCATION} {`,
    "    internal;",
    `    alias ${dir};`,
    "}",
  ].join("\n");
}
