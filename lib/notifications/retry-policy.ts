// When a failed email is tried again, when it stops, and how a failure is told apart: the
// recipient refused (permanent), the server is unreachable (back off the whole loop), or a
// temporary refusal of this one message (retry it later).

export const MAX_ATTEMPTS = 10;
export const MAX_RETRY_DELAY_MS = 2 * 60 * 60_000;

/** Delay before the next try after `attempts` failed ones: retry, 2×retry, 4×retry … capped at 2 h. */
export function retryDelayMs(attempts: number, retrySeconds: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(retrySeconds * 1000 * 2 ** exponent, MAX_RETRY_DELAY_MS);
}

export type SendFailureKind = "permanent" | "transient" | "unreachable";

export type SendFailure = { kind: SendFailureKind; message: string };

type MailError = { code?: string; responseCode?: number; command?: string; response?: string; message?: string };

const CONNECTION_CODES = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ETLS", "EAUTH", "ENOAUTH", "EPROXY"]);

// Addresses must not reach logs or the dashboard's error column: servers quote them in replies.
const ADDRESS = /<?[^\s<>@"']+@[^\s<>@"']+>?/g;

/** One line, at most 300 characters, with every email address replaced. */
export function describeFailure(text: string): string {
  const line = text.replace(/\s+/g, " ").replace(ADDRESS, "<address>").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

export function classifySendError(error: unknown): SendFailure {
  const mail = (error ?? {}) as MailError;
  const code = mail.responseCode;
  const reply = mail.response ? `${mail.response}` : (mail.message ?? String(error));
  const message = describeFailure(`${mail.command ? `${mail.command}: ` : ""}${reply}`);
  const aboutRecipient = mail.command === "RCPT TO" || mail.command === "DATA";
  // 5xx to this recipient or this message: retrying would get the same answer (503 is a
  // session-state complaint, not a refusal).
  if (code && code >= 500 && code !== 503 && aboutRecipient) return { kind: "permanent", message };
  // 421, a refused sender or login, or no SMTP answer at all: the server will not take mail
  // from us right now, whoever it is for.
  if (code === 421 || (code && !aboutRecipient) || (!code && mail.code && CONNECTION_CODES.has(mail.code))) {
    return { kind: "unreachable", message };
  }
  return { kind: "transient", message };
}
