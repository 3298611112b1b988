"use server";

import type { ComponentStatus } from "@/lib/components/status";
import { createTemplate } from "@/lib/templates/create-template";
import { deleteTemplate } from "@/lib/templates/delete-template";
import { resetTemplate } from "@/lib/templates/reset-template";
import type { CreateTemplateInput } from "@/lib/templates/schemas";
import type { TemplateImpact, TemplateStatus } from "@/lib/templates/template-fields";
import { updateTemplate } from "@/lib/templates/update-template";
import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

const PATH = "/admin/templates";

// Browsers send a textarea's line breaks as CRLF; stored as LF, an unchanged built-in stays unchanged.
function templateFields(values: Record<string, string>): CreateTemplateInput {
  return {
    label: values.label ?? "",
    name: values.name ?? "",
    status: (values.status ?? "") as TemplateStatus,
    impact: (values.impact ?? "") as TemplateImpact,
    componentStatus: (values.componentStatus ?? "") as ComponentStatus,
    body: (values.body ?? "").replace(/\r\n/g, "\n"),
  };
}

export const createTemplateAction = formAction({ name: "create incident template" }, async ({ actor, values }) => {
  const { id } = await createTemplate(actor, templateFields(values));
  revalidatePath(PATH);
  redirect(`${PATH}?added=${encodeURIComponent(id)}`);
});

export const updateTemplateAction = formAction({ name: "update incident template" }, async ({ actor, values }) => {
  const template = await updateTemplate(actor, { id: values.id ?? "", ...templateFields(values) });
  revalidatePath(PATH, "layout");
  return { status: "success", message: `Saved “${template.label}”.`, key: template.updatedAt.toISOString() };
});

export const resetTemplateAction = formAction({ name: "reset incident template" }, async ({ actor, values }) => {
  const { id } = await resetTemplate(actor, { id: values.id ?? "" });
  revalidatePath(PATH, "layout");
  // The edit form shows the new words after the redirect; the notice says why they changed.
  redirect(`${PATH}/${encodeURIComponent(id)}?reset=1`);
});

export const deleteTemplateAction = formAction({ name: "delete incident template", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteTemplate(actor, { id: values.id ?? "" });
  revalidatePath(PATH);
  redirect(`${PATH}?deleted=1`);
});
