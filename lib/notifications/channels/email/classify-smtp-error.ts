import type { ClassifiedFailure } from "../../outbox/channel";
import { describeFailure } from "../../outbox/describe-failure";

// What an SMTP failure means: the recipient refused for good (the subscriber is gone), the
// server is unreachable (retry, and the worker backs off the whole loop), or a temporary
// refusal of this one message (retry it later).

type MailError = { code?: string; responseCode?: number; command?: string; response?: string; message?: string };

const CONNECTION_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ETLS", "EAUTH", "ENOAUTH", "EPROXY"]);

export function classifySmtpError(error: unknown): ClassifiedFailure {
  const mail = (error ?? {}) as MailError;
  const code = mail.responseCode;
  const reply = mail.response ? `${mail.response}` : (mail.message ?? String(error));
  const message = describeFailure(`${mail.command ? `${mail.command}: ` : ""}${reply}`);
  const aboutRecipient = mail.command === "RCPT TO" || mail.command === "DATA";
  // 5xx to this recipient or this message: retrying would get the same answer (503 is a
  // session-state complaint, not a refusal).
  if (code && code >= 500 && code !== 503 && aboutRecipient) return { verdict: "recipient_gone", message };
  // 421, a refused sender or login, or no SMTP answer at all: the server will not take mail
  // from us right now, whoever it is for.
  if (code === 421 || (code && !aboutRecipient) || (!code && mail.code && CONNECTION_CODES.has(mail.code))) {
    return { verdict: "retry", message, unreachable: true };
  }
  return { verdict: "retry", message };
}
