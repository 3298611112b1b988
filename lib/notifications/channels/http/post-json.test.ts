import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "../../../testing/webhook-receiver";
import { createAgentPool } from "./address-agents";
import { postJson } from "./post-json";
import { resolveEndpoint } from "./resolve-endpoint";
import { EndpointAnswerError, EndpointTimeoutError } from "./http-errors";

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.stop();
});

describe("postJson", () => {
  it("connects to the address that was checked, never resolving the name again (DNS rebinding)", async () => {
    receiver = await startWebhookReceiver();
    // The name cannot resolve at all; only the pinned, checked address can be reached.
    const target = { url: new URL(`http://rebind.invalid:${receiver.port}/hook`), address: "127.0.0.1", family: 4 as const };
    await expect(postJson({ target, body: "{}", headers: { "X-Test": "1" }, timeoutMs: 5_000 })).resolves.toMatchObject({ status: 200 });
    expect(receiver.accepted).toMatchObject([{ path: "/hook", body: "{}", headers: { host: `rebind.invalid:${receiver.port}`, "x-test": "1" } }]);
  });

  it("counts only a 2xx as delivered: a redirect is a failure and is not followed", async () => {
    receiver = await startWebhookReceiver({ status: (request) => (request.path === "/moved" ? 302 : 204) });
    const target = (path: string) => ({ url: new URL(`${receiver!.url}${path}`), address: "127.0.0.1", family: 4 as const });
    await expect(postJson({ target: target("/moved"), body: "{}", headers: {}, timeoutMs: 5_000 })).rejects.toMatchObject({ status: 302 });
    await expect(postJson({ target: target("/ok"), body: "{}", headers: {}, timeoutMs: 5_000 })).resolves.toEqual({ status: 204, text: "" });
  });

  it("keeps the start of what the receiver said, on one line, for the dashboard", async () => {
    const talking = http.createServer((request, response) => {
      response.writeHead(request.url === "/gone" ? 404 : 200, { "Content-Type": "text/plain" });
      response.end(request.url === "/gone" ? "no_service\n" : `ok\n${"x".repeat(100_000)}`);
    });
    await new Promise<void>((resolve) => talking.listen(0, "127.0.0.1", resolve));
    const port = (talking.address() as AddressInfo).port;
    const target = (path: string) => ({ url: new URL(`http://127.0.0.1:${port}${path}`), address: "127.0.0.1", family: 4 as const });
    try {
      const answer = await postJson({ target: target("/ok"), body: "{}", headers: {}, timeoutMs: 5_000 });
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(/^ok x+$/);
      expect(answer.text.length).toBeLessThanOrEqual(200);
      const refused = postJson({ target: target("/gone"), body: "{}", headers: {}, timeoutMs: 5_000 });
      await expect(refused).rejects.toEqual(new EndpointAnswerError(404, "no_service"));
      await expect(refused).rejects.toThrow("the endpoint answered HTTP 404: no_service");
    } finally {
      await new Promise<void>((resolve) => talking.close(() => resolve()));
    }
  });

  it("lets go of a connection whose answer never ends, once the answer's status has counted", async () => {
    let closed = false;
    const dripping = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/plain" });
      const drip = setInterval(() => response.write("."), 20);
      response.socket?.once("close", () => {
        clearInterval(drip);
        closed = true;
      });
    });
    await new Promise<void>((resolve) => dripping.listen(0, "127.0.0.1", resolve));
    const port = (dripping.address() as AddressInfo).port;
    const target = { url: new URL(`http://127.0.0.1:${port}/hook`), address: "127.0.0.1", family: 4 as const };
    await expect(postJson({ target, body: "{}", headers: {}, timeoutMs: 300 })).resolves.toMatchObject({ status: 200 });
    await expect.poll(() => closed, { timeout: 5_000 }).toBe(true);
    await new Promise<void>((resolve) => dripping.close(() => resolve()));
  });

  it("gives up waiting after its timeout", async () => {
    receiver = await startWebhookReceiver();
    receiver.hold();
    const target = { url: new URL(`${receiver.url}/slow`), address: "127.0.0.1", family: 4 as const };
    await expect(postJson({ target, body: "{}", headers: {}, timeoutMs: 200 })).rejects.toBeInstanceOf(EndpointTimeoutError);
  });
});

describe("resolveEndpoint", () => {
  it("refuses private addresses and plain http unless private webhooks are allowed", async () => {
    await expect(resolveEndpoint("https://10.1.2.3/x", { allowPrivate: false })).rejects.toThrow(/private address/);
    await expect(resolveEndpoint("https://[::1]/x", { allowPrivate: false })).rejects.toThrow(/loopback address/);
    await expect(resolveEndpoint("https://169.254.169.254/latest", { allowPrivate: false })).rejects.toThrow(/metadata address/);
    await expect(resolveEndpoint("http://93.184.216.34/x", { allowPrivate: false })).rejects.toThrow(/must be https/);
    await expect(resolveEndpoint("https://93.184.216.34/x", { allowPrivate: false })).resolves.toMatchObject({ address: "93.184.216.34", family: 4 });
    await expect(resolveEndpoint("http://127.0.0.1:9/x", { allowPrivate: true })).resolves.toMatchObject({ address: "127.0.0.1" });
  });
});

describe("postJson with an address pool", () => {
  it("reuses kept-alive connections to one checked address, and keeps pools of different addresses apart", async () => {
    receiver = await startWebhookReceiver();
    const agents = createAgentPool({ maxSocketsPerAddress: 4 });
    try {
      const target = (path: string, address = "127.0.0.1") => ({ url: new URL(`http://hooks.invalid:${receiver!.port}${path}`), address, family: 4 as const });
      const post = (path: string) => {
        const pinned = target(path);
        return postJson({ target: pinned, body: "{}", headers: {}, timeoutMs: 5_000, agent: agents.agentFor(pinned) });
      };
      await Promise.all(Array.from({ length: 200 }, (_, index) => post(`/many-${index}`)));
      expect(receiver.accepted).toHaveLength(200);
      expect(receiver.connections).toBeLessThanOrEqual(4);
      // Another address is another pool: its sockets are opened to that address, never borrowed.
      expect(agents.agentFor(target("/x", "127.0.0.2"))).not.toBe(agents.agentFor(target("/x")));
    } finally {
      agents.destroy();
    }
  });

  it("closes the idle sockets of the least recently used address beyond its limit", () => {
    const agents = createAgentPool({ maxAgents: 2 });
    const target = (address: string) => ({ url: new URL("https://hooks.invalid/x"), address, family: 4 as const });
    const first = agents.agentFor(target("192.0.2.1"));
    const second = agents.agentFor(target("192.0.2.2"));
    expect(agents.agentFor(target("192.0.2.1"))).toBe(first);
    agents.agentFor(target("192.0.2.3"));
    // 192.0.2.2 was the least recently used: it went, and comes back as a new agent.
    expect(agents.agentFor(target("192.0.2.1"))).toBe(first);
    expect(agents.agentFor(target("192.0.2.2"))).not.toBe(second);
    agents.destroy();
  });
});
