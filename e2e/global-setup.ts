import fs from "node:fs";
import path from "node:path";
import { startSmtpListener } from "../lib/testing/smtp-listener";
import { e2eMailDir, e2eSmtpPort } from "./support/mail-settings";

// One SMTP listener for the whole run, in the runner's process; specs run in worker processes,
// so it hands messages over as .eml files (see support/mailbox.ts).

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = e2eMailDir();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let sequence = 0;
  const listener = await startSmtpListener({
    port: e2eSmtpPort(),
    parse: false,
    onMessage(mail) {
      sequence += 1;
      const file = path.join(dir, `${String(sequence).padStart(6, "0")}.eml`);
      // Written under another name first, so a reader never sees half a message.
      fs.writeFileSync(`${file}.tmp`, mail.raw);
      fs.renameSync(`${file}.tmp`, file);
    },
  });
  return () => listener.stop();
}
