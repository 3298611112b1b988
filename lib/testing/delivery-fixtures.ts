import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import type { Db } from "../database/client";
import { createIncident } from "../incidents/create-incident";
import { ensurePage } from "../pages/ensure-page";
import { createConfirmedSubscribers } from "../subscribers/testing/create-subscribers";
import type { SmtpListener } from "./smtp-listener";

// For the mail DB tests: an incident with an audience of its own (subscribers of a component
// nobody else follows), so each test counts only its own emails.

let sequence = 0;

export async function incidentWithSubscribers(db: Db, count: number) {
  sequence += 1;
  const pageId = (await ensurePage()).id;
  const component = await createComponent(commandLineActor, { name: `Mail test ${sequence}` });
  const subscribers = await createConfirmedSubscribers(db, pageId, count, { componentIds: [component.id] });
  const { incidentId, updateId } = await createIncident(commandLineActor, {
    name: `Outage ${sequence}`,
    body: "We are looking into it.",
    components: { [component.id]: "major_outage" },
  });
  const notificationId = (await db.notification.findFirstOrThrow({ where: { incidentUpdateId: updateId }, select: { id: true } })).id;
  return { pageId, incidentId, updateId, notificationId, subscribers };
}

/** How many emails the listener accepted per address (lower-cased). */
export function countsByAddress(listener: SmtpListener): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of listener.messages) for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

/** True when every listed address got exactly one email and nobody else got any. */
export function exactlyOneEach(listener: SmtpListener, emails: string[]): { ok: boolean; total: number; extra: string[]; missing: number } {
  const counts = countsByAddress(listener);
  const wanted = new Set(emails.map((email) => email.toLowerCase()));
  const extra = [...counts].filter(([address, count]) => count !== 1 || !wanted.has(address)).map(([address]) => address);
  const missing = [...wanted].filter((address) => !counts.has(address)).length;
  return { ok: extra.length === 0 && missing === 0, total: listener.messages.length, extra, missing };
}
