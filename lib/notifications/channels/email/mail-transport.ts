import "server-only";
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type Mail from "nodemailer/lib/mailer";

// One pooled SMTP client per process: a few connections kept open and reused for many
// messages, instead of a TCP (and TLS) handshake per email.

export type MailTransport = {
  /** Resolves with the server's reply to the message. */
  send(message: Mail.Options): Promise<string>;
  /** Closes idle connections at once; one in the middle of a message finishes it first. */
  close(): void;
};

export type MailTransportOptions = { smtpUrl: string; maxConnections?: number };

export function createMailTransport({ smtpUrl, maxConnections = 5 }: MailTransportOptions): MailTransport {
  const options: SMTPPool.Options = {
    url: smtpUrl,
    pool: true,
    maxConnections,
    // A connection carries many messages; servers that want fewer close it and the pool reopens.
    maxMessages: 10_000,
    // All well below the claim lease (BEACON_MAIL_LEASE_SECONDS, 120 s by default), so a
    // message is given up on before another process may claim it.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // A dropped connection fails the message back to us instead of being retried inside the
    // pool, out of sight of the lease and the attempt count.
    maxRequeues: 0,
    logger: false,
  };
  const transport = nodemailer.createTransport(options);
  return {
    async send(message) {
      // The server's reply, "250 2.0.0 Ok: queued as 4HxyZ": what to look for in its logs.
      const info = await transport.sendMail(message);
      return typeof info.response === "string" ? info.response.slice(0, 200) : "";
    },
    close() {
      transport.close();
    },
  };
}
