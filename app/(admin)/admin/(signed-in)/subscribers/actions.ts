"use server";

import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { deleteSubscriber } from "@/lib/subscribers/delete-subscriber";
import { enableWebhook } from "@/lib/subscribers/enable-webhook";
import { formAction } from "@/web/forms/form-action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { subscribersHref } from "./subscribers-href";

const confirm = { message: "Tick the box to confirm removing this subscriber.", field: "Confirm to remove." };

export const deleteSubscriberAction = formAction({ name: "delete subscriber", confirm }, async ({ actor, values }) => {
  await deleteSubscriber(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  // The row and its form are gone: back to the same search, which says what happened.
  redirect(subscribersHref({ q: values.q, state: values.state, page: values.page, deleted: "1" }));
});

export const enableWebhookAction = formAction({ name: "enable webhook" }, async ({ actor, values }) => {
  await enableWebhook(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  revalidatePath("/admin/subscribers");
  return { status: "success", message: "Enabled again: new notifications are sent to it." };
});
