import fs from "node:fs";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { e2eMailDir } from "./mail-settings";

// Reads what the run's SMTP listener accepted (global-setup.ts).

export type Mail = ParsedMail & { file: string };

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => (address.address ?? "").toLowerCase()));
}

/** Every accepted message addressed to `address`, oldest first. */
export async function mailsTo(address: string): Promise<Mail[]> {
  const dir = e2eMailDir();
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".eml")).sort();
  const mails: Mail[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const parsed = await simpleParser(fs.readFileSync(file));
    if (recipients(parsed).includes(address.toLowerCase())) mails.push(Object.assign(parsed, { file }));
  }
  return mails;
}

/** Waits for a message to `address` whose subject matches, and returns it. */
export async function waitForMail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find((mail) => subject.test(mail.subject ?? ""));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email matching ${subject} arrived within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in the plain-text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const match = (mail.text ?? "").match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\S+`));
  if (!match) throw new Error(`no link starting with ${prefix} in "${mail.subject}"`);
  return match[0];
}
