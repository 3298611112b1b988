import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { subscriberItemSelect } from "./list-subscribers";
import { csvRow } from "./csv";

// Every subscriber of the page as CSV, read in batches as the client takes them, so an export
// of 100,000 rows holds one batch in memory rather than the whole list. Channel and endpoint
// come last, so a sheet reading the first six columns by position still works.

const BATCH = 1000;

export const SUBSCRIBER_CSV_HEADER = ["email", "state", "components", "created", "confirmed", "unsubscribed", "channel", "endpoint"] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : "");

/** Throws ForbiddenError before anything is read; the stream itself only reads. */
export function exportSubscribersCsv(actor: Actor, input: { pageId: string }): ReadableStream<Uint8Array> {
  authorize(actor, "subscribers:manage");
  const { pageId } = input;
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      if (!started) {
        started = true;
        text += csvRow(SUBSCRIBER_CSV_HEADER);
      }
      // Keyset paging by id: stable while rows are added or removed during the export.
      const rows = await getDb().subscriber.findMany({
        where: { pageId, teamChannel: false, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: BATCH,
        select: subscriberItemSelect,
      });
      for (const row of rows) {
        const components = row.allComponents ? "all" : row.components.map((link) => link.component.name).join("; ");
        text += csvRow([row.email, row.state, components, iso(row.createdAt), iso(row.confirmedAt), iso(row.unsubscribedAt), row.channel === "webhook" ? "webhook" : "email", row.channel === "webhook" ? row.endpoint : ""]);
      }
      if (text) controller.enqueue(encoder.encode(text));
      after = rows.at(-1)?.id;
      if (rows.length < BATCH) controller.close();
    },
  });
}
