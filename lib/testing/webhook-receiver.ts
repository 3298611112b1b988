import http from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP receiver for webhook tests. A request counts as accepted only once its 2xx has
// been written out, as a receiver takes responsibility only then. `hold()` keeps new requests
// unanswered; `stop()` drops those (never accepted) and closes the port, which `start()` opens
// again, so a test can take the receiver down in the middle of a fan-out.

export type ReceivedWebhook = { path: string; headers: http.IncomingHttpHeaders; body: string };

export type WebhookReceiver = {
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly accepted: ReceivedWebhook[];
  readonly heldCount: number;
  /** TCP connections opened to it so far (kept-alive ones count once). */
  readonly connections: number;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  hold(): void;
  stop(): Promise<void>;
  start(): Promise<void>;
};

export type WebhookReceiverOptions = {
  status?: (request: ReceivedWebhook) => number;
  /** The body it answers with ("ok", as Slack says; "no_service"). */
  answer?: (request: ReceivedWebhook) => string;
};

export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const accepted: ReceivedWebhook[] = [];
  const held = new Set<http.ServerResponse>();
  let holding = false;
  let port = 0;
  let connections = 0;
  let server: http.Server | undefined;
  const waiters = new Set<() => void>();

  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const received = { path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
      if (holding) {
        held.add(response);
        return;
      }
      const status = options.status?.(received) ?? 200;
      response.on("finish", () => {
        if (status >= 200 && status < 300) accepted.push(received);
        waiters.forEach((check) => check());
      });
      response.writeHead(status, { "Content-Type": "text/plain" }).end(options.answer?.(received) ?? "ok");
    });
  };

  const receiver: WebhookReceiver = {
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    accepted,
    get heldCount() {
      return held.size;
    },
    get connections() {
      return connections;
    },
    waitFor(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (accepted.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`webhook receiver: ${accepted.length} of ${count} requests after ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    hold() {
      holding = true;
    },
    async stop() {
      const current = server;
      server = undefined;
      if (!current) return;
      for (const response of held) response.socket?.destroy();
      held.clear();
      holding = false;
      await new Promise<void>((resolve) => {
        current.close(() => resolve());
        current.closeAllConnections();
      });
    },
    async start() {
      const next = http.createServer(handle);
      next.on("connection", () => (connections += 1));
      await new Promise<void>((resolve, reject) => {
        next.once("error", reject);
        next.listen(port, "127.0.0.1", () => resolve());
      });
      port = (next.address() as AddressInfo).port;
      server = next;
    },
  };
  await receiver.start();
  return receiver;
}
