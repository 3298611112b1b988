import { createHmac } from "node:crypto";

// X-Beacon-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> with the endpoint's
// secret. The timestamp is signed too, so a receiver can refuse an old request replayed later.

export const SIGNATURE_HEADER = "X-Beacon-Signature";

export function signWebhookBody(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}
