import "server-only";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";
import { checkComponentChoice, replaceSubscriberComponents } from "./component-choices";
import { requireManageToken } from "./read-link-token";
import { type UpdateSubscriptionInput, updateSubscriptionInput } from "./schemas";

export const SUBSCRIPTION_GONE = "This subscription no longer exists. You can subscribe again.";

/** Changes what a subscription covers, by its manage token. The state is left as it is. */
export async function updateSubscription(input: UpdateSubscriptionInput): Promise<{ allComponents: boolean; componentIds: string[] }> {
  const subscriberId = await requireManageToken(typeof input.token === "string" ? input.token : "");
  const { scope, componentIds } = parseInput(updateSubscriptionInput, input);
  const allComponents = scope === "all";
  return getDb().$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findUnique({ where: { id: subscriberId }, select: { id: true, pageId: true } });
    if (!subscriber) throw new NotFoundError(SUBSCRIPTION_GONE);
    const chosen = allComponents ? [] : await checkComponentChoice(tx, subscriber.pageId, componentIds);
    await tx.subscriber.update({ where: { id: subscriber.id }, data: { allComponents } });
    await replaceSubscriberComponents(tx, subscriber.id, chosen);
    return { allComponents, componentIds: chosen };
  });
}
