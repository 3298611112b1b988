"use server";

import { databaseUnavailable } from "@/lib/database/database-unavailable";
import { log } from "@/lib/log";
import { type ConfirmationOutcome, confirmSubscription } from "@/lib/subscribers/confirm-subscription";

export type ConfirmState = { status: "idle" } | { outcome: ConfirmationOutcome; status: "done" } | { status: "error"; message: string };

export async function confirmAction(_previous: ConfirmState, formData: FormData): Promise<ConfirmState> {
  try {
    return { status: "done", outcome: await confirmSubscription(formData.get("token")) };
  } catch (error) {
    const unavailable = databaseUnavailable(error);
    if (unavailable) return { status: "error", message: unavailable.message };
    // Never the token: only what went wrong.
    log.error("confirm subscription failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    return { status: "error", message: "Something went wrong on our side; nothing was changed. Please try again." };
  }
}
