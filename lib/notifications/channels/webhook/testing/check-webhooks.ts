import { createHmac, timingSafeEqual } from "node:crypto";
import type { ReceivedWebhook } from "../../../../testing/webhook-receiver";
import type { TestWebhookSubscriber } from "../../../../subscribers/testing/create-webhook-subscribers";

// Checks what a webhook receiver got: every request signed with its endpoint's secret, and
// exactly one request per (event, endpoint), an event being one incident update or one
// component status change.

/** True when the X-Beacon-Signature header is the HMAC of "<t>.<body>" with this secret. */
export function hasValidSignature(request: ReceivedWebhook, secret: string): boolean {
  const header = String(request.headers["x-beacon-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${request.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, "hex"));
}

type AnyPayload = { incident?: { incident_updates: { id: string }[] }; component_update?: { id: string } };

/** The incident update a payload announces (its newest), or its component change (a status-log id). */
export function eventOf(request: ReceivedWebhook): string {
  const payload = JSON.parse(request.body) as AnyPayload;
  if (payload.component_update) return payload.component_update.id;
  return payload.incident!.incident_updates[0]!.id;
}

export type ExactlyOne = { ok: boolean; total: number; unsigned: number; repeated: string[]; missing: string[]; unexpected: string[] };

/** Every listed subscriber got each listed event exactly once, signed, and nothing else arrived. */
export function exactlyOnePerEvent(requests: ReceivedWebhook[], subscribers: TestWebhookSubscriber[], events: string[]): ExactlyOne {
  const byPath = new Map(subscribers.map((subscriber) => [new URL(subscriber.endpoint).pathname, subscriber]));
  const counts = new Map<string, number>();
  let unsigned = 0;
  const unexpected: string[] = [];
  for (const request of requests) {
    const subscriber = byPath.get(request.path);
    if (!subscriber) {
      unexpected.push(request.path);
      continue;
    }
    if (!hasValidSignature(request, subscriber.secret)) unsigned += 1;
    const key = `${request.path} ${eventOf(request)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const wanted = [...byPath.keys()].flatMap((path) => events.map((event) => `${path} ${event}`));
  const repeated = [...counts].filter(([, count]) => count > 1).map(([key]) => key);
  const missing = wanted.filter((key) => !counts.has(key));
  unexpected.push(...[...counts.keys()].filter((key) => !wanted.includes(key)));
  const ok = unsigned === 0 && repeated.length === 0 && missing.length === 0 && unexpected.length === 0;
  return { ok, total: requests.length, unsigned, repeated, missing, unexpected };
}
