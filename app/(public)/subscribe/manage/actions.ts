"use server";

import { type ChoiceFormState, AMBIGUOUS_CHOICE, choiceError, readChoice } from "@/components/subscription/read-choice";
import { resubscribe } from "@/lib/subscribers/resubscribe";
import { unsubscribe } from "@/lib/subscribers/unsubscribe";
import { updateSubscription } from "@/lib/subscribers/update-subscription";
import { revalidatePath } from "next/cache";

// The manage link's token comes back in a hidden field; lib checks it on every action.

export async function updateChoicesAction(_previous: ChoiceFormState, formData: FormData): Promise<ChoiceFormState> {
  const values = readChoice(formData);
  if (values.scope === "all" && values.componentIds.length > 0) {
    return { status: "error", message: "Nothing was saved: please correct the marked fields.", fieldErrors: { scope: AMBIGUOUS_CHOICE }, values };
  }
  try {
    await updateSubscription({ token: String(formData.get("token") ?? ""), ...values });
  } catch (error) {
    return choiceError(error, values, "update subscription");
  }
  revalidatePath("/subscribe/manage");
  return { status: "success", message: values.scope === "all" ? "Saved: you will hear about everything on this page." : "Saved: you will hear about the components you chose." };
}

export type StateChangeState = { status: "idle" } | { status: "success" | "error"; message: string };

/** Unsubscribe or resubscribe, named by the button pressed (one form, so one place for its message). */
export async function changeStateAction(_previous: StateChangeState, formData: FormData): Promise<StateChangeState> {
  const token = formData.get("token");
  const intent = formData.get("intent") === "resubscribe" ? "resubscribe" : "unsubscribe";
  try {
    if (intent === "unsubscribe") await unsubscribe({ token });
    else await resubscribe({ token });
  } catch (error) {
    const failed = choiceError(error, { scope: "all", componentIds: [] }, intent);
    return { status: "error", message: failed.status === "error" ? failed.message : "Please try again." };
  }
  revalidatePath("/subscribe/manage");
  // The channel field only picks the words; lib acts on what the token names.
  if (formData.get("channel") === "webhook") {
    return intent === "unsubscribe"
      ? { status: "success", message: "The webhook is unsubscribed: nothing more is sent to it. Changed your mind? Resubscribe with the button above." }
      : { status: "success", message: "The webhook is subscribed: each update is sent to it." };
  }
  return intent === "unsubscribe"
    ? { status: "success", message: "You are unsubscribed and will get no more emails. Changed your mind? Resubscribe with the button above." }
    : { status: "success", message: "You are subscribed: you will get an email when there is news." };
}
