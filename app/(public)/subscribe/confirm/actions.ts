"use server";

import { log } from "@/lib/log";
import { type ConfirmationOutcome, confirmSubscription } from "@/lib/subscribers/confirm-subscription";

export type ConfirmState = { status: "idle" } | { outcome: ConfirmationOutcome; status: "done" } | { status: "error" };

export async function confirmAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  try {
    return { status: "done", outcome: await confirmSubscription(formData.get("token")) };
  } catch (error) {
    // Never the token: only what went wrong.
    log.error("confirm subscription failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    return { status: "error" };
  }
}
