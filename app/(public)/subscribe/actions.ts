"use server";

import { AMBIGUOUS_CHOICE, type ChoiceFormState, choiceError, readChoice } from "@/components/subscription/read-choice";
import { getClientIp } from "@/web/session/request-session";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { subscribe } from "@/lib/subscribers/subscribe";

export async function subscribeAction(_previous: ChoiceFormState, formData: FormData): Promise<ChoiceFormState> {
  const email = String(formData.get("email") ?? "");
  const choice = readChoice(formData);
  const values = { ...choice, email };
  // Without JavaScript both can be sent; guessing either could subscribe them to the wrong thing.
  if (choice.scope === "all" && choice.componentIds.length > 0) {
    return { status: "error", message: "Nothing was sent: please correct the marked fields.", fieldErrors: { scope: AMBIGUOUS_CHOICE }, values };
  }
  try {
    const page = await getPublicPage();
    await subscribe({ pageId: page.id, email, ...choice, ip: await getClientIp() });
  } catch (error) {
    return choiceError(error, values, "subscribe", "Nothing was sent");
  }
  // The same words for a new, a pending and a confirmed address: the form reveals nothing.
  return {
    status: "success",
    message: `Thank you. We have sent an email to ${email.trim()}: follow the link in it to confirm your subscription (it works for 48 hours). If it does not arrive within a few minutes, check your spam folder.`,
  };
}
