import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeUnreadBodyAfterAnswer } from "./close-unread-body";

// A server that answers before reading the body, as a route refusing an oversized one does.
let server: http.Server;
let port = 0;
const sockets: net.Socket[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    closeUnreadBodyAfterAnswer(req, res);
    res.writeHead(413, { "Content-Length": "2" }).end("no");
  });
  server.on("connection", (socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function nextAnswer(socket: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      if (!text.endsWith("\r\n\r\nno")) return;
      socket.off("data", onData);
      resolve(text);
    };
    socket.on("data", onData);
  });
}

describe("closeUnreadBodyAfterAnswer", () => {
  // Regression: each early answer on a kept-alive connection left a "close" listener on the
  // socket (holding its request) until the connection closed; Node warned after ten.
  it("leaves no listener behind when the client finishes its body on a kept-alive connection", async () => {
    const client = net.connect(port, "127.0.0.1");
    await new Promise((resolve) => client.once("connect", resolve));
    for (let request = 0; request < 15; request += 1) {
      const answer = nextAnswer(client);
      client.write("POST /api HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n");
      expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
      // The body follows the answer, so the request was not complete when it was answered.
      client.write("0123456789");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const socket = sockets.at(-1)!;
    expect(socket.destroyed).toBe(false);
    expect(socket.listenerCount("close")).toBeLessThan(5);
    expect(socket.listenerCount("data")).toBeLessThan(5);
    client.destroy();
  });
});
