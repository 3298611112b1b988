"use server";

import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { deleteSubscriber } from "@/lib/subscribers/delete-subscriber";
import { redirect } from "next/navigation";
import { subscribersHref } from "./subscribers-href";

export async function deleteSubscriberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (values.confirm !== "on") {
    return { status: "error", message: "Tick the box to confirm removing this subscriber.", fieldErrors: { confirm: "Confirm to remove." }, values };
  }
  try {
    await deleteSubscriber(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  } catch (error) {
    return formError(error, values, "delete subscriber");
  }
  // The row and its form are gone: back to the same search, which says what happened.
  redirect(subscribersHref({ q: values.q, state: values.state, page: values.page, deleted: "1" }));
}
