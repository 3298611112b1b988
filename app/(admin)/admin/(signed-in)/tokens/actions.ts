"use server";

import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { revalidatePath } from "next/cache";

// The new token travels back in the action's state only: never stored in clear, never logged.
export type CreateTokenState = FormState | { status: "created"; message: string; token: string };

export async function createTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const actor = await requireUser();
  const values = formValues(formData);
  let created: { id: string; name: string; token: string };
  try {
    created = await createApiToken(actor, { name: values.name ?? "" });
  } catch (error) {
    return formError(error, values, "create API token");
  }
  revalidatePath("/admin/tokens");
  return { status: "created", message: `Token “${created.name}” created.`, token: created.token };
}

export async function revokeTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (formData.get("confirm") !== "on") {
    return { status: "error", message: "Tick the box to confirm revoking the token.", fieldErrors: { confirm: "Confirm to revoke." }, values };
  }
  try {
    await revokeApiToken(actor, { id: values.tokenId ?? "" });
  } catch (error) {
    return formError(error, values, "revoke API token");
  }
  revalidatePath("/admin/tokens");
  return { status: "success", message: "Token revoked. Programs using it are refused from now on." };
}
