import { expect, test } from "@playwright/test";
import { nginxMirrorSite } from "../lib/status-page/error-pages/proxy-snippets";
import { type NginxProxy, startNginx } from "../lib/testing/nginx-proxy";
import { accessibilityChecks } from "./public-site/accessibility-checks";
import { incidentAndHistoryChecks } from "./public-site/incident-and-history-checks";
import { jsonChecks, STATUSPAGE_FILES } from "./public-site/json-checks";
import { mirrorSite } from "./public-site/site";
import { statusPageChecks } from "./public-site/status-page-checks";
import { PUBLIC_WITHIN_MS, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { type OwnBeacon, startOwnBeacon } from "./support/own-beacon";

// The static mirror, served by Debian's nginx with the README's location block, passes the
// checks the live site passes (the same code: ./public-site), while a Beacon of this spec's own
// keeps the folder current (BEACON_MIRROR_DIR). The sub-path case and the error pages are in
// error-pages.spec.ts.

const base = Number(process.env.BEACON_E2E_PORT ?? 3100);
const ports = { beacon: base + 40, mirror: base + 41 };
let own: OwnBeacon | undefined;
let nginx: NginxProxy | undefined;
const site = mirrorSite(`http://127.0.0.1:${ports.mirror}/`, () => {
  if (!own) throw new Error("the spec's Beacon has not started");
  return own.db;
});

// One Beacon and one nginx for every test here: in one worker, in order.
test.describe.configure({ mode: "serial", timeout: SNAPSHOT_TEST_TIMEOUT });

test.beforeAll(async () => {
  own = await startOwnBeacon({ port: ports.beacon, name: "mirror-site", env: (dataDir) => ({ BEACON_MIRROR_DIR: `${dataDir}/mirror` }) });
  nginx = await startNginx({ port: ports.mirror, servers: `server {\n  listen 127.0.0.1:${ports.mirror};\n  ${nginxMirrorSite(`${own.dataDir}/mirror`)}\n}` });
});

test.afterAll(async () => {
  await nginx?.stop();
  await own?.stop();
});

statusPageChecks(site);
incidentAndHistoryChecks(site);
accessibilityChecks(site);
jsonChecks(site);

test("the mirror's Statuspage files are the live site's, byte for byte once caught up", async ({ request }) => {
  for (const name of STATUSPAGE_FILES) {
    const path = `/api/v2/${name}.json`;
    await expect
      .poll(async () => (await (await request.get(site.url(path))).text()) === (await (await request.get(`${own!.server.url}${path}`)).text()), { timeout: PUBLIC_WITHIN_MS, message: path })
      .toBe(true);
  }
});

test("the mirror's pages come compressed, and a folder without its slash is redirected to it", async ({ request }) => {
  const page = await request.get(site.url("/"), { headers: { "accept-encoding": "gzip" } });
  expect(page.headers()["content-encoding"]).toBe("gzip");
  expect(page.headers()["content-type"]).toBe("text/html; charset=utf-8");
  const history = await request.get(`http://127.0.0.1:${ports.mirror}/history`, { maxRedirects: 0 });
  expect(history.status()).toBe(301);
  expect(history.headers().location).toMatch(/\/history\/$/);
});
