import type { Db } from "../../database/client";

// Confirmed subscribers made straight in the database, for DB tests and benchmarks.
// Addresses are unique per call: <prefix>-<n>@example.test.

let batch = 0;

export async function createConfirmedSubscribers(
  db: Db,
  pageId: string,
  count: number,
  options: { componentIds?: string[]; prefix?: string } = {},
): Promise<{ id: string; email: string }[]> {
  batch += 1;
  const prefix = options.prefix ?? `sub-${Date.now().toString(36)}-${batch}`;
  const now = new Date();
  const rows = Array.from({ length: count }, (_, index) => ({
    pageId,
    email: `${prefix}-${index}@example.test`,
    state: "confirmed" as const,
    allComponents: !options.componentIds,
    confirmedAt: now,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await db.subscriber.createMany({ data: rows.slice(start, start + 500) });
  }
  const created = await db.subscriber.findMany({
    where: { pageId, email: { startsWith: `${prefix}-` } },
    select: { id: true, email: true },
  });
  if (options.componentIds) {
    const links = created.flatMap((subscriber) =>
      options.componentIds!.map((componentId) => ({ subscriberId: subscriber.id, componentId })),
    );
    for (let start = 0; start < links.length; start += 500) {
      await db.subscriberComponent.createMany({ data: links.slice(start, start + 500) });
    }
  }
  return created;
}
