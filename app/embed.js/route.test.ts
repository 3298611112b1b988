import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

// getEnv() caches on its first call, so BEACON_URL is set before the handler runs.
process.env.BEACON_URL = "https://status.example.com";

describe("GET /embed.js", () => {
  it("answers a script any site may load, with the base address baked in", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toContain('"https://status.example.com"');
  });

  it("stays under 5 KB gzipped", async () => {
    const bytes = Buffer.from(await GET().arrayBuffer());
    expect(gzipSync(bytes).length).toBeLessThan(5 * 1024);
  });
});
