import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

// A real SMTP server for tests and benchmarks (smtp-server). A message counts as accepted only
// once the listener has answered 250 to it, as a real mail server takes responsibility for a
// message only then. `hold()` makes it keep new messages unanswered until `release()`; a held
// message whose connection closes first (the sender died) was never accepted.

export type ReceivedMail = {
  to: string[];
  from: string;
  raw: Buffer;
  /** Parsed with mailparser unless the listener was started with parse: false. */
  parsed?: ParsedMail;
};

export type SmtpListenerOptions = {
  /** 0 (default) picks a free port; a fixed port is kept across stop() and start(). */
  port?: number;
  parse?: boolean;
  /** Called for every accepted message (after its 250). */
  onMessage?: (mail: ReceivedMail) => void;
  /** Answers the message with an error instead of 250 (e.g. a 550 for a refused address). */
  reject?: (to: string[]) => { code: number; message: string } | null;
};

export type SmtpListener = {
  readonly port: number;
  readonly url: string;
  readonly messages: ReceivedMail[];
  /** Messages received but not answered yet (while held). */
  readonly heldCount: number;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  hold(): void;
  release(): void;
  stop(): Promise<void>;
  start(): Promise<void>;
};

type Held = { session: SMTPServerSession; finish: () => void };

export async function startSmtpListener(options: SmtpListenerOptions = {}): Promise<SmtpListener> {
  const messages: ReceivedMail[] = [];
  const closed = new Set<string>();
  let held: Held[] = [];
  let holding = false;
  let port = options.port ?? 0;
  let server: SMTPServer | undefined;
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((check) => check());

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      maxClients: 1000,
      onClose(session) {
        closed.add(session.id);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks);
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          const refusal = options.reject?.(to);
          const finish = () => {
            if (closed.has(session.id)) return;
            if (refusal) {
              callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
              return;
            }
            const accept = (parsed?: ParsedMail) => {
              if (closed.has(session.id)) return;
              const mail = { to, from, raw, parsed };
              messages.push(mail);
              callback();
              options.onMessage?.(mail);
              notify();
            };
            if (options.parse === false) accept();
            else void simpleParser(raw).then(accept, (error: Error) => callback(error));
          };
          if (holding) held.push({ session, finish });
          else finish();
        });
      },
    });

  const listener: SmtpListener = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    get heldCount() {
      return held.filter((entry) => !closed.has(entry.session.id)).length;
    },
    waitFor(count, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP listener: ${messages.length} of ${count} messages after ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      });
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      const pending = held;
      held = [];
      pending.forEach((entry) => entry.finish());
    },
    async stop() {
      // Whatever was held dies with the connections; a restarted listener answers at once.
      holding = false;
      held = [];
      const current = server;
      server = undefined;
      if (!current) return;
      // close() waits for clients to leave; drop them so a stop is an outage, not a drain.
      const connections = (current as unknown as { connections: Set<{ _socket?: { destroy(): void } }> }).connections;
      const done = new Promise<void>((resolve) => current.close(() => resolve()));
      connections.forEach((connection) => connection._socket?.destroy());
      await done;
    },
    async start() {
      if (server) return;
      const next = create();
      await new Promise<void>((resolve, reject) => {
        next.once("error", reject);
        next.listen(port, "127.0.0.1", () => {
          next.off("error", reject);
          resolve();
        });
      });
      next.on("error", () => {});
      const address = next.server.address();
      if (address && typeof address === "object") port = address.port;
      server = next;
    },
  };
  await listener.start();
  return listener;
}
