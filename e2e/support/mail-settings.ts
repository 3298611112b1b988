import path from "node:path";

// The e2e server sends its email to a real SMTP listener that global-setup.ts starts on a port
// beside the server's; the listener writes each accepted message to a folder tests read.

export function e2ePort(): number {
  return Number(process.env.BEACON_E2E_PORT ?? 3100);
}

export function e2eSmtpPort(): number {
  return e2ePort() + 1000;
}

export function e2eMailDir(): string {
  return path.resolve(`data/e2e-${e2ePort()}/mail`);
}
