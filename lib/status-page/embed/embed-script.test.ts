import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { RECHECK_MS, renderEmbedScript } from "./embed-script";

const BAKED = "https://status.example.com";

// A page with no DOM beyond what the script touches before it has a summary to show; fetch
// fails, as it does when the status page is unreachable.
function runOnHostPage(options: { src?: string; hidden?: boolean } = {}) {
  const fetched: { url: string; init: unknown }[] = [];
  const timeouts: number[] = [];
  const listeners: Record<string, () => void> = {};
  const appended: unknown[] = [];
  let cleared = 0;
  const document = {
    hidden: options.hidden ?? false,
    currentScript: options.src === undefined ? null : { src: options.src, getAttribute: () => null },
    body: { appendChild: (node: unknown) => appended.push(node) },
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  };
  const context = {
    document,
    window: {},
    URL,
    Date,
    Math,
    fetch: (url: string, init: unknown) => {
      fetched.push({ url, init });
      return Promise.reject(new TypeError("Failed to fetch"));
    },
    setTimeout: (_: () => void, ms: number) => timeouts.push(ms),
    clearTimeout: () => (cleared += 1),
  };
  vm.runInNewContext(renderEmbedScript(BAKED), context);
  return { document, fetched, timeouts, listeners, appended, cleared: () => cleared };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("renderEmbedScript", () => {
  it("is a script that parses", () => {
    expect(() => new vm.Script(renderEmbedScript(BAKED))).not.toThrow();
  });

  it("bakes the base address in as a safe string literal", () => {
    const text = renderEmbedScript("https://status.example.com/a\u2028b</script>/");
    expect(text).toContain('"https://status.example.com/a\\u2028b\\u003c/script>"');
    expect(text).not.toMatch(/[\u2028\u2029]|<\/script/);
  });

  it("never throws into a page, even one without a DOM", () => {
    expect(() => vm.runInNewContext(renderEmbedScript(BAKED), {})).not.toThrow();
  });

  it("reads summary.json next to itself without credentials, and shows nothing when that fails", async () => {
    const page = runOnHostPage({ src: "https://beacon.example.org/status/embed.js?v=2" });
    await settle();
    expect(page.fetched).toEqual([{ url: "https://beacon.example.org/status/api/v2/summary.json", init: { credentials: "omit" } }]);
    expect(page.appended).toEqual([]);
  });

  it("falls back to the baked address when it cannot tell where it was loaded from", async () => {
    const page = runOnHostPage();
    await settle();
    expect(page.fetched.map((call) => call.url)).toEqual([`${BAKED}/api/v2/summary.json`]);
  });

  it("checks again every minute while the page is visible and pauses while it is hidden", async () => {
    const page = runOnHostPage({ src: `${BAKED}/embed.js` });
    await settle();
    expect(page.timeouts).toHaveLength(1);
    expect(page.timeouts[0]).toBeGreaterThan(RECHECK_MS - 1_000);
    expect(page.timeouts[0]).toBeLessThanOrEqual(RECHECK_MS);

    page.document.hidden = true;
    const cleared = page.cleared();
    page.listeners.visibilitychange?.();
    expect(page.cleared()).toBe(cleared + 1);
    expect(page.timeouts).toHaveLength(1);

    page.document.hidden = false;
    page.listeners.visibilitychange?.();
    expect(page.timeouts).toHaveLength(2);
  });
});
