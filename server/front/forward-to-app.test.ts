import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type AppTarget, forwardToApp } from "./forward-to-app";

// The front door's forwarding, between two real servers: a stand-in app on a Unix socket and
// a front door on a TCP port.

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function listen(server: http.Server, where: string | number): Promise<void> {
  closers.push(() => server.close());
  return new Promise((resolve) => server.listen(where, resolve));
}

async function frontFor(app: AppTarget): Promise<string> {
  const front = http.createServer((req, res) => forwardToApp(req, res, app, "203.0.113.9"));
  await listen(front, 0);
  return `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
}

function socketPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-forward-"));
  closers.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, "app.sock");
}

const ready = (socket: string): AppTarget => ({ socketPath: socket, isReady: () => true, whenReady: async () => true });

describe("forwardToApp", () => {
  it("passes the request and the answer through, with the client's address and without connection headers", async () => {
    const socket = socketPath();
    let seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string } | undefined;
    const app = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk));
      req.on("end", () => {
        seen = { method: req.method, url: req.url, headers: req.headers, body };
        res.writeHead(201, [["Set-Cookie", "a=1"], ["Set-Cookie", "b=2"], ["Content-Type", "application/json"], ["Keep-Alive", "timeout=99"]]);
        res.end('{"ok":true}');
      });
    });
    await listen(app, socket);
    const front = await frontFor(ready(socket));
    const response = await fetch(`${front}/api/v1/incidents?x=1`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-beacon-client-ip": "10.0.0.1", authorization: "Bearer t" },
      body: '{"name":"Down"}',
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('{"ok":true}');
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.headers.get("keep-alive")).not.toBe("timeout=99");
    expect(seen).toMatchObject({ method: "POST", url: "/api/v1/incidents?x=1", body: '{"name":"Down"}' });
    // The front door's word on the client's address, never the client's own.
    expect(seen?.headers["x-beacon-client-ip"]).toBe("203.0.113.9");
    expect(seen?.headers.authorization).toBe("Bearer t");
  });

  it("answers 503 with Retry-After when the app does not become ready, and when it cannot be reached", async () => {
    const waiting = await frontFor({ socketPath: socketPath(), isReady: () => false, whenReady: async () => false });
    const refused = await fetch(`${waiting}/api/health`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await refused.json()).error.code).toBe("unavailable");
    // Taken for ready, but gone, and not coming back within the wait.
    const gone = await frontFor({ socketPath: socketPath(), isReady: () => true, whenReady: async () => false });
    const page = await fetch(`${gone}/admin`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("go to the status page");
  });

  it("holds a request while the app starts, then forwards it", async () => {
    const socket = socketPath();
    let readyNow = false;
    let release: () => void = () => {};
    const started = new Promise<void>((resolve) => (release = resolve));
    const front = await frontFor({ socketPath: socket, isReady: () => readyNow, whenReady: () => started.then(() => true) });
    const answer = fetch(`${front}/api/health`);
    await listen(http.createServer((_req, res) => res.end("up")), socket);
    readyNow = true;
    release();
    expect(await (await answer).text()).toBe("up");
  });

  it("sends a read again that met the app just as it died, once the new one is ready", async () => {
    const socket = socketPath();
    // The front door still takes the app for ready: it has not heard of its exit yet.
    let restarted: Promise<void> | undefined;
    const front = await frontFor({
      socketPath: socket,
      isReady: () => true,
      whenReady: async () => {
        restarted ??= listen(http.createServer((_req, res) => res.end("back")), socket);
        await restarted;
        return true;
      },
    });
    expect(await (await fetch(`${front}/admin`)).text()).toBe("back");
  });
});
