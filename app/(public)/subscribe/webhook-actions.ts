"use server";

import { AMBIGUOUS_CHOICE, choiceError, readChoice } from "@/components/subscription/read-choice";
import type { ChoiceValues } from "@/components/subscription/component-choices";
import { getClientIp } from "@/web/session/request-session";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { subscribeWebhook } from "@/lib/subscribers/subscribe-webhook";

export type WebhookFormValues = ChoiceValues & { email: string; endpoint: string };

export type WebhookFormState =
  | { status: "idle" }
  | { status: "success"; endpoint: string; signingSecret: string; manageUrl: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: WebhookFormValues };

const SHOWN_FIELDS = new Set(["email", "endpoint", "scope", "componentIds"]);

// The schema's words are written for the API ("must be an https:// URL"); the form names the field.
function forField(message: string): string {
  return message.startsWith("must") ? `The URL ${message}.` : message;
}

export async function subscribeWebhookAction(_previous: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  const choice = readChoice(formData);
  const values: WebhookFormValues = { ...choice, email: String(formData.get("email") ?? ""), endpoint: String(formData.get("endpoint") ?? "") };
  if (choice.scope === "all" && choice.componentIds.length > 0) {
    return { status: "error", message: "Nothing was saved: please correct the marked fields.", fieldErrors: { scope: AMBIGUOUS_CHOICE }, values };
  }
  try {
    const page = await getPublicPage();
    const created = await subscribeWebhook({ pageId: page.id, ...values, ip: await getClientIp() });
    return { status: "success", endpoint: values.endpoint.trim(), ...created };
  } catch (error) {
    const failed = choiceError(error, values, "subscribe webhook");
    if (failed.status !== "error") throw error;
    const fieldErrors = { ...failed.fieldErrors };
    if (fieldErrors.endpoint) fieldErrors.endpoint = forField(fieldErrors.endpoint);
    const marked = Object.keys(fieldErrors).length > 0 && Object.keys(fieldErrors).every((key) => SHOWN_FIELDS.has(key));
    return { status: "error", message: marked ? "Nothing was saved: please correct the marked fields." : failed.message, fieldErrors, values };
  }
}
