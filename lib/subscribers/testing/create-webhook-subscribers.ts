import { randomBytes } from "node:crypto";
import type { Db } from "../../database/client";
import { sealSecret } from "../../secrets/secret-box";

// Confirmed webhook subscribers made straight in the database (any URL, http:// included, which
// the API would refuse), each with its own signing secret, returned in plain for checking.

export type TestWebhookSubscriber = { id: string; email: string; endpoint: string; secret: string };

export async function createWebhookSubscribers(
  db: Db,
  pageId: string,
  endpoints: string[],
  options: { componentIds?: string[] } = {},
): Promise<TestWebhookSubscriber[]> {
  const created: TestWebhookSubscriber[] = [];
  for (const endpoint of endpoints) {
    const secret = randomBytes(24).toString("base64url");
    const email = `owner-${randomBytes(4).toString("hex")}@example.test`;
    const row = await db.subscriber.create({
      data: {
        pageId,
        email,
        channel: "webhook",
        // As subscribeWebhook and the REST API set them: webhooks take component changes too.
        notifyComponents: true,
        endpoint,
        signingSecret: await sealSecret("webhook-signing", secret),
        state: "confirmed",
        confirmedAt: new Date(),
        allComponents: !options.componentIds,
        components: options.componentIds ? { create: options.componentIds.map((componentId) => ({ componentId })) } : undefined,
      },
      select: { id: true },
    });
    created.push({ id: row.id, email, endpoint, secret });
  }
  return created;
}
