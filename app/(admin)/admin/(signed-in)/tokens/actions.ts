"use server";

import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { formAction } from "@/web/forms/form-action";
import type { FormState } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";

// The new token travels back in the action's state only: never stored in clear, never logged.
export type CreateTokenState = FormState | { status: "created"; message: string; token: string };

export const createTokenAction = formAction<CreateTokenState>({ name: "create API token" }, async ({ actor, values }) => {
  const created = await createApiToken(actor, { name: values.name ?? "" });
  revalidatePath("/admin/tokens");
  return { status: "created", message: `Token “${created.name}” created.`, token: created.token };
});

const confirm = { message: "Tick the box to confirm revoking the token.", field: "Confirm to revoke." };

export const revokeTokenAction = formAction({ name: "revoke API token", confirm }, async ({ actor, values }) => {
  await revokeApiToken(actor, { id: values.tokenId ?? "" });
  revalidatePath("/admin/tokens");
  return { status: "success", message: "Token revoked. Programs using it are refused from now on." };
});
