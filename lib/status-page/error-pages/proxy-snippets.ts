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

/**
 * For nginx's `server { … }` of the status page's own address: the mirror as the whole site, in
 * UTF-8, compressed, its JSON and feeds readable from any origin as Beacon serves them.
 */
export function nginxMirrorSite(mirrorDir: string): string {
  return [
    "location / {",
    `    root ${mirrorDir.replace(/\/+$/, "")};`,
    "    charset utf-8;",
    "    charset_types text/html text/plain text/css application/json application/atom+xml application/rss+xml image/svg+xml;",
    "    gzip on;",
    "    gzip_types text/css application/json application/atom+xml application/rss+xml image/svg+xml;",
    '    add_header Access-Control-Allow-Origin "*";',
    '    add_header X-Content-Type-Options "nosniff";',
    "}",
  ].join("\n");
}

/** A Caddyfile site for `address` in front of `upstream`, with the error pages from the mirror. */
export function caddyErrorPagesSite({ address, upstream, mirrorDir }: { address: string; upstream: string; mirrorDir: string }): string {
  return `${address} {
\treverse_proxy ${upstream} {
\t\t# Also replace the error pages the site itself sends with these codes:
\t\t@gateway status 502 503 504
\t\thandle_response @gateway {
\t\t\troot * ${mirrorDir}
\t\t\trewrite * /{rp.status_code}.html
\t\t\tfile_server {
\t\t\t\tstatus {rp.status_code}
\t\t\t}
\t\t}
\t}
\t# Caddy's own 502/503/504 (the site does not answer, or too slowly):
\thandle_errors {
\t\t@gateway expression \`{err.status_code} in [502, 503, 504]\`
\t\thandle @gateway {
\t\t\troot * ${mirrorDir}
\t\t\trewrite * /{err.status_code}.html
\t\t\tfile_server
\t\t}
\t}
}`;
}
