import { expect, test } from "@playwright/test";
import { jsonChecks } from "./public-site/json-checks";
import { liveSite } from "./public-site/site";
import { SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// Visitors are served stored bytes: cacheable, compressed, and following every change (the
// JSON checks are shared with the static mirror, mirror-site.spec.ts).

jsonChecks(liveSite);

test("public pages carry ETags, compression and CDN-friendly caching", async ({ request }) => {
  for (const path of ["/", "/history", "/api/v2/summary.json", "/history.atom"]) {
    const response = await request.get(path, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["content-encoding"], path).toBe("br");
    expect(headers.etag, path).toMatch(/^"[\w-]+"$/);
    expect(headers["cache-control"], path).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+.*stale-if-error=\d+/);
    // Another spec's write, or the minute's refresh, may change the page between two requests.
    await expect(async () => {
      const first = await request.get(path, { headers: { "accept-encoding": "br, gzip" } });
      const again = await request.get(path, { headers: { "if-none-match": first.headers().etag ?? "" } });
      expect(again.status(), path).toBe(304);
    }).toPass({ timeout: 15_000 });
  }
});

test("the HTML needs no client runtime and allows only its own script", async ({ request }) => {
  const response = await request.get("/");
  const html = await response.text();
  expect(html).not.toContain("/_next/static/chunks/turbopack");
  expect(html).not.toContain("self.__next_f");
  expect(response.headers()["content-security-policy"]).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("responses from the app itself carry security headers too", async ({ request }) => {
  for (const path of ["/api/health", "/incidents/no-such-incident"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});
