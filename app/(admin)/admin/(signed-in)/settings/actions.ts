"use server";

import type { UpdatePageSettingsInput } from "@/lib/pages/schemas";
import { updatePageSettings } from "@/lib/pages/update-page-settings";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { formAction } from "@/web/forms/form-action";
import { revalidatePath } from "next/cache";

const FIELDS = ["name", "siteUrl", "timeZone", "supportContact", "guidanceText", "logoUrl", "accentColor"] as const;

export const updateSettingsAction = formAction({ name: "update page settings" }, async ({ actor, values }) => {
  // Only what differs, so the audit log names what was really changed.
  const current = await getPublicPage();
  const changes: UpdatePageSettingsInput = {};
  for (const field of FIELDS) {
    const value = (values[field] ?? "").replace(/\r\n/g, "\n");
    if (value.trim() !== (current[field] ?? "")) changes[field] = value;
  }
  await updatePageSettings(actor, changes);
  revalidatePath("/admin/settings");
  return { status: "success", message: "Settings saved. The public page shows them within about a second.", key: String(Date.now()) };
});
