"use server";

import type { ComponentStatus } from "@/lib/components/status";
import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { createTemplate } from "@/lib/templates/create-template";
import { deleteTemplate } from "@/lib/templates/delete-template";
import { resetTemplate } from "@/lib/templates/reset-template";
import type { CreateTemplateInput } from "@/lib/templates/schemas";
import type { TemplateImpact, TemplateStatus } from "@/lib/templates/template-fields";
import { updateTemplate } from "@/lib/templates/update-template";
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

export async function createTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  let id: string;
  try {
    id = (await createTemplate(actor, templateFields(values))).id;
  } catch (error) {
    return formError(error, values, "create incident template");
  }
  revalidatePath(PATH);
  redirect(`${PATH}?added=${encodeURIComponent(id)}`);
}

export async function updateTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const template = await updateTemplate(actor, { id: values.id ?? "", ...templateFields(values) });
    revalidatePath(PATH, "layout");
    return { status: "success", message: `Saved “${template.label}”.`, key: template.updatedAt.toISOString() };
  } catch (error) {
    return formError(error, values, "update incident template");
  }
}

export async function resetTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  let id: string;
  try {
    id = (await resetTemplate(actor, { id: values.id ?? "" })).id;
  } catch (error) {
    return formError(error, values, "reset incident template");
  }
  revalidatePath(PATH, "layout");
  // The edit form shows the new words after the redirect; the notice says why they changed.
  redirect(`${PATH}/${encodeURIComponent(id)}?reset=1`);
}

export async function deleteTemplateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (values.confirm !== "on") {
    return { status: "error", message: "Tick the box to confirm the deletion.", fieldErrors: { confirm: "Confirm to delete." }, values };
  }
  try {
    await deleteTemplate(actor, { id: values.id ?? "" });
  } catch (error) {
    return formError(error, values, "delete incident template");
  }
  revalidatePath(PATH);
  redirect(`${PATH}?deleted=1`);
}
